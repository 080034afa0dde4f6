// The app starts from static/embed.js, which calls the `mount` exported by the library.
// The wasm is built from this binary rather than as a cdylib: rustc keeps it much smaller that
// way (measured when the app was split). Referencing `mount` here keeps it exported:
// without it the linker drops the whole app.
fn main() {
    facture_impayee::keep_exports();
}
