// Generated from the Rust core (src/locale/); do not edit. Regenerate: UPDATE_GENERATED=1 cargo test --test host_words

/** The words only an error box says, per language (the key is a
 *  locale's language subtag); `{name}` in a value is a placeholder.
 *  Imported when a chart must show an error box. */
export const ERROR_WORDS = {
  vi: {
    "fetch": "Không tải được dữ liệu từ {url}: {why}",
    "badUrl": "Thuộc tính src chỉ nhận địa chỉ http(s) hoặc đường dẫn tương đối.",
    "noData": "Không có dữ liệu: hãy đặt thuộc tính src hoặc một thẻ <script type=\"application/json\"> bên trong.",
    "badType": "máy chủ trả về {type}, không phải JSON",
    "notUtf8": "tệp không phải văn bản UTF-8; hãy lưu lại dưới dạng UTF-8",
    "tooLarge": "tệp lớn hơn 5 MiB, mức tối đa một biểu đồ đọc",
    "inlineCut": "Dữ liệu nhúng bị cắt ngang: một văn bản trong đó chứa </script>, làm đóng khối dữ liệu. Hãy viết < thành \\u003c trong các chuỗi JSON.",
    "internal": "Lỗi nội bộ khi vẽ biểu đồ.",
    "attribute": "Thuộc tính {name}=\"{value}\" của thẻ <rating-chart>"
  },
  en: {
    "fetch": "Could not load the data from {url}: {why}",
    "badUrl": "The src attribute accepts only http(s) addresses or relative paths.",
    "noData": "No data: set the src attribute or put a <script type=\"application/json\"> inside.",
    "badType": "the server sent {type}, not JSON",
    "notUtf8": "the file is not UTF-8 text; save it as UTF-8",
    "tooLarge": "the file is larger than 5 MiB, the most a chart reads",
    "inlineCut": "The inline data ends early: a text in it contains </script>, which closes the data block. Write < as \\u003c inside JSON strings.",
    "internal": "Internal error while drawing the chart.",
    "attribute": "The {name}=\"{value}\" attribute of <rating-chart>"
  },
  fr: {
    "fetch": "Impossible de charger les données depuis {url}\u00a0: {why}",
    "badUrl": "L’attribut src n’accepte que des adresses http(s) ou des chemins relatifs.",
    "noData": "Aucune donnée\u00a0: indiquez l’attribut src ou placez une balise <script type=\"application/json\"> à l’intérieur.",
    "badType": "le serveur a renvoyé {type}, et non du JSON",
    "notUtf8": "le fichier n’est pas du texte UTF-8\u00a0; enregistrez-le en UTF-8",
    "tooLarge": "le fichier dépasse 5\u00a0Mio, le maximum que lit un graphique",
    "inlineCut": "Les données intégrées s’arrêtent trop tôt\u00a0: un texte contient </script>, qui ferme le bloc de données. Écrivez < sous la forme \\u003c dans les chaînes JSON.",
    "internal": "Erreur interne lors du tracé du graphique.",
    "attribute": "L’attribut {name}=\"{value}\" de <rating-chart>"
  },
  de: {
    "fetch": "Die Daten konnten nicht von {url} geladen werden: {why}",
    "badUrl": "Das Attribut src akzeptiert nur http(s)-Adressen oder relative Pfade.",
    "noData": "Keine Daten: Setzen Sie das Attribut src oder fügen Sie ein <script type=\"application/json\"> ein.",
    "badType": "Der Server lieferte {type}, kein JSON",
    "notUtf8": "Die Datei ist kein UTF-8-Text; speichern Sie sie als UTF-8",
    "tooLarge": "Die Datei ist größer als 5 MiB, das Maximum für ein Diagramm",
    "inlineCut": "Die eingebetteten Daten enden zu früh: Ein Text darin enthält </script>, was den Datenblock schließt. Schreiben Sie < in JSON-Zeichenketten als \\u003c.",
    "internal": "Interner Fehler beim Zeichnen des Diagramms.",
    "attribute": "Das Attribut {name}=\"{value}\" von <rating-chart>"
  }
};
