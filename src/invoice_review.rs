//! What the invoice reader's module (src/bin/lecteur.rs) tells the app about the files a
//! visitor picked, as JSON: each value beside the field it fills, what must be said first, and
//! the choices left to the visitor. Declared once here, written by the module
//! (`invoice_import::review`) and read by the app (components/invoice_import.rs), which shows
//! these French strings as they come and computes nothing from them.

engine::json_struct! {
    /// One value read, for one field.
    #[derive(Debug, Clone, PartialEq, Eq, Default)]
    pub struct Row {
        /// The field, as the page names it: « Date d'échéance ».
        pub label: String,
        /// The value as it will read in the field, in French: « 1 octobre 2026 ».
        pub value: String,
        /// What the visitor typed there, when it differs: replaced only if they say so.
        pub typed: Option<String>,
    }
}

engine::json_struct! {
    /// One invoice's rows, under its title (« Facture F-2026-043 »).
    #[derive(Debug, Clone, PartialEq, Eq, Default)]
    pub struct Group {
        pub title: String,
        pub rows: Vec<Row>,
    }
}

engine::json_struct! {
    /// The review of the files picked, shown for confirmation before anything enters the dossier.
    #[derive(Debug, Clone, PartialEq, Eq, Default)]
    pub struct Review {
        /// A file that could not be read, each in one French sentence naming it.
        pub refused: Vec<String>,
        /// The buyers of invoices to different buyers: the visitor chooses the debtor first,
        /// and nothing is proposed until then.
        pub buyers: Vec<String>,
        pub groups: Vec<Group>,
        /// What the visitor is told before accepting: a credit note, another currency…
        pub notices: Vec<String>,
        /// The penalty rate the terms state, as the label of the box that takes it.
        pub rate: Option<String>,
        /// Something typed would be replaced: the box that allows it is shown.
        pub replaces: bool,
        /// The invoices that would enter the dossier.
        pub count: u32,
    }
}
