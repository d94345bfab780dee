//! A zone's layer on the zones screen (issue 22): the zone form's choice ("From the conduits
//! (what they give now)" first, then the seven layers), saved in the assessment, undone like
//! any other zone field, and the details line that says where the zone sits.

mod common;

use crossterm::event::KeyCode;
use iacs_assess::assessment::{Assessment, Layer};
use iacs_assess::tui::model::{Model, Screen};
use iacs_assess::tui::theme::Theme;
use iacs_assess::tui::update::{Effect, ctrl, update};

/// The demo on the zones screen with `id` selected.
fn demo_on(id: &str) -> Model {
    let mut m = common::demo_model(Theme::monochrome());
    common::keys(&mut m, "s");
    assert_eq!(m.screen, Screen::Zones);
    let s = m.session.as_mut().unwrap();
    s.zone_cursor = s.target_ids().iter().position(|t| t == id).unwrap();
    m
}

fn a(m: &Model) -> &Assessment {
    &m.session.as_ref().unwrap().assessment
}

fn layer_of(m: &Model, id: &str) -> Option<Layer> {
    a(m).zone(id).unwrap().layer
}

/// Open the selected zone's form and put the focus on its layer field.
fn edit_layer(m: &mut Model) {
    common::keys(m, "e");
    focus_layer(m);
}

/// Tab to the layer field of the form open.
fn focus_layer(m: &mut Model) {
    for _ in 0..20 {
        let form = m.session.as_ref().unwrap().form.as_ref().expect("a zone form is open");
        if form.fields[form.focus].label == "form-layer" {
            return;
        }
        common::key(m, KeyCode::Tab);
    }
    panic!("the zone form has no layer field");
}

/// The layer field's chosen option, as shown.
fn shown_layer(m: &Model) -> String {
    let form = m.session.as_ref().unwrap().form.as_ref().unwrap();
    form.value_of("form-layer").unwrap()
}

/// Tab to the last field and Enter.
fn save(m: &mut Model) -> Vec<Effect> {
    loop {
        let form = m.session.as_ref().unwrap().form.as_ref().expect("a form is open");
        if form.focus + 1 == form.fields.len() {
            break;
        }
        common::key(m, KeyCode::Tab);
    }
    common::key(m, KeyCode::Enter)
}

#[test]
fn a_layer_picked_on_the_zone_form_is_saved_undone_and_cleared() {
    let mut m = demo_on("Z-DMZ");
    assert_eq!(layer_of(&m, "Z-DMZ"), Some(Layer::Dmz));
    edit_layer(&mut m);
    assert_eq!(
        shown_layer(&m),
        "Industrial DMZ (3.5)",
        "the form opens on the zone's layer"
    );
    common::key(&mut m, KeyCode::Right);
    assert_eq!(shown_layer(&m), "Site operations (3)");
    assert_eq!(save(&mut m), [Effect::Save]);
    assert_eq!(layer_of(&m, "Z-DMZ"), Some(Layer::Operations));
    let text = iacs_assess::assessment::storage::to_toml(a(&m)).unwrap();
    assert!(text.contains("layer = \"operations\""), "written to the file");
    let screen = common::draw(&m, 160, 48);
    assert!(screen.contains("Layer: Site operations (3)"), "{screen}");

    update(&mut m, ctrl('z'), jiff::Timestamp::UNIX_EPOCH);
    assert_eq!(layer_of(&m, "Z-DMZ"), Some(Layer::Dmz), "Ctrl-Z puts the layer back");

    // "From the conduits" is the first choice: Left past the top layer clears the layer.
    edit_layer(&mut m);
    for _ in 0..8 {
        common::key(&mut m, KeyCode::Left);
    }
    assert_eq!(shown_layer(&m), "From the conduits (Industrial DMZ (3.5))");
    assert_eq!(save(&mut m), [Effect::Save]);
    assert_eq!(layer_of(&m, "Z-DMZ"), None);
    let text = iacs_assess::assessment::storage::to_toml(a(&m)).unwrap();
    assert!(!text.contains("layer = \"dmz\""), "cleared in the file");
    let screen = common::draw(&m, 160, 48);
    assert!(
        screen.contains("Layer: Industrial DMZ (3.5) (from the conduits)"),
        "{screen}"
    );
}

/// The first choice says what the conduits would give the zone without its own layer: the
/// chlorine SIS hangs below the controllers, so the rule puts it in the field layer, while the
/// assessor put it in the safety layer.
#[test]
fn the_first_choice_says_what_the_conduits_give() {
    let mut m = demo_on("Z-SIS");
    edit_layer(&mut m);
    assert_eq!(shown_layer(&m), "Safety systems");
    let form = m.session.as_ref().unwrap().form.as_ref().unwrap();
    let i = form.fields.iter().position(|f| f.label == "form-layer").unwrap();
    let iacs_assess::tui::forms::form::Input::Choice { options, .. } = &form.fields[i].input else {
        panic!("the layer is a choice");
    };
    assert_eq!(options[0], "From the conduits (Field (0))");
    assert_eq!(options.len(), 8, "the first choice and the seven layers");
    insta::assert_snapshot!("zone_form_layer_80x24", common::draw(&m, 80, 24));
    // Esc keeps the layer.
    common::key(&mut m, KeyCode::Esc);
    assert_eq!(layer_of(&m, "Z-SIS"), Some(Layer::Safety));
}

/// A new zone gets the layer picked on its form; German names the layers in German.
#[test]
fn a_new_zone_takes_its_layer_and_german_names_it() {
    let mut m = demo_on("Z-ENT");
    m.texts.select(Some(&"de".parse().unwrap()));
    common::keys(&mut m, "a");
    common::key(&mut m, KeyCode::Tab);
    common::keys(&mut m, "Wartung");
    focus_layer(&mut m);
    assert_eq!(shown_layer(&m), "Aus den Conduits (Unternehmen (Ebenen 4-5))");
    for _ in 0..5 {
        common::key(&mut m, KeyCode::Right);
    }
    assert_eq!(shown_layer(&m), "Steuerungsebene (1)");
    assert_eq!(save(&mut m), [Effect::Save]);
    let zone = a(&m).zones.last().unwrap();
    assert_eq!((zone.name.as_str(), zone.layer), ("Wartung", Some(Layer::Control)));
    let screen = common::draw(&m, 160, 48);
    assert!(screen.contains("Ebene: Steuerungsebene (1)"), "{screen}");
}
