//! How each value reads and writes itself as JSON (`FromJson`, `ToJson`), a struct's fields
//! (`json_struct!`, which declares the struct too): the other half of `json.rs`,
//! whose paths (`engine::json::…`) they keep.

use std::fmt::Write;

use crate::json::{write_string, Json};

/// A value read from JSON; `None` when the JSON is not of its form.
pub trait FromJson: Sized {
    fn from_json(value: &Json) -> Option<Self>;
}

/// A value written as JSON.
pub trait ToJson {
    fn write_json(&self, out: &mut String);

    fn to_json(&self) -> String {
        let mut out = String::new();
        self.write_json(&mut out);
        out
    }
}

impl FromJson for String {
    fn from_json(value: &Json) -> Option<Self> {
        match value {
            Json::String(s) => Some(s.clone()),
            _ => None,
        }
    }
}

impl ToJson for String {
    fn write_json(&self, out: &mut String) {
        write_string(out, self);
    }
}

impl FromJson for bool {
    fn from_json(value: &Json) -> Option<Self> {
        match value {
            Json::Bool(b) => Some(*b),
            _ => None,
        }
    }
}

impl ToJson for bool {
    fn write_json(&self, out: &mut String) {
        out.push_str(if *self { "true" } else { "false" });
    }
}

/// A whole number in range: « 1.0 », « 1e3 » or « -1 » is no count, and « -0 » is 0, as
/// serde's reader says.
fn whole<T: TryFrom<i64>>(value: &Json) -> Option<T> {
    match value {
        Json::Number(text) if text.bytes().all(|b| b == b'-' || b.is_ascii_digit()) => {
            text.parse::<i64>().ok()?.try_into().ok()
        }
        _ => None,
    }
}

/// Counts: read whole and in range, written as digits.
macro_rules! whole_numbers {
    ($($ty:ty),+) => {$(
        impl FromJson for $ty {
            fn from_json(value: &Json) -> Option<Self> {
                whole(value)
            }
        }

        impl ToJson for $ty {
            fn write_json(&self, out: &mut String) {
                let _ = write!(out, "{self}");
            }
        }
    )+};
}
whole_numbers!(u32, i32, usize);

impl<T: FromJson> FromJson for Option<T> {
    fn from_json(value: &Json) -> Option<Self> {
        match value {
            Json::Null => Some(None),
            v => T::from_json(v).map(Some),
        }
    }
}

impl<T: ToJson> ToJson for Option<T> {
    fn write_json(&self, out: &mut String) {
        match self {
            None => out.push_str("null"),
            Some(v) => v.write_json(out),
        }
    }
}

impl<T: FromJson> FromJson for Vec<T> {
    fn from_json(value: &Json) -> Option<Self> {
        match value {
            Json::Array(items) => items.iter().map(T::from_json).collect(),
            _ => None,
        }
    }
}

impl<T: ToJson> ToJson for Vec<T> {
    fn write_json(&self, out: &mut String) {
        out.push('[');
        for (k, item) in self.iter().enumerate() {
            if k > 0 {
                out.push(',');
            }
            item.write_json(out);
        }
        out.push(']');
    }
}

/// Reads `key` of `object` into `slot` when present; `None` when present but of another form.
pub fn read_field<T: FromJson>(object: &Json, key: &str, slot: &mut T) -> Option<()> {
    if let Some(value) = object.get(key) {
        *slot = T::from_json(value)?;
    }
    Some(())
}

/// Reads `key` of `object`, which must be there.
pub fn required<T: FromJson>(object: &Json, key: &str) -> Option<T> {
    T::from_json(object.get(key)?)
}

/// Writes `"key":value`, after a comma unless it is the object's first field.
pub fn write_field<T: ToJson>(out: &mut String, first: bool, key: &str, value: &T) {
    if !first {
        out.push(',');
    }
    write_string(out, key);
    out.push(':');
    value.write_json(out);
}

/// A value of a file read strictly (the rates file): a field the app does not know may mean
/// what it cannot do, so it refuses the file, and the error names the field. `json_struct!
/// { strict; … }` gives a struct its reader.
pub trait FromJsonStrictly: Sized {
    /// An empty error when the value is not of its form (the field holding it names itself).
    fn from_json_strictly(value: &Json) -> Result<Self, String>;
}

impl<T: FromJson> FromJsonStrictly for Option<T> {
    fn from_json_strictly(value: &Json) -> Result<Self, String> {
        Self::from_json(value).ok_or_else(String::new)
    }
}

impl<T: FromJsonStrictly> FromJsonStrictly for Vec<T> {
    fn from_json_strictly(value: &Json) -> Result<Self, String> {
        match value {
            Json::Array(items) => items.iter().map(T::from_json_strictly).collect(),
            _ => Err(String::new()),
        }
    }
}

/// Values a strict file holds as they are, read as `FromJson` reads them.
#[macro_export]
macro_rules! json_strict_as_read {
    ($($ty:ty),+) => {$(
        impl $crate::json::FromJsonStrictly for $ty {
            fn from_json_strictly(value: &$crate::json::Json) -> Result<Self, String> {
                <$ty as $crate::json::FromJson>::from_json(value).ok_or_else(String::new)
            }
        }
    )+};
}
json_strict_as_read!(String, u32);

/// An object whose fields are all in `known`; the error names the first unknown one.
pub fn only_fields(value: &Json, known: &[&str]) -> Result<(), String> {
    let Json::Object(fields) = value else {
        return Err("un objet était attendu".into());
    };
    match fields
        .iter()
        .find(|(key, _)| !known.contains(&key.as_str()))
    {
        Some((key, _)) => Err(format!("champ inconnu « {key} »")),
        None => Ok(()),
    }
}

/// Reads `key` strictly: it must be there and of its form; the error names the field, or
/// what is wrong inside it.
pub fn field_strictly<T: FromJsonStrictly>(object: &Json, key: &str) -> Result<T, String> {
    let absent = || format!("champ « {key} » absent ou mal formé");
    let value = object.get(key).ok_or_else(absent)?;
    T::from_json_strictly(value).map_err(|e| if e.is_empty() { absent() } else { e })
}

/// `json_struct!` declares a struct and how it reads and writes itself as JSON, so each field
/// is written once. The fields go out in the order declared, as serde's derive writes them.
///
/// - `json_struct! { #[derive(Default, …)] pub struct T { pub a: A, pub b: B [required] } }`:
///   a missing field keeps the value `T::default()` gives it (as `#[serde(default)]` reads),
///   but one marked `[required]` must be there, or the object is no `T`.
/// - `json_struct! { required; pub struct T { … } }`: every field required, no `Default`.
///
/// Unknown fields are skipped; a field of another form makes the whole object no `T`.
///
/// - `json_struct! { strict; pub struct T { pub a: A, pub b: Option<B> [optional] } }`: read
///   by `FromJsonStrictly`, for files whose unknown fields refuse them (the rates file); every
///   field required but those marked `[optional]`, which may be absent. No writer: the native
///   tools write such files with serde, whose attributes the fields may carry.
#[macro_export]
macro_rules! json_struct {
    (
        strict;
        $(#[$meta:meta])*
        $vis:vis struct $ty:ident {
            $($(#[$fmeta:meta])* $fvis:vis $field:ident : $fty:ty $([$opt:ident])?),+ $(,)?
        }
    ) => {
        $(#[$meta])*
        $vis struct $ty {
            $($(#[$fmeta])* $fvis $field: $fty),+
        }
        impl $crate::json::FromJsonStrictly for $ty {
            fn from_json_strictly(value: &$crate::json::Json) -> Result<Self, String> {
                $crate::json::only_fields(value, &[$(stringify!($field)),+])?;
                Ok($ty {
                    $($field: $crate::__json_read_strictly!(value, $field $($opt)?)),+
                })
            }
        }
    };
    (
        required;
        $(#[$meta:meta])*
        $vis:vis struct $ty:ident {
            $($(#[$fmeta:meta])* $fvis:vis $field:ident : $fty:ty),+ $(,)?
        }
    ) => {
        $crate::__json_declare!($(#[$meta])* $vis struct $ty { $($(#[$fmeta])* $fvis $field: $fty),+ });
        impl $crate::json::FromJson for $ty {
            fn from_json(value: &$crate::json::Json) -> Option<Self> {
                Some($ty {
                    $($field: $crate::json::required(value, stringify!($field))?),+
                })
            }
        }
    };
    (
        $(#[$meta:meta])*
        $vis:vis struct $ty:ident {
            $($(#[$fmeta:meta])* $fvis:vis $field:ident : $fty:ty $([$req:ident])?),+ $(,)?
        }
    ) => {
        $crate::__json_declare!($(#[$meta])* $vis struct $ty { $($(#[$fmeta])* $fvis $field: $fty),+ });
        impl $crate::json::FromJson for $ty {
            fn from_json(value: &$crate::json::Json) -> Option<Self> {
                if !matches!(value, $crate::json::Json::Object(_)) {
                    return None;
                }
                let mut this = <$ty>::default();
                $($crate::__json_read!(value, this, $field $($req)?);)+
                Some(this)
            }
        }
    };
}

/// The struct `json_struct!` declares, and its writer: `{"a":…,"b":…}`, fields in the order
/// declared.
#[doc(hidden)]
#[macro_export]
macro_rules! __json_declare {
    ($(#[$meta:meta])* $vis:vis struct $ty:ident {
        $($(#[$fmeta:meta])* $fvis:vis $field:ident : $fty:ty),+
    }) => {
        $(#[$meta])*
        $vis struct $ty {
            $($(#[$fmeta])* $fvis $field: $fty),+
        }
        $crate::__json_write!($ty { $($field),+ });
    };
}

/// One field read by `json_struct! { strict; … }`: required, unless optional.
#[doc(hidden)]
#[macro_export]
macro_rules! __json_read_strictly {
    ($value:ident, $field:ident) => {
        $crate::json::field_strictly($value, stringify!($field))?
    };
    ($value:ident, $field:ident optional) => {
        match $value.get(stringify!($field)) {
            None => None,
            Some(_) => $crate::json::field_strictly($value, stringify!($field))?,
        }
    };
}

/// One field read by `json_struct!`: kept at its default when missing, unless required.
#[doc(hidden)]
#[macro_export]
macro_rules! __json_read {
    ($value:ident, $this:ident, $field:ident) => {
        $crate::json::read_field($value, stringify!($field), &mut $this.$field)?
    };
    ($value:ident, $this:ident, $field:ident required) => {
        $this.$field = $crate::json::required($value, stringify!($field))?
    };
}

/// The writer `json_struct!` gives a struct: `{"a":…,"b":…}`, fields in the order declared.
#[doc(hidden)]
#[macro_export]
macro_rules! __json_write {
    ($ty:ident { $first:ident $(, $field:ident)* }) => {
        impl $crate::json::ToJson for $ty {
            fn write_json(&self, out: &mut String) {
                out.push('{');
                $crate::json::write_field(out, true, stringify!($first), &self.$first);
                $($crate::json::write_field(out, false, stringify!($field), &self.$field);)*
                out.push('}');
            }
        }
    };
}
