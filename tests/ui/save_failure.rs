//! A save that fails is said at once, in a banner that stays until a save succeeds; the edits
//! stay in memory and in a recovery file.

use egui_kittest::kittest::Queryable;
use tarikh::explore::Command;
use tarikh::workspace::{Autosaver, Edit};

use crate::common;

#[test]
fn a_failed_save_shows_a_banner_until_a_retry_succeeds() {
    let dir = common::temp_dir("save-failure");
    std::env::set_var("TARIKH_RECOVERY_DIR", dir.join("recovery"));
    let blocked = dir.join("corpus");
    std::fs::write(&blocked, "a file where the workspace's folder should be").unwrap();
    let mut h = common::app_harness(common::seeds_dated_app(), [1280.0, 720.0]);
    h.run_steps(2);
    let rev = h.state().x.revision();
    h.state_mut().session.autosave = Some(Autosaver::new(blocked.join("workspace.json"), rev));
    let key = h.state().x.key_of(0);
    h.state_mut().apply(Command::Edit(Edit::SetNote { event: key, note: "to keep".into() }));
    // the autosave sees the edit, waits for a quiet moment, then fails
    h.run_steps(1);
    std::thread::sleep(tarikh::workspace::AUTOSAVE_AT_MOST);
    h.run_steps(3);
    h.get_by_label_contains("Edits are NOT saved");
    h.get_by_label_contains("They are kept in memory and in");
    // still there a while later
    h.run_steps(5);
    assert!(h.query_by_label_contains("Edits are NOT saved").is_some());
    // the folder back, Retry saves and the banner goes
    std::fs::remove_file(&blocked).unwrap();
    std::fs::create_dir_all(&blocked).unwrap();
    h.get_by_label("Retry").click();
    h.run_steps(3);
    assert!(h.query_by_label_contains("Edits are NOT saved").is_none());
    assert!(std::fs::read_to_string(blocked.join("workspace.json")).unwrap().contains("to keep"));
    let _ = std::fs::remove_dir_all(&dir);
}
