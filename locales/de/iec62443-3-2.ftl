### Begriffe (Review 2026-12), geprüft von tests/terms.rs: Allowlist und Application-Allowlisting, nie Whitelist oder Blacklist; Reifegrade ML1 Initial, ML2 Gesteuert, ML3 Definiert, ML4 Kontinuierlich verbessert.
# IEC 62443-3-2:2020 Security-Risikobeurteilung für den Systementwurf.
# Struktur: questionnaires/iec62443-3-2.toml. Die Antworten sind Prozessschritte: erledigt, teilweise, nicht erledigt, nicht anwendbar.
# Alle Fragen, Hinweise und Nachweise sind eigens geschrieben; kein Text der Norm wird wiedergegeben.

## Der Fragebogen selbst
questionnaire =
    .title = IEC 62443-3-2 Risikobeurteilung für den Systementwurf
    .description = Prüft, ob die Risikobeurteilung hinter dem Entwurf eines Leitsystems wirklich durchgeführt wurde: Das System ist abgegrenzt und in Zonen und Conduits aufgeteilt, seine Bedrohungen und Risiken sind gegen das abgewogen, was die Organisation tolerieren kann, und jede Zone und jeder Conduit erhält einen Ziel-Security-Level. Jeder Schritt wird mit erledigt, teilweise erledigt, nicht erledigt oder nicht anwendbar beantwortet. Die Arbeit selbst wird in den Ansichten Systembeschreibung, Zonen, Conduits, Risikoregister und SL-T des Werkzeugs festgehalten.

## ZCR 1 Betrachtetes System (SUC) identifizieren
zcr-1 =
    .title = Betrachtetes System (SUC) identifizieren
    .description = Die Grenze um das betrachtete System ziehen: welche Assets dazugehören, und jede Stelle, an der sich etwas von außen verbinden oder hineinreichen kann.

zcr-1-1 =
    .title = SUC-Grenze und Zugangspunkte identifizieren
    .question = Können Sie mir zeigen, wo Ihr Leitsystem endet: Welche SPS, HMI, Server und Netzwerkgeräte gehören zur Beurteilung, und an welchen Stellen kann etwas von außen hineinreichen?
    .guidance =
        Prüfen: die Systembeschreibung oder den Netzplan, die Asset-Liste und die Liste der externen Verbindungen.
        Erledigt: eine klare Grenze, eine vollständige Asset-Liste und alle Zugangspunkte benannt: Verbindungen zum Büronetz, Fernzugriffs-Gateways, Herstellermodems, USB-Ports für die Wartung.
        Teilweise: Die Grenze ist gezogen, aber die Asset-Liste ist veraltet, oder nur Netzverbindungen sind erfasst und physische Zugänge oder Wechseldatenträger fehlen.
        Schwachpunkte: vergessene Mobilfunkrouter in Schaltschränken, Hersteller-VPNs, Historians auf beiden Seiten, serielle Verbindungen zu Package-Units von Drittanbietern.
        Auch fragen: Wer hat die Anlage begangen, um zu bestätigen, dass der Plan dem Installierten entspricht?
    .evidence =
        Netzplan mit eingezeichneter Systemgrenze
        Asset-Inventar mit dem Datum der letzten Prüfung
        Liste der externen Verbindungen und Zugangspunkte

## ZCR 2 Erste Cybersecurity-Risikobeurteilung
zcr-2 =
    .title = Erste Cybersecurity-Risikobeurteilung
    .description = Ein erster, grober Blick auf das Schlimmste, was bei einer Kompromittierung des Systems passieren könnte, noch vor jedem Zonenentwurf, damit die kritischsten Teile des Systems früh bekannt sind.

zcr-2-1 =
    .title = Erste Cybersecurity-Risikobeurteilung durchführen
    .question = Haben Sie vor dem Zonenentwurf eine erste Schätzung gemacht, was Menschen, Umwelt und Produktion im schlimmsten Fall droht, wenn dieses Leitsystem übernommen oder gestoppt würde?
    .guidance =
        Prüfen: die Dokumentation der ersten Risikobeurteilung und die genutzten Grundlagen (HAZOP/PAAG, Prozessgefahrenanalyse, Business-Impact-Analyse).
        Erledigt: Die Folgen einer Kompromittierung im schlimmsten Fall sind für das ganze System oder seine Hauptteile auf der eigenen Auswirkungsskala bewertet, und die Methode ist dokumentiert.
        Teilweise: Die Folgen wurden besprochen, aber nicht bewertet, oder nur Produktionsausfall wurde betrachtet, Sicherheit oder Umwelt blieben außen vor.
        Schwachpunkte: Firewalls oder das SIS schon jetzt angerechnet, obwohl der erste Durchgang einen erfolgreichen Angriff annehmen sollte; eine IT-Risikovorlage ohne physische Folgen.
        Auch fragen: Waren Betrieb und Prozesssicherheit mit im Raum, nicht nur die IT?
    .evidence =
        Arbeitsblatt oder Bericht der ersten Risikobeurteilung
        Als Grundlage genutzte HAZOP oder Prozessgefahrenanalyse
        Teilnehmerliste des Beurteilungsworkshops

## ZCR 3 SUC in Zonen und Conduits aufteilen
zcr-3 =
    .title = SUC in Zonen und Conduits aufteilen
    .description = Die Assets zu Zonen mit gleichem Schutzbedarf gruppieren und die Conduits festlegen, die den Verkehr zwischen ihnen tragen. Bürosysteme, Safety-Systeme, zeitweise angeschlossene Geräte, drahtlose Geräte und über äußere Netze erreichte Geräte werden vom Rest getrennt gehalten.

zcr-3-1 =
    .title = Zonen und Conduits festlegen
    .question = Wie haben Sie die Assets Ihres Leitsystems zu Zonen gruppiert, und können Sie mir die Conduits zwischen ihnen zeigen und begründen, warum jedes Asset dort liegt, wo es liegt?
    .guidance =
        Prüfen: die Zonen- und Conduit-Liste mit Plan und die für jede Gruppierung genannten Gründe.
        Erledigt: Jedes Asset des SUC gehört zu genau einer Zone, jeder Datenweg zwischen Zonen ist ein festgelegter Conduit, und die Gruppierung folgt Kritikalität, Funktion und Ort.
        Teilweise: Zonen folgen bestehenden VLANs oder Schaltschränken ohne genannten Grund, oder einige Assets und Verbindungen sind nicht zugeordnet.
        Schwachpunkte: Server in zwei Netzen, die zwei Zonen überbrücken; eine flache „Steuerungszone“, die alles enthält; Conduits ohne Verantwortlichen.
        Auch fragen: Haben die Ergebnisse der ersten Risikobeurteilung beeinflusst, wo die Zonengrenzen gezogen wurden?
    .evidence =
        Zonen- und Conduit-Plan
        Liste der Zuordnung von Assets zu Zonen
        Notizen oder Protokolle, die die Gruppierung erklären

zcr-3-2 =
    .title = Geschäfts-IT und IACS-Assets trennen
    .question = Sind Ihre Büro- und Geschäftssysteme wie ERP, E-Mail und Büro-PCs in eigenen Zonen, getrennt von den SPS, HMI und Engineering-Stationen, mit denen die Anlage betrieben wird?
    .guidance =
        Prüfen: die Zonenliste und den Conduit zwischen Geschäftsnetz und Steuerungsnetz.
        Erledigt: Geschäfts-Assets liegen in eigenen Zonen, und der Datenaustausch läuft über einen festgelegten Conduit, oft eine DMZ mit Historian-Spiegel oder Dateiübertragungsserver.
        Teilweise: Die Trennung besteht auf dem Papier, aber einige Büro-PCs, Drucker oder gemeinsam genutzte Domänencontroller stehen noch in einer Steuerungszone.
        Schwachpunkte: Ingenieur-Laptops für E-Mail und Programmierung zugleich; MES- oder Historian-Server mit einem Bein in jedem Netz; ein gemeinsames Active Directory.
        Auch fragen: Was ist der Grund für jedes Geschäftssystem, das noch in einer Steuerungszone steht?
    .evidence =
        Zonenliste mit Geschäfts- und Steuerungszonen
        Firewall-Regelwerk des Conduits zwischen Geschäfts- und Steuerungsnetz
        Asset-Liste der DMZ

zcr-3-3 =
    .title = Sicherheitsgerichtete Assets trennen
    .question = Sind Ihre Sicherheitsgerichteten Systeme (SIS) und andere sicherheitsgerichtete Steuerungen in einer eigenen Zone, getrennt vom Basisleitsystem, mit einer festgelegten Verbindung zwischen beiden?
    .guidance =
        Prüfen: die Zone mit den SIS-Logiksystemen und ihrer Engineering-Station und den Conduit zum Prozessleitsystem.
        Erledigt: Sicherheitsgerichtete Assets bilden eigene Zonen; die Schnittstelle zum Prozessleitsystem ist ein benannter Conduit mit einer kurzen Liste erlaubten Verkehrs.
        Teilweise: Die SIS-Steuerungen sind getrennt, aber ihre Engineering-Station oder ihr Gateway steht in der Steuerungszone, oder Steuerung und Safety teilen grundlos ein Netz.
        Schwachpunkte: integrierte Leit- und Sicherheitssysteme in einem Netz; SIS-Engineering-Software auf einem gewöhnlichen HMI; Schreibzugriff aus dem PLS.
        Auch fragen: Wo sicherheitsgerichtete und andere Assets eine Zone teilen: Wurde die strengere Anforderung auf die ganze Zone angewandt?
        Nicht anwendbar: nur wenn das SUC keine sicherheitsgerichtete Funktion hat; Grund festhalten.
    .evidence =
        Zonenplan mit der Safety-Zone
        Conduit-Beschreibung zwischen SIS und Prozessleitsystem
        Liste der sicherheitsgerichteten Assets

zcr-3-4 =
    .title = Zeitweise angeschlossene Geräte trennen
    .question = Wie behandeln Sie Laptops, USB-Sticks, Kalibratoren und andere Geräte, die nur zeitweise am Leitsystem hängen? Liegen sie in einer eigenen Zone, statt als Teil des festen Netzes zu gelten?
    .guidance =
        Prüfen: wie das Zonenmodell Wartungslaptops, Hersteller-PCs, tragbare Prüfgeräte und Wechseldatenträger behandelt.
        Erledigt: Zeitweise angeschlossene Geräte bilden eigene Zonen mit eigenen Anforderungen, und die Stellen, an denen sie angeschlossen werden, sind festgelegte Conduits.
        Teilweise: Es gibt eine Laptop- oder USB-Regel, aber das Zonenmodell ignoriert diese Geräte, oder firmeneigene Laptops sind erfasst, die von Fremdfirmen nicht.
        Schwachpunkte: Laptops von Fremdfirmen direkt im SPS-Netz; USB-Sticks, die zwischen Büro und Anlage wandern; Reserve-Engineering-Laptops ohne Verantwortlichen.
        Auch fragen: Wo genau darf ein zeitweise angeschlossenes Gerät angeschlossen werden, und wer prüft es vorher?
    .evidence =
        Eintrag in der Zonenliste für zeitweise angeschlossene Geräte
        Verfahren für das Anschließen von Laptops und Wechseldatenträgern
        Protokoll einer kürzlichen Laptop- oder USB-Prüfung

zcr-3-5 =
    .title = Drahtlose Geräte trennen
    .question = Sind die Funknetze und Funkgeräte Ihrer Anlage, etwa WLAN-Tablets, WirelessHART-Transmitter oder Richtfunkstrecken, in eigenen Zonen und nur über festgelegte Conduits mit dem kabelgebundenen Steuerungsnetz verbunden?
    .guidance =
        Prüfen: die Funkausleuchtung, die Zonenliste und den Conduit von jedem Funknetz zu den kabelgebundenen Zonen.
        Erledigt: Jedes Funknetz ist eine eigene Zone oder Teil einer Funkzone, mit einem festgelegten Conduit zum kabelgebundenen Netz.
        Teilweise: Das Haupt-WLAN ist getrennt, aber Gateways für Funksensoren, Funkmodems oder Punkt-zu-Punkt-Strecken von Herstellern fehlen im Modell.
        Schwachpunkte: Access Points direkt ins Steuerungs-VLAN gebrückt; vergessene Bluetooth- oder Funkverbindungen an Package-Units; Gäste-WLAN auf derselben Hardware wie das Anlagen-WLAN.
        Nicht anwendbar: nur wenn eine Ausleuchtung bestätigt, dass es im SUC keinen Funk gibt; Datum der Ausleuchtung festhalten.
    .evidence =
        Zonenliste mit den Funkzonen
        Funkausleuchtung oder Inventar der Access Points und Gateways
        Conduit-Beschreibung für jedes Funk-Gateway

zcr-3-6 =
    .title = Über externe Netze angebundene Geräte trennen
    .question = Wo Geräte Ihr Leitsystem über äußere Netze erreichen, etwa bei Fernwartung durch Hersteller, einem entfernten Standort über WAN oder einem Cloud-Dienst: Liegen sie in getrennten Zonen mit festgelegten Conduits?
    .guidance =
        Prüfen: die in der SUC-Beschreibung aufgeführten externen Verbindungen und wie jede davon im Zonenmodell erscheint.
        Erledigt: Jedes über ein äußeres Netz erreichte Gerät oder jeder Dienst liegt in einer getrennten Zone; Fernzugriff endet in einer DMZ oder an einem Jump-Host, nie direkt in einer Steuerungszone.
        Teilweise: Das Haupt-Fernzugriffs-Gateway ist modelliert, Mobilfunkrouter, Cloud-Verbindungen von Herstellern oder Verbindungen zu entfernten Standorten aber nicht.
        Schwachpunkte: auf HMI installierte Remote-Desktop-Tools; ein dauerhaft aktives Hersteller-VPN; Fernwirkstationen, die über das Internet nach Hause telefonieren.
        Nicht anwendbar: nur wenn das SUC mit keinem äußeren Netz verbunden ist; festhalten, wie das geprüft wurde.
    .evidence =
        Liste der externen Verbindungen mit ihren Zonen
        Architekturplan des Fernzugriffs
        Firewall-Regeln des Fernzugriffs-Conduits

## ZCR 4 Risikovergleich
zcr-4 =
    .title = Risikovergleich
    .description = Anhand der ersten Beurteilung entscheiden, ob das Risiko schon innerhalb dessen liegt, was die Organisation toleriert, oder ob eine detaillierte Beurteilung nötig ist.

zcr-4-1 =
    .title = Erstes Risiko mit tolerierbarem Risiko vergleichen
    .question = Haben Sie, als das erste Risiko für jeden Teil des Systems vorlag, es mit dem tolerierbaren Risiko der Organisation verglichen und entschieden, welche Zonen eine detaillierte Risikobeurteilung brauchen?
    .guidance =
        Prüfen: die Ergebnisse der ersten Risikobeurteilung neben der Aussage oder Matrix zum tolerierbaren Risiko, und die Entscheidung für jede Zone.
        Erledigt: Jede Zone hat einen dokumentierten Vergleich und eine Entscheidung; Zonen oberhalb des tolerierbaren Risikos gehen in die detaillierte Beurteilung.
        Teilweise: Der Vergleich wurde gemacht, aber das tolerierbare Risiko wurde nie förmlich festgelegt, oder die Entscheidung ist nicht schriftlich festgehalten.
        Schwachpunkte: eine am selben Tag erfundene Toleranzgrenze; jede Zone ohne Begründung als tolerierbar durchgewunken.
        Auch fragen: Wer in der Organisation hat das tolerierbare Risiko festgelegt, und wann?
    .evidence =
        Erstes Risiko je Zone im Vergleich mit dem tolerierbaren Risiko
        Freigegebene Risikomatrix oder Aussage zum tolerierbaren Risiko
        Nachweis, welche Zonen in eine detaillierte Beurteilung gehen

## ZCR 5 Detaillierte Cybersecurity-Risikobeurteilung durchführen
zcr-5 =
    .title = Detaillierte Cybersecurity-Risikobeurteilung durchführen
    .description = Für jede Zone und jeden Conduit der Reihe nach: Bedrohungen und Schwachstellen, was ein erfolgreicher Angriff bewirken würde, wie wahrscheinlich er ist, das Risiko vor Gegenmaßnahmen, der Ziel-Security-Level, die vorhandenen und noch nötigen Gegenmaßnahmen und das verbleibende Risiko.

zcr-5-1 =
    .title = Bedrohungen identifizieren
    .question = Haben Sie für jede Zone und jeden Conduit festgehalten, wer oder was sie wie angreifen könnte, etwa Schadsoftware auf einem USB-Stick, ein verärgerter Innentäter, eine kompromittierte Herstellerverbindung oder Ransomware aus dem Büronetz?
    .guidance =
        Prüfen: die Bedrohungsszenarien im Risikoregister, Zone für Zone und Conduit für Conduit.
        Erledigt: Jede Zone und jeder Conduit hat Bedrohungsszenarien mit Bedrohungsquelle, Angriffsweg und betroffenen Assets, erarbeitet aus Quellen wie Vorfallberichten und Sicherheitshinweisen.
        Teilweise: eine generische Bedrohungsliste, für alle Zonen kopiert, oder Szenarien ohne Bedrohungsquelle oder Angriffsweg.
        Schwachpunkte: Innentäter und Fremdfirmen ausgelassen; nur Angriffe aus dem Internet betrachtet; keine Szenarien für die Conduits selbst.
        Auch fragen: Aus welchen Quellen haben Sie die Bedrohungsliste erstellt, und wie aktuell sind sie?
    .evidence =
        Liste der Bedrohungsszenarien je Zone und Conduit
        Genutzte Quellen: Vorfallberichte, Sicherheitshinweise, Threat Intelligence

zcr-5-2 =
    .title = Schwachstellen identifizieren
    .question = Haben Sie in jeder Zone nach den Schwachstellen gesucht, die diese Bedrohungen nutzen könnten, etwa ungepatchte Windows-HMI, Standardpasswörter auf SPS, flache Netze oder offene Engineering-Ports?
    .guidance =
        Prüfen: die Liste der Schwachstellen je Zone und wie sie zustande kam: Begehung, Konfigurationsprüfung, Sicherheitshinweise der Hersteller, passives Netzwerk-Monitoring.
        Erledigt: Bekannte Schwachstellen sind je Zone aufgelistet, datiert und mit den Bedrohungsszenarien verknüpft, die sie ermöglichen.
        Teilweise: Es gab nur eine Prüfung am Schreibtisch, oder Softwareversionen wurden geprüft, Konfigurationen und Arbeitsweisen aber nicht.
        Schwachpunkte: aktive Scans empfindlicher Steuerungen ohne Plan; Schwachstellen in Abläufen (Sammelkonten, ungetestete Sicherungen) ausgelassen.
        Auch fragen: Wie wurden die Sicherheitshinweise der Hersteller mit den installierten Firmware- und Softwareversionen abgeglichen?
    .evidence =
        Liste der Schwachstellen je Zone mit Quelle und Datum
        Installierte Versionen, abgeglichen mit Sicherheitshinweisen der Hersteller
        Bericht einer Konfigurationsprüfung oder des passiven Monitorings

zcr-5-3 =
    .title = Folgen und Auswirkungen bestimmen
    .question = Haben Sie für jedes Bedrohungsszenario ermittelt, was in der Anlage tatsächlich passieren würde, wenn es gelänge, und diese Auswirkung auf Ihrer Skala für Sicherheit, Umwelt, Produktion, Finanzen und Ansehen bewertet?
    .guidance =
        Prüfen: die Einträge zu Folgen und Auswirkung jedes Szenarios im Risikoregister.
        Erledigt: Jedes Szenario beschreibt in einfachen Worten, was physisch und für das Unternehmen passieren würde, mit einer Bewertung je Kategorie auf der Skala der Organisation.
        Teilweise: eine einzige Auswirkungszahl ohne beschriebene Folge, oder nur einige Kategorien betrachtet.
        Schwachpunkte: Auswirkung niedriger bewertet, weil eine Schutzmaßnahme existiert (die wird später angerechnet); Verlust der Sicht oder der Kontrolle als harmlos behandelt.
        Auch fragen: Haben Betrieb und Prozesssicherheit die Folgen bestätigt?
    .evidence =
        Risikoregister mit Folgen und Auswirkungsbewertungen
        Die genutzte Auswirkungsskala mit ihren Definitionen
        Übernommene Szenarien aus HAZOP oder Prozessgefahrenanalyse, mit Verweisen

zcr-5-4 =
    .title = Ungeminderte Eintrittswahrscheinlichkeit bestimmen
    .question = Haben Sie für jedes Bedrohungsszenario geschätzt, wie wahrscheinlich es eintritt und gelingt, wenn keine Ihrer Security-Maßnahmen vorhanden wäre, anhand der Wahrscheinlichkeitsskala Ihrer Organisation?
    .guidance =
        Prüfen: die ungeminderte Eintrittswahrscheinlichkeit jedes Szenarios im Risikoregister und die dafür genannte Begründung.
        Erledigt: Jedes Szenario hat eine Wahrscheinlichkeit von der Skala der Organisation mit Begründung: Fähigkeit und Motivation des Angreifers, Ausnutzbarkeit der Schwachstelle, frühere Vorfälle.
        Teilweise: Werte ohne Begründung, oder bestehende Gegenmaßnahmen schon eingerechnet.
        Schwachpunkte: aus Gewohnheit jede Wahrscheinlichkeit auf den Mittelwert gesetzt; kein Unterschied zwischen Innentätern und Angreifern von außen.
    .evidence =
        Risikoregister mit ungeminderter Eintrittswahrscheinlichkeit je Szenario
        Die genutzte Wahrscheinlichkeitsskala mit ihren Definitionen

zcr-5-5 =
    .title = Ungemindertes Cybersecurity-Risiko bestimmen
    .question = Haben Sie die ungeminderte Eintrittswahrscheinlichkeit und die Auswirkung jedes Szenarios auf Ihrer Risikomatrix zusammengeführt, um seine Risikostufe vor Anrechnung von Gegenmaßnahmen zu erhalten?
    .guidance =
        Prüfen: das ungeminderte Risiko jedes Szenarios im Risikoregister und die genutzte Risikomatrix.
        Erledigt: Jedes Szenario hat eine aus der freigegebenen Matrix der Organisation abgelesene Risikostufe, und für alle Zonen gilt dieselbe Matrix.
        Teilweise: Risiko mit einer spontanen Formel ermittelt, oder nur für einige Szenarien oder Zonen.
        Schwachpunkte: eine andere Matrix je Team oder Standort; Auswirkungskategorien gemittelt, statt die schlimmste zu nehmen.
    .evidence =
        Risikoregister mit ungemindertem Risiko je Szenario
        Die genutzte Risikomatrix mit ihrer Version

zcr-5-6 =
    .title = SL-T bestimmen
    .question = Haben Sie für jede Zone und jeden Conduit einen Ziel-Security-Level festgelegt, und können Sie erklären, wie er aus dem Risiko folgt, etwa aus der nötigen Risikominderung oder aus den Fähigkeiten der erwarteten Angreifer?
    .guidance =
        Prüfen: den SL-T jeder Zone und jedes Conduits und die dazu dokumentierte Begründung.
        Erledigt: Jede Zone und jeder Conduit hat einen SL-T, als eine Stufe oder je grundlegender Anforderung, nachvollziehbar bis zu seinen Bedrohungsszenarien und zur Methode der Organisation.
        Teilweise: SL-T nach Gefühl gesetzt oder aus einer Vorlage übernommen (jede Zone SL 2), ohne Bezug zu den Risikoergebnissen.
        Schwachpunkte: Conduits ohne SL-T; ein Ziel, das abgesenkt wurde, damit es zu den Fähigkeiten der installierten Technik passt.
        Auch fragen: Wo eine einzelne grundlegende Anforderung gedeckelt wurde: Welche Begründung ist festgehalten?
    .evidence =
        SL-T je Zone und Conduit, mit Begründung
        Die genutzte Methode oder Regel zur Ableitung des SL-T

zcr-5-7 =
    .title = Ungemindertes mit tolerierbarem Risiko vergleichen
    .question = Haben Sie das ungeminderte Risiko jedes Szenarios mit Ihrem tolerierbaren Risiko verglichen, sodass Sie wissen, welche Szenarien Gegenmaßnahmen brauchen und welche so akzeptiert werden können?
    .guidance =
        Prüfen: ob jedes Szenario im Risikoregister als tolerierbar oder nicht tolerierbar gekennzeichnet ist.
        Erledigt: Jedes Szenario ist gegen das freigegebene tolerierbare Risiko gekennzeichnet, und die oberhalb der Grenze gehen in die Schritte zu Gegenmaßnahmen.
        Teilweise: Der Vergleich wurde nur für ganze Zonen gemacht, oder Szenarien wurden ohne dokumentierte Begründung akzeptiert.
        Schwachpunkte: die Toleranzgrenze stillschweigend verschoben, damit ein Ergebnis passt.
    .evidence =
        Risikoregister mit dem Vergleich je Szenario
        Zum Zeitpunkt gültige Aussage zum tolerierbaren Risiko

zcr-5-8 =
    .title = Bestehende Gegenmaßnahmen identifizieren und bewerten
    .question = Haben Sie für Szenarien oberhalb Ihres tolerierbaren Risikos die bereits vorhandenen Security-Maßnahmen aufgelistet, etwa Firewalls, Kontenverwaltung, Sicherungen oder verschlossene Schaltschränke, und beurteilt, wie gut jede tatsächlich wirkt?
    .guidance =
        Prüfen: die jedem Szenario zugeordneten Gegenmaßnahmen und wie ihre Wirksamkeit beurteilt wurde.
        Erledigt: Jede bestehende Gegenmaßnahme ist benannt, mit den Szenarien verknüpft, gegen die sie hilft, und vor Ort geprüft: Regelwerke geprüft, Sicherungen zurückgespielt, Konten überprüft.
        Teilweise: Gegenmaßnahmen aus Entwurfsdokumenten übernommen, ohne zu prüfen, ob sie vorhanden sind und wirken.
        Schwachpunkte: Firewalls mit „Any-Any“-Regeln als Schutz angerechnet; Virenschutz mit jahrealten Signaturen; Verfahren, denen niemand folgt.
        Auch fragen: Welche Gegenmaßnahmen haben Sie tatsächlich getestet, und wie?
    .evidence =
        Liste der Gegenmaßnahmen, mit Szenarien verknüpft
        Nachweis einer Prüfung der Firewall-Regeln oder eines Wiederherstellungstests
        Notizen von der Begehung vor Ort

zcr-5-9 =
    .title = Eintrittswahrscheinlichkeit und Auswirkung neu bewerten
    .question = Haben Sie unter Berücksichtigung der bestehenden Gegenmaßnahmen Eintrittswahrscheinlichkeit und Auswirkung jedes Szenarios neu bewertet und festgehalten, warum sich jeder Wert geändert hat?
    .guidance =
        Prüfen: Eintrittswahrscheinlichkeit und Auswirkung nach Gegenmaßnahmen, neben den ungeminderten Werten im Risikoregister.
        Erledigt: Jedes Szenario hat neue Werte mit einer kurzen Begründung, die die Gegenmaßnahme nennt, welche die Änderung rechtfertigt.
        Teilweise: Werte gesenkt, ohne eine Gegenmaßnahme zu nennen, oder nur die Wahrscheinlichkeit wurde neu betrachtet.
        Schwachpunkte: eine große Minderung für eine einzelne schwache Maßnahme beansprucht; dieselbe Gegenmaßnahme doppelt angerechnet.
    .evidence =
        Risikoregister mit Bewertungen vor und nach Gegenmaßnahmen
        Notizen zur Begründung je Szenario

zcr-5-10 =
    .title = Restrisiko bestimmen
    .question = Haben Sie das Risiko ermittelt, das für jedes Szenario mit den bestehenden Gegenmaßnahmen verbleibt, mit derselben Risikomatrix wie für das ungeminderte Risiko?
    .guidance =
        Prüfen: das Restrisiko jedes Szenarios im Risikoregister.
        Erledigt: Jedes Szenario hat eine aus derselben Matrix abgelesene Restrisikostufe, und das Restrisiko jeder Zone und jedes Conduits ist auf einen Blick erkennbar.
        Teilweise: Restrisiko nur für einige Szenarien angegeben, oder mit einer anderen Methode ermittelt als das ungeminderte Risiko.
        Schwachpunkte: Restrisiko aus einem früheren Projekt übernommen; kein Datum und keine Version an den Ergebnissen.
    .evidence =
        Risikoregister mit Restrisiko je Szenario
        Übersicht des Restrisikos je Zone und Conduit

zcr-5-11 =
    .title = Restrisiko mit tolerierbarem Risiko vergleichen
    .question = Haben Sie geprüft, ob das Restrisiko jedes Szenarios jetzt innerhalb Ihres tolerierbaren Risikos liegt, und festgehalten, welche Szenarien noch darüber liegen?
    .guidance =
        Prüfen: Restrisiko gegen tolerierbares Risiko im Risikoregister, und die Liste der Szenarien, die noch über der Grenze liegen.
        Erledigt: Jedes Szenario hat einen dokumentierten Vergleich, und jedes, das noch über der Grenze liegt, führt zu zusätzlichen Gegenmaßnahmen.
        Teilweise: Der Vergleich wurde gemacht, aber die offenen Szenarien haben keine Nachverfolgung und keinen Verantwortlichen.
        Schwachpunkte: Restrisiko über der Grenze stillschweigend akzeptiert statt durch eine verantwortliche Person.
    .evidence =
        Risikoregister mit dem Restrisikovergleich je Szenario
        Liste der Szenarien, die noch über dem tolerierbaren Risiko liegen

zcr-5-12 =
    .title = Zusätzliche Cybersecurity-Gegenmaßnahmen identifizieren
    .question = Haben Sie für Szenarien, die noch über Ihrem tolerierbaren Risiko liegen, weitere Gegenmaßnahmen gewählt, etwa strengere Firewall-Regeln, Application-Allowlisting oder einen Jump-Host, und gezeigt, wie weit sie das Risiko senken?
    .guidance =
        Prüfen: die geplanten Gegenmaßnahmen für jedes offene Szenario und das erwartete Risiko nach ihrer Umsetzung.
        Erledigt: Jedes offene Szenario hat gewählte Gegenmaßnahmen, eine erwartete neue Risikostufe, einen Verantwortlichen und einen Zieltermin; die Auswahl berücksichtigt den SL-T.
        Teilweise: eine Wunschliste von Maßnahmen ohne Bezug zu Szenarien, Verantwortlichen oder Terminen.
        Schwachpunkte: nur technische Maßnahmen betrachtet; Maßnahmen, die die installierte Technik nicht unterstützt; keine Prüfung, ob eine neue Maßnahme den Betrieb stört.
    .evidence =
        Maßnahmenplan mit Verantwortlichen und Terminen
        Risikoregister mit dem erwarteten Risiko nach den neuen Maßnahmen

zcr-5-13 =
    .title = Ergebnisse dokumentieren und kommunizieren
    .question = Wurden die Ergebnisse der detaillierten Risikobeurteilung schriftlich festgehalten und mit den Personen geteilt, die sie brauchen, etwa Werksleitung, Betrieb, Planungsteam und Integrator?
    .guidance =
        Prüfen: den Bericht zur Risikobeurteilung, wer ihn erhalten hat und wo er aufbewahrt wird.
        Erledigt: ein datierter, versionierter Bericht zu Methode, Szenarien, Risiken, SL-T und Gegenmaßnahmen, an benannte Personen verteilt und mit eingeschränktem Zugriff abgelegt.
        Teilweise: Die Ergebnisse stecken in der Tabelle einer einzelnen Person, oder der Bericht hat nie den Betrieb oder die Lieferanten erreicht, die handeln müssen.
        Schwachpunkte: ein Bericht voller schutzwürdiger Schwachstellen, unverschlüsselt per E-Mail verschickt oder auf einem offenen Laufwerk liegengelassen.
        Auch fragen: Wann wird die Beurteilung wiederholt, und welche Änderungen lösen eine Überprüfung aus?
    .evidence =
        Bericht zur Risikobeurteilung mit Version und Datum
        Verteiler oder Protokoll der Sitzung, in der die Ergebnisse vorgestellt wurden

## ZCR 6 Cybersecurity-Anforderungen, Annahmen und Randbedingungen dokumentieren
zcr-6 =
    .title = Anforderungen, Annahmen und Randbedingungen dokumentieren
    .description = Die Ergebnisse als Spezifikation der Cybersecurity-Anforderungen festhalten, gegen die Planer, Integratoren und Lieferanten bauen und testen können, zusammen mit den Annahmen, Bedrohungen, Richtlinien, dem tolerierbaren Risiko und den Vorschriften dahinter.

zcr-6-1 =
    .title = Spezifikation der Cybersecurity-Anforderungen
    .question = Gibt es für dieses System eine Spezifikation der Cybersecurity-Anforderungen, gegen die ein Planer oder Integrator bauen und testen kann, und führt sie die Ergebnisse der Risikobeurteilung zusammen?
    .guidance =
        Prüfen: die Spezifikation selbst und wie sie auf Zonen, Conduits und SL-T zurückverweist.
        Erledigt: ein gelenktes Dokument mit Version und Verantwortlichem, das SUC-Beschreibung, Zonen und Conduits, ihre Merkmale, SL-T und die zugrunde liegenden Annahmen abdeckt.
        Teilweise: Anforderungen über mehrere Dokumente und E-Mails verstreut, oder allgemeiner Text ohne Bezug zu diesem System.
        Schwachpunkte: eine nach Entwurfsänderungen nicht aktualisierte Spezifikation; kein Weg, auf dem sie Lieferant oder Integrator erreicht.
    .evidence =
        Spezifikation der Cybersecurity-Anforderungen mit Version
        Nachweis der Dokumentenlenkung oder Änderungshistorie

zcr-6-2 =
    .title = Beschreibung des SUC
    .question = Beschreibt Ihre Dokumentation das betrachtete System so, dass ein Neuling ihr folgen kann: was das System tut, welchen Prozess es steuert und welche Haupt-Assets es enthält?
    .guidance =
        Prüfen: die SUC-Beschreibung in der Anforderungsspezifikation.
        Erledigt: eine verständliche Beschreibung des gesteuerten Prozesses, der Hauptfunktionen, der Assets und der Grenze, stimmig mit dem zu Beginn festgelegten SUC.
        Teilweise: nur ein Netzplan ohne Erklärung, oder eine Prozessbeschreibung ohne Bezug zu den Assets des Leitsystems.
        Schwachpunkte: eine von einem anderen Standort kopierte Beschreibung; kein Verantwortlicher benannt; nach Änderungen nicht aktualisiert.
    .evidence =
        Abschnitt SUC-Beschreibung in der Spezifikation
        Prozessübersicht oder Funktionsbeschreibung, auf die er verweist

zcr-6-3 =
    .title = Zonen- und Conduit-Pläne
    .question = Haben Sie aktuelle Pläne, die jede Zone und jeden Conduit des Systems zeigen, und stimmen sie mit dem tatsächlich Installierten überein?
    .guidance =
        Prüfen: die Zonen- und Conduit-Pläne und ihre Revisionshistorie.
        Erledigt: Die Pläne zeigen alle Zonen, Conduits und ihre Grenzen, tragen Revision und Datum und stimmen mit einer kürzlichen Prüfung vor Ort überein.
        Teilweise: Pläne gibt es, aber sie sind veraltet, oder sie zeigen das Netz, ohne Zonen und Conduits zu kennzeichnen.
        Schwachpunkte: Pläne, die nur das Netzwerkteam lesen kann; keine Pläne für kleine Package-Units oder entfernte Standorte.
    .evidence =
        Zonen- und Conduit-Plan mit seiner Revision
        Nachweis der letzten Prüfung gegen die Installation

zcr-6-4 =
    .title = Merkmale der Zonen und Conduits
    .question = Haben Sie für jede Zone und jeden Conduit die wichtigsten Angaben festgehalten, etwa Name, Verantwortlicher, Grenze, Assets, Datenflüsse, Verbindungen, SL-T und geltende Richtlinien?
    .guidance =
        Prüfen: den Datensatz, der für jede Zone und jeden Conduit geführt wird.
        Erledigt: Jede Zone und jeder Conduit hat einen vollständigen Datensatz: Name, Verantwortlicher, logische und physische Grenze, Safety-Rolle, Assets oder Verbindungen, Datenflüsse, SL-T, Richtlinien.
        Teilweise: Datensätze gibt es für die Zonen, nicht aber für die Conduits, oder wichtige Felder wie Verantwortlicher oder SL-T sind leer.
        Schwachpunkte: Verantwortlich ist eine Abteilung statt einer Person; Datenflüsse nicht beschrieben, sodass Firewall-Regeln nicht dagegen geprüft werden können.
    .evidence =
        Merkmalsdatensatz für jede Zone und jeden Conduit
        Liste der Datenflüsse je Conduit

zcr-6-5 =
    .title = Annahmen zur Betriebsumgebung
    .question = Haben Sie festgehalten, was Sie darüber annehmen, wo und wie das System läuft, etwa verschlossene Leitwarten, besetzte Schichten, umzäunte Gelände oder eine unbemannte Außenstation?
    .guidance =
        Prüfen: den Abschnitt Annahmen der Spezifikation, je Zone, wo die Bedingungen abweichen.
        Erledigt: Die physischen und organisatorischen Bedingungen, auf die sich das Security-Konzept stützt, sind benannt: Gebäudezutritt, wer das System bedient, wie es gewartet wird.
        Teilweise: Annahmen in Besprechungen getroffen, aber nicht festgehalten, oder allgemeine Annahmen, die nicht zu entfernten oder unbemannten Teilen passen.
        Schwachpunkte: Annahmen, die nicht mehr stimmen (ein Schaltschrank jetzt in einem öffentlichen Bereich); niemand prüft sie, wenn sich der Standort ändert.
    .evidence =
        Abschnitt Annahmen der Spezifikation
        Beschreibung der Zutrittskontrolle am Standort

zcr-6-6 =
    .title = Bedrohungslage
    .question = Haben Sie beschrieben, welchen Bedrohungen dieses System heute ausgesetzt ist, welche Arten von Angreifern für Ihre Branche und Ihren Standort glaubhaft sind, und woher dieses Bild stammt?
    .guidance =
        Prüfen: den Abschnitt Bedrohungslage der Spezifikation und die Bedrohungsquellen hinter dem Risikoregister.
        Erledigt: Glaubhafte Bedrohungsakteure und ihre wahrscheinlichen Mittel sind beschrieben, mit datierten Quellen wie Lageberichten nationaler CERTs, Branchenverbünden oder Herstellerhinweisen.
        Teilweise: eine allgemeine Aussage wie „Hacker und Schadsoftware“ ohne Quellen und ohne Bezug zur Branche.
        Schwachpunkte: eine seit Projektbeginn nie aktualisierte Beschreibung; Innentäter und Bedrohungen über die Lieferkette fehlen.
    .evidence =
        Abschnitt Bedrohungslage mit Quellen und Datum
        Genutzte Branchen-Lageberichte oder Sicherheitshinweise

zcr-6-7 =
    .title = Security-Richtlinien der Organisation
    .question = Nennt die Spezifikation, welche Security-Richtlinien Ihrer Organisation für dieses System gelten, etwa zu Passwörtern, Fernzugriff, Patches oder Wechseldatenträgern?
    .guidance =
        Prüfen: die Richtlinien, auf die die Spezifikation verweist, und ob sie in einer laufenden Anlage wirklich anwendbar sind.
        Erledigt: Die für jede Zone geltenden Richtlinien sind mit Version benannt, und jede Ausnahme für das Leitsystem ist dokumentiert und genehmigt.
        Teilweise: ein allgemeiner Verweis auf die IT-Richtlinie des Konzerns, ohne zu prüfen, ob das Leitsystem ihr folgen kann.
        Schwachpunkte: IT-Regeln, die erzwungene Neustarts oder Passwortablauf auf Bedien-HMI verlangen; nur mündlich vereinbarte Ausnahmen.
    .evidence =
        Liste der geltenden Richtlinien mit Versionen
        Genehmigte Ausnahmen für das Leitsystem

zcr-6-8 =
    .title = Tolerierbares Risiko
    .question = Ist das in dieser Beurteilung genutzte tolerierbare Risiko schriftlich festgelegt und genehmigt, etwa als Risikomatrix mit einer klaren Grenze zwischen akzeptablem und inakzeptablem Risiko?
    .guidance =
        Prüfen: die gültige Aussage zum tolerierbaren Risiko oder die Risikomatrix, und wer sie genehmigt hat.
        Erledigt: Das tolerierbare Risiko ist mit seinen Skalen für Wahrscheinlichkeit und Auswirkung dokumentiert und von der Leitung genehmigt, und die Beurteilung nennt die genutzte Version.
        Teilweise: Eine Matrix existiert, wurde aber nie förmlich genehmigt, oder sie deckt nur Sicherheit oder nur geschäftliche Verluste ab.
        Schwachpunkte: unterschiedliche Toleranzgrenzen bei Prozesssicherheit und Cybersecurity-Team; die genutzte Version nicht festgehalten.
    .evidence =
        Genehmigte Risikomatrix oder Aussage zum tolerierbaren Risiko
        Nachweis der Genehmigung durch die Leitung

zcr-6-9 =
    .title = Regulatorische Anforderungen
    .question = Haben Sie die Gesetze, Vorschriften und Branchenregeln aufgelistet, die Cybersecurity-Anforderungen an dieses System stellen, etwa KRITIS-Regelungen oder branchenspezifische Vorgaben?
    .guidance =
        Prüfen: die Liste regulatorischer Anforderungen in der Spezifikation und wie jede davon in den Anforderungen berücksichtigt ist.
        Erledigt: Geltende Gesetze und Branchenregeln sind ermittelt, mit den Teilen, die dieses System betreffen, und mit den Anforderungen verknüpft, die sie erfüllen.
        Teilweise: Vorschriften genannt, aber nicht geprüft, was sie von diesem System tatsächlich verlangen.
        Schwachpunkte: Regeln eines zweiten Landes, in dem der Eigentümer sitzt oder die Produkte verkauft werden; neue Regeln (etwa NIS2 in der EU) noch nicht geprüft.
        Nicht anwendbar: selten gerechtfertigt; festhalten, wer bestätigt hat, dass keine Vorschrift gilt.
    .evidence =
        Liste der geltenden Vorschriften und Normen
        Zuordnung der regulatorischen Anforderungen zu den Anforderungen

## ZCR 7 Freigabe durch den Anlagenbetreiber
zcr-7 =
    .title = Freigabe durch den Anlagenbetreiber
    .description = Die für die Anlage Verantwortlichen akzeptieren die Ergebnisse der Risikobeurteilung, das verbleibende Risiko und die Security-Anforderungen, und diese Akzeptanz wird dokumentiert.

zcr-7-1 =
    .title = Freigabe des Anlagenbetreibers einholen
    .question = Haben die für die Anlage Verantwortlichen die Ergebnisse der Risikobeurteilung, das verbleibende Risiko und die Security-Anforderungen förmlich freigegeben, und ist diese Freigabe dokumentiert?
    .guidance =
        Prüfen: den Freigabenachweis für die Risikobeurteilung und die Anforderungsspezifikation.
        Erledigt: Eine benannte Person mit Befugnis über die Anlage hat Ergebnisse, Restrisiko und Spezifikation freigegeben, mit Datum und Dokumentversion.
        Teilweise: Freigabe per E-Mail oder mündlich, oder durch das Projektteam statt durch den Anlagenbetreiber.
        Schwachpunkte: nur eine frühere Version freigegeben; Restrisiko akzeptiert, ohne es der freigebenden Person zu zeigen.
        Auch fragen: Wann wird die Freigabe erneuert, etwa nach einer größeren Änderung?
    .evidence =
        Unterschriebene Freigabeseite oder Nachweis aus dem Freigabe-Workflow
        Protokoll der Prüfsitzung mit dem Anlagenbetreiber
