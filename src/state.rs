//! The app's state as one reducer, in the manner of Yew's function_todomvc example.
//! Pure: no browser call here, so it is tested natively. Figures come from the engine.

use std::rc::Rc;

use chrono::NaiveDate;
use engine::RateTable;
use yew::Reducible;

use documents::LetterKind;

use crate::edit::{Choice, TextField};
use crate::embed::EmbedConfig;
use crate::folds::{self, Fold, Folds};
use crate::form::{self, DossierForm, Reading, Step, TermChoice};
use crate::protocol::{self, Clash};
use crate::storage::{Keys, Loaded, SaveError, StoredDossier};

/// Whether what the visitor types is being kept.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Persistence {
    Saved,
    /// The stored dossier was unreadable: set aside, started fresh.
    RestartedAfterUnreadable,
    /// Storage blocked: the app works in memory only.
    MemoryOnly,
    /// The storage is full: the last changes are not saved; every change tries again.
    Full,
    /// The dossier is over what the app reads back: the last changes are not saved, and every
    /// change tries again (PROBE F6).
    TooLarge,
    /// The stored dossier was unreadable and could not be copied aside: it is left as it was,
    /// and nothing is saved over it.
    UnreadableKept,
    /// A newer version of the app wrote the stored dossier: it is left as it was, and nothing
    /// is saved over it.
    NewerVersion,
}

/// Whether changes can be saved, after what loading found.
fn persistence_after(loaded: &Loaded) -> Persistence {
    match loaded {
        Loaded::Dossier(_) | Loaded::Nothing => Persistence::Saved,
        Loaded::Unreadable => Persistence::RestartedAfterUnreadable,
        Loaded::Unavailable => Persistence::MemoryOnly,
        Loaded::UnreadableKept => Persistence::UnreadableKept,
        Loaded::Newer => Persistence::NewerVersion,
    }
}

impl Persistence {
    /// Whether changes are written to storage.
    pub fn saves(self) -> bool {
        matches!(
            self,
            Persistence::Saved
                | Persistence::RestartedAfterUnreadable
                | Persistence::Full
                | Persistence::TooLarge
        )
    }
}

/// A one-line message after an action on the data.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Notice {
    Imported,
    /// The dossier an import had replaced is back.
    Restored,
    ChangedElsewhere,
    ErasedElsewhere,
    ImportFailed(String),
    Erased,
}

/// Where the rates the figures rest on come from (docs/RATES.md).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RatesSource {
    /// The table compiled into the app: no file read (yet), or none to read.
    Compiled,
    /// The site's rates file was read: it added this many rows (0: nothing newer). Its text
    /// goes to the documents (documents::Request), which extend the compiled table the same way.
    File { added: usize, text: Rc<str> },
    /// The site's rates file was refused, for this reason: the compiled table is used.
    Refused(String),
}

#[derive(Debug, Clone)]
pub struct AppState {
    pub form: DossierForm,
    pub step: Step,
    /// The furthest step shown: every step up to it stays one click away in the progress list.
    pub reached: Step,
    pub today: NaiveDate,
    pub persistence: Persistence,
    /// Steps where the visitor pressed « Suivant »: their empty fields are flagged too.
    pub attempted: Vec<Step>,
    /// How many times « Suivant » was refused: each refusal moves focus to the first field
    /// to correct.
    pub refusals: u32,
    /// Where the focus goes after a line is added or removed (the new line's first field, or
    /// the list's add button), and how many times it was asked to move (VISITORS S4, M19).
    pub focus: (u32, String),
    pub notice: Option<Notice>,
    pub confirming_erase: bool,
    /// An imported dossier waiting for the visitor to confirm it replaces the current one.
    pub pending_import: Option<Rc<StoredDossier>>,
    /// The dossier an import replaced, kept so the visitor can restore it (also in storage).
    pub backup: Option<Rc<StoredDossier>>,
    /// The embedding's settings (the standalone page has the defaults).
    pub config: Rc<EmbedConfig>,
    /// The rate table the figures rest on: compiled, or extended by the site's rates file.
    pub rates: Rc<RateTable>,
    pub rates_source: RatesSource,
    /// The form read once per change: the dossier, the letter's options, every problem.
    pub reading: Rc<Reading>,
    /// The invoices and payments of a long dossier the visitor opened (src/folds.rs).
    pub folds: Folds,
    /// A text typed here that another tab's, typed at the same moment, replaced: the visitor
    /// is asked which to keep (src/components/clash.rs).
    pub clash: Option<Rc<Clash>>,
    /// A take-in kept a value of this tab's over theirs at the same clock: the next save
    /// stamps from the merge's text (`protocol::stamp_from`).
    pub kept_over: Option<Rc<protocol::KeptOver>>,
}

/// One thing the visitor does, by name.
#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    /// Types into a field: kept as typed, even when invalid.
    SetText(TextField, String),
    /// Picks an option or ticks a box.
    Choose(Choice),
    AddInvoice,
    RemoveInvoice(u32),
    /// A payment to the invoice with this id.
    AddPayment(u32),
    /// Shows the fields of an invoice, or of its payments, in a long dossier.
    Open(Fold),
    /// Shows them as one line again.
    Close(Fold),
    /// The invoice's id, the payment's id.
    RemovePayment(u32, u32),
    AddReminder,
    RemoveReminder(u32),
    /// The opening and closing of this kind of letter go back to the proposed text.
    RestoreProposed(LetterKind),
    /// « Préparer … » from the results: the document of the recommended step, whatever was
    /// chosen before (texts rewritten for another stay with it).
    PrepareRecommended,
    /// Opens the letter screen on this document (« Vos documents »).
    Prepare(LetterKind),
    /// « Suivant »: goes on when the step is valid, else shows what is missing.
    Next,
    Back,
    /// Reopens a step from the summary or the progress list.
    GoTo(Step),
    AskErase,
    CancelErase,
    /// Erasing itself is done by the caller (storage); this resets the state.
    Erased,
    /// A file was read as a dossier: it replaces an empty one at once, else waits for
    /// `ConfirmImport`.
    Imported(Box<StoredDossier>),
    ConfirmImport,
    CancelImport,
    /// Invoices read from the visitor's files, accepted by them: the reader's module
    /// (src/reader_panel.rs) gives the function that fills a dossier (storage::encode's text)
    /// with them. The dossier as it is now, filled, replaces the form; the one before is kept
    /// to restore.
    InvoicesRead(js_sys::Function),
    /// The dossier the last import replaced comes back (and the replacing one is kept instead).
    RestoreBackup,
    /// Another tab changed the dossier: its answers are taken in (this tab keeps its step).
    ChangedElsewhere(Box<StoredDossier>),
    /// Another tab erased the dossier.
    ErasedElsewhere,
    /// A newer version of the app saved the dossier in another tab: nothing is saved over it.
    NewerElsewhere,
    /// The day changed while the tab was open: the figures and deadlines are those of `0`.
    NewDay(NaiveDate),
    /// Another tab's text, merged here into the dossier as it is now, from the common text
    /// `base`: a key typed since the save that saw theirs is kept (src/protocol.rs).
    TakeIn {
        base: Option<Rc<str>>,
        theirs: Rc<str>,
        /// This tab's name in the stamps (`protocol::new_tab_id`).
        tab: u32,
    },
    /// A save merged another tab's text, and a value typed here lost to theirs.
    Clashed(Rc<Clash>),
    /// The visitor's answer to a clash: this tab's value back (true), or theirs kept.
    Resolve(bool),
    /// The backup found in storage at start.
    BackupLoaded(Box<StoredDossier>),
    ImportFailed(String),
    DismissNotice,
    /// What the last save gave: saved, refused for want of space, or storage blocked.
    Saved(Result<(), SaveError>),
    /// The site's rates file was read: the table it gives and the rows it added, or why it
    /// was refused.
    RatesLoaded(Result<(Rc<RateTable>, usize, Rc<str>), String>),
}

/// Yew compares states to decide what to render again. The reading is made anew exactly when
/// the form or the date changes, and the rates and the settings only when they change: they
/// are compared by identity, which is both exact and cheap (a deep comparison of the whole
/// dossier cost kilobytes of wasm and ran on every render).
impl PartialEq for AppState {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.reading, &other.reading)
            && Rc::ptr_eq(&self.rates, &other.rates)
            && Rc::ptr_eq(&self.config, &other.config)
            && self.step == other.step
            && self.reached == other.reached
            && self.today == other.today
            && self.persistence == other.persistence
            && self.attempted == other.attempted
            && self.refusals == other.refusals
            && self.notice == other.notice
            && self.confirming_erase == other.confirming_erase
            && self.pending_import == other.pending_import
            && self.backup == other.backup
            && self.folds == other.folds
            && self.clash == other.clash
            && self.rates_source == other.rates_source
    }
}

impl AppState {
    /// The site's rates file as read, when it was accepted and changed the table: the
    /// documents extend the compiled table with it (documents::Request). A file that left
    /// the compiled table as it was (the shipped one) is not given: reading 10 KB again cost
    /// the PDF several milliseconds.
    pub fn rates_text(&self) -> Option<String> {
        match &self.rates_source {
            RatesSource::File { text, .. } if *self.rates != *RateTable::compiled() => {
                Some(text.to_string())
            }
            _ => None,
        }
    }

    pub fn new(loaded: Loaded, today: NaiveDate, config: Rc<EmbedConfig>) -> Self {
        let first_visit = !matches!(loaded, Loaded::Dossier(_));
        let persistence = persistence_after(&loaded);
        let mut stored = match loaded {
            Loaded::Dossier(d) => *d,
            _ => StoredDossier::default(),
        };
        // Prefilled values never overwrite a dossier the visitor already has.
        if first_visit {
            if let Some(invoice) = stored.form.invoices.first_mut() {
                if let Some(amount) = &config.prefill_amount {
                    invoice.amount = amount.clone();
                }
                if let Some(due) = &config.prefill_due_date {
                    invoice.term = TermChoice::DueDate;
                    invoice.due_date = due.clone();
                }
            }
        }
        let reading = Rc::new(form::read(&stored.form, today));
        AppState {
            reading,
            form: stored.form,
            step: stored.step,
            reached: stored.reached.max(stored.step),
            today,
            persistence,
            attempted: vec![],
            refusals: 0,
            focus: (0, String::new()),
            notice: None,
            confirming_erase: false,
            pending_import: None,
            backup: None,
            config,
            rates: Rc::new(RateTable::compiled().clone()),
            rates_source: RatesSource::Compiled,
            folds: Folds::default(),
            clash: None,
            kept_over: None,
        }
    }

    /// Takes `stored` as the dossier being worked on.
    fn take(&mut self, stored: StoredDossier) {
        self.form = stored.form;
        self.step = stored.step;
        self.reached = stored.reached.max(stored.step);
        self.attempted.clear();
        self.folds = Folds::default();
    }

    pub fn keys(&self) -> Keys {
        Keys::new(self.config.namespace.as_deref())
    }

    /// What is kept in storage: the form and the step, not the UI's passing state.
    pub fn stored(&self) -> StoredDossier {
        StoredDossier {
            form: self.form.clone(),
            step: self.step,
            reached: self.reached,
            ..StoredDossier::default()
        }
    }

    fn move_focus(&mut self, to: String) {
        self.focus = (self.focus.0.wrapping_add(1), to);
    }

    /// Every problem of the form, as read after the last change.
    pub fn errors(&self) -> &[form::FormError] {
        &self.reading.errors
    }

    /// The errors to show on `step`: empty fields only once the visitor tried to go on.
    pub fn visible_errors(&self, step: Step) -> Vec<form::FormError> {
        let attempted = self.attempted.contains(&step) || step == Step::Results;
        self.errors()
            .iter()
            .filter(|e| Step::of_field(e.field) == step && (attempted || !e.missing))
            .cloned()
            .collect()
    }
}

impl Reducible for AppState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = (*self).clone();
        // A notice answers the visitor's last move: the next one clears it, so a failed
        // import is not still said after « Effacer » (VISITORS, visitor 5).
        if matches!(
            action,
            Action::SetText(..)
                | Action::Choose(_)
                | Action::Next
                | Action::Back
                | Action::GoTo(_)
                | Action::AskErase
        ) {
            next.notice = None;
        }
        match action {
            Action::SetText(field, text) => next.form.set_text(field, text),
            Action::Choose(choice) => next.form.choose(choice),
            Action::AddInvoice => {
                next.form.add_invoice();
                if let Some(added) = next.form.invoices.last() {
                    next.folds.open(Fold::Invoice(added.id));
                }
                let last = next.form.invoices.len().saturating_sub(1);
                next.move_focus(format!("f-invoices-{last}-number"));
            }
            Action::RemoveInvoice(id) => {
                next.form.remove_invoice(id);
                next.move_focus("f-add-invoice".into());
            }
            Action::AddPayment(invoice) => {
                next.form.add_payment(invoice);
                next.folds.open(Fold::Payments(invoice));
                let at = next.form.invoices.iter().position(|i| i.id == invoice);
                if let Some((i, inv)) = at.map(|i| (i, &next.form.invoices[i])) {
                    let last = inv.payments.len().saturating_sub(1);
                    next.move_focus(format!("f-invoices-{i}-payments-{last}-date"));
                }
            }
            Action::Open(fold) | Action::Close(fold) => {
                let opened = matches!(action, Action::Open(_));
                if opened {
                    next.folds.open(fold);
                } else {
                    next.folds.close(fold);
                }
                if let Some(to) = folds::focus_after(&next.form, fold, opened) {
                    next.move_focus(to);
                }
            }
            Action::RemovePayment(invoice, payment) => {
                next.form.remove_payment(invoice, payment);
                if let Some(i) = next.form.invoices.iter().position(|i| i.id == invoice) {
                    next.move_focus(format!("f-add-payment-{i}"));
                }
            }
            Action::AddReminder => {
                next.form.add_reminder();
                let last = next.form.reminders.len().saturating_sub(1);
                next.move_focus(format!("f-reminders-{last}"));
            }
            Action::RemoveReminder(id) => {
                next.form.remove_reminder(id);
                next.move_focus("f-add-reminder".into());
            }
            Action::RestoreProposed(kind) => next.form.letter.restore_proposed(kind),
            Action::Next => {
                let blocking = next
                    .errors()
                    .iter()
                    .any(|e| Step::of_field(e.field) == next.step);
                if blocking {
                    if !next.attempted.contains(&next.step) {
                        next.attempted.push(next.step);
                    }
                    next.refusals = next.refusals.wrapping_add(1);
                    let errors = next.visible_errors(next.step);
                    next.folds.open_to_correct(&next.form, &errors);
                } else {
                    next.step = next.step.next();
                }
            }
            Action::Back => next.step = next.step.previous(),
            Action::GoTo(step) => next.step = step,
            Action::PrepareRecommended => {
                next.form.letter.kind = None;
                next.step = Step::Letter;
            }
            Action::Prepare(kind) => {
                next.form.letter.kind = Some(kind);
                next.step = Step::Letter;
            }
            Action::AskErase => next.confirming_erase = true,
            Action::CancelErase => next.confirming_erase = false,
            Action::Erased => {
                let memory_only = next.persistence == Persistence::MemoryOnly;
                let (rates, source) = (next.rates.clone(), next.rates_source.clone());
                next = AppState::new(Loaded::Nothing, next.today, next.config.clone());
                (next.rates, next.rates_source) = (rates, source);
                if memory_only {
                    next.persistence = Persistence::MemoryOnly;
                }
                next.notice = Some(Notice::Erased);
            }
            Action::Imported(stored) => {
                if next.form == DossierForm::default() {
                    next.take(*stored);
                    next.notice = Some(Notice::Imported);
                } else {
                    next.pending_import = Some(Rc::new(*stored));
                }
            }
            Action::ConfirmImport => {
                if let Some(stored) = next.pending_import.take() {
                    next.backup = Some(Rc::new(next.stored()));
                    next.take((*stored).clone());
                    next.notice = Some(Notice::Imported);
                }
            }
            Action::CancelImport => next.pending_import = None,
            Action::InvoicesRead(fill) => {
                let now = next.stored();
                let filled = fill.call1(
                    &wasm_bindgen::JsValue::NULL,
                    &crate::storage::encode(&now).into(),
                );
                if let Some(Ok(stored)) = filled
                    .ok()
                    .and_then(|f| f.as_string())
                    .as_deref()
                    .map(crate::storage::decode)
                {
                    next.backup = Some(Rc::new(now));
                    next.form = stored.form;
                }
            }
            Action::RestoreBackup => {
                if let Some(backup) = next.backup.take() {
                    next.backup = Some(Rc::new(next.stored()));
                    next.take((*backup).clone());
                    next.notice = Some(Notice::Restored);
                }
            }
            Action::ChangedElsewhere(stored) => {
                if stored.form != next.form {
                    next.form = stored.form;
                    next.notice = Some(Notice::ChangedElsewhere);
                }
                next.reached = next.reached.max(stored.reached);
            }
            Action::TakeIn { base, theirs, tab } => {
                let (merged, text, clashes) =
                    protocol::merge(base.as_deref(), &next.stored(), &theirs, tab);
                // As `ChangedElsewhere`, then the clash if a text typed here was replaced.
                if merged.form != next.form {
                    next.form = merged.form;
                    next.notice = Some(Notice::ChangedElsewhere);
                }
                next.reached = next.reached.max(merged.reached);
                if let Some(clash) = protocol::lost(&clashes) {
                    next.clash = Some(Rc::new(clash));
                }
                next.kept_over = protocol::kept_over(&theirs, text, &clashes).map(Rc::new);
            }
            Action::Clashed(clash) => next.clash = Some(clash),
            Action::Resolve(mine) => {
                let back = next
                    .clash
                    .take()
                    .filter(|_| mine)
                    .and_then(|c| protocol::set_at(&next.stored(), &c.path, &c.mine));
                if let Some(stored) = back {
                    next.form = stored.form;
                }
            }
            Action::NewerElsewhere => next.persistence = Persistence::NewerVersion,
            Action::NewDay(day) => next.today = day,
            Action::ErasedElsewhere => {
                let (rates, source) = (next.rates.clone(), next.rates_source.clone());
                next = AppState::new(Loaded::Nothing, next.today, next.config.clone());
                (next.rates, next.rates_source) = (rates, source);
                next.notice = Some(Notice::ErasedElsewhere);
            }
            Action::BackupLoaded(stored) => next.backup = Some(Rc::new(*stored)),
            Action::ImportFailed(message) => next.notice = Some(Notice::ImportFailed(message)),
            Action::DismissNotice => next.notice = None,
            Action::Saved(result) => {
                next.persistence = match (result, next.persistence) {
                    (Ok(()), Persistence::Full | Persistence::TooLarge) => Persistence::Saved,
                    (Err(SaveError::TooLarge), _) => Persistence::TooLarge,
                    (Ok(()), kept) => kept,
                    (Err(SaveError::Full), _) => Persistence::Full,
                    (Err(SaveError::Blocked), _) => Persistence::MemoryOnly,
                    (Err(SaveError::Conflict), kept) => kept,
                }
            }
            Action::RatesLoaded(Ok((table, added, text))) => {
                next.rates = table;
                next.rates_source = RatesSource::File { added, text };
            }
            Action::RatesLoaded(Err(reason)) => next.rates_source = RatesSource::Refused(reason),
        }
        next.reached = next.reached.max(next.step);
        // The form is read once per change, here; every component reads the result.
        if next.form != self.form || next.today != self.today {
            next.reading = Rc::new(form::read(&next.form, next.today));
        }
        Rc::new(next)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::edit::{InvoiceField, PartyField, PaymentField};

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2025, 7, 10).unwrap()
    }

    fn reduce(state: AppState, action: Action) -> AppState {
        (*Rc::new(state).reduce(action)).clone()
    }

    #[test]
    fn next_is_refused_on_an_incomplete_step_and_remembers_the_attempt() {
        let state = AppState::new(Loaded::Nothing, today(), Rc::default());
        let state = reduce(state, Action::Next); // Debtor step has nothing required
        assert_eq!(state.step, Step::Invoices);
        let state = reduce(state, Action::Next); // the invoice is empty
        assert_eq!(state.step, Step::Invoices);
        assert!(state.attempted.contains(&Step::Invoices));
        assert!(state.visible_errors(Step::Invoices).iter().any(|e| e.field
            == engine::field::FieldPath::Invoice(0, engine::field::InvoiceField::Amount)));
    }

    #[test]
    fn the_furthest_step_reached_stays_reachable_and_is_stored() {
        let state = AppState::new(Loaded::Nothing, today(), Rc::default());
        assert_eq!(state.reached, Step::Debtor);
        let state = reduce(state, Action::GoTo(Step::Results));
        let state = reduce(state, Action::GoTo(Step::Invoices));
        assert_eq!((state.step, state.reached), (Step::Invoices, Step::Results));
        let state = reduce(state, Action::Back);
        assert_eq!(state.reached, Step::Results);
        let stored = state.stored();
        assert_eq!((stored.step, stored.reached), (Step::Debtor, Step::Results));
        let reloaded = AppState::new(Loaded::Dossier(Box::new(stored)), today(), Rc::default());
        assert_eq!(reloaded.reached, Step::Results);
        // Erasing forgets it.
        assert_eq!(reduce(reloaded, Action::Erased).reached, Step::Debtor);
    }

    #[test]
    fn preparing_from_the_results_opens_the_recommended_document_and_keeps_other_texts() {
        let state = AppState::new(Loaded::Nothing, today(), Rc::default());
        let kind = LetterKind::MiseEnDemeure;
        let state = reduce(
            state,
            Action::Choose(crate::edit::Choice::LetterKind(Some(kind))),
        );
        let state = reduce(
            state,
            Action::SetText(
                crate::edit::TextField::Letter(crate::edit::LetterField::Opening(kind)),
                "Mes mots".into(),
            ),
        );
        let state = reduce(state, Action::GoTo(Step::Results));
        let state = reduce(state, Action::PrepareRecommended);
        assert_eq!((state.step, state.form.letter.kind), (Step::Letter, None));
        assert_eq!(
            crate::form::LetterForm::rewritten(&state.form.letter.openings, kind),
            Some("Mes mots")
        );
        // « Vos autres documents »: the one chosen, the texts kept.
        let state = reduce(state, Action::GoTo(Step::Results));
        let state = reduce(state, Action::Prepare(LetterKind::Synthese));
        assert_eq!(
            (state.step, state.form.letter.kind),
            (Step::Letter, Some(LetterKind::Synthese))
        );
        assert_eq!(
            crate::form::LetterForm::rewritten(&state.form.letter.openings, kind),
            Some("Mes mots")
        );
    }

    #[test]
    fn edits_keep_what_was_typed_even_when_invalid() {
        let state = AppState::new(Loaded::Nothing, today(), Rc::default());
        let state = reduce(
            state,
            Action::SetText(TextField::Invoice(1, InvoiceField::Amount), "12,3,4".into()),
        );
        assert_eq!(state.form.invoices[0].amount, "12,3,4");
        assert!(state
            .visible_errors(Step::Invoices)
            .iter()
            .any(|e| e.problem
                == engine::problem::Problem::Amount(engine::AmountError::SeveralCommas)));
    }

    #[test]
    fn an_import_over_a_dossier_asks_first_and_keeps_it_to_restore() {
        let imported = || {
            let mut stored = StoredDossier::default();
            stored.form.debtor_name = "Importé".into();
            Action::Imported(Box::new(stored))
        };
        // Over an empty dossier: at once.
        let state = AppState::new(Loaded::Nothing, today(), Rc::default());
        let state = reduce(state, imported());
        assert_eq!(state.form.debtor_name, "Importé");
        assert!(state.backup.is_none());
        // Over a dossier: asked; cancelled, nothing changes.
        let state = reduce(
            state,
            Action::SetText(TextField::Debtor(PartyField::Name), "En cours".into()),
        );
        let state = reduce(state, imported());
        assert_eq!(state.form.debtor_name, "En cours");
        assert!(state.pending_import.is_some());
        let state = reduce(state, Action::CancelImport);
        assert!(state.pending_import.is_none());
        assert_eq!(state.form.debtor_name, "En cours");
        // Confirmed: replaced, the previous one kept; restoring swaps them back.
        let state = reduce(reduce(state, imported()), Action::ConfirmImport);
        assert_eq!(state.form.debtor_name, "Importé");
        assert_eq!(state.backup.as_ref().unwrap().form.debtor_name, "En cours");
        let state = reduce(state, Action::RestoreBackup);
        assert_eq!(state.form.debtor_name, "En cours");
        assert_eq!(state.backup.as_ref().unwrap().form.debtor_name, "Importé");
        assert_eq!(state.notice, Some(Notice::Restored));
    }

    #[test]
    fn another_tabs_answers_are_taken_in_and_its_erase_too() {
        let state = AppState::new(Loaded::Nothing, today(), Rc::default());
        let state = reduce(state, Action::GoTo(Step::Answer));
        let mut theirs = StoredDossier::default();
        theirs.form.debtor_name = "Autre onglet".into();
        theirs.reached = Step::Results;
        let state = reduce(state, Action::ChangedElsewhere(Box::new(theirs.clone())));
        assert_eq!(state.form.debtor_name, "Autre onglet");
        assert_eq!(
            (state.step, state.reached),
            (Step::Answer, Step::Results),
            "this tab keeps its step"
        );
        assert_eq!(state.notice, Some(Notice::ChangedElsewhere));
        // The same answers again: nothing to say.
        let state = reduce(
            reduce(state, Action::DismissNotice),
            Action::ChangedElsewhere(Box::new(theirs)),
        );
        assert_eq!(state.notice, None);
        let state = reduce(state, Action::ErasedElsewhere);
        assert_eq!(state.form, DossierForm::default());
        assert_eq!(state.notice, Some(Notice::ErasedElsewhere));
    }

    #[test]
    fn a_full_storage_is_said_and_saving_resumes_once_there_is_room() {
        let state = AppState::new(Loaded::Nothing, today(), Rc::default());
        let state = reduce(state, Action::Saved(Err(SaveError::Full)));
        assert_eq!(state.persistence, Persistence::Full);
        let state = reduce(state, Action::Saved(Ok(())));
        assert_eq!(state.persistence, Persistence::Saved);
        let state = reduce(state, Action::Saved(Err(SaveError::Blocked)));
        assert_eq!(state.persistence, Persistence::MemoryOnly);
    }

    #[test]
    fn erase_resets_but_stays_in_memory_when_storage_is_blocked() {
        let state = AppState::new(Loaded::Unavailable, today(), Rc::default());
        let state = reduce(
            state,
            Action::SetText(TextField::Debtor(PartyField::Name), "X".into()),
        );
        let state = reduce(state, Action::Erased);
        assert_eq!(state.form, DossierForm::default());
        assert_eq!(state.persistence, Persistence::MemoryOnly);
        assert_eq!(state.notice, Some(Notice::Erased));
    }

    /// The form is read once per change, whatever renders it afterwards.
    #[test]
    fn the_form_is_read_once_per_change() {
        let state = AppState::new(Loaded::Nothing, today(), Rc::default());
        let before = form::readings();
        let state = reduce(
            state,
            Action::SetText(TextField::Invoice(1, InvoiceField::Amount), "1 000".into()),
        );
        let state = reduce(state, Action::AddInvoice);
        let state = reduce(
            state,
            Action::Choose(Choice::Debtor(crate::form::DebtorChoice::Consumer)),
        );
        // Reading the errors, as every field and the results do, reads nothing again.
        for step in Step::ALL {
            let _ = state.visible_errors(step);
        }
        let _ = state.errors();
        let state = reduce(state, Action::Back); // no change of the form: no reading
        assert_eq!(state.form.invoices.len(), 2);
        // Tests run in parallel and share the counter: at least 3, at most 3 from this test.
        let read = form::readings() - before;
        assert!(read >= 3, "{read} readings");
        assert_eq!(
            state.reading.dossier.invoices[0].amount,
            rust_decimal::Decimal::from(1000)
        );
    }

    #[test]
    fn a_notice_is_cleared_by_the_visitors_next_move() {
        let state = AppState::new(Loaded::Nothing, today(), Rc::default());
        let state = reduce(
            state,
            Action::ImportFailed("Ce fichier n'est pas un dossier.".into()),
        );
        assert!(state.notice.is_some());
        let state = reduce(state, Action::DismissNotice);
        assert!(state.notice.is_none());
        let state = reduce(state, Action::ImportFailed("Illisible.".into()));
        let state = reduce(state, Action::AskErase);
        assert!(
            state.notice.is_none(),
            "a failed import is not said after « Effacer »"
        );
        let state = reduce(state, Action::ImportFailed("Illisible.".into()));
        let state = reduce(
            state,
            Action::SetText(TextField::Debtor(PartyField::Name), "ACME".into()),
        );
        assert!(state.notice.is_none());
    }

    #[test]
    fn named_actions_add_and_remove_lines() {
        let state = AppState::new(Loaded::Nothing, today(), Rc::default());
        // Each move names where the focus goes (src/app.rs moves it): the new line's first
        // field, or after a removal the list's add button.
        let focus = |s: &AppState| s.focus.1.clone();
        let state = reduce(state, Action::AddInvoice);
        assert_eq!(focus(&state), "f-invoices-1-number");
        let second = state.form.invoices[1].id;
        let state = reduce(state, Action::AddPayment(second));
        assert_eq!(focus(&state), "f-invoices-1-payments-0-date");
        let payment = state.form.invoices[1].payments[0].id;
        let state = reduce(
            state,
            Action::SetText(
                TextField::Payment(second, payment, PaymentField::Amount),
                "50".into(),
            ),
        );
        assert_eq!(state.form.invoices[1].payments[0].amount, "50");
        let state = reduce(state, Action::RemovePayment(second, payment));
        assert!(state.form.invoices[1].payments.is_empty());
        assert_eq!(focus(&state), "f-add-payment-1");
        let moves = state.focus.0;
        let state = reduce(state, Action::RemoveInvoice(second));
        assert_eq!(state.form.invoices.len(), 1);
        assert_eq!(
            (state.focus.0, focus(&state)),
            (moves + 1, "f-add-invoice".into())
        );
        let state = reduce(state, Action::AddReminder);
        assert_eq!(focus(&state), "f-reminders-0");
        let reminder = state.form.reminders[0].id;
        let state = reduce(state, Action::RemoveReminder(reminder));
        assert!(state.form.reminders.is_empty());
        assert_eq!(focus(&state), "f-add-reminder");
    }

    #[test]
    fn a_rates_file_replaces_the_table_and_a_refusal_keeps_it() {
        let state = AppState::new(Loaded::Nothing, today(), Rc::default());
        assert_eq!(state.rates_source, RatesSource::Compiled);
        let refused = reduce(state.clone(), Action::RatesLoaded(Err("illisible".into())));
        assert_eq!(
            refused.rates_source,
            RatesSource::Refused("illisible".into())
        );
        assert_eq!(refused.rates, state.rates);
        let mut newer = RateTable::compiled().clone();
        newer.mro_known_until = NaiveDate::from_ymd_opt(2027, 2, 3).unwrap();
        let text: Rc<str> = Rc::from("{}");
        let loaded = reduce(
            state,
            Action::RatesLoaded(Ok((Rc::new(newer.clone()), 2, text.clone()))),
        );
        assert_eq!(*loaded.rates, newer);
        assert_eq!(loaded.rates_source, RatesSource::File { added: 2, text });
        // Erasing the dossier keeps the law that was read.
        let erased = reduce(loaded, Action::Erased);
        assert_eq!(*erased.rates, newer);
    }

    #[test]
    fn the_documents_get_the_rates_file_only_when_it_changed_the_table() {
        let state = AppState::new(Loaded::Nothing, today(), Rc::default());
        assert_eq!(state.rates_text(), None);
        // The shipped file: the compiled table again, so nothing is given.
        let text: Rc<str> = Rc::from("{\"shipped\": true}");
        let same = Rc::new(RateTable::compiled().clone());
        let shipped = reduce(state.clone(), Action::RatesLoaded(Ok((same, 0, text))));
        assert_eq!(shipped.rates_text(), None);
        // A file that only moves known_until adds no row but changes the flags: it is sent.
        let mut later = RateTable::compiled().clone();
        later.mro_known_until = NaiveDate::from_ymd_opt(2027, 2, 3).unwrap();
        let text: Rc<str> = Rc::from("{\"later\": true}");
        let read = reduce(state, Action::RatesLoaded(Ok((Rc::new(later), 0, text))));
        assert_eq!(read.rates_text().as_deref(), Some("{\"later\": true}"));
    }

    #[test]
    fn prefill_applies_on_a_first_visit_only() {
        let config = Rc::new(EmbedConfig {
            prefill_amount: Some("1 500".into()),
            prefill_due_date: Some("2025-03-31".into()),
            ..EmbedConfig::default()
        });
        let fresh = AppState::new(Loaded::Nothing, today(), config.clone());
        assert_eq!(fresh.form.invoices[0].amount, "1 500");
        assert_eq!(fresh.form.invoices[0].due_date, "2025-03-31");
        let mut kept = StoredDossier::default();
        kept.form.invoices[0].amount = "99".into();
        let returning = AppState::new(Loaded::Dossier(Box::new(kept)), today(), config);
        assert_eq!(returning.form.invoices[0].amount, "99");
    }
}
