//! What the memory tests share: a writer that counts the bytes written and keeps none (the
//! JSON is streamed, never held).

/// Counts the bytes written and keeps none.
pub struct CountingSink(pub usize);

impl std::io::Write for CountingSink {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0 += buf.len();
        Ok(buf.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}
