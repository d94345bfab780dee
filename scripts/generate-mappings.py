#!/usr/bin/env python3
"""Writes the first version of questionnaires/mappings/{nis2,csf2,cra}.toml and of
locales/en/mapping-{nis2,csf2,cra}.ftl from the public identifier lists in tests/reference/:
the target's items with their hierarchy (ids exactly as published), and for NIST CSF 2.0 the
links NIST itself published (the CSF 1.1 informative references to ISA 62443-3-3:2013, carried to
CSF 2.0 through the 1.1 -> 2.0 crosswalk), each with a comment that traces it.

Run once from the repository root:
    python3 scripts/generate-mappings.py [--force]
After that the files are edited by hand (the links of our own reading, the texts); without --force
the script refuses to overwrite them. tests/alignment_data.rs checks that the published links in
the CSF 2.0 file are exactly those this script derives, so the hand edits cannot drift from NIST."""
import os
import sys
import tomllib

REF = "tests/reference/"


def q(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def key(s):
    out, dash = "", False
    for c in s:
        if c.isascii() and c.isalnum():
            if dash and out:
                out += "-"
            dash = False
            out += c.lower()
        else:
            dash = True
    return out


def nist_links():
    """CSF 2.0 subcategory -> {SR -> [CSF 1.1 ids that cite it]}, plus comments per 2.0 id."""
    refs = tomllib.load(open(REF + "nist-csf-1.1-62443-refs.toml", "rb"))
    two = {n["id"]: n for n in tomllib.load(open(REF + "nist-csf-2.0.toml", "rb"))["node"]}
    cites = {n["id"]: n for n in refs["node"] if n["kind"] == "subcategory"}
    links, notes = {}, {}
    for row in refs["crosswalk"]:
        old = cites[row["from"]]
        srs = old.get("refs_62443_3_3", [])
        clauses = old.get("refs_62443_2_1_2009", [])
        for to in row["to"]:
            node = two.get(to)
            if node is None:
                raise SystemExit(f"crosswalk {row['from']} -> {to}: not a CSF 2.0 id")
            if node["kind"] != "subcategory":
                if srs:
                    notes.setdefault(to, []).append(
                        f"# not carried: {row['from']} (cites {', '.join(srs)}) became the whole category {to} in the crosswalk")
                continue
            for sr in srs:
                links.setdefault(to, {}).setdefault(sr, []).append(row["from"])
            if clauses:
                notes.setdefault(to, []).append(
                    f"# {row['from']} also cites ISA 62443-2-1:2009 {', '.join(clauses)}: clauses of the 2009 edition, which do"
                    " not carry over to the 2024 edition's requirements (links to 2-1 below are our reading)")
            if "note" in row and srs:
                notes.setdefault(to, []).append(f"# uncertain: crosswalk {row['from']} -> {', '.join(row['to'])}: {row['note']}")
    return links, notes


def sr_key(sr):
    major, minor = sr.split()[1].split(".")
    return (int(major), int(minor))


def write(path, text, force):
    if os.path.exists(path) and not force:
        print(f"{path} exists; not overwritten (use --force)")
        return
    with open(path, "w") as f:
        f.write(text)
    print("wrote", path)


def mapping_file(mid, reference, header, nodes, links=None, notes=None, sources=()):
    out = [*header, "format = 1", "", "[mapping]", f"id = {q(mid)}", f"reference = {q(reference)}", ""]
    for s in sources:
        out += ["[[source]]", f"id = {q(s)}", ""]
    for n in nodes:
        out += ["[[item]]", f"id = {q(n['id'])}"]
        if n.get("parent"):
            out.append(f"parent = {q(n['parent'])}")
        if not n["assessable"]:
            out.append("assessable = false")
        for note in (notes or {}).get(n["id"], []):
            out.append(note)
        out.append("")
        for sr, origins in sorted((links or {}).get(n["id"], {}).items(), key=lambda kv: sr_key(kv[0])):
            out += [
                f"# NIST CSF 1.1 {', '.join(origins)} cites ISA 62443-3-3:2013 {sr}; crosswalk {', '.join(origins)} -> {n['id']}",
                "[[item.link]]",
                'questionnaire = "iec62443-3-3"',
                f"requirement = {q(sr)}",
                'kind = "supports"',
                'source = "nist-csf-1.1"',
                "",
            ]
    return "\n".join(out).rstrip() + "\n"


def ftl(title, short, nodes, sources=()):
    out = ["mapping =", f"    .title = {title}", f"    .short = {short}", ""]
    for sid, citation, short in sources:
        out += [f"source-{key(sid)} =", f"    .title = {citation}", f"    .short = {short}", ""]
    for n in nodes:
        out += [f"item-{key(n['id'])} =", f"    .title = {n['title']}"]
    return "\n".join(out) + "\n"


def main():
    force = "--force" in sys.argv
    os.makedirs("questionnaires/mappings", exist_ok=True)
    common = [
        "# Structure only: the words are in locales/<lang>/mapping-{id}.ftl (item titles, and the one-line rationale of",
        "# every link of our own reading). Links: the 62443 requirements that support an item, each with its kind",
        "# (equivalent, supports, partial) and its source. The verdict rule is in docs/alignment.md.",
    ]

    nis2 = tomllib.load(open(REF + "nis2-art21.toml", "rb"))["node"]
    nis2 = [n for n in nis2 if n["kind"] in ("paragraph", "point")]
    write("questionnaires/mappings/nis2.toml", mapping_file(
        "nis2", "Directive (EU) 2022/2555 (NIS2), Article 21(2)",
        ["# NIS2: Directive (EU) 2022/2555, Article 21(2) points (a)-(j), the cybersecurity risk-management measures.",
         "# Generated first by scripts/generate-mappings.py from tests/reference/nis2-art21.toml (ids as published).",
         "# The Annex of Implementing Regulation (EU) 2024/2690 details the points for some entity types; it is not",
         "# mapped item by item here. No published mapping from NIS2 to IEC 62443 exists: every link is our reading.",
         *[c.replace("{id}", "nis2") for c in common], ""],
        nis2), force)
    write("locales/en/mapping-nis2.ftl", ftl("NIS2 Directive, Article 21(2)", "NIS2", nis2), force)

    csf = tomllib.load(open(REF + "nist-csf-2.0.toml", "rb"))["node"]
    links, notes = nist_links()
    write("questionnaires/mappings/csf2.toml", mapping_file(
        "csf2", "NIST Cybersecurity Framework (CSF) 2.0",
        ["# NIST Cybersecurity Framework 2.0 (NIST CSWP 29, 2024): functions, categories and subcategories, ids as published.",
         "# Generated first by scripts/generate-mappings.py from tests/reference/nist-csf-2.0.toml and",
         "# tests/reference/nist-csf-1.1-62443-refs.toml. Links with source \"nist-csf-1.1\" are NIST's own: the CSF 1.1",
         "# Core's informative references to ISA 62443-3-3:2013 (SR ids, no REs), carried to CSF 2.0 through the 1.1 -> 2.0",
         "# crosswalk NIST publishes; each is traced in the comment above it. NIST does not grade its references; they are",
         "# recorded as \"supports\". NIST's references to ISA 62443-2-1:2009 name clauses of an edition whose structure the",
         "# 2024 edition does not keep, so they are named in comments only; the links to 2-1, 2-4, 3-2 and 4-1 are our reading.",
         *[c.replace("{id}", "csf2") for c in common], ""],
        csf, links, notes, sources=["nist-csf-1.1"]), force)
    write("locales/en/mapping-csf2.ftl", ftl(
        "NIST Cybersecurity Framework 2.0", "CSF 2.0", csf,
        [("nist-csf-1.1", "NIST CSF 1.1 informative references to ISA 62443-3-3:2013, via NIST's CSF 1.1 to 2.0 crosswalk",
          "NIST CSF 1.1 reference")]),
        force)

    cra = tomllib.load(open(REF + "cra-annex-i.toml", "rb"))["node"]
    write("questionnaires/mappings/cra.toml", mapping_file(
        "cra", "Regulation (EU) 2024/2847 (Cyber Resilience Act), Annex I",
        ["# Cyber Resilience Act: Regulation (EU) 2024/2847, Annex I (essential cybersecurity requirements): Part I (1),",
         "# (2)(a)-(m) on the product, Part II (1)-(8) on the manufacturer's vulnerability handling. Ids as in",
         "# tests/reference/cra-annex-i.toml. The harmonised standards under the CRA were not published when this was",
         "# written: every link is our reading, to 62443-4-2 (the product) and 62443-4-1 (the supplier's process).",
         *[c.replace("{id}", "cra") for c in common], ""],
        cra), force)
    write("locales/en/mapping-cra.ftl", ftl("Cyber Resilience Act, Annex I", "CRA", cra), force)


main()
