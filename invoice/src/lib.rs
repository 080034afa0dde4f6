//! An electronic invoice read in the visitor's browser (issue 38): a CII (UN/CEFACT Cross
//! Industry Invoice, the XML inside a Factur-X PDF) or a UBL 2.1 file, read into the EN 16931
//! terms the dossier needs, each named by its business term (BT-1, BT-2…). Nothing is sent
//! anywhere; a hostile file gets a typed refusal, never a panic.
//!
//! Not yet in the app: the Factur-X PDF container, the invoices step's import and its
//! confirmation come next (docs/INVOICES.md says what is done).

mod dossier;
mod error;
mod model;
mod terms;
mod xml;

pub use error::ReadError;
pub use model::{ElectronicInvoice, Syntax, TradeParty};
pub use terms::ProposedRate;

/// The largest file read, in bytes: an invoice is a few kilobytes, a Factur-X PDF rarely a few
/// megabytes.
pub const MAX_BYTES: usize = 20 * 1024 * 1024;

/// Reads an invoice from a file's bytes: CII or UBL XML.
pub fn read(bytes: &[u8]) -> Result<ElectronicInvoice, ReadError> {
    if bytes.len() > MAX_BYTES {
        return Err(ReadError::TooLarge);
    }
    if bytes.starts_with(b"%PDF") {
        return Err(ReadError::PdfNotRead);
    }
    xml::read(bytes)
}
