//! End to end in a real pseudo-terminal: create an assessment in the interface, answer three
//! requirements, quit, reopen, and find the answers on screen and on disk.

mod common;

use iacs_assess::assessment::{AnswerKey, storage};
use portable_pty::{CommandBuilder, PtySize, native_pty_system};
use std::io::{Read, Write};
use std::path::Path;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

struct Session {
    screen: Arc<Mutex<vt100::Parser>>,
    writer: Box<dyn Write + Send>,
    child: Box<dyn portable_pty::Child + Send + Sync>,
}

impl Session {
    fn start(home: &Path, args: &[&str]) -> Session {
        let pty = native_pty_system()
            .openpty(PtySize {
                rows: 30,
                cols: 100,
                pixel_width: 0,
                pixel_height: 0,
            })
            .expect("a pseudo-terminal");
        let mut cmd = CommandBuilder::new(env!("CARGO_BIN_EXE_iacs-assess"));
        cmd.args(args);
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
        let screen = Arc::new(Mutex::new(vt100::Parser::new(30, 100, 0)));
        let sink = Arc::clone(&screen);
        std::thread::spawn(move || {
            let _master = pty.master;
            let mut buf = [0u8; 4096];
            while let Ok(n) = reader.read(&mut buf) {
                if n == 0 {
                    break;
                }
                sink.lock().unwrap().process(&buf[..n]);
            }
        });
        Session { screen, writer, child }
    }

    fn contents(&self) -> String {
        self.screen.lock().unwrap().screen().contents()
    }

    /// Wait until the screen shows `text` (synchronisation, not a speed test: generous limit).
    fn wait_for(&self, text: &str) {
        let start = Instant::now();
        while start.elapsed() < Duration::from_secs(20) {
            if self.contents().contains(text) {
                return;
            }
            std::thread::sleep(Duration::from_millis(20));
        }
        panic!("screen never showed {text:?}:\n{}", self.contents());
    }

    fn send(&mut self, keys: &str) {
        self.writer.write_all(keys.as_bytes()).unwrap();
        self.writer.flush().unwrap();
        std::thread::sleep(Duration::from_millis(60));
    }

    fn wait_exit(&mut self) {
        let start = Instant::now();
        while start.elapsed() < Duration::from_secs(20) {
            if let Ok(Some(status)) = self.child.try_wait() {
                assert!(status.success(), "exit status {status:?}");
                return;
            }
            std::thread::sleep(Duration::from_millis(20));
        }
        let _ = self.child.kill();
        panic!("the program did not exit:\n{}", self.contents());
    }
}

const TAB: &str = "\t";
const ENTER: &str = "\r";

#[test]
fn create_answer_quit_reopen_and_find_the_answers() {
    let home = tempfile::tempdir().unwrap();
    let file = home.path().join("plant.toml");
    let file_text = file.to_string_lossy().into_owned();

    let mut s = Session::start(home.path(), &[]);
    s.wait_for("New assessment");
    s.send("n");
    s.wait_for("Title");
    s.send("North plant");
    s.send(&TAB.repeat(4));
    s.send(&file_text);
    // Then the language, then the questionnaires: 2-1, 2-4, 3-2, 3-3. Choose 2-4.
    s.send(&TAB.repeat(3));
    s.send(" ");
    // Then 3-2, 3-3, the target, and Create.
    s.send(&TAB.repeat(4));
    s.send(ENTER);
    s.wait_for("SP.01.01 BR");
    s.wait_for("saved");
    s.send("3");
    s.send("j");
    s.send("2");
    s.send("j");
    s.send("n");
    s.wait_for("Note (Enter new line");
    s.send("No subcontractors at all");
    s.send("\x1b");
    s.wait_for("2/122");
    s.send("q");
    s.wait_for("Recent assessments");
    s.send("q");
    s.wait_exit();

    let a = storage::read(&file, &common::catalog()).unwrap();
    let value = |r: &str| {
        a.answer(AnswerKey {
            questionnaire: "iec62443-2-4",
            target: None,
            requirement: r,
        })
        .and_then(|x| x.value.clone())
    };
    assert_eq!(value("SP.01.01 BR").as_deref(), Some("ml3"));
    assert_eq!(value("SP.01.01 RE(1)").as_deref(), Some("ml2"));
    assert_eq!(value("SP.01.02 BR").as_deref(), Some("na"));

    let mut s = Session::start(home.path(), &["open", &file_text]);
    s.wait_for("North plant");
    s.wait_for("3 SP.01.01 BR");
    s.wait_for("2 SP.01.01 RE(1)");
    s.wait_for("– SP.01.02 BR");
    s.send("q");
    s.send("q");
    s.wait_exit();
}
