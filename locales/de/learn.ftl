### Begriffe (Review 2026-12), geprüft von tests/terms.rs: Allowlist und Application-Allowlisting, nie Whitelist oder Blacklist; Reifegrade ML1 Initial, ML2 Gesteuert, ML3 Definiert, ML4 Kontinuierlich verbessert.
## Lernmodus: einfache Erklärungen der Begriffe, für Einsteiger und für den Unterricht.
## Jede Nachricht hat einen .title (höchstens 40 Zeichen) und einen .body: ein Gedanke je Zeile,
## höchstens 90 Zeichen je Zeile, keine Leerzeilen, Aufzählungen mit „• “.

learn-standards =
    .title = IEC 62443 einfach erklärt
    .body =
        IEC 62443 ist eine Normenreihe zur Security industrieller Automatisierungs-
        und Steuerungssysteme (IACS): Rechner, Netze und Steuerungen, die eine Anlage fahren.
        Die Teile sind danach geordnet, wer handeln muss, nicht nach Technik.
        • 1-x: gemeinsame Begriffe, Konzepte und Modelle für alle übrigen Teile.
        • 2-1: der Anlagenbetreiber baut ein Security-Programm auf und betreibt es.
        • 2-4: der Dienstleister (Integrator, Wartungsfirma) zeigt, was er sicher leisten kann.
        • 3-2: Planer oder Integrator beurteilen mit dem Anlagenbetreiber das Risiko und teilen
        das System in Zonen und Conduits auf, jeweils mit einem Ziel-Security-Level.
        • 3-3: der Integrator sorgt dafür, dass jede Zone die Systemanforderungen ihres SL hält.
        • 4-1: der Produktlieferant entwickelt seine Produkte in einem sicheren Prozess.
        • 4-2: der Produktlieferant baut die Security-Funktionen in jede Komponente ein.
        Eine Rolle ist ein Bündel von Pflichten, keine Firmenart: eine Firma kann mehrere haben.
        Im Projekt: der Betreiber fordert, Integratoren bauen, Hersteller liefern zu.
        iacs-assess deckt sechs Teile ab:
        • 2-1 (2024): 87 Anforderungen in 8 Programmelementen (SPE), bewertet als Reifegrad.
        • 2-4 (2023): 123 Anforderungen in 12 Funktionsbereichen, bewertet als Reifegrad.
        • 3-2 (2020): die Schritte der Risikobeurteilung, Zonen, Conduits, Bedrohungen und SL-T.
        • 3-3 (2013): 51 Systemanforderungen und 49 Erweiterungen, beantwortet je Zone.
        • 4-1 (2018): 47 Anforderungen in 8 Praktiken der Entwicklung des Lieferanten, als Reifegrad.
        • 4-2 (2019): die Komponentenanforderungen, beantwortet je Komponente; sie ergeben ihr SL-C,
        oder das vom Lieferanten erklärte SL-C (Zertifikat oder Erklärung) wird erfasst.

# Review 2026-12: das ML3-Beispiel ist eine festgelegte Anweisung mit Nachweis der Anwendung, nicht „alle Linien und Standorte“
learn-maturity =
    .title = Reifegrade ML1 bis ML4
    .body =
        Ein Reifegrad sagt, wie gut und wie verlässlich eine Organisation etwas tut.
        Die Teile 2-1, 2-4 und 4-1 nutzen dieselbe vierstufige Skala, abgeleitet von CMMI.
        • Nicht umgesetzt: die Anforderung wird gar nicht erfüllt; das liegt unter ML1.
        • ML1 Initial: umgesetzt, aber ad hoc; hängt an einzelnen Personen, selten dokumentiert.
        • ML2 Gesteuert: für System oder Lösung dokumentiert, geschultes Personal, wiederholbar.
        • ML3 Definiert (praktiziert): ein Prozess für die ganze Organisation, mit Nachweisen.
        • ML4 Kontinuierlich verbessert: gemessen, und die Messungen treiben Verbesserungen.
        Jede Stufe baut auf der darunter auf: kein ML3 ohne das, was ML2 verlangt.
        Die geführte Leiter (Taste L) stellt bis zu vier Ja/Nein-Fragen, eine je Stufe.
        Jedes Ja hebt den Vorschlag um eine Stufe; das erste Nein beendet die Leiter.
        Kein Ja ergibt „nicht umgesetzt“, vier Ja ergeben ML4.
        Der Vorschlag wird als Antwort eingetragen; mit 0 bis 4 können Sie ihn ändern.
        Beispiel aus der Anlage: Sicherungen der SPS-Programme.
        • ML1: ein Techniker kopiert die Programme ab und zu auf einen USB-Stick.
        • ML2: eine schriftliche Anweisung für diese Linie regelt, was wann wer sichert.
        • ML3: eine unternehmensweit festgelegte Anweisung; Protokolle belegen ihre Anwendung.
        • ML4: Rücksicherungstests werden gemessen und verfolgt, die Anweisung daraus verbessert.
        Begründen Sie den Reifegrad in der Notiz und nennen Sie die gesehenen Nachweise.

learn-security-levels =
    .title = Security-Level SL1 bis SL4
    .body =
        Ein Security-Level (SL) sagt, wie starken Angreifern eine Zone oder ein Produkt standhält.
        Maßstab sind Absicht, Mittel, Ressourcen und Können des Angreifers, nicht der Schaden.
        • SL1: Schutz gegen zufällige oder beiläufige Verstöße, ohne Absicht zu schaden.
        Beispiel: ein Techniker steckt unwissentlich einen USB-Stick mit Schadsoftware ein.
        • SL2: gegen absichtliche Angriffe mit einfachen Mitteln, wenig Ressourcen, Grundwissen.
        Beispiel: ein verärgerter Ex-Mitarbeiter probiert mit Gratis-Tools Standardpasswörter.
        • SL3: gegen Angriffe mit ausgefeilten Mitteln, moderaten Ressourcen und IACS-Wissen.
        Beispiel: eine Ransomware-Gruppe, die vor dem Angriff das Leitsystem der Anlage ausspäht.
        • SL4: gegen ausgefeilte Mittel mit umfangreichen Ressourcen, meist staatlich finanziert.
        Beispiel: ein Team mit eigener Schadsoftware für das SIS, das sich monatelang vorbereitet.
        Eine 0 bedeutet: nicht einmal SL1 ist erreicht.
        Höher ist nicht immer besser: jede Stufe kostet Geld und Aufwand.
        Welche Stufe eine Zone braucht, folgt aus ihrem Risiko: das ist die Arbeit nach 62443-3-2.
        Dieselbe Skala dient dreifach: Ziel (SL-T), Fähigkeit (SL-C), erreicht (SL-A).
        Die Bedrohungsakteur-Methode von iacs-assess nutzt dieselben vier Stufen:
        zufällig 1, einfache Mittel 2, moderate Ressourcen 3, umfangreiche Ressourcen 4.

learn-sl-vectors =
    .title = SL-Vektoren: SL-T, SL-C und SL-A
    .body =
        62443-3-3 ordnet die Systemanforderungen (SR) sieben grundlegenden Anforderungen (FR) zu.
        • FR 1 IAC, Identifizierung und Authentifizierung: wer oder was verbindet sich?
        • FR 2 UC, Nutzungskontrolle: was darf ein Benutzer, Programm oder Gerät danach tun?
        • FR 3 SI, Systemintegrität: sind Software, Einstellungen und Daten unverändert?
        • FR 4 DC, Vertraulichkeit der Daten: bleiben Informationen vor Unbefugten verborgen?
        • FR 5 RDF, eingeschränkter Datenfluss: fließt Verkehr nur dorthin, wo er hin soll?
        • FR 6 TRE, rechtzeitige Reaktion auf Ereignisse: wird ein Vorfall bemerkt und behandelt?
        • FR 7 RA, Verfügbarkeit der Ressourcen: läuft das System unter Angriff oder Last weiter?
        Ein Security-Level sind also sieben Zahlen, eine je FR, immer in dieser Reihenfolge.
        Beispiel: SL-T 2 2 1 1 3 1 2 verlangt SL3 beim Datenfluss, SL1 bei der Vertraulichkeit.
        • SL-T, Ziel: was Zone oder Conduit brauchen, aus der Risikobeurteilung nach 62443-3-2.
        • SL-C, Fähigkeit: was ein System oder eine Komponente, richtig konfiguriert, erreicht.
        • SL-A, erreicht: was die Zone heute, so wie gebaut und betrieben, tatsächlich erreicht.
        Jede SR und jede Erweiterung (RE) gilt ab einem Mindest-SL aufwärts.
        Je FR nimmt iacs-assess das höchste n, bei dem jede Anforderung dieser FR mit
        Mindest-SL bis n erfüllt ist, direkt oder durch eine dokumentierte Kompensation.
        „Nicht anwendbar“ zieht keine Stufe herunter; „nicht erfüllt“ und unbeantwortet schon.
        Eine einzige nicht erfüllte SL1-Anforderung ergibt 0 für ihre FR.
        Beispiel: alle SL1- und SL2-Punkte von FR 5 erfüllt, ein SL3-Punkt nicht: FR 5 erreicht 2.
        Die Lücke ist SL-T minus SL-A, für jede FR, deren Ziel höher liegt.
        Die Lückenliste nennt jede nicht erfüllte oder unbeantwortete Anforderung bis zum Ziel-SL,
        sortiert nach FR, SL und Id: genau das, was die Lücke schließt.

learn-zones-conduits =
    .title = Zonen und Conduits
    .body =
        Eine Zone fasst Assets zusammen, die gleich stark geschützt werden: mit dem SL-T der Zone.
        Ein Conduit trägt den Verkehr zwischen zwei Zonen: ein Weg durch die Firewall,
        ein Kabel, ein VPN.
        Trennen Sie, was verschieden ist: Büro-IT, sicherheitsgerichtete Systeme, nur zeitweise
        angeschlossene Geräte, Funkgeräte und alles, was über fremde Netze erreicht wird.
        Das Diagramm zu diesem Thema zeigt das Wasserwerk der Demo, vom Werkzeug gezeichnet.
        • Fünf Zonen, von oben nach unten: das Büronetz Z-ENT, die industrielle DMZ Z-DMZ,
        die SCADA-Server und Bedienplätze Z-SCADA, die SPS Z-CTRL
        und ganz unten Z-SIS, das sicherheitsgerichtete System (SIS) für das Chlor.
        • Eine Linie ist ein Conduit, beschriftet mit Kennung und SL-T. Zwischen Z-DMZ und
        Z-SCADA laufen zwei: C-DMZ-SCADA für Updates und Historian-Daten, C-REMOTE für den
        Fernzugang.
        • Ein Kasten zeigt SL-T und SL-A der Zone, eine Ziffer je FR, in der Farbe ihrer größten
        Lücke: grün (✓) SL-T erreicht, gelb (1) eine Stufe darunter, rot (2+) zwei oder mehr,
        blau (?) darunter nur, wo noch Antworten fehlen.
        Warum das SL-T eines Conduits den Zonen folgt, die es verbindet: Wer ein Conduit
        übernimmt, erreicht beide Zonen. Also muss das Conduit so gut geschützt sein wie
        die anspruchsvollere der beiden, FR für FR.
        Beispiel: Z-SCADA braucht 3332232, Z-CTRL 2221222, also bekommt C-SCADA-CTRL 3332232.
        Was das Werkzeug tut, wenn das Risikomodell Conduits ihren Zonen folgen lässt (Vorgabe):
        Je FR ist das SL-T eines Conduits das höchste aus seinen eigenen Bedrohungsszenarien,
        den Untergrenzen und seinen beiden Zonen. Eine Anpassung des Conduits kann danach
        eine FR begrenzen, und ein von Hand gesetztes SL-T (Taste o) ersetzt den ganzen Vektor.
        Ein Conduit kann mehr verlangen als beide Zonen: C-REMOTE braucht 3 in jeder FR,
        weil sein eigenes Szenario, Ransomware über gestohlene VPN-Konten, das verlangt.
        Im Werkzeug: s öffnet die Zonen, v ihr Diagramm, a legt eine Zone an, c ein Conduit.
        Die Demo (d auf dem Startbildschirm) ist dieses Wasserwerk zum Ausprobieren.

# Review 2026-12: Restrisiko = Risiko mit den VORHANDENEN Gegenmaßnahmen (62443-3-2 ZCR 5.10);
# geplante, zusätzliche Gegenmaßnahmen gehören zu ZCR 5.12 und werden getrennt beschrieben
learn-risk =
    .title = Risiko und Ziel-Security-Level
    .body =
        Risiko = Eintrittswahrscheinlichkeit x Auswirkung, abgelesen an der eigenen Risikomatrix.
        Wahrscheinlichkeit: wie oft ein Bedrohungsszenario eintreten und gelingen könnte.
        Auswirkung: wie schlimm das Ergebnis wäre; bewerten Sie Sicherheit, Umwelt, Produktion,
        Finanzen und Ansehen, und nehmen Sie den schlimmsten Wert.
        Tolerierbares Risiko: eine Grenze in der Matrix; darunter akzeptiert, darüber zu senken.
        Risiko vor Gegenmaßnahmen: das Risiko, bevor irgendeine Gegenmaßnahme angerechnet wird.
        Restrisiko: das Risiko, das mit den bereits vorhandenen Gegenmaßnahmen bleibt.
        Geplante Gegenmaßnahmen werden getrennt geführt: sie sollen das Risiko weiter senken,
        bis zur Toleranzgrenze oder darunter. Sind sie umgesetzt, das Restrisiko neu bewerten.
        Skalen, Matrix und Regeln sind Daten des Risikomodells und werden ins Assessment kopiert,
        damit alte Ergebnisse nachvollziehbar bleiben, auch wenn das Modell später geändert wird.
        iacs-assess leitet das SL-T jeder Zone und jedes Conduits auf eine von zwei Arten ab:
        • Aus dem zu mindernden Risiko: jedes Szenario fordert das SL seiner Risikostufe vor
        Gegenmaßnahmen; im Standardmodell niedrig und mittel 1, hoch 2, sehr hoch 3, kritisch 4.
        • Aus dem Bedrohungsakteur: jedes Szenario fordert das SL des fähigsten glaubhaften
        Angreifers: zufällig 1, einfache Mittel 2, moderate Ressourcen 3, umfangreiche 4.
        Ein Szenario hebt nur die FR an, über die es wirkt, sonst alle sieben.
        Je FR gewinnt der höchste Wert, und das Szenario dahinter wird als Grund angezeigt.
        Anpassungen deckeln einzelne FR mit Begründung, z. B. FR 4 auf 1 ohne vertrauliche Daten.
        Eine manuelle Vorgabe (Taste o) ersetzt den ganzen Vektor und braucht eine Begründung.
        Wird die Vorgabe geleert, leitet iacs-assess das SL-T wieder ab.
        Beispiel: Ransomware über Fernwartung, wahrscheinlich und schwer: sehr hoch, also SL 3.
        Mit der vorhandenen Firewall ist es möglich und schwer: hoch. Das ist das Restrisiko,
        noch über der Grenze. Geplant: ein getestetes Wiederherstellungsverfahren, das den
        Ausfall auf mittel begrenzt: möglich und mittel ergibt mittel, also tolerierbar.

learn-process-3-2 =
    .title = Der Ablauf nach 62443-3-2
    .body =
        62443-3-2 macht in sieben Schritten, ZCR 1 bis 7, aus Risiko Zonen, Conduits und Ziel-SL.
        • ZCR 1: das betrachtete System (SUC) abgrenzen: seine Assets und jeden Zugang.
        iacs-assess: ZCR 1.1 mit Notiz beantworten, den Netzplan als Nachweis angeben.
        • ZCR 2: erste, grobe Risikobeurteilung: das Schlimmste, was ein Angriff bewirken kann.
        iacs-assess: Worst Cases als Bedrohungsszenarien, Risiko vor Gegenmaßnahmen (Taste t).
        • ZCR 3: das System in Zonen und Conduits teilen; Büro, SIS, zeitweise angeschlossene,
        drahtlose und von außen erreichte Geräte trennen. iacs-assess: Zonen, Tasten a und c.
        • ZCR 4: das erste Risiko mit dem tolerierbaren vergleichen: ist eine Detailanalyse nötig?
        iacs-assess: die Heatmap bei den Zonen und die Markierung tolerierbar im Risikoregister.
        • ZCR 5: detaillierte Risikobeurteilung je Zone und Conduit: Bedrohungen, Schwachstellen,
        Auswirkung, Wahrscheinlichkeit, Risiko vor Gegenmaßnahmen, SL-T,
        vorhandene und nötige Gegenmaßnahmen, Restrisiko.
        iacs-assess: Szenarien mit Akteur, FR, Gegenmaßnahmen und Restwerten; SL-T abgeleitet.
        • ZCR 6: Security-Anforderungen, Systembeschreibung, Zonenpläne, Annahmen, Bedrohungen,
        Richtlinien, tolerierbares Risiko und geltende Vorschriften dokumentieren.
        iacs-assess: das exportierte Workbook zeigt Zonen, Risiken, SL-T; Dokumente als Nachweis.
        • ZCR 7: der Anlagenbetreiber gibt Ergebnisse, Restrisiko und Anforderungen frei.
        iacs-assess: unterschrieben wird außerhalb; das Dokument bei ZCR 7.1 als Nachweis angeben.
        Der Fragebogen 3-2 enthält die 32 Anforderungen dieser Schritte; beantworten Sie jede mit
        d erledigt, p teilweise, x nicht erledigt oder n nicht anwendbar, mit Notiz und Nachweis.

learn-regulations =
    .title = NIS2, NIST CSF und der CRA
    .body =
        Selten fragt jemand: „Erfüllen wir 62443?“ Meist geht es um ein Gesetz oder ein
        Rahmenwerk:
        • NIS2 (EU): Artikel 21(2) nennt zehn Bereiche von Maßnahmen, die wesentliche und
        wichtige Einrichtungen treffen müssen, von der Risikoanalyse bis zur gesicherten
        Kommunikation.
        • NIST Cybersecurity Framework 2.0: sechs Funktionen (Govern, Identify, Protect, Detect,
        Respond, Recover) mit 106 Ergebnissen, verbreitet in Nordamerika und in vielen Verträgen.
        • Cyber Resilience Act (EU): Ab 2027 muss ein Produkt mit digitalen Elementen, das in der
        EU in Verkehr gebracht wird, die Anforderungen seines Anhangs I erfüllen: Eigenschaften des
        Produkts (Teil I) und den Umgang des Herstellers mit Schwachstellen (Teil II). Er betrifft
        Produkthersteller; die Gegenstücke sind 62443-4-1 und 4-2.
        Eine Zuordnung verknüpft jeden Punkt eines solchen Textes mit den 62443-Anforderungen,
        die ihn stützen. Jede Verknüpfung hat eine Art (gleichwertig, stützt, teilweise) und eine
        Quelle: die veröffentlichten Referenzen des NIST auf 62443-3-3, wo es sie gibt, sonst
        unsere Lesart mit einer einzeiligen Begründung, die Sie prüfen und anders sehen können.
        Das Werkzeug liest dann Ihre Antworten: Ein Punkt ist gestützt, wenn jede verknüpfte
        Anforderung erfüllt ist (oder ihren Ziel-Reifegrad erreicht), teilweise, wenn einige es
        sind, nicht gestützt, wenn die beantworteten nicht erfüllt sind. Ist nichts beantwortet,
        heißt er „nicht bewertet“, nie „nicht gestützt“. Manche Punkte haben gar keine
        Entsprechung in 62443: Auch das ist ein Befund.
        Öffnen Sie die Zuordnung mit ihrer Taste im Ergebnisbildschirm oder mit
        `iacs-assess align DATEI --to nis2`. Ein Urteil beschreibt die 62443-Nachweise, nicht die
        rechtliche Konformität.

learn-using-the-tool =
    .title = Ein Assessment mit iacs-assess
    .body =
        Start: n neues Assessment, d Demo-Kopie, l Lernen, Enter öffnet ein zuletzt genutztes.
        Neu: Titel, Organisation, Standort, Assessoren, Fragebögen (Space), Ziel-Reifegrad.
        Fragebogen: links die Gliederung, in der Mitte die Anforderung und ihre Frage.
        ↑ ↓ oder j k bewegen, Enter geht zur nächsten Anforderung, Tab zum nächsten Fragebogen.
        Reifegrad: 0 nicht umgesetzt, 1 bis 4 für ML1 bis ML4, n nicht anwendbar, L die Leiter.
        62443-3-3: m erfüllt, x nicht erfüllt, c kompensiert, n nicht anwendbar; z nächste Zone.
        62443-3-2: d erledigt, p teilweise, x nicht erledigt, n nicht anwendbar.
        „Nicht anwendbar“ und „kompensiert“ brauchen Grund oder Gegenmaßnahme in der Notiz.
        i setzt die befragte Person; sie wird in jede Antwort übernommen, bis Sie sie ändern.
        e bearbeitet die Notiz, v die Verweise auf Nachweise (einer je Zeile), g zeigt Hinweise.
        f markiert zum Nachfassen; u springt zur nächsten offenen, F zur nächsten markierten.
        s öffnet Zonen, Conduits und Bedrohungsszenarien; Enter dort beantwortet 3-3 für die Zone.
        r zeigt Ergebnisse: Reifegrad gegen Ziel, SL-T gegen SL-A und die Lückenliste.
        X exportiert Workbook, CSV oder JSON; der Export ändert das Assessment nie.
        Für Antworten ohne iacs-assess ein Offline-Workbook auf der Kommandozeile exportieren:
        iacs-assess export DATEI --format offline-xlsx -o MAPPE.xlsx, dann zurücklesen
        mit iacs-assess import DATEI --from MAPPE.xlsx.
        Jede Antwort wird sofort gespeichert; ? zeigt auf jedem Bildschirm die Tasten.

## Service providers (issue 23)

learn-service-providers =
    .title = Dienstleister und 62443-2-4
    .body =
        62443-2-4 richtet sich an Dienstleister: Integratoren und Instandhaltungsfirmen.
        Sie beschreibt, was ein Dienstleister einem Anlagenbetreiber anbieten kann,
        in 12 Funktionsbereichen: vom Personal vor Ort über Fernzugriff bis zu Patches
        und Backups.
        Der Dienstleister bewertet jede Fähigkeit mit einem Reifegrad, ML1 bis ML4, wie in 2-1.
        Kunden fragen vor dem Auftrag danach; manche Dienstleister lassen sich zertifizieren.
        Die Norm unterscheidet zwei Leistungen:
        • Integration: eine Automatisierungslösung planen, aufbauen und in Betrieb nehmen.
        • Instandhaltung: die Lösung betreuen, solange sie läuft.
        Manche Anforderungen betreffen eine der beiden, viele beide. Der Leistungsumfang
        (Integration, Instandhaltung oder beides) lässt weg, was nur die andere betrifft.
        Drei Antworten sehen ähnlich aus, sagen aber Verschiedenes:
        • Nicht umgesetzt: die Leistung wird angeboten, dieser Teil fehlt aber (unter ML1).
        Das zählt als 0 und zieht den Bereich nach unten.
        • Nicht angeboten (Taste o): der Dienstleister verkauft das nicht, z. B. keine Funknetze.
        Es zählt nicht zum Reifegrad; ein Bereich ganz ohne Angebot hat keine Stufe, nicht 0.
        Ein ganzer Bereich geht in einem Schritt, mit einer Begründung (Sammelfrage, --area).
        • Nicht anwendbar: die Leistung wird angeboten, aber die Anforderung passt nicht zu ihr.
        Auch das braucht eine Begründung und zählt ebenfalls nicht zum Reifegrad.
        Ein Anlagenbetreiber schreibt auf, was er braucht, in einem Zielprofil: eine kleine
        TOML-Datei mit einer Stufe je Bereich oder Anforderung, z. B. Fernzugriff ML3, Funk 0.
        (0 heißt: nicht gefordert.) iacs-assess target DATEI --profile ID macht es zum Ziel.
        Die Fähigkeitserklärung ist das, was der Dienstleister seinen Kunden schickt:
        iacs-assess statement DATEI -o ERKLAERUNG.xlsx zeigt je Bereich, was angeboten wird,
        mit welcher Stufe und welchen Nachweisen, und was nicht angeboten wird.
        Notizen bleiben draußen, außer mit --with-notes: sie sind oft intern.
        Mit --against PROFIL sieht der Betreiber je Anforderung die geforderte Stufe,
        die angebotene Stufe und die Lücke.
        Zum Ausprobieren: iacs-assess demo --integrator öffnet die Selbstbewertung des
        Demo-Integrators; gleichen Sie sie mit dem Profil demo-aqua-valley-integrator ab.

## Komponenten (issue 20)

learn-components =
    .title = Produktlieferanten, Komponenten, SL-C
    .body =
        Produktlieferanten stellen die Teile her, aus denen ein System besteht, etwa
        Steuerungen, Switches und Software. Zwei Teile von 62443 richten sich an sie:
        • 4-1: wie Produkte entwickelt werden: ein sicherer Entwicklungsprozess,
        47 Anforderungen in 8 Praktiken, bewertet mit ML1 bis ML4 wie in 2-4 und
        einmal für den Lieferanten beantwortet.
        • 4-2: was eine einzelne Komponente kann: ihre Security-Funktionen, je FR, bis SL4.
        4-2 kennt vier Komponententypen; der Typ entscheidet, welche Zusatzanforderungen gelten:
        • Softwareanwendung (SAR): ein SCADA-Serverprogramm, ein Historian, ein Engineering-Tool.
        • Eingebettetes Gerät (EDR): eine SPS, eine Fernwirkstation (RTU), ein smartes Feldgerät.
        • Host-Gerät (HDR): eine Bedienstation oder ein Server-PC mit seinem Betriebssystem.
        • Netzwerkgerät (NDR): ein Switch, Router, eine Firewall oder ein WLAN-Access-Point.
        Die Komponentenanforderungen (CR) gelten für alle vier Typen.
        Der Fähigkeits-Security-Level (SL-C) sagt, was eine Komponente erreichen kann,
        wenn sie richtig konfiguriert ist. Wie SL-T und SL-A sind es sieben Zahlen, eine je FR.
        Das Werkzeug erhält den SL-C einer Komponente auf einem von zwei Wegen:
        • Bewertet: Sie beantworten den 4-2-Fragebogen für die Komponente. Je FR ist ihr SL-C
        der höchste Level, dessen Anforderungen für diesen Komponententyp alle erfüllt sind,
        gezählt wie beim SL-A. Die gemeinsamen Vorgaben CCSC 1 bis 4 gelten auf jedem Level;
        CCSC 4 verlangt, dass die Komponente in einem Prozess nach 4-1 entwickelt wurde.
        • Erklärt: der Lieferant nennt den Vektor. Als Quelle halten Sie mit Datum
        entweder ein Zertifikat (Schema und Nummer, z. B. ISASecure CSA oder IECEE) oder die
        eigene Erklärung des Lieferanten fest. Ein Zertifikat hat ein Dritter geprüft,
        eine Erklärung nicht.
        Je Zone und FR treffen die drei Level aufeinander:
        • SL-T: was die Zone braucht, aus der Risikobeurteilung.
        • SL-C: was jede Komponente in der Zone leisten kann.
        • SL-A: was die Zone erreicht, so wie sie heute gebaut ist und betrieben wird.
        Eine Zone kann ihren SL-T nur erreichen, wenn jede Komponente darin dazu fähig ist.
        Die Zonenprüfung nennt jede Komponente, deren SL-C unter dem SL-T ihrer Zone liegt,
        z. B. „Z-CTRL FR 1: PLC-3 (SL-C 1) unter SL-T 2“.
        Eine Komponente ohne bekannten SL-C wird als unbekannt geführt, nie als fähig angenommen.
        Fähig genügt nicht: der SL-A hängt davon ab, wie sie eingerichtet und betrieben wird.
        Eine Komponente, die nicht reicht, braucht eine kompensierende Maßnahme, eine eigene
        Zone oder einen Ersatz.
