//! Components in the interface (issue 20) without a terminal: the component list and form on the
//! zones screen (add, refuse with the problem and keep the text, Esc, delete with its 62443-4-2
//! answers and undo, a zone holding components not deleted), the zone check in the zone's
//! details, answering 62443-4-2 for a component of one type (requirements of other types not
//! listed, not moved to, not answered in bulk), and the results screen's components panel.

mod common;

use common::{key, keys};
use crossterm::event::KeyCode;
use iacs_assess::assessment::{Answer, AnswerId, Assessment, Component, Declared, DeclaredBy, SlOverride};
use iacs_assess::catalog::ComponentType;
use iacs_assess::tui::model::{Model, Screen};
use iacs_assess::tui::theme::Theme;
use iacs_assess::tui::update::{Effect, Msg, Opened, ctrl, update};
use jiff::Timestamp;
use std::path::PathBuf;

const T0: Timestamp = Timestamp::UNIX_EPOCH;
const Q42: &str = "iec62443-4-2";

fn component(id: &str, kind: ComponentType, zone: &str, declared: Option<[u8; 7]>) -> Component {
    Component {
        id: id.into(),
        name: format!("{id} name"),
        kind,
        vendor: String::new(),
        product: String::new(),
        version: String::new(),
        zone: zone.into(),
        declared: declared.map(|sl_c| Declared {
            sl_c,
            source: DeclaredBy::Certificate,
            certificate: "CSA-1".into(),
            scheme: "ISASecure CSA".into(),
            date: Some(jiff::civil::date(2024, 5, 10)),
        }),
    }
}

/// A plant of two zones (Z-CTRL with SL-T 2 2 2 1 1 1 1 set by hand, Z-DMZ), answering 3-3 and
/// 4-2; with `components`, PLC-3 (declared {1 2 2 1 2 1 1}) and SW-1 (a network device, one
/// 4-2 answer) in Z-CTRL. Opened on the zones screen.
fn plant(components: bool) -> Model {
    let mut texts = common::texts();
    texts.select(None);
    let catalog = common::catalog();
    let mut a = Assessment::new("Plant", "en", vec!["iec62443-3-3".into(), Q42.into()], T0);
    a.risk_model = catalog.risk_model("default").cloned();
    let mut ctrl_zone = common::zone("Z-CTRL", "Control");
    ctrl_zone.sl_t = Some(SlOverride {
        vector: [2, 2, 2, 1, 1, 1, 1],
        justification: "by hand".into(),
    });
    a.zones.push(ctrl_zone);
    a.zones.push(common::zone("Z-DMZ", "DMZ"));
    if components {
        a.put_component(component(
            "PLC-3",
            ComponentType::EmbeddedDevice,
            "Z-CTRL",
            Some([1, 2, 2, 1, 2, 1, 1]),
        ));
        a.put_component(component("SW-1", ComponentType::NetworkDevice, "Z-CTRL", None));
        let id = AnswerId::new(Q42, Some("SW-1"), "CR 1.1");
        let mut answer = Answer::new(&id, T0);
        answer.give(Some("met".into()), "Ann", "Bob", T0);
        a.set_answer(answer);
    }
    let mut m = Model::new(catalog, texts, Theme::monochrome(), vec![], PathBuf::from("/data"));
    update(&mut m, Msg::Opened(Ok(Opened::new(PathBuf::from("/p.toml"), a))), T0);
    keys(&mut m, "s");
    assert_eq!(m.screen, Screen::Zones);
    m
}

fn a(m: &Model) -> &Assessment {
    &m.session.as_ref().unwrap().assessment
}

fn form(m: &Model) -> &iacs_assess::tui::forms::form::Form {
    m.session.as_ref().unwrap().form.as_ref().expect("a form is open")
}

/// Tab to the field labelled `label`.
fn focus_on(m: &mut Model, label: &str) {
    for _ in 0..20 {
        let f = form(m);
        if f.fields[f.focus].label == label {
            return;
        }
        key(m, KeyCode::Tab);
    }
    panic!("no field {label}");
}

/// Type `text` into the field labelled `label`.
fn fill(m: &mut Model, label: &str, text: &str) {
    focus_on(m, label);
    keys(m, text);
}

fn submit(m: &mut Model) -> Vec<Effect> {
    loop {
        let f = form(m);
        if f.focus + 1 == f.fields.len() {
            break;
        }
        key(m, KeyCode::Tab);
    }
    key(m, KeyCode::Enter)
}

#[test]
fn a_component_is_added_with_its_declared_sl_c_in_the_selected_zone() {
    let mut m = plant(false);
    keys(&mut m, "p");
    assert_eq!(form(&m).value(0), "PLC1", "a free id is proposed");
    assert_eq!(form(&m).value_of("label-zone").as_deref(), Some("Z-CTRL"));
    for _ in 0..4 {
        key(&mut m, KeyCode::Backspace);
    }
    keys(&mut m, "FW-1");
    fill(&mut m, "form-name", "Edge firewall");
    focus_on(&mut m, "component-form-type");
    for _ in 0..3 {
        key(&mut m, KeyCode::Right);
    }
    fill(&mut m, "component-form-vendor", "Acme");
    fill(&mut m, "component-form-sl-c", "2 2 1 1 2 1 1");
    fill(&mut m, "component-form-certificate", "CSA-9");
    fill(&mut m, "component-form-scheme", "ISASecure CSA");
    fill(&mut m, "component-form-date", "2025-01-20");
    assert_eq!(submit(&mut m), [Effect::Save]);
    assert!(m.session.as_ref().unwrap().form.is_none());
    let c = a(&m).component("FW-1").expect("added");
    assert_eq!(c.name, "Edge firewall");
    assert_eq!(c.kind, ComponentType::NetworkDevice);
    assert_eq!(c.vendor, "Acme");
    assert_eq!(c.zone, "Z-CTRL");
    let d = c.declared.as_ref().unwrap();
    assert_eq!(d.sl_c, [2, 2, 1, 1, 2, 1, 1]);
    assert_eq!(d.source, DeclaredBy::Certificate);
    assert_eq!((d.certificate.as_str(), d.scheme.as_str()), ("CSA-9", "ISASecure CSA"));
    assert_eq!(d.date, Some(jiff::civil::date(2025, 1, 20)));
    assert!(m.notice.as_deref().unwrap().contains("FW-1"), "{:?}", m.notice);
    // One undo step takes it away again.
    update(&mut m, ctrl('z'), T0);
    assert!(a(&m).component("FW-1").is_none());
}

#[test]
fn a_wrong_sl_c_is_shown_in_the_form_and_keeps_everything_typed() {
    let mut m = plant(false);
    keys(&mut m, "p");
    fill(&mut m, "form-name", "Historian");
    fill(&mut m, "component-form-sl-c", "2 2 5");
    fill(&mut m, "component-form-date", "2025-01-20");
    assert_eq!(submit(&mut m), []);
    assert_eq!(form(&m).error.as_deref(), Some("component-error-sl-c"));
    assert!(a(&m).components.is_empty());
    assert_eq!(form(&m).value_of("form-name").as_deref(), Some("Historian"));
    assert_eq!(form(&m).value_of("component-form-sl-c").as_deref(), Some("2 2 5"));
    assert!(common::draw(&m, 80, 24).contains("seven levels from 0 to 4"));
    let f = form(&m);
    assert_eq!(
        f.fields[f.focus].label, "component-form-sl-c",
        "the field to correct has the focus"
    );

    // Corrected, a certificate without its number and scheme is the next problem.
    focus_on(&mut m, "component-form-sl-c");
    for _ in 0..5 {
        key(&mut m, KeyCode::Backspace);
    }
    keys(&mut m, "2 2 3 1 1 1 1");
    assert_eq!(submit(&mut m), []);
    assert_eq!(form(&m).error.as_deref(), Some("component-error-certificate"));
    // The supplier's statement needs neither.
    focus_on(&mut m, "component-form-source");
    key(&mut m, KeyCode::Right);
    assert_eq!(submit(&mut m), [Effect::Save]);
    let d = a(&m).component("PLC1").unwrap().declared.clone().unwrap();
    assert_eq!(d.source, DeclaredBy::SupplierStatement);
    assert_eq!(d.sl_c, [2, 2, 3, 1, 1, 1, 1]);
}

#[test]
fn a_taken_id_a_missing_date_and_a_stray_certificate_are_refused() {
    let mut m = plant(true);
    keys(&mut m, "p");
    for _ in 0..4 {
        key(&mut m, KeyCode::Backspace);
    }
    keys(&mut m, "Z-DMZ");
    fill(&mut m, "form-name", "Clash");
    assert_eq!(submit(&mut m), []);
    assert_eq!(form(&m).error.as_deref(), Some("component-error-taken"));
    focus_on(&mut m, "form-id");
    for _ in 0..5 {
        key(&mut m, KeyCode::Backspace);
    }
    keys(&mut m, "HMI 1");
    assert_eq!(submit(&mut m), []);
    assert_eq!(form(&m).error.as_deref(), Some("component-error-id"));
    focus_on(&mut m, "form-id");
    key(&mut m, KeyCode::Backspace);
    key(&mut m, KeyCode::Backspace);
    keys(&mut m, "-1");
    fill(&mut m, "component-form-scheme", "IECEE");
    assert_eq!(submit(&mut m), []);
    assert_eq!(form(&m).error.as_deref(), Some("component-error-no-sl-c"));
    fill(&mut m, "component-form-sl-c", "1 1 1 1 1 1 1");
    fill(&mut m, "component-form-certificate", "CB-7");
    assert_eq!(submit(&mut m), []);
    assert_eq!(form(&m).error.as_deref(), Some("component-error-date"));
    fill(&mut m, "component-form-date", "2025-13-01");
    assert_eq!(submit(&mut m), []);
    assert_eq!(form(&m).error.as_deref(), Some("component-error-date"));
    assert_eq!(a(&m).components.len(), 2, "nothing was added while refused");
    assert_eq!(form(&m).value_of("form-id").as_deref(), Some("HMI-1"));
}

#[test]
fn esc_keeps_the_assessment_as_it_was_and_asks_before_dropping_typed_text() {
    let mut m = plant(true);
    let before = a(&m).clone();
    // Edit PLC-3 from the component list (Tab: no scenarios, so the components).
    key(&mut m, KeyCode::Tab);
    assert_eq!(m.session.as_ref().unwrap().component_cursor, Some(0));
    keys(&mut m, "e");
    assert_eq!(form(&m).value_of("form-name").as_deref(), Some("PLC-3 name"));
    fill(&mut m, "form-name", " renamed");
    key(&mut m, KeyCode::Esc);
    assert!(m.dialog.is_some(), "typed text is not dropped by one key");
    key(&mut m, KeyCode::Esc);
    assert_eq!(form(&m).value_of("form-name").as_deref(), Some("PLC-3 name renamed"));
    key(&mut m, KeyCode::Esc);
    keys(&mut m, "D");
    assert!(m.session.as_ref().unwrap().form.is_none());
    assert_eq!(*a(&m), before);
    assert_eq!(m.unsaved, 0);
}

#[test]
fn deleting_a_component_takes_its_4_2_answers_and_undo_brings_both_back() {
    let mut m = plant(true);
    key(&mut m, KeyCode::Tab);
    key(&mut m, KeyCode::Down);
    keys(&mut m, "d");
    assert!(m.dialog.is_some());
    let screen = common::draw(&m, 80, 24);
    assert!(
        screen.contains("Delete component SW-1 with its one 62443-4-2 answer?"),
        "{screen}"
    );
    keys(&mut m, "SW-");
    assert_eq!(key(&mut m, KeyCode::Enter), [], "not the id yet");
    keys(&mut m, "1");
    assert_eq!(key(&mut m, KeyCode::Enter), [Effect::Save]);
    assert!(a(&m).component("SW-1").is_none());
    assert!(a(&m).answers().iter().all(|x| x.target.as_deref() != Some("SW-1")));
    update(&mut m, ctrl('z'), T0);
    assert!(a(&m).component("SW-1").is_some());
    let id = AnswerId::new(Q42, Some("SW-1"), "CR 1.1");
    assert_eq!(a(&m).answer(id.key()).and_then(|x| x.value.as_deref()), Some("met"));
}

#[test]
fn a_zone_that_holds_components_is_not_deleted() {
    let mut m = plant(true);
    keys(&mut m, "d");
    assert!(m.dialog.is_none());
    assert!(
        m.notice.as_deref().unwrap().contains("Components sit in this zone"),
        "{:?}",
        m.notice
    );
    // Once they are placed elsewhere, it is.
    key(&mut m, KeyCode::Tab);
    for _ in 0..2 {
        keys(&mut m, "e");
        focus_on(&mut m, "label-zone");
        key(&mut m, KeyCode::Right);
        assert_eq!(submit(&mut m), [Effect::Save]);
    }
    assert_eq!(a(&m).components_in("Z-DMZ").count(), 2);
    key(&mut m, KeyCode::Tab);
    keys(&mut m, "d");
    assert!(m.dialog.is_some());
}

#[test]
fn the_zone_check_is_in_the_zones_details() {
    let mut m = plant(true);
    let lines = zone_check(&m);
    assert!(lines.contains("Z-CTRL FR 1: PLC-3 (SL-C 1) below SL-T 2"), "{lines}");
    assert!(
        lines.contains("Z-CTRL FR 1, 2, 3, 4, 5, 6, 7: SW-1 not yet shown capable"),
        "{lines}"
    );
    // Z-DMZ has no components: no zone check there.
    key(&mut m, KeyCode::Down);
    assert!(!common::draw(&m, 160, 48).contains("Zone check"));
}

/// The zones screen at 160x48, where the details show whole.
fn zone_check(m: &Model) -> String {
    common::draw(m, 160, 48)
}

#[test]
fn zones_screen_snapshots() {
    let mut m = plant(true);
    key(&mut m, KeyCode::Tab);
    insta::assert_snapshot!("components_list_80x24", common::draw(&m, 80, 24));
    // Too short for both lists: the one in focus, and the SL-T and SL-A stay in view.
    let tiny = common::draw(&m, 60, 16);
    assert!(tiny.contains("Components (Tab") && tiny.contains("SL-A"), "{tiny}");
    insta::assert_snapshot!("components_list_60x16", tiny);
    insta::assert_snapshot!("components_zone_check_160x48", common::draw(&m, 160, 48));
    keys(&mut m, "e");
    insta::assert_snapshot!("components_form_80x24", common::draw(&m, 80, 24));
    key(&mut m, KeyCode::Esc);
    // Scrolled to the zone check at 80x24.
    key(&mut m, KeyCode::Tab);
    for _ in 0..4 {
        keys(&mut m, "J");
    }
    insta::assert_snapshot!("components_zone_check_80x24", common::draw(&m, 80, 24));
}

/// Enter on SW-1 in the component list: 62443-4-2 for it on the questionnaire screen.
fn answering_sw1() -> Model {
    let mut m = plant(true);
    key(&mut m, KeyCode::Tab);
    key(&mut m, KeyCode::Down);
    key(&mut m, KeyCode::Enter);
    assert_eq!(m.screen, Screen::Questionnaire);
    assert_eq!(m.questionnaire().unwrap().id, Q42);
    assert_eq!(m.session.as_ref().unwrap().target.as_deref(), Some("SW-1"));
    m
}

#[test]
fn a_network_device_is_asked_only_what_its_type_is_asked() {
    let mut m = answering_sw1();
    let screen = common::draw(&m, 80, 24);
    assert!(screen.contains("Component SW-1"), "{screen}");
    // Walk the whole questionnaire with j: no EDR, HDR or SAR requirement on the way.
    let mut seen = Vec::new();
    for _ in 0..200 {
        seen.push(m.requirement().unwrap().id.clone());
        keys(&mut m, "j");
    }
    seen.dedup();
    assert!(
        seen.iter()
            .all(|r| !r.starts_with("EDR") && !r.starts_with("HDR") && !r.starts_with("SAR"))
    );
    assert!(seen.iter().any(|r| r.starts_with("NDR")), "{seen:?}");
    let q = m.questionnaire().unwrap();
    let asked = q.requirements.iter().filter(|r| a(&m).asks(r, Some("SW-1"))).count();
    assert_eq!(seen.len(), asked, "every asked requirement, once");
    // Next unanswered goes only to asked requirements, and all of them.
    let mut unanswered = Vec::new();
    for _ in 0..200 {
        keys(&mut m, "u");
        unanswered.push(m.requirement().unwrap().clone());
    }
    assert!(unanswered.iter().all(|r| a(&m).asks(r, Some("SW-1"))));
    unanswered.sort_by(|x, y| x.id.cmp(&y.id));
    unanswered.dedup_by(|x, y| x.id == y.id);
    assert_eq!(unanswered.len(), asked - 1, "all but the one answered");
}

#[test]
fn answering_a_group_for_a_network_device_leaves_other_types_alone() {
    let mut m = answering_sw1();
    // To FR 3's header, then y (met) for the whole group.
    let q = m.questionnaire().unwrap();
    let first = q.requirements.iter().position(|r| r.group == "FR 3").unwrap();
    m.session.as_mut().unwrap().cursor = first;
    keys(&mut m, "h");
    assert!(m.session.as_ref().unwrap().group.is_some(), "on FR 3's header");
    assert_eq!(keys(&mut m, "m"), [Effect::Save]);
    let q = m.questionnaire().unwrap();
    let fr7: Vec<_> = q.requirements.iter().filter(|r| r.group == "FR 3").collect();
    for r in &fr7 {
        let id = AnswerId::new(Q42, Some("SW-1"), &r.id);
        let answered = a(&m).answer(id.key()).is_some_and(|x| x.value.is_some());
        assert_eq!(answered, a(&m).asks(r, Some("SW-1")), "{}", r.id);
    }
    assert!(
        fr7.iter().any(|r| !a(&m).asks(r, Some("SW-1"))),
        "FR 3 has requirements of other types"
    );
}

#[test]
fn questionnaire_snapshot_of_a_network_device() {
    let m = answering_sw1();
    insta::assert_snapshot!("components_4_2_network_device_80x24", common::draw(&m, 80, 24));
}

#[test]
fn the_results_show_the_components_and_the_zone_check() {
    let mut m = plant(true);
    keys(&mut m, "q");
    keys(&mut m, "r");
    assert_eq!(m.screen, Screen::Results);
    // Narrow: one panel at a time; Tab to the components.
    for _ in 0..10 {
        if m.results.focus == iacs_assess::tui::screens::results::Panel::Components {
            break;
        }
        key(&mut m, KeyCode::Tab);
    }
    let screen = common::draw(&m, 80, 24);
    assert!(screen.contains("PLC-3      Z-CTRL    {1 2 2 1 2 1 1}"), "{screen}");
    assert!(screen.contains("Z-CTRL FR 1: PLC-3 (SL-C 1) below SL-T 2"), "{screen}");
    insta::assert_snapshot!("components_results_80x24", screen);
    insta::assert_snapshot!("components_results_160x48", common::draw(&m, 160, 48));
    // Enter: 62443-4-2 for the selected component.
    key(&mut m, KeyCode::Down);
    key(&mut m, KeyCode::Enter);
    assert_eq!(m.screen, Screen::Questionnaire);
    assert_eq!(m.session.as_ref().unwrap().target.as_deref(), Some("SW-1"));
}

#[test]
fn without_components_the_results_have_no_components_panel() {
    let mut m = plant(false);
    keys(&mut m, "q");
    keys(&mut m, "r");
    assert!(!common::draw(&m, 160, 48).contains("Components (SL-C)"));
}

#[test]
fn another_component_of_another_type_moves_the_cursor_off_what_it_is_not_asked() {
    let mut m = answering_sw1();
    let q = m.questionnaire().unwrap();
    let ndr = q.requirements.iter().position(|r| r.id.starts_with("NDR")).unwrap();
    m.session.as_mut().unwrap().cursor = ndr;
    // z: the next component, PLC-3, an embedded device: no NDR requirement for it.
    keys(&mut m, "z");
    let s = m.session.as_ref().unwrap();
    assert_eq!(s.target.as_deref(), Some("PLC-3"));
    let r = m.requirement().unwrap();
    assert!(a(&m).asks(r, Some("PLC-3")), "{} is asked of PLC-3", r.id);
    assert!(s.cursor > ndr, "moved on to the next one asked");
    assert!(common::draw(&m, 80, 24).contains("Component PLC-3"));
}

#[test]
fn a_component_in_no_zone_is_listed_under_every_zone_to_be_placed() {
    let mut m = plant(true);
    let s = m.session.as_mut().unwrap();
    s.edit()
        .put_component(component("HIST-1", ComponentType::HostDevice, "", None));
    iacs_assess::tui::session::changed(&mut m, T0);
    // Z-DMZ: no component of its own, the unplaced one to place (at 80x24 the list shows once it
    // has the focus: Tab, past the scenarios Z-DMZ has none of).
    key(&mut m, KeyCode::Down);
    key(&mut m, KeyCode::Tab);
    let screen = common::draw(&m, 80, 24);
    assert!(
        screen.contains("HIST-1    -                 unknown   (not placed)"),
        "{screen}"
    );
    assert!(!screen.contains("PLC-3 name"), "{screen}");
    keys(&mut m, "e");
    focus_on(&mut m, "label-zone");
    key(&mut m, KeyCode::Right);
    key(&mut m, KeyCode::Right);
    assert_eq!(submit(&mut m), [Effect::Save]);
    assert_eq!(a(&m).component("HIST-1").unwrap().zone, "Z-DMZ");
}

#[test]
fn answering_4_2_without_components_says_where_to_add_one() {
    let mut m = plant(false);
    keys(&mut m, "q");
    key(&mut m, KeyCode::Tab);
    assert_eq!(m.questionnaire().unwrap().id, Q42);
    assert_eq!(keys(&mut m, "m"), []);
    assert!(
        m.notice.as_deref().unwrap().contains("Add a component first"),
        "{:?}",
        m.notice
    );
}
