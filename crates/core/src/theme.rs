//! Design tokens: colours and sizes as plain values (no egui types), shared by the window and the HTML export.

/// An sRGB colour with alpha, 0-255 per channel.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Rgba {
    pub r: u8,
    pub g: u8,
    pub b: u8,
    pub a: u8,
}

impl Rgba {
    pub const fn rgb(r: u8, g: u8, b: u8) -> Self {
        Self { r, g, b, a: 255 }
    }

    #[must_use]
    pub const fn with_alpha(self, a: u8) -> Self {
        Self { a, ..self }
    }

    /// `#rrggbb` or `#rrggbbaa` for CSS.
    pub fn css(self) -> String {
        if self.a == 255 {
            format!("#{:02x}{:02x}{:02x}", self.r, self.g, self.b)
        } else {
            format!("#{:02x}{:02x}{:02x}{:02x}", self.r, self.g, self.b, self.a)
        }
    }
}

/// Light or dark.
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, Hash, Default, serde::Serialize, serde::Deserialize,
)]
pub enum ThemeKind {
    #[default]
    Light,
    Dark,
}

/// Every colour the reader and the HTML export use.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Palette {
    pub background: Rgba,
    pub panel: Rgba,
    pub text: Rgba,
    pub muted_text: Rgba,
    /// Text of paragraphs dimmed by the entity filter.
    pub dimmed_text: Rgba,
    pub heading: Rgba,
    pub accent: Rgba,
    pub selection: Rgba,
    pub search_hit: Rgba,
    pub search_current: Rgba,
    pub person: Rgba,
    pub organization: Rgba,
    pub location: Rgba,
    pub misc: Rgba,
    /// Band behind quoted content.
    pub quote: Rgba,
    /// Underline of a quote's speaker.
    pub speaker: Rgba,
    /// Underline of a quote's reporting word.
    pub cue: Rgba,
    pub error_background: Rgba,
    pub error_text: Rgba,
}

impl Palette {
    pub const fn for_kind(kind: ThemeKind) -> Self {
        match kind {
            ThemeKind::Light => LIGHT,
            ThemeKind::Dark => DARK,
        }
    }

    /// The highlight colour of an entity type given by its label ("PER", "ORG", "LOC", other).
    pub fn entity(&self, label: crate::analysis::EntityLabel) -> Rgba {
        use crate::analysis::EntityLabel;
        match label {
            EntityLabel::Per => self.person,
            EntityLabel::Org => self.organization,
            EntityLabel::Loc => self.location,
            EntityLabel::Misc => self.misc,
        }
    }
}

/// Light theme: pale highlight fills under dark text.
pub const LIGHT: Palette = Palette {
    background: Rgba::rgb(0xfb, 0xfa, 0xf7),
    panel: Rgba::rgb(0xf0, 0xee, 0xe9),
    text: Rgba::rgb(0x1f, 0x1f, 0x1f),
    muted_text: Rgba::rgb(0x6b, 0x6b, 0x6b),
    dimmed_text: Rgba::rgb(0xb4, 0xb4, 0xb4),
    heading: Rgba::rgb(0x12, 0x3a, 0x5c),
    accent: Rgba::rgb(0x1d, 0x6f, 0xa5),
    selection: Rgba::rgb(0x9e, 0xc9, 0xf0),
    search_hit: Rgba::rgb(0xff, 0xe0, 0x66),
    search_current: Rgba::rgb(0xff, 0xa5, 0x2e),
    person: Rgba::rgb(0xc9, 0xe4, 0xff),
    organization: Rgba::rgb(0xd9, 0xf2, 0xd0),
    location: Rgba::rgb(0xff, 0xdc, 0xc7),
    misc: Rgba::rgb(0xe8, 0xdc, 0xf7),
    quote: Rgba::rgb(0xf3, 0xec, 0xc8),
    speaker: Rgba::rgb(0x8a, 0x3f, 0xb8),
    cue: Rgba::rgb(0xb0, 0x6a, 0x00),
    error_background: Rgba::rgb(0xfd, 0xe2, 0xe1),
    error_text: Rgba::rgb(0x8a, 0x1c, 0x1c),
};

/// Dark theme: deep, desaturated fills under light text.
pub const DARK: Palette = Palette {
    background: Rgba::rgb(0x1b, 0x1d, 0x21),
    panel: Rgba::rgb(0x24, 0x27, 0x2c),
    text: Rgba::rgb(0xe6, 0xe4, 0xdf),
    muted_text: Rgba::rgb(0x9a, 0x9a, 0x9a),
    dimmed_text: Rgba::rgb(0x5a, 0x5c, 0x60),
    heading: Rgba::rgb(0x9c, 0xc8, 0xee),
    accent: Rgba::rgb(0x5b, 0xa8, 0xe0),
    selection: Rgba::rgb(0x2f, 0x5a, 0x86),
    search_hit: Rgba::rgb(0x7a, 0x65, 0x10),
    search_current: Rgba::rgb(0xb0, 0x5c, 0x00),
    person: Rgba::rgb(0x1f, 0x45, 0x6e),
    organization: Rgba::rgb(0x25, 0x55, 0x2c),
    location: Rgba::rgb(0x6e, 0x3a, 0x1c),
    misc: Rgba::rgb(0x4b, 0x36, 0x6b),
    quote: Rgba::rgb(0x4a, 0x42, 0x1c),
    speaker: Rgba::rgb(0xd0, 0x9c, 0xf0),
    cue: Rgba::rgb(0xf0, 0xb4, 0x50),
    error_background: Rgba::rgb(0x5c, 0x1f, 0x1f),
    error_text: Rgba::rgb(0xff, 0xd0, 0xd0),
};

/// Sizes in points (= CSS px at scale 1).
pub mod size {
    /// Default article font size.
    pub const BODY: f32 = 18.0;
    pub const MIN_BODY: f32 = 10.0;
    pub const MAX_BODY: f32 = 48.0;
    /// Title and heading sizes relative to the body size.
    pub const TITLE_SCALE: f32 = 1.45;
    pub const HEADING_SCALE: f32 = 1.2;
    /// Line height relative to the font size.
    pub const LINE_HEIGHT: f32 = 1.6;
    /// Space after a paragraph, relative to the body size.
    pub const PARAGRAPH_GAP: f32 = 0.8;
    /// Horizontal margin around the article column.
    pub const PAGE_MARGIN: f32 = 24.0;
    /// Widest line of text before the column stops growing (readability).
    pub const MAX_MEASURE: f32 = 900.0;
    pub const OUTLINE_WIDTH: f32 = 260.0;
    /// The narrowest the reader's text column may get: below it the side panels fold into strips.
    pub const MIN_TEXT_COLUMN: f32 = 320.0;
    /// Width of a folded side panel (a strip with the button that shows it again).
    pub const PANEL_STRIP: f32 = 30.0;
    /// The in-app file chooser: its width and the height of its file list.
    pub const CHOOSER_WIDTH: f32 = 560.0;
    pub const CHOOSER_LIST_HEIGHT: f32 = 300.0;
    pub const HIGHLIGHT_ROUNDING: f32 = 3.0;
    pub const UNDERLINE: f32 = 2.0;
}

/// The font size of a block kind given the body size.
pub fn block_font_size(kind: crate::document::BlockKind, body: f32) -> f32 {
    use crate::document::BlockKind;
    match kind {
        BlockKind::Title => body * size::TITLE_SCALE,
        BlockKind::Heading => body * size::HEADING_SCALE,
        BlockKind::Paragraph | BlockKind::Quote | BlockKind::Item => body,
    }
}
