//! Large synthetic assessments for benchmarks and stress tests: N zones with 62443-3-3 answered for
//! each, the first releases' organisation-wide questionnaires answered, M threat scenarios. Deterministic: the same
//! arguments always give the same assessment.

use crate::assessment::{Answer, Assessment, Conduit, Scenario, Zone};
use crate::catalog::Catalog;
use jiff::Timestamp;

/// A small deterministic pseudo-random sequence (xorshift), enough to vary answers.
struct Sequence(u64);

impl Sequence {
    fn next(&mut self, below: usize) -> usize {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        (self.0 % below.max(1) as u64) as usize
    }
}

/// The questionnaires the large assessment answers: the four of the first releases. Fixed, so that
/// a questionnaire added later does not change the assessment the digests of
/// tests/same_results.rs and the benchmarks were recorded with.
pub const QUESTIONNAIRES: [&str; 4] = ["iec62443-2-1", "iec62443-2-4", "iec62443-3-2", "iec62443-3-3"];

/// An assessment with the [`QUESTIONNAIRES`] in scope and answered, `zones` zones (with a conduit
/// between neighbours) and `scenarios` threat scenarios spread over them.
pub fn large_assessment(catalog: &Catalog, zones: usize, scenarios: usize) -> Assessment {
    let mut seq = Sequence(0x9E37_79B9_7F4A_7C15);
    let ids: Vec<String> = catalog
        .questionnaires
        .iter()
        .filter(|q| QUESTIONNAIRES.contains(&q.id.as_str()))
        .map(|q| q.id.clone())
        .collect();
    let mut a = Assessment::new("Large generated site", "en", ids, Timestamp::UNIX_EPOCH);
    a.assessment.organisation = "Generated Works".into();
    a.risk_model = catalog.risk_model("default").or(catalog.risk_models.first()).cloned();
    for z in 0..zones {
        a.zones.push(Zone {
            system: String::new(),
            id: format!("Z{}", z + 1),
            name: format!("Zone {}", z + 1),
            description: "Generated zone".into(),
            assets: (0..5).map(|i| format!("asset-{}-{i}", z + 1)).collect(),
            layer: None,
            adjustments: Vec::new(),
            sl_t: None,
        });
        if z > 0 {
            a.conduits.push(Conduit {
                system: String::new(),
                id: format!("C{z}"),
                name: format!("Conduit {z}"),
                from: format!("Z{z}"),
                to: format!("Z{}", z + 1),
                description: String::new(),
                adjustments: Vec::new(),
                sl_t: None,
            });
        }
    }
    let (nl, ni) = a
        .risk_model
        .as_ref()
        .map(|m| (m.likelihood.levels.len(), m.impact.levels.len()))
        .unwrap_or((5, 5));
    for s in 0..scenarios {
        let likelihood = 1 + seq.next(nl) as u8;
        let impact = 1 + seq.next(ni) as u8;
        a.scenarios.push(Scenario {
            id: format!("S{}", s + 1),
            target: format!("Z{}", 1 + s % zones.max(1)),
            threat: format!("Generated threat {}", s + 1),
            description: String::new(),
            threat_actor: None,
            frs: if s % 3 == 0 {
                vec![1 + (s % 7) as u8]
            } else {
                Vec::new()
            },
            likelihood,
            impact,
            impact_categories: Vec::new(),
            residual_likelihood: Some(likelihood.saturating_sub(1).max(1)),
            residual_impact: Some(impact),
            countermeasures: "Generated countermeasure".into(),
        });
    }
    let zone_ids: Vec<String> = a.zones.iter().map(|z| z.id.clone()).collect();
    for q in catalog
        .questionnaires
        .iter()
        .filter(|q| QUESTIONNAIRES.contains(&q.id.as_str()))
    {
        let targets: Vec<Option<&str>> = match q.scope {
            crate::catalog::Scope::Organisation => vec![None],
            crate::catalog::Scope::System => vec![Some(crate::assessment::FIRST_SYSTEM_ID)],
            _ => zone_ids.iter().map(|z| Some(z.as_str())).collect(),
        };
        for target in targets {
            for r in &q.requirements {
                let Some(scale) = catalog.scale_of(r) else { continue };
                let answerable: Vec<_> = scale.values.iter().filter(|v| !v.note_required).collect();
                let value = answerable[seq.next(answerable.len())];
                a.set_answer(Answer {
                    questionnaire: q.id.as_str().into(),
                    target: target.map(Into::into),
                    requirement: r.id.as_str().into(),
                    value: Some(value.id.as_str().into()),
                    note: "Generated note with a few words of text".into(),
                    evidence: vec!["DOC-1".into()],
                    interviewee: "Generated Person".into(),
                    assessor: "Generated Assessor".into(),
                    time: Timestamp::UNIX_EPOCH,
                    edited_by: Default::default(),
                    edited: None,
                    flagged: seq.next(20) == 0,
                });
            }
        }
    }
    a
}
