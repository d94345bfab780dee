//! Nothing of the user's is deleted, replaced or hung on: neighbours of an assessment survive every
//! writing command, no output replaces an assessment under any spelling of its path, links are
//! written through, a planted lock link is not followed, comments are copied aside before a rewrite.

mod common;

use predicates::prelude::*;
use std::fs;
use std::path::Path;

fn home() -> tempfile::TempDir {
    tempfile::tempdir().unwrap()
}

fn answer(home: &Path, file: &str, item: &str, value: &str) -> assert_cmd::assert::Assert {
    common::run(
        home,
        &["answer", file, "-q", "iec62443-2-4", "--item", item, "--value", value],
    )
}

#[test]
fn neighbours_named_like_temporaries_survive_every_writing_command() {
    let h = home();
    let file = common::new_assessment(h.path(), "plant.toml", "", 2);
    let neighbours = [
        ".plant.toml.backup",
        ".plant.toml.abcdef",
        ".plant.toml.rsync1",
        ".plant.toml.123456",
        "plant.toml.bak",
    ];
    for n in neighbours {
        fs::write(h.path().join(n), format!("the user's {n}")).unwrap();
    }
    answer(h.path(), &file, "SP.01.01 BR", "ml2").success();
    common::run(h.path(), &["zone", "add", &file, "--id", "Z2", "--name", "DMZ"]).success();
    common::run(
        h.path(),
        &["conduit", "add", &file, "--id", "C1", "--from", "Z1", "--to", "Z2"],
    )
    .success();
    let book = h.path().join("offline.xlsx");
    common::run(
        h.path(),
        &[
            "export",
            &file,
            "--format",
            "offline-xlsx",
            "-o",
            book.to_str().unwrap(),
        ],
    )
    .success();
    common::run(h.path(), &["import", &file, "--from", book.to_str().unwrap()]).success();
    for n in neighbours {
        assert_eq!(
            fs::read_to_string(h.path().join(n)).unwrap(),
            format!("the user's {n}"),
            "{n} was touched"
        );
    }
}

#[test]
fn no_output_replaces_an_assessment_whatever_its_path_is_called() {
    let h = home();
    let file = common::new_assessment(h.path(), "plant.toml", "", 2);
    let other = common::new_assessment(h.path(), "other.toml", "", 1);
    fs::create_dir(h.path().join("sub")).unwrap();
    // The lock file exists once something has opened the assessment for writing.
    answer(h.path(), &file, "SP.01.01 BR", "ml2").success();
    let before = fs::read(&file).unwrap();
    let before_other = fs::read(&other).unwrap();
    let mut names = vec![
        file.clone(),
        h.path().join("./plant.toml").display().to_string(),
        h.path().join("sub/../plant.toml").display().to_string(),
        "plant.toml".to_string(),
        "./plant.toml".to_string(),
        other.clone(),
        h.path().join(".plant.toml.lock").display().to_string(),
    ];
    #[cfg(unix)]
    {
        std::os::unix::fs::symlink(&file, h.path().join("link.xlsx")).unwrap();
        fs::hard_link(&file, h.path().join("hard.xlsx")).unwrap();
        names.push(h.path().join("link.xlsx").display().to_string());
        names.push(h.path().join("hard.xlsx").display().to_string());
    }
    for out in &names {
        for force in [false, true] {
            let f = |mut args: Vec<&str>| {
                if force {
                    args.push("--force");
                }
                common::cmd(h.path()).current_dir(h.path()).args(args).assert().code(2)
            };
            f(vec!["export", &file, "--format", "xlsx", "-o", out]);
            f(vec!["export", &file, "--format", "json", "-o", out]);
            f(vec!["compare", &other, &file, "--xlsx", out]);
            f(vec!["rollup", &file, &other, "-o", out]);
            f(vec!["statement", &file, "-o", out]);
        }
        assert_eq!(fs::read(&file).unwrap(), before, "{out}");
        assert_eq!(fs::read(&other).unwrap(), before_other, "{out}");
    }
}

#[test]
fn another_existing_file_is_replaced_only_with_force() {
    let h = home();
    let file = common::new_assessment(h.path(), "plant.toml", "", 2);
    let out = h.path().join("report.xlsx");
    fs::write(&out, "an older report").unwrap();
    let out = out.to_str().unwrap();
    common::run(h.path(), &["export", &file, "--format", "xlsx", "-o", out])
        .code(2)
        .stderr(predicate::str::contains("--force"));
    assert_eq!(fs::read_to_string(out).unwrap(), "an older report");
    common::run(h.path(), &["export", &file, "--format", "xlsx", "-o", out, "--force"]).success();
    assert_ne!(fs::read(out).unwrap(), b"an older report");
}

#[cfg(unix)]
#[test]
fn a_linked_assessment_is_written_through_the_link() {
    let h = home();
    fs::create_dir(h.path().join("real")).unwrap();
    let real = common::new_assessment(&h.path().join("real"), "plant.toml", "", 2);
    let link = h.path().join("plant.toml");
    std::os::unix::fs::symlink(&real, &link).unwrap();
    answer(h.path(), link.to_str().unwrap(), "SP.01.01 BR", "ml3").success();
    assert!(
        fs::symlink_metadata(&link).unwrap().file_type().is_symlink(),
        "the link stays a link"
    );
    assert!(
        fs::read_to_string(&real).unwrap().contains("ml3"),
        "the real file changed"
    );
    // The lock is the real file's: a second writer through the other name is refused while one holds it.
    assert!(h.path().join("real/.plant.toml.lock").exists());
    assert!(!h.path().join(".plant.toml.lock").exists());
}

#[cfg(unix)]
#[test]
fn a_link_planted_at_the_lock_name_is_not_followed() {
    let h = home();
    let file = common::new_assessment(h.path(), "plant.toml", "", 2);
    fs::remove_file(h.path().join(".plant.toml.lock")).unwrap();
    let target = h.path().join("created-through-the-link");
    std::os::unix::fs::symlink(&target, h.path().join(".plant.toml.lock")).unwrap();
    answer(h.path(), &file, "SP.01.01 BR", "ml3")
        .failure()
        .stderr(predicate::str::contains("is a link"));
    assert!(!target.exists());
}

#[test]
fn a_file_with_comments_is_copied_aside_before_its_first_rewrite() {
    let h = home();
    let file = common::new_assessment(h.path(), "plant.toml", "", 2);
    let text = fs::read_to_string(&file).unwrap();
    let commented = text.replacen("[assessment]", "# Agreed with the site on 3 March\n[assessment]", 1);
    fs::write(&file, &commented).unwrap();
    answer(h.path(), &file, "SP.01.01 BR", "ml3")
        .success()
        .stderr(predicate::str::contains("had comments"));
    let copy = h.path().join("plant.toml.with-comments.bak");
    assert_eq!(fs::read_to_string(&copy).unwrap(), commented);
    assert!(!fs::read_to_string(&file).unwrap().contains("Agreed with the site"));
    // Only the first rewrite makes a copy.
    answer(h.path(), &file, "SP.01.01 RE(1)", "ml2")
        .success()
        .stderr(predicate::str::is_empty());
    assert!(!h.path().join("plant.toml.with-comments-2.bak").exists());
}
