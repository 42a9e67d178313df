//! One sort for the whole crate.
//!
//! Every `sort_by` with its own closure is a separate copy of the standard
//! library's stable sort in the wasm module (about 3.5 KB each). The few
//! places that order things here sort *indices* through [`indices`] instead,
//! whose comparator is a trait object: one copy for all of them.

use std::cmp::Ordering;

/// Sorts `v` (indices into the caller's data) by `cmp`, stably: equal
/// elements keep their order.
#[inline(never)]
pub fn indices(v: &mut [usize], cmp: &mut dyn FnMut(usize, usize) -> Ordering) {
    v.sort_by(|&a, &b| cmp(a, b));
}

/// The indices `0..n` ordered by `cmp`, stably.
pub fn order(n: usize, cmp: &mut dyn FnMut(usize, usize) -> Ordering) -> Vec<usize> {
    let mut v: Vec<usize> = (0..n).collect();
    indices(&mut v, cmp);
    v
}

/// `items` rearranged so that position `k` holds the item that was at
/// `order[k]`. `order` must be a permutation of `0..items.len()`; an index
/// out of range or repeated drops that item rather than panicking.
pub fn permute<T>(items: Vec<T>, order: &[usize]) -> Vec<T> {
    let mut slots: Vec<Option<T>> = items.into_iter().map(Some).collect();
    order
        .iter()
        .filter_map(|&i| slots.get_mut(i).and_then(Option::take))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stable_and_by_the_comparator() {
        let keys = [3, 1, 2, 1, 3, 0];
        let o = order(keys.len(), &mut |a, b| keys[a].cmp(&keys[b]));
        assert_eq!(o, vec![5, 1, 3, 2, 0, 4]);
        let rev = order(keys.len(), &mut |a, b| keys[b].cmp(&keys[a]));
        assert_eq!(rev, vec![0, 4, 2, 1, 3, 5]);
    }

    #[test]
    fn permute_follows_the_order() {
        let v = vec!["a".to_string(), "b".into(), "c".into()];
        assert_eq!(permute(v, &[2, 0, 1]), vec!["c", "a", "b"]);
        assert_eq!(permute(vec![1, 2], &[1, 1, 7]), vec![2]);
    }
}
