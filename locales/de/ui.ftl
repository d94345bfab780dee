### Begriffe (Review 2026-12), geprüft von tests/terms.rs: Allowlist und Application-Allowlisting, nie Whitelist oder Blacklist; Reifegrade ML1 Initial, ML2 Gesteuert, ML3 Definiert, ML4 Kontinuierlich verbessert.
## Texte der Anwendung selbst. Die IDs bleiben; nur der Text wird übersetzt.

app-name = iacs-assess

## score (Kommandozeile)
score-progress = Fortschritt
score-progress-line = { $answered } von { $applicable } beantwortet
score-flagged = { $count ->
    [one] { $count } markiert
   *[other] { $count } markiert
}
score-maturity = Reifegrad
warning-missing-reasons = Warnung: { $count ->
    [one] 1 Antwort ist
   *[other] { $count } Antworten sind
} „nicht anwendbar“ oder „kompensiert“ ohne nötige Begründung; nicht gewertet, bis eine angegeben ist:
score-overall = Gesamt
score-not-applicable = { $count ->
    [one] { $count } Anforderung nicht anwendbar
   *[other] { $count } Anforderungen nicht anwendbar
}
score-group-not-applicable = { $count ->
    [one] nicht anwendbar (ihre Anforderung)
   *[other] nicht anwendbar (alle { $count } Anforderungen)
}
score-risks = Risikoregister
risk-tolerable = tolerierbar
risk-intolerable = nicht tolerierbar
score-security-levels = Security-Level
score-to-close = { $count ->
    [one] { $count } Anforderung schließt die Lücke
   *[other] { $count } Anforderungen schließen die Lücke
}
col-group = Gruppe
col-title = Titel
col-target = Ziel
col-min = Min.
col-mean = Ø
col-at-target = Erreicht
col-unanswered = Offen

## Arbeitsmappe
sheet-cover = Deckblatt
sheet-summary = Übersicht
sheet-risks = Risikoregister
field-organisation = Organisation
field-site = Standort
field-assessors = Assessoren
field-created = Erstellt
field-modified = Zuletzt geändert
field-language = Sprache
field-scope = Fragebögen
field-tool = Erstellt mit
field-digest = Prüfsumme der Assessment-Datei
col-questionnaire = Fragebogen
col-target-zone = Zone / Conduit
col-requirement = Anforderung
col-answer = Antwort
col-note = Notiz
col-evidence = Nachweise
col-interviewee = Befragte Person
col-assessor = Assessor
col-time = Zeitpunkt
col-id = ID
col-name = Bezeichnung
col-gap = Anforderungen, die die Lücke schließen
col-threat = Bedrohung
col-likelihood = Wahrscheinlichkeit
col-impact = Auswirkung
col-risk = Risiko
col-residual = Restrisiko
col-countermeasures = Gegenmaßnahmen

## Terminal-Oberfläche: Rahmen
too-small = Terminal zu klein: Es braucht mindestens { $width } Spalten × { $height } Zeilen.
label-zone = Zone
label-system = System
save-pending = speichert…
save-saved = gespeichert { $time }
save-failed = NICHT GESPEICHERT ({ $count } im Speicher + Notfallkopie): { $reason } · Ctrl-S wiederholt
save-changed-on-disk = NICHT GESPEICHERT ({ $count } im Speicher + Notfallkopie): Datei extern geändert · Ctrl-S
status-help = ? Tasten
help-title = Tasten

## Startbildschirm
home-title = IEC-62443-Assessments
home-subtitle = Jede Antwort landet sofort beim Eingeben auf dem Datenträger.
home-new = Neues Assessment
home-recent = Zuletzt bearbeitet
home-no-recent = noch keine
home-keys = Enter öffnen · n neu · d D Demos · l Lernen · ↑↓ wählen · ? Tasten · q beenden
help-home =
    ↑ ↓      auswählen
    Enter    ausgewähltes Assessment öffnen oder ein neues beginnen
    n        neues Assessment
    d        eine Kopie des Demo-Assessments öffnen
    D        eine Kopie der Integrator-Demo öffnen (Selbstbewertung eines Dienstleisters, 62443-2-4)
    l        Lernmodus
    x Entf   das gewählte Assessment aus der Liste nehmen (die Datei bleibt unberührt)
    q        beenden
    Esc      beenden, nach Rückfrage
    ?        diese Hilfe (jede Taste schließt sie)

## Neues Assessment
wizard-title = Neues Assessment
wizard-field-title = Titel
wizard-field-organisation = Organisation
wizard-field-site = Standort
wizard-field-assessors = Assessoren (a, b)
wizard-field-file = Dateiname
wizard-field-language = Sprache
wizard-questionnaires = Fragebögen (Leertaste zum Auswählen)
wizard-target = Ziel-Reifegrad
wizard-create = Anlegen
wizard-missing-title = Geben Sie dem Assessment einen Titel.
wizard-missing-questionnaires = Wählen Sie mindestens einen Fragebogen aus.
notice-wizard-draft = Ausgefüllt mit dem, was Sie letztes Mal eingegeben und nicht verwendet haben.
wizard-keys = Tab / ↑↓ weiter · Leertaste wählen · ←→ Ziel · Enter auf Anlegen · Esc zurück
help-wizard =
    Tab ↓    nächstes Feld
    ⇧Tab ↑   vorheriges Feld
    Leertaste  Fragebogen auswählen oder abwählen
    ← →      Sprache wählen, Ziel-Reifegrad senken oder erhöhen
    Enter    auf Anlegen: Datei anlegen und beginnen
    Esc      zurück zum Startbildschirm

## Fragebogen
label-enhances = erweitert
label-guidance = Hinweise
hint-guidance = g zeigt Hinweise für den Assessor
label-evidence-examples = Nachweise zum Anfordern
label-unanswered = nicht beantwortet
label-answer = Antwort
label-flagged = nachfassen
label-note = Notiz
label-evidence = Nachweise
label-interviewee = Befragt
label-interviewing = Befragt wird
label-nobody-interviewed = niemand angegeben (i)
label-given-by = Antwort von
label-nobody-named = niemand angegeben
label-edited-by = Zuletzt bearbeitet
label-reason-missing = ohne nötige Begründung: nicht gewertet
edit-note = Notiz (Enter neue Zeile · Esc fertig)
edit-evidence = Verweise auf Nachweise, einer pro Zeile (Esc fertig)
edit-interviewee = Wer wird befragt? Gilt bis zur Änderung für jede Antwort (Enter fertig)
edit-search = ID oder Stichwörter suchen (Enter sucht · Esc abbrechen)
edit-reason = { $value }: Begründung tippen (kommt zur Notiz) · Esc übernimmt · leer: keine Änderung
ladder-title = Geführte Reifegrad-Leiter
ladder-keys = y ja · n nein · Esc abbrechen
notice-no-ladder = Diese Antwortskala hat keine geführte Leiter.
notice-reason-missing = Nichts erfasst: Diese Antwort braucht eine Begründung.
notice-reasons-missing = { $count ->
    [one] 1 Antwort ist
   *[other] { $count } Antworten sind
} „nicht anwendbar“ oder „kompensiert“ ohne Begründung: nicht gewertet, bis eine angegeben ist (r, dann Tab listet sie auf).
notice-nothing-to-undo = Nichts rückgängig zu machen.
notice-undone = Rückgängig gemacht: { $what }
notice-all-saved = Alles ist gespeichert.
notice-kept-in-memory = Im Speicher und in der Notfallkopie behalten; in die Datei wird erst geschrieben, wenn Sie es wählen (Ctrl-S).
notice-draft-kept = Der angefangene Text bleibt aufbewahrt; er wird beim nächsten Öffnen dieser Datei wieder angeboten.
notice-draft-gone = Die Antwort zu diesem Text ist nicht mehr im Umfang; der Text wird im Editor gezeigt.
notice-recovery-kept = Die ungespeicherten Änderungen bleiben in { $file }; sie werden beim nächsten Öffnen dieser Datei wieder angeboten.
notice-reapply-cancelled = Nichts erneut angewendet; Ihre Änderungen sind weiterhin nur im Speicher und in der Notfallkopie.
notice-reapplied = Ihre Änderungen ({ $mine }) erneut auf die der Datei ({ $theirs }) angewendet; { $conflicts ->
    [0] keine Konflikte
    [one] 1 Konflikt gelöst
   *[other] { $conflicts } Konflikte gelöst
}.
notice-reload-failed = Die Datei ließ sich nicht neu einlesen: { $reason }
notice-saved-as = Gespeichert als { $file }; die Arbeit geht in dieser Datei weiter.
notice-save-as-failed = Speichern unter diesem Namen fehlgeschlagen: { $reason }
undo-deleted-target = { $id } gelöscht
undo-deleted-scenario = Bedrohungsszenario { $id } gelöscht
notice-none-found = Nichts gefunden.
notice-no-zones = Legen Sie erst eine Zone an: Der Fragebogen gilt je Zone.
label-group-na = n.a.
label-reason = Begründung
group-not-applicable = Nicht anwendbar: { $count ->
    [one] Die Anforderung ist
   *[other] Alle { $count } Anforderungen sind
} als nicht anwendbar beantwortet.
group-counts = { $total ->
    [one] 1 Anforderung
   *[other] { $total } Anforderungen
}: { $answered } beantwortet, { $open } offen, { $na } nicht anwendbar
group-keys = Eine Antworttaste beantwortet hier jede Anforderung dieser Gruppe (vor dem Ersetzen von Antworten kommt eine Rückfrage) · { $choose } Wert wählen · { $next } erste Anforderung · { $parent } übergeordnete Gruppe
bulk-title = Ganze Gruppe beantworten
bulk-choose = { $group }: { $total } Anforderungen, { $answered } davon beantwortet. Taste des Werts drücken, der für alle gelten soll:
bulk-choose-keys = Esc: abbrechen, nichts ändert sich
bulk-confirm-title = Antworten ersetzen?
bulk-confirm = „{ $value }“ für { $group }: { $changes ->
    [one] 1 Antwort ändert sich
   *[other] { $changes } Antworten ändern sich
}, davon { $replaces ->
    [one] ersetzt 1 einen schon gegebenen Wert
   *[other] ersetzen { $replaces } schon gegebene Werte
}.
bulk-confirm-keys = y, j oder Enter: für alle übernehmen · Esc: abbrechen, nichts ändert sich · danach macht Ctrl-Z alles in einem Schritt rückgängig
notice-bulk-given = { $value } für { $count ->
    [one] 1 Antwort
   *[other] { $count } Antworten
} von { $group } (Ctrl-Z macht alles rückgängig).
notice-bulk-nothing = Nichts zu ändern: Jede Anforderung der Gruppe hat diese Antwort schon.
notice-bulk-cancelled = Abgebrochen: Keine Antwort wurde geändert.
notice-on-group = Das ist eine Gruppenüberschrift: j geht zur ersten Anforderung; eine Antworttaste beantwortet alle.
edit-reason-group = Begründung für alle { $count } Anforderungen von { $group } ({ $value }): einmal für alle tippen · Esc übernimmt · leer: keine Änderung
edit-reuse = · { $key }: letzte Begründung oder Notiz
notice-no-last-note = In dieser Sitzung wurde noch keine Begründung oder Notiz geschrieben.
notice-search-cancelled = Suche abgebrochen.
notice-search-none = „{ $query }“ in keinem Fragebogen gefunden.
notice-search-ended = Suche beendet.
search-active = Suche „{ $query }“: { $current } von { $count } · { $next } nächster · { $previous } voriger Treffer · Esc beendet die Suche
search-list-title = „{ $query }“: { $current } von { $count }
search-list-keys = j k ↑ ↓ wählen · Enter hier bleiben (dann n / N) · Esc zurück zum Ausgangspunkt
search-in-id = ID
search-in-title = Titel
search-in-question = Frage
search-in-note = Notiz
search-in-evidence = Nachweis
answer-more = ↓ { $below ->
    [one] 1 weitere Zeile
   *[other] { $below } weitere Zeilen
} ({ $down } / { $up } blättern)
answer-more-above = ↑ { $above ->
    [one] 1 Zeile darüber
   *[other] { $above } Zeilen darüber
} ({ $up } blättert zurück)
message-title = Meldung
message-keys = Eine beliebige Taste schließt diese Meldung.
help-questionnaire =
    ↑ ↓  j k   vorige / nächste Anforderung (Enter: nächste)
    PgUp PgDn  zehn hoch / runter · Home End: erste / letzte
    Tab ⇧Tab   Fragebogen · z Z nächste / vorherige Zone oder Conduit
    0-4 n      Reifegrad · m x c n: erfüllt, nicht erf., kompensiert, n.a.
    d p x n    Schritt: erledigt, teilweise, nicht erledigt, n.a.
    Backspace  Antwort löschen · L Reifegrad-Leiter · Ctrl-Z rückgängig
    e v i      Notiz · Verweise auf Nachweise · befragte Person
    f u F      Nachfassen an/aus · nächste offene · nächste markierte
    h ← A      Gruppenüberschrift (nochmals: darüber) · ganze Gruppe
    auf Gruppe Antworttaste beantwortet alle (fragt vor dem Ersetzen)
    / n N      alle Fragebögen durchsuchen · nächster / voriger · Esc Ende
    J K        Antwort blättern · Ctrl-L in Notiz/Begründung: die letzte
    g / X T    Hinweise · suchen · exportieren · Sprache der Oberfläche
    r s P      Ergebnisse · Zonen, Conduits und Bedrohungsszenarien · Plan
    C          Kompensationsmaßnahme der Antwort (erfassen oder bearbeiten)
    Ctrl-S     nach Fehler neu speichern · über geänderte Datei entscheiden
    Esc q      Start · Ctrl-C beenden (beide fragen bei Ungespeichertem)

## Ergebnisse
results-title = Ergebnisse
label-to-close = Anforderungen schließen die Lücke
help-results =
    Tab Umschalt-Tab  nächster / vorheriger Bereich: Reifegrad, Prüfliste, Security-Level, Lücken,
                      Zielprofil (wenn eines gewählt ist)
    ↑ ↓ PgUp PgDn     im Bereich im Fokus wählen (Home End: erster, letzter)
    Enter             Security-Level: Lücken dieser Zone · Lücke oder Eintrag der Prüfliste: zur Antwort
    ← →               Lücken: vorherige / nächste Zone oder Conduit
    Ctrl-Z            letzte Änderung rückgängig machen
    Esc               Lücken: zurück zu den Security-Leveln; sonst zurück zum Fragebogen
    r q               zurück zum Fragebogen · P der Plan (Enter auf überfälliger Maßnahme: diese)
    t                 Ziele: Zielprofil, Ziel-Reifegrad, bewerteter Leistungsumfang
    Enter             Zielprofil: zur Anforderung dieser Lücke
results-panel-maturity = Reifegrad
results-panel-review = Prüfliste
results-panel-levels = Security-Level
results-panel-gaps = SL-T-Begründung und Lücken
results-keys-maturity = Tab Bereich · t Ziele · ↑↓ PgUp PgDn bewegen · Esc zurück
results-keys-review = Tab Bereich · t Ziele · ↑↓ wählen · Enter zur Antwort · Esc zurück
results-keys-levels = Tab Bereich · t Ziele · ↑↓ Zone oder Conduit · Enter deren Lücken · Esc zurück
results-keys-gaps = Tab Bereich · t Ziele · ↑↓ Anforderung · ←→ Zone/Conduit · Enter beantworten · Esc Liste
results-levels-legend = SL-T/SL-A je FR · * SL-T manuell gesetzt · ! FRs ohne bewertetes Szenario
results-derived = abgeleitet
results-no-sl-a = Für { $target } gibt es noch keine Antworten mit Security-Leveln: kein SL-A.
results-no-gaps = SL-A erreicht SL-T in jeder FR.
results-gap-open = offen
results-gap-not-met = nicht erfüllt

## Zonen, Conduits und Bedrohungsszenarien (62443-3-2)
zones-title = Zonen und Conduits
zones-empty = Noch keine Zonen: a legt eine an.
zones-scenarios = Bedrohungsszenarien (Tab wählt aus)
label-assets = Assets
label-sl-t-manual = SL-T manuell gesetzt
confirm-title = Löschen
confirm-delete-target = { $answers ->
    [0] { $id } löschen? Es gibt keine Antworten dazu.
    [one] { $id } samt 1 Antwort löschen?
   *[other] { $id } samt { $answers } Antworten löschen?
}
confirm-delete-scenario = Bedrohungsszenario { $id } löschen?
confirm-type-id = Zum Löschen die ID eintippen
confirm-keys = Enter löscht, wenn die ID exakt stimmt · Esc behält · Ctrl-Z holt Gelöschtes zurück
confirm-error-id = Das ist nicht die ID: exakt eintippen, oder Esc zum Behalten.
form-id = ID
form-name = Bezeichnung
form-description = Beschreibung
form-assets = Assets (a, b)
form-new-system = Neues betrachtetes System
form-system = System
form-error-name = Geben Sie einen Namen an.
form-frs = Wirkt über FR
form-impact-in = { $category }: betroffen
form-error-frs = Mindestens eine FR ankreuzen, über die die Bedrohung wirkt.
form-new-zone = Neue Zone
form-new-conduit = Neuer Conduit
form-new-scenario = Neues Bedrohungsszenario für
form-edit = Bearbeiten:
form-from = Von Zone
form-to = Zu Zone
form-threat = Bedrohung
form-likelihood = Wahrscheinlichkeit
form-impact = Auswirkung
form-residual-likelihood = Restwahrscheinlichkeit
form-residual-impact = Restauswirkung
form-threat-actor = Bedrohungsakteur
form-countermeasures = Gegenmaßnahmen
form-sl-t = SL-T (7 Stufen, z. B. 2 2 1 1 3 1 2)
form-justification = Begründung
form-sl-t-title = SL-T manuell festlegen für
form-keys = Tab weiter · ←→ wählen · Enter im letzten Feld speichert · Esc abbrechen
form-keys-toggles = ←→ bewegen · Leertaste oder 1-7 kreuzt an · Tab weiter · Esc abbrechen
zones-matrix-unmitigated = Ungemindertes Risiko
zones-matrix-residual = Restrisiko
zones-legend = Risikostufen
zones-legend-count = Zahl: Szenarien
zones-residual-unrated = { $count } nicht bewertet
zones-matrix-hidden = Risikomatrizen: das Fenster ist zu niedrig.
form-error-id = Die ID ist leer oder schon vergeben.
form-error-same-zone = Ein Conduit verbindet zwei verschiedene Zonen.
form-error-threat = Beschreiben Sie die Bedrohung.
form-error-residual = Geben Sie Restwahrscheinlichkeit und -auswirkung beide an oder keines.
form-error-vector = SL-T: sieben Stufen von 0 bis 4, z. B. 2 2 1 1 3 1 2.
form-error-justification = Ein manuell gesetzter SL-T braucht eine Begründung.
choice-no = nein
choice-yes = ja
choice-none = keine Angabe
notice-two-zones = Ein Conduit braucht zwei Zonen: Legen Sie zuerst Zonen an.
notice-no-risk-model = Dieses Assessment hat kein Risikomodell.
notice-target-in-use = Entfernen Sie zuerst die zugehörigen Conduits und Bedrohungsszenarien.
notice-no-zone-questionnaire = Keiner der Fragebögen dieses Assessments wird je Zone beantwortet.

## Export aus der Oberfläche
export-title = Exportieren
export-format = Dateiformat
export-file = Datei
export-error-file = Geben Sie die Datei an, in die exportiert wird.
export-done = Exportiert nach { $file }.
export-failed = Export fehlgeschlagen: { $reason }

## Prüfung vor dem Abschluss (Ergebnisse)
review-title = Vor dem Abschluss prüfen
review-clean = Alles im Umfang ist beantwortet; nichts ist markiert.
review-keys = ↑ ↓ wählen · Enter springt zur Antwort (Tab bringt diese Liste in den Fokus)
review-missing-reason = keine Begründung
review-flagged = markiert

## Dialoge: ungespeicherte Änderungen, von einem anderen Programm geänderte Datei, angefangene Texte, Notfallkopien
label-no-recovery = (Notfallkopie konnte nicht geschrieben werden)
label-mine = Ihre Version
label-theirs = in der Datei
label-removed = entfernt
dialog-unsaved-title = Änderungen nicht gespeichert
dialog-unsaved-changed = Ein anderes Programm hat { $file } geändert, daher wurde nichts hineingeschrieben. { $count ->
    [one] Ihre letzte Änderung ist
   *[other] Ihre letzten { $count } Änderungen sind
} im Speicher und in { $recovery } aufbewahrt.
dialog-unsaved-failed = In { $file } konnte nicht geschrieben werden: { $reason }. { $count ->
    [one] Ihre letzte Änderung ist
   *[other] Ihre letzten { $count } Änderungen sind
} im Speicher und in { $recovery } aufbewahrt.
dialog-unsaved-keys-changed =
    r  Datei neu einlesen und Ihre Änderungen erneut anwenden
    w  unter anderem Namen speichern
    Q  trotzdem verlassen (die Notfallkopie bewahrt sie; beim nächsten Öffnen angeboten)
    Esc  bleiben
dialog-unsaved-keys-failed =
    r  erneut speichern
    w  unter anderem Namen speichern
    Q  trotzdem verlassen (die Notfallkopie bewahrt sie; beim nächsten Öffnen angeboten)
    Esc  bleiben
dialog-changed-title = Die Datei wurde von einem anderen Programm geändert
dialog-changed-text = { $file } wurde auf dem Datenträger geändert, seit iacs-assess die Datei zuletzt gelesen oder geschrieben hat (ein Sync-Werkzeug, git, ein anderer Editor). Nichts wurde überschrieben. { $count ->
    [one] Ihre letzte Änderung ist
   *[other] Ihre letzten { $count } Änderungen sind
} im Speicher und in { $recovery } aufbewahrt.
dialog-changed-keys =
    r  Datei neu einlesen und Ihre Änderungen erneut anwenden (Konflikte werden gezeigt)
    w  Ihre Version unter anderem Namen speichern
    k  im Speicher weiterarbeiten (Ctrl-S holt diese Auswahl zurück)
dialog-conflicts-title = Ihre Änderungen und die Datei widersprechen sich
dialog-conflicts-text = { $count ->
    [one] Eine Stelle wurde
   *[other] { $count } Stellen wurden
} hier und in der Datei geändert. Wählen Sie je Stelle, was gilt; alles andere wird zusammengeführt.
dialog-conflicts-keys = ↑↓ wählen · Leertaste Ihre / Datei · m alle Ihre · t alle aus Datei · Enter anwenden + speichern · Esc abbrechen
dialog-draft-title = Angefangener Text
dialog-draft-text = Sie bearbeiteten gerade { $what }, als iacs-assess beendet wurde ({ $when }):
dialog-draft-keys = Enter weiterschreiben · Esc später (bleibt aufbewahrt)
draft-note = die Notiz zu { $id }
draft-evidence = die Nachweise zu { $id }
draft-reason = die Begründung zu { $id }
draft-bulk-reason = die eine Begründung für alle Anforderungen von { $group }
draft-interviewee = den Namen der befragten Person
draft-form = ein Formular
dialog-recovered-title = Beim letzten Mal nicht gespeicherte Änderungen
dialog-recovered-text = Als { $file } zuletzt geöffnet war, ließen sich einige Änderungen nicht hineinschreiben. Sie wurden in { $copy } aufbewahrt.
dialog-recovered-keys =
    r  jetzt erneut auf die Datei anwenden (Konflikte werden gezeigt)
    Esc  später (die Kopie bleibt und wird wieder angeboten)
dialog-replace-title = Die Datei gibt es schon
dialog-replace-text = { $file } gibt es schon. Es ist kein Assessment (die werden nie ersetzt).
dialog-replace-keys =
    R  ersetzen
    Esc  behalten (unter anderem Namen exportieren)
notice-copied-aside = Die Datei enthielt Kommentare, die iacs-assess nicht behält: sie wurde unverändert nach { $file } kopiert.
notice-export-kept = Nichts exportiert; die vorhandene Datei bleibt.
notice-reason-kept = Die Notiz ist die Begründung dieser Antwort und bleibt: erst die Antwort ändern, um sie zu entfernen.
notice-draft-both = Die Antwort hat sich seit dem Tippen geändert: beides steht im Editor, die Antwort zuerst.
notice-review-empty = Die Prüfliste ist leer: nichts zum Nachfassen markiert, keiner Antwort fehlt die Begründung.
notice-deleted = Erledigt: { $what } · Ctrl-Z macht es rückgängig
notice-cleared = Antwort gelöscht · Ctrl-Z macht es rückgängig
save-unchanged = geöffnet, noch nichts geändert
save-as-keys = Enter speichert unter diesem Namen · Esc zurück
dialog-discard-title = Eingetippten Text verwerfen?
dialog-discard-text = Dieses Formular enthält Text, den Sie getippt haben und der nirgends gespeichert ist.
dialog-discard-keys =
    D  verwerfen
    Esc  zurück zum Formular
save-as-title = Unter anderem Namen speichern
save-as-file = Datei
save-as-same = Das ist der Name der Datei selbst: Wählen Sie einen anderen.

## Arbeitsmappe: weitere Spalten und das Blatt der Feststellungen
sheet-findings = Feststellungen
sheet-long-texts = Lange Texte
long-text-cut = … [zu lang für eine Zelle: der ganze Text steht auf Blatt „{ $sheet }“, Zeile { $row }]
long-text-col-cell = Zelle
long-text-col-parts = Text (vollständig, in Teilen zu 32.000 Zeichen, von links nach rechts)
col-level = Stufe
col-gap-short = Lücke
col-rank = Nr.
col-kind = Art
col-current = Ist
col-wanted = Soll
finding-risk = Nicht tolerierbares Risiko
finding-sl = Security-Level-Lücke
finding-maturity = Reifegrad unter Ziel

## Fragebogen-Arbeitsmappe zum Ausfüllen ohne das Werkzeug
offline-sheet-instructions = So füllen Sie aus
offline-instructions =
    Antworten Sie auf den folgenden Blättern: ein Blatt je Fragebogen, und je Zone und je Conduit (oder je System, oder für 62443-4-2 je Komponente, nur mit den Anforderungen an ihren Typ), wo für jede einzeln geantwortet wird. Oben auf dem Blatt stehen Name und Beschreibung der Zone, des Conduits oder der Komponente.
    Neben jeder Frage stehen die Hinweise (worauf Sie achten, wann die Anforderung erfüllt ist, welche Nachweise Sie verlangen) und was jede Antwort bedeutet.
    Wählen Sie jede Antwort aus der Auswahlliste in der gelben Spalte Antwort; lassen Sie sie leer, wenn Sie es noch nicht wissen.
    Nicht anwendbar und Kompensiert brauchen eine Begründung oder Beschreibung in der Spalte Notiz.
    Notizen dürfen mehrere Zeilen haben (Alt+Enter in Excel, Strg+Enter in LibreOffice). Ein Nachweis-Verweis je Zeile.
    Schreiben Sie "ja" in die Spalte Nachfassen, um eine Antwort zur Nachverfolgung zu markieren.
    Die Blätter sind geschützt, nur die gelben Antwortzellen nehmen Eingaben an; Filtern und Sortieren gehen weiterhin. Es gibt kein Kennwort: Überprüfen > Blattschutz aufheben, wenn es sein muss.
    Ändern Sie keine Anforderungs-IDs und verschieben Sie keine Spalten: die Antworten werden über die Anforderungs-ID eingelesen. Wird eine ausgefüllte Antwort geleert oder eine Anforderung in zwei Zeilen beantwortet, lehnt das Einlesen das ab, solange der Assessor es nicht bestätigt.
    Senden Sie die Datei an den Assessor zurück, der sie so einliest: iacs-assess import ASSESSMENT.toml --from DIESE-DATEI.xlsx
offline-col-question = Frage
offline-col-evidence = Verweise auf Nachweise (einer je Zeile)
offline-col-flag = Nachfassen

## Gründe für SL-T
reason-risk = { $scenario }: Risiko ohne Gegenmaßnahmen { $by }
reason-reduction = { $scenario }: Risiko ohne Gegenmaßnahmen { $by }, { $steps ->
    [0] innerhalb des tolerierbaren Risikos
    [one] 1 Stufe über der Toleranzgrenze
   *[other] { $steps } Stufen über der Toleranzgrenze
}
reason-consequence = { $scenario }: Mindeststufe wegen Auswirkung „{ $floor }“
reason-tolerable = kein Szenario verlangt mehr: Mindeststufe für tolerierbares Risiko, SL { $sl }
reason-zone = mindestens so streng wie Zone { $zone }
warning = Warnung
warning-unassessed = kein Szenario bewertet für FR { $frs } von { $target }
score-derived = das Risikomodell allein ergäbe { $vector }
label-sl-na = n.a.
label-unassessed = kein Szenario für FR { $frs }
col-sl-t-reasons = Begründung des SL-T
col-derived-reasons = Was das Risikomodell allein ergäbe, und warum:
reason-actor = { $scenario }: Bedrohungsakteur { $by }
reason-adjustment = begrenzt: { $adjustment }
reason-override = manuell festgelegt: { $justification }
reason-all-frs = alle

## Zusammenführen, Vergleichen, Übersicht über Standorte
compare-summary = { $count ->
    [one] { $count } Änderung
   *[other] { $count } Änderungen
}
compare-up = besser
compare-down = schlechter
compare-changed = geändert
compare-new = neu
compare-removed = entfernt
compare-gap-closed = Lücke geschlossen
compare-gap-new = neue Lücke
compare-sheet = Änderungen
compare-col-area = Bereich
compare-col-old = Vorher
compare-col-new = Nachher
compare-col-change = Änderung
rollup-sheet-maturity = Reifegrad je Standort
rollup-sheet-security = Security-Level je Standort
rollup-sheet-progress = Fortschritt je Standort
rollup-col-site = Standort
rollup-col-answered = Beantwortet
rollup-col-applicable = Anwendbar

## Demo und Lernmodus
home-demo = Demo öffnen (ein fiktives Wasserwerk)
home-learn = Lernen: die Norm, Reifegrade und Security-Level erklärt
learn-title = Lernen
learn-questionnaires = Die Fragebögen
learn-open-hint = Enter zeigt die Anforderungen einzeln · PgDn blättert · Esc zurück
learn-browse-hint = ↑ ↓ vorherige / nächste Anforderung · PgDn blättert · Esc zurück zur Liste
help-learn =
    ↑ ↓        Thema oder Fragebogen wählen
    Enter      die Anforderungen des Fragebogens durchblättern
    PgUp PgDn  im Text blättern
    Esc        zurück (zur Liste, dann zum Startbildschirm)

## the colon after a label (with its spacing)
colon = { ": " }

## Kompensationsmaßnahmen
score-countermeasures = Kompensationsmaßnahmen (Stand { $date })
ccm-status-stands = gültig
ccm-status-incomplete = unvollständig
ccm-status-unapproved = nicht freigegeben
ccm-status-overdue = Überprüfung überfällig
ccm-missing = es fehlt: { $fields }
ccm-review-due = Überprüfung war bis { $date } fällig
ccm-field-instead = was stattdessen getan wird
ccm-field-equivalence = warum sie gleichwertig ist
ccm-field-residual-risk = Restrisiko
ccm-field-verification = wie sie überprüft wurde
ccm-none = Keine Kompensationsmaßnahmen erfasst.
ccm-no-record = nicht erfasst
ccm-without-record = { $count ->
    [one] 1 Antwort „kompensiert“ ohne erfasste Kompensationsmaßnahme (nicht angerechnet):
   *[other] { $count } Antworten „kompensiert“ ohne erfasste Kompensationsmaßnahme (nicht angerechnet):
}
warning-countermeasures = Warnung: { $count ->
    [one] 1 Antwort „kompensiert“ wird
   *[other] { $count } Antworten „kompensiert“ werden
} nicht angerechnet, weil keine gültige Kompensationsmaßnahme (vollständig, freigegeben, Überprüfung nicht überfällig) sie abdeckt:
sheet-countermeasures = Kompensationsmaßnahmen
col-status = Status
col-requirements = Anforderungen
col-instead = Was stattdessen getan wird
col-equivalence = Warum sie gleichwertig ist
col-approved-by = Freigegeben von
col-approved = Freigegeben am
col-verification = Wie sie überprüft wurde
col-review-by = Überprüfen bis
form-ccm-new = Neue Kompensationsmaßnahme ({ $questionnaire })
form-ccm-edit = Kompensationsmaßnahme { $id }
form-ccm-id = Kennung
form-ccm-requirements = Anforderungen (kommagetrennt)
form-ccm-targets = Zonen / Conduits (kommagetrennt)
form-ccm-instead = Was stattdessen getan wird
form-ccm-equivalence = Warum sie gleichwertig ist
form-ccm-residual-risk = Restrisiko
form-ccm-verification = Wie sie überprüft wurde
form-ccm-approved-by = Freigegeben von
form-ccm-approved = Freigegeben am (leer: heute)
form-ccm-review-by = Überprüfen bis (JJJJ-MM-TT)
form-ccm-error-date = Daten werden JJJJ-MM-TT geschrieben, z. B. 2026-11-02.
form-ccm-error-future = Eine Freigabe kann nicht nach dem heutigen Tag datiert sein.
form-ccm-error-id = Die Kennung besteht aus Buchstaben, Ziffern, - _ und . (z. B. CCM-01).
form-ccm-error-taken = Es gibt schon eine Kompensationsmaßnahme mit dieser Kennung.
form-ccm-error-record = Nicht gespeichert: { $problem }
undo-countermeasure = Kompensationsmaßnahme { $id }
notice-countermeasure-saved = Kompensationsmaßnahme { $id } gespeichert: { $status }.
notice-countermeasure-needed = Kompensiert: zählt erst mit einer gültigen Kompensationsmaßnahme. C erfasst sie.
label-countermeasure = Kompensationsmaßnahme
label-countermeasure-none = nicht erfasst, nicht angerechnet
label-countermeasure-add = C erfassen
label-countermeasure-edit = C bearbeiten
label-not-credited = nicht angerechnet
review-no-countermeasure = keine Kompensationsmaßnahme erfasst

## Cybersecurity-Anforderungsspezifikation (62443-3-2 ZCR 6) und ihre Freigabe (ZCR 7)
spec-title = Cybersecurity-Anforderungsspezifikation
spec-intro = Was jedes betrachtete System erfüllen muss, so wie die Risikobeurteilung es ergeben hat: seine Zonen und Conduits, ihre Ziel-Security-Level mit Begründung, die Bedrohungsszenarien mit ihrem Risiko und die zu erfüllenden Anforderungen der IEC 62443-3-3. Jedes System endet mit seiner Freigabe.
spec-col-field = Angabe
spec-col-value = Wert
spec-date = Beurteilung zuletzt geändert
spec-system = Betrachtetes System: { $name } ({ $id })
spec-col-system = System
spec-no-description = Für das System sind noch keine Beschreibung, keine Grenze und keine Zugangspunkte erfasst.
spec-risk-model = Risikomodell und SL-T-Methode
spec-no-model = Die Beurteilung hat kein Risikomodell: Die SL-T-Vektoren sind manuell festgelegt.
spec-method = SL-T-Methode
spec-tolerable = Tolerierbare Risikostufen
spec-intolerable = Nicht tolerierbare Risikostufen
spec-lowest-sl = Niedrigster SL-T
spec-lowest-sl-value = SL { $sl } in jeder FR jeder Zone und jedes Conduits
spec-floors = Mindeststufen wegen Auswirkungen
spec-floor-line = { $floor }: mindestens SL { $sl } in { $frs }
spec-none = keine
spec-zones = Zonen und Conduits
spec-no-zones = Zu diesem System gehört noch keine Zone und kein Conduit.
spec-boundary = Grenze
spec-kind-zone = Zone
spec-between = Conduit zwischen den Zonen { $from } und { $to }
spec-assets = Assets
spec-description = Beschreibung
spec-sl-t = Ziel-Security-Level (SL-T)
spec-why = Begründung für
spec-scenarios = Bedrohungsszenarien und Risiko
spec-no-scenarios = Kein Bedrohungsszenario richtet sich gegen eine Zone oder einen Conduit dieses Systems.
spec-requirements = Zu erfüllende Anforderungen (IEC 62443-3-3)
spec-requirements-intro = Jede Systemanforderung und Erweiterung, deren Mindest-SL höchstens dem SL-T ihrer grundlegenden Anforderung entspricht, mit ihrem Stand in den Antworten.
spec-requirements-of = { $target }: { $count ->
    [one] { $count } Anforderung
   *[other] { $count } Anforderungen
}
spec-see-sheet = Die Liste steht auf dem Blatt „{ $sheet }“.
spec-sheet-requirements = Anforderungen
spec-col-state = Stand
spec-state-met = erfüllt
spec-state-not-met = nicht erfüllt
spec-state-compensated = kompensiert
spec-state-na = nicht anwendbar
spec-state-unanswered = nicht beantwortet
spec-state-not-credited = kompensiert, nicht angerechnet
spec-countermeasures = Kompensationsmaßnahmen
spec-no-countermeasures = Für die Zonen und Conduits dieses Systems ist keine Kompensationsmaßnahme erfasst.
spec-approval = Freigabe
spec-approved-by = Freigegeben von { $by } ({ $role }) am { $date }
spec-approval-current = freigegeben
spec-approval-changed = freigegebene Fassung seitdem geändert: erneut freigeben
spec-not-approved = In der vorliegenden Fassung nicht freigegeben. Zur Freigabe unten unterschreiben oder die Freigabe mit iacs-assess spec --approve erfassen.
spec-sign-name = Name
spec-sign-role = Rolle
spec-sign-date = Datum
spec-sign-signature = Unterschrift

## Startseite: zuletzt geöffnete Assessments, Beenden, wohin eine neue Datei kommt
home-more-above = { $count } weitere darüber
home-missing = Datei nicht gefunden
dialog-quit-title = iacs-assess beenden?
dialog-quit-text = Es geht nichts verloren: Jede Antwort steht in ihrer Datei, und ein begonnenes, noch nicht angelegtes Assessment wird beim nächsten Mal wieder angeboten.
dialog-quit-keys =
    q  beenden
    Esc  bleiben
wizard-file-at = Wird gespeichert als { $path }
notice-created = Angelegt: { $path }

## Ergebnisse: was je Fragebogen noch zu tun ist (nur, was nicht null ist)
review-part-open = { $count } offen
review-part-flagged = { $count } markiert
review-part-reasons = { $count } ohne nötige Begründung
zones-more = … weiter unten: { $key } blättert nach unten
zones-more-above = ↑ weiter oben: { $key } blättert nach oben
notice-scenario-added = Bedrohungsszenario { $id } zu { $target } hinzugefügt.
notice-recent-removed = { $path } steht nicht mehr in der Liste (die Datei selbst bleibt unberührt).
search-wrapped-first = Nach dem letzten Treffer: wieder beim ersten.
search-wrapped-last = Vor dem ersten Treffer: weiter beim letzten.
answers-file-done = { $rows ->
    [one] 1 Antwort
   *[other] { $rows } Antworten
} in { $file }: { $changed } geändert, { $unchanged } unverändert.
answers-file-done-partial = { $rows ->
    [one] 1 Antwort
   *[other] { $rows } Antworten
} in { $file }: { $changed } geändert, { $unchanged } unverändert, { $refused } nicht übernommen (unten aufgeführt).
answers-file-refused = { $refused ->
    [one] 1 Zeile kann nicht übernommen werden
   *[other] { $refused } Zeilen können nicht übernommen werden
}; nichts wurde geschrieben (--partial schreibt die übrigen).
answers-file-not-taken = { $refused ->
    [one] 1 Zeile wurde nicht übernommen
   *[other] { $refused } Zeilen wurden nicht übernommen
}; die übrigen wurden geschrieben.

## Der Maßnahmenplan (Kommandozeile, Oberfläche und Arbeitsmappe)
action-status-proposed = vorgeschlagen
action-status-planned = geplant
action-status-in-progress = in Arbeit
action-status-done = erledigt
action-status-dropped = verworfen
plan-title-maturity = { $group } { $title } auf ML{ $level } anheben
plan-stage-now = jetzt
plan-stage-phase = nach Phase { $phase }
plan-stage-whole = ganzer Plan
plan-level-line = { $target } SL-A {"{"}{ $vector }{"}"}, SL-T erreicht in { $reached } von { $of } FRs
plan-level-line-no-target = { $target } SL-A {"{"}{ $vector }{"}"} (kein SL-T)

## Die Planansicht (Issue 18: die Oberfläche)
plan-title = Plan
plan-list-title = Plan: { $shown } von { $count } Maßnahmen
plan-panel-list = Maßnahmen
plan-panel-detail = Details
plan-panel-projection = Projektion: was der Plan erreicht
plan-keys-list = ↑↓ wählen · p vorschlagen · a annehmen · x verwerfen · s Status · d erledigt · e o u bearbeiten · f Filter · Tab Bereich · ? Hilfe
plan-keys-detail = ↑↓ Anforderung · Enter beantworten · Tab Bereich · Esc Liste
plan-keys-projection = ↑↓ blättern · Tab Bereich · Esc Liste
plan-empty = Noch keine Maßnahmen: p schlägt Maßnahmen für die offenen Lücken vor.
plan-none-shown = Keine Maßnahme passt zum Filter (f ändert ihn, F zeigt alle).
plan-group-phase = Phase { $phase }
plan-group-none = Ohne Phase
plan-group-dropped = Verworfen
plan-no-owner = ohne Verantwortlichen
plan-due = fällig { $due }
plan-effort = Aufwand { $effort }
plan-why-lifts = Hebt an
plan-why-intolerable = Nicht tolerierbare Szenarien
plan-why-unanswered = Zuerst bewerten (unbeantwortet)
plan-why-nothing-open = Schließt keine offene Lücke mehr.
plan-addresses = { $count ->
    [one] Betrifft 1 Anforderung
   *[other] Betrifft { $count } Anforderungen
}
plan-reassess = { $count ->
    [one] Erledigt: 1 Anforderung neu bewerten (Enter führt hin)
   *[other] Erledigt: { $count } Anforderungen neu bewerten (Enter führt zu einer)
}
plan-history = Verlauf
plan-maturity-below = { $count ->
    [one] 1 Reifegrad-Gruppe unter dem Ziel (ML jetzt/Ziel):
   *[other] { $count } Reifegrad-Gruppen unter dem Ziel (ML jetzt/Ziel):
}
plan-maturity-group = { $group } ML{ $min }/{ $target }
plan-filter-title = Maßnahmen anzeigen
plan-filter-target = Zone oder Conduit
plan-filter-owner = Verantwortlich
plan-filter-phase = Phase
plan-filter-overdue = Überfällig
plan-filter-all = alle
plan-filter-overdue-only = nur überfällige
plan-filter-shown-target = Zone { $target }
plan-filter-shown-owner = verantwortlich { $owner }
plan-filter-shown-phase = Phase { $phase }
plan-filter-shown-overdue = überfällig
plan-form-edit = Maßnahme { $id }
plan-form-title = Titel
plan-form-owner = Verantwortlich
plan-form-due = Fällig (JJJJ-MM-TT)
plan-form-effort = Aufwand
plan-form-phase = Phase
plan-form-description = Beschreibung
plan-form-status-title = Status von { $id }
plan-form-status = Status
plan-form-choice-keys = ←→ wählen · Tab weiter · Enter im letzten Feld übernimmt · Esc abbrechen
plan-form-error-title = Geben Sie der Maßnahme einen Titel.
plan-form-error-due = „{ $text }“ ist kein Datum: schreiben Sie JJJJ-MM-TT, z. B. 2026-11-02.
plan-form-error-effort = „{ $text }“ ist kein Aufwand: geben Sie { $labels } oder eine Zahl von Personentagen an.
plan-form-error-phase = „{ $text }“ ist keine Phase: geben Sie eine Zahl ab 1 an.
notice-plan-proposed = Vorschläge: { $added } hinzugefügt, { $updated } aktualisiert, { $removed } entfernt.
notice-plan-status = { $id } ist jetzt { $status }.
notice-plan-done = { $id } erledigt: keine Antwort wurde geändert; bewerten Sie seine { $count } Anforderungen neu (Enter führt zu einer).
notice-plan-not-proposed = { $id } ist kein Vorschlag: s ändert den Status.
notice-plan-saved = { $id } gespeichert.
undo-plan-propose = vorgeschlagene Maßnahmen
undo-plan-status = { $id } { $status }
undo-plan-edit = Maßnahme { $id }
review-overdue = Maßnahme überfällig: { $owner }, fällig { $due }
dialog-drop-action-title = Maßnahme verwerfen
dialog-drop-action-text = { $id } { $title } verwerfen? Sie bleibt als verworfen in der Datei, und neue Vorschläge lassen ihre Anforderungen aus.
dialog-drop-action-yes = Verwerfen
dialog-drop-action-no = Behalten
dialog-drop-action-keys = y verwirft · ←→ wählen · Enter auf der Wahl · Esc oder n behält sie
help-plan =
    ↑ ↓ PgUp PgDn  Maßnahme wählen (Home End: erste, letzte)
    Tab Umschalt-Tab  nächster / vorheriger Bereich: Maßnahmen, Details, Projektion
    p              Maßnahmen für die offenen Lücken vorschlagen (angenommene bleiben unberührt)
    a x            Vorschlag annehmen (geplant) · verwerfen (fragt vorher)
    s d            Status ändern · erledigt (Antworten bleiben: neu bewerten)
    e o u          Maßnahme bearbeiten · Verantwortlichen · Fälligkeit
    f F            nach Zone oder Conduit, Verantwortlichem, Phase, Überfälligkeit filtern · alle
    Enter          Maßnahmen: die Details · eine Anforderung: beantworten
    Ctrl-Z         letzte Änderung rückgängig machen
    r              Ergebnisse · Esc q zurück zum Fragebogen

## Plan in Exporten: Plan-CSV, Blätter „Maßnahmenplan“ und „Wirkung des Plans“, compare und rollup
sheet-plan = Maßnahmenplan
sheet-plan-projection = Wirkung des Plans
col-phase = Phase
col-owner = Verantwortlich
col-due = Fällig
col-effort = Aufwand
col-plan-addresses = Anforderungen (Zonen und Conduits)
col-plan-why = Warum
col-plan-stage = Stand
col-plan-reached = SL-T erreicht
plan-band-phase = Phase { $phase }
plan-band-no-phase = Ohne Phase
plan-band-dropped = Verworfen
plan-overdue = überfällig
export-plan-why-lifts = hebt { $list }
export-plan-why-raises = hebt { $list }
export-plan-why-intolerable = nicht tolerierbares Risiko: { $list }
export-plan-why-unanswered = { $count ->
    [one] 1 Anforderung noch nicht beantwortet
   *[other] { $count } Anforderungen noch nicht beantwortet
}
plan-reached = SL-T erreicht in { $reached } von { $of } FRs
plan-no-target = kein SL-T
export-plan-maturity-below = Reifegradgruppen unter dem Ziel
plan-group-at-target = { $meeting } von { $answered } am Ziel, niedrigster ML{ $min }
plan-summary-heading = Nach Umsetzung des ganzen Plans
compare-opened = eröffnet
compare-closed = abgeschlossen
compare-slipped = verzögert
rollup-sheet-plan = Maßnahmenplan je Standort
rollup-col-actions = Maßnahmen
rollup-col-proposed = Vorgeschlagen
rollup-col-planned = Geplant
rollup-col-in-progress = In Arbeit
rollup-col-done = Erledigt
rollup-col-dropped = Verworfen
rollup-col-overdue = Überfällig

## plan auf der Kommandozeile: propose, show, add, set, done, list, remove
plan-cli-refused = { $file }: { $problem }
plan-cli-no-action = es gibt keine Maßnahme „{ $id }“ (vorhanden: { $known })
plan-cli-no-action-none = es gibt keine Maßnahme „{ $id }“ (diese Bewertung hat noch keine; plan propose schlägt welche vor)
plan-cli-bad-status = „{ $value }“ ist kein Status: einer von { $known }
plan-cli-bad-phase = „{ $value }“ ist keine Phase: eine Zahl von 1 bis 99
plan-cli-bad-date = „{ $value }“ ist kein Datum: als JJJJ-MM-TT schreiben, z. B. 2026-11-02
plan-cli-bad-requirement = „{ $value }“ nennt keine Anforderung: FRAGEBOGEN/ZONE/ANFORDERUNG schreiben, z. B. "iec62443-3-3/Z-SCADA/SR 1.2", oder FRAGEBOGEN/ANFORDERUNG für einen Fragebogen, der für die ganze Organisation beantwortet wird
plan-cli-no-zone = „{ $zone }“ ist weder Zone noch Conduit dieser Bewertung
plan-cli-removed = Maßnahme { $id } entfernt.
plan-cli-added = Maßnahme { $id } hinzugefügt ({ $phase }).
plan-cli-changed = Maßnahme { $id } geändert.
plan-cli-unchanged = Maßnahme { $id } ist schon so; nichts geändert.
plan-cli-in-phase = Phase { $phase }
plan-cli-no-phase = keine Phase
plan-cli-owner = verantwortlich { $owner }
plan-cli-due = fällig { $date }
plan-cli-due-overdue = fällig { $date }, ÜBERFÄLLIG
plan-cli-effort = Aufwand { $effort }
plan-cli-lifts = hebt
plan-cli-raises = erhöht
plan-cli-intolerable = nicht tolerierbare Szenarien
plan-cli-assess-first = zuerst bewerten (unbeantwortet)
plan-cli-nothing-open = Nichts davon liegt mehr unter dem Ziel.
plan-cli-heading-phase = Phase { $phase }
plan-cli-heading-no-phase = Ohne Phase
plan-cli-heading-dropped = Verworfen
plan-cli-summary = { $count ->
    [one] 1 Maßnahme
   *[other] { $count } Maßnahmen
}: { $statuses }; { $overdue } überfällig am { $date }.
plan-cli-empty = Noch keine Maßnahmen: plan propose schlägt sie aus den Lücken vor, plan add fügt eine von Hand hinzu.
plan-cli-reaches = Was der Plan erreicht (seine Antworten als erfüllt bzw. auf Zielniveau angenommen; nichts wird geschrieben):
plan-cli-maturity-below = { $questionnaire } unter dem Ziel
plan-cli-maturity-at-target = jede Reifegruppe auf ihrem Ziel
plan-cli-group-below = { $group } ML{ $level } (Ziel ML{ $target })
plan-cli-uncovered = { $count ->
    [one] 1 Antwort unter dem Ziel wird
   *[other] { $count } Antworten unter dem Ziel werden
} von keiner Maßnahme behandelt:
plan-cli-list-empty = Keine Maßnahme passt.
plan-cli-propose-nothing = Nichts Neues vorzuschlagen; der Plan bleibt, wie er war.
plan-cli-propose-added = { $count ->
    [one] 1 Maßnahme vorgeschlagen
   *[other] { $count } Maßnahmen vorgeschlagen
}
plan-cli-propose-updated = { $count ->
    [one] 1 früherer Vorschlag aktualisiert
   *[other] { $count } frühere Vorschläge aktualisiert
}
plan-cli-propose-removed = { $count ->
    [one] 1 früherer Vorschlag entfernt, nicht mehr nötig
   *[other] { $count } frühere Vorschläge entfernt, nicht mehr nötig
}
plan-cli-propose-left-out = Nicht in den Vorschlägen: { $accepted } Antworten schon in angenommenen Maßnahmen, { $dropped } in verworfenen.
plan-cli-done = Maßnahme { $id } ist erledigt. Keine Antwort wurde geändert.
plan-cli-done-reassess = Bewerten Sie neu, was sie behandelt (Fragebogen, Zone oder Conduit, Anforderung, Antwort jetzt):
plan-cli-unanswered = unbeantwortet
plan-cli-done-command = Erfassen Sie, was Sie vorfinden, zum Beispiel:
plan-cli-score-heading = Maßnahmenplan
plan-cli-score-counts = { $count ->
    [one] 1 Maßnahme
   *[other] { $count } Maßnahmen
}, { $overdue } überfällig (plan show listet sie)
plan-cli-count-proposed = { $count } vorgeschlagen
plan-cli-count-planned = { $count } geplant
plan-cli-count-in-progress = { $count } in Arbeit
plan-cli-count-done = { $count } erledigt
plan-cli-count-dropped = { $count } verworfen

## Printing the workbooks (issue 19)
print-page-of = Seite { $page } von { $pages }
print-classification-default = Vertraulich
workbook-subject = Bewertungsbericht nach IEC 62443
label-not-assessed = nicht bewertet
field-classification = Einstufung
col-threat-actor = Bedrohungsakteur
col-frs = FRs
col-residual-li = Rest: Wahrscheinlichkeit × Auswirkung
label-all-frs = alle
col-gap-count = Nicht erfüllt, für SL-T nötig
findings-not-assessed = { $count ->
    [one] Eine Anforderung, die der SL-T verlangt, ist noch nicht bewertet. Sie ist offene Arbeit, kein Befund: Erst die Antwort zeigt, ob sie eine Lücke ist.
   *[other] { $count } Anforderungen, die der SL-T verlangt, sind noch nicht bewertet. Sie sind offene Arbeit, keine Befunde: Erst die Antworten zeigen, welche davon Lücken sind.
}


## Offline-Fragebogen-Arbeitsmappe und ihr Einlesen (issue 19)
offline-col-guidance = Hinweise und zu verlangende Nachweise
offline-col-meanings = Was jede Antwort bedeutet
offline-evidence-to-see = Zu verlangende Nachweise
offline-target-zone = Zone { $id } – { $name }
offline-target-conduit = Conduit { $id }: { $name } ({ $from } nach { $to })
offline-target-system = Betrachtetes System { $id }: { $name }
import-at-cell = Blatt '{ $sheet }', Zelle { $cell }
import-at-row = Blatt '{ $sheet }', Zeile { $row }
import-unknown-questionnaire = unbekannter Fragebogen "{ $id }"
import-formula = enthält eine Formel; schreiben Sie den Text selbst hinein
import-no-questionnaire-sheets = diese Arbeitsmappe hat keine Fragebogen-Blätter (eine erstellen Sie mit `iacs-assess export DATEI --format offline-xlsx`)
import-layout-unknown = diese Arbeitsmappe hat den Aufbau { $layout }, den diese Version nicht lesen kann; exportieren Sie die Fragebogen-Arbeitsmappe neu
import-field-value = die Antwort
import-field-note = die Notiz
import-field-evidence = die Nachweise
import-field-interviewee = die befragte Person
import-field-flag = die Markierung zum Nachfassen
import-clears = { $place } (Zellen { $cells }): leert { $fields } von { $what }, obwohl die Bewertung dort etwas hat; um zu leeren, lesen Sie erneut mit --allow-clear ein
import-cleared = { $place }: { $fields } von { $what } geleert
import-repeated-same = { $what } steht in { $count } gleichen Zeilen: { $places }; löschen Sie alle bis auf eine, oder lesen Sie erneut mit --allow-duplicates ein, um sie einmal zu übernehmen
import-repeated-differ = { $what } steht in { $count } Zeilen, die sich unterscheiden: { $places }; löschen Sie alle bis auf die richtige (keine Option übernimmt Zeilen, die sich unterscheiden)
import-repeated-taken = { $what } steht in { $count } gleichen Zeilen, einmal übernommen: { $places }
import-refused = { $refused ->
    [one] 1 Problem
   *[other] { $refused } Probleme
}: nichts wurde eingelesen (--partial übernimmt den Rest).
import-not-in-scope = { $questionnaire } gehört nicht zum Umfang dieser Bewertung
import-no-requirement = { $questionnaire } hat keine Anforderung "{ $requirement }"
import-not-a-system = "{ $target }" ist kein betrachtetes System dieser Bewertung
import-not-a-target = "{ $target }" ist weder eine Zone noch ein Conduit dieser Bewertung
import-needs-target = { $questionnaire } wird je Zone beantwortet, aber die Zeile nennt keine
import-organisation-wide = { $questionnaire } wird für die ganze Organisation beantwortet, nicht für "{ $target }"
import-second-time = { $requirement } wird ein zweites Mal beantwortet (zuerst in { $first })
import-no-scale = keine Skala "{ $scale }"
import-not-an-answer = "{ $text }" ist keine Antwort für { $requirement } (erlaubt: { $allowed })
import-needs-note = die Antwort für { $requirement } braucht eine Begründung oder Beschreibung in der Notiz
import-flag-word = "{ $text }": schreiben Sie ja, oder lassen Sie die Zelle leer
import-not-taken = nicht übernommen
import-more-not-taken = ... und { $count } weitere nicht übernommen
import-done = { $changed } geänderte Antworten aus { $file } eingelesen ({ $unchanged } unverändert).
import-done-partial = { $changed } geänderte Antworten aus { $file } eingelesen ({ $unchanged } unverändert, { $refused } nicht übernommen).


## Compare and rollup (issue 19)
compare-area-answer = Antwort
compare-area-countermeasure = Kompensationsmaßnahme
compare-area-system = System
compare-area-approval = Freigabe
compare-area-maturity = Reifegrad
compare-area-security-level = Security-Level
compare-area-gap = Lücke
compare-area-action = Maßnahme
compare-gap = Lücke
compare-book-title = Änderungen: { $title }
compare-sheet-levels = Reifegrad vorher und nachher
compare-chart-title = Mittlerer Reifegrad je Gruppe, vorher und nachher
compare-made-on = Verglichen am { $date }
compare-source-old = Früher
compare-source-new = Später
rollup-book-title = { $count ->
    [one] 1 Standort
   *[other] { $count } Standorte im Vergleich
}
rollup-sheet-overview = Übersicht
rollup-chart-title = Mittlerer Reifegrad je Standort und Fragebogen
rollup-made-on = Zusammengestellt am { $date }
teams-sheet-sources = Quellen
teams-col-role = Verwendet als
teams-col-file = Datei
teams-col-digest = SHA-256 der Datei
export-csv-dialect = CSV für


## Scope and method, evidence register, follow-ups, proposals in the plan, interviewees (issue 19)
sheet-scope = Umfang und Methode
scope-systems = Betrachtete Systeme
col-description = Beschreibung
scope-questionnaires = Fragebögen im Umfang
col-standard = Norm
col-edition = Ausgabe
col-answered-for = Beantwortet für
col-answers = Antworten
scope-for-organisation = die Organisation, einmal
scope-for-system = jedes betrachtete System
scope-for-zone = jede Zone
scope-for-conduit = jeden Conduit
scope-for-zone-or-conduit = jede Zone und jeden Conduit mit Antworten
scope-for-component = jede Komponente
scope-method = Risikomodell und SL-T-Methode
scope-risk-model = Risikomodell
scope-model-size = { $id }: { $likelihood } Stufen der Eintrittswahrscheinlichkeit mal { $impact } Stufen der Auswirkung
scope-override = SL-T von Hand gesetzt
scope-override-text = { $count ->
    [0] keines: jedes SL-T folgt aus dem Risikomodell
    [one] für 1 Zone oder Conduit, mit der Begründung dort
   *[other] für { $count } Zonen und Conduits, jeweils mit der Begründung dort
}
scope-maturity-targets = Reifegrad-Ziele
scope-maturity-default = Standardziel
scope-people = Assessoren und befragte Personen
col-role = Rolle
col-first-answer = Erste Antwort (UTC)
col-last-answer = Letzte Antwort (UTC)
scope-nobody-interviewed = Noch keine Antwort nennt eine befragte Person.
scope-steps-missing = { $standard }: noch nicht erledigte Schritte
scope-step-unanswered = nicht beantwortet
scope-steps-all-done = Jeder Schritt ist für jedes System erledigt oder trifft nicht zu.
sheet-evidence = Nachweisregister
col-evidence-reference = Nachweis
evidence-none = Noch keine Antwort nennt einen Nachweis.
sheet-follow-ups = Nachverfolgung
follow-ups-none = Keine Antwort ist zur Nachverfolgung markiert.
plan-proposals-note = Vorgeschlagene Maßnahmen, noch nicht vereinbart: Die Bewertung hat noch keinen Plan, daher stehen hier die Maßnahmen, die für ihre offenen Lücken vorgeschlagen werden. Legen Sie für jede Verantwortliche, Termin und Status fest; die Assessoren tragen sie dann in die Bewertung ein.
plan-overdue-line = Überfällig: fällig war sie am { $date }
plan-due-prompt = Ein Datum, zum Beispiel 2027-03-31
plan-due-invalid = Bitte ein Datum eingeben, zum Beispiel 2027-03-31.
plan-owner-prompt = Wer die Maßnahme umsetzt: eine Person oder ein Team
interviewee-no-role = Rolle nicht erfasst
interviewee-answers = { $count ->
    [0] noch keine Antworten
    [one] 1 Antwort, { $first }
   *[other] { $count } Antworten, { $first } bis { $last }
}
interviewee-cli-needs = Eine befragte Person braucht einen Namen und eine Rolle.
interviewee-cli-recorded = { $name } erfasst.
interviewee-cli-updated = { $name } aktualisiert.
interviewee-cli-removed = { $name } entfernt. Die Antworten nennen die Person weiterhin.
interviewee-cli-unknown = Niemand namens „{ $name }“ ist erfasst (erfasst: { $known }).


## Executive summary and zone model sheets (issue 19)
sheet-executive = Management-Zusammenfassung
exec-as-of = { $title }: Ergebnisse zum { $date }
exec-heading-maturity = Reifegrad
exec-target-one = ML{ $level }
exec-target-range = ML{ $low } bis ML{ $high }, je nach Bereich
exec-maturity-mean = { $questionnaire }: { $answered ->
    [one] die eine bewertete Anforderung steht auf Reifegrad { $mean }
   *[other] die { $answered } bewerteten Anforderungen erreichen im Mittel Reifegrad { $mean }
}, bei einem Ziel von { $target }.
exec-maturity-areas = { $at ->
    [one] 1 von { $areas } Bereichen erreicht sein Ziel
   *[other] { $at } von { $areas } Bereichen erreichen ihr Ziel
}{ $below ->
    [0] {""}
   *[other] , { $below } liegen darunter
}{ $open ->
    [0] {""}
   *[other] , { $open } sind noch nicht bewertet
}.
exec-maturity-none = { $questionnaire }: Noch keine Anforderung ist bewertet.
exec-heading-levels = Security-Level
exec-sl-reached = { $reached ->
    [one] 1 der { $total } Zonen und Conduits erreicht ihr Ziel-Security-Level (SL-T) in jeder grundlegenden Anforderung
   *[other] { $reached } der { $total } Zonen und Conduits erreichen ihr Ziel-Security-Level (SL-T) in jeder grundlegenden Anforderung
}{ $short ->
    [0] {""}
    [one] ; 1 bleibt darunter
   *[other] ; { $short } bleiben darunter
}{ $open ->
    [0] {""}
   *[other] ; { $open } sind noch nicht nach IEC 62443-3-3 bewertet
}{ $untargeted ->
    [0] {""}
   *[other] ; { $untargeted } haben kein SL-T
}.
exec-sl-none = Es ist noch keine Zone und kein Conduit angelegt.
exec-sl-short = { $target } ({ $name }) liegt unter dem Ziel: { $frs }.
exec-sl-short-fr = { $fr } um { $levels ->
    [one] eine Stufe
   *[other] { $levels } Stufen
}
exec-sl-close = { $requirements ->
    [one] Eine Anforderung schließt die Lücke
   *[other] { $requirements } Anforderungen schließen die Lücke
}{ $unanswered ->
    [0] .
    [one] ; eine davon ist noch nicht bewertet.
   *[other] ; { $unanswered } davon sind noch nicht bewertet.
}
exec-sl-more = { $count ->
    [one] Eine weitere liegt unter dem Ziel
   *[other] { $count } weitere liegen unter dem Ziel
}: Das Blatt „{ $sheet }“ zeigt alle Zonen und Conduits.
exec-heading-risk = Risiko
exec-risk-none = Das Risikoregister enthält noch kein Bedrohungsszenario.
exec-risk-inherent = { $total ->
    [one] Das Risikoregister enthält ein Bedrohungsszenario
   *[other] Das Risikoregister enthält { $total } Bedrohungsszenarien
}. { $intolerable ->
    [0] Keines davon ist ohne Gegenmaßnahmen untragbar.
    [one] Eines ist ohne Gegenmaßnahmen untragbar: { $ids }.
   *[other] { $intolerable } sind ohne Gegenmaßnahmen untragbar: { $ids }.
}
exec-risk-residual = { $residual ->
    [0] Mit den erfassten Gegenmaßnahmen bleibt keines untragbar
    [one] Mit den erfassten Gegenmaßnahmen bleibt eines untragbar: { $ids }
   *[other] Mit den erfassten Gegenmaßnahmen bleiben { $residual } untragbar: { $ids }
}{ $unrated ->
    [0] .
    [one] ; bei einem Szenario ist das Restrisiko noch nicht eingeschätzt.
   *[other] ; bei { $unrated } Szenarien ist das Restrisiko noch nicht eingeschätzt.
}
exec-heading-open = Offene Arbeit
exec-open-none = Jede zutreffende Anforderung ist bewertet.
exec-open = { $count ->
    [one] Eine Anforderung ist noch nicht bewertet
   *[other] { $count } Anforderungen sind noch nicht bewertet
} ({ $list }). Das ist offene Arbeit, keine Lücke: Über sie ist noch nichts bekannt.
exec-open-part = { $questionnaire }: { $count }
exec-heading-actions = Top-10-Maßnahmen
exec-actions-plan = Der Maßnahmenplan enthält { $total ->
    [one] eine Maßnahme
   *[other] { $total } Maßnahmen
}, davon { $open } noch offen. { $shown ->
    [one] Hier die erste offene
   *[other] Hier die ersten { $shown } offenen
} in der Reihenfolge des Plans: frühe Phasen zuerst, untragbare Risiken zuerst, dann der größte Nutzen für den Aufwand.
exec-actions-plan-none-open = Der Maßnahmenplan enthält { $total ->
    [one] eine Maßnahme
   *[other] { $total } Maßnahmen
}, keine davon ist noch offen.
exec-actions-proposed = Die Bewertung hat noch keinen Maßnahmenplan. { $shown ->
    [one] Dies ist die eine Maßnahme, die die Lücken verlangen
   *[other] Dies sind die ersten { $shown } von { $total } Maßnahmen, die die Lücken verlangen
}, in der Reihenfolge, die ein Plan nähme; der Befehl „plan propose“ nimmt sie in die Bewertung auf.
exec-actions-none = Keine Maßnahme vorgeschlagen: In dem, was bewertet ist, wurde keine Lücke gefunden.
exec-chart-title = Grundlegende Anforderungen auf SL-T, je Zone und Conduit
exec-series-at = FRs auf SL-T
exec-series-below = FRs unter SL-T
exec-series-open = FRs nicht bewertet
exec-chart-data = Daten des Diagramms
exec-matrix-inherent = Risiko ohne Gegenmaßnahmen
exec-matrix-residual = Restrisiko, mit Gegenmaßnahmen
exec-matrix-corner = Wahrscheinlichkeit / Auswirkung
exec-matrix-count = { $count } Szenarien
exec-ids-more = { $list } und { $count } weitere
exec-matrix-legend = Risikostufen
sheet-zone-model = Zonen- und Conduit-Modell
zm-col-system = Betrachtetes System
zm-col-description = Beschreibung
zm-col-assets = Assets, oder die Zonen, die ein Conduit verbindet
zm-col-level = Stufe
zm-joins = verbindet { $from } und { $to }
zm-not-assessed = SL-A nicht bewertet

## Dienstleister: gemeinsame Wörter (issue 23): Leistungsumfang, Zielprofil, Ergebnisse eines Profilabgleichs
service-scope-both = Integrations- und Instandhaltungsleistungen
service-scope-integration = nur Integrationsleistungen
service-scope-maintenance = nur Instandhaltungsleistungen
service-integration = Integration
service-maintenance = Instandhaltung
outside-service-scope = außerhalb des bewerteten Leistungsumfangs
label-not-offered = nicht angeboten
target-profile = Zielprofil
target-profile-none = keines: eine Zielstufe für alle Anforderungen
verdict-below = unter der geforderten Stufe
verdict-not-offered = gefordert, nicht angeboten
verdict-not-applicable = laut Dienstleister nicht anwendbar
verdict-not-assessed = noch nicht bewertet
verdict-meets = erfüllt die geforderte Stufe
verdict-not-asked = nicht gefordert

## Dienstleister in der Auswertung und in der Arbeitsmappe für den Kunden (issue 23)
score-not-offered = { $count ->
    [one] 1 Anforderung nicht angeboten (bei den Stufen nicht mitgezählt)
   *[other] { $count } Anforderungen nicht angeboten (bei den Stufen nicht mitgezählt)
}
score-group-not-offered = { $count ->
    [one] nicht angeboten (1 Anforderung)
   *[other] nicht angeboten ({ $count } Anforderungen)
}
exec-maturity-not-offered = { $count ->
    [one] Ein Bereich wird gar nicht angeboten und hat keine Stufe: { $areas }.
   *[other] { $count } Bereiche werden gar nicht angeboten und haben keine Stufe: { $areas }.
}
scope-services = Bewertete Leistungen
home-demo-integrator = Integrator-Demo öffnen (seine Selbstbewertung nach 62443-2-4)

## Capability statement (issue 23)
statement-title = Leistungsnachweis
statement-intro = Was dieser Dienstleister seinen Kunden anbietet, je Funktionsbereich der IEC 62443-2-4, mit dem Reifegrad jeder Leistung und dem Ort der Nachweise. Nicht angebotene Leistungen sind als solche aufgeführt und senken den Reifegrad des Angebotenen nicht.
statement-provider = Dienstleister
statement-scope = Erfasste Dienstleistungen
statement-standard = Bewertet nach
statement-date = Stand
statement-left-out = { $count ->
    [one] eine Anforderung für andere Dienstleistungen ist ausgelassen
   *[other] { $count } Anforderungen für andere Dienstleistungen sind ausgelassen
}
statement-summary = Übersicht je Funktionsbereich
statement-col-area = Bereich
statement-col-offered = Angeboten
statement-col-maturity = Reifegrad
statement-col-not-offered = Nicht angeboten
statement-col-not-applicable = Nicht anwendbar
statement-col-not-assessed = Nicht bewertet
statement-area-level = Mittel { $mean }, niedrigste Stufe: { $min }
statement-area-empty = Nichts in diesem Bereich gehört zu den erfassten Dienstleistungen.
statement-text-counts = angeboten { $offered }, nicht angeboten { $notoffered }, nicht anwendbar { $na }, nicht bewertet { $open }
statement-sheet = Leistungsnachweis
statement-sheet-capabilities = Leistungen
statement-sheet-check-summary = Prüfung Übersicht
statement-check-title = Prüfung gegen { $profile }
statement-check-intro = Das Profil { $profile } fordert { $asked ->
    [one] eine Anforderung
   *[other] { $asked } Anforderungen
}; { $gaps ->
    [0] der Dienstleister bleibt bei keiner davon zurück.
    [one] der Dienstleister bleibt bei einer davon zurück.
   *[other] der Dienstleister bleibt bei { $gaps } davon zurück.
}
statement-col-verdict = Ergebnis
statement-col-count = Anforderungen
statement-check-per-area = Je Funktionsbereich
statement-col-highest-asked = Höchste geforderte Stufe
statement-check-rows = Je Anforderung, Lücken zuerst
statement-col-asked = Gefordert
statement-col-offered-level = Angeboten
statement-check-gaps = Lücken
statement-check-no-gaps = Keine: jede geforderte Anforderung ist erfüllt, oder ihre Antwort muss der Betreiber beurteilen.
statement-check-rest = Die übrigen Anforderungen
statement-text-below = gefordert { $asked }, angeboten { $offered }: { $gap ->
    [one] eine Stufe zu niedrig
   *[other] { $gap } Stufen zu niedrig
}
statement-text-missing = gefordert { $asked }; angeboten: { $offered }
statement-text-up-to = bis { $level } gefordert

## Service provider screens (issue 23)
col-not-offered = N. angeb.
notice-outside-service-scope = { $requirement } liegt { outside-service-scope } ({ $scope }) und wird nicht beantwortet. Umfang ändern: { $results } für die Ergebnisse, dann t für die Ziele.
answer-outside-scope-hint = Antworttasten wirken hier nicht; bewertet werden { $scope }. Ändern: { $results }, dann t.
results-keys-profile = Tab Bereich · t Ziele · ↑↓ Lücke · Enter zur Anforderung · Esc zurück
profile-offered-level = { $level ->
    [0] nicht umgesetzt
   *[other] ML{ $level } angeboten
}
profile-area = ML{ $level } gefordert · { $gaps ->
    [one] 1 Lücke
   *[other] { $gaps } Lücken
} · { $meets }/{ $asked } erfüllt
profile-gaps = { $count ->
    [one] 1 Lücke
   *[other] { $count } Lücken
} (Anforderung, geforderte Stufe, Angebot)
profile-gap = ML{ $asked } gefordert · { $offered }
profile-no-gaps = Keine Lücken: alles Geforderte wird in der geforderten Stufe angeboten oder ist noch nicht bewertet.
targets-title = Ziele
targets-keys = Tab weiter · ←→ wählen · Enter im letzten Feld übernimmt · Esc lässt alles, wie es war
targets-profile-for = Profil { $questionnaire }
targets-maturity = Ziel ohne Profil
targets-service-scope = Bewerteter Leistungsumfang
notice-targets-set = Ziele gesetzt: die Ergebnisse werden daran gemessen.
notice-targets-unchanged = Nichts geändert: die Ziele sind, wie sie waren.
group-not-offered = Nicht angeboten: { $count ->
    [one] die eine Anforderung im bewerteten Leistungsumfang ist
   *[other] alle { $count } Anforderungen im bewerteten Leistungsumfang sind
} als nicht angeboten (oder nicht anwendbar) beantwortet.
import-outside-service-scope = { $requirement } liegt außerhalb des bewerteten Leistungsumfangs ({ $scope }) und wird daher nicht beantwortet; den Umfang ändert iacs-assess service-scope

## Components and SL-C (issue 20, core)
component-type-software-application = Softwareanwendung
component-type-embedded-device = Eingebettetes Gerät
component-type-host-device = Host-Gerät
component-type-network-device = Netzwerkgerät
sl-c-assessed = bewertet
sl-c-declared = erklärt
sl-c-unknown = unbekannt
sl-c-assessed-count = bewertet nach 62443-4-2: { $answered } von { $applicable } Anforderungen beantwortet
declared-by-certificate = Zertifikat
declared-by-supplier-statement = Herstellererklärung
score-components = Komponenten (SL-C, IEC 62443-4-2)
score-zone-check = Zonenprüfung: Komponenten gegen das SL-T ihrer Zone
zone-check-below = { $zone } FR { $fr }: { $component } (SL-C { $sl_c }) unter SL-T { $sl_t }
zone-check-open = { $zone } FR { $frs }: { $component } noch nicht als fähig für das SL-T belegt, ihre Antworten zu 62443-4-2 sind unvollständig
zone-check-unknown = { $zone }: { $component } hat kein bekanntes SL-C (weder bewertet noch erklärt) und kann daher nicht als fähig für SL-T { $sl_t } gelten
zone-check-none = Jede Komponente ist für das SL-T ihrer Zone fähig.
zone-check-no-target = Noch keine Komponente liegt in einer Zone mit SL-T.
plan-level-line-sl-c = { $target } SL-C {"{"}{ $vector }{"}"}, SL-T ihrer Zone erreicht in { $reached } von { $of } FRs
plan-level-line-sl-c-no-target = { $target } SL-C {"{"}{ $vector }{"}"} (ihre Zone hat kein SL-T)


## Components in the workbook and teams (issue 20)
sheet-components = Komponenten
sheet-zone-check = Zonenprüfung
components-col-type = Typ
components-col-vendor = Hersteller
components-col-product = Produkt
components-col-version = Version
components-col-zone = Zone
components-col-component = Komponente
components-col-source = SL-C aus
components-col-from = Woher das SL-C stammt
components-col-check = Warum sie die Zone unter ihrem SL-T hält
components-ccsc-open = in jeder FR auf 0 gehalten durch { $ids } (gemeinsame Randbedingungen nicht erfüllt oder nicht beantwortet)
components-unknown-source = weder bewertet noch erklärt: zählt nicht als fähig
components-more = und { $count } weitere (Blatt { $sheet })
zm-col-components = Komponenten, die sie unter ihrem SL-T halten
zm-components-below = Unter SL-T:
zm-components-open = Noch nicht als fähig belegt:
exec-components = { $below ->
    [0] Von keiner Komponente ist bekannt, dass sie unter dem SL-T ihrer Zone liegt
    [one] Eine Komponente liegt unter dem SL-T ihrer Zone
   *[other] { $below } Komponenten liegen unter dem SL-T ihrer Zone
}{ $open ->
    [0] {""}
    [one] , eine ist noch nicht als fähig belegt
   *[other] , { $open } sind noch nicht als fähig belegt
}: Blatt „{ $sheet }“.
finding-sl-c-declared = Erklärtes SL-C unter dem SL-T der Zone
offline-target-component = Komponente { $id }: { $name } ({ $type })
offline-component-zone = in Zone { $zone }
import-not-asked-of-type = { $requirement } wird von { $component } nicht verlangt, einer Komponente vom Typ { $type } (nur von: { $types })
compare-area-component = Komponente
compare-area-sl-c = SL-C
compare-area-zone-check = Zonenprüfung
compare-sl-c-unknown = SL-C unbekannt
import-not-a-component = "{ $target }" ist keine Komponente dieser Bewertung
import-needs-component = { $questionnaire } wird je Komponente beantwortet, aber die Zeile nennt keine


## Components in the interface (issue 20)
zones-keys = a Zone · c Conduit · p Komponente · y System · t Szenario · o SL-T · e ändern · d löschen · Enter beantworten · Esc zurück
help-zones =
    ↑ ↓        Zone oder Conduit wählen (Tab: deren Bedrohungsszenarien, dann Komponenten)
    a          Zone anlegen · c Conduit anlegen · p Komponente anlegen (in der gewählten Zone)
    y Y        betrachtetes System anlegen · das der Auswahl benennen und beschreiben
    t          Bedrohungsszenario zur gewählten Zone / zum Conduit anlegen
    o          SL-T manuell setzen, mit Begründung (leer: wieder ableiten)
    e          Auswahl bearbeiten · d löschen (zum Bestätigen die ID eintippen)
    J K        die Details blättern, wenn sie höher sind als ihr Feld
    Enter      62443-3-3 für die gewählte Zone beantworten, 62443-4-2 für die gewählte Komponente
    Ctrl-Z     letzte Änderung rückgängig machen
    Esc        zurück zum Fragebogen
component-label = Komponente
component-list-title = Komponenten (Tab wählt)
component-list-empty = Hier keine Komponenten: p legt eine an.
component-zone-none = keiner Zone zugeordnet
component-form-new = Neue Komponente
component-form-edit = Komponente { $id }
component-form-type = Typ
component-form-vendor = Hersteller
component-form-product = Produkt
component-form-version = Versionsstand
component-form-sl-c = Erklärtes SL-C, z. B. 2 2 1 1 2 1 1
component-form-source = Quelle des SL-C
component-form-certificate = Zertifikatsnummer
component-form-scheme = Zertifizierungsprogramm
component-form-date = Datum (JJJJ-MM-TT)
component-error-id = Die ID besteht aus Buchstaben, Ziffern, - _ und . (z. B. PLC-3).
component-error-taken = Eine Zone, ein Conduit oder eine Komponente hat diese ID schon.
component-error-sl-c = Erklärtes SL-C: sieben Stufen von 0 bis 4, eine je FR, z. B. 2 2 1 1 2 1 1.
component-error-certificate = Ein SL-C aus einem Zertifikat braucht dessen Nummer und Zertifizierungsprogramm.
component-error-date = Ein erklärtes SL-C braucht das Datum des Zertifikats oder der Erklärung, geschrieben JJJJ-MM-TT.
component-error-no-sl-c = Zertifikat, Programm oder Datum ohne erklärtes SL-C: SL-C angeben oder diese Felder leeren.
component-error-other = Nicht gespeichert: { $problem }
component-saved = Komponente { $id } gespeichert.
component-undo-saved = Komponente { $id }
component-undo-deleted = Komponente { $id } gelöscht
component-confirm-delete = { $answers ->
    [0] Komponente { $id } löschen? Sie hat keine Antworten zu 62443-4-2.
    [one] Komponente { $id } mit ihrer einen Antwort zu 62443-4-2 löschen?
   *[other] Komponente { $id } mit ihren { $answers } Antworten zu 62443-4-2 löschen?
}
component-notice-zone-in-use = In dieser Zone liegen Komponenten: erst einer anderen Zone zuordnen oder löschen.
component-notice-no-4-2 = Diese Bewertung beantwortet IEC 62443-4-2 nicht; das SL-C einer Komponente kann daher nur erklärt werden.
results-panel-components = Komponenten (SL-C)
results-keys-components = Tab Bereich · t Ziele · ↑↓ Komponente · Enter 62443-4-2 dafür beantworten · Esc zurück
component-results-columns = Komponente Zone      SL-C je FR         Quelle
component-notice-none = Legen Sie erst eine Komponente an: 62443-4-2 gilt je Komponente (Zonen-Ansicht, p).

## Regulatory alignment (align, the alignment screen, the workbook's sheets)
align-verdict-supported = gestützt
align-verdict-partly = teilweise
align-verdict-not-supported = nicht gestützt
align-verdict-not-assessed = nicht bewertet
align-verdict-not-applicable = nicht anwendbar
align-verdict-no-links = keine Entsprechung in 62443
align-state-met = erfüllt
align-state-partly = teilweise erfüllt
align-state-not-met = nicht erfüllt
align-state-open = offen
align-state-not-applicable = nicht anwendbar
align-state-not-needed = über der Zielstufe
align-state-outside = nicht in dieser Bewertung
align-kind-equivalent = gleichwertig
align-kind-supports = stützt
align-kind-partial = teilweise
align-source-our-reading = unsere Lesart
align-count-met = { $n } erfüllt
align-count-not-met = { $n } nicht erfüllt
align-count-open = { $n } offen
align-count-outside = { $n ->
    [one] 1 Verknüpfung nicht in dieser Bewertung
   *[other] { $n } Verknüpfungen nicht in dieser Bewertung
}
align-met-at = erfüllt bei { $met } von { $of }
align-level-of = Stufe { $level }, nötig { $needed }
align-and-more = und { $n } weitere
align-summary = { $items } Punkte: { $supported } gestützt, { $partly } teilweise, { $not_supported } nicht gestützt, { $not_assessed } nicht bewertet, { $not_applicable } nicht anwendbar, { $no_links } ohne Entsprechung in 62443
align-outside = Nicht in dieser Bewertung: { $list }. Ihre Verknüpfungen werden gezeigt und zählen nicht.
align-rule = Gestützt: Jede zählende verknüpfte Anforderung ist beantwortet und erfüllt (Reifegrad: auf ihrem Ziel, mindestens Stufe 1), und mindestens eine davon ist „gleichwertig“ oder „stützt“. Nichts beantwortet heißt „nicht bewertet“, nie „nicht gestützt“. Die Regel: docs/alignment.md.
align-unknown-mapping = keine Zuordnung „{ $id }“ (Zuordnungen: { $known })
align-no-mappings = es sind keine Zuordnungen installiert
align-why = Warum

## Alignment in the workbook (issue 21)
book-align-col-item = Punkt
book-align-col-verdict = Bewertung
book-align-col-links = Verknüpfte 62443-Anforderungen
book-align-col-why = Begründung
book-align-exec-heading = Regelwerke
book-align-exec = { $mapping } ({ $items } Punkte): { $tally }; Blatt „{ $sheet }“.

## Alignment screen (issue 21)
align-tui-title = Abgleich
align-tui-no-mappings = Keine Zuordnung verweist auf die Fragebögen dieser Bewertung; es gibt nichts abzugleichen.
align-tui-position = { $n } von { $count } · ← → eine andere
align-tui-list-title = { $mapping } · { $shown } von { $count } Punkten · Filter: { $filter }
align-tui-filter-all = alle
align-tui-none-shown = Kein Punkt hat dieses Ergebnis (f zeigt den nächsten Filter).
align-tui-details = Einzelheiten
align-tui-no-links = Die Zuordnung verknüpft diesen Punkt mit keiner 62443-Anforderung.
align-tui-grouping-no-links = Ein gliedernder Punkt hat keine eigenen Verknüpfungen: wählen Sie einen seiner Punkte.
align-tui-one-mapping = Nur diese Zuordnung verweist auf die Fragebögen dieser Bewertung.
align-tui-outside-link = { $requirement } gehört nicht zu dieser Bewertung und kann hier nicht geöffnet werden.
align-tui-went = { $requirement } · { $key } führt zurück zum Abgleich
align-tui-keys-items = ↑↓ Punkt · ←→ Zuordnung · f F Filter · Tab oder Enter Verknüpfungen · Esc zurück
align-tui-keys-items-one = ↑↓ Punkt · f F Filter · Tab oder Enter Verknüpfungen · Esc zurück
align-tui-keys-links = ↑↓ Verknüpfung · Enter Anforderung beantworten · Tab oder Esc Punkte
align-tui-key-hint = { $key } Abgleich
align-tui-help-line = Abgleich: NIS2, CSF 2.0, CRA Punkt für Punkt aus diesen Antworten
help-alignment =
    ← → [ ]        vorige / nächste Zuordnung, die auf diese Bewertung verweist
    ↑ ↓ PgUp PgDn  einen Punkt wählen (Home End: erster, letzter); gliedernde Punkte zeigen eine Zählung
    f F            nach Ergebnis filtern: alle, nicht gestützt, teilweise, nicht bewertet, ... (F: zurück)
    Tab Enter      die Verknüpfungen des gewählten Punkts · Tab Esc: zurück zu den Punkten
    Enter          auf einer Verknüpfung: diese Anforderung beantworten (je Ziel: das erste nicht erfüllte oder offene)
    T              Sprache der Oberfläche wechseln
    Esc q          zurück dorthin, wo der Abgleich geöffnet wurde
    ✓ gestützt · ◐ teilweise · ✗ nicht gestützt · ? nicht bewertet · – nicht anwendbar · ○ keine Entsprechung in 62443

## The zone diagram (issue 22): the SVG, the workbook's picture, the terminal's legend.
diagram-subtitle = Zonen und Conduits · { $date }
diagram-legend = Farbe: die größte Lücke zwischen SL-T und SL-A in einer FR
diagram-levels-note = Stufen je FR 1 bis 7 (IAC, UC, SI, DC, RDF, TRE, RA); „-“, wo nichts aus der FR zutrifft.
diagram-sl-t = SL-T
diagram-sl-a = SL-A
diagram-gap-none = SL-T erreicht
diagram-gap-one = eine Stufe darunter
diagram-gap-more = zwei oder mehr Stufen darunter
diagram-gap-open = darunter nur, wo noch unbeantwortet
diagram-gap-not-assessed = nicht bewertet
layer-enterprise = Unternehmen (Ebenen 4-5)
layer-dmz = Industrielle DMZ (3.5)
layer-operations = Standortbetrieb (3)
layer-supervisory = Leitebene (2)
layer-control = Steuerungsebene (1)
layer-field = Feldebene (0)
layer-safety = Sicherheitsgerichtete Systeme (SIS)

## Issue 22, zone diagram in the terminal
zones-keys-diagram = { $key } Diagramm
zones-diagram-keys = ←→↑↓ Nachbarn · Tab Conduits · Enter beantworten · e ändern · a Zone · c Conduit · { $key }/Esc Liste
zones-diagram-help-line = Diagramm: Zonen als Kästen in der Farbe ihrer Lücke, Conduits als Linien; Pfeile wählen, Tab geht durch die Conduits einer Zone, Esc zurück zur Liste
diagram-tui-layer-from-conduits = (aus den Conduits)

## Issue 22, layer on the zone form and learn mode's diagram
form-layer = Ebene
form-layer-from-conduits = Aus den Conduits ({ $layer })
zones-layer = Ebene
zones-layer-from-conduits = { $layer } (aus den Conduits)
## Issue 22, the zone diagram in the workbook and the requirements specification
sheet-zone-diagram = Zonendiagramm
diagram-picture-failed = Das Zonendiagramm konnte nicht als Bild gezeichnet werden ({ $reason }). Seine Zonen und Conduits stehen in den Tabellen.
spec-diagram = Zonendiagramm von { $system }
diagram-too-large = Das Zonendiagramm ({ $zones } Zonen) ist zu groß, um auf einer Seite lesbar gedruckt zu werden; `iacs-assess diagram` zeichnet es vollständig als SVG.
