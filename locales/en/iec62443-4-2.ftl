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
