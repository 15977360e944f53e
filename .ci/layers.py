#!/usr/bin/env python3
"""Checks that the core's imports only point down its layers, and that no two files of the
core or of the app import each other (issue 25).

Layers of `crates/tarikh-core/src`, lowest first: a module may use modules of its own layer's
rank or lower, never higher. Doc comments, line comments and test code (`#[cfg(test)]`
modules, `*tests.rs` files) are not imports. Run: `python3 .ci/layers.py` (exit 1 on a
violation, each one printed).
"""
import os
import re
import sys

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
CORE = os.path.join(ROOT, "crates/tarikh-core/src")
APP = os.path.join(ROOT, "src")

# rank of each top-level module of the core
LAYERS = [
    ["safe_read", "font_data"],
    ["text", "i18n"],
    ["lexicon"],
    ["model"],
    ["temporal", "geo"],
    ["corpus", "acled"],
    ["extract"],
    ["claims", "workspace"],
    ["explore", "output"],
    ["export"],
    ["bench_corpus"],
    ["bench"],
]
RANK = {m: k for k, layer in enumerate(LAYERS) for m in layer}


def code_of(path):
    """The file's text without comments and without its test module."""
    s = open(path, encoding="utf-8").read()
    s = re.sub(r"//[^\n]*", "", s)
    cut = re.search(r"#\[cfg\(test\)\]\s*mod\s+\w+\s*\{", s)
    return s[: cut.start()] if cut else s


def is_test_file(rel):
    return os.path.basename(rel).endswith("tests.rs")


def rust_files(base):
    for dp, _, fs in os.walk(base):
        for f in sorted(fs):
            if f.endswith(".rs"):
                rel = os.path.relpath(os.path.join(dp, f), base)
                if not is_test_file(rel):
                    yield rel


def module_of(rel):
    """`a/b.rs` -> ['a', 'b']; `a/mod.rs` -> ['a']; `lib.rs` -> []."""
    parts = rel[:-3].split("/")
    if parts[-1] in ("mod", "lib", "main"):
        parts = parts[:-1]
    return parts


def file_of(base, files, path):
    """The file that defines the longest prefix of the module path `path`."""
    for n in range(len(path), 0, -1):
        p = "/".join(path[:n])
        for cand in (p + ".rs", p + "/mod.rs"):
            if cand in files:
                return cand
    return None


def paths_in(code):
    """Module paths the code names: `crate::a::b`, `super::x`, and `use` trees (one level of braces)."""
    out = []
    for m in re.finditer(r"\b((?:crate|super|self)(?:::\w+)+)", code):
        out.append(m.group(1).split("::"))
    for m in re.finditer(r"\buse\s+((?:crate|super|self)(?:::\w+)*)::\{([^;]*)\}", code):
        head = m.group(1).split("::")
        for item in re.split(r"[,{}]", m.group(2)):
            item = item.strip().split(" as ")[0].split("::")
            if item and item[0]:
                out.append(head + item)
    return out


def resolve(mod, path, is_mod_file):
    """An absolute module path for `path` named inside module `mod`."""
    if path[0] == "crate":
        return path[1:]
    here = list(mod)
    rest = list(path)
    # in `a/b.rs` (module a::b) `super` is `a`; in `a/mod.rs` (module a) `super` is the crate root
    while rest and rest[0] in ("super", "self"):
        if rest[0] == "super":
            here = here[:-1]
        rest = rest[1:]
    return here + rest


def check(base, core):
    files = set(rust_files(base))
    problems = []
    edges = {}
    for rel in sorted(files):
        mod = module_of(rel)
        code = code_of(os.path.join(base, rel))
        for p in paths_in(code):
            target = resolve(mod, p, rel.endswith("mod.rs"))
            if not target:
                continue
            f = file_of(base, files, target)
            if f and f != rel:
                edges.setdefault(rel, set()).add(f)
            if core and mod and target[0] in RANK and mod[0] in RANK and RANK[target[0]] > RANK[mod[0]]:
                problems.append(f"{rel}: uses {'::'.join(target)}, a layer above {mod[0]}")
            if core and mod and target[0] not in RANK and f and module_of(f) and module_of(f)[0] not in RANK:
                problems.append(f"{rel}: {target[0]} has no layer in .ci/layers.py")
    for a, bs in sorted(edges.items()):
        for b in sorted(bs):
            if a < b and a in edges.get(b, ()):
                problems.append(f"{a} and {b} import each other")
    return sorted(set(problems))


def main():
    problems = [f"core: {p}" for p in check(CORE, True)] + [f"app: {p}" for p in check(APP, False)]
    for p in problems:
        print(p)
    if problems:
        print(f"{len(problems)} layer problem(s)", file=sys.stderr)
        return 1
    print("layers: every import of the core points down; no two files import each other")
    return 0


if __name__ == "__main__":
    sys.exit(main())
