//! The generated files, read back by real tools: pdftotext and pdfinfo (poppler-utils) for the
//! PDF, Python's zipfile and XML parser for the DOCX. scripts/setup.sh installs both.

use std::path::PathBuf;
use std::process::Command;

use documents::{compose, docx, pdf, LetterKind, LetterOptions};
use engine::{assess, Party};

mod common;
use common::case_dossier;

/// A worked case's letter of `kind`, with the default wording, and the assessment behind it.
fn case_letter(case: &str, kind: LetterKind) -> (documents::Letter, engine::Assessment) {
    let (dossier, today) = case_dossier(case);
    let assessment = assess(&dossier, today).unwrap();
    let letter = compose(kind, &dossier, &assessment, &LetterOptions::default());
    (letter, assessment)
}

/// Writes `bytes` to a file of its own: tests run in parallel threads.
fn temp(name: &str, bytes: &[u8]) -> PathBuf {
    static COUNTER: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
    let n = COUNTER.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    let dir = std::env::temp_dir().join(format!("fi-documents-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join(format!("{n}-{name}"));
    std::fs::write(&path, bytes).unwrap();
    path
}

/// The PDF's text as pdftotext reads it, with no-break spaces made plain.
fn pdf_text(bytes: &[u8]) -> String {
    let path = temp("letter.pdf", bytes);
    let out = Command::new("pdftotext")
        .arg("-layout")
        .arg(&path)
        .arg("-")
        .output()
        .expect("pdftotext (poppler-utils) is installed by scripts/setup.sh");
    assert!(
        out.status.success(),
        "pdftotext failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    // Justified lines break phrases anywhere: compare with all white space folded.
    collapse(&String::from_utf8(out.stdout).unwrap())
}

fn collapse(text: &str) -> String {
    text.replace(['\u{a0}', '\u{202f}'], " ")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

fn pdf_pages(bytes: &[u8]) -> usize {
    let path = temp("pages.pdf", bytes);
    let out = Command::new("pdfinfo").arg(&path).output().unwrap();
    assert!(
        out.status.success(),
        "pdfinfo rejects the file: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let info = String::from_utf8(out.stdout).unwrap();
    assert!(
        !String::from_utf8_lossy(&out.stderr).contains("Syntax Error"),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    info.lines()
        .find_map(|l| l.strip_prefix("Pages:"))
        .unwrap()
        .trim()
        .parse()
        .unwrap()
}

/// The DOCX's document text, after every XML part parsed: fails on a broken zip or XML.
fn docx_text(bytes: &[u8]) -> String {
    let path = temp("letter.docx", bytes);
    let script = "import sys, zipfile, xml.dom.minidom as m\n\
z = zipfile.ZipFile(sys.argv[1]); assert z.testzip() is None\n\
for n in z.namelist(): m.parseString(z.read(n))\n\
d = m.parseString(z.read('word/document.xml'))\n\
print('\\n'.join(''.join(t.firstChild.data if t.firstChild else '' for t in p.getElementsByTagName('w:t')) for p in d.getElementsByTagName('w:p')))";
    let out = Command::new("python3")
        .arg("-c")
        .arg(script)
        .arg(&path)
        .output()
        .expect("python3");
    assert!(
        out.status.success(),
        "the DOCX does not open: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    collapse(&String::from_utf8(out.stdout).unwrap())
}

#[test]
fn mise_en_demeure_pdf_and_docx_carry_the_figures_and_the_law() {
    let (dossier, today) = case_dossier("01_half_year_split.json");
    let assessment = assess(&dossier, today).unwrap();
    let options = LetterOptions {
        place: "Lyon".into(),
        iban: "FR76 3000 6000 0112 3456 7890 189".into(),
        signatory: "Claire Dupont, gérante".into(),
        extra: "Référence client : « ACME-42 » ; merci !".into(),
        ..LetterOptions::default()
    };
    let letter = compose(LetterKind::MiseEnDemeure, &dossier, &assessment, &options);
    assert_eq!(letter.file_stem, "mise-en-demeure-acme-sas-2025-07-10");

    let text = pdf_text(&pdf::write(&letter));
    for needle in [
        "Atelier Lumière",
        "ACME SAS",
        "Lyon, le 10 juillet 2025",
        "Lettre recommandée avec avis de réception",
        "Mise en demeure de payer",
        "facture n° F-2025-001",
        "1 000,00 €",
        "5,40 €",
        "3,33 €",
        "13,15 %",
        "12,15 %",
        "40,00 €",
        "1 048,73 €",
        "D441-5",
        "L441-10",
        "8 jours",
        "injonction de payer",
        "tribunal de commerce",
        "FR76 3000",
        "Claire Dupont",
        "Page 1 / 1",
        "échue",
        "Pénalités de retard",
        "Référence client : « ACME-42 » ; merci !",
    ] {
        assert!(text.contains(needle), "PDF lacks « {needle} »:\n{text}");
    }
    assert!(!text.contains("huissier"));
    // Between businesses, no legal interest beside L441-10 (AUDIT I9).
    assert!(!text.contains("1231-6"), "{text}");

    let doc = docx_text(&docx::write(&letter));
    for needle in [
        "Atelier Lumière",
        "Mise en demeure de payer",
        "1 048,73 €",
        "D441-5",
        "Pénalités de retard",
        "Claire Dupont",
        "« ACME-42 » ; merci !",
    ] {
        assert!(doc.contains(needle), "DOCX lacks « {needle} »:\n{doc}");
    }
}

#[test]
fn a_consumer_gets_no_40_euros_and_legal_interest() {
    let (letter, _) = case_letter("06_consumer.json", LetterKind::MiseEnDemeure);
    let text = pdf_text(&pdf::write(&letter));
    assert!(
        !text.contains("40,00 €") && !text.contains("D441-5"),
        "{text}"
    );
    assert!(
        text.contains("Intérêts au taux légal") && text.contains("1231-6"),
        "{text}"
    );
    assert!(text.contains("804,25 €"), "{text}");
    assert!(text.contains("tribunal judiciaire"), "{text}");
}

#[test]
fn a_public_buyer_is_reminded_of_the_code_de_la_commande_publique() {
    for kind in [LetterKind::MiseEnDemeure, LetterKind::PremiereRelance] {
        let text = case_letter("07_public_buyer.json", kind)
            .0
            .plain_text()
            .replace(['\u{a0}', '\u{202f}'], " ");
        assert!(
            !text.contains("L441-10")
                && !text.contains("D441-5")
                && !text.contains("Code de commerce"),
            "{kind:?} cites the Code de commerce to a public buyer:\n{text}"
        );
        assert!(
            text.contains("L2192-13") && text.contains("D2192-35"),
            "{kind:?}:\n{text}"
        );
    }
    let (letter, _) = case_letter("07_public_buyer.json", LetterKind::MiseEnDemeure);
    let text = pdf_text(&pdf::write(&letter));
    assert!(
        text.contains("Intérêts moratoires") && text.contains("R2192-31"),
        "{text}"
    );
    // A wrapped label can put its amount between « CCP » and the article number.
    assert!(
        text.contains("D2192-35") && !text.contains("D441-5"),
        "{text}"
    );
}

#[test]
fn the_declaration_leaves_out_an_invoice_born_after_the_opening() {
    let (letter, assessment) = case_letter(
        "08e_before_and_after_opening.json",
        LetterKind::DeclarationDeCreance,
    );
    let text = letter.plain_text().replace(['\u{a0}', '\u{202f}'], " ");
    let before = &assessment.invoices[0];
    assert!(!before.after_opening && assessment.invoices[1].after_opening);
    let declared =
        engine::amount::format_euros(before.outstanding + before.penalties + before.indemnity)
            .replace(['\u{a0}', '\u{202f}'], " ");
    assert!(
        text.contains(&format!("Total dû : {declared}")),
        "the total declared is the pre-opening invoice's, {declared}:\n{text}"
    );
    assert!(
        !text.contains("Facture n° APRES"),
        "the post-opening invoice is not declared:\n{text}"
    );
    assert!(
        text.contains("N'est pas comprise dans la présente déclaration la facture n° APRES"),
        "{text}"
    );
}

#[test]
fn the_declaration_names_each_proceeding_in_correct_french() {
    let (mut dossier, today) = case_dossier("08_insolvency.json");
    let expected = [
        (
            engine::ProceedingsKind::Sauvegarde,
            "Dans le cadre de la procédure de sauvegarde ouverte à l'égard de ACME SAS",
        ),
        (
            engine::ProceedingsKind::RedressementJudiciaire,
            "Dans le cadre du redressement judiciaire ouvert à l'égard de ACME SAS",
        ),
        (
            engine::ProceedingsKind::LiquidationJudiciaire,
            "Dans le cadre de la liquidation judiciaire ouverte à l'égard de ACME SAS",
        ),
    ];
    for (kind, sentence) in expected {
        dossier.collective_proceedings.as_mut().unwrap().kind = kind;
        let assessment = assess(&dossier, today).unwrap();
        let letter = compose(
            LetterKind::DeclarationDeCreance,
            &dossier,
            &assessment,
            &LetterOptions::default(),
        );
        let text = letter.plain_text().replace(['\u{a0}', '\u{202f}'], " ");
        assert!(text.contains(sentence), "{kind:?}:\n{text}");
        assert!(!text.contains(" de le "), "{text}");
    }
}

#[test]
fn the_end_of_a_letter_is_never_left_alone_on_a_page() {
    let (dossier, today) = case_dossier("04_partial_payments.json");
    let assessment = assess(&dossier, today).unwrap();
    let mut seen_two_pages = 0;
    // An extra paragraph of growing length moves the page break through every position.
    for words in (0..400).step_by(12) {
        let options = LetterOptions {
            iban: "FR76 3000 6000 0112 3456 7890 189".into(),
            extra: "Précision ".repeat(words),
            signatory: "Claire Dupont, gérante".into(),
            ..LetterOptions::default()
        };
        let letter = compose(LetterKind::MiseEnDemeure, &dossier, &assessment, &options);
        let bytes = pdf::write(&letter);
        let pages = pdf_pages(&bytes);
        if pages < 2 {
            continue;
        }
        seen_two_pages += 1;
        let path = temp("tail.pdf", &bytes);
        let out = Command::new("pdftotext")
            .args(["-f", &pages.to_string(), "-l", &pages.to_string()])
            .arg(&path)
            .arg("-")
            .output()
            .unwrap();
        let last_page = collapse(&String::from_utf8(out.stdout).unwrap());
        assert!(
            last_page.contains("Règlement par virement") && last_page.contains("Claire Dupont"),
            "{words} words: the last paragraph and the signature belong together on the last page:\n{last_page}"
        );
    }
    assert!(seen_two_pages > 5, "the test never reached a second page");
}

#[test]
fn reminders_and_the_declaration_de_creance() {
    let (mut dossier, today) = case_dossier("01_half_year_split.json");
    dossier.reminders = vec![chrono::NaiveDate::from_ymd_opt(2025, 6, 25).unwrap()];
    let assessment = assess(&dossier, today).unwrap();
    let first = pdf_text(&pdf::write(&compose(
        LetterKind::PremiereRelance,
        &dossier,
        &assessment,
        &LetterOptions::default(),
    )));
    assert!(
        first.contains("simple")
            && first.contains("1 000,00 €")
            && !first.contains("mettons en demeure"),
        "{first}"
    );
    let second = pdf_text(&pdf::write(&compose(
        LetterKind::SecondeRelance,
        &dossier,
        &assessment,
        &LetterOptions::default(),
    )));
    assert!(
        second.contains("25 juin 2025") && second.contains("mise en") && second.contains("demeure"),
        "{second}"
    );

    let (dossier, today) = case_dossier("08_insolvency.json");
    let assessment = assess(&dossier, today).unwrap();
    let options = LetterOptions {
        mandataire: Party {
            name: "Maître Anne Martin".into(),
            address: "1 place du Palais\n13000 Marseille".into(),
            ..Party::default()
        },
        ..LetterOptions::default()
    };
    let letter = compose(
        LetterKind::DeclarationDeCreance,
        &dossier,
        &assessment,
        &options,
    );
    let text = pdf_text(&pdf::write(&letter));
    for needle in [
        "Maître Anne Martin",
        "Mandataire judiciaire",
        "Déclaration de créance",
        "redressement judiciaire",
        "L622-24",
        "L622-28",
        "3 112,36 €", // case 08: 3 000 + 72,36 (12,40 % in 2026 H2) + 40
        "chirographaire",
    ] {
        assert!(
            text.contains(needle),
            "declaration lacks « {needle} »:\n{text}"
        );
    }
    assert!(text.contains("20 septembre 2026"), "{text}");
}

#[test]
fn hostile_text_leaves_valid_files() {
    let (mut dossier, today) = case_dossier("01_half_year_split.json");
    let hostile = "<script>alert('x')</script> & \"guillemets\" 😀 مرحبا بالعالم (parenthèse \\ ) ";
    dossier.debtor.identity.name = hostile.into();
    dossier.creditor.address = format!("{hostile}\n{}", "a".repeat(2_000));
    let assessment = assess(&dossier, today).unwrap();
    let options = LetterOptions {
        extra: format!("{hostile} {}", "mot ".repeat(25_000)),
        opening: hostile.repeat(3),
        ..LetterOptions::default()
    };
    let letter = compose(LetterKind::MiseEnDemeure, &dossier, &assessment, &options);
    assert!(letter.file_stem.starts_with("mise-en-demeure-script-alert"));

    let bytes = pdf::write(&letter);
    let pages = pdf_pages(&bytes);
    assert!(pages > 10, "100 KB of text fills many pages: {pages}");
    let text = pdf_text(&bytes);
    assert!(
        // The emoji is dropped, the Arabic the font cannot draw is « ? » (winansi::shown).
        text.contains("<script>alert('x')</script> & \"guillemets\" ????? ???????"),
        "degrades visibly: {}",
        &text[..600.min(text.len())]
    );
    assert!(text.contains(&format!("Page {pages} / {pages}")));

    // The DOCX says what the PDF and the preview say.
    let doc = docx_text(&docx::write(&letter));
    assert!(
        doc.contains("<script>alert('x')</script> & \"guillemets\" ????? ???????"),
        "{}",
        &doc[..300]
    );
}

#[test]
fn typed_line_breaks_become_paragraphs_and_invisible_characters_go_everywhere() {
    let (dossier, today) = case_dossier("01_half_year_split.json");
    let assessment = assess(&dossier, today).unwrap();
    let options = LetterOptions {
        extra: "Premier point.\nSecond\u{200B} point\u{202E} 👍.\r\n\nTroisième point → fin."
            .into(),
        ..LetterOptions::default()
    };
    let letter = compose(LetterKind::MiseEnDemeure, &dossier, &assessment, &options);
    let paragraphs: Vec<&str> = letter
        .blocks
        .iter()
        .filter_map(|b| match b {
            documents::Block::Paragraph(p) => Some(p.as_str()),
            _ => None,
        })
        .collect();
    for expected in [
        "Premier point.",
        "Second point .",
        "Troisième point -> fin.",
    ] {
        assert!(
            paragraphs.contains(&expected),
            "{expected}: {paragraphs:#?}"
        );
    }
    let pdf = pdf_text(&pdf::write(&letter));
    let doc = docx_text(&docx::write(&letter));
    for text in [&pdf, &doc] {
        assert!(
            text.contains("Premier point. Second point . Troisième point -> fin."),
            "{text}"
        );
        assert!(!text.contains('?'), "nothing the font cannot draw: {text}");
    }
}

/// Issue 12: the letter's French agrees with the dossier: plural, an invoice without a number,
/// whom it greets, what was already sent and when.
#[test]
fn the_letter_agrees_with_what_was_sent_and_with_the_number_of_invoices() {
    let (mut dossier, today) = case_dossier("10e_med_unanswered_silent.json");
    // Two invoices, the second without a number; two reminders; a representative « M. ».
    let mut second = dossier.invoices[0].clone();
    second.number = String::new();
    second.issue_date = chrono::NaiveDate::from_ymd_opt(2025, 12, 5).unwrap();
    second.amount = "900".parse().unwrap();
    dossier.invoices.push(second);
    dossier.reminders = vec![
        chrono::NaiveDate::from_ymd_opt(2026, 1, 25).unwrap(),
        chrono::NaiveDate::from_ymd_opt(2026, 1, 10).unwrap(),
    ];
    dossier.debtor.identity.representative = "M. Jean Martin, président".into();
    let assessment = assess(&dossier, today).unwrap();
    let letter = compose(
        LetterKind::MiseEnDemeure,
        &dossier,
        &assessment,
        &LetterOptions::default(),
    );
    // No-break spaces (before « € », inside numbers) read as plain spaces here.
    let text = letter.plain_text().replace(['\u{a0}', '\u{202f}'], " ");
    for needle in [
        "Malgré nos relances des 10 janvier et 25 janvier 2026 et notre mise en demeure du 2 février 2026, restées sans effet, \
         les factures n° F-1 et du 05/12/2025 de 900,00 € restent impayées à ce jour.",
        "Facture du 05/12/2025, échue le",
        "Monsieur,",
        "Nous vous prions d'agréer, Monsieur, l'expression",
    ] {
        assert!(text.contains(needle), "« {needle} » missing:\n{text}");
    }
    assert!(!text.contains("n° n°"), "{text}");
    assert!(!text.contains("la factures"), "{text}");

    // One invoice, nothing sent before: the singular, and its due date.
    let (dossier, today) = case_dossier("10b_nothing_sent_dont_keep.json");
    let assessment = assess(&dossier, today).unwrap();
    let text = compose(
        LetterKind::MiseEnDemeure,
        &dossier,
        &assessment,
        &LetterOptions::default(),
    )
    .plain_text()
    .replace(['\u{a0}', '\u{202f}'], " ");
    assert!(
        text.contains(
            "la facture n° F-1 reste impayée à ce jour, alors que son échéance est passée."
        ),
        "{text}"
    );
    assert!(text.contains("Madame, Monsieur,"), "{text}");
}

#[test]
fn a_partly_disputed_claim_says_which_part_and_claims_what_the_visitor_chooses() {
    let (mut dossier, today) = case_dossier("10i_disputes_part.json");
    dossier.position = engine::DebtorPosition::DisputesPart {
        amount: "500".parse().unwrap(),
        invoice: Some(0),
    };
    let a = assess(&dossier, today).unwrap();
    let euros = |d| engine::format_euros(d).replace(['\u{a0}', '\u{202f}'], " ");
    let text = |kind, undisputed_only| {
        let options = LetterOptions {
            undisputed_only,
            ..LetterOptions::default()
        };
        compose(kind, &dossier, &a, &options)
            .plain_text()
            .replace(['\u{a0}', '\u{202f}'], " ")
    };
    let said = "Vous contestez une partie de la facture n° F-1, à hauteur de 500,00 €.";

    // Everything claimed: the dispute is named, the demand stays whole.
    let all = text(LetterKind::MiseEnDemeure, false);
    assert!(all.contains(said), "{all}");
    assert!(
        all.contains("Nous maintenons notre demande pour la totalité de la somme due."),
        "{all}"
    );
    assert!(
        all.contains(&format!(
            "régler la somme de {} dans un délai",
            euros(a.totals.total)
        )),
        "{all}"
    );
    assert!(!all.contains("Partie que vous contestez"), "{all}");

    // Only the undisputed part: taken off in the table, and the demand is for the rest.
    let part = text(LetterKind::MiseEnDemeure, true);
    assert!(part.contains(said), "{part}");
    assert!(part.contains("Partie que vous contestez"), "{part}");
    assert!(part.contains("Somme réclamée, non contestée"), "{part}");
    assert!(
        part.contains(&format!(
            "régler la somme de {}, partie non contestée de notre créance, dans",
            euros(a.totals.undisputed)
        )),
        "{part}"
    );
    assert_eq!(a.totals.undisputed, a.totals.total - a.totals.disputed);

    // A first reminder claims principal only: its undisputed part is the principal less 500 €.
    let reminder = text(LetterKind::PremiereRelance, true);
    assert!(
        reminder.contains("ne contestez pas, soit 1 000,00 €."),
        "{reminder}"
    );

    // A second reminder asks for « cette partie ».
    let second = text(LetterKind::SecondeRelance, true);
    assert!(
        second.contains("Nous vous remercions de régler cette partie sous"),
        "{second}"
    );
}

/// Runs Python on the DOCX's parts: `script` sees `z` (the zip) and `m` (minidom).
fn docx_python(bytes: &[u8], script: &str) -> String {
    let path = temp("letter.docx", bytes);
    let out = Command::new("python3")
        .arg("-c")
        .arg(format!(
            "import sys, zipfile, xml.dom.minidom as m\nz = zipfile.ZipFile(sys.argv[1])\n{script}"
        ))
        .arg(&path)
        .output()
        .expect("python3");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

#[test]
fn the_docx_numbers_its_pages_and_keeps_the_signature_with_the_closing() {
    let (dossier, today) = case_dossier("01_half_year_split.json");
    let assessment = assess(&dossier, today).unwrap();
    let options = LetterOptions {
        signatory: "Claire Dupont, gérante".into(),
        ..LetterOptions::default()
    };
    let letter = compose(LetterKind::MiseEnDemeure, &dossier, &assessment, &options);
    let bytes = docx::write(&letter);
    // The footer is declared, related, referenced by the section, and holds PAGE / NUMPAGES.
    let footer = docx_python(
        &bytes,
        "types = z.read('[Content_Types].xml').decode()\n\
rels = m.parseString(z.read('word/_rels/document.xml.rels'))\n\
target = [r.getAttribute('Target') for r in rels.getElementsByTagName('Relationship') if r.getAttribute('Type').endswith('/footer')]\n\
doc = m.parseString(z.read('word/document.xml'))\n\
ref = doc.getElementsByTagName('w:footerReference')[0].getAttribute('r:id')\n\
rid = [r.getAttribute('Id') for r in rels.getElementsByTagName('Relationship') if r.getAttribute('Type').endswith('/footer')][0]\n\
assert ref == rid, (ref, rid)\n\
assert '/word/footer1.xml' in types\n\
f = m.parseString(z.read('word/' + target[0]))\n\
print(' '.join(s.getAttribute('w:instr').strip() for s in f.getElementsByTagName('w:fldSimple')))",
    );
    assert_eq!(footer.trim(), "PAGE NUMPAGES");
    // No row of the amounts is cut in two at a page break (the zip stores its parts as is).
    let raw = String::from_utf8_lossy(&bytes);
    assert!(raw.matches("<w:tr>").count() > 3);
    assert_eq!(
        raw.matches("<w:tr>").count(),
        raw.matches("<w:tr><w:trPr><w:cantSplit/>").count()
    );
    // Each paragraph's text and whether it is kept with the next one.
    let kept = docx_python(
        &bytes,
        "doc = m.parseString(z.read('word/document.xml'))\n\
body = doc.getElementsByTagName('w:body')[0]\n\
text = lambda p: ''.join(t.firstChild.data if t.firstChild else '' for t in p.getElementsByTagName('w:t'))\n\
print('\\n'.join(('K ' if p.getElementsByTagName('w:keepNext') else '- ') + text(p) for p in body.childNodes if p.nodeName == 'w:p'))",
    );
    let lines: Vec<&str> = kept.lines().collect();
    let n = lines.len();
    assert!(
        lines[n - 1].starts_with("- ") && lines[n - 1].ends_with("Atelier Lumière"),
        "{kept}"
    );
    assert!(lines[n - 2].starts_with("K Claire Dupont"), "{kept}");
    assert!(
        lines[n - 4].starts_with("K Nous vous prions d'agréer"),
        "{kept}"
    );
    assert!(
        lines[n - 5].starts_with("K "),
        "the last paragraph travels with the closing:\n{kept}"
    );
    assert!(
        lines[..n - 5].iter().all(|l| l.starts_with("- ")),
        "only the end is kept together:\n{kept}"
    );
}

/// The calendar read back by an independent parser: Debian's python3-icalendar
/// (/usr/bin/python3, installed by scripts/setup.sh).
#[test]
fn the_calendar_file_is_valid_and_holds_every_deadline_ahead() {
    let (mut dossier, today) = case_dossier("10e_med_unanswered_silent.json");
    dossier.debtor.identity.name = "Bâti-Sud, Fils & Cie; « SARL »".into();
    let assessment = assess(&dossier, today).unwrap();
    let deadlines = documents::ics::deadlines(&assessment);
    assert!(!deadlines.is_empty());
    assert!(deadlines.iter().all(|d| d.date >= today));
    let text = documents::ics::write(&dossier, &assessment);
    assert!(
        text.lines().all(|l| l.len() <= 76),
        "lines folded at 75 octets"
    );
    assert!(text.ends_with("END:VCALENDAR\r\n"));
    let path = temp("echeances.ics", text.as_bytes());
    let script = "import sys, icalendar\n\
cal = icalendar.Calendar.from_ical(open(sys.argv[1], 'rb').read())\n\
for e in cal.walk('VEVENT'):\n print(e.decoded('DTSTART').isoformat(), '|', str(e.get('SUMMARY')), '|', [str(a.get('TRIGGER').to_ical(), 'ascii') for a in e.walk('VALARM')])";
    let out = Command::new("/usr/bin/python3")
        .arg("-c")
        .arg(script)
        .arg(&path)
        .output()
        .expect("/usr/bin/python3");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let parsed = String::from_utf8(out.stdout).unwrap();
    let events: Vec<&str> = parsed.lines().collect();
    assert_eq!(events.len(), deadlines.len(), "{parsed}");
    for (event, d) in events.iter().zip(&deadlines) {
        assert!(event.starts_with(&d.date.to_string()), "{event}");
        assert!(event.contains(&d.summary), "{event}");
        assert!(
            event.contains("Bâti-Sud, Fils & Cie; « SARL »"),
            "escaped and read back: {event}"
        );
        // The end of the limitation period months ahead, every other deadline a week ahead
        // (AUDIT I2).
        let alarms = if d.summary.contains("prescription") {
            "['-P90D', '-P30D']"
        } else {
            "['-P7D']"
        };
        assert!(event.ends_with(alarms), "reminders: {event}");
    }
    // The injonction de payer's own words for the same day, not the timeline's.
    assert!(
        parsed.contains("Faire signifier avant la prescription"),
        "{parsed}"
    );
}

#[test]
fn the_requete_carries_what_cpc_1407_asks_and_the_amounts_of_the_results() {
    let (mut dossier, today) = case_dossier("10e_med_unanswered_silent.json");
    dossier.debtor.identity.representative = "M. Jean Martin, président".into();
    dossier.debtor.identity.siren = "987 654 321".into();
    let assessment = assess(&dossier, today).unwrap();
    let options = LetterOptions {
        place: "Lyon".into(),
        signatory: "Claire Dupont, gérante".into(),
        court_town: "Lille".into(),
        holds_terms: true,
        ..LetterOptions::default()
    };
    let letter = compose(
        LetterKind::RequeteInjonctionDePayer,
        &dossier,
        &assessment,
        &options,
    );
    assert_eq!(
        letter.file_stem,
        "requete-injonction-de-payer-acme-sas-2026-03-02"
    );
    let total = collapse(&engine::amount::format_euros(assessment.totals.total));
    let bytes = pdf::write(&letter);
    let text = collapse(&pdf_text(&bytes));
    for needle in [
        "Requête en injonction de payer",
        "Madame, Monsieur le Président du tribunal de commerce de Lille",
        // Both parties as CPC 57 names them: form, name, seat, SIREN, who represents them.
        "Atelier Lumière, EURL, SIREN 123 456 789, dont le siège est 3 rue des Écoles, 69001 Lyon, représentée par Claire Dupont, gérante",
        "ACME SAS, SIREN 987 654 321, dont le siège est 12 avenue de la Gare, 75010 Paris, représentée par M. Jean Martin, président",
        "Facture n° F-1 du 01/12/2025, échue le 31/12/2025",
        "Malgré une relance du 10 janvier 2026 et une mise en demeure du 2 février 2026 reçue le 4 février 2026, restées sans effet",
        "L441-10",
        "Pénalités de retard arrêtées au 02/03/2026 (détail en annexe) 30,46 €",
        "articles 1405 et suivants du Code de procédure civile",
        &format!("la somme de {total}, soit 1 500,00 € en principal, 30,46 € de pénalités de retard arrêtées au 2 mars 2026 et 40,00 € d'indemnités forfaitaires"),
        "et les dépens",
        "Bordereau des pièces jointes",
        "Pièce n° 1 : facture n° F-1 du 01/12/2025 (1 500,00 €)",
        "Pièce n° 2 : conditions générales de vente ou contrat",
        "Pièce n° 3 : relance du 10 janvier 2026",
        "Pièce n° 4 : mise en demeure du 2 février 2026 et son avis de réception",
        "Pièce n° 5 : décompte détaillé de la créance (annexe)",
        "Fait à Lyon, le 2 mars 2026.",
        "Signature",
        "Annexe : décompte détaillé de la créance au 2 mars 2026",
        "61 jours à 12,15 %",
    ] {
        assert!(text.contains(needle), "PDF lacks « {needle} »:\n{text}");
    }
    assert_eq!(total, "1 570,46 €");
    assert!(text.contains(&format!("Total {total}")), "{text}");
    // What the visitor did not say they hold is not listed.
    assert!(!text.contains("bon de commande"));
    // The annex starts a page of its own: the body and the bordereau end before it.
    let pages = pdf_pages(&bytes);
    assert!(pages >= 2, "{pages}");
    let last_page = text.rsplit("Page").nth(1).unwrap_or_default();
    assert!(!last_page.contains("Bordereau"), "{last_page}");

    let doc = collapse(&docx_text(&docx::write(&letter)));
    for needle in [
        "Requête en injonction de payer",
        "tribunal de commerce de Lille",
        "Bordereau des pièces jointes",
        "Pièce n° 5 : décompte détaillé de la créance (annexe)",
        "Annexe : décompte détaillé de la créance au 2 mars 2026",
        &total,
    ] {
        assert!(doc.contains(needle), "DOCX lacks « {needle} »:\n{doc}");
    }
}

#[test]
fn the_requete_goes_to_the_court_the_debtor_calls_for() {
    let requete = |case: &str, town: &str| {
        let (dossier, today) = case_dossier(case);
        let assessment = assess(&dossier, today).unwrap();
        let options = LetterOptions {
            court_town: town.into(),
            ..LetterOptions::default()
        };
        compose(
            LetterKind::RequeteInjonctionDePayer,
            &dossier,
            &assessment,
            &options,
        )
        .recipient
        .join(" ")
    };
    // A pilot town, as the visitor may type it: a tribunal des activités économiques (2025-2028).
    assert!(requete("10e_med_unanswered_silent.json", "saint-brieuc")
        .ends_with("du tribunal des activités économiques de saint-brieuc"));
    assert!(requete("10e_med_unanswered_silent.json", "Le Mans")
        .ends_with("du tribunal des activités économiques de Le Mans"));
    assert!(requete("10e_med_unanswered_silent.json", "Lille")
        .ends_with("du tribunal de commerce de Lille"));
    // No town yet: a blank to fill by hand, never a wrong court.
    assert!(requete("10e_med_unanswered_silent.json", "").contains("tribunal de commerce de …"));
    // A consumer, a civil debtor: the tribunal judiciaire, even in a pilot town.
    assert!(requete("06_consumer.json", "Paris").ends_with("du tribunal judiciaire de Paris"));
    assert!(requete("10l_civil_debtor.json", "Lyon").ends_with("du tribunal judiciaire de Lyon"));
}

#[test]
fn the_decompte_totals_what_the_results_show_even_for_an_invoice_paid_late() {
    for case in [
        "01_half_year_split.json",
        "04_partial_payments.json",
        "10n_paid_late.json",
        "06_consumer.json",
    ] {
        let (dossier, today) = case_dossier(case);
        let assessment = assess(&dossier, today).unwrap();
        let letter = compose(
            LetterKind::Decompte,
            &dossier,
            &assessment,
            &LetterOptions::default(),
        );
        let total = collapse(&engine::amount::format_euros(assessment.totals.total));
        let text = collapse(&pdf_text(&pdf::write(&letter)));
        assert!(
            text.contains(&format!("Total dû {total}")),
            "{case}: {total}\n{text}"
        );
        assert!(text.contains("Décompte de la créance au"), "{case}");
        let requete = compose(
            LetterKind::RequeteInjonctionDePayer,
            &dossier,
            &assessment,
            &LetterOptions::default(),
        );
        assert!(
            collapse(&requete.plain_text()).contains(&format!("Total : {total}")),
            "{case}"
        );
    }
}

#[test]
fn a_requete_on_a_partly_disputed_claim_asks_only_for_the_undisputed_part() {
    let (dossier, today) = case_dossier("10i_disputes_part.json");
    let assessment = assess(&dossier, today).unwrap();
    let t = &assessment.totals;
    assert!(!t.disputed.is_zero());
    let letter = compose(
        LetterKind::RequeteInjonctionDePayer,
        &dossier,
        &assessment,
        &LetterOptions::default(),
    );
    let euros = |d| collapse(&engine::amount::format_euros(d));
    let text = collapse(&pdf_text(&pdf::write(&letter)));
    for needle in [
        format!("Total {}", euros(t.total)),
        // U+2212 is not in the PDF's WinAnsi: a hyphen-minus there (winansi::shown).
        format!(
            "Partie contestée, avec ses pénalités, non réclamée ici - {}",
            euros(t.disputed)
        ),
        "Le débiteur conteste une partie de la facture n° F-1, à hauteur de 500,00 €".to_string(),
        format!("Somme réclamée, non contestée {}", euros(t.undisputed)),
        format!(
            "de lui payer la somme de {}, partie non contestée de la créance",
            euros(t.undisputed)
        ),
        "la présente requête ne porte que sur ce qu'il ne conteste pas".to_string(),
    ] {
        assert!(text.contains(&needle), "PDF lacks « {needle} »:\n{text}");
    }
}

#[test]
fn the_decompte_names_each_rate_its_basis_and_flags_one_our_sources_do_not_confirm() {
    // The legal rate of 2026 H2 is not found (FACTS.md): the consumer's décompte says so.
    let (dossier, _) = case_dossier("06_consumer.json");
    let today = chrono::NaiveDate::from_ymd_opt(2026, 11, 24).unwrap();
    let assessment = assess(&dossier, today).unwrap();
    let letter = compose(
        LetterKind::Decompte,
        &dossier,
        &assessment,
        &LetterOptions::default(),
    );
    let text = collapse(&pdf_text(&pdf::write(&letter)));
    assert!(text.contains("Taux appliqués"), "{text}");
    assert!(
        text.contains("pour le 2d semestre 2026 : taux de l'intérêt légal")
            && text.contains("à vérifier"),
        "{text}"
    );
    // A verified rate carries no such flag.
    let (dossier, today) = case_dossier("10e_med_unanswered_silent.json");
    let assessment = assess(&dossier, today).unwrap();
    let requete = compose(
        LetterKind::RequeteInjonctionDePayer,
        &dossier,
        &assessment,
        &LetterOptions::default(),
    );
    let text = collapse(&requete.plain_text());
    assert!(
        text.contains("12,15 % pour le 1er semestre 2026 : taux de la Banque centrale européenne en vigueur au 01/01/2026 (2,15 %) majoré de 10 points"),
        "{text}"
    );
    assert!(!text.contains("à vérifier"), "{text}");
}

#[test]
fn a_disputed_claim_gets_a_mediation_request_with_parties_amount_and_chronology() {
    let (dossier, today) = case_dossier("10i_disputes_part.json");
    let assessment = assess(&dossier, today).unwrap();
    assert!(documents::offer::fits(
        LetterKind::DemandeMediation,
        &dossier,
        &assessment
    ));
    assert!(documents::offer::listed(&dossier, &assessment).contains(&LetterKind::DemandeMediation));
    let letter = compose(
        LetterKind::DemandeMediation,
        &dossier,
        &assessment,
        &LetterOptions::default(),
    );
    let text = pdf_text(&pdf::write(&letter));
    for needle in [
        "Médiateur des entreprises",
        "Demande de médiation",
        "Demandeur : Atelier Lumière, EURL, SIREN 123 456 789",
        "Autre partie : ACME SAS",
        "conteste une partie",
        "500,00 €",
        "1 570,46 €",
        "Chronologie",
        "01/12/2025 : facture n° F-1 émise, 1 500,00 € TTC.",
        "02/02/2026 : mise en demeure envoyée, reçue le 04/02/2026.",
    ] {
        assert!(text.contains(needle), "« {needle} » missing:\n{text}");
    }
    assert!(letter
        .file_stem
        .starts_with("demande-de-mediation-acme-sas-"));
    docx_text(&docx::write(&letter));
}

#[test]
fn mediation_is_offered_where_the_engine_names_it_first_when_it_is_the_next_step() {
    let (dossier, today) = case_dossier("10h_disputes_all.json");
    let assessment = assess(&dossier, today).unwrap();
    assert_eq!(
        documents::offer::listed(&dossier, &assessment)[0],
        LetterKind::DemandeMediation
    );
    // A consumer who disputes everything: a conciliateur de justice.
    let (mut dossier, today) = case_dossier("06_consumer.json");
    dossier.position = engine::DebtorPosition::DisputesAll;
    let assessment = assess(&dossier, today).unwrap();
    assert!(documents::offer::fits(
        LetterKind::DemandeMediation,
        &dossier,
        &assessment
    ));
    let letter = compose(
        LetterKind::DemandeMediation,
        &dossier,
        &assessment,
        &LetterOptions::default(),
    );
    assert_eq!(
        letter.recipient,
        vec!["Conciliateur de justice".to_string()]
    );
    assert!(
        letter.subject.starts_with("Demande de conciliation"),
        "{}",
        letter.subject
    );
    assert_eq!(letter.salutation, "Madame, Monsieur le Conciliateur,");
    // In collective proceedings, no mediation (FACTS.md §14).
    let (dossier, today) = case_dossier("08_insolvency.json");
    let assessment = assess(&dossier, today).unwrap();
    assert!(!documents::offer::fits(
        LetterKind::DemandeMediation,
        &dossier,
        &assessment
    ));
    assert!(
        !documents::offer::listed(&dossier, &assessment).contains(&LetterKind::DemandeMediation)
    );
}

#[test]
fn the_summary_for_a_lawyer_holds_parties_amounts_history_position_deadlines_step_and_pieces() {
    let (dossier, today) = case_dossier("10e_med_unanswered_silent.json");
    let assessment = assess(&dossier, today).unwrap();
    let listed = documents::offer::listed(&dossier, &assessment);
    assert_eq!(
        listed[0],
        LetterKind::RequeteInjonctionDePayer,
        "the recommended one first"
    );
    assert!(listed.contains(&LetterKind::Synthese) && listed.contains(&LetterKind::Decompte));
    let options = LetterOptions {
        holds_terms: true,
        ..LetterOptions::default()
    };
    let letter = compose(LetterKind::Synthese, &dossier, &assessment, &options);
    let text = pdf_text(&pdf::write(&letter));
    for needle in [
        "Synthèse du dossier : créance de 1 570,46 € sur ACME SAS",
        "Créancier : Atelier Lumière",
        "Débiteur (professionnel commerçant ou artisan) : ACME SAS",
        "Facture n° F-1 du 01/12/2025, échue le 31/12/2025, reste dû",
        "Total dû",
        "10/01/2026 : relance envoyée.",
        "ACME SAS n'a ni payé ni répondu.",
        "Les échéances",
        "avant la prescription",
        "Injonction de payer",
        "Ensuite, sans paiement : exécution forcée.",
        "– conditions générales de vente ou contrat",
        "– mise en demeure du 2 février 2026 et son avis de réception",
    ] {
        assert!(text.contains(needle), "« {needle} » missing:\n{text}");
    }
    assert!(letter.file_stem.starts_with("synthese-dossier-acme-sas-"));
    docx_text(&docx::write(&letter));
}

#[test]
fn a_debtor_in_another_eu_state_gets_the_form_a_sheet_first_and_both_letters_in_english() {
    let (dossier, today) = case_dossier("10j_abroad_eu.json");
    let assessment = assess(&dossier, today).unwrap();
    let listed = documents::offer::listed(&dossier, &assessment);
    assert_eq!(listed[0], LetterKind::EuropeanOrderFormA, "{listed:?}");
    assert!(listed.contains(&LetterKind::FormalNoticeInEnglish));
    assert!(listed.contains(&LetterKind::ReminderInEnglish));
    let options = LetterOptions {
        place: "Lyon".into(),
        holds_terms: true,
        ..LetterOptions::default()
    };
    let notice = compose(
        LetterKind::FormalNoticeInEnglish,
        &dossier,
        &assessment,
        &options,
    );
    let text = pdf_text(&pdf::write(&notice));
    for needle in [
        "Subject: Formal notice to pay: invoice No. F-1",
        "Dear Sir or Madam,",
        "Lyon, 2 March 2026",
        "EUR 1,500.00",
        "EUR 1,570.46",
        "Directive 2011/7/EU",
        "Article L441-10 of the French Commercial Code",
        "within 8 days of receipt",
        "European order for payment (Regulation (EC) No 1896/2006)",
        "Yours faithfully,",
    ] {
        assert!(text.contains(needle), "« {needle} » missing:\n{text}");
    }
    assert!(!text.contains("Objet"), "{text}");
    let reminder = compose(
        LetterKind::ReminderInEnglish,
        &dossier,
        &assessment,
        &options,
    );
    let text = pdf_text(&pdf::write(&reminder));
    assert!(
        text.contains("Payment reminder") && text.contains("remains unpaid"),
        "{text}"
    );
    assert!(docx_text(&docx::write(&reminder)).contains("Subject: Payment reminder"));
    let sheet = compose(
        LetterKind::EuropeanOrderFormA,
        &dossier,
        &assessment,
        &options,
    );
    let text = pdf_text(&pdf::write(&sheet));
    for needle in [
        "Formulaire A",
        "1. Juridiction",
        "Code 01, demandeur",
        "Code 02, défendeur",
        "3. Fondement de la compétence",
        "1 500,00 €",
        "30,46 €",
        "40,00 €",
        "les conditions générales de vente ou le contrat",
        "30 jours",
    ] {
        assert!(text.contains(needle), "« {needle} » missing:\n{text}");
    }
    // A debtor in France gets neither.
    let (dossier, today) = case_dossier("10e_med_unanswered_silent.json");
    let assessment = assess(&dossier, today).unwrap();
    for kind in [
        LetterKind::EuropeanOrderFormA,
        LetterKind::FormalNoticeInEnglish,
        LetterKind::ReminderInEnglish,
    ] {
        assert!(
            !documents::offer::fits(kind, &dossier, &assessment),
            "{kind:?}"
        );
    }
}

/// VISITORS S6: the country asked is the one every document states. A German debtor's Form A
/// names Germany and its one court for European orders; letters end the address with the
/// country in capitals, as mail abroad needs, once even when the visitor typed it.
#[test]
fn a_debtor_in_germany_is_written_to_in_germany_and_its_court_is_named() {
    let (mut dossier, today) = case_dossier("10n_abroad_germany.json");
    dossier.debtor.identity.address = "Friedrichstraße 10\n10117 Berlin".into();
    dossier.debtor.identity.siren = "HRB 12345".into();
    let assessment = assess(&dossier, today).unwrap();
    let sheet = compose(
        LetterKind::EuropeanOrderFormA,
        &dossier,
        &assessment,
        &LetterOptions::default(),
    );
    let text = collapse(&pdf_text(&pdf::write(&sheet)));
    for needle in [
        "la juridiction en Allemagne : l'Amtsgericht Wedding, 13343 Berlin, seule compétente pour tout le pays",
        "Le siège de votre client : Allemagne.",
        "Adresse : Friedrichstraße 10, 10117 Berlin",
    ] {
        assert!(text.contains(needle), "« {needle} » missing:\n{text}");
    }
    assert!(!text.contains("à préciser"), "{text}");
    for kind in [LetterKind::MiseEnDemeure, LetterKind::FormalNoticeInEnglish] {
        let letter = compose(kind, &dossier, &assessment, &LetterOptions::default());
        assert_eq!(
            letter.recipient[letter.recipient.len() - 2..],
            ["10117 Berlin".to_string(), "ALLEMAGNE".to_string()],
            "{kind:?}"
        );
        // A German register number is not a SIREN.
        let register = match kind {
            LetterKind::MiseEnDemeure => "N° d'immatriculation HRB 12345",
            _ => "Registration No. HRB 12345",
        };
        assert!(
            letter.recipient.iter().any(|l| l == register),
            "{:?}",
            letter.recipient
        );
    }
    dossier.debtor.identity.address.push_str("\nAllemagne");
    let letter = compose(
        LetterKind::MiseEnDemeure,
        &dossier,
        &assess(&dossier, today).unwrap(),
        &LetterOptions::default(),
    );
    assert_eq!(
        letter.recipient.last().map(String::as_str),
        Some("Allemagne")
    );
    let summary = compose(
        LetterKind::Synthese,
        &dossier,
        &assessment,
        &LetterOptions::default(),
    );
    let text = collapse(&pdf_text(&pdf::write(&summary)));
    assert!(
        text.contains("entreprise établie en Allemagne (Union européenne)"),
        "{text}"
    );
}

#[test]
fn a_title_just_before_the_last_paragraph_never_ends_a_page_alone() {
    // This dossier and these settings put « Ce que je souhaite » at the foot of page 1.
    let (dossier, today) = case_dossier("10i_disputes_part.json");
    let assessment = assess(&dossier, today).unwrap();
    let options = LetterOptions {
        place: "Lyon".into(),
        signatory: "Claire Dupont, gérante".into(),
        ..LetterOptions::default()
    };
    let mut dossier = dossier;
    dossier.debtor.identity.legal_form = "SAS".into();
    dossier.debtor.identity.representative = "M. Jean Martin, président".into();
    let letter = compose(
        LetterKind::DemandeMediation,
        &dossier,
        &assessment,
        &options,
    );
    let path = temp("mediation.pdf", &pdf::write(&letter));
    let pages: Vec<String> = (1..=3)
        .map(|n| {
            let out = Command::new("pdftotext")
                .args(["-f", &n.to_string(), "-l", &n.to_string()])
                .arg(&path)
                .arg("-")
                .output()
                .unwrap();
            String::from_utf8_lossy(&out.stdout).to_string()
        })
        .collect();
    let page = pages
        .iter()
        .find(|p| p.contains("Ce que je souhaite"))
        .expect("the title");
    assert!(page.contains("Parvenir"), "{pages:?}");
}

#[test]
fn every_document_keeps_hostile_text_inert_in_valid_files() {
    let (mut dossier, today) = case_dossier("10j_abroad_eu.json");
    let hostile = "<script>alert('x')</script> & \"guillemets\" ]]> </w:t> (parenthèse \\ ) ";
    dossier.debtor.identity.name = hostile.into();
    dossier.debtor.identity.siren = hostile.into();
    dossier.creditor.representative = hostile.into();
    dossier.creditor.address = format!("{hostile}\n{hostile}");
    let assessment = assess(&dossier, today).unwrap();
    let options = LetterOptions {
        place: hostile.into(),
        iban: hostile.into(),
        signatory: hostile.into(),
        extra: hostile.into(),
        opening: hostile.into(),
        closing: hostile.into(),
        court_town: hostile.into(),
        ..LetterOptions::default()
    };
    for &kind in LetterKind::ALL {
        let letter = compose(kind, &dossier, &assessment, &options);
        let bytes = pdf::write(&letter);
        assert!(pdf_pages(&bytes) >= 1, "{kind:?}");
        assert!(
            pdf_text(&bytes).contains("<script>alert('x')</script>"),
            "{kind:?}"
        );
        assert!(
            docx_text(&docx::write(&letter)).contains("<script>alert('x')</script>"),
            "{kind:?}"
        );
        assert!(
            !letter.file_stem.contains('/') && !letter.file_stem.contains('<'),
            "{kind:?}"
        );
    }
}

#[test]
fn under_collective_proceedings_the_calendar_sets_no_limitation_deadline() {
    // Individual actions are forbidden and the declaration interrupts prescription (AUDIT I2).
    let (dossier, today) = case_dossier("08_insolvency.json");
    let assessment = assess(&dossier, today).unwrap();
    let deadlines = documents::ics::deadlines(&assessment);
    assert!(
        deadlines.iter().any(|d| d.summary.contains("déclarer")),
        "{deadlines:?}"
    );
    assert!(
        deadlines
            .iter()
            .all(|d| !d.summary.contains("prescription")),
        "{deadlines:?}"
    );
}

/// A worked case's letter of `kind`, written as PDF and read back as one line of text.
fn read_back(
    case: &str,
    kind: LetterKind,
    options: &LetterOptions,
) -> (engine::Assessment, String) {
    let (dossier, today) = case_dossier(case);
    let assessment = assess(&dossier, today).unwrap();
    let letter = compose(kind, &dossier, &assessment, options);
    let text = collapse(&pdf_text(&pdf::write(&letter)));
    (assessment, text)
}

#[test]
fn a_declaration_names_the_judgment_and_declares_an_invoice_not_yet_due_a_echoir() {
    // Due on 28 Feb 2026, after the opening judgment of 10 Feb 2026 (AUDIT E5, C. com. L622-25).
    let options = LetterOptions {
        court_town: "Bourges".into(),
        ..LetterOptions::default()
    };
    let (_, text) = read_back(
        "08c_liquidation_before_due_date.json",
        LetterKind::DeclarationDeCreance,
        &options,
    );
    for needle in [
        "par jugement du tribunal de commerce de Bourges du 10 février 2026, publié au BODACC le 20 février 2026",
        "Créance à échoir, à titre chirographaire, déclarée avec sa date d'échéance (article L622-25",
        "Facture n° F-9, à échoir le 28/02/2026, montant TTC 2 500,00 €",
    ] {
        assert!(text.contains(needle), "PDF lacks « {needle} »:\n{text}");
    }
    assert!(!text.contains("Créance échue"), "{text}");
}

#[test]
fn a_requete_leaves_a_time_barred_invoice_out_of_its_claim() {
    // One invoice prescribed since 1 March 2026, one running (AUDIT E1, worked case 14a).
    let case = "14a_e1_time_barred_left_out.json";
    let euros = |d| collapse(&engine::amount::format_euros(d));
    for kind in [LetterKind::RequeteInjonctionDePayer, LetterKind::Decompte] {
        let (assessment, text) = read_back(case, kind, &LetterOptions::default());
        let claim = &assessment.court_claim.totals;
        assert!(text.contains("F-2026-B"), "{text}");
        assert!(
            text.contains(&euros(claim.total)),
            "{kind:?} does not claim {}: {text}",
            claim.total
        );
        assert!(
            !text.contains(&euros(assessment.totals.total)),
            "{kind:?} claims the time-barred invoice: {text}"
        );
    }
    let (_, text) = read_back(case, LetterKind::Synthese, &LetterOptions::default());
    assert!(text.contains("Points d'attention"), "{text}");
    assert!(
        text.contains("Réclamable en justice, hors la facture n° F-2021-A prescrite"),
        "{text}"
    );
}

#[test]
fn a_requete_names_a_natural_person_as_cpc_54_and_57_require() {
    // An entrepreneur individuel against a doctor in his own name (AUDIT E3, d6b; worked case 14c).
    let case = "14c_e3_natural_persons.json";
    let options = LetterOptions {
        signatory: "Claire Dupont".into(),
        ..LetterOptions::default()
    };
    let (_, text) = read_back(case, LetterKind::RequeteInjonctionDePayer, &options);
    for needle in [
        "Le requérant Nom : Dupont ; prénoms : Claire Marie ; profession : graphiste ; nationalité : française ; \
         date et lieu de naissance : 14 mars 1985 à Lyon ; domicile : 3 rue des Écoles, 69001 Lyon, \
         exerçant sous le nom « Studio Lumière », entrepreneur individuel, SIREN 123 456 789",
        "Le débiteur Nom : Morel ; prénoms : Paul ; domicile : 2 place Bellecour, 69002 Lyon, \
         exerçant sous le nom « Cabinet Dr Morel »",
        "tribunal judiciaire",
    ] {
        assert!(text.contains(needle), "PDF lacks « {needle} »:\n{text}");
    }
    assert!(!text.contains("dont le siège"), "{text}");
    assert!(!text.contains("représenté"), "{text}");

    // What the visitor has not typed yet is a visible blank, never a missing mention.
    let (mut dossier, today) = case_dossier(case);
    dossier.creditor.person = Some(engine::Person::default());
    let assessment = assess(&dossier, today).unwrap();
    let letter = compose(
        LetterKind::RequeteInjonctionDePayer,
        &dossier,
        &assessment,
        &options,
    );
    let text = collapse(&pdf_text(&pdf::write(&letter)));
    assert!(
        text.contains("Nom : …………………… ; prénoms : …………………… ; profession : …………………… ; \
             nationalité : …………………… ; date et lieu de naissance : …………………… à …………………… ; domicile : 3 rue"),
        "{text}"
    );
    let doc = collapse(&docx_text(&docx::write(&letter)));
    assert!(
        doc.contains("date et lieu de naissance : ……………………"),
        "{doc}"
    );
}

#[test]
fn goods_sold_with_a_reservation_of_title_are_claimed_back_beside_the_declaration() {
    // AUDIT I3: C. com. L624-9, 3 months from the BODACC of 15 Nov 2026 (worked case 14d).
    let case = "14d_i3_reservation_of_title.json";
    let (assessment, text) = read_back(
        case,
        LetterKind::DeclarationDeCreance,
        &LetterOptions::default(),
    );
    assert!(
        text.contains("sans préjudice de la revendication des marchandises vendues avec clause de réserve de propriété"),
        "{text}"
    );
    let deadlines = documents::ics::deadlines(&assessment);
    let revendication = deadlines
        .iter()
        .find(|d| d.summary.contains("revendiquer"))
        .expect("the calendar holds the revendication");
    assert_eq!(revendication.date.to_string(), "2027-02-15");
    assert!(deadlines.iter().any(|d| d.date.to_string() == "2027-01-15"));
}

#[test]
fn a_whole_invoice_disputed_is_named_as_such_with_the_reason_and_left_out_whole() {
    // Issue 34, VISITORS S1 (worked case 14e): EV-2026-130 disputed as a whole.
    let case = "14e_whole_invoice_disputed.json";
    let options = LetterOptions {
        undisputed_only: true,
        ..LetterOptions::default()
    };
    let (a, text) = read_back(case, LetterKind::MiseEnDemeure, &options);
    let euros = |d| collapse(&engine::amount::format_euros(d));
    for needle in [
        "Vous contestez la facture n° EV-2026-130, en invoquant : « qualité des prestations »."
            .to_string(),
        euros(a.totals.undisputed),
    ] {
        assert!(text.contains(&needle), "PDF lacks « {needle} »:\n{text}");
    }
    assert!(
        !text.contains("une partie de la facture n° EV-2026-130"),
        "{text}"
    );
    let (a, text) = read_back(
        case,
        LetterKind::DemandeMediation,
        &LetterOptions::default(),
    );
    let needle = format!(
        "conteste la facture n° EV-2026-130, en invoquant : « qualité des prestations » ; le reste, {}, n'est pas contesté.",
        euros(a.totals.undisputed)
    );
    assert!(text.contains(&needle), "PDF lacks « {needle} »:\n{text}");
    assert!(text.contains("pour ce qui est contesté"), "{text}");
    // Everything disputed: no « partie » (VISITORS M15).
    let (_, text) = read_back(
        "10h_disputes_all.json",
        LetterKind::DemandeMediation,
        &LetterOptions::default(),
    );
    assert!(
        text.contains("des sommes dues et sur ce qui est réellement dû"),
        "{text}"
    );
    assert!(!text.contains("partie contestée"), "{text}");
}

#[test]
fn a_person_is_greeted_by_name_and_a_sender_who_signs_is_named_once() {
    // VISITORS, visitors 1 and 3: « Madame, Monsieur, » to « Mme Sophie Garnier »; « Julie
    // Martin / Julie Martin » under the letter.
    let (mut dossier, today) = case_dossier("06_consumer.json");
    dossier.debtor.identity.name = "Mme Sophie Garnier".into();
    dossier.creditor.name = "Julie Martin".into();
    let assessment = assess(&dossier, today).unwrap();
    let options = LetterOptions {
        signatory: "Julie Martin".into(),
        ..LetterOptions::default()
    };
    for kind in [
        LetterKind::MiseEnDemeure,
        LetterKind::RequeteInjonctionDePayer,
    ] {
        let letter = compose(kind, &dossier, &assessment, &options);
        assert_eq!(
            letter
                .signature
                .iter()
                .filter(|l| l.as_str() == "Julie Martin")
                .count(),
            1,
            "{kind:?}: {:?}",
            letter.signature
        );
    }
    let letter = compose(LetterKind::MiseEnDemeure, &dossier, &assessment, &options);
    assert_eq!(letter.salutation, "Madame,");
}

/// VISITORS M16: what was supplied, in the visitor's words, opens the requête's facts and
/// appears in the mediation request, Form A and the summary; left empty, the stock phrase.
#[test]
fn what_was_supplied_is_what_the_judge_reads_first() {
    let (dossier, today) = case_dossier("10e_med_unanswered_silent.json");
    let assessment = assess(&dossier, today).unwrap();
    let options = LetterOptions {
        supplied: "  la refonte de son site internet,\nlivrée le 12 mai 2026. ".into(),
        ..LetterOptions::default()
    };
    let text = |kind, options: &LetterOptions| {
        collapse(&pdf_text(&pdf::write(&compose(
            kind,
            &dossier,
            &assessment,
            options,
        ))))
    };
    let requete = text(LetterKind::RequeteInjonctionDePayer, &options);
    assert!(
        requete.contains("Le requérant a fourni au débiteur la refonte de son site internet, livrée le 12 mai 2026, objet de la facture"),
        "{requete}"
    );
    let summary = text(LetterKind::Synthese, &options);
    assert!(
        summary.contains(
            "Ce qui a été fourni : la refonte de son site internet, livrée le 12 mai 2026."
        ),
        "{summary}"
    );
    let stock = text(
        LetterKind::RequeteInjonctionDePayer,
        &LetterOptions::default(),
    );
    assert!(
        stock.contains(
            "Le requérant a fourni au débiteur les prestations ou marchandises objet de la facture"
        ),
        "{stock}"
    );
    assert!(!text(LetterKind::Synthese, &LetterOptions::default()).contains("Ce qui a été fourni"));
}
