//! The alignment screen without a terminal: reached from the results (M), the questionnaire and
//! the zones screen, Esc back to where it was opened from; switching mappings, the filter by
//! verdict, Tab and Enter on a link landing on the requirement's answer at its first target not
//! met or open, a link outside the assessment refused with a notice, the alignment computed again
//! after an answer changes; snapshots of the demo at 160x48, 100x30, 80x24, 60x16 and in German
//! (high contrast: tests/tui_themes.rs).

mod common;

use common::{key, keys};
use crossterm::event::KeyCode;
use iacs_assess::alignment::{LinkState, TargetState, Verdict};
use iacs_assess::assessment::Assessment;
use iacs_assess::catalog::Catalog;
use iacs_assess::content::{self, Sources};
use iacs_assess::i18n::Texts;
use iacs_assess::tui::model::{Model, Screen};
use iacs_assess::tui::screens::alignment::state::{Filter, Panel};
use iacs_assess::tui::theme::Theme;
use iacs_assess::tui::update::{Msg, Opened, update};
use jiff::Timestamp;
use std::path::{Path, PathBuf};

fn demo_assessment() -> Assessment {
    let mut a: Assessment = toml::from_str(iacs_assess::demo::WATER_WORKS).unwrap();
    a.after_reading();
    a
}

/// The demo on the alignment screen, opened from the results, showing CSF 2.0.
fn demo() -> Model {
    let mut m = common::demo_model(Theme::monochrome());
    keys(&mut m, "rM");
    assert_eq!(m.screen, Screen::Alignment);
    while mapping(&m) != "csf2" {
        key(&mut m, KeyCode::Right);
    }
    m
}

/// A mapping of our own beside the built-in ones: a grouping item, an item linked to 62443-3-3
/// SR 7.8 (answered per zone in the demo) and to 62443-4-1 SM-1 (not in the demo), an item
/// without links.
fn with_own_mapping(dir: &Path) -> Model {
    let q = dir.join("questionnaires/mappings");
    let l = dir.join("locales/en");
    std::fs::create_dir_all(&q).unwrap();
    std::fs::create_dir_all(&l).unwrap();
    std::fs::write(
        q.join("zz.toml"),
        r#"format = 1
[mapping]
id = "zz"
reference = "Test rules, part 1"
[[item]]
id = "P1"
assessable = false
[[item]]
id = "P1.a"
parent = "P1"
[[item.link]]
questionnaire = "iec62443-3-3"
requirement = "SR 7.8"
kind = "supports"
source = "our-reading"
[[item.link]]
questionnaire = "iec62443-4-1"
requirement = "SM-1"
kind = "partial"
source = "our-reading"
[[item]]
id = "P1.b"
parent = "P1"
"#,
    )
    .unwrap();
    std::fs::write(
        l.join("mapping-zz.ftl"),
        "mapping =\n    .title = Test rules\n    .short = TR\n\
         item-p1 =\n    .title = Part one\n\
         item-p1-a =\n    .title = Keep an inventory\n\
         link-p1-a--iec62443-3-3--sr-7-8 =\n    .why = The inventory of the zone's components.\n\
         link-p1-a--iec62443-4-1--sm-1 =\n    .why = A supplier's process.\n\
         item-p1-b =\n    .title = Tell the authority\n",
    )
    .unwrap();
    let sources = Sources {
        questionnaire_dirs: vec![dir.join("questionnaires")],
        locale_dirs: vec![dir.join("locales")],
    };
    let catalog = Catalog::load(&sources).expect("the catalog with our mapping loads");
    let (files, problems) = content::locale_files(&sources);
    assert!(problems.is_empty(), "{problems:?}");
    let mut texts = Texts::load(&files).unwrap();
    texts.select(None);
    let mut m = Model::new(catalog, texts, Theme::monochrome(), vec![], "/data".into());
    let opened = Opened::new(PathBuf::from("/p.toml"), demo_assessment());
    update(&mut m, Msg::Opened(Ok(opened)), Timestamp::UNIX_EPOCH);
    keys(&mut m, "rM");
    m
}

fn mapping(m: &Model) -> String {
    m.alignment.mapping.clone().unwrap_or_default()
}

fn selected(m: &Model) -> String {
    m.alignment.selected.clone().unwrap_or_default()
}

/// Select the item `id` with ↓ from the top.
fn select(m: &mut Model, id: &str) {
    key(m, KeyCode::Home);
    for _ in 0..200 {
        if selected(m) == id {
            return;
        }
        key(m, KeyCode::Down);
    }
    panic!("{id} is not listed");
}

#[test]
fn left_and_right_switch_among_the_mappings_that_link_to_the_assessment() {
    let dir = tempfile::tempdir().unwrap();
    let mut m = with_own_mapping(dir.path());
    // NIS2 and the CRA link nothing yet on this branch: only CSF 2.0 and ours are shown.
    let mut listed = m.alignment.mappings.clone();
    listed.sort();
    assert!(
        listed.contains(&"csf2".to_string()) && listed.contains(&"zz".to_string()),
        "{listed:?}"
    );
    let first = mapping(&m);
    assert_eq!(first, m.alignment.mappings[0]);
    let mut seen = vec![first.clone()];
    for _ in 1..m.alignment.mappings.len() {
        key(&mut m, KeyCode::Right);
        seen.push(mapping(&m));
    }
    key(&mut m, KeyCode::Right);
    assert_eq!(mapping(&m), first, "→ goes round");
    seen.sort();
    assert_eq!(seen, listed);
    key(&mut m, KeyCode::Char('['));
    assert_eq!(mapping(&m), *m.alignment.mappings.last().unwrap(), "[ goes back");
    // The alignment shown is that of the mapping chosen, computed in update.
    while mapping(&m) != "zz" {
        key(&mut m, KeyCode::Char(']'));
    }
    let c = m.alignment.computed.as_ref().unwrap();
    assert_eq!(c.alignment.mapping, "zz");
    assert_eq!(c.alignment.outside, ["iec62443-4-1"]);
    let screen = common::draw(&m, 100, 30);
    assert!(screen.contains("Test rules"), "{screen}");
    assert!(screen.contains("Test rules, part 1"), "the reference: {screen}");
    assert!(screen.contains("2 items: "), "the summary line: {screen}");
    assert!(screen.contains("Not in this assessment: IEC 62443-4-1"), "{screen}");
}

#[test]
fn the_filter_goes_through_the_verdicts_some_item_has_and_the_title_says_which() {
    let mut m = demo();
    let summary = m.alignment.computed.as_ref().unwrap().alignment.summary.clone();
    assert_eq!(summary.total(), 106);
    let mut filters = vec![];
    for _ in 0..8 {
        keys(&mut m, "f");
        filters.push(m.alignment.filter.0);
        let c = m.alignment.computed.as_ref().unwrap();
        let verdicts: Vec<Option<Verdict>> = c.shown.iter().map(|&i| c.alignment.items[i].verdict).collect();
        match m.alignment.filter.0 {
            None => assert_eq!(c.shown.len(), c.alignment.items.len()),
            Some(v) => {
                // Only that verdict, with the grouping items above (no verdict of their own).
                assert!(verdicts.iter().all(|x| x.is_none_or(|x| x == v)), "{v:?}");
                assert_eq!(verdicts.iter().filter(|x| x.is_some()).count(), summary.count(v));
                let screen = common::draw(&m, 100, 30);
                let word = match v {
                    Verdict::Partly => "filter: partly",
                    Verdict::Supported => "filter: supported",
                    Verdict::NoLinks => "filter: no 62443 counterpart",
                    _ => "filter: ",
                };
                assert!(screen.contains(word), "{screen}");
            }
        }
    }
    // All, then what needs work first; verdicts no item has are passed over.
    assert_eq!(
        Filter::CYCLE[..3],
        [None, Some(Verdict::NotSupported), Some(Verdict::Partly)]
    );
    assert_eq!(Filter::CYCLE.len(), Verdict::ALL.len() + 1);
    let expected: Vec<Option<Verdict>> = Filter::CYCLE
        .into_iter()
        .filter(|v| v.is_none_or(|v| summary.count(v) > 0))
        .collect();
    let n = expected.len();
    let cycle: Vec<Option<Verdict>> = (1..=8).map(|k| expected[k % n]).collect();
    assert_eq!(filters, cycle);
    while m.alignment.filter.0 != Some(Verdict::Partly) {
        keys(&mut m, "f");
    }
    keys(&mut m, "F");
    let partly = expected.iter().position(|v| *v == Some(Verdict::Partly)).unwrap();
    assert_eq!(m.alignment.filter.0, expected[partly - 1], "F goes back");
}

#[test]
fn enter_on_a_link_answers_its_requirement_at_the_first_zone_where_it_is_not_met() {
    let dir = tempfile::tempdir().unwrap();
    let mut m = with_own_mapping(dir.path());
    while mapping(&m) != "zz" {
        key(&mut m, KeyCode::Right);
    }
    // A grouping item or one without links keeps the focus on the items and says why.
    select(&mut m, "P1");
    key(&mut m, KeyCode::Tab);
    assert_eq!(m.alignment.focus, Panel::Items);
    assert!(
        m.notice.as_deref().unwrap_or_default().contains("grouping"),
        "{:?}",
        m.notice
    );
    select(&mut m, "P1.b");
    key(&mut m, KeyCode::Enter);
    assert_eq!(m.alignment.focus, Panel::Items);
    select(&mut m, "P1.a");
    key(&mut m, KeyCode::Enter);
    assert_eq!(m.alignment.focus, Panel::Links);
    let item = m.alignment.item().unwrap().clone();
    let link = &item.links[0];
    assert_eq!(link.requirement, "SR 7.8");
    let expected = link
        .targets
        .iter()
        .find(|t| matches!(t.state, TargetState::NotMet | TargetState::Open))
        .expect("the demo has SR 7.8 not met somewhere")
        .target
        .clone();
    assert_eq!(expected.as_deref(), Some("Z-CTRL"));
    // The rationale and the details are drawn.
    let screen = common::draw(&m, 160, 48);
    assert!(screen.contains("IEC 62443-3-3 SR 7.8"), "{screen}");
    assert!(
        screen.contains("Why: The inventory of the zone's components."),
        "{screen}"
    );
    assert!(screen.contains("supports · our reading · met at"), "{screen}");
    // The second link's questionnaire is not in the assessment: it cannot be opened.
    key(&mut m, KeyCode::Down);
    assert_eq!(m.alignment.link, 1);
    assert_eq!(m.alignment.item().unwrap().links[1].state, LinkState::Outside);
    key(&mut m, KeyCode::Enter);
    assert_eq!(m.screen, Screen::Alignment);
    let notice = m.notice.clone().unwrap_or_default();
    assert!(
        notice.contains("IEC 62443-4-1 SM-1") && notice.contains("cannot be opened"),
        "{notice}"
    );
    // The first: on the questionnaire screen, at Z-CTRL, where it is not met.
    key(&mut m, KeyCode::Up);
    key(&mut m, KeyCode::Enter);
    assert_eq!(m.screen, Screen::Questionnaire);
    let id = m.answer_id().unwrap();
    assert_eq!(
        (id.questionnaire.as_str(), id.target.as_deref(), id.requirement.as_str()),
        ("iec62443-3-3", Some("Z-CTRL"), "SR 7.8")
    );
    assert!(
        m.notice.as_deref().unwrap_or_default().contains("M goes back"),
        "{:?}",
        m.notice
    );
    // Answered met there: the alignment is computed again when the screen comes back.
    let before = m.alignment.computed.as_ref().unwrap().revision;
    keys(&mut m, "m");
    keys(&mut m, "M");
    assert_eq!(m.screen, Screen::Alignment);
    let c = m.alignment.computed.as_ref().unwrap();
    assert!(c.revision > before);
    assert_eq!(mapping(&m), "zz", "the mapping and the selection are kept");
    assert_eq!(selected(&m), "P1.a");
    let link = &m.alignment.item().unwrap().links[0];
    assert_eq!(link.state, LinkState::Met, "{link:?}");
    // Opened from the questionnaire this time: Esc goes back there.
    key(&mut m, KeyCode::Esc);
    assert_eq!(m.screen, Screen::Questionnaire);
}

#[test]
fn a_key_that_only_moves_computes_nothing_again() {
    let mut m = demo();
    let computed = |m: &Model| {
        let c = m.alignment.computed.as_ref().unwrap();
        (c.revision, c.alignment.items.as_ptr())
    };
    let before = computed(&m);
    select(&mut m, "PR.AA-01");
    key(&mut m, KeyCode::Tab);
    key(&mut m, KeyCode::Down);
    keys(&mut m, "?");
    key(&mut m, KeyCode::Esc);
    assert_eq!(computed(&m), before, "the same alignment, not computed again");
    // Another filter lists again from the same alignment.
    keys(&mut m, "f");
    assert_eq!(computed(&m), before);
}

#[test]
fn esc_and_q_go_back_to_the_screen_the_alignment_was_opened_from() {
    let mut m = demo();
    key(&mut m, KeyCode::Tab);
    assert_eq!(m.alignment.focus, Panel::Items, "GV has no links: the focus stays");
    select(&mut m, "PR.AA-01");
    key(&mut m, KeyCode::Tab);
    assert_eq!(m.alignment.focus, Panel::Links);
    key(&mut m, KeyCode::Esc);
    assert_eq!(
        m.alignment.focus,
        Panel::Items,
        "Esc in the links goes back to the items"
    );
    assert_eq!(m.screen, Screen::Alignment);
    key(&mut m, KeyCode::Esc);
    assert_eq!(m.screen, Screen::Results);
    keys(&mut m, "q");
    assert_eq!(m.screen, Screen::Questionnaire);
    keys(&mut m, "M");
    assert_eq!(m.screen, Screen::Alignment);
    keys(&mut m, "q");
    assert_eq!(m.screen, Screen::Questionnaire);
    keys(&mut m, "s");
    assert_eq!(m.screen, Screen::Zones);
    keys(&mut m, "M");
    assert_eq!(m.screen, Screen::Alignment);
    key(&mut m, KeyCode::Esc);
    assert_eq!(m.screen, Screen::Zones);
}

#[test]
fn the_results_screen_names_the_key_in_its_hints_and_help() {
    let mut m = common::demo_model(Theme::monochrome());
    keys(&mut m, "r");
    let screen = common::draw(&m, 160, 48);
    assert!(screen.contains("M alignment"), "{screen}");
    keys(&mut m, "?");
    let help = common::draw(&m, 160, 48);
    assert!(help.contains("M              alignment: NIS2, CSF 2.0, CRA"), "{help}");
}

#[test]
fn snapshots_of_the_demo() {
    let mut m = demo();
    select(&mut m, "PR.AA-01");
    m.notice = None;
    insta::assert_snapshot!("alignment_160x48", common::draw(&m, 160, 48));
    insta::assert_snapshot!("alignment_100x30", common::draw(&m, 100, 30));
    insta::assert_snapshot!("alignment_80x24", common::draw(&m, 80, 24));
    insta::assert_snapshot!("alignment_60x16", common::draw(&m, 60, 16));
    key(&mut m, KeyCode::Tab);
    key(&mut m, KeyCode::Down);
    insta::assert_snapshot!("alignment_links_60x16", common::draw(&m, 60, 16));
    insta::assert_snapshot!("alignment_links_80x24", common::draw(&m, 80, 24));
    // Every size in between: no line wider than the terminal, nothing panics, down to 20x5.
    for (w, h) in [(20, 5), (59, 15), (60, 16), (70, 20), (99, 29), (139, 40), (200, 60)] {
        let screen = common::draw(&m, w, h);
        assert!(screen.lines().all(|l| l.chars().count() <= usize::from(w)), "{w}x{h}");
    }
    key(&mut m, KeyCode::Esc);
    keys(&mut m, "f");
    insta::assert_snapshot!("alignment_filter_100x30", common::draw(&m, 100, 30));
}

#[test]
fn snapshot_in_german() {
    let mut m = common::demo_model(Theme::monochrome());
    m.texts.select(Some(&"de".parse().unwrap()));
    keys(&mut m, "rM");
    while mapping(&m) != "csf2" {
        key(&mut m, KeyCode::Right);
    }
    select(&mut m, "PR.AA-01");
    m.notice = None;
    insta::assert_snapshot!("de_alignment_100x30", common::draw(&m, 100, 30));
}

#[test]
fn with_one_mapping_the_keys_offer_no_other_and_left_right_say_why() {
    let mut m = common::demo_model(Theme::monochrome());
    m.catalog.mappings.retain(|x| x.id == "nis2");
    keys(&mut m, "rM");
    assert_eq!(m.alignment.mappings, ["nis2"]);
    let screen = common::draw(&m, 100, 30);
    assert!(screen.contains("↑↓ item · f F filter"), "{screen}");
    assert!(!screen.contains("←→ mapping") && !screen.contains("1 of 1"), "{screen}");
    key(&mut m, KeyCode::Right);
    assert_eq!(mapping(&m), "nis2");
    let screen = common::draw(&m, 100, 30);
    assert!(screen.contains("Only this mapping links"), "{screen}");
}
