### IEC 62443-2-1:2024 asset owner security program: English texts for iacs-assess.
### Written fresh for this tool; this is not the wording of the standard. Identifiers and short titles are facts.
### The interviewee is the asset owner: the plant's OT security lead, control engineers, IT, management, HR
### and purchasing. Questions speak of "your plant", "your site", "your company" and "your control systems".
### Terms (review 2026-12), checked by tests/terms.rs: allow-list and allow-listing, never whitelist or blacklist; safety is not security.

questionnaire =
    .title = IEC 62443-2-1 asset owner security program
    .description = IEC 62443-2-1 looks at the security program a plant operator runs for its industrial automation and control systems: organisation and people, configuration and change, networks and remote access, components, data, user access, events and incidents, and availability with backups. Each requirement is answered with a maturity level, from ML1 (done, but ad hoc) to ML4 (measured and improved), or marked not implemented or not applicable. Results roll up per element and per security program element, so they can be held against a target profile.

## Security program elements and elements

spe-1 =
    .title = Organizational security measures
    .description = How your company organises security for its control systems: the management system and policies, people and training, suppliers, risk and reviews, and physical access to the equipment.

org-1 =
    .title = Security related organization and policies
    .description = Who is in charge of OT security, which rules apply, how staff are vetted and trained, and what you ask of the suppliers and service providers you buy from.

org-2 =
    .title = Security assessments and reviews
    .description = How risks are assessed and treated, how weaknesses and oddities are found, how secure development and support are obtained, and how the security program itself is reviewed.

org-3 =
    .title = Security of physical access
    .description = Keeping unauthorised people away from control rooms, rack and equipment rooms, control cabinets and field devices.

spe-2 =
    .title = Configuration management
    .description = Knowing what is installed, how it is connected and how it is set up, and keeping every change under control.

cm-1 =
    .title = Inventory of IACS components and communications
    .description = The asset inventory, the network drawings, the approved configuration settings and the change control process for the hardware, software and network connections of your control systems.

spe-3 =
    .title = Network and communications security
    .description = How your control system networks are divided into zones, kept apart from office and safety networks, and reached over wireless and remote connections.

net-1 =
    .title = System segmentation
    .description = Zones and conduits, separation from business and safety networks, independence from outside networks, control of what may connect, exposed services, messaging and time sources.

net-2 =
    .title = Secure wireless access
    .description = Wireless links in the plant: the protocols used, separation from the wired zones, and the names and addresses networks and devices carry. If there is no wireless at all, mark the element not applicable with that reason.

net-3 =
    .title = Secure remote access
    .description = Remote access by your own staff, vendors and service providers: which tools are allowed, how each connection is approved and protected, and how sessions are ended.

spe-4 =
    .title = Component security
    .description = Keeping the individual devices of the control systems secure: hardening, portable media, malware protection and patches.

comp-1 =
    .title = Components and portable media
    .description = Hardening of workstations, servers, controllers and network devices, and USB sticks and other portable media kept for the control systems only.

comp-2 =
    .title = Malware protection
    .description = Keeping malware off the control systems: checking new devices and files, protective software where it fits, and validating that software and its updates before installation.

comp-3 =
    .title = Patch management
    .description = Getting genuine patches, qualifying and installing them, knowing the patch state of every asset, keeping hardening intact after patching, and mitigating what cannot be patched.

spe-5 =
    .title = Protection of data
    .description = Knowing which data of the control systems is sensitive and protecting it: classification, confidentiality, integrity, retention, cryptography and keys, and the configuration mode of safety systems.

data-1 =
    .title = Protection of data
    .description = Classifying data such as recipes, set points, drawings, backups and credentials, and protecting it where it is stored, sent, kept and destroyed, including the keys that protect it.

spe-6 =
    .title = User access control
    .description = Who may log on to what, with which rights, and how accounts, passwords and sessions are managed across the control systems.

user-1 =
    .title = Identification and authentication
    .description = Accounts for people, software services and devices: creating and removing them, authenticating them, password rules, logon behaviour, sessions and screen locks.

user-2 =
    .title = Authorization and access control
    .description = What an authenticated user may do: rights given by role, separation of duties, two-person approval for critical actions and temporary raising of privileges.

spe-7 =
    .title = Event and incident management
    .description = Noticing security events in the control systems, recording and reporting them, analysing them, and handling incidents and vulnerabilities.

event-1 =
    .title = Event and incident management
    .description = Detection and reporting of security events, the logs and who may read them, analysis of events, incident response and the handling of vulnerabilities.

spe-8 =
    .title = System integrity and availability
    .description = Keeping the plant running and recoverable: continuity plans, enough resources, predictable behaviour when something fails, and backups that really restore.

avail-1 =
    .title = System availability and intended functionality
    .description = Planning for continuity of the control systems, managing resources such as capacity and spares, and making sure components fail into a defined, safe state.

avail-2 =
    .title = Backup/restore/archive
    .description = Backups of the control systems: what is saved and how often, without disturbing operation, checked, kept on suitable media and proved by real restores.

## ORG 1 Security related organization and policies

# ML3 = defined once for the organisation, with evidence that it is used; not "all sites" (review 2026-12)
org-1-1 =
    .title = Information security management system (ISMS)
    .question = Is security of your control systems run as a managed program, with a policy signed by management, a named owner, objectives and a yearly cycle that covers the plant and not only office IT?
    .guidance =
        ML1: some OT security work happens, carried by a few committed people; no written program covers the control systems.
        ML2: a written OT security policy and program exist for this site, with an owner, a scope and resources agreed by management.
        ML3: the OT security program is defined once for the whole organisation and built into the company ISMS; minutes of reviews and management meetings show it is actually run.
        ML4: program objectives have indicators (findings closed, training coverage, incidents) that are tracked and used to steer the program.
        Weak spots: an ISO 27001 scope that quietly leaves the plant out; a policy nobody on the shop floor has read.
        Ask also: who may stop production for a security reason, and has that ever happened?
    .evidence =
        OT security policy with management signature and date
        ISMS or security program scope statement that names the control systems
        Minutes of the last management review that covered OT security

# ML3 = defined once for the organisation, with evidence that it is used; not "all sites" (review 2026-12)
org-1-2 =
    .title = Background checks
    .question = Before someone gets access to your control systems (new hires, agency staff, contractor technicians), is their background checked as far as local law allows, and is it repeated for sensitive roles?
    .guidance =
        ML1: HR checks some new hires; temporary staff and contractors are taken on trust.
        ML2: a written screening rule names the roles with access to the control systems and the checks each needs; HR keeps the records.
        ML3: one screening rule is defined for the organisation and reaches contractors through contract clauses; records show the checks are done before access is given.
        ML4: screening is repeated for critical roles on a schedule, and gaps found in audits change the rule.
        Weak spots: agency staff, shutdown and turnaround crews, vendor engineers who turn up on the day.
        Ask also (HR): how do you know which people have access to the control systems?
    .evidence =
        Screening procedure listing roles and the checks each needs
        HR record of a recent control engineer hire, check dated before account creation
        Contract clause requiring screening of contractor staff

org-1-3 =
    .title = Security roles and responsibilities
    .question = Who is responsible for the security of your control systems, from plant manager to shift operator, IT and contractors, and is it written down so everyone knows which part is theirs?
    .guidance =
        ML1: "the automation engineer does security"; duties are known by habit and depend on the person.
        ML2: a written RACI or role description for OT security exists for this site, with named people and deputies.
        ML3: roles are defined the same way company-wide, cover the IT/OT boundary and service providers, and job descriptions refer to them.
        ML4: role coverage and workload are reviewed after incidents and audits, and the changes are tracked.
        Weak spots: the gap between IT and OT (who owns the firewall between them?); no deputy during holidays.
        Ask also: who would decide to cut the plant network off from the office at 3 a.m.?
    .evidence =
        OT security RACI or organisation chart with names and deputies
        Job descriptions of the OT security lead and a control engineer
        Contract annex giving security duties to a service provider

# ML3 = defined once for the organisation, with evidence that it is used; not "all sites" (review 2026-12)
org-1-4 =
    .title = Security awareness training
    .question = Do all people who work on or near your control systems (operators, maintenance, engineers, contractors) get awareness training that speaks about the plant: USB sticks, phishing, remote access, strangers in the control room?
    .guidance =
        ML1: occasional talks or posters; the office e-learning is assumed to be enough for the plant.
        ML2: an OT-specific awareness module exists for this site, is given to site staff and attendance is recorded.
        ML3: the training is a defined part of onboarding and yearly refreshers for the whole organisation, contractors included; completion records show it is actually given.
        ML4: its effect is measured (phishing or USB drop tests, reports from staff) and the content is updated from the results.
        Weak spots: shift workers who miss classroom sessions; contractors who are only on site during shutdowns.
    .evidence =
        Awareness training material used for operators and maintenance staff
        Attendance or completion records for the last 12 months
        Contractor site induction that covers security

org-1-5 =
    .title = Security responsibilities training
    .question = Are the people who carry a security task (control engineers who harden PCs, IT staff who run the OT firewalls, the OT security lead) trained for that task, and is their competence checked before they take it on?
    .guidance =
        ML1: people learn on the job or pick vendor courses themselves.
        ML2: the training each security role at this site needs is defined, and training records show it was done.
        ML3: a company-wide training matrix per role, tied to the defined roles, is checked before someone takes over a security task.
        ML4: skills are assessed periodically and the matrix is updated from incidents, new technology and audit findings.
        Weak spots: the one expert with no trained backup; new tools (a monitoring system, a jump server) bought without training.
    .evidence =
        Training matrix per security role
        Course records or certificates of the OT security lead and firewall admins
        Competence sign-off before a new admin got privileged access

org-1-6 =
    .title = Supply chain security
    .question = When you buy control system products or hire integrators and maintenance firms, do your specifications and contracts set security requirements, and do you check that suppliers meet them?
    .guidance =
        ML1: an engineer raises security case by case; purchasing has no standard wording.
        ML2: standard security clauses and specifications (for example citing IEC 62443-2-4, 4-1 or 4-2) are used for this site's purchases.
        ML3: purchasing uses them company-wide, suppliers are assessed before award, and records show the checks were made.
        ML4: supplier security performance (incidents, audit results) is tracked and feeds supplier selection and contract updates.
        Weak spots: spares bought from brokers; machine builders delivering skids with their own PLCs and routers.
        Ask also (purchasing): what would make you reject a supplier on security grounds?
    .evidence =
        Security clauses in a recent purchase order or service contract
        Supplier security questionnaire or assessment result
        Approved supplier list showing security status

## ORG 2 Security assessments and reviews

# ML3 = defined once for the organisation, with evidence that it is used; not "all sites" (review 2026-12)
org-2-1 =
    .title = Security risk mitigation
    .question = Have you assessed the security risks to your control systems, for example zone by zone as in IEC 62443-3-2, and is there a plan with owners and dates to bring each risk to a level management accepts?
    .guidance =
        ML1: risks are talked about informally; measures are chosen from experience.
        ML2: a documented risk assessment of this site's control systems exists, with a treatment plan approved by management.
        ML3: the organisation has one documented risk method, repeated after major changes and on a schedule; records show assessments made with it and actions tracked to closure.
        ML4: residual risk and action progress are reported with indicators; the method is refined from incidents and lessons learned.
        Weak spots: a risk assessment done once for a project and never updated; accepted risks with no expiry date.
    .evidence =
        Latest risk assessment report of the control systems and its approval
        Risk treatment plan with owners and due dates
        Risk acceptance signed by management

org-2-2 =
    .title = Processes for discovery of security anomalies
    .question = How do you find out that something in your control systems is not as it should be (an unknown device, an unexpected connection, a new vulnerability, a setting that drifted), and are your tools safe for a running plant?
    .guidance =
        ML1: anomalies are found by chance, when something breaks or a vendor happens to mention it.
        ML2: planned checks exist for this site (passive monitoring, scans in maintenance windows, configuration comparisons), with agreed safe use.
        ML3: a company-wide process sets what is checked, how often and with which approved tools; results are recorded and followed up.
        ML4: coverage and time to detect are measured, and the checks are tuned from findings and incidents.
        Weak spots: active scans of fragile controllers during production; findings left in a report with no owner.
        Ask also: when did you last find a device on the OT network that nobody knew about?
    .evidence =
        Procedure for security checks and scans, with approval and safety conditions
        Report of the last vulnerability scan or monitoring review
        List of anomalies found and how each was closed

org-2-3 =
    .title = Secure development and support
    .question = For software and logic made for your plant (PLC programs, HMI screens, scripts, interfaces), by your staff or by others, and for products you buy, do you require secure development and security support for their whole life?
    .guidance =
        ML1: in-house logic and scripts follow personal habits; nobody asks vendors about security support.
        ML2: this site has rules for its own development work (reviews, version control, no hard-coded passwords) and support terms in contracts.
        ML3: company-wide rules cover own and contracted development; suppliers show a secure lifecycle (e.g. IEC 62443-4-1) and update commitments.
        ML4: weaknesses found later are analysed, and the rules and supplier requirements are improved.
        Weak spots: macros and Python scripts on engineering stations; products past their end of support.
    .evidence =
        Engineering or coding guideline for PLC and HMI work with security rules
        Supplier evidence of a secure development lifecycle
        Support and security update terms in a product contract

# ML3 = defined once for the organisation, with evidence that it is used; not "all sites" (review 2026-12)
org-2-4 =
    .title = Security program (SP) reviews
    .question = Is your OT security program itself reviewed at set intervals and after major events (an incident, a new unit, new regulation) by someone able to judge it, and are the results acted upon?
    .guidance =
        ML1: the program is looked at when someone asks, typically just before an external audit.
        ML2: a review schedule and checklist exist for this site; reviews are recorded with their findings.
        ML3: an organisation-wide audit program (internal audits, and independent assessments where needed) is defined; audit reports show it runs, and findings are tracked to closure.
        ML4: review results are trended over the years and used to set program goals; the review method itself is improved.
        Weak spots: reviews done by the person who runs the program; findings closed on paper only.
        Ask also: what changed in the program because of the last review?
    .evidence =
        Review or internal audit schedule of the OT security program
        Report of the last review with its findings
        Action tracker showing review findings closed

## ORG 3 Security of physical access

# ML3 = defined once for the organisation, with evidence that it is used; not "all sites" (review 2026-12)
org-3-1 =
    .title = Physical access control
    .question = Who can physically reach your control room, rack rooms, control cabinets, engineering stations and network switches, and how do you control and record that access, for visitors and contractors too?
    .guidance =
        ML1: doors are locked by habit, keys circulate, and nobody knows who went in.
        ML2: this site has written access rules for control system areas; key and badge lists are kept and visitors are escorted.
        ML3: the access rules are an organisation standard; records of regular access-right reviews and of checked access logs show it is applied.
        ML4: physical access events are monitored and analysed; rules change after incidents or tests such as tailgating checks.
        Weak spots: remote stations and field cabinets; open switch cabinets in the plant; master keys held by cleaning or facility staff.
    .evidence =
        List of people with access to the control room and rack rooms, with last review date
        Badge system log for an equipment room
        Visitor log with escort entries

## CM 1 Inventory of IACS components and communications

# ML3 = defined once for the organisation, with evidence that it is used; not "all sites" (review 2026-12)
cm-1-1 =
    .title = Asset inventory baseline
    .question = Do you have a current inventory of all your control system assets (PLCs, HMIs, servers, engineering stations, network devices, software and firmware versions), and how is it kept up to date?
    .guidance =
        ML1: partial lists in spreadsheets or in people's heads; firmware versions are unknown.
        ML2: a documented inventory for this site lists hardware, software and versions, with an owner and a rule for updating it.
        ML3: a defined organisation-wide inventory method is tied to change control; records show the inventory is regularly reconciled with what is on the network.
        ML4: accuracy is measured (devices found versus devices listed) and the process or tooling is improved.
        Weak spots: OEM package units and skids; spares in the store; virtual machines; devices added during commissioning.
        Ask also: pick three devices in the field and find them in the inventory.
    .evidence =
        Inventory export with versions and owners
        Result of the last reconciliation against network discovery
        Change record showing the inventory was updated

# ML3 = defined once for the organisation, with evidence that it is used; not "all sites" (review 2026-12)
cm-1-2 =
    .title = Infrastructure drawings/documentation
    .question = Are there current drawings of your control system networks showing devices, zones, firewalls, remote access paths and links to IT and outside parties, and are they protected and updated after each change?
    .guidance =
        ML1: drawings from the original project exist but do not show later changes.
        ML2: network drawings for this site are maintained, dated, restricted to those who need them, and updated as part of changes.
        ML3: a common drawing standard is defined for the organisation, and records of regular walk-downs show drawings are compared with reality.
        ML4: drawing accuracy is measured in audits, and the update process is improved where gaps recur.
        Weak spots: "temporary" links, cellular routers in cabinets, drawings on shared drives open to everyone.
    .evidence =
        Current network architecture drawing with revision date
        Document control rule for drawings (who updates, who may see them)
        Change record that included a drawing update

cm-1-3 =
    .title = Configuration settings
    .question = Do you know and keep the approved security settings of your control system devices (firewall rules, switch settings, Windows policies, PLC protection settings), and do you check devices still match them?
    .guidance =
        ML1: settings are whatever the commissioning engineer left; there is no baseline.
        ML2: approved configuration baselines exist for this site's main device types and are stored safely.
        ML3: baselines are maintained company-wide, and devices are compared with them on a schedule or by a tool; deviations are handled.
        ML4: drift is measured, and baselines or processes are improved to reduce it.
        Weak spots: PLC key switches left in program mode; firewall rules added for a project and never removed.
        Ask also: when was the OT firewall rule set last reviewed, and by whom?
    .evidence =
        Configuration baseline of a workstation or firewall
        Report of the last comparison of devices against baselines
        Record of a deviation found and corrected

# ML3 = defined once for the organisation, with evidence that it is used; not "all sites" (review 2026-12)
cm-1-4 =
    .title = Change control
    .question = How are changes to your control systems (new devices, software updates, logic changes, firewall rules, new connections) requested, checked for security impact, approved and recorded before they are made?
    .guidance =
        ML1: engineers make changes as needed; some are written down afterwards.
        ML2: this site's management of change procedure includes a security review and approval, and records exist.
        ML3: one change process is defined for the organisation, contractors included; change records show it is followed and emergency changes are reviewed afterwards.
        ML4: change data (failed changes, unauthorised changes found) is analysed and the process improved.
        Weak spots: "small" changes outside MoC; changes made by vendors remotely; emergency changes never documented.
        Ask also: show me the last firewall change and its approval.
    .evidence =
        Change or MoC procedure with its security review step
        Three recent change records with security sign-off
        List of emergency changes with their after-the-fact review

## NET 1 System segmentation

# ML3 = defined once for the organisation, with evidence that it is used; not "all sites" (review 2026-12)
net-1-1 =
    .title = Segmentation from non-IACS zones
    .question = Are your control system networks separated from the office network, the internet and other non-IACS networks, for example by firewalls and a DMZ, so that only needed and documented traffic can pass?
    .guidance =
        ML1: some separation exists (a router, a VLAN) but its rules are broad or unknown.
        ML2: a firewall or DMZ design for this site allows only documented flows, and the rules are reviewed.
        ML3: a company segmentation standard is defined; change records show new flows go through change control, and rule reviews on a schedule are recorded.
        ML4: segmentation is tested (penetration tests, flow monitoring) and the design is improved from the findings.
        Weak spots: dual-homed PCs, "any-any" rules, a shared Active Directory, a historian reachable straight from the office.
    .evidence =
        IT/OT firewall rule export with a business reason per rule
        Segmentation design or reference architecture
        Record of the last firewall rule review

net-1-2 =
    .title = Documentation of zones and network zone interconnections
    .question = Have you defined your zones and the conduits between them (which assets sit in each zone, what connects the zones, which traffic is allowed), and is that documentation current?
    .guidance =
        ML1: zones exist in people's minds but are not written down.
        ML2: a zone and conduit model for this site is documented, with the assets of each zone and the allowed flows of each conduit.
        ML3: the model follows a company-wide method (e.g. IEC 62443-3-2), is kept in step with changes and is checked against the real network.
        ML4: discrepancies found are counted and used to improve how the model is maintained.
        Weak spots: conduits that exist physically but not on paper (serial links, modems, USB transfers); zones named but not enforced.
    .evidence =
        Zone and conduit diagram with assets assigned to zones
        Conduit list with allowed protocols and directions
        Record of the last check against the live network

# ML3 = defined once for the organisation, with evidence that it is used; not "all sites" (review 2026-12)
net-1-3 =
    .title = Network segmentation from safety systems
    .question = Is the network of your safety instrumented system (SIS) separated from the basic control system and other networks, so that a fault or attack there cannot affect the safety functions?
    .guidance =
        ML1: SIS and control system share one network; separation is assumed from the vendor's design.
        ML2: the separation of this site's SIS is designed and documented, and only the needed communication is allowed.
        ML3: a company standard governs SIS separation, and records of checks at changes and of periodic tests show it is verified.
        ML4: separation is tested, and weaknesses found lead to design improvements.
        Weak spots: the SIS engineering station on the control network; integrated control and safety systems; shared switches.
        Ask also: if the site has no SIS, mark not applicable and say so in the note.
    .evidence =
        Network drawing showing the SIS boundary and its conduits
        Firewall or gateway configuration between SIS and control system
        Record of the last SIS security review

# ML3 = defined once for the organisation, with evidence that it is used; not "all sites" (review 2026-12)
net-1-4 =
    .title = Network autonomy
    .question = Can your control systems keep running safely if the link to the office network, the internet or a cloud service is lost, or do they rely on outside services such as company domain controllers, DNS or licence servers?
    .guidance =
        ML1: dependencies are unknown; nobody has tried running without the outside link.
        ML2: the dependencies of this site's control systems on outside networks are listed, and essential functions are shown to run without them.
        ML3: independence from outside networks is a defined company design rule; change and test records show it is checked.
        ML4: tests are repeated regularly, and each dependency found is removed or mitigated.
        Weak spots: licence servers in IT, time taken from the internet, a remote historian needed to release batches.
    .evidence =
        List of the control systems' dependencies on outside networks
        Report of a test run with the IT/OT link cut
        Design rule or standard that requires autonomy

# ML3 = defined once for the organisation, with evidence that it is used; not "all sites" (review 2026-12)
net-1-5 =
    .title = Network disconnection from external networks
    .question = If an attack spreads in the office network or comes from the internet, can you quickly cut your control systems off from outside networks, is it clear who decides and how, and has it been tried?
    .guidance =
        ML1: someone could pull a cable, but there is no plan.
        ML2: a written disconnection procedure for this site names who decides, where to disconnect and what stops working.
        ML3: the procedure is part of the organisation's defined incident response and has been exercised; exercise results are recorded.
        ML4: exercise results (time to disconnect, side effects) are measured and the procedure is improved.
        Weak spots: hidden connections (vendor modems, cellular routers) the procedure misses; fear of stopping production.
    .evidence =
        Disconnection procedure with its decision authority
        Record of the last isolation drill or test
        Drawing marking the points of disconnection

# ML3 = defined once for the organisation, with evidence that it is used; not "all sites" (review 2026-12)
net-1-6 =
    .title = Internal network access control
    .question = How do you stop unknown devices, such as a contractor's laptop, from being plugged into your control networks, and how do you limit what connected devices can reach inside them?
    .guidance =
        ML1: anyone with a cable can connect; unused switch ports are live.
        ML2: at this site unused ports are disabled, port security or NAC is used where possible, and new connections need approval.
        ML3: a company rule for connecting devices is defined; logged connection attempts are reviewed and traffic between zones is restricted, with records to show it.
        ML4: effectiveness is tested (e.g. with a test device) and the controls are improved.
        Weak spots: switches in field cabinets, service ports on controllers, shared engineering laptops.
    .evidence =
        Switch configuration with disabled ports and port security
        Procedure for connecting a new device to the OT network
        Log of unknown devices blocked or detected

# ML3 = defined once for the organisation, with evidence that it is used; not "all sites" (review 2026-12)
net-1-7 =
    .title = Network accessible services
    .question = Are the network services running on your control system devices (file shares, web servers, remote desktop, Telnet, FTP, SNMP) limited to what is really needed, with the rest switched off?
    .guidance =
        ML1: devices run with vendor defaults; nobody knows which services are open.
        ML2: the needed services are documented per device type for this site, and the others are disabled.
        ML3: a company hardening standard lists allowed services, and recorded scans or configuration checks confirm it is applied.
        ML4: check results are tracked and the list of allowed services is tightened over time.
        Weak spots: web servers built into PLCs and switches, SMBv1 on old HMIs, vendor diagnostic ports.
    .evidence =
        List of allowed services and ports per device type
        Port scan or configuration check of a sample of devices
        Record of services that were disabled

# ML3 = defined once for the organisation, with evidence that it is used; not "all sites" (review 2026-12)
net-1-8 =
    .title = User messaging
    .question = Can people on your control system PCs and HMIs send or receive e-mail, chat, social media or other person-to-person messages, and if so, how is that restricted or protected?
    .guidance =
        ML1: operators use e-mail, chat or web mail on HMIs and engineering stations as they like.
        ML2: a rule for this site forbids or limits messaging on control system devices, and exceptions are documented.
        ML3: the rule is defined once for the organisation and enforced technically (no clients installed, mail and chat blocked at the OT firewall); firewall records show the block is in place.
        ML4: compliance is checked (scans, proxy or firewall logs) and the rule is adjusted.
        Weak spots: web browsers on HMIs; phones charged on PC ports; one control room PC used for everything.
    .evidence =
        Rule on e-mail, chat and web use on control system devices
        Firewall rules blocking mail and chat traffic into OT zones
        Software list of an HMI showing no mail or chat client

net-1-9 =
    .title = Network time distribution
    .question = Where do your control systems get their time from, and is that source reliable and protected, so that logs, alarms and sequence-of-events records can be trusted?
    .guidance =
        ML1: devices keep their own clocks or use whatever time server they find.
        ML2: a defined time source for this site's control systems is documented and devices are set to use it.
        ML3: a company-wide time design with protected sources (e.g. a GPS clock inside OT, authenticated NTP or PTP) is applied and checked.
        ML4: time deviations are monitored, and the design is improved when problems occur.
        Weak spots: time fetched from the internet through the firewall; unsynchronised PLCs; daylight saving gaps in logs.
    .evidence =
        Time distribution design or drawing
        NTP or PTP settings of a server and a controller
        Time drift monitoring or sync alarms

## NET 2 Secure wireless access

# ML3 = defined once for the organisation, with evidence that it is used; not "all sites" (review 2026-12)
net-2-1 =
    .title = Wireless protocols
    .question = Which wireless technologies are used in your plant (Wi-Fi, WirelessHART, ISA100, Bluetooth, cellular), and are they set up with strong authentication and encryption that current practice accepts?
    .guidance =
        ML1: each project installed wireless with its own settings; open or WEP networks may still exist.
        ML2: approved wireless protocols and security settings are documented for this site and applied.
        ML3: a company wireless standard is defined, and reports of regular surveys show settings are checked and rogue access points looked for.
        ML4: survey results are tracked, and the standard is updated as protocols age.
        Weak spots: access points installed by vendors, cellular routers for remote monitoring, Bluetooth on handhelds.
    .evidence =
        Wireless standard listing allowed protocols and settings
        Configuration export of a plant access point or wireless gateway
        Last wireless survey report

# ML3 = defined once for the organisation, with evidence that it is used; not "all sites" (review 2026-12)
net-2-2 =
    .title = Wireless network segmentation
    .question = Are the wireless networks in your plant put in their own zones and separated from the wired control networks by a firewall or similar device, instead of being bridged straight into them?
    .guidance =
        ML1: access points are plugged directly into the control network.
        ML2: this site's wireless networks are separate zones with controlled conduits to the wired control systems.
        ML3: this is a defined company design rule, and change records show it is checked at each change.
        ML4: separation is tested and improved from the findings.
        Weak spots: guest Wi-Fi sharing hardware with OT wireless; wireless sensor gateways wired into the PLC network.
    .evidence =
        Drawing showing wireless zones and their conduits
        Firewall rules between wireless and wired zones
        Change record of a recent wireless installation

# ML3 = defined once for the organisation, with evidence that it is used; not "all sites" (review 2026-12)
net-2-3 =
    .title = Wireless properties and addresses
    .question = Do the names (SSIDs) and addresses of your wireless networks and devices avoid telling an outsider what they control, and are addresses given out and recorded in a controlled way?
    .guidance =
        ML1: SSIDs such as "Boiler_PLC" or the company name; addresses handed out by whatever DHCP server is around.
        ML2: this site has naming and addressing rules for wireless, and they are applied.
        ML3: the rules are part of the defined company wireless standard, and survey reports show they are checked.
        ML4: survey findings are tracked and the rules are improved.
        Weak spots: default SSIDs on vendor devices; device addresses not recorded, which makes rogue devices hard to spot.
    .evidence =
        Naming and addressing rule for wireless networks
        List of SSIDs and device addresses from a survey
        Access point configuration showing SSID and addressing

## NET 3 Secure remote access

# ML3 = defined once for the organisation, with evidence that it is used; not "all sites" (review 2026-12)
net-3-1 =
    .title = Remote access applications
    .question = Which tools may be used for remote access to your control systems (a jump server, a vendor portal, VPN clients, remote desktop tools), and is there an approved list, with everything else blocked?
    .guidance =
        ML1: each vendor brings its own tool; nobody has the full list.
        ML2: the approved remote access tools for this site are listed with setup instructions, and others are blocked.
        ML3: one approved list is defined for the organisation and backed by technical blocking; records of periodic searches for unapproved tools show it is enforced.
        ML4: use and incidents are reviewed, and the list and configurations are improved.
        Weak spots: remote desktop tools installed by vendors "for support"; cellular modems that bypass the firewall.
    .evidence =
        List of approved remote access tools
        Firewall or application control rules blocking other tools
        Scan result looking for unapproved remote access software

# ML3 = defined once for the organisation, with evidence that it is used; not "all sites" (review 2026-12)
net-3-2 =
    .title = Remote access connections
    .question = How is each remote connection into your control systems approved, authenticated (for example with MFA), limited to the systems needed and watched, for your own engineers working from home and for vendors?
    .guidance =
        ML1: remote users have standing access whenever they want it.
        ML2: remote access at this site uses a defined path with personal accounts, MFA and approval per session or per user.
        ML3: the controls are an organisation-wide standard; session logs are reviewed, and records show vendor access is switched on only on request.
        ML4: remote access use is analysed (how often, how long, anomalies) and the controls are improved.
        Weak spots: shared vendor accounts, always-on VPNs, access that reaches the whole OT network instead of one system.
    .evidence =
        Remote access procedure with its approval step
        Approval and session log of a recent vendor session
        MFA settings on the remote access gateway

# ML3 = defined once for the organisation, with evidence that it is used; not "all sites" (review 2026-12)
net-3-3 =
    .title = Remote access termination
    .question = Can your staff end a remote session into the control systems at once when needed, and do sessions end by themselves when the job is done or after a period of inactivity?
    .guidance =
        ML1: sessions run until the remote user closes them.
        ML2: at this site operators or admins can end sessions, and idle and maximum session times are set.
        ML3: termination and timeouts are part of the company remote access standard; shift staff know how to end a session, and test records show it works.
        ML4: session data is reviewed, and timeouts or procedures are improved.
        Weak spots: vendor sessions left open overnight; nobody on shift knowing how to cut a session.
    .evidence =
        Timeout settings of the remote access gateway
        Instruction for operators to end a remote session
        Log of a session ended by timeout or by an operator

## COMP 1 Components and portable media

# ML3 = defined once for the organisation, with evidence that it is used; not "all sites" (review 2026-12)
comp-1-1 =
    .title = Component hardening
    .question = Are your control system components (servers, workstations, HMIs, network devices, controllers) hardened before use, with unneeded software, accounts, ports and functions removed or disabled as the vendor advises?
    .guidance =
        ML1: devices go into service as delivered.
        ML2: hardening guides per device type exist for this site and are applied at installation; records show it.
        ML3: a company hardening standard is defined, and checklists or scans recorded before handover show it is applied.
        ML4: compliance with the standard is measured and the standard is improved.
        Weak spots: old systems that "must not be touched", vendor service laptops, replacement units taken from the store.
    .evidence =
        Hardening guide or checklist for one device type
        Completed checklist for a recently installed device
        Compliance scan of a workstation against its baseline

# ML3 = defined once for the organisation, with evidence that it is used; not "all sites" (review 2026-12)
comp-1-2 =
    .title = Dedicated portable media
    .question = Are USB sticks, external drives and other portable media used with your control systems kept for that use only, and how do you check media coming from outside, such as from a vendor?
    .guidance =
        ML1: any USB stick is used, including private ones.
        ML2: dedicated, labelled media are issued for this site's control systems; outside media go through a scanning station first.
        ML3: the rule is an organisation-wide standard, USB ports are controlled technically, and media logs show it is followed.
        ML4: media incidents and scan results are analysed and the controls improved.
        Weak spots: vendors bringing their own sticks; open USB ports on HMIs; phones charged on PC ports.
    .evidence =
        Portable media rule and register of issued media
        Scanning station log for incoming media
        USB control settings of a workstation

## COMP 2 Malware protection

# ML3 = defined once for the organisation, with evidence that it is used; not "all sites" (review 2026-12)
comp-2-1 =
    .title = Malware free
    .question = Before new or repaired devices, software and files go into your control systems, how do you make sure they carry no known malware?
    .guidance =
        ML1: new equipment is trusted as delivered.
        ML2: at this site new devices, installers and files are scanned or checked before use, and records are kept.
        ML3: the check is a defined step of the company's commissioning and change process and is required from suppliers by contract; records show it is done.
        ML4: findings are analysed and the checks are improved.
        Weak spots: commissioning engineers' laptops, firmware downloaded from websites, units back from repair.
    .evidence =
        Procedure for checking new equipment and files for malware
        Scan record of a recent delivery or software installation
        Supplier statement that delivered equipment was checked

# ML3 = defined once for the organisation, with evidence that it is used; not "all sites" (review 2026-12)
comp-2-2 =
    .title = Malware protection
    .question = What protects your control system PCs and servers against malware (anti-virus, application allow-listing or other means), and what do you do instead where such software cannot run?
    .guidance =
        ML1: some machines have anti-virus, others not, and nobody knows which.
        ML2: a protection method is defined per device type for this site and installed; exceptions have other measures.
        ML3: a company standard defines the protection per device type; protection status is monitored, and records show alerts are acted upon.
        ML4: detections and coverage are measured, and protection is improved.
        Weak spots: old Windows systems without vendor support; protection installed but signatures months old.
    .evidence =
        Malware protection status report across control system hosts
        List of exceptions with their other measures
        A recent malware alert and its follow-up

# ML3 = defined once for the organisation, with evidence that it is used; not "all sites" (review 2026-12)
comp-2-3 =
    .title = Malware protection software validation and installation
    .question = Before installing anti-malware software or signature updates on your control systems, do you check that they are genuine and compatible, for example with the control system vendor's approval or on a test system?
    .guidance =
        ML1: updates go in automatically, or whenever someone remembers.
        ML2: at this site updates are checked against the control system vendor's approval and installed in a defined way.
        ML3: a company process for validating and distributing updates (e.g. an update server in the OT DMZ) is defined, and its records show updates go through it.
        ML4: update failures and delays are measured and the process improved.
        Weak spots: signatures pulled straight from the internet; updates that quarantine control system files.
    .evidence =
        Vendor compatibility statement for anti-malware and signatures
        Test or approval record of a recent update
        Configuration of the update server in the OT DMZ

## COMP 3 Patch management

# ML3 = defined once for the organisation, with evidence that it is used; not "all sites" (review 2026-12)
comp-3-1 =
    .title = Security patch authenticity/integrity
    .question = When you get security patches and firmware for your control systems, how do you make sure they are genuine and unchanged, for example from the vendor's official source with the signature or hash checked?
    .guidance =
        ML1: patches are downloaded from wherever they can be found.
        ML2: at this site patches come only from official sources, and their hashes or signatures are checked.
        ML3: the check is a defined step of the company patch process and is recorded each time it is done.
        ML4: the process is reviewed and improved, for example after supply chain warnings.
        Weak spots: firmware from forums, patches passed on by e-mail, USB sticks handed over by field service.
    .evidence =
        Patch process step on source and hash or signature check
        Record of hash verification for a recent patch
        Location and access rules of the trusted patch store

# ML3 = defined once for the organisation, with evidence that it is used; not "all sites" (review 2026-12)
comp-3-2 =
    .title = Security patch validation and installation
    .question = How are security patches for your control systems qualified (by the vendor or on a test system) and then installed: within which time, with whose approval and with what fallback if a patch fails?
    .guidance =
        ML1: patches are installed now and then, often at shutdowns, without a plan.
        ML2: a patch procedure for this site uses vendor qualification or tests, plans installation and records it.
        ML3: a company process sets priorities and time limits by risk; patch records show installations follow it.
        ML4: patch lead times are measured and the process improved.
        Weak spots: systems never patched "because the vendor does not allow it"; no test system or rollback plan.
    .evidence =
        Patch procedure with qualification and approval
        Vendor list of qualified patches
        Record of a recent patch installation

# ML3 = defined once for the organisation, with evidence that it is used; not "all sites" (review 2026-12)
comp-3-3 =
    .title = Security patch status
    .question = Can you show, for each control system asset, which security patches and firmware updates are installed and which are still missing?
    .guidance =
        ML1: patch status is unknown, or known only machine by machine.
        ML2: a patch status list for this site's assets exists and is updated after each patching round.
        ML3: patch status is tracked in one defined company way, tied to the asset inventory; reports to management show it is used.
        ML4: patch compliance is measured over time and used to improve.
        Weak spots: firmware of PLCs and switches left out; status lists that are out of date.
    .evidence =
        Patch status report per asset
        Report to management on patch compliance
        Tool or list used to track patch status

# ML3 = defined once for the organisation, with evidence that it is used; not "all sites" (review 2026-12)
comp-3-4 =
    .title = Security patching retention of security
    .question = After patches or updates are installed on your control systems, do you check that hardening and security settings are still in place, such as services not switched back on and accounts not reset?
    .guidance =
        ML1: nothing is checked after patching.
        ML2: at this site key security settings are checked after patching and the check is recorded.
        ML3: the check is a defined step of the company patch process and compares with configuration baselines; records show it after each patching round.
        ML4: cases of lost settings are analysed and fed back to vendors and into the process.
        Weak spots: updates that restore defaults, services switched back on, local firewall rules reset.
    .evidence =
        Post-patch checklist
        Comparison of settings before and after a patch
        Record of a setting restored after patching

# ML3 = defined once for the organisation, with evidence that it is used; not "all sites" (review 2026-12)
comp-3-5 =
    .title = Security patch mitigation
    .question = When a security patch cannot be installed quickly or at all (old systems, no vendor approval, no shutdown window), what do you do instead to reduce the risk, and is that documented?
    .guidance =
        ML1: unpatched systems are accepted silently.
        ML2: at this site unpatched vulnerabilities are recorded with compensating measures and approval.
        ML3: a defined company process ties mitigations to the risk assessment; records show it is used and reviewed periodically.
        ML4: the effect of mitigations is checked and improved.
        Weak spots: "temporary" measures that become permanent; risk acceptances with no expiry date.
    .evidence =
        List of unpatched vulnerabilities with their mitigations
        Risk acceptance for a system that cannot be patched
        Record of the last review of mitigations

## DATA 1 Protection of data

# ML3 = defined once for the organisation, with evidence that it is used; not "all sites" (review 2026-12)
data-1-1 =
    .title = Data classification
    .question = Have you sorted the data of your control systems (PLC programs, recipes, network drawings, passwords, historian data) into classes by how sensitive or critical it is, with handling rules for each class?
    .guidance =
        Look for a classification scheme that covers OT data, not just office documents.
        ML1: some people treat certain files as sensitive, but there is no written scheme for IACS data.
        ML2: a written scheme lists the OT data types of this site and their class; the people handling them know it.
        ML3: one classification scheme is defined for the organisation; labels and handling rules show up in daily practice.
        ML4: the classification is reviewed after incidents, projects and audits; misclassified data is tracked.
        Weak spots: vendor project files, backups and exported drawings that nobody has classified.
    .evidence =
        Data classification scheme that covers IACS data
        List of OT data types with their assigned class
        A drawing or document marked with its class

data-1-2 =
    .title = Data confidentiality
    .question = How do you stop sensitive control system data (configurations, credentials, network layouts, recipes) being read by the wrong people, both where it is stored and when it travels, for example to a vendor?
    .guidance =
        Look for protection matched to the class: rights on file shares, encryption on links leaving the zone, rules for sharing with third parties.
        ML1: protection depends on individuals; files go by e-mail or USB stick as convenient.
        ML2: written rules say how each class is stored and sent; the site follows them for its main systems.
        ML3: the rules apply across the organisation, contractors included, and records show they are followed.
        ML4: leaks and near misses are reviewed and the controls adjusted; compliance is measured.
        Weak spots: contractors' engineering laptops, ad hoc cloud transfer links, network drawings left on desks.
    .evidence =
        Handling rules per data class
        Access rights on the engineering file share
        Confidentiality clause in a vendor contract
        Settings of the file transfer service used with vendors

data-1-3 =
    .title = Safety system configuration mode
    .question = How do you make sure your safety system (SIS) is put into program or configuration mode only for an authorised change, that the control room knows while it is in that mode, and that it goes back to run mode afterwards?
    .guidance =
        Look at the SIS controllers themselves: key switches, write-protect settings, alarms to the DCS on a mode change.
        ML1: engineers switch the mode when needed; nobody checks that it was switched back.
        ML2: a written procedure covers mode changes for this SIS; each change has a permit and is logged.
        ML3: all safety systems follow the same procedure; alarms and permit records prove it is practised.
        ML4: mode changes and time spent out of run mode are monitored and reviewed; findings improve the procedure.
        Weak spots: keys left in the key switch, remote engineering access to the SIS, no alarm on a mode change.
        Ask also: is the SIS mode checked at shift handover?
    .evidence =
        Procedure for SIS program or configuration mode
        Work permits for recent SIS changes
        DCS event log showing SIS mode changes
        Key switch and the place where its key is kept

data-1-4 =
    .title = Data retention policy
    .question = Do you have rules for how long control system data (historian records, logs, backups, old project files) is kept, and for erasing it safely when it is no longer needed or when equipment is scrapped?
    .guidance =
        Look for retention periods that reflect legal, safety and investigation needs, and for secure disposal of disks and devices.
        ML1: data is kept or deleted ad hoc; old HMIs and drives leave the site without being wiped.
        ML2: a written retention policy covers OT data at this site; disposal of media is recorded.
        ML3: the policy is applied organisation-wide; disposal certificates exist for decommissioned equipment.
        ML4: retention and disposal are audited; the policy is updated when laws, systems or incidents require.
        Weak spots: configurations left in spare parts or devices returned for repair, old vendor laptops.
    .evidence =
        Data retention policy with periods for OT data
        Media wiping or destruction certificates
        Decommissioning checklist for a replaced HMI or server

# ML3 = defined once for the organisation, with evidence that it is used; not "all sites" (review 2026-12)
data-1-5 =
    .title = Cryptographic mechanisms
    .question = Where your control systems use encryption or digital signatures, for example on VPNs, remote access, historian links or firmware, do you pick algorithms and key lengths by a written rule based on recognised standards?
    .guidance =
        Look for an approved list of algorithms and protocols, then check a few real device settings against it.
        ML1: encryption is whatever the vendor shipped; nobody knows which algorithms are in use.
        ML2: an approved list exists and the main links of this site (VPN, remote access) are configured to it.
        ML3: the approved list is an organisation standard; project records show it is used, and legacy exceptions are recorded with compensating measures.
        ML4: the list is reviewed as algorithms weaken, and outdated settings are tracked until removed.
        Weak spots: old TLS or SSH versions on switches and HMIs, home-made encryption, weak VPN ciphers kept for one old peer.
    .evidence =
        Cryptography standard or approved algorithm list
        Crypto settings exported from a VPN gateway or firewall
        Exception register for legacy devices without encryption

data-1-6 =
    .title = Key management
    .question = Who creates, stores, renews and revokes the keys and certificates used in your control systems (VPN keys, device certificates, code signing), and how would you know if one had expired or leaked?
    .guidance =
        Look for an inventory of keys and certificates with owners, expiry dates and a way to revoke them.
        ML1: keys sit on devices or in someone's mailbox; expiry is discovered when a link stops working.
        ML2: a written procedure and inventory cover the keys and certificates of this site; private keys are protected.
        ML3: one organisation-wide practice, with records of renewals and revocations actually carried out.
        ML4: expiries are alerted well in advance, key problems are reviewed and the process improved.
        Weak spots: the same pre-shared VPN key for years, private keys on file shares, no way to revoke a lost laptop's certificate.
    .evidence =
        Key and certificate inventory with expiry dates
        Procedure for issuing and revoking certificates
        Record of a recent certificate renewal or revocation

data-1-7 =
    .title = Data integrity
    .question = How would you notice if someone changed a PLC program, a setpoint file, a recipe or a backup without authorisation, and how do you protect such data against tampering when it is stored or sent?
    .guidance =
        Look for checksums or signatures, program compare tools, version control and protected protocols.
        ML1: integrity rests on trust; an unauthorised change would show up only as a process upset.
        ML2: for this site key files are versioned and PLC programs are compared with a master copy on a schedule.
        ML3: integrity checks are standard across systems and comparison records show they are done.
        ML4: deviations found are analysed and the checks extended or tuned; detection is measured.
        Weak spots: online PLC changes that never reach the master copy, recipe files on open shares.
    .evidence =
        Result of a recent PLC program comparison with the master
        Version history of controller projects
        Hash or signature check of a firmware or backup file

## USER 1 Identification and authentication

# ML3 = defined once for the organisation, with evidence that it is used; not "all sites" (review 2026-12)
user-1-1 =
    .title = User identity assignment
    .question = Does every person who logs on to your HMIs, engineering stations, servers and network devices have an account of their own, or do operators, engineers or vendors share logins such as "operator" or "admin"?
    .guidance =
        Look for one account per person, and named identities for software services and devices too.
        ML1: accounts are created on request; shared and generic logins are common.
        ML2: a written procedure gives unique identities on this system; each shared account is listed and justified.
        ML3: one organisation-wide procedure, often via a central directory; account records match real people.
        ML4: accounts are reconciled regularly with HR and contractor lists and the process improved.
        Weak spots: shared HMI logins kept for 24/7 operation without compensating controls such as a locked room and logbook.
    .evidence =
        Account list from an HMI or the OT domain controller
        Account request and approval form
        Register of justified shared accounts

# ML3 = defined once for the organisation, with evidence that it is used; not "all sites" (review 2026-12)
user-1-2 =
    .title = User identity removal
    .question = When an employee or contractor leaves or changes role, how quickly are their accounts on control system computers, network devices and remote access removed or disabled, and who starts that?
    .guidance =
        ML1: removal happens when someone remembers; old accounts linger.
        ML2: a written leaver process for this site reaches the OT accounts, with a target time.
        ML3: HR and contractor offboarding feed one defined company process; records show removals are done on time.
        ML4: time to removal is measured, orphan accounts are searched for regularly and causes fixed.
        Weak spots: local accounts on PLCs, switches and stand-alone HMIs outside the directory; vendor accounts after a project ends.
        Ask also: pick a recent leaver and check their accounts together.
    .evidence =
        Leaver checklist with a step for OT accounts
        Disabled accounts with their dates
        Recent account review that found orphaned accounts

# ML3 = defined once for the organisation, with evidence that it is used; not "all sites" (review 2026-12)
user-1-3 =
    .title = User identity persistence
    .question = When an account is no longer used, do you disable and keep it rather than delete it or hand it to someone else, so that old log entries and change records can still be traced to the right person?
    .guidance =
        Look for a rule that an identity is never reused for another person and that records keep the link to the person.
        ML1: accounts are renamed, reused or deleted as convenient; history is lost.
        ML2: a written rule for this system forbids reuse and keeps disabled accounts or their records.
        ML3: the rule is an organisation-wide standard; account records show no reuse.
        ML4: the rule is checked in audits and traceability is tested during investigations.
        Weak spots: generic IDs such as "eng1" passed from one contractor to the next.
    .evidence =
        Account procedure stating that identities are not reused
        List of disabled accounts kept for traceability
        An old log entry traced to a person who has since left

# ML3 = defined once for the organisation, with evidence that it is used; not "all sites" (review 2026-12)
user-1-4 =
    .title = Access rights assignment
    .question = How do you decide what each account may do on your control systems, for example who may only view, who may operate, who may change PLC logic, and who approves those rights?
    .guidance =
        Look for defined roles (viewer, operator, engineer, administrator) mapped to rights, with a named approver.
        ML1: rights are given on request, often full rights to avoid trouble.
        ML2: a role model is documented for this system; every right granted is approved and recorded.
        ML3: one role model is defined for the organisation; periodic access reviews are done and recorded.
        ML4: review findings are tracked, excess rights are measured and the role model refined.
        Weak spots: commissioning rights never withdrawn; vendor accounts with administrator rights.
    .evidence =
        Role and rights matrix for the control system
        Approved access requests
        Last access review with its findings

user-1-5 =
    .title = Least privilege
    .question = Do people, services and applications on your control systems run with only the rights their job needs, for example operators without admin rights on HMIs, and engineers using admin accounts only for admin work?
    .guidance =
        ML1: most users, and many services, run as administrator because it is easier.
        ML2: for this system rights are cut to what each role needs, and separate admin accounts exist.
        ML3: least privilege is an organisation-wide rule, checked in access reviews and new projects.
        ML4: use of privileges is monitored and excess rights are reduced further over time.
        Weak spots: vendor software that demands local admin, service accounts with domain admin rights.
        Ask also: who is in the local Administrators group on an HMI?
    .evidence =
        Local Administrators group members on an HMI and an engineering station
        Privileged group membership exported from the OT domain
        Vendor statement on the minimum rights their software needs

user-1-6 =
    .title = Software service authentication
    .question = When software talks to software in your control system, for example an OPC client reading a server, the historian collecting data or a backup agent, does it prove its identity with its own account or certificate?
    .guidance =
        Look for a named service account or certificate per service, not anonymous access or a person's account.
        ML1: services use anonymous access, default credentials or an engineer's personal account.
        ML2: the services of this system have their own identities and credentials, kept in a list.
        ML3: all systems follow the same rule; service credentials are managed and reviewed like other accounts.
        ML4: service authentication failures are monitored; credentials are changed on a schedule.
        Weak spots: OPC DA with DCOM opened wide, passwords written into scripts, services running as a leaver's account.
    .evidence =
        Service account list with owners and purposes
        OPC UA or DCOM security settings of a server
        Password change record for a service account

user-1-7 =
    .title = Software services interactive login rights
    .question = Could a person use one of your service accounts (historian, OPC, backup, antivirus) to log on at a console or by remote desktop, or are those accounts blocked from interactive logon?
    .guidance =
        ML1: service accounts are ordinary accounts; people log on with them, sometimes on purpose.
        ML2: a written rule denies console and remote desktop logon to the service accounts of this system, and it is set.
        ML3: the same setting is enforced by policy on all systems and checked in reviews.
        ML4: any interactive use of a service account raises an alert and is investigated.
        Weak spots: engineers who know a service password and use it for troubleshooting; local accounts outside group policy.
    .evidence =
        Policy setting denying console and RDP logon to service accounts
        Logon events for service accounts over the last month
        Service account register showing logon restrictions

# ML3 = defined once for the organisation, with evidence that it is used; not "all sites" (review 2026-12)
user-1-8 =
    .title = Human user authentication
    .question = How does a person prove who they are when logging on to your control system: password, card, token? Are there places, such as HMIs, PLC programming ports or switches, where no login is needed at all?
    .guidance =
        ML1: authentication exists where the product enforces it; many devices accept anyone.
        ML2: a written rule says how each kind of access to this system is authenticated; gaps are listed with compensating measures.
        ML3: the rule is defined once for the organisation and applies to new projects; checks show it is followed.
        ML4: authentication gaps are tracked and reduced, for example by moving devices to central logon.
        Weak spots: PLCs with no password on programming access, device web pages with default logins, auto-logon HMIs.
        Ask also: for auto-logon operator stations, what makes up for the missing login (locked room, CCTV)?
    .evidence =
        Authentication rules per kind of access
        Devices without authentication and their compensating measures
        Login settings of a PLC or network switch

user-1-9 =
    .title = Multifactor authentication (MFA)
    .question = Where do you require a second factor, such as a token or phone app, on top of a password: for remote access from outside, for administrator accounts, from the office network into the plant?
    .guidance =
        Look for MFA at least where risk is highest: remote access, privileged accounts, access from less trusted zones.
        ML1: MFA exists only where a product happened to include it.
        ML2: a written rule says where MFA is required for this system, and it is set up there.
        ML3: MFA is required organisation-wide for the defined cases, vendors included; exceptions are recorded.
        ML4: MFA coverage and bypasses are measured and gaps closed; factors are upgraded over time.
        Weak spots: vendors' own remote tools that bypass the MFA gateway, break-glass accounts, one token shared by a team.
    .evidence =
        Policy naming where MFA is required
        Remote access gateway configuration showing MFA
        Accounts exempt from MFA with their reasons

user-1-10 =
    .title = Mutual authentication
    .question = On important connections, such as engineering station to controller, historian to servers or site-to-site VPNs, do both ends check each other's identity, so that neither side can be impersonated?
    .guidance =
        Look for certificates or keys on both sides: mutual TLS, OPC UA application certificates, IPsec with certificates.
        ML1: clients trust whatever answers, or only one side proves its identity.
        ML2: the critical connections of this system are listed and mutually authenticated where products allow.
        ML3: mutual authentication is a standard design requirement; gaps are recorded with compensating measures.
        ML4: coverage grows as legacy equipment is replaced; authentication failures are monitored.
        Weak spots: OPC UA clients set to trust every server certificate, certificate warnings clicked away.
    .evidence =
        Critical connections and how both ends authenticate
        Trusted certificate store of an OPC UA server
        VPN configuration with certificate-based peer authentication

user-1-11 =
    .title = Password protection
    .question = What are your rules for control system passwords: strength, changing default passwords at installation, how they are stored and sent, and what you do for devices that cannot meet the rules?
    .guidance =
        ML1: default passwords remain on some devices; passwords live in spreadsheets or on notes at screens.
        ML2: a written password rule covers this system; defaults are changed at commissioning; a vault or safe is used.
        ML3: the rule applies to all systems and projects; checks for default and weak passwords are done and recorded.
        ML4: password strength is tested in audits and the rule adjusted to what is found.
        Weak spots: passwords in plain text in PLC project files or scripts, device passwords printed in manuals.
    .evidence =
        Password policy for OT systems
        Commissioning checklist showing default passwords changed
        Password vault entries for OT devices (names only)

# ML3 = defined once for the organisation, with evidence that it is used; not "all sites" (review 2026-12)
user-1-12 =
    .title = Shared and disclosed/compromised passwords
    .question = Where several people share a password, such as a switch admin or an HMI operator login, who knows it, and when is it changed, for example after someone leaves or when it may have been exposed?
    .guidance =
        Look for a list of shared passwords with their holders, and defined events that force a change.
        ML1: shared passwords are never changed; nobody knows who knows them.
        ML2: for this system shared passwords are listed with holders and changed on defined events (leaver, disclosure).
        ML3: the practice is defined for the organisation and change records show it is used; a suspected compromise is handled as an incident.
        ML4: shared passwords are reduced over time; time to change after a disclosure is measured.
        Weak spots: former vendors who know the admin password, the same password at every site.
    .evidence =
        Register of shared passwords and their holders
        Change record after a recent leaver or disclosure
        Procedure for a suspected compromised password

user-1-13 =
    .title = User login display information
    .question = What do the login screens of your HMIs, servers, network devices and remote access gateways show, for example a notice about authorised use, and do they avoid giving away hostnames, versions or the last user name?
    .guidance =
        ML1: login screens show whatever the product shows by default.
        ML2: a rule for this system defines what login screens show; a use notice is set on the main systems.
        ML3: the rule is applied on all systems and devices where possible and checked in hardening reviews.
        ML4: login screens are rechecked in audits and the content adjusted, e.g. after legal advice.
        Weak spots: devices announcing model and firmware before login, HMIs pre-filling the last user name.
        Ask also: are users shown their last login time, so they can spot misuse of their account?
    .evidence =
        Screenshot of a login screen with the use notice
        Hardening standard section on login screens
        Approved wording of the use notice

user-1-14 =
    .title = User login failure displays
    .question = When someone enters a wrong user name or password on your control system, does the message avoid saying which of the two was wrong, and are typed passwords hidden on screen?
    .guidance =
        ML1: messages are as the product sets them; some say "unknown user".
        ML2: for this system failure messages and password masking are checked and set where configurable.
        ML3: the setting is part of the hardening baseline for all systems and checked in acceptance tests.
        ML4: checks are repeated after upgrades; products that cannot comply are tracked.
        Weak spots: device web pages and custom HMI login dialogs that reveal valid user names.
    .evidence =
        Screenshot of a failed login message
        Hardening baseline item on login failure messages
        Acceptance test result covering the login dialog

# ML3 = defined once for the organisation, with evidence that it is used; not "all sites" (review 2026-12)
user-1-15 =
    .title = Consecutive login failures
    .question = What happens after several wrong login attempts on your control systems: is the account locked or slowed down, and how do you avoid locking out an operator who urgently needs the HMI?
    .guidance =
        Look for a deliberate choice per system (lockout, delay or alert), weighed against operational need.
        ML1: product defaults; nobody knows whether lockout is on.
        ML2: for this system the limit and reaction are set and written down, with an exception for critical operator stations.
        ML3: the approach is a defined company standard; records show alerts on failed logins reach someone who acts.
        ML4: failed login patterns are analysed and the thresholds tuned.
        Weak spots: lockout of a shared operator account stopping operations; no reaction at all on the remote access gateway.
    .evidence =
        Account lockout settings export
        Alert or log of repeated failed logins and the reaction
        Documented exception for operator stations

# ML3 = defined once for the organisation, with evidence that it is used; not "all sites" (review 2026-12)
user-1-16 =
    .title = Session integrity
    .question = How are running sessions, such as remote desktop, web HMIs or engineering connections to controllers, protected against being taken over or altered, and are they ended properly at logout or timeout?
    .guidance =
        ML1: sessions use whatever the product offers; old unencrypted protocols are common.
        ML2: the session types of this system are listed and protected, e.g. encrypted remote desktop, HTTPS, timeouts.
        ML3: session protection is a standard company requirement in designs and hardening; design reviews and acceptance records show it is applied.
        ML4: weak session protocols are tracked and phased out; takeover attempts can be detected.
        Weak spots: Telnet and plain HTTP on devices, VNC without a password, remote sessions left open for days.
    .evidence =
        Session protocols in use and how each is protected
        Remote desktop or web server security settings
        Timeout settings of the remote access gateway

user-1-17 =
    .title = Concurrent sessions
    .question = Do you limit how many sessions one account may have open at the same time, for example so that the same vendor account cannot be logged on from two places at once?
    .guidance =
        ML1: no limits; nobody knows how many sessions are open.
        ML2: limits are set and documented for this system where products allow, above all for remote access.
        ML3: limits are part of the organisation's hardening baseline and checked.
        ML4: alerts on parallel sessions are reviewed and the limits refined.
        Weak spots: one shared account used from several places hides misuse; two engineering tools writing to one controller.
    .evidence =
        Sessions-per-user setting of the remote access gateway
        Server or remote desktop setting limiting sessions
        Report of currently open sessions per account

# ML3 = defined once for the organisation, with evidence that it is used; not "all sites" (review 2026-12)
user-1-18 =
    .title = Screen lock
    .question = Do your engineering stations, servers and other plant PCs lock after a period without use, and how have you handled operator HMIs that must stay visible at all times?
    .guidance =
        ML1: screen lock is on where an IT default applies; OT machines vary.
        ML2: timeouts are set and written down for each kind of station; operator HMIs have a justified exception.
        ML3: the settings are defined for the whole organisation and enforced by policy; checks show they are in place.
        ML4: exceptions are reviewed and their compensating controls (locked room, view-only mode) verified.
        Weak spots: engineering stations left logged on with admin rights; users switching the lock off.
    .evidence =
        Policy or local setting for screen lock
        Exempt operator stations with their compensating measures
        Observation of unattended stations on a walk-round

user-1-19 =
    .title = Component authentication
    .question = How do you make sure only known devices can join your control network and talk to your controllers, so that a stranger's laptop or a swapped PLC would be refused or at least noticed?
    .guidance =
        Look for device identity checks: switch port security, 802.1X, device certificates, allow-lists in firewalls or controllers.
        ML1: any device plugged in gets access.
        ML2: for this system device authentication, or at least MAC or IP allow-lists, is in place and documented.
        ML3: device authentication is a standard design rule; new devices are enrolled by a defined process.
        ML4: unknown device alerts are followed up and the method strengthened, e.g. from MAC lists to certificates.
        Weak spots: open switch ports in cabinets, spare network sockets in the control room.
    .evidence =
        Switch port security or 802.1X configuration
        Alert from network monitoring about an unknown device
        Procedure for enrolling a new device

## USER 2 Authorization and access control

# ML3 = defined once for the organisation, with evidence that it is used; not "all sites" (review 2026-12)
user-2-1 =
    .title = Authorization
    .question = Once someone is logged on, does the system itself stop them doing things beyond their rights, for example an operator changing a controller program or a vendor reaching systems outside their project?
    .guidance =
        Look at how rights are enforced in the HMI, engineering tool, domain and firewalls, not only at the role matrix.
        ML1: enforcement depends on the product; many actions are open to anyone logged on.
        ML2: for this system authorisations are configured per role and tested; gaps are listed.
        ML3: one enforcement approach is defined for the organisation; review and test records show it is applied.
        ML4: denied actions are logged and analysed; the settings are tuned.
        Weak spots: engineering software with no rights model, PLCs that accept writes from any node.
    .evidence =
        HMI security configuration showing role permissions
        Test record of a denied action for a low-privilege user
        Firewall rules limiting a vendor to their own systems

user-2-2 =
    .title = Separation of duties
    .question = Are critical tasks split so that no one person can do them alone and unseen, for example the person changing a control or safety program is not the one approving it, and admins cannot erase their own traces?
    .guidance =
        ML1: small teams do everything; separation is not considered.
        ML2: conflicting duties are identified for this system and given to different people, or covered by review.
        ML3: separation of duties is an organisation-wide rule built into roles and procedures, with records.
        ML4: conflicts are checked regularly and the role design improved.
        Weak spots: one OT admin with all rights everywhere; no second person for out-of-hours work.
    .evidence =
        Conflicting duties and how they are separated
        Change records with different requester, implementer and approver
        Role assignments of administrator accounts

# ML3 = defined once for the organisation, with evidence that it is used; not "all sites" (review 2026-12)
user-2-3 =
    .title = Multiple approvals
    .question = Which critical actions on your plant need a second person's approval before they take effect, for example bypassing a safety function, downloading to a controller or opening vendor remote access?
    .guidance =
        ML1: approvals are informal, often verbal and not recorded.
        ML2: the actions needing two approvals are listed for this system and enforced by procedure or technically.
        ML3: the list and the practice are defined for the organisation; permit and approval records show they are used.
        ML4: approval records are audited and the list updated after incidents and changes.
        Weak spots: night-shift approvals by phone with no record; one person holding both approver roles.
    .evidence =
        List of actions that need two approvals
        Safety bypass permit with two signatures
        Approval log for remote access sessions

# ML3 = defined once for the organisation, with evidence that it is used; not "all sites" (review 2026-12)
user-2-4 =
    .title = Manual elevation of privileges
    .question = When an engineer or admin needs higher rights, for example to install software or change a firewall rule, do they switch to them deliberately for that task only, rather than working with them all the time?
    .guidance =
        Look for separate privileged accounts, run-as or privileged access tools, with time limits and logging.
        ML1: users work permanently with high rights.
        ML2: for this system elevation is a deliberate step with a separate account or tool, and it is logged.
        ML3: the elevation approach is defined for the organisation; elevation logs are reviewed and the reviews are recorded.
        ML4: elevation is time-limited and measured; unusual elevation raises an alert and the process improves.
        Weak spots: UAC switched off on engineering stations, admin sessions left open for a whole shift.
    .evidence =
        Privileged access tool configuration or elevation log
        Naming and rules for separate admin accounts
        Review record of elevation logs

## EVENT 1 Event and incident management

event-1-1 =
    .title = Event detection
    .question = How would you notice a security event in your control systems, such as malware on an HMI, an unknown device, a new connection to a PLC or a burst of failed logins? Which tools or people watch for them?
    .guidance =
        ML1: events are noticed by chance, mostly when something stops working.
        ML2: for this system the events to detect are defined and sources (logs, antivirus, network monitoring) set up to catch them.
        ML3: detection follows an organisation-wide approach, e.g. OT monitoring feeding a SOC, with records of detections.
        ML4: detection coverage is measured against likely threats and tuned after exercises and incidents.
        Weak spots: alerts sent to a mailbox nobody reads; no view of traffic at controller level.
    .evidence =
        Monitored event types and their sources
        Recent alert from OT network monitoring or antivirus
        Map of which zones are monitored

event-1-2 =
    .title = Event reporting
    .question = If an operator, engineer or contractor sees something suspicious, such as an unknown USB stick, odd HMI behaviour or a strange e-mail, do they know whom to tell and how, at any hour?
    .guidance =
        ML1: people would tell someone, but there is no defined route.
        ML2: a reporting route and contact are written down and known at this site, night shifts and contractors included.
        ML3: one organisation-wide reporting process; reports are logged and the log shows it is used.
        ML4: reporting is encouraged and measured (number and speed of reports) and the process improved.
        Weak spots: contractors never told; operators afraid of blame; reports that never get feedback.
        Ask also: ask an operator on shift how they would report it.
    .evidence =
        Reporting instruction posted in the control room
        Log of security reports received
        Contractor induction material naming the contact

# ML3 = defined once for the organisation, with evidence that it is used; not "all sites" (review 2026-12)
event-1-3 =
    .title = Event reporting interfaces
    .question = How do security events from your control systems reach the people or tools that analyse them, for example syslog from firewalls and switches, Windows events to a collector, or alerts handed to IT or a SOC?
    .guidance =
        Look for defined interfaces and formats, and for a check that the data really arrives.
        ML1: events stay on each device; nobody collects them.
        ML2: for this system the main sources forward events to a collector over a documented interface.
        ML3: a standard interface is defined for the organisation, including the hand-over to a SOC or CSIRT in agreed formats; events arriving through it show it is in use.
        ML4: forwarding is watched for silent sources and the interfaces improved.
        Weak spots: firewall openings to IT wider than needed for log traffic; sources that stopped sending months ago.
    .evidence =
        Diagram of event flows from OT sources to the collector
        SIEM or syslog source list with last-seen times
        Interface agreement with the SOC or IT security team

# ML3 = defined once for the organisation, with evidence that it is used; not "all sites" (review 2026-12)
event-1-4 =
    .title = Logging
    .question = Which of your control system components record security-relevant events such as logins, configuration changes, program downloads and firewall blocks? Is logging switched on and kept long enough?
    .guidance =
        ML1: logging is at factory defaults, often off or overwritten within hours.
        ML2: for this system a logging standard says what each component type logs and for how long.
        ML3: the logging standard is an organisation-wide one; checks show logging is on and kept.
        ML4: coverage and retention are reviewed after investigations and adjusted.
        Weak spots: PLCs and switches with tiny internal buffers, logs lost at reboot, clocks not synchronised.
    .evidence =
        Logging standard for OT components
        Audit policy settings of a Windows server in the plant
        Retention settings of the log collector

# ML3 = defined once for the organisation, with evidence that it is used; not "all sites" (review 2026-12)
event-1-5 =
    .title = Log entries
    .question = When you open a security log from your control system, does each entry tell you what happened, when, on which system, by which account or source, and whether it succeeded?
    .guidance =
        Look at real entries from several systems and judge whether they would hold up in an investigation.
        ML1: entries are as the product writes them; some lack time, user or source.
        ML2: required content is defined for this system and the configured logs provide it.
        ML3: one set of content rules is defined for the organisation; reviews confirm complete entries and consistent times.
        ML4: gaps found in investigations lead to changed settings or products.
        Weak spots: wrong or unsynchronised timestamps; shared accounts making "who" meaningless.
    .evidence =
        Sample entries from a firewall, an HMI and a server log
        Definition of required log fields
        Time synchronisation status of the log sources

# ML3 = defined once for the organisation, with evidence that it is used; not "all sites" (review 2026-12)
event-1-6 =
    .title = Log access
    .question = Who can read, change or delete the security logs of your control systems, and what stops an intruder or an administrator from covering their tracks?
    .guidance =
        ML1: anyone with admin rights can clear logs, and nobody would notice.
        ML2: for this system access to logs is restricted and logs are copied to a separate collector.
        ML3: log protection is an organisation-wide standard; reviews of access to the collector are recorded.
        ML4: deleted logs or gaps raise alerts and are investigated; protection is improved.
        Weak spots: the collector run by the same admins whose actions it records; logs kept only on the server itself.
    .evidence =
        Access rights on the log collector
        Alert rule for cleared event logs
        Review record of log access

event-1-7 =
    .title = Event analysis
    .question = Who looks at the security events and alerts from your control systems, how often, and how do they decide whether something is an incident that needs a response?
    .guidance =
        ML1: events are looked at only after a problem.
        ML2: for this system someone is assigned to review events on a schedule, with criteria for escalation.
        ML3: analysis follows an organisation-wide process with OT know-how available to analysts; records show it.
        ML4: analysis is measured, e.g. time to triage and false alarm rate, and improved.
        Weak spots: SOC analysts who cannot read OT alerts; nobody covering weekends.
    .evidence =
        Review schedule and who is assigned
        Triage records of recent alerts
        Escalation criteria for OT security events

event-1-8 =
    .title = Incident handling and response
    .question = If malware or an intruder were found in your control system tonight, is there a written plan for who decides, who isolates what, how the plant stays safe, whom to notify and how to recover? Has it been rehearsed?
    .guidance =
        ML1: the response would be improvised by whoever is on site.
        ML2: a written OT incident response plan for this site names roles, contacts and isolation steps.
        ML3: the plan follows an organisation-wide process and has been exercised; exercise and incident records exist.
        ML4: lessons from exercises and incidents are tracked to closure and the plan improved.
        Weak spots: a plan written by IT without operations; stale contact lists; no rule on when to shut down.
    .evidence =
        OT incident response plan
        Report of the last exercise and its actions
        Current contact list including vendors and authorities

event-1-9 =
    .title = Vulnerability handling
    .question = How do you learn about new vulnerabilities in the products installed in your plant, for example vendor advisories and CERT notices, and how do you decide what to do about each one?
    .guidance =
        ML1: advisories are noticed by chance; decisions are not recorded.
        ML2: for this site advisories for the installed products are watched, assessed and the decisions recorded.
        ML3: an organisation-wide process matches advisories to the asset inventory; records show action or accepted risk.
        ML4: time from advisory to decision is measured and the process improved.
        Weak spots: products missing from the inventory, advisories read but not assessed, mitigations never followed up.
        Ask also: what happens when someone reports a weakness they found in your systems?
    .evidence =
        Subscriptions to vendor and CERT advisories
        Vulnerability register with decisions and dates
        A recent advisory followed through to its mitigation

## AVAIL 1 System availability and intended functionality

avail-1-1 =
    .title = Continuity management
    .question = If a cyber attack or failure took out your control servers or network, do you have a plan for keeping the plant safe, running in a reduced mode and recovering, with recovery times agreed with operations?
    .guidance =
        ML1: recovery relies on what a few people know.
        ML2: a continuity and recovery plan exists for this system, with priorities and recovery times.
        ML3: plans follow an organisation-wide approach, are linked to business continuity and have been tested.
        ML4: tests and real events feed improvements; recovery times are measured against targets.
        Weak spots: plans that assume the IT network is up; no manual operating procedures; spares not held.
    .evidence =
        Continuity or disaster recovery plan for the IACS
        Record of the last recovery test
        List of critical spares and where they are kept

# ML3 = defined once for the organisation, with evidence that it is used; not "all sites" (review 2026-12)
avail-1-2 =
    .title = Resource availability management
    .question = How do you make sure your control systems keep enough processing power, memory, disk and network capacity, including during a flood of traffic or while a security tool such as a virus scan is running?
    .guidance =
        ML1: problems are found when an HMI freezes or the network slows down.
        ML2: for this system capacity is monitored and limits (traffic rate limits, scan schedules) are set and documented.
        ML3: capacity and resource protection are a defined check in the company's project and change process; project and change records show it is done.
        ML4: trends are analysed and resources planned before they run short.
        Weak spots: full historian disks, virus scans during production, active network scans crashing old PLCs.
    .evidence =
        Capacity monitoring report or dashboard
        Storm control or rate limit settings on switches
        Antivirus scan schedule for OT machines

avail-1-3 =
    .title = Failure-state
    .question = Do you know what your key security devices and control components do when they fail, for example whether a firewall fails open or closed, and was that behaviour chosen to keep the plant safe?
    .guidance =
        ML1: failure behaviour is unknown or left at defaults.
        ML2: for this system the failure states of key components are documented and agreed with operations.
        ML3: failure behaviour is a design criterion in all projects and is tested at acceptance.
        ML4: failures in service are analysed and settings or designs adjusted.
        Weak spots: inline security devices that cut the control network when they fail; outputs that drop on loss of communication.
    .evidence =
        Key components and their failure states
        Acceptance test record of a failure scenario
        Operating procedure for loss of the control network

## AVAIL 2 Backup/restore/archive

# ML3 = defined once for the organisation, with evidence that it is used; not "all sites" (review 2026-12)
avail-2-1 =
    .title = Backup
    .question = What do you back up from your control systems (PLC and SIS programs, HMI projects, server images, switch and firewall configurations, historian data), how often, and who makes sure it happens?
    .guidance =
        ML1: some engineers keep copies on their laptops.
        ML2: a backup plan for this system lists what is backed up, how often and where; backups run as planned.
        ML3: one backup approach is defined for the organisation, with records of successful runs.
        ML4: coverage is checked against the asset inventory and gaps closed; failed jobs are analysed.
        Weak spots: controllers changed online with no new backup; forgotten network devices; vendors holding the only copy.
    .evidence =
        Backup plan with scope and frequency
        Backup job report for the last month
        Asset inventory mapped to backup coverage

# ML3 = defined once for the organisation, with evidence that it is used; not "all sites" (review 2026-12)
avail-2-2 =
    .title = Backup non-interference
    .question = Can your backups run without disturbing the process, for example without loading the control network, slowing HMIs or stopping controllers, and how did you check that?
    .guidance =
        ML1: backups run when someone has time; the effect on the process is not considered.
        ML2: for this system the timing and method of backups are chosen and documented so as not to disturb operations.
        ML3: a defined company rule requires a non-interference check whenever backup jobs are added or changed; change records show it is done.
        ML4: the load caused by backups is monitored and the method adjusted.
        Weak spots: full image backups of running servers at production peaks; backup traffic on the control network.
    .evidence =
        Backup schedule agreed with operations
        Test or vendor note confirming online backup is safe
        Network load recorded during a backup run

# ML3 = defined once for the organisation, with evidence that it is used; not "all sites" (review 2026-12)
avail-2-3 =
    .title = Backup verification
    .question = How do you know your backups are complete and usable, for example by checking checksums, comparing them with the running program or restoring them to a test machine?
    .guidance =
        ML1: backups are assumed to be fine.
        ML2: for this system backups are checked after they are made, and the results recorded.
        ML3: verification is a defined step of the company backup process, and verification records exist.
        ML4: verification failures are analysed and the process improved.
        Weak spots: backups that cannot be restored without a licence or dongle; backups that already contain malware.
    .evidence =
        Backup verification records
        Checksums stored with the backup files
        Comparison of a backup with the running controller program

# ML3 = defined once for the organisation, with evidence that it is used; not "all sites" (review 2026-12)
avail-2-4 =
    .title = Backup media
    .question = Where are your backups kept, and are they protected against theft, fire, ransomware and tampering, for example with an offline or off-site copy in a locked store?
    .guidance =
        ML1: backups sit on a network share or a laptop reachable from the network they protect.
        ML2: for this system backups are stored with access control, one copy offline or off-site, media labelled.
        ML3: storage rules are defined for the organisation; records of media handling show they are followed.
        ML4: media are checked for age and readability and the rules improved.
        Weak spots: the only backup on a server in the same domain as the system; old media nobody can read.
    .evidence =
        Backup storage locations and who has access
        Record of the offline or off-site copy
        Media register with ages and labels

# ML3 = defined once for the organisation, with evidence that it is used; not "all sites" (review 2026-12)
avail-2-5 =
    .title = Backup restoration
    .question = Have you actually restored a controller, HMI or server from backup recently, and is there a written procedure that tells someone on shift how to do it and how long it takes?
    .guidance =
        ML1: a restore would be done by one expert from memory.
        ML2: restore procedures exist for this system and a restore has been tested.
        ML3: a company rule sets a schedule for restore tests; the results and durations of the tests are recorded.
        ML4: restore times are compared with recovery targets and procedures improved.
        Weak spots: restores that need vendor licences, old software versions or hardware no longer available.
    .evidence =
        Restore procedure for a controller or server
        Record of the last restore test with its duration
        Software and licences needed for a restore
