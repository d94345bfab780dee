//! Components (62443-4-2) between two files: the fields in which two versions of a component
//! differ (a merge conflict lists them), and what `compare` reports about components: added,
//! removed and changed ones, SL-C changes per component and FR ("PLC-3 FR 1: SL-C 1 -> 2"), and
//! the zone check's shortfalls opened and closed.

use super::compare::{Change, Direction};
use crate::assessment::{Assessment, Component};
use crate::scoring::Score;
use crate::scoring::capability::Shortfall;
use crate::scoring::security_level::{Standing, level_text};
use std::collections::BTreeSet;

/// A component's fields as a merge conflict or a change names them (`sl_c` and its source: the
/// declared claim).
fn fields(c: &Component) -> Vec<(&'static str, String)> {
    let declared = c.declared.as_ref();
    let sl_c = declared
        .map(|d| d.sl_c.iter().map(u8::to_string).collect::<Vec<_>>().join(" "))
        .unwrap_or_default();
    vec![
        ("name", c.name.clone()),
        ("type", c.kind.id().to_string()),
        ("vendor", c.vendor.clone()),
        ("product", c.product.clone()),
        ("version", c.version.clone()),
        ("zone", c.zone.clone()),
        ("sl_c", sl_c),
        (
            "source",
            declared.map(|d| d.source.id().to_string()).unwrap_or_default(),
        ),
        (
            "certificate",
            declared.map(|d| d.certificate.clone()).unwrap_or_default(),
        ),
        ("scheme", declared.map(|d| d.scheme.clone()).unwrap_or_default()),
        (
            "date",
            declared.and_then(|d| d.date).map(|d| d.to_string()).unwrap_or_default(),
        ),
    ]
}

/// The fields in which `x` and `y` differ, each side as `name = "value"`, joined by "; ".
pub fn differences(x: &Component, y: &Component) -> (String, String) {
    let show = |(name, value): &(&str, String)| format!("{name} = \"{value}\"");
    let (a, b): (Vec<String>, Vec<String>) = fields(x)
        .iter()
        .zip(&fields(y))
        .filter(|(p, q)| p.1 != q.1)
        .map(|(p, q)| (show(p), show(q)))
        .unzip();
    (a.join("; "), b.join("; "))
}

/// Components added, removed, or changed (the fields that differ, old and new). The target is
/// the zone the component sits in (now, or before if removed).
pub fn component_changes(changes: &mut Vec<Change>, old: &Assessment, new: &Assessment) {
    let ids: BTreeSet<&str> = old
        .components
        .iter()
        .chain(&new.components)
        .map(|c| c.id.as_str())
        .collect();
    for id in ids {
        let (o, n) = (old.component(id), new.component(id));
        let Some(now) = n.or(o) else { continue };
        let named = |c: &Component| format!("{} ({})", c.name, c.kind.id());
        let (old_text, new_text, direction) = match (o, n) {
            (Some(o), Some(n)) if o == n => continue,
            (Some(o), Some(n)) => {
                let (x, y) = differences(o, n);
                (x, y, Direction::Changed)
            }
            (None, Some(n)) => (String::new(), named(n), Direction::New),
            (Some(o), None) => (named(o), String::new(), Direction::Removed),
            (None, None) => continue,
        };
        changes.push(Change {
            area: "component",
            questionnaire: String::new(),
            target: (!now.zone.is_empty()).then(|| now.zone.clone()),
            item: id.to_string(),
            old: old_text,
            new: new_text,
            direction,
            title: Some(now.name.clone()),
        });
    }
}

/// SL-C changes per component (in both files) and FR: "PLC-3 FR 1: SL-C 1 -> 2". A component
/// whose SL-C became known or unknown changes in every FR ("-" for unknown).
pub fn sl_c_changes(changes: &mut Vec<Change>, old: &Score, new: &Score) {
    for n in &new.components {
        let Some(o) = old.components.iter().find(|o| o.component == n.component) else {
            continue;
        };
        for fr in 0..7 {
            let level = |v: &Option<crate::scoring::security_level::SlAchieved>| v.map(|v| v[fr]);
            let (before, after) = (level(&o.sl_c), level(&n.sl_c));
            if before == after {
                continue;
            }
            let text = |l: Option<Option<u8>>| match l {
                Some(l) => level_text(l, "n/a"),
                None => "-".to_string(),
            };
            let direction = match (before.flatten(), after.flatten()) {
                (Some(x), Some(y)) if y > x => Direction::Up,
                (Some(x), Some(y)) if y < x => Direction::Down,
                _ => Direction::Changed,
            };
            changes.push(Change {
                area: "sl-c",
                questionnaire: String::new(),
                target: Some(n.component.clone()),
                item: format!("FR {}", fr + 1),
                old: text(before),
                new: text(after),
                direction,
                title: Some(n.name.clone()),
            });
        }
    }
}

/// A shortfall as the compare lists it: item "PLC-3 FR 1" (or "PLC-3" for an unknown SL-C), and
/// its state: "SL-C 1 < SL-T 2", "not-assessed" or "unknown" (put in words by compare_words).
fn shortfall_key(s: &Shortfall) -> (String, String) {
    let item = match s.fr {
        Some(fr) => format!("{} FR {fr}", s.component),
        None => s.component.clone(),
    };
    (s.zone.clone(), item)
}

fn shortfall_state(s: &Shortfall) -> String {
    match (s.fr, s.sl_c, s.standing) {
        (None, _, _) => "unknown".into(),
        (Some(_), Some(level), Standing::Short) => format!("SL-C {level} < SL-T {}", s.sl_t),
        _ => "not-assessed".into(),
    }
}

/// The zone check's shortfalls opened (new in the new file) and closed (gone), per zone,
/// component and FR; one that changed its state (open work that turned out a gap) is changed.
pub fn zone_check_changes(changes: &mut Vec<Change>, old: &Score, new: &Score) {
    let find = |list: &[Shortfall], key: &(String, String)| {
        list.iter().find(|s| &shortfall_key(s) == key).map(shortfall_state)
    };
    let keys: BTreeSet<(String, String)> = old
        .zone_check
        .iter()
        .chain(&new.zone_check)
        .map(shortfall_key)
        .collect();
    for key in keys {
        let (before, after) = (find(&old.zone_check, &key), find(&new.zone_check, &key));
        let direction = match (&before, &after) {
            (Some(b), Some(a)) if b == a => continue,
            (Some(_), Some(_)) => Direction::Changed,
            (None, Some(_)) => Direction::GapNew,
            (Some(_), None) => Direction::GapClosed,
            (None, None) => continue,
        };
        changes.push(Change {
            area: "zone-check",
            questionnaire: String::new(),
            target: Some(key.0),
            item: key.1,
            old: before.unwrap_or_default(),
            new: after.unwrap_or_default(),
            direction,
            title: None,
        });
    }
}
