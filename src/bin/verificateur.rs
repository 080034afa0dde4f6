// The rates file's checker (src/rates_export.rs), built by Trunk beside the app (index.html)
// for the WordPress plugin's settings page: a visitor never loads it.
fn main() {
    facture_impayee::rates_export::keep_exports();
}
