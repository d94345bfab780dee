### IEC 62443-2-1:2024, programme de sécurité du propriétaire d'actifs : textes français pour iacs-assess.
### Rédigés pour cet outil ; ce n'est pas le texte de la norme. Les identifiants et les titres courts sont des faits.
### La personne interrogée est le propriétaire d'actifs : responsable sécurité OT du site, automaticiens, informatique,
### direction, RH et achats. Les questions parlent de « votre site », « votre entreprise » et « vos systèmes de contrôle-commande ».
### Termes (revue 2026-12), vérifiés par tests/terms.rs : « sécurité » et « cybersécurité » = security. Safety = sécurité fonctionnelle,
### système ou fonction instrumenté(e) de sécurité (SIS), sécurité des personnes, sécurité des procédés ; jamais « fonction de sécurité »,
### « système de sécurité » ni « sûreté » seuls. Commutateur (pas switch), propriétaire d'actifs (pas exploitant), liste d'autorisation.

questionnaire =
    .title = IEC 62443-2-1 : programme de sécurité du propriétaire d'actifs
    .description = L'IEC 62443-2-1 examine le programme de sécurité qu'un propriétaire d'actifs, l'entreprise qui exploite l'installation, met en œuvre pour ses systèmes d'automatisation et de contrôle-commande : organisation et personnel, configuration et modifications, réseaux et accès à distance, composants, données, accès des utilisateurs, événements et incidents, disponibilité et sauvegardes. Chaque exigence reçoit un niveau de maturité, de ML1 (réalisé, mais de façon improvisée) à ML4 (mesuré et amélioré), ou est marquée non mise en œuvre ou non applicable. Les résultats sont consolidés par élément et par élément du programme de sécurité (SPE), pour pouvoir être comparés à un profil cible.

## Éléments du programme de sécurité et éléments

spe-1 =
    .title = Mesures organisationnelles de sécurité
    .description = Comment votre entreprise organise la sécurité de ses systèmes de contrôle-commande : système de management et politiques, personnel et formation, fournisseurs, risques et revues, accès physique aux équipements.

org-1 =
    .title = Organisation et politiques de sécurité
    .description = Qui est responsable de la sécurité OT, quelles règles s'appliquent, comment le personnel est contrôlé et formé, et ce que vous exigez des fournisseurs et prestataires de services auxquels vous faites appel.

org-2 =
    .title = Évaluations et revues de sécurité
    .description = Comment les risques sont appréciés et traités, comment les faiblesses et les anomalies sont détectées, comment obtenir un développement et un support sécurisés, et comment le programme de sécurité lui-même est revu.

org-3 =
    .title = Sécurité de l'accès physique
    .description = Tenir les personnes non autorisées à l'écart des salles de contrôle, des salles techniques, des armoires de commande et des équipements de terrain.

spe-2 =
    .title = Gestion de configuration
    .description = Savoir ce qui est installé, comment c'est raccordé et configuré, et garder chaque modification sous contrôle.

cm-1 =
    .title = Inventaire des composants et communications de l'IACS
    .description = L'inventaire des actifs, les schémas réseau, les paramètres de configuration approuvés et le processus de gestion des modifications pour le matériel, les logiciels et les liaisons réseau de vos systèmes de contrôle-commande.

spe-3 =
    .title = Sécurité des réseaux et des communications
    .description = Comment les réseaux de vos systèmes de contrôle-commande sont découpés en zones, séparés des réseaux bureautiques et de ceux des systèmes instrumentés de sécurité, et accessibles par liaisons sans fil et à distance.

net-1 =
    .title = Segmentation du système
    .description = Zones et conduits, séparation des réseaux de gestion et des systèmes instrumentés de sécurité, indépendance vis-à-vis des réseaux extérieurs, contrôle de ce qui peut se connecter, services exposés, messagerie et sources de temps.

net-2 =
    .title = Accès sans fil sécurisé
    .description = Les liaisons sans fil du site : protocoles utilisés, séparation des zones filaires, noms et adresses des réseaux et des équipements. S'il n'y a aucun sans-fil, marquez l'élément non applicable en indiquant ce motif.

net-3 =
    .title = Accès à distance sécurisé
    .description = Accès à distance de votre propre personnel, des fournisseurs et des prestataires de services : outils autorisés, approbation et protection de chaque connexion, fin des sessions.

spe-4 =
    .title = Sécurité des composants
    .description = Maintenir en sécurité chaque équipement des systèmes de contrôle-commande : durcissement, supports amovibles, protection contre les logiciels malveillants et correctifs.

comp-1 =
    .title = Composants et supports amovibles
    .description = Durcissement des postes, serveurs, automates et équipements réseau, et clés USB et autres supports amovibles réservés aux systèmes de contrôle-commande.

comp-2 =
    .title = Protection contre les logiciels malveillants
    .description = Tenir les logiciels malveillants à l'écart des systèmes de contrôle-commande : contrôle des nouveaux équipements et fichiers, logiciel de protection là où il convient, validation de ce logiciel et de ses mises à jour avant installation.

comp-3 =
    .title = Gestion des correctifs
    .description = Obtenir des correctifs authentiques, les qualifier et les installer, connaître l'état des correctifs de chaque actif, préserver le durcissement après correction, et réduire le risque de ce qui ne peut pas être corrigé.

spe-5 =
    .title = Protection des données
    .description = Savoir quelles données des systèmes de contrôle-commande sont sensibles et les protéger : classification, confidentialité, intégrité, conservation, cryptographie et clés, mode de configuration des systèmes instrumentés de sécurité.

data-1 =
    .title = Protection des données
    .description = Classer les données telles que recettes, consignes, schémas, sauvegardes et identifiants, et les protéger là où elles sont stockées, transmises, conservées et détruites, y compris les clés qui les protègent.

spe-6 =
    .title = Contrôle d'accès des utilisateurs
    .description = Qui peut se connecter à quoi, avec quels droits, et comment les comptes, mots de passe et sessions sont gérés sur l'ensemble des systèmes de contrôle-commande.

user-1 =
    .title = Identification et authentification
    .description = Comptes des personnes, des services logiciels et des équipements : création et suppression, authentification, règles de mots de passe, comportement à la connexion, sessions et verrouillage d'écran.

user-2 =
    .title = Autorisation et contrôle d'accès
    .description = Ce qu'un utilisateur authentifié a le droit de faire : droits attribués par rôle, séparation des tâches, double validation des actions critiques et élévation temporaire de privilèges.

spe-7 =
    .title = Gestion des événements et des incidents
    .description = Repérer les événements de sécurité dans les systèmes de contrôle-commande, les enregistrer et les signaler, les analyser, et traiter les incidents et les vulnérabilités.

event-1 =
    .title = Gestion des événements et des incidents
    .description = Détection et signalement des événements de sécurité, journaux et personnes autorisées à les lire, analyse des événements, réponse aux incidents et traitement des vulnérabilités.

spe-8 =
    .title = Intégrité et disponibilité du système
    .description = Garder l'installation en marche et récupérable : plans de continuité, ressources suffisantes, comportement prévisible en cas de défaillance, et sauvegardes qui se restaurent vraiment.

avail-1 =
    .title = Disponibilité du système et fonctionnement prévu
    .description = Planifier la continuité des systèmes de contrôle-commande, gérer les ressources telles que la capacité et les pièces de rechange, et s'assurer que les composants passent en défaillance dans un état défini et sûr.

avail-2 =
    .title = Sauvegarde/restauration/archivage
    .description = Sauvegardes des systèmes de contrôle-commande : ce qui est sauvegardé et à quelle fréquence, sans perturber l'exploitation, vérifié, conservé sur des supports adaptés et prouvé par de vraies restaurations.

## ORG 1 Organisation et politiques de sécurité

# ML3 = défini une fois pour l'organisation, avec preuve d'application ; pas « tous les sites » (revue 2026-12)
org-1-1 =
    .title = Système de management de la sécurité de l'information (SMSI)
    .question = La sécurité de vos systèmes de contrôle-commande est-elle pilotée comme un programme, avec une politique signée par la direction, un responsable nommé, des objectifs et un cycle annuel qui couvre le site et pas seulement l'informatique de bureau ?
    .guidance =
        ML1: un peu de travail de sécurité OT se fait, porté par quelques personnes motivées ; aucun programme écrit ne couvre les systèmes de contrôle-commande.
        ML2: une politique et un programme de sécurité OT écrits existent pour ce site, avec un responsable, un périmètre et des moyens validés par la direction.
        ML3: le programme de sécurité OT est défini une fois pour toute l'organisation et intégré au SMSI de l'entreprise ; les comptes rendus des revues et réunions de direction montrent qu'il est réellement appliqué.
        ML4: les objectifs du programme ont des indicateurs (écarts soldés, taux de formation, incidents) suivis et utilisés pour piloter le programme.
        Points faibles : un périmètre ISO 27001 qui exclut discrètement l'usine ; une politique que personne n'a lue dans les ateliers.
        Demander aussi : qui peut arrêter la production pour une raison de sécurité, et est-ce déjà arrivé ?
    .evidence =
        Politique de sécurité OT signée et datée par la direction
        Déclaration de périmètre du SMSI ou du programme citant les systèmes de contrôle-commande
        Compte rendu de la dernière revue de direction ayant traité de la sécurité OT

# ML3 = défini une fois pour l'organisation, avec preuve d'application ; pas « tous les sites » (revue 2026-12)
org-1-2 =
    .title = Vérification des antécédents
    .question = Avant qu'une personne n'accède à vos systèmes de contrôle-commande (embauches, intérimaires, techniciens sous-traitants), ses antécédents sont-ils vérifiés dans la limite du droit local, et ce contrôle est-il renouvelé pour les postes sensibles ?
    .guidance =
        ML1: les RH vérifient certaines embauches ; intérimaires et sous-traitants sont admis sans vérification.
        ML2: une règle écrite de vérification liste les postes ayant accès aux systèmes de contrôle-commande et les contrôles requis ; les RH gardent les preuves.
        ML3: une règle de vérification unique est définie pour l'organisation et s'étend aux sous-traitants par clauses contractuelles ; les preuves montrent que les vérifications précèdent l'accès.
        ML4: la vérification est renouvelée périodiquement pour les postes critiques, et les écarts relevés en audit font évoluer la règle.
        Points faibles : intérimaires, équipes d'arrêt technique et de grand arrêt, ingénieurs fournisseurs qui arrivent le jour même.
        Demander aussi (RH) : comment savez-vous quelles personnes ont accès aux systèmes de contrôle-commande ?
    .evidence =
        Procédure de vérification listant les postes et les contrôles requis
        Dossier RH d'un automaticien récemment embauché, contrôle daté avant la création du compte
        Clause contractuelle imposant la vérification du personnel des sous-traitants

org-1-3 =
    .title = Rôles et responsabilités de sécurité
    .question = Qui est responsable de la sécurité de vos systèmes de contrôle-commande, du directeur de site à l'opérateur de quart, en passant par l'informatique et les sous-traitants, et est-ce écrit pour que chacun connaisse sa part ?
    .guidance =
        ML1: « l'automaticien s'occupe de la sécurité » ; les tâches sont connues par habitude et dépendent des personnes.
        ML2: un RACI ou une description de rôles écrits pour la sécurité OT existent pour ce site, avec des personnes nommées et des suppléants.
        ML3: les rôles sont définis de la même façon dans toute l'entreprise, couvrent la frontière IT/OT et les prestataires, et les fiches de poste y renvoient.
        ML4: la couverture des rôles et la charge de travail sont revues après incidents et audits, et les changements sont suivis.
        Points faibles : la zone grise entre IT et OT (à qui appartient le pare-feu entre les deux ?) ; pas de suppléant pendant les congés.
        Demander aussi : qui déciderait de couper le réseau de l'usine du réseau bureautique à 3 h du matin ?
    .evidence =
        RACI sécurité OT ou organigramme avec noms et suppléants
        Fiches de poste du responsable sécurité OT et d'un automaticien
        Annexe contractuelle confiant des tâches de sécurité à un prestataire

# ML3 = défini une fois pour l'organisation, avec preuve d'application ; pas « tous les sites » (revue 2026-12)
org-1-4 =
    .title = Sensibilisation à la sécurité
    .question = Toutes les personnes qui travaillent sur ou près de vos systèmes de contrôle-commande (opérateurs, maintenance, ingénieurs, sous-traitants) suivent-elles une sensibilisation qui parle de l'usine : clés USB, hameçonnage, accès à distance, inconnus en salle de contrôle ?
    .guidance =
        ML1: des interventions ou affiches ponctuelles ; on suppose que l'e-learning bureautique suffit pour l'usine.
        ML2: un module de sensibilisation propre à l'OT existe pour ce site, est dispensé au personnel du site et la présence est enregistrée.
        ML3: la formation fait partie, de façon définie, de l'accueil des nouveaux et des rappels annuels dans toute l'organisation, sous-traitants compris ; les relevés de suivi montrent qu'elle est réellement dispensée.
        ML4: son effet est mesuré (tests d'hameçonnage ou de clés USB abandonnées, signalements du personnel) et le contenu est mis à jour en conséquence.
        Points faibles : le personnel posté qui manque les sessions en salle ; les sous-traitants présents seulement pendant les arrêts.
    .evidence =
        Support de sensibilisation utilisé pour les opérateurs et la maintenance
        Feuilles de présence ou relevés de suivi des 12 derniers mois
        Accueil sécurité des sous-traitants sur site couvrant la cybersécurité

org-1-5 =
    .title = Formation aux responsabilités de sécurité
    .question = Les personnes qui portent une tâche de sécurité (automaticiens qui durcissent les PC, informaticiens qui gèrent les pare-feu OT, responsable sécurité OT) sont-elles formées à cette tâche, et leur compétence est-elle vérifiée avant qu'elles ne la prennent en charge ?
    .guidance =
        ML1: on apprend sur le tas ou on choisit soi-même des formations constructeur.
        ML2: la formation nécessaire à chaque rôle de sécurité du site est définie, et les relevés de formation montrent qu'elle a été suivie.
        ML3: une matrice de formation par rôle, commune à l'entreprise et liée aux rôles définis, est vérifiée avant qu'une personne reprenne une tâche de sécurité.
        ML4: les compétences sont évaluées périodiquement et la matrice est mise à jour à partir des incidents, des nouvelles technologies et des constats d'audit.
        Points faibles : l'expert unique sans remplaçant formé ; de nouveaux outils (supervision de sécurité, serveur de rebond) achetés sans formation.
    .evidence =
        Matrice de formation par rôle de sécurité
        Attestations ou certificats de formation du responsable sécurité OT et des administrateurs pare-feu
        Validation de compétence avant l'attribution d'un accès privilégié à un nouvel administrateur

org-1-6 =
    .title = Sécurité de la chaîne d'approvisionnement
    .question = Quand vous achetez des produits de contrôle-commande ou faites appel à des intégrateurs et à des entreprises de maintenance, vos cahiers des charges et contrats fixent-ils des exigences de sécurité, et vérifiez-vous que les fournisseurs les respectent ?
    .guidance =
        ML1: un ingénieur soulève la question au cas par cas ; les achats n'ont pas de clauses types.
        ML2: des clauses et spécifications de sécurité types (par exemple citant l'IEC 62443-2-4, 4-1 ou 4-2) sont utilisées pour les achats de ce site.
        ML3: les achats les utilisent dans toute l'entreprise, les fournisseurs sont évalués avant attribution, et les preuves montrent que les contrôles ont été faits.
        ML4: la performance sécurité des fournisseurs (incidents, résultats d'audit) est suivie et alimente le choix des fournisseurs et la mise à jour des contrats.
        Points faibles : pièces de rechange achetées chez des courtiers ; constructeurs de machines livrant des skids avec leurs propres automates et routeurs.
        Demander aussi (achats) : qu'est-ce qui vous ferait écarter un fournisseur pour des raisons de sécurité ?
    .evidence =
        Clauses de sécurité d'une commande ou d'un contrat de service récent
        Questionnaire ou résultat d'évaluation sécurité d'un fournisseur
        Liste des fournisseurs agréés indiquant leur statut sécurité

## ORG 2 Évaluations et revues de sécurité

# ML3 = défini une fois pour l'organisation, avec preuve d'application ; pas « tous les sites » (revue 2026-12)
org-2-1 =
    .title = Réduction des risques de sécurité
    .question = Avez-vous apprécié les risques de sécurité pesant sur vos systèmes de contrôle-commande, par exemple zone par zone comme dans l'IEC 62443-3-2, et existe-t-il un plan, avec responsables et échéances, pour ramener chaque risque à un niveau accepté par la direction ?
    .guidance =
        ML1: on parle des risques de manière informelle ; les mesures sont choisies selon l'expérience.
        ML2: une appréciation du risque documentée des systèmes de contrôle-commande du site existe, avec un plan de traitement approuvé par la direction.
        ML3: l'organisation dispose d'une méthode de risque documentée, refaite après les modifications majeures et à intervalles fixés ; les traces montrent des appréciations faites avec elle et des actions suivies jusqu'à leur clôture.
        ML4: le risque résiduel et l'avancement des actions sont suivis par indicateurs ; la méthode est affinée à partir des incidents et du retour d'expérience.
        Points faibles : une appréciation du risque faite une fois pour un projet et jamais mise à jour ; des risques acceptés sans date d'échéance.
    .evidence =
        Dernier rapport d'appréciation du risque des systèmes de contrôle-commande et son approbation
        Plan de traitement des risques avec responsables et échéances
        Acceptation du risque signée par la direction

org-2-2 =
    .title = Processus de détection des anomalies de sécurité
    .question = Comment découvrez-vous que quelque chose ne va pas dans vos systèmes de contrôle-commande (équipement inconnu, connexion inattendue, nouvelle vulnérabilité, paramètre qui a dérivé), et vos outils sont-ils sans danger pour une installation en marche ?
    .guidance =
        ML1: les anomalies sont découvertes par hasard, quand quelque chose casse ou qu'un fournisseur en parle.
        ML2: des contrôles planifiés existent pour ce site (écoute passive, scans en fenêtre de maintenance, comparaison de configurations), avec des conditions d'usage sûres convenues.
        ML3: un processus commun à l'entreprise fixe ce qui est contrôlé, à quelle fréquence et avec quels outils approuvés ; les résultats sont enregistrés et suivis.
        ML4: la couverture et le délai de détection sont mesurés, et les contrôles sont ajustés à partir des constats et des incidents.
        Points faibles : scans actifs d'automates fragiles en pleine production ; constats laissés dans un rapport sans responsable.
        Demander aussi : quand avez-vous trouvé pour la dernière fois sur le réseau OT un équipement que personne ne connaissait ?
    .evidence =
        Procédure de contrôles et de scans, avec approbation et conditions d'usage sans danger pour le procédé
        Rapport du dernier scan de vulnérabilités ou de la dernière revue de supervision
        Liste des anomalies trouvées et de la façon dont chacune a été traitée

org-2-3 =
    .title = Développement et support sécurisés
    .question = Pour les logiciels et programmes faits pour votre site (programmes d'automates, vues IHM, scripts, interfaces), par vos équipes ou par d'autres, et pour les produits que vous achetez, exigez-vous un développement sécurisé et un support de sécurité sur toute leur durée de vie ?
    .guidance =
        ML1: les programmes et scripts internes suivent les habitudes de chacun ; personne n'interroge les fournisseurs sur le support de sécurité.
        ML2: ce site a des règles pour ses propres développements (relectures, gestion de versions, pas de mots de passe en dur) et des clauses de support dans les contrats.
        ML3: des règles d'entreprise couvrent les développements internes et sous-traités ; les fournisseurs prouvent un cycle de vie sécurisé (p. ex. IEC 62443-4-1) et s'engagent sur les mises à jour.
        ML4: les faiblesses découvertes plus tard sont analysées, et les règles et exigences fournisseurs sont améliorées.
        Points faibles : macros et scripts Python sur les stations d'ingénierie ; produits en fin de support.
    .evidence =
        Guide d'ingénierie ou de programmation automates et IHM comprenant des règles de sécurité
        Preuve d'un cycle de développement sécurisé chez un fournisseur
        Conditions de support et de mises à jour de sécurité dans un contrat produit

# ML3 = défini une fois pour l'organisation, avec preuve d'application ; pas « tous les sites » (revue 2026-12)
org-2-4 =
    .title = Revues du programme de sécurité (SP)
    .question = Votre programme de sécurité OT est-il lui-même revu à intervalles fixés et après des événements majeurs (incident, nouvelle unité, nouvelle réglementation) par une personne capable d'en juger, et les résultats sont-ils suivis d'effet ?
    .guidance =
        ML1: on examine le programme quand quelqu'un le demande, en général juste avant un audit externe.
        ML2: un calendrier et une grille de revue existent pour ce site ; les revues sont enregistrées avec leurs constats.
        ML3: un programme d'audit commun à l'organisation (audits internes et, si nécessaire, évaluations indépendantes) est défini ; les rapports d'audit montrent qu'il est mené, et les constats sont suivis jusqu'à leur clôture.
        ML4: les résultats des revues sont suivis d'année en année et servent à fixer les objectifs du programme ; la méthode de revue elle-même est améliorée.
        Points faibles : revues menées par la personne qui pilote le programme ; constats soldés sur le papier seulement.
        Demander aussi : qu'est-ce qui a changé dans le programme suite à la dernière revue ?
    .evidence =
        Calendrier des revues ou audits internes du programme de sécurité OT
        Rapport de la dernière revue avec ses constats
        Tableau de suivi des actions montrant les constats soldés

## ORG 3 Sécurité de l'accès physique

# ML3 = défini une fois pour l'organisation, avec preuve d'application ; pas « tous les sites » (revue 2026-12)
org-3-1 =
    .title = Contrôle d'accès physique
    .question = Qui peut accéder physiquement à votre salle de contrôle, à vos salles techniques, armoires de commande, stations d'ingénierie et commutateurs réseau, et comment contrôlez-vous et enregistrez-vous ces accès, y compris pour les visiteurs et les sous-traitants ?
    .guidance =
        ML1: les portes sont fermées par habitude, les clés circulent, et personne ne sait qui est entré.
        ML2: ce site a des règles d'accès écrites pour les locaux des systèmes de contrôle-commande ; listes de clés et de badges tenues, visiteurs accompagnés.
        ML3: les règles d'accès sont un standard de l'organisation ; les traces des revues régulières des droits d'accès et du contrôle des journaux d'accès montrent qu'il est appliqué.
        ML4: les événements d'accès physique sont surveillés et analysés ; les règles évoluent après incidents ou tests (par exemple de talonnage aux portes).
        Points faibles : postes distants et armoires de terrain ; armoires de commutateurs ouvertes dans l'usine ; passes détenus par le personnel de nettoyage ou des services généraux.
    .evidence =
        Liste des personnes ayant accès à la salle de contrôle et aux salles techniques, avec date de revue
        Journal du système de badges d'un local technique
        Registre des visiteurs avec mentions d'accompagnement

## CM 1 Inventaire des composants et communications de l'IACS

# ML3 = défini une fois pour l'organisation, avec preuve d'application ; pas « tous les sites » (revue 2026-12)
cm-1-1 =
    .title = Inventaire de référence des actifs
    .question = Disposez-vous d'un inventaire à jour de tous les actifs de vos systèmes de contrôle-commande (automates, IHM, serveurs, stations d'ingénierie, équipements réseau, versions logicielles et firmware), et comment est-il tenu à jour ?
    .guidance =
        ML1: des listes partielles dans des tableurs ou dans les têtes ; les versions de firmware sont inconnues.
        ML2: un inventaire documenté du site liste matériels, logiciels et versions, avec un responsable et une règle de mise à jour.
        ML3: une méthode d'inventaire définie pour toute l'organisation est liée à la gestion des modifications ; les traces montrent que l'inventaire est régulièrement rapproché de ce qui est présent sur le réseau.
        ML4: l'exactitude est mesurée (équipements trouvés par rapport aux équipements listés) et le processus ou l'outillage est amélioré.
        Points faibles : unités packagées et skids des constructeurs ; pièces de rechange en magasin ; machines virtuelles ; équipements ajoutés pendant la mise en service.
        Demander aussi : choisissez trois équipements sur le terrain et retrouvez-les dans l'inventaire.
    .evidence =
        Export de l'inventaire avec versions et responsables
        Résultat du dernier rapprochement avec une découverte réseau
        Fiche de modification montrant la mise à jour de l'inventaire

# ML3 = défini une fois pour l'organisation, avec preuve d'application ; pas « tous les sites » (revue 2026-12)
cm-1-2 =
    .title = Schémas et documentation de l'infrastructure
    .question = Existe-t-il des schémas à jour de vos réseaux de contrôle-commande montrant équipements, zones, pare-feu, chemins d'accès à distance et liaisons vers l'IT et les tiers, et sont-ils protégés et mis à jour après chaque modification ?
    .guidance =
        ML1: les schémas du projet d'origine existent mais ne montrent pas les modifications ultérieures.
        ML2: les schémas réseau du site sont tenus à jour, datés, réservés à ceux qui en ont besoin et mis à jour dans le cadre des modifications.
        ML3: une norme de dessin commune est définie pour l'organisation, et les traces des visites de terrain régulières montrent que les schémas sont comparés à la réalité.
        ML4: l'exactitude des schémas est mesurée en audit, et le processus de mise à jour est amélioré là où les écarts se répètent.
        Points faibles : liaisons « provisoires », routeurs cellulaires dans les armoires, schémas sur des partages réseau ouverts à tous.
    .evidence =
        Schéma d'architecture réseau actuel avec date de révision
        Règle de gestion documentaire des schémas (qui les met à jour, qui peut les voir)
        Fiche de modification incluant une mise à jour de schéma

cm-1-3 =
    .title = Paramètres de configuration
    .question = Connaissez-vous et conservez-vous les paramètres de sécurité approuvés de vos équipements de contrôle-commande (règles de pare-feu, réglages des commutateurs, stratégies Windows, protections des automates), et vérifiez-vous que les équipements y sont toujours conformes ?
    .guidance =
        ML1: les paramètres sont ceux laissés par le metteur en service ; il n'y a pas de référence.
        ML2: des configurations de référence approuvées existent pour les principaux types d'équipements du site et sont stockées en sécurité.
        ML3: les références sont tenues dans toute l'entreprise, et les équipements y sont comparés périodiquement ou par un outil ; les écarts sont traités.
        ML4: la dérive est mesurée, et les références ou processus sont améliorés pour la réduire.
        Points faibles : sélecteurs à clé d'automates laissés en mode programmation ; règles de pare-feu ajoutées pour un projet et jamais retirées.
        Demander aussi : quand les règles du pare-feu OT ont-elles été revues pour la dernière fois, et par qui ?
    .evidence =
        Configuration de référence d'un poste ou d'un pare-feu
        Rapport de la dernière comparaison des équipements avec les références
        Trace d'un écart détecté puis corrigé

# ML3 = défini une fois pour l'organisation, avec preuve d'application ; pas « tous les sites » (revue 2026-12)
cm-1-4 =
    .title = Gestion des modifications
    .question = Comment les modifications de vos systèmes de contrôle-commande (nouveaux équipements, mises à jour logicielles, modifications de programmes, règles de pare-feu, nouvelles connexions) sont-elles demandées, évaluées pour leur impact sécurité, approuvées et enregistrées avant d'être réalisées ?
    .guidance =
        ML1: les ingénieurs modifient selon les besoins ; certaines modifications sont notées après coup.
        ML2: la procédure de gestion des modifications (MoC) du site comprend une revue et une approbation sécurité, et les enregistrements existent.
        ML3: un processus de modification unique est défini pour l'organisation, sous-traitants compris ; les traces des modifications montrent qu'il est suivi et que les modifications urgentes sont revues a posteriori.
        ML4: les données de modification (modifications ratées, modifications non autorisées découvertes) sont analysées et le processus amélioré.
        Points faibles : « petites » modifications hors MoC ; modifications faites à distance par les fournisseurs ; urgences jamais documentées.
        Demander aussi : montrez-moi la dernière modification du pare-feu et son approbation.
    .evidence =
        Procédure de modification ou MoC avec son étape de revue sécurité
        Trois fiches de modification récentes avec visa sécurité
        Liste des modifications urgentes avec leur revue a posteriori

## NET 1 Segmentation du système

# ML3 = défini une fois pour l'organisation, avec preuve d'application ; pas « tous les sites » (revue 2026-12)
net-1-1 =
    .title = Segmentation vis-à-vis des zones hors IACS
    .question = Vos réseaux de contrôle-commande sont-ils séparés du réseau bureautique, d'Internet et des autres réseaux hors IACS, par exemple par des pare-feu et une DMZ, de sorte que seuls les flux nécessaires et documentés puissent passer ?
    .guidance =
        ML1: une certaine séparation existe (un routeur, un VLAN) mais ses règles sont larges ou inconnues.
        ML2: une architecture pare-feu ou DMZ du site n'autorise que des flux documentés, et les règles sont revues.
        ML3: un standard de segmentation de l'entreprise est défini ; les traces des modifications montrent que les nouveaux flux passent par la gestion des modifications, et les revues périodiques des règles sont enregistrées.
        ML4: la segmentation est testée (tests d'intrusion, surveillance des flux) et l'architecture est améliorée à partir des constats.
        Points faibles : PC à double attachement réseau, règles « any-any », Active Directory partagé, historian joignable directement depuis le bureautique.
    .evidence =
        Export des règles du pare-feu IT/OT avec une justification métier par règle
        Architecture de segmentation ou architecture de référence
        Trace de la dernière revue des règles de pare-feu

net-1-2 =
    .title = Documentation des zones et de leurs interconnexions
    .question = Avez-vous défini vos zones et les conduits entre elles (quels actifs dans chaque zone, ce qui relie les zones, quels flux sont autorisés), et cette documentation est-elle à jour ?
    .guidance =
        ML1: les zones existent dans les esprits mais ne sont pas écrites.
        ML2: un modèle de zones et conduits du site est documenté, avec les actifs de chaque zone et les flux autorisés de chaque conduit.
        ML3: le modèle suit une méthode commune à l'entreprise (p. ex. IEC 62443-3-2), suit les modifications et est vérifié par rapport au réseau réel.
        ML4: les écarts trouvés sont comptés et servent à améliorer la tenue du modèle.
        Points faibles : conduits qui existent physiquement mais pas sur le papier (liaisons série, modems, transferts par USB) ; zones nommées mais pas appliquées.
    .evidence =
        Schéma des zones et conduits avec les actifs affectés aux zones
        Liste des conduits avec protocoles et sens autorisés
        Trace de la dernière vérification par rapport au réseau réel

# ML3 = défini une fois pour l'organisation, avec preuve d'application ; pas « tous les sites » (revue 2026-12)
net-1-3 =
    .title = Segmentation vis-à-vis des systèmes instrumentés de sécurité
    .question = Le réseau de votre système instrumenté de sécurité (SIS) est-il séparé du système de contrôle-commande de base et des autres réseaux, de sorte qu'une panne ou une attaque de ce côté ne puisse pas affecter les fonctions instrumentées de sécurité ?
    .guidance =
        ML1: SIS et contrôle-commande partagent un même réseau ; la séparation est supposée acquise par la conception du fournisseur.
        ML2: la séparation du SIS de ce site est conçue et documentée, et seules les communications nécessaires sont autorisées.
        ML3: un standard d'entreprise encadre la séparation des SIS, et les traces des vérifications lors des modifications et des tests périodiques montrent qu'elle est contrôlée.
        ML4: la séparation est testée, et les faiblesses trouvées conduisent à améliorer la conception.
        Points faibles : station d'ingénierie du SIS sur le réseau de contrôle-commande ; systèmes intégrés contrôle-commande et SIS ; commutateurs partagés.
        Demander aussi : si le site n'a pas de SIS, marquez non applicable et indiquez-le dans la note.
    .evidence =
        Schéma réseau montrant la frontière du SIS et ses conduits
        Configuration du pare-feu ou de la passerelle entre SIS et contrôle-commande
        Trace de la dernière revue de sécurité du SIS

# ML3 = défini une fois pour l'organisation, avec preuve d'application ; pas « tous les sites » (revue 2026-12)
net-1-4 =
    .title = Autonomie du réseau
    .question = Vos systèmes de contrôle-commande peuvent-ils continuer à fonctionner sans danger si la liaison vers le réseau bureautique, Internet ou un service cloud est perdue, ou dépendent-ils de services extérieurs comme les contrôleurs de domaine de l'entreprise, le DNS ou des serveurs de licences ?
    .guidance =
        ML1: les dépendances sont inconnues ; personne n'a essayé de fonctionner sans la liaison extérieure.
        ML2: les dépendances des systèmes de contrôle-commande du site envers les réseaux extérieurs sont listées, et les fonctions essentielles sont prouvées sans elles.
        ML3: l'indépendance vis-à-vis des réseaux extérieurs est une règle de conception définie par l'entreprise ; les traces des modifications et des tests montrent qu'elle est vérifiée.
        ML4: les tests sont répétés régulièrement, et chaque dépendance trouvée est supprimée ou atténuée.
        Points faibles : serveurs de licences côté IT, heure prise sur Internet, historian distant nécessaire pour libérer les lots.
    .evidence =
        Liste des dépendances des systèmes de contrôle-commande envers les réseaux extérieurs
        Rapport d'un essai de fonctionnement avec la liaison IT/OT coupée
        Règle de conception ou standard exigeant l'autonomie

# ML3 = défini une fois pour l'organisation, avec preuve d'application ; pas « tous les sites » (revue 2026-12)
net-1-5 =
    .title = Déconnexion des réseaux externes
    .question = Si une attaque se propage dans le réseau bureautique ou vient d'Internet, pouvez-vous couper rapidement vos systèmes de contrôle-commande des réseaux extérieurs, sait-on clairement qui décide et comment, et cela a-t-il été essayé ?
    .guidance =
        ML1: quelqu'un pourrait débrancher un câble, mais il n'y a pas de plan.
        ML2: une procédure de déconnexion écrite pour ce site désigne qui décide, où déconnecter et ce qui cesse de fonctionner.
        ML3: la procédure fait partie de la réponse aux incidents définie par l'organisation et a été exercée ; les résultats des exercices sont enregistrés.
        ML4: les résultats des exercices (délai de déconnexion, effets de bord) sont mesurés et la procédure est améliorée.
        Points faibles : connexions cachées (modems fournisseurs, routeurs cellulaires) oubliées par la procédure ; peur d'arrêter la production.
    .evidence =
        Procédure de déconnexion avec son autorité de décision
        Trace du dernier exercice ou test d'isolement
        Schéma indiquant les points de déconnexion

# ML3 = défini une fois pour l'organisation, avec preuve d'application ; pas « tous les sites » (revue 2026-12)
net-1-6 =
    .title = Contrôle d'accès au réseau interne
    .question = Comment empêchez-vous le branchement d'équipements inconnus, comme l'ordinateur portable d'un sous-traitant, sur vos réseaux de contrôle-commande, et comment limitez-vous ce que les équipements connectés peuvent joindre à l'intérieur ?
    .guidance =
        ML1: n'importe qui avec un câble peut se connecter ; les ports de commutateur inutilisés sont actifs.
        ML2: sur ce site les ports inutilisés sont désactivés, la sécurité de port ou le NAC est utilisé quand c'est possible, et les nouvelles connexions sont soumises à approbation.
        ML3: une règle d'entreprise pour le raccordement des équipements est définie ; les tentatives de connexion journalisées sont revues et les flux entre zones sont restreints, traces à l'appui.
        ML4: l'efficacité est testée (p. ex. avec un équipement de test) et les mesures sont améliorées.
        Points faibles : commutateurs dans les armoires de terrain, ports de service des automates, portables d'ingénierie partagés.
    .evidence =
        Configuration de commutateur avec ports désactivés et sécurité de port
        Procédure de raccordement d'un nouvel équipement au réseau OT
        Journal des équipements inconnus bloqués ou détectés

# ML3 = défini une fois pour l'organisation, avec preuve d'application ; pas « tous les sites » (revue 2026-12)
net-1-7 =
    .title = Services accessibles par le réseau
    .question = Les services réseau actifs sur vos équipements de contrôle-commande (partages de fichiers, serveurs web, bureau à distance, Telnet, FTP, SNMP) sont-ils limités au strict nécessaire, et les autres désactivés ?
    .guidance =
        ML1: les équipements tournent avec les réglages d'usine ; personne ne sait quels services sont ouverts.
        ML2: les services nécessaires sont documentés par type d'équipement pour ce site, et les autres sont désactivés.
        ML3: un standard de durcissement de l'entreprise liste les services autorisés, et des scans ou contrôles de configuration enregistrés confirment qu'il est appliqué.
        ML4: les résultats des contrôles sont suivis et la liste des services autorisés est resserrée au fil du temps.
        Points faibles : serveurs web intégrés aux automates et aux commutateurs, SMBv1 sur d'anciennes IHM, ports de diagnostic constructeur.
    .evidence =
        Liste des services et ports autorisés par type d'équipement
        Scan de ports ou contrôle de configuration d'un échantillon d'équipements
        Trace des services désactivés

# ML3 = défini une fois pour l'organisation, avec preuve d'application ; pas « tous les sites » (revue 2026-12)
net-1-8 =
    .title = Messagerie des utilisateurs
    .question = Les personnes sur vos PC et IHM de contrôle-commande peuvent-elles envoyer ou recevoir des e-mails, des messages instantanés, des réseaux sociaux ou d'autres messages entre personnes, et si oui, comment est-ce restreint ou protégé ?
    .guidance =
        ML1: les opérateurs utilisent librement e-mail, messagerie instantanée ou webmail sur les IHM et les stations d'ingénierie.
        ML2: une règle du site interdit ou limite la messagerie sur les équipements de contrôle-commande, et les exceptions sont documentées.
        ML3: la règle est définie une fois pour l'organisation et imposée techniquement (aucun client installé, e-mail et messagerie bloqués au pare-feu OT) ; les traces du pare-feu montrent que le blocage est en place.
        ML4: le respect est vérifié (scans, journaux du proxy ou du pare-feu) et la règle est ajustée.
        Points faibles : navigateurs web sur les IHM ; téléphones rechargés sur les ports des PC ; un seul PC de salle de contrôle utilisé pour tout.
    .evidence =
        Règle sur l'usage de l'e-mail, de la messagerie et du web sur les équipements de contrôle-commande
        Règles de pare-feu bloquant les flux d'e-mail et de messagerie vers les zones OT
        Liste des logiciels d'une IHM ne montrant aucun client de messagerie

net-1-9 =
    .title = Distribution de l'heure sur le réseau
    .question = D'où vos systèmes de contrôle-commande tirent-ils leur heure, et cette source est-elle fiable et protégée, pour que l'on puisse se fier aux journaux, aux alarmes et à la consignation d'états (SOE) ?
    .guidance =
        ML1: les équipements gardent leur propre horloge ou utilisent le serveur de temps qu'ils trouvent.
        ML2: une source de temps définie pour les systèmes de contrôle-commande du site est documentée et les équipements sont réglés pour l'utiliser.
        ML3: une architecture de temps commune à l'entreprise, avec des sources protégées (p. ex. horloge GPS côté OT, NTP authentifié ou PTP), est appliquée et vérifiée.
        ML4: les écarts de temps sont surveillés, et l'architecture est améliorée quand des problèmes surviennent.
        Points faibles : heure prise sur Internet à travers le pare-feu ; automates non synchronisés ; trous dans les journaux au changement d'heure.
    .evidence =
        Architecture ou schéma de distribution de l'heure
        Paramètres NTP ou PTP d'un serveur et d'un automate
        Surveillance de la dérive horaire ou alarmes de synchronisation

## NET 2 Accès sans fil sécurisé

# ML3 = défini une fois pour l'organisation, avec preuve d'application ; pas « tous les sites » (revue 2026-12)
net-2-1 =
    .title = Protocoles sans fil
    .question = Quelles technologies sans fil sont utilisées sur votre site (Wi-Fi, WirelessHART, ISA100, Bluetooth, réseau cellulaire), et sont-elles configurées avec une authentification et un chiffrement robustes, conformes aux pratiques actuelles ?
    .guidance =
        ML1: chaque projet a installé du sans-fil avec ses propres réglages ; des réseaux ouverts ou WEP peuvent encore exister.
        ML2: les protocoles sans fil et réglages de sécurité approuvés sont documentés pour ce site et appliqués.
        ML3: un standard sans fil de l'entreprise est défini, et les rapports des relevés réguliers montrent que les réglages sont vérifiés et les points d'accès pirates recherchés.
        ML4: les résultats des relevés sont suivis, et le standard est mis à jour à mesure que les protocoles vieillissent.
        Points faibles : points d'accès installés par les fournisseurs, routeurs cellulaires pour la télésurveillance, Bluetooth sur les terminaux portables.
    .evidence =
        Standard sans fil listant les protocoles et réglages autorisés
        Export de configuration d'un point d'accès ou d'une passerelle sans fil du site
        Dernier rapport de relevé sans fil

# ML3 = défini une fois pour l'organisation, avec preuve d'application ; pas « tous les sites » (revue 2026-12)
net-2-2 =
    .title = Segmentation des réseaux sans fil
    .question = Les réseaux sans fil de votre site sont-ils placés dans leurs propres zones et séparés des réseaux de contrôle-commande filaires par un pare-feu ou un équipement équivalent, au lieu d'y être directement pontés ?
    .guidance =
        ML1: les points d'accès sont branchés directement sur le réseau de contrôle-commande.
        ML2: les réseaux sans fil de ce site sont des zones distinctes, reliées aux systèmes filaires par des conduits contrôlés.
        ML3: c'est une règle de conception définie par l'entreprise, et les traces des modifications montrent qu'elle est vérifiée à chaque modification.
        ML4: la séparation est testée et améliorée à partir des constats.
        Points faibles : Wi-Fi invités partageant le matériel du sans-fil OT ; passerelles de capteurs sans fil câblées sur le réseau des automates.
    .evidence =
        Schéma montrant les zones sans fil et leurs conduits
        Règles de pare-feu entre zones sans fil et filaires
        Fiche de modification d'une installation sans fil récente

# ML3 = défini une fois pour l'organisation, avec preuve d'application ; pas « tous les sites » (revue 2026-12)
net-2-3 =
    .title = Propriétés et adresses sans fil
    .question = Les noms (SSID) et adresses de vos réseaux et équipements sans fil évitent-ils de révéler à un inconnu ce qu'ils pilotent, et les adresses sont-elles attribuées et enregistrées de façon maîtrisée ?
    .guidance =
        ML1: des SSID comme « Chaudiere_API » ou le nom de l'entreprise ; adresses distribuées par n'importe quel serveur DHCP présent.
        ML2: ce site a des règles de nommage et d'adressage pour le sans-fil, et elles sont appliquées.
        ML3: les règles font partie du standard sans fil défini par l'entreprise, et les rapports de relevés montrent qu'elles sont vérifiées.
        ML4: les constats des relevés sont suivis et les règles améliorées.
        Points faibles : SSID par défaut sur les équipements fournisseurs ; adresses d'équipements non enregistrées, ce qui rend les équipements illégitimes difficiles à repérer.
    .evidence =
        Règle de nommage et d'adressage des réseaux sans fil
        Liste des SSID et adresses d'équipements issue d'un relevé
        Configuration d'un point d'accès montrant SSID et adressage

## NET 3 Accès à distance sécurisé

# ML3 = défini une fois pour l'organisation, avec preuve d'application ; pas « tous les sites » (revue 2026-12)
net-3-1 =
    .title = Applications d'accès à distance
    .question = Quels outils peuvent être utilisés pour l'accès à distance à vos systèmes de contrôle-commande (serveur de rebond, portail fournisseur, clients VPN, outils de prise en main à distance), et existe-t-il une liste approuvée, tout le reste étant bloqué ?
    .guidance =
        ML1: chaque fournisseur apporte son propre outil ; personne n'a la liste complète.
        ML2: les outils d'accès à distance approuvés pour ce site sont listés avec leurs consignes d'installation, et les autres sont bloqués.
        ML3: une liste approuvée unique est définie pour l'organisation et appuyée par un blocage technique ; les traces des recherches périodiques d'outils non approuvés montrent qu'elle est appliquée.
        ML4: l'usage et les incidents sont revus, et la liste et les configurations sont améliorées.
        Points faibles : outils de prise en main à distance installés par les fournisseurs « pour le support » ; modems cellulaires qui contournent le pare-feu.
    .evidence =
        Liste des outils d'accès à distance approuvés
        Règles de pare-feu ou de contrôle applicatif bloquant les autres outils
        Résultat d'un scan recherchant des logiciels d'accès à distance non approuvés

# ML3 = défini une fois pour l'organisation, avec preuve d'application ; pas « tous les sites » (revue 2026-12)
net-3-2 =
    .title = Connexions d'accès à distance
    .question = Comment chaque connexion à distance vers vos systèmes de contrôle-commande est-elle approuvée, authentifiée (par exemple avec MFA), limitée aux systèmes nécessaires et surveillée, pour vos ingénieurs en télétravail comme pour les fournisseurs ?
    .guidance =
        ML1: les utilisateurs distants ont un accès permanent, quand ils le veulent.
        ML2: sur ce site l'accès à distance passe par un chemin défini, avec comptes nominatifs, MFA et approbation par session ou par utilisateur.
        ML3: les mesures sont un standard commun à l'organisation ; les journaux de session sont revus, et les traces montrent que l'accès fournisseur n'est ouvert que sur demande.
        ML4: l'usage de l'accès à distance est analysé (fréquence, durée, anomalies) et les mesures sont améliorées.
        Points faibles : comptes fournisseurs partagés, VPN toujours actifs, accès qui ouvre tout le réseau OT au lieu d'un seul système.
    .evidence =
        Procédure d'accès à distance avec son étape d'approbation
        Approbation et journal d'une session fournisseur récente
        Paramètres MFA de la passerelle d'accès à distance

# ML3 = défini une fois pour l'organisation, avec preuve d'application ; pas « tous les sites » (revue 2026-12)
net-3-3 =
    .title = Fin de l'accès à distance
    .question = Votre personnel peut-il mettre fin immédiatement à une session à distance sur les systèmes de contrôle-commande si nécessaire, et les sessions se terminent-elles d'elles-mêmes une fois le travail fait ou après une période d'inactivité ?
    .guidance =
        ML1: les sessions durent jusqu'à ce que l'utilisateur distant les ferme.
        ML2: sur ce site les opérateurs ou administrateurs peuvent clore les sessions, et des durées d'inactivité et de session maximales sont réglées.
        ML3: la coupure et les temporisations font partie du standard d'accès à distance de l'entreprise ; le personnel posté sait clore une session, et les traces de test montrent que cela fonctionne.
        ML4: les données de session sont revues, et les temporisations ou procédures sont améliorées.
        Points faibles : sessions fournisseurs laissées ouvertes la nuit ; personne dans l'équipe de quart ne sait couper une session.
    .evidence =
        Paramètres de temporisation de la passerelle d'accès à distance
        Consigne pour les opérateurs afin de clore une session à distance
        Journal d'une session close par temporisation ou par un opérateur

## COMP 1 Composants et supports amovibles

# ML3 = défini une fois pour l'organisation, avec preuve d'application ; pas « tous les sites » (revue 2026-12)
comp-1-1 =
    .title = Durcissement des composants
    .question = Vos composants de contrôle-commande (serveurs, postes, IHM, équipements réseau, automates) sont-ils durcis avant leur mise en service, en retirant ou désactivant logiciels, comptes, ports et fonctions inutiles selon les recommandations du fournisseur ?
    .guidance =
        ML1: les équipements sont mis en service tels que livrés.
        ML2: des guides de durcissement par type d'équipement existent pour ce site et sont appliqués à l'installation ; des enregistrements le montrent.
        ML3: un standard de durcissement de l'entreprise est défini, et les listes de contrôle ou scans enregistrés avant réception montrent qu'il est appliqué.
        ML4: la conformité au standard est mesurée et le standard est amélioré.
        Points faibles : anciens systèmes « auxquels il ne faut pas toucher », portables de maintenance des fournisseurs, unités de remplacement sorties du magasin.
    .evidence =
        Guide ou liste de contrôle de durcissement pour un type d'équipement
        Liste de contrôle remplie pour un équipement récemment installé
        Scan de conformité d'un poste par rapport à sa référence

# ML3 = défini une fois pour l'organisation, avec preuve d'application ; pas « tous les sites » (revue 2026-12)
comp-1-2 =
    .title = Supports amovibles dédiés
    .question = Les clés USB, disques externes et autres supports amovibles utilisés avec vos systèmes de contrôle-commande sont-ils réservés à cet usage, et comment contrôlez-vous les supports venant de l'extérieur, par exemple d'un fournisseur ?
    .guidance =
        ML1: n'importe quelle clé USB est utilisée, y compris des clés personnelles.
        ML2: des supports dédiés et étiquetés sont remis pour les systèmes de contrôle-commande du site ; les supports extérieurs passent d'abord par une station blanche.
        ML3: la règle est un standard commun à l'organisation, les ports USB sont contrôlés techniquement, et le registre des supports montre qu'elle est suivie.
        ML4: les incidents liés aux supports et les résultats d'analyse sont exploités et les mesures améliorées.
        Points faibles : fournisseurs venant avec leurs propres clés ; ports USB ouverts sur les IHM ; téléphones rechargés sur les ports des PC.
    .evidence =
        Règle sur les supports amovibles et registre des supports remis
        Journal de la station blanche pour les supports entrants
        Paramètres de contrôle USB d'un poste

## COMP 2 Protection contre les logiciels malveillants

# ML3 = défini une fois pour l'organisation, avec preuve d'application ; pas « tous les sites » (revue 2026-12)
comp-2-1 =
    .title = Absence de logiciel malveillant
    .question = Avant que des équipements neufs ou réparés, des logiciels et des fichiers n'entrent dans vos systèmes de contrôle-commande, comment vous assurez-vous qu'ils ne contiennent aucun logiciel malveillant connu ?
    .guidance =
        ML1: on fait confiance au nouveau matériel tel qu'il est livré.
        ML2: sur ce site les nouveaux équipements, programmes d'installation et fichiers sont analysés ou contrôlés avant usage, et des traces sont conservées.
        ML3: le contrôle est une étape définie de la mise en service et du processus de modification de l'entreprise, exigée contractuellement des fournisseurs ; les traces montrent qu'il est fait.
        ML4: les détections sont analysées et les contrôles améliorés.
        Points faibles : portables des metteurs en service, firmware téléchargé sur des sites web, unités revenant de réparation.
    .evidence =
        Procédure de contrôle antivirus des nouveaux équipements et fichiers
        Trace d'analyse d'une livraison ou d'une installation logicielle récente
        Attestation du fournisseur indiquant que le matériel livré a été contrôlé

# ML3 = défini une fois pour l'organisation, avec preuve d'application ; pas « tous les sites » (revue 2026-12)
comp-2-2 =
    .title = Protection contre les logiciels malveillants
    .question = Qu'est-ce qui protège vos PC et serveurs de contrôle-commande contre les logiciels malveillants (antivirus, liste d'autorisation des applications ou autres moyens), et que faites-vous à la place là où un tel logiciel ne peut pas fonctionner ?
    .guidance =
        ML1: certaines machines ont un antivirus, d'autres non, et personne ne sait lesquelles.
        ML2: une méthode de protection est définie par type d'équipement pour ce site et installée ; les exceptions ont d'autres mesures.
        ML3: un standard d'entreprise définit la protection par type d'équipement ; l'état de protection est surveillé, et les traces montrent que les alertes sont traitées.
        ML4: les détections et la couverture sont mesurées, et la protection est améliorée.
        Points faibles : anciens systèmes Windows sans support du fournisseur ; protection installée mais signatures vieilles de plusieurs mois.
    .evidence =
        Rapport d'état de la protection antivirus des machines de contrôle-commande
        Liste des exceptions avec leurs mesures alternatives
        Une alerte récente de logiciel malveillant et son traitement

# ML3 = défini une fois pour l'organisation, avec preuve d'application ; pas « tous les sites » (revue 2026-12)
comp-2-3 =
    .title = Validation et installation de l'anti-malware
    .question = Avant d'installer un logiciel anti-malware ou des mises à jour de signatures sur vos systèmes de contrôle-commande, vérifiez-vous qu'ils sont authentiques et compatibles, par exemple grâce à la validation du fournisseur du système ou sur un système de test ?
    .guidance =
        ML1: les mises à jour s'installent automatiquement, ou quand quelqu'un y pense.
        ML2: sur ce site les mises à jour sont vérifiées par rapport à la validation du fournisseur du système et installées de façon définie.
        ML3: un processus d'entreprise de validation et de diffusion des mises à jour (p. ex. serveur de mises à jour en DMZ OT) est défini, et ses traces montrent que les mises à jour passent par lui.
        ML4: les échecs et retards de mise à jour sont mesurés et le processus amélioré.
        Points faibles : signatures récupérées directement sur Internet ; mises à jour qui mettent en quarantaine des fichiers du système de contrôle-commande.
    .evidence =
        Déclaration de compatibilité du fournisseur pour l'anti-malware et les signatures
        Trace de test ou d'approbation d'une mise à jour récente
        Configuration du serveur de mises à jour en DMZ OT

## COMP 3 Gestion des correctifs

# ML3 = défini une fois pour l'organisation, avec preuve d'application ; pas « tous les sites » (revue 2026-12)
comp-3-1 =
    .title = Authenticité et intégrité des correctifs de sécurité
    .question = Quand vous récupérez des correctifs de sécurité et des firmwares pour vos systèmes de contrôle-commande, comment vous assurez-vous qu'ils sont authentiques et non modifiés, par exemple depuis la source officielle du fournisseur avec vérification de la signature ou de l'empreinte ?
    .guidance =
        ML1: les correctifs sont téléchargés là où on les trouve.
        ML2: sur ce site les correctifs viennent uniquement de sources officielles, et leurs empreintes ou signatures sont vérifiées.
        ML3: la vérification est une étape définie du processus de gestion des correctifs de l'entreprise et est enregistrée à chaque fois.
        ML4: le processus est revu et amélioré, par exemple après des alertes sur la chaîne d'approvisionnement.
        Points faibles : firmware récupéré sur des forums, correctifs transmis par e-mail, clés USB remises par le service après-vente.
    .evidence =
        Étape du processus de correction sur la source et la vérification d'empreinte ou de signature
        Trace de vérification d'empreinte pour un correctif récent
        Emplacement et règles d'accès du dépôt de correctifs de confiance

# ML3 = défini une fois pour l'organisation, avec preuve d'application ; pas « tous les sites » (revue 2026-12)
comp-3-2 =
    .title = Validation et installation des correctifs de sécurité
    .question = Comment les correctifs de sécurité de vos systèmes de contrôle-commande sont-ils qualifiés (par le fournisseur ou sur un système de test) puis installés : dans quel délai, avec quelle approbation et avec quel retour arrière si un correctif échoue ?
    .guidance =
        ML1: les correctifs sont installés de temps en temps, souvent lors des arrêts, sans plan.
        ML2: une procédure de correction du site s'appuie sur la qualification du fournisseur ou des tests, planifie l'installation et l'enregistre.
        ML3: un processus d'entreprise fixe priorités et délais selon le risque ; les traces de correction montrent que les installations le suivent.
        ML4: les délais de correction sont mesurés et le processus amélioré.
        Points faibles : systèmes jamais corrigés « parce que le fournisseur ne l'autorise pas » ; pas de système de test ni de plan de retour arrière.
    .evidence =
        Procédure de correction avec qualification et approbation
        Liste des correctifs qualifiés par le fournisseur
        Trace d'une installation de correctif récente

# ML3 = défini une fois pour l'organisation, avec preuve d'application ; pas « tous les sites » (revue 2026-12)
comp-3-3 =
    .title = État des correctifs de sécurité
    .question = Pouvez-vous montrer, pour chaque actif de contrôle-commande, quels correctifs de sécurité et mises à jour de firmware sont installés et lesquels manquent encore ?
    .guidance =
        ML1: l'état des correctifs est inconnu, ou connu seulement machine par machine.
        ML2: une liste d'état des correctifs des actifs du site existe et est mise à jour après chaque campagne de correction.
        ML3: l'état des correctifs est suivi selon une méthode définie par l'entreprise, reliée à l'inventaire des actifs ; les rapports à la direction montrent qu'elle est utilisée.
        ML4: la conformité des correctifs est mesurée dans le temps et sert à s'améliorer.
        Points faibles : firmware des automates et des commutateurs oublié ; listes d'état périmées.
    .evidence =
        Rapport d'état des correctifs par actif
        Rapport à la direction sur la conformité des correctifs
        Outil ou liste utilisé pour suivre l'état des correctifs

# ML3 = défini une fois pour l'organisation, avec preuve d'application ; pas « tous les sites » (revue 2026-12)
comp-3-4 =
    .title = Maintien de la sécurité lors de la correction
    .question = Après l'installation de correctifs ou de mises à jour sur vos systèmes de contrôle-commande, vérifiez-vous que le durcissement et les paramètres de sécurité sont toujours en place, par exemple que des services n'ont pas été réactivés ni des comptes réinitialisés ?
    .guidance =
        ML1: rien n'est vérifié après la correction.
        ML2: sur ce site les principaux paramètres de sécurité sont vérifiés après correction et la vérification est enregistrée.
        ML3: la vérification est une étape définie du processus de correction de l'entreprise et compare aux configurations de référence ; les traces la montrent après chaque campagne de correctifs.
        ML4: les cas de paramètres perdus sont analysés et remontés aux fournisseurs et dans le processus.
        Points faibles : mises à jour qui rétablissent les réglages par défaut, services réactivés, règles du pare-feu local réinitialisées.
    .evidence =
        Liste de contrôle après correction
        Comparaison des paramètres avant et après un correctif
        Trace d'un paramètre rétabli après correction

# ML3 = défini une fois pour l'organisation, avec preuve d'application ; pas « tous les sites » (revue 2026-12)
comp-3-5 =
    .title = Atténuation en l'absence de correctif de sécurité
    .question = Quand un correctif de sécurité ne peut pas être installé rapidement, voire pas du tout (anciens systèmes, pas de validation du fournisseur, pas de fenêtre d'arrêt), que faites-vous à la place pour réduire le risque, et est-ce documenté ?
    .guidance =
        ML1: les systèmes non corrigés sont acceptés tacitement.
        ML2: sur ce site les vulnérabilités non corrigées sont enregistrées avec des mesures compensatoires et une approbation.
        ML3: un processus d'entreprise défini relie les mesures d'atténuation à l'appréciation du risque ; les traces montrent qu'il est appliqué et revu périodiquement.
        ML4: l'effet des mesures d'atténuation est vérifié et amélioré.
        Points faibles : mesures « provisoires » qui deviennent définitives ; acceptations du risque sans date d'échéance.
    .evidence =
        Liste des vulnérabilités non corrigées avec leurs mesures d'atténuation
        Acceptation du risque pour un système qui ne peut pas être corrigé
        Trace de la dernière revue des mesures d'atténuation

## DATA 1 Protection des données

# ML3 = défini une fois pour l'organisation, avec preuve d'application ; pas « tous les sites » (revue 2026-12)
data-1-1 =
    .title = Classification des données
    .question = Avez-vous classé les données de vos systèmes de contrôle-commande (programmes d'automates, recettes, schémas réseau, mots de passe, données d'historian) selon leur sensibilité ou criticité, avec des règles de manipulation pour chaque classe ?
    .guidance =
        Cherchez une grille de classification qui couvre les données OT, pas seulement les documents bureautiques.
        ML1: certaines personnes traitent certains fichiers comme sensibles, mais il n'existe pas de grille écrite pour les données de l'IACS.
        ML2: une grille écrite liste les types de données OT du site et leur classe ; les personnes qui les manipulent la connaissent.
        ML3: une grille de classification unique est définie pour l'organisation ; marquages et règles de manipulation se voient dans la pratique quotidienne.
        ML4: la classification est revue après incidents, projets et audits ; les données mal classées sont suivies.
        Points faibles : fichiers de projet des fournisseurs, sauvegardes et schémas exportés que personne n'a classés.
    .evidence =
        Grille de classification des données couvrant les données de l'IACS
        Liste des types de données OT avec leur classe attribuée
        Schéma ou document portant le marquage de sa classe

data-1-2 =
    .title = Confidentialité des données
    .question = Comment empêchez-vous que des données sensibles de contrôle-commande (configurations, identifiants, plans réseau, recettes) soient lues par les mauvaises personnes, là où elles sont stockées comme lorsqu'elles circulent, par exemple vers un fournisseur ?
    .guidance =
        Cherchez une protection adaptée à la classe : droits sur les partages de fichiers, chiffrement des liaisons qui sortent de la zone, règles de partage avec les tiers.
        ML1: la protection dépend des individus ; les fichiers partent par e-mail ou clé USB selon la commodité.
        ML2: des règles écrites disent comment chaque classe est stockée et transmise ; le site les suit pour ses principaux systèmes.
        ML3: les règles s'appliquent dans toute l'organisation, sous-traitants compris, et les enregistrements montrent qu'elles sont suivies.
        ML4: fuites et quasi-incidents sont analysés et les mesures ajustées ; le respect des règles est mesuré.
        Points faibles : portables d'ingénierie des sous-traitants, liens de transfert cloud improvisés, plans réseau laissés sur les bureaux.
    .evidence =
        Règles de manipulation par classe de données
        Droits d'accès sur le partage de fichiers d'ingénierie
        Clause de confidentialité dans un contrat fournisseur
        Paramètres du service de transfert de fichiers utilisé avec les fournisseurs

data-1-3 =
    .title = Mode de configuration du système instrumenté de sécurité
    .question = Comment vous assurez-vous que votre système instrumenté de sécurité (SIS) n'est mis en mode programmation ou configuration que pour une modification autorisée, que la salle de contrôle le sait pendant ce temps, et qu'il revient ensuite en mode marche ?
    .guidance =
        Regardez les automates du SIS eux-mêmes : sélecteurs à clé, protection en écriture, alarmes vers le SNCC lors d'un changement de mode.
        ML1: les ingénieurs changent de mode au besoin ; personne ne vérifie le retour en mode marche.
        ML2: une procédure écrite encadre les changements de mode de ce SIS ; chaque changement fait l'objet d'un permis et est consigné.
        ML3: tous les SIS suivent la même procédure ; alarmes et permis prouvent qu'elle est pratiquée.
        ML4: les changements de mode et le temps passé hors mode marche sont surveillés et revus ; les constats améliorent la procédure.
        Points faibles : clés laissées sur le sélecteur, accès d'ingénierie à distance au SIS, aucune alarme lors d'un changement de mode.
        Demander aussi : le mode du SIS est-il vérifié à la relève de quart ?
    .evidence =
        Procédure du mode programmation ou configuration du SIS
        Permis de travail des modifications récentes du SIS
        Journal d'événements du SNCC montrant les changements de mode du SIS
        Sélecteur à clé et lieu où sa clé est conservée

data-1-4 =
    .title = Politique de conservation des données
    .question = Avez-vous des règles sur la durée de conservation des données de contrôle-commande (historiques, journaux, sauvegardes, anciens fichiers de projet) et sur leur effacement sûr quand elles ne sont plus utiles ou quand un équipement est mis au rebut ?
    .guidance =
        Cherchez des durées de conservation qui tiennent compte des besoins légaux, de sécurité des procédés et d'enquête, et une élimination sûre des disques et équipements.
        ML1: les données sont gardées ou supprimées au coup par coup ; d'anciennes IHM et des disques quittent le site sans être effacés.
        ML2: une politique de conservation écrite couvre les données OT du site ; l'élimination des supports est consignée.
        ML3: la politique est appliquée dans toute l'organisation ; des certificats de destruction existent pour les équipements déclassés.
        ML4: conservation et élimination sont auditées ; la politique est mise à jour quand la loi, les systèmes ou les incidents l'exigent.
        Points faibles : configurations restées dans des pièces de rechange ou des équipements envoyés en réparation, anciens portables fournisseurs.
    .evidence =
        Politique de conservation des données avec les durées pour les données OT
        Certificats d'effacement ou de destruction de supports
        Liste de contrôle de déclassement d'une IHM ou d'un serveur remplacé

# ML3 = défini une fois pour l'organisation, avec preuve d'application ; pas « tous les sites » (revue 2026-12)
data-1-5 =
    .title = Mécanismes cryptographiques
    .question = Là où vos systèmes de contrôle-commande utilisent du chiffrement ou des signatures électroniques, par exemple pour les VPN, l'accès à distance, les liaisons de l'historian ou le firmware, choisissez-vous algorithmes et longueurs de clé selon une règle écrite fondée sur des référentiels reconnus ?
    .guidance =
        Cherchez une liste approuvée d'algorithmes et de protocoles, puis comparez-y quelques réglages réels d'équipements.
        ML1: le chiffrement est celui livré par le fournisseur ; personne ne sait quels algorithmes sont utilisés.
        ML2: une liste approuvée existe et les principales liaisons du site (VPN, accès à distance) sont configurées selon elle.
        ML3: la liste approuvée est un standard de l'organisation ; les dossiers de projet montrent qu'elle est utilisée, et les exceptions historiques sont enregistrées avec des mesures compensatoires.
        ML4: la liste est revue à mesure que les algorithmes s'affaiblissent, et les réglages obsolètes sont suivis jusqu'à leur suppression.
        Points faibles : anciennes versions de TLS ou SSH sur commutateurs et IHM, chiffrement « maison », algorithmes VPN faibles conservés pour un vieux pair.
    .evidence =
        Standard cryptographique ou liste d'algorithmes approuvés
        Paramètres cryptographiques exportés d'une passerelle VPN ou d'un pare-feu
        Registre des exceptions pour les équipements anciens sans chiffrement

data-1-6 =
    .title = Gestion des clés
    .question = Qui crée, stocke, renouvelle et révoque les clés et certificats utilisés dans vos systèmes de contrôle-commande (clés VPN, certificats d'équipements, signature de code), et comment sauriez-vous qu'un d'eux a expiré ou fuité ?
    .guidance =
        Cherchez un inventaire des clés et certificats avec responsables, dates d'expiration et moyen de révocation.
        ML1: les clés restent sur les équipements ou dans la messagerie de quelqu'un ; on découvre l'expiration quand une liaison s'arrête.
        ML2: une procédure écrite et un inventaire couvrent les clés et certificats du site ; les clés privées sont protégées.
        ML3: une pratique unique dans toute l'organisation, avec traces des renouvellements et révocations effectivement réalisés.
        ML4: les expirations sont signalées bien à l'avance, les problèmes de clés sont analysés et le processus amélioré.
        Points faibles : même clé VPN prépartagée depuis des années, clés privées sur des partages de fichiers, impossible de révoquer le certificat d'un portable perdu.
    .evidence =
        Inventaire des clés et certificats avec dates d'expiration
        Procédure d'émission et de révocation des certificats
        Trace d'un renouvellement ou d'une révocation de certificat récent

data-1-7 =
    .title = Intégrité des données
    .question = Comment remarqueriez-vous qu'un programme d'automate, un fichier de consignes, une recette ou une sauvegarde a été modifié sans autorisation, et comment protégez-vous ces données contre l'altération lors du stockage ou de la transmission ?
    .guidance =
        Cherchez sommes de contrôle ou signatures, outils de comparaison de programmes, gestion de versions et protocoles protégés.
        ML1: l'intégrité repose sur la confiance ; une modification non autorisée ne se verrait que par une perturbation du procédé.
        ML2: pour ce site les fichiers clés sont versionnés et les programmes d'automates sont comparés périodiquement à une copie maîtresse.
        ML3: les contrôles d'intégrité sont standard sur tous les systèmes et les traces de comparaison montrent qu'ils sont faits.
        ML4: les écarts trouvés sont analysés et les contrôles étendus ou ajustés ; la détection est mesurée.
        Points faibles : modifications d'automates en ligne jamais reportées dans la copie maîtresse, fichiers de recettes sur des partages ouverts.
    .evidence =
        Résultat d'une comparaison récente d'un programme d'automate avec la copie maîtresse
        Historique des versions des projets d'automates
        Vérification d'empreinte ou de signature d'un fichier de firmware ou de sauvegarde

## USER 1 Identification et authentification

# ML3 = défini une fois pour l'organisation, avec preuve d'application ; pas « tous les sites » (revue 2026-12)
user-1-1 =
    .title = Attribution des identités utilisateur
    .question = Chaque personne qui se connecte à vos IHM, stations d'ingénierie, serveurs et équipements réseau a-t-elle son propre compte, ou bien opérateurs, ingénieurs ou fournisseurs partagent-ils des identifiants comme « operateur » ou « admin » ?
    .guidance =
        Cherchez un compte par personne, et aussi des identités nommées pour les services logiciels et les équipements.
        ML1: les comptes sont créés à la demande ; les identifiants partagés et génériques sont courants.
        ML2: une procédure écrite attribue des identités uniques sur ce système ; chaque compte partagé est listé et justifié.
        ML3: une procédure unique dans toute l'organisation, souvent via un annuaire central ; les comptes correspondent à des personnes réelles.
        ML4: les comptes sont rapprochés régulièrement des listes RH et sous-traitants, et le processus est amélioré.
        Points faibles : identifiants IHM partagés pour le fonctionnement 24 h/24 sans mesures compensatoires comme un local fermé et un cahier de quart.
    .evidence =
        Liste des comptes d'une IHM ou du contrôleur de domaine OT
        Formulaire de demande et d'approbation de compte
        Registre des comptes partagés justifiés

# ML3 = défini une fois pour l'organisation, avec preuve d'application ; pas « tous les sites » (revue 2026-12)
user-1-2 =
    .title = Suppression des identités utilisateur
    .question = Quand un salarié ou un sous-traitant part ou change de poste, en combien de temps ses comptes sur les ordinateurs de contrôle-commande, les équipements réseau et l'accès à distance sont-ils supprimés ou désactivés, et qui déclenche cela ?
    .guidance =
        ML1: la suppression se fait quand quelqu'un y pense ; d'anciens comptes subsistent.
        ML2: un processus de départ écrit pour ce site inclut les comptes OT, avec un délai cible.
        ML3: les départs RH et sous-traitants alimentent un processus d'entreprise défini ; les traces montrent que les suppressions sont faites à temps.
        ML4: le délai de suppression est mesuré, les comptes orphelins sont recherchés régulièrement et les causes corrigées.
        Points faibles : comptes locaux sur automates, commutateurs et IHM autonomes hors annuaire ; comptes fournisseurs après la fin d'un projet.
        Demander aussi : prenez un départ récent et vérifiez ses comptes ensemble.
    .evidence =
        Liste de contrôle de départ avec une étape pour les comptes OT
        Comptes désactivés avec leurs dates
        Revue récente des comptes ayant trouvé des comptes orphelins

# ML3 = défini une fois pour l'organisation, avec preuve d'application ; pas « tous les sites » (revue 2026-12)
user-1-3 =
    .title = Persistance des identités utilisateur
    .question = Quand un compte n'est plus utilisé, le désactivez-vous et le conservez-vous plutôt que de le supprimer ou de le donner à quelqu'un d'autre, pour que les anciennes entrées de journal et traces de modification restent attribuables à la bonne personne ?
    .guidance =
        Cherchez une règle qui interdit de réutiliser une identité pour une autre personne et qui garde le lien avec la personne dans les enregistrements.
        ML1: les comptes sont renommés, réutilisés ou supprimés selon la commodité ; l'historique est perdu.
        ML2: une règle écrite pour ce système interdit la réutilisation et conserve les comptes désactivés ou leurs enregistrements.
        ML3: la règle est un standard commun à l'organisation ; les enregistrements de comptes ne montrent aucune réutilisation.
        ML4: la règle est vérifiée en audit et la traçabilité est testée lors des enquêtes.
        Points faibles : identifiants génériques comme « ing1 » passés d'un sous-traitant au suivant.
    .evidence =
        Procédure de gestion des comptes indiquant que les identités ne sont pas réutilisées
        Liste des comptes désactivés conservés pour la traçabilité
        Ancienne entrée de journal rattachée à une personne partie depuis

# ML3 = défini une fois pour l'organisation, avec preuve d'application ; pas « tous les sites » (revue 2026-12)
user-1-4 =
    .title = Attribution des droits d'accès
    .question = Comment décidez-vous de ce que chaque compte peut faire sur vos systèmes de contrôle-commande, par exemple qui peut seulement consulter, qui peut conduire, qui peut modifier les programmes d'automates, et qui approuve ces droits ?
    .guidance =
        Cherchez des rôles définis (consultation, opérateur, ingénieur, administrateur) associés à des droits, avec un approbateur nommé.
        ML1: les droits sont donnés à la demande, souvent tous les droits pour éviter les problèmes.
        ML2: un modèle de rôles est documenté pour ce système ; chaque droit accordé est approuvé et enregistré.
        ML3: un modèle de rôles unique est défini pour l'organisation ; des revues d'accès périodiques sont faites et enregistrées.
        ML4: les constats des revues sont suivis, les droits excessifs sont mesurés et le modèle de rôles affiné.
        Points faibles : droits de mise en service jamais retirés ; comptes fournisseurs avec droits d'administrateur.
    .evidence =
        Matrice des rôles et droits du système de contrôle-commande
        Demandes d'accès approuvées
        Dernière revue des accès avec ses constats

user-1-5 =
    .title = Moindre privilège
    .question = Les personnes, services et applications de vos systèmes de contrôle-commande fonctionnent-ils avec les seuls droits nécessaires à leur tâche, par exemple des opérateurs sans droits d'administrateur sur les IHM, et des ingénieurs qui n'utilisent leurs comptes admin que pour l'administration ?
    .guidance =
        ML1: la plupart des utilisateurs, et beaucoup de services, tournent en administrateur parce que c'est plus simple.
        ML2: pour ce système les droits sont réduits au besoin de chaque rôle, et des comptes d'administration séparés existent.
        ML3: le moindre privilège est une règle de toute l'organisation, vérifiée lors des revues d'accès et des nouveaux projets.
        ML4: l'usage des privilèges est surveillé et les droits excessifs sont réduits au fil du temps.
        Points faibles : logiciels fournisseurs qui exigent l'administrateur local, comptes de service avec droits d'administrateur du domaine.
        Demander aussi : qui est membre du groupe Administrateurs local d'une IHM ?
    .evidence =
        Membres du groupe Administrateurs local d'une IHM et d'une station d'ingénierie
        Export des membres des groupes privilégiés du domaine OT
        Déclaration du fournisseur sur les droits minimaux nécessaires à son logiciel

user-1-6 =
    .title = Authentification des services logiciels
    .question = Quand un logiciel dialogue avec un autre dans votre système de contrôle-commande, par exemple un client OPC qui lit un serveur, l'historian qui collecte des données ou un agent de sauvegarde, prouve-t-il son identité avec son propre compte ou certificat ?
    .guidance =
        Cherchez un compte de service ou un certificat nommé par service, pas un accès anonyme ni le compte d'une personne.
        ML1: les services utilisent un accès anonyme, des identifiants par défaut ou le compte personnel d'un ingénieur.
        ML2: les services de ce système ont leurs propres identités et identifiants, tenus dans une liste.
        ML3: tous les systèmes suivent la même règle ; les identifiants de service sont gérés et revus comme les autres comptes.
        ML4: les échecs d'authentification des services sont surveillés ; les identifiants sont changés selon un calendrier.
        Points faibles : OPC DA avec DCOM grand ouvert, mots de passe écrits dans des scripts, services tournant sous le compte d'une personne partie.
    .evidence =
        Liste des comptes de service avec responsables et usages
        Paramètres de sécurité OPC UA ou DCOM d'un serveur
        Trace de changement de mot de passe d'un compte de service

user-1-7 =
    .title = Droits de connexion interactive des services logiciels
    .question = Une personne pourrait-elle utiliser l'un de vos comptes de service (historian, OPC, sauvegarde, antivirus) pour se connecter sur une console ou par bureau à distance, ou ces comptes sont-ils interdits de connexion interactive ?
    .guidance =
        ML1: les comptes de service sont des comptes ordinaires ; des personnes s'y connectent, parfois volontairement.
        ML2: une règle écrite interdit la connexion console et bureau à distance aux comptes de service de ce système, et elle est appliquée.
        ML3: le même réglage est imposé par stratégie sur tous les systèmes et vérifié lors des revues.
        ML4: toute utilisation interactive d'un compte de service déclenche une alerte et une enquête.
        Points faibles : ingénieurs qui connaissent un mot de passe de service et l'utilisent pour dépanner ; comptes locaux hors stratégie de groupe.
    .evidence =
        Stratégie interdisant la connexion console et RDP aux comptes de service
        Événements de connexion des comptes de service sur le dernier mois
        Registre des comptes de service indiquant les restrictions de connexion

# ML3 = défini une fois pour l'organisation, avec preuve d'application ; pas « tous les sites » (revue 2026-12)
user-1-8 =
    .title = Authentification des utilisateurs humains
    .question = Comment une personne prouve-t-elle son identité en se connectant à votre système de contrôle-commande : mot de passe, carte, jeton ? Y a-t-il des endroits, comme les IHM, les ports de programmation des automates ou les commutateurs, où aucune connexion n'est demandée ?
    .guidance =
        ML1: l'authentification existe là où le produit l'impose ; beaucoup d'équipements acceptent n'importe qui.
        ML2: une règle écrite dit comment chaque type d'accès à ce système est authentifié ; les manques sont listés avec leurs mesures compensatoires.
        ML3: la règle est définie une fois pour l'organisation et s'applique aux nouveaux projets ; des contrôles montrent qu'elle est suivie.
        ML4: les manques d'authentification sont suivis et réduits, par exemple en passant les équipements sur une authentification centralisée.
        Points faibles : automates sans mot de passe à la programmation, pages web d'équipements avec identifiants par défaut, IHM en connexion automatique.
        Demander aussi : pour les postes opérateurs en connexion automatique, qu'est-ce qui compense l'absence d'authentification (local fermé, vidéosurveillance) ?
    .evidence =
        Règles d'authentification par type d'accès
        Équipements sans authentification et leurs mesures compensatoires
        Paramètres de connexion d'un automate ou d'un commutateur réseau

user-1-9 =
    .title = Authentification multifacteur (MFA)
    .question = Où exigez-vous un second facteur, comme un jeton ou une application sur téléphone, en plus du mot de passe : pour l'accès à distance depuis l'extérieur, pour les comptes administrateurs, depuis le réseau bureautique vers l'usine ?
    .guidance =
        Cherchez la MFA au moins là où le risque est le plus élevé : accès à distance, comptes à privilèges, accès depuis des zones moins sûres.
        ML1: la MFA n'existe que là où un produit l'intégrait par hasard.
        ML2: une règle écrite dit où la MFA est exigée pour ce système, et elle y est mise en place.
        ML3: la MFA est exigée dans toute l'organisation pour les cas définis, fournisseurs compris ; les exceptions sont enregistrées.
        ML4: la couverture MFA et ses contournements sont mesurés et les manques comblés ; les facteurs sont renforcés au fil du temps.
        Points faibles : outils à distance propres aux fournisseurs qui contournent la passerelle MFA, comptes bris de glace, un jeton partagé par une équipe.
    .evidence =
        Politique indiquant où la MFA est exigée
        Configuration de la passerelle d'accès à distance montrant la MFA
        Comptes exemptés de MFA avec leurs motifs

user-1-10 =
    .title = Authentification mutuelle
    .question = Sur les connexions importantes, comme station d'ingénierie vers automate, historian vers serveurs ou VPN entre sites, les deux extrémités vérifient-elles mutuellement leur identité, pour qu'aucune ne puisse être usurpée ?
    .guidance =
        Cherchez des certificats ou clés des deux côtés : TLS mutuel, certificats d'application OPC UA, IPsec avec certificats.
        ML1: les clients font confiance à quiconque répond, ou seul un côté prouve son identité.
        ML2: les connexions critiques de ce système sont listées et mutuellement authentifiées quand les produits le permettent.
        ML3: l'authentification mutuelle est une exigence de conception standard ; les manques sont enregistrés avec des mesures compensatoires.
        ML4: la couverture progresse à mesure que les équipements anciens sont remplacés ; les échecs d'authentification sont surveillés.
        Points faibles : clients OPC UA réglés pour accepter tout certificat serveur, avertissements de certificat ignorés d'un clic.
    .evidence =
        Connexions critiques et manière dont les deux extrémités s'authentifient
        Magasin de certificats de confiance d'un serveur OPC UA
        Configuration VPN avec authentification des pairs par certificat

user-1-11 =
    .title = Protection des mots de passe
    .question = Quelles sont vos règles pour les mots de passe de contrôle-commande : robustesse, changement des mots de passe par défaut à l'installation, stockage et transmission, et que faites-vous pour les équipements qui ne peuvent pas respecter ces règles ?
    .guidance =
        ML1: des mots de passe par défaut restent sur certains équipements ; les mots de passe vivent dans des tableurs ou sur des post-it près des écrans.
        ML2: une règle écrite sur les mots de passe couvre ce système ; les défauts sont changés à la mise en service ; un coffre-fort de mots de passe est utilisé.
        ML3: la règle s'applique à tous les systèmes et projets ; des contrôles des mots de passe par défaut et faibles sont faits et enregistrés.
        ML4: la robustesse des mots de passe est testée en audit et la règle ajustée selon les constats.
        Points faibles : mots de passe en clair dans les fichiers de projet d'automates ou les scripts, mots de passe d'équipements imprimés dans les manuels.
    .evidence =
        Politique de mots de passe pour les systèmes OT
        Liste de contrôle de mise en service montrant le changement des mots de passe par défaut
        Entrées du coffre-fort de mots de passe pour les équipements OT (noms seulement)

# ML3 = défini une fois pour l'organisation, avec preuve d'application ; pas « tous les sites » (revue 2026-12)
user-1-12 =
    .title = Mots de passe partagés et divulgués/compromis
    .question = Là où plusieurs personnes partagent un mot de passe, comme l'admin d'un commutateur ou la connexion opérateur d'une IHM, qui le connaît, et quand est-il changé, par exemple après un départ ou quand il a pu être exposé ?
    .guidance =
        Cherchez une liste des mots de passe partagés avec leurs détenteurs, et des événements définis qui imposent un changement.
        ML1: les mots de passe partagés ne sont jamais changés ; personne ne sait qui les connaît.
        ML2: pour ce système les mots de passe partagés sont listés avec leurs détenteurs et changés lors d'événements définis (départ, divulgation).
        ML3: la pratique est définie pour l'organisation et les traces des changements montrent qu'elle est appliquée ; une compromission suspectée est traitée comme un incident.
        ML4: les mots de passe partagés sont réduits au fil du temps ; le délai de changement après une divulgation est mesuré.
        Points faibles : anciens fournisseurs qui connaissent le mot de passe admin, même mot de passe sur tous les sites.
    .evidence =
        Registre des mots de passe partagés et de leurs détenteurs
        Trace de changement après un départ ou une divulgation récente
        Procédure en cas de mot de passe suspecté compromis

user-1-13 =
    .title = Informations affichées à la connexion
    .question = Qu'affichent les écrans de connexion de vos IHM, serveurs, équipements réseau et passerelles d'accès à distance, par exemple un avis d'usage autorisé, et évitent-ils de révéler noms d'hôtes, versions ou dernier nom d'utilisateur ?
    .guidance =
        ML1: les écrans de connexion affichent ce que le produit affiche par défaut.
        ML2: une règle pour ce système définit ce qu'affichent les écrans de connexion ; un avis d'usage est configuré sur les principaux systèmes.
        ML3: la règle est appliquée sur tous les systèmes et équipements quand c'est possible et vérifiée lors des revues de durcissement.
        ML4: les écrans de connexion sont revérifiés en audit et leur contenu ajusté, p. ex. après avis juridique.
        Points faibles : équipements qui annoncent modèle et firmware avant connexion, IHM qui préremplissent le dernier nom d'utilisateur.
        Demander aussi : les utilisateurs voient-ils l'heure de leur dernière connexion, pour repérer un usage abusif de leur compte ?
    .evidence =
        Capture d'un écran de connexion avec l'avis d'usage
        Section du standard de durcissement sur les écrans de connexion
        Texte approuvé de l'avis d'usage

user-1-14 =
    .title = Affichage des échecs de connexion
    .question = Quand quelqu'un saisit un mauvais nom d'utilisateur ou mot de passe sur votre système de contrôle-commande, le message évite-t-il de dire lequel des deux était faux, et les mots de passe saisis sont-ils masqués à l'écran ?
    .guidance =
        ML1: les messages sont ceux du produit ; certains indiquent « utilisateur inconnu ».
        ML2: pour ce système les messages d'échec et le masquage des mots de passe sont vérifiés et réglés là où c'est paramétrable.
        ML3: le réglage fait partie de la configuration de référence de durcissement de tous les systèmes et est vérifié aux essais de réception.
        ML4: les vérifications sont refaites après les mises à niveau ; les produits qui ne peuvent pas s'y conformer sont suivis.
        Points faibles : pages web d'équipements et fenêtres de connexion IHM spécifiques qui révèlent des noms d'utilisateur valides.
    .evidence =
        Capture d'écran d'un message d'échec de connexion
        Point de la référence de durcissement sur les messages d'échec de connexion
        Résultat d'essai de réception couvrant la fenêtre de connexion

# ML3 = défini une fois pour l'organisation, avec preuve d'application ; pas « tous les sites » (revue 2026-12)
user-1-15 =
    .title = Échecs de connexion consécutifs
    .question = Que se passe-t-il après plusieurs tentatives de connexion erronées sur vos systèmes de contrôle-commande : le compte est-il verrouillé ou ralenti, et comment évitez-vous de bloquer un opérateur qui a besoin d'urgence de l'IHM ?
    .guidance =
        Cherchez un choix délibéré par système (verrouillage, délai ou alerte), mis en balance avec les besoins d'exploitation.
        ML1: réglages par défaut du produit ; personne ne sait si le verrouillage est actif.
        ML2: pour ce système le seuil et la réaction sont réglés et écrits, avec une exception pour les postes opérateurs critiques.
        ML3: l'approche est un standard d'entreprise défini ; les traces montrent que les alertes sur les échecs de connexion parviennent à quelqu'un qui agit.
        ML4: les motifs d'échecs de connexion sont analysés et les seuils ajustés.
        Points faibles : verrouillage d'un compte opérateur partagé qui arrête l'exploitation ; aucune réaction sur la passerelle d'accès à distance.
    .evidence =
        Export des paramètres de verrouillage des comptes
        Alerte ou journal d'échecs de connexion répétés et la réaction
        Exception documentée pour les postes opérateurs

# ML3 = défini une fois pour l'organisation, avec preuve d'application ; pas « tous les sites » (revue 2026-12)
user-1-16 =
    .title = Intégrité des sessions
    .question = Comment les sessions en cours, comme le bureau à distance, les IHM web ou les connexions d'ingénierie vers les automates, sont-elles protégées contre le détournement ou l'altération, et sont-elles correctement fermées à la déconnexion ou à l'expiration ?
    .guidance =
        ML1: les sessions utilisent ce que le produit propose ; les anciens protocoles non chiffrés sont courants.
        ML2: les types de session de ce système sont listés et protégés, p. ex. bureau à distance chiffré, HTTPS, temporisations.
        ML3: la protection des sessions est une exigence standard de l'entreprise en conception et en durcissement ; les revues de conception et les traces de réception montrent qu'elle est appliquée.
        ML4: les protocoles de session faibles sont suivis et retirés progressivement ; les tentatives de détournement peuvent être détectées.
        Points faibles : Telnet et HTTP en clair sur les équipements, VNC sans mot de passe, sessions à distance ouvertes pendant des jours.
    .evidence =
        Protocoles de session utilisés et protection de chacun
        Paramètres de sécurité du bureau à distance ou du serveur web
        Paramètres de temporisation de la passerelle d'accès à distance

user-1-17 =
    .title = Sessions simultanées
    .question = Limitez-vous le nombre de sessions qu'un même compte peut ouvrir en même temps, par exemple pour qu'un compte fournisseur ne puisse pas être connecté depuis deux endroits à la fois ?
    .guidance =
        ML1: aucune limite ; personne ne sait combien de sessions sont ouvertes.
        ML2: des limites sont réglées et documentées pour ce système quand les produits le permettent, surtout pour l'accès à distance.
        ML3: les limites font partie de la configuration de référence de durcissement de l'organisation et sont vérifiées.
        ML4: les alertes sur sessions parallèles sont revues et les limites affinées.
        Points faibles : un compte partagé utilisé depuis plusieurs endroits masque les abus ; deux outils d'ingénierie qui écrivent dans un même automate.
    .evidence =
        Paramètre de sessions par utilisateur de la passerelle d'accès à distance
        Paramètre de serveur ou de bureau à distance limitant les sessions
        Rapport des sessions ouvertes par compte

# ML3 = défini une fois pour l'organisation, avec preuve d'application ; pas « tous les sites » (revue 2026-12)
user-1-18 =
    .title = Verrouillage d'écran
    .question = Vos stations d'ingénierie, serveurs et autres PC de l'usine se verrouillent-ils après une période d'inactivité, et comment avez-vous traité les IHM opérateur qui doivent rester visibles en permanence ?
    .guidance =
        ML1: le verrouillage d'écran est actif là où s'applique un réglage par défaut de l'IT ; les machines OT varient.
        ML2: les délais sont réglés et écrits pour chaque type de poste ; les IHM opérateur ont une exception justifiée.
        ML3: les réglages sont définis pour toute l'organisation et imposés par stratégie ; des contrôles montrent qu'ils sont en place.
        ML4: les exceptions sont revues et leurs mesures compensatoires (local fermé, mode consultation seule) vérifiées.
        Points faibles : stations d'ingénierie laissées connectées avec droits d'administrateur ; utilisateurs qui désactivent le verrouillage.
    .evidence =
        Stratégie ou réglage local du verrouillage d'écran
        Postes opérateurs exemptés avec leurs mesures compensatoires
        Constat de postes laissés sans surveillance lors d'une tournée

user-1-19 =
    .title = Authentification des composants
    .question = Comment vous assurez-vous que seuls des équipements connus peuvent rejoindre votre réseau de contrôle-commande et dialoguer avec vos automates, pour que le portable d'un inconnu ou un automate substitué soit refusé ou au moins remarqué ?
    .guidance =
        Cherchez des contrôles d'identité des équipements : sécurité de port des commutateurs, 802.1X, certificats d'équipements, listes d'autorisation dans les pare-feu ou automates.
        ML1: tout équipement branché obtient l'accès.
        ML2: pour ce système l'authentification des équipements, ou au moins des listes d'autorisation MAC ou IP, est en place et documentée.
        ML3: l'authentification des équipements est une règle de conception standard ; les nouveaux équipements sont enrôlés selon un processus défini.
        ML4: les alertes d'équipement inconnu sont suivies et la méthode renforcée, p. ex. des listes MAC vers les certificats.
        Points faibles : ports de commutateur ouverts dans les armoires, prises réseau libres en salle de contrôle.
    .evidence =
        Configuration de sécurité de port ou 802.1X des commutateurs
        Alerte de la supervision réseau concernant un équipement inconnu
        Procédure d'enrôlement d'un nouvel équipement

## USER 2 Autorisation et contrôle d'accès

# ML3 = défini une fois pour l'organisation, avec preuve d'application ; pas « tous les sites » (revue 2026-12)
user-2-1 =
    .title = Autorisation
    .question = Une fois une personne connectée, le système l'empêche-t-il lui-même d'agir au-delà de ses droits, par exemple un opérateur qui modifie un programme d'automate ou un fournisseur qui atteint des systèmes hors de son projet ?
    .guidance =
        Regardez comment les droits sont appliqués dans l'IHM, l'outil d'ingénierie, le domaine et les pare-feu, pas seulement dans la matrice des rôles.
        ML1: l'application dépend du produit ; beaucoup d'actions sont ouvertes à toute personne connectée.
        ML2: pour ce système les autorisations sont configurées par rôle et testées ; les manques sont listés.
        ML3: une approche d'application unique est définie pour l'organisation ; les traces des revues et des tests montrent qu'elle est appliquée.
        ML4: les actions refusées sont journalisées et analysées ; les réglages sont ajustés.
        Points faibles : logiciels d'ingénierie sans modèle de droits, automates qui acceptent les écritures de n'importe quel nœud.
    .evidence =
        Configuration de sécurité de l'IHM montrant les permissions par rôle
        Trace de test d'une action refusée pour un utilisateur à faibles privilèges
        Règles de pare-feu limitant un fournisseur à ses propres systèmes

user-2-2 =
    .title = Séparation des tâches
    .question = Les tâches critiques sont-elles réparties pour qu'aucune personne ne puisse les faire seule et sans être vue, par exemple la personne qui modifie un programme de contrôle-commande ou du SIS n'est pas celle qui l'approuve, et les administrateurs ne peuvent pas effacer leurs propres traces ?
    .guidance =
        ML1: de petites équipes font tout ; la séparation n'est pas envisagée.
        ML2: les tâches incompatibles sont identifiées pour ce système et confiées à des personnes différentes, ou couvertes par une revue.
        ML3: la séparation des tâches est une règle de toute l'organisation, intégrée aux rôles et procédures, avec des traces.
        ML4: les conflits sont vérifiés régulièrement et la conception des rôles améliorée.
        Points faibles : un seul administrateur OT avec tous les droits partout ; pas de deuxième personne pour les interventions hors heures ouvrées.
    .evidence =
        Tâches incompatibles et façon dont elles sont séparées
        Fiches de modification avec demandeur, réalisateur et approbateur différents
        Attribution des rôles des comptes administrateurs

# ML3 = défini une fois pour l'organisation, avec preuve d'application ; pas « tous les sites » (revue 2026-12)
user-2-3 =
    .title = Approbations multiples
    .question = Quelles actions critiques sur votre site exigent l'approbation d'une deuxième personne avant de prendre effet, par exemple l'inhibition d'une fonction instrumentée de sécurité, le téléchargement dans un automate ou l'ouverture d'un accès à distance fournisseur ?
    .guidance =
        ML1: les approbations sont informelles, souvent orales et non enregistrées.
        ML2: les actions nécessitant deux approbations sont listées pour ce système et imposées par procédure ou techniquement.
        ML3: la liste et la pratique sont définies pour l'organisation ; permis et traces d'approbation montrent qu'elles sont utilisées.
        ML4: les traces d'approbation sont auditées et la liste mise à jour après incidents et modifications.
        Points faibles : approbations de nuit par téléphone sans trace ; une même personne qui tient les deux rôles d'approbateur.
    .evidence =
        Liste des actions nécessitant deux approbations
        Permis d'inhibition d'une fonction instrumentée de sécurité, à deux signatures
        Journal d'approbation des sessions d'accès à distance

# ML3 = défini une fois pour l'organisation, avec preuve d'application ; pas « tous les sites » (revue 2026-12)
user-2-4 =
    .title = Élévation manuelle de privilèges
    .question = Quand un ingénieur ou un administrateur a besoin de droits plus élevés, par exemple pour installer un logiciel ou modifier une règle de pare-feu, les prend-il délibérément pour cette seule tâche, plutôt que de travailler en permanence avec ?
    .guidance =
        Cherchez des comptes à privilèges séparés, des outils « exécuter en tant que » ou de gestion des accès à privilèges, avec durée limitée et journalisation.
        ML1: les utilisateurs travaillent en permanence avec des droits élevés.
        ML2: pour ce système l'élévation est une étape délibérée avec un compte ou un outil séparé, et elle est journalisée.
        ML3: l'approche d'élévation est définie pour l'organisation ; les journaux d'élévation sont revus et les revues sont enregistrées.
        ML4: l'élévation est limitée dans le temps et mesurée ; une élévation inhabituelle déclenche une alerte et le processus s'améliore.
        Points faibles : UAC désactivé sur les stations d'ingénierie, sessions administrateur ouvertes pendant tout un poste.
    .evidence =
        Configuration de l'outil de gestion des accès à privilèges ou journal d'élévation
        Nommage et règles des comptes d'administration séparés
        Trace de revue des journaux d'élévation

## EVENT 1 Gestion des événements et des incidents

event-1-1 =
    .title = Détection des événements
    .question = Comment remarqueriez-vous un événement de sécurité dans vos systèmes de contrôle-commande, comme un logiciel malveillant sur une IHM, un équipement inconnu, une nouvelle connexion vers un automate ou une rafale d'échecs de connexion ? Quels outils ou personnes les surveillent ?
    .guidance =
        ML1: les événements sont remarqués par hasard, surtout quand quelque chose cesse de fonctionner.
        ML2: pour ce système les événements à détecter sont définis et des sources (journaux, antivirus, supervision réseau) sont configurées pour les capter.
        ML3: la détection suit une approche commune à l'organisation, p. ex. une supervision OT qui alimente un SOC, avec des traces des détections.
        ML4: la couverture de détection est mesurée par rapport aux menaces probables et ajustée après exercices et incidents.
        Points faibles : alertes envoyées dans une boîte aux lettres que personne ne lit ; aucune visibilité sur le trafic au niveau des automates.
    .evidence =
        Types d'événements surveillés et leurs sources
        Alerte récente de la supervision réseau OT ou de l'antivirus
        Cartographie des zones surveillées

event-1-2 =
    .title = Signalement des événements
    .question = Si un opérateur, un ingénieur ou un sous-traitant voit quelque chose de suspect, comme une clé USB inconnue, un comportement étrange d'une IHM ou un e-mail bizarre, sait-il à qui le signaler et comment, à toute heure ?
    .guidance =
        ML1: les gens le diraient à quelqu'un, mais il n'y a pas de circuit défini.
        ML2: un circuit de signalement et un contact sont écrits et connus sur ce site, équipes de nuit et sous-traitants compris.
        ML3: un processus de signalement unique dans l'organisation ; les signalements sont consignés et le registre montre qu'il est utilisé.
        ML4: le signalement est encouragé et mesuré (nombre et rapidité des signalements) et le processus amélioré.
        Points faibles : sous-traitants jamais informés ; opérateurs qui craignent d'être blâmés ; signalements restés sans retour.
        Demander aussi : demandez à un opérateur en poste comment il le signalerait.
    .evidence =
        Consigne de signalement affichée en salle de contrôle
        Registre des signalements de sécurité reçus
        Support d'accueil des sous-traitants indiquant le contact

# ML3 = défini une fois pour l'organisation, avec preuve d'application ; pas « tous les sites » (revue 2026-12)
event-1-3 =
    .title = Interfaces de signalement des événements
    .question = Comment les événements de sécurité de vos systèmes de contrôle-commande parviennent-ils aux personnes ou outils qui les analysent, par exemple syslog des pare-feu et commutateurs, événements Windows vers un collecteur, ou alertes transmises à l'IT ou à un SOC ?
    .guidance =
        Cherchez des interfaces et formats définis, et une vérification que les données arrivent vraiment.
        ML1: les événements restent sur chaque équipement ; personne ne les collecte.
        ML2: pour ce système les principales sources transmettent leurs événements à un collecteur par une interface documentée.
        ML3: une interface standard est définie pour l'organisation, y compris la transmission à un SOC ou un CSIRT dans des formats convenus ; les événements qui y arrivent montrent qu'elle est utilisée.
        ML4: la transmission est surveillée pour repérer les sources muettes, et les interfaces sont améliorées.
        Points faibles : ouvertures du pare-feu vers l'IT plus larges que nécessaire pour les journaux ; sources qui n'envoient plus rien depuis des mois.
    .evidence =
        Schéma des flux d'événements des sources OT vers le collecteur
        Liste des sources du SIEM ou du syslog avec l'heure de dernière réception
        Convention d'interface avec le SOC ou l'équipe sécurité IT

# ML3 = défini une fois pour l'organisation, avec preuve d'application ; pas « tous les sites » (revue 2026-12)
event-1-4 =
    .title = Journalisation
    .question = Lesquels de vos composants de contrôle-commande enregistrent les événements utiles à la sécurité, comme les connexions, modifications de configuration, téléchargements de programmes et blocages du pare-feu ? La journalisation est-elle activée et conservée assez longtemps ?
    .guidance =
        ML1: la journalisation est aux réglages d'usine, souvent désactivée ou écrasée en quelques heures.
        ML2: pour ce système un standard de journalisation dit ce que chaque type de composant journalise et pendant combien de temps.
        ML3: le standard de journalisation est commun à l'organisation ; des contrôles montrent que la journalisation est active et conservée.
        ML4: la couverture et la durée de conservation sont revues après les enquêtes et ajustées.
        Points faibles : automates et commutateurs avec de minuscules tampons internes, journaux perdus au redémarrage, horloges non synchronisées.
    .evidence =
        Standard de journalisation des composants OT
        Paramètres de stratégie d'audit d'un serveur Windows de l'usine
        Paramètres de conservation du collecteur de journaux

# ML3 = défini une fois pour l'organisation, avec preuve d'application ; pas « tous les sites » (revue 2026-12)
event-1-5 =
    .title = Entrées de journal
    .question = Quand vous ouvrez un journal de sécurité de votre système de contrôle-commande, chaque entrée vous dit-elle ce qui s'est passé, quand, sur quel système, par quel compte ou quelle source, et si l'action a réussi ?
    .guidance =
        Regardez de vraies entrées de plusieurs systèmes et jugez si elles tiendraient lors d'une enquête.
        ML1: les entrées sont telles que le produit les écrit ; certaines n'ont ni heure, ni utilisateur, ni source.
        ML2: le contenu requis est défini pour ce système et les journaux configurés le fournissent.
        ML3: un ensemble unique de règles de contenu est défini pour l'organisation ; les revues confirment des entrées complètes et des heures cohérentes.
        ML4: les manques relevés lors des enquêtes conduisent à changer les réglages ou les produits.
        Points faibles : horodatages faux ou non synchronisés ; comptes partagés qui rendent le « qui » inutile.
    .evidence =
        Exemples d'entrées d'un journal de pare-feu, d'IHM et de serveur
        Définition des champs de journal requis
        État de synchronisation horaire des sources de journaux

# ML3 = défini une fois pour l'organisation, avec preuve d'application ; pas « tous les sites » (revue 2026-12)
event-1-6 =
    .title = Accès aux journaux
    .question = Qui peut lire, modifier ou supprimer les journaux de sécurité de vos systèmes de contrôle-commande, et qu'est-ce qui empêche un intrus ou un administrateur d'effacer ses traces ?
    .guidance =
        ML1: toute personne ayant des droits d'administrateur peut effacer les journaux, et personne ne le remarquerait.
        ML2: pour ce système l'accès aux journaux est restreint et les journaux sont copiés vers un collecteur séparé.
        ML3: la protection des journaux est un standard commun à l'organisation ; les revues de l'accès au collecteur sont enregistrées.
        ML4: les journaux supprimés ou les trous déclenchent des alertes et sont analysés ; la protection est améliorée.
        Points faibles : collecteur géré par les mêmes administrateurs dont il enregistre les actions ; journaux conservés uniquement sur le serveur lui-même.
    .evidence =
        Droits d'accès sur le collecteur de journaux
        Règle d'alerte sur l'effacement des journaux d'événements
        Trace de revue des accès aux journaux

event-1-7 =
    .title = Analyse des événements
    .question = Qui examine les événements et alertes de sécurité de vos systèmes de contrôle-commande, à quelle fréquence, et comment décide-t-on s'il s'agit d'un incident qui demande une réponse ?
    .guidance =
        ML1: les événements ne sont examinés qu'après un problème.
        ML2: pour ce système une personne est chargée d'examiner les événements selon un calendrier, avec des critères d'escalade.
        ML3: l'analyse suit un processus commun à l'organisation, avec une compétence OT à disposition des analystes ; des traces le montrent.
        ML4: l'analyse est mesurée, p. ex. délai de qualification et taux de fausses alertes, et améliorée.
        Points faibles : analystes SOC incapables de lire les alertes OT ; personne pour couvrir les week-ends.
    .evidence =
        Calendrier d'examen et personnes désignées
        Traces de qualification d'alertes récentes
        Critères d'escalade des événements de sécurité OT

event-1-8 =
    .title = Traitement et réponse aux incidents
    .question = Si un logiciel malveillant ou un intrus était découvert ce soir dans votre système de contrôle-commande, existe-t-il un plan écrit sur qui décide, qui isole quoi, comment l'installation reste dans un état sûr, qui prévenir et comment reprendre ? A-t-il été répété ?
    .guidance =
        ML1: la réponse serait improvisée par les personnes présentes sur site.
        ML2: un plan écrit de réponse aux incidents OT pour ce site désigne rôles, contacts et étapes d'isolement.
        ML3: le plan suit un processus commun à l'organisation et a été exercé ; il existe des traces d'exercices et d'incidents.
        ML4: les enseignements des exercices et incidents sont suivis jusqu'à leur clôture et le plan amélioré.
        Points faibles : un plan écrit par l'IT sans l'exploitation ; listes de contacts périmées ; aucune règle sur le moment d'arrêter l'installation.
    .evidence =
        Plan de réponse aux incidents OT
        Rapport du dernier exercice et de ses actions
        Liste de contacts à jour incluant fournisseurs et autorités

event-1-9 =
    .title = Traitement des vulnérabilités
    .question = Comment apprenez-vous l'existence de nouvelles vulnérabilités dans les produits installés sur votre site, par exemple par les avis des fournisseurs et du CERT, et comment décidez-vous de ce qu'il faut faire pour chacune ?
    .guidance =
        ML1: les avis sont remarqués par hasard ; les décisions ne sont pas enregistrées.
        ML2: pour ce site les avis concernant les produits installés sont suivis, évalués, et les décisions enregistrées.
        ML3: un processus commun à l'organisation rapproche les avis de l'inventaire des actifs ; les traces montrent une action ou un risque accepté.
        ML4: le délai entre l'avis et la décision est mesuré et le processus amélioré.
        Points faibles : produits absents de l'inventaire, avis lus mais non évalués, mesures d'atténuation jamais suivies.
        Demander aussi : que se passe-t-il quand quelqu'un signale une faiblesse qu'il a trouvée dans vos systèmes ?
    .evidence =
        Abonnements aux avis des fournisseurs et du CERT
        Registre des vulnérabilités avec décisions et dates
        Avis récent suivi jusqu'à sa mesure d'atténuation

## AVAIL 1 Disponibilité du système et fonctionnement prévu

avail-1-1 =
    .title = Gestion de la continuité
    .question = Si une cyberattaque ou une panne mettait hors service vos serveurs ou votre réseau de contrôle-commande, avez-vous un plan pour garder l'installation dans un état sûr, fonctionner en mode dégradé et reprendre, avec des délais de reprise convenus avec l'exploitation ?
    .guidance =
        ML1: la reprise repose sur ce que savent quelques personnes.
        ML2: un plan de continuité et de reprise existe pour ce système, avec priorités et délais de reprise.
        ML3: les plans suivent une approche commune à l'organisation, sont liés à la continuité d'activité et ont été testés.
        ML4: les tests et événements réels alimentent les améliorations ; les délais de reprise sont mesurés par rapport aux objectifs.
        Points faibles : plans qui supposent le réseau IT disponible ; pas de procédures de conduite manuelle ; pièces de rechange absentes.
    .evidence =
        Plan de continuité ou de reprise après sinistre de l'IACS
        Trace du dernier test de reprise
        Liste des pièces de rechange critiques et de leur lieu de stockage

# ML3 = défini une fois pour l'organisation, avec preuve d'application ; pas « tous les sites » (revue 2026-12)
avail-1-2 =
    .title = Gestion de la disponibilité des ressources
    .question = Comment vous assurez-vous que vos systèmes de contrôle-commande gardent assez de puissance de calcul, de mémoire, de disque et de capacité réseau, y compris lors d'un afflux de trafic ou pendant qu'un outil de sécurité, comme une analyse antivirus, tourne ?
    .guidance =
        ML1: les problèmes sont découverts quand une IHM se fige ou que le réseau ralentit.
        ML2: pour ce système la capacité est surveillée et des limites (limitation de débit, calendrier des analyses) sont réglées et documentées.
        ML3: la capacité et la protection des ressources sont un contrôle défini du processus de projet et de modification de l'entreprise ; les dossiers de projet et de modification montrent qu'il est fait.
        ML4: les tendances sont analysées et les ressources planifiées avant qu'elles ne manquent.
        Points faibles : disques d'historian pleins, analyses antivirus en pleine production, scans réseau actifs qui plantent d'anciens automates.
    .evidence =
        Rapport ou tableau de bord de surveillance de la capacité
        Paramètres de contrôle des tempêtes de diffusion ou de limitation de débit des commutateurs
        Calendrier des analyses antivirus des machines OT

avail-1-3 =
    .title = État de défaillance
    .question = Savez-vous ce que font vos principaux équipements de cybersécurité et composants de contrôle-commande quand ils tombent en panne, par exemple si un pare-feu laisse tout passer ou bloque tout, et ce comportement a-t-il été choisi pour garder l'installation dans un état sûr ?
    .guidance =
        ML1: le comportement en défaillance est inconnu ou laissé par défaut.
        ML2: pour ce système les états de défaillance des composants clés sont documentés et convenus avec l'exploitation.
        ML3: le comportement en défaillance est un critère de conception dans tous les projets et est testé à la réception.
        ML4: les défaillances en service sont analysées et les réglages ou conceptions ajustés.
        Points faibles : équipements de cybersécurité en coupure qui coupent le réseau de contrôle-commande en cas de panne ; sorties qui retombent à la perte de communication.
    .evidence =
        Composants clés et leurs états de défaillance
        Trace d'essai de réception d'un scénario de défaillance
        Procédure d'exploitation en cas de perte du réseau de contrôle-commande

## AVAIL 2 Sauvegarde/restauration/archivage

# ML3 = défini une fois pour l'organisation, avec preuve d'application ; pas « tous les sites » (revue 2026-12)
avail-2-1 =
    .title = Sauvegarde
    .question = Que sauvegardez-vous de vos systèmes de contrôle-commande (programmes d'automates et du SIS, projets IHM, images de serveurs, configurations des commutateurs et pare-feu, données d'historian), à quelle fréquence, et qui s'assure que c'est fait ?
    .guidance =
        ML1: certains ingénieurs gardent des copies sur leur portable.
        ML2: un plan de sauvegarde pour ce système liste ce qui est sauvegardé, à quelle fréquence et où ; les sauvegardes se déroulent comme prévu.
        ML3: une approche de sauvegarde unique est définie pour l'organisation, avec des traces des exécutions réussies.
        ML4: la couverture est vérifiée par rapport à l'inventaire des actifs et les manques comblés ; les échecs de sauvegarde sont analysés.
        Points faibles : automates modifiés en ligne sans nouvelle sauvegarde ; équipements réseau oubliés ; fournisseurs détenant la seule copie.
    .evidence =
        Plan de sauvegarde avec périmètre et fréquence
        Rapport des travaux de sauvegarde du dernier mois
        Inventaire des actifs mis en regard de la couverture de sauvegarde

# ML3 = défini une fois pour l'organisation, avec preuve d'application ; pas « tous les sites » (revue 2026-12)
avail-2-2 =
    .title = Sauvegarde sans perturbation
    .question = Vos sauvegardes peuvent-elles s'exécuter sans perturber le procédé, par exemple sans charger le réseau de contrôle-commande, ralentir les IHM ou arrêter les automates, et comment l'avez-vous vérifié ?
    .guidance =
        ML1: les sauvegardes sont faites quand quelqu'un a le temps ; l'effet sur le procédé n'est pas pris en compte.
        ML2: pour ce système le moment et la méthode des sauvegardes sont choisis et documentés pour ne pas perturber l'exploitation.
        ML3: une règle d'entreprise définie exige de vérifier l'absence de perturbation chaque fois que des travaux de sauvegarde sont ajoutés ou modifiés ; les traces des modifications montrent que c'est fait.
        ML4: la charge causée par les sauvegardes est surveillée et la méthode ajustée.
        Points faibles : images complètes de serveurs en marche aux pics de production ; trafic de sauvegarde sur le réseau de contrôle-commande.
    .evidence =
        Calendrier de sauvegarde convenu avec l'exploitation
        Essai ou note du fournisseur confirmant que la sauvegarde à chaud est sans risque
        Charge réseau relevée pendant une sauvegarde

# ML3 = défini une fois pour l'organisation, avec preuve d'application ; pas « tous les sites » (revue 2026-12)
avail-2-3 =
    .title = Vérification des sauvegardes
    .question = Comment savez-vous que vos sauvegardes sont complètes et utilisables, par exemple en vérifiant des sommes de contrôle, en les comparant au programme en cours ou en les restaurant sur une machine de test ?
    .guidance =
        ML1: on suppose que les sauvegardes sont bonnes.
        ML2: pour ce système les sauvegardes sont vérifiées après leur création, et les résultats enregistrés.
        ML3: la vérification est une étape définie du processus de sauvegarde de l'entreprise, et des traces de vérification existent.
        ML4: les échecs de vérification sont analysés et le processus amélioré.
        Points faibles : sauvegardes impossibles à restaurer sans licence ou dongle ; sauvegardes qui contiennent déjà un logiciel malveillant.
    .evidence =
        Traces de vérification des sauvegardes
        Sommes de contrôle conservées avec les fichiers de sauvegarde
        Comparaison d'une sauvegarde avec le programme en cours dans l'automate

# ML3 = défini une fois pour l'organisation, avec preuve d'application ; pas « tous les sites » (revue 2026-12)
avail-2-4 =
    .title = Supports de sauvegarde
    .question = Où sont conservées vos sauvegardes, et sont-elles protégées contre le vol, l'incendie, les rançongiciels et l'altération, par exemple avec une copie hors ligne ou hors site dans un local fermé ?
    .guidance =
        ML1: les sauvegardes sont sur un partage réseau ou un portable accessible depuis le réseau qu'elles protègent.
        ML2: pour ce système les sauvegardes sont stockées avec contrôle d'accès, une copie hors ligne ou hors site, supports étiquetés.
        ML3: des règles de stockage sont définies pour l'organisation ; la manipulation des supports est consignée et montre qu'elles sont suivies.
        ML4: l'âge et la lisibilité des supports sont vérifiés et les règles améliorées.
        Points faibles : unique sauvegarde sur un serveur du même domaine que le système ; anciens supports que personne ne sait plus lire.
    .evidence =
        Lieux de stockage des sauvegardes et personnes y ayant accès
        Trace de la copie hors ligne ou hors site
        Registre des supports avec âges et étiquettes

# ML3 = défini une fois pour l'organisation, avec preuve d'application ; pas « tous les sites » (revue 2026-12)
avail-2-5 =
    .title = Restauration des sauvegardes
    .question = Avez-vous réellement restauré récemment un automate, une IHM ou un serveur à partir d'une sauvegarde, et existe-t-il une procédure écrite qui explique à une personne de quart comment le faire et combien de temps cela prend ?
    .guidance =
        ML1: une restauration serait faite de mémoire par un seul expert.
        ML2: des procédures de restauration existent pour ce système et une restauration a été testée.
        ML3: une règle d'entreprise fixe un calendrier de tests de restauration ; résultats et durées des tests sont enregistrés.
        ML4: les durées de restauration sont comparées aux objectifs de reprise et les procédures améliorées.
        Points faibles : restaurations qui exigent des licences fournisseur, d'anciennes versions logicielles ou du matériel introuvable.
    .evidence =
        Procédure de restauration d'un automate ou d'un serveur
        Trace du dernier test de restauration avec sa durée
        Logiciels et licences nécessaires à une restauration
