#!/usr/bin/env python3
"""Builds assets/geo/borders.tsv from Natural Earth's country borders as the `world-atlas`
npm package ships them (TopoJSON). Run once; the app reads only the TSV and never the network.

    cd /tmp && npm pack world-atlas@2.0.2 && tar xzf world-atlas-2.0.2.tgz
    python3 assets/geo/build_borders.py /tmp/package > assets/geo/borders.tsv

Mali and its neighbours come from the 1:50m borders (points rounded to 0.01 degree, about
1 km), every other country from the 1:110m ones (rounded to 0.05 degree): West Africa at a
coarser scale, and the rest of the world only so that an event known only by its country (a
statement from Paris, Moscow or Washington) can still be drawn as that country's outline.

Output, one line per country: name, detail ("50m" or "110m"), then its rings separated by
";", each ring's points "lon,lat" separated by spaces. Names are Natural Earth's, except where
Tarikh's gazetteer names the country otherwise (see RENAMED).
"""

import json
import sys

# Mali and the seven countries it borders: drawn at the finer scale.
DETAILED = {"Mali", "Algeria", "Niger", "Burkina Faso", "Côte d'Ivoire", "Guinea", "Senegal", "Mauritania"}
# Natural Earth's short names -> the gazetteer's canonical names.
RENAMED = {"Central African Rep.": "Central African Republic", "United States of America": "United States", "W. Sahara": "Western Sahara"}


def decode_arcs(topo):
    """The arcs as absolute lon/lat points (TopoJSON stores quantized deltas)."""
    (sx, sy), (tx, ty) = topo["transform"]["scale"], topo["transform"]["translate"]
    arcs = []
    for arc in topo["arcs"]:
        x = y = 0
        pts = []
        for dx, dy in arc:
            x += dx
            y += dy
            pts.append((x * sx + tx, y * sy + ty))
        arcs.append(pts)
    return arcs


def ring(arcs, indices):
    """One ring from arc indices (a negative index ~i is arc i reversed)."""
    pts = []
    for i in indices:
        a = arcs[i] if i >= 0 else list(reversed(arcs[~i]))
        pts.extend(a if not pts else a[1:])
    return pts


def unwrapped(pts):
    """A ring that crosses the antimeridian (far-east Russia, Fiji) continued past 180 degrees
    east, so that it stays one simple ring on a flat map."""
    if any(abs(a[0] - b[0]) > 180 for a, b in zip(pts, pts[1:])):
        return [(x + 360 if x < 0 else x, y) for x, y in pts]
    return pts


def rounded(pts, step):
    """Points rounded to a grid of `step` degrees, without consecutive repeats."""
    out = []
    for x, y in pts:
        p = (round(round(x / step) * step, 2), round(round(y / step) * step, 2))
        if not out or out[-1] != p:
            out.append(p)
    return out


def countries(path, detail):
    topo = json.load(open(path, encoding="utf-8"))
    arcs = decode_arcs(topo)
    for g in topo["objects"]["countries"]["geometries"]:
        name = g.get("properties", {}).get("name")
        if not name or g.get("type") not in ("Polygon", "MultiPolygon"):
            continue
        polys = [g["arcs"]] if g["type"] == "Polygon" else g["arcs"]
        rings = [unwrapped(ring(arcs, r)) for poly in polys for r in poly]
        yield RENAMED.get(name, name), detail, rings


def main():
    base = sys.argv[1] if len(sys.argv) > 1 else "package"
    rows = {}
    for name, detail, rings in countries(f"{base}/countries-110m.json", "110m"):
        rows[name] = (detail, [rounded(r, 0.05) for r in rings])
    for name, detail, rings in countries(f"{base}/countries-50m.json", "50m"):
        if name in DETAILED:
            rows[name] = (detail, [rounded(r, 0.01) for r in rings])
    print("# Country borders from Natural Earth (public domain) via the world-atlas npm package 2.0.2;")
    print("# built by assets/geo/build_borders.py. Columns: name, detail, rings (lon,lat points).")
    rows.pop("Antarctica", None)  # around the pole: not a ring on a flat map, and far away
    for name in sorted(rows):
        detail, rings = rows[name]
        rings = [r for r in rings if len(r) >= 4]
        if rings:
            text = ";".join(" ".join(f"{x:g},{y:g}" for x, y in r) for r in rings)
            print(f"{name}\t{detail}\t{text}")


if __name__ == "__main__":
    main()
