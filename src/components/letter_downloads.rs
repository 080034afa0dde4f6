//! The letter's downloads (PDF, Word), printing and the way back, with why a file could not be
//! made.

use documents::Request;
use yew::prelude::*;

use super::use_app;
use crate::form::Step;
use crate::host_events::HostEvent;
use crate::state::Action;

const DOCX_MIME: &str = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

#[derive(Properties, PartialEq)]
pub struct DownloadsProps {
    /// What the files are made of: the letter on screen.
    pub request: Request,
    pub file_stem: AttrValue,
}

#[function_component(LetterDownloads)]
pub fn letter_downloads(props: &DownloadsProps) -> Html {
    let ctx = use_app();
    // Why the last download could not be made, shown beside the buttons.
    let failure = use_state(|| None::<String>);
    let download = |extension: &'static str| {
        let request = props.request.clone();
        let stem = props.file_stem.clone();
        let failure = failure.clone();
        let host = ctx.config.host.clone();
        Callback::from(move |_: MouseEvent| {
            // Compose, write and make the Blob: measured by scripts/bench (to the mark the
            // download sets once the Blob exists).
            crate::marks::mark("facture-impayee:file-start");
            let (file, mime) = if extension == "pdf" {
                (request.pdf(), "application/pdf")
            } else {
                (request.docx(), DOCX_MIME)
            };
            match file {
                Ok(bytes) => {
                    failure.set(None);
                    crate::download::download(&format!("{stem}.{extension}"), mime, &bytes);
                    crate::marks::measure(
                        &format!("facture-impayee:{extension}"),
                        "facture-impayee:file-start",
                        "facture-impayee:blob",
                    );
                    let event = HostEvent::Download { step: "letter" };
                    crate::host_events::emit(host.as_ref(), event);
                }
                Err(reason) => failure.set(Some(reason.to_string())),
            }
        })
    };
    let print = Callback::from(|_: MouseEvent| {
        let _ = web_sys::window().map(|w| w.print());
    });
    let back = {
        let ctx = ctx.clone();
        Callback::from(move |_: MouseEvent| ctx.dispatch(Action::GoTo(Step::Results)))
    };
    html! {
        <div class="fi-letter-actions">
            <button type="button" class="fi-button" onclick={download("pdf")}>{ "Télécharger en PDF" }</button>
            <button type="button" class="fi-button fi-button--secondary" onclick={download("docx")}>{ "Télécharger en Word (.docx)" }</button>
            <button type="button" class="fi-button fi-button--secondary" onclick={print}>{ "Imprimer" }</button>
            <button type="button" class="fi-link" onclick={back}>{ "Revenir aux résultats" }</button>
            if let Some(reason) = &*failure {
                <p class="fi-error" role="alert">{ reason }</p>
            }
            if crate::download::in_a_frame() {
                <p class="fi-hint">{ crate::download::IN_A_FRAME }</p>
            }
        </div>
    }
}
