//! Worked examples for service providers (62443-2-4): "not offered" is left out of the maturity of
//! what is offered, an area with nothing offered has no level (never 0), the service scope leaves
//! requirements out, and a target profile is checked requirement by requirement.

mod common;

use common::catalog;
use iacs_assess::assessment::{Answer, AnswerId, Assessment, ServiceScope};
use iacs_assess::catalog::{Catalog, ProfileLevels, Service};
use iacs_assess::scoring::Cover;
use iacs_assess::scoring::maturity::{self, MaturityProfile, RequirementState};
use iacs_assess::scoring::profile_check::{self, Offered, Verdict};
use std::collections::BTreeMap;

const Q: &str = "iec62443-2-4";

fn now() -> jiff::Timestamp {
    "2026-12-02T10:00:00Z".parse().unwrap()
}

fn assessment() -> Assessment {
    Assessment::new("Provider self-assessment", "en", vec![Q.into()], now())
}

fn give(a: &mut Assessment, requirement: &str, value: &str, note: &str) {
    let mut answer = Answer::new(&AnswerId::new(Q, None, requirement), now());
    answer.give(Some(value.into()), "", "Assessor", now());
    answer.note = note.into();
    a.set_answer(answer);
}

fn maturity_of(a: &Assessment, catalog: &Catalog) -> MaturityProfile {
    let q = catalog.questionnaire(Q).unwrap();
    maturity::profile(a, catalog, &Cover::on(a, jiff::civil::date(2026, 12, 2)), q).unwrap()
}

fn group<'a>(p: &'a MaturityProfile, id: &str) -> &'a maturity::GroupMaturity {
    p.groups.iter().find(|g| g.group == id).unwrap()
}

#[test]
fn not_offered_is_left_out_of_the_mean_and_an_area_with_nothing_offered_has_no_level() {
    let catalog = catalog();
    let q = catalog.questionnaire(Q).unwrap();
    let mut a = assessment();
    // SP.04 (wireless): every requirement not offered, with one reason.
    let wireless: Vec<&str> = q.requirements_within("SP.04").map(|r| r.id.as_str()).collect();
    assert!(wireless.len() >= 2, "{wireless:?}");
    for id in &wireless {
        give(&mut a, id, "not-offered", "We do no wireless work.");
    }
    // SP.01: two requirements at ML3 and ML1, one not offered.
    give(&mut a, "SP.01.01 BR", "ml3", "");
    give(&mut a, "SP.01.02 BR", "ml1", "");
    give(
        &mut a,
        "SP.01.03 BR",
        "not-offered",
        "Subcontracting is not part of our offer.",
    );
    let p = maturity_of(&a, &catalog);

    let sp04 = group(&p, "SP.04");
    assert_eq!(sp04.stats.not_offered, wireless.len());
    assert_eq!((sp04.stats.min, sp04.stats.mean), (None, None), "no level, not 0");
    assert!(sp04.stats.none_offered());
    assert!(sp04.applies, "an area not offered is not an area that does not apply");

    let sp01 = group(&p, "SP.01");
    assert_eq!(sp01.stats.answered, 2);
    assert_eq!(sp01.stats.not_offered, 1);
    assert_eq!(sp01.stats.min, Some(1));
    assert_eq!(
        sp01.stats.mean,
        Some(2.0),
        "(3 + 1) / 2: the not offered one is not a 0"
    );
    assert!(!sp01.stats.none_offered());
    let state = |id: &str| p.requirements.iter().find(|r| r.requirement == id).unwrap().state;
    assert_eq!(state("SP.01.03 BR"), RequirementState::NotOffered);
    assert_eq!(p.overall.min, Some(1));
}

#[test]
fn not_offered_without_a_reason_is_not_credited() {
    let catalog = catalog();
    let mut a = assessment();
    give(&mut a, "SP.01.01 BR", "not-offered", "  ");
    let p = maturity_of(&a, &catalog);
    let r = p.requirements.iter().find(|r| r.requirement == "SP.01.01 BR").unwrap();
    assert_eq!(r.state, RequirementState::Unanswered);
}

#[test]
fn the_service_scope_leaves_out_requirements_of_the_other_service() {
    let catalog = catalog();
    let q = catalog.questionnaire(Q).unwrap();
    let only = |s: Service| q.requirements.iter().filter(move |r| r.services == [s]).count();
    let mut a = assessment();
    let all = maturity_of(&a, &catalog).requirements.len();
    assert_eq!(all, q.requirements.len());
    a.assessment.service_scope = ServiceScope::Integration;
    let integration = maturity_of(&a, &catalog).requirements.len();
    assert_eq!(integration, all - only(Service::Maintenance));
    a.assessment.service_scope = ServiceScope::Maintenance;
    let maintenance = maturity_of(&a, &catalog).requirements.len();
    assert_eq!(maintenance, all - only(Service::Integration));
}

fn owner_profile() -> ProfileLevels {
    ProfileLevels {
        id: "owner".into(),
        title: "Owner's project".into(),
        default: Some(2),
        levels: BTreeMap::from([
            ("SP.01.01 BR".to_string(), 3),
            ("SP.04".to_string(), 0),
            ("SP.05".to_string(), 2),
        ]),
    }
}

#[test]
fn a_profile_check_gives_each_requirement_its_verdict_and_gap() {
    let catalog = catalog();
    let q = catalog.questionnaire(Q).unwrap();
    let mut a = assessment();
    give(&mut a, "SP.01.01 BR", "ml2", ""); // asked 3: one short
    give(&mut a, "SP.01.02 BR", "ml3", ""); // asked 2 (default): meets
    give(&mut a, "SP.01.03 BR", "not-implemented", ""); // asked 2: two short
    give(&mut a, "SP.04.01 BR", "not-offered", "No wireless work."); // not asked
    give(&mut a, "SP.05.01 BR", "not-offered", "The SIS vendor does this."); // asked 2: not offered
    give(&mut a, "SP.01.04 BR", "na", "No background checks allowed by law here."); // asked 2: n/a
    let cover = Cover::on(&a, jiff::civil::date(2026, 12, 2));
    let check = profile_check::check(&a, &catalog, &cover, q, &owner_profile());
    let row = |id: &str| check.rows.iter().find(|r| r.requirement == id).unwrap();
    assert_eq!(
        (row("SP.01.01 BR").verdict, row("SP.01.01 BR").gap),
        (Verdict::Below, 1)
    );
    assert_eq!(row("SP.01.01 BR").required, 3);
    assert_eq!(row("SP.01.02 BR").verdict, Verdict::Meets);
    assert_eq!(
        (row("SP.01.03 BR").verdict, row("SP.01.03 BR").gap),
        (Verdict::Below, 2)
    );
    assert_eq!(row("SP.04.01 BR").verdict, Verdict::NotAsked);
    assert_eq!(row("SP.05.01 BR").verdict, Verdict::NotOffered);
    assert_eq!(row("SP.01.04 BR").verdict, Verdict::NotApplicable);
    // Unanswered and asked: not assessed, never a gap.
    assert_eq!(row("SP.02.01 BR").verdict, Verdict::NotAssessed);
    assert!(!Verdict::NotAssessed.is_gap());
    let gaps: Vec<&str> = check.gaps().map(|r| r.requirement.as_str()).collect();
    assert_eq!(gaps, ["SP.01.01 BR", "SP.01.03 BR", "SP.05.01 BR"]);
    let sp04 = check.areas.iter().find(|x| x.area == "SP.04").unwrap();
    assert_eq!((sp04.highest_required, sp04.counts.asked()), (0, 0));
    assert_eq!(check.totals.asked() + check.totals.not_asked, q.requirements.len());
}

#[test]
fn a_requirement_outside_the_service_scope_is_not_offered_for_the_owner() {
    let catalog = catalog();
    let q = catalog.questionnaire(Q).unwrap();
    let Some(maintenance_only) = q.requirements.iter().find(|r| r.services == [Service::Maintenance]) else {
        panic!("2-4 has requirements for maintenance only");
    };
    let mut a = assessment();
    a.assessment.service_scope = ServiceScope::Integration;
    give(&mut a, &maintenance_only.id, "ml4", "");
    let cover = Cover::on(&a, jiff::civil::date(2026, 12, 2));
    let check = profile_check::check(&a, &catalog, &cover, q, &owner_profile());
    let row = check
        .rows
        .iter()
        .find(|r| r.requirement == maintenance_only.id)
        .unwrap();
    assert_eq!(row.offered, Offered::OutsideScope);
    assert_eq!(row.verdict, Verdict::NotOffered);
}

#[test]
fn a_target_profile_sets_each_requirements_target_and_the_areas_highest() {
    let catalog = catalog();
    let mut a = assessment();
    a.targets.profile.insert(Q.into(), owner_profile());
    give(&mut a, "SP.01.01 BR", "ml2", "");
    let p = maturity_of(&a, &catalog);
    let target = |id: &str| p.requirements.iter().find(|r| r.requirement == id).unwrap().target;
    assert_eq!(target("SP.01.01 BR"), 3);
    assert_eq!(target("SP.01.02 BR"), 2);
    assert_eq!(target("SP.04.01 BR"), 0, "not asked for");
    assert_eq!(group(&p, "SP.01").target, 3);
    assert_eq!(group(&p, "SP.04").target, 0);
    assert_eq!(group(&p, "SP.01").below_target, ["SP.01.01 BR"]);
}

#[test]
fn the_same_profiles_serve_62443_2_1() {
    let catalog = catalog();
    let q = catalog.questionnaire("iec62443-2-1").unwrap();
    let text = "format = 1\n[profile]\nid = \"group-standard\"\ntitle = \"Group standard\"\nquestionnaire = \"iec62443-2-1\"\ndefault = 2\n\n[levels]\n\"SPE 3\" = 4\n";
    let p = iacs_assess::catalog::profile::read(std::path::Path::new("p.toml"), text, &catalog.questionnaires).unwrap();
    let mut a = Assessment::new("Owner", "en", vec![q.id.clone()], now());
    a.targets.profile.insert(q.id.clone(), p.levels);
    let m = maturity::profile(&a, &catalog, &Cover::on(&a, jiff::civil::date(2026, 12, 2)), q).unwrap();
    let in_spe3 = q.requirements_within("SPE 3").next().unwrap();
    let elsewhere = q
        .requirements
        .iter()
        .find(|r| !q.group_within(&r.group, "SPE 3"))
        .unwrap();
    let target = |id: &str| m.requirements.iter().find(|r| r.requirement == id).unwrap().target;
    assert_eq!((target(&in_spe3.id), target(&elsewhere.id)), (4, 2));
}
