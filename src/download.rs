//! Offers a file for download from the browser: a real file, not a print dialog.

use wasm_bindgen::JsCast;

/// Saves `bytes` as `filename`. Returns false when the browser refused.
pub fn download(filename: &str, mime: &str, bytes: &[u8]) -> bool {
    try_download(filename, mime, bytes).is_some()
}

/// The app runs inside a frame of another page. A frame sandboxed without `allow-downloads`
/// drops downloads silently, and no API tells: the page then says what to do.
#[cfg(target_arch = "wasm32")]
pub fn in_a_frame() -> bool {
    web_sys::window().is_some_and(|w| match w.top() {
        Ok(Some(top)) => !js_sys::Object::is(&top, &w),
        _ => true,
    })
}

/// Natively (the tests, the static first paint) there is no frame.
#[cfg(not(target_arch = "wasm32"))]
pub fn in_a_frame() -> bool {
    false
}

/// What the page says beside its download buttons when it runs in a frame.
pub const IN_A_FRAME: &str = "Cet outil est affiché dans un cadre d'un autre site, qui peut bloquer les téléchargements : si aucun fichier n'arrive, ouvrez-le dans un onglet à part.";

fn try_download(filename: &str, mime: &str, bytes: &[u8]) -> Option<()> {
    let document = web_sys::window()?.document()?;
    let parts = js_sys::Array::of1(&js_sys::Uint8Array::from(bytes));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let blob = web_sys::Blob::new_with_u8_array_sequence_and_options(&parts, &options).ok()?;
    // The file is made: what comes next is the browser's download (scripts/bench).
    crate::marks::mark("facture-impayee:blob");
    let url = web_sys::Url::create_object_url_with_blob(&blob).ok()?;
    let anchor: web_sys::HtmlAnchorElement = document.create_element("a").ok()?.dyn_into().ok()?;
    anchor.set_href(&url);
    anchor.set_download(filename);
    anchor.click();
    // Revoking at once can cancel the download in some browsers; a later revoke is safe.
    let revoke = wasm_bindgen::closure::Closure::once_into_js(move || {
        let _ = web_sys::Url::revoke_object_url(&url);
    });
    web_sys::window()?
        .set_timeout_with_callback_and_timeout_and_arguments_0(revoke.unchecked_ref(), 10_000)
        .ok()?;
    Some(())
}
