//! The French names of the countries the questionnaire offers, with the two forms a sentence
//! needs: where (« en Allemagne », « au Danemark ») and with its article (« l'Allemagne »).

use crate::country::Country;

/// (code, name, « en … », « le … »), in the order of the names.
const NAMES: &[(&str, &str, &str, &str)] = &[
    ("DE", "Allemagne", "en Allemagne", "l'Allemagne"),
    ("AT", "Autriche", "en Autriche", "l'Autriche"),
    ("BE", "Belgique", "en Belgique", "la Belgique"),
    ("BG", "Bulgarie", "en Bulgarie", "la Bulgarie"),
    ("CY", "Chypre", "à Chypre", "Chypre"),
    ("HR", "Croatie", "en Croatie", "la Croatie"),
    ("DK", "Danemark", "au Danemark", "le Danemark"),
    ("ES", "Espagne", "en Espagne", "l'Espagne"),
    ("EE", "Estonie", "en Estonie", "l'Estonie"),
    ("FI", "Finlande", "en Finlande", "la Finlande"),
    ("FR", "France", "en France", "la France"),
    ("GR", "Grèce", "en Grèce", "la Grèce"),
    ("HU", "Hongrie", "en Hongrie", "la Hongrie"),
    ("IE", "Irlande", "en Irlande", "l'Irlande"),
    ("IT", "Italie", "en Italie", "l'Italie"),
    ("LV", "Lettonie", "en Lettonie", "la Lettonie"),
    ("LT", "Lituanie", "en Lituanie", "la Lituanie"),
    ("LU", "Luxembourg", "au Luxembourg", "le Luxembourg"),
    ("MT", "Malte", "à Malte", "Malte"),
    ("NL", "Pays-Bas", "aux Pays-Bas", "les Pays-Bas"),
    ("PL", "Pologne", "en Pologne", "la Pologne"),
    ("PT", "Portugal", "au Portugal", "le Portugal"),
    (
        "CZ",
        "République tchèque",
        "en République tchèque",
        "la République tchèque",
    ),
    ("RO", "Roumanie", "en Roumanie", "la Roumanie"),
    ("SK", "Slovaquie", "en Slovaquie", "la Slovaquie"),
    ("SI", "Slovénie", "en Slovénie", "la Slovénie"),
    ("SE", "Suède", "en Suède", "la Suède"),
];

fn row(c: Country) -> Option<&'static (&'static str, &'static str, &'static str, &'static str)> {
    NAMES.iter().find(|(code, ..)| *code == c.code())
}

/// « Allemagne ».
pub fn country_name(c: Country) -> Option<&'static str> {
    row(c).map(|r| r.1)
}

/// « en Allemagne », « au Danemark »; « dans le pays de votre client » when the name is not known.
pub fn in_country(c: Option<Country>) -> &'static str {
    c.and_then(row)
        .map_or("dans le pays de votre client", |r| r.2)
}

/// « l'Allemagne », « le Danemark »; « ce pays » when the name is not known.
pub fn the_country(c: Country) -> &'static str {
    row(c).map_or("ce pays", |r| r.3)
}

/// The order of the names: the questionnaire lists the Member States so.
pub fn name_order(c: Country) -> usize {
    NAMES
        .iter()
        .position(|(code, ..)| *code == c.code())
        .unwrap_or(NAMES.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_names_are_in_french_alphabetical_order_with_their_forms() {
        let fold = |s: &str| s.replace(['é', 'è'], "e");
        assert!(NAMES.windows(2).all(|w| fold(w[0].1) < fold(w[1].1)));
        for (code, name, locative, definite) in NAMES {
            assert!(Country::parse(code).is_some());
            assert!(
                locative.ends_with(name) && definite.ends_with(name),
                "{code}"
            );
        }
        assert_eq!(in_country(Country::parse("DK")), "au Danemark");
        assert_eq!(in_country(None), "dans le pays de votre client");
        assert_eq!(the_country(Country::of("NL")), "les Pays-Bas");
    }
}
