// The questionnaire module: the app built without its results (the `results` feature), which
// static/embed.js loads on a first visit. On « Voir le résultat » it hands the dossier to the
// whole app (docs/ARCHITECTURE.md). Referencing `mount` keeps it exported, as in src/main.rs.
fn main() {
    facture_impayee::keep_exports();
}
