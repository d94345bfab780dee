### Termes (revue 2026-12), vérifiés par tests/terms.rs : « sécurité » et « cybersécurité » = security. Safety = sécurité fonctionnelle,
### système ou fonction instrumenté(e) de sécurité (SIS), sécurité des personnes, sécurité des procédés ; jamais « fonction de sécurité »,
### « système de sécurité » ni « sûreté » seuls. Commutateur (pas switch), propriétaire d'actifs (pas exploitant), liste d'autorisation.
## Échelles de réponse : libellés de chaque valeur, et l'échelle de maturité guidée.

scale-maturity =
    .label = Niveau de maturité
    .description = Dans quelle mesure l'organisation applique cette exigence, de pas du tout à mesuré et amélioré en continu.
maturity-not-implemented =
    .label = Non mis en œuvre
    .description = Pas fait du tout, ou seulement par hasard.
maturity-ml1 =
    .label = ML1 Initial
    .description = Fait, mais au cas par cas : cela dépend de l'équipe de quart, et ce n'est souvent pas écrit.
maturity-ml2 =
    .label = ML2 Géré
    .description = Écrit pour ce système ou cette solution, fait par des personnes formées, et reproductible.
maturity-ml3 =
    .label = ML3 Défini
    .description = Une seule façon de faire dans toute l'organisation, avec des enregistrements qui montrent qu'elle est réellement pratiquée.
maturity-ml4 =
    .label = ML4 En amélioration
    .description = Mesuré, et les mesures conduisent à des améliorations régulières.
maturity-na =
    .label = Non applicable
    .description = Ne s'applique pas ici (par exemple aucun sans-fil). Indiquez pourquoi.
maturity-ladder-performed =
    .question = Est-ce fait aujourd'hui, même de manière informelle ?
maturity-ladder-managed =
    .question = Est-ce écrit pour ce système et fait par des personnes formées pour cela, de la même façon à chaque fois ?
maturity-ladder-defined =
    .question = Est-ce une pratique commune à toute l'organisation, avec des enregistrements qui montrent qu'elle a été appliquée à plusieurs reprises ?
maturity-ladder-improving =
    .question = Est-ce mesuré, et les mesures débouchent-elles sur des améliorations régulières ?

scale-compliance =
    .label = Conformité
    .description = Si la zone ou le conduit satisfait l'exigence système.
compliance-met =
    .label = Satisfait
    .description = L'exigence est remplie, et vous en avez vu les preuves.
compliance-not-met =
    .label = Non satisfait
    .description = L'exigence n'est pas remplie.
compliance-compensated =
    .label = Compensé
    .description = Satisfait par une contre-mesure compensatoire documentée. Décrivez-la.
compliance-na =
    .label = Non applicable
    .description = Ne s'applique pas à cette zone ou à ce conduit. Indiquez pourquoi.

scale-process =
    .label = Étape de démarche
    .description = Si cette étape du travail d'appréciation du risque a été réalisée.
process-done =
    .label = Fait
    .description = Réalisé et consigné.
process-partly =
    .label = Partiellement fait
    .description = Commencé, ou fait pour une partie du système seulement.
process-not-done =
    .label = Non fait
    .description = Non réalisé.
process-na =
    .label = Non applicable
    .description = Ne s'applique pas ici. Indiquez pourquoi.
