//! Letters and their files: a mise en demeure, two reminders, a déclaration de créance, the
//! requête en injonction de payer and the décompte,
//! and the calendar of the deadlines (`ics`),
//! composed from the dossier and the engine's assessment, then written as PDF or DOCX.
//! Pure Rust, no browser: tested natively, files checked with pdftotext and a zip reader.

mod amounts;
mod chronology;
mod court;
mod declaration;
pub mod decompte;
pub mod docx;
pub mod english;
pub mod form_a;
mod frame;
mod helvetica;
pub mod ics;
mod identity;
pub mod letter;
pub mod mediation;
mod mise_en_demeure;
pub mod missing;
pub mod model;
pub mod offer;
mod parties;
pub mod pdf;
mod reminders;
pub mod request;
pub mod requete;
pub mod summary;
pub mod typography;
mod winansi;
mod wording;
mod zip;

pub use letter::compose;
pub use model::{AmountLine, Block, Letter, LetterKind, LetterOptions};
pub use request::{Composed, Request, RequestError};
