## Strings of the application itself. Keep the ids; translate the text.

app-name = iacs-assess

## score (command line)
score-progress = Progress
score-progress-line = { $answered } of { $applicable } answered
score-flagged = { $count ->
    [one] { $count } flagged
   *[other] { $count } flagged
}
score-maturity = Maturity
score-overall = Overall
score-not-applicable = { $count ->
    [one] { $count } requirement not applicable
   *[other] { $count } requirements not applicable
}
score-risks = Risk register
risk-tolerable = tolerable
risk-intolerable = intolerable
score-security-levels = Security levels
score-to-close = { $count ->
    [one] { $count } requirement closes the gap
   *[other] { $count } requirements close the gap
}
col-group = Group
col-title = Title
col-target = Target
col-min = Min
col-mean = Mean
col-at-target = At target
col-unanswered = Open

## workbook
sheet-cover = Cover
sheet-summary = Summary
sheet-zones = Zones and conduits
sheet-risks = Risk register
field-organisation = Organisation
field-site = Site
field-assessors = Assessors
field-created = Created
field-modified = Last changed
field-language = Language
field-scope = Questionnaires
field-tool = Written by
field-digest = Assessment file digest
col-questionnaire = Questionnaire
col-target-zone = Zone / conduit
col-requirement = Requirement
col-answer = Answer
col-note = Note
col-evidence = Evidence
col-interviewee = Interviewee
col-assessor = Assessor
col-time = Time
col-id = Id
col-name = Name
col-gap = Requirements that close the gap
col-threat = Threat
col-likelihood = Likelihood
col-impact = Impact
col-risk = Risk
col-residual = Residual risk
col-countermeasures = Countermeasures
