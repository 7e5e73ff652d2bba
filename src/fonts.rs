//! The fonts Stillpoint carries, for the window and for reports: Atkinson
//! Hyperlegible (SIL Open Font License, `assets/fonts/AtkinsonHyperlegible-OFL.txt`)
//! for Latin text, and small Noto fonts (`assets/fonts/OFL.txt`) for
//! scripts Debian's default fonts often lack.

pub const TYPEFACE_REGULAR: &[u8] = include_bytes!("../assets/fonts/AtkinsonHyperlegible-Regular.ttf");
pub const TYPEFACE_BOLD: &[u8] = include_bytes!("../assets/fonts/AtkinsonHyperlegible-Bold.ttf");

/// A font Stillpoint carries for a script, and the characters it is asked
/// for.
pub struct Carried {
    pub name: &'static str,
    pub bytes: &'static [u8],
    pub ranges: &'static [(u32, u32)],
}

pub const CARRIED: [Carried; 4] = [
    Carried {
        name: "Noto Sans Arabic",
        bytes: include_bytes!("../assets/fonts/NotoSansArabic-Regular.ttf"),
        ranges: &[
            (0x0600, 0x06FF),
            (0x0750, 0x077F),
            (0x08A0, 0x08FF),
            (0xFB50, 0xFDFF),
            (0xFE70, 0xFEFF),
        ],
    },
    Carried {
        name: "Noto Sans Hebrew",
        bytes: include_bytes!("../assets/fonts/NotoSansHebrew-Regular.ttf"),
        ranges: &[(0x0590, 0x05FF), (0xFB1D, 0xFB4F)],
    },
    Carried {
        name: "Noto Sans Thai",
        bytes: include_bytes!("../assets/fonts/NotoSansThai-Regular.ttf"),
        ranges: &[(0x0E00, 0x0E7F)],
    },
    Carried {
        name: "Noto Sans Devanagari",
        bytes: include_bytes!("../assets/fonts/NotoSansDevanagari-Regular.ttf"),
        ranges: &[(0x0900, 0x097F), (0xA8E0, 0xA8FF), (0x1CD0, 0x1CFF)],
    },
];

/// Whether `c` is in one of `ranges`.
pub fn in_ranges(c: char, ranges: &[(u32, u32)]) -> bool {
    ranges.iter().any(|(from, to)| (*from..=*to).contains(&u32::from(c)))
}
