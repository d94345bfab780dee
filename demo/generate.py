#!/usr/bin/env python3
"""Generate demo/water-works.toml, the demo assessment of iacs-assess.

The plant, the utility, the integrator and every person named here are FICTIONAL. The demo is
"Riverside Water Treatment Works" of "Aqua Valley Water Ltd" (AVW), assessed over three days in
October 2026 by two auditors (and the morning after for the chlorine dosing PLC), with the
integrator "Hydro Automation GmbH" self-assessing against IEC 62443-2-4. Trainers use it in
class; the tool offers it as its demo.

What the file contains:
- metadata, targets (ML 2 with a few per-group targets, SL-T by risk reduction) and a description
  of the system under consideration as its one [[system]] (id SUC), which the 3-2 answers name;
- five zones (Z-ENT, Z-DMZ, Z-SCADA, Z-CTRL, Z-SIS) and five conduits, Z-SIS with a manual SL-T;
- a risk register of 14 threat scenarios, three of them with an intolerable residual risk;
- nine compensating countermeasure records for the 3-3 answers "compensated": seven approved ones
  for Z-SIS (reviewed at the proof tests, next review 2028-10-31), one for Z-SCADA still waiting
  for the plant manager's approval, one for Z-CTRL past its review date; one compensated answer
  (Z-SCADA SR 7.7) has no record, so the review list shows all three cases;
- a remediation plan (demo/plan.toml): the 74 actions `plan propose` made from the gaps, six of
  them accepted (owners, due dates, effort; one in progress, one done, one dropped, one overdue
  from 2026-11-21 on);
- [risk_model]: an exact copy of questionnaires/risk-models/default.toml (without its `format`
  line, tables moved under risk_model), read from that file when this script runs;
- six components (62443-4-2) in the zones: three with an SL-C declared by certificate (ISASecure
  CSA, IECEE CB), one by its supplier's statement, the historian with no SL-C (unknown), and the
  chlorine dosing PLC assessed by answering 4-2 for it; the PLC holds Z-CTRL back in FR 1;
- an answer to every requirement of 62443-2-1 (87), 2-4 (123), 3-2 (32), 3-3 (100 for each of
  the five zones) and 4-2 (the 87 asked of an embedded device, for PLC-CL2-01), sorted by
  questionnaire, target and requirement in natural order (for 2-4, 3-2 and 3-3 the order of the
  questionnaire files). Values, notes, evidence, interviewees and flags are written out below; only the answer
  times and which routine answers carry a standard evidence reference follow simple fixed rules.

The results are meant to show, when scored: maturity below and above target in different groups,
SL gaps on most zones and none on Z-SIS, intolerable residual risks, a few flagged answers, and a
zone check with one component below its zone's SL-T ("Z-CTRL FR 1: PLC-CL2-01 (SL-C 1) below SL-T 2")
and one unknown.

Deterministic: no clock, no random module; the same repository gives the same file, byte for byte.

Usage (from anywhere):
    python3 demo/generate.py            # writes demo/water-works.toml
    target/debug/iacs-assess score demo/water-works.toml

Python 3.11 or newer (tomllib). The texts are written for this demo; none is taken from the
standards.
"""

import functools
import json
import re
import sys
import tomllib
from datetime import datetime, timedelta, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
QDIR = ROOT / "questionnaires"
OUT = ROOT / "demo" / "water-works.toml"
PLAN = ROOT / "demo" / "plan.toml"  # the remediation plan ([[action]]), made with `iacs-assess plan`

# ---------------------------------------------------------------------------------------------
# People (fictional)
# ---------------------------------------------------------------------------------------------

HELEN = "Helen Marsh"
DAVID = "David Okafor"
ASSESSORS = [HELEN, DAVID]

PEOPLE = {
    "PM": "Mark Ellison (plant manager)",
    "OT": "Priya Natarajan (OT engineer)",
    "IT": "Gareth Lloyd (IT lead)",
    "HR": "Aisha Rahman (HR business partner)",
    "SUP": "Tom Reilly (control room shift supervisor)",
    "HAPM": "Sabine Krüger (integrator PM, Hydro Automation)",
    "HASE": "Lukas Brandt (service engineer, Hydro Automation)",
}

# ---------------------------------------------------------------------------------------------
# Metadata, targets
# ---------------------------------------------------------------------------------------------

TITLE = "Riverside Water Treatment Works - IEC 62443 assessment 2026"
ORGANISATION = "Aqua Valley Water Ltd"
SITE = "Riverside Water Treatment Works"
QUESTIONNAIRES = ["iec62443-2-1", "iec62443-2-4", "iec62443-3-2", "iec62443-3-3", "iec62443-4-2"]
CREATED = "2026-10-13T07:42:00Z"

SUC = (
    "Riverside Water Treatment Works takes raw water from the River Wend through the intake screens "
    "and low-lift pumps, doses coagulant and flocculates it, settles it in two clarifiers, passes it "
    "through eight rapid gravity filters with automatic backwash, disinfects it with chlorine gas in "
    "the contact tank and sends up to 60 Ml/d into supply through the treated-water pumping station. "
    "Nine remote sites (three service reservoirs, four booster pumping stations, two boreholes) report "
    "to the works over a private cellular APN. The plant is run from a control room staffed around the "
    "clock, through a redundant SCADA system with four operator HMIs, an engineering workstation, a "
    "process historian and a telemetry front end; PLCs on a fibre field ring control each process "
    "stage, and a separate safety instrumented system protects the chlorine store and dosing room. An "
    "industrial DMZ separates the OT networks from Aqua Valley's office network and carries remote "
    "access for the integrator Hydro Automation GmbH and for AVW's on-call engineers. The SUC ends at "
    "the office leg of the DMZ firewall: the office zone is included only as the origin of traffic "
    "into the DMZ. Out of scope: the internal controllers of the packaged coagulant dosing skids "
    "(vendor units, hardwired to PLC-COAG-01) and the head-office systems of Aqua Valley."
)

TARGETS_MATURITY = 2
TARGET_GROUPS = {
    "iec62443-2-1": {"SPE 3": 3, "SPE 8": 3},
    "iec62443-2-4": {"SP.05": 3, "SP.07": 3},
}
# Steps of the unmitigated risk above the tolerable line (format 3; the same numbers as the
# risk-level lookup with the default model).
SL_T_METHOD = "risk-reduction"
SUC_ID = "SUC"

# ---------------------------------------------------------------------------------------------
# Zones and conduits
# ---------------------------------------------------------------------------------------------

ZONES = [
    {
        "id": "Z-ENT",
        "name": "Enterprise IT",
        "description": (
            "Aqua Valley's office network at Riverside: office PCs and laptops, the site file server, "
            "the laboratory information system and the links to head office. Run by group IT."
        ),
        "assets": [
            "CORP-FW-01 internet edge firewall",
            "AD-DC03 site domain controller",
            "FS-RIV-01 file server",
            "LIMS-01 laboratory information system",
            "about 45 office PCs and laptops",
            "office Wi-Fi (802.1X) and guest Wi-Fi",
        ],
    },
    {
        "id": "Z-DMZ",
        "name": "Industrial DMZ",
        "description": (
            "Between the office leg and the OT leg of DMZ-FW-01, the only place where office and OT "
            "traffic meet: historian replica for office reports, patch and antivirus servers for OT, "
            "time servers, the remote access gateway and the jump host."
        ),
        "assets": [
            "DMZ-FW-01 firewall (active/passive pair)",
            "HIST-R01 historian replica",
            "WSUS-OT-01 patch server",
            "AV-OT-01 antivirus console",
            "RAS-01 remote access VPN gateway",
            "JMP-01 jump host",
            "LOG-01 log collector",
            "NTP-01, NTP-02 GPS time servers",
        ],
    },
    {
        "id": "Z-SCADA",
        "name": "SCADA servers and HMIs",
        "description": (
            "Control room and OT server room: the redundant SCADA servers, the operator HMIs, the "
            "engineering workstation, the process historian and the telemetry front end that polls "
            "the remote sites."
        ),
        "assets": [
            "SCADA-01, SCADA-02 redundant SCADA servers",
            "HMI-01 to HMI-04 operator stations",
            "EWS-01 engineering workstation",
            "HIST-01 process historian",
            "TEL-FE-01 telemetry front end",
            "OT-SW-CORE-01 core switch",
        ],
        "adjustments": [],
    },
    {
        "id": "Z-CTRL",
        "name": "PLCs and field network",
        "description": (
            "Process controllers and the fibre field ring of the works (intake and raw-water pumps, "
            "coagulation, filters and backwash, chlorine dosing, treated-water pumps), the local "
            "operator panels, and the outstations of the nine remote sites with their cellular routers."
        ),
        "assets": [
            "PLC-INT-01 intake and raw-water pumps",
            "PLC-COAG-01 coagulant dosing and flocculation",
            "PLC-FILT-01, PLC-FILT-02 filters and backwash",
            "PLC-CL2-01 chlorine dosing",
            "PLC-TWP-01 treated-water pumps",
            "RTU-RS-01 to RTU-RS-09 remote site outstations",
            "CELL-RTR-01 to CELL-RTR-09 cellular routers",
            "FSW-01 to FSW-08 field ring switches",
            "OP-01 to OP-06 local operator panels",
        ],
        "adjustments": ["no-confidential-data"],
    },
    {
        "id": "Z-SIS",
        "name": "Chlorine safety system",
        "description": (
            "Safety instrumented system of the chlorine store and dosing room: gas detectors, automatic "
            "shut-off valves on the drum connections and the emergency scrubber. Own network in the "
            "chlorine building; status goes to the control system over a read-only serial gateway."
        ),
        "assets": [
            "CL-SIS-01 safety controller",
            "SIS-EWS-01 SIS engineering workstation (kept offline)",
            "GD-01 to GD-06 chlorine gas detectors",
            "XV-201 to XV-204 drum shut-off valves",
            "SCR-01 emergency scrubber",
            "GW-SIS-01 read-only serial gateway",
        ],
        "adjustments": ["no-confidential-data"],
        "sl_t": {
            "vector": [3, 3, 3, 1, 3, 2, 3],
            "justification": (
                "Set by the AVW process safety panel on 2026-10-15 under company rule AVW-SAF-STD-011: "
                "a zone that holds safety functions for chlorine gas is designed to SL 3 in IAC, UC, SI, "
                "RDF and RA whatever the risk register derives, because a release could harm the public "
                "beyond the fence. TRE 2: the SIS alarms are watched in the control room around the "
                "clock. DC 1: the zone holds no confidential data. The risk model alone derives {3 3 3 1 1 1 1}: "
                "S-11 and the severe-harm floor in IAC, UC and SI, the tolerable floor elsewhere, since no "
                "scenario of the register assesses RDF, TRE or RA for this zone."
            ),
        },
    },
]

CONDUITS = [
    {
        "id": "C-ENT-DMZ",
        "name": "Office to industrial DMZ",
        "from": "Z-ENT",
        "to": "Z-DMZ",
        "description": (
            "Office leg of DMZ-FW-01: office users read reports from HIST-R01 over HTTPS; group IT "
            "feeds WSUS-OT-01 and AV-OT-01 with updates."
        ),
    },
    {
        "id": "C-DMZ-SCADA",
        "name": "DMZ to SCADA",
        "from": "Z-DMZ",
        "to": "Z-SCADA",
        "description": (
            "OT leg of DMZ-FW-01: historian replication HIST-01 to HIST-R01, Windows and antivirus "
            "updates, NTP."
        ),
    },
    {
        "id": "C-REMOTE",
        "name": "Remote access for integrator and on-call engineers",
        "from": "Z-DMZ",
        "to": "Z-SCADA",
        "description": (
            "Internet VPN ending on RAS-01, then RDP from JMP-01 to EWS-01 and the SCADA servers. "
            "Hydro Automation accounts use MFA; the AVW on-call accounts do not."
        ),
    },
    {
        "id": "C-SCADA-CTRL",
        "name": "SCADA to controllers",
        "from": "Z-SCADA",
        "to": "Z-CTRL",
        "description": (
            "Today one flat layer-2 network: SCADA servers, HMIs and EWS-01 reach every PLC over "
            "Modbus/TCP and S7; TEL-FE-01 polls the outstations through the cellular routers."
        ),
    },
    {
        "id": "C-CTRL-SIS",
        "name": "Control system to chlorine SIS",
        "from": "Z-CTRL",
        "to": "Z-SIS",
        "description": (
            "One RS-485 line from GW-SIS-01 to PLC-CL2-01, Modbus RTU read-only: SIS states and gas "
            "readings to the control system; the gateway refuses every write."
        ),
    },
]

# ---------------------------------------------------------------------------------------------
# Risk register. Default model: likelihood/impact 1-5, risk level from the matrix; residual risks of
# S-01, S-04 and S-05 stay intolerable (high).
# ---------------------------------------------------------------------------------------------

SCENARIOS = [
    {
        "id": "S-01", "target": "C-REMOTE",
        "threat": "Ransomware operators enter through the remote access path with stolen on-call VPN credentials",
        "description": (
            "The password of an AVW on-call engineer (no MFA) is phished or reused from a breach. The "
            "attacker connects to RAS-01, moves on to JMP-01, opens RDP to EWS-01 and the SCADA servers "
            "and deploys ransomware across the flat SCADA and field network."
        ),
        "threat_actor": "moderate-resources", "frs": [],
        "likelihood": 4, "impact": 4, "residual": (3, 4),
        "countermeasures": (
            "In place: VPN only to RAS-01, RDP only from JMP-01, MFA for Hydro Automation accounts, "
            "nightly SCADA images with an offline copy. Proposed: MFA for every remote account, approval "
            "of each session by the control room, session recording on JMP-01, accounts enabled only "
            "for the time of the job."
        ),
    },
    {
        "id": "S-02", "target": "Z-ENT",
        "threat": "Phishing e-mail plants a remote access trojan on an office PC",
        "description": (
            "A convincing invoice e-mail gives an attacker a foothold in the office network, from where "
            "credentials are harvested and the office leg of the DMZ firewall is probed."
        ),
        "threat_actor": "simple-means", "frs": [1, 2, 3, 4, 5, 6],
        "likelihood": 4, "impact": 3, "residual": (3, 3),
        "countermeasures": (
            "Mail gateway with attachment sandboxing, EDR watched by the group SOC, MFA on VPN and "
            "Microsoft 365, phishing simulations twice a year."
        ),
    },
    {
        "id": "S-03", "target": "Z-SCADA",
        "threat": "Infected USB stick plugged into an operator HMI",
        "description": (
            "An operator copies shift reports with a personal stick, or a contractor charges a phone on "
            "HMI-02; commodity malware spreads over SMB to the other HMIs and slows or crashes them."
        ),
        "threat_actor": "casual", "frs": [2, 3, 7],
        "likelihood": 4, "impact": 3, "residual": (3, 3),
        "countermeasures": (
            "Antivirus on all HMIs with daily signatures; HMIs can be rebuilt from nightly images. "
            "Proposed: block USB storage on HMIs, scanning station at the control room door."
        ),
    },
    {
        "id": "S-04", "target": "Z-CTRL",
        "threat": "Rogue laptop plugged into the field network at an unattended booster station",
        "description": (
            "Someone with access to a booster station cabinet (a contractor, an intruder) plugs a laptop "
            "into a free switch port, reaches every PLC across the flat network and stops or reprograms "
            "pumps, cutting supply to a district."
        ),
        "threat_actor": "simple-means", "frs": [],
        "likelihood": 3, "impact": 4, "residual": (3, 4),
        "countermeasures": (
            "In place: cabinets locked, intruder alarms at 5 of the 9 remote sites. Proposed: port "
            "security on field switches, a firewall between Z-SCADA and Z-CTRL, CPU passwords on every "
            "PLC. Budget not yet approved, so the residual risk stays high."
        ),
    },
    {
        "id": "S-05", "target": "Z-SCADA",
        "threat": "Insider changes chlorine dosing set-points under the shared HMI account",
        "description": (
            "A disgruntled employee raises the chlorine dose far above the treatment target or sets it "
            "to zero. The shared OPERATOR account hides who did it, and nobody reviews set-point changes."
        ),
        "threat_actor": "simple-means", "frs": [1, 2, 6],
        "likelihood": 3, "impact": 5, "residual": (2, 4),
        "impact_categories": ["health-safety"],
        "countermeasures": (
            "In place: SCADA limits the dose set-point to 0.5-4.0 mg/l, independent chlorine residual "
            "analysers alarm at the works outlet, CCTV in the control room. Proposed: personal HMI "
            "accounts with badge login, daily review of set-point changes by the shift supervisor."
        ),
    },
    {
        "id": "S-06", "target": "Z-DMZ",
        "threat": "Denial of service against the industrial DMZ from a compromised office host",
        "description": (
            "A flood or an exploit against DMZ-FW-01 and the DMZ servers stops historian replication, "
            "patch distribution and remote access. The plant keeps running but support is cut off."
        ),
        "threat_actor": "simple-means", "frs": [5, 7],
        "likelihood": 4, "impact": 3, "residual": (2, 3),
        "countermeasures": (
            "Rate limits and connection caps on the office leg of DMZ-FW-01, firewall pair, SCADA does "
            "not depend on any DMZ service to run the plant."
        ),
    },
    {
        "id": "S-07", "target": "Z-SCADA",
        "threat": "Tampered SCADA update from the vendor's download portal",
        "description": (
            "A compromised vendor build or portal delivers a trojanised patch that is installed during a "
            "quarterly patch window."
        ),
        "threat_actor": "extended-resources", "frs": [3],
        "likelihood": 1, "impact": 5, "residual": (1, 4),
        "impact_categories": ["production"],
        "countermeasures": (
            "Hash checked against the vendor advisory, installed first on the standby SCADA-02 and "
            "watched for a week, media scanned on AV-OT-01."
        ),
    },
    {
        "id": "S-08", "target": "Z-DMZ",
        "threat": "Unpatched service on the historian replica exploited from the office network",
        "description": (
            "HIST-R01 is reachable from every office PC. An attacker exploits it and uses it as a "
            "stepping stone toward the OT leg of the DMZ firewall."
        ),
        "threat_actor": "moderate-resources", "frs": [1, 2, 3, 4, 6],
        "likelihood": 3, "impact": 4, "residual": (2, 3),
        "countermeasures": (
            "Monthly patching from WSUS-OT-01; HIST-R01 only receives data and has no rule toward "
            "Z-SCADA."
        ),
    },
    {
        "id": "S-09", "target": "Z-SCADA",
        "threat": "Ransomware spreads across the SCADA servers, HMIs and historian",
        "description": (
            "Once inside Z-SCADA, ransomware copies the project files out and then encrypts SCADA-01/02, "
            "the HMIs and HIST-01. Operators fall back to the local panels and manual operation."
        ),
        "threat_actor": "moderate-resources", "frs": [],
        "likelihood": 3, "impact": 4, "residual": (3, 3),
        "countermeasures": (
            "Nightly images with an offline copy, manual operation rehearsed twice a year, local "
            "operator panels at every process stage."
        ),
    },
    {
        "id": "S-10", "target": "Z-CTRL",
        "threat": "Broadcast storm or careless network scan stalls PLC communications",
        "description": (
            "A looped patch cable or an unplanned scan from a laptop floods the flat field ring. In the "
            "2024 incident the filter PLCs stopped answering for 20 minutes."
        ),
        "threat_actor": "casual", "frs": [7],
        "likelihood": 3, "impact": 4, "residual": (3, 3),
        "countermeasures": (
            "PLCs run their sequences without SCADA and the filters hold safely. Proposed: storm control "
            "and rate limits on the field switches."
        ),
    },
    {
        "id": "S-11", "target": "Z-SIS",
        "threat": "Chlorine trip logic altered from the SIS engineering workstation",
        "description": (
            "With physical access or through a poisoned backup stick, an attacker raises the gas "
            "detector trip levels so that a chlorine leak would no longer close the drum valves."
        ),
        "threat_actor": "moderate-resources", "frs": [1, 2, 3],
        "likelihood": 1, "impact": 5, "residual": (1, 4),
        "impact_categories": ["health-safety", "environment"],
        "countermeasures": (
            "Keyswitch on the safety controller, SIS-EWS-01 kept offline, one registered USB stick, "
            "program checksum alarm, yearly proof test."
        ),
    },
    {
        "id": "S-12", "target": "C-DMZ-SCADA",
        "threat": "Lateral movement from the DMZ into the SCADA network over broad firewall rules",
        "description": (
            "Rules from the DMZ to the whole SCADA subnet (RDP, SMB) let an attacker on any DMZ server "
            "reach every HMI."
        ),
        "threat_actor": "moderate-resources", "frs": [1, 2, 5],
        "likelihood": 3, "impact": 4, "residual": (2, 3),
        "countermeasures": (
            "Rules narrowed in September 2026 to named hosts and ports; the SMB rule for WSUS is to be "
            "replaced by HTTPS."
        ),
    },
    {
        "id": "S-13", "target": "C-SCADA-CTRL",
        "threat": "Forged Modbus/TCP writes to the chlorine dosing PLC",
        "description": (
            "Any host on the flat network can write registers of PLC-CL2-01; a crafted write changes the "
            "dosing pump speed without passing the SCADA set-point limits."
        ),
        "threat_actor": "simple-means", "frs": [1, 2, 3],
        "likelihood": 3, "impact": 5, "residual": None,
        "impact_categories": ["health-safety"],
        "countermeasures": (
            "Proposed: firewall with Modbus function-code filtering in front of the PLCs, write access "
            "only from SCADA-01/02, dose limits also enforced inside PLC-CL2-01. Residual risk not yet "
            "rated; waiting for Hydro Automation's design."
        ),
    },
    {
        "id": "S-14", "target": "Z-ENT",
        "threat": "Ransomware encrypts the site file server and the laboratory system",
        "description": (
            "Office ransomware hits FS-RIV-01 and LIMS-01; laboratory results must be entered by hand "
            "for some days."
        ),
        "threat_actor": "moderate-resources", "frs": [7],
        "likelihood": 3, "impact": 3, "residual": (2, 3),
        "countermeasures": "Nightly backups to head office, restore tested quarterly by group IT.",
    },
]

# ---------------------------------------------------------------------------------------------
# IEC 62443-2-1: (requirement, value, interviewee, note, evidence, flagged)
# ---------------------------------------------------------------------------------------------

A21 = [
    ("ORG 1.1", "ml2", "PM", "OT security policy signed by the operations director in 2025; the yearly management review has not been held yet.", ["AVW-SEC-POL-001 rev 2"], False),
    ("ORG 1.2", "ml1", "HR", "Employees get a basic check at hiring; agency staff and contractor technicians are not checked by AVW. Follow-up: HR to send the contractor clause.", ["AVW-HR-PRO-004"], True),
    ("ORG 1.3", "ml2", "PM", "RACI in annex B of the OT policy; the shift supervisor interviewed did not know his part in incident reporting.", ["AVW-SEC-POL-001 annex B"], False),
    ("ORG 1.4", "ml2", "HR", "Yearly e-learning for all staff with an OT module since 2026; contractors sign a one-page briefing at the gatehouse.", ["LMS completion report Q3 2026"], False),
    ("ORG 1.5", "ml1", "OT", "The OT engineer attended a 62443 foundation course; the IT staff who run DMZ-FW-01 have no OT training.", [], False),
    ("ORG 1.6", "ml2", "PM", "Security annex in the framework contract with Hydro Automation (2024); not used for the dosing skid purchase in 2026.", ["AVW-PUR-CON-2024-017 annex S"], False),
    ("ORG 2.1", "ml2", "OT", "This assessment is the first zone-level risk assessment; the treatment plan names owners but 4 of 11 actions have no date.", ["AVW-OT-RA-2026 draft v0.3"], False),
    ("ORG 2.2", "ml1", "OT", "No network monitoring; oddities are found only when operators notice strange HMI behaviour.", [], False),
    ("ORG 2.3", "ml1", "OT", "", [], False),
    ("ORG 2.4", "not-implemented", "PM", "No review of the OT security program so far; the first one is planned after this assessment.", [], False),
    ("ORG 3.1", "ml3", "PM", "Badge readers with logs at the gatehouse, control room, server room and MCC rooms; site security reviews the logs monthly.", ["AVW-SITE-SEC-002", "badge log extract control room Sept 2026"], False),
    ("CM 1.1", "ml2", "OT", "Hardware in the CMMS; firmware versions recorded for PLCs but not for switches and routers.", ["CMMS export OT assets 2026-10-01"], False),
    ("CM 1.2", "ml2", "OT", "Network drawing rev F matches the works; the remote sites are drawn only as a 'telemetry cloud'.", ["AVW-OT-NET-002 rev F"], False),
    ("CM 1.3", "ml1", "IT", "Firewall configurations are backed up; there is no approved baseline for Windows nodes or switches.", [], False),
    ("CM 1.4", "ml2", "OT", "The MOC form has asked a security question since 2025; firewall rule changes go through the IT change board only.", ["AVW-ENG-PRO-009 MOC form rev 4"], False),
    ("NET 1.1", "ml2", "IT", "Office and OT separated by DMZ-FW-01, but a legacy rule still lets office PCs reach HIST-01 on TCP 1433.", ["DMZ-FW-01 rule export 2026-10-14"], False),
    ("NET 1.2", "ml2", "OT", "Zones named for the first time in this assessment; conduits shown on drawing rev F.", ["AVW-OT-NET-002 rev F"], False),
    ("NET 1.3", "ml3", "OT", "Chlorine SIS on its own network, read-only serial gateway to the control system; confirmed during the walk-down.", ["photo SIS cabinet CL-SIS-01 2026-10-15"], False),
    ("NET 1.4", "ml2", "OT", "The plant keeps running without the office network: local SCADA accounts, NTP from the DMZ.", [], False),
    ("NET 1.5", "ml1", "IT", "IT can unplug the DMZ uplink, but nobody has decided who may order it and it was never rehearsed.", [], False),
    ("NET 1.6", "not-implemented", "OT", "No port security on any field switch; unused ports are live in the MCC rooms and at the pumping stations.", ["photo field switch FSW-03 2026-10-15"], False),
    ("NET 1.7", "ml1", "OT", "HMIs run file shares and a VNC server; nobody had reviewed them before this visit.", [], False),
    ("NET 1.8", "ml2", "OT", "", [], False),
    ("NET 1.9", "ml2", "OT", "Two GPS time servers in the DMZ; the PLCs take their time from SCADA-01.", [], False),
    ("NET 2.1", "ml2", "OT", "Only wireless in OT is the cellular telemetry to the nine remote sites, over a private APN with IPsec.", ["AVW-TEL-DES-004"], False),
    ("NET 2.2", "ml1", "OT", "Cellular routers at the works land directly on a field ring switch instead of a zone of their own.", [], False),
    ("NET 2.3", "ml2", "OT", "", [], False),
    ("NET 3.1", "ml2", "IT", "Only RAS-01 with JMP-01 is approved; TeamViewer found on EWS-01 and removed during the visit.", ["screenshot EWS-01 installed programs 2026-10-14"], False),
    ("NET 3.2", "ml1", "IT", "MFA for Hydro Automation only; AVW on-call engineers connect with a password and nobody approves the session.", ["RAS-01 user list export 2026-10-14"], False),
    ("NET 3.3", "ml1", "IT", "RAS-01 drops sessions after 8 hours idle; the control room cannot see or end them.", [], False),
    ("COMP 1.1", "ml2", "OT", "Hydro Automation's hardening checklist applied to the HMIs in 2024, not repeated after HMI-03 was rebuilt.", ["HA-SEC-HRD-005 checklist HMI-01 2024"], False),
    ("COMP 1.2", "ml1", "SUP", "Yellow 'OT only' sticks exist, but a personal stick was found in HMI-02.", ["photo HMI-02 USB 2026-10-14"], False),
    ("COMP 2.1", "ml1", "OT", "New HMIs arrive scanned by Hydro Automation (FAT report); contractors' laptops are not checked.", [], False),
    ("COMP 2.2", "ml2", "OT", "Antivirus on every Windows node, managed from AV-OT-01 in the DMZ.", ["AV-OT-01 status report 2026-10-14"], False),
    ("COMP 2.3", "ml2", "OT", "", [], False),
    ("COMP 3.1", "ml2", "OT", "", [], False),
    ("COMP 3.2", "ml2", "OT", "Quarterly patch window, patches checked against the SCADA vendor's compatibility list first.", ["HA-SVC-PAT-002"], False),
    ("COMP 3.3", "ml1", "OT", "WSUS reports Windows patches; PLC firmware status lives in a spreadsheet last updated in 2025.", [], False),
    ("COMP 3.4", "ml1", "OT", "", [], False),
    ("COMP 3.5", "ml1", "OT", "TEL-FE-01 needs a telemetry driver that runs only on an unsupported Windows Server release; no mitigation is recorded.", [], False),
    ("DATA 1.1", "ml1", "OT", "Company classification scheme covers office documents; OT data has never been classified.", [], False),
    ("DATA 1.2", "ml2", "OT", "", [], False),
    ("DATA 1.3", "ml3", "SUP", "Keyswitch on the safety CPU, key held by the shift supervisor, mode change alarmed on the HMI and written in the shift log.", ["AVW-SAF-PRO-006", "shift log 2026-09-22"], False),
    ("DATA 1.4", "ml2", "OT", "", [], False),
    ("DATA 1.5", "ml2", "IT", "", [], False),
    ("DATA 1.6", "ml1", "IT", "VPN certificates come from the corporate CA; nobody tracks OT certificate expiry; the RAS-01 certificate expired in August unnoticed.", [], False),
    ("DATA 1.7", "ml1", "OT", "PLC programs are compared with the released version only when a fault is investigated.", [], False),
    ("USER 1.1", "ml1", "SUP", "Operators share the OPERATOR account on the HMIs; engineers have personal accounts on EWS-01.", ["screenshot HMI-02 login 2026-10-14"], False),
    ("USER 1.2", "ml2", "IT", "Leaver process covers AD; local SCADA accounts are removed by hand and one leaver's account from 2024 was still active.", [], False),
    ("USER 1.3", "ml2", "IT", "", [], False),
    ("USER 1.4", "ml2", "OT", "", ["AVW-OT-ACC-001"], False),
    ("USER 1.5", "ml1", "OT", "Engineers work as local administrators on EWS-01 all day.", [], False),
    ("USER 1.6", "ml1", "OT", "", [], False),
    ("USER 1.7", "not-implemented", "OT", "The historian service account can log on interactively; three engineers know its password.", [], False),
    ("USER 1.8", "ml2", "IT", "", [], False),
    ("USER 1.9", "ml1", "IT", "MFA only for vendor remote access.", [], False),
    ("USER 1.10", "ml1", "IT", "", [], False),
    ("USER 1.11", "ml2", "IT", "Default passwords changed on switches and firewalls; 9 of the 15 PLCs and outstations still have no CPU password.", [], False),
    ("USER 1.12", "ml1", "SUP", "The shared OPERATOR password has not changed since 2023 and sits in an envelope in the shift office. Follow-up: confirm change after password vault roll-out.", [], True),
    ("USER 1.13", "ml2", "IT", "", [], False),
    ("USER 1.14", "ml2", "IT", "", [], False),
    ("USER 1.15", "ml2", "IT", "Lockout after 10 failures on EWS-01 and servers, deliberately off on the HMIs.", [], False),
    ("USER 1.16", "ml1", "IT", "", [], False),
    ("USER 1.17", "not-implemented", "IT", "", [], False),
    ("USER 1.18", "ml2", "OT", "", [], False),
    ("USER 1.19", "not-implemented", "OT", "", [], False),
    ("USER 2.1", "ml2", "OT", "", [], False),
    ("USER 2.2", "ml1", "OT", "The OT engineer writes, approves and downloads PLC changes alone.", [], False),
    ("USER 2.3", "ml2", "SUP", "An SIS bypass needs the signatures of the shift supervisor and the OT engineer on the permit.", ["PTW-2026-0412"], False),
    ("USER 2.4", "ml1", "OT", "", [], False),
    ("EVENT 1.1", "ml1", "IT", "", [], False),
    ("EVENT 1.2", "ml2", "SUP", "Operators know to call the OT engineer; the number is on the control room wall.", [], False),
    ("EVENT 1.3", "ml2", "IT", "", [], False),
    ("EVENT 1.4", "ml1", "IT", "Windows logs stay on each node; on the HMIs they are overwritten after about nine days.", [], False),
    ("EVENT 1.5", "ml1", "IT", "", [], False),
    ("EVENT 1.6", "ml2", "IT", "", [], False),
    ("EVENT 1.7", "not-implemented", "IT", "", [], False),
    ("EVENT 1.8", "ml2", "IT", "The IT incident plan has an OT annex; tabletop exercise with the water quality team in March 2026.", ["AVW-IT-IR-001 annex OT", "tabletop report 2026-03-18"], False),
    ("EVENT 1.9", "ml1", "OT", "", [], False),
    ("AVAIL 1.1", "ml3", "PM", "Supply continuity plan required by the regulator; manual chlorination rehearsed twice a year.", ["AVW-OPS-BCP-001", "drill record 2026-05-07"], False),
    ("AVAIL 1.2", "ml3", "PM", "", ["AVW-OPS-BCP-001"], False),
    ("AVAIL 1.3", "ml3", "OT", "Failure states of every PLC output defined in the functional design and tested at FAT.", ["HA-RWT-FDS-007"], False),
    ("AVAIL 2.1", "ml3", "OT", "Nightly images of SCADA servers, weekly PLC program backups, copies kept offline in the fire safe.", ["AVW-OT-BKP-001"], False),
    ("AVAIL 2.2", "ml3", "OT", "", ["AVW-OT-BKP-001"], False),
    ("AVAIL 2.3", "ml2", "OT", "SCADA-02 restored from image in 2025; no PLC program has ever been restored from the backup set.", [], False),
    ("AVAIL 2.4", "ml3", "OT", "", ["AVW-OT-BKP-001"], False),
    ("AVAIL 2.5", "ml4", "PM", "Restore time measured at every test and reported as a KPI to the operations board; down from 11 h to 6 h since 2023.", ["KPI report operations board Q2 2026"], False),
]

# ---------------------------------------------------------------------------------------------
# IEC 62443-2-4 (self-assessment of Hydro Automation GmbH, reviewed by the assessors)
# (requirement, value, interviewee, note, evidence, flagged)
# ---------------------------------------------------------------------------------------------

NO_WIRELESS = (
    "Hydro Automation delivered no wireless at Riverside: the cellular routers of the remote sites are "
    "supplied and run by AVW's telecoms team under a separate contract."
)

# The procedure Hydro Automation cites for each functional area; a self-assessed ML2 or better
# without its own reference cites it (see table_rows).
A24_PROCEDURES = {
    "SP.01": "HA-HR-TRN-010", "SP.02": "HA-SEC-HRD-005 rev 3", "SP.03": "HA-RWT-SDS-002 rev C",
    "SP.05": "HA-RWT-SRS-CL2-001", "SP.06": "HA-RWT asset list rev 14", "SP.07": "HA-SVC-RAP-003",
    "SP.08": "HA-SVC-IR-001", "SP.09": "HA-SVC-ACC-004", "SP.10": "HA-SVC-AV-002",
    "SP.11": "HA-SVC-PAT-002", "SP.12": "HA-SVC-BKP-001",
}

A24 = [
    ("SP.01.01 BR", "ml3", "HAPM", "Security duties are in every job profile; training matrix shows 14 of 15 Riverside project staff current.", ["HA-HR-TRN-010"], False),
    ("SP.01.01 RE(1)", "ml2", "HAPM", "Security duties in the subcontract template since 2025 only.", [], False),
    ("SP.01.02 BR", "ml3", "HAPM", "", ["HA site induction record AVW 2026-03"], False),
    ("SP.01.02 RE(1)", "ml3", "HASE", "Two permits picked at random on site, both complete.", ["PTW-2026-0388", "PTW-2026-0412"], False),
    ("SP.01.03 BR", "ml3", "HAPM", "", ["HA employment contract template clause 12"], False),
    ("SP.01.03 RE(1)", "ml2", "HAPM", "", [], False),
    ("SP.01.04 BR", "ml2", "HAPM", "Checks for new hires since 2023; staff hired earlier were not checked again.", [], False),
    ("SP.01.04 RE(1)", "ml1", "HAPM", "The panel builder's electricians are not checked by Hydro Automation.", [], False),
    ("SP.01.05 BR", "ml3", "HAPM", "Named security contact Sabine Krüger, deputy Lukas Brandt, both in the contract annex.", ["AVW-PUR-CON-2024-017 annex S"], False),
    ("SP.01.06 BR", "ml2", "HAPM", "The security lead holds a 62443 specialist certificate; the deputy has no equal training.", [], False),
    ("SP.01.07 BR", "ml2", "HAPM", "", [], False),
    ("SP.02.01 BR", "ml2", "HASE", "Security certificates exist for the PLC family only, none for the switches.", [], False),
    ("SP.02.02 BR", "ml2", "HASE", "", [], False),
    ("SP.02.02 RE(1)", "ml3", "HASE", "Scans only with written AVW approval; the approval for the February 2026 scan was shown.", ["AVW approval e-mail 2026-02-11"], False),
    ("SP.02.02 RE(2)", "ml2", "HASE", "", [], False),
    ("SP.02.02 RE(3)", "ml2", "HASE", "Active scans run on the standby SCADA server first; the field network is only listened to.", [], False),
    ("SP.02.03 BR", "ml3", "HASE", "", ["HA-SEC-HRD-005 rev 3"], False),
    ("SP.02.03 RE(1)", "ml2", "HASE", "Checklist completed for all HMIs at FAT, not repeated after HMI-03 was rebuilt.", [], False),
    ("SP.03.01 BR", "ml3", "HAPM", "", ["HA-RWT-RA-001"], False),
    ("SP.03.01 RE(1)", "ml3", "HAPM", "", ["HA-RWT-RA-001 handover minutes"], False),
    ("SP.03.01 RE(2)", "not-implemented", "HAPM", "The engineer who designed the architecture also reviewed it.", [], False),
    ("SP.03.02 BR", "ml2", "HASE", "Design shows separate SCADA and field VLANs; they were merged during commissioning and never split again.", ["HA-RWT-SDS-002 rev C"], False),
    ("SP.03.02 RE(1)", "ml2", "HASE", "", ["HA-RWT-SDS-002 rev C"], False),
    ("SP.03.02 RE(2)", "ml2", "HASE", "", [], False),
    ("SP.03.03 BR", "ml2", "HASE", "", [], False),
    ("SP.03.03 RE(1)", "ml1", "HASE", "Weaknesses of Modbus/TCP and S7 are known to the team but their mitigations are not written down for Riverside.", [], False),
    ("SP.03.04 BR", "ml3", "HASE", "", ["HA-RWT-SDS-002 rev C"], False),
    ("SP.03.05 BR", "ml3", "HASE", "", ["HA-SEC-HRD-005 rev 3"], False),
    ("SP.03.05 RE(1)", "ml2", "HASE", "", [], False),
    ("SP.03.06 BR", "ml3", "HASE", "", ["HA-SEC-HRD-005 rev 3"], False),
    ("SP.03.07 BR", "ml2", "HASE", "Service laptops are company-managed but are plugged straight into field switches.", [], False),
    ("SP.03.07 RE(1)", "ml1", "HASE", "", [], False),
    ("SP.03.08 BR", "ml2", "HASE", "", [], False),
    ("SP.03.08 RE(1)", "ml2", "HASE", "", [], False),
    ("SP.03.08 RE(2)", "ml2", "HASE", "Switches managed over SSH; FSW-07 still answers on telnet.", [], False),
    ("SP.03.08 RE(3)", "ml1", "HASE", "", [], False),
    ("SP.03.09 BR", "ml2", "HASE", "", [], False),
    ("SP.03.10 BR", "ml2", "HAPM", "", [], False),
    ("SP.03.10 RE(1)", "ml2", "HAPM", "", [], False),
    ("SP.03.10 RE(2)", "ml2", "HAPM", "", [], False),
    ("SP.03.10 RE(3)", "ml3", "HASE", "", ["HA-QMS-SEC-021 crypto list"], False),
    ("SP.03.10 RE(4)", "ml2", "HASE", "Wiping is in the procedure, yet the HMI-03 disk went back to the vendor unwiped in 2025.", [], False),
    ("SP.04.01 BR", "na", "HAPM", NO_WIRELESS, [], False),
    ("SP.04.02 BR", "na", "HAPM", NO_WIRELESS, [], False),
    ("SP.04.02 RE(1)", "na", "HAPM", NO_WIRELESS, [], False),
    ("SP.04.03 BR", "na", "HAPM", NO_WIRELESS, [], False),
    ("SP.04.03 RE(1)", "na", "HAPM", NO_WIRELESS, [], False),
    ("SP.04.03 RE(2)", "na", "HAPM", NO_WIRELESS, [], False),
    ("SP.05.01 BR", "ml3", "HASE", "The SIS-to-control-system link is assessed in the chlorine SIS safety requirements specification.", ["HA-RWT-SRS-CL2-001"], False),
    ("SP.05.02 BR", "ml3", "HASE", "", ["HA-RWT-SRS-CL2-001"], False),
    ("SP.05.03 BR", "ml3", "HASE", "", ["HA-RWT-SDS-002 rev C"], False),
    ("SP.05.04 BR", "ml3", "HASE", "", [], False),
    ("SP.05.05 BR", "ml3", "HASE", "", ["photo SIS cabinet CL-SIS-01 2026-10-15"], False),
    ("SP.05.05 RE(1)", "ml3", "HASE", "", [], False),
    ("SP.05.06 BR", "ml3", "HASE", "", ["AVW-SAF-PRO-006"], False),
    ("SP.05.07 BR", "ml2", "HASE", "The SIS engineering tool shares SIS-EWS-01 with an office PDF reader, to be removed.", [], False),
    ("SP.05.08 BR", "ml3", "HASE", "", [], False),
    ("SP.05.09 BR", "ml3", "HASE", "", ["AVW-SAF-PRO-006"], False),
    ("SP.05.09 RE(1)", "ml3", "HASE", "Keyswitch on the safety CPU; the key stays with the shift supervisor.", [], False),
    ("SP.05.09 RE(2)", "ml2", "HASE", "RUN mode is checked by a second person after each change, but the check is not recorded on the permit.", [], False),
    ("SP.06.01 BR", "ml3", "HAPM", "", ["HA-RWT-SDS-002 rev C"], False),
    ("SP.06.01 RE(1)", "ml2", "HAPM", "As-built documents trail site changes by about six months.", [], False),
    ("SP.06.02 BR", "ml3", "HASE", "", ["HA-RWT asset list rev 14"], False),
    ("SP.06.03 BR", "ml2", "HASE", "", [], False),
    ("SP.07.01 BR", "ml3", "HAPM", "RAS-01 with JMP-01 is the only accepted path; a TeamViewer install left on EWS-01 by a service engineer was removed during the visit.", ["HA-SVC-RAP-003", "screenshot EWS-01 installed programs 2026-10-14"], False),
    ("SP.07.02 BR", "ml2", "HAPM", "", ["HA-SVC-RAP-003"], False),
    ("SP.07.03 BR", "ml2", "HAPM", "", [], False),
    ("SP.07.04 BR", "ml2", "HAPM", "Each connection is approved by e-mail to the OT engineer; at weekends engineers connect first and report afterwards.", [], False),
    ("SP.07.04 RE(1)", "ml3", "HASE", "TLS VPN with MFA for all Hydro Automation accounts.", ["RAS-01 user list export 2026-10-14"], False),
    ("SP.08.01 BR", "ml2", "HAPM", "", ["HA-SVC-IR-001"], False),
    ("SP.08.01 RE(1)", "ml2", "HAPM", "", [], False),
    ("SP.08.02 BR", "ml2", "HASE", "", [], False),
    ("SP.08.02 RE(1)", "ml2", "HASE", "", [], False),
    ("SP.08.02 RE(2)", "ml1", "HASE", "Audit logging never tested with a simulated event.", [], False),
    ("SP.08.03 BR", "ml3", "HASE", "", ["HA-RWT-FDS-007 alarm list"], False),
    ("SP.08.03 RE(1)", "ml2", "HASE", "", [], False),
    ("SP.08.04 BR", "ml1", "HASE", "How SCADA behaves under an alarm flood is not documented.", [], False),
    ("SP.09.01 BR", "ml2", "HASE", "", [], False),
    ("SP.09.02 BR", "ml2", "HASE", "Unique accounts for Hydro Automation staff; the shared OPERATOR account was set up at commissioning at AVW's request.", [], False),
    ("SP.09.02 RE(1)", "ml3", "HASE", "", ["HA-SVC-ACC-004 annex default accounts"], False),
    ("SP.09.02 RE(2)", "ml1", "HASE", "", [], False),
    ("SP.09.02 RE(3)", "ml3", "HASE", "", ["HA-SVC-ACC-004"], False),
    ("SP.09.02 RE(4)", "ml3", "HASE", "", ["HA-SEC-HRD-005 rev 3"], False),
    ("SP.09.03 BR", "ml3", "HASE", "", ["HA-SEC-HRD-005 rev 3"], False),
    ("SP.09.04 BR", "ml2", "HASE", "", [], False),
    ("SP.09.04 RE(1)", "ml2", "HASE", "", [], False),
    ("SP.09.05 BR", "ml3", "HASE", "", ["HA-SVC-ACC-004"], False),
    ("SP.09.06 BR", "ml2", "HASE", "", [], False),
    ("SP.09.06 RE(1)", "ml2", "HASE", "", [], False),
    ("SP.09.07 BR", "ml3", "HASE", "", ["HA-SEC-HRD-005 checklist HMI-01 2024"], False),
    ("SP.09.08 BR", "ml2", "HASE", "", [], False),
    ("SP.09.08 RE(1)", "ml2", "HASE", "", [], False),
    ("SP.09.09 BR", "ml2", "HAPM", "Shared passwords are said to be in Hydro Automation's vault, but the Riverside entries were not shown. Follow-up: redacted extract requested.", [], True),
    ("SP.09.09 RE(1)", "ml1", "HAPM", "", [], False),
    ("SP.10.01 BR", "ml3", "HASE", "", ["HA-SVC-AV-002"], False),
    ("SP.10.02 BR", "ml3", "HASE", "", ["AV-OT-01 status report 2026-10-14"], False),
    ("SP.10.02 RE(1)", "ml3", "HASE", "", ["AV-OT-01 status report 2026-10-14"], False),
    ("SP.10.03 BR", "ml2", "HASE", "Detection tested with a test file at FAT only.", [], False),
    ("SP.10.04 BR", "ml3", "HASE", "", ["HA-SVC-AV-002"], False),
    ("SP.10.05 BR", "ml3", "HASE", "", ["FAT report HMI batch 2024"], False),
    ("SP.10.05 RE(1)", "ml2", "HASE", "", [], False),
    ("SP.10.05 RE(2)", "ml2", "HASE", "", [], False),
    ("SP.11.01 BR", "ml2", "HASE", "", ["HA-SVC-PAT-002"], False),
    ("SP.11.01 RE(1)", "ml1", "HASE", "", [], False),
    ("SP.11.02 BR", "ml2", "HASE", "Quarterly patch report to AVW; PLC and switch firmware not covered.", ["HA patch report Riverside Q3 2026"], False),
    ("SP.11.02 RE(1)", "ml2", "HASE", "", [], False),
    ("SP.11.02 RE(2)", "ml2", "HASE", "", [], False),
    ("SP.11.03 BR", "ml3", "HASE", "", ["HA-SVC-PAT-002"], False),
    ("SP.11.04 BR", "ml3", "HASE", "", ["HA-SVC-PAT-002"], False),
    ("SP.11.05 BR", "ml3", "HAPM", "Every patch batch approved by AVW's OT engineer on the change form.", ["AVW-ENG-PRO-009 MOC 2026-031"], False),
    ("SP.11.06 BR", "ml2", "HASE", "", [], False),
    ("SP.11.06 RE(1)", "ml2", "HASE", "", [], False),
    ("SP.11.06 RE(2)", "ml3", "HASE", "", ["HA-SVC-PAT-002"], False),
    ("SP.11.06 RE(3)", "ml2", "HASE", "", [], False),
    ("SP.12.01 BR", "ml3", "HASE", "", ["HA-SVC-BKP-001"], False),
    ("SP.12.02 BR", "ml3", "HASE", "", ["HA-SVC-BKP-001"], False),
    ("SP.12.03 BR", "ml3", "HASE", "", ["HA-SVC-BKP-001"], False),
    ("SP.12.04 BR", "ml3", "HASE", "", [], False),
    ("SP.12.05 BR", "ml4", "HASE", "Full restore of a SCADA server shown every year since 2023; restore time measured against the agreed 8 h and shortened each year.", ["HA-RWT-RT-2026 restore test report"], False),
    ("SP.12.06 BR", "ml3", "HASE", "", [], False),
    ("SP.12.07 BR", "ml3", "HASE", "", [], False),
    ("SP.12.08 BR", "ml2", "HASE", "", [], False),
    ("SP.12.09 BR", "ml2", "HAPM", "", [], False),
]

# ---------------------------------------------------------------------------------------------
# IEC 62443-3-2 process steps (requirement, value, interviewee, note, evidence, flagged)
# ---------------------------------------------------------------------------------------------

A32 = [
    ("ZCR 1.1", "done", "OT", "SUC and its access points drawn in section 2 of the risk assessment: works, nine remote sites, DMZ; office only up to the DMZ firewall.", ["AVW-OT-RA-2026 draft v0.3"], False),
    ("ZCR 2.1", "done", "PM", "High-level workshop on 2026-09-08; worst case named: chlorine overdose or loss of disinfection.", ["workshop minutes 2026-09-08"], False),
    ("ZCR 3.1", "done", "OT", "", ["AVW-OT-NET-002 rev F"], False),
    ("ZCR 3.2", "done", "OT", "", [], False),
    ("ZCR 3.3", "done", "OT", "Chlorine SIS is a zone of its own (Z-SIS).", [], False),
    ("ZCR 3.4", "not-done", "OT", "Maintenance laptops plug straight into Z-CTRL switches; no zone or conduit for temporarily connected devices.", [], False),
    ("ZCR 3.5", "partly", "OT", "The cellular routers of the remote sites sit inside Z-CTRL instead of a zone of their own.", [], False),
    ("ZCR 3.6", "partly", "OT", "Vendor remote access has its own conduit (C-REMOTE); the links to the remote sites over the APN do not.", [], False),
    ("ZCR 4.1", "done", "PM", "", ["workshop minutes 2026-09-08"], False),
    ("ZCR 5.1", "done", "OT", "", [], False),
    ("ZCR 5.2", "partly", "OT", "Vulnerabilities listed from the walk-down only; no scan and no review of PLC firmware advisories yet.", [], False),
    ("ZCR 5.3", "done", "PM", "", [], False),
    ("ZCR 5.4", "done", "OT", "", [], False),
    ("ZCR 5.5", "done", "OT", "", [], False),
    ("ZCR 5.6", "done", "OT", "SL-T derived per zone from the register by risk reduction; Z-SIS set by hand by the process safety panel.", [], False),
    ("ZCR 5.7", "done", "OT", "", [], False),
    ("ZCR 5.8", "done", "OT", "", [], False),
    ("ZCR 5.9", "done", "OT", "", [], False),
    ("ZCR 5.10", "done", "OT", "", [], False),
    ("ZCR 5.11", "done", "PM", "Three residual risks remain above the tolerable line: S-01, S-04 and S-05.", [], False),
    ("ZCR 5.12", "partly", "PM", "Countermeasures proposed for every intolerable risk; budget for field network port security (S-04) not approved.", [], False),
    ("ZCR 5.13", "partly", "PM", "Results presented to the plant manager, not yet to the board.", [], False),
    ("ZCR 6.1", "not-done", "OT", "The requirements specification is to be written from the gap list of this assessment.", [], False),
    ("ZCR 6.2", "done", "OT", "", [], False),
    ("ZCR 6.3", "done", "OT", "", ["AVW-OT-NET-002 rev F"], False),
    ("ZCR 6.4", "partly", "OT", "Zone and conduit characteristics recorded for the works; remote sites described in one line.", [], False),
    ("ZCR 6.5", "done", "OT", "", [], False),
    ("ZCR 6.6", "done", "OT", "", [], False),
    ("ZCR 6.7", "done", "PM", "", ["AVW-SEC-POL-001 rev 2"], False),
    ("ZCR 6.8", "done", "PM", "Tolerable line at medium on the default matrix, agreed by the plant manager.", [], False),
    ("ZCR 6.9", "done", "PM", "Drinking water security regulations and the national NIS2 law listed with the clauses that apply.", ["AVW-REG-REQ-2026"], False),
    ("ZCR 7.1", "not-done", "PM", "Approval planned for the board meeting of 2026-11-19. Follow-up: record the decision.", [], True),
]

# ---------------------------------------------------------------------------------------------
# IEC 62443-3-3 per zone. Rule: a requirement is "met" if its min_sl <= the zone's base level for
# its FR, else "not-met"; the table of each zone then sets single requirements explicitly.
# Overrides: requirement -> (value, note, evidence, flagged[, interviewee key])
# ---------------------------------------------------------------------------------------------

def na(note):
    return ("na", note, [], False)


WIFI_NA_DMZ = "No wireless in the DMZ: servers in the locked server room; the Wi-Fi survey of 2026-10-14 picked up only the office SSIDs next door."
WIFI_NA_SCADA = "No wireless in the control room or server room; the HMIs and servers have no Wi-Fi adapters (checked in device manager)."
WIFI_NA_SIS = "No wireless in the SIS: wired detectors and valves only; the chlorine building was surveyed on 2026-10-15."

ZONE33 = {
    "Z-ENT": {
        "assessor": DAVID, "interviewee": "IT",
        "base": {1: 2, 2: 2, 3: 2, 4: 2, 5: 2, 6: 2, 7: 2},
        "evidence": {
            1: "AVW-IT-IAM-001", 2: "Intune policy export 2026-10-13", 3: "EDR console report 2026-10-13",
            4: "AVW-IT-DATA-002", 5: "AVW-IT-NET-010 site LAN drawing", 6: "GRP-IT-SOC-2025 service description",
            7: "GRP-IT backup report 2026-09",
        },
        "overrides": {
            "SR 1.1": ("met", "Personal AD accounts for every office user; five users checked at random in AD-DC03.", ["AD user export 2026-10-13"], False),
            "SR 1.1 RE(2)": ("met", "VPN and Microsoft 365 sign-in ask for the authenticator app.", ["AVW-IT-IAM-001"], False),
            "SR 1.6": ("met", "Office Wi-Fi uses 802.1X with machine certificates; the guest SSID goes straight to the internet.", ["AVW-IT-NET-011 Wi-Fi design"], False),
            "SR 1.13": ("met", "Only through the group VPN with MFA.", [], False),
            "SR 2.2": ("met", "The wireless controller maps each SSID to its VLAN; no SSID offers an OT network.", [], False),
            "SR 2.3": ("met", "USB storage blocked by Intune on office laptops; exceptions need a ticket.", [], False),
            "SR 2.6": ("met", "VPN sessions end after 30 minutes idle.", [], False),
            "SR 3.2": ("met", "EDR on all office endpoints, run by the group SOC.", [], False),
            "SR 4.1": ("met", "Customer billing data stays at head office; HR forms on FS-RIV-01 are limited by AD groups.", [], False),
            "SR 5.1 RE(1)": ("not-met", "Office, laboratory and CCTV VLANs share one core switch stack; LIMS-01 has no separate cabling.", ["AVW-IT-NET-010 site LAN drawing"], False),
            "SR 5.2": ("met", "CORP-FW-01 at the internet edge and the office leg of DMZ-FW-01 toward the DMZ.", [], False),
            "SR 5.3": ("met", "Inbound mail passes the group gateway with attachment sandboxing; chat limited to the company tenant.", [], False),
            "SR 6.2": ("met", "Group SOC watches office endpoints and CORP-FW-01 around the clock (managed service).", ["GRP-IT-SOC-2025 service description"], False),
            "SR 7.3": ("met", "Nightly backups of FS-RIV-01 and LIMS-01 to head office.", [], False),
            "SR 7.3 RE(1)": ("met", "Quarterly restore test by group IT, last on 2026-09-03.", ["GRP-IT restore test record 2026-09-03"], False),
            "SR 7.8": ("met", "Office assets in the group CMDB.", [], False),
        },
    },
    "Z-DMZ": {
        "assessor": DAVID, "interviewee": "IT",
        "base": {1: 2, 2: 2, 3: 2, 4: 2, 5: 2, 6: 1, 7: 2},
        "evidence": {
            1: "JMP-01 local policy export 2026-10-14", 2: "LOG-01 source list 2026-10-14",
            3: "AV-OT-01 status report 2026-10-14", 4: "RAS-01 TLS settings 2026-10-14",
            5: "DMZ-FW-01 rule export 2026-10-14", 6: "LOG-01 source list 2026-10-14",
            7: "DMZ snapshot schedule 2026-10",
        },
        "overrides": {
            "SR 1.1": ("met", "Personal admin accounts in a separate DMZ domain with no trust to the office AD.", [], False),
            "SR 1.1 RE(2)": ("not-met", "RAS-01 asks for a TOTP code from the 4 Hydro Automation accounts only; the 6 AVW on-call accounts log on with a password.", ["RAS-01 user list export 2026-10-14"], False, "OT"),
            "SR 1.6": na(WIFI_NA_DMZ),
            "SR 1.6 RE(1)": na(WIFI_NA_DMZ),
            "SR 1.13": ("met", "Everything from outside ends on RAS-01; nothing else in the DMZ is published.", ["DMZ-FW-01 rule export 2026-10-14"], False),
            "SR 1.13 RE(1)": ("met", "Vendor accounts stay disabled until the OT engineer enables them for a ticket.", [], False, "OT"),
            "SR 2.2": na(WIFI_NA_DMZ),
            "SR 2.2 RE(1)": na("Nothing wireless to watch for in the DMZ (see SR 2.2); rogue access points would show on the office wireless controller."),
            "SR 2.6": ("not-met", "JMP-01 keeps disconnected RDP sessions for ever: three sessions from September were still open. Follow-up: session limits in the RDS policy.", ["screenshot JMP-01 session list 2026-10-14"], True),
            "SR 2.8": ("met", "DMZ-FW-01 and the Windows servers send their logs to LOG-01.", [], False),
            "SR 3.2": ("met", "Antivirus on every DMZ Windows server; AV-OT-01 fetches signatures through a proxy rule.", [], False),
            "SR 3.2 RE(1)": ("met", "Files for OT go through a transfer share on JMP-01 that is scanned on arrival.", [], False),
            "SR 4.1": ("met", "HIST-R01 holds process values only; the office reads them over HTTPS.", [], False),
            "SR 4.1 RE(1)": ("met", "RAS-01 uses TLS 1.3; snapshot backups of the DMZ servers are encrypted.", [], False),
            "SR 5.1": ("met", "Two firewall legs on separate interfaces; nothing is routed around the firewall.", [], False),
            "SR 5.2 RE(1)": ("met", "Default deny on both legs; every allow rule carries a ticket number in its comment.", ["DMZ-FW-01 rule export 2026-10-14"], False),
            "SR 6.2": ("not-met", "LOG-01 collects logs but nobody reviews them and there is no alert outside office hours.", [], False),
            "SR 7.1 RE(1)": ("met", "Rate limits and connection caps on the office leg of DMZ-FW-01.", [], False),
            "SR 7.3": ("met", "Weekly snapshots of all DMZ servers, kept four weeks.", [], False),
            "SR 7.3 RE(1)": ("met", "JMP-01 restored from a snapshot in May 2026 as a test.", [], False),
            "SR 7.7": ("met", "Unneeded roles and services removed when the DMZ was built in 2024.", [], False),
        },
    },
    "Z-SCADA": {
        "assessor": HELEN, "interviewee": "OT",
        "base": {1: 1, 2: 1, 3: 1, 4: 1, 5: 1, 6: 1, 7: 1},
        "evidence": {
            1: "AVW-OT-ACC-001", 2: "screenshot HMI-02 login 2026-10-14", 3: "AV-OT-01 status report 2026-10-14",
            4: "EWS-01 folder permissions 2026-10-14", 5: "AVW-OT-NET-002 rev F",
            6: "HMI-01 event log sample 2026-10-14", 7: "AVW-OT-BKP-001",
        },
        "overrides": {
            "SR 1.1": ("met", "Windows logon required on all HMIs and servers, but the operators share one account (see RE(1)).", [], False, "SUP"),
            "SR 1.1 RE(1)": ("not-met", "All 12 operators use the shared OPERATOR account on HMI-01 to HMI-04; engineers share 'eng' on the SCADA servers. Follow-up: plan for personal accounts with badge login.", ["screenshot HMI-02 login 2026-10-14"], True, "SUP"),
            "SR 1.1 RE(2)": ("not-met", "Remote users reach the HMIs through JMP-01; only the vendor accounts have MFA.", [], False),
            "SR 1.2": ("not-met", "The SCADA servers accept OPC DA connections from any host on the subnet.", [], False),
            "SR 1.3": ("met", "Accounts created by the OT engineer on request, listed in AVW-OT-ACC-001.", ["AVW-OT-ACC-001"], False),
            "SR 1.6": na(WIFI_NA_SCADA),
            "SR 1.6 RE(1)": na(WIFI_NA_SCADA),
            "SR 1.7": ("met", "Windows policy asks for 8 characters; the OPERATOR password meets it.", [], False),
            "SR 1.11": ("met", "Lockout after 10 failures on the servers and EWS-01; HMIs exempt so that a shift is never locked out.", [], False),
            "SR 1.12": ("met", "Logon banner on every Windows node since the 2024 hardening.", [], False),
            "SR 1.13": ("met", "Remote users reach SCADA only through JMP-01 (conduit C-REMOTE).", [], False),
            "SR 2.1": ("met", "SCADA roles operator, supervisor and engineer, with set-point limits per role.", [], False),
            "SR 2.1 RE(1)": ("not-met", "Roles are tied to the shared accounts, so rights cannot be given to a person.", [], False),
            "SR 2.2": na(WIFI_NA_SCADA),
            "SR 2.2 RE(1)": na(WIFI_NA_SCADA),
            "SR 2.3": ("not-met", "USB ports open on all HMIs; a personal phone was charging on HMI-02 during the visit.", ["photo HMI-02 USB 2026-10-14"], False, "SUP"),
            "SR 2.5": ("compensated", "HMIs stay unlocked on purpose in the control room, which is staffed 24/7 behind badge access; EWS-01 and the servers lock after 10 minutes.", ["AVW-OT-HARD-002"], False, "SUP"),
            "SR 2.8": ("met", "Windows security logging on every node, kept locally.", [], False),
            "SR 2.11": ("met", "All nodes synchronise with NTP-01/NTP-02 in the DMZ.", [], False),
            "SR 3.2": ("met", "Antivirus on all Windows nodes, signatures pulled daily from AV-OT-01.", [], False),
            "SR 3.2 RE(1)": ("not-met", "No scanning station for sticks or files brought into the control room.", [], False),
            "SR 3.3": ("met", "Firewall rules and antivirus checked at each quarterly patch window.", ["HA-RWT-MNT-003 checklist Q3 2026"], False),
            "SR 3.4": ("not-met", "No integrity check of HMI projects or SCADA configuration files.", [], False),
            "SR 3.5": ("met", "SCADA refuses set-points outside engineering limits, e.g. chlorine dose 0.5-4.0 mg/l.", [], False),
            "SR 3.8": ("not-met", "The SCADA web client on port 8080 runs over plain HTTP; the session cookie travels in clear.", [], False),
            "SR 4.1": ("met", "Project files and drawings on EWS-01 readable only by the engineers' group.", [], False),
            "SR 4.1 RE(1)": ("not-met", "Backup disks with SCADA images are not encrypted and are carried to the fire safe in the admin building.", [], False),
            "SR 4.2": ("not-met", "HMI-03 was replaced in 2025 and its old disk went back to the vendor without being wiped.", [], False),
            "SR 5.1": ("not-met", "SCADA servers, HMIs and all PLCs share one VLAN and subnet 10.20.0.0/16; no firewall between Z-SCADA and Z-CTRL. Follow-up: ask Hydro Automation for the split design.", ["AVW-OT-NET-002 rev F", "OT-SW-CORE-01 configuration export 2026-10-14"], True),
            "SR 5.2": ("met", "The boundary to the DMZ is the OT leg of DMZ-FW-01.", [], False),
            "SR 5.3": ("met", "No mail client or browser on the HMIs; Outlook on EWS-01 has no account set up.", [], False),
            "SR 6.1": ("met", "Engineers can read the Windows event logs locally.", [], False),
            "SR 6.2": ("not-met", "No network monitoring and no log review; the only alarms are process alarms.", [], False),
            "SR 7.3": ("met", "Nightly images of SCADA-01/02 and HIST-01 to a NAS, weekly copy on a removable disk.", ["AVW-OT-BKP-001"], False),
            "SR 7.3 RE(1)": ("not-met", "Last restore test of SCADA-02 in March 2025; no HMI ever restored from an image.", [], False),
            "SR 7.7": ("compensated", "VNC and the file shares on the HMIs are still on, but the Windows firewall lets only EWS-01 reach them and the shares are read-only.", ["HMI-01 firewall rules export 2026-10-14"], False),
            "SR 7.8": ("met", "Inventory in the CMMS with software versions.", ["CMMS export OT assets 2026-10-01"], False),
        },
    },
    "Z-CTRL": {
        "assessor": DAVID, "interviewee": "OT",
        "base": {1: 1, 2: 1, 3: 1, 4: 1, 5: 1, 6: 1, 7: 1},
        "evidence": {
            1: "PLC protection settings list, Hydro Automation, 2026-10-15", 2: "photo field switch FSW-03 2026-10-15",
            3: "HA-RWT-FDS-007", 4: "AVW-TEL-DES-004 APN design", 5: "AVW-OT-NET-002 rev F",
            6: "PLC-FILT-01 diagnostic buffer 2026-10-15", 7: "EWS-01 PLC backup folder listing 2026-10-15",
        },
        "overrides": {
            "SR 1.1": ("not-met", "PLCs accept programming connections without a password (protection level 'none' on 9 of the 15 PLCs and outstations); the local operator panels have no logon.", ["PLC protection settings list, Hydro Automation, 2026-10-15"], False, "HASE"),
            "SR 1.3": ("not-met", "Nothing to manage: the controllers have no accounts, at best one CPU-wide password.", [], False),
            "SR 1.6": ("met", "Cellular routers accept only AVW SIMs on the private APN and build an IPsec tunnel to TEL-FE-01.", ["AVW-TEL-DES-004 APN design"], False),
            "SR 1.6 RE(1)": ("not-met", "All nine routers share one pre-shared key, set in 2021.", [], False),
            "SR 2.1": ("not-met", "Any host on the flat network can write to any PLC over Modbus/TCP or S7; PLC-CL2-01 has no write protection.", [], False),
            "SR 2.2": ("met", "Routers allow only the IPsec tunnel; their built-in Wi-Fi is switched off on all nine.", ["CELL-RTR-04 configuration 2026-10-15"], False),
            "SR 2.3": ("not-met", "Service laptops plug into any free port of the field switches.", [], False),
            "SR 2.4": na("No hosts in the zone that could run scripts, macros or browser code: PLCs, RTUs and operator panels only."),
            "SR 2.4 RE(1)": na("See SR 2.4: nothing in the zone runs mobile code."),
            "SR 2.5": na("No workstations in the zone; the local operator panels have no user sessions to lock."),
            "SR 2.6": na("No remote session ends in this zone; remote access stops in Z-SCADA."),
            "SR 2.8": ("met", "PLC diagnostic buffers record mode changes and downloads.", [], False),
            "SR 3.1": ("met", "Fibre ring with frame checks on the field protocol; the remote site links run inside IPsec.", [], False),
            "SR 3.2": na("No Windows or Linux hosts in the zone; controllers and panels run vendor firmware only."),
            "SR 3.2 RE(1)": na("Nothing in the zone can run malware protection; the entry points are covered in Z-SCADA."),
            "SR 3.2 RE(2)": na("Nothing in the zone can run malware protection (see SR 3.2)."),
            "SR 3.4": ("not-met", "PLC programs not compared with the released version since commissioning.", [], False),
            "SR 3.5": ("met", "Dosing pump speed limited inside the PLCs whatever set-point arrives.", [], False),
            "SR 3.6": ("met", "Defined output states on loss of communication: dosing pumps stop, filters hold, intake pumps keep their state.", ["HA-RWT-FDS-007"], False, "HASE"),
            "SR 4.1": ("met", "Nothing confidential in the zone: process logic and values only (adjustment no-confidential-data).", [], False),
            "SR 4.3": ("met", "The only cryptography in the zone is the IPsec of the cellular routers, AES-256 with SHA-256.", [], False),
            "SR 5.1": ("not-met", "The field ring is bridged into the SCADA VLAN: laptops, PLCs and HMIs in one broadcast domain. Follow-up: same design request as Z-SCADA SR 5.1.", ["AVW-OT-NET-002 rev F"], True),
            "SR 5.2": ("not-met", "No boundary device; the cellular routers route straight into the field network.", [], False),
            "SR 5.3": ("met", "No messaging possible on PLCs or panels.", [], False),
            "SR 6.1": ("met", "PLC diagnostic buffers can be read from EWS-01.", [], False),
            "SR 7.1": ("met", "PLCs keep control when SCADA is lost; shown at FAT and during the 2025 server outage.", [], False),
            "SR 7.1 RE(1)": ("not-met", "No storm control on the field switches; a broadcast storm in 2024 froze the filter PLCs for 20 minutes. Follow-up: get the incident report.", ["AVW-INC-2024-031"], True),
            "SR 7.3": ("met", "Weekly PLC program backups with Hydro Automation's tool to EWS-01.", [], False),
            "SR 7.5": ("met", "Field switches and PLCs on UPS; configurations in flash, checked after the 2026 power test.", [], False),
            "SR 7.7": ("compensated", "Web servers of PLC-TWP-01 and PLC-INT-01 still on for diagnostics, set read-only in the CPU; all other PLC web servers off.", [], False, "HASE"),
            "SR 7.8": ("not-met", "PLCs listed with firmware in the CMMS; the nine cellular routers are missing.", [], False),
        },
    },
    "Z-SIS": {
        "assessor": DAVID, "interviewee": "OT",
        "base": {1: 3, 2: 3, 3: 3, 4: 1, 5: 3, 6: 2, 7: 3},
        "evidence": {
            1: "SIS-EWS-01 user list 2026-10-15", 2: "AVW-SAF-PRO-006", 3: "CL-SIS-01 program CRC record 2026-10-15",
            4: "AVW-SAF-PRO-006", 5: "photo SIS cabinet CL-SIS-01 2026-10-15",
            6: "control room SIS alarm list 2026-10-15", 7: "SIS proof test report 2026-06",
        },
        "overrides": {
            "SR 1.1": ("met", "Personal logins on SIS-EWS-01 for the two OT engineers and the Hydro Automation safety engineer.", ["SIS-EWS-01 user list 2026-10-15"], False),
            "SR 1.1 RE(2)": na("The zone cannot be reached from any untrusted network: SIS-EWS-01 stays offline and the only link out is a read-only serial line."),
            "SR 1.2": ("met", "Safety controller and I/O modules check each other's addresses and module IDs on the safety bus.", [], False),
            "SR 1.3 RE(1)": ("compensated", "Three accounts kept by hand on SIS-EWS-01, reviewed at each quarterly proof test and signed off by the plant manager.", ["AVW-SAF-PRO-006"], False),
            "SR 1.5 RE(1)": ("compensated", "Controller credentials never leave the locked SIS cabinet; the engineering key sits in the shift supervisor's key safe.", [], False, "SUP"),
            "SR 1.6": na(WIFI_NA_SIS),
            "SR 1.6 RE(1)": na(WIFI_NA_SIS),
            "SR 1.8": na("No certificates used anywhere in the zone."),
            "SR 1.9": na("No public-key authentication used in the zone."),
            "SR 1.9 RE(1)": na("No public-key authentication used in the zone."),
            "SR 1.13": na("No access via untrusted networks: offline engineering station, serial gateway only."),
            "SR 1.13 RE(1)": na("No access via untrusted networks (see SR 1.13)."),
            "SR 2.1": ("met", "Program changes only with the controller keyswitch in PROG; the key stays with the shift supervisor.", [], False, "SUP"),
            "SR 2.2": na(WIFI_NA_SIS),
            "SR 2.2 RE(1)": na(WIFI_NA_SIS),
            "SR 2.3": ("met", "USB storage disabled on SIS-EWS-01 except one registered stick kept with it for backups.", [], False),
            "SR 2.6": na("No remote sessions into the zone."),
            "SR 2.8": ("met", "The controller logs keyswitch changes, downloads and forced I/O.", [], False),
            "SR 2.8 RE(1)": ("compensated", "Events collected on the sequence-of-events recorder in the SIS cabinet and passed to the control system alarm list; reviewed weekly by the OT engineer.", ["SIS weekly review sheet week 40"], False),
            "SR 2.12": ("compensated", "Every SIS change needs a permit with two signatures and the supervisor's key; the controller records which EWS user made it.", ["AVW-SAF-PRO-006", "PTW-2026-0412"], False),
            "SR 3.1 RE(1)": ("compensated", "Safety protocol with checksum and watchdog over cables that never leave one locked cabinet row; the controller offers no cryptography.", [], False),
            "SR 3.2": ("met", "Antivirus on SIS-EWS-01, updated monthly from a scanned stick.", [], False),
            "SR 3.2 RE(1)": ("compensated", "Only the registered stick ever enters the zone; it is scanned before and after each use and the scan log is kept in the SIS file.", [], False),
            "SR 3.2 RE(2)": ("compensated", "SIS-EWS-01 is offline, so no central console; update status checked and signed monthly.", [], False),
            "SR 3.3 RE(1)": ("compensated", "No automated tools; the yearly proof test includes a scripted check of keyswitch, passwords and gateway write blocking.", ["SIS proof test report 2026-06"], False),
            "SR 3.4": ("met", "The controller compares its program checksum with the released value and alarms on a mismatch.", [], False),
            "SR 3.4 RE(1)": ("met", "A checksum mismatch raises an alarm on the control room HMI through the gateway.", [], False),
            "SR 3.8": na("No web, OPC UA or other session-based interface in the zone."),
            "SR 3.8 RE(1)": na("No session-based interface in the zone (see SR 3.8)."),
            "SR 3.8 RE(2)": na("No session-based interface in the zone (see SR 3.8)."),
            "SR 3.8 RE(3)": na("No session-based interface in the zone (see SR 3.8)."),
            "SR 4.1": ("met", "Only safety logic and trip settings, nothing confidential (adjustment no-confidential-data).", [], False),
            "SR 5.1": ("met", "Own switches and cabling in the chlorine building; no link to the field ring.", [], False),
            "SR 5.2": ("met", "The only way out is GW-SIS-01, a serial gateway that answers reads and rejects every write.", [], False),
            "SR 5.2 RE(2)": ("met", "Unplugging the serial line isolates the SIS, which keeps working on its own.", [], False),
            "SR 5.2 RE(3)": ("met", "A failed gateway passes nothing.", [], False),
            "SR 6.2": ("met", "SIS diagnostic and gateway alarms shown on the control room HMI, staffed 24/7.", [], False, "SUP"),
            "SR 7.3": ("met", "Program saved after every approved change; copies in the SIS file and the fire safe.", [], False),
            "SR 7.3 RE(1)": ("met", "Backup compared with the running program at each proof test.", [], False),
            "SR 7.3 RE(2)": ("compensated", "No scheduled backup: the program changes less than twice a year and every change ends with a backup under the permit.", [], False),
            "SR 7.5": ("met", "The SIS has its own UPS with 4 hours of autonomy, tested in June 2026.", [], False),
            "SR 7.6 RE(1)": ("compensated", "Settings can be exported as PDF only; the printout is compared line by line at each proof test.", [], False),
        },
    },
}

# ---------------------------------------------------------------------------------------------
# Schedule: who worked on what, when. Each session starts at the given time; every answer moves
# the clock on by 45-135 seconds from a fixed pseudo-random sequence, plus time for a note and for
# evidence. A morning session takes a 45-minute lunch break when the clock first passes 12:00.
# ---------------------------------------------------------------------------------------------

# Compensating countermeasures (docs/assessment-format.md): id, zone, requirements, instead,
# equivalence, residual risk, verification, approved by, approved, review by. Every answer
# "compensated" of that zone and requirement must exist; main() checks it.
MARK = "Mark Ellison"
COUNTERMEASURES = [
    ("CCM-01", "Z-SIS", ["SR 1.3 RE(1)", "SR 1.5 RE(1)"],
     "Three SIS accounts kept by hand and reviewed at each quarterly proof test; controller credentials stay in the locked SIS cabinet, the engineering key in the shift supervisor's key safe.",
     "Nobody reaches SIS-EWS-01 or the controller without the cabinet key and the supervisor's key, so the small set of accounts is watched as closely as a central directory would.",
     "A shared password used by the wrong person between two proof tests.",
     "Proof test 2026-06: account list and key log checked against the permits.", MARK, "2026-10-15", "2028-10-31"),
    ("CCM-02", "Z-SIS", ["SR 2.8 RE(1)"],
     "Events are collected on the sequence-of-events recorder in the SIS cabinet, passed to the control system alarm list and reviewed weekly by the OT engineer.",
     "Every safety event reaches an operator within seconds and a person reviews the record every week.",
     "An event lost if recorder and alarm link fail together.",
     "SIS weekly review sheet, week 40.", MARK, "2026-10-15", "2028-10-31"),
    ("CCM-03", "Z-SIS", ["SR 2.12"],
     "Every SIS change needs a permit with two signatures and the supervisor's key; the controller records which EWS user made it.",
     "No change can be made without two named people agreeing, and the controller keeps who made it.",
     "Two people agreeing to a wrong change.",
     "Permit PTW-2026-0412 traced to the controller's change log.", MARK, "2026-10-15", "2028-10-31"),
    ("CCM-04", "Z-SIS", ["SR 3.1 RE(1)"],
     "Safety protocol with checksum and watchdog over cables that never leave one locked cabinet row.",
     "The cables cannot be reached without opening the locked cabinets, and corruption trips the watchdog.",
     "Tampering by someone with the cabinet key.",
     "Cabinet walk-down 2026-10-15: no cable leaves the row.", MARK, "2026-10-15", "2028-10-31"),
    ("CCM-05", "Z-SIS", ["SR 3.2 RE(1)", "SR 3.2 RE(2)"],
     "Only the registered USB stick enters the zone, scanned before and after each use; SIS-EWS-01 is offline and its update status is checked and signed monthly.",
     "Nothing enters the zone unscanned and the offline station has no path for malware other than the stick.",
     "Malware the scanner does not know yet.",
     "Scan log and monthly sign-off sheets 2026-07 to 2026-09.", MARK, "2026-10-15", "2028-10-31"),
    ("CCM-06", "Z-SIS", ["SR 3.3 RE(1)", "SR 7.6 RE(1)"],
     "The yearly proof test includes a scripted check of keyswitch, passwords, gateway write blocking and a line-by-line comparison of the settings printout.",
     "The same checks an automated tool would make, made by a person once a year with a signed record.",
     "A wrong setting that stays unnoticed until the next proof test.",
     "SIS proof test report 2026-06.", MARK, "2026-10-15", "2028-10-31"),
    ("CCM-07", "Z-SIS", ["SR 7.3 RE(2)"],
     "No scheduled backup: the program changes less than twice a year and every change ends with a backup under the permit.",
     "A backup exists for every version the controller has ever run.",
     "A change made outside the permit has no backup.",
     "Backups of the last three permits restored on the test controller.", MARK, "2026-10-15", "2028-10-31"),
    ("CCM-08", "Z-SCADA", ["SR 2.5"],
     "HMIs stay unlocked on purpose in the control room, which is staffed 24/7 behind badge access; EWS-01 and the servers lock after 10 minutes.",
     "Only badge holders stand at the HMIs and the room is never empty.",
     "A visitor left alone at an HMI.",
     "Badge log of one week compared with the shift roster.", "", "", "2027-10-31"),
    ("CCM-09", "Z-CTRL", ["SR 7.7"],
     "Web servers of PLC-TWP-01 and PLC-INT-01 stay on for diagnostics, set read-only in the CPU; all other PLC web servers are off.",
     "Read-only web servers cannot change the process.",
     "A flaw in the web server itself.",
     "CPU settings read out on 2025-09-10.", MARK, "2025-09-15", "2026-09-30"),
]

# ---------------------------------------------------------------------------------------------
# Components (62443-4-2). Six products in the zones, vendors and certificates invented: four with an
# SL-C their supplier declares (three certificates, one supplier's statement), the chlorine dosing
# PLC assessed by answering 62443-4-2 for it in full, and the historian with no SL-C at all. The PLC
# holds Z-CTRL back: its passwords belong to protection levels, not to people, so its SL-C in FR 1
# (IAC) is 1 against the zone's SL-T 2. The historian is listed as unknown in Z-SCADA, never assumed
# capable.
# ---------------------------------------------------------------------------------------------

COMPONENTS = [
    {
        "id": "DMZ-FW-01", "name": "DMZ firewall pair", "type": "network-device",
        "vendor": "Veldmark Security", "product": "VM-Gate 640", "version": "7.1.3", "zone": "Z-DMZ",
        "declared": {"sl_c": [2, 2, 2, 2, 2, 2, 2], "source": "certificate", "certificate": "CSA-2025-0417",
                     "scheme": "ISASecure CSA", "date": "2025-03-18"},
    },
    {
        "id": "FSW-01", "name": "Field ring switch, filters", "type": "network-device",
        "vendor": "Osterlund Industrial Networks", "product": "OIN-8R ring switch", "version": "5.2.0",
        "zone": "Z-CTRL",
        "declared": {"sl_c": [2, 2, 2, 1, 2, 2, 2], "source": "certificate", "certificate": "SE-62443-2024-0188",
                     "scheme": "IECEE CB", "date": "2024-09-02"},
    },
    {
        "id": "GW-SIS-01", "name": "Serial gateway to the SIS", "type": "network-device",
        "vendor": "Ardwell Safety Systems", "product": "AS-GW 232", "version": "2.4", "zone": "Z-SIS",
        "declared": {"sl_c": [3, 3, 3, 2, 3, 2, 3], "source": "certificate", "certificate": "CSA-2024-0932",
                     "scheme": "ISASecure CSA", "date": "2024-11-27"},
    },
    {
        "id": "HIST-01", "name": "Process historian", "type": "host-device",
        "vendor": "Quarrendon Data", "product": "QD Historian server", "version": "5.3", "zone": "Z-SCADA",
        # Installed in 2017; the supplier has answered no request for a statement: unknown.
    },
    {
        "id": "PLC-CL2-01", "name": "Chlorine dosing PLC", "type": "embedded-device",
        "vendor": "Torvane Automation", "product": "TX-420 CPU 424", "version": "firmware 3.8.2",
        "zone": "Z-CTRL",
        # Assessed: every requirement asked of an embedded device answered below (A42).
    },
    {
        "id": "SCADA-SW", "name": "SCADA server software", "type": "software-application",
        "vendor": "Ellwyn Software", "product": "Wendmere SCADA Server", "version": "9.4.1", "zone": "Z-SCADA",
        "declared": {"sl_c": [3, 3, 3, 2, 2, 3, 2], "source": "supplier-statement", "date": "2025-11-04"},
    },
]

# IEC 62443-4-2 for PLC-CL2-01, answered from the Torvane security manual (rev. F) with the OT
# engineer and Hydro Automation's service engineer, who commissioned the PLC. Every requirement not
# listed here is met (without a note); the table names every requirement not met, the one not
# applicable, and the met ones worth a note. SL-C {1 2 2 2 4 2 2}.
A42_COMPONENT = "PLC-CL2-01"
A42_MANUAL = "Torvane TX-420 security manual rev. F, 2025-06"
A42 = {
    "CCSC 1": ("met", "HASE", "Type test report TX-420-TR-17 shows the control cycle unchanged during lockout, a full audit buffer and a firmware download to the standby slot.", ["Torvane type test report TX-420-TR-17"], False),
    "CCSC 2": ("met", "HASE", "Chapter 9 of the manual lists each requirement the CPU does not meet and the countermeasure outside it, e.g. a firewall in front of the CPU for FR 1.", [A42_MANUAL + ", chapter 9"], False),
    "CCSC 3": ("met", "OT", "Three protection levels (read, HMI write, full access); the HMIs use the HMI write level, only EWS-01 holds the full-access password.", [], False),
    "CCSC 4": ("met", "HASE", "Torvane's development process is certified against 62443-4-1 (ISASecure SDLA, certificate SDLA-2023-0071) for the TX-400 family, firmware 3.x included.", ["Torvane SDLA certificate SDLA-2023-0071"], False),
    "CR 1.1": ("met", "OT", "Every interface (engineering, web server, Modbus/TCP write) asks for the password of a protection level; nothing is open without one.", [], False),
    "CR 1.1 RE(1)": ("not-met", "HASE", "Passwords belong to the protection level, not to a person: three people who know the full-access password look the same to the CPU. Torvane plans user accounts on the CPU with firmware 4.0 (2027).", [A42_MANUAL + ", section 4.2"], True),
    "CR 1.1 RE(2)": ("not-met", "HASE", "No second factor on any interface.", [], False),
    "CR 1.7 RE(1)": ("not-met", "OT", "The CPU neither keeps a password history nor makes passwords expire.", [], False),
    "CR 1.7 RE(2)": ("not-met", "OT", "As RE(1): no lifetime for any password.", [], False),
    "CR 1.9 RE(1)": ("met", "HASE", "The device key lives in the CPU's secure element and cannot be read out.", [], False),
    "CR 1.11": ("met", "OT", "Five wrong passwords lock the interface for 10 minutes; the control program keeps running.", [], False),
    "CR 2.1 RE(4)": ("not-met", "HASE", "No two-person approval for downloads or forcing.", [], False),
    "CR 2.2": ("na", "HASE", "The TX-420 has no wireless interface of any kind (radio module not fitted, no slot for one).", [], False),
    "CR 2.9 RE(1)": ("not-met", "OT", "The audit buffer is a ring of 2,000 entries that overwrites the oldest without a warning.", [], False),
    "CR 2.11 RE(2)": ("not-met", "HASE", "The CPU takes NTP from NTP-01 without authentication, so a tampered time source goes unnoticed.", [], False),
    "CR 2.12 RE(1)": ("not-met", "HASE", "Writes over Modbus/TCP are logged with the source address only, not a user.", [], False),
    "EDR 2.13 RE(1)": ("not-met", "HASE", "The service port under the front cover is sealed but its use is not logged.", [], False),
    "CR 3.3 RE(1)": ("not-met", "HASE", "The security functions are checked at start-up only, not during operation.", [], False),
    "CR 3.9 RE(1)": ("not-met", "OT", "No write-once storage for audit records.", [], False),
    "EDR 3.10 RE(1)": ("met", "HASE", "Firmware images are signed by Torvane; the CPU refuses an image whose signature does not check.", ["Firmware 3.8.2 release note"], False),
    "EDR 3.11 RE(1)": ("not-met", "HASE", "The housing has a seal but no tamper switch, so an opened CPU raises no alarm.", [], False),
    "CR 4.2 RE(1)": ("not-met", "HASE", "The manual says nothing about clearing shared memory between uses.", [], False),
    "CR 4.2 RE(2)": ("not-met", "HASE", "No way to verify that a reset to factory settings erased everything.", [], False),
    "CR 5.1": ("met", "OT", "Separate ports for the field ring and the engineering network; the CPU does not route between them.", [], False),
    "CR 6.1 RE(1)": ("not-met", "OT", "The audit log can only be read in the engineering tool: no syslog, no API.", [], False),
    "CR 7.3": ("met", "OT", "Project and settings are backed up from EWS-01 after every change (permit procedure WI-OT-07).", [], False),
    "CR 7.6 RE(1)": ("not-met", "OT", "The security settings can be printed from the engineering tool, but not read out by a program.", [], False),
    "CR 7.7": ("met", "OT", "Unused services (FTP, SNMP, the second web port) are off; the web server is read-only (see CCM-09 for Z-CTRL).", [], False),
}
A42_WHO = "OT"  # the interviewee of the answers not listed

SESSIONS = [
    # (questionnaire, target, start)
    ("iec62443-2-1", None, "2026-10-13T08:35:00"),
    ("iec62443-3-2", None, "2026-10-13T08:40:00"),
    ("iec62443-3-3", "Z-ENT", "2026-10-13T10:50:00"),
    ("iec62443-3-3", "Z-DMZ", "2026-10-14T08:30:00"),
    ("iec62443-3-3", "Z-SCADA", "2026-10-14T08:25:00"),
    ("iec62443-2-4", None, "2026-10-15T08:30:00"),
    ("iec62443-3-3", "Z-CTRL", "2026-10-15T08:05:00"),
    ("iec62443-3-3", "Z-SIS", "2026-10-15T12:40:00"),
    ("iec62443-4-2", A42_COMPONENT, "2026-10-16T08:30:00"),
]
ANSWER_ORDER = "tool"  # or "file", see main()

SESSION_ASSESSOR = {"iec62443-2-1": HELEN, "iec62443-2-4": HELEN, "iec62443-3-2": DAVID, "iec62443-4-2": HELEN}


class Lcg:
    """A fixed linear congruential sequence, so the times never change between runs."""

    def __init__(self, seed):
        self.state = seed

    def below(self, n):
        self.state = (1103515245 * self.state + 12345) % (1 << 31)
        return (self.state >> 8) % n


# ---------------------------------------------------------------------------------------------
# Output
# ---------------------------------------------------------------------------------------------

def natural_cmp(a, b):
    """Port of natural_cmp in src/catalog/ids.rs: digit runs compare by value."""
    a, b = a.encode(), b.encode()
    i = j = 0
    while True:
        if i == len(a) and j == len(b):
            return 0
        if i == len(a):
            return -1
        if j == len(b):
            return 1
        x, y = a[i], b[j]
        if chr(x).isdigit() and chr(y).isdigit():
            ei, ej = i, j
            while ei < len(a) and chr(a[ei]).isdigit():
                ei += 1
            while ej < len(b) and chr(b[ej]).isdigit():
                ej += 1
            da, db = a[i:ei].lstrip(b"0") or b"0", b[j:ej].lstrip(b"0") or b"0"
            for u, v in ((len(da), len(db)), (da, db), (ei - i, ej - j)):
                if u != v:
                    return -1 if u < v else 1
            i, j = ei, ej
        else:
            if x != y:
                return -1 if x < y else 1
            i += 1
            j += 1


def s(text):
    """A TOML basic string (JSON escapes are valid TOML escapes)."""
    return json.dumps(text, ensure_ascii=False)


def arr(items):
    return "[" + ", ".join(s(i) if isinstance(i, str) else str(i) for i in items) + "]"


def load(name):
    with open(QDIR / f"{name}.toml", "rb") as f:
        return tomllib.load(f)


def risk_model_text():
    """default.toml without its format line, every table moved under risk_model."""
    lines = (QDIR / "risk-models" / "default.toml").read_text(encoding="utf-8").splitlines()
    out = ["[risk_model]"]
    for line in lines:
        if re.match(r"^format\s*=", line):
            continue
        m = re.match(r"^(\[\[?)([A-Za-z0-9_.-]+)(\]\]?)(.*)$", line)
        if m:
            line = f"{m.group(1)}risk_model.{m.group(2)}{m.group(3)}{m.group(4)}"
        out.append(line)
    while out and out[-1].strip() == "":
        out.pop()
    return "\n".join(out)


def table_rows(rows, questionnaire, procedures=None):
    reqs = load(questionnaire)["requirement"]
    req_ids = [r["id"] for r in reqs]
    group = {r["id"]: r["group"] for r in reqs}
    by_id = {r[0]: r for r in rows}
    if len(by_id) != len(rows):
        sys.exit(f"{questionnaire}: a requirement is listed twice")
    missing = [r for r in req_ids if r not in by_id]
    extra = [r for r in by_id if r not in req_ids]
    if missing or extra:
        sys.exit(f"{questionnaire}: missing {missing}, unknown {extra}")
    answers = []
    for rid in req_ids:
        _, value, who, note, evidence, flagged = by_id[rid]
        if procedures and not evidence and value in ("ml2", "ml3", "ml4") and group[rid] in procedures:
            evidence = [procedures[group[rid]]]
        answers.append(dict(requirement=rid, value=value, interviewee=PEOPLE[who], note=note,
                            evidence=list(evidence), flagged=flagged, fr=None))
    return answers


def zone_rows(zone_id):
    spec = ZONE33[zone_id]
    reqs = load("iec62443-3-3")["requirement"]
    ids = {r["id"] for r in reqs}
    unknown = [k for k in spec["overrides"] if k not in ids]
    if unknown:
        sys.exit(f"{zone_id}: unknown requirements {unknown}")
    answers = []
    for r in reqs:
        fr, min_sl = r["fr"], r["min_sl"]
        o = spec["overrides"].get(r["id"])
        if o:
            value, note, evidence, flagged = o[:4]
            who = o[4] if len(o) > 4 else spec["interviewee"]
        else:
            value = "met" if min_sl <= spec["base"][fr] else "not-met"
            note, evidence, flagged, who = "", [], False, spec["interviewee"]
        answers.append(dict(requirement=r["id"], value=value, interviewee=PEOPLE[who], note=note,
                            evidence=list(evidence), flagged=flagged, fr=fr))
    # Routine evidence: every second satisfied answer without its own reference cites the zone's
    # standard document for that FR (what the assessor looked at).
    for i, a in enumerate(answers):
        if not a["evidence"] and a["value"] in ("met", "compensated") and i % 2 == 0:
            a["evidence"] = [spec["evidence"][a["fr"]]]
    return answers


def component_rows(component_id):
    """Every 62443-4-2 requirement asked of the component's type, in the questionnaire's order."""
    kind = next(c["type"] for c in COMPONENTS if c["id"] == component_id)
    reqs = [r for r in load("iec62443-4-2")["requirement"]
            if not r.get("component_types") or kind in r["component_types"]]
    ids = {r["id"] for r in reqs}
    unknown = [k for k in A42 if k not in ids]
    if unknown:
        sys.exit(f"{component_id}: requirements not asked of a {kind}: {unknown}")
    answers = []
    for r in reqs:
        value, who, note, evidence, flagged = A42.get(r["id"], ("met", A42_WHO, "", [], False))
        answers.append(dict(requirement=r["id"], value=value, interviewee=PEOPLE[who], note=note,
                            evidence=list(evidence), flagged=flagged, fr=r.get("fr")))
    return answers


def check_components():
    zones = {z["id"] for z in ZONES}
    taken = zones | {c["id"] for c in CONDUITS}
    for c in COMPONENTS:
        if c["zone"] not in zones or c["id"] in taken:
            sys.exit(f"component {c['id']}: unknown zone or id taken")
        d = c.get("declared")
        if d and (d["source"] == "certificate") != bool(d.get("certificate")):
            sys.exit(f"component {c['id']}: a certificate needs its number, a statement has none")


def check_notes(answers, where):
    for a in answers:
        if a["value"] in ("na", "compensated") and not a["note"].strip():
            sys.exit(f"{where} {a['requirement']}: {a['value']} needs a note")


def schedule(answers, start, seed):
    rng = Lcg(seed)
    t = datetime.fromisoformat(start).replace(tzinfo=timezone.utc)
    lunch = t.hour >= 12  # afternoon sessions start after lunch
    for a in answers:
        step = 45 + rng.below(90) + (100 if a["note"] else 0) + (30 if a["evidence"] else 0)
        t += timedelta(seconds=step)
        if not lunch and t.hour >= 12:
            t += timedelta(minutes=45)
            lunch = True
        a["time"] = t.strftime("%Y-%m-%dT%H:%M:%SZ")
    return t


def main():
    blocks = {}
    rows = {"iec62443-2-1": A21, "iec62443-2-4": A24, "iec62443-3-2": A32}
    last = datetime.fromisoformat(CREATED.replace("Z", "+00:00"))
    for n, (q, target, start) in enumerate(SESSIONS):
        if q == "iec62443-4-2":
            answers = component_rows(target)
        elif target:
            answers = zone_rows(target)
        else:
            answers = table_rows(rows[q], q, A24_PROCEDURES if q == "iec62443-2-4" else None)
        check_notes(answers, f"{q} {target or ''}")
        end = schedule(answers, start, seed=1000 + 17 * n)
        last = max(last, end)
        assessor = ZONE33[target]["assessor"] if target in ZONE33 else SESSION_ASSESSOR[q]
        for a in answers:
            a["assessor"] = assessor
        blocks[(q, target)] = answers

    zone_ids = [z["id"] for z in ZONES]
    if sorted(zone_ids) != sorted(ZONE33):
        sys.exit("every zone needs its 3-3 answers")

    out = []
    w = out.append
    w("# Demo assessment of iacs-assess: a FICTIONAL water treatment works, its utility, its integrator")
    w("# and everybody named here are invented. Generated by demo/generate.py; edit that script, not this file.")
    w("format = 3")
    w("")
    w("[assessment]")
    w(f"title = {s(TITLE)}")
    w(f"organisation = {s(ORGANISATION)}")
    w(f"site = {s(SITE)}")
    w(f"assessors = {arr(ASSESSORS)}")
    w(f"created = {s(CREATED)}")
    w(f"modified = {s(last.strftime('%Y-%m-%dT%H:%M:%SZ'))}")
    w('language = "en"')
    w(f"questionnaires = {arr(QUESTIONNAIRES)}")
    w("")
    w("[targets]")
    w(f"maturity = {TARGETS_MATURITY}")
    w(f"sl_t_method = {s(SL_T_METHOD)}")
    for q, groups in TARGET_GROUPS.items():
        w("")
        w(f"[targets.maturity_groups.{q}]")
        for g, level in groups.items():
            w(f"{s(g)} = {level}")
    # One system under consideration (62443-3-2 ZCR 1); the zones and conduits name none, so they
    # are all the first system's, and the 3-2 answers are its answers.
    w("")
    w("[[system]]")
    w(f"id = {s(SUC_ID)}")
    w(f"name = {s(SITE)}")
    w(f"description = {s(SUC)}")
    for z in ZONES:
        w("")
        w("[[zone]]")
        w(f"id = {s(z['id'])}")
        w(f"name = {s(z['name'])}")
        w(f"description = {s(z['description'])}")
        w(f"assets = {arr(z['assets'])}")
        if z.get("adjustments"):
            w(f"adjustments = {arr(z['adjustments'])}")
        if z.get("sl_t"):
            o = z["sl_t"]
            w(f"sl_t = {{ vector = {arr(o['vector'])}, justification = {s(o['justification'])} }}")
    for c in CONDUITS:
        w("")
        w("[[conduit]]")
        for key in ("id", "name", "from", "to", "description"):
            w(f"{key} = {s(c[key])}")
    check_components()
    for c in sorted(COMPONENTS, key=lambda c: functools.cmp_to_key(natural_cmp)(c["id"])):
        w("")
        w("[[component]]")
        w(f"id = {s(c['id'])}")
        w(f"name = {s(c['name'])}")
        w(f"type = {s(c['type'])}")
        for key in ("vendor", "product", "version", "zone"):
            w(f"{key} = {s(c[key])}")
        d = c.get("declared")
        if d:
            w("")
            w("[component.declared]")
            w(f"sl_c = {arr(d['sl_c'])}")
            w(f"source = {s(d['source'])}")
            for key in ("certificate", "scheme"):
                if d.get(key):
                    w(f"{key} = {s(d[key])}")
            w(f"date = {d['date']}")
    targets = set(zone_ids) | {c["id"] for c in CONDUITS}
    for sc in SCENARIOS:
        if sc["target"] not in targets:
            sys.exit(f"{sc['id']}: unknown target {sc['target']}")
        w("")
        w("[[scenario]]")
        w(f"id = {s(sc['id'])}")
        w(f"target = {s(sc['target'])}")
        w(f"threat = {s(sc['threat'])}")
        w(f"description = {s(sc['description'])}")
        w(f"threat_actor = {s(sc['threat_actor'])}")
        if sc["frs"]:
            w(f"frs = {arr(sc['frs'])}")
        w(f"likelihood = {sc['likelihood']}")
        w(f"impact = {sc['impact']}")
        if sc.get("impact_categories"):
            w(f"impact_categories = {arr(sc['impact_categories'])}")
        if sc["residual"]:
            w(f"residual_likelihood = {sc['residual'][0]}")
            w(f"residual_impact = {sc['residual'][1]}")
        w(f"countermeasures = {s(sc['countermeasures'])}")
    w("")
    w(risk_model_text())
    for cid, zone, reqs, instead, equivalence, residual, verification, by, approved, review in COUNTERMEASURES:
        for r in reqs:
            if not any(a["requirement"] == r and a["value"] == "compensated" for a in blocks[("iec62443-3-3", zone)]):
                sys.exit(f"{cid}: {zone} {r} is not answered compensated")
        w("")
        w("[[countermeasure]]")
        w(f"id = {s(cid)}")
        w('questionnaire = "iec62443-3-3"')
        w(f"requirements = {arr(reqs)}")
        w(f"targets = {arr([zone])}")
        w(f"instead = {s(instead)}")
        w(f"equivalence = {s(equivalence)}")
        w(f"residual_risk = {s(residual)}")
        if by:
            w(f"approved_by = {s(by)}")
            w(f"approved = {approved}")
        w(f"verification = {s(verification)}")
        w(f"review_by = {review}")

    # The remediation plan, as the tool wrote it (demo/plan.toml says how it was made).
    plan = "\n".join(l for l in PLAN.read_text(encoding="utf-8").splitlines() if not l.startswith("#"))
    w("")
    w(plan.strip("\n"))

    # Answers in the order the tool keeps them (docs/assessment-format.md): questionnaire, zone,
    # requirement, all in natural order. For 2-4, 3-2 and 3-3 that is the order of the questionnaire
    # files; 2-1 lists its elements ORG, CM, NET, ... while natural order gives AVAIL, CM, COMP, ...
    # ANSWER_ORDER = "file" writes the questionnaire files' order instead (the tool re-sorts on load
    # and writes its own order on the next save).
    nat = functools.cmp_to_key(natural_cmp)
    keys = sorted(blocks, key=lambda k: (nat(k[0]), nat(k[1] or "")))
    if ANSWER_ORDER == "tool":
        for k in keys:
            blocks[k].sort(key=lambda a: nat(a["requirement"]))
    stats = {"answers": 0, "notes": 0, "evidence": 0, "flagged": 0}
    for q, target in keys:
        for a in blocks[(q, target)]:
            stats["answers"] += 1
            stats["notes"] += bool(a["note"])
            stats["evidence"] += bool(a["evidence"])
            stats["flagged"] += a["flagged"]
            w("")
            w("[[answer]]")
            w(f"questionnaire = {s(q)}")
            if q == "iec62443-3-2":
                w(f"target = {s(SUC_ID)}")  # answered per system under consideration
            elif target:
                w(f"target = {s(target)}")
            w(f"requirement = {s(a['requirement'])}")
            w(f"value = {s(a['value'])}")
            if a["note"]:
                w(f"note = {s(a['note'])}")
            if a["evidence"]:
                w(f"evidence = {arr(a['evidence'])}")
            w(f"interviewee = {s(a['interviewee'])}")
            w(f"assessor = {s(a['assessor'])}")
            w(f"time = {s(a['time'])}")
            if a["flagged"]:
                w("flagged = true")
    OUT.write_text("\n".join(out) + "\n", encoding="utf-8")
    n = stats["answers"]
    print(f"wrote {OUT.relative_to(ROOT)}: {n} answers, notes {stats['notes']} ({100 * stats['notes'] // n} %), "
          f"evidence {stats['evidence']} ({100 * stats['evidence'] // n} %), flagged {stats['flagged']}")


if __name__ == "__main__":
    main()
