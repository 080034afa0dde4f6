// The invoice reader's module (src/reader_module.rs), built by Trunk beside the app
// (index.html) and loaded by static/embed.js only when a visitor picks an invoice: the app's
// first load never carries it.
fn main() {
    facture_impayee::reader_module::keep_exports();
}
