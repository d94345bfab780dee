//! 62443-2-4 content for service providers: which service each requirement concerns, and the demo
//! owner's target profile with the gaps it is meant to show against the integrator's demo.

mod common;

use iacs_assess::assessment::{Assessment, ServiceScope};
use iacs_assess::catalog::Service;
use iacs_assess::scoring::profile_check;
use iacs_assess::scoring::{self, Cover, RequirementState};

const TWO_FOUR: &str = "iec62443-2-4";
const PROFILE: &str = "demo-aqua-valley-integrator";

#[test]
fn every_2_4_requirement_states_its_services_and_the_counts_are_the_files() {
    let catalog = common::catalog();
    let q = catalog.questionnaire(TWO_FOUR).unwrap();
    assert_eq!(q.requirements.len(), 123);
    let unstated: Vec<&str> = q
        .requirements
        .iter()
        .filter(|r| r.services.is_empty())
        .map(|r| r.id.as_str())
        .collect();
    assert!(unstated.is_empty(), "no services stated: {unstated:?}");
    let count = |services: &[Service]| q.requirements.iter().filter(|r| r.services == services).count();
    // The counts the header of questionnaires/iec62443-2-4.toml gives: a change to the data shows here.
    assert_eq!(count(&[Service::Integration, Service::Maintenance]), 58);
    assert_eq!(count(&[Service::Integration]), 50);
    assert_eq!(count(&[Service::Maintenance]), 15);
    let covered = |scope: ServiceScope| q.requirements.iter().filter(|r| scope.covers(&r.services)).count();
    assert_eq!(covered(ServiceScope::Integration), 108);
    assert_eq!(covered(ServiceScope::Maintenance), 73);
    assert_eq!(covered(ServiceScope::Both), 123);
    // A few readings that should not drift: patching is maintenance, architecture is integration,
    // people concern both.
    let services = |id: &str| q.requirement(id).unwrap().services.clone();
    assert_eq!(services("SP.11.05 BR"), [Service::Maintenance]);
    assert_eq!(services("SP.03.02 BR"), [Service::Integration]);
    assert_eq!(services("SP.01.01 BR"), [Service::Integration, Service::Maintenance]);
}

#[test]
fn the_questionnaire_file_marks_its_doubtful_assignments() {
    let text = std::fs::read_to_string(format!(
        "{}/questionnaires/iec62443-2-4.toml",
        env!("CARGO_MANIFEST_DIR")
    ))
    .unwrap();
    let services_lines: Vec<&str> = text.lines().filter(|l| l.starts_with("services = ")).collect();
    assert_eq!(services_lines.len(), 123);
    let uncertain = services_lines.iter().filter(|l| l.contains("# uncertain: ")).count();
    assert_eq!(uncertain, 19);
}

fn integrator() -> Assessment {
    let mut a: Assessment = toml::from_str(iacs_assess::demo::INTEGRATOR).unwrap();
    a.after_reading();
    a
}

#[test]
fn the_demo_owner_profile_loads_and_asks_what_it_says() {
    let catalog = common::catalog();
    let profile = catalog.profile(PROFILE).expect("the demo profile is built in");
    assert!(profile.builtin);
    assert_eq!(profile.questionnaire, TWO_FOUR);
    assert!(profile.levels.title.contains("fictional") && profile.levels.title.contains("(demo)"));
    let q = catalog.questionnaire(TWO_FOUR).unwrap();
    let asked = |id: &str| profile.levels.level_for(q, q.requirement(id).unwrap());
    assert_eq!(asked("SP.01.01 BR"), Some(2), "the default");
    assert_eq!(asked("SP.07.01 BR"), Some(3), "remote access");
    assert_eq!(asked("SP.07.04 RE(1)"), Some(3));
    assert_eq!(asked("SP.03.02 BR"), Some(3), "named");
    assert_eq!(asked("SP.03.02 RE(1)"), Some(2), "its sibling keeps the default");
    assert_eq!(asked("SP.04.03 RE(2)"), Some(0), "no wireless on the project");
    assert_eq!(asked("SP.05.09 RE(2)"), Some(2), "the safety system is asked for");
    let at_three: Vec<&str> = q
        .requirements
        .iter()
        .filter(|r| profile.levels.level_for(q, r) == Some(3))
        .map(|r| r.id.as_str())
        .collect();
    assert_eq!(at_three.len(), 5 + 5, "SP.07's five and five named: {at_three:?}");
    let not_asked = q
        .requirements
        .iter()
        .filter(|r| profile.levels.level_for(q, r) == Some(0))
        .count();
    assert_eq!(not_asked, 6, "SP.04");
}

#[test]
fn the_integrator_demo_against_the_owner_profile_has_the_known_gaps() {
    let catalog = common::catalog();
    let mut a = integrator();
    let profile = catalog.profile(PROFILE).unwrap();
    a.targets.profile.insert(TWO_FOUR.into(), profile.levels.clone());
    let score = scoring::score_on(&a, &catalog, jiff::civil::date(2026, 11, 17));
    let m = score.maturity.iter().find(|m| m.questionnaire == TWO_FOUR).unwrap();
    let below: Vec<(&str, u8, u8)> = m
        .requirements
        .iter()
        .filter_map(|r| match r.state {
            RequirementState::Level(l) if l < r.target => Some((r.requirement.as_str(), l, r.target)),
            _ => None,
        })
        .collect();
    let ids: Vec<&str> = below.iter().map(|b| b.0).collect();
    // Asked ML3, offered ML2: remote access and segmentation.
    for id in ["SP.07.03 BR", "SP.07.04 BR", "SP.03.02 BR", "SP.03.02 RE(2)"] {
        assert!(below.contains(&(id, 2, 3)), "{id}: {below:?}");
    }
    // Asked ML2: the ML1 and not implemented answers.
    for id in ["SP.01.04 RE(1)", "SP.03.01 RE(2)", "SP.08.02 RE(2)", "SP.10.05 RE(1)"] {
        assert!(ids.contains(&id), "{id}: {ids:?}");
    }
    assert_eq!(below.len(), 4 + 9, "{below:?}");
    // Asked for, not offered: the safety system area; wireless is not asked for.
    let not_offered_asked: Vec<&str> = m
        .requirements
        .iter()
        .filter(|r| r.state == RequirementState::NotOffered && r.target > 0)
        .map(|r| r.requirement.as_str())
        .collect();
    assert_eq!(not_offered_asked.len(), 12);
    assert!(not_offered_asked.iter().all(|id| id.starts_with("SP.05.")));
    // The owner's check (statement --against) counts the same: per verdict, all 123 requirements.
    let q = catalog.questionnaire(TWO_FOUR).unwrap();
    let cover = Cover::on(&a, jiff::civil::date(2026, 11, 17));
    let check = profile_check::check(&a, &catalog, &cover, q, &profile.levels);
    let t = &check.totals;
    assert_eq!(
        (
            t.below,
            t.not_offered,
            t.not_applicable,
            t.not_assessed,
            t.meets,
            t.not_asked
        ),
        (13, 12, 1, 4, 87, 6)
    );
    assert_eq!(t.gaps(), 25, "below and not offered");
    // Met: incident handling and default passwords at ML3, the restore shown at ML4.
    for id in ["SP.08.01 BR", "SP.09.07 BR", "SP.12.05 BR"] {
        let r = m.requirements.iter().find(|r| r.requirement == id).unwrap();
        assert!(matches!(r.state, RequirementState::Level(l) if l >= 3), "{id}");
    }
}
