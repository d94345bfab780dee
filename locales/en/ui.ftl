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

## terminal interface: frame
too-small = The terminal is too small: make it at least { $width } columns by { $height } lines.
label-zone = Zone
save-pending = saving…
save-saved = saved { $time }
save-failed = NOT SAVED, kept in memory: { $reason }
status-help = ? keys
help-title = Keys

## home
home-title = IEC 62443 assessments
home-subtitle = Every answer is saved to disk the moment you give it.
home-new = New assessment
home-recent = Recent assessments
home-no-recent = none yet
home-keys = Enter open · n new · d demo · l learn · ↑↓ move · ? keys · q quit
help-home =
    ↑ ↓      move
    Enter    open the selected assessment, or start a new one
    n        new assessment
    d        open a copy of the demo assessment
    l        learn mode
    q  Esc   quit
    ?        this help (any key closes it)

## new assessment
wizard-title = New assessment
wizard-field-title = Title
wizard-field-organisation = Organisation
wizard-field-site = Site
wizard-field-assessors = Assessors (a, b)
wizard-field-file = File name
wizard-field-language = Language
wizard-questionnaires = Questionnaires (Space to choose)
wizard-target = Target maturity level
wizard-create = Create
wizard-missing-title = Give the assessment a title.
wizard-missing-questionnaires = Choose at least one questionnaire.
wizard-keys = Tab / ↑↓ next field · Space choose · ←→ target · Enter on Create · Esc back
help-wizard =
    Tab ↓    next field
    ⇧Tab ↑   previous field
    Space    choose or drop a questionnaire
    ← →      choose the language, or lower / raise the target maturity
    Enter    on Create: create the file and start
    Esc      back to the home screen

## questionnaire
label-enhances = enhances
label-guidance = Guidance
hint-guidance = g shows guidance for the assessor
label-evidence-examples = Evidence to ask for
label-unanswered = not answered
label-answer = Answer
label-flagged = follow up
label-note = Note
label-evidence = Evidence
label-interviewee = Interviewee
edit-note = Note (Enter new line · Esc done)
edit-evidence = Evidence references, one per line (Esc done)
edit-interviewee = Who is interviewed now? Stamped on every answer until changed (Enter done)
edit-search = Search id or words (Enter find)
ladder-title = Guided maturity level
ladder-keys = y yes · n no · Esc cancel
notice-no-ladder = This answer scale has no guided ladder.
notice-reason-required = This answer needs a reason: write it in the note.
notice-none-found = Nothing found.
notice-no-zones = Add a zone first: this questionnaire is answered per zone.
help-questionnaire =
    ↑ ↓  j k   previous / next requirement (Enter: next)
    PgUp PgDn  ten up / down · Home End: first / last
    Tab ⇧Tab   next / previous questionnaire
    z Z        next / previous zone or conduit
    0-4 n      maturity answer · m x c n: met, not met, compensated, n/a
    d p x n    process step: done, partly, not done, n/a
    Backspace  clear the answer
    L          guided maturity ladder
    e          note · v evidence references · i interviewee
    f          flag for follow-up · u next unanswered · F next flagged
    g          guidance on / off · / search · X export
    r          results · s zones, conduits and threat scenarios
    T          switch the interface language
    Esc q      back to the home screen

## results
results-title = Results
label-to-close = requirements close the gap
help-results =
    ↑ ↓ PgUp PgDn  scroll
    Esc r q        back to the questionnaire

## zones, conduits and threat scenarios (62443-3-2)
zones-title = Zones and conduits
zones-empty = No zones yet: a adds one.
zones-scenarios = Threat scenarios (Tab selects)
zones-matrix = Risk matrix (unmitigated)
zones-keys = a zone · c conduit · t scenario · o SL-T · e edit · d delete · Enter answer 3-3 · Esc back
label-assets = Assets
label-sl-t-manual = SL-T set by hand
label-sl-t-from = SL-T
help-zones =
    ↑ ↓        select a zone or conduit (Tab: its threat scenarios)
    a          add a zone · c add a conduit
    t          add a threat scenario to the selected zone or conduit
    o          set SL-T by hand, with a justification (empty: derive it again)
    e          edit the selection · d delete it (asks first)
    Enter      answer 62443-3-3 for the selected zone
    Esc        back to the questionnaire
confirm-delete-target = Delete { $id } and its { $answers } answers? y deletes, any other key keeps it.
confirm-delete-scenario = Delete threat scenario { $id }? y deletes, any other key keeps it.
form-id = Id
form-name = Name
form-description = Description
form-assets = Assets (a, b)
form-new-zone = New zone
form-new-conduit = New conduit
form-new-scenario = New threat scenario for
form-edit = Edit
form-from = From zone
form-to = To zone
form-threat = Threat
form-likelihood = Likelihood
form-impact = Impact
form-residual-likelihood = Residual likelihood
form-residual-impact = Residual impact
form-threat-actor = Threat actor
form-countermeasures = Countermeasures
form-sl-t = SL-T, e.g. 2 2 1 1 3 1 2
form-justification = Justification
form-sl-t-title = Set SL-T by hand for
form-keys = Tab next · ←→ choose · Enter on the last field saves · Esc cancel
form-error-id = The id is empty or already used.
form-error-same-zone = A conduit connects two different zones.
form-error-threat = Describe the threat.
form-error-residual = Give both residual likelihood and residual impact, or neither.
form-error-vector = SL-T: seven levels from 0 to 4, e.g. 2 2 1 1 3 1 2.
form-error-justification = A manual SL-T needs a justification.
choice-no = no
choice-yes = yes
choice-none = none
notice-two-zones = A conduit needs two zones: add zones first.
notice-no-risk-model = This assessment has no risk model.
notice-target-in-use = Remove its conduits and threat scenarios first.
notice-no-zone-questionnaire = No questionnaire in scope is answered per zone.

## export from the interface
export-title = Export
export-format = Format
export-file = File
export-error-file = Give the file to write.
export-done = Exported to { $file }.
export-failed = Export failed: { $reason }

## review before finishing (results screen)
review-title = Review before finishing
review-line = { $open } open · { $flagged } flagged · { $reasons } without the reason they need
review-clean = Everything in scope is answered; nothing is flagged.

## workbook: more columns and the findings sheet
sheet-findings = Findings
sheet-long-texts = Long texts
long-text-cut = … [too long for one cell: the whole text is on sheet "{ $sheet }", row { $row }]
long-text-col-cell = Cell
long-text-col-parts = Text (whole, in parts of 32,000 characters, left to right)
col-level = Level
col-gap-short = Gap
col-rank = No.
col-kind = Kind
col-current = Now
col-wanted = Needed
finding-risk = Intolerable risk
finding-sl = Security level gap
finding-maturity = Maturity below target

## questionnaire workbook for offline use
offline-sheet-instructions = How to fill in
offline-instructions =
    Answer on the sheets that follow, one sheet per questionnaire (and per zone where it is answered per zone).
    Choose each answer from the drop-down list in the yellow Answer column; leave it empty when you do not know yet.
    Not applicable and Compensated need a reason or a description in the Note column.
    Notes may have several lines (Alt+Enter in Excel, Ctrl+Enter in LibreOffice). Put one evidence reference per line.
    Write "yes" in the Follow-up column to flag an answer for follow-up.
    Do not change the requirement ids, rename the sheets or move the columns: the answers are read back by requirement id.
    Send the file back to the assessor, who reads it in with: iacs-assess import ASSESSMENT.toml --from THIS-FILE.xlsx
offline-col-question = Question
offline-col-evidence = Evidence references (one per line)
offline-col-flag = Follow-up

## SL-T reasons
reason-risk = { $scenario }: unmitigated risk { $by }
reason-actor = { $scenario }: threat actor { $by }
reason-adjustment = capped: { $adjustment }
reason-override = set by hand: { $justification }
reason-all-frs = all

## merge, compare, roll-up
compare-summary = { $count ->
    [one] { $count } change
   *[other] { $count } changes
}
compare-up = up
compare-down = down
compare-changed = changed
compare-new = new
compare-removed = removed
compare-gap-closed = gap closed
compare-gap-new = new gap
compare-sheet = Changes
compare-col-area = Area
compare-col-old = Before
compare-col-new = After
compare-col-change = Change
rollup-sheet-maturity = Maturity by site
rollup-sheet-security = Security levels by site
rollup-sheet-progress = Progress by site
rollup-col-site = Site
rollup-col-answered = Answered
rollup-col-applicable = Applicable

## demo and learn mode
home-demo = Open the demo (a fictional water treatment works)
home-learn = Learn: the standard, maturity and security levels explained
learn-title = Learn
learn-questionnaires = The questionnaires
learn-open-hint = Enter opens the requirements one by one · PgDn scrolls · Esc back
learn-browse-hint = ↑ ↓ previous / next requirement · PgDn scrolls · Esc back to the list
help-learn =
    ↑ ↓        choose a topic or a questionnaire
    Enter      browse the questionnaire's requirements
    PgUp PgDn  scroll the text
    Esc        back (to the list, then to the home screen)

## the colon after a label (with its spacing)
colon = { ": " }
