//! Why a file was not read: each refusal typed, said in one French sentence.

use std::fmt;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ReadError {
    TooLarge,
    /// Not text in UTF-8, or not well-formed XML.
    NotXml,
    /// A DTD: refused whole, so that no entity is ever expanded.
    Dtd,
    /// More elements or nesting than an invoice has.
    TooComplex,
    /// XML, but neither a CII nor a UBL invoice.
    NotAnInvoice,
    /// A term the dossier needs is missing or unreadable: its EN 16931 number.
    Missing(&'static str),
    /// A PDF with no embedded invoice (a plain PDF, or a scan).
    NoInvoiceInPdf,
    /// A PDF whose objects or embedded file cannot be read.
    PdfDamaged,
    Encrypted,
}

impl fmt::Display for ReadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ReadError::TooLarge => f.write_str("Ce fichier dépasse 20 Mo : ce n'est pas une facture électronique."),
            ReadError::NotXml => f.write_str("Ce fichier n'est ni une facture Factur-X, ni un fichier UBL ou CII lisible."),
            ReadError::Dtd | ReadError::TooComplex => f.write_str(
                "Ce fichier XML a une forme qu'une facture électronique n'a pas : il n'est pas lu.",
            ),
            ReadError::NotAnInvoice => f.write_str("Ce fichier XML n'est pas une facture UBL ou CII."),
            ReadError::Missing(term) => write!(
                f,
                "Cette facture électronique ne donne pas une mention nécessaire ({term}) : saisissez la facture ci-dessous."
            ),
            ReadError::NoInvoiceInPdf => f.write_str(
                "Ce PDF ne contient pas de données de facture électronique : saisissez la facture ci-dessous.",
            ),
            ReadError::PdfDamaged => f.write_str(
                "Ce PDF est endommagé : sa facture électronique ne peut pas être lue. Saisissez la facture ci-dessous.",
            ),
            ReadError::Encrypted => f.write_str(
                "Ce PDF est chiffré : il ne peut pas être lu ici. Saisissez la facture ci-dessous.",
            ),
        }
    }
}

impl std::error::Error for ReadError {}
