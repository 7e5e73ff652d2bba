//! The report as a PDF a reviewer reads: a cover, the figures, the
//! period's calendar and minutes a week drawn as vector charts, then the
//! chosen reflections. Tagged (headings, paragraphs, figures with their
//! alternative text, decoration marked as such) in the interface's
//! language, written with krilla, which embeds and subsets every font.
//!
//! Text in any script: each character is set in the first font that has
//! it (Atkinson Hyperlegible, then the Noto fonts Stillpoint carries, then
//! the system's, found through fontconfig's `fc-match`), each line is laid
//! out in its visual order (Arabic and Hebrew from the right), and
//! paragraphs are broken between words, or between characters in Chinese
//! and Japanese.

use std::sync::{Mutex, OnceLock};

use krilla::color::rgb;
use krilla::configure::{Configuration, Validator};
use krilla::destination::XyzDestination;
use krilla::geom::{PathBuilder, Point, Rect};
use krilla::metadata::Metadata;
use krilla::num::NormalizedF32;
use krilla::outline::{Outline, OutlineNode};
use krilla::page::PageSettings;
use krilla::paint::{Fill, FillRule};
use krilla::surface::Surface;
use krilla::tagging::{ArtifactType, ContentTag, Node, SpanTag, Tag, TagGroup, TagTree};
use krilla::text::{Font, TextDirection};
use krilla::{Document, SerializeSettings};

use crate::i18n::date;
use crate::practice::{Practice, hours_minutes};
use crate::session::Named;
use crate::t;

use super::{Report, clean};

/// Why the PDF could not be made.
#[derive(Debug, thiserror::Error)]
#[error("{}", crate::t!("errors-report-pdf", reason = .0.as_str()))]
pub struct PdfError(String);

// A4, in points.
const PAGE_WIDTH: f32 = 595.0;
const PAGE_HEIGHT: f32 = 842.0;
const MARGIN: f32 = 56.0;
const BODY: f32 = 11.0;
const LINE: f32 = 1.45;

const INK: (u8, u8, u8) = (0x24, 0x2a, 0x33);
const WEAK: (u8, u8, u8) = (0x5d, 0x66, 0x72);
const ACCENT: (u8, u8, u8) = (0x3d, 0x6f, 0x8f);
const EMPTY: (u8, u8, u8) = (0xe6, 0xe9, 0xed);

/// A font with the bytes to measure its text with.
struct Face {
    data: &'static [u8],
    index: u32,
    font: Font,
}

impl Face {
    fn new(data: &'static [u8], index: u32) -> Option<Face> {
        let font = Font::new(data.into(), index)?;
        Some(Face { data, index, font })
    }

    fn has(&self, c: char) -> bool {
        rustybuzz::Face::from_slice(self.data, self.index).is_some_and(|face| face.glyph_index(c).is_some())
    }

    /// The width of `text` set in this font at `size`.
    fn width(&self, text: &str, size: f32, rtl: bool) -> f32 {
        let Some(face) = rustybuzz::Face::from_slice(self.data, self.index) else {
            return 0.0;
        };
        let mut buffer = rustybuzz::UnicodeBuffer::new();
        buffer.push_str(text);
        buffer.guess_segment_properties();
        buffer.set_direction(if rtl {
            rustybuzz::Direction::RightToLeft
        } else {
            rustybuzz::Direction::LeftToRight
        });
        let shaped = rustybuzz::shape(&face, &[], buffer);
        let units: i32 = shaped.glyph_positions().iter().map(|p| p.x_advance).sum();
        units as f32 * size / f32::from(face.units_per_em() as u16)
    }
}

/// A font file's bytes, kept for the life of the process, and the index
/// of the font in it.
type Kept = (&'static [u8], u32);

/// System fonts found for characters no carried font has, by file and
/// index, read once per process and kept (a handful at most).
fn system_fonts() -> &'static Mutex<Vec<(String, Kept)>> {
    static FOUND: OnceLock<Mutex<Vec<(String, Kept)>>> = OnceLock::new();
    FOUND.get_or_init(|| Mutex::new(Vec::new()))
}

/// The most system fonts a process reads for reports.
const MOST_SYSTEM_FONTS: usize = 6;

/// Asks fontconfig for a font with `c`, in the interface's language where
/// it has one; gives its bytes and index, read once and kept.
fn system_font_for(c: char, language: &str) -> Option<Kept> {
    let pattern = format!("sans-serif:lang={language}:charset={:x}", u32::from(c));
    let output = std::process::Command::new("fc-match")
        .args(["-f", "%{file}\n%{index}", &pattern])
        .stderr(std::process::Stdio::null())
        .output()
        .ok()?;
    let text = String::from_utf8(output.stdout).ok()?;
    let (file, index) = text.split_once('\n')?;
    let index: u32 = index.trim().parse().unwrap_or(0);
    let mut found = system_fonts().lock().unwrap_or_else(|p| p.into_inner());
    if let Some((_, known)) = found.iter().find(|(path, (_, i))| path == file && *i == index) {
        return Some(*known);
    }
    if found.len() >= MOST_SYSTEM_FONTS {
        return None;
    }
    let kept: &'static [u8] = Box::leak(std::fs::read(file).ok()?.into_boxed_slice());
    found.push((file.to_owned(), (kept, index)));
    Some((kept, index))
}

/// The fonts of one report: the typeface (regular, bold), then whatever
/// else its text needs.
struct Fonts {
    faces: Vec<Face>,
    language: String,
    /// The face chosen for a character in a text's own face, remembered.
    chosen: std::collections::HashMap<(char, usize), usize>,
    /// Characters no font was found for, asked for once.
    missing: Vec<char>,
}

const REGULAR: usize = 0;
const BOLD: usize = 1;

impl Fonts {
    fn new(language: &str) -> Result<Fonts, PdfError> {
        let typeface = |bytes| Face::new(bytes, 0).ok_or_else(|| PdfError("the typeface".into()));
        Ok(Fonts {
            faces: vec![
                typeface(crate::fonts::TYPEFACE_REGULAR)?,
                typeface(crate::fonts::TYPEFACE_BOLD)?,
            ],
            language: language.to_owned(),
            chosen: std::collections::HashMap::new(),
            missing: Vec::new(),
        })
    }

    /// The face for `c` in a text set in `preferred`: that face, or the
    /// first that has it.
    fn face_for(&mut self, c: char, preferred: usize) -> usize {
        if let Some(face) = self.chosen.get(&(c, preferred)) {
            return *face;
        }
        let face = self.find_face(c, preferred);
        self.chosen.insert((c, preferred), face);
        face
    }

    fn find_face(&mut self, c: char, preferred: usize) -> usize {
        if c.is_whitespace() || self.faces[preferred].has(c) {
            return preferred;
        }
        if let Some(at) = (2..self.faces.len()).find(|at| self.faces[*at].has(c)) {
            return at;
        }
        if self.missing.contains(&c) {
            return preferred;
        }
        let carried = crate::fonts::CARRIED
            .iter()
            .find(|font| crate::fonts::in_ranges(c, font.ranges))
            .and_then(|font| Face::new(font.bytes, 0));
        let found = carried.or_else(|| {
            let (data, index) = system_font_for(c, &self.language)?;
            Face::new(data, index).filter(|face| face.has(c))
        });
        match found {
            Some(face) => {
                self.faces.push(face);
                self.faces.len() - 1
            }
            None => {
                self.missing.push(c);
                preferred
            }
        }
    }
}

/// A piece of a line set in one face and one direction.
struct Run {
    face: usize,
    text: String,
    rtl: bool,
    width: f32,
}

/// A line laid out: its runs in visual order, left to right.
struct Line {
    runs: Vec<Run>,
    width: f32,
    rtl: bool,
}

/// The ways a piece of text is set.
#[derive(Clone, Copy)]
struct Style {
    size: f32,
    face: usize,
    color: (u8, u8, u8),
}

const fn style(size: f32, face: usize, color: (u8, u8, u8)) -> Style {
    Style { size, face, color }
}

/// Writes pages, keeping the place on the current one and the tags of
/// everything drawn.
struct Writer {
    document: Document,
    fonts: Fonts,
    /// Each page's drawing, kept until the page is finished.
    pages: Vec<Vec<Drawing>>,
    y: f32,
    /// The structure elements, in reading order.
    tags: Vec<TagGroup>,
    /// The headings for the document's outline: text, page, place.
    outline: Vec<(String, usize, f32)>,
}

/// Something to draw on a page, in the order drawn.
enum Drawing {
    Text {
        x: f32,
        y: f32,
        style: Style,
        face: usize,
        text: String,
        rtl: bool,
        /// The structure element it belongs to: index into the tags kept.
        group: usize,
    },
    Rect {
        rect: Rect,
        color: (u8, u8, u8),
        /// The figure it belongs to, or decoration.
        group: Option<usize>,
    },
}

impl Writer {
    fn new(language: &str) -> Result<Writer, PdfError> {
        let settings = SerializeSettings {
            configuration: Configuration::new_with_validator(Validator::UA1),
            enable_tagging: true,
            ..SerializeSettings::default()
        };
        Ok(Writer {
            document: Document::new_with(settings),
            fonts: Fonts::new(language)?,
            pages: vec![Vec::new()],
            y: MARGIN,
            tags: Vec::new(),
            outline: Vec::new(),
        })
    }

    fn width() -> f32 {
        PAGE_WIDTH - 2.0 * MARGIN
    }

    fn new_page(&mut self) {
        self.pages.push(Vec::new());
        self.y = MARGIN;
    }

    /// Room for `height` more on this page, or a new page.
    fn room(&mut self, height: f32) {
        if self.y + height > PAGE_HEIGHT - MARGIN {
            self.new_page();
        }
    }

    fn draw(&mut self, drawing: Drawing) {
        if let Some(page) = self.pages.last_mut() {
            page.push(drawing);
        }
    }

    /// Lays `text` out in lines no wider than `width`.
    fn lay_out(&mut self, text: &str, style: Style, width: f32) -> Vec<Line> {
        let mut lines = Vec::new();
        for paragraph in text.split('\n') {
            let mut words = Vec::new();
            for word in breakable(paragraph) {
                if self.measure(word.trim_end(), style) <= width {
                    words.push(word);
                    continue;
                }
                // A word longer than the line (an address): broken where
                // the line ends.
                let mut piece = String::new();
                for c in word.chars() {
                    piece.push(c);
                    if self.measure(&piece, style) > width && piece.chars().count() > 1 {
                        let last = piece.pop().unwrap_or(c);
                        words.push(std::mem::take(&mut piece));
                        piece.push(last);
                    }
                }
                words.push(piece);
            }
            let mut current = String::new();
            for word in words {
                let candidate = format!("{current}{word}");
                if !current.is_empty() && self.measure(candidate.trim_end(), style) > width {
                    lines.push(std::mem::take(&mut current));
                    current = word.trim_start().to_owned();
                } else {
                    current = candidate;
                }
            }
            lines.push(current);
        }
        lines
            .into_iter()
            .map(|line| self.visual_line(line.trim_end(), style))
            .collect()
    }

    fn measure(&mut self, text: &str, style: Style) -> f32 {
        self.visual_line(text, style).width
    }

    /// A line's runs in visual order, each in one face and direction.
    fn visual_line(&mut self, text: &str, style: Style) -> Line {
        let info = unicode_bidi::BidiInfo::new(text, None);
        let Some(paragraph) = info.paragraphs.first() else {
            return Line {
                runs: Vec::new(),
                width: 0.0,
                rtl: false,
            };
        };
        let rtl = paragraph.level.is_rtl();
        let (levels, ranges) = info.visual_runs(paragraph, paragraph.range.clone());
        let mut runs = Vec::new();
        for range in ranges {
            let run_rtl = levels[range.start].is_rtl();
            let mut pieces: Vec<Run> = Vec::new();
            for c in text[range].chars() {
                let face = self.fonts.face_for(c, style.face);
                match pieces.last_mut() {
                    Some(last) if last.face == face => last.text.push(c),
                    _ => pieces.push(Run {
                        face,
                        text: c.to_string(),
                        rtl: run_rtl,
                        width: 0.0,
                    }),
                }
            }
            for piece in &mut pieces {
                piece.width = self.fonts.faces[piece.face].width(&piece.text, style.size, piece.rtl);
            }
            if run_rtl {
                pieces.reverse();
            }
            runs.extend(pieces);
        }
        let width = runs.iter().map(|r| r.width).sum();
        Line { runs, width, rtl }
    }

    /// A new structure element of `tag`, its index for what is drawn in it.
    fn element(&mut self, tag: impl Into<krilla::tagging::TagKind>) -> usize {
        self.tags.push(TagGroup::new(tag));
        self.tags.len() - 1
    }

    /// Text in lines, starting at the place on the page, inset by
    /// `indent`, in structure element `group`.
    fn text(&mut self, text: &str, style: Style, indent: f32, group: usize) {
        let width = Self::width() - indent;
        for line in self.lay_out(text, style, width) {
            let height = style.size * LINE;
            self.room(height);
            let baseline = self.y + style.size;
            let mut x = if line.rtl {
                MARGIN + indent + width - line.width
            } else {
                MARGIN + indent
            };
            for run in line.runs {
                let advance = run.width;
                self.draw(Drawing::Text {
                    x,
                    y: baseline,
                    style,
                    face: run.face,
                    text: run.text,
                    rtl: run.rtl,
                    group,
                });
                x += advance;
            }
            self.y += height;
        }
    }

    fn heading(&mut self, text: &str, level: u16, size: f32) {
        self.room(size * 3.0);
        self.y += size * 0.6;
        if level <= 2 {
            self.outline.push((text.to_owned(), self.pages.len() - 1, self.y));
        }
        let level = std::num::NonZeroU16::new(level).unwrap_or(std::num::NonZeroU16::MIN);
        let group = self.element(Tag::Hn(level, Some(text.to_owned())));
        self.text(text, style(size, BOLD, INK), 0.0, group);
        self.y += size * 0.3;
    }

    fn paragraph(&mut self, text: &str, style: Style) {
        let group = self.element(Tag::P);
        self.text(text, style, 0.0, group);
        self.y += style.size * 0.4;
    }

    /// Rows of a table: each row's cells at the given column offsets, the
    /// first row as the header.
    fn table(&mut self, columns: &[f32], rows: &[Vec<String>]) {
        for (number, row) in rows.iter().enumerate() {
            let face = if number == 0 { BOLD } else { REGULAR };
            let cells = style(BODY - 1.0, face, if number == 0 { WEAK } else { INK });
            // Each cell wraps within its column, and the row is as tall
            // as its tallest cell.
            let laid: Vec<Vec<Line>> = row
                .iter()
                .enumerate()
                .map(|(at, cell)| {
                    let offset = columns.get(at).copied().unwrap_or(0.0);
                    let next = columns.get(at + 1).copied().unwrap_or(Self::width());
                    self.lay_out(cell, cells, (next - offset - 8.0).max(24.0))
                })
                .collect();
            let tallest = laid.iter().map(Vec::len).max().unwrap_or(1).max(1);
            self.room(cells.size * LINE * tallest as f32);
            let top = self.y;
            let group = self.element(Tag::P);
            for (lines, offset) in laid.into_iter().zip(columns) {
                for (number, line) in lines.into_iter().enumerate() {
                    let mut x = MARGIN + offset;
                    for run in line.runs {
                        let advance = run.width;
                        self.draw(Drawing::Text {
                            x,
                            y: top + cells.size + number as f32 * cells.size * LINE,
                            style: cells,
                            face: run.face,
                            text: run.text,
                            rtl: run.rtl,
                            group,
                        });
                        x += advance;
                    }
                }
            }
            self.y = top + cells.size * LINE * tallest as f32;
        }
        self.y += BODY * 0.6;
    }

    /// A figure: `alt` says what it shows; `shapes` are its rectangles,
    /// placed from the current place, `height` tall.
    fn figure(&mut self, alt: &str, height: f32, shapes: Vec<(Rect, (u8, u8, u8))>) {
        self.drawing(alt, height, shapes);
        // What the figure shows, in words under it, for every reader.
        let group = self.element(Tag::Caption);
        self.text(alt, style(BODY - 1.0, REGULAR, WEAK), 0.0, group);
        self.y += BODY;
    }

    fn drawing(&mut self, alt: &str, height: f32, shapes: Vec<(Rect, (u8, u8, u8))>) {
        self.room(height + BODY);
        let group = self.element(Tag::Figure(Some(alt.to_owned())));
        for (rect, color) in shapes {
            if let Some(moved) = Rect::from_xywh(rect.left() + MARGIN, rect.top() + self.y, rect.width(), rect.height())
            {
                self.draw(Drawing::Rect {
                    rect: moved,
                    color,
                    group: Some(group),
                });
            }
        }
        self.y += height + BODY * 0.4;
    }

    /// A thin rule across the page: decoration.
    fn rule(&mut self) {
        self.room(BODY);
        if let Some(rect) = Rect::from_xywh(MARGIN, self.y + BODY * 0.4, Self::width(), 0.6) {
            self.draw(Drawing::Rect {
                rect,
                color: EMPTY,
                group: None,
            });
        }
        self.y += BODY;
    }

    /// Draws every page and gives the file's bytes.
    fn finish(mut self, title: &str, language: &str) -> Result<Vec<u8>, PdfError> {
        let mut groups: Vec<Vec<Node>> = vec![Vec::new(); self.tags.len()];
        let pages = std::mem::take(&mut self.pages);
        for drawings in pages {
            let settings = PageSettings::from_wh(PAGE_WIDTH, PAGE_HEIGHT).ok_or_else(|| PdfError("page".into()))?;
            let mut page = self.document.start_page_with(settings);
            let mut surface = page.surface();
            for drawing in drawings {
                match drawing {
                    Drawing::Text {
                        x,
                        y,
                        style,
                        face,
                        text,
                        rtl,
                        group,
                    } => {
                        let id = surface.start_tagged(ContentTag::Span(SpanTag::empty()));
                        fill(&mut surface, style.color);
                        let direction = if rtl {
                            TextDirection::RightToLeft
                        } else {
                            TextDirection::LeftToRight
                        };
                        surface.draw_text(
                            Point::from_xy(x, y),
                            self.fonts.faces[face].font.clone(),
                            style.size,
                            &text,
                            false,
                            direction,
                        );
                        surface.end_tagged();
                        groups[group].push(id.into());
                    }
                    Drawing::Rect { rect, color, group } => {
                        let id = match group {
                            Some(_) => surface.start_tagged(ContentTag::Other),
                            None => surface.start_tagged(ContentTag::Artifact(ArtifactType::Other)),
                        };
                        fill(&mut surface, color);
                        let mut path = PathBuilder::new();
                        path.push_rect(rect);
                        if let Some(path) = path.finish() {
                            surface.draw_path(&path);
                        }
                        surface.end_tagged();
                        if let Some(group) = group {
                            groups[group].push(id.into());
                        }
                    }
                }
            }
            surface.finish();
            page.finish();
        }
        let mut tree = TagTree::new().with_lang(Some(language.to_owned()));
        for (mut element, children) in std::mem::take(&mut self.tags).into_iter().zip(groups) {
            element.children = children;
            tree.push(element);
        }
        self.document.set_tag_tree(tree);
        let mut outline = Outline::new();
        for (text, page, y) in std::mem::take(&mut self.outline) {
            outline.push_child(OutlineNode::new(
                text,
                XyzDestination::new(page, Point::from_xy(MARGIN, y)),
            ));
        }
        self.document.set_outline(outline);
        self.document.set_metadata(
            Metadata::new()
                .title(title.to_owned())
                .language(language.to_owned())
                .creator("Stillpoint".to_owned()),
        );
        self.document.finish().map_err(|e| PdfError(format!("{e:?}")))
    }
}

fn fill(surface: &mut Surface, (r, g, b): (u8, u8, u8)) {
    surface.set_fill(Some(Fill {
        paint: rgb::Color::new(r, g, b).into(),
        opacity: NormalizedF32::ONE,
        rule: FillRule::NonZero,
    }));
}

/// A paragraph cut where a line may break: after spaces, and between
/// characters of scripts written without them.
fn breakable(paragraph: &str) -> Vec<String> {
    let mut pieces = Vec::new();
    let mut current = String::new();
    for c in paragraph.chars() {
        let wide = is_wide(c);
        if wide && !current.is_empty() {
            pieces.push(std::mem::take(&mut current));
        }
        current.push(c);
        if wide || c == ' ' {
            pieces.push(std::mem::take(&mut current));
        }
    }
    if !current.is_empty() {
        pieces.push(current);
    }
    pieces
}

/// Chinese, Japanese and Korean characters, between which a line may break.
fn is_wide(c: char) -> bool {
    matches!(u32::from(c), 0x2E80..=0x9FFF | 0xAC00..=0xD7AF | 0xF900..=0xFAFF | 0xFF00..=0xFFEF | 0x20000..=0x3134F)
}

/// A report made into a PDF.
pub struct Pdf {
    pub bytes: Vec<u8>,
    /// Characters no font on this computer has, drawn as empty boxes.
    pub missing: Vec<char>,
}

/// The report as a PDF, in the interface's language (`language`, a BCP 47
/// tag such as `en`, `es`, `zh-Hant`).
pub fn pdf(report: &Report, language: &str) -> Result<Pdf, PdfError> {
    let mut w = Writer::new(language)?;
    let title = t!("report-title");
    let body = style(BODY, REGULAR, INK);
    let weak = style(BODY, REGULAR, WEAK);

    // The cover.
    w.y = PAGE_HEIGHT * 0.28;
    w.heading(&title, 1, 28.0);
    if let Some(name) = &report.name {
        w.paragraph(&clean(name), style(18.0, REGULAR, INK));
    }
    if let Some(cohort) = &report.cohort {
        w.paragraph(&t!("report-cohort", cohort = clean(cohort)), body);
    }
    w.paragraph(&super::markdown::period_words(report), body);
    w.paragraph(&super::markdown::goal_words(report), weak);

    // The figures.
    w.new_page();
    w.heading(&t!("report-figures"), 2, 18.0);
    for line in super::markdown::figure_lines(report) {
        w.paragraph(&line, body);
    }
    w.heading(&t!("report-by-practice"), 3, 13.0);
    let mut rows = vec![vec![
        t!("report-column-practice"),
        t!("report-column-minutes"),
        t!("report-column-time"),
    ]];
    for kind in Practice::ALL {
        let minutes = report.minutes_by_practice.get(kind.name()).copied().unwrap_or(0);
        rows.push(vec![kind.label(), minutes.to_string(), hours_minutes(minutes)]);
    }
    w.table(&[0.0, 260.0, 360.0], &rows);

    w.heading(&t!("report-weeks"), 3, 13.0);
    let mut rows = vec![vec![
        t!("report-column-week"),
        t!("report-column-days-practised"),
        t!("report-column-minutes"),
        t!("report-column-days-meeting-goal"),
        t!("report-column-met"),
    ]];
    for week in &report.weeks {
        rows.push(vec![
            date("report-date", &week.start),
            format!("{}/{}", week.days_practised, week.days_in_period),
            week.minutes.to_string(),
            week.meeting_words(),
            week.met_words(),
        ]);
    }
    w.table(&[0.0, 120.0, 215.0, 290.0, 410.0], &rows);

    for (heading, shares, label) in report.shares() {
        if shares.is_empty() {
            continue;
        }
        w.heading(&heading, 3, 13.0);
        let mut rows = vec![vec![
            String::new(),
            t!("report-column-sessions"),
            t!("report-column-minutes"),
        ]];
        for share in shares {
            rows.push(vec![
                label(&share.name),
                share.sessions.to_string(),
                share.minutes.to_string(),
            ]);
        }
        w.table(&[0.0, 260.0, 360.0], &rows);
    }

    if let Some(program) = &report.program {
        w.heading(&t!("report-program", program = clean(&program.title)), 3, 13.0);
        let mut rows = vec![vec![
            t!("report-column-module"),
            t!("report-column-sessions-practised"),
            t!("report-column-minutes"),
            t!("report-column-complete"),
        ]];
        for module in &program.progress.modules {
            let practised = module.sessions.iter().filter(|s| s.times > 0).count();
            rows.push(vec![
                clean(&module.title),
                format!("{practised}/{}", module.sessions.len()),
                module.minutes.to_string(),
                if module.complete {
                    t!("report-complete")
                } else {
                    String::new()
                },
            ]);
        }
        w.table(&[0.0, 250.0, 360.0, 420.0], &rows);
    }

    // The charts.
    w.new_page();
    w.heading(&t!("report-calendar"), 2, 18.0);
    let (alt, height, shapes) = calendar_chart(report);
    w.figure(&alt, height, shapes);
    w.heading(&t!("report-minutes-a-week"), 2, 18.0);
    let (alt, height, shapes) = weeks_chart(report);
    w.figure(&alt, height, shapes);

    // The reflections.
    w.new_page();
    w.heading(&t!("report-reflections"), 2, 18.0);
    if report.reflections.is_empty() {
        w.paragraph(&t!("report-no-reflections"), weak);
    }
    for reflection in &report.reflections {
        w.heading(&reflection.heading(clean), 3, 12.0);
        if let Some(prompt) = &reflection.prompt {
            w.paragraph(&t!("report-prompt", prompt = clean(prompt)), weak);
        }
        w.paragraph(&clean(&reflection.note), body);
        w.rule();
    }
    let missing = w.fonts.missing.clone();
    let bytes = w.finish(&title, language)?;
    Ok(Pdf { bytes, missing })
}

/// A chart: what it shows in words, its height, and its rectangles.
type Chart = (String, f32, Vec<(Rect, (u8, u8, u8))>);

/// How strongly a day is coloured: from the empty cell to the accent.
fn shade(minutes: u64) -> (u8, u8, u8) {
    let level = match minutes {
        0 => return EMPTY,
        1..10 => 0.3,
        10..20 => 0.5,
        20..40 => 0.75,
        _ => 1.0,
    };
    let mix = |a: u8, b: u8| (f32::from(a) + (f32::from(b) - f32::from(a)) * level).round() as u8;
    (mix(EMPTY.0, ACCENT.0), mix(EMPTY.1, ACCENT.1), mix(EMPTY.2, ACCENT.2))
}

/// The period as a calendar: a column a week, a row a weekday.
fn calendar_chart(report: &Report) -> Chart {
    let first_week = report.weeks.first().map_or(report.from, |w| w.start);
    let weeks = report.weeks.len().max(1);
    let gap = 2.0;
    // A year of weeks to a band at most, bands one under another, so that
    // a long period stays on the page.
    let per_band = weeks.min(53);
    let cell = ((Writer::width() / per_band as f32) - gap).clamp(3.0, 14.0);
    let band = 7.0 * (cell + gap) + 6.0;
    let mut shapes = Vec::new();
    for (index, minutes) in report.daily_minutes.iter().enumerate() {
        let day = report.day(index);
        let offset = (day - first_week).num_days() as usize;
        let (week, row) = (offset / 7, (offset % 7) as f32);
        let (band_at, column) = ((week / per_band) as f32, (week % per_band) as f32);
        if let Some(rect) = Rect::from_xywh(column * (cell + gap), band_at * band + row * (cell + gap), cell, cell) {
            shapes.push((rect, shade(*minutes)));
        }
    }
    let alt = t!(
        "report-calendar-alt",
        days = report.days_practised,
        of = report.days_in_period,
        first = date("report-date", &report.from),
        last = date("report-date", &report.to)
    );
    (alt, weeks.div_ceil(per_band) as f32 * band, shapes)
}

/// Minutes a week as bars.
fn weeks_chart(report: &Report) -> Chart {
    let height = 120.0;
    let most = report.weeks.iter().map(|w| w.minutes).max().unwrap_or(0);
    let columns = report.weeks.len().max(1) as f32;
    let slot = Writer::width() / columns;
    let bar = (slot * 0.7).max(1.0);
    let mut shapes = Vec::new();
    for (index, week) in report.weeks.iter().enumerate() {
        let tall = if most == 0 {
            0.0
        } else {
            height * week.minutes as f32 / most as f32
        };
        let color = if week.met == Some(true) { ACCENT } else { WEAK };
        if let Some(rect) = Rect::from_xywh(index as f32 * slot, height - tall.max(0.5), bar, tall.max(0.5)) {
            shapes.push((rect, color));
        }
    }
    if let Some(axis) = Rect::from_xywh(0.0, height, Writer::width(), 0.8) {
        shapes.push((axis, EMPTY));
    }
    let alt = t!(
        "report-minutes-a-week-alt",
        first = report
            .weeks
            .first()
            .map_or_else(String::new, |w| date("report-date", &w.start)),
        last = report
            .weeks
            .last()
            .map_or_else(String::new, |w| date("report-date", &w.start)),
        most = most
    );
    (alt, height, shapes)
}
