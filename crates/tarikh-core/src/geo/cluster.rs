//! Marks that would overlap on screen drawn as one counted cluster: greedy, largest first, so
//! that a big place keeps its position and the small ones near it join it.

/// One mark to place: its position on screen, its radius and its weight.
#[derive(Debug, Clone, Copy)]
pub struct Mark {
    /// Position in pixels.
    pub pos: [f32; 2],
    /// Radius in pixels.
    pub radius: f32,
}

/// A cluster: where it is drawn and which marks it holds (indices into the input).
#[derive(Debug, Clone)]
pub struct Cluster {
    /// Position in pixels (the largest member's).
    pub pos: [f32; 2],
    /// Radius of the largest member.
    pub radius: f32,
    /// Members, largest first.
    pub members: Vec<usize>,
}

/// Groups marks whose discs overlap (with `gap` pixels to spare) into clusters. The work is
/// quadratic in the number of clusters, which the callers keep to places (a few hundred), not
/// events.
pub fn cluster(marks: &[Mark], gap: f32) -> Vec<Cluster> {
    let mut order: Vec<usize> = (0..marks.len()).collect();
    order.sort_by(|&a, &b| marks[b].radius.total_cmp(&marks[a].radius).then(a.cmp(&b)));
    let mut out: Vec<Cluster> = Vec::new();
    for i in order {
        let m = marks[i];
        let near = out.iter_mut().find(|c| {
            let (dx, dy) = (c.pos[0] - m.pos[0], c.pos[1] - m.pos[1]);
            (dx * dx + dy * dy).sqrt() < c.radius + m.radius + gap
        });
        match near {
            Some(c) => c.members.push(i),
            None => out.push(Cluster { pos: m.pos, radius: m.radius, members: vec![i] }),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn overlapping_marks_join_the_largest_and_distant_ones_stay_apart() {
        let marks = [
            Mark { pos: [100.0, 100.0], radius: 5.0 },
            Mark { pos: [104.0, 100.0], radius: 9.0 },
            Mark { pos: [300.0, 100.0], radius: 5.0 },
        ];
        let c = cluster(&marks, 2.0);
        assert_eq!(c.len(), 2);
        assert_eq!(c[0].members, vec![1, 0]);
        assert_eq!(c[0].pos, [104.0, 100.0]);
        assert_eq!(c[1].members, vec![2]);
    }
}
