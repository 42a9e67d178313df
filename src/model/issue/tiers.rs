//! The tiers of the scale and their colours.

use super::{quote, Code, Issue, Lang};
use crate::model::limits;

/// No tiers.
pub fn tiers_empty(l: Lang) -> Issue {
    Issue::error(
        Code::TiersEmpty,
        "tiers",
        msg!(l,
            vi: "Danh sách các mức đang trống; hãy khai báo ít nhất một mức, ví dụ {{\"id\": \"good\", \"label\": \"Tốt\"}}.",
            en: "The list of tiers is empty; give at least one tier, e.g. {{\"id\": \"good\", \"label\": \"Good\"}}."),
    )
}

/// Too many tiers.
pub fn tiers_too_many(l: Lang, n: usize) -> Issue {
    let max = limits::MAX_TIERS;
    Issue::error(
        Code::LimitTiers,
        "tiers",
        msg!(l,
            vi: "Có {n} mức; tối đa cho phép {max} mức.",
            en: "There are {n} tiers; at most {max} are allowed."),
    )
}

/// A tier id has characters outside the allowed set.
pub fn tier_id_invalid(l: Lang, path: &str, id: &str) -> Issue {
    let id = quote(id);
    Issue::error(
        Code::TierIdInvalid,
        path,
        msg!(l,
            vi: "Mã mức {id} không hợp lệ; hãy dùng từ 1 đến 64 chữ cái Latin không dấu, chữ số, \"_\" hoặc \"-\" (ví dụ \"excellent\").",
            en: "The tier id {id} is not allowed; use 1 to 64 ASCII letters, digits, \"_\" or \"-\" (e.g. \"excellent\")."),
    )
}

/// A tier id that names a JavaScript object's internals.
pub fn tier_id_reserved(l: Lang, path: &str, id: &str) -> Issue {
    let id = quote(id);
    Issue::error(
        Code::TierIdReserved,
        path,
        msg!(l,
            vi: "Mã mức {id} là từ dành riêng (có nghĩa đặc biệt trong JavaScript); hãy chọn mã khác, ví dụ \"excellent\".",
            en: "The tier id {id} is reserved (it has a special meaning in JavaScript); choose another, e.g. \"excellent\"."),
    )
}

/// Two tiers share an id.
pub fn tier_id_duplicate(l: Lang, path: &str, id: &str, first: usize) -> Issue {
    let id = quote(id);
    Issue::error(
        Code::TierIdDuplicate,
        path,
        msg!(l,
            vi: "Mã mức {id} đã được dùng ở tiers[{first}]; mỗi mức cần một mã riêng.",
            en: "The tier id {id} is already used by tiers[{first}]; each tier needs its own id."),
    )
}

/// A polarity that is not one of the three.
pub fn polarity_invalid(l: Lang, path: &str, found: &str) -> Issue {
    Issue::error(
        Code::TierPolarityInvalid,
        path,
        msg!(l,
            vi: "Hướng (polarity) {found} không hợp lệ; hãy dùng \"positive\" (tích cực), \"neutral\" (trung tính) hoặc \"negative\" (tiêu cực).",
            en: "Unknown polarity {found}; use \"positive\", \"neutral\" or \"negative\"."),
    )
}

/// A colour that cannot be parsed.
pub fn color_invalid(l: Lang, path: &str, found: &str) -> Issue {
    let found = quote(found);
    Issue::error(
        Code::ColorInvalid,
        path,
        msg!(l,
            vi: "{found} không phải là màu; hãy dùng \"#1f5f99\", \"#fa0\", \"rgb(31, 95, 153)\", \"hsl(210, 66%, 36%)\" hoặc tên màu CSS như \"steelblue\".",
            en: "{found} is not a colour; use \"#1f5f99\", \"#fa0\", \"rgb(31, 95, 153)\", \"hsl(210, 66%, 36%)\" or a CSS colour name such as \"steelblue\"."),
    )
}

/// A colour that is not opaque.
pub fn color_transparent(l: Lang, path: &str, found: &str) -> Issue {
    let found = quote(found);
    Issue::error(
        Code::ColorTransparent,
        path,
        msg!(l,
            vi: "{found} trong suốt (toàn phần hoặc một phần); màu của các mức phải đặc để luôn dễ đọc.",
            en: "{found} is (partly) transparent; tier colours must be opaque so that they stay readable."),
    )
}
