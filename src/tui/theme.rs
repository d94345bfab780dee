//! Colours: default (dark terminals), light, and high contrast for projectors. NO_COLOR gives a
//! theme without colours that still marks state by weight and reverse video.
//!
//! High contrast paints its own black background and gives every style both colours, so it reads
//! the same whatever the terminal's profile (a light projector profile as well as a dark one). Its
//! colours come from the 256-colour cube (16 is black, 231 white ...), which terminal profiles
//! leave alone, unlike the sixteen basic colours they are free to redefine.

use ratatui::style::{Color, Modifier, Style};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Theme {
    pub name: &'static str,
    pub text: Style,
    pub dim: Style,
    pub title: Style,
    pub selected: Style,
    pub good: Style,
    pub warn: Style,
    pub bad: Style,
    pub border: Style,
    pub status: Style,
    /// What the whole screen is painted with before anything is drawn (and every popup).
    pub base: Style,
    /// The risk levels of a risk matrix, lowest first: each level its own colour (see
    /// [`Theme::risk_level`]).
    pub risk: [Style; 6],
    /// Whether risk matrix cells are told apart by shading characters (no colours to do it).
    pub risk_shading: bool,
    /// The verdicts of a regulatory alignment, in the order of `alignment::Verdict::ALL`:
    /// supported, partly, not supported, not assessed, not applicable, no 62443 counterpart (see
    /// [`Theme::verdict`]).
    pub verdicts: [Style; 6],
    /// The zone diagram's gaps, in the order of `diagram::Gap::ALL`: none (green), one level
    /// (yellow), more (red), open (blue), not assessed (grey) (see [`Theme::gap`]).
    pub gaps: [Style; 5],
}

/// Risk colours on a dark or any terminal: green, yellow-green, yellow, orange, red, purple.
const RISK_COLOURS: [(u8, u8); 6] = [(34, 16), (148, 16), (220, 16), (208, 16), (160, 231), (129, 231)];

fn risk_palette(colours: [(u8, u8); 6]) -> [Style; 6] {
    colours.map(|(bg, fg)| Style::new().bg(Color::Indexed(bg)).fg(Color::Indexed(fg)))
}

impl Theme {
    pub fn by_name(name: &str, no_color: bool) -> Theme {
        if no_color {
            return Theme::monochrome();
        }
        match name {
            "light" => Theme::light(),
            "high-contrast" => Theme::high_contrast(),
            _ => Theme::dark(),
        }
    }

    /// The style of risk level `index` (lowest first) of a model with `levels` levels: up to five
    /// levels spread over green to red, a sixth adds purple; only past six do colours repeat.
    pub fn risk_level(&self, index: usize, levels: usize) -> Style {
        let shades = if levels <= 5 { 5 } else { 6 };
        let at = match levels {
            0 | 1 => 0,
            n => index.min(n - 1) * (shades - 1) / (n - 1),
        };
        self.risk[at.min(self.risk.len() - 1)]
    }

    /// The style of an alignment verdict.
    pub fn verdict(&self, v: crate::alignment::Verdict) -> Style {
        let at = crate::alignment::Verdict::ALL.iter().position(|x| *x == v).unwrap_or(0);
        self.verdicts[at]
    }

    /// The style of a zone or conduit with this gap in the diagram.
    pub fn gap(&self, g: crate::diagram::Gap) -> Style {
        let at = crate::diagram::Gap::ALL.iter().position(|x| *x == g).unwrap_or(0);
        self.gaps[at]
    }

    /// The shading character of risk level `index` of `levels` when there are no colours (up to
    /// five told apart), else a space.
    pub fn risk_fill(&self, index: usize, levels: usize) -> char {
        if !self.risk_shading {
            return ' ';
        }
        const FILLS: [char; 5] = ['·', '░', '▒', '▓', '█'];
        let at = match levels {
            0 | 1 => 0,
            n => index.min(n - 1) * (FILLS.len() - 1) / (n - 1),
        };
        FILLS[at]
    }

    pub fn dark() -> Theme {
        Theme {
            name: "default",
            text: Style::new(),
            dim: Style::new().fg(Color::Gray),
            title: Style::new().fg(Color::Cyan).add_modifier(Modifier::BOLD),
            selected: Style::new().bg(Color::Blue).fg(Color::White),
            good: Style::new().fg(Color::Green),
            warn: Style::new().fg(Color::Yellow),
            bad: Style::new().fg(Color::Red),
            border: Style::new().fg(Color::DarkGray),
            status: Style::new().bg(Color::DarkGray).fg(Color::White),
            base: Style::new(),
            risk: risk_palette(RISK_COLOURS),
            risk_shading: false,
            verdicts: [
                Style::new().fg(Color::Green),
                Style::new().fg(Color::Yellow),
                Style::new().fg(Color::LightRed),
                Style::new().fg(Color::Magenta),
                Style::new().fg(Color::Gray),
                Style::new().fg(Color::Gray).add_modifier(Modifier::ITALIC),
            ],
            gaps: [
                Style::new().fg(Color::Green),
                Style::new().fg(Color::Yellow),
                Style::new().fg(Color::LightRed),
                Style::new().fg(Color::LightBlue),
                Style::new().fg(Color::Gray),
            ],
        }
    }

    pub fn light() -> Theme {
        Theme {
            name: "light",
            text: Style::new().fg(Color::Black),
            dim: Style::new().fg(Color::DarkGray),
            title: Style::new().fg(Color::Blue).add_modifier(Modifier::BOLD),
            selected: Style::new().bg(Color::LightBlue).fg(Color::Black),
            good: Style::new().fg(Color::Rgb(0, 110, 0)),
            warn: Style::new().fg(Color::Rgb(150, 90, 0)),
            bad: Style::new().fg(Color::Rgb(170, 0, 0)),
            border: Style::new().fg(Color::Gray),
            status: Style::new().bg(Color::Gray).fg(Color::Black),
            base: Style::new(),
            risk: risk_palette([(40, 16), (148, 16), (220, 16), (208, 16), (160, 231), (90, 231)]),
            risk_shading: false,
            verdicts: [
                Style::new().fg(Color::Rgb(0, 110, 0)),
                Style::new().fg(Color::Rgb(150, 90, 0)),
                Style::new().fg(Color::Rgb(170, 0, 0)),
                Style::new().fg(Color::Rgb(120, 0, 140)),
                Style::new().fg(Color::DarkGray),
                Style::new().fg(Color::DarkGray).add_modifier(Modifier::ITALIC),
            ],
            gaps: [
                Style::new().fg(Color::Rgb(0, 110, 0)),
                Style::new().fg(Color::Rgb(150, 90, 0)),
                Style::new().fg(Color::Rgb(170, 0, 0)),
                Style::new().fg(Color::Rgb(0, 70, 170)),
                Style::new().fg(Color::DarkGray),
            ],
        }
    }

    pub fn high_contrast() -> Theme {
        let black = Color::Indexed(16);
        let white = Color::Indexed(231);
        let on_black = |fg: u8| Style::new().fg(Color::Indexed(fg)).bg(black);
        Theme {
            name: "high-contrast",
            text: on_black(231).add_modifier(Modifier::BOLD),
            dim: on_black(231),
            title: on_black(226).add_modifier(Modifier::BOLD),
            // Cyan, so that the selection is never taken for a risk level's yellow.
            selected: Style::new()
                .bg(Color::Indexed(51))
                .fg(black)
                .add_modifier(Modifier::BOLD),
            good: on_black(46).add_modifier(Modifier::BOLD),
            warn: on_black(214).add_modifier(Modifier::BOLD),
            bad: on_black(203).add_modifier(Modifier::BOLD),
            border: on_black(231),
            status: Style::new().bg(white).fg(black).add_modifier(Modifier::BOLD),
            base: Style::new().fg(white).bg(black),
            risk: risk_palette([(46, 16), (190, 16), (226, 16), (208, 16), (196, 231), (201, 16)]),
            risk_shading: false,
            verdicts: [
                on_black(46).add_modifier(Modifier::BOLD),
                on_black(214).add_modifier(Modifier::BOLD),
                on_black(203).add_modifier(Modifier::BOLD),
                on_black(213).add_modifier(Modifier::BOLD),
                on_black(250),
                on_black(250).add_modifier(Modifier::ITALIC),
            ],
            gaps: [
                on_black(46).add_modifier(Modifier::BOLD),
                on_black(226).add_modifier(Modifier::BOLD),
                on_black(203).add_modifier(Modifier::BOLD),
                on_black(75).add_modifier(Modifier::BOLD),
                on_black(250),
            ],
        }
    }

    pub fn monochrome() -> Theme {
        Theme {
            name: "no-color",
            text: Style::new(),
            dim: Style::new(),
            title: Style::new().add_modifier(Modifier::BOLD),
            selected: Style::new().add_modifier(Modifier::REVERSED),
            good: Style::new(),
            warn: Style::new().add_modifier(Modifier::UNDERLINED),
            bad: Style::new().add_modifier(Modifier::BOLD),
            border: Style::new(),
            status: Style::new().add_modifier(Modifier::REVERSED),
            base: Style::new(),
            risk: [Style::new(); 6],
            risk_shading: true,
            // The marks before the words tell the verdicts apart; weight marks what needs work.
            verdicts: [
                Style::new(),
                Style::new(),
                Style::new().add_modifier(Modifier::BOLD),
                Style::new().add_modifier(Modifier::UNDERLINED),
                Style::new(),
                Style::new(),
            ],
            // The mark in each box's corner tells the gaps apart; weight marks a gap.
            gaps: [
                Style::new(),
                Style::new().add_modifier(Modifier::BOLD),
                Style::new().add_modifier(Modifier::BOLD),
                Style::new(),
                Style::new(),
            ],
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn colour_themes() -> [Theme; 3] {
        [Theme::dark(), Theme::light(), Theme::high_contrast()]
    }

    #[test]
    fn every_risk_level_has_its_own_colour_up_to_six() {
        for theme in colour_themes() {
            for levels in 2..=6 {
                let styles: Vec<Style> = (0..levels).map(|i| theme.risk_level(i, levels)).collect();
                for (i, a) in styles.iter().enumerate() {
                    assert!(a.bg.is_some() && a.fg.is_some(), "{} {levels}", theme.name);
                    for b in &styles[i + 1..] {
                        assert_ne!(a.bg, b.bg, "{}: {levels} levels share a colour", theme.name);
                    }
                }
            }
            // The default model's five: high (2) and very high (3) differ.
            assert_ne!(theme.risk_level(2, 5), theme.risk_level(3, 5), "{}", theme.name);
        }
        let mono = Theme::monochrome();
        let fills: Vec<char> = (0..5).map(|i| mono.risk_fill(i, 5)).collect();
        assert_eq!(fills, ['·', '░', '▒', '▓', '█']);
        assert_eq!(Theme::dark().risk_fill(4, 5), ' ');
    }

    #[test]
    fn high_contrast_gives_every_style_both_colours() {
        let t = Theme::high_contrast();
        let styles = [
            t.text, t.dim, t.title, t.selected, t.good, t.warn, t.bad, t.border, t.status, t.base,
        ];
        for style in styles.iter().chain(&t.risk).chain(&t.verdicts).chain(&t.gaps) {
            for colour in [style.fg, style.bg] {
                assert!(
                    matches!(colour, Some(c) if c != Color::Reset),
                    "{style:?} leaves a colour to the terminal"
                );
            }
        }
    }
}
