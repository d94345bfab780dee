//! Colours: default (dark terminals), light, and high contrast for projectors. NO_COLOR gives a
//! theme without colours that still marks state by weight and reverse video.

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
        }
    }

    pub fn high_contrast() -> Theme {
        Theme {
            name: "high-contrast",
            text: Style::new().fg(Color::White).add_modifier(Modifier::BOLD),
            dim: Style::new().fg(Color::White),
            title: Style::new().fg(Color::Yellow).add_modifier(Modifier::BOLD),
            selected: Style::new()
                .bg(Color::Yellow)
                .fg(Color::Black)
                .add_modifier(Modifier::BOLD),
            good: Style::new().fg(Color::LightGreen).add_modifier(Modifier::BOLD),
            warn: Style::new().fg(Color::LightYellow).add_modifier(Modifier::BOLD),
            bad: Style::new().fg(Color::LightRed).add_modifier(Modifier::BOLD),
            border: Style::new().fg(Color::White),
            status: Style::new()
                .bg(Color::White)
                .fg(Color::Black)
                .add_modifier(Modifier::BOLD),
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
        }
    }
}
