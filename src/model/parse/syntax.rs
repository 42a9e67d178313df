//! Text that is not JSON: what is wrong ([`Syntax`]) and where
//! ([`SyntaxError`]), from where the reader (`read.rs`) stopped.

/// What is wrong with text that is not valid JSON.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Syntax {
    /// Nothing but white space.
    Empty,
    /// The text ends where a value was expected.
    EofValue,
    /// The text ends inside a list.
    EofList,
    /// The text ends inside an object.
    EofObject,
    /// The text ends inside a string.
    EofString,
    /// No `:` after a key.
    ExpectedColon,
    /// No `,` or `]` after a list item.
    ExpectedCommaOrBracket,
    /// No `,` or `}` after a field.
    ExpectedCommaOrBrace,
    /// A bare word other than `true`, `false`, `null`.
    ExpectedIdent,
    /// No value where one was expected.
    ExpectedValue,
    /// A string in single quotes.
    SingleQuote,
    /// A byte order mark (U+FEFF) after the first one, or inside the data.
    ByteOrderMark,
    /// A `//` or `/* */` comment.
    Comment,
    /// `NaN`, `Infinity` or `-Infinity`.
    NonFinite(&'static str),
    /// A key that is not a string.
    KeyMustBeString,
    /// A comma before `]` or `}`.
    TrailingComma,
    /// More text after the document.
    TrailingCharacters,
    /// A malformed number.
    InvalidNumber,
    /// A number beyond the range of a double.
    NumberOutOfRange,
    /// A bad `\` escape.
    InvalidEscape,
    /// A bad `\u` escape or a lone surrogate.
    InvalidUnicode,
    /// A raw control character inside a string.
    ControlInString,
    /// Anything else: the parser's own words (English).
    Other(String),
}

/// Why the text is not JSON.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SyntaxError {
    /// What is wrong.
    pub kind: Syntax,
    /// Nesting beyond the recursion limit (then `kind` is not meaningful).
    pub too_deep: bool,
    /// 1-based line.
    pub line: usize,
    /// 1-based column, in characters.
    pub column: usize,
}

/// Locates and classifies where the reader stopped: `kind` at `pos`, which
/// counts bytes as serde_json does (up to and including the offending one,
/// or the text's length at its end).
pub(super) fn locate(text: &str, mut kind: Syntax, pos: usize, too_deep: bool) -> SyntaxError {
    let bytes = text.as_bytes();
    let before = bytes.get(..pos).unwrap_or(bytes);
    let line_start = before
        .iter()
        .rposition(|&b| b == b'\n')
        .map_or(0, |i| i + 1);
    let line = 1 + before[..line_start].iter().filter(|&&b| b == b'\n').count();
    // The offending byte: the last one counted, or the line's first.
    let at = line_start + (before.len() - line_start).saturating_sub(1);
    let column = 1 + bytes
        .get(line_start..at)
        .map_or(0, |s| s.iter().filter(|&&b| (b & 0xc0) != 0x80).count());
    let rest = bytes.get(at..).unwrap_or_default();
    if text.trim().is_empty() {
        kind = Syntax::Empty;
    } else if matches!(
        kind,
        Syntax::ExpectedValue | Syntax::KeyMustBeString | Syntax::InvalidNumber
    ) {
        // Name the usual suspects: Python/JS habits that JSON does not allow.
        let before = at.checked_sub(1).and_then(|i| bytes.get(i));
        if rest.starts_with(b"'") {
            kind = Syntax::SingleQuote;
        } else if rest.starts_with("\u{feff}".as_bytes()) {
            kind = Syntax::ByteOrderMark;
        } else if rest.starts_with(b"//") || rest.starts_with(b"/*") {
            kind = Syntax::Comment;
        } else if kind == Syntax::KeyMustBeString {
            // An unquoted key, whatever it says.
        } else if rest.starts_with(b"NaN") {
            kind = Syntax::NonFinite("NaN");
        } else if rest.starts_with(b"Infinity") {
            kind = Syntax::NonFinite(match before {
                Some(b'-') => "-Infinity",
                _ => "Infinity",
            });
        }
    }
    SyntaxError {
        kind,
        too_deep,
        line,
        column,
    }
}

#[cfg(test)]
pub(super) mod tests {
    use super::*;
    use crate::model::parse::parse;

    fn err(text: &str) -> SyntaxError {
        parse(text).unwrap_err()
    }

    /// What serde_json's message says, as a [`Syntax`].
    fn serde_kind(detail: &str) -> Syntax {
        match detail {
            "EOF while parsing a value" => Syntax::EofValue,
            "EOF while parsing a list" => Syntax::EofList,
            "EOF while parsing an object" => Syntax::EofObject,
            "EOF while parsing a string" => Syntax::EofString,
            "expected `:`" => Syntax::ExpectedColon,
            "expected `,` or `]`" => Syntax::ExpectedCommaOrBracket,
            "expected `,` or `}`" => Syntax::ExpectedCommaOrBrace,
            "expected ident" => Syntax::ExpectedIdent,
            "expected value" | "recursion limit exceeded" => Syntax::ExpectedValue,
            "key must be a string" => Syntax::KeyMustBeString,
            "trailing comma" => Syntax::TrailingComma,
            "trailing characters" => Syntax::TrailingCharacters,
            "invalid number" => Syntax::InvalidNumber,
            "number out of range" => Syntax::NumberOutOfRange,
            "invalid escape" => Syntax::InvalidEscape,
            "invalid unicode code point"
            | "lone leading surrogate in hex escape"
            | "unexpected end of hex escape" => Syntax::InvalidUnicode,
            "control character (\\u0000-\\u001F) found while parsing a string" => {
                Syntax::ControlInString
            }
            other => Syntax::Other(other.to_string()),
        }
    }

    /// serde_json's error `e` for `text`, as our reader reports it.
    pub(in crate::model::parse) fn as_serde_json_says(
        text: &str,
        e: &serde_json::Error,
    ) -> SyntaxError {
        let msg = e.to_string();
        let detail = msg.split(" at line ").next().unwrap_or(&msg);
        // serde_json counts lines by '\n' and columns in bytes from 1 (0
        // before a line's first byte).
        let line_start = if e.line() <= 1 {
            0
        } else {
            text.match_indices('\n')
                .nth(e.line() - 2)
                .map_or(text.len(), |(i, _)| i + 1)
        };
        let too_deep = detail == "recursion limit exceeded";
        locate(text, serde_kind(detail), line_start + e.column(), too_deep)
    }

    #[test]
    fn serde_messages_are_all_classified() {
        for text in [
            "",
            "[",
            "{",
            "\"",
            "{\"a\" 1}",
            "[1 2]",
            "{\"a\":1 \"b\":2}",
            "[tru]",
            "[x]",
            "{a:1}",
            "[1,]",
            "[1] x",
            "[01]",
            "[1e400]",
            "[\"\\x\"]",
            "[\"\\ud800\"]",
            "[\"\u{1}\"]",
            "{\"a\":",
            &"[".repeat(200),
        ] {
            let e = serde_json::from_str::<serde_json::Value>(text).unwrap_err();
            let msg = e.to_string();
            let detail = msg.split(" at line ").next().unwrap_or(&msg);
            assert!(
                !matches!(serde_kind(detail), Syntax::Other(_)),
                "{text:?}: {detail}"
            );
        }
    }

    #[test]
    fn non_finite_with_another_syntax_error_reports_the_first_problem() {
        let e = err("{\"a\": NaN,}");
        assert_eq!((e.kind, e.line, e.column), (Syntax::NonFinite("NaN"), 1, 7));
        // As a key, a bare token is just a syntax error.
        let e = err("{\"version\": 1, NaN: 2}");
        assert_eq!((e.kind, e.column), (Syntax::KeyMustBeString, 16));
        let e = err("{\"a\": 1,\n \"b\": -Infinity,}");
        assert_eq!(e.kind, Syntax::NonFinite("-Infinity"));
        assert_eq!((e.line, e.column), (2, 8));
    }

    #[test]
    fn columns_count_characters_not_bytes() {
        let e = err("{\"Đảng viên\": ả}");
        assert_eq!((e.line, e.column), (1, 15));
        assert_eq!(e.kind, Syntax::ExpectedValue);
    }

    #[test]
    fn common_mistakes_are_named() {
        assert_eq!(err("{'a': 1}").kind, Syntax::SingleQuote);
        assert_eq!(err("{\"a\": 'x'}").kind, Syntax::SingleQuote);
        assert_eq!(err("{// c\n}").kind, Syntax::Comment);
        assert_eq!(err("[/* c */ 1]").kind, Syntax::Comment);
        assert_eq!(err("   ").kind, Syntax::Empty);
        assert_eq!(err("\u{feff}{}").kind, Syntax::ByteOrderMark);
        assert_eq!(err("").kind, Syntax::Empty);
        assert_eq!(err("[1,]").kind, Syntax::TrailingComma);
        assert!(err(&"[".repeat(200)).too_deep);
    }

    /// Reading the recursion limit from the text agrees with serde_json's
    /// message, also for syntax errors at a bracket that deep.
    #[test]
    fn too_deep_as_serde_json_says() {
        let opens = ["[", "{\"a\":", "[{\"k\\\"[\":", "[ \"[{\", "];
        let tails = [
            "[",
            "{",
            "[1]",
            " [",
            "1 [",
            "\"x\" {",
            "{[",
            "{\"a\" [",
            "{\"a\":1, [",
            "[1, [",
            "{\"a\": {",
            "]",
            "[]",
            "",
        ];
        let mut seen = [0; 2];
        for n in [1, 2, 120, 126, 127, 128, 129, 200] {
            for (i, open) in opens.iter().enumerate() {
                for tail in tails {
                    // Every other level a different opener, to mix lists and objects.
                    let mut text = String::new();
                    for level in 0..n {
                        text.push_str(if level % 2 == 0 {
                            open
                        } else {
                            opens[(i + 1) % opens.len()]
                        });
                    }
                    text.push_str(tail);
                    let Err(e) = serde_json::from_str::<serde_json::Value>(&text) else {
                        continue;
                    };
                    let msg = e.to_string();
                    let said = msg.starts_with("recursion limit exceeded");
                    assert_eq!(err(&text).too_deep, said, "{n} {open:?} {tail:?}: {msg}");
                    seen[usize::from(said)] += 1;
                }
            }
        }
        assert!(seen[0] > 100 && seen[1] > 100, "{seen:?}");
    }
}
