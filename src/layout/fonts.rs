//! Placeholder (replaced by the layout branch).

#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize,
)]
pub enum ArticleFont {
    #[default]
    Vazirmatn,
    Amiri,
}

impl ArticleFont {
    pub const ALL: [ArticleFont; 2] = [Self::Vazirmatn, Self::Amiri];

    pub const fn display_name(self) -> &'static str {
        match self {
            Self::Vazirmatn => "Vazirmatn",
            Self::Amiri => "Amiri",
        }
    }
}

pub fn font_definitions(font: ArticleFont) -> egui::FontDefinitions {
    let _ = font;
    egui::FontDefinitions::default()
}
