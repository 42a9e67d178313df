//! Text that is not JSON: what is wrong ([`Syntax`]) and where
//! ([`SyntaxError`]), from serde_json's error.

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

impl Syntax {
    /// Classifies a serde_json message (without its position).
    pub fn from_serde(detail: &str) -> Syntax {
        match detail {
            "EOF while parsing a value" => Syntax::EofValue,
            "EOF while parsing a list" => Syntax::EofList,
            "EOF while parsing an object" => Syntax::EofObject,
            "EOF while parsing a string" => Syntax::EofString,
            "expected `:`" => Syntax::ExpectedColon,
            "expected `,` or `]`" => Syntax::ExpectedCommaOrBracket,
            "expected `,` or `}`" => Syntax::ExpectedCommaOrBrace,
            "expected ident" => Syntax::ExpectedIdent,
            "expected value" => Syntax::ExpectedValue,
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

/// Locates and classifies a serde_json error in `text`.
pub(super) fn describe(text: &str, e: &serde_json::Error) -> SyntaxError {
    // serde_json's words only word a message: a build without message
    // words (the reader's module) leaves them out, and with them their
    // code (1.1 KB gzip).
    #[cfg(feature = "messages")]
    let msg = e.to_string();
    #[cfg(not(feature = "messages"))]
    let msg = String::new();
    // serde_json appends " at line L column C"; we say it our way.
    let detail = msg.split(" at line ").next().unwrap_or(&msg);
    let line = e.line().max(1);
    // The error's byte offset: serde_json counts lines by '\n' and columns
    // in bytes from 1 (0 before the first byte of a line).
    let line_start = if line == 1 {
        0
    } else {
        text.match_indices('\n')
            .nth(line - 2)
            .map_or(text.len(), |(i, _)| i + 1)
    };
    let at = (line_start + e.column().saturating_sub(1)).min(text.len());
    let bytes = text.as_bytes();
    let column = 1 + bytes
        .get(line_start..at)
        .map_or(0, |s| s.iter().filter(|&&b| (b & 0xc0) != 0x80).count());
    let rest = bytes.get(at..).unwrap_or_default();
    let too_deep = too_deep_at(bytes, at);
    let mut kind = Syntax::from_serde(detail);
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

/// serde_json's recursion limit: the 128th list or object open at once.
const RECURSION_LIMIT: usize = 128;

/// Whether serde_json stopped at byte `at` for its recursion limit: the
/// text before it is valid JSON so far with one list or object fewer than
/// the limit open, and where a value goes, another starts at `at`. (Read
/// from the text, not from serde_json's message, which the reader's
/// module does not have.)
fn too_deep_at(bytes: &[u8], at: usize) -> bool {
    if !matches!(bytes.get(at), Some(b'[' | b'{')) {
        return false;
    }
    let mut open: Vec<u8> = Vec::new();
    let (mut in_string, mut escaped) = (false, false);
    // The last byte outside strings that is not white space (`"` for a
    // string).
    let mut last = 0u8;
    for &b in bytes.get(..at).unwrap_or_default() {
        if in_string {
            if escaped {
                escaped = false;
            } else if b == b'\\' {
                escaped = true;
            } else if b == b'"' {
                in_string = false;
            }
            continue;
        }
        match b {
            b'"' => in_string = true,
            b'[' | b'{' => open.push(b),
            b']' | b'}' => {
                open.pop();
            }
            _ => {}
        }
        if !b.is_ascii_whitespace() {
            last = b;
        }
    }
    open.len() + 1 == RECURSION_LIMIT
        && match last {
            b'[' | b':' => true,
            b',' => open.last() == Some(&b'['),
            _ => false,
        }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::parse::parse;

    fn err(text: &str) -> SyntaxError {
        parse(text).unwrap_err()
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
        ] {
            let e = serde_json::from_str::<serde_json::Value>(text).unwrap_err();
            let msg = e.to_string();
            let detail = msg.split(" at line ").next().unwrap_or(&msg);
            assert!(
                !matches!(Syntax::from_serde(detail), Syntax::Other(_)),
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
