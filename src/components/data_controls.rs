//! The visitor's data: where it is kept, export, import, and erase after a confirmation.

use web_sys::HtmlInputElement;
use yew::prelude::*;

use super::{act, use_app, AppContext};
use crate::state::{Action, Notice, Persistence};
use crate::storage;

#[function_component(DataControls)]
pub fn data_controls() -> Html {
    let ctx = use_app();
    // In a frame, said once the visitor exports, not on every step (VISITORS M18).
    let exported = use_state(|| false);
    let export = {
        let ctx = ctx.clone();
        let exported = exported.clone();
        Callback::from(move |_: MouseEvent| {
            exported.set(true);
            let name = format!("dossier-facture-impayee-{}.json", ctx.today);
            crate::download::download(
                &name,
                "application/json",
                storage::encode(&ctx.stored()).as_bytes(),
            );
        })
    };
    let import = {
        let ctx = ctx.clone();
        Callback::from(move |e: Event| import_file(&ctx, e))
    };
    let ask = {
        let ctx = ctx.clone();
        Callback::from(move |_: MouseEvent| ctx.dispatch(Action::AskErase))
    };
    let cancel = {
        let ctx = ctx.clone();
        Callback::from(move |_: MouseEvent| ctx.dispatch(Action::CancelErase))
    };
    let erase = {
        let ctx = ctx.clone();
        Callback::from(move |_: MouseEvent| {
            storage::erase(&ctx.keys());
            ctx.dispatch(Action::Erased);
        })
    };
    let privacy = match ctx.persistence {
        Persistence::Saved => "Vos données restent dans ce navigateur : rien n'est envoyé.",
        Persistence::RestartedAfterUnreadable => "Le dossier enregistré était illisible : il a été mis de côté et un nouveau dossier commence.",
        Persistence::MemoryOnly if ctx.config.storage_refused => "Ce site a mal réglé l'enregistrement : rien n'est envoyé, mais vos réponses seront perdues en fermant la page.",
        Persistence::MemoryOnly => "Ce navigateur bloque l'enregistrement : rien n'est envoyé, mais vos réponses seront perdues en fermant la page.",
        Persistence::UnreadableKept => "Le dossier enregistré est illisible et le stockage est plein : il est laissé tel quel. Vos réponses ici ne sont pas enregistrées ; exportez-les avant de fermer la page.",
        Persistence::NewerVersion => "Votre dossier a été enregistré par une version plus récente de l'application : il est conservé tel quel. Rechargez la page pour la retrouver ; en attendant, vos réponses ici ne sont pas enregistrées.",
        Persistence::TooLarge => "Votre dossier est devenu trop volumineux pour être enregistré (plus de 1 000 Ko) : vos dernières réponses ne sont pas enregistrées. Un très long texte a-t-il été collé dans un champ ? Raccourcissez-le : l'enregistrement reprendra à la prochaine modification.",
        Persistence::Full => "L'espace de stockage de ce navigateur est plein : vos dernières réponses ne sont pas enregistrées. Exportez votre dossier, ou libérez de la place : l'enregistrement reprendra à la prochaine modification.",
    };
    let notice = ctx.notice.as_ref().map(|n| match n {
        Notice::Imported => ("fi-notice", "Dossier importé.".to_string()),
        Notice::Restored => (
            "fi-notice",
            "Le dossier d'avant l'import est rétabli.".to_string(),
        ),
        Notice::ChangedElsewhere => (
            "fi-notice",
            "Ce dossier a été modifié dans un autre onglet : ses réponses sont reprises ici."
                .to_string(),
        ),
        Notice::ErasedElsewhere => (
            "fi-notice",
            "Ce dossier a été effacé dans un autre onglet.".to_string(),
        ),
        Notice::ImportFailed(m) => ("fi-notice fi-notice--error", m.clone()),
        Notice::Erased => ("fi-notice", "Vos données ont été effacées.".to_string()),
    });
    // Unreadable dossiers put aside, to download as they were (looked up again after an erase).
    let copies = {
        let keys = ctx.keys();
        use_memo(ctx.notice.clone(), move |_| storage::set_aside_keys(&keys))
    };
    let copy_buttons = copies.iter().map(|key| {
        let stamp = key.rfind('/').map_or("", |at| &key[at + 1..]);
        let day = stamp.get(..10).and_then(engine::format::parse_date);
        let label = day.map_or("Télécharger la copie mise de côté".to_string(), |d| {
            format!("Télécharger la copie mise de côté le {}", engine::format::date_fr(d))
        });
        let file = format!("dossier-mis-de-cote-{}.json", day.map(|d| d.to_string()).unwrap_or_default());
        let key = key.clone();
        let onclick = Callback::from(move |_: MouseEvent| {
            if let Some(raw) = storage::read_raw(&key) {
                crate::download::download(&file, "application/json", raw.as_bytes());
            }
        });
        html! { <button type="button" class="fi-button fi-button--secondary" {onclick}>{ label }</button> }
    });
    html! {
        <section class="fi-data" aria-label="Vos données">
            <p class="fi-privacy" role="status">{ privacy }</p>
            if !copies.is_empty() {
                <div class="fi-row">{ for copy_buttons }</div>
            }
            if let Some((class, text)) = notice {
                <p class={class} role="status">{ text }</p>
            }
            <div class="fi-row">
                <button type="button" class="fi-button fi-button--secondary" onclick={export}>{ "Exporter mon dossier" }</button>
                <label class="fi-button fi-button--secondary fi-file">
                    { "Importer un dossier" }
                    <input type="file" accept="application/json,.json" onchange={import} class="fi-sr-only" />
                </label>
                if !ctx.confirming_erase {
                    <button type="button" class="fi-button fi-button--danger" onclick={ask}>{ "Effacer mes données" }</button>
                }
            </div>
            if *exported && crate::download::in_a_frame() {
                <p class="fi-hint">{ crate::download::IN_A_FRAME }</p>
            }
            if let Some(pending) = &ctx.pending_import {
                <div class="fi-confirm" role="alertdialog" aria-labelledby="fi-import-text">
                    <p id="fi-import-text">{ format!(
                        "Remplacer le dossier en cours par celui importé{} ? Le dossier en cours sera gardé de côté : vous pourrez le rétablir.",
                        match pending.form.debtor_name.trim() { "" => String::new(), name => format!(" ({name})") }
                    ) }</p>
                    <button type="button" class="fi-button" onclick={act(&ctx, Action::ConfirmImport)}>{ "Remplacer" }</button>
                    <button type="button" class="fi-button fi-button--secondary" onclick={act(&ctx, Action::CancelImport)}>{ "Annuler" }</button>
                </div>
            }
            if ctx.backup.is_some() {
                <button type="button" class="fi-link" onclick={act(&ctx, Action::RestoreBackup)}>{ "Rétablir le dossier d'avant l'import" }</button>
            }
            if ctx.confirming_erase {
                <div class="fi-confirm" role="alertdialog" aria-labelledby="fi-confirm-text">
                    <p id="fi-confirm-text">{ "Effacer tout le dossier de ce navigateur ? Cette action est définitive." }</p>
                    <button type="button" class="fi-button fi-button--danger" onclick={erase}>{ "Oui, tout effacer" }</button>
                    <button type="button" class="fi-button fi-button--secondary" onclick={cancel}>{ "Annuler" }</button>
                </div>
            }
        </section>
    }
}

/// The file the visitor picked to import: read, checked, and handed to the reducer, which asks
/// before replacing a dossier (or says why the file is refused).
fn import_file(ctx: &AppContext, e: Event) {
    let input: HtmlInputElement = e.target_unchecked_into();
    let Some(file) = input.files().and_then(|f| f.get(0)) else {
        return;
    };
    input.set_value("");
    // A file too large to be a dossier is not even read: reading it would freeze the page.
    if file.size() > storage::MAX_DOSSIER_BYTES as f64 {
        ctx.dispatch(Action::ImportFailed(
            storage::DecodeError::TooLarge.to_string(),
        ));
        return;
    }
    let ctx = ctx.clone();
    wasm_bindgen_futures::spawn_local(async move {
        let text = wasm_bindgen_futures::JsFuture::from(file.text())
            .await
            .ok()
            .and_then(|v| v.as_string());
        let action = match text.as_deref().map(storage::decode) {
            Some(Ok(stored)) => Action::Imported(Box::new(stored)),
            Some(Err(why)) => Action::ImportFailed(why.to_string()),
            None => Action::ImportFailed("Ce fichier n'a pas pu être lu.".into()),
        };
        ctx.dispatch(action);
    });
}
