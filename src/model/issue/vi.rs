//! Vietnamese words of the issues.
//!
//! A template for every issue code, then the extra texts and the small
//! words they share. `{name}` is where a value goes (see
//! `Issue::new`); `{{` and `}}` stand for a brace.

use super::code::Code;
use super::words::{Expected, Extra, JsonType, Required, Words};
use crate::model::parse::Syntax;

/// Vietnamese words of the issues.
pub(super) struct Vietnamese;

impl Words for Vietnamese {
    fn message(&self, code: Code) -> &'static str {
        match code {
            Code::JsonSyntax => {
                "Dữ liệu không phải JSON hợp lệ ở dòng {line}, cột {column}: {detail}."
            }
            Code::JsonTooDeep => {
                "Dữ liệu lồng danh sách hoặc đối tượng quá sâu (dòng {line}, cột {column}); dữ liệu xếp loại chỉ cần tối đa 4 cấp."
            }
            Code::LimitDocumentSize => {
                "Dữ liệu có {bytes} byte; tối đa cho phép {max} byte (5 MiB)."
            }
            Code::JsonEncoding => {
                "Dữ liệu không phải văn bản UTF-8 (byte không hợp lệ ở vị trí {offset}); hãy lưu tệp ở dạng UTF-8."
            }
            Code::JsonNotObject => {
                "Dữ liệu phải là một đối tượng JSON có \"version\", \"tiers\" và \"groups\", không phải {found}."
            }
            Code::JsonDuplicateKey => {
                "Trường {key} xuất hiện nhiều lần trong cùng một đối tượng; chỉ giữ lại một."
            }
            Code::CountNotFinite => {
                "{token} không phải là số lượng; số lượng là số nguyên từ 0 trở lên (JSON không có NaN hay Infinity)."
            }
            Code::NumberNotFinite => {
                "JSON không cho phép {token}; hãy ghi một số hoặc bỏ trường này."
            }
            Code::NumberOutOfRange => {
                "Số {found} quá lớn, không thể đọc như một số; hãy ghi một số nhỏ hơn hoặc bỏ trường này."
            }
            Code::FieldMissing => "Thiếu trường bắt buộc: {what}.",
            Code::FieldUnknown => {
                "Trường {name} không có trong định dạng nên bị bỏ qua{hint}. Các trường được phép ở đây: {allowed}."
            }
            Code::FieldType => "Cần {expected}, nhưng lại là {found}.",
            Code::VersionUnsupported => {
                "Phiên bản định dạng {found} không được hỗ trợ; tiện ích này đọc phiên bản 1."
            }
            Code::LocaleUnsupported => {
                "Mã ngôn ngữ {found} không được hỗ trợ; số liệu được định dạng theo \"{used}\". Các mã được hỗ trợ: vi-VN, en-US, en-GB, fr-FR, de-DE."
            }
            Code::UrlInvalid => {
                "Liên kết phải là địa chỉ tuyệt đối bắt đầu bằng http:// hoặc https://, không có khoảng trắng."
            }
            Code::TextEmpty => "Văn bản này trống; hãy viết ít nhất một ký tự nhìn thấy được.",
            Code::TextTooLong => "Văn bản này có {chars} ký tự; tối đa cho phép {max} ký tự.",
            Code::TextControlCharacter => {
                "Văn bản này chứa ký tự điều khiển vô hình U+{code_point}; hãy xoá nó."
            }
            Code::TextBidiControl => {
                "Văn bản này chứa ký tự điều khiển hướng chữ U+{code_point}, có thể đảo thứ tự những gì người đọc thấy; hãy xoá nó."
            }
            Code::TextLineBreak => {
                "Nhãn này có ký tự xuống dòng; nó được hiển thị là một dấu cách (nhãn được tự động dàn dòng)."
            }
            Code::TextNoncharacter => {
                "Văn bản này chứa U+{code_point}, không phải là một ký tự (thường sót lại từ bảng tính hoặc do lỗi mã hoá); ký tự này được bỏ đi."
            }
            Code::TextLoneSurrogate => {
                "Văn bản này có một mã thoát trong khoảng \\ud800–\\udfff chỉ là một nửa của cặp ký tự, không phải một ký tự; nó được hiển thị là \u{fffd}. Hãy viết chính ký tự đó."
            }
            Code::TextInvisibleCharacter => {
                "Văn bản này chứa ký tự vô hình U+{code_point}; ký tự được giữ nguyên nhưng có thể khiến hai nhãn trông giống nhau lại khác nhau. Hãy xoá nếu không cố ý."
            }
            Code::TiersEmpty => {
                "Danh sách các mức đang trống; hãy khai báo ít nhất một mức, ví dụ {{\"id\": \"good\", \"label\": \"Tốt\"}}."
            }
            Code::LimitTiers => "Có {n} mức; tối đa cho phép {max} mức.",
            Code::TierIdInvalid => {
                "Mã mức {id} không hợp lệ; hãy dùng từ 1 đến 64 chữ cái Latin không dấu, chữ số, \"_\" hoặc \"-\" (ví dụ \"excellent\")."
            }
            Code::TierIdReserved => {
                "Mã mức {id} là từ dành riêng (có nghĩa đặc biệt trong JavaScript); hãy chọn mã khác, ví dụ \"excellent\"."
            }
            Code::TierIdDuplicate => {
                "Mã mức {id} đã được dùng ở tiers[{first}]; mỗi mức cần một mã riêng."
            }
            Code::TierPolarityInvalid => {
                "Hướng (polarity) {found} không hợp lệ; hãy dùng \"positive\" (tích cực), \"neutral\" (trung tính) hoặc \"negative\" (tiêu cực)."
            }
            Code::ColorInvalid => {
                "{found} không phải là màu; hãy dùng \"#1f5f99\", \"#fa0\", \"rgb(31, 95, 153)\", \"hsl(210, 66%, 36%)\" hoặc tên màu CSS như \"steelblue\"."
            }
            Code::ColorTransparent => {
                "{found} trong suốt (toàn phần hoặc một phần); màu của các mức phải đặc để luôn dễ đọc."
            }
            Code::GroupsEmpty => {
                "Danh sách các nhóm đang trống; hãy khai báo ít nhất một nhóm có nhãn và số lượng."
            }
            Code::LimitGroups => "Có {n} nhóm; tối đa cho phép {max} nhóm.",
            Code::LimitPeriods => "Các nhóm có {n} kỳ khác nhau; tối đa cho phép {max} kỳ.",
            Code::GroupDuplicate => {
                "Nhóm {label} (cùng kỳ) đã có ở groups[{first}]; mỗi nhóm cần nhãn hoặc kỳ khác nhau."
            }
            Code::CountNegative => {
                "Số lượng {found} là số âm; số lượng phải là số nguyên từ 0 trở lên."
            }
            Code::CountFractional => {
                "Số lượng {found} không phải là số nguyên; số lượng phải là số nguyên từ 0 trở lên."
            }
            Code::CountTooLarge => {
                "Số lượng {found} quá lớn để hiển thị chính xác; giá trị lớn nhất cho phép là 9007199254740991 (2^53 − 1)."
            }
            Code::CountNotNumber => {
                "Số lượng và tổng số phải là số JSON thuần, không có dấu ngoặc kép hay dấu phân cách hàng nghìn{hint}."
            }
            Code::CountUnknownTier => "Không có mức nào có mã {id}; các mức hiện có: {tiers}.",
            Code::CountMissing => {
                "Thiếu số lượng cho mức {id}; hãy ghi 0 nếu không có, hoặc khai báo \"total\" (tổng số) của nhóm để phần còn thiếu được hiển thị là không có số liệu."
            }
            Code::TotalBelowSum => {
                "Tổng số {total} nhỏ hơn tổng các số lượng ({sum}); tổng số phải lớn hơn hoặc bằng tổng các số lượng."
            }
            Code::PeriodInvalid => {
                "Cần một năm dạng số nguyên (ví dụ 2021) hoặc một văn bản ngắn (ví dụ \"2021–2022\"), nhưng lại là {found}."
            }
            Code::PeriodYearRange => {
                "Kỳ dạng số phải là một năm từ {min} đến {max}, nhưng lại là {found}; hãy ghi các kỳ khác dạng văn bản (ví dụ \"Quý 1/2021\")."
            }
            Code::GroupCountsAndShares => {
                "Một nhóm chỉ được có \"counts\" (số lượng) hoặc \"shares\" (tỉ lệ phần trăm), không được có cả hai; hãy bỏ một trong hai."
            }
            Code::GroupsMixedBasis => {
                "Nhóm này dùng \"{this}\" nhưng nhóm đầu tiên dùng \"{first}\"; mọi nhóm của một biểu đồ phải cùng dùng số lượng (\"counts\") hoặc cùng dùng tỉ lệ phần trăm (\"shares\")."
            }
            Code::SharesEmpty => {
                "Nhóm này không có tỉ lệ nào; hãy ghi tỉ lệ phần trăm của ít nhất một mức, ví dụ {{\"approve\": 38}}."
            }
            Code::ShareRange => {
                "Tỉ lệ {found} nằm ngoài khoảng cho phép; tỉ lệ phần trăm là một số từ 0 đến 100."
            }
            Code::SharePrecision => {
                "Tỉ lệ {found} có quá nhiều chữ số thập phân; hãy ghi như nguồn công bố, tối đa {max} chữ số thập phân (ví dụ 38.5)."
            }
            Code::ShareNotNumber => {
                "Tỉ lệ {found} phải là một số JSON thuần, không có dấu ngoặc kép hay dấu %, với dấu chấm thập phân (ví dụ 38.5)."
            }
            Code::SharesOver100 => {
                "Các tỉ lệ của nhóm này cộng lại bằng {sum}%, nhiều hơn 100%; với số chữ số thập phân đã ghi, sai số làm tròn cho phép tối đa {max}%. Tổng có thể nhỏ hơn 100 (phần còn lại hiển thị là không có số liệu)."
            }
            Code::SharesTotalIgnored => {
                "Tổng số bị bỏ qua vì nhóm chỉ có tỉ lệ phần trăm (\"shares\"); biểu đồ không suy ra số lượng từ tỉ lệ."
            }
            Code::DisplayKindUnknown => {
                "Kiểu biểu đồ {found} không hợp lệ; hãy dùng một trong: {kinds}."
            }
            Code::DisplayValuesUnknown => {
                "Chế độ hiển thị giá trị {found} không hợp lệ; hãy dùng \"shares\" (tỉ lệ) hoặc \"counts\" (số lượng)."
            }
            Code::DisplayDecimalsRange => {
                "Không dùng được {found} chữ số thập phân; hãy dùng một số nguyên từ 0 đến {max}."
            }
            Code::DisplayValuesSharesOnly => {
                "Dữ liệu chỉ có tỉ lệ phần trăm nên nhãn hiển thị tỉ lệ thay cho số lượng."
            }
            Code::ThemeFontInvalid => {
                "Danh sách phông chữ {found} không hợp lệ; chỉ dùng chữ cái, chữ số, khoảng trắng, dấu phẩy, dấu nháy (theo cặp) và dấu gạch nối, ví dụ \"'Merriweather Sans', Arial, sans-serif\"."
            }
            Code::ThemePaletteTooShort => {
                "Bảng màu có {given} màu cho {tiers} mức; cần ít nhất một màu cho mỗi mức, theo thứ tự các mức."
            }
            Code::ThemeModeUnknown => {
                "Chế độ giao diện {found} không hợp lệ; hãy dùng \"light\" (nền sáng) hoặc \"dark\" (nền tối)."
            }
            Code::ThemeContrast => {
                "Màu chữ \"{which}\" trên màu nền \"paper\" chỉ có độ tương phản {ratio}:1, dưới mức WCAG AA 4.5:1; chữ có thể khó đọc. Hãy chọn màu chữ đậm hơn hoặc màu nền nhạt hơn."
            }
            Code::StoryGroupUnknown => {
                "Không có nhóm nào có nhãn {found}; hãy ghi đúng nhãn của một nhóm như trong \"groups\"."
            }
            Code::StoryTierUnknown => {
                "Không có mức {found}; hãy dùng một trong các mã mức: {ids}."
            }
            Code::StoryPeriodUnknown => {
                "Không nhóm nào có kỳ {found}; hãy ghi một kỳ có trong dữ liệu các nhóm."
            }
            Code::DisplaySortUnknown => {
                "Cách sắp xếp {found} không hợp lệ; hãy dùng một trong: {allowed}."
            }
            Code::DisplaySortTierMissing => {
                "Sắp xếp theo một mức cần ghi mức đó: hãy ghi mã mức trong \"tier\", ví dụ {{\"by\": \"tier\", \"tier\": \"failed\"}}."
            }
            Code::AnnotationTargetMissing => {
                "Ghi chú này không gắn với gì; hãy ghi nhãn một nhóm (\"group\", có thể thêm \"tier\") hoặc một kỳ (\"period\")."
            }
            Code::LimitAnnotations => {
                "Có {n} ghi chú; mỗi biểu đồ có tối đa {max} ghi chú để còn dễ đọc."
            }
            Code::IssuesTruncated => {
                "Còn {more} vấn đề khác không được liệt kê; hãy sửa các vấn đề ở trên trước."
            }
        }
    }

    fn extra(&self, extra: Extra) -> &'static str {
        match extra {
            Extra::Utf16 => "Dữ liệu được lưu ở dạng UTF-16; hãy lưu lại ở dạng UTF-8.",
            Extra::VersionAsText => {
                "Phiên bản định dạng phải là số 1, không phải chữ {found}: hãy bỏ dấu ngoặc kép."
            }
            Extra::SumTooLarge => {
                "Các số lượng cộng lại vượt quá 9007199254740991 (2^53 − 1), quá lớn để hiển thị chính xác."
            }
            Extra::DidYouMean => " (có phải là \"{suggestion}\"?)",
            Extra::CountHint => " (ví dụ {digits}, không phải {found})",
        }
    }

    fn json_type(&self, value: JsonType) -> &'static str {
        match value {
            JsonType::Null => "null",
            JsonType::Bool => "true/false",
            JsonType::Number => "một số",
            JsonType::Text => "văn bản",
            JsonType::List => "một danh sách",
            JsonType::Object => "một đối tượng",
        }
    }

    fn expected(&self, value: Expected) -> &'static str {
        match value {
            Expected::Object => "một đối tượng",
            Expected::Text => "văn bản",
            Expected::List => "một danh sách",
            Expected::WholeNumber => "một số nguyên",
            Expected::LanguageTag => "một mã ngôn ngữ như \"vi-VN\"",
            Expected::ColorText => "một màu dạng văn bản, ví dụ \"#1f5f99\"",
            Expected::Percent => "một tỉ lệ phần trăm dạng số, ví dụ 38.5",
        }
    }

    fn required(&self, value: Required) -> &'static str {
        match value {
            Required::Version => "phiên bản định dạng, là 1",
            Required::Tiers => "danh sách các mức của thang xếp loại",
            Required::Groups => "danh sách các nhóm được xếp loại",
            Required::SourceText => "tên nguồn như khi được công bố",
            Required::TierId => "mã của mức, ví dụ \"good\"",
            Required::TierLabel => "nhãn của mức",
            Required::GroupLabel => "nhãn của nhóm",
            Required::Counts => {
                "số lượng theo mã của từng mức (hoặc \"shares\" khi nguồn chỉ cho tỉ lệ phần trăm)"
            }
            Required::AnnotationText => "nội dung ghi chú",
            Required::ReferenceShare => "tỉ lệ tham chiếu tính bằng phần trăm, ví dụ 15.9",
            Required::ReferenceLabel => "tên của giá trị tham chiếu, ví dụ \"cả nước\"",
            Required::SortBy => "cách sắp xếp: \"data\", \"tier\", \"positive\" hoặc \"total\"",
        }
    }

    fn syntax(&self, syntax: &Syntax) -> &'static str {
        match syntax {
            Syntax::NonFinite(_) => "JSON không cho phép {token}; hãy ghi một số",
            Syntax::Other(_) => "{detail}",
            Syntax::Empty => "dữ liệu trống",
            Syntax::EofValue => "dữ liệu kết thúc ở chỗ còn thiếu một giá trị",
            Syntax::EofList => "dữ liệu kết thúc giữa một danh sách; thiếu dấu \"]\"",
            Syntax::EofObject => "dữ liệu kết thúc giữa một đối tượng; thiếu dấu \"}}\"",
            Syntax::EofString => "dữ liệu kết thúc giữa một văn bản; thiếu dấu \" đóng",
            Syntax::ExpectedColon => "cần dấu \":\" sau tên trường",
            Syntax::ExpectedCommaOrBracket => {
                "cần dấu \",\" hoặc \"]\" (có thể thiếu dấu phẩy giữa hai phần tử)"
            }
            Syntax::ExpectedCommaOrBrace => {
                "cần dấu \",\" hoặc \"}\" (có thể thiếu dấu phẩy giữa hai trường)"
            }
            Syntax::ExpectedIdent => {
                "từ không hợp lệ; chỉ true, false và null được viết không có dấu ngoặc kép"
            }
            Syntax::ExpectedValue => {
                "cần một giá trị: một số, văn bản trong dấu ngoặc kép, true, false, null, một danh sách hoặc một đối tượng"
            }
            Syntax::SingleQuote => {
                "văn bản phải đặt trong dấu ngoặc kép (\"), không dùng dấu nháy đơn (')"
            }
            Syntax::Comment => "JSON không cho phép chú thích (comment)",
            Syntax::ByteOrderMark => {
                "có một dấu BOM vô hình (U+FEFF) chắn đường; hãy lưu tệp ở dạng UTF-8 không có BOM"
            }
            Syntax::KeyMustBeString => "tên trường phải là văn bản trong dấu ngoặc kép",
            Syntax::TrailingComma => "có dấu phẩy thừa ở cuối; hãy xoá dấu phẩy cuối cùng",
            Syntax::TrailingCharacters => {
                "vẫn còn nội dung sau khi dữ liệu đã kết thúc; tài liệu phải là một đối tượng duy nhất"
            }
            Syntax::InvalidNumber => {
                "số này không được viết theo cách JSON cho phép (ví dụ 1234 hoặc 12.5; không có số 0 ở đầu, không có dấu \"+\", không có dấu \".\" ở cuối)"
            }
            Syntax::NumberOutOfRange => "số này quá lớn",
            Syntax::InvalidEscape => "chuỗi thoát sau dấu \"\\\" trong văn bản không hợp lệ",
            Syntax::InvalidUnicode => "mã \\u trong văn bản không hợp lệ",
            Syntax::ControlInString => {
                "văn bản chứa ký tự xuống dòng hoặc ký tự điều khiển trực tiếp; hãy viết xuống dòng là \\n"
            }
        }
    }
}
