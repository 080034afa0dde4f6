//! The labels of the fields an electronic invoice fills, written once: the questionnaire shows
//! them beside its fields (components/debtor_step.rs, invoices_step.rs), and the invoice
//! reader's review beside each value it read (invoice_import.rs), so that the visitor finds
//! the same words in both places.

pub const DEBTOR_NAME: &str = "Nom du débiteur";
pub const CREDITOR_NAME: &str = "Votre nom ou celui de votre entreprise";
pub const INVOICE_NUMBER: &str = "Numéro de la facture";
pub const INVOICE_AMOUNT: &str = "Montant TTC";
pub const ISSUE_DATE: &str = "Date de la facture";
pub const DELIVERY_DATE: &str = "Date de livraison ou de fin de la prestation";
pub const DUE_DATE: &str = "Date d'échéance";
