//! What the window remembers between runs: font, size, theme, language, panels, recent files and reading positions.

use super::i18n::Language;
use crate::layout::fonts::ArticleFont;
use crate::theme::{self, ThemeKind};
use serde::{Deserialize, Serialize};
use std::path::{Path, PathBuf};

/// The eframe storage key of [`Settings`].
pub const STORAGE_KEY: &str = "sahifa-settings";
/// How many recent files are kept.
pub const MAX_RECENT: usize = 10;

/// A recently opened file and where the reader was in it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Recent {
    pub path: PathBuf,
    /// Byte offset of the first visible text.
    pub position: usize,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Settings {
    pub font: ArticleFont,
    pub font_size: f32,
    pub theme: ThemeKind,
    pub show_outline: bool,
    pub show_side_panel: bool,
    pub recent: Vec<Recent>,
    /// A tagger model trained by the user (`sahifa train`, `sahifa --model FILE`); `None`: the shipped model.
    #[serde(default)]
    pub tagger_model: Option<PathBuf>,
    /// The interface language chosen in View; `None` until the first run picks it from the system locale.
    #[serde(default)]
    pub language: Option<Language>,
}

impl Default for Settings {
    fn default() -> Self {
        Self {
            font: ArticleFont::default(),
            font_size: theme::size::BODY,
            theme: ThemeKind::Light,
            show_outline: true,
            show_side_panel: true,
            recent: Vec::new(),
            tagger_model: None,
            language: None,
        }
    }
}

impl Settings {
    /// Moves `path` to the front of the recent list (keeping its reading position).
    pub fn touch_recent(&mut self, path: &Path) {
        let position = self.position_of(path).unwrap_or(0);
        self.recent.retain(|r| r.path != path);
        self.recent.insert(
            0,
            Recent {
                path: path.to_path_buf(),
                position,
            },
        );
        self.recent.truncate(MAX_RECENT);
    }

    /// The remembered reading position in `path`.
    pub fn position_of(&self, path: &Path) -> Option<usize> {
        self.recent
            .iter()
            .find(|r| r.path == path)
            .map(|r| r.position)
    }

    pub fn set_position(&mut self, path: &Path, position: usize) {
        if let Some(r) = self.recent.iter_mut().find(|r| r.path == path) {
            r.position = position;
        }
    }

    /// Changes the font size by `steps` points, within the theme's bounds.
    pub fn zoom(&mut self, steps: f32) {
        self.font_size =
            (self.font_size + steps).clamp(theme::size::MIN_BODY, theme::size::MAX_BODY);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn recent_keeps_positions_and_order() {
        let mut s = Settings::default();
        s.touch_recent(Path::new("/a.txt"));
        s.set_position(Path::new("/a.txt"), 120);
        s.touch_recent(Path::new("/b.txt"));
        s.touch_recent(Path::new("/a.txt"));
        assert_eq!(
            s.recent[0],
            Recent {
                path: "/a.txt".into(),
                position: 120
            }
        );
        assert_eq!(s.recent.len(), 2);
        for i in 0..20 {
            s.touch_recent(Path::new(&format!("/{i}.txt")));
        }
        assert_eq!(s.recent.len(), MAX_RECENT);
        s.zoom(100.0);
        assert!((s.font_size - theme::size::MAX_BODY).abs() < f32::EPSILON);
    }
}
