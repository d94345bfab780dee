//! Mappings from a regulation or framework to the 62443 requirements (NIS2 Article 21(2), NIST CSF
//! 2.0, the Cyber Resilience Act's Annex I, or an organisation's own): the target's items with
//! their hierarchy, and per item the requirements that support it, each link with its kind and
//! its source. A mapping is a TOML file in a questionnaire folder's `mappings/` subfolder; its
//! words (titles, the rationale of every link of our own reading) are in
//! `locales/<lang>/mapping-<id>.ftl`. The format and the verdict rule are in docs/alignment.md.

use super::ids::message_key;
use super::{Questionnaire, SourceRef};
use crate::error::{Diagnostic, PositionIndex};
use crate::toml_input;
use serde::{Deserialize, Serialize};
use std::collections::{HashMap, HashSet};
use std::ops::Range;
use std::path::{Path, PathBuf};
use toml::Spanned;

/// The newest mapping format this build understands.
pub const FORMAT: i64 = 1;

/// The source every link without a published mapping names: the reading of whoever wrote the
/// file, with a one-line rationale in the texts.
pub const OUR_READING: &str = "our-reading";

/// How much of a target item a 62443 requirement covers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum LinkKind {
    /// The requirement asks for the same outcome.
    Equivalent,
    /// Meeting the requirement is a substantial part of meeting the item.
    Supports,
    /// The requirement covers an aspect of the item only; on its own it can never make the item
    /// supported.
    Partial,
}

impl LinkKind {
    pub const ALL: [LinkKind; 3] = [LinkKind::Equivalent, LinkKind::Supports, LinkKind::Partial];

    pub fn id(self) -> &'static str {
        match self {
            LinkKind::Equivalent => "equivalent",
            LinkKind::Supports => "supports",
            LinkKind::Partial => "partial",
        }
    }
}

/// One 62443 requirement that supports an item.
#[derive(Debug, Clone, PartialEq)]
pub struct Link {
    pub questionnaire: String,
    pub requirement: String,
    pub kind: LinkKind,
    /// [`OUR_READING`] or the id of one of the mapping's published sources.
    pub source: String,
    /// The Fluent message with the rationale (`.why`) of a link of our own reading.
    pub key: String,
    pub at: SourceRef,
}

impl Link {
    pub fn is_our_reading(&self) -> bool {
        self.source == OUR_READING
    }

    /// The message id of a link's rationale: `link-` + the item's key + `--` + the
    /// questionnaire's + `--` + the requirement's.
    pub fn message_key(item: &str, questionnaire: &str, requirement: &str) -> String {
        format!(
            "link-{}--{}--{}",
            message_key(item),
            message_key(questionnaire),
            message_key(requirement)
        )
    }
}

/// One identifier of the target (an article's point, a CSF subcategory), with the requirements
/// that support it.
#[derive(Debug, Clone, PartialEq)]
pub struct Item {
    pub id: String,
    /// Its message id: `item-` + the id's key ("21(2)(a)" -> "item-21-2-a").
    pub key: String,
    pub parent: Option<String>,
    /// False for the grouping levels (a CSF function or category, NIS2's Article 21(2) itself):
    /// they have no verdict of their own, only their items'.
    pub assessable: bool,
    pub links: Vec<Link>,
    pub at: SourceRef,
}

/// A published mapping a link may name as its source.
#[derive(Debug, Clone, PartialEq)]
pub struct Source {
    pub id: String,
    /// Its message id: `source-` + the id's key.
    pub key: String,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Mapping {
    pub id: String,
    /// The regulation or framework, as it is cited ("Directive (EU) 2022/2555, Article 21(2)").
    pub reference: String,
    pub sources: Vec<Source>,
    /// In the file's order: a parent before its items.
    pub items: Vec<Item>,
    pub source: PathBuf,
    pub builtin: bool,
    /// Index of `items` by id.
    index: HashMap<String, usize>,
}

impl Mapping {
    /// The Fluent domain of its texts.
    pub fn domain(&self) -> String {
        format!("mapping-{}", self.id)
    }

    pub fn item(&self, id: &str) -> Option<&Item> {
        self.index.get(id).map(|&i| &self.items[i])
    }

    /// The questionnaires its links name, each once, in the order first named.
    pub fn questionnaires(&self) -> Vec<&str> {
        let mut seen = Vec::new();
        for link in self.items.iter().flat_map(|i| &i.links) {
            if !seen.contains(&link.questionnaire.as_str()) {
                seen.push(link.questionnaire.as_str());
            }
        }
        seen
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawFile {
    format: Spanned<i64>,
    mapping: RawMapping,
    #[serde(default)]
    source: Vec<RawSource>,
    #[serde(default)]
    item: Vec<RawItem>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawMapping {
    id: Spanned<String>,
    reference: Spanned<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawSource {
    id: Spanned<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawItem {
    id: Spanned<String>,
    parent: Option<Spanned<String>>,
    #[serde(default = "yes")]
    assessable: bool,
    #[serde(default)]
    link: Vec<RawLink>,
}

fn yes() -> bool {
    true
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawLink {
    questionnaire: Spanned<String>,
    requirement: Spanned<String>,
    kind: Spanned<String>,
    source: Spanned<String>,
}

/// Collects problems, each at its line and column.
struct Problems<'a> {
    path: &'a Path,
    positions: PositionIndex<'a>,
    list: Vec<Diagnostic>,
}

impl Problems<'_> {
    fn at(&mut self, span: Range<usize>, message: String) {
        let position = self.positions.position(span.start);
        self.list.push(Diagnostic::new(self.path, message).at(Some(position)));
    }

    fn source_ref(&self, span: Range<usize>) -> SourceRef {
        let p = self.positions.position(span.start);
        SourceRef {
            file: self.path.to_path_buf(),
            line: p.line,
            column: p.column,
        }
    }
}

/// An id must be one line without control characters, and give a message key.
fn check_id(what: &str, id: &Spanned<String>, problems: &mut Problems) {
    let text = id.get_ref();
    if text.trim().is_empty() || text.trim() != text || text.chars().any(char::is_control) {
        problems.at(
            id.span(),
            format!("{what} id \"{text}\" must be one line of text without spaces at either end"),
        );
    } else if message_key(text).is_empty() {
        problems.at(
            id.span(),
            format!("{what} id \"{text}\" needs at least one letter or digit"),
        );
    }
}

/// Read one mapping file and check every link against the questionnaires. Every problem is
/// reported with its line and column.
pub fn read(path: &Path, text: &str, questionnaires: &[Questionnaire]) -> Result<Mapping, Vec<Diagnostic>> {
    let raw: RawFile = toml_input::parse(path, text).map_err(|d| vec![d])?;
    let mut problems = Problems {
        path,
        positions: PositionIndex::new(text),
        list: Vec::new(),
    };
    let format = *raw.format.get_ref();
    if format > FORMAT {
        problems.at(
            raw.format.span(),
            format!(
                "written for mapping format {format}, but this version of iacs-assess reads format {FORMAT} at most; update iacs-assess"
            ),
        );
    } else if format < 1 {
        problems.at(
            raw.format.span(),
            format!("format must be a number from 1 to {FORMAT}, not {format}"),
        );
    }
    let id = raw.mapping.id.get_ref();
    if id.is_empty()
        || !id
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
    {
        problems.at(
            raw.mapping.id.span(),
            format!("mapping id \"{id}\" must be lowercase letters, digits and '-' (it names the texts' file)"),
        );
    }
    let reference = raw.mapping.reference.get_ref();
    if reference.trim().is_empty() || reference.chars().any(char::is_control) {
        problems.at(
            raw.mapping.reference.span(),
            "the reference must be one line of text, without control characters".into(),
        );
    }
    let mut sources: Vec<Source> = Vec::new();
    for s in &raw.source {
        check_id("source", &s.id, &mut problems);
        if s.id.get_ref() == OUR_READING {
            problems.at(
                s.id.span(),
                format!("\"{OUR_READING}\" is the source of links without a published mapping; it is not declared"),
            );
        } else if sources.iter().any(|x| x.id == *s.id.get_ref()) {
            problems.at(s.id.span(), format!("source \"{}\" is declared twice", s.id.get_ref()));
        } else {
            sources.push(Source {
                id: s.id.get_ref().clone(),
                key: format!("source-{}", message_key(s.id.get_ref())),
            });
        }
    }
    let by_id: HashMap<&str, &Questionnaire> = questionnaires.iter().map(|q| (q.id.as_str(), q)).collect();
    let mut index = HashMap::new();
    let mut keys: HashMap<String, String> = HashMap::new();
    let mut items = Vec::new();
    for raw_item in &raw.item {
        check_id("item", &raw_item.id, &mut problems);
        let item_id = raw_item.id.get_ref();
        let key = format!("item-{}", message_key(item_id));
        if index.contains_key(item_id) {
            problems.at(raw_item.id.span(), format!("item \"{item_id}\" is listed twice"));
            continue;
        }
        if let Some(other) = keys.get(&key) {
            problems.at(
                raw_item.id.span(),
                format!("items \"{other}\" and \"{item_id}\" would share the message id {key}"),
            );
            continue;
        }
        if let Some(parent) = &raw_item.parent
            && !index.contains_key(parent.get_ref())
        {
            problems.at(
                parent.span(),
                format!("parent \"{}\" is not an item listed before this one", parent.get_ref()),
            );
        }
        if !raw_item.assessable && !raw_item.link.is_empty() {
            problems.at(
                raw_item.id.span(),
                format!("item \"{item_id}\" is not assessable, so it cannot have links (link its items instead)"),
            );
        }
        let mut links = Vec::new();
        let mut seen = HashSet::new();
        for raw_link in &raw_item.link {
            let pair = (raw_link.questionnaire.get_ref(), raw_link.requirement.get_ref());
            if !seen.insert(pair) {
                problems.at(
                    raw_link.requirement.span(),
                    format!("item \"{item_id}\" links {} {} twice", pair.0, pair.1),
                );
                continue;
            }
            if let Some(link) = read_link(item_id, raw_link, &by_id, &sources, &mut problems) {
                links.push(link);
            }
        }
        keys.insert(key.clone(), item_id.clone());
        index.insert(item_id.clone(), items.len());
        items.push(Item {
            id: item_id.clone(),
            key,
            parent: raw_item.parent.as_ref().map(|p| p.get_ref().clone()),
            assessable: raw_item.assessable,
            links,
            at: problems.source_ref(raw_item.id.span()),
        });
    }
    if items.is_empty() {
        problems.at(raw.mapping.id.span(), "the mapping lists no [[item]]".into());
    }
    if !problems.list.is_empty() {
        return Err(problems.list);
    }
    Ok(Mapping {
        id: raw.mapping.id.into_inner(),
        reference: raw.mapping.reference.into_inner(),
        sources,
        items,
        source: path.to_path_buf(),
        builtin: false,
        index,
    })
}

fn read_link(
    item: &str,
    raw: &RawLink,
    questionnaires: &HashMap<&str, &Questionnaire>,
    sources: &[Source],
    problems: &mut Problems,
) -> Option<Link> {
    let mut ok = true;
    let q_id = raw.questionnaire.get_ref();
    match questionnaires.get(q_id.as_str()) {
        None => {
            let mut known: Vec<&str> = questionnaires.keys().copied().collect();
            known.sort_unstable();
            problems.at(
                raw.questionnaire.span(),
                format!("unknown questionnaire \"{q_id}\" (known: {})", known.join(", ")),
            );
            ok = false;
        }
        Some(q) if q.requirement(raw.requirement.get_ref()).is_none() => {
            problems.at(
                raw.requirement.span(),
                format!("{q_id} has no requirement \"{}\"", raw.requirement.get_ref()),
            );
            ok = false;
        }
        Some(_) => {}
    }
    let kind = LinkKind::ALL.into_iter().find(|k| k.id() == raw.kind.get_ref());
    if kind.is_none() {
        problems.at(
            raw.kind.span(),
            format!(
                "unknown kind \"{}\" (kinds: equivalent, supports, partial)",
                raw.kind.get_ref()
            ),
        );
    }
    let source = raw.source.get_ref();
    if source != OUR_READING && !sources.iter().any(|s| s.id == *source) {
        let mut known = vec![OUR_READING];
        known.extend(sources.iter().map(|s| s.id.as_str()));
        problems.at(
            raw.source.span(),
            format!(
                "unknown source \"{source}\" (declare it in a [[source]] table; known: {})",
                known.join(", ")
            ),
        );
        ok = false;
    }
    Some(Link {
        questionnaire: q_id.clone(),
        requirement: raw.requirement.get_ref().clone(),
        kind: kind.filter(|_| ok)?,
        source: source.clone(),
        key: Link::message_key(item, q_id, raw.requirement.get_ref()),
        at: problems.source_ref(raw.requirement.span()),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalog::Catalog;
    use crate::content::Sources;

    fn questionnaires() -> Vec<Questionnaire> {
        Catalog::load(&Sources::default()).unwrap().questionnaires
    }

    const HEAD: &str = "format = 1\n[mapping]\nid = \"law\"\nreference = \"Law 1\"\n\n";

    #[test]
    fn a_mapping_reads_with_its_hierarchy_and_links() {
        let text = format!(
            "{HEAD}[[source]]\nid = \"pub\"\n\n[[item]]\nid = \"1\"\nassessable = false\n\n[[item]]\nid = \"1(a)\"\nparent = \"1\"\n\n[[item.link]]\nquestionnaire = \"iec62443-3-3\"\nrequirement = \"SR 1.1\"\nkind = \"supports\"\nsource = \"pub\"\n\n[[item.link]]\nquestionnaire = \"iec62443-2-1\"\nrequirement = \"ORG 1.1\"\nkind = \"partial\"\nsource = \"our-reading\"\n"
        );
        let m = read(Path::new("law.toml"), &text, &questionnaires()).unwrap();
        assert_eq!(m.domain(), "mapping-law");
        let item = m.item("1(a)").unwrap();
        assert_eq!(item.key, "item-1-a");
        assert_eq!(item.parent.as_deref(), Some("1"));
        assert_eq!(item.links.len(), 2);
        assert_eq!(item.links[1].key, "link-1-a--iec62443-2-1--org-1-1");
        assert!(item.links[1].is_our_reading() && !item.links[0].is_our_reading());
        assert_eq!(m.questionnaires(), ["iec62443-3-3", "iec62443-2-1"]);
    }

    #[test]
    fn every_bad_link_is_reported_where_it_stands() {
        let text = format!(
            "{HEAD}[[item]]\nid = \"1\"\n\n[[item.link]]\nquestionnaire = \"iec62443-9-9\"\nrequirement = \"SR 1.1\"\nkind = \"supports\"\nsource = \"our-reading\"\n\n[[item.link]]\nquestionnaire = \"iec62443-3-3\"\nrequirement = \"SR 99.1\"\nkind = \"same\"\nsource = \"nist\"\n\n[[item]]\nid = \"2\"\nparent = \"9\"\n"
        );
        let shown: Vec<String> = read(Path::new("law.toml"), &text, &questionnaires())
            .unwrap_err()
            .iter()
            .map(ToString::to_string)
            .collect();
        let expect = [
            "law.toml:10:17: unknown questionnaire \"iec62443-9-9\"",
            "law.toml:17:15: iec62443-3-3 has no requirement \"SR 99.1\"",
            "law.toml:18:8: unknown kind \"same\"",
            "law.toml:19:10: unknown source \"nist\"",
            "law.toml:23:10: parent \"9\" is not an item listed before this one",
        ];
        for e in expect {
            assert!(shown.iter().any(|s| s.starts_with(e)), "{e} not in {shown:?}");
        }
        assert_eq!(shown.len(), expect.len(), "{shown:?}");
    }

    #[test]
    fn a_grouping_item_cannot_have_links_and_ids_must_give_distinct_keys() {
        let text = format!(
            "{HEAD}[[item]]\nid = \"1\"\nassessable = false\n\n[[item.link]]\nquestionnaire = \"iec62443-3-3\"\nrequirement = \"SR 1.1\"\nkind = \"supports\"\nsource = \"our-reading\"\n\n[[item]]\nid = \"1.a\"\n\n[[item]]\nid = \"1(a)\"\n"
        );
        let shown: Vec<String> = read(Path::new("law.toml"), &text, &questionnaires())
            .unwrap_err()
            .iter()
            .map(ToString::to_string)
            .collect();
        assert!(
            shown[0].contains("not assessable, so it cannot have links"),
            "{shown:?}"
        );
        assert!(
            shown[1].starts_with("law.toml:20:6: items \"1.a\" and \"1(a)\" would share"),
            "{shown:?}"
        );
    }
}
