### IEC 62443-3-3:2013 mit Korrigendum 1:2014, Security-Anforderungen an Systeme: deutsche Texte für iacs-assess.
### Eigens für dieses Werkzeug geschrieben; dies ist nicht der Wortlaut der Norm. Kennungen und Kurztitel sind Fakten.
### Wird einmal je Zone oder Conduit beantwortet. Befragt werden meist der Leittechnik-Ingenieur des Anlagenbetreibers,
### der OT-Administrator oder der leitende Ingenieur des Integrators. Die Fragen sprechen von „dieser Zone“ und „Ihren“ Systemen.
### Begriffe (Review 2026-12), geprüft von tests/terms.rs: Allowlist und Application-Allowlisting, nie Whitelist oder Blacklist; Reifegrade ML1 Initial, ML2 Gesteuert, ML3 Definiert, ML4 Kontinuierlich verbessert.

questionnaire =
    .title = IEC 62443-3-3 Security-Anforderungen an Systeme
    .description = IEC 62443-3-3 beschreibt die technischen Security-Fähigkeiten, die ein Leitsystem braucht, gegliedert in sieben grundlegende Anforderungen (FR); jede Anforderung gilt ab einem Mindest-Security-Level. Sie beantworten den Fragebogen einmal für jede Zone und jeden Conduit: Jede Anforderung ist erfüllt, nicht erfüllt, durch eine dokumentierte Gegenmaßnahme kompensiert oder nicht anwendbar. Aus den Antworten ermittelt das Werkzeug für jede grundlegende Anforderung den erreichten Security-Level (SL-A) und zeigt die Lücke zum Ziel (SL-T).

## Grundlegende Anforderungen (FR)

fr-1 =
    .title = Identifizierung und Authentifizierung (IAC)
    .description = Wer und was sich verbinden darf: Personen, Software und Geräte werden identifiziert und weisen ihre Identität nach, bevor sie Zugang erhalten, ob an der Konsole, per Fernzugriff oder über eine Funkverbindung.

fr-2 =
    .title = Nutzungskontrolle (UC)
    .description = Was ein angemeldeter Benutzer, ein Programm oder ein Gerät tun darf, wie Sitzungen und mobile Geräte unter Kontrolle bleiben, und die Protokollierung, die festhält, wer was getan hat.

fr-3 =
    .title = Systemintegrität (SI)
    .description = Schutz vor unbefugter Veränderung von Nachrichten, Software und Daten: Integrität der Kommunikation, Schutz vor Schadsoftware, Tests der Security-Funktionen, Eingabeprüfungen und vorhersehbares Ausgangsverhalten.

fr-4 =
    .title = Vertraulichkeit der Daten (DC)
    .description = Schutzwürdige Informationen wie Passwörter, Rezepturen und Netzwerkdetails bleiben Unbefugten verborgen, auf der Leitung wie auf dem Datenträger, mit solider Kryptografie.

fr-5 =
    .title = Eingeschränkter Datenfluss (RDF)
    .description = Das Leitsystem wird in Zonen aufgeteilt, und jeder Datenfluss über eine Zonengrenze läuft kontrolliert durch einen Conduit, sodass nur der benötigte Verkehr durchkommt.

fr-6 =
    .title = Rechtzeitige Reaktion auf Ereignisse (TRE)
    .description = Security-Ereignisse rechtzeitig bemerken und darauf reagieren: Lesezugriff auf die Audit-Protokolle und kontinuierliche Überwachung der Schutzmaßnahmen.

fr-7 =
    .title = Verfügbarkeit der Ressourcen (RA)
    .description = Das Leitsystem läuft auch bei Angriffen und Störungen weiter: Schutz vor Denial-of-Service, Sicherungen, Wiederherstellung, Notstromversorgung, eine schlanke Konfiguration und ein genaues Inventar.

## FR 1 Identifizierung und Authentifizierung (IAC)

sr-1-1 =
    .title = Identifizierung und Authentifizierung menschlicher Benutzer
    .question = Wie melden sich Bediener, Ingenieure und Instandhaltungspersonal an den Bedienstationen (HMI), Engineering-Stationen und Servern dieser Zone an, und wird jede Person identifiziert, bevor sie diese nutzen kann?
    .guidance =
        Prüfen: wie sich Personen an HMI, Engineering-Stationen, Historians, Switches und Steuerungen anmelden; Sammelkonten; lokale oder Domänenkonten; Web- und serielle Schnittstellen.
        Erfüllt, wenn: jeder Zugangsweg für Personen Identifizierung und Authentifizierung verlangt; eine gemeinsame Bedieneranmeldung genügt, wenn der Raum selbst kontrolliert, wer anwesend ist.
        Kompensierend: abgeschlossene Leitwarte mit Ausweiszutritt und Zutrittsbuch für HMI, die im Dauerbetrieb angemeldet bleiben; ein Jump-Host, der vor Geräten ohne eigene Anmeldung authentifiziert.
        Schwachpunkte: Engineering-Software, die ohne Passwort startet, Hersteller-Webseiten auf SPS und Antrieben, Service-Laptops mit lokalen Admin-Konten, offene Konsolenports.
        Auch fragen: Können Bediener im Notfall weiterhin ohne Anmeldung am HMI eingreifen, wie es nötig ist?
    .evidence =
        Screenshots der Anmeldemasken eines HMI und einer Engineering-Station
        Liste der Benutzerkonten je System, Sammelkonten gekennzeichnet
        Zutrittsliste und Zutrittsbuch der Leitwarte

sr-1-1-re-1 =
    .title = Eindeutige Identifizierung und Authentifizierung
    .question = Hat jede Person, die sich an Systemen dieser Zone anmeldet, ein eigenes Konto, sodass sich jede Aktion einer namentlich bekannten Person zuordnen lässt?
    .guidance =
        Prüfen: die Kontenlisten von Domäne, HMI, Engineering-Tools, Netzwerkgeräten und Steuerungen; Namen wie „operator“, „engineer“, „admin“ oder „service“.
        Erfüllt, wenn: jede Person auf jedem System mit Personenanmeldung ein persönliches Konto hat; generische Konten sind deaktiviert oder nur für dokumentierte Notfälle vorgesehen.
        Kompensierend: ein gemeinsames HMI-Konto in einer besetzten Leitwarte, kombiniert mit persönlicher Anmeldung für jede Änderung (Logik, Sollwertgrenzen, Alarmunterdrückung).
        Schwachpunkte: ein Admin-Passwort für alle Switches, Hersteller- und Fremdfirmenkonten, die ein ganzes Team teilt, Konten ausgeschiedener Mitarbeiter.
        Auch fragen: Wie würden Sie herausfinden, wer letzte Woche ein SPS-Programm geändert hat?
    .evidence =
        Kontenexport aus der Domäne und aus dem Engineering-Tool
        Liste der generischen Konten, jeweils mit Grund und Verantwortlichem
        Änderungsprotokoll mit Personennamen zu den letzten Änderungen

sr-1-1-re-2 =
    .title = MFA für Zugriffe aus nicht vertrauenswürdigen Netzen
    .question = Wenn jemand aus einem nicht vertrauenswürdigen Netz auf diese Zone zugreift, etwa ein Hersteller über das Internet oder Mitarbeiter aus dem Büronetz: Muss er neben dem Passwort einen zweiten Faktor nutzen?
    .guidance =
        Prüfen: den Fernzugriffsweg (VPN-Gateway, Remote-Desktop-Gateway, Herstellerportal, Jump-Host) und jeden Weg aus dem Büronetz in die Zone.
        Erfüllt, wenn: jede Person aus einem nicht vertrauenswürdigen Netz ihre Identität mit zwei unabhängigen Faktoren nachweist, z. B. Passwort plus Token, App, Smartcard oder Zertifikat.
        Kompensierend: ein am Jump-Host in der DMZ erzwungener zweiter Faktor, wenn das VPN selbst nur ein Passwort prüft. Ein telefonischer Rückruf ist schwächer; so dokumentieren.
        Schwachpunkte: Fernwartungstools des Herstellers direkt auf HMI installiert, Token, die ein Team teilt, MFA am VPN, aber ein direkter RDP-Weg daran vorbei.
    .evidence =
        Einstellungen des VPN- oder Fernzugriffs-Gateways mit der MFA-Richtlinie
        Protokoll der letzten Fernsitzungen mit dem genutzten Faktor
        Liste der Fernzugriffsnutzer und ihrer Token-Zuordnung

sr-1-1-re-3 =
    .title = MFA für Zugriffe aus allen Netzen
    .question = Brauchen Personen auch bei der Anmeldung innerhalb der Anlage, an Engineering-Stationen, Servern und Netzwerkgeräten, einen zweiten Faktor und nicht nur beim Zugriff von außen?
    .guidance =
        Prüfen: lokale und Domänenanmeldung an Engineering-Stationen, Servern, Domänencontrollern, Firewalls und Switch-Verwaltung; eingesetzte Smartcards, Token oder Zertifikate.
        Erfüllt, wenn: jeder Zugriff von Personen über jedes Netz, auch interne, zwei Faktoren verlangt; Bedien-HMI dürfen gesondert behandelt werden, wo die Notfallbedienung nicht warten darf.
        Kompensierend: zwei Faktoren an einer Administrations-Workstation, über die jede Administration der Zone laufen muss; direkte Admin-Wege sind gesperrt.
        Schwachpunkte: Netzwerkgeräte mit lokalen Passwörtern verwaltet, Notfallkonten ohne zweiten Faktor und ohne Alarm bei Nutzung, in der Tastatur steckende Token.
    .evidence =
        Richtlinie oder Einstellungen des Identitätssystems, die Smartcard- oder Token-Anmeldung erzwingen
        Firewall-Regeln, die Administration nur von der Administrations-Workstation zulassen
        Testprotokoll eines Anmeldeversuchs ohne zweiten Faktor

sr-1-2 =
    .title = Identifizierung & Authentifizierung von Software und Geräten
    .question = Wenn SPS, HMI, Historians und andere Software in dieser Zone miteinander kommunizieren: Prüfen sie, wer auf der anderen Seite ist, oder nehmen sie Befehle von jedem Gerät im Netz an?
    .guidance =
        Prüfen: Verbindungen Steuerung–HMI, Steuerung–Steuerung, OPC und Historian, Dienstkonten von Software, und welche Protokolle überhaupt eine Identität übertragen.
        Erfüllt, wenn: Software und Geräte beim Verbindungsaufbau identifiziert und authentifiziert werden, z. B. OPC-UA-Anwendungszertifikate, CIP Security, Dienstkonten, 802.1X an Switchports.
        Kompensierend: Firewall- oder Switch-Regeln, die nur bekannte Adressen zu den Steuerungen lassen, plus Alarm bei neuen Geräten, wo ein Protokoll keine Authentifizierung kennt.
        Schwachpunkte: Modbus TCP und S7 ohne jede Authentifizierung, OPC Classic mit weit geöffnetem DCOM, Dienstkonten mit überall gleichem Passwort.
    .evidence =
        Liste der Maschine-zu-Maschine-Verbindungen mit der jeweils genutzten Authentifizierung
        Zertifikatseinstellungen für OPC UA oder CIP Security
        Port-Security am Switch oder Firewall-Allowlists für die Steuerungen

sr-1-2-re-1 =
    .title = Eindeutige Identifizierung und Authentifizierung
    .question = Hat jedes Gerät und jeder Softwareprozess in dieser Zone eine eigene Identität, etwa ein eigenes Zertifikat oder Dienstkonto, statt einen Schlüssel oder ein Konto mit anderen zu teilen?
    .guidance =
        Prüfen: Zertifikate je Gerät und je Anwendung, Dienstkonten je Anwendung, Pre-Shared Keys auf vielen Geräten, geklonte Images von HMI-PCs.
        Erfüllt, wenn: jedes Gerät und jeder Prozess, der sich authentifiziert, eigene Zugangsdaten hat, sodass sich eines sperren lässt, ohne die übrigen anzufassen.
        Kompensierend: getrennte Segmente je Funktion mit strikten Allowlists, wo Altgeräte Zugangsdaten teilen müssen, Gerät für Gerät dokumentiert.
        Schwachpunkte: ein OPC-UA-Zertifikat auf jedes HMI kopiert, ein Dienstkonto für alle Historian-Collectoren, PCs aus einem geklonten Image mit denselben Schlüsseln.
    .evidence =
        Zertifikatsinventar mit einem Zertifikat je Gerät oder Anwendung
        Liste der Dienstkonten, jeweils mit einer Anwendung und einem Verantwortlichen
        Nachweis über gesperrte oder ersetzte Gerätezugangsdaten

sr-1-3 =
    .title = Kontenverwaltung
    .question = Wer legt Konten auf den Systemen dieser Zone an, ändert, deaktiviert und löscht sie, und wie stellen Sie sicher, dass Konten ausgeschiedener Mitarbeiter und Fremdfirmen entfernt werden?
    .guidance =
        Prüfen: Eintritt, Wechsel und Austritt bei Konten in Domäne, HMI, Engineering-Tool, Netzwerkgeräten und Steuerungen, und wer Konten verwalten darf.
        Erfüllt, wenn: nur befugte Administratoren Konten anlegen, aktivieren, ändern, deaktivieren und löschen können und Austritte sowie Vertragsenden zügig zur Löschung führen.
        Kompensierend: eine regelmäßige, vom Zonenverantwortlichen unterschriebene Kontenüberprüfung für Geräte, deren Konten sich nicht zentral verwalten lassen.
        Schwachpunkte: nie entfernte Standardkonten des Herstellers, Fremdfirmenkonten, die nach der Inbetriebnahme aktiv bleiben, Einzelplatz-PCs, die niemand prüft.
        Auch fragen: Wann war die letzte Kontenüberprüfung, und was wurde dabei entfernt?
    .evidence =
        Anträge und Löschnachweise für einen neuen und einen ausgeschiedenen Mitarbeiter
        Die letzte Kontenüberprüfung mit ihren Feststellungen
        Liste der Standardkonten und ob jedes deaktiviert ist

sr-1-3-re-1 =
    .title = Einheitliche Kontenverwaltung
    .question = Werden die Konten dieser Zone an einer Stelle verwaltet, etwa in einer OT-Domäne oder einem zentralen Verzeichnis, statt einzeln auf jedem PC, HMI und Switch?
    .guidance =
        Prüfen: ob HMI, Engineering-Stationen, Server und Netzwerkgeräte ein zentrales Verzeichnis nutzen (OT-Domäne, LDAP, RADIUS, TACACS+) oder lokale Konten führen.
        Erfüllt, wenn: die Konten der Zone zentral verwaltet werden, sodass ein einmaliges Deaktivieren einer Person ihren Zugang überall entfernt.
        Kompensierend: ein schriftliches, skriptgestütztes Verfahren, das lokale Konten auf allen verbliebenen Einzelgeräten nachzieht, geprüft bei jeder Kontenüberprüfung.
        Schwachpunkte: eine OT-Domäne, die ohne Not der Bürodomäne vertraut, lokale Rückfallkonten auf Switches, Steuerungen mit eigenen Benutzerlisten.
    .evidence =
        Zeichnung oder Liste der Systeme, die sich gegen das Verzeichnis authentifizieren
        Liste der Geräte, die noch lokale Konten nutzen
        Austrittsnachweis, der die Entfernung des Zugangs auf allen Systemen zeigt

sr-1-4 =
    .title = Verwaltung von Kennungen
    .question = Wie werden Benutzer-, Gruppen- und Rollennamen in dieser Zone vergeben, sodass ein Name nie für jemand anderen wiederverwendet wird und immer erkennen lässt, zu wem oder was er gehört?
    .guidance =
        Prüfen: die Namensregeln für Benutzer, Gruppen, Rollen und Dienstkonten, und wie Namen in den Systemen der Zone vergeben und stillgelegt werden.
        Erfüllt, wenn: Kennungen je Benutzer, Gruppe, Rolle oder Schnittstelle verwaltet werden können, einer Regel folgen und später nicht an eine andere Person gehen.
        Kompensierend: ein vom Systemverantwortlichen geführtes Verzeichnis, das jeden Namen auf Einzelgeräten einer Person oder Funktion zuordnet.
        Schwachpunkte: Namen wie „user1“ oder „eng“, nach einem Austritt wiederverwendete Namen, eine Person mit unterschiedlichen Namen auf jedem System.
    .evidence =
        Namenskonvention für Konten, Gruppen und Rollen
        Verzeichnis der Kennungen mit Verantwortlichem und Vergabedatum
        Stichprobe einer Kontenliste, gegen die Konvention geprüft

sr-1-5 =
    .title = Verwaltung von Authentifikatoren
    .question = Wurden alle Standardpasswörter auf SPS, HMI, Switches, Firewalls und PCs dieser Zone geändert, und wie sind Passwörter, Schlüssel und Zertifikate geschützt, wo sie gespeichert oder übertragen werden?
    .guidance =
        Prüfen: Standardzugangsdaten je Gerätetyp, wie Passwörter und Schlüssel gespeichert (gehasht, im Tresor) und übertragen (verschlüsselt) werden, und wer sie zurücksetzen kann.
        Erfüllt, wenn: Standardwerte bei der Installation geändert wurden, Authentifikatoren gesetzt und erneuert werden können und keiner im Klartext in Dateien, Skripten oder Datenverkehr steht.
        Kompensierend: Geräte, deren Standardpasswort sich nicht ändern lässt, stehen hinter einer Grenze, die ihre Verwaltungsschnittstelle sperrt, je Gerät dokumentiert.
        Schwachpunkte: Passwörter in einer Tabelle auf dem Engineering-Laufwerk oder in SPS-Projektdateien, Verwaltung über Telnet und HTTP, Standard-SNMP-Communities.
        Auch fragen: Wo werden die Passwörter der Netzwerkgeräte aufbewahrt?
    .evidence =
        Inbetriebnahme-Checkliste, die die Änderung der Standardpasswörter bestätigt
        Screenshot oder Beschreibung des eingesetzten Passworttresors
        Scan oder Konfigurationsprüfung: keine Verwaltungsprotokolle im Klartext

sr-1-5-re-1 =
    .title = Hardwareschutz für Identitätsnachweise von Prozessen
    .question = Werden die privaten Schlüssel und Zugangsdaten, mit denen Server, Steuerungen und Anwendungen dieser Zone ihre Identität nachweisen, in schützender Hardware wie TPM, HSM oder Secure Element aufbewahrt?
    .guidance =
        Prüfen: wo Geräte- und Anwendungsschlüssel liegen: TPM in Servern und Industrie-PCs, Secure Elements in Steuerungen, ein HSM für die Zertifizierungsstelle oder einfache Dateien.
        Erfüllt, wenn: die Zugangsdaten von Softwareprozessen und Geräten in Hardware erzeugt oder gespeichert werden, die ihr Kopieren vom Gerät verhindert.
        Kompensierend: strikte Dateirechte und TPM-gebundene Festplattenverschlüsselung mit kurzer Zertifikatslaufzeit, für Anwendungen, die Hardwareschlüssel nicht direkt nutzen können.
        Schwachpunkte: für die Sicherung exportierte und auf einer Freigabe vergessene Schlüsseldateien, virtuelle Maschinen ohne virtuelles TPM, Steuerungen ohne Secure Element.
    .evidence =
        Inventar der Geräte- und Anwendungsschlüssel mit dem jeweiligen Speicherort
        Screenshots der TPM- oder HSM-Konfiguration
        Herstellererklärung zur sicheren Schlüsselablage in den Steuerungen

# Review 2026-12: Die Basis-SR verlangt, dass Funkzugänge identifiziert, authentifiziert und kontrolliert werden; eigene Zugangsdaten für jeden Benutzer und jedes Gerät verlangt erst RE(1), siehe sr-1-6-re-1
sr-1-6 =
    .title = Verwaltung drahtloser Zugänge
    .question = Welche Funkverbindungen hat diese Zone (WLAN, WirelessHART, ISA100, Bluetooth, Mobilfunkrouter), und ist der Zugang so kontrolliert, dass nur identifizierte und authentifizierte Benutzer und Geräte sie nutzen können?
    .guidance =
        Prüfen: Access Points, Gateways für Funksensoren, Handterminals, Mobilfunkmodems in Schaltschränken, Bluetooth an Antrieben, Tablets und Servicewerkzeugen.
        Erfüllt, wenn: Benutzer und Geräte jeder Funkverbindung identifiziert werden und sich authentifizieren müssen, bevor sie Daten in die Zone senden können (z. B. WPA2/WPA3 mit verwaltetem Netzschlüssel oder Join Key des Gateways), und bekannt ist, wer und was jede Verbindung nutzen darf.
        Hier nicht verlangt: eigene Zugangsdaten für jeden Benutzer und jedes Gerät; das ist RE(1).
        Kompensierend: das Funksegment gilt als nicht vertrauenswürdig und liegt hinter Firewall und VPN, wo die Funktechnik selbst nicht stark genug authentifizieren kann.
        Schwachpunkte: offene Netze, ein weit verbreiteter Netzschlüssel, der nie geändert wird, vergessene 4G-Router von Herstellern, standardmäßig eingeschaltetes Bluetooth.
        Nicht anwendbar: nur wenn eine Begehung bestätigt, dass es in der Zone keinen Funk gibt; in der Antwort festhalten, wie das geprüft wurde.
    .evidence =
        Liste der Funknetze und Funkgeräte der Zone mit ihren Security-Einstellungen
        Konfigurationsexport von Access Point oder Gateway
        Bericht einer Funkausleuchtung (Wireless Site Survey)

sr-1-6-re-1 =
    .title = Eindeutige Identifizierung und Authentifizierung
    .question = Hat jeder drahtlose Benutzer und jedes Funkgerät eigene Zugangsdaten, etwa ein Zertifikat oder eine persönliche Anmeldung, statt eines Netzschlüssels, den alle teilen?
    .guidance =
        Prüfen: ob das WLAN 802.1X mit Zugangsdaten je Benutzer oder Gerät nutzt und ob Funk-Feldgeräte individuelle Join Keys haben.
        Erfüllt, wenn: jeder drahtlose Benutzer und jedes Funkgerät eindeutig identifiziert und authentifiziert wird (z. B. WPA2/WPA3-Enterprise mit 802.1X oder ein eigener Join Key je Feldgerät), sodass sich ein Gerät aussperren lässt, ohne den Schlüssel für alle zu ändern.
        Kompensierend: ein eigener Pre-Shared Key je Gerät mit Adressfilter und Überwachung, wo die Geräte kein 802.1X beherrschen.
        Schwachpunkte: ein Schlüssel auf der Rückseite der Handscanner, derselbe Join Key auf allen WirelessHART-Geräten, Gastzugang über dieselbe Funkinfrastruktur.
    .evidence =
        RADIUS- oder Access-Point-Einstellungen mit Anmeldung je Benutzer oder Gerät
        Liste der Funkgeräte mit ihren individuellen Zugangsdaten
        Nachweis über ein ausgesperrtes Funkgerät

sr-1-7 =
    .title = Stärke der passwortbasierten Authentifizierung
    .question = Welche Passwortregeln werden auf den Systemen dieser Zone erzwungen (Mindestlänge, Zeichenarten), und lassen sie sich auch auf HMI, Engineering-Tools und Netzwerkgeräten einstellen, nicht nur unter Windows?
    .guidance =
        Prüfen: die Passwortrichtlinie der Domäne, lokale Richtlinien auf Einzelplatz-PCs und die Passworteinstellungen von Engineering-Software, HMI, Switches und Steuerungen.
        Erfüllt, wenn: die Systeme eine einstellbare Mindestlänge und Zeichenmischung erzwingen können und die Einstellungen der Passwortrichtlinie des Standorts folgen.
        Kompensierend: Geräte mit kurzen, festen PINs sind nur über einen Jump-Host mit starken Passwörtern erreichbar, und PINs dienen nur der Bedienung vor Ort.
        Schwachpunkte: Steuerungen, die nur 4 bis 8 Zeichen erlauben, HMI-Runtime-Passwörter außerhalb der Domänenrichtlinie, Regeln für Personen, aber nicht für Dienstkonten.
    .evidence =
        Export der Passwortrichtlinien von Domäne und lokalen Systemen
        Passworteinstellungen von HMI und Engineering-Software
        Liste der Geräte, die die Richtlinie nicht erzwingen können, mit der getroffenen Maßnahme

sr-1-7-re-1 =
    .title = Passwortbildung und Laufzeitgrenzen für Personen
    .question = Verhindern die Systeme bei Konten von Personen in dieser Zone die Wiederverwendung kürzlich genutzter Passwörter, und erzwingen sie ein Mindest- und ein Höchstalter für Passwörter?
    .guidance =
        Prüfen: Passworthistorie sowie Mindest- und Höchstalter in Domänen- und lokalen Richtlinien und in der Benutzerverwaltung von HMI und Engineering-Tools.
        Erfüllt, wenn: die Systeme eine einstellbare Anzahl früherer Passwörter ablehnen und einstellbare Mindest- und Höchstlaufzeiten für Personen erzwingen.
        Kompensierend: ein zentrales Verzeichnis oder ein Passwortmanager, der diese Regeln für alle durchsetzt, die sich an Geräten ohne diese Einstellungen anmelden.
        Schwachpunkte: Laufzeiten für Leitwartenkonten ohne Ersatz abgeschaltet, eine Historie von eins, sodass Benutzer sofort zurückwechseln, nie überprüfte Ausnahmen.
    .evidence =
        Einstellungen zu Passworthistorie und Passwortalter aus den Richtlinien
        Liste der von den Laufzeitregeln ausgenommenen Konten, mit Begründung
        Screenshot einer abgelehnten Passwort-Wiederverwendung

sr-1-7-re-2 =
    .title = Passwortlaufzeit für alle Benutzer
    .question = Gelten die Regeln zur Passwortlaufzeit auch für Dienstkonten, Gerätepasswörter und andere nicht-menschliche Benutzer in dieser Zone und nicht nur für Personen?
    .guidance =
        Prüfen: die Dienstkonten von Historians, OPC-Servern, Backup-Jobs und Skripten; Passwörter zwischen Geräten; wann jedes zuletzt geändert wurde.
        Erfüllt, wenn: Laufzeitregeln für alle Benutzer gelten, ob Mensch oder nicht, und nicht-menschliche Passwörter planmäßig gewechselt werden, ohne den Prozess zu stören.
        Kompensierend: verwaltete Dienstkonten oder ein Tresor, der Passwörter automatisch wechselt, oder kurzlebige Zertifikate statt Passwörtern.
        Schwachpunkte: Dienstkonten auf „läuft nie ab“ gesetzt, weil ein Wechsel einmal den Historian gestoppt hat; in Skripten und Konfigurationsdateien eingebettete Passwörter.
    .evidence =
        Liste der nicht-menschlichen Konten mit Datum der letzten Passwortänderung
        Einstellungen zur Passwortrotation im Tresor oder für verwaltete Konten
        Verfahren zum Wechsel von Dienstkontopasswörtern

sr-1-8 =
    .title = Zertifikate einer Public-Key-Infrastruktur
    .question = Wo Systeme dieser Zone Zertifikate nutzen (OPC UA, HTTPS, VPN, 802.1X): Wer stellt sie aus, und gibt es einen funktionierenden Weg, sie zu erneuern und zu widerrufen?
    .guidance =
        Prüfen: welche Anwendungen Zertifikate nutzen, wer sie ausstellt (eigene OT-CA, Unternehmens-CA, Hersteller-CA, selbstsigniert) und wie Erneuerung und Widerruf ablaufen.
        Erfüllt, wenn: Zertifikate aus einer ordentlich betriebenen PKI stammen, eigen oder bestehend, mit kontrollierter Ausstellung, Erneuerung vor Ablauf und Widerruf.
        Kompensierend: bei wenigen selbstsignierten Zertifikaten ein Inventar mit Ablauferinnerung und ein schriftliches manuelles Verfahren zur sicheren Verteilung.
        Schwachpunkte: überall akzeptierte selbstsignierte Zertifikate, eine OT-CA auf einem ungepatchten Server, abgelaufene Zertifikate, die über Nacht OPC-UA-Verbindungen stoppen.
        Auch fragen: Was passiert mit der Anlage, wenn die Zertifizierungsstelle einen Tag lang nicht erreichbar ist?
    .evidence =
        Zertifikatsinventar mit Ausstellern und Ablaufdaten
        Beschreibung der CA und ihres Ausstellungsverfahrens
        Nachweis einer kürzlichen Erneuerung oder eines Widerrufs

sr-1-9 =
    .title = Stärke der Public-Key-Authentifizierung
    .question = Wenn Geräte und Anwendungen dieser Zone ein Zertifikat prüfen: Verifizieren sie die Signatur, die Kette bis zu einer vertrauenswürdigen Stelle und den Widerrufsstatus, oder akzeptieren sie jedes Zertifikat?
    .guidance =
        Prüfen: OPC-UA-Trust-Listen, TLS-Einstellungen von Web-HMI und Historians, Zertifikatsprüfung im VPN, Widerrufsprüfung (CRL oder OCSP), und wer private Schlüssel besitzt.
        Erfüllt, wenn: Signaturen und Ketten validiert werden, der Widerruf geprüft oder abgedeckt ist, private Schlüssel beim Inhaber bleiben und Identitäten Benutzern oder Geräten zugeordnet sind.
        Kompensierend: kurze Zertifikatslaufzeiten, wo Sperrlisten aus der Zone nicht erreichbar sind; eine verwaltete Trust-Liste, die an alle Clients verteilt wird.
        Schwachpunkte: „allen Zertifikaten vertrauen“ seit der Inbetriebnahme aktiv, OPC-UA-Clients, die neue Serverzertifikate von selbst akzeptieren, weggeklickte Warnungen.
    .evidence =
        OPC-UA-Trust-Liste und Einstellungen der TLS-Validierung
        Einstellungen der Widerrufsprüfung oder die stattdessen genutzte Kurzlaufzeit-Regel
        Testprotokoll eines abgelehnten, nicht vertrauenswürdigen Zertifikats

sr-1-9-re-1 =
    .title = Hardwareschutz für Public-Key-Authentifizierung
    .question = Sind die privaten Schlüssel für zertifikatsbasierte Anmeldung und Geräteauthentifizierung in dieser Zone durch Hardware wie Smartcards, TPM oder HSM geschützt?
    .guidance =
        Prüfen: Smartcards oder USB-Token für Personen, TPM in Servern und Industrie-PCs, ein HSM für die CA, Secure Elements in Steuerungen und Gateways.
        Erfüllt, wenn: die privaten Schlüssel der Public-Key-Authentifizierung in Hardware liegen, die ihren Export nicht zulässt.
        Kompensierend: Schlüssel in Software-Speichern, geschützt durch TPM-gebundene Festplattenverschlüsselung und strikte Zugriffsrechte, mit kurzen Zertifikatslaufzeiten.
        Schwachpunkte: PFX-Dateien mit privaten Schlüsseln auf gemeinsamen Laufwerken, der CA-Schlüssel auf einer gewöhnlichen virtuellen Maschine, Token mit erlaubtem Schlüsselexport.
    .evidence =
        Einstellungen der Schlüsselablage für Benutzer, Geräte und CA
        Ausgabenachweise für Smartcards oder Token
        Herstellerdokumentation zur Schlüsselablage in Hardware

sr-1-10 =
    .title = Rückmeldung bei der Authentifizierung
    .question = Wird ein Passwort verdeckt, wenn jemand es an einem HMI, einer Engineering-Station oder der Webseite eines Geräts in dieser Zone eingibt, und geben fehlgeschlagene Anmeldungen keinen Hinweis auf den Fehler?
    .guidance =
        Prüfen: die Anmeldemasken von HMI, Engineering-Tools, Weboberflächen und Konsolen und die Meldungen nach falschem Benutzernamen oder Passwort.
        Erfüllt, wenn: das Geheimnis bei der Eingabe maskiert wird und Fehlermeldungen nicht verraten, ob Benutzername oder Passwort falsch war.
        Kompensierend: Sichtschutz am Terminal, wo ein Gerät die Eingabe im Klartext anzeigt; selten nötig.
        Schwachpunkte: im Klartext angezeigte Passwörter auf Touchpanels, Meldungen wie „unbekannter Benutzer“ auf Webseiten, Passwörter in Kommandozeilen oder Batch-Dateien.
    .evidence =
        Screenshots von Anmeldemasken mit maskierter Eingabe
        Screenshot der Meldung nach einer fehlgeschlagenen Anmeldung
        Stichprobe von Skripten, auf Klartextpasswörter geprüft

sr-1-11 =
    .title = Fehlgeschlagene Anmeldeversuche
    .question = Was passiert auf den Systemen dieser Zone nach mehreren falschen Passwörtern: Werden weitere Versuche eine Zeit lang gesperrt, und wie stellen Sie sicher, dass Bediener im Notfall nicht vom HMI ausgesperrt werden?
    .guidance =
        Prüfen: Sperrschwelle und Sperrdauer in Domänen- und lokalen Richtlinien und auf Geräten sowie die besondere Behandlung von Leitwarten- und Dienstkonten.
        Erfüllt, wenn: wiederholte Fehlversuche in festgelegter Zeit weitere Versuche für eine Frist oder bis zur Entsperrung blockieren und Konten kritischer Dienste sich nicht interaktiv anmelden.
        Kompensierend: bei Bedien-HMI, an denen eine Sperre unsicher wäre, lösen Fehlversuche einen Alarm in der Leitwarte aus, und der Raum ist physisch zugangskontrolliert.
        Schwachpunkte: Sperren von Bedienerkonten, die den Anlagenbetrieb verhindern, keine Grenze für Web- oder SSH-Anmeldungen, Dienstkonten mit interaktiver Anmeldung.
    .evidence =
        Einstellungen der Kontosperrung für Domäne, lokale Systeme und Geräte
        Liste der von der Sperrung ausgenommenen Konten, mit Begründung
        Einstellung, die Dienstkonten die interaktive Anmeldung verweigert

sr-1-12 =
    .title = Hinweis zur Systemnutzung
    .question = Erscheint vor der Anmeldung an HMI, Engineering-Stationen, Servern und Netzwerkgeräten dieser Zone ein Hinweis, dass das System überwacht wird und unbefugte Nutzung verboten ist?
    .guidance =
        Prüfen: Anmeldebanner unter Windows, Linux, SSH, auf Weboberflächen und Netzwerkgeräten, und wer den Text ändern darf.
        Erfüllt, wenn: vor der Authentifizierung ein einstellbarer Hinweis erscheint: Dies ist ein Leitsystem, die Nutzung wird überwacht, Missbrauch ist untersagt.
        Kompensierend: ein Aushang an der Konsole von Geräten, die keinen Hinweis anzeigen können; für Fernzugriffe zeigt das Fernzugriffs-Gateway das Banner.
        Schwachpunkte: Banner unter Windows, aber nicht auf Switches und Firewalls, Text nie mit Rechts- oder Personalabteilung abgestimmt, Fernzugriffswege am Banner vorbei.
    .evidence =
        Screenshots des Hinweises auf einem PC, einem Netzwerkgerät und dem Fernzugriffs-Gateway
        Der freigegebene Hinweistext
        Richtlinie oder Konfigurationszeile, die den Hinweis setzt

sr-1-13 =
    .title = Zugriff über nicht vertrauenswürdige Netze
    .question = Welche Wege führen aus nicht vertrauenswürdigen Netzen (Internet, Büronetz, Herstellerverbindungen, Mobilfunkmodems) in diese Zone, und wie wird jeder davon überwacht und kontrolliert?
    .guidance =
        Prüfen: Firewall-Regeln an der Zonengrenze, das Fernzugriffs-Gateway, Modems und Mobilfunkrouter von Herstellern, Einwahlleitungen, direkte Verbindungen aus dem Büronetz.
        Erfüllt, wenn: jeder Zugangsweg aus einem nicht vertrauenswürdigen Netz bekannt ist, über ein kontrollierendes Gerät läuft und seine Nutzung protokolliert und ausgewertet wird.
        Kompensierend: Wege, die sich nicht überwachen lassen, bleiben physisch getrennt und werden nur bei Bedarf unter Aufsicht angeschlossen.
        Schwachpunkte: dem Standort unbekannte 4G-Router von Herstellern, direktes RDP aus dem Büro-LAN, Fernwartungssoftware auf HMI, alte, noch angeschlossene Einwahlmodems.
        Auch fragen: Hat jemand das Netz gescannt oder die Anlage begangen, um Wege zu finden, die nicht im Plan stehen?
    .evidence =
        Liste der externen Zugangswege mit dem jeweils kontrollierenden Gerät
        Firewall-Regeln und Fernzugriffsprotokolle eines zurückliegenden Zeitraums
        Netzplan mit der Zonengrenze und ihren Zugangspunkten

sr-1-13-re-1 =
    .title = Ausdrückliche Freigabe von Zugriffsanfragen
    .question = Ist der Fernzugriff von außen in diese Zone standardmäßig gesperrt, und wird er erst geöffnet, nachdem eine dafür bestimmte Rolle jede einzelne Anfrage freigegeben hat?
    .guidance =
        Prüfen: wie ein Hersteller oder Ingenieur eine Fernsitzung bekommt: Anfrage, Freigabe durch Schichtleiter oder Systemverantwortlichen, und wer den Zugang frei- und wieder abschaltet.
        Erfüllt, wenn: Zugriffe aus nicht vertrauenswürdigen Netzen abgewiesen werden, solange eine zugewiesene Rolle sie nicht ausdrücklich freigibt, und jede Freigabe dokumentiert ist.
        Kompensierend: ein Schlüsselschalter in der Leitwarte, der die Fernverbindung nur für eine freigegebene, zeitlich begrenzte Sitzung freischaltet.
        Schwachpunkte: dauerhaft aktive VPN-Konten von Herstellern, Freigabe per E-Mail nach Sitzungsbeginn, niemand schaltet den Zugang danach wieder ab.
    .evidence =
        Fernzugriffsverfahren mit Nennung der freigebenden Rolle
        Freigabenachweise für die letzten Fernsitzungen
        Gateway-Einstellungen, die Fernzugriffskonten standardmäßig deaktiviert zeigen

## FR 2 Nutzungskontrolle (UC)

sr-2-1 =
    .title = Durchsetzung der Autorisierung
    .question = Was hindert einen Bediener, der an HMI, Engineering-Stationen oder Servern dieser Zone angemeldet ist, daran, Logik oder Einstellungen zu ändern, die nur Ingenieure ändern dürfen?
    .guidance =
        Prüfen: Rollen und Berechtigungen in HMI, Engineering-Software, Historian und Windows; was ein Bedienerkonto tatsächlich kann; ob das Prinzip der minimalen Rechte gilt.
        Erfüllt, wenn: Personen an jeder Schnittstelle nur tun können, was ihre zugewiesenen Berechtigungen erlauben, Aufgaben getrennt sind und niemand mehr Rechte hat als nötig.
        Kompensierend: ein Schlüsselschalter für den Programmiermodus an Steuerungen plus schriftliche Freigabe, wo die Software Rechte nicht je Benutzer begrenzen kann.
        Schwachpunkte: alle in der lokalen Administratorgruppe, Bedienerkonten, die das Engineering-Tool starten können, HMI, an denen jeder Alarmgrenzen ändern kann.
    .evidence =
        Rollen- und Berechtigungsmatrix für HMI, Engineering-Tool und Server
        Screenshot einer eingeschränkten Aktion, die einem Bedienerkonto verweigert wird
        Mitgliederlisten der Administratorgruppen

sr-2-1-re-1 =
    .title = Durchsetzung der Autorisierung für alle Benutzer
    .question = Werden Berechtigungen auch für Software und Geräte durchgesetzt, sodass etwa ein Historian oder Reporting-Client nur die benötigten Werte lesen und nicht auf Steuerungen schreiben kann?
    .guidance =
        Prüfen: die Rechte von Dienstkonten, Zugriffsrechte auf OPC-Servern, Schreibschutz in Steuerungen, Firewall-Regeln, die Schreibbefehle zwischen Geräten begrenzen.
        Erfüllt, wenn: Berechtigungen für Personen, Softwareprozesse und Geräte gleichermaßen gelten und jeder nicht-menschliche Benutzer nur den Zugriff hat, den seine Funktion braucht.
        Kompensierend: eine Industrie-Firewall oder ein protokollkundiger Filter, der von Historian- und Reporting-Servern zu den Steuerungen nur Lesefunktionen durchlässt.
        Schwachpunkte: OPC-Server, die anonymes Schreiben erlauben, Dienstkonten in der Gruppe der Domänen-Admins, Steuerungen, die Schreibzugriffe von jedem Knoten annehmen.
    .evidence =
        Liste der Dienstkonten und ihrer Rechte
        Zugriffseinstellungen der OPC-Server
        Firewall- oder Deep-Packet-Inspection-Regeln, die Schreibbefehle einschränken

sr-2-1-re-2 =
    .title = Zuordnung von Berechtigungen zu Rollen
    .question = Kann eine befugte Person in Ihrer Organisation festlegen und ändern, welche Berechtigungen zu jeder Rolle (Bediener, Ingenieur, Instandhaltung, Betrachter) auf den Systemen dieser Zone gehören?
    .guidance =
        Prüfen: ob sich Rollen in HMI, Engineering-Tools und Verzeichnis definieren lassen, wer die Zuordnung ändern darf und ob Änderungen dokumentiert werden.
        Erfüllt, wenn: eine befugte Rolle Berechtigungen für alle Benutzer Rollen zuordnen kann und Personen ihre Rechte über Rollen statt einzeln erhalten.
        Kompensierend: eine schriftliche Rollenmatrix, die der Hersteller auf Anfrage umsetzt, mit dokumentierter Änderung, wo das Team vor Ort Rollen nicht selbst bearbeiten kann.
        Schwachpunkte: starre Herstellerrollen, die nicht zur Anlage passen, Rollen, die jeder mit Admin-Rechten bearbeitet, direkt an Einzelpersonen vergebene Berechtigungen.
    .evidence =
        Rollendefinitionen im HMI oder Engineering-Tool
        Nachweis der letzten Änderung an den Berechtigungen einer Rolle
        Verfahren, das festlegt, wer Rollenzuordnungen ändern darf

sr-2-1-re-3 =
    .title = Übersteuerung durch Vorgesetzte
    .question = Kann ein Schichtleiter oder eine andere benannte Rolle im Notfall die normalen Berechtigungen eines Benutzers vorübergehend übersteuern, zeitlich begrenzt und protokolliert?
    .guidance =
        Prüfen: wie ein Bediener bei einer Prozessstörung schnell zusätzliche Rechte erhält, z. B. durch Anmeldung des Schichtleiters über der Bedienersitzung, und wie das endet.
        Erfüllt, wenn: ein Vorgesetzter Berechtigungen von Hand für eine einstellbare Zeit oder Ereignisfolge übersteuern kann und jede Übersteuerung protokolliert wird.
        Kompensierend: ein versiegeltes Notfallkonto (Break-Glass) mit Logbuch und Alarm bei Nutzung, nach jeder Nutzung überprüft.
        Schwachpunkte: Notfallpasswörter, die die ganze Schicht kennt, Übersteuerungen ohne Ablauf, kein Nachweis, wer die Übersteuerung genutzt hat und warum.
    .evidence =
        Einstellungen und Zeitgrenzen der Übersteuerungsfunktion
        Audit-Protokolleinträge zu den letzten Übersteuerungen
        Break-Glass-Verfahren und sein Nutzungslogbuch

sr-2-1-re-4 =
    .title = Vier-Augen-Freigabe
    .question = Muss bei Aktionen, die den Prozess ernsthaft beeinträchtigen können, etwa dem Laden eines Programms in eine kritische Steuerung oder dem Überbrücken einer Schutzabschaltung, eine zweite Person zustimmen, bevor die Aktion ausgeführt wird?
    .guidance =
        Prüfen: welche Aktionen der Standort als folgenschwer einstuft und ob HMI oder Engineering-Tool ihre Bestätigung durch eine zweite, authentifizierte Person verlangen.
        Erfüllt, wenn: das System für die festgelegten folgenschweren Aktionen die Freigabe durch zwei befugte Personen erzwingt.
        Kompensierend: ein Arbeitserlaubnisschein mit zwei Unterschriften plus ein physischer Schlüssel bei der zweiten Person, für Tools, die keine Zweifachfreigabe erzwingen können.
        Schwachpunkte: keine abgestimmte Liste folgenschwerer Aktionen, die zweite freigebende Person ist dieselbe unter einem anderen Konto, Freigaben lassen sich überspringen.
    .evidence =
        Liste der Aktionen, die eine Vier-Augen-Freigabe brauchen
        Konfiguration der Zwei-Personen-Bestätigung
        Nachweise über kürzliche, von zwei Personen freigegebene Aktionen

sr-2-2 =
    .title = Nutzungskontrolle für Funkverbindungen
    .question = Wie entscheiden Sie, welche Funkverbindungen in diese Zone zugelassen sind, und wie überwachen und erzwingen Sie die Grenzen dessen, was sie dürfen?
    .guidance =
        Prüfen: die Liste der zugelassenen Funknetze und Funkgeräte, was jedes erreichen darf, und wie die Nutzung überwacht wird (Controller-Logs, Firewall zwischen Funk und Kabelnetz).
        Erfüllt, wenn: die Funknutzung nach anerkannter Praxis autorisiert, überwacht und eingeschränkt ist, z. B. läuft Funkverkehr durch eine Firewall, bevor er Steuerungen erreicht.
        Kompensierend: Funk in einer eigenen Zone, mit einem Conduit zur Steuerungszone, der nur den benötigten Verkehr durchlässt.
        Schwachpunkte: Funkbrücken, die zwei kabelgebundene Segmente ohne Firewall verbinden, Tablets mit vollem Zugriff im Steuerungsnetz, Funk-Logs, die niemand liest.
        Nicht anwendbar: nur wenn es in der Zone und in die Zone hinein keinen Funk gibt, durch eine Prüfung vor Ort bestätigt.
    .evidence =
        Liste der zugelassenen Funknutzung mit erlaubten Zielen
        Firewall-Regeln zwischen dem Funksegment und der Zone
        Logs des WLAN-Controllers oder Funk-Gateways

sr-2-2-re-1 =
    .title = Nicht autorisierte Funkgeräte erkennen und melden
    .question = Würden Sie bemerken, wenn jemand einen nicht autorisierten Access Point, eine Funkbrücke oder einen Mobilfunkrouter in oder nahe dieser Zone aufstellt, und wer würde informiert?
    .guidance =
        Prüfen: Wireless Intrusion Detection, regelmäßige Funkausleuchtungen, Erkennung unbekannter Geräte an Switchports, Kontrolle der Schaltschränke auf Mobilfunkrouter.
        Erfüllt, wenn: nicht autorisierte Funksender im Anlagenbereich erkannt und an jemanden gemeldet werden, der daraufhin handelt.
        Kompensierend: planmäßige Begehungen mit WLAN- oder Spektrumscanner, plus Überwachung der Switchports, die neue Geräte meldet.
        Schwachpunkte: Ausleuchtungen nur rund um die Büros, in Herstellerschränken versteckte Mobilfunkrouter, Alarme an ein Postfach, das niemand liest.
    .evidence =
        Alarme der Wireless Intrusion Detection oder Berichte von Funkausleuchtungen
        Verfahren für den Umgang mit einem fremden Funkgerät
        Nachweis über ein gefundenes und entferntes fremdes Gerät

sr-2-3 =
    .title = Nutzungskontrolle für tragbare und mobile Geräte
    .question = Welche Kontrollen gelten für USB-Sticks, Laptops von Fremdfirmen, Telefone und andere tragbare Geräte an den HMI, Engineering-Stationen und Netzwerkports dieser Zone?
    .guidance =
        Prüfen: Sperrung von USB-Ports oder Gerätekontrolle, Regeln für das Anschließen von Laptops, Autorisierung einzelner Geräte, Grenzen für das Kopieren von Code und Daten.
        Erfüllt, wenn: die Systeme tragbare Geräte sperren, nur mit ausdrücklicher Autorisierung zulassen und das Kopieren von Code und Daten auf sie und von ihnen einschränken können.
        Kompensierend: physische Portschlösser und eine Schleusenstation zum Scannen von Datenträgern, plus die Regel, dass Gast-Laptops nur an ein separates Wartungssegment dürfen.
        Schwachpunkte: USB an allen HMI für Sicherungen offen gelassen, Laptops von Fremdfirmen an jedem freien Switchport, Telefone, die an HMI-USB-Ports geladen werden.
    .evidence =
        Richtlinie zur Gerätekontrolle und ihre Einstellungen
        Verfahren und Logbuch für tragbare Geräte und Datenträger
        Liste zugelassener USB-Geräte oder Laptops

sr-2-3-re-1 =
    .title = Security-Statusprüfung tragbarer und mobiler Geräte
    .question = Wird ein Laptop oder anderes tragbares Gerät, bevor es sich mit dieser Zone verbinden darf, gegen die Security-Regeln der Zone geprüft, etwa auf Patches, Virenscan und aktiven Schadsoftwareschutz?
    .guidance =
        Prüfen: Kontrollen an Gast-Laptops (Network Access Control, Checkliste am Werkstor), werkseigene Wartungslaptops, Scans vor dem Anschließen.
        Erfüllt, wenn: tragbare und mobile Geräte vor dem Verbinden gegen die Security-Anforderungen der Zone geprüft und bei Nichtbestehen abgewiesen werden.
        Kompensierend: nur werkseigene, gehärtete Wartungslaptops dürfen sich verbinden, jeder vor Nutzung geprüft und protokolliert; eigene Geräte von Fremdfirmen nie.
        Schwachpunkte: Prüfungen einmal zu Vertragsbeginn und nie wieder, Laptops, die mit der Fremdfirma nach Hause gehen, ungelesen unterschriebene Checklisten.
    .evidence =
        Network-Access-Control-Richtlinie oder Checkliste vor dem Anschließen
        Protokoll der Prüfungen an kürzlich angeschlossenen Gastgeräten
        Liste der werkseigenen Wartungslaptops und ihres Status

sr-2-4 =
    .title = Mobiler Code
    .question = Was verhindert, dass Skripte, Makros, Java, ActiveX und anderer mobiler Code auf HMI, Engineering-Stationen und Servern dieser Zone laufen, sofern sie nicht benötigt und freigegeben sind?
    .guidance =
        Prüfen: Browser- und Office-Einstellungen auf HMI und Engineering-Stationen, Richtlinie zur Skriptausführung, Makroeinstellungen, welche webbasierten HMI wirklich Skripte brauchen.
        Erfüllt, wenn: mobiler Code je nach möglichem Schaden gesperrt, nur aus freigegebenen Quellen zugelassen, in der Übertragung eingeschränkt und überwacht werden kann.
        Kompensierend: Application-Allowlisting, das Skript-Interpreter sperrt, außer denen, die die freigegebene HMI-Runtime braucht.
        Schwachpunkte: vollständige Browser und Office-Pakete auf HMI, für Berichte aktivierte Makros, uneingeschränktes PowerShell, E-Mail auf Engineering-Stationen.
    .evidence =
        Einstellungen der Richtlinien für Skripte, Makros und Browser
        Liste des freigegebenen mobilen Codes mit Begründung je Eintrag
        Allowlisting-Regeln für Skript-Interpreter

sr-2-4-re-1 =
    .title = Integritätsprüfung von mobilem Code
    .question = Wird bei freigegebenen Skripten oder anderem mobilem Code vor der Ausführung auf Systemen dieser Zone die Integrität geprüft, etwa über eine Signatur, sodass ein veränderter Code nicht läuft?
    .guidance =
        Prüfen: Codesignatur für PowerShell und andere Skripte, signierte Webinhalte für HMI, Signaturprüfung im Allowlisting-Werkzeug.
        Erfüllt, wenn: die Integrität mobilen Codes vor der Ausführung geprüft wird und Code, der die Prüfung nicht besteht, abgewiesen wird.
        Kompensierend: Skripte an einem schreibgeschützten Ort mit Dateiintegritätsüberwachung, die bei jeder Änderung alarmiert.
        Schwachpunkte: Signaturpflicht nur für einige Skriptarten, überall vertrauenswürdige selbstsignierte Signaturzertifikate, Entwickler, die die Signatur umgehen.
    .evidence =
        Richtlinie zur Skriptausführung, die Signaturen verlangt
        Codesignaturzertifikat und Signaturverfahren
        Testprotokoll eines veränderten Skripts, das blockiert wurde

sr-2-5 =
    .title = Sitzungssperre
    .question = Sperren sich Engineering-Stationen, Server und andere Arbeitsplätze dieser Zone nach einer Zeit ohne Nutzung oder auf Wunsch, und ist zum Entsperren eine Anmeldung nötig?
    .guidance =
        Prüfen: Einstellungen der Bildschirmsperre auf Engineering-Stationen, Servern, Remote-Desktop-Sitzungen und Weboberflächen, und wie Bedien-HMI behandelt werden.
        Erfüllt, wenn: Sitzungen nach einstellbarer Leerlaufzeit oder von Hand gesperrt werden und gesperrt bleiben, bis sich der Inhaber oder eine andere befugte Person wieder anmeldet.
        Kompensierend: bei Bedien-HMI, die sichtbar bleiben müssen, eine besetzte, zugangskontrollierte Leitwarte und ein Nur-Ansicht-Modus, wenn niemand angemeldet ist.
        Schwachpunkte: Bildschirmsperre wegen der HMI auf allen Rechnern abgeschaltet, unbenutzte Engineering-Stationen als Administrator angemeldet, Web-Sitzungen ohne Ablauf.
    .evidence =
        Einstellungen der Bildschirmsperre je Rechnertyp
        Liste der von der Sperre ausgenommenen Rechner, mit Begründung
        Beobachtung unbeaufsichtigter Arbeitsplätze während des Besuchs

sr-2-6 =
    .title = Beenden von Fernsitzungen
    .question = Werden Fernsitzungen in diese Zone (VPN, Remote Desktop, Herstellertools) nach einer Zeit der Inaktivität automatisch beendet, und lassen sie sich von Hand beenden?
    .guidance =
        Prüfen: Leerlauf-Timeouts an VPN, Remote-Desktop-Gateway, Jump-Host und Fernwartungstools der Hersteller, und wer eine laufende Sitzung trennen kann.
        Erfüllt, wenn: Fernsitzungen nach einstellbarer Leerlaufzeit enden und vom Benutzer oder von der Leitwarte von Hand beendet werden können.
        Kompensierend: ein Schalter in der Leitwarte oder eine Firewall-Regel, die den Fernzugriffsweg sofort trennt, plus die Regel, dass Fernsitzungen nur unter Beobachtung laufen.
        Schwachpunkte: getrennte Remote-Desktop-Sitzungen, die tagelang weiterlaufen, Herstellertools ohne Timeout, niemand in der Leitwarte kann eine Sitzung beenden.
    .evidence =
        Timeout-Einstellungen von VPN, Gateway und Jump-Host
        Sitzungsprotokoll mit automatischen Trennungen
        Verfahren zum Beenden einer Fernsitzung

sr-2-7 =
    .title = Kontrolle gleichzeitiger Sitzungen
    .question = Können die Systeme dieser Zone begrenzen, wie viele Sitzungen derselbe Benutzer, Dienst oder dasselbe Gerät an jeder Schnittstelle gleichzeitig offen haben darf?
    .guidance =
        Prüfen: Grenzen für parallele Remote-Desktop-Sitzungen, gleichzeitige Anmeldungen eines Kontos und parallele Verbindungen zu Steuerungen und OPC-Servern.
        Erfüllt, wenn: die Zahl gleichzeitiger Sitzungen je Benutzer, Prozess oder Gerät begrenzt werden kann und die Grenzen dort gesetzt sind, wo es darauf ankommt.
        Kompensierend: Gateway-Regeln, die beim Fernzugriff eine Sitzung je Konto erlauben, kombiniert mit Alarmen bei parallelen Anmeldungen.
        Schwachpunkte: Sammelkonten, die an mehreren Stationen gleichzeitig angemeldet sind, Steuerungen, deren Verbindungsplätze sich erschöpfen lassen, nie getestete Grenzen.
    .evidence =
        Einstellungen der Sitzungsgrenzen auf Servern, Gateways und Steuerungen
        Logeintrag einer abgewiesenen zweiten Sitzung
        Liste der Schnittstellen und der jeweils gewählten Grenze

sr-2-8 =
    .title = Auditierbare Ereignisse
    .question = Zeichnen die Systeme dieser Zone Security-Ereignisse wie Anmeldungen, verweigerte Zugriffe, Konfigurationsänderungen, Programmdownloads und Sicherungen auf, jeweils mit Zeit, Quelle und Ergebnis?
    .guidance =
        Prüfen: Windows-Ereignisprotokolle, Audit-Trails von HMI und Engineering-Tool, Änderungsprotokolle der Steuerungen, Firewall- und Switch-Logs, und welche Ereignisarten aktiv sind.
        Erfüllt, wenn: Zugriffskontrolle, Fehler, System- und Leitsystemereignisse, Sicherungen, Konfigurationsänderungen, Scans und Log-Ereignisse mit Zeit, Quelle, Typ und Ergebnis erfasst werden.
        Kompensierend: ein Netzwerk-Monitoring, das Programmdownloads und Konfigurationsänderungen für Steuerungen ohne eigenes Log aufzeichnet.
        Schwachpunkte: Auditing auf HMI abgeschaltet, um Platz zu sparen, Steuerungen ohne Änderungsprotokoll, Firewalls loggen nur verworfenen Verkehr, Logs binnen Stunden überschrieben.
    .evidence =
        Einstellungen der Überwachungsrichtlinie auf den Windows-Systemen
        Beispieleinträge aus einem HMI, einer Steuerungsänderung und einer Firewall
        Liste der je System erfassten Ereignisarten

sr-2-8-re-1 =
    .title = Zentral verwalteter, systemweiter Audit-Trail
    .question = Werden die Security-Logs aller Systeme dieser Zone an einer Stelle gesammelt, zeitlich geordnet und in einem Standardformat bereitgestellt, das ein SIEM oder anderes Werkzeug lesen kann?
    .guidance =
        Prüfen: den zentralen Log-Server oder das SIEM, welche Systeme dorthin senden, die genutzten Formate (Syslog, Windows Event Forwarding) und wie Ereignisse korreliert werden.
        Erfüllt, wenn: Audit-Einträge aus der ganzen Zone zentral verwaltet und zeitlich geordnet werden und sich in Standardformaten zur Analyse exportieren lassen.
        Kompensierend: eine geplante, skriptgesteuerte Sammlung der Logs von Geräten, die sie nicht weiterleiten können, mit Übernahme in den zentralen Speicher.
        Schwachpunkte: nur die Firewalls senden Logs, SPS- und HMI-Logs bleiben lokal, der Log-Server läuft mit anderer Uhrzeit, niemand merkt, wenn eine Quelle verstummt.
    .evidence =
        Liste der an den zentralen Server angebundenen Log-Quellen
        Screenshot einer Suche über mehrere Quellen hinweg
        Beispielexport in einem Standardformat

sr-2-9 =
    .title = Speicherkapazität für Audit-Daten
    .question = Reicht der Speicher, um die Security-Logs dieser Zone so lange aufzubewahren, wie Ihre Richtlinie es verlangt, und was verhindert, dass die Logs den Datenträger füllen?
    .guidance =
        Prüfen: Log-Größen und Aufbewahrung auf PCs, Geräten und dem zentralen Server, Rotation und Archivierung, und wie weit die Logs tatsächlich zurückreichen.
        Erfüllt, wenn: der Log-Speicher nach anerkannter Praxis des Log-Managements und der Aufbewahrungsrichtlinie bemessen ist und Maßnahmen ein Überlaufen verhindern.
        Kompensierend: häufige Weiterleitung an einen zentralen Speicher, sodass eine kurze lokale Aufbewahrung nichts verliert.
        Schwachpunkte: 20-MB-Ereignisprotokolle, die sich binnen eines Tages überschreiben, eine zentrale Log-Platte zu 95 Prozent voll, Geräte, die nur ihre letzten hundert Ereignisse halten.
    .evidence =
        Einstellungen zu Log-Größe und Aufbewahrung
        Ältester verfügbarer Eintrag auf einer Stichprobe von Systemen
        Belegung des zentralen Log-Speichers

sr-2-9-re-1 =
    .title = Warnung bei Erreichen der Speicherschwelle für Audit-Daten
    .question = Wird jemand gewarnt, wenn der Log-Speicher in dieser Zone einen festgelegten Füllstand erreicht, bevor alte Einträge verloren gehen oder die Protokollierung stoppt?
    .guidance =
        Prüfen: Schwellwerte für Windows-Ereignisprotokolle, Syslog-Server und SIEM, und wohin die Warnung geht.
        Erfüllt, wenn: eine Warnung an die richtigen Personen geht, sobald der Log-Speicher einen einstellbaren Prozentsatz seiner Kapazität erreicht.
        Kompensierend: Plattenüberwachung des Log-Servers über das Systemmonitoring der Anlage, mit Alarm an das diensthabende Team.
        Schwachpunkte: Schwellwerte gesetzt, aber Warnungen an ein altes Postfach, Warnungen auf dem Server, aber nicht auf Einzelplatz-PCs, ignorierte Alarme.
    .evidence =
        Schwellwerteinstellung und Alarmkonfiguration
        Nachweis einer kürzlichen Kapazitätswarnung und der Reaktion darauf
        Monitoring-Dashboard mit der Belegung des Log-Speichers

sr-2-10 =
    .title = Reaktion auf Fehler bei der Audit-Verarbeitung
    .question = Wenn die Protokollierung auf einem System dieser Zone ausfällt, etwa weil der Datenträger voll oder der Log-Dienst abgestürzt ist: Wird jemand alarmiert, während die Steuerungsfunktionen weiterlaufen?
    .guidance =
        Prüfen: was jedes System bei einem Protokollierungsfehler tut (stoppen, überschreiben, anhalten), Alarme bei fehlgeschlagener Protokollierung, und ob Steuerungsfunktionen betroffen sein könnten.
        Erfüllt, wenn: das Personal bei einem Fehler der Audit-Verarbeitung alarmiert wird, wesentliche Steuerungsfunktionen weiterlaufen und die Reaktion anerkannter Praxis folgt.
        Kompensierend: der zentrale Log-Server meldet Quellen, die nicht mehr senden, und eine benannte Person prüft und behebt das.
        Schwachpunkte: Systeme, die bei vollem Security-Log herunterfahren, Logs, die bei Ausfall des Forwarders still verloren gehen, niemand erfährt, dass eine Quelle verstummt ist.
    .evidence =
        Einstellungen dazu, was bei vollem Log geschieht
        Alarmregel für verstummte oder fehlerhafte Log-Quellen
        Nachweis eines Protokollierungsausfalls und seiner Behandlung

sr-2-11 =
    .title = Zeitstempel
    .question = Tragen die Audit-Einträge der Systeme dieser Zone Datum und Uhrzeit, die genau genug sind, um Abläufe über mehrere Rechner hinweg zu rekonstruieren?
    .guidance =
        Prüfen: die Zeitquellen der Zone (NTP-Server, GPS-Uhr, Domänencontroller), Uhreinstellungen auf PCs, Steuerungen und Netzwerkgeräten, Zeitzonen in den Einträgen.
        Erfüllt, wenn: jeder Audit-Eintrag einen Zeitstempel der Systemuhr erhält und die Uhren so gut übereinstimmen, dass sich Ereignisse in die richtige Reihenfolge bringen lassen.
        Kompensierend: ein zentraler Log-Server, der Einträge von Geräten ohne verlässliche Uhr beim Eingang stempelt, mit dieser Einschränkung schriftlich festgehalten.
        Schwachpunkte: Steuerungen und Switches, deren Uhren Minuten oder Jahre abweichen, Ortszeit gemischt mit UTC, Uhren, die nach einem Stromausfall zurückgesetzt sind.
    .evidence =
        Zeiteinstellungen auf einem PC, einer Steuerung und einem Netzwerkgerät
        Beispieleinträge aus zwei Systemen mit übereinstimmenden Zeiten
        Zeichnung oder Liste der Zeitquellen der Zone

sr-2-11-re-1 =
    .title = Interne Zeitsynchronisation
    .question = Werden die Uhren der PCs, Steuerungen und Netzwerkgeräte dieser Zone in einem festgelegten Intervall automatisch mit einer gemeinsamen Zeitquelle synchronisiert?
    .guidance =
        Prüfen: NTP- oder PTP-Einstellungen auf allen Systemen, das gewählte Intervall, welche Quelle jedes nutzt, und ob die Uhrendrift überwacht wird.
        Erfüllt, wenn: die internen Uhren der ganzen Zone in einem einstellbaren Intervall mit einer gemeinsamen Zeitquelle synchronisiert werden.
        Kompensierend: eine schriftlich festgelegte Prüfung und Korrektur der Geräteuhren bei jedem Wartungsrundgang, für Geräte ohne NTP.
        Schwachpunkte: Geräte, die auf einen unerreichbaren Zeitserver im Büronetz zeigen, ein selbst driftender Zeitserver der Zone, Steuerungen, die nur beim Anlauf gestellt werden.
    .evidence =
        NTP- oder PTP-Einstellungen auf einer Stichprobe von Systemen
        Statusanzeige mit Synchronisation und Zeitversatz
        Liste der nicht synchronisierten Geräte, mit der getroffenen Maßnahme

sr-2-11-re-2 =
    .title = Schutz der Integrität der Zeitquelle
    .question = Ist die Zeitquelle dieser Zone dagegen geschützt, dass jemand sie verändert oder fälscht, und wird eine Zeitänderung als Ereignis protokolliert?
    .guidance =
        Prüfen: wer die Zeit am Zeitserver und an Geräten ändern kann, authentifiziertes NTP oder PTP, Zugänglichkeit der GPS-Antennen, protokollierte Ereignisse bei Zeitänderungen.
        Erfüllt, wenn: die Zeitquelle vor unbefugter Änderung geschützt ist und eine Änderung ein Audit-Ereignis erzeugt.
        Kompensierend: zwei unabhängige Zeitquellen, die das Monitoring vergleicht, mit Alarm bei Abweichung.
        Schwachpunkte: nicht authentifiziertes NTP aus dem Büronetz, jeder mit lokalen Admin-Rechten kann die Uhr stellen, GPS-Empfänger ohne Schutz gegen Spoofing.
    .evidence =
        Einstellungen zur NTP-Authentifizierung oder PTP-Security
        Liste der Konten, die die Systemzeit ändern dürfen
        Logeintrag, der durch eine Zeitänderung entstanden ist

sr-2-12 =
    .title = Nichtabstreitbarkeit
    .question = Wenn jemand in dieser Zone einen Sollwert ändert, einen Ausgang forciert oder ein Programm lädt: Können Sie danach zeigen, welche Person das war, und zwar so, dass sie es nicht glaubhaft bestreiten kann?
    .guidance =
        Prüfen: Audit-Trails in HMI und Engineering-Tools, die Aktionen persönlichen Konten zuordnen, den Schutz dieser Einträge, elektronische Signaturen, wo genutzt.
        Erfüllt, wenn: das System feststellen kann, ob eine bestimmte Person eine bestimmte Aktion ausgeführt hat, gestützt auf persönliche Authentifizierung und änderungsgeschützte Einträge.
        Kompensierend: persönliche Anmeldung für jede Änderung plus ein vom Vorgesetzten gegengezeichnetes Änderungsprotokoll, mit gegen Bearbeitung geschütztem Audit-Trail.
        Schwachpunkte: gemeinsame Bedienerkonten, Audit-Trails, die dieselben Benutzer löschen können, Engineering-Änderungen von einem gemeinsam genutzten Hersteller-Laptop.
    .evidence =
        Audit-Trail-Einträge, die die Person hinter den letzten Änderungen nennen
        Einstellungen, die den Audit-Trail vor Änderung schützen
        Eine frühere Untersuchung, die eine Aktion einer Person zugeordnet hat

sr-2-12-re-1 =
    .title = Nichtabstreitbarkeit für alle Benutzer
    .question = Können Sie auch zeigen, welcher Softwareprozess oder welches Gerät einen bestimmten Befehl oder eine Änderung in dieser Zone gesendet hat, und nicht nur, welche Person?
    .guidance =
        Prüfen: signierte oder authentifizierte Nachrichten zwischen Anwendungen, Zugangsdaten je Gerät, und Logs, die bei jedem Schreibzugriff den sendenden Prozess oder das Gerät festhalten.
        Erfüllt, wenn: Aktionen aller Benutzer, ob Personen, Softwareprozesse oder Geräte, sich so auf ihre Quelle zurückführen lassen, dass sie nicht glaubhaft bestritten werden können.
        Kompensierend: ein Netzwerk-Monitoring, das die Quelle jedes Schreibbefehls festhält, mit eindeutigen Gerätezugangsdaten auf den Conduits, die Schreibzugriffe tragen.
        Schwachpunkte: mehrere Anwendungen teilen ein Dienstkonto, Gateways verbergen den ursprünglichen Absender, Logs nennen das sendende Gerät nicht.
    .evidence =
        Logeinträge, die bei Schreibzugriffen den sendenden Prozess oder das Gerät nennen
        Liste der nicht-menschlichen Identitäten und ihrer Zugangsdaten
        Monitoring-Aufzeichnung, die einen Befehl auf seine Quelle zurückführt

## FR 3 Systemintegrität (SI)

sr-3-1 =
    .title = Integrität der Kommunikation
    .question = Wie stellen Sie sicher, dass Befehle und Werte, die zwischen SPS, HMI, Servern und dezentraler Peripherie dieser Zone unterwegs sind, nicht unbemerkt verändert werden können?
    .guidance =
        Prüfen: die tatsächlich genutzten Protokolle (Modbus TCP, Profinet, EtherNet/IP, OPC, serielle Leitungen, Funk) und wo ihre Kabel und Verbindungen physisch verlaufen.
        Erfüllt, wenn: Änderungen an Nachrichten während der Übertragung erkannt würden, z. B. durch Prüfsummen auf Strecken in verschlossenen Schränken und Räumen oder integritätsgeschützte Protokolle.
        Kompensierend: physischer Schutz offen liegender Kabelwege, oder ein ungeschütztes Protokoll wird über den offen liegenden Abschnitt in einem VPN-Tunnel geführt.
        Schwachpunkte: Funk- und Glasfaserstrecken, die das umzäunte Gelände verlassen, Seriell-Ethernet-Wandler, unverwaltete Switches in Feldverteilern, Patchfelder in gemeinsamen Räumen.
        Auch fragen: Welche Verbindungen verlassen einen physisch kontrollierten Bereich, und hat dort schon einmal jemand nach unbekannten Geräten gesucht?
    .evidence =
        Netzplan mit dem auf jeder Verbindung genutzten Protokoll
        Liste der Verbindungen und Kabelwege, die kontrollierte Bereiche verlassen
        Einstellungen integritätsgeschützter Protokolle, z. B. OPC-UA-Security-Modus

sr-3-1-re-1 =
    .title = Kryptografischer Integritätsschutz
    .question = Ist die Integrität des Steuerungs- und Konfigurationsverkehrs dieser Zone kryptografisch geschützt (signierte oder MAC-geschützte Nachrichten, TLS, IPsec, CIP Security), sodass Manipulationen erkannt werden?
    .guidance =
        Prüfen: die Conduits und langen Strecken der Zone: OPC UA im Modus Sign oder SignAndEncrypt, CIP Security, TLS zu Historians und Web-HMI, IPsec oder MACsec zwischen Standorten.
        Erfüllt, wenn: die Kommunikation der Zone durch einen anerkannten kryptografischen Integritätsmechanismus geschützt ist, mit Schlüsseln und Zertifikaten, die tatsächlich geprüft werden.
        Kompensierend: IPsec-Tunnel zwischen Grenzgeräten an beiden Enden einer Strecke, für Altsteuerungen und Feldbusse, die selbst keine Kryptografie beherrschen.
        Schwachpunkte: OPC UA aus Bequemlichkeit im Security-Modus None, weggeklickte Zertifikatswarnungen, Modbus zu Außenstationen über 4G-Router.
        Auch fragen: Welche Verbindungen sind noch ungeschützt, und ist das mit der vereinbarten Maßnahme schriftlich festgehalten?
    .evidence =
        Aus Geräten oder Firewalls exportierte OPC-UA-, TLS- oder IPsec-Einstellungen
        Liste der Verbindungen mit noch ungeschützten Protokollen, mit der vereinbarten Maßnahme
        Zertifikatsliste mit Ausstellern und Ablaufdaten

sr-3-2 =
    .title = Schutz vor Schadsoftware
    .question = Was schützt die Windows- und Linux-Rechner dieser Zone (HMI, Engineering-Stationen, Historians, Server) vor Schadsoftware, und wie werden Signaturen oder Allowlists aktuell gehalten?
    .guidance =
        Prüfen Sie jeden PC-basierten Knoten: vom Leitsystemhersteller freigegebener Virenschutz oder Endpoint Protection, oder Application-Allowlisting, wo kein Scanner erlaubt ist.
        Erfüllt, wenn: jeder Knoten, der Schutz ausführen kann, ihn aktiv, aktuell und auf Blockieren und Melden eingestellt hat, mit vom Hersteller freigegebenem Produkt und Ausnahmen.
        Kompensierend: Application-Allowlisting, eine abgeschottete Kiosk-Konfiguration oder eine Schleusenstation für alle Datenträger, für alte oder eingebettete Knoten ohne Scanner.
        Steuerungen und Feldgeräte: statt auf einen Scanner auf signierte Firmware und gesperrtes Laden nicht freigegebenen Codes achten.
        Schwachpunkte: monatealte Signaturen, ganze Datenlaufwerke ausgenommen, Schutz bei der Inbetriebnahme abgeschaltet und nie wieder eingeschaltet, nicht mehr unterstütztes Windows.
    .evidence =
        Konsole oder lokale Anzeige mit Schutzstatus und Signaturdatum je Knoten
        Verträglichkeitserklärung des Herstellers für das Produkt und seine Ausnahmen
        Liste der Knoten ohne Schutz und der stattdessen genutzten Maßnahme

sr-3-2-re-1 =
    .title = Schutz vor Schadsoftware an Ein- und Ausgangspunkten
    .question = Werden Dateien und Datenträger dort auf Schadsoftware geprüft, wo sie in diese Zone gelangen oder sie verlassen: USB-Sticks, Dateiübertragungen aus dem Büronetz, Fernsitzungen und Laptops von Fremdfirmen?
    .guidance =
        Die Ein- und Ausgangspunkte auflisten: Firewall-Conduits, Dateiübertragungsserver in der DMZ, Fernzugriffs-Gateway, USB-Ports, DVD-Laufwerke, Hersteller-Laptops.
        Erfüllt, wenn: jeder Ein- und Ausgangspunkt eine Prüfung auf Schadsoftware hat, bevor Daten die Zone erreichen, z. B. Schleusenstation, Scan auf dem DMZ-Server oder Firewall-Inspektion.
        Kompensierend: USB-Ports per Richtlinie und Portschloss gesperrt, mit einem einzigen gescannten Übertragungsweg, den alle nutzen müssen.
        Schwachpunkte: Fremdfirmen stecken Laptops an einen freien Switchport, USB-Sticks direkt an HMI, Dateikopien über die Zwischenablage einer Fernsitzung.
        Auch fragen: Wie werden die Laptops von Dienstleistern geprüft, bevor sie angeschlossen werden?
    .evidence =
        Zeichnung der Ein- und Ausgangspunkte mit der Prüfung an jedem Punkt
        Protokoll der Schleusenstation für die letzten Wochen
        Einstellungen von Firewall oder Dateiübertragungsserver mit Prüfung auf Schadsoftware

sr-3-2-re-2 =
    .title = Zentrale Verwaltung und Meldung des Schadsoftwareschutzes
    .question = Wird der Schadsoftwareschutz in dieser Zone von einer Konsole aus verwaltet, sodass Sie sehen, welche Knoten aktuell sind, Updates verteilen können und bei einem Fund informiert werden?
    .guidance =
        Prüfen: die Verwaltungskonsole (meist auf einem Server in der Zone oder in der DMZ): Knotenliste, Versions- und Signaturstand, Fundmeldungen, Verteilung der Updates.
        Erfüllt, wenn: alle geschützten Knoten an die Konsole melden, Funde einen Alarm auslösen, auf den jemand reagiert, und Updates die Zone über einen kontrollierten Weg erreichen.
        Kompensierend: eine skriptgesteuerte tägliche Statuserfassung mit signierter Prüfung, wo Knoten nicht an eine Konsole melden können.
        Schwachpunkte: Knoten, die in der Konsole fehlen, Alarme an ein ungelesenes Postfach, eine Konsole, die Updates direkt aus dem Internet holt.
        Auch fragen: Wann gab es den letzten Fund, und wer hat ihn gesehen?
    .evidence =
        Konsolenansicht mit allen Knoten der Zone und ihrem Status
        Fund- oder Alarmbericht aus den letzten Monaten
        Zeichnung des Update-Wegs vom Hersteller bis zu den Knoten

sr-3-3 =
    .title = Prüfung der Security-Funktionen
    .question = Wie prüfen Sie, dass die Security-Funktionen dieser Zone wirklich wirken, z. B. Firewall-Regeln blockieren, was sie sollen, Konten werden gesperrt, der Schadsoftwareschutz reagiert, und wann geschieht das?
    .guidance =
        Prüfen: ob es eine Liste der Security-Funktionen mit Testschritten gibt, genutzt bei FAT, SAT, nach größeren Änderungen und in Wartungsstillständen, und die dokumentierten Ergebnisse.
        Erfüllt, wenn: Security-Funktionen zu geplanten Zeitpunkten gegen erwartete Ergebnisse getestet und Fehler gemeldet und behoben werden.
        Tests, die die Produktion stören könnten, dürfen auf einem Testsystem, einer redundanten Einheit oder im Stillstand laufen, sofern das geplant und dokumentiert ist.
        Kompensierend: regelmäßige Prüfungen durch den Integrator oder einen externen Tester mit schriftlichem Bericht, wenn das Anlagenteam nicht selbst testen kann.
        Schwachpunkte: Tests einmal bei der Inbetriebnahme und nie wieder, Regelwerke nach Änderungen nie neu getestet, Testberichte, die nie einen Fehler aufführen.
    .evidence =
        Security-Testplan und Ergebnisse des letzten FAT, SAT oder Wartungsstillstands
        Datierter Test einer Firewall-Regel oder der Kontosperrung, mit Ergebnis
        Aus Security-Tests entstandene Mängel und ihre Behebung

sr-3-3-re-1 =
    .title = Automatisierte Prüfung der Security-Funktionen
    .question = Nutzen Sie Werkzeuge, die Security-Funktionen automatisch prüfen, etwa Konformitätsprüfungen der Konfiguration, skriptgesteuerte Tests von Firewall-Regeln oder Schwachstellenscans auf einem Testsystem, nicht nur manuelle Prüfungen?
    .guidance =
        Prüfen: ob Skripte oder Werkzeuge Einstellungen und Security-Funktionen wiederholt prüfen, und wo sie laufen: Testumgebung, redundante Einheit oder Live-System.
        Erfüllt, wenn: Prüfungen der Security-Funktionen automatisiert sind, nach Zeitplan oder nach Änderungen laufen und ihre Ergebnisse gespeichert und ausgewertet werden.
        Kompensierend: automatisierte Prüfungen auf einem repräsentativen Testsystem plus manuelle Stichproben in der Live-Zone.
        Aktive Scans dürfen nur Knoten berühren, von denen bekannt ist, dass sie diese vertragen; der Hersteller sollte das bestätigen.
        Schwachpunkte: Scanner ohne Herstellerfreigabe auf laufende Steuerungen gerichtet, automatisierte Jobs, die vor Monaten unbemerkt stehen geblieben sind.
    .evidence =
        Konfiguration und Zeitplan des automatisierten Prüf- oder Scan-Jobs
        Letzter automatisch erzeugter Bericht mit seinen Feststellungen
        Herstellererklärung, welche Scans für die Steuerungen unbedenklich sind

sr-3-3-re-2 =
    .title = Prüfung der Security-Funktionen im Normalbetrieb
    .question = Lassen sich die Security-Funktionen dieser Zone bei laufender Anlage ohne Stillstand prüfen, etwa indem überwacht wird, dass Schutzdienste, Protokollierung und Firewalls aktiv sind?
    .guidance =
        Prüfen: was die Security-Funktionen im laufenden Betrieb kontrolliert: Zustandsprüfungen von Endpoint Protection und Protokollierung, Firewall-Status, passives Netzwerk-Monitoring.
        Erfüllt, wenn: der Zustand der wichtigsten Security-Funktionen während der Produktion laufend oder in kurzen Abständen geprüft wird und ein Ausfall einen Alarm auslöst.
        Kompensierend: eine Schicht-Checkliste, auf der Bediener festgelegte Statusanzeigen bestätigen, mit aufbewahrten Nachweisen.
        Schwachpunkte: Zustandsprüfungen nur für IT-Server, Log-Quellen, die seit Wochen nichts mehr senden, ohne dass es jemand bemerkt.
    .evidence =
        Monitoring-Ansicht mit dem Zustand der Security-Funktionen
        Alarm, der beim Ausfall einer Log-Quelle oder eines Schutzdienstes ausgelöst wurde
        Nachweise der Schicht-Checkliste, falls genutzt

sr-3-4 =
    .title = Integrität von Software und Informationen
    .question = Würden Sie bemerken, wenn jemand ein SPS-Programm, ein HMI-Projekt, Firmware oder eine Konfigurationsdatei in dieser Zone unbefugt verändert, und wie?
    .guidance =
        Prüfen: SPS-Programme und Firmware, HMI- und SCADA-Projekte, ausführbare Dateien und Konfigurationsdateien auf Servern, Einstellungen von Antrieben und Sicherheitsgeräten.
        Erfüllt, wenn: unbefugte Änderungen erkannt und festgehalten werden, z. B. durch Vergleich der Online-Programme mit einer Masterkopie, Prüfsummen, Dateiintegritätsüberwachung oder signierte Firmware.
        Kompensierend: regelmäßiger manueller Vergleich der Online-Programme mit dem versionierten Master, mit Schlüsselschaltern der Steuerungen auf RUN.
        Schwachpunkte: Steuerungen im Fernprogrammiermodus belassen, keine Masterkopie zum Vergleich, Firmware aus ungeprüften Downloads, Rezepttabellen, die niemand beobachtet.
    .evidence =
        Versionsverwaltung oder Programmvergleichsbericht für die Steuerungen der Zone
        Einstellungen der Dateiintegritätsüberwachung auf Servern
        Nachweis der zuletzt erkannten Änderung und ihrer Klärung

sr-3-4-re-1 =
    .title = Automatische Meldung von Integritätsverletzungen
    .question = Wenn ein Werkzeug ein verändertes SPS-Programm, veränderte Firmware oder eine geschützte Datei in dieser Zone erkennt: Informiert es automatisch jemanden, und wer ist diese Person?
    .guidance =
        Prüfen: das Werkzeug zur Änderungserkennung oder Dateiintegritätsprüfung und wohin seine Ergebnisse gehen: E-Mail, HMI-Alarm, SIEM-Ticket.
        Erfüllt, wenn: erkannte Integritätsverletzungen eine Meldung auslösen, ohne dass jemand einen Bericht starten muss, und ein benannter Empfänger darauf reagiert.
        Kompensierend: ein täglich automatisch erzeugter Bericht, den eine benannte Person liest und abzeichnet.
        Schwachpunkte: Meldungen an einen ehemaligen Mitarbeiter, Alarme, die in geplanten Änderungen untergehen, weil sie nie mit Arbeitsaufträgen abgeglichen werden.
    .evidence =
        Benachrichtigungseinstellungen des Werkzeugs zur Änderungserkennung
        Eine Beispielmeldung und die dokumentierte Reaktion

sr-3-5 =
    .title = Eingabevalidierung
    .question = Prüfen Ihre HMI, Steuerungen und Server, ob von Bedienern eingegebene oder über das Netz empfangene Werte plausibel sind (Typ, Bereich, Format), bevor sie darauf reagieren?
    .guidance =
        Prüfen: Sollwertgrenzen in HMI-Bildbausteinen, Bereichsprüfungen in der Steuerungslogik, Web- und API-Eingaben von Servern und Geräten, Ergebnisse von Robustheitstests der Komponenten.
        Erfüllt, wenn: Eingaben, die den Prozess erreichen können, am Empfangsort auf Format und plausiblen Bereich geprüft und ungültige Eingaben ohne Absturz abgewiesen werden.
        Kompensierend: in der Steuerungslogik erzwungene Grenzen plus eine protokollkundige Firewall, die nur benannte Schreibfunktionen oder Register zulässt.
        Schwachpunkte: Grenzen nur im HMI, während die SPS über das Netz jeden Wert annimmt, Webseiten von Geräten, ungeprüft importierte Rezepturdateien.
    .evidence =
        HMI-Variableneinstellungen mit Eingabegrenzen für wichtige Sollwerte
        Auszug aus dem Steuerungscode mit Bereichsprüfungen
        Berichte über Robustheits- oder Fuzz-Tests oder Zertifikate der Komponenten

sr-3-6 =
    .title = Deterministisches Ausgangsverhalten
    .question = Wenn eine Steuerung oder dezentrale Peripherie dieser Zone durch einen Angriff abgeschnitten oder gestört wird: Gehen ihre Ausgänge in einen vorab gewählten Zustand (aus, halten, sichere Stellung), und wurde das getestet?
    .guidance =
        Prüfen: das konfigurierte Ausgangsverhalten bei CPU-Stopp, Netzwerkverlust und Watchdog-Timeout: Ausgabebaugruppen, dezentrale Peripherie, Antriebe, Stellungsregler.
        Erfüllt, wenn: der vorgesehene Ausgangszustand je Prozesseinheit festgelegt, in den Geräten konfiguriert und bei der Inbetriebnahme oder späteren Tests bestätigt ist.
        Kompensierend: unabhängige, fest verdrahtete Verriegelungen oder ein Sicherheitsgerichtetes System (SIS), das den Prozess unabhängig von den Steuerungsausgängen in einen sicheren Zustand bringt.
        Schwachpunkte: nie überprüfte Voreinstellung „letzten Wert halten“, nie getesteter Kommunikationsverlust, Antriebe, die bei Feldbus-Timeout weiterlaufen.
    .evidence =
        Tabelle der sicheren Zustände je Ausgangsgruppe oder Einheit
        Geräteeinstellungen mit Ersatzwerten oder Fehlerzustand
        Nachweis eines Tests zum Kommunikationsverlust

sr-3-7 =
    .title = Fehlerbehandlung
    .question = Wenn in einem HMI, Server, einer Webseite oder einem Gerät dieser Zone etwas schiefgeht: Helfen die Fehlermeldungen dem Benutzer, ohne Interna wie Dateipfade, Versionen oder Datenbankabfragen preiszugeben?
    .guidance =
        Prüfen: fehlgeschlagene Anmeldungen, Webseiten von Geräten und Historians, Fehler-Pop-ups im HMI; wo erlaubt, ein falsches Passwort und eine falsche Webadresse ausprobieren.
        Erfüllt, wenn: Meldungen an Benutzer nützlich, aber frei von technischen Details sind, die einem Angreifer helfen, und vollständige Details nur in geschützte Logs gehen.
        Kompensierend: einschränken, wer die Schnittstelle erreicht, z. B. Webseiten nur von einer Verwaltungsstation aus erreichbar.
        Schwachpunkte: Stacktraces auf Historian-Portalen, Anmeldemeldungen, die verraten, ob ein Benutzername existiert, Geräteseiten mit Firmware-Bannern.
    .evidence =
        Screenshots typischer Fehlermeldungen
        Feststellungen aus Penetrationstests oder vom Hersteller zur Preisgabe von Informationen

sr-3-8 =
    .title = Sitzungsintegrität
    .question = Wie sind bei Web-HMI, Historian-Portalen, Fernzugriffs-Gateways und OPC-UA-Verbindungen dieser Zone die Sitzungen geschützt, sodass niemand die Sitzung eines anderen übernehmen oder in sie einschleusen kann?
    .guidance =
        Prüfen: jede sitzungsbasierte Schnittstelle: Web-HMI, Webseiten von Geräten, Historian- und Reporting-Portale, Fernzugriff, Verbindungen der Engineering-Tools.
        Erfüllt, wenn: Sitzungen an einen authentifizierten Benutzer gebunden sind, Sitzungstoken nur über verschlüsselte Verbindungen laufen und gefälschte oder ungültige Sitzungskennungen abgewiesen werden.
        Kompensierend: die Schnittstelle nur über VPN oder Jump-Host erreichbar machen, sodass Sitzungen im Netz der Zone nicht abgefangen werden können.
        Nicht anwendbar nur bei einer Zone ohne sitzungsbasierte Schnittstellen; festhalten, welche Schnittstellen geprüft wurden.
        Schwachpunkte: Geräte-Webseiten über einfaches HTTP, Sitzungscookies ohne Secure-Flag, Engineering-Tools, die ganz ohne Sitzung mit Steuerungen kommunizieren.
    .evidence =
        Liste der sitzungsbasierten Schnittstellen der Zone mit dem genutzten Protokoll
        Prüfung der Cookie-Flags eines Web-HMI im Browser
        Abschnitt zur Sitzungsbehandlung im Security-Handbuch des Herstellers

sr-3-8-re-1 =
    .title = Ungültigmachen von Sitzungs-IDs nach Sitzungsende
    .question = Wenn sich ein Benutzer an einem Web-HMI, Portal oder Fernzugriffs-Gateway abmeldet oder eine Sitzung abläuft: Wird die alte Sitzungskennung sofort unbrauchbar?
    .guidance =
        Prüfen: Verhalten bei Abmeldung und Timeout: anmelden, Sitzungscookie notieren, abmelden, dann Wiederverwendung versuchen (auf einem Testsystem oder über den Testbericht des Herstellers).
        Erfüllt, wenn: beendete Sitzungen sich mit der alten Kennung nicht fortsetzen lassen und inaktive Sitzungen nach festgelegter Zeit enden.
        Kompensierend: kurze Leerlauf-Timeouts plus Zugang nur über einen Jump-Host, dessen eigene Sitzung zuverlässig beendet wird.
        Schwachpunkte: Benutzer, die den Browser-Tab ohne Abmeldung schließen, gemeinsam genutzte Bediener-PCs mit offenen Sitzungen, „Angemeldet bleiben“-Optionen.
    .evidence =
        Testprotokoll zur Wiederverwendung einer Sitzung nach der Abmeldung
        Timeout-Einstellungen jeder Schnittstelle

sr-3-8-re-2 =
    .title = Erzeugung eindeutiger Sitzungs-IDs
    .question = Erhält jede neue Sitzung an Ihren Web- und Fernzugriffsschnittstellen eine eigene, neue Kennung vom System, und werden Kennungen abgewiesen, die das System nicht selbst vergeben hat?
    .guidance =
        Prüfen: wie Sitzungskennungen bei der Anmeldung vergeben werden, meist in der Herstellerdokumentation oder einem Penetrationstestbericht.
        Erfüllt, wenn: bei jeder Anmeldung eine neue Kennung vergeben wird, keine Kennung zwischen Benutzern geteilt wird und vorgegebene oder unbekannte Kennungen abgewiesen werden.
        Kompensierend: Netzwerkbeschränkungen, sodass nur benannte Verwaltungsstationen die Schnittstelle erreichen.
        Schwachpunkte: dieselbe Kennung vor und nach der Anmeldung (Session Fixation), Kennungen in der URL, die in Logs landen.
    .evidence =
        Abschnitt zum Sitzungsmanagement im Penetrationstestbericht
        Herstellererklärung oder Zertifikat zur Behandlung von Sitzungs-IDs

sr-3-8-re-3 =
    .title = Zufälligkeit von Sitzungs-IDs
    .question = Werden die Sitzungskennungen dieser Schnittstellen von einem ordentlichen Zufallsgenerator erzeugt, sodass niemand sie erraten oder aus früheren vorhersagen kann?
    .guidance =
        Meist eine Produkteigenschaft: eher Herstellerdokumentation, ein Komponentenzertifikat oder Testergebnisse heranziehen, statt selbst zu testen.
        Erfüllt, wenn: Kennungen lang sind, aus einem kryptografischen Zufallsgenerator stammen und Tests kein vorhersagbares Muster gefunden haben.
        Kompensierend: einschränken, wer die Schnittstelle erreicht, und Clients nach wiederholten ungültigen Sitzungsversuchen sperren.
        Schwachpunkte: aus Zeitstempeln oder Zählern gebildete Kennungen, alte eingebettete Webserver in Geräten.
    .evidence =
        Herstellerdokumentation oder Zertifikat zur Erzeugung von Sitzungs-IDs
        Testbericht, der die Zufälligkeit der Sitzungskennungen analysiert

sr-3-9 =
    .title = Schutz der Audit-Informationen
    .question = Wer kann die Security-Logs dieser Zone (Windows-Ereignisprotokolle, Firewall-Logs, Syslog, SIEM) lesen, ändern oder löschen, und wie verhindern Sie, dass ein Eindringling seine Spuren verwischt?
    .guidance =
        Prüfen: lokale Logs auf Servern und HMI, Firewall- und Switch-Logs und den zentralen Collector: Berechtigungen, Aufbewahrung, Weiterleitung.
        Erfüllt, wenn: nur benannte Rollen Logs und Log-Werkzeuge erreichen, Einträge nicht unbemerkt geändert oder gelöscht werden können und Kopien außer Reichweite der Knoten-Admins liegen.
        Kompensierend: zeitnahe Weiterleitung aller Logs an einen Collector in einer anderen Zone, betrieben von anderen Administratoren.
        Schwachpunkte: gemeinsame lokale Admin-Konten, die Ereignisprotokolle löschen können, nach wenigen Tagen überschriebene Logs, ungeschützt durchs Netz gesendeter Log-Verkehr.
    .evidence =
        Berechtigungen auf Log-Dateien und auf dem Log-Collector
        Einstellungen zur Log-Weiterleitung wichtiger Knoten
        Aufbewahrungseinstellungen und der älteste noch verfügbare Eintrag

sr-3-9-re-1 =
    .title = Audit-Einträge auf einmal beschreibbaren Medien
    .question = Werden die Audit-Einträge dieser Zone auf Speichern aufbewahrt, die nach dem Schreiben nicht mehr veränderbar sind, etwa WORM-Platten oder Band, oder in einem unveränderlichen Log-Archiv?
    .guidance =
        Prüfen: wo die endgültige Kopie der Logs liegt: WORM-Platten oder Band, Objektspeicher mit Aufbewahrungssperre, ein reiner Anhänge-Log-Dienst.
        Erfüllt, wenn: geschriebene Audit-Einträge vor Ende ihrer Aufbewahrungsfrist weder geändert noch gelöscht werden können, auch nicht von Systemadministratoren.
        Kompensierend: signierte oder per Hash verkettete Log-Dateien, deren Integrität regelmäßig geprüft wird, gespeichert in einer separaten Zone.
        Schwachpunkte: eine Unveränderlichkeitseinstellung, die jeder Admin abschalten kann, nur einige Log-Quellen erreichen den einmal beschreibbaren Speicher.
    .evidence =
        Speichereinstellungen mit WORM-Modus oder Aufbewahrungssperre
        Liste der Log-Quellen, die das Archiv erreichen

## FR 4 Vertraulichkeit der Daten (DC)

sr-4-1 =
    .title = Vertraulichkeit von Informationen
    .question = Welche Informationen dieser Zone müssen vertraulich bleiben (Rezepturen, Prozess-Know-how, Passwörter, Netzpläne, Sicherungen), und wie verhindern Sie, dass Personen ohne Bedarf sie lesen?
    .guidance =
        Prüfen: ob es eine Liste oder Klassifizierung schutzwürdiger Informationen gibt und wo diese liegen: Engineering-Stationen, Dateifreigaben, Historians, Backup-Server, Papier.
        Erfüllt, wenn: schutzwürdige Informationen bekannt sind und das Lesen auf befugte Benutzer oder Rollen beschränkt ist, wo immer sie gespeichert oder übertragen werden.
        Kompensierend: schutzwürdige Dateien nur auf einer abgeschotteten Engineering-Station in einem zugangskontrollierten Raum.
        Schwachpunkte: Projektdateien mit Passwörtern auf offenen Freigaben, per E-Mail an Hersteller geschickte Netzpläne, Historian-Daten, die jeder Domänenbenutzer lesen kann.
    .evidence =
        Informationsklassifizierung oder Liste schutzwürdiger Daten der Zone
        Berechtigungen der Projekt-, Freigabe- und Backup-Ordner

sr-4-1-re-1 =
    .title = Vertraulichkeit bei Speicherung und über unsichere Netze
    .question = Werden schutzwürdige Informationen dort verschlüsselt, wo sie gespeichert sind (Laptops, Sicherungsmedien, Projektarchive), und immer dann, wenn sie ein nicht vertrauenswürdiges Netz durchqueren, etwa das Internet beim Fernzugriff?
    .guidance =
        Prüfen: Festplattenverschlüsselung auf Engineering-Laptops und Wechseldatenträgern, Verschlüsselung der Sicherungen und die VPN- oder TLS-Einstellungen des Fernzugriffs.
        Erfüllt, wenn: gespeicherte schutzwürdige Daten verschlüsselt sind und jede Fernsitzung über ein nicht vertrauenswürdiges Netz bis zu einem kontrollierten Gateway verschlüsselt ist.
        Kompensierend: physischer Schutz gespeicherter Daten (Tresor, verschlossener Raum), wo Verschlüsselung nicht möglich ist.
        Schwachpunkte: unverschlüsselte Service-Laptops von Fremdfirmen, Sicherungsplatten in einer Schublade, Fernwartungstools, die über eine Hersteller-Cloud laufen.
    .evidence =
        Status der Festplattenverschlüsselung der Engineering-Laptops
        Einstellungen des Fernzugriffs-Gateways (VPN-Protokoll und Verschlüsselungsverfahren)
        Einstellungen zur Verschlüsselung der Sicherungen

sr-4-1-re-2 =
    .title = Schutz der Vertraulichkeit über Zonengrenzen hinweg
    .question = Werden Informationen, die diese Zone über einen Conduit verlassen oder erreichen, unterwegs verschlüsselt, etwa zwischen Steuerungszone und DMZ oder zu einem anderen Standort?
    .guidance =
        Prüfen: jeden Conduit der Zone und die Protokolle, die ihn queren: Historian-Replikation, OPC, Dateiübertragung, Fernzugriff, Verbindungen zu anderen Standorten.
        Erfüllt, wenn: Informationen, die eine Grenze der Zone überqueren, verschlüsselt sind, entweder durch die Anwendungen oder durch Tunnel zwischen den Grenzgeräten.
        Kompensierend: IPsec-Tunnel zwischen den Firewalls an beiden Enden eines Conduits, für Altprotokolle ohne Verschlüsselung.
        Schwachpunkte: Historian- oder OPC-Classic-Verkehr im Klartext zur DMZ, FTP-Übertragungen, SNMPv1- oder v2c-Communities, die Grenzen überqueren.
    .evidence =
        Conduit-Liste mit Protokollen und ihrer Verschlüsselung
        Firewall- oder VPN-Einstellungen für die verschlüsselten Conduits

sr-4-2 =
    .title = Verbleib von Informationen (Restdaten)
    .question = Wenn ein HMI, Server, eine SPS-Speicherkarte, ein Switch oder eine Festplatte diese Zone verlässt (Reparatur, Rücksendung an den Hersteller, Verschrottung): Wie stellen Sie sicher, dass keine Konfiguration, Passwörter oder Prozessdaten mitgehen?
    .guidance =
        Prüfen: Verfahren für Außerbetriebnahme und Reparatur: Löschen von Festplatten, Zurücksetzen von Switches und Firewalls, Entnahme von Speicherkarten, Rücksendungen an den Hersteller.
        Erfüllt, wenn: Komponenten von schutzwürdigen Daten bereinigt werden können und das bei jeder Außerbetriebnahme geschieht und dokumentiert wird.
        Kompensierend: physische Vernichtung von Festplatten und Speicherkarten vor Ort, wenn Löschen nicht möglich ist.
        Schwachpunkte: defekte Geräte, die mit Konfiguration und Schlüsseln in die Garantie gehen, SD-Karten in SPS und HMI, Kopiererfestplatten, alte VM-Images.
    .evidence =
        Verfahren für Außerbetriebnahme oder Reparaturrücksendung
        Lösch- oder Vernichtungsnachweise für die letzten Entsorgungen

sr-4-2-re-1 =
    .title = Bereinigung gemeinsam genutzter Speicherressourcen
    .question = Löschen die Rechner und Geräte dieser Zone Speicher, den ein Prozess oder Benutzer freigegeben hat, bevor er einem anderen zugeteilt wird, sodass keine Daten zwischen ihnen durchsickern?
    .guidance =
        Eine Eigenschaft von Plattform und Produkt: Herstellerdokumentation oder Komponentenzertifikate heranziehen, dazu Einstellungen von Betriebssystem und Hypervisor.
        Erfüllt, wenn: die genutzten Betriebssysteme, Hypervisoren und eingebetteten Plattformen freigegebenen Speicher vor der Wiederverwendung löschen, wie ihre Lieferanten angeben.
        Kompensierend: keine gemeinsamen Hosts für unterschiedliche Kritikalitätsstufen oder Benutzergruppen, z. B. eigene Hardware statt gemeinsamer virtueller Hosts.
        Schwachpunkte: alte eingebettete Plattformen ohne dokumentiertes Verhalten, virtuelle Hosts, auf denen IT- und OT-Maschinen nebeneinander laufen.
    .evidence =
        Security-Dokumentation oder Zertifikat des Herstellers zur Wiederverwendung von Speicher
        Host- und Hypervisor-Einstellungen für die Zone

sr-4-3 =
    .title = Einsatz von Kryptografie
    .question = Wo in dieser Zone Kryptografie eingesetzt wird (VPN, TLS, OPC-UA-Zertifikate, Festplattenverschlüsselung): Sind Algorithmen, Schlüssellängen und Schlüsselhandhabung aktuell, und verwaltet sie jemand?
    .guidance =
        Prüfen: eine Übersicht, wo Kryptografie genutzt wird, eingestellte Algorithmen und Schlüssellängen, und wie Schlüssel und Zertifikate erzeugt, gespeichert, erneuert und widerrufen werden.
        Erfüllt, wenn: Algorithmen und Schlüssellängen aktuellen anerkannten Empfehlungen folgen und jeder Schlüssel und jedes Zertifikat einen Verantwortlichen und einen Erneuerungsprozess hat.
        Kompensierend: ein Produkt mit schwacher Kryptografie in einen starken VPN-Tunnel packen, bis es aktualisiert werden kann.
        Schwachpunkte: TLS 1.0, SHA-1, DES, Standardschlüssel und -zertifikate des Herstellers, selbstsignierte Zertifikate, die ablaufen und die Produktion stoppen.
    .evidence =
        Inventar der Zertifikate und Schlüssel mit Ablaufdaten
        Verschlüsselungseinstellungen der VPN-, TLS- und OPC-UA-Endpunkte
        Verfahren zur Verwaltung von Schlüsseln und Zertifikaten

## FR 5 Eingeschränkter Datenfluss (RDF)

sr-5-1 =
    .title = Netzwerksegmentierung
    .question = Ist das Steuerungsnetz dieser Zone vom Büronetz und von anderen Zonen getrennt, sodass Verkehr nur über festgelegte und kontrollierte Punkte laufen kann?
    .guidance =
        Den Zonen- und Conduit-Plan mit der Wirklichkeit vergleichen: Switch- und VLAN-Einstellungen, Routingtabellen, Firewall-Schnittstellen, PCs mit zwei Netzwerkkarten.
        Erfüllt, wenn: das Netz der Zone von Netzen außerhalb des Leitsystems und von anderen Zonen segmentiert ist und jeder Weg dazwischen bekannt und kontrolliert ist.
        Kompensierend: strikte Zugriffslisten auf Layer-3-Switches plus Host-Firewalls, wo es noch kein eigenes Grenzgerät gibt.
        Schwachpunkte: PCs in zwei Netzen (Dual-Homed), gemeinsame Management-VLANs, vergessene provisorische Verbindungen, 4G-Router in Schaltschränken, Drucker als Netzbrücke.
    .evidence =
        Zonen- und Conduit-Plan, mit den Switch-Einstellungen abgeglichen
        Export der VLAN- und Routing-Konfiguration
        Ergebnis einer Suche nach Rechnern in zwei Netzen

sr-5-1-re-1 =
    .title = Physische Netzwerksegmentierung
    .question = Ist das Steuerungsnetz dieser Zone physisch von Netzen außerhalb des Leitsystems getrennt, mit eigenen Switches und eigener Verkabelung, statt nur ein VLAN auf gemeinsamer Hardware?
    .guidance =
        Ein Blick in die Racks: welche Switches Steuerungsverkehr tragen, ob einer davon auch Büro-VLANs führt, und wie Verkabelung und Ports beschriftet sind.
        Erfüllt, wenn: Steuerungsnetze und andere Netze getrennte Switches, Verkabelung und Netzwerkhardware nutzen und nur über das Grenzgerät verbunden sind.
        Kompensierend: selten überzeugend; allenfalls gemeinsame Hardware, die allein das OT-Team betreibt, gegen VLAN-Hopping gehärtet, als akzeptierte Abweichung dokumentiert.
        Schwachpunkte: Core-Switches gemeinsam mit der IT, Access Points, die beide Netze bedienen, Patchfelder mit gemischten Ports.
    .evidence =
        Switch-Inventar, das zeigt, welches Netz jedes Gerät bedient
        Verkabelungsplan oder Rack-Fotos der Zone

sr-5-1-re-2 =
    .title = Unabhängigkeit von Netzen außerhalb des Leitsystems
    .question = Würde diese Zone weiterarbeiten, wenn die Verbindung zum Büronetz heute gekappt würde, einschließlich Anmeldung, Namensauflösung, Zeitsynchronisation und Lizenzprüfung?
    .guidance =
        Prüfen: welche Netzwerkdienste die Zone von der IT bezieht: Verzeichnis und Anmeldung, DNS, NTP, DHCP, Lizenzserver, Patch-Server, Cloud-Dienste.
        Erfüllt, wenn: die Zone die benötigten Netzwerkdienste selbst bereitstellt oder ohne sie sicher weiterläuft, und das in einem Test oder einem echten Ausfall gezeigt wurde.
        Kompensierend: zwischengespeicherte Anmeldedaten, eine lokale Zeitquelle wie eine GPS-Uhr und schriftliche Rückfallverfahren für die verbleibenden Lücken.
        Schwachpunkte: Bediener können sich nicht anmelden, wenn der IT-Domänencontroller nicht erreichbar ist, Lizenzprüfungen laufen in den Timeout, Alarme hängen an einem IT-Mailserver.
    .evidence =
        Liste der Netzwerkdienste, von denen die Zone abhängt, und wo sie laufen
        Nachweis eines Trennungstests oder eines echten Ausfalls der IT-Verbindung

sr-5-1-re-3 =
    .title = Logische und physische Isolation kritischer Netze
    .question = Sind die kritischsten Netze dieser Zone, etwa das Netz des Sicherheitsgerichteten Systems (SIS) oder das Hauptsteuerungsnetz, logisch und physisch von weniger kritischen Netzen isoliert?
    .guidance =
        Prüfen: SIS-Netze, Netze kritischer Steuerungen und ihre Verbindungen zum Basisleitsystem und zu Engineering-Netzen.
        Erfüllt, wenn: kritische Netze eigene Hardware und Adressierung haben und jede Verbindung zu weniger kritischen Netzen nur über ein dediziertes Grenzgerät läuft.
        Kompensierend: ein unidirektionales Gateway oder eine Nur-Lese-Schnittstelle, wo ein kritisches Netz Daten teilen muss.
        Schwachpunkte: SIS und Basisleitsystem an einem Switch, Engineering-Stationen an beiden Netzen, gemeinsam genutzte Netze für dezentrale Peripherie.
    .evidence =
        Zeichnung der kritischen Netze und ihrer Verbindungen
        Switch-Inventar mit dedizierter Hardware

sr-5-2 =
    .title = Schutz der Zonengrenzen
    .question = Was kontrolliert den Verkehr an jeder Grenze dieser Zone (Firewall, Router-Zugriffsliste, Datendiode), und woher wissen Sie, dass nur der vorgesehene Verkehr durchgeht und dass er überwacht wird?
    .guidance =
        Prüfen: jeden Conduit der Zone: das Grenzgerät, sein Regelwerk, den Zweck jeder Regel, und was protokolliert und angesehen wird.
        Erfüllt, wenn: jede Grenze ein Gerät hat, das vereinbarte Regeln für den durchlaufenden Verkehr durchsetzt, und dieser Verkehr überwacht wird.
        Kompensierend: Zugriffslisten auf Layer-3-Switches oder Host-Firewalls, plus Monitoring, wo eine dedizierte Firewall fehlt.
        Schwachpunkte: Any-to-Any-Regeln, Regeln ohne Verantwortlichen oder Grund, Fernzugriffsverbindungen von Herstellern an der Firewall vorbei, Regeländerungen ohne Prüfung.
    .evidence =
        Export des Firewall-Regelwerks mit dem Zweck jeder Regel
        Nachweis der letzten Regelprüfung
        Grenz-Log oder Monitoring-Dashboard

sr-5-2-re-1 =
    .title = Standardmäßig verweigern, ausnahmsweise erlauben
    .question = Ist jedes Grenzgerät dieser Zone so eingestellt, dass es allen Verkehr blockiert, sofern ihn nicht eine Regel ausdrücklich erlaubt, und hat jede erlaubende Regel eine dokumentierte Begründung?
    .guidance =
        Prüfen: die letzte Regel jedes Regelwerks und breite Regeln (ganze Subnetze, alle Ports, beliebige Quelle).
        Erfüllt, wenn: die Standardaktion „verweigern“ ist und jede Erlaubnisregel so eng wie praktikabel ist (Quelle, Ziel, Port) und in der Conduit-Beschreibung begründet wird.
        Kompensierend: keine für die Standardregel selbst; breite Regeln lassen sich durch Host-Firewalls absichern, während das Regelwerk überarbeitet wird.
        Schwachpunkte: Router, die alles nicht Aufgeführte erlauben, Regeln aus der Inbetriebnahme, weite Portbereiche, die für DCOM oder OPC Classic geöffnet sind.
    .evidence =
        Export des Regelwerks mit der Standardregel
        Conduit-Beschreibung mit den erlaubten Datenflüssen

sr-5-2-re-2 =
    .title = Inselbetrieb
    .question = Können Sie diese Zone bei einem Angriff schnell von allen äußeren Netzen trennen, etwa mit einem vorbereiteten Firewall-Regelwerk oder einem Trennschalter, und die Anlage dabei weiterbetreiben?
    .guidance =
        Prüfen: ob es ein schriftliches Trennungsverfahren gibt: wer es auslösen darf, wie lange es dauert und was nicht mehr funktioniert, während die Zone isoliert ist.
        Erfüllt, wenn: die Zone bei Bedarf an allen ihren Grenzen isoliert werden kann, das getestet wurde und die Auswirkung auf die Produktion bekannt ist.
        Kompensierend: eine deutlich beschriftete physische Trennstelle (Patchkabel oder Schalter) mit schriftlichem Verfahren.
        Schwachpunkte: nie getestete Trennung, versteckte Abhängigkeiten von äußeren Diensten, im Verfahren vergessene Verbindungen (Fernzugriff, 4G, Cloud).
    .evidence =
        Trennungsverfahren oder Schritt im Incident-Playbook
        Nachweis des letzten Trennungstests

sr-5-2-re-3 =
    .title = Im Fehlerfall sperren (Fail Close)
    .question = Wenn eine Firewall oder ein anderes Grenzgerät dieser Zone ausfällt oder die Stromversorgung verliert: Blockiert es dann allen Verkehr, statt alles durchzulassen?
    .guidance =
        Prüfen: das Ausfallverhalten der Grenzgeräte: Bypass-Module, Hardware-Bypass bei Stromausfall, redundante Paare, die nach einem Neustart geladene Konfiguration.
        Erfüllt, wenn: ein ausgefallenes Grenzgerät den Verkehr über die Grenze stoppt, mit Redundanz, wo ein Stopp den Betrieb schädigen würde.
        Kompensierend: ein zweites, in Reihe geschaltetes Filtergerät, das im Fehlerfall ebenfalls sperrt.
        Schwachpunkte: Bypass-Relais in Firewall- oder IPS-Appliances, Switches, die weiterleiten, wenn eine virtuelle Firewall stoppt, nicht gespeicherte Konfigurationen, die beim Neustart verloren gehen.
    .evidence =
        Herstellerdokumentation zum Ausfallverhalten
        Nachweis eines Ausfalltests eines Grenzgeräts

sr-5-3 =
    .title = Einschränkung allgemeiner Kommunikation zwischen Personen
    .question = Können E-Mail, Chat, soziale Medien oder ähnliche Nachrichten von außerhalb des Leitsystems Personen oder Rechner in dieser Zone erreichen, etwa auf HMI oder Engineering-Stationen?
    .guidance =
        Prüfen: Software auf HMI und Engineering-Stationen (Mail, Messenger, Browser) und Grenzregeln in Richtung Mail-, Web- und Messaging-Dienste.
        Erfüllt, wenn: solche Nachrichten von außerhalb des Leitsystems an der Grenze blockiert werden und die Rechner der Zone keine solchen Clients haben.
        Kompensierend: separate Büro-PCs für Mail und Chat in der Leitwarte, ohne Verbindung zum Steuerungsnetz.
        Schwachpunkte: Browser mit Webmail auf Engineering-Stationen, von Herstellern installierte Kollaborationstools, Alarm-Mailserver, die auch eingehende Mail annehmen.
    .evidence =
        Liste der installierten Software auf HMI und Engineering-Stationen
        Grenzregeln für Mail-, Web- und Messaging-Ports

sr-5-3-re-1 =
    .title = Verbot jeder allgemeinen Kommunikation zwischen Personen
    .question = Ist in dieser Zone jede E-Mail-, Chat- und Messaging-Nutzung vollständig untersagt, Senden wie Empfangen?
    .guidance =
        Prüfen: dieselben Punkte wie bei der Basisanforderung, dazu ausgehende Flüsse: Alarm-E-Mails, SMS-Gateways, von HMI gesendete Nachrichten.
        Erfüllt, wenn: Nachrichten zwischen Personen in keiner Richtung in die Zone oder aus ihr heraus möglich sind, per Konfiguration und per schriftlicher Regel.
        Kompensierend: maschinell erzeugte Alarmmeldungen nur über ein dediziertes Gateway, das keine von Personen geschriebenen Nachrichten befördern kann.
        Schwachpunkte: ausgehende Mail für Alarme erlaubt und dann frei genutzt, Mobiltelefone an HMI-USB-Ports.
    .evidence =
        Grenzregeln, die Mail und Messaging in beide Richtungen blockieren
        Schriftliche Regel, die eine solche Nutzung in der Zone untersagt

sr-5-4 =
    .title = Trennung von Anwendungen
    .question = Werden Anwendungen und Daten unterschiedlicher Kritikalität in dieser Zone getrennt gehalten, etwa Steuerungsserver getrennt von Historians, Domänencontrollern, Webdiensten und Büroanwendungen?
    .guidance =
        Prüfen: was auf jedem Server und virtuellen Host läuft: Steuerungsfunktionen, Historians, Reporting, Verzeichnisdienste, Fernzugriff, Bürosoftware.
        Erfüllt, wenn: Funktionen unterschiedlicher Kritikalität auf getrennten Hosts, virtuellen Maschinen oder Partitionen laufen, sodass Probleme in einer die anderen nicht mitreißen.
        Kompensierend: Härtung und Ressourcengrenzen auf einem gemeinsamen Host, mit strikter Trennung der Zugriffe zwischen den Anwendungen.
        Schwachpunkte: ein Server, der alles macht, virtuelle Hosts mit IT- und OT-Maschinen zusammen, Konfigurationswerkzeuge des SIS auf der Engineering-Station des Leitsystems.
    .evidence =
        Liste der Server und virtuellen Maschinen mit den Funktionen jeder einzelnen
        Zuordnung der virtuellen Maschinen zu Hosts und Clustern

## FR 6 Rechtzeitige Reaktion auf Ereignisse (TRE)

sr-6-1 =
    .title = Zugänglichkeit der Audit-Logs
    .question = Können befugte Personen Ihres Teams die Security-Logs der Geräte und Server dieser Zone (HMI, Firewalls, Steuerungen) tatsächlich lesen, ohne sie ändern zu können?
    .guidance =
        Lassen Sie sich je einen Logeintrag einer Firewall, eines Servers und einer Steuerung der Zone zeigen: eine Anmeldung, eine Konfigurationsänderung, einen Fehler.
        Erfüllt, wenn: befugte Benutzer die Audit-Logs aller relevanten Komponenten mit reinem Lesezugriff in angemessener Zeit einsehen können.
        Kompensierend: regelmäßiger Export der Logs von Komponenten ohne eigene Log-Anzeige, zentral gespeichert.
        Schwachpunkte: Steuerungslogs, die nur der Hersteller lesen kann, Logs, die beim Aus- und Einschalten verloren gehen, eine Log-Anzeige, die Admin-Rechte verlangt.
    .evidence =
        Vorführung, wie ein Logeintrag gelesen wird
        Rolle oder Konto mit reinem Lesezugriff auf die Logs

sr-6-1-re-1 =
    .title = Programmgesteuerter Zugriff auf Audit-Logs
    .question = Lassen sich die Logs dieser Zone automatisch von Werkzeugen wie einem SIEM oder Log-Server einsammeln, über Standardschnittstellen wie Syslog, Windows Event Forwarding oder eine API?
    .guidance =
        Prüfen: welche Komponenten Logs über eine dokumentierte Schnittstelle senden oder bereitstellen und welche nur eine lokale Anzeige oder einen manuellen Export bieten.
        Erfüllt, wenn: Werkzeuge die Audit-Logs der relevanten Komponenten über dokumentierte Schnittstellen lesen können und die Sammlung tatsächlich läuft.
        Kompensierend: geplante, skriptgesteuerte Exporte von Komponenten ohne eine solche Schnittstelle.
        Schwachpunkte: syslogfähige Geräte, die nie dafür konfiguriert wurden, unverschlüsseltes Syslog über Zonengrenzen, Collector, die unter Last Meldungen verwerfen.
    .evidence =
        Liste der Log-Quellen mit der genutzten Schnittstelle
        Collector-Einstellungen mit aktuellen Daten aus der Zone

# Review 2026-12: Die SR verlangt die Fähigkeit zur kontinuierlichen Überwachung, nicht eine rund um die Uhr besetzte Reaktion
sr-6-2 =
    .title = Kontinuierliche Überwachung
    .question = Wird diese Zone kontinuierlich auf Anzeichen eines Angriffs überwacht, etwa durch einen Netzwerk-Monitoring-Sensor, ein SIEM oder einen externen Dienst, und wohin gehen die Alarme?
    .guidance =
        Prüfen: den Aufbau des Monitorings: passive Netzwerksensoren an Spiegelports, Log-Korrelation, Alarmregeln, und die Personen und Verfahren dahinter.
        Erfüllt, wenn: die Security-Mechanismen und der Verkehr der Zone ohne zeitliche Lücken überwacht werden und verdächtige Aktivitäten so rechtzeitig erkannt und gemeldet werden, dass man handeln kann.
        Hier nicht verlangt: Personal rund um die Uhr. Wie schnell Alarme bearbeitet werden und ob nachts jemand Bereitschaft hat, legen Ihr Vorfallverfahren und Ihr Risiko fest.
        Kompensierend: eine dokumentierte tägliche Durchsicht wichtiger Logs und der Netzwerk-Baseline durch geschultes Personal.
        Schwachpunkte: Sensoren, die Teile der Zone nicht sehen, Alarme an ein Postfach, das niemand liest, eine Überwachung, die bei Ausfall eines Sensors oder Kollektors unbemerkt stoppt, Regeln so locker eingestellt, dass nie etwas auslöst.
    .evidence =
        Monitoring-Architektur mit Platzierung der Sensoren
        Ein kürzlicher Alarm mit dem Nachweis seiner Bearbeitung
        Verfahren, das festlegt, wer Alarme erhält und wie sie nachverfolgt werden

## FR 7 Verfügbarkeit der Ressourcen (RA)

sr-7-1 =
    .title = Schutz vor Denial-of-Service
    .question = Wenn das Netz dieser Zone überflutet würde oder ein HMI oder Server nicht mehr reagierte: Würden die Steuerungen den Prozess weiterhin sicher regeln?
    .guidance =
        Prüfen: was vom Netz abhängt: Regelkreise in den Steuerungen, Verriegelungen zwischen Steuerungen, die Bedieneransicht, Alarme.
        Erfüllt, wenn: wesentliche Funktionen bei Überflutung oder Ausfall in einem eingeschränkten, aber sicheren Modus weiterlaufen, belegt durch Tests oder Herstellerdaten.
        Kompensierend: fest verdrahtete Verriegelungen zwischen Steuerungen und lokale Bedienpanels, die ohne Netz funktionieren.
        Schwachpunkte: Netzwerkscans, die alte Steuerungen abstürzen lassen, Broadcast-Stürme durch Verkabelungsschleifen, Steuerungsfunktionen, die von einem Server abhängen.
    .evidence =
        Robustheitstestbericht oder Zertifikat für wichtige Steuerungen
        Beschreibung des eingeschränkten Betriebsmodus
        Nachweis eines Netzwerkstörungstests oder eines echten Ereignisses

sr-7-1-re-1 =
    .title = Steuerung der Kommunikationslast
    .question = Halten Ihre Switches, Firewalls und Geräte Verkehrsfluten in dieser Zone in Grenzen, etwa mit Storm Control, Ratenbegrenzung oder Verkehrsprioritäten?
    .guidance =
        Prüfen: Switch-Einstellungen (Storm Control, Ratenbegrenzung je Port, Priorität für Echtzeitverkehr), Ratenbegrenzung der Firewalls und Lasteinstellungen der Geräte.
        Erfüllt, wenn: ungewöhnliche Verkehrsmengen begrenzt werden, bevor sie wesentliche Funktionen beeinträchtigen, und die Grenzen getestet wurden.
        Kompensierend: Echtzeitverkehr in einem eigenen Netzsegment, getrennt von starkem Verkehr.
        Schwachpunkte: unverwaltete Switches, Storm Control nach Fehlauslösungen abgeschaltet, kein Schleifenschutz.
    .evidence =
        Switch-Einstellungen mit Storm Control und Verkehrsprioritäten
        Nachweis eines Lasttests

sr-7-1-re-2 =
    .title = DoS-Auswirkungen auf andere Systeme oder Netze begrenzen
    .question = Wenn ein Gerät oder PC dieser Zone fehlerhaft arbeitet oder übernommen wird: Könnte es andere Zonen oder Netze überfluten, oder ist sein Verkehr so begrenzt, dass der Schaden lokal bleibt?
    .guidance =
        Prüfen: Begrenzungen für Verkehr, der die Zone verlässt, an den Grenzgeräten, Ratenbegrenzung an Switchports und Verkehrsgrenzen auf Hosts.
        Erfüllt, wenn: Komponenten und Grenzen einschränken, wie viel Verkehr ein Host senden kann, sodass ein fehlerhafter oder kompromittierter Knoten andere Systeme nicht überlastet.
        Kompensierend: ein Monitoring, das einen Switchport bei ungewöhnlichem Verkehr automatisch abschaltet.
        Schwachpunkte: keine Grenzen für Verkehr aus der Zone hinaus, Broadcast-Domänen über mehrere Zonen.
    .evidence =
        Einstellungen zu Ratenbegrenzung oder ausgehenden Filtern
        Einstellungen zum Schutz der Switchports

sr-7-2 =
    .title = Ressourcenverwaltung
    .question = Bleiben Security-Funktionen dieser Zone wie Virenscans, Protokollierung und Patch-Installation in Grenzen, sodass sie nicht die CPU, den Speicher, den Datenträger oder die Bandbreite aufbrauchen, die das Leitsystem braucht?
    .guidance =
        Prüfen: CPU- und Plattenlast auf HMI und Servern während Scans und Updates, Plattenplatz für Logs, und die Last der Steuerungen durch Kommunikation.
        Erfüllt, wenn: der Ressourcenverbrauch der Security-Funktionen begrenzt (Zeitplanung, Kontingente, Prioritäten) und überwacht ist, mit Warnung vor Erreichen der Grenzen.
        Kompensierend: aufwendige Aufgaben nur in geplanten Stillständen, nach schriftlichem Zeitplan.
        Schwachpunkte: Vollscans beim Schichtwechsel, volllaufende Log-Partitionen, Patch-Downloads, die langsame Verbindungen verstopfen.
    .evidence =
        Zeitpläne für Scans und Updates
        Diagramme der Ressourcennutzung von HMI und Servern
        Einstellungen der Warnungen zum Plattenplatz

# Review 2026-12: Eine Offline- oder getrennte Kopie ist gute Praxis, aber kein Kriterium der Basis-SR
sr-7-3 =
    .title = Sicherung des Leitsystems
    .question = Haben Sie aktuelle Sicherungen von allem, was zum Wiederaufbau dieser Zone nötig ist: SPS-Programme, HMI- und SCADA-Projekte, Server-Images, Switch- und Firewall-Konfigurationen, Historian-Daten?
    .guidance =
        Die Backup-Liste mit dem Asset-Inventar vergleichen, das Datum der neuesten Sicherung je Element prüfen, und wo die Kopien aufbewahrt werden.
        Erfüllt, wenn: Programme, Konfigurationen, System-Images und Prozesszustand nach einem Zeitplan gesichert werden, der die Produktion nicht stört.
        Gute Praxis über diese Anforderung hinaus: eine Kopie offline oder außerhalb der Zone aufbewahren, damit Ransomware oder ein Angreifer in der Zone sie nicht erreicht. Empfehlen, aber die Anforderung nicht deswegen als nicht erfüllt bewerten.
        Kompensierend: manuelle Sicherungen vor und nach jeder Änderung, im Änderungsprotokoll festgehalten.
        Schwachpunkte: fehlende Gerätekonfigurationen, Sicherungen nur auf dem Laptop eines Integrators, Lizenzen und Schlüssel nicht gesichert.
    .evidence =
        Backup-Liste, verglichen mit dem Asset-Inventar
        Datum der letzten Sicherung je Komponente
        Aufbewahrungsort der Sicherungskopien

sr-7-3-re-1 =
    .title = Prüfung der Sicherungen
    .question = Woher wissen Sie, dass Ihre Sicherungen wirklich funktionieren? Wann haben Sie zuletzt ein SPS-Programm, HMI-Projekt oder Server-Image aus der Sicherung wiederhergestellt und das Ergebnis geprüft?
    .guidance =
        Prüfen: Wiederherstellungstests: was wiederhergestellt wurde, auf welcher Hardware, wie lange es dauerte und ob das Ergebnis mit dem laufenden System verglichen wurde.
        Erfüllt, wenn: Sicherungsmechanismus und Sicherungskopien regelmäßig auf Integrität und Wiederherstellbarkeit geprüft werden, mit dokumentierten Ergebnissen.
        Kompensierend: Vergleich der Sicherungsdateien mit Online-Programmen und Prüfsummen, wo ein vollständiger Wiederherstellungstest nicht möglich ist.
        Schwachpunkte: nie wiederhergestellte Sicherungen, verschlüsselte Sicherungen mit verlorenen Schlüsseln, Dateien, die aktuelle Softwareversionen nicht lesen können.
    .evidence =
        Nachweise der Wiederherstellungstests
        Ergebnisse der Integritätsprüfung der Backup-Jobs

sr-7-3-re-2 =
    .title = Automatisierung der Sicherung
    .question = Werden Sicherungen der Programme, Konfigurationen und Server dieser Zone automatisch nach Zeitplan erstellt, statt davon abzuhängen, dass jemand daran denkt?
    .guidance =
        Prüfen: Backup-Werkzeuge und Zeitpläne für Server, Steuerungen und Netzwerkgeräte, und wie fehlgeschlagene Jobs gemeldet werden.
        Erfüllt, wenn: Sicherungen automatisch in einstellbarer Häufigkeit laufen und fehlgeschlagene Jobs einen Alarm auslösen, dem jemand nachgeht.
        Kompensierend: eine kalendergesteuerte manuelle Routine mit Abzeichnung und Kontrolle durch eine zweite Person.
        Schwachpunkte: Steuerungen und Switches nicht in der Automatisierung, Fehlermeldungen, die ins Leere gehen.
    .evidence =
        Einstellungen des Backup-Zeitplans
        Job-Historie mit Fehlschlägen und ihrer Nachverfolgung

# Review 2026-12: Ein Ersatzteil- oder Servicevertrag bringt die Zone nicht in einen bekannten sicheren Zustand zurück und ist daher keine kompensierende Gegenmaßnahme
sr-7-4 =
    .title = Wiederherstellung und Wiederaufbau des Leitsystems
    .question = Können Sie diese Zone nach einem schweren Ausfall oder Cyber-Vorfall in einen bekannten, sicheren Zustand mit allen Security-Einstellungen wiederaufbauen, und wie lange würde das dauern?
    .guidance =
        Prüfen: Wiederherstellungsverfahren, Installationsmedien, Lizenzen, Ersatzhardware, und ob wiederaufgebaute Systeme ihre Härtung, Konten und Patches zurückbekommen.
        Erfüllt, wenn: schriftliche und getestete Verfahren die Zone in einer vom Unternehmen akzeptierten Zeit in eine bekannte, sichere Konfiguration zurückbringen.
        Kompensierend: bereitgehaltene Ersatzgeräte mit der freigegebenen, gehärteten Konfiguration, die in festen Abständen mit der Baseline abgeglichen werden, sodass ein ausgefallenes Gerät durch eines ersetzt wird, das bereits in einem bekannten sicheren Zustand ist.
        Schwachpunkte: wiederhergestellte Images mit Standardpasswörtern oder alten Schwachstellen, Lizenz-Dongles, Installationsdateien nur im Herstellerportal.
    .evidence =
        Wiederherstellungsverfahren je Komponententyp
        Nachweis einer Wiederherstellungsübung
        Liste der Ersatzteile und Installationsmedien

sr-7-5 =
    .title = Notstromversorgung
    .question = Wenn in dieser Zone das Netz ausfällt und USV oder Notstromaggregat übernehmen: Behalten Firewalls, Switches und Steuerungen ihre Security-Einstellungen, und sind sie nach der Rückkehr des Netzes dieselben?
    .guidance =
        Prüfen: welche Komponenten an USV oder Notstromaggregat hängen, wie sich die Umschaltung verhält und welcher Konfigurationsstand nach dem Aus- und Einschalten vorliegt.
        Erfüllt, wenn: nach einer Umschaltung in beide Richtungen jede Komponente dieselben Einstellungen durchsetzt oder in einen vorab festgelegten eingeschränkten Modus fällt.
        Kompensierend: Konfigurationen im nichtflüchtigen Speicher gesichert und nach jedem Stromereignis geprüft.
        Schwachpunkte: Firewalls nicht an der USV, Steuerungen aber schon, Geräte, die mit Werkseinstellungen starten, USV-Netzwerkkarten mit Standardpasswörtern.
    .evidence =
        Liste der Komponenten an USV oder Notstromaggregat
        Nachweis eines Stromausfalltests
        Konfigurationsvergleich vor und nach dem Aus- und Einschalten

sr-7-6 =
    .title = Netzwerk- und Security-Konfigurationseinstellungen
    .question = Sind die Netzwerk- und Security-Einstellungen der Geräte dieser Zone nach den Härtungsleitfäden der Lieferanten gesetzt, und können Sie die aktuell gültigen Einstellungen zeigen?
    .guidance =
        Prüfen: die Härtungsleitfäden der Lieferanten, die dokumentierte Baseline je Komponententyp und eine Live-Ansicht der tatsächlich ausgerollten Einstellungen.
        Erfüllt, wenn: die Einstellungen dokumentierten Empfehlungen mit begründeten Abweichungen folgen und sich aktuelle Einstellungen anzeigen und mit der Baseline vergleichen lassen.
        Kompensierend: eine regelmäßige manuelle Prüfung anhand einer schriftlichen Checkliste.
        Schwachpunkte: nie gelesene Härtungsleitfäden, nach Upgrades nicht aktualisierte Baselines, Einstellungen, die nach Servicebesuchen des Herstellers abweichen.
    .evidence =
        Genutzte Härtungsleitfäden der Lieferanten
        Dokumentierte Baseline je Komponententyp
        Letzter Vergleich der aktuellen Einstellungen mit der Baseline

sr-7-6-re-1 =
    .title = Maschinenlesbare Ausgabe der Security-Einstellungen
    .question = Lassen sich die aktuellen Security-Einstellungen der Komponenten dieser Zone maschinenlesbar exportieren (z. B. XML, JSON, CSV), sodass Werkzeuge sie mit Ihrer Baseline vergleichen können?
    .guidance =
        Prüfen: Exportfunktionen von Steuerungen, Switches, Firewalls und Servern, und ob die Exporte in einen automatisierten Vergleich einfließen.
        Erfüllt, wenn: Einstellungen in einem strukturierten Format exportiert werden können und die Exporte für den automatisierten Vergleich genutzt werden.
        Kompensierend: Skripte, die die Einstellungen über Standardschnittstellen wie SNMP oder eine Hersteller-API auslesen.
        Schwachpunkte: Exporte nur als PDF oder Screenshots, Exporte ohne die Security-Einstellungen.
    .evidence =
        Ein Beispielexport der aktuellen Einstellungen
        Bericht eines automatisierten Vergleichs

sr-7-7 =
    .title = Minimale Funktionalität
    .question = Haben Sie Dienste, Ports, Protokolle und Funktionen abgeschaltet, die in dieser Zone nicht gebraucht werden, z. B. Webserver und FTP auf SPS, ungenutzte Switchports, USB-Ports und ungenutzte Windows-Dienste?
    .guidance =
        Prüfen: offene Ports (aus den Einstellungen oder per Scan auf einem Testsystem), laufende Dienste, auf Steuerungen aktivierte Funktionen und ungenutzte Switchports.
        Erfüllt, wenn: nur die für den Betrieb nötigen Funktionen aktiv sind, nach einer dokumentierten Liste des Erlaubten je Komponententyp.
        Kompensierend: nicht benötigte Dienste auf Netzebene sperren, wo sie sich nicht abschalten lassen.
        Schwachpunkte: Standard-Webserver und SNMP auf Steuerungen, Telnet auf Switches, aktive ungenutzte Switchports, Spiele und Büroprogramme auf HMI.
    .evidence =
        Liste der erlaubten Ports und Dienste je Komponententyp
        Ergebnisse eines Portscans oder einer Dienstauflistung
        Statusliste der Switchports

sr-7-8 =
    .title = Inventar der Leitsystemkomponenten
    .question = Können Sie eine aktuelle Liste aller Komponenten dieser Zone mit Typ, Firmware- oder Softwareversion und Netzwerkadresse zeigen, und wie wird sie aktuell gehalten?
    .guidance =
        Das Inventar ansehen, eine Stichprobe mit dem Inhalt der Schaltschränke und des Netzes vergleichen, und prüfen, wie Änderungen zurück ins Inventar gelangen.
        Erfüllt, wenn: ein Inventar mit den relevanten Merkmalen existiert, vom System oder seinen Werkzeugen erzeugt werden kann und der Wirklichkeit entspricht.
        Kompensierend: ein manuelles Inventar, regelmäßig gegen eine passive Netzwerkerkennung geprüft.
        Schwachpunkte: veraltete Tabellen, vergessene 4G-Router, Laptops von Fremdfirmen, bei der Wartung hinzugefügte Geräte.
    .evidence =
        Export des Inventars
        Stichprobe: Inventar gegen einen Schaltschrank geprüft
        Ergebnisse der passiven Netzwerkerkennung
