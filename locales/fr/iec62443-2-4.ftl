### IEC 62443-2-4:2023 (éd. 2) capacités des prestataires de services : textes français pour iacs-assess.
### Rédigés spécialement pour cet outil ; ce n'est pas le texte de la norme. Identifiants et titres courts sont des faits.
### La personne interrogée représente le prestataire de services (intégrateur ou prestataire de maintenance) : chef de projet,
### responsable sécurité ou technicien d'intervention. Les questions parlent de « votre entreprise », « votre personnel » et « cette solution ».
### Termes (revue 2026-12), vérifiés par tests/terms.rs : « sécurité » et « cybersécurité » = security. Safety = sécurité fonctionnelle,
### système ou fonction instrumenté(e) de sécurité (SIS), sécurité des personnes, sécurité des procédés ; jamais « fonction de sécurité »,
### « système de sécurité » ni « sûreté » seuls. Commutateur (pas switch), propriétaire d'actifs (pas exploitant), liste d'autorisation.

questionnaire =
    .title = IEC 62443-2-4 : capacités des prestataires de services
    .description = L'IEC 62443-2-4 examine ce qu'un intégrateur ou un prestataire de maintenance sait faire, de manière sécurisée, lorsqu'il construit ou maintient une solution d'automatisation pour un propriétaire d'actifs : son personnel, ses conceptions, sa gestion de l'accès à distance, des comptes, des logiciels malveillants, des correctifs et des sauvegardes. Chaque exigence reçoit un niveau de maturité, de ML1 (réalisé, mais au cas par cas) à ML4 (mesuré et amélioré), ou est marquée non mise en œuvre ou non applicable.

## Domaines fonctionnels

sp-01 =
    .title = Personnel affecté à la solution
    .description = Comment vous choisissez, informez et engagez les personnes, les vôtres et celles de vos sous-traitants, qui travaillent sur la solution d'un client. Couvre aussi qui porte la parole sécurité et comment le client apprend les changements de personnel.

sp-02 =
    .title = Assurance de la sécurité
    .description = Votre capacité à montrer que ce que vous livrez est suffisamment sécurisé : preuves pour les produits utilisés, outils et scans de sécurité sans danger, et guides de durcissement réellement appliqués.

sp-03 =
    .title = Architecture de sécurité
    .description = La sécurité intégrée dès la conception de la solution : appréciation du risque, zones et segmentation, vulnérabilités, heure, durcissement, postes de travail, administration des équipements réseau et données sensibles.

sp-04 =
    .title = Sans fil
    .description = Comment les liaisons sans fil de la solution sont conçues, documentées, protégées et nommées. Si la solution n'a aucune liaison sans fil, marquez tout le domaine non applicable en donnant cette raison.

sp-05 =
    .title = SIS (système instrumenté de sécurité)
    .description = Tenir le système instrumenté de sécurité, ses communications et ses outils d'ingénierie à l'abri du système de contrôle-commande, de l'accès à distance et des autres logiciels. Marquez non applicable si la solution ne comporte pas de SIS.

sp-06 =
    .title = Gestion de configuration
    .description = Plans et documents de récolement, inventaire des composants, et vérification que les équipements portent bien les paramètres approuvés.

sp-07 =
    .title = Accès à distance
    .description = Comment les connexions à distance vers le système du client sont choisies, décrites, approuvées une par une et protégées, en particulier via des réseaux publics.

sp-08 =
    .title = Gestion des événements
    .description = Traitement des incidents de sécurité, enregistrement des événements de sécurité, remontée sécurisée des alarmes et événements procédé, et comportement de la solution lors d'une avalanche d'événements.

sp-09 =
    .title = Gestion des comptes
    .description = Comptes utilisateurs et mots de passe de la solution : comptes individuels, comptes par défaut et intégrés, suppression des comptes obsolètes, règles de mot de passe et mots de passe partagés.

sp-10 =
    .title = Protection contre les logiciels malveillants
    .description = Protection antivirus de la solution et son maintien, vérification qu'elle détecte les logiciels malveillants, mises à jour des signatures, et équipements livrés et supports amovibles exempts de logiciels malveillants.

sp-11 =
    .title = Gestion des correctifs
    .description = Qualification des correctifs pour la solution, suivi de leur état, obtention et transmission sûres des correctifs, et installation avec l'accord du client sans perdre le durcissement.

sp-12 =
    .title = Sauvegarde et restauration
    .description = Procédures de sauvegarde et de restauration, supports de sauvegarde, vérification et démonstration complète, sauvegardes selon le calendrier du client sans perturber l'exploitation, et reprise après sinistre.

## SP.01 Personnel affecté à la solution

sp-01-01-br =
    .title = Le personnel connaît ses obligations de sécurité
    .question = Les ingénieurs et le personnel de projet que vous affectez à la solution de ce client savent-ils quelles règles de sécurité de votre entreprise s'appliquent sur cette affaire, et pouvez-vous montrer qu'ils les respectent ?
    .guidance =
        Cherchez une présentation sécurité liée au projet, pas seulement un e-learning annuel de sensibilisation.
        ML1: les ingénieurs expérimentés connaissent les règles par habitude ; rien ne montre qui a été informé de quoi.
        ML2: une présentation sécurité écrite existe pour cette solution et chaque personne affectée y a assisté ou l'a signée.
        ML3: la même présentation, commune à l'entreprise, est faite sur chaque projet et des enregistrements le montrent pour chaque nouvel arrivant.
        ML4: la présentation est révisée à partir des constats d'audit et des incidents ; le taux de réalisation et les manquements aux règles sont suivis.
        Points faibles : personnes ajoutées en cours de projet, techniciens envoyés pour une seule intervention.
        Demander aussi : que se passe-t-il quand quelqu'un enfreint une règle, et existe-t-il un cas réel ?
    .evidence =
        Support de sensibilisation sécurité utilisé pour cette solution
        Feuille d'émargement ou accusés de réception signés du personnel affecté
        Règles de sécurité de votre entreprise pour le travail en projet et sur site

sp-01-01-re-1 =
    .title = Les sous-traitants connaissent leurs obligations
    .question = Lorsque vous faites intervenir des sous-traitants ou des ingénieurs indépendants sur cette solution, comment vous assurez-vous qu'ils connaissent et respectent les mêmes règles de sécurité que votre propre personnel ?
    .guidance =
        ML1: les sous-traitants reçoivent les règles oralement, de la personne qui les a engagés.
        ML2: les contrats de sous-traitance de cette solution reprennent vos règles de sécurité et chaque intervenant sous-traitant a été sensibilisé, avec trace écrite.
        ML3: une clause type et une étape d'accueil s'appliquent à tout sous-traitant ; les achats ne peuvent pas passer commande sans elles.
        ML4: le respect des règles par les sous-traitants est évalué (résultats d'audit, incidents) et les clauses ou la sensibilisation sont mises à jour.
        Points faibles : sous-traitants de rang 2, intérimaires, spécialistes de fournisseurs venus pour une journée.
        Demander aussi : qui, dans votre entreprise, vérifie qu'un sous-traitant a réellement sensibilisé ses propres équipes ?
    .evidence =
        Contrat de sous-traitance ou bon de commande avec clauses de sécurité
        Traces de sensibilisation du personnel sous-traitant sur ce projet
        Liste des sous-traitants intervenant sur la solution

sp-01-02-br =
    .title = Personnel informé des règles de sécurité du client
    .question = Avant que vos équipes ne commencent à travailler sur le site ou les systèmes de ce client, leur présente-t-on les règles de sécurité propres au client, par exemple accès au site, clés USB, accès à distance et mots de passe ?
    .guidance =
        ML1: le personnel découvre les règles du client le premier jour sur site, voire jamais.
        ML2: les règles du client utiles pour cette solution sont rassemblées, présentées à l'équipe et la présence est enregistrée.
        ML3: obtenir et présenter les politiques du client est une étape fixe du projet ; les enregistrements existent projet après projet.
        ML4: les écarts entre les règles du client et votre propre pratique sont analysés et intégrés à vos sensibilisations.
        Points faibles : règles du client qui changent en cours de projet, personnel à distance qui ne vient jamais sur site.
        Demander aussi : comment apprendriez-vous que le client a modifié l'une de ses règles de sécurité ?
    .evidence =
        Copie des règles de sécurité du client détenue par le projet
        Enregistrements d'accueil sécurité sur site pour chaque ingénieur
        Compte rendu de lancement couvrant les règles de sécurité du client

sp-01-02-re-1 =
    .title = Respect des procédures de modification et permis du client
    .question = Vos ingénieurs ne modifient-ils le système de contrôle-commande du client que dans le cadre de son processus de gestion des modifications et de permis de travail, même pour de petites corrections ?
    .guidance =
        ML1: les permis sont généralement obtenus, mais des corrections rapides (repère, limite de consigne, règle de pare-feu) passent au travers.
        ML2: pour cette solution, chaque modification porte un numéro de permis ou de MoC dans vos fiches d'intervention ou rapports de service.
        ML3: la procédure de votre entreprise interdit tout travail sans permis du client, sur tous les sites ; les audits internes le confirment.
        ML4: les écarts sont comptés et analysés, et la procédure ou la formation est ajustée.
        Points faibles : modifications à distance la nuit, modifications en ligne de programmes d'automate, remplacements « à l'identique ».
        Demander aussi : prenez une modification du mois dernier et montrez le permis correspondant.
    .evidence =
        Fiches d'intervention ou rapports de service portant un numéro de MoC ou de permis
        Permis du client pour une modification récente
        Votre règle interne exigeant le permis du client

sp-01-03-br =
    .title = Personnel tenu de protéger les données du client
    .question = Votre personnel est-il tenu, par contrat ou engagement signé, de garder confidentielles les informations de ce client : plans, plans d'adressage IP, mots de passe, recettes et données de procédé ?
    .guidance =
        ML1: les contrats de travail contiennent une clause de confidentialité générale qui ne dit rien des données client.
        ML2: toutes les personnes travaillant sur cette solution ont signé un accord de confidentialité (NDA) ou un engagement projet couvrant les données client.
        ML3: une règle d'entreprise l'exige sur chaque projet, et les dossiers RH et projet le montrent à chaque fois.
        ML4: les violations et quasi-incidents sont analysés, et les accords et règles de traitement des données améliorés.
        Points faibles : plans et sauvegardes restés sur des portables personnels ou des partages de fichiers après la fin du projet.
        Demander aussi : que deviennent les données client détenues par un ingénieur qui quitte votre entreprise ?
    .evidence =
        Accord de confidentialité ou engagement signé du personnel affecté
        Vos règles de traitement des informations client
        Liste de contrôle de départ du personnel

sp-01-03-re-1 =
    .title = Sous-traitants tenus de protéger les données
    .question = Vos sous-traitants, et chacune de leurs personnes ayant un accès, sont-ils tenus de protéger les données de ce client de la même façon que votre propre personnel, et pouvez-vous le montrer ?
    .guidance =
        ML1: le contrat de sous-traitance contient une clause de confidentialité générale ; les personnes ne signent rien.
        ML2: chaque intervenant sous-traitant sur cette solution est couvert par un accord signé que vous pouvez produire.
        ML3: les achats l'exigent pour chaque sous-traitance, avec report aux rangs inférieurs ; les enregistrements sont complets.
        ML4: vous vérifiez comment les sous-traitants traitent les données client et renforcez les clauses après constats.
        Points faibles : données client envoyées aux sous-traitants par e-mail ou via des partages de fichiers que vous ne maîtrisez pas.
        Demander aussi : savez-vous quels documents du client chaque sous-traitant détient aujourd'hui ?
    .evidence =
        Clause de confidentialité du contrat de sous-traitance
        Accords signés par les intervenants sous-traitants
        Registre des données client transmises, et à qui

sp-01-04-br =
    .title = Vérification des antécédents du personnel
    .question = Vérifiez-vous les antécédents (identité, références, casier judiciaire lorsque la loi le permet) de votre personnel qui obtient un accès privilégié ou non accompagné aux systèmes de ce client ?
    .guidance =
        ML1: certaines personnes ont été vérifiées à l'embauche, sans lien avec les rôles qu'elles ont pris ensuite.
        ML2: le personnel en rôle sensible sur cette solution a une vérification enregistrée conforme à ce que le client a demandé.
        ML3: une procédure d'entreprise précise quels rôles exigent quelles vérifications et quand les renouveler ; les dossiers RH le montrent.
        ML4: le périmètre des vérifications est revu après incidents, évolutions légales et retours des clients.
        Points faibles : personnel ancien jamais revérifié, mutations internes, limites fixées par le droit local de la vie privée.
        Demander aussi : pouvez-vous confirmer au client qui a été vérifié sans divulguer de données personnelles ?
    .evidence =
        Procédure de vérification et liste des rôles concernés
        Confirmation RH des vérifications pour le personnel affecté à cette solution
        Exigences de vérification du client, s'il y en a

sp-01-04-re-1 =
    .title = Vérification des antécédents des sous-traitants
    .question = Vous assurez-vous que le personnel sous-traitant qui obtient un accès privilégié ou non accompagné aux systèmes de ce client a fait l'objet des mêmes vérifications d'antécédents que vos propres équipes ?
    .guidance =
        ML1: vous faites confiance au sous-traitant ; rien n'est demandé ni enregistré.
        ML2: pour cette solution, le sous-traitant a confirmé par écrit que chaque personne nommée a été vérifiée.
        ML3: chaque contrat de sous-traitance exige des vérifications équivalentes, et la confirmation est recueillie avant tout accès.
        ML4: vous contrôlez par sondage les vérifications des sous-traitants et relevez les exigences après constats.
        Points faibles : remplaçants envoyés au dernier moment, techniciens de maintenance des constructeurs.
        Demander aussi : qui empêche un sous-traitant de commencer quand la confirmation manque ?
    .evidence =
        Clause de sous-traitance exigeant la vérification
        Confirmation écrite des vérifications pour les intervenants sous-traitants nommés
        Formulaire de demande d'accès qui demande l'état de la vérification

sp-01-05-br =
    .title = Contact sécurité désigné pour le client
    .question = Une personne nommée de votre entreprise est-elle le contact sécurité pour la solution de ce client, et le client sait-il qui c'est et comment la joindre, suppléant compris ?
    .guidance =
        ML1: le chef de projet répond aux questions de sécurité quand elles se posent ; personne n'est désigné.
        ML2: un contact sécurité et un suppléant sont nommés pour cette solution dans les documents de projet remis au client.
        ML3: chaque projet désigne un contact sécurité selon une procédure d'entreprise, avec partout la même fiche de rôle.
        ML4: la réactivité aux demandes de sécurité du client est suivie et le rôle ajusté selon l'expérience.
        Points faibles : le contact a changé mais le client n'a jamais été prévenu ; personne pour assurer l'intérim pendant les congés.
        Demander aussi : appelez le numéro indiqué dans le document et voyez qui répond.
    .evidence =
        Organigramme du projet désignant le contact sécurité
        Liste de contacts remise au client
        Fiche de rôle du contact sécurité

sp-01-06-br =
    .title = Responsable sécurité dûment qualifié
    .question = La personne qui pilote la sécurité sur cette solution a-t-elle des compétences avérées en cybersécurité des systèmes industriels, par une formation, une certification ou une expérience de projet comparable ?
    .guidance =
        ML1: le responsable est un bon ingénieur sans formation ni références particulières en sécurité.
        ML2: les qualifications requises pour le rôle sont écrites, et le responsable de cette solution les remplit.
        ML3: l'entreprise tient un référentiel de compétences pour les responsables sécurité et un registre des personnes qualifiées.
        ML4: les qualifications sont entretenues selon un plan, et les lacunes constatées en projet orientent la formation.
        Points faibles : certifications expirées, compétences en sécurité informatique de bureau sans expérience industrielle.
        Demander aussi : qui remplace le responsable en son absence, et cette personne est-elle qualifiée elle aussi ?
    .evidence =
        Référentiel de compétences des responsables sécurité
        CV, attestations de formation ou certificats du responsable actuel
        Plan de formation du personnel sécurité

sp-01-07-br =
    .title = Client informé des changements de personnel
    .question = Quand une personne ayant accès aux systèmes de ce client rejoint ou quitte le projet, ou quitte votre entreprise, prévenez-vous le client à temps pour qu'il crée ou retire ses accès ?
    .guidance =
        ML1: le client l'apprend quand un nouveau visage arrive ou qu'il remarque un ancien compte.
        ML2: les changements de personnel sur cette solution sont notifiés par écrit dans un délai convenu avec le client.
        ML3: l'information du client est une étape de votre processus arrivées, mutations et départs, pour tous les clients.
        ML4: les délais de notification sont mesurés et les retards analysés.
        Points faibles : départs précipités, changements de personnel chez les sous-traitants.
        Demander aussi : montrez le dernier départ et quand le client a supprimé ses comptes et son badge.
    .evidence =
        Avis de changement de personnel envoyés au client
        Liste de contrôle de départ avec une étape d'information du client
        Trace du client montrant le retrait des accès d'une personne partie

## SP.02 Assurance de la sécurité

sp-02-01-br =
    .title = Preuves de sécurité des composants livrés
    .question = Pouvez-vous montrer à ce client des preuves que les produits intégrés dans la solution (automates, commutateurs, IHM, logiciels) sont suffisamment sûrs, comme des certificats IEC 62443-4-2 ou des rapports d'essai ?
    .guidance =
        ML1: vous vous fiez aux plaquettes et déclarations générales des constructeurs.
        ML2: pour cette solution, vous avez rassemblé des preuves par type de composant : certificats, rapports d'essai, manuels de sécurité.
        ML3: sur chaque projet, le choix des produits exige des preuves de sécurité, consignées dans une liste de produits approuvés.
        ML4: les preuves sont actualisées quand les produits ou les menaces évoluent, et les produits faibles sont retirés progressivement.
        Points faibles : logiciels tiers comme les serveurs OPC et outils de prise en main à distance, vieilles pièces de rechange ressorties du stock.
        Demander aussi : que faites-vous quand le client impose un produit pour lequel aucune preuve n'existe ?
    .evidence =
        Liste des composants avec les preuves de sécurité de chacun
        Certificats de sécurité produit ou rapports d'essai
        Liste de produits approuvés et ses critères de sélection

sp-02-02-br =
    .title = Outils de test de sécurité recommandés
    .question = Indiquez-vous au client quels outils peuvent être utilisés sans danger pour scanner ou tester la sécurité de cette solution (scanners de vulnérabilités, capture de trafic, contrôle de configuration), et avec quels réglages ?
    .guidance =
        ML1: les ingénieurs citent un outil quand on le leur demande ; personne ne l'a essayé sur ce type de système.
        ML2: une liste d'outils pour cette solution, avec des réglages connus pour être sans danger, a été remise au client.
        ML3: votre entreprise tient une liste d'outils testés sur ses systèmes de référence et l'utilise sur tous les projets.
        ML4: les recommandations sont mises à jour à partir des résultats de tests et de l'expérience terrain.
        Points faibles : profils de scan « complets » par défaut qui font planter d'anciens automates ou cartes de communication.
        Demander aussi : un outil recommandé a-t-il déjà causé des problèmes, et qu'est-ce qui a changé ensuite ?
    .evidence =
        Liste des outils recommandés remise au client
        Compte rendu d'essai montrant que les outils ont été testés sur ce type de système
        Réglages sans danger par type de composant

sp-02-02-re-1 =
    .title = Accord du client avant tout outil de sécurité
    .question = Avant que votre personnel ne lance un scanner, une capture de trafic ou un autre outil de sécurité sur le réseau du client, obtenez-vous l'accord écrit du client sur l'outil, le périmètre et le créneau horaire ?
    .guidance =
        ML1: les ingénieurs demandent oralement au chef de quart avant de scanner.
        ML2: pour cette solution, chaque utilisation d'outil a un accord écrit qui nomme l'outil, la plage cible et le créneau.
        ML3: les règles de l'entreprise interdisent d'utiliser ces outils sans accord du client, sur tous les sites ; les enregistrements sont complets.
        ML4: les utilisations non autorisées sont détectées et analysées, et le processus d'accord est amélioré.
        Points faibles : logiciels de portable qui scannent d'eux-mêmes (découverte d'outils d'inventaire, recherche d'imprimantes, extensions d'IDE).
        Demander aussi : comment sauriez-vous qu'un ingénieur a utilisé un outil sans accord ?
    .evidence =
        Accord pour un scan récent, avec outil, périmètre et horaire
        Règle de l'entreprise sur les outils de sécurité chez les clients
        Permis de travail couvrant une activité de scan

sp-02-02-re-2 =
    .title = Recherche d'équipements inconnus et de faiblesses
    .question = Scannez-vous la solution pour trouver les équipements, services ou connexions absents de la documentation, ainsi que les vulnérabilités connues, et communiquez-vous les résultats au client ?
    .guidance =
        ML1: quelqu'un a lancé un scan une fois à la mise en service ; les résultats n'ont pas été conservés.
        ML2: les scans de cette solution suivent une méthode écrite ; les résultats sont comparés à l'inventaire et communiqués.
        ML3: la même méthode est appliquée sur tous les projets à des jalons fixés, par exemple avant la remise et après des modifications majeures.
        ML4: l'évolution des constats est suivie dans le temps et la méthode ajustée pour trouver plus en perturbant moins.
        Points faibles : modems oubliés, PC à double attachement réseau et commutateurs non administrés qu'un scan rapide ne montre pas.
        Demander aussi : qu'est devenu le dernier équipement non documenté que vous avez trouvé ?
    .evidence =
        Dernier rapport de scan et ses constats
        Comparaison des résultats de scan avec l'inventaire des composants
        Procédure de scan

sp-02-02-re-3 =
    .title = L'installation continue de tourner pendant les scans
    .question = Comment vous assurez-vous qu'un scan ou un test de sécurité du système en service ne perturbe pas les fonctions essentielles comme la conduite, les fonctions instrumentées de sécurité, les alarmes et les vues opérateur ?
    .guidance =
        ML1: les scans restent légers par intuition, ou sont simplement évités sur l'installation en marche.
        ML2: pour cette solution, des réglages sans danger ont été validés sur un système de test, avec critères d'arrêt écrits et solution de repli.
        ML3: une méthode d'entreprise couvre les essais sur système de référence, la surveillance du procédé pendant les scans et l'arrêt rapide.
        ML4: les perturbations et quasi-incidents dus aux scans sont analysés et la méthode affinée.
        Points faibles : automates aux piles réseau fragiles, scans pendant un démarrage ou un changement de lot.
        Demander aussi : qui surveille le procédé et qui peut arrêter le scan ?
    .evidence =
        Compte rendu d'essai des réglages de scan sur un système de test ou de référence
        Plan de scan avec étapes de surveillance et d'arrêt
        Main courante opérateur pendant le dernier scan

sp-02-03-br =
    .title = Guides de durcissement documentés
    .question = Remettez-vous au client des guides de durcissement écrits pour chaque type de composant de la solution : quels services, ports, comptes et paramètres désactiver ou régler ?
    .guidance =
        ML1: les ingénieurs durcissent de mémoire ; rien n'est écrit.
        ML2: des guides de durcissement existent pour les composants de cette solution et ont été remis au client.
        ML3: votre entreprise tient des guides de durcissement par produit et version, revus avant chaque projet.
        ML4: les guides sont mis à jour selon les nouvelles vulnérabilités et les constats d'audit, avec historique des versions.
        Points faibles : guides qui couvrent Windows mais oublient commutateurs, automates, pare-feu et E/S déportées.
        Demander aussi : quelle version du guide s'applique au firmware installé aujourd'hui ?
    .evidence =
        Guide de durcissement d'un poste opérateur (IHM) ou d'une station d'ingénierie
        Guide de durcissement d'un commutateur ou d'un pare-feu de la solution
        Historique des versions des guides

sp-02-03-re-1 =
    .title = Durcissement vérifié par rapport aux guides
    .question = Après l'installation ou la modification d'un composant, vérifiez-vous qu'il a réellement été durci comme le prévoient vos guides, et conservez-vous le résultat ?
    .guidance =
        ML1: l'installateur dit que c'est fait ; personne ne vérifie.
        ML2: pour cette solution, une liste de contrôle ou une vérification scriptée est passée par composant et les résultats sont conservés.
        ML3: la vérification est une étape fixe avant la remise sur tous les projets, faite par une autre personne que l'installateur.
        ML4: les écarts trouvés sont comptés, et les guides et outils de vérification améliorés.
        Points faibles : pièces remplacées en maintenance qui ne repassent jamais la vérification.
        Demander aussi : prenez un équipement et comparez ses réglages réels avec la liste de contrôle.
    .evidence =
        Liste de contrôle de durcissement remplie pour un composant
        Sortie d'un outil de conformité de configuration
        Procès-verbal FAT ou SAT comportant une étape de contrôle du durcissement

## SP.03 Architecture de sécurité

sp-03-01-br =
    .title = Appréciation du risque de sécurité de la solution
    .question = Avez-vous, ou le client avec votre aide, réalisé une appréciation du risque de sécurité de cette solution (par exemple selon l'IEC 62443-3-2), et ses résultats ont-ils orienté la conception ?
    .guidance =
        ML1: les risques ont été évoqués en revue de conception mais pas mis par écrit.
        ML2: une appréciation du risque documentée de cette solution recense les menaces, les conséquences et les mesures retenues.
        ML3: une méthode d'entreprise unique est utilisée sur tous les projets, et ses résultats déterminent les zones et les niveaux de sécurité cibles.
        ML4: la méthode est revue après incidents et nouvelles menaces ; les appréciations sont refaites après des modifications majeures.
        Points faibles : une appréciation faite une seule fois à la conception et jamais revue après un changement de périmètre.
        Demander aussi : montrez un pare-feu ou un choix de conception et le risque auquel il répond.
    .evidence =
        Rapport d'appréciation du risque de cette solution
        Document de conception reliant les mesures aux risques
        Méthode d'appréciation du risque de votre entreprise

sp-03-01-re-1 =
    .title = Résultats de l'appréciation remis au client
    .question = Avez-vous remis au client les résultats de l'appréciation du risque de sécurité de cette solution, y compris les risques résiduels qu'il doit accepter ou traiter lui-même ?
    .guidance =
        ML1: les résultats ont été présentés en réunion ; rien n'a été remis.
        ML2: le rapport de cette solution a été envoyé au client et sa réception enregistrée.
        ML3: les résultats, avec la liste des risques résiduels, sont un livrable fixe de chaque projet.
        ML4: les retours du client sur les résultats sont recueillis et servent à améliorer le rapport.
        Points faibles : risques résiduels noyés dans une annexe ; rapport envoyé aux achats au lieu du responsable sécurité.
        Demander aussi : le client a-t-il formellement accepté les risques résiduels, et qui a signé ?
    .evidence =
        Bordereau de transmission de l'appréciation du risque au client
        Liste des risques résiduels acceptée ou signée par le client

sp-03-01-re-2 =
    .title = Revue indépendante de l'architecture et des menaces
    .question = Une personne indépendante de l'équipe de conception, d'un autre service ou d'une société extérieure, a-t-elle revu l'architecture de sécurité et le modèle de menaces de cette solution ?
    .guidance =
        ML1: un collègue y a jeté un œil de façon informelle.
        ML2: une revue indépendante de cette solution a été faite ; ses constats sont enregistrés et suivis.
        ML3: la revue indépendante est un jalon obligatoire sur tous les projets au-delà d'une taille ou d'un risque fixés.
        ML4: les constats de revue de l'ensemble des projets sont analysés pour améliorer les modèles de conception et la revue elle-même.
        Points faibles : des relecteurs « indépendants » qui ont eux-mêmes conçu une partie du système.
        Demander aussi : quels constats de la revue n'ont pas été traités, et pourquoi ?
    .evidence =
        Rapport de revue indépendante nommant les relecteurs
        Suivi des constats montrant comment chacun a été clos

sp-03-02-br =
    .title = Réseau segmenté conformément à la conception
    .question = La solution est-elle découpée en zones et conduits (réseaux séparés, pare-feu, DMZ) exactement selon la conception approuvée par le client, et pouvez-vous montrer que cela a été vérifié ?
    .guidance =
        ML1: les réseaux sont séparés là où les ingénieurs l'ont jugé utile.
        ML2: la segmentation de cette solution suit une conception approuvée et a été vérifiée à la remise.
        ML3: chaque projet construit une conception de zones approuvée et la vérifie, par exemple par revue des règles de pare-feu et tests.
        ML4: la segmentation est revérifiée régulièrement et les modèles de conception améliorés à partir des constats.
        Points faibles : liaisons provisoires restées en place, stations d'ingénierie à double attachement, VLAN « maintenance » à plat.
        Demander aussi : montrez un câble ou un VLAN qui franchit une limite de zone et le conduit auquel il appartient.
    .evidence =
        Schéma des zones et conduits approuvé
        Export des règles de pare-feu avec la justification de chaque règle
        Procès-verbal de test de segmentation à la remise

sp-03-02-re-1 =
    .title = Segments et interfaces documentés
    .question = Vos documents recensent-ils chaque segment réseau de la solution et chaque interface entre segments, en indiquant lesquels se raccordent à des réseaux de confiance et lesquels à des réseaux non fiables ?
    .guidance =
        ML1: le schéma réseau montre les segments ; les interfaces ne sont pas décrites.
        ML2: pour cette solution, chaque segment et chaque interface sont recensés avec leur niveau de confiance et les flux autorisés.
        ML3: un modèle d'entreprise pour les segments et interfaces est utilisé sur tous les projets.
        ML4: les documents sont comparés régulièrement au réseau réel et le modèle est amélioré.
        Points faibles : liaisons vers le réseau bureautique, les clouds des fournisseurs ou la réplication de l'historian que personne n'a recensées.
        Demander aussi : quelle interface la connexion de support à distance utilise-t-elle ?
    .evidence =
        Liste des segments et interfaces avec leurs niveaux de confiance
        Descriptions des conduits avec protocoles et ports autorisés

sp-03-02-re-2 =
    .title = Interfaces non fiables protégées
    .question = Là où la solution se raccorde à un réseau non fiable (informatique de gestion, internet, tiers), la liaison est-elle protégée par un pare-feu, une DMZ ou une diode de données que vous avez configurés pour ne laisser passer que le trafic nécessaire ?
    .guidance =
        ML1: il y a un pare-feu, mais avec des règles larges.
        ML2: chaque interface non fiable de cette solution a un équipement de protection avec des règles minimales et documentées.
        ML3: un standard d'entreprise fixe des modèles de protection des interfaces non fiables, appliqués sur chaque projet.
        ML4: les règles sont revues selon un calendrier et les modèles améliorés à partir des tests et des incidents.
        Points faibles : règles « any to any » ajoutées pendant la mise en service et jamais retirées.
        Demander aussi : quand les règles de pare-feu ont-elles été revues pour la dernière fois, et par qui ?
    .evidence =
        Export de configuration du pare-feu avec justification des règles
        Conception de la DMZ
        Compte rendu de la dernière revue des règles

sp-03-03-br =
    .title = Gestion des vulnérabilités de la solution
    .question = Comment apprenez-vous l'existence de nouvelles vulnérabilités dans les produits de cette solution, évaluez-vous ce qu'elles signifient pour ce client et lui indiquez-vous quoi faire ?
    .guidance =
        ML1: les ingénieurs entendent parler des vulnérabilités par la presse ou les constructeurs et réagissent au cas par cas.
        ML2: pour cette solution, les avis de sécurité sont surveillés, évalués et transmis au client avec des recommandations.
        ML3: un processus d'entreprise suit les avis pour tous les produits de votre parc installé, avec des échéances.
        ML4: les délais de réponse sont mesurés et le processus amélioré.
        Points faibles : produits que le constructeur ne maintient plus, bibliothèques tierces cachées dans les logiciels d'IHM.
        Demander aussi : montrez le dernier avis envoyé à ce client et le temps qu'il a fallu.
    .evidence =
        Liste de suivi des vulnérabilités de cette solution
        Avis de sécurité envoyé au client
        Procédure de traitement des vulnérabilités

sp-03-03-re-1 =
    .title = Parades aux protocoles faibles documentées
    .question = Pour les protocoles industriels de la solution aux faiblesses connues, comme Modbus/TCP ou l'OPC classique sans authentification, avez-vous mis par écrit comment le risque est réduit ?
    .guidance =
        ML1: les ingénieurs savent que les protocoles sont faibles ; rien n'est écrit.
        ML2: pour cette solution, chaque protocole faible est recensé avec la mesure qui compense, par exemple une limite de zone.
        ML3: un catalogue d'entreprise des faiblesses de protocoles et de leurs parades est utilisé sur tous les projets.
        ML4: le catalogue est mis à jour à partir des avis de sécurité et de l'expérience terrain.
        Points faibles : protocoles autorisés à travers les pare-feu parce que « le fournisseur en a besoin ».
        Demander aussi : un portable branché sur le réseau de contrôle-commande pourrait-il écrire dans un automate aujourd'hui ?
    .evidence =
        Liste des protocoles faibles avec leurs parades
        Note de conception pour un protocole faible

sp-03-04-br =
    .title = Distribution de l'heure sécurisée
    .question = Tous les équipements de la solution prennent-ils leur heure d'une source de confiance et protégée, pour que journaux et événements concordent et que l'heure ne puisse pas être facilement falsifiée ?
    .guidance =
        ML1: certains équipements se synchronisent sur un serveur de temps ; d'autres tournent sur leur propre horloge.
        ML2: cette solution a une hiérarchie de temps conçue, avec des sources protégées et des réglages documentés.
        ML3: un standard de conception d'entreprise pour la distribution de l'heure est appliqué, et la synchronisation est vérifiée à la remise.
        ML4: les dérives d'horloge et les défauts de synchronisation sont surveillés et la conception améliorée.
        Points faibles : automates mis à l'heure à la main, heure prise du domaine bureautique ou d'internet sans protection.
        Demander aussi : comparez tout de suite les horloges d'une IHM, d'un automate et du pare-feu.
    .evidence =
        Conception de la distribution de l'heure
        Réglages horaires d'un automate et d'une IHM
        Compte rendu de vérification de la synchronisation à la remise

sp-03-05-br =
    .title = Seules les fonctions nécessaires sont activées
    .question = Avez-vous désactivé ou supprimé les logiciels, services, ports et comptes dont la solution n'a pas besoin, sur les postes de travail, serveurs, automates et équipements réseau ?
    .guidance =
        ML1: les éléments superflus évidents sont retirés quand quelqu'un les remarque.
        ML2: pour cette solution, les fonctions nécessaires par composant sont listées et tout le reste est désactivé.
        ML3: chaque projet part de configurations de référence minimales d'entreprise par type de composant.
        ML4: les configurations de référence sont revues face aux nouvelles menaces et versions de produits.
        Points faibles : serveurs web sur automates et commutateurs, ports USB ouverts, ports de commutateur inutilisés laissés actifs.
        Demander aussi : lancez un scan de ports sur un équipement et comparez avec la liste.
    .evidence =
        Liste des ports et services activés par composant
        Résultat d'un scan de ports comparé à cette liste
        Configuration de référence pour un type de composant

sp-03-05-re-1 =
    .title = Seuls les certificats racines approuvés sont de confiance
    .question = Sur les ordinateurs et équipements de la solution, avez-vous retiré la confiance accordée aux autorités de certification que le client n'a pas approuvées, en ne gardant que celles dont le système a besoin ?
    .guidance =
        ML1: les magasins de certificats par défaut du système d'exploitation et des éditeurs restent tels que livrés.
        ML2: pour cette solution, les AC nécessaires sont listées et les magasins nettoyés en conséquence.
        ML3: tous les projets utilisent une référence de confiance des AC convenue avec le client.
        ML4: les magasins sont vérifiés périodiquement et la référence mise à jour quand des certificats expirent ou sont révoqués.
        Points faibles : la mise à jour automatique des certificats racines de Windows qui réinstalle des AC retirées.
        Demander aussi : qui décide qu'une nouvelle AC peut être ajoutée ?
    .evidence =
        Liste des AC approuvées pour la solution
        Export du magasin de certificats d'une IHM ou d'un serveur

sp-03-06-br =
    .title = Verrouillage de session sur les postes
    .question = Les postes que vous livrez (IHM, stations d'ingénierie, serveurs) verrouillent-ils la session après un temps d'inactivité ou à la demande, d'une manière adaptée aux opérateurs en salle de contrôle ?
    .guidance =
        ML1: le verrouillage d'écran est réglé sur certains PC, pas sur d'autres.
        ML2: pour cette solution, les délais de verrouillage sont convenus avec le client par rôle de poste et configurés.
        ML3: un standard d'entreprise fixe le comportement de verrouillage par rôle, vérifié à la remise sur tous les projets.
        ML4: les réglages de verrouillage sont revus avec les opérateurs et améliorés.
        Points faibles : IHM opérateur où un verrouillage masquerait les alarmes ; sessions partagées qui ne se verrouillent jamais.
        Demander aussi : comment les opérateurs gardent-ils la vue du procédé pendant que les commandes sont verrouillées ?
    .evidence =
        Réglages de verrouillage par rôle de poste
        Export de stratégie de groupe ou capture d'écran des réglages de verrouillage

sp-03-07-br =
    .title = Équipements de maintenance sans contournement de sécurité
    .question = Quand vos ingénieurs raccordent des portables, terminaux portatifs ou calibrateurs à la solution, pouvez-vous montrer que ces appareils ne contournent pas les pare-feu, contrôles d'accès ou autres protections ?
    .guidance =
        ML1: les ingénieurs se branchent là où c'est pratique, par exemple sur n'importe quel port libre d'un commutateur du réseau de contrôle-commande.
        ML2: pour cette solution, les points de raccordement et les règles pour les équipements de maintenance sont documentés et respectés.
        ML3: des règles d'entreprise pour les équipements de maintenance (dédiés, durcis, analysés avant usage) s'appliquent sur chaque site.
        ML4: l'usage des équipements de maintenance est surveillé et les règles améliorées à partir des constats.
        Points faibles : portables avec Wi-Fi et port filaire actifs en même temps, clés 4G, clés USB personnelles.
        Demander aussi : le portable devant vous sert-il aussi chez d'autres clients ?
    .evidence =
        Règles de raccordement des équipements de maintenance
        Trace de durcissement d'un portable de maintenance
        Schéma montrant les points de raccordement pour la maintenance

sp-03-07-re-1 =
    .title = Authentification multifacteur sur les postes
    .question = Les postes que vous livrez, ou les portables de maintenance apportés par votre personnel, exigent-ils plus qu'un mot de passe pour se connecter, comme une carte à puce ou un jeton, pour un usage privilégié ou à distance ?
    .guidance =
        ML1: mots de passe uniquement, avec du multifacteur sur quelques systèmes où le produit le rendait facile.
        ML2: pour cette solution, les postes qui doivent avoir du multifacteur sont définis et il y est mis en place.
        ML3: l'authentification multifacteur est un standard d'entreprise pour ces postes sur tous les projets, avec une procédure de secours.
        ML4: la couverture et les échecs de connexion sont suivis et la mise en œuvre améliorée.
        Points faibles : comptes de secours (bris de glace) sans second facteur, second facteur dépendant d'un réseau qui peut être en panne.
        Demander aussi : que se passe-t-il à 3 h du matin quand un ingénieur a perdu son jeton ?
    .evidence =
        Liste des postes avec authentification multifacteur
        Capture d'écran de la configuration multifacteur
        Procédure en cas de jeton perdu ou défectueux

sp-03-08-br =
    .title = Moindre privilège pour l'admin des équipements réseau
    .question = Les personnes qui administrent les commutateurs, routeurs et pare-feu de la solution ont-elles uniquement les droits dont elles ont besoin, plutôt qu'un identifiant d'administration complet partagé ?
    .guidance =
        ML1: un seul compte d'administration est utilisé par tous ceux qui touchent au réseau.
        ML2: pour cette solution, les droits d'administration par personne sont définis et paramétrés sur chaque équipement réseau.
        ML3: un standard d'entreprise pour les droits d'administration des équipements réseau est appliqué sur tous les projets.
        ML4: les droits sont revus régulièrement et ceux qui ne sont plus nécessaires sont retirés.
        Points faibles : comptes administrateur par défaut laissés actifs, comptes de support constructeur avec tous les droits.
        Demander aussi : qui peut modifier les règles du pare-feu aujourd'hui, et qui l'a approuvé ?
    .evidence =
        Liste des comptes et privilèges d'un commutateur ou d'un pare-feu
        Export de configuration montrant les niveaux de privilège des utilisateurs

sp-03-08-re-1 =
    .title = Administration réseau fondée sur les rôles
    .question = L'accès à l'administration des équipements réseau est-il attribué par rôle, par exemple lecture seule, exploitation et administration complète, idéalement depuis un annuaire central ou un serveur RADIUS/TACACS+ ?
    .guidance =
        ML1: les rôles existent sur le papier ; les comptes sont créés à la main sur chaque équipement.
        ML2: pour cette solution, les rôles sont définis et associés aux comptes sur tous les équipements réseau.
        ML3: l'accès par rôle aux équipements réseau est un standard d'entreprise, avec authentification centralisée quand c'est possible.
        ML4: l'utilisation des rôles est revue et les rôles affinés.
        Points faibles : comptes locaux de secours utilisés quand le serveur central est indisponible, avec des mots de passe partagés.
        Demander aussi : comment l'accès d'administration réseau d'une personne partie est-il retiré de chaque équipement ?
    .evidence =
        Définition des rôles d'administration réseau
        Configuration de l'authentification centralisée
        Liste des comptes locaux de secours

sp-03-08-re-2 =
    .title = Flux et données d'administration réseau protégés
    .question = Le trafic et les données d'administration des équipements réseau sont-ils protégés, par exemple SSH et HTTPS plutôt que Telnet et HTTP, sauvegardes de configuration protégées et aucun mot de passe en clair dans les configurations ?
    .guidance =
        ML1: Telnet ou HTTP en clair est encore utilisé sur certains équipements.
        ML2: pour cette solution, seuls des protocoles d'administration sécurisés sont activés et les sauvegardes de configuration sont protégées.
        ML3: les configurations de référence d'entreprise des équipements réseau imposent une administration sécurisée sur chaque projet.
        ML4: l'usage des protocoles d'administration est surveillé et les configurations de référence mises à jour.
        Points faibles : SNMP v1/v2c avec les communautés par défaut, fichiers de configuration laissés sur des portables.
        Demander aussi : où sont conservées les sauvegardes de configuration des commutateurs, et qui peut les lire ?
    .evidence =
        Export de configuration montrant que seuls SSH et HTTPS sont activés
        Paramètres SNMP
        Lieu de stockage et protection des sauvegardes de configuration

sp-03-08-re-3 =
    .title = Authentification mutuelle pour l'admin réseau
    .question = Quand un administrateur se connecte à un équipement réseau, les deux côtés prouvent-ils leur identité, par exemple par certificats ou clés d'hôte SSH vérifiées, afin qu'un faux équipement ou un faux administrateur soit détecté ?
    .guidance =
        ML1: les avertissements de clé d'hôte et de certificat sont simplement ignorés d'un clic.
        ML2: pour cette solution, les clés ou certificats des équipements sont enregistrés et vérifiés ; les administrateurs se connectent par clé ou certificat.
        ML3: un standard d'entreprise d'authentification mutuelle couvre tous les équipements réseau administrés.
        ML4: le cycle de vie des clés et certificats est surveillé et amélioré.
        Points faibles : certificats auto-signés acceptés sans aucune vérification.
        Demander aussi : que fait un ingénieur quand un avertissement de clé d'hôte apparaît ?
    .evidence =
        Liste des clés d'hôte ou certificats des équipements
        Réglages du client d'administration qui imposent la vérification

sp-03-09-br =
    .title = Seuls les commandes et flux autorisés passent
    .question = Avez-vous vérifié que seules les sources prévues peuvent envoyer des commandes ou écrire des données dans chaque automate, et que les flux de données de la solution correspondent à ce qui a été approuvé ?
    .guidance =
        ML1: supposé correct ; jamais testé.
        ML2: pour cette solution, les flux et sources de commande autorisés sont listés et testés, par exemple par tests de pare-feu ou journaux.
        ML3: une méthode d'essai d'entreprise des flux autorisés est appliquée sur tous les projets avant la remise.
        ML4: les flux sont surveillés en exploitation et les écarts analysés.
        Points faibles : n'importe quel hôte du réseau de contrôle-commande peut écrire dans les automates ; serveurs OPC acceptant les écritures anonymes.
        Demander aussi : montrez un test où une commande venant d'une mauvaise source a été refusée.
    .evidence =
        Matrice des flux de données de la solution
        Rapport d'essai montrant le rejet des commandes non autorisées
        Résultats de la surveillance réseau

sp-03-10-br =
    .title = Stockage et flux de données sensibles documentés
    .question = Avez-vous documenté où les données sensibles de la solution sont conservées et par où elles transitent : mots de passe, clés, recettes, fichiers de configuration, données personnelles, sauvegardes ?
    .guidance =
        ML1: les ingénieurs savent où elles sont ; rien n'est écrit.
        ML2: pour cette solution, les données sensibles sont recensées avec leur emplacement, leur propriétaire et leurs flux.
        ML3: un modèle d'entreprise est utilisé sur tous les projets et revu à la remise.
        ML4: la liste est tenue à jour après les modifications et revue pour les nouveaux types de données.
        Points faibles : sauvegardes et exports sur les portables d'ingénierie, recettes copiées sur clés USB.
        Demander aussi : où sont stockés les projets automates qui contiennent des mots de passe ?
    .evidence =
        Registre des données sensibles de la solution
        Schéma des flux de données

sp-03-10-re-1 =
    .title = Données sensibles protégées au repos et en transit
    .question = Les données sensibles de la solution sont-elles protégées là où elles sont stockées et pendant leur transmission, par exemple sauvegardes chiffrées, coffres de mots de passe protégés, liaisons chiffrées vers l'historian ou le cloud ?
    .guidance =
        ML1: certaines données sont protégées parce que le produit le fait par défaut.
        ML2: pour cette solution, chaque donnée sensible a une protection choisie et configurée.
        ML3: des règles d'entreprise fixent la protection par classe de données sur tous les projets.
        ML4: les protections sont vérifiées périodiquement et améliorées.
        Points faibles : mots de passe en clair dans des scripts, réplication non chiffrée vers le réseau bureautique.
        Demander aussi : ouvrez un fichier de sauvegarde : n'importe qui peut-il le lire ?
    .evidence =
        Mesures de protection par donnée sensible
        Preuves de configuration, comme les paramètres de chiffrement

sp-03-10-re-2 =
    .title = Durée de conservation des données documentée
    .question = Avez-vous documenté combien de temps chaque partie de la solution conserve ses données (journaux, historian, journaux d'alarmes, sauvegardes) et comment le client peut modifier ces durées ?
    .guidance =
        ML1: la durée de conservation est celle que le produit propose par défaut.
        ML2: pour cette solution, la conservation par stockage de données est documentée et correspond à la demande du client.
        ML3: la documentation des durées de conservation fait partie du dossier de remise de l'entreprise sur chaque projet.
        ML4: les durées de conservation sont revues au regard des besoins du client et des obligations légales, et améliorées.
        Points faibles : journaux qui s'écrasent en quelques jours, si bien qu'un incident ne peut plus être retracé.
        Demander aussi : jusqu'où remontent aujourd'hui les journaux du pare-feu et du contrôleur de domaine ?
    .evidence =
        Tableau des durées de conservation par stockage de données
        Capture d'écran des paramètres de conservation des journaux ou de l'historian

sp-03-10-re-3 =
    .title = Cryptographie reconnue utilisée
    .question = Les mécanismes cryptographiques de la solution (versions TLS, suites de chiffrement, longueurs de clé, paramètres VPN) suivent-ils des recommandations reconnues et à jour, acceptées par le client ?
    .guidance =
        ML1: on utilise ce que les produits proposent par défaut.
        ML2: pour cette solution, les paramètres cryptographiques sont listés et vérifiés par rapport à une recommandation nommée.
        ML3: une référence cryptographique d'entreprise, convenue avec les clients, est utilisée sur tous les projets.
        ML4: la référence est mise à jour à mesure que les algorithmes s'affaiblissent, et le parc installé est vérifié.
        Points faibles : anciennes versions TLS ou SSL conservées pour des équipements anciens, clés codées en dur dans les produits.
        Demander aussi : sur quelle référence vous appuyez-vous pour juger une suite de chiffrement acceptable ?
    .evidence =
        Liste des paramètres cryptographiques de la solution
        Scan TLS d'une interface web ou d'un serveur

sp-03-10-re-4 =
    .title = Données détruites au retrait d'un composant
    .question = Quand un composant quitte le site ou part en réparation (un disque, un automate, un pupitre IHM), effacez-vous ou détruisez-vous d'abord les données du client qu'il contient, et le consignez-vous ?
    .guidance =
        ML1: les composants sont renvoyés ou mis au rebut en l'état.
        ML2: pour cette solution, une méthode d'effacement ou de destruction par type de composant est écrite et des traces sont conservées.
        ML3: une procédure d'entreprise couvre tous les retours, réparations et mises au rebut, avec certificats des recycleurs.
        ML4: la procédure est contrôlée, par exemple par sondage des équipements renvoyés, et améliorée.
        Points faibles : cartes mémoire des automates et pupitres, disques défectueux renvoyés sous garantie.
        Demander aussi : montrez la trace du dernier composant retiré de ce site.
    .evidence =
        Procédure de suppression des données par type de composant
        Trace d'effacement ou de destruction d'un composant retiré
        Certificat de destruction du recycleur

## SP.04 Sans fil

sp-04-01-br =
    .title = Architecture sans fil documentée
    .question = Si la solution utilise du sans-fil (Wi-Fi, WirelessHART, ISA100, LTE privé), avez-vous documenté son architecture : points d'accès, passerelles, couverture, et raccordement aux zones filaires ?
    .guidance =
        ML1: les points d'accès figurent sur un plan d'implantation ; rien n'explique comment ils sont raccordés.
        ML2: la conception sans fil de cette solution documente équipements, passerelles, zones, conduits et couverture.
        ML3: un modèle d'entreprise de conception sans fil est utilisé sur tous les projets, étude radio sur site comprise.
        ML4: les documents sont comparés aux relevés radio en exploitation et le modèle amélioré.
        Points faibles : sans-fil ajouté plus tard par la maintenance, passerelles installées par un fournisseur absentes des plans.
        Demander aussi : à quelle zone appartient la passerelle sans fil ?
    .evidence =
        Schéma d'architecture sans fil
        Rapport d'étude radio sur site
        Liste des équipements et passerelles sans fil

sp-04-02-br =
    .title = Accès aux réseaux sans fil contrôlé
    .question = Seuls les équipements et utilisateurs autorisés peuvent-ils rejoindre les réseaux sans fil de la solution, par exemple grâce à 802.1X ou à des clés par équipement plutôt qu'une clé partagée connue de tous ?
    .guidance =
        ML1: une seule clé partagée, connue de nombreuses personnes et jamais changée.
        ML2: pour cette solution, chaque réseau sans fil a un contrôle d'accès défini et ses paramètres sont documentés.
        ML3: un standard d'entreprise de contrôle d'accès sans fil s'applique sur tous les projets, avec des règles de gestion des clés.
        ML4: les tentatives de connexion et les points d'accès illégitimes sont surveillés et le dispositif amélioré.
        Points faibles : clé partagée écrite sur le point d'accès, terminaux portatifs qui quittent le site.
        Demander aussi : comment un terminal portatif perdu est-il retiré du réseau sans fil ?
    .evidence =
        Paramètres de contrôle d'accès sans fil
        Procédure de gestion des clés ou certificats
        Liste des équipements sans fil autorisés

sp-04-02-re-1 =
    .title = Trafic sans fil protégé par cryptographie
    .question = Le trafic sans fil est-il chiffré et protégé contre les altérations avec des méthodes actuelles, comme WPA3 ou WPA2-Entreprise, ou la couche de sécurité de WirelessHART ou ISA100, sans aucun réseau ouvert ou WEP ?
    .guidance =
        ML1: le chiffrement est actif là où le réglage par défaut du produit l'a activé.
        ML2: pour cette solution, la protection de chaque réseau sans fil est choisie, documentée et configurée.
        ML3: un minimum d'entreprise pour la protection sans fil s'applique à tous les projets, et toute configuration plus faible exige une dérogation approuvée.
        ML4: le minimum est relevé à mesure que les méthodes s'affaiblissent, et les réseaux installés sont revérifiés.
        Points faibles : équipements anciens qui tirent tout le réseau vers des réglages faibles.
        Demander aussi : existe-t-il sur le site un réseau sans fil que n'importe qui peut rejoindre sans clé ?
    .evidence =
        Export des paramètres de sécurité sans fil
        Relevé radio montrant la protection utilisée

sp-04-03-br =
    .title = Sans-fil conforme aux normes et réglementations
    .question = Les technologies sans fil de la solution suivent-elles des normes reconnues et la réglementation radio locale (fréquences, puissance d'émission), sans aucun réglage non homologué ou artisanal ?
    .guidance =
        ML1: les produits sont utilisés tels qu'achetés ; personne n'a vérifié la réglementation nationale.
        ML2: pour cette solution, les normes utilisées et la réglementation radio locale sont documentées et respectées.
        ML3: une vérification d'entreprise des normes et réglementations est faite pour le sans-fil sur chaque projet et dans chaque pays.
        ML4: la vérification est tenue à jour selon les évolutions réglementaires et l'expérience terrain.
        Points faibles : matériel acheté à l'étranger, antennes à gain renforcé, canaux non autorisés dans le pays.
        Demander aussi : qui vérifie la réglementation radio quand la solution est reproduite sur un site dans un autre pays ?
    .evidence =
        Liste des normes et réglementations sans fil appliquées
        Déclarations de conformité des produits sans fil

sp-04-03-re-1 =
    .title = Noms sans fil uniques et non révélateurs
    .question = Les noms et identifiants des réseaux sans fil de la solution (SSID, identifiants de réseau) sont-ils uniques et exempts de tout élément révélant l'entreprise, le site ou la fonction ?
    .guidance =
        ML1: les noms sont ceux par défaut des produits ou des descriptions en clair comme le nom du site.
        ML2: pour cette solution, les identifiants suivent une convention de nommage neutre convenue avec le client.
        ML3: une règle d'entreprise de nommage des identifiants sans fil est utilisée sur tous les projets.
        ML4: la règle est revue, par exemple après des relevés radio sur les sites, et améliorée.
        Points faibles : noms comme « Controle-Chaudiere » ou l'identifiant de réseau par défaut du constructeur.
        Demander aussi : qu'apprendrait une personne sur le parking à partir de vos noms de réseaux ?
    .evidence =
        Convention de nommage sans fil
        Relevé radio listant les noms de réseaux visibles

sp-04-03-re-2 =
    .title = Adresses fixes pour les équipements sans fil
    .question = Les équipements sans fil de la solution utilisent-ils des adresses fixes ou réservées, de sorte que les équipements inconnus se remarquent et que les règles de pare-feu puissent être précises ?
    .guidance =
        ML1: les équipements prennent l'adresse que leur donne le serveur DHCP.
        ML2: pour cette solution, chaque équipement sans fil a une adresse fixe ou réservée consignée dans le plan d'adressage IP.
        ML3: une règle d'entreprise impose l'adressage fixe des équipements sans fil sur tous les projets.
        ML4: les adresses sont comparées régulièrement au plan et les équipements inconnus font l'objet d'un suivi.
        Points faibles : une plage DHCP laissée ouverte « pour la mise en service ».
        Demander aussi : que se passerait-il si un équipement inconnu rejoignait le réseau sans fil aujourd'hui ?
    .evidence =
        Plan d'adressage IP avec les équipements sans fil
        Configuration DHCP ou de la passerelle

## SP.05 SIS (système instrumenté de sécurité)

sp-05-01-br =
    .title = Appréciation du risque des communications du SIS
    .question = Chaque chemin de communication entrant et sortant du système instrumenté de sécurité a-t-il fait l'objet d'une appréciation du risque de sécurité, revue avec l'équipe sécurité fonctionnelle du client ?
    .guidance =
        ML1: les liaisons du SIS ont été discutées de façon informelle pendant la conception.
        ML2: pour cette solution, chaque chemin de communication du SIS est recensé, son risque apprécié et la revue enregistrée.
        ML3: une méthode d'entreprise associe revues de cybersécurité et de sécurité fonctionnelle pour tous les projets SIS.
        ML4: l'appréciation est refaite après les modifications et la méthode améliorée à partir des constats.
        Points faibles : liaisons série vers le SNCC, diagnostics du SIS envoyés aux outils de gestion des instruments.
        Demander aussi : l'appréciation de cybersécurité a-t-elle été reliée à l'analyse de sécurité fonctionnelle (HAZOP, étude SIL) ?
    .evidence =
        Liste des chemins de communication du SIS avec leur appréciation du risque
        Compte rendu de revue avec l'équipe sécurité fonctionnelle du client

sp-05-02-br =
    .title = SIS protégé du système de contrôle-commande
    .question = Le SIS est-il protégé de sorte que le trafic du système de contrôle-commande ne puisse l'atteindre que par les voies approuvées, par exemple en lecture seule, via une passerelle ou un pare-feu dédié ?
    .guidance =
        ML1: SIS et système de contrôle-commande partagent un réseau ; le SIS fait confiance à tout ce qui s'y trouve.
        ML2: pour cette solution, le trafic autorisé du contrôle-commande vers le SIS est défini et imposé par un équipement ou par des réglages du SIS.
        ML3: un modèle d'entreprise de séparation entre SIS et contrôle-commande est utilisé sur tous les projets SIS.
        ML4: la séparation est testée périodiquement et le modèle amélioré.
        Points faibles : accès en écriture depuis le contrôle-commande pour les inhibitions et réarmements, laissé grand ouvert.
        Demander aussi : quels signaux le contrôle-commande peut-il écrire dans le SIS, et qui les a approuvés ?
    .evidence =
        Schéma de l'interface entre SIS et système de contrôle-commande
        Configuration du pare-feu ou de la passerelle
        Liste des écritures approuvées vers le SIS

sp-05-03-br =
    .title = Les connexions externes n'affectent pas le SIS
    .question = Pouvez-vous montrer que rien d'extérieur au système de contrôle-commande, comme l'accès à distance, le réseau bureautique ou les connexions des fournisseurs, ne peut modifier ou perturber les fonctions instrumentées de sécurité ?
    .guidance =
        ML1: on le croit vrai ; jamais vérifié.
        ML2: pour cette solution, tous les chemins depuis l'extérieur sont tracés et il est montré qu'ils sont bloqués vers le SIS.
        ML3: une règle de conception et un essai d'entreprise le prouvent sur tous les projets SIS avant la remise.
        ML4: la vérification est refaite après les modifications et la règle améliorée.
        Points faibles : passerelles de support à distance qui atteignent la station d'ingénierie du SIS.
        Demander aussi : suivez le chemin depuis internet jusqu'à l'automate du SIS et montrez où il s'arrête.
    .evidence =
        Analyse des chemins depuis les réseaux externes vers le SIS
        Procès-verbal d'essai prouvant que les chemins sont bloqués

sp-05-04-br =
    .title = Les autres applications ne perturbent pas le SIS
    .question = Les applications extérieures au SIS, comme l'historian, les outils de gestion des instruments ou les serveurs OPC, sont-elles empêchées de perturber les communications propres du SIS, par exemple en le saturant ou en y écrivant ?
    .guidance =
        ML1: aucune protection particulière ; une scrutation intensive est tolérée.
        ML2: pour cette solution, la charge et les écritures des applications extérieures sont limitées et testées.
        ML3: une règle d'entreprise limite l'accès externe aux communications du SIS sur tous les projets SIS.
        ML4: la santé des communications du SIS est surveillée et les limites améliorées.
        Points faibles : outils de gestion des instruments qui interrogent les transmetteurs du SIS, tempêtes de broadcast sur un réseau partagé.
        Demander aussi : qu'arrive-t-il au SIS si l'historian se met à l'interroger dix fois plus vite ?
    .evidence =
        Liste des applications qui communiquent avec le SIS
        Résultat d'un essai de charge ou de tempête réseau

sp-05-05-br =
    .title = Station d'ingénierie SIS hors SIS protégée
    .question = Si une station d'ingénierie du SIS se trouve hors de la zone SIS, est-elle protégée du réseau du site et des niveaux supérieurs (niveau 3 et au-delà) ?
    .guidance =
        ML1: la station d'ingénierie du SIS est sur le réseau de l'usine comme n'importe quel autre PC.
        ML2: pour cette solution, la station est placée dans une zone protégée avec des règles documentées vers les niveaux supérieurs.
        ML3: une règle de conception d'entreprise place les stations d'ingénierie SIS de la même façon sur tous les projets SIS.
        ML4: l'emplacement est revu après les modifications et la règle améliorée.
        Points faibles : station jointe au domaine bureautique, messagerie et navigation web sur la station.
        Demander aussi : quels systèmes de niveau supérieur peuvent atteindre cette station, et pourquoi ?
    .evidence =
        Schéma de zones montrant la station d'ingénierie du SIS
        Règles de pare-feu de sa zone

sp-05-05-re-1 =
    .title = Station d'ingénierie SIS dans le SIS protégée
    .question = La station d'ingénierie du SIS située dans la zone SIS est-elle protégée contre tout accès à distance, de sorte qu'elle ne puisse être utilisée que par une personne présente sur le site ?
    .guidance =
        ML1: le bureau à distance est activé « pour le support ».
        ML2: pour cette solution, l'accès à distance à la station est bloqué et désactivé, et c'est documenté.
        ML3: une règle d'entreprise interdit l'accès à distance aux stations d'ingénierie SIS sur tous les projets SIS.
        ML4: le respect de la règle est vérifié périodiquement et la règle améliorée.
        Points faibles : outils de support à distance installés par des fournisseurs, cartes sans fil dans le PC.
        Demander aussi : un logiciel d'accès à distance est-il installé sur cette station ?
    .evidence =
        Configuration de la station montrant l'accès à distance désactivé
        Liste des logiciels installés sur la station

sp-05-06-br =
    .title = Accès au SIS contrôlé
    .question = Chaque accès au SIS passe-t-il par un point contrôlé (pare-feu, passerelle ou serveur de rebond) qui vérifie que l'accès est autorisé ?
    .guidance =
        ML1: on peut accéder au SIS depuis plusieurs endroits sans contrôle.
        ML2: pour cette solution, tous les points d'accès au SIS sont définis, contrôlés et documentés.
        ML3: une règle de conception d'entreprise impose un accès par intermédiaire contrôlé sur tous les projets SIS.
        ML4: le point d'accès est surveillé et ses règles revues et améliorées.
        Points faibles : un port de programmation série ou USB laissé accessible dans l'armoire.
        Demander aussi : qui approuve chaque accès par ce point ?
    .evidence =
        Schéma des points d'accès au SIS
        Configuration du point d'accès
        Journal des accès du point d'accès

sp-05-07-br =
    .title = Outils d'ingénierie SIS isolés des autres outils
    .question = Sur une station d'ingénierie qui héberge les outils du SIS avec d'autres logiciels d'ingénierie, les fonctions d'ingénierie du SIS sont-elles protégées de ces autres logiciels ?
    .guidance =
        ML1: tous les outils partagent un PC et un compte, sans séparation.
        ML2: pour cette solution, les outils du SIS sont séparés, par exemple par des comptes, des droits ou une station dédiée.
        ML3: une règle d'entreprise fixe la séparation des outils SIS sur tous les projets SIS.
        ML4: la séparation est revue après les mises à jour logicielles et améliorée.
        Points faibles : comptes administrateur partagés, outils d'autres constructeurs dont les pilotes atteignent le SIS.
        Demander aussi : un ingénieur contrôle-commande pourrait-il charger un programme dans le SIS depuis ce PC ?
    .evidence =
        Liste des logiciels de la station partagée
        Comptes et droits configurés pour les outils du SIS

sp-05-08-br =
    .title = Pas de sans-fil non autorisé dans le SIS
    .question = Êtes-vous certain qu'aucune liaison sans fil n'est utilisée pour les fonctions instrumentées de sécurité de la solution, sauf si le client l'a explicitement évaluée et approuvée ?
    .guidance =
        ML1: non vérifié ; des transmetteurs sans fil peuvent être utilisés par commodité.
        ML2: pour cette solution, l'absence de sans-fil dans les fonctions instrumentées de sécurité, ou les exceptions approuvées, sont documentées.
        ML3: une règle d'entreprise interdit le sans-fil non approuvé dans les fonctions instrumentées de sécurité sur tous les projets SIS.
        ML4: les installations sont vérifiées, par exemple par des relevés radio, et la règle améliorée.
        Points faibles : transmetteurs sans fil ajoutés pour la surveillance qui alimentent plus tard un déclenchement.
        Demander aussi : une entrée ou une sortie d'une fonction instrumentée de sécurité passe-t-elle par radio ?
    .evidence =
        Liste des E/S des fonctions instrumentées de sécurité indiquant le support du signal
        Approbation du client pour toute exception sans fil

sp-05-09-br =
    .title = Mode configuration du SIS activable/désactivable
    .question = Le SIS offre-t-il un moyen d'autoriser et d'interdire les modifications de configuration (chargement de programme, forçages), afin qu'elles ne soient possibles que dans un créneau autorisé ?
    .guidance =
        ML1: le SIS est en permanence dans un mode qui accepte les modifications.
        ML2: pour cette solution, le mode configuration est utilisé, et son activation est liée à un permis.
        ML3: une procédure d'entreprise pour les créneaux de configuration du SIS est suivie sur tous les projets SIS.
        ML4: le temps passé en mode configuration est suivi et la procédure améliorée.
        Points faibles : mode configuration laissé actif après la mise en service ou une intervention de nuit.
        Demander aussi : dans quel mode le SIS est-il en ce moment ?
    .evidence =
        Procédure d'activation du mode configuration du SIS
        Permis de la dernière modification
        Diagnostic du SIS montrant le mode actuel

sp-05-09-re-1 =
    .title = Sélecteur matériel de configuration verrouillable
    .question = Le mode configuration du SIS est-il commandé par un sélecteur à clé physique ou un commutateur verrouillable, dont la clé reste sous le contrôle du client ?
    .guidance =
        ML1: un sélecteur à clé existe, mais la clé reste sur la serrure.
        ML2: pour cette solution, un commutateur matériel commande le mode configuration et la clé est détenue par le client.
        ML3: une règle de conception d'entreprise impose un commutateur verrouillable sur tous les projets SIS.
        ML4: l'usage de la clé est consigné et revu, et la règle améliorée.
        Points faibles : clés de rechange dans l'armoire, modes purement logiciels sur certains automates du SIS.
        Demander aussi : qui détient la clé aujourd'hui, et où est-ce consigné ?
    .evidence =
        Schéma ou photo du sélecteur à clé
        Registre des clés

sp-05-09-re-2 =
    .title = Mode verrouillé vérifié par une autre personne
    .question = Après une maintenance sur le SIS, une personne autre que celle qui a fait la modification vérifie-t-elle qu'il est revenu en mode verrouillé ou en marche ?
    .guidance =
        ML1: l'ingénieur qui a fait le travail remet le SIS en état et le signale.
        ML2: pour cette solution, une deuxième personne vérifie le mode et signe.
        ML3: une procédure d'entreprise impose une vérification indépendante après toute intervention sur un SIS.
        ML4: les vérifications manquées sont suivies et la procédure améliorée.
        Points faibles : vérifications sautées en poste de nuit ou lors de redémarrages urgents.
        Demander aussi : montrez la vérification signée de la dernière modification du SIS.
    .evidence =
        Fiche de vérification signée après maintenance du SIS
        Procédure de vérification indépendante

## SP.06 Gestion de configuration

sp-06-01-br =
    .title = Plans de l'infrastructure fournis
    .question = Avez-vous fourni les plans et documents de l'infrastructure de la solution : schémas réseau, implantations d'armoires, câblage et plans d'adressage IP ?
    .guidance =
        ML1: des plans existent pour certaines parties du système, dans des formats variés.
        ML2: pour cette solution, un jeu complet et maîtrisé de plans d'infrastructure a été remis.
        ML3: un standard d'entreprise définit les documents et leurs formats pour tous les projets.
        ML4: le jeu de documents est revu en fin de projet et le standard amélioré.
        Points faibles : schémas réseau qui s'arrêtent à la salle de contrôle, baies de brassage manquantes.
        Demander aussi : où est le plan d'adressage IP en vigueur, et qui en est responsable ?
    .evidence =
        Schéma réseau de la solution
        Plan d'adressage IP
        Liste des documents du dossier de remise

sp-06-01-re-1 =
    .title = Documents de récolement tenus à jour
    .question = Après des modifications de la solution, les plans et documents sont-ils mis à jour pour refléter ce qui est réellement installé, dans un délai convenu avec le client ?
    .guidance =
        ML1: les plans sont mis à jour quand quelqu'un trouve le temps.
        ML2: pour cette solution, les modifications déclenchent des mises à jour documentaires, suivies jusqu'à leur achèvement.
        ML3: une procédure d'entreprise lie la mise à jour documentaire à la clôture des modifications sur tous les projets.
        ML4: l'exactitude des documents est mesurée, par exemple par des visites de terrain, et la procédure améliorée.
        Points faibles : plans annotés en rouge qui ne reviennent jamais dans l'original.
        Demander aussi : prenez une armoire et comparez-la avec le plan.
    .evidence =
        Fiche de modification avec les mises à jour documentaires associées
        Historique des révisions d'un plan

sp-06-02-br =
    .title = Inventaire des composants tenu
    .question = Tenez-vous un inventaire de chaque composant de la solution (matériel, versions de firmware et de logiciels, emplacement, adresse IP) utilisable par le client ?
    .guidance =
        ML1: une liste partielle existe dans un tableur sur le portable de quelqu'un.
        ML2: pour cette solution, un inventaire complet avec les versions est tenu et partagé avec le client.
        ML3: une méthode d'inventaire d'entreprise, outillée quand c'est utile, est utilisée sur tous les projets.
        ML4: l'inventaire est confronté aux scans et tenu à jour, et la méthode améliorée.
        Points faibles : versions de firmware non mises à jour après correctifs, pièces de rechange non listées.
        Demander aussi : quel firmware tourne aujourd'hui sur l'automate principal ?
    .evidence =
        Inventaire des composants
        Comparaison de l'inventaire avec un scan récent

sp-06-03-br =
    .title = Valeurs de configuration des équipements vérifiées
    .question = Après la mise en service ou une maintenance, vérifiez-vous que les paramètres des équipements, comme les règles de pare-feu, les paramètres d'automates et les configurations de commutateurs, sont exactement les valeurs approuvées ?
    .guidance =
        ML1: on considère les paramètres justes une fois saisis.
        ML2: pour cette solution, les paramètres sont comparés aux valeurs approuvées et le résultat est enregistré.
        ML3: une méthode d'entreprise, idéalement outillée, vérifie les paramètres sur tous les projets.
        ML4: les écarts sont analysés et la méthode améliorée.
        Points faibles : modifications faites pendant un dépannage et jamais annulées.
        Demander aussi : montrez la dernière comparaison d'une configuration de pare-feu avec sa version approuvée.
    .evidence =
        Rapport de comparaison de configuration
        Configuration de référence approuvée

## SP.07 Accès à distance

sp-07-01-br =
    .title = Applications d'accès à distance acceptées
    .question = Quels outils d'accès à distance vos ingénieurs utilisent-ils pour atteindre le système de contrôle-commande de ce client, et comment vous assurez-vous que seuls des outils acceptés par le client sont utilisés ?
    .guidance =
        ML1: les ingénieurs choisissent un outil à chaque intervention (TeamViewer, AnyDesk, un client VPN) ; le client ne sait pas toujours lequel a servi.
        ML2: pour cette solution, une courte liste d'outils d'accès à distance est convenue avec le client et le personnel a consigne de n'utiliser rien d'autre.
        ML3: une liste d'entreprise unique d'outils acceptés s'applique sur chaque site ; les masters des portables et les audits ne montrent aucun outil hors liste.
        ML4: la liste est revue au regard des vulnérabilités et des incidents, et des outils sont remplacés ou retirés sur la base de ces données.
        Points faibles : outils d'accès à distance préinstallés sur les IHM ou les PC des fournisseurs, et outils qu'un technicien installe « juste cette fois ».
        Demander aussi : comment remarqueriez-vous un outil d'accès à distance hors liste sur une station d'ingénierie ?
    .evidence =
        Liste des outils d'accès à distance convenue avec le client
        Master logiciel standard d'un portable d'intervention
        Export de l'inventaire logiciel d'une station d'ingénierie

sp-07-02-br =
    .title = Instructions pour l'application d'accès à distance
    .question = Le client et vos propres ingénieurs reçoivent-ils des instructions écrites pour l'application d'accès à distance de cette solution : comment l'installer, la configurer de façon sûre, ouvrir et fermer une session ?
    .guidance =
        ML1: les ingénieurs savent comment cela marche ; au mieux, le manuel générique de l'éditeur est disponible.
        ML2: un guide propre à ce site couvre l'installation, les réglages sûrs, l'ouverture et la fermeture d'une session, et les utilisateurs y ont été formés.
        ML3: un modèle d'entreprise sert au guide d'accès à distance de chaque client, et des traces montrent que les guides sont tenus à jour.
        ML4: les appels au support et les revues de sessions sont analysés et les instructions améliorées en conséquence.
        Points faibles : guides qui omettent les réglages de sécurité (chiffrement, délai d'inactivité, transfert de fichiers désactivé) ou antérieurs à la dernière mise à niveau.
    .evidence =
        Guide utilisateur d'accès à distance rédigé pour ce client
        Section du guide consacrée aux réglages sûrs
        Attestations de formation des ingénieurs qui utilisent l'accès à distance

sp-07-03-br =
    .title = Informations sur les connexions distantes proposées
    .question = Avant de mettre en place l'accès à distance, décrivez-vous en détail au client ce que vous proposez : quels bureaux et quelles personnes se connectent, à quels systèmes, par quel chemin, avec quels protocoles et pour quelles tâches ?
    .guidance =
        ML1: le client entend « il nous faut un accès VPN » ; les détails n'apparaissent que pendant la mise en service.
        ML2: une description écrite pour cette solution liste extrémités, chemin, ports, utilisateurs, finalité et fréquence d'utilisation prévue.
        ML3: une description standard des connexions distantes fait partie de chaque dossier de conception et est mise à jour à chaque modification d'une connexion.
        ML4: les descriptions sont comparées aux journaux de connexion réels et les écarts servent à améliorer le modèle.
        Points faibles : connexions ajoutées plus tard (fournisseur d'un sous-système, agent de supervision cloud) sans mise à jour de la description.
        Demander aussi : la description montre-t-elle où aboutit la connexion, par exemple sur un serveur de rebond en DMZ ?
    .evidence =
        Description de la connexion distante ou schéma des flux de données
        Demande de règle de pare-feu correspondant à la description
        Fiche de modification d'une connexion ajoutée après la mise en service

sp-07-04-br =
    .title = Accord du propriétaire d'actifs par connexion
    .question = Chaque session à distance de votre personnel exige-t-elle d'abord le feu vert du client, et comment cet accord est-il demandé, donné et enregistré avant toute connexion ?
    .guidance =
        ML1: le VPN est toujours ouvert ; les ingénieurs se connectent quand ils en ont besoin et préviennent le client après coup, voire pas du tout.
        ML2: pour ce site, une étape de demande et d'accord existe (appel, ticket ou permis) et les sessions sans accord sont interdites.
        ML3: l'étape d'accord est la même sur chaque site, et les tickets concordent avec le journal de sessions de la passerelle d'accès à distance.
        ML4: les délais d'accord, les demandes refusées et les tentatives non autorisées sont suivis et servent à ajuster le processus.
        Points faibles : accords permanents qui n'expirent jamais, et interventions de nuit sans personne sur site pour donner l'accord.
        Demander aussi : le client peut-il mettre fin à une session à tout moment, et l'a-t-on déjà essayé ?
    .evidence =
        Demandes et accords d'accès à distance des derniers mois
        Journal de sessions de la passerelle d'accès à distance, pour comparaison
        Procédure d'accès à distance en urgence

sp-07-04-re-1 =
    .title = Accès distant authentifié et chiffré via réseau public
    .question = Quand votre personnel atteint le système du client par internet ou un autre réseau public, chaque connexion est-elle chiffrée et fortement authentifiée, par exemple un VPN avec comptes individuels et authentification multifacteur ?
    .guidance =
        ML1: la protection dépend de l'outil utilisé ; certaines liaisons reposent sur des mots de passe partagés ou ne sont pas chiffrées.
        ML2: pour cette solution, chaque chemin distant utilise un tunnel chiffré avec comptes personnels et authentification multifacteur, comme documenté dans la conception.
        ML3: le même minimum (chiffrement, multifacteur, comptes personnels) s'applique sur chaque site et est vérifié à la mise en service.
        ML4: les réglages cryptographiques et méthodes d'authentification sont revus selon l'évolution des menaces, et les réglages faibles retirés selon un plan.
        Points faibles : routeurs 4G ou modems dans les armoires, comptes VPN partagés, anciens réglages TLS ou IPsec, certificats que personne ne vérifie.
    .evidence =
        Configuration du VPN ou de la passerelle montrant le chiffrement et le multifacteur
        Liste des comptes d'accès à distance associés à des personnes nommées
        Schéma réseau ou scan montrant l'absence d'autres chemins vers internet

## SP.08 Gestion des événements

sp-08-01-br =
    .title = Traitement des incidents de sécurité
    .question = Si votre personnel découvre ou soupçonne un incident de sécurité dans l'usine de ce client, ou dans vos propres systèmes qui s'y connectent, que fait-il exactement, et quand le client est-il impliqué ?
    .guidance =
        ML1: le personnel appellerait quelqu'un qu'il connaît ; il n'y a ni procédure écrite ni liste de contacts.
        ML2: une procédure d'incident pour cette solution nomme les contacts des deux côtés, les premières actions et qui décide, et le personnel la connaît.
        ML3: un processus d'incident d'entreprise unique couvre tous les sites clients, avec des traces d'incidents réels ou d'exercices traités par ce processus.
        ML4: les enseignements des incidents et exercices sont suivis et le processus s'améliore de façon mesurable, par exemple le délai d'information du client.
        Points faibles : incidents dans vos propres bureaux (portable volé, compte VPN compromis) qui touchent les clients mais ne leur sont pas signalés.
        Demander aussi : quand avez-vous organisé pour la dernière fois un exercice d'incident avec un client ?
    .evidence =
        Procédure d'incident et liste de contacts pour ce client
        Trace d'un incident réel ou d'un exercice
        Rapport de retour d'expérience

sp-08-01-re-1 =
    .title = Signaler les compromissions par le canal accepté
    .question = Quand votre personnel détecte qu'un système ou un compte a pu être compromis, le signale-t-il par le canal convenu avec le client, comme son service sécurité ou son outil de tickets, et dans le délai convenu ?
    .guidance =
        ML1: les signalements passent par le moyen disponible, à la personne qui décroche le téléphone.
        ML2: le canal convenu et le délai pour ce client sont écrits et le personnel du projet les connaît.
        ML3: chaque client a un canal de signalement défini dans le contrat ou le manuel de projet, et les signalements passés montrent qu'il est utilisé.
        ML4: la rapidité et l'exhaustivité des signalements sont mesurées et améliorées avec les clients.
        Points faibles : signalements envoyés à la boîte mail personnelle d'un ingénieur du client, et signalement en dehors des heures ouvrées.
    .evidence =
        Clause du contrat ou page du manuel désignant le canal
        Un signalement de compromission ou un ticket passé
        Support de sensibilisation du personnel sur le signalement

sp-08-02-br =
    .title = Événements de sécurité inscrits au journal d'audit
    .question = La solution que vous livrez enregistre-t-elle les événements de sécurité, comme connexions, échecs de connexion, modifications de comptes et de configuration ou connexions bloquées, dans des journaux d'audit que le client peut consulter ?
    .guidance =
        ML1: la journalisation est celle des produits par défaut ; personne n'a vérifié ce qui est enregistré.
        ML2: pour cette solution, les événements à enregistrer sont choisis et la journalisation est activée sur serveurs, IHM, équipements réseau et automates quand c'est possible.
        ML3: une référence de journalisation d'entreprise par type de produit est appliquée sur chaque projet et vérifiée à la remise.
        ML4: la référence est améliorée à partir des constats d'incidents et des retours des équipes de supervision des clients.
        Points faibles : journaux qui s'écrasent en quelques heures, horloges fausses, commutateurs et automates laissés en journalisation par défaut.
        Demander aussi : combien de temps les journaux sont-ils conservés, et qui peut les effacer ?
    .evidence =
        Liste des événements de sécurité journalisés par type de composant
        Exemple de journal d'audit d'une IHM ou d'un serveur
        Paramètres de taille et de conservation des journaux

sp-08-02-re-1 =
    .title = Accès aux événements par des interfaces acceptées
    .question = Le client peut-il collecter les événements de sécurité de votre solution par une interface qu'il accepte, par exemple syslog ou le transfert d'événements Windows vers son SIEM, sans avoir besoin de vos outils ni de vos équipes ?
    .guidance =
        ML1: les événements ne peuvent être lus que localement sur chaque équipement, généralement par vos propres ingénieurs.
        ML2: pour cette solution, les événements sont transférés par une interface convenue avec le client, et la configuration est documentée.
        ML3: des options de transfert standard sont proposées sur chaque projet et testées avec le collecteur de chaque client.
        ML4: les écarts entre ce qui est journalisé et ce qui arrive dans le SIEM du client sont mesurés et comblés.
        Points faibles : formats propriétaires que seul votre outil sait lire, et flux de journaux traversant les zones par un chemin non protégé.
    .evidence =
        Description de l'interface de transfert des événements
        Écran du collecteur du client montrant des événements de la solution
        Règle de pare-feu autorisant le flux de journaux

sp-08-02-re-2 =
    .title = Journalisation vérifiée par événement simulé
    .question = Prouvez-vous au client que la journalisation fonctionne réellement en provoquant des événements de test, comme un mauvais mot de passe ou une connexion bloquée, et en montrant qu'ils arrivent dans le journal ?
    .guidance =
        ML1: on suppose que la journalisation fonctionne ; rien n'est testé.
        ML2: pour cette solution, une liste d'événements simulés existe et les résultats sont enregistrés pendant les essais de réception.
        ML3: la même vérification fait partie de chaque FAT et SAT et est refaite après des modifications majeures, avec des procès-verbaux signés.
        ML4: le jeu d'événements de test s'enrichit des nouvelles techniques d'attaque, et les résultats sont comparés d'un projet à l'autre.
        Points faibles : tests faits sur un seul équipement témoin, et aucune répétition après mises à niveau ou correctifs.
    .evidence =
        Procédure d'essai listant les événements simulés
        Procès-verbal FAT ou SAT avec les entrées de journal correspondantes
        Procès-verbal d'un nouvel essai après une modification

sp-08-03-br =
    .title = Journaliser et signaler les événements procédé
    .question = La solution enregistre-t-elle et signale-t-elle les alarmes et événements procédé, comme changements de consigne, changements de mode et commandes opérateur, pour que le client puisse retracer ce qui s'est passé, quand et par qui ?
    .guidance =
        ML1: le système d'alarmes et d'événements tourne avec les réglages constructeur ; on ne sait pas vraiment ce qu'il enregistre.
        ML2: pour cette solution, les alarmes et événements à enregistrer, et qui est averti de quoi, sont spécifiés et configurés.
        ML3: une philosophie d'alarmes et d'événements d'entreprise est appliquée sur tous les projets et vérifiée pendant les essais.
        ML4: les données d'alarmes et d'événements sont analysées et la configuration améliorée (alarmes intempestives, commandes opérateur non tracées).
        Points faibles : commandes opérateur journalisées sous une session « opérateur » partagée, et chargements d'ingénierie non enregistrés comme événements.
    .evidence =
        Spécification des alarmes et événements de cette solution
        Extrait du journal d'événements montrant des commandes opérateur
        Procès-verbal d'essai de la notification d'alarme

sp-08-03-re-1 =
    .title = Remontée sécurisée des alarmes et événements
    .question = Les alarmes et événements sont-ils protégés entre les automates et les postes opérateur, l'historian et tout système de SMS ou d'astreinte, pour que personne ne puisse les falsifier, modifier ou supprimer sans que cela se voie ?
    .guidance =
        ML1: le transport est celui que le protocole offre ; personne ne s'y est intéressé.
        ML2: pour cette solution, les chemins des alarmes et événements sont connus et leur protection (protocoles authentifiés, segmentation) est documentée.
        ML3: le standard de conception de l'entreprise impose des chemins d'alarmes protégés sur chaque projet et les essais montrent qu'ils sont en place.
        ML4: la protection est revue au regard des faiblesses de protocoles nouvellement publiées et améliorée sur les systèmes installés.
        Points faibles : protocoles anciens sans contrôle d'intégrité, et passerelles e-mail ou SMS d'alarmes accessibles depuis le réseau bureautique.
    .evidence =
        Document de conception décrivant les chemins des alarmes et événements
        Paramètres de sécurité du serveur d'alarmes et de ses protocoles
        Schéma réseau montrant les zones que traversent ces chemins

sp-08-04-br =
    .title = Comportement en avalanche d'événements documenté
    .question = Avez-vous documenté comment la solution se comporte lors d'une avalanche d'alarmes ou d'événements, par exemple des milliers d'événements après un déclenchement ou une saturation réseau, et ce que les opérateurs peuvent encore voir et faire ?
    .guidance =
        ML1: le comportement sous forte charge est inconnu, ou connu seulement par de mauvaises expériences passées.
        ML2: pour cette solution, les limites (événements par seconde, tailles de tampon, ce qui est perdu ou retardé en premier) sont documentées et partagées.
        ML3: le comportement en avalanche est testé et documenté pour chaque type de système livré par l'entreprise.
        ML4: les résultats des essais d'avalanche et des événements réels conduisent à des réglages et à des documents mis à jour.
        Points faibles : flots d'événements de sécurité qui noient les alarmes procédé, et historians qui perdent des données sans avertissement.
    .evidence =
        Document ou rapport d'essai sur le comportement en avalanche d'événements
        Paramètres de filtrage ou de mise en tampon des avalanches
        Procès-verbal d'essai de charge lors de la FAT

## SP.09 Gestion des comptes

sp-09-01-br =
    .title = Gestion des comptes intégrée
    .question = Comment sont gérés les comptes utilisateurs des IHM, stations d'ingénierie, serveurs et équipements réseau de la solution : depuis un point central comme un domaine, ou sur chaque équipement séparément, et est-ce cohérent avec la gestion des comptes du client ?
    .guidance =
        ML1: les comptes sont créés à la main sur chaque équipement et personne n'en a la liste complète.
        ML2: pour cette solution, les comptes sont gérés de façon centralisée là où les produits le permettent (domaine, RADIUS), et les autres sont listés.
        ML3: un standard de conception d'entreprise pour la gestion centralisée des comptes est utilisé sur tous les projets et remis avec les listes de comptes.
        ML4: la gestion des comptes est revue avec les clients et améliorée, par exemple en centralisant davantage de types d'équipements.
        Points faibles : automates, commutateurs et variateurs avec des comptes uniquement locaux, et un domaine de contrôle-commande approuvant le domaine bureautique sans revue.
    .evidence =
        Conception de la gestion des comptes de cette solution
        Export des utilisateurs et groupes du contrôleur de domaine
        Liste des équipements qui gardent des comptes locaux

sp-09-02-br =
    .title = Comptes utilisateurs individuels
    .question = Toute personne qui travaille sur la solution, vos ingénieurs comme le personnel du client, se connecte-t-elle avec un compte personnel plutôt qu'un compte partagé ?
    .guidance =
        ML1: les identifiants partagés comme « ingenieur » ou « admin » sont courants.
        ML2: pour cette solution, chaque personne a un compte personnel ; tout compte partagé restant est listé avec sa raison.
        ML3: les comptes personnels sont la règle de l'entreprise sur chaque projet et les revues de comptes le confirment.
        ML4: le nombre de comptes partagés est suivi et réduit projet après projet.
        Points faibles : postes opérateur de quart avec une session partagée et aucune autre protection, et identifiants utilisés par des sous-traitants.
        Demander aussi : là où un compte partagé est inévitable, comment les actions sont-elles rattachées à une personne ?
    .evidence =
        Liste des comptes utilisateurs associés à des personnes nommées
        Liste des comptes partagés avec leur justification
        Compte rendu de la dernière revue des comptes

sp-09-02-re-1 =
    .title = Comptes par défaut et outils de réinitialisation
    .question = Avez-vous remis au client la liste de tous les comptes par défaut et intégrés des produits livrés, ainsi que les outils ou étapes pour réinitialiser leurs mots de passe ?
    .guidance =
        ML1: les ingénieurs expérimentés connaissent les comptes par défaut, mais ils ne sont pas écrits.
        ML2: pour cette solution, chaque compte par défaut de chaque produit est listé avec son rôle et la façon de le modifier ou de le réinitialiser.
        ML3: une bibliothèque tenue à jour des comptes par défaut par produit et version alimente chaque projet.
        ML4: la bibliothèque est mise à jour à partir des avis des constructeurs et des constats terrain, et son exactitude est vérifiée.
        Points faibles : comptes de service cachés dans les firmwares, comptes de bases de données, et logiciels tiers sur l'IHM.
    .evidence =
        Liste des comptes par défaut par produit livré
        Procédure de réinitialisation des mots de passe ou description de l'outil
        Trace de remise montrant que la liste a été livrée

sp-09-02-re-2 =
    .title = Comptes et mots de passe générés uniques
    .question = Là où vos outils d'installation ou vos produits créent automatiquement des comptes ou des mots de passe, sont-ils différents pour chaque équipement et chaque installation plutôt que partout identiques ?
    .guidance =
        ML1: les comptes créés par l'installateur ont le même mot de passe sur tous les sites.
        ML2: pour cette solution, les comptes et mots de passe générés diffèrent par équipement ou par installation et sont remis de façon sécurisée.
        ML3: l'outillage d'installation de l'entreprise produit toujours des valeurs uniques, et c'est vérifié à la mise en service.
        ML4: la méthode de génération (aléa, longueur, remise) est revue et améliorée.
        Points faibles : scripts d'installation avec un mot de passe de service fixe, et mots de passe dérivés du numéro de série ou de l'adresse MAC.
    .evidence =
        Script ou procédure d'installation montrant comment les identifiants sont créés
        Noms de comptes générés sur deux sites, pour comparaison
        Trace de remise des identifiants générés

sp-09-02-re-3 =
    .title = Comptes essentiels sans expiration ni verrouillage
    .question = Avez-vous identifié les comptes dont opérateurs et services ont besoin pour maintenir le procédé en marche, et les avez-vous configurés pour qu'ils ne puissent ni expirer ni se verrouiller à un moment critique, avec d'autres protections à la place ?
    .guidance =
        ML1: personne n'a vérifié ; un verrouillage sur un poste opérateur ou un compte de service serait une surprise.
        ML2: pour cette solution, les comptes essentiels sont listés, exemptés d'expiration et de verrouillage, et leurs protections documentées.
        ML3: la même approche est utilisée sur tous les projets et vérifiée pendant les essais.
        ML4: la liste et les protections sont revues après les événements et améliorées.
        Points faibles : comptes de service OPC ou historian qui expirent au bout de 90 jours, et stratégies de verrouillage du domaine qui s'appliquent aux salles de contrôle.
        Demander aussi : qu'est-ce qui protège un compte qui ne se verrouille jamais contre le cassage de mot de passe ?
    .evidence =
        Liste des comptes essentiels et de leurs paramètres
        Export de la stratégie de groupe ou de la stratégie locale
        Description des protections compensatoires

sp-09-02-re-4 =
    .title = Administrateur intégré désactivé ou renommé
    .question = Les comptes administrateur intégrés des hôtes Windows, bases de données et équipements réseau de la solution sont-ils désactivés ou renommés, au profit de comptes administrateur personnels ?
    .guidance =
        ML1: le compte intégré « Administrateur » ou « admin » sert au travail quotidien.
        ML2: pour cette solution, les comptes administrateur intégrés sont désactivés ou renommés là où le produit le permet, et les exceptions sont listées.
        ML3: la configuration de durcissement de référence de l'entreprise l'impose sur chaque projet et c'est vérifié à la remise.
        ML4: les exceptions restantes sont remontées aux constructeurs et réduites au fil du temps.
        Points faibles : commutateurs et pare-feu utilisant encore l'admin par défaut, et usage du compte intégré en urgence sans journalisation.
    .evidence =
        Rubrique de la liste de contrôle de durcissement sur les comptes intégrés
        Liste des utilisateurs locaux d'un serveur ou d'une IHM
        Liste des exceptions avec leurs raisons

sp-09-03-br =
    .title = Comptes par défaut inutiles supprimés ou désactivés
    .question = Avant la remise, supprimez-vous ou désactivez-vous les comptes par défaut dont la solution n'a pas besoin, comme les accès invités ou les utilisateurs de démonstration des fournisseurs ?
    .guidance =
        ML1: les comptes par défaut restent tels que les produits ont été livrés.
        ML2: pour cette solution, les comptes par défaut inutiles sont supprimés ou désactivés et ceux conservés sont justifiés.
        ML3: une liste de contrôle d'entreprise couvre ce point sur chaque système, et les traces de remise montrent qu'il est fait.
        ML4: les contrôles après remise ne trouvent aucun compte par défaut inutile, et la liste de contrôle s'améliore à partir des constats.
        Points faibles : comptes invités sur les IHM, interfaces web des commutateurs et caméras, comptes recréés par les mises à niveau.
    .evidence =
        Liste de contrôle de remise avec l'étape comptes signée
        Liste des comptes d'un équipement témoin
        Justification des comptes par défaut conservés

sp-09-04-br =
    .title = Supprimer les comptes devenus inutiles
    .question = Quand l'un de vos ingénieurs quitte le projet, ou qu'un compte temporaire a rempli son rôle, en combien de temps le compte est-il supprimé ou désactivé, et qui s'en assure ?
    .guidance =
        ML1: les comptes sont nettoyés quand quelqu'un y pense.
        ML2: pour cette solution, les comptes des partants et les comptes temporaires sont supprimés dans un délai fixé, déclenché par une étape documentée.
        ML3: un processus d'entreprise de départ et de revue des comptes couvre tous les sites clients, avec des traces des suppressions.
        ML4: le délai de suppression et les comptes orphelins trouvés en revue sont mesurés et réduits.
        Points faibles : comptes de mise en service encore actifs des années plus tard, et anciens collaborateurs qui gardent l'accès VPN du client.
        Demander aussi : comment prévenez-vous le client quand l'une de vos personnes s'en va ?
    .evidence =
        Liste de contrôle de départ incluant les comptes chez le client
        Comptes rendus des revues de comptes
        Registre des comptes supprimés ces derniers mois

sp-09-04-re-1 =
    .title = Rapport des comptes temporaires supprimés
    .question = Pouvez-vous remettre au client un rapport des comptes temporaires, comme les comptes de mise en service, de test ou de fournisseurs, créés pour le projet, confirmant la date de suppression de chacun ?
    .guidance =
        ML1: la suppression est affirmée mais aucun rapport n'existe.
        ML2: pour cette solution, une liste des comptes temporaires avec dates de création et de suppression est tenue et remise au client.
        ML3: le rapport est un livrable de remise standard sur chaque projet.
        ML4: les rapports sont recoupés avec les exports de comptes des équipements, et les écarts donnent lieu à des améliorations.
        Points faibles : comptes temporaires créés directement sur les équipements, hors du système central, que le rapport oublie alors.
    .evidence =
        Rapport des comptes temporaires d'un projet récent
        Acceptation de ce rapport par le client
        Export des comptes d'un équipement utilisé pour le recoupement

sp-09-05-br =
    .title = Politique de complexité des mots de passe
    .question = Les mots de passe de la solution suivent-ils une règle de longueur et de complexité convenue avec le client, et les systèmes imposent-ils cette règle au lieu de s'en remettre aux personnes ?
    .guidance =
        ML1: il n'y a pas de règle, ou une règle sur papier que les systèmes n'imposent pas.
        ML2: pour cette solution, une règle de mot de passe est convenue et imposée sur les serveurs et IHM, et sur les équipements quand c'est possible.
        ML3: un standard d'entreprise des mots de passe est appliqué sur chaque projet et les écarts sont documentés.
        ML4: le standard suit les recommandations actuelles (longueur d'abord, contrôle contre les mots de passe divulgués) et est revu régulièrement.
        Points faibles : automates et équipements de terrain n'acceptant que des mots de passe courts, et comptes de service exemptés de la règle.
    .evidence =
        Règle de mot de passe de cette solution
        Export de stratégie montrant que la règle est imposée
        Équipements qui ne peuvent pas la respecter, avec les mesures compensatoires

sp-09-06-br =
    .title = Expiration des mots de passe
    .question = Les mots de passe de la solution ont-ils une durée de vie maximale fixée selon la politique du client, et est-elle configurée dans les systèmes, pas seulement écrite ?
    .guidance =
        ML1: les mots de passe n'expirent jamais, ou expirent selon des valeurs par défaut que personne n'a choisies.
        ML2: pour cette solution, les durées de vie suivent la politique du client, sont configurées, et les exceptions sont listées.
        ML3: l'entreprise fixe et documente les durées de vie de la même façon sur chaque projet.
        ML4: durées de vie et exceptions sont revues avec les clients à mesure que leurs politiques et les menaces évoluent.
        Points faibles : équipements sans gestion de l'expiration, et expiration touchant des comptes dont dépend le procédé (voir SP.09.02 RE(3)).
    .evidence =
        Export des paramètres de durée de vie des mots de passe
        Liste des exceptions
        Référence à la politique de mots de passe du client

sp-09-06-re-1 =
    .title = Avertissement avant expiration du mot de passe
    .question = Les utilisateurs sont-ils prévenus quelques jours avant l'expiration de leur mot de passe, pour pouvoir le changer à un moment calme au lieu d'être bloqués en plein poste ?
    .guidance =
        ML1: les utilisateurs s'en aperçoivent quand la connexion échoue.
        ML2: pour cette solution, une période d'avertissement est configurée et les utilisateurs savent comment changer leur mot de passe.
        ML3: le paramètre d'avertissement fait partie de la configuration de référence de l'entreprise sur chaque projet.
        ML4: les blocages dus à l'expiration sont comptés et les réglages ajustés.
        Points faibles : IHM en mode kiosque qui n'affichent jamais l'avertissement, et utilisateurs distants qui ne le voient jamais via le VPN.
    .evidence =
        Paramètre de période d'avertissement
        Instruction aux utilisateurs pour changer un mot de passe
        Tickets du support liés aux blocages par expiration

sp-09-07-br =
    .title = Changer les mots de passe par défaut
    .question = Tous les mots de passe par défaut, sur les automates, commutateurs, pare-feu, IHM, bases de données, caméras et cartes d'onduleur, sont-ils changés avant la mise en service de la solution, et comment le prouvez-vous ?
    .guidance =
        ML1: certains mots de passe par défaut sont changés ; personne n'a la liste complète.
        ML2: pour cette solution, chaque mot de passe par défaut est changé, avec une liste de contrôle par équipement signée à la mise en service.
        ML3: la liste de contrôle d'entreprise est utilisée sur tous les projets et les audits ne trouvent plus de mot de passe par défaut.
        ML4: les contrôles par sondage et les scans d'identifiants sont suivis et comblent les lacunes de la liste de contrôle.
        Points faibles : petits équipements ajoutés tardivement (convertisseurs de média, serveurs série) et équipements remis en configuration usine après une panne.
    .evidence =
        Liste de contrôle de mise en service des mots de passe par défaut, signée
        Rapport de scan testant les identifiants par défaut
        Liste des équipements avec l'état de leur mot de passe

sp-09-08-br =
    .title = Empêcher la réutilisation des mots de passe
    .question = Quand les utilisateurs changent leur mot de passe, la solution les empêche-t-elle d'en choisir un qu'ils ont utilisé récemment ?
    .guidance =
        ML1: la réutilisation est possible ; aucun historique des mots de passe n'est configuré.
        ML2: pour cette solution, un historique des mots de passe est configuré selon la politique du client partout où les systèmes le permettent.
        ML3: le paramètre d'historique fait partie de la configuration de référence de l'entreprise sur chaque projet et est vérifié à la remise.
        ML4: la configuration de référence est revue, par exemple après des audits qui trouvent des mots de passe réutilisés, et améliorée.
        Points faibles : équipements sans fonction d'historique, et même mot de passe utilisé sur plusieurs systèmes.
    .evidence =
        Export du paramètre d'historique des mots de passe
        Document de configuration de référence de l'entreprise
        Liste des systèmes qui ne peuvent pas conserver d'historique

sp-09-08-re-1 =
    .title = Durée de vie minimale des mots de passe
    .question = Une durée de vie minimale des mots de passe est-elle fixée, pour que les utilisateurs ne puissent pas changer leur mot de passe plusieurs fois de suite pour revenir à l'ancien ?
    .guidance =
        ML1: aucune durée minimale n'est fixée, si bien que l'historique peut être contourné.
        ML2: pour cette solution, une durée minimale est fixée avec l'historique, et les administrateurs savent forcer un changement anticipé.
        ML3: la durée minimale fait partie de la configuration de référence de l'entreprise sur chaque projet.
        ML4: le paramètre est revu avec le client et ajusté selon l'expérience du support.
        Points faibles : une durée minimale qui bloque un changement urgent après une fuite, sans procédure de dérogation par un administrateur.
    .evidence =
        Paramètre de durée de vie minimale des mots de passe
        Procédure d'administration pour forcer un changement de mot de passe

sp-09-09-br =
    .title = Mots de passe partagés consignés de façon sûre
    .question = Là où un mot de passe doit être partagé, par exemple sur un équipement qui n'a qu'un seul identifiant d'administration, comment est-il consigné et conservé, et qui peut y accéder ?
    .guidance =
        ML1: les mots de passe partagés sont dans des tableurs, des carnets ou sur des post-it à l'intérieur de la porte de l'armoire.
        ML2: pour cette solution, les mots de passe partagés sont conservés dans un coffre-fort protégé ou une enveloppe scellée, avec la liste des personnes autorisées à l'ouvrir.
        ML3: un coffre-fort de mots de passe ou une procédure d'entreprise est utilisé sur tous les projets, et les accès y sont journalisés.
        ML4: les accès au coffre-fort et les changements de mots de passe sont revus, et le nombre de mots de passe partagés est réduit.
        Points faibles : mots de passe envoyés par e-mail entre ingénieurs, et exports du coffre-fort conservés sur des portables.
        Demander aussi : quand un mot de passe partagé a-t-il été changé pour la dernière fois après le départ d'une personne qui le connaissait ?
    .evidence =
        Liste des accès au coffre-fort de mots de passe
        Journal des accès au coffre-fort
        Procédure de conservation des mots de passe partagés

sp-09-09-re-1 =
    .title = Signaler les mots de passe divulgués ou compromis
    .question = Si l'un de vos collaborateurs apprend qu'un mot de passe du client a été trop largement partagé, divulgué ou volé, prévient-il immédiatement le client pour qu'il puisse être changé ?
    .guidance =
        ML1: ce serait corrigé discrètement, ou pas du tout.
        ML2: pour cette solution, le personnel sait signaler ces cas par le canal convenu, et le mot de passe est alors changé.
        ML3: les mots de passe exposés sont traités par le processus d'incident de l'entreprise sur tous les sites, avec des traces.
        ML4: les signalements sont analysés pour en trouver les causes (mot de passe dans une capture d'écran ou un ticket) et la prévention est améliorée.
        Points faibles : mots de passe visibles dans des documents de projet, des photos ou des tickets de support, et mots de passe connus de personnes parties.
    .evidence =
        Procédure couvrant les mots de passe exposés
        Exemple de signalement et du changement de mot de passe qui a suivi
        Trace de sensibilisation du personnel

## SP.10 Protection contre les logiciels malveillants

sp-10-01-br =
    .title = Instructions d'installation de l'antivirus
    .question = Remettez-vous au client des instructions pour installer et configurer l'antivirus ou la liste d'autorisation des applications sur les IHM, serveurs et stations d'ingénierie de la solution, avec des réglages qui ne gênent pas le logiciel de contrôle-commande ?
    .guidance =
        ML1: l'antivirus est installé avec les réglages par défaut, ou laissé au client sans consignes.
        ML2: pour cette solution, des instructions écrites couvrent le produit, les exclusions nécessaires au logiciel de contrôle-commande, les horaires d'analyse et les mises à jour.
        ML3: l'entreprise tient des instructions testées par version de système de contrôle-commande et les utilise sur chaque projet.
        ML4: les instructions sont améliorées à partir des problèmes de performance et des détections constatés sur le terrain.
        Points faibles : exclusions si larges qu'un logiciel malveillant peut s'y cacher, et analyses complètes planifiées aux pics de production.
    .evidence =
        Guide d'installation et de configuration de l'antivirus
        Déclaration de compatibilité du constructeur du système de contrôle-commande
        Liste des exclusions avec leurs raisons

sp-10-02-br =
    .title = Antivirus installé, à jour et configuré
    .question = La protection contre les logiciels malveillants est-elle réellement installée, configurée et tenue à jour sur les ordinateurs de la solution, comme convenu avec le client ?
    .guidance =
        ML1: la protection est présente sur certaines machines ; les mises à jour se font quand quelqu'un y pense.
        ML2: pour cette solution, chaque ordinateur convenu est protégé et configuré selon les instructions, avec une routine de mise à jour.
        ML3: la même routine d'installation et de mise à jour s'applique sur tous les sites, et des rapports d'état montrent qu'elle fonctionne.
        ML4: la couverture et les retards de mise à jour sont mesurés et réduits.
        Points faibles : machines jamais connectées pour les mises à jour, et portables de vos propres ingénieurs oubliés.
    .evidence =
        Écran de la console listant les machines protégées et les versions
        Calendrier ou routine de mise à jour
        Liste des machines non protégées et pourquoi

sp-10-02-re-1 =
    .title = État de la protection antivirus documenté
    .question = Pouvez-vous montrer au client un état à jour de la protection contre les logiciels malveillants par ordinateur : produit, version, date des signatures et dernière analyse ?
    .guidance =
        ML1: l'état se découvre en se connectant sur chaque machine.
        ML2: pour cette solution, un rapport d'état par machine est tenu et remis au client sur demande ou selon un calendrier.
        ML3: le compte rendu d'état est un service standard sur tous les sites.
        ML4: les rapports servent à repérer des tendances (signatures périmées, détections répétées) et à agir.
        Points faibles : rapports qui omettent silencieusement les machines absentes de la console d'administration.
    .evidence =
        Rapport d'état récent de la protection contre les logiciels malveillants
        Comparaison du rapport avec l'inventaire des actifs

sp-10-03-br =
    .title = Vérifier la détection des logiciels malveillants
    .question = Après avoir installé la protection, vérifiez-vous qu'elle détecte réellement quelque chose, par exemple avec un fichier de test inoffensif comme EICAR, sur chaque machine ou type de machine ?
    .guidance =
        ML1: on suppose que la détection fonctionne.
        ML2: pour cette solution, un test de détection est fait à la mise en service et son résultat enregistré.
        ML3: les tests de détection font partie de chaque SAT et sont refaits après des modifications de la protection.
        ML4: les résultats des tests sont suivis et le test étendu, par exemple pour vérifier que les alertes arrivent à la console.
        Points faibles : tests qui montrent le blocage local mais pas que quelqu'un est alerté.
    .evidence =
        Procès-verbal de test de détection par type de machine
        Alerte de la console produite par le test

sp-10-04-br =
    .title = Approbation et état des fichiers de signatures
    .question = Les nouveaux fichiers de signatures antivirus sont-ils vérifiés ou approuvés avant d'atteindre le système de contrôle-commande, et enregistrez-vous quelle version de signatures tourne sur chaque machine ?
    .guidance =
        ML1: les signatures arrivent directement d'internet, ou ne sont jamais mises à jour.
        ML2: pour cette solution, les signatures sont vérifiées (qualification constructeur ou test interne) avant diffusion, et les versions utilisées sont enregistrées.
        ML3: une routine d'entreprise approuve et diffuse les signatures vers tous les sites, avec des traces.
        ML4: le délai d'approbation est mesuré et raccourci sans affaiblir les vérifications.
        Points faibles : signatures qui mettent en quarantaine des fichiers du système de contrôle-commande, et machines laissées des mois en retard.
    .evidence =
        Trace d'approbation des signatures ou avis de qualification du constructeur
        Console montrant la version des signatures par machine
        Procédure de diffusion

sp-10-05-br =
    .title = Équipements livrés sans logiciel malveillant connu
    .question = Avant d'expédier ou d'installer chez le client des PC, automates, commutateurs ou logiciels, vérifiez-vous qu'ils ne contiennent aucun logiciel malveillant connu, et pouvez-vous en montrer le résultat ?
    .guidance =
        ML1: le matériel quitte l'atelier en l'état.
        ML2: pour cette solution, les ordinateurs, images et supports livrés sont analysés avant expédition et les résultats enregistrés.
        ML3: une analyse avant livraison est une étape standard de la préparation et de la FAT sur chaque projet.
        ML4: les constats des analyses sont étudiés et le processus de préparation amélioré.
        Points faibles : matériel utilisé pour des démonstrations ou chez un autre client, et firmware téléchargé sur des sites non officiels.
    .evidence =
        Rapport d'analyse avant livraison
        Liste de contrôle de préparation
        Trace de la provenance des logiciels et firmwares

sp-10-05-re-1 =
    .title = Supports amovibles dédiés
    .question = Vos ingénieurs utilisent-ils des clés USB, disques externes et portables d'intervention réservés au seul système de ce client, plutôt que ceux qu'ils utilisent tous les jours ?
    .guidance =
        ML1: les ingénieurs utilisent leurs propres clés USB pour tout.
        ML2: pour cette solution, des supports dédiés et étiquetés sont attribués et leur usage est enregistré.
        ML3: l'entreprise gère des supports dédiés pour tous les sites, avec un registre de remise et de retour.
        ML4: les pertes, mauvais usages et constats sur les supports sont suivis et les règles améliorées.
        Points faibles : supports emportés à domicile, et fournisseurs de sous-systèmes qui arrivent avec leurs propres clés.
    .evidence =
        Registre des supports dédiés
        Registre de remise et de retour
        Consigne d'utilisation des supports amovibles

sp-10-05-re-2 =
    .title = Supports amovibles sans logiciel malveillant connu
    .question = Chaque clé USB, disque ou portable est-il analysé avant d'être raccordé au système de contrôle-commande, par exemple sur une station blanche, et chaque analyse est-elle journalisée ?
    .guidance =
        ML1: l'analyse est laissée à l'initiative de chacun.
        ML2: pour cette solution, les supports sont analysés à un point défini avant usage et les résultats sont conservés.
        ML3: l'analyse avant usage est une règle d'entreprise sur tous les sites, avec stations blanches et journaux.
        ML4: les constats d'analyse sont revus et le processus renforcé, par exemple plusieurs moteurs ou blocage des supports non analysés.
        Points faibles : stations blanches aux signatures périmées, et portables branchés directement sur le réseau de contrôle-commande.
    .evidence =
        Journal de la station blanche
        Procédure d'introduction des supports sur site
        Date des signatures de la station blanche

## SP.11 Gestion des correctifs

sp-11-01-br =
    .title = Processus de qualification des correctifs documenté
    .question = Avez-vous documenté comment vous testez et approuvez les correctifs de système d'exploitation, d'applications et de firmware pour leur compatibilité avec le système de contrôle-commande avant de les recommander au client ?
    .guidance =
        ML1: les correctifs sont essayés sur site et retirés si des problèmes apparaissent.
        ML2: pour cette solution, un processus de qualification écrit désigne le système de test, les essais et qui valide.
        ML3: le processus d'entreprise couvre toutes les versions de système maintenues, avec une trace de qualification par correctif.
        ML4: la durée de qualification et les problèmes après installation sont mesurés et le processus amélioré.
        Points faibles : firmware des équipements réseau et logiciels tiers (lecteurs PDF, moteurs de bases de données) oubliés.
    .evidence =
        Procédure de qualification des correctifs
        Trace de qualification d'un correctif récent
        Description du système de test

sp-11-01-re-1 =
    .title = Revoir la qualification si le risque change
    .question = Quand le risque évolue, par exemple une vulnérabilité activement exploitée ou une extension du système du client, revoyez-vous votre qualification des correctifs et, si besoin, l'accélérez-vous ou la refaites-vous ?
    .guidance =
        ML1: la qualification suit le même cycle quoi qu'il arrive.
        ML2: pour cette solution, les déclencheurs d'une revue (exploitation active, nouveau composant, nouvelle zone) sont écrits.
        ML3: les revues sur ces déclencheurs font partie du processus d'entreprise pour tous les sites, avec la trace des décisions.
        ML4: les déclencheurs et le délai de réaction sont évalués et ajustés.
        Points faibles : avis urgents traités par e-mail sans trace de la décision prise.
    .evidence =
        Procédure listant les déclencheurs de revue
        Trace d'une qualification accélérée

sp-11-02-br =
    .title = État des correctifs documenté
    .question = Pouvez-vous remettre au client la liste des correctifs applicables à la solution, indiquant pour chacun s'il est qualifié, approuvé, installé ou non applicable ?
    .guidance =
        ML1: l'état des correctifs est reconstitué quand quelqu'un le demande.
        ML2: pour cette solution, une liste d'état des correctifs par composant est tenue et partagée avec le client.
        ML3: des rapports d'état des correctifs sont standard pour tous les sites, selon un calendrier fixe.
        ML4: les rapports montrent des tendances (délai d'installation, retard accumulé) utilisées pour s'améliorer.
        Points faibles : listes qui ne couvrent que Windows et oublient firmwares, bases de données et équipements réseau.
    .evidence =
        Rapport d'état actuel des correctifs
        Calendrier des rapports ou traces de leur remise

sp-11-02-re-1 =
    .title = Liste des correctifs approuvés par canal accepté
    .question = Publiez-vous la liste des correctifs approuvés pour la solution d'une manière convenue avec le client, comme un portail, un document signé ou un flux vers ses propres outils ?
    .guidance =
        ML1: les approbations sont mentionnées dans des e-mails.
        ML2: pour cette solution, la liste approuvée part par le canal convenu et est mise à jour à chaque nouvelle version.
        ML3: chaque client reçoit les listes approuvées par un canal défini.
        ML4: la diffusion et l'usage des listes sont revus avec les clients et améliorés.
        Points faibles : clients incapables de savoir quelle version de la liste est en vigueur.
    .evidence =
        Liste des correctifs approuvés et canal utilisé
        Accusé de réception du client

sp-11-02-re-2 =
    .title = Plan de parade pour vulnérabilités non corrigées
    .question = Pour les vulnérabilités connues qui ne peuvent pas encore être corrigées, faute de correctif ou de qualification, remettez-vous au client un plan d'autres mesures, comme fermer un port ou désactiver un service ?
    .guidance =
        ML1: aucun conseil n'est donné tant qu'un correctif n'est pas prêt.
        ML2: pour cette solution, les vulnérabilités ouvertes sont listées avec des mesures provisoires et des dates cibles.
        ML3: les conseils de parade font partie intégrante du traitement des vulnérabilités de l'entreprise pour tous les sites.
        ML4: l'efficacité des parades et la durée pendant laquelle les vulnérabilités restent ouvertes sont suivies.
        Points faibles : systèmes anciens qui ne seront jamais corrigés et n'ont pas de plan à long terme.
    .evidence =
        Liste des vulnérabilités ouvertes avec leurs parades
        Communication au client sur une parade

sp-11-03-br =
    .title = Règles d'obtention et de rediffusion des correctifs
    .question = Où votre personnel obtient-il les correctifs, et quand vous les transmettez au client, comment vous assurez-vous qu'ils viennent de l'éditeur d'origine, sont intacts et peuvent être redistribués ?
    .guidance =
        ML1: les correctifs viennent de là où on les trouve, souvent copiés depuis un autre site.
        ML2: pour cette solution, les sources sont fixées (portails des éditeurs), les sommes de contrôle ou signatures sont vérifiées, et les conditions de licence respectées.
        ML3: des règles d'entreprise pour l'obtention et la transmission des correctifs s'appliquent sur tous les sites, avec un dépôt maîtrisé.
        ML4: le dépôt et les règles sont audités et améliorés.
        Points faibles : correctifs sur des lecteurs réseau partagés sans contrôle d'intégrité.
    .evidence =
        Règles d'obtention des correctifs
        Trace de vérification de somme de contrôle ou de signature
        Liste des accès au dépôt de correctifs

sp-11-04-br =
    .title = Procédure d'installation des correctifs documentée
    .question = Remettez-vous au client des procédures pas à pas pour installer les correctifs sur chaque type de composant, couvrant préparation, sauvegarde, vérifications après coup et retour arrière ?
    .guidance =
        ML1: les ingénieurs expérimentés savent faire ; rien n'est écrit.
        ML2: pour cette solution, des procédures d'installation par type de composant existent et sont suivies.
        ML3: des procédures d'entreprise sont tenues pour tous les produits maintenus et utilisées sur chaque site.
        ML4: les procédures sont améliorées à partir des installations ratées ou trop longues.
        Points faibles : automates et serveurs redondants où l'ordre des étapes compte, et étapes de retour arrière manquantes.
    .evidence =
        Procédure d'installation des correctifs
        Procédure remplie lors d'une installation récente
        Instructions de retour arrière

sp-11-05-br =
    .title = Accord du propriétaire d'actifs par correctif
    .question = Chaque correctif n'est-il installé qu'après que le client a approuvé ce correctif précis, et l'approbation est-elle enregistrée ?
    .guidance =
        ML1: les ingénieurs installent les correctifs quand ils le jugent bon.
        ML2: pour cette solution, l'accord du client est obtenu via son processus de gestion des modifications avant chaque installation.
        ML3: l'accord est exigé sur tous les sites, et les traces relient chaque installation à une modification approuvée.
        ML4: les délais d'approbation et les exceptions sont revus.
        Points faibles : mises à jour automatiques laissées actives, et correctifs inclus dans une mise à niveau sans approbation propre.
    .evidence =
        Demande de modification approuvant un correctif
        Paramètres de mise à jour automatique des ordinateurs de la solution
        Journal d'installation relié à la modification

sp-11-06-br =
    .title = Installer quand le propriétaire d'actifs le décide
    .question = Votre personnel installe-t-il les correctifs approuvés quand le client le demande, par exemple lors d'un arrêt programmé ou d'un créneau de maintenance, et dans le délai convenu ?
    .guidance =
        ML1: l'installation se fait quand les ingénieurs sont disponibles.
        ML2: pour cette solution, les installations sont planifiées avec le client et réalisées dans les créneaux convenus.
        ML3: la planification avec les clients est un processus d'entreprise, avec le suivi du prévu par rapport au réalisé.
        ML4: le délai entre approbation et installation est mesuré et réduit.
        Points faibles : retards qui s'accumulent entre deux arrêts, et équipements redondants oubliés.
    .evidence =
        Planning d'installation des correctifs
        Traces des installations réalisées
        Liste actuelle des correctifs en attente

sp-11-06-re-1 =
    .title = Durcissement conservé après correctifs
    .question = Après l'installation de correctifs ou de mises à jour, vérifiez-vous que le durcissement, comme les services désactivés, les règles de pare-feu et les paramètres de comptes, est toujours en place ?
    .guidance =
        ML1: rien n'est vérifié ; les mises à jour peuvent réactiver des services sans bruit.
        ML2: pour cette solution, un contrôle du durcissement après correctif fait partie de la procédure d'installation.
        ML3: le contrôle après correctif est fait et enregistré sur tous les sites, outillé quand c'est possible.
        ML4: les dérives constatées après correctif sont suivies et la configuration de référence ou la procédure adaptée.
        Points faibles : service packs qui réinitialisent les règles de pare-feu, et mises à jour de firmware qui rétablissent des comptes par défaut.
    .evidence =
        Liste de contrôle après correctif ou rapport de scan de conformité
        Configuration de durcissement de référence

sp-11-06-re-2 =
    .title = Authenticité et intégrité des mises à jour réseau
    .question = Quand les correctifs arrivent sur la solution par le réseau, par exemple depuis un serveur WSUS ou un serveur de mise à jour d'un éditeur, chaque mise à jour est-elle vérifiée comme authentique et intacte avant installation ?
    .guidance =
        ML1: les mises à jour sont installées telles qu'elles arrivent.
        ML2: pour cette solution, la vérification des signatures est activée et le chemin de mise à jour est documenté.
        ML3: la livraison vérifiée des mises à jour est un standard d'entreprise sur tous les sites.
        ML4: le chemin de mise à jour est revu au regard des nouvelles méthodes d'attaque et amélioré.
        Points faibles : serveurs de mise à jour dans une zone non protégée, et firmware non signé.
    .evidence =
        Configuration du serveur de mise à jour
        Paramètres de vérification des signatures
        Schéma réseau du chemin de mise à jour

sp-11-06-re-3 =
    .title = Connaître l'état d'installation des correctifs
    .question = Pouvez-vous dire, pour chaque ordinateur et équipement de la solution, quels correctifs sont installés, sans vous connecter à la main sur chaque machine ?
    .guidance =
        ML1: l'état se découvre en se connectant sur chaque machine.
        ML2: pour cette solution, un outil ou un scan indique l'état des correctifs par machine.
        ML3: la collecte automatisée de l'état est standard sur tous les sites.
        ML4: l'exactitude de l'état est vérifiée et l'outillage amélioré.
        Points faibles : automates, commutateurs et appliances que l'outil ne couvre pas.
    .evidence =
        Export de l'état des correctifs depuis l'outil
        Configuration de l'outil et liste de couverture

## SP.12 Sauvegarde et restauration

sp-12-01-br =
    .title = Procédure de sauvegarde documentée
    .question = Avez-vous mis par écrit comment sauvegarder chaque partie de la solution : serveurs, IHM, stations d'ingénierie, programmes d'automates, configurations de commutateurs et de pare-feu et données de l'historian ?
    .guidance =
        ML1: les ingénieurs font des sauvegardes à leur façon, quand ils y pensent, et les gardent où bon leur semble.
        ML2: pour cette solution, une procédure de sauvegarde dit ce qui est sauvegardé, avec quel outil, vers où, à quelle fréquence et par qui.
        ML3: des procédures de sauvegarde d'entreprise par type de système sont utilisées sur tous les sites et mises à jour quand le système change.
        ML4: les procédures sont améliorées à partir des tâches en échec et des enseignements des restaurations réelles, avec suivi des lacunes.
        Points faibles : fichiers de licence, clés et certificats oubliés, et modifications d'automates faites en ligne jamais sauvegardées.
        Demander aussi : la procédure couvre-t-elle le serveur de sauvegarde lui-même et ses identifiants ?
    .evidence =
        Procédure de sauvegarde de cette solution
        Liste de tous les éléments sauvegardés
        Configuration des tâches de sauvegarde

sp-12-02-br =
    .title = Instructions de restauration
    .question = Existe-t-il des instructions écrites pour restaurer chaque partie de la solution depuis une sauvegarde, assez claires pour que le personnel du client les suive à 3 h du matin sans appeler votre spécialiste ?
    .guidance =
        ML1: seuls un ou deux de vos spécialistes savent restaurer, et rien n'est écrit.
        ML2: pour cette solution, des étapes de restauration par composant existent, avec ordre, prérequis et vérifications, et ont été suivies au moins une fois.
        ML3: des instructions de restauration d'entreprise couvrent tous les produits et versions maintenus et sont tenues à jour.
        ML4: les durées de restauration et les problèmes rencontrés sont enregistrés et servent à améliorer les instructions.
        Points faibles : instructions qui supposent disponibles les supports d'installation, les dongles de licence ou un contrôleur de domaine opérationnel.
    .evidence =
        Instructions de restauration par composant
        Trace d'une restauration faite en les suivant
        Liste des supports et licences nécessaires à une restauration

sp-12-03-br =
    .title = Gestion des supports de sauvegarde amovibles
    .question = Comment les sauvegardes sur supports amovibles, comme disques USB ou bandes, sont-elles étiquetées, protégées, stockées et transportées, et qui peut y accéder ?
    .guidance =
        ML1: des disques de sauvegarde non étiquetés traînent dans un tiroir de la salle de contrôle.
        ML2: pour cette solution, les supports sont étiquetés, chiffrés ou mis sous clé, et une copie est conservée sur un second site.
        ML3: des règles d'entreprise pour les supports de sauvegarde s'appliquent sur tous les sites, avec un registre de chaque disque et de son emplacement.
        ML4: la gestion des supports est auditée et améliorée, par exemple après un disque perdu ou illisible.
        Points faibles : sauvegardes non chiffrées contenant mots de passe et recettes, et supports jamais relus après des mois de stockage.
    .evidence =
        Registre des supports de sauvegarde
        Lieu de stockage et liste des personnes y ayant accès
        Paramètre de chiffrement des supports de sauvegarde

sp-12-04-br =
    .title = Vérification des sauvegardes documentée
    .question = Avez-vous documenté comment vérifier qu'une sauvegarde est complète et exploitable, par exemple en comparant des sommes de contrôle ou en faisant une restauration d'essai sur une machine de rechange ou une machine virtuelle ?
    .guidance =
        ML1: on se fie à une sauvegarde parce que la tâche a indiqué « succès ».
        ML2: pour cette solution, les étapes de vérification sont documentées et réalisées selon un calendrier fixé.
        ML3: la vérification est une routine sur tous les sites, avec une trace de chaque contrôle.
        ML4: les résultats des vérifications sont suivis et les méthodes améliorées, par exemple en automatisant les restaurations d'essai.
        Points faibles : sauvegardes d'automates jamais comparées au programme qui tourne réellement dans l'automate.
    .evidence =
        Procédure de vérification des sauvegardes
        Traces de vérification des derniers mois
        Rapport de comparaison d'une sauvegarde d'automate

sp-12-05-br =
    .title = Démontrer une sauvegarde et restauration complètes
    .question = Avez-vous montré au client une sauvegarde et une restauration complètes de la solution, par exemple la reconstruction d'un serveur ou d'une IHM à partir de zéro, et le client a-t-il accepté le résultat ?
    .guidance =
        ML1: une restauration complète n'a jamais été essayée.
        ML2: pour cette solution, une sauvegarde et une restauration complètes ont été démontrées, généralement en FAT ou SAT, et le résultat enregistré.
        ML3: la démonstration est un essai standard sur chaque projet et est refaite après des modifications majeures.
        ML4: les durées de restauration sont mesurées par rapport aux objectifs de reprise du client et le processus amélioré.
        Points faibles : démonstrations sur une machine de rechange dont le matériel ou les versions logicielles diffèrent de la production.
    .evidence =
        Procès-verbal de démonstration signé par le client
        Durée de restauration mesurée par rapport à l'objectif de reprise

sp-12-06-br =
    .title = Sauvegardes selon le calendrier du propriétaire d'actifs
    .question = Les sauvegardes de la solution sont-elles faites selon le calendrier fixé par le client, y compris après chaque modification, et pouvez-vous montrer qu'aucune n'a été manquée ?
    .guidance =
        ML1: les sauvegardes sont faites irrégulièrement, souvent seulement avant de grosses modifications.
        ML2: pour cette solution, les sauvegardes suivent le calendrier du client, et les exécutions en échec ou manquées sont suivies.
        ML3: des sauvegardes planifiées et surveillées sont standard sur tous les sites que vous maintenez.
        ML4: les taux de réussite et les sauvegardes manquées sont mesurés et leurs causes éliminées.
        Points faibles : aucune sauvegarde après une modification de programme d'automate, et tâches en échec que personne ne remarque.
    .evidence =
        Calendrier de sauvegarde convenu
        Historique des tâches des derniers mois
        Sauvegarde faite après la dernière modification

sp-12-07-br =
    .title = Exploitation normale pendant la sauvegarde
    .question = Les sauvegardes peuvent-elles être faites pendant que l'installation tourne, sans ralentir les écrans opérateur ni surcharger les automates et les liaisons réseau ?
    .guidance =
        ML1: l'effet d'une sauvegarde sur l'exploitation n'est pas connu.
        ML2: pour cette solution, la méthode de sauvegarde a été testée pour montrer qu'elle ne perturbe pas l'exploitation, et l'essai est documenté.
        ML3: l'entreprise connaît et documente l'impact des sauvegardes par type de système et planifie les horaires de sauvegarde en conséquence.
        ML4: la charge pendant les sauvegardes est surveillée et la méthode améliorée.
        Points faibles : images disque complètes qui ralentissent les historians, et lectures de programmes d'automates pendant des étapes de lot critiques.
    .evidence =
        Procès-verbal d'essai de charge CPU et réseau pendant une sauvegarde
        Déclaration du constructeur du système de contrôle-commande sur les sauvegardes en ligne

sp-12-08-br =
    .title = Journal d'audit des sauvegardes et restaurations
    .question = Les sauvegardes et restaurations sont-elles enregistrées dans un journal indiquant qui les a lancées, quand, ce qu'elles couvraient et si elles ont réussi ?
    .guidance =
        ML1: il n'y a aucune trace en dehors des fichiers de sauvegarde eux-mêmes.
        ML2: pour cette solution, les actions de sauvegarde et de restauration sont journalisées avec utilisateur, heure, périmètre et résultat.
        ML3: ces journaux sont conservés sur tous les sites et remontent au collecteur de journaux du client.
        ML4: les journaux sont revus, et les restaurations inattendues ou faites par des utilisateurs inhabituels font l'objet d'une enquête.
        Points faibles : restaurations manuelles de programmes d'automates ou de configurations de commutateurs qui ne laissent aucune trace.
    .evidence =
        Extrait du journal des sauvegardes et restaurations
        Configuration du transfert des journaux

sp-12-09-br =
    .title = Plan de reprise après sinistre
    .question = Existe-t-il un plan de reprise après sinistre pour la solution, par exemple après un incendie, un rançongiciel ou la perte totale d'une salle serveurs, qui dit qui fait quoi, dans quel ordre, avec quelles pièces de rechange et quelles sauvegardes ?
    .guidance =
        ML1: la reprise serait improvisée par les personnes disponibles.
        ML2: pour cette solution, un plan écrit couvre priorités, rôles, contacts, pièces de rechange et emplacements des sauvegardes, convenu avec le client.
        ML3: l'entreprise planifie la reprise de la même façon pour tous les sites qu'elle maintient et a réalisé des exercices.
        ML4: les exercices sont mesurés par rapport aux objectifs de reprise, et le plan est amélioré à partir des résultats.
        Points faibles : plans qui reposent sur des sauvegardes stockées dans la même salle, et listes de contacts périmées.
        Demander aussi : quand le plan a-t-il été exercé pour la dernière fois, et qu'est-ce qui a mal tourné ?
    .evidence =
        Plan de reprise après sinistre de cette solution
        Trace d'un exercice de reprise
        Liste des pièces de rechange critiques et de leur lieu de stockage
