### IEC 62443-2-4:2023 (Ed. 2) service provider capabilities: English texts for iacs-assess.
### Written fresh for this tool; this is not the wording of the standard. Identifiers and short titles are facts.
### The interviewee is the service provider (integrator or maintenance contractor): project manager,
### security lead or field engineer. Questions speak of "your company", "your staff" and "this solution".
### Terms (review 2026-12), checked by tests/terms.rs: allow-list and allow-listing, never whitelist or blacklist; safety is not security.

questionnaire =
    .title = IEC 62443-2-4 service provider capabilities
    .description = IEC 62443-2-4 looks at what an integrator or maintenance contractor is able to do, in a secure way, when it builds or looks after an automation solution for an asset owner: its staff, its designs, its handling of remote access, accounts, malware, patches and backups. Each requirement is answered with a maturity level, from ML1 (done, but ad hoc) to ML4 (measured and improved), or marked not implemented or not applicable.

## Functional areas

sp-01 =
    .title = Solution staffing
    .description = How you choose, brief and bind the people, your own and your subcontractors', who work on a customer's solution. It also covers who speaks for security and how the customer learns of staff changes.

sp-02 =
    .title = Assurance
    .description = Whether you can show that what you deliver is secure enough: evidence for the products you use, safe security tools and scans, and hardening guidance that is really followed.

sp-03 =
    .title = Architecture
    .description = Security designed into the solution: risk assessment, zones and segmentation, vulnerabilities, time, hardening, workstations, network device administration and sensitive data.

sp-04 =
    .title = Wireless
    .description = How wireless links in the solution are designed, documented, protected and named. If the solution has no wireless at all, mark the whole area not applicable with that reason.

sp-05 =
    .title = SIS (safety instrumented system)
    .description = Keeping the safety instrumented system, its communications and its engineering tools shielded from the control system, remote access and other software. Mark not applicable if the solution contains no SIS.

sp-06 =
    .title = Configuration management
    .description = Drawings and as-built documents, the inventory of components, and checks that devices hold the settings that were approved.

sp-07 =
    .title = Remote access
    .description = How remote connections into the customer's system are chosen, described, approved one by one and protected, especially over public networks.

sp-08 =
    .title = Event management
    .description = Handling security incidents, recording security events, reporting process alarms and events securely, and how the solution behaves under an event storm.

sp-09 =
    .title = Account management
    .description = User accounts and passwords in the solution: individual accounts, default and built-in accounts, removal of old accounts, password rules and shared passwords.

sp-10 =
    .title = Malware protection
    .description = Anti-malware on the solution and its upkeep, checks that it detects malware, signature updates, and keeping delivered devices and portable media clean.

sp-11 =
    .title = Patch management
    .description = Qualifying patches for the solution, reporting patch status, getting and passing on patches safely, and installing them with the customer's approval without losing hardening.

sp-12 =
    .title = Backup/restore
    .description = Backup and restore procedures, backup media, verification and a full demonstration, backups on the customer's schedule without disturbing operation, and disaster recovery.

## SP.01 Solution staffing

sp-01-01-br =
    .title = Own staff know their security duties
    .question = Do the engineers and project staff you assign to this customer's solution know which of your company's security rules apply on this job, and can you show they follow them?
    .guidance =
        Look for a briefing tied to the project, not only a yearly awareness e-learning.
        ML1: experienced engineers know the rules by habit; nothing shows who was told what.
        ML2: a written security briefing for this solution exists and every assigned person has attended or signed it.
        ML3: the same company-wide briefing runs on every project and records show it for each new team member.
        ML4: the briefing is revised from audit findings and incidents; completion and rule breaches are tracked.
        Weak spots: people added mid-project, service technicians sent for a single call-out.
        Ask also: what happens when someone breaks a rule, and is there a real example?
    .evidence =
        Security briefing pack used for this solution
        Attendance list or signed acknowledgements of assigned staff
        Your company's security rules for project and site work

sp-01-01-re-1 =
    .title = Subcontractors know their security duties
    .question = When you bring subcontractors or freelance engineers onto this solution, how do you make sure they know and follow the same security rules as your own staff?
    .guidance =
        ML1: subcontractors are told the rules verbally by whoever hired them.
        ML2: the subcontracts for this solution carry your security rules and each subcontractor person was briefed, with a record.
        ML3: a standard clause and onboarding step apply to every subcontractor; purchasing cannot place an order without them.
        ML4: subcontractor compliance is reviewed (audit results, incidents) and the terms or briefing are updated.
        Weak spots: second-tier subcontractors, agency staff, vendor specialists who come in for one day.
        Ask also: who in your company checks that a subcontractor really briefed its own people?
    .evidence =
        Subcontract or purchase order with security clauses
        Briefing records for subcontractor staff on this project
        List of subcontractors working on the solution

sp-01-02-br =
    .title = Staff briefed on the customer's security rules
    .question = Before your people start work on this customer's site or systems, are they told the customer's own security rules, such as site access, USB sticks, remote access and passwords?
    .guidance =
        ML1: staff pick up the customer's rules on their first day on site, if at all.
        ML2: the customer's rules relevant to this solution are collected, briefed to the team and attendance is recorded.
        ML3: obtaining and briefing the customer's policies is a fixed project step; the records exist project after project.
        ML4: gaps between customer rules and your own practice are reviewed and fed back into your briefings.
        Weak spots: customer rules that change during the project, remote staff who never visit the site.
        Ask also: how would you learn that the customer has changed one of its security rules?
    .evidence =
        Copy of the customer's security rules held by the project
        Site induction records for each engineer
        Kick-off minutes covering the customer's security rules

sp-01-02-re-1 =
    .title = Staff follow customer change and work permits
    .question = Do your engineers change anything on the customer's control system only under the customer's management-of-change and permit-to-work process, even for small fixes?
    .guidance =
        ML1: permits are usually obtained, but quick fixes such as a tag, a setpoint limit or a firewall rule slip through.
        ML2: for this solution every change carries a permit or MoC number in your job sheets or service reports.
        ML3: your company procedure forbids work without the customer's permit on every site; internal audits confirm it.
        ML4: deviations are counted and analysed, and the procedure or training is adjusted.
        Weak spots: remote changes at night, online edits of PLC logic, "like for like" part swaps.
        Ask also: pick a change from last month and show its matching permit.
    .evidence =
        Job sheets or service reports carrying MoC or permit numbers
        The customer's permit for a recent change
        Your internal rule that requires the customer's permit

sp-01-03-br =
    .title = Staff bound to protect customer data
    .question = Are your staff bound, by contract or a signed agreement, to keep this customer's information confidential: drawings, IP plans, passwords, recipes and process data?
    .guidance =
        ML1: employment contracts hold a general confidentiality clause that says nothing about customer data.
        ML2: everyone on this solution has signed an NDA or project confidentiality statement covering customer data.
        ML3: a company rule requires it on every project, and HR and project records show it every time.
        ML4: breaches and near misses are reviewed, and the agreements and data handling rules are improved.
        Weak spots: drawings and backups left on personal laptops or file shares after the project ends.
        Ask also: what happens to customer data held by an engineer who leaves your company?
    .evidence =
        Signed NDA or confidentiality statement of assigned staff
        Your rules for handling customer information
        Exit checklist for departing staff

sp-01-03-re-1 =
    .title = Subcontractors bound to protect customer data
    .question = Are your subcontractors, and each of their people with access, bound to protect this customer's data in the same way as your own staff, and can you show it?
    .guidance =
        ML1: the subcontract has a general confidentiality clause; the individuals sign nothing.
        ML2: every subcontractor person on this solution is covered by a signed agreement you can produce.
        ML3: purchasing requires it for every subcontract, passed down to lower tiers; records are complete.
        ML4: you check how subcontractors handle customer data and tighten terms after findings.
        Weak spots: customer data sent to subcontractors by e-mail or through file sharing you do not control.
        Ask also: do you know which customer documents each subcontractor holds today?
    .evidence =
        Subcontract confidentiality clause
        Signed agreements of individual subcontractor staff
        Record of which customer data was shared with whom

sp-01-04-br =
    .title = Background checks of own staff
    .question = Do you run background checks (identity, references, criminal record where the law allows) on your staff who get privileged or unescorted access to this customer's systems?
    .guidance =
        ML1: some staff were checked when hired, with no link to the roles they later take on.
        ML2: staff in sensitive roles on this solution have a recorded check that meets what the customer asked for.
        ML3: a company procedure says which roles need which checks and when they are repeated; HR records show it.
        ML4: the scope of checks is reviewed after incidents, changes in law and customer feedback.
        Weak spots: long-serving staff never checked again, internal transfers, limits set by local privacy law.
        Ask also: can you confirm to the customer who was checked without disclosing personal data?
    .evidence =
        Screening procedure and the list of roles it covers
        HR confirmation of checks for staff assigned to this solution
        The customer's screening requirements, if any

sp-01-04-re-1 =
    .title = Background checks of subcontractors
    .question = Do you make sure subcontractor staff who get privileged or unescorted access to this customer's systems were background-checked to the same standard as your own people?
    .guidance =
        ML1: you trust the subcontractor; nothing is asked for or recorded.
        ML2: for this solution the subcontractor has confirmed in writing that each named person was checked.
        ML3: every subcontract requires equivalent checks, and confirmation is collected before any access is granted.
        ML4: you spot-check subcontractors' screening and raise the requirements after findings.
        Weak spots: replacement staff sent at short notice, manufacturers' field service engineers.
        Ask also: who stops a subcontractor from starting work when the confirmation is missing?
    .evidence =
        Subcontract clause requiring screening
        Written confirmation of checks for named subcontractor staff
        Access request form that asks for screening status

sp-01-05-br =
    .title = Named security contact for the customer
    .question = Is a named person in your company the security contact for this customer's solution, and does the customer know who it is and how to reach them, including a deputy?
    .guidance =
        ML1: the project manager answers security questions when they come up; nobody is named.
        ML2: a security contact and a deputy are named for this solution in the project documents given to the customer.
        ML3: every project names a security contact under a company procedure, with the same role description everywhere.
        ML4: response to customer security requests is tracked and the role is adjusted from experience.
        Weak spots: the contact changed but the customer was never told; no cover during holidays.
        Ask also: call the number in the document and see who answers.
    .evidence =
        Project organisation chart naming the security contact
        Contact list handed to the customer
        Role description of the security contact

sp-01-06-br =
    .title = Security lead has the right qualifications
    .question = Does the person who leads security work on this solution have proven knowledge of industrial control system security, through training, certification or comparable project experience?
    .guidance =
        ML1: the lead is a capable engineer with no specific security training or track record.
        ML2: the qualifications needed for the role are written down, and the lead on this solution meets them.
        ML3: the company keeps a competence profile for security leads and a record of who qualifies.
        ML4: qualifications are refreshed to a plan, and gaps seen on projects drive training.
        Weak spots: lapsed certificates, office IT security skills with no plant experience.
        Ask also: who stands in when the lead is absent, and do they qualify too?
    .evidence =
        Competence profile for security leads
        CV, training records or certificates of the current lead
        Training plan for security staff

sp-01-07-br =
    .title = Customer told of staff changes
    .question = When someone with access to this customer's systems joins or leaves the project, or leaves your company, do you tell the customer in time to grant or remove their access?
    .guidance =
        ML1: the customer finds out when a new face turns up or an old account is noticed.
        ML2: staffing changes on this solution are notified in writing within a time agreed with the customer.
        ML3: customer notification is a step of your company's joiner, mover and leaver process for every customer.
        ML4: notification times are measured and late cases reviewed.
        Weak spots: people who leave at short notice, staff changes at subcontractors.
        Ask also: show the last leaver and when the customer removed their accounts and badge.
    .evidence =
        Staffing change notices sent to the customer
        Leaver checklist with a customer notification step
        Customer record of access removal for a leaver

## SP.02 Assurance

sp-02-01-br =
    .title = Evidence that delivered components are secure
    .question = Can you show this customer evidence that the products you build into the solution (controllers, switches, HMIs, software packages) are secure enough, such as IEC 62443-4-2 certificates or test reports?
    .guidance =
        ML1: you rely on the makers' brochures and general statements.
        ML2: for this solution you collected evidence per component type: certificates, test reports, security manuals.
        ML3: product selection on every project requires security evidence, recorded in an approved product list.
        ML4: evidence is refreshed when products or threats change, and weak products are phased out.
        Weak spots: third-party software such as OPC servers and remote tools, old spares reused from stock.
        Ask also: what do you do when the customer insists on a product for which no evidence exists?
    .evidence =
        Component list with the security evidence for each item
        Product security certificates or test reports
        Approved product list and its selection criteria

sp-02-02-br =
    .title = Security test tools recommended
    .question = Do you tell the customer which tools can safely be used to scan or test the security of this solution (vulnerability scanners, traffic capture, configuration checkers) and with which settings?
    .guidance =
        ML1: engineers name a tool when asked; nobody has tried it against this kind of system.
        ML2: a list of tools for this solution, with settings known to be safe, was handed to the customer.
        ML3: your company keeps a list of tools tested on its reference systems and uses it on all projects.
        ML4: the recommendations are updated from test results and experience in the field.
        Weak spots: default "full" scan profiles that crash older PLCs or communication cards.
        Ask also: has a recommended tool ever caused trouble, and what changed afterwards?
    .evidence =
        Recommended tool list given to the customer
        Test record showing the tools were tried on this type of system
        Safe settings per component type

sp-02-02-re-1 =
    .title = Customer approval before using security tools
    .question = Before your staff run a scanner, traffic capture or other security tool on the customer's network, do you get the customer's written approval for the tool, the scope and the time window?
    .guidance =
        ML1: engineers ask the shift supervisor verbally before scanning.
        ML2: for this solution each tool run has a written approval naming the tool, target range and time window.
        ML3: company rules forbid running such tools without customer approval on any site; records are complete.
        ML4: unapproved tool use is detected and analysed, and the approval process improved.
        Weak spots: laptop software that scans on its own (discovery in asset tools, printer search, IDE plug-ins).
        Ask also: how would you know that an engineer ran a tool without approval?
    .evidence =
        Approval for a recent scan with tool, scope and time
        Company rule on security tools at customer sites
        Work permit covering a scanning activity

sp-02-02-re-2 =
    .title = Scans for unknown devices and weaknesses
    .question = Do you scan the solution to find devices, services or connections missing from the documentation, and known vulnerabilities, and report what you find to the customer?
    .guidance =
        ML1: someone ran a scan once at commissioning; the results were not kept.
        ML2: scans of this solution follow a written method; results are compared with the inventory and reported.
        ML3: the same method is used on all projects at set points, e.g. before handover and after major changes.
        ML4: findings are trended over time and the method tuned to find more with less disturbance.
        Weak spots: forgotten modems, dual-homed PCs and unmanaged switches that a quick scan does not show.
        Ask also: what happened to the last undocumented device you found?
    .evidence =
        Most recent scan report with its findings
        Comparison of scan results with the component inventory
        Scan procedure

sp-02-02-re-3 =
    .title = Plant keeps running during scans
    .question = How do you make sure a security scan or test of the live system does not disturb essential functions such as control, safety functions, alarms and operator views?
    .guidance =
        ML1: scans are kept gentle on instinct, or simply avoided on the running plant.
        ML2: for this solution safe settings were proven on a test system, with written abort criteria and a fallback.
        ML3: a company method covers trials on a reference system, watching the process during scans and stopping fast.
        ML4: disturbances and near misses caused by scans are analysed and the method refined.
        Weak spots: controllers with fragile network stacks, scans during start-up or batch changeover.
        Ask also: who watches the process and who can stop the scan?
    .evidence =
        Trial record of scan settings on a test or reference system
        Scan plan with monitoring and abort steps
        Operator log during the last scan

sp-02-03-br =
    .title = Hardening guidance documented
    .question = Do you give the customer written hardening guidance for each type of component in the solution: which services, ports, accounts and settings to switch off or set?
    .guidance =
        ML1: engineers harden from memory; nothing is written.
        ML2: hardening guides exist for the components of this solution and were handed to the customer.
        ML3: your company keeps hardening guides per product and version, reviewed before each project.
        ML4: guides are updated from new vulnerabilities and audit findings, with version history.
        Weak spots: guides that cover Windows but forget switches, PLCs, firewalls and remote I/O.
        Ask also: which version of the guide applies to the firmware installed today?
    .evidence =
        Hardening guide for an HMI or engineering station
        Hardening guide for a switch or firewall in the solution
        Version history of the guides

sp-02-03-re-1 =
    .title = Hardening checked against the guidance
    .question = After installing or changing a component, do you check that it was really hardened as your guidance says, and keep the result?
    .guidance =
        ML1: the installer says it was done; nobody checks.
        ML2: for this solution a checklist or scripted check is run per component and the results are kept.
        ML3: the check is a fixed step before handover on all projects, done by someone other than the installer.
        ML4: deviations found are counted, and the guides and check tools improved.
        Weak spots: parts replaced during maintenance that never get the check again.
        Ask also: pick a device and compare its live settings with the checklist.
    .evidence =
        Completed hardening checklist for one component
        Output of a configuration compliance tool
        FAT or SAT record with a hardening check step

## SP.03 Architecture

sp-03-01-br =
    .title = Security risk assessment of the solution
    .question = Have you, or the customer with your help, carried out a security risk assessment of this solution (for example the IEC 62443-3-2 way), and did its results shape the design?
    .guidance =
        ML1: risks were talked through in design reviews but not written down.
        ML2: a documented risk assessment of this solution lists threats, consequences and the measures chosen.
        ML3: one company method is used on all projects, and its results drive zones and target security levels.
        ML4: the method is reviewed after incidents and new threats; assessments are repeated after major changes.
        Weak spots: an assessment done once at design and never revisited after the scope changed.
        Ask also: point to one firewall or design choice and show the risk it answers.
    .evidence =
        Risk assessment report for this solution
        Design document linking measures to risks
        Your company's risk assessment method

sp-03-01-re-1 =
    .title = Risk assessment results shared with customer
    .question = Have you given the customer the results of the security risk assessment of this solution, including the remaining risks they must accept or treat themselves?
    .guidance =
        ML1: the results were discussed in a meeting; nothing was handed over.
        ML2: the report for this solution was sent to the customer and its receipt recorded.
        ML3: the results, with residual risks listed, are a fixed deliverable on every project.
        ML4: customer feedback on the results is collected and used to improve the report.
        Weak spots: residual risks buried in an appendix; report sent to purchasing instead of the security lead.
        Ask also: did the customer formally accept the residual risks, and who signed?
    .evidence =
        Transmittal of the risk assessment to the customer
        Residual risk list accepted or signed by the customer

sp-03-01-re-2 =
    .title = Independent review of architecture and threats
    .question = Has someone independent of the design team, another department or an outside firm, reviewed the security architecture and threat model of this solution?
    .guidance =
        ML1: a colleague had an informal look.
        ML2: an independent review of this solution was done; its findings are recorded and followed up.
        ML3: independent review is a required gate on all projects above a set size or risk.
        ML4: review findings across projects are analysed to improve design patterns and the review itself.
        Weak spots: "independent" reviewers who designed part of the system themselves.
        Ask also: which findings of the review were not acted on, and why?
    .evidence =
        Independent review report naming the reviewers
        Finding tracker showing how each finding was closed

sp-03-02-br =
    .title = Network segmented as designed
    .question = Is the solution split into zones and conduits (separate networks, firewalls, DMZ) exactly as the design the customer approved, and can you show it was checked?
    .guidance =
        ML1: networks are separated where engineers found it useful.
        ML2: segmentation of this solution follows an approved design and was verified at handover.
        ML3: every project builds an approved zone design and verifies it, e.g. by firewall rule review and tests.
        ML4: segmentation is re-verified regularly and design patterns improved from findings.
        Weak spots: temporary links left in place, dual-homed engineering stations, flat "maintenance" VLANs.
        Ask also: show a cable or VLAN that crosses a zone boundary and the conduit it belongs to.
    .evidence =
        Approved zone and conduit drawing
        Firewall rule export with the reason for each rule
        Segmentation test record from handover

sp-03-02-re-1 =
    .title = Segments and their interfaces documented
    .question = Do your documents list each network segment of the solution and each interface between segments, marking which connect to trusted and which to untrusted networks?
    .guidance =
        ML1: the network drawing shows the segments; the interfaces are not described.
        ML2: for this solution every segment and interface is listed with its trust level and allowed traffic.
        ML3: a company template for segments and interfaces is used on all projects.
        ML4: the documents are checked against the real network regularly and the template improved.
        Weak spots: links to the office network, vendor clouds or historian replication that nobody listed.
        Ask also: which interface does the remote support connection use?
    .evidence =
        Segment and interface list with trust levels
        Conduit descriptions with allowed protocols and ports

sp-03-02-re-2 =
    .title = Untrusted interfaces protected
    .question = Where the solution connects to an untrusted network (office IT, internet, a third party), is the link protected by a firewall, DMZ or data diode you set up to pass only the traffic needed?
    .guidance =
        ML1: there is a firewall, but with broad rules.
        ML2: each untrusted interface of this solution has a protective device with minimal, documented rules.
        ML3: a company standard sets protection patterns for untrusted interfaces, applied on every project.
        ML4: rules are reviewed on a schedule and patterns improved from tests and incidents.
        Weak spots: "any to any" rules added during commissioning and never removed.
        Ask also: when were the firewall rules last reviewed, and by whom?
    .evidence =
        Firewall configuration export with rule justifications
        DMZ design
        Record of the last rule review

sp-03-03-br =
    .title = Handling vulnerabilities in the solution
    .question = How do you learn about new vulnerabilities in the products of this solution, judge what they mean for this customer, and tell the customer what to do?
    .guidance =
        ML1: engineers hear about vulnerabilities from the news or vendors and react case by case.
        ML2: for this solution advisories are watched, assessed and passed to the customer with advice.
        ML3: a company process tracks advisories for all products in your installed base, with deadlines.
        ML4: response times are measured and the process improved.
        Weak spots: products the maker no longer supports, third-party libraries hidden in HMI packages.
        Ask also: show the last advisory you sent this customer and how long it took.
    .evidence =
        Vulnerability tracking list for this solution
        Advisory notice sent to the customer
        Vulnerability handling procedure

sp-03-03-re-1 =
    .title = Weak protocol mitigations documented
    .question = For industrial protocols in the solution with known weaknesses, such as Modbus/TCP or classic OPC without authentication, have you written down how the risk is reduced?
    .guidance =
        ML1: engineers know the protocols are weak; nothing is written.
        ML2: for this solution each weak protocol is listed with the measure that compensates, e.g. a zone boundary.
        ML3: a company catalogue of protocol weaknesses and mitigations is used on all projects.
        ML4: the catalogue is updated from advisories and field experience.
        Weak spots: protocols passed through firewalls because "the vendor needs it".
        Ask also: could a laptop on the control network write to a PLC today?
    .evidence =
        List of weak protocols with their mitigations
        Design note for one weak protocol

sp-03-04-br =
    .title = Secure time distribution
    .question = Do all devices of the solution take their time from a trusted, protected source, so that logs and events line up and the time cannot easily be faked?
    .guidance =
        ML1: some devices sync to a time server; others run on their own clocks.
        ML2: this solution has a designed time hierarchy with protected sources and documented settings.
        ML3: a company design standard for time distribution is used, and sync is checked at handover.
        ML4: time drift and sync failures are monitored and the design improved.
        Weak spots: PLCs set by hand, time taken from the office domain or internet without protection.
        Ask also: compare the clocks of an HMI, a PLC and the firewall right now.
    .evidence =
        Time distribution design
        Time settings on a controller and an HMI
        Time sync check record from handover

sp-03-05-br =
    .title = Only needed functions enabled
    .question = Have you disabled or removed the software, services, ports and accounts that the solution does not need, on workstations, servers, controllers and network devices?
    .guidance =
        ML1: obvious extras are removed when someone notices them.
        ML2: for this solution the needed functions per component are listed and everything else is disabled.
        ML3: every project starts from company-wide minimal baselines per component type.
        ML4: baselines are reviewed against new threats and product versions.
        Weak spots: web servers on PLCs and switches, open USB ports, unused switch ports left active.
        Ask also: run a port scan on one device and compare it with the list.
    .evidence =
        List of enabled ports and services per component
        Port scan result compared with that list
        Baseline configuration for one component type

sp-03-05-re-1 =
    .title = Only approved root certificates trusted
    .question = On the computers and devices of the solution, have you removed trust in certificate authorities the customer has not approved, keeping only those the system needs?
    .guidance =
        ML1: the default certificate stores of the operating system and vendors are left as shipped.
        ML2: for this solution the needed CAs are listed and the stores are cleaned to match.
        ML3: all projects use a CA trust baseline agreed with the customer.
        ML4: stores are checked periodically and the baseline updated as certificates expire or are revoked.
        Weak spots: automatic root certificate updates in Windows that bring removed CAs back.
        Ask also: who decides that a new CA may be added?
    .evidence =
        List of approved CAs for the solution
        Export of the certificate store of an HMI or server

sp-03-06-br =
    .title = Session lock on workstations
    .question = Do the workstations you deliver (HMIs, engineering stations, servers) lock the session after an idle time or on demand, in a way that suits operators in the control room?
    .guidance =
        ML1: screen lock is set on some PCs, not on others.
        ML2: for this solution lock times are agreed with the customer per workstation role and configured.
        ML3: a company standard sets lock behaviour per role, checked at handover on all projects.
        ML4: lock settings are reviewed with operators and improved.
        Weak spots: operator HMIs where a lock would hide alarms; shared logins that never lock.
        Ask also: how do operators keep the process view while control actions are locked?
    .evidence =
        Lock settings per workstation role
        Group policy export or screenshot of lock settings

sp-03-07-br =
    .title = Maintenance devices do not bypass security
    .question = When your engineers connect laptops, handhelds or calibrators to the solution, can you show that these devices do not go around firewalls, access controls or other protections?
    .guidance =
        ML1: engineers plug in wherever is convenient, for instance into any free port on a control network switch.
        ML2: for this solution the connection points and rules for maintenance devices are documented and followed.
        ML3: company rules for maintenance devices (dedicated, hardened, scanned before use) apply on every site.
        ML4: use of maintenance devices is monitored and the rules improved from findings.
        Weak spots: laptops with Wi-Fi and wired ports active at once, mobile data dongles, personal USB sticks.
        Ask also: is the laptop in front of you used for other customers too?
    .evidence =
        Rules for connecting maintenance devices
        Hardening record for a maintenance laptop
        Drawing showing the maintenance connection points

sp-03-07-re-1 =
    .title = Multi-factor login on workstations
    .question = Do the workstations you deliver, or the maintenance laptops your staff bring, need more than a password to log in, such as a smart card or token, for privileged or remote use?
    .guidance =
        ML1: passwords only, with multi-factor on a few systems where the product made it easy.
        ML2: for this solution the workstations that need multi-factor are defined and it is set up on them.
        ML3: multi-factor login is a company standard for such workstations on all projects, with a recovery procedure.
        ML4: coverage and login failures are tracked and the setup improved.
        Weak spots: break-glass accounts without a second factor, a second factor that needs a network that may be down.
        Ask also: what happens at 3 a.m. when an engineer has lost the token?
    .evidence =
        List of workstations with multi-factor login
        Multi-factor configuration screenshot
        Procedure for lost or broken tokens

sp-03-08-br =
    .title = Least privilege for network device admin
    .question = Do the people who administer the switches, routers and firewalls of the solution get only the rights they need, rather than one shared full-admin login?
    .guidance =
        ML1: one admin account is used by everyone who touches the network.
        ML2: for this solution admin rights per person are defined and set on each network device.
        ML3: a company standard for network device admin rights is applied on all projects.
        ML4: rights are reviewed regularly and rights no longer needed are removed.
        Weak spots: default admin accounts left active, vendor support accounts with full rights.
        Ask also: who can change the firewall rules today, and who approved that?
    .evidence =
        Account and privilege list for a switch or firewall
        Configuration export showing user privilege levels

sp-03-08-re-1 =
    .title = Role-based network device admin
    .question = Is access to network device administration given by role, such as read-only, operator and full admin, ideally from a central directory or RADIUS/TACACS+ server?
    .guidance =
        ML1: roles exist on paper; accounts are created by hand on each device.
        ML2: for this solution roles are defined and mapped to accounts on all network devices.
        ML3: role-based access to network devices is a company standard, with central authentication where possible.
        ML4: use of roles is reviewed and the roles refined.
        Weak spots: local fallback accounts used when the central server is down, with shared passwords.
        Ask also: how is a leaver's network admin access removed from every device?
    .evidence =
        Role definitions for network administration
        Central authentication configuration
        List of local fallback accounts

sp-03-08-re-2 =
    .title = Network admin traffic and data protected
    .question = Are the administration traffic and data of network devices protected, e.g. SSH and HTTPS instead of Telnet and HTTP, protected configuration backups, and no plain-text passwords in configs?
    .guidance =
        ML1: Telnet or plain HTTP is still used on some devices.
        ML2: for this solution only secure admin protocols are enabled and configuration backups are protected.
        ML3: company baselines for network devices enforce secure management on every project.
        ML4: use of admin protocols is monitored and the baselines updated.
        Weak spots: SNMP v1/v2c with default community strings, configuration files left on laptops.
        Ask also: where are the switch configuration backups kept, and who can read them?
    .evidence =
        Configuration export showing only SSH and HTTPS enabled
        SNMP settings
        Storage place and protection of configuration backups

sp-03-08-re-3 =
    .title = Mutual authentication for network admin
    .question = When an administrator connects to a network device, do both sides prove who they are, e.g. with certificates or checked SSH host keys, so a fake device or fake admin would be detected?
    .guidance =
        ML1: host key and certificate warnings are simply clicked away.
        ML2: for this solution device keys or certificates are recorded and checked; admins log in with keys or certificates.
        ML3: a company standard for mutual authentication covers all managed network devices.
        ML4: the life cycle of keys and certificates is monitored and improved.
        Weak spots: self-signed certificates accepted without any check.
        Ask also: what does an engineer do when a host key warning appears?
    .evidence =
        List of device host keys or certificates
        Admin client settings that enforce the check

sp-03-09-br =
    .title = Only authorised control actions and data flows
    .question = Have you verified that only the intended sources can send control commands or write data to each controller, and that data flows in the solution match what was approved?
    .guidance =
        ML1: assumed to be right; never tested.
        ML2: for this solution allowed flows and command sources are listed and tested, e.g. by firewall tests or logs.
        ML3: a company test method for authorised flows is used on all projects before handover.
        ML4: flows are monitored in operation and deviations analysed.
        Weak spots: any host on the control network can write to PLCs; OPC servers accepting anonymous writes.
        Ask also: show a test where a command from a wrong source was refused.
    .evidence =
        Data flow matrix of the solution
        Test report showing unauthorised commands rejected
        Network monitoring output

sp-03-10-br =
    .title = Sensitive data stores and flows documented
    .question = Have you documented where sensitive data of the solution is kept and where it travels: passwords, keys, recipes, configuration files, personal data, backups?
    .guidance =
        ML1: engineers know where it is; nothing is written.
        ML2: for this solution sensitive data is listed with its location, owner and flows.
        ML3: a company template is used on all projects and reviewed at handover.
        ML4: the list is kept current after changes and reviewed for new kinds of data.
        Weak spots: backups and exports on engineering laptops, recipes copied to USB sticks.
        Ask also: where are the PLC project files with embedded passwords stored?
    .evidence =
        Sensitive data register for the solution
        Data flow drawing

sp-03-10-re-1 =
    .title = Sensitive data protected at rest and in transit
    .question = Is sensitive data of the solution protected where it is stored and while it is sent, e.g. encrypted backups, protected password stores, encrypted links to the historian or cloud?
    .guidance =
        ML1: some data is protected because the product does it by default.
        ML2: for this solution each sensitive data item has a chosen protection and it is configured.
        ML3: company rules set the protection per class of data on all projects.
        ML4: protections are verified periodically and improved.
        Weak spots: plain-text passwords in scripts, unencrypted replication to the office network.
        Ask also: open one backup file: can anybody read it?
    .evidence =
        Protection measures per sensitive data item
        Configuration evidence such as encryption settings

sp-03-10-re-2 =
    .title = Data retention documented
    .question = Have you documented how long each part of the solution keeps its data (logs, historian, alarm journals, backups) and how the customer can change those periods?
    .guidance =
        ML1: retention is whatever the product default happens to be.
        ML2: for this solution retention per data store is documented and matches what the customer asked for.
        ML3: documenting retention is part of the company handover package on every project.
        ML4: retention settings are reviewed against customer and legal needs and improved.
        Weak spots: logs that overwrite themselves within days, so an incident can no longer be traced.
        Ask also: how far back do the firewall and domain controller logs go today?
    .evidence =
        Retention table per data store
        Screenshot of log or historian retention settings

sp-03-10-re-3 =
    .title = Accepted cryptography used
    .question = Do the cryptographic mechanisms in the solution (TLS versions, ciphers, key lengths, VPN settings) follow recognised, current recommendations that the customer accepts?
    .guidance =
        ML1: whatever the products offer by default is used.
        ML2: for this solution the crypto settings are listed and checked against a named recommendation.
        ML3: a company crypto baseline, agreed with customers, is used on all projects.
        ML4: the baseline is updated as algorithms weaken and the installed base is checked.
        Weak spots: old TLS or SSL kept for legacy devices, hard-coded keys in products.
        Ask also: which reference do you use to call a cipher acceptable?
    .evidence =
        Crypto settings list for the solution
        TLS scan of a web interface or server

sp-03-10-re-4 =
    .title = Data destroyed when a component is removed
    .question = When a component leaves the site or is sent for repair (a disk, a controller, an HMI panel), do you erase or destroy the customer's data on it first, and record that?
    .guidance =
        ML1: components are returned or scrapped as they are.
        ML2: for this solution a wiping or destruction method per component type is written and records are kept.
        ML3: a company procedure covers all returns, repairs and scrapping, with certificates from recyclers.
        ML4: the procedure is checked, e.g. by sampling returned devices, and improved.
        Weak spots: memory cards in controllers and panels, failed disks sent back under warranty.
        Ask also: show the record for the last component removed from this site.
    .evidence =
        Data removal procedure per component type
        Wiping or destruction record for a removed component
        Recycler's destruction certificate

## SP.04 Wireless

sp-04-01-br =
    .title = Wireless architecture documented
    .question = If the solution uses wireless (Wi-Fi, WirelessHART, ISA100, private LTE), have you documented its architecture: access points, gateways, coverage, and how it links to the wired zones?
    .guidance =
        ML1: access points are shown on a floor plan; nothing explains how they connect.
        ML2: the wireless design of this solution documents devices, gateways, zones, conduits and coverage.
        ML3: a company template for wireless designs is used on all projects, including a site survey.
        ML4: the documents are checked against wireless surveys in operation and the template improved.
        Weak spots: wireless added later by maintenance, vendor-installed gateways left out of the drawings.
        Ask also: which zone does the wireless gateway belong to?
    .evidence =
        Wireless architecture drawing
        Site survey report
        List of wireless devices and gateways

sp-04-02-br =
    .title = Wireless access controlled
    .question = Can only authorised devices and users join the wireless networks of the solution, for example with 802.1X or per-device keys rather than one shared key known to everyone?
    .guidance =
        ML1: one shared key, known to many people and never changed.
        ML2: for this solution each wireless network has defined access control and its settings are documented.
        ML3: a company standard for wireless access control applies on all projects, with key handling rules.
        ML4: join attempts and rogue access points are monitored and the setup improved.
        Weak spots: the shared key written on the access point, handheld devices that leave the site.
        Ask also: how is a lost handheld removed from the wireless network?
    .evidence =
        Wireless access control settings
        Key or certificate handling procedure
        List of authorised wireless devices

sp-04-02-re-1 =
    .title = Wireless traffic cryptographically protected
    .question = Is the wireless traffic encrypted and protected against tampering with current methods, such as WPA3 or WPA2-Enterprise, or the security layer of WirelessHART or ISA100, with no open or WEP networks?
    .guidance =
        ML1: encryption is on where the product default enabled it.
        ML2: for this solution the protection of each wireless network is chosen, documented and configured.
        ML3: a company minimum for wireless protection applies to all projects, and weaker set-ups need an approved exception.
        ML4: the minimum is raised as methods weaken, and installed networks are re-checked.
        Weak spots: legacy devices that force the whole network down to weak settings.
        Ask also: is there any wireless network on site that anyone can join without a key?
    .evidence =
        Wireless security settings export
        Wireless scan showing the protection in use

sp-04-03-br =
    .title = Wireless follows standards and regulations
    .question = Do the wireless technologies in the solution follow recognised standards and the local radio rules (frequencies, transmit power), with no unapproved or home-made settings?
    .guidance =
        ML1: products are used as bought; nobody has checked the national rules.
        ML2: for this solution the standards used and the local radio rules are documented and met.
        ML3: a company check of standards and regulations is done for wireless on every project and country.
        ML4: the check is kept current with regulation changes and field experience.
        Weak spots: equipment bought abroad, boosted antennas, channels not allowed in the country.
        Ask also: who checks radio rules when the solution is copied to a plant in another country?
    .evidence =
        List of wireless standards and regulations applied
        Conformity declarations of the wireless products

sp-04-03-re-1 =
    .title = Wireless names unique and non-revealing
    .question = Are the network names and identifiers of the solution's wireless networks (SSIDs, network IDs) unique and free of anything that reveals the company, plant or purpose?
    .guidance =
        ML1: names are product defaults or plain descriptions such as the plant name.
        ML2: for this solution the identifiers follow a neutral naming scheme agreed with the customer.
        ML3: a company naming rule for wireless identifiers is used on all projects.
        ML4: the rule is reviewed, e.g. after wireless surveys of sites, and improved.
        Weak spots: names such as "Boiler-Control" or the vendor's default network ID.
        Ask also: what would someone in the car park learn from your network names?
    .evidence =
        Wireless naming scheme
        Wireless scan listing the visible network names

sp-04-03-re-2 =
    .title = Static addresses for wireless devices
    .question = Do the wireless devices of the solution use fixed or reserved addresses, so that unknown devices stand out and firewall rules can be precise?
    .guidance =
        ML1: devices take whatever address the DHCP server gives them.
        ML2: for this solution every wireless device has a fixed or reserved address recorded in the IP plan.
        ML3: a company rule requires fixed addressing for wireless devices on all projects.
        ML4: addresses are compared with the plan regularly and unknown devices followed up.
        Weak spots: a DHCP pool left open "for commissioning".
        Ask also: what would happen if an unknown device joined the wireless network today?
    .evidence =
        IP address plan with the wireless devices
        DHCP or gateway configuration

## SP.05 SIS (safety instrumented system)

sp-05-01-br =
    .title = SIS communications risk-assessed
    .question = Has every communication path into and out of the safety instrumented system been assessed for security risk and reviewed with the customer's safety team?
    .guidance =
        ML1: the SIS links were discussed informally during design.
        ML2: for this solution each SIS communication path is listed, its risk assessed and the review recorded.
        ML3: a company method joins security and functional safety reviews for all SIS projects.
        ML4: the assessment is repeated after changes and the method improved from findings.
        Weak spots: serial links to the DCS, SIS diagnostics sent to asset management tools.
        Ask also: was the security assessment linked to the safety assessment (HAZOP, SIL study)?
    .evidence =
        List of SIS communication paths with their risk assessment
        Review minutes with the customer's safety team

sp-05-02-br =
    .title = SIS protected from the control system
    .question = Is the SIS protected so that traffic from the basic process control system can reach it only in the approved ways, e.g. read-only, through a dedicated gateway or firewall?
    .guidance =
        ML1: SIS and control system share a network; the SIS trusts anything on it.
        ML2: for this solution allowed control system to SIS traffic is defined and enforced by a device or SIS settings.
        ML3: a company pattern for SIS to control system separation is used on all SIS projects.
        ML4: the separation is tested periodically and the pattern improved.
        Weak spots: write access from the control system for bypasses and resets, left wide open.
        Ask also: which signals can the control system write to the SIS, and who approved them?
    .evidence =
        Drawing of the SIS to control system interface
        Firewall or gateway configuration
        List of approved writes to the SIS

sp-05-03-br =
    .title = Outside connections cannot affect the SIS
    .question = Can you show that nothing outside the control system, such as remote access, the office network or vendor connections, can change or disturb the safety functions?
    .guidance =
        ML1: believed to be true; never checked.
        ML2: for this solution all paths from outside are traced and shown to be blocked from the SIS.
        ML3: a company design rule and test prove this on all SIS projects before handover.
        ML4: the check is repeated after changes and the rule improved.
        Weak spots: remote support gateways that reach the SIS engineering workstation.
        Ask also: trace the path from the internet to the SIS controller and show where it stops.
    .evidence =
        Path analysis from external networks to the SIS
        Test record proving the paths are blocked

sp-05-04-br =
    .title = Other applications cannot disrupt SIS comms
    .question = Are applications outside the SIS, such as the historian, asset management tools or OPC servers, prevented from disrupting the SIS's own communications, e.g. by flooding it or writing to it?
    .guidance =
        ML1: no specific protection; heavy polling is tolerated.
        ML2: for this solution the load and writes from outside applications are limited and tested.
        ML3: a company rule limits external access to SIS communications on all SIS projects.
        ML4: SIS communication health is monitored and limits improved.
        Weak spots: asset management tools polling safety transmitters, broadcast storms on a shared network.
        Ask also: what happens to the SIS if the historian starts polling ten times faster?
    .evidence =
        List of applications that talk to the SIS
        Load or storm test result

sp-05-05-br =
    .title = SIS engineering station outside the SIS shielded
    .question = If a SIS engineering workstation sits outside the SIS zone, is it shielded from the site network and the higher levels (Level 3 and above)?
    .guidance =
        ML1: the SIS engineering station sits on the plant network like any other PC.
        ML2: for this solution the station is placed in a protected zone with documented rules to higher levels.
        ML3: a company design rule places SIS engineering stations the same way on all SIS projects.
        ML4: the placement is reviewed after changes and the rule improved.
        Weak spots: the station joined to the office domain, e-mail and web browsing on it.
        Ask also: which higher-level systems can reach this station, and why?
    .evidence =
        Zone drawing showing the SIS engineering station
        Firewall rules for its zone

sp-05-05-re-1 =
    .title = SIS engineering station inside the SIS shielded
    .question = Is the SIS engineering workstation inside the SIS zone protected against any remote access, so that it can only be used by someone present at the site?
    .guidance =
        ML1: remote desktop is enabled "for support".
        ML2: for this solution remote access to the station is blocked and disabled, and this is documented.
        ML3: a company rule forbids remote access to SIS engineering stations on all SIS projects.
        ML4: compliance is checked periodically and the rule improved.
        Weak spots: remote support tools installed by vendors, wireless adapters in the PC.
        Ask also: is any remote access software installed on this station?
    .evidence =
        Station configuration showing remote access disabled
        List of installed software on the station

sp-05-06-br =
    .title = Controlled access into the SIS
    .question = Does every access into the SIS pass through a controlled point (a firewall, gateway or jump host) that checks the access is authorised?
    .guidance =
        ML1: access into the SIS is possible from several places without checks.
        ML2: for this solution all access points into the SIS are defined, controlled and documented.
        ML3: a company design rule requires mediated access on all SIS projects.
        ML4: the access point is monitored and its rules reviewed and improved.
        Weak spots: a serial or USB programming port left open at the cabinet.
        Ask also: who approves each access through that point?
    .evidence =
        Drawing of SIS access points
        Configuration of the access point
        Access log of the access point

sp-05-07-br =
    .title = SIS engineering tools protected from other tools
    .question = On an engineering workstation that holds SIS tools together with other engineering software, are the SIS engineering functions protected from the other software?
    .guidance =
        ML1: all tools share one PC and one account without separation.
        ML2: for this solution the SIS tools are separated, e.g. by accounts, rights or a dedicated station.
        ML3: a company rule sets how SIS tools are separated on all SIS projects.
        ML4: the separation is reviewed after software updates and improved.
        Weak spots: shared admin accounts, tools from other vendors with drivers that reach the SIS.
        Ask also: could a control system engineer download to the SIS from this PC?
    .evidence =
        Software list of the shared workstation
        Account and rights setup for the SIS tools

sp-05-08-br =
    .title = No unauthorised wireless in the SIS
    .question = Are you sure no wireless link is used for safety functions in the solution, unless the customer has explicitly assessed and approved it?
    .guidance =
        ML1: not checked; wireless transmitters may be used for convenience.
        ML2: for this solution the absence of wireless in safety functions, or the approved exceptions, is documented.
        ML3: a company rule forbids unapproved wireless in safety functions on all SIS projects.
        ML4: installations are checked, e.g. by wireless surveys, and the rule improved.
        Weak spots: wireless transmitters added for monitoring that later feed a trip.
        Ask also: is any safety function input or output carried over radio?
    .evidence =
        Safety function I/O list showing the signal media
        Customer approval of any wireless exception

sp-05-09-br =
    .title = SIS configuration mode switched on and off
    .question = Does the SIS offer a way to enable and disable configuration changes (program download, forcing), so that changes are only possible in an authorised window?
    .guidance =
        ML1: the SIS is always in a mode that accepts changes.
        ML2: for this solution the configuration mode is used, and enabling it is tied to a permit.
        ML3: a company procedure for SIS configuration windows is followed on all SIS projects.
        ML4: time spent in configuration mode is tracked and the procedure improved.
        Weak spots: configuration mode left on after commissioning or a night call-out.
        Ask also: what mode is the SIS in right now?
    .evidence =
        Procedure for enabling SIS configuration mode
        Permit for the last change
        SIS diagnostic showing the current mode

sp-05-09-re-1 =
    .title = Lockable hardware configuration switch
    .question = Is the SIS configuration mode controlled by a physical key switch or lockable switch, with the key kept under the customer's control?
    .guidance =
        ML1: a key switch exists, but the key stays in the lock.
        ML2: for this solution a hardware switch controls configuration mode and the key is held by the customer.
        ML3: a company design rule requires a lockable switch on all SIS projects.
        ML4: key use is logged and reviewed, and the rule improved.
        Weak spots: spare keys in the cabinet, software-only modes on some SIS controllers.
        Ask also: who holds the key today and where is it logged?
    .evidence =
        Drawing or photo of the key switch
        Key register

sp-05-09-re-2 =
    .title = Locked mode verified by someone else
    .question = After maintenance on the SIS, does someone other than the person who made the change check that it is back in locked or run mode?
    .guidance =
        ML1: the engineer who did the work sets the SIS back and says so.
        ML2: for this solution a second person checks the mode and signs for it.
        ML3: a company procedure requires independent checking after all SIS work.
        ML4: missed checks are tracked and the procedure improved.
        Weak spots: checks skipped on night shifts or during urgent restarts.
        Ask also: show the signed check of the last SIS change.
    .evidence =
        Signed check sheet after SIS maintenance
        Procedure for independent verification

## SP.06 Configuration management

sp-06-01-br =
    .title = Infrastructure drawings provided
    .question = Have you provided drawings and documents of the solution's infrastructure: network diagrams, cabinet layouts, cabling and IP address plans?
    .guidance =
        ML1: drawings exist for parts of the system, in various formats.
        ML2: for this solution a complete, controlled set of infrastructure drawings was handed over.
        ML3: a company standard defines the documents and their formats for all projects.
        ML4: the document set is reviewed after projects and the standard improved.
        Weak spots: network diagrams that stop at the control room, missing patch panels.
        Ask also: where is the current IP address plan, and who owns it?
    .evidence =
        Network diagram of the solution
        IP address plan
        Document list of the handover package

sp-06-01-re-1 =
    .title = As-built documents kept current
    .question = After changes to the solution, are drawings and documents updated to show what is really installed, within a time agreed with the customer?
    .guidance =
        ML1: drawings are updated when someone finds the time.
        ML2: for this solution changes trigger document updates, tracked until done.
        ML3: a company procedure ties document updates to change closure on all projects.
        ML4: document accuracy is measured, e.g. by site walk-downs, and the procedure improved.
        Weak spots: red-lined drawings that never return to the master copy.
        Ask also: pick a cabinet and compare it with the drawing.
    .evidence =
        Change record with linked document updates
        Revision history of a drawing

sp-06-02-br =
    .title = Component inventory kept
    .question = Do you keep an inventory of every component of the solution (hardware, firmware and software versions, location, IP address) that the customer can use?
    .guidance =
        ML1: a partial list exists in a spreadsheet on someone's laptop.
        ML2: for this solution a complete inventory with versions is kept and shared with the customer.
        ML3: a company inventory method, with tools where useful, is used on all projects.
        ML4: the inventory is checked against scans and kept current, and the method improved.
        Weak spots: firmware versions not updated after patches, spare parts not listed.
        Ask also: which firmware runs on the main controller today?
    .evidence =
        Component inventory
        Comparison of the inventory with a recent scan

sp-06-03-br =
    .title = Device configuration values verified
    .question = After commissioning or maintenance, do you check that device settings such as firewall rules, controller parameters and switch configurations are exactly the approved values?
    .guidance =
        ML1: settings are trusted to be right once entered.
        ML2: for this solution settings are compared with approved values and the result is recorded.
        ML3: a company method, ideally tool-supported, verifies settings on all projects.
        ML4: deviations are analysed and the method improved.
        Weak spots: changes made during troubleshooting and never reverted.
        Ask also: show the last comparison of a firewall configuration with its approved version.
    .evidence =
        Configuration comparison report
        Approved configuration baseline

## SP.07 Remote access

sp-07-01-br =
    .title = Accepted remote access applications
    .question = Which remote access tools do your engineers use to reach this customer's control system, and how do you make sure that only tools the customer has accepted are ever used?
    .guidance =
        ML1: engineers pick a tool per callout (TeamViewer, AnyDesk, a VPN client); the customer may not know which one was used.
        ML2: for this solution a short list of remote tools is agreed with the customer and staff are told to use nothing else.
        ML3: one company list of accepted tools is applied on every site; laptop builds and audits show no tools outside it.
        ML4: the list is reviewed against vulnerabilities and incidents, and tools are replaced or removed on the basis of that data.
        Weak spots: remote tools pre-installed on HMIs or vendor PCs, and tools a field engineer installs "just this once".
        Ask also: how would you notice an unlisted remote tool on an engineering station?
    .evidence =
        Remote access tool list agreed with the customer
        Standard software build of a service laptop
        Software inventory export of an engineering station

sp-07-02-br =
    .title = Remote access application instructions
    .question = Do the customer and your own engineers get written instructions for the remote access application of this solution: how it is installed, set up securely, and how a session is opened and closed?
    .guidance =
        ML1: engineers know how it works; at most the product vendor's generic manual is available.
        ML2: a guide for this site covers installation, secure settings, opening and closing a session, and the users have been trained on it.
        ML3: a company template is used for the remote access guide of every customer and records show the guides are kept current.
        ML4: help-desk calls and session reviews are analysed and the instructions improved from them.
        Weak spots: guides that leave out the security settings (encryption, idle timeout, file transfer off) or predate the last upgrade.
    .evidence =
        Remote access user guide written for this customer
        Section of the guide on secure settings
        Training records of the engineers who use remote access

sp-07-03-br =
    .title = Information on proposed remote connections
    .question = Before remote access is built, do you tell the customer in detail what you propose: which of your offices and people connect, to which systems, along which path, with which protocols and for which tasks?
    .guidance =
        ML1: the customer hears "we need VPN access"; the details only emerge during commissioning.
        ML2: a written description for this solution lists end points, route, ports, users, purpose and expected frequency of use.
        ML3: a standard remote connection description is part of every design package and is updated whenever a connection changes.
        ML4: the descriptions are compared with real connection logs and the differences are used to improve the template.
        Weak spots: connections added later (a subsystem vendor, a cloud monitoring agent) without the description being updated.
        Ask also: does the description show where the connection ends, for example on a jump host in a DMZ?
    .evidence =
        Remote connection description or data-flow drawing
        Firewall rule request that matches the description
        Change record for a connection added after go-live

sp-07-04-br =
    .title = Asset-owner approval per remote connection
    .question = Does every remote session by your staff need the customer's go-ahead first, and how is that approval asked for, given and recorded before anyone connects?
    .guidance =
        ML1: the VPN is always open; engineers connect when they need to and tell the customer afterwards, if at all.
        ML2: for this site a request and approval step exists (call, ticket or permit) and sessions without approval are forbidden.
        ML3: the approval step is the same on every site, and ticket records match the session log of the remote access gateway.
        ML4: approval times, refused requests and unapproved attempts are tracked and used to tune the process.
        Weak spots: standing approvals that never expire, and night callouts when nobody on site is available to approve.
        Ask also: can the customer end a session at any time, and has that ever been tried?
    .evidence =
        Remote access requests and approvals from recent months
        Session log of the remote access gateway to compare with them
        Procedure for emergency remote access

sp-07-04-re-1 =
    .title = Authenticated, encrypted remote access over public networks
    .question = When your staff reach the customer's system across the internet or another public network, is every connection encrypted and strongly authenticated, for example a VPN with individual accounts and multi-factor login?
    .guidance =
        ML1: protection depends on the tool used; some links run on shared passwords or without encryption.
        ML2: for this solution every remote path uses an encrypted tunnel with personal accounts and multi-factor login, as documented in the design.
        ML3: the same minimum (ciphers, multi-factor login, personal accounts) applies on every site and is checked at commissioning.
        ML4: crypto settings and login methods are reviewed as threats change, and weak settings are retired on a plan.
        Weak spots: 4G routers or modems in panels, shared VPN accounts, old TLS or IPsec settings, certificates nobody checks.
    .evidence =
        VPN or gateway configuration showing ciphers and multi-factor login
        List of remote access accounts mapped to named people
        Network drawing or scan showing no other internet paths

## SP.08 Event management

sp-08-01-br =
    .title = Security incident handling
    .question = If your staff find or suspect a security incident at this customer's plant, or in your own systems that connect to it, what exactly do they do, and when is the customer brought in?
    .guidance =
        ML1: staff would phone someone they know; there is no written procedure and no contact list.
        ML2: an incident procedure for this solution names contacts on both sides, first steps and who decides, and staff know it.
        ML3: one company incident process covers all customer sites, with records of real incidents or exercises handled through it.
        ML4: lessons from incidents and drills are tracked and the process measurably improves, for example the time to inform the customer.
        Weak spots: incidents at your own office (stolen laptop, breached VPN account) that affect customers but are not reported to them.
        Ask also: when did you last run an incident exercise together with a customer?
    .evidence =
        Incident procedure and contact list for this customer
        Record of a real incident or of an exercise
        Lessons-learned report

sp-08-01-re-1 =
    .title = Report detected compromises via accepted interface
    .question = When your staff detect that a system or account may have been compromised, do they report it through the channel the customer has agreed, such as its security desk or ticket system, and within the agreed time?
    .guidance =
        ML1: reports go by whatever means is at hand, to whoever answers the phone.
        ML2: the agreed channel and the time limit for this customer are written down and the staff on the project know them.
        ML3: every customer has a defined reporting channel in the contract or project handbook, and past reports show it in use.
        ML4: speed and completeness of reports are measured and improved together with customers.
        Weak spots: reports sent to the personal mailbox of one customer engineer, and reporting outside office hours.
    .evidence =
        Contract clause or handbook page naming the channel
        A past compromise report or ticket
        Briefing material given to staff on reporting

sp-08-02-br =
    .title = Security events written to audit log
    .question = Does the solution you deliver record security events, such as logins, failed logins, account and configuration changes or blocked connections, in audit logs the customer can review?
    .guidance =
        ML1: logging is whatever the products do by default; nobody has checked what gets recorded.
        ML2: for this solution the events to record are chosen and logging is enabled on servers, HMIs, network devices and controllers where possible.
        ML3: a company logging baseline per product type is applied on every project and checked at handover.
        ML4: the baseline is improved from incident findings and from what customers' monitoring teams report back.
        Weak spots: logs that overwrite themselves within hours, wrong clocks, switches and controllers left at default logging.
        Ask also: how long are logs kept, and who is able to delete them?
    .evidence =
        List of logged security events per component type
        Sample audit log from an HMI or server
        Log size and retention settings

sp-08-02-re-1 =
    .title = Security event access via accepted interfaces
    .question = Can the customer collect the security events of your solution through an interface it accepts, for instance syslog or Windows event forwarding to its SIEM, without needing your tools or your people?
    .guidance =
        ML1: events can only be read locally on each device, usually by your own engineers.
        ML2: for this solution events are forwarded through an interface agreed with the customer, and the set-up is documented.
        ML3: standard forwarding options are offered on every project and tested against each customer's collector.
        ML4: gaps between what is logged and what reaches the customer's SIEM are measured and closed.
        Weak spots: proprietary formats that only your tool can read, and log traffic crossing zones on an unprotected path.
    .evidence =
        Interface description for event forwarding
        Customer collector screen showing events from the solution
        Firewall rule that allows the log flow

sp-08-02-re-2 =
    .title = Verify audit logging with simulated event
    .question = Do you prove to the customer that logging really works by causing test events, such as a wrong password or a blocked connection, and showing them arriving in the log?
    .guidance =
        ML1: logging is assumed to work; nothing is tested.
        ML2: for this solution a list of simulated events exists and the results are recorded during acceptance testing.
        ML3: the same check is part of every FAT and SAT and is repeated after major changes, with signed records.
        ML4: the set of test events grows with new attack techniques, and results are compared across projects.
        Weak spots: tests done on one sample device only, and no repeat after upgrades or patching.
    .evidence =
        Test procedure listing the simulated events
        FAT or SAT record with the matching log entries
        Repeat test record after a change

sp-08-03-br =
    .title = Log/notify process-related events
    .question = Does the solution record and announce process alarms and events, such as setpoint changes, mode switches and operator commands, so the customer can trace what happened, when, and who did it?
    .guidance =
        ML1: the alarm and event system runs on vendor defaults; what it records is not really known.
        ML2: for this solution the alarms and events to record, and who is notified of which, are specified and configured.
        ML3: a company alarm and event philosophy is used on all projects and verified during testing.
        ML4: alarm and event data are analysed and the configuration improved (nuisance alarms, missing operator records).
        Weak spots: operator commands logged under a shared "operator" login, and engineering downloads not recorded as events.
    .evidence =
        Alarm and event specification for this solution
        Event journal extract showing operator commands
        Test record of alarm notification

sp-08-03-re-1 =
    .title = Secure reporting of alarms and events
    .question = Are alarms and events protected on their way from the controllers to operator stations, historians and any paging or SMS system, so that nobody can fake, change or suppress them unnoticed?
    .guidance =
        ML1: transport is whatever the protocol offers; nobody has looked at it.
        ML2: for this solution the alarm and event paths are known and their protection (authenticated protocols, segmentation) is documented.
        ML3: the company design standard requires protected alarm paths on every project and tests show it is in place.
        ML4: the protection is reviewed against newly published protocol weaknesses and improved on installed systems.
        Weak spots: legacy protocols with no integrity check, and alarm e-mail or SMS gateways reachable from the office network.
    .evidence =
        Design document describing alarm and event paths
        Security settings of the alarm server and its protocols
        Network drawing showing the zones these paths cross

sp-08-04-br =
    .title = Event storm behaviour documentation
    .question = Have you documented how the solution behaves during an alarm or event storm, for example thousands of events after a trip or a network flood, and what operators can still see and do?
    .guidance =
        ML1: behaviour under heavy load is unknown, or known only from past bad experiences.
        ML2: for this solution the limits (events per second, buffer sizes, what is dropped or delayed first) are documented and shared.
        ML3: storm behaviour is tested and documented for every system type the company delivers.
        ML4: results of storm tests and real events lead to tuning and updated documents.
        Weak spots: floods of security events that bury process alarms, and historians losing data without any warning.
    .evidence =
        Document or test report on event storm behaviour
        Flood suppression or buffering settings
        Load test record from the FAT

## SP.09 Account management

sp-09-01-br =
    .title = Integrated account management
    .question = How are the user accounts of the solution's HMIs, engineering stations, servers and network devices managed: from one central place such as a domain, or on each device separately, and does this fit the customer's own account management?
    .guidance =
        ML1: accounts are created by hand on each device and nobody has a complete list.
        ML2: for this solution accounts are managed centrally where the products allow (domain, RADIUS), and the rest are listed.
        ML3: a company design standard for central account management is used on all projects and handed over with the account lists.
        ML4: account management is reviewed with customers and improved, for example by bringing more device types under central control.
        Weak spots: PLCs, switches and drives with local-only accounts, and a control domain trusting the office domain without review.
    .evidence =
        Account management design for this solution
        Users and groups export from the domain controller
        List of devices that keep local accounts

sp-09-02-br =
    .title = Unique user accounts
    .question = Does everyone who works on the solution, your engineers and the customer's staff alike, log in with an account of their own rather than a shared one?
    .guidance =
        ML1: shared logins such as "engineer" or "admin" are common.
        ML2: for this solution each person has a personal account; any shared account left is listed with its reason.
        ML3: personal accounts are the company rule on every project and account reviews confirm it.
        ML4: the number of shared accounts is tracked and reduced project by project.
        Weak spots: shift operator stations with one shared login and no other safeguard, and logins used by subcontractors.
        Ask also: where a shared account cannot be avoided, how are actions traced back to a person?
    .evidence =
        User account list mapped to named people
        List of shared accounts with their justification
        Record of the last account review

sp-09-02-re-1 =
    .title = Document default accounts and reset tools
    .question = Have you given the customer a list of every default and built-in account in the products you delivered, and the tools or steps to reset their passwords?
    .guidance =
        ML1: experienced engineers know the default accounts, but they are not written down.
        ML2: for this solution each default account per product is listed with its purpose and how to change or reset it.
        ML3: a maintained library of default accounts per product and version feeds every project.
        ML4: the library is updated from vendor advisories and field findings, and its accuracy is checked.
        Weak spots: hidden service accounts in firmware, database accounts, and third-party software on the HMI.
    .evidence =
        Default account list per delivered product
        Password reset procedure or tool description
        Handover record showing the list was delivered

sp-09-02-re-2 =
    .title = Unique auto-generated accounts/passwords
    .question = Where your installation tools or products create accounts or passwords automatically, are those different for every device and every installation rather than the same everywhere?
    .guidance =
        ML1: accounts created by the installer carry the same password on every site.
        ML2: for this solution generated accounts and passwords differ per device or installation and are handed over securely.
        ML3: the company installation tooling always produces unique values, and this is checked at commissioning.
        ML4: the generation method (randomness, length, handover) is reviewed and improved.
        Weak spots: installation scripts with a fixed service password, and passwords derived from serial or MAC numbers.
    .evidence =
        Installation script or procedure showing how credentials are made
        Generated account names from two sites, for comparison
        Handover record for generated credentials

sp-09-02-re-3 =
    .title = Essential accounts never expire/lock
    .question = Have you identified the accounts that operators and services need to keep the process running, and set them up so they cannot expire or lock out at a critical moment, with other safeguards instead?
    .guidance =
        ML1: nobody has checked; a lock-out on an operator station or service account would come as a surprise.
        ML2: for this solution the essential accounts are listed, exempt from expiry and lock-out, and their safeguards documented.
        ML3: the same approach is used on all projects and verified during testing.
        ML4: the list and the safeguards are reviewed after events and improved.
        Weak spots: OPC or historian service accounts that expire after 90 days, and domain lock-out policies reaching control rooms.
        Ask also: what protects an account that never locks against password guessing?
    .evidence =
        List of essential accounts and their settings
        Group policy or local policy export
        Description of the compensating safeguards

sp-09-02-re-4 =
    .title = Built-in administrator disabled/renamed
    .question = Are the built-in administrator accounts on the solution's Windows hosts, databases and network devices disabled or renamed, with personal administrator accounts used instead?
    .guidance =
        ML1: the built-in "Administrator" or "admin" account is used for daily work.
        ML2: for this solution built-in admin accounts are disabled or renamed where the product allows, and exceptions are listed.
        ML3: the company hardening baseline requires this on every project and it is checked at handover.
        ML4: remaining exceptions are raised with vendors and reduced over time.
        Weak spots: switches and firewalls still using the default admin, and emergency use of the built-in account without logging.
    .evidence =
        Hardening checklist entry for built-in accounts
        Local user list of a server or HMI
        Exception list with reasons

sp-09-03-br =
    .title = Unused default accounts removed/disabled
    .question = Before handover, do you remove or disable the default accounts that the solution does not need, such as guest logins or vendor demo users?
    .guidance =
        ML1: default accounts stay as the products were delivered.
        ML2: for this solution unneeded default accounts are removed or disabled and those kept are justified.
        ML3: a company checklist covers this on every system, and handover records show it done.
        ML4: checks after handover find no unneeded default accounts, and the checklist improves from findings.
        Weak spots: guest accounts on HMIs, web interfaces of switches and cameras, accounts re-created by upgrades.
    .evidence =
        Handover checklist with the account step signed
        Account list of a sample device
        Justification for default accounts kept

sp-09-04-br =
    .title = Remove accounts no longer needed
    .question = When one of your engineers leaves the project, or a temporary account has served its purpose, how quickly is the account removed or disabled, and who makes sure it happens?
    .guidance =
        ML1: accounts are cleaned up when somebody remembers.
        ML2: for this solution leavers' and temporary accounts are removed within a set time, triggered by a documented step.
        ML3: a company leaver and account review process covers all customer sites, with records of removals.
        ML4: time to removal and orphaned accounts found in reviews are measured and reduced.
        Weak spots: commissioning accounts still active years later, and former staff who keep the customer's VPN access.
        Ask also: how do you tell the customer when one of your people leaves?
    .evidence =
        Leaver checklist that includes customer accounts
        Account review records
        Log of accounts removed in recent months

sp-09-04-re-1 =
    .title = Audit report of removed temporary accounts
    .question = Can you give the customer a report of the temporary accounts, such as commissioning, test or vendor accounts, created for the project, confirming when each was removed?
    .guidance =
        ML1: removal is claimed but no report exists.
        ML2: for this solution a list of temporary accounts with creation and removal dates is kept and given to the customer.
        ML3: the report is a standard handover deliverable on every project.
        ML4: reports are cross-checked against account exports from the devices, and mismatches drive improvements.
        Weak spots: temporary accounts made directly on devices, outside the central system, which the report then misses.
    .evidence =
        Temporary account report from a recent project
        Customer acceptance of that report
        Device account export used for the cross-check

sp-09-05-br =
    .title = Password complexity policy
    .question = Do the passwords in the solution follow a length and complexity rule agreed with the customer, and do the systems enforce that rule rather than leaving it to people?
    .guidance =
        ML1: there is no rule, or a rule on paper that the systems do not enforce.
        ML2: for this solution a password rule is agreed and enforced on servers and HMIs, and on devices where possible.
        ML3: a company password standard is applied on every project and deviations are documented.
        ML4: the standard follows current advice (length first, checks against breached passwords) and is reviewed regularly.
        Weak spots: PLCs and field devices accepting only short passwords, and service accounts exempted from the rule.
    .evidence =
        Password rule for this solution
        Policy export showing the rule enforced
        Devices that cannot meet it, with compensating measures

sp-09-06-br =
    .title = Password expiration
    .question = Do passwords in the solution have a maximum lifetime set according to the customer's policy, and is it configured in the systems, not just written down?
    .guidance =
        ML1: passwords never expire, or expire on product defaults nobody chose.
        ML2: for this solution password lifetimes follow the customer's policy, are configured, and exceptions are listed.
        ML3: the company sets and documents lifetimes the same way on every project.
        ML4: lifetimes and exceptions are reviewed with customers as their policies and threats change.
        Weak spots: devices without expiry support, and expiry hitting accounts the process depends on (see SP.09.02 RE(3)).
    .evidence =
        Export of the password lifetime settings
        Exception list
        Reference to the customer's password policy

sp-09-06-re-1 =
    .title = Password expiry warning
    .question = Are users warned some days before their password expires, so they can change it at a quiet moment instead of being locked out during a shift?
    .guidance =
        ML1: users find out when the login fails.
        ML2: for this solution a warning period is configured and users know how to change their password.
        ML3: the warning setting is part of the company baseline on every project.
        ML4: lock-outs caused by expiry are counted and the settings adjusted.
        Weak spots: kiosk-mode HMIs that never show the warning, and remote users who never see it through the VPN.
    .evidence =
        Warning period setting
        User instruction for changing a password
        Help-desk records of expiry lock-outs

sp-09-07-br =
    .title = Change default passwords
    .question = Are all default passwords, on PLCs, switches, firewalls, HMIs, databases, cameras and UPS cards, changed before the solution goes live, and how do you prove it?
    .guidance =
        ML1: some defaults are changed; nobody has the full list.
        ML2: for this solution every default password is changed, with a per-device checklist signed at commissioning.
        ML3: the company checklist is used on all projects and audits find no default passwords left.
        ML4: spot checks and credential scans are tracked and close gaps in the checklist.
        Weak spots: small devices added late (media converters, serial servers) and devices reset to factory settings after a fault.
    .evidence =
        Signed commissioning checklist for default passwords
        Scan report that tests for default credentials
        Device list with password status

sp-09-08-br =
    .title = Prevent password reuse
    .question = When users change their password, does the solution stop them from picking one they used recently?
    .guidance =
        ML1: reuse is possible; no password history is set.
        ML2: for this solution a password history is configured per the customer's policy wherever the systems support it.
        ML3: the history setting is part of the company baseline on every project and checked at handover.
        ML4: the baseline is reviewed, for example after audits that find reused passwords, and improved.
        Weak spots: devices with no history function, and the same password used on several systems.
    .evidence =
        Password history setting export
        Company baseline document
        List of systems that cannot keep a history

sp-09-08-re-1 =
    .title = Minimum password lifetime
    .question = Is a minimum password age set, so that users cannot change their password several times in a row to get back to the old one?
    .guidance =
        ML1: no minimum age is set, so the history setting can be bypassed.
        ML2: for this solution a minimum age is set together with the history, and admins know how to force an early change.
        ML3: the minimum age is part of the company baseline on every project.
        ML4: the setting is reviewed with the customer and adjusted from help-desk experience.
        Weak spots: a minimum age blocking an urgent change after a leak, with no admin override procedure.
    .evidence =
        Minimum password age setting
        Admin procedure for forcing a password change

sp-09-09-br =
    .title = Shared passwords securely documented
    .question = Where a password has to be shared, for example on a device with only one admin login, how is it recorded and stored, and who can get at it?
    .guidance =
        ML1: shared passwords live in spreadsheets, notebooks or on stickers inside the panel door.
        ML2: for this solution shared passwords are kept in a protected vault or sealed envelope, with a list of who may open it.
        ML3: a company password vault or procedure is used on all projects, and access to it is logged.
        ML4: vault access and password changes are reviewed, and the number of shared passwords is reduced.
        Weak spots: passwords sent by e-mail between engineers, and vault exports kept on laptops.
        Ask also: when was a shared password last changed after someone who knew it left?
    .evidence =
        Access list of the password vault
        Vault access log
        Procedure for storing shared passwords

sp-09-09-re-1 =
    .title = Report shared/divulged/compromised passwords
    .question = If one of your staff learns that a customer password has been shared too widely, disclosed or stolen, do they tell the customer straight away so it can be changed?
    .guidance =
        ML1: it would be fixed quietly, or not at all.
        ML2: for this solution staff know to report such cases through the agreed channel, and the password is then changed.
        ML3: exposed passwords are handled by the company incident process on all sites, with records.
        ML4: reports are analysed for causes (a password in a screenshot or a ticket) and prevention is improved.
        Weak spots: passwords visible in project documents, photos or support tickets, and passwords known to staff who left.
    .evidence =
        Procedure covering exposed passwords
        Example report and the password change that followed
        Staff briefing record

## SP.10 Malware protection

sp-10-01-br =
    .title = Malware protection installation instructions
    .question = Do you give the customer instructions for installing and configuring anti-malware or application allow-listing on the solution's HMIs, servers and engineering stations, with settings that do not upset the control software?
    .guidance =
        ML1: anti-malware goes on with default settings, or is left to the customer without guidance.
        ML2: for this solution written instructions cover the product, the exclusions the control software needs, scan times and updates.
        ML3: the company keeps tested instructions per control system version and uses them on every project.
        ML4: instructions are improved from performance problems and detections seen in the field.
        Weak spots: exclusions so broad that malware can hide in them, and full scans scheduled at production peaks.
    .evidence =
        Anti-malware installation and configuration guide
        Control system vendor's compatibility statement
        List of exclusions with reasons

sp-10-02-br =
    .title = Malware protection installed/updated/configured
    .question = Is malware protection actually installed, configured and kept up to date on the computers of the solution, as agreed with the customer?
    .guidance =
        ML1: protection is on some machines; updates happen when someone thinks of it.
        ML2: for this solution every agreed computer is protected and configured per the instructions, with a routine for updates.
        ML3: the same installation and update routine runs on all sites, and status reports show it working.
        ML4: coverage and update delays are measured and reduced.
        Weak spots: machines never online for updates, and your own engineers' laptops left out.
    .evidence =
        Console screen listing protected machines and versions
        Update schedule or routine
        List of unprotected machines and why

sp-10-02-re-1 =
    .title = Malware protection status documentation
    .question = Can you show the customer an up-to-date record of malware protection per computer: product, version, definition date and last scan?
    .guidance =
        ML1: status is found out by logging on to each machine.
        ML2: for this solution a status report per machine is kept and given to the customer on request or on a schedule.
        ML3: status reporting is a standard service on all sites.
        ML4: reports are used to spot trends (stale definitions, repeated detections) and act on them.
        Weak spots: reports that silently omit machines missing from the management console.
    .evidence =
        Recent malware protection status report
        Comparison of the report with the asset inventory

sp-10-03-br =
    .title = Verify malware detection
    .question = After installing malware protection, do you check that it really detects something, for example with a harmless test file such as EICAR, on each machine or machine type?
    .guidance =
        ML1: detection is assumed to work.
        ML2: for this solution a detection test is done at commissioning and its result recorded.
        ML3: detection tests are part of every SAT and repeated after changes to the protection.
        ML4: test results are tracked and the test extended, for example to check that alerts reach the console.
        Weak spots: tests that show local blocking but not that anyone is alerted.
    .evidence =
        Detection test record per machine type
        Console alert produced by the test

sp-10-04-br =
    .title = Malware definition file approval/status
    .question = Are new malware definition files checked or approved before they reach the control system, and do you record which definition version each machine is running?
    .guidance =
        ML1: definitions come straight from the internet, or are never updated.
        ML2: for this solution definitions are checked (vendor qualification or own test) before release, and versions in use are recorded.
        ML3: a company routine approves and distributes definitions to all sites, with records.
        ML4: approval lead time is measured and shortened without weakening the checks.
        Weak spots: definitions that quarantine control system files, and machines left months behind.
    .evidence =
        Definition approval record or vendor qualification notice
        Console showing the definition version per machine
        Distribution procedure

sp-10-05-br =
    .title = Supplied devices free of known malware
    .question = Before you ship or install PCs, controllers, switches or software at the customer's site, do you check that they carry no known malware, and can you show the result?
    .guidance =
        ML1: equipment leaves the workshop as it is.
        ML2: for this solution delivered computers, images and media are scanned before shipping and the results recorded.
        ML3: a pre-delivery scan is a standard step of staging and FAT on every project.
        ML4: findings from scans are analysed and the staging process improved.
        Weak spots: equipment used for demos or at another customer, and firmware downloaded from unofficial sites.
    .evidence =
        Pre-delivery scan report
        Staging checklist
        Record of where software and firmware were obtained

sp-10-05-re-1 =
    .title = Dedicated portable media
    .question = Do your engineers use USB sticks, external disks and service laptops kept only for this customer's system, rather than the ones they use every day?
    .guidance =
        ML1: engineers use their own USB sticks for everything.
        ML2: for this solution dedicated, labelled media are issued and their use is recorded.
        ML3: the company manages dedicated media for all sites, with an issue and return log.
        ML4: losses, misuse and findings on media are tracked and the rules improved.
        Weak spots: media taken home, and subsystem vendors arriving with their own sticks.
    .evidence =
        Register of dedicated media
        Issue and return log
        Instruction on portable media use

sp-10-05-re-2 =
    .title = Portable media free of known malware
    .question = Is every USB stick, disk or laptop checked for malware before it is connected to the control system, for example at a scanning kiosk, and is each check logged?
    .guidance =
        ML1: scanning is left to the individual.
        ML2: for this solution media are scanned at a defined point before use and the results are kept.
        ML3: scanning before use is a company rule on all sites, with kiosks or scanning stations and logs.
        ML4: scan findings are reviewed and the process tightened, for example several engines or blocking unscanned media.
        Weak spots: scanning stations with old definitions, and laptops plugged straight into the control network.
    .evidence =
        Scanning kiosk log
        Procedure for bringing media on site
        Definition date on the scanning station

## SP.11 Patch management

sp-11-01-br =
    .title = Patch qualification process documentation
    .question = Have you documented how you test and approve operating system, application and firmware patches for compatibility with the control system before you recommend them to the customer?
    .guidance =
        ML1: patches are tried on site and rolled back if trouble appears.
        ML2: for this solution a written qualification process names the test system, the tests and who signs off.
        ML3: the company process covers all supported system versions, with a qualification record per patch.
        ML4: qualification time and problems after installation are measured and the process improved.
        Weak spots: firmware of network devices and third-party software (PDF readers, database engines) left out.
    .evidence =
        Patch qualification procedure
        Qualification record of a recent patch
        Description of the test system

sp-11-01-re-1 =
    .title = Review patch qualification on risk change
    .question = When the risk changes, for example a vulnerability is being actively exploited or the customer's system is extended, do you review and, where needed, speed up or repeat your patch qualification?
    .guidance =
        ML1: qualification runs on the same cycle whatever happens.
        ML2: for this solution the triggers for a review (active exploitation, new component, new zone) are written down.
        ML3: reviews on these triggers are part of the company process for all sites, with records of decisions.
        ML4: the triggers and the response time are evaluated and adjusted.
        Weak spots: urgent advisories handled by e-mail with no record of the decision taken.
    .evidence =
        Procedure listing the review triggers
        Record of a fast-tracked qualification

sp-11-02-br =
    .title = Patch status documentation
    .question = Can you give the customer a list of the patches that apply to the solution, showing for each whether it is qualified, approved, installed or not applicable?
    .guidance =
        ML1: patch status is pieced together when someone asks.
        ML2: for this solution a patch status list per component is kept and shared with the customer.
        ML3: patch status reports are standard for all sites, on a fixed schedule.
        ML4: reports show trends (time to install, backlog) that are used to improve.
        Weak spots: lists that cover Windows only and leave out firmware, databases and network devices.
    .evidence =
        Current patch status report
        Report schedule or delivery records

sp-11-02-re-1 =
    .title = Approved patch list via accepted interface
    .question = Do you publish the list of patches approved for the solution in a way the customer has agreed, such as a portal, a signed document or a feed into its own tools?
    .guidance =
        ML1: approvals are mentioned in e-mails.
        ML2: for this solution the approved list goes out through the agreed channel and is updated with each release.
        ML3: every customer receives approved lists through a defined channel.
        ML4: delivery and use of the lists are reviewed with customers and improved.
        Weak spots: customers unable to tell which version of the list is current.
    .evidence =
        Approved patch list and the channel used
        Customer confirmation of receipt

sp-11-02-re-2 =
    .title = Mitigation plan for unpatched vulnerabilities
    .question = For known vulnerabilities that cannot be patched yet, because no patch exists or it is not qualified, do you give the customer a plan of other measures, such as closing a port or disabling a service?
    .guidance =
        ML1: no advice is given until a patch is ready.
        ML2: for this solution open vulnerabilities are listed with interim measures and target dates.
        ML3: mitigation advice is a standard part of the company's vulnerability handling for all sites.
        ML4: how well mitigations work and how long vulnerabilities stay open are tracked.
        Weak spots: legacy systems that will never be patched and have no long-term plan.
    .evidence =
        List of open vulnerabilities with their mitigations
        Customer communication about a mitigation

sp-11-03-br =
    .title = Patch sourcing/redistribution rules
    .question = Where do your staff get patches from, and when you pass patches on to the customer, how do you make sure they come from the original vendor, are unchanged and may be passed on?
    .guidance =
        ML1: patches come from wherever they are found, often copied from another site.
        ML2: for this solution the sources are fixed (vendor portals), checksums or signatures are checked, and licence terms respected.
        ML3: company rules for sourcing and passing on patches apply on all sites, with a controlled repository.
        ML4: the repository and the rules are audited and improved.
        Weak spots: patches on shared network drives without integrity checks.
    .evidence =
        Patch sourcing rules
        Checksum or signature verification record
        Access list of the patch repository

sp-11-04-br =
    .title = Patching procedure documentation
    .question = Do you give the customer step-by-step procedures for installing patches on each type of component, covering preparation, backup, checks afterwards and rollback?
    .guidance =
        ML1: experienced engineers know how; nothing is written.
        ML2: for this solution installation procedures per component type exist and are followed.
        ML3: company procedures are kept for all supported products and used on every site.
        ML4: procedures are improved from failed or slow installations.
        Weak spots: redundant controllers and servers where the order of steps matters, and missing rollback steps.
    .evidence =
        Patch installation procedure
        Completed procedure from a recent installation
        Rollback instructions

sp-11-05-br =
    .title = Asset-owner approval per patch
    .question = Is each patch installed only after the customer has approved that patch, and is the approval recorded?
    .guidance =
        ML1: engineers install patches when they see fit.
        ML2: for this solution the customer's approval is obtained through its change process before every installation.
        ML3: approval is required on all sites, and records link each installation to an approved change.
        ML4: approval lead times and exceptions are reviewed.
        Weak spots: automatic updates left switched on, and patches bundled into an upgrade without their own approval.
    .evidence =
        Change request approving a patch
        Automatic update settings on the solution's computers
        Installation log linked to the change

sp-11-06-br =
    .title = Install patches when asset owner specifies
    .question = Do your staff install approved patches when the customer says so, for example in a planned shutdown or maintenance window, and within the agreed time?
    .guidance =
        ML1: installation happens whenever engineers are available.
        ML2: for this solution installations are planned with the customer and done in the agreed windows.
        ML3: scheduling with customers is a company process, with records of planned against done.
        ML4: time from approval to installation is measured and reduced.
        Weak spots: backlogs that grow between shutdowns, and redundant partners that get skipped.
    .evidence =
        Patch installation schedule
        Records of completed installations
        Current backlog list

sp-11-06-re-1 =
    .title = Hardening retained after patching
    .question = After installing patches or updates, do you check that the hardening, such as disabled services, firewall rules and account settings, is still in place?
    .guidance =
        ML1: nothing is checked; updates may quietly switch services back on.
        ML2: for this solution a post-patch hardening check is part of the installation procedure.
        ML3: the post-patch check is done and recorded on all sites, with tools where possible.
        ML4: drift found after patching is tracked and the baseline or procedure adapted.
        Weak spots: service packs that reset firewall rules, and firmware updates that bring back default accounts.
    .evidence =
        Post-patch checklist or compliance scan report
        Hardening baseline

sp-11-06-re-2 =
    .title = Authenticity/integrity of network updates
    .question = When patches reach the solution over the network, for example from a WSUS server or a vendor update server, is each update checked to be genuine and unaltered before it is installed?
    .guidance =
        ML1: updates are installed as they arrive.
        ML2: for this solution signature checks are enabled and the update path is documented.
        ML3: verified update delivery is a company standard on all sites.
        ML4: the update path is reviewed against new attack methods and improved.
        Weak spots: update servers in an unprotected zone, and firmware that is not signed.
    .evidence =
        Update server configuration
        Signature verification settings
        Network drawing of the update path

sp-11-06-re-3 =
    .title = Determine patch installation status
    .question = Can you tell, for each computer and device of the solution, which patches are installed, without logging on to every machine by hand?
    .guidance =
        ML1: status is found by logging on to each machine.
        ML2: for this solution a tool or scan reports the patch state per machine.
        ML3: automated status collection is standard on all sites.
        ML4: the accuracy of the status is checked and the tooling improved.
        Weak spots: controllers, switches and appliances that the tool does not cover.
    .evidence =
        Patch status export from the tool
        Tool configuration and coverage list

## SP.12 Backup/restore

sp-12-01-br =
    .title = Backup procedure documentation
    .question = Have you written down how to back up every part of the solution: servers, HMIs, engineering stations, controller programs, switch and firewall configurations and historian data?
    .guidance =
        ML1: engineers make backups their own way, when they think of it, and keep them where they like.
        ML2: for this solution a backup procedure says what is backed up, with which tool, to where, how often and by whom.
        ML3: company backup procedures per system type are used on all sites and updated when the system changes.
        ML4: procedures are improved from failed jobs and from what real restores taught, with the gaps tracked.
        Weak spots: licence files, keys and certificates left out, and controller changes made online that were never saved.
        Ask also: does the procedure cover the backup server itself and its credentials?
    .evidence =
        Backup procedure for this solution
        List of every item that is backed up
        Backup job configuration

sp-12-02-br =
    .title = Restore instructions
    .question = Are there written instructions for restoring each part of the solution from backup, clear enough for the customer's staff to follow at 3 a.m. without calling your specialist?
    .guidance =
        ML1: only one or two of your specialists know how to restore, and nothing is written.
        ML2: for this solution restore steps per component exist, including order, prerequisites and checks, and were followed at least once.
        ML3: company restore instructions cover all supported products and versions and are kept current.
        ML4: restore times and problems met during restores are recorded and used to improve the instructions.
        Weak spots: instructions that assume install media, licence dongles or a working domain controller are at hand.
    .evidence =
        Restore instructions per component
        Record of a restore done by following them
        List of media and licences needed for a restore

sp-12-03-br =
    .title = Removable backup media handling
    .question = How are backups on removable media, such as USB disks or tapes, labelled, protected, stored and transported, and who can get hold of them?
    .guidance =
        ML1: backup disks lie unlabelled in a drawer in the control room.
        ML2: for this solution media are labelled, encrypted or locked away, and a copy is kept at a second location.
        ML3: company rules for backup media apply on all sites, with a log of every disk and where it is.
        ML4: media handling is audited and improved, for example after a lost or unreadable disk.
        Weak spots: unencrypted backups holding passwords and recipes, and media never read back after months in storage.
    .evidence =
        Backup media log
        Storage location and its access list
        Encryption setting of the backup media

sp-12-04-br =
    .title = Backup verification documentation
    .question = Have you documented how to check that a backup is complete and usable, for example comparing checksums, or test-restoring to a spare machine or virtual machine?
    .guidance =
        ML1: a backup is trusted because the job said "success".
        ML2: for this solution the verification steps are documented and carried out on a set schedule.
        ML3: verification is routine on all sites, with records of each check.
        ML4: verification results are tracked and methods improved, for example by automating test restores.
        Weak spots: controller backups that are never compared with the program actually running in the PLC.
    .evidence =
        Backup verification procedure
        Verification records from recent months
        Comparison report of a controller backup

sp-12-05-br =
    .title = Demonstrate full backup and restore
    .question = Have you shown the customer a complete backup and restore of the solution, for example rebuilding a server or HMI from scratch, and did the customer accept the result?
    .guidance =
        ML1: a full restore has never been tried.
        ML2: for this solution a full backup and restore was demonstrated, typically at FAT or SAT, and the result recorded.
        ML3: the demonstration is a standard test on every project and is repeated after major changes.
        ML4: restore times are measured against the customer's recovery targets and the process improved.
        Weak spots: demonstrations on a spare machine that differs from production hardware or software versions.
    .evidence =
        Demonstration test record signed by the customer
        Measured restore time against the recovery target

sp-12-06-br =
    .title = Backups per asset-owner schedule
    .question = Are the solution's backups made on the schedule the customer has set, including after each change, and can you show that none were missed?
    .guidance =
        ML1: backups are made irregularly, often only before big changes.
        ML2: for this solution backups follow the customer's schedule, and failed or missed runs are followed up.
        ML3: scheduled, monitored backups are standard on all sites you maintain.
        ML4: success rates and missed backups are measured and their causes removed.
        Weak spots: no backup after a change to a controller program, and failed jobs that nobody notices.
    .evidence =
        Agreed backup schedule
        Job history for recent months
        Backup taken after the last change

sp-12-07-br =
    .title = Normal operation during backup
    .question = Can backups be taken while the plant runs, without slowing operator screens or overloading controllers and network links?
    .guidance =
        ML1: the effect of a backup on operations is not known.
        ML2: for this solution the backup method was tested to show it does not disturb operation, and the test is documented.
        ML3: the company knows and documents the impact of backups per system type and plans backup times accordingly.
        ML4: load during backups is monitored and the method improved.
        Weak spots: full disk images slowing historians, and controller uploads during critical batch steps.
    .evidence =
        Test record of CPU and network load during a backup
        Control system vendor's statement on online backups

sp-12-08-br =
    .title = Backup/restore audit logging
    .question = Are backups and restores recorded in a log showing who started them, when, what they covered and whether they succeeded?
    .guidance =
        ML1: there is no record beyond the backup files themselves.
        ML2: for this solution backup and restore actions are logged with user, time, scope and result.
        ML3: these logs are kept on all sites and reach the customer's log collector.
        ML4: logs are reviewed, and unexpected restores or restores by unusual users are investigated.
        Weak spots: manual restores of controller programs or switch configurations that leave no trace.
    .evidence =
        Backup and restore log extract
        Log forwarding configuration

sp-12-09-br =
    .title = Disaster recovery plan
    .question = Is there a disaster recovery plan for the solution, for example after a fire, ransomware or total loss of a server room, saying who does what, in which order, and with which spare parts and backups?
    .guidance =
        ML1: recovery would be improvised by whoever is available.
        ML2: for this solution a written plan covers priorities, roles, contacts, spares and backup locations, agreed with the customer.
        ML3: the company plans recovery the same way for all sites it maintains and has run exercises.
        ML4: exercises are measured against recovery targets, and the plan is improved from the results.
        Weak spots: plans that rely on backups stored in the same room, and contact lists that are out of date.
        Ask also: when was the plan last exercised, and what went wrong?
    .evidence =
        Disaster recovery plan for this solution
        Record of a recovery exercise
        List of critical spares and where they are kept
