### Termes (revue 2026-12), vérifiés par tests/terms.rs : « sécurité » et « cybersécurité » = security. Safety = sécurité fonctionnelle,
### système ou fonction instrumenté(e) de sécurité (SIS), sécurité des personnes, sécurité des procédés ; jamais « fonction de sécurité »,
### « système de sécurité » ni « sûreté » seuls. Commutateur (pas switch), propriétaire d'actifs (pas exploitant), liste d'autorisation.
# Textes du modèle de risque par défaut : questionnaires/risk-models/default.toml.
# Les montants et durées sont un point de départ ; chaque organisation devrait fixer les siens.

## Vraisemblance : à quelle fréquence un scénario devrait survenir et réussir

likelihood-rare =
    .label = Très peu probable
    .description = Pas attendu pendant la vie de l'installation ; il faudrait des circonstances exceptionnelles. Moins d'environ une fois en 30 ans.

likelihood-unlikely =
    .label = Peu probable
    .description = Pourrait arriver, mais personne ici ne l'a vu. Environ une fois en 10 à 30 ans.

likelihood-possible =
    .label = Possible
    .description = Pourrait bien arriver pendant la vie de l'installation ; des événements semblables sont connus dans le secteur. Environ une fois en 3 à 10 ans.

likelihood-likely =
    .label = Probable
    .description = Attendu de temps en temps ; c'est déjà arrivé ici ou sur des sites comparables. Environ une fois en 1 à 3 ans.

likelihood-almost-certain =
    .label = Quasi certain
    .description = Attendu régulièrement, ou déjà en cours. Une fois par an ou plus souvent.

## Impact : gravité si le scénario réussit. Coter chaque catégorie et retenir la pire.

impact-negligible =
    .label = Négligeable
    .description = À peine perceptible ; géré par l'exploitation normale sans que personne en dehors de l'équipe de quart ne le sache.
    .health-safety = Aucune blessure, ou premiers soins seulement.
    .environment = Aucun rejet au-delà des limites normales d'exploitation et d'autorisation.
    .production = Aucune perte notable ; une perturbation que les opérateurs traitent en moins d'une heure.
    .finance = Moins d'environ 10 000 €.
    .reputation = Rien n'est remarqué en dehors du site.

impact-minor =
    .label = Mineur
    .description = Un effet réel mais circonscrit, que le site traite seul en quelques jours.
    .health-safety = Blessure nécessitant des soins médicaux, sans arrêt de travail.
    .environment = Petit rejet confiné sur le site et nettoyé en quelques jours ; aucun dommage durable.
    .production = Jusqu'à un poste de production perdu, ou un lot hors spécification.
    .finance = Environ 10 000 à 100 000 €.
    .reputation = Plaintes d'un client ou de riverains ; aucun intérêt des médias.

impact-moderate =
    .label = Modéré
    .description = Un événement sérieux qui demande l'attention de la direction et peut devoir être déclaré à une autorité.
    .health-safety = Blessure avec arrêt de travail, dont la personne se remet complètement.
    .environment = Rejet hors du site à déclarer ; dommage de courte durée, nettoyé en quelques semaines.
    .production = Une unité ou une ligne à l'arrêt jusqu'à quelques jours ; livraisons retardées.
    .finance = Environ 100 000 € à 1 million d'euros.
    .reputation = Couverture par la presse locale ou professionnelle ; questions de l'autorité de contrôle ou de clients importants.

impact-major =
    .label = Majeur
    .description = Un événement grave aux dommages durables ; la direction générale et les autorités sont impliquées.
    .health-safety = Invalidité permanente ou un décès.
    .environment = Dommages importants hors du site ; le nettoyage prend des mois.
    .production = Le site à l'arrêt pendant des semaines ; les clients ne peuvent pas être livrés.
    .finance = Environ 1 à 10 millions d'euros.
    .reputation = Couverture par les médias nationaux ; mesures coercitives de l'autorité de contrôle ; clients perdus.

impact-severe =
    .label = Catastrophique
    .description = Une catastrophe qui menace l'entreprise elle-même et des personnes au-delà de la clôture du site.
    .health-safety = Plusieurs décès, ou des personnes blessées hors du site.
    .environment = Dommages étendus ou durables à l'environnement.
    .production = Le site à l'arrêt pendant des mois, ou des installations clés détruites.
    .finance = Plus d'environ 10 millions d'euros.
    .reputation = Couverture par les médias internationaux ; l'autorisation d'exploiter est en jeu.

## Niveaux de risque : ce que l'organisation fait d'un risque à chaque niveau

risk-low =
    .label = Faible
    .description = Tolérable. Accepté en l'état et traité par les pratiques courantes ; réexaminé lors de la prochaine revue périodique. Appelle un SL-T 1.

risk-medium =
    .label = Moyen
    .description = Tolérable. Accepté par un responsable nommé et suivi ; réduit là où c'est peu coûteux et simple. Appelle un SL-T 1.

risk-high =
    .label = Élevé
    .description = Non tolérable. Des contre-mesures sont planifiées avec un responsable et une échéance, et le risque résiduel est réévalué une fois qu'elles sont en place. Appelle un SL-T 2.

risk-very-high =
    .label = Très élevé
    .description = Non tolérable. Sa réduction est prioritaire dans le budget et la planification, la direction du site la suit, et des mesures provisoires s'appliquent jusqu'à sa résolution. Appelle un SL-T 3.

risk-critical =
    .label = Critique
    .description = Non tolérable. Agir immédiatement : la direction générale est informée, des mesures provisoires démarrent tout de suite, et la poursuite de l'exploitation de la partie concernée de l'installation en l'état est remise en question. Appelle un SL-T 4.

## Acteurs de menace : qui pourrait de façon crédible mener un scénario

threat-actor-casual =
    .label = Occasionnel ou accidentel
    .description = Personnel, prestataires ou visiteurs qui causent un dommage par erreur ou par hasard, sans intention d'attaquer : un mauvais réglage, une clé USB infectée branchée sans le savoir. Fixe le SL 1.

threat-actor-simple-means =
    .label = Moyens simples
    .description = Quelqu'un qui veut nuire mais dispose de peu de ressources et de compétences générales seulement : un opportuniste utilisant des outils librement disponibles, un employé mécontent, un logiciel malveillant non ciblé. Fixe le SL 2.

threat-actor-moderate-resources =
    .label = Ressources modérées
    .description = Un groupe compétent qui vise délibérément les systèmes de contrôle-commande, avec des ressources modérées et une connaissance des IACS : criminels organisés menant des rançongiciels, hacktivistes capables, interne bien informé. Fixe le SL 3.

threat-actor-extended-resources =
    .label = Ressources étendues
    .description = Une équipe bien financée, typiquement soutenue par un État, avec une connaissance approfondie des IACS, des outils sur mesure et la patience d'une longue campagne. Fixe le SL 4.

## Ajustements : plafonds par FR qu'un évaluateur peut appliquer à une zone, avec une raison

adjustment-no-confidential-data =
    .label = Aucune donnée confidentielle dans la zone
    .description = Plafonne FR 4 (confidentialité des données) à SL 1. À n'utiliser que si rien dans la zone ne nuirait à l'organisation en cas de divulgation : ni recettes, ni chiffres de production, ni données personnelles, ni secrets autres que les identifiants de la zone elle-même.

adjustment-no-routable-links =
    .label = Aucune liaison routable vers d'autres zones
    .description = Plafonne FR 5 (flux de données restreint) à SL 1. À n'utiliser que si la zone n'a aucune connexion IP ou autre connexion routable vers une autre zone : uniquement des E/S câblées ou des liaisons série non routables, sans sans-fil ni port pour portable.

adjustment-availability-not-critical =
    .label = La perte de disponibilité n'a pas d'impact réel
    .description = Plafonne FR 7 (disponibilité des ressources) à SL 1. À n'utiliser que si l'analyse d'impact montre que perdre la zone pendant des jours ne nuit ni à la sécurité des personnes, ni à l'environnement, ni à la production, comme pour un simulateur de formation ou une copie de reporting hors ligne.

## Méthodes : comment le niveau de sécurité cible (SL-T) découle de l'appréciation du risque

method-risk-level =
    .label = D'après le niveau de risque (lecture directe)
    .description = Chaque scénario de menace visant une zone ou un conduit demande le SL que le modèle de risque indique à côté de son niveau de risque avant contre-mesures (dans le modèle fourni : faible et moyen 1, élevé 2, très élevé 3, critique 4). La méthode regarde où se situe le risque, non de combien il faut le réduire. Un scénario ne relève que les exigences fondamentales par lesquelles il agit, ou les sept si aucune n'est indiquée. Pour chaque FR, la valeur la plus haute l'emporte et le scénario qui l'a fixée est indiqué comme justification.

method-risk-reduction =
    .label = D'après la réduction de risque nécessaire
    .description = Compte de combien de niveaux le risque d'un scénario avant contre-mesures dépasse le seuil tolérable, et demande d'autant plus de protection qu'il doit baisser (dans le modèle fourni : 1 niveau SL 2, 2 niveaux SL 3, 3 ou plus SL 4 ; un scénario tolérable SL 1). Un scénario ne relève que les exigences fondamentales par lesquelles il agit, ou les sept si aucune n'est indiquée. Pour chaque FR, la valeur la plus haute l'emporte et le scénario qui l'a fixée est indiqué avec son nombre de niveaux.

method-threat-actor =
    .label = D'après la capacité de l'acteur de la menace
    .description = Chaque scénario de menace nomme l'attaquant le plus capable qui pourrait de façon crédible le mener, et demande le SL de cet attaquant : occasionnel 1, moyens simples 2, ressources modérées 3, ressources étendues 4. Un scénario ne relève que les exigences fondamentales par lesquelles il agit, ou les sept si aucune n'est indiquée. Pour chaque FR, la valeur la plus haute l'emporte.

## Planchers : ce que chaque zone et chaque conduit reçoit quelle que soit la méthode

floor-tolerable =
    .label = Plancher du risque tolérable
    .description = Chaque zone et chaque conduit reçoit au moins SL 1 dans chaque FR, même là où aucun scénario de menace n'arrive : c'est la protection que suppose le risque tolérable de ce modèle. L'évaluation signale chaque FR qu'aucun scénario n'a évaluée, pour que le manque dans le registre des risques reste visible.

floor-conduit =
    .label = Les conduits suivent leurs zones
    .description = Un conduit reçoit, FR par FR, au moins le SL-T de la plus stricte des deux zones qu'il relie : le chemin vers une zone ne doit pas être le côté faible de sa limite. Un ajustement ou un SL-T fixé à la main avec sa justification peut l'abaisser là où le conduit a réellement besoin de moins.

# Un plancher de conséquence relève le SL-T quelle que soit la vraisemblance du scénario : des
# conséquences rares mais graves pour les personnes ne doivent pas disparaître derrière une faible vraisemblance.
consequence-floor-severe-health-safety =
    .label = Atteinte grave aux personnes
    .description = Une zone ou un conduit qu'un scénario peut atteindre avec une atteinte grave à la santé et à la sécurité des personnes (plusieurs décès, ou des personnes blessées hors du site) reçoit au moins SL 3 en contrôle d'identification et d'authentification, contrôle d'utilisation et intégrité du système, aussi rare que soit le scénario.

## Catégories d'impact (en-têtes de colonnes)
impact-category-health-safety =
    .label = Santé et sécurité
impact-category-environment =
    .label = Environnement
impact-category-production =
    .label = Production
impact-category-finance =
    .label = Finances
impact-category-reputation =
    .label = Réputation
