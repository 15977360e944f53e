//! The bundled Arabic font (Noto Naskh Arabic, SIL OFL, `assets/fonts/`), as bytes: the UI
//! installs it into egui and exported HTML pages embed it, so neither needs the system's fonts.

/// Regular Noto Naskh Arabic.
pub const NASKH: &[u8] = include_bytes!("../../../assets/fonts/NotoNaskhArabic-Regular.ttf");
