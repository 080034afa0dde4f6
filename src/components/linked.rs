//! Text with the official sites it names made links (`fr::OFFICIAL_SITES`), each opening in a
//! new tab: the visitor goes on from there at the moment they need it.

use engine::texts::fr::OFFICIAL_SITES;
use yew::prelude::*;

/// `text` as nodes, each official site's name a link to it.
pub fn linked(text: &str) -> Html {
    let mut nodes: Vec<Html> = Vec::new();
    let mut rest = text;
    // The earliest site named in what is left, until none is.
    while let Some((at, name, url)) = OFFICIAL_SITES
        .iter()
        .filter_map(|(name, url)| rest.find(name).map(|at| (at, *name, *url)))
        .min_by_key(|(at, ..)| *at)
    {
        nodes.push(html! { { &rest[..at] } });
        nodes.push(html! { <a href={url} target="_blank" rel="noopener">{ name }</a> });
        rest = &rest[at + name.len()..];
    }
    nodes.push(html! { { rest } });
    html! { <>{ for nodes }</> }
}

/// Steps as a numbered list, their sites as links.
pub fn numbered(steps: &[String]) -> Html {
    html! {
        <ol class="fi-filing__steps">
            { for steps.iter().map(|s| html! { <li>{ linked(s) }</li> }) }
        </ol>
    }
}
