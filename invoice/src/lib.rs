//! An electronic invoice read in the visitor's browser (issue 38): a CII (UN/CEFACT Cross
//! Industry Invoice, the XML inside a Factur-X PDF) or a UBL 2.1 file, read into the EN 16931
//! terms the dossier needs, each named by its business term (BT-1, BT-2…). Nothing is sent
//! anywhere; a hostile file gets a typed refusal, never a panic.
//!
//! A Factur-X PDF is read for the CII it carries (`pdf.rs`). Not yet in the app: the invoices
//! step's import and its confirmation come next (docs/INVOICES.md says what is done).

mod dossier;
mod error;
mod model;
mod pdf;
mod terms;
mod xml;

pub use error::ReadError;
pub use model::{ElectronicInvoice, Syntax, TradeParty};
pub use terms::ProposedRate;

/// The largest file read, in bytes: an invoice is a few kilobytes, a Factur-X PDF rarely a few
/// megabytes.
pub const MAX_BYTES: usize = 20 * 1024 * 1024;

/// Reads an invoice from a file's bytes: a Factur-X PDF, or CII or UBL XML.
pub fn read(bytes: &[u8]) -> Result<ElectronicInvoice, ReadError> {
    if bytes.len() > MAX_BYTES {
        return Err(ReadError::TooLarge);
    }
    // A PDF may have a few bytes before its header.
    if bytes[..bytes.len().min(1024)]
        .windows(5)
        .any(|w| w == b"%PDF-")
    {
        let xml = pdf::embedded_invoice(bytes)?;
        return xml::read(&xml).map_err(|e| match e {
            ReadError::NotXml | ReadError::NotAnInvoice => ReadError::NoInvoiceInPdf,
            other => other,
        });
    }
    xml::read(bytes)
}
