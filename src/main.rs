//! The `iacs-assess` binary: everything lives in the library; this only hands over the arguments.

fn main() {
    std::process::exit(iacs_assess::cli::main_with(std::env::args_os()));
}
