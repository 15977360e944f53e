//! The closed set of event types and their English labels.

use serde::{Deserialize, Serialize};

/// Type of an event (one lane per type on the timeline).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum EventType {
    /// Attack, bombing, raid, strike.
    Attack,
    /// Fighting between armed parties, gunfire.
    Clash,
    /// Coup d'état.
    Coup,
    /// Elections, protests, institutional decisions.
    Political,
    /// Agreements, ceasefires, accords.
    Agreement,
    /// Deployment or intervention of forces.
    Deployment,
    /// Withdrawal of forces.
    Withdrawal,
    /// A report of casualties.
    CasualtyReport,
    /// A claim of responsibility.
    Claim,
    /// Diplomatic acts: embassy closures, expulsions, visits.
    Diplomatic,
    /// Kidnapping or hostage taking.
    Kidnapping,
    /// Anything else with a trigger (funerals, takeovers, arrests).
    Other,
}

impl EventType {
    /// The type's colour (red, green, blue), one palette for the app and its exports: the
    /// Okabe–Ito colours, then Paul Tol's muted ones, so that the types stay apart for readers
    /// with a colour-vision deficiency.
    pub fn rgb(self) -> [u8; 3] {
        match self {
            EventType::Attack => [0xD5, 0x5E, 0x00],         // vermillion
            EventType::Clash => [0xE6, 0x9F, 0x00],          // orange
            EventType::Claim => [0xCC, 0x79, 0xA7],          // reddish purple
            EventType::CasualtyReport => [0xF0, 0xE4, 0x42], // yellow
            EventType::Coup => [0x56, 0xB4, 0xE9],           // sky blue
            EventType::Political => [0x00, 0x9E, 0x73],      // bluish green
            EventType::Agreement => [0x44, 0xAA, 0x99],      // teal (Tol)
            EventType::Deployment => [0x99, 0x99, 0x33],     // olive (Tol)
            EventType::Withdrawal => [0xDD, 0xCC, 0x77],     // sand (Tol)
            EventType::Diplomatic => [0x4C, 0x8C, 0xD8],     // blue, lightened for the dark theme
            EventType::Kidnapping => [0xCC, 0x66, 0x77],     // rose (Tol)
            EventType::Other => [0xBB, 0xBB, 0xBB],          // grey
        }
    }

    /// [`EventType::rgb`] as a CSS colour (`#d55e00`).
    pub fn css(self) -> String {
        let [r, g, b] = self.rgb();
        format!("#{r:02x}{g:02x}{b:02x}")
    }

    /// Every type, in lane order.
    pub const ALL: [EventType; 12] = [
        EventType::Attack,
        EventType::Clash,
        EventType::Claim,
        EventType::CasualtyReport,
        EventType::Coup,
        EventType::Political,
        EventType::Agreement,
        EventType::Deployment,
        EventType::Withdrawal,
        EventType::Diplomatic,
        EventType::Kidnapping,
        EventType::Other,
    ];

    /// The snake_case name used in JSON and data files.
    pub fn name(self) -> &'static str {
        match self {
            EventType::Attack => "attack",
            EventType::Clash => "clash",
            EventType::Coup => "coup",
            EventType::Political => "political",
            EventType::Agreement => "agreement",
            EventType::Deployment => "deployment",
            EventType::Withdrawal => "withdrawal",
            EventType::CasualtyReport => "casualty_report",
            EventType::Claim => "claim",
            EventType::Diplomatic => "diplomatic",
            EventType::Kidnapping => "kidnapping",
            EventType::Other => "other",
        }
    }

    /// Parses a snake_case name.
    pub fn from_name(s: &str) -> Option<Self> {
        EventType::ALL.iter().copied().find(|t| t.name() == s)
    }

    /// English label for display.
    pub fn label(self) -> &'static str {
        match self {
            EventType::Attack => "Attack",
            EventType::Clash => "Clash",
            EventType::Coup => "Coup",
            EventType::Political => "Political",
            EventType::Agreement => "Agreement",
            EventType::Deployment => "Deployment",
            EventType::Withdrawal => "Withdrawal",
            EventType::CasualtyReport => "Casualty report",
            EventType::Claim => "Claim",
            EventType::Diplomatic => "Diplomatic",
            EventType::Kidnapping => "Kidnapping",
            EventType::Other => "Other",
        }
    }

    /// Index of the type's lane (0 = top).
    pub fn lane(self) -> usize {
        EventType::ALL.iter().position(|t| *t == self).unwrap_or(0)
    }
}
