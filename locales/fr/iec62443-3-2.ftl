### Termes (revue 2026-12), vérifiés par tests/terms.rs : « sécurité » et « cybersécurité » = security. Safety = sécurité fonctionnelle,
### système ou fonction instrumenté(e) de sécurité (SIS), sécurité des personnes, sécurité des procédés ; jamais « fonction de sécurité »,
### « système de sécurité » ni « sûreté » seuls. Commutateur (pas switch), propriétaire d'actifs (pas exploitant), liste d'autorisation.
# IEC 62443-3-2:2020 appréciation du risque de sécurité pour la conception du système.
# Structure : questionnaires/iec62443-3-2.toml. Les réponses sont des étapes de démarche : fait, partiellement, non fait, non applicable.
# Toutes les questions, indications et preuves sont rédigées pour cet outil ; aucun texte de la norme n'est reproduit.

## Le questionnaire lui-même
questionnaire =
    .title = IEC 62443-3-2 appréciation du risque pour la conception
    .description = Vérifie que l'appréciation du risque sur laquelle repose la conception d'un système de contrôle-commande a réellement été menée : le système est délimité, découpé en zones et conduits, ses menaces et risques sont mis en regard de ce que l'organisation peut tolérer, et chaque zone et conduit reçoit un niveau de sécurité cible. Chaque étape est notée fait, partiellement fait, non fait ou non applicable. Le travail lui-même est consigné dans les écrans de l'outil : description du système, zones, conduits, registre des risques et SL-T.

## ZCR 1 Identifier le SUC
zcr-1 =
    .title = Identifier le SUC
    .description = Tracer la limite du système considéré (SUC) : quels actifs en font partie, et chaque endroit où quelque chose d'extérieur peut s'y connecter ou y pénétrer.

zcr-1-1 =
    .title = Identifier le périmètre et les points d'accès du SUC
    .question = Pouvez-vous me montrer où s'arrête votre système de contrôle-commande : quels automates, IHM, serveurs et équipements réseau entrent dans l'évaluation, et chaque point par lequel quelque chose d'extérieur peut y accéder ?
    .guidance =
        À examiner : la description du système ou le schéma réseau, la liste des actifs et la liste des connexions externes.
        Fait : une limite claire, une liste d'actifs complète et chaque point d'accès nommé : liaisons vers le réseau bureautique, passerelles d'accès distant, modems fournisseurs, ports USB de maintenance.
        Partiellement : la limite est tracée mais la liste des actifs est périmée, ou seules les liaisons réseau sont listées et les accès physiques ou par supports amovibles manquent.
        Points faibles : routeurs cellulaires oubliés dans les armoires, VPN de fournisseurs, historians à cheval sur les deux côtés, liaisons série vers des skids de tiers.
        Demander aussi : qui a parcouru le site pour confirmer que le schéma correspond à ce qui est installé ?
    .evidence =
        Schéma réseau avec la limite du système indiquée
        Inventaire des actifs avec la date de sa dernière vérification
        Liste des connexions externes et des points d'accès

## ZCR 2 Appréciation initiale du risque de cybersécurité
zcr-2 =
    .title = Appréciation initiale du risque de cybersécurité
    .description = Un premier regard, grossier, sur le pire qui pourrait arriver si le système était compromis, mené avant toute conception des zones, pour connaître tôt les parties les plus critiques du système.

zcr-2-1 =
    .title = Réaliser l'appréciation initiale du risque cyber
    .question = Avant de concevoir les zones, avez-vous fait une première estimation du pire qui pourrait arriver aux personnes, à l'environnement et à la production si ce système de contrôle-commande était pris en main ou arrêté ?
    .guidance =
        À examiner : le compte rendu de l'appréciation initiale du risque et les sources utilisées (HAZOP, analyse des risques procédé, bilan d'impact sur l'activité).
        Fait : les conséquences les plus graves d'une compromission sont cotées pour tout le système ou ses parties principales sur l'échelle d'impact de l'organisation, et la méthode est consignée.
        Partiellement : les conséquences ont été discutées mais pas cotées, ou seule la perte de production a été considérée, en laissant de côté la sécurité des personnes ou l'environnement.
        Points faibles : compter dès ce stade sur les pare-feu ou le SIS, alors que le premier passage doit supposer que l'attaque réussit ; un modèle de risque IT sans conséquences physiques.
        Demander aussi : l'exploitation et la sécurité des procédés étaient-elles présentes, et pas seulement l'IT ?
    .evidence =
        Fiche ou rapport de l'appréciation initiale du risque
        HAZOP ou analyse des risques procédé utilisée en entrée
        Feuille de présence de l'atelier d'appréciation

## ZCR 3 Partitionner le SUC en zones et conduits
zcr-3 =
    .title = Partitionner le SUC en zones et conduits
    .description = Regrouper les actifs en zones qui partagent les mêmes besoins de sécurité et définir les conduits qui transportent le trafic entre elles. Les systèmes bureautiques, les systèmes instrumentés de sécurité, les équipements connectés temporairement, les équipements sans fil et ceux joints via des réseaux extérieurs sont tenus à l'écart du reste.

zcr-3-1 =
    .title = Établir les zones et conduits
    .question = Comment avez-vous regroupé les actifs de votre système de contrôle-commande en zones, et pouvez-vous me montrer les conduits qui transportent le trafic entre elles et pourquoi chaque actif se trouve là où il est ?
    .guidance =
        À examiner : la liste et le schéma des zones et conduits, et les raisons données pour chaque regroupement.
        Fait : chaque actif du SUC appartient à une seule zone, chaque chemin de données entre zones est un conduit défini, et le regroupement suit criticité, fonction et emplacement.
        Partiellement : les zones reprennent les VLAN ou armoires existants sans raison énoncée, ou certains actifs et liaisons ne sont pas affectés.
        Points faibles : serveurs à double attachement qui relient deux zones ; une « zone de contrôle » à plat qui contient tout ; conduits sans responsable.
        Demander aussi : les résultats du risque initial ont-ils modifié le tracé des zones ?
    .evidence =
        Schéma des zones et conduits
        Liste d'affectation des actifs aux zones
        Notes ou comptes rendus expliquant le regroupement

zcr-3-2 =
    .title = Séparer les actifs métier et les actifs IACS
    .question = Vos systèmes bureautiques et de gestion, comme l'ERP, la messagerie et les PC de bureau, sont-ils dans des zones à part, séparées des automates, IHM et stations d'ingénierie qui font tourner l'installation ?
    .guidance =
        À examiner : la liste des zones et le conduit entre le réseau de gestion et le réseau de contrôle.
        Fait : les actifs de gestion sont dans leurs propres zones et les échanges passent par un conduit défini, souvent une DMZ avec un miroir d'historian ou un serveur de transfert de fichiers.
        Partiellement : la séparation existe sur le papier, mais des PC bureautiques, imprimantes ou contrôleurs de domaine partagés restent dans une zone de contrôle.
        Points faibles : portables d'ingénieurs servant à la fois aux e-mails et à la programmation ; serveurs MES ou historian avec un pied dans chaque réseau ; un seul Active Directory partagé.
        Demander aussi : quelle est la raison de chaque système de gestion resté dans une zone de contrôle ?
    .evidence =
        Liste des zones montrant les zones de gestion et de contrôle
        Règles du pare-feu du conduit entre gestion et contrôle
        Liste des actifs de la DMZ

zcr-3-3 =
    .title = Séparer les actifs liés à la sécurité fonctionnelle
    .question = Vos systèmes instrumentés de sécurité et autres automates relevant de la sécurité fonctionnelle sont-ils dans une zone à part, séparée du système de conduite de procédé de base, avec une liaison définie entre les deux ?
    .guidance =
        À examiner : la zone qui contient les unités logiques du SIS et leur station d'ingénierie, et le conduit vers le système de conduite du procédé.
        Fait : les actifs liés à la sécurité fonctionnelle forment leur propre zone ou leurs propres zones ; l'interface avec le système de conduite est un conduit nommé avec une courte liste de trafic autorisé.
        Partiellement : les automates SIS sont séparés mais leur station d'ingénierie ou passerelle est dans la zone de contrôle, ou conduite et SIS partagent un réseau sans raison.
        Points faibles : systèmes intégrés de conduite et SIS sur un même réseau ; logiciel d'ingénierie SIS sur une IHM ordinaire ; accès en écriture depuis le SNCC.
        Demander aussi : là où des actifs liés à la sécurité fonctionnelle et d'autres actifs partagent une zone, l'exigence la plus stricte a-t-elle été appliquée à toute la zone ?
        Non applicable : seulement si le SUC n'a aucune fonction relevant de la sécurité fonctionnelle ; consigner pourquoi.
    .evidence =
        Schéma des zones montrant la zone des systèmes instrumentés de sécurité (SIS)
        Description du conduit entre le SIS et le système de conduite du procédé
        Liste des actifs liés à la sécurité fonctionnelle

zcr-3-4 =
    .title = Séparer les équipements connectés temporairement
    .question = Comment traitez-vous les portables, clés USB, calibrateurs et autres équipements branchés au système de contrôle-commande pour un temps seulement ? Sont-ils placés dans une zone à part plutôt que comptés dans le réseau permanent ?
    .guidance =
        À examiner : comment le modèle de zones traite les portables de maintenance, PC des fournisseurs, appareils de test portables et supports amovibles.
        Fait : les équipements temporaires forment leur propre zone ou leurs propres zones avec leurs propres exigences, et les endroits où ils se branchent sont des conduits définis.
        Partiellement : une règle pour les portables ou l'USB existe, mais le modèle de zones ignore ces équipements, ou les portables de l'entreprise sont couverts et pas ceux des prestataires.
        Points faibles : portables de prestataires branchés directement sur un réseau d'automates ; clés USB qui circulent entre bureau et usine ; portables d'ingénierie de rechange sans responsable.
        Demander aussi : où exactement un équipement temporaire peut-il être branché, et qui le vérifie d'abord ?
    .evidence =
        Entrée de la liste des zones pour les équipements temporaires
        Procédure de branchement des portables et supports amovibles
        Registre d'un contrôle récent de portable ou de clé USB

zcr-3-5 =
    .title = Séparer les équipements sans fil
    .question = Les réseaux et équipements sans fil de votre site, comme les tablettes Wi-Fi, les transmetteurs WirelessHART ou les liaisons radio, sont-ils dans des zones à part et reliés au réseau de contrôle filaire uniquement par des conduits définis ?
    .guidance =
        À examiner : le relevé radio, la liste des zones et le conduit de chaque réseau sans fil vers les zones filaires.
        Fait : chaque réseau sans fil est une zone à part ou fait partie d'une zone sans fil, avec un conduit défini vers le réseau filaire.
        Partiellement : le Wi-Fi principal est séparé, mais les passerelles de capteurs sans fil, modems radio ou liaisons point à point des fournisseurs manquent dans le modèle.
        Points faibles : points d'accès reliés directement au VLAN de contrôle ; liaisons Bluetooth ou radio oubliées sur les skids ; Wi-Fi invité sur le même matériel que le Wi-Fi usine.
        Non applicable : seulement si un relevé confirme l'absence de sans-fil dans le SUC ; consigner la date du relevé.
    .evidence =
        Liste des zones montrant les zones sans fil
        Relevé radio ou inventaire des points d'accès et passerelles
        Description du conduit pour chaque passerelle sans fil

zcr-3-6 =
    .title = Séparer les équipements connectés via réseaux externes
    .question = Là où des équipements accèdent à votre système de contrôle-commande par des réseaux extérieurs, par exemple la télémaintenance d'un fournisseur, un site distant via un WAN ou un service cloud, sont-ils placés dans des zones séparées avec des conduits définis ?
    .guidance =
        À examiner : les connexions externes listées dans la description du SUC et la façon dont chacune apparaît dans le modèle de zones.
        Fait : chaque équipement ou service joint par un réseau extérieur est dans une zone séparée ; l'accès distant aboutit dans une DMZ ou sur un serveur de rebond, jamais directement en zone de contrôle.
        Partiellement : la passerelle d'accès distant principale est modélisée, mais pas les routeurs cellulaires, les liaisons cloud des fournisseurs ou les liaisons vers les sites distants.
        Points faibles : outils de bureau à distance installés sur les IHM ; VPN d'un fournisseur connecté en permanence ; unités de télémesure qui appellent leur serveur via internet.
        Non applicable : seulement si le SUC n'a aucune connexion à un réseau extérieur ; consigner comment cela a été vérifié.
    .evidence =
        Liste des connexions externes avec leurs zones
        Schéma de l'architecture d'accès distant
        Règles de pare-feu du conduit d'accès distant

## ZCR 4 Comparaison des risques
zcr-4 =
    .title = Comparaison des risques
    .description = Décider, à partir de l'appréciation initiale, si le risque se situe déjà dans ce que l'organisation tolère ou si une appréciation détaillée est nécessaire.

zcr-4-1 =
    .title = Comparer le risque initial au risque tolérable
    .question = Une fois le risque initial connu pour chaque partie du système, l'avez-vous comparé au risque tolérable de l'organisation et décidé quelles zones nécessitent une appréciation détaillée du risque ?
    .guidance =
        À examiner : les résultats du risque initial à côté de l'énoncé ou de la matrice du risque tolérable, et la décision prise pour chaque zone.
        Fait : chaque zone a une comparaison consignée et une décision ; les zones au-dessus du risque tolérable passent à l'appréciation détaillée.
        Partiellement : la comparaison a été faite, mais le risque tolérable n'a jamais été formellement défini ou la décision n'est pas écrite.
        Points faibles : un seuil de tolérance inventé le jour même ; toutes les zones déclarées tolérables sans argument.
        Demander aussi : qui, dans l'organisation, a fixé le risque tolérable, et quand ?
    .evidence =
        Risque initial par zone comparé au risque tolérable
        Matrice des risques approuvée ou énoncé du risque tolérable
        Trace des zones qui passent à une appréciation détaillée

## ZCR 5 Réaliser une appréciation détaillée du risque de cybersécurité
zcr-5 =
    .title = Appréciation détaillée du risque de cybersécurité
    .description = Pour chaque zone et conduit, l'un après l'autre : les menaces et faiblesses, ce que produirait une attaque réussie, sa vraisemblance, le risque avant contre-mesures, le niveau de sécurité cible, les contre-mesures déjà en place et celles encore nécessaires, et le risque qui subsiste.

zcr-5-1 =
    .title = Identifier les menaces
    .question = Pour chaque zone et conduit, avez-vous noté qui ou quoi pourrait l'attaquer et comment, par exemple un logiciel malveillant sur une clé USB, un employé mécontent, une connexion fournisseur compromise ou un rançongiciel venant du bureautique ?
    .guidance =
        À examiner : les scénarios de menace du registre des risques, zone par zone et conduit par conduit.
        Fait : chaque zone et conduit a des scénarios nommant la source de menace, le point d'entrée et les actifs touchés, bâtis sur des sources comme les rapports d'incident et avis de sécurité.
        Partiellement : une liste de menaces générique copiée pour toutes les zones, ou des scénarios sans source de menace ni point d'entrée.
        Points faibles : internes et prestataires oubliés ; seules les attaques par internet envisagées ; aucun scénario pour les conduits eux-mêmes.
        Demander aussi : quelles sources avez-vous utilisées pour construire la liste des menaces, et de quand datent-elles ?
    .evidence =
        Liste des scénarios de menace par zone et conduit
        Sources utilisées : rapports d'incident, avis de sécurité, renseignement sur la menace

zcr-5-2 =
    .title = Identifier les vulnérabilités
    .question = Avez-vous recherché dans chaque zone les faiblesses que ces menaces pourraient exploiter, comme des IHM Windows sans correctifs, des mots de passe par défaut sur les automates, des réseaux à plat ou des ports d'ingénierie ouverts ?
    .guidance =
        À examiner : la liste des faiblesses par zone et la façon dont elle a été établie : inspection sur site, revue de configuration, avis des fournisseurs, surveillance réseau passive.
        Fait : les faiblesses connues sont listées par zone, datées et reliées aux scénarios de menace qu'elles rendent possibles.
        Partiellement : seule une revue documentaire a été faite, ou les versions logicielles ont été vérifiées mais pas les configurations ni les pratiques de travail.
        Points faibles : scans actifs d'automates fragiles sans plan ; faiblesses dans les procédures (comptes partagés, sauvegardes jamais testées) laissées de côté.
        Demander aussi : comment les avis des fournisseurs ont-ils été comparés aux versions de firmware et de logiciel installées ?
    .evidence =
        Liste des faiblesses par zone avec source et date
        Versions installées comparées aux avis des fournisseurs
        Rapport de revue de configuration ou de surveillance passive

zcr-5-3 =
    .title = Déterminer les conséquences et l'impact
    .question = Pour chaque scénario de menace, avez-vous établi ce qui se passerait réellement sur le site s'il réussissait, et coté cet impact sur votre échelle pour la sécurité des personnes, l'environnement, la production, les finances et la réputation ?
    .guidance =
        À examiner : les conséquences et l'impact de chaque scénario dans le registre des risques.
        Fait : chaque scénario décrit simplement ce qui arriverait physiquement et pour l'entreprise, avec une cote d'impact par catégorie selon l'échelle de l'organisation.
        Partiellement : une seule valeur d'impact sans conséquence décrite, ou seulement certaines catégories considérées.
        Points faibles : impact coté plus bas parce qu'une barrière existe (elle est prise en compte plus tard) ; perte de vue ou perte de contrôle traitée comme anodine.
        Demander aussi : le personnel d'exploitation et de sécurité des procédés a-t-il confirmé les conséquences ?
    .evidence =
        Registre des risques avec conséquences et cotes d'impact
        L'échelle d'impact utilisée, avec ses définitions
        Scénarios HAZOP ou d'analyse des risques procédé réutilisés, avec références

zcr-5-4 =
    .title = Déterminer la vraisemblance non atténuée
    .question = Pour chaque scénario de menace, avez-vous estimé la probabilité qu'il survienne et réussisse si aucune de vos mesures de sécurité n'était en place, à l'aide de l'échelle de vraisemblance de votre organisation ?
    .guidance =
        À examiner : la vraisemblance non atténuée de chaque scénario dans le registre des risques et la raison donnée.
        Fait : chaque scénario a une vraisemblance tirée de l'échelle de l'organisation, avec une raison : capacité et motivation de l'attaquant, facilité d'exploiter la faiblesse, incidents passés.
        Partiellement : valeurs données sans raisons, ou contre-mesures existantes déjà prises en compte.
        Points faibles : toutes les vraisemblances mises à la valeur médiane par habitude ; aucune différence faite entre internes et attaquants extérieurs.
    .evidence =
        Registre des risques avec la vraisemblance non atténuée par scénario
        L'échelle de vraisemblance utilisée, avec ses définitions

zcr-5-5 =
    .title = Déterminer le risque cyber non atténué
    .question = Avez-vous combiné la vraisemblance non atténuée et l'impact de chaque scénario sur votre matrice des risques pour obtenir son niveau de risque avant toute prise en compte des contre-mesures ?
    .guidance =
        À examiner : le risque non atténué de chaque scénario dans le registre des risques et la matrice des risques utilisée.
        Fait : chaque scénario a un niveau de risque lu sur la matrice approuvée de l'organisation, et la même matrice sert pour toutes les zones.
        Partiellement : risque calculé avec une formule improvisée, ou seulement pour certains scénarios ou certaines zones.
        Points faibles : une matrice différente par équipe ou par site ; moyenne des catégories d'impact au lieu de retenir la pire.
    .evidence =
        Registre des risques avec le risque non atténué par scénario
        La matrice des risques utilisée, avec sa version

zcr-5-6 =
    .title = Déterminer le SL-T
    .question = Avez-vous fixé un niveau de sécurité cible pour chaque zone et conduit, et pouvez-vous expliquer comment il découle du risque, par exemple de la réduction de risque nécessaire ou de la capacité des attaquants attendus ?
    .guidance =
        À examiner : le SL-T de chaque zone et conduit et le raisonnement consigné avec lui.
        Fait : chaque zone et conduit a un SL-T, sous forme d'un niveau unique ou par exigence fondamentale, traçable jusqu'à ses scénarios de menace et à la méthode de l'organisation.
        Partiellement : SL-T fixé au jugé ou copié d'un modèle (toutes les zones en SL 2) sans lien avec les résultats du risque.
        Points faibles : conduits laissés sans SL-T ; une cible abaissée pour correspondre à ce que l'équipement installé sait faire.
        Demander aussi : là où une exigence fondamentale a été plafonnée, quelle raison est consignée ?
    .evidence =
        SL-T par zone et conduit, avec les raisons
        La méthode ou la règle utilisée pour déduire le SL-T

zcr-5-7 =
    .title = Comparer le risque non atténué au risque tolérable
    .question = Avez-vous comparé le risque non atténué de chaque scénario à votre risque tolérable, pour savoir quels scénarios nécessitent des contre-mesures et lesquels peuvent être acceptés en l'état ?
    .guidance =
        À examiner : si chaque scénario du registre des risques est marqué tolérable ou non.
        Fait : chaque scénario est évalué par rapport au risque tolérable approuvé, et ceux au-dessus du seuil passent aux étapes de contre-mesures.
        Partiellement : la comparaison n'a été faite que pour des zones entières, ou des scénarios ont été acceptés sans raison consignée.
        Points faibles : le seuil de tolérance discrètement déplacé pour qu'un résultat convienne.
    .evidence =
        Registre des risques avec la comparaison par scénario
        Énoncé du risque tolérable en vigueur à ce moment-là

zcr-5-8 =
    .title = Identifier et évaluer les contre-mesures existantes
    .question = Pour les scénarios au-dessus de votre risque tolérable, avez-vous listé les mesures de sécurité déjà en place, comme les pare-feu, la gestion des comptes, les sauvegardes ou les armoires fermées à clé, et jugé de leur efficacité réelle ?
    .guidance =
        À examiner : les contre-mesures reliées à chaque scénario et la façon dont leur efficacité a été jugée.
        Fait : chaque contre-mesure existante est nommée, reliée aux scénarios qu'elle contre, et vérifiée sur site : règles revues, sauvegardes restaurées, comptes revus.
        Partiellement : contre-mesures reprises des documents de conception sans vérifier qu'elles sont en place et fonctionnent.
        Points faibles : pare-feu avec des règles « any-any » comptés comme protection ; antivirus aux signatures vieilles de plusieurs années ; procédures que personne ne suit.
        Demander aussi : quelles contre-mesures avez-vous réellement testées, et comment ?
    .evidence =
        Liste des contre-mesures reliées aux scénarios
        Revue des règles de pare-feu ou compte rendu de test de restauration
        Notes de la visite de terrain

zcr-5-9 =
    .title = Réévaluer la vraisemblance et l'impact
    .question = En tenant compte des contre-mesures existantes, avez-vous recoté la vraisemblance et l'impact de chaque scénario, et noté pourquoi chaque valeur a changé ?
    .guidance =
        À examiner : la vraisemblance et l'impact après contre-mesures, à côté des valeurs non atténuées dans le registre des risques.
        Fait : chaque scénario a de nouvelles valeurs avec une courte raison nommant la contre-mesure qui justifie chaque changement.
        Partiellement : valeurs abaissées sans nommer de contre-mesure, ou seule la vraisemblance a été revue.
        Points faibles : une forte réduction attribuée à une seule mesure faible ; la même contre-mesure comptée deux fois.
    .evidence =
        Registre des risques avec les cotes avant et après contre-mesures
        Notes de raisonnement par scénario

zcr-5-10 =
    .title = Déterminer le risque résiduel
    .question = Avez-vous établi le risque qui subsiste pour chaque scénario avec les contre-mesures existantes en place, à l'aide de la même matrice des risques que pour le risque non atténué ?
    .guidance =
        À examiner : le risque résiduel de chaque scénario dans le registre des risques.
        Fait : chaque scénario a un niveau de risque résiduel lu sur la même matrice, et le risque résiduel de chaque zone et conduit se voit d'un coup d'œil.
        Partiellement : risque résiduel donné pour certains scénarios seulement, ou établi avec une méthode différente de celle du risque non atténué.
        Points faibles : risque résiduel copié d'un projet antérieur ; aucune date ni version sur les résultats.
    .evidence =
        Registre des risques avec le risque résiduel par scénario
        Synthèse du risque résiduel par zone et conduit

zcr-5-11 =
    .title = Comparer le risque résiduel au risque tolérable
    .question = Avez-vous vérifié si le risque résiduel de chaque scénario se situe désormais dans votre risque tolérable, et consigné les scénarios qui restent au-dessus ?
    .guidance =
        À examiner : le risque résiduel face au risque tolérable dans le registre des risques, et la liste des scénarios encore au-dessus du seuil.
        Fait : chaque scénario a une comparaison consignée, et chacun de ceux encore au-dessus du seuil débouche sur des contre-mesures supplémentaires.
        Partiellement : la comparaison a été faite, mais les scénarios ouverts n'ont ni suite ni responsable.
        Points faibles : risque résiduel au-dessus du seuil accepté en silence au lieu de l'être par une personne qui en répond.
    .evidence =
        Registre des risques avec la comparaison résiduelle par scénario
        Liste des scénarios encore au-dessus du risque tolérable

zcr-5-12 =
    .title = Identifier des contre-mesures supplémentaires
    .question = Pour les scénarios encore au-dessus de votre risque tolérable, avez-vous choisi d'autres contre-mesures, comme des règles de pare-feu plus strictes, une liste d'autorisation des applications ou un serveur de rebond, et montré de combien elles font baisser le risque ?
    .guidance =
        À examiner : les contre-mesures prévues pour chaque scénario ouvert et le risque attendu une fois qu'elles sont en place.
        Fait : chaque scénario ouvert a des contre-mesures choisies, un nouveau niveau de risque attendu, un responsable et une échéance ; le choix tient compte du SL-T.
        Partiellement : une liste de souhaits sans lien avec des scénarios, des responsables ou des dates.
        Points faibles : seules des mesures techniques envisagées ; des mesures que l'équipement installé ne peut pas supporter ; aucune vérification qu'une nouvelle mesure ne perturbera pas l'exploitation.
    .evidence =
        Plan de contre-mesures avec responsables et échéances
        Registre des risques montrant le risque attendu après les nouvelles mesures

zcr-5-13 =
    .title = Documenter et communiquer les résultats
    .question = Les résultats de l'appréciation détaillée du risque ont-ils été rédigés et partagés avec les personnes qui en ont besoin, comme la direction du site, l'exploitation, l'équipe de conception et l'intégrateur ?
    .guidance =
        À examiner : le rapport d'appréciation du risque, ses destinataires et son lieu de conservation.
        Fait : un rapport daté et versionné couvrant méthode, scénarios, risques, SL-T et contre-mesures, envoyé à des personnes nommées et stocké avec un accès restreint.
        Partiellement : les résultats vivent dans le tableur d'une seule personne, ou le rapport n'a jamais atteint l'exploitation ni les fournisseurs qui doivent agir.
        Points faibles : un rapport plein de faiblesses sensibles envoyé par simple e-mail ou laissé sur un lecteur partagé ouvert.
        Demander aussi : quand l'appréciation est-elle refaite, et quels changements déclenchent une revue ?
    .evidence =
        Rapport d'appréciation du risque avec version et date
        Liste de diffusion ou compte rendu de la réunion de présentation des résultats

## ZCR 6 Documenter les exigences, hypothèses et contraintes de cybersécurité
zcr-6 =
    .title = Documenter exigences, hypothèses et contraintes
    .description = Consigner les résultats dans une spécification des exigences de cybersécurité sur laquelle concepteurs, intégrateurs et fournisseurs peuvent construire et tester, avec les hypothèses, menaces, politiques, risque tolérable et réglementations qui la sous-tendent.

zcr-6-1 =
    .title = Spécification des exigences de cybersécurité
    .question = Existe-t-il pour ce système une spécification des exigences de cybersécurité sur laquelle un concepteur ou un intégrateur peut construire et tester, et rassemble-t-elle les résultats de l'appréciation du risque ?
    .guidance =
        À examiner : la spécification elle-même et la façon dont elle se rattache aux zones, conduits et SL-T.
        Fait : un document maîtrisé avec version et responsable, couvrant la description du SUC, les zones et conduits, leurs caractéristiques, les SL-T et les hypothèses qui les sous-tendent.
        Partiellement : exigences éparpillées dans plusieurs documents et e-mails, ou texte générique non rattaché à ce système.
        Points faibles : une spécification non mise à jour après un changement de conception ; aucun circuit pour qu'elle parvienne au fournisseur ou à l'intégrateur.
    .evidence =
        Spécification des exigences de cybersécurité avec sa version
        Fiche de gestion documentaire ou historique des modifications

zcr-6-2 =
    .title = Description du SUC
    .question = Votre documentation décrit-elle le système considéré de façon qu'un nouvel arrivant puisse la suivre : ce que fait le système, quel procédé il pilote et quels actifs principaux il contient ?
    .guidance =
        À examiner : la description du SUC dans la spécification des exigences.
        Fait : une description simple du procédé piloté, des fonctions principales, des actifs et de la limite, cohérente avec le SUC défini au départ.
        Partiellement : seulement un schéma réseau sans explication, ou une description du procédé sans lien avec les actifs du système de contrôle-commande.
        Points faibles : une description copiée d'un autre site ; aucun responsable nommé ; pas de mise à jour après les modifications.
    .evidence =
        Section de la spécification décrivant le SUC
        Vue d'ensemble du procédé ou description fonctionnelle à laquelle elle renvoie

zcr-6-3 =
    .title = Schémas des zones et conduits
    .question = Disposez-vous de schémas à jour montrant chaque zone et conduit du système, et correspondent-ils à ce qui est réellement installé ?
    .guidance =
        À examiner : les schémas des zones et conduits et l'historique de leurs révisions.
        Fait : les schémas montrent toutes les zones, tous les conduits et leurs limites, portent un indice de révision et une date, et correspondent à une vérification récente sur site.
        Partiellement : des schémas existent mais sont périmés, ou montrent le réseau sans indiquer les zones et conduits.
        Points faibles : schémas lisibles par la seule équipe réseau ; aucun schéma pour les petits skids ou les sites distants.
    .evidence =
        Schéma des zones et conduits avec son indice de révision
        Trace de la dernière vérification par rapport à l'installation

zcr-6-4 =
    .title = Caractéristiques des zones et conduits
    .question = Pour chaque zone et conduit, avez-vous consigné les informations clés, comme le nom, le responsable, la limite, les actifs, les flux de données, les connexions, le SL-T et les politiques applicables ?
    .guidance =
        À examiner : la fiche tenue pour chaque zone et chaque conduit.
        Fait : chaque zone et conduit a une fiche complète : nom, responsable, limite logique et physique, rôle pour la sécurité fonctionnelle, actifs ou liaisons, flux de données, connexions, SL-T, politiques.
        Partiellement : des fiches existent pour les zones mais pas pour les conduits, ou des champs clés comme le responsable ou le SL-T sont vides.
        Points faibles : le responsable est un service plutôt qu'une personne ; flux de données non décrits, si bien que les règles de pare-feu ne peuvent pas être vérifiées par rapport à eux.
    .evidence =
        Fiche de caractéristiques de chaque zone et conduit
        Liste des flux de données par conduit

zcr-6-5 =
    .title = Hypothèses sur l'environnement d'exploitation
    .question = Avez-vous noté ce que vous supposez sur le lieu et la manière dont le système fonctionne, par exemple salles de contrôle fermées à clé, quarts occupés en permanence, sites clôturés ou station distante sans personnel ?
    .guidance =
        À examiner : la section des hypothèses de la spécification, par zone là où les conditions diffèrent.
        Fait : les conditions physiques et organisationnelles sur lesquelles repose la conception de sécurité sont énoncées : accès aux bâtiments, qui exploite le système, comment il est maintenu.
        Partiellement : hypothèses formulées en réunion mais non consignées, ou génériques et inadaptées aux parties distantes ou sans personnel du système.
        Points faibles : hypothèses qui ne sont plus vraies (une armoire désormais dans une zone publique) ; personne ne les vérifie quand le site change.
    .evidence =
        Section des hypothèses de la spécification
        Description du contrôle d'accès au site

zcr-6-6 =
    .title = Environnement de menace
    .question = Avez-vous décrit les menaces auxquelles ce système fait face aujourd'hui, quels types d'attaquants sont crédibles pour votre secteur et votre site, et d'où vient cette vision ?
    .guidance =
        À examiner : la section environnement de menace de la spécification et les sources de menace derrière le registre des risques.
        Fait : les acteurs de menace crédibles et leurs moyens probables sont décrits, avec des sources datées : rapports du CERT national, groupes d'échange sectoriels, avis des fournisseurs.
        Partiellement : un énoncé générique du type « pirates et logiciels malveillants » sans sources ni lien avec le secteur.
        Points faibles : une description jamais mise à jour depuis le début du projet ; menaces internes et de la chaîne d'approvisionnement absentes.
    .evidence =
        Section environnement de menace avec sources et date
        Rapports de menace sectoriels ou avis utilisés

zcr-6-7 =
    .title = Politiques de sécurité de l'organisation
    .question = La spécification indique-t-elle quelles politiques de sécurité de votre organisation s'appliquent à ce système, par exemple sur les mots de passe, l'accès à distance, les correctifs ou les supports amovibles ?
    .guidance =
        À examiner : les politiques auxquelles renvoie la spécification, et si elles peuvent vraiment être appliquées sur une installation en marche.
        Fait : les politiques applicables à chaque zone sont nommées avec leurs versions, et chaque exception pour le système de contrôle-commande est consignée et approuvée.
        Partiellement : un renvoi général à la politique IT de l'entreprise, sans vérifier que le système de contrôle-commande peut la suivre.
        Points faibles : règles IT exigeant des redémarrages forcés ou l'expiration des mots de passe sur les IHM opérateur ; exceptions convenues seulement oralement.
    .evidence =
        Liste des politiques applicables avec leurs versions
        Exceptions approuvées pour le système de contrôle-commande

zcr-6-8 =
    .title = Risque tolérable
    .question = Le risque tolérable utilisé dans cette appréciation est-il écrit et approuvé, par exemple sous la forme d'une matrice des risques avec une ligne claire entre risque acceptable et inacceptable ?
    .guidance =
        À examiner : l'énoncé du risque tolérable ou la matrice des risques en vigueur, et qui l'a approuvé.
        Fait : le risque tolérable est documenté avec ses échelles de vraisemblance et d'impact et approuvé par la direction, et l'appréciation indique quelle version elle a utilisée.
        Partiellement : une matrice existe mais n'a jamais été formellement approuvée, ou elle ne couvre que la sécurité des personnes ou que les pertes économiques.
        Points faibles : seuils de tolérance différents entre les équipes sécurité des procédés et cybersécurité ; version utilisée non consignée.
    .evidence =
        Matrice des risques approuvée ou énoncé du risque tolérable
        Trace de l'approbation par la direction

zcr-6-9 =
    .title = Exigences réglementaires
    .question = Avez-vous listé les lois, réglementations et règles sectorielles qui imposent des exigences de cybersécurité à ce système, comme les lois sur les infrastructures critiques ou les réglementations sectorielles ?
    .guidance =
        À examiner : la liste des exigences réglementaires dans la spécification et la façon dont chacune se retrouve dans les exigences.
        Fait : les lois et règles sectorielles applicables sont identifiées, avec les parties qui concernent ce système, et reliées aux exigences qui y répondent.
        Partiellement : réglementations nommées sans vérifier ce qu'elles exigent réellement de ce système.
        Points faibles : règles d'un second pays où siège le propriétaire de l'installation ou où ses produits sont vendus ; nouvelles règles (par exemple NIS2 dans l'UE) pas encore examinées.
        Non applicable : rarement justifié ; consigner qui a confirmé qu'aucune réglementation ne s'applique.
    .evidence =
        Liste des réglementations et normes applicables
        Correspondance entre exigences réglementaires et exigences du système

## ZCR 7 Approbation du propriétaire d'actifs
zcr-7 =
    .title = Approbation du propriétaire d'actifs
    .description = Les personnes responsables de l'installation acceptent les résultats de l'appréciation du risque, le risque qui subsiste et les exigences de sécurité, et cette acceptation est consignée.

zcr-7-1 =
    .title = Obtenir l'approbation du propriétaire d'actifs
    .question = Les personnes responsables de l'installation ont-elles formellement approuvé les résultats de l'appréciation du risque, le risque restant et les exigences de sécurité, et cette approbation est-elle consignée ?
    .guidance =
        À examiner : la trace d'approbation de l'appréciation du risque et de la spécification des exigences.
        Fait : une personne nommée ayant autorité sur l'installation a validé les résultats, le risque résiduel et la spécification, avec la date et la version du document.
        Partiellement : approbation donnée par e-mail ou oralement, ou par l'équipe projet plutôt que par le propriétaire d'actifs.
        Points faibles : approbation d'une version antérieure seulement ; risque résiduel accepté sans avoir été présenté à l'approbateur.
        Demander aussi : quand l'approbation sera-t-elle renouvelée, par exemple après une modification majeure ?
    .evidence =
        Page d'approbation signée ou trace du circuit d'approbation
        Compte rendu de la réunion de revue avec le propriétaire d'actifs
