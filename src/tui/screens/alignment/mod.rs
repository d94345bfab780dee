//! `update` for the alignment screen: what the 62443 answers say about a regulation or framework
//! (NIS2, NIST CSF 2.0, the CRA, an organisation's own mapping). One mapping at a time (← → or
//! [ ] switch among those that link to the assessment's questionnaires), its items as a tree with
//! their verdicts (`f` / `F` filter by verdict), the selected item's links; Tab moves between the
//! two lists and Enter on a link answers its requirement on the questionnaire screen. The
//! alignment is computed here (`refresh`, from the session's score) when the screen is entered
//! and after each change, never in the view.

pub mod state;
pub mod view;

use crate::alignment::{LinkState, TargetState};
use crate::assessment::AnswerId;
use crate::tui::keymap::Action;
use crate::tui::message::Effect;
use crate::tui::model::{Model, Screen};
use crossterm::event::{KeyCode, KeyEvent};
use state::{Back, Computed, Filter, Panel};
use std::collections::HashMap;

/// The alignment screen comes to the front from `from`: Esc and q go back there.
pub fn enter(model: &mut Model, from: Back) {
    model.alignment.back = from;
    model.alignment.focus = Panel::Items;
    refresh(model);
}

/// Compute the alignment again if the screen is open and the assessment, the day or the mapping
/// changed since (called at the end of every `update`; a key that only moves computes nothing).
pub fn refresh(model: &mut Model) {
    if model.screen != Screen::Alignment {
        return;
    }
    let Some(s) = model.session.as_ref() else { return };
    if model.alignment.current(s.revision, model.today).is_some() {
        return;
    }
    let a = &s.assessment;
    let relevant = crate::alignment::relevant(a, &model.catalog);
    let st = &mut model.alignment;
    st.mappings = relevant.iter().map(|m| m.id.clone()).collect();
    if !st.mapping.as_ref().is_some_and(|id| st.mappings.contains(id)) {
        st.mapping = st.mappings.first().cloned();
        st.selected = None;
    }
    let Some(mapping) = relevant.iter().find(|m| Some(&m.id) == st.mapping.as_ref()) else {
        st.computed = None;
        return;
    };
    // The score the session keeps for this revision and day (`session::refresh_score` made it
    // just before), so a change is scored once.
    let alignment = match s
        .scored
        .as_ref()
        .filter(|x| x.revision == s.revision && x.day == model.today)
    {
        Some(scored) => crate::alignment::align(a, &model.catalog, &scored.score, mapping),
        None => {
            let score = crate::scoring::score_on(a, &model.catalog, model.today);
            crate::alignment::align(a, &model.catalog, &score, mapping)
        }
    };
    let shown = shown(&alignment, st.filter);
    st.computed = Some(Computed {
        revision: s.revision,
        day: model.today,
        alignment,
        shown,
    });
    keep_selection(model);
}

/// The items `filter` lets through, with every grouping item above one of them (the tree stays
/// readable); without a filter, every item.
fn shown(alignment: &crate::alignment::Alignment, filter: Filter) -> Vec<usize> {
    let items = &alignment.items;
    if filter.0.is_none() {
        return (0..items.len()).collect();
    }
    let at: HashMap<&str, usize> = items.iter().enumerate().map(|(i, x)| (x.item.as_str(), i)).collect();
    let mut keep = vec![false; items.len()];
    for (i, item) in items.iter().enumerate() {
        if !item.verdict.is_some_and(|v| filter.lets_through(v)) {
            continue;
        }
        keep[i] = true;
        let mut parent = item.parent.as_deref().and_then(|p| at.get(p).copied());
        while let Some(j) = parent.filter(|&j| !keep[j]) {
            keep[j] = true;
            parent = items[j].parent.as_deref().and_then(|p| at.get(p).copied());
        }
    }
    (0..items.len()).filter(|&i| keep[i]).collect()
}

/// Keep the selected item if it is still shown, else select the first shown.
fn keep_selection(model: &mut Model) {
    let st = &mut model.alignment;
    if st.cursor().is_none() {
        st.selected = st
            .computed
            .as_ref()
            .and_then(|c| c.shown.first().and_then(|&i| c.alignment.items.get(i)))
            .map(|x| x.item.clone());
        st.link = 0;
    }
    let links = st.item().map_or(0, |x| x.links.len());
    st.link = st.link.min(links.saturating_sub(1));
    if links == 0 {
        st.focus = Panel::Items;
    }
}

pub fn key(model: &mut Model, k: KeyEvent) -> Vec<Effect> {
    let step = crate::tui::keymap::list_step(k.code);
    let focus = model.alignment.focus;
    if model.keymap.is(Action::SwitchLanguage, &k) {
        model.switch_language();
        return Vec::new();
    }
    match (k.code, focus) {
        (KeyCode::Esc, Panel::Links) => model.alignment.focus = Panel::Items,
        (KeyCode::Esc | KeyCode::Char('q'), _) => back(model),
        (KeyCode::Tab | KeyCode::BackTab, Panel::Links) => model.alignment.focus = Panel::Items,
        (KeyCode::Tab | KeyCode::BackTab | KeyCode::Enter, Panel::Items) => to_links(model),
        (KeyCode::Enter, Panel::Links) => jump(model),
        (KeyCode::Left | KeyCode::Char('['), _) => switch_mapping(model, false),
        (KeyCode::Right | KeyCode::Char(']'), _) => switch_mapping(model, true),
        (KeyCode::Char('f'), _) => next_filter(model, true),
        (KeyCode::Char('F'), _) => next_filter(model, false),
        _ if step != 0 => move_in(model, focus, step),
        _ => {}
    }
    Vec::new()
}

/// Back to the screen the alignment was opened from.
fn back(model: &mut Model) {
    model.screen = match model.alignment.back {
        Back::Results => Screen::Results,
        Back::Questionnaire => Screen::Questionnaire,
        Back::Zones => Screen::Zones,
    };
}

/// The links of the selected item get the focus; an item without links says why not.
fn to_links(model: &mut Model) {
    let Some(item) = model.alignment.item() else { return };
    if item.links.is_empty() {
        let key = if item.verdict.is_some() {
            "align-tui-no-links"
        } else {
            "align-tui-grouping-no-links"
        };
        model.notice = Some(model.texts.ui(key));
        return;
    }
    model.alignment.focus = Panel::Links;
}

/// The next (`forward`) or the previous mapping that links to the assessment.
fn switch_mapping(model: &mut Model, forward: bool) {
    let st = &mut model.alignment;
    let n = st.mappings.len();
    if n < 2 {
        model.notice = Some(model.texts.ui("align-tui-one-mapping"));
        return;
    }
    let at = st
        .mappings
        .iter()
        .position(|id| Some(id) == st.mapping.as_ref())
        .unwrap_or(0);
    let next = if forward { (at + 1) % n } else { (at + n - 1) % n };
    st.mapping = st.mappings.get(next).cloned();
    st.selected = None;
    st.link = 0;
    st.focus = Panel::Items;
    refresh(model);
}

/// The next (`forward`) or previous filter among the verdicts some item has: list again what it
/// lets through, keeping the selection where it stays.
fn next_filter(model: &mut Model, forward: bool) {
    let st = &mut model.alignment;
    let Some(summary) = st.computed.as_ref().map(|c| &c.alignment.summary) else {
        return;
    };
    let filter = st.filter.step(forward, summary);
    st.filter = filter;
    st.focus = Panel::Items;
    if let Some(c) = st.computed.as_mut() {
        c.shown = shown(&c.alignment, filter);
    }
    keep_selection(model);
}

fn move_in(model: &mut Model, panel: Panel, step: isize) {
    let moved = |cursor: usize, len: usize| cursor.saturating_add_signed(step).min(len.saturating_sub(1));
    let st = &mut model.alignment;
    match panel {
        Panel::Items => {
            let Some(c) = st.computed.as_ref() else { return };
            let at = moved(st.cursor().unwrap_or(0), c.shown.len());
            let id = c
                .shown
                .get(at)
                .and_then(|&i| c.alignment.items.get(i))
                .map(|x| x.item.clone());
            if id != st.selected {
                st.link = 0;
            }
            st.selected = id;
        }
        Panel::Links => {
            let n = st.item().map_or(0, |x| x.links.len());
            st.link = moved(st.link, n);
        }
    }
}

/// Enter on a link: its requirement's answer on the questionnaire screen; for a requirement
/// answered per target, at the first target where it is not met or open, else the first.
fn jump(model: &mut Model) {
    let Some(link) = model
        .alignment
        .item()
        .and_then(|x| x.links.get(model.alignment.link))
        .cloned()
    else {
        return;
    };
    let label = crate::alignment::words::requirement_label(&model.catalog, &link);
    if link.state == LinkState::Outside {
        model.notice = Some(
            model
                .texts
                .ui_with("align-tui-outside-link", &[("requirement", label.into())]),
        );
        return;
    }
    let target = link
        .targets
        .iter()
        .find(|t| matches!(t.state, TargetState::NotMet | TargetState::Open))
        .or(link.targets.first())
        .and_then(|t| t.target.clone());
    let id = AnswerId::new(&link.questionnaire, target.as_deref(), &link.requirement);
    if crate::tui::session::go_to(model, &id) {
        let key = model.keymap.name(Action::Alignment);
        model.notice = Some(
            model
                .texts
                .ui_with("align-tui-went", &[("requirement", label.into()), ("key", key.into())]),
        );
    } else {
        model.notice = Some(model.texts.ui("notice-none-found"));
    }
}
