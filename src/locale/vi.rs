//! Vietnamese: the widget's words and the `vi-VN` number format.

#[cfg(not(target_arch = "wasm32"))]
use super::HostWords;
#[cfg(any(feature = "all-kinds", not(target_arch = "wasm32")))]
use super::KindsWords;
#[cfg(any(feature = "story", not(target_arch = "wasm32")))]
use super::StoryWords;
use super::{Locale, SummaryWords, Words};

/// Vietnamese (Viet Nam): `91.400`, `15,2 %`.
pub static VI_VN: Locale = Locale {
    tag: "vi-VN",
    decimal: ",",
    group: ".",
    percent_suffix: "\u{a0}%",
    minus: "-",
    words: &WORDS,
};

/// The words of Vietnamese.
pub static WORDS: Words = Words {
    lang: "vi",
    not_reported: "Không công bố",
    unpublished: "Không có số liệu",
    total: "Tổng",
    source_prefix: "Nguồn: ",
    notes_prefix: "Ghi chú: ",
    no_data: "Không có số liệu (tổng bằng 0)",
    #[cfg(any(feature = "all-kinds", not(target_arch = "wasm32")))]
    kinds: KindsWords {
        each_square: "Mỗi ô là {n}",
        too_small_for_square: "Quá nhỏ để có một ô: {tiers}",
        trend_needs_periods: "Cần ít nhất hai kỳ để vẽ xu hướng; biểu đồ hiện dạng thanh xếp chồng.",
    },
    shares_only: "Nguồn chỉ cho tỷ lệ phần trăm, không có số lượng.",
    count: "Số lượng",
    share: "Tỷ lệ",
    group: "Nhóm",
    period: "Kỳ",
    summary: SummaryWords {
        largest: "{group}: nhiều nhất là “{tier}”, {share}.",
        mostly_not_reported: "{group}: phần lớn không công bố, {share}.",
        mostly_not_reported_then_largest: "{group}: phần lớn không công bố, {unreported}; \
             trong phần công bố, nhiều nhất là “{tier}”, {share}.",
        no_data: "{group}: Không có số liệu (tổng bằng 0).",
        many_groups: "{n} nhóm, từ “{first}” đến “{last}”; bảng số liệu có mọi con số.",
        #[cfg(any(feature = "story", not(target_arch = "wasm32")))]
        story: StoryWords {
            highlight: "Tâm điểm: {what}.",
            reference: "Giá trị tham chiếu, {label}: “{tier}” {share}.",
            reference_row: "{label} (tham chiếu)",
        },
        name_scale: "Từ “{first}” đến “{last}”",
        name_groups: "{scale}: {n} nhóm",
        name_group: "{scale}: {group}",
    },
    // Only in native builds: the host's words are generated into
    // www/host/words.js; the wasm module never says them.
    #[cfg(not(target_arch = "wasm32"))]
    host: HostWords {
        failed: "Không thể vẽ biểu đồ này",
        fetch: "Không tải được dữ liệu từ {url}: {why}",
        bad_url: "Thuộc tính src chỉ nhận địa chỉ http(s) hoặc đường dẫn tương đối.",
        no_data: "Không có dữ liệu: hãy đặt thuộc tính src hoặc một thẻ \
             <script type=\"application/json\"> bên trong.",
        bad_type: "máy chủ trả về {type}, không phải JSON",
        not_utf8: "tệp không phải văn bản UTF-8; hãy lưu lại dưới dạng UTF-8",
        too_large: "tệp lớn hơn 5 MiB, mức tối đa một biểu đồ đọc",
        inline_cut: "Dữ liệu nhúng bị cắt ngang: một văn bản trong đó chứa </script>, làm đóng khối dữ liệu. Hãy viết < thành \\u003c trong các chuỗi JSON.",
        download: "Tải xuống {format}",
        internal: "Lỗi nội bộ khi vẽ biểu đồ.",
        load_failed: "Không tải được mã của biểu đồ từ {url}: {why}",
        chart: "Biểu đồ",
        keys: "Dùng các phím mũi tên để nghe từng số liệu (trái, phải trong một nhóm; \
             lên, xuống giữa các nhóm), Home và End đến đầu và cuối nhóm, Ctrl+Home và \
             Ctrl+End đến đầu và cuối biểu đồ; Enter để làm nổi bật một mức; Esc để bỏ \
             làm nổi bật; Tab để rời biểu đồ.",
        show_data: "Hiện bảng số liệu",
        hide_data: "Ẩn bảng số liệu",
        emphasised: "Đang làm nổi bật: {tier}",
        cleared: "Đã bỏ làm nổi bật",
        attribute: "Thuộc tính {name}=\"{value}\" của thẻ <rating-chart>",
    },
};
