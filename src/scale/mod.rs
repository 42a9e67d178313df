//! Scales and their vocabularies: number formats ([`format`]) and colours
//! ([`color`]).

pub mod color;
mod css;
pub mod format;
