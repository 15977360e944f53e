//! Ids of mentions and events: strings on disk and in exports (serde sees the string), types
//! of their own in the code, so that a mention's id is never passed where an event's is meant.

use serde::{Deserialize, Serialize};

/// Declares a string id type: read as `&str` (`Deref`), compared with strings, printed as is.
macro_rules! string_id {
    ($(#[$doc:meta])* $name:ident) => {
        $(#[$doc])*
        #[derive(Debug, Clone, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
        #[serde(transparent)]
        pub struct $name(pub String);

        impl std::ops::Deref for $name {
            type Target = str;
            fn deref(&self) -> &str {
                &self.0
            }
        }

        impl std::borrow::Borrow<str> for $name {
            fn borrow(&self) -> &str {
                &self.0
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(&self.0)
            }
        }

        impl From<String> for $name {
            fn from(s: String) -> Self {
                $name(s)
            }
        }

        impl From<&str> for $name {
            fn from(s: &str) -> Self {
                $name(s.to_string())
            }
        }

        impl PartialEq<str> for $name {
            fn eq(&self, other: &str) -> bool {
                self.0 == other
            }
        }

        impl PartialEq<&str> for $name {
            fn eq(&self, other: &&str) -> bool {
                self.0 == *other
            }
        }

        impl PartialEq<String> for $name {
            fn eq(&self, other: &String) -> bool {
                &self.0 == other
            }
        }
    };
}

string_id!(
    /// Stable id of a mention: a hash of the document's content, the paragraph and the offsets
    /// of the time expression, printed in hex (`user-…` for an event the analyst added).
    MentionId
);

string_id!(
    /// Stable id of an event: the id of its earliest mention, prefixed `ev-`.
    EventId
);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_id_is_its_string_on_disk() {
        let id = MentionId::from("3fa2");
        assert_eq!(serde_json::to_string(&id).unwrap(), "\"3fa2\"");
        assert_eq!(serde_json::from_str::<MentionId>("\"3fa2\"").unwrap(), id);
        assert_eq!(id, "3fa2");
        assert_eq!(id.to_string(), "3fa2");
    }
}
