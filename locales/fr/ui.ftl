### Termes (revue 2026-12), vérifiés par tests/terms.rs : « sécurité » et « cybersécurité » = security. Safety = sécurité fonctionnelle,
### système ou fonction instrumenté(e) de sécurité (SIS), sécurité des personnes, sécurité des procédés ; jamais « fonction de sécurité »,
### « système de sécurité » ni « sûreté » seuls. Commutateur (pas switch), propriétaire d'actifs (pas exploitant), liste d'autorisation.
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
warning-missing-reasons = avertissement : { $count ->
    [one] { $count } réponse « non applicable » ou « compensé » sans la justification requise ; non comptée tant qu'elle n'est pas justifiée :
   *[other] { $count } réponses « non applicable » ou « compensé » sans la justification requise ; non comptées tant qu'elles ne sont pas justifiées :
}
score-overall = Global
score-not-applicable = { $count ->
    [one] { $count } exigence non applicable
   *[other] { $count } exigences non applicables
}
score-group-not-applicable = { $count ->
    [one] non applicable (son exigence)
   *[other] non applicable (les { $count } exigences)
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
label-system = Système
save-pending = enregistrement…
save-saved = enregistré à { $time }
save-failed = NON ENREGISTRÉ ({ $count } en mémoire + copie de secours) : { $reason } · Ctrl-S réessaie
save-changed-on-disk = NON ENREGISTRÉ ({ $count } en mémoire + copie de secours) : fichier modifié ailleurs · Ctrl-S
status-help = ? touches
help-title = Touches

## accueil
home-title = Évaluations IEC 62443
home-subtitle = Chaque réponse est enregistrée sur le disque dès que vous la donnez.
home-new = Nouvelle évaluation
home-recent = Évaluations récentes
home-no-recent = aucune pour l'instant
home-keys = Enter ouvrir · n créer · d D démos · l apprendre · ↑↓ aller · ? aide · q quitter
help-home =
    ↑ ↓      se déplacer
    Enter    ouvrir l'évaluation choisie, ou en commencer une nouvelle
    n        nouvelle évaluation
    d        ouvrir une copie de l'évaluation de démonstration
    D        ouvrir une copie neuve de la démo de l'intégrateur : l'auto-évaluation 62443-2-4 d'un prestataire
    l        mode apprentissage
    x Suppr  retirer l'évaluation choisie de la liste (le fichier n'est pas touché)
    q        quitter
    Esc      quitter, après confirmation
    ?        cette aide (toute touche la ferme)

## nouvelle évaluation
wizard-title = Nouvelle évaluation
wizard-field-title = Titre
wizard-field-organisation = Organisme
wizard-field-site = Site
wizard-field-assessors = Évaluateurs (a, b)
wizard-field-file = Nom du fichier
wizard-field-language = Langue
wizard-questionnaires = Questionnaires (Espace pour choisir)
wizard-target = Niveau de maturité cible
wizard-create = Créer
wizard-missing-title = Donnez un titre à l'évaluation.
wizard-missing-questionnaires = Choisissez au moins un questionnaire.
notice-wizard-draft = Prérempli avec ce que vous aviez saisi la dernière fois sans l'utiliser.
wizard-keys = Tab / ↑↓ suivant · Espace choisir · ←→ cible · Enter sur Créer · Esc retour
help-wizard =
    Tab ↓    champ suivant
    ⇧Tab ↑   champ précédent
    Espace   choisir ou retirer un questionnaire
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
label-interviewing = Entretien avec
label-nobody-interviewed = non indiqué (i)
label-given-by = Réponse de
label-nobody-named = non indiqué
label-edited-by = Dernière modification
label-reason-missing = sans la justification requise : non comptée
edit-note = Note (Enter nouvelle ligne · Esc terminé)
edit-evidence = Références des preuves, une par ligne (Esc terminé)
edit-interviewee = Qui est interrogé ? Noté sur chaque réponse jusqu'à changement (Enter terminé)
edit-search = Recherche par id ou mots (Enter lancer · Esc annuler)
edit-reason = { $value } : tapez la justification (ajoutée à la note) · Esc l'enregistre · vide : rien ne change
ladder-title = Niveau de maturité guidé
ladder-keys = y oui · n non · Esc annuler
notice-no-ladder = Cette échelle de réponse n'a pas de parcours guidé.
notice-reason-missing = Rien n'est enregistré : cette réponse demande une justification.
notice-reasons-missing = { $count ->
    [one] { $count } réponse « non applicable » ou « compensé » sans justification : non comptée tant qu'elle n'est pas justifiée
   *[other] { $count } réponses « non applicable » ou « compensé » sans justification : non comptées tant qu'elles ne sont pas justifiées
} (r, puis Tab pour la liste).
notice-nothing-to-undo = Rien à annuler.
notice-undone = Annulé : { $what }
notice-all-saved = Tout est enregistré.
notice-kept-in-memory = Conservé en mémoire et dans la copie de secours ; rien n'est écrit dans le fichier avant votre choix (Ctrl-S).
notice-draft-kept = Le texte inachevé est conservé ; il sera proposé à nouveau à la prochaine ouverture de ce fichier.
notice-draft-gone = La réponse à laquelle ce texte était destiné n'est plus dans le périmètre ; il est affiché dans l'éditeur.
notice-recovery-kept = Les modifications non enregistrées restent dans { $file } ; elles seront proposées à nouveau à la prochaine ouverture de ce fichier.
notice-reapply-cancelled = Rien n'a été réappliqué ; vos modifications restent uniquement en mémoire et dans la copie de secours.
notice-reapplied = Vos modifications ({ $mine }) réappliquées sur celles du fichier ({ $theirs }) ; { $conflicts ->
    [0] aucun conflit
    [one] 1 conflit réglé
   *[other] { $conflicts } conflits réglés
}.
notice-reload-failed = Impossible de relire le fichier : { $reason }
notice-saved-as = Enregistré sous { $file } ; le travail continue dans ce fichier.
notice-save-as-failed = Impossible d'enregistrer sous ce nom : { $reason }
undo-deleted-target = suppression de { $id }
undo-deleted-scenario = suppression du scénario de menace { $id }
notice-none-found = Aucun résultat.
notice-no-zones = Ajoutez d'abord une zone : ce questionnaire se remplit par zone.
label-group-na = n/a
label-reason = Justification
group-not-applicable = Non applicable : { $count ->
    [one] son exigence a la réponse
   *[other] ses { $count } exigences ont la réponse
} « non applicable ».
group-counts = { $total ->
    [one] 1 exigence
   *[other] { $total } exigences
} : { $answered } avec réponse, { $open } ouvertes, { $na } non applicables
group-keys = Ici, une touche de réponse répond à toutes les exigences du groupe (avec une question avant de remplacer des réponses) · { $choose } choisir la valeur · { $next } première exigence · { $parent } groupe parent
bulk-title = Répondre à tout le groupe
bulk-choose = { $group } : { $total } exigences, dont { $answered } avec réponse. Appuyez sur la touche de la valeur à donner à toutes :
bulk-choose-keys = Esc : annuler, rien ne change
bulk-confirm-title = Remplacer des réponses ?
bulk-confirm = Donner « { $value } » à { $group } : { $changes ->
    [one] 1 réponse change
   *[other] { $changes } réponses changent
}, dont { $replaces ->
    [one] 1 qui remplace une valeur déjà donnée
   *[other] { $replaces } qui remplacent des valeurs déjà données
}.
bulk-confirm-keys = y, o ou Enter : appliquer à toutes · Esc : annuler, rien ne change · ensuite Ctrl-Z annule tout en une fois
notice-bulk-given = { $value } donné à { $count ->
    [one] 1 réponse
   *[other] { $count } réponses
} de { $group } (Ctrl-Z annule le tout).
notice-bulk-nothing = Rien à changer : chaque exigence du groupe a déjà cette réponse.
notice-bulk-cancelled = Annulé : aucune réponse n'a changé.
notice-on-group = Ceci est l'en-tête d'un groupe : j va à sa première exigence ; une touche de réponse répond à toutes.
edit-reason-group = Justification pour les { $count } exigences de { $group } ({ $value }) : une seule fois pour toutes · Esc l'enregistre · vide : rien ne change
edit-reuse = · { $key } : la dernière justification ou note
notice-no-last-note = Aucune justification ni note écrite dans cette session.
notice-search-cancelled = Recherche annulée.
notice-search-none = « { $query } » introuvable dans les questionnaires.
notice-search-ended = Recherche terminée.
search-active = Recherche « { $query } » : { $current } sur { $count } · { $next } suivant · { $previous } précédent · Esc termine la recherche
search-list-title = « { $query } » : { $current } sur { $count }
search-list-keys = j k ↑ ↓ choisir · Enter rester ici (puis n / N) · Esc revenir au point de départ
search-in-id = id
search-in-title = titre
search-in-question = question
search-in-note = note
search-in-evidence = preuve
answer-more = ↓ { $below ->
    [one] 1 ligne de plus
   *[other] { $below } lignes de plus
} ({ $down } / { $up } pour défiler)
answer-more-above = ↑ { $above ->
    [one] 1 ligne au-dessus
   *[other] { $above } lignes au-dessus
} ({ $up } pour remonter)
message-title = Message
message-keys = N'importe quelle touche ferme ce message.
help-questionnaire =
    ↑ ↓  j k   exigence précédente / suivante (Enter : suivante)
    PgUp PgDn  dix avant / après · Home End : début / fin
    Tab ⇧Tab   questionnaire · z Z zone ou conduit suivant / précédent
    0-4 n      ML · m x c n : satisfait, non satisfait, compensé, n/a
    d p x n    étape : fait, partiel, non fait, n/a
    Backspace  effacer la réponse · L échelle guidée · Ctrl-Z annuler
    e v i      note · références des preuves · interlocuteur
    f u F      à suivre · suivante sans réponse · suivante à suivre
    h ← A      en-tête du groupe (encore : parent) · tout le groupe
    sur groupe une touche de réponse répond à toutes (demande avant)
    / n N      chercher partout · résultat suivant / précédent · Esc fin
    J K        défiler la réponse · Ctrl-L dans une note : la dernière
    g / X T    conseils · rechercher · exporter · langue de l'interface
    r s P      résultats · zones, conduits et scénarios de menace · plan
    C          contre-mesure compensatoire de la réponse (enregistrer ou modifier)
    Ctrl-S     réessayer d'enregistrer, ou décider d'un fichier modifié
    Esc q      accueil · Ctrl-C quitter (demandent si non enregistré)

## résultats
results-title = Résultats
label-to-close = exigences comblent l'écart
help-results =
    Tab Maj-Tab    panneau suivant / précédent : maturité, revue, niveaux de sécurité, écarts,
                   profil cible (s'il y en a un)
    ↑ ↓ PgUp PgDn  choisir dans le panneau actif (Home End : premier, dernier)
    Enter          niveaux de sécurité : les écarts de cette zone · écart ou entrée de revue : aller à la réponse
    ← →            écarts : zone ou conduit précédent / suivant
    Ctrl-Z         annuler la dernière modification
    Esc            écarts : retour aux niveaux de sécurité ; ailleurs, retour au questionnaire
    r q            retour au questionnaire · P le plan (Enter sur une action en retard : celle-ci)
    t              cibles : profil cible, maturité cible, périmètre des prestations évalué
    Enter          profil cible : aller à l'exigence de cet écart
results-panel-maturity = Maturité
results-panel-review = Revue
results-panel-levels = Niveaux de sécurité
results-panel-gaps = Justification du SL-T et écarts
results-keys-maturity = Tab panneau · t cibles · ↑↓ PgUp PgDn déplacer · Esc retour
results-keys-review = Tab panneau · t cibles · ↑↓ choisir · Enter aller à la réponse · Esc retour
results-keys-levels = Tab panneau · t cibles · ↑↓ zone ou conduit · Enter ses écarts · Esc retour
results-keys-gaps = Tab panneau · t cibles · ↑↓ exigence · ←→ zone/conduit · Enter y répondre · Esc liste
results-levels-legend = SL-T/SL-A par FR · * SL-T fixé à la main · ! FR qu'aucun scénario n'évalue
results-derived = dérivé
results-no-sl-a = Pas encore de réponses avec niveaux de sécurité pour { $target } : pas de SL-A.
results-no-gaps = Le SL-A atteint le SL-T dans chaque FR.
results-gap-open = ouverte
results-gap-not-met = non satisfaite

## zones, conduits et scénarios de menace (62443-3-2)
zones-title = Zones et conduits
zones-empty = Aucune zone pour l'instant : a en ajoute une.
zones-scenarios = Scénarios de menace (Tab pour sélectionner)
label-assets = Actifs
label-sl-t-manual = SL-T fixé à la main
confirm-title = Supprimer
confirm-delete-target = { $answers ->
    [0] Supprimer { $id } ? Aucune réponse associée.
    [one] Supprimer { $id } et sa réponse ?
   *[other] Supprimer { $id } et ses { $answers } réponses ?
}
confirm-delete-scenario = Supprimer le scénario de menace { $id } ?
confirm-type-id = Tapez l'id pour supprimer
confirm-keys = Enter supprime si l'id est exact · Esc conserve · Ctrl-Z annule une suppression
confirm-error-id = Ce n'est pas l'id : tapez-le exactement, ou Esc pour conserver.
form-id = Id.
form-name = Nom
form-description = Description
form-assets = Actifs (a, b)
form-new-system = Nouveau système considéré
form-system = Système
form-error-name = Donnez-lui un nom.
form-frs = Agit par les FR
form-impact-in = { $category } : impact atteint
form-error-frs = Cochez au moins une FR par laquelle la menace agit.
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
form-keys-toggles = ←→ se déplacer · Espace ou 1-7 coche · Tab suivant · Esc annuler
zones-matrix-unmitigated = Risque non atténué
zones-matrix-residual = Risque résiduel
zones-legend = Niveaux de risque
zones-legend-count = nombre : scénarios
zones-residual-unrated = { $count ->
    [one] 1 non évalué
   *[other] { $count } non évalués
}
zones-matrix-hidden = Matrices des risques : la fenêtre est trop basse.
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
review-clean = Tout le périmètre est renseigné ; rien n'est à suivre.
review-keys = ↑ ↓ choisir · Enter va à la réponse (Tab amène le focus sur cette liste)
review-missing-reason = sans justification
review-flagged = à suivre

## dialogues : modifications non enregistrées, fichier modifié par un autre programme, textes inachevés, copies de secours
label-no-recovery = (impossible d'écrire une copie de secours)
label-mine = votre version
label-theirs = dans le fichier
label-removed = supprimé
dialog-unsaved-title = Modifications non enregistrées
dialog-unsaved-changed = Un autre programme a modifié { $file }, donc rien n'y a été écrit. { $count ->
    [one] Votre dernière modification est conservée
   *[other] Vos { $count } dernières modifications sont conservées
} en mémoire et dans { $recovery }.
dialog-unsaved-failed = Impossible d'écrire dans { $file } : { $reason }. { $count ->
    [one] Votre dernière modification est conservée
   *[other] Vos { $count } dernières modifications sont conservées
} en mémoire et dans { $recovery }.
dialog-unsaved-keys-changed =
    r  relire le fichier et réappliquer vos modifications
    w  enregistrer sous un autre nom
    Q  quitter quand même (la copie de secours les garde ; proposée à la prochaine ouverture)
    Esc  rester
dialog-unsaved-keys-failed =
    r  réessayer d'enregistrer
    w  enregistrer sous un autre nom
    Q  quitter quand même (la copie de secours les garde ; proposée à la prochaine ouverture)
    Esc  rester
dialog-changed-title = Le fichier a été modifié par un autre programme
dialog-changed-text = { $file } a changé sur le disque depuis sa dernière lecture ou écriture par iacs-assess (outil de synchronisation, git, autre éditeur). Rien n'a été écrasé. { $count ->
    [one] Votre dernière modification est conservée
   *[other] Vos { $count } dernières modifications sont conservées
} en mémoire et dans { $recovery }.
dialog-changed-keys =
    r  relire le fichier et réappliquer vos modifications (les conflits sont affichés)
    w  enregistrer votre version sous un autre nom
    k  continuer en mémoire (Ctrl-S rouvre ce choix)
dialog-conflicts-title = Vos modifications et le fichier divergent
dialog-conflicts-text = { $count ->
    [one] Un élément a été modifié
   *[other] { $count } éléments ont été modifiés
} ici et dans le fichier. Choisissez pour chacun la version à garder ; tout le reste est fusionné.
dialog-conflicts-keys = ↑↓ choisir · Espace vôtre / fichier · m vôtre partout · t fichier partout · Enter appliquer + enregistrer · Esc annuler
dialog-draft-title = Texte inachevé
dialog-draft-text = Vous étiez en train de saisir { $what } quand iacs-assess s'est arrêté ({ $when }) :
dialog-draft-keys = Enter reprendre · Esc plus tard (il reste conservé)
draft-note = la note de { $id }
draft-evidence = les preuves de { $id }
draft-reason = la justification de { $id }
draft-bulk-reason = la justification commune à toutes les exigences de { $group }
draft-interviewee = le nom de l'interlocuteur
draft-form = un formulaire
dialog-recovered-title = Modifications non enregistrées la dernière fois
dialog-recovered-text = La dernière fois que { $file } était ouvert, certaines modifications n'ont pas pu y être écrites. Elles ont été conservées dans { $copy }.
dialog-recovered-keys =
    r  les réappliquer au fichier maintenant (les conflits sont affichés)
    Esc  plus tard (la copie reste et sera proposée à nouveau)
dialog-replace-title = Le fichier existe déjà
dialog-replace-text = { $file } existe déjà. Ce n'est pas une évaluation (celles-ci ne sont jamais remplacées).
dialog-replace-keys =
    R  le remplacer
    Esc  le garder (exporter sous un autre nom)
notice-copied-aside = Le fichier contenait des commentaires, qu'iacs-assess ne garde pas : il a été copié tel quel dans { $file }.
notice-export-kept = Rien exporté ; le fichier existant est gardé.
notice-reason-kept = La note est la justification de cette réponse et reste : changez d'abord la réponse pour l'enlever.
notice-draft-both = La réponse a changé depuis la saisie : les deux sont dans l'éditeur, la réponse d'abord.
notice-review-empty = La liste de revue est vide : rien n'est à suivre et aucune réponse ne manque de justification.
notice-deleted = Fait : { $what } · Ctrl-Z l'annule
notice-cleared = Réponse effacée · Ctrl-Z l'annule
save-unchanged = ouvert, rien de modifié
save-as-keys = Enter enregistre sous ce nom · Esc revient
dialog-discard-title = Jeter le texte saisi ?
dialog-discard-text = Ce formulaire contient du texte saisi qui n'est enregistré nulle part.
dialog-discard-keys =
    D  le jeter
    Esc  revenir au formulaire
save-as-title = Enregistrer sous un autre nom
save-as-file = Fichier
save-as-same = C'est le nom du fichier lui-même : choisissez-en un autre.

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
    Répondez sur les feuilles suivantes : une feuille par questionnaire, et par zone et par conduit (ou par système, ou par composant pour la 62443-4-2, avec les seules exigences demandées à son type) lorsque le questionnaire se remplit pour chacun. Le haut de chaque feuille nomme la zone, le conduit ou le composant et le décrit.
    À côté de chaque question figurent les conseils (ce qu'il faut regarder, quand l'exigence est satisfaite, les preuves à demander) et le sens de chaque réponse.
    Choisissez chaque réponse dans la liste déroulante de la colonne jaune Réponse ; laissez-la vide si vous ne savez pas encore.
    Non applicable et Compensé demandent une justification ou une description dans la colonne Note.
    Les notes peuvent avoir plusieurs lignes (Alt+Entrée dans Excel, Ctrl+Entrée dans LibreOffice). Une référence de preuve par ligne.
    Écrivez « oui » dans la colonne À suivre pour signaler une réponse à suivre.
    Les feuilles sont protégées : seules les cellules jaunes de réponse acceptent une saisie ; filtrer et trier restent possibles. Il n'y a pas de mot de passe : Révision > Ôter la protection de la feuille, si nécessaire.
    Ne modifiez pas les identifiants des exigences et ne déplacez pas les colonnes : les réponses sont relues par identifiant d'exigence. Vider une réponse déjà remplie, ou donner une exigence sur deux lignes, est refusé à la relecture tant que l'évaluateur ne le confirme pas.
    Renvoyez le fichier à l'évaluateur, qui le relit avec : iacs-assess import ÉVALUATION.toml --from CE-FICHIER.xlsx
offline-col-question = Question
offline-col-evidence = Références des preuves (une par ligne)
offline-col-flag = À suivre

## raisons du SL-T
reason-risk = { $scenario } : risque non atténué { $by }
reason-reduction = { $scenario } : risque non atténué { $by }, { $steps ->
    [0] dans le risque tolérable
    [one] 1 niveau au-dessus du seuil tolérable
   *[other] { $steps } niveaux au-dessus du seuil tolérable
}
reason-consequence = { $scenario } : plancher de conséquence « { $floor } »
reason-tolerable = aucun scénario ne demande plus : plancher du risque tolérable, SL { $sl }
reason-zone = au moins aussi strict que la zone { $zone }
warning = avertissement
warning-unassessed = aucun scénario évalué pour FR { $frs } de { $target }
score-derived = le modèle de risque seul donnerait { $vector }
label-sl-na = s.o.
label-unassessed = aucun scénario pour FR { $frs }
col-sl-t-reasons = Justification du SL-T
col-derived-reasons = Ce que le modèle de risque seul donnerait, et pourquoi :
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

## contre-mesures compensatoires
score-countermeasures = Contre-mesures compensatoires (au { $date })
ccm-status-stands = valable
ccm-status-incomplete = incomplète
ccm-status-unapproved = non approuvée
ccm-status-overdue = révision en retard
ccm-missing = manque : { $fields }
ccm-review-due = à réviser avant le { $date }
ccm-field-instead = ce qui est fait à la place
ccm-field-equivalence = pourquoi elle est équivalente
ccm-field-residual-risk = risque résiduel
ccm-field-verification = comment elle a été vérifiée
ccm-none = Aucune contre-mesure compensatoire enregistrée.
ccm-no-record = non enregistrée
ccm-without-record = { $count ->
    [one] 1 réponse « compensé » sans contre-mesure compensatoire enregistrée (non comptée) :
   *[other] { $count } réponses « compensé » sans contre-mesure compensatoire enregistrée (non comptées) :
}
warning-countermeasures = avertissement : { $count ->
    [one] 1 réponse « compensé » n'est pas comptée : aucune contre-mesure compensatoire valable (complète, approuvée, révision à jour) ne la couvre :
   *[other] { $count } réponses « compensé » ne sont pas comptées : aucune contre-mesure compensatoire valable (complète, approuvée, révision à jour) ne les couvre :
}
sheet-countermeasures = Contre-mesures compensatoires
col-status = Statut
col-requirements = Exigences
col-instead = Ce qui est fait à la place
col-equivalence = Pourquoi elle est équivalente
col-approved-by = Approuvée par
col-approved = Approuvée le
col-verification = Comment elle a été vérifiée
col-review-by = À réviser avant le
form-ccm-new = Nouvelle contre-mesure compensatoire ({ $questionnaire })
form-ccm-edit = Contre-mesure compensatoire { $id }
form-ccm-id = Identifiant
form-ccm-requirements = Exigences (séparées par des virgules)
form-ccm-targets = Zones / conduits, séparés par virgule
form-ccm-instead = Ce qui est fait à la place
form-ccm-equivalence = Pourquoi elle est équivalente
form-ccm-residual-risk = Risque résiduel
form-ccm-verification = Comment elle a été vérifiée
form-ccm-approved-by = Approuvée par
form-ccm-approved = Approuvée le (vide : aujourd'hui)
form-ccm-review-by = À réviser avant le (AAAA-MM-JJ)
form-ccm-error-date = Les dates s'écrivent AAAA-MM-JJ, par exemple 2026-11-02.
form-ccm-error-future = Une approbation ne peut pas être datée après aujourd'hui.
form-ccm-error-id = L'identifiant se compose de lettres, de chiffres, de - _ et . (par exemple CCM-01).
form-ccm-error-taken = Une contre-mesure porte déjà cet identifiant.
form-ccm-error-record = Non enregistrée : { $problem }
undo-countermeasure = contre-mesure { $id }
notice-countermeasure-saved = Contre-mesure { $id } enregistrée : { $status }.
notice-countermeasure-needed = Compensé : la réponse compte dès qu'une contre-mesure compensatoire valable est enregistrée. C l'enregistre.
label-countermeasure = Contre-mesure
label-countermeasure-none = non enregistrée, non comptée
label-countermeasure-add = C l'enregistrer
label-countermeasure-edit = C modifier
label-not-credited = non comptée
review-no-countermeasure = aucune contre-mesure enregistrée

## spécification des exigences de cybersécurité (62443-3-2 ZCR 6) et son approbation (ZCR 7)
spec-title = Spécification des exigences de cybersécurité
spec-intro = Ce que chaque système étudié doit respecter, tel que l'appréciation des risques l'a établi : ses zones et conduits, leurs niveaux de sécurité cibles et leurs raisons, les scénarios de menace et leur risque, et les exigences de l'IEC 62443-3-3 à satisfaire. Chaque système se termine par son approbation.
spec-col-field = Champ
spec-col-value = Valeur
spec-date = Dernière modification de l'évaluation
spec-system = Système étudié : { $name } ({ $id })
spec-col-system = Système
spec-no-description = Aucune description du système, de sa frontière et de ses points d'accès n'a été saisie.
spec-risk-model = Modèle de risque et méthode du SL-T
spec-no-model = L'évaluation n'a pas de modèle de risque : les vecteurs SL-T sont fixés à la main.
spec-method = Méthode du SL-T
spec-tolerable = Niveaux de risque tolérables
spec-intolerable = Niveaux de risque intolérables
spec-lowest-sl = SL-T le plus bas
spec-lowest-sl-value = SL { $sl } dans chaque FR de chaque zone et de chaque conduit
spec-floors = Planchers liés aux conséquences
spec-floor-line = { $floor } : au moins SL { $sl } en { $frs }
spec-none = aucun
spec-zones = Zones et conduits
spec-no-zones = Aucune zone ni aucun conduit n'appartient encore à ce système.
spec-boundary = Frontière
spec-kind-zone = zone
spec-between = conduit entre les zones { $from } et { $to }
spec-assets = Actifs
spec-description = Description
spec-sl-t = Niveaux de sécurité cibles (SL-T)
spec-why = Raisons pour
spec-scenarios = Scénarios de menace et risque
spec-no-scenarios = Aucun scénario de menace ne vise une zone ou un conduit de ce système.
spec-requirements = Exigences à satisfaire (IEC 62443-3-3)
spec-requirements-intro = Chaque exigence système et chaque amélioration dont le SL minimal ne dépasse pas le SL-T de son exigence fondamentale, avec son état dans les réponses.
spec-requirements-of = { $target } : { $count ->
    [one] { $count } exigence
   *[other] { $count } exigences
}
spec-see-sheet = La liste figure sur la feuille « { $sheet } ».
spec-sheet-requirements = Exigences
spec-col-state = État
spec-state-met = satisfaite
spec-state-not-met = non satisfaite
spec-state-compensated = compensée
spec-state-na = non applicable
spec-state-unanswered = sans réponse
spec-state-not-credited = compensée, non prise en compte
spec-countermeasures = Contre-mesures compensatoires
spec-no-countermeasures = Aucune contre-mesure compensatoire n'est enregistrée pour les zones et conduits de ce système.
spec-approval = Approbation
spec-approved-by = Approuvée par { $by } ({ $role }) le { $date }
spec-approval-current = approuvée
spec-approval-changed = la version approuvée a changé depuis : à approuver de nouveau
spec-not-approved = Non approuvée sous sa forme actuelle. Pour l'approuver, signer ci-dessous ou enregistrer l'approbation avec iacs-assess spec --approve.
spec-sign-name = Nom
spec-sign-role = Rôle
spec-sign-date = Date
spec-sign-signature = Signature

## accueil : évaluations récentes, quitter, où va un nouveau fichier
home-more-above = { $count } de plus au-dessus
home-missing = fichier introuvable
dialog-quit-title = Quitter iacs-assess ?
dialog-quit-text = Rien n'est perdu : chaque réponse est dans son fichier, et une évaluation commencée mais pas encore créée sera proposée la prochaine fois.
dialog-quit-keys =
    q  quitter
    Esc  rester
wizard-file-at = Sera enregistré sous { $path }
notice-created = Créé : { $path }

## résultats : ce qui reste à faire par questionnaire (seulement ce qui n'est pas nul)
review-part-open = { $count } ouvertes
review-part-flagged = { $count } à suivre
review-part-reasons = { $count } sans la justification requise
zones-more = … suite plus bas : { $key } fait défiler vers le bas
zones-more-above = ↑ début plus haut : { $key } fait défiler vers le haut
notice-scenario-added = Scénario de menace { $id } ajouté à { $target }.
notice-recent-removed = { $path } est retiré de la liste (le fichier lui-même n'est pas touché).
search-wrapped-first = Après le dernier résultat : retour au premier.
search-wrapped-last = Avant le premier résultat : passage au dernier.
answers-file-done = { $rows ->
    [one] 1 réponse
   *[other] { $rows } réponses
} dans { $file } : { $changed ->
    [one] { $changed } modifiée
   *[other] { $changed } modifiées
}, { $unchanged ->
    [one] { $unchanged } inchangée
   *[other] { $unchanged } inchangées
}.
answers-file-done-partial = { $rows ->
    [one] 1 réponse
   *[other] { $rows } réponses
} dans { $file } : { $changed ->
    [one] { $changed } modifiée
   *[other] { $changed } modifiées
}, { $unchanged ->
    [one] { $unchanged } inchangée
   *[other] { $unchanged } inchangées
}, { $refused ->
    [one] { $refused } non reprise
   *[other] { $refused } non reprises
} (liste ci-dessous).
answers-file-refused = { $refused ->
    [one] 1 ligne ne peut pas être reprise
   *[other] { $refused } lignes ne peuvent pas être reprises
} ; rien n'a été écrit (--partial écrit les autres).
answers-file-not-taken = { $refused ->
    [one] 1 ligne n'a pas été reprise
   *[other] { $refused } lignes n'ont pas été reprises
} ; les autres ont été écrites.

## Le plan de remédiation (ligne de commande, interface et classeur)
action-status-proposed = proposée
action-status-planned = planifiée
action-status-in-progress = en cours
action-status-done = terminée
action-status-dropped = abandonnée
plan-title-maturity = Porter { $group } { $title } au ML{ $level }
plan-stage-now = maintenant
plan-stage-phase = après la phase { $phase }
plan-stage-whole = plan complet
plan-level-line = { $target } SL-A {"{"}{ $vector }{"}"}, SL-T atteint dans { $reached } FR sur { $of }
plan-level-line-no-target = { $target } SL-A {"{"}{ $vector }{"}"} (pas de SL-T)

## L'écran du plan (ticket 18 : l'interface)
plan-title = Plan
plan-list-title = Plan : { $shown } actions sur { $count }
plan-panel-list = Actions
plan-panel-detail = Détail
plan-panel-projection = Projection : ce que le plan atteint
plan-keys-list = ↑↓ choisir · p proposer · a accepter · x abandonner · s statut · d terminée · e o u modifier · f filtre · Tab panneau · ? aide
plan-keys-detail = ↑↓ exigence · Enter y répondre · Tab panneau · Esc liste
plan-keys-projection = ↑↓ défiler · Tab panneau · Esc liste
plan-empty = Aucune action : p propose des actions pour les écarts ouverts.
plan-none-shown = Aucune action ne correspond au filtre (f le change, F montre tout).
plan-group-phase = Phase { $phase }
plan-group-none = Sans phase
plan-group-dropped = Abandonnées
plan-no-owner = sans responsable
plan-due = échéance { $due }
plan-effort = effort { $effort }
plan-why-lifts = Élève
plan-why-intolerable = Scénarios intolérables
plan-why-unanswered = À évaluer d'abord (sans réponse)
plan-why-nothing-open = Ne traite plus aucun écart ouvert.
plan-addresses = { $count ->
    [one] Traite 1 exigence
   *[other] Traite { $count } exigences
}
plan-reassess = { $count ->
    [one] Terminée : réévaluer 1 exigence (Enter y mène)
   *[other] Terminée : réévaluer { $count } exigences (Enter mène à l'une)
}
plan-history = Historique
plan-maturity-below = { $count ->
    [one] 1 groupe de maturité sous la cible (ML actuel/cible) :
   *[other] { $count } groupes de maturité sous la cible (ML actuel/cible) :
}
plan-maturity-group = { $group } ML{ $min }/{ $target }
plan-filter-title = Actions à afficher
plan-filter-target = Zone ou conduit
plan-filter-owner = Responsable
plan-filter-phase = Phase
plan-filter-overdue = En retard
plan-filter-all = toutes
plan-filter-overdue-only = en retard seulement
plan-filter-shown-target = zone { $target }
plan-filter-shown-owner = responsable { $owner }
plan-filter-shown-phase = phase { $phase }
plan-filter-shown-overdue = en retard
plan-form-edit = Action { $id }
plan-form-title = Titre
plan-form-owner = Responsable
plan-form-due = Échéance (AAAA-MM-JJ)
plan-form-effort = Effort
plan-form-phase = Phase
plan-form-description = Description
plan-form-status-title = Statut de { $id }
plan-form-status = Statut
plan-form-choice-keys = ←→ choisir · Tab suivant · Enter sur le dernier champ applique · Esc annuler
plan-form-error-title = Donnez un titre à l'action.
plan-form-error-due = « { $text } » n'est pas une date : écrivez-la AAAA-MM-JJ, par ex. 2026-11-02.
plan-form-error-effort = « { $text } » n'est pas un effort : donnez { $labels } ou un nombre de jours-personne.
plan-form-error-phase = « { $text } » n'est pas une phase : donnez un nombre à partir de 1.
notice-plan-proposed = Propositions : { $added } ajoutées, { $updated } mises à jour, { $removed } retirées.
notice-plan-status = { $id } est maintenant { $status }.
notice-plan-done = { $id } terminée : aucune réponse n'a été modifiée ; réévaluez ses { $count } exigences (Enter mène à l'une).
notice-plan-not-proposed = { $id } n'est pas une proposition : s change son statut.
notice-plan-saved = { $id } enregistrée.
undo-plan-propose = actions proposées
undo-plan-status = { $id } { $status }
undo-plan-edit = action { $id }
review-overdue = action en retard : { $owner }, échéance { $due }
dialog-drop-action-title = Abandonner l'action
dialog-drop-action-text = Abandonner { $id } { $title } ? Elle reste dans le fichier comme abandonnée, et les nouvelles propositions laissent ses exigences de côté.
dialog-drop-action-yes = L'abandonner
dialog-drop-action-no = La garder
dialog-drop-action-keys = y abandonne · ←→ choisir · Enter sur le choix · Esc ou n la garde
help-plan =
    ↑ ↓ PgUp PgDn  choisir une action (Home End : première, dernière)
    Tab Maj-Tab    panneau suivant / précédent : actions, détail, projection
    p              proposer des actions pour les écarts ouverts (sans toucher aux acceptées)
    a x            accepter la proposition (planifiée) · l'abandonner (demande d'abord)
    s d            changer le statut · terminée (les réponses restent : les réévaluer)
    e o u          modifier l'action · son responsable · son échéance
    f F            filtrer par zone ou conduit, responsable, phase, retard · tout montrer
    Enter          actions : le détail · une exigence : y répondre
    Ctrl-Z         annuler la dernière modification
    r              résultats · Esc q retour au questionnaire

## Le plan dans les exports : CSV du plan, feuilles « Plan d'action » et « Effet du plan », compare et rollup
sheet-plan = Plan d'action
sheet-plan-projection = Effet du plan
col-phase = Phase
col-owner = Responsable
col-due = Échéance
col-effort = Charge
col-plan-addresses = Exigences (zones et conduits)
col-plan-why = Pourquoi
col-plan-stage = Étape
col-plan-reached = SL-T atteint
plan-band-phase = Phase { $phase }
plan-band-no-phase = Sans phase
plan-band-dropped = Abandonnées
plan-overdue = en retard
export-plan-why-lifts = relève { $list }
export-plan-why-raises = porte { $list }
export-plan-why-intolerable = risque intolérable : { $list }
export-plan-why-unanswered = { $count ->
    [one] { $count } exigence pas encore renseignée
   *[other] { $count } exigences pas encore renseignées
}
plan-reached = SL-T atteint dans { $reached } FR sur { $of }
plan-no-target = pas de SL-T
export-plan-maturity-below = Groupes de maturité sous la cible
plan-group-at-target = { $meeting } sur { $answered } à la cible, le plus bas ML{ $min }
plan-summary-heading = Une fois le plan entier réalisé
compare-opened = ouverte
compare-closed = clôturée
compare-slipped = en glissement
rollup-sheet-plan = Plan d'action par site
rollup-col-actions = Actions
rollup-col-proposed = Proposées
rollup-col-planned = Planifiées
rollup-col-in-progress = En cours
rollup-col-done = Terminées
rollup-col-dropped = Abandonnées
rollup-col-overdue = En retard

## plan en ligne de commande : propose, show, add, set, done, list, remove
plan-cli-refused = { $file } : { $problem }
plan-cli-no-action = il n'y a pas d'action « { $id } » (il y a : { $known })
plan-cli-no-action-none = il n'y a pas d'action « { $id } » (cette évaluation n'en a pas encore ; plan propose en propose)
plan-cli-bad-status = « { $value } » n'est pas un statut : indiquez l'un de { $known }
plan-cli-bad-phase = « { $value } » n'est pas une phase : indiquez un nombre de 1 à 99
plan-cli-bad-date = « { $value } » n'est pas une date : écrivez-la AAAA-MM-JJ, par ex. 2026-11-02
plan-cli-bad-requirement = « { $value } » ne désigne pas une exigence : écrivez QUESTIONNAIRE/ZONE/EXIGENCE, par ex. "iec62443-3-3/Z-SCADA/SR 1.2", ou QUESTIONNAIRE/EXIGENCE pour un questionnaire répondu pour toute l'organisation
plan-cli-no-zone = « { $zone } » n'est ni une zone ni un conduit de cette évaluation
plan-cli-removed = Action { $id } supprimée.
plan-cli-added = Action { $id } ajoutée ({ $phase }).
plan-cli-changed = Action { $id } modifiée.
plan-cli-unchanged = L'action { $id } est déjà ainsi ; rien n'a changé.
plan-cli-in-phase = phase { $phase }
plan-cli-no-phase = sans phase
plan-cli-owner = responsable { $owner }
plan-cli-due = échéance { $date }
plan-cli-due-overdue = échéance { $date }, EN RETARD
plan-cli-effort = effort { $effort }
plan-cli-lifts = relève
plan-cli-raises = porte
plan-cli-intolerable = scénarios intolérables
plan-cli-assess-first = à évaluer d'abord (sans réponse)
plan-cli-nothing-open = Plus rien de ce qu'elle traite n'est sous la cible.
plan-cli-heading-phase = Phase { $phase }
plan-cli-heading-no-phase = Sans phase
plan-cli-heading-dropped = Abandonnées
plan-cli-summary = { $count ->
    [one] 1 action
   *[other] { $count } actions
} : { $statuses } ; { $overdue } en retard au { $date }.
plan-cli-empty = Pas encore d'actions : plan propose les propose à partir des écarts, plan add en ajoute une à la main.
plan-cli-reaches = Ce que le plan atteint (ses réponses considérées comme satisfaites ou au niveau cible ; rien n'est écrit) :
plan-cli-maturity-below = { $questionnaire } sous la cible
plan-cli-maturity-at-target = chaque groupe de maturité à sa cible
plan-cli-group-below = { $group } ML{ $level } (cible ML{ $target })
plan-cli-uncovered = { $count ->
    [one] 1 réponse sous la cible n'est traitée
   *[other] { $count } réponses sous la cible ne sont traitées
} par aucune action :
plan-cli-list-empty = Aucune action ne correspond.
plan-cli-propose-nothing = Rien de nouveau à proposer ; le plan reste tel quel.
plan-cli-propose-added = { $count ->
    [one] 1 action proposée
   *[other] { $count } actions proposées
}
plan-cli-propose-updated = { $count ->
    [one] 1 proposition antérieure mise à jour
   *[other] { $count } propositions antérieures mises à jour
}
plan-cli-propose-removed = { $count ->
    [one] 1 proposition antérieure retirée, devenue inutile
   *[other] { $count } propositions antérieures retirées, devenues inutiles
}
plan-cli-propose-left-out = Hors des propositions : { $accepted } réponses déjà dans des actions acceptées, { $dropped } dans des actions abandonnées.
plan-cli-done = L'action { $id } est terminée. Aucune réponse n'a été modifiée.
plan-cli-done-reassess = Réévaluez ce qu'elle traite (questionnaire, zone ou conduit, exigence, réponse actuelle) :
plan-cli-unanswered = sans réponse
plan-cli-done-command = Enregistrez ce que vous constatez, par exemple :
plan-cli-score-heading = Plan de remédiation
plan-cli-score-counts = { $count ->
    [one] 1 action
   *[other] { $count } actions
}, { $overdue } en retard (plan show les liste)
plan-cli-count-proposed = { $count ->
    [one] { $count } proposée
   *[other] { $count } proposées
}
plan-cli-count-planned = { $count ->
    [one] { $count } planifiée
   *[other] { $count } planifiées
}
plan-cli-count-in-progress = { $count } en cours
plan-cli-count-done = { $count ->
    [one] { $count } terminée
   *[other] { $count } terminées
}
plan-cli-count-dropped = { $count ->
    [one] { $count } abandonnée
   *[other] { $count } abandonnées
}

## Printing the workbooks (issue 19)
print-page-of = page { $page } sur { $pages }
print-classification-default = Confidentiel
workbook-subject = Rapport d’évaluation IEC 62443
label-not-assessed = non évalué
field-classification = Classification
col-threat-actor = Acteur de la menace
col-frs = FR
col-residual-li = Vraisemblance × impact résiduels
label-all-frs = toutes
col-gap-count = Non satisfaites, requises pour le SL-T
findings-not-assessed = { $count ->
    [one] Une exigence requise par le SL-T n’est pas encore évaluée. C’est du travail en cours, pas un constat : seule la réponse dira s’il s’agit d’un écart.
   *[other] { $count } exigences requises par le SL-T ne sont pas encore évaluées. C’est du travail en cours, pas des constats : seules les réponses diront lesquelles sont des écarts.
}


## Classeur de questionnaire hors ligne et sa relecture (issue 19)
offline-col-guidance = Conseils et preuves à demander
offline-col-meanings = Sens de chaque réponse
offline-evidence-to-see = Preuves à demander
offline-target-zone = Zone { $id } : { $name }
offline-target-conduit = Conduit { $id } : { $name } (de { $from } à { $to })
offline-target-system = Système considéré { $id } : { $name }
import-at-cell = feuille '{ $sheet }', cellule { $cell }
import-at-row = feuille '{ $sheet }', ligne { $row }
import-unknown-questionnaire = questionnaire inconnu « { $id } »
import-formula = contient une formule ; tapez le texte lui-même
import-no-questionnaire-sheets = ce classeur n'a aucune feuille de questionnaire (créez-en un avec `iacs-assess export FICHIER --format offline-xlsx`)
import-layout-unknown = ce classeur a la disposition { $layout }, que cette version ne sait pas lire ; exportez à nouveau le classeur de questionnaire
import-field-value = la réponse
import-field-note = la note
import-field-evidence = les preuves
import-field-interviewee = la personne interrogée
import-field-flag = la marque « à suivre »
import-clears = { $place } (cellules { $cells }) : vide { $fields } de { $what }, que l'évaluation contient ; pour les vider, relisez avec --allow-clear
import-cleared = { $place } : { $fields } de { $what } vidé
import-repeated-same = { $what } figure sur { $count } lignes identiques : { $places } ; supprimez-les toutes sauf une, ou relisez avec --allow-duplicates pour la prendre une fois
import-repeated-differ = { $what } figure sur { $count } lignes différentes : { $places } ; supprimez-les toutes sauf la bonne (aucune option ne prend des lignes différentes)
import-repeated-taken = { $what } figure sur { $count } lignes identiques, prise une fois : { $places }
import-refused = { $refused ->
    [one] 1 problème
   *[other] { $refused } problèmes
} : rien n'a été relu (--partial prend le reste).
import-not-in-scope = { $questionnaire } ne fait pas partie du périmètre de cette évaluation
import-no-requirement = { $questionnaire } n'a pas d'exigence « { $requirement } »
import-not-a-system = « { $target } » n'est pas un système considéré de cette évaluation
import-not-a-target = « { $target } » n'est ni une zone ni un conduit de cette évaluation
import-needs-target = { $questionnaire } se remplit par zone, mais la ligne n'en nomme aucune
import-organisation-wide = { $questionnaire } se remplit pour toute l'organisation, pas pour « { $target } »
import-second-time = { $requirement } reçoit une deuxième réponse (la première dans { $first })
import-no-scale = pas d'échelle « { $scale } »
import-not-an-answer = « { $text } » n'est pas une réponse pour { $requirement } (permises : { $allowed })
import-needs-note = la réponse pour { $requirement } demande une justification ou une description dans la note
import-flag-word = « { $text } » : écrivez oui, ou laissez la cellule vide
import-not-taken = non pris
import-more-not-taken = ... et { $count } de plus non pris
import-done = { $changed } réponses modifiées relues depuis { $file } ({ $unchanged } inchangées).
import-done-partial = { $changed } réponses modifiées relues depuis { $file } ({ $unchanged } inchangées, { $refused } non prises).


## Compare and rollup (issue 19)
compare-area-answer = Réponse
compare-area-countermeasure = Contre-mesure
compare-area-system = Système
compare-area-approval = Approbation
compare-area-maturity = Maturité
compare-area-security-level = Niveau de sécurité
compare-area-gap = Écart
compare-area-action = Action
compare-gap = écart
compare-book-title = Changements : { $title }
compare-sheet-levels = Maturité avant et après
compare-chart-title = Maturité moyenne par groupe, avant et après
compare-made-on = Comparaison faite le { $date }
compare-source-old = Antérieure
compare-source-new = Postérieure
rollup-book-title = { $count ->
    [one] 1 site
   *[other] { $count } sites côte à côte
}
rollup-sheet-overview = Vue d’ensemble
rollup-chart-title = Maturité moyenne par site et par questionnaire
rollup-made-on = Consolidé le { $date }
teams-sheet-sources = Sources
teams-col-role = Utilisé comme
teams-col-file = Fichier
teams-col-digest = SHA-256 du fichier
export-csv-dialect = CSV pour


## Scope and method, evidence register, follow-ups, proposals in the plan, interviewees (issue 19)
sheet-scope = Périmètre et méthode
scope-systems = Systèmes considérés
col-description = Description
scope-questionnaires = Questionnaires du périmètre
col-standard = Norme
col-edition = Édition
col-answered-for = Répondu pour
col-answers = Réponses
scope-for-organisation = l’organisation, une fois
scope-for-system = chaque système considéré
scope-for-zone = chaque zone
scope-for-conduit = chaque conduit
scope-for-zone-or-conduit = chaque zone, et chaque conduit qui a des réponses
scope-for-component = chaque composant
scope-method = Modèle de risque et méthode du SL-T
scope-risk-model = Modèle de risque
scope-model-size = { $id } : { $likelihood } niveaux de vraisemblance sur { $impact } niveaux d’impact
scope-override = SL-T fixé à la main
scope-override-text = { $count ->
    [0] aucun : chaque SL-T découle du modèle de risque
    [one] pour 1 zone ou conduit, avec sa justification à côté
   *[other] pour { $count } zones et conduits, chacun avec sa justification à côté
}
scope-maturity-targets = Niveaux de maturité visés
scope-maturity-default = Niveau visé par défaut
scope-people = Évaluateurs et interlocuteurs
col-role = Rôle
col-first-answer = Première réponse (UTC)
col-last-answer = Dernière réponse (UTC)
scope-nobody-interviewed = Aucune réponse ne nomme encore d’interlocuteur.
scope-steps-missing = { $standard } : étapes pas encore faites
scope-step-unanswered = sans réponse
scope-steps-all-done = Chaque étape est faite, ou ne s’applique pas, pour chaque système.
sheet-evidence = Registre des preuves
col-evidence-reference = Référence de preuve
evidence-none = Aucune réponse ne cite encore de preuve.
sheet-follow-ups = Points à suivre
follow-ups-none = Aucune réponse n’est marquée pour suivi.
plan-proposals-note = Actions proposées, pas encore convenues : l’évaluation n’a pas de plan, voici donc les actions proposées pour ses écarts ouverts. Convenez pour chacune d’un responsable, d’une échéance et d’un statut ; les évaluateurs les reportent ensuite dans l’évaluation.
plan-overdue-line = En retard : l’échéance était le { $date }
plan-due-prompt = Une date, par exemple 2027-03-31
plan-due-invalid = Saisissez une date, par exemple 2027-03-31.
plan-owner-prompt = Qui réalise l’action : une personne ou une équipe
interviewee-no-role = rôle non renseigné
interviewee-answers = { $count ->
    [0] aucune réponse pour l’instant
    [one] 1 réponse, { $first }
   *[other] { $count } réponses, du { $first } au { $last }
}
interviewee-cli-needs = Un interlocuteur doit avoir un nom et un rôle.
interviewee-cli-recorded = { $name } enregistré.
interviewee-cli-updated = { $name } mis à jour.
interviewee-cli-removed = { $name } retiré. Ses réponses le nomment toujours.
interviewee-cli-unknown = Personne du nom de « { $name } » n’est enregistré (enregistrés : { $known }).


## Executive summary and zone model sheets (issue 19)
sheet-executive = Synthèse pour la direction
exec-as-of = { $title } : résultats au { $date }
exec-heading-maturity = Maturité
exec-target-one = ML{ $level }
exec-target-range = ML{ $low } à ML{ $high } selon le domaine
exec-maturity-mean = { $questionnaire } : { $answered ->
    [one] la seule exigence évaluée est au niveau de maturité { $mean }
   *[other] les { $answered } exigences évaluées atteignent une maturité moyenne de { $mean }
}, pour une cible de { $target }.
exec-maturity-areas = { $at ->
    [0] Aucun des { $areas } domaines n’atteint sa cible
    [one] 1 domaine sur { $areas } atteint sa cible
   *[other] { $at } domaines sur { $areas } atteignent leur cible
}{ $below ->
    [0] {""}
   *[other] , { $below } restent en dessous
}{ $open ->
    [0] {""}
   *[other] , { $open } ne sont pas encore évalués
}.
exec-maturity-none = { $questionnaire } : aucune exigence n’est encore évaluée.
exec-heading-levels = Niveaux de sécurité
exec-sl-reached = { $reached ->
    [0] Aucune des { $total } zones et conduits n’atteint son niveau de sécurité cible (SL-T) dans toutes les exigences fondamentales
    [one] 1 des { $total } zones et conduits atteint son niveau de sécurité cible (SL-T) dans toutes les exigences fondamentales
   *[other] { $reached } des { $total } zones et conduits atteignent leur niveau de sécurité cible (SL-T) dans toutes les exigences fondamentales
}{ $short ->
    [0] {""}
    [one] ; 1 reste en dessous
   *[other] ; { $short } restent en dessous
}{ $open ->
    [0] {""}
   *[other] ; { $open } ne sont pas encore évalués selon l’IEC 62443-3-3
}{ $untargeted ->
    [0] {""}
   *[other] ; { $untargeted } n’ont pas de SL-T
}.
exec-sl-none = Aucune zone ni aucun conduit n’est encore défini.
exec-sl-short = { $target } ({ $name }) reste sous sa cible : { $frs }.
exec-sl-short-fr = { $fr } de { $levels ->
    [one] un niveau
   *[other] { $levels } niveaux
}
exec-sl-close = { $requirements ->
    [one] Une exigence comble l’écart
   *[other] { $requirements } exigences comblent l’écart
}{ $unanswered ->
    [0] .
    [one] ; l’une d’elles n’est pas encore évaluée.
   *[other] ; { $unanswered } d’entre elles ne sont pas encore évaluées.
}
exec-sl-more = { $count ->
    [one] Une autre reste sous sa cible
   *[other] { $count } autres restent sous leur cible
} : la feuille « { $sheet } » montre toutes les zones et tous les conduits.
exec-heading-risk = Risque
exec-risk-none = Le registre des risques ne contient encore aucun scénario de menace.
exec-risk-inherent = { $total ->
    [one] Le registre des risques contient un scénario de menace
   *[other] Le registre des risques contient { $total } scénarios de menace
}. { $intolerable ->
    [0] Aucun n’est intolérable avant contre-mesures.
    [one] Un est intolérable avant contre-mesures : { $ids }.
   *[other] { $intolerable } sont intolérables avant contre-mesures : { $ids }.
}
exec-risk-residual = { $residual ->
    [0] Avec les contre-mesures enregistrées, aucun ne reste intolérable
    [one] Avec les contre-mesures enregistrées, un reste intolérable : { $ids }
   *[other] Avec les contre-mesures enregistrées, { $residual } restent intolérables : { $ids }
}{ $unrated ->
    [0] .
    [one] ; le risque résiduel d’un scénario n’est pas encore évalué.
   *[other] ; le risque résiduel de { $unrated } scénarios n’est pas encore évalué.
}
exec-heading-open = Travail restant
exec-open-none = Toutes les exigences applicables sont évaluées.
exec-open = { $count ->
    [one] Une exigence n’est pas encore évaluée
   *[other] { $count } exigences ne sont pas encore évaluées
} ({ $list }). C’est du travail restant, pas un écart : on n’en sait encore rien.
exec-open-part = { $questionnaire } : { $count }
exec-heading-actions = Dix actions prioritaires
exec-actions-plan = Le plan de remédiation compte { $total ->
    [one] une action
   *[other] { $total } actions
}, dont { $open } encore ouvertes. { $shown ->
    [one] Voici la première ouverte
   *[other] Voici les { $shown } premières ouvertes
} dans l’ordre du plan : phase la plus proche d’abord, risques intolérables d’abord, puis le meilleur gain pour l’effort.
exec-actions-plan-none-open = Le plan de remédiation compte { $total ->
    [one] une action
   *[other] { $total } actions
}, aucune n’est encore ouverte.
exec-actions-proposed = L’évaluation n’a pas encore de plan de remédiation. { $shown ->
    [one] Voici la seule action que demandent les écarts
   *[other] Voici les { $shown } premières des { $total } actions que demandent les écarts
}, dans l’ordre qu’un plan leur donnerait ; la commande « plan propose » les ajoute à l’évaluation.
exec-actions-none = Aucune action n’est proposée : aucun écart n’a été trouvé dans ce qui a été évalué.
exec-chart-title = Exigences fondamentales au SL-T, par zone et conduit
exec-series-at = FR au SL-T
exec-series-below = FR sous le SL-T
exec-series-open = FR non évaluées
exec-chart-data = Données du graphique
exec-matrix-inherent = Risque avant contre-mesures
exec-matrix-residual = Risque résiduel, avec contre-mesures
exec-matrix-corner = Vraisemblance / impact
exec-matrix-count = { $count } scénarios
exec-ids-more = { $list } et { $count } autres
exec-matrix-legend = Niveaux de risque
sheet-zone-model = Modèle de zones et conduits
zm-col-system = Système considéré
zm-col-description = Description
zm-col-assets = Actifs, ou les zones que relie un conduit
zm-col-level = Niveau
zm-joins = relie { $from } et { $to }
zm-not-assessed = SL-A non évalué

## Prestataires de services : mots communs (issue 23) : périmètre des prestations, profil cible, verdicts d'une comparaison au profil
service-scope-both = prestations d'intégration et de maintenance
service-scope-integration = prestations d'intégration seulement
service-scope-maintenance = prestations de maintenance seulement
service-integration = intégration
service-maintenance = maintenance
outside-service-scope = hors du périmètre des prestations évalué
label-not-offered = non proposé
target-profile = Profil cible
target-profile-none = aucun : un seul niveau cible pour toutes les exigences
verdict-below = en dessous du niveau demandé
verdict-not-offered = demandé, non proposé
verdict-not-applicable = non applicable selon le prestataire
verdict-not-assessed = pas encore évalué
verdict-meets = atteint le niveau demandé
verdict-not-asked = non demandé

## Prestataires dans l'évaluation et le classeur du client (issue 23)
score-not-offered = { $count ->
    [one] 1 exigence non proposée (exclue des niveaux)
   *[other] { $count } exigences non proposées (exclues des niveaux)
}
score-group-not-offered = { $count ->
    [one] non proposé (1 exigence)
   *[other] non proposé ({ $count } exigences)
}
exec-maturity-not-offered = { $count ->
    [one] Un domaine n'est pas proposé du tout et n'a pas de niveau : { $areas }.
   *[other] { $count } domaines ne sont pas proposés du tout et n'ont pas de niveau : { $areas }.
}
scope-services = Prestations évaluées
home-demo-integrator = Ouvrir la démo de l'intégrateur (son auto-évaluation 62443-2-4)

## Capability statement (issue 23)
statement-title = Déclaration de capacités
statement-intro = Ce que ce prestataire propose à ses clients, par domaine fonctionnel de l'IEC 62443-2-4, avec la maturité de chaque capacité et l'endroit où trouver les preuves. Les capacités non proposées sont indiquées comme telles et ne font pas baisser le niveau de ce qui est proposé.
statement-provider = Prestataire
statement-scope = Services couverts
statement-standard = Évalué selon
statement-date = À la date du
statement-left-out = { $count ->
    [one] une exigence propre à d'autres services est laissée de côté
   *[other] { $count } exigences propres à d'autres services sont laissées de côté
}
statement-summary = Synthèse par domaine fonctionnel
statement-col-area = Domaine
statement-col-offered = Proposées
statement-col-maturity = Maturité
statement-col-not-offered = Non proposées
statement-col-not-applicable = Non applicables
statement-col-not-assessed = Non évaluées
statement-area-level = moyenne { $mean }, minimum : { $min }
statement-area-empty = Rien dans ce domaine ne relève des services couverts.
statement-text-counts = proposées { $offered }, non proposées { $notoffered }, non applicables { $na }, non évaluées { $open }
statement-sheet = Déclaration
statement-sheet-capabilities = Capacités
statement-sheet-check-summary = Contrôle synthèse
statement-check-title = Contrôle selon { $profile }
statement-check-intro = Le profil { $profile } demande { $asked ->
    [one] une exigence
   *[other] { $asked } exigences
} ; { $gaps ->
    [0] le prestataire n'est en défaut sur aucune.
    [one] le prestataire est en défaut sur une d'entre elles.
   *[other] le prestataire est en défaut sur { $gaps } d'entre elles.
}
statement-col-verdict = Résultat
statement-col-count = Exigences
statement-check-per-area = Par domaine fonctionnel
statement-col-highest-asked = Niveau le plus haut demandé
statement-check-rows = Par exigence, écarts en premier
statement-col-asked = Demandé
statement-col-offered-level = Proposé
statement-check-gaps = Écarts
statement-check-no-gaps = Aucun : chaque exigence demandée est atteinte, ou sa réponse est à juger par le propriétaire d'actifs.
statement-check-rest = Les autres exigences
statement-text-below = demandé { $asked }, proposé { $offered } : { $gap ->
    [one] un niveau en dessous
   *[other] { $gap } niveaux en dessous
}
statement-text-missing = demandé { $asked } ; proposé : { $offered }
statement-text-up-to = jusqu'à { $level } demandé

## Service provider screens (issue 23)
col-not-offered = Non prop.
notice-outside-service-scope = { $requirement } est { outside-service-scope } ({ $scope }) : elle ne reçoit pas de réponse. Pour changer le périmètre : { $results } pour les résultats, puis t pour les cibles.
answer-outside-scope-hint = Les touches de réponse sont sans effet ici ; le périmètre évalué : { $scope }. Pour le changer : { $results }, puis t.
results-keys-profile = Tab panneau · t cibles · ↑↓ écart · Enter aller à l'exigence · Esc retour
profile-offered-level = { $level ->
    [0] non mis en œuvre
   *[other] ML{ $level } proposé
}
profile-area = ML{ $level } demandé · { $gaps ->
    [one] 1 écart
   *[other] { $gaps } écarts
} · { $meets }/{ $asked } l'atteignent
profile-gaps = { $count ->
    [one] 1 écart
   *[other] { $count } écarts
} (exigence, niveau demandé, proposé)
profile-gap = ML{ $asked } demandé · { $offered }
profile-no-gaps = Aucun écart : tout ce qui est demandé est proposé au niveau demandé, ou pas encore évalué.
targets-title = Cibles
targets-keys = Tab suivant · ←→ choisir · Enter sur le dernier champ applique · Esc laisse tout comme avant
targets-profile-for = Profil { $questionnaire }
targets-maturity = Cible sans profil
targets-service-scope = Périmètre des prestations évalué
notice-targets-set = Cibles fixées : les résultats sont comparés à elles.
notice-targets-unchanged = Rien n'a changé : les cibles sont comme avant.
group-not-offered = Non proposé : { $count ->
    [one] sa seule exigence dans le périmètre évalué a pour réponse
   *[other] ses { $count } exigences dans le périmètre évalué ont pour réponse
} non proposé (ou non applicable).
import-outside-service-scope = { $requirement } est hors du périmètre des prestations évalué ({ $scope }) et n'est donc pas renseignée ; le périmètre se change avec iacs-assess service-scope

## Components and SL-C (issue 20, core)
component-type-software-application = Application logicielle
component-type-embedded-device = Appareil embarqué
component-type-host-device = Appareil hôte
component-type-network-device = Appareil réseau
sl-c-assessed = évalué
sl-c-declared = déclaré
sl-c-unknown = inconnu
sl-c-assessed-count = évalué selon la 62443-4-2 : { $answered } exigences sur { $applicable } ont une réponse
declared-by-certificate = certificat
declared-by-supplier-statement = déclaration du fournisseur
score-components = Composants (SL-C, IEC 62443-4-2)
score-zone-check = Contrôle des zones : composants face au SL-T de leur zone
zone-check-below = { $zone } FR { $fr } : { $component } (SL-C { $sl_c }) en dessous du SL-T { $sl_t }
zone-check-open = { $zone } FR { $frs } : { $component } n'est pas encore démontré capable du SL-T : ses réponses à la 62443-4-2 sont incomplètes
zone-check-unknown = { $zone } : { $component } n'a aucun SL-C connu (ni évalué ni déclaré) ; il ne peut donc pas être considéré capable du SL-T { $sl_t }
zone-check-none = Chaque composant est capable du SL-T de sa zone.
zone-check-no-target = Aucun composant ne se trouve encore dans une zone dotée d'un SL-T.
plan-level-line-sl-c = { $target } SL-C {"{"}{ $vector }{"}"}, SL-T de sa zone atteint dans { $reached } FR sur { $of }
plan-level-line-sl-c-no-target = { $target } SL-C {"{"}{ $vector }{"}"} (sa zone n'a pas de SL-T)


## Components in the workbook and teams (issue 20)
sheet-components = Composants
sheet-zone-check = Contrôle des zones
components-col-type = Type
components-col-vendor = Fabricant
components-col-product = Produit
components-col-version = Version
components-col-zone = Zone
components-col-component = Composant
components-col-source = SL-C issu de
components-col-from = D'où vient le SL-C
components-col-check = Pourquoi il retient la zone sous son SL-T
components-ccsc-open = maintenu à 0 dans chaque FR par { $ids } (contraintes communes non satisfaites ou sans réponse)
components-unknown-source = ni évalué ni déclaré : pas compté comme capable
components-more = et { $count } autres (feuille { $sheet })
zm-col-components = Composants qui la retiennent sous son SL-T
zm-components-below = Sous le SL-T :
zm-components-open = Pas encore démontrés capables :
exec-components = { $below ->
    [0] Aucun composant n'est connu pour être sous le SL-T de sa zone
    [one] Un composant est sous le SL-T de sa zone
   *[other] { $below } composants sont sous le SL-T de leur zone
}{ $open ->
    [0] {""}
    [one] ; 1 n'est pas encore démontré capable
   *[other] ; { $open } ne sont pas encore démontrés capables
} : feuille « { $sheet } ».
finding-sl-c-declared = SL-C déclaré sous le SL-T de la zone
offline-target-component = Composant { $id } : { $name } ({ $type })
offline-component-zone = dans la zone { $zone }
import-not-asked-of-type = { $requirement } n'est pas demandé à { $component }, composant de type { $type } (seulement : { $types })
compare-area-component = Composant
compare-area-sl-c = SL-C
compare-area-zone-check = Contrôle des zones
compare-sl-c-unknown = SL-C inconnu
import-not-a-component = « { $target } » n'est pas un composant de cette évaluation
import-needs-component = { $questionnaire } se remplit par composant, mais la ligne n'en nomme aucun


## Components in the interface (issue 20)
zones-keys = a zone · c conduit · p composant · y système · t scénario · o SL-T · e modifier · d supprimer · Enter répondre · Esc retour
help-zones =
    ↑ ↓        choisir une zone ou un conduit (Tab : ses scénarios, puis ses composants)
    a          ajouter une zone · c ajouter un conduit · p ajouter un composant (à la zone choisie)
    y Y        ajouter un système considéré · nommer et décrire celui de la sélection
    t          ajouter un scénario de menace à la sélection
    o          fixer le SL-T à la main et le justifier (vide : recalculer)
    e          modifier la sélection · d la supprimer (taper son id pour confirmer)
    J K        faire défiler les détails plus hauts que leur cadre
    Enter      répondre à 62443-3-3 pour la zone choisie, à 62443-4-2 pour le composant choisi
    Ctrl-Z     annuler la dernière modification
    Esc        retour au questionnaire
component-label = Composant
component-list-title = Composants (Tab pour choisir)
component-list-empty = Aucun composant ici : p en ajoute un.
component-zone-none = hors zone
component-form-new = Nouveau composant
component-form-edit = Composant { $id }
component-form-type = Type de composant
component-form-vendor = Fabricant
component-form-product = Produit
component-form-version = Version du produit
component-form-sl-c = SL-C déclaré, par ex. 2 2 1 1 2 1 1
component-form-source = Origine du SL-C
component-form-certificate = Numéro du certificat
component-form-scheme = Schéma de certification
component-form-date = Date (AAAA-MM-JJ)
component-error-id = L'id se compose de lettres, chiffres, - _ et . (par ex. PLC-3).
component-error-taken = Une zone, un conduit ou un composant porte déjà cet id.
component-error-sl-c = SL-C déclaré : sept niveaux de 0 à 4, un par FR, par ex. 2 2 1 1 2 1 1.
component-error-certificate = Un SL-C tiré d'un certificat demande le numéro et le schéma de ce certificat.
component-error-date = Un SL-C déclaré demande la date de son certificat ou de la déclaration, écrite AAAA-MM-JJ.
component-error-no-sl-c = Certificat, schéma ou date sans SL-C déclaré : indiquez le SL-C ou videz ces champs.
component-error-other = Non enregistré : { $problem }
component-saved = Composant { $id } enregistré.
component-undo-saved = composant { $id }
component-undo-deleted = suppression du composant { $id }
component-confirm-delete = { $answers ->
    [0] Supprimer le composant { $id } ? Il n'a aucune réponse à la 62443-4-2.
    [one] Supprimer le composant { $id } et sa réponse à la 62443-4-2 ?
   *[other] Supprimer le composant { $id } et ses { $answers } réponses à la 62443-4-2 ?
}
component-notice-zone-in-use = Des composants se trouvent dans cette zone : placez-les dans une autre zone ou supprimez-les d'abord.
component-notice-no-4-2 = Cette évaluation ne répond pas à l'IEC 62443-4-2 : le SL-C d'un composant ne peut donc qu'être déclaré.
results-panel-components = Composants (SL-C)
results-keys-components = Tab panneau · t cibles · ↑↓ composant · Enter répondre à la 62443-4-2 pour lui · Esc retour
component-results-columns = Composant  Zone      SL-C par FR        Origine
component-notice-none = Ajoutez d'abord un composant : la 62443-4-2 se remplit par composant (écran des zones, p).

## Regulatory alignment (align, the alignment screen, the workbook's sheets)
align-verdict-supported = couvert
align-verdict-partly = en partie
align-verdict-not-supported = non couvert
align-verdict-not-assessed = non évalué
align-verdict-not-applicable = non applicable
align-verdict-no-links = sans équivalent 62443
align-state-met = satisfaite
align-state-partly = satisfaite en partie
align-state-not-met = non satisfaite
align-state-open = ouverte
align-state-not-applicable = non applicable
align-state-not-needed = au-dessus du niveau visé
align-state-outside = hors de cette évaluation
align-kind-equivalent = équivalente
align-kind-supports = contribue
align-kind-partial = partielle
align-source-our-reading = notre lecture
align-count-met = { $n } satisfaites
align-count-not-met = { $n } non satisfaites
align-count-open = { $n } ouvertes
align-count-outside = { $n ->
    [one] 1 lien hors de cette évaluation
   *[other] { $n } liens hors de cette évaluation
}
align-met-at = satisfaite pour { $met } sur { $of }
align-level-of = niveau { $level }, requis { $needed }
align-and-more = et { $n } de plus
align-summary = { $items } points : { $supported } couverts, { $partly } en partie, { $not_supported } non couverts, { $not_assessed } non évalués, { $not_applicable } non applicables, { $no_links } sans équivalent 62443
align-outside = Hors de cette évaluation : { $list }. Leurs liens sont listés et ne comptent pas.
align-rule = Couvert : chaque exigence liée qui compte a une réponse et est satisfaite (maturité : à son objectif, au moins niveau 1), et au moins une d'elles est « équivalente » ou « contribue ». Sans réponse, un point est « non évalué », jamais « non couvert ». La règle : docs/alignment.md.
align-unknown-mapping = pas de correspondance « { $id } » (correspondances : { $known })
align-no-mappings = aucune correspondance n'est installée
align-why = Pourquoi

## Alignment in the workbook (issue 21)
book-align-col-item = Point
book-align-col-verdict = Résultat
book-align-col-links = Exigences 62443 liées
book-align-col-why = Justification
book-align-exec-heading = Référentiels
book-align-exec = { $mapping } ({ $items } points) : { $tally } ; feuille « { $sheet } ».

## Alignment screen (issue 21)
align-tui-title = Correspondance
align-tui-no-mappings = Aucune correspondance ne renvoie aux questionnaires de cette évaluation : rien à mettre en correspondance.
align-tui-position = { $n } sur { $count } · ← → une autre
align-tui-list-title = { $mapping } · { $shown } points sur { $count } · filtre : { $filter }
align-tui-filter-all = tous
align-tui-none-shown = Aucun point n'a ce verdict (f passe au filtre suivant).
align-tui-details = Détails
align-tui-no-links = La correspondance ne relie ce point à aucune exigence 62443.
align-tui-grouping-no-links = Un point de regroupement n'a pas de liens propres : choisissez l'un de ses points.
align-tui-one-mapping = Seule cette correspondance renvoie aux questionnaires de cette évaluation.
align-tui-outside-link = { $requirement } ne fait pas partie de cette évaluation : impossible de l'ouvrir ici.
align-tui-went = { $requirement } · { $key } revient à la correspondance
align-tui-keys-items = ↑↓ point · ←→ correspondance · f F filtre · Tab ou Enter les liens · Esc retour
align-tui-keys-items-one = ↑↓ point · f F filtre · Tab ou Enter les liens · Esc retour
align-tui-keys-links = ↑↓ lien · Enter répondre à l'exigence · Tab ou Esc les points
align-tui-key-hint = { $key } correspondance
align-tui-help-line = correspondance : NIS2, CSF 2.0, CRA point par point selon ces réponses
help-alignment =
    ← → [ ]        correspondance précédente / suivante qui renvoie à cette évaluation
    ↑ ↓ PgUp PgDn  choisir un point (Home End : premier, dernier) ; les regroupements montrent un décompte
    f F            filtrer par verdict : tous, non couvert, en partie, non évalué, ... (F : en arrière)
    Tab Enter     les liens du point choisi · Tab Esc : retour aux points
    Enter         sur un lien : répondre à cette exigence (par cible : la première non satisfaite ou ouverte)
    T              changer la langue de l'interface
    Esc q        retour à l'écran d'où la correspondance a été ouverte
    ✓ couvert · ◐ en partie · ✗ non couvert · ? non évalué · – non applicable · ○ sans équivalent 62443

## The zone diagram (issue 22): the SVG, the workbook's picture, the terminal's legend.
diagram-subtitle = Zones et conduits · { $date }
diagram-legend = Couleur : le plus grand écart entre SL-T et SL-A sur une FR
diagram-levels-note = Niveaux par FR 1 à 7 (IAC, UC, SI, DC, RDF, TRE, RA) ; « - » là où rien de la FR ne s’applique.
diagram-sl-t = SL-T
diagram-sl-a = SL-A
diagram-gap-none = SL-T atteint
diagram-gap-one = un niveau en dessous
diagram-gap-more = deux niveaux ou plus en dessous
diagram-gap-open = en dessous seulement là où rien n’est encore répondu
diagram-gap-not-assessed = non évalué
layer-enterprise = Entreprise (niveaux 4-5)
layer-dmz = DMZ industrielle (3.5)
layer-operations = Exploitation du site (3)
layer-supervisory = Supervision (2)
layer-control = Contrôle-commande (1)
layer-field = Terrain (0)
layer-safety = Systèmes instrumentés de sécurité (SIS)

## Issue 22, zone diagram in the terminal
zones-keys-diagram = { $key } diagramme
zones-diagram-keys = ←→↑↓ voisins · Tab conduits · Enter répondre · e modifier · a zone · c conduit · { $key }/Esc liste
zones-diagram-help-line = diagramme : les zones en cases de la couleur de leur écart, les conduits en lignes ; les flèches déplacent, Tab parcourt les conduits d’une zone, Esc revient à la liste
diagram-tui-layer-from-conduits = (d’après les conduits)

## Issue 22, layer on the zone form and learn mode's diagram
form-layer = Couche
form-layer-from-conduits = D'après les conduits ({ $layer })
zones-layer = Couche
zones-layer-from-conduits = { $layer } (d'après les conduits)
## Issue 22, the zone diagram in the workbook and the requirements specification
sheet-zone-diagram = Schéma des zones
diagram-picture-failed = Le schéma des zones n'a pas pu être dessiné comme image ({ $reason }). Ses zones et conduits figurent dans les tableaux.
spec-diagram = Schéma des zones de { $system }
diagram-too-large = Le schéma des zones ({ $zones } zones) est trop grand pour être imprimé lisiblement sur une page ; `iacs-assess diagram` le dessine en entier en SVG.
