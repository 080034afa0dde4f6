//! The letter as the visitor reads it on screen: plain Yew text nodes, so whatever the visitor
//! types stays inert.

use documents::{Block, Letter};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct PreviewProps {
    pub letter: Letter,
}

#[function_component(LetterPreview)]
pub fn letter_preview(props: &PreviewProps) -> Html {
    let l = &props.letter;
    let lines =
        |v: &[String]| html! { <>{ for v.iter().map(|line| html! { <>{ line }<br /></> }) }</> };
    html! {
        // Focusable: on a wide screen the preview scrolls on its own, and a keyboard must reach it.
        <article class="fi-letter" aria-label="Aperçu de la lettre" tabindex="0">
            <p class="fi-letter__sender">{ lines(&l.sender) }</p>
            <p class="fi-letter__recipient">{ lines(&l.recipient) }</p>
            if !l.place_date.is_empty() { <p class="fi-letter__date">{ &l.place_date }</p> }
            if let Some(mode) = &l.mode { <p class="fi-letter__mode">{ mode }</p> }
            <p class="fi-letter__subject">{ l.subject_line() }</p>
            if !l.salutation.is_empty() { <p>{ &l.salutation }</p> }
            { for l.blocks.iter().map(block) }
            <p class="fi-letter__para">{ &l.closing }</p>
            <p class="fi-letter__signature">{ lines(&l.signature) }</p>
            if !l.annex.is_empty() {
                <div class="fi-letter__annex">{ for l.annex.iter().map(block) }</div>
            }
        </article>
    }
}
/// Words joined by hyphens (« EV-2026-117 », « L441-10 ») kept on one line, as the PDF keeps
/// them: a browser may break after a hyphen (VISITORS M6). Long ones may still wrap.
fn kept_whole(text: &str) -> Html {
    let mut parts = Vec::new();
    let mut plain = String::new();
    for word in text.split_inclusive(' ') {
        let token = word.trim_end_matches(' ');
        if token.contains('-') && token.chars().count() <= 24 {
            parts.push(Html::from(std::mem::take(&mut plain)));
            parts.push(html! { <span class="fi-nowrap">{ token }</span> });
            plain.push_str(&word[token.len()..]);
        } else {
            plain.push_str(word);
        }
    }
    parts.push(Html::from(plain));
    parts.into_iter().collect()
}

/// A paragraph, a title or a table of amounts.
fn block(b: &Block) -> Html {
    match b {
        Block::Paragraph(p) => html! { <p class="fi-letter__para">{ kept_whole(p) }</p> },
        Block::Heading(h) => html! { <p class="fi-letter__heading">{ h }</p> },
        Block::Amounts(rows) => html! {
            <table class="fi-letter__amounts">
                <tbody>
                    { for rows.iter().map(|r| html! {
                        <tr class={classes!(r.total.then_some("fi-letter__total"))}>
                            <td>{ kept_whole(&r.label) }</td><td>{ &r.amount }</td>
                        </tr>
                    }) }
                </tbody>
            </table>
        },
    }
}
