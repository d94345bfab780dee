//! Components (`[[component]]`): the products that make up a zone (a PLC, a switch, an HMI
//! software, a historian server), each of one 62443-4-2 type. A component's capability security
//! level (SL-C) is either assessed, by answering 62443-4-2 for it (the answer's target is the
//! component's id), or declared by its supplier with the source of the claim: a certificate
//! (number, scheme) or the supplier's statement, and its date. `scoring::capability` works out
//! which one counts and checks every zone's components against its SL-T.

use super::countermeasure::toml_date;
use super::model::{Assessment, SlVector};
use crate::catalog::ComponentType;
use crate::catalog::ids::natural_cmp;
use jiff::civil::Date;
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Component {
    pub id: String,
    pub name: String,
    #[serde(rename = "type")]
    pub kind: ComponentType,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub vendor: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub product: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub version: String,
    /// The zone it sits in; empty: not placed yet (an inventory imported before the zones).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub zone: String,
    /// The SL-C its supplier declares, with where the claim comes from.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub declared: Option<Declared>,
}

/// An SL-C vector a supplier claims, and the source of the claim.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Declared {
    /// SL-C per FR {IAC UC SI DC RDF TRE RA}, 0 to 4.
    pub sl_c: SlVector,
    pub source: DeclaredBy,
    /// The certificate's number (source = "certificate").
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub certificate: String,
    /// The certification scheme ("ISASecure CSA", "IECEE CB").
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub scheme: String,
    /// When the certificate was issued or the statement made.
    #[serde(default, skip_serializing_if = "Option::is_none", with = "toml_date")]
    pub date: Option<Date>,
}

/// Where a declared SL-C comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum DeclaredBy {
    /// A certificate of an independent scheme (ISASecure CSA, IECEE).
    Certificate,
    /// The supplier's own statement (a declaration of conformity, a data sheet).
    SupplierStatement,
}

impl DeclaredBy {
    /// The word in files and on the command line.
    pub fn id(self) -> &'static str {
        match self {
            DeclaredBy::Certificate => "certificate",
            DeclaredBy::SupplierStatement => "supplier-statement",
        }
    }

    pub fn from_id(id: &str) -> Option<DeclaredBy> {
        [DeclaredBy::Certificate, DeclaredBy::SupplierStatement]
            .into_iter()
            .find(|d| d.id() == id)
    }
}

impl Declared {
    /// What is wrong with the claim, in words naming `what` ("component \"PLC-3\"").
    pub fn problems(&self, what: &str) -> Vec<String> {
        let mut out = Vec::new();
        if self.sl_c.iter().any(|&l| l > 4) {
            out.push(format!("{what}: a declared SL-C is 0 to 4 per FR"));
        }
        if self.source == DeclaredBy::Certificate
            && (self.certificate.trim().is_empty() || self.scheme.trim().is_empty())
        {
            out.push(format!(
                "{what}: a declared SL-C from a certificate needs its number (certificate) and scheme"
            ));
        }
        if self.date.is_none() {
            out.push(format!(
                "{what}: a declared SL-C needs the date of its certificate or statement (date = YYYY-MM-DD)"
            ));
        }
        out
    }
}

/// A declared SL-C as JSON shows it (`score --json`, `component list --json`): the date as
/// "YYYY-MM-DD". The file's TOML date would come out of serde_json as toml's private datetime
/// struct (`{"$__toml_private_datetime": ...}`).
pub fn declared_json<S: serde::Serializer>(declared: &Option<Declared>, s: S) -> Result<S::Ok, S::Error> {
    #[derive(Serialize)]
    struct View<'a> {
        sl_c: &'a SlVector,
        source: DeclaredBy,
        #[serde(skip_serializing_if = "str::is_empty")]
        certificate: &'a str,
        #[serde(skip_serializing_if = "str::is_empty")]
        scheme: &'a str,
        date: Option<String>,
    }
    declared
        .as_ref()
        .map(|d| View {
            sl_c: &d.sl_c,
            source: d.source,
            certificate: &d.certificate,
            scheme: &d.scheme,
            date: d.date.map(|d| d.to_string()),
        })
        .serialize(s)
}

/// A component as JSON shows it: the fields of the file, the declared SL-C by [`declared_json`].
#[derive(Serialize)]
pub struct ComponentJson<'a> {
    pub id: &'a str,
    pub name: &'a str,
    #[serde(rename = "type")]
    pub kind: ComponentType,
    #[serde(skip_serializing_if = "str::is_empty")]
    pub vendor: &'a str,
    #[serde(skip_serializing_if = "str::is_empty")]
    pub product: &'a str,
    #[serde(skip_serializing_if = "str::is_empty")]
    pub version: &'a str,
    #[serde(skip_serializing_if = "str::is_empty")]
    pub zone: &'a str,
    #[serde(skip_serializing_if = "Option::is_none", serialize_with = "declared_json")]
    pub declared: &'a Option<Declared>,
}

impl Component {
    /// The component as JSON shows it.
    pub fn json(&self) -> ComponentJson<'_> {
        ComponentJson {
            id: &self.id,
            name: &self.name,
            kind: self.kind,
            vendor: &self.vendor,
            product: &self.product,
            version: &self.version,
            zone: &self.zone,
            declared: &self.declared,
        }
    }

    /// What is wrong with it within `a`: its id, its zone and its declared SL-C.
    pub fn problems(&self, a: &Assessment) -> Vec<String> {
        let what = format!("component \"{}\"", self.id);
        let mut out = Vec::new();
        if let Err(message) = check_id(&self.id) {
            out.push(message);
        }
        if self.name.trim().is_empty() {
            out.push(format!("{what} needs a name"));
        }
        if a.has_target(&self.id) {
            out.push(format!(
                "{what} has the id of a zone or conduit; give it an id of its own"
            ));
        }
        if !self.zone.is_empty() && a.zone(&self.zone).is_none() {
            out.push(format!(
                "{what} sits in zone \"{}\", which is not a zone of this assessment",
                self.zone
            ));
        }
        if let Some(d) = &self.declared {
            out.extend(d.problems(&what));
        }
        out
    }
}

/// A component id: not empty, letters, digits, '-', '_' and '.' only ("PLC-3", "FW.01").
pub fn check_id(id: &str) -> Result<(), String> {
    super::model::check_record_id(id, "component", "PLC-3")
}

impl Assessment {
    pub fn component(&self, id: &str) -> Option<&Component> {
        self.components.iter().find(|c| c.id == id)
    }

    pub fn component_mut(&mut self, id: &str) -> Option<&mut Component> {
        self.components.iter_mut().find(|c| c.id == id)
    }

    /// The components that sit in zone `zone`, in id order.
    pub fn components_in<'a>(&'a self, zone: &'a str) -> impl Iterator<Item = &'a Component> + 'a {
        self.components.iter().filter(move |c| c.zone == zone)
    }

    /// Whether `id` already names a zone, a conduit or a component (they share one namespace, so
    /// that an answer's target is never ambiguous to a reader).
    pub fn id_taken(&self, id: &str) -> bool {
        self.has_target(id) || self.component(id).is_some()
    }

    /// Add a component, or replace the one with its id, keeping the list in id order.
    pub fn put_component(&mut self, c: Component) {
        match self.components.binary_search_by(|x| natural_cmp(&x.id, &c.id)) {
            Ok(i) => self.components[i] = c,
            Err(i) => self.components.insert(i, c),
        }
    }

    /// Remove a component and its 62443-4-2 answers; both are returned (to report, or to undo).
    pub fn remove_component(&mut self, id: &str) -> Option<(Component, Vec<super::Answer>)> {
        let i = self.components.iter().position(|c| c.id == id)?;
        let c = self.components.remove(i);
        let answers = self.remove_answers_for_target(id);
        Some((c, answers))
    }

    /// Components in id order (files written by hand may list them in any order).
    pub(crate) fn sort_components(&mut self) {
        self.components.sort_by(|x, y| natural_cmp(&x.id, &y.id));
    }
}
