//! Right-to-left text (Arabic, Hebrew), drawn in the order it is read.
//!
//! What egui 0.37 does on its own (epaint's `text/text_layout.rs`): it cuts
//! each line into runs by font, not by script, and shapes every run with
//! harfrust after `guess_segment_properties`, which takes the run's
//! direction from its script. So one Arabic or Hebrew word comes out joined
//! and in the right order, the shaper having turned it round. But egui does
//! no bidi reordering: the runs are placed left to right in the order they
//! are written. A space falls in another font than the letters around it,
//! so the words of an Arabic sentence come out last word first, a number
//! lands on the wrong side of the words it belongs to, and Arabic-Indic
//! digits (which the shaper counts as Arabic and turns round too) read
//! backwards.
//!
//! Here each line is put in the order it is seen, with `unicode-bidi`; then
//! every stretch that egui will shape as one right-to-left run is handed
//! over in the reverse of the order it should be seen in. The shaper turns
//! it round again, so it is drawn as it should be, and its letters meet
//! their neighbours in reading order, and join. A paragraph is cut into
//! lines before any of this, from widths egui measures: a wrapped
//! right-to-left paragraph begins on the right of its first line.

use std::ops::Range;
use std::sync::Arc;

use egui::text::{Galley, LayoutJob, TextFormat};
use unicode_bidi::{BidiClass, Level, ParagraphBidiInfo, bidi_class};
use unicode_script::{Script, UnicodeScript};
use unicode_segmentation::UnicodeSegmentation;

/// Which way a paragraph reads.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Direction {
    LeftToRight,
    RightToLeft,
}

impl Direction {
    /// Which way text in `language` (a tag such as "ar", "he-IL" or
    /// "az-Arab") reads; `None` where each paragraph's first letter is to
    /// say, as for any language written left to right.
    pub fn of_language(language: &str) -> Option<Direction> {
        const RIGHT_TO_LEFT: [&str; 11] = ["ar", "he", "iw", "fa", "ur", "yi", "ps", "sd", "ug", "ckb", "dv"];
        let mut subtags = language.split(['-', '_']);
        let primary = subtags.next().unwrap_or_default();
        let script_right_to_left = subtags.any(|s| s.eq_ignore_ascii_case("arab") || s.eq_ignore_ascii_case("hebr"));
        (script_right_to_left || RIGHT_TO_LEFT.iter().any(|l| l.eq_ignore_ascii_case(primary)))
            .then_some(Direction::RightToLeft)
    }

    fn level(self) -> Level {
        match self {
            Direction::LeftToRight => Level::ltr(),
            Direction::RightToLeft => Level::rtl(),
        }
    }
}

/// Which way `text` reads, given `base` (see [`Direction::of_language`]):
/// that, or that of its first letter with a direction of its own (a
/// number or a mark has none), or left to right when it has none.
pub fn direction(text: &str, base: Option<Direction>) -> Direction {
    let first = text.split('\n').next().unwrap_or_default();
    paragraph_direction(&ParagraphBidiInfo::new(first, base.map(Direction::level)))
}

/// The side a line of `text` starts from, given `base` (see [`direction`]):
/// where a line of it too short to fill its width is set.
pub fn leading_align(text: &str, base: Option<Direction>) -> egui::Align {
    match direction(text, base) {
        Direction::LeftToRight => egui::Align::Min,
        Direction::RightToLeft => egui::Align::Max,
    }
}

fn paragraph_direction(info: &ParagraphBidiInfo<'_>) -> Direction {
    if info.paragraph_level.is_rtl() {
        Direction::RightToLeft
    } else {
        Direction::LeftToRight
    }
}

/// Whether egui would draw any of `text` out of order: whether it holds
/// anything read, or shaped, right to left.
pub fn needs_reordering(text: &str) -> bool {
    text.chars().any(|c| {
        is_right_to_left_script(c.script())
            || matches!(
                bidi_class(c),
                BidiClass::R | BidiClass::AL | BidiClass::AN | BidiClass::RLE | BidiClass::RLO | BidiClass::RLI
            )
    })
}

/// `text` as egui should be given it to draw it as it is read, each of its
/// lines on a line of its own, each reading `base` way or, if `None`, the
/// way its first letter does; for text that is not wrapped (titles, names).
pub fn visual(text: &str, base: Option<Direction>) -> String {
    if !needs_reordering(text) && base != Some(Direction::RightToLeft) {
        return text.to_owned();
    }
    text.split('\n')
        .map(|paragraph| {
            let paragraph = paragraph.strip_suffix('\r').unwrap_or(paragraph);
            let info = ParagraphBidiInfo::new(paragraph, base.map(Direction::level));
            visual_line(&info, 0..paragraph.len())
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// The scripts written right to left that are still in use: harfrust shapes
/// their runs right to left.
fn is_right_to_left_script(script: Script) -> bool {
    matches!(
        script,
        Script::Arabic
            | Script::Hebrew
            | Script::Syriac
            | Script::Thaana
            | Script::Nko
            | Script::Samaritan
            | Script::Mandaic
            | Script::Adlam
            | Script::Hanifi_Rohingya
            | Script::Yezidi
    )
}

/// The font egui finds for a grapheme, as far as it matters here: the
/// right-to-left script whose font has it, or `None` for any other font.
/// Punctuation and digits of the Arabic and Hebrew blocks (the Arabic comma,
/// Arabic-Indic digits) are only in those fonts, so they join the run of
/// the letters beside them.
fn font_of(grapheme: &str) -> Option<Script> {
    let c = grapheme.chars().next()?;
    let script = c.script();
    if is_right_to_left_script(script) {
        return Some(script);
    }
    const ARABIC: [(u32, u32); 5] = [
        (0x0600, 0x06FF),
        (0x0750, 0x077F),
        (0x08A0, 0x08FF),
        (0xFB50, 0xFDFF),
        (0xFE70, 0xFEFF),
    ];
    const HEBREW: [(u32, u32); 2] = [(0x0590, 0x05FF), (0xFB1D, 0xFB4F)];
    let code = u32::from(c);
    let in_blocks = |blocks: &[(u32, u32)]| blocks.iter().any(|(from, to)| (*from..=*to).contains(&code));
    if in_blocks(&ARABIC) {
        Some(Script::Arabic)
    } else if in_blocks(&HEBREW) {
        Some(Script::Hebrew)
    } else {
        None
    }
}

/// The shape of `c` seen in right-to-left text, where an opening bracket
/// opens to the left (rule L4 of the bidi algorithm, for the common pairs).
fn mirrored(c: char) -> char {
    const PAIRS: [(char, char); 9] = [
        ('(', ')'),
        ('[', ']'),
        ('{', '}'),
        ('<', '>'),
        ('«', '»'),
        ('‹', '›'),
        ('≤', '≥'),
        ('⁽', '⁾'),
        ('〈', '〉'),
    ];
    PAIRS
        .iter()
        .find_map(|&(open, close)| {
            if c == open {
                Some(close)
            } else if c == close {
                Some(open)
            } else {
                None
            }
        })
        .unwrap_or(c)
}

/// The bytes `line` of a paragraph as egui should be given them: its runs
/// in the order they are seen, each stretch egui will shape right to left
/// given in reverse, for the shaper to turn back.
fn visual_line(info: &ParagraphBidiInfo<'_>, line: Range<usize>) -> String {
    let text = &info.text[line.clone()];
    if !needs_reordering(text) && !info.paragraph_level.is_rtl() {
        return text.to_owned();
    }
    // Graphemes in the order they are seen, with whether each is in a
    // right-to-left run (marks stay on their letter).
    let (levels, runs) = info.visual_runs(line);
    let mut seen: Vec<(&str, bool)> = Vec::new();
    for run in runs {
        let right_to_left = levels.get(run.start).is_some_and(|level| level.is_rtl());
        let graphemes = info.text[run].graphemes(true).map(|g| (g, right_to_left));
        if right_to_left {
            seen.extend(graphemes.rev());
        } else {
            seen.extend(graphemes);
        }
    }
    let mut out = String::with_capacity(text.len());
    let mut start = 0;
    while start < seen.len() {
        // A stretch egui shapes as one run: graphemes in one right-to-left
        // script's font, or one grapheme of any other.
        let font = font_of(seen[start].0);
        let length = font.map_or(1, |font| {
            seen[start..]
                .iter()
                .take_while(|(g, _)| font_of(g) == Some(font))
                .count()
        });
        let end = start + length;
        let stretch = &seen[start..end];
        let shaped_right_to_left = stretch
            .iter()
            .any(|(g, _)| g.chars().any(|c| is_right_to_left_script(c.script())));
        if shaped_right_to_left {
            // The shaper turns the stretch round, mirroring what needs it.
            stretch.iter().rev().for_each(|(g, _)| out.push_str(g));
        } else {
            for (grapheme, right_to_left) in stretch {
                if *right_to_left {
                    out.extend(grapheme.chars().map(mirrored));
                } else {
                    out.push_str(grapheme);
                }
            }
        }
        start = end;
    }
    out
}

/// Where `paragraph` breaks into lines at most `width` wide, as `measure`
/// finds the width of a piece of it: after spaces, as many words on a line
/// as fit, and a word wider than the line on a line of its own. The ranges
/// leave out the spaces at the ends of lines.
///
/// A line's width is that of its words and the spaces between them, each
/// measured alone, so each is laid out once however the paragraph wraps
/// (egui keeps what it lays out for the next frame): a space ends egui's
/// run of Arabic or Hebrew letters, so nothing is shaped across it.
fn line_ranges(paragraph: &str, width: f32, mut measure: impl FnMut(&str) -> f32) -> Vec<Range<usize>> {
    let text_start = paragraph.len() - paragraph.trim_start().len();
    let text_end = paragraph.trim_end().len().max(text_start);
    let text = text_start..text_end;
    if measure(&paragraph[text.clone()]) <= width {
        return vec![text];
    }
    let mut lines = Vec::new();
    let mut line: Option<(Range<usize>, f32)> = None;
    let mut word_start = None;
    let ends = paragraph
        .char_indices()
        .map(|(at, c)| (at, c.is_whitespace()))
        .chain([(paragraph.len(), true)]);
    for (at, space) in ends {
        match (word_start, space) {
            (None, false) => word_start = Some(at),
            (Some(start), true) => {
                let word = measure(&paragraph[start..at]);
                line = Some(match line.take() {
                    Some((range, line_width)) => {
                        let wider = line_width + measure(&paragraph[range.end..start]) + word;
                        if wider > width {
                            lines.push(range);
                            (start..at, word)
                        } else {
                            (range.start..at, wider)
                        }
                    }
                    None => (start..at, word),
                });
                word_start = None;
            }
            _ => {}
        }
    }
    lines.push(line.map_or(text_start..text_start, |(range, _)| range));
    lines
}

/// One line laid out to be drawn, and which way its paragraph reads.
struct Line {
    galley: Arc<Galley>,
    direction: Direction,
}

/// `text` cut into lines at most `width` wide, as `measure` finds the width
/// of a piece of it; each line in the order it is seen, and which way its
/// paragraph reads (`base`, or as its first letter says).
fn visual_lines(
    text: &str,
    base: Option<Direction>,
    width: f32,
    mut measure: impl FnMut(&str) -> f32,
) -> Vec<(String, Direction)> {
    let mut out = Vec::new();
    for paragraph in text.split('\n') {
        let paragraph = paragraph.strip_suffix('\r').unwrap_or(paragraph);
        let info = ParagraphBidiInfo::new(paragraph, base.map(Direction::level));
        let direction = paragraph_direction(&info);
        let whole = 0..paragraph.len();
        let ranges = if width.is_finite() {
            line_ranges(paragraph, width, &mut measure)
        } else {
            vec![whole]
        };
        out.extend(ranges.into_iter().map(|range| (visual_line(&info, range), direction)));
    }
    out
}

/// `text`'s lines laid out by egui in `format`, as [`visual_lines`] finds
/// them.
fn lines(
    fonts: &mut egui::epaint::text::FontsView<'_>,
    text: &str,
    base: Option<Direction>,
    format: &TextFormat,
    width: f32,
) -> Vec<Line> {
    let mut lay_out = |text: &str| fonts.layout_job(LayoutJob::single_section(text.to_owned(), format.clone()));
    visual_lines(text, base, width, |piece| lay_out(piece).size().x)
        .into_iter()
        .map(|(text, direction)| Line {
            galley: lay_out(&text),
            direction,
        })
        .collect()
}

/// Shows `text` as `ui.label` would, in the order it is read, each
/// paragraph reading `base` way (see [`Direction::of_language`]) or as its
/// first letter says, and wrapped line by line. Its lines sit where the
/// `Ui` puts labels.
pub fn label_ui(ui: &mut egui::Ui, text: impl Into<egui::RichText>, base: Option<Direction>) -> egui::Response {
    text_ui(ui, text.into(), base, false)
}

/// Like [`label_ui`], with a paragraph that reads right to left set against
/// the right edge: for guidance and descriptions, read as paragraphs.
pub fn paragraph_ui(ui: &mut egui::Ui, text: impl Into<egui::RichText>, base: Option<Direction>) -> egui::Response {
    text_ui(ui, text.into(), base, true)
}

/// How tall [`paragraph_ui`] (or [`label_ui`]) would draw `text` in `ui`,
/// without drawing it.
pub fn paragraph_height(ui: &egui::Ui, text: impl Into<egui::RichText>, base: Option<Direction>) -> f32 {
    let text = text.into();
    if !needs_reordering(text.text()) && base != Some(Direction::RightToLeft) {
        // As `ui.label` lays it out.
        let galley = egui::WidgetText::from(text).into_galley(
            ui,
            Some(ui.wrap_mode()),
            ui.available_width(),
            egui::TextStyle::Body,
        );
        return galley.size().y;
    }
    let logical = text.text().to_owned();
    let format = format_of(ui, text);
    let width = wrap_width(ui);
    ui.fonts_mut(|fonts| lines(fonts, &logical, base, &format, width))
        .iter()
        .map(|line| line.galley.size().y)
        .sum()
}

/// The width text in `ui` wraps at: the width left, when it wraps.
fn wrap_width(ui: &egui::Ui) -> f32 {
    let available = ui.available_width();
    if ui.wrap_mode() == egui::TextWrapMode::Wrap && available.is_finite() {
        available
    } else {
        f32::INFINITY
    }
}

/// A link showing `text` in the order it is read, on one line, read to
/// screen readers in reading order.
pub fn link_ui(ui: &mut egui::Ui, text: impl Into<egui::RichText>, base: Option<Direction>) -> egui::Response {
    let text = text.into();
    let logical = text.text().to_owned();
    let shown = visual(&logical, base);
    if shown == logical {
        return ui.link(text);
    }
    let format = format_of(ui, text);
    let response = ui.link(LayoutJob::single_section(shown, format));
    response.widget_info(|| egui::WidgetInfo::labeled(egui::accesskit::Role::Link, ui.is_enabled(), &logical));
    response
}

/// How `ui` would draw `text`: its font and colour.
fn format_of(ui: &egui::Ui, text: egui::RichText) -> TextFormat {
    let job = egui::WidgetText::from(text).into_layout_job(ui.style(), egui::FontSelection::Default, ui.text_valign());
    job.sections.first().map(|s| s.format.clone()).unwrap_or_default()
}

fn text_ui(
    ui: &mut egui::Ui,
    text: egui::RichText,
    base: Option<Direction>,
    right_to_left_on_the_right: bool,
) -> egui::Response {
    if !needs_reordering(text.text()) && base != Some(Direction::RightToLeft) {
        return ui.label(text);
    }
    let logical = text.text().to_owned();
    let format = format_of(ui, text);
    let width = wrap_width(ui);
    let lines = ui.fonts_mut(|fonts| lines(fonts, &logical, base, &format, width));
    let widest = lines.iter().map(|l| l.galley.size().x).fold(0.0, f32::max);
    let to_the_right = |line: &Line| right_to_left_on_the_right && line.direction == Direction::RightToLeft;
    // Set against the right edge, a line needs the whole width to stand in.
    let size = egui::vec2(
        if lines.iter().any(to_the_right) && width.is_finite() {
            width
        } else {
            widest
        },
        lines.iter().map(|l| l.galley.size().y).sum(),
    );
    let sense = if ui.memory(|m| m.options.screen_reader) {
        egui::Sense::focusable_noninteractive()
    } else {
        egui::Sense::hover()
    };
    let (rect, response) = ui.allocate_exact_size(size, sense);
    // Screen readers are given the words in reading order.
    response.widget_info(|| egui::WidgetInfo::labeled(egui::accesskit::Role::Label, ui.is_enabled(), &logical));
    if ui.is_rect_visible(rect) {
        let placement = ui.layout().horizontal_placement();
        let color = ui.visuals().text_color();
        let mut top = rect.top();
        for line in &lines {
            let line_width = line.galley.size().x;
            let align = if to_the_right(line) {
                egui::Align::Max
            } else {
                placement
            };
            let left = match align {
                egui::Align::Min => rect.left(),
                egui::Align::Center => rect.center().x - line_width / 2.0,
                egui::Align::Max => rect.right() - line_width,
            };
            let height = line.galley.size().y;
            ui.painter()
                .galley(egui::pos2(left, top), Arc::clone(&line.galley), color);
            top += height;
        }
    }
    response
}

#[cfg(test)]
mod tests {
    use super::*;
    use egui::epaint::text::{FontDefinitions, FontProvider, Fonts, TextOptions};

    #[test]
    fn lines_are_given_to_egui_so_it_draws_them_as_they_are_read() {
        for (logical, given) in [
            // Left to right: untouched.
            ("Breathe in, and out.", "Breathe in, and out."),
            ("停下來，留意。", "停下來，留意。"),
            // One Arabic word: the shaper alone draws it right.
            ("سلام", "سلام"),
            // Words of a sentence: the first is seen on the right.
            ("وقفة قصيرة", "قصيرة وقفة"),
            ("اشعر بقدميك على الأرض.", ".الأرض على بقدميك اشعر"),
            ("هل أنت هنا؟", "هنا؟ أنت هل"),
            // A number leads on the right. The shaper turns Arabic-Indic
            // digits round as it does Arabic letters, so they are given
            // reversed, and so is a number run into a word.
            ("٣ دقائق", "دقائق ٣"),
            ("١٢ دقيقة", "دقيقة ٢١"),
            ("3 دقائق", "دقائق 3"),
            ("12 دقيقة للتنفس", "للتنفس دقيقة 12"),
            ("عام ٢٠٢٤م", "٤٢٠٢م عام"),
            // A Latin name in Arabic keeps its own order.
            ("تنفس مع Stillpoint", "Stillpoint مع تنفس"),
            ("استمع إلى Thich Nhat Hanh بهدوء", "بهدوء Thich Nhat Hanh إلى استمع"),
            // Brackets open the way the text reads.
            ("تنفس (ببطء)", "(ببطء) تنفس"),
            // Hebrew, with its punctuation.
            ("שלום, עולם!", "!עולם ,שלום"),
            ("נשימה (איטית)", "(איטית) נשימה"),
            // Persian: a zero-width non-joiner stays inside its word.
            ("می‌توانی آرام باشی", "باشی آرام می‌توانی"),
            // Arabic words in an English line.
            ("Say سلام softly", "Say سلام softly"),
            (
                "The words كلمة طيبة mean a kind word",
                "The words طيبة كلمة mean a kind word",
            ),
            // Each line on its own.
            ("وقفة قصيرة\nمع التنفس", "قصيرة وقفة\nالتنفس مع"),
            ("Breathe\nتنفس ببطء", "Breathe\nببطء تنفس"),
        ] {
            assert_eq!(visual(logical, None), given, "{logical}");
        }
    }

    #[test]
    fn a_paragraph_reads_the_way_its_first_letter_does() {
        for (text, expected) in [
            ("Breathe", Direction::LeftToRight),
            ("تنفس with ease", Direction::RightToLeft),
            ("3 دقائق", Direction::RightToLeft),
            ("Say سلام", Direction::LeftToRight),
            ("שלום", Direction::RightToLeft),
            ("12", Direction::LeftToRight),
            ("", Direction::LeftToRight),
        ] {
            assert_eq!(direction(text, None), expected, "{text}");
        }
    }

    #[test]
    fn a_session_in_a_right_to_left_language_reads_right_to_left_throughout() {
        for (language, expected) in [
            ("ar", Some(Direction::RightToLeft)),
            ("ar-EG", Some(Direction::RightToLeft)),
            ("he", Some(Direction::RightToLeft)),
            ("fa_IR", Some(Direction::RightToLeft)),
            ("ur", Some(Direction::RightToLeft)),
            ("az-Arab", Some(Direction::RightToLeft)),
            ("en", None),
            ("es", None),
            ("zh-Hant", None),
            ("", None),
        ] {
            assert_eq!(Direction::of_language(language), expected, "{language}");
        }
        let rtl = Some(Direction::RightToLeft);
        for (logical, base, given) in [
            // A line that begins with a name still reads right to left.
            ("Stillpoint يساعدك على التوقف", rtl, "التوقف على يساعدك Stillpoint"),
            ("Stillpoint يساعدك على التوقف", None, "Stillpoint التوقف على يساعدك"),
            ("Breathe.", rtl, ".Breathe"),
            ("Breathe.", None, "Breathe."),
        ] {
            assert_eq!(visual(logical, base), given, "{logical} {base:?}");
            assert_eq!(direction(logical, base), base.unwrap_or(Direction::LeftToRight));
            let side = if base.is_some() {
                egui::Align::Max
            } else {
                egui::Align::Min
            };
            assert_eq!(leading_align(logical, base), side, "{logical} {base:?}");
        }
    }

    /// Lays `text` out with egui's fonts and the carried ones.
    fn fonts() -> Fonts {
        let providers: Vec<Arc<dyn FontProvider>> = vec![Arc::new(crate::ui::fonts::CarriedFonts)];
        Fonts::new(TextOptions::default(), FontDefinitions::default()).with_font_providers(providers)
    }

    fn format() -> TextFormat {
        TextFormat::simple(egui::FontId::proportional(20.0), egui::Color32::WHITE)
    }

    /// Where on the line egui draws `c` (its first glyph with a width: egui
    /// adds empty ones after a right-to-left run).
    fn x_of(galley: &Galley, c: char) -> f32 {
        galley
            .rows
            .iter()
            .flat_map(|row| row.glyphs.iter())
            .find(|g| g.chr == c && g.advance_width > 0.0)
            .map(|g| g.pos.x)
            .unwrap_or_else(|| panic!("{c} is drawn"))
    }

    /// What egui itself does with what it is given: each case names
    /// letters of the text in the order they should be seen, left to
    /// right. This fails if egui's shaping changes under the reordering.
    #[test]
    fn egui_draws_the_reordered_line_as_it_is_read() {
        let mut fonts = fonts();
        for (logical, left_to_right) in [
            ("وقفة قصيرة", "صفو"),
            ("اشعر بقدميك على الأرض.", ".ضكبش"),
            ("١٢ دقيقة", "د١٢"),
            ("3 دقائق", "د3"),
            ("عام ٢٠٢٤م", "٠٤ع"),
            ("تنفس مع Stillpoint", "Spعت"),
            ("שלום, עולם!", "!ע,ש"),
            ("Say كلمة طيبة softly", "Sطكf"),
        ] {
            let given = visual(logical, None);
            let galley = fonts
                .with_pixels_per_point(1.0)
                .layout_job(LayoutJob::single_section(given, format()));
            let xs: Vec<f32> = left_to_right.chars().map(|c| x_of(&galley, c)).collect();
            assert!(
                xs.windows(2).all(|pair| pair[0] < pair[1]),
                "{logical}: {left_to_right} at {xs:?}"
            );
        }
    }

    #[test]
    fn egui_alone_draws_the_words_of_an_arabic_line_in_reverse() {
        // Why this module exists: given the line as it is written, egui
        // puts its first word on the left.
        let mut fonts = fonts();
        let galley = fonts
            .with_pixels_per_point(1.0)
            .layout_job(LayoutJob::single_section("وقفة قصيرة".to_owned(), format()));
        assert!(x_of(&galley, 'و') < x_of(&galley, 'ص'));
        // …though it shapes each word right to left, joined.
        assert!(x_of(&galley, 'ف') < x_of(&galley, 'و'));
    }

    /// Lines of `text` at `width`, counting a character as 1 wide.
    fn check_lines(text: &str, width: f32, expected: &[&str]) {
        let lines: Vec<&str> = line_ranges(text, width, |piece| piece.chars().count() as f32)
            .into_iter()
            .map(|range| &text[range])
            .collect();
        assert_eq!(lines, expected, "{text:?} at {width}");
    }

    #[test]
    fn paragraphs_break_after_spaces_with_as_many_words_as_fit() {
        check_lines("one two three", 7.0, &["one two", "three"]);
        check_lines("one two three", 13.0, &["one two three"]);
        check_lines("  one  two  ", 20.0, &["one  two"]);
        check_lines("a unbreakable b", 4.0, &["a", "unbreakable", "b"]);
        check_lines("وقفة قصيرة مع التنفس", 10.0, &["وقفة قصيرة", "مع التنفس"]);
        check_lines("", 10.0, &[""]);
    }

    #[test]
    fn each_wrapped_line_is_put_in_order_on_its_own() {
        let rtl = Direction::RightToLeft;
        let ltr = Direction::LeftToRight;
        for (logical, width, expected) in [
            (
                "وقفة قصيرة مع التنفس",
                10.0,
                vec![("قصيرة وقفة", rtl), ("التنفس مع", rtl)],
            ),
            // A name cut across lines: each line from the right, and the
            // name's words left to right.
            (
                "تنفس مع Thich Nhat Hanh بهدوء",
                14.0,
                vec![("Thich مع تنفس", rtl), ("Nhat Hanh", rtl), ("بهدوء", rtl)],
            ),
            // Arabic words cut across an English line.
            (
                "Say كلمة طيبة جدا to yourself",
                14.0,
                vec![("Say طيبة كلمة", ltr), ("جدا to", ltr), ("yourself", ltr)],
            ),
            ("٣ دقائق\nof quiet", 20.0, vec![("دقائق ٣", rtl), ("of quiet", ltr)]),
        ] {
            let lines = visual_lines(logical, None, width, |piece| piece.chars().count() as f32);
            let lines: Vec<(&str, Direction)> = lines.iter().map(|(text, d)| (text.as_str(), *d)).collect();
            assert_eq!(lines, expected, "{logical}");
        }
    }

    #[test]
    fn a_wrapped_arabic_paragraph_begins_on_the_right_of_its_first_line() {
        let text = "اجلس بهدوء وتنفس ببطء ولاحظ الهواء يدخل ويخرج من جسمك";
        let width = 150.0;
        let mut fonts = fonts();
        let lines = lines(&mut fonts.with_pixels_per_point(1.0), text, None, &format(), width);
        assert!(lines.len() >= 3, "{} lines", lines.len());
        assert!(lines.iter().all(|l| l.direction == Direction::RightToLeft));
        assert!(lines.iter().all(|l| l.galley.size().x <= width));
        // Read line by line, each from the right, the words come back in order.
        let read: Vec<&str> = lines.iter().flat_map(|l| l.galley.job.text.split(' ').rev()).collect();
        assert_eq!(read, text.split(' ').collect::<Vec<_>>());
    }
}
