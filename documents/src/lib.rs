//! Letters and their files: a mise en demeure, two reminders, a déclaration de créance, the
//! requête en injonction de payer and the décompte,
//! and the calendar of the deadlines (`ics`),
//! composed from the dossier and the engine's assessment, then written as PDF or DOCX.
//! Pure Rust, no browser: tested natively, files checked with pdftotext and a zip reader.

mod chronology;
pub mod decompte;
pub mod docx;
pub mod english;
pub mod form_a;
mod helvetica;
pub mod ics;
mod identity;
pub mod letter;
pub mod mediation;
pub mod missing;
pub mod offer;
pub mod pdf;
pub mod request;
pub mod requete;
pub mod summary;
mod winansi;
mod zip;

pub use letter::{compose, Block, Letter, LetterKind, LetterOptions};
pub use request::{Composed, Request, RequestError};
