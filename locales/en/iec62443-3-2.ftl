### Terms (review 2026-12), checked by tests/terms.rs: allow-list and allow-listing, never whitelist or blacklist; safety is not security.
# IEC 62443-3-2:2020 security risk assessment for system design.
# Structure: questionnaires/iec62443-3-2.toml. Answers are process steps: done, partly, not done, not applicable.
# All questions, guidance and evidence are written fresh; no text of the standard is reproduced.

## The questionnaire itself
questionnaire =
    .title = IEC 62443-3-2 security risk assessment for system design
    .description = Checks whether the risk assessment behind a control system's design has really been carried out: the system is bounded, split into zones and conduits, its threats and risks are weighed against what the organisation can tolerate, and every zone and conduit gets a target security level. Each step is answered as done, partly done, not done or not applicable. The work itself is recorded in the tool's system description, zones, conduits, risk register and SL-T screens.

## ZCR 1 Identify the SUC
zcr-1 =
    .title = Identify the SUC
    .description = Draw the line around the system under consideration: which assets belong to it, and every place where something outside it can connect or reach in.

zcr-1-1 =
    .title = Identify the SUC perimeter and access points
    .question = Can you show me where your control system ends: which PLCs, HMIs, servers and network devices are inside the assessment, and every point where something from outside can reach in?
    .guidance =
        Look at: the system description or network drawing, the asset list and the list of external connections.
        Done: a clear boundary, a complete asset list and every access point named: links to the office network, remote-access gateways, vendor modems, USB ports used for maintenance.
        Partly: the boundary is drawn but the asset list is out of date, or only network links are listed and physical or removable-media access is missing.
        Weak spots: forgotten cellular routers in panels, vendor VPNs, historians sitting on both sides, serial links to third-party skids.
        Ask also: who walked the site to confirm that the drawing matches what is installed?
    .evidence =
        Network drawing with the system boundary marked
        Asset inventory with the date of its last check
        List of external connections and access points

## ZCR 2 Initial cyber security risk assessment
zcr-2 =
    .title = Initial cyber security risk assessment
    .description = A first, coarse look at the worst that could happen if the system were compromised, made before any zone design, so that the most critical parts of the system are known early.

zcr-2-1 =
    .title = Perform initial cyber security risk assessment
    .question = Before designing zones, did you make a first estimate of the worst that could happen to people, the environment and production if this control system were taken over or stopped?
    .guidance =
        Look at: the initial risk assessment record and the sources it drew on (HAZOP, PHA, business impact analysis).
        Done: worst-case consequences of a compromise are rated for the whole system or its main parts on the organisation's own impact scale, and the method is recorded.
        Partly: consequences were discussed but not rated, or only production loss was considered and safety or environment were left out.
        Weak spots: taking credit for firewalls or the SIS at this stage, when the first pass should assume the attack succeeds; an IT risk template with no physical consequences.
        Ask also: were operations and process safety people in the room, not only IT?
    .evidence =
        Initial risk assessment worksheet or report
        HAZOP or process hazard analysis used as input
        Attendance list of the assessment workshop

## ZCR 3 Partition the SUC into zones and conduits
zcr-3 =
    .title = Partition the SUC into zones and conduits
    .description = Group the assets into zones that share the same security needs and define the conduits that carry traffic between them. Office systems, safety systems, temporarily connected devices, wireless devices and devices reached over outside networks are kept apart from the rest.

zcr-3-1 =
    .title = Establish zones and conduits
    .question = How did you group your control system assets into zones, and can you show me the conduits that carry traffic between them and why each asset sits where it does?
    .guidance =
        Look at: the zone and conduit list and drawing, and the reasons given for each grouping.
        Done: every asset of the SUC belongs to exactly one zone, every data path between zones is a defined conduit, and the grouping follows criticality, function and location.
        Partly: zones follow existing VLANs or cabinets without a stated reason, or some assets and links are not assigned.
        Weak spots: dual-homed servers that bridge two zones; one flat "control zone" holding everything; conduits without an owner.
        Ask also: did the initial risk results change where the zone lines were drawn?
    .evidence =
        Zone and conduit drawing
        Asset-to-zone assignment list
        Notes or minutes explaining the grouping

zcr-3-2 =
    .title = Separate business and IACS assets
    .question = Are your office and business systems, such as ERP, e-mail and office PCs, kept in zones of their own, apart from the PLCs, HMIs and engineering stations that run the plant?
    .guidance =
        Look at: the zone list and the conduit between the business network and the control network.
        Done: business assets sit in their own zones and data exchange goes through a defined conduit, often a DMZ with a historian mirror or a file transfer server.
        Partly: the separation exists on paper, but some office PCs, printers or shared domain controllers still sit in a control zone.
        Weak spots: engineers' laptops used for both e-mail and programming; MES or historian servers with a leg in each network; one shared Active Directory.
        Ask also: what is the reason for any business system that remains inside a control zone?
    .evidence =
        Zone list showing business and control zones
        Firewall rule set of the business-to-control conduit
        Asset list of the DMZ

zcr-3-3 =
    .title = Separate safety related assets
    .question = Are your safety instrumented systems and other safety-related controllers in a zone of their own, apart from the basic process control system, with a defined link between the two?
    .guidance =
        Look at: the zone holding the SIS logic solvers and their engineering station, and the conduit to the process control system.
        Done: safety-related assets form their own zone or zones; the interface to the process control system is a named conduit with a short list of allowed traffic.
        Partly: SIS controllers are separate but their engineering workstation or gateway sits in the control zone, or control and safety share one network without a reason.
        Weak spots: integrated control and safety systems on one network; SIS engineering software on an ordinary HMI; write access from the DCS.
        Ask also: where safety and non-safety assets share a zone, was the stricter requirement applied to the whole zone?
        N/A: only when the SUC has no safety-related function; record why.
    .evidence =
        Zone drawing showing the safety zone
        Conduit description between SIS and process control system
        List of safety-related assets

zcr-3-4 =
    .title = Separate temporarily connected devices
    .question = How do you treat laptops, USB sticks, calibrators and other devices plugged into the control system only for a while? Are they placed in a zone of their own rather than counted as part of the permanent network?
    .guidance =
        Look at: how the zone model treats maintenance laptops, vendor PCs, portable test equipment and removable media.
        Done: temporary devices form a zone or zones of their own with their own requirements, and the places where they connect are defined conduits.
        Partly: a laptop or USB rule exists, but the zone model ignores these devices, or company laptops are covered and contractors' laptops are not.
        Weak spots: contractors' laptops plugged straight into a PLC network; USB sticks moving between office and plant; spare engineering laptops nobody owns.
        Ask also: where exactly may a temporary device be connected, and who checks it first?
    .evidence =
        Zone list entry for temporary devices
        Procedure for connecting laptops and removable media
        Log of a recent laptop or USB check

zcr-3-5 =
    .title = Separate wireless devices
    .question = Are the wireless networks and devices in your plant, such as Wi-Fi tablets, WirelessHART transmitters or radio links, in zones of their own and connected to the wired control network only through defined conduits?
    .guidance =
        Look at: the wireless survey, the zone list and the conduit from each wireless network to the wired zones.
        Done: each wireless network is a zone of its own or part of a wireless zone, with a defined conduit to the wired network.
        Partly: the main Wi-Fi is separated, but wireless sensor gateways, radio modems or point-to-point links from vendors are missing from the model.
        Weak spots: access points bridged straight into the control VLAN; forgotten Bluetooth or radio links on skids; guest Wi-Fi on the same hardware as plant Wi-Fi.
        N/A: only if a survey confirms there is no wireless in the SUC; record the date of the survey.
    .evidence =
        Zone list showing the wireless zones
        Wireless survey or inventory of access points and gateways
        Conduit description for each wireless gateway

zcr-3-6 =
    .title = Separate devices connected via external networks
    .question = Where devices reach your control system over networks outside it, for example vendor remote support, a remote site over a WAN or a cloud service, are they put in separate zones with defined conduits?
    .guidance =
        Look at: the external connections listed in the SUC description and how each one appears in the zone model.
        Done: every device or service reached over an outside network is in a separate zone; remote access ends in a DMZ or jump host, never directly in a control zone.
        Partly: the main remote-access gateway is modelled, but cellular routers, vendor cloud links or links to remote sites are not.
        Weak spots: remote desktop tools installed on HMIs; a vendor's always-on VPN; remote telemetry units calling home over the internet.
        N/A: only if the SUC has no connection to any outside network; record how this was checked.
    .evidence =
        List of external connections with their zones
        Remote access architecture drawing
        Firewall rules of the remote-access conduit

## ZCR 4 Risk comparison
zcr-4 =
    .title = Risk comparison
    .description = Decide, from the initial assessment, whether the risk already lies within what the organisation tolerates or whether a detailed assessment is needed.

zcr-4-1 =
    .title = Compare initial risk to tolerable risk
    .question = Once you had the initial risk for each part of the system, did you check it against the organisation's tolerable risk and decide which zones need a detailed risk assessment?
    .guidance =
        Look at: the initial risk results next to the tolerable risk statement or matrix, and the decision taken for each zone.
        Done: every zone has a recorded comparison and a decision; zones above tolerable risk go on to the detailed assessment.
        Partly: the comparison was made, but tolerable risk was never formally defined or the decision is not written down.
        Weak spots: a tolerable line made up on the day; every zone passed as tolerable without argument.
        Ask also: who in the organisation set the tolerable risk, and when?
    .evidence =
        Initial risk per zone compared with tolerable risk
        Approved risk matrix or tolerable risk statement
        Record of which zones go on to a detailed assessment

## ZCR 5 Perform a detailed cyber security risk assessment
zcr-5 =
    .title = Perform a detailed cyber security risk assessment
    .description = For each zone and conduit in turn: the threats and weaknesses, what a successful attack would do, how likely it is, the risk before countermeasures, the target security level, the countermeasures already there and those still needed, and the risk that is left.

zcr-5-1 =
    .title = Identify threats
    .question = For each zone and conduit, have you written down who or what could attack it and how, for example malware on a USB stick, a disgruntled insider, a compromised vendor connection or ransomware spreading from the office?
    .guidance =
        Look at: the threat scenarios in the risk register, zone by zone and conduit by conduit.
        Done: each zone and conduit has threat scenarios naming the threat source, the way in and the assets affected, built from sources such as incident reports and advisories.
        Partly: one generic threat list copied for all zones, or scenarios without a threat source or a way in.
        Weak spots: insiders and contractors left out; only internet attacks considered; no scenarios for the conduits themselves.
        Ask also: which sources did you use to build the threat list, and how recent are they?
    .evidence =
        Threat scenario list per zone and conduit
        Sources used: incident reports, advisories, threat intelligence

zcr-5-2 =
    .title = Identify vulnerabilities
    .question = Have you looked for the weaknesses in each zone that these threats could use, such as unpatched Windows HMIs, default passwords on PLCs, flat networks or open engineering ports?
    .guidance =
        Look at: the list of weaknesses per zone and how it was gathered: site inspection, configuration review, vendor advisories, passive network monitoring.
        Done: known weaknesses are listed per zone, dated, and linked to the threat scenarios they make possible.
        Partly: only a desk review was done, or software versions were checked but configurations and working practices were not.
        Weak spots: active scans of fragile controllers without a plan; weaknesses in procedures (shared accounts, untested backups) left out.
        Ask also: how were vendor advisories checked against the installed firmware and software versions?
    .evidence =
        List of weaknesses per zone with source and date
        Installed versions checked against vendor advisories
        Configuration review or passive monitoring report

zcr-5-3 =
    .title = Determine consequence and impact
    .question = For each threat scenario, have you worked out what would actually happen at the plant if it succeeded, and rated that impact on your scale for safety, environment, production, finance and reputation?
    .guidance =
        Look at: the consequence and impact entries of each scenario in the risk register.
        Done: each scenario states in plain words what would happen physically and to the business, with an impact rating per category from the organisation's scale.
        Partly: a single impact number with no consequence described, or only some categories considered.
        Weak spots: impact rated lower because a safeguard exists (that is credited later); loss of view or loss of control treated as harmless.
        Ask also: did operations and process safety staff confirm the consequences?
    .evidence =
        Risk register with consequences and impact ratings
        The impact scale used, with its definitions
        HAZOP or PHA scenarios reused, with references

zcr-5-4 =
    .title = Determine unmitigated likelihood
    .question = For each threat scenario, have you estimated how likely it is to happen and succeed if none of your security measures were in place, using your organisation's likelihood scale?
    .guidance =
        Look at: the unmitigated likelihood of each scenario in the risk register and the reason given for it.
        Done: each scenario has a likelihood from the organisation's scale with a reason: how capable and motivated the attacker is, how easy the weakness is to use, past incidents.
        Partly: values given without reasons, or existing countermeasures already counted in.
        Weak spots: every likelihood set to the middle value out of habit; no difference made between insiders and outside attackers.
    .evidence =
        Risk register with unmitigated likelihood per scenario
        The likelihood scale used, with its definitions

zcr-5-5 =
    .title = Determine unmitigated cyber security risk
    .question = Have you combined the unmitigated likelihood and impact of each scenario on your risk matrix to get its risk level before any countermeasures are counted?
    .guidance =
        Look at: the unmitigated risk of each scenario in the risk register and the risk matrix used.
        Done: every scenario has a risk level read from the organisation's approved matrix, and the same matrix is used for all zones.
        Partly: risk worked out with an ad hoc formula, or only for some scenarios or zones.
        Weak spots: a different matrix per team or site; impact categories averaged instead of taking the worst one.
    .evidence =
        Risk register with unmitigated risk per scenario
        The risk matrix used, with its version

zcr-5-6 =
    .title = Determine SL-T
    .question = Have you set a target security level for each zone and conduit, and can you explain how it follows from the risk, for example from how much risk must be reduced or from how capable the expected attackers are?
    .guidance =
        Look at: the SL-T of each zone and conduit and the reasoning recorded with it.
        Done: every zone and conduit has an SL-T, as one level or per foundational requirement, traceable to its threat scenarios and to the organisation's method.
        Partly: SL-T set by judgement or copied from a template (every zone SL 2) with no link to the risk results.
        Weak spots: conduits left without an SL-T; a target lowered to match what the installed equipment can do.
        Ask also: where a single foundational requirement was capped, what reason is recorded?
    .evidence =
        SL-T per zone and conduit, with reasons
        The method or rule used to derive SL-T

zcr-5-7 =
    .title = Compare unmitigated risk with tolerable risk
    .question = Have you checked each scenario's unmitigated risk against your tolerable risk, so you know which scenarios need countermeasures and which can be accepted as they are?
    .guidance =
        Look at: whether each scenario in the risk register is marked as tolerable or not.
        Done: every scenario is marked against the approved tolerable risk, and those above the line go on to the countermeasure steps.
        Partly: the comparison was made for whole zones only, or scenarios were accepted without a recorded reason.
        Weak spots: the tolerable line quietly moved to make a result fit.
    .evidence =
        Risk register with the comparison per scenario
        Tolerable risk statement in force at the time

zcr-5-8 =
    .title = Identify and evaluate existing countermeasures
    .question = For scenarios above your tolerable risk, have you listed the security measures already in place, such as firewalls, account management, backups or locked cabinets, and judged how well each one actually works?
    .guidance =
        Look at: the countermeasures linked to each scenario and how their effectiveness was judged.
        Done: each existing countermeasure is named, linked to the scenarios it helps against, and checked on site: rule sets reviewed, backups restored, accounts reviewed.
        Partly: countermeasures taken from design documents without checking that they are in place and working.
        Weak spots: firewalls with "any-any" rules counted as protection; antivirus with years-old signatures; procedures nobody follows.
        Ask also: which countermeasures did you actually test, and how?
    .evidence =
        Countermeasure list linked to scenarios
        Firewall rule review or backup restore test record
        Notes from the site walk-down

zcr-5-9 =
    .title = Reevaluate likelihood and impact
    .question = Taking the existing countermeasures into account, have you re-rated the likelihood and impact of each scenario, and written down why each value changed?
    .guidance =
        Look at: the likelihood and impact after countermeasures, next to the unmitigated values in the risk register.
        Done: each scenario has new values with a short reason naming the countermeasure that justifies each change.
        Partly: values lowered without naming a countermeasure, or only likelihood was revisited.
        Weak spots: a large reduction claimed for a single weak measure; the same countermeasure credited twice.
    .evidence =
        Risk register with ratings before and after countermeasures
        Reasoning notes per scenario

zcr-5-10 =
    .title = Determine residual risk
    .question = Have you worked out the risk that remains for each scenario with the existing countermeasures in place, using the same risk matrix as for the unmitigated risk?
    .guidance =
        Look at: the residual risk of each scenario in the risk register.
        Done: every scenario has a residual risk level read from the same matrix, and the residual risk of each zone and conduit can be seen at a glance.
        Partly: residual risk given for some scenarios only, or worked out with a different method from the unmitigated risk.
        Weak spots: residual risk copied from an earlier project; no date or version on the results.
    .evidence =
        Risk register with residual risk per scenario
        Summary of residual risk per zone and conduit

zcr-5-11 =
    .title = Compare residual risk with tolerable risk
    .question = Have you checked whether the residual risk of each scenario is now within your tolerable risk, and recorded which scenarios are still above it?
    .guidance =
        Look at: residual risk against tolerable risk in the risk register, and the list of scenarios still above the line.
        Done: every scenario has a recorded comparison, and each one still above the line leads to additional countermeasures.
        Partly: the comparison was made, but the open scenarios have no follow-up or owner.
        Weak spots: residual risk above the line accepted silently instead of by an accountable person.
    .evidence =
        Risk register with the residual comparison per scenario
        List of scenarios still above tolerable risk

zcr-5-12 =
    .title = Identify additional cyber security countermeasures
    .question = For scenarios still above your tolerable risk, have you chosen further countermeasures, such as tighter firewall rules, application allow-listing or a jump host, and shown how far they bring the risk down?
    .guidance =
        Look at: the planned countermeasures for each open scenario and the risk expected once they are in place.
        Done: each open scenario has chosen countermeasures, an expected new risk level, an owner and a target date; the choice takes the SL-T into account.
        Partly: a wish list of measures with no link to scenarios, owners or dates.
        Weak spots: only technical measures considered; measures the installed equipment cannot support; no check that a new measure will not disturb operations.
    .evidence =
        Countermeasure plan with owners and dates
        Risk register showing the expected risk after the new measures

zcr-5-13 =
    .title = Document and communicate results
    .question = Have the results of the detailed risk assessment been written up and shared with the people who need them, such as plant management, operations, the design team and the integrator?
    .guidance =
        Look at: the risk assessment report, who received it and where it is kept.
        Done: a dated, versioned report covering method, scenarios, risks, SL-T and countermeasures, sent to named people and stored with restricted access.
        Partly: results live in one person's spreadsheet, or the report never reached operations or the suppliers who must act on it.
        Weak spots: a report full of sensitive weaknesses sent by plain e-mail or left on an open shared drive.
        Ask also: when is the assessment repeated, and which changes trigger a review?
    .evidence =
        Risk assessment report with version and date
        Distribution list or minutes of the meeting presenting the results

## ZCR 6 Document cyber security requirements, assumptions and constraints
zcr-6 =
    .title = Document requirements, assumptions and constraints
    .description = Write the results down as a cyber security requirements specification that designers, integrators and suppliers can build and test against, together with the assumptions, threats, policies, tolerable risk and regulations behind it.

zcr-6-1 =
    .title = Cyber security requirements specification
    .question = Is there a cyber security requirements specification for this system that a designer or integrator can build and test against, and does it bring together the results of the risk assessment?
    .guidance =
        Look at: the specification itself and how it ties back to the zones, conduits and SL-T.
        Done: a controlled document with version and owner, covering the SUC description, zones and conduits, their characteristics, SL-T and the assumptions behind them.
        Partly: requirements spread over several documents and e-mails, or generic text not tied to this system.
        Weak spots: a specification not updated after the design changed; no route for it to reach the supplier or integrator.
    .evidence =
        Cyber security requirements specification with version
        Document control record or change history

zcr-6-2 =
    .title = SUC description
    .question = Does your documentation describe the system under consideration so that a newcomer could follow it: what the system does, what process it controls and which main assets it contains?
    .guidance =
        Look at: the SUC description in the requirements specification.
        Done: a plain description of the process controlled, the main functions, the assets and the boundary, consistent with the SUC defined at the start.
        Partly: only a network drawing with no explanation, or a process description with no link to the control system assets.
        Weak spots: a description copied from another site; no owner named; not updated after changes.
    .evidence =
        SUC description section of the specification
        Process overview or functional description it refers to

zcr-6-3 =
    .title = Zone and conduit drawings
    .question = Do you have up-to-date drawings showing every zone and conduit of the system, and do they match what is actually installed?
    .guidance =
        Look at: the zone and conduit drawings and their revision history.
        Done: the drawings show all zones, conduits and their boundaries, carry a revision and date, and match a recent check on site.
        Partly: drawings exist but are out of date, or they show the network without marking zones and conduits.
        Weak spots: drawings only the network team can read; no drawings for small skids or remote sites.
    .evidence =
        Zone and conduit drawing with its revision
        Record of the last check against the installation

zcr-6-4 =
    .title = Zone and conduit characteristics
    .question = For each zone and conduit, have you recorded its key details, such as name, owner, boundary, assets, data flows, connections, SL-T and the policies that apply?
    .guidance =
        Look at: the record kept for each zone and each conduit.
        Done: every zone and conduit has a complete record: name, accountable owner, logical and physical boundary, safety role, assets or links, data flows, connections, SL-T, policies.
        Partly: records exist for the zones but not for the conduits, or key fields such as owner or SL-T are blank.
        Weak spots: the owner is a department rather than a person; data flows not described, so firewall rules cannot be checked against them.
    .evidence =
        Characteristics record for each zone and conduit
        Data flow list per conduit

zcr-6-5 =
    .title = Operating environment assumptions
    .question = Have you written down what you assume about where and how the system runs, for example locked control rooms, staffed shifts, fenced sites or an unmanned remote station?
    .guidance =
        Look at: the assumptions section of the specification, per zone where conditions differ.
        Done: the physical and organisational conditions the security design relies on are stated: building access, who operates the system, how it is maintained.
        Partly: assumptions made in meetings but not recorded, or generic ones that do not fit remote or unmanned parts of the system.
        Weak spots: assumptions no longer true (a cabinet now in a public area); nobody checks them when the site changes.
    .evidence =
        Assumptions section of the specification
        Site access control description

zcr-6-6 =
    .title = Threat environment
    .question = Have you described the threats this system faces today, which kinds of attackers are credible for your sector and site, and where that picture came from?
    .guidance =
        Look at: the threat environment section of the specification and the threat sources behind the risk register.
        Done: credible threat actors and their likely means are described, with dated sources such as national CERT reports, sector sharing groups or vendor advisories.
        Partly: a generic statement such as "hackers and malware" with no sources and no link to the sector.
        Weak spots: a description never updated since the project started; insider and supply-chain threats missing.
    .evidence =
        Threat environment section with sources and date
        Sector threat reports or advisories used

zcr-6-7 =
    .title = Organisational security policies
    .question = Does the specification say which of your organisation's security policies apply to this system, for example on passwords, remote access, patching or removable media?
    .guidance =
        Look at: the policies the specification refers to, and whether they can really be applied on a running plant.
        Done: the policies that apply to each zone are named with their versions, and every exception for the control system is recorded and approved.
        Partly: a general reference to the corporate IT policy, without checking that the control system can follow it.
        Weak spots: IT rules demanding forced reboots or password expiry on operator HMIs; exceptions agreed only by word of mouth.
    .evidence =
        List of applicable policies with versions
        Approved exceptions for the control system

zcr-6-8 =
    .title = Tolerable risk
    .question = Is the tolerable risk used in this assessment written down and approved, for example as a risk matrix with a clear line between acceptable and unacceptable risk?
    .guidance =
        Look at: the tolerable risk statement or risk matrix in force, and who approved it.
        Done: tolerable risk is documented with its likelihood and impact scales and approved by management, and the assessment states which version it used.
        Partly: a matrix exists but was never formally approved, or it covers only safety or only business loss.
        Weak spots: different tolerable lines in the process safety and the cyber security teams; the version used not recorded.
    .evidence =
        Approved risk matrix or tolerable risk statement
        Management approval record

zcr-6-9 =
    .title = Regulatory requirements
    .question = Have you listed the laws, regulations and industry rules that place cyber security demands on this system, such as critical infrastructure laws or sector regulations?
    .guidance =
        Look at: the list of regulatory requirements in the specification and how each one is reflected in the requirements.
        Done: applicable laws and sector rules are identified, with the parts that affect this system, and linked to the requirements that satisfy them.
        Partly: regulations named but not checked for what they actually demand of this system.
        Weak spots: rules of a second country where the plant's owner sits or its products are sold; new rules (for example NIS2 in the EU) not yet reviewed.
        N/A: rarely justified; record who confirmed that no regulation applies.
    .evidence =
        List of applicable regulations and standards
        Mapping of regulatory demands to requirements

## ZCR 7 Asset owner approval
zcr-7 =
    .title = Asset owner approval
    .description = The people accountable for the plant accept the risk assessment results, the risk that remains and the security requirements, and that acceptance is recorded.

zcr-7-1 =
    .title = Attain asset owner approval
    .question = Have the people accountable for the plant formally approved the risk assessment results, the remaining risk and the security requirements, and is that approval recorded?
    .guidance =
        Look at: the approval record for the risk assessment and the requirements specification.
        Done: a named person with authority over the plant signed off the results, the residual risk and the specification, with the date and document version.
        Partly: approval given by e-mail or by word of mouth, or given by the project team rather than the asset owner.
        Weak spots: approval of an earlier version only; residual risk accepted without being shown to the approver.
        Ask also: when will the approval be renewed, for example after a major change?
    .evidence =
        Signed approval page or approval workflow record
        Minutes of the review meeting with the asset owner
