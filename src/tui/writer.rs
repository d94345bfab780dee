//! The writer: saves run off the interface thread, so the frame for a key never waits for the disk.
//!
//! - The writer holds the open file (a [`Store`]: its lock, the text last written for noticing
//!   changes by other programs, the copy of a commented file). A write hands the file to a thread
//!   and gets it back with the outcome; while it is away, nothing else can touch it. Everything
//!   that needs the file quiet (reload, save as, close, open, quit, a panic) first waits for the
//!   write ([`Writer::wait`]), and the type leaves no other way: [`Writer::store`] is `None` then.
//! - The snapshot written is the session's `Arc<Assessment>`, handed over as an `Arc::clone`. The
//!   session changes its assessment only through `Arc::make_mut` (`Session::edit`), which copies
//!   it if the write still holds it. The real file lets go of the snapshot once it is serialized,
//!   before the disk is touched, so only a change during serialization pays for a copy.
//! - Changes coalesce: a change asks for a write ([`Writer::want`]); while one runs, that only
//!   marks that another is needed, and it is started (by the runtime, after the frame is drawn)
//!   with the assessment as it is when the running one returns.
//!
//! Without a thread (`Writer::inline`, for tests that drive `step`) a write runs at once.

use crate::assessment::Assessment;
use crate::assessment::storage::{Digest, Store};
use crate::error::{Error, Result};
use std::sync::{Arc, mpsc};

/// What to write.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Job {
    /// The assessment, if the file still holds what we last read or wrote.
    Save,
    /// The assessment, over the version a reload read (if the file still holds that one).
    SaveOver(Digest),
}

/// A write that returned: its result, and the session revision of the snapshot it wrote.
pub struct Written {
    pub result: Result<()>,
    pub revision: u64,
}

/// Called on the writer's thread when a write returned, to wake the interface's loop.
pub type Wake = Arc<dyn Fn() + Send + Sync>;

type Request = (Box<dyn Store>, Arc<Assessment>, Job);
type Outcome = (Box<dyn Store>, Result<()>);

/// The writer's thread, and the channels to it and back.
struct Thread {
    requests: mpsc::Sender<Request>,
    outcomes: mpsc::Receiver<Outcome>,
}

pub struct Writer {
    /// The open file, while no write has it.
    store: Option<Box<dyn Store>>,
    /// The session revision of the snapshot being written, while a write runs.
    running: Option<u64>,
    /// A write asked for and not started yet.
    wanted: Option<Job>,
    /// `None`: write at once on the caller's thread.
    thread: Option<Thread>,
}

/// Calls the wake when dropped: after the outcome was sent, and also when a write panicked
/// (then the outcome channel is closed, which `collect` and `wait` report as a failure).
struct WakeOnDrop(Wake);

impl Drop for WakeOnDrop {
    fn drop(&mut self) {
        (self.0)();
    }
}

impl Writer {
    /// Writes run at once, on the caller's thread.
    pub fn inline() -> Writer {
        Writer {
            store: None,
            running: None,
            wanted: None,
            thread: None,
        }
    }

    /// Writes run on a thread of their own; `wake` is called on it when one returned. Without a
    /// thread to be had, writes run inline.
    pub fn threaded(wake: Wake) -> Writer {
        let (requests, jobs) = mpsc::channel::<Request>();
        let (done, outcomes) = mpsc::channel::<Outcome>();
        let spawned = std::thread::Builder::new().name("writer".into()).spawn(move || {
            for (mut store, snapshot, job) in jobs {
                let _wake = WakeOnDrop(Arc::clone(&wake));
                let result = write(&mut *store, snapshot, job);
                if done.send((store, result)).is_err() {
                    return;
                }
            }
        });
        Writer {
            thread: spawned.is_ok().then_some(Thread { requests, outcomes }),
            ..Writer::inline()
        }
    }

    pub fn is_threaded(&self) -> bool {
        self.thread.is_some()
    }

    /// The open file, when no write has it (call [`Writer::wait`] first).
    pub fn store(&mut self) -> Option<&mut Box<dyn Store>> {
        self.store.as_mut()
    }

    /// Put another file in place (or none). Only when quiet: the caller waited.
    pub fn replace(&mut self, store: Option<Box<dyn Store>>) {
        debug_assert!(self.running.is_none(), "the file is replaced while a write has it");
        self.store = store;
        self.wanted = None;
    }

    /// Ask for a write. A save over a reloaded version stays asked for when a plain save is
    /// asked after it: it writes the same assessment, over the version that was merged.
    pub fn want(&mut self, job: Job) {
        self.wanted = match (self.wanted, job) {
            (Some(Job::SaveOver(d)), Job::Save) => Some(Job::SaveOver(d)),
            (_, job) => Some(job),
        };
    }

    /// Whether no write is running or asked for.
    pub fn quiet(&self) -> bool {
        self.wanted.is_none() && self.running.is_none()
    }

    /// Whether a write is asked for and none is running, so one can start now.
    pub fn ready(&self) -> bool {
        self.wanted.is_some() && self.running.is_none()
    }

    /// Forget a write asked for (there is nothing left to write: the session is closed).
    pub fn forget_wanted(&mut self) {
        self.wanted = None;
    }

    /// Start the write asked for, of `snapshot` (the session's assessment at `revision`). Inline,
    /// it runs now and returns what happened; on the thread, `None` (the outcome comes through
    /// `collect` or `wait`, after the wake).
    pub fn start(&mut self, snapshot: Arc<Assessment>, revision: u64) -> Option<Written> {
        if self.running.is_some() {
            return None;
        }
        let job = self.wanted.take()?;
        let Some(store) = self.store.take() else {
            return Some(Written {
                result: Err(Error::usage("no file is open")),
                revision,
            });
        };
        let request = (store, snapshot, job);
        let request = match &self.thread {
            Some(thread) => match thread.requests.send(request) {
                Ok(()) => {
                    self.running = Some(revision);
                    return None;
                }
                // The thread is gone (a write panicked): write here from now on.
                Err(mpsc::SendError(request)) => {
                    self.thread = None;
                    request
                }
            },
            None => request,
        };
        let (mut store, snapshot, job) = request;
        let result = write(&mut *store, snapshot, job);
        self.store = Some(store);
        Some(Written { result, revision })
    }

    /// The running write's outcome if it returned, without waiting.
    pub fn collect(&mut self) -> Option<Written> {
        self.running?;
        let received = match &self.thread {
            Some(thread) => match thread.outcomes.try_recv() {
                Err(mpsc::TryRecvError::Empty) => return None,
                received => received.ok(),
            },
            None => None,
        };
        Some(self.returned(received))
    }

    /// Wait for the running write, if there is one, and return its outcome.
    pub fn wait(&mut self) -> Option<Written> {
        self.running?;
        let received = self.thread.as_ref().and_then(|t| t.outcomes.recv().ok());
        Some(self.returned(received))
    }

    fn returned(&mut self, received: Option<Outcome>) -> Written {
        let revision = self.running.take().unwrap_or_default();
        let result = match received {
            Some((store, result)) => {
                self.store = Some(store);
                result
            }
            // The write panicked: the file went with it (its lock too). Later saves say that no
            // file is open; the recovery copy keeps the changes.
            None => {
                self.thread = None;
                Err(Error::usage("saving stopped unexpectedly"))
            }
        };
        Written { result, revision }
    }
}

fn write(store: &mut dyn Store, snapshot: Arc<Assessment>, job: Job) -> Result<()> {
    match job {
        Job::Save => store.save_snapshot(snapshot),
        Job::SaveOver(theirs) => store.save_over(&snapshot, theirs),
    }
}
