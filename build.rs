//! The questionnaires and locales are built into the binary (include_dir); rebuild when they change.
#![allow(clippy::disallowed_macros)] // cargo reads the build script's stdout: not text from files
fn main() {
    println!("cargo:rerun-if-changed=questionnaires");
    println!("cargo:rerun-if-changed=locales");
}
