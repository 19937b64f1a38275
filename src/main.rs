//! The `baokan` binary: a shim over [`baokan::cli`].

fn main() -> std::process::ExitCode {
    baokan::cli::main()
}
