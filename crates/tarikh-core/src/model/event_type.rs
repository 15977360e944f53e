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
