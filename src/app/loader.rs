//! Loading a corpus off the UI thread: progress (files read, then extraction), cancel, and
//! the result handed back to the UI, which keeps drawing frames meanwhile.

use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::mpsc::{channel, Receiver};
use std::sync::Arc;

use crate::corpus::LoadOptions;
use crate::explore::{open, Opened};

/// A load under way.
pub struct Loading {
    /// What is being opened.
    pub paths: Vec<PathBuf>,
    /// Files read so far.
    pub done: Arc<AtomicUsize>,
    /// Files in all.
    pub total: Arc<AtomicUsize>,
    /// Set once every file is read and extraction has started.
    pub extracting: Arc<AtomicBool>,
    /// Documents scanned for events so far.
    pub scanned: Arc<AtomicUsize>,
    cancel: Arc<AtomicBool>,
    rx: Receiver<Opened>,
}

impl Loading {
    /// Starts loading `paths` on a new thread; `repaint` is called as progress is made.
    pub fn start(paths: Vec<PathBuf>, repaint: impl Fn() + Send + Sync + 'static) -> Loading {
        let (tx, rx) = channel();
        let done = Arc::new(AtomicUsize::new(0));
        let total = Arc::new(AtomicUsize::new(0));
        let extracting = Arc::new(AtomicBool::new(false));
        let cancel = Arc::new(AtomicBool::new(false));
        let scanned = Arc::new(AtomicUsize::new(0));
        let repaint = Arc::new(repaint);
        let (d, t, x, c, r) = (done.clone(), total.clone(), extracting.clone(), cancel.clone(), repaint.clone());
        let (sc, sr) = (scanned.clone(), repaint.clone());
        let p = paths.clone();
        std::thread::spawn(move || {
            let progress_r = r.clone();
            let (pd, pt, px) = (d.clone(), t.clone(), x.clone());
            let opts = LoadOptions {
                lexicon: None,
                cancel: Some(c),
                progress: Some(Arc::new(move |n, all| {
                    pd.store(n, Ordering::Relaxed);
                    pt.store(all, Ordering::Relaxed);
                    if n == all {
                        px.store(true, Ordering::Relaxed);
                    }
                    progress_r();
                })),
                extract_progress: Some(Arc::new(move |n, _| {
                    // a repaint every 1% or so is enough for the bar to move
                    if sc.swap(n, Ordering::Relaxed) / 64 != n / 64 {
                        sr();
                    }
                })),
            };
            let opened = open(&p, &opts);
            let _ = tx.send(opened);
            r();
        });
        Loading { paths, done, total, extracting, scanned, cancel, rx }
    }

    /// Asks the load to stop; its result will be thrown away.
    pub fn cancel(&self) {
        self.cancel.store(true, Ordering::Relaxed);
    }

    /// True once cancel was asked.
    pub fn cancelled(&self) -> bool {
        self.cancel.load(Ordering::Relaxed)
    }

    /// The result, when the load has finished.
    pub fn poll(&self) -> Option<Opened> {
        self.rx.try_recv().ok()
    }

    /// Progress as (files read, files in all, extracting, documents scanned for events).
    pub fn progress(&self) -> (usize, usize, bool, usize) {
        (
            self.done.load(Ordering::Relaxed),
            self.total.load(Ordering::Relaxed),
            self.extracting.load(Ordering::Relaxed),
            self.scanned.load(Ordering::Relaxed),
        )
    }
}
