// Generated from the Rust core (src/locale/); do not edit. Regenerate: UPDATE_GENERATED=1 cargo test --test host_words

/** The host's words per language (the key is a locale's language
 *  subtag); `{name}` in a value is a placeholder. The words only an
 *  error box says are in error-words.js. */
export const WORDS = {
  vi: {
    "failed": "Không thể vẽ biểu đồ này",
    "download": "Tải xuống {format}",
    "loadFailed": "Không tải được mã của biểu đồ từ {url}: {why}",
    "chart": "Biểu đồ",
    "keys": "Dùng các phím mũi tên để nghe từng số liệu (trái, phải trong một nhóm; lên, xuống giữa các nhóm), Home và End đến đầu và cuối nhóm, Ctrl+Home và Ctrl+End đến đầu và cuối biểu đồ; Enter để làm nổi bật một mức; Esc để bỏ làm nổi bật; Tab để rời biểu đồ.",
    "showData": "Hiện bảng số liệu",
    "hideData": "Ẩn bảng số liệu",
    "group": "Nhóm",
    "total": "Tổng",
    "emphasised": "Đang làm nổi bật: {tier}",
    "cleared": "Đã bỏ làm nổi bật"
  },
  en: {
    "failed": "This chart cannot be drawn",
    "download": "Download {format}",
    "loadFailed": "Could not load the chart's code from {url}: {why}",
    "chart": "Chart",
    "keys": "Use the arrow keys to hear each figure (left and right within a group, up and down between groups), Home and End for a group's first and last, Ctrl+Home and Ctrl+End for the chart's; Enter to emphasise a tier; Escape to clear it; Tab to leave the chart.",
    "showData": "Show data table",
    "hideData": "Hide data table",
    "group": "Group",
    "total": "Total",
    "emphasised": "Emphasised: {tier}",
    "cleared": "Emphasis cleared"
  },
  fr: {
    "failed": "Impossible d’afficher ce graphique",
    "download": "Télécharger en {format}",
    "loadFailed": "Impossible de charger le code du graphique depuis {url}\u00a0: {why}",
    "chart": "Graphique",
    "keys": "Utilisez les touches fléchées pour entendre chaque valeur (gauche et droite dans un groupe, haut et bas d’un groupe à l’autre), Début et Fin pour la première et la dernière d’un groupe, Ctrl+Début et Ctrl+Fin pour celles du graphique\u00a0; Entrée pour mettre une catégorie en évidence\u00a0; Échap pour l’annuler\u00a0; Tab pour quitter le graphique.",
    "showData": "Voir les données",
    "hideData": "Masquer les données",
    "group": "Groupe",
    "total": "Total",
    "emphasised": "Mise en évidence\u00a0: {tier}",
    "cleared": "Mise en évidence annulée"
  },
  de: {
    "failed": "Dieses Diagramm kann nicht gezeichnet werden",
    "download": "{format} herunterladen",
    "loadFailed": "Der Code des Diagramms konnte nicht von {url} geladen werden: {why}",
    "chart": "Diagramm",
    "keys": "Mit den Pfeiltasten hören Sie jeden Wert (links und rechts innerhalb einer Gruppe, auf und ab zwischen den Gruppen), mit Pos1 und Ende den ersten und letzten einer Gruppe, mit Strg+Pos1 und Strg+Ende den ersten und letzten des Diagramms; mit der Eingabetaste heben Sie eine Stufe hervor, mit Esc heben Sie die Hervorhebung auf; mit Tab verlassen Sie das Diagramm.",
    "showData": "Tabelle anzeigen",
    "hideData": "Tabelle ausblenden",
    "group": "Gruppe",
    "total": "Gesamt",
    "emphasised": "Hervorgehoben: {tier}",
    "cleared": "Hervorhebung aufgehoben"
  }
};
