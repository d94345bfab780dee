### Terms (review 2026-12), checked by tests/terms.rs: allow-list and allow-listing, never whitelist or blacklist; safety is not security.
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
warning-missing-reasons = warning: { $count ->
    [one] 1 answer is
   *[other] { $count } answers are
} "not applicable" or "compensated" without the reason it needs; not counted until one is given:
score-overall = Overall
score-not-applicable = { $count ->
    [one] { $count } requirement not applicable
   *[other] { $count } requirements not applicable
}
score-group-not-applicable = { $count ->
    [one] not applicable (its requirement)
   *[other] not applicable (all { $count } requirements)
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
label-system = System
save-pending = saving…
save-saved = saved { $time }
save-failed = NOT SAVED ({ $count } in memory and the recovery copy): { $reason } · Ctrl-S retries
save-changed-on-disk = NOT SAVED ({ $count } in memory and the recovery copy): another program changed the file · Ctrl-S
status-help = ? keys
help-title = Keys

## home
home-title = IEC 62443 assessments
home-subtitle = Every answer is saved to disk the moment you give it.
home-new = New assessment
home-recent = Recent assessments
home-no-recent = none yet
home-keys = Enter open · n new · d D demos · l learn · ↑↓ move · ? keys · q quit
help-home =
    ↑ ↓      move
    Enter    open the selected assessment, or start a new one
    n        new assessment
    d        open a fresh copy of the demo assessment (kept apart, not in the recent list)
    D        open a fresh copy of the integrator demo: a service provider's 62443-2-4 self-assessment
    l        learn mode
    x Delete take the selected recent assessment off the list (the file is untouched)
    q        quit
    Esc      quit, after asking
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
notice-wizard-draft = Filled in with what you typed last time and did not use.
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
label-interviewing = Interviewing
label-nobody-interviewed = nobody named (i)
label-given-by = Given by
label-nobody-named = nobody named
label-edited-by = Last edited
label-reason-missing = without the reason it needs: not counted
edit-note = Note (Enter new line · Esc done)
edit-evidence = Evidence references, one per line (Esc done)
edit-interviewee = Who is interviewed now? Stamped on every answer until changed (Enter done)
edit-search = Search id or words (Enter find · Esc cancel)
edit-reason = { $value }: type the reason (added to the note) · Esc records it · empty: no change
ladder-title = Guided maturity level
ladder-keys = y yes · n no · Esc cancel
notice-no-ladder = This answer scale has no guided ladder.
notice-reason-missing = Nothing recorded: this answer needs a reason.
notice-reasons-missing = { $count ->
    [one] 1 answer is
   *[other] { $count } answers are
} "not applicable" or "compensated" without a reason: not counted until one is given (r, then Tab lists them).
notice-nothing-to-undo = Nothing to undo.
notice-undone = Undone: { $what }
notice-all-saved = Everything is saved.
notice-kept-in-memory = Kept in memory and in the recovery copy; nothing is written to the file until you choose (Ctrl-S).
notice-draft-kept = The unfinished text is kept; it is offered again the next time this file is opened.
notice-draft-gone = The answer this text was for is no longer in scope; it is shown in the editor.
notice-recovery-kept = The unsaved changes stay in { $file }; they are offered again the next time this file is opened.
notice-reapply-cancelled = Nothing re-applied; your changes are still only in memory and the recovery copy.
notice-reapplied = Re-applied your changes ({ $mine }) over the file's ({ $theirs }); { $conflicts ->
    [0] no conflicts
    [one] 1 conflict settled
   *[other] { $conflicts } conflicts settled
}.
notice-reload-failed = Could not read the file back: { $reason }
notice-saved-as = Saved as { $file }; work goes on in that file.
notice-save-as-failed = Could not save under that name: { $reason }
undo-deleted-target = deleted { $id }
undo-deleted-scenario = deleted threat scenario { $id }
notice-none-found = Nothing found.
notice-no-zones = Add a zone first: this questionnaire is answered per zone.
label-group-na = n/a
label-reason = Reason
group-not-applicable = Not applicable: { $count ->
    [one] its requirement is
   *[other] all { $count } requirements are
} answered not applicable.
group-counts = { $total ->
    [one] 1 requirement
   *[other] { $total } requirements
}: { $answered } answered, { $open } open, { $na } not applicable
group-keys = An answer key here answers every requirement of this group (it asks before replacing answers) · { $choose } choose the value · { $next } the first requirement · { $parent } the parent group
bulk-title = Answer the whole group
bulk-choose = { $group }: { $total } requirements, { $answered } answered now. Press the key of the value to give all of them:
bulk-choose-keys = Esc: cancel, nothing changes
bulk-confirm-title = Replace answers?
bulk-confirm = Give “{ $value }” to { $group }: { $changes ->
    [one] 1 answer changes
   *[other] { $changes } answers change
}, { $replaces ->
    [one] 1 of them replacing a value given already
   *[other] { $replaces } of them replacing values given already
}.
bulk-confirm-keys = y or Enter: give it to all · Esc: cancel, nothing changes · afterwards Ctrl-Z undoes it in one step
notice-bulk-given = { $value } given to { $count ->
    [one] 1 answer
   *[other] { $count } answers
} of { $group } (Ctrl-Z undoes all of it).
notice-bulk-nothing = Nothing to change: every requirement of the group has that answer already.
notice-bulk-cancelled = Cancelled: no answer changed.
notice-on-group = This is a group header: j goes to its first requirement; an answer key answers all of them.
edit-reason-group = Reason for all { $count } requirements of { $group } ({ $value }): typed once for all · Esc records it · empty: no change
edit-reuse = · { $key }: the last reason or note
notice-no-last-note = No reason or note written yet in this session.
notice-search-cancelled = Search cancelled.
notice-search-none = Nothing found for “{ $query }” in any questionnaire.
notice-search-ended = Search ended.
search-active = Search “{ $query }”: { $current } of { $count } · { $next } next · { $previous } previous · Esc ends the search
search-list-title = “{ $query }”: { $current } of { $count }
search-list-keys = j k ↑ ↓ move · Enter stay here (then n / N) · Esc back to where you were
search-in-id = id
search-in-title = title
search-in-question = question
search-in-note = note
search-in-evidence = evidence
answer-more = ↓ { $below ->
    [one] 1 more line
   *[other] { $below } more lines
} ({ $down } / { $up } scroll)
answer-more-above = ↑ { $above ->
    [one] 1 line above
   *[other] { $above } lines above
} ({ $up } scrolls back)
message-title = Message
message-keys = Any key closes this message.
help-questionnaire =
    ↑ ↓  j k   previous / next requirement (Enter: next)
    PgUp PgDn  ten up / down · Home End: first / last
    Tab ⇧Tab   questionnaire · z Z next / previous zone or conduit
    0-4 n      maturity · m x c n: met, not met, compensated, n/a
    d p x n    process step: done, partly, not done, n/a
    Backspace  clear the answer · L guided ladder · Ctrl-Z undo
    e v i      note · evidence references · interviewee
    f u F      flag for follow-up · next unanswered · next flagged
    h ← A      group header (again: parent) · answer the whole group
    on a group an answer key answers all (asks before replacing)
    / n N      search all questionnaires · next / previous match · Esc ends
    J K        scroll the answer · Ctrl-L in a note or reason: the last one
    g / X T    guidance · search · export · interface language
    r s P      results · zones, conduits and threat scenarios · plan
    C          compensating countermeasure of the answer (record or edit)
    Ctrl-S     save again after a failure, or decide about a changed file
    Esc q      home screen · Ctrl-C quit (both ask if not all is saved)

## results
results-title = Results
label-to-close = requirements close the gap
help-results =
    Tab Shift-Tab  next / previous panel: maturity, review, security levels, gaps,
                   target profile (when one is chosen)
    ↑ ↓ PgUp PgDn  choose in the panel in focus (Home End: first, last)
    Enter          security levels: that zone's gaps · a gap or review entry: go to that answer
    ← →            gaps: the previous / next zone or conduit
    Ctrl-Z         undo the last change
    Esc            gaps: back to the security levels; elsewhere back to the questionnaire
    r q            back to the questionnaire · P the plan (Enter on an overdue action: that action)
    t              targets: target profile, target maturity, service scope assessed
    Enter          target profile: go to the requirement of that gap
results-panel-maturity = Maturity
results-panel-review = Review
results-panel-levels = Security levels
results-panel-gaps = SL-T reasons and gaps
results-keys-maturity = Tab panel · t targets · ↑↓ PgUp PgDn move · Esc back
results-keys-review = Tab panel · t targets · ↑↓ choose · Enter go to the answer · Esc back
results-keys-levels = Tab panel · t targets · ↑↓ zone or conduit · Enter its gaps · Esc back
results-keys-gaps = Tab panel · t targets · ↑↓ requirement · ←→ zone/conduit · Enter answer it · Esc list
results-levels-legend = SL-T/SL-A per FR · * SL-T set by hand · ! FRs no scenario assessed
results-derived = derived
results-no-sl-a = No answers with security levels for { $target } yet: no SL-A.
results-no-gaps = SL-A reaches SL-T in every FR.
results-gap-open = open
results-gap-not-met = not met

## zones, conduits and threat scenarios (62443-3-2)
zones-title = Zones and conduits
zones-empty = No zones yet: a adds one.
zones-scenarios = Threat scenarios (Tab selects)
label-assets = Assets
label-sl-t-manual = SL-T set by hand
confirm-title = Delete
confirm-delete-target = { $answers ->
    [0] Delete { $id }? It has no answers.
    [one] Delete { $id } with its one answer?
   *[other] Delete { $id } with its { $answers } answers?
}
confirm-delete-scenario = Delete threat scenario { $id }?
confirm-type-id = Type the id to delete
confirm-keys = Enter deletes once the id is typed exactly · Esc keeps it · Ctrl-Z undoes a deletion
confirm-error-id = That is not the id: type it exactly, or Esc to keep it.
form-id = Id
form-name = Name
form-description = Description
form-assets = Assets (a, b)
form-new-system = New system under consideration
form-system = System
form-error-name = Give it a name.
form-frs = Acts through FRs
form-impact-in = { $category }: impact reached
form-error-frs = Tick at least one FR the threat acts through.
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
form-keys-toggles = ←→ move · Space or 1-7 ticks · Tab next · Esc cancel
zones-matrix-unmitigated = Unmitigated risk
zones-matrix-residual = Residual risk
zones-legend = Risk levels
zones-legend-count = number: scenarios
zones-residual-unrated = { $count } not rated
zones-matrix-hidden = Risk matrices: the window is too short.
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
review-clean = Everything in scope is answered; nothing is flagged.
review-keys = ↑ ↓ choose · Enter goes to the answer (Tab brings this list into focus)
review-missing-reason = no reason
review-flagged = flagged

## dialogs: unsaved changes, a file changed by another program, drafts, recovery copies
label-no-recovery = (no recovery copy could be written)
label-mine = yours
label-theirs = in the file
label-removed = removed
dialog-unsaved-title = Changes not saved
dialog-unsaved-changed = Another program changed { $file }, so { $count ->
    [one] your last change was
   *[other] your last { $count } changes were
} not written to it. They are kept in memory and in { $recovery }.
dialog-unsaved-failed = { $count ->
    [one] Your last change could
   *[other] Your last { $count } changes could
} not be written to { $file }: { $reason }. They are kept in memory and in { $recovery }.
dialog-unsaved-keys-changed =
    r  read the file again and re-apply your changes
    w  save under another name
    Q  leave anyway (the recovery copy keeps them; offered when the file is opened again)
    Esc  stay
dialog-unsaved-keys-failed =
    r  try to save again
    w  save under another name
    Q  leave anyway (the recovery copy keeps them; offered when the file is opened again)
    Esc  stay
dialog-changed-title = The file was changed by another program
dialog-changed-text = { $file } changed on disk since iacs-assess last read or wrote it (a sync tool, git, another editor). Nothing was written over it. { $count ->
    [one] Your last change is
   *[other] Your last { $count } changes are
} kept in memory and in { $recovery }.
dialog-changed-keys =
    r  read the file again and re-apply your changes (conflicts are shown)
    w  save your version under another name
    k  keep working in memory (Ctrl-S brings this back)
dialog-conflicts-title = Your changes and the file's disagree
dialog-conflicts-text = { $count ->
    [one] One piece was
   *[other] { $count } pieces were
} changed both here and in the file. Choose which to keep for each; everything else is combined.
dialog-conflicts-keys = ↑↓ choose · Space yours / the file's · m all yours · t all the file's · Enter apply and save · Esc cancel
dialog-draft-title = Unfinished text
dialog-draft-text = You were typing { $what } when iacs-assess stopped ({ $when }):
dialog-draft-keys = Enter continue with it · Esc later (it stays kept)
draft-note = the note of { $id }
draft-evidence = the evidence of { $id }
draft-reason = the reason for { $id }
draft-bulk-reason = the one reason for every requirement of { $group }
draft-interviewee = the interviewee's name
draft-form = a form
dialog-recovered-title = Changes that were not saved last time
dialog-recovered-text = The last time { $file } was open, some changes could not be written to it. They were kept in { $copy }.
dialog-recovered-keys =
    r  re-apply them to the file now (conflicts are shown)
    Esc  later (the copy stays, and is offered again)
dialog-replace-title = The file exists
dialog-replace-text = { $file } exists already. It is not an assessment (those are never replaced).
dialog-replace-keys =
    R  replace it
    Esc  keep it (export again under another name)
notice-copied-aside = The file had comments, which iacs-assess does not keep: it was copied as it was to { $file }.
notice-export-kept = Nothing exported; the existing file is kept.
notice-reason-kept = The note is this answer's reason and stays: change the answer first to remove it.
notice-draft-both = The answer changed since this text was typed: both are in the editor, the answer's first.
notice-review-empty = The review list is empty: nothing is flagged and no answer lacks its reason.
notice-deleted = Done: { $what } · Ctrl-Z undoes it
notice-cleared = Answer cleared · Ctrl-Z undoes it
save-unchanged = opened, nothing changed yet
save-as-keys = Enter saves under this name · Esc goes back
dialog-discard-title = Throw away what you typed?
dialog-discard-text = This form holds text you typed that is not saved anywhere.
dialog-discard-keys =
    D  throw it away
    Esc  back to the form
save-as-title = Save under another name
save-as-file = File
save-as-same = That is the file's own name: choose another.

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
    Answer on the sheets that follow: one sheet per questionnaire, and per zone and per conduit (or per system, or per component for 62443-4-2, with only the requirements asked of its type) where it is answered for each. The top of each sheet names the zone, conduit or component and describes it.
    Beside each question are the guidance (what to look at, when it is met, the evidence to ask for) and what each answer means.
    Choose each answer from the drop-down list in the yellow Answer column; leave it empty when you do not know yet.
    Not applicable and Compensated need a reason or a description in the Note column.
    Notes may have several lines (Alt+Enter in Excel, Ctrl+Enter in LibreOffice). Put one evidence reference per line.
    Write "yes" in the Follow-up column to flag an answer for follow-up.
    The sheets are protected so that only the yellow answer cells take input; filtering and sorting still work. There is no password: Review > Unprotect Sheet lifts it if you must.
    Do not change the requirement ids or move the columns: the answers are read back by requirement id. Emptying an answer that was filled in, or giving one requirement on two rows, is refused when the file is read back unless the assessor confirms it.
    Send the file back to the assessor, who reads it in with: iacs-assess import ASSESSMENT.toml --from THIS-FILE.xlsx
offline-col-question = Question
offline-col-evidence = Evidence references (one per line)
offline-col-flag = Follow-up

## SL-T reasons
reason-risk = { $scenario }: unmitigated risk { $by }
reason-reduction = { $scenario }: unmitigated risk { $by }, { $steps ->
    [0] within the tolerable risk
    [one] 1 step above the tolerable line
   *[other] { $steps } steps above the tolerable line
}
reason-consequence = { $scenario }: consequence floor "{ $floor }"
reason-tolerable = no scenario asks for more: the floor for tolerable risk, SL { $sl }
reason-zone = at least as strict as zone { $zone }
warning = warning
warning-unassessed = no scenario assessed for FR { $frs } of { $target }
score-derived = the risk model alone would derive { $vector }
label-sl-na = n/a
label-unassessed = no scenario for FR { $frs }
col-sl-t-reasons = Why this SL-T
col-derived-reasons = What the risk model alone would derive, and why:
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

## compensating countermeasures
score-countermeasures = Compensating countermeasures (as of { $date })
ccm-status-stands = stands
ccm-status-incomplete = incomplete
ccm-status-unapproved = not approved
ccm-status-overdue = review overdue
ccm-missing = missing: { $fields }
ccm-review-due = review was due by { $date }
ccm-field-instead = what is done instead
ccm-field-equivalence = why it is equivalent
ccm-field-residual-risk = residual risk
ccm-field-verification = how it was verified
ccm-none = No countermeasures recorded.
ccm-no-record = no record
ccm-without-record = { $count ->
    [one] 1 answer "compensated" has no countermeasure record (not counted):
   *[other] { $count } answers "compensated" have no countermeasure record (not counted):
}
warning-countermeasures = warning: { $count ->
    [one] 1 answer "compensated" is not counted: no countermeasure record that stands (complete, approved, not past review) covers it:
   *[other] { $count } answers "compensated" are not counted: no countermeasure record that stands (complete, approved, not past review) covers them:
}
sheet-countermeasures = Compensating countermeasures
col-status = Status
col-requirements = Requirements
col-instead = What is done instead
col-equivalence = Why it is equivalent
col-approved-by = Approved by
col-approved = Approved
col-verification = How it was verified
col-review-by = Review by
form-ccm-new = New compensating countermeasure ({ $questionnaire })
form-ccm-edit = Compensating countermeasure { $id }
form-ccm-id = Id
form-ccm-requirements = Requirements (comma-separated)
form-ccm-targets = Zones / conduits (comma-separated)
form-ccm-instead = What is done instead
form-ccm-equivalence = Why it is equivalent
form-ccm-residual-risk = Residual risk
form-ccm-verification = How it was verified
form-ccm-approved-by = Approved by
form-ccm-approved = Approved on (empty: today)
form-ccm-review-by = Review by (YYYY-MM-DD)
form-ccm-error-date = Dates are written YYYY-MM-DD, e.g. 2026-11-02.
form-ccm-error-future = An approval cannot be dated after today.
form-ccm-error-id = The id takes letters, digits, - _ and . (e.g. CCM-01).
form-ccm-error-taken = There is already a countermeasure with this id.
form-ccm-error-record = Not saved: { $problem }
undo-countermeasure = countermeasure { $id }
notice-countermeasure-saved = Countermeasure { $id } saved: { $status }.
notice-countermeasure-needed = Compensated: it counts once a countermeasure record stands. C records it.
label-countermeasure = Countermeasure
label-countermeasure-none = none recorded, not counted
label-countermeasure-add = C record it
label-countermeasure-edit = C edit
label-not-credited = not counted
review-no-countermeasure = no countermeasure record

## cyber security requirements specification (62443-3-2 ZCR 6) and its approval (ZCR 7)
spec-title = Cyber security requirements specification
spec-intro = What each system under consideration must meet, as the risk assessment found it: its zones and conduits, their target security levels and why, the threat scenarios and their risk, and the IEC 62443-3-3 requirements to meet. Each system ends with its approval.
spec-col-field = Field
spec-col-value = Value
spec-date = Assessment last changed
spec-system = System under consideration: { $name } ({ $id })
spec-col-system = System
spec-no-description = No description of the system, its boundary and its access points has been recorded.
spec-risk-model = Risk model and SL-T method
spec-no-model = The assessment has no risk model: SL-T vectors are set by hand.
spec-method = SL-T method
spec-tolerable = Tolerable risk levels
spec-intolerable = Risk levels that are not tolerable
spec-lowest-sl = Lowest SL-T
spec-lowest-sl-value = SL { $sl } in every FR of every zone and conduit
spec-floors = Consequence floors
spec-floor-line = { $floor }: at least SL { $sl } in { $frs }
spec-none = none
spec-zones = Zones and conduits
spec-no-zones = No zone or conduit belongs to this system yet.
spec-boundary = Boundary
spec-kind-zone = zone
spec-between = conduit between zones { $from } and { $to }
spec-assets = Assets
spec-description = Description
spec-sl-t = Target security levels (SL-T)
spec-why = Why
spec-scenarios = Threat scenarios and risk
spec-no-scenarios = No threat scenario is aimed at a zone or conduit of this system.
spec-requirements = Requirements to meet (IEC 62443-3-3)
spec-requirements-intro = Every system requirement and enhancement whose minimum SL is at most the SL-T of its foundational requirement, with how it stands in the answers.
spec-requirements-of = { $target }: { $count ->
    [one] { $count } requirement
   *[other] { $count } requirements
}
spec-see-sheet = The list is on the sheet "{ $sheet }".
spec-sheet-requirements = Requirements
spec-col-state = State
spec-state-met = met
spec-state-not-met = not met
spec-state-compensated = compensated
spec-state-na = not applicable
spec-state-unanswered = unanswered
spec-state-not-credited = compensated, not credited
spec-countermeasures = Compensating countermeasures
spec-no-countermeasures = No compensating countermeasure is recorded for the zones and conduits of this system.
spec-approval = Approval
spec-approved-by = Approved by { $by } ({ $role }) on { $date }
spec-approval-current = approved
spec-approval-changed = approved version changed since: re-approve
spec-not-approved = Not approved in its present form. To approve, sign below, or record the approval with iacs-assess spec --approve.
spec-sign-name = Name
spec-sign-role = Role
spec-sign-date = Date
spec-sign-signature = Signature

## home: recent assessments, quitting, where a new file goes
home-more-above = { $count } more above
home-missing = file not found
dialog-quit-title = Quit iacs-assess?
dialog-quit-text = Nothing is lost: every answer is in its file, and a new assessment you started but did not create is offered again next time.
dialog-quit-keys =
    q  quit
    Esc  stay
wizard-file-at = Will be written to { $path }
notice-created = Created { $path }

## results: what is left to do per questionnaire (only the parts that are not zero)
review-part-open = { $count } open
review-part-flagged = { $count } flagged
review-part-reasons = { $count } without their reason
zones-more = … more below: { $key } scrolls down
zones-more-above = ↑ more above: { $key } scrolls up
notice-scenario-added = Threat scenario { $id } added to { $target }.
notice-recent-removed = { $path } is off the list (the file itself is untouched).
search-wrapped-first = Past the last match: back at the first.
search-wrapped-last = Before the first match: on to the last.
answers-file-done = { $rows ->
    [one] 1 answer
   *[other] { $rows } answers
} in { $file }: { $changed } changed, { $unchanged } unchanged.
answers-file-done-partial = { $rows ->
    [one] 1 answer
   *[other] { $rows } answers
} in { $file }: { $changed } changed, { $unchanged } unchanged, { $refused } not taken (listed below).
answers-file-refused = { $refused ->
    [one] 1 row cannot be taken
   *[other] { $refused } rows cannot be taken
}; nothing was written (--partial writes the others).
answers-file-not-taken = { $refused ->
    [one] 1 row was not taken
   *[other] { $refused } rows were not taken
}; the others were written.

## The remediation plan (shared by the command line, the interface and the workbook)
action-status-proposed = proposed
action-status-planned = planned
action-status-in-progress = in progress
action-status-done = done
action-status-dropped = dropped
plan-title-maturity = Raise { $group } { $title } to ML{ $level }
plan-stage-now = now
plan-stage-phase = after phase { $phase }
plan-stage-whole = whole plan
plan-level-line = { $target } SL-A {"{"}{ $vector }{"}"}, SL-T reached in { $reached } of { $of } FRs
plan-level-line-no-target = { $target } SL-A {"{"}{ $vector }{"}"} (no SL-T)

## The plan screen (issue 18: the interface)
plan-title = Plan
plan-list-title = Plan: { $shown } of { $count } actions
plan-panel-list = Actions
plan-panel-detail = Detail
plan-panel-projection = Projection: what the plan reaches
plan-keys-list = ↑↓ choose · p propose · a accept · x drop · s status · d done · e o u edit · f filter · Tab panel · ? help
plan-keys-detail = ↑↓ requirement · Enter answer it · Tab panel · Esc list
plan-keys-projection = ↑↓ scroll · Tab panel · Esc list
plan-empty = No actions yet: p proposes actions for the open gaps.
plan-none-shown = No action matches the filter (f changes it, F shows all).
plan-group-phase = Phase { $phase }
plan-group-none = No phase
plan-group-dropped = Dropped
plan-no-owner = no owner
plan-due = due { $due }
plan-effort = effort { $effort }
plan-why-lifts = Lifts
plan-why-intolerable = Intolerable scenarios
plan-why-unanswered = Assess first (unanswered)
plan-why-nothing-open = Addresses no open gap any more.
plan-addresses = { $count ->
    [one] Addresses 1 requirement
   *[other] Addresses { $count } requirements
}
plan-reassess = { $count ->
    [one] Done: re-assess 1 requirement (Enter goes to it)
   *[other] Done: re-assess { $count } requirements (Enter goes to one)
}
plan-history = History
plan-maturity-below = { $count ->
    [one] 1 maturity group below target (ML now/target):
   *[other] { $count } maturity groups below target (ML now/target):
}
plan-maturity-group = { $group } ML{ $min }/{ $target }
plan-filter-title = Show actions
plan-filter-target = Zone or conduit
plan-filter-owner = Owner
plan-filter-phase = Phase
plan-filter-overdue = Overdue
plan-filter-all = all
plan-filter-overdue-only = overdue only
plan-filter-shown-target = zone { $target }
plan-filter-shown-owner = owner { $owner }
plan-filter-shown-phase = phase { $phase }
plan-filter-shown-overdue = overdue
plan-form-edit = Action { $id }
plan-form-title = Title
plan-form-owner = Owner
plan-form-due = Due (YYYY-MM-DD)
plan-form-effort = Effort
plan-form-phase = Phase
plan-form-description = Description
plan-form-status-title = Status of { $id }
plan-form-status = Status
plan-form-choice-keys = ←→ choose · Tab next · Enter on the last field applies · Esc cancel
plan-form-error-title = Give the action a title.
plan-form-error-due = "{ $text }" is not a date: write it as YYYY-MM-DD, e.g. 2026-11-02.
plan-form-error-effort = "{ $text }" is not an effort: give one of { $labels } or a number of person-days.
plan-form-error-phase = "{ $text }" is not a phase: give a number from 1.
notice-plan-proposed = Proposals: { $added } added, { $updated } updated, { $removed } removed.
notice-plan-status = { $id } is now { $status }.
notice-plan-done = { $id } done: no answer was changed; re-assess its { $count } requirements (Enter goes to one).
notice-plan-not-proposed = { $id } is not a proposal: s changes its status.
notice-plan-saved = { $id } saved.
undo-plan-propose = proposed actions
undo-plan-status = { $id } { $status }
undo-plan-edit = action { $id }
review-overdue = action overdue: { $owner }, due { $due }
dialog-drop-action-title = Drop action
dialog-drop-action-text = Drop { $id } { $title }? It stays in the file as dropped, and proposing again leaves its requirements out.
dialog-drop-action-yes = Drop it
dialog-drop-action-no = Keep it
dialog-drop-action-keys = y drops · ←→ choose · Enter on the choice · Esc or n keeps it
help-plan =
    ↑ ↓ PgUp PgDn  choose an action (Home End: first, last)
    Tab Shift-Tab  next / previous panel: actions, detail, projection
    p              propose actions for the open gaps (never touches accepted ones)
    a x            accept the proposal (planned) · drop it (asks first)
    s d            change the status · done (answers stay: re-assess them)
    e o u          edit the action · its owner · its due date
    f F            filter by zone or conduit, owner, phase, overdue · show all
    Enter          actions: the detail · a requirement: answer it
    Ctrl-Z         undo the last change
    r              results · Esc q back to the questionnaire

## Plan exports: the plan CSV, the workbook's Plan and projection sheets, compare and rollup
sheet-plan = Plan
sheet-plan-projection = Plan projection
col-phase = Phase
col-owner = Owner
col-due = Due
col-effort = Effort
col-plan-addresses = Requirements (zones and conduits)
col-plan-why = Why
col-plan-stage = Stage
col-plan-reached = SL-T reached
plan-band-phase = Phase { $phase }
plan-band-no-phase = Without a phase
plan-band-dropped = Dropped
plan-overdue = overdue
export-plan-why-lifts = lifts { $list }
export-plan-why-raises = raises { $list }
export-plan-why-intolerable = intolerable risk: { $list }
export-plan-why-unanswered = { $count ->
    [one] 1 requirement not answered yet
   *[other] { $count } requirements not answered yet
}
plan-reached = SL-T reached in { $reached } of { $of } FRs
plan-no-target = no SL-T
export-plan-maturity-below = Maturity groups below target
plan-group-at-target = { $meeting } of { $answered } at target, lowest ML{ $min }
plan-summary-heading = With the whole plan done
compare-opened = opened
compare-closed = closed
compare-slipped = slipped
rollup-sheet-plan = Plan by site
rollup-col-actions = Actions
rollup-col-proposed = Proposed
rollup-col-planned = Planned
rollup-col-in-progress = In progress
rollup-col-done = Done
rollup-col-dropped = Dropped
rollup-col-overdue = Overdue

## plan on the command line: propose, show, add, set, done, list, remove
plan-cli-refused = { $file }: { $problem }
plan-cli-no-action = there is no action "{ $id }" (there are: { $known })
plan-cli-no-action-none = there is no action "{ $id }" (this assessment has no actions yet; plan propose proposes some)
plan-cli-bad-status = "{ $value }" is not a status: give one of { $known }
plan-cli-bad-phase = "{ $value }" is not a phase: give a number from 1 to 99
plan-cli-bad-date = "{ $value }" is not a date: write it as YYYY-MM-DD, e.g. 2026-11-02
plan-cli-bad-requirement = "{ $value }" does not name a requirement: write QUESTIONNAIRE/ZONE/REQUIREMENT, e.g. "iec62443-3-3/Z-SCADA/SR 1.2", or QUESTIONNAIRE/REQUIREMENT for a questionnaire answered for the whole organisation
plan-cli-no-zone = "{ $zone }" is neither a zone nor a conduit of this assessment
plan-cli-removed = Removed action { $id }.
plan-cli-added = Added action { $id } ({ $phase }).
plan-cli-changed = Changed action { $id }.
plan-cli-unchanged = Action { $id } already is as asked; nothing changed.
plan-cli-in-phase = phase { $phase }
plan-cli-no-phase = no phase
plan-cli-owner = owner { $owner }
plan-cli-due = due { $date }
plan-cli-due-overdue = due { $date }, OVERDUE
plan-cli-effort = effort { $effort }
plan-cli-lifts = lifts
plan-cli-raises = raises
plan-cli-intolerable = intolerable scenarios
plan-cli-assess-first = assess first (unanswered)
plan-cli-nothing-open = Nothing it addresses is below target any more.
plan-cli-heading-phase = Phase { $phase }
plan-cli-heading-no-phase = Without a phase
plan-cli-heading-dropped = Dropped
plan-cli-summary = { $count ->
    [one] 1 action
   *[other] { $count } actions
}: { $statuses }; { $overdue } overdue on { $date }.
plan-cli-empty = No actions yet: plan propose proposes them from the gaps, plan add adds one by hand.
plan-cli-reaches = What the plan reaches (its answers treated as met or at target; nothing is written):
plan-cli-maturity-below = { $questionnaire } below target
plan-cli-maturity-at-target = every maturity group at its target
plan-cli-group-below = { $group } ML{ $level } (target ML{ $target })
plan-cli-uncovered = { $count ->
    [one] 1 answer below target is
   *[other] { $count } answers below target are
} addressed by no action:
plan-cli-list-empty = No action matches.
plan-cli-propose-nothing = Nothing new to propose; the plan stays as it was.
plan-cli-propose-added = { $count ->
    [one] 1 action proposed
   *[other] { $count } actions proposed
}
plan-cli-propose-updated = { $count ->
    [one] 1 earlier proposal brought up to date
   *[other] { $count } earlier proposals brought up to date
}
plan-cli-propose-removed = { $count ->
    [one] 1 earlier proposal removed, no longer needed
   *[other] { $count } earlier proposals removed, no longer needed
}
plan-cli-propose-left-out = Left out of the proposals: { $accepted } answers already in accepted actions, { $dropped } in dropped ones.
plan-cli-done = Action { $id } is done. No answer was changed.
plan-cli-done-reassess = Re-assess what it addresses (questionnaire, zone or conduit, requirement, answer now):
plan-cli-unanswered = unanswered
plan-cli-done-command = Record what you find, for example:
plan-cli-score-heading = Remediation plan
plan-cli-score-counts = { $count ->
    [one] 1 action
   *[other] { $count } actions
}, { $overdue } overdue (plan show lists them)
plan-cli-count-proposed = { $count } proposed
plan-cli-count-planned = { $count } planned
plan-cli-count-in-progress = { $count } in progress
plan-cli-count-done = { $count } done
plan-cli-count-dropped = { $count } dropped

## Printing the workbooks (issue 19)
print-page-of = page { $page } of { $pages }
print-classification-default = Confidential
workbook-subject = IEC 62443 assessment report
label-not-assessed = not assessed
field-classification = Classification
col-threat-actor = Threat actor
col-frs = FRs
col-residual-li = Residual likelihood × impact
label-all-frs = all
col-gap-count = Not met, needed for SL-T
findings-not-assessed = { $count ->
    [one] One requirement that the SL-T needs is not assessed yet. It is open work, not a finding: answer it to know whether it is a gap.
   *[other] { $count } requirements that the SL-T needs are not assessed yet. They are open work, not findings: answer them to know which are gaps.
}


## Offline questionnaire workbook and its import (issue 19)
offline-col-guidance = Guidance and evidence to ask for
offline-col-meanings = What each answer means
offline-evidence-to-see = Evidence to ask for
offline-target-zone = Zone { $id }: { $name }
offline-target-conduit = Conduit { $id }: { $name } ({ $from } to { $to })
offline-target-system = System under consideration { $id }: { $name }
import-at-cell = sheet '{ $sheet }', cell { $cell }
import-at-row = sheet '{ $sheet }', row { $row }
import-unknown-questionnaire = unknown questionnaire "{ $id }"
import-formula = holds a formula; type the text itself
import-no-questionnaire-sheets = this workbook has no questionnaire sheets (make one with `iacs-assess export FILE --format offline-xlsx`)
import-layout-unknown = this workbook has layout { $layout }, which this version cannot read; export the questionnaire workbook again
import-field-value = the answer
import-field-note = the note
import-field-evidence = the evidence
import-field-interviewee = the interviewee
import-field-flag = the follow-up flag
import-clears = { $place } (cells { $cells }): empties { $fields } of { $what }, which the assessment has; to clear them, import again with --allow-clear
import-cleared = { $place }: cleared { $fields } of { $what }
import-repeated-same = { $what } is given on { $count } identical rows: { $places }; delete all but one, or import again with --allow-duplicates to take it once
import-repeated-differ = { $what } is given on { $count } rows that differ: { $places }; delete all but the right one (no option takes rows that differ)
import-repeated-taken = { $what } is given on { $count } identical rows, taken once: { $places }
import-refused = { $refused ->
    [one] 1 problem
   *[other] { $refused } problems
}: nothing was imported (--partial takes the rest).
import-not-in-scope = { $questionnaire } is not in this assessment's scope
import-no-requirement = { $questionnaire } has no requirement "{ $requirement }"
import-not-a-system = "{ $target }" is not a system under consideration of this assessment
import-not-a-target = "{ $target }" is neither a zone nor a conduit of this assessment
import-needs-target = { $questionnaire } is answered per zone, but the row names none
import-organisation-wide = { $questionnaire } is answered for the whole organisation, not for "{ $target }"
import-second-time = { $requirement } is answered a second time (first in { $first })
import-no-scale = no scale "{ $scale }"
import-not-an-answer = "{ $text }" is not an answer for { $requirement } (allowed: { $allowed })
import-needs-note = the answer for { $requirement } needs a reason or description in the note
import-flag-word = "{ $text }": write yes, or leave the cell empty
import-not-taken = not taken
import-more-not-taken = ... and { $count } more not taken
import-done = Imported { $changed } changed answers from { $file } ({ $unchanged } unchanged).
import-done-partial = Imported { $changed } changed answers from { $file } ({ $unchanged } unchanged, { $refused } not taken).


## Compare and rollup (issue 19)
compare-area-answer = Answer
compare-area-countermeasure = Countermeasure
compare-area-system = System
compare-area-approval = Approval
compare-area-maturity = Maturity
compare-area-security-level = Security level
compare-area-gap = Gap
compare-area-action = Action
compare-gap = gap
compare-book-title = Changes: { $title }
compare-sheet-levels = Maturity before and after
compare-chart-title = Mean maturity per group, before and after
compare-made-on = Compared on { $date }
compare-source-old = Earlier
compare-source-new = Later
rollup-book-title = { $count ->
    [one] 1 site
   *[other] { $count } sites side by side
}
rollup-sheet-overview = Overview
rollup-chart-title = Mean maturity per site and questionnaire
rollup-made-on = Rolled up on { $date }
teams-sheet-sources = Sources
teams-col-role = Used as
teams-col-file = File
teams-col-digest = SHA-256 of the file
export-csv-dialect = CSV for


## Scope and method, evidence register, follow-ups, proposals in the plan, interviewees (issue 19)
sheet-scope = Scope and method
scope-systems = Systems under consideration
col-description = Description
scope-questionnaires = Questionnaires in scope
col-standard = Standard
col-edition = Edition
col-answered-for = Answered for
col-answers = Answers
scope-for-organisation = the organisation, once
scope-for-system = each system under consideration
scope-for-zone = each zone
scope-for-conduit = each conduit
scope-for-zone-or-conduit = each zone, and each conduit with answers
scope-for-component = each component
scope-method = Risk model and SL-T method
scope-risk-model = Risk model
scope-model-size = { $id }: { $likelihood } likelihood levels by { $impact } impact levels
scope-override = SL-T set by hand
scope-override-text = { $count ->
    [0] none: every SL-T follows from the risk model
    [one] for 1 zone or conduit, with its justification beside it
   *[other] for { $count } zones and conduits, each with its justification beside it
}
scope-maturity-targets = Maturity targets
scope-maturity-default = Default target
scope-people = Assessors and interviewees
col-role = Role
col-first-answer = First answer (UTC)
col-last-answer = Last answer (UTC)
scope-nobody-interviewed = No answer names an interviewee yet.
scope-steps-missing = { $standard }: steps not done yet
scope-step-unanswered = not answered
scope-steps-all-done = Every step is done, or does not apply, for every system.
sheet-evidence = Evidence register
col-evidence-reference = Evidence reference
evidence-none = No answer cites any evidence yet.
sheet-follow-ups = Follow-ups
follow-ups-none = No answer is flagged for follow-up.
plan-proposals-note = Proposed actions, not agreed yet: the assessment has no plan, so these are the actions proposed for its open gaps. Agree an owner, a due date and a status for each; the assessors then record them in the assessment.
plan-overdue-line = Overdue: it was due on { $date }
plan-due-prompt = A date, for example 2027-03-31
plan-due-invalid = Enter a date, for example 2027-03-31.
plan-owner-prompt = Who carries out the action: a person or a team
interviewee-no-role = role not recorded
interviewee-answers = { $count ->
    [0] no answers yet
    [one] 1 answer, { $first }
   *[other] { $count } answers, { $first } to { $last }
}
interviewee-cli-needs = An interviewee needs a name and a role.
interviewee-cli-recorded = Recorded { $name }.
interviewee-cli-updated = Updated { $name }.
interviewee-cli-removed = Removed { $name }. Their answers still name them.
interviewee-cli-unknown = Nobody called "{ $name }" is recorded (recorded: { $known }).


## Executive summary and zone model sheets (issue 19)
sheet-executive = Executive summary
exec-as-of = { $title }: results as of { $date }
exec-heading-maturity = Maturity
exec-target-one = ML{ $level }
exec-target-range = ML{ $low } to ML{ $high }, by area
exec-maturity-mean = { $questionnaire }: { $answered ->
    [one] the one requirement assessed stands at maturity { $mean }
   *[other] the { $answered } requirements assessed reach a mean maturity of { $mean }
}, against a target of { $target }.
exec-maturity-areas = { $at ->
    [one] 1 of { $areas } areas is at its target
   *[other] { $at } of { $areas } areas are at their target
}{ $below ->
    [0] {""}
   *[other] , { $below } below it
}{ $open ->
    [0] {""}
   *[other] , { $open } not assessed yet
}.
exec-maturity-none = { $questionnaire }: no requirement has been assessed yet.
exec-heading-levels = Security levels
exec-sl-reached = { $reached ->
    [one] 1 of the { $total } zones and conduits reaches its target security level (SL-T) in every foundational requirement
   *[other] { $reached } of the { $total } zones and conduits reach their target security level (SL-T) in every foundational requirement
}{ $short ->
    [0] {""}
    [one] ; 1 falls short
   *[other] ; { $short } fall short
}{ $open ->
    [0] {""}
   *[other] ; { $open } not assessed against IEC 62443-3-3 yet
}{ $untargeted ->
    [0] {""}
   *[other] ; { $untargeted } without an SL-T
}.
exec-sl-none = No zone or conduit has been defined yet.
exec-sl-short = { $target } ({ $name }) falls short in { $frs }.
exec-sl-short-fr = { $fr } by { $levels ->
    [one] one level
   *[other] { $levels } levels
}
exec-sl-close = { $requirements ->
    [one] One requirement closes the gap
   *[other] { $requirements } requirements close the gap
}{ $unanswered ->
    [0] .
    [one] ; one of them is not assessed yet.
   *[other] ; { $unanswered } of them are not assessed yet.
}
exec-sl-more = { $count ->
    [one] One more falls short
   *[other] { $count } more fall short
}: the sheet "{ $sheet }" shows every zone and conduit.
exec-heading-risk = Risk
exec-risk-none = The risk register holds no threat scenario yet.
exec-risk-inherent = { $total ->
    [one] The risk register holds one threat scenario
   *[other] The risk register holds { $total } threat scenarios
}. { $intolerable ->
    [0] None of them is intolerable before countermeasures.
    [one] One is intolerable before countermeasures: { $ids }.
   *[other] { $intolerable } are intolerable before countermeasures: { $ids }.
}
exec-risk-residual = { $residual ->
    [0] With the countermeasures recorded, none remains intolerable
    [one] With the countermeasures recorded, one remains intolerable: { $ids }
   *[other] With the countermeasures recorded, { $residual } remain intolerable: { $ids }
}{ $unrated ->
    [0] .
    [one] ; one scenario has no residual risk rated yet.
   *[other] ; { $unrated } scenarios have no residual risk rated yet.
}
exec-heading-open = Open work
exec-open-none = Every requirement that applies has been assessed.
exec-open = { $count ->
    [one] One requirement is not assessed yet
   *[other] { $count } requirements are not assessed yet
} ({ $list }). They are open work, not gaps: nothing is known about them yet.
exec-open-part = { $questionnaire }: { $count }
exec-heading-actions = Top ten actions
exec-actions-plan = The remediation plan holds { $total ->
    [one] one action
   *[other] { $total } actions
}, { $open } of them still open. { $shown ->
    [one] This is the first open one
   *[other] These are the first { $shown } open ones
} in plan order: earliest phase first, intolerable risks first, then the most gain for the effort.
exec-actions-plan-none-open = The remediation plan holds { $total ->
    [one] one action
   *[other] { $total } actions
}, none of them still open.
exec-actions-proposed = The assessment has no remediation plan yet. { $shown ->
    [one] This is the one action the gaps call for
   *[other] These are the first { $shown } of { $total } actions the gaps call for
}, in the order a plan would take them; the command "plan propose" adds them to the assessment.
exec-actions-none = No action is proposed: no gap has been found in what has been assessed.
exec-chart-title = Foundational requirements at SL-T, per zone and conduit
exec-series-at = FRs at SL-T
exec-series-below = FRs below SL-T
exec-series-open = FRs not assessed
exec-chart-data = Chart data
exec-matrix-inherent = Risk before countermeasures
exec-matrix-residual = Residual risk, with countermeasures
exec-matrix-corner = Likelihood / impact
exec-matrix-count = { $count } scenarios
exec-ids-more = { $list } and { $count } more
exec-matrix-legend = Risk levels
sheet-zone-model = Zone and conduit model
zm-col-system = System under consideration
zm-col-description = Description
zm-col-assets = Assets, or the zones a conduit joins
zm-col-level = Level
zm-joins = joins { $from } and { $to }
zm-not-assessed = SL-A not assessed

## Service providers: shared words (issue 23): service scope, target profile, the verdicts of a profile check
service-scope-both = integration and maintenance services
service-scope-integration = integration services only
service-scope-maintenance = maintenance services only
service-integration = integration
service-maintenance = maintenance
outside-service-scope = outside the service scope assessed
label-not-offered = not offered
target-profile = Target profile
target-profile-none = none: one target level for every requirement
verdict-below = below the level asked
verdict-not-offered = asked, not offered
verdict-not-applicable = not applicable, says the provider
verdict-not-assessed = not assessed yet
verdict-meets = meets the level asked
verdict-not-asked = not asked for

## Service providers in the score and the customer workbook (issue 23)
score-not-offered = { $count ->
    [one] 1 requirement not offered (left out of the levels)
   *[other] { $count } requirements not offered (left out of the levels)
}
score-group-not-offered = { $count ->
    [one] not offered (1 requirement)
   *[other] not offered ({ $count } requirements)
}
exec-maturity-not-offered = { $count ->
    [one] One area is not offered at all and has no level: { $areas }.
   *[other] { $count } areas are not offered at all and have no level: { $areas }.
}
scope-services = Services assessed
home-demo-integrator = Open the integrator demo (its 62443-2-4 self-assessment)

## Capability statement (issue 23)
statement-title = Capability statement
statement-intro = What this service provider offers its customers, per functional area of IEC 62443-2-4, with the maturity of each capability and where the evidence can be found. Capabilities that are not offered are listed as such and do not lower the level of what is offered.
statement-provider = Service provider
statement-scope = Services covered
statement-standard = Assessed against
statement-date = As of
statement-left-out = { $count ->
    [one] one requirement for other services is left out
   *[other] { $count } requirements for other services are left out
}
statement-summary = Summary per functional area
statement-col-area = Area
statement-col-offered = Offered
statement-col-maturity = Maturity
statement-col-not-offered = Not offered
statement-col-not-applicable = Not applicable
statement-col-not-assessed = Not assessed
statement-area-level = mean { $mean }, lowest: { $min }
statement-area-empty = Nothing in this area is within the services covered.
statement-text-counts = offered { $offered }, not offered { $notoffered }, not applicable { $na }, not assessed { $open }
statement-sheet = Statement
statement-sheet-capabilities = Capabilities
statement-sheet-check-summary = Check summary
statement-check-title = Check against { $profile }
statement-check-intro = Profile { $profile } asks for { $asked ->
    [one] one requirement
   *[other] { $asked } requirements
}; { $gaps ->
    [0] the provider falls short on none of them.
    [one] the provider falls short on one of them.
   *[other] the provider falls short on { $gaps } of them.
}
statement-col-verdict = Result
statement-col-count = Requirements
statement-check-per-area = Per functional area
statement-col-highest-asked = Highest level asked
statement-check-rows = Per requirement, shortfalls first
statement-col-asked = Asked
statement-col-offered-level = Offered
statement-check-gaps = Shortfalls
statement-check-no-gaps = None: every requirement asked for is met, or its answer is for the owner to judge.
statement-check-rest = The other requirements
statement-text-below = asked { $asked }, offered { $offered }: { $gap ->
    [one] one level short
   *[other] { $gap } levels short
}
statement-text-missing = asked { $asked }; offered: { $offered }
statement-text-up-to = up to { $level } asked

## Service provider screens (issue 23)
col-not-offered = Not off.
notice-outside-service-scope = { $requirement } is { outside-service-scope } ({ $scope }), so it is not answered. To change the scope: { $results } for the results, then t for the targets.
answer-outside-scope-hint = Answer keys do nothing here; the scope assessed is { $scope }. To change it: { $results }, then t.
results-keys-profile = Tab panel · t targets · ↑↓ gap · Enter go to the requirement · Esc back
profile-offered-level = { $level ->
    [0] not implemented
   *[other] ML{ $level } offered
}
profile-area = ML{ $level } asked · { $gaps ->
    [one] 1 gap
   *[other] { $gaps } gaps
} · { $meets }/{ $asked } meet it
profile-gaps = { $count ->
    [one] 1 gap
   *[other] { $count } gaps
} (requirement, level asked, offered)
profile-gap = ML{ $asked } asked · { $offered }
profile-no-gaps = No gaps: everything asked for is offered at the level asked, or not assessed yet.
targets-title = Targets
targets-keys = Tab next · ←→ choose · Enter on the last field applies · Esc leaves them as they were
targets-profile-for = Profile { $questionnaire }
targets-maturity = Target without a profile
targets-service-scope = Service scope assessed
notice-targets-set = Targets set: the results are checked against them.
notice-targets-unchanged = Nothing changed: the targets are as they were.
group-not-offered = Not offered: { $count ->
    [one] its one requirement in the service scope assessed is
   *[other] all { $count } requirements in the service scope assessed are
} answered not offered (or not applicable).
import-outside-service-scope = { $requirement } lies outside the service scope assessed ({ $scope }), so it is not answered; change the scope with iacs-assess service-scope

## Components and SL-C (issue 20, core)
component-type-software-application = Software application
component-type-embedded-device = Embedded device
component-type-host-device = Host device
component-type-network-device = Network device
sl-c-assessed = assessed
sl-c-declared = declared
sl-c-unknown = unknown
sl-c-assessed-count = assessed from 62443-4-2: { $answered } of { $applicable } requirements answered
declared-by-certificate = certificate
declared-by-supplier-statement = supplier's statement
score-components = Components (SL-C, IEC 62443-4-2)
score-zone-check = Zone check: components against their zone's SL-T
zone-check-below = { $zone } FR { $fr }: { $component } (SL-C { $sl_c }) below SL-T { $sl_t }
zone-check-open = { $zone } FR { $frs }: { $component } not yet shown capable of the SL-T: its 62443-4-2 answers are not complete
zone-check-unknown = { $zone }: { $component } has no known SL-C (neither assessed nor declared), so it cannot count as capable of SL-T { $sl_t }
zone-check-none = Every component is capable of its zone's SL-T.
zone-check-no-target = No component sits in a zone with an SL-T yet.
plan-level-line-sl-c = { $target } SL-C {"{"}{ $vector }{"}"}, its zone's SL-T reached in { $reached } of { $of } FRs
plan-level-line-sl-c-no-target = { $target } SL-C {"{"}{ $vector }{"}"} (its zone has no SL-T)


## Components in the workbook and teams (issue 20)
sheet-components = Components
sheet-zone-check = Zone check
components-col-type = Type
components-col-vendor = Vendor
components-col-product = Product
components-col-version = Version
components-col-zone = Zone
components-col-component = Component
components-col-source = SL-C from
components-col-from = Where the SL-C comes from
components-col-check = Why it keeps the zone from its SL-T
components-ccsc-open = held at 0 in every FR by { $ids } (common constraints not met or not answered)
components-unknown-source = neither assessed nor declared: not counted as capable
components-more = and { $count } more (sheet { $sheet })
zm-col-components = Components that keep it from its SL-T
zm-components-below = Below SL-T:
zm-components-open = Not yet shown capable:
exec-components = { $below ->
    [0] No component is known to fall below its zone's SL-T
    [one] One component falls below its zone's SL-T
   *[other] { $below } components fall below their zone's SL-T
}{ $open ->
    [0] {""}
    [one] , one is not yet shown capable
   *[other] , { $open } are not yet shown capable
}: sheet "{ $sheet }".
finding-sl-c-declared = Declared SL-C below the zone's SL-T
offline-target-component = Component { $id }: { $name } ({ $type })
offline-component-zone = in zone { $zone }
import-not-asked-of-type = { $requirement } is not asked of { $component }, a component of type { $type } (only of: { $types })
compare-area-component = Component
compare-area-sl-c = SL-C
compare-area-zone-check = Zone check
compare-sl-c-unknown = SL-C unknown
import-not-a-component = "{ $target }" is not a component of this assessment
import-needs-component = { $questionnaire } is answered per component, but the row names none


## Components in the interface (issue 20)
zones-keys = a zone · c conduit · p component · y system · t scenario · o SL-T · e edit · d delete · Enter answer · Esc back
help-zones =
    ↑ ↓        select a zone or conduit (Tab: its threat scenarios, then its components)
    a          add a zone · c add a conduit · p add a component (to the selected zone)
    y Y        add a system under consideration · name and describe the selected one's
    t          add a threat scenario to the selected zone or conduit
    o          set SL-T by hand, with a justification (empty: derive it again)
    e          edit the selection · d delete it (type its id to confirm)
    J K        scroll the details when they are taller than their panel
    Enter      answer 62443-3-3 for the selected zone, or 62443-4-2 for the selected component
    Ctrl-Z     undo the last change
    Esc        back to the questionnaire
component-label = Component
component-list-title = Components (Tab selects)
component-list-empty = No components here: p adds one.
component-zone-none = not placed
component-form-new = New component
component-form-edit = Component { $id }
component-form-type = Type
component-form-vendor = Vendor
component-form-product = Product
component-form-version = Version
component-form-sl-c = Declared SL-C, e.g. 2 2 1 1 2 1 1
component-form-source = Source of the SL-C
component-form-certificate = Certificate number
component-form-scheme = Certification scheme
component-form-date = Date (YYYY-MM-DD)
component-error-id = The id takes letters, digits, - _ and . (e.g. PLC-3).
component-error-taken = A zone, conduit or component already has this id.
component-error-sl-c = Declared SL-C: seven levels from 0 to 4, one per FR, e.g. 2 2 1 1 2 1 1.
component-error-certificate = An SL-C from a certificate needs the certificate's number and its scheme.
component-error-date = A declared SL-C needs the date of its certificate or statement, written YYYY-MM-DD.
component-error-no-sl-c = A certificate, scheme or date is given without a declared SL-C: give the SL-C or empty those fields.
component-error-other = Not saved: { $problem }
component-saved = Component { $id } saved.
component-undo-saved = component { $id }
component-undo-deleted = deleted component { $id }
component-confirm-delete = { $answers ->
    [0] Delete component { $id }? It has no 62443-4-2 answers.
    [one] Delete component { $id } with its one 62443-4-2 answer?
   *[other] Delete component { $id } with its { $answers } 62443-4-2 answers?
}
component-notice-zone-in-use = Components sit in this zone: place them in another zone or delete them first.
component-notice-no-4-2 = This assessment does not answer IEC 62443-4-2, so a component's SL-C can only be declared.
results-panel-components = Components (SL-C)
results-keys-components = Tab panel · t targets · ↑↓ component · Enter answer 62443-4-2 for it · Esc back
component-results-columns = Component  Zone      SL-C per FR        Source
component-notice-none = Add a component first: 62443-4-2 is answered per component (zones screen, p).

## Regulatory alignment (align, the alignment screen, the workbook's sheets)
align-verdict-supported = supported
align-verdict-partly = partly
align-verdict-not-supported = not supported
align-verdict-not-assessed = not assessed
align-verdict-not-applicable = not applicable
align-verdict-no-links = no 62443 counterpart
align-state-met = met
align-state-partly = partly met
align-state-not-met = not met
align-state-open = open
align-state-not-applicable = not applicable
align-state-not-needed = above the target level
align-state-outside = not in this assessment
align-kind-equivalent = equivalent
align-kind-supports = supports
align-kind-partial = partial
align-source-our-reading = our reading
align-count-met = { $n } met
align-count-not-met = { $n } not met
align-count-open = { $n } open
align-count-outside = { $n ->
    [one] 1 link not in this assessment
   *[other] { $n } links not in this assessment
}
align-met-at = met at { $met } of { $of }
align-level-of = level { $level }, needs { $needed }
align-and-more = and { $n } more
align-summary = { $items } items: { $supported } supported, { $partly } partly, { $not_supported } not supported, { $not_assessed } not assessed, { $not_applicable } not applicable, { $no_links } without a 62443 counterpart
align-outside = Not in this assessment: { $list }. Their links are listed and do not count.
align-rule = Supported: every linked requirement that counts is answered and met (maturity: at its target, at least level 1), and at least one of them is "equivalent" or "supports". Nothing answered is "not assessed", never "not supported". The rule: docs/alignment.md.
align-unknown-mapping = no mapping "{ $id }" (mappings: { $known })
align-no-mappings = no mappings are installed
align-why = Why

## Alignment in the workbook (issue 21)
book-align-col-item = Item
book-align-col-verdict = Verdict
book-align-col-links = Linked 62443 requirements
book-align-col-why = Why linked
book-align-exec-heading = Regulations
book-align-exec = { $mapping } ({ $items } items): { $tally }; sheet "{ $sheet }".

## Alignment screen (issue 21)
align-tui-title = Alignment
align-tui-no-mappings = No mapping links to the questionnaires of this assessment, so there is nothing to align with.
align-tui-position = { $n } of { $count } · ← → another
align-tui-list-title = { $mapping } · { $shown } of { $count } items · filter: { $filter }
align-tui-filter-all = all
align-tui-none-shown = No item has this verdict (f shows the next filter).
align-tui-details = Details
align-tui-no-links = The mapping links no 62443 requirement to this item.
align-tui-grouping-no-links = A grouping item has no links of its own: choose one of its items.
align-tui-one-mapping = Only this mapping links to the questionnaires of this assessment.
align-tui-outside-link = { $requirement } is not part of this assessment, so it cannot be opened here.
align-tui-went = { $requirement } · { $key } goes back to the alignment
align-tui-keys-items = ↑↓ item · ←→ mapping · f F filter · Tab or Enter the links · Esc back
align-tui-keys-items-one = ↑↓ item · f F filter · Tab or Enter the links · Esc back
align-tui-keys-links = ↑↓ link · Enter answer the requirement · Tab or Esc the items
align-tui-key-hint = { $key } alignment
align-tui-help-line = alignment: NIS2, CSF 2.0, CRA item by item from these answers
help-alignment =
    ← → [ ]        the previous / next mapping that links to this assessment
    ↑ ↓ PgUp PgDn  choose an item (Home End: first, last); grouping items show a tally
    f F            filter by verdict: all, not supported, partly, not assessed, ... (F: back)
    Tab Enter      the selected item's links · Tab Esc: back to the items
    Enter          on a link: answer that requirement (per target: the first not met or open)
    T              switch the interface language
    Esc q          back to where the alignment was opened from
    ✓ supported · ◐ partly · ✗ not supported · ? not assessed · – not applicable · ○ no 62443 counterpart

## The zone diagram (issue 22): the SVG, the workbook's picture, the terminal's legend.
diagram-subtitle = Zones and conduits · { $date }
diagram-legend = Colour: the worst gap between SL-T and SL-A of any FR
diagram-levels-note = Levels are per FR 1 to 7 (IAC, UC, SI, DC, RDF, TRE, RA); "-" where nothing of the FR applies.
diagram-sl-t = SL-T
diagram-sl-a = SL-A
diagram-gap-none = SL-T reached
diagram-gap-one = one level short
diagram-gap-more = two or more levels short
diagram-gap-open = short only where not yet answered
diagram-gap-not-assessed = not assessed
layer-enterprise = Enterprise (levels 4-5)
layer-dmz = Industrial DMZ (3.5)
layer-operations = Site operations (3)
layer-supervisory = Supervisory control (2)
layer-control = Basic control (1)
layer-field = Field (0)
layer-safety = Safety systems

## Issue 22, zone diagram in the terminal
zones-keys-diagram = { $key } diagram
zones-diagram-keys = ←→↑↓ neighbours · Tab conduits · Enter answer · e edit · a zone · c conduit · { $key }/Esc list
zones-diagram-help-line = diagram: zones as boxes in the colour of their gap, conduits as lines; arrows move, Tab goes through a zone's conduits, Esc back to the list
diagram-tui-layer-from-conduits = (from conduits)

## Issue 22, layer on the zone form and learn mode's diagram
form-layer = Layer
form-layer-from-conduits = From the conduits ({ $layer })
zones-layer = Layer
zones-layer-from-conduits = { $layer } (from the conduits)
## Issue 22, the zone diagram in the workbook and the requirements specification
sheet-zone-diagram = Zone diagram
diagram-picture-failed = The zone diagram could not be drawn as a picture ({ $reason }). Its zones and conduits are listed in the tables.
spec-diagram = Zone diagram of { $system }
diagram-too-large = The zone diagram ({ $zones } zones) is too large to print readably on a page; `iacs-assess diagram` draws it whole as SVG.
