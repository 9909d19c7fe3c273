//! Renderings of a [`Report`](crate::Report): JSON (the `sikte.report/1`
//! contract), CSV for spreadsheets, and a table for terminals. Each is a
//! pure function of the report.

mod csv;
mod json;
mod table;

pub use csv::to_csv;
pub use json::to_json;
pub use table::to_table;
