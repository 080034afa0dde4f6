//! Serde for unit enums written as their variant's name ("Company"), exactly as serde's
//! derive writes them, through one small match. The derived visitor costs about 1 KB of
//! WebAssembly per enum (identifier visitors for str, bytes and integers, an error listing
//! the variants); the dossier's JSON form has about ten such enums.

/// `by_name!(Type { A, B, C })` implements `Serialize` and `Deserialize` for a unit enum, and
/// the same form for the app's own JSON (`crate::json`).
/// Serializing matches every variant, so one missing from the list does not compile.
#[macro_export]
macro_rules! by_name {
    ($ty:ident { $($variant:ident => $name:expr),+ $(,)? }) => {
        impl serde::Serialize for $ty {
            fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                s.serialize_str(match self {
                    $($ty::$variant => $name,)+
                })
            }
        }
        impl<'de> serde::Deserialize<'de> for $ty {
            fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                let name = String::deserialize(d)?;
                $(if name == $name {
                    return Ok($ty::$variant);
                })+
                Err(serde::de::Error::custom($crate::by_name::Unknown(name)))
            }
        }
        impl $crate::json::FromJson for $ty {
            fn from_json(value: &$crate::json::Json) -> Option<Self> {
                let $crate::json::Json::String(name) = value else {
                    return None;
                };
                $(if name == $name {
                    return Some($ty::$variant);
                })+
                None
            }
        }
        impl $crate::json::ToJson for $ty {
            fn write_json(&self, out: &mut String) {
                $crate::json::write_string(out, match self {
                    $($ty::$variant => $name,)+
                });
            }
        }
    };
    ($ty:ident { $($variant:ident),+ $(,)? }) => {
        $crate::by_name!($ty { $($variant => stringify!($variant)),+ });
    };
}

/// A name that is no variant: one message for every enum.
pub struct Unknown(pub String);

impl std::fmt::Display for Unknown {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        // Quoted by hand: Debug formatting of a string weighs 2 KB of wasm.
        write!(f, "unknown value « {} »", self.0)
    }
}

#[cfg(test)]
mod tests {
    #[derive(Debug, Clone, Copy, PartialEq, Eq)]
    enum Colour {
        Red,
        DarkBlue,
    }
    crate::by_name!(Colour { Red, DarkBlue });

    #[derive(Debug, Clone, Copy, PartialEq, Eq)]
    enum Lower {
        Verified,
    }
    crate::by_name!(Lower { Verified => "verified" });

    #[test]
    fn writes_and_reads_the_variant_name_as_serde_derive_does() {
        assert_eq!(
            serde_json::to_string(&Colour::DarkBlue).unwrap(),
            "\"DarkBlue\""
        );
        assert_eq!(
            serde_json::from_str::<Colour>("\"Red\"").unwrap(),
            Colour::Red
        );
        assert_eq!(
            serde_json::to_string(&Lower::Verified).unwrap(),
            "\"verified\""
        );
        assert_eq!(
            serde_json::from_str::<Lower>("\"verified\"").unwrap(),
            Lower::Verified
        );
    }

    #[test]
    fn the_json_of_the_app_reads_and_writes_the_same_names() {
        use crate::json::{parse, FromJson, ToJson};
        assert_eq!(Colour::DarkBlue.to_json(), "\"DarkBlue\"");
        assert_eq!(Lower::Verified.to_json(), "\"verified\"");
        assert_eq!(
            Colour::from_json(&parse("\"Red\"").unwrap()),
            Some(Colour::Red)
        );
        assert_eq!(Colour::from_json(&parse("\"red\"").unwrap()), None);
        assert_eq!(Colour::from_json(&parse("0").unwrap()), None);
    }

    #[test]
    fn refuses_other_names_and_other_types() {
        assert!(serde_json::from_str::<Colour>("\"red\"").is_err());
        assert!(serde_json::from_str::<Colour>("\"Green\"").is_err());
        assert!(serde_json::from_str::<Colour>("0").is_err());
        assert!(serde_json::from_str::<Colour>("{\"Red\":null}").is_err());
        assert!(serde_json::from_str::<Lower>("\"Verified\"").is_err());
    }
}
