//! The dossier's JSON as the documents module reads it (documents::Request), written by
//! `crate::json` in the app, field for field as serde's derive writes them.

use crate::dossier::{
    CollectiveProceedings, Debtor, DebtorKind, DebtorPosition, Dossier, Invoice, MiseEnDemeure,
    Party, Payment, PaymentTerm, Person, RateOverride,
};

// Written by `crate::json` for the documents module (documents::Request), as serde's derive
// writes them; the module reads them with serde. serde's writer cost about 6 KB of the first
// module. documents/tests/request.rs checks that serde reads back what these write.
crate::json_object!(Dossier {
    creditor,
    debtor,
    collective_proceedings,
    invoices,
    reminders,
    mise_en_demeure,
    position,
    relationship_worth_keeping,
    dispute_reason,
    rate_overrides,
});
crate::json_object!(Party {
    name,
    legal_form,
    siren,
    address,
    representative,
    person,
});
crate::json_object!(Person {
    surname,
    first_names,
    profession,
    nationality,
    birth_date,
    birth_place,
});
crate::json_object!(Debtor { identity, kind });
crate::json_object!(CollectiveProceedings {
    kind,
    judgment_date,
    bodacc_publication,
    reservation_of_title,
});
crate::json_object!(Invoice {
    number,
    issue_date,
    delivery_date,
    request_received,
    term,
    amount,
    payments,
    contract_rate,
    contract_rate_times_legal,
    disputed_entirely,
});
crate::json_object!(Payment { date, amount });
crate::json_object!(MiseEnDemeure {
    sent,
    received,
    deadline_days,
});
crate::json_object!(RateOverride {
    half_year,
    rate,
    value,
});

impl crate::json::ToJson for DebtorKind {
    fn write_json(&self, out: &mut String) {
        use crate::json::{open_tagged, write_field};
        match self {
            DebtorKind::Business {
                commercial,
                artisan,
            } => {
                open_tagged(out, "Business");
                write_field(out, false, "commercial", commercial);
                write_field(out, false, "artisan", artisan);
            }
            DebtorKind::Consumer => open_tagged(out, "Consumer"),
            DebtorKind::PublicBuyer { buyer, private_law } => {
                open_tagged(out, "PublicBuyer");
                write_field(out, false, "buyer", buyer);
                write_field(out, false, "private_law", private_law);
            }
            DebtorKind::Abroad { in_eu, country } => {
                open_tagged(out, "Abroad");
                write_field(out, false, "in_eu", in_eu);
                write_field(out, false, "country", country);
            }
        }
        out.push('}');
    }
}

impl crate::json::ToJson for PaymentTerm {
    fn write_json(&self, out: &mut String) {
        use crate::json::{open_tagged, write_field};
        match self {
            PaymentTerm::DueDate { date } => {
                open_tagged(out, "DueDate");
                write_field(out, false, "date", date);
            }
            PaymentTerm::ContractSilent => open_tagged(out, "ContractSilent"),
            PaymentTerm::Days { days } => {
                open_tagged(out, "Days");
                write_field(out, false, "days", days);
            }
            PaymentTerm::FortyFiveDaysEndOfMonth => open_tagged(out, "FortyFiveDaysEndOfMonth"),
            PaymentTerm::OnReceipt => open_tagged(out, "OnReceipt"),
        }
        out.push('}');
    }
}

impl crate::json::ToJson for DebtorPosition {
    fn write_json(&self, out: &mut String) {
        use crate::json::{open_tagged, write_field};
        match self {
            DebtorPosition::Silent => open_tagged(out, "Silent"),
            DebtorPosition::Promised => open_tagged(out, "Promised"),
            DebtorPosition::DisputesPart { amount, invoice } => {
                open_tagged(out, "DisputesPart");
                write_field(out, false, "amount", amount);
                write_field(out, false, "invoice", invoice);
            }
            DebtorPosition::DisputesAll => open_tagged(out, "DisputesAll"),
            DebtorPosition::DisputesInvoices => open_tagged(out, "DisputesInvoices"),
        }
        out.push('}');
    }
}
