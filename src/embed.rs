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
}

impl EmbedConfig {
    /// Reads `data-storage-namespace`, `data-cta-label`, `data-cta-url`, `data-amount` and
    /// `data-due-date` through `attribute`, a lookup on the host element.
    pub fn from_attributes(attribute: impl Fn(&str) -> Option<String>) -> Self {
        let clean = |name: &str, max: usize| {
            attribute(name)
                .map(|v| v.trim().chars().take(max).collect::<String>())
                .filter(|v| !v.is_empty())
        };
        let namespace = clean("data-storage-namespace", 40).filter(|ns| {
            ns.chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
        });
        let url = clean("data-cta-url", 500)
            .filter(|u| u.starts_with("https://") || u.starts_with("http://"));
        let call_to_action = match (clean("data-cta-label", 120), url) {
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
            prefill_amount: clean("data-amount", 40),
            prefill_due_date: clean("data-due-date", 20),
            rates_url,
        }
    }

    /// The settings of `host`; the rates file's address is read from `root`, where embed.js
    /// wrote it resolved (a host's relative address would otherwise resolve against its page).
    pub fn from_element(host: &web_sys::Element, root: &web_sys::Element) -> Rc<Self> {
        Rc::new(Self::from_attributes(|name| match name {
            "data-rates-url" => root.get_attribute(name),
            _ => host.get_attribute(name),
        }))
    }
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
        assert_eq!(c, EmbedConfig::default());
        assert_eq!(
            config(&[("data-cta-url", "https://x.example")]).call_to_action,
            None
        );
    }
}
