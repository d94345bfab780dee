### IEC 62443-4-1:2018 sicherer Produktentwicklungs-Lebenszyklus: deutsche Texte für iacs-assess.
### Eigens für dieses Werkzeug geschrieben; dies ist nicht der Wortlaut der Norm. Kennungen und Kurztitel sind Fakten.
### Wird einmal für den Entwicklungsprozess des Produktlieferanten beantwortet, nicht je Produkt oder Zone. Befragt werden
### beim Produktlieferanten: Entwicklungsleitung, Produkt-Security-Verantwortliche, PSIRT-Leitung, Qualitätsmanagement.
### Die Fragen sprechen von „Ihrem Entwicklungsprozess“, „Ihren Produkten“ und „Ihrem Team“.
### Begriffe (Review 2026-12), geprüft von tests/terms.rs: Produktlieferant; Komponente; Fähigkeits-Security-Level (SL-C);
### sicherer Entwicklungsprozess (SDL); PSIRT; Security-Update (die Korrektur des Lieferanten), Patch (wie installiert);
### Security für security, Safety bzw. funktionale Sicherheit für safety; Allowlist, nie Whitelist oder Blacklist;
### Reifegrade ML1 Initial, ML2 Gesteuert, ML3 Definiert, ML4 Kontinuierlich verbessert.

questionnaire =
    .title = IEC 62443-4-1 sicherer Produktentwicklungs-Lebenszyklus
    .description = IEC 62443-4-1 betrachtet, wie ein Produktlieferant die Produkte entwickelt und pflegt, die er für Automatisierungssysteme verkauft: wie Security gesteuert, spezifiziert, entworfen, programmiert und getestet wird, wie gemeldete Schwachstellen behandelt werden, wie Security-Updates ausgeliefert werden und was die Benutzerdokumentation zum sicheren Einsatz sagt. Der Fragebogen wird einmal für den Entwicklungsprozess des Lieferanten beantwortet, nicht für jedes Produkt. Jede Anforderung wird mit einem Reifegrad bewertet, von ML1 (umgesetzt, aber ad hoc) bis ML4 (gemessen und verbessert), oder als nicht umgesetzt bzw. nicht anwendbar markiert; die Ergebnisse werden je Praktik gezeigt.

## Praktiken

sm =
    .title = Praktik 1: Security-Management
    .description = Der Rahmen für alles andere: ein schriftlich festgelegter sicherer Entwicklungsprozess (SDL), der wirklich gelebt wird, benannte Rollen, geschultes Personal, eine geschützte Build-Umgebung und Signaturschlüssel, die Kontrolle über Fremdcode und vor jeder Freigabe die Prüfung, dass der SDL durchlaufen wurde.

sr =
    .title = Praktik 2: Spezifikation der Security-Anforderungen
    .description = Wissen, wo ein Produkt eingesetzt wird und was es bedroht, und daraus festhalten, welche Security-Anforderungen das Produkt erfüllen muss, einschließlich des angestrebten Fähigkeits-Security-Levels, bevor der Entwurf beginnt.

sd =
    .title = Praktik 3: Security durch Entwurf (Secure by Design)
    .description = Ein Produktentwurf, in dem jede Schnittstelle und Vertrauensgrenze bekannt ist, der Schutz aus mehreren Schichten besteht, bewährte Entwurfsregeln eingehalten werden und Security-Entwurfsreviews Probleme früh finden.

si =
    .title = Praktik 4: Sichere Implementierung
    .description = Code, der nach Regeln für sichere Programmierung geschrieben und vor der Freigabe von Menschen und Werkzeugen auf Security-Probleme geprüft wird.

svv =
    .title = Praktik 5: Security-Verifikation und -Validierung (Tests)
    .description = Testen, dass die Security-Funktionen arbeiten, dass jede Maßnahme gegen eine Bedrohung wirkt, dass bekannte Angriffe und fehlerhafte Eingaben das Produkt nicht brechen, und dass ein Teil der Tests von anderen als den Entwicklern durchgeführt wird.

dm =
    .title = Praktik 6: Umgang mit Security-Problemen
    .description = Wie von außen gemeldete oder intern gefundene Schwachstellen angenommen, geprüft, bewertet, behoben oder anders behandelt und den Nutzern des Produkts mitgeteilt werden, und wie dieser Umgang überprüft wird.

sum =
    .title = Praktik 7: Management von Security-Updates
    .description = Security-Updates, die vor der Freigabe getestet, dem Nutzer erklärt, mit prüfbarer Herkunft ausgeliefert und innerhalb zugesagter Fristen veröffentlicht werden, einschließlich Hinweisen zu Updates des Betriebssystems und zugekaufter Teile.

sg =
    .title = Praktik 8: Security-Richtlinien für Nutzer
    .description = Die Benutzerdokumentation zum sicheren Einsatz: die Schutzschichten des Produkts, was die Anlage drumherum bieten muss, Härtung, sicherer Betrieb, Kontenverwaltung und sichere Außerbetriebnahme, und ein Review, das diese Dokumente richtig hält.

## Praktik 1: Security-Management

sm-1 =
    .title = Dokumentierter, verbindlicher Entwicklungsprozess
    .question = Ist Ihr sicherer Entwicklungsprozess schriftlich festgelegt, von den Anforderungen über Entwurf, Programmierung, Test und Freigabe bis zur Pflege und zum Ende des Supports, und können Sie zeigen, dass Ihr Team ihn tatsächlich befolgt?
    .guidance =
        Prüfen: das SDL-Dokument mit Version und Verantwortlichem und wie ein Projekt belegt, dass jeder Schritt erledigt wurde.
        ML1: Erfahrene Entwickler erledigen Security-Arbeit aus Gewohnheit; nichts Schriftliches sagt, was wann zu tun ist.
        ML3: Ein SDL für alle Entwicklungsteams, und Nachweise aus mehreren Releases zeigen, dass jede Phase durchlaufen wurde.
        Schwachpunkte: ein SDL, der mit der Freigabe endet oder nur neuen Code und keine Wartungszweige abdeckt.
        Auch fragen: Wie wird der SDL durchgesetzt, etwa durch Meilensteine im Projektplan oder die Freigabe-Checkliste?
    .evidence =
        Das dokumentierte SDL mit Version und Verantwortlichem
        Projektplan oder Freigabe-Checkliste, die den SDL-Phasen folgt
        Regeln des Konfigurationsmanagements für Quellcode und Builds

sm-2 =
    .title = Verantwortliche Rollen je Prozess benannt
    .question = Ist für jede Tätigkeit Ihres Entwicklungsprozesses festgehalten, welche Rolle verantwortlich ist, und wissen die Personen in diesen Rollen das?
    .guidance =
        Prüfen: eine Rollenliste oder RACI für den SDL und benannte Personen für Produkt-Security, PSIRT und Freigabe.
        ML1: Alle wissen, wer „die Security macht“, aber das ist eine einzelne Person und nirgends festgehalten.
        ML3: Dieselben Rollen gibt es in allen Produktlinien, mit Vertretung, und Projektunterlagen nennen die Inhaber.
        Schwachpunkte: Rollen, deren Inhaber das Unternehmen verlassen hat; keine Vertretung für die Produkt-Security-Verantwortlichen.
        Auch fragen: Wer kann eine Freigabe aus Security-Gründen stoppen?
    .evidence =
        Rollenbeschreibung oder RACI-Matrix für den SDL
        Organigramm mit Produkt-Security-Verantwortlichen und PSIRT
        Projektunterlagen, die den Inhaber jeder Rolle nennen

sm-3 =
    .title = Produkte im Geltungsbereich des SDL benannt
    .question = Gibt es eine Liste, welche Ihrer Produkte, Versionen und Produktlinien nach Ihrem sicheren Entwicklungsprozess entwickelt werden und welche nicht?
    .guidance =
        Prüfen: den Geltungsbereich im SDL und die Produktliste, auf die er verweist.
        ML1: Der SDL gilt angeblich „für alles Neue“; ältere Produkte werden nicht erwähnt.
        ML3: Eine gepflegte Liste deckt jede Produktfamilie ab und begründet jedes ausgenommene Produkt.
        Schwachpunkte: durch Zukäufe übernommene Produkte, kundenspezifische Varianten, Firmware von Zubehör.
    .evidence =
        Abschnitt zum Geltungsbereich im SDL
        Produktliste mit im Geltungsbereich oder ausgenommen, mit Begründung

sm-4 =
    .title = Security-Schulung und nachgewiesene Fachkenntnis
    .question = Erhalten alle in Ihrem Team, die an Anforderungen, Entwurf, Code, Tests oder im PSIRT arbeiten, eine Security-Schulung für ihre Rolle, und prüfen Sie, ob sie das nötige Wissen haben?
    .guidance =
        Prüfen: den Schulungsplan je Rolle, Schulungsnachweise und wie die Fachkenntnis geprüft wird (Test, Zertifikat, Review der Arbeit).
        ML1: Ein jährlicher allgemeiner Awareness-Kurs; rollenspezifisches Wissen hängt vom Selbststudium ab.
        ML3: Ein festgelegter Lehrplan je Rolle (etwa sichere Programmierung, Bedrohungsmodellierung, Security-Tests) mit Nachweisen für jedes Teammitglied.
        Schwachpunkte: externe Entwickler und Offshore-Teams, Neueinstellungen, die vor der Schulung programmieren, Trainer ohne aktuelles Wissen.
        Auch fragen: Woran merken Sie, dass eine Schulung nicht gewirkt hat, etwa an Review-Feststellungen?
    .evidence =
        Schulungsplan je SDL-Rolle
        Schulungs- und Prüfungsnachweise für Entwickler und Tester
        Qualifikationsmatrix des Produkt-Security-Teams

sm-5 =
    .title = Projektbezogener Zuschnitt auf Basis einer Analyse
    .question = Legen Sie zu Beginn jedes Entwicklungsprojekts fest, welche SDL-Tätigkeiten dafür gelten, und beruht diese Entscheidung auf einer schriftlichen Security-Analyse?
    .guidance =
        Prüfen: den Zuschnitt (Tailoring) eines aktuellen Projekts und seinen Bezug zu einer Security-Risikoanalyse.
        ML1: Bei kleinen Änderungen entfallen SDL-Schritte, ohne dass jemand das nachvollziehbar entschieden hat.
        ML3: Jedes Projekt, ob groß oder klein, hat einen Tailoring-Nachweis, freigegeben von der Produkt-Security-Rolle.
        Schwachpunkte: „kleine“ Patches und Kundensonderlösungen, die security-relevanten Code ändern.
    .evidence =
        SDL-Tailoring-Nachweis eines aktuellen Projekts
        Die Security-Analyse, auf die er verweist

sm-6 =
    .title = Integritätsprüfung ausgelieferter Dateien
    .question = Können Ihre Kunden prüfen, dass die Software, Firmware und Dateien, die sie von Ihnen erhalten, genau das sind, was Sie freigegeben haben, etwa durch eine digitale Signatur oder veröffentlichte Hashwerte?
    .guidance =
        Prüfen: wie Releases signiert oder gehasht werden und wie ein Kunde das prüft (ein Werkzeug, das Gerät selbst, ein veröffentlichter Hashwert).
        ML1: Für manche Downloads gibt es Hashwerte, aber niemand prüft, ob sie veröffentlicht oder richtig sind.
        ML3: Jede ausgelieferte Datei, auch Dokumentation und Konfigurationsdateien, wird in jeder Produktlinie gleich signiert oder gehasht.
        Schwachpunkte: Dateien, die der Support per E-Mail verschickt; Konfigurationswerkzeuge und Bibliotheken neben der eigentlichen Firmware.
        Auch fragen: Weist das Gerät unsignierte Firmware zurück, oder bleibt die Prüfung dem Nutzer überlassen?
    .evidence =
        Freigabeverfahren mit Signatur oder Hashwert
        Download-Seite oder Release Notes mit Hashwerten oder Signaturen
        Anleitung für Nutzer zur Prüfung einer Datei

sm-7 =
    .title = Geschützte Entwicklungs- und Build-Umgebung
    .question = Wie schützen Sie die Systeme, auf denen Ihre Produkte entwickelt, gebaut und abgelegt werden, etwa Quellcode-Repositorys, Build-Server und Testlabore, gegen Manipulation und unbefugten Zugriff?
    .guidance =
        Prüfen: Zugriffsschutz für Repositorys und Build-Server, Trennung vom Büronetz, Protokollierung, Sicherung und wer die Build-Pipeline ändern darf.
        ML1: Der Build-Server steht im Büronetz, mit gemeinsam genutzten Admin-Konten.
        ML3: Ein Regelwerk für alle Entwicklungsumgebungen, mit Berechtigungsreviews und Protokollen, die ausgewertet werden.
        Schwachpunkte: Entwickler-Laptops mit Zugangsdaten für die Produktion, Tokens von Cloud-CI-Diensten, Prüfstände mit Standardpasswörtern.
        Auch fragen: Könnte eine einzelne Person den Quellcode ändern und ein Release veröffentlichen, ohne dass es jemand sieht?
    .evidence =
        Security-Regeln für Entwicklungs- und Build-Umgebung
        Berechtigungsliste und letztes Berechtigungsreview der Quellcode-Repositorys
        Netzplan der Build- und Testumgebung

sm-8 =
    .title = Private Signaturschlüssel geschützt
    .question = Wo werden die privaten Schlüssel aufbewahrt, mit denen Sie Ihre Software und Firmware signieren, wer kann sie benutzen, und wie wird jede Nutzung kontrolliert?
    .guidance =
        Prüfen: Ablage der Signaturschlüssel (Hardware-Sicherheitsmodul, Smartcard, geschützter Dienst), Zugriffsrechte und ein Nachweis jeder Signatur.
        ML1: Die Schlüsseldatei liegt auf dem Build-Server, lesbar für das Build-Konto und seine Administratoren.
        ML3: Schlüssel aller Produkte in einem Hardware-Sicherheitsmodul; Signieren braucht die Freigabe zweier Personen, und jede Nutzung wird protokolliert.
        Schwachpunkte: Kopien des Schlüssels in Sicherungen oder auf Laptops, kein Plan für einen gestohlenen Schlüssel, Testschlüssel, die auch Geräte im Feld akzeptieren.
        Auch fragen: Was würden Sie tun, und wie schnell, wenn ein Signaturschlüssel kompromittiert wäre?
    .evidence =
        Verfahren für das Schlüsselmanagement
        HSM-Konfiguration oder Berechtigungsliste der Signaturschlüssel
        Signaturprotokoll der letzten Releases

sm-9 =
    .title = Risiken zugelieferter Komponenten beherrscht
    .question = Wissen Sie für die Fremd- und Open-Source-Anteile Ihrer Produkte (Bibliotheken, Betriebssysteme, Protokollstacks), welche eingesetzt sind, und steuern Sie ihre Security-Risiken, auch neue Schwachstellen darin?
    .guidance =
        Prüfen: eine Software-Stückliste (SBOM) je Produkt, die Auswahlregeln für Fremdanteile und wie deren Schwachstellen beobachtet werden.
        ML1: Entwickler binden Bibliotheken nach Bedarf ein; die Liste entsteht erst, wenn ein Kunde fragt.
        ML3: Eine SBOM für jedes Release, von Werkzeugen erzeugt, und ein festgelegter Abgleich neuer Schwachstellen damit.
        Schwachpunkte: in den Quellbaum kopierter Code, Komponenten in zugekauften Binärdateien, Bibliotheken, die nicht mehr gepflegt werden.
    .evidence =
        SBOM eines aktuellen Produkt-Releases
        Regeln für Auswahl und Freigabe von Fremdkomponenten
        Berichte der Schwachstellenbeobachtung für Fremdkomponenten

sm-10 =
    .title = Auftragsentwicklungen folgen dem SDL
    .question = Wenn ein anderes Unternehmen einen Teil Ihres Produkts für Sie entwickelt, verlangen und prüfen Sie, dass dies nach Ihrem sicheren Entwicklungsprozess oder einem gleichwertigen geschieht?
    .guidance =
        Prüfen: Verträge mit Entwicklungs-Subunternehmern, deren SDL-Nachweise und wie Sie diese prüfen.
        ML1: Man vertraut darauf, dass der Subunternehmer sicher arbeitet; nichts wird verlangt.
        ML3: Eine Standardklausel im Vertrag und eine festgelegte Abnahmeprüfung gelten für jede vergebene Entwicklung.
        Schwachpunkte: Hardwarelieferanten, die auch Firmware liefern, freie Entwickler, Code von Partnerunternehmen.
    .evidence =
        Vertragsklauseln zur sicheren Entwicklung für Subunternehmer
        Von einem Subunternehmer erhaltene SDL-Nachweise
        Abnahmeprotokoll für gelieferten Code

sm-11 =
    .title = Keine Freigabe mit offenen Security-Problemen
    .question = Sind vor einer Freigabe alle während der Entwicklung gefundenen Security-Probleme erledigt, und wird jedes bei der Freigabe offene Problem von einer benannten Person mit schriftlicher Begründung akzeptiert?
    .guidance =
        Prüfen: den Fehler-Tracker, gefiltert nach Security-Problemen zum Freigabezeitpunkt, und die Akzeptanz der offenen.
        ML1: Offene Security-Fehler werden informell besprochen, wenn der Freigabetermin näher rückt.
        ML3: Ein Freigabe-Gate in jeder Produktlinie listet offene Security-Probleme; jedes hat eine Risikoakzeptanz und einen Plan.
        Schwachpunkte: Probleme, die außerhalb des Haupt-Trackers verfolgt werden; Feststellungen externer Tests, die nie zu Tickets wurden.
    .evidence =
        Nachweis des Freigabe-Gates mit der Liste offener Security-Probleme
        Risikoakzeptanz für ein offen gelassenes Problem

sm-12 =
    .title = SDL-Schritte vor der Freigabe auf Vollständigkeit geprüft
    .question = Prüft vor der Freigabe einer Produktversion jemand, dass jede dafür geplante SDL-Tätigkeit tatsächlich durchgeführt und dokumentiert wurde?
    .guidance =
        Prüfen: die Freigabe-Checkliste oder das Audit der SDL-Vollständigkeit und wer sie unterschreibt.
        ML1: Die Teamleitung sagt, der SDL sei befolgt worden; kein Nachweis wird geprüft.
        ML3: Eine dokumentierte Prüfung mit Verweisen auf Nachweise für jede SDL-Tätigkeit, für jedes Release, durch jemanden außerhalb des Entwicklungsteams.
        Schwachpunkte: Hotfix-Releases, die an der Prüfung vorbeigehen; Nachweise, die erst nach der Freigabe entstehen.
    .evidence =
        Ausgefüllte und unterschriebene SDL-Checkliste eines aktuellen Releases
        Bericht eines internen Audits zur SDL-Einhaltung

sm-13 =
    .title = SDL kontinuierlich verbessert
    .question = Überprüfen Sie Ihren sicheren Entwicklungsprozess regelmäßig und ändern ihn aufgrund dessen, was Sie lernen, etwa aus Schwachstellen im Feld, Audits und Testergebnissen?
    .guidance =
        Prüfen: Protokolle der SDL-Reviews, die Änderungshistorie des SDL-Dokuments und die verwendeten Kennzahlen.
        ML1: Der SDL ändert sich, wenn ein Vorfall dazu zwingt.
        ML3: Ein geplantes Review mit den Ergebnissen von Audits und PSIRT-Fällen als Eingabe, und die Änderungen sind dokumentiert.
        ML4: Kennzahlen wie nach der Freigabe gefundene Schwachstellen werden über die Zeit verfolgt und steuern die Änderungen.
        Auch fragen: Was war die letzte Änderung am SDL, und was hat sie ausgelöst?
    .evidence =
        Protokoll des letzten SDL-Reviews
        Änderungshistorie des SDL-Dokuments
        Kennzahlen zur Beurteilung des SDL

## Praktik 2: Spezifikation der Security-Anforderungen

sr-1 =
    .title = Vorgesehener Security-Kontext dokumentiert
    .question = Haben Sie für jedes Produkt festgehalten, in welcher Umgebung es eingesetzt werden soll, etwa Netzzonen, physischer Zugang und wer es bedient, und welche Security-Annahmen daraus folgen?
    .guidance =
        Prüfen: die Beschreibung des Produkt-Security-Kontexts oder der Einsatzumgebung und ob sie zur Benutzerdokumentation passt.
        ML1: Der Kontext existiert in den Köpfen der Architekten.
        ML3: Jedes Produkt hat ein Kontextdokument nach einer gemeinsamen Vorlage, das bei neuen Einsatzfällen aktualisiert wird.
        Schwachpunkte: Produkte, die in Umgebungen verkauft werden, die der Kontext nie vorsah, etwa mit direktem Internetzugang.
    .evidence =
        Dokument zum Produkt-Security-Kontext
        Liste der Annahmen, auf die das Bedrohungsmodell verweist

sr-2 =
    .title = Bedrohungsmodell je Produkt
    .question = Hat jedes Produkt ein Bedrohungsmodell, das seine Datenflüsse, Vertrauensgrenzen und Angriffspunkte, die Bedrohungen dagegen und die Maßnahme gegen jede zeigt, und wird es aktuell gehalten, wenn sich das Produkt ändert?
    .guidance =
        Prüfen: das Bedrohungsmodell eines aktuellen Produkts, Datum und Version und wie Bedrohungen mit Anforderungen und Tests verknüpft sind.
        ML1: Ein Bedrohungsmodell wurde einmal für ein Vorzeigeprodukt erstellt und nie aktualisiert.
        ML3: Ein Bedrohungsmodell je Produkt nach einer Methode und mit einem Werkzeug, bei jeder größeren Änderung überprüft, offene Bedrohungen verfolgt.
        Schwachpunkte: Engineering- und Serviceschnittstellen, Update-Mechanismen und spät im Projekt hinzugekommene Schnittstellen.
        Auch fragen: Wann wurde ein Bedrohungsmodell zuletzt wegen einer neuen Funktion geändert?
    .evidence =
        Bedrohungsmodell eines aktuellen Produkts mit Datenflussdiagramm
        Bedrohungsliste mit Maßnahmen und ihrem Stand

sr-3 =
    .title = Security-Anforderungen an das Produkt dokumentiert
    .question = Sind die Security-Anforderungen jedes Produkts schriftlich festgehalten, sodass Entwickler und Tester mit derselben Liste arbeiten?
    .guidance =
        Prüfen: die Security-Anforderungen im Anforderungsmanagement und ihre Verfolgbarkeit zu Entwurf und Tests.
        ML1: Security-Anforderungen sind über Tickets und E-Mails verstreut.
        ML3: Jedes Produkt hat einen Satz Security-Anforderungen im gemeinsamen Anforderungswerkzeug, mit Verweisen auf die Tests.
        Schwachpunkte: Anforderungen an das Engineering-Werkzeug oder den Update-Server, nicht nur an das Gerät.
    .evidence =
        Spezifikation der Security-Anforderungen eines Produkts
        Verfolgbarkeit von Anforderungen zu Tests

# SR-4: Der Inhalt folgt dem Kurztitel der Referenzliste (Umfang und Ziel-SL-C), nur mit Sekundärquellen
# abgeglichen, nicht mit dem Normtext.
sr-4 =
    .title = Anforderungen nennen Umfang und Ziel-SL-C
    .question = Sagen die Security-Anforderungen jedes Produkts, welche Schnittstellen und Funktionen sie abdecken und welchen Fähigkeits-Security-Level (SL-C) das Produkt je grundlegender Anforderung anstrebt, wie in 62443-4-2 oder 3-3?
    .guidance =
        Prüfen: den für ein Produkt genannten Ziel-SL-C und wie die Anforderungen auf die Anforderungen von 62443-4-2 oder 3-3 für diesen Level abgebildet sind.
        ML1: Das Marketing nennt einen Security-Level; eine Abbildung auf Anforderungen gibt es nicht.
        ML3: Die Anforderungen jedes Produkts tragen einen Ziel-SL-C-Vektor und eine Abbildung auf die Anforderungen von 4-2 oder 3-3, beim Produkt abgelegt.
        Schwachpunkte: ein SL-C, der für das ganze Produkt beansprucht wird, obwohl eine Schnittstelle ihn nicht erreicht.
    .evidence =
        Produktanforderungen mit Ziel-SL-C je grundlegender Anforderung
        Abbildung der Produktanforderungen auf die Anforderungen von 62443-4-2 oder 3-3

sr-5 =
    .title = Security-Anforderungen geprüft
    .question = Werden die Security-Anforderungen eines Produkts von den Personen geprüft und freigegeben, die es bauen, testen und betreuen müssen, etwa Architekten, Entwickler, Tester, Produktmanagement und Produkt-Security-Verantwortliche?
    .guidance =
        Prüfen: Review-Nachweise zu den Security-Anforderungen und wer teilgenommen hat.
        ML1: Die Anforderungen schreibt eine Person, und sie gehen direkt in die Entwicklung.
        ML3: Ein festgelegtes Review mit festen Teilnehmern für jedes Produkt, Feststellungen bis zur Erledigung verfolgt.
        Schwachpunkte: Anforderungen, die nach dem Review ohne neues Review geändert werden.
    .evidence =
        Review-Protokoll oder Freigabe der Security-Anforderungen
        Liste der Feststellungen aus dem Anforderungsreview

## Praktik 3: Security durch Entwurf (Secure by Design)

sd-1 =
    .title = Sichere Entwurfsprinzipien an Schnittstellen angewendet
    .question = Benennt der Entwurf Ihrer Produkte jede externe Schnittstelle und jede Vertrauensgrenze und sagt für jede, wie sie geschützt ist?
    .guidance =
        Prüfen: das Architekturdokument, seine Liste der Schnittstellen (Netzwerk, seriell, USB, Web, Engineering, Update) und die Security-Maßnahmen für jede.
        ML1: Der Entwurf zeigt die Hauptprotokolle; Service- und Debug-Schnittstellen fehlen.
        ML3: Jeder Produktentwurf listet alle Schnittstellen mit ihrem Schutz in einem einheitlichen Format, geprüft im Entwurfsreview.
        Schwachpunkte: Debug-Ports (JTAG, serielle Konsole), undokumentierte Wartungsprotokolle, Cloud-Anbindungen.
    .evidence =
        Architektur- oder Entwurfsdokument mit Schnittstellenliste
        Diagramm der Vertrauensgrenzen

sd-2 =
    .title = Entwurf mit gestaffelter Verteidigung (Defense in Depth)
    .question = Ist Ihr Produkt so entworfen, dass die Security nicht von einer einzigen Maßnahme abhängt, sondern von mehreren Schutzschichten, von denen jede die Bedrohungen abdeckt, die an der vorigen vorbeikommen?
    .guidance =
        Prüfen: wie der Entwurf Schichten wie Authentifizierung, Autorisierung, Secure Boot, verschlüsselte Kommunikation und Protokollierung kombiniert und wie jede auf Bedrohungen abgebildet ist.
        ML1: Die Security beruht auf „das Gerät steht hinter einer Firewall“.
        ML3: Jeder Entwurf zeigt seine Schutzschichten und welche Bedrohungen jede abdeckt, abgeglichen mit dem Bedrohungsmodell.
        Schwachpunkte: ein einziges gemeinsames Geheimnis, das alles schützt; aller Schutz nur an der Außengrenze des Produkts.
    .evidence =
        Entwurfsdokument mit Beschreibung der Schutzschichten
        Abbildung der Entwurfsmaßnahmen auf Bedrohungen

sd-3 =
    .title = Security-Entwurfsreviews
    .question = Werden die Entwürfe Ihrer Produkte auf Security geprüft, und werden die gefundenen Probleme bis zur Behebung verfolgt?
    .guidance =
        Prüfen: Nachweise von Entwurfsreviews mit Security als Thema, die Reviewer und die Verfolgung der Feststellungen.
        ML1: Entwürfe werden auf Funktion geprüft; Security kommt zur Sprache, wenn zufällig jemand fragt.
        ML3: Ein Security-Entwurfsreview ist fester Schritt für jedes Produkt und jede größere Änderung, mit Feststellungen im Tracker.
        Schwachpunkte: Entwurfsänderungen während der Implementierung, die kein Review sieht.
    .evidence =
        Protokolle von Security-Entwurfsreviews
        Verfolgte Feststellungen aus Entwurfsreviews

sd-4 =
    .title = Bewährte Praktiken für sicheren Entwurf
    .question = Befolgt Ihr Team schriftlich festgelegte Praktiken für sicheren Entwurf, etwa minimale Rechte, kleine Angriffsfläche, sichere Voreinstellungen und keine verborgenen Konten, und wird das geprüft?
    .guidance =
        Prüfen: eine Entwurfsrichtlinie, die die Praktiken aufführt, und wie Reviews sie prüfen.
        ML1: Gute Entwickler wenden die Prinzipien an; nichts ist festgehalten.
        ML3: Eine Richtlinie für sicheren Entwurf für alle Teams, aus Erfahrungen fortgeschrieben, als Review-Checkliste genutzt.
        Schwachpunkte: Voreinstellungen, die für bequeme Inbetriebnahme gewählt wurden (alle Dienste an, Standardpasswörter).
    .evidence =
        Richtlinie für sicheren Entwurf
        Checkliste für Entwurfsreviews auf ihrer Grundlage

## Praktik 4: Sichere Implementierung

si-1 =
    .title = Security-Review der Implementierung
    .question = Wird der Code Ihrer Produkte auf Security geprüft, von Menschen und mit Werkzeugen zur statischen Codeanalyse, und werden die Feststellungen behoben oder bewusst akzeptiert?
    .guidance =
        Prüfen: Code-Review-Nachweise, Berichte der statischen Codeanalyse und die Regeln, welche Feststellungen ein Zusammenführen (Merge) blockieren.
        ML1: Code-Reviews finden statt, achten aber auf Funktion; ein Analysewerkzeug läuft, ohne dass jemand die Ergebnisse liest.
        ML3: Security-Code-Review und statische Analyse sind für jede Änderung in jedem Produkt Pflicht, Feststellungen werden verfolgt.
        Schwachpunkte: im Haus geänderter Fremdcode, Skripte und Konfigurationsdateien, große Änderungen, die unter Zeitdruck zusammengeführt werden.
    .evidence =
        Code-Review-Nachweise einer aktuellen Änderung
        Bericht der statischen Codeanalyse mit Liste der Feststellungen
        Merge-Regeln des Quellcode-Repositorys

si-2 =
    .title = Standards für sichere Programmierung
    .question = Haben Sie Standards für sichere Programmierung für die Sprachen, die Ihr Team verwendet, und werden sie durchgesetzt, etwa durch Werkzeuge und im Code-Review?
    .guidance =
        Prüfen: den Programmierstandard (etwa auf Basis von CERT oder MISRA), verbotene Funktionen und die Werkzeugregeln, die ihn durchsetzen.
        ML1: Die Entwickler kennen die klassischen Fallen; ein schriftlicher Standard fehlt.
        ML3: Ein Programmierstandard für jede eingesetzte Sprache, durch Werkzeuge im Build durchgesetzt, mit dokumentierten Ausnahmen.
        Schwachpunkte: später hinzugekommene Sprachen (Web-Oberflächen, Skripte), generierter Code.
    .evidence =
        Standard für sichere Programmierung je Sprache
        Regelsatz der statischen Analyse, der ihn durchsetzt
        Nachweise der Ausnahmen

## Praktik 5: Security-Verifikation und -Validierung (Tests)

svv-1 =
    .title = Jede Security-Anforderung testen
    .question = Wird jede Security-Anforderung eines Produkts getestet, auch ihr Verhalten an Grenzen und im Fehlerfall, und bewahren Sie die Ergebnisse auf?
    .guidance =
        Prüfen: Testpläne und Ergebnisse mit Bezug zu den Security-Anforderungen; die Abdeckung jeder Anforderung.
        ML1: Security-Funktionen werden mit dem Rest getestet, ohne Bezug zu den Anforderungen.
        ML3: Jede Security-Anforderung hat Tests, die für jedes Release laufen, mit aufbewahrten Ergebnissen.
        Schwachpunkte: Anforderungen, die nur im Gutfall getestet werden, etwa die Anmeldung funktioniert, die Sperre nach Fehlversuchen wird nicht getestet.
    .evidence =
        Security-Testplan mit Bezug zu den Anforderungen
        Testergebnisse des letzten Releases

svv-2 =
    .title = Jede Maßnahme gegen Bedrohungen testen
    .question = Testen Sie für jede Maßnahme im Bedrohungsmodell, dass sie die Bedrohung, für die sie gedacht ist, wirklich verhindert oder begrenzt?
    .guidance =
        Prüfen: die Verknüpfung der Maßnahmen im Bedrohungsmodell mit Testfällen und die Ergebnisse.
        ML1: Man nimmt an, dass Maßnahmen wirken, sobald sie implementiert sind.
        ML3: Jede Maßnahme im Bedrohungsmodell hat einen Test, und das Bedrohungsmodell zeigt den Teststand.
        Schwachpunkte: Maßnahmen, die auf Dokumentation oder den Nutzer bauen und sich im Labor nicht testen lassen.
    .evidence =
        Bedrohungsmodell mit verknüpften Testfällen
        Testergebnisse für die Maßnahmen

svv-3 =
    .title = Schwachstellentests (Fuzzing, Scans, Angriffsfläche)
    .question = Testen Sie Ihre Produkte auf Schwachstellen, mit Fuzzing der Netzwerk- und Dateieingaben, Scans nach bekannten Schwachstellen, einer Analyse der Angriffsfläche und Prüfungen der Fremdkomponenten?
    .guidance =
        Prüfen: Fuzzing-Berichte je Protokoll, Ergebnisse von Schwachstellenscans, Software-Kompositionsanalyse und wie Last und Ressourcenerschöpfung getestet werden.
        ML1: Vor großen Releases läuft ein Netzwerkscanner.
        ML3: Ein festgelegter Satz Schwachstellentests für jedes Release, mit benannten Werkzeugen und Protokollen und verfolgten Ergebnissen.
        Schwachpunkte: Industrieprotokolle, die allgemeine Fuzzer nicht abdecken, die Web-Oberfläche, der Parser für Update-Dateien.
    .evidence =
        Fuzzing-Bericht für die Protokolle des Produkts
        Ergebnisse von Schwachstellenscan und Software-Kompositionsanalyse
        Analyse der Angriffsfläche

svv-4 =
    .title = Penetrationstests
    .question = Werden Ihre Produkte Penetrationstests unterzogen, durch Personen, die sie wie ein Angreifer zu brechen versuchen, und werden die Feststellungen behoben?
    .guidance =
        Prüfen: aktuelle Penetrationstestberichte, den getesteten Umfang, wer getestet hat und den Umgang mit Feststellungen.
        ML1: Ein Penetrationstest wurde einmal eingekauft, als ein Kunde danach fragte.
        ML3: Penetrationstests sind für jedes Produkt bei größeren Releases geplant, Feststellungen werden bis zur Erledigung verfolgt.
        Schwachpunkte: Umfang auf die Web-Oberfläche beschränkt; Feststellungen als „akzeptiert“ markiert, ohne Begründung.
    .evidence =
        Penetrationstestbericht eines aktuellen Releases
        Verfolgung seiner Feststellungen

svv-5 =
    .title = Tester unabhängig von den Entwicklern
    .question = Werden Security-Tests zumindest teilweise von Personen durchgeführt, die den getesteten Code nicht selbst entwickelt haben, und wie unabhängig sind sie?
    .guidance =
        Prüfen: wer die Security-Tests geschrieben und wer sie ausgeführt hat und wo diese Personen in der Organisation stehen.
        ML1: Entwickler testen ihren eigenen Code.
        ML3: Ein eigenes Testteam oder externe Tester für die Security-Tests jedes Produkts, festgelegt je Testart.
        Schwachpunkte: ein „unabhängiger“ Tester, der an die Entwicklungsleitung berichtet, deren Release er testet.
    .evidence =
        Organigramm von Entwicklung und Test
        Testberichte mit Nennung der Tester

## Praktik 6: Umgang mit Security-Problemen

dm-1 =
    .title = Meldungen von Security-Problemen annehmen
    .question = Können Forscher, Kunden und Ihr eigenes Personal ein Security-Problem in Ihren Produkten einfach über einen bekannten Kontakt melden, und erreicht jede Meldung Ihr PSIRT?
    .guidance =
        Prüfen: den veröffentlichten Kontakt (Webseite, security.txt, E-Mail, Schlüssel zur Verschlüsselung), interne Meldewege und das Verzeichnis eingegangener Meldungen.
        ML1: Meldungen landen bei Support oder Vertrieb und werden weitergeleitet, wenn es jemandem auffällt.
        ML3: Ein veröffentlichter, überwachter Meldeweg für alle Produkte; jede Meldung wird erfasst und in festgelegter Zeit bestätigt.
        Schwachpunkte: Meldungen an einzelne Mitarbeitende, Probleme, die Servicetechniker beim Kunden finden.
    .evidence =
        Veröffentlichte Seite zur Meldung von Schwachstellen
        Beschreibung des PSIRT-Prozesses
        Verzeichnis eingegangener Meldungen mit Bestätigungsdatum

dm-2 =
    .title = Gemeldete Probleme prüfen
    .question = Prüft Ihr Team ein gemeldetes Security-Problem, reproduziert es nach Möglichkeit und entscheidet, ob es eine echte Schwachstelle in Ihrem Produkt ist?
    .guidance =
        Prüfen: Fallakten, die Sichtung, Reproduktion und Entscheidung zeigen, und wie schnell das geschieht.
        ML1: Der Entwickler, der den Code kennt, schaut es sich an, wenn Zeit ist.
        ML3: Jede Meldung durchläuft ein Sichtungsverfahren mit Zielzeiten, und jeder Fall hält sein Ergebnis fest.
        Schwachpunkte: Meldungen, die als „nicht reproduzierbar“ geschlossen werden, ohne beim Melder nachzufragen.
    .evidence =
        PSIRT-Fallakten mit Sichtungsergebnis
        Sichtungsverfahren mit Zielzeiten

dm-3 =
    .title = Schweregrad und Auswirkung bewerten
    .question = Bewerten Sie für jede bestätigte Schwachstelle, wie schwer sie wiegt, etwa mit CVSS, und ermitteln, welche Produkte und Versionen betroffen sind?
    .guidance =
        Prüfen: Schweregrade, die Liste betroffener Produkte und Versionen und die Begründung dazu.
        ML1: Der Schweregrad wird nach Gefühl eingeschätzt; betroffene Versionen werden geraten.
        ML3: Eine Bewertungsmethode für alle Produkte und eine Prüfung jedes Produkts, das den verwundbaren Code teilt.
        Schwachpunkte: dieselbe Fremdkomponente in anderen Produkten, die niemand prüft.
    .evidence =
        Fallakten mit Schweregrad und betroffenen Versionen
        Beschreibung der Bewertungsmethode

dm-4 =
    .title = Probleme behandeln (beheben, zurückstellen, akzeptieren)
    .question = Entscheiden Sie für jede bestätigte Schwachstelle, wie Sie damit umgehen, durch eine Korrektur, eine Umgehung oder eine dokumentierte Entscheidung, nicht zu korrigieren, und suchen Sie denselben Fehler auch anderswo?
    .guidance =
        Prüfen: die Entscheidungen je Fall, wer sie getroffen hat und ob Ursachen zu Änderungen an anderen Produkten oder am SDL führen.
        ML1: Kritische Probleme werden behoben; der Rest wartet ohne Entscheidung.
        ML3: Jeder Fall endet mit einer dokumentierten Entscheidung, und die Ursache wird analysiert und in den SDL zurückgeführt.
        Schwachpunkte: Entscheidungen „wird nicht behoben“, ohne die betroffenen Kunden zu informieren.
    .evidence =
        Fallakten mit Entscheidung und Begründung
        Ursachenanalyse einer früheren Schwachstelle

dm-5 =
    .title = Security-Probleme den Nutzern mitteilen
    .question = Informieren Sie die Nutzer Ihrer Produkte über Schwachstellen darin, mit betroffenen Versionen, dem Risiko und dem, was zu tun ist, etwa in Security Advisories?
    .guidance =
        Prüfen: veröffentlichte Security Advisories, wie Kunden benachrichtigt werden, und die Offenlegungsrichtlinie (auch die Abstimmung mit dem Melder).
        ML1: Nur Kunden, die sich beschweren, werden informiert; nichts wird veröffentlicht.
        ML3: Advisories in einem Format für alle Produkte, veröffentlicht und an registrierte Kunden verschickt, mit schriftlicher Offenlegungsrichtlinie.
        Schwachpunkte: Schwachstellen, die stillschweigend in einem Release behoben werden; über OEMs verkaufte Produkte, deren Kunden nicht erreicht werden.
    .evidence =
        Aktuelle Security Advisories
        Richtlinie zur koordinierten Offenlegung
        Verteiler für Kundeninformationen oder Abonnementdienst

dm-6 =
    .title = Regelmäßiges Review des Fehlerprozesses
    .question = Überprüfen Sie regelmäßig, wie Ihr Team mit Security-Problemen umgegangen ist, und verbessern Sie den Prozess daraufhin?
    .guidance =
        Prüfen: PSIRT-Reviewprotokolle, Kennzahlen wie die Zeit bis zur Behebung und vorgenommene Änderungen.
        ML1: Der Prozess wird nur angesehen, nachdem ein Fall schiefgelaufen ist.
        ML3: Ein geplantes Review aller Fälle mit festgelegten Kennzahlen und dokumentierten Änderungen.
        ML4: Zeit bis zur Sichtung, zur Behebung und zur Offenlegung werden gegen Ziele verfolgt und verbessert.
    .evidence =
        PSIRT-Reviewprotokolle
        Kennzahlen zum Umgang mit Security-Problemen

## Praktik 7: Management von Security-Updates

sum-1 =
    .title = Security-Updates vor der Freigabe qualifizieren
    .question = Testen Sie vor der Freigabe eines Security-Updates, dass es die Schwachstelle behebt und nichts im Produkt und seinen unterstützten Konfigurationen beschädigt?
    .guidance =
        Prüfen: Testnachweise eines aktuellen Security-Updates, einschließlich Regressionstests und getesteter Konfigurationen.
        ML1: Die Korrektur prüft der Entwickler, der sie geschrieben hat.
        ML3: Jedes Security-Update durchläuft in jeder Produktlinie eine festgelegte Qualifizierung mit Regressionstests.
        Schwachpunkte: Updates für ältere Versionen im Feld, die nur auf der neuesten Version getestet werden.
    .evidence =
        Qualifizierungsnachweis eines aktuellen Security-Updates
        Ergebnisse der Regressionstests

sum-2 =
    .title = Jedes Security-Update dokumentieren
    .question = Liegt jedem Security-Update eine Dokumentation bei, die sagt, was es behebt, für welche Versionen es gilt, wie es installiert wird und was es beeinflusst, etwa einen Neustart?
    .guidance =
        Prüfen: Release Notes von Security-Updates und ob sie einem Anlagenbetreiber genügen, um die Installation zu planen.
        ML1: Die Release Notes nennen „Security-Verbesserungen“ ohne Einzelheiten.
        ML3: Eine feste Vorlage für jedes Security-Update, mit Auswirkungen auf den Betrieb und einem Weg zurück.
        Schwachpunkte: kein Wort dazu, ob das Update einen Neustart braucht oder Einstellungen ändert.
    .evidence =
        Release Notes eines Security-Updates
        Installationsanleitung dazu

sum-3 =
    .title = Updates für Betriebssystem und Fremdteile dokumentieren
    .question = Teilen Sie Ihren Nutzern mit, ob Security-Updates des Betriebssystems oder zugekaufter Teile, von denen Ihr Produkt abhängt, damit getestet wurden und ob sie installiert werden dürfen?
    .guidance =
        Prüfen: Verträglichkeitslisten für Betriebssystem-Patches, Virensignaturen und Updates von Fremdkomponenten.
        ML1: Kunden fragen von Fall zu Fall beim Support nach.
        ML3: Eine regelmäßig veröffentlichte Verträglichkeitsliste für jedes Produkt, das auf einem Standardbetriebssystem läuft.
        Schwachpunkte: lange Wartezeiten, bis monatliche Betriebssystem-Patches freigegeben sind.
    .evidence =
        Veröffentlichte Patch-Verträglichkeitsliste
        Testnachweise für Betriebssystem-Updates

sum-4 =
    .title = Updates mit prüfbarer Echtheit ausliefern
    .question = Werden Ihre Security-Updates so ausgeliefert, dass Nutzer prüfen können, dass sie wirklich von Ihnen kommen und nicht verändert wurden, etwa durch Signaturen, die das Produkt oder ein Werkzeug prüft?
    .guidance =
        Prüfen: die Signatur der Update-Pakete, wie das Produkt oder der Nutzer sie prüft, und den Download-Weg.
        ML1: Updates liegen ohne Signatur auf einer Download-Seite.
        ML3: Jedes Update jedes Produkts ist signiert und wird vor der Installation geprüft.
        Schwachpunkte: Updates, die Servicepersonal auf USB-Sticks weitergibt; Spiegelserver von Distributoren.
    .evidence =
        Verfahren zur Signatur von Updates
        Screenshot oder Protokoll der Signaturprüfung bei der Installation

sum-5 =
    .title = Richtlinie zu Lieferfristen für Patches
    .question = Haben Sie Fristen für die Auslieferung von Security-Updates nach Bekanntwerden einer Schwachstelle festgelegt und veröffentlicht, abhängig vom Schweregrad, und halten Sie sie ein?
    .guidance =
        Prüfen: die veröffentlichte Richtlinie, die Supportzeiträume je Produktversion und die tatsächlichen Lieferzeiten früherer Updates.
        ML1: Updates kommen „so schnell wie möglich“, ohne Zusage.
        ML3: Eine veröffentlichte Richtlinie mit Fristen je Schweregrad für alle Produkte und Nachweise, wie gut sie eingehalten wurden.
        Schwachpunkte: Produkte kurz vor Supportende; Schwachstellen in Fremdkomponenten, die auf die Korrektur des Herstellers warten.
    .evidence =
        Veröffentlichte Richtlinie für Security-Updates
        Liste der Supportzeiträume der Produkte
        Lieferzeiten früherer Security-Updates

## Praktik 8: Security-Richtlinien für Nutzer

sg-1 =
    .title = Gestaffelte Verteidigung des Produkts dokumentieren
    .question = Erklärt Ihre Benutzerdokumentation die Security-Schutzschichten des Produkts, sodass ein Integrator weiß, wogegen sich das Produkt selbst schützt?
    .guidance =
        Prüfen: das Produkt-Security-Handbuch oder das Security-Kapitel des Benutzerhandbuchs.
        ML1: Security-Funktionen werden im Handbuch einzeln erwähnt, ohne Gesamtbild.
        ML3: Jedes Produkt hat ein Security-Handbuch nach einer Vorlage, das seine Schutzschichten erklärt.
        Schwachpunkte: ein Handbuch, das eine ältere Produktversion beschreibt.
    .evidence =
        Produkt-Security-Handbuch
        Security-Kapitel des Benutzerhandbuchs

sg-2 =
    .title = Von der Umgebung erwarteten Schutz dokumentieren
    .question = Sagt Ihre Dokumentation, was das Produkt von der Anlage um es herum erwartet, etwa Firewalls, Netzsegmentierung oder abgeschlossene Schaltschränke, damit es sicher ist?
    .guidance =
        Prüfen: die dokumentierten Annahmen über die Umgebung und ob sie zum Produkt-Security-Kontext (SR-1) passen.
        ML1: Die Dokumentation sagt „hinter einer Firewall betreiben“ und nichts weiter.
        ML3: Jedes Produkt nennt den Schutz, den es von seiner Umgebung braucht, konkret genug, um damit Zonen und Conduits zu planen.
        Schwachpunkte: fehlende Angaben zu benötigten Ports und Protokollen, sodass Integratoren mehr öffnen als nötig.
    .evidence =
        Anforderungen an die Umgebung im Produkt-Security-Handbuch
        Liste der verwendeten Ports und Protokolle

sg-3 =
    .title = Härtungsrichtlinien
    .question = Geben Sie Ihren Nutzern für jedes Produkt Härtungsrichtlinien: welche Dienste abzuschalten, welche Einstellungen zu ändern sind und wie es sicher eingebunden wird?
    .guidance =
        Prüfen: Härtungsleitfäden, ihr Datum und ihre Produktversion und ob die empfohlenen Einstellungen getestet wurden.
        ML1: Härtungstipps gibt der Support auf Anfrage weiter.
        ML3: Ein Härtungsleitfaden je Produkt und Version, vom Testteam geprüft und mit jedem Release aktualisiert.
        Schwachpunkte: Leitfäden, die Einstellungen empfehlen, die nicht jede Firmware-Version unterstützt.
    .evidence =
        Härtungsleitfaden eines aktuellen Produkts
        Testnachweis der gehärteten Konfiguration

sg-4 =
    .title = Richtlinien zur sicheren Außerbetriebnahme
    .question = Sagen Sie Ihren Nutzern, wie ein Produkt sicher außer Betrieb genommen wird, etwa wie Konfiguration, Schlüssel, Passwörter und Prozessdaten gelöscht werden, bevor es verschrottet oder zur Reparatur geschickt wird?
    .guidance =
        Prüfen: Anleitungen zur Außerbetriebnahme oder Entsorgung und ob sie alle Orte abdecken, an denen Daten gespeichert sind.
        ML1: Ein Zurücksetzen auf Werkseinstellungen wird erwähnt, ohne zu sagen, was es löscht.
        ML3: Anleitungen zur Entsorgung für jedes Produkt, die nennen, was gelöscht wird und wie sich das prüfen lässt.
        Schwachpunkte: Speicherkarten, Protokolle und Zertifikate, die ein Werksreset übrig lässt; zur Reparatur eingeschickte Geräte.
    .evidence =
        Anleitung zur sicheren Entsorgung oder Außerbetriebnahme
        Checkliste der zu löschenden Datenorte (Speicherkarten, Protokolle, Zertifikate)

sg-5 =
    .title = Richtlinien für den sicheren Betrieb
    .question = Sagt Ihre Dokumentation den Nutzern, wie sie das Produkt im Alltag sicher betreiben, etwa seine Security-Ereignisse überwachen, sichern, aktualisieren und regelmäßig prüfen?
    .guidance =
        Prüfen: die Betriebsrichtlinien im Produkt-Security-Handbuch und die Aufgaben, die sie dem Anlagenbetreiber geben.
        ML1: Die Betriebsanleitung beschreibt nur die Funktion.
        ML3: Jedes Produkt hat Hinweise zum sicheren Betrieb zu Ereignissen, Sicherungen, Updates und Überprüfungen.
        Schwachpunkte: keine Erklärung, was die Einträge im Security-Protokoll bedeuten und was dann zu tun ist.
    .evidence =
        Abschnitt zum sicheren Betrieb im Produkt-Security-Handbuch
        Erklärung der Einträge im Security-Protokoll des Produkts und was daraufhin zu tun ist

sg-6 =
    .title = Richtlinien zur Kontenverwaltung
    .question = Erklärt Ihre Dokumentation, wie Benutzerkonten auf dem Produkt verwaltet werden: Standardkonten, Ändern der Standardpasswörter, Rollen und Rechte und das Entfernen von Konten?
    .guidance =
        Prüfen: Anleitungen zur Kontenverwaltung, die Liste der Standard- und eingebauten Konten und die Rollen, die das Produkt bietet.
        ML1: Das Handbuch nennt das Standardpasswort und empfiehlt, es zu ändern.
        ML3: Jedes Produkt dokumentiert alle eingebauten Konten, seine Rollen und die Schritte zu ihrer Verwaltung.
        Schwachpunkte: Service- oder Wartungskonten, die gar nicht dokumentiert sind.
    .evidence =
        Anleitung zur Kontenverwaltung
        Liste der Standard- und eingebauten Konten eines Produkts

sg-7 =
    .title = Review der Benutzerdokumentation
    .question = Wird der Security-Inhalt Ihrer Benutzerdokumentation von Personen mit Security-Kenntnissen geprüft und bei Änderungen am Produkt aktualisiert?
    .guidance =
        Prüfen: Review-Nachweise für Security-Handbücher und Härtungsleitfäden und ob ihre Versionen zum Produkt passen.
        ML1: Die technische Redaktion aktualisiert Handbücher anhand der Release Notes.
        ML3: Die Security-Dokumentation wird für jedes Release von der Produkt-Security-Rolle geprüft.
        Schwachpunkte: übersetzte Handbücher, die dem Original hinterherhinken.
    .evidence =
        Review-Nachweis des Produkt-Security-Handbuchs
        Versionshistorie der Dokumente, den Produkt-Releases zugeordnet
