//! baokan: a language server and command-line tool for plain-text Chinese
//! newspaper and magazine pages.
//!
//! - [`analysis`]: the pure core (layout, diagnostics, fixes). No IO, no LSP types.
//! - [`index`]: page summaries and the cross-page index (pure).
//! - [`line_index`]: byte offsets ⇄ editor positions in UTF-8/16/32.
//! - [`encoding`]: decoding page files (UTF-8, UTF-16, GB18030).
//! - [`server`]: the LSP glue (tower-lsp-server), converting to and from the core.
//! - [`cli`]: the batch commands `check` and `fix`.

pub mod analysis;
pub mod cli;
pub mod config;
pub mod encoding;
pub mod index;
pub mod line_index;
pub mod server;
