//! What a person at the terminal waits for, timed in a pseudo-terminal on the release binary:
//! (a) start to first frame: `iacs-assess` spawned until the home screen shows, and
//!     `iacs-assess open FILE` until the screen shows the questionnaire;
//! (b) key to frame: a key written to the terminal until the screen shows its effect, for a
//!     navigation key (`j`: the next requirement's title in the detail pane) and an answer key
//!     (`3` and `2` in turn on a 62443-2-1 requirement: its row shows the new value), keys about
//!     100 ms apart, so every answer starts a save while earlier ones may still be written.
//! On the large assessment (50 zones, 500 scenarios) and on a 500-zone plant, both generated into
//! a temporary folder (never touching a real file); each start in a fresh home folder.
//!
//! Run: `cargo bench --bench pty_timing` (times the binary this build made).
//! Another binary (e.g. main's, for a before/after): `IACS_BIN=/path/to/iacs-assess cargo bench
//! --bench pty_timing`. More or fewer samples: `PTY_TIMING_STARTS=10 PTY_TIMING_KEYS=30`; only one
//! size: `PTY_TIMING_ZONES=50` (or `500`); every sample in order: `PTY_TIMING_SAMPLES=1`. Prints medians with the fastest and slowest sample.
//! The machine should be otherwise idle; repeat and compare runs made one right after the other.
#![allow(clippy::disallowed_macros)] // a measuring tool: prints its own numbers

use iacs_assess::assessment::AssessmentFile;
use iacs_assess::catalog::Catalog;
use iacs_assess::content::Sources;
use portable_pty::{CommandBuilder, PtySize, native_pty_system};
use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::sync::{Arc, Condvar, Mutex};
use std::time::{Duration, Instant};

const COLS: u16 = 160;
const ROWS: u16 = 48;
const SPACING: Duration = Duration::from_millis(100);
const PATIENCE: Duration = Duration::from_secs(30);

fn main() {
    let bin = std::env::var_os("IACS_BIN")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_BIN_EXE_iacs-assess")));
    let number = |name: &str, default: usize| std::env::var(name).ok().and_then(|v| v.parse().ok()).unwrap_or(default);
    let starts = number("PTY_TIMING_STARTS", 10);
    let keys = number("PTY_TIMING_KEYS", 30);
    let sizes: Vec<usize> = match std::env::var("PTY_TIMING_ZONES") {
        Ok(z) => z.split(',').filter_map(|x| x.trim().parse().ok()).collect(),
        Err(_) => vec![50, 500],
    };
    println!("binary: {}", bin.display());
    println!(
        "{:<10} {:<22} {:>9} {:>9} {:>9} {:>4}",
        "zones", "what", "median", "min", "max", "n"
    );
    let mut home_starts = Vec::new();
    for _ in 0..starts {
        let home = tempfile::tempdir().unwrap();
        let t = Instant::now();
        let s = Terminal::start(&bin, home.path(), None);
        home_starts.push(s.wait(t, |screen| screen.contains("Recent assessments")));
        s.quit();
    }
    println!(
        "{:<10} {:<22} {:>9} {:>9} {:>9} {:>4}",
        "-",
        "start to home screen",
        ms(median(&home_starts)),
        ms(*home_starts.iter().min().unwrap_or(&Duration::ZERO)),
        ms(*home_starts.iter().max().unwrap_or(&Duration::ZERO)),
        home_starts.len()
    );
    let catalog = Catalog::load(&Sources::default()).expect("the built-in catalog");
    let dir = tempfile::tempdir().unwrap();
    for zones in sizes {
        let file = dir.path().join(format!("plant-{zones}.toml"));
        let a = iacs_assess::generate::large_assessment(&catalog, zones, 500);
        AssessmentFile::create(&file, &a).expect("the generated plant is written");
        let first = catalog.questionnaire(&a.assessment.questionnaires[0]).unwrap();
        let ids: Vec<String> = first.requirements.iter().map(|r| r.id.clone()).collect();
        let mut start_times = Vec::new();
        for _ in 0..starts {
            let home = tempfile::tempdir().unwrap();
            let t = Instant::now();
            let s = Terminal::start(&bin, home.path(), Some(&file));
            start_times.push(s.wait(t, |screen| screen.contains(&format!("│{}  ", ids[0]))));
            s.quit();
        }
        report(zones, "start to first frame", &start_times);

        let home = tempfile::tempdir().unwrap();
        let mut s = Terminal::start(&bin, home.path(), Some(&file));
        s.wait(Instant::now(), |screen| screen.contains(&format!("│{}  ", ids[0])));
        // Navigation: j moves to the next requirement; its title heads the detail pane.
        let mut moves = Vec::new();
        for next in ids.iter().skip(1).take(keys) {
            let marker = format!("│{next}  ");
            moves.push(s.key("j", |screen| screen.contains(&marker)));
        }
        report(zones, "key to frame: j", &moves);
        // Answers: first a known value (2), then 3 and 2 in turn, each a change and a save.
        let current = &ids[keys.min(ids.len() - 1)];
        let row = |value: char| {
            move |screen: &str| {
                screen.contains(&format!("{value} {current}")) || screen.contains(&format!("{value}⚑{current}"))
            }
        };
        s.key("1", |_| true);
        std::thread::sleep(Duration::from_millis(500));
        s.key("2", row('2'));
        let mut answers = Vec::new();
        for i in 0..keys {
            let value = if i % 2 == 0 { '3' } else { '2' };
            answers.push(s.key(&value.to_string(), row(value)));
        }
        report(zones, "key to frame: answer", &answers);
        let saved = s.wait(Instant::now(), |screen| screen.contains(" saved "));
        println!("{zones:<10} {:<22} {:>9}", "then saved shown after", ms(saved));
        s.quit();
    }
}

fn ms(d: Duration) -> String {
    format!("{:.2}ms", d.as_secs_f64() * 1000.0)
}

fn median(samples: &[Duration]) -> Duration {
    let mut sorted = samples.to_vec();
    sorted.sort();
    match sorted.len() {
        0 => Duration::ZERO,
        n if n % 2 == 1 => sorted[n / 2],
        n => (sorted[n / 2 - 1] + sorted[n / 2]) / 2,
    }
}

fn report(zones: usize, what: &str, samples: &[Duration]) {
    let mut sorted = samples.to_vec();
    sorted.sort();
    let median = median(samples);
    if std::env::var_os("PTY_TIMING_SAMPLES").is_some() {
        println!("{:?}", samples.iter().map(|d| ms(*d)).collect::<Vec<_>>());
    }
    println!(
        "{zones:<10} {what:<22} {:>9} {:>9} {:>9} {:>4}",
        ms(median),
        ms(*sorted.first().unwrap_or(&Duration::ZERO)),
        ms(*sorted.last().unwrap_or(&Duration::ZERO)),
        sorted.len()
    );
}

/// The screen as the terminal shows it, and when its last bytes arrived.
struct Screen {
    parser: vt100::Parser,
    updated: Instant,
    /// Bumped for every chunk read.
    chunks: u64,
}

struct Terminal {
    screen: Arc<(Mutex<Screen>, Condvar)>,
    writer: Box<dyn Write + Send>,
    child: Box<dyn portable_pty::Child + Send + Sync>,
    _master: Box<dyn portable_pty::MasterPty + Send>,
}

impl Terminal {
    /// Start `iacs-assess open FILE`, or the home screen without a file.
    fn start(bin: &Path, home: &Path, file: Option<&Path>) -> Terminal {
        let pty = native_pty_system()
            .openpty(PtySize {
                rows: ROWS,
                cols: COLS,
                pixel_width: 0,
                pixel_height: 0,
            })
            .expect("a pseudo-terminal");
        let mut cmd = CommandBuilder::new(bin);
        if let Some(file) = file {
            cmd.arg("open");
            cmd.arg(file);
        }
        cmd.env_clear();
        cmd.env("HOME", home);
        cmd.env("XDG_CONFIG_HOME", home.join("config"));
        cmd.env("XDG_DATA_HOME", home.join("data"));
        cmd.env("LC_ALL", "C");
        cmd.env("TERM", "xterm-256color");
        cmd.cwd(home);
        let child = pty.slave.spawn_command(cmd).expect("the binary starts");
        drop(pty.slave);
        let mut reader = pty.master.try_clone_reader().unwrap();
        let writer = pty.master.take_writer().unwrap();
        let screen = Arc::new((
            Mutex::new(Screen {
                parser: vt100::Parser::new(ROWS, COLS, 0),
                updated: Instant::now(),
                chunks: 0,
            }),
            Condvar::new(),
        ));
        let sink = Arc::clone(&screen);
        // Blocking reads: a frame is seen the moment it arrives. Ends when the program does.
        std::thread::spawn(move || {
            let mut buf = vec![0u8; 1 << 16];
            while let Ok(n) = reader.read(&mut buf) {
                if n == 0 {
                    break;
                }
                let arrived = Instant::now();
                let (lock, ready) = &*sink;
                let mut s = lock.lock().unwrap();
                s.parser.process(&buf[..n]);
                s.updated = arrived;
                s.chunks += 1;
                ready.notify_all();
            }
        });
        Terminal {
            screen,
            writer,
            child,
            _master: pty.master,
        }
    }

    /// From `since` until the screen first satisfies `shows` (as of the bytes that made it so).
    fn wait(&self, since: Instant, shows: impl Fn(&str) -> bool) -> Duration {
        let (lock, ready) = &*self.screen;
        let mut s = lock.lock().unwrap();
        let mut seen = u64::MAX;
        loop {
            if s.chunks != seen {
                seen = s.chunks;
                if shows(&s.parser.screen().contents()) {
                    return s.updated.saturating_duration_since(since);
                }
            }
            assert!(
                since.elapsed() < PATIENCE,
                "the screen never showed what was waited for:\n{}",
                s.parser.screen().contents()
            );
            s = ready.wait_timeout(s, Duration::from_millis(200)).unwrap().0;
        }
    }

    /// Write `key`, time it until the screen `shows` its effect, then let the rest of the spacing pass.
    fn key(&mut self, key: &str, shows: impl Fn(&str) -> bool) -> Duration {
        let t = Instant::now();
        self.writer.write_all(key.as_bytes()).unwrap();
        self.writer.flush().unwrap();
        let took = self.wait(t, shows);
        if let Some(rest) = SPACING.checked_sub(t.elapsed()) {
            std::thread::sleep(rest);
        }
        took
    }

    /// Ctrl-C (the program quits once its last write returned), then wait for it to end.
    fn quit(mut self) {
        let _ = self.writer.write_all(b"\x03");
        let _ = self.writer.flush();
        let t = Instant::now();
        while t.elapsed() < PATIENCE {
            if let Ok(Some(_)) = self.child.try_wait() {
                return;
            }
            std::thread::sleep(Duration::from_millis(10));
        }
        let _ = self.child.kill();
        panic!("the program did not quit");
    }
}
