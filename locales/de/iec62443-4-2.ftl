### IEC 62443-4-2:2019 technische Security-Anforderungen an IACS-Komponenten: deutsche Texte für iacs-assess.
### Eigens für dieses Werkzeug geschrieben; dies ist nicht der Wortlaut der Norm. Kennungen und Kurztitel sind Fakten.
### Wird einmal je Komponente beantwortet (ein Produkt: SPS, Antrieb, HMI-Software, Switch, Firewall, Historian-Server ...),
### für das Produkt wie geliefert und installiert. Befragt wird der Ingenieur des Produktlieferanten oder der Ingenieur des
### Anlagenbetreibers oder Integrators, der ein Produkt mit Security-Handbuch, Zertifikat oder Lieferantenerklärung prüft.
### Die Fragen sprechen von „dieser Komponente“, „dem Gerät“ oder „der Software“ und fragen, was das Produkt KANN, nicht wie die Anlage es nutzt.
### Begriffe (Review 2026-12), geprüft von tests/terms.rs: Komponente; Softwareanwendung, Eingebettetes Gerät, Host-Gerät,
### Netzwerkgerät; Fähigkeits-Security-Level (SL-C); Produktlieferant; Anlagenbetreiber; Integrator; Allowlist, nie Whitelist
### oder Blacklist; Security (Angriffsschutz) ist nicht Safety (funktionale Sicherheit).

questionnaire =
    .title = IEC 62443-4-2 Security-Anforderungen an Komponenten
    .description = IEC 62443-4-2 beschreibt die Security-Fähigkeiten, die eine einzelne Komponente eines Leitsystems bieten muss, ob Softwareanwendung, Eingebettetes Gerät wie eine SPS oder ein Antrieb, Host-Gerät wie ein Server oder eine Engineering-Station oder Netzwerkgerät wie ein Switch oder eine Firewall. Sie beantworten den Fragebogen einmal für jede Komponente, für das Produkt wie geliefert; das Werkzeug fragt nur die Anforderungen ihres Typs ab: Jede ist erfüllt, nicht erfüllt, durch eine dokumentierte Gegenmaßnahme kompensiert oder nicht anwendbar. Aus den Antworten berechnet das Werkzeug für jede grundlegende Anforderung den Fähigkeits-Security-Level (SL-C) der Komponente: den höchsten Level, dessen Anforderungen alle erfüllt sind.

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
        Prüfen: ob das Produkt ein TPM, Secure Element oder Hardware-Sicherheitsmodul hat und welche Geheimnisse es tatsächlich dort ablegt.
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
