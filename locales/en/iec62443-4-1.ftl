### IEC 62443-4-1:2018 secure product development lifecycle: English texts for iacs-assess.
### Written fresh for this tool; this is not the wording of the standard. Identifiers and short titles are facts.
### Answered once for the product supplier's development process, not per product or per zone. The interviewee is
### the product supplier: development lead, product security officer, PSIRT lead, quality manager.
### Questions speak of "your development process", "your products" and "your team".
### Terms (review 2026-12), checked by tests/terms.rs: product supplier; component; capability security level (SL-C);
### secure development lifecycle (SDL); PSIRT (product security incident response team); security update (the
### supplier's fix) and patch (as installed); allow-list, never whitelist or blacklist; safety is not security.

questionnaire =
    .title = IEC 62443-4-1 secure product development lifecycle
    .description = IEC 62443-4-1 looks at how a product supplier develops and maintains the products it sells for automation systems: how security is managed, specified, designed, coded and tested, how reported vulnerabilities are handled, how security updates are delivered and what the user documentation says about secure use. It is answered once for the supplier's development process, not for each product. Each requirement is rated with a maturity level, from ML1 (done, but ad hoc) to ML4 (measured and improved), or marked not implemented or not applicable; the results are shown per practice.

## Practices

sm =
    .title = Practice 1: Security management
    .description = The frame around everything else: a written secure development lifecycle (SDL) that is really followed, named roles, trained people, a protected build environment and signing keys, control of third-party code, and a check before each release that the SDL was done.

sr =
    .title = Practice 2: Specification of security requirements
    .description = Knowing where a product will be used and what threatens it, and writing down from that which security requirements the product must meet, including the capability security level it aims for, before design starts.

sd =
    .title = Practice 3: Secure by design
    .description = A product design in which every interface and trust boundary is known, protection comes in several layers, proven design rules are followed, and security design reviews find problems early.

si =
    .title = Practice 4: Secure implementation
    .description = Code written to secure coding rules and checked for security problems, by people and by tools, before it goes into a release.

svv =
    .title = Practice 5: Security verification and validation testing
    .description = Testing that the security functions work, that every threat mitigation does its job, that known attacks and malformed input do not break the product, and that some of the testing is done by people other than its developers.

dm =
    .title = Practice 6: Management of security-related issues
    .description = How vulnerabilities reported from outside or found inside are received, checked, rated, fixed or otherwise dealt with, and disclosed to the users of the product, and how this handling is reviewed.

sum =
    .title = Practice 7: Security update management
    .description = Security updates that are tested before release, explained to the user, delivered so their origin can be checked, and published within time limits the supplier has committed to, including advice on updates of the operating system and third-party parts.

sg =
    .title = Practice 8: Security guidelines
    .description = The user documentation on secure use: the product's layers of defence, what the plant around it must provide, hardening, secure operation, account management and secure disposal, and a review that keeps these documents correct.

## Practice 1: Security management

sm-1 =
    .title = Documented, enforced development process
    .question = Is your secure development lifecycle written down, from requirements through design, coding, testing and release to maintenance and end of support, and can you show that your team actually follows it?
    .guidance =
        Look at: the SDL document, its version and owner, and how a project proves each step was done.
        ML1: experienced developers do security work by habit; nothing written says what or when.
        ML3: one SDL for all development teams, with records from several releases showing each phase was done.
        Weak spots: an SDL that stops at release, or covers only new code and not maintenance branches.
        Ask also: how is the SDL enforced, for example by gates in the project plan or the release checklist?
    .evidence =
        The documented SDL, with version and owner
        A project plan or release checklist that maps to the SDL phases
        Configuration management rules for source code and builds

sm-2 =
    .title = Roles responsible for each process named
    .question = For each activity of your development process, is it written down which role is responsible, and do the people in those roles know it?
    .guidance =
        Look at: a role list or RACI for the SDL, and named people for product security, PSIRT and release approval.
        ML1: everyone knows who "does security", but it is one person and not written down.
        ML3: the same roles exist across all product lines, with deputies, and project records name them.
        Weak spots: roles held by someone who has left; no deputy for the product security officer.
        Ask also: who can stop a release for a security reason?
    .evidence =
        Role description or RACI chart for the SDL
        Organisation chart with the product security officer and PSIRT
        Project records naming the holder of each role

sm-3 =
    .title = Products in scope of the SDL identified
    .question = Is there a list of which of your products, versions and product lines are developed under your secure development process, and which are not?
    .guidance =
        Look at: the scope statement of the SDL and the product list it refers to.
        ML1: the SDL is assumed to apply "to everything new"; legacy products are not mentioned.
        ML3: a maintained list covers every product family, with the reason for each product left out.
        Weak spots: products bought in through acquisitions, customer-specific variants, firmware of accessories.
    .evidence =
        Scope section of the SDL
        Product list marked in scope or out of scope, with reasons

sm-4 =
    .title = Security training and proven expertise
    .question = Does everyone in your team who works on requirements, design, code, testing or the PSIRT get security training for their role, and do you check that they have the knowledge they need?
    .guidance =
        Look at: the training plan by role, training records, and how expertise is assessed (test, certificate, review of work).
        ML1: a yearly general awareness course; role-specific knowledge depends on self-study.
        ML3: a defined curriculum per role (for example secure coding, threat modelling, security testing) with records for every team member.
        Weak spots: contractors and offshore teams, new hires who start coding before training, trainers without current knowledge.
        Ask also: how do you find out that training has not worked, for example from review findings?
    .evidence =
        Training plan by SDL role
        Training and assessment records for developers and testers
        Skills matrix of the product security team

sm-5 =
    .title = Per-project scoping backed by analysis
    .question = At the start of each development project, do you decide which SDL activities apply to it, and is that decision based on a security analysis that is written down?
    .guidance =
        Look at: the scoping or tailoring record of a recent project, and its link to a security risk analysis.
        ML1: small changes skip SDL steps without anyone deciding so on record.
        ML3: every project, large or small, has a tailoring record signed off by the product security role.
        Weak spots: "minor" patches and customer specials that change security-relevant code.
    .evidence =
        SDL tailoring or scoping record of a recent project
        The security analysis it refers to

sm-6 =
    .title = Integrity check for shipped files
    .question = Can your customers check that the software, firmware and files they receive from you are exactly what you released, for example by a digital signature or published hash values?
    .guidance =
        Look at: how releases are signed or hashed, and how a customer verifies them (a tool, the device itself, a published hash).
        ML1: hashes exist for some downloads but nobody checks that they are published or correct.
        ML3: every file delivered, including documentation and configuration files, is signed or hashed the same way in every product line.
        Weak spots: files sent by e-mail by support, configuration tools and libraries shipped next to the main firmware.
        Ask also: does the device refuse unsigned firmware, or is the check left to the user?
    .evidence =
        Release procedure showing signing or hashing
        Download page or release notes with hash values or signatures
        User instructions for checking a file

sm-7 =
    .title = Protected development and build environment
    .question = How do you protect the systems where your products are developed, built and stored, such as source repositories, build servers and test labs, against tampering and unauthorised access?
    .guidance =
        Look at: access control to repositories and build servers, separation from the office network, logging, backup, and who can change the build pipeline.
        ML1: the build server sits in the office network with shared admin accounts.
        ML3: one set of rules for all development environments, with access reviews and logs that are checked.
        Weak spots: developer laptops with production credentials, cloud CI tokens, test benches with default passwords.
        Ask also: could one person change the source and publish a release with no one else seeing it?
    .evidence =
        Security rules for the development and build environment
        Access list and last access review of the source repositories
        Network drawing of the build and test environment

sm-8 =
    .title = Code-signing private keys protected
    .question = Where are the private keys you use to sign your software and firmware kept, who can use them, and how is every use controlled?
    .guidance =
        Look at: storage of signing keys (hardware security module, smart card, protected service), access rights, and a record of each signing.
        ML1: the key file sits on the build server, readable by the build account and its admins.
        ML3: keys in a hardware security module for all products; signing needs approval by two people and every use is logged.
        Weak spots: copies of the key on backups or laptops, no plan for a stolen key, test keys that are also accepted by products in the field.
        Ask also: what would you do, and how fast, if a signing key were compromised?
    .evidence =
        Key management procedure
        HSM configuration or access list for signing keys
        Signing log of recent releases

sm-9 =
    .title = Risks of externally supplied components managed
    .question = For the third-party and open-source parts in your products (libraries, operating systems, protocol stacks), do you know which ones are used, and do you manage their security risks, including new vulnerabilities in them?
    .guidance =
        Look at: a software bill of materials (SBOM) per product, the selection rules for third-party parts, and how vulnerabilities in them are watched.
        ML1: developers add libraries as they need them; the list is rebuilt only when a customer asks.
        ML3: an SBOM for every release, generated by tooling, and a defined check of new vulnerabilities against it.
        Weak spots: code copied into the source tree, components inside third-party binaries, libraries no longer maintained upstream.
    .evidence =
        SBOM of a current product release
        Rules for selecting and approving third-party components
        Vulnerability monitoring reports for third-party components

sm-10 =
    .title = Third-party custom components follow the SDL
    .question = When another company develops a part of your product for you, do you require and check that it is developed to your secure development process or an equivalent one?
    .guidance =
        Look at: contracts with development subcontractors, their SDL evidence, and how you check it.
        ML1: the subcontractor is trusted to work securely; nothing is asked for.
        ML3: a standard contract clause and a defined acceptance check apply to every subcontracted development.
        Weak spots: hardware suppliers who also deliver firmware, freelance developers, code from partner companies.
    .evidence =
        Contract clauses on secure development for subcontractors
        SDL evidence received from a subcontractor
        Acceptance check record for delivered code

sm-11 =
    .title = No release with open security issues
    .question = Before a release, are all security issues found during development dealt with, and is any issue left open at release accepted by a named person with a written reason?
    .guidance =
        Look at: the defect tracker filtered for security issues at release time, and the approval of any that remain open.
        ML1: open security bugs are discussed informally when the release date comes near.
        ML3: a release gate in every product line lists open security issues; each open one has a risk acceptance and a plan.
        Weak spots: issues tracked outside the main tracker, findings from external tests that never became tickets.
    .evidence =
        Release gate record with the list of open security issues
        Risk acceptance for an issue left open

sm-12 =
    .title = SDL steps verified complete before release
    .question = Before a product version is released, does someone check that every SDL activity planned for it was actually carried out and recorded?
    .guidance =
        Look at: the release checklist or audit of SDL completion, and who signs it.
        ML1: the team lead says the SDL was followed; no record is checked.
        ML3: a documented check with evidence links for each SDL activity, done for every release, by someone outside the development team.
        Weak spots: hotfix releases that bypass the check, records created after the release.
    .evidence =
        Completed SDL checklist of a recent release, signed
        Internal audit report on SDL compliance

sm-13 =
    .title = SDL improved continuously
    .question = Do you review your secure development process regularly and change it based on what you learn, for example from vulnerabilities found in the field, audits and test results?
    .guidance =
        Look at: minutes of SDL reviews, change history of the SDL document, and measurements used.
        ML1: the SDL changes when an incident forces it.
        ML3: a scheduled review with the results of audits and PSIRT cases as input, and changes recorded.
        ML4: measures such as vulnerabilities found after release are tracked over time and drive the changes.
        Ask also: what was the last change to the SDL, and what caused it?
    .evidence =
        Minutes of the last SDL review
        Change history of the SDL document
        Metrics used to judge the SDL

## Practice 2: Specification of security requirements

sr-1 =
    .title = Intended security context documented
    .question = For each product, have you written down the environment you expect it to be used in, such as network zones, physical access and who operates it, and the security assumptions that follow?
    .guidance =
        Look at: the product security context or operating environment description, and whether it matches the user documentation.
        ML1: the context exists in the heads of the architects.
        ML3: every product has a security context document made from one template, updated when use cases change.
        Weak spots: products sold into settings the context never expected, such as direct internet access.
    .evidence =
        Product security context document
        Assumptions list referenced by the threat model

sr-2 =
    .title = Threat model per product
    .question = Does each product have a threat model that shows its data flows, trust boundaries and entry points, the threats against them and how each is mitigated, and is it kept current when the product changes?
    .guidance =
        Look at: a threat model of a current product, its date and version, and how threats link to requirements and tests.
        ML1: a threat model was made once for a flagship product and never updated.
        ML3: a threat model per product in one method and tool, reviewed at each major change, with open threats tracked.
        Weak spots: engineering and service interfaces, update mechanisms, and interfaces added late in the project.
        Ask also: when was a threat model last changed because of a new feature?
    .evidence =
        Threat model of a current product, with data flow diagram
        Threat list with mitigations and their status

sr-3 =
    .title = Product security requirements documented
    .question = Are the security requirements of each product written down, so that designers and testers work from the same list?
    .guidance =
        Look at: the security requirements in the requirement management system and their traceability to design and tests.
        ML1: security requirements are scattered in tickets and e-mails.
        ML3: every product has a security requirements set in the common requirement tool, traced to tests.
        Weak spots: requirements for the engineering tool or the update server, not only for the device.
    .evidence =
        Security requirements specification of a product
        Traceability from requirements to tests

# SR-4: what the requirements must contain follows the reference list's short title (scope and target SL-C),
# checked only against secondary sources, not against the standard's text.
sr-4 =
    .title = Requirements state scope and target SL-C
    .question = Do the security requirements of each product say which interfaces and functions they cover and which capability security level (SL-C) the product aims for, per foundational requirement, as in 62443-4-2 or 3-3?
    .guidance =
        Look at: the target SL-C stated for a product and how the requirements map to the 62443-4-2 or 3-3 requirements of that level.
        ML1: marketing names a security level; no mapping to requirements exists.
        ML3: every product's requirements carry a target SL-C vector and a mapping to the 4-2 or 3-3 requirements, kept with the product.
        Weak spots: an SL-C claimed for the product as a whole when one interface falls short.
    .evidence =
        Product requirements with the target SL-C per foundational requirement
        Mapping of product requirements to 62443-4-2 or 3-3 requirements

sr-5 =
    .title = Security requirements reviewed
    .question = Are the security requirements of a product reviewed and approved by the people who have to build, test and support it, such as architects, developers, testers, product management and the product security officer?
    .guidance =
        Look at: review records for the security requirements and who took part.
        ML1: requirements are written by one person and go straight to development.
        ML3: a defined review with fixed participants for every product, with findings tracked to closure.
        Weak spots: requirements changed after the review without a new one.
    .evidence =
        Review minutes or sign-off of security requirements
        Findings list from the requirements review

## Practice 3: Secure by design

sd-1 =
    .title = Secure design principles applied to interfaces
    .question = Does the design of your products identify every external interface and trust boundary, and say for each how it is protected?
    .guidance =
        Look at: the architecture document, its list of interfaces (network, serial, USB, web, engineering, update) and the security measures for each.
        ML1: the design shows the main protocols; service and debug interfaces are missing.
        ML3: every product design lists all interfaces with their protection, in one format, checked in design review.
        Weak spots: debug ports (JTAG, serial console), undocumented maintenance protocols, cloud connectors.
    .evidence =
        Architecture or design document with the interface list
        Trust boundary diagram

sd-2 =
    .title = Defense-in-depth design
    .question = Is your product designed so that security does not depend on a single measure, with several layers of protection, each covering the threats that get past the one before?
    .guidance =
        Look at: how the design combines layers such as authentication, authorisation, secure boot, encrypted communication and logging, and how each maps to threats.
        ML1: security rests on "the device sits behind a firewall".
        ML3: every design shows its defence layers and which threats each one covers, checked against the threat model.
        Weak spots: a single shared secret protecting everything, all protection in the perimeter of the product.
    .evidence =
        Design document describing the defence layers
        Mapping of design measures to threats

sd-3 =
    .title = Security design reviews
    .question = Are the designs of your products reviewed for security, and are the problems found tracked until they are fixed?
    .guidance =
        Look at: design review records with security as a topic, the reviewers, and the tracking of findings.
        ML1: designs are reviewed for function; security comes up if someone happens to ask.
        ML3: a security design review is a fixed step for every product and every major change, with findings in the tracker.
        Weak spots: design changes during implementation that no review sees.
    .evidence =
        Security design review minutes
        Tracked findings from design reviews

sd-4 =
    .title = Secure design best practices
    .question = Does your team follow written secure design practices, such as least privilege, small attack surface, secure defaults and no hidden accounts, and are they checked?
    .guidance =
        Look at: a design guideline listing the practices, and how reviews check them.
        ML1: good designers apply the principles; nothing written.
        ML3: one secure design guideline for all teams, updated from lessons learnt, used as a review checklist.
        Weak spots: defaults chosen for easy commissioning (all services on, default passwords).
    .evidence =
        Secure design guideline
        Design review checklist based on it

## Practice 4: Secure implementation

si-1 =
    .title = Security review of the implementation
    .question = Is the code of your products reviewed for security, by people and with static analysis tools, and are the findings fixed or consciously accepted?
    .guidance =
        Look at: code review records, static analysis reports, the rules for which findings block a merge.
        ML1: code reviews happen but look at function; a static analysis tool runs without anyone reading the results.
        ML3: security code review and static analysis are required for every change in every product, with findings tracked.
        Weak spots: third-party code changed in-house, scripts and configuration files, large changes merged in a hurry.
    .evidence =
        Code review records for a recent change
        Static analysis report and its findings list
        Merge rules of the source repository

si-2 =
    .title = Secure coding standards
    .question = Do you have secure coding standards for the languages your team uses, and are they enforced, for example by tools and in code review?
    .guidance =
        Look at: the coding standard (for example based on CERT or MISRA), banned functions, and tool rules that enforce it.
        ML1: developers know the classic pitfalls; no written standard.
        ML3: a coding standard for each language in use, enforced by tools in the build, with documented exceptions.
        Weak spots: languages added later (web front ends, scripts), generated code.
    .evidence =
        Secure coding standard per language
        Static analysis rule set that enforces it
        Exception records

## Practice 5: Security verification and validation testing

svv-1 =
    .title = Test each security requirement
    .question = Is every security requirement of a product tested, including its behaviour at limits and in error cases, and do you keep the results?
    .guidance =
        Look at: test plans and results traced to the security requirements; coverage of each requirement.
        ML1: security functions are tested with the rest, without a link to the requirements.
        ML3: each security requirement has tests, run for every release, with results kept.
        Weak spots: requirements tested only in the positive case, for example login works but lockout is not tested.
    .evidence =
        Security test plan traced to requirements
        Test results of the last release

svv-2 =
    .title = Test each threat mitigation
    .question = For each mitigation in the threat model, do you test that it really stops or limits the threat it is meant for?
    .guidance =
        Look at: the link from threat model mitigations to test cases, and results.
        ML1: mitigations are assumed to work once they are implemented.
        ML3: every mitigation in the threat model has a test, and the threat model shows the test status.
        Weak spots: mitigations that rely on documentation or on the user, which cannot be tested in the lab.
    .evidence =
        Threat model with linked test cases
        Test results for mitigations

svv-3 =
    .title = Vulnerability testing (fuzzing, scans, attack surface)
    .question = Do you test your products for vulnerabilities, with fuzzing of network and file inputs, scans for known vulnerabilities, analysis of the attack surface and checks of third-party components?
    .guidance =
        Look at: fuzzing reports per protocol, vulnerability scan results, software composition analysis, and how load and resource exhaustion are tested.
        ML1: a network scanner is run before big releases.
        ML3: a defined set of vulnerability tests for every release, with the tools and protocols named and results tracked.
        Weak spots: industrial protocols that generic fuzzers do not cover, the web interface, the update file parser.
    .evidence =
        Fuzzing report for the product's protocols
        Vulnerability scan and software composition analysis results
        Attack surface analysis

svv-4 =
    .title = Penetration testing
    .question = Are your products penetration tested, by people who try to break them as an attacker would, and are the findings fixed?
    .guidance =
        Look at: recent penetration test reports, the scope tested, who tested and the handling of findings.
        ML1: one penetration test was bought when a customer asked for it.
        ML3: penetration tests are planned for every product at major releases, with findings tracked to closure.
        Weak spots: scope limited to the web interface; findings marked "accepted" without a reason.
    .evidence =
        Penetration test report of a current release
        Tracking of its findings

svv-5 =
    .title = Testers independent of developers
    .question = Is security testing done, at least in part, by people who did not develop the code they test, and how independent are they?
    .guidance =
        Look at: who wrote the security tests and who ran them, and their place in the organisation.
        ML1: developers test their own code.
        ML3: a separate test team or external testers for security testing of every product, defined per test type.
        Weak spots: an "independent" tester who reports to the development lead whose release is being tested.
    .evidence =
        Organisation chart of development and test
        Test reports naming the testers

## Practice 6: Management of security-related issues

dm-1 =
    .title = Receive reports of security issues
    .question = Can researchers, customers and your own staff report a security problem in your products easily, through a known contact, and does every report reach your PSIRT?
    .guidance =
        Look at: the published contact (web page, security.txt, e-mail, encryption key), internal channels, and the log of reports received.
        ML1: reports arrive at support or sales and are forwarded if someone notices.
        ML3: a published, monitored channel for all products, with every report logged and acknowledged in a set time.
        Weak spots: reports sent to individual employees, issues found by service engineers at customer sites.
    .evidence =
        Published vulnerability reporting page
        PSIRT process description
        Log of received reports with acknowledgement dates

dm-2 =
    .title = Review reported issues
    .question = When a security issue is reported, does your team check it, reproduce it where possible and decide whether it is a real vulnerability in your product?
    .guidance =
        Look at: case records showing triage, reproduction and the decision, and how fast this happens.
        ML1: the developer who knows the code takes a look when time allows.
        ML3: every report follows one triage procedure with target times, and each case records its conclusion.
        Weak spots: reports closed as "cannot reproduce" without asking the reporter for more.
    .evidence =
        PSIRT case records with triage results
        Triage procedure with target times

dm-3 =
    .title = Assess severity and impact
    .question = For each confirmed vulnerability, do you rate how severe it is, for example with CVSS, and find out which products and versions are affected?
    .guidance =
        Look at: severity scores, the list of affected products and versions, and the reasoning behind them.
        ML1: severity is judged by feeling; affected versions are guessed.
        ML3: one scoring method for all products, and a check of every product that shares the vulnerable code.
        Weak spots: the same third-party component in other products that nobody checks.
    .evidence =
        Case records with severity score and affected versions
        Scoring method description

dm-4 =
    .title = Address (fix, defer or accept) issues
    .question = For each confirmed vulnerability, do you decide how to deal with it, by a fix, a workaround or a documented decision not to fix, and do you look for the same flaw elsewhere?
    .guidance =
        Look at: decisions per case, who made them, and whether root causes lead to changes in other products or in the SDL.
        ML1: critical issues get fixed; the rest wait without a decision.
        ML3: every case ends in a recorded decision, and the root cause is analysed and fed back to the SDL.
        Weak spots: "won't fix" decisions without telling the customers who are exposed.
    .evidence =
        Case records with the decision and its reason
        Root cause analysis of a past vulnerability

dm-5 =
    .title = Disclose security issues to users
    .question = Do you tell the users of your products about vulnerabilities in them, with the affected versions, the risk and what to do, for example in security advisories?
    .guidance =
        Look at: published security advisories, how customers are notified, and the disclosure policy (including coordination with the reporter).
        ML1: only customers who complain are told; nothing is published.
        ML3: advisories in one format for all products, published and sent to subscribed customers, with a written disclosure policy.
        Weak spots: vulnerabilities fixed silently in a release; products sold through OEMs whose customers are not reached.
    .evidence =
        Recent security advisories
        Coordinated disclosure policy
        Customer notification list or subscription service

dm-6 =
    .title = Periodic review of the defect process
    .question = Do you regularly review how your team has handled security issues, and improve the process from it?
    .guidance =
        Look at: PSIRT review minutes, measures such as time to fix, and changes made.
        ML1: the process is looked at only after a case went wrong.
        ML3: a scheduled review of all cases with defined measures, and recorded changes.
        ML4: time to triage, time to fix and time to disclose are tracked and improved against targets.
    .evidence =
        PSIRT review minutes
        Metrics of security issue handling

## Practice 7: Security update management

sum-1 =
    .title = Qualify security updates before release
    .question = Before you release a security update, do you test that it fixes the vulnerability and does not break anything in the product and its supported configurations?
    .guidance =
        Look at: test records of a recent security update, including regression tests and the configurations tested.
        ML1: the fix is checked by the developer who wrote it.
        ML3: every security update goes through a defined qualification with regression tests, in every product line.
        Weak spots: updates for older versions still in the field, tested on the newest version only.
    .evidence =
        Qualification record of a recent security update
        Regression test results

sum-2 =
    .title = Document each security update
    .question = Does each security update come with documentation telling the user what it fixes, which versions it applies to, how to install it and what it affects, such as a restart?
    .guidance =
        Look at: release notes of security updates and whether they are enough for an asset owner to plan the installation.
        ML1: release notes list "security improvements" without detail.
        ML3: a fixed template used for every security update, including effects on operation and a way back.
        Weak spots: no word on whether the update needs a restart or changes settings.
    .evidence =
        Release notes of a security update
        Installation instructions for it

sum-3 =
    .title = Document updates of dependent components or OS
    .question = Do you tell your users whether security updates of the operating system or third-party parts your product depends on have been tested with it, and whether they may install them?
    .guidance =
        Look at: compatibility lists for operating system patches, antivirus signatures and third-party updates.
        ML1: customers ask support case by case.
        ML3: a regularly published compatibility list for every product that runs on a general-purpose operating system.
        Weak spots: long delays before monthly operating system patches are approved.
    .evidence =
        Published patch compatibility list
        Test records of operating system updates

sum-4 =
    .title = Deliver updates in a verifiable authentic way
    .question = Are your security updates delivered so that users can check they really come from you and were not changed, for example by signatures that the product or a tool checks?
    .guidance =
        Look at: signing of update packages, how the product or the user verifies them, and the download channel.
        ML1: updates are on a download page without signatures.
        ML3: every update of every product is signed and checked before installation.
        Weak spots: updates handed out on USB sticks by service staff, mirrors run by distributors.
    .evidence =
        Update signing procedure
        Screenshot or log of the signature check during installation

sum-5 =
    .title = Policy on patch delivery timeframes
    .question = Have you set and published time limits for delivering security updates after a vulnerability is known, depending on its severity, and do you meet them?
    .guidance =
        Look at: the published policy, the support periods per product version, and actual delivery times of past updates.
        ML1: updates come "as soon as possible", with no commitment.
        ML3: a published policy with time limits per severity for all products, and records of how well they were met.
        Weak spots: products near end of support; vulnerabilities in third-party parts waiting for the upstream fix.
    .evidence =
        Published security update policy
        Product support lifecycle list
        Delivery times of past security updates

## Practice 8: Security guidelines

sg-1 =
    .title = Document the product's defense in depth
    .question = Does your user documentation explain the product's layers of security protection, so an integrator knows what the product itself defends against?
    .guidance =
        Look at: the product security manual or the security chapter of the user manual.
        ML1: security functions are mentioned one by one in the manual, without the overall picture.
        ML3: every product has a security manual from one template that explains its defence layers.
        Weak spots: a manual that describes an older version of the product.
    .evidence =
        Product security manual
        Security chapter of the user manual

sg-2 =
    .title = Document defenses expected from the environment
    .question = Does your documentation say what the product expects from the plant around it, such as firewalls, network segmentation or locked cabinets, for it to be secure?
    .guidance =
        Look at: the documented assumptions about the environment and whether they match the product security context (SR-1).
        ML1: the documentation says "use behind a firewall" and nothing more.
        ML3: each product states the protections it needs from its environment, specific enough to design zones and conduits with.
        Weak spots: required ports and protocols missing, so integrators open more than needed.
    .evidence =
        Environment requirements in the product security manual
        List of ports and protocols used

sg-3 =
    .title = Hardening guidelines
    .question = Do you give your users hardening guidelines for each product: which services to turn off, which settings to change and how to integrate it securely?
    .guidance =
        Look at: hardening guides, their date and product version, and whether the recommended settings were tested.
        ML1: hardening tips are passed on by support on request.
        ML3: a hardening guide per product and version, tested by the test team and updated with each release.
        Weak spots: guides that recommend settings the product does not support in every firmware version.
    .evidence =
        Hardening guide of a current product
        Test record of the hardened configuration

sg-4 =
    .title = Secure disposal guidelines
    .question = Do you tell your users how to take a product out of service securely, for example how to erase configuration, keys, passwords and process data before it is scrapped or sent for repair?
    .guidance =
        Look at: decommissioning or disposal instructions and whether they cover all places data is stored.
        ML1: a factory reset is mentioned, without saying what it erases.
        ML3: disposal instructions for every product, naming what is erased and how to verify it.
        Weak spots: memory cards, logs and certificates a factory reset leaves behind; devices returned for repair.
    .evidence =
        Secure disposal or decommissioning instructions
        Checklist of data locations to erase (memory cards, logs, certificates)

sg-5 =
    .title = Secure operation guidelines
    .question = Does your documentation tell users how to run the product securely day by day, for example monitoring its security events, backups, updates and periodic checks?
    .guidance =
        Look at: operation guidelines in the product security manual and the tasks they give the asset owner.
        ML1: operating instructions describe function only.
        ML3: every product has secure operation guidance covering events, backups, updates and reviews.
        Weak spots: no explanation of what the security log entries mean or what to do about them.
    .evidence =
        Secure operation section of the product security manual
        Explanation of the product's security log entries and what to do about them

sg-6 =
    .title = Account management guidelines
    .question = Does your documentation explain how to manage user accounts on the product: default accounts, changing default passwords, roles and rights, and removing accounts?
    .guidance =
        Look at: account management instructions, the list of default and built-in accounts, and the roles the product offers.
        ML1: the manual gives the default password and advises changing it.
        ML3: every product documents all its built-in accounts, its roles and the steps to manage them.
        Weak spots: service or maintenance accounts that are not documented at all.
    .evidence =
        Account management guidance
        List of default and built-in accounts of a product

sg-7 =
    .title = Review of user documentation
    .question = Is the security content of your user documentation reviewed by people with security knowledge, and updated when the product changes?
    .guidance =
        Look at: review records of security manuals and hardening guides, and their version alignment with the product.
        ML1: the technical writer updates manuals from release notes.
        ML3: security documentation is reviewed by the product security role for every release.
        Weak spots: translated manuals that lag behind the original language.
    .evidence =
        Review record of the product security manual
        Document version history matched to product releases
