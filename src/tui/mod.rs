//! The terminal interface: model / message / update / view. This file is the runtime's loop: it
//! owns the terminal, turns terminal events, signals and idle seconds into messages, runs `update`
//! (through `effects::step`, which carries out what it asks for), and draws `view`. The terminal is
//! restored on every exit path: quitting, SIGTERM, SIGHUP, SIGINT and panics (ratatui's panic hook
//! plus a drop guard); before a panic ends the program, typed text and unsaved changes are kept.

pub mod asked;
pub mod bulk;
pub mod diagram_moves;
pub mod diagram_view;
pub mod dialog;
pub mod editor;
pub mod effects;
pub mod forms;
pub mod keymap;
pub mod leave;
pub mod memory;
pub mod message;
pub mod model;
pub mod recent;
pub mod recovery;
pub mod resume;
pub mod scored;
pub mod screens;
pub mod session;
pub mod theme;
pub mod undo;
pub mod update;
pub mod view;
pub mod widgets;
pub mod writer;

use crate::catalog::Catalog;
use crate::config::Config;
use crate::error::{Error, Result};
use crate::i18n::Texts;
use crossterm::event::{self, Event, KeyEventKind};
use effects::Runtime;
use message::Msg;
use model::Model;
use std::path::PathBuf;
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::mpsc;
use std::time::Duration;

pub use effects::step;

/// Restores the terminal when dropped, whatever way the loop ends.
struct TerminalGuard;

impl Drop for TerminalGuard {
    fn drop(&mut self) {
        restore();
    }
}

/// Leave raw mode and the alternate screen. Never panics: when the terminal is gone there is
/// nothing to restore and nobody to tell. (ratatui's own `restore` reports a failure with
/// `eprintln!`, which panics when standard error is the dead terminal; inside a panic hook that
/// aborts the program before it has kept what was typed.)
fn restore() {
    let _ = ratatui::try_restore();
}

/// Raw mode, the alternate screen, and a panic hook that restores the terminal without ever
/// panicking itself, then prints the panic as usual.
fn start_terminal() -> std::io::Result<ratatui::DefaultTerminal> {
    let hook = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        restore();
        hook(info);
    }));
    crossterm::terminal::enable_raw_mode()?;
    crossterm::execute!(std::io::stdout(), crossterm::terminal::EnterAlternateScreen)?;
    ratatui::Terminal::new(ratatui::backend::CrosstermBackend::new(std::io::stdout()))
}

/// Let go of the terminal without ratatui's drop, which shows the cursor and reports a failure
/// with `eprintln!` (a panic when the terminal is gone). Leaving the alternate screen has shown
/// the cursor already where there still is a terminal.
fn release(mut terminal: ratatui::DefaultTerminal) {
    let _ = terminal.show_cursor();
    std::mem::forget(terminal);
}

/// The model the interface starts with.
pub fn initial_model(catalog: Catalog, texts: Texts, config: &Config, data_dir: PathBuf) -> Result<Model> {
    let no_color = std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty());
    let theme = theme::Theme::by_name(config.theme.as_deref().unwrap_or("default"), no_color);
    let recent = recent::load(&data_dir);
    let wizard_draft = resume::load_wizard(&data_dir);
    let mut model = Model::new(catalog, texts, theme, recent, data_dir);
    model.wizard_draft = wizard_draft;
    model.assessor = config.assessor.clone().unwrap_or_default();
    model.home_dir = directories::BaseDirs::new().map(|d| d.home_dir().to_path_buf());
    model.start_dir = std::env::current_dir().ok();
    model.time_zone = jiff::tz::TimeZone::system();
    model.keymap = keymap::Keymap::with_overrides(&config.keys).map_err(Error::usage)?;
    model.effort = config.effort_scale();
    Ok(model)
}

/// The signals that end the program with everything kept: SIGTERM (shutdown), SIGHUP (the
/// terminal went away), SIGINT (`kill -INT`; Ctrl-C itself arrives as a key).
fn watch_signals() -> Arc<AtomicUsize> {
    use signal_hook::consts::{SIGINT, SIGTERM};
    let caught = Arc::new(AtomicUsize::new(0));
    #[cfg(unix)]
    let signals = [SIGTERM, SIGINT, signal_hook::consts::SIGHUP];
    #[cfg(not(unix))]
    let signals = [SIGTERM, SIGINT];
    for signal in signals {
        // Without the handler the signal keeps its default action; nothing more can be done.
        let _ = signal_hook::flag::register_usize(signal, Arc::clone(&caught), signal as usize);
    }
    caught
}

/// Run the interface until the user quits. `open` is a file to open at once.
pub fn run(catalog: Catalog, texts: Texts, config: &Config, open: Option<PathBuf>, learn: bool) -> Result<()> {
    let data_dir = crate::config::data_dir().unwrap_or_else(|| PathBuf::from("."));
    let mut model = initial_model(catalog, texts, config, data_dir)?;
    // One channel for everything the loop waits for: terminal events and returned writes.
    let (inputs, received) = mpsc::channel();
    let wake = inputs.clone();
    let mut runtime = Runtime::threaded(
        &model,
        Arc::new(move || {
            let _ = wake.send(Input::Written);
        }),
    );
    if let Some(path) = open {
        let opened = runtime.open(&path, &model)?;
        step(&mut model, Msg::Opened(Ok(opened)), &mut runtime);
    }
    if learn {
        model.screen = model::Screen::Learn;
    }
    let caught = watch_signals();
    let mut terminal = start_terminal().map_err(|e| {
        restore();
        Error::io("cannot start the terminal interface", e)
    })?;
    let guard = TerminalGuard;
    let outcome = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        event_loop(&mut model, &mut runtime, &mut terminal, &caught, inputs, &received)
    }));
    let signal = caught.load(Ordering::SeqCst);
    let outcome = match outcome {
        Ok(result) => result,
        Err(panic) => {
            // The panic hook has restored the terminal and printed the panic; keep what was typed
            // and what was not saved, then let the panic end the program.
            runtime.salvage(&model);
            drop(guard);
            release(terminal);
            std::panic::resume_unwind(panic);
        }
    };
    // Nothing is written after the program ends: the loop's last effect waited already.
    effects::finish(&mut model, &mut runtime);
    drop(guard);
    release(terminal);
    if signal != 0 {
        // Everything is kept; end the way the signal asks (the shell sees 128 + its number).
        let _ = signal_hook::low_level::emulate_default_handler(signal as i32);
    }
    outcome
}

/// Debug builds only, for the end-to-end test of what a panic keeps: F12 panics when the
/// environment variable `IACS_ASSESS_TEST_PANIC` is set.
fn test_panic(k: &crossterm::event::KeyEvent) {
    #[cfg(debug_assertions)]
    if k.code == crossterm::event::KeyCode::F(12) && std::env::var_os("IACS_ASSESS_TEST_PANIC").is_some() {
        panic!("test panic (IACS_ASSESS_TEST_PANIC is set)");
    }
    let _ = k;
}

/// What the loop waits for.
enum Input {
    Terminal(std::io::Result<Event>),
    /// The writer's thread returned a write (see `writer.rs`).
    Written,
}

/// Terminal events, read on a thread of their own. crossterm's `poll` can spin forever (ignoring
/// its timeout) once the terminal is gone (crossterm issue #793), so the loop never waits on it
/// directly: it waits on the channel `tx` sends to, and stays free to see signals, ticks, returned
/// writes and a dead terminal.
fn read_events(tx: mpsc::Sender<Input>) {
    std::thread::spawn(move || {
        loop {
            let event = event::read();
            let failed = event.is_err();
            if tx.send(Input::Terminal(event)).is_err() || failed {
                break;
            }
        }
    });
}

/// Whether the terminal hung up (its window closed, tmux killed) without a SIGHUP reaching us.
#[cfg(unix)]
fn terminal_gone() -> bool {
    use rustix::event::{PollFd, PollFlags, poll};
    let stdin = std::io::stdin();
    let mut fds = [PollFd::new(&stdin, PollFlags::empty())];
    let zero = rustix::event::Timespec { tv_sec: 0, tv_nsec: 0 };
    matches!(poll(&mut fds, Some(&zero)), Ok(n) if n > 0)
        && fds[0]
            .revents()
            .intersects(PollFlags::HUP | PollFlags::ERR | PollFlags::NVAL)
}

#[cfg(not(unix))]
fn terminal_gone() -> bool {
    false
}

fn event_loop(
    model: &mut Model,
    runtime: &mut Runtime,
    terminal: &mut ratatui::DefaultTerminal,
    caught: &AtomicUsize,
    inputs: mpsc::Sender<Input>,
    events: &mpsc::Receiver<Input>,
) -> Result<()> {
    read_events(inputs);
    if let Ok(size) = terminal.size() {
        step(model, Msg::Resized(size.width, size.height), runtime);
    }
    while !model.quit {
        if caught.load(Ordering::SeqCst) != 0 || terminal_gone() {
            // Keep everything and go: nobody may be there to answer a question.
            step(model, Msg::Signal, runtime);
            break;
        }
        runtime.remember_recent(model);
        if let Err(e) = terminal.draw(|frame| view::view(model, frame)) {
            step(model, Msg::Signal, runtime);
            return Err(Error::io("cannot draw", e));
        }
        // Save work the last key asked for starts now that its frame is on screen.
        effects::start_writes(model, runtime);
        match events.recv_timeout(Duration::from_secs(1)) {
            Ok(Input::Written) => effects::written(model, runtime),
            Ok(Input::Terminal(Ok(Event::Key(k)))) if k.kind != KeyEventKind::Release => {
                test_panic(&k);
                step(model, Msg::Key(k), runtime);
            }
            Ok(Input::Terminal(Ok(Event::Resize(width, height)))) => step(model, Msg::Resized(width, height), runtime),
            Ok(Input::Terminal(Ok(_))) => {}
            Err(mpsc::RecvTimeoutError::Timeout) => step(model, Msg::Tick, runtime),
            Ok(Input::Terminal(Err(e))) => {
                step(model, Msg::Signal, runtime);
                return Err(Error::io("cannot read the keyboard", e));
            }
            Err(mpsc::RecvTimeoutError::Disconnected) => {
                step(model, Msg::Signal, runtime);
                return Err(Error::io(
                    "cannot read the keyboard",
                    std::io::Error::other("the terminal is gone"),
                ));
            }
        }
    }
    Ok(())
}
