//! The French of each invoice's notes: its due date, the rates and why, interest, the
//! indemnity, the limitation period, and the timeline's events.

use crate::amount::{format_euros, format_percent};
use crate::due_date::{DueBasis, DueDate};
use crate::format::date_fr;
use crate::interest::{RateWhy, Segment};
use crate::notes::{IndemnityNote, InterestBasis, InterestNote};
use crate::prescription::{Period, Prescription};
use crate::rates::RateSource;
use crate::timeline::{EventKind, TimelineEvent};

pub fn due(d: &DueDate) -> String {
    let date = date_fr(d.date);
    match &d.basis {
        DueBasis::Written => format!("Échéance indiquée sur la facture : {date}."),
        DueBasis::OnReceipt => format!(
            "Payable à réception : la facture est due dès sa réception, prise ici à sa date, le {date} (indiquez la date \
             exacte si elle a été reçue plus tard)."
        ),
        DueBasis::Days { days } => format!("{days} jours après la date de facture, soit le {date}."),
        DueBasis::EndOfMonth { days } => format!(
            "{days} jours fin de mois, compté date de facture + {days} jours puis fin de ce mois, soit le {date} \
             (C. com. L441-10 I ; l'autre décompte admis, fin du mois de facture + {days} jours, donne une date plus tardive : \
             indiquez la date exacte si votre contrat le prévoit)."
        ),
        DueBasis::SilentProfessional { days, delivered } => {
            let from = if *delivered {
                "la livraison ou la fin de la prestation"
            } else {
                "la date de facture (date de livraison non indiquée)"
            };
            format!("Contrat muet : paiement au plus tard {days} jours après {from}, soit le {date} (C. com. L441-10 I).")
        }
        DueBasis::SilentConsumer { delivered } => {
            let from = if *delivered {
                "à la livraison ou à la fin de la prestation"
            } else {
                "à la date de facture (date de livraison non indiquée)"
            };
            format!(
                "Contrat muet, envers un particulier : le prix est dû {from}, soit le {date} (C. civ. 1651 ; le délai de \
                 L441-10 du Code de commerce ne vaut qu'entre professionnels)."
            )
        }
        DueBasis::SilentPublicBuyer { days, article, received } => {
            let from = match received {
                Some(r) => format!("la réception de votre demande de paiement ({})", date_fr(*r)),
                None => "la date de facture, prise pour la réception de votre demande de paiement (indiquez la date de \
                         réception si vous la connaissez : l'échéance est plus tardive)"
                    .to_string(),
            };
            format!(
                "Contrat muet : délai maximal de paiement de cet acheteur public, {days} jours à compter de {from}, soit le {date} \
                 (Code de la commande publique L2192-10, {article}, R2192-12)."
            )
        }
    }
}

/// Where a rate comes from.
pub fn rate_source(source: &RateSource) -> String {
    match source {
        RateSource::Override => "valeur saisie par vous".into(),
        RateSource::Contract => "vos conditions générales de vente ou le contrat".into(),
        RateSource::Mro { day, reference } => {
            format!("taux BCE (opérations principales de refinancement) en vigueur au {} : {reference}", date_fr(*day))
        }
        RateSource::MroUnverified { day, reference, why } => {
            format!("taux BCE en vigueur au {} : {reference} ; non vérifié : {why}", date_fr(*day))
        }
        RateSource::MroCarried { day, known_until, value, reference } => format!(
            "taux BCE au {} non vérifié : aucune décision de la BCE connue après le {} ; dernière valeur reprise ({}, {reference})",
            date_fr(*day),
            date_fr(*known_until),
            format_percent(*value)
        ),
        RateSource::MroBeforeTable { day } => format!("taux BCE au {} antérieur à notre table : à vérifier", date_fr(*day)),
        RateSource::Legal { half_year, reference, why: None } => format!("taux de l'intérêt légal, {half_year} : {reference}"),
        RateSource::Legal { half_year, reference, why: Some(why) } => {
            format!("taux de l'intérêt légal, {half_year} : {reference} ; non vérifié : {why}")
        }
        RateSource::LegalCarried { half_year, reused } => format!(
            "taux de l'intérêt légal du {half_year} non trouvé : valeur du {} reprise, à vérifier",
            reused.map(|h| h.to_string()).unwrap_or_default()
        ),
    }
}

/// « Pourquoi ce taux ? » for one segment.
pub fn rate_why(s: &Segment) -> String {
    let rate = format_percent(s.rate);
    match &s.why {
        RateWhy::Contract => format!("Taux prévu par vos conditions de vente : {rate} (C. com. L441-10 II)."),
        RateWhy::EcbPlus { mro, points, half_year } => format!(
            "Contrat muet : taux BCE en vigueur au {} ({}) + {points} points = {rate} pour le {half_year} (C. com. L441-10 II).",
            date_fr(half_year.first_day()),
            format_percent(*mro)
        ),
        RateWhy::PublicBuyer { mro, points, started } => format!(
            "Intérêts moratoires d'un acheteur public : taux BCE au {} ({}), premier jour du semestre où les intérêts ont \
             commencé à courir, + {points} points = {rate}, fixe jusqu'au paiement (Code de la commande publique R2192-31).",
            date_fr(started.first_day()),
            format_percent(*mro)
        ),
        RateWhy::TimesLegal { legal, multiple, half_year } => format!(
            "Taux prévu par vos conditions de vente : {} fois le taux de l'intérêt légal du {half_year} ({}) = {rate} \
             (C. com. L441-10 II ; C. mon. fin. L313-2).",
            crate::format::count_fr(*multiple),
            format_percent(*legal)
        ),
        RateWhy::Legal { half_year } => format!(
            "Taux de l'intérêt légal du {half_year} pour un créancier professionnel : {rate}, dû à compter de la mise en demeure \
             (C. civ. 1231-6 et 1344-1 ; C. mon. fin. L313-2)."
        ),
    }
}

pub fn interest(n: &InterestNote) -> String {
    let mut text = match &n.basis {
        InterestBasis::Professional { contract_rate: Some(rate), .. } => format!(
            "Pénalités de retard au taux de vos conditions de vente ({}), dues de plein droit dès le lendemain de l'échéance, sans relance (C. com. L441-10 II).",
            format_percent(*rate)
        ),
        InterestBasis::Professional { contract_rate: None, points } => format!(
            "Pénalités de retard au taux BCE + {points} points, semestre par semestre, dues de plein droit dès le lendemain de l'échéance, sans relance (C. com. L441-10 II)."
        ),
        InterestBasis::TimesLegal { multiple } => format!(
            "Pénalités de retard à {} fois le taux de l'intérêt légal, semestre par semestre, comme le prévoient vos conditions \
             de vente, dues de plein droit dès le lendemain de l'échéance, sans relance (C. com. L441-10 II).",
            crate::format::count_fr(*multiple)
        ),
        InterestBasis::PublicBuyer => "Intérêts moratoires dus de plein droit par l'acheteur public dès le lendemain de l'expiration du délai de paiement (Code de la commande publique L2192-13, R2192-31).".into(),
        InterestBasis::ConsumerFromMiseEnDemeure { received } => {
            let basis = if *received { "de sa réception" } else { "de son envoi (date de réception non indiquée)" };
            format!(
                "Envers un particulier, pas de pénalités commerciales : les intérêts au taux légal courent à compter de la mise en demeure, ici à compter {basis} (C. civ. 1231-6, 1344-1)."
            )
        }
        InterestBasis::ConsumerNoMiseEnDemeure => "Envers un particulier, pas de pénalités commerciales : les intérêts au taux légal ne courront qu'à compter d'une mise en demeure (C. civ. 1231-6, 1344-1).".into(),
    };
    if n.payments_on_principal {
        text.push_str(
            " Vos paiements partiels sont déduits ici du principal, à leur date : c'est le calcul le plus prudent. Sauf \
             accord contraire, la loi les impute d'abord sur les intérêts (C. civ. 1343-1), ce qui donnerait un peu plus ; \
             qu'elle vise aussi les pénalités de retard n'est pas établi.",
        );
    }
    if n.stopped_at_opening {
        text.push_str(" Les intérêts s'arrêtent au jugement d'ouverture de la procédure collective (C. com. L622-28).");
    }
    if n.none_before_opening {
        return "Aucune pénalité de retard : le jugement d'ouverture de la procédure collective, antérieur à l'échéance de \
                cette facture, a arrêté le cours des intérêts (C. com. L622-28)."
            .into();
    }
    text
}

pub fn indemnity(n: &IndemnityNote) -> String {
    match n {
        IndemnityNote::Consumer { amount } => format!(
            "Pas d'indemnité forfaitaire de {} envers un particulier : elle ne vaut qu'entre professionnels (C. com. L441-10 II, \
             D441-5). Les frais de recouvrement engagés sans titre exécutoire restent à la charge du créancier, sauf texte \
             contraire (Code des procédures civiles d'exécution, L111-8).",
            format_euros(*amount)
        ),
        IndemnityNote::NotLate => "Pas d'indemnité forfaitaire : la facture n'est pas payée en retard.".into(),
        IndemnityNote::ProceedingsPrevented { amount } => format!(
            "Pas d'indemnité forfaitaire de {} : la procédure collective, ouverte avant l'échéance, empêchait le paiement (C. com. L441-10 II).",
            format_euros(*amount)
        ),
        IndemnityNote::BeforeExistence { since } => format!(
            "Indemnité forfaitaire non applicable : elle n'existe que pour les échéances à partir du {}.",
            date_fr(*since)
        ),
        IndemnityNote::Due { amount, public_buyer } => {
            let article = if *public_buyer {
                "Code de la commande publique L2192-13 et D2192-35"
            } else {
                "C. com. L441-10 II et D441-5"
            };
            format!(
                "Indemnité forfaitaire pour frais de recouvrement de {} par facture payée en retard, due de plein droit dès le premier jour de retard ({article}). Hors champ de la TVA.",
                format_euros(*amount)
            )
        }
    }
}

pub fn prescription(p: &Prescription) -> String {
    let b = &p.basis;
    let years = b.years;
    let completion = if b.delivered {
        format!(
            "la fin de la prestation ou la livraison ({})",
            date_fr(b.completion)
        )
    } else {
        format!(
            "la date de facture ({}), faute de date de livraison indiquée",
            date_fr(b.completion)
        )
    };
    let ends = date_fr(p.ends);
    match b.period {
        Period::BetweenProfessionals | Period::Consumer => {
            let basis = if b.period == Period::Consumer {
                "C. conso. L218-2, à compter de la fin de la prestation (Cass. 1re civ., 19 mai 2021)"
            } else {
                "C. com. L110-4 et C. civ. 2224, à compter de la fin de la prestation (Cass. com., 26 févr. 2020)"
            };
            let acknowledged = b
                .acknowledged
                .map(|paid| {
                    format!(
                        " Le paiement partiel du {} vaut reconnaissance de dette : il a fait repartir le délai (C. civ. 2240).",
                        date_fr(paid)
                    )
                })
                .unwrap_or_default();
            format!(
                "Délai de {years} ans à compter de {completion} ({basis}).{acknowledged} Dernier jour pour agir : {ends}. \
                 Une mise en demeure n'interrompt pas ce délai : seuls la reconnaissance de dette par le débiteur, une action en \
                 justice (même en référé) ou une mesure d'exécution l'interrompent (C. civ. 2240, 2241, 2244)."
            )
        }
        Period::PublicLaw => format!(
            "Prescription quadriennale des créances sur les personnes publiques : {years} ans à compter du 1er janvier de l'année \
             qui suit {completion} (loi 68-1250 du 31 déc. 1968, art. 1). Toute réclamation écrite de paiement, \
             votre mise en demeure comprise, et tout paiement l'interrompent (art. 2). Dernier jour pour agir : {ends}."
        ),
    }
}

/// A timeline event's label.
pub fn event(e: &TimelineEvent) -> String {
    let subject = e.subject.clone().unwrap_or_default();
    match e.kind {
        EventKind::DueDate => format!("Échéance de la facture {subject}"),
        EventKind::Reminder => format!("Relance n° {subject}"),
        EventKind::MiseEnDemeureSent => "Mise en demeure envoyée".into(),
        EventKind::MiseEnDemeureReceived => "Mise en demeure reçue".into(),
        EventKind::MiseEnDemeureDeadline => "Fin du délai de la mise en demeure".into(),
        EventKind::OpeningJudgment => "Jugement d'ouverture".into(),
        EventKind::BodaccPublication => "Publication au BODACC".into(),
        EventKind::DeclarationDeadline => "Dernier jour pour déclarer la créance".into(),
        EventKind::RevendicationDeadline => "Dernier jour pour revendiquer les marchandises".into(),
        EventKind::ReleveDeForclusionDeadline => "Dernier jour pour un relevé de forclusion".into(),
        EventKind::Today => "Aujourd'hui".into(),
        EventKind::Prescription if subject.contains(',') => {
            format!("Dernier jour pour aller en justice (prescription), factures {subject}")
        }
        EventKind::Prescription if !subject.is_empty() => {
            format!("Dernier jour pour aller en justice (prescription), facture {subject}")
        }
        EventKind::Prescription => "Dernier jour pour aller en justice (prescription)".into(),
    }
}

/// The calm note beside an unverified rate: which half-year, and how much rests on it.
pub fn unverified_rate(r: &crate::assessment::RateUsed) -> String {
    let what = match r.rate {
        crate::dossier::OverriddenRate::EcbMro => "taux BCE",
        crate::dossier::OverriddenRate::LegalProfessional => "taux de l'intérêt légal",
    };
    let stake = if r.penalties.is_zero() {
        String::new()
    } else {
        format!(
            " Il porte sur {} de pénalités.",
            format_euros(crate::amount::round_cents(r.penalties))
        )
    };
    if r.source.is_carried() {
        format!(
            "Le {what} du {} n'est pas encore connu de l'application : la dernière valeur connue ({}) est reprise, à titre \
             provisoire.{stake} Dès que le taux est publié, saisissez-le ci-dessous s'il diffère.",
            r.half_year,
            format_percent(r.value)
        )
    } else {
        format!(
            "Le {what} du {} ({}) vient de sources secondaires : le texte officiel n'a pas été consulté.{stake} Vérifiez la \
             valeur publiée et saisissez-la ci-dessous si elle diffère.",
            r.half_year,
            format_percent(r.value)
        )
    }
}
