//! The words of the engine's typed facts. `fr` is the only language today; a rule never
//! chooses a sentence, and a sentence never decides anything.

pub mod fr;
