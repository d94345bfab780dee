//! How each command's time and memory grow with the plant: the release binary against itself on
//! generated assessments of 10, 50, 200 and 500 zones (10 threat scenarios per zone, every
//! questionnaire answered), so that work which grows faster than the file shows at once.
//!
//! Run: `cargo bench --bench scaling` (the bench profile is the release profile). Options through
//! the environment: `SCALING_ZONES=10,50,200` (the sizes), `SCALING_RUNS=7` (runs per command and
//! size; the median is printed), `SCALING_BINARY=/path/to/iacs-assess` (another build, e.g. an older
//! commit's, to compare with). Whole processes are timed from spawn to exit, as a script or a
//! person sees them; peak memory is the child's maximum resident set (`wait4`).
//!
//! For each command the last column compares the largest plant with the second smallest: the
//! growth of the time against the growth of the number of answers. An exponent near 1 is linear;
//! above 1.3 the command is marked, since that is how a quadratic loop first shows.
#![allow(clippy::disallowed_macros)] // a developer tool printing its own table

#[cfg(unix)]
fn main() {
    unix::main();
}

#[cfg(not(unix))]
fn main() {
    println!("the scaling benchmark needs wait4 (Unix)");
}

#[cfg(unix)]
mod unix {
    use iacs_assess::assessment::storage;
    use iacs_assess::catalog::Catalog;
    use iacs_assess::content::Sources;
    use std::os::unix::process::ExitStatusExt;
    use std::path::{Path, PathBuf};
    use std::process::{Command, Stdio};
    use std::time::{Duration, Instant};

    /// The binary to measure: this build's, unless SCALING_BINARY names another.
    fn binary() -> PathBuf {
        std::env::var_os("SCALING_BINARY")
            .map(PathBuf::from)
            .unwrap_or_else(|| PathBuf::from(env!("CARGO_BIN_EXE_iacs-assess")))
    }

    /// One measured size: the file and its number of answers.
    struct Plant {
        zones: usize,
        file: PathBuf,
        answers: usize,
        bytes: u64,
    }

    /// A command to time: its name in the table and its arguments, given the file and a scratch
    /// folder. `answer` alternates its value so that every run really changes the file.
    struct Case {
        name: &'static str,
        args: fn(&Path, &Path, usize) -> Vec<String>,
    }

    fn cases() -> Vec<Case> {
        fn file(f: &Path) -> String {
            f.display().to_string()
        }
        vec![
            Case {
                name: "score",
                args: |f, _, _| vec!["score".into(), file(f)],
            },
            Case {
                name: "score --json",
                args: |f, _, _| vec!["score".into(), file(f), "--json".into()],
            },
            Case {
                name: "answer (one)",
                args: |f, _, run| {
                    let value = if run % 2 == 0 { "ml2" } else { "ml3" };
                    [
                        "answer",
                        &file(f),
                        "-q",
                        "iec62443-2-4",
                        "--item",
                        "SP.01.01 BR",
                        "--value",
                        value,
                    ]
                    .map(String::from)
                    .to_vec()
                },
            },
            Case {
                name: "answer --from",
                args: |f, _, run| {
                    // Every run changes every ml2 / ml3 / met / not-met answer: the export, then the edited
                    // export.
                    let csv = if run % 2 == 0 {
                        edited_csv(f)
                    } else {
                        f.with_extension("csv")
                    };
                    vec!["answer".into(), file(f), "--from".into(), file(&csv)]
                },
            },
            Case {
                name: "export csv",
                args: |f, out, _| export(f, out, "csv"),
            },
            Case {
                name: "export json",
                args: |f, out, _| export(f, out, "json"),
            },
            Case {
                name: "export xlsx",
                args: |f, out, _| export(f, out, "xlsx"),
            },
        ]
    }

    fn export(f: &Path, out: &Path, format: &str) -> Vec<String> {
        vec![
            "export".into(),
            f.display().to_string(),
            "--format".into(),
            format.into(),
            "--force".into(),
            "-o".into(),
            out.join(format!("out.{format}")).display().to_string(),
        ]
    }

    fn edited_csv(plant: &Path) -> PathBuf {
        plant.with_extension("edited.csv")
    }

    /// The plant's CSV export, and a copy with every ml2 answer made ml3, every met made not-met
    /// and back, for `answer --from`.
    fn write_csv_files(plant: &Path, home: &Path) {
        let csv = plant.with_extension("csv");
        let args = [
            "export",
            &plant.display().to_string(),
            "--format",
            "csv",
            "-o",
            &csv.display().to_string(),
        ];
        run_once(&args.map(String::from), home).expect("the export runs");
        let mut reader = csv::Reader::from_path(&csv).expect("the export reads");
        let headers = reader.headers().expect("a header line").clone();
        let value = headers.iter().position(|h| h == "value").expect("a value column");
        let mut writer = csv::Writer::from_path(edited_csv(plant)).expect("writable");
        writer.write_record(&headers).expect("writable");
        for record in reader.records() {
            let record = record.expect("a row");
            let row = record.iter().enumerate().map(|(i, cell)| match (i == value, cell) {
                (true, "ml2") => "ml3",
                (true, "ml3") => "ml2",
                (true, "met") => "not-met",
                (true, "not-met") => "met",
                _ => cell,
            });
            writer.write_record(row).expect("writable");
        }
        writer.flush().expect("writable");
    }

    /// Run the binary once; its wall time and peak resident memory, or `None` when it failed (an
    /// older build may not know a command).
    #[allow(clippy::zombie_processes)] // reaped by wait4, which also gives its peak memory
    fn run_once(args: &[String], home: &Path) -> Option<(Duration, u64)> {
        let started = Instant::now();
        let child = Command::new(binary())
            .args(args)
            .env("HOME", home)
            .env("XDG_CONFIG_HOME", home.join("config"))
            .env("XDG_DATA_HOME", home.join("data"))
            .env("LANG", "en")
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .spawn()
            .expect("the release binary starts");
        let pid = child.id() as libc::pid_t;
        let mut status = 0;
        // SAFETY: rusage is plain data, and wait4 fills it for our own child.
        let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
        let waited = unsafe { libc::wait4(pid, &mut status, 0, &mut usage) };
        let elapsed = started.elapsed();
        assert_eq!(waited, pid, "wait4 failed");
        let status = std::process::ExitStatus::from_raw(status);
        if !status.success() {
            let mut err = String::new();
            if let Some(mut e) = child.stderr {
                let _ = std::io::Read::read_to_string(&mut e, &mut err);
            }
            eprintln!("iacs-assess {} failed ({status}): {err}", args.join(" "));
            return None;
        }
        // ru_maxrss is in kilobytes on Linux.
        Some((elapsed, usage.ru_maxrss as u64 * 1024))
    }

    fn median<T: Ord + Copy>(mut values: Vec<T>) -> T {
        values.sort();
        values[values.len() / 2]
    }

    fn env_list(name: &str, default: &[usize]) -> Vec<usize> {
        std::env::var(name)
            .ok()
            .map(|v| v.split(',').filter_map(|n| n.trim().parse().ok()).collect::<Vec<_>>())
            .filter(|v| !v.is_empty())
            .unwrap_or_else(|| default.to_vec())
    }

    /// The plants are generated by this program run again as a child: a child's peak memory
    /// counts its parent's memory at the moment it was started (Linux keeps the high-water mark
    /// across exec), so the measuring process must stay small.
    fn plants(dir: &Path) -> Vec<Plant> {
        env_list("SCALING_ZONES", &[10, 50, 200, 500])
            .into_iter()
            .map(|zones| {
                let file = dir.join(format!("plant-{zones}.toml"));
                let out = Command::new(std::env::current_exe().expect("this program"))
                    .args([GENERATE, &zones.to_string()])
                    .arg(&file)
                    .output()
                    .expect("the generator runs");
                assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
                write_csv_files(&file, dir);
                let answers = String::from_utf8_lossy(&out.stdout).trim().parse().expect("a count");
                Plant {
                    zones,
                    answers,
                    bytes: std::fs::metadata(&file).expect("written").len(),
                    file,
                }
            })
            .collect()
    }

    const GENERATE: &str = "--generate-plant";

    /// In the child: write the plant of `zones` zones to `file`, print its number of answers.
    fn generate(zones: usize, file: &Path) {
        let catalog = Catalog::load(&Sources::default()).expect("the built-in catalog");
        let a = iacs_assess::generate::large_assessment(&catalog, zones, zones * 10);
        std::fs::write(file, storage::to_toml(&a).expect("serializes")).expect("writable");
        println!("{}", a.answers().len());
    }

    pub fn main() {
        let args: Vec<String> = std::env::args().collect();
        if args.len() == 4 && args[1] == GENERATE {
            generate(args[2].parse().expect("a number of zones"), Path::new(&args[3]));
            return;
        }
        let runs = env_list("SCALING_RUNS", &[7])[0].max(1);
        let dir = tempfile::tempdir().expect("a scratch folder");
        let plants = plants(dir.path());
        println!(
            "{}: {runs} runs per cell, median wall time / peak memory / peak per file size",
            binary().display()
        );
        print!("{:<14}", "command");
        for p in &plants {
            print!(
                " | {:>4} zones {:>6} answers {:>5.1} MB",
                p.zones,
                p.answers,
                p.bytes as f64 / 1e6
            );
        }
        println!(" | growth");
        for case in cases() {
            print!("{:<14}", case.name);
            let mut times = Vec::new();
            for p in &plants {
                let samples: Option<Vec<(Duration, u64)>> = (0..runs)
                    .map(|run| run_once(&(case.args)(&p.file, dir.path(), run), dir.path()))
                    .collect();
                let Some(samples) = samples else {
                    print!(" | {:>30}", "fails");
                    times.push(Duration::ZERO);
                    continue;
                };
                let time = median(samples.iter().map(|s| s.0).collect());
                let peak = median(samples.iter().map(|s| s.1).collect());
                times.push(time);
                print!(
                    " | {:>9.1} ms {:>7.1} MB {:>8}",
                    time.as_secs_f64() * 1e3,
                    peak as f64 / 1e6,
                    format!("{:.1}x", peak as f64 / p.bytes as f64)
                );
            }
            println!(" | {}", growth(&plants, &times));
        }
    }

    /// Time growth between the second smallest and the largest plant as an exponent of the growth
    /// in answers (the smallest is mostly start-up).
    fn growth(plants: &[Plant], times: &[Duration]) -> String {
        if plants.len() < 3 || times.contains(&Duration::ZERO) {
            return "-".into();
        }
        let (a, b) = (1, plants.len() - 1);
        let size = plants[b].answers as f64 / plants[a].answers as f64;
        let time = times[b].as_secs_f64() / times[a].as_secs_f64();
        let exponent = time.ln() / size.ln();
        let mark = if exponent > 1.3 { "  <- faster than linear" } else { "" };
        format!("x{time:.1} for x{size:.1} answers (n^{exponent:.2}){mark}")
    }
}
