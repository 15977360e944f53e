//! PNG export of the timeline: a screenshot of the window cropped to the timeline, encoded.

use egui::{ColorImage, Rect};

/// Crops `image` (a screenshot at `pixels_per_point`) to `rect` (in points).
pub fn crop(image: &ColorImage, rect: Rect, pixels_per_point: f32) -> ColorImage {
    image.region(&rect, Some(pixels_per_point))
}

/// Encodes an image as PNG.
pub fn encode(image: &ColorImage) -> Result<Vec<u8>, String> {
    let mut out = Vec::new();
    {
        let mut enc = png::Encoder::new(&mut out, image.size[0] as u32, image.size[1] as u32);
        enc.set_color(png::ColorType::Rgba);
        enc.set_depth(png::BitDepth::Eight);
        let mut w = enc.write_header().map_err(|e| e.to_string())?;
        let bytes: Vec<u8> = image.pixels.iter().flat_map(|c| c.to_array()).collect();
        w.write_image_data(&bytes).map_err(|e| e.to_string())?;
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn encodes_a_readable_png() {
        let img = ColorImage::new([3, 2], vec![egui::Color32::RED; 6]);
        let bytes = encode(&img).unwrap();
        assert_eq!(&bytes[..8], b"\x89PNG\r\n\x1a\n");
        let dec = png::Decoder::new(std::io::Cursor::new(bytes)).read_info().unwrap();
        assert_eq!((dec.info().width, dec.info().height), (3, 2));
    }
}
