### IEC 62443-2-1:2024 Security-Programm des Anlagenbetreibers: deutsche Texte für iacs-assess.
### Eigens für dieses Werkzeug neu formuliert; dies ist nicht der Wortlaut der Norm. Kennungen und Kurztitel sind Fakten.
### Befragt wird der Anlagenbetreiber: OT-Security-Verantwortliche, Automatisierungsingenieure, IT, Management, Personalabteilung
### und Einkauf. Die Fragen sprechen von „Ihrer Anlage“, „Ihrem Standort“, „Ihrem Unternehmen“ und „Ihren Leitsystemen“.
### Begriffe (Review 2026-12), geprüft von tests/terms.rs: Allowlist und Application-Allowlisting, nie Whitelist oder Blacklist; Reifegrade ML1 Initial, ML2 Gesteuert, ML3 Definiert, ML4 Kontinuierlich verbessert.

questionnaire =
    .title = IEC 62443-2-1 Security-Programm des Anlagenbetreibers
    .description = IEC 62443-2-1 betrachtet das Security-Programm, das ein Anlagenbetreiber für seine industriellen Automatisierungs- und Steuerungssysteme (IACS) betreibt: Organisation und Personal, Konfiguration und Änderungen, Netzwerke und Fernzugriff, Komponenten, Daten, Benutzerzugang, Ereignisse und Vorfälle sowie Verfügbarkeit und Sicherungen. Jede Anforderung wird mit einem Reifegrad beantwortet, von ML1 (umgesetzt, aber ad hoc) bis ML4 (gemessen und verbessert), oder als nicht umgesetzt bzw. nicht anwendbar markiert. Die Ergebnisse werden je Element und je Security-Programmelement zusammengefasst und lassen sich so einem Zielprofil gegenüberstellen.

## Security-Programmelemente und Elemente

spe-1 =
    .title = Organisatorische Security-Maßnahmen
    .description = Wie Ihr Unternehmen die Security seiner Leitsysteme organisiert: Managementsystem und Richtlinien, Personal und Schulung, Lieferanten, Risiken und Überprüfungen sowie der physische Zugang zu den Geräten.

org-1 =
    .title = Security-bezogene Organisation und Richtlinien
    .description = Wer für OT-Security zuständig ist, welche Regeln gelten, wie Mitarbeitende überprüft und geschult werden und was Sie von Lieferanten und Dienstleistern verlangen, bei denen Sie einkaufen.

org-2 =
    .title = Security-Beurteilungen und -Überprüfungen
    .description = Wie Risiken beurteilt und behandelt werden, wie Schwachstellen und Auffälligkeiten gefunden werden, wie sichere Entwicklung und Unterstützung beschafft werden und wie das Security-Programm selbst überprüft wird.

org-3 =
    .title = Sicherheit des physischen Zugangs
    .description = Unbefugte von Leitwarten, Rechner- und Technikräumen, Schaltschränken und Feldgeräten fernhalten.

spe-2 =
    .title = Konfigurationsmanagement
    .description = Wissen, was installiert ist, wie es verbunden und wie es eingestellt ist, und jede Änderung unter Kontrolle halten.

cm-1 =
    .title = Inventar der IACS-Komponenten und Kommunikationsverbindungen
    .description = Das Asset-Inventar, die Netzwerkpläne, die freigegebenen Konfigurationseinstellungen und der Änderungsprozess für Hardware, Software und Netzwerkverbindungen Ihrer Leitsysteme.

spe-3 =
    .title = Netzwerk- und Kommunikationssicherheit
    .description = Wie die Netzwerke Ihrer Leitsysteme in Zonen aufgeteilt, vom Büronetz und von den Netzen sicherheitsgerichteter Systeme getrennt und über Funk- und Fernverbindungen erreicht werden.

net-1 =
    .title = Systemsegmentierung
    .description = Zonen und Conduits, Trennung von Unternehmensnetzen und Netzen sicherheitsgerichteter Systeme, Unabhängigkeit von externen Netzen, Kontrolle darüber, was angeschlossen werden darf, erreichbare Dienste, Nachrichtenübermittlung und Zeitquellen.

net-2 =
    .title = Sicherer drahtloser Zugang
    .description = Funkverbindungen in der Anlage: die verwendeten Protokolle, die Trennung von den kabelgebundenen Zonen sowie Namen und Adressen von Netzen und Geräten. Gibt es überhaupt keine Funktechnik, markieren Sie das Element mit dieser Begründung als nicht anwendbar.

net-3 =
    .title = Sicherer Fernzugriff
    .description = Fernzugriff durch eigenes Personal, Hersteller und Dienstleister: welche Werkzeuge erlaubt sind, wie jede Verbindung freigegeben und geschützt wird und wie Sitzungen beendet werden.

spe-4 =
    .title = Komponentensicherheit
    .description = Die einzelnen Geräte der Leitsysteme sicher halten: Härtung, Wechseldatenträger, Schutz vor Schadsoftware und Patches.

comp-1 =
    .title = Komponenten und Wechseldatenträger
    .description = Härtung von Arbeitsplatzrechnern, Servern, Steuerungen und Netzwerkgeräten sowie USB-Sticks und andere Wechseldatenträger, die ausschließlich für die Leitsysteme vorgehalten werden.

comp-2 =
    .title = Schutz vor Schadsoftware
    .description = Schadsoftware von den Leitsystemen fernhalten: neue Geräte und Dateien prüfen, Schutzsoftware einsetzen, wo sie passt, und diese Software samt ihren Updates vor der Installation validieren.

comp-3 =
    .title = Patch-Management
    .description = Echte Patches beschaffen, qualifizieren und installieren, den Patch-Stand jedes Assets kennen, die Härtung nach dem Patchen erhalten und absichern, was sich nicht patchen lässt.

spe-5 =
    .title = Schutz von Daten
    .description = Wissen, welche Daten der Leitsysteme schutzbedürftig sind, und sie schützen: Klassifizierung, Vertraulichkeit, Integrität, Aufbewahrung, Kryptografie und Schlüssel sowie der Konfigurationsmodus sicherheitsgerichteter Systeme.

data-1 =
    .title = Schutz von Daten
    .description = Daten wie Rezepte, Sollwerte, Zeichnungen, Sicherungen und Zugangsdaten klassifizieren und sie bei Speicherung, Übertragung, Aufbewahrung und Vernichtung schützen, einschließlich der Schlüssel, die sie schützen.

spe-6 =
    .title = Benutzerzugangskontrolle
    .description = Wer sich wo mit welchen Rechten anmelden darf und wie Konten, Passwörter und Sitzungen über alle Leitsysteme hinweg verwaltet werden.

user-1 =
    .title = Identifizierung und Authentifizierung
    .description = Konten für Personen, Softwaredienste und Geräte: Anlegen und Entfernen, Authentifizierung, Passwortregeln, Anmeldeverhalten, Sitzungen und Bildschirmsperren.

user-2 =
    .title = Autorisierung und Zugriffskontrolle
    .description = Was ein authentifizierter Benutzer tun darf: rollenbasierte Rechte, Funktionstrennung, Vier-Augen-Freigabe für kritische Aktionen und zeitweise Erhöhung von Berechtigungen.

spe-7 =
    .title = Ereignis- und Vorfallmanagement
    .description = Security-Ereignisse in den Leitsystemen bemerken, aufzeichnen, melden und analysieren sowie Vorfälle und Schwachstellen behandeln.

event-1 =
    .title = Ereignis- und Vorfallmanagement
    .description = Erkennung und Meldung von Security-Ereignissen, die Protokolle und wer sie lesen darf, Analyse von Ereignissen, Reaktion auf Vorfälle und Umgang mit Schwachstellen.

spe-8 =
    .title = Systemintegrität und -verfügbarkeit
    .description = Die Anlage am Laufen und wiederherstellbar halten: Notfallpläne, ausreichende Ressourcen, vorhersehbares Verhalten im Fehlerfall und Sicherungen, die sich wirklich zurückspielen lassen.

avail-1 =
    .title = Systemverfügbarkeit und bestimmungsgemäße Funktion
    .description = Kontinuitätsplanung für die Leitsysteme, Verwaltung von Ressourcen wie Kapazität und Ersatzteilen und Sicherstellen, dass Komponenten im Fehlerfall in einen definierten, sicheren Zustand gehen.

avail-2 =
    .title = Sicherung/Wiederherstellung/Archivierung
    .description = Sicherungen der Leitsysteme: was wie oft gesichert wird, ohne den Betrieb zu stören, geprüft, auf geeigneten Medien aufbewahrt und durch echte Wiederherstellungen belegt.

## ORG 1 Security-bezogene Organisation und Richtlinien

# ML3 = einmal für die Organisation festgelegt und nachweislich angewandt; nicht „alle Standorte“ (Review 2026-12)
org-1-1 =
    .title = Informationssicherheits-Managementsystem (ISMS)
    .question = Wird die Security Ihrer Leitsysteme als gesteuertes Programm betrieben, mit einer von der Leitung unterzeichneten Richtlinie, einem benannten Verantwortlichen, Zielen und einem Jahreszyklus, der die Anlage und nicht nur die Büro-IT abdeckt?
    .guidance =
        ML1: Es gibt OT-Security-Arbeit, getragen von wenigen engagierten Personen; kein schriftliches Programm deckt die Leitsysteme ab.
        ML2: Für diesen Standort gibt es eine schriftliche OT-Security-Richtlinie und ein Programm mit Verantwortlichem, Geltungsbereich und von der Leitung zugesagten Ressourcen.
        ML3: Das OT-Security-Programm ist einmal für die ganze Organisation festgelegt und in das ISMS des Unternehmens eingebunden; Protokolle von Überprüfungen und Managementsitzungen zeigen, dass es tatsächlich gelebt wird.
        ML4: Die Programmziele haben Kennzahlen (geschlossene Feststellungen, Schulungsabdeckung, Vorfälle), die verfolgt und zur Steuerung des Programms genutzt werden.
        Schwachpunkte: ein ISO-27001-Geltungsbereich, der die Anlage stillschweigend ausklammert; eine Richtlinie, die in der Produktion niemand gelesen hat.
        Auch fragen: Wer darf die Produktion aus Security-Gründen anhalten, und ist das schon einmal vorgekommen?
    .evidence =
        OT-Security-Richtlinie mit Unterschrift der Leitung und Datum
        Geltungsbereich des ISMS oder Security-Programms, der die Leitsysteme nennt
        Protokoll der letzten Managementbewertung, die OT-Security behandelt hat

# ML3 = einmal für die Organisation festgelegt und nachweislich angewandt; nicht „alle Standorte“ (Review 2026-12)
org-1-2 =
    .title = Zuverlässigkeitsüberprüfungen
    .question = Wird vor dem Zugang zu Ihren Leitsystemen (Neueinstellungen, Leiharbeitskräfte, Techniker von Fremdfirmen) der Hintergrund der Person geprüft, soweit das Recht es erlaubt, und wird dies bei sensiblen Rollen wiederholt?
    .guidance =
        ML1: Die Personalabteilung prüft manche Neueinstellungen; Leiharbeitskräften und Fremdfirmen wird vertraut.
        ML2: Eine schriftliche Regel nennt die Rollen mit Zugang zu den Leitsystemen und die jeweils nötigen Prüfungen; die Personalabteilung führt die Nachweise.
        ML3: Eine Prüfregel ist organisationsweit festgelegt und erreicht über Vertragsklauseln auch Fremdfirmen; Nachweise zeigen, dass die Prüfung vor der Zugangsvergabe erfolgt.
        ML4: Für kritische Rollen wird die Prüfung planmäßig wiederholt, und bei Audits gefundene Lücken führen zu Änderungen der Regel.
        Schwachpunkte: Leiharbeitskräfte, Stillstands- und Revisionsteams, Herstellertechniker, die am selben Tag anreisen.
        Auch fragen (Personalabteilung): Woher wissen Sie, welche Personen Zugang zu den Leitsystemen haben?
    .evidence =
        Prüfverfahren mit den Rollen und den jeweils nötigen Prüfungen
        Personalakte einer Neueinstellung in der Automatisierung, Prüfung vor der Kontoanlage datiert
        Vertragsklausel, die die Überprüfung von Fremdfirmenpersonal verlangt

org-1-3 =
    .title = Security-Rollen und -Verantwortlichkeiten
    .question = Wer ist für die Security Ihrer Leitsysteme verantwortlich, vom Werksleiter über das Schichtpersonal bis zu IT und Fremdfirmen, und ist das so festgehalten, dass jeder seinen Teil kennt?
    .guidance =
        ML1: „Security macht der Automatisierer“; Zuständigkeiten sind aus Gewohnheit bekannt und hängen an einzelnen Personen.
        ML2: Für diesen Standort gibt es eine schriftliche RACI-Matrix oder Rollenbeschreibung für OT-Security mit benannten Personen und Stellvertretern.
        ML3: Die Rollen sind unternehmensweit einheitlich festgelegt, decken die IT/OT-Grenze und Dienstleister ab, und Stellenbeschreibungen verweisen darauf.
        ML4: Abdeckung und Auslastung der Rollen werden nach Vorfällen und Audits überprüft, Änderungen werden nachverfolgt.
        Schwachpunkte: die Lücke zwischen IT und OT (wem gehört die Firewall dazwischen?); keine Vertretung im Urlaub.
        Auch fragen: Wer würde um 3 Uhr nachts entscheiden, das Anlagennetz vom Büronetz zu trennen?
    .evidence =
        RACI-Matrix oder Organigramm für OT-Security mit Namen und Stellvertretern
        Stellenbeschreibungen der OT-Security-Verantwortlichen und eines Automatisierungsingenieurs
        Vertragsanhang, der einem Dienstleister Security-Pflichten überträgt

# ML3 = einmal für die Organisation festgelegt und nachweislich angewandt; nicht „alle Standorte“ (Review 2026-12)
org-1-4 =
    .title = Security-Sensibilisierungsschulung
    .question = Erhalten alle, die an oder in der Nähe Ihrer Leitsysteme arbeiten (Bediener, Instandhaltung, Ingenieure, Fremdfirmen), eine Sensibilisierung mit Bezug zur Anlage: USB-Sticks, Phishing, Fernzugriff, Fremde in der Leitwarte?
    .guidance =
        ML1: Gelegentliche Vorträge oder Plakate; das E-Learning für das Büro gilt als ausreichend für die Anlage.
        ML2: Für diesen Standort gibt es ein OT-spezifisches Sensibilisierungsmodul; es wird dem Personal vermittelt und die Teilnahme dokumentiert.
        ML3: Die Schulung ist fester Bestandteil der Einarbeitung und der jährlichen Auffrischungen in der ganzen Organisation, Fremdfirmen eingeschlossen; Teilnahmenachweise zeigen, dass sie tatsächlich stattfindet.
        ML4: Die Wirkung wird gemessen (Phishing- oder USB-Tests, Meldungen von Mitarbeitenden) und der Inhalt anhand der Ergebnisse angepasst.
        Schwachpunkte: Schichtpersonal, das Präsenzschulungen verpasst; Fremdfirmen, die nur bei Stillständen vor Ort sind.
    .evidence =
        Schulungsunterlagen zur Sensibilisierung von Bedienern und Instandhaltung
        Teilnahme- oder Abschlussnachweise der letzten 12 Monate
        Sicherheitsunterweisung für Fremdfirmen, die Security behandelt

org-1-5 =
    .title = Schulung für Security-Aufgaben
    .question = Sind die Personen mit einer Security-Aufgabe (Automatisierungsingenieure, die PCs härten, IT-Personal, das die OT-Firewalls betreibt, die OT-Security-Verantwortlichen) dafür geschult, und wird ihre Kompetenz vor der Übernahme der Aufgabe geprüft?
    .guidance =
        ML1: Man lernt bei der Arbeit oder sucht sich selbst Herstellerkurse aus.
        ML2: Die nötige Schulung für jede Security-Rolle an diesem Standort ist festgelegt, und Schulungsnachweise belegen sie.
        ML3: Eine unternehmensweite Schulungsmatrix je Rolle, abgestimmt auf die festgelegten Rollen, wird geprüft, bevor jemand eine Security-Aufgabe übernimmt.
        ML4: Kompetenzen werden regelmäßig bewertet, und die Matrix wird anhand von Vorfällen, neuer Technik und Audit-Feststellungen aktualisiert.
        Schwachpunkte: der eine Experte ohne geschulte Vertretung; neue Werkzeuge (Monitoring-System, Jump-Server), die ohne Schulung gekauft wurden.
    .evidence =
        Schulungsmatrix je Security-Rolle
        Kursnachweise oder Zertifikate der OT-Security-Verantwortlichen und Firewall-Administratoren
        Kompetenzfreigabe, bevor ein neuer Administrator privilegierten Zugang erhielt

org-1-6 =
    .title = Sicherheit der Lieferkette
    .question = Legen Ihre Spezifikationen und Verträge Security-Anforderungen fest, wenn Sie Leitsystemprodukte kaufen oder Integratoren und Instandhaltungsfirmen beauftragen, und prüfen Sie, ob die Lieferanten sie erfüllen?
    .guidance =
        ML1: Ein Ingenieur spricht Security von Fall zu Fall an; der Einkauf hat keine Standardformulierungen.
        ML2: Standardklauseln und -spezifikationen zu Security (etwa mit Verweis auf IEC 62443-2-4, 4-1 oder 4-2) werden für die Beschaffungen dieses Standorts verwendet.
        ML3: Der Einkauf nutzt sie unternehmensweit, Lieferanten werden vor der Vergabe bewertet, und Nachweise belegen die Prüfungen.
        ML4: Die Security-Leistung der Lieferanten (Vorfälle, Audit-Ergebnisse) wird verfolgt und fließt in Lieferantenauswahl und Vertragsanpassungen ein.
        Schwachpunkte: Ersatzteile von Zwischenhändlern; Maschinenbauer, die Package-Units mit eigenen SPSen und Routern liefern.
        Auch fragen (Einkauf): Was würde Sie veranlassen, einen Lieferanten aus Security-Gründen abzulehnen?
    .evidence =
        Security-Klauseln in einer aktuellen Bestellung oder einem Dienstleistungsvertrag
        Security-Fragebogen oder Bewertungsergebnis eines Lieferanten
        Liste freigegebener Lieferanten mit ihrem Security-Status

## ORG 2 Security-Beurteilungen und -Überprüfungen

# ML3 = einmal für die Organisation festgelegt und nachweislich angewandt; nicht „alle Standorte“ (Review 2026-12)
org-2-1 =
    .title = Minderung von Security-Risiken
    .question = Haben Sie die Security-Risiken Ihrer Leitsysteme beurteilt, zum Beispiel Zone für Zone wie in IEC 62443-3-2, und gibt es einen Plan mit Verantwortlichen und Terminen, um jedes Risiko auf ein von der Leitung akzeptiertes Maß zu senken?
    .guidance =
        ML1: Über Risiken wird informell gesprochen; Maßnahmen werden aus Erfahrung gewählt.
        ML2: Es gibt eine dokumentierte Risikobeurteilung der Leitsysteme dieses Standorts mit einem von der Leitung genehmigten Behandlungsplan.
        ML3: Die Organisation hat eine dokumentierte Risikomethode, die nach größeren Änderungen und planmäßig wiederholt wird; Nachweise zeigen damit erstellte Beurteilungen und bis zum Abschluss verfolgte Maßnahmen.
        ML4: Restrisiko und Maßnahmenfortschritt werden mit Kennzahlen berichtet; die Methode wird anhand von Vorfällen und Erfahrungen verfeinert.
        Schwachpunkte: eine Risikobeurteilung, die einmal für ein Projekt erstellt und nie aktualisiert wurde; akzeptierte Risiken ohne Ablaufdatum.
    .evidence =
        Letzter Bericht zur Risikobeurteilung der Leitsysteme und seine Freigabe
        Risikobehandlungsplan mit Verantwortlichen und Fälligkeiten
        Von der Leitung unterzeichnete Risikoakzeptanz

org-2-2 =
    .title = Prozesse zur Erkennung von Security-Anomalien
    .question = Wie stellen Sie fest, dass in Ihren Leitsystemen etwas nicht stimmt (ein unbekanntes Gerät, eine unerwartete Verbindung, eine neue Schwachstelle, eine veränderte Einstellung), und sind Ihre Werkzeuge für eine laufende Anlage unbedenklich?
    .guidance =
        ML1: Anomalien werden zufällig entdeckt, wenn etwas ausfällt oder ein Hersteller es beiläufig erwähnt.
        ML2: Für diesen Standort gibt es geplante Prüfungen (passives Monitoring, Scans in Wartungsfenstern, Konfigurationsvergleiche) mit vereinbartem sicherem Einsatz.
        ML3: Ein unternehmensweiter Prozess legt fest, was wie oft mit welchen freigegebenen Werkzeugen geprüft wird; Ergebnisse werden dokumentiert und nachverfolgt.
        ML4: Abdeckung und Zeit bis zur Erkennung werden gemessen, und die Prüfungen werden anhand von Feststellungen und Vorfällen angepasst.
        Schwachpunkte: aktive Scans empfindlicher Steuerungen während der Produktion; Feststellungen in einem Bericht ohne Verantwortlichen.
        Auch fragen: Wann haben Sie zuletzt ein Gerät im OT-Netz gefunden, von dem niemand wusste?
    .evidence =
        Verfahren für Security-Prüfungen und Scans mit Freigabe und Sicherheitsbedingungen
        Bericht des letzten Schwachstellenscans oder der letzten Monitoring-Auswertung
        Liste gefundener Anomalien und wie jede geschlossen wurde

org-2-3 =
    .title = Sichere Entwicklung und Unterstützung
    .question = Verlangen Sie für Software und Logik Ihrer Anlage (SPS-Programme, HMI-Bilder, Skripte, Schnittstellen), ob intern oder extern erstellt, und für gekaufte Produkte eine sichere Entwicklung und Security-Unterstützung über den ganzen Lebenszyklus?
    .guidance =
        ML1: Eigene Logik und Skripte folgen persönlichen Gewohnheiten; niemand fragt Hersteller nach Security-Unterstützung.
        ML2: Dieser Standort hat Regeln für eigene Entwicklung (Reviews, Versionsverwaltung, keine fest codierten Passwörter) und Support-Bedingungen in Verträgen.
        ML3: Unternehmensweite Regeln gelten für eigene und beauftragte Entwicklung; Lieferanten weisen einen sicheren Lebenszyklus (z. B. IEC 62443-4-1) und Update-Zusagen nach.
        ML4: Später gefundene Schwächen werden analysiert, und die Regeln und Lieferantenanforderungen werden verbessert.
        Schwachpunkte: Makros und Python-Skripte auf Engineering-Stationen; Produkte nach Ende des Herstellersupports.
    .evidence =
        Engineering- oder Programmierrichtlinie für SPS- und HMI-Arbeiten mit Security-Regeln
        Nachweis eines Lieferanten über einen sicheren Entwicklungslebenszyklus
        Support- und Security-Update-Bedingungen in einem Produktvertrag

# ML3 = einmal für die Organisation festgelegt und nachweislich angewandt; nicht „alle Standorte“ (Review 2026-12)
org-2-4 =
    .title = Überprüfungen des Security-Programms (SP)
    .question = Wird Ihr OT-Security-Programm selbst in festen Abständen und nach wichtigen Ereignissen (Vorfall, neue Anlage, neue Vorschriften) von einer dazu befähigten Person überprüft, und werden die Ergebnisse umgesetzt?
    .guidance =
        ML1: Das Programm wird angesehen, wenn jemand fragt, typischerweise kurz vor einem externen Audit.
        ML2: Für diesen Standort gibt es einen Überprüfungsplan und eine Checkliste; Überprüfungen werden mit ihren Feststellungen dokumentiert.
        ML3: Ein organisationsweites Auditprogramm (interne Audits und, wo nötig, unabhängige Bewertungen) ist festgelegt; Auditberichte zeigen, dass es läuft, und Feststellungen werden bis zum Abschluss verfolgt.
        ML4: Überprüfungsergebnisse werden über die Jahre ausgewertet und zur Festlegung von Programmzielen genutzt; die Überprüfungsmethode selbst wird verbessert.
        Schwachpunkte: Überprüfungen durch die Person, die das Programm leitet; Feststellungen, die nur auf dem Papier geschlossen sind.
        Auch fragen: Was hat sich aufgrund der letzten Überprüfung am Programm geändert?
    .evidence =
        Überprüfungs- oder Auditplan des OT-Security-Programms
        Bericht der letzten Überprüfung mit ihren Feststellungen
        Maßnahmenliste, die geschlossene Feststellungen aus Überprüfungen zeigt

## ORG 3 Sicherheit des physischen Zugangs

# ML3 = einmal für die Organisation festgelegt und nachweislich angewandt; nicht „alle Standorte“ (Review 2026-12)
org-3-1 =
    .title = Physische Zugangskontrolle
    .question = Wer kann Ihre Leitwarte, Rechnerräume, Schaltschränke, Engineering-Stationen und Netzwerk-Switches physisch erreichen, und wie steuern und dokumentieren Sie diesen Zugang, auch für Besucher und Fremdfirmen?
    .guidance =
        ML1: Türen werden aus Gewohnheit abgeschlossen, Schlüssel gehen herum, und niemand weiß, wer drin war.
        ML2: Dieser Standort hat schriftliche Zutrittsregeln für Leitsystembereiche; Schlüssel- und Ausweislisten werden geführt, Besucher begleitet.
        ML3: Die Zutrittsregeln sind ein Standard der Organisation; Nachweise regelmäßiger Überprüfungen der Zutrittsrechte und kontrollierter Zutrittsprotokolle zeigen die Anwendung.
        ML4: Physische Zutrittsereignisse werden überwacht und ausgewertet; die Regeln ändern sich nach Vorfällen oder Tests wie Tailgating-Prüfungen.
        Schwachpunkte: abgesetzte Stationen und Feldschränke; offene Schaltschränke in der Anlage; Generalschlüssel bei Reinigungs- oder Facility-Personal.
    .evidence =
        Liste der Personen mit Zutritt zu Leitwarte und Rechnerräumen, mit Datum der letzten Prüfung
        Protokoll des Ausweissystems für einen Technikraum
        Besucherbuch mit Einträgen zur Begleitung

## CM 1 Inventar der IACS-Komponenten und Kommunikationsverbindungen

# ML3 = einmal für die Organisation festgelegt und nachweislich angewandt; nicht „alle Standorte“ (Review 2026-12)
cm-1-1 =
    .title = Baseline des Asset-Inventars
    .question = Haben Sie ein aktuelles Inventar aller Assets Ihrer Leitsysteme (SPSen, HMIs, Server, Engineering-Stationen, Netzwerkgeräte, Software- und Firmware-Versionen), und wie wird es aktuell gehalten?
    .guidance =
        ML1: Teillisten in Tabellen oder in den Köpfen einzelner; Firmware-Stände sind unbekannt.
        ML2: Ein dokumentiertes Inventar für diesen Standort führt Hardware, Software und Versionen, mit Verantwortlichem und Regel für die Pflege.
        ML3: Eine organisationsweit festgelegte Inventarmethode ist an das Änderungsmanagement gekoppelt; Nachweise zeigen den regelmäßigen Abgleich des Inventars mit dem Netz.
        ML4: Die Genauigkeit wird gemessen (gefundene gegenüber gelisteten Geräten), und Prozess oder Werkzeuge werden verbessert.
        Schwachpunkte: Package-Units von OEMs; Ersatzteile im Lager; virtuelle Maschinen; bei der Inbetriebnahme hinzugefügte Geräte.
        Auch fragen: Wählen Sie drei Geräte im Feld aus und suchen Sie sie im Inventar.
    .evidence =
        Export des Inventars mit Versionen und Verantwortlichen
        Ergebnis des letzten Abgleichs mit einer Netzwerkerkennung
        Änderungsdatensatz, der die Aktualisierung des Inventars zeigt

# ML3 = einmal für die Organisation festgelegt und nachweislich angewandt; nicht „alle Standorte“ (Review 2026-12)
cm-1-2 =
    .title = Infrastrukturpläne/-dokumentation
    .question = Gibt es aktuelle Pläne Ihrer Leitsystemnetze mit Geräten, Zonen, Firewalls, Fernzugriffswegen und Verbindungen zur IT und zu Externen, und werden sie geschützt und nach jeder Änderung aktualisiert?
    .guidance =
        ML1: Pläne aus dem ursprünglichen Projekt existieren, zeigen aber spätere Änderungen nicht.
        ML2: Netzwerkpläne für diesen Standort werden gepflegt, datiert, nur Berechtigten zugänglich gemacht und im Rahmen von Änderungen aktualisiert.
        ML3: Ein gemeinsamer Planstandard ist für die Organisation festgelegt, und Nachweise regelmäßiger Begehungen zeigen, dass Pläne mit der Realität verglichen werden.
        ML4: Die Genauigkeit der Pläne wird in Audits gemessen, und der Aktualisierungsprozess wird verbessert, wo Lücken wiederkehren.
        Schwachpunkte: „provisorische“ Verbindungen, Mobilfunkrouter in Schaltschränken, für alle zugängliche Pläne auf Netzlaufwerken.
    .evidence =
        Aktueller Netzwerkarchitekturplan mit Revisionsdatum
        Dokumentenlenkungsregel für Pläne (wer aktualisiert, wer sie einsehen darf)
        Änderungsdatensatz, der eine Planaktualisierung enthielt

cm-1-3 =
    .title = Konfigurationseinstellungen
    .question = Kennen und sichern Sie die freigegebenen Security-Einstellungen Ihrer Leitsystemgeräte (Firewall-Regeln, Switch-Einstellungen, Windows-Richtlinien, SPS-Schutzeinstellungen), und prüfen Sie, ob die Geräte noch damit übereinstimmen?
    .guidance =
        ML1: Die Einstellungen sind so, wie der Inbetriebnehmer sie hinterlassen hat; es gibt keine Baseline.
        ML2: Freigegebene Konfigurations-Baselines existieren für die wichtigsten Gerätetypen dieses Standorts und sind sicher abgelegt.
        ML3: Baselines werden unternehmensweit gepflegt, und Geräte werden planmäßig oder per Werkzeug damit verglichen; Abweichungen werden bearbeitet.
        ML4: Abweichungen werden gemessen, und Baselines oder Prozesse werden verbessert, um sie zu verringern.
        Schwachpunkte: SPS-Schlüsselschalter, die in der Programmierstellung bleiben; Firewall-Regeln, die für ein Projekt angelegt und nie entfernt wurden.
        Auch fragen: Wann wurde das OT-Firewall-Regelwerk zuletzt überprüft, und von wem?
    .evidence =
        Konfigurations-Baseline eines Arbeitsplatzrechners oder einer Firewall
        Bericht des letzten Vergleichs der Geräte mit den Baselines
        Nachweis einer gefundenen und korrigierten Abweichung

# ML3 = einmal für die Organisation festgelegt und nachweislich angewandt; nicht „alle Standorte“ (Review 2026-12)
cm-1-4 =
    .title = Änderungsmanagement
    .question = Wie werden Änderungen an Ihren Leitsystemen (neue Geräte, Software-Updates, Logikänderungen, Firewall-Regeln, neue Verbindungen) beantragt, auf Security-Auswirkungen geprüft, genehmigt und dokumentiert, bevor sie umgesetzt werden?
    .guidance =
        ML1: Ingenieure ändern nach Bedarf; manches wird nachträglich aufgeschrieben.
        ML2: Das MoC-Verfahren dieses Standorts enthält eine Security-Prüfung und Freigabe, und es gibt Nachweise.
        ML3: Ein Änderungsprozess ist für die ganze Organisation festgelegt, Fremdfirmen eingeschlossen; Änderungsnachweise zeigen, dass er befolgt wird und Notfalländerungen nachträglich geprüft werden.
        ML4: Änderungsdaten (fehlgeschlagene Änderungen, gefundene nicht genehmigte Änderungen) werden ausgewertet und der Prozess verbessert.
        Schwachpunkte: „kleine“ Änderungen außerhalb des MoC; Änderungen, die Hersteller per Fernzugriff vornehmen; nie dokumentierte Notfalländerungen.
        Auch fragen: Zeigen Sie mir die letzte Firewall-Änderung und ihre Freigabe.
    .evidence =
        Änderungs- oder MoC-Verfahren mit dem Schritt der Security-Prüfung
        Drei aktuelle Änderungsdatensätze mit Security-Freigabe
        Liste der Notfalländerungen mit ihrer nachträglichen Prüfung

## NET 1 Systemsegmentierung

# ML3 = einmal für die Organisation festgelegt und nachweislich angewandt; nicht „alle Standorte“ (Review 2026-12)
net-1-1 =
    .title = Segmentierung von Nicht-IACS-Zonen
    .question = Sind Ihre Leitsystemnetze vom Büronetz, vom Internet und anderen Nicht-IACS-Netzen getrennt, zum Beispiel durch Firewalls und eine DMZ, sodass nur benötigter und dokumentierter Verkehr passieren kann?
    .guidance =
        ML1: Eine gewisse Trennung besteht (ein Router, ein VLAN), aber ihre Regeln sind weit gefasst oder unbekannt.
        ML2: Ein Firewall- oder DMZ-Konzept für diesen Standort lässt nur dokumentierte Verbindungen zu, und die Regeln werden überprüft.
        ML3: Ein Segmentierungsstandard des Unternehmens ist festgelegt; Änderungsnachweise zeigen, dass neue Verbindungen über das Änderungsmanagement laufen, und die planmäßigen Regelprüfungen sind dokumentiert.
        ML4: Die Segmentierung wird getestet (Penetrationstests, Verkehrsüberwachung), und das Konzept wird anhand der Feststellungen verbessert.
        Schwachpunkte: PCs mit zwei Netzwerkkarten in beiden Netzen, „Any-Any“-Regeln, ein gemeinsames Active Directory, ein direkt aus dem Büro erreichbarer Historian.
    .evidence =
        Export des IT/OT-Firewall-Regelwerks mit geschäftlicher Begründung je Regel
        Segmentierungskonzept oder Referenzarchitektur
        Nachweis der letzten Überprüfung der Firewall-Regeln

net-1-2 =
    .title = Dokumentation der Zonen und ihrer Verbindungen
    .question = Haben Sie Ihre Zonen und die Conduits dazwischen festgelegt (welche Assets in welcher Zone liegen, was die Zonen verbindet, welcher Verkehr erlaubt ist), und ist diese Dokumentation aktuell?
    .guidance =
        ML1: Zonen existieren in den Köpfen, sind aber nicht aufgeschrieben.
        ML2: Ein Zonen- und Conduit-Modell für diesen Standort ist dokumentiert, mit den Assets jeder Zone und den erlaubten Verbindungen jedes Conduits.
        ML3: Das Modell folgt einer unternehmensweiten Methode (z. B. IEC 62443-3-2), wird bei Änderungen nachgeführt und mit dem realen Netz abgeglichen.
        ML4: Gefundene Abweichungen werden gezählt und genutzt, um die Pflege des Modells zu verbessern.
        Schwachpunkte: Conduits, die physisch bestehen, aber nicht auf dem Papier (serielle Verbindungen, Modems, USB-Übertragungen); benannte, aber nicht durchgesetzte Zonen.
    .evidence =
        Zonen- und Conduit-Diagramm mit den Zonen zugeordneten Assets
        Conduit-Liste mit erlaubten Protokollen und Richtungen
        Nachweis des letzten Abgleichs mit dem laufenden Netz

# ML3 = einmal für die Organisation festgelegt und nachweislich angewandt; nicht „alle Standorte“ (Review 2026-12)
net-1-3 =
    .title = Netzwerksegmentierung von sicherheitsgerichteten Systemen
    .question = Ist das Netz Ihres sicherheitsgerichteten Systems (SIS) vom Basis-Leitsystem und anderen Netzen getrennt, sodass ein Fehler oder Angriff dort die Sicherheitsfunktionen nicht beeinträchtigen kann?
    .guidance =
        ML1: SIS und Leitsystem teilen ein Netz; die Trennung wird aus dem Konzept des Herstellers angenommen.
        ML2: Die Trennung des SIS an diesem Standort ist geplant und dokumentiert, und nur die benötigte Kommunikation ist erlaubt.
        ML3: Ein Unternehmensstandard regelt die SIS-Trennung, und Nachweise von Prüfungen bei Änderungen und von Wiederholungsprüfungen zeigen, dass sie verifiziert wird.
        ML4: Die Trennung wird getestet, und gefundene Schwächen führen zu Verbesserungen des Konzepts.
        Schwachpunkte: die SIS-Engineering-Station im Leitsystemnetz; integrierte Leit- und Sicherheitssysteme; gemeinsam genutzte Switches.
        Auch fragen: Hat der Standort kein SIS, markieren Sie die Anforderung als nicht anwendbar und vermerken Sie das in der Notiz.
    .evidence =
        Netzwerkplan mit der SIS-Grenze und ihren Conduits
        Firewall- oder Gateway-Konfiguration zwischen SIS und Leitsystem
        Nachweis der letzten Security-Überprüfung des SIS

# ML3 = einmal für die Organisation festgelegt und nachweislich angewandt; nicht „alle Standorte“ (Review 2026-12)
net-1-4 =
    .title = Netzwerkautonomie
    .question = Können Ihre Leitsysteme sicher weiterlaufen, wenn die Verbindung zum Büronetz, zum Internet oder zu einem Cloud-Dienst ausfällt, oder hängen sie von externen Diensten wie Domänencontrollern des Unternehmens, DNS oder Lizenzservern ab?
    .guidance =
        ML1: Abhängigkeiten sind unbekannt; niemand hat den Betrieb ohne die externe Verbindung ausprobiert.
        ML2: Die Abhängigkeiten der Leitsysteme dieses Standorts von externen Netzen sind aufgelistet, und wesentliche Funktionen laufen nachweislich ohne sie.
        ML3: Unabhängigkeit von externen Netzen ist eine festgelegte Konzeptregel des Unternehmens; Änderungs- und Testnachweise zeigen, dass sie geprüft wird.
        ML4: Die Tests werden regelmäßig wiederholt, und jede gefundene Abhängigkeit wird beseitigt oder abgemildert.
        Schwachpunkte: Lizenzserver in der IT, Zeit aus dem Internet, ein entfernter Historian, der für die Chargenfreigabe gebraucht wird.
    .evidence =
        Liste der Abhängigkeiten der Leitsysteme von externen Netzen
        Bericht eines Testlaufs mit getrennter IT/OT-Verbindung
        Konzeptregel oder Standard, der Autonomie verlangt

# ML3 = einmal für die Organisation festgelegt und nachweislich angewandt; nicht „alle Standorte“ (Review 2026-12)
net-1-5 =
    .title = Trennung von externen Netzen
    .question = Wenn sich ein Angriff im Büronetz ausbreitet oder aus dem Internet kommt: Können Sie Ihre Leitsysteme schnell von externen Netzen trennen, ist klar, wer entscheidet und wie, und wurde es erprobt?
    .guidance =
        ML1: Jemand könnte ein Kabel ziehen, aber es gibt keinen Plan.
        ML2: Ein schriftliches Trennverfahren für diesen Standort nennt, wer entscheidet, wo getrennt wird und was dann nicht mehr funktioniert.
        ML3: Das Verfahren ist Teil der festgelegten Vorfallreaktion der Organisation und wurde geübt; die Übungsergebnisse sind dokumentiert.
        ML4: Übungsergebnisse (Zeit bis zur Trennung, Nebenwirkungen) werden gemessen, und das Verfahren wird verbessert.
        Schwachpunkte: versteckte Verbindungen (Herstellermodems, Mobilfunkrouter), die das Verfahren übersieht; Angst, die Produktion anzuhalten.
    .evidence =
        Trennverfahren mit Entscheidungsbefugnis
        Nachweis der letzten Trennübung oder des letzten Tests
        Plan mit den markierten Trennstellen

# ML3 = einmal für die Organisation festgelegt und nachweislich angewandt; nicht „alle Standorte“ (Review 2026-12)
net-1-6 =
    .title = Interne Netzwerkzugangskontrolle
    .question = Wie verhindern Sie, dass unbekannte Geräte, etwa der Laptop einer Fremdfirma, an Ihre Leitsystemnetze angeschlossen werden, und wie begrenzen Sie, was angeschlossene Geräte darin erreichen können?
    .guidance =
        ML1: Jeder mit einem Kabel kann sich verbinden; ungenutzte Switch-Ports sind aktiv.
        ML2: An diesem Standort sind ungenutzte Ports deaktiviert, Port-Security oder NAC wird wo möglich genutzt, neue Anschlüsse brauchen eine Freigabe.
        ML3: Eine Unternehmensregel für den Anschluss von Geräten ist festgelegt; protokollierte Verbindungsversuche werden ausgewertet, Verkehr zwischen Zonen ist eingeschränkt, und Nachweise belegen es.
        ML4: Die Wirksamkeit wird getestet (z. B. mit einem Testgerät), und die Maßnahmen werden verbessert.
        Schwachpunkte: Switches in Feldschränken, Serviceschnittstellen an Steuerungen, gemeinsam genutzte Engineering-Laptops.
    .evidence =
        Switch-Konfiguration mit deaktivierten Ports und Port-Security
        Verfahren zum Anschluss eines neuen Geräts an das OT-Netz
        Protokoll blockierter oder erkannter unbekannter Geräte

# ML3 = einmal für die Organisation festgelegt und nachweislich angewandt; nicht „alle Standorte“ (Review 2026-12)
net-1-7 =
    .title = Über das Netzwerk erreichbare Dienste
    .question = Sind die Netzwerkdienste auf Ihren Leitsystemgeräten (Dateifreigaben, Webserver, Remotedesktop, Telnet, FTP, SNMP) auf das wirklich Nötige beschränkt und der Rest abgeschaltet?
    .guidance =
        ML1: Geräte laufen mit Herstellervorgaben; niemand weiß, welche Dienste offen sind.
        ML2: Die benötigten Dienste sind für diesen Standort je Gerätetyp dokumentiert, die übrigen deaktiviert.
        ML3: Ein Härtungsstandard des Unternehmens listet erlaubte Dienste, und dokumentierte Scans oder Konfigurationsprüfungen bestätigen seine Anwendung.
        ML4: Die Prüfergebnisse werden verfolgt, und die Liste erlaubter Dienste wird mit der Zeit enger gefasst.
        Schwachpunkte: in SPSen und Switches eingebaute Webserver, SMBv1 auf alten HMIs, Diagnoseports der Hersteller.
    .evidence =
        Liste erlaubter Dienste und Ports je Gerätetyp
        Portscan oder Konfigurationsprüfung einer Stichprobe von Geräten
        Nachweis deaktivierter Dienste

# ML3 = einmal für die Organisation festgelegt und nachweislich angewandt; nicht „alle Standorte“ (Review 2026-12)
net-1-8 =
    .title = Nachrichtenübermittlung für Benutzer
    .question = Können Personen an den PCs und Bedienstationen Ihrer Leitsysteme E-Mails, Chat, soziale Medien oder andere persönliche Nachrichten senden oder empfangen, und falls ja, wie ist das eingeschränkt oder geschützt?
    .guidance =
        ML1: Bediener nutzen E-Mail, Chat oder Webmail auf HMIs und Engineering-Stationen nach Belieben.
        ML2: Eine Regel dieses Standorts verbietet oder begrenzt Nachrichtendienste auf Leitsystemgeräten, Ausnahmen sind dokumentiert.
        ML3: Die Regel ist einmal für die Organisation festgelegt und wird technisch durchgesetzt (keine Clients installiert, Mail und Chat an der OT-Firewall gesperrt); Firewall-Nachweise zeigen, dass die Sperre wirkt.
        ML4: Die Einhaltung wird geprüft (Scans, Proxy- oder Firewall-Protokolle), und die Regel wird angepasst.
        Schwachpunkte: Webbrowser auf HMIs; Handys, die an PC-Anschlüssen geladen werden; ein Leitwarten-PC für alles.
    .evidence =
        Regel zur Nutzung von E-Mail, Chat und Web auf Leitsystemgeräten
        Firewall-Regeln, die Mail- und Chat-Verkehr in OT-Zonen sperren
        Softwareliste einer Bedienstation ohne Mail- oder Chat-Client

net-1-9 =
    .title = Zeitverteilung im Netzwerk
    .question = Woher beziehen Ihre Leitsysteme ihre Uhrzeit, und ist diese Quelle zuverlässig und geschützt, sodass man Protokollen, Alarmen und Ereignisfolgen (SOE) vertrauen kann?
    .guidance =
        ML1: Geräte führen ihre eigenen Uhren oder nutzen irgendeinen gefundenen Zeitserver.
        ML2: Eine festgelegte Zeitquelle für die Leitsysteme dieses Standorts ist dokumentiert, und die Geräte sind darauf eingestellt.
        ML3: Ein unternehmensweites Zeitkonzept mit geschützten Quellen (z. B. GPS-Uhr im OT-Netz, authentifiziertes NTP oder PTP) ist umgesetzt und wird geprüft.
        ML4: Zeitabweichungen werden überwacht, und das Konzept wird bei Problemen verbessert.
        Schwachpunkte: Zeit aus dem Internet durch die Firewall; nicht synchronisierte SPSen; Lücken in Protokollen bei der Zeitumstellung.
    .evidence =
        Konzept oder Plan der Zeitverteilung
        NTP- oder PTP-Einstellungen eines Servers und einer Steuerung
        Überwachung der Zeitabweichung oder Synchronisationsalarme

## NET 2 Sicherer drahtloser Zugang

# ML3 = einmal für die Organisation festgelegt und nachweislich angewandt; nicht „alle Standorte“ (Review 2026-12)
net-2-1 =
    .title = Funkprotokolle
    .question = Welche Funktechniken werden in Ihrer Anlage genutzt (WLAN, WirelessHART, ISA100, Bluetooth, Mobilfunk), und sind sie mit starker Authentifizierung und Verschlüsselung nach heutigem Stand eingerichtet?
    .guidance =
        ML1: Jedes Projekt hat Funk mit eigenen Einstellungen installiert; offene oder WEP-Netze können noch existieren.
        ML2: Freigegebene Funkprotokolle und Security-Einstellungen sind für diesen Standort dokumentiert und umgesetzt.
        ML3: Ein Funkstandard des Unternehmens ist festgelegt, und Berichte regelmäßiger Funkmessungen zeigen, dass Einstellungen geprüft und fremde Access Points gesucht werden.
        ML4: Die Messergebnisse werden verfolgt, und der Standard wird aktualisiert, wenn Protokolle veralten.
        Schwachpunkte: von Herstellern installierte Access Points, Mobilfunkrouter für die Fernüberwachung, Bluetooth an Handgeräten.
    .evidence =
        Funkstandard mit erlaubten Protokollen und Einstellungen
        Konfigurationsexport eines Access Points oder Funk-Gateways der Anlage
        Bericht der letzten Funkmessung

# ML3 = einmal für die Organisation festgelegt und nachweislich angewandt; nicht „alle Standorte“ (Review 2026-12)
net-2-2 =
    .title = Segmentierung von Funknetzen
    .question = Liegen die Funknetze Ihrer Anlage in eigenen Zonen und sind durch eine Firewall oder ein ähnliches Gerät von den kabelgebundenen Leitsystemnetzen getrennt, statt direkt hineingebrückt zu sein?
    .guidance =
        ML1: Access Points sind direkt an das Leitsystemnetz angeschlossen.
        ML2: Die Funknetze dieses Standorts sind eigene Zonen mit kontrollierten Conduits zu den kabelgebundenen Leitsystemen.
        ML3: Dies ist eine festgelegte Konzeptregel des Unternehmens, und Änderungsnachweise zeigen, dass sie bei jeder Änderung geprüft wird.
        ML4: Die Trennung wird getestet und anhand der Feststellungen verbessert.
        Schwachpunkte: Gäste-WLAN auf derselben Hardware wie OT-Funk; Gateways für Funksensoren, die direkt im SPS-Netz hängen.
    .evidence =
        Plan mit Funkzonen und ihren Conduits
        Firewall-Regeln zwischen Funk- und kabelgebundenen Zonen
        Änderungsdatensatz einer aktuellen Funkinstallation

# ML3 = einmal für die Organisation festgelegt und nachweislich angewandt; nicht „alle Standorte“ (Review 2026-12)
net-2-3 =
    .title = Eigenschaften und Adressen von Funknetzen
    .question = Vermeiden die Namen (SSIDs) und Adressen Ihrer Funknetze und -geräte, einem Außenstehenden zu verraten, was sie steuern, und werden Adressen kontrolliert vergeben und dokumentiert?
    .guidance =
        ML1: SSIDs wie „Kessel_SPS“ oder der Firmenname; Adressen von irgendeinem gerade verfügbaren DHCP-Server.
        ML2: Dieser Standort hat Benennungs- und Adressierungsregeln für Funk, und sie werden angewandt.
        ML3: Die Regeln sind Teil des festgelegten Funkstandards des Unternehmens, und Messberichte zeigen, dass sie geprüft werden.
        ML4: Feststellungen aus Messungen werden verfolgt, und die Regeln werden verbessert.
        Schwachpunkte: Standard-SSIDs auf Herstellergeräten; nicht dokumentierte Geräteadressen, die fremde Geräte schwer erkennbar machen.
    .evidence =
        Benennungs- und Adressierungsregel für Funknetze
        Liste der SSIDs und Geräteadressen aus einer Funkmessung
        Access-Point-Konfiguration mit SSID und Adressierung

## NET 3 Sicherer Fernzugriff

# ML3 = einmal für die Organisation festgelegt und nachweislich angewandt; nicht „alle Standorte“ (Review 2026-12)
net-3-1 =
    .title = Anwendungen für den Fernzugriff
    .question = Welche Werkzeuge dürfen für den Fernzugriff auf Ihre Leitsysteme genutzt werden (Jump-Server, Herstellerportal, VPN-Clients, Fernwartungsprogramme), und gibt es eine Freigabeliste, bei der alles andere gesperrt ist?
    .guidance =
        ML1: Jeder Hersteller bringt sein eigenes Werkzeug mit; niemand hat die vollständige Liste.
        ML2: Die freigegebenen Fernzugriffswerkzeuge dieses Standorts sind mit Einrichtungsanleitung gelistet, andere sind gesperrt.
        ML3: Eine Freigabeliste ist für die Organisation festgelegt und durch technische Sperren abgesichert; Nachweise regelmäßiger Suchen nach nicht freigegebenen Werkzeugen zeigen die Durchsetzung.
        ML4: Nutzung und Vorfälle werden ausgewertet, und die Liste und Konfigurationen werden verbessert.
        Schwachpunkte: von Herstellern „für den Support“ installierte Fernwartungsprogramme; Mobilfunkmodems, die die Firewall umgehen.
    .evidence =
        Liste freigegebener Fernzugriffswerkzeuge
        Firewall- oder Application-Control-Regeln, die andere Werkzeuge sperren
        Scanergebnis der Suche nach nicht freigegebener Fernzugriffssoftware

# ML3 = einmal für die Organisation festgelegt und nachweislich angewandt; nicht „alle Standorte“ (Review 2026-12)
net-3-2 =
    .title = Fernzugriffsverbindungen
    .question = Wie wird jede Fernverbindung in Ihre Leitsysteme freigegeben, authentifiziert (etwa mit MFA), auf die nötigen Systeme begrenzt und überwacht, für eigene Ingenieure im Homeoffice ebenso wie für Hersteller?
    .guidance =
        ML1: Fernzugriffsbenutzer haben jederzeit dauerhaften Zugang.
        ML2: Der Fernzugriff an diesem Standort läuft über einen festgelegten Weg mit persönlichen Konten, MFA und Freigabe je Sitzung oder je Benutzer.
        ML3: Die Maßnahmen sind ein organisationsweiter Standard; Sitzungsprotokolle werden ausgewertet, und Nachweise zeigen, dass Herstellerzugänge nur auf Anfrage freigeschaltet werden.
        ML4: Die Nutzung des Fernzugriffs wird ausgewertet (wie oft, wie lange, Auffälligkeiten), und die Maßnahmen werden verbessert.
        Schwachpunkte: gemeinsam genutzte Herstellerkonten, dauerhaft aktive VPNs, Zugänge, die das ganze OT-Netz statt eines Systems erreichen.
    .evidence =
        Fernzugriffsverfahren mit Freigabeschritt
        Freigabe und Sitzungsprotokoll einer aktuellen Herstellersitzung
        MFA-Einstellungen am Fernzugriffs-Gateway

# ML3 = einmal für die Organisation festgelegt und nachweislich angewandt; nicht „alle Standorte“ (Review 2026-12)
net-3-3 =
    .title = Beenden von Fernzugriffen
    .question = Kann Ihr Personal eine Fernsitzung in die Leitsysteme bei Bedarf sofort beenden, und enden Sitzungen von selbst, wenn die Arbeit erledigt ist oder nach einer Zeit der Inaktivität?
    .guidance =
        ML1: Sitzungen laufen, bis der entfernte Benutzer sie schließt.
        ML2: An diesem Standort können Bediener oder Administratoren Sitzungen beenden, und Leerlauf- und Höchstdauer von Sitzungen sind eingestellt.
        ML3: Beenden und Zeitlimits sind Teil des Fernzugriffsstandards des Unternehmens; das Schichtpersonal weiß, wie man eine Sitzung beendet, und Testnachweise zeigen, dass es funktioniert.
        ML4: Sitzungsdaten werden ausgewertet, und Zeitlimits oder Verfahren werden verbessert.
        Schwachpunkte: Herstellersitzungen, die über Nacht offen bleiben; niemand in der Schicht weiß, wie man eine Sitzung trennt.
    .evidence =
        Zeitlimit-Einstellungen des Fernzugriffs-Gateways
        Anweisung für Bediener zum Beenden einer Fernsitzung
        Protokoll einer durch Zeitlimit oder Bediener beendeten Sitzung

## COMP 1 Komponenten und Wechseldatenträger

# ML3 = einmal für die Organisation festgelegt und nachweislich angewandt; nicht „alle Standorte“ (Review 2026-12)
comp-1-1 =
    .title = Härtung von Komponenten
    .question = Werden Ihre Leitsystemkomponenten (Server, Arbeitsplatzrechner, Bedienstationen, Netzwerkgeräte, Steuerungen) vor dem Einsatz gehärtet, mit entfernten oder deaktivierten überflüssigen Programmen, Konten, Ports und Funktionen gemäß Herstellerempfehlung?
    .guidance =
        ML1: Geräte gehen im Lieferzustand in Betrieb.
        ML2: Härtungsanleitungen je Gerätetyp existieren für diesen Standort und werden bei der Installation angewandt; Nachweise belegen es.
        ML3: Ein Härtungsstandard des Unternehmens ist festgelegt, und vor der Übergabe dokumentierte Checklisten oder Scans zeigen seine Anwendung.
        ML4: Die Einhaltung des Standards wird gemessen, und der Standard wird verbessert.
        Schwachpunkte: Altsysteme, die „nicht angefasst werden dürfen“, Service-Laptops von Herstellern, Ersatzgeräte aus dem Lager.
    .evidence =
        Härtungsanleitung oder Checkliste für einen Gerätetyp
        Ausgefüllte Checkliste für ein kürzlich installiertes Gerät
        Compliance-Scan eines Arbeitsplatzrechners gegen seine Baseline

# ML3 = einmal für die Organisation festgelegt und nachweislich angewandt; nicht „alle Standorte“ (Review 2026-12)
comp-1-2 =
    .title = Dedizierte Wechseldatenträger
    .question = Werden USB-Sticks, externe Laufwerke und andere Wechseldatenträger für Ihre Leitsysteme ausschließlich dafür verwendet, und wie prüfen Sie Datenträger von außen, etwa von einem Hersteller?
    .guidance =
        ML1: Jeder beliebige USB-Stick wird verwendet, auch private.
        ML2: Für die Leitsysteme dieses Standorts werden eigene, gekennzeichnete Datenträger ausgegeben; fremde Datenträger laufen zuerst über eine Prüfstation.
        ML3: Die Regel ist ein organisationsweiter Standard, USB-Schnittstellen werden technisch kontrolliert, und Datenträgerprotokolle zeigen, dass sie befolgt wird.
        ML4: Vorfälle mit Datenträgern und Prüfergebnisse werden ausgewertet und die Maßnahmen verbessert.
        Schwachpunkte: Hersteller, die eigene Sticks mitbringen; offene USB-Schnittstellen an HMIs; Handys, die an PC-Anschlüssen geladen werden.
    .evidence =
        Regel für Wechseldatenträger und Verzeichnis ausgegebener Datenträger
        Protokoll der Prüfstation für eingehende Datenträger
        USB-Kontrolleinstellungen eines Arbeitsplatzrechners

## COMP 2 Schutz vor Schadsoftware

# ML3 = einmal für die Organisation festgelegt und nachweislich angewandt; nicht „alle Standorte“ (Review 2026-12)
comp-2-1 =
    .title = Frei von Schadsoftware
    .question = Wie stellen Sie sicher, dass neue oder reparierte Geräte, Software und Dateien keine bekannte Schadsoftware enthalten, bevor sie in Ihre Leitsysteme gelangen?
    .guidance =
        ML1: Neuen Geräten wird im Lieferzustand vertraut.
        ML2: An diesem Standort werden neue Geräte, Installationspakete und Dateien vor der Nutzung gescannt oder geprüft, und es gibt Nachweise.
        ML3: Die Prüfung ist ein festgelegter Schritt in Inbetriebnahme und Änderungsprozess des Unternehmens und wird von Lieferanten vertraglich verlangt; Nachweise zeigen ihre Durchführung.
        ML4: Funde werden ausgewertet und die Prüfungen verbessert.
        Schwachpunkte: Laptops von Inbetriebnehmern, von Webseiten geladene Firmware, Geräte zurück aus der Reparatur.
    .evidence =
        Verfahren zur Prüfung neuer Geräte und Dateien auf Schadsoftware
        Scannachweis einer aktuellen Lieferung oder Softwareinstallation
        Erklärung des Lieferanten, dass gelieferte Geräte geprüft wurden

# ML3 = einmal für die Organisation festgelegt und nachweislich angewandt; nicht „alle Standorte“ (Review 2026-12)
comp-2-2 =
    .title = Schutz vor Schadsoftware
    .question = Was schützt die PCs und Server Ihrer Leitsysteme vor Schadsoftware (Virenschutz, Application-Allowlisting oder andere Mittel), und was tun Sie stattdessen, wo solche Software nicht laufen kann?
    .guidance =
        ML1: Manche Rechner haben Virenschutz, andere nicht, und niemand weiß, welche.
        ML2: Für diesen Standort ist je Gerätetyp eine Schutzmethode festgelegt und installiert; Ausnahmen haben andere Maßnahmen.
        ML3: Ein Unternehmensstandard legt den Schutz je Gerätetyp fest; der Schutzstatus wird überwacht, und Nachweise zeigen, dass auf Alarme reagiert wird.
        ML4: Funde und Abdeckung werden gemessen, und der Schutz wird verbessert.
        Schwachpunkte: alte Windows-Systeme ohne Herstellersupport; installierter Schutz mit monatealten Signaturen.
    .evidence =
        Statusbericht des Schadsoftwareschutzes über alle Leitsystemrechner
        Liste der Ausnahmen mit ihren anderen Maßnahmen
        Ein aktueller Schadsoftware-Alarm und seine Nachverfolgung

# ML3 = einmal für die Organisation festgelegt und nachweislich angewandt; nicht „alle Standorte“ (Review 2026-12)
comp-2-3 =
    .title = Validierung und Installation von Anti-Malware-Software
    .question = Prüfen Sie vor der Installation von Anti-Malware-Software oder Signatur-Updates auf Ihren Leitsystemen, ob sie echt und verträglich sind, zum Beispiel anhand der Freigabe des Leitsystemherstellers oder auf einem Testsystem?
    .guidance =
        ML1: Updates werden automatisch eingespielt oder dann, wenn jemand daran denkt.
        ML2: An diesem Standort werden Updates mit der Freigabe des Leitsystemherstellers abgeglichen und auf festgelegte Weise installiert.
        ML3: Ein Unternehmensprozess zur Validierung und Verteilung von Updates (z. B. Update-Server in der OT-DMZ) ist festgelegt, und seine Nachweise zeigen, dass Updates über ihn laufen.
        ML4: Update-Fehler und -Verzögerungen werden gemessen und der Prozess verbessert.
        Schwachpunkte: direkt aus dem Internet geladene Signaturen; Updates, die Dateien des Leitsystems in Quarantäne verschieben.
    .evidence =
        Verträglichkeitserklärung des Herstellers für Anti-Malware und Signaturen
        Test- oder Freigabenachweis eines aktuellen Updates
        Konfiguration des Update-Servers in der OT-DMZ

## COMP 3 Patch-Management

# ML3 = einmal für die Organisation festgelegt und nachweislich angewandt; nicht „alle Standorte“ (Review 2026-12)
comp-3-1 =
    .title = Authentizität/Integrität von Security-Patches
    .question = Wie stellen Sie sicher, dass Security-Patches und Firmware für Ihre Leitsysteme echt und unverändert sind, zum Beispiel durch Bezug aus der offiziellen Quelle des Herstellers mit geprüfter Signatur oder Prüfsumme?
    .guidance =
        ML1: Patches werden von irgendwo heruntergeladen, wo sie sich finden lassen.
        ML2: An diesem Standort kommen Patches nur aus offiziellen Quellen, und ihre Prüfsummen oder Signaturen werden geprüft.
        ML3: Die Prüfung ist ein festgelegter Schritt des Patch-Prozesses des Unternehmens und wird bei jeder Durchführung dokumentiert.
        ML4: Der Prozess wird überprüft und verbessert, zum Beispiel nach Warnungen zur Lieferkette.
        Schwachpunkte: Firmware aus Foren, per E-Mail weitergegebene Patches, vom Außendienst übergebene USB-Sticks.
    .evidence =
        Schritt im Patch-Prozess zu Bezugsquelle und Prüfung von Prüfsumme oder Signatur
        Nachweis der Prüfsummenkontrolle für einen aktuellen Patch
        Ablageort und Zugriffsregeln des vertrauenswürdigen Patch-Speichers

# ML3 = einmal für die Organisation festgelegt und nachweislich angewandt; nicht „alle Standorte“ (Review 2026-12)
comp-3-2 =
    .title = Validierung und Installation von Security-Patches
    .question = Wie werden Security-Patches für Ihre Leitsysteme qualifiziert (durch den Hersteller oder auf einem Testsystem) und dann installiert: innerhalb welcher Frist, mit wessen Freigabe und mit welcher Rückfallebene, falls ein Patch fehlschlägt?
    .guidance =
        ML1: Patches werden ab und zu installiert, oft bei Stillständen, ohne Plan.
        ML2: Ein Patch-Verfahren für diesen Standort nutzt Herstellerqualifikation oder Tests, plant die Installation und dokumentiert sie.
        ML3: Ein Unternehmensprozess legt Prioritäten und Fristen nach Risiko fest; Patch-Nachweise zeigen, dass Installationen ihm folgen.
        ML4: Patch-Durchlaufzeiten werden gemessen und der Prozess verbessert.
        Schwachpunkte: nie gepatchte Systeme, „weil der Hersteller es nicht erlaubt“; kein Testsystem und kein Rückfallplan.
    .evidence =
        Patch-Verfahren mit Qualifizierung und Freigabe
        Herstellerliste qualifizierter Patches
        Nachweis einer aktuellen Patch-Installation

# ML3 = einmal für die Organisation festgelegt und nachweislich angewandt; nicht „alle Standorte“ (Review 2026-12)
comp-3-3 =
    .title = Patch-Stand
    .question = Können Sie für jedes Asset Ihrer Leitsysteme zeigen, welche Security-Patches und Firmware-Updates installiert sind und welche noch fehlen?
    .guidance =
        ML1: Der Patch-Stand ist unbekannt oder nur Rechner für Rechner bekannt.
        ML2: Eine Patch-Stand-Liste für die Assets dieses Standorts existiert und wird nach jeder Patch-Runde aktualisiert.
        ML3: Der Patch-Stand wird auf eine im Unternehmen festgelegte Weise verfolgt und ist mit dem Asset-Inventar verknüpft; Berichte an das Management zeigen die Nutzung.
        ML4: Die Patch-Compliance wird über die Zeit gemessen und zur Verbesserung genutzt.
        Schwachpunkte: nicht erfasste Firmware von SPSen und Switches; veraltete Statuslisten.
    .evidence =
        Patch-Stand-Bericht je Asset
        Bericht an das Management zur Patch-Compliance
        Werkzeug oder Liste zur Verfolgung des Patch-Stands

# ML3 = einmal für die Organisation festgelegt und nachweislich angewandt; nicht „alle Standorte“ (Review 2026-12)
comp-3-4 =
    .title = Erhalt der Security beim Patchen
    .question = Prüfen Sie nach der Installation von Patches oder Updates auf Ihren Leitsystemen, ob Härtung und Security-Einstellungen noch greifen, etwa dass keine Dienste wieder eingeschaltet und keine Konten zurückgesetzt wurden?
    .guidance =
        ML1: Nach dem Patchen wird nichts geprüft.
        ML2: An diesem Standort werden wichtige Security-Einstellungen nach dem Patchen geprüft, und die Prüfung wird dokumentiert.
        ML3: Die Prüfung ist ein festgelegter Schritt des Patch-Prozesses des Unternehmens und vergleicht mit den Konfigurations-Baselines; Nachweise zeigen sie nach jeder Patch-Runde.
        ML4: Fälle verlorener Einstellungen werden ausgewertet und an Hersteller sowie in den Prozess zurückgemeldet.
        Schwachpunkte: Updates, die Standardwerte wiederherstellen, wieder eingeschaltete Dienste, zurückgesetzte lokale Firewall-Regeln.
    .evidence =
        Checkliste nach dem Patchen
        Vergleich der Einstellungen vor und nach einem Patch
        Nachweis einer nach dem Patchen wiederhergestellten Einstellung

# ML3 = einmal für die Organisation festgelegt und nachweislich angewandt; nicht „alle Standorte“ (Review 2026-12)
comp-3-5 =
    .title = Risikominderung bei fehlenden Security-Patches
    .question = Was tun Sie stattdessen, um das Risiko zu senken, wenn ein Security-Patch nicht schnell oder gar nicht installiert werden kann (Altsysteme, keine Herstellerfreigabe, kein Stillstandsfenster), und ist das dokumentiert?
    .guidance =
        ML1: Ungepatchte Systeme werden stillschweigend hingenommen.
        ML2: An diesem Standort werden ungepatchte Schwachstellen mit kompensierenden Maßnahmen und Freigabe dokumentiert.
        ML3: Ein festgelegter Unternehmensprozess verknüpft die Gegenmaßnahmen mit der Risikobeurteilung; Nachweise zeigen seine Anwendung und regelmäßige Überprüfung.
        ML4: Die Wirkung der Maßnahmen wird geprüft und verbessert.
        Schwachpunkte: „vorübergehende“ Maßnahmen, die dauerhaft werden; Risikoakzeptanzen ohne Ablaufdatum.
    .evidence =
        Liste ungepatchter Schwachstellen mit ihren Maßnahmen
        Risikoakzeptanz für ein System, das nicht gepatcht werden kann
        Nachweis der letzten Überprüfung der Maßnahmen

## DATA 1 Schutz von Daten

# ML3 = einmal für die Organisation festgelegt und nachweislich angewandt; nicht „alle Standorte“ (Review 2026-12)
data-1-1 =
    .title = Datenklassifizierung
    .question = Haben Sie die Daten Ihrer Leitsysteme (SPS-Programme, Rezepte, Netzwerkpläne, Passwörter, Historian-Daten) nach Schutzbedarf oder Kritikalität in Klassen eingeteilt, mit Umgangsregeln für jede Klasse?
    .guidance =
        Achten Sie auf ein Klassifizierungsschema, das OT-Daten abdeckt und nicht nur Bürodokumente.
        ML1: Einzelne behandeln bestimmte Dateien als vertraulich, aber es gibt kein schriftliches Schema für IACS-Daten.
        ML2: Ein schriftliches Schema listet die OT-Datenarten dieses Standorts und ihre Klasse; wer damit umgeht, kennt es.
        ML3: Ein Klassifizierungsschema ist für die Organisation festgelegt; Kennzeichnungen und Umgangsregeln zeigen sich in der täglichen Praxis.
        ML4: Die Klassifizierung wird nach Vorfällen, Projekten und Audits überprüft; falsch klassifizierte Daten werden nachverfolgt.
        Schwachpunkte: Projektdateien von Herstellern, Sicherungen und exportierte Pläne, die niemand klassifiziert hat.
    .evidence =
        Datenklassifizierungsschema, das IACS-Daten abdeckt
        Liste der OT-Datenarten mit ihrer zugewiesenen Klasse
        Ein Plan oder Dokument mit Kennzeichnung seiner Klasse

data-1-2 =
    .title = Vertraulichkeit von Daten
    .question = Wie verhindern Sie, dass schutzbedürftige Leitsystemdaten (Konfigurationen, Zugangsdaten, Netzwerkpläne, Rezepte) von Unbefugten gelesen werden, sowohl bei der Speicherung als auch bei der Übertragung, etwa an einen Hersteller?
    .guidance =
        Achten Sie auf Schutz passend zur Klasse: Rechte auf Dateifreigaben, Verschlüsselung auf Verbindungen aus der Zone hinaus, Regeln für die Weitergabe an Dritte.
        ML1: Der Schutz hängt von Einzelnen ab; Dateien gehen per E-Mail oder USB-Stick, wie es gerade passt.
        ML2: Schriftliche Regeln legen fest, wie jede Klasse gespeichert und übertragen wird; der Standort befolgt sie für seine Hauptsysteme.
        ML3: Die Regeln gelten in der ganzen Organisation, einschließlich Fremdfirmen, und Nachweise zeigen, dass sie befolgt werden.
        ML4: Datenabflüsse und Beinahe-Vorfälle werden ausgewertet und die Maßnahmen angepasst; die Einhaltung wird gemessen.
        Schwachpunkte: Engineering-Laptops von Fremdfirmen, spontan erstellte Cloud-Links zur Übertragung, auf Schreibtischen liegende Netzwerkpläne.
    .evidence =
        Umgangsregeln je Datenklasse
        Zugriffsrechte auf der Engineering-Dateifreigabe
        Vertraulichkeitsklausel in einem Herstellervertrag
        Einstellungen des mit Herstellern genutzten Dateiübertragungsdienstes

data-1-3 =
    .title = Konfigurationsmodus sicherheitsgerichteter Systeme
    .question = Wie stellen Sie sicher, dass Ihr sicherheitsgerichtetes System (SIS) nur für eine genehmigte Änderung in den Programmier- oder Konfigurationsmodus geht, die Leitwarte davon weiß und es danach in den Betriebsmodus zurückkehrt?
    .guidance =
        Sehen Sie sich die SIS-Steuerungen selbst an: Schlüsselschalter, Schreibschutzeinstellungen, Alarme an das PLS bei einem Moduswechsel.
        ML1: Ingenieure schalten den Modus bei Bedarf um; niemand prüft, ob zurückgeschaltet wurde.
        ML2: Ein schriftliches Verfahren regelt Moduswechsel für dieses SIS; jeder Wechsel hat einen Erlaubnisschein und wird protokolliert.
        ML3: Alle sicherheitsgerichteten Systeme folgen demselben Verfahren; Alarme und Erlaubnisscheine belegen die Anwendung.
        ML4: Moduswechsel und Zeiten außerhalb des Betriebsmodus werden überwacht und ausgewertet; Feststellungen verbessern das Verfahren.
        Schwachpunkte: im Schlüsselschalter steckende Schlüssel, Engineering-Fernzugriff auf das SIS, kein Alarm bei einem Moduswechsel.
        Auch fragen: Wird der SIS-Modus bei der Schichtübergabe geprüft?
    .evidence =
        Verfahren für den Programmier- oder Konfigurationsmodus des SIS
        Erlaubnisscheine für aktuelle SIS-Änderungen
        Ereignisprotokoll des PLS mit SIS-Moduswechseln
        Schlüsselschalter und der Aufbewahrungsort seines Schlüssels

data-1-4 =
    .title = Richtlinie zur Datenaufbewahrung
    .question = Haben Sie Regeln, wie lange Leitsystemdaten (Historian-Daten, Protokolle, Sicherungen, alte Projektdateien) aufbewahrt werden und wie sie sicher gelöscht werden, wenn sie nicht mehr gebraucht oder Geräte verschrottet werden?
    .guidance =
        Achten Sie auf Aufbewahrungsfristen, die rechtliche, sicherheitstechnische und Untersuchungsbedürfnisse abbilden, und auf die sichere Entsorgung von Datenträgern und Geräten.
        ML1: Daten werden ad hoc aufbewahrt oder gelöscht; alte HMIs und Laufwerke verlassen den Standort ungelöscht.
        ML2: Eine schriftliche Aufbewahrungsrichtlinie deckt die OT-Daten dieses Standorts ab; die Entsorgung von Datenträgern wird dokumentiert.
        ML3: Die Richtlinie wird organisationsweit angewandt; für außer Betrieb genommene Geräte gibt es Entsorgungsnachweise.
        ML4: Aufbewahrung und Entsorgung werden auditiert; die Richtlinie wird aktualisiert, wenn Gesetze, Systeme oder Vorfälle es erfordern.
        Schwachpunkte: Konfigurationen in Ersatzteilen oder in zur Reparatur eingeschickten Geräten, alte Herstellerlaptops.
    .evidence =
        Aufbewahrungsrichtlinie mit Fristen für OT-Daten
        Nachweise über Löschung oder Vernichtung von Datenträgern
        Außerbetriebnahme-Checkliste für eine ersetzte Bedienstation oder einen Server

# ML3 = einmal für die Organisation festgelegt und nachweislich angewandt; nicht „alle Standorte“ (Review 2026-12)
data-1-5 =
    .title = Kryptografische Mechanismen
    .question = Wo Ihre Leitsysteme Verschlüsselung oder digitale Signaturen nutzen, etwa bei VPNs, Fernzugriff, Historian-Verbindungen oder Firmware: Wählen Sie Algorithmen und Schlüssellängen nach einer schriftlichen Regel auf Basis anerkannter Standards?
    .guidance =
        Achten Sie auf eine Freigabeliste von Algorithmen und Protokollen und prüfen Sie einige reale Geräteeinstellungen dagegen.
        ML1: Verschlüsselung ist das, was der Hersteller ausgeliefert hat; niemand weiß, welche Algorithmen im Einsatz sind.
        ML2: Eine Freigabeliste existiert, und die wichtigsten Verbindungen dieses Standorts (VPN, Fernzugriff) sind danach konfiguriert.
        ML3: Die Freigabeliste ist ein Standard der Organisation; Projektnachweise zeigen ihre Nutzung, und Ausnahmen für Altgeräte werden mit kompensierenden Maßnahmen dokumentiert.
        ML4: Die Liste wird überprüft, wenn Algorithmen schwächer werden, und veraltete Einstellungen werden bis zu ihrer Beseitigung verfolgt.
        Schwachpunkte: alte TLS- oder SSH-Versionen auf Switches und HMIs, selbst gebaute Verschlüsselung, schwache VPN-Verfahren für eine alte Gegenstelle.
    .evidence =
        Kryptografiestandard oder Freigabeliste der Algorithmen
        Aus einem VPN-Gateway oder einer Firewall exportierte Krypto-Einstellungen
        Ausnahmeregister für Altgeräte ohne Verschlüsselung

data-1-6 =
    .title = Schlüsselmanagement
    .question = Wer erzeugt, speichert, erneuert und widerruft die Schlüssel und Zertifikate in Ihren Leitsystemen (VPN-Schlüssel, Gerätezertifikate, Code-Signatur), und woran würden Sie merken, dass einer abgelaufen oder kompromittiert ist?
    .guidance =
        Achten Sie auf ein Verzeichnis der Schlüssel und Zertifikate mit Verantwortlichen, Ablaufdaten und einer Möglichkeit zum Widerruf.
        ML1: Schlüssel liegen auf Geräten oder in einem persönlichen Postfach; ein Ablauf fällt auf, wenn eine Verbindung nicht mehr funktioniert.
        ML2: Ein schriftliches Verfahren und ein Verzeichnis decken die Schlüssel und Zertifikate dieses Standorts ab; private Schlüssel sind geschützt.
        ML3: Eine organisationsweite Praxis mit Nachweisen tatsächlich durchgeführter Erneuerungen und Widerrufe.
        ML4: Abläufe werden frühzeitig gemeldet, Schlüsselprobleme ausgewertet und der Prozess verbessert.
        Schwachpunkte: derselbe Pre-Shared Key für das VPN über Jahre, private Schlüssel auf Dateifreigaben, kein Widerruf für das Zertifikat eines verlorenen Laptops.
    .evidence =
        Verzeichnis der Schlüssel und Zertifikate mit Ablaufdaten
        Verfahren zur Ausstellung und zum Widerruf von Zertifikaten
        Nachweis einer aktuellen Zertifikatserneuerung oder eines Widerrufs

data-1-7 =
    .title = Datenintegrität
    .question = Wie würden Sie bemerken, dass jemand ein SPS-Programm, eine Sollwertdatei, ein Rezept oder eine Sicherung unbefugt verändert hat, und wie schützen Sie solche Daten bei Speicherung und Übertragung vor Manipulation?
    .guidance =
        Achten Sie auf Prüfsummen oder Signaturen, Programmvergleichswerkzeuge, Versionsverwaltung und geschützte Protokolle.
        ML1: Integrität beruht auf Vertrauen; eine unbefugte Änderung würde sich erst als Prozessstörung zeigen.
        ML2: An diesem Standort sind wichtige Dateien versioniert, und SPS-Programme werden planmäßig mit einer Masterkopie verglichen.
        ML3: Integritätsprüfungen sind über alle Systeme Standard, und Vergleichsnachweise zeigen ihre Durchführung.
        ML4: Gefundene Abweichungen werden ausgewertet und die Prüfungen erweitert oder angepasst; die Erkennung wird gemessen.
        Schwachpunkte: Online-Änderungen an SPSen, die nie in die Masterkopie gelangen, Rezeptdateien auf offenen Freigaben.
    .evidence =
        Ergebnis eines aktuellen Vergleichs eines SPS-Programms mit dem Master
        Versionshistorie von Steuerungsprojekten
        Prüfsummen- oder Signaturprüfung einer Firmware- oder Sicherungsdatei

## USER 1 Identifizierung und Authentifizierung

# ML3 = einmal für die Organisation festgelegt und nachweislich angewandt; nicht „alle Standorte“ (Review 2026-12)
user-1-1 =
    .title = Zuweisung von Benutzeridentitäten
    .question = Hat jede Person, die sich an Ihren Bedienstationen, Engineering-Stationen, Servern und Netzwerkgeräten anmeldet, ein eigenes Konto, oder teilen sich Bediener, Ingenieure oder Hersteller Anmeldungen wie „operator“ oder „admin“?
    .guidance =
        Achten Sie auf ein Konto je Person und auf benannte Identitäten auch für Softwaredienste und Geräte.
        ML1: Konten werden auf Zuruf angelegt; gemeinsame und generische Anmeldungen sind üblich.
        ML2: Ein schriftliches Verfahren vergibt eindeutige Identitäten in diesem System; jedes gemeinsame Konto ist gelistet und begründet.
        ML3: Ein organisationsweites Verfahren, oft über einen zentralen Verzeichnisdienst; die Kontodaten entsprechen realen Personen.
        ML4: Konten werden regelmäßig mit Personal- und Fremdfirmenlisten abgeglichen, und der Prozess wird verbessert.
        Schwachpunkte: gemeinsame HMI-Anmeldungen für den 24/7-Betrieb ohne kompensierende Maßnahmen wie abgeschlossenen Raum und Betriebstagebuch.
    .evidence =
        Kontenliste einer Bedienstation oder des OT-Domänencontrollers
        Formular für Kontoantrag und Freigabe
        Verzeichnis begründeter gemeinsamer Konten

# ML3 = einmal für die Organisation festgelegt und nachweislich angewandt; nicht „alle Standorte“ (Review 2026-12)
user-1-2 =
    .title = Entfernen von Benutzeridentitäten
    .question = Wenn Mitarbeitende oder Fremdfirmenpersonal ausscheiden oder die Rolle wechseln: Wie schnell werden ihre Konten auf Leitsystemrechnern, Netzwerkgeräten und im Fernzugriff entfernt oder gesperrt, und wer stößt das an?
    .guidance =
        ML1: Konten werden entfernt, wenn jemand daran denkt; alte Konten bleiben bestehen.
        ML2: Ein schriftlicher Austrittsprozess dieses Standorts erfasst auch die OT-Konten, mit einer Zielzeit.
        ML3: Austritte von Personal und Fremdfirmen fließen in einen festgelegten Unternehmensprozess ein; Nachweise zeigen die fristgerechte Löschung.
        ML4: Die Zeit bis zur Entfernung wird gemessen, verwaiste Konten werden regelmäßig gesucht und Ursachen behoben.
        Schwachpunkte: lokale Konten auf SPSen, Switches und Einzelplatz-HMIs außerhalb des Verzeichnisdienstes; Herstellerkonten nach Projektende.
        Auch fragen: Wählen Sie einen kürzlich Ausgeschiedenen aus und prüfen Sie gemeinsam dessen Konten.
    .evidence =
        Austrittscheckliste mit einem Schritt für OT-Konten
        Gesperrte Konten mit ihren Daten
        Aktuelle Kontenüberprüfung, die verwaiste Konten gefunden hat

# ML3 = einmal für die Organisation festgelegt und nachweislich angewandt; nicht „alle Standorte“ (Review 2026-12)
user-1-3 =
    .title = Beständigkeit von Benutzeridentitäten
    .question = Wenn ein Konto nicht mehr genutzt wird: Sperren und behalten Sie es, statt es zu löschen oder jemand anderem zu geben, sodass alte Protokolleinträge und Änderungsnachweise der richtigen Person zugeordnet bleiben?
    .guidance =
        Achten Sie auf eine Regel, dass eine Identität nie für eine andere Person wiederverwendet wird und Nachweise die Verbindung zur Person erhalten.
        ML1: Konten werden nach Belieben umbenannt, wiederverwendet oder gelöscht; die Historie geht verloren.
        ML2: Eine schriftliche Regel für dieses System verbietet die Wiederverwendung und bewahrt gesperrte Konten oder ihre Daten auf.
        ML3: Die Regel ist ein organisationsweiter Standard; die Kontodaten zeigen keine Wiederverwendung.
        ML4: Die Regel wird in Audits geprüft, und die Nachvollziehbarkeit wird bei Untersuchungen getestet.
        Schwachpunkte: generische Kennungen wie „eng1“, die von einer Fremdfirmenkraft zur nächsten weitergegeben werden.
    .evidence =
        Kontenverfahren, das die Wiederverwendung von Identitäten ausschließt
        Liste der zur Nachvollziehbarkeit aufbewahrten gesperrten Konten
        Ein alter Protokolleintrag, der einer inzwischen ausgeschiedenen Person zugeordnet wurde

# ML3 = einmal für die Organisation festgelegt und nachweislich angewandt; nicht „alle Standorte“ (Review 2026-12)
user-1-4 =
    .title = Vergabe von Zugriffsrechten
    .question = Wie legen Sie fest, was jedes Konto in Ihren Leitsystemen tun darf, etwa wer nur beobachten, wer bedienen und wer SPS-Logik ändern darf, und wer genehmigt diese Rechte?
    .guidance =
        Achten Sie auf festgelegte Rollen (Beobachter, Bediener, Ingenieur, Administrator), die Rechten zugeordnet sind, mit benanntem Genehmiger.
        ML1: Rechte werden auf Anfrage vergeben, oft volle Rechte, um Ärger zu vermeiden.
        ML2: Ein Rollenmodell ist für dieses System dokumentiert; jedes vergebene Recht ist genehmigt und dokumentiert.
        ML3: Ein Rollenmodell ist für die Organisation festgelegt; regelmäßige Rechteüberprüfungen finden statt und werden dokumentiert.
        ML4: Feststellungen aus Überprüfungen werden verfolgt, überhöhte Rechte gemessen und das Rollenmodell verfeinert.
        Schwachpunkte: nie entzogene Inbetriebnahmerechte; Herstellerkonten mit Administratorrechten.
    .evidence =
        Rollen- und Rechtematrix des Leitsystems
        Genehmigte Zugriffsanträge
        Letzte Rechteüberprüfung mit ihren Feststellungen

user-1-5 =
    .title = Minimale Rechte
    .question = Laufen Personen, Dienste und Anwendungen in Ihren Leitsystemen nur mit den Rechten, die ihre Aufgabe braucht, etwa Bediener ohne Administratorrechte auf HMIs und Ingenieure, die Administratorkonten nur für Administrationsarbeit nutzen?
    .guidance =
        ML1: Die meisten Benutzer und viele Dienste laufen als Administrator, weil es einfacher ist.
        ML2: Für dieses System sind die Rechte auf den Bedarf jeder Rolle reduziert, und es gibt separate Administratorkonten.
        ML3: Minimale Rechte sind eine organisationsweite Regel, die bei Rechteüberprüfungen und neuen Projekten geprüft wird.
        ML4: Die Nutzung von Rechten wird überwacht, und überhöhte Rechte werden mit der Zeit weiter reduziert.
        Schwachpunkte: Herstellersoftware, die lokale Administratorrechte verlangt, Dienstkonten mit Domänen-Admin-Rechten.
        Auch fragen: Wer ist auf einer Bedienstation Mitglied der lokalen Administratorengruppe?
    .evidence =
        Mitglieder der lokalen Administratorengruppe auf einer Bedienstation und einer Engineering-Station
        Aus der OT-Domäne exportierte Mitgliedschaften privilegierter Gruppen
        Herstellererklärung zu den Mindestrechten, die seine Software braucht

user-1-6 =
    .title = Authentifizierung von Softwarediensten
    .question = Wenn in Ihrem Leitsystem Software mit Software kommuniziert, etwa ein OPC-Client mit einem Server, der Historian beim Datensammeln oder ein Backup-Agent: Weist sie ihre Identität mit einem eigenen Konto oder Zertifikat nach?
    .guidance =
        Achten Sie auf ein benanntes Dienstkonto oder Zertifikat je Dienst, nicht auf anonymen Zugriff oder das Konto einer Person.
        ML1: Dienste nutzen anonymen Zugriff, Standard-Zugangsdaten oder das persönliche Konto eines Ingenieurs.
        ML2: Die Dienste dieses Systems haben eigene Identitäten und Zugangsdaten, die in einer Liste geführt werden.
        ML3: Alle Systeme folgen derselben Regel; Zugangsdaten von Diensten werden wie andere Konten verwaltet und überprüft.
        ML4: Authentifizierungsfehler von Diensten werden überwacht; Zugangsdaten werden planmäßig geändert.
        Schwachpunkte: OPC DA mit weit geöffnetem DCOM, in Skripte geschriebene Passwörter, Dienste unter dem Konto eines Ausgeschiedenen.
    .evidence =
        Liste der Dienstkonten mit Verantwortlichen und Zweck
        OPC-UA- oder DCOM-Security-Einstellungen eines Servers
        Nachweis einer Passwortänderung für ein Dienstkonto

user-1-7 =
    .title = Interaktive Anmelderechte von Softwarediensten
    .question = Könnte sich eine Person mit einem Ihrer Dienstkonten (Historian, OPC, Backup, Virenschutz) an der Konsole oder per Remotedesktop anmelden, oder sind diese Konten für die interaktive Anmeldung gesperrt?
    .guidance =
        ML1: Dienstkonten sind normale Konten; Personen melden sich damit an, manchmal absichtlich.
        ML2: Eine schriftliche Regel verweigert den Dienstkonten dieses Systems die Konsolen- und Remotedesktop-Anmeldung, und sie ist eingestellt.
        ML3: Dieselbe Einstellung wird auf allen Systemen per Richtlinie durchgesetzt und bei Überprüfungen kontrolliert.
        ML4: Jede interaktive Nutzung eines Dienstkontos löst einen Alarm aus und wird untersucht.
        Schwachpunkte: Ingenieure, die ein Dienstpasswort kennen und es zur Fehlersuche nutzen; lokale Konten außerhalb der Gruppenrichtlinie.
    .evidence =
        Richtlinieneinstellung, die Dienstkonten die Konsolen- und RDP-Anmeldung verweigert
        Anmeldeereignisse von Dienstkonten im letzten Monat
        Dienstkontenverzeichnis mit Anmeldebeschränkungen

# ML3 = einmal für die Organisation festgelegt und nachweislich angewandt; nicht „alle Standorte“ (Review 2026-12)
user-1-8 =
    .title = Authentifizierung menschlicher Benutzer
    .question = Wie weist eine Person bei der Anmeldung an Ihrem Leitsystem nach, wer sie ist: Passwort, Karte, Token? Gibt es Stellen wie Bedienstationen, SPS-Programmierschnittstellen oder Switches, an denen gar keine Anmeldung nötig ist?
    .guidance =
        ML1: Authentifizierung gibt es dort, wo das Produkt sie erzwingt; viele Geräte akzeptieren jeden.
        ML2: Eine schriftliche Regel legt fest, wie jede Zugriffsart auf dieses System authentifiziert wird; Lücken sind mit kompensierenden Maßnahmen gelistet.
        ML3: Die Regel ist einmal für die Organisation festgelegt und gilt für neue Projekte; Prüfungen zeigen, dass sie befolgt wird.
        ML4: Authentifizierungslücken werden verfolgt und verringert, zum Beispiel durch Umstellung von Geräten auf zentrale Anmeldung.
        Schwachpunkte: SPSen ohne Passwort für den Programmierzugang, Geräte-Webseiten mit Standard-Anmeldedaten, HMIs mit automatischer Anmeldung.
        Auch fragen: Was gleicht bei Bedienstationen mit automatischer Anmeldung die fehlende Anmeldung aus (abgeschlossener Raum, Videoüberwachung)?
    .evidence =
        Authentifizierungsregeln je Zugriffsart
        Geräte ohne Authentifizierung und ihre kompensierenden Maßnahmen
        Anmeldeeinstellungen einer SPS oder eines Netzwerk-Switches

user-1-9 =
    .title = Mehrfaktor-Authentifizierung (MFA)
    .question = Wo verlangen Sie zusätzlich zum Passwort einen zweiten Faktor wie Token oder Smartphone-App: beim Fernzugriff von außen, für Administratorkonten, vom Büronetz in die Anlage?
    .guidance =
        Achten Sie auf MFA zumindest dort, wo das Risiko am höchsten ist: Fernzugriff, privilegierte Konten, Zugriff aus weniger vertrauenswürdigen Zonen.
        ML1: MFA gibt es nur dort, wo ein Produkt sie zufällig mitbrachte.
        ML2: Eine schriftliche Regel legt fest, wo MFA für dieses System verlangt wird, und sie ist dort eingerichtet.
        ML3: MFA ist organisationsweit für die festgelegten Fälle Pflicht, auch für Hersteller; Ausnahmen werden dokumentiert.
        ML4: MFA-Abdeckung und Umgehungen werden gemessen und Lücken geschlossen; die Faktoren werden mit der Zeit verbessert.
        Schwachpunkte: eigene Fernwartungswerkzeuge von Herstellern, die das MFA-Gateway umgehen, Notfallkonten (Break-Glass), ein Token für ein ganzes Team.
    .evidence =
        Richtlinie, die festlegt, wo MFA verlangt wird
        Konfiguration des Fernzugriffs-Gateways mit MFA
        Von MFA ausgenommene Konten mit ihren Begründungen

user-1-10 =
    .title = Gegenseitige Authentifizierung
    .question = Prüfen bei wichtigen Verbindungen, etwa Engineering-Station zu Steuerung, Historian zu Servern oder VPNs zwischen Standorten, beide Seiten die Identität der Gegenseite, sodass keine Seite vorgetäuscht werden kann?
    .guidance =
        Achten Sie auf Zertifikate oder Schlüssel auf beiden Seiten: gegenseitiges TLS, OPC-UA-Anwendungszertifikate, IPsec mit Zertifikaten.
        ML1: Clients vertrauen jedem, der antwortet, oder nur eine Seite weist ihre Identität nach.
        ML2: Die kritischen Verbindungen dieses Systems sind gelistet und, soweit die Produkte es erlauben, gegenseitig authentifiziert.
        ML3: Gegenseitige Authentifizierung ist eine Standard-Konzeptanforderung; Lücken werden mit kompensierenden Maßnahmen dokumentiert.
        ML4: Die Abdeckung wächst mit dem Ersatz von Altgeräten; Authentifizierungsfehler werden überwacht.
        Schwachpunkte: OPC-UA-Clients, die jedem Serverzertifikat vertrauen, weggeklickte Zertifikatswarnungen.
    .evidence =
        Kritische Verbindungen und wie sich beide Seiten authentifizieren
        Speicher vertrauenswürdiger Zertifikate eines OPC-UA-Servers
        VPN-Konfiguration mit zertifikatsbasierter Authentifizierung der Gegenstelle

user-1-11 =
    .title = Passwortschutz
    .question = Welche Regeln gelten für Passwörter in Ihren Leitsystemen: Stärke, Ändern von Standardpasswörtern bei der Installation, Speicherung und Übermittlung, und was tun Sie bei Geräten, die die Regeln nicht erfüllen können?
    .guidance =
        ML1: Auf manchen Geräten bleiben Standardpasswörter; Passwörter stehen in Tabellen oder auf Zetteln am Bildschirm.
        ML2: Eine schriftliche Passwortregel gilt für dieses System; Standardpasswörter werden bei der Inbetriebnahme geändert; ein Passwort-Tresor wird genutzt.
        ML3: Die Regel gilt für alle Systeme und Projekte; Prüfungen auf Standard- und schwache Passwörter werden durchgeführt und dokumentiert.
        ML4: Die Passwortstärke wird in Audits getestet und die Regel an die Ergebnisse angepasst.
        Schwachpunkte: Klartextpasswörter in SPS-Projektdateien oder Skripten, in Handbüchern abgedruckte Gerätepasswörter.
    .evidence =
        Passwortrichtlinie für OT-Systeme
        Inbetriebnahme-Checkliste, die geänderte Standardpasswörter zeigt
        Einträge im Passwort-Tresor für OT-Geräte (nur Namen)

# ML3 = einmal für die Organisation festgelegt und nachweislich angewandt; nicht „alle Standorte“ (Review 2026-12)
user-1-12 =
    .title = Gemeinsame und offengelegte/kompromittierte Passwörter
    .question = Wo sich mehrere Personen ein Passwort teilen, etwa einen Switch-Admin oder eine HMI-Bedieneranmeldung: Wer kennt es, und wann wird es geändert, zum Beispiel wenn jemand ausscheidet oder es bekannt geworden sein könnte?
    .guidance =
        Achten Sie auf eine Liste gemeinsamer Passwörter mit den Personen, die sie kennen, und auf festgelegte Anlässe, die eine Änderung erzwingen.
        ML1: Gemeinsame Passwörter werden nie geändert; niemand weiß, wer sie kennt.
        ML2: Für dieses System sind gemeinsame Passwörter mit den Personen, die sie kennen, gelistet und werden bei festgelegten Anlässen (Austritt, Offenlegung) geändert.
        ML3: Die Praxis ist für die Organisation festgelegt, und Änderungsnachweise zeigen ihre Anwendung; ein Verdacht auf Kompromittierung wird als Vorfall behandelt.
        ML4: Gemeinsame Passwörter werden mit der Zeit reduziert; die Zeit bis zur Änderung nach einer Offenlegung wird gemessen.
        Schwachpunkte: ehemalige Hersteller, die das Admin-Passwort kennen, dasselbe Passwort an jedem Standort.
    .evidence =
        Verzeichnis gemeinsamer Passwörter und der Personen, die sie kennen
        Änderungsnachweis nach einem aktuellen Austritt oder einer Offenlegung
        Verfahren bei Verdacht auf ein kompromittiertes Passwort

user-1-13 =
    .title = Informationsanzeige bei der Benutzeranmeldung
    .question = Was zeigen die Anmeldebildschirme Ihrer Bedienstationen, Server, Netzwerkgeräte und Fernzugriffs-Gateways an, etwa einen Hinweis zur befugten Nutzung, und verraten sie keine Hostnamen, Versionen oder den letzten Benutzernamen?
    .guidance =
        ML1: Anmeldebildschirme zeigen, was das Produkt standardmäßig anzeigt.
        ML2: Eine Regel für dieses System legt fest, was Anmeldebildschirme zeigen; auf den Hauptsystemen ist ein Nutzungshinweis eingerichtet.
        ML3: Die Regel wird, wo möglich, auf allen Systemen und Geräten angewandt und bei Härtungsüberprüfungen geprüft.
        ML4: Anmeldebildschirme werden in Audits erneut geprüft und der Inhalt angepasst, z. B. nach rechtlicher Beratung.
        Schwachpunkte: Geräte, die Modell und Firmware vor der Anmeldung preisgeben, HMIs, die den letzten Benutzernamen vorausfüllen.
        Auch fragen: Wird Benutzern die Zeit ihrer letzten Anmeldung angezeigt, damit sie einen Missbrauch ihres Kontos erkennen können?
    .evidence =
        Bildschirmfoto eines Anmeldebildschirms mit Nutzungshinweis
        Abschnitt des Härtungsstandards zu Anmeldebildschirmen
        Freigegebener Wortlaut des Nutzungshinweises

user-1-14 =
    .title = Anzeige bei fehlgeschlagener Anmeldung
    .question = Wenn jemand an Ihrem Leitsystem einen falschen Benutzernamen oder ein falsches Passwort eingibt: Vermeidet die Meldung zu sagen, welches von beiden falsch war, und werden eingegebene Passwörter am Bildschirm verborgen?
    .guidance =
        ML1: Die Meldungen sind so, wie das Produkt sie vorgibt; manche sagen „unbekannter Benutzer“.
        ML2: Für dieses System werden Fehlermeldungen und Passwortmaskierung geprüft und, wo konfigurierbar, eingestellt.
        ML3: Die Einstellung ist Teil der Härtungs-Baseline aller Systeme und wird in Abnahmetests geprüft.
        ML4: Die Prüfungen werden nach Upgrades wiederholt; Produkte, die es nicht erfüllen können, werden nachverfolgt.
        Schwachpunkte: Geräte-Webseiten und selbst gebaute HMI-Anmeldedialoge, die gültige Benutzernamen verraten.
    .evidence =
        Bildschirmfoto einer Meldung bei fehlgeschlagener Anmeldung
        Punkt der Härtungs-Baseline zu Fehlermeldungen bei der Anmeldung
        Abnahmetestergebnis, das den Anmeldedialog abdeckt

# ML3 = einmal für die Organisation festgelegt und nachweislich angewandt; nicht „alle Standorte“ (Review 2026-12)
user-1-15 =
    .title = Aufeinanderfolgende Fehlanmeldungen
    .question = Was passiert nach mehreren falschen Anmeldeversuchen an Ihren Leitsystemen: Wird das Konto gesperrt oder verzögert, und wie vermeiden Sie, einen Bediener auszusperren, der dringend die Bedienstation braucht?
    .guidance =
        Achten Sie auf eine bewusste Entscheidung je System (Sperre, Verzögerung oder Alarm), abgewogen gegen den betrieblichen Bedarf.
        ML1: Produktvorgaben; niemand weiß, ob eine Sperre aktiv ist.
        ML2: Für dieses System sind Grenze und Reaktion eingestellt und schriftlich festgehalten, mit einer Ausnahme für kritische Bedienstationen.
        ML3: Das Vorgehen ist ein festgelegter Unternehmensstandard; Nachweise zeigen, dass Alarme zu Fehlanmeldungen jemanden erreichen, der handelt.
        ML4: Muster von Fehlanmeldungen werden ausgewertet und die Schwellen angepasst.
        Schwachpunkte: die Sperre eines gemeinsamen Bedienerkontos legt den Betrieb lahm; gar keine Reaktion am Fernzugriffs-Gateway.
    .evidence =
        Export der Einstellungen zur Kontosperrung
        Alarm oder Protokoll wiederholter Fehlanmeldungen und die Reaktion darauf
        Dokumentierte Ausnahme für Bedienstationen

# ML3 = einmal für die Organisation festgelegt und nachweislich angewandt; nicht „alle Standorte“ (Review 2026-12)
user-1-16 =
    .title = Sitzungsintegrität
    .question = Wie werden laufende Sitzungen, etwa Remotedesktop, Web-HMIs oder Engineering-Verbindungen zu Steuerungen, gegen Übernahme oder Veränderung geschützt, und werden sie bei Abmeldung oder Zeitablauf sauber beendet?
    .guidance =
        ML1: Sitzungen nutzen, was das Produkt bietet; alte unverschlüsselte Protokolle sind üblich.
        ML2: Die Sitzungsarten dieses Systems sind gelistet und geschützt, z. B. verschlüsselter Remotedesktop, HTTPS, Zeitlimits.
        ML3: Sitzungsschutz ist eine Standardanforderung des Unternehmens in Konzepten und Härtung; Konzeptprüfungen und Abnahmenachweise zeigen die Anwendung.
        ML4: Schwache Sitzungsprotokolle werden verfolgt und abgelöst; Übernahmeversuche können erkannt werden.
        Schwachpunkte: Telnet und unverschlüsseltes HTTP auf Geräten, VNC ohne Passwort, tagelang offene Fernsitzungen.
    .evidence =
        Genutzte Sitzungsprotokolle und wie jedes geschützt ist
        Security-Einstellungen von Remotedesktop oder Webserver
        Zeitlimit-Einstellungen des Fernzugriffs-Gateways

user-1-17 =
    .title = Gleichzeitige Sitzungen
    .question = Begrenzen Sie, wie viele Sitzungen ein Konto gleichzeitig offen haben darf, zum Beispiel damit dasselbe Herstellerkonto nicht von zwei Orten zugleich angemeldet sein kann?
    .guidance =
        ML1: Keine Begrenzung; niemand weiß, wie viele Sitzungen offen sind.
        ML2: Für dieses System sind Grenzen, wo die Produkte es erlauben, eingestellt und dokumentiert, vor allem für den Fernzugriff.
        ML3: Grenzen sind Teil der Härtungs-Baseline der Organisation und werden geprüft.
        ML4: Alarme zu parallelen Sitzungen werden ausgewertet und die Grenzen verfeinert.
        Schwachpunkte: ein von mehreren Orten genutztes gemeinsames Konto verdeckt Missbrauch; zwei Engineering-Werkzeuge, die auf eine Steuerung schreiben.
    .evidence =
        Einstellung „Sitzungen je Benutzer“ am Fernzugriffs-Gateway
        Server- oder Remotedesktop-Einstellung zur Begrenzung von Sitzungen
        Bericht der aktuell offenen Sitzungen je Konto

# ML3 = einmal für die Organisation festgelegt und nachweislich angewandt; nicht „alle Standorte“ (Review 2026-12)
user-1-18 =
    .title = Bildschirmsperre
    .question = Sperren sich Ihre Engineering-Stationen, Server und anderen Anlagen-PCs nach einer Zeit ohne Nutzung, und wie gehen Sie mit Bedienstationen um, die jederzeit sichtbar bleiben müssen?
    .guidance =
        ML1: Die Bildschirmsperre ist dort aktiv, wo eine IT-Vorgabe greift; OT-Rechner sind uneinheitlich.
        ML2: Zeitlimits sind je Stationsart eingestellt und schriftlich festgehalten; Bedienstationen haben eine begründete Ausnahme.
        ML3: Die Einstellungen sind für die ganze Organisation festgelegt und werden per Richtlinie durchgesetzt; Prüfungen zeigen, dass sie aktiv sind.
        ML4: Ausnahmen werden überprüft und ihre kompensierenden Maßnahmen (abgeschlossener Raum, reiner Beobachtungsmodus) verifiziert.
        Schwachpunkte: mit Administratorrechten angemeldet zurückgelassene Engineering-Stationen; Benutzer, die die Sperre abschalten.
    .evidence =
        Richtlinie oder lokale Einstellung zur Bildschirmsperre
        Ausgenommene Bedienstationen mit ihren kompensierenden Maßnahmen
        Beobachtung unbeaufsichtigter Stationen bei einem Rundgang

user-1-19 =
    .title = Authentifizierung von Komponenten
    .question = Wie stellen Sie sicher, dass nur bekannte Geräte Ihrem Leitsystemnetz beitreten und mit Ihren Steuerungen kommunizieren können, sodass ein fremder Laptop oder eine ausgetauschte SPS abgewiesen oder zumindest bemerkt würde?
    .guidance =
        Achten Sie auf Prüfungen der Geräteidentität: Port-Security am Switch, 802.1X, Gerätezertifikate, Freigabelisten in Firewalls oder Steuerungen.
        ML1: Jedes angeschlossene Gerät erhält Zugang.
        ML2: Für dieses System ist eine Geräteauthentifizierung oder zumindest eine MAC- oder IP-Freigabeliste eingerichtet und dokumentiert.
        ML3: Geräteauthentifizierung ist eine Standard-Konzeptregel; neue Geräte werden über einen festgelegten Prozess aufgenommen.
        ML4: Alarme zu unbekannten Geräten werden nachverfolgt und das Verfahren verstärkt, z. B. von MAC-Listen zu Zertifikaten.
        Schwachpunkte: offene Switch-Ports in Schaltschränken, freie Netzwerkdosen in der Leitwarte.
    .evidence =
        Konfiguration von Port-Security oder 802.1X am Switch
        Alarm des Netzwerk-Monitorings zu einem unbekannten Gerät
        Verfahren zur Aufnahme eines neuen Geräts

## USER 2 Autorisierung und Zugriffskontrolle

# ML3 = einmal für die Organisation festgelegt und nachweislich angewandt; nicht „alle Standorte“ (Review 2026-12)
user-2-1 =
    .title = Autorisierung
    .question = Hindert das System selbst eine angemeldete Person daran, über ihre Rechte hinaus zu handeln, zum Beispiel einen Bediener, der ein Steuerungsprogramm ändert, oder einen Hersteller, der Systeme außerhalb seines Projekts erreicht?
    .guidance =
        Sehen Sie sich an, wie Rechte in HMI, Engineering-Werkzeug, Domäne und Firewalls durchgesetzt werden, nicht nur die Rollenmatrix.
        ML1: Die Durchsetzung hängt vom Produkt ab; viele Aktionen stehen jedem Angemeldeten offen.
        ML2: Für dieses System sind Berechtigungen je Rolle konfiguriert und getestet; Lücken sind gelistet.
        ML3: Ein Durchsetzungskonzept ist für die Organisation festgelegt; Nachweise aus Überprüfungen und Tests zeigen seine Anwendung.
        ML4: Verweigerte Aktionen werden protokolliert und ausgewertet; die Einstellungen werden angepasst.
        Schwachpunkte: Engineering-Software ohne Rechtemodell, SPSen, die Schreibzugriffe von jedem Teilnehmer annehmen.
    .evidence =
        Security-Konfiguration der HMI mit den Berechtigungen je Rolle
        Testnachweis einer verweigerten Aktion für einen Benutzer mit geringen Rechten
        Firewall-Regeln, die einen Hersteller auf seine eigenen Systeme beschränken

user-2-2 =
    .title = Funktionstrennung
    .question = Sind kritische Aufgaben so aufgeteilt, dass niemand sie allein und unbemerkt erledigen kann, etwa dass wer ein Steuerungs- oder Sicherheitsprogramm ändert, es nicht selbst freigibt, und Administratoren ihre eigenen Spuren nicht löschen können?
    .guidance =
        ML1: Kleine Teams machen alles; Funktionstrennung wird nicht betrachtet.
        ML2: Unvereinbare Aufgaben sind für dieses System ermittelt und verschiedenen Personen zugeordnet oder durch Überprüfung abgedeckt.
        ML3: Funktionstrennung ist eine organisationsweite Regel, die in Rollen und Verfahren verankert ist, mit Nachweisen.
        ML4: Konflikte werden regelmäßig geprüft und das Rollenkonzept verbessert.
        Schwachpunkte: ein OT-Administrator mit allen Rechten überall; keine zweite Person für Arbeiten außerhalb der Regelarbeitszeit.
    .evidence =
        Unvereinbare Aufgaben und wie sie getrennt sind
        Änderungsnachweise mit verschiedenen Personen für Antrag, Umsetzung und Freigabe
        Rollenzuordnungen der Administratorkonten

# ML3 = einmal für die Organisation festgelegt und nachweislich angewandt; nicht „alle Standorte“ (Review 2026-12)
user-2-3 =
    .title = Mehrfachfreigaben
    .question = Welche kritischen Aktionen in Ihrer Anlage brauchen die Freigabe einer zweiten Person, bevor sie wirksam werden, etwa das Überbrücken einer Sicherheitsfunktion, das Laden auf eine Steuerung oder das Öffnen eines Herstellerfernzugriffs?
    .guidance =
        ML1: Freigaben sind informell, oft mündlich und nicht dokumentiert.
        ML2: Die Aktionen mit Vier-Augen-Freigabe sind für dieses System gelistet und werden per Verfahren oder technisch durchgesetzt.
        ML3: Liste und Praxis sind für die Organisation festgelegt; Erlaubnisscheine und Freigabenachweise zeigen die Anwendung.
        ML4: Freigabenachweise werden auditiert und die Liste nach Vorfällen und Änderungen aktualisiert.
        Schwachpunkte: telefonische Freigaben in der Nachtschicht ohne Nachweis; eine Person, die beide Freigaberollen innehat.
    .evidence =
        Liste der Aktionen mit Vier-Augen-Freigabe
        Überbrückungsschein für eine Sicherheitsfunktion mit zwei Unterschriften
        Freigabeprotokoll für Fernzugriffssitzungen

# ML3 = einmal für die Organisation festgelegt und nachweislich angewandt; nicht „alle Standorte“ (Review 2026-12)
user-2-4 =
    .title = Manuelle Erhöhung von Berechtigungen
    .question = Wenn Ingenieure oder Administratoren höhere Rechte brauchen, etwa um Software zu installieren oder eine Firewall-Regel zu ändern: Nutzen sie diese bewusst nur für diese Aufgabe, statt ständig damit zu arbeiten?
    .guidance =
        Achten Sie auf getrennte privilegierte Konten, „Ausführen als“ oder Werkzeuge für privilegierte Zugriffe, mit Zeitlimits und Protokollierung.
        ML1: Benutzer arbeiten dauerhaft mit hohen Rechten.
        ML2: Für dieses System ist die Rechteerhöhung ein bewusster Schritt mit separatem Konto oder Werkzeug, und sie wird protokolliert.
        ML3: Das Vorgehen zur Rechteerhöhung ist für die Organisation festgelegt; Protokolle der Rechteerhöhung werden ausgewertet, und die Auswertungen sind dokumentiert.
        ML4: Die Rechteerhöhung ist zeitlich begrenzt und wird gemessen; ungewöhnliche Erhöhungen lösen Alarme aus, und der Prozess wird verbessert.
        Schwachpunkte: auf Engineering-Stationen abgeschaltete UAC, Admin-Sitzungen, die eine ganze Schicht lang offen bleiben.
    .evidence =
        Konfiguration des Werkzeugs für privilegierte Zugriffe oder Protokoll der Rechteerhöhung
        Benennung und Regeln für separate Administratorkonten
        Nachweis der Auswertung von Protokollen der Rechteerhöhung

## EVENT 1 Ereignis- und Vorfallmanagement

event-1-1 =
    .title = Erkennung von Ereignissen
    .question = Wie würden Sie ein Security-Ereignis in Ihren Leitsystemen bemerken, etwa Schadsoftware auf einer Bedienstation, ein unbekanntes Gerät, eine neue Verbindung zu einer SPS oder eine Häufung von Fehlanmeldungen? Welche Werkzeuge oder Personen achten darauf?
    .guidance =
        ML1: Ereignisse werden zufällig bemerkt, meist wenn etwas nicht mehr funktioniert.
        ML2: Für dieses System sind die zu erkennenden Ereignisse festgelegt und Quellen (Protokolle, Virenschutz, Netzwerk-Monitoring) zu ihrer Erfassung eingerichtet.
        ML3: Die Erkennung folgt einem organisationsweiten Ansatz, z. B. OT-Monitoring mit Anbindung an ein SOC, mit Nachweisen der Erkennungen.
        ML4: Die Erkennungsabdeckung wird an wahrscheinlichen Bedrohungen gemessen und nach Übungen und Vorfällen angepasst.
        Schwachpunkte: Alarme an ein Postfach, das niemand liest; kein Einblick in den Verkehr auf Steuerungsebene.
    .evidence =
        Überwachte Ereignisarten und ihre Quellen
        Aktueller Alarm aus dem OT-Netzwerk-Monitoring oder dem Virenschutz
        Übersicht, welche Zonen überwacht werden

event-1-2 =
    .title = Meldung von Ereignissen
    .question = Wenn Bediener, Ingenieure oder Fremdfirmenpersonal etwas Verdächtiges bemerken, etwa einen unbekannten USB-Stick, seltsames Verhalten einer Bedienstation oder eine merkwürdige E-Mail: Wissen sie zu jeder Tageszeit, wem und wie sie es melden sollen?
    .guidance =
        ML1: Man würde es jemandem sagen, aber es gibt keinen festgelegten Meldeweg.
        ML2: Ein Meldeweg und eine Kontaktstelle sind schriftlich festgelegt und an diesem Standort bekannt, Nachtschichten und Fremdfirmen eingeschlossen.
        ML3: Ein organisationsweiter Meldeprozess; Meldungen werden erfasst, und die Erfassung zeigt, dass er genutzt wird.
        ML4: Meldungen werden gefördert und gemessen (Anzahl und Schnelligkeit), und der Prozess wird verbessert.
        Schwachpunkte: nie informierte Fremdfirmen; Bediener, die Schuldzuweisungen fürchten; Meldungen ohne Rückmeldung.
        Auch fragen: Lassen Sie sich von einem Bediener in der Schicht erklären, wie er es melden würde.
    .evidence =
        In der Leitwarte ausgehängte Meldeanweisung
        Verzeichnis eingegangener Security-Meldungen
        Unterweisungsmaterial für Fremdfirmen mit Nennung der Kontaktstelle

# ML3 = einmal für die Organisation festgelegt und nachweislich angewandt; nicht „alle Standorte“ (Review 2026-12)
event-1-3 =
    .title = Schnittstellen für Ereignismeldungen
    .question = Wie gelangen Security-Ereignisse aus Ihren Leitsystemen zu den Personen oder Werkzeugen, die sie analysieren, etwa Syslog von Firewalls und Switches, Windows-Ereignisse an einen Kollektor oder an IT oder SOC übergebene Alarme?
    .guidance =
        Achten Sie auf festgelegte Schnittstellen und Formate und auf eine Prüfung, dass die Daten wirklich ankommen.
        ML1: Ereignisse bleiben auf jedem Gerät; niemand sammelt sie.
        ML2: Für dieses System leiten die wichtigsten Quellen Ereignisse über eine dokumentierte Schnittstelle an einen Kollektor weiter.
        ML3: Eine Standardschnittstelle ist für die Organisation festgelegt, einschließlich der Übergabe an ein SOC oder CSIRT in vereinbarten Formaten; darüber eingehende Ereignisse zeigen, dass sie genutzt wird.
        ML4: Die Weiterleitung wird auf verstummte Quellen überwacht, und die Schnittstellen werden verbessert.
        Schwachpunkte: Firewall-Freischaltungen zur IT, die weiter sind als für den Log-Verkehr nötig; Quellen, die seit Monaten nichts mehr senden.
    .evidence =
        Diagramm der Ereignisflüsse von OT-Quellen zum Kollektor
        SIEM- oder Syslog-Quellenliste mit Zeitpunkt der letzten Meldung
        Schnittstellenvereinbarung mit dem SOC oder dem IT-Security-Team

# ML3 = einmal für die Organisation festgelegt und nachweislich angewandt; nicht „alle Standorte“ (Review 2026-12)
event-1-4 =
    .title = Protokollierung
    .question = Welche Komponenten Ihrer Leitsysteme zeichnen sicherheitsrelevante Ereignisse wie Anmeldungen, Konfigurationsänderungen, Programm-Downloads und Firewall-Sperren auf? Ist die Protokollierung eingeschaltet, und werden die Daten lange genug aufbewahrt?
    .guidance =
        ML1: Die Protokollierung steht auf Werkseinstellung, oft aus oder binnen Stunden überschrieben.
        ML2: Für dieses System legt ein Protokollierungsstandard fest, was jeder Komponententyp protokolliert und wie lange.
        ML3: Der Protokollierungsstandard gilt organisationsweit; Prüfungen zeigen, dass die Protokollierung aktiv ist und Daten aufbewahrt werden.
        ML4: Abdeckung und Aufbewahrung werden nach Untersuchungen überprüft und angepasst.
        Schwachpunkte: SPSen und Switches mit winzigen internen Puffern, beim Neustart verlorene Protokolle, nicht synchronisierte Uhren.
    .evidence =
        Protokollierungsstandard für OT-Komponenten
        Überwachungsrichtlinie (Audit Policy) eines Windows-Servers in der Anlage
        Aufbewahrungseinstellungen des Log-Kollektors

# ML3 = einmal für die Organisation festgelegt und nachweislich angewandt; nicht „alle Standorte“ (Review 2026-12)
event-1-5 =
    .title = Protokolleinträge
    .question = Wenn Sie ein Security-Protokoll Ihres Leitsystems öffnen: Sagt Ihnen jeder Eintrag, was wann auf welchem System durch welches Konto oder welche Quelle geschah und ob es erfolgreich war?
    .guidance =
        Sehen Sie sich echte Einträge aus mehreren Systemen an und beurteilen Sie, ob sie einer Untersuchung standhalten würden.
        ML1: Die Einträge sind so, wie das Produkt sie schreibt; manchen fehlen Zeit, Benutzer oder Quelle.
        ML2: Der erforderliche Inhalt ist für dieses System festgelegt, und die konfigurierten Protokolle liefern ihn.
        ML3: Ein Satz Inhaltsregeln ist für die Organisation festgelegt; Überprüfungen bestätigen vollständige Einträge und konsistente Zeiten.
        ML4: Bei Untersuchungen gefundene Lücken führen zu geänderten Einstellungen oder Produkten.
        Schwachpunkte: falsche oder nicht synchronisierte Zeitstempel; gemeinsame Konten, die das „Wer“ bedeutungslos machen.
    .evidence =
        Beispieleinträge aus dem Protokoll einer Firewall, einer Bedienstation und eines Servers
        Festlegung der erforderlichen Protokollfelder
        Zeitsynchronisationsstatus der Protokollquellen

# ML3 = einmal für die Organisation festgelegt und nachweislich angewandt; nicht „alle Standorte“ (Review 2026-12)
event-1-6 =
    .title = Zugriff auf Protokolle
    .question = Wer kann die Security-Protokolle Ihrer Leitsysteme lesen, ändern oder löschen, und was hindert einen Eindringling oder Administrator daran, seine Spuren zu verwischen?
    .guidance =
        ML1: Jeder mit Administratorrechten kann Protokolle löschen, und niemand würde es bemerken.
        ML2: Für dieses System ist der Zugriff auf Protokolle eingeschränkt, und Protokolle werden auf einen separaten Kollektor kopiert.
        ML3: Der Protokollschutz ist ein organisationsweiter Standard; Überprüfungen des Zugriffs auf den Kollektor werden dokumentiert.
        ML4: Gelöschte Protokolle oder Lücken lösen Alarme aus und werden untersucht; der Schutz wird verbessert.
        Schwachpunkte: ein Kollektor, den dieselben Administratoren betreiben, deren Handlungen er aufzeichnet; Protokolle nur auf dem Server selbst.
    .evidence =
        Zugriffsrechte auf den Log-Kollektor
        Alarmregel für gelöschte Ereignisprotokolle
        Überprüfungsnachweis der Protokollzugriffe

event-1-7 =
    .title = Analyse von Ereignissen
    .question = Wer sieht sich die Security-Ereignisse und Alarme Ihrer Leitsysteme an, wie oft, und wie wird entschieden, ob es sich um einen Vorfall handelt, der eine Reaktion erfordert?
    .guidance =
        ML1: Ereignisse werden erst nach einem Problem angesehen.
        ML2: Für dieses System ist jemand beauftragt, Ereignisse planmäßig zu sichten, mit Kriterien für die Eskalation.
        ML3: Die Analyse folgt einem organisationsweiten Prozess, bei dem den Analysten OT-Wissen zur Verfügung steht; Nachweise belegen es.
        ML4: Die Analyse wird gemessen, z. B. Zeit bis zur Erstbewertung und Fehlalarmquote, und verbessert.
        Schwachpunkte: SOC-Analysten, die OT-Alarme nicht deuten können; niemand deckt die Wochenenden ab.
    .evidence =
        Sichtungsplan und zuständige Personen
        Nachweise der Erstbewertung aktueller Alarme
        Eskalationskriterien für OT-Security-Ereignisse

event-1-8 =
    .title = Behandlung von und Reaktion auf Vorfälle
    .question = Würde heute Nacht Schadsoftware oder ein Eindringling in Ihrem Leitsystem gefunden: Gibt es einen schriftlichen Plan, wer entscheidet, wer was isoliert, wie die Anlage sicher bleibt, wer zu benachrichtigen ist und wie wiederhergestellt wird? Wurde er geübt?
    .guidance =
        ML1: Die Reaktion würde von dem improvisiert, der gerade vor Ort ist.
        ML2: Ein schriftlicher OT-Vorfallreaktionsplan für diesen Standort nennt Rollen, Kontakte und Isolierungsschritte.
        ML3: Der Plan folgt einem organisationsweiten Prozess und wurde geübt; Übungs- und Vorfallnachweise liegen vor.
        ML4: Erkenntnisse aus Übungen und Vorfällen werden bis zum Abschluss verfolgt und der Plan verbessert.
        Schwachpunkte: ein von der IT ohne den Betrieb geschriebener Plan; veraltete Kontaktlisten; keine Regel, wann abgefahren wird.
    .evidence =
        OT-Vorfallreaktionsplan
        Bericht der letzten Übung und ihrer Maßnahmen
        Aktuelle Kontaktliste einschließlich Herstellern und Behörden

event-1-9 =
    .title = Umgang mit Schwachstellen
    .question = Wie erfahren Sie von neuen Schwachstellen in den Produkten Ihrer Anlage, zum Beispiel aus Sicherheitshinweisen der Hersteller (Advisories) und CERT-Meldungen, und wie entscheiden Sie, was Sie jeweils dagegen tun?
    .guidance =
        ML1: Sicherheitshinweise werden zufällig bemerkt; Entscheidungen werden nicht dokumentiert.
        ML2: Für diesen Standort werden Sicherheitshinweise zu den installierten Produkten verfolgt und bewertet, und die Entscheidungen werden dokumentiert.
        ML3: Ein organisationsweiter Prozess gleicht Sicherheitshinweise mit dem Asset-Inventar ab; Nachweise zeigen Maßnahmen oder akzeptiertes Risiko.
        ML4: Die Zeit von der Veröffentlichung bis zur Entscheidung wird gemessen und der Prozess verbessert.
        Schwachpunkte: im Asset-Inventar fehlende Produkte, gelesene, aber nicht bewertete Sicherheitshinweise, nie nachverfolgte Maßnahmen.
        Auch fragen: Was passiert, wenn jemand eine in Ihren Systemen gefundene Schwachstelle meldet?
    .evidence =
        Abonnements der Sicherheitshinweise von Herstellern und CERTs
        Schwachstellenregister mit Entscheidungen und Daten
        Ein aktueller Sicherheitshinweis, bis zur Umsetzung der Maßnahme verfolgt

## AVAIL 1 Systemverfügbarkeit und bestimmungsgemäße Funktion

avail-1-1 =
    .title = Kontinuitätsmanagement
    .question = Wenn ein Cyberangriff oder Ausfall Ihre Leitsystemserver oder Ihr Netz lahmlegt: Haben Sie einen Plan, die Anlage sicher zu halten, im eingeschränkten Modus weiterzufahren und wiederherzustellen, mit Wiederherstellungszeiten, die mit dem Betrieb vereinbart sind?
    .guidance =
        ML1: Die Wiederherstellung beruht auf dem Wissen weniger Personen.
        ML2: Für dieses System existiert ein Kontinuitäts- und Wiederherstellungsplan mit Prioritäten und Wiederherstellungszeiten.
        ML3: Die Pläne folgen einem organisationsweiten Ansatz, sind mit dem Business Continuity Management verknüpft und wurden getestet.
        ML4: Tests und reale Ereignisse fließen in Verbesserungen ein; Wiederherstellungszeiten werden an Zielwerten gemessen.
        Schwachpunkte: Pläne, die ein verfügbares IT-Netz voraussetzen; keine Verfahren für den Handbetrieb; keine vorgehaltenen Ersatzteile.
    .evidence =
        Kontinuitäts- oder Notfallwiederherstellungsplan für das IACS
        Nachweis des letzten Wiederherstellungstests
        Liste kritischer Ersatzteile und ihrer Lagerorte

# ML3 = einmal für die Organisation festgelegt und nachweislich angewandt; nicht „alle Standorte“ (Review 2026-12)
avail-1-2 =
    .title = Management der Ressourcenverfügbarkeit
    .question = Wie stellen Sie sicher, dass Ihre Leitsysteme genug Rechenleistung, Speicher, Plattenplatz und Netzkapazität behalten, auch bei einer Flut von Netzverkehr oder während ein Security-Werkzeug wie ein Virenscan läuft?
    .guidance =
        ML1: Probleme fallen auf, wenn eine Bedienstation einfriert oder das Netz langsam wird.
        ML2: Für dieses System wird die Kapazität überwacht, und Grenzen (Verkehrsratenbegrenzung, Scan-Zeitpläne) sind eingestellt und dokumentiert.
        ML3: Kapazität und Ressourcenschutz sind eine festgelegte Prüfung im Projekt- und Änderungsprozess des Unternehmens; Projekt- und Änderungsnachweise zeigen ihre Durchführung.
        ML4: Trends werden ausgewertet und Ressourcen geplant, bevor sie knapp werden.
        Schwachpunkte: volle Historian-Platten, Virenscans während der Produktion, aktive Netzwerkscans, die alte SPSen abstürzen lassen.
    .evidence =
        Bericht oder Dashboard der Kapazitätsüberwachung
        Storm-Control- oder Ratenbegrenzungseinstellungen an Switches
        Zeitplan der Virenscans für OT-Rechner

avail-1-3 =
    .title = Fehlerzustand
    .question = Wissen Sie, was Ihre wichtigsten Security-Geräte und Leitsystemkomponenten bei einem Ausfall tun, etwa ob eine Firewall offen oder geschlossen ausfällt, und wurde dieses Verhalten so gewählt, dass die Anlage sicher bleibt?
    .guidance =
        ML1: Das Ausfallverhalten ist unbekannt oder auf Werkseinstellung belassen.
        ML2: Für dieses System sind die Fehlerzustände der wichtigsten Komponenten dokumentiert und mit dem Betrieb abgestimmt.
        ML3: Das Ausfallverhalten ist in allen Projekten ein Konzeptkriterium und wird bei der Abnahme getestet.
        ML4: Ausfälle im Betrieb werden ausgewertet und Einstellungen oder Konzepte angepasst.
        Schwachpunkte: Inline-Security-Geräte, die bei einem Ausfall das Leitsystemnetz unterbrechen; Ausgänge, die bei Kommunikationsverlust abfallen.
    .evidence =
        Wichtige Komponenten und ihre Fehlerzustände
        Abnahmetestnachweis eines Ausfallszenarios
        Betriebsanweisung für den Ausfall des Leitsystemnetzes

## AVAIL 2 Sicherung/Wiederherstellung/Archivierung

# ML3 = einmal für die Organisation festgelegt und nachweislich angewandt; nicht „alle Standorte“ (Review 2026-12)
avail-2-1 =
    .title = Sicherung
    .question = Was sichern Sie aus Ihren Leitsystemen (SPS- und SIS-Programme, HMI-Projekte, Server-Images, Switch- und Firewall-Konfigurationen, Historian-Daten), wie oft, und wer sorgt dafür, dass es geschieht?
    .guidance =
        ML1: Manche Ingenieure haben Kopien auf ihren Laptops.
        ML2: Ein Sicherungsplan für dieses System legt fest, was wie oft wohin gesichert wird; die Sicherungen laufen planmäßig.
        ML3: Ein Sicherungskonzept ist für die Organisation festgelegt, mit Nachweisen erfolgreicher Läufe.
        ML4: Die Abdeckung wird mit dem Asset-Inventar abgeglichen und Lücken geschlossen; fehlgeschlagene Läufe werden ausgewertet.
        Schwachpunkte: online geänderte Steuerungen ohne neue Sicherung; vergessene Netzwerkgeräte; Hersteller mit der einzigen Kopie.
    .evidence =
        Sicherungsplan mit Umfang und Häufigkeit
        Bericht der Sicherungsläufe des letzten Monats
        Asset-Inventar mit Zuordnung zur Sicherungsabdeckung

# ML3 = einmal für die Organisation festgelegt und nachweislich angewandt; nicht „alle Standorte“ (Review 2026-12)
avail-2-2 =
    .title = Rückwirkungsfreiheit der Sicherung
    .question = Können Ihre Sicherungen laufen, ohne den Prozess zu stören, etwa ohne das Leitsystemnetz zu belasten, Bedienstationen zu verlangsamen oder Steuerungen anzuhalten, und wie haben Sie das geprüft?
    .guidance =
        ML1: Sicherungen laufen, wenn jemand Zeit hat; die Auswirkung auf den Prozess wird nicht betrachtet.
        ML2: Für dieses System sind Zeitpunkt und Methode der Sicherungen so gewählt und dokumentiert, dass der Betrieb nicht gestört wird.
        ML3: Eine festgelegte Unternehmensregel verlangt eine Prüfung der Rückwirkungsfreiheit, wenn Sicherungsjobs hinzukommen oder sich ändern; Änderungsnachweise zeigen ihre Durchführung.
        ML4: Die durch Sicherungen verursachte Last wird überwacht und die Methode angepasst.
        Schwachpunkte: vollständige Image-Sicherungen laufender Server zu Produktionsspitzen; Sicherungsverkehr im Leitsystemnetz.
    .evidence =
        Mit dem Betrieb abgestimmter Sicherungszeitplan
        Test oder Herstellerhinweis, der die Unbedenklichkeit der Online-Sicherung bestätigt
        Während eines Sicherungslaufs aufgezeichnete Netzlast

# ML3 = einmal für die Organisation festgelegt und nachweislich angewandt; nicht „alle Standorte“ (Review 2026-12)
avail-2-3 =
    .title = Überprüfung der Sicherung
    .question = Woher wissen Sie, dass Ihre Sicherungen vollständig und brauchbar sind, zum Beispiel durch Prüfsummen, den Vergleich mit dem laufenden Programm oder eine Wiederherstellung auf einem Testrechner?
    .guidance =
        ML1: Man geht davon aus, dass die Sicherungen in Ordnung sind.
        ML2: Für dieses System werden Sicherungen nach ihrer Erstellung geprüft und die Ergebnisse dokumentiert.
        ML3: Die Überprüfung ist ein festgelegter Schritt des Sicherungsprozesses des Unternehmens, und es gibt Prüfnachweise.
        ML4: Fehlgeschlagene Überprüfungen werden ausgewertet und der Prozess verbessert.
        Schwachpunkte: Sicherungen, die sich ohne Lizenz oder Dongle nicht zurückspielen lassen; Sicherungen, die bereits Schadsoftware enthalten.
    .evidence =
        Nachweise der Sicherungsüberprüfung
        Mit den Sicherungsdateien abgelegte Prüfsummen
        Vergleich einer Sicherung mit dem laufenden Steuerungsprogramm

# ML3 = einmal für die Organisation festgelegt und nachweislich angewandt; nicht „alle Standorte“ (Review 2026-12)
avail-2-4 =
    .title = Sicherungsmedien
    .question = Wo werden Ihre Sicherungen aufbewahrt, und sind sie gegen Diebstahl, Feuer, Ransomware und Manipulation geschützt, zum Beispiel durch eine Offline- oder externe Kopie an einem verschlossenen Ort?
    .guidance =
        ML1: Sicherungen liegen auf einer Netzwerkfreigabe oder einem Laptop, erreichbar aus dem Netz, das sie schützen sollen.
        ML2: Für dieses System werden Sicherungen mit Zugriffskontrolle aufbewahrt, eine Kopie offline oder extern, Medien gekennzeichnet.
        ML3: Aufbewahrungsregeln sind für die Organisation festgelegt; Nachweise zum Umgang mit Medien zeigen, dass sie befolgt werden.
        ML4: Medien werden auf Alter und Lesbarkeit geprüft und die Regeln verbessert.
        Schwachpunkte: die einzige Sicherung auf einem Server in derselben Domäne wie das System; alte Medien, die niemand mehr lesen kann.
    .evidence =
        Aufbewahrungsorte der Sicherungen und wer Zugriff hat
        Nachweis der Offline- oder externen Kopie
        Medienverzeichnis mit Alter und Kennzeichnung

# ML3 = einmal für die Organisation festgelegt und nachweislich angewandt; nicht „alle Standorte“ (Review 2026-12)
avail-2-5 =
    .title = Wiederherstellung aus der Sicherung
    .question = Haben Sie kürzlich tatsächlich eine Steuerung, eine Bedienstation oder einen Server aus einer Sicherung wiederhergestellt, und gibt es ein schriftliches Verfahren, das dem Schichtpersonal sagt, wie das geht und wie lange es dauert?
    .guidance =
        ML1: Eine Wiederherstellung würde ein einzelner Experte aus dem Gedächtnis durchführen.
        ML2: Für dieses System gibt es Wiederherstellungsverfahren, und eine Wiederherstellung wurde getestet.
        ML3: Eine Unternehmensregel legt einen Plan für Wiederherstellungstests fest; Ergebnisse und Dauer der Tests werden dokumentiert.
        ML4: Wiederherstellungszeiten werden mit den Zielvorgaben verglichen und die Verfahren verbessert.
        Schwachpunkte: Wiederherstellungen, die Herstellerlizenzen, alte Softwareversionen oder nicht mehr erhältliche Hardware brauchen.
    .evidence =
        Wiederherstellungsverfahren für eine Steuerung oder einen Server
        Nachweis des letzten Wiederherstellungstests mit seiner Dauer
        Für eine Wiederherstellung benötigte Software und Lizenzen
