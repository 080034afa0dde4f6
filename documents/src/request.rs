//! What the letter screen asks for (a document of a dossier, with the visitor's settings) and
//! what it gets back: the letter, its PDF and DOCX files, the calendar.
//!
//! The dossier is assessed from the same inputs the app used (the dossier, today's date, the
//! site's rates file if it was accepted), so the figures are the app's.

use chrono::NaiveDate;
use engine::{assess_with, Assessment, Dossier, RateTable};

use crate::letter::compose;
use crate::model::{Letter, LetterKind, LetterOptions};

#[derive(Debug, Clone, PartialEq)]
pub struct Request {
    pub kind: LetterKind,
    pub dossier: Dossier,
    pub today: NaiveDate,
    /// The text of the site's rates file when the app accepted it; None: the compiled table.
    pub rates: Option<String>,
    /// The letter's settings as the form gives them, with the proposed wording.
    pub options: LetterOptions,
    /// The visitor's own first and last paragraphs, when rewritten for this letter.
    pub opening: Option<String>,
    pub closing: Option<String>,
}

/// The letter with the visitor's wording, and the one proposed (shown in « Vos mots »).
#[derive(Debug, Clone, PartialEq)]
pub struct Composed {
    pub proposed: Letter,
    /// None when the visitor rewrote nothing: the proposed letter is the letter.
    pub rewritten: Option<Letter>,
}

impl Composed {
    pub fn letter(&self) -> &Letter {
        self.rewritten.as_ref().unwrap_or(&self.proposed)
    }
}

/// Why no document could be made: the app shows it in French.
#[derive(Debug, Clone, PartialEq)]
pub enum RequestError {
    /// The rates file the app accepted is refused when read again (it cannot be, as the same
    /// code reads it: said rather than trusted).
    Rates,
    /// The dossier does not assess: the app only asks once its answers are complete.
    Incomplete,
}

impl std::fmt::Display for RequestError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            RequestError::Rates => "Le fichier des taux n'a pas pu être relu : rechargez la page.",
            RequestError::Incomplete => {
                "Complétez d'abord vos réponses : la lettre reprend les montants calculés."
            }
        })
    }
}

impl Request {
    /// The engine's assessment of the dossier, with the same table as the app's.
    pub fn assess(&self) -> Result<Assessment, RequestError> {
        let extended;
        let table = match &self.rates {
            Some(text) => {
                extended = RateTable::compiled()
                    .extended_by_text(text)
                    .map_err(|_| RequestError::Rates)?
                    .0;
                &extended
            }
            None => RateTable::compiled(),
        };
        assess_with(&self.dossier, self.today, table).map_err(|_| RequestError::Incomplete)
    }

    pub fn compose(&self) -> Result<Composed, RequestError> {
        let assessment = self.assess()?;
        let proposed = compose(self.kind, &self.dossier, &assessment, &self.options);
        let rewritten = (self.opening.is_some() || self.closing.is_some()).then(|| {
            let options = LetterOptions {
                opening: self.opening.clone().unwrap_or_default(),
                closing: self.closing.clone().unwrap_or_default(),
                ..self.options.clone()
            };
            compose(self.kind, &self.dossier, &assessment, &options)
        });
        Ok(Composed {
            proposed,
            rewritten,
        })
    }

    pub fn pdf(&self) -> Result<Vec<u8>, RequestError> {
        Ok(crate::pdf::write(self.compose()?.letter()))
    }

    pub fn docx(&self) -> Result<Vec<u8>, RequestError> {
        Ok(crate::docx::write(self.compose()?.letter()))
    }

    /// The calendar file of the deadlines ahead.
    pub fn calendar(&self) -> Result<String, RequestError> {
        Ok(crate::ics::write(&self.dossier, &self.assess()?))
    }
}
