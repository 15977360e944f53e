//! Killing the process in the middle of saving never leaves a broken workspace file: a
//! process saves a growing workspace in a loop and is killed at varying moments; every time,
//! the file left behind reads whole.

use std::time::Duration;

use tarikh::workspace::{load, LoadOutcome};

#[test]
fn a_killed_save_leaves_a_readable_file() {
    let dir = std::env::temp_dir().join(format!("tarikh-kill-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    let path = dir.join(".tarikh/workspace.json");
    let mut last_len = 0;
    for round in 0..12u64 {
        let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_tarikh-dev"))
            .args(["save-loop", path.to_str().unwrap()])
            .spawn()
            .unwrap();
        std::thread::sleep(Duration::from_millis(40 + 23 * round));
        child.kill().unwrap();
        let _ = child.wait();
        match load(&path) {
            LoadOutcome::Loaded(ws) => {
                assert!(!ws.edits.is_empty(), "round {round}");
                last_len = ws.edits.len();
            }
            LoadOutcome::Missing => {} // killed before the first save finished
            other => panic!("round {round}: the file was left broken: {other:?}"),
        }
    }
    assert!(last_len > 0, "some saves completed");
    let _ = std::fs::remove_dir_all(&dir);
}
