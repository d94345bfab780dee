### Begriffe (Review 2026-12), geprüft von tests/terms.rs: Allowlist und Application-Allowlisting, nie Whitelist oder Blacklist; Reifegrade ML1 Initial, ML2 Gesteuert, ML3 Definiert, ML4 Kontinuierlich verbessert.
# Texte des Standard-Risikomodells: questionnaires/risk-models/default.toml.
# Die Beträge und Zeiträume sind ein Ausgangspunkt; eine Organisation sollte eigene festlegen.

## Eintrittswahrscheinlichkeit: wie oft ein Szenario erwartungsgemäß eintritt und gelingt

likelihood-rare =
    .label = Selten
    .description = Während der Lebensdauer der Anlage nicht zu erwarten; dafür bräuchte es außergewöhnliche Umstände. Seltener als etwa einmal in 30 Jahren.

likelihood-unlikely =
    .label = Unwahrscheinlich
    .description = Könnte passieren, aber hier hat es noch niemand erlebt. Etwa einmal in 10 bis 30 Jahren.

likelihood-possible =
    .label = Möglich
    .description = Kann während der Lebensdauer der Anlage durchaus passieren; ähnliche Ereignisse sind in der Branche bekannt. Etwa einmal in 3 bis 10 Jahren.

likelihood-likely =
    .label = Wahrscheinlich
    .description = Ist von Zeit zu Zeit zu erwarten; es ist hier oder an ähnlichen Standorten schon passiert. Etwa einmal in 1 bis 3 Jahren.

likelihood-almost-certain =
    .label = Fast sicher
    .description = Tritt erwartungsgemäß regelmäßig ein oder geschieht bereits. Einmal im Jahr oder öfter.

## Auswirkung: wie schlimm es ist, wenn das Szenario gelingt. Jede Kategorie bewerten und die schlimmste nehmen.

impact-negligible =
    .label = Vernachlässigbar
    .description = Kaum bemerkbar; im Normalbetrieb erledigt, ohne dass jemand außerhalb der Schicht davon erfährt.
    .health-safety = Keine Verletzung, oder nur Erste Hilfe.
    .environment = Keine Freisetzung über die normalen Betriebs- und Genehmigungsgrenzen hinaus.
    .production = Kein spürbarer Verlust; eine Störung, die die Bediener binnen einer Stunde beheben.
    .finance = Weniger als etwa 10.000 EUR.
    .reputation = Außerhalb des Standorts nicht bemerkt.

impact-minor =
    .label = Gering
    .description = Eine echte, aber begrenzte Auswirkung, die der Standort binnen Tagen selbst bewältigt.
    .health-safety = Verletzung mit ärztlicher Behandlung, ohne Ausfallzeit.
    .environment = Kleine Freisetzung, die auf dem Gelände bleibt und binnen Tagen beseitigt ist; kein bleibender Schaden.
    .production = Bis zu eine Schicht verloren, oder eine Charge außerhalb der Spezifikation.
    .finance = Etwa 10.000 bis 100.000 EUR.
    .reputation = Beschwerden eines Kunden oder von Nachbarn; kein Medieninteresse.

impact-moderate =
    .label = Mittel
    .description = Ein ernstes Ereignis, das die Aufmerksamkeit der Leitung braucht und unter Umständen einer Behörde gemeldet werden muss.
    .health-safety = Verletzung mit Ausfallzeit, von der sich die Person vollständig erholt.
    .environment = Meldepflichtige Freisetzung über das Gelände hinaus; kurzfristiger Schaden, binnen Wochen beseitigt.
    .production = Eine Anlage oder Linie bis zu einigen Tagen still; Lieferungen verzögert.
    .finance = Etwa 100.000 EUR bis 1 Mio. EUR.
    .reputation = Berichte in Lokal- oder Fachpresse; Nachfragen der Aufsichtsbehörde oder wichtiger Kunden.

impact-major =
    .label = Schwer
    .description = Ein gravierendes Ereignis mit bleibendem Schaden; Geschäftsleitung und Behörden sind eingebunden.
    .health-safety = Dauerhafte Behinderung oder ein Todesfall.
    .environment = Erheblicher Schaden außerhalb des Geländes; die Sanierung dauert Monate.
    .production = Der Standort wochenlang still; Kunden können nicht beliefert werden.
    .finance = Etwa 1 Mio. bis 10 Mio. EUR.
    .reputation = Berichte in überregionalen Medien; Maßnahmen der Aufsichtsbehörde; Kunden gehen verloren.

impact-severe =
    .label = Katastrophal
    .description = Eine Katastrophe, die das Unternehmen selbst und Menschen jenseits des Werkszauns bedroht.
    .health-safety = Mehrere Todesfälle, oder Menschen außerhalb des Geländes geschädigt.
    .environment = Großflächiger oder lang anhaltender Umweltschaden.
    .production = Der Standort monatelang still, oder wichtige Anlagenteile zerstört.
    .finance = Mehr als etwa 10 Mio. EUR.
    .reputation = Internationale Berichterstattung; die Betriebserlaubnis steht auf dem Spiel.

## Risikostufen: was die Organisation mit einem Risiko der jeweiligen Stufe tut

risk-low =
    .label = Niedrig
    .description = Tolerierbar. Wird so akzeptiert und im Rahmen der Routine behandelt; bei der nächsten regelmäßigen Überprüfung erneut betrachtet. Erfordert SL-T 1.

risk-medium =
    .label = Mittel
    .description = Tolerierbar. Von einem benannten Verantwortlichen akzeptiert und beobachtet; gemindert, wo das billig und einfach geht. Erfordert SL-T 1.

risk-high =
    .label = Hoch
    .description = Nicht tolerierbar. Gegenmaßnahmen werden mit Verantwortlichem und Termin geplant, und das Restrisiko wird nach ihrer Umsetzung erneut geprüft. Erfordert SL-T 2.

risk-very-high =
    .label = Sehr hoch
    .description = Nicht tolerierbar. Die Minderung hat Vorrang in Budget und Planung, die Standortleitung verfolgt sie, und bis zur Behebung gelten Übergangsmaßnahmen. Erfordert SL-T 3.

risk-critical =
    .label = Kritisch
    .description = Nicht tolerierbar. Sofort handeln: Die oberste Leitung wird informiert, Übergangsmaßnahmen beginnen jetzt, und der Weiterbetrieb des betroffenen Anlagenteils im jetzigen Zustand wird infrage gestellt. Erfordert SL-T 4.

## Bedrohungsakteure: wer ein Szenario glaubhaft ausführen könnte

threat-actor-casual =
    .label = Zufällig oder versehentlich
    .description = Mitarbeiter, Fremdfirmen oder Besucher, die aus Versehen oder zufällig Schaden anrichten, ohne Angriffsabsicht: eine falsche Einstellung, ein unwissentlich eingesteckter infizierter USB-Stick. Ergibt SL 1.

threat-actor-simple-means =
    .label = Einfache Mittel
    .description = Jemand mit Schadensabsicht, aber wenig Ressourcen und nur allgemeinen Fähigkeiten: ein Gelegenheitstäter mit frei verfügbaren Werkzeugen, ein verärgerter Mitarbeiter, ungezielte Schadsoftware. Ergibt SL 2.

threat-actor-moderate-resources =
    .label = Moderate Ressourcen
    .description = Eine fähige Gruppe, die gezielt Leitsysteme angreift, mit moderaten Ressourcen und IACS-Kenntnissen: organisierte Kriminelle mit Ransomware, versierte Hacktivisten, ein sachkundiger Innentäter. Ergibt SL 3.

threat-actor-extended-resources =
    .label = Umfangreiche Ressourcen
    .description = Ein gut finanziertes Team, meist staatlich unterstützt, mit tiefem IACS-Wissen, eigenen Werkzeugen und der Geduld für eine lange Kampagne. Ergibt SL 4.

## Anpassungen: Obergrenzen je FR, die ein Assessor mit Begründung für eine Zone anwenden kann

adjustment-no-confidential-data =
    .label = Keine vertraulichen Daten in der Zone
    .description = Begrenzt FR 4 (Vertraulichkeit der Daten) auf SL 1. Nur verwenden, wenn nichts in der Zone der Organisation bei Offenlegung schaden würde: keine Rezepturen, Produktionszahlen, personenbezogenen Daten oder Geheimnisse außer den eigenen Zugangsdaten der Zone.

adjustment-no-routable-links =
    .label = Keine routbaren Verbindungen zu anderen Zonen
    .description = Begrenzt FR 5 (eingeschränkter Datenfluss) auf SL 1. Nur verwenden, wenn die Zone keine IP- oder andere routbare Verbindung zu einer anderen Zone hat: nur fest verdrahtete E/A oder nicht routbare serielle Verbindungen, kein Funk und keine Laptop-Anschlüsse.

adjustment-availability-not-critical =
    .label = Verfügbarkeitsverlust ohne echte Auswirkung
    .description = Begrenzt FR 7 (Verfügbarkeit der Ressourcen) auf SL 1. Nur verwenden, wenn die Auswirkungsanalyse zeigt, dass ein tagelanger Ausfall der Zone weder Sicherheit noch Umwelt noch Produktion schadet, wie bei einem Trainingssimulator oder einer Offline-Berichtskopie.

## Methoden: wie der Ziel-Security-Level (SL-T) aus der Risikobeurteilung folgt

method-risk-level =
    .label = Aus der Risikostufe (Nachschlagen)
    .description = Jedes Bedrohungsszenario, das auf eine Zone oder einen Conduit zielt, verlangt den SL, den das Risikomodell neben seiner Risikostufe vor Gegenmaßnahmen angibt (im mitgelieferten Modell: niedrig und mittel 1, hoch 2, sehr hoch 3, kritisch 4). Die Methode schaut, wo das Risiko liegt, nicht, wie weit es gesenkt werden muss. Ein Szenario hebt nur die grundlegenden Anforderungen an, über die es wirkt, oder alle sieben, wenn keine genannt sind. Je FR gilt der höchste Wert, und das Szenario, das ihn gesetzt hat, wird als Begründung angezeigt.

method-risk-reduction =
    .label = Aus der nötigen Risikominderung
    .description = Zählt, wie viele Stufen das Risiko eines Szenarios vor Gegenmaßnahmen über der Toleranzgrenze liegt, und verlangt umso mehr Schutz, je weiter es gesenkt werden muss (im mitgelieferten Modell: 1 Stufe SL 2, 2 Stufen SL 3, 3 oder mehr SL 4; ein tolerierbares Szenario SL 1). Ein Szenario hebt nur die grundlegenden Anforderungen an, über die es wirkt, oder alle sieben, wenn keine genannt sind. Je FR gilt der höchste Wert, und das Szenario, das ihn gesetzt hat, wird mit seiner Stufenzahl angezeigt.

method-threat-actor =
    .label = Aus der Fähigkeit des Bedrohungsakteurs
    .description = Jedes Bedrohungsszenario nennt den fähigsten Angreifer, der es glaubhaft ausführen könnte, und verlangt dessen SL: zufällig 1, einfache Mittel 2, moderate Ressourcen 3, umfangreiche Ressourcen 4. Ein Szenario hebt nur die grundlegenden Anforderungen an, über die es wirkt, oder alle sieben, wenn keine genannt sind. Je FR gilt der höchste Wert.

## Untergrenzen: was jede Zone und jeder Conduit unabhängig von der Methode erhält

floor-tolerable =
    .label = Untergrenze des tolerierbaren Risikos
    .description = Jede Zone und jeder Conduit erhält in jeder FR mindestens SL 1, auch wo kein Bedrohungsszenario hinreicht: Diesen Schutz setzt das tolerierbare Risiko dieses Modells voraus. Die Auswertung warnt bei jeder FR, die kein Szenario bewertet hat, damit die Lücke im Risikoregister sichtbar bleibt.

floor-conduit =
    .label = Conduits folgen ihren Zonen
    .description = Ein Conduit erhält je FR mindestens den SL-T der strengeren der beiden Zonen, die er verbindet: Der Weg in eine Zone soll nicht die schwache Seite ihrer Grenze sein. Eine Anpassung oder ein manuell gesetzter SL-T mit Begründung kann ihn senken, wo der Conduit wirklich weniger braucht.

# Eine Mindeststufe wegen Auswirkung hebt den SL-T, wie unwahrscheinlich das Szenario auch ist:
# seltene, aber schwere Folgen für Menschen dürfen nicht durch eine geringe Wahrscheinlichkeit verschwinden.
consequence-floor-severe-health-safety =
    .label = Schwerer Schaden für Menschen
    .description = Eine Zone oder ein Conduit, bei dem ein Szenario schweren Schaden für Gesundheit und Sicherheit erreichen kann (mehrere Todesfälle oder Verletzte außerhalb des Werksgeländes), erhält mindestens SL 3 in Identifizierung und Authentifizierung, Nutzungskontrolle und Systemintegrität, wie selten das Szenario auch ist.

## Auswirkungskategorien (Spaltenüberschriften)
impact-category-health-safety =
    .label = Gesundheit und Sicherheit
impact-category-environment =
    .label = Umwelt
impact-category-production =
    .label = Produktion
impact-category-finance =
    .label = Finanzen
impact-category-reputation =
    .label = Ansehen
