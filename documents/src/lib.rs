//! Letters and their files: a mise en demeure, two reminders, and a déclaration de créance,
//! and the calendar of the deadlines (`ics`),
//! composed from the dossier and the engine's assessment, then written as PDF or DOCX.
//! Pure Rust, no browser: tested natively, files checked with pdftotext and a zip reader.

pub mod docx;
mod helvetica;
pub mod ics;
pub mod letter;
pub mod pdf;
mod winansi;
mod zip;

pub use letter::{compose, Block, Letter, LetterKind, LetterOptions};
