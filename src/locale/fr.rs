//! French: the widget's words and the `fr-FR` number format. A no-break
//! space (U+00A0) goes before a colon or semicolon and inside « »; a
//! narrow one (U+202F) groups thousands and precedes the percent sign.

#[cfg(not(target_arch = "wasm32"))]
use super::HostWords;
#[cfg(any(feature = "all-kinds", not(target_arch = "wasm32")))]
use super::KindsWords;
#[cfg(any(feature = "story", not(target_arch = "wasm32")))]
use super::StoryWords;
use super::{Locale, SummaryWords, Words};

/// French (France): `91 400`, `15,2 %` (narrow no-break spaces).
pub static FR_FR: Locale = Locale {
    tag: "fr-FR",
    decimal: ",",
    group: "\u{202f}",
    percent_suffix: "\u{202f}%",
    minus: "\u{2212}",
    words: &WORDS,
};

/// The words of French.
pub static WORDS: Words = Words {
    lang: "fr",
    not_reported: "Non communiqué",
    unpublished: "Pas de donnée",
    total: "Total",
    source_prefix: "Source\u{a0}: ",
    notes_prefix: "Note\u{a0}: ",
    no_data: "Aucune donnée (total nul)",
    #[cfg(any(feature = "all-kinds", not(target_arch = "wasm32")))]
    kinds: KindsWords {
        each_square: "Chaque carré représente {n}",
        too_small_for_square: "Trop petit pour un carré\u{a0}: {tiers}",
        trend_needs_periods: "Une tendance demande au moins deux périodes\u{a0}; \
             affiché en barres empilées.",
    },
    shares_only: "Parts seulement\u{a0}: la source donne des pourcentages, pas des effectifs.",
    count: "Effectif",
    share: "Part",
    group: "Groupe",
    period: "Période",
    summary: SummaryWords {
        largest: "{group}\u{a0}: «\u{a0}{tier}\u{a0}» en tête, avec {share}.",
        mostly_not_reported: "{group}\u{a0}: majoritairement non communiqué, {share}.",
        mostly_not_reported_then_largest: "{group}\u{a0}: majoritairement non communiqué, \
             {unreported}\u{a0}; parmi les données communiquées, «\u{a0}{tier}\u{a0}» en tête, \
             avec {share}.",
        no_data: "{group}\u{a0}: aucune donnée (total nul).",
        many_groups: "{n} groupes, de «\u{a0}{first}\u{a0}» à «\u{a0}{last}\u{a0}»\u{a0}; \
             le tableau de données donne tous les chiffres.",
        #[cfg(any(feature = "story", not(target_arch = "wasm32")))]
        story: StoryWords {
            highlight: "Mis en avant\u{a0}: {what}.",
            reference: "Référence, {label}\u{a0}: «\u{a0}{tier}\u{a0}» {share}.",
            reference_row: "{label} (référence)",
        },
        name_scale: "De «\u{a0}{first}\u{a0}» à «\u{a0}{last}\u{a0}»",
        name_groups: "{scale}\u{a0}: {n} groupes",
        name_group: "{scale}\u{a0}: {group}",
    },
    // Only in native builds: the host's words are generated into
    // www/host/words.js; the wasm module never says them.
    #[cfg(not(target_arch = "wasm32"))]
    host: HostWords {
        failed: "Impossible d’afficher ce graphique",
        fetch: "Impossible de charger les données depuis {url}\u{a0}: {why}",
        bad_url: "L’attribut src n’accepte que des adresses http(s) ou des chemins relatifs.",
        no_data: "Aucune donnée\u{a0}: indiquez l’attribut src ou placez une balise \
             <script type=\"application/json\"> à l’intérieur.",
        bad_type: "le serveur a renvoyé {type}, et non du JSON",
        not_utf8: "le fichier n’est pas du texte UTF-8\u{a0}; enregistrez-le en UTF-8",
        too_large: "le fichier dépasse 5\u{a0}Mio, le maximum que lit un graphique",
        inline_cut: "Les données intégrées s’arrêtent trop tôt\u{a0}: un texte contient </script>, qui ferme le bloc de données. Écrivez < sous la forme \\u003c dans les chaînes JSON.",
        download: "Télécharger en {format}",
        internal: "Erreur interne lors du tracé du graphique.",
        load_failed: "Impossible de charger le code du graphique depuis {url}\u{a0}: {why}",
        chart: "Graphique",
        keys: "Utilisez les touches fléchées pour entendre chaque valeur (gauche et droite \
             dans un groupe, haut et bas d’un groupe à l’autre), Début et Fin pour la première \
             et la dernière d’un groupe, Ctrl+Début et Ctrl+Fin pour celles du graphique\u{a0}; \
             Entrée pour mettre une catégorie en évidence\u{a0}; Échap pour l’annuler\u{a0}; \
             Tab pour quitter le graphique.",
        // Short, so that the row of reader tools fits one line from 300 px
        // (tests/e2e/static.test.mjs): the copy's swap moves nothing.
        show_data: "Voir les données",
        hide_data: "Masquer les données",
        emphasised: "Mise en évidence\u{a0}: {tier}",
        cleared: "Mise en évidence annulée",
        attribute: "L’attribut {name}=\"{value}\" de <rating-chart>",
    },
};
