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
