//! The questionnaires and locales are built into the binary (include_dir); rebuild when they change.
fn main() {
    println!("cargo:rerun-if-changed=questionnaires");
    println!("cargo:rerun-if-changed=locales");
}
