//! The one integration-test binary: fixtures, corpus quality, protocol, CLI, tidy.

mod binary;
mod cli;
mod continuation;
mod entities;
mod fixtures;
mod outline;
mod phrases;
mod protocol;
mod quality;
mod support;
mod tidy;
