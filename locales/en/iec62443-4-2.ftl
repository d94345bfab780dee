### IEC 62443-4-2:2019 technical security requirements for IACS components: English texts for iacs-assess.
### Written fresh for this tool; this is not the wording of the standard. Identifiers and short titles are facts.
### Answered once per component (a product: PLC, drive, HMI software, switch, firewall, historian server...), for the
### product as supplied and installed. The interviewee is the product supplier's engineer, or the asset owner's or
### integrator's engineer checking a product with its security manual, certificate or supplier statement in hand.
### Questions speak of "this component", "the device" or "the software" and ask what the product CAN do, not how the plant uses it.
### Terms (review 2026-12), checked by tests/terms.rs: component; software application, embedded device, host device,
### network device; capability security level (SL-C); product supplier; asset owner; integrator; allow-list, never
### whitelist or blacklist; safety is not security.

questionnaire =
    .title = IEC 62443-4-2 component security requirements
    .description = IEC 62443-4-2 lists the security capabilities a single control system component must offer, whether it is a software application, an embedded device such as a PLC or drive, a host device such as a server or engineering PC, or a network device such as a switch or firewall. You answer it once for every component, for the product as supplied, and the tool asks only the requirements of its type: each is met, not met, compensated by a documented countermeasure, or not applicable. From the answers the tool computes the capability security level (SL-C) of the component for each foundational requirement: the highest level whose requirements are all met.

## Common component security constraints (CCSC)

ccsc =
    .title = Common component security constraints (CCSC)
    .description = Four conditions that hold for every component at every SL-C and belong to no foundational requirement: security must not get in the way of essential functions, gaps may be closed by documented countermeasures, rights can be kept to the minimum, and the product comes from a secure development process. A CCSC that is not met holds the component down in every foundational requirement.

ccsc-1 =
    .title = Essential functions stay available
    .question = Do the security functions of this component (log-on, lockout, encryption, logging, updates) leave its essential functions running, such as control, protection and operator view, even when a security function fails or is triggered?
    .guidance =
        Applies to every component at every SL-C; it has no foundational requirement of its own.
        Look at: what happens to control and I/O when an account locks out, a certificate expires, the audit log is full or an update is being installed.
        Met when: the supplier documents that security functions cannot stop or slow the essential functions, and type tests or your own tests show it.
        Compensating: an operating procedure that keeps such security functions switched off where they would harm an essential function, with the risk recorded.
        Weak spots: lockout of the only operator account, CPU load from encryption on small controllers, reboots forced by updates, watchdogs tripped by a scan.
    .evidence =
        Section of the security manual on essential functions
        Test report showing control continues during lockout or full audit storage
        Supplier statement listing the functions that never depend on security functions

ccsc-2 =
    .title = Compensating countermeasures documented
    .question = Where this component cannot meet a requirement by itself, does the product supplier name the countermeasures that close the gap, such as a firewall in front of it or a locked cabinet?
    .guidance =
        Applies to every component at every SL-C; it has no foundational requirement of its own.
        Look at: the security manual's list of requirements the product does not meet and what the supplier recommends for each.
        Met when: every gap is named with a concrete countermeasure outside the component, so that an integrator can plan it and you can record it here as compensated.
        Compensating: your own documented countermeasures, agreed with the supplier, where the manual is silent.
        Weak spots: a manual that only says "operate in a protected network", countermeasures that need products the plant does not have.
    .evidence =
        Security manual chapter on the intended environment and countermeasures
        Supplier's compliance statement against IEC 62443-4-2 with the gaps marked
        Your countermeasure records referring to that chapter

ccsc-3 =
    .title = Least privilege enforced
    .question = Can this component be set up so that each user, program and device gets only the rights it needs, for example a viewer who cannot change set-points, and no one needs a full administrator account for daily work?
    .guidance =
        Applies to every component at every SL-C; it has no foundational requirement of its own.
        Look at: the roles and permissions the product offers, how fine they are, and which accounts ship with full rights.
        Met when: rights can be split finely enough that every task can be done with only the permissions it needs, across all interfaces of the component.
        Compensating: a gateway or jump host that limits what can be sent to the component, where the product knows only one level of access.
        Weak spots: only "admin" and "none", services that run with system rights, a maintenance interface that bypasses the roles.
    .evidence =
        Role and permission list from the security manual
        Screenshot of the user administration page with a restricted role
        List of the product's service accounts and their rights

ccsc-4 =
    .title = Developed under a 62443-4-1 process
    .question = Was this component developed and is it maintained under a secure development process that meets IEC 62443-4-1, and can the product supplier show it?
    .guidance =
        Applies to every component at every SL-C; it has no foundational requirement of its own.
        Look at: a 62443-4-1 certificate of the supplier's development process, its scope (which product lines and sites), and whether this product and version fall under it.
        Met when: the product was built and is patched under a process assessed against 62443-4-1, for example an ISASecure SDLA or IECEE certificate that covers it.
        Compensating: hard to compensate; at most, a supplier's documented process with security updates, vulnerability handling and an SBOM, and your extra testing.
        Weak spots: a certificate for another business unit, old product versions from before the process, third-party parts with no update path.
    .evidence =
        Certificate of the development process and its scope
        Supplier's vulnerability handling policy and security advisories page
        SBOM of the product version in use

## FR 1 Identification and authentication control (IAC)

fr-1 =
    .title = Identification and authentication control (IAC)
    .description = What the component offers to know who and what is talking to it: log-on for people, identities for programs and devices, management of accounts, passwords, keys and certificates, and limits on guessing.

cr-1-1 =
    .title = Identify and authenticate human users
    .question = Does every interface of this component where a person can work with it (local panel, web page, engineering tool, console port) ask who the person is and check it before access is given?
    .guidance =
        Look at: all human access paths of the product: front panel, display, web server, engineering software connection, serial and USB console, maintenance port.
        Met when: each of these paths can require identification and authentication, and the supplier lists any path that cannot.
        Compensating: a locked cabinet or key switch for a local panel without log-on; a jump host that authenticates in front of a web page without one.
        Weak spots: engineering protocol access without any password, a hidden service port, a display that allows changes without log-on.
        Ask also: can operators still act in an emergency without log-on where the plant needs this?
    .evidence =
        Security manual list of interfaces and how each authenticates
        Screenshot of the log-on page or prompt
        Test record of an access attempt without credentials

cr-1-1-re-1 =
    .title = Unique identity per human user
    .question = Can this component give every person a personal account, so that each action it records can be traced to one named individual rather than a shared "admin" or "operator" login?
    .guidance =
        Look at: how many user accounts the product can hold, whether names are free to choose, and whether it can use a central directory instead.
        Met when: each person can have a unique identity on every human interface, either stored locally or through a directory such as LDAP or Active Directory.
        Compensating: a jump host or access gateway with personal accounts that is the only way to reach a device limited to one shared login.
        Weak spots: a fixed set of accounts per role, one maintenance password for all units, a directory link that only works for some interfaces.
    .evidence =
        Security manual section on user accounts
        Screenshot of the user list with personal accounts
        Directory integration settings

cr-1-1-re-2 =
    .title = Multifactor authentication on every interface
    .question = Can this component require a second factor, such as a token, smart card or one-time code, for every person logging on to it, on every interface?
    .guidance =
        Look at: which factors the product supports itself, whether it can hand log-on to a directory or identity service that enforces a second factor, and which interfaces are left out.
        Met when: multifactor authentication can be enforced for all human access, local and remote, on every interface.
        Compensating: access only through a jump host that enforces two factors, with all other paths to the component blocked.
        Weak spots: a second factor on the web page but not on the engineering protocol or the console, a local fallback account without it.
    .evidence =
        Configuration of the multifactor or directory log-on
        List of interfaces with the factors each supports
        Test record of a log-on refused without the second factor

cr-1-2 =
    .title = Identify and authenticate processes and devices
    .question = When other software or devices connect to this component, for example an HMI reading tags or a PLC talking to another, can the component check their identity before it accepts their requests?
    .guidance =
        Look at: the communication protocols the product offers and which of them carry authentication: OPC UA with application certificates, CIP Security, TLS with client certificates, service accounts.
        Met when: every interface used by programs or devices can identify and authenticate the peer; protocols that cannot are listed and can be switched off.
        Compensating: network allow-listing so that only known peers can reach the interfaces that do not authenticate.
        Weak spots: Modbus TCP, S7 or other legacy protocols left on by default, anonymous OPC UA access, shared keys.
    .evidence =
        Protocol list from the security manual with the authentication of each
        Configuration of the authenticated protocol
        Screenshot of a rejected connection from an unknown peer

cr-1-2-re-1 =
    .title = Unique identity per process and device
    .question = Can each program or device that connects to this component be given its own identity, such as its own certificate or account, so that one can be blocked without affecting the others?
    .guidance =
        Look at: whether the product trusts peers one by one (a list of trusted certificates or accounts) or by one shared secret.
        Met when: each connecting program and device is identified and authenticated individually on every interface that carries machine-to-machine traffic.
        Compensating: separate network segments with per-peer allow-lists where one shared key cannot be avoided.
        Weak spots: one pre-shared key for all peers, a default certificate shipped identical in every unit, "trust all" settings.
    .evidence =
        Trust list or peer list configuration
        Certificate of the device, showing it is unique to the unit
        Record of one peer revoked without affecting the others

cr-1-3 =
    .title = Account management support
    .question = Can authorised people create, enable, change, disable and remove accounts on this component, either on the component itself or through a central account system?
    .guidance =
        Look at: the account functions of the product and whether it can use a central directory; default and built-in accounts.
        Met when: all accounts, including built-in ones, can be managed by authorised users, and disabling or removing an account takes effect on all interfaces.
        Compensating: a documented procedure and a jump host for devices whose accounts can only be changed with a vendor tool.
        Weak spots: built-in accounts that cannot be disabled, hard-coded service accounts, accounts that remain valid on one interface after removal.
    .evidence =
        Screenshot of the account management page
        Security manual list of built-in accounts and how to disable them
        Test record of a removed account refused on every interface

cr-1-4 =
    .title = Identifier management support
    .question = Can this component manage the identifiers it uses, for users, groups, roles and connected systems, so that a name is not reused for someone else and each identity is clear?
    .guidance =
        Look at: how user names, group and role names and identifiers of connected systems are set, changed and retired in the product or in the directory it uses.
        Met when: identifiers can be managed by user, group, role or interface, and the supplier documents how.
        Compensating: a directory that holds all identifiers, with the component taking them from it.
        Weak spots: fixed user names, identifiers reused after an account is removed, role names that cannot be told apart in logs.
    .evidence =
        Security manual section on identifiers
        Screenshot of the user, group and role settings

cr-1-5 =
    .title = Authenticator (credential) management
    .question = Can the passwords, keys and certificates of this component be set at first use, changed later, and are they protected where the component stores or sends them?
    .guidance =
        Look at: how default passwords and keys are replaced at commissioning, how often they can be changed, and how they are stored (hashed, encrypted) and sent.
        Met when: all default credentials can be changed at installation, credentials can be renewed, and they are never readable in storage or on the wire.
        Compensating: a commissioning checklist that forces the change of defaults, where the product does not force it itself.
        Weak spots: hard-coded passwords, default keys shared by every unit, passwords stored in plain text in configuration files or backups.
    .evidence =
        Security manual section on default credentials and how to change them
        Commissioning record showing defaults were changed
        Supplier statement on how credentials are stored

cr-1-5-re-1 =
    .title = Hardware-protected authenticators
    .question = Does this component keep its passwords, keys and other secrets in protected hardware, such as a TPM or secure element, so that they cannot be read out even with the unit in hand?
    .guidance =
        Look at: whether the product has a TPM, secure element or hardware security module, and which secrets it actually keeps there.
        Met when: the credentials the component holds are stored and used in hardware designed to resist extraction.
        Compensating: physical protection of the unit (locked cabinet, seals) where the product has no secure hardware; weaker, record it as such.
        Weak spots: a TPM fitted but not used, keys kept in flash that can be read over a debug port.
    .evidence =
        Data sheet naming the secure element or TPM
        Security manual section on key storage
        Certificate test report covering key protection

ndr-1-6 =
    .title = Authenticate wireless users
    .question = For this network device's wireless interface, does it identify and authenticate every person, program and device that connects over the radio link?
    .guidance =
        This is the network device version of CR 1.6 (wireless access management); it is asked only of network devices.
        Look at: the wireless modes supported (WPA2/WPA3-Enterprise with 802.1X, pre-shared key, open) and which are on by default.
        Met when: every wireless client has to authenticate before it is admitted; open modes can be switched off.
        Not applicable: the device has no wireless interface at all.
        Weak spots: an open setup hotspot, WPS, a pre-shared key printed on the label.
    .evidence =
        Wireless security settings of the device
        Security manual section on wireless

ndr-1-6-re-1 =
    .title = Unique identity per wireless user
    .question = Can this network device tell every wireless client apart, so that each person, program or device has its own credential on the radio link rather than one shared key?
    .guidance =
        This is an enhancement of the network device version of CR 1.6.
        Look at: 802.1X with personal credentials or per-device certificates against a RADIUS server, versus a pre-shared key.
        Met when: each wireless user is uniquely identified and authenticated, so one can be locked out alone.
        Compensating: per-device pre-shared keys where the device supports them, documented device by device.
        Weak spots: one key for all clients, guest networks bridged to the control network.
    .evidence =
        802.1X or RADIUS configuration
        List of wireless clients with their own credentials

cr-1-7 =
    .title = Configurable password strength
    .question = Where this component uses passwords, can you set rules for their minimum length and the mix of character types, and does it enforce them?
    .guidance =
        Look at: the password policy settings of the product or of the directory it uses, and whether every interface applies them.
        Met when: a minimum length and character variety can be configured and passwords that break the rules are refused.
        Compensating: passwords managed only through a directory with an enforced policy, with local passwords switched off.
        Not applicable: the component uses no passwords at all, for example only certificates; say so in the reason.
        Weak spots: short fixed maximum lengths, rules that apply on the web page but not on the console, PINs on a front panel.
    .evidence =
        Screenshot of the password policy settings
        Test record of a weak password refused

cr-1-7-re-1 =
    .title = Password reuse and lifetime limits for people
    .question = For people's passwords, can this component stop them from reusing recent passwords and set a minimum and maximum password age?
    .guidance =
        Look at: password history and password age settings of the product or of the directory it relies on.
        Met when: reuse of a configurable number of previous passwords is refused and minimum and maximum lifetimes can be set for human users.
        Compensating: a directory that enforces history and age, with local accounts disabled.
        Weak spots: history that can be bypassed by changing the password several times in a row, a lifetime setting that only warns.
    .evidence =
        Screenshot of the history and age settings
        Test record of a reused password refused

cr-1-7-re-2 =
    .title = Password lifetime limits for every user type
    .question = Can this component also set password lifetimes for the accounts used by programs and devices, not only for people?
    .guidance =
        Look at: service and device accounts with passwords, and whether their lifetime can be limited and their renewal handled without stopping the process.
        Met when: lifetime limits can be set for all users: people, software processes and devices.
        Compensating: a documented renewal schedule for service passwords carried out by the integrator, with a record.
        Weak spots: service passwords that never expire because a change would stop communication.
    .evidence =
        Configuration of lifetime limits for service accounts
        Record of a renewed service password

cr-1-8 =
    .title = PKI certificate support
    .question = Where this component uses certificates, can it work with the plant's or the supplier's public key infrastructure, taking certificates issued by it, renewing them and checking revocation?
    .guidance =
        Look at: certificate enrolment (manual import, SCEP, EST, GDS for OPC UA), renewal, trust list and revocation list handling.
        Met when: the component can use certificates from an external PKI as that PKI is run at system level, not only self-signed ones.
        Compensating: manual import and renewal of certificates by a documented procedure, with expiry dates tracked.
        Not applicable: the component uses no public-key technology at all; say so in the reason.
        Weak spots: only self-signed certificates, no way to load a revocation list, certificates valid for decades.
    .evidence =
        Certificate management page of the component
        Security manual section on PKI integration

cr-1-9 =
    .title = Sound public-key authentication
    .question = When this component authenticates with certificates, does it check them properly: signature and chain up to a trusted root, validity dates, revocation, and that the peer holds the private key?
    .guidance =
        Look at: which checks the product makes on a certificate it receives, how it maps a certificate to a user or device, and which algorithms and key sizes it accepts.
        Met when: certificates are fully validated, the private key is proven, the identity is mapped to a user, and only current algorithms are used.
        Compensating: a gateway that terminates the connection and does the checks, where the product accepts any certificate.
        Weak spots: "accept all certificates" switched on for commissioning and never off, expired certificates accepted, SHA-1 or short RSA keys.
    .evidence =
        Security manual section on certificate validation
        Test record of an expired or untrusted certificate refused
        List of supported algorithms and key sizes

cr-1-9-re-1 =
    .title = Hardware-protected private keys
    .question = Does this component keep the private keys it uses for authentication in protected hardware, such as a TPM or secure element, so that they cannot be copied?
    .guidance =
        Look at: where the device's private keys are generated and stored, and whether they can ever be exported.
        Met when: private keys are held and used in hardware that resists extraction.
        Compensating: physical protection of the unit and short certificate lifetimes; weaker, record it as such.
        Weak spots: keys generated in software and only stored in the TPM afterwards, backups that contain the private key.
    .evidence =
        Data sheet naming the secure element or TPM
        Security manual section on key storage

cr-1-10 =
    .title = Obscured authentication feedback
    .question = While someone logs on to this component, does it hide what they type, for example show dots instead of the password, on every interface?
    .guidance =
        Look at: password entry on the web page, the local display, the engineering tool and the console.
        Met when: the secret is never shown in clear during entry on any interface, and error messages do not tell whether the user name or the password was wrong.
        Compensating: hard to compensate; a screen position that cannot be seen by others helps little.
        Weak spots: front panels that echo PIN digits, console prompts that echo, "unknown user" messages.
    .evidence =
        Screenshots of the log-on prompts
        Test record of a failed log-on message

cr-1-11 =
    .title = Limit on failed login attempts
    .question = Does this component limit how many wrong passwords can be tried in a row, then lock the account for a time or until an administrator releases it?
    .guidance =
        Look at: the lockout settings (number of attempts, time window, lockout time) and which interfaces apply them.
        Met when: the number of failed attempts and the lockout behaviour can be configured, on all interfaces.
        Compensating: a gateway or jump host in front of the component that blocks repeated failed log-ons.
        Weak spots: no limit on the engineering protocol or the console, lockouts that can lock out the only operator account.
        Ask also: can critical accounts be exempted where a lockout would harm operation?
    .evidence =
        Screenshot of the lockout settings
        Audit log entries of a lockout during a test

cr-1-12 =
    .title = Notice shown before login
    .question = Can this component show a configurable notice before log-on, for example that access is restricted to authorised persons and is logged?
    .guidance =
        Look at: a banner or message on the log-on page, the console and the local display, and who may change its text.
        Met when: a notice can be shown before authentication on human interfaces, and authorised people can set its text.
        Compensating: a label or sign on the device and at the workstation; weaker, record it as such.
        Weak spots: a banner on the web page only, text fixed by the vendor.
    .evidence =
        Screenshot of the log-on page with the notice
        Setting where the text is configured

ndr-1-13 =
    .title = Monitor and control untrusted-network access
    .question = Can this network device watch and control every way of reaching it from an untrusted network, such as its management interface over the office network or the internet?
    .guidance =
        This is the network device version of CR 1.13 (access via untrusted networks); it is asked only of network devices.
        Look at: which management and remote access services the device offers, on which ports, and whether access to them can be limited and logged.
        Met when: every access method from untrusted networks can be restricted (by source, interface or service) and is recorded.
        Compensating: management reachable only from a separate management network, with that separation documented.
        Weak spots: management services enabled on all ports by default, cloud management turned on out of the box.
    .evidence =
        Management access settings (allowed sources, services)
        Log entries of remote management access

ndr-1-13-re-1 =
    .title = Untrusted-network access only with explicit approval
    .question = Can this network device refuse any access from an untrusted network unless a person in an assigned role has explicitly approved it?
    .guidance =
        This is an enhancement of the network device version of CR 1.13.
        Look at: whether remote access is off until switched on, and whether switching it on needs a defined role, for a limited time.
        Met when: access from untrusted networks is denied by default and allowed only after explicit approval by an assigned role.
        Compensating: a remote access gateway in front of the device with an approval step for each session.
        Weak spots: approval given once and never withdrawn, vendor access permanently open.
    .evidence =
        Setting that enables remote access and who may change it
        Log of an approved remote session

cr-1-14 =
    .title = Sound symmetric-key authentication
    .question = Where this component authenticates with shared secret keys, are those keys stored protected, reachable only by the functions that need them, and used with current algorithms?
    .guidance =
        Look at: protocols that rely on shared keys (pre-shared keys, symmetric MACs, some fieldbus and wireless security), how keys are loaded and where they are kept.
        Met when: mutual trust is set up with the shared key, the key is protected in storage and access to it is restricted, and the algorithms meet current practice.
        Compensating: short key lifetimes and a documented key change procedure; network separation for the links concerned.
        Not applicable: the component uses no shared-key authentication; say so in the reason.
        Weak spots: one key for a whole plant, keys readable in configuration exports, outdated algorithms such as DES or MD5.
    .evidence =
        Security manual section on key handling
        List of supported algorithms

cr-1-14-re-1 =
    .title = Hardware-protected symmetric keys
    .question = Does this component keep its shared secret keys in protected hardware, such as a TPM or secure element, so that they cannot be read out?
    .guidance =
        Look at: where shared keys are stored and processed, and whether they ever leave the secure hardware.
        Met when: symmetric keys are held and used in hardware that resists extraction.
        Compensating: physical protection of the unit and frequent key changes; weaker, record it as such.
        Not applicable: the component uses no shared-key authentication; say so in the reason.
        Weak spots: keys in ordinary flash, keys included in configuration backups.
    .evidence =
        Data sheet naming the secure element or TPM
        Security manual section on key storage

## FR 2 Use control (UC)

fr-2 =
    .title = Use control (UC)
    .description = What the component lets each authenticated user, program or device do, how it ends idle sessions and keeps mobile code and test ports in check, and the audit records it writes. CR 2.3 (portable and mobile devices) has no component requirement: it is checked at system level with IEC 62443-3-3.

cr-2-1 =
    .title = Enforce authorizations
    .question = Once a person is logged on to this component, does it allow only what their assigned rights permit, for example letting an operator acknowledge alarms but not change the program?
    .guidance =
        Look at: the permissions the product checks on each interface (web page, engineering protocol, display, console) and whether they can be tied to roles.
        Met when: every action through every human interface is checked against the rights given to that person, and duties can be separated.
        Compensating: a key switch or run/program switch on the device for changes the product cannot restrict per user, with a written procedure.
        Weak spots: rights checked on the web page but not on the engineering protocol, a read-only role that can still write over a second interface.
    .evidence =
        Permission matrix from the security manual
        Test record of a restricted action refused for a limited role

cr-2-1-re-1 =
    .title = Authorization for people, processes and devices
    .question = Does this component also limit what connected programs and devices may do, so that a reporting client can only read and cannot write values or download logic?
    .guidance =
        Look at: rights for service accounts, OPC UA users and roles, read-only and read-write access per connection, write protection settings.
        Met when: rights are enforced for every user, people, software processes and devices alike, on all interfaces.
        Compensating: a protocol-aware firewall in front of the component that lets through only read functions from the peers concerned.
        Weak spots: protocols that give every peer full write access, anonymous OPC UA sessions with write rights.
    .evidence =
        Configuration of rights for a service account or OPC UA client
        Test record of a write refused from a read-only peer

cr-2-1-re-2 =
    .title = Configurable role-to-permission mapping
    .question = Can an authorised person decide which permissions belong to which role on this component, and change that mapping later, rather than living with fixed roles set by the vendor?
    .guidance =
        Look at: whether roles can be created and edited, which permissions can be assigned, who may change the mapping, and whether changes are logged.
        Met when: an authorised user can map permissions to roles for all human users, and people receive rights through roles.
        Compensating: a directory that holds the role mapping and passes only suitable groups to the component, where the product's roles are fixed but fit.
        Weak spots: a few fixed vendor roles that do not match plant duties, role changes that anyone with admin rights can make unlogged.
    .evidence =
        Screenshot of the role editor
        Audit log entry of a role change

cr-2-1-re-3 =
    .title = Supervisor override
    .question = Can a supervisor or another chosen role lift a user's normal limits on this component by hand for a limited time, for example during a process upset, with every override recorded?
    .guidance =
        Look at: an override or elevation function in the product, how it is started, how long it lasts and how it ends, and what is logged.
        Met when: an override can be started manually by a defined role, ends after a configurable time or sequence of events, and is audited.
        Compensating: a sealed emergency account with a logbook and an alarm when used, reviewed after every use.
        Weak spots: overrides that never expire, an emergency password known to everyone, no log of who overrode what.
    .evidence =
        Override settings and time limit
        Audit log entries of an override during a test

cr-2-1-re-4 =
    .title = Two-person approval for critical actions
    .question = Can this component require a second authorised person to approve chosen high-impact actions, such as a program download or forcing an output, before the action runs?
    .guidance =
        Look at: whether the product has a dual approval or four-eyes function, which actions it can be applied to, and whether both people are authenticated.
        Met when: dual approval can be enforced for the actions the asset owner picks, and both approvers are recorded.
        Compensating: a permit-to-work with two signatures plus a physical key held by the second person.
        Weak spots: the second approval given from the same session, approvals that can be switched off by the first user.
    .evidence =
        Configuration of the dual approval function
        Audit log entries showing both approvers of an action

cr-2-2 =
    .title = Control and monitor wireless use
    .question = If this component has a wireless interface, can it be fitted into the plant's wireless control, so that wireless use can be allowed, restricted and watched according to the plant's rules?
    .guidance =
        Look at: the wireless interfaces of the product (Wi-Fi, Bluetooth, cellular, proprietary radio), whether each can be switched off, restricted and logged.
        Met when: the component supports authorisation, restrictions and monitoring of its wireless use, and any unused radio can be disabled.
        Compensating: the radio removed or disabled in hardware and the component treated as wired only.
        Not applicable: the component has no wireless interface at all.
        Weak spots: Bluetooth service access left on, a radio module that cannot be switched off, wireless that is not in the log.
    .evidence =
        Wireless settings of the component
        Security manual section on wireless interfaces

sar-2-4 =
    .title = Mobile code policy
    .question = If this software application runs code that arrives at run time, such as scripts, macros, browser content or downloaded screens, can it enforce rules on which mobile code may run, from where, and log its use?
    .guidance =
        This is the software application version of CR 2.4 (mobile code); it is asked only of software applications.
        Look at: what mobile code the application uses (JavaScript in web clients, VBA or Python scripts, plug-ins, .NET or Java code loaded at run time) and the settings that control it.
        Met when: the application can block mobile code, limit where it may come from and where it may go, and record its use.
        Compensating: operating system controls on the host (script policy, application allow-listing) that restrict the application's mobile code.
        Not applicable: the application uses no mobile code at all; say so in the reason.
        Weak spots: script engines enabled by default with no restriction, HMI screens that pull scripts from any file share.
    .evidence =
        Security manual section on scripts and plug-ins
        Configuration of the script or plug-in policy

sar-2-4-re-1 =
    .title = Check mobile code origin before it runs
    .question = Before this software application runs mobile code, does it check that the code is unchanged and comes from a trusted source, for example by verifying a signature?
    .guidance =
        This is an enhancement of the software application version of CR 2.4.
        Look at: code signing of scripts, plug-ins and downloaded content, and what happens when a signature is missing or wrong.
        Met when: mobile code runs only after its integrity and origin are verified; unsigned or altered code is refused.
        Compensating: scripts kept in a write-protected location that only a defined role can fill, checked by a hash list.
        Weak spots: a signature check that only warns, a trust setting of "any publisher".
    .evidence =
        Signature policy settings
        Test record of an unsigned script refused

edr-2-4 =
    .title = Mobile code policy
    .question = If this embedded device can run code loaded at run time, such as scripts, apps or active content in its web pages, can it enforce rules on which code may run, where it may come from, and log its use?
    .guidance =
        This is the embedded device version of CR 2.4 (mobile code); it is asked only of embedded devices.
        Look at: script engines, app containers and web page content of the device, and the settings that allow, limit or log them.
        Met when: the device can stop mobile code from running, require its origin to be authenticated, limit its transfer to and from the device, and record its use.
        Compensating: the device's script and app functions switched off, with the engineering workstation as the only source of changes.
        Not applicable: the device cannot take in or run mobile code at all; say so in the reason.
        Weak spots: script or app functions on by default, web pages of the device that load code from the internet.
    .evidence =
        Security manual section on scripts, apps and web content
        Configuration showing the mobile code settings

edr-2-4-re-1 =
    .title = Check mobile code origin before it runs
    .question = Before this embedded device runs mobile code, does it check that the code is unchanged and comes from a trusted source, for example by verifying a signature?
    .guidance =
        This is an enhancement of the embedded device version of CR 2.4.
        Look at: signature checks on scripts and apps loaded into the device, and what it does with unsigned code.
        Met when: the device runs mobile code only after verifying its integrity and authenticity.
        Compensating: loading of mobile code restricted to a defined role through an authenticated engineering path, with each load logged.
        Weak spots: a check that can be switched off by anyone, signatures that are checked only at install and not at start.
    .evidence =
        Security manual section on signed apps or scripts
        Test record of an unsigned app refused

hdr-2-4 =
    .title = Mobile code policy
    .question = Can this host device, such as a server or engineering PC, enforce rules on scripts, macros and other code that arrives at run time: which may run, from where, and is their use logged?
    .guidance =
        This is the host device version of CR 2.4 (mobile code); it is asked only of host devices.
        Look at: the operating system and browser settings for scripts, macros and active content (script execution policy, macro settings, application allow-listing) as the supplier delivers or documents them.
        Met when: the host can block mobile code, limit where it comes from and where it goes, and record its use.
        Compensating: a hardened image from the supplier with script engines and macros disabled, and no browser on the host.
        Weak spots: office macros enabled on an engineering PC, an unrestricted script policy, browsers used to download tools.
    .evidence =
        Hardening guide of the supplier with the script and macro settings
        Exported policy settings of the host

hdr-2-4-re-1 =
    .title = Check mobile code origin before it runs
    .question = Before this host device runs scripts or other mobile code, does it check that the code is unchanged and comes from a trusted source, for example by requiring signed scripts?
    .guidance =
        This is an enhancement of the host device version of CR 2.4.
        Look at: signed-script policies, allow-listing by publisher, and how unsigned code is handled.
        Met when: mobile code runs only after its integrity and authenticity have been verified.
        Compensating: application allow-listing by file hash for all scripts, maintained by a defined role.
        Weak spots: policies that users can bypass, exceptions for whole folders.
    .evidence =
        Signed-script or allow-listing policy settings
        Test record of an unsigned script refused

ndr-2-4 =
    .title = Mobile code policy
    .question = If this network device can run scripts or apps, or serves active content in its management pages, can it enforce rules on which code may run, where it may come from, and log its use?
    .guidance =
        This is the network device version of CR 2.4 (mobile code); it is asked only of network devices.
        Look at: on-box scripting, hosted apps or containers, and the code in the web management interface.
        Met when: the device can block mobile code, require its origin to be authenticated, limit its transfer, and record its use.
        Compensating: scripting and app hosting switched off and management only through the command line from a management network.
        Not applicable: the device cannot take in or run mobile code at all; say so in the reason.
        Weak spots: app hosting enabled by default, scripts loaded from an unauthenticated file server.
    .evidence =
        Security manual section on scripting and app hosting
        Configuration showing the mobile code settings

ndr-2-4-re-1 =
    .title = Check mobile code origin before it runs
    .question = Before this network device runs a script or app, does it check that the code is unchanged and comes from a trusted source, for example by verifying a signature?
    .guidance =
        This is an enhancement of the network device version of CR 2.4.
        Look at: signature checks on scripts and hosted apps, and what the device does with unsigned ones.
        Met when: mobile code runs only after its integrity and authenticity have been verified.
        Compensating: loading of scripts restricted to a defined role, each load logged and checked against a hash list.
        Weak spots: signature checking that can be turned off without a log entry.
    .evidence =
        Security manual section on signed scripts or apps
        Test record of an unsigned app refused

cr-2-5 =
    .title = Session lock after inactivity
    .question = Can this component lock a session after a set time without activity, or when the user chooses, so that the next person must log on again before doing anything?
    .guidance =
        Look at: lock or log-off timers on the display, web page, engineering connection and console, whether the time is configurable, and whether the user can lock by hand.
        Met when: sessions lock after a configurable idle time or on request and stay locked until the user authenticates again.
        Compensating: a staffed control room with badge access for operator screens that must stay open, with the process view left visible.
        Weak spots: timers that cannot be set, a lock that still allows changes through another window, engineering connections that never time out.
        Ask also: can the lock be set so that operators keep the process view where the plant needs it?
    .evidence =
        Screenshot of the session timeout settings
        Test record of a locked session after idle time

cr-2-6 =
    .title = Terminate remote sessions
    .question = Does this component end a remote session, such as a web, remote desktop or engineering connection, after a set time without activity, and can the user end it by hand?
    .guidance =
        Look at: idle timeouts for remote connections and a visible log-off function on each remote interface.
        Met when: remote sessions end automatically after a configurable idle time and can be ended by the user who started them.
        Compensating: a remote access gateway in front of the component that ends idle sessions.
        Weak spots: sessions that survive a closed browser, engineering connections that stay open for days.
    .evidence =
        Remote session timeout settings
        Log entries showing a session ended after idle time

cr-2-7 =
    .title = Limit concurrent sessions
    .question = Can this component limit how many sessions the same user can have open at once on each interface, for example only one engineering connection per account?
    .guidance =
        Look at: a setting for the number of simultaneous sessions per user and interface, and what happens when the limit is reached.
        Met when: the number of concurrent sessions per user and interface can be configured and is enforced.
        Compensating: a gateway or jump host that allows one session per user towards the component.
        Weak spots: limits on the web page only, one shared account used from several places at once.
    .evidence =
        Concurrent session settings
        Test record of a second session refused

cr-2-8 =
    .title = Generate audit records
    .question = Does this component write audit records for security-relevant events, such as log-ons, failed access, configuration and program changes, backup and restore, and changes to the log itself?
    .guidance =
        Look at: the list of events the product logs, the fields of each record (time, source, category, type, event id, result), and how records leave the device (syslog, file, API).
        Met when: records are written for access control, request errors, control system events, backup and restore, configuration changes and audit log events, each with the fields above.
        Compensating: a network monitoring system that records the engineering traffic to the component, where the product logs little.
        Weak spots: logs kept only in volatile memory, records without the user name, program downloads not logged.
    .evidence =
        List of logged event types from the security manual
        Sample of audit records exported from the component

cr-2-9 =
    .title = Audit storage allocation
    .question = Does this component set aside enough room to keep its audit records, and does it have ways to avoid running out, such as forwarding records to a central log server?
    .guidance =
        Look at: the size of the local log, how many records it holds, whether records can be sent on (syslog, SIEM interface) and what happens when it fills.
        Met when: storage for audit records can be sized by good log management practice and the product helps to avoid exceeding it.
        Compensating: forwarding every record to a central log server with enough capacity.
        Weak spots: a log of a few hundred entries that overwrites itself within hours, forwarding that loses records when the link is down.
    .evidence =
        Log storage settings and capacity
        Syslog or SIEM forwarding configuration

cr-2-9-re-1 =
    .title = Warning at audit storage threshold
    .question = Does this component warn, for example with an alarm or message, when its audit storage fills up to a level you can set?
    .guidance =
        Look at: a threshold setting for the audit storage and where the warning appears (alarm, event, syslog, display).
        Met when: a warning is issued when the allocated audit storage reaches a configurable threshold.
        Compensating: the central log server monitors whether records still arrive from the component and alarms when they stop.
        Weak spots: a fixed threshold at 100 percent, a warning that only appears on a page nobody opens.
    .evidence =
        Threshold setting for the audit storage
        Record of a warning raised during a test

cr-2-10 =
    .title = Audit failures do not stop essential functions
    .question = If this component's audit logging fails or its log is full, does control carry on, and can you choose what happens to the log, such as overwriting the oldest records?
    .guidance =
        Look at: the behaviour on a full log or a logging failure, and the options the product offers (overwrite oldest, stop logging, alarm).
        Met when: essential functions continue when audit processing fails, and the response can be chosen among documented options.
        Compensating: hard to compensate; at most, forwarding to a central server and an alarm when records stop, so that the failure is seen.
        Weak spots: a device that stops or reboots when its log is full, silent loss of records.
    .evidence =
        Security manual section on audit failure behaviour
        Test record of a full log with control continuing

cr-2-11 =
    .title = Timestamped audit records
    .question = Do the audit records of this component carry a date and time, so that you can tell when each event happened?
    .guidance =
        Look at: the time fields of a sample of records, their resolution, and whether the time zone or UTC offset is clear.
        Met when: every audit record carries a timestamp with date and time.
        Compensating: a log server that stamps records on arrival, where the component sends them at once; weaker, record it as such.
        Weak spots: device clocks that reset to a default date after a power cut, times without time zone.
    .evidence =
        Sample of audit records showing the timestamps
        Clock settings of the component

cr-2-11-re-1 =
    .title = Timestamps synchronized to a system time source
    .question = Can this component set its clock from the plant's time source, such as NTP or PTP, so that its audit records line up with those of other systems?
    .guidance =
        Look at: the time synchronisation protocols the product supports, how many time servers can be set, and what happens when the source is lost.
        Met when: the timestamps of audit records come from a clock synchronised with a system-wide time source.
        Compensating: a regular, recorded check of the clock against the reference where the product cannot synchronise.
        Weak spots: synchronisation set up but the server unreachable, clocks that drift minutes a month.
    .evidence =
        Time synchronisation settings
        Status page showing the synchronised clock

cr-2-11-re-2 =
    .title = Detect tampering with time synchronization
    .question = Can this component protect its time source against unauthorised change, and does it record an audit event when the time or its source is altered?
    .guidance =
        Look at: authenticated time protocols (NTP with keys or NTS, PTP security), who may change time settings, and whether changes are logged.
        Met when: the time source is protected from unauthorised change and any change causes an audit event.
        Compensating: time taken from a protected source on a dedicated network, with an alarm on large time jumps in the log server.
        Weak spots: anyone on the network can answer as time server, manual clock changes not logged.
    .evidence =
        Authenticated time protocol settings
        Audit record of a time change

cr-2-12 =
    .title = Attribute actions to human users
    .question = Can this component show, from its records, which person carried out a given action, so that no one can later deny having done it?
    .guidance =
        Look at: whether each audit record names the individual user, and whether the records are protected against change.
        Met when: for each action by a person the component can determine who did it.
        Compensating: a jump host with personal accounts and session recording as the only path to the component.
        Weak spots: records that name only a role or a shared account, changes made by the engineering tool logged without the user.
    .evidence =
        Audit records of a change showing the person's name
        Security manual section on user attribution

cr-2-12-re-1 =
    .title = Attribute actions to every user type
    .question = Can this component also show which program or device carried out a given action, for example which client wrote a set-point, and not only which person?
    .guidance =
        Look at: whether records of actions by software processes and devices identify the peer (its certificate, account or address).
        Met when: the component can determine for every action which user took it, people, software processes and devices alike.
        Compensating: network monitoring that records which peer sent each write command to the component.
        Weak spots: writes from protocols without authentication that show only an address that can be spoofed.
    .evidence =
        Audit records showing the identity of a program or device
        Security manual section on logging of machine access

edr-2-13 =
    .title = Protect physical debug and test ports
    .question = Is this embedded device protected against the use of its physical factory diagnostic and test interfaces, such as JTAG or debug serial ports, by someone with the device in hand?
    .guidance =
        This is the embedded device version of CR 2.13 (physical diagnostic and test interfaces); it is asked only of embedded devices.
        Look at: debug and test interfaces on the board or housing, whether they are disabled in production units, locked with authentication or sealed.
        Met when: unauthorised use of these interfaces is prevented, and the supplier documents how.
        Compensating: a locked cabinet with tamper seals on the device, checked at each inspection.
        Weak spots: JTAG left open on production boards, a service connector behind a cover that gives a root shell.
    .evidence =
        Supplier statement on debug interfaces in production units
        Certificate test report covering physical interfaces

edr-2-13-re-1 =
    .title = Monitor and log debug-port access
    .question = Does this embedded device notice and report when someone uses its physical diagnostic or test interfaces, for example by raising an event in its audit log?
    .guidance =
        This is an enhancement of the embedded device version of CR 2.13.
        Look at: detection of a debug connection or opened housing, and where the event is reported.
        Met when: use of the physical diagnostic and test interfaces is actively monitored and reported.
        Compensating: a cabinet door contact wired to the alarm system, with the alarm reviewed.
        Weak spots: detection that only works while the device is running, events that stay on the device.
    .evidence =
        Security manual section on tamper and debug detection
        Audit record from a test connection to the interface

hdr-2-13 =
    .title = Protect physical debug and test ports
    .question = Is this host device, such as an industrial PC or server, protected against the use of its physical diagnostic and test interfaces, such as debug ports or management connectors, by someone with access to the hardware?
    .guidance =
        This is the host device version of CR 2.13 (physical diagnostic and test interfaces); it is asked only of host devices.
        Look at: service and debug connectors, out-of-band management ports, BIOS or firmware setup access, and how each is disabled or protected.
        Met when: unauthorised use of the diagnostic and test interfaces is prevented, for example by disabling them or requiring authentication.
        Compensating: the host in a locked rack with tamper seals, and firmware setup protected by password.
        Weak spots: out-of-band management with default credentials, boot from USB allowed, firmware setup without password.
    .evidence =
        Hardening guide section on service ports and firmware setup
        Settings showing the interfaces disabled or protected

hdr-2-13-re-1 =
    .title = Monitor and log debug-port access
    .question = Does this host device notice and report when someone uses its physical diagnostic or test interfaces, such as a service port or a chassis opening?
    .guidance =
        This is an enhancement of the host device version of CR 2.13.
        Look at: chassis intrusion detection, logging of out-of-band management and service port use, and where the events go.
        Met when: use of the physical diagnostic and test interfaces is actively monitored and reported.
        Compensating: rack door contacts wired to the alarm system, with the alarm reviewed.
        Weak spots: intrusion detection switched off in firmware, events that nobody collects.
    .evidence =
        Firmware or management settings for intrusion detection
        Event record from a test use of the interface

ndr-2-13 =
    .title = Protect physical debug and test ports
    .question = Is this network device protected against the use of its physical factory diagnostic and test interfaces, such as debug serial or JTAG ports, by someone with the device in hand?
    .guidance =
        This is the network device version of CR 2.13 (physical diagnostic and test interfaces); it is asked only of network devices.
        Look at: debug and test interfaces on the board or housing, and whether they are disabled, authenticated or sealed in production units. The ordinary management console port is covered by CR 1.1.
        Met when: unauthorised use of these interfaces is prevented, and the supplier documents how.
        Compensating: the device in a locked cabinet with tamper seals, checked at each inspection.
        Weak spots: a boot loader prompt on the console that bypasses log-on, factory test modes reachable by a button.
    .evidence =
        Supplier statement on debug interfaces in production units
        Certificate test report covering physical interfaces

ndr-2-13-re-1 =
    .title = Monitor and log debug-port access
    .question = Does this network device notice and report when someone uses its physical diagnostic or test interfaces, for example by raising an event or a syslog message?
    .guidance =
        This is an enhancement of the network device version of CR 2.13.
        Look at: detection of debug or test interface use, and whether the event is logged and sent on.
        Met when: use of the physical diagnostic and test interfaces is actively monitored and reported.
        Compensating: a cabinet door contact wired to the alarm system, with the alarm reviewed.
        Weak spots: events kept only locally, detection that the boot loader bypasses.
    .evidence =
        Security manual section on tamper and debug detection
        Syslog record from a test use of the interface

## FR 3 System integrity (SI)

fr-3 =
    .title = System integrity (SI)
    .description = What the component can do to keep its messages, software, firmware and data from being changed without permission, and to behave predictably when it is attacked or fed bad input. Malware protection, updates, tamper protection, roots of trust and secure boot come in versions for each type of component.

cr-3-1 =
    .title = Communication integrity
    .question = Can this component protect the messages it sends and receives so that a change made on the way is detected, on every interface it offers (fieldbus, Ethernet protocols, web, engineering access)?
    .guidance =
        Look at: the security manual's list of interfaces and protocols, and for each one what protects the content on the wire (checksums, sequence numbers, message authentication codes, TLS).
        Met when: each interface the product offers can detect altered messages, at least by a protocol mechanism, and the manual says how to switch it on where it is optional.
        Compensating: the product documentation names a network measure for interfaces without integrity protection (e.g. a VPN device in front), and the plant applies it.
        Weak spots: an old protocol kept for compatibility that has no protection, integrity switched off by default, a serial or radio interface left out of the manual.
    .evidence =
        Interface and protocol list from the security manual
        Configuration screen showing the integrity or security mode per interface
        Certificate or test report covering communication integrity

cr-3-1-re-1 =
    .title = Authenticity of received messages
    .question = Can this component check by cryptography that a message really comes from the expected sender and was not altered, and reject it when the check fails?
    .guidance =
        Look at: the protocols with cryptographic protection the product supports (OPC UA Sign, TLS, CIP Security, SNMPv3, signed messages) and how peers and keys are set up.
        Met when: the product verifies a signature or message authentication code on received traffic, rejects messages that fail, and can record the rejection.
        Compensating: an encrypting tunnel device in front of the product that authenticates the traffic, documented by the supplier as the intended set-up.
        Weak spots: authentication that only covers log-on and not the data that follows, certificate checks that accept any certificate, a fallback to unprotected mode.
        Ask also: what happens when a message fails the check, and does the product keep working?
    .evidence =
        Security manual section on authenticated communication
        Configuration of the secured protocol with the certificate or key settings
        Test report showing that tampered or forged messages are rejected

sar-3-2 =
    .title = Malicious code protection
    .question = Can this software run alongside the malware protection of the host it is installed on (antivirus or application allow-listing), and does the supplier say which products and settings are approved?
    .guidance =
        The software application version of CR 3.2.
        Look at: the supplier's compatibility list for antivirus and allow-listing products, the folders and processes to exclude, and whether the software itself checks the files it loads.
        Met when: the software works with common malware protection on its host, the supplier documents approved products and exclusions, and the exclusions are as narrow as possible.
        Compensating: a documented lock-down of the host (kiosk mode, allow-listing) when the supplier does not approve any scanner.
        Weak spots: a supplier who demands that protection is switched off, whole program and data drives excluded, compatibility lists years out of date.
    .evidence =
        Supplier compatibility statement for malware protection products
        List of required exclusions from the installation manual
        Test report of the software running with protection active

edr-3-2 =
    .title = Malicious code protection
    .question = Can this embedded device stop unauthorised code from being loaded onto it and run, for example by accepting only signed firmware and applications from its supplier?
    .guidance =
        The embedded device version of CR 3.2.
        Look at: how firmware, applications and logic get onto the device, whether the device checks a signature or allow-list before running them, and what happens to unsigned code.
        Met when: the device refuses firmware or executable code that is not approved, and the control logic download is limited to authorised engineering access.
        Compensating: the device cannot be reached for downloads except from a dedicated engineering station behind a boundary device, and a key switch or write protection is kept in RUN.
        Weak spots: a debug or service port that loads any image, signature checks that can be switched off, apps from a store the owner cannot control.
    .evidence =
        Security manual section on firmware and code signing
        Screenshot or test showing an unsigned image being refused
        Certificate or test report covering code integrity

hdr-3-2 =
    .title = Malicious code protection
    .question = Does this host device support malware protection such as an antivirus scanner or application allow-listing, approved by the supplier for the installed control software?
    .guidance =
        The host device version of CR 3.2.
        Look at: the protection delivered with or approved for the host (scanner, allow-listing, endpoint protection), its settings, and how signatures or lists are kept current.
        Met when: the host can run protection that detects or blocks malicious code and reports it, with supplier approval for the product and its exclusions.
        Compensating: application allow-listing or a hardened image where a scanner is not approved.
        Weak spots: protection that the supplier allows only switched off, no way to update signatures without internet access, wide exclusions.
    .evidence =
        Supplier approval list for malware protection on the host
        Screenshot of the protection status on the host
        Hardening guide section on malware protection

hdr-3-2-re-1 =
    .title = Report the version of malware protection
    .question = Can this host device report which malware protection version and signature or allow-list version is in use, so that a console or an administrator can check it is current?
    .guidance =
        Look at: where the host shows the engine and signature version, and whether it can pass them on to a management console, a log or a monitoring tool.
        Met when: the current versions can be read locally and by a tool, with the date of the last update.
        Compensating: a scripted collection of the version information that the supplier documents.
        Weak spots: version shown only in a local pop-up, no date of the last update, a console that shows stale data.
    .evidence =
        Screenshot showing engine and signature versions
        Console or log entry with the version reported by the host

# Doubt (not checked against the standard's wording): NDR 3.2 is read as the device protecting itself against unauthorised code, plus checks of passing traffic only where its role is filtering.
ndr-3-2 =
    .title = Malicious code protection
    .question = Can this network device protect itself against unauthorised code, and where it is meant to filter traffic, can it detect or block malicious content passing through it?
    .guidance =
        The network device version of CR 3.2.
        Look at: how firmware and add-on packages are accepted (signatures), and for firewalls and gateways, any inspection of traffic or files for malicious content.
        Met when: the device refuses unapproved firmware and code, and the malware checks the supplier describes for its role work and can be updated.
        Compensating: a separate inspection device at the same boundary, documented in the system design.
        Weak spots: inspection features that need a licence nobody bought, signature updates that need a direct internet link, unsigned add-on modules.
    .evidence =
        Security manual section on firmware integrity and traffic inspection
        Configuration screen of the inspection feature and its update state

cr-3-3 =
    .title = Security functionality verification
    .question = Can the security functions of this component be tested to show they work as intended, for example during factory and site acceptance tests or at maintenance, and does the supplier describe how?
    .guidance =
        Look at: test procedures or test modes the supplier provides for log-on, access rights, logging, firewall rules and other security functions.
        Met when: each security function can be checked with a documented method, and the check does not need the component to be taken apart or changed.
        Compensating: a supplier test report for the same version and configuration, plus a short check on site.
        Weak spots: functions that can only be verified by the supplier, tests described only for the first installation, no expected results given.
    .evidence =
        Supplier test procedure for the security functions
        Record of a FAT or SAT where the security functions were tested

cr-3-3-re-1 =
    .title = Security checks during normal operation
    .question = Can the security functions of this component be verified while it is running in production, without stopping it or disturbing the process?
    .guidance =
        Look at: self-tests, health indicators and status outputs of security functions (log service alive, protection active, certificates valid) that can be read during operation.
        Met when: the component checks or reports the state of its security functions during normal operation and signals a failure.
        Compensating: a redundant unit that can be tested while its partner runs, documented by the supplier.
        Weak spots: self-tests that only run at start-up, status visible only on a local display nobody looks at.
    .evidence =
        Description of the run-time self-test or health status
        Screenshot or alarm showing a failed security function

cr-3-4 =
    .title = Software and information integrity
    .question = Can this component detect when its software, firmware, configuration or other stored data has been changed without authorisation?
    .guidance =
        Look at: integrity checks on installed software and firmware, checksums or version comparison of configuration and logic, and what the component does when a check fails.
        Met when: the component checks the integrity of its software and important data, at start-up or on demand, and reports a mismatch.
        Compensating: the supplier's engineering tool compares the online program and configuration with a stored master, and the procedure says when to run it.
        Weak spots: checks only on firmware but not on logic and settings, results only visible to the supplier, checksums stored next to the data they protect.
    .evidence =
        Security manual section on integrity checks
        Example of a detected change (test record or event log)

cr-3-4-re-1 =
    .title = Authenticity of software and information
    .question = Beyond integrity, can this component check that its software and important data come from an authorised source, for example with digital signatures?
    .guidance =
        Look at: signed firmware, signed applications or packages, signed configuration or logic files, and who holds the signing keys.
        Met when: the component verifies a signature before it accepts or runs software and data that matter for its function, and refuses what fails.
        Compensating: a supplier-documented transfer path where files are checked for a signature on a trusted engineering station before they reach the component.
        Weak spots: signatures checked on firmware only, a test key shipped in production units, acceptance of expired or revoked signing certificates.
    .evidence =
        Security manual section on signed software and data
        Test record of an unsigned or altered file being refused

cr-3-4-re-2 =
    .title = Automated notification of integrity violations
    .question = When this component finds an integrity violation, can it tell someone automatically, for example with an event, alarm, syslog message or SNMP trap to a receiver you choose?
    .guidance =
        Look at: the events the component raises when an integrity check fails, and the interfaces that carry them (syslog, SNMP, OPC UA alarms, a console).
        Met when: a failed integrity check creates an automatic notification that can be sent to a configurable receiver.
        Compensating: a monitoring tool that polls the integrity status and raises the alarm, documented by the supplier.
        Weak spots: failures written only to a local log, notifications without the name of the affected file or module.
    .evidence =
        List of integrity events the component can send
        Configuration of the receiver and an example notification

cr-3-5 =
    .title = Input validation
    .question = Does this component check what it receives (values, commands, files, web and protocol inputs) for format, length and plausible range before acting on it, and reject bad input without crashing?
    .guidance =
        Look at: robustness or fuzz test results for the product's protocols and web pages, value limits the component enforces, and how it handles malformed packets.
        Met when: the component validates inputs on all its interfaces and stays in a defined state when it receives malformed or out-of-range data.
        Compensating: a protocol-aware filter in front of the component that only lets valid requests through, where the supplier names it as the intended set-up.
        Weak spots: web pages vulnerable to injection, buffer overruns found in earlier versions, limits checked only in the HMI and not in the device.
    .evidence =
        Robustness or fuzz test report, e.g. from a certification test
        Security manual section on input handling
        List of fixed input-related vulnerabilities in the supplier's advisories

cr-3-6 =
    .title = Deterministic output
    .question = If this component cannot keep up normal operation because of an attack, do its outputs go to a state that can be chosen in advance (off, hold last value, a set value)?
    .guidance =
        Look at: configurable fail states of outputs and communication values on CPU stop, loss of communication, watchdog timeout and overload.
        Met when: the output behaviour under failure is documented, can be set per output or group, and was confirmed by a test.
        Compensating: an independent hardwired or instrumented protection layer that brings the process to a safe state whatever this component does.
        Not applicable for a component that drives no outputs, e.g. a pure historian or a reporting tool; say so.
        Weak spots: output behaviour never tested under flooding, defaults that hold the last value without anyone having chosen that.
    .evidence =
        Manual section on fail states and substitute values
        Configuration screen of the output fail state
        Test record of communication loss or overload

cr-3-7 =
    .title = Error handling
    .question = When an error occurs, does this component give messages that help the user fix the problem without revealing details an attacker could use, such as file paths, software versions or memory contents?
    .guidance =
        Look at: error pages of the web interface, log-on failure messages, protocol error replies and crash outputs; findings of penetration tests on information disclosure.
        Met when: user-facing errors are plain and free of internal detail, and the full details go only to a protected log.
        Compensating: limiting who can reach the interface, e.g. web access only from a management network, where the supplier cannot change the messages.
        Weak spots: stack traces in web pages, banners showing exact versions, log-on messages that say whether the user name exists.
    .evidence =
        Screenshots of typical error messages
        Penetration test findings on information disclosure

cr-3-8 =
    .title = Session integrity
    .question = For its web interface, remote access or engineering connections, does this component protect sessions so that nobody can take over or slip into a session, and does it refuse invalid session identifiers?
    .guidance =
        Look at: every session-based interface of the product, how sessions are created and ended, how session identifiers are generated and carried (HTTPS only, secure cookie flags).
        Met when: session identifiers are random, bound to the authenticated user, carried only over protected links, replaced at log-on and made useless at log-off or timeout.
        Compensating: access to the interface only through a protected jump host, documented as the intended set-up.
        Not applicable for a component without session-based interfaces; list what was checked.
        Weak spots: web pages on plain HTTP, identifiers in the URL, sessions that survive log-off, engineering protocols with no session protection at all.
    .evidence =
        Security manual section on session handling
        Penetration test section on session management
        Browser check of cookie flags on the web interface

cr-3-9 =
    .title = Protection of audit information
    .question = Are the audit records of this component and the tools to read and manage them protected, so that only authorised users can read them and nobody can change or delete them unnoticed?
    .guidance =
        Look at: who may read, export, clear or configure the component's log, whether clearing is itself logged, and how log data is protected when it is sent off the device.
        Met when: access to audit records and log settings is limited to named roles, records cannot be altered, and deletion or overflow is recorded.
        Compensating: immediate forwarding of all records to a protected collector, documented by the supplier, for components with a weak local log.
        Weak spots: any logged-on user can clear the log, a small ring buffer that silently overwrites, syslog sent unprotected.
    .evidence =
        Role and permission table for log access
        Log settings including forwarding and overflow behaviour

cr-3-9-re-1 =
    .title = Audit records on write-once media
    .question = Can this component keep its audit records on hardware that cannot be rewritten once written, such as write-once memory or a WORM storage device?
    .guidance =
        Look at: the storage of the audit trail in the product: write-once memory, an attached WORM device, or a documented interface to external write-once storage.
        Met when: the product can store its audit records on hardware-enforced write-once media, so that no user or administrator can alter them.
        Compensating: records signed or hash-chained by the component and forwarded to an external immutable archive, described by the supplier.
        Weak spots: software-only immutability that an administrator can switch off, only part of the records reaching the write-once store.
    .evidence =
        Product documentation of the write-once storage option
        Configuration showing the audit records written to it

edr-3-10 =
    .title = Support for updates
    .question = Can this embedded device be updated and upgraded in the field (firmware, applications, security patches), and does the supplier describe a safe procedure for it?
    .guidance =
        The embedded device version of CR 3.10.
        Look at: the update tool and procedure, whether the device keeps its configuration and logic, how long it is out of service, and how a failed update is rolled back.
        Met when: the supplier provides updates and a documented way to install them in the field, without replacing hardware.
        Compensating: a documented replacement of the device with an updated spare, where the firmware cannot be changed in place.
        Weak spots: updates only by the supplier's service staff, updates that reset the configuration, no way back after a failed update.
    .evidence =
        Update procedure from the manual
        Supplier's list of released firmware versions and security fixes

edr-3-10-re-1 =
    .title = Update authenticity and integrity
    .question = Before this embedded device installs an update, does it check that the update is authentic and unchanged, for example with the supplier's signature, and refuse it otherwise?
    .guidance =
        Look at: signature checking of firmware and application packages on the device itself, the keys it uses, and what it does with an image that fails.
        Met when: the device verifies authenticity and integrity of every update before installing it and refuses one that fails.
        Compensating: verifying the signature or hash on the engineering station before transfer, documented by the supplier, where the device cannot check it itself.
        Weak spots: checks only in the update tool and not on the device, downgrade to an old vulnerable version allowed without authorisation.
    .evidence =
        Security manual section on signed updates
        Test record of a modified update being refused

hdr-3-10 =
    .title = Support for updates
    .question = Can this host device, its operating system and its installed control software be updated and patched in the field, with a procedure the supplier supports?
    .guidance =
        The host device version of CR 3.10.
        Look at: how operating system patches, drivers, firmware (BIOS or UEFI) and application updates are approved and installed, and whether updates work without internet access.
        Met when: the host and its software can be updated in the field through a documented and supplier-approved process.
        Compensating: a supplier-approved image of the whole host, tested and reinstalled as one piece.
        Weak spots: patch approval lagging months behind, BIOS never updated, updates that require a direct internet connection.
    .evidence =
        Supplier's patch approval list for the host
        Update procedure for operating system and application

hdr-3-10-re-1 =
    .title = Update authenticity and integrity
    .question = Before this host device installs an update, does it check the signature or another proof that the update is authentic and unchanged, and refuse it otherwise?
    .guidance =
        Look at: signature checks for operating system patches, application installers and firmware, and settings that would allow unsigned packages.
        Met when: every update is verified for authenticity and integrity before installation, and failures stop the installation.
        Compensating: hash comparison against the supplier's published values before installation, done and recorded by the administrator.
        Weak spots: unsigned installers or scripts from the supplier, signature checks switched off for convenience.
    .evidence =
        Settings enforcing signed packages or drivers
        Example of a verified update in the installation log

ndr-3-10 =
    .title = Support for updates
    .question = Can this network device be updated in the field (firmware, operating system, rule and signature packages), with a procedure that keeps its configuration?
    .guidance =
        The network device version of CR 3.10.
        Look at: the update procedure, what happens to the configuration and to traffic during the update, and how redundant pairs are updated one at a time.
        Met when: the device can be updated in the field in a documented way, without losing its configuration.
        Compensating: a swap with a prepared, updated spare, where updating in place is not possible.
        Weak spots: updates that need a reboot with the network down, no roll-back, end-of-life devices that receive no updates.
    .evidence =
        Update procedure from the manual
        Supplier's firmware release notes with security fixes

ndr-3-10-re-1 =
    .title = Update authenticity and integrity
    .question = Before this network device installs a firmware or package update, does it verify that the update is authentic and unchanged, and refuse it otherwise?
    .guidance =
        Look at: signature checks of firmware images and add-on packages on the device, the keys used, and the handling of images that fail.
        Met when: the device verifies every update before installing it and refuses updates that fail the check.
        Compensating: hash check against the supplier's published value before upload, recorded by the administrator.
        Weak spots: images accepted through a boot loader without checks, downgrades allowed freely.
    .evidence =
        Security manual section on signed firmware
        Test record of a modified image being refused

edr-3-11 =
    .title = Physical tamper resistance and detection
    .question = Does this embedded device resist and show physical tampering, for example with seals, a closed housing, covered debug ports or a tamper switch?
    .guidance =
        The embedded device version of CR 3.11.
        Look at: the housing, seals, removable memory cards, debug and service ports (JTAG, serial console), and any tamper sensor.
        Met when: opening the device or reaching its internal interfaces is made hard and leaves a visible or recorded trace.
        Compensating: installation in a locked cabinet with seals and regular inspection, for devices without such features.
        Weak spots: accessible debug headers, unprotected memory cards holding the program, seals nobody checks.
    .evidence =
        Product documentation of tamper features
        Photo of the installed device and its cabinet

edr-3-11-re-1 =
    .title = Notification of tampering attempts
    .question = When someone tries to tamper with this embedded device physically, can it raise an alarm or record an event automatically?
    .guidance =
        Look at: tamper sensors (cover switch, light or motion sensor) and what they trigger: an event, an alarm to the control system, a lock of the device.
        Met when: a physical tampering attempt creates an automatic notification that reaches a place where someone acts on it.
        Compensating: a cabinet door contact wired to the alarm system, where the device has no sensor of its own.
        Weak spots: alarms only in a local log, sensors that can be defeated without opening the housing.
    .evidence =
        Description of tamper sensors and their events
        Test record of a tamper alarm

hdr-3-11 =
    .title = Physical tamper resistance and detection
    .question = Does this host device (industrial PC or server) resist and show physical tampering, for example with a lockable case, a chassis intrusion switch or locked firmware settings?
    .guidance =
        The host device version of CR 3.11.
        Look at: lockable cases and drive bays, chassis intrusion detection, firmware password, boot order locked, front ports that can be disabled.
        Met when: physical access to the inside and to boot or debug interfaces is made hard and leaves a trace.
        Compensating: installation in a locked rack or room with access control and seals.
        Weak spots: no firmware password, USB boot allowed, removable drives without locks.
    .evidence =
        Hardware documentation of intrusion detection and locks
        Firmware settings showing password and boot order

hdr-3-11-re-1 =
    .title = Notification of tampering attempts
    .question = When someone opens or tampers with this host device, can it raise an alarm or write an event that is passed on automatically?
    .guidance =
        Look at: chassis intrusion events in the firmware or management controller, and whether they reach the operating system log or a monitoring tool.
        Met when: a tampering attempt creates an automatic notification to a configurable receiver.
        Compensating: a door contact on the rack wired to the alarm system.
        Weak spots: intrusion events shown only at the next boot, management controller alerts not configured.
    .evidence =
        Configuration of chassis intrusion alerts
        Example event from a test

ndr-3-11 =
    .title = Physical tamper resistance and detection
    .question = Does this network device resist and show physical tampering, for example with a sealed housing, protected console and service ports, or a tamper sensor?
    .guidance =
        The network device version of CR 3.11.
        Look at: housing, seals, console and USB ports, reset buttons that restore factory settings, removable configuration memory.
        Met when: physical access to internals, console and reset functions is made hard and leaves a visible or recorded trace.
        Compensating: installation in a locked cabinet or rack with seals and inspection.
        Weak spots: a reset button that wipes the configuration and password, open console ports, configuration plugs that can be swapped.
    .evidence =
        Product documentation of tamper features
        Settings disabling the reset button or console where possible

ndr-3-11-re-1 =
    .title = Notification of tampering attempts
    .question = When someone tampers with this network device physically, can it raise an alarm or send an event automatically, e.g. by syslog or SNMP trap?
    .guidance =
        Look at: tamper sensors and events such as cover opened, console connected or configuration memory removed, and where they are sent.
        Met when: a tampering attempt creates an automatic notification to a configurable receiver.
        Compensating: a cabinet door contact wired to the alarm system.
        Weak spots: events only in a local buffer that is lost at power off.
    .evidence =
        List of tamper events the device sends
        Example notification from a test

edr-3-12 =
    .title = Provisioning product supplier roots of trust
    .question = Does this embedded device come with the supplier's roots of trust (keys or certificates used to check firmware and identity) stored so that they cannot be read out or changed?
    .guidance =
        The embedded device version of CR 3.12.
        Look at: where the supplier's public keys or certificates live (secure element, TPM, protected flash), what uses them (firmware checks, device identity), and how they are replaced if compromised.
        Met when: the supplier's roots of trust are provisioned in protected storage, their integrity is protected, and their use is documented.
        Compensating: none really; an owner-controlled check of firmware before installation reduces the risk but does not replace the root of trust.
        Weak spots: keys in ordinary flash that can be overwritten, the same private key in every unit, no plan for key revocation.
    .evidence =
        Security manual section on roots of trust and hardware key storage
        Certificate or test report covering secure key storage

hdr-3-12 =
    .title = Provisioning product supplier roots of trust
    .question = Does this host device hold the supplier's roots of trust (e.g. platform keys in the firmware, a TPM with endorsement key) in protected storage, so they cannot be read out or changed without authorisation?
    .guidance =
        The host device version of CR 3.12.
        Look at: TPM presence and state, secure boot keys in the firmware, how the supplier installs and updates them.
        Met when: the supplier's roots of trust are present in protected hardware, cannot be altered without authorisation, and their use is documented.
        Compensating: none really; a record of the firmware key state at commissioning helps notice changes.
        Weak spots: TPM disabled, default test keys in the firmware, keys changeable from the operating system without a password.
    .evidence =
        Firmware screen showing TPM and secure boot key state
        Supplier documentation of the installed keys

ndr-3-12 =
    .title = Provisioning product supplier roots of trust
    .question = Does this network device hold the supplier's roots of trust (keys or certificates for firmware checks and device identity) in protected storage that cannot be read out or changed?
    .guidance =
        The network device version of CR 3.12.
        Look at: hardware key storage (secure element, TPM), the device identity certificate, and what the supplier does if a key is compromised.
        Met when: the supplier's roots of trust are provisioned in protected storage and used for firmware and identity checks as documented.
        Compensating: none really; note the gap and the measures around it.
        Weak spots: identical keys across all units, keys readable through the console, certificates that expire in the field with no renewal.
    .evidence =
        Security manual section on roots of trust
        Certificate or test report covering key storage

edr-3-13 =
    .title = Provisioning asset owner roots of trust
    .question = Can the asset owner load their own roots of trust (e.g. their CA certificate or keys) into this embedded device, protected from being read out or changed, and replace them later?
    .guidance =
        The embedded device version of CR 3.13.
        Look at: how owner certificates and keys are installed (engineering tool, web page, certificate enrolment), where they are stored, and who may change them.
        Met when: the owner can provision and renew their own roots of trust in protected storage, limited to authorised users.
        Compensating: a supplier service that installs the owner's certificates under a documented procedure.
        Weak spots: only self-signed device certificates possible, private keys exportable, certificate import open to any logged-on user.
    .evidence =
        Manual section on installing owner certificates
        Screenshot of the certificate store with the owner's CA

hdr-3-13 =
    .title = Provisioning asset owner roots of trust
    .question = Can the asset owner install and renew their own roots of trust (CA certificates, keys, secure boot keys) on this host device, protected from being read out or changed?
    .guidance =
        The host device version of CR 3.13.
        Look at: the certificate stores used by the control software, TPM-protected keys, secure boot key enrolment, and who may change them.
        Met when: owner roots of trust can be installed, protected and renewed, and only authorised administrators can change them.
        Compensating: a documented supplier procedure that installs the owner's certificates at commissioning.
        Weak spots: the application ignores the system certificate store, private keys in files readable by all users.
    .evidence =
        Procedure for installing the owner's certificates
        Screenshot of the certificate stores with the owner's CA

ndr-3-13 =
    .title = Provisioning asset owner roots of trust
    .question = Can the asset owner load their own CA certificates and keys into this network device, protected from being read out or changed, and renew them?
    .guidance =
        The network device version of CR 3.13.
        Look at: certificate import or enrolment (SCEP, EST), storage of private keys, and who is allowed to change them.
        Met when: the owner can provision and renew their own roots of trust in protected storage, limited to authorised administrators.
        Compensating: a documented supplier procedure for installing owner certificates.
        Weak spots: private keys exportable in clear, default certificates still in use, no renewal before expiry.
    .evidence =
        Manual section on certificate management
        Screenshot of the installed owner certificates

edr-3-14 =
    .title = Integrity of the boot process
    .question = Does this embedded device check the integrity of its firmware and software while it starts up, and refuse to run an image that has been changed?
    .guidance =
        The embedded device version of CR 3.14.
        Look at: the boot chain (boot loader, operating system, runtime, application) and which stages check the next one before starting it.
        Met when: each boot stage's integrity is checked before use, and a failed check stops the boot or starts a defined safe recovery.
        Compensating: none really for the device itself; regular comparison of the firmware version and hash from outside narrows the gap.
        Weak spots: checks only on the application, a boot loader that can be replaced over the service port, behaviour on failure not defined.
    .evidence =
        Security manual section on boot integrity
        Test record of a boot with a modified image

edr-3-14-re-1 =
    .title = Authenticity of the boot process
    .question = During start-up, does this embedded device check the authenticity of its firmware with the supplier's roots of trust (secure boot), and refuse to run unsigned or foreign images?
    .guidance =
        Look at: secure boot with signatures checked against keys held in protected hardware, starting from an immutable first stage.
        Met when: every boot stage is verified against the supplier's roots of trust before it runs, and failures stop the boot.
        Compensating: none really; say what protects the device physically and logically meanwhile.
        Weak spots: secure boot available but off by default, debug modes that skip the check.
    .evidence =
        Security manual section on secure boot
        Certificate or test report covering boot authenticity

hdr-3-14 =
    .title = Integrity of the boot process
    .question = Does this host device check the integrity of its firmware, boot loader and operating system during start-up, for example with measured boot and a TPM?
    .guidance =
        The host device version of CR 3.14.
        Look at: UEFI settings, measured boot, operating system integrity features, and what happens when a measurement does not match.
        Met when: the boot chain's integrity is checked before each stage runs, and a mismatch stops the boot or is reported.
        Compensating: a locked firmware configuration and regular integrity scans of the boot files from outside.
        Weak spots: legacy boot mode enabled, boot from USB allowed, measurements recorded but never compared.
    .evidence =
        Firmware settings screen for boot integrity
        Supplier hardening guide section on boot protection

hdr-3-14-re-1 =
    .title = Authenticity of the boot process
    .question = Does this host device use secure boot, so that firmware, boot loader and operating system only start when their signatures match the supplier's roots of trust?
    .guidance =
        Look at: UEFI secure boot state, the keys enrolled, and whether the installed control software and drivers are compatible with it.
        Met when: secure boot is supported with the control software installed, and only signed boot components start.
        Compensating: none really; a locked firmware and physical protection narrow the gap.
        Weak spots: secure boot switched off because a driver is unsigned, the supplier's guide telling users to disable it.
    .evidence =
        Screenshot showing secure boot enabled
        Supplier statement that the software supports secure boot

ndr-3-14 =
    .title = Integrity of the boot process
    .question = Does this network device check the integrity of its boot loader and firmware during start-up, and refuse to run a changed image?
    .guidance =
        The network device version of CR 3.14.
        Look at: the boot chain of the device, which stages are checked, and the behaviour on failure (stop, fall back to a known image).
        Met when: the integrity of each boot stage is checked before it runs, and a failure is handled in a defined way and reported.
        Compensating: regular comparison of the running image hash with the supplier's published value.
        Weak spots: boot loader console that loads any image, a fallback image that is old and vulnerable.
    .evidence =
        Security manual section on boot integrity
        Boot log showing the integrity check

ndr-3-14-re-1 =
    .title = Authenticity of the boot process
    .question = Does this network device verify the signatures of its boot stages against the supplier's roots of trust before running them (secure boot)?
    .guidance =
        Look at: secure boot support, the hardware anchor of the keys, and whether the check can be switched off.
        Met when: each boot stage is verified against the supplier's roots of trust, and unsigned or foreign images do not start.
        Compensating: none really; physical protection and image hash checks narrow the gap.
        Weak spots: secure boot only on newer hardware revisions, a hidden service mode that bypasses it.
    .evidence =
        Security manual section on secure boot
        Certificate or test report covering boot authenticity

## FR 4 Data confidentiality (DC)

fr-4 =
    .title = Data confidentiality (DC)
    .description = What the component can do to keep the information it holds or sends, such as passwords, keys, recipes and configuration, from being read by people who should not see it, to wipe it before the component leaves service, and to use sound cryptography for all of this.

cr-4-1 =
    .title = Information confidentiality
    .question = Can this component protect the confidentiality of the information it holds or sends that needs protection (passwords, keys, recipes, configuration), both in storage and in transit?
    .guidance =
        Look at: which data the supplier marks as sensitive, how it is stored (encrypted, hashed, in protected memory) and how it travels (encrypted protocols, which ones are optional).
        Met when: sensitive data is protected at rest and in transit by the component itself, and only authorised users and functions can read it.
        Compensating: an encrypting tunnel in front of the component for protocols that cannot encrypt, documented by the supplier.
        Weak spots: passwords stored in clear or with weak hashes, project files that carry credentials, unencrypted engineering or web protocols kept switched on.
        Ask also: can the project or backup files exported from the component be read by anyone who gets a copy?
    .evidence =
        Security manual section on protection of sensitive data
        List of protocols with their encryption options
        Certificate or test report covering data confidentiality

cr-4-2 =
    .title = Information persistence
    .question = Can this component be wiped of all sensitive data (configuration, keys, passwords, process data) before it is taken out of service, sent for repair or scrapped?
    .guidance =
        Look at: the supplier's decommissioning procedure, a secure erase or factory reset function, and which storage it covers (internal flash, memory cards, disks, backup memory).
        Met when: the component offers a documented way to erase all sensitive data it holds, including removable and backup storage.
        Compensating: physical destruction of the storage media, documented by the supplier as the way to dispose of the component.
        Weak spots: a factory reset that leaves keys or logs behind, memory cards not covered, repair returns with the configuration still inside.
    .evidence =
        Decommissioning or secure erase procedure from the manual
        Description of what the erase function covers

cr-4-2-re-1 =
    .title = Erase shared memory resources
    .question = Does this component clear memory and other shared resources that one user, session or process has released before they are given to another, so that data cannot leak between them?
    .guidance =
        Mostly a design property: look for the supplier's statement, a certificate or a test report rather than testing it yourself.
        Met when: the supplier documents that released memory, buffers and temporary files are cleared before reuse, and a test or review has confirmed it.
        Compensating: not sharing the component between users or functions of different trust, e.g. one host per function.
        Weak spots: older embedded platforms with no documented behaviour, temporary files left on disk, buffers reused between network connections.
    .evidence =
        Supplier statement or certificate covering memory clearing
        Design or test documentation of the clearing behaviour

cr-4-2-re-2 =
    .title = Verification of erasure
    .question = After the component has been wiped, can you check that the erasure really happened, for example with a report from the component or a documented verification step?
    .guidance =
        Look at: what the erase function reports at the end (success, areas covered), and whether the supplier describes how to verify that no sensitive data is left.
        Met when: the component or its documented procedure confirms successful erasure of each storage area, and the confirmation can be kept as a record.
        Compensating: a verification by reading back the storage with a supplier tool, recorded by the person who did the wipe.
        Weak spots: an erase that reports nothing, verification possible only by the supplier, no record kept with the disposal paperwork.
    .evidence =
        Example erase report or log entry
        Verification step in the decommissioning procedure

cr-4-3 =
    .title = Use of cryptography
    .question = Where this component uses cryptography, does it use recognised algorithms, key lengths and mechanisms, and can weak ones be switched off or replaced when they become outdated?
    .guidance =
        Look at: the list of algorithms, key sizes and protocol versions the product supports and uses by default, how keys and certificates are generated and stored, and how the supplier updates them.
        Met when: only recognised, current algorithms and key lengths are used or can be enforced, keys are generated and stored securely, and outdated options can be disabled.
        Compensating: wrapping a product with weak cryptography in a strong VPN tunnel until an update is available.
        Weak spots: TLS 1.0, SHA-1 or DES still enabled by default, home-made encryption, fixed keys identical across all units, certificates that cannot be replaced.
    .evidence =
        Supplier list of cryptographic algorithms and protocol versions
        Configuration screen showing the enabled ciphers
        Certificate or test report covering the use of cryptography

## FR 5 Restricted data flow (RDF)

fr-5 =
    .title = Restricted data flow (RDF)
    .description = What the component offers so that the control system can be split into zones and conduits: it works in a segmented network, and network devices that sit at a zone boundary can control what crosses it. Application partitioning (CR 5.4) has no component requirement and is checked at system level with IEC 62443-3-3.

cr-5-1 =
    .title = Network segmentation
    .question = Can this component work in a segmented network (zones and conduits), e.g. with separate interfaces or VLANs for control, engineering and management traffic, and does the supplier list the communication it needs across boundaries?
    .guidance =
        Look at: the network interfaces and their separation, VLAN support, the supplier's list of ports, protocols and directions needed, and any dependency on direct internet or office network services.
        Met when: the component can be placed in a zone of its own criticality and reached only through defined conduits, and the supplier documents every flow it needs so boundary rules can be written.
        Compensating: a small dedicated boundary device in front of the component where it cannot separate its own traffic.
        Weak spots: a single interface that mixes control and management traffic, interfaces that bridge between networks, undocumented dynamic port ranges, cloud connections that cannot be disabled.
    .evidence =
        Supplier list of ports, protocols and directions
        Network interface and VLAN settings of the component
        Reference architecture from the security manual

ndr-5-2 =
    .title = Zone boundary protection
    .question = Can this network device watch and control the traffic crossing the zone boundary where it sits, according to rules you set (addresses, ports, protocols, direction)?
    .guidance =
        The network device version of CR 5.2.
        Look at: the filtering features (firewall rules, access lists, protocol filters), how rules are written and reviewed, and what is logged about allowed and blocked traffic.
        Met when: the device enforces a configurable rule set on all traffic between its zones and records what it allows and blocks.
        Compensating: none at component level if the device is meant to be the boundary; a second filtering device can take that role.
        Not applicable for a network device that is not offered for use at a zone boundary, e.g. an unmanaged access switch; say so and name the boundary device.
        Weak spots: rules limited to addresses and ports where the protocol needs deeper checks, logging that cannot be switched on for allowed traffic, management interface reachable from the untrusted side.
    .evidence =
        Rule set configuration screen or export
        Example log entries of allowed and blocked traffic

ndr-5-2-re-1 =
    .title = Deny by default, allow by exception
    .question = Can this network device be set to block all traffic at the boundary by default and let through only what a rule explicitly allows?
    .guidance =
        Look at: the default action of the rule set, whether it can be set to deny, and whether any traffic passes by built-in exception (management, discovery, routing).
        Met when: a default-deny policy can be configured and holds for all traffic, with each allowed flow needing its own rule.
        Compensating: none for the default itself; note the hidden exceptions and how they are limited.
        Weak spots: built-in allow rules that cannot be seen or removed, a factory default that allows everything, rule sets that get reset on update.
    .evidence =
        Rule set showing the default-deny rule
        Manual section on built-in rules and defaults

ndr-5-2-re-2 =
    .title = Island mode
    .question = Can this network device cut all traffic across the boundary on command (island mode), for example with a prepared rule set, a switch input or a single action by an authorised user?
    .guidance =
        Look at: how isolation is triggered (command, digital input, button, management console), who may trigger it, and how the device returns to normal.
        Met when: the device can block all boundary traffic quickly on demand, the action is limited to authorised users, and it is recorded.
        Compensating: a prepared and tested procedure to load a block-all rule set, if there is no single action for it.
        Weak spots: isolation that also cuts the management access needed to undo it, traffic classes the isolation forgets.
    .evidence =
        Manual section on isolation or island mode
        Record of an isolation test

ndr-5-2-re-3 =
    .title = Fail close
    .question = If this network device fails, loses power or its filtering stops working, does it block the traffic across the boundary rather than let everything through?
    .guidance =
        Look at: behaviour on power loss, crash, overload and failed update; bypass relays or bypass modes; the configuration loaded after a restart.
        Met when: a failure of the boundary function stops traffic across the boundary, and the supplier documents this behaviour.
        Compensating: a second filtering device in series that also fails closed; where a full stop would harm the process, a redundant pair rather than a bypass.
        Weak spots: hardware bypass switched on by default, a restart that loads a permissive default rule set, overload that turns filtering off.
    .evidence =
        Supplier documentation of the failure behaviour
        Record of a failure or power-loss test

ndr-5-3 =
    .title = General purpose person-to-person communication restrictions
    .question = Can this network device block e-mail, chat, messaging and similar person-to-person traffic from outside the control system from entering the zone it protects?
    .guidance =
        The network device version of CR 5.3.
        Look at: rules or application filters that can recognise and block mail, instant messaging, social media and file-sharing traffic, including encrypted variants.
        Met when: the device can be configured to block such messages from reaching the zone, and the supplier describes how.
        Compensating: a mail and web gateway in the DMZ that does this job, with the boundary device allowing only its traffic.
        Not applicable for a network device not offered for use at a zone boundary; say so.
        Weak spots: blocking based only on well-known ports, messaging over web connections that passes as ordinary web traffic.
    .evidence =
        Configuration screen of the application or protocol filters
        Manual section on blocking messaging traffic

## FR 6 Timely response to events (TRE)

fr-6 =
    .title = Timely response to events (TRE)
    .description = What the component gives the people and tools who watch the control system: its audit records can be read, by a person and by a program, and it can be monitored continuously so that security events are noticed in time.

cr-6-1 =
    .title = Audit log accessibility
    .question = Can authorised people and tools read the audit records of this component, without being able to change them, for example through a log viewer, a read-only role or an export?
    .guidance =
        Look at: how the log is viewed (local screen, web page, engineering tool), which role is needed to read it, and whether reading is possible without rights to change or clear it.
        Met when: authorised users can read the audit records in a usable form, with read-only access that does not allow changes.
        Compensating: a supplier-documented export of the log to a protected place where it can be read, for components without a viewer.
        Weak spots: logs only the supplier can decode, reading that needs the administrator account, logs lost at restart.
    .evidence =
        Screenshot of the log viewer with a read-only account
        Manual section on audit log access

cr-6-1-re-1 =
    .title = Programmatic access to audit logs
    .question = Can tools such as a log server or SIEM collect the audit records of this component automatically, through a documented interface like syslog, an API or standard event forwarding?
    .guidance =
        Look at: the interfaces the product offers for audit records (syslog, SNMP, OPC UA events, REST API, Windows event forwarding), their formats and whether transport can be protected.
        Met when: audit records can be read or received by programs through a documented interface, completely and in a documented format.
        Compensating: a supplier tool or script that exports the log on a schedule into a format the collector reads.
        Weak spots: only some event types sent, timestamps without time zone, syslog without protection or with message loss under load.
    .evidence =
        Manual section describing the log interface and format
        Collector showing records received from the component

cr-6-2 =
    .title = Continuous monitoring
    .question = Can this component be monitored continuously for signs of attack, for example by sending its security events and health status to a monitoring system, offering a mirror port, or allowing an approved monitoring agent?
    .guidance =
        Look at: which security events and status values the product makes available, through which interfaces, how quickly, and what the supplier allows for passive network monitoring or monitoring agents.
        Met when: the component supports monitoring without gaps in time by common industry methods, so that attacks and failures of its security functions can be detected and reported promptly.
        Compensating: monitoring the component from the network (passive sensor at a mirror port) where it cannot report itself.
        Weak spots: events kept only locally, status available only on request by a person, monitoring agents that the supplier does not support.
    .evidence =
        List of security events and status values the component provides
        Monitoring system screen showing data from the component
        Supplier statement on approved monitoring methods

## FR 7 Resource availability (RA)

fr-7 =
    .title = Resource availability (RA)
    .description = What the component can do to keep its essential functions running under attack and overload, to be backed up and restored to a known secure state, and to run with a lean, documented configuration and report what it is made of. Emergency power (CR 7.5) has no component requirement and is checked at system level with IEC 62443-3-3.

cr-7-1 =
    .title = Denial of service protection
    .question = If this component is flooded with network traffic or requests, does it keep its essential functions running (control, protection, local operation), perhaps in a degraded mode, instead of stopping?
    .guidance =
        Look at: robustness test results (flooding, malformed traffic), how the product separates essential functions from communication load, and what degraded mode the supplier describes.
        Met when: essential functions continue under a denial-of-service situation as shown by tests, and the degraded behaviour is documented.
        Compensating: a rate-limiting boundary device in front of the component, documented by the supplier as needed.
        Weak spots: control cycle times that grow under load, communication stacks that crash and take the control task with them, web servers that freeze the device.
        Ask also: which functions does the supplier count as essential for this product, and were they tested under load?
    .evidence =
        Robustness or load test report, e.g. from a certification test
        Manual section on behaviour under overload

# Doubt: tests/reference gives the short title "Limit the component's own traffic load"; this text follows our reading that the RE is about keeping message floods from exhausting the component. Check with the standard.
cr-7-1-re-1 =
    .title = Manage communication loads
    .question = Can this component limit the effect of floods of messages on itself, for example with rate limits, priorities or quotas per connection, so that heavy traffic does not crowd out important communication?
    .guidance =
        Look at: rate limiting and prioritisation settings, limits on connections and sessions, and how the component behaves when they are reached.
        Met when: the component has mechanisms that keep message floods from exhausting it, and they are documented and configurable.
        Compensating: traffic shaping or storm control on the network device in front of the component.
        Weak spots: no limit on the number of connections, broadcast or multicast storms passed straight to the processor.
    .evidence =
        Configuration screen of rate limits or connection limits
        Load test report showing the limits at work

cr-7-2 =
    .title = Resource management
    .question = Are the security functions of this component (logging, scanning, encryption, integrity checks) kept within limits so that they cannot use up the processor, memory, storage or bandwidth that its main function needs?
    .guidance =
        Look at: how security functions are scheduled and limited, log storage sizing and overflow behaviour, and load figures the supplier gives for security features.
        Met when: resource use by security functions is bounded and documented, and the component warns before resources run out.
        Compensating: a documented configuration that runs heavy security tasks only during planned windows.
        Weak spots: full logs that stop the device or the application, scans that slow control tasks, encryption that overloads old hardware.
    .evidence =
        Supplier data on resource use of security features
        Settings of log size, overflow action and task scheduling

cr-7-3 =
    .title = Control system backup
    .question = Can this component take part in the backup of the control system: can its programs, configuration, user and security settings be backed up without disturbing operation?
    .guidance =
        Look at: what the backup function covers (programs, configuration, accounts, certificates, keys, licences), how it is triggered, and whether it runs without a stop.
        Met when: all information needed to restore the component can be backed up during normal operation by a documented method.
        Compensating: a documented manual procedure that saves each part separately, where no single backup function exists.
        Weak spots: backups that leave out accounts, keys or licences, backups that require the component to stop, backup files that contain passwords in clear.
    .evidence =
        Manual section on backup, listing what is covered
        Example backup file or job record

cr-7-3-re-1 =
    .title = Backup integrity verification
    .question = Before a backup is restored into this component, can its integrity be checked, so that a damaged or manipulated backup is detected and refused?
    .guidance =
        Look at: checksums or signatures on backup files, and whether the component or its tool checks them before restoring.
        Met when: the integrity of a backup is verified before it is restored, and a failed check stops the restore.
        Compensating: a recorded hash comparison against the value noted when the backup was made.
        Weak spots: backups that are restored without any check, checksums kept together with the backup where they can be changed with it.
    .evidence =
        Manual section on backup integrity checking
        Test record of a modified backup being refused

cr-7-4 =
    .title = Control system recovery and reconstitution
    .question = After a failure or attack, can this component be brought back to a known secure state, with its security settings in place, by a documented procedure?
    .guidance =
        Look at: the supplier's recovery procedure, what the component does after a restart or restore (secure defaults, stored configuration), and whether security settings, accounts and certificates come back.
        Met when: the component can be recovered and reconstituted to a known secure state by a documented procedure, and after recovery it does not start with insecure defaults.
        Compensating: a spare unit kept ready with the approved configuration, checked against the baseline at set intervals.
        Weak spots: restore that brings back default passwords, licences or keys that cannot be restored, recovery only possible with supplier help.
    .evidence =
        Recovery procedure from the manual
        Record of a recovery test and the settings checked afterwards

cr-7-6 =
    .title = Network and security configuration settings
    .question = Can the network and security settings of this component be configured as the supplier's hardening guide recommends, and can the current settings be displayed?
    .guidance =
        Look at: the supplier's hardening or security configuration guide, whether every recommended setting can actually be made, and how the current settings are shown.
        Met when: the component can be configured according to documented recommendations, and its current network and security settings can be viewed.
        Compensating: a supplier-documented external measure for a recommendation the product cannot implement itself.
        Weak spots: no hardening guide, settings reachable only through a hidden service menu, secure settings lost after an update.
    .evidence =
        Supplier hardening or security configuration guide
        Screenshot or export of the current settings

cr-7-6-re-1 =
    .title = Machine-readable reporting of current security settings
    .question = Can this component report its current security settings in a machine-readable form (e.g. XML, JSON, CSV or through an API), so that tools can compare them with a baseline?
    .guidance =
        Look at: export and query functions for settings, the format and completeness of the output, and whether the security settings are included.
        Met when: the current security settings can be obtained in a structured, documented format suitable for automated comparison.
        Compensating: a supplier tool that reads the settings through a standard interface such as SNMP or an API and writes them to a file.
        Weak spots: exports only as PDF or screenshots, exports that leave out the security settings, formats that change between versions.
    .evidence =
        Sample export of the current settings
        Description of the export format

cr-7-7 =
    .title = Least functionality
    .question = Can the functions, ports, protocols and services of this component that are not needed be switched off or restricted, e.g. web server, FTP, Telnet, debug services, unused interfaces?
    .guidance =
        Look at: the supplier's list of ports and services with their purpose, which ones can be disabled, the factory defaults, and a port scan of a test unit.
        Met when: every function, port, protocol and service can be disabled or restricted when not needed, and the supplier documents what each one is for.
        Compensating: blocking services that cannot be switched off at the network level, documented by the supplier.
        Weak spots: services that cannot be disabled, unneeded services enabled by default, undocumented open ports found in a scan.
    .evidence =
        Supplier list of ports and services with their purpose
        Port scan of a test unit compared with the list
        Configuration screen for enabling and disabling services

cr-7-8 =
    .title = Control system component inventory
    .question = Can this component report what it consists of, such as model, hardware revision, firmware and software versions and installed modules, so that it can be included in an automated inventory?
    .guidance =
        Look at: the identification data the product provides (locally, by protocol, by SNMP, OPC UA or an API), whether it includes installed software parts, and whether the supplier also offers a software bill of materials (SBOM).
        Met when: the component reports its identity, versions and installed parts through a documented interface that inventory tools can read.
        Compensating: a documented manual reading of the same data, recorded in the inventory at each change.
        Weak spots: version data only on the nameplate, modules and plug-ins missing from the report, no SBOM for the firmware.
    .evidence =
        Example of the identification data read by an inventory tool
        Software bill of materials (SBOM) from the supplier
