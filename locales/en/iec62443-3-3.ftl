### IEC 62443-3-3:2013 with Corrigendum 1:2014 system security requirements: English texts for iacs-assess.
### Written fresh for this tool; this is not the wording of the standard. Identifiers and short titles are facts.
### Answered once per zone or conduit. The interviewee is usually the asset owner's control system engineer,
### OT administrator or the integrator's lead engineer. Questions speak of "this zone" and "your" systems.
### Terms (review 2026-12), checked by tests/terms.rs: allow-list and allow-listing, never whitelist or blacklist; safety is not security.

questionnaire =
    .title = IEC 62443-3-3 system security requirements
    .description = IEC 62443-3-3 lists the technical security capabilities a control system needs, grouped in seven foundational requirements, each requirement selected from a minimum security level upwards. You answer it once for every zone or conduit: each requirement is met, not met, compensated by a documented countermeasure, or not applicable. From the answers the tool works out the achieved security level (SL-A) for each foundational requirement and shows the gap to the target (SL-T).

## Foundational requirements

fr-1 =
    .title = Identification and authentication control (IAC)
    .description = Who and what may connect: people, software and devices are identified and prove who they are before they get access, whether they sit at the console, come in remotely or use a wireless link.

fr-2 =
    .title = Use control (UC)
    .description = What a logged-on user, program or device is allowed to do, how sessions and portable devices are kept in check, and the audit trail that records what was done and by whom.

fr-3 =
    .title = System integrity (SI)
    .description = Protection against unauthorised change of messages, software and data: integrity of communications, malware protection, tests of the security functions, input checks and predictable outputs.

fr-4 =
    .title = Data confidentiality (DC)
    .description = Keeping sensitive information such as passwords, recipes and network details from being read by the wrong people, on the wire and on disk, using sound cryptography.

fr-5 =
    .title = Restricted data flow (RDF)
    .description = Splitting the control system into zones and controlling every data flow that crosses a zone boundary through a conduit, so that only the traffic that is needed gets through.

fr-6 =
    .title = Timely response to events (TRE)
    .description = Noticing security events in time and acting on them: read access to the audit logs and continuous monitoring of the protective measures.

fr-7 =
    .title = Resource availability (RA)
    .description = Keeping the control system running through attacks and failures: denial-of-service protection, backups, recovery, emergency power, a lean configuration and an accurate inventory.

## FR 1 Identification and authentication control (IAC)

sr-1-1 =
    .title = Human user identification and authentication
    .question = How do operators, engineers and maintenance staff log on to the HMIs, engineering stations and servers in this zone, and is every person identified before they can use them?
    .guidance =
        Look at: how people log on to HMIs, engineering stations, historians, switches and controllers; shared accounts; local versus domain accounts; web and serial interfaces.
        Met when: every human access path asks for identification and authentication; a shared operator log-on can pass here when the room itself controls who is present.
        Compensating: a locked control room with badge access and a logbook for HMIs kept logged on for continuous operation; a jump host that authenticates in front of devices that cannot.
        Weak spots: engineering software that opens without a password, vendor web pages on PLCs and drives, service laptops with local admin accounts, open console ports.
        Ask also: can operators still take emergency action on the HMI without a log-on, as they must?
    .evidence =
        Screenshots of the log-on screens of an HMI and an engineering station
        List of user accounts per system, with shared accounts marked
        Access list and logbook of the control room

sr-1-1-re-1 =
    .title = Unique identification and authentication
    .question = Does every person who logs on to systems in this zone have an account of their own, so that each action can be traced to one named individual?
    .guidance =
        Look at: the account lists of the domain, HMIs, engineering tools, network devices and controllers; names such as "operator", "engineer", "admin" or "service".
        Met when: each person has a personal account on every system where people log on; generic accounts are disabled or kept for documented emergency use only.
        Compensating: a shared HMI account in a staffed control room, combined with personal log-on for every change (logic, set-point limits, alarm suppression).
        Weak spots: one admin password for all switches, vendor and contractor accounts shared by a whole team, accounts of people who have left.
        Ask also: how would you find out who changed a PLC program last week?
    .evidence =
        Account export from the domain and from the engineering tool
        List of generic accounts, each with its reason and owner
        Change log showing personal names against recent changes

sr-1-1-re-2 =
    .title = Multifactor authentication for untrusted networks
    .question = When someone reaches this zone from an untrusted network, for example a vendor over the internet or staff from the office network, must they use a second factor besides the password?
    .guidance =
        Look at: the remote access path (VPN gateway, remote desktop gateway, vendor portal, jump host) and every route from the office network into the zone.
        Met when: each person coming in from an untrusted network proves identity with two independent factors, such as password plus token, app, smart card or certificate.
        Compensating: a second factor enforced on the DMZ jump host when the VPN itself only checks a password. A phone call-back is weaker; record it as such.
        Weak spots: vendor remote tools installed straight on HMIs, tokens shared by a team, MFA on the VPN but a direct RDP path that bypasses it.
    .evidence =
        VPN or remote access gateway settings showing the MFA policy
        Log of recent remote sessions with the factor used
        List of remote users and their token assignments

sr-1-1-re-3 =
    .title = Multifactor authentication for all networks
    .question = Do people also need a second factor when they log on from inside the plant, at engineering stations, servers and network devices, and not only when they come in from outside?
    .guidance =
        Look at: local and domain log-on to engineering stations, servers, domain controllers, firewalls and switch management; smart cards, tokens or certificates in use.
        Met when: every human access over any network, internal ones included, needs two factors; operator HMIs may be treated apart where emergency operation must not wait.
        Compensating: two factors on a privileged access workstation through which all administration of the zone must pass, with direct admin paths blocked.
        Weak spots: network devices managed with local passwords, break-glass accounts with no second factor and no alarm on use, tokens left in the keyboard.
    .evidence =
        Policy or identity system settings enforcing smart card or token log-on
        Firewall rules allowing administration only from the privileged workstation
        Test record of a log-on attempt without the second factor

sr-1-2 =
    .title = Software process and device identification & authentication
    .question = When PLCs, HMIs, historians and other software talk to each other in this zone, do they check who is on the other side, or will they accept commands from any device on the network?
    .guidance =
        Look at: controller-to-HMI, controller-to-controller, OPC and historian connections, service accounts used by software, and which protocols carry any identity at all.
        Met when: software and devices are identified and authenticated where they connect, e.g. OPC UA application certificates, CIP Security, service accounts, 802.1X on switch ports.
        Compensating: firewall or switch rules letting only known addresses reach the controllers, plus alerts on new devices, where a protocol has no authentication.
        Weak spots: Modbus TCP and S7 without any authentication, OPC Classic with DCOM opened wide, service accounts with the same password everywhere.
    .evidence =
        List of machine-to-machine connections with the authentication each uses
        OPC UA or CIP Security certificate settings
        Switch port security or firewall allow-lists for controllers

sr-1-2-re-1 =
    .title = Unique identification and authentication
    .question = Does each device and software process in this zone have its own identity, such as its own certificate or service account, rather than sharing one key or account with others?
    .guidance =
        Look at: certificates per device and per application, service accounts per application, pre-shared keys used on many devices, cloned images of HMI PCs.
        Met when: each device and process that authenticates holds its own credential, so that one can be revoked without touching the rest.
        Compensating: separate segments per function with strict allow-lists where legacy devices must share a credential, documented device by device.
        Weak spots: one OPC UA certificate copied to every HMI, one service account for all historian collectors, PCs built from a cloned image with the same keys.
    .evidence =
        Certificate inventory showing one certificate per device or application
        List of service accounts, each with one application and an owner
        Record of a revoked or replaced device credential

sr-1-3 =
    .title = Account management
    .question = Who creates, changes, disables and removes accounts on the systems in this zone, and how do you make sure that accounts of leavers and departed contractors are removed?
    .guidance =
        Look at: the joiner, mover and leaver steps for domain, HMI, engineering tool, network device and controller accounts, and who may manage accounts.
        Met when: accounts can be added, activated, changed, disabled and removed by authorised administrators only, and removals follow leavers and ended contracts promptly.
        Compensating: a periodic account review signed by the zone owner for devices whose accounts cannot be managed centrally.
        Weak spots: vendor default accounts never removed, contractor accounts still active after commissioning, stand-alone PCs that nobody reviews.
        Ask also: when was the last account review, and what did it remove?
    .evidence =
        Account request and removal records for a recent joiner and leaver
        The last account review with its findings
        List of default accounts and whether each is disabled

sr-1-3-re-1 =
    .title = Unified account management
    .question = Are the accounts for this zone managed in one place, for example an OT domain or a central directory, rather than separately on each PC, HMI and switch?
    .guidance =
        Look at: whether HMIs, engineering stations, servers and network devices use a central directory (OT domain, LDAP, RADIUS, TACACS+) or keep local accounts.
        Met when: accounts are managed centrally for the zone, so that disabling a person once removes their access everywhere.
        Compensating: a written, scripted procedure that updates local accounts on every remaining stand-alone device, checked at each account review.
        Weak spots: the OT domain trusting the office domain without need, local fallback accounts on switches, controllers with their own user lists.
    .evidence =
        Drawing or list of the systems that authenticate against the directory
        List of devices still using local accounts
        Leaver record showing access removed on all systems

sr-1-4 =
    .title = Identifier management
    .question = How are user, group and role names for this zone assigned, so that a name is never reused for someone else and always tells you who or what it belongs to?
    .guidance =
        Look at: the naming rules for users, groups, roles and service accounts, and how names are issued and retired across the systems of the zone.
        Met when: identifiers can be managed per user, group, role or interface, follow a rule, and are not handed to a different person later.
        Compensating: a register kept by the system owner that links each name on stand-alone devices to a person or function.
        Weak spots: names like "user1" or "eng", names reused after someone leaves, one person known by different names on each system.
    .evidence =
        Naming convention for accounts, groups and roles
        Register of identifiers with owner and date issued
        Sample account list checked against the convention

sr-1-5 =
    .title = Authenticator management
    .question = Have all default passwords on PLCs, HMIs, switches, firewalls and PCs in this zone been changed, and how are passwords, keys and certificates protected where they are stored or sent?
    .guidance =
        Look at: default credentials per device type, how passwords and keys are stored (hashed, in a vault) and sent (encrypted), and who can reset them.
        Met when: defaults were changed at installation, authenticators can be set and renewed, and none can be read in clear text in files, scripts or traffic.
        Compensating: devices whose default password cannot be changed sit behind a boundary that blocks their management interface, documented per device.
        Weak spots: passwords in a spreadsheet on the engineering share or in PLC project files, Telnet and HTTP management, default SNMP community strings.
        Ask also: where are the passwords of the network devices kept?
    .evidence =
        Commissioning checklist confirming default passwords were changed
        Screenshot or description of the password vault in use
        Scan or configuration review showing no clear-text management protocols

sr-1-5-re-1 =
    .title = Hardware security for process identity credentials
    .question = Are the private keys and credentials that servers, controllers and applications in this zone use to prove their identity kept in protective hardware such as a TPM, HSM or secure element?
    .guidance =
        Look at: where device and application keys live: TPMs in servers and industrial PCs, secure elements in controllers, an HSM for the certificate authority, or plain files.
        Met when: the credentials of software processes and devices are created or stored in hardware that stops them from being copied off the device.
        Compensating: strict file permissions and TPM-bound disk encryption with short certificate lifetimes, for applications that cannot use hardware keys directly.
        Weak spots: key files exported for backup and left on a share, virtual machines without a virtual TPM, controllers with no secure element.
    .evidence =
        Inventory of device and application keys with where each is stored
        TPM or HSM configuration screenshots
        Vendor statement on secure key storage in the controllers

# review 2026-12: the base SR asks that wireless access is identified, authenticated and controlled; a credential of its own for every user and device is RE(1), see sr-1-6-re-1
sr-1-6 =
    .title = Wireless access management
    .question = What wireless links does this zone have (Wi-Fi, WirelessHART, ISA100, Bluetooth, cellular routers), and is access to them controlled, so that only identified and authenticated users and devices can use them?
    .guidance =
        Look at: access points, wireless sensor gateways, handheld terminals, cellular modems in panels, Bluetooth on drives, tablets and service tools.
        Met when: users and devices on each wireless link are identified and must authenticate before they can send data into the zone (e.g. WPA2/WPA3 with a managed network key, or a gateway join key), and it is known who and what may use each link.
        Not asked here: a credential of its own for every user and device; that is RE(1).
        Compensating: the wireless segment treated as untrusted, behind a firewall and a VPN, where the radio itself cannot authenticate strongly enough.
        Weak spots: open networks, a network key that has spread and is never changed, forgotten 4G routers installed by vendors, Bluetooth enabled by default.
        Not applicable: only when a site walk confirms there is no wireless in the zone; note in the answer how this was checked.
    .evidence =
        List of wireless networks and devices in the zone with their security settings
        Access point or gateway configuration export
        Report of a wireless site survey

sr-1-6-re-1 =
    .title = Unique identification and authentication
    .question = Does each wireless user and device have its own credential, for example a certificate or personal log-on, rather than one network key shared by everyone?
    .guidance =
        Look at: whether Wi-Fi uses 802.1X with per-user or per-device credentials, and whether wireless field devices have individual join keys.
        Met when: every wireless user and device is uniquely identified and authenticated (e.g. WPA2/WPA3-Enterprise with 802.1X, or an individual join key per field device), so that one device can be shut out without changing the key for all.
        Compensating: a separate pre-shared key per device with address filtering and monitoring, where the devices cannot do 802.1X.
        Weak spots: one key printed on the back of the handheld scanners, the same join key on all WirelessHART devices, guest access on the same radio.
    .evidence =
        RADIUS or access point settings showing per-user or per-device log-on
        List of wireless devices with their individual credentials
        Record of a wireless device that was shut out

sr-1-7 =
    .title = Strength of password-based authentication
    .question = What password rules are enforced on the systems in this zone (minimum length, types of characters), and can they be set on HMIs, engineering tools and network devices too, not only on Windows?
    .guidance =
        Look at: the domain password policy, local policies on stand-alone PCs, and the password settings of engineering software, HMIs, switches and controllers.
        Met when: the systems can enforce a configurable minimum length and mix of character types, and the settings follow the site's password policy.
        Compensating: devices with short fixed PINs are reachable only through a jump host that enforces strong passwords, and PINs are used for local operation only.
        Weak spots: controllers that allow only 4 to 8 characters, HMI runtime passwords outside the domain policy, rules applied to people but not to service accounts.
    .evidence =
        Export of the domain and local password policies
        Password settings screens of the HMI and the engineering software
        List of devices that cannot enforce the policy, with the measure used

sr-1-7-re-1 =
    .title = Password generation and lifetime limits for human users
    .question = For the accounts of people in this zone, do the systems stop the reuse of recent passwords and enforce a minimum and a maximum password age?
    .guidance =
        Look at: password history and minimum and maximum age in the domain and local policies, and in the user management of HMIs and engineering tools.
        Met when: the systems refuse a configurable number of previous passwords and enforce configurable minimum and maximum lifetimes for human users.
        Compensating: a central directory or password manager that applies these rules for everyone who logs on to devices lacking the settings.
        Weak spots: lifetimes switched off for control room accounts with nothing in their place, a history of one so users swap straight back, exceptions never reviewed.
    .evidence =
        Password history and age settings from the policies
        List of accounts excluded from the lifetime rules, with reasons
        Screenshot of a reused password being refused

sr-1-7-re-2 =
    .title = Password lifetime restrictions for all users
    .question = Do the password lifetime rules also apply to service accounts, device passwords and other non-human users in this zone, and not only to people?
    .guidance =
        Look at: the service accounts of historians, OPC servers, backup jobs and scripts; passwords between devices; when each was last changed.
        Met when: lifetime rules apply to all users, human or not, and non-human passwords are changed on schedule without upsetting the process.
        Compensating: managed service accounts or a vault that rotates passwords automatically, or short-lived certificates in place of passwords.
        Weak spots: service accounts set to never expire because a change once stopped the historian, passwords embedded in scripts and configuration files.
    .evidence =
        List of non-human accounts with the date of the last password change
        Vault or managed account rotation settings
        Procedure for changing service account passwords

sr-1-8 =
    .title = Public key infrastructure certificates
    .question = Where systems in this zone use certificates (OPC UA, HTTPS, VPN, 802.1X), who issues them, and is there a working way to renew and revoke them?
    .guidance =
        Look at: which applications use certificates, who issues them (own OT CA, enterprise CA, vendor CA, self-signed), and how renewal and revocation are done.
        Met when: certificates come from a properly run PKI, your own or an existing one, with controlled issuing, renewal before expiry, and revocation.
        Compensating: for a handful of self-signed certificates, an inventory with expiry reminders and a written manual process for distributing them securely.
        Weak spots: self-signed certificates accepted everywhere, an OT CA on an unpatched server, expired certificates that stop OPC UA links overnight.
        Ask also: what happens to the plant if the certificate authority cannot be reached for a day?
    .evidence =
        Certificate inventory with issuers and expiry dates
        Description of the CA and its issuing procedure
        Record of a recent renewal or revocation

sr-1-9 =
    .title = Strength of public key authentication
    .question = When devices and applications in this zone check a certificate, do they verify its signature, its chain to a trusted authority and whether it has been revoked, or do they accept any certificate?
    .guidance =
        Look at: OPC UA trust lists, TLS settings of web HMIs and historians, VPN certificate checks, revocation checks (CRL or OCSP), and who holds private keys.
        Met when: signatures and chains are validated, revocation is checked or covered, private keys stay with their owner, and identities map to users or devices.
        Compensating: short certificate lifetimes where revocation lists cannot be reached from the zone; a managed trust list pushed to all clients.
        Weak spots: "trust all certificates" left on from commissioning, OPC UA clients that accept new server certificates by themselves, warnings clicked away.
    .evidence =
        OPC UA trust list and TLS validation settings
        Revocation check settings, or the short-lifetime rule applied instead
        Test record of an untrusted certificate being refused

sr-1-9-re-1 =
    .title = Hardware security for public key authentication
    .question = Are the private keys used for certificate-based log-on and device authentication in this zone protected by hardware, such as smart cards, TPMs or HSMs?
    .guidance =
        Look at: smart cards or USB tokens for people, TPMs in servers and industrial PCs, an HSM for the CA, secure elements in controllers and gateways.
        Met when: the private keys used for public key authentication are held in hardware that does not let them be exported.
        Compensating: keys in software stores protected by TPM-bound disk encryption and strict access rights, with short certificate lifetimes.
        Weak spots: PFX files holding private keys on shared drives, the CA key on an ordinary virtual machine, tokens configured to allow key export.
    .evidence =
        Key storage settings for users, devices and the CA
        Smart card or token issuing records
        Vendor documentation of hardware key storage

sr-1-10 =
    .title = Authenticator feedback
    .question = When someone types a password on an HMI, engineering station or device web page in this zone, is it hidden, and do failed log-ons give no hint about what was wrong?
    .guidance =
        Look at: the log-on screens of HMIs, engineering tools, web interfaces and consoles, and the messages shown after a wrong user name or password.
        Met when: the secret is masked while it is typed, and failure messages do not reveal whether the user name or the password was wrong.
        Compensating: screening the terminal from view where a device echoes input in clear; rarely needed.
        Weak spots: passwords shown in clear on touch panels, "unknown user" messages on web pages, passwords visible in command lines or batch files.
    .evidence =
        Screenshots of log-on screens with masked input
        Screenshot of the message after a failed log-on
        Sample of scripts checked for clear-text passwords

sr-1-11 =
    .title = Unsuccessful login attempts
    .question = What happens on the systems in this zone after a number of wrong passwords: are further attempts blocked for a while, and how do you make sure operators cannot be locked out of the HMI in an emergency?
    .guidance =
        Look at: lockout threshold and duration in the domain and local policies and on devices, and the special handling of control room and service accounts.
        Met when: repeated failures within a set time block further tries for a period or until unlocked, and accounts running critical services cannot log on interactively.
        Compensating: for operator HMIs where lockout would be unsafe, failed attempts raise an alarm in the control room, and the room is physically controlled.
        Weak spots: lockout on operator accounts that stops the plant being run, no limit on web or SSH log-ons, service accounts usable for interactive log-on.
    .evidence =
        Lockout policy settings for the domain, local systems and devices
        List of accounts excluded from lockout, with the reason
        Setting that denies interactive log-on to service accounts

sr-1-12 =
    .title = System use notification
    .question = Does a notice appear before log-on on the HMIs, engineering stations, servers and network devices in this zone, telling users the system is monitored and that unauthorised use is forbidden?
    .guidance =
        Look at: log-on banners on Windows, Linux, SSH, web interfaces and network devices, and who is allowed to change the text.
        Met when: a configurable notice shows before authentication, saying this is a control system, that use is monitored and that misuse is not allowed.
        Compensating: a posted notice at the console of devices that cannot show one, with the banner shown on the remote access gateway for remote users.
        Weak spots: a banner on Windows but none on switches and firewalls, text never agreed with legal or HR, remote paths that bypass the banner.
    .evidence =
        Screenshots of the notice on a PC, a network device and the remote gateway
        The approved notice text
        Policy or configuration line that sets the notice

sr-1-13 =
    .title = Access via untrusted networks
    .question = What routes lead into this zone from untrusted networks (internet, office network, vendor links, cellular modems), and how is each one monitored and controlled?
    .guidance =
        Look at: firewall rules at the zone boundary, the remote access gateway, vendor modems and cellular routers, dial-in lines, direct links from the office network.
        Met when: every access route from an untrusted network is known, passes through a controlling device, and its use is logged and reviewed.
        Compensating: routes that cannot be monitored stay physically disconnected and are only plugged in, under supervision, when needed.
        Weak spots: vendor 4G routers unknown to the site, direct RDP from the office LAN, remote access software on HMIs, old dial-up modems left connected.
        Ask also: has anyone scanned the network or walked the site to find routes that are not on the drawing?
    .evidence =
        List of external access routes with their controlling device
        Firewall rules and remote access logs for a recent period
        Network drawing with the zone boundary and its entry points

sr-1-13-re-1 =
    .title = Explicit access request approval
    .question = Is remote access from outside into this zone blocked by default, and opened only after someone in an assigned role approves each request?
    .guidance =
        Look at: how a vendor or engineer gets a remote session: the request, approval by the shift supervisor or system owner, and who enables and disables the access.
        Met when: access from untrusted networks is refused unless an assigned role explicitly approves it, and each approval is recorded.
        Compensating: a key switch in the control room that enables the remote link only for an approved, time-limited session.
        Weak spots: vendor VPN accounts permanently enabled, approval given by e-mail after the session started, nobody disabling access afterwards.
    .evidence =
        Remote access procedure naming the approving role
        Approval records for recent remote sessions
        Gateway settings showing remote accounts disabled by default

## FR 2 Use control (UC)

sr-2-1 =
    .title = Authorization enforcement
    .question = Once people are logged on to the HMIs, engineering stations and servers in this zone, what stops an operator from changing logic or settings that only engineers should change?
    .guidance =
        Look at: roles and permissions in the HMI, engineering software, historian and Windows; what an operator account can actually do; whether least privilege is applied.
        Met when: on every interface people can only do what their assigned permissions allow, duties are separated, and nobody holds more rights than the job needs.
        Compensating: a key switch on controllers for program mode plus a written sign-off, where the software cannot limit rights per user.
        Weak spots: everyone in the local administrators group, operator accounts that can start the engineering tool, HMIs where any user can change alarm limits.
    .evidence =
        Role and permission matrix for the HMI, engineering tool and servers
        Screenshot of an operator account refused a restricted action
        Membership lists of the administrator groups

sr-2-1-re-1 =
    .title = Authorization enforcement for all users
    .question = Are permissions enforced for software and devices too, so that, for example, a historian or reporting client can only read the values it needs and cannot write to controllers?
    .guidance =
        Look at: the rights of service accounts, OPC server access rights, write protection in controllers, firewall rules that limit write commands between devices.
        Met when: permissions are enforced for people, software processes and devices alike, and each non-human user has only the access its function needs.
        Compensating: an industrial firewall or protocol-aware filter that allows only read functions from historian and reporting servers to the controllers.
        Weak spots: OPC servers that allow anonymous writes, service accounts in the domain admins group, controllers that accept writes from any node.
    .evidence =
        List of service accounts and their rights
        OPC server access settings
        Firewall or deep packet inspection rules restricting write commands

sr-2-1-re-2 =
    .title = Permission mapping to roles
    .question = Can an authorised person in your organisation define and change which permissions belong to each role (operator, engineer, maintenance, viewer) on the systems in this zone?
    .guidance =
        Look at: whether roles can be defined in the HMI, engineering tools and directory, who may change the mapping, and whether changes are recorded.
        Met when: an authorised role can map permissions to roles for all users, and people receive rights through roles rather than one by one.
        Compensating: a written role matrix applied by the vendor on request, with each change recorded, where the site team cannot edit roles itself.
        Weak spots: fixed vendor roles that do not fit the plant, roles edited by whoever has admin rights, permissions granted directly to individuals.
    .evidence =
        Role definitions in the HMI or engineering tool
        Record of the last change to a role's permissions
        Procedure naming who may change role mappings

sr-2-1-re-3 =
    .title = Supervisor override
    .question = Can a shift supervisor or another designated role temporarily override a user's normal permissions in an emergency, with the override limited in time and logged?
    .guidance =
        Look at: how an operator can be given extra rights quickly during a process upset, e.g. a supervisor log-on over the operator session, and how that ends.
        Met when: a supervisor or manager can override permissions by hand for a configurable time or sequence of events, and every override is recorded.
        Compensating: a sealed break-glass account with a logbook and an alarm when used, reviewed after every use.
        Weak spots: emergency passwords known to the whole shift, overrides that never expire, no record of who used the override or why.
    .evidence =
        Override function settings and time limits
        Audit log entries for recent overrides
        Break-glass procedure and its usage log

sr-2-1-re-4 =
    .title = Dual approval
    .question = For actions that could seriously affect the process, such as a program download to a critical controller or bypassing a trip, must a second person approve before the action runs?
    .guidance =
        Look at: which actions the site counts as high impact, and whether the HMI or engineering tool requires a second authenticated person to confirm them.
        Met when: the system enforces approval by two authorised people for the defined high-impact actions.
        Compensating: a permit-to-work with two signatures plus a physical key held by the second person, for tools that cannot enforce two approvals.
        Weak spots: no agreed list of high-impact actions, the second approver being the same person under another account, approvals that can be skipped.
    .evidence =
        List of actions that need dual approval
        Configuration of the two-person confirmation
        Records of recent actions approved by two people

sr-2-2 =
    .title = Wireless use control
    .question = How do you decide which wireless connections are allowed into this zone, and how do you monitor and enforce the limits on what they may do?
    .guidance =
        Look at: the list of approved wireless networks and devices, what each may reach, and how use is watched (controller logs, firewall between wireless and wired).
        Met when: wireless use is authorised, monitored and restricted in line with accepted practice, e.g. wireless traffic passes a firewall before it reaches controllers.
        Compensating: wireless placed in a zone of its own, with a conduit to the control zone that passes only the traffic needed.
        Weak spots: wireless bridges joining two wired segments with no firewall, tablets on the control network with full access, wireless logs nobody reads.
        Not applicable: only when there is no wireless in or into the zone, confirmed by a site check.
    .evidence =
        Approved wireless use list with permitted destinations
        Firewall rules between the wireless segment and the zone
        Wireless controller or gateway logs

sr-2-2-re-1 =
    .title = Identify and report unauthorized wireless devices
    .question = Would you find out if someone put an unauthorised access point, wireless bridge or cellular router in or near this zone, and who would be told?
    .guidance =
        Look at: wireless intrusion detection, periodic wireless surveys, detection of unknown devices on switch ports, checks of cabinets for cellular routers.
        Met when: unauthorised wireless transmitters in the plant area are detected and reported to someone who acts on the report.
        Compensating: scheduled site surveys with a Wi-Fi or spectrum scanner, plus switch port monitoring that flags new devices.
        Weak spots: surveys only around the offices, cellular routers hidden in vendor panels, alerts sent to a mailbox nobody reads.
    .evidence =
        Wireless intrusion detection alerts or survey reports
        Procedure for handling a rogue device
        Record of a rogue device found and removed

sr-2-3 =
    .title = Use control for portable and mobile devices
    .question = What controls apply to USB sticks, contractors' laptops, phones and other portable devices at the HMIs, engineering stations and network ports in this zone?
    .guidance =
        Look at: USB port blocking or device control, the rules for connecting laptops, authorisation of specific devices, limits on copying code and data.
        Met when: the systems can block portable devices, allow them only with specific authorisation, and restrict copying of code and data to and from them.
        Compensating: physical port locks and a media scanning kiosk, plus a site rule that visiting laptops connect only to a separate maintenance segment.
        Weak spots: USB left open on all HMIs for backups, contractor laptops plugged into any free switch port, phones charged from HMI USB ports.
    .evidence =
        Device control policy and its settings
        Procedure and log for portable devices and media
        List of approved USB devices or laptops

sr-2-3-re-1 =
    .title = Security status check of portable and mobile devices
    .question = Before a laptop or other portable device may connect to this zone, is it checked against the zone's security rules, for example patched, scanned and running malware protection?
    .guidance =
        Look at: checks on visiting laptops (network access control, a checklist at the gate), plant-owned maintenance laptops, scanning before connection.
        Met when: portable and mobile devices are checked against the zone's security requirements before they connect, and those that fail are refused.
        Compensating: only plant-owned, hardened maintenance laptops may connect, each checked and logged before use; contractors' own machines never connect.
        Weak spots: checks made once at contract start and never again, laptops that go home with the contractor, checklists signed without looking.
    .evidence =
        Network access control policy or pre-connection checklist
        Log of checks on recent visiting devices
        List of plant-owned maintenance laptops and their status

sr-2-4 =
    .title = Mobile code
    .question = What stops scripts, macros, Java, ActiveX and other mobile code from running on the HMIs, engineering stations and servers in this zone unless they are needed and approved?
    .guidance =
        Look at: browser and office settings on HMIs and engineering stations, script execution policy, macro settings, which web-based HMIs really need scripts.
        Met when: mobile code can be blocked, allowed only from approved sources, restricted in transfer and monitored, depending on the harm it could do.
        Compensating: application allow-listing that blocks script hosts except those the approved HMI runtime needs.
        Weak spots: full browsers and office suites on HMIs, macros enabled for reports, unrestricted PowerShell, e-mail read on engineering stations.
    .evidence =
        Script, macro and browser policy settings
        List of approved mobile code and the reason for each
        Allow-listing rules for script interpreters

sr-2-4-re-1 =
    .title = Mobile code integrity check
    .question = Before approved scripts or other mobile code run on systems in this zone, is their integrity checked, for example by a signature, so that a changed script will not run?
    .guidance =
        Look at: code signing of PowerShell and other scripts, signed web content for HMIs, signature checks in the allow-listing tool.
        Met when: the integrity of mobile code is checked before it runs, and code that fails the check is refused.
        Compensating: scripts kept in a read-only location with file integrity monitoring that alerts on any change.
        Weak spots: signing enforced for some script types only, self-signed signing certificates trusted everywhere, developers bypassing signing.
    .evidence =
        Script execution policy requiring signatures
        Code signing certificate and signing procedure
        Test record of an altered script being blocked

sr-2-5 =
    .title = Session lock
    .question = Do engineering stations, servers and other workstations in this zone lock after a period without use or on request, and need a log-on to unlock?
    .guidance =
        Look at: screen lock settings on engineering stations, servers, remote desktop sessions and web interfaces, and how operator HMIs are treated.
        Met when: sessions lock after a configurable idle time or by hand, and stay locked until the owner or another authorised person logs on again.
        Compensating: for operator HMIs that must stay in view, a staffed, access-controlled control room and a view-only mode when nobody is logged on.
        Weak spots: screen lock switched off on every machine because of the HMIs, idle engineering stations left logged on as administrator, web sessions that never expire.
    .evidence =
        Screen lock policy settings per type of machine
        List of machines excluded from locking, with the reason
        Observation of unattended workstations during the visit

sr-2-6 =
    .title = Remote session termination
    .question = Are remote sessions into this zone (VPN, remote desktop, vendor tools) ended automatically after a period of inactivity, and can they be ended by hand?
    .guidance =
        Look at: idle timeouts on the VPN, the remote desktop gateway, the jump host and vendor remote tools, and who can cut a running session.
        Met when: remote sessions end after a configurable idle time and can be ended by hand by the user or the control room.
        Compensating: a control room switch or firewall rule that cuts the remote path at once, plus a rule that remote sessions run only while watched.
        Weak spots: disconnected remote desktop sessions left running for days, vendor tools with no timeout, nobody in the control room able to end a session.
    .evidence =
        Timeout settings of the VPN, gateway and jump host
        Session log showing automatic disconnects
        Procedure for ending a remote session

sr-2-7 =
    .title = Concurrent session control
    .question = Can the systems in this zone limit how many sessions the same user, service or device may have open at once on each interface?
    .guidance =
        Look at: limits on parallel remote desktop sessions, concurrent log-ons of one account, and parallel connections to controllers and OPC servers.
        Met when: the number of concurrent sessions per user, process or device can be limited, and limits are set where they matter.
        Compensating: gateway rules that allow one session per account for remote access, combined with alerts on parallel log-ons.
        Weak spots: shared accounts logged on at several stations at once, controllers whose connection slots can be used up, limits set but never tested.
    .evidence =
        Session limit settings on servers, gateways and controllers
        Log entry of a second session being refused
        List of interfaces and the limit chosen for each

sr-2-8 =
    .title = Auditable events
    .question = Do the systems in this zone record security events such as log-ons, refused access, configuration changes, program downloads and backups, each with time, source and result?
    .guidance =
        Look at: Windows event logs, HMI and engineering tool audit trails, controller change logs, firewall and switch logs, and which event types are switched on.
        Met when: access control, errors, system and control system events, backups, configuration changes, scans and log events are recorded with time, source, type and result.
        Compensating: a network monitoring tool that records program downloads and configuration changes for controllers that keep no log of their own.
        Weak spots: auditing switched off on HMIs to save disk, controllers with no change log, firewalls logging only refused traffic, logs overwritten within hours.
    .evidence =
        Audit policy settings on the Windows systems
        Sample records from an HMI, a controller change and a firewall
        List of the event types recorded per system

sr-2-8-re-1 =
    .title = Centrally managed, system-wide audit trail
    .question = Are the security logs from all systems in this zone collected in one place, put in time order, and available in a standard format that a SIEM or other tool can read?
    .guidance =
        Look at: the central log server or SIEM, which systems send to it, the formats used (syslog, Windows event forwarding), and how events are correlated.
        Met when: audit records from across the zone are managed centrally, put in time order, and can be exported in standard formats for analysis.
        Compensating: a scheduled, scripted collection of logs from devices that cannot forward them, loaded into the central store.
        Weak spots: only the firewalls send logs, PLC and HMI logs stay local, the log server runs on a different clock, nobody notices a source going silent.
    .evidence =
        List of log sources connected to the central server
        Screenshot of one search across several sources
        Sample export in a standard format

sr-2-9 =
    .title = Audit storage capacity
    .question = Is there enough storage for the security logs of this zone to be kept as long as your policy requires, and what stops the logs from filling the disk?
    .guidance =
        Look at: log sizes and retention on PCs, devices and the central server, rotation and archiving, and how far back the logs really go.
        Met when: log storage is sized to accepted log management practice and the retention policy, with measures that keep it from being exceeded.
        Compensating: frequent forwarding to a central store, so that short local retention loses nothing.
        Weak spots: 20 MB event logs that overwrite within a day, a central log disk at 95 percent, devices that keep only their last hundred events.
    .evidence =
        Log size and retention settings
        Oldest available record on a sample of systems
        Disk usage of the central log store

sr-2-9-re-1 =
    .title = Warn when audit record storage capacity threshold reached
    .question = Does someone get a warning when log storage in this zone reaches a set level, before old records are lost or logging stops?
    .guidance =
        Look at: threshold settings on Windows event logs, syslog servers and the SIEM, and where the warning is sent.
        Met when: a warning goes to the right people when log storage reaches a configurable percentage of its capacity.
        Compensating: disk monitoring of the log server through the plant's system monitoring, with an alarm to the team on duty.
        Weak spots: thresholds set but alerts sent to an old mailbox, warnings on the server but not on stand-alone PCs, alerts that are ignored.
    .evidence =
        Threshold setting and alert configuration
        Record of a recent capacity warning and what was done
        Monitoring dashboard showing log storage use

sr-2-10 =
    .title = Response to audit processing failures
    .question = If logging stops working on a system in this zone, for example because the disk is full or the log service crashed, is someone alerted while the control functions keep running?
    .guidance =
        Look at: what each system does when logging fails (stop, overwrite, halt), alerts on failed logging, and whether control functions could be affected.
        Met when: staff are alerted when audit processing fails, essential control functions keep running, and the response follows accepted practice.
        Compensating: the central log server flags sources that stop sending, and a named person checks and repairs them.
        Weak spots: systems set to shut down when the security log is full, logs silently lost when the forwarder fails, nobody told that a source went quiet.
    .evidence =
        Settings for what happens when a log is full
        Alert rule for silent or failing log sources
        Record of a logging failure and how it was handled

sr-2-11 =
    .title = Timestamps
    .question = Do the audit records from systems in this zone carry date and time stamps accurate enough to reconstruct what happened across several machines?
    .guidance =
        Look at: the time sources of the zone (NTP server, GPS clock, domain controller), clock settings on PCs, controllers and network devices, time zones in records.
        Met when: every audit record gets a timestamp from the system clock, and the clocks agree closely enough for events to be put in the right order.
        Compensating: a central log server that stamps records on arrival for devices without a reliable clock, with that limitation written down.
        Weak spots: controllers and switches whose clocks are minutes or years out, local time mixed with UTC, clocks reset after a power loss.
    .evidence =
        Time settings on a PC, a controller and a network device
        Sample records from two systems showing consistent times
        Drawing or list of the zone's time sources

sr-2-11-re-1 =
    .title = Internal time synchronization
    .question = Are the clocks of the PCs, controllers and network devices in this zone synchronised automatically with a common time source at a set interval?
    .guidance =
        Look at: NTP or PTP settings on all systems, the interval chosen, which source each one uses, and whether clock drift is monitored.
        Met when: the internal clocks across the zone are synchronised at a configurable interval from a common time source.
        Compensating: a written check and correction of device clocks at each maintenance round, for devices without NTP.
        Weak spots: devices pointing at an office time server they cannot reach, the zone's time server drifting itself, controllers set only at start-up.
    .evidence =
        NTP or PTP settings on a sample of systems
        Status page showing synchronisation and offset
        List of devices not synchronised, with the measure used

sr-2-11-re-2 =
    .title = Protection of time source integrity
    .question = Is the time source of this zone protected against someone changing or faking it, and is a change of time recorded as an event?
    .guidance =
        Look at: who can change the time on the time server and on devices, authenticated NTP or PTP, exposure of GPS antennas, events logged on time changes.
        Met when: the time source is protected from unauthorised change, and changing it creates an audit event.
        Compensating: two independent time sources compared by the monitoring system, with an alarm when they disagree.
        Weak spots: unauthenticated NTP from the office network, anyone with local admin rights able to set the clock, GPS receivers open to spoofing.
    .evidence =
        NTP authentication or PTP security settings
        List of accounts allowed to change the system time
        Log entry created by a time change

sr-2-12 =
    .title = Non-repudiation
    .question = If someone changes a set-point, forces an output or downloads a program in this zone, can you show afterwards which person did it, in a way they cannot credibly deny?
    .guidance =
        Look at: audit trails in the HMI and engineering tools that tie actions to personal accounts, protection of those records, electronic signatures where used.
        Met when: the system can establish whether a given person took a given action, based on personal authentication and records protected from change.
        Compensating: personal log-on for every change plus a change log countersigned by a supervisor, with the audit trail protected from editing.
        Weak spots: shared operator accounts, audit trails the same users can delete, engineering changes made from a shared vendor laptop.
    .evidence =
        Audit trail entries naming the person behind recent changes
        Settings that protect the audit trail from change
        A past investigation that traced an action to a person

sr-2-12-re-1 =
    .title = Non-repudiation for all users
    .question = Can you also show which software process or device sent a given command or change in this zone, and not only which person?
    .guidance =
        Look at: signed or authenticated messages between applications, per-device credentials, and logs that record the sending process or device for each write.
        Met when: actions by all users, whether people, software processes or devices, can be traced to their source in a way that cannot credibly be denied.
        Compensating: network monitoring that records the source of every write command, with unique device credentials on the conduits that carry writes.
        Weak spots: several applications sharing one service account, gateways that hide the original sender, logs that do not name the sending device.
    .evidence =
        Log entries naming the sending process or device for writes
        List of non-human identities and their credentials
        Network monitoring record tracing a command to its source

## FR 3 System integrity (SI)

sr-3-1 =
    .title = Communication integrity
    .question = How do you make sure that commands and values travelling between PLCs, HMIs, servers and remote I/O in this zone cannot be altered on the way without anyone noticing?
    .guidance =
        Look at the protocols really in use (Modbus TCP, Profinet, EtherNet/IP, OPC, serial lines, radio) and at where their cables and links physically run.
        Met when: changes to messages in transit would be detected, e.g. protocol checksums on links inside locked cabinets and rooms, or integrity-protected protocols.
        Compensating: physical protection of exposed cable routes, or carrying an unprotected protocol through a VPN tunnel across the exposed section.
        Weak spots: radio and fibre links leaving the fenced area, serial-to-Ethernet converters, unmanaged switches in field boxes, patch panels in shared rooms.
        Ask also: which links leave a physically controlled area, and has anyone ever looked for unknown devices on them?
    .evidence =
        Network drawing showing the protocol used on each link
        List of links and cable routes that leave controlled areas
        Settings of integrity-protected protocols, e.g. OPC UA security mode

sr-3-1-re-1 =
    .title = Cryptographic integrity protection
    .question = Is the integrity of control and configuration traffic in this zone protected by cryptography (signed or MAC-protected messages, TLS, IPsec, CIP Security), so that tampering is detected?
    .guidance =
        Look at the conduits and long links of the zone: OPC UA in Sign or SignAndEncrypt mode, CIP Security, TLS to historians and web HMIs, IPsec or MACsec between sites.
        Met when: the zone's communication is protected by a recognised cryptographic integrity mechanism, with keys and certificates that are actually checked.
        Compensating: IPsec tunnels between boundary devices at both ends of a link, for legacy controllers and fieldbuses that cannot do cryptography themselves.
        Weak spots: OPC UA set to security mode None for convenience, certificate warnings clicked away, Modbus to remote stations over 4G routers.
        Ask also: which links are still unprotected, and is that written down with the agreed measure?
    .evidence =
        OPC UA, TLS or IPsec settings exported from devices or firewalls
        List of links still using unprotected protocols, with the agreed measure
        Certificate list with issuers and expiry dates

sr-3-2 =
    .title = Malicious code protection
    .question = What protects the Windows and Linux machines in this zone (HMIs, engineering stations, historians, servers) against malware, and how are its signatures or allow-lists kept current?
    .guidance =
        Look at each PC-based node: antivirus or endpoint protection approved by the control system vendor, or application allow-listing where a scanner is not allowed.
        Met when: every node able to run protection has it active, current and set to block and report, with product and exclusions approved by the vendor.
        Compensating: application allow-listing, a locked-down kiosk set-up, or a scanning station all media must pass, for old or embedded nodes without a scanner.
        Controllers and field devices: look for signed firmware and blocked download of unapproved code rather than a scanner.
        Weak spots: signatures months old, whole data drives excluded, protection switched off during commissioning and never switched back on, unsupported Windows.
    .evidence =
        Console or local screen showing protection status and signature date per node
        Vendor compatibility statement for the product and its exclusions
        List of nodes without protection and the measure used instead

sr-3-2-re-1 =
    .title = Malicious code protection on entry and exit points
    .question = Are files and media checked for malware where they enter or leave this zone: USB sticks, file transfers from the office network, remote access sessions and contractors' laptops?
    .guidance =
        List the entry and exit points: firewall conduits, file transfer server in the DMZ, remote access gateway, USB ports, DVD drives, vendor laptops.
        Met when: each entry and exit point has a malware check before data reaches the zone, e.g. a media scanning station, scanning on the DMZ server, or firewall inspection.
        Compensating: USB ports blocked by policy and port locks, with a single scanned transfer path that everyone must use.
        Weak spots: contractors plugging laptops into a spare switch port, USB sticks used straight on HMIs, file copy through the clipboard of a remote session.
        Ask also: how are service providers' laptops checked before they are connected?
    .evidence =
        Drawing of entry and exit points with the check at each one
        Scanning station log for recent weeks
        Firewall or file transfer server settings showing malware inspection

sr-3-2-re-2 =
    .title = Central management and reporting of malware protection
    .question = Is malware protection across this zone managed from one console, so that you can see which nodes are up to date, push updates and get told when something is detected?
    .guidance =
        Look at the management console (usually on a server in the zone or in the DMZ): node list, version and signature state, detection alerts, update distribution.
        Met when: all protected nodes report to the console, detections raise an alert that someone acts on, and updates reach the zone through a controlled path.
        Compensating: a scripted daily status collection with a signed check, where nodes cannot report to a console.
        Weak spots: nodes missing from the console, alerts sent to an unread mailbox, a console that pulls updates straight from the internet.
        Ask also: when was the last detection, and who saw it?
    .evidence =
        Console screen listing all nodes of the zone with their status
        Detection or alert report from recent months
        Drawing of the update path from vendor to the nodes

sr-3-3 =
    .title = Security functionality verification
    .question = How do you check that the security functions in this zone really work, e.g. firewall rules block what they should, accounts lock out, malware protection reacts, and when are these checks done?
    .guidance =
        Look for a list of security functions with test steps, used at FAT, SAT, after major changes and at maintenance stops, and for the recorded results.
        Met when: security functions are tested against expected results at planned moments, and failures are reported and fixed.
        Tests that could disturb production may run on a test system, on a redundant unit or during a shutdown, as long as this is planned and recorded.
        Compensating: periodic checks by the integrator or an external tester with a written report, if the plant team cannot test itself.
        Weak spots: tests done once at commissioning and never again, rule sets never re-tested after changes, test reports that never list a failure.
    .evidence =
        Security test plan and results from the last FAT, SAT or maintenance stop
        Dated test of a firewall rule or of account lockout, with outcome
        Defects raised from security tests and their closure

sr-3-3-re-1 =
    .title = Automated mechanisms for security functionality verification
    .question = Do you use tools that check security functions automatically, such as configuration compliance checks, scripted firewall rule tests or vulnerability scans on a test system, not only manual checks?
    .guidance =
        Look for scripts or tools that verify settings and security functions repeatedly, and for where they run: test bed, redundant unit or live system.
        Met when: checks of security functions are automated, run on a schedule or after changes, and their results are stored and reviewed.
        Compensating: automated checks on a representative test system plus manual spot checks in the live zone.
        Active scans must only touch nodes known to tolerate them; the vendor should confirm this.
        Weak spots: scanners pointed at live controllers without vendor approval, automated jobs that silently stopped running months ago.
    .evidence =
        Configuration and schedule of the automated check or scan job
        Latest automated report with its findings
        Vendor statement on which scans are safe for the controllers

sr-3-3-re-2 =
    .title = Security functionality verification during normal operation
    .question = Can the security functions in this zone be checked while the plant is running, without a stop, for example by monitoring that protection services, logging and firewalls are alive?
    .guidance =
        Look at what verifies security functions in live operation: health checks of endpoint protection and logging, firewall status, passive network monitoring.
        Met when: the state of the key security functions is checked continuously or at short intervals during production, and a failure raises an alert.
        Compensating: a shift checklist on which operators confirm defined status screens, with kept records.
        Weak spots: health checks covering only IT servers, log sources that stopped sending weeks ago without anyone noticing.
    .evidence =
        Monitoring screen showing the health of security functions
        Alert raised when a log source or protection service stopped
        Shift checklist records, if used

sr-3-4 =
    .title = Software and information integrity
    .question = Would you notice if someone changed a PLC program, HMI project, firmware or configuration file in this zone without authorisation, and how?
    .guidance =
        Look at PLC programs and firmware, HMI and SCADA projects, executables and configuration files on servers, drive and safety device settings.
        Met when: unauthorised changes are detected and recorded, e.g. by comparing online programs with a master copy, checksums, file integrity monitoring or signed firmware.
        Compensating: regular manual comparison of online programs with the versioned master, with controller key switches kept in RUN.
        Weak spots: controllers left in remote program mode, no master copy to compare with, firmware from unverified downloads, recipe tables nobody watches.
    .evidence =
        Version management or program compare report for the zone's controllers
        File integrity monitoring settings on servers
        Record of the last detected change and how it was cleared

sr-3-4-re-1 =
    .title = Automated notification about integrity violations
    .question = When a tool detects a changed PLC program, firmware or protected file in this zone, does it tell someone automatically, and who is that person?
    .guidance =
        Look at the change detection or file integrity tool and where its findings go: e-mail, HMI alarm, SIEM ticket.
        Met when: detected integrity violations raise a notification without anyone having to run a report, and a named receiver acts on it.
        Compensating: a daily automatically generated report that a named person reads and signs off.
        Weak spots: notifications going to a former employee, alerts drowned by planned changes that are never matched to work orders.
    .evidence =
        Notification settings of the change detection tool
        An example notification and the recorded response

sr-3-5 =
    .title = Input validation
    .question = Do your HMIs, controllers and servers check that values typed by operators or received over the network are sensible (type, range, format) before acting on them?
    .guidance =
        Look at setpoint limits on HMI faceplates, range checks in controller logic, web and API inputs of servers and devices, robustness test results of components.
        Met when: inputs that can reach the process are checked for format and plausible range where they are received, and invalid input is refused without a crash.
        Compensating: limits enforced in controller logic plus a protocol-aware firewall that only allows named write functions or registers.
        Weak spots: limits only in the HMI while the PLC takes any value over the network, device web pages, recipe files imported without checks.
    .evidence =
        HMI tag settings showing input limits for key setpoints
        Controller code extract with range checks
        Robustness or fuzz test reports, or component certificates

sr-3-6 =
    .title = Deterministic output
    .question = If a controller or remote I/O in this zone is cut off or disturbed by an attack, do its outputs move to a state you chose in advance (off, hold, safe position), and was that tested?
    .guidance =
        Look at configured output behaviour on CPU stop, network loss and watchdog timeout: output modules, remote I/O, drives, valve positioners.
        Met when: the intended output state is defined per process unit, configured in the devices and confirmed in commissioning or later tests.
        Compensating: independent hardwired interlocks or a safety system that brings the process to a safe state whatever the control outputs do.
        Weak spots: hold-last-value defaults never reviewed, communication loss never tested, drives that keep running on fieldbus timeout.
    .evidence =
        Table of safe states per output group or unit
        Device settings showing substitute values or fail state
        Record of a communication loss test

sr-3-7 =
    .title = Error handling
    .question = When something goes wrong in an HMI, server, web page or device of this zone, do error messages help the user without revealing internals such as file paths, versions or database queries?
    .guidance =
        Look at login failures, device and historian web pages and HMI error pop-ups; try a wrong password and a wrong web address, where allowed.
        Met when: messages shown to users are useful but free of technical detail that would help an attacker, and full details go only to protected logs.
        Compensating: limiting who can reach the interface, e.g. web pages only reachable from a management station.
        Weak spots: stack traces on historian portals, login messages revealing whether a user name exists, device pages showing firmware banners.
    .evidence =
        Screenshots of typical error messages
        Penetration test or vendor findings on information disclosure

sr-3-8 =
    .title = Session integrity
    .question = For web HMIs, historian portals, remote access gateways and OPC UA connections in this zone, how are sessions protected so that nobody can take over or inject into another user's session?
    .guidance =
        Look at every session-based interface: web HMIs, device web pages, historian and reporting portals, remote access, engineering tool connections.
        Met when: sessions are bound to an authenticated user, session tokens travel only over encrypted links, and forged or invalid session identifiers are refused.
        Compensating: making the interface reachable only through a VPN or jump host, so that sessions cannot be intercepted on the zone network.
        Not applicable only for a zone with no session-based interfaces; note which interfaces were checked.
        Weak spots: device web pages on plain HTTP, session cookies without the secure flag, engineering tools that talk to controllers with no session at all.
    .evidence =
        List of session-based interfaces in the zone with the protocol used
        Browser check of cookie flags on a web HMI
        Vendor security manual section on session handling

sr-3-8-re-1 =
    .title = Invalidation of session IDs after session termination
    .question = When a user logs out or a session times out on a web HMI, portal or remote access gateway, is the old session identifier made useless straight away?
    .guidance =
        Look at logout and timeout behaviour: log in, note the session cookie, log out, then try to reuse it (on a test system, or via the vendor test report).
        Met when: ended sessions cannot be resumed with the old identifier, and idle sessions end after a set time.
        Compensating: short idle timeouts plus access only through a jump host whose own session is ended reliably.
        Weak spots: users closing the browser tab without logging out, shared operator PCs with sessions left open, remember-me options.
    .evidence =
        Test record of session reuse after logout
        Timeout settings of each interface

sr-3-8-re-2 =
    .title = Unique session ID generation
    .question = Does each new session on your web and remote access interfaces get its own fresh identifier from the system, and are identifiers the system did not issue itself refused?
    .guidance =
        Look at how session identifiers are handed out at login, usually in vendor documentation or a penetration test report.
        Met when: a new identifier is issued at every login, no identifier is shared between users, and supplied or unknown identifiers are rejected.
        Compensating: network restrictions so that only named management stations can reach the interface.
        Weak spots: the same identifier kept before and after login (session fixation), identifiers carried in the URL that end up in logs.
    .evidence =
        Penetration test section on session management
        Vendor statement or certificate covering session ID handling

sr-3-8-re-3 =
    .title = Randomness of session IDs
    .question = Are session identifiers on these interfaces produced by a proper random generator, so that nobody can guess or predict them from earlier ones?
    .guidance =
        Mostly a product property: look for vendor documentation, a component certificate or test results rather than testing it yourself.
        Met when: identifiers are long, come from a cryptographic random generator, and tests found no predictable pattern.
        Compensating: restricting who can reach the interface and blocking clients after repeated invalid session attempts.
        Weak spots: identifiers built from time stamps or counters, old embedded web servers in devices.
    .evidence =
        Vendor documentation or certificate on session ID generation
        Test report analysing the randomness of session identifiers

sr-3-9 =
    .title = Protection of audit information
    .question = Who can read, change or delete the security logs of this zone (Windows event logs, firewall logs, syslog, SIEM), and how do you stop an intruder from covering their tracks?
    .guidance =
        Look at local logs on servers and HMIs, firewall and switch logs and the central collector: permissions, retention, forwarding.
        Met when: only named roles reach logs and log tools, entries cannot be changed or deleted unnoticed, and copies sit on a collector out of reach of node admins.
        Compensating: prompt forwarding of all logs to a collector in another zone, run by different administrators.
        Weak spots: shared local admin accounts that can clear event logs, logs overwritten after a few days, log traffic sent unprotected across the network.
    .evidence =
        Permissions on log files and on the log collector
        Log forwarding settings of key nodes
        Retention settings and the oldest entry still available

sr-3-9-re-1 =
    .title = Audit records on write-once media
    .question = Are the audit records of this zone kept on storage that cannot be altered once written, such as WORM disks or tape, or an immutable log archive?
    .guidance =
        Look at where the final copy of the logs lives: WORM disks or tape, object storage with retention lock, an append-only log service.
        Met when: once written, audit records cannot be modified or deleted before their retention ends, not even by system administrators.
        Compensating: signed or hash-chained log files whose integrity is checked regularly, stored in a separate zone.
        Weak spots: an immutability setting any admin can switch off, only some log sources reaching the write-once store.
    .evidence =
        Storage settings showing write-once mode or retention lock
        List of log sources that reach the archive

## FR 4 Data confidentiality (DC)

sr-4-1 =
    .title = Information confidentiality
    .question = Which information in this zone must stay confidential (recipes, process know-how, passwords, network plans, backups), and how do you keep people without a need to know from reading it?
    .guidance =
        Look for a list or classification of sensitive information and where it sits: engineering stations, file shares, historians, backup servers, paper.
        Met when: sensitive information is identified and reading it is limited to authorised users or roles, wherever it is stored or sent.
        Compensating: keeping sensitive files only on a locked-down engineering station in a controlled room.
        Weak spots: project files with passwords on open shares, network plans e-mailed to vendors, historian data readable by every domain user.
    .evidence =
        Information classification or list of sensitive data in the zone
        Permissions of project, share and backup folders

sr-4-1-re-1 =
    .title = Confidentiality at rest or via untrusted networks
    .question = Is sensitive information encrypted where it is stored (laptops, backup media, project archives) and whenever it crosses an untrusted network, such as the internet during remote access?
    .guidance =
        Look at disk encryption on engineering laptops and removable media, encryption of backups, and the VPN or TLS settings of remote access.
        Met when: sensitive data at rest is encrypted, and every remote session over an untrusted network is encrypted up to a controlled gateway.
        Compensating: physical protection of stored data (safe, locked room) where encryption is not possible.
        Weak spots: unencrypted service laptops of contractors, backup disks in a drawer, remote support tools routed through a vendor cloud.
    .evidence =
        Disk encryption status of engineering laptops
        Remote access gateway settings (VPN protocol and ciphers)
        Backup encryption settings

sr-4-1-re-2 =
    .title = Protection of confidentiality across zone boundaries
    .question = Is information that leaves or enters this zone through a conduit encrypted on the way, for example between the control zone and the DMZ or to another site?
    .guidance =
        Look at each conduit of the zone and the protocols crossing it: historian replication, OPC, file transfer, remote access, links to other sites.
        Met when: information crossing any boundary of the zone is encrypted, either by the applications or by tunnels between the boundary devices.
        Compensating: IPsec tunnels between the firewalls at both ends of a conduit, for legacy protocols without encryption.
        Weak spots: historian or OPC Classic traffic in clear to the DMZ, FTP transfers, SNMPv1 or v2c community strings crossing boundaries.
    .evidence =
        Conduit list with protocols and their encryption
        Firewall or VPN settings for the encrypted conduits

sr-4-2 =
    .title = Information persistence
    .question = When an HMI, server, PLC memory card, switch or disk leaves this zone (repair, return to vendor, scrap), how do you make sure no configuration, passwords or process data leave with it?
    .guidance =
        Look at decommissioning and repair procedures: wiping disks, resetting switches and firewalls, removing memory cards, returns to the vendor.
        Met when: components can be cleared of sensitive data and this is done and recorded every time one is taken out of service.
        Compensating: physical destruction of disks and memory cards on site when wiping is not possible.
        Weak spots: faulty units returned under warranty with configs and keys inside, SD cards in PLCs and HMIs, copier disks, old virtual machine images.
    .evidence =
        Decommissioning or repair return procedure
        Wiping or destruction records for recent disposals

sr-4-2-re-1 =
    .title = Purging of shared memory resources
    .question = Do the computers and devices in this zone clear memory that one process or user has released before it is given to another, so that data cannot leak between them?
    .guidance =
        A platform and product property: look at vendor documentation or component certificates, and at operating system and hypervisor settings.
        Met when: the operating systems, hypervisors and embedded platforms used clear released memory before reuse, as stated by their suppliers.
        Compensating: not sharing hosts between different criticality levels or user groups, e.g. dedicated hardware instead of shared virtual hosts.
        Weak spots: old embedded platforms with no documented behaviour, virtual hosts running IT and OT machines side by side.
    .evidence =
        Vendor security documentation or certificate covering memory reuse
        Host and hypervisor settings for the zone

sr-4-3 =
    .title = Use of cryptography
    .question = Where cryptography is used in this zone (VPNs, TLS, OPC UA certificates, disk encryption), are the algorithms, key lengths and key handling current, and does someone manage them?
    .guidance =
        Look for an overview of where cryptography is used, the algorithms and key lengths set, and how keys and certificates are created, stored, renewed and revoked.
        Met when: algorithms and key lengths follow current recognised recommendations, and every key and certificate has an owner and a renewal process.
        Compensating: wrapping a product with weak cryptography in a strong VPN tunnel until it can be upgraded.
        Weak spots: TLS 1.0, SHA-1, DES, default vendor keys and certificates, self-signed certificates that expire and stop production.
    .evidence =
        Inventory of certificates and keys with expiry dates
        Cipher settings of VPN, TLS and OPC UA endpoints
        Key and certificate management procedure

## FR 5 Restricted data flow (RDF)

sr-5-1 =
    .title = Network segmentation
    .question = Is the control network of this zone separated from the office network and from other zones, so that traffic can only pass through defined and controlled points?
    .guidance =
        Compare the zone and conduit drawing with reality: switch and VLAN settings, routing tables, firewall interfaces, PCs with two network cards.
        Met when: the zone's network is segmented from non-control networks and from other zones, and every path between them is known and controlled.
        Compensating: strict access lists on layer-3 switches plus host firewalls where no dedicated boundary device exists yet.
        Weak spots: dual-homed PCs, shared management VLANs, forgotten temporary links, 4G routers in cabinets, printers bridging networks.
    .evidence =
        Zone and conduit drawing checked against switch settings
        VLAN and routing configuration export
        Result of a search for dual-homed hosts

sr-5-1-re-1 =
    .title = Physical network segmentation
    .question = Is the control network of this zone physically separate from non-control networks, on its own switches and cabling, rather than only a VLAN on shared hardware?
    .guidance =
        Look in the racks: which switches carry control traffic, whether any also carry office VLANs, and how cabling and ports are labelled.
        Met when: control and non-control networks use separate switches, cabling and network hardware, joined only through the boundary device.
        Compensating: rarely convincing; at most shared hardware run only by the OT team, hardened against VLAN hopping, recorded as an accepted deviation.
        Weak spots: core switches shared with IT, wireless access points serving both networks, patch panels with mixed ports.
    .evidence =
        Switch inventory showing which network each device serves
        Cabling plan or rack photos of the zone

sr-5-1-re-2 =
    .title = Independence from non-control system networks
    .question = If the link to the office network were cut today, would this zone keep working, including logins, name resolution, time synchronisation and licence checks?
    .guidance =
        Look for network services the zone takes from IT: directory and logins, DNS, NTP, DHCP, licence servers, patch servers, cloud services.
        Met when: the zone provides the network services it needs itself, or runs on safely without them, and this has been shown in a test or a real outage.
        Compensating: cached credentials, a local time source such as a GPS clock, and written fallback procedures for the remaining gaps.
        Weak spots: operators unable to log on when the IT domain controller is unreachable, licence checks timing out, alarms relying on an IT mail server.
    .evidence =
        List of network services the zone depends on and where they run
        Record of an isolation test or a real loss of the IT link

sr-5-1-re-3 =
    .title = Logical and physical isolation of critical networks
    .question = Are the most critical networks in this zone, such as the safety system network or the main control network, isolated both logically and physically from less critical networks?
    .guidance =
        Look at safety system networks, critical controller networks and their links to the basic control system and to engineering networks.
        Met when: critical networks have their own hardware and addressing, and any connection to less critical networks passes only through a dedicated boundary device.
        Compensating: a unidirectional gateway or a read-only interface where a critical network must share data.
        Weak spots: safety and basic control systems on one switch, engineering stations connected to both, shared remote I/O networks.
    .evidence =
        Drawing of critical networks and their connections
        Switch inventory showing dedicated hardware

sr-5-2 =
    .title = Zone boundary protection
    .question = What controls traffic at each boundary of this zone (firewall, router access list, data diode), and how do you know that only the intended traffic passes and that it is watched?
    .guidance =
        Look at each conduit of the zone: the boundary device, its rule set, the purpose of each rule, and what is logged and looked at.
        Met when: every boundary has a device that enforces agreed rules for the traffic crossing it, and that traffic is monitored.
        Compensating: access lists on layer-3 switches or host firewalls, plus monitoring, where a dedicated firewall is missing.
        Weak spots: any-to-any rules, rules with no owner or reason, vendor remote access links bypassing the firewall, rule changes without review.
    .evidence =
        Firewall rule set export with the purpose of each rule
        Record of the last rule review
        Boundary log or monitoring dashboard

sr-5-2-re-1 =
    .title = Deny by default, allow by exception
    .question = Is every boundary device of this zone set to block all traffic unless a rule explicitly allows it, and does each allowing rule have a documented reason?
    .guidance =
        Look at the last rule of each rule set and at broad rules (whole subnets, all ports, any source).
        Met when: the default action is deny, and each allow rule is as narrow as practical (source, destination, port) and justified in the conduit description.
        Compensating: none for the default itself; broad rules can be backed by host firewalls while the rule set is being reworked.
        Weak spots: routers that allow everything not listed, rules left over from commissioning, wide port ranges opened for DCOM or OPC Classic.
    .evidence =
        Rule set export showing the default rule
        Conduit description listing the allowed flows

sr-5-2-re-2 =
    .title = Island mode
    .question = Can you cut this zone off from all outside networks quickly when under attack, for example with a prepared firewall rule set or an isolation switch, and keep the plant running?
    .guidance =
        Look for a written isolation procedure: who may trigger it, how long it takes, and what stops working while the zone is isolated.
        Met when: the zone can be isolated at all its boundaries on demand, this has been tested, and the effect on production is known.
        Compensating: a clearly labelled physical disconnection point (patch cable or switch) with a written procedure.
        Weak spots: isolation never tested, hidden dependencies on outside services, links forgotten in the procedure (remote access, 4G, cloud).
    .evidence =
        Isolation procedure or incident playbook step
        Record of the last isolation test

sr-5-2-re-3 =
    .title = Fail close
    .question = If a firewall or other boundary device of this zone fails or loses power, does it block all traffic rather than letting everything through?
    .guidance =
        Look at the failure behaviour of boundary devices: bypass modules, hardware bypass on power loss, redundant pairs, the configuration loaded after a reboot.
        Met when: a failed boundary device stops traffic across the boundary, with redundancy where a stop would harm operations.
        Compensating: a second filtering device in line that also fails closed.
        Weak spots: bypass relays in firewall or IPS appliances, switches that forward when a virtual firewall stops, unsaved configs lost on reboot.
    .evidence =
        Vendor documentation of failure behaviour
        Record of a boundary device failure test

sr-5-3 =
    .title = General purpose person-to-person communication restrictions
    .question = Can e-mail, chat, social media or similar messages from outside the control system reach people or computers in this zone, for example on HMIs or engineering stations?
    .guidance =
        Look at software on HMIs and engineering stations (mail, messengers, browsers) and at boundary rules towards mail, web and messaging services.
        Met when: such messages from outside the control system are blocked at the boundary and the zone's computers carry no such clients.
        Compensating: separate office PCs for mail and chat in the control room, with no connection to the control network.
        Weak spots: browsers with webmail on engineering stations, collaboration tools installed by vendors, alarm mail servers that also accept inbound mail.
    .evidence =
        Installed software list of HMIs and engineering stations
        Boundary rules for mail, web and messaging ports

sr-5-3-re-1 =
    .title = Prohibit all general purpose person-to-person communications
    .question = Is all e-mail, chat and messaging, sending as well as receiving, completely prohibited in this zone?
    .guidance =
        Look at the same points as for the base requirement, plus outbound flows: alarm e-mails, SMS gateways, messages sent from HMIs.
        Met when: no person-to-person messaging in either direction is possible to or from the zone, by configuration and by written rule.
        Compensating: machine-generated alarm notifications only through a dedicated gateway that cannot carry messages typed by people.
        Weak spots: outbound mail allowed for alarms and then used freely, mobile phones connected to HMI USB ports.
    .evidence =
        Boundary rules showing mail and messaging blocked in both directions
        Written rule forbidding such use in the zone

sr-5-4 =
    .title = Application partitioning
    .question = Are applications and data of different criticality in this zone kept apart, for example control servers separate from historians, domain controllers, web services and office tools?
    .guidance =
        Look at what runs on each server and virtual host: control functions, historians, reporting, directory services, remote access, office software.
        Met when: functions of different criticality run on separate hosts, virtual machines or partitions, so trouble in one does not drag the others down.
        Compensating: hardening and resource limits on a shared host, with strict separation of access between the applications.
        Weak spots: one server doing everything, virtual hosts running IT and OT machines together, safety configuration tools on the control engineering station.
    .evidence =
        Server and virtual machine list with the functions of each
        Assignment of virtual machines to hosts and clusters

## FR 6 Timely response to events (TRE)

sr-6-1 =
    .title = Audit log accessibility
    .question = Can authorised people in your team actually read the security logs of this zone's devices and servers (HMIs, firewalls, controllers) without being able to change them?
    .guidance =
        Ask someone to show a log entry from a firewall, a server and a controller of the zone: a login, a configuration change, a failure.
        Met when: authorised users can view the audit logs of all relevant components with read-only access, within a reasonable time.
        Compensating: regular export of logs from components that have no log viewer, stored centrally.
        Weak spots: controller logs only the vendor can read, logs lost at power cycle, a log viewer that needs admin rights.
    .evidence =
        Live demonstration of reading a log entry
        Role or account with read-only access to logs

sr-6-1-re-1 =
    .title = Programmatic access to audit logs
    .question = Can the logs of this zone be collected automatically by tools such as a SIEM or log server, through standard interfaces like syslog, Windows event forwarding or an API?
    .guidance =
        Look at which components send or expose logs through a documented interface, and which only offer a local screen or a manual export.
        Met when: audit logs of the relevant components can be read by tools through documented interfaces, and collection is actually running.
        Compensating: scheduled scripted exports from components that have no such interface.
        Weak spots: devices able to send syslog but never configured, unencrypted syslog across zones, collectors dropping messages under load.
    .evidence =
        List of log sources with the interface used
        Collector settings showing recent data from the zone

# review 2026-12: the SR asks for the capability to monitor continuously; a staffed 24/7 response is not its criterion
sr-6-2 =
    .title = Continuous monitoring
    .question = Is this zone watched continuously for signs of attack, for example by a network monitoring sensor, a SIEM or a managed service, and where do its alerts go?
    .guidance =
        Look at the monitoring set-up: passive network sensors on mirror ports, log correlation, alert rules, and the people and procedures behind them.
        Met when: the zone's security mechanisms and traffic are watched without gaps in time, and suspicious activity is detected and reported soon enough to act on it.
        Not asked here: people on duty around the clock. How fast alerts are handled, and whether anyone is on call at night, is set by your incident procedure and risk.
        Compensating: a documented daily review of key logs and of the network baseline by trained staff.
        Weak spots: sensors blind to parts of the zone, alerts sent to a mailbox nobody reads, monitoring that stops when a sensor or collector fails and nobody notices, rules tuned so loosely that nothing ever fires.
    .evidence =
        Monitoring architecture with sensor placement
        A recent alert with its handling record
        Procedure saying who receives alerts and how they are followed up

## FR 7 Resource availability (RA)

sr-7-1 =
    .title = Denial of service protection
    .question = If the network of this zone were flooded, or an HMI or server stopped responding, would the controllers keep controlling the process safely?
    .guidance =
        Look at what depends on the network: control loops in the controllers, interlocks between controllers, the operator view, alarms.
        Met when: essential functions keep running in a degraded but safe mode during a flood or outage, as shown by tests or vendor data.
        Compensating: hardwired interlocks between controllers and local operator panels that work without the network.
        Weak spots: network scans crashing old controllers, broadcast storms from cabling loops, control functions that depend on a server.
    .evidence =
        Robustness test report or certificate for key controllers
        Description of the degraded mode of operation
        Record of a network disruption test or a real event

sr-7-1-re-1 =
    .title = Manage communication loads
    .question = Do your switches, firewalls and devices keep traffic floods in this zone in check, for example with storm control, rate limits or traffic priorities?
    .guidance =
        Look at switch settings (storm control, port rate limits, priority for real-time traffic), firewall rate limits and load settings of devices.
        Met when: abnormal traffic volumes are limited before they affect essential functions, and the limits have been tested.
        Compensating: placing real-time traffic on its own network segment, away from heavy traffic.
        Weak spots: unmanaged switches, storm control disabled after false trips, no loop protection.
    .evidence =
        Switch settings showing storm control and traffic priorities
        Record of a load test

sr-7-1-re-2 =
    .title = Limit DoS effects to other systems or networks
    .question = If a device or PC in this zone misbehaved or was taken over, could it flood other zones or networks, or is its traffic limited so that the damage stays local?
    .guidance =
        Look at limits on traffic leaving the zone at boundary devices, port rate limits on switches and traffic limits on hosts.
        Met when: components and boundaries restrict how much traffic a host can send, so a faulty or compromised node cannot overwhelm other systems.
        Compensating: monitoring that shuts a switch port automatically on abnormal traffic.
        Weak spots: no limits on traffic leaving the zone, broadcast domains spanning several zones.
    .evidence =
        Rate limit or outbound filter settings
        Switch port protection settings

sr-7-2 =
    .title = Resource management
    .question = Do security functions in this zone, such as virus scans, logging and patch installation, stay within limits so that they cannot eat up the CPU, memory, disk or bandwidth the control system needs?
    .guidance =
        Look at CPU and disk load on HMIs and servers during scans and updates, disk space for logs, and controller load from communication.
        Met when: resource use by security functions is bounded (scheduling, quotas, priorities) and watched, with warnings before limits are reached.
        Compensating: running heavy tasks only during planned stops, following a written schedule.
        Weak spots: full scans at shift change, log partitions filling up, patch downloads choking slow links.
    .evidence =
        Scan and update schedules
        Resource use charts for HMIs and servers
        Disk space alert settings

# review 2026-12: an offline or separate copy is good practice, not a criterion of the base SR
sr-7-3 =
    .title = Control system backup
    .question = Do you have current backups of everything needed to rebuild this zone: PLC programs, HMI and SCADA projects, server images, switch and firewall configurations, historian data?
    .guidance =
        Compare the backup list with the asset inventory, check the date of the newest backup per item, and where the copies are kept.
        Met when: programs, configurations, system images and process state are backed up on a schedule that does not disturb production.
        Good practice, beyond this requirement: keep one copy offline or outside the zone, so that ransomware or an intruder in the zone cannot reach it. Recommend it; do not mark the requirement not met for lack of it.
        Compensating: manual backups before and after every change, recorded in the change log.
        Weak spots: device configurations missing, backups only on an integrator's laptop, licences and keys not saved.
    .evidence =
        Backup list compared with the asset inventory
        Date of the latest backup per component
        Where the backup copies are kept

sr-7-3-re-1 =
    .title = Backup verification
    .question = How do you know your backups actually work? When did you last restore a PLC program, HMI project or server image from backup and check the result?
    .guidance =
        Look for restore tests: what was restored, onto which hardware, how long it took, and whether the result was compared with the running system.
        Met when: the backup mechanism and backup copies are checked regularly for integrity and restorability, with recorded results.
        Compensating: comparing backup files with online programs and checksums where a full restore test is not possible.
        Weak spots: backups never restored, encrypted backups whose keys are lost, files unreadable by current software versions.
    .evidence =
        Restore test records
        Integrity check results of backup jobs

sr-7-3-re-2 =
    .title = Backup automation
    .question = Are backups of this zone's programs, configurations and servers taken automatically on a schedule, rather than depending on someone remembering?
    .guidance =
        Look at backup tools and schedules for servers, controllers and network devices, and at how failed jobs are reported.
        Met when: backups run automatically at a frequency you can set, and failed jobs raise an alert that someone follows up.
        Compensating: a calendar-driven manual routine with sign-off and a check by a second person.
        Weak spots: controllers and switches left out of the automation, failure reports going nowhere.
    .evidence =
        Backup scheduler settings
        Job history with failures and their follow-up

# review 2026-12: a spare-parts or service contract does not bring the zone back to a known secure state, so it is no compensating countermeasure
sr-7-4 =
    .title = Control system recovery and reconstitution
    .question = After a major failure or cyber incident, can you rebuild this zone to a known, secure state with all security settings in place, and how long would that take?
    .guidance =
        Look at recovery procedures, installation media, licences, spare hardware, and whether rebuilt systems get their hardening, accounts and patches back.
        Met when: written and tested procedures bring the zone back to a known secure configuration within a time the business accepts.
        Compensating: spare units kept ready with the approved, hardened configuration and checked against the baseline at set intervals, so that a failed unit is replaced by one already in a known secure state.
        Weak spots: restored images with default passwords or old vulnerabilities, licence dongles, installers only available from a vendor portal.
    .evidence =
        Recovery procedures per component type
        Record of a recovery exercise
        List of spare parts and installation media

sr-7-5 =
    .title = Emergency power
    .question = When mains power fails and the UPS or generator takes over in this zone, do firewalls, switches and controllers keep their security settings, and are they the same after power returns?
    .guidance =
        Look at which components are on UPS or generator, how the switch-over behaves, and the configuration state after a power cycle.
        Met when: after a switch-over in either direction every component still enforces the same settings, or falls back to a degraded mode written down in advance.
        Compensating: configurations saved to non-volatile memory and checked after every power event.
        Weak spots: firewalls not on the UPS while controllers are, devices booting with factory defaults, UPS network cards with default passwords.
    .evidence =
        List of components covered by UPS or generator
        Record of a power failure test
        Configuration comparison before and after a power cycle

sr-7-6 =
    .title = Network and security configuration settings
    .question = Are the network and security settings of this zone's devices set according to the suppliers' hardening guides, and can you show the settings currently in place?
    .guidance =
        Look at the suppliers' hardening guides, the documented baseline per component type, and a live view of the settings actually deployed.
        Met when: settings follow documented recommendations with justified deviations, and current settings can be displayed and compared with the baseline.
        Compensating: a periodic manual check against a written checklist.
        Weak spots: hardening guides never read, baselines not updated after upgrades, settings drifting after vendor service visits.
    .evidence =
        Supplier hardening guides in use
        Documented baseline per component type
        Latest comparison of current settings with the baseline

sr-7-6-re-1 =
    .title = Machine-readable reporting of current security settings
    .question = Can the current security settings of this zone's components be exported in a machine-readable form (e.g. XML, JSON, CSV), so that tools can compare them with your baseline?
    .guidance =
        Look at export functions of controllers, switches, firewalls and servers, and whether the exports feed an automated comparison.
        Met when: settings can be exported in a structured format and the exports are used for automated comparison.
        Compensating: scripts that read the settings through standard interfaces such as SNMP or a vendor API.
        Weak spots: exports only as PDF or screenshots, exports that leave out the security settings.
    .evidence =
        A sample export of current settings
        Automated comparison report

sr-7-7 =
    .title = Least functionality
    .question = Have you switched off services, ports, protocols and functions not needed in this zone, e.g. web servers and FTP on PLCs, unused switch ports, USB ports and unused Windows services?
    .guidance =
        Look at open ports (from settings, or a scan on a test system), running services, features enabled on controllers, and unused switch ports.
        Met when: only functions needed for operation are enabled, following a documented list of what is allowed per component type.
        Compensating: blocking unneeded services at the network level where they cannot be switched off.
        Weak spots: default web servers and SNMP on controllers, Telnet on switches, unused switch ports left active, games and office tools on HMIs.
    .evidence =
        List of allowed ports and services per component type
        Port scan or service listing results
        Switch port status list

sr-7-8 =
    .title = Control system component inventory
    .question = Can you show a current list of all components in this zone with their type, firmware or software version and network address, and how is it kept up to date?
    .guidance =
        Look at the inventory, compare a sample with what is in the cabinets and on the network, and check how changes get back into it.
        Met when: an inventory with the relevant properties exists, can be produced by the system or its tools, and matches reality.
        Compensating: a manual inventory checked regularly against a passive network discovery.
        Weak spots: out-of-date spreadsheets, forgotten 4G routers, contractors' laptops, devices added during maintenance.
    .evidence =
        Inventory export
        Sample check of inventory against a cabinet
        Passive discovery results
