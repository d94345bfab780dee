//! Crash safety: `answer` is killed with SIGKILL at random moments, hundreds of times. After every
//! kill the file still parses and holds every answer the program reported saved.
#![allow(clippy::disallowed_macros)] // test diagnostics: not text from files

mod common;

use iacs_assess::assessment::{AnswerKey, storage};
use std::process::{Command, Stdio};
use std::time::Duration;

/// A small deterministic sequence for the kill delays.
struct Sequence(u64);
impl Sequence {
    fn next(&mut self, below: u64) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        (self.0 >> 33) % below
    }
}

#[test]
fn killing_answer_at_random_moments_never_loses_a_reported_answer() {
    let home = tempfile::tempdir().unwrap();
    let h = home.path();
    let file = h.join("a.toml");
    common::cmd(h)
        .args(["new"])
        .arg(&file)
        .args(["-q", "iec62443-2-4"])
        .assert()
        .success();
    let catalog = common::catalog();
    let requirements: Vec<String> = catalog
        .questionnaire("iec62443-2-4")
        .unwrap()
        .requirements
        .iter()
        .map(|r| r.id.clone())
        .collect();
    let values = ["ml1", "ml2", "ml3", "ml4", "not-implemented"];
    // How long one run takes here (debug or release, idle or busy machine): kills are spread over
    // 0..130% of it, so some land before, during and after the save.
    let started = std::time::Instant::now();
    for r in &requirements[..3] {
        common::cmd(h)
            .arg("answer")
            .arg(&file)
            .args(["-q", "iec62443-2-4", "--item", r, "--value", "ml1"])
            .assert()
            .success();
    }
    let span = (started.elapsed().as_micros() as u64 / 3 * 13 / 10).max(1000);
    let mut seq = Sequence(7);
    // Per requirement: the last value reported saved, then any value attempted after it (a run killed
    // after its save but before it could print "Saved" may legitimately have replaced it).
    let mut reported: Vec<(String, Vec<&str>)> = requirements[..3].iter().map(|r| (r.clone(), vec!["ml1"])).collect();
    let (mut killed, mut finished) = (0, 0);
    let runs = std::env::var("CRASH_RUNS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(200);
    for i in 0..runs {
        let requirement = &requirements[i % requirements.len()];
        let value = values[i % values.len()];
        let mut child = Command::new(env!("CARGO_BIN_EXE_iacs-assess"))
            .args(["answer"])
            .arg(&file)
            .args([
                "-q",
                "iec62443-2-4",
                "--item",
                requirement,
                "--value",
                value,
                "--note",
                &format!("run {i}"),
            ])
            .env_clear()
            .env("HOME", h)
            .env("XDG_CONFIG_HOME", h.join("config"))
            .env("LC_ALL", "C")
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        std::thread::sleep(Duration::from_micros(seq.next(span)));
        let _ = child.kill(); // SIGKILL; harmless if it already exited
        let output = child.wait_with_output().unwrap();
        if output.status.success() {
            finished += 1;
        } else {
            killed += 1;
        }
        let stdout = String::from_utf8_lossy(&output.stdout);
        if stdout.contains("Saved") {
            reported.retain(|(r, _)| r != requirement);
            reported.push((requirement.clone(), vec![value]));
        } else if let Some((_, allowed)) = reported.iter_mut().find(|(r, _)| r == requirement) {
            allowed.push(value);
        }
        // After every run, killed or not, the file parses and holds every reported answer.
        let a = storage::read(&file, &catalog).unwrap_or_else(|e| panic!("run {i}: the file no longer reads: {e}"));
        for (r, allowed) in &reported {
            let got = a.answer(AnswerKey {
                questionnaire: "iec62443-2-4",
                target: None,
                requirement: r,
            });
            let value = got.and_then(|x| x.value.as_deref());
            assert!(
                value.is_some_and(|v| allowed.contains(&v)),
                "run {i}: {r} was reported saved as {}, the file has {value:?}",
                allowed[0]
            );
        }
    }
    // Temporary files are anonymous (O_TMPFILE) until the rename: kills leave (almost) nothing behind.
    let leftovers = std::fs::read_dir(h)
        .unwrap()
        .filter_map(|e| e.ok())
        .filter(|e| {
            let n = e.file_name().to_string_lossy().into_owned();
            n.starts_with(".a.toml") && !n.ends_with(".lock")
        })
        .count();
    eprintln!(
        "{runs} runs: {killed} killed before finishing, {finished} finished; {} answers verified; {leftovers} temporary files left",
        reported.len()
    );
    assert!(
        leftovers <= 1,
        "{leftovers} temporary files left behind (each open removes earlier ones)"
    );
    assert!(
        killed > runs / 10,
        "too few kills landed mid-run ({killed}); the test proves little"
    );
    assert!(finished > 0);
}
