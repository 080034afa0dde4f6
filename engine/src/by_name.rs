//! Unit enums written as their variant's name ("Company"), exactly as serde's derive writes
//! them, through one small match: serde's derived visitor weighs more in the WebAssembly
//! (identifier visitors for str, bytes and integers, an error listing the variants), and the
//! dossier's JSON form has about ten such enums.

/// `by_name!` declares a unit enum and how it reads and writes itself by its variants' names,
/// for serde and for the app's own JSON (`crate::json`), so each variant is written once:
///
/// ```ignore
/// by_name! {
///     #[derive(Debug, Clone, Copy, PartialEq, Eq)]
///     pub enum Status { Verified => "verified", Unverified => "unverified" }
/// }
/// ```
///
/// A variant without `=> "name"` goes by its own name ("Company"), as serde's derive writes
/// it. `Type::VARIANTS` lists them in the order declared.
#[macro_export]
macro_rules! by_name {
    (
        $(#[$meta:meta])*
        $vis:vis enum $ty:ident {
            $($(#[$vmeta:meta])* $variant:ident $(=> $name:literal)?),+ $(,)?
        }
    ) => {
        $(#[$meta])*
        $vis enum $ty {
            $($(#[$vmeta])* $variant),+
        }
        impl $ty {
            /// Every variant, in the order declared.
            pub const VARIANTS: &'static [$ty] = &[$($ty::$variant),+];

            /// The name the JSON gives this variant.
            pub fn json_name(&self) -> &'static str {
                match self {
                    $($ty::$variant => $crate::__variant_name!($variant $($name)?),)+
                }
            }

            /// The variant of that name.
            pub fn from_json_name(name: &str) -> Option<Self> {
                $(if name == $crate::__variant_name!($variant $($name)?) {
                    return Some($ty::$variant);
                })+
                None
            }
        }
        impl $crate::__serde::Serialize for $ty {
            fn serialize<S: $crate::__serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                s.serialize_str(self.json_name())
            }
        }
        impl<'de> $crate::__serde::Deserialize<'de> for $ty {
            fn deserialize<D: $crate::__serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                let name = <String as $crate::__serde::Deserialize>::deserialize(d)?;
                <$ty>::from_json_name(&name).ok_or_else(|| {
                    <D::Error as $crate::__serde::de::Error>::custom($crate::by_name::Unknown(name))
                })
            }
        }
        impl $crate::json::FromJson for $ty {
            fn from_json(value: &$crate::json::Json) -> Option<Self> {
                match value {
                    $crate::json::Json::String(name) => <$ty>::from_json_name(name),
                    _ => None,
                }
            }
        }
        impl $crate::json::ToJson for $ty {
            fn write_json(&self, out: &mut String) {
                $crate::json::write_string(out, self.json_name());
            }
        }
    };
}

/// A variant's name in JSON: the one given, or its own.
#[doc(hidden)]
#[macro_export]
macro_rules! __variant_name {
    ($variant:ident) => {
        stringify!($variant)
    };
    ($variant:ident $name:literal) => {
        $name
    };
}

/// A name that is no variant: one message for every enum.
pub struct Unknown(pub String);

impl std::fmt::Display for Unknown {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        // Quoted by hand: Debug formatting of a string is heavy in wasm.
        write!(f, "unknown value « {} »", self.0)
    }
}

#[cfg(test)]
mod tests {
    crate::by_name! {
        #[derive(Debug, Clone, Copy, PartialEq, Eq)]
        enum Colour {
            Red,
            /// A variant's comment is kept.
            DarkBlue,
        }
    }

    crate::by_name! {
        #[derive(Debug, Clone, Copy, PartialEq, Eq)]
        enum Lower {
            Verified => "verified",
        }
    }

    #[test]
    fn lists_its_variants_in_the_order_declared() {
        assert_eq!(Colour::VARIANTS, &[Colour::Red, Colour::DarkBlue]);
        assert_eq!(Lower::VARIANTS, &[Lower::Verified]);
    }

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
