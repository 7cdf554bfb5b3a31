//! The bundled article fonts and the egui font definitions that put the Arabic face first.

use epaint::FontFamily;
use epaint::text::{FontData, FontDefinitions};
use std::sync::{Arc, LazyLock};

/// Name of the font family the article text is laid out and painted with.
pub const ARTICLE_FAMILY: &str = "article";

const VAZIRMATN: &[u8] = include_bytes!("../../../fonts/Vazirmatn-Regular.ttf");
const AMIRI: &[u8] = include_bytes!("../../../fonts/Amiri-Regular.ttf");

/// Name of the font family of Arabic UI labels (lists, outline, tooltips, menus): Vazirmatn first, whatever the
/// article font, so a label's spaces and punctuation are shaped with its Arabic words (with egui's Latin font
/// first, each word would become a run of its own and the words would come out in the wrong order).
pub const UI_ARABIC_FAMILY: &str = "ui-arabic";

static ARTICLE: LazyLock<FontFamily> = LazyLock::new(|| FontFamily::Name(ARTICLE_FAMILY.into()));
static UI_ARABIC: LazyLock<FontFamily> =
    LazyLock::new(|| FontFamily::Name(UI_ARABIC_FAMILY.into()));

/// The family of Arabic UI labels ([`UI_ARABIC_FAMILY`]).
pub fn ui_arabic_family() -> FontFamily {
    UI_ARABIC.clone()
}

/// The article font family (a cheap clone of a shared name).
pub fn article_family() -> FontFamily {
    ARTICLE.clone()
}

/// One of the bundled Arabic fonts the article can be read in.
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize,
)]
pub enum ArticleFont {
    /// Vazirmatn: a sans face covering Arabic, Latin and digits (the default).
    #[default]
    Vazirmatn,
    /// Amiri: a Naskh serif face.
    Amiri,
}

impl ArticleFont {
    /// Every bundled font, default first.
    pub const ALL: [ArticleFont; 2] = [ArticleFont::Vazirmatn, ArticleFont::Amiri];

    /// The file name in `fonts/`.
    pub const fn file_name(self) -> &'static str {
        match self {
            Self::Vazirmatn => "Vazirmatn-Regular.ttf",
            Self::Amiri => "Amiri-Regular.ttf",
        }
    }

    /// The name shown in menus.
    pub const fn display_name(self) -> &'static str {
        match self {
            Self::Vazirmatn => "Vazirmatn",
            Self::Amiri => "Amiri",
        }
    }

    /// The font-data key in [`FontDefinitions::font_data`].
    pub const fn key(self) -> &'static str {
        match self {
            Self::Vazirmatn => "Vazirmatn-Regular",
            Self::Amiri => "Amiri-Regular",
        }
    }

    /// Finds a bundled font by file name or display name (case-insensitive).
    pub fn from_name(name: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|f| {
            name.eq_ignore_ascii_case(f.file_name())
                || name.eq_ignore_ascii_case(f.display_name())
                || name.eq_ignore_ascii_case(f.key())
        })
    }

    const fn bytes(self) -> &'static [u8] {
        match self {
            Self::Vazirmatn => VAZIRMATN,
            Self::Amiri => AMIRI,
        }
    }
}

/// egui's default fonts plus the bundled Arabic fonts: the [`ARTICLE_FAMILY`] family lists `font` first,
/// then the other bundled face and egui's Latin font as fallbacks; the proportional UI family keeps egui's
/// Latin font first and falls back to Vazirmatn so Arabic UI strings render.
pub fn font_definitions(font: ArticleFont) -> FontDefinitions {
    let mut defs = FontDefinitions::default();
    for f in ArticleFont::ALL {
        defs.font_data.insert(
            f.key().to_owned(),
            Arc::new(FontData::from_static(f.bytes())),
        );
    }
    let ui_fonts = defs
        .families
        .get(&FontFamily::Proportional)
        .cloned()
        .unwrap_or_default();
    let mut article = vec![font.key().to_owned()];
    article.extend(
        ArticleFont::ALL
            .into_iter()
            .filter(|f| *f != font)
            .map(|f| f.key().to_owned()),
    );
    article.extend(ui_fonts.iter().cloned());
    defs.families.insert(article_family(), article);
    let mut labels = vec![ArticleFont::Vazirmatn.key().to_owned()];
    labels.extend(ui_fonts.iter().cloned());
    defs.families.insert(ui_arabic_family(), labels);

    // Arabic fallback right after the Latin UI font (before icon fonts).
    let mut proportional = ui_fonts;
    let at = proportional.len().min(1);
    proportional.insert(at, ArticleFont::Vazirmatn.key().to_owned());
    defs.families.insert(FontFamily::Proportional, proportional);
    defs
}

/// The article font a set of definitions puts first, if any (to tell whether a context has the right fonts).
pub fn installed_article_font(defs: &FontDefinitions) -> Option<ArticleFont> {
    let first = defs.families.get(&article_family())?.first()?;
    ArticleFont::ALL.into_iter().find(|f| f.key() == first)
}
