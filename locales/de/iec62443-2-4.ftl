### IEC 62443-2-4:2023 (Ed. 2) Fähigkeiten von Dienstleistern: deutsche Texte für iacs-assess.
### Eigens für dieses Werkzeug geschrieben; dies ist nicht der Wortlaut der Norm. Kennungen und Kurztitel sind Fakten.
### Befragt wird der Dienstleister (Integrator oder Wartungsdienstleister): Projektleitung,
### Security-Verantwortliche oder Servicetechniker. Die Fragen sprechen von „Ihrem Unternehmen“, „Ihrem Personal“ und „dieser Lösung“.
### Begriffe (Review 2026-12), geprüft von tests/terms.rs: Allowlist und Application-Allowlisting, nie Whitelist oder Blacklist; Reifegrade ML1 Initial, ML2 Gesteuert, ML3 Definiert, ML4 Kontinuierlich verbessert.

questionnaire =
    .title = IEC 62443-2-4 Fähigkeiten von Dienstleistern
    .description = IEC 62443-2-4 betrachtet, was ein Integrator oder Wartungsdienstleister sicher leisten kann, wenn er für einen Anlagenbetreiber eine Automatisierungslösung errichtet oder betreut: sein Personal, seine Entwürfe, sein Umgang mit Fernzugriff, Konten, Schadsoftware, Patches und Sicherungen. Jede Anforderung wird mit einem Reifegrad beantwortet, von ML1 (umgesetzt, aber ad hoc) bis ML4 (gemessen und verbessert), oder als nicht umgesetzt bzw. nicht anwendbar markiert.

## Funktionsbereiche

sp-01 =
    .title = Personal für die Lösung
    .description = Wie Sie die Menschen auswählen, einweisen und verpflichten, die an der Lösung eines Kunden arbeiten, Ihr eigenes Personal ebenso wie das Ihrer Subunternehmer. Dazu gehört auch, wer für Security spricht und wie der Kunde von Personalwechseln erfährt.

sp-02 =
    .title = Nachweise (Assurance)
    .description = Ob Sie zeigen können, dass das Gelieferte sicher genug ist: Nachweise für die eingesetzten Produkte, gefahrlose Security-Werkzeuge und Scans sowie Härtungsvorgaben, die tatsächlich eingehalten werden.

sp-03 =
    .title = Architektur
    .description = Security, die in die Lösung eingeplant ist: Risikobeurteilung, Zonen und Segmentierung, Schwachstellen, Zeitsynchronisation, Härtung, Arbeitsplatzrechner, Administration von Netzwerkgeräten und sensible Daten.

sp-04 =
    .title = Funk (Wireless)
    .description = Wie Funkverbindungen der Lösung geplant, dokumentiert, geschützt und benannt werden. Hat die Lösung überhaupt keine Funkverbindungen, markieren Sie den ganzen Bereich mit dieser Begründung als nicht anwendbar.

sp-05 =
    .title = SIS (sicherheitsgerichtetes System)
    .description = Das sicherheitsgerichtete System, seine Kommunikation und seine Engineering-Werkzeuge gegen Leitsystem, Fernzugriff und andere Software abschirmen. Als nicht anwendbar markieren, wenn die Lösung kein SIS enthält.

sp-06 =
    .title = Konfigurationsmanagement
    .description = Zeichnungen und Bestandsdokumentation (as-built), das Verzeichnis der Komponenten und Prüfungen, ob Geräte die freigegebenen Einstellungen haben.

sp-07 =
    .title = Fernzugriff
    .description = Wie Fernverbindungen in das System des Kunden ausgewählt, beschrieben, einzeln freigegeben und geschützt werden, besonders über öffentliche Netze.

sp-08 =
    .title = Ereignismanagement
    .description = Umgang mit Sicherheitsvorfällen, Protokollierung von Security-Ereignissen, sichere Meldung von Prozessalarmen und -ereignissen und das Verhalten der Lösung bei einer Ereignisflut.

sp-09 =
    .title = Kontenverwaltung
    .description = Benutzerkonten und Passwörter in der Lösung: persönliche Konten, Standard- und eingebaute Konten, Entfernen alter Konten, Passwortregeln und gemeinsam genutzte Passwörter.

sp-10 =
    .title = Schutz vor Schadsoftware
    .description = Schutz vor Schadsoftware in der Lösung und seine Pflege, Prüfung der Erkennung, Aktualisierung der Signaturen sowie saubere gelieferte Geräte und Wechseldatenträger.

sp-11 =
    .title = Patch-Management
    .description = Patches für die Lösung qualifizieren, den Patchstand berichten, Patches sicher beziehen und weitergeben und sie mit Freigabe des Kunden installieren, ohne die Härtung zu verlieren.

sp-12 =
    .title = Sicherung/Wiederherstellung
    .description = Verfahren für Sicherung und Wiederherstellung, Sicherungsmedien, Prüfung und eine vollständige Vorführung, Sicherungen nach dem Zeitplan des Kunden ohne Störung des Betriebs sowie Wiederanlauf nach einem Notfall.

## SP.01 Personal für die Lösung

sp-01-01-br =
    .title = Eigenes Personal kennt seine Security-Pflichten
    .question = Wissen die Ingenieure und Projektmitarbeitenden, die Sie für die Lösung dieses Kunden einsetzen, welche Security-Regeln Ihres Unternehmens bei diesem Auftrag gelten, und können Sie zeigen, dass sie sie einhalten?
    .guidance =
        Achten Sie auf eine projektbezogene Einweisung, nicht nur auf ein jährliches Awareness-E-Learning.
        ML1: Erfahrene Ingenieure kennen die Regeln aus Gewohnheit; nichts zeigt, wer worüber informiert wurde.
        ML2: Eine schriftliche Security-Einweisung für diese Lösung existiert, und jede eingesetzte Person hat teilgenommen oder unterschrieben.
        ML3: Dieselbe unternehmensweite Einweisung läuft in jedem Projekt, und Nachweise belegen sie für jedes neue Teammitglied.
        ML4: Die Einweisung wird anhand von Auditfeststellungen und Vorfällen überarbeitet; Teilnahme und Regelverstöße werden verfolgt.
        Schwachpunkte: Personen, die mitten im Projekt dazukommen, und Servicetechniker, die nur für einen einzelnen Einsatz kommen.
        Auch fragen: Was passiert, wenn jemand gegen eine Regel verstößt, und gibt es dafür ein echtes Beispiel?
    .evidence =
        Unterlagen der Security-Einweisung für diese Lösung
        Teilnehmerliste oder unterschriebene Bestätigungen des eingesetzten Personals
        Security-Regeln Ihres Unternehmens für Projektarbeit und Arbeit vor Ort

sp-01-01-re-1 =
    .title = Subunternehmer kennen ihre Security-Pflichten
    .question = Wenn Sie Subunternehmer oder freiberufliche Ingenieure für diese Lösung hinzuziehen, wie stellen Sie sicher, dass sie dieselben Security-Regeln kennen und einhalten wie Ihr eigenes Personal?
    .guidance =
        ML1: Subunternehmer erfahren die Regeln mündlich von der Person, die sie beauftragt hat.
        ML2: Die Unterverträge für diese Lösung enthalten Ihre Security-Regeln, und jede Person des Subunternehmers wurde nachweislich eingewiesen.
        ML3: Eine Standardklausel und ein Einweisungsschritt gelten für jeden Subunternehmer; der Einkauf kann ohne sie keine Bestellung auslösen.
        ML4: Die Regeltreue der Subunternehmer wird bewertet (Auditergebnisse, Vorfälle), und Vertragsbedingungen oder Einweisung werden angepasst.
        Schwachpunkte: Subunternehmer der zweiten Ebene, Leihpersonal, Spezialisten von Herstellern, die für einen Tag kommen.
        Auch fragen: Wer in Ihrem Unternehmen prüft, ob ein Subunternehmer seine eigenen Leute wirklich eingewiesen hat?
    .evidence =
        Untervertrag oder Bestellung mit Security-Klauseln
        Einweisungsnachweise für Personal von Subunternehmern in diesem Projekt
        Liste der Subunternehmer, die an der Lösung arbeiten

sp-01-02-br =
    .title = Personal kennt die Security-Regeln des Kunden
    .question = Werden Ihre Leute, bevor sie am Standort oder an den Systemen dieses Kunden arbeiten, über die eigenen Security-Regeln des Kunden informiert, etwa zu Zutritt, USB-Sticks, Fernzugriff und Passwörtern?
    .guidance =
        ML1: Das Personal lernt die Regeln des Kunden am ersten Tag vor Ort kennen, wenn überhaupt.
        ML2: Die für diese Lösung relevanten Regeln des Kunden sind gesammelt und dem Team erläutert, und die Teilnahme ist dokumentiert.
        ML3: Richtlinien des Kunden einzuholen und zu vermitteln ist ein fester Projektschritt; die Nachweise liegen Projekt für Projekt vor.
        ML4: Abweichungen zwischen Kundenregeln und Ihrer eigenen Praxis werden ausgewertet und fließen in Ihre Einweisungen ein.
        Schwachpunkte: Kundenregeln, die sich während des Projekts ändern, und Personal im Fernzugriff, das nie vor Ort ist.
        Auch fragen: Wie würden Sie erfahren, dass der Kunde eine seiner Security-Regeln geändert hat?
    .evidence =
        Kopie der Security-Regeln des Kunden in den Projektunterlagen
        Nachweise der Standorteinweisung für jeden Ingenieur
        Kick-off-Protokoll, das die Security-Regeln des Kunden behandelt

sp-01-02-re-1 =
    .title = Personal hält Änderungs- und Arbeitsfreigaben ein
    .question = Ändern Ihre Ingenieure am Leitsystem des Kunden nur etwas im Rahmen seines Änderungsmanagements (MoC) und seines Arbeitsfreigabeverfahrens, auch bei kleinen Korrekturen?
    .guidance =
        ML1: Freigaben werden meist eingeholt, aber schnelle Korrekturen wie ein Tag, eine Sollwertgrenze oder eine Firewall-Regel rutschen durch.
        ML2: Für diese Lösung trägt jede Änderung eine Freigabe- oder MoC-Nummer in Ihren Arbeits- oder Serviceberichten.
        ML3: Ihr Unternehmensverfahren verbietet an jedem Standort Arbeiten ohne Freigabe des Kunden; interne Audits bestätigen das.
        ML4: Abweichungen werden gezählt und analysiert, und Verfahren oder Schulung werden angepasst.
        Schwachpunkte: Änderungen per Fernzugriff in der Nacht, Online-Änderungen an SPS-Programmen, Tausch „gleich gegen gleich“.
        Auch fragen: Nennen Sie eine Änderung aus dem letzten Monat und zeigen Sie die zugehörige Freigabe.
    .evidence =
        Arbeits- oder Serviceberichte mit MoC- oder Freigabenummern
        Freigabe des Kunden für eine kürzliche Änderung
        Ihre interne Regel, die die Freigabe des Kunden verlangt

sp-01-03-br =
    .title = Personal zum Schutz der Kundendaten verpflichtet
    .question = Ist Ihr Personal per Vertrag oder unterschriebener Vereinbarung verpflichtet, die Informationen dieses Kunden vertraulich zu behandeln: Zeichnungen, IP-Pläne, Passwörter, Rezepte und Prozessdaten?
    .guidance =
        ML1: Arbeitsverträge enthalten eine allgemeine Verschwiegenheitsklausel, die nichts über Kundendaten sagt.
        ML2: Alle an dieser Lösung Beteiligten haben eine Geheimhaltungsvereinbarung (NDA) oder Vertraulichkeitserklärung zu Kundendaten unterschrieben.
        ML3: Eine Unternehmensregel verlangt das in jedem Projekt, und Personal- und Projektunterlagen belegen es jedes Mal.
        ML4: Verstöße und Beinahe-Vorfälle werden ausgewertet, und Vereinbarungen und Regeln zum Datenumgang werden verbessert.
        Schwachpunkte: Zeichnungen und Sicherungen, die nach Projektende auf persönlichen Laptops oder Dateifreigaben liegen bleiben.
        Auch fragen: Was geschieht mit Kundendaten bei einem Ingenieur, der Ihr Unternehmen verlässt?
    .evidence =
        Unterschriebene NDA oder Vertraulichkeitserklärung des eingesetzten Personals
        Ihre Regeln für den Umgang mit Kundeninformationen
        Austrittscheckliste für ausscheidende Mitarbeitende

sp-01-03-re-1 =
    .title = Subunternehmer zum Schutz der Kundendaten verpflichtet
    .question = Sind Ihre Subunternehmer und jede ihrer Personen mit Zugang verpflichtet, die Daten dieses Kunden genauso zu schützen wie Ihr eigenes Personal, und können Sie das zeigen?
    .guidance =
        ML1: Der Untervertrag hat eine allgemeine Vertraulichkeitsklausel; die einzelnen Personen unterschreiben nichts.
        ML2: Jede Person des Subunternehmers an dieser Lösung ist durch eine unterschriebene Vereinbarung abgedeckt, die Sie vorlegen können.
        ML3: Der Einkauf verlangt das für jeden Untervertrag, weitergereicht an weitere Ebenen; die Nachweise sind vollständig.
        ML4: Sie prüfen, wie Subunternehmer mit Kundendaten umgehen, und verschärfen die Bedingungen nach Feststellungen.
        Schwachpunkte: Kundendaten, die per E-Mail oder über nicht von Ihnen kontrollierte Dateifreigabedienste an Subunternehmer gehen.
        Auch fragen: Wissen Sie, welche Kundendokumente jeder Subunternehmer heute besitzt?
    .evidence =
        Vertraulichkeitsklausel im Untervertrag
        Unterschriebene Vereinbarungen einzelner Personen des Subunternehmers
        Nachweis, welche Kundendaten mit wem geteilt wurden

sp-01-04-br =
    .title = Zuverlässigkeitsprüfung des eigenen Personals
    .question = Prüfen Sie die Zuverlässigkeit Ihres Personals (Identität, Referenzen, Führungszeugnis, soweit gesetzlich erlaubt), das privilegierten oder unbegleiteten Zugang zu den Systemen dieses Kunden erhält?
    .guidance =
        ML1: Einige Mitarbeitende wurden bei der Einstellung geprüft, ohne Bezug zu den Rollen, die sie später übernehmen.
        ML2: Mitarbeitende in sensiblen Rollen an dieser Lösung haben eine dokumentierte Prüfung, die den Vorgaben des Kunden entspricht.
        ML3: Ein Unternehmensverfahren legt fest, welche Rollen welche Prüfungen brauchen und wann sie wiederholt werden; Personalunterlagen belegen das.
        ML4: Der Prüfumfang wird nach Vorfällen, Gesetzesänderungen und Rückmeldungen von Kunden überprüft.
        Schwachpunkte: Langjährige Mitarbeitende, die nie erneut geprüft wurden, interne Versetzungen, Grenzen durch örtliches Datenschutzrecht.
        Auch fragen: Können Sie dem Kunden bestätigen, wer geprüft wurde, ohne personenbezogene Daten offenzulegen?
    .evidence =
        Prüfverfahren und die Liste der erfassten Rollen
        Bestätigung der Personalabteilung über Prüfungen des eingesetzten Personals
        Vorgaben des Kunden zur Überprüfung, falls vorhanden

sp-01-04-re-1 =
    .title = Zuverlässigkeitsprüfung von Subunternehmern
    .question = Stellen Sie sicher, dass Personal von Subunternehmern mit privilegiertem oder unbegleitetem Zugang zu den Systemen dieses Kunden nach demselben Maßstab überprüft wurde wie Ihre eigenen Leute?
    .guidance =
        ML1: Sie vertrauen dem Subunternehmer; nichts wird verlangt oder dokumentiert.
        ML2: Für diese Lösung hat der Subunternehmer schriftlich bestätigt, dass jede namentlich genannte Person überprüft wurde.
        ML3: Jeder Untervertrag verlangt gleichwertige Prüfungen, und die Bestätigung wird eingeholt, bevor irgendein Zugang gewährt wird.
        ML4: Sie prüfen die Überprüfungen der Subunternehmer stichprobenartig und verschärfen die Anforderungen nach Feststellungen.
        Schwachpunkte: Kurzfristig geschicktes Ersatzpersonal, Außendiensttechniker der Hersteller.
        Auch fragen: Wer hindert einen Subunternehmer am Arbeitsbeginn, wenn die Bestätigung fehlt?
    .evidence =
        Klausel im Untervertrag, die die Überprüfung verlangt
        Schriftliche Bestätigung der Prüfungen für namentlich genanntes Personal des Subunternehmers
        Zugangsantrag, der den Prüfstatus abfragt

sp-01-05-br =
    .title = Benannter Security-Ansprechpartner für den Kunden
    .question = Ist eine namentlich benannte Person in Ihrem Unternehmen Security-Ansprechpartner für die Lösung dieses Kunden, und weiß der Kunde, wer das ist und wie diese Person und ihre Vertretung erreichbar sind?
    .guidance =
        ML1: Die Projektleitung beantwortet Security-Fragen, wenn sie aufkommen; niemand ist benannt.
        ML2: Ein Security-Ansprechpartner und eine Vertretung sind für diese Lösung in den Projektunterlagen für den Kunden benannt.
        ML3: Jedes Projekt benennt nach einem Unternehmensverfahren einen Security-Ansprechpartner, überall mit derselben Rollenbeschreibung.
        ML4: Die Reaktion auf Security-Anfragen des Kunden wird verfolgt, und die Rolle wird aus der Erfahrung heraus angepasst.
        Schwachpunkte: Der Ansprechpartner hat gewechselt, aber der Kunde wurde nie informiert; keine Vertretung im Urlaub.
        Auch fragen: Rufen Sie die Nummer im Dokument an: Wer meldet sich?
    .evidence =
        Projektorganigramm mit dem Security-Ansprechpartner
        Dem Kunden übergebene Kontaktliste
        Rollenbeschreibung des Security-Ansprechpartners

sp-01-06-br =
    .title = Security-Verantwortlicher ist ausreichend qualifiziert
    .question = Verfügt die Person, die die Security-Arbeiten an dieser Lösung leitet, über nachgewiesene Kenntnisse in der Security industrieller Steuerungssysteme, durch Schulung, Zertifizierung oder vergleichbare Projekterfahrung?
    .guidance =
        ML1: Der Verantwortliche ist ein fähiger Ingenieur ohne spezielle Security-Schulung oder nachweisbare Erfahrung.
        ML2: Die für die Rolle nötigen Qualifikationen sind schriftlich festgelegt, und der Verantwortliche dieser Lösung erfüllt sie.
        ML3: Das Unternehmen führt ein Kompetenzprofil für Security-Verantwortliche und einen Nachweis, wer qualifiziert ist.
        ML4: Qualifikationen werden planmäßig aufgefrischt, und in Projekten erkannte Lücken steuern die Schulung.
        Schwachpunkte: Abgelaufene Zertifikate, Security-Kenntnisse aus der Büro-IT ohne Anlagenerfahrung.
        Auch fragen: Wer vertritt den Verantwortlichen bei Abwesenheit, und ist diese Person ebenfalls qualifiziert?
    .evidence =
        Kompetenzprofil für Security-Verantwortliche
        Lebenslauf, Schulungsnachweise oder Zertifikate des aktuellen Verantwortlichen
        Schulungsplan für Security-Personal

sp-01-07-br =
    .title = Kunde über Personalwechsel informiert
    .question = Wenn jemand mit Zugang zu den Systemen dieses Kunden ins Projekt kommt, es verlässt oder Ihr Unternehmen verlässt, informieren Sie den Kunden rechtzeitig, damit er Zugänge einrichten oder entziehen kann?
    .guidance =
        ML1: Der Kunde merkt es, wenn ein neues Gesicht auftaucht oder ein altes Konto auffällt.
        ML2: Personalwechsel an dieser Lösung werden innerhalb einer mit dem Kunden vereinbarten Frist schriftlich gemeldet.
        ML3: Die Meldung an den Kunden ist für jeden Kunden ein Schritt Ihres Prozesses für Eintritte, Wechsel und Austritte.
        ML4: Meldezeiten werden gemessen und verspätete Fälle ausgewertet.
        Schwachpunkte: Personen, die kurzfristig ausscheiden, Personalwechsel bei Subunternehmern.
        Auch fragen: Zeigen Sie den letzten Austritt und wann der Kunde die Konten und den Ausweis dieser Person gesperrt hat.
    .evidence =
        An den Kunden gesandte Meldungen zu Personalwechseln
        Austrittscheckliste mit einem Schritt zur Meldung an den Kunden
        Nachweis des Kunden über den Entzug der Zugänge einer ausgeschiedenen Person

## SP.02 Nachweise (Assurance)

sp-02-01-br =
    .title = Nachweis, dass gelieferte Komponenten sicher sind
    .question = Können Sie diesem Kunden belegen, dass die Produkte, die Sie in die Lösung einbauen (Steuerungen, Switches, Bedienstationen, Softwarepakete), sicher genug sind, etwa durch Zertifikate nach IEC 62443-4-2 oder Prüfberichte?
    .guidance =
        ML1: Sie verlassen sich auf Broschüren und allgemeine Aussagen der Hersteller.
        ML2: Für diese Lösung haben Sie Nachweise je Komponententyp gesammelt: Zertifikate, Prüfberichte, Security-Handbücher.
        ML3: Die Produktauswahl verlangt in jedem Projekt Security-Nachweise, festgehalten in einer Liste freigegebener Produkte.
        ML4: Nachweise werden aktualisiert, wenn sich Produkte oder Bedrohungen ändern, und schwache Produkte werden ausgemustert.
        Schwachpunkte: Software von Drittanbietern wie OPC-Server und Fernwartungswerkzeuge, alte Ersatzteile aus dem Lager.
        Auch fragen: Was tun Sie, wenn der Kunde auf einem Produkt besteht, für das es keine Nachweise gibt?
    .evidence =
        Komponentenliste mit dem Security-Nachweis für jede Position
        Security-Zertifikate oder Prüfberichte der Produkte
        Liste freigegebener Produkte und ihre Auswahlkriterien

sp-02-02-br =
    .title = Security-Testwerkzeuge empfohlen
    .question = Teilen Sie dem Kunden mit, welche Werkzeuge gefahrlos zum Scannen oder Testen der Security dieser Lösung eingesetzt werden können (Schwachstellenscanner, Netzwerkmitschnitt, Konfigurationsprüfer), und mit welchen Einstellungen?
    .guidance =
        ML1: Ingenieure nennen auf Nachfrage ein Werkzeug; niemand hat es an einem System dieser Art ausprobiert.
        ML2: Eine Werkzeugliste für diese Lösung mit als sicher bekannten Einstellungen wurde dem Kunden übergeben.
        ML3: Ihr Unternehmen führt eine Liste von Werkzeugen, die auf seinen Referenzsystemen getestet wurden, und nutzt sie in allen Projekten.
        ML4: Die Empfehlungen werden anhand von Testergebnissen und Felderfahrung aktualisiert.
        Schwachpunkte: Voreingestellte „Full“-Scanprofile, die ältere Steuerungen oder Kommunikationsbaugruppen zum Absturz bringen.
        Auch fragen: Hat ein empfohlenes Werkzeug je Probleme verursacht, und was wurde danach geändert?
    .evidence =
        Dem Kunden übergebene Liste empfohlener Werkzeuge
        Testnachweis, dass die Werkzeuge an diesem Systemtyp erprobt wurden
        Sichere Einstellungen je Komponententyp

sp-02-02-re-1 =
    .title = Kundenfreigabe vor Einsatz von Security-Werkzeugen
    .question = Holen Sie, bevor Ihr Personal einen Scanner, einen Netzwerkmitschnitt oder ein anderes Security-Werkzeug im Netz des Kunden einsetzt, die schriftliche Freigabe des Kunden für Werkzeug, Umfang und Zeitfenster ein?
    .guidance =
        ML1: Ingenieure fragen vor dem Scannen mündlich den Schichtleiter.
        ML2: Für diese Lösung hat jeder Werkzeugeinsatz eine schriftliche Freigabe mit Werkzeug, Zielbereich und Zeitfenster.
        ML3: Unternehmensregeln verbieten an jedem Standort den Einsatz solcher Werkzeuge ohne Kundenfreigabe; die Nachweise sind vollständig.
        ML4: Nicht freigegebener Werkzeugeinsatz wird erkannt und analysiert, und der Freigabeprozess wird verbessert.
        Schwachpunkte: Laptop-Software, die selbstständig scannt (Discovery in Asset-Tools, Druckersuche, IDE-Plug-ins).
        Auch fragen: Woran würden Sie erkennen, dass ein Ingenieur ein Werkzeug ohne Freigabe eingesetzt hat?
    .evidence =
        Freigabe für einen kürzlichen Scan mit Werkzeug, Umfang und Zeit
        Unternehmensregel zu Security-Werkzeugen an Kundenstandorten
        Arbeitsfreigabe, die eine Scan-Tätigkeit abdeckt

sp-02-02-re-2 =
    .title = Scans nach unbekannten Geräten und Schwachstellen
    .question = Scannen Sie die Lösung, um Geräte, Dienste oder Verbindungen, die in der Dokumentation fehlen, sowie bekannte Schwachstellen zu finden, und berichten Sie dem Kunden, was Sie gefunden haben?
    .guidance =
        ML1: Jemand hat bei der Inbetriebnahme einmal gescannt; die Ergebnisse wurden nicht aufbewahrt.
        ML2: Scans dieser Lösung folgen einer schriftlichen Methode; Ergebnisse werden mit dem Komponentenverzeichnis abgeglichen und berichtet.
        ML3: Dieselbe Methode wird in allen Projekten zu festen Zeitpunkten eingesetzt, z. B. vor der Übergabe und nach größeren Änderungen.
        ML4: Feststellungen werden über die Zeit verfolgt, und die Methode wird so abgestimmt, dass sie mit weniger Störung mehr findet.
        Schwachpunkte: Vergessene Modems, PCs mit Anschluss an zwei Netze (dual-homed) und unmanaged Switches, die ein schneller Scan nicht zeigt.
        Auch fragen: Was geschah mit dem letzten undokumentierten Gerät, das Sie gefunden haben?
    .evidence =
        Letzter Scanbericht mit seinen Feststellungen
        Abgleich der Scanergebnisse mit dem Komponentenverzeichnis
        Scanverfahren

sp-02-02-re-3 =
    .title = Anlage läuft während Scans weiter
    .question = Wie stellen Sie sicher, dass ein Security-Scan oder -Test am laufenden System keine wesentlichen Funktionen stört, etwa Regelung, Sicherheitsfunktionen, Alarme und Bedienbilder?
    .guidance =
        ML1: Scans werden aus dem Bauchgefühl heraus behutsam gehalten oder an der laufenden Anlage einfach vermieden.
        ML2: Für diese Lösung wurden sichere Einstellungen auf einem Testsystem nachgewiesen, mit schriftlichen Abbruchkriterien und einer Rückfallebene.
        ML3: Eine Unternehmensmethode umfasst Versuche an einem Referenzsystem, Beobachtung des Prozesses während des Scans und schnelles Abbrechen.
        ML4: Durch Scans verursachte Störungen und Beinahe-Störungen werden analysiert, und die Methode wird verfeinert.
        Schwachpunkte: Steuerungen mit empfindlichem Netzwerk-Stack, Scans während des Anfahrens oder eines Chargenwechsels.
        Auch fragen: Wer beobachtet den Prozess, und wer kann den Scan stoppen?
    .evidence =
        Versuchsprotokoll der Scaneinstellungen auf einem Test- oder Referenzsystem
        Scanplan mit Überwachungs- und Abbruchschritten
        Schichtbuch der Bediener während des letzten Scans

sp-02-03-br =
    .title = Härtungsvorgaben dokumentiert
    .question = Geben Sie dem Kunden schriftliche Härtungsvorgaben für jeden Komponententyp der Lösung: welche Dienste, Ports, Konten und Einstellungen abzuschalten oder zu setzen sind?
    .guidance =
        ML1: Ingenieure härten aus dem Gedächtnis; nichts ist aufgeschrieben.
        ML2: Härtungsleitfäden für die Komponenten dieser Lösung existieren und wurden dem Kunden übergeben.
        ML3: Ihr Unternehmen führt Härtungsleitfäden je Produkt und Version, die vor jedem Projekt überprüft werden.
        ML4: Leitfäden werden anhand neuer Schwachstellen und Auditfeststellungen aktualisiert, mit Versionshistorie.
        Schwachpunkte: Leitfäden, die Windows abdecken, aber Switches, Steuerungen, Firewalls und dezentrale Peripherie vergessen.
        Auch fragen: Welche Version des Leitfadens gilt für die heute installierte Firmware?
    .evidence =
        Härtungsleitfaden für eine Bedienstation oder Engineering-Station
        Härtungsleitfaden für einen Switch oder eine Firewall der Lösung
        Versionshistorie der Leitfäden

sp-02-03-re-1 =
    .title = Härtung gegen die Vorgaben geprüft
    .question = Prüfen Sie nach Installation oder Änderung einer Komponente, ob sie wirklich gemäß Ihren Vorgaben gehärtet wurde, und bewahren Sie das Ergebnis auf?
    .guidance =
        ML1: Wer installiert hat, sagt, es sei erledigt; niemand prüft.
        ML2: Für diese Lösung wird je Komponente eine Checkliste oder skriptgestützte Prüfung durchgeführt, und die Ergebnisse werden aufbewahrt.
        ML3: Die Prüfung ist in allen Projekten ein fester Schritt vor der Übergabe, durchgeführt von jemand anderem als der installierenden Person.
        ML4: Gefundene Abweichungen werden gezählt, und Leitfäden und Prüfwerkzeuge werden verbessert.
        Schwachpunkte: Bei der Wartung getauschte Teile, die nie erneut geprüft werden.
        Auch fragen: Wählen Sie ein Gerät und vergleichen Sie seine aktuellen Einstellungen mit der Checkliste.
    .evidence =
        Ausgefüllte Härtungscheckliste für eine Komponente
        Ausgabe eines Werkzeugs zur Konfigurationsprüfung
        FAT- oder SAT-Protokoll mit einem Schritt zur Härtungsprüfung

## SP.03 Architektur

sp-03-01-br =
    .title = Security-Risikobeurteilung der Lösung
    .question = Haben Sie, oder der Kunde mit Ihrer Hilfe, eine Security-Risikobeurteilung dieser Lösung durchgeführt (etwa nach IEC 62443-3-2), und haben ihre Ergebnisse den Entwurf geprägt?
    .guidance =
        ML1: Risiken wurden in Design-Reviews besprochen, aber nicht aufgeschrieben.
        ML2: Eine dokumentierte Risikobeurteilung dieser Lösung nennt Bedrohungen, Auswirkungen und die gewählten Maßnahmen.
        ML3: Eine einheitliche Unternehmensmethode wird in allen Projekten genutzt, und ihre Ergebnisse bestimmen Zonen und Ziel-Security-Level.
        ML4: Die Methode wird nach Vorfällen und neuen Bedrohungen überprüft; Beurteilungen werden nach größeren Änderungen wiederholt.
        Schwachpunkte: Eine Beurteilung, die einmal im Entwurf erstellt und nach Änderungen des Umfangs nie wieder angesehen wurde.
        Auch fragen: Zeigen Sie auf eine Firewall oder Entwurfsentscheidung und nennen Sie das Risiko, auf das sie antwortet.
    .evidence =
        Bericht der Risikobeurteilung dieser Lösung
        Entwurfsdokument, das Maßnahmen mit Risiken verknüpft
        Die Methode Ihres Unternehmens zur Risikobeurteilung

sp-03-01-re-1 =
    .title = Ergebnisse der Risikobeurteilung an den Kunden
    .question = Haben Sie dem Kunden die Ergebnisse der Security-Risikobeurteilung dieser Lösung übergeben, einschließlich der Restrisiken, die er selbst akzeptieren oder behandeln muss?
    .guidance =
        ML1: Die Ergebnisse wurden in einer Besprechung erörtert; nichts wurde übergeben.
        ML2: Der Bericht zu dieser Lösung wurde an den Kunden gesandt und der Empfang dokumentiert.
        ML3: Die Ergebnisse mit aufgelisteten Restrisiken sind in jedem Projekt eine feste Lieferleistung.
        ML4: Rückmeldungen des Kunden zu den Ergebnissen werden gesammelt und zur Verbesserung des Berichts genutzt.
        Schwachpunkte: Restrisiken, versteckt in einem Anhang; Bericht an den Einkauf statt an den Security-Verantwortlichen geschickt.
        Auch fragen: Hat der Kunde die Restrisiken formell akzeptiert, und wer hat unterschrieben?
    .evidence =
        Übermittlungsschreiben der Risikobeurteilung an den Kunden
        Vom Kunden akzeptierte oder unterschriebene Restrisikoliste

sp-03-01-re-2 =
    .title = Unabhängige Prüfung von Architektur und Bedrohungen
    .question = Hat jemand, der vom Entwurfsteam unabhängig ist, etwa eine andere Abteilung oder eine externe Firma, die Security-Architektur und das Bedrohungsmodell dieser Lösung geprüft?
    .guidance =
        ML1: Ein Kollege hat informell darübergeschaut.
        ML2: Eine unabhängige Prüfung dieser Lösung wurde durchgeführt; ihre Feststellungen sind dokumentiert und werden nachverfolgt.
        ML3: Eine unabhängige Prüfung ist in allen Projekten ab einer festgelegten Größe oder einem festgelegten Risiko ein Pflicht-Meilenstein.
        ML4: Feststellungen werden projektübergreifend analysiert, um Entwurfsmuster und die Prüfung selbst zu verbessern.
        Schwachpunkte: „Unabhängige“ Prüfer, die selbst Teile des Systems entworfen haben.
        Auch fragen: Welche Feststellungen der Prüfung wurden nicht umgesetzt, und warum?
    .evidence =
        Unabhängiger Prüfbericht mit Namen der Prüfer
        Maßnahmenverfolgung, die zeigt, wie jede Feststellung geschlossen wurde

sp-03-02-br =
    .title = Netz wie geplant segmentiert
    .question = Ist die Lösung genau nach dem vom Kunden freigegebenen Entwurf in Zonen und Conduits aufgeteilt (getrennte Netze, Firewalls, DMZ), und können Sie zeigen, dass dies geprüft wurde?
    .guidance =
        ML1: Netze sind dort getrennt, wo Ingenieure es für sinnvoll hielten.
        ML2: Die Segmentierung dieser Lösung folgt einem freigegebenen Entwurf und wurde bei der Übergabe verifiziert.
        ML3: Jedes Projekt setzt einen freigegebenen Zonenentwurf um und verifiziert ihn, z. B. durch Prüfung der Firewall-Regeln und Tests.
        ML4: Die Segmentierung wird regelmäßig erneut verifiziert, und Entwurfsmuster werden anhand von Feststellungen verbessert.
        Schwachpunkte: Zurückgelassene provisorische Verbindungen, Engineering-Stationen in zwei Netzen, flache „Wartungs“-VLANs.
        Auch fragen: Zeigen Sie ein Kabel oder VLAN, das eine Zonengrenze überquert, und den Conduit, zu dem es gehört.
    .evidence =
        Freigegebene Zeichnung der Zonen und Conduits
        Export der Firewall-Regeln mit der Begründung jeder Regel
        Protokoll des Segmentierungstests bei der Übergabe

sp-03-02-re-1 =
    .title = Segmente und ihre Schnittstellen dokumentiert
    .question = Führen Ihre Dokumente jedes Netzsegment der Lösung und jede Schnittstelle zwischen Segmenten auf und kennzeichnen, welche mit vertrauenswürdigen und welche mit nicht vertrauenswürdigen Netzen verbunden sind?
    .guidance =
        ML1: Der Netzplan zeigt die Segmente; die Schnittstellen sind nicht beschrieben.
        ML2: Für diese Lösung ist jedes Segment und jede Schnittstelle mit Vertrauensstufe und erlaubtem Verkehr aufgeführt.
        ML3: Eine Unternehmensvorlage für Segmente und Schnittstellen wird in allen Projekten genutzt.
        ML4: Die Dokumente werden regelmäßig gegen das reale Netz geprüft, und die Vorlage wird verbessert.
        Schwachpunkte: Verbindungen zum Büronetz, zu Hersteller-Clouds oder für die Historian-Replikation, die niemand aufgeführt hat.
        Auch fragen: Welche Schnittstelle nutzt die Fernwartungsverbindung?
    .evidence =
        Liste der Segmente und Schnittstellen mit Vertrauensstufen
        Conduit-Beschreibungen mit erlaubten Protokollen und Ports

sp-03-02-re-2 =
    .title = Nicht vertrauenswürdige Schnittstellen geschützt
    .question = Wo die Lösung an ein nicht vertrauenswürdiges Netz angebunden ist (Büro-IT, Internet, Dritte), ist die Verbindung durch eine von Ihnen eingerichtete Firewall, DMZ oder Datendiode geschützt, die nur den nötigen Verkehr durchlässt?
    .guidance =
        ML1: Es gibt eine Firewall, aber mit weit gefassten Regeln.
        ML2: Jede nicht vertrauenswürdige Schnittstelle dieser Lösung hat ein Schutzgerät mit minimalen, dokumentierten Regeln.
        ML3: Ein Unternehmensstandard legt Schutzmuster für nicht vertrauenswürdige Schnittstellen fest, angewandt in jedem Projekt.
        ML4: Regeln werden planmäßig überprüft, und Muster werden anhand von Tests und Vorfällen verbessert.
        Schwachpunkte: „Any-to-any“-Regeln, die bei der Inbetriebnahme hinzugefügt und nie entfernt wurden.
        Auch fragen: Wann wurden die Firewall-Regeln zuletzt überprüft, und von wem?
    .evidence =
        Export der Firewall-Konfiguration mit Regelbegründungen
        Entwurf der DMZ
        Nachweis der letzten Regelüberprüfung

sp-03-03-br =
    .title = Umgang mit Schwachstellen der Lösung
    .question = Wie erfahren Sie von neuen Schwachstellen in den Produkten dieser Lösung, wie bewerten Sie, was sie für diesen Kunden bedeuten, und wie teilen Sie dem Kunden mit, was zu tun ist?
    .guidance =
        ML1: Ingenieure hören aus den Nachrichten oder von Herstellern von Schwachstellen und reagieren von Fall zu Fall.
        ML2: Für diese Lösung werden Security-Hinweise (Advisories) beobachtet, bewertet und mit einer Empfehlung an den Kunden weitergegeben.
        ML3: Ein Unternehmensprozess verfolgt Advisories für alle Produkte Ihrer installierten Basis, mit Fristen.
        ML4: Reaktionszeiten werden gemessen, und der Prozess wird verbessert.
        Schwachpunkte: Produkte, die der Hersteller nicht mehr unterstützt, in HMI-Paketen versteckte Bibliotheken von Drittanbietern.
        Auch fragen: Zeigen Sie den letzten Hinweis, den Sie diesem Kunden geschickt haben, und wie lange es gedauert hat.
    .evidence =
        Liste zur Verfolgung der Schwachstellen dieser Lösung
        An den Kunden gesandter Security-Hinweis
        Verfahren zum Umgang mit Schwachstellen

sp-03-03-re-1 =
    .title = Maßnahmen für schwache Protokolle dokumentiert
    .question = Haben Sie für Industrieprotokolle der Lösung mit bekannten Schwächen, etwa Modbus/TCP oder klassisches OPC ohne Authentifizierung, aufgeschrieben, wie das Risiko verringert wird?
    .guidance =
        ML1: Ingenieure wissen, dass die Protokolle schwach sind; nichts ist aufgeschrieben.
        ML2: Für diese Lösung ist jedes schwache Protokoll mit der ausgleichenden Maßnahme aufgeführt, z. B. einer Zonengrenze.
        ML3: Ein Unternehmenskatalog von Protokollschwächen und Gegenmaßnahmen wird in allen Projekten genutzt.
        ML4: Der Katalog wird anhand von Advisories und Felderfahrung aktualisiert.
        Schwachpunkte: Protokolle, die durch Firewalls gelassen werden, weil „der Hersteller es braucht“.
        Auch fragen: Könnte ein Laptop im Steuerungsnetz heute auf eine SPS schreiben?
    .evidence =
        Liste schwacher Protokolle mit ihren Gegenmaßnahmen
        Entwurfsnotiz zu einem schwachen Protokoll

sp-03-04-br =
    .title = Sichere Zeitverteilung
    .question = Beziehen alle Geräte der Lösung ihre Uhrzeit aus einer vertrauenswürdigen, geschützten Quelle, sodass Protokolle und Ereignisse zusammenpassen und die Zeit nicht leicht gefälscht werden kann?
    .guidance =
        ML1: Einige Geräte synchronisieren sich mit einem Zeitserver; andere laufen mit ihrer eigenen Uhr.
        ML2: Diese Lösung hat eine geplante Zeithierarchie mit geschützten Quellen und dokumentierten Einstellungen.
        ML3: Ein Entwurfsstandard des Unternehmens für die Zeitverteilung wird genutzt, und die Synchronisation wird bei der Übergabe geprüft.
        ML4: Zeitabweichungen und Synchronisationsfehler werden überwacht, und der Entwurf wird verbessert.
        Schwachpunkte: Von Hand gestellte Steuerungen, Zeit ungeschützt aus der Bürodomäne oder dem Internet.
        Auch fragen: Vergleichen Sie jetzt die Uhren einer Bedienstation, einer SPS und der Firewall.
    .evidence =
        Entwurf der Zeitverteilung
        Zeiteinstellungen an einer Steuerung und einer Bedienstation
        Prüfprotokoll der Zeitsynchronisation bei der Übergabe

sp-03-05-br =
    .title = Nur benötigte Funktionen aktiviert
    .question = Haben Sie Software, Dienste, Ports und Konten, die die Lösung nicht braucht, auf Arbeitsplatzrechnern, Servern, Steuerungen und Netzwerkgeräten deaktiviert oder entfernt?
    .guidance =
        ML1: Offensichtlich Überflüssiges wird entfernt, wenn es jemandem auffällt.
        ML2: Für diese Lösung sind die benötigten Funktionen je Komponente aufgeführt, und alles andere ist deaktiviert.
        ML3: Jedes Projekt startet mit unternehmensweiten minimalen Baselines je Komponententyp.
        ML4: Baselines werden gegen neue Bedrohungen und Produktversionen überprüft.
        Schwachpunkte: Webserver auf SPS und Switches, offene USB-Ports, ungenutzte Switch-Ports, die aktiv bleiben.
        Auch fragen: Führen Sie einen Portscan an einem Gerät durch und vergleichen Sie ihn mit der Liste.
    .evidence =
        Liste der aktivierten Ports und Dienste je Komponente
        Ergebnis eines Portscans im Vergleich zu dieser Liste
        Baseline-Konfiguration für einen Komponententyp

sp-03-05-re-1 =
    .title = Nur freigegebenen Stammzertifikaten vertraut
    .question = Haben Sie auf den Rechnern und Geräten der Lösung das Vertrauen in Zertifizierungsstellen (CAs) entfernt, die der Kunde nicht freigegeben hat, sodass nur die vom System benötigten bleiben?
    .guidance =
        ML1: Die Standard-Zertifikatsspeicher von Betriebssystem und Herstellern bleiben wie ausgeliefert.
        ML2: Für diese Lösung sind die benötigten CAs aufgeführt, und die Speicher sind entsprechend bereinigt.
        ML3: Alle Projekte nutzen eine mit dem Kunden vereinbarte Vorgabe für vertrauenswürdige CAs.
        ML4: Die Speicher werden regelmäßig geprüft, und die Vorgabe wird aktualisiert, wenn Zertifikate ablaufen oder widerrufen werden.
        Schwachpunkte: Automatische Updates der Stammzertifikate in Windows, die entfernte CAs zurückbringen.
        Auch fragen: Wer entscheidet, dass eine neue CA hinzugefügt werden darf?
    .evidence =
        Liste der freigegebenen CAs für die Lösung
        Export des Zertifikatsspeichers einer Bedienstation oder eines Servers

sp-03-06-br =
    .title = Sitzungssperre an Arbeitsplatzrechnern
    .question = Sperren die von Ihnen gelieferten Arbeitsplatzrechner (Bedienstationen, Engineering-Stationen, Server) die Sitzung nach einer Leerlaufzeit oder auf Anforderung, und zwar so, dass es zur Arbeit der Bediener in der Leitwarte passt?
    .guidance =
        ML1: Die Bildschirmsperre ist auf manchen PCs eingestellt, auf anderen nicht.
        ML2: Für diese Lösung sind Sperrzeiten je Rolle des Arbeitsplatzes mit dem Kunden vereinbart und konfiguriert.
        ML3: Ein Unternehmensstandard legt das Sperrverhalten je Rolle fest und wird in allen Projekten bei der Übergabe geprüft.
        ML4: Sperreinstellungen werden mit den Bedienern überprüft und verbessert.
        Schwachpunkte: Bedienstationen, bei denen eine Sperre Alarme verdecken würde; gemeinsame Anmeldungen, die nie sperren.
        Auch fragen: Wie behalten Bediener die Prozessansicht, während Bedienhandlungen gesperrt sind?
    .evidence =
        Sperreinstellungen je Rolle des Arbeitsplatzes
        Gruppenrichtlinien-Export oder Screenshot der Sperreinstellungen

sp-03-07-br =
    .title = Wartungsgeräte umgehen keine Schutzmaßnahmen
    .question = Wenn Ihre Ingenieure Laptops, Handgeräte oder Kalibratoren an die Lösung anschließen, können Sie zeigen, dass diese Geräte Firewalls, Zugriffskontrollen oder andere Schutzmaßnahmen nicht umgehen?
    .guidance =
        ML1: Ingenieure stecken sich dort ein, wo es bequem ist, etwa an einem freien Port eines Switches im Steuerungsnetz.
        ML2: Für diese Lösung sind Anschlusspunkte und Regeln für Wartungsgeräte dokumentiert und werden eingehalten.
        ML3: Unternehmensregeln für Wartungsgeräte (dediziert, gehärtet, vor Gebrauch gescannt) gelten an jedem Standort.
        ML4: Die Nutzung von Wartungsgeräten wird überwacht, und die Regeln werden anhand von Feststellungen verbessert.
        Schwachpunkte: Laptops mit gleichzeitig aktivem WLAN und LAN, mobile Datensticks, private USB-Sticks.
        Auch fragen: Wird der Laptop vor Ihnen auch für andere Kunden verwendet?
    .evidence =
        Regeln für den Anschluss von Wartungsgeräten
        Härtungsnachweis für einen Wartungslaptop
        Zeichnung mit den Anschlusspunkten für die Wartung

sp-03-07-re-1 =
    .title = Mehr-Faktor-Anmeldung an Arbeitsplatzrechnern
    .question = Verlangen die von Ihnen gelieferten Arbeitsplatzrechner oder die Wartungslaptops Ihres Personals für privilegierte Nutzung oder Fernnutzung mehr als ein Passwort zur Anmeldung, etwa eine Smartcard oder einen Token?
    .guidance =
        ML1: Nur Passwörter, mit Mehr-Faktor-Anmeldung auf einigen Systemen, bei denen das Produkt es leicht machte.
        ML2: Für diese Lösung ist festgelegt, welche Arbeitsplätze Mehr-Faktor-Anmeldung brauchen, und sie ist dort eingerichtet.
        ML3: Mehr-Faktor-Anmeldung ist für solche Arbeitsplätze in allen Projekten Unternehmensstandard, mit einem Wiederherstellungsverfahren.
        ML4: Abdeckung und fehlgeschlagene Anmeldungen werden verfolgt, und die Einrichtung wird verbessert.
        Schwachpunkte: Notfallkonten (Break-Glass) ohne zweiten Faktor, ein zweiter Faktor, der ein Netz braucht, das ausfallen kann.
        Auch fragen: Was passiert um 3 Uhr nachts, wenn ein Ingenieur seinen Token verloren hat?
    .evidence =
        Liste der Arbeitsplätze mit Mehr-Faktor-Anmeldung
        Screenshot der Mehr-Faktor-Konfiguration
        Verfahren für verlorene oder defekte Token

sp-03-08-br =
    .title = Minimale Rechte bei der Administration von Netzgeräten
    .question = Erhalten die Personen, die Switches, Router und Firewalls der Lösung administrieren, nur die Rechte, die sie brauchen, statt einer gemeinsamen Anmeldung mit vollen Admin-Rechten?
    .guidance =
        ML1: Ein Admin-Konto wird von allen genutzt, die am Netz arbeiten.
        ML2: Für diese Lösung sind Admin-Rechte je Person festgelegt und auf jedem Netzwerkgerät eingerichtet.
        ML3: Ein Unternehmensstandard für Admin-Rechte auf Netzwerkgeräten wird in allen Projekten angewandt.
        ML4: Rechte werden regelmäßig überprüft, und nicht mehr benötigte Rechte werden entzogen.
        Schwachpunkte: Aktiv gelassene Standard-Admin-Konten, Support-Konten von Herstellern mit vollen Rechten.
        Auch fragen: Wer kann heute die Firewall-Regeln ändern, und wer hat das genehmigt?
    .evidence =
        Konten- und Rechteliste eines Switches oder einer Firewall
        Konfigurationsexport mit den Berechtigungsstufen der Benutzer

sp-03-08-re-1 =
    .title = Rollenbasierte Administration von Netzwerkgeräten
    .question = Wird der Zugang zur Administration von Netzwerkgeräten nach Rollen vergeben, etwa Nur-Lesen, Bediener und volle Administration, idealerweise über einen zentralen Verzeichnisdienst oder einen RADIUS- bzw. TACACS+-Server?
    .guidance =
        ML1: Rollen existieren auf dem Papier; Konten werden auf jedem Gerät von Hand angelegt.
        ML2: Für diese Lösung sind Rollen definiert und auf allen Netzwerkgeräten den Konten zugeordnet.
        ML3: Rollenbasierter Zugang zu Netzwerkgeräten ist Unternehmensstandard, mit zentraler Authentifizierung, wo möglich.
        ML4: Die Nutzung der Rollen wird überprüft, und die Rollen werden verfeinert.
        Schwachpunkte: Lokale Ausweichkonten mit gemeinsamen Passwörtern, die genutzt werden, wenn der zentrale Server ausfällt.
        Auch fragen: Wie wird der Admin-Zugang einer ausgeschiedenen Person von jedem Gerät entfernt?
    .evidence =
        Rollendefinitionen für die Netzwerkadministration
        Konfiguration der zentralen Authentifizierung
        Liste der lokalen Ausweichkonten

sp-03-08-re-2 =
    .title = Admin-Verkehr und -Daten von Netzgeräten geschützt
    .question = Sind Administrationsverkehr und -daten der Netzwerkgeräte geschützt, z. B. SSH und HTTPS statt Telnet und HTTP, geschützte Konfigurationssicherungen und keine Klartext-Passwörter in Konfigurationen?
    .guidance =
        ML1: Telnet oder unverschlüsseltes HTTP wird auf einigen Geräten noch genutzt.
        ML2: Für diese Lösung sind nur sichere Admin-Protokolle aktiviert, und Konfigurationssicherungen sind geschützt.
        ML3: Baselines des Unternehmens für Netzwerkgeräte erzwingen in jedem Projekt eine sichere Verwaltung.
        ML4: Die Nutzung von Admin-Protokollen wird überwacht, und die Baselines werden aktualisiert.
        Schwachpunkte: SNMP v1/v2c mit Standard-Community-Strings, Konfigurationsdateien, die auf Laptops liegen bleiben.
        Auch fragen: Wo liegen die Sicherungen der Switch-Konfigurationen, und wer kann sie lesen?
    .evidence =
        Konfigurationsexport, der nur SSH und HTTPS aktiviert zeigt
        SNMP-Einstellungen
        Ablageort und Schutz der Konfigurationssicherungen

sp-03-08-re-3 =
    .title = Gegenseitige Authentifizierung bei Netzwerk-Admin
    .question = Weisen sich beim Verbinden eines Administrators mit einem Netzwerkgerät beide Seiten aus, z. B. mit Zertifikaten oder geprüften SSH-Hostschlüsseln, sodass ein gefälschtes Gerät oder ein falscher Admin auffallen würde?
    .guidance =
        ML1: Warnungen zu Hostschlüsseln und Zertifikaten werden einfach weggeklickt.
        ML2: Für diese Lösung sind Geräteschlüssel oder -zertifikate erfasst und werden geprüft; Admins melden sich mit Schlüsseln oder Zertifikaten an.
        ML3: Ein Unternehmensstandard für gegenseitige Authentifizierung umfasst alle verwalteten Netzwerkgeräte.
        ML4: Der Lebenszyklus von Schlüsseln und Zertifikaten wird überwacht und verbessert.
        Schwachpunkte: Selbstsignierte Zertifikate, die ohne jede Prüfung akzeptiert werden.
        Auch fragen: Was tut ein Ingenieur, wenn eine Warnung zum Hostschlüssel erscheint?
    .evidence =
        Liste der Hostschlüssel oder Zertifikate der Geräte
        Einstellungen des Admin-Clients, die die Prüfung erzwingen

sp-03-09-br =
    .title = Nur autorisierte Steuerbefehle und Datenflüsse
    .question = Haben Sie verifiziert, dass nur die vorgesehenen Quellen Steuerbefehle an jede Steuerung senden oder Daten dorthin schreiben können und dass die Datenflüsse der Lösung dem Freigegebenen entsprechen?
    .guidance =
        ML1: Es wird angenommen, dass es stimmt; nie getestet.
        ML2: Für diese Lösung sind erlaubte Flüsse und Befehlsquellen aufgeführt und getestet, z. B. durch Firewall-Tests oder Protokolle.
        ML3: Eine Testmethode des Unternehmens für autorisierte Flüsse wird in allen Projekten vor der Übergabe angewandt.
        ML4: Flüsse werden im Betrieb überwacht, und Abweichungen werden analysiert.
        Schwachpunkte: Jeder Host im Steuerungsnetz kann auf SPS schreiben; OPC-Server akzeptieren anonyme Schreibzugriffe.
        Auch fragen: Zeigen Sie einen Test, bei dem ein Befehl aus einer falschen Quelle abgewiesen wurde.
    .evidence =
        Datenflussmatrix der Lösung
        Testbericht, der die Abweisung nicht autorisierter Befehle zeigt
        Ausgabe der Netzwerküberwachung

sp-03-10-br =
    .title = Ablage und Flüsse sensibler Daten dokumentiert
    .question = Haben Sie dokumentiert, wo sensible Daten der Lösung gespeichert sind und wohin sie übertragen werden: Passwörter, Schlüssel, Rezepte, Konfigurationsdateien, personenbezogene Daten, Sicherungen?
    .guidance =
        ML1: Ingenieure wissen, wo sie liegen; nichts ist aufgeschrieben.
        ML2: Für diese Lösung sind sensible Daten mit Ablageort, Verantwortlichem und Flüssen aufgeführt.
        ML3: Eine Unternehmensvorlage wird in allen Projekten genutzt und bei der Übergabe überprüft.
        ML4: Die Liste wird nach Änderungen aktuell gehalten und auf neue Arten von Daten überprüft.
        Schwachpunkte: Sicherungen und Exporte auf Engineering-Laptops, auf USB-Sticks kopierte Rezepte.
        Auch fragen: Wo liegen die SPS-Projektdateien mit eingebetteten Passwörtern?
    .evidence =
        Verzeichnis sensibler Daten der Lösung
        Datenflusszeichnung

sp-03-10-re-1 =
    .title = Sensible Daten bei Speicherung und Übertragung geschützt
    .question = Sind sensible Daten der Lösung dort geschützt, wo sie gespeichert sind, und während sie übertragen werden, z. B. verschlüsselte Sicherungen, geschützte Passwortspeicher, verschlüsselte Verbindungen zum Historian oder in die Cloud?
    .guidance =
        ML1: Manche Daten sind geschützt, weil das Produkt es standardmäßig tut.
        ML2: Für diese Lösung hat jedes sensible Datenelement einen gewählten Schutz, und dieser ist konfiguriert.
        ML3: Unternehmensregeln legen in allen Projekten den Schutz je Datenklasse fest.
        ML4: Schutzmaßnahmen werden regelmäßig verifiziert und verbessert.
        Schwachpunkte: Klartext-Passwörter in Skripten, unverschlüsselte Replikation ins Büronetz.
        Auch fragen: Öffnen Sie eine Sicherungsdatei: Kann sie jeder lesen?
    .evidence =
        Schutzmaßnahmen je sensiblem Datenelement
        Konfigurationsnachweise wie Verschlüsselungseinstellungen

sp-03-10-re-2 =
    .title = Aufbewahrungsdauer von Daten dokumentiert
    .question = Haben Sie dokumentiert, wie lange jeder Teil der Lösung seine Daten aufbewahrt (Protokolle, Historian, Alarmjournale, Sicherungen) und wie der Kunde diese Fristen ändern kann?
    .guidance =
        ML1: Die Aufbewahrung entspricht dem, was im Produkt zufällig voreingestellt ist.
        ML2: Für diese Lösung ist die Aufbewahrung je Datenspeicher dokumentiert und entspricht den Vorgaben des Kunden.
        ML3: Die Dokumentation der Aufbewahrung ist in jedem Projekt Teil des Übergabepakets des Unternehmens.
        ML4: Aufbewahrungseinstellungen werden gegen Anforderungen des Kunden und gesetzliche Vorgaben geprüft und verbessert.
        Schwachpunkte: Protokolle, die sich innerhalb von Tagen überschreiben, sodass ein Vorfall nicht mehr nachvollziehbar ist.
        Auch fragen: Wie weit reichen die Protokolle der Firewall und des Domänencontrollers heute zurück?
    .evidence =
        Tabelle der Aufbewahrungsdauer je Datenspeicher
        Screenshot der Aufbewahrungseinstellungen von Protokollen oder Historian

sp-03-10-re-3 =
    .title = Anerkannte Kryptografie eingesetzt
    .question = Folgen die kryptografischen Mechanismen der Lösung (TLS-Versionen, Cipher-Suites, Schlüssellängen, VPN-Einstellungen) anerkannten, aktuellen Empfehlungen, die der Kunde akzeptiert?
    .guidance =
        ML1: Es wird verwendet, was die Produkte standardmäßig anbieten.
        ML2: Für diese Lösung sind die Krypto-Einstellungen aufgeführt und gegen eine benannte Empfehlung geprüft.
        ML3: Eine mit den Kunden abgestimmte Krypto-Vorgabe des Unternehmens wird in allen Projekten genutzt.
        ML4: Die Vorgabe wird aktualisiert, wenn Algorithmen schwächer werden, und die installierte Basis wird geprüft.
        Schwachpunkte: Altes TLS oder SSL, das für Altgeräte beibehalten wird, fest einprogrammierte Schlüssel in Produkten.
        Auch fragen: Auf welche Referenz stützen Sie sich, um ein Verschlüsselungsverfahren als akzeptabel einzustufen?
    .evidence =
        Liste der Krypto-Einstellungen der Lösung
        TLS-Scan einer Weboberfläche oder eines Servers

sp-03-10-re-4 =
    .title = Daten beim Entfernen einer Komponente vernichtet
    .question = Wenn eine Komponente den Standort verlässt oder zur Reparatur geht (eine Festplatte, eine Steuerung, ein Bedienpanel), löschen oder vernichten Sie vorher die Daten des Kunden darauf und dokumentieren das?
    .guidance =
        ML1: Komponenten werden so zurückgeschickt oder verschrottet, wie sie sind.
        ML2: Für diese Lösung ist eine Lösch- oder Vernichtungsmethode je Komponententyp festgelegt, und Nachweise werden aufbewahrt.
        ML3: Ein Unternehmensverfahren deckt alle Rücksendungen, Reparaturen und Verschrottungen ab, mit Zertifikaten der Entsorger.
        ML4: Das Verfahren wird geprüft, z. B. durch Stichproben an zurückgesandten Geräten, und verbessert.
        Schwachpunkte: Speicherkarten in Steuerungen und Panels, defekte Festplatten, die im Rahmen der Gewährleistung zurückgehen.
        Auch fragen: Zeigen Sie den Nachweis für die letzte Komponente, die von diesem Standort entfernt wurde.
    .evidence =
        Verfahren zur Datenlöschung je Komponententyp
        Lösch- oder Vernichtungsnachweis für eine entfernte Komponente
        Vernichtungszertifikat des Entsorgers

## SP.04 Funk (Wireless)

sp-04-01-br =
    .title = Funkarchitektur dokumentiert
    .question = Wenn die Lösung Funk nutzt (WLAN, WirelessHART, ISA100, privates LTE), haben Sie die Architektur dokumentiert: Access Points, Gateways, Abdeckung und die Anbindung an die kabelgebundenen Zonen?
    .guidance =
        ML1: Access Points sind in einem Grundriss eingezeichnet; nichts erklärt, wie sie angebunden sind.
        ML2: Der Funkentwurf dieser Lösung dokumentiert Geräte, Gateways, Zonen, Conduits und Abdeckung.
        ML3: Eine Unternehmensvorlage für Funkentwürfe wird in allen Projekten genutzt, einschließlich einer Funkausleuchtung (Site Survey).
        ML4: Die Dokumente werden gegen Funkmessungen im Betrieb geprüft, und die Vorlage wird verbessert.
        Schwachpunkte: Später von der Instandhaltung ergänzte Funkstrecken, vom Hersteller installierte Gateways, die in den Zeichnungen fehlen.
        Auch fragen: Zu welcher Zone gehört das Funk-Gateway?
    .evidence =
        Zeichnung der Funkarchitektur
        Bericht der Funkausleuchtung
        Liste der Funkgeräte und Gateways

sp-04-02-br =
    .title = Zugang zum Funknetz kontrolliert
    .question = Können nur autorisierte Geräte und Benutzer den Funknetzen der Lösung beitreten, z. B. mit 802.1X oder gerätespezifischen Schlüsseln statt eines gemeinsamen, allen bekannten Schlüssels?
    .guidance =
        ML1: Ein gemeinsamer Schlüssel, vielen Leuten bekannt und nie geändert.
        ML2: Für diese Lösung hat jedes Funknetz eine festgelegte Zugangskontrolle, und ihre Einstellungen sind dokumentiert.
        ML3: Ein Unternehmensstandard für die Zugangskontrolle zu Funknetzen gilt in allen Projekten, mit Regeln für den Umgang mit Schlüsseln.
        ML4: Anmeldeversuche und fremde Access Points werden überwacht, und die Einrichtung wird verbessert.
        Schwachpunkte: Der gemeinsame Schlüssel steht auf dem Access Point; Handgeräte, die den Standort verlassen.
        Auch fragen: Wie wird ein verlorenes Handgerät aus dem Funknetz entfernt?
    .evidence =
        Einstellungen der Zugangskontrolle zum Funknetz
        Verfahren für den Umgang mit Schlüsseln oder Zertifikaten
        Liste der autorisierten Funkgeräte

sp-04-02-re-1 =
    .title = Funkverkehr kryptografisch geschützt
    .question = Ist der Funkverkehr mit aktuellen Verfahren verschlüsselt und gegen Manipulation geschützt, etwa WPA3, WPA2-Enterprise oder die Sicherheitsschicht von WirelessHART oder ISA100, ohne offene oder WEP-Netze?
    .guidance =
        ML1: Verschlüsselung ist dort aktiv, wo die Werkseinstellung des Produkts sie eingeschaltet hat.
        ML2: Für diese Lösung ist der Schutz jedes Funknetzes ausgewählt, dokumentiert und konfiguriert.
        ML3: Ein Unternehmensminimum für den Funkschutz gilt in allen Projekten; schwächere Konfigurationen brauchen eine genehmigte Ausnahme.
        ML4: Das Minimum wird angehoben, wenn Verfahren schwächer werden, und installierte Netze werden erneut geprüft.
        Schwachpunkte: Altgeräte, die das ganze Netz auf schwache Einstellungen zwingen.
        Auch fragen: Gibt es am Standort ein Funknetz, dem jeder ohne Schlüssel beitreten kann?
    .evidence =
        Export der Security-Einstellungen des Funknetzes
        Funkscan, der den verwendeten Schutz zeigt

sp-04-03-br =
    .title = Funk entspricht Standards und Vorschriften
    .question = Folgen die Funktechnologien der Lösung anerkannten Standards und den örtlichen Funkvorschriften (Frequenzen, Sendeleistung), ohne nicht zugelassene oder selbstgebaute Einstellungen?
    .guidance =
        ML1: Produkte werden so genutzt, wie sie gekauft wurden; niemand hat die nationalen Vorschriften geprüft.
        ML2: Für diese Lösung sind die verwendeten Standards und die örtlichen Funkvorschriften dokumentiert und eingehalten.
        ML3: Eine Prüfung von Standards und Vorschriften erfolgt für Funk in jedem Projekt und jedem Land nach Unternehmensvorgabe.
        ML4: Die Prüfung wird bei Änderungen der Vorschriften und anhand von Felderfahrung aktuell gehalten.
        Schwachpunkte: Im Ausland gekaufte Geräte, verstärkte Antennen, im Land nicht zulässige Kanäle.
        Auch fragen: Wer prüft die Funkvorschriften, wenn die Lösung für eine Anlage in einem anderen Land kopiert wird?
    .evidence =
        Liste der angewandten Funkstandards und -vorschriften
        Konformitätserklärungen der Funkprodukte

sp-04-03-re-1 =
    .title = Funknetznamen eindeutig und nichtssagend
    .question = Sind die Netznamen und Kennungen der Funknetze der Lösung (SSIDs, Netz-IDs) eindeutig und frei von allem, was Unternehmen, Anlage oder Zweck verrät?
    .guidance =
        ML1: Namen sind Werkseinstellungen oder schlichte Beschreibungen wie der Anlagenname.
        ML2: Für diese Lösung folgen die Kennungen einem neutralen, mit dem Kunden vereinbarten Namensschema.
        ML3: Eine Unternehmensregel für die Benennung von Funkkennungen wird in allen Projekten genutzt.
        ML4: Die Regel wird überprüft, z. B. nach Funkmessungen an Standorten, und verbessert.
        Schwachpunkte: Namen wie „Kessel-Steuerung“ oder die Standard-Netz-ID des Herstellers.
        Auch fragen: Was würde jemand auf dem Parkplatz aus Ihren Netznamen erfahren?
    .evidence =
        Namensschema für Funknetze
        Funkscan mit den sichtbaren Netznamen

sp-04-03-re-2 =
    .title = Statische Adressen für Funkgeräte
    .question = Nutzen die Funkgeräte der Lösung feste oder reservierte Adressen, sodass unbekannte Geräte auffallen und Firewall-Regeln präzise sein können?
    .guidance =
        ML1: Geräte nehmen jede Adresse, die der DHCP-Server ihnen gibt.
        ML2: Für diese Lösung hat jedes Funkgerät eine feste oder reservierte Adresse, die im IP-Plan eingetragen ist.
        ML3: Eine Unternehmensregel verlangt in allen Projekten feste Adressierung für Funkgeräte.
        ML4: Adressen werden regelmäßig mit dem Plan abgeglichen, und unbekannten Geräten wird nachgegangen.
        Schwachpunkte: Ein DHCP-Pool, der „für die Inbetriebnahme“ offen gelassen wurde.
        Auch fragen: Was würde passieren, wenn heute ein unbekanntes Gerät dem Funknetz beiträte?
    .evidence =
        IP-Adressplan mit den Funkgeräten
        DHCP- oder Gateway-Konfiguration

## SP.05 SIS (sicherheitsgerichtetes System)

sp-05-01-br =
    .title = SIS-Kommunikation auf Risiken beurteilt
    .question = Wurde jeder Kommunikationsweg in das und aus dem sicherheitsgerichteten System auf Security-Risiken beurteilt und mit den Verantwortlichen für funktionale Sicherheit des Kunden überprüft?
    .guidance =
        ML1: Die SIS-Verbindungen wurden während des Entwurfs informell besprochen.
        ML2: Für diese Lösung ist jeder SIS-Kommunikationsweg aufgeführt, sein Risiko beurteilt und die Überprüfung dokumentiert.
        ML3: Eine Unternehmensmethode führt in allen SIS-Projekten die Security-Prüfung und die Prüfung der funktionalen Sicherheit zusammen.
        ML4: Die Beurteilung wird nach Änderungen wiederholt, und die Methode wird anhand von Feststellungen verbessert.
        Schwachpunkte: Serielle Verbindungen zum Prozessleitsystem, SIS-Diagnosedaten, die an Asset-Management-Werkzeuge gehen.
        Auch fragen: Wurde die Security-Beurteilung mit der Sicherheitsbetrachtung (HAZOP, SIL-Einstufung) verknüpft?
    .evidence =
        Liste der SIS-Kommunikationswege mit ihrer Risikobeurteilung
        Besprechungsprotokoll mit den Verantwortlichen des Kunden für funktionale Sicherheit

sp-05-02-br =
    .title = SIS gegen das Leitsystem geschützt
    .question = Ist das SIS so geschützt, dass Verkehr vom Prozessleitsystem es nur auf freigegebenen Wegen erreicht, z. B. nur lesend, über ein dediziertes Gateway oder eine Firewall?
    .guidance =
        ML1: SIS und Leitsystem teilen sich ein Netz; das SIS vertraut allem darin.
        ML2: Für diese Lösung ist der erlaubte Verkehr vom Leitsystem zum SIS festgelegt und durch ein Gerät oder SIS-Einstellungen durchgesetzt.
        ML3: Ein Unternehmensmuster für die Trennung von SIS und Leitsystem wird in allen SIS-Projekten genutzt.
        ML4: Die Trennung wird regelmäßig getestet, und das Muster wird verbessert.
        Schwachpunkte: Schreibzugriffe des Leitsystems für Überbrückungen und Rücksetzungen, die weit offen gelassen wurden.
        Auch fragen: Welche Signale kann das Leitsystem in das SIS schreiben, und wer hat sie freigegeben?
    .evidence =
        Zeichnung der Schnittstelle zwischen SIS und Leitsystem
        Firewall- oder Gateway-Konfiguration
        Liste der freigegebenen Schreibzugriffe auf das SIS

sp-05-03-br =
    .title = Externe Verbindungen können das SIS nicht beeinflussen
    .question = Können Sie zeigen, dass nichts außerhalb des Leitsystems, etwa Fernzugriff, Büronetz oder Herstellerverbindungen, die Sicherheitsfunktionen ändern oder stören kann?
    .guidance =
        ML1: Man glaubt, dass es stimmt; nie geprüft.
        ML2: Für diese Lösung sind alle Wege von außen nachverfolgt, und es ist gezeigt, dass sie vor dem SIS blockiert werden.
        ML3: Eine Entwurfsregel und ein Test des Unternehmens weisen das in allen SIS-Projekten vor der Übergabe nach.
        ML4: Die Prüfung wird nach Änderungen wiederholt, und die Regel wird verbessert.
        Schwachpunkte: Fernwartungs-Gateways, die die SIS-Engineering-Station erreichen.
        Auch fragen: Verfolgen Sie den Weg vom Internet zur SIS-Steuerung und zeigen Sie, wo er endet.
    .evidence =
        Wegeanalyse von externen Netzen zum SIS
        Testprotokoll, das die Blockierung der Wege nachweist

sp-05-04-br =
    .title = Andere Anwendungen stören SIS-Kommunikation nicht
    .question = Werden Anwendungen außerhalb des SIS, etwa Historian, Asset-Management-Werkzeuge oder OPC-Server, daran gehindert, die eigene Kommunikation des SIS zu stören, z. B. durch Überfluten oder Schreibzugriffe?
    .guidance =
        ML1: Kein besonderer Schutz; intensives Abfragen (Polling) wird hingenommen.
        ML2: Für diese Lösung sind Last und Schreibzugriffe externer Anwendungen begrenzt und getestet.
        ML3: Eine Unternehmensregel begrenzt in allen SIS-Projekten den externen Zugriff auf die SIS-Kommunikation.
        ML4: Der Zustand der SIS-Kommunikation wird überwacht, und die Grenzwerte werden verbessert.
        Schwachpunkte: Asset-Management-Werkzeuge, die sicherheitsgerichtete Messumformer abfragen, Broadcast-Stürme in einem gemeinsamen Netz.
        Auch fragen: Was passiert mit dem SIS, wenn der Historian zehnmal schneller abfragt?
    .evidence =
        Liste der Anwendungen, die mit dem SIS kommunizieren
        Ergebnis eines Last- oder Sturmtests

sp-05-05-br =
    .title = SIS-Engineering-Station außerhalb des SIS abgeschirmt
    .question = Wenn eine SIS-Engineering-Station außerhalb der SIS-Zone steht, ist sie gegen das Standortnetz und die höheren Ebenen (Ebene 3 und darüber) abgeschirmt?
    .guidance =
        ML1: Die SIS-Engineering-Station hängt wie jeder andere PC im Anlagennetz.
        ML2: Für diese Lösung steht die Station in einer geschützten Zone mit dokumentierten Regeln zu höheren Ebenen.
        ML3: Eine Entwurfsregel des Unternehmens platziert SIS-Engineering-Stationen in allen SIS-Projekten auf dieselbe Weise.
        ML4: Die Platzierung wird nach Änderungen überprüft, und die Regel wird verbessert.
        Schwachpunkte: Station in der Bürodomäne, E-Mail und Surfen im Web auf der Station.
        Auch fragen: Welche Systeme höherer Ebenen können diese Station erreichen, und warum?
    .evidence =
        Zonenzeichnung mit der SIS-Engineering-Station
        Firewall-Regeln für ihre Zone

sp-05-05-re-1 =
    .title = SIS-Engineering-Station innerhalb des SIS abgeschirmt
    .question = Ist die SIS-Engineering-Station innerhalb der SIS-Zone gegen jeden Fernzugriff geschützt, sodass sie nur von jemandem vor Ort benutzt werden kann?
    .guidance =
        ML1: Remote-Desktop ist „für den Support“ aktiviert.
        ML2: Für diese Lösung ist der Fernzugriff auf die Station blockiert und deaktiviert, und das ist dokumentiert.
        ML3: Eine Unternehmensregel verbietet in allen SIS-Projekten den Fernzugriff auf SIS-Engineering-Stationen.
        ML4: Die Einhaltung wird regelmäßig geprüft, und die Regel wird verbessert.
        Schwachpunkte: Von Herstellern installierte Fernwartungswerkzeuge, WLAN-Adapter im PC.
        Auch fragen: Ist auf dieser Station irgendeine Fernzugriffssoftware installiert?
    .evidence =
        Stationskonfiguration, die den deaktivierten Fernzugriff zeigt
        Liste der auf der Station installierten Software

sp-05-06-br =
    .title = Kontrollierter Zugang in das SIS
    .question = Läuft jeder Zugang in das SIS über einen kontrollierten Punkt (Firewall, Gateway oder Jump-Host), der prüft, ob der Zugang autorisiert ist?
    .guidance =
        ML1: Zugang in das SIS ist von mehreren Stellen aus ohne Prüfung möglich.
        ML2: Für diese Lösung sind alle Zugangspunkte in das SIS festgelegt, kontrolliert und dokumentiert.
        ML3: Eine Entwurfsregel des Unternehmens verlangt in allen SIS-Projekten einen vermittelten Zugang.
        ML4: Der Zugangspunkt wird überwacht, und seine Regeln werden überprüft und verbessert.
        Schwachpunkte: Eine serielle oder USB-Programmierschnittstelle, die am Schaltschrank offen bleibt.
        Auch fragen: Wer genehmigt jeden Zugang über diesen Punkt?
    .evidence =
        Zeichnung der Zugangspunkte zum SIS
        Konfiguration des Zugangspunkts
        Zugriffsprotokoll des Zugangspunkts

sp-05-07-br =
    .title = SIS-Engineering-Werkzeuge vor anderen geschützt
    .question = Sind auf einer Engineering-Station, die SIS-Werkzeuge zusammen mit anderer Engineering-Software enthält, die SIS-Engineering-Funktionen vor der anderen Software geschützt?
    .guidance =
        ML1: Alle Werkzeuge teilen sich einen PC und ein Konto ohne Trennung.
        ML2: Für diese Lösung sind die SIS-Werkzeuge getrennt, z. B. durch Konten, Berechtigungen oder eine eigene Station.
        ML3: Eine Unternehmensregel legt in allen SIS-Projekten fest, wie SIS-Werkzeuge getrennt werden.
        ML4: Die Trennung wird nach Software-Updates überprüft und verbessert.
        Schwachpunkte: Gemeinsame Admin-Konten, Werkzeuge anderer Hersteller mit Treibern, die das SIS erreichen.
        Auch fragen: Könnte ein Leitsystem-Ingenieur von diesem PC aus in das SIS laden?
    .evidence =
        Softwareliste der gemeinsam genutzten Station
        Einrichtung von Konten und Berechtigungen für die SIS-Werkzeuge

sp-05-08-br =
    .title = Kein nicht autorisierter Funk im SIS
    .question = Sind Sie sicher, dass für Sicherheitsfunktionen der Lösung keine Funkverbindung genutzt wird, sofern der Kunde sie nicht ausdrücklich beurteilt und freigegeben hat?
    .guidance =
        ML1: Nicht geprüft; Funk-Messumformer werden womöglich aus Bequemlichkeit eingesetzt.
        ML2: Für diese Lösung ist dokumentiert, dass Sicherheitsfunktionen ohne Funk auskommen, oder die freigegebenen Ausnahmen sind dokumentiert.
        ML3: Eine Unternehmensregel verbietet in allen SIS-Projekten nicht freigegebenen Funk in Sicherheitsfunktionen.
        ML4: Installationen werden geprüft, z. B. durch Funkmessungen, und die Regel wird verbessert.
        Schwachpunkte: Für die Überwachung ergänzte Funk-Messumformer, die später eine Abschaltung auslösen.
        Auch fragen: Wird irgendein Ein- oder Ausgang einer Sicherheitsfunktion über Funk übertragen?
    .evidence =
        E/A-Liste der Sicherheitsfunktionen mit den Übertragungsmedien
        Freigabe des Kunden für jede Funk-Ausnahme

sp-05-09-br =
    .title = SIS-Konfigurationsmodus ein- und ausschaltbar
    .question = Bietet das SIS eine Möglichkeit, Konfigurationsänderungen (Programm laden, Forcen) freizuschalten und zu sperren, sodass Änderungen nur in einem autorisierten Zeitfenster möglich sind?
    .guidance =
        ML1: Das SIS ist immer in einem Modus, der Änderungen annimmt.
        ML2: Für diese Lösung wird der Konfigurationsmodus genutzt, und sein Freischalten ist an eine Arbeitsfreigabe gebunden.
        ML3: Ein Unternehmensverfahren für SIS-Konfigurationsfenster wird in allen SIS-Projekten befolgt.
        ML4: Die Zeit im Konfigurationsmodus wird verfolgt, und das Verfahren wird verbessert.
        Schwachpunkte: Konfigurationsmodus, der nach der Inbetriebnahme oder einem nächtlichen Störungseinsatz eingeschaltet bleibt.
        Auch fragen: In welchem Modus ist das SIS gerade jetzt?
    .evidence =
        Verfahren zum Freischalten des SIS-Konfigurationsmodus
        Arbeitsfreigabe für die letzte Änderung
        SIS-Diagnose, die den aktuellen Modus zeigt

sp-05-09-re-1 =
    .title = Abschließbarer Hardware-Konfigurationsschalter
    .question = Wird der SIS-Konfigurationsmodus über einen physischen Schlüsselschalter oder abschließbaren Schalter gesteuert, dessen Schlüssel unter der Kontrolle des Kunden bleibt?
    .guidance =
        ML1: Ein Schlüsselschalter existiert, aber der Schlüssel steckt dauerhaft.
        ML2: Für diese Lösung steuert ein Hardwareschalter den Konfigurationsmodus, und der Schlüssel wird vom Kunden verwahrt.
        ML3: Eine Entwurfsregel des Unternehmens verlangt in allen SIS-Projekten einen abschließbaren Schalter.
        ML4: Die Schlüsselnutzung wird protokolliert und überprüft, und die Regel wird verbessert.
        Schwachpunkte: Ersatzschlüssel im Schaltschrank, reine Software-Modi bei manchen SIS-Steuerungen.
        Auch fragen: Wer hat heute den Schlüssel, und wo ist das protokolliert?
    .evidence =
        Zeichnung oder Foto des Schlüsselschalters
        Schlüsselverzeichnis

sp-05-09-re-2 =
    .title = Gesperrter Modus von zweiter Person geprüft
    .question = Prüft nach Arbeiten am SIS jemand anderes als die Person, die die Änderung vorgenommen hat, ob es wieder im gesperrten Modus bzw. im Run-Modus ist?
    .guidance =
        ML1: Der Ingenieur, der die Arbeit gemacht hat, stellt das SIS zurück und meldet das.
        ML2: Für diese Lösung prüft eine zweite Person den Modus und bestätigt das mit Unterschrift.
        ML3: Ein Unternehmensverfahren verlangt nach allen SIS-Arbeiten eine unabhängige Prüfung.
        ML4: Versäumte Prüfungen werden verfolgt, und das Verfahren wird verbessert.
        Schwachpunkte: Prüfungen, die in Nachtschichten oder bei dringenden Wiederanläufen ausgelassen werden.
        Auch fragen: Zeigen Sie die unterschriebene Prüfung der letzten SIS-Änderung.
    .evidence =
        Unterschriebenes Prüfblatt nach SIS-Wartung
        Verfahren zur unabhängigen Verifizierung

## SP.06 Konfigurationsmanagement

sp-06-01-br =
    .title = Zeichnungen der Infrastruktur bereitgestellt
    .question = Haben Sie Zeichnungen und Dokumente der Infrastruktur der Lösung bereitgestellt: Netzpläne, Schaltschrank-Aufbaupläne, Verkabelung und IP-Adresspläne?
    .guidance =
        ML1: Für Teile des Systems gibt es Zeichnungen in verschiedenen Formaten.
        ML2: Für diese Lösung wurde ein vollständiger, gelenkter Satz Infrastrukturzeichnungen übergeben.
        ML3: Ein Unternehmensstandard legt die Dokumente und ihre Formate für alle Projekte fest.
        ML4: Der Dokumentensatz wird nach Projekten überprüft, und der Standard wird verbessert.
        Schwachpunkte: Netzpläne, die an der Leitwarte enden, fehlende Patchfelder.
        Auch fragen: Wo ist der aktuelle IP-Adressplan, und wer ist dafür verantwortlich?
    .evidence =
        Netzplan der Lösung
        IP-Adressplan
        Dokumentenliste des Übergabepakets

sp-06-01-re-1 =
    .title = Bestandsdokumentation aktuell gehalten
    .question = Werden nach Änderungen an der Lösung Zeichnungen und Dokumente innerhalb einer mit dem Kunden vereinbarten Frist so aktualisiert, dass sie zeigen, was tatsächlich installiert ist?
    .guidance =
        ML1: Zeichnungen werden aktualisiert, wenn jemand Zeit findet.
        ML2: Für diese Lösung lösen Änderungen Dokumentenaktualisierungen aus, die bis zur Erledigung verfolgt werden.
        ML3: Ein Unternehmensverfahren knüpft in allen Projekten den Abschluss einer Änderung an die Aktualisierung der Dokumente.
        ML4: Die Genauigkeit der Dokumente wird gemessen, z. B. durch Anlagenbegehungen, und das Verfahren wird verbessert.
        Schwachpunkte: Rot korrigierte Zeichnungen, die nie in das Original zurückfließen.
        Auch fragen: Wählen Sie einen Schaltschrank und vergleichen Sie ihn mit der Zeichnung.
    .evidence =
        Änderungsnachweis mit verknüpften Dokumentenaktualisierungen
        Revisionshistorie einer Zeichnung

sp-06-02-br =
    .title = Komponentenverzeichnis geführt
    .question = Führen Sie ein für den Kunden nutzbares Verzeichnis aller Komponenten der Lösung (Hardware-, Firmware- und Softwareversionen, Einbauort, IP-Adresse)?
    .guidance =
        ML1: Eine Teilliste existiert als Tabelle auf irgendjemandes Laptop.
        ML2: Für diese Lösung wird ein vollständiges Verzeichnis mit Versionen geführt und mit dem Kunden geteilt.
        ML3: Eine Inventarisierungsmethode des Unternehmens, wo sinnvoll mit Werkzeugen, wird in allen Projekten genutzt.
        ML4: Das Verzeichnis wird gegen Scans geprüft und aktuell gehalten, und die Methode wird verbessert.
        Schwachpunkte: Nach Patches nicht aktualisierte Firmwareversionen, nicht erfasste Ersatzteile.
        Auch fragen: Welche Firmware läuft heute auf der Hauptsteuerung?
    .evidence =
        Komponentenverzeichnis
        Abgleich des Verzeichnisses mit einem aktuellen Scan

sp-06-03-br =
    .title = Konfigurationswerte der Geräte verifiziert
    .question = Prüfen Sie nach Inbetriebnahme oder Wartung, ob Geräteeinstellungen wie Firewall-Regeln, Steuerungsparameter und Switch-Konfigurationen genau den freigegebenen Werten entsprechen?
    .guidance =
        ML1: Man vertraut darauf, dass Einstellungen nach der Eingabe stimmen.
        ML2: Für diese Lösung werden Einstellungen mit den freigegebenen Werten verglichen, und das Ergebnis wird dokumentiert.
        ML3: Eine Unternehmensmethode, idealerweise werkzeuggestützt, verifiziert Einstellungen in allen Projekten.
        ML4: Abweichungen werden analysiert, und die Methode wird verbessert.
        Schwachpunkte: Bei der Fehlersuche vorgenommene Änderungen, die nie zurückgenommen werden.
        Auch fragen: Zeigen Sie den letzten Vergleich einer Firewall-Konfiguration mit ihrer freigegebenen Version.
    .evidence =
        Bericht zum Konfigurationsvergleich
        Freigegebene Konfigurations-Baseline

## SP.07 Fernzugriff

sp-07-01-br =
    .title = Akzeptierte Fernzugriffsanwendungen
    .question = Welche Fernzugriffswerkzeuge nutzen Ihre Ingenieure, um das Leitsystem dieses Kunden zu erreichen, und wie stellen Sie sicher, dass immer nur vom Kunden akzeptierte Werkzeuge verwendet werden?
    .guidance =
        ML1: Ingenieure wählen je Einsatz ein Werkzeug (TeamViewer, AnyDesk, einen VPN-Client); der Kunde weiß womöglich nicht, welches genutzt wurde.
        ML2: Für diese Lösung ist eine kurze Liste von Fernzugriffswerkzeugen mit dem Kunden vereinbart, und das Personal darf nichts anderes nutzen.
        ML3: Eine unternehmensweite Liste akzeptierter Werkzeuge gilt an jedem Standort; Laptop-Images und Audits zeigen keine Werkzeuge außerhalb davon.
        ML4: Die Liste wird anhand von Schwachstellen und Vorfällen überprüft, und Werkzeuge werden auf dieser Datengrundlage ersetzt oder entfernt.
        Schwachpunkte: Auf Bedienstationen oder Hersteller-PCs vorinstallierte Fernzugriffswerkzeuge und solche, die ein Servicetechniker „nur dieses eine Mal“ installiert.
        Auch fragen: Woran würden Sie ein nicht gelistetes Fernzugriffswerkzeug auf einer Engineering-Station bemerken?
    .evidence =
        Mit dem Kunden vereinbarte Liste der Fernzugriffswerkzeuge
        Standard-Softwareausstattung eines Service-Laptops
        Export des Softwarebestands einer Engineering-Station

sp-07-02-br =
    .title = Anleitung zur Fernzugriffsanwendung
    .question = Erhalten der Kunde und Ihre eigenen Ingenieure eine schriftliche Anleitung zur Fernzugriffsanwendung dieser Lösung: wie sie installiert und sicher eingerichtet wird und wie eine Sitzung geöffnet und geschlossen wird?
    .guidance =
        ML1: Ingenieure wissen, wie es geht; höchstens das allgemeine Handbuch des Produktherstellers ist vorhanden.
        ML2: Ein Leitfaden für diesen Standort deckt Installation, sichere Einstellungen sowie Öffnen und Schließen einer Sitzung ab, und die Nutzer wurden darin geschult.
        ML3: Für den Fernzugriffsleitfaden jedes Kunden wird eine Unternehmensvorlage genutzt, und Nachweise zeigen, dass die Leitfäden aktuell gehalten werden.
        ML4: Helpdesk-Anrufe und Auswertungen von Sitzungen werden analysiert, und die Anleitungen werden daraus verbessert.
        Schwachpunkte: Leitfäden ohne die Security-Einstellungen (Verschlüsselung, Leerlauf-Timeout, Dateiübertragung aus) oder älter als das letzte Upgrade.
    .evidence =
        Für diesen Kunden geschriebenes Benutzerhandbuch zum Fernzugriff
        Abschnitt des Leitfadens zu sicheren Einstellungen
        Schulungsnachweise der Ingenieure, die Fernzugriff nutzen

sp-07-03-br =
    .title = Informationen zu geplanten Fernverbindungen
    .question = Beschreiben Sie dem Kunden, bevor ein Fernzugriff aufgebaut wird, im Detail, was Sie vorschlagen: welche Ihrer Standorte und Personen sich verbinden, zu welchen Systemen, auf welchem Weg, mit welchen Protokollen und für welche Aufgaben?
    .guidance =
        ML1: Der Kunde hört „wir brauchen VPN-Zugang“; die Details zeigen sich erst bei der Inbetriebnahme.
        ML2: Eine schriftliche Beschreibung für diese Lösung nennt Endpunkte, Weg, Ports, Benutzer, Zweck und erwartete Nutzungshäufigkeit.
        ML3: Eine Standardbeschreibung der Fernverbindung ist Teil jedes Entwurfspakets und wird bei jeder Änderung einer Verbindung aktualisiert.
        ML4: Die Beschreibungen werden mit echten Verbindungsprotokollen verglichen, und die Unterschiede dienen der Verbesserung der Vorlage.
        Schwachpunkte: Später hinzugefügte Verbindungen (Hersteller eines Teilsystems, Cloud-Monitoring-Agent), ohne dass die Beschreibung aktualisiert wurde.
        Auch fragen: Zeigt die Beschreibung, wo die Verbindung endet, z. B. auf einem Jump-Host in einer DMZ?
    .evidence =
        Beschreibung der Fernverbindung oder Datenflusszeichnung
        Antrag auf eine Firewall-Regel, der zur Beschreibung passt
        Änderungsnachweis für eine nach Inbetriebnahme hinzugefügte Verbindung

sp-07-04-br =
    .title = Freigabe des Anlagenbetreibers je Fernverbindung
    .question = Braucht jede Fernsitzung Ihres Personals vorher die Zustimmung des Kunden, und wie wird diese Freigabe beantragt, erteilt und dokumentiert, bevor sich jemand verbindet?
    .guidance =
        ML1: Das VPN ist immer offen; Ingenieure verbinden sich bei Bedarf und informieren den Kunden danach, wenn überhaupt.
        ML2: Für diesen Standort gibt es einen Schritt für Antrag und Freigabe (Anruf, Ticket oder Arbeitsfreigabe), und Sitzungen ohne Freigabe sind verboten.
        ML3: Der Freigabeschritt ist an jedem Standort gleich, und die Tickets stimmen mit dem Sitzungsprotokoll des Fernzugriffs-Gateways überein.
        ML4: Freigabezeiten, abgelehnte Anträge und nicht freigegebene Versuche werden verfolgt und zur Feinabstimmung des Prozesses genutzt.
        Schwachpunkte: Dauerfreigaben, die nie ablaufen, und nächtliche Einsätze, bei denen vor Ort niemand für die Freigabe erreichbar ist.
        Auch fragen: Kann der Kunde eine Sitzung jederzeit beenden, und wurde das je ausprobiert?
    .evidence =
        Fernzugriffsanträge und Freigaben der letzten Monate
        Sitzungsprotokoll des Fernzugriffs-Gateways zum Abgleich damit
        Verfahren für Fernzugriff im Notfall

sp-07-04-re-1 =
    .title = Verschlüsselter, authentifizierter Fernzugriff über Internet
    .question = Wenn Ihr Personal das System des Kunden über das Internet oder ein anderes öffentliches Netz erreicht, ist jede Verbindung verschlüsselt und stark authentifiziert, z. B. ein VPN mit persönlichen Konten und Mehr-Faktor-Anmeldung?
    .guidance =
        ML1: Der Schutz hängt vom verwendeten Werkzeug ab; manche Verbindungen laufen mit gemeinsamen Passwörtern oder unverschlüsselt.
        ML2: Für diese Lösung nutzt jeder Fernzugriffsweg einen verschlüsselten Tunnel mit persönlichen Konten und Mehr-Faktor-Anmeldung, wie im Entwurf dokumentiert.
        ML3: Dasselbe Minimum (Verschlüsselungsverfahren, Mehr-Faktor-Anmeldung, persönliche Konten) gilt an jedem Standort und wird bei der Inbetriebnahme geprüft.
        ML4: Krypto-Einstellungen und Anmeldeverfahren werden bei veränderter Bedrohungslage überprüft, und schwache Einstellungen werden planmäßig abgelöst.
        Schwachpunkte: 4G-Router oder Modems in Schaltschränken, gemeinsame VPN-Konten, alte TLS- oder IPsec-Einstellungen, ungeprüfte Zertifikate.
    .evidence =
        VPN- oder Gateway-Konfiguration mit Verschlüsselungsverfahren und Mehr-Faktor-Anmeldung
        Liste der Fernzugriffskonten mit Zuordnung zu namentlich bekannten Personen
        Netzplan oder Scan, der keine weiteren Wege ins Internet zeigt

## SP.08 Ereignismanagement

sp-08-01-br =
    .title = Umgang mit Sicherheitsvorfällen
    .question = Wenn Ihr Personal einen Sicherheitsvorfall in der Anlage dieses Kunden oder in Ihren eigenen, damit verbundenen Systemen entdeckt oder vermutet, was genau tut es, und wann wird der Kunde eingebunden?
    .guidance =
        ML1: Das Personal würde jemanden anrufen, den es kennt; es gibt kein schriftliches Verfahren und keine Kontaktliste.
        ML2: Ein Vorfallverfahren für diese Lösung nennt Kontakte auf beiden Seiten, erste Schritte und wer entscheidet, und das Personal kennt es.
        ML3: Ein einheitlicher Vorfallprozess des Unternehmens umfasst alle Kundenstandorte, mit Nachweisen echter Vorfälle oder Übungen, die darüber abgewickelt wurden.
        ML4: Lehren aus Vorfällen und Übungen werden verfolgt, und der Prozess verbessert sich messbar, z. B. bei der Zeit bis zur Information des Kunden.
        Schwachpunkte: Vorfälle in Ihrem eigenen Büro (gestohlener Laptop, kompromittiertes VPN-Konto), die Kunden betreffen, ihnen aber nicht gemeldet werden.
        Auch fragen: Wann haben Sie zuletzt gemeinsam mit einem Kunden eine Vorfallübung durchgeführt?
    .evidence =
        Vorfallverfahren und Kontaktliste für diesen Kunden
        Nachweis eines echten Vorfalls oder einer Übung
        Bericht über gewonnene Erkenntnisse (Lessons Learned)

sp-08-01-re-1 =
    .title = Erkannte Kompromittierung über akzeptierten Kanal melden
    .question = Wenn Ihr Personal feststellt, dass ein System oder Konto kompromittiert sein könnte, meldet es das über den mit dem Kunden vereinbarten Kanal, etwa seine Security-Leitstelle oder sein Ticketsystem, und innerhalb der vereinbarten Frist?
    .guidance =
        ML1: Meldungen gehen auf irgendeinem verfügbaren Weg an den, der gerade ans Telefon geht.
        ML2: Der vereinbarte Kanal und die Frist für diesen Kunden sind schriftlich festgehalten, und das Projektpersonal kennt sie.
        ML3: Jeder Kunde hat einen festgelegten Meldekanal im Vertrag oder Projekthandbuch, und frühere Meldungen zeigen, dass er genutzt wird.
        ML4: Schnelligkeit und Vollständigkeit der Meldungen werden gemessen und gemeinsam mit den Kunden verbessert.
        Schwachpunkte: Meldungen an das persönliche Postfach eines einzelnen Ingenieurs beim Kunden und Meldungen außerhalb der Bürozeiten.
    .evidence =
        Vertragsklausel oder Handbuchseite, die den Kanal nennt
        Eine frühere Meldung einer Kompromittierung oder ein Ticket dazu
        Einweisungsunterlagen für das Personal zum Meldeweg

sp-08-02-br =
    .title = Security-Ereignisse im Audit-Log protokolliert
    .question = Zeichnet die von Ihnen gelieferte Lösung Security-Ereignisse wie Anmeldungen, fehlgeschlagene Anmeldungen, Konto- und Konfigurationsänderungen oder blockierte Verbindungen in Audit-Logs auf, die der Kunde auswerten kann?
    .guidance =
        ML1: Protokolliert wird, was die Produkte standardmäßig tun; niemand hat geprüft, was aufgezeichnet wird.
        ML2: Für diese Lösung sind die aufzuzeichnenden Ereignisse ausgewählt, und die Protokollierung ist auf Servern, Bedienstationen, Netzwerkgeräten und, wo möglich, Steuerungen aktiviert.
        ML3: Eine Protokollierungsvorgabe des Unternehmens je Produkttyp wird in jedem Projekt angewandt und bei der Übergabe geprüft.
        ML4: Die Vorgabe wird anhand von Erkenntnissen aus Vorfällen und von Rückmeldungen der Überwachungsteams der Kunden verbessert.
        Schwachpunkte: Protokolle, die sich binnen Stunden überschreiben, falsche Uhrzeiten, Switches und Steuerungen mit Standardprotokollierung.
        Auch fragen: Wie lange werden Protokolle aufbewahrt, und wer kann sie löschen?
    .evidence =
        Liste der protokollierten Security-Ereignisse je Komponententyp
        Beispiel-Audit-Log einer Bedienstation oder eines Servers
        Einstellungen zu Protokollgröße und Aufbewahrung

sp-08-02-re-1 =
    .title = Security-Ereignisse über akzeptierte Schnittstelle abrufbar
    .question = Kann der Kunde die Security-Ereignisse Ihrer Lösung über eine Schnittstelle erfassen, die er akzeptiert, etwa Syslog oder Windows-Ereignisweiterleitung an sein SIEM, ohne Ihre Werkzeuge oder Ihr Personal zu brauchen?
    .guidance =
        ML1: Ereignisse lassen sich nur lokal auf jedem Gerät lesen, meist von Ihren eigenen Ingenieuren.
        ML2: Für diese Lösung werden Ereignisse über eine mit dem Kunden vereinbarte Schnittstelle weitergeleitet, und die Einrichtung ist dokumentiert.
        ML3: In jedem Projekt werden Standardoptionen zur Weiterleitung angeboten und mit dem Log-Collector des jeweiligen Kunden getestet.
        ML4: Lücken zwischen dem, was protokolliert wird, und dem, was im SIEM des Kunden ankommt, werden gemessen und geschlossen.
        Schwachpunkte: Proprietäre Formate, die nur Ihr Werkzeug lesen kann, und Protokollverkehr, der Zonen auf ungeschütztem Weg durchquert.
    .evidence =
        Schnittstellenbeschreibung für die Ereignisweiterleitung
        Ansicht im Log-Collector des Kunden mit Ereignissen aus der Lösung
        Firewall-Regel, die den Protokollfluss erlaubt

sp-08-02-re-2 =
    .title = Audit-Protokollierung mit simuliertem Ereignis prüfen
    .question = Weisen Sie dem Kunden nach, dass die Protokollierung wirklich funktioniert, indem Sie Testereignisse auslösen, etwa ein falsches Passwort oder eine blockierte Verbindung, und zeigen, dass sie im Protokoll ankommen?
    .guidance =
        ML1: Es wird angenommen, dass die Protokollierung funktioniert; nichts wird getestet.
        ML2: Für diese Lösung gibt es eine Liste simulierter Ereignisse, und die Ergebnisse werden bei der Abnahmeprüfung dokumentiert.
        ML3: Dieselbe Prüfung ist Teil jedes FAT und SAT und wird nach größeren Änderungen wiederholt, mit unterschriebenen Nachweisen.
        ML4: Der Satz an Testereignissen wächst mit neuen Angriffstechniken, und die Ergebnisse werden projektübergreifend verglichen.
        Schwachpunkte: Tests nur an einem einzigen Mustergerät und keine Wiederholung nach Upgrades oder Patches.
    .evidence =
        Testverfahren mit den simulierten Ereignissen
        FAT- oder SAT-Protokoll mit den zugehörigen Protokolleinträgen
        Nachweis des Wiederholungstests nach einer Änderung

sp-08-03-br =
    .title = Prozessbezogene Ereignisse protokollieren/melden
    .question = Zeichnet die Lösung Prozessalarme und -ereignisse wie Sollwertänderungen, Betriebsartwechsel und Bedienhandlungen auf und meldet sie, sodass der Kunde nachvollziehen kann, was wann geschah und wer es tat?
    .guidance =
        ML1: Das Alarm- und Ereignissystem läuft mit Herstellervorgaben; was es aufzeichnet, ist nicht wirklich bekannt.
        ML2: Für diese Lösung ist festgelegt und konfiguriert, welche Alarme und Ereignisse aufgezeichnet werden und wer über welche benachrichtigt wird.
        ML3: Eine Alarm- und Ereignisphilosophie des Unternehmens wird in allen Projekten genutzt und bei Tests verifiziert.
        ML4: Alarm- und Ereignisdaten werden analysiert, und die Konfiguration wird verbessert (Störalarme, fehlende Einträge zu Bedienhandlungen).
        Schwachpunkte: Bedienhandlungen unter einer gemeinsamen Anmeldung „Bediener“, Engineering-Downloads, die nicht als Ereignisse erfasst werden.
    .evidence =
        Alarm- und Ereignisspezifikation für diese Lösung
        Auszug aus dem Ereignisjournal mit Bedienhandlungen
        Testnachweis der Alarmbenachrichtigung

sp-08-03-re-1 =
    .title = Sichere Meldung von Alarmen und Ereignissen
    .question = Sind Alarme und Ereignisse auf ihrem Weg von den Steuerungen zu Bedienstationen, Historians und etwaigen Pager- oder SMS-Systemen geschützt, sodass niemand sie unbemerkt fälschen, ändern oder unterdrücken kann?
    .guidance =
        ML1: Die Übertragung ist so, wie das Protokoll sie hergibt; niemand hat sie sich angesehen.
        ML2: Für diese Lösung sind die Alarm- und Ereigniswege bekannt und ihr Schutz (authentifizierte Protokolle, Segmentierung) dokumentiert.
        ML3: Der Entwurfsstandard des Unternehmens verlangt in jedem Projekt geschützte Alarmwege, und Tests zeigen, dass sie umgesetzt sind.
        ML4: Der Schutz wird gegen neu veröffentlichte Protokollschwächen überprüft und in installierten Systemen verbessert.
        Schwachpunkte: Altprotokolle ohne Integritätsprüfung, Gateways für Alarm-E-Mail oder SMS, die aus dem Büronetz erreichbar sind.
    .evidence =
        Entwurfsdokument mit Beschreibung der Alarm- und Ereigniswege
        Security-Einstellungen des Alarmservers und seiner Protokolle
        Netzplan mit den Zonen, die diese Wege durchqueren

sp-08-04-br =
    .title = Dokumentation des Verhaltens bei Ereignisflut
    .question = Haben Sie dokumentiert, wie sich die Lösung bei einer Alarm- oder Ereignisflut verhält, etwa bei Tausenden Ereignissen nach einer Abschaltung oder bei einer Netzüberflutung, und was Bediener dann noch sehen und tun können?
    .guidance =
        ML1: Das Verhalten unter hoher Last ist unbekannt oder nur aus schlechten Erfahrungen bekannt.
        ML2: Für diese Lösung sind die Grenzen (Ereignisse pro Sekunde, Puffergrößen, was zuerst verworfen oder verzögert wird) dokumentiert und weitergegeben.
        ML3: Das Verhalten bei Ereignisfluten wird für jeden vom Unternehmen gelieferten Systemtyp getestet und dokumentiert.
        ML4: Ergebnisse von Flutungstests und realen Ereignissen führen zu Feinabstimmung und aktualisierten Dokumenten.
        Schwachpunkte: Fluten von Security-Ereignissen, die Prozessalarme verschütten, und Historians, die ohne jede Warnung Daten verlieren.
    .evidence =
        Dokument oder Testbericht zum Verhalten bei Ereignisflut
        Einstellungen zu Flutunterdrückung oder Pufferung
        Lasttestprotokoll aus dem FAT

## SP.09 Kontenverwaltung

sp-09-01-br =
    .title = Integrierte Kontenverwaltung
    .question = Wie werden die Benutzerkonten der Bedienstationen, Engineering-Stationen, Server und Netzwerkgeräte der Lösung verwaltet: zentral, etwa über eine Domäne, oder auf jedem Gerät einzeln, und passt das zur Kontenverwaltung des Kunden?
    .guidance =
        ML1: Konten werden auf jedem Gerät von Hand angelegt, und niemand hat eine vollständige Liste.
        ML2: Für diese Lösung werden Konten zentral verwaltet, wo die Produkte es erlauben (Domäne, RADIUS), und die übrigen sind aufgelistet.
        ML3: Ein Entwurfsstandard des Unternehmens für zentrale Kontenverwaltung wird in allen Projekten genutzt und mit den Kontenlisten übergeben.
        ML4: Die Kontenverwaltung wird mit Kunden überprüft und verbessert, z. B. indem weitere Gerätetypen zentral verwaltet werden.
        Schwachpunkte: Steuerungen, Switches und Antriebe mit rein lokalen Konten und eine Leitsystemdomäne, die ungeprüft der Bürodomäne vertraut.
    .evidence =
        Entwurf der Kontenverwaltung für diese Lösung
        Export der Benutzer und Gruppen vom Domänencontroller
        Liste der Geräte mit lokalen Konten

sp-09-02-br =
    .title = Persönliche Benutzerkonten
    .question = Meldet sich jeder, der an der Lösung arbeitet, Ihre Ingenieure ebenso wie das Personal des Kunden, mit einem eigenen Konto an statt mit einem gemeinsam genutzten?
    .guidance =
        ML1: Gemeinsame Anmeldungen wie „engineer“ oder „admin“ sind üblich.
        ML2: Für diese Lösung hat jede Person ein persönliches Konto; verbliebene gemeinsame Konten sind mit Begründung aufgeführt.
        ML3: Persönliche Konten sind in jedem Projekt Unternehmensregel, und Kontenüberprüfungen bestätigen das.
        ML4: Die Zahl gemeinsamer Konten wird verfolgt und von Projekt zu Projekt verringert.
        Schwachpunkte: Bedienstationen im Schichtbetrieb mit einer gemeinsamen Anmeldung ohne weitere Absicherung, von Subunternehmern genutzte Anmeldungen.
        Auch fragen: Wo ein gemeinsames Konto unvermeidbar ist, wie werden Aktionen auf eine Person zurückgeführt?
    .evidence =
        Liste der Benutzerkonten mit Zuordnung zu namentlich bekannten Personen
        Liste gemeinsamer Konten mit ihrer Begründung
        Nachweis der letzten Kontenüberprüfung

sp-09-02-re-1 =
    .title = Standardkonten und Reset-Werkzeuge dokumentieren
    .question = Haben Sie dem Kunden eine Liste aller Standard- und eingebauten Konten der gelieferten Produkte übergeben, samt den Werkzeugen oder Schritten zum Zurücksetzen ihrer Passwörter?
    .guidance =
        ML1: Erfahrene Ingenieure kennen die Standardkonten, aber sie sind nicht aufgeschrieben.
        ML2: Für diese Lösung ist jedes Standardkonto je Produkt mit Zweck und Art der Änderung oder Rücksetzung aufgeführt.
        ML3: Eine gepflegte Bibliothek der Standardkonten je Produkt und Version fließt in jedes Projekt ein.
        ML4: Die Bibliothek wird anhand von Herstellerhinweisen und Befunden aus dem Feld aktualisiert, und ihre Richtigkeit wird geprüft.
        Schwachpunkte: Versteckte Dienstkonten in Firmware, Datenbankkonten und Software von Drittanbietern auf der Bedienstation.
    .evidence =
        Liste der Standardkonten je geliefertem Produkt
        Verfahren oder Werkzeugbeschreibung zum Zurücksetzen von Passwörtern
        Übergabenachweis, dass die Liste geliefert wurde

sp-09-02-re-2 =
    .title = Eindeutige automatisch erzeugte Konten/Passwörter
    .question = Wo Ihre Installationswerkzeuge oder Produkte Konten oder Passwörter automatisch anlegen, sind diese für jedes Gerät und jede Installation unterschiedlich statt überall gleich?
    .guidance =
        ML1: Vom Installationsprogramm angelegte Konten haben an jedem Standort dasselbe Passwort.
        ML2: Für diese Lösung unterscheiden sich erzeugte Konten und Passwörter je Gerät oder Installation und werden sicher übergeben.
        ML3: Die Installationswerkzeuge des Unternehmens erzeugen stets eindeutige Werte, und das wird bei der Inbetriebnahme geprüft.
        ML4: Das Erzeugungsverfahren (Zufälligkeit, Länge, Übergabe) wird überprüft und verbessert.
        Schwachpunkte: Installationsskripte mit festem Passwort für ein Dienstkonto, aus Serien- oder MAC-Nummern abgeleitete Passwörter.
    .evidence =
        Installationsskript oder Verfahren, das zeigt, wie Zugangsdaten erzeugt werden
        Erzeugte Kontennamen von zwei Standorten zum Vergleich
        Übergabenachweis für erzeugte Zugangsdaten

sp-09-02-re-3 =
    .title = Betriebsnotwendige Konten: kein Ablauf, keine Sperre
    .question = Haben Sie die Konten ermittelt, die Bediener und Dienste brauchen, damit der Prozess weiterläuft, und sie so eingerichtet, dass sie in einem kritischen Moment nicht ablaufen oder gesperrt werden, mit anderen Schutzmaßnahmen stattdessen?
    .guidance =
        ML1: Niemand hat es geprüft; die Sperre einer Bedienstation oder eines Dienstkontos käme überraschend.
        ML2: Für diese Lösung sind die betriebsnotwendigen Konten aufgelistet und von Ablauf und Sperre ausgenommen, und ihre Schutzmaßnahmen sind dokumentiert.
        ML3: Derselbe Ansatz wird in allen Projekten genutzt und bei Tests verifiziert.
        ML4: Liste und Schutzmaßnahmen werden nach Ereignissen überprüft und verbessert.
        Schwachpunkte: OPC- oder Historian-Dienstkonten, die nach 90 Tagen ablaufen, und Sperrrichtlinien der Domäne, die bis in Leitwarten reichen.
        Auch fragen: Was schützt ein Konto, das nie gesperrt wird, gegen das Erraten von Passwörtern?
    .evidence =
        Liste der betriebsnotwendigen Konten und ihrer Einstellungen
        Export der Gruppenrichtlinie oder lokalen Richtlinie
        Beschreibung der ausgleichenden Schutzmaßnahmen

sp-09-02-re-4 =
    .title = Eingebauter Administrator deaktiviert/umbenannt
    .question = Sind die eingebauten Administratorkonten auf den Windows-Rechnern, Datenbanken und Netzwerkgeräten der Lösung deaktiviert oder umbenannt, und werden stattdessen persönliche Administratorkonten genutzt?
    .guidance =
        ML1: Das eingebaute Konto „Administrator“ oder „admin“ wird für die tägliche Arbeit genutzt.
        ML2: Für diese Lösung sind eingebaute Admin-Konten deaktiviert oder umbenannt, wo das Produkt es erlaubt, und Ausnahmen sind aufgeführt.
        ML3: Die Härtungsvorgabe des Unternehmens verlangt das in jedem Projekt, und es wird bei der Übergabe geprüft.
        ML4: Verbliebene Ausnahmen werden bei den Herstellern angesprochen und im Lauf der Zeit verringert.
        Schwachpunkte: Switches und Firewalls mit weiterhin genutztem Standard-Admin, Notfallnutzung des eingebauten Kontos ohne Protokollierung.
    .evidence =
        Eintrag in der Härtungscheckliste zu eingebauten Konten
        Lokale Benutzerliste eines Servers oder einer Bedienstation
        Ausnahmeliste mit Begründungen

sp-09-03-br =
    .title = Ungenutzte Standardkonten entfernt/deaktiviert
    .question = Entfernen oder deaktivieren Sie vor der Übergabe die Standardkonten, die die Lösung nicht braucht, etwa Gastzugänge oder Demo-Benutzer von Herstellern?
    .guidance =
        ML1: Standardkonten bleiben so, wie die Produkte geliefert wurden.
        ML2: Für diese Lösung sind nicht benötigte Standardkonten entfernt oder deaktiviert, und die verbliebenen sind begründet.
        ML3: Eine Checkliste des Unternehmens deckt das auf jedem System ab, und Übergabenachweise zeigen die Erledigung.
        ML4: Prüfungen nach der Übergabe finden keine unnötigen Standardkonten, und die Checkliste wird anhand von Feststellungen verbessert.
        Schwachpunkte: Gastkonten auf Bedienstationen, Weboberflächen von Switches und Kameras, durch Upgrades neu angelegte Konten.
    .evidence =
        Übergabecheckliste mit unterschriebenem Schritt zu Konten
        Kontenliste eines Beispielgeräts
        Begründung für beibehaltene Standardkonten

sp-09-04-br =
    .title = Nicht mehr benötigte Konten entfernen
    .question = Wenn einer Ihrer Ingenieure das Projekt verlässt oder ein temporäres Konto seinen Zweck erfüllt hat, wie schnell wird das Konto entfernt oder deaktiviert, und wer sorgt dafür?
    .guidance =
        ML1: Konten werden aufgeräumt, wenn jemand daran denkt.
        ML2: Für diese Lösung werden Konten ausgeschiedener Personen und temporäre Konten innerhalb einer festgelegten Frist entfernt, ausgelöst durch einen dokumentierten Schritt.
        ML3: Ein Unternehmensprozess für Austritte und Kontenüberprüfungen umfasst alle Kundenstandorte, mit Nachweisen der Entfernungen.
        ML4: Die Zeit bis zur Entfernung und bei Überprüfungen gefundene verwaiste Konten werden gemessen und verringert.
        Schwachpunkte: Inbetriebnahmekonten, die Jahre später noch aktiv sind, und ehemalige Mitarbeitende, die den VPN-Zugang des Kunden behalten.
        Auch fragen: Wie informieren Sie den Kunden, wenn eine Person aus Ihrem Team ausscheidet?
    .evidence =
        Austrittscheckliste, die Kundenkonten umfasst
        Nachweise der Kontenüberprüfungen
        Protokoll der in den letzten Monaten entfernten Konten

sp-09-04-re-1 =
    .title = Bericht über entfernte temporäre Konten
    .question = Können Sie dem Kunden einen Bericht über die für das Projekt angelegten temporären Konten geben, etwa Inbetriebnahme-, Test- oder Herstellerkonten, der bestätigt, wann jedes entfernt wurde?
    .guidance =
        ML1: Die Entfernung wird behauptet, aber es gibt keinen Bericht.
        ML2: Für diese Lösung wird eine Liste temporärer Konten mit Anlage- und Entfernungsdatum geführt und dem Kunden übergeben.
        ML3: Der Bericht ist in jedem Projekt eine Standardleistung bei der Übergabe.
        ML4: Berichte werden mit Kontenexporten der Geräte abgeglichen, und Abweichungen treiben Verbesserungen an.
        Schwachpunkte: Temporäre Konten, die direkt auf Geräten außerhalb des zentralen Systems angelegt wurden und dann im Bericht fehlen.
    .evidence =
        Bericht über temporäre Konten aus einem aktuellen Projekt
        Abnahme dieses Berichts durch den Kunden
        Kontenexport eines Geräts für den Abgleich

sp-09-05-br =
    .title = Richtlinie zur Passwortkomplexität
    .question = Folgen die Passwörter der Lösung einer mit dem Kunden vereinbarten Regel zu Länge und Komplexität, und setzen die Systeme diese Regel durch, statt sie den Menschen zu überlassen?
    .guidance =
        ML1: Es gibt keine Regel oder nur eine Regel auf dem Papier, die die Systeme nicht durchsetzen.
        ML2: Für diese Lösung ist eine Passwortregel vereinbart und auf Servern und Bedienstationen sowie, wo möglich, auf Geräten durchgesetzt.
        ML3: Ein Passwortstandard des Unternehmens wird in jedem Projekt angewandt, und Abweichungen werden dokumentiert.
        ML4: Der Standard folgt aktuellen Empfehlungen (Länge vor Komplexität, Abgleich mit kompromittierten Passwörtern) und wird regelmäßig überprüft.
        Schwachpunkte: Steuerungen und Feldgeräte, die nur kurze Passwörter annehmen, und von der Regel ausgenommene Dienstkonten.
    .evidence =
        Passwortregel für diese Lösung
        Richtlinienexport, der die durchgesetzte Regel zeigt
        Geräte, die die Regel nicht erfüllen können, mit ausgleichenden Maßnahmen

sp-09-06-br =
    .title = Passwortablauf
    .question = Haben die Passwörter der Lösung eine maximale Gültigkeitsdauer gemäß der Richtlinie des Kunden, und ist diese in den Systemen konfiguriert, nicht nur aufgeschrieben?
    .guidance =
        ML1: Passwörter laufen nie ab oder nach Werkseinstellungen, die niemand bewusst gewählt hat.
        ML2: Für diese Lösung folgt die Gültigkeitsdauer der Richtlinie des Kunden und ist konfiguriert, und Ausnahmen sind aufgeführt.
        ML3: Das Unternehmen legt die Gültigkeitsdauer in jedem Projekt auf dieselbe Weise fest und dokumentiert sie.
        ML4: Gültigkeitsdauern und Ausnahmen werden mit den Kunden überprüft, wenn sich deren Richtlinien und die Bedrohungen ändern.
        Schwachpunkte: Geräte ohne Ablauffunktion und Ablauf bei Konten, von denen der Prozess abhängt (siehe SP.09.02 RE(3)).
    .evidence =
        Export der Einstellungen zur Gültigkeitsdauer von Passwörtern
        Ausnahmeliste
        Verweis auf die Passwortrichtlinie des Kunden

sp-09-06-re-1 =
    .title = Warnung vor Passwortablauf
    .question = Werden Benutzer einige Tage vor Ablauf ihres Passworts gewarnt, damit sie es in einem ruhigen Moment ändern können, statt während einer Schicht ausgesperrt zu werden?
    .guidance =
        ML1: Benutzer merken es, wenn die Anmeldung fehlschlägt.
        ML2: Für diese Lösung ist eine Vorwarnzeit konfiguriert, und die Benutzer wissen, wie sie ihr Passwort ändern.
        ML3: Die Warneinstellung ist in jedem Projekt Teil der Baseline des Unternehmens.
        ML4: Durch Passwortablauf verursachte Sperren werden gezählt, und die Einstellungen werden angepasst.
        Schwachpunkte: Bedienstationen im Kiosk-Modus, die die Warnung nie anzeigen, und Fernbenutzer, die sie über das VPN nie sehen.
    .evidence =
        Einstellung der Vorwarnzeit
        Benutzeranleitung zum Ändern eines Passworts
        Helpdesk-Nachweise zu Sperren durch Passwortablauf

sp-09-07-br =
    .title = Standardpasswörter ändern
    .question = Werden alle Standardpasswörter auf Steuerungen, Switches, Firewalls, Bedienstationen, Datenbanken, Kameras und USV-Karten geändert, bevor die Lösung in Betrieb geht, und wie weisen Sie das nach?
    .guidance =
        ML1: Einige Standardpasswörter werden geändert; niemand hat die vollständige Liste.
        ML2: Für diese Lösung ist jedes Standardpasswort geändert, mit einer Checkliste je Gerät, die bei der Inbetriebnahme unterschrieben wird.
        ML3: Die Checkliste des Unternehmens wird in allen Projekten genutzt, und Audits finden keine verbliebenen Standardpasswörter.
        ML4: Stichproben und Scans nach Standard-Zugangsdaten werden verfolgt und schließen Lücken in der Checkliste.
        Schwachpunkte: Spät hinzugefügte Kleingeräte (Medienkonverter, Seriell-Server) und nach einer Störung auf Werkseinstellungen zurückgesetzte Geräte.
    .evidence =
        Unterschriebene Inbetriebnahme-Checkliste zu Standardpasswörtern
        Scanbericht mit Test auf Standard-Zugangsdaten
        Geräteliste mit Passwortstatus

sp-09-08-br =
    .title = Wiederverwendung von Passwörtern verhindern
    .question = Verhindert die Lösung, dass Benutzer beim Ändern ihres Passworts eines wählen, das sie kürzlich verwendet haben?
    .guidance =
        ML1: Wiederverwendung ist möglich; es ist keine Passworthistorie eingestellt.
        ML2: Für diese Lösung ist eine Passworthistorie gemäß der Richtlinie des Kunden konfiguriert, wo immer die Systeme das unterstützen.
        ML3: Die Einstellung der Historie ist in jedem Projekt Teil der Baseline des Unternehmens und wird bei der Übergabe geprüft.
        ML4: Die Baseline wird überprüft, z. B. nach Audits, die wiederverwendete Passwörter finden, und verbessert.
        Schwachpunkte: Geräte ohne Historienfunktion und dasselbe Passwort auf mehreren Systemen.
    .evidence =
        Export der Einstellung zur Passworthistorie
        Dokument zur Baseline des Unternehmens
        Liste der Systeme, die keine Historie führen können

sp-09-08-re-1 =
    .title = Mindestalter von Passwörtern
    .question = Ist ein Mindestalter für Passwörter eingestellt, sodass Benutzer ihr Passwort nicht mehrmals hintereinander ändern können, um wieder zum alten zu gelangen?
    .guidance =
        ML1: Es ist kein Mindestalter eingestellt, sodass die Historieneinstellung umgangen werden kann.
        ML2: Für diese Lösung ist ein Mindestalter zusammen mit der Historie eingestellt, und Admins wissen, wie sie eine vorzeitige Änderung erzwingen.
        ML3: Das Mindestalter ist in jedem Projekt Teil der Baseline des Unternehmens.
        ML4: Die Einstellung wird mit dem Kunden überprüft und anhand von Helpdesk-Erfahrungen angepasst.
        Schwachpunkte: Ein Mindestalter, das eine dringende Änderung nach einem Leck blockiert, ohne Verfahren zum Übersteuern durch Admins.
    .evidence =
        Einstellung des Mindestalters für Passwörter
        Admin-Verfahren zum Erzwingen einer Passwortänderung

sp-09-09-br =
    .title = Gemeinsame Passwörter sicher dokumentiert
    .question = Wo ein Passwort geteilt werden muss, etwa bei einem Gerät mit nur einer Admin-Anmeldung, wie wird es erfasst und aufbewahrt, und wer kommt daran?
    .guidance =
        ML1: Gemeinsame Passwörter stehen in Tabellen, Notizbüchern oder auf Aufklebern in der Schaltschranktür.
        ML2: Für diese Lösung werden gemeinsame Passwörter in einem geschützten Tresor oder versiegelten Umschlag aufbewahrt, mit einer Liste der Öffnungsberechtigten.
        ML3: Ein Passworttresor oder Verfahren des Unternehmens wird in allen Projekten genutzt, und der Zugriff darauf wird protokolliert.
        ML4: Tresorzugriffe und Passwortänderungen werden überprüft, und die Zahl gemeinsamer Passwörter wird verringert.
        Schwachpunkte: Passwörter, die Ingenieure per E-Mail austauschen, und Tresor-Exporte auf Laptops.
        Auch fragen: Wann wurde ein gemeinsames Passwort zuletzt geändert, nachdem jemand, der es kannte, ausgeschieden war?
    .evidence =
        Zugriffsliste des Passworttresors
        Zugriffsprotokoll des Tresors
        Verfahren zur Aufbewahrung gemeinsamer Passwörter

sp-09-09-re-1 =
    .title = Geteilte/offengelegte/kompromittierte Passwörter melden
    .question = Wenn jemand aus Ihrem Personal erfährt, dass ein Passwort des Kunden zu breit geteilt, offengelegt oder gestohlen wurde, wird der Kunde sofort informiert, damit es geändert werden kann?
    .guidance =
        ML1: Es würde stillschweigend behoben oder gar nicht.
        ML2: Für diese Lösung weiß das Personal, dass solche Fälle über den vereinbarten Kanal zu melden sind, und das Passwort wird dann geändert.
        ML3: Offengelegte Passwörter werden an allen Standorten über den Vorfallprozess des Unternehmens behandelt, mit Nachweisen.
        ML4: Meldungen werden auf Ursachen analysiert (ein Passwort in einem Screenshot oder Ticket), und die Vorbeugung wird verbessert.
        Schwachpunkte: In Projektdokumenten, Fotos oder Support-Tickets sichtbare Passwörter und Passwörter, die ausgeschiedenen Mitarbeitenden bekannt sind.
    .evidence =
        Verfahren zum Umgang mit offengelegten Passwörtern
        Beispielmeldung und die darauf folgende Passwortänderung
        Nachweis der Einweisung des Personals

## SP.10 Schutz vor Schadsoftware

sp-10-01-br =
    .title = Installationsanleitung für den Schadsoftware-Schutz
    .question = Geben Sie dem Kunden Anleitungen zur Installation und Konfiguration von Virenschutz oder Application-Allowlisting auf den Bedienstationen, Servern und Engineering-Stationen der Lösung, mit Einstellungen, die die Leitsystemsoftware nicht stören?
    .guidance =
        ML1: Der Virenschutz wird mit Standardeinstellungen installiert oder ohne Anleitung dem Kunden überlassen.
        ML2: Für diese Lösung decken schriftliche Anleitungen das Produkt, die von der Leitsystemsoftware benötigten Ausnahmen, Scanzeiten und Updates ab.
        ML3: Das Unternehmen führt getestete Anleitungen je Leitsystemversion und nutzt sie in jedem Projekt.
        ML4: Anleitungen werden anhand von Leistungsproblemen und im Feld beobachteten Erkennungen verbessert.
        Schwachpunkte: So weit gefasste Ausnahmen, dass sich Schadsoftware darin verstecken kann, und vollständige Scans zu Produktionsspitzen.
    .evidence =
        Installations- und Konfigurationsleitfaden für den Virenschutz
        Verträglichkeitsbestätigung des Leitsystemherstellers
        Liste der Ausnahmen mit Begründungen

sp-10-02-br =
    .title = Schutz vor Schadsoftware eingerichtet und aktuell
    .question = Ist der Schutz vor Schadsoftware auf den Rechnern der Lösung tatsächlich installiert, konfiguriert und aktuell gehalten, wie mit dem Kunden vereinbart?
    .guidance =
        ML1: Der Schutz ist auf einigen Rechnern vorhanden; Updates erfolgen, wenn jemand daran denkt.
        ML2: Für diese Lösung ist jeder vereinbarte Rechner gemäß den Anleitungen geschützt und konfiguriert, mit einer Routine für Updates.
        ML3: An allen Standorten läuft dieselbe Routine für Installation und Updates, und Statusberichte zeigen, dass sie funktioniert.
        ML4: Abdeckung und Verzögerungen bei Updates werden gemessen und verringert.
        Schwachpunkte: Rechner, die für Updates nie online sind, und die vergessenen Laptops Ihrer eigenen Ingenieure.
    .evidence =
        Konsolenansicht mit geschützten Rechnern und Versionen
        Update-Zeitplan oder -Routine
        Liste ungeschützter Rechner mit Begründung

sp-10-02-re-1 =
    .title = Dokumentation des Status des Schadsoftware-Schutzes
    .question = Können Sie dem Kunden eine aktuelle Übersicht des Schadsoftware-Schutzes je Rechner zeigen: Produkt, Version, Signaturstand und letzter Scan?
    .guidance =
        ML1: Der Status wird ermittelt, indem man sich an jedem Rechner anmeldet.
        ML2: Für diese Lösung wird ein Statusbericht je Rechner geführt und dem Kunden auf Anfrage oder nach Zeitplan übergeben.
        ML3: Statusberichte sind an allen Standorten eine Standardleistung.
        ML4: Berichte werden genutzt, um Trends zu erkennen (veraltete Signaturen, wiederholte Funde) und darauf zu reagieren.
        Schwachpunkte: Berichte, die Rechner stillschweigend auslassen, weil sie in der Managementkonsole fehlen.
    .evidence =
        Aktueller Statusbericht zum Schadsoftware-Schutz
        Abgleich des Berichts mit dem Komponentenverzeichnis

sp-10-03-br =
    .title = Erkennung von Schadsoftware verifizieren
    .question = Prüfen Sie nach der Installation des Schadsoftware-Schutzes, ob er wirklich etwas erkennt, z. B. mit einer harmlosen Testdatei wie EICAR, auf jedem Rechner oder Rechnertyp?
    .guidance =
        ML1: Es wird angenommen, dass die Erkennung funktioniert.
        ML2: Für diese Lösung wird bei der Inbetriebnahme ein Erkennungstest durchgeführt und sein Ergebnis dokumentiert.
        ML3: Erkennungstests sind Teil jedes SAT und werden nach Änderungen am Schutz wiederholt.
        ML4: Testergebnisse werden verfolgt, und der Test wird erweitert, z. B. um zu prüfen, ob Alarme die Konsole erreichen.
        Schwachpunkte: Tests, die lokales Blockieren zeigen, aber nicht, dass jemand alarmiert wird.
    .evidence =
        Nachweis des Erkennungstests je Rechnertyp
        Durch den Test ausgelöste Meldung in der Konsole

sp-10-04-br =
    .title = Freigabe und Stand der Virensignaturen
    .question = Werden neue Virensignaturen geprüft oder freigegeben, bevor sie das Leitsystem erreichen, und dokumentieren Sie, welcher Signaturstand auf jedem Rechner läuft?
    .guidance =
        ML1: Signaturen kommen direkt aus dem Internet oder werden nie aktualisiert.
        ML2: Für diese Lösung werden Signaturen vor der Freigabe geprüft (Qualifizierung durch den Hersteller oder eigener Test), und die eingesetzten Stände werden dokumentiert.
        ML3: Eine Routine des Unternehmens gibt Signaturen für alle Standorte frei und verteilt sie, mit Nachweisen.
        ML4: Die Vorlaufzeit der Freigabe wird gemessen und verkürzt, ohne die Prüfungen zu schwächen.
        Schwachpunkte: Signaturen, die Dateien des Leitsystems in Quarantäne verschieben, und Rechner, die Monate hinterherhinken.
    .evidence =
        Freigabenachweis oder Qualifizierungsmitteilung des Herstellers zu Signaturen
        Konsole mit dem Signaturstand je Rechner
        Verteilungsverfahren

sp-10-05-br =
    .title = Gelieferte Geräte frei von bekannter Schadsoftware
    .question = Prüfen Sie, bevor Sie PCs, Steuerungen, Switches oder Software an den Standort des Kunden liefern oder dort installieren, dass sie keine bekannte Schadsoftware enthalten, und können Sie das Ergebnis zeigen?
    .guidance =
        ML1: Geräte verlassen die Werkstatt so, wie sie sind.
        ML2: Für diese Lösung werden gelieferte Rechner, Images und Datenträger vor dem Versand gescannt und die Ergebnisse dokumentiert.
        ML3: Ein Scan vor Auslieferung ist in jedem Projekt ein Standardschritt von Staging und FAT.
        ML4: Funde aus Scans werden analysiert, und der Staging-Prozess wird verbessert.
        Schwachpunkte: Geräte, die für Vorführungen oder bei einem anderen Kunden genutzt wurden, und Firmware aus inoffiziellen Quellen.
    .evidence =
        Scanbericht vor Auslieferung
        Staging-Checkliste
        Nachweis, woher Software und Firmware bezogen wurden

sp-10-05-re-1 =
    .title = Dedizierte Wechseldatenträger
    .question = Nutzen Ihre Ingenieure USB-Sticks, externe Festplatten und Service-Laptops, die nur für das System dieses Kunden vorgehalten werden, statt derjenigen, die sie täglich verwenden?
    .guidance =
        ML1: Ingenieure nutzen ihre eigenen USB-Sticks für alles.
        ML2: Für diese Lösung werden dedizierte, gekennzeichnete Datenträger ausgegeben, und ihre Nutzung wird dokumentiert.
        ML3: Das Unternehmen verwaltet dedizierte Datenträger für alle Standorte, mit einem Ausgabe- und Rückgabeprotokoll.
        ML4: Verluste, Missbrauch und Funde auf Datenträgern werden verfolgt, und die Regeln werden verbessert.
        Schwachpunkte: Mit nach Hause genommene Datenträger und Hersteller von Teilsystemen, die mit eigenen Sticks anreisen.
    .evidence =
        Verzeichnis der dedizierten Datenträger
        Ausgabe- und Rückgabeprotokoll
        Anweisung zur Nutzung von Wechseldatenträgern

sp-10-05-re-2 =
    .title = Wechseldatenträger frei von bekannter Schadsoftware
    .question = Wird jeder USB-Stick, jede Festplatte und jeder Laptop vor dem Anschluss an das Leitsystem auf Schadsoftware geprüft, etwa an einer Datenschleuse, und wird jede Prüfung protokolliert?
    .guidance =
        ML1: Das Scannen bleibt dem Einzelnen überlassen.
        ML2: Für diese Lösung werden Datenträger vor der Nutzung an einem festgelegten Punkt gescannt, und die Ergebnisse werden aufbewahrt.
        ML3: Scannen vor der Nutzung ist an allen Standorten Unternehmensregel, mit Datenschleusen oder Scanstationen und Protokollen.
        ML4: Scanfunde werden ausgewertet, und der Prozess wird verschärft, z. B. durch mehrere Scan-Engines oder das Sperren ungescannter Datenträger.
        Schwachpunkte: Scanstationen mit veralteten Signaturen und Laptops, die direkt ins Steuerungsnetz gesteckt werden.
    .evidence =
        Protokoll der Datenschleuse
        Verfahren zum Mitbringen von Datenträgern auf das Gelände
        Signaturstand der Scanstation

## SP.11 Patch-Management

sp-11-01-br =
    .title = Dokumentation der Patch-Qualifizierung
    .question = Haben Sie dokumentiert, wie Sie Patches für Betriebssystem, Anwendungen und Firmware auf Verträglichkeit mit dem Leitsystem testen und freigeben, bevor Sie sie dem Kunden empfehlen?
    .guidance =
        ML1: Patches werden vor Ort ausprobiert und bei Problemen zurückgenommen.
        ML2: Für diese Lösung nennt ein schriftlicher Qualifizierungsprozess das Testsystem, die Tests und wer freigibt.
        ML3: Der Unternehmensprozess deckt alle unterstützten Systemversionen ab, mit einem Qualifizierungsnachweis je Patch.
        ML4: Qualifizierungsdauer und Probleme nach der Installation werden gemessen, und der Prozess wird verbessert.
        Schwachpunkte: Firmware von Netzwerkgeräten und Software von Drittanbietern (PDF-Reader, Datenbanksysteme), die außen vor bleiben.
    .evidence =
        Verfahren zur Patch-Qualifizierung
        Qualifizierungsnachweis eines aktuellen Patches
        Beschreibung des Testsystems

sp-11-01-re-1 =
    .title = Patch-Qualifizierung bei Risikoänderung überprüfen
    .question = Überprüfen Sie Ihre Patch-Qualifizierung, wenn sich das Risiko ändert, etwa weil eine Schwachstelle aktiv ausgenutzt oder das System des Kunden erweitert wird, und beschleunigen oder wiederholen Sie sie bei Bedarf?
    .guidance =
        ML1: Die Qualifizierung läuft im selben Zyklus, egal was passiert.
        ML2: Für diese Lösung sind die Auslöser für eine Überprüfung (aktive Ausnutzung, neue Komponente, neue Zone) schriftlich festgelegt.
        ML3: Überprüfungen bei diesen Auslösern sind Teil des Unternehmensprozesses für alle Standorte, mit dokumentierten Entscheidungen.
        ML4: Auslöser und Reaktionszeit werden bewertet und angepasst.
        Schwachpunkte: Dringende Security-Hinweise, die per E-Mail ohne Nachweis der getroffenen Entscheidung abgewickelt werden.
    .evidence =
        Verfahren mit den Auslösern für Überprüfungen
        Nachweis einer beschleunigten Qualifizierung

sp-11-02-br =
    .title = Dokumentation des Patchstands
    .question = Können Sie dem Kunden eine Liste der für die Lösung relevanten Patches geben, die für jeden zeigt, ob er qualifiziert, freigegeben, installiert oder nicht anwendbar ist?
    .guidance =
        ML1: Der Patchstand wird zusammengesucht, wenn jemand fragt.
        ML2: Für diese Lösung wird eine Liste des Patchstands je Komponente geführt und mit dem Kunden geteilt.
        ML3: Berichte zum Patchstand sind für alle Standorte Standard, nach festem Zeitplan.
        ML4: Berichte zeigen Trends (Zeit bis zur Installation, Rückstau), die zur Verbesserung genutzt werden.
        Schwachpunkte: Listen, die nur Windows abdecken und Firmware, Datenbanken und Netzwerkgeräte auslassen.
    .evidence =
        Aktueller Bericht zum Patchstand
        Berichtszeitplan oder Liefernachweise

sp-11-02-re-1 =
    .title = Freigegebene Patches über akzeptierten Kanal
    .question = Veröffentlichen Sie die Liste der für die Lösung freigegebenen Patches auf eine mit dem Kunden vereinbarte Weise, etwa über ein Portal, ein signiertes Dokument oder einen Feed in seine eigenen Werkzeuge?
    .guidance =
        ML1: Freigaben werden in E-Mails erwähnt.
        ML2: Für diese Lösung geht die Freigabeliste über den vereinbarten Kanal hinaus und wird mit jeder Veröffentlichung aktualisiert.
        ML3: Jeder Kunde erhält Freigabelisten über einen festgelegten Kanal.
        ML4: Zustellung und Nutzung der Listen werden mit den Kunden überprüft und verbessert.
        Schwachpunkte: Kunden, die nicht erkennen können, welche Version der Liste aktuell ist.
    .evidence =
        Liste freigegebener Patches und der genutzte Kanal
        Empfangsbestätigung des Kunden

sp-11-02-re-2 =
    .title = Maßnahmenplan für ungepatchte Schwachstellen
    .question = Geben Sie dem Kunden für bekannte Schwachstellen, die noch nicht gepatcht werden können, weil es keinen Patch gibt oder er nicht qualifiziert ist, einen Plan mit anderen Maßnahmen, etwa einen Port schließen oder einen Dienst abschalten?
    .guidance =
        ML1: Bis ein Patch bereitsteht, gibt es keine Empfehlung.
        ML2: Für diese Lösung sind offene Schwachstellen mit Übergangsmaßnahmen und Zielterminen aufgeführt.
        ML3: Empfehlungen zu Gegenmaßnahmen sind an allen Standorten ein Standardteil des Schwachstellenmanagements des Unternehmens.
        ML4: Es wird verfolgt, wie gut Gegenmaßnahmen wirken und wie lange Schwachstellen offen bleiben.
        Schwachpunkte: Altsysteme, die nie gepatcht werden und keinen langfristigen Plan haben.
    .evidence =
        Liste offener Schwachstellen mit ihren Gegenmaßnahmen
        Mitteilung an den Kunden zu einer Gegenmaßnahme

sp-11-03-br =
    .title = Regeln für Bezug und Weitergabe von Patches
    .question = Woher bezieht Ihr Personal Patches, und wie stellen Sie bei der Weitergabe an den Kunden sicher, dass sie vom Originalhersteller stammen, unverändert sind und weitergegeben werden dürfen?
    .guidance =
        ML1: Patches kommen von irgendwoher, oft von einem anderen Standort kopiert.
        ML2: Für diese Lösung sind die Quellen festgelegt (Herstellerportale), Prüfsummen oder Signaturen werden geprüft und Lizenzbedingungen eingehalten.
        ML3: Unternehmensregeln für Bezug und Weitergabe von Patches gelten an allen Standorten, mit einem kontrollierten Repository.
        ML4: Repository und Regeln werden auditiert und verbessert.
        Schwachpunkte: Patches auf gemeinsamen Netzlaufwerken ohne Integritätsprüfung.
    .evidence =
        Regeln für den Bezug von Patches
        Nachweis der Prüfung von Prüfsummen oder Signaturen
        Zugriffsliste des Patch-Repositorys

sp-11-04-br =
    .title = Dokumentation des Patch-Verfahrens
    .question = Geben Sie dem Kunden Schritt-für-Schritt-Verfahren zur Installation von Patches für jeden Komponententyp, einschließlich Vorbereitung, Sicherung, Prüfungen danach und Rücknahme?
    .guidance =
        ML1: Erfahrene Ingenieure wissen, wie es geht; nichts ist aufgeschrieben.
        ML2: Für diese Lösung gibt es Installationsverfahren je Komponententyp, und sie werden befolgt.
        ML3: Verfahren des Unternehmens werden für alle unterstützten Produkte geführt und an jedem Standort genutzt.
        ML4: Verfahren werden anhand fehlgeschlagener oder langsamer Installationen verbessert.
        Schwachpunkte: Redundante Steuerungen und Server, bei denen die Reihenfolge der Schritte zählt, und fehlende Schritte zur Rücknahme.
    .evidence =
        Verfahren zur Patch-Installation
        Ausgefülltes Verfahren einer aktuellen Installation
        Anleitung zur Rücknahme (Rollback)

sp-11-05-br =
    .title = Freigabe des Anlagenbetreibers je Patch
    .question = Wird jeder Patch erst installiert, nachdem der Kunde genau diesen Patch freigegeben hat, und wird die Freigabe dokumentiert?
    .guidance =
        ML1: Ingenieure installieren Patches, wann sie es für richtig halten.
        ML2: Für diese Lösung wird vor jeder Installation die Freigabe des Kunden über seinen Änderungsprozess eingeholt.
        ML3: Eine Freigabe ist an allen Standorten Pflicht, und Nachweise verknüpfen jede Installation mit einer freigegebenen Änderung.
        ML4: Vorlaufzeiten der Freigabe und Ausnahmen werden überprüft.
        Schwachpunkte: Eingeschaltet gelassene automatische Updates und Patches, die ohne eigene Freigabe in einem Upgrade gebündelt sind.
    .evidence =
        Änderungsantrag, der einen Patch freigibt
        Einstellungen zu automatischen Updates auf den Rechnern der Lösung
        Installationsprotokoll mit Bezug zur Änderung

sp-11-06-br =
    .title = Patches nach Vorgabe des Anlagenbetreibers installieren
    .question = Installiert Ihr Personal freigegebene Patches, wenn der Kunde es vorgibt, etwa in einem geplanten Stillstand oder Wartungsfenster, und innerhalb der vereinbarten Frist?
    .guidance =
        ML1: Installiert wird, wann immer Ingenieure verfügbar sind.
        ML2: Für diese Lösung werden Installationen mit dem Kunden geplant und in den vereinbarten Fenstern durchgeführt.
        ML3: Die Terminplanung mit Kunden ist ein Unternehmensprozess, mit Nachweisen von Geplantem gegenüber Erledigtem.
        ML4: Die Zeit von der Freigabe bis zur Installation wird gemessen und verkürzt.
        Schwachpunkte: Rückstände, die zwischen Stillständen wachsen, und redundante Partner, die übersprungen werden.
    .evidence =
        Zeitplan der Patch-Installationen
        Nachweise abgeschlossener Installationen
        Aktuelle Rückstandsliste

sp-11-06-re-1 =
    .title = Härtung bleibt nach dem Patchen erhalten
    .question = Prüfen Sie nach der Installation von Patches oder Updates, ob die Härtung, etwa deaktivierte Dienste, Firewall-Regeln und Kontoeinstellungen, noch besteht?
    .guidance =
        ML1: Nichts wird geprüft; Updates können Dienste stillschweigend wieder einschalten.
        ML2: Für diese Lösung ist eine Härtungsprüfung nach dem Patchen Teil des Installationsverfahrens.
        ML3: Die Prüfung nach dem Patchen wird an allen Standorten durchgeführt und dokumentiert, wo möglich werkzeuggestützt.
        ML4: Nach dem Patchen festgestellte Abweichungen werden verfolgt, und Baseline oder Verfahren werden angepasst.
        Schwachpunkte: Service Packs, die Firewall-Regeln zurücksetzen, und Firmware-Updates, die Standardkonten zurückbringen.
    .evidence =
        Checkliste nach dem Patchen oder Bericht eines Compliance-Scans
        Härtungs-Baseline

sp-11-06-re-2 =
    .title = Echtheit/Integrität von Updates über das Netz
    .question = Wenn Patches die Lösung über das Netz erreichen, etwa von einem WSUS-Server oder einem Update-Server des Herstellers, wird jedes Update vor der Installation auf Echtheit und Unversehrtheit geprüft?
    .guidance =
        ML1: Updates werden installiert, wie sie ankommen.
        ML2: Für diese Lösung sind Signaturprüfungen aktiviert, und der Update-Weg ist dokumentiert.
        ML3: Eine verifizierte Update-Bereitstellung ist an allen Standorten Unternehmensstandard.
        ML4: Der Update-Weg wird gegen neue Angriffsmethoden überprüft und verbessert.
        Schwachpunkte: Update-Server in einer ungeschützten Zone und nicht signierte Firmware.
    .evidence =
        Konfiguration des Update-Servers
        Einstellungen der Signaturprüfung
        Netzplan des Update-Wegs

sp-11-06-re-3 =
    .title = Installationsstand der Patches ermitteln
    .question = Können Sie für jeden Rechner und jedes Gerät der Lösung sagen, welche Patches installiert sind, ohne sich an jeder Maschine von Hand anzumelden?
    .guidance =
        ML1: Der Stand wird ermittelt, indem man sich an jedem Rechner anmeldet.
        ML2: Für diese Lösung meldet ein Werkzeug oder Scan den Patchstand je Rechner.
        ML3: Die automatisierte Erfassung des Patchstands ist an allen Standorten Standard.
        ML4: Die Genauigkeit des Stands wird geprüft, und die Werkzeuge werden verbessert.
        Schwachpunkte: Steuerungen, Switches und Appliances, die das Werkzeug nicht abdeckt.
    .evidence =
        Export des Patchstands aus dem Werkzeug
        Werkzeugkonfiguration und Liste der abgedeckten Systeme

## SP.12 Sicherung/Wiederherstellung

sp-12-01-br =
    .title = Dokumentation des Sicherungsverfahrens
    .question = Haben Sie aufgeschrieben, wie jeder Teil der Lösung gesichert wird: Server, Bedienstationen, Engineering-Stationen, Steuerungsprogramme, Switch- und Firewall-Konfigurationen und Historian-Daten?
    .guidance =
        ML1: Ingenieure machen Sicherungen auf ihre eigene Art, wenn sie daran denken, und bewahren sie auf, wo sie wollen.
        ML2: Für diese Lösung legt ein Sicherungsverfahren fest, was gesichert wird, mit welchem Werkzeug, wohin, wie oft und von wem.
        ML3: Sicherungsverfahren des Unternehmens je Systemtyp werden an allen Standorten genutzt und bei Systemänderungen aktualisiert.
        ML4: Verfahren werden anhand fehlgeschlagener Jobs und der Lehren aus echten Wiederherstellungen verbessert, und die Lücken werden verfolgt.
        Schwachpunkte: Vergessene Lizenzdateien, Schlüssel und Zertifikate sowie online vorgenommene Änderungen an Steuerungen, die nie gesichert wurden.
        Auch fragen: Deckt das Verfahren auch den Sicherungsserver selbst und seine Zugangsdaten ab?
    .evidence =
        Sicherungsverfahren für diese Lösung
        Liste aller gesicherten Elemente
        Konfiguration der Sicherungsjobs

sp-12-02-br =
    .title = Anleitungen zur Wiederherstellung
    .question = Gibt es schriftliche Anleitungen zur Wiederherstellung jedes Teils der Lösung aus der Sicherung, klar genug, dass das Personal des Kunden sie um 3 Uhr nachts befolgen kann, ohne Ihren Spezialisten anzurufen?
    .guidance =
        ML1: Nur ein oder zwei Ihrer Spezialisten wissen, wie man wiederherstellt, und nichts ist aufgeschrieben.
        ML2: Für diese Lösung gibt es Schritte zur Wiederherstellung je Komponente mit Reihenfolge, Voraussetzungen und Prüfungen, die mindestens einmal befolgt wurden.
        ML3: Wiederherstellungsanleitungen des Unternehmens decken alle unterstützten Produkte und Versionen ab und werden aktuell gehalten.
        ML4: Wiederherstellungszeiten und dabei aufgetretene Probleme werden dokumentiert und zur Verbesserung der Anleitungen genutzt.
        Schwachpunkte: Anleitungen, die voraussetzen, dass Installationsmedien, Lizenzdongles oder ein funktionierender Domänencontroller zur Hand sind.
    .evidence =
        Wiederherstellungsanleitungen je Komponente
        Nachweis einer nach diesen Anleitungen durchgeführten Wiederherstellung
        Liste der für eine Wiederherstellung nötigen Medien und Lizenzen

sp-12-03-br =
    .title = Umgang mit Wechselmedien für Sicherungen
    .question = Wie werden Sicherungen auf Wechselmedien wie USB-Festplatten oder Bändern gekennzeichnet, geschützt, gelagert und transportiert, und wer kann an sie herankommen?
    .guidance =
        ML1: Sicherungsplatten liegen unbeschriftet in einer Schublade in der Leitwarte.
        ML2: Für diese Lösung sind Medien gekennzeichnet, verschlüsselt oder weggeschlossen, und eine Kopie liegt an einem zweiten Ort.
        ML3: Unternehmensregeln für Sicherungsmedien gelten an allen Standorten, mit einem Verzeichnis jeder Platte und ihres Aufbewahrungsorts.
        ML4: Der Umgang mit Medien wird auditiert und verbessert, z. B. nach einer verlorenen oder unlesbaren Platte.
        Schwachpunkte: Unverschlüsselte Sicherungen mit Passwörtern und Rezepten und Medien, die nach Monaten im Lager nie zurückgelesen wurden.
    .evidence =
        Verzeichnis der Sicherungsmedien
        Aufbewahrungsort und seine Zugangsliste
        Verschlüsselungseinstellung der Sicherungsmedien

sp-12-04-br =
    .title = Dokumentation der Sicherungsprüfung
    .question = Haben Sie dokumentiert, wie geprüft wird, ob eine Sicherung vollständig und brauchbar ist, z. B. durch Vergleich von Prüfsummen oder eine Test-Wiederherstellung auf einem Ersatzrechner oder einer virtuellen Maschine?
    .guidance =
        ML1: Einer Sicherung wird vertraut, weil der Job „erfolgreich“ meldete.
        ML2: Für diese Lösung sind die Prüfschritte dokumentiert und werden nach festem Zeitplan durchgeführt.
        ML3: Die Prüfung ist an allen Standorten Routine, mit Nachweisen jeder Prüfung.
        ML4: Prüfergebnisse werden verfolgt, und die Methoden werden verbessert, z. B. durch automatisierte Test-Wiederherstellungen.
        Schwachpunkte: Steuerungssicherungen, die nie mit dem tatsächlich in der SPS laufenden Programm verglichen werden.
    .evidence =
        Verfahren zur Sicherungsprüfung
        Prüfnachweise der letzten Monate
        Vergleichsbericht einer Steuerungssicherung

sp-12-05-br =
    .title = Vollständige Sicherung und Wiederherstellung vorführen
    .question = Haben Sie dem Kunden eine vollständige Sicherung und Wiederherstellung der Lösung vorgeführt, z. B. den Neuaufbau eines Servers oder einer Bedienstation von Grund auf, und hat der Kunde das Ergebnis abgenommen?
    .guidance =
        ML1: Eine vollständige Wiederherstellung wurde nie versucht.
        ML2: Für diese Lösung wurde eine vollständige Sicherung und Wiederherstellung vorgeführt, typischerweise bei FAT oder SAT, und das Ergebnis dokumentiert.
        ML3: Die Vorführung ist in jedem Projekt ein Standardtest und wird nach größeren Änderungen wiederholt.
        ML4: Wiederherstellungszeiten werden an den Wiederanlaufzielen des Kunden gemessen, und der Prozess wird verbessert.
        Schwachpunkte: Vorführungen auf einem Ersatzrechner, der sich in Hardware oder Softwareversionen von der Produktion unterscheidet.
    .evidence =
        Vom Kunden unterschriebenes Protokoll der Vorführung
        Gemessene Wiederherstellungszeit im Vergleich zum Wiederanlaufziel

sp-12-06-br =
    .title = Sicherungen nach Zeitplan des Anlagenbetreibers
    .question = Werden die Sicherungen der Lösung nach dem vom Kunden festgelegten Zeitplan erstellt, auch nach jeder Änderung, und können Sie zeigen, dass keine ausgefallen ist?
    .guidance =
        ML1: Sicherungen werden unregelmäßig erstellt, oft nur vor großen Änderungen.
        ML2: Für diese Lösung folgen Sicherungen dem Zeitplan des Kunden, und fehlgeschlagenen oder ausgelassenen Läufen wird nachgegangen.
        ML3: Geplante, überwachte Sicherungen sind an allen von Ihnen betreuten Standorten Standard.
        ML4: Erfolgsquoten und ausgelassene Sicherungen werden gemessen, und ihre Ursachen werden beseitigt.
        Schwachpunkte: Keine Sicherung nach einer Änderung am Steuerungsprogramm und fehlgeschlagene Jobs, die niemand bemerkt.
    .evidence =
        Vereinbarter Sicherungszeitplan
        Jobhistorie der letzten Monate
        Nach der letzten Änderung erstellte Sicherung

sp-12-07-br =
    .title = Normaler Betrieb während der Sicherung
    .question = Können Sicherungen bei laufender Anlage erstellt werden, ohne Bedienbilder zu verlangsamen oder Steuerungen und Netzverbindungen zu überlasten?
    .guidance =
        ML1: Die Auswirkung einer Sicherung auf den Betrieb ist nicht bekannt.
        ML2: Für diese Lösung wurde die Sicherungsmethode getestet, um zu zeigen, dass sie den Betrieb nicht stört, und der Test ist dokumentiert.
        ML3: Das Unternehmen kennt und dokumentiert die Auswirkung von Sicherungen je Systemtyp und plant die Sicherungszeiten entsprechend.
        ML4: Die Last während der Sicherungen wird überwacht, und die Methode wird verbessert.
        Schwachpunkte: Vollständige Festplatten-Images, die Historians verlangsamen, und das Auslesen von Steuerungen während kritischer Chargenschritte.
    .evidence =
        Testnachweis der CPU- und Netzlast während einer Sicherung
        Aussage des Leitsystemherstellers zu Online-Sicherungen

sp-12-08-br =
    .title = Audit-Protokollierung von Sicherung/Wiederherstellung
    .question = Werden Sicherungen und Wiederherstellungen in einem Protokoll festgehalten, das zeigt, wer sie gestartet hat, wann, was sie umfassten und ob sie erfolgreich waren?
    .guidance =
        ML1: Außer den Sicherungsdateien selbst gibt es keinen Nachweis.
        ML2: Für diese Lösung werden Sicherungs- und Wiederherstellungsvorgänge mit Benutzer, Zeit, Umfang und Ergebnis protokolliert.
        ML3: Diese Protokolle werden an allen Standorten aufbewahrt und erreichen den Log-Collector des Kunden.
        ML4: Protokolle werden ausgewertet, und unerwartete Wiederherstellungen oder solche durch ungewöhnliche Benutzer werden untersucht.
        Schwachpunkte: Manuelle Wiederherstellungen von Steuerungsprogrammen oder Switch-Konfigurationen, die keine Spur hinterlassen.
    .evidence =
        Auszug aus dem Protokoll der Sicherungen und Wiederherstellungen
        Konfiguration der Protokollweiterleitung

sp-12-09-br =
    .title = Wiederanlaufplan für den Notfall (Disaster Recovery)
    .question = Gibt es für die Lösung einen Wiederanlaufplan für den Notfall, z. B. nach einem Brand, einem Ransomware-Angriff oder dem Totalverlust eines Serverraums, der festlegt, wer was in welcher Reihenfolge tut, mit welchen Ersatzteilen und Sicherungen?
    .guidance =
        ML1: Die Wiederherstellung würde von dem improvisiert, der gerade verfügbar ist.
        ML2: Für diese Lösung deckt ein schriftlicher, mit dem Kunden abgestimmter Plan Prioritäten, Rollen, Kontakte, Ersatzteile und Ablageorte der Sicherungen ab.
        ML3: Das Unternehmen plant den Wiederanlauf für alle betreuten Standorte auf dieselbe Weise und hat Übungen durchgeführt.
        ML4: Übungen werden an Wiederanlaufzielen gemessen, und der Plan wird anhand der Ergebnisse verbessert.
        Schwachpunkte: Pläne, die auf Sicherungen im selben Raum setzen, und veraltete Kontaktlisten.
        Auch fragen: Wann wurde der Plan zuletzt geübt, und was ging schief?
    .evidence =
        Wiederanlaufplan für diese Lösung
        Nachweis einer Wiederanlaufübung
        Liste kritischer Ersatzteile und ihres Lagerorts
