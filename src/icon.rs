//! The app's icon: a soft ring, drawn here rather than shipped, for the
//! window and the tray alike.

/// A square icon, its pixels as red, green, blue and alpha bytes, row by
/// row.
pub struct Icon {
    pub size: u32,
    pub rgba: Vec<u8>,
}

impl Icon {
    /// The ring, 64 pixels square.
    pub fn drawn() -> Icon {
        let size = 64u32;
        let mut rgba = Vec::with_capacity((size * size * 4) as usize);
        for y in 0..size {
            for x in 0..size {
                let dx = x as f32 - 31.5;
                let dy = y as f32 - 31.5;
                let r = (dx * dx + dy * dy).sqrt();
                let ring = (1.0 - ((r - 22.0).abs() / 5.0)).clamp(0.0, 1.0);
                let dot = (1.0 - (r / 6.0)).clamp(0.0, 1.0);
                let alpha = (ring.max(dot) * 255.0) as u8;
                rgba.extend_from_slice(&[88, 120, 150, alpha]);
            }
        }
        Icon { size, rgba }
    }
}
