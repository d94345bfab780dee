### Begriffe (Review 2026-12), geprüft von tests/terms.rs: Allowlist und Application-Allowlisting, nie Whitelist oder Blacklist; Reifegrade ML1 Initial, ML2 Gesteuert, ML3 Definiert, ML4 Kontinuierlich verbessert.
## Antwortskalen: Bezeichnungen aller Werte und die geführte Reifegrad-Leiter.

scale-maturity =
    .label = Reifegrad
    .description = Wie gut die Organisation diese Anforderung umsetzt, von gar nicht bis gemessen und kontinuierlich verbessert.
maturity-not-implemented =
    .label = Nicht umgesetzt
    .description = Gar nicht getan, oder nur zufällig.
# Review 2026-12: Stufennamen natürlich und überall gleich (scales.ftl, learn.ftl, ui.ftl): ML1 Initial, ML2 Gesteuert, ML3 Definiert, ML4 Kontinuierlich verbessert
maturity-ml1 =
    .label = ML1 Initial
    .description = Wird getan, aber ad hoc: Es hängt davon ab, wer Schicht hat, und ist oft nicht aufgeschrieben.
maturity-ml2 =
    .label = ML2 Gesteuert
    .description = Für dieses System oder diese Lösung schriftlich festgelegt, von geschulten Personen ausgeführt und wiederholbar.
maturity-ml3 =
    .label = ML3 Definiert
    .description = Eine einheitliche Arbeitsweise in der ganzen Organisation, mit Nachweisen, dass sie tatsächlich gelebt wird.
maturity-ml4 =
    .label = ML4 Kontinuierlich verbessert
    .description = Gemessen, und die Messungen treiben regelmäßige Verbesserungen an.
maturity-na =
    .label = Nicht anwendbar
    .description = Trifft hier nicht zu (zum Beispiel überhaupt kein Funk). Begründung festhalten.
maturity-ladder-performed =
    .question = Wird das heute überhaupt getan, auch informell?
maturity-ladder-managed =
    .question = Ist es für dieses System schriftlich festgelegt, und wird es von dafür geschulten Personen jedes Mal gleich ausgeführt?
maturity-ladder-defined =
    .question = Ist es eine organisationsweite Praxis, mit Nachweisen, dass es wiederholt getan wurde?
maturity-ladder-improving =
    .question = Wird es gemessen, und führen die Messungen zu regelmäßigen Verbesserungen?

scale-compliance =
    .label = Konformität
    .description = Ob die Zone oder der Conduit die Systemanforderung erfüllt.
compliance-met =
    .label = Erfüllt
    .description = Die Anforderung ist erfüllt, und Sie haben Nachweise gesehen.
compliance-not-met =
    .label = Nicht erfüllt
    .description = Die Anforderung ist nicht erfüllt.
compliance-compensated =
    .label = Kompensiert
    .description = Durch eine dokumentierte kompensierende Gegenmaßnahme erfüllt. Beschreiben Sie diese.
compliance-na =
    .label = Nicht anwendbar
    .description = Trifft auf diese Zone oder diesen Conduit nicht zu. Begründung festhalten.

scale-process =
    .label = Prozessschritt
    .description = Ob dieser Schritt der Risikobeurteilung durchgeführt wurde.
process-done =
    .label = Erledigt
    .description = Durchgeführt und dokumentiert.
process-partly =
    .label = Teilweise erledigt
    .description = Begonnen, oder nur für einen Teil des Systems erledigt.
process-not-done =
    .label = Nicht erledigt
    .description = Nicht durchgeführt.
process-na =
    .label = Nicht anwendbar
    .description = Trifft hier nicht zu. Begründung festhalten.
