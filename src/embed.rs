//! What an integrator sets on the host element: the call to action, the storage namespace,
//! prefilled values. Read once at mount; anything invalid is ignored, never fatal.
//! (Colours and fonts are applied by static/embed.js as CSS custom properties.)

use std::rc::Rc;

/// The embedding's settings. The default is the standalone page.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct EmbedConfig {
    /// Keeps one site's dossiers apart from another's: `facture-impayee/<namespace>/dossier`.
    pub namespace: Option<String>,
    /// The site's own call to action, shown with the recommendation: (label, https URL).
    pub call_to_action: Option<(String, String)>,
    /// Prefilled on a first visit only: the invoice amount and its due date, as typed.
    pub prefill_amount: Option<String>,
    pub prefill_due_date: Option<String>,
    /// Where to read the rates file (docs/RATES.md): embed.js resolves it, from the host's
    /// `data-rates-url` or next to the app. None: the compiled table alone.
    pub rates_url: Option<String>,
    /// `data-storage-namespace` was set but is not a valid name: the dossier is kept in memory
    /// only, never under another embedding's key or the standalone page's.
    pub storage_refused: bool,
    /// Why each rejected option was rejected, for the browser's console.
    pub refused: Vec<String>,
    /// The host element, where the host events are dispatched (src/host_events.rs).
    pub host: Option<web_sys::Element>,
    /// Loads the invoice reader's module (static/embed.js's `build('lecteur')`): a promise of
    /// it. None where the app is not started by embed.js: no invoice can be imported.
    pub load_reader: Option<js_sys::Function>,
}

impl EmbedConfig {
    /// Reads `data-storage-namespace`, `data-cta-label`, `data-cta-url`, `data-amount` and
    /// `data-due-date` through `attribute`, a lookup on the host element.
    pub fn from_attributes(attribute: impl Fn(&str) -> Option<String>) -> Self {
        let mut refused = Vec::new();
        // A value over its length is refused whole, never cut: a cut name or address would
        // be another one.
        let mut clean = |name: &str, max: usize| {
            let value = attribute(name)
                .map(|v| v.trim().to_string())
                .filter(|v| !v.is_empty())?;
            if value.chars().count() > max {
                refused.push(format!(
                    "facture-impayee: {name} is longer than {max} characters: ignored."
                ));
                return None;
            }
            Some(value)
        };
        let raw_namespace = clean("data-storage-namespace", 40);
        let label = clean("data-cta-label", 120);
        let url = clean("data-cta-url", 500);
        let amount = clean("data-amount", 40);
        let due_date = clean("data-due-date", 20);
        // A namespace names keys beside the standalone page's own (storage::Keys): one that
        // starts like them (« dossier-illisible ») would be read as theirs (PROBE F12).
        let namespace = raw_namespace.filter(|ns| {
            ns.chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
                && !ns.starts_with("dossier")
        });
        // Given but blank (a site's template left it empty) is refused too: never the
        // standalone page's dossier (PROBE F11).
        let storage_refused = attribute("data-storage-namespace").is_some() && namespace.is_none();
        if storage_refused {
            refused.push(
                "facture-impayee: data-storage-namespace takes 1 to 40 letters, digits, - or _, \
                 not starting with « dossier »: the dossier is kept in memory only."
                    .into(),
            );
        }
        let url = url.filter(|u| {
            let ok = is_web_address(u);
            if !ok {
                refused.push(format!(
                    "facture-impayee: data-cta-url « {u} » is not an http(s) address: ignored."
                ));
            }
            ok
        });
        let call_to_action = match (label, url) {
            (Some(label), Some(url)) => Some((label, url)),
            _ => None,
        };
        // An absolute http(s) address as embed.js resolves it; anything else is not fetched.
        let rates_url = attribute("data-rates-url")
            .map(|u| u.trim().to_string())
            .filter(|u| u.len() <= 2000)
            .filter(|u| u.starts_with("https://") || u.starts_with("http://"));
        EmbedConfig {
            namespace,
            call_to_action,
            prefill_amount: amount,
            prefill_due_date: due_date,
            rates_url,
            storage_refused,
            refused,
            host: None,
            load_reader: None,
        }
    }

    /// Writes why each rejected option was rejected to the browser's console.
    pub fn log_refusals(&self) {
        for message in &self.refused {
            web_sys::console::error_1(&message.as_str().into());
        }
    }

    /// The settings of `host`; the rates file's address is read from `root`, where embed.js
    /// wrote it resolved (a host's relative address would otherwise resolve against its page).
    pub fn from_element(
        host: &web_sys::Element,
        root: &web_sys::Element,
        load_reader: Option<js_sys::Function>,
    ) -> Rc<Self> {
        let mut config = Self::from_attributes(|name| match name {
            "data-rates-url" => root.get_attribute(name),
            _ => host.get_attribute(name),
        });
        config.host = Some(host.clone());
        config.load_reader = load_reader;
        Rc::new(config)
    }
}

/// « https://host… » or « http://host… », the scheme in any case, a host after it, no space.
/// static/integration.js says the same beside its field (a test ties the two).
fn is_web_address(url: &str) -> bool {
    let lower = url.to_ascii_lowercase();
    let rest = lower
        .strip_prefix("https://")
        .or_else(|| lower.strip_prefix("http://"));
    rest.is_some_and(|r| {
        !matches!(r.bytes().next(), None | Some(b'/' | b'?' | b'#'))
            && !url.chars().any(char::is_whitespace)
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashMap;

    fn config(pairs: &[(&str, &str)]) -> EmbedConfig {
        let map: HashMap<String, String> = pairs
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect();
        EmbedConfig::from_attributes(|name| map.get(name).cloned())
    }

    #[test]
    fn reads_the_settings() {
        let c = config(&[
            ("data-storage-namespace", "cabinet-dupont"),
            ("data-cta-label", "Prendre rendez-vous"),
            ("data-cta-url", "https://cabinet.example/rdv"),
            ("data-amount", "1 500"),
            ("data-due-date", "2025-03-31"),
        ]);
        assert_eq!(c.namespace.as_deref(), Some("cabinet-dupont"));
        assert_eq!(
            c.call_to_action,
            Some((
                "Prendre rendez-vous".into(),
                "https://cabinet.example/rdv".into()
            ))
        );
        assert_eq!(c.prefill_amount.as_deref(), Some("1 500"));
        let rates = config(&[("data-rates-url", "https://cabinet.example/app/taux.json")]);
        assert_eq!(
            rates.rates_url.as_deref(),
            Some("https://cabinet.example/app/taux.json")
        );
        assert_eq!(
            config(&[("data-rates-url", "javascript:alert(1)")]).rates_url,
            None
        );
    }

    #[test]
    fn ignores_what_is_unsafe_or_incomplete() {
        let c = config(&[
            ("data-storage-namespace", "../x y"),
            ("data-cta-label", "Cliquez"),
            ("data-cta-url", "javascript:alert(1)"),
        ]);
        assert_eq!(c.namespace, None);
        assert_eq!(c.call_to_action, None);
        assert!(
            c.storage_refused,
            "a bad namespace never falls back to another key"
        );
        assert_eq!(c.refused.len(), 2, "{:?}", c.refused);
        assert_eq!(
            config(&[("data-cta-url", "https://x.example")]).call_to_action,
            None
        );
    }

    /// PROBE F11, F12: a blank namespace, or one named like the standalone page's own keys,
    /// never shares or shadows them.
    #[test]
    fn a_namespace_never_collides_with_the_standalone_pages_keys() {
        for bad in [
            "",
            "   ",
            "dossier-illisible",
            "dossier",
            "dossier-revision",
            "dossier-avant-import",
        ] {
            let c = config(&[("data-storage-namespace", bad)]);
            assert_eq!(c.namespace, None, "{bad:?}");
            assert!(c.storage_refused, "{bad:?}");
        }
        let ok = config(&[("data-storage-namespace", "mon-dossier")]);
        assert_eq!(ok.namespace.as_deref(), Some("mon-dossier"));
        assert!(config(&[]).namespace.is_none() && !config(&[]).storage_refused);
    }

    #[test]
    fn a_value_over_its_length_is_refused_whole_never_cut() {
        let long = format!("{}{}", "a".repeat(40), "/../../evil");
        let c = config(&[("data-storage-namespace", &long)]);
        assert_eq!(c.namespace, None);
        assert!(c.storage_refused);
        let c = config(&[("data-storage-namespace", &"a".repeat(41))]);
        assert!(c.storage_refused, "41 characters: refused, not cut to 40");
        let forty = config(&[("data-storage-namespace", &"a".repeat(40))]);
        assert_eq!(forty.namespace.map(|n| n.len()), Some(40));
        let url = format!("https://cabinet.example/{}", "x".repeat(500));
        let c = config(&[("data-cta-label", "RDV"), ("data-cta-url", &url)]);
        assert_eq!(c.call_to_action, None);
        assert_eq!(c.refused.len(), 1);
    }

    #[test]
    fn a_call_to_action_needs_a_real_web_address() {
        let cta =
            |url: &str| config(&[("data-cta-label", "RDV"), ("data-cta-url", url)]).call_to_action;
        assert!(cta("HTTPS://cabinet.example/rdv").is_some());
        assert!(cta("http://cabinet.example").is_some());
        assert!(cta("https://").is_none());
        assert!(cta("https:///chemin").is_none());
        assert!(cta("https://?x").is_none());
        assert!(cta("https://#x").is_none());
        assert!(cta("https://x?y").is_some());
        assert!(cta("https://a b.example").is_none());
        assert!(cta("ftp://cabinet.example").is_none());
    }
}
