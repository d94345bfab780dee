//! What a service provider sees in the interface (issue 23): a whole area set to "not offered"
//! with one reason, requirements outside the service scope assessed, the results with not offered
//! and the check against a target profile, and the targets form. `update` driven directly; the
//! screens drawn into a TestBackend (insta snapshots).

mod common;

use crossterm::event::KeyCode;
use iacs_assess::assessment::{AnswerId, AnswerKey, Assessment, ServiceScope};
use iacs_assess::catalog::{Profile, ProfileLevels, Service};
use iacs_assess::tui::dialog::Dialog;
use iacs_assess::tui::model::{Field, Model, Screen};
use iacs_assess::tui::screens::results::Panel;
use iacs_assess::tui::update::{Msg, Opened, ctrl, update};
use jiff::Timestamp;
use std::collections::BTreeMap;
use std::path::PathBuf;

const T0: Timestamp = Timestamp::UNIX_EPOCH;
const Q24: &str = "iec62443-2-4";
use common::SP04;

/// SP.04.02 (BR and RE(1)) concern maintenance only, in this copy of the catalog: with the
/// integration scope they are outside it whatever the real data says.
const MAINTENANCE_ONLY: [&str; 2] = ["SP.04.02 BR", "SP.04.02 RE(1)"];

/// A model whose catalog marks `MAINTENANCE_ONLY` as maintenance services.
fn model_with_services() -> Model {
    let mut m = common::model();
    let q = m.catalog.questionnaires.iter_mut().find(|q| q.id == Q24).unwrap();
    for r in q.requirements.iter_mut() {
        r.services = if MAINTENANCE_ONLY.contains(&r.id.as_str()) {
            vec![Service::Maintenance]
        } else {
            vec![Service::Integration, Service::Maintenance]
        };
    }
    m
}

/// A 62443-2-4 self-assessment with `scope`, opened, with "Ann" interviewed.
fn opened(mut m: Model, scope: ServiceScope) -> Model {
    let mut a = Assessment::new("Integrator self-assessment", "en", vec![Q24.into()], T0);
    a.assessment.service_scope = scope;
    update(
        &mut m,
        Msg::Opened(Ok(Opened::new(PathBuf::from("/work/integrator.toml"), a))),
        T0,
    );
    m.session.as_mut().unwrap().interviewee = "Ann".into();
    m
}

use common::{key, keys};

fn answer(m: &Model, r: &str) -> Option<iacs_assess::assessment::Answer> {
    let key = AnswerKey {
        questionnaire: Q24,
        target: None,
        requirement: r,
    };
    m.session.as_ref()?.assessment.answer(key).cloned()
}

fn value(m: &Model, r: &str) -> Option<String> {
    answer(m, r).and_then(|a| a.value).map(String::from)
}

/// Go to the requirement `r` (or the group header `r`) through the search.
fn go(m: &mut Model, r: &str) {
    keys(m, "/");
    keys(m, r);
    key(m, KeyCode::Enter);
    key(m, KeyCode::Enter);
    key(m, KeyCode::Esc);
}

/// The header of SP.04 selected.
fn on_sp04(m: &mut Model) {
    go(m, "SP.04.01 BR");
    keys(m, "h");
    let s = m.session.as_ref().unwrap();
    let q = m.questionnaire().unwrap();
    assert_eq!(q.groups[s.group.expect("the header is selected")].id, "SP.04");
}

fn give(m: &mut Model, r: &str, v: &str) {
    let id = AnswerId::new(Q24, None, r);
    m.session.as_mut().unwrap().give(&id, Some(v.to_string()), T0);
}

#[test]
fn a_whole_area_not_offered_in_one_step_with_one_reason_and_saved() {
    let mut m = opened(common::model(), ServiceScope::Both);
    on_sp04(&mut m);
    // o is "not offered": it needs a reason, asked once for the whole area.
    keys(&mut m, "o");
    let editor = m.session.as_ref().unwrap().editor.as_ref().unwrap();
    assert_eq!(editor.field, Field::Reason);
    assert_eq!(editor.value.as_deref(), Some("not-offered"));
    keys(&mut m, "We do no wireless work");
    insta::assert_snapshot!("service_bulk_not_offered_reason_80x24", common::draw(&m, 80, 24));
    let effects = key(&mut m, KeyCode::Esc);
    assert_eq!(common::kinds(&effects), ["Save"], "given at once and saved");
    for r in SP04 {
        let a = answer(&m, r).unwrap();
        assert_eq!(a.value.as_deref(), Some("not-offered"), "{r}");
        assert_eq!(a.note, "We do no wireless work", "{r}");
        assert_eq!(a.interviewee, "Ann", "{r}");
    }
    insta::assert_snapshot!("service_bulk_not_offered_done_80x24", common::draw(&m, 80, 24));
    // The structure marks every one of them ∅.
    let screen = common::draw(&m, 160, 48);
    for r in SP04 {
        assert!(screen.lines().any(|l| l.contains(&format!("∅ {r}"))), "{r}\n{screen}");
    }
    // Replacing levels given already: the question says how many, y gives them all.
    update(&mut m, ctrl('z'), T0);
    give(&mut m, "SP.04.01 BR", "ml2");
    on_sp04(&mut m);
    keys(&mut m, "o");
    keys(&mut m, "No wireless");
    key(&mut m, KeyCode::Esc);
    assert!(matches!(m.dialog, Some(Dialog::Bulk(_))), "asks before replacing ML2");
    insta::assert_snapshot!("service_bulk_not_offered_replace_80x24", common::draw(&m, 80, 24));
    let effects = keys(&mut m, "y");
    assert_eq!(common::kinds(&effects), ["Save"]);
    assert!(SP04.iter().all(|r| value(&m, r).as_deref() == Some("not-offered")));
}

#[test]
fn requirements_outside_the_service_scope_are_marked_not_answered_and_left_out_of_the_bulk() {
    let mut m = opened(model_with_services(), ServiceScope::Integration);
    go(&mut m, "SP.04.02 BR");
    assert_eq!(m.requirement().unwrap().id, "SP.04.02 BR");
    // Dimmed with a marker in the list; the answer pane says why.
    let screen = common::draw(&m, 160, 48);
    assert!(screen.contains("◌ SP.04.02 BR"), "{screen}");
    assert!(screen.contains("◌ SP.04.02 RE(1)"), "{screen}");
    assert!(screen.contains("outside the service scope assessed"), "{screen}");
    insta::assert_snapshot!("service_outside_scope_80x24", common::draw(&m, 80, 24));
    // An answer key does not answer; it says why and how to change the scope.
    let effects = keys(&mut m, "3");
    assert!(effects.is_empty());
    assert_eq!(value(&m, "SP.04.02 BR"), None);
    let notice = m.notice.clone().unwrap();
    assert!(
        notice.contains("SP.04.02 BR is outside the service scope assessed"),
        "{notice}"
    );
    assert!(notice.contains("integration services only"), "{notice}");
    assert!(notice.contains("r for the results, then t"), "{notice}");
    keys(&mut m, "o");
    assert!(m.session.as_ref().unwrap().editor.is_none(), "no reason asked");
    keys(&mut m, "L");
    assert!(m.session.as_ref().unwrap().ladder.is_none(), "no ladder either");
    // u (next unanswered) passes them by.
    go(&mut m, "SP.04.01 BR");
    keys(&mut m, "4u");
    assert_eq!(m.requirement().unwrap().id, "SP.04.03 BR");
    update(&mut m, ctrl('z'), T0);
    go(&mut m, "SP.04.02 BR");
    // The group counts leave them out: 4 of SP.04's 6 are in scope.
    keys(&mut m, "h");
    let screen = common::draw(&m, 160, 48);
    let header = screen.lines().find(|l| l.contains("SP.04 Wireless")).unwrap();
    assert!(header.contains("0/4"), "{header}");
    // The bulk answer skips them, and its question counts only those in scope.
    keys(&mut m, "o");
    let screen = common::draw(&m, 160, 48);
    assert!(screen.contains("all 4"), "{screen}");
    keys(&mut m, "No wireless");
    let effects = key(&mut m, KeyCode::Esc);
    assert_eq!(common::kinds(&effects), ["Save"]);
    for r in SP04 {
        let expected = (!MAINTENANCE_ONLY.contains(&r)).then(|| "not-offered".to_string());
        assert_eq!(value(&m, r), expected, "{r}");
    }
    assert!(m.notice.as_ref().unwrap().contains("4 answers"), "{:?}", m.notice);
    let screen = common::draw(&m, 160, 48);
    let header = screen.lines().find(|l| l.contains("SP.04 Wireless")).unwrap();
    assert!(header.contains("not offered"), "{header}");
    assert!(screen.contains("Not offered: all 4 requirements"), "{screen}");
}

/// An owner's profile for 62443-2-4: ML2 for everything, ML3 for SP.01, wireless (SP.04) asked
/// at ML1, SP.12 not asked.
fn owner_profile() -> Profile {
    let levels = BTreeMap::from([
        ("SP.01".to_string(), 3),
        ("SP.04".to_string(), 1),
        ("SP.12".to_string(), 0),
    ]);
    Profile {
        questionnaire: Q24.into(),
        levels: ProfileLevels {
            id: "water-works-2026".into(),
            title: "Water works integrator requirements".into(),
            default: Some(2),
            levels,
        },
        source: PathBuf::from("/profiles/water-works-2026.toml"),
        builtin: false,
    }
}

/// A 2-4 self-assessment with SP.04 not offered, a few levels given, and the owner's profile
/// chosen as its target; on the results screen.
fn with_profile(lang: Option<&str>) -> Model {
    let mut base = common::model();
    if let Some(l) = lang {
        base.texts.select(Some(&l.parse().unwrap()));
    }
    base.catalog.profiles = vec![owner_profile()];
    let mut m = opened(base, ServiceScope::Both);
    for r in SP04 {
        let id = AnswerId::new(Q24, None, r);
        let s = m.session.as_mut().unwrap();
        s.give_with_reason(&id, "not-offered".into(), "No wireless work".into(), T0);
    }
    give(&mut m, "SP.01.01 BR", "ml1");
    give(&mut m, "SP.01.01 RE(1)", "ml3");
    give(&mut m, "SP.01.02 BR", "ml4");
    give(&mut m, "SP.02.01 BR", "ml2");
    let id = AnswerId::new(Q24, None, "SP.02.02 BR");
    let s = m.session.as_mut().unwrap();
    s.give_with_reason(&id, "na".into(), "No such service here".into(), T0);
    let p = owner_profile().levels;
    m.session.as_mut().unwrap().edit().targets.profile.insert(Q24.into(), p);
    keys(&mut m, "r");
    assert_eq!(m.screen, Screen::Results);
    m
}

#[test]
fn maturity_shows_not_offered_and_an_area_with_nothing_offered_has_no_level() {
    let m = with_profile(None);
    let screen = common::draw(&m, 160, 48);
    let sp04: String = screen
        .lines()
        .find(|l| l.contains("SP.04 Wireless"))
        .unwrap()
        .chars()
        .take(80)
        .collect();
    assert!(sp04.contains("not offered"), "{sp04}");
    assert!(!sp04.contains('░') && !sp04.contains(" 0 "), "no bar, no level: {sp04}");
    assert!(screen.contains("Not off."), "the column: {screen}");
}

#[test]
fn the_profile_check_lists_totals_areas_and_gaps_and_enter_goes_to_the_gap() {
    let mut m = with_profile(None);
    let scored = m.scored().unwrap();
    assert_eq!(scored.profiles.len(), 1);
    let gaps: Vec<String> = scored.profile_gaps().map(|(_, r)| r.requirement.clone()).collect();
    // SP.01.01 BR below ML3, the SP.04 requirements asked at ML1 and not offered; the order is
    // the questionnaire's.
    let mut expected = vec!["SP.01.01 BR".to_string()];
    expected.extend(SP04.iter().map(|r| r.to_string()));
    assert_eq!(gaps, expected);
    let screen = common::draw(&m, 160, 48);
    assert!(
        screen.contains("Water works integrator requirements (iec62443-2-4)"),
        "{screen}"
    );
    assert!(screen.contains("below the level asked"), "{screen}");
    assert!(screen.contains("SP.01.01 BR      ML3 asked · ML1 offered"), "{screen}");
    assert!(screen.contains("SP.04.01 BR      ML1 asked · not offered"), "{screen}");
    insta::assert_snapshot!("service_results_profile_160x48", screen);
    // A provider's assessment has no zones: Tab goes maturity, review, the profile panel, and
    // never to security levels. Down to the second gap, Enter: that requirement.
    let mut seen = Vec::new();
    for _ in 0..3 {
        key(&mut m, KeyCode::Tab);
        seen.push(m.results.focus);
    }
    assert_eq!(seen, [Panel::Review, Panel::Profile, Panel::Maturity]);
    key(&mut m, KeyCode::BackTab);
    assert_eq!(m.results.focus, Panel::Profile, "Shift-Tab goes round the other way");
    insta::assert_snapshot!("service_results_profile_80x24", common::draw(&m, 80, 24));
    key(&mut m, KeyCode::Down);
    key(&mut m, KeyCode::Enter);
    assert_eq!(m.screen, Screen::Questionnaire);
    assert_eq!(m.requirement().unwrap().id, "SP.04.01 BR");
    // Back on the results, the place is kept.
    keys(&mut m, "r");
    assert_eq!(m.results.focus, Panel::Profile);
    assert_eq!(m.results.profile_gap, 1);
    // Without a profile, Tab never reaches the panel.
    m.session.as_mut().unwrap().edit().targets.profile.clear();
    m.session.as_mut().unwrap().revision += 1;
    keys(&mut m, "q");
    keys(&mut m, "r");
    let mut seen = Vec::new();
    for _ in 0..6 {
        key(&mut m, KeyCode::Tab);
        seen.push(m.results.focus);
    }
    assert!(!seen.contains(&Panel::Profile), "{seen:?}");
    assert_eq!(
        &seen[..2],
        [Panel::Review, Panel::Maturity],
        "two panels, round and round"
    );
    // Wide, maturity and the review take the whole width: no empty security-level panels.
    let screen = common::draw(&m, 160, 48);
    assert!(!screen.contains("Security levels"), "{screen}");
    assert!(!screen.contains("No zones yet"), "{screen}");
    assert!(screen.contains("SP.01 Solution staffing"), "{screen}");
}

#[test]
fn the_profile_check_in_german_at_both_sizes() {
    let mut m = with_profile(Some("de"));
    insta::assert_snapshot!("service_results_profile_de_160x48", common::draw(&m, 160, 48));
    for _ in 0..2 {
        key(&mut m, KeyCode::Tab);
    }
    let screen = common::draw(&m, 80, 24);
    assert!(screen.contains("Zielprofil: Water works"), "{screen}");
    assert!(
        screen.contains("SP.04.01 BR      ML1 gefordert · nicht angeboten"),
        "{screen}"
    );
    insta::assert_snapshot!("service_results_profile_de_80x24", screen);
}

#[test]
fn the_targets_form_sets_profile_maturity_and_scope_saves_and_undoes_in_one_step() {
    let mut base = common::model();
    base.catalog.profiles = vec![owner_profile()];
    let mut m = opened(base, ServiceScope::Both);
    keys(&mut m, "r");
    keys(&mut m, "t");
    let f = m.session.as_ref().unwrap().form.as_ref().expect("the form is open");
    assert_eq!(f.fields.len(), 3, "profile, maturity, scope");
    insta::assert_snapshot!("service_targets_form_80x24", common::draw(&m, 80, 24));
    // Profile: the owner's; maturity ML3; scope: integration.
    key(&mut m, KeyCode::Right);
    key(&mut m, KeyCode::Tab);
    key(&mut m, KeyCode::Right);
    key(&mut m, KeyCode::Tab);
    key(&mut m, KeyCode::Right);
    insta::assert_snapshot!("service_targets_form_chosen_80x24", common::draw(&m, 80, 24));
    let effects = key(&mut m, KeyCode::Enter);
    assert_eq!(common::kinds(&effects), ["Save"]);
    // Only asked to save: the notice never says "saved" (the status line does, once it is on
    // disk; seen on a file another program had changed, where it was not).
    let notice = m.notice.clone().unwrap();
    assert!(notice.starts_with("Targets set"), "{notice}");
    assert!(!notice.to_lowercase().contains("saved"), "{notice}");
    let a = &m.session.as_ref().unwrap().assessment;
    assert_eq!(a.targets.profile.get(Q24), Some(&owner_profile().levels), "copied in");
    assert_eq!(a.targets.maturity, 3);
    assert_eq!(a.assessment.service_scope, ServiceScope::Integration);
    assert!(m.session.as_ref().unwrap().form.is_none());
    assert!(common::draw(&m, 160, 48).contains("Water works integrator requirements"));
    // Opened again it shows what is set; "none" removes the profile.
    keys(&mut m, "t");
    let f = m.session.as_ref().unwrap().form.as_ref().unwrap();
    assert_eq!((f.index(0), f.index(1), f.index(2)), (1, 2, 1));
    key(&mut m, KeyCode::Left);
    key(&mut m, KeyCode::Tab);
    key(&mut m, KeyCode::Tab);
    let effects = key(&mut m, KeyCode::Enter);
    assert_eq!(common::kinds(&effects), ["Save"]);
    assert!(m.session.as_ref().unwrap().assessment.targets.profile.is_empty());
    // Undo puts the profile back, in one step.
    update(&mut m, ctrl('z'), T0);
    let a = &m.session.as_ref().unwrap().assessment;
    assert_eq!(a.targets.profile.get(Q24), Some(&owner_profile().levels));
}

#[test]
fn esc_in_the_targets_form_changes_nothing_and_ctrl_c_quits_as_everywhere() {
    let mut base = common::model();
    base.catalog.profiles = vec![owner_profile()];
    let mut m = opened(base, ServiceScope::Both);
    keys(&mut m, "r");
    let before = (*m.session.as_ref().unwrap().assessment).clone();
    keys(&mut m, "t");
    key(&mut m, KeyCode::Right);
    key(&mut m, KeyCode::Tab);
    key(&mut m, KeyCode::Right);
    // Esc closes it (only choices, nothing typed): the assessment is as it was, nothing saved.
    let effects = key(&mut m, KeyCode::Esc);
    assert!(effects.is_empty());
    assert!(m.dialog.is_none());
    assert!(m.session.as_ref().unwrap().form.is_none());
    assert!(m.notice.as_ref().unwrap().contains("Nothing changed"));
    assert_eq!(*m.session.as_ref().unwrap().assessment, before);
    assert_eq!(m.screen, Screen::Results);
    // Ctrl-C with the form open: quits with nothing unsaved, the targets untouched.
    keys(&mut m, "t");
    key(&mut m, KeyCode::Right);
    let effects = update(&mut m, ctrl('c'), T0);
    assert!(common::kinds(&effects).contains(&"Quit".to_string()), "{effects:?}");
    assert_eq!(*m.session.as_ref().unwrap().assessment, before);
}

#[test]
fn with_2_1_in_scope_too_the_form_offers_a_profile_for_each_and_the_panel_checks_both() {
    let mut base = common::model();
    base.catalog.profiles = vec![owner_profile()];
    let mut own = owner_profile();
    own.questionnaire = "iec62443-2-1".into();
    own.levels = ProfileLevels {
        id: "utility-standard".into(),
        title: "Utility security programme standard".into(),
        default: Some(2),
        levels: BTreeMap::new(),
    };
    base.catalog.profiles.push(own);
    let mut a = Assessment::new("Both", "en", vec!["iec62443-2-1".into(), Q24.into()], T0);
    a.assessment.service_scope = ServiceScope::Both;
    let mut m = base;
    update(
        &mut m,
        Msg::Opened(Ok(Opened::new(PathBuf::from("/work/both.toml"), a))),
        T0,
    );
    keys(&mut m, "r");
    keys(&mut m, "t");
    let f = m.session.as_ref().unwrap().form.as_ref().unwrap();
    let labels: Vec<&str> = f.fields.iter().map(|x| x.label.as_str()).collect();
    assert_eq!(
        labels,
        [
            "profile-for:iec62443-2-1",
            "profile-for:iec62443-2-4",
            "targets-maturity",
            "targets-service-scope"
        ]
    );
    // Each profile field offers none and only its questionnaire's profiles.
    for _ in 0..2 {
        key(&mut m, KeyCode::Right);
        key(&mut m, KeyCode::Right);
        key(&mut m, KeyCode::Tab);
    }
    key(&mut m, KeyCode::Tab);
    key(&mut m, KeyCode::Enter);
    let a = &m.session.as_ref().unwrap().assessment;
    assert_eq!(a.targets.profile["iec62443-2-1"].id, "utility-standard");
    assert_eq!(a.targets.profile[Q24].id, "water-works-2026");
    let scored = m.scored().unwrap();
    let checked: Vec<&str> = scored.profiles.iter().map(|c| c.questionnaire.as_str()).collect();
    assert_eq!(checked, ["iec62443-2-1", Q24]);
    let screen = common::draw(&m, 160, 48);
    assert!(
        screen.contains("Utility security programme standard (iec62443-2-1)"),
        "{screen}"
    );
}
