#!/usr/bin/env python3
"""Generate demo/integrator.toml, the integrator's 62443-2-4 self-assessment in the iacs-assess demo.

Hydro Automation GmbH, Aqua Valley Water Ltd, Riverside Water Treatment Works and every person named
here are FICTIONAL. Hydro Automation is the integrator of the water works demo (demo/water-works.toml);
here it assesses itself against IEC 62443-2-4 before sending its capability statement to Aqua Valley,
whose profile for the Riverside upgrade is questionnaires/profiles/demo-aqua-valley-integrator.toml.

What the file shows, when scored or checked against that profile:
- most requirements at ML2 or ML3, a few at ML1, three not implemented, one ML4;
- SP.04 (wireless) and SP.05 (safety instrumented systems) not offered, each area with one reason;
- one answer not applicable, four requirements left unanswered, two answers flagged;
- notes in plain words, some of them plainly internal (a colleague on leave, an outdated template),
  so that a capability statement without notes visibly leaves them out;
- gaps against the profile: remote access and segmentation below the ML3 asked, and the SIS area
  asked at ML2 but not offered.

Deterministic: no clock, no random module. Shares its helpers with demo/generate.py.

Usage (from anywhere):
    python3 demo/generate-integrator.py      # writes demo/integrator.toml
    target/debug/iacs-assess score demo/integrator.toml

The texts are written for this demo; none is taken from the standard.
"""

import functools
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from generate import arr, load, natural_cmp, s, schedule  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "demo" / "integrator.toml"
Q = "iec62443-2-4"

KATRIN = "Katrin Vogel"  # quality and security lead of Hydro Automation
MARTIN = "Martin Hale"  # external consultant who reviews the self-assessment

TITLE = "Hydro Automation GmbH - IEC 62443-2-4 self-assessment 2026"
ORGANISATION = "Hydro Automation GmbH"
SITE = "Head office and service centre, Kassel"
CREATED = "2026-11-16T07:55:00Z"
SYSTEM = "Hydro Automation integration and maintenance services"
TARGET_MATURITY = 3  # the company's own aim: ML3 across everything it offers

# name, role, organisation (empty: Hydro Automation itself)
PEOPLE = {
    "SK": ("Sabine Krüger", "Project manager, integration projects", ""),
    "LB": ("Lukas Brandt", "Service engineer, maintenance contracts", ""),
    "JW": ("Jonas Weber", "Network and security engineer", ""),
    "PS": ("Petra Schulz", "HR and subcontractor management", ""),
    "EY": ("Emre Yilmaz", "Head of the service desk", ""),
    "TN": ("Tomasz Nowak", "Site lead of the panel builder", "Nowak Schaltanlagenbau GmbH"),
}

NO_WIRELESS = (
    "Hydro Automation does no wireless work: radio links, Wi-Fi and cellular routers are left to the "
    "customer's telecoms team or a radio specialist, and our offers say so."
)
NO_SIS = (
    "Safety instrumented systems are not part of our offer since 2026: the SIS vendor's own service "
    "team designs, changes and maintains them. Our work stops at the control system side of the "
    "read-only gateway."
)

# Evidence references (Hydro Automation's quality management system).
DUTIES = "HA-QMS-02 Security duties of staff rev 3"
SUBCON = "HA-QMS-04 Subcontractor security clause rev 2"
REMOTE = "HA-QMS-07 Remote access procedure rev 4"
HARDEN = "HA-QMS-09 Hardening guide rev 5"
PATCH = "HA-QMS-11 Patch procedure rev 2"
BACKUP = "HA-QMS-12 Backup and restore procedure rev 3"
INCIDENT = "HA-QMS-14 Incident handling procedure rev 2"
ACCOUNTS = "HA-QMS-15 Account and password rules rev 3"
MALWARE = "HA-QMS-16 Malware protection procedure rev 2"
NETWORK = "HA-QMS-18 Network design rules rev 1"
DOCS = "HA-QMS-20 Documentation and configuration rules rev 2"

# (requirement, value or None for unanswered, interviewee, note, evidence, flagged)
ROWS = [
    ("SP.01.01 BR", "ml3", "PS", "Security duties are part of every job description; yearly refresher with attendance lists.", [DUTIES, "Training records 2026"], False),
    ("SP.01.01 RE(1)", "ml2", "PS", "The clause is in new subcontracts since 2025; older framework contracts still lack it.", [SUBCON], False),
    ("SP.01.02 BR", "ml3", "SK", "Every project starts with a briefing on the customer's site rules and security policy.", ["Project kick-off checklist rev 6"], False),
    ("SP.01.02 RE(1)", "ml3", "SK", "", ["Permit-to-work records, Riverside 2026"], False),
    ("SP.01.03 BR", "ml3", "PS", "", ["Employment contract template, clause 12"], False),
    ("SP.01.03 RE(1)", "ml2", "PS", "", [SUBCON], False),
    ("SP.01.04 BR", "ml2", "PS", "New hires are checked since 2023; long-serving staff were never checked again.", ["HA-HR-05 Background check procedure"], False),
    ("SP.01.04 RE(1)", "ml1", "TN", "Nowak says its electricians are checked, but we have never seen a record. Petra is on leave until January; check the subcontractor files after.", [], True),
    ("SP.01.05 BR", "ml3", "SK", "A named security contact and a deputy for every project, written into the contract annex.", ["Contract annex S template"], False),
    ("SP.01.06 BR", "ml2", "PS", "The security lead holds a 62443 certificate; the deputy's training is still planned.", [], False),
    ("SP.01.07 BR", "ml2", "SK", "", ["Project kick-off checklist rev 6"], False),
    ("SP.02.01 BR", "ml2", "JW", "We ask suppliers for security certificates, but only the PLC family has one so far.", [], False),
    ("SP.02.02 BR", "ml2", "JW", "", [], False),
    ("SP.02.02 RE(1)", "ml3", "JW", "No scan without the customer's written approval; the form is part of the procedure.", ["Scan approval form F-23"], False),
    ("SP.02.02 RE(2)", "ml2", "JW", "", [], False),
    ("SP.02.02 RE(3)", "ml2", "JW", "Active scans run on standby equipment first; field networks are only listened to.", [], False),
    ("SP.02.03 BR", "ml3", "JW", "", [HARDEN], False),
    ("SP.02.03 RE(1)", "ml2", "LB", "The hardening checklist is filled in at the factory test, not again after a rebuild.", [], False),
    ("SP.03.01 BR", "ml3", "SK", "", ["Risk assessment template RA-01 rev 2"], False),
    ("SP.03.01 RE(1)", "ml3", "SK", "", ["Handover minutes template"], False),
    ("SP.03.01 RE(2)", "not-implemented", "SK", "Designs are reviewed by a second engineer of the same team, never by anyone outside.", [], False),
    ("SP.03.02 BR", "ml2", "JW", "Segmentation follows the approved design in new projects; at Riverside the field network is still flat.", [NETWORK], False),
    ("SP.03.02 RE(1)", "ml2", "JW", "", [NETWORK], False),
    ("SP.03.02 RE(2)", "ml2", "JW", "The network rules are one year old and have been used on two projects so far.", [NETWORK], False),
    ("SP.03.03 BR", "ml2", "JW", "", [], False),
    ("SP.03.03 RE(1)", "ml1", "JW", "The team knows the weak points of the fieldbus protocols, but nothing is written down per project.", [], False),
    ("SP.03.04 BR", "ml3", "JW", "", [NETWORK], False),
    ("SP.03.05 BR", "ml3", "JW", "", [HARDEN], False),
    ("SP.03.05 RE(1)", "na", "JW", "None of the control systems we integrate uses certificates yet, so there is nothing to restrict.", [], False),
    ("SP.03.06 BR", "ml3", "JW", "", [HARDEN], False),
    ("SP.03.07 BR", "ml2", "LB", "Service laptops are managed by our IT, but they are still plugged straight into field switches.", [], False),
    ("SP.03.07 RE(1)", "ml2", "LB", "", [REMOTE], False),
    ("SP.03.08 BR", "ml2", "JW", "", [NETWORK], False),
    ("SP.03.08 RE(1)", "ml2", "JW", "", [], False),
    ("SP.03.08 RE(2)", "ml2", "JW", "", [], False),
    ("SP.03.08 RE(3)", "ml1", "JW", "Only the newer switch family supports it; the older one is still sold.", [], False),
    ("SP.03.09 BR", "ml2", "JW", "", [], False),
    ("SP.03.10 BR", "ml2", "SK", "", [DOCS], False),
    ("SP.03.10 RE(1)", "ml2", "JW", "", [], False),
    ("SP.03.10 RE(2)", "ml2", "SK", "", [DOCS], False),
    ("SP.03.10 RE(3)", "ml3", "JW", "", ["Approved cryptography list rev 1"], False),
    ("SP.03.10 RE(4)", None, "LB", "", [], False),
    ("SP.04.01 BR", "not-offered", "SK", NO_WIRELESS, [], False),
    ("SP.04.02 BR", "not-offered", "SK", NO_WIRELESS, [], False),
    ("SP.04.02 RE(1)", "not-offered", "SK", NO_WIRELESS, [], False),
    ("SP.04.03 BR", "not-offered", "SK", NO_WIRELESS, [], False),
    ("SP.04.03 RE(1)", "not-offered", "SK", NO_WIRELESS, [], False),
    ("SP.04.03 RE(2)", "not-offered", "SK", NO_WIRELESS, [], False),
    ("SP.05.01 BR", "not-offered", "SK", NO_SIS, [], False),
    ("SP.05.02 BR", "not-offered", "SK", NO_SIS, [], False),
    ("SP.05.03 BR", "not-offered", "SK", NO_SIS, [], False),
    ("SP.05.04 BR", "not-offered", "SK", NO_SIS, [], False),
    ("SP.05.05 BR", "not-offered", "SK", NO_SIS, [], False),
    ("SP.05.05 RE(1)", "not-offered", "SK", NO_SIS, [], False),
    ("SP.05.06 BR", "not-offered", "SK", NO_SIS, [], False),
    ("SP.05.07 BR", "not-offered", "SK", NO_SIS, [], False),
    ("SP.05.08 BR", "not-offered", "SK", NO_SIS, [], False),
    ("SP.05.09 BR", "not-offered", "SK", NO_SIS, [], False),
    ("SP.05.09 RE(1)", "not-offered", "SK", NO_SIS, [], False),
    ("SP.05.09 RE(2)", "not-offered", "SK", NO_SIS, [], False),
    ("SP.06.01 BR", "ml3", "SK", "", [DOCS], False),
    ("SP.06.01 RE(1)", "ml2", "LB", "As-built drawings trail site changes by months; the service contracts do not pay for updating them.", [], False),
    ("SP.06.02 BR", "ml3", "LB", "", ["Asset register export, Riverside rev 14"], False),
    ("SP.06.03 BR", "ml2", "LB", "", [], False),
    ("SP.07.01 BR", "ml3", "EY", "One remote access path per customer, through the customer's own gateway; no other tools allowed.", [REMOTE], False),
    ("SP.07.02 BR", "ml3", "EY", "", [REMOTE], False),
    ("SP.07.03 BR", "ml2", "EY", "The form for proposed connections exists, but the 2019 template still asks for a modem number. Do not hand it out before it is updated.", ["Remote connection request form F-07 (2019)"], False),
    ("SP.07.04 BR", "ml2", "EY", "Every session is approved by the customer in writing; on weekend call-outs engineers connect first and report afterwards.", [REMOTE, "Service desk tickets, October 2026"], False),
    ("SP.07.04 RE(1)", "ml3", "JW", "VPN with multi-factor login for every Hydro Automation account.", [REMOTE], False),
    ("SP.08.01 BR", "ml3", "EY", "", [INCIDENT, "Incident exercise report 2026-05"], False),
    ("SP.08.01 RE(1)", "ml2", "EY", "", [INCIDENT], False),
    ("SP.08.02 BR", "ml2", "JW", "", [], False),
    ("SP.08.02 RE(1)", "ml2", "JW", "", [], False),
    ("SP.08.02 RE(2)", "not-implemented", "JW", "We have never tested audit logging with a simulated event.", [], False),
    ("SP.08.03 BR", "ml3", "SK", "", ["Alarm list template rev 4"], False),
    ("SP.08.03 RE(1)", "ml2", "JW", "", [], False),
    ("SP.08.04 BR", None, "JW", "", [], False),
    ("SP.09.01 BR", "ml2", "JW", "", [ACCOUNTS], False),
    ("SP.09.02 BR", "ml3", "JW", "Personal accounts for everyone we send; shared accounts only where the customer insists, in writing.", [ACCOUNTS], False),
    ("SP.09.02 RE(1)", "ml3", "JW", "", [ACCOUNTS], False),
    ("SP.09.02 RE(2)", "ml1", "JW", "", [], False),
    ("SP.09.02 RE(3)", "ml3", "JW", "", [ACCOUNTS], False),
    ("SP.09.02 RE(4)", "ml3", "JW", "", [HARDEN], False),
    ("SP.09.03 BR", "ml3", "JW", "", [HARDEN], False),
    ("SP.09.04 BR", "ml2", "EY", "", [ACCOUNTS], False),
    ("SP.09.04 RE(1)", "ml2", "EY", "", [], False),
    ("SP.09.05 BR", "ml3", "JW", "", [ACCOUNTS], False),
    ("SP.09.06 BR", "ml2", "JW", "", [ACCOUNTS], False),
    ("SP.09.06 RE(1)", "ml2", "JW", "", [], False),
    ("SP.09.07 BR", "ml3", "JW", "Changing default passwords is a line of the commissioning checklist, signed by two people.", [HARDEN, "Commissioning checklist rev 8"], False),
    ("SP.09.08 BR", "ml2", "JW", "", [ACCOUNTS], False),
    ("SP.09.08 RE(1)", None, "JW", "", [], False),
    ("SP.09.09 BR", "ml2", "EY", "Shared passwords are said to be in the vault; Martin wants to see a redacted extract before we claim more.", [], True),
    ("SP.09.09 RE(1)", "ml1", "EY", "", [], False),
    ("SP.10.01 BR", "ml3", "LB", "", [MALWARE], False),
    ("SP.10.02 BR", "ml3", "LB", "", [MALWARE], False),
    ("SP.10.02 RE(1)", "ml3", "LB", "", ["Antivirus status report template"], False),
    ("SP.10.03 BR", "ml2", "LB", "Detection is tested with a harmless test file at the factory test only.", [], False),
    ("SP.10.04 BR", "ml3", "LB", "", [MALWARE], False),
    ("SP.10.05 BR", "ml3", "LB", "", ["Factory test reports 2026"], False),
    ("SP.10.05 RE(1)", "not-implemented", "LB", "Engineers still use their own USB sticks; dedicated ones were ordered in October.", [], False),
    ("SP.10.05 RE(2)", "ml2", "LB", "", [MALWARE], False),
    ("SP.11.01 BR", "ml2", "LB", "", [PATCH], False),
    ("SP.11.01 RE(1)", "ml1", "LB", "", [], False),
    ("SP.11.02 BR", "ml2", "LB", "Quarterly patch report to each customer; PLC and switch firmware are not in it yet.", ["Patch report template rev 2"], False),
    ("SP.11.02 RE(1)", "ml2", "LB", "", [PATCH], False),
    ("SP.11.02 RE(2)", "ml2", "LB", "", [], False),
    ("SP.11.03 BR", "ml3", "LB", "", [PATCH], False),
    ("SP.11.04 BR", "ml3", "LB", "", [PATCH], False),
    ("SP.11.05 BR", "ml3", "EY", "No patch is installed without the customer's signature on the change form.", [PATCH], False),
    ("SP.11.06 BR", "ml2", "LB", "", [PATCH], False),
    ("SP.11.06 RE(1)", "ml2", "LB", "", [HARDEN], False),
    ("SP.11.06 RE(2)", "ml3", "JW", "", [PATCH], False),
    ("SP.11.06 RE(3)", None, "LB", "", [], False),
    ("SP.12.01 BR", "ml3", "LB", "", [BACKUP], False),
    ("SP.12.02 BR", "ml3", "LB", "", [BACKUP], False),
    ("SP.12.03 BR", "ml3", "LB", "", [BACKUP], False),
    ("SP.12.04 BR", "ml3", "LB", "", [BACKUP], False),
    ("SP.12.05 BR", "ml4", "LB", "A full restore is shown before every handover; restore times are measured and have come down each year.", ["Restore test reports 2024-2026"], False),
    ("SP.12.06 BR", "ml3", "LB", "", [BACKUP], False),
    ("SP.12.07 BR", "ml3", "LB", "", [], False),
    ("SP.12.08 BR", "ml2", "LB", "", [], False),
    ("SP.12.09 BR", "ml2", "SK", "The recovery plan template is the one from 2021 and names people who have left; Katrin to rewrite it.", ["Disaster recovery plan template (2021)"], False),
]

# Two interview days: Katrin asks about the first half, Martin about the second.
SESSIONS = [("2026-11-16T08:05:00", KATRIN, "SP.01", "SP.06"), ("2026-11-17T08:10:00", MARTIN, "SP.07", "SP.12")]


def answers():
    req_ids = [r["id"] for r in load(Q)["requirement"]]
    by_id = {r[0]: r for r in ROWS}
    if len(by_id) != len(ROWS) or sorted(by_id) != sorted(req_ids):
        sys.exit(f"{Q}: every requirement once: missing {set(req_ids) - set(by_id)}, unknown {set(by_id) - set(req_ids)}")
    done = []
    for n, (start, assessor, first, last) in enumerate(SESSIONS):
        rows = [by_id[r] for r in req_ids if first <= r[:5] <= last and by_id[r][1]]
        day = [dict(requirement=r, value=v, interviewee=PEOPLE[who][0], note=note, evidence=list(ev), flagged=fl,
                    assessor=assessor) for r, v, who, note, ev, fl in rows]
        for a in day:
            if a["value"] in ("na", "not-offered") and not a["note"]:
                sys.exit(f"{a['requirement']}: {a['value']} needs a note")
        schedule(day, start, seed=2300 + 31 * n)
        done.extend(day)
    return done


def main():
    given = answers()
    out = [
        "# Demo self-assessment of iacs-assess: the FICTIONAL integrator Hydro Automation GmbH against",
        "# IEC 62443-2-4. Generated by demo/generate-integrator.py; edit that script, not this file.",
        "format = 3",
        "",
        "[assessment]",
        f"title = {s(TITLE)}",
        f"organisation = {s(ORGANISATION)}",
        f"site = {s(SITE)}",
        f"assessors = {arr([KATRIN, MARTIN])}",
        f"created = {s(CREATED)}",
        f"modified = {s(max(a['time'] for a in given))}",
        'language = "en"',
        f"questionnaires = {arr([Q])}",
        # service_scope: both services (the default, which iacs-assess does not write)
        "",
        "[targets]",
        f"maturity = {TARGET_MATURITY}",
        'sl_t_method = "risk-reduction"',
        "",
        # Every assessment has a system under consideration (iacs-assess adds one on reading);
        # for a provider's self-assessment it is the services assessed.
        "[[system]]",
        'id = "SUC"',
        f"name = {s(SYSTEM)}",
    ]
    for name, role, org in sorted(PEOPLE.values()):
        out += ["", "[[interviewee]]", f"name = {s(name)}", f"role = {s(role)}"]
        if org:
            out.append(f"organisation = {s(org)}")
    nat = functools.cmp_to_key(natural_cmp)
    for a in sorted(given, key=lambda a: nat(a["requirement"])):
        out += ["", "[[answer]]", f"questionnaire = {s(Q)}", f"requirement = {s(a['requirement'])}",
                f"value = {s(a['value'])}"]
        if a["note"]:
            out.append(f"note = {s(a['note'])}")
        if a["evidence"]:
            out.append(f"evidence = {arr(a['evidence'])}")
        out += [f"interviewee = {s(a['interviewee'])}", f"assessor = {s(a['assessor'])}", f"time = {s(a['time'])}"]
        if a["flagged"]:
            out.append("flagged = true")
    OUT.write_text("\n".join(out) + "\n", encoding="utf-8")
    notes = sum(bool(a["note"]) for a in given)
    print(f"wrote {OUT.relative_to(ROOT)}: {len(given)} answers of {len(ROWS)}, notes {notes}, "
          f"flagged {sum(a['flagged'] for a in given)}")


if __name__ == "__main__":
    main()
