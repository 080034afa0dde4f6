//! The French names of the countries the questionnaire offers, with the two forms a sentence
//! needs: where (« en Allemagne », « au Danemark ») and with its article (« l'Allemagne »).

use crate::country::Country;

/// (code, name), in the order of the names. Apart from the forms below, so the questionnaire,
/// which lists the names, carries nothing else.
const NAMES: &[(&str, &str)] = &[
    ("DE", "Allemagne"),
    ("AT", "Autriche"),
    ("BE", "Belgique"),
    ("BG", "Bulgarie"),
    ("CY", "Chypre"),
    ("HR", "Croatie"),
    ("DK", "Danemark"),
    ("ES", "Espagne"),
    ("EE", "Estonie"),
    ("FI", "Finlande"),
    ("FR", "France"),
    ("GR", "Grèce"),
    ("HU", "Hongrie"),
    ("IE", "Irlande"),
    ("IT", "Italie"),
    ("LV", "Lettonie"),
    ("LT", "Lituanie"),
    ("LU", "Luxembourg"),
    ("MT", "Malte"),
    ("NL", "Pays-Bas"),
    ("PL", "Pologne"),
    ("PT", "Portugal"),
    ("CZ", "République tchèque"),
    ("RO", "Roumanie"),
    ("SK", "Slovaquie"),
    ("SI", "Slovénie"),
    ("SE", "Suède"),
];

/// (code, « en … », « le … »): the forms a sentence needs.
const FORMS: &[(&str, &str, &str)] = &[
    ("DE", "en Allemagne", "l'Allemagne"),
    ("AT", "en Autriche", "l'Autriche"),
    ("BE", "en Belgique", "la Belgique"),
    ("BG", "en Bulgarie", "la Bulgarie"),
    ("CY", "à Chypre", "Chypre"),
    ("HR", "en Croatie", "la Croatie"),
    ("DK", "au Danemark", "le Danemark"),
    ("ES", "en Espagne", "l'Espagne"),
    ("EE", "en Estonie", "l'Estonie"),
    ("FI", "en Finlande", "la Finlande"),
    ("FR", "en France", "la France"),
    ("GR", "en Grèce", "la Grèce"),
    ("HU", "en Hongrie", "la Hongrie"),
    ("IE", "en Irlande", "l'Irlande"),
    ("IT", "en Italie", "l'Italie"),
    ("LV", "en Lettonie", "la Lettonie"),
    ("LT", "en Lituanie", "la Lituanie"),
    ("LU", "au Luxembourg", "le Luxembourg"),
    ("MT", "à Malte", "Malte"),
    ("NL", "aux Pays-Bas", "les Pays-Bas"),
    ("PL", "en Pologne", "la Pologne"),
    ("PT", "au Portugal", "le Portugal"),
    ("CZ", "en République tchèque", "la République tchèque"),
    ("RO", "en Roumanie", "la Roumanie"),
    ("SK", "en Slovaquie", "la Slovaquie"),
    ("SI", "en Slovénie", "la Slovénie"),
    ("SE", "en Suède", "la Suède"),
];

fn forms(c: Country) -> Option<&'static (&'static str, &'static str, &'static str)> {
    FORMS.iter().find(|(code, ..)| *code == c.code())
}

/// « Allemagne ».
pub fn country_name(c: Country) -> Option<&'static str> {
    NAMES
        .iter()
        .find(|(code, _)| *code == c.code())
        .map(|r| r.1)
}

/// « en Allemagne », « au Danemark »; « dans le pays de votre client » when the name is not known.
pub fn in_country(c: Option<Country>) -> &'static str {
    c.and_then(forms)
        .map_or("dans le pays de votre client", |r| r.1)
}

/// « l'Allemagne », « le Danemark »; « ce pays » when the name is not known.
pub fn the_country(c: Country) -> &'static str {
    forms(c).map_or("ce pays", |r| r.2)
}

/// Every country named here, in the order of the names: the questionnaire lists the Member
/// States so, with no sort (a sort is several kilobytes of the first load).
pub fn by_name() -> impl Iterator<Item = (Country, &'static str)> {
    NAMES.iter().map(|(code, name)| (Country::of(code), *name))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_names_are_in_french_alphabetical_order_with_their_forms() {
        let fold = |s: &str| s.replace(['é', 'è'], "e");
        assert!(NAMES.windows(2).all(|w| fold(w[0].1) < fold(w[1].1)));
        assert_eq!(NAMES.len(), FORMS.len());
        for ((code, name), (same, locative, definite)) in NAMES.iter().zip(FORMS) {
            assert!(Country::parse(code).is_some() && code == same);
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
