//! Letters to a debtor abroad, in English: a payment reminder and a formal notice, with the
//! amounts and the legal basis stated for a foreign reader (C. com. L441-10 and D441-5, which
//! transpose Directive 2011/7/EU: FACTS.md §3). The figures are the engine's, as in French.

use chrono::{Datelike, NaiveDate};
use engine::amount::format_number;
use engine::assessment::{Assessment, InvoiceAssessment};
use engine::params;
use engine::Dossier;
use rust_decimal::Decimal;

use crate::amounts::unpaid;
use crate::model::{AmountLine, Block, Letter, LetterKind, LetterOptions};
use crate::parties::party_lines;
use crate::parties::signature_lines;
use crate::typography::slug;
use crate::wording::custom_or;
use crate::wording::push_paragraphs;

/// « EUR 1,570.46 »: the French figure with English separators.
pub fn euros(value: Decimal) -> String {
    let french = format_number(value, 2);
    let english: String = french
        .chars()
        .map(|c| match c {
            ',' => '.',
            '\u{202f}' => ',',
            other => other,
        })
        .collect();
    format!("EUR {english}")
}

/// « 2 March 2026 ».
pub fn date(day: NaiveDate) -> String {
    const MONTHS: [&str; 12] = [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ];
    format!(
        "{} {} {}",
        day.day(),
        MONTHS[day.month0() as usize],
        day.year()
    )
}

fn invoice_name(i: &InvoiceAssessment) -> String {
    if i.numbered {
        format!("invoice No. {}", i.number)
    } else {
        format!("invoice of {}", i.number.trim_start_matches("du ").trim())
    }
}

/// « invoice No. F-1 », « invoices No. F-1 and No. F-2 ».
fn invoices_named(list: &[&InvoiceAssessment]) -> String {
    let names: Vec<String> = list
        .iter()
        .map(|i| invoice_name(i).replacen("invoice ", "", 1))
        .collect();
    let joined = match names.as_slice() {
        [] => String::new(),
        [one] => one.clone(),
        [rest @ .., last] => format!("{} and {last}", rest.join(", ")),
    };
    format!(
        "{} {joined}",
        if list.len() > 1 {
            "invoices"
        } else {
            "invoice"
        }
    )
}

fn legal_basis(today: NaiveDate) -> String {
    let indemnity = euros(Decimal::from(params::RECOVERY_INDEMNITY_EUROS.at(today)));
    let points = params::B2B_MARGIN_POINTS.at(today);
    format!(
        "Where French law governs our contract, Article L441-10 of the French Commercial Code (Code de commerce), which implements \
         Directive 2011/7/EU on combating late payment in commercial transactions, late-payment interest is due from \
         the day after the due date without any reminder, at the rate of the European Central Bank's most recent main \
         refinancing operation plus {points} percentage points, unless our terms of sale set another rate; a fixed \
         compensation of {indemnity} for recovery costs is also due for each invoice paid late (Article D441-5)."
    )
}

/// The address block in English: « Represented by » rather than « Représentée par ».
fn in_english(lines: Vec<String>) -> Vec<String> {
    lines
        .into_iter()
        .map(|l| match l.strip_prefix("Représentée par ") {
            Some(who) => format!("Represented by {who}"),
            None => l.replace("N° d'immatriculation", "Registration No."),
        })
        .collect()
}

fn place_date(options: &LetterOptions, today: NaiveDate) -> String {
    match options.place.trim() {
        "" => date(today),
        place => format!("{place}, {}", date(today)),
    }
}

/// A courteous reminder: the unpaid invoices, what runs by law, how to pay.
pub fn reminder(dossier: &Dossier, a: &Assessment, options: &LetterOptions) -> Letter {
    let today = a.date;
    let unpaid: Vec<&InvoiceAssessment> = a
        .invoices
        .iter()
        .filter(|i| i.outstanding > Decimal::ZERO)
        .collect();
    let named = invoices_named(&unpaid);
    let several = unpaid.len() > 1;
    let mut blocks = Vec::new();
    let opening = custom_or(
        &options.opening,
        &format!(
            "According to our records, {named} {} unpaid although the due date has passed.",
            if several { "remain" } else { "remains" }
        ),
    );
    push_paragraphs(&mut blocks, &opening);
    let mut lines: Vec<AmountLine> = unpaid
        .iter()
        .map(|i| AmountLine {
            label: format!(
                "{}, due {}",
                capitalised(&invoice_name(i)),
                date(i.due.date)
            ),
            amount: euros(i.outstanding),
            total: false,
        })
        .collect();
    let outstanding: Decimal = unpaid.iter().map(|i| i.outstanding).sum();
    lines.push(AmountLine {
        label: "Total outstanding".into(),
        amount: euros(outstanding),
        total: true,
    });
    blocks.push(Block::Amounts(lines));
    blocks.push(Block::Paragraph(legal_basis(today)));
    let iban = match options.iban.trim() {
        "" => String::new(),
        iban => format!(" to the account IBAN {iban}"),
    };
    blocks.push(Block::Paragraph(format!(
        "We would be grateful if you could pay {}{iban} at your earliest convenience. If you have already paid, please \
         disregard this letter.",
        euros(outstanding)
    )));
    if !options.extra.trim().is_empty() {
        push_paragraphs(&mut blocks, options.extra.trim());
    }
    Letter {
        kind: LetterKind::ReminderInEnglish,
        sender: in_english(party_lines(&dossier.creditor)),
        recipient: in_english(crate::parties::debtor_lines(dossier)),
        place_date: place_date(options, today),
        mode: None,
        subject: format!("Payment reminder: {named}"),
        salutation: "Dear Sir or Madam,".into(),
        blocks,
        opening,
        closing: custom_or(&options.closing, "Yours faithfully,"),
        signature: signature_lines(dossier, options),
        annex: Vec::new(),
        file_stem: format!(
            "payment-reminder-{}-{today}",
            slug(&dossier.debtor.identity.name)
        ),
    }
}

/// The formal notice: the reminders sent, every sum due with its basis, a deadline, and
/// what follows (the European order for payment where the engine names it).
pub fn formal_notice(dossier: &Dossier, a: &Assessment, options: &LetterOptions) -> Letter {
    let today = a.date;
    let t = &a.totals;
    let unpaid = unpaid(a);
    let named = invoices_named(&unpaid);
    let deadline = if options.deadline_days == 0 {
        u32::try_from(params::DEFAULT_MISE_EN_DEMEURE_DAYS.at(today)).unwrap_or(8)
    } else {
        options.deadline_days
    };
    let mut reminders = dossier.reminders.clone();
    reminders.sort();
    let mut earlier: Vec<String> = match reminders.as_slice() {
        [] => Vec::new(),
        [one] => vec![format!("our reminder of {}", date(*one))],
        many => {
            let days: Vec<String> = many.iter().map(|d| date(*d)).collect();
            vec![format!("our reminders of {}", days.join(", "))]
        }
    };
    if let Some(m) = dossier.mise_en_demeure {
        earlier.push(format!("our formal notice of {}", date(m.sent)));
    }
    let sent = match earlier.as_slice() {
        [] => String::new(),
        list => format!("Despite {}, ", list.join(" and ")),
    };
    let mut blocks = Vec::new();
    let opening = custom_or(
        &options.opening,
        &format!(
            "{}{named} {} unpaid. The sums due as of {} are as follows.",
            if sent.is_empty() { String::new() } else { sent },
            if unpaid.len() > 1 {
                "remain"
            } else {
                "remains"
            },
            date(today)
        ),
    );
    // « Despite …, invoice No. F-1 remains unpaid »: a sentence starts with a capital.
    let opening = capitalised(&opening);
    push_paragraphs(&mut blocks, &opening);
    let mut lines: Vec<AmountLine> = unpaid
        .iter()
        .map(|i| AmountLine {
            label: format!(
                "{}, due {}: principal outstanding",
                capitalised(&invoice_name(i)),
                date(i.due.date)
            ),
            amount: euros(i.outstanding),
            total: false,
        })
        .collect();
    if !t.penalties.is_zero() {
        lines.push(AmountLine {
            label: format!("Late-payment interest to {}", date(today)),
            amount: euros(t.penalties),
            total: false,
        });
    }
    if !t.indemnities.is_zero() {
        lines.push(AmountLine {
            label: "Fixed compensation for recovery costs".into(),
            amount: euros(t.indemnities),
            total: false,
        });
    }
    lines.push(AmountLine {
        label: "Total due".into(),
        amount: euros(t.total),
        total: true,
    });
    blocks.push(Block::Amounts(lines));
    blocks.push(Block::Paragraph(legal_basis(today)));
    let iban = match options.iban.trim() {
        "" => String::new(),
        iban => format!(", to the account IBAN {iban}"),
    };
    blocks.push(Block::Paragraph(format!(
        "We hereby give you formal notice to pay the sum of {} within {deadline} days of receipt of this letter{iban}. \
         Interest continues to accrue until full payment.",
        euros(t.total)
    )));
    let european = crate::offer::fits(LetterKind::EuropeanOrderFormA, dossier, a);
    blocks.push(Block::Paragraph(if european {
        "Failing payment within this period, we will apply without further notice for a European order for payment \
         (Regulation (EC) No 1896/2006)."
            .into()
    } else {
        "Failing payment within this period, we will take legal action to recover the debt without further notice."
            .into()
    }));
    if !options.extra.trim().is_empty() {
        push_paragraphs(&mut blocks, options.extra.trim());
    }
    Letter {
        kind: LetterKind::FormalNoticeInEnglish,
        sender: in_english(party_lines(&dossier.creditor)),
        recipient: in_english(crate::parties::debtor_lines(dossier)),
        place_date: place_date(options, today),
        mode: Some(if options.electronic {
            "By electronic registered mail".into()
        } else {
            "By registered mail with acknowledgement of receipt".into()
        }),
        subject: format!("Formal notice to pay: {named}"),
        salutation: "Dear Sir or Madam,".into(),
        blocks,
        opening,
        closing: custom_or(&options.closing, "Yours faithfully,"),
        signature: signature_lines(dossier, options),
        annex: Vec::new(),
        file_stem: format!(
            "formal-notice-{}-{today}",
            slug(&dossier.debtor.identity.name)
        ),
    }
}

fn capitalised(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_ascii_uppercase().to_string() + chars.as_str(),
        None => String::new(),
    }
}
