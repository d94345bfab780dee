### IEC 62443-4-1:2018 cycle de vie du développement sécurisé des produits : textes français pour iacs-assess.
### Rédigés spécialement pour cet outil ; ce n'est pas le texte de la norme. Identifiants et titres courts sont des faits.
### Une seule réponse pour le processus de développement du fournisseur de produits, pas par produit ni par zone.
### La personne interrogée représente le fournisseur de produits : responsable du développement, responsable de la sécurité
### des produits, responsable du PSIRT, responsable qualité. Les questions parlent de « votre processus de développement »,
### « vos produits » et « votre équipe ».
### Termes (revue 2026-12), vérifiés par tests/terms.rs : « sécurité » et « cybersécurité » = security ; fournisseur de produits ;
### composant ; niveau de sécurité de capacité (SL-C) ; cycle de développement sécurisé (SDL) ; mise à jour de sécurité
### (le correctif du fournisseur) ; jamais « fonction de sécurité », « système de sécurité » ni « sûreté » seuls ;
### commutateur (pas switch), propriétaire d'actifs (pas exploitant), liste d'autorisation.

questionnaire =
    .title = IEC 62443-4-1 cycle de vie du développement sécurisé des produits
    .description = L'IEC 62443-4-1 examine comment un fournisseur de produits développe et maintient les produits qu'il vend pour les systèmes d'automatisation : comment la sécurité est pilotée, spécifiée, conçue, programmée et testée, comment les vulnérabilités signalées sont traitées, comment les mises à jour de sécurité sont livrées et ce que la documentation utilisateur dit de l'usage sécurisé. On y répond une seule fois pour le processus de développement du fournisseur, pas pour chaque produit. Chaque exigence reçoit un niveau de maturité, de ML1 (réalisé, mais au cas par cas) à ML4 (mesuré et amélioré), ou est marquée non mise en œuvre ou non applicable ; les résultats sont présentés par pratique.

## Pratiques

sm =
    .title = Pratique 1 : gestion de la sécurité
    .description = Le cadre de tout le reste : un cycle de développement sécurisé (SDL) écrit et réellement suivi, des rôles nommés, des personnes formées, un environnement de compilation et des clés de signature protégés, la maîtrise du code tiers, et avant chaque livraison la vérification que le SDL a été suivi.

sr =
    .title = Pratique 2 : spécification des exigences de sécurité
    .description = Savoir où un produit sera utilisé et ce qui le menace, et en tirer par écrit les exigences de sécurité qu'il doit satisfaire, y compris le niveau de sécurité de capacité visé, avant que la conception ne commence.

sd =
    .title = Pratique 3 : sécurité dès la conception
    .description = Une conception du produit où chaque interface et chaque frontière de confiance est connue, où la protection tient en plusieurs couches, où les règles de conception éprouvées sont suivies et où des revues de conception sécurité trouvent les problèmes tôt.

si =
    .title = Pratique 4 : mise en œuvre sécurisée
    .description = Du code écrit selon des règles de programmation sécurisée et vérifié pour les problèmes de sécurité, par des personnes et par des outils, avant d'entrer dans une version livrée.

svv =
    .title = Pratique 5 : tests de vérification et de validation de la sécurité
    .description = Tester que les fonctions de cybersécurité fonctionnent, que chaque mesure contre une menace fait son travail, que les attaques connues et les entrées malformées ne cassent pas le produit, et qu'une partie des tests est faite par d'autres personnes que ses développeurs.

dm =
    .title = Pratique 6 : gestion des problèmes de sécurité
    .description = Comment les vulnérabilités signalées de l'extérieur ou trouvées en interne sont reçues, vérifiées, évaluées, corrigées ou traitées autrement, et communiquées aux utilisateurs du produit, et comment ce traitement est revu.

sum =
    .title = Pratique 7 : gestion des mises à jour de sécurité
    .description = Des mises à jour de sécurité testées avant leur diffusion, expliquées à l'utilisateur, livrées de façon que leur origine puisse être vérifiée et publiées dans des délais auxquels le fournisseur s'est engagé, avec des indications sur les mises à jour du système d'exploitation et des composants tiers.

sg =
    .title = Pratique 8 : guides de sécurité
    .description = La documentation utilisateur sur l'usage sécurisé : les couches de défense du produit, ce que l'installation autour doit fournir, le durcissement, l'exploitation sécurisée, la gestion des comptes et la mise au rebut sécurisée, et une revue qui maintient ces documents justes.

## Pratique 1 : gestion de la sécurité

sm-1 =
    .title = Processus de développement documenté et appliqué
    .question = Votre cycle de développement sécurisé est-il écrit, des exigences à la conception, la programmation, les tests et la livraison jusqu'à la maintenance et la fin du support, et pouvez-vous montrer que votre équipe le suit réellement ?
    .guidance =
        À examiner : le document SDL, sa version et son responsable, et comment un projet prouve que chaque étape a été faite.
        ML1: les développeurs expérimentés font le travail de sécurité par habitude ; rien d'écrit ne dit quoi ni quand.
        ML3: un seul SDL pour toutes les équipes de développement, avec des enregistrements sur plusieurs versions montrant que chaque phase a été faite.
        Points faibles : un SDL qui s'arrête à la livraison, ou qui ne couvre que le code nouveau et pas les branches de maintenance.
        Demander aussi : comment le SDL est-il imposé, par exemple par des jalons du plan de projet ou la liste de contrôle de livraison ?
    .evidence =
        Le SDL documenté, avec version et responsable
        Plan de projet ou liste de contrôle de livraison calqués sur les phases du SDL
        Règles de gestion de configuration du code source et des compilations

sm-2 =
    .title = Rôles responsables de chaque processus nommés
    .question = Pour chaque activité de votre processus de développement, est-il écrit quel rôle en est responsable, et les personnes qui tiennent ces rôles le savent-elles ?
    .guidance =
        À examiner : une liste des rôles ou une matrice RACI du SDL, et des personnes nommées pour la sécurité des produits, le PSIRT et l'autorisation de livraison.
        ML1: tout le monde sait qui « fait la sécurité », mais c'est une seule personne et rien n'est écrit.
        ML3: les mêmes rôles existent dans toutes les gammes de produits, avec des suppléants, et les dossiers de projet les nomment.
        Points faibles : des rôles tenus par quelqu'un qui est parti ; pas de suppléant pour le responsable de la sécurité des produits.
        Demander aussi : qui peut arrêter une livraison pour une raison de sécurité ?
    .evidence =
        Description des rôles ou matrice RACI du SDL
        Organigramme avec le responsable de la sécurité des produits et le PSIRT
        Dossiers de projet nommant le titulaire de chaque rôle

sm-3 =
    .title = Produits couverts par le SDL identifiés
    .question = Existe-t-il une liste des produits, versions et gammes développés selon votre processus de développement sécurisé, et de ceux qui ne le sont pas ?
    .guidance =
        À examiner : le périmètre indiqué dans le SDL et la liste de produits à laquelle il renvoie.
        ML1: le SDL est censé s'appliquer « à tout ce qui est nouveau » ; les anciens produits ne sont pas mentionnés.
        ML3: une liste tenue à jour couvre chaque famille de produits, avec la raison de chaque produit exclu.
        Points faibles : produits issus de rachats, variantes spécifiques à un client, micrologiciel des accessoires.
    .evidence =
        Section du SDL sur le périmètre
        Liste des produits marqués dans ou hors périmètre, avec les raisons

sm-4 =
    .title = Formation à la sécurité et compétence démontrée
    .question = Toutes les personnes de votre équipe qui travaillent sur les exigences, la conception, le code, les tests ou au PSIRT reçoivent-elles une formation à la sécurité adaptée à leur rôle, et vérifiez-vous qu'elles ont les connaissances nécessaires ?
    .guidance =
        À examiner : le plan de formation par rôle, les enregistrements de formation et la façon dont la compétence est évaluée (test, certificat, revue du travail).
        ML1: une sensibilisation générale annuelle ; les connaissances propres au rôle dépendent de l'autoformation.
        ML3: un cursus défini par rôle (par exemple programmation sécurisée, modélisation des menaces, tests de sécurité) avec des enregistrements pour chaque membre de l'équipe.
        Points faibles : sous-traitants et équipes délocalisées, nouveaux arrivants qui programment avant d'être formés, formateurs aux connaissances dépassées.
        Demander aussi : comment voyez-vous qu'une formation n'a pas porté, par exemple dans les constats de revue ?
    .evidence =
        Plan de formation par rôle du SDL
        Enregistrements de formation et d'évaluation des développeurs et testeurs
        Matrice de compétences de l'équipe sécurité des produits

sm-5 =
    .title = Périmètre de chaque projet fondé sur une analyse
    .question = Au début de chaque projet de développement, décidez-vous quelles activités du SDL s'y appliquent, et cette décision repose-t-elle sur une analyse de sécurité écrite ?
    .guidance =
        À examiner : l'adaptation (tailoring) d'un projet récent et son lien avec une analyse de risque de sécurité.
        ML1: les petites modifications sautent des étapes du SDL sans que personne l'ait décidé de façon traçable.
        ML3: chaque projet, grand ou petit, a un enregistrement d'adaptation approuvé par le rôle sécurité des produits.
        Points faibles : correctifs « mineurs » et développements spécifiques qui modifient du code important pour la sécurité.
    .evidence =
        Enregistrement d'adaptation du SDL d'un projet récent
        L'analyse de sécurité à laquelle il renvoie

sm-6 =
    .title = Contrôle d'intégrité des fichiers livrés
    .question = Vos clients peuvent-ils vérifier que les logiciels, micrologiciels et fichiers qu'ils reçoivent de vous sont exactement ceux que vous avez publiés, par exemple grâce à une signature numérique ou à des empreintes publiées ?
    .guidance =
        À examiner : comment les versions sont signées ou hachées, et comment un client les vérifie (un outil, l'appareil lui-même, une empreinte publiée).
        ML1: des empreintes existent pour certains téléchargements, mais personne ne vérifie qu'elles sont publiées ou justes.
        ML3: chaque fichier livré, y compris la documentation et les fichiers de configuration, est signé ou haché de la même façon dans toutes les gammes.
        Points faibles : fichiers envoyés par courriel par le support, outils de configuration et bibliothèques livrés à côté du micrologiciel principal.
        Demander aussi : l'appareil refuse-t-il un micrologiciel non signé, ou la vérification est-elle laissée à l'utilisateur ?
    .evidence =
        Procédure de publication avec signature ou empreinte
        Page de téléchargement ou notes de version avec empreintes ou signatures
        Instructions pour vérifier un fichier

sm-7 =
    .title = Environnement de développement et de compilation protégé
    .question = Comment protégez-vous les systèmes où vos produits sont développés, compilés et stockés, comme les dépôts de code source, les serveurs de compilation et les laboratoires de test, contre la falsification et les accès non autorisés ?
    .guidance =
        À examiner : le contrôle d'accès aux dépôts et aux serveurs de compilation, la séparation du réseau bureautique, la journalisation, la sauvegarde, et qui peut modifier la chaîne de compilation.
        ML1: le serveur de compilation est sur le réseau bureautique, avec des comptes administrateur partagés.
        ML3: un seul ensemble de règles pour tous les environnements de développement, avec des revues d'accès et des journaux réellement examinés.
        Points faibles : portables de développeurs avec des identifiants de production, jetons de services d'intégration continue en nuage, bancs de test aux mots de passe par défaut.
        Demander aussi : une seule personne pourrait-elle modifier le code source et publier une version sans que personne d'autre ne le voie ?
    .evidence =
        Règles de sécurité de l'environnement de développement et de compilation
        Liste des accès et dernière revue des accès aux dépôts de code source
        Schéma réseau de l'environnement de compilation et de test

sm-8 =
    .title = Clés privées de signature de code protégées
    .question = Où sont conservées les clés privées servant à signer vos logiciels et micrologiciels, qui peut les utiliser, et comment chaque utilisation est-elle contrôlée ?
    .guidance =
        À examiner : le stockage des clés de signature (module matériel de sécurité, carte à puce, service protégé), les droits d'accès et la trace de chaque signature.
        ML1: le fichier de clé est sur le serveur de compilation, lisible par le compte de compilation et ses administrateurs.
        ML3: les clés de tous les produits dans un module matériel de sécurité (HSM) ; signer exige l'accord de deux personnes et chaque utilisation est journalisée.
        Points faibles : copies de la clé dans des sauvegardes ou sur des portables, aucun plan en cas de vol de clé, clés de test aussi acceptées par les produits sur le terrain.
        Demander aussi : que feriez-vous, et en combien de temps, si une clé de signature était compromise ?
    .evidence =
        Procédure de gestion des clés
        Configuration du HSM ou liste des accès aux clés de signature
        Journal des signatures des dernières versions

sm-9 =
    .title = Risques des composants fournis par des tiers maîtrisés
    .question = Pour les parties tierces et open source de vos produits (bibliothèques, systèmes d'exploitation, piles de protocoles), savez-vous lesquelles sont utilisées, et gérez-vous leurs risques de sécurité, y compris les nouvelles vulnérabilités qui les touchent ?
    .guidance =
        À examiner : une nomenclature logicielle (SBOM) par produit, les règles de choix des composants tiers et la façon dont leurs vulnérabilités sont surveillées.
        ML1: les développeurs ajoutent des bibliothèques selon leurs besoins ; la liste n'est refaite que quand un client la demande.
        ML3: une SBOM pour chaque version, produite par un outil, et un rapprochement défini des nouvelles vulnérabilités avec elle.
        Points faibles : code copié dans l'arborescence source, composants cachés dans des binaires tiers, bibliothèques qui ne sont plus maintenues.
    .evidence =
        SBOM d'une version actuelle d'un produit
        Règles de choix et d'approbation des composants tiers
        Rapports de veille des vulnérabilités des composants tiers

sm-10 =
    .title = Les composants développés par des tiers suivent le SDL
    .question = Quand une autre entreprise développe pour vous une partie de votre produit, exigez-vous et vérifiez-vous qu'elle le fait selon votre processus de développement sécurisé ou un processus équivalent ?
    .guidance =
        À examiner : les contrats avec les sous-traitants de développement, leurs preuves de SDL et la façon dont vous les vérifiez.
        ML1: on fait confiance au sous-traitant pour travailler de façon sécurisée ; rien n'est demandé.
        ML3: une clause contractuelle type et un contrôle de réception défini s'appliquent à chaque développement sous-traité.
        Points faibles : fournisseurs de matériel qui livrent aussi le micrologiciel, développeurs indépendants, code venant d'entreprises partenaires.
    .evidence =
        Clauses contractuelles de développement sécurisé pour les sous-traitants
        Preuves de SDL reçues d'un sous-traitant
        Procès-verbal de réception du code livré

sm-11 =
    .title = Pas de livraison avec des problèmes de sécurité ouverts
    .question = Avant une livraison, tous les problèmes de sécurité trouvés pendant le développement sont-ils traités, et tout problème encore ouvert est-il accepté par une personne nommée, avec une raison écrite ?
    .guidance =
        À examiner : l'outil de suivi des anomalies filtré sur les problèmes de sécurité au moment de la livraison, et l'acceptation de ceux qui restent ouverts.
        ML1: les anomalies de sécurité ouvertes sont discutées de façon informelle quand la date de livraison approche.
        ML3: une étape de validation de livraison, dans chaque gamme, liste les problèmes de sécurité ouverts ; chacun a une acceptation du risque et un plan.
        Points faibles : problèmes suivis hors de l'outil principal, constats de tests externes jamais devenus des tickets.
    .evidence =
        Enregistrement de l'étape de validation de livraison avec la liste des problèmes de sécurité ouverts
        Acceptation du risque pour un problème laissé ouvert

sm-12 =
    .title = Étapes du SDL vérifiées avant la livraison
    .question = Avant la livraison d'une version d'un produit, quelqu'un vérifie-t-il que chaque activité du SDL prévue pour elle a bien été réalisée et enregistrée ?
    .guidance =
        À examiner : la liste de contrôle de livraison ou l'audit de réalisation du SDL, et qui la signe.
        ML1: le chef d'équipe affirme que le SDL a été suivi ; aucun enregistrement n'est vérifié.
        ML3: une vérification documentée avec un lien vers la preuve de chaque activité du SDL, faite pour chaque version par quelqu'un d'extérieur à l'équipe de développement.
        Points faibles : versions correctives urgentes qui contournent la vérification, enregistrements créés après la livraison.
    .evidence =
        Liste de contrôle SDL remplie et signée d'une version récente
        Rapport d'audit interne sur le respect du SDL

sm-13 =
    .title = SDL amélioré en continu
    .question = Revoyez-vous régulièrement votre processus de développement sécurisé et le modifiez-vous selon ce que vous apprenez, par exemple des vulnérabilités trouvées sur le terrain, des audits et des résultats de tests ?
    .guidance =
        À examiner : les comptes rendus des revues du SDL, l'historique des modifications du document SDL et les indicateurs utilisés.
        ML1: le SDL change quand un incident l'impose.
        ML3: une revue planifiée qui prend en entrée les résultats des audits et des dossiers du PSIRT, avec des modifications enregistrées.
        ML4: des indicateurs comme le nombre de vulnérabilités trouvées après livraison sont suivis dans le temps et orientent les modifications.
        Demander aussi : quelle a été la dernière modification du SDL, et qu'est-ce qui l'a déclenchée ?
    .evidence =
        Compte rendu de la dernière revue du SDL
        Historique des modifications du document SDL
        Indicateurs servant à juger le SDL

## Pratique 2 : spécification des exigences de sécurité

sr-1 =
    .title = Contexte de sécurité prévu documenté
    .question = Pour chaque produit, avez-vous écrit l'environnement dans lequel vous prévoyez qu'il soit utilisé, comme les zones réseau, l'accès physique et qui l'exploite, et les hypothèses de sécurité qui en découlent ?
    .guidance =
        À examiner : la description du contexte de sécurité du produit ou de son environnement d'utilisation, et sa cohérence avec la documentation utilisateur.
        ML1: le contexte existe dans la tête des architectes.
        ML3: chaque produit a un document de contexte de sécurité fait à partir d'un modèle commun, mis à jour quand les cas d'usage changent.
        Points faibles : produits vendus dans des contextes jamais prévus, comme un accès direct à Internet.
    .evidence =
        Document de contexte de sécurité du produit
        Liste des hypothèses citée par le modèle de menaces

sr-2 =
    .title = Modèle de menaces par produit
    .question = Chaque produit a-t-il un modèle de menaces qui montre ses flux de données, ses frontières de confiance et ses points d'entrée, les menaces qui les visent et la parade à chacune, et est-il tenu à jour quand le produit change ?
    .guidance =
        À examiner : le modèle de menaces d'un produit actuel, sa date et sa version, et le lien entre menaces, exigences et tests.
        ML1: un modèle de menaces a été fait une fois pour un produit phare et jamais mis à jour.
        ML3: un modèle de menaces par produit, avec une même méthode et un même outil, revu à chaque changement important, menaces ouvertes suivies.
        Points faibles : interfaces d'ingénierie et de maintenance, mécanismes de mise à jour, interfaces ajoutées tard dans le projet.
        Demander aussi : quand un modèle de menaces a-t-il été modifié pour la dernière fois à cause d'une nouvelle fonction ?
    .evidence =
        Modèle de menaces d'un produit actuel, avec diagramme de flux de données
        Liste des menaces avec leurs parades et leur état

sr-3 =
    .title = Exigences de sécurité du produit documentées
    .question = Les exigences de sécurité de chaque produit sont-elles écrites, afin que concepteurs et testeurs travaillent à partir de la même liste ?
    .guidance =
        À examiner : les exigences de sécurité dans l'outil de gestion des exigences et leur traçabilité vers la conception et les tests.
        ML1: les exigences de sécurité sont éparpillées dans des tickets et des courriels.
        ML3: chaque produit a un ensemble d'exigences de sécurité dans l'outil commun, tracé jusqu'aux tests.
        Points faibles : exigences pour l'outil d'ingénierie ou le serveur de mises à jour, pas seulement pour l'appareil.
    .evidence =
        Spécification des exigences de sécurité d'un produit
        Traçabilité des exigences vers les tests

# SR-4 : le contenu suit le titre court de la liste de référence (périmètre et SL-C visé), vérifié seulement
# avec des sources secondaires, pas avec le texte de la norme.
sr-4 =
    .title = Les exigences indiquent le périmètre et le SL-C visé
    .question = Les exigences de sécurité de chaque produit disent-elles quelles interfaces et fonctions elles couvrent et quel niveau de sécurité de capacité (SL-C) le produit vise, par exigence fondamentale, comme dans la 62443-4-2 ou la 3-3 ?
    .guidance =
        À examiner : le SL-C visé indiqué pour un produit et la correspondance entre ses exigences et celles de la 62443-4-2 ou de la 3-3 pour ce niveau.
        ML1: le marketing annonce un niveau de sécurité ; aucune correspondance avec des exigences n'existe.
        ML3: les exigences de chaque produit portent un vecteur SL-C visé et une correspondance avec les exigences de la 4-2 ou de la 3-3, conservés avec le produit.
        Points faibles : un SL-C revendiqué pour tout le produit alors qu'une interface ne l'atteint pas.
    .evidence =
        Exigences du produit avec le SL-C visé par exigence fondamentale
        Correspondance entre les exigences du produit et celles de la 62443-4-2 ou de la 3-3

sr-5 =
    .title = Exigences de sécurité revues
    .question = Les exigences de sécurité d'un produit sont-elles revues et approuvées par les personnes qui devront le construire, le tester et le prendre en charge, comme les architectes, les développeurs, les testeurs, la gestion de produit et le responsable de la sécurité des produits ?
    .guidance =
        À examiner : les enregistrements de revue des exigences de sécurité et qui y a participé.
        ML1: les exigences sont écrites par une seule personne et partent directement au développement.
        ML3: une revue définie avec des participants fixes pour chaque produit, constats suivis jusqu'à leur clôture.
        Points faibles : exigences modifiées après la revue sans nouvelle revue.
    .evidence =
        Compte rendu de revue ou approbation des exigences de sécurité
        Liste des constats de la revue des exigences

## Pratique 3 : sécurité dès la conception

sd-1 =
    .title = Principes de conception sécurisée appliqués aux interfaces
    .question = La conception de vos produits identifie-t-elle chaque interface externe et chaque frontière de confiance, et dit-elle pour chacune comment elle est protégée ?
    .guidance =
        À examiner : le document d'architecture, sa liste d'interfaces (réseau, série, USB, web, ingénierie, mise à jour) et les mesures de sécurité de chacune.
        ML1: la conception montre les protocoles principaux ; les interfaces de maintenance et de débogage manquent.
        ML3: chaque conception de produit liste toutes les interfaces avec leur protection, sous une même forme, vérifiée en revue de conception.
        Points faibles : ports de débogage (JTAG, console série), protocoles de maintenance non documentés, connecteurs vers le nuage.
    .evidence =
        Document d'architecture ou de conception avec la liste des interfaces
        Schéma des frontières de confiance

sd-2 =
    .title = Conception en défense en profondeur
    .question = Votre produit est-il conçu pour que sa sécurité ne repose pas sur une seule mesure, mais sur plusieurs couches de protection, chacune couvrant les menaces qui passent la précédente ?
    .guidance =
        À examiner : comment la conception combine des couches comme l'authentification, l'autorisation, le démarrage sécurisé, les communications chiffrées et la journalisation, et à quelles menaces chacune répond.
        ML1: la sécurité repose sur « l'appareil est derrière un pare-feu ».
        ML3: chaque conception montre ses couches de défense et les menaces que chacune couvre, rapprochées du modèle de menaces.
        Points faibles : un seul secret partagé qui protège tout, toute la protection sur la seule périphérie du produit.
    .evidence =
        Document de conception décrivant les couches de défense
        Correspondance entre mesures de conception et menaces

sd-3 =
    .title = Revues de conception sécurité
    .question = Les conceptions de vos produits sont-elles revues sous l'angle de la sécurité, et les problèmes trouvés sont-ils suivis jusqu'à leur correction ?
    .guidance =
        À examiner : les enregistrements de revues de conception où la sécurité est un thème, les relecteurs et le suivi des constats.
        ML1: les conceptions sont revues pour leur fonction ; la sécurité est abordée si quelqu'un y pense.
        ML3: une revue de conception sécurité est une étape fixe pour chaque produit et chaque changement important, constats dans l'outil de suivi.
        Points faibles : modifications de conception pendant la réalisation qu'aucune revue ne voit.
    .evidence =
        Comptes rendus de revues de conception sécurité
        Constats de revues de conception suivis

sd-4 =
    .title = Bonnes pratiques de conception sécurisée
    .question = Votre équipe suit-elle des pratiques écrites de conception sécurisée, comme le moindre privilège, une petite surface d'attaque, des réglages par défaut sûrs et aucun compte caché, et est-ce vérifié ?
    .guidance =
        À examiner : un guide de conception qui énumère ces pratiques, et la façon dont les revues les vérifient.
        ML1: les bons concepteurs appliquent les principes ; rien n'est écrit.
        ML3: un seul guide de conception sécurisée pour toutes les équipes, enrichi par le retour d'expérience, utilisé comme liste de contrôle en revue.
        Points faibles : réglages par défaut choisis pour faciliter la mise en service (tous les services actifs, mots de passe par défaut).
    .evidence =
        Guide de conception sécurisée
        Liste de contrôle de revue de conception qui en découle

## Pratique 4 : mise en œuvre sécurisée

si-1 =
    .title = Revue de sécurité de la réalisation
    .question = Le code de vos produits est-il revu sous l'angle de la sécurité, par des personnes et avec des outils d'analyse statique, et les constats sont-ils corrigés ou acceptés en connaissance de cause ?
    .guidance =
        À examiner : les enregistrements de revue de code, les rapports d'analyse statique et les règles qui disent quels constats bloquent une fusion (merge).
        ML1: des revues de code ont lieu mais regardent la fonction ; un outil d'analyse statique tourne sans que personne ne lise les résultats.
        ML3: revue de code sécurité et analyse statique obligatoires pour chaque modification de chaque produit, avec suivi des constats.
        Points faibles : code tiers modifié en interne, scripts et fichiers de configuration, grosses modifications fusionnées dans l'urgence.
    .evidence =
        Enregistrements de revue de code d'une modification récente
        Rapport d'analyse statique et liste de ses constats
        Règles de fusion du dépôt de code source

si-2 =
    .title = Normes de programmation sécurisée
    .question = Avez-vous des règles de programmation sécurisée pour les langages que votre équipe utilise, et sont-elles imposées, par exemple par des outils et en revue de code ?
    .guidance =
        À examiner : les règles de programmation (par exemple fondées sur CERT ou MISRA), les fonctions interdites et les règles d'outil qui les font respecter.
        ML1: les développeurs connaissent les pièges classiques ; pas de règles écrites.
        ML3: des règles pour chaque langage utilisé, imposées par des outils lors de la compilation, avec des exceptions documentées.
        Points faibles : langages ajoutés plus tard (interfaces web, scripts), code généré.
    .evidence =
        Règles de programmation sécurisée par langage
        Jeu de règles d'analyse statique qui les applique
        Enregistrements des exceptions

## Pratique 5 : tests de vérification et de validation de la sécurité

svv-1 =
    .title = Tester chaque exigence de sécurité
    .question = Chaque exigence de sécurité d'un produit est-elle testée, y compris son comportement aux limites et en cas d'erreur, et conservez-vous les résultats ?
    .guidance =
        À examiner : les plans et résultats de test rattachés aux exigences de sécurité ; la couverture de chaque exigence.
        ML1: les fonctions de cybersécurité sont testées avec le reste, sans lien avec les exigences.
        ML3: chaque exigence de sécurité a des tests, exécutés pour chaque version, avec des résultats conservés.
        Points faibles : exigences testées seulement dans le cas nominal, par exemple la connexion marche mais le verrouillage après échecs n'est pas testé.
    .evidence =
        Plan de test de sécurité rattaché aux exigences
        Résultats de test de la dernière version

svv-2 =
    .title = Tester chaque parade aux menaces
    .question = Pour chaque parade du modèle de menaces, testez-vous qu'elle arrête ou limite vraiment la menace visée ?
    .guidance =
        À examiner : le lien entre les parades du modèle de menaces et les cas de test, et les résultats.
        ML1: on suppose que les parades marchent dès qu'elles sont réalisées.
        ML3: chaque parade du modèle de menaces a un test, et le modèle de menaces montre l'état des tests.
        Points faibles : parades qui reposent sur la documentation ou sur l'utilisateur et ne se testent pas en laboratoire.
    .evidence =
        Modèle de menaces avec cas de test liés
        Résultats de test des parades

svv-3 =
    .title = Tests de vulnérabilité (fuzzing, scans, surface d'attaque)
    .question = Testez-vous vos produits pour y trouver des vulnérabilités, avec du fuzzing des entrées réseau et fichiers, des scans de vulnérabilités connues, une analyse de la surface d'attaque et des contrôles des composants tiers ?
    .guidance =
        À examiner : les rapports de fuzzing par protocole, les résultats de scans de vulnérabilités, l'analyse de composition logicielle, et comment la charge et l'épuisement des ressources sont testés.
        ML1: un scanner réseau est lancé avant les grosses versions.
        ML3: un ensemble défini de tests de vulnérabilité pour chaque version, avec les outils et protocoles nommés et les résultats suivis.
        Points faibles : protocoles industriels que les outils de fuzzing génériques ne couvrent pas, l'interface web, l'analyseur des fichiers de mise à jour.
    .evidence =
        Rapport de fuzzing des protocoles du produit
        Résultats de scan de vulnérabilités et d'analyse de composition logicielle
        Analyse de la surface d'attaque

svv-4 =
    .title = Tests d'intrusion
    .question = Vos produits passent-ils des tests d'intrusion, par des personnes qui cherchent à les casser comme le ferait un attaquant, et les constats sont-ils corrigés ?
    .guidance =
        À examiner : les rapports de tests d'intrusion récents, le périmètre testé, qui a testé et le traitement des constats.
        ML1: un test d'intrusion a été acheté une fois, quand un client l'a demandé.
        ML3: des tests d'intrusion sont prévus pour chaque produit à chaque version majeure, constats suivis jusqu'à leur clôture.
        Points faibles : périmètre limité à l'interface web ; constats marqués « acceptés » sans raison.
    .evidence =
        Rapport de test d'intrusion d'une version actuelle
        Suivi de ses constats

svv-5 =
    .title = Testeurs indépendants des développeurs
    .question = Les tests de sécurité sont-ils faits, au moins en partie, par des personnes qui n'ont pas développé le code qu'elles testent, et à quel point sont-elles indépendantes ?
    .guidance =
        À examiner : qui a écrit les tests de sécurité, qui les a exécutés, et leur place dans l'organisation.
        ML1: les développeurs testent leur propre code.
        ML3: une équipe de test distincte ou des testeurs externes pour les tests de sécurité de chaque produit, définis par type de test.
        Points faibles : un testeur « indépendant » qui rend compte au responsable du développement dont il teste la version.
    .evidence =
        Organigramme du développement et des tests
        Rapports de test nommant les testeurs

## Pratique 6 : gestion des problèmes de sécurité

dm-1 =
    .title = Recevoir les signalements de problèmes de sécurité
    .question = Les chercheurs, les clients et votre propre personnel peuvent-ils signaler facilement un problème de sécurité dans vos produits, par un contact connu, et chaque signalement parvient-il à votre PSIRT ?
    .guidance =
        À examiner : le contact publié (page web, security.txt, adresse électronique, clé de chiffrement), les canaux internes et le registre des signalements reçus.
        ML1: les signalements arrivent au support ou aux ventes et sont transmis si quelqu'un s'en aperçoit.
        ML3: un canal publié et surveillé pour tous les produits ; chaque signalement est enregistré et son accusé de réception envoyé dans un délai fixé.
        Points faibles : signalements envoyés à des employés individuels, problèmes trouvés par les techniciens de maintenance chez les clients.
    .evidence =
        Page publiée de signalement des vulnérabilités
        Description du processus du PSIRT
        Registre des signalements reçus avec dates d'accusé de réception

dm-2 =
    .title = Examiner les problèmes signalés
    .question = Quand un problème de sécurité est signalé, votre équipe le vérifie-t-elle, le reproduit-elle si possible et décide-t-elle s'il s'agit d'une vraie vulnérabilité de votre produit ?
    .guidance =
        À examiner : les dossiers montrant le tri, la reproduction et la décision, et le délai dans lequel cela se fait.
        ML1: le développeur qui connaît le code y jette un œil quand il a le temps.
        ML3: chaque signalement suit une même procédure de tri avec des délais cibles, et chaque dossier consigne sa conclusion.
        Points faibles : signalements clos comme « non reproductibles » sans demander plus d'informations à leur auteur.
    .evidence =
        Dossiers du PSIRT avec les résultats du tri
        Procédure de tri avec délais cibles

dm-3 =
    .title = Évaluer la gravité et l'impact
    .question = Pour chaque vulnérabilité confirmée, évaluez-vous sa gravité, par exemple avec CVSS, et déterminez-vous quels produits et quelles versions sont touchés ?
    .guidance =
        À examiner : les scores de gravité, la liste des produits et versions touchés, et le raisonnement qui les justifie.
        ML1: la gravité est estimée au jugé ; les versions touchées sont devinées.
        ML3: une même méthode de notation pour tous les produits, et un contrôle de chaque produit qui partage le code vulnérable.
        Points faibles : le même composant tiers dans d'autres produits que personne ne vérifie.
    .evidence =
        Dossiers avec score de gravité et versions touchées
        Description de la méthode de notation

dm-4 =
    .title = Traiter les problèmes (corriger, différer ou accepter)
    .question = Pour chaque vulnérabilité confirmée, décidez-vous comment la traiter, par une correction, un contournement ou une décision écrite de ne pas corriger, et cherchez-vous la même faille ailleurs ?
    .guidance =
        À examiner : les décisions par dossier, qui les a prises, et si les causes profondes entraînent des changements dans d'autres produits ou dans le SDL.
        ML1: les problèmes critiques sont corrigés ; le reste attend sans décision.
        ML3: chaque dossier se termine par une décision enregistrée, et la cause profonde est analysée et réinjectée dans le SDL.
        Points faibles : décisions « ne sera pas corrigé » sans prévenir les clients exposés.
    .evidence =
        Dossiers avec la décision et sa raison
        Analyse de cause profonde d'une vulnérabilité passée

dm-5 =
    .title = Communiquer les problèmes de sécurité aux utilisateurs
    .question = Informez-vous les utilisateurs de vos produits des vulnérabilités qui les touchent, avec les versions concernées, le risque et ce qu'il faut faire, par exemple dans des avis de sécurité ?
    .guidance =
        À examiner : les avis de sécurité publiés, la façon dont les clients sont prévenus et la politique de divulgation (y compris la coordination avec l'auteur du signalement).
        ML1: seuls les clients qui se plaignent sont informés ; rien n'est publié.
        ML3: des avis sous une même forme pour tous les produits, publiés et envoyés aux clients abonnés, avec une politique de divulgation écrite.
        Points faibles : vulnérabilités corrigées en silence dans une version ; produits vendus par des OEM dont les clients ne sont pas atteints.
    .evidence =
        Avis de sécurité récents
        Politique de divulgation coordonnée
        Liste de diffusion clients ou service d'abonnement

dm-6 =
    .title = Revue périodique du processus de traitement des défauts
    .question = Revoyez-vous régulièrement la façon dont votre équipe a traité les problèmes de sécurité, et améliorez-vous le processus en conséquence ?
    .guidance =
        À examiner : les comptes rendus de revue du PSIRT, des indicateurs comme le délai de correction, et les changements apportés.
        ML1: le processus n'est examiné qu'après un dossier qui a mal tourné.
        ML3: une revue planifiée de tous les dossiers avec des indicateurs définis, et des changements enregistrés.
        ML4: les délais de tri, de correction et de divulgation sont suivis et améliorés par rapport à des objectifs.
    .evidence =
        Comptes rendus de revue du PSIRT
        Indicateurs du traitement des problèmes de sécurité

## Pratique 7 : gestion des mises à jour de sécurité

sum-1 =
    .title = Qualifier les mises à jour de sécurité avant diffusion
    .question = Avant de diffuser une mise à jour de sécurité, testez-vous qu'elle corrige la vulnérabilité et ne casse rien dans le produit et ses configurations prises en charge ?
    .guidance =
        À examiner : les enregistrements de test d'une mise à jour de sécurité récente, y compris les tests de non-régression et les configurations testées.
        ML1: la correction est vérifiée par le développeur qui l'a écrite.
        ML3: chaque mise à jour de sécurité passe par une qualification définie avec tests de non-régression, dans chaque gamme.
        Points faibles : mises à jour pour des versions plus anciennes encore sur le terrain, testées seulement sur la plus récente.
    .evidence =
        Enregistrement de qualification d'une mise à jour de sécurité récente
        Résultats des tests de non-régression

sum-2 =
    .title = Documenter chaque mise à jour de sécurité
    .question = Chaque mise à jour de sécurité est-elle accompagnée d'une documentation qui dit ce qu'elle corrige, à quelles versions elle s'applique, comment l'installer et ce qu'elle affecte, comme un redémarrage ?
    .guidance =
        À examiner : les notes de version des mises à jour de sécurité, et si elles suffisent à un propriétaire d'actifs pour planifier l'installation.
        ML1: les notes de version annoncent des « améliorations de sécurité » sans détail.
        ML3: un modèle fixe utilisé pour chaque mise à jour de sécurité, avec les effets sur l'exploitation et un moyen de revenir en arrière.
        Points faibles : rien sur la nécessité d'un redémarrage ou sur des réglages modifiés.
    .evidence =
        Notes de version d'une mise à jour de sécurité
        Ses instructions d'installation

sum-3 =
    .title = Documenter les mises à jour de l'OS et des composants tiers
    .question = Dites-vous à vos utilisateurs si les mises à jour de sécurité du système d'exploitation ou des composants tiers dont dépend votre produit ont été testées avec lui, et s'ils peuvent les installer ?
    .guidance =
        À examiner : les listes de compatibilité pour les correctifs du système d'exploitation, les signatures antivirus et les mises à jour de composants tiers.
        ML1: les clients demandent au support, au cas par cas.
        ML3: une liste de compatibilité publiée régulièrement pour chaque produit qui tourne sur un système d'exploitation généraliste.
        Points faibles : longs délais avant l'approbation des correctifs mensuels du système d'exploitation.
    .evidence =
        Liste de compatibilité des correctifs publiée
        Enregistrements de test des mises à jour du système d'exploitation

sum-4 =
    .title = Livrer les mises à jour de façon authentifiable
    .question = Vos mises à jour de sécurité sont-elles livrées de façon que les utilisateurs puissent vérifier qu'elles viennent bien de vous et n'ont pas été modifiées, par exemple par des signatures que le produit ou un outil vérifie ?
    .guidance =
        À examiner : la signature des paquets de mise à jour, comment le produit ou l'utilisateur la vérifie, et le canal de téléchargement.
        ML1: les mises à jour sont sur une page de téléchargement, sans signature.
        ML3: chaque mise à jour de chaque produit est signée et vérifiée avant installation.
        Points faibles : mises à jour remises sur clé USB par le personnel de maintenance, miroirs gérés par des distributeurs.
    .evidence =
        Procédure de signature des mises à jour
        Capture d'écran ou journal de la vérification de signature à l'installation

sum-5 =
    .title = Politique de délais de livraison des correctifs
    .question = Avez-vous fixé et publié des délais de livraison des mises à jour de sécurité après la découverte d'une vulnérabilité, selon sa gravité, et les tenez-vous ?
    .guidance =
        À examiner : la politique publiée, les durées de support par version de produit et les délais réels de livraison des mises à jour passées.
        ML1: les mises à jour arrivent « dès que possible », sans engagement.
        ML3: une politique publiée avec des délais par niveau de gravité pour tous les produits, et des enregistrements montrant s'ils ont été tenus.
        Points faibles : produits proches de la fin du support ; vulnérabilités dans des composants tiers qui attendent la correction de leur éditeur.
    .evidence =
        Politique publiée des mises à jour de sécurité
        Liste des durées de support des produits
        Délais de livraison des mises à jour de sécurité passées

## Pratique 8 : guides de sécurité

sg-1 =
    .title = Documenter la défense en profondeur du produit
    .question = Votre documentation utilisateur explique-t-elle les couches de protection du produit, pour qu'un intégrateur sache contre quoi le produit se défend lui-même ?
    .guidance =
        À examiner : le manuel de sécurité du produit ou le chapitre sécurité du manuel utilisateur.
        ML1: les fonctions de cybersécurité sont citées une à une dans le manuel, sans vue d'ensemble.
        ML3: chaque produit a un manuel de sécurité fait sur un modèle commun, qui explique ses couches de défense.
        Points faibles : un manuel qui décrit une version antérieure du produit.
    .evidence =
        Manuel de sécurité du produit
        Chapitre sécurité du manuel utilisateur

sg-2 =
    .title = Documenter les défenses attendues de l'environnement
    .question = Votre documentation dit-elle ce que le produit attend de l'installation qui l'entoure, comme des pare-feux, une segmentation du réseau ou des armoires fermées à clé, pour être en sécurité ?
    .guidance =
        À examiner : les hypothèses documentées sur l'environnement, et leur cohérence avec le contexte de sécurité du produit (SR-1).
        ML1: la documentation dit « utiliser derrière un pare-feu » et rien de plus.
        ML3: chaque produit indique les protections qu'il attend de son environnement, assez précisément pour concevoir zones et conduits.
        Points faibles : ports et protocoles nécessaires non indiqués, si bien que les intégrateurs ouvrent plus que nécessaire.
    .evidence =
        Exigences d'environnement dans le manuel de sécurité du produit
        Liste des ports et protocoles utilisés

sg-3 =
    .title = Guides de durcissement
    .question = Donnez-vous à vos utilisateurs des guides de durcissement pour chaque produit : quels services désactiver, quels réglages modifier et comment l'intégrer de façon sécurisée ?
    .guidance =
        À examiner : les guides de durcissement, leur date et leur version de produit, et si les réglages recommandés ont été testés.
        ML1: des conseils de durcissement sont donnés par le support sur demande.
        ML3: un guide de durcissement par produit et par version, testé par l'équipe de test et mis à jour à chaque version.
        Points faibles : guides recommandant des réglages que toutes les versions du micrologiciel ne prennent pas en charge.
    .evidence =
        Guide de durcissement d'un produit actuel
        Enregistrement de test de la configuration durcie

sg-4 =
    .title = Guides de mise au rebut sécurisée
    .question = Indiquez-vous à vos utilisateurs comment retirer un produit du service de façon sécurisée, par exemple comment effacer la configuration, les clés, les mots de passe et les données procédé avant qu'il soit mis au rebut ou envoyé en réparation ?
    .guidance =
        À examiner : les instructions de retrait du service ou de mise au rebut, et si elles couvrent tous les endroits où des données sont stockées.
        ML1: une remise aux réglages d'usine est mentionnée, sans dire ce qu'elle efface.
        ML3: des instructions de mise au rebut pour chaque produit, qui disent ce qui est effacé et comment le vérifier.
        Points faibles : cartes mémoire, journaux et certificats qu'une remise à zéro laisse en place ; appareils renvoyés en réparation.
    .evidence =
        Instructions de mise au rebut ou de retrait du service sécurisés
        Liste des emplacements de données à effacer (cartes mémoire, journaux, certificats)

sg-5 =
    .title = Guides d'exploitation sécurisée
    .question = Votre documentation dit-elle aux utilisateurs comment exploiter le produit de façon sécurisée au quotidien, par exemple surveiller ses événements de sécurité, le sauvegarder, le mettre à jour et le contrôler périodiquement ?
    .guidance =
        À examiner : les consignes d'exploitation du manuel de sécurité du produit et les tâches qu'elles confient au propriétaire d'actifs.
        ML1: les instructions d'utilisation ne décrivent que la fonction.
        ML3: chaque produit a des consignes d'exploitation sécurisée couvrant événements, sauvegardes, mises à jour et revues.
        Points faibles : aucune explication de ce que signifient les entrées du journal de sécurité ni de ce qu'il faut faire.
    .evidence =
        Section sur l'exploitation sécurisée du manuel de sécurité du produit
        Explication des entrées du journal de sécurité du produit et de la conduite à tenir

sg-6 =
    .title = Guides de gestion des comptes
    .question = Votre documentation explique-t-elle comment gérer les comptes utilisateurs du produit : comptes par défaut, changement des mots de passe par défaut, rôles et droits, suppression des comptes ?
    .guidance =
        À examiner : les instructions de gestion des comptes, la liste des comptes par défaut et intégrés, et les rôles proposés par le produit.
        ML1: le manuel donne le mot de passe par défaut et conseille de le changer.
        ML3: chaque produit documente tous ses comptes intégrés, ses rôles et les étapes pour les gérer.
        Points faibles : comptes de service ou de maintenance qui ne sont pas documentés du tout.
    .evidence =
        Guide de gestion des comptes
        Liste des comptes par défaut et intégrés d'un produit

sg-7 =
    .title = Revue de la documentation utilisateur
    .question = Le contenu sécurité de votre documentation utilisateur est-il relu par des personnes compétentes en sécurité, et mis à jour quand le produit change ?
    .guidance =
        À examiner : les enregistrements de revue des manuels de sécurité et des guides de durcissement, et la concordance de leurs versions avec le produit.
        ML1: le rédacteur technique met les manuels à jour à partir des notes de version.
        ML3: la documentation de sécurité est relue par le rôle sécurité des produits pour chaque version.
        Points faibles : manuels traduits qui ont du retard sur la langue d'origine.
    .evidence =
        Enregistrement de revue du manuel de sécurité du produit
        Historique des versions des documents rapproché des versions du produit
