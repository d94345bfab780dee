### IEC 62443-4-2:2019 technische Security-Anforderungen an IACS-Komponenten: deutsche Texte für iacs-assess.
### Eigens für dieses Werkzeug geschrieben; dies ist nicht der Wortlaut der Norm. Kennungen und Kurztitel sind Fakten.
### Wird einmal je Komponente beantwortet (ein Produkt: SPS, Antrieb, HMI-Software, Switch, Firewall, Historian-Server ...),
### für das Produkt wie geliefert und installiert. Befragt wird der Ingenieur des Produktlieferanten oder der Ingenieur des
### Anlagenbetreibers oder Integrators, der ein Produkt mit Security-Handbuch, Zertifikat oder Lieferantenerklärung prüft.
### Die Fragen sprechen von „dieser Komponente“, „dem Gerät“ oder „der Software“ und fragen, was das Produkt KANN, nicht wie die Anlage es nutzt.
### Begriffe (Review 2026-12), geprüft von tests/terms.rs: Komponente; Softwareanwendung, Eingebettetes Gerät (im Satz klein), Host-Gerät,
### Netzwerkgerät; Fähigkeits-Security-Level (SL-C); Produktlieferant; Anlagenbetreiber; Integrator; Allowlist, nie Whitelist
### oder Blacklist; Security (Angriffsschutz) ist nicht Safety (funktionale Sicherheit).

questionnaire =
    .title = IEC 62443-4-2 Security-Anforderungen an Komponenten
    .description = IEC 62443-4-2 beschreibt die Security-Fähigkeiten, die eine einzelne Komponente eines Leitsystems bieten muss, ob Softwareanwendung, eingebettetes Gerät wie eine SPS oder ein Antrieb, Host-Gerät wie ein Server oder eine Engineering-Station oder Netzwerkgerät wie ein Switch oder eine Firewall. Sie beantworten den Fragebogen einmal für jede Komponente, für das Produkt wie geliefert; das Werkzeug fragt nur die Anforderungen ihres Typs ab: Jede ist erfüllt, nicht erfüllt, durch eine dokumentierte Gegenmaßnahme kompensiert oder nicht anwendbar. Aus den Antworten berechnet das Werkzeug für jede grundlegende Anforderung den Fähigkeits-Security-Level (SL-C) der Komponente: den höchsten Level, dessen Anforderungen alle erfüllt sind.

## Gemeinsame Security-Randbedingungen für Komponenten (CCSC)

ccsc =
    .title = Gemeinsame Security-Randbedingungen (CCSC)
    .description = Vier Bedingungen, die für jede Komponente auf jedem SL-C gelten und zu keiner grundlegenden Anforderung gehören: Security darf wesentliche Funktionen nicht behindern, Lücken dürfen durch dokumentierte Gegenmaßnahmen geschlossen werden, Rechte lassen sich auf das Nötige beschränken, und das Produkt stammt aus einem sicheren Entwicklungsprozess. Eine nicht erfüllte CCSC hält die Komponente in jeder grundlegenden Anforderung zurück.

ccsc-1 =
    .title = Wesentliche Funktionen bleiben verfügbar
    .question = Lassen die Security-Funktionen dieser Komponente (Anmeldung, Sperre, Verschlüsselung, Protokollierung, Updates) ihre wesentlichen Funktionen wie Steuern, Schützen und Bedienen weiterlaufen, auch wenn eine Security-Funktion ausfällt oder auslöst?
    .guidance =
        Gilt für jede Komponente auf jedem SL-C; sie gehört zu keiner grundlegenden Anforderung.
        Prüfen: was mit Steuerung und E/A geschieht, wenn ein Konto gesperrt wird, ein Zertifikat abläuft, das Audit-Protokoll voll ist oder ein Update installiert wird.
        Erfüllt, wenn: der Produktlieferant dokumentiert, dass Security-Funktionen die wesentlichen Funktionen weder stoppen noch verlangsamen, und Typprüfungen oder eigene Tests das zeigen.
        Kompensierend: eine Betriebsanweisung, die solche Security-Funktionen dort abgeschaltet lässt, wo sie einer wesentlichen Funktion schaden würden, mit dokumentiertem Risiko.
        Schwachpunkte: Sperre des einzigen Bedienerkontos, CPU-Last durch Verschlüsselung auf kleinen Steuerungen, von Updates erzwungene Neustarts, ein Watchdog, den ein Scan auslöst.
    .evidence =
        Abschnitt des Security-Handbuchs zu wesentlichen Funktionen
        Prüfbericht: Steuerung läuft bei Kontosperre oder vollem Audit-Speicher weiter
        Lieferantenerklärung, welche Funktionen nie von Security-Funktionen abhängen

ccsc-2 =
    .title = Kompensierende Gegenmaßnahmen dokumentiert
    .question = Wo diese Komponente eine Anforderung nicht selbst erfüllen kann: Nennt der Produktlieferant die Gegenmaßnahmen, die die Lücke schließen, etwa eine vorgeschaltete Firewall oder einen abgeschlossenen Schrank?
    .guidance =
        Gilt für jede Komponente auf jedem SL-C; sie gehört zu keiner grundlegenden Anforderung.
        Prüfen: die Liste des Security-Handbuchs mit den Anforderungen, die das Produkt nicht erfüllt, und was der Lieferant für jede empfiehlt.
        Erfüllt, wenn: jede Lücke mit einer konkreten Gegenmaßnahme außerhalb der Komponente benannt ist, sodass ein Integrator sie planen und Sie sie hier als kompensiert erfassen können.
        Kompensierend: eigene, mit dem Lieferanten abgestimmte und dokumentierte Gegenmaßnahmen, wo das Handbuch schweigt.
        Schwachpunkte: ein Handbuch, das nur „in einem geschützten Netz betreiben“ sagt; Gegenmaßnahmen, die Produkte voraussetzen, die die Anlage nicht hat.
    .evidence =
        Kapitel des Security-Handbuchs zur vorgesehenen Umgebung und zu Gegenmaßnahmen
        Konformitätserklärung des Lieferanten zu IEC 62443-4-2 mit gekennzeichneten Lücken
        Ihre Gegenmaßnahmen-Datensätze mit Verweis auf dieses Kapitel

ccsc-3 =
    .title = Minimale Rechte durchgesetzt
    .question = Lässt sich diese Komponente so einrichten, dass jeder Benutzer, jedes Programm und jedes Gerät nur die nötigen Rechte erhält, etwa ein Beobachter, der keine Sollwerte ändern kann, und niemand für die tägliche Arbeit ein Administratorkonto braucht?
    .guidance =
        Gilt für jede Komponente auf jedem SL-C; sie gehört zu keiner grundlegenden Anforderung.
        Prüfen: die Rollen und Berechtigungen, die das Produkt bietet, wie fein sie sind und welche Konten ab Werk volle Rechte haben.
        Erfüllt, wenn: sich Rechte so fein aufteilen lassen, dass jede Aufgabe nur mit den nötigen Berechtigungen erledigt werden kann, an allen Schnittstellen der Komponente.
        Kompensierend: ein Gateway oder Jump-Host, der begrenzt, was an die Komponente gesendet werden kann, wo das Produkt nur eine Zugriffsstufe kennt.
        Schwachpunkte: nur „Admin“ und „kein Zugriff“, Dienste mit Systemrechten, eine Wartungsschnittstelle, die die Rollen umgeht.
    .evidence =
        Rollen- und Berechtigungsliste aus dem Security-Handbuch
        Screenshot der Benutzerverwaltung mit einer eingeschränkten Rolle
        Liste der Dienstkonten des Produkts und ihrer Rechte

ccsc-4 =
    .title = Entwickelt nach einem Prozess gemäß 62443-4-1
    .question = Wurde diese Komponente nach einem sicheren Entwicklungsprozess gemäß IEC 62443-4-1 entwickelt und wird sie danach gepflegt, und kann der Produktlieferant das belegen?
    .guidance =
        Gilt für jede Komponente auf jedem SL-C; sie gehört zu keiner grundlegenden Anforderung.
        Prüfen: ein Zertifikat des Entwicklungsprozesses nach 62443-4-1, seinen Geltungsbereich (Produktlinien, Standorte) und ob dieses Produkt in dieser Version darunter fällt.
        Erfüllt, wenn: das Produkt nach einem gegen 62443-4-1 bewerteten Prozess gebaut und gepatcht wird, etwa mit einem ISASecure-SDLA- oder IECEE-Zertifikat, das es abdeckt.
        Kompensierend: kaum möglich; höchstens ein dokumentierter Prozess des Lieferanten mit Security-Updates, Schwachstellenbehandlung und SBOM, dazu eigene Tests.
        Schwachpunkte: ein Zertifikat für einen anderen Geschäftsbereich, alte Produktversionen aus der Zeit vor dem Prozess, Fremdkomponenten ohne Update-Weg.
    .evidence =
        Zertifikat des Entwicklungsprozesses mit Geltungsbereich
        Richtlinie des Lieferanten zur Schwachstellenbehandlung und Seite mit Security-Advisories
        SBOM der eingesetzten Produktversion

## FR 1 Identifizierung und Authentifizierung (IAC)

fr-1 =
    .title = Identifizierung und Authentifizierung (IAC)
    .description = Was die Komponente bietet, um zu wissen, wer und was mit ihr spricht: Anmeldung für Personen, Identitäten für Programme und Geräte, Verwaltung von Konten, Passwörtern, Schlüsseln und Zertifikaten sowie Grenzen gegen Ausprobieren.

cr-1-1 =
    .title = Identifizierung und Authentifizierung von Personen
    .question = Fragt jede Schnittstelle dieser Komponente, an der eine Person mit ihr arbeiten kann (lokales Bedienfeld, Webseite, Engineering-Tool, Konsolenport), wer die Person ist, und prüft es, bevor Zugriff gewährt wird?
    .guidance =
        Prüfen: alle Zugangswege für Personen: Bedienfeld, Display, Webserver, Verbindung des Engineering-Tools, serielle und USB-Konsole, Wartungsport.
        Erfüllt, wenn: jeder dieser Wege Identifizierung und Authentifizierung verlangen kann und der Lieferant jeden Weg nennt, der es nicht kann.
        Kompensierend: abgeschlossener Schrank oder Schlüsselschalter für ein Bedienfeld ohne Anmeldung; ein Jump-Host, der vor einer Webseite ohne Anmeldung authentifiziert.
        Schwachpunkte: Zugriff über das Engineering-Protokoll ganz ohne Passwort, ein versteckter Serviceport, ein Display, das Änderungen ohne Anmeldung erlaubt.
        Auch fragen: Können Bediener im Notfall weiterhin ohne Anmeldung eingreifen, wo die Anlage das braucht?
    .evidence =
        Liste der Schnittstellen im Security-Handbuch und wie jede authentifiziert
        Screenshot der Anmeldeseite oder -aufforderung
        Prüfprotokoll eines Zugriffsversuchs ohne Anmeldedaten

cr-1-1-re-1 =
    .title = Eindeutige Identität je Person
    .question = Kann diese Komponente jeder Person ein persönliches Konto geben, sodass sich jede aufgezeichnete Aktion einer namentlich bekannten Person zuordnen lässt statt einem gemeinsamen „admin“ oder „operator“?
    .guidance =
        Prüfen: wie viele Benutzerkonten das Produkt aufnehmen kann, ob Namen frei wählbar sind und ob es stattdessen einen zentralen Verzeichnisdienst nutzen kann.
        Erfüllt, wenn: jede Person an jeder Schnittstelle für Personen eine eindeutige Identität haben kann, lokal gespeichert oder über einen Verzeichnisdienst wie LDAP oder Active Directory.
        Kompensierend: ein Jump-Host oder Zugangs-Gateway mit persönlichen Konten als einziger Weg zu einem Gerät, das nur eine gemeinsame Anmeldung kennt.
        Schwachpunkte: feste Konten je Rolle, ein Wartungspasswort für alle Geräte, eine Verzeichnisanbindung, die nur für manche Schnittstellen gilt.
    .evidence =
        Abschnitt des Security-Handbuchs zu Benutzerkonten
        Screenshot der Benutzerliste mit persönlichen Konten
        Einstellungen der Verzeichnisanbindung

cr-1-1-re-2 =
    .title = Mehrfaktor-Authentifizierung an jeder Schnittstelle
    .question = Kann diese Komponente für jede Person, die sich an ihr anmeldet, an jeder Schnittstelle einen zweiten Faktor verlangen, etwa Token, Smartcard oder Einmalcode?
    .guidance =
        Prüfen: welche Faktoren das Produkt selbst unterstützt, ob es die Anmeldung an einen Verzeichnis- oder Identitätsdienst mit zweitem Faktor abgeben kann und welche Schnittstellen ausgenommen sind.
        Erfüllt, wenn: Mehrfaktor-Authentifizierung für jeden Zugriff von Personen, lokal und aus der Ferne, an jeder Schnittstelle erzwungen werden kann.
        Kompensierend: Zugriff nur über einen Jump-Host mit zwei Faktoren, alle anderen Wege zur Komponente gesperrt.
        Schwachpunkte: zweiter Faktor auf der Webseite, aber nicht im Engineering-Protokoll oder an der Konsole; ein lokales Notfallkonto ohne ihn.
    .evidence =
        Konfiguration der Mehrfaktor- oder Verzeichnisanmeldung
        Liste der Schnittstellen mit den jeweils unterstützten Faktoren
        Prüfprotokoll einer ohne zweiten Faktor abgelehnten Anmeldung

cr-1-2 =
    .title = Prozesse und Geräte identifizieren und authentifizieren
    .question = Wenn sich andere Software oder Geräte mit dieser Komponente verbinden, etwa ein HMI, das Variablen liest, oder eine SPS, die mit einer anderen spricht: Kann die Komponente deren Identität prüfen, bevor sie Anfragen annimmt?
    .guidance =
        Prüfen: die Kommunikationsprotokolle des Produkts und welche davon Authentifizierung tragen: OPC UA mit Anwendungszertifikaten, CIP Security, TLS mit Client-Zertifikaten, Dienstkonten.
        Erfüllt, wenn: jede von Programmen oder Geräten genutzte Schnittstelle die Gegenstelle identifizieren und authentifizieren kann; Protokolle, die das nicht können, sind aufgeführt und abschaltbar.
        Kompensierend: Allowlists im Netzwerk, sodass nur bekannte Gegenstellen die Schnittstellen ohne Authentifizierung erreichen.
        Schwachpunkte: Modbus TCP, S7 oder andere Altprotokolle ab Werk eingeschaltet, anonymer OPC-UA-Zugriff, gemeinsame Schlüssel.
    .evidence =
        Protokollliste aus dem Security-Handbuch mit der Authentifizierung jedes Protokolls
        Konfiguration des authentifizierten Protokolls
        Screenshot einer abgelehnten Verbindung einer unbekannten Gegenstelle

cr-1-2-re-1 =
    .title = Eindeutige Identität je Prozess und Gerät
    .question = Kann jedes Programm und jedes Gerät, das sich mit dieser Komponente verbindet, eine eigene Identität erhalten, etwa ein eigenes Zertifikat oder Konto, sodass eines gesperrt werden kann, ohne die anderen zu berühren?
    .guidance =
        Prüfen: ob das Produkt Gegenstellen einzeln vertraut (Liste vertrauenswürdiger Zertifikate oder Konten) oder über ein gemeinsames Geheimnis.
        Erfüllt, wenn: jedes verbindende Programm und Gerät an jeder Schnittstelle für Maschine-zu-Maschine-Verkehr einzeln identifiziert und authentifiziert wird.
        Kompensierend: getrennte Netzsegmente mit Allowlists je Gegenstelle, wo sich ein gemeinsamer Schlüssel nicht vermeiden lässt.
        Schwachpunkte: ein Pre-Shared Key für alle Gegenstellen, ein ab Werk in jedem Gerät identisches Zertifikat, Einstellungen wie „allen vertrauen“.
    .evidence =
        Konfiguration der Vertrauens- oder Gegenstellenliste
        Gerätezertifikat, das zeigt, dass es für das einzelne Gerät eindeutig ist
        Nachweis einer gesperrten Gegenstelle, ohne dass andere betroffen waren

cr-1-3 =
    .title = Unterstützung der Kontenverwaltung
    .question = Können befugte Personen Konten auf dieser Komponente anlegen, aktivieren, ändern, deaktivieren und löschen, entweder auf der Komponente selbst oder über eine zentrale Kontenverwaltung?
    .guidance =
        Prüfen: die Kontenfunktionen des Produkts und ob es einen zentralen Verzeichnisdienst nutzen kann; Standard- und eingebaute Konten.
        Erfüllt, wenn: alle Konten, auch eingebaute, von befugten Benutzern verwaltet werden können und Deaktivieren oder Löschen an allen Schnittstellen wirkt.
        Kompensierend: ein dokumentiertes Verfahren und ein Jump-Host für Geräte, deren Konten nur mit einem Herstellerwerkzeug geändert werden können.
        Schwachpunkte: eingebaute Konten, die sich nicht deaktivieren lassen, fest einprogrammierte Dienstkonten, Konten, die nach dem Löschen an einer Schnittstelle gültig bleiben.
    .evidence =
        Screenshot der Kontenverwaltung
        Liste der eingebauten Konten im Security-Handbuch und wie man sie deaktiviert
        Prüfprotokoll: gelöschtes Konto an jeder Schnittstelle abgewiesen

cr-1-4 =
    .title = Unterstützung der Verwaltung von Kennungen
    .question = Kann diese Komponente die Kennungen verwalten, die sie für Benutzer, Gruppen, Rollen und verbundene Systeme nutzt, sodass ein Name nicht für jemand anderen wiederverwendet wird und jede Identität eindeutig ist?
    .guidance =
        Prüfen: wie Benutzernamen, Gruppen- und Rollennamen und die Kennungen verbundener Systeme im Produkt oder im genutzten Verzeichnis angelegt, geändert und stillgelegt werden.
        Erfüllt, wenn: Kennungen je Benutzer, Gruppe, Rolle oder Schnittstelle verwaltet werden können und der Lieferant dokumentiert, wie.
        Kompensierend: ein Verzeichnisdienst, der alle Kennungen führt und aus dem die Komponente sie übernimmt.
        Schwachpunkte: feste Benutzernamen, Kennungen, die nach dem Löschen eines Kontos wiederverwendet werden, Rollennamen, die sich in Protokollen nicht unterscheiden lassen.
    .evidence =
        Abschnitt des Security-Handbuchs zu Kennungen
        Screenshot der Einstellungen für Benutzer, Gruppen und Rollen

cr-1-5 =
    .title = Verwaltung von Authentifikatoren (Anmeldedaten)
    .question = Lassen sich Passwörter, Schlüssel und Zertifikate dieser Komponente bei der ersten Nutzung setzen und später ändern, und sind sie dort geschützt, wo die Komponente sie speichert oder überträgt?
    .guidance =
        Prüfen: wie Standardpasswörter und -schlüssel bei der Inbetriebnahme ersetzt werden, wie oft sie geändert werden können und wie sie gespeichert (gehasht, verschlüsselt) und übertragen werden.
        Erfüllt, wenn: alle Standard-Anmeldedaten bei der Installation geändert werden können, Anmeldedaten erneuerbar sind und sie weder im Speicher noch auf der Leitung lesbar sind.
        Kompensierend: eine Inbetriebnahme-Checkliste, die die Änderung der Standardwerte erzwingt, wo das Produkt sie nicht selbst erzwingt.
        Schwachpunkte: fest einprogrammierte Passwörter, für alle Geräte gleiche Standardschlüssel, Passwörter im Klartext in Konfigurationsdateien oder Sicherungen.
    .evidence =
        Abschnitt des Security-Handbuchs zu Standard-Anmeldedaten und ihrer Änderung
        Inbetriebnahmeprotokoll, das die Änderung der Standardwerte zeigt
        Lieferantenerklärung zur Speicherung von Anmeldedaten

cr-1-5-re-1 =
    .title = Hardwaregeschützte Authentifikatoren
    .question = Bewahrt diese Komponente ihre Passwörter, Schlüssel und anderen Geheimnisse in geschützter Hardware auf, etwa einem TPM oder Secure Element, sodass sie sich selbst mit dem Gerät in der Hand nicht auslesen lassen?
    .guidance =
        Prüfen: ob das Produkt ein TPM, Secure Element oder Hardware-Security-Modul (HSM) hat und welche Geheimnisse es tatsächlich dort ablegt.
        Erfüllt, wenn: die Anmeldedaten der Komponente in Hardware gespeichert und genutzt werden, die gegen Auslesen gebaut ist.
        Kompensierend: physischer Schutz des Geräts (abgeschlossener Schrank, Siegel), wo das Produkt keine sichere Hardware hat; schwächer, so festhalten.
        Schwachpunkte: ein eingebautes, aber ungenutztes TPM, Schlüssel im Flash, die über einen Debug-Port lesbar sind.
    .evidence =
        Datenblatt, das Secure Element oder TPM nennt
        Abschnitt des Security-Handbuchs zur Schlüsselspeicherung
        Prüfbericht der Zertifizierung zum Schlüsselschutz

ndr-1-6 =
    .title = Authentifizierung von Funkteilnehmern
    .question = Identifiziert und authentifiziert dieses Netzwerkgerät an seiner Funkschnittstelle jede Person, jedes Programm und jedes Gerät, das sich über die Funkverbindung verbindet?
    .guidance =
        Dies ist die Fassung von CR 1.6 (Verwaltung des Funkzugangs) für Netzwerkgeräte; sie wird nur Netzwerkgeräten gestellt.
        Prüfen: die unterstützten Funkbetriebsarten (WPA2/WPA3-Enterprise mit 802.1X, Pre-Shared Key, offen) und welche ab Werk aktiv sind.
        Erfüllt, wenn: jeder Funk-Client sich authentifizieren muss, bevor er zugelassen wird; offene Betriebsarten lassen sich abschalten.
        Nicht anwendbar: das Gerät hat überhaupt keine Funkschnittstelle.
        Schwachpunkte: ein offener Einrichtungs-Hotspot, WPS, ein auf das Typenschild gedruckter Pre-Shared Key.
    .evidence =
        Funk-Security-Einstellungen des Geräts
        Abschnitt des Security-Handbuchs zu Funk

ndr-1-6-re-1 =
    .title = Eindeutige Identität je Funkteilnehmer
    .question = Kann dieses Netzwerkgerät jeden Funk-Client unterscheiden, sodass jede Person, jedes Programm und jedes Gerät eigene Anmeldedaten für die Funkverbindung hat statt eines gemeinsamen Schlüssels?
    .guidance =
        Dies ist eine Erweiterung der Fassung von CR 1.6 für Netzwerkgeräte.
        Prüfen: 802.1X mit persönlichen Anmeldedaten oder Gerätezertifikaten gegen einen RADIUS-Server statt eines Pre-Shared Key.
        Erfüllt, wenn: jeder Funkteilnehmer eindeutig identifiziert und authentifiziert wird, sodass einer allein ausgesperrt werden kann.
        Kompensierend: Pre-Shared Keys je Gerät, wo das Gerät sie unterstützt, Gerät für Gerät dokumentiert.
        Schwachpunkte: ein Schlüssel für alle Clients, Gastnetze, die mit dem Leitsystemnetz verbunden sind.
    .evidence =
        Konfiguration von 802.1X oder RADIUS
        Liste der Funk-Clients mit eigenen Anmeldedaten

cr-1-7 =
    .title = Einstellbare Passwortstärke
    .question = Wo diese Komponente Passwörter nutzt: Können Sie Regeln für Mindestlänge und Mischung der Zeichenarten festlegen, und setzt sie diese durch?
    .guidance =
        Prüfen: die Passwortrichtlinie des Produkts oder des genutzten Verzeichnisdienstes und ob jede Schnittstelle sie anwendet.
        Erfüllt, wenn: Mindestlänge und Zeichenvielfalt einstellbar sind und Passwörter, die gegen die Regeln verstoßen, abgelehnt werden.
        Kompensierend: Passwörter nur über einen Verzeichnisdienst mit durchgesetzter Richtlinie, lokale Passwörter abgeschaltet.
        Nicht anwendbar: die Komponente nutzt überhaupt keine Passwörter, etwa nur Zertifikate; in der Begründung so angeben.
        Schwachpunkte: kurze feste Höchstlängen, Regeln, die auf der Webseite gelten, aber nicht an der Konsole, PINs am Bedienfeld.
    .evidence =
        Screenshot der Einstellungen der Passwortrichtlinie
        Prüfprotokoll eines abgelehnten schwachen Passworts

cr-1-7-re-1 =
    .title = Wiederverwendungs- und Laufzeitgrenzen für Personen
    .question = Kann diese Komponente bei Passwörtern von Personen die Wiederverwendung kürzlich genutzter Passwörter verhindern und ein Mindest- und Höchstalter für Passwörter festlegen?
    .guidance =
        Prüfen: Einstellungen für Passworthistorie und Passwortalter im Produkt oder im Verzeichnisdienst, auf den es sich stützt.
        Erfüllt, wenn: die Wiederverwendung einer einstellbaren Zahl früherer Passwörter abgelehnt wird und Mindest- und Höchstlaufzeit für Personen einstellbar sind.
        Kompensierend: ein Verzeichnisdienst, der Historie und Alter durchsetzt, lokale Konten deaktiviert.
        Schwachpunkte: eine Historie, die sich durch mehrfaches Ändern hintereinander umgehen lässt, eine Laufzeit, die nur warnt.
    .evidence =
        Screenshot der Einstellungen für Historie und Alter
        Prüfprotokoll eines abgelehnten wiederverwendeten Passworts

cr-1-7-re-2 =
    .title = Passwortlaufzeit für jede Art von Benutzer
    .question = Kann diese Komponente Passwortlaufzeiten auch für Konten festlegen, die von Programmen und Geräten genutzt werden, nicht nur für Personen?
    .guidance =
        Prüfen: Dienst- und Gerätekonten mit Passwörtern, ob ihre Laufzeit begrenzt werden kann und ob sich die Erneuerung ohne Prozessunterbrechung erledigen lässt.
        Erfüllt, wenn: Laufzeitgrenzen für alle Benutzer einstellbar sind: Personen, Softwareprozesse und Geräte.
        Kompensierend: ein dokumentierter Erneuerungsplan für Dienstpasswörter, vom Integrator ausgeführt und protokolliert.
        Schwachpunkte: Dienstpasswörter, die nie ablaufen, weil ein Wechsel die Kommunikation unterbrechen würde.
    .evidence =
        Konfiguration der Laufzeitgrenzen für Dienstkonten
        Nachweis eines erneuerten Dienstpassworts

cr-1-8 =
    .title = Unterstützung von PKI-Zertifikaten
    .question = Wo diese Komponente Zertifikate nutzt: Kann sie mit der Public-Key-Infrastruktur der Anlage oder des Lieferanten arbeiten, also von ihr ausgestellte Zertifikate übernehmen, erneuern und deren Sperrung prüfen?
    .guidance =
        Prüfen: Zertifikatsbezug (manueller Import, SCEP, EST, GDS bei OPC UA), Erneuerung, Umgang mit Vertrauens- und Sperrlisten.
        Erfüllt, wenn: die Komponente Zertifikate einer externen PKI so nutzen kann, wie diese auf Systemebene betrieben wird, nicht nur selbstsignierte.
        Kompensierend: manueller Import und manuelle Erneuerung nach einem dokumentierten Verfahren, Ablaufdaten überwacht.
        Nicht anwendbar: die Komponente nutzt überhaupt keine Public-Key-Verfahren; in der Begründung so angeben.
        Schwachpunkte: nur selbstsignierte Zertifikate, keine Möglichkeit, eine Sperrliste zu laden, Zertifikate mit jahrzehntelanger Gültigkeit.
    .evidence =
        Zertifikatsverwaltung der Komponente
        Abschnitt des Security-Handbuchs zur PKI-Anbindung

cr-1-9 =
    .title = Solide Public-Key-Authentifizierung
    .question = Wenn diese Komponente mit Zertifikaten authentifiziert: Prüft sie diese richtig, also Signatur und Kette bis zu einer vertrauenswürdigen Wurzel, Gültigkeitsdaten, Sperrung und dass die Gegenstelle den privaten Schlüssel besitzt?
    .guidance =
        Prüfen: welche Prüfungen das Produkt an einem empfangenen Zertifikat vornimmt, wie es ein Zertifikat einem Benutzer oder Gerät zuordnet und welche Algorithmen und Schlüssellängen es akzeptiert.
        Erfüllt, wenn: Zertifikate vollständig geprüft werden, der Besitz des privaten Schlüssels nachgewiesen wird, die Identität einem Benutzer zugeordnet wird und nur aktuelle Algorithmen genutzt werden.
        Kompensierend: ein Gateway, das die Verbindung terminiert und die Prüfungen übernimmt, wo das Produkt jedes Zertifikat annimmt.
        Schwachpunkte: „alle Zertifikate akzeptieren“ für die Inbetriebnahme eingeschaltet und nie wieder aus, abgelaufene Zertifikate angenommen, SHA-1 oder kurze RSA-Schlüssel.
    .evidence =
        Abschnitt des Security-Handbuchs zur Zertifikatsprüfung
        Prüfprotokoll eines abgelehnten abgelaufenen oder nicht vertrauenswürdigen Zertifikats
        Liste der unterstützten Algorithmen und Schlüssellängen

cr-1-9-re-1 =
    .title = Hardwaregeschützte private Schlüssel
    .question = Bewahrt diese Komponente die privaten Schlüssel, mit denen sie sich authentifiziert, in geschützter Hardware auf, etwa einem TPM oder Secure Element, sodass sie sich nicht kopieren lassen?
    .guidance =
        Prüfen: wo die privaten Schlüssel des Geräts erzeugt und gespeichert werden und ob sie sich jemals exportieren lassen.
        Erfüllt, wenn: private Schlüssel in Hardware gehalten und genutzt werden, die gegen Auslesen gebaut ist.
        Kompensierend: physischer Schutz des Geräts und kurze Zertifikatslaufzeiten; schwächer, so festhalten.
        Schwachpunkte: Schlüssel, die in Software erzeugt und erst danach im TPM abgelegt werden, Sicherungen, die den privaten Schlüssel enthalten.
    .evidence =
        Datenblatt, das Secure Element oder TPM nennt
        Abschnitt des Security-Handbuchs zur Schlüsselspeicherung

cr-1-10 =
    .title = Verdeckte Rückmeldung bei der Anmeldung
    .question = Verbirgt diese Komponente bei der Anmeldung, was eingegeben wird, zeigt also etwa Punkte statt des Passworts, an jeder Schnittstelle?
    .guidance =
        Prüfen: die Passworteingabe auf der Webseite, am lokalen Display, im Engineering-Tool und an der Konsole.
        Erfüllt, wenn: das Geheimnis bei der Eingabe an keiner Schnittstelle im Klartext erscheint und Fehlermeldungen nicht verraten, ob Benutzername oder Passwort falsch war.
        Kompensierend: kaum möglich; ein vor Blicken geschützter Bildschirmplatz hilft wenig.
        Schwachpunkte: Bedienfelder, die PIN-Ziffern anzeigen, Konsolen mit Echo, Meldungen wie „Benutzer unbekannt“.
    .evidence =
        Screenshots der Anmeldeaufforderungen
        Prüfprotokoll der Meldung bei fehlgeschlagener Anmeldung

cr-1-11 =
    .title = Begrenzung fehlgeschlagener Anmeldeversuche
    .question = Begrenzt diese Komponente, wie viele falsche Passwörter hintereinander probiert werden können, und sperrt sie das Konto danach für eine Zeit oder bis ein Administrator es freigibt?
    .guidance =
        Prüfen: die Sperreinstellungen (Zahl der Versuche, Zeitfenster, Sperrdauer) und welche Schnittstellen sie anwenden.
        Erfüllt, wenn: die Zahl der Fehlversuche und das Sperrverhalten einstellbar sind, an allen Schnittstellen.
        Kompensierend: ein Gateway oder Jump-Host vor der Komponente, der wiederholte Fehlanmeldungen blockiert.
        Schwachpunkte: keine Grenze im Engineering-Protokoll oder an der Konsole, Sperren, die das einzige Bedienerkonto aussperren können.
        Auch fragen: Lassen sich kritische Konten ausnehmen, wo eine Sperre den Betrieb gefährden würde?
    .evidence =
        Screenshot der Sperreinstellungen
        Audit-Protokolleinträge einer Sperre bei einem Test

cr-1-12 =
    .title = Hinweis vor der Anmeldung
    .question = Kann diese Komponente vor der Anmeldung einen einstellbaren Hinweis anzeigen, etwa dass der Zugang nur befugten Personen erlaubt ist und protokolliert wird?
    .guidance =
        Prüfen: ein Banner oder eine Meldung auf der Anmeldeseite, an der Konsole und am lokalen Display und wer den Text ändern darf.
        Erfüllt, wenn: an Schnittstellen für Personen vor der Authentifizierung ein Hinweis angezeigt werden kann und befugte Personen seinen Text festlegen können.
        Kompensierend: ein Aufkleber oder Schild am Gerät und am Arbeitsplatz; schwächer, so festhalten.
        Schwachpunkte: ein Banner nur auf der Webseite, vom Hersteller fest vorgegebener Text.
    .evidence =
        Screenshot der Anmeldeseite mit dem Hinweis
        Einstellung, in der der Text festgelegt wird

ndr-1-13 =
    .title = Zugriff über nicht vertrauenswürdige Netze steuern
    .question = Kann dieses Netzwerkgerät jeden Weg überwachen und steuern, auf dem es aus einem nicht vertrauenswürdigen Netz erreichbar ist, etwa seine Verwaltungsschnittstelle über das Büronetz oder das Internet?
    .guidance =
        Dies ist die Fassung von CR 1.13 (Zugriff über nicht vertrauenswürdige Netze) für Netzwerkgeräte; sie wird nur Netzwerkgeräten gestellt.
        Prüfen: welche Verwaltungs- und Fernzugriffsdienste das Gerät bietet, auf welchen Ports, und ob sich der Zugriff darauf begrenzen und protokollieren lässt.
        Erfüllt, wenn: jeder Zugangsweg aus nicht vertrauenswürdigen Netzen eingeschränkt werden kann (nach Quelle, Schnittstelle oder Dienst) und aufgezeichnet wird.
        Kompensierend: Verwaltung nur aus einem getrennten Verwaltungsnetz erreichbar, die Trennung dokumentiert.
        Schwachpunkte: Verwaltungsdienste ab Werk auf allen Ports aktiv, Cloud-Verwaltung ab Werk eingeschaltet.
    .evidence =
        Einstellungen des Verwaltungszugriffs (erlaubte Quellen, Dienste)
        Protokolleinträge von Fernverwaltungszugriffen

ndr-1-13-re-1 =
    .title = Nicht vertrauenswürdige Netze: Zugriff nur nach Freigabe
    .question = Kann dieses Netzwerkgerät jeden Zugriff aus einem nicht vertrauenswürdigen Netz abweisen, solange ihn nicht eine Person in einer dafür bestimmten Rolle ausdrücklich freigegeben hat?
    .guidance =
        Dies ist eine Erweiterung der Fassung von CR 1.13 für Netzwerkgeräte.
        Prüfen: ob der Fernzugriff aus ist, bis er eingeschaltet wird, und ob das Einschalten eine bestimmte Rolle erfordert, für begrenzte Zeit.
        Erfüllt, wenn: Zugriff aus nicht vertrauenswürdigen Netzen standardmäßig abgewiesen und nur nach ausdrücklicher Freigabe durch eine bestimmte Rolle erlaubt wird.
        Kompensierend: ein vorgeschaltetes Fernzugangs-Gateway mit einem Freigabeschritt für jede Sitzung.
        Schwachpunkte: eine einmal erteilte und nie zurückgenommene Freigabe, dauerhaft offener Herstellerzugang.
    .evidence =
        Einstellung, die den Fernzugriff freischaltet, und wer sie ändern darf
        Protokoll einer freigegebenen Fernsitzung

cr-1-14 =
    .title = Solide Authentifizierung mit symmetrischen Schlüsseln
    .question = Wo diese Komponente mit gemeinsamen geheimen Schlüsseln authentifiziert: Sind diese Schlüssel geschützt gespeichert, nur für die Funktionen erreichbar, die sie brauchen, und mit aktuellen Algorithmen genutzt?
    .guidance =
        Prüfen: Protokolle, die auf gemeinsamen Schlüsseln beruhen (Pre-Shared Keys, symmetrische MACs, manche Feldbus- und Funk-Security), wie Schlüssel geladen werden und wo sie liegen.
        Erfüllt, wenn: gegenseitiges Vertrauen mit dem gemeinsamen Schlüssel hergestellt wird, der Schlüssel geschützt gespeichert und der Zugriff darauf beschränkt ist und die Algorithmen dem Stand der Technik entsprechen.
        Kompensierend: kurze Schlüssellaufzeiten und ein dokumentiertes Verfahren zum Schlüsselwechsel; Netztrennung für die betroffenen Verbindungen.
        Nicht anwendbar: die Komponente nutzt keine Authentifizierung mit gemeinsamen Schlüsseln; in der Begründung so angeben.
        Schwachpunkte: ein Schlüssel für die ganze Anlage, Schlüssel, die in Konfigurationsexporten lesbar sind, veraltete Algorithmen wie DES oder MD5.
    .evidence =
        Abschnitt des Security-Handbuchs zum Umgang mit Schlüsseln
        Liste der unterstützten Algorithmen

cr-1-14-re-1 =
    .title = Hardwaregeschützte symmetrische Schlüssel
    .question = Bewahrt diese Komponente ihre gemeinsamen geheimen Schlüssel in geschützter Hardware auf, etwa einem TPM oder Secure Element, sodass sie sich nicht auslesen lassen?
    .guidance =
        Prüfen: wo gemeinsame Schlüssel gespeichert und verarbeitet werden und ob sie die sichere Hardware jemals verlassen.
        Erfüllt, wenn: symmetrische Schlüssel in Hardware gehalten und genutzt werden, die gegen Auslesen gebaut ist.
        Kompensierend: physischer Schutz des Geräts und häufiger Schlüsselwechsel; schwächer, so festhalten.
        Nicht anwendbar: die Komponente nutzt keine Authentifizierung mit gemeinsamen Schlüsseln; in der Begründung so angeben.
        Schwachpunkte: Schlüssel im gewöhnlichen Flash, Schlüssel in Konfigurationssicherungen.
    .evidence =
        Datenblatt, das Secure Element oder TPM nennt
        Abschnitt des Security-Handbuchs zur Schlüsselspeicherung

## FR 2 Nutzungskontrolle (UC)

fr-2 =
    .title = Nutzungskontrolle (UC)
    .description = Was die Komponente jedem authentifizierten Benutzer, Programm oder Gerät erlaubt, wie sie untätige Sitzungen beendet, mobilen Code und Testschnittstellen im Griff behält und welche Audit-Datensätze sie schreibt. CR 2.3 (tragbare und mobile Geräte) hat keine Anforderung auf Komponentenebene: Sie wird auf Systemebene mit IEC 62443-3-3 geprüft.

cr-2-1 =
    .title = Berechtigungen durchsetzen
    .question = Erlaubt diese Komponente einer angemeldeten Person nur, was ihre zugewiesenen Rechte zulassen, etwa einem Bediener, Alarme zu quittieren, aber nicht, das Programm zu ändern?
    .guidance =
        Prüfen: welche Berechtigungen das Produkt an jeder Schnittstelle prüft (Webseite, Engineering-Protokoll, Display, Konsole) und ob sie sich an Rollen binden lassen.
        Erfüllt, wenn: jede Aktion über jede Schnittstelle für Personen gegen die Rechte dieser Person geprüft wird und sich Aufgaben trennen lassen.
        Kompensierend: ein Schlüsselschalter oder RUN/PROGRAM-Schalter am Gerät für Änderungen, die das Produkt nicht je Benutzer einschränken kann, mit schriftlichem Verfahren.
        Schwachpunkte: Rechte auf der Webseite geprüft, aber nicht im Engineering-Protokoll; eine Nur-Lesen-Rolle, die über eine zweite Schnittstelle doch schreiben kann.
    .evidence =
        Berechtigungsmatrix aus dem Security-Handbuch
        Prüfprotokoll einer für eine eingeschränkte Rolle abgewiesenen Aktion

cr-2-1-re-1 =
    .title = Berechtigungen für Personen, Prozesse und Geräte
    .question = Begrenzt diese Komponente auch, was verbundene Programme und Geräte tun dürfen, sodass etwa ein Reporting-Client nur lesen und weder Werte schreiben noch Logik laden kann?
    .guidance =
        Prüfen: Rechte für Dienstkonten, OPC-UA-Benutzer und -Rollen, Lese- und Schreibzugriff je Verbindung, Einstellungen zum Schreibschutz.
        Erfüllt, wenn: Rechte für jeden Benutzer durchgesetzt werden, für Personen, Softwareprozesse und Geräte gleichermaßen, an allen Schnittstellen.
        Kompensierend: eine protokollkundige Firewall vor der Komponente, die von den betreffenden Gegenstellen nur Lesefunktionen durchlässt.
        Schwachpunkte: Protokolle, die jeder Gegenstelle vollen Schreibzugriff geben, anonyme OPC-UA-Sitzungen mit Schreibrechten.
    .evidence =
        Rechtekonfiguration für ein Dienstkonto oder einen OPC-UA-Client
        Prüfprotokoll eines abgewiesenen Schreibzugriffs einer Nur-Lesen-Gegenstelle

cr-2-1-re-2 =
    .title = Einstellbare Zuordnung von Rechten zu Rollen
    .question = Kann eine befugte Person festlegen, welche Berechtigungen zu welcher Rolle auf dieser Komponente gehören, und diese Zuordnung später ändern, statt mit festen Rollen des Herstellers zu leben?
    .guidance =
        Prüfen: ob sich Rollen anlegen und bearbeiten lassen, welche Berechtigungen zuweisbar sind, wer die Zuordnung ändern darf und ob Änderungen protokolliert werden.
        Erfüllt, wenn: ein befugter Benutzer für alle Personen Berechtigungen Rollen zuordnen kann und Personen ihre Rechte über Rollen erhalten.
        Kompensierend: ein Verzeichnisdienst, der die Rollenzuordnung hält und der Komponente nur passende Gruppen übergibt, wo die festen Rollen des Produkts passen.
        Schwachpunkte: wenige feste Herstellerrollen, die nicht zu den Aufgaben in der Anlage passen, Rollenänderungen, die jeder mit Admin-Rechten unprotokolliert vornehmen kann.
    .evidence =
        Screenshot des Rolleneditors
        Audit-Protokolleintrag einer Rollenänderung

cr-2-1-re-3 =
    .title = Übersteuerung durch Vorgesetzte
    .question = Kann ein Schichtleiter oder eine andere bestimmte Rolle die normalen Grenzen eines Benutzers auf dieser Komponente von Hand für begrenzte Zeit aufheben, etwa bei einer Prozessstörung, und wird jede Übersteuerung aufgezeichnet?
    .guidance =
        Prüfen: eine Übersteuerungs- oder Rechteerhöhungsfunktion im Produkt, wie sie gestartet wird, wie lange sie gilt, wie sie endet und was protokolliert wird.
        Erfüllt, wenn: eine Übersteuerung von einer bestimmten Rolle von Hand gestartet werden kann, nach einstellbarer Zeit oder Ereignisfolge endet und protokolliert wird.
        Kompensierend: ein versiegeltes Notfallkonto mit Nutzungsbuch und Alarm bei Benutzung, nach jeder Nutzung überprüft.
        Schwachpunkte: Übersteuerungen, die nie ablaufen, ein Notfallpasswort, das alle kennen, kein Protokoll darüber, wer was übersteuert hat.
    .evidence =
        Einstellungen der Übersteuerung und ihrer Zeitgrenze
        Audit-Protokolleinträge einer Übersteuerung bei einem Test

cr-2-1-re-4 =
    .title = Vier-Augen-Freigabe für kritische Aktionen
    .question = Kann diese Komponente verlangen, dass eine zweite befugte Person ausgewählte folgenreiche Aktionen wie einen Programm-Download oder das Forcen eines Ausgangs freigibt, bevor sie ausgeführt werden?
    .guidance =
        Prüfen: ob das Produkt eine Vier-Augen-Funktion hat, auf welche Aktionen sie anwendbar ist und ob beide Personen authentifiziert werden.
        Erfüllt, wenn: eine Vier-Augen-Freigabe für die vom Anlagenbetreiber gewählten Aktionen erzwungen werden kann und beide Freigebenden aufgezeichnet werden.
        Kompensierend: ein Erlaubnisschein mit zwei Unterschriften und ein physischer Schlüssel in der Hand der zweiten Person.
        Schwachpunkte: die zweite Freigabe aus derselben Sitzung, Freigaben, die der erste Benutzer abschalten kann.
    .evidence =
        Konfiguration der Vier-Augen-Funktion
        Audit-Protokolleinträge mit beiden Freigebenden einer Aktion

cr-2-2 =
    .title = Funknutzung steuern und überwachen
    .question = Wenn diese Komponente eine Funkschnittstelle hat: Lässt sie sich in die Funkkontrolle der Anlage einbinden, sodass Funknutzung nach den Regeln der Anlage erlaubt, eingeschränkt und überwacht werden kann?
    .guidance =
        Prüfen: die Funkschnittstellen des Produkts (WLAN, Bluetooth, Mobilfunk, proprietärer Funk) und ob sich jede abschalten, einschränken und protokollieren lässt.
        Erfüllt, wenn: die Komponente Autorisierung, Einschränkung und Überwachung ihrer Funknutzung unterstützt und sich jede ungenutzte Funkschnittstelle abschalten lässt.
        Kompensierend: Funkmodul ausgebaut oder in Hardware abgeschaltet, die Komponente gilt als rein drahtgebunden.
        Nicht anwendbar: die Komponente hat überhaupt keine Funkschnittstelle.
        Schwachpunkte: eingeschalteter Bluetooth-Servicezugang, ein Funkmodul, das sich nicht abschalten lässt, Funknutzung, die nicht im Protokoll erscheint.
    .evidence =
        Funkeinstellungen der Komponente
        Abschnitt des Security-Handbuchs zu Funkschnittstellen

sar-2-4 =
    .title = Richtlinie für mobilen Code
    .question = Wenn diese Softwareanwendung Code ausführt, der zur Laufzeit ankommt, etwa Skripte, Makros, Browserinhalte oder geladene Bildschirme: Kann sie Regeln durchsetzen, welcher mobile Code woher laufen darf, und seine Nutzung protokollieren?
    .guidance =
        Dies ist die Fassung von CR 2.4 (mobiler Code) für Softwareanwendungen; sie wird nur Softwareanwendungen gestellt.
        Prüfen: welchen mobilen Code die Anwendung nutzt (JavaScript in Web-Clients, VBA- oder Python-Skripte, Plug-ins, zur Laufzeit geladener .NET- oder Java-Code) und die Einstellungen dazu.
        Erfüllt, wenn: die Anwendung mobilen Code sperren, seine Herkunft und sein Ziel begrenzen und seine Nutzung aufzeichnen kann.
        Kompensierend: Betriebssystemkontrollen auf dem Host (Skriptrichtlinie, Application-Allowlisting), die den mobilen Code der Anwendung einschränken.
        Nicht anwendbar: die Anwendung nutzt überhaupt keinen mobilen Code; in der Begründung so angeben.
        Schwachpunkte: ab Werk uneingeschränkt aktive Skript-Engines, HMI-Bildschirme, die Skripte von beliebigen Dateifreigaben holen.
    .evidence =
        Abschnitt des Security-Handbuchs zu Skripten und Plug-ins
        Konfiguration der Skript- oder Plug-in-Richtlinie

sar-2-4-re-1 =
    .title = Herkunft mobilen Codes vor Ausführung prüfen
    .question = Prüft diese Softwareanwendung, bevor sie mobilen Code ausführt, dass der Code unverändert ist und aus einer vertrauenswürdigen Quelle stammt, etwa durch Prüfen einer Signatur?
    .guidance =
        Dies ist eine Erweiterung der Fassung von CR 2.4 für Softwareanwendungen.
        Prüfen: Codesignatur von Skripten, Plug-ins und geladenen Inhalten und was bei fehlender oder falscher Signatur geschieht.
        Erfüllt, wenn: mobiler Code erst nach Prüfung von Integrität und Herkunft läuft; unsignierter oder veränderter Code wird abgewiesen.
        Kompensierend: Skripte an einem schreibgeschützten Ort, den nur eine bestimmte Rolle befüllen darf, geprüft gegen eine Hash-Liste.
        Schwachpunkte: eine Signaturprüfung, die nur warnt, eine Vertrauenseinstellung „jeder Herausgeber“.
    .evidence =
        Einstellungen der Signaturrichtlinie
        Prüfprotokoll eines abgewiesenen unsignierten Skripts

edr-2-4 =
    .title = Richtlinie für mobilen Code
    .question = Wenn dieses eingebettete Gerät zur Laufzeit geladenen Code ausführen kann, etwa Skripte, Apps oder aktive Inhalte seiner Webseiten: Kann es Regeln durchsetzen, welcher Code laufen darf und woher er kommen darf, und seine Nutzung protokollieren?
    .guidance =
        Dies ist die Fassung von CR 2.4 (mobiler Code) für eingebettete Geräte; sie wird nur eingebetteten Geräten gestellt.
        Prüfen: Skript-Engines, App-Container und Webseiteninhalte des Geräts und die Einstellungen, die sie erlauben, begrenzen oder protokollieren.
        Erfüllt, wenn: das Gerät die Ausführung mobilen Codes verhindern, eine authentifizierte Herkunft verlangen, seine Übertragung zum und vom Gerät begrenzen und seine Nutzung aufzeichnen kann.
        Kompensierend: Skript- und App-Funktionen des Geräts abgeschaltet, die Engineering-Station als einzige Quelle von Änderungen.
        Nicht anwendbar: das Gerät kann überhaupt keinen mobilen Code aufnehmen oder ausführen; in der Begründung so angeben.
        Schwachpunkte: Skript- oder App-Funktionen ab Werk aktiv, Webseiten des Geräts, die Code aus dem Internet nachladen.
    .evidence =
        Abschnitt des Security-Handbuchs zu Skripten, Apps und Webinhalten
        Konfiguration mit den Einstellungen für mobilen Code

edr-2-4-re-1 =
    .title = Herkunft mobilen Codes vor Ausführung prüfen
    .question = Prüft dieses eingebettete Gerät, bevor es mobilen Code ausführt, dass der Code unverändert ist und aus einer vertrauenswürdigen Quelle stammt, etwa durch Prüfen einer Signatur?
    .guidance =
        Dies ist eine Erweiterung der Fassung von CR 2.4 für eingebettete Geräte.
        Prüfen: Signaturprüfungen für Skripte und Apps, die in das Gerät geladen werden, und was es mit unsigniertem Code macht.
        Erfüllt, wenn: das Gerät mobilen Code erst nach Prüfung von Integrität und Echtheit ausführt.
        Kompensierend: Laden mobilen Codes nur durch eine bestimmte Rolle über einen authentifizierten Engineering-Weg, jeder Ladevorgang protokolliert.
        Schwachpunkte: eine Prüfung, die jeder abschalten kann, Signaturen, die nur bei der Installation und nicht beim Start geprüft werden.
    .evidence =
        Abschnitt des Security-Handbuchs zu signierten Apps oder Skripten
        Prüfprotokoll einer abgewiesenen unsignierten App

hdr-2-4 =
    .title = Richtlinie für mobilen Code
    .question = Kann dieses Host-Gerät, etwa ein Server oder eine Engineering-Station, Regeln für Skripte, Makros und anderen zur Laufzeit ankommenden Code durchsetzen: welcher laufen darf, woher, und wird seine Nutzung protokolliert?
    .guidance =
        Dies ist die Fassung von CR 2.4 (mobiler Code) für Host-Geräte; sie wird nur Host-Geräten gestellt.
        Prüfen: die Einstellungen von Betriebssystem und Browser für Skripte, Makros und aktive Inhalte (Skriptausführungsrichtlinie, Makroeinstellungen, Application-Allowlisting), wie der Lieferant sie liefert oder dokumentiert.
        Erfüllt, wenn: der Host mobilen Code sperren, seine Herkunft und sein Ziel begrenzen und seine Nutzung aufzeichnen kann.
        Kompensierend: ein gehärtetes Image des Lieferanten mit abgeschalteten Skript-Engines und Makros und ohne Browser auf dem Host.
        Schwachpunkte: Office-Makros auf einer Engineering-Station aktiv, eine uneingeschränkte Skriptrichtlinie, Browser, mit denen Werkzeuge heruntergeladen werden.
    .evidence =
        Härtungsleitfaden des Lieferanten mit den Skript- und Makroeinstellungen
        Exportierte Richtlinieneinstellungen des Hosts

hdr-2-4-re-1 =
    .title = Herkunft mobilen Codes vor Ausführung prüfen
    .question = Prüft dieses Host-Gerät, bevor es Skripte oder anderen mobilen Code ausführt, dass der Code unverändert ist und aus einer vertrauenswürdigen Quelle stammt, etwa indem es signierte Skripte verlangt?
    .guidance =
        Dies ist eine Erweiterung der Fassung von CR 2.4 für Host-Geräte.
        Prüfen: Richtlinien für signierte Skripte, Allowlisting nach Herausgeber und den Umgang mit unsigniertem Code.
        Erfüllt, wenn: mobiler Code erst nach Prüfung von Integrität und Echtheit läuft.
        Kompensierend: Application-Allowlisting per Datei-Hash für alle Skripte, gepflegt von einer bestimmten Rolle.
        Schwachpunkte: Richtlinien, die Benutzer umgehen können, Ausnahmen für ganze Ordner.
    .evidence =
        Einstellungen der Richtlinie für signierte Skripte oder des Allowlistings
        Prüfprotokoll eines abgewiesenen unsignierten Skripts

ndr-2-4 =
    .title = Richtlinie für mobilen Code
    .question = Wenn dieses Netzwerkgerät Skripte oder Apps ausführen kann oder aktive Inhalte in seinen Verwaltungsseiten ausliefert: Kann es Regeln durchsetzen, welcher Code laufen darf und woher er kommen darf, und seine Nutzung protokollieren?
    .guidance =
        Dies ist die Fassung von CR 2.4 (mobiler Code) für Netzwerkgeräte; sie wird nur Netzwerkgeräten gestellt.
        Prüfen: Skripting auf dem Gerät, gehostete Apps oder Container und den Code in der Web-Verwaltungsoberfläche.
        Erfüllt, wenn: das Gerät mobilen Code sperren, eine authentifizierte Herkunft verlangen, seine Übertragung begrenzen und seine Nutzung aufzeichnen kann.
        Kompensierend: Skripting und App-Hosting abgeschaltet, Verwaltung nur über die Kommandozeile aus einem Verwaltungsnetz.
        Nicht anwendbar: das Gerät kann überhaupt keinen mobilen Code aufnehmen oder ausführen; in der Begründung so angeben.
        Schwachpunkte: App-Hosting ab Werk aktiv, Skripte von einem nicht authentifizierten Dateiserver geladen.
    .evidence =
        Abschnitt des Security-Handbuchs zu Skripting und App-Hosting
        Konfiguration mit den Einstellungen für mobilen Code

ndr-2-4-re-1 =
    .title = Herkunft mobilen Codes vor Ausführung prüfen
    .question = Prüft dieses Netzwerkgerät, bevor es ein Skript oder eine App ausführt, dass der Code unverändert ist und aus einer vertrauenswürdigen Quelle stammt, etwa durch Prüfen einer Signatur?
    .guidance =
        Dies ist eine Erweiterung der Fassung von CR 2.4 für Netzwerkgeräte.
        Prüfen: Signaturprüfungen für Skripte und gehostete Apps und was das Gerät mit unsignierten macht.
        Erfüllt, wenn: mobiler Code erst nach Prüfung von Integrität und Echtheit läuft.
        Kompensierend: Laden von Skripten nur durch eine bestimmte Rolle, jeder Ladevorgang protokolliert und gegen eine Hash-Liste geprüft.
        Schwachpunkte: eine Signaturprüfung, die sich ohne Protokolleintrag abschalten lässt.
    .evidence =
        Abschnitt des Security-Handbuchs zu signierten Skripten oder Apps
        Prüfprotokoll einer abgewiesenen unsignierten App

cr-2-5 =
    .title = Sitzungssperre bei Inaktivität
    .question = Kann diese Komponente eine Sitzung nach einer festgelegten Zeit ohne Aktivität oder auf Wunsch des Benutzers sperren, sodass sich die nächste Person erst wieder anmelden muss, bevor sie etwas tun kann?
    .guidance =
        Prüfen: Sperr- oder Abmelde-Timer am Display, auf der Webseite, in der Engineering-Verbindung und an der Konsole, ob die Zeit einstellbar ist und ob der Benutzer von Hand sperren kann.
        Erfüllt, wenn: Sitzungen nach einstellbarer Leerlaufzeit oder auf Wunsch sperren und gesperrt bleiben, bis sich der Benutzer erneut authentifiziert.
        Kompensierend: eine besetzte Leitwarte mit Ausweiszutritt für Bedienbildschirme, die offen bleiben müssen, wobei das Prozessbild sichtbar bleibt.
        Schwachpunkte: nicht einstellbare Timer, eine Sperre, die über ein anderes Fenster weiter Änderungen erlaubt, Engineering-Verbindungen ohne Zeitgrenze.
        Auch fragen: Lässt sich die Sperre so einstellen, dass Bediener das Prozessbild behalten, wo die Anlage das braucht?
    .evidence =
        Screenshot der Einstellungen für die Sitzungszeitgrenze
        Prüfprotokoll einer nach Leerlaufzeit gesperrten Sitzung

cr-2-6 =
    .title = Fernsitzungen beenden
    .question = Beendet diese Komponente eine Fernsitzung, etwa eine Web-, Remote-Desktop- oder Engineering-Verbindung, nach einer festgelegten Zeit ohne Aktivität, und kann der Benutzer sie von Hand beenden?
    .guidance =
        Prüfen: Leerlauf-Zeitgrenzen für Fernverbindungen und eine sichtbare Abmeldefunktion an jeder Fernschnittstelle.
        Erfüllt, wenn: Fernsitzungen nach einstellbarer Leerlaufzeit automatisch enden und vom Benutzer, der sie gestartet hat, beendet werden können.
        Kompensierend: ein Fernzugangs-Gateway vor der Komponente, das untätige Sitzungen beendet.
        Schwachpunkte: Sitzungen, die ein geschlossenes Browserfenster überleben, Engineering-Verbindungen, die tagelang offen bleiben.
    .evidence =
        Einstellungen der Zeitgrenze für Fernsitzungen
        Protokolleinträge einer nach Leerlaufzeit beendeten Sitzung

cr-2-7 =
    .title = Gleichzeitige Sitzungen begrenzen
    .question = Kann diese Komponente begrenzen, wie viele Sitzungen derselbe Benutzer an jeder Schnittstelle gleichzeitig offen haben kann, etwa nur eine Engineering-Verbindung je Konto?
    .guidance =
        Prüfen: eine Einstellung für die Zahl gleichzeitiger Sitzungen je Benutzer und Schnittstelle und was beim Erreichen der Grenze geschieht.
        Erfüllt, wenn: die Zahl gleichzeitiger Sitzungen je Benutzer und Schnittstelle einstellbar ist und durchgesetzt wird.
        Kompensierend: ein Gateway oder Jump-Host, der je Benutzer eine Sitzung zur Komponente zulässt.
        Schwachpunkte: Grenzen nur auf der Webseite, ein gemeinsames Konto, das von mehreren Orten gleichzeitig genutzt wird.
    .evidence =
        Einstellungen für gleichzeitige Sitzungen
        Prüfprotokoll einer abgewiesenen zweiten Sitzung

cr-2-8 =
    .title = Audit-Datensätze erzeugen
    .question = Schreibt diese Komponente Audit-Datensätze für Security-relevante Ereignisse wie Anmeldungen, abgewiesene Zugriffe, Konfigurations- und Programmänderungen, Sicherung und Wiederherstellung sowie Änderungen am Protokoll selbst?
    .guidance =
        Prüfen: die Liste der protokollierten Ereignisse, die Felder jedes Datensatzes (Zeit, Quelle, Kategorie, Typ, Ereignis-ID, Ergebnis) und wie Datensätze das Gerät verlassen (Syslog, Datei, API).
        Erfüllt, wenn: Datensätze für Zugriffskontrolle, Anfragefehler, Leitsystemereignisse, Sicherung und Wiederherstellung, Konfigurationsänderungen und Audit-Protokollereignisse geschrieben werden, jeweils mit den genannten Feldern.
        Kompensierend: ein Netzwerk-Monitoring, das den Engineering-Verkehr zur Komponente aufzeichnet, wo das Produkt wenig protokolliert.
        Schwachpunkte: Protokolle nur im flüchtigen Speicher, Datensätze ohne Benutzernamen, nicht protokollierte Programm-Downloads.
    .evidence =
        Liste der protokollierten Ereignistypen aus dem Security-Handbuch
        Aus der Komponente exportierte Audit-Datensätze als Stichprobe

cr-2-9 =
    .title = Speicherplatz für Audit-Datensätze
    .question = Hält diese Komponente genug Platz für ihre Audit-Datensätze vor, und hat sie Mittel, um ein Überlaufen zu vermeiden, etwa die Weiterleitung an einen zentralen Protokollserver?
    .guidance =
        Prüfen: Größe des lokalen Protokolls, wie viele Datensätze es fasst, ob Datensätze weitergeleitet werden können (Syslog, SIEM-Schnittstelle) und was geschieht, wenn es voll ist.
        Erfüllt, wenn: sich der Speicher für Audit-Datensätze nach guter Praxis des Protokollmanagements bemessen lässt und das Produkt hilft, ein Überschreiten zu vermeiden.
        Kompensierend: Weiterleitung jedes Datensatzes an einen zentralen Protokollserver mit ausreichender Kapazität.
        Schwachpunkte: ein Protokoll mit wenigen hundert Einträgen, das sich binnen Stunden selbst überschreibt, eine Weiterleitung, die bei Verbindungsausfall Datensätze verliert.
    .evidence =
        Einstellungen und Kapazität des Protokollspeichers
        Konfiguration der Syslog- oder SIEM-Weiterleitung

cr-2-9-re-1 =
    .title = Warnung bei Füllstand des Audit-Speichers
    .question = Warnt diese Komponente, etwa mit einem Alarm oder einer Meldung, wenn ihr Audit-Speicher bis zu einem von Ihnen einstellbaren Füllstand voll ist?
    .guidance =
        Prüfen: eine Schwellwerteinstellung für den Audit-Speicher und wo die Warnung erscheint (Alarm, Ereignis, Syslog, Display).
        Erfüllt, wenn: eine Warnung ausgegeben wird, sobald der zugewiesene Audit-Speicher einen einstellbaren Schwellwert erreicht.
        Kompensierend: der zentrale Protokollserver überwacht, ob noch Datensätze von der Komponente ankommen, und alarmiert, wenn sie ausbleiben.
        Schwachpunkte: ein fester Schwellwert bei 100 Prozent, eine Warnung nur auf einer Seite, die niemand öffnet.
    .evidence =
        Schwellwerteinstellung des Audit-Speichers
        Nachweis einer bei einem Test ausgelösten Warnung

cr-2-10 =
    .title = Audit-Ausfälle stoppen keine wesentlichen Funktionen
    .question = Wenn die Audit-Protokollierung dieser Komponente ausfällt oder ihr Protokoll voll ist: Läuft die Steuerung weiter, und können Sie wählen, was mit dem Protokoll geschieht, etwa das Überschreiben der ältesten Datensätze?
    .guidance =
        Prüfen: das Verhalten bei vollem Protokoll oder Protokollierungsfehler und die Optionen des Produkts (älteste überschreiben, Protokollierung anhalten, Alarm).
        Erfüllt, wenn: wesentliche Funktionen bei einem Ausfall der Audit-Verarbeitung weiterlaufen und die Reaktion unter dokumentierten Optionen wählbar ist.
        Kompensierend: kaum möglich; höchstens Weiterleitung an einen zentralen Server und ein Alarm, wenn Datensätze ausbleiben, damit der Ausfall bemerkt wird.
        Schwachpunkte: ein Gerät, das bei vollem Protokoll anhält oder neu startet, stiller Verlust von Datensätzen.
    .evidence =
        Abschnitt des Security-Handbuchs zum Verhalten bei Audit-Ausfällen
        Prüfprotokoll mit vollem Protokoll bei weiterlaufender Steuerung

cr-2-11 =
    .title = Audit-Datensätze mit Zeitstempel
    .question = Tragen die Audit-Datensätze dieser Komponente Datum und Uhrzeit, sodass Sie erkennen, wann jedes Ereignis stattfand?
    .guidance =
        Prüfen: die Zeitfelder einer Stichprobe von Datensätzen, ihre Auflösung und ob Zeitzone oder UTC-Versatz klar sind.
        Erfüllt, wenn: jeder Audit-Datensatz einen Zeitstempel mit Datum und Uhrzeit trägt.
        Kompensierend: ein Protokollserver, der Datensätze beim Eingang stempelt, wo die Komponente sie sofort sendet; schwächer, so festhalten.
        Schwachpunkte: Geräteuhren, die nach einem Stromausfall auf ein Standarddatum zurückfallen, Zeiten ohne Zeitzone.
    .evidence =
        Stichprobe von Audit-Datensätzen mit Zeitstempeln
        Uhrzeiteinstellungen der Komponente

cr-2-11-re-1 =
    .title = Zeitstempel synchron zu einer Systemzeitquelle
    .question = Kann diese Komponente ihre Uhr nach der Zeitquelle der Anlage stellen, etwa über NTP oder PTP, sodass ihre Audit-Datensätze zu denen anderer Systeme passen?
    .guidance =
        Prüfen: die unterstützten Protokolle zur Zeitsynchronisation, wie viele Zeitserver sich einstellen lassen und was bei Verlust der Quelle geschieht.
        Erfüllt, wenn: die Zeitstempel der Audit-Datensätze von einer Uhr stammen, die mit einer systemweiten Zeitquelle synchronisiert ist.
        Kompensierend: eine regelmäßige, protokollierte Prüfung der Uhr gegen die Referenz, wo das Produkt nicht synchronisieren kann.
        Schwachpunkte: Synchronisation eingerichtet, aber Server nicht erreichbar, Uhren, die im Monat Minuten abweichen.
    .evidence =
        Einstellungen der Zeitsynchronisation
        Statusseite mit synchronisierter Uhr

cr-2-11-re-2 =
    .title = Manipulation der Zeitsynchronisation erkennen
    .question = Kann diese Komponente ihre Zeitquelle vor unbefugter Änderung schützen, und zeichnet sie ein Audit-Ereignis auf, wenn die Zeit oder ihre Quelle geändert wird?
    .guidance =
        Prüfen: authentifizierte Zeitprotokolle (NTP mit Schlüsseln oder NTS, PTP-Security), wer Zeiteinstellungen ändern darf und ob Änderungen protokolliert werden.
        Erfüllt, wenn: die Zeitquelle vor unbefugter Änderung geschützt ist und jede Änderung ein Audit-Ereignis auslöst.
        Kompensierend: Zeit aus einer geschützten Quelle in einem eigenen Netz, mit Alarm bei großen Zeitsprüngen im Protokollserver.
        Schwachpunkte: jeder im Netz kann als Zeitserver antworten, manuelle Uhränderungen werden nicht protokolliert.
    .evidence =
        Einstellungen des authentifizierten Zeitprotokolls
        Audit-Datensatz einer Zeitänderung

cr-2-12 =
    .title = Aktionen Personen zuordnen
    .question = Kann diese Komponente aus ihren Aufzeichnungen zeigen, welche Person eine bestimmte Aktion ausgeführt hat, sodass niemand später abstreiten kann, es getan zu haben?
    .guidance =
        Prüfen: ob jeder Audit-Datensatz den einzelnen Benutzer nennt und ob die Datensätze vor Änderung geschützt sind.
        Erfüllt, wenn: die Komponente für jede Aktion einer Person feststellen kann, wer sie ausgeführt hat.
        Kompensierend: ein Jump-Host mit persönlichen Konten und Sitzungsaufzeichnung als einziger Weg zur Komponente.
        Schwachpunkte: Datensätze, die nur eine Rolle oder ein Sammelkonto nennen, Änderungen über das Engineering-Tool ohne Benutzer protokolliert.
    .evidence =
        Audit-Datensätze einer Änderung mit dem Namen der Person
        Abschnitt des Security-Handbuchs zur Zuordnung zu Benutzern

cr-2-12-re-1 =
    .title = Aktionen jeder Art von Benutzer zuordnen
    .question = Kann diese Komponente auch zeigen, welches Programm oder Gerät eine bestimmte Aktion ausgeführt hat, etwa welcher Client einen Sollwert geschrieben hat, und nicht nur welche Person?
    .guidance =
        Prüfen: ob Datensätze zu Aktionen von Softwareprozessen und Geräten die Gegenstelle benennen (ihr Zertifikat, Konto oder ihre Adresse).
        Erfüllt, wenn: die Komponente für jede Aktion feststellen kann, welcher Benutzer sie ausgeführt hat, Personen, Softwareprozesse und Geräte gleichermaßen.
        Kompensierend: ein Netzwerk-Monitoring, das aufzeichnet, welche Gegenstelle jeden Schreibbefehl an die Komponente gesendet hat.
        Schwachpunkte: Schreibzugriffe über Protokolle ohne Authentifizierung, die nur eine fälschbare Adresse zeigen.
    .evidence =
        Audit-Datensätze mit der Identität eines Programms oder Geräts
        Abschnitt des Security-Handbuchs zur Protokollierung von Maschinenzugriffen

edr-2-13 =
    .title = Physische Diagnose- und Testschnittstellen schützen
    .question = Ist dieses eingebettete Gerät gegen die Nutzung seiner physischen Diagnose- und Testschnittstellen aus der Fertigung, etwa JTAG oder serielle Debug-Ports, durch jemanden mit dem Gerät in der Hand geschützt?
    .guidance =
        Dies ist die Fassung von CR 2.13 (physische Diagnose- und Testschnittstellen) für eingebettete Geräte; sie wird nur eingebetteten Geräten gestellt.
        Prüfen: Debug- und Testschnittstellen auf der Platine oder am Gehäuse, ob sie in Seriengeräten abgeschaltet, mit Authentifizierung gesperrt oder versiegelt sind.
        Erfüllt, wenn: die unbefugte Nutzung dieser Schnittstellen verhindert wird und der Lieferant dokumentiert, wie.
        Kompensierend: ein abgeschlossener Schrank mit Manipulationssiegeln am Gerät, bei jeder Inspektion geprüft.
        Schwachpunkte: JTAG auf Seriengeräten offen, ein Servicestecker hinter einer Abdeckung, der eine Root-Shell öffnet.
    .evidence =
        Lieferantenerklärung zu Debug-Schnittstellen in Seriengeräten
        Prüfbericht der Zertifizierung zu physischen Schnittstellen

edr-2-13-re-1 =
    .title = Nutzung von Debug-Ports überwachen und melden
    .question = Bemerkt und meldet dieses eingebettete Gerät, wenn jemand seine physischen Diagnose- oder Testschnittstellen nutzt, etwa mit einem Ereignis im Audit-Protokoll?
    .guidance =
        Dies ist eine Erweiterung der Fassung von CR 2.13 für eingebettete Geräte.
        Prüfen: Erkennung einer Debug-Verbindung oder eines geöffneten Gehäuses und wohin das Ereignis gemeldet wird.
        Erfüllt, wenn: die Nutzung der physischen Diagnose- und Testschnittstellen aktiv überwacht und gemeldet wird.
        Kompensierend: ein Türkontakt am Schrank, auf die Alarmanlage geschaltet, mit ausgewertetem Alarm.
        Schwachpunkte: Erkennung, die nur im laufenden Betrieb wirkt, Ereignisse, die auf dem Gerät bleiben.
    .evidence =
        Abschnitt des Security-Handbuchs zur Manipulations- und Debug-Erkennung
        Audit-Datensatz einer Testverbindung zur Schnittstelle

hdr-2-13 =
    .title = Physische Diagnose- und Testschnittstellen schützen
    .question = Ist dieses Host-Gerät, etwa ein Industrie-PC oder Server, gegen die Nutzung seiner physischen Diagnose- und Testschnittstellen wie Debug-Ports oder Verwaltungsanschlüsse durch jemanden mit Zugang zur Hardware geschützt?
    .guidance =
        Dies ist die Fassung von CR 2.13 (physische Diagnose- und Testschnittstellen) für Host-Geräte; sie wird nur Host-Geräten gestellt.
        Prüfen: Service- und Debug-Anschlüsse, Out-of-Band-Verwaltungsports, Zugang zum BIOS- oder Firmware-Setup und wie jeder davon abgeschaltet oder geschützt ist.
        Erfüllt, wenn: die unbefugte Nutzung der Diagnose- und Testschnittstellen verhindert wird, etwa durch Abschalten oder verlangte Authentifizierung.
        Kompensierend: der Host in einem abgeschlossenen Rack mit Manipulationssiegeln, das Firmware-Setup mit Passwort geschützt.
        Schwachpunkte: Out-of-Band-Verwaltung mit Standard-Anmeldedaten, Booten von USB erlaubt, Firmware-Setup ohne Passwort.
    .evidence =
        Abschnitt des Härtungsleitfadens zu Serviceports und Firmware-Setup
        Einstellungen, die die Schnittstellen abgeschaltet oder geschützt zeigen

hdr-2-13-re-1 =
    .title = Nutzung von Debug-Ports überwachen und melden
    .question = Bemerkt und meldet dieses Host-Gerät, wenn jemand seine physischen Diagnose- oder Testschnittstellen nutzt, etwa einen Serviceport oder das Öffnen des Gehäuses?
    .guidance =
        Dies ist eine Erweiterung der Fassung von CR 2.13 für Host-Geräte.
        Prüfen: Gehäuseöffnungserkennung, Protokollierung der Out-of-Band-Verwaltung und der Serviceport-Nutzung und wohin die Ereignisse gehen.
        Erfüllt, wenn: die Nutzung der physischen Diagnose- und Testschnittstellen aktiv überwacht und gemeldet wird.
        Kompensierend: Türkontakte am Rack, auf die Alarmanlage geschaltet, mit ausgewertetem Alarm.
        Schwachpunkte: in der Firmware abgeschaltete Gehäuseerkennung, Ereignisse, die niemand einsammelt.
    .evidence =
        Firmware- oder Verwaltungseinstellungen der Gehäuseerkennung
        Ereignisdatensatz einer Testnutzung der Schnittstelle

ndr-2-13 =
    .title = Physische Diagnose- und Testschnittstellen schützen
    .question = Ist dieses Netzwerkgerät gegen die Nutzung seiner physischen Diagnose- und Testschnittstellen aus der Fertigung, etwa serielle Debug-Ports oder JTAG, durch jemanden mit dem Gerät in der Hand geschützt?
    .guidance =
        Dies ist die Fassung von CR 2.13 (physische Diagnose- und Testschnittstellen) für Netzwerkgeräte; sie wird nur Netzwerkgeräten gestellt.
        Prüfen: Debug- und Testschnittstellen auf der Platine oder am Gehäuse und ob sie in Seriengeräten abgeschaltet, authentifiziert oder versiegelt sind. Der gewöhnliche Konsolenport zur Verwaltung fällt unter CR 1.1.
        Erfüllt, wenn: die unbefugte Nutzung dieser Schnittstellen verhindert wird und der Lieferant dokumentiert, wie.
        Kompensierend: das Gerät in einem abgeschlossenen Schrank mit Manipulationssiegeln, bei jeder Inspektion geprüft.
        Schwachpunkte: eine Bootloader-Eingabe an der Konsole, die die Anmeldung umgeht, Werkstestmodi, die per Taster erreichbar sind.
    .evidence =
        Lieferantenerklärung zu Debug-Schnittstellen in Seriengeräten
        Prüfbericht der Zertifizierung zu physischen Schnittstellen

ndr-2-13-re-1 =
    .title = Nutzung von Debug-Ports überwachen und melden
    .question = Bemerkt und meldet dieses Netzwerkgerät, wenn jemand seine physischen Diagnose- oder Testschnittstellen nutzt, etwa mit einem Ereignis oder einer Syslog-Meldung?
    .guidance =
        Dies ist eine Erweiterung der Fassung von CR 2.13 für Netzwerkgeräte.
        Prüfen: Erkennung der Nutzung von Debug- oder Testschnittstellen und ob das Ereignis protokolliert und weitergeleitet wird.
        Erfüllt, wenn: die Nutzung der physischen Diagnose- und Testschnittstellen aktiv überwacht und gemeldet wird.
        Kompensierend: ein Türkontakt am Schrank, auf die Alarmanlage geschaltet, mit ausgewertetem Alarm.
        Schwachpunkte: Ereignisse, die nur lokal bleiben, eine Erkennung, die der Bootloader umgeht.
    .evidence =
        Abschnitt des Security-Handbuchs zur Manipulations- und Debug-Erkennung
        Syslog-Datensatz einer Testnutzung der Schnittstelle

## FR 3 Systemintegrität (SI)

fr-3 =
    .title = Systemintegrität (SI)
    .description = Was die Komponente leisten kann, damit ihre Nachrichten, Software, Firmware und Daten nicht unbefugt verändert werden, und damit sie sich bei Angriffen oder fehlerhaften Eingaben vorhersehbar verhält. Schutz vor Schadsoftware, Updates, Manipulationsschutz, Vertrauensanker und Secure Boot gibt es in Versionen für jeden Komponententyp.

cr-3-1 =
    .title = Integrität der Kommunikation
    .question = Kann diese Komponente die Nachrichten, die sie sendet und empfängt, so schützen, dass eine Veränderung unterwegs erkannt wird, und zwar an jeder Schnittstelle, die sie bietet (Feldbus, Ethernet-Protokolle, Web, Engineering-Zugang)?
    .guidance =
        Prüfen: die Liste der Schnittstellen und Protokolle im Security-Handbuch und für jede, was den Inhalt auf der Leitung schützt (Prüfsummen, Folgenummern, Message Authentication Codes, TLS).
        Erfüllt, wenn: jede Schnittstelle des Produkts veränderte Nachrichten erkennen kann, mindestens durch einen Protokollmechanismus, und das Handbuch beschreibt, wie man ihn einschaltet, wo er optional ist.
        Kompensierend: die Produktdokumentation nennt für Schnittstellen ohne Integritätsschutz eine Netzwerkmaßnahme (z. B. ein vorgeschaltetes VPN-Gerät), und die Anlage setzt sie um.
        Schwachpunkte: ein altes Protokoll ohne Schutz, das aus Kompatibilitätsgründen bleibt, ab Werk abgeschalteter Integritätsschutz, eine serielle oder Funkschnittstelle, die im Handbuch fehlt.
    .evidence =
        Schnittstellen- und Protokollliste aus dem Security-Handbuch
        Konfigurationsansicht mit dem Integritäts- oder Security-Modus je Schnittstelle
        Zertifikat oder Prüfbericht, der die Integrität der Kommunikation abdeckt

cr-3-1-re-1 =
    .title = Authentizität empfangener Nachrichten
    .question = Kann diese Komponente kryptografisch prüfen, dass eine Nachricht wirklich vom erwarteten Absender stammt und nicht verändert wurde, und sie verwerfen, wenn die Prüfung fehlschlägt?
    .guidance =
        Prüfen: die kryptografisch geschützten Protokolle, die das Produkt beherrscht (OPC UA Sign, TLS, CIP Security, SNMPv3, signierte Nachrichten), und wie Gegenstellen und Schlüssel eingerichtet werden.
        Erfüllt, wenn: das Produkt bei empfangenem Verkehr eine Signatur oder einen Message Authentication Code prüft, fehlerhafte Nachrichten verwirft und das Verwerfen protokollieren kann.
        Kompensierend: ein vorgeschaltetes Verschlüsselungsgerät, das den Verkehr authentifiziert, vom Lieferanten als vorgesehener Aufbau dokumentiert.
        Schwachpunkte: Authentifizierung nur bei der Anmeldung, nicht für die folgenden Daten, Zertifikatsprüfungen, die jedes Zertifikat akzeptieren, Rückfall in einen ungeschützten Modus.
        Auch fragen: Was passiert, wenn eine Nachricht die Prüfung nicht besteht, und arbeitet das Produkt weiter?
    .evidence =
        Abschnitt des Security-Handbuchs zur authentifizierten Kommunikation
        Konfiguration des gesicherten Protokolls mit Zertifikats- oder Schlüsseleinstellungen
        Prüfbericht, der zeigt, dass manipulierte oder gefälschte Nachrichten verworfen werden

sar-3-2 =
    .title = Schutz vor Schadsoftware
    .question = Kann diese Software neben dem Schadsoftwareschutz des Rechners laufen, auf dem sie installiert ist (Virenschutz oder Application-Allowlisting), und nennt der Lieferant freigegebene Produkte und Einstellungen?
    .guidance =
        Die Version von CR 3.2 für Softwareanwendungen.
        Prüfen: die Verträglichkeitsliste des Lieferanten für Virenschutz- und Allowlisting-Produkte, die auszunehmenden Ordner und Prozesse, und ob die Software die geladenen Dateien selbst prüft.
        Erfüllt, wenn: die Software mit gängigem Schadsoftwareschutz auf ihrem Rechner funktioniert, der Lieferant freigegebene Produkte und Ausnahmen dokumentiert und die Ausnahmen so eng wie möglich sind.
        Kompensierend: eine dokumentierte Abschottung des Rechners (Kiosk-Modus, Allowlisting), wenn der Lieferant keinen Scanner freigibt.
        Schwachpunkte: ein Lieferant, der das Abschalten des Schutzes verlangt, ganze Programm- und Datenlaufwerke ausgenommen, jahrealte Verträglichkeitslisten.
    .evidence =
        Verträglichkeitserklärung des Lieferanten für Schadsoftwareschutz-Produkte
        Liste der nötigen Ausnahmen aus dem Installationshandbuch
        Prüfbericht der Software bei aktivem Schutz

edr-3-2 =
    .title = Schutz vor Schadsoftware
    .question = Kann dieses eingebettete Gerät verhindern, dass unbefugter Code geladen und ausgeführt wird, etwa indem es nur vom Lieferanten signierte Firmware und Anwendungen annimmt?
    .guidance =
        Die Version von CR 3.2 für eingebettete Geräte.
        Prüfen: wie Firmware, Anwendungen und Logik auf das Gerät kommen, ob das Gerät vor dem Ausführen eine Signatur oder Allowlist prüft, und was mit unsigniertem Code geschieht.
        Erfüllt, wenn: das Gerät nicht freigegebene Firmware und ausführbaren Code ablehnt und das Laden der Steuerungslogik auf befugten Engineering-Zugang beschränkt ist.
        Kompensierend: das Gerät ist für Downloads nur von einer eigenen Engineering-Station hinter einem Grenzgerät erreichbar, und Schlüsselschalter oder Schreibschutz bleiben auf RUN.
        Schwachpunkte: ein Debug- oder Serviceport, der jedes Image lädt, abschaltbare Signaturprüfungen, Apps aus einem Store, den der Anlagenbetreiber nicht kontrolliert.
    .evidence =
        Abschnitt des Security-Handbuchs zu Firmware- und Codesignatur
        Bildschirmfoto oder Test, der die Ablehnung eines unsignierten Images zeigt
        Zertifikat oder Prüfbericht zur Code-Integrität

hdr-3-2 =
    .title = Schutz vor Schadsoftware
    .question = Unterstützt dieses Host-Gerät einen Schadsoftwareschutz wie Virenscanner oder Application-Allowlisting, vom Lieferanten für die installierte Leittechnik-Software freigegeben?
    .guidance =
        Die Version von CR 3.2 für Host-Geräte.
        Prüfen: den mitgelieferten oder freigegebenen Schutz (Scanner, Allowlisting, Endpoint Protection), seine Einstellungen und wie Signaturen oder Listen aktuell gehalten werden.
        Erfüllt, wenn: auf dem Rechner ein Schutz laufen kann, der Schadcode erkennt oder blockiert und meldet, mit Freigabe des Lieferanten für Produkt und Ausnahmen.
        Kompensierend: Application-Allowlisting oder ein gehärtetes Image, wo kein Scanner freigegeben ist.
        Schwachpunkte: Schutz, den der Lieferant nur abgeschaltet zulässt, keine Signaturupdates ohne Internetzugang, weit gefasste Ausnahmen.
    .evidence =
        Freigabeliste des Lieferanten für Schadsoftwareschutz auf dem Rechner
        Bildschirmfoto des Schutzstatus auf dem Rechner
        Abschnitt des Härtungsleitfadens zum Schadsoftwareschutz

hdr-3-2-re-1 =
    .title = Version des Schadsoftwareschutzes melden
    .question = Kann dieses Host-Gerät melden, welche Version des Schadsoftwareschutzes und welcher Signatur- oder Allowlist-Stand im Einsatz sind, damit eine Konsole oder ein Administrator die Aktualität prüfen kann?
    .guidance =
        Prüfen: wo der Rechner Engine- und Signaturversion anzeigt und ob er sie an eine Verwaltungskonsole, ein Protokoll oder ein Überwachungswerkzeug weitergeben kann.
        Erfüllt, wenn: die aktuellen Versionen lokal und durch ein Werkzeug lesbar sind, mit dem Datum des letzten Updates.
        Kompensierend: eine skriptgesteuerte Erfassung der Versionsangaben, vom Lieferanten dokumentiert.
        Schwachpunkte: Version nur in einem lokalen Pop-up, kein Datum des letzten Updates, eine Konsole mit veralteten Daten.
    .evidence =
        Bildschirmfoto mit Engine- und Signaturversion
        Konsolen- oder Protokolleintrag mit der vom Rechner gemeldeten Version

# Unsicher (nicht am Wortlaut der Norm geprüft): NDR 3.2 ist gelesen als Schutz des Geräts selbst vor unbefugtem Code, plus Prüfung des durchlaufenden Verkehrs nur, wo seine Rolle das Filtern ist.
ndr-3-2 =
    .title = Schutz vor Schadsoftware
    .question = Kann sich dieses Netzwerkgerät selbst vor unbefugtem Code schützen, und kann es, wo es Verkehr filtern soll, schädliche Inhalte im durchlaufenden Verkehr erkennen oder blockieren?
    .guidance =
        Die Version von CR 3.2 für Netzwerkgeräte.
        Prüfen: wie Firmware und Zusatzpakete angenommen werden (Signaturen), und bei Firewalls und Gateways jede Prüfung von Verkehr oder Dateien auf Schadinhalte.
        Erfüllt, wenn: das Gerät nicht freigegebene Firmware und Code ablehnt und die vom Lieferanten für seine Rolle beschriebenen Prüfungen auf Schadsoftware wirken und aktualisiert werden können.
        Kompensierend: ein eigenes Prüfgerät an derselben Grenze, im Systementwurf dokumentiert.
        Schwachpunkte: Prüffunktionen, deren Lizenz niemand gekauft hat, Signaturupdates nur über direkte Internetverbindung, unsignierte Zusatzmodule.
    .evidence =
        Abschnitt des Security-Handbuchs zu Firmware-Integrität und Verkehrsprüfung
        Konfigurationsansicht der Prüffunktion und ihres Update-Stands

cr-3-3 =
    .title = Prüfung der Security-Funktionen
    .question = Lassen sich die Security-Funktionen dieser Komponente testen, um zu zeigen, dass sie wie vorgesehen wirken, etwa bei Werks- und Baustellenabnahme oder in der Wartung, und beschreibt der Lieferant, wie?
    .guidance =
        Prüfen: Testverfahren oder Testmodi des Lieferanten für Anmeldung, Zugriffsrechte, Protokollierung, Firewall-Regeln und andere Security-Funktionen.
        Erfüllt, wenn: jede Security-Funktion mit einer dokumentierten Methode geprüft werden kann, ohne die Komponente zu zerlegen oder zu verändern.
        Kompensierend: ein Prüfbericht des Lieferanten für dieselbe Version und Konfiguration, plus eine kurze Prüfung vor Ort.
        Schwachpunkte: Funktionen, die nur der Lieferant prüfen kann, Tests nur für die Erstinstallation beschrieben, keine erwarteten Ergebnisse angegeben.
    .evidence =
        Testverfahren des Lieferanten für die Security-Funktionen
        Nachweis einer FAT oder SAT, bei der die Security-Funktionen getestet wurden

cr-3-3-re-1 =
    .title = Security-Prüfungen im Normalbetrieb
    .question = Lassen sich die Security-Funktionen dieser Komponente prüfen, während sie in der Produktion läuft, ohne sie anzuhalten oder den Prozess zu stören?
    .guidance =
        Prüfen: Selbsttests, Zustandsanzeigen und Statusausgaben der Security-Funktionen (Protokolldienst läuft, Schutz aktiv, Zertifikate gültig), die im Betrieb lesbar sind.
        Erfüllt, wenn: die Komponente den Zustand ihrer Security-Funktionen im Normalbetrieb prüft oder meldet und einen Ausfall signalisiert.
        Kompensierend: eine redundante Einheit, die getestet werden kann, während die andere läuft, vom Lieferanten dokumentiert.
        Schwachpunkte: Selbsttests nur beim Anlauf, Status nur auf einer lokalen Anzeige, die niemand ansieht.
    .evidence =
        Beschreibung des Selbsttests oder Zustandsstatus im Betrieb
        Bildschirmfoto oder Alarm zu einer ausgefallenen Security-Funktion

cr-3-4 =
    .title = Integrität von Software und Informationen
    .question = Kann diese Komponente erkennen, wenn ihre Software, Firmware, Konfiguration oder andere gespeicherte Daten unbefugt verändert wurden?
    .guidance =
        Prüfen: Integritätsprüfungen installierter Software und Firmware, Prüfsummen oder Versionsvergleich von Konfiguration und Logik, und was die Komponente tut, wenn eine Prüfung fehlschlägt.
        Erfüllt, wenn: die Komponente die Integrität ihrer Software und wichtiger Daten beim Anlauf oder auf Anforderung prüft und Abweichungen meldet.
        Kompensierend: das Engineering-Werkzeug des Lieferanten vergleicht Online-Programm und Konfiguration mit einem gespeicherten Original, und das Verfahren legt fest, wann das geschieht.
        Schwachpunkte: Prüfungen nur der Firmware, nicht von Logik und Einstellungen, Ergebnisse nur für den Lieferanten sichtbar, Prüfsummen direkt neben den Daten, die sie schützen sollen.
    .evidence =
        Abschnitt des Security-Handbuchs zu Integritätsprüfungen
        Beispiel einer erkannten Änderung (Testnachweis oder Ereignisprotokoll)

cr-3-4-re-1 =
    .title = Authentizität von Software und Informationen
    .question = Kann diese Komponente über die Integrität hinaus prüfen, dass ihre Software und wichtige Daten aus einer befugten Quelle stammen, etwa mit digitalen Signaturen?
    .guidance =
        Prüfen: signierte Firmware, signierte Anwendungen oder Pakete, signierte Konfigurations- oder Logikdateien, und wer die Signaturschlüssel hält.
        Erfüllt, wenn: die Komponente vor dem Annehmen oder Ausführen funktionswichtiger Software und Daten eine Signatur prüft und ablehnt, was die Prüfung nicht besteht.
        Kompensierend: ein vom Lieferanten dokumentierter Übertragungsweg, auf dem Dateien auf einer vertrauenswürdigen Engineering-Station auf Signatur geprüft werden, bevor sie die Komponente erreichen.
        Schwachpunkte: Signaturprüfung nur bei Firmware, ein Testschlüssel in Seriengeräten, abgelaufene oder widerrufene Signaturzertifikate werden akzeptiert.
    .evidence =
        Abschnitt des Security-Handbuchs zu signierter Software und signierten Daten
        Testnachweis, dass eine unsignierte oder veränderte Datei abgelehnt wird

cr-3-4-re-2 =
    .title = Automatische Meldung von Integritätsverletzungen
    .question = Wenn diese Komponente eine Integritätsverletzung findet, kann sie dann automatisch jemanden informieren, etwa per Ereignis, Alarm, Syslog-Meldung oder SNMP-Trap an einen frei wählbaren Empfänger?
    .guidance =
        Prüfen: die Ereignisse, die die Komponente bei fehlgeschlagener Integritätsprüfung erzeugt, und die Schnittstellen, die sie übertragen (Syslog, SNMP, OPC-UA-Alarme, Konsole).
        Erfüllt, wenn: eine fehlgeschlagene Integritätsprüfung automatisch eine Meldung erzeugt, die an einen einstellbaren Empfänger gehen kann.
        Kompensierend: ein Überwachungswerkzeug, das den Integritätsstatus abfragt und alarmiert, vom Lieferanten dokumentiert.
        Schwachpunkte: Fehler nur im lokalen Protokoll, Meldungen ohne Namen der betroffenen Datei oder Baugruppe.
    .evidence =
        Liste der Integritätsereignisse, die die Komponente senden kann
        Konfiguration des Empfängers und eine Beispielmeldung

cr-3-5 =
    .title = Eingabevalidierung
    .question = Prüft diese Komponente, was sie empfängt (Werte, Befehle, Dateien, Web- und Protokolleingaben), auf Format, Länge und plausiblen Bereich, bevor sie handelt, und weist sie Fehlerhaftes ab, ohne abzustürzen?
    .guidance =
        Prüfen: Ergebnisse von Robustheits- oder Fuzz-Tests der Protokolle und Webseiten des Produkts, Wertgrenzen, die die Komponente durchsetzt, und den Umgang mit fehlerhaften Paketen.
        Erfüllt, wenn: die Komponente Eingaben an allen Schnittstellen prüft und bei fehlerhaften oder unzulässigen Daten in einem definierten Zustand bleibt.
        Kompensierend: ein protokollkundiger Filter vor der Komponente, der nur gültige Anfragen durchlässt, wo der Lieferant ihn als vorgesehenen Aufbau nennt.
        Schwachpunkte: Webseiten mit Injection-Lücken, Pufferüberläufe in früheren Versionen, Grenzen nur im HMI statt im Gerät geprüft.
    .evidence =
        Robustheits- oder Fuzz-Testbericht, z. B. aus einer Zertifizierungsprüfung
        Abschnitt des Security-Handbuchs zur Eingabeverarbeitung
        Liste behobener Schwachstellen bei der Eingabeverarbeitung aus den Security-Hinweisen des Lieferanten

cr-3-6 =
    .title = Deterministisches Ausgangsverhalten
    .question = Wenn diese Komponente wegen eines Angriffs den Normalbetrieb nicht halten kann, gehen ihre Ausgänge dann in einen vorab wählbaren Zustand (aus, letzten Wert halten, fester Wert)?
    .guidance =
        Prüfen: einstellbare Fehlerzustände von Ausgängen und Kommunikationswerten bei CPU-Stopp, Kommunikationsverlust, Watchdog-Timeout und Überlast.
        Erfüllt, wenn: das Ausgangsverhalten im Fehlerfall dokumentiert, je Ausgang oder Gruppe einstellbar und durch einen Test bestätigt ist.
        Kompensierend: eine unabhängige, fest verdrahtete oder sicherheitsgerichtete Schutzebene, die den Prozess unabhängig von dieser Komponente in einen sicheren Zustand bringt.
        Nicht anwendbar bei einer Komponente ohne Ausgänge, z. B. einem reinen Historian oder einem Berichtswerkzeug; das festhalten.
        Schwachpunkte: Ausgangsverhalten unter Überflutung nie getestet, Voreinstellungen, die den letzten Wert halten, ohne dass das jemand gewählt hat.
    .evidence =
        Handbuchabschnitt zu Fehlerzuständen und Ersatzwerten
        Konfigurationsansicht des Fehlerzustands der Ausgänge
        Testnachweis zu Kommunikationsverlust oder Überlast

cr-3-7 =
    .title = Fehlerbehandlung
    .question = Gibt diese Komponente bei Fehlern Meldungen aus, die dem Benutzer weiterhelfen, ohne Details preiszugeben, die einem Angreifer nützen, etwa Dateipfade, Softwareversionen oder Speicherinhalte?
    .guidance =
        Prüfen: Fehlerseiten der Weboberfläche, Meldungen bei fehlgeschlagener Anmeldung, Fehlerantworten der Protokolle und Absturzausgaben; Befunde von Penetrationstests zur Preisgabe von Informationen.
        Erfüllt, wenn: Fehlermeldungen für Benutzer verständlich und frei von internen Details sind und die vollständigen Details nur in ein geschütztes Protokoll gehen.
        Kompensierend: Einschränken, wer die Schnittstelle erreicht, z. B. Webzugriff nur aus einem Managementnetz, wo der Lieferant die Meldungen nicht ändern kann.
        Schwachpunkte: Stacktraces in Webseiten, Banner mit genauen Versionen, Anmeldemeldungen, die verraten, ob der Benutzername existiert.
    .evidence =
        Bildschirmfotos typischer Fehlermeldungen
        Befunde von Penetrationstests zur Preisgabe von Informationen

cr-3-8 =
    .title = Sitzungsintegrität
    .question = Schützt diese Komponente die Sitzungen ihrer Weboberfläche, ihres Fernzugriffs oder ihrer Engineering-Verbindungen so, dass niemand eine Sitzung übernehmen oder sich einschleusen kann, und weist sie ungültige Sitzungskennungen ab?
    .guidance =
        Prüfen: jede sitzungsbasierte Schnittstelle des Produkts, wie Sitzungen beginnen und enden, wie Sitzungskennungen erzeugt und übertragen werden (nur HTTPS, Secure-Flag der Cookies).
        Erfüllt, wenn: Sitzungskennungen zufällig sind, an den authentifizierten Benutzer gebunden, nur über geschützte Verbindungen übertragen, bei der Anmeldung neu vergeben und bei Abmeldung oder Timeout unbrauchbar werden.
        Kompensierend: Zugang zur Schnittstelle nur über einen geschützten Jump-Host, als vorgesehener Aufbau dokumentiert.
        Nicht anwendbar bei einer Komponente ohne sitzungsbasierte Schnittstellen; festhalten, was geprüft wurde.
        Schwachpunkte: Webseiten über einfaches HTTP, Kennungen in der URL, Sitzungen, die die Abmeldung überleben, Engineering-Protokolle ganz ohne Sitzungsschutz.
    .evidence =
        Abschnitt des Security-Handbuchs zur Sitzungsverwaltung
        Abschnitt eines Penetrationstests zur Sitzungsverwaltung
        Browserprüfung der Cookie-Flags der Weboberfläche

cr-3-9 =
    .title = Schutz der Audit-Informationen
    .question = Sind die Audit-Einträge dieser Komponente und die Werkzeuge, mit denen man sie liest und verwaltet, so geschützt, dass nur befugte Benutzer sie lesen und niemand sie unbemerkt ändern oder löschen kann?
    .guidance =
        Prüfen: wer das Protokoll der Komponente lesen, exportieren, löschen oder konfigurieren darf, ob das Löschen selbst protokolliert wird, und wie Protokolldaten beim Versand geschützt sind.
        Erfüllt, wenn: der Zugriff auf Audit-Einträge und Protokolleinstellungen auf benannte Rollen beschränkt ist, Einträge nicht veränderbar sind und Löschen oder Überlauf aufgezeichnet wird.
        Kompensierend: sofortige Weiterleitung aller Einträge an einen geschützten Kollektor, vom Lieferanten dokumentiert, bei Komponenten mit schwachem lokalem Protokoll.
        Schwachpunkte: jeder angemeldete Benutzer kann das Protokoll löschen, ein kleiner Ringpuffer, der still überschreibt, ungeschützt gesendetes Syslog.
    .evidence =
        Rollen- und Rechtetabelle für den Protokollzugriff
        Protokolleinstellungen mit Weiterleitung und Überlaufverhalten

cr-3-9-re-1 =
    .title = Audit-Einträge auf einmal beschreibbaren Medien
    .question = Kann diese Komponente ihre Audit-Einträge auf Hardware ablegen, die nach dem Schreiben nicht mehr überschrieben werden kann, etwa einmal beschreibbarer Speicher oder ein WORM-Speichergerät?
    .guidance =
        Prüfen: die Ablage des Audit-Trails im Produkt: einmal beschreibbarer Speicher, ein angeschlossenes WORM-Gerät oder eine dokumentierte Schnittstelle zu externem WORM-Speicher.
        Erfüllt, wenn: das Produkt seine Audit-Einträge auf hardwareseitig einmal beschreibbaren Medien speichern kann, sodass kein Benutzer oder Administrator sie ändern kann.
        Kompensierend: von der Komponente signierte oder verkettete Einträge, die an ein externes unveränderliches Archiv gehen, vom Lieferanten beschrieben.
        Schwachpunkte: Unveränderlichkeit nur per Software, die ein Administrator abschalten kann, nur ein Teil der Einträge erreicht den WORM-Speicher.
    .evidence =
        Produktdokumentation der WORM-Speicheroption
        Konfiguration, die zeigt, dass die Audit-Einträge dorthin geschrieben werden

edr-3-10 =
    .title = Unterstützung von Updates
    .question = Lässt sich dieses eingebettete Gerät im Feld aktualisieren und aufrüsten (Firmware, Anwendungen, Security-Patches), und beschreibt der Lieferant ein sicheres Vorgehen dafür?
    .guidance =
        Die Version von CR 3.10 für eingebettete Geräte.
        Prüfen: Update-Werkzeug und -Verfahren, ob das Gerät Konfiguration und Logik behält, wie lange es außer Betrieb ist und wie ein fehlgeschlagenes Update zurückgenommen wird.
        Erfüllt, wenn: der Lieferant Updates bereitstellt und einen dokumentierten Weg, sie im Feld ohne Hardwaretausch zu installieren.
        Kompensierend: ein dokumentierter Tausch gegen ein aktualisiertes Ersatzgerät, wo die Firmware nicht vor Ort geändert werden kann.
        Schwachpunkte: Updates nur durch den Service des Lieferanten, Updates, die die Konfiguration zurücksetzen, kein Weg zurück nach einem fehlgeschlagenen Update.
    .evidence =
        Update-Verfahren aus dem Handbuch
        Liste des Lieferanten mit freigegebenen Firmware-Versionen und Security-Korrekturen

edr-3-10-re-1 =
    .title = Authentizität und Integrität von Updates
    .question = Prüft dieses eingebettete Gerät vor der Installation eines Updates, dass es echt und unverändert ist, etwa mit der Signatur des Lieferanten, und lehnt es sonst ab?
    .guidance =
        Prüfen: die Signaturprüfung von Firmware- und Anwendungspaketen im Gerät selbst, die verwendeten Schlüssel und was mit einem Image geschieht, das durchfällt.
        Erfüllt, wenn: das Gerät Authentizität und Integrität jedes Updates vor der Installation prüft und ein fehlerhaftes ablehnt.
        Kompensierend: Prüfung von Signatur oder Hashwert auf der Engineering-Station vor der Übertragung, vom Lieferanten dokumentiert, wo das Gerät selbst nicht prüfen kann.
        Schwachpunkte: Prüfung nur im Update-Werkzeug statt im Gerät, Rückstufung auf eine alte, verwundbare Version ohne Berechtigung möglich.
    .evidence =
        Abschnitt des Security-Handbuchs zu signierten Updates
        Testnachweis, dass ein verändertes Update abgelehnt wird

hdr-3-10 =
    .title = Unterstützung von Updates
    .question = Lassen sich dieses Host-Gerät, sein Betriebssystem und die installierte Leittechnik-Software im Feld aktualisieren und patchen, mit einem vom Lieferanten unterstützten Verfahren?
    .guidance =
        Die Version von CR 3.10 für Host-Geräte.
        Prüfen: wie Betriebssystem-Patches, Treiber, Firmware (BIOS oder UEFI) und Anwendungsupdates freigegeben und installiert werden, und ob Updates ohne Internetzugang funktionieren.
        Erfüllt, wenn: Rechner und Software im Feld über ein dokumentiertes, vom Lieferanten freigegebenes Verfahren aktualisiert werden können.
        Kompensierend: ein vom Lieferanten freigegebenes Image des ganzen Rechners, als Ganzes getestet und neu installiert.
        Schwachpunkte: Patch-Freigaben, die Monate hinterherhinken, nie aktualisiertes BIOS, Updates, die eine direkte Internetverbindung brauchen.
    .evidence =
        Patch-Freigabeliste des Lieferanten für den Rechner
        Update-Verfahren für Betriebssystem und Anwendung

hdr-3-10-re-1 =
    .title = Authentizität und Integrität von Updates
    .question = Prüft dieses Host-Gerät vor der Installation eines Updates die Signatur oder einen anderen Nachweis, dass das Update echt und unverändert ist, und lehnt es sonst ab?
    .guidance =
        Prüfen: Signaturprüfungen für Betriebssystem-Patches, Installationsprogramme und Firmware, und Einstellungen, die unsignierte Pakete zulassen würden.
        Erfüllt, wenn: jedes Update vor der Installation auf Authentizität und Integrität geprüft wird und ein Fehlschlag die Installation stoppt.
        Kompensierend: Vergleich des Hashwerts mit dem vom Lieferanten veröffentlichten Wert vor der Installation, vom Administrator durchgeführt und festgehalten.
        Schwachpunkte: unsignierte Installationsprogramme oder Skripte des Lieferanten, aus Bequemlichkeit abgeschaltete Signaturprüfung.
    .evidence =
        Einstellungen, die signierte Pakete oder Treiber erzwingen
        Beispiel eines geprüften Updates im Installationsprotokoll

ndr-3-10 =
    .title = Unterstützung von Updates
    .question = Lässt sich dieses Netzwerkgerät im Feld aktualisieren (Firmware, Betriebssystem, Regel- und Signaturpakete), mit einem Verfahren, bei dem die Konfiguration erhalten bleibt?
    .guidance =
        Die Version von CR 3.10 für Netzwerkgeräte.
        Prüfen: das Update-Verfahren, was mit Konfiguration und Verkehr während des Updates geschieht, und wie redundante Paare nacheinander aktualisiert werden.
        Erfüllt, wenn: das Gerät im Feld auf dokumentierte Weise aktualisiert werden kann, ohne seine Konfiguration zu verlieren.
        Kompensierend: Tausch gegen ein vorbereitetes, aktualisiertes Ersatzgerät, wo ein Update vor Ort nicht möglich ist.
        Schwachpunkte: Updates mit Neustart bei stehendem Netz, kein Zurückrollen, abgekündigte Geräte ohne Updates.
    .evidence =
        Update-Verfahren aus dem Handbuch
        Firmware-Versionshinweise des Lieferanten mit Security-Korrekturen

ndr-3-10-re-1 =
    .title = Authentizität und Integrität von Updates
    .question = Prüft dieses Netzwerkgerät vor der Installation eines Firmware- oder Paket-Updates, dass es echt und unverändert ist, und lehnt es sonst ab?
    .guidance =
        Prüfen: Signaturprüfungen von Firmware-Images und Zusatzpaketen im Gerät, die verwendeten Schlüssel und den Umgang mit Images, die durchfallen.
        Erfüllt, wenn: das Gerät jedes Update vor der Installation prüft und fehlerhafte Updates ablehnt.
        Kompensierend: Hashprüfung gegen den vom Lieferanten veröffentlichten Wert vor dem Hochladen, vom Administrator festgehalten.
        Schwachpunkte: Images, die über einen Bootloader ohne Prüfung angenommen werden, frei mögliche Rückstufungen.
    .evidence =
        Abschnitt des Security-Handbuchs zu signierter Firmware
        Testnachweis, dass ein verändertes Image abgelehnt wird

edr-3-11 =
    .title = Physischer Manipulationsschutz und Erkennung
    .question = Widersteht dieses eingebettete Gerät physischen Manipulationen und macht es sie sichtbar, etwa mit Siegeln, geschlossenem Gehäuse, abgedeckten Debug-Ports oder einem Manipulationsschalter?
    .guidance =
        Die Version von CR 3.11 für eingebettete Geräte.
        Prüfen: Gehäuse, Siegel, entnehmbare Speicherkarten, Debug- und Serviceports (JTAG, serielle Konsole) und einen eventuellen Manipulationssensor.
        Erfüllt, wenn: das Öffnen des Geräts oder der Zugang zu internen Schnittstellen erschwert ist und eine sichtbare oder aufgezeichnete Spur hinterlässt.
        Kompensierend: Einbau in einen verschlossenen Schrank mit Siegeln und regelmäßiger Kontrolle, bei Geräten ohne solche Merkmale.
        Schwachpunkte: zugängliche Debug-Stecker, ungeschützte Speicherkarten mit dem Programm, Siegel, die niemand kontrolliert.
    .evidence =
        Produktdokumentation der Manipulationsschutzmerkmale
        Foto des eingebauten Geräts und seines Schranks

edr-3-11-re-1 =
    .title = Meldung von Manipulationsversuchen
    .question = Kann dieses eingebettete Gerät bei einem physischen Manipulationsversuch automatisch einen Alarm auslösen oder ein Ereignis aufzeichnen?
    .guidance =
        Prüfen: Manipulationssensoren (Deckelschalter, Licht- oder Bewegungssensor) und was sie auslösen: ein Ereignis, einen Alarm an das Leitsystem, eine Sperre des Geräts.
        Erfüllt, wenn: ein physischer Manipulationsversuch automatisch eine Meldung erzeugt, die eine Stelle erreicht, an der jemand reagiert.
        Kompensierend: ein Türkontakt am Schrank, auf die Alarmanlage verdrahtet, wo das Gerät keinen eigenen Sensor hat.
        Schwachpunkte: Alarme nur im lokalen Protokoll, Sensoren, die sich ohne Öffnen des Gehäuses überlisten lassen.
    .evidence =
        Beschreibung der Manipulationssensoren und ihrer Ereignisse
        Testnachweis eines Manipulationsalarms

hdr-3-11 =
    .title = Physischer Manipulationsschutz und Erkennung
    .question = Widersteht dieses Host-Gerät (Industrie-PC oder Server) physischen Manipulationen und macht es sie sichtbar, etwa mit abschließbarem Gehäuse, Gehäuseöffnungsschalter oder gesperrten Firmware-Einstellungen?
    .guidance =
        Die Version von CR 3.11 für Host-Geräte.
        Prüfen: abschließbare Gehäuse und Laufwerksschächte, Erkennung der Gehäuseöffnung, Firmware-Passwort, gesperrte Bootreihenfolge, abschaltbare Frontanschlüsse.
        Erfüllt, wenn: der physische Zugang zum Inneren und zu Boot- oder Debug-Schnittstellen erschwert ist und eine Spur hinterlässt.
        Kompensierend: Einbau in ein verschlossenes Rack oder einen Raum mit Zutrittskontrolle und Siegeln.
        Schwachpunkte: kein Firmware-Passwort, Booten von USB erlaubt, Wechsellaufwerke ohne Schloss.
    .evidence =
        Hardwaredokumentation zu Gehäuseöffnungserkennung und Schlössern
        Firmware-Einstellungen mit Passwort und Bootreihenfolge

hdr-3-11-re-1 =
    .title = Meldung von Manipulationsversuchen
    .question = Kann dieses Host-Gerät beim Öffnen oder bei Manipulation einen Alarm auslösen oder ein Ereignis schreiben, das automatisch weitergegeben wird?
    .guidance =
        Prüfen: Ereignisse zur Gehäuseöffnung in Firmware oder Management-Controller, und ob sie das Betriebssystemprotokoll oder ein Überwachungswerkzeug erreichen.
        Erfüllt, wenn: ein Manipulationsversuch automatisch eine Meldung an einen einstellbaren Empfänger erzeugt.
        Kompensierend: ein Türkontakt am Rack, auf die Alarmanlage verdrahtet.
        Schwachpunkte: Öffnungsereignisse erst beim nächsten Start angezeigt, nicht konfigurierte Meldungen des Management-Controllers.
    .evidence =
        Konfiguration der Meldungen zur Gehäuseöffnung
        Beispielereignis aus einem Test

ndr-3-11 =
    .title = Physischer Manipulationsschutz und Erkennung
    .question = Widersteht dieses Netzwerkgerät physischen Manipulationen und macht es sie sichtbar, etwa mit versiegeltem Gehäuse, geschützten Konsolen- und Serviceports oder einem Manipulationssensor?
    .guidance =
        Die Version von CR 3.11 für Netzwerkgeräte.
        Prüfen: Gehäuse, Siegel, Konsolen- und USB-Ports, Reset-Tasten, die Werkseinstellungen herstellen, entnehmbarer Konfigurationsspeicher.
        Erfüllt, wenn: der physische Zugang zu Innerem, Konsole und Reset-Funktionen erschwert ist und eine sichtbare oder aufgezeichnete Spur hinterlässt.
        Kompensierend: Einbau in einen verschlossenen Schrank oder ein Rack mit Siegeln und Kontrolle.
        Schwachpunkte: eine Reset-Taste, die Konfiguration und Passwort löscht, offene Konsolenports, austauschbare Konfigurationsstecker.
    .evidence =
        Produktdokumentation der Manipulationsschutzmerkmale
        Einstellungen, die Reset-Taste oder Konsole wo möglich abschalten

ndr-3-11-re-1 =
    .title = Meldung von Manipulationsversuchen
    .question = Kann dieses Netzwerkgerät bei einer physischen Manipulation automatisch einen Alarm auslösen oder ein Ereignis senden, z. B. per Syslog oder SNMP-Trap?
    .guidance =
        Prüfen: Manipulationssensoren und Ereignisse wie geöffneter Deckel, angeschlossene Konsole oder entnommener Konfigurationsspeicher, und wohin sie gesendet werden.
        Erfüllt, wenn: ein Manipulationsversuch automatisch eine Meldung an einen einstellbaren Empfänger erzeugt.
        Kompensierend: ein Türkontakt am Schrank, auf die Alarmanlage verdrahtet.
        Schwachpunkte: Ereignisse nur in einem lokalen Puffer, der beim Ausschalten verloren geht.
    .evidence =
        Liste der Manipulationsereignisse, die das Gerät sendet
        Beispielmeldung aus einem Test

edr-3-12 =
    .title = Vertrauensanker des Produktlieferanten
    .question = Wird dieses eingebettete Gerät mit den Vertrauensankern des Lieferanten ausgeliefert (Schlüssel oder Zertifikate zur Prüfung von Firmware und Identität), so gespeichert, dass sie nicht ausgelesen oder verändert werden können?
    .guidance =
        Die Version von CR 3.12 für eingebettete Geräte.
        Prüfen: wo die öffentlichen Schlüssel oder Zertifikate des Lieferanten liegen (Secure Element, TPM, geschützter Flash), wofür sie dienen (Firmware-Prüfung, Geräteidentität) und wie sie bei Kompromittierung ersetzt werden.
        Erfüllt, wenn: die Vertrauensanker des Lieferanten in geschütztem Speicher eingebracht sind, ihre Integrität geschützt und ihre Verwendung dokumentiert ist.
        Kompensierend: kaum möglich; eine vom Anlagenbetreiber kontrollierte Prüfung der Firmware vor der Installation senkt das Risiko, ersetzt den Vertrauensanker aber nicht.
        Schwachpunkte: Schlüssel in gewöhnlichem Flash, der überschrieben werden kann, derselbe private Schlüssel in jedem Gerät, kein Plan für den Widerruf von Schlüsseln.
    .evidence =
        Abschnitt des Security-Handbuchs zu Vertrauensankern und Hardware-Schlüsselspeicher
        Zertifikat oder Prüfbericht zur sicheren Schlüsselablage

hdr-3-12 =
    .title = Vertrauensanker des Produktlieferanten
    .question = Hält dieses Host-Gerät die Vertrauensanker des Lieferanten (z. B. Plattformschlüssel in der Firmware, ein TPM mit Endorsement Key) in geschütztem Speicher, sodass sie nicht unbefugt ausgelesen oder verändert werden können?
    .guidance =
        Die Version von CR 3.12 für Host-Geräte.
        Prüfen: ob ein TPM vorhanden und aktiv ist, die Secure-Boot-Schlüssel in der Firmware, wie der Lieferant sie einbringt und aktualisiert.
        Erfüllt, wenn: die Vertrauensanker des Lieferanten in geschützter Hardware vorhanden sind, nicht unbefugt geändert werden können und ihre Verwendung dokumentiert ist.
        Kompensierend: kaum möglich; ein bei der Inbetriebnahme festgehaltener Stand der Firmware-Schlüssel hilft, Änderungen zu bemerken.
        Schwachpunkte: abgeschaltetes TPM, Standard-Testschlüssel in der Firmware, Schlüssel, die sich vom Betriebssystem aus ohne Passwort ändern lassen.
    .evidence =
        Firmware-Ansicht mit TPM- und Secure-Boot-Schlüsselstatus
        Dokumentation des Lieferanten zu den eingebrachten Schlüsseln

ndr-3-12 =
    .title = Vertrauensanker des Produktlieferanten
    .question = Hält dieses Netzwerkgerät die Vertrauensanker des Lieferanten (Schlüssel oder Zertifikate für Firmware-Prüfung und Geräteidentität) in geschütztem Speicher, der nicht ausgelesen oder verändert werden kann?
    .guidance =
        Die Version von CR 3.12 für Netzwerkgeräte.
        Prüfen: Hardware-Schlüsselspeicher (Secure Element, TPM), das Zertifikat der Geräteidentität und was der Lieferant tut, wenn ein Schlüssel kompromittiert ist.
        Erfüllt, wenn: die Vertrauensanker des Lieferanten in geschütztem Speicher eingebracht sind und wie dokumentiert für Firmware- und Identitätsprüfungen genutzt werden.
        Kompensierend: kaum möglich; die Lücke und die Maßnahmen darum herum festhalten.
        Schwachpunkte: identische Schlüssel in allen Geräten, über die Konsole lesbare Schlüssel, Zertifikate, die im Feld ohne Erneuerung ablaufen.
    .evidence =
        Abschnitt des Security-Handbuchs zu Vertrauensankern
        Zertifikat oder Prüfbericht zur Schlüsselablage

edr-3-13 =
    .title = Vertrauensanker des Anlagenbetreibers
    .question = Kann der Anlagenbetreiber eigene Vertrauensanker (z. B. sein CA-Zertifikat oder eigene Schlüssel) in dieses eingebettete Gerät laden, geschützt vor Auslesen und Verändern, und später ersetzen?
    .guidance =
        Die Version von CR 3.13 für eingebettete Geräte.
        Prüfen: wie Zertifikate und Schlüssel des Anlagenbetreibers installiert werden (Engineering-Werkzeug, Webseite, Zertifikatsanforderung), wo sie liegen und wer sie ändern darf.
        Erfüllt, wenn: der Anlagenbetreiber eigene Vertrauensanker in geschütztem Speicher einbringen und erneuern kann, beschränkt auf befugte Benutzer.
        Kompensierend: ein Service des Lieferanten, der die Zertifikate des Anlagenbetreibers nach einem dokumentierten Verfahren installiert.
        Schwachpunkte: nur selbstsignierte Gerätezertifikate möglich, exportierbare private Schlüssel, Zertifikatsimport für jeden angemeldeten Benutzer offen.
    .evidence =
        Handbuchabschnitt zur Installation eigener Zertifikate
        Bildschirmfoto des Zertifikatsspeichers mit der CA des Anlagenbetreibers

hdr-3-13 =
    .title = Vertrauensanker des Anlagenbetreibers
    .question = Kann der Anlagenbetreiber auf diesem Host-Gerät eigene Vertrauensanker (CA-Zertifikate, Schlüssel, Secure-Boot-Schlüssel) installieren und erneuern, geschützt vor Auslesen und Verändern?
    .guidance =
        Die Version von CR 3.13 für Host-Geräte.
        Prüfen: die von der Leittechnik-Software genutzten Zertifikatsspeicher, TPM-geschützte Schlüssel, das Einbringen von Secure-Boot-Schlüsseln und wer sie ändern darf.
        Erfüllt, wenn: Vertrauensanker des Anlagenbetreibers installiert, geschützt und erneuert werden können und nur befugte Administratoren sie ändern können.
        Kompensierend: ein dokumentiertes Verfahren des Lieferanten, das die Zertifikate des Anlagenbetreibers bei der Inbetriebnahme installiert.
        Schwachpunkte: die Anwendung ignoriert den Zertifikatsspeicher des Systems, private Schlüssel in Dateien, die alle Benutzer lesen können.
    .evidence =
        Verfahren zur Installation der Zertifikate des Anlagenbetreibers
        Bildschirmfoto der Zertifikatsspeicher mit der CA des Anlagenbetreibers

ndr-3-13 =
    .title = Vertrauensanker des Anlagenbetreibers
    .question = Kann der Anlagenbetreiber eigene CA-Zertifikate und Schlüssel in dieses Netzwerkgerät laden, geschützt vor Auslesen und Verändern, und sie erneuern?
    .guidance =
        Die Version von CR 3.13 für Netzwerkgeräte.
        Prüfen: Zertifikatsimport oder automatische Zertifikatsanforderung (SCEP, EST), Ablage privater Schlüssel und wer sie ändern darf.
        Erfüllt, wenn: der Anlagenbetreiber eigene Vertrauensanker in geschütztem Speicher einbringen und erneuern kann, beschränkt auf befugte Administratoren.
        Kompensierend: ein dokumentiertes Verfahren des Lieferanten zur Installation der Zertifikate des Anlagenbetreibers.
        Schwachpunkte: private Schlüssel im Klartext exportierbar, noch genutzte Standardzertifikate, keine Erneuerung vor Ablauf.
    .evidence =
        Handbuchabschnitt zur Zertifikatsverwaltung
        Bildschirmfoto der installierten Zertifikate des Anlagenbetreibers

edr-3-14 =
    .title = Integrität des Startvorgangs
    .question = Prüft dieses eingebettete Gerät beim Start die Integrität seiner Firmware und Software und verweigert es die Ausführung eines veränderten Images?
    .guidance =
        Die Version von CR 3.14 für eingebettete Geräte.
        Prüfen: die Startkette (Bootloader, Betriebssystem, Laufzeitumgebung, Anwendung) und welche Stufe die nächste vor dem Start prüft.
        Erfüllt, wenn: die Integrität jeder Startstufe vor ihrer Nutzung geprüft wird und ein Fehlschlag den Start stoppt oder eine festgelegte sichere Wiederherstellung einleitet.
        Kompensierend: für das Gerät selbst kaum möglich; ein regelmäßiger Abgleich von Firmware-Version und Hashwert von außen verkleinert die Lücke.
        Schwachpunkte: Prüfungen nur der Anwendung, ein Bootloader, der sich über den Serviceport ersetzen lässt, nicht festgelegtes Verhalten im Fehlerfall.
    .evidence =
        Abschnitt des Security-Handbuchs zur Startintegrität
        Testnachweis eines Starts mit verändertem Image

edr-3-14-re-1 =
    .title = Authentizität des Startvorgangs
    .question = Prüft dieses eingebettete Gerät beim Start die Authentizität seiner Firmware mit den Vertrauensankern des Lieferanten (Secure Boot) und verweigert es unsignierte oder fremde Images?
    .guidance =
        Prüfen: Secure Boot mit Signaturen, die gegen in geschützter Hardware gehaltene Schlüssel geprüft werden, beginnend mit einer unveränderlichen ersten Stufe.
        Erfüllt, wenn: jede Startstufe vor der Ausführung gegen die Vertrauensanker des Lieferanten geprüft wird und Fehlschläge den Start stoppen.
        Kompensierend: kaum möglich; festhalten, was das Gerät in der Zwischenzeit physisch und logisch schützt.
        Schwachpunkte: Secure Boot vorhanden, aber ab Werk aus, Debug-Modi, die die Prüfung überspringen.
    .evidence =
        Abschnitt des Security-Handbuchs zu Secure Boot
        Zertifikat oder Prüfbericht zur Authentizität des Startvorgangs

hdr-3-14 =
    .title = Integrität des Startvorgangs
    .question = Prüft dieses Host-Gerät beim Start die Integrität von Firmware, Bootloader und Betriebssystem, etwa mit Measured Boot und einem TPM?
    .guidance =
        Die Version von CR 3.14 für Host-Geräte.
        Prüfen: UEFI-Einstellungen, Measured Boot, Integritätsfunktionen des Betriebssystems und was geschieht, wenn eine Messung nicht passt.
        Erfüllt, wenn: die Integrität der Startkette vor jeder Stufe geprüft wird und eine Abweichung den Start stoppt oder gemeldet wird.
        Kompensierend: eine gesperrte Firmware-Konfiguration und regelmäßige Integritätsprüfungen der Startdateien von außen.
        Schwachpunkte: Legacy-Boot aktiviert, Booten von USB erlaubt, Messwerte aufgezeichnet, aber nie verglichen.
    .evidence =
        Firmware-Einstellungen zur Startintegrität
        Abschnitt des Härtungsleitfadens des Lieferanten zum Startschutz

hdr-3-14-re-1 =
    .title = Authentizität des Startvorgangs
    .question = Nutzt dieses Host-Gerät Secure Boot, sodass Firmware, Bootloader und Betriebssystem nur starten, wenn ihre Signaturen zu den Vertrauensankern des Lieferanten passen?
    .guidance =
        Prüfen: Secure-Boot-Status in UEFI, die eingebrachten Schlüssel, und ob die installierte Leittechnik-Software und ihre Treiber damit verträglich sind.
        Erfüllt, wenn: Secure Boot mit installierter Leittechnik-Software unterstützt wird und nur signierte Startkomponenten starten.
        Kompensierend: kaum möglich; gesperrte Firmware und physischer Schutz verkleinern die Lücke.
        Schwachpunkte: Secure Boot abgeschaltet, weil ein Treiber unsigniert ist, ein Leitfaden des Lieferanten, der das Abschalten empfiehlt.
    .evidence =
        Bildschirmfoto mit aktiviertem Secure Boot
        Erklärung des Lieferanten, dass die Software Secure Boot unterstützt

ndr-3-14 =
    .title = Integrität des Startvorgangs
    .question = Prüft dieses Netzwerkgerät beim Start die Integrität von Bootloader und Firmware und verweigert es die Ausführung eines veränderten Images?
    .guidance =
        Die Version von CR 3.14 für Netzwerkgeräte.
        Prüfen: die Startkette des Geräts, welche Stufen geprüft werden, und das Verhalten im Fehlerfall (Stopp, Rückfall auf ein bekanntes Image).
        Erfüllt, wenn: die Integrität jeder Startstufe vor ihrer Ausführung geprüft und ein Fehlschlag auf festgelegte Weise behandelt und gemeldet wird.
        Kompensierend: regelmäßiger Vergleich des Hashwerts des laufenden Images mit dem vom Lieferanten veröffentlichten Wert.
        Schwachpunkte: eine Bootloader-Konsole, die jedes Image lädt, ein altes, verwundbares Rückfall-Image.
    .evidence =
        Abschnitt des Security-Handbuchs zur Startintegrität
        Startprotokoll mit der Integritätsprüfung

ndr-3-14-re-1 =
    .title = Authentizität des Startvorgangs
    .question = Prüft dieses Netzwerkgerät die Signaturen seiner Startstufen gegen die Vertrauensanker des Lieferanten, bevor es sie ausführt (Secure Boot)?
    .guidance =
        Prüfen: Unterstützung von Secure Boot, die Hardwareverankerung der Schlüssel, und ob die Prüfung abgeschaltet werden kann.
        Erfüllt, wenn: jede Startstufe gegen die Vertrauensanker des Lieferanten geprüft wird und unsignierte oder fremde Images nicht starten.
        Kompensierend: kaum möglich; physischer Schutz und Hashprüfungen der Images verkleinern die Lücke.
        Schwachpunkte: Secure Boot nur bei neueren Hardwareständen, ein versteckter Servicemodus, der ihn umgeht.
    .evidence =
        Abschnitt des Security-Handbuchs zu Secure Boot
        Zertifikat oder Prüfbericht zur Authentizität des Startvorgangs

## FR 4 Vertraulichkeit der Daten (DC)

fr-4 =
    .title = Vertraulichkeit der Daten (DC)
    .description = Was die Komponente leisten kann, damit die Informationen, die sie hält oder sendet, etwa Passwörter, Schlüssel, Rezepturen und Konfiguration, Unbefugten verborgen bleiben, damit sie vor der Außerbetriebnahme gelöscht werden können und damit dafür solide Kryptografie genutzt wird.

cr-4-1 =
    .title = Vertraulichkeit von Informationen
    .question = Kann diese Komponente die Vertraulichkeit der schutzwürdigen Informationen, die sie hält oder sendet (Passwörter, Schlüssel, Rezepturen, Konfiguration), schützen, sowohl gespeichert als auch bei der Übertragung?
    .guidance =
        Prüfen: welche Daten der Lieferant als schutzwürdig kennzeichnet, wie sie gespeichert werden (verschlüsselt, gehasht, in geschütztem Speicher) und wie sie übertragen werden (verschlüsselte Protokolle, welche davon optional sind).
        Erfüllt, wenn: schutzwürdige Daten von der Komponente selbst gespeichert und bei der Übertragung geschützt werden und nur befugte Benutzer und Funktionen sie lesen können.
        Kompensierend: ein vorgeschalteter verschlüsselter Tunnel für Protokolle, die nicht verschlüsseln können, vom Lieferanten dokumentiert.
        Schwachpunkte: Passwörter im Klartext oder mit schwachen Hashes gespeichert, Projektdateien mit Zugangsdaten, eingeschaltet gelassene unverschlüsselte Engineering- oder Webprotokolle.
        Auch fragen: Kann jeder, der eine Kopie bekommt, die aus der Komponente exportierten Projekt- oder Sicherungsdateien lesen?
    .evidence =
        Abschnitt des Security-Handbuchs zum Schutz schutzwürdiger Daten
        Liste der Protokolle mit ihren Verschlüsselungsoptionen
        Zertifikat oder Prüfbericht zur Vertraulichkeit der Daten

cr-4-2 =
    .title = Verbleib von Informationen (Restdaten)
    .question = Lässt sich diese Komponente von allen schutzwürdigen Daten (Konfiguration, Schlüssel, Passwörter, Prozessdaten) befreien, bevor sie außer Betrieb genommen, zur Reparatur geschickt oder verschrottet wird?
    .guidance =
        Prüfen: das Außerbetriebnahme-Verfahren des Lieferanten, eine Funktion zum sicheren Löschen oder Zurücksetzen auf Werkseinstellungen, und welche Speicher sie abdeckt (interner Flash, Speicherkarten, Festplatten, Pufferspeicher).
        Erfüllt, wenn: die Komponente einen dokumentierten Weg bietet, alle schutzwürdigen Daten zu löschen, einschließlich Wechsel- und Pufferspeicher.
        Kompensierend: physische Zerstörung der Speichermedien, vom Lieferanten als Weg zur Entsorgung der Komponente dokumentiert.
        Schwachpunkte: ein Zurücksetzen, das Schlüssel oder Protokolle zurücklässt, nicht erfasste Speicherkarten, Reparaturrücksendungen mit der Konfiguration im Gerät.
    .evidence =
        Außerbetriebnahme- oder Löschverfahren aus dem Handbuch
        Beschreibung dessen, was die Löschfunktion abdeckt

cr-4-2-re-1 =
    .title = Löschen gemeinsam genutzter Speicherressourcen
    .question = Löscht diese Komponente Speicher und andere gemeinsam genutzte Ressourcen, die ein Benutzer, eine Sitzung oder ein Prozess freigegeben hat, bevor sie an einen anderen gehen, sodass keine Daten zwischen ihnen durchsickern?
    .guidance =
        Vor allem eine Entwurfseigenschaft: eher nach Erklärung des Lieferanten, Zertifikat oder Prüfbericht fragen als selbst testen.
        Erfüllt, wenn: der Lieferant dokumentiert, dass freigegebener Speicher, Puffer und temporäre Dateien vor der Wiederverwendung gelöscht werden, und ein Test oder Review das bestätigt hat.
        Kompensierend: die Komponente nicht zwischen Benutzern oder Funktionen unterschiedlichen Vertrauens teilen, z. B. ein Rechner je Funktion.
        Schwachpunkte: ältere eingebettete Plattformen ohne dokumentiertes Verhalten, auf der Platte zurückgelassene temporäre Dateien, zwischen Netzwerkverbindungen wiederverwendete Puffer.
    .evidence =
        Erklärung oder Zertifikat des Lieferanten zum Löschen von Speicher
        Entwurfs- oder Testdokumentation des Löschverhaltens

cr-4-2-re-2 =
    .title = Nachweis des Löschens
    .question = Können Sie nach dem Löschen der Komponente prüfen, dass es wirklich stattgefunden hat, etwa mit einem Bericht der Komponente oder einem dokumentierten Prüfschritt?
    .guidance =
        Prüfen: was die Löschfunktion am Ende meldet (Erfolg, abgedeckte Bereiche), und ob der Lieferant beschreibt, wie man prüft, dass keine schutzwürdigen Daten übrig sind.
        Erfüllt, wenn: die Komponente oder ihr dokumentiertes Verfahren das erfolgreiche Löschen jedes Speicherbereichs bestätigt und die Bestätigung als Nachweis aufbewahrt werden kann.
        Kompensierend: eine Prüfung durch Zurücklesen des Speichers mit einem Werkzeug des Lieferanten, von der ausführenden Person festgehalten.
        Schwachpunkte: ein Löschen ohne jede Meldung, Prüfung nur durch den Lieferanten möglich, kein Nachweis bei den Entsorgungsunterlagen.
    .evidence =
        Beispiel eines Löschberichts oder Protokolleintrags
        Prüfschritt im Außerbetriebnahme-Verfahren

cr-4-3 =
    .title = Einsatz von Kryptografie
    .question = Nutzt diese Komponente, wo sie Kryptografie einsetzt, anerkannte Algorithmen, Schlüssellängen und Verfahren, und lassen sich schwache abschalten oder ersetzen, wenn sie veralten?
    .guidance =
        Prüfen: die Liste der Algorithmen, Schlüssellängen und Protokollversionen, die das Produkt beherrscht und ab Werk nutzt, wie Schlüssel und Zertifikate erzeugt und gespeichert werden und wie der Lieferant sie aktualisiert.
        Erfüllt, wenn: nur anerkannte, aktuelle Algorithmen und Schlüssellängen genutzt werden oder sich erzwingen lassen, Schlüssel sicher erzeugt und gespeichert werden und veraltete Optionen abschaltbar sind.
        Kompensierend: ein Produkt mit schwacher Kryptografie bis zu einem Update in einen starken VPN-Tunnel einbetten.
        Schwachpunkte: TLS 1.0, SHA-1 oder DES ab Werk aktiv, selbst erfundene Verschlüsselung, feste Schlüssel, die in allen Geräten gleich sind, nicht austauschbare Zertifikate.
    .evidence =
        Liste des Lieferanten mit kryptografischen Algorithmen und Protokollversionen
        Konfigurationsansicht mit den aktivierten Cipher-Suites
        Zertifikat oder Prüfbericht zum Einsatz von Kryptografie

## FR 5 Eingeschränkter Datenfluss (RDF)

fr-5 =
    .title = Eingeschränkter Datenfluss (RDF)
    .description = Was die Komponente bietet, damit das Leitsystem in Zonen und Conduits aufgeteilt werden kann: Sie arbeitet in einem segmentierten Netz, und Netzwerkgeräte an einer Zonengrenze können kontrollieren, was sie überquert. Die Partitionierung von Anwendungen (CR 5.4) hat keine Anforderung an Komponenten und wird auf Systemebene mit IEC 62443-3-3 geprüft.

cr-5-1 =
    .title = Netzwerksegmentierung
    .question = Kann diese Komponente in einem segmentierten Netz (Zonen und Conduits) arbeiten, z. B. mit getrennten Schnittstellen oder VLANs für Steuerungs-, Engineering- und Managementverkehr, und nennt der Lieferant die Kommunikation, die sie über Grenzen hinweg braucht?
    .guidance =
        Prüfen: die Netzwerkschnittstellen und ihre Trennung, VLAN-Unterstützung, die Liste des Lieferanten mit benötigten Ports, Protokollen und Richtungen, und jede Abhängigkeit von direktem Internet oder Diensten des Büronetzes.
        Erfüllt, wenn: die Komponente in eine Zone ihrer Kritikalität gestellt und nur über festgelegte Conduits erreicht werden kann und der Lieferant jeden benötigten Datenfluss dokumentiert, sodass Grenzregeln geschrieben werden können.
        Kompensierend: ein kleines eigenes Grenzgerät vor der Komponente, wo sie ihren Verkehr nicht selbst trennen kann.
        Schwachpunkte: eine einzige Schnittstelle für Steuerungs- und Managementverkehr, Schnittstellen, die zwischen Netzen brücken, undokumentierte dynamische Portbereiche, nicht abschaltbare Cloud-Verbindungen.
    .evidence =
        Liste des Lieferanten mit Ports, Protokollen und Richtungen
        Einstellungen von Netzwerkschnittstellen und VLANs der Komponente
        Referenzarchitektur aus dem Security-Handbuch

ndr-5-2 =
    .title = Schutz der Zonengrenzen
    .question = Kann dieses Netzwerkgerät den Verkehr über die Zonengrenze, an der es steht, nach von Ihnen gesetzten Regeln (Adressen, Ports, Protokolle, Richtung) überwachen und steuern?
    .guidance =
        Die Version von CR 5.2 für Netzwerkgeräte.
        Prüfen: die Filterfunktionen (Firewall-Regeln, Zugriffslisten, Protokollfilter), wie Regeln geschrieben und überprüft werden, und was über erlaubten und blockierten Verkehr protokolliert wird.
        Erfüllt, wenn: das Gerät auf allen Verkehr zwischen seinen Zonen ein einstellbares Regelwerk anwendet und aufzeichnet, was es erlaubt und blockiert.
        Kompensierend: auf Komponentenebene keine, wenn das Gerät die Grenze bilden soll; ein zweites Filtergerät kann diese Rolle übernehmen.
        Nicht anwendbar bei einem Netzwerkgerät, das nicht für den Einsatz an einer Zonengrenze angeboten wird, z. B. ein unverwalteter Zugangs-Switch; das festhalten und das Grenzgerät nennen.
        Schwachpunkte: Regeln nur auf Adressen und Ports, wo das Protokoll tiefere Prüfung braucht, nicht einschaltbare Protokollierung erlaubten Verkehrs, Management-Schnittstelle von der unsicheren Seite erreichbar.
    .evidence =
        Konfigurationsansicht oder Export des Regelwerks
        Beispielhafte Protokolleinträge zu erlaubtem und blockiertem Verkehr

ndr-5-2-re-1 =
    .title = Standardmäßig verweigern, ausnahmsweise erlauben
    .question = Lässt sich dieses Netzwerkgerät so einstellen, dass es an der Grenze standardmäßig allen Verkehr sperrt und nur durchlässt, was eine Regel ausdrücklich erlaubt?
    .guidance =
        Prüfen: die Standardaktion des Regelwerks, ob sie auf Sperren gestellt werden kann, und ob Verkehr über eingebaute Ausnahmen durchgeht (Management, Erkennungsprotokolle, Routing).
        Erfüllt, wenn: eine Standard-Sperrrichtlinie einstellbar ist und für allen Verkehr gilt, sodass jeder erlaubte Datenfluss eine eigene Regel braucht.
        Kompensierend: für die Standardaktion selbst keine; die versteckten Ausnahmen festhalten und wie sie begrenzt werden.
        Schwachpunkte: eingebaute Erlaubnisregeln, die man nicht sieht oder entfernen kann, eine Werkseinstellung, die alles erlaubt, Regelwerke, die beim Update zurückgesetzt werden.
    .evidence =
        Regelwerk mit der Standard-Sperrregel
        Handbuchabschnitt zu eingebauten Regeln und Voreinstellungen

ndr-5-2-re-2 =
    .title = Inselbetrieb
    .question = Kann dieses Netzwerkgerät auf Befehl allen Verkehr über die Grenze unterbrechen (Inselbetrieb), etwa mit einem vorbereiteten Regelwerk, einem Schalteingang oder einer einzigen Aktion eines befugten Benutzers?
    .guidance =
        Prüfen: wie die Abschottung ausgelöst wird (Befehl, Digitaleingang, Taster, Managementkonsole), wer sie auslösen darf und wie das Gerät in den Normalbetrieb zurückkehrt.
        Erfüllt, wenn: das Gerät auf Anforderung schnell allen Grenzverkehr sperren kann, die Aktion auf befugte Benutzer beschränkt ist und aufgezeichnet wird.
        Kompensierend: ein vorbereitetes und getestetes Verfahren zum Laden eines Alles-sperren-Regelwerks, wenn es keine einzelne Aktion dafür gibt.
        Schwachpunkte: eine Abschottung, die auch den Managementzugang kappt, den man zum Rückgängigmachen braucht, Verkehrsarten, die die Abschottung vergisst.
    .evidence =
        Handbuchabschnitt zur Abschottung oder zum Inselbetrieb
        Nachweis eines Abschottungstests

ndr-5-2-re-3 =
    .title = Im Fehlerfall sperren (Fail Close)
    .question = Wenn dieses Netzwerkgerät ausfällt, die Versorgung verliert oder seine Filterung nicht mehr arbeitet, sperrt es dann den Verkehr über die Grenze, statt alles durchzulassen?
    .guidance =
        Prüfen: Verhalten bei Spannungsausfall, Absturz, Überlast und fehlgeschlagenem Update; Bypass-Relais oder Bypass-Modi; die nach einem Neustart geladene Konfiguration.
        Erfüllt, wenn: ein Ausfall der Grenzfunktion den Verkehr über die Grenze stoppt und der Lieferant dieses Verhalten dokumentiert.
        Kompensierend: ein zweites, in Reihe geschaltetes Filtergerät, das ebenfalls im Fehlerfall sperrt; wo ein vollständiger Stopp dem Prozess schadet, ein redundantes Paar statt eines Bypasses.
        Schwachpunkte: ab Werk eingeschalteter Hardware-Bypass, ein Neustart, der ein freizügiges Standardregelwerk lädt, Überlast, die die Filterung abschaltet.
    .evidence =
        Dokumentation des Lieferanten zum Ausfallverhalten
        Nachweis eines Ausfall- oder Spannungsausfalltests

ndr-5-3 =
    .title = Einschränkung allgemeiner Kommunikation zwischen Personen
    .question = Kann dieses Netzwerkgerät verhindern, dass E-Mail, Chat, Messenger und ähnlicher Verkehr von Person zu Person von außerhalb des Leitsystems in die geschützte Zone gelangt?
    .guidance =
        Die Version von CR 5.3 für Netzwerkgeräte.
        Prüfen: Regeln oder Anwendungsfilter, die Mail-, Instant-Messaging-, Social-Media- und Filesharing-Verkehr erkennen und sperren können, auch verschlüsselte Varianten.
        Erfüllt, wenn: das Gerät so eingestellt werden kann, dass solche Nachrichten die Zone nicht erreichen, und der Lieferant beschreibt, wie.
        Kompensierend: ein Mail- und Web-Gateway in der DMZ, das diese Aufgabe übernimmt, während das Grenzgerät nur dessen Verkehr zulässt.
        Nicht anwendbar bei einem Netzwerkgerät, das nicht für den Einsatz an einer Zonengrenze angeboten wird; das festhalten.
        Schwachpunkte: Sperren nur anhand bekannter Ports, Messaging über Webverbindungen, das als gewöhnlicher Webverkehr durchgeht.
    .evidence =
        Konfigurationsansicht der Anwendungs- oder Protokollfilter
        Handbuchabschnitt zum Sperren von Messaging-Verkehr

## FR 6 Rechtzeitige Reaktion auf Ereignisse (TRE)

fr-6 =
    .title = Rechtzeitige Reaktion auf Ereignisse (TRE)
    .description = Was die Komponente den Menschen und Werkzeugen bietet, die das Leitsystem überwachen: Ihre Audit-Einträge sind lesbar, für Personen und für Programme, und sie kann kontinuierlich überwacht werden, sodass Security-Ereignisse rechtzeitig bemerkt werden.

cr-6-1 =
    .title = Zugänglichkeit der Audit-Logs
    .question = Können befugte Personen und Werkzeuge die Audit-Einträge dieser Komponente lesen, ohne sie ändern zu können, etwa über eine Protokollansicht, eine Nur-Lese-Rolle oder einen Export?
    .guidance =
        Prüfen: wie das Protokoll angezeigt wird (lokale Anzeige, Webseite, Engineering-Werkzeug), welche Rolle zum Lesen nötig ist, und ob Lesen ohne Rechte zum Ändern oder Löschen möglich ist.
        Erfüllt, wenn: befugte Benutzer die Audit-Einträge in brauchbarer Form lesen können, mit Nur-Lese-Zugriff, der keine Änderungen erlaubt.
        Kompensierend: ein vom Lieferanten dokumentierter Export des Protokolls an einen geschützten Ort, wo es gelesen werden kann, bei Komponenten ohne Protokollansicht.
        Schwachpunkte: Protokolle, die nur der Lieferant entschlüsseln kann, Lesen nur mit dem Administratorkonto, Protokolle, die beim Neustart verloren gehen.
    .evidence =
        Bildschirmfoto der Protokollansicht mit einem Nur-Lese-Konto
        Handbuchabschnitt zum Zugriff auf das Audit-Log

cr-6-1-re-1 =
    .title = Programmgesteuerter Zugriff auf Audit-Logs
    .question = Können Werkzeuge wie ein Protokollserver oder SIEM die Audit-Einträge dieser Komponente automatisch abholen, über eine dokumentierte Schnittstelle wie Syslog, eine API oder übliche Ereignisweiterleitung?
    .guidance =
        Prüfen: die Schnittstellen des Produkts für Audit-Einträge (Syslog, SNMP, OPC-UA-Ereignisse, REST-API, Windows-Ereignisweiterleitung), ihre Formate und ob die Übertragung geschützt werden kann.
        Erfüllt, wenn: Programme die Audit-Einträge über eine dokumentierte Schnittstelle vollständig und in einem dokumentierten Format lesen oder empfangen können.
        Kompensierend: ein Werkzeug oder Skript des Lieferanten, das das Protokoll zeitgesteuert in ein Format exportiert, das der Kollektor liest.
        Schwachpunkte: nur manche Ereignisarten gesendet, Zeitstempel ohne Zeitzone, Syslog ohne Schutz oder mit Nachrichtenverlust unter Last.
    .evidence =
        Handbuchabschnitt mit Beschreibung von Protokollschnittstelle und Format
        Kollektor mit von der Komponente empfangenen Einträgen

cr-6-2 =
    .title = Kontinuierliche Überwachung
    .question = Lässt sich diese Komponente kontinuierlich auf Anzeichen von Angriffen überwachen, etwa indem sie ihre Security-Ereignisse und ihren Zustand an ein Überwachungssystem sendet, einen Spiegelport bietet oder einen freigegebenen Überwachungsagenten zulässt?
    .guidance =
        Prüfen: welche Security-Ereignisse und Zustandswerte das Produkt bereitstellt, über welche Schnittstellen, wie schnell, und was der Lieferant für passive Netzwerküberwachung oder Überwachungsagenten zulässt.
        Erfüllt, wenn: die Komponente eine lückenlose Überwachung mit branchenüblichen Methoden unterstützt, sodass Angriffe und Ausfälle ihrer Security-Funktionen zeitnah erkannt und gemeldet werden können.
        Kompensierend: Überwachung der Komponente vom Netz aus (passiver Sensor an einem Spiegelport), wo sie sich nicht selbst melden kann.
        Schwachpunkte: Ereignisse nur lokal gespeichert, Zustand nur auf Anfrage einer Person abrufbar, vom Lieferanten nicht unterstützte Überwachungsagenten.
    .evidence =
        Liste der Security-Ereignisse und Zustandswerte, die die Komponente bereitstellt
        Ansicht des Überwachungssystems mit Daten der Komponente
        Erklärung des Lieferanten zu freigegebenen Überwachungsmethoden

## FR 7 Verfügbarkeit der Ressourcen (RA)

fr-7 =
    .title = Verfügbarkeit der Ressourcen (RA)
    .description = Was die Komponente leisten kann, damit ihre wesentlichen Funktionen bei Angriffen und Überlast weiterlaufen, damit sie gesichert und in einen bekannten sicheren Zustand wiederhergestellt werden kann, und damit sie mit einer schlanken, dokumentierten Konfiguration läuft und meldet, woraus sie besteht. Die Notstromversorgung (CR 7.5) hat keine Anforderung an Komponenten und wird auf Systemebene mit IEC 62443-3-3 geprüft.

cr-7-1 =
    .title = Schutz vor Denial-of-Service
    .question = Hält diese Komponente ihre wesentlichen Funktionen (Steuern, Schützen, Vor-Ort-Bedienung) aufrecht, vielleicht in einem eingeschränkten Modus, wenn sie mit Netzwerkverkehr oder Anfragen überflutet wird, statt stehen zu bleiben?
    .guidance =
        Prüfen: Ergebnisse von Robustheitstests (Überflutung, fehlerhafter Verkehr), wie das Produkt wesentliche Funktionen von der Kommunikationslast trennt, und welchen eingeschränkten Modus der Lieferant beschreibt.
        Erfüllt, wenn: wesentliche Funktionen bei einem Denial-of-Service laut Tests weiterlaufen und das eingeschränkte Verhalten dokumentiert ist.
        Kompensierend: ein ratenbegrenzendes Grenzgerät vor der Komponente, vom Lieferanten als nötig dokumentiert.
        Schwachpunkte: Zykluszeiten, die unter Last wachsen, Kommunikationsstacks, die abstürzen und die Steuerungsaufgabe mitreißen, Webserver, die das Gerät einfrieren.
        Auch fragen: Welche Funktionen zählt der Lieferant bei diesem Produkt als wesentlich, und wurden sie unter Last getestet?
    .evidence =
        Robustheits- oder Lasttestbericht, z. B. aus einer Zertifizierungsprüfung
        Handbuchabschnitt zum Verhalten bei Überlast

# Unsicher: tests/reference nennt den Kurztitel „Limit the component's own traffic load“; dieser Text folgt unserer Lesart, dass es darum geht, dass Nachrichtenfluten die Komponente nicht erschöpfen. An der Norm prüfen.
cr-7-1-re-1 =
    .title = Steuerung der Kommunikationslast
    .question = Kann diese Komponente die Wirkung von Nachrichtenfluten auf sich selbst begrenzen, etwa mit Ratenbegrenzung, Prioritäten oder Kontingenten je Verbindung, sodass starker Verkehr wichtige Kommunikation nicht verdrängt?
    .guidance =
        Prüfen: Einstellungen für Ratenbegrenzung und Priorisierung, Grenzen für Verbindungen und Sitzungen, und wie sich die Komponente verhält, wenn sie erreicht werden.
        Erfüllt, wenn: die Komponente Mechanismen hat, die verhindern, dass Nachrichtenfluten sie erschöpfen, und diese dokumentiert und einstellbar sind.
        Kompensierend: Traffic Shaping oder Storm Control auf dem vorgeschalteten Netzwerkgerät.
        Schwachpunkte: keine Grenze für die Zahl der Verbindungen, Broadcast- oder Multicast-Stürme, die direkt zum Prozessor gelangen.
    .evidence =
        Konfigurationsansicht der Raten- oder Verbindungsgrenzen
        Lasttestbericht, der die Grenzen in Aktion zeigt

cr-7-2 =
    .title = Ressourcenverwaltung
    .question = Bleiben die Security-Funktionen dieser Komponente (Protokollierung, Scans, Verschlüsselung, Integritätsprüfungen) in Grenzen, sodass sie Prozessor, Speicher, Datenträger oder Bandbreite, die ihre Hauptfunktion braucht, nicht aufzehren können?
    .guidance =
        Prüfen: wie Security-Funktionen zeitlich geplant und begrenzt werden, Größe und Überlaufverhalten des Protokollspeichers, und Lastangaben des Lieferanten für Security-Funktionen.
        Erfüllt, wenn: der Ressourcenverbrauch der Security-Funktionen begrenzt und dokumentiert ist und die Komponente warnt, bevor Ressourcen ausgehen.
        Kompensierend: eine dokumentierte Konfiguration, die aufwendige Security-Aufgaben nur in geplanten Zeitfenstern ausführt.
        Schwachpunkte: volle Protokolle, die Gerät oder Anwendung anhalten, Scans, die Steuerungsaufgaben verlangsamen, Verschlüsselung, die alte Hardware überlastet.
    .evidence =
        Angaben des Lieferanten zum Ressourcenverbrauch der Security-Funktionen
        Einstellungen zu Protokollgröße, Überlaufaktion und Aufgabenplanung

cr-7-3 =
    .title = Sicherung des Leitsystems
    .question = Kann diese Komponente an der Sicherung des Leitsystems teilnehmen: Lassen sich ihre Programme, Konfiguration, Benutzer- und Security-Einstellungen sichern, ohne den Betrieb zu stören?
    .guidance =
        Prüfen: was die Sicherungsfunktion abdeckt (Programme, Konfiguration, Konten, Zertifikate, Schlüssel, Lizenzen), wie sie ausgelöst wird, und ob sie ohne Stopp läuft.
        Erfüllt, wenn: alle zur Wiederherstellung der Komponente nötigen Informationen im Normalbetrieb mit einer dokumentierten Methode gesichert werden können.
        Kompensierend: ein dokumentiertes manuelles Verfahren, das jeden Teil einzeln sichert, wo es keine einheitliche Sicherungsfunktion gibt.
        Schwachpunkte: Sicherungen ohne Konten, Schlüssel oder Lizenzen, Sicherungen, die einen Stopp der Komponente erfordern, Sicherungsdateien mit Passwörtern im Klartext.
    .evidence =
        Handbuchabschnitt zur Sicherung mit Liste der abgedeckten Inhalte
        Beispielhafte Sicherungsdatei oder Auftragsprotokoll

cr-7-3-re-1 =
    .title = Prüfung der Sicherung vor dem Einspielen
    .question = Lässt sich vor dem Einspielen einer Sicherung in diese Komponente ihre Integrität prüfen, sodass eine beschädigte oder manipulierte Sicherung erkannt und abgelehnt wird?
    .guidance =
        Prüfen: Prüfsummen oder Signaturen an Sicherungsdateien, und ob die Komponente oder ihr Werkzeug sie vor dem Wiederherstellen prüft.
        Erfüllt, wenn: die Integrität einer Sicherung vor dem Wiederherstellen geprüft wird und ein Fehlschlag die Wiederherstellung stoppt.
        Kompensierend: ein festgehaltener Vergleich des Hashwerts mit dem Wert, der beim Erstellen der Sicherung notiert wurde.
        Schwachpunkte: Sicherungen, die ohne jede Prüfung eingespielt werden, Prüfsummen, die zusammen mit der Sicherung liegen und mit ihr geändert werden können.
    .evidence =
        Handbuchabschnitt zur Integritätsprüfung von Sicherungen
        Testnachweis, dass eine veränderte Sicherung abgelehnt wird

cr-7-4 =
    .title = Wiederherstellung und Wiederaufbau des Leitsystems
    .question = Lässt sich diese Komponente nach einem Ausfall oder Angriff mit einem dokumentierten Verfahren in einen bekannten sicheren Zustand zurückbringen, mit allen Security-Einstellungen?
    .guidance =
        Prüfen: das Wiederherstellungsverfahren des Lieferanten, was die Komponente nach Neustart oder Wiederherstellung tut (sichere Voreinstellungen, gespeicherte Konfiguration), und ob Security-Einstellungen, Konten und Zertifikate zurückkommen.
        Erfüllt, wenn: die Komponente mit einem dokumentierten Verfahren in einen bekannten sicheren Zustand wiederhergestellt werden kann und danach nicht mit unsicheren Voreinstellungen startet.
        Kompensierend: ein bereitgehaltenes Ersatzgerät mit der freigegebenen Konfiguration, in festen Abständen mit der Baseline abgeglichen.
        Schwachpunkte: eine Wiederherstellung, die Standardpasswörter zurückbringt, nicht wiederherstellbare Lizenzen oder Schlüssel, Wiederherstellung nur mit Hilfe des Lieferanten möglich.
    .evidence =
        Wiederherstellungsverfahren aus dem Handbuch
        Nachweis eines Wiederherstellungstests und der danach geprüften Einstellungen

cr-7-6 =
    .title = Netzwerk- und Security-Konfigurationseinstellungen
    .question = Lassen sich die Netzwerk- und Security-Einstellungen dieser Komponente so konfigurieren, wie der Härtungsleitfaden des Lieferanten es empfiehlt, und lassen sich die aktuellen Einstellungen anzeigen?
    .guidance =
        Prüfen: den Härtungs- oder Security-Konfigurationsleitfaden des Lieferanten, ob jede empfohlene Einstellung tatsächlich möglich ist, und wie die aktuellen Einstellungen angezeigt werden.
        Erfüllt, wenn: die Komponente nach dokumentierten Empfehlungen konfiguriert werden kann und ihre aktuellen Netzwerk- und Security-Einstellungen einsehbar sind.
        Kompensierend: eine vom Lieferanten dokumentierte externe Maßnahme für eine Empfehlung, die das Produkt selbst nicht umsetzen kann.
        Schwachpunkte: kein Härtungsleitfaden, Einstellungen nur über ein verstecktes Servicemenü erreichbar, sichere Einstellungen nach einem Update verloren.
    .evidence =
        Härtungs- oder Security-Konfigurationsleitfaden des Lieferanten
        Bildschirmfoto oder Export der aktuellen Einstellungen

cr-7-6-re-1 =
    .title = Maschinenlesbare Ausgabe der Security-Einstellungen
    .question = Kann diese Komponente ihre aktuellen Security-Einstellungen in maschinenlesbarer Form ausgeben (z. B. XML, JSON, CSV oder über eine API), sodass Werkzeuge sie mit einer Baseline vergleichen können?
    .guidance =
        Prüfen: Export- und Abfragefunktionen für Einstellungen, Format und Vollständigkeit der Ausgabe, und ob die Security-Einstellungen enthalten sind.
        Erfüllt, wenn: die aktuellen Security-Einstellungen in einem strukturierten, dokumentierten Format abrufbar sind, das sich für einen automatischen Vergleich eignet.
        Kompensierend: ein Werkzeug des Lieferanten, das die Einstellungen über eine Standardschnittstelle wie SNMP oder eine API liest und in eine Datei schreibt.
        Schwachpunkte: Exporte nur als PDF oder Bildschirmfoto, Exporte ohne die Security-Einstellungen, Formate, die sich von Version zu Version ändern.
    .evidence =
        Beispielexport der aktuellen Einstellungen
        Beschreibung des Exportformats

cr-7-7 =
    .title = Minimale Funktionalität
    .question = Lassen sich nicht benötigte Funktionen, Ports, Protokolle und Dienste dieser Komponente abschalten oder einschränken, z. B. Webserver, FTP, Telnet, Debug-Dienste, ungenutzte Schnittstellen?
    .guidance =
        Prüfen: die Liste des Lieferanten mit Ports und Diensten und ihrem Zweck, welche abschaltbar sind, die Werkseinstellungen, und einen Portscan an einem Testgerät.
        Erfüllt, wenn: jede Funktion, jeder Port, jedes Protokoll und jeder Dienst abgeschaltet oder eingeschränkt werden kann, wenn er nicht gebraucht wird, und der Lieferant dokumentiert, wozu jeder dient.
        Kompensierend: Sperren nicht abschaltbarer Dienste auf Netzwerkebene, vom Lieferanten dokumentiert.
        Schwachpunkte: nicht abschaltbare Dienste, ab Werk aktive unnötige Dienste, bei einem Scan gefundene undokumentierte offene Ports.
    .evidence =
        Liste des Lieferanten mit Ports und Diensten und ihrem Zweck
        Portscan eines Testgeräts im Vergleich mit der Liste
        Konfigurationsansicht zum Ein- und Ausschalten von Diensten

cr-7-8 =
    .title = Inventar der Leitsystemkomponenten
    .question = Kann diese Komponente melden, woraus sie besteht, etwa Modell, Hardwarestand, Firmware- und Softwareversionen und installierte Module, sodass sie in ein automatisches Inventar aufgenommen werden kann?
    .guidance =
        Prüfen: die Identifikationsdaten, die das Produkt liefert (lokal, per Protokoll, SNMP, OPC UA oder API), ob sie installierte Softwareteile umfassen, und ob der Lieferant auch eine Software-Stückliste (SBOM) anbietet.
        Erfüllt, wenn: die Komponente ihre Identität, Versionen und installierten Teile über eine dokumentierte Schnittstelle meldet, die Inventarwerkzeuge lesen können.
        Kompensierend: ein dokumentiertes manuelles Ablesen derselben Daten, bei jeder Änderung im Inventar festgehalten.
        Schwachpunkte: Versionsangaben nur auf dem Typenschild, im Bericht fehlende Module und Plug-ins, keine SBOM für die Firmware.
    .evidence =
        Beispiel der von einem Inventarwerkzeug gelesenen Identifikationsdaten
        Software-Stückliste (SBOM) des Lieferanten
