//! Property: for any sequence of interface actions (answers, notes, reasons, flags, clearing,
//! undo, moving) and writes by other programs (a touch, a changed file), no acknowledged answer
//! or typed note is lost. The interface runs against a real file; a small oracle keeps what the
//! assessor did; at the end, after re-applying over the other program's changes, the file holds
//! exactly the oracle's answers and the other program's.
//! `PROPTEST_CASES` sets the number of sequences (default 24 here; every save is durable).

mod common;

use crossterm::event::KeyCode;
use iacs_assess::assessment::{Answer, AnswerId, Assessment, AssessmentFile, storage};
use iacs_assess::tui::dialog::Dialog;
use iacs_assess::tui::effects::Runtime;
use iacs_assess::tui::model::{Model, SaveState};
use iacs_assess::tui::step;
use iacs_assess::tui::theme::Theme;
use iacs_assess::tui::update::{Msg, ctrl, press};
use proptest::prelude::*;
use std::collections::BTreeMap;

/// The requirements the assessor answers (the first few of 62443-2-4) ...
const MINE: usize = 5;
/// ... and those the other program writes (far away in the list, so they never meet).
const THEIRS: [&str; 3] = ["SP.09.01 BR", "SP.10.01 BR", "SP.12.01 BR"];

#[derive(Debug, Clone)]
enum Act {
    Answer(char),
    Clear,
    Note(String),
    Reason(String),
    Flag,
    Undo,
    Down,
    Up,
    Touch,
    TheyWrite(usize, u8),
    /// Answer an open "file changed" question: reload (true) or keep working (false).
    Resolve(bool),
}

fn act() -> impl Strategy<Value = Act> {
    prop_oneof![
        4 => prop::sample::select(vec!['0', '1', '2', '3', '4']).prop_map(Act::Answer),
        1 => Just(Act::Clear),
        2 => "[a-z ]{0,6}".prop_map(Act::Note),
        2 => "[a-z ]{0,6}".prop_map(Act::Reason),
        1 => Just(Act::Flag),
        2 => Just(Act::Undo),
        2 => Just(Act::Down),
        1 => Just(Act::Up),
        1 => Just(Act::Touch),
        1 => (0..THEIRS.len(), 1u8..=4).prop_map(|(i, l)| Act::TheyWrite(i, l)),
        1 => any::<bool>().prop_map(Act::Resolve),
    ]
}

/// What the assessor gave for one requirement.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
struct Given {
    value: Option<String>,
    note: String,
    flagged: bool,
}

#[derive(Default)]
struct Oracle {
    answers: BTreeMap<usize, Given>,
    undo: Vec<(usize, Given)>,
    cursor: usize,
    theirs: BTreeMap<usize, u8>,
}

impl Oracle {
    fn change(&mut self, to: Given) {
        let now = self.answers.get(&self.cursor).cloned().unwrap_or_default();
        if now != to {
            self.undo.push((self.cursor, now));
            self.answers.insert(self.cursor, to);
        }
    }

    fn current(&self) -> Given {
        self.answers.get(&self.cursor).cloned().unwrap_or_default()
    }
}

fn id(r: &str) -> AnswerId {
    AnswerId::new("iec62443-2-4", None, r)
}

fn given(a: &Assessment, r: &str) -> Given {
    a.answer(id(r).key())
        .map(|x| Given {
            value: x.value.as_deref().map(str::to_string),
            note: x.note.clone(),
            flagged: x.flagged,
        })
        .unwrap_or_default()
}

fn run(acts: &[Act]) -> Result<(), TestCaseError> {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("plant.toml");
    let catalog = common::catalog();
    let ids: Vec<String> = catalog.questionnaire("iec62443-2-4").unwrap().requirements[..MINE]
        .iter()
        .map(|r| r.id.clone())
        .collect();
    AssessmentFile::create(
        &file,
        &Assessment::new("P", "en", vec!["iec62443-2-4".into()], jiff::Timestamp::UNIX_EPOCH),
    )
    .unwrap();
    let file = file.canonicalize().unwrap();
    let mut texts = common::texts();
    texts.select(None);
    let mut m = Model::new(catalog, texts, Theme::monochrome(), vec![], dir.path().join("data"));
    let mut rt = Runtime::new(&m);
    let opened = rt.open(&file, &m).unwrap();
    step(&mut m, Msg::Opened(Ok(opened)), &mut rt);
    let mut o = Oracle::default();
    let keys = |m: &mut Model, rt: &mut Runtime, text: &str| {
        for c in text.chars() {
            step(m, press(KeyCode::Char(c)), rt);
        }
    };
    for a in acts {
        // While the "file changed" question is open, only Resolve answers it.
        let asking = matches!(m.dialog, Some(Dialog::ChangedOnDisk));
        match a {
            Act::Resolve(reload) if asking => {
                keys(&mut m, &mut rt, if *reload { "r" } else { "k" });
                if matches!(m.dialog, Some(Dialog::Conflicts(_))) {
                    step(&mut m, press(KeyCode::Enter), &mut rt);
                }
            }
            _ if asking => {}
            Act::Resolve(_) => {}
            Act::Answer(c) => {
                keys(&mut m, &mut rt, &c.to_string());
                let mut g = o.current();
                g.value = Some(if *c == '0' {
                    "not-implemented".into()
                } else {
                    format!("ml{c}")
                });
                o.change(g);
            }
            Act::Clear => {
                step(&mut m, press(KeyCode::Backspace), &mut rt);
                let mut g = o.current();
                g.value = None;
                o.change(g);
            }
            Act::Note(text) => {
                // The note editor holds the note; typing adds to its end.
                keys(&mut m, &mut rt, "e");
                keys(&mut m, &mut rt, text);
                step(&mut m, press(KeyCode::Esc), &mut rt);
                let mut g = o.current();
                let note = format!("{}{text}", g.note).trim_end().to_string();
                // A not-applicable answer keeps its reason: an emptied note is refused.
                if !(note.trim().is_empty() && g.value.as_deref() == Some("na")) {
                    g.note = note;
                    o.change(g);
                }
            }
            Act::Reason(text) => {
                // The reason editor starts empty; a reason is added to the note there is.
                keys(&mut m, &mut rt, "n");
                keys(&mut m, &mut rt, text);
                step(&mut m, press(KeyCode::Esc), &mut rt);
                let mut g = o.current();
                let reason = text.trim_end();
                if !reason.trim().is_empty() {
                    g.value = Some("na".into());
                    g.note = if g.note.trim().is_empty() {
                        reason.to_string()
                    } else {
                        format!("{}\n{reason}", g.note)
                    };
                    o.change(g);
                }
            }
            Act::Flag => {
                keys(&mut m, &mut rt, "f");
                let mut g = o.current();
                g.flagged = !g.flagged;
                o.change(g);
            }
            Act::Undo => {
                step(&mut m, ctrl('z'), &mut rt);
                if let Some((at, g)) = o.undo.pop() {
                    o.answers.insert(at, g);
                    // Undo shows the answer it put back.
                    o.cursor = at;
                }
            }
            Act::Down => {
                if o.cursor + 1 < MINE {
                    keys(&mut m, &mut rt, "j");
                    o.cursor += 1;
                }
            }
            Act::Up => {
                keys(&mut m, &mut rt, "k");
                o.cursor = o.cursor.saturating_sub(1);
            }
            Act::Touch => {
                let f = std::fs::File::options().write(true).open(&file).unwrap();
                f.set_modified(std::time::SystemTime::now()).unwrap();
            }
            Act::TheyWrite(i, level) => {
                let mut on_disk = storage::read(&file, &m.catalog).unwrap();
                let mut x = Answer::new(&id(THEIRS[*i]), jiff::Timestamp::UNIX_EPOCH);
                x.value = Some(format!("ml{level}").into());
                on_disk.set_answer(x);
                std::fs::write(&file, storage::to_toml(&on_disk).unwrap()).unwrap();
                o.theirs.insert(*i, *level);
            }
        }
        // What the interface holds is what the assessor did.
        let s = m.session.as_ref().unwrap();
        prop_assert_eq!(s.cursor, o.cursor, "after {:?}", a);
        for (i, r) in ids.iter().enumerate() {
            let want = o.answers.get(&i).cloned().unwrap_or_default();
            prop_assert_eq!(given(&s.assessment, r), want, "{} after {:?}", r, a);
        }
        // "saved" is only said when the file holds it.
        if matches!(m.save, SaveState::Saved(_)) {
            let disk = storage::read(&file, &m.catalog).unwrap();
            for r in &ids {
                prop_assert_eq!(given(&disk, r), given(&s.assessment, r), "{} on disk after {:?}", r, a);
            }
        }
    }
    // Finish the day: a changed file is reloaded and the assessor's changes re-applied.
    if m.save == SaveState::ChangedOnDisk {
        if m.dialog.is_none() {
            step(&mut m, ctrl('s'), &mut rt);
        }
        keys(&mut m, &mut rt, "r");
        if matches!(m.dialog, Some(Dialog::Conflicts(_))) {
            step(&mut m, press(KeyCode::Enter), &mut rt);
        }
    }
    // A day where nothing stuck (say, only an undo with nothing to undo)
    // ends "unchanged"; any other day ends saved.
    prop_assert!(
        matches!(m.save, SaveState::Saved(_) | SaveState::Unchanged),
        "{:?} {:?}",
        m.save,
        m.notice
    );
    let disk = storage::read(&file, &m.catalog).unwrap();
    for (i, r) in ids.iter().enumerate() {
        prop_assert_eq!(given(&disk, r), o.answers.get(&i).cloned().unwrap_or_default(), "{}", r);
    }
    for (i, level) in &o.theirs {
        let want = Some(format!("ml{level}"));
        prop_assert_eq!(given(&disk, THEIRS[*i]).value, want, "theirs {}", THEIRS[*i]);
    }
    Ok(())
}

fn cases() -> u32 {
    std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(24)
}

proptest! {
    #![proptest_config(ProptestConfig { cases: cases(), rng_seed: common::proptest_seed(), ..ProptestConfig::default() })]

    #[test]
    fn no_acknowledged_answer_or_typed_note_is_lost(acts in prop::collection::vec(act(), 1..40)) {
        run(&acts)?;
    }
}

#[test]
fn a_hand_picked_day_with_every_kind_of_interruption() {
    use Act::*;
    run(&[
        Answer('3'),
        Note("asked".into()),
        TheyWrite(0, 4),
        Down,
        Answer('2'),
        Resolve(false),
        Reason("no wireless".into()),
        Touch,
        Undo,
        Flag,
        Resolve(true),
        Answer('1'),
        TheyWrite(1, 2),
        Undo,
        Undo,
    ])
    .unwrap();
}
