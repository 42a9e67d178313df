//! German: the widget's words and the `de-DE` number format.

#[cfg(not(target_arch = "wasm32"))]
use super::HostWords;
#[cfg(any(feature = "all-kinds", not(target_arch = "wasm32")))]
use super::KindsWords;
#[cfg(any(feature = "story", not(target_arch = "wasm32")))]
use super::StoryWords;
use super::{Locale, SummaryWords, Words};

/// German (Germany): `91.400`, `15,2 %`.
pub static DE_DE: Locale = Locale {
    tag: "de-DE",
    decimal: ",",
    group: ".",
    percent_suffix: "\u{a0}%",
    minus: "\u{2212}",
    words: &WORDS,
};

/// The words of German.
pub static WORDS: Words = Words {
    lang: "de",
    not_reported: "Keine Angabe",
    unpublished: "Keine Daten",
    total: "Gesamt",
    source_prefix: "Quelle: ",
    notes_prefix: "Anmerkung: ",
    no_data: "Keine Daten (Summe 0)",
    #[cfg(any(feature = "all-kinds", not(target_arch = "wasm32")))]
    kinds: KindsWords {
        each_square: "Jedes Quadrat steht für {n}",
        too_small_for_square: "Zu klein für ein Quadrat: {tiers}",
        trend_needs_periods: "Ein Verlauf braucht mindestens zwei Zeiträume; \
             als gestapelte Balken gezeigt.",
    },
    shares_only: "Nur Anteile: Die Quelle nennt Prozente, keine Anzahlen.",
    count: "Anzahl",
    share: "Anteil",
    group: "Gruppe",
    period: "Zeitraum",
    summary: SummaryWords {
        largest: "{group}: am häufigsten „{tier}“, {share}.",
        mostly_not_reported: "{group}: überwiegend keine Angabe, {share}.",
        mostly_not_reported_then_largest: "{group}: überwiegend keine Angabe, {unreported}; \
             unter den Angaben am häufigsten „{tier}“, {share}.",
        no_data: "{group}: keine Daten (Summe 0).",
        many_groups: "{n} Gruppen, von „{first}“ bis „{last}“; \
             alle Zahlen stehen in der Datentabelle.",
        #[cfg(any(feature = "story", not(target_arch = "wasm32")))]
        story: StoryWords {
            highlight: "Im Fokus: {what}.",
            reference: "Vergleichswert, {label}: „{tier}“ {share}.",
            reference_row: "{label} (Vergleichswert)",
        },
        name_scale: "Von „{first}“ bis „{last}“",
        name_groups: "{scale}: {n} Gruppen",
        name_group: "{scale}: {group}",
    },
    // Only in native builds: the host's words are generated into
    // www/host/words.js; the wasm module never says them.
    #[cfg(not(target_arch = "wasm32"))]
    host: HostWords {
        failed: "Dieses Diagramm kann nicht gezeichnet werden",
        fetch: "Die Daten konnten nicht von {url} geladen werden: {why}",
        bad_url: "Das Attribut src akzeptiert nur http(s)-Adressen oder relative Pfade.",
        no_data: "Keine Daten: Setzen Sie das Attribut src oder fügen Sie ein \
             <script type=\"application/json\"> ein.",
        bad_type: "Der Server lieferte {type}, kein JSON",
        not_utf8: "Die Datei ist kein UTF-8-Text; speichern Sie sie als UTF-8",
        too_large: "Die Datei ist größer als 5 MiB, das Maximum für ein Diagramm",
        inline_cut: "Die eingebetteten Daten enden zu früh: Ein Text darin enthält </script>, was den Datenblock schließt. Schreiben Sie < in JSON-Zeichenketten als \\u003c.",
        download: "{format} herunterladen",
        internal: "Interner Fehler beim Zeichnen des Diagramms.",
        load_failed: "Der Code des Diagramms konnte nicht von {url} geladen werden: {why}",
        chart: "Diagramm",
        keys: "Mit den Pfeiltasten hören Sie jeden Wert (links und rechts innerhalb einer \
             Gruppe, auf und ab zwischen den Gruppen), mit Pos1 und Ende den ersten und \
             letzten einer Gruppe, mit Strg+Pos1 und Strg+Ende den ersten und letzten des \
             Diagramms; mit der Eingabetaste heben Sie eine Stufe hervor, mit Esc heben Sie \
             die Hervorhebung auf; mit Tab verlassen Sie das Diagramm.",
        // Short, so that the row of reader tools fits one line from 300 px
        // (tests/e2e/static.test.mjs): the copy's swap moves nothing.
        show_data: "Tabelle anzeigen",
        hide_data: "Tabelle ausblenden",
        emphasised: "Hervorgehoben: {tier}",
        cleared: "Hervorhebung aufgehoben",
        attribute: "Das Attribut {name}=\"{value}\" von <rating-chart>",
    },
};
