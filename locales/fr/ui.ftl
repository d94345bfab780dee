## Textes de l'application elle-même. Gardez les identifiants ; traduisez le texte.

app-name = iacs-assess

## score (ligne de commande)
score-progress = Avancement
score-progress-line = { $answered } sur { $applicable } renseignées
score-flagged = { $count ->
    [one] { $count } à suivre
   *[other] { $count } à suivre
}
score-maturity = Maturité
score-overall = Global
score-not-applicable = { $count ->
    [one] { $count } exigence non applicable
   *[other] { $count } exigences non applicables
}
score-risks = Registre des risques
risk-tolerable = tolérable
risk-intolerable = intolérable
score-security-levels = Niveaux de sécurité
score-to-close = { $count ->
    [one] { $count } exigence comble l'écart
   *[other] { $count } exigences comblent l'écart
}
col-group = Groupe
col-title = Titre
col-target = Cible
col-min = Min.
col-mean = Moy.
col-at-target = Atteint
col-unanswered = Ouvertes

## classeur
sheet-cover = Page de garde
sheet-summary = Synthèse
sheet-zones = Zones et conduits
sheet-risks = Registre des risques
field-organisation = Organisme
field-site = Site
field-assessors = Évaluateurs
field-created = Créé le
field-modified = Dernière modification
field-language = Langue
field-scope = Questionnaires
field-tool = Produit par
field-digest = Empreinte du fichier d'évaluation
col-questionnaire = Questionnaire
col-target-zone = Zone / conduit
col-requirement = Exigence
col-answer = Réponse
col-note = Note
col-evidence = Preuves
col-interviewee = Interlocuteur
col-assessor = Évaluateur
col-time = Horodatage
col-id = Id.
col-name = Nom
col-gap = Exigences qui comblent l'écart
col-threat = Menace
col-likelihood = Vraisemblance
col-impact = Impact
col-risk = Risque
col-residual = Risque résiduel
col-countermeasures = Contre-mesures

## interface terminal : cadre
too-small = Le terminal est trop petit : agrandissez-le à au moins { $width } colonnes sur { $height } lignes.
label-zone = Zone
save-pending = enregistrement…
save-saved = enregistré à { $time }
save-failed = NON ENREGISTRÉ, gardé en mémoire : { $reason }
status-help = ? touches
help-title = Touches

## accueil
home-title = Évaluations IEC 62443
home-subtitle = Chaque réponse est enregistrée sur le disque dès que vous la donnez.
home-new = Nouvelle évaluation
home-recent = Évaluations récentes
home-no-recent = aucune pour l'instant
home-keys = Enter ouvrir · n créer · d démo · l apprendre · ↑↓ aller · ? aide · q quitter
help-home =
    ↑ ↓      se déplacer
    Enter    ouvrir l'évaluation choisie, ou en commencer une nouvelle
    n        nouvelle évaluation
    d        ouvrir une copie de l'évaluation de démonstration
    l        mode apprentissage
    q  Esc   quitter
    ?        cette aide (toute touche la ferme)

## nouvelle évaluation
wizard-title = Nouvelle évaluation
wizard-field-title = Titre
wizard-field-organisation = Organisme
wizard-field-site = Site
wizard-field-assessors = Évaluateurs (a, b)
wizard-field-file = Nom du fichier
wizard-field-language = Langue
wizard-questionnaires = Questionnaires (Space pour choisir)
wizard-target = Niveau de maturité cible
wizard-create = Créer
wizard-missing-title = Donnez un titre à l'évaluation.
wizard-missing-questionnaires = Choisissez au moins un questionnaire.
wizard-keys = Tab / ↑↓ suivant · Space choisir · ←→ cible · Enter sur Créer · Esc retour
help-wizard =
    Tab ↓    champ suivant
    ⇧Tab ↑   champ précédent
    Space    choisir ou retirer un questionnaire
    ← →      choisir la langue, baisser ou relever la maturité cible
    Enter    sur Créer : créer le fichier et commencer
    Esc      retour à l'écran d'accueil

## questionnaire
label-enhances = renforce
label-guidance = Conseils
hint-guidance = g affiche les conseils pour l'évaluateur
label-evidence-examples = Preuves à demander
label-unanswered = sans réponse
label-answer = Réponse
label-flagged = à suivre
label-note = Note
label-evidence = Preuves
label-interviewee = Interlocuteur
edit-note = Note (Enter nouvelle ligne · Esc terminé)
edit-evidence = Références des preuves, une par ligne (Esc terminé)
edit-interviewee = Qui est interrogé ? Noté sur chaque réponse jusqu'à changement (Enter terminé)
edit-search = Recherche par id ou mots (Enter lancer)
ladder-title = Niveau de maturité guidé
ladder-keys = y oui · n non · Esc annuler
notice-no-ladder = Cette échelle de réponse n'a pas de parcours guidé.
notice-reason-required = Cette réponse demande une justification : écrivez-la dans la note.
notice-none-found = Aucun résultat.
notice-no-zones = Ajoutez d'abord une zone : ce questionnaire se remplit par zone.
help-questionnaire =
    ↑ ↓  j k   exigence précédente / suivante (Enter : suivante)
    PgUp PgDn  dix avant / après · Home End : début / fin
    Tab ⇧Tab   questionnaire suivant / précédent
    z Z        zone ou conduit suivant / précédent
    0-4 n      ML · m x c n : satisfait, non satisfait, compensé, n/a
    d p x n    étape : fait, partiel, non fait, n/a
    Backspace  effacer la réponse
    L          échelle de maturité guidée
    e          note · v références des preuves · i interlocuteur
    f          à suivre · u suivante sans réponse · F suivante à suivre
    g          conseils oui / non · / rechercher · X exporter
    r          résultats · s zones, conduits et scénarios de menace
    T          changer la langue de l'interface
    Esc q      retour à l'écran d'accueil

## résultats
results-title = Résultats
label-to-close = exigences comblent l'écart
help-results =
    ↑ ↓ PgUp PgDn  faire défiler
    Esc r q        retour au questionnaire

## zones, conduits et scénarios de menace (62443-3-2)
zones-title = Zones et conduits
zones-empty = Aucune zone pour l'instant : a en ajoute une.
zones-scenarios = Scénarios de menace (Tab pour sélectionner)
zones-matrix = Matrice des risques (avant contre-mesures)
zones-keys = a zone · c conduit · t scénario · o SL-T · e modifier · d supprimer · Enter 3-3 · Esc retour
label-assets = Actifs
label-sl-t-manual = SL-T fixé à la main
label-sl-t-from = SL-T
help-zones =
    ↑ ↓        choisir une zone ou un conduit (Tab : ses scénarios)
    a          ajouter une zone · c ajouter un conduit
    t          ajouter un scénario de menace à la sélection
    o          fixer le SL-T à la main et le justifier (vide : recalculer)
    e          modifier la sélection · d la supprimer (après confirmation)
    Enter      répondre à 62443-3-3 pour la zone choisie
    Esc        retour au questionnaire
confirm-delete-target = Supprimer { $id } et ses réponses ({ $answers }) ? y supprime, toute autre touche annule.
confirm-delete-scenario = Supprimer le scénario de menace { $id } ? y supprime, toute autre touche annule.
form-id = Id.
form-name = Nom
form-description = Description
form-assets = Actifs (a, b)
form-new-zone = Nouvelle zone
form-new-conduit = Nouveau conduit
form-new-scenario = Nouveau scénario de menace pour
form-edit = Modifier
form-from = Zone d'origine
form-to = Zone de destination
form-threat = Menace
form-likelihood = Vraisemblance
form-impact = Impact
form-residual-likelihood = Vraisemblance résiduelle
form-residual-impact = Impact résiduel
form-threat-actor = Acteur de la menace
form-countermeasures = Contre-mesures
form-sl-t = SL-T (7 niveaux, p. ex. 2 2 1 1 3 1 2)
form-justification = Justification
form-sl-t-title = Fixer le SL-T à la main pour
form-keys = Tab suivant · ←→ choisir · Enter sur le dernier champ enregistre · Esc annuler
form-error-id = L'identifiant est vide ou déjà utilisé.
form-error-same-zone = Un conduit relie deux zones différentes.
form-error-threat = Décrivez la menace.
form-error-residual = Indiquez la vraisemblance et l'impact résiduels, ou aucun des deux.
form-error-vector = SL-T : sept niveaux de 0 à 4, p. ex. 2 2 1 1 3 1 2.
form-error-justification = Un SL-T fixé à la main doit être justifié.
choice-no = non
choice-yes = oui
choice-none = néant
notice-two-zones = Un conduit relie deux zones : ajoutez d'abord des zones.
notice-no-risk-model = Cette évaluation n'a pas de modèle de risque.
notice-target-in-use = Supprimez d'abord ses conduits et ses scénarios de menace.
notice-no-zone-questionnaire = Aucun questionnaire du périmètre ne se remplit par zone.

## export depuis l'interface
export-title = Exporter
export-format = Format de fichier
export-file = Fichier
export-error-file = Indiquez le fichier à écrire.
export-done = Exporté vers { $file }.
export-failed = Échec de l'export : { $reason }

## à vérifier avant de terminer (écran des résultats)
review-title = À vérifier avant de terminer
review-line = { $open } ouvertes · { $flagged } à suivre · { $reasons } sans la justification requise
review-clean = Tout le périmètre est renseigné ; rien n'est à suivre.

## classeur : colonnes supplémentaires et feuille des constats
sheet-findings = Constats
sheet-long-texts = Textes longs
long-text-cut = … [trop long pour une cellule : le texte entier est sur la feuille « { $sheet } », ligne { $row }]
long-text-col-cell = Cellule
long-text-col-parts = Texte (entier, en parties de 32 000 caractères, de gauche à droite)
col-level = Niveau
col-gap-short = Écart
col-rank = N°
col-kind = Type
col-current = Actuel
col-wanted = Requis
finding-risk = Risque non tolérable
finding-sl = Écart de niveau de sécurité
finding-maturity = Maturité sous la cible

## classeur de questionnaire à remplir hors de l'outil
offline-sheet-instructions = Mode d'emploi
offline-instructions =
    Répondez sur les feuilles suivantes, une feuille par questionnaire (et par zone lorsque le questionnaire se remplit par zone).
    Choisissez chaque réponse dans la liste déroulante de la colonne jaune Réponse ; laissez-la vide si vous ne savez pas encore.
    Non applicable et Compensé demandent une justification ou une description dans la colonne Note.
    Les notes peuvent avoir plusieurs lignes (Alt+Entrée dans Excel, Ctrl+Entrée dans LibreOffice). Une référence de preuve par ligne.
    Écrivez « oui » dans la colonne À suivre pour signaler une réponse à suivre.
    Ne modifiez pas les identifiants des exigences, ne renommez pas les feuilles et ne déplacez pas les colonnes : les réponses sont relues par identifiant d'exigence.
    Renvoyez le fichier à l'évaluateur, qui le relit avec : iacs-assess import ÉVALUATION.toml --from CE-FICHIER.xlsx
offline-col-question = Question
offline-col-evidence = Références des preuves (une par ligne)
offline-col-flag = À suivre

## raisons du SL-T
reason-risk = { $scenario } : risque avant contre-mesures { $by }
reason-actor = { $scenario } : acteur de la menace { $by }
reason-adjustment = plafonné : { $adjustment }
reason-override = fixé à la main : { $justification }
reason-all-frs = toutes

## fusion, comparaison, vue consolidée des sites
compare-summary = { $count ->
    [one] { $count } changement
   *[other] { $count } changements
}
compare-up = en hausse
compare-down = en baisse
compare-changed = modifié
compare-new = nouveau
compare-removed = supprimé
compare-gap-closed = écart comblé
compare-gap-new = nouvel écart
compare-sheet = Changements
compare-col-area = Domaine
compare-col-old = Avant
compare-col-new = Après
compare-col-change = Changement
rollup-sheet-maturity = Maturité par site
rollup-sheet-security = Niveaux de sécurité par site
rollup-sheet-progress = Avancement par site
rollup-col-site = Site
rollup-col-answered = Renseignées
rollup-col-applicable = Applicables

## démonstration et mode apprentissage
home-demo = Ouvrir la démonstration (une usine de traitement d'eau fictive)
home-learn = Apprendre : la norme, les niveaux de maturité et de sécurité expliqués
learn-title = Apprendre
learn-questionnaires = Les questionnaires
learn-open-hint = Enter ouvre les exigences une à une · PgDn fait défiler · Esc retour
learn-browse-hint = ↑ ↓ exigence précédente / suivante · PgDn fait défiler · Esc retour à la liste
help-learn =
    ↑ ↓        choisir un thème ou un questionnaire
    Enter      parcourir les exigences du questionnaire
    PgUp PgDn  faire défiler le texte
    Esc        retour (à la liste, puis à l'écran d'accueil)

## the colon after a label (with its spacing)
colon = { "\u00A0: " }
