### Terms (review 2026-12), checked by tests/terms.rs: allow-list and allow-listing, never whitelist or blacklist; safety is not security.
## Learn mode: plain explanations of the concepts, for newcomers and for the classroom.
## Each message has a .title (at most 40 characters) and a .body: one thought per line,
## at most 90 characters a line, no empty lines, bullets written as "• ".

learn-standards =
    .title = The IEC 62443 family in plain words
    .body =
        IEC 62443 is a series of standards on the security of industrial automation
        and control systems (IACS): the computers, networks and controllers that run a plant.
        Its parts are sorted by who has to act, not by technology.
        • 1-x: the shared vocabulary, concepts and models behind all other parts.
        • 2-1: the asset owner, who runs the plant, sets up and runs a security program.
        • 2-4: the service provider (integrator, maintenance contractor) shows what it can do.
        • 3-2: the system designer or integrator, with the asset owner, assesses the risk
        and splits the system into zones and conduits with a target security level each.
        • 3-3: the system integrator makes each zone meet the system requirements of its SL.
        • 4-1: the product supplier develops its products in a secure development process.
        • 4-2: the product supplier builds the security functions into each component.
        A role is a set of duties, not a kind of company: one company may hold several roles.
        On a real project they meet: the owner asks, integrators build, suppliers deliver.
        This tool covers six of the parts:
        • 2-1 (2024): 87 requirements in 8 security program elements, answered as maturity.
        • 2-4 (2023): 123 requirements in 12 functional areas, answered as maturity.
        • 3-2 (2020): the risk assessment steps, zones, conduits, threats and SL-T.
        • 3-3 (2013): 51 system requirements and 49 enhancements, answered per zone.
        • 4-1 (2018): 47 requirements in 8 practices of the supplier's development, as maturity.
        • 4-2 (2019): the component requirements, answered per component; they give its SL-C,
        or the SL-C its supplier declares (certificate or statement) is recorded instead.

# review 2026-12: the ML3 example is one defined procedure with evidence of use, not "every line and site"
learn-maturity =
    .title = Maturity levels ML1 to ML4
    .body =
        A maturity level says how well an organisation does something, and how reliably.
        Parts 2-1, 2-4 and 4-1 share one four-step scale, derived from CMMI.
        • Not implemented: the requirement is not done at all; this is below ML1.
        • ML1 Initial: done, but ad hoc; it depends on the person and is rarely written down.
        • ML2 Managed: documented for this system or solution, done by trained staff, repeatable.
        • ML3 Defined (practiced): one process for the whole organisation, and records of its use.
        • ML4 Improving: the process is measured, and the measurements drive improvement.
        Each level builds on the one below: no ML3 without what ML2 asks for.
        The guided ladder (key L) asks up to four yes/no questions, one per level, in order.
        Each yes raises the proposal by one level; the first no stops the ladder.
        No yes at all proposes "not implemented"; four yes propose ML4.
        The tool enters the proposal as the answer; change it with 0 to 4 if you disagree.
        Example from the plant floor: backups of the PLC programs.
        • ML1: an engineer copies the programs to a USB stick now and then.
        • ML2: a written procedure for this line says what is saved, when and by whom.
        • ML3: one procedure defined for the whole company, and backup logs prove it is followed.
        • ML4: restore tests are timed and tracked, and the procedure is improved from them.
        Write in the note why you chose the level, and list the evidence you saw.

learn-security-levels =
    .title = Security levels SL1 to SL4
    .body =
        A security level (SL) says how strong an attacker a zone or a product can hold off.
        It is measured by the attacker's intent, means, resources and skills, not by the damage.
        • SL1: holds off casual or coincidental violations: mistakes and chance, no intent.
        Example: a technician plugs in a USB stick that carries a virus, without knowing it.
        • SL2: holds off deliberate attackers with simple means, few resources and general skills.
        Example: a disgruntled former employee tries default passwords with free tools.
        • SL3: holds off attackers with sophisticated means, moderate resources and IACS know-how.
        Example: a ransomware group that studies the plant's control system before it strikes.
        • SL4: holds off sophisticated means backed by extended resources, often a state's.
        Example: a team with custom malware for the safety controllers and months to prepare.
        A 0 means that not even SL1 is reached.
        Higher is not always better: every level costs money and effort.
        The level a zone needs follows from its risk: that is the work of 62443-3-2.
        The same scale is used three ways: target (SL-T), capability (SL-C), achieved (SL-A).
        The threat-actor method of the tool uses the same four steps:
        casual 1, simple means 2, moderate resources 3, extended resources 4.

learn-sl-vectors =
    .title = SL vectors: SL-T, SL-C and SL-A
    .body =
        62443-3-3 sorts its system requirements (SR) into seven foundational requirements (FR).
        • FR 1 IAC, identification and authentication control: who or what is connecting?
        • FR 2 UC, use control: what may a user, program or device do once identified?
        • FR 3 SI, system integrity: are software, settings and data unaltered?
        • FR 4 DC, data confidentiality: is information kept from those who must not read it?
        • FR 5 RDF, restricted data flow: does traffic go only where it is meant to go?
        • FR 6 TRE, timely response to events: are incidents noticed and acted on in time?
        • FR 7 RA, resource availability: does the system keep running under attack or load?
        So a security level is seven numbers, one per FR, always in this order.
        Example: SL-T 2 2 1 1 3 1 2 asks for SL3 in restricted data flow, SL1 in confidentiality.
        • SL-T, target: what a zone or conduit needs, set by the 62443-3-2 risk assessment.
        • SL-C, capability: what a system or component can reach when properly configured.
        • SL-A, achieved: what the zone really reaches as it is built and run today.
        Every SR and requirement enhancement (RE) is required from a minimum SL upwards.
        For each FR the tool takes the highest n for which every requirement of that FR
        with a minimum SL of n or less is met, or met by a documented compensating measure.
        Not applicable does not hold a level down; not met and unanswered do.
        A single unmet SL1 requirement gives 0 for its FR.
        Example: all SL1 and SL2 items of FR 5 met, one SL3 item not met: FR 5 reaches 2.
        The gap is SL-T minus SL-A, for each FR where the target is higher.
        The gap list names every requirement not met or not answered whose minimum SL is
        within the target, ordered by FR, then SL, then id: exactly what closes the gap.

learn-zones-conduits =
    .title = Zones and conduits
    .body =
        A zone is a group of assets that share one level of protection: the zone's SL-T.
        A conduit carries the traffic between two zones: a firewall path, a cable, a VPN.
        Keep apart what differs: office IT, safety systems, devices connected only now and then,
        wireless devices, and anything reached over outside networks.
        The diagram with this topic is the demo's water works, drawn by the tool.
        • Five zones, top to bottom: the office network Z-ENT, the industrial DMZ Z-DMZ,
        the SCADA servers and operator stations Z-SCADA, the PLCs Z-CTRL,
        and at the bottom the chlorine safety system Z-SIS.
        • A line is a conduit, labelled with its id and SL-T. Z-DMZ and Z-SCADA are joined
        by two: C-DMZ-SCADA for updates and historian data, C-REMOTE for remote access.
        • A box shows a zone's SL-T and SL-A, one digit per FR, in the colour of its worst
        gap: green (✓) SL-T reached, yellow (1) one level short, red (2+) two or more,
        blue (?) short only where answers are still missing.
        Why a conduit's SL-T follows the zones it joins: whoever takes over a conduit
        can reach both of its zones, so the conduit must be as well protected as the more
        demanding of the two, FR by FR.
        Example: Z-SCADA needs 3332232 and Z-CTRL 2221222, so C-SCADA-CTRL gets 3332232.
        What the tool does, when the risk model says conduits follow their zones (the default):
        per FR, a conduit's SL-T is the highest of its own threat scenarios, the floors
        and its two zones. An adjustment of the conduit may then cap an FR,
        and an SL-T set by hand (key o) replaces the whole vector.
        A conduit can ask for more than both zones: C-REMOTE needs 3 in every FR,
        because its own scenario, ransomware through stolen VPN accounts, asks for it.
        In the tool: s opens the zones screen, v its diagram, a adds a zone, c a conduit.
        The demo (d on the home screen) is this water works to explore.

# review 2026-12: residual risk = the risk with the EXISTING countermeasures (62443-3-2 ZCR 5.10);
# planned, additional countermeasures are ZCR 5.12 and are described apart
learn-risk =
    .title = Risk and the target security level
    .body =
        Risk = likelihood x impact, read from the organisation's own risk matrix.
        Likelihood: how often a threat scenario could happen and succeed.
        Impact: how bad the result would be; rate safety, environment, production, finance
        and reputation, and take the worst.
        The tolerable risk line splits the matrix: below it a risk is accepted, above it reduced.
        Unmitigated risk: the risk before any countermeasure is counted.
        Residual risk: the risk that remains with the countermeasures already in place.
        Planned countermeasures are kept apart: they should bring the risk further down,
        to the tolerable line or below. Once they are in place, rate the residual risk again.
        Scales, matrix and rules are the risk model's data, copied into each assessment,
        so old results stay reproducible when the organisation later changes its model.
        The tool derives SL-T for each zone and conduit in one of two ways:
        • From the risk to reduce: each scenario asks for the SL of its unmitigated risk level;
        in the default model low and medium 1, high 2, very high 3, critical 4.
        • From the threat actor: each scenario asks for the SL of the most capable credible
        attacker: casual 1, simple means 2, moderate resources 3, extended resources 4.
        A scenario raises only the FRs it acts through, or all seven if none are named.
        For each FR the highest value wins, and the scenario behind it is shown as the reason.
        Adjustments then cap single FRs with a reason: no confidential data caps FR 4 at 1.
        A manual override (key o) replaces the whole vector, and needs a written justification.
        Clearing the override lets the tool derive SL-T again.
        Example: ransomware over remote maintenance, likely and major: very high, so SL 3.
        With the firewall already in place it is possible and major: high. That is the
        residual risk, still above the line. Planned: a tested restore procedure that cuts
        the outage to moderate; possible and moderate is medium, so the risk becomes tolerable.

learn-process-3-2 =
    .title = The 62443-3-2 workflow, step by step
    .body =
        62443-3-2 turns risk into zones, conduits and target levels in seven steps, ZCR 1 to 7.
        • ZCR 1: draw the line around the system under consideration: its assets, every way in.
        Tool: answer ZCR 1.1 with a note, and the network drawing as evidence.
        • ZCR 2: a first, rough risk assessment: the worst that a compromise could do.
        Tool: the worst cases as threat scenarios, unmitigated likelihood and impact (key t).
        • ZCR 3: split the system into zones and conduits; keep office, safety, temporary,
        wireless and externally reached devices apart. Tool: zones screen, keys a and c.
        • ZCR 4: compare the initial risk with the tolerable risk: is a closer look needed?
        Tool: the heat map on the zones screen, and the tolerable marks in the risk register.
        • ZCR 5: a detailed risk assessment per zone and conduit: threats, weaknesses, impact,
        likelihood, unmitigated risk, SL-T, countermeasures in place and needed, residual risk.
        Tool: scenarios with threat actor, FRs, countermeasures and residual values; SL-T derived.
        • ZCR 6: write down the security requirements, system description, zone drawings,
        assumptions, threats, policies, tolerable risk and regulations that apply.
        Tool: the exported workbook holds zones, risks and SL-T; cite other documents as evidence.
        • ZCR 7: the asset owner approves the results, the residual risk and the requirements.
        Tool: approval is signed outside the tool; record the signed document on ZCR 7.1.
        The 3-2 questionnaire holds the 32 requirements of these steps: answer each with
        d done, p partly, x not done or n not applicable, with notes and evidence.

learn-regulations =
    .title = NIS2, NIST CSF and the CRA
    .body =
        An auditor is rarely asked "do we meet 62443?". The question is usually about a law
        or a framework:
        • NIS2 (EU): Article 21(2) lists ten areas of measures that essential and important
        entities must take, from risk analysis to secure communication.
        • NIST Cybersecurity Framework 2.0: six functions (Govern, Identify, Protect, Detect,
        Respond, Recover) with 106 outcomes, used in North America and in many contracts.
        • Cyber Resilience Act (EU): from 2027, a product with digital elements placed on the
        EU market must meet the requirements of its Annex I: properties of the product
        (Part I) and how the manufacturer handles vulnerabilities (Part II). It concerns
        product suppliers, so 62443-4-1 and 4-2 are the counterparts.
        A mapping links each item of such a text to the 62443 requirements that support it.
        Each link has a kind (equivalent, supports, partial) and a source: NIST's own
        published references to 62443-3-3 where they exist, otherwise our reading with a
        one-line reason you can check and disagree with.
        The tool then reads your answers: an item is supported when every linked requirement
        is met (or at its target maturity), partly when some are, not supported when the
        answered ones are not met. With nothing answered it is "not assessed", never "not
        supported". Some items have no 62443 counterpart at all: that too is a finding.
        Press the alignment key on the results screen, or run `iacs-assess align FILE --to nis2`.
        A verdict describes the 62443 evidence, not legal compliance.

learn-using-the-tool =
    .title = An assessment with iacs-assess
    .body =
        Home: n a new assessment, d a copy of the demo, l learn, or Enter on a recent one.
        New: title, organisation, site, assessors, questionnaires (Space), target maturity.
        Questionnaire: structure on the left, the requirement and its question in the middle.
        ↑ ↓ or j k move, Enter goes to the next requirement, Tab to the next questionnaire.
        Maturity: 0 not implemented, 1 to 4 for ML1 to ML4, n not applicable, L the ladder.
        62443-3-3: m met, x not met, c compensated, n not applicable; z changes the zone.
        62443-3-2: d done, p partly, x not done, n not applicable.
        Not applicable and compensated need a reason or countermeasure in the note.
        i sets the interviewee, stamped on every answer until you change it.
        e edits the note, v the evidence references (one per line), g shows guidance.
        f flags for follow-up; u jumps to the next unanswered, F to the next flagged.
        s opens zones, conduits and threat scenarios; Enter there answers 3-3 for a zone.
        r shows results: maturity against target, SL-T against SL-A, and the gap list.
        X exports a workbook, CSV or JSON; exporting never changes the assessment.
        For answers without the tool, export an offline workbook on the command line:
        iacs-assess export FILE --format offline-xlsx -o BOOK.xlsx, then read it back
        with iacs-assess import FILE --from BOOK.xlsx.
        Every answer is on disk the moment you give it; ? shows the keys on every screen.

## Service providers (issue 23)

learn-service-providers =
    .title = Service providers and 62443-2-4
    .body =
        62443-2-4 is written for service providers: integrators and maintenance contractors.
        It lists what a provider can offer an asset owner, in 12 functional areas,
        from the people it sends to site to remote access, patching and backups.
        The provider rates each capability as a maturity level, ML1 to ML4, as in 2-1.
        Customers ask for it before a contract; some providers get certified against it.
        The standard tells two services apart:
        • Integration: designing, building and commissioning an automation solution.
        • Maintenance: looking after the solution once it runs.
        Some requirements concern one of them, many concern both. The service scope
        (integration, maintenance or both) leaves out what concerns only the other service.
        Three answers look alike but say different things:
        • Not implemented: the service is offered, but this part of it is not done (below ML1).
        It counts as 0 and pulls its area down.
        • Not offered (key o): the provider does not sell this at all, e.g. no wireless work.
        It is left out of the maturity; an area where nothing is offered has no level, not 0.
        A whole area takes it in one step with one reason (the bulk question, or answer --area).
        • Not applicable: the service is offered, but this requirement does not fit it.
        It needs a reason as well, and it is left out of the maturity too.
        An asset owner writes down what it needs in a target profile: a small TOML file with
        a level per area or requirement, e.g. remote access ML3, wireless 0 (not asked for).
        iacs-assess target FILE --profile ID makes it the assessment's target.
        The capability statement is what the provider sends to its customers:
        iacs-assess statement FILE -o STATEMENT.xlsx shows per area what is offered,
        at which level and with which evidence, and what is not offered.
        Notes stay out unless you add --with-notes: they are often internal.
        With --against PROFILE the owner sees per requirement the level asked,
        the level offered and the gap.
        Try it: iacs-assess demo --integrator opens the demo integrator's self-assessment;
        check it against the owner's profile demo-aqua-valley-integrator.

## Components (issue 20)

learn-components =
    .title = Product suppliers, components and SL-C
    .body =
        Product suppliers make the parts a system is built from: controllers, switches, software.
        Two parts of 62443 are written for them:
        • 4-1: how products are developed: a secure development lifecycle, 47 requirements
        in 8 practices, rated ML1 to ML4 as in 2-4. It is answered once for the supplier.
        • 4-2: what one component can do: its security functions, per FR, up to SL4.
        4-2 knows four component types; the type decides which extra requirements apply:
        • Software application (SAR): a SCADA server program, a historian, an engineering tool.
        • Embedded device (EDR): a PLC, a remote terminal unit, a smart field device.
        • Host device (HDR): an operator station or a server PC with its operating system.
        • Network device (NDR): a switch, router, firewall or wireless access point.
        The component requirements (CR) apply to all four types.
        The capability security level (SL-C) says what a component can reach when it is
        properly configured. Like SL-T and SL-A, it is seven numbers, one per FR.
        The tool takes a component's SL-C in one of two ways:
        • Assessed: you answer the 4-2 questionnaire for the component. For each FR its SL-C
        is the highest level whose requirements for that component type are all met,
        counted as for SL-A. The common constraints CCSC 1 to 4 apply at every level;
        CCSC 4 asks that the component was developed under a 4-1 process.
        • Declared: the supplier states the vector. Record its source and its date,
        either a certificate (scheme and number, e.g. ISASecure CSA or IECEE) or the supplier's
        own statement. A certificate was checked by a third party; a statement was not.
        Per zone and FR the three levels meet:
        • SL-T: what the zone needs, from the risk assessment.
        • SL-C: what each component in the zone is able to do.
        • SL-A: what the zone achieves as it is built and run today.
        A zone can reach its SL-T only if every component in it is capable of it.
        The zone check lists each component whose SL-C is below its zone's SL-T,
        e.g. "Z-CTRL FR 1: PLC-3 (SL-C 1) below SL-T 2".
        A component with no known SL-C is listed as unknown, never assumed capable.
        Capable is not enough: SL-A still depends on how the component is configured and run.
        A component that falls short needs a compensating measure, a zone of its own,
        or a replacement.
