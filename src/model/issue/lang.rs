//! The language of issue messages.

use serde::Serialize;

/// The language of issue messages.
#[derive(Serialize, Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    /// Vietnamese, the language of the format's default locale (`vi-VN`).
    Vi,
    /// English.
    En,
}

impl Lang {
    /// Parses `vi` or `en`, or a language tag starting with either
    /// (`vi-VN`, `en_GB`), in any case. Anything else is `None`.
    pub fn parse(s: &str) -> Option<Lang> {
        let lang = s.trim().split(['-', '_']).next().unwrap_or("");
        if lang.eq_ignore_ascii_case("vi") {
            Some(Lang::Vi)
        } else if lang.eq_ignore_ascii_case("en") {
            Some(Lang::En)
        } else {
            None
        }
    }

    /// The message language for a resolved locale tag: Vietnamese for
    /// Vietnamese locales, English for every other.
    pub fn for_locale_tag(tag: &str) -> Lang {
        if Lang::parse(tag) == Some(Lang::Vi) {
            Lang::Vi
        } else {
            Lang::En
        }
    }

    /// `"vi"` or `"en"`.
    pub fn code(self) -> &'static str {
        match self {
            Lang::Vi => "vi",
            Lang::En => "en",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lang_parses_codes_and_tags() {
        assert_eq!(Lang::parse("vi"), Some(Lang::Vi));
        assert_eq!(Lang::parse("VI-vn"), Some(Lang::Vi));
        assert_eq!(Lang::parse("en_GB"), Some(Lang::En));
        assert_eq!(Lang::parse("fr"), None);
        assert_eq!(Lang::parse(""), None);
        assert_eq!(Lang::for_locale_tag("de-DE"), Lang::En);
        assert_eq!(Lang::for_locale_tag("vi-VN"), Lang::Vi);
    }
}
