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
