### IEC 62443-3-3:2013 avec le corrigendum 1:2014, exigences de sécurité système : textes français pour iacs-assess.
### Rédigés pour cet outil ; il ne s'agit pas du texte de la norme. Les identifiants et les titres courts sont des faits.
### Une réponse par zone ou par conduit. L'interlocuteur est en général l'ingénieur contrôle-commande du propriétaire d'actifs,
### l'administrateur OT ou l'ingénieur responsable de l'intégrateur. Les questions parlent de « cette zone » et de « vos » systèmes.
### Termes (revue 2026-12), vérifiés par tests/terms.rs : « sécurité » et « cybersécurité » = security. Safety = sécurité fonctionnelle,
### système ou fonction instrumenté(e) de sécurité (SIS), sécurité des personnes, sécurité des procédés ; jamais « fonction de sécurité »,
### « système de sécurité » ni « sûreté » seuls. Commutateur (pas switch), propriétaire d'actifs (pas exploitant), liste d'autorisation.

questionnaire =
    .title = IEC 62443-3-3 exigences de sécurité système
    .description = L'IEC 62443-3-3 énumère les capacités techniques de sécurité dont un système de contrôle-commande a besoin, regroupées en sept exigences fondamentales ; chaque exigence s'applique à partir d'un niveau de sécurité minimal. Vous y répondez une fois pour chaque zone ou conduit : chaque exigence est satisfaite, non satisfaite, compensée par une contre-mesure documentée ou non applicable. À partir des réponses, l'outil calcule le niveau de sécurité atteint (SL-A) pour chaque exigence fondamentale et montre l'écart avec la cible (SL-T).

## Exigences fondamentales

fr-1 =
    .title = Contrôle d'identification et d'authentification (IAC)
    .description = Qui et quoi peut se connecter : les personnes, les logiciels et les équipements sont identifiés et prouvent leur identité avant d'obtenir un accès, qu'ils soient au poste, à distance ou sur une liaison sans fil.

fr-2 =
    .title = Contrôle d'utilisation (UC)
    .description = Ce qu'un utilisateur, un programme ou un équipement connecté a le droit de faire, la maîtrise des sessions et des équipements portables, et la piste d'audit qui enregistre qui a fait quoi.

fr-3 =
    .title = Intégrité du système (SI)
    .description = Protection contre la modification non autorisée des messages, des logiciels et des données : intégrité des communications, protection contre les logiciels malveillants, tests des fonctions de cybersécurité, contrôle des entrées et sorties prévisibles.

fr-4 =
    .title = Confidentialité des données (DC)
    .description = Empêcher que des informations sensibles, comme les mots de passe, les recettes ou les détails du réseau, soient lues par les mauvaises personnes, sur le réseau comme sur disque, grâce à une cryptographie solide.

fr-5 =
    .title = Flux de données restreint (RDF)
    .description = Découper le système de contrôle-commande en zones et maîtriser chaque flux de données qui franchit une limite de zone par un conduit, afin que seul le trafic nécessaire passe.

fr-6 =
    .title = Réponse en temps utile aux événements (TRE)
    .description = Repérer à temps les événements de sécurité et y réagir : accès en lecture aux journaux d'audit et surveillance continue des mesures de protection.

fr-7 =
    .title = Disponibilité des ressources (RA)
    .description = Maintenir le système de contrôle-commande en marche malgré les attaques et les pannes : protection contre le déni de service, sauvegardes, restauration, alimentation de secours, configuration minimale et inventaire exact.

## FR 1 Contrôle d'identification et d'authentification (IAC)

sr-1-1 =
    .title = Identification et authentification des utilisateurs humains
    .question = Comment les opérateurs, les ingénieurs et le personnel de maintenance se connectent-ils aux IHM, stations d'ingénierie et serveurs de cette zone, et chaque personne est-elle identifiée avant de pouvoir les utiliser ?
    .guidance =
        À examiner : la connexion aux IHM, stations d'ingénierie, historians, commutateurs et automates ; comptes partagés ; comptes locaux ou de domaine ; interfaces web et série.
        Satisfait si : chaque accès humain exige identification et authentification ; une session opérateur partagée peut passer si la salle elle-même contrôle qui est présent.
        Mesure compensatoire : salle de contrôle fermée avec badge et registre pour les IHM restant connectées en continu ; serveur de rebond qui authentifie devant les équipements qui ne le peuvent pas.
        Points faibles : logiciel d'ingénierie qui s'ouvre sans mot de passe, pages web des automates et variateurs, PC de maintenance avec comptes admin locaux, ports console ouverts.
        Demander aussi : les opérateurs peuvent-ils toujours agir en urgence sur l'IHM sans se connecter, comme ils le doivent ?
    .evidence =
        Captures des écrans de connexion d'une IHM et d'une station d'ingénierie
        Liste des comptes utilisateurs par système, comptes partagés signalés
        Liste d'accès et registre de la salle de contrôle

sr-1-1-re-1 =
    .title = Identification et authentification uniques
    .question = Chaque personne qui se connecte aux systèmes de cette zone a-t-elle son propre compte, de sorte que chaque action puisse être rattachée à une personne nommément désignée ?
    .guidance =
        À examiner : les listes de comptes du domaine, des IHM, des outils d'ingénierie, des équipements réseau et des automates ; noms comme « operateur », « ingenieur », « admin » ou « service ».
        Satisfait si : chaque personne a un compte nominatif sur chaque système où l'on se connecte ; les comptes génériques sont désactivés ou réservés à un usage d'urgence documenté.
        Mesure compensatoire : compte IHM partagé en salle de contrôle occupée, avec connexion nominative pour chaque modification (logique, limites de consigne, inhibition d'alarmes).
        Points faibles : un seul mot de passe admin pour tous les commutateurs, comptes fournisseurs et prestataires partagés par toute une équipe, comptes de personnes parties.
        Demander aussi : comment sauriez-vous qui a modifié un programme d'automate la semaine dernière ?
    .evidence =
        Export des comptes du domaine et de l'outil d'ingénierie
        Liste des comptes génériques, chacun avec sa justification et son responsable
        Journal des modifications montrant des noms de personnes pour les changements récents

sr-1-1-re-2 =
    .title = Authentification multifacteur pour les réseaux non fiables
    .question = Lorsque quelqu'un accède à cette zone depuis un réseau non fiable, par exemple un fournisseur via internet ou du personnel depuis le réseau bureautique, doit-il utiliser un second facteur en plus du mot de passe ?
    .guidance =
        À examiner : le chemin d'accès à distance (passerelle VPN, passerelle bureau à distance, portail fournisseur, serveur de rebond) et chaque route du réseau bureautique vers la zone.
        Satisfait si : toute personne venant d'un réseau non fiable prouve son identité avec deux facteurs indépendants, p. ex. mot de passe plus jeton, application, carte à puce ou certificat.
        Mesure compensatoire : second facteur imposé sur le serveur de rebond en DMZ quand le VPN ne vérifie qu'un mot de passe. Un rappel téléphonique est plus faible ; le noter comme tel.
        Points faibles : outils d'accès distant des fournisseurs installés sur les IHM, jetons partagés par une équipe, MFA sur le VPN mais un chemin RDP direct qui le contourne.
    .evidence =
        Paramètres du VPN ou de la passerelle d'accès distant montrant la politique MFA
        Journal des sessions distantes récentes avec le facteur utilisé
        Liste des utilisateurs distants et des jetons attribués

sr-1-1-re-3 =
    .title = Authentification multifacteur pour tous les réseaux
    .question = Un second facteur est-il aussi exigé pour se connecter depuis l'intérieur du site, sur les stations d'ingénierie, serveurs et équipements réseau, et pas seulement pour les accès venant de l'extérieur ?
    .guidance =
        À examiner : connexion locale et de domaine aux stations d'ingénierie, serveurs, contrôleurs de domaine, pare-feu et administration des commutateurs ; cartes à puce, jetons ou certificats utilisés.
        Satisfait si : tout accès humain par n'importe quel réseau, internes compris, exige deux facteurs ; les IHM opérateur peuvent être traitées à part si la conduite d'urgence ne doit pas attendre.
        Mesure compensatoire : deux facteurs sur un poste d'administration dédié par lequel passe toute l'administration de la zone, les chemins d'administration directs étant bloqués.
        Points faibles : équipements réseau administrés avec des mots de passe locaux, comptes bris de glace sans second facteur ni alarme à l'usage, jetons laissés dans le clavier.
    .evidence =
        Paramètres de politique ou du système d'identité imposant carte à puce ou jeton
        Règles de pare-feu n'autorisant l'administration que depuis le poste dédié
        Compte rendu d'essai d'une connexion tentée sans le second facteur

sr-1-2 =
    .title = Authentification des processus logiciels et équipements
    .question = Quand les automates, IHM, historians et autres logiciels de cette zone communiquent entre eux, vérifient-ils qui est en face, ou acceptent-ils les commandes de n'importe quel équipement du réseau ?
    .guidance =
        À examiner : liaisons automate-IHM, automate-automate, OPC et historian, comptes de service des logiciels, et quels protocoles transportent une identité quelconque.
        Satisfait si : logiciels et équipements sont identifiés et authentifiés à la connexion, p. ex. certificats d'application OPC UA, CIP Security, comptes de service, 802.1X sur les ports.
        Mesure compensatoire : règles de pare-feu ou de commutateur ne laissant que des adresses connues joindre les automates, plus alertes sur les nouveaux équipements, si le protocole n'authentifie pas.
        Points faibles : Modbus TCP et S7 sans aucune authentification, OPC Classic avec DCOM grand ouvert, comptes de service avec le même mot de passe partout.
    .evidence =
        Liste des liaisons machine à machine avec l'authentification utilisée par chacune
        Paramètres des certificats OPC UA ou CIP Security
        Sécurité des ports de commutateur ou listes d'autorisation du pare-feu pour les automates

sr-1-2-re-1 =
    .title = Identification et authentification uniques
    .question = Chaque équipement et processus logiciel de cette zone a-t-il sa propre identité, comme son propre certificat ou compte de service, au lieu de partager une clé ou un compte avec d'autres ?
    .guidance =
        À examiner : certificats par équipement et par application, comptes de service par application, clés pré-partagées sur de nombreux équipements, images clonées des PC d'IHM.
        Satisfait si : chaque équipement et processus qui s'authentifie détient son propre secret, de sorte qu'on puisse en révoquer un sans toucher aux autres.
        Mesure compensatoire : segments séparés par fonction avec listes d'autorisation strictes si des équipements anciens doivent partager un secret, documenté équipement par équipement.
        Points faibles : un certificat OPC UA copié sur toutes les IHM, un compte de service pour tous les collecteurs de l'historian, PC issus d'une image clonée avec les mêmes clés.
    .evidence =
        Inventaire des certificats montrant un certificat par équipement ou application
        Liste des comptes de service, chacun avec une application et un responsable
        Trace d'un secret d'équipement révoqué ou remplacé

sr-1-3 =
    .title = Gestion des comptes
    .question = Qui crée, modifie, désactive et supprime les comptes sur les systèmes de cette zone, et comment vous assurez-vous que les comptes des partants et des prestataires ayant quitté le site sont supprimés ?
    .guidance =
        À examiner : les étapes arrivée, mutation et départ pour les comptes du domaine, des IHM, des outils d'ingénierie, des équipements réseau et des automates, et qui peut gérer les comptes.
        Satisfait si : seuls des administrateurs autorisés ajoutent, activent, modifient, désactivent et suppriment les comptes, et les suppressions suivent vite départs et fins de contrat.
        Mesure compensatoire : revue périodique des comptes signée par le responsable de zone pour les équipements dont les comptes ne peuvent pas être gérés de façon centralisée.
        Points faibles : comptes par défaut des fournisseurs jamais supprimés, comptes de prestataires encore actifs après la mise en service, PC isolés que personne ne revoit.
        Demander aussi : quand a eu lieu la dernière revue des comptes, et qu'a-t-elle supprimé ?
    .evidence =
        Demandes de création et de suppression de compte pour une arrivée et un départ récents
        La dernière revue des comptes avec ses constats
        Liste des comptes par défaut, avec leur état de désactivation

sr-1-3-re-1 =
    .title = Gestion unifiée des comptes
    .question = Les comptes de cette zone sont-ils gérés en un seul endroit, par exemple un domaine OT ou un annuaire central, plutôt que séparément sur chaque PC, IHM et commutateur ?
    .guidance =
        À examiner : si les IHM, stations d'ingénierie, serveurs et équipements réseau utilisent un annuaire central (domaine OT, LDAP, RADIUS, TACACS+) ou gardent des comptes locaux.
        Satisfait si : les comptes de la zone sont gérés de façon centralisée, de sorte que désactiver une personne une seule fois lui retire ses accès partout.
        Mesure compensatoire : procédure écrite et scriptée qui met à jour les comptes locaux de chaque équipement isolé restant, vérifiée à chaque revue des comptes.
        Points faibles : domaine OT qui fait confiance au domaine bureautique sans besoin, comptes locaux de secours sur les commutateurs, automates avec leurs propres listes d'utilisateurs.
    .evidence =
        Schéma ou liste des systèmes qui s'authentifient auprès de l'annuaire
        Liste des équipements utilisant encore des comptes locaux
        Dossier de départ montrant les accès retirés sur tous les systèmes

sr-1-4 =
    .title = Gestion des identifiants
    .question = Comment les noms d'utilisateur, de groupe et de rôle de cette zone sont-ils attribués, pour qu'un nom ne soit jamais réutilisé pour quelqu'un d'autre et indique toujours à qui ou à quoi il appartient ?
    .guidance =
        À examiner : les règles de nommage des utilisateurs, groupes, rôles et comptes de service, et la façon dont les noms sont attribués et retirés sur les systèmes de la zone.
        Satisfait si : les identifiants se gèrent par utilisateur, groupe, rôle ou interface, suivent une règle et ne sont pas réattribués plus tard à une autre personne.
        Mesure compensatoire : un registre tenu par le responsable du système qui relie chaque nom des équipements isolés à une personne ou une fonction.
        Points faibles : noms comme « user1 » ou « eng », noms réutilisés après un départ, une même personne connue sous des noms différents sur chaque système.
    .evidence =
        Convention de nommage des comptes, groupes et rôles
        Registre des identifiants avec responsable et date d'attribution
        Échantillon de comptes comparé à la convention

sr-1-5 =
    .title = Gestion des authentifiants
    .question = Tous les mots de passe par défaut des automates, IHM, commutateurs, pare-feu et PC de cette zone ont-ils été changés, et comment les mots de passe, clés et certificats sont-ils protégés là où ils sont stockés ou transmis ?
    .guidance =
        À examiner : identifiants par défaut par type d'équipement, stockage des mots de passe et clés (hachés, dans un coffre-fort), transmission (chiffrée), et qui peut les réinitialiser.
        Satisfait si : les valeurs par défaut ont été changées à l'installation, les authentifiants peuvent être définis et renouvelés, et aucun n'est lisible en clair dans fichiers, scripts ou trafic.
        Mesure compensatoire : les équipements dont le mot de passe par défaut ne peut être changé sont derrière une limite qui bloque leur interface d'administration, documenté par équipement.
        Points faibles : mots de passe dans un tableur sur le partage d'ingénierie ou dans les projets automates, administration en Telnet et HTTP, communautés SNMP par défaut.
        Demander aussi : où sont conservés les mots de passe des équipements réseau ?
    .evidence =
        Liste de contrôle de mise en service confirmant le changement des mots de passe par défaut
        Capture ou description du coffre-fort de mots de passe utilisé
        Scan ou revue de configuration ne montrant aucun protocole d'administration en clair

sr-1-5-re-1 =
    .title = Sécurité matérielle des authentifiants des processus
    .question = Les clés privées et secrets que les serveurs, automates et applications de cette zone utilisent pour prouver leur identité sont-ils conservés dans un matériel protecteur comme un TPM, un HSM ou un élément sécurisé ?
    .guidance =
        À examiner : où résident les clés des équipements et applications : TPM des serveurs et PC industriels, éléments sécurisés des automates, HSM de l'autorité de certification, ou simples fichiers.
        Satisfait si : les secrets des processus logiciels et des équipements sont créés ou stockés dans un matériel qui empêche de les copier hors de l'équipement.
        Mesure compensatoire : droits de fichiers stricts et chiffrement de disque lié au TPM avec des certificats de courte durée, pour les applications qui ne peuvent pas utiliser de clés matérielles.
        Points faibles : fichiers de clés exportés pour sauvegarde et laissés sur un partage, machines virtuelles sans TPM virtuel, automates sans élément sécurisé.
    .evidence =
        Inventaire des clés des équipements et applications avec leur lieu de stockage
        Captures de configuration du TPM ou du HSM
        Déclaration du fournisseur sur le stockage sécurisé des clés dans les automates

# revue 2026-12 : l'exigence de base demande que l'accès sans fil soit identifié, authentifié et contrôlé ; un secret propre à chaque utilisateur et équipement relève de RE(1), voir sr-1-6-re-1
sr-1-6 =
    .title = Gestion de l'accès sans fil
    .question = Quelles liaisons sans fil cette zone comporte-t-elle (Wi-Fi, WirelessHART, ISA100, Bluetooth, routeurs cellulaires), et leur accès est-il contrôlé, de sorte que seuls des utilisateurs et équipements identifiés et authentifiés puissent les utiliser ?
    .guidance =
        À examiner : points d'accès, passerelles de capteurs sans fil, terminaux portables, modems cellulaires dans les armoires, Bluetooth des variateurs, tablettes et outils de maintenance.
        Satisfait si : les utilisateurs et équipements de chaque liaison sans fil sont identifiés et doivent s'authentifier avant d'envoyer des données dans la zone (p. ex. WPA2/WPA3 avec une clé réseau gérée, ou la clé d'accès d'une passerelle), et l'on sait qui et quoi peut utiliser chaque liaison.
        Non demandé ici : un secret propre à chaque utilisateur et équipement ; cela relève de RE(1).
        Mesure compensatoire : segment sans fil traité comme non fiable, derrière un pare-feu et un VPN, si la liaison radio ne peut pas authentifier assez fortement.
        Points faibles : réseaux ouverts, clé réseau largement diffusée et jamais changée, routeurs 4G oubliés installés par des fournisseurs, Bluetooth activé par défaut.
        Non applicable : seulement si une visite du site confirme l'absence de sans-fil dans la zone ; indiquer dans la réponse comment cela a été vérifié.
    .evidence =
        Liste des réseaux et équipements sans fil de la zone avec leurs paramètres de sécurité
        Export de configuration d'un point d'accès ou d'une passerelle
        Rapport d'un relevé radio du site

sr-1-6-re-1 =
    .title = Identification et authentification uniques
    .question = Chaque utilisateur et équipement sans fil dispose-t-il de son propre secret, par exemple un certificat ou une connexion nominative, plutôt que d'une clé réseau partagée par tous ?
    .guidance =
        À examiner : si le Wi-Fi utilise 802.1X avec des secrets par utilisateur ou par équipement, et si les instruments sans fil ont des clés d'accès individuelles.
        Satisfait si : chaque utilisateur et équipement sans fil est identifié et authentifié de façon unique (p. ex. WPA2/WPA3-Enterprise avec 802.1X, ou une clé d'accès individuelle par instrument), pour pouvoir exclure un équipement sans changer la clé de tous.
        Mesure compensatoire : une clé pré-partagée distincte par équipement, avec filtrage d'adresses et surveillance, si les équipements ne gèrent pas 802.1X.
        Points faibles : une clé imprimée au dos des lecteurs portables, la même clé d'accès sur tous les équipements WirelessHART, accès invité sur la même radio.
    .evidence =
        Paramètres RADIUS ou du point d'accès montrant une connexion par utilisateur ou par équipement
        Liste des équipements sans fil avec leurs secrets individuels
        Trace d'un équipement sans fil qui a été exclu

sr-1-7 =
    .title = Robustesse de l'authentification par mot de passe
    .question = Quelles règles de mot de passe sont imposées sur les systèmes de cette zone (longueur minimale, types de caractères), et peuvent-elles aussi être appliquées sur les IHM, outils d'ingénierie et équipements réseau, pas seulement sous Windows ?
    .guidance =
        À examiner : la politique de mots de passe du domaine, les politiques locales des PC isolés et les paramètres de mot de passe des logiciels d'ingénierie, IHM, commutateurs et automates.
        Satisfait si : les systèmes peuvent imposer une longueur minimale et un mélange de types de caractères configurables, réglés selon la politique de mots de passe du site.
        Mesure compensatoire : les équipements à code PIN court et fixe ne sont joignables que via un serveur de rebond imposant des mots de passe robustes ; les PIN ne servent qu'en local.
        Points faibles : automates n'acceptant que 4 à 8 caractères, mots de passe du runtime IHM hors politique du domaine, règles appliquées aux personnes mais pas aux comptes de service.
    .evidence =
        Export des politiques de mots de passe du domaine et locales
        Écrans de paramètres de mot de passe de l'IHM et du logiciel d'ingénierie
        Liste des équipements ne pouvant appliquer la politique, avec la mesure retenue

sr-1-7-re-1 =
    .title = Création et durée de vie des mots de passe (humains)
    .question = Pour les comptes de personnes de cette zone, les systèmes empêchent-ils la réutilisation des mots de passe récents et imposent-ils une durée de validité minimale et maximale ?
    .guidance =
        À examiner : historique des mots de passe et durées minimale et maximale dans les politiques du domaine et locales, et dans la gestion des utilisateurs des IHM et outils d'ingénierie.
        Satisfait si : les systèmes refusent un nombre configurable d'anciens mots de passe et imposent des durées de vie minimale et maximale configurables aux utilisateurs humains.
        Mesure compensatoire : un annuaire central ou un gestionnaire de mots de passe qui applique ces règles à tous ceux qui se connectent aux équipements dépourvus de ces paramètres.
        Points faibles : durées de vie désactivées pour la salle de contrôle sans rien en échange, historique d'un seul mot de passe qui permet de revenir aussitôt, exceptions jamais revues.
    .evidence =
        Paramètres d'historique et de durée de vie issus des politiques
        Liste des comptes exclus des règles de durée de vie, avec les raisons
        Capture d'un mot de passe réutilisé qui est refusé

sr-1-7-re-2 =
    .title = Durée de vie des mots de passe pour tous les utilisateurs
    .question = Les règles de durée de vie des mots de passe s'appliquent-elles aussi aux comptes de service, aux mots de passe des équipements et aux autres utilisateurs non humains de cette zone, pas seulement aux personnes ?
    .guidance =
        À examiner : comptes de service des historians, serveurs OPC, tâches de sauvegarde et scripts ; mots de passe entre équipements ; date du dernier changement de chacun.
        Satisfait si : les règles de durée de vie s'appliquent à tous les utilisateurs, humains ou non, et les mots de passe non humains sont changés selon le calendrier sans perturber le procédé.
        Mesure compensatoire : comptes de service gérés ou coffre-fort qui renouvelle automatiquement les mots de passe, ou certificats de courte durée à la place des mots de passe.
        Points faibles : comptes de service qui n'expirent jamais parce qu'un changement a un jour arrêté l'historian, mots de passe intégrés dans des scripts et fichiers de configuration.
    .evidence =
        Liste des comptes non humains avec la date du dernier changement de mot de passe
        Paramètres de rotation du coffre-fort ou des comptes gérés
        Procédure de changement des mots de passe des comptes de service

sr-1-8 =
    .title = Certificats d'infrastructure à clé publique (PKI)
    .question = Là où des systèmes de cette zone utilisent des certificats (OPC UA, HTTPS, VPN, 802.1X), qui les émet, et existe-t-il un moyen opérationnel de les renouveler et de les révoquer ?
    .guidance =
        À examiner : quelles applications utilisent des certificats, qui les émet (AC OT interne, AC d'entreprise, AC du fournisseur, autosigné), et comment se font renouvellement et révocation.
        Satisfait si : les certificats proviennent d'une PKI correctement exploitée, interne ou existante, avec émission maîtrisée, renouvellement avant expiration et révocation.
        Mesure compensatoire : pour quelques certificats autosignés, un inventaire avec rappels d'expiration et une procédure manuelle écrite pour les distribuer de façon sûre.
        Points faibles : certificats autosignés acceptés partout, AC OT sur un serveur non corrigé, certificats expirés qui coupent les liaisons OPC UA pendant la nuit.
        Demander aussi : qu'arrive-t-il à l'installation si l'autorité de certification est injoignable pendant une journée ?
    .evidence =
        Inventaire des certificats avec émetteurs et dates d'expiration
        Description de l'AC et de sa procédure d'émission
        Trace d'un renouvellement ou d'une révocation récente

sr-1-9 =
    .title = Robustesse de l'authentification par clé publique
    .question = Quand les équipements et applications de cette zone vérifient un certificat, contrôlent-ils sa signature, sa chaîne jusqu'à une autorité de confiance et sa révocation éventuelle, ou acceptent-ils n'importe quel certificat ?
    .guidance =
        À examiner : listes de confiance OPC UA, paramètres TLS des IHM web et historians, contrôle des certificats VPN, vérification de révocation (CRL ou OCSP), détenteurs des clés privées.
        Satisfait si : signatures et chaînes validées, révocation vérifiée ou couverte, clés privées gardées par leur titulaire, identités rattachées à des utilisateurs ou équipements.
        Mesure compensatoire : certificats de courte durée là où les listes de révocation sont injoignables depuis la zone ; liste de confiance gérée et poussée à tous les clients.
        Points faibles : « faire confiance à tous les certificats » laissé actif depuis la mise en service, clients OPC UA qui acceptent seuls les nouveaux certificats serveur, alertes ignorées.
    .evidence =
        Liste de confiance OPC UA et paramètres de validation TLS
        Paramètres de contrôle de révocation, ou la règle de courte durée appliquée à la place
        Compte rendu d'essai montrant le refus d'un certificat non fiable

sr-1-9-re-1 =
    .title = Sécurité matérielle de l'authentification par clé publique
    .question = Les clés privées utilisées dans cette zone pour la connexion par certificat et l'authentification des équipements sont-elles protégées par du matériel, comme des cartes à puce, des TPM ou des HSM ?
    .guidance =
        À examiner : cartes à puce ou jetons USB des personnes, TPM des serveurs et PC industriels, HSM de l'AC, éléments sécurisés des automates et passerelles.
        Satisfait si : les clés privées servant à l'authentification par clé publique sont détenues dans un matériel qui ne permet pas de les exporter.
        Mesure compensatoire : clés dans des magasins logiciels protégés par un chiffrement de disque lié au TPM et des droits d'accès stricts, avec des certificats de courte durée.
        Points faibles : fichiers PFX contenant des clés privées sur des lecteurs partagés, clé de l'AC sur une machine virtuelle ordinaire, jetons configurés pour autoriser l'export des clés.
    .evidence =
        Paramètres de stockage des clés pour les utilisateurs, les équipements et l'AC
        Registres de remise des cartes à puce ou jetons
        Documentation du fournisseur sur le stockage matériel des clés

sr-1-10 =
    .title = Retour d'information de l'authentifiant
    .question = Quand quelqu'un saisit un mot de passe sur une IHM, une station d'ingénierie ou la page web d'un équipement de cette zone, est-il masqué, et les échecs de connexion ne donnent-ils aucun indice sur l'erreur ?
    .guidance =
        À examiner : les écrans de connexion des IHM, outils d'ingénierie, interfaces web et consoles, et les messages affichés après un mauvais nom d'utilisateur ou mot de passe.
        Satisfait si : le secret est masqué pendant la saisie, et les messages d'échec ne révèlent pas si c'est le nom d'utilisateur ou le mot de passe qui était faux.
        Mesure compensatoire : soustraire le terminal à la vue quand un équipement affiche la saisie en clair ; rarement nécessaire.
        Points faibles : mots de passe affichés en clair sur les écrans tactiles, messages « utilisateur inconnu » sur les pages web, mots de passe visibles dans des lignes de commande ou fichiers batch.
    .evidence =
        Captures d'écrans de connexion avec saisie masquée
        Capture du message affiché après un échec de connexion
        Échantillon de scripts vérifiés pour les mots de passe en clair

sr-1-11 =
    .title = Tentatives de connexion infructueuses
    .question = Que se passe-t-il sur les systèmes de cette zone après plusieurs mots de passe erronés : les tentatives suivantes sont-elles bloquées un temps, et comment évitez-vous que les opérateurs soient bloqués hors de l'IHM en cas d'urgence ?
    .guidance =
        À examiner : seuil et durée de verrouillage dans les politiques du domaine, locales et des équipements, et traitement particulier des comptes de salle de contrôle et de service.
        Satisfait si : des échecs répétés dans un délai donné bloquent les essais pour une durée ou jusqu'au déblocage, et les comptes des services critiques ne peuvent pas ouvrir de session interactive.
        Mesure compensatoire : pour les IHM opérateur où un verrouillage serait dangereux, les échecs déclenchent une alarme en salle de contrôle, dont l'accès physique est contrôlé.
        Points faibles : verrouillage des comptes opérateur qui empêche de conduire l'installation, aucune limite sur les connexions web ou SSH, comptes de service utilisables en interactif.
    .evidence =
        Paramètres de verrouillage du domaine, des systèmes locaux et des équipements
        Liste des comptes exclus du verrouillage, avec la raison
        Paramètre interdisant l'ouverture de session interactive aux comptes de service

sr-1-12 =
    .title = Notification d'utilisation du système
    .question = Un avis s'affiche-t-il avant la connexion sur les IHM, stations d'ingénierie, serveurs et équipements réseau de cette zone, indiquant que le système est surveillé et que toute utilisation non autorisée est interdite ?
    .guidance =
        À examiner : bannières de connexion sous Windows, Linux, SSH, interfaces web et équipements réseau, et qui a le droit d'en modifier le texte.
        Satisfait si : un avis configurable s'affiche avant l'authentification, indiquant qu'il s'agit d'un système de contrôle-commande, que l'usage est surveillé et que l'abus est interdit.
        Mesure compensatoire : avis affiché à la console des équipements qui ne peuvent pas en afficher, et bannière sur la passerelle d'accès distant pour les utilisateurs distants.
        Points faibles : bannière sous Windows mais aucune sur les commutateurs et pare-feu, texte jamais validé avec le juridique ou les RH, chemins distants qui contournent la bannière.
    .evidence =
        Captures de l'avis sur un PC, un équipement réseau et la passerelle distante
        Le texte d'avis approuvé
        Ligne de politique ou de configuration qui définit l'avis

sr-1-13 =
    .title = Accès via des réseaux non fiables
    .question = Quelles routes mènent à cette zone depuis des réseaux non fiables (internet, réseau bureautique, liaisons fournisseurs, modems cellulaires), et comment chacune est-elle surveillée et contrôlée ?
    .guidance =
        À examiner : règles de pare-feu à la limite de zone, passerelle d'accès distant, modems et routeurs cellulaires des fournisseurs, lignes d'appel entrant, liaisons directes depuis le bureautique.
        Satisfait si : chaque route d'accès depuis un réseau non fiable est connue, passe par un équipement de contrôle, et son usage est journalisé et revu.
        Mesure compensatoire : les routes impossibles à surveiller restent physiquement débranchées et ne sont branchées, sous surveillance, qu'en cas de besoin.
        Points faibles : routeurs 4G de fournisseurs inconnus du site, RDP direct depuis le LAN bureautique, logiciels d'accès distant sur les IHM, vieux modems RTC restés branchés.
        Demander aussi : quelqu'un a-t-il scanné le réseau ou parcouru le site pour trouver des routes absentes du schéma ?
    .evidence =
        Liste des routes d'accès externes avec leur équipement de contrôle
        Règles de pare-feu et journaux d'accès distant sur une période récente
        Schéma réseau avec la limite de zone et ses points d'entrée

sr-1-13-re-1 =
    .title = Approbation explicite des demandes d'accès
    .question = L'accès distant depuis l'extérieur vers cette zone est-il bloqué par défaut, et ouvert seulement après qu'une personne dans un rôle désigné a approuvé chaque demande ?
    .guidance =
        À examiner : comment un fournisseur ou un ingénieur obtient une session distante : la demande, l'approbation par le chef de quart ou le responsable du système, et qui active et désactive l'accès.
        Satisfait si : l'accès depuis des réseaux non fiables est refusé sauf approbation explicite d'un rôle désigné, et chaque approbation est enregistrée.
        Mesure compensatoire : un commutateur à clé en salle de contrôle qui n'active la liaison distante que pour une session approuvée et limitée dans le temps.
        Points faibles : comptes VPN fournisseurs activés en permanence, approbation donnée par e-mail après le début de la session, personne ne désactive l'accès ensuite.
    .evidence =
        Procédure d'accès distant désignant le rôle qui approuve
        Enregistrements d'approbation des sessions distantes récentes
        Paramètres de la passerelle montrant les comptes distants désactivés par défaut

## FR 2 Contrôle d'utilisation (UC)

sr-2-1 =
    .title = Application des autorisations
    .question = Une fois les personnes connectées aux IHM, stations d'ingénierie et serveurs de cette zone, qu'est-ce qui empêche un opérateur de modifier la logique ou des réglages que seuls les ingénieurs devraient modifier ?
    .guidance =
        À examiner : rôles et droits dans l'IHM, le logiciel d'ingénierie, l'historian et Windows ; ce qu'un compte opérateur peut réellement faire ; application du moindre privilège.
        Satisfait si : sur chaque interface, chacun ne peut faire que ce que ses droits attribués permettent, les tâches sont séparées, et personne n'a plus de droits que sa fonction n'en exige.
        Mesure compensatoire : commutateur à clé sur les automates pour le mode programmation plus une validation écrite, si le logiciel ne peut pas limiter les droits par utilisateur.
        Points faibles : tout le monde dans le groupe des administrateurs locaux, comptes opérateur pouvant lancer l'outil d'ingénierie, IHM où n'importe qui peut changer les seuils d'alarme.
    .evidence =
        Matrice des rôles et droits pour l'IHM, l'outil d'ingénierie et les serveurs
        Capture d'un compte opérateur qui se voit refuser une action restreinte
        Listes des membres des groupes d'administrateurs

sr-2-1-re-1 =
    .title = Application des autorisations pour tous les utilisateurs
    .question = Les droits sont-ils aussi appliqués aux logiciels et aux équipements, de sorte que, par exemple, un historian ou un client de reporting ne puisse lire que les valeurs dont il a besoin sans pouvoir écrire dans les automates ?
    .guidance =
        À examiner : droits des comptes de service, droits d'accès des serveurs OPC, protection en écriture des automates, règles de pare-feu qui limitent les commandes d'écriture entre équipements.
        Satisfait si : les droits s'appliquent aussi bien aux personnes qu'aux processus logiciels et équipements, et chaque utilisateur non humain n'a que l'accès dont sa fonction a besoin.
        Mesure compensatoire : pare-feu industriel ou filtre protocolaire qui n'autorise que les fonctions de lecture depuis les serveurs d'historian et de reporting vers les automates.
        Points faibles : serveurs OPC autorisant l'écriture anonyme, comptes de service membres des administrateurs du domaine, automates acceptant des écritures de n'importe quel nœud.
    .evidence =
        Liste des comptes de service et de leurs droits
        Paramètres d'accès du serveur OPC
        Règles de pare-feu ou d'inspection approfondie limitant les commandes d'écriture

sr-2-1-re-2 =
    .title = Association des droits aux rôles
    .question = Une personne autorisée de votre organisation peut-elle définir et modifier les droits attachés à chaque rôle (opérateur, ingénieur, maintenance, consultation) sur les systèmes de cette zone ?
    .guidance =
        À examiner : si des rôles peuvent être définis dans l'IHM, les outils d'ingénierie et l'annuaire, qui peut modifier l'association, et si les modifications sont enregistrées.
        Satisfait si : un rôle autorisé peut associer les droits aux rôles pour tous les utilisateurs, et les personnes reçoivent leurs droits par des rôles plutôt qu'un par un.
        Mesure compensatoire : matrice de rôles écrite appliquée par le fournisseur sur demande, chaque modification étant enregistrée, si l'équipe du site ne peut pas modifier les rôles.
        Points faibles : rôles fixes du fournisseur inadaptés à l'installation, rôles modifiés par quiconque a des droits admin, droits accordés directement à des individus.
    .evidence =
        Définitions des rôles dans l'IHM ou l'outil d'ingénierie
        Trace de la dernière modification des droits d'un rôle
        Procédure désignant qui peut modifier l'association des rôles

sr-2-1-re-3 =
    .title = Dérogation par un superviseur
    .question = Un chef de quart ou un autre rôle désigné peut-il, en urgence, déroger temporairement aux droits normaux d'un utilisateur, la dérogation étant limitée dans le temps et journalisée ?
    .guidance =
        À examiner : comment un opérateur peut recevoir vite des droits supplémentaires lors d'une dérive du procédé, p. ex. connexion superviseur sur la session opérateur, et comment cela prend fin.
        Satisfait si : un superviseur ou responsable peut déroger manuellement aux droits pour une durée ou une séquence d'événements configurable, et chaque dérogation est enregistrée.
        Mesure compensatoire : compte bris de glace sous scellé, avec registre et alarme à l'usage, revu après chaque utilisation.
        Points faibles : mots de passe d'urgence connus de toute l'équipe de quart, dérogations qui n'expirent jamais, aucune trace de qui a utilisé la dérogation ni pourquoi.
    .evidence =
        Paramètres de la fonction de dérogation et limites de durée
        Entrées du journal d'audit pour les dérogations récentes
        Procédure bris de glace et son registre d'utilisation

sr-2-1-re-4 =
    .title = Double approbation
    .question = Pour les actions qui pourraient gravement affecter le procédé, comme un téléchargement de programme dans un automate critique ou le shunt d'un déclenchement, une seconde personne doit-elle approuver avant exécution ?
    .guidance =
        À examiner : les actions que le site considère à fort impact, et si l'IHM ou l'outil d'ingénierie exige qu'une seconde personne authentifiée les confirme.
        Satisfait si : le système impose l'approbation de deux personnes autorisées pour les actions à fort impact définies.
        Mesure compensatoire : permis de travail à deux signatures plus une clé physique détenue par la seconde personne, pour les outils qui ne savent pas imposer deux approbations.
        Points faibles : aucune liste convenue des actions à fort impact, second approbateur qui est la même personne sous un autre compte, approbations contournables.
    .evidence =
        Liste des actions soumises à double approbation
        Configuration de la confirmation à deux personnes
        Enregistrements d'actions récentes approuvées par deux personnes

sr-2-2 =
    .title = Contrôle d'utilisation du sans-fil
    .question = Comment décidez-vous quelles connexions sans fil sont autorisées dans cette zone, et comment surveillez-vous et faites-vous respecter les limites de ce qu'elles peuvent faire ?
    .guidance =
        À examiner : la liste des réseaux et équipements sans fil approuvés, ce que chacun peut joindre, et la surveillance de l'usage (journaux du contrôleur Wi-Fi, pare-feu entre sans-fil et filaire).
        Satisfait si : l'usage du sans-fil est autorisé, surveillé et restreint selon les bonnes pratiques, p. ex. le trafic sans fil passe par un pare-feu avant d'atteindre les automates.
        Mesure compensatoire : sans-fil placé dans une zone à part, avec un conduit vers la zone de contrôle qui ne laisse passer que le trafic nécessaire.
        Points faibles : ponts sans fil reliant deux segments filaires sans pare-feu, tablettes sur le réseau de contrôle avec un accès complet, journaux sans fil que personne ne lit.
        Non applicable : seulement s'il n'y a aucun sans-fil dans la zone ou vers elle, confirmé par une vérification sur site.
    .evidence =
        Liste des usages sans fil approuvés avec les destinations permises
        Règles de pare-feu entre le segment sans fil et la zone
        Journaux du contrôleur ou de la passerelle sans fil

sr-2-2-re-1 =
    .title = Détecter et signaler les équipements sans fil non autorisés
    .question = Sauriez-vous si quelqu'un installait un point d'accès, un pont sans fil ou un routeur cellulaire non autorisé dans cette zone ou à proximité, et qui en serait informé ?
    .guidance =
        À examiner : détection d'intrusion sans fil, relevés radio périodiques, détection d'équipements inconnus sur les ports des commutateurs, contrôle des armoires pour les routeurs cellulaires.
        Satisfait si : les émetteurs sans fil non autorisés dans l'enceinte de l'installation sont détectés et signalés à quelqu'un qui donne suite.
        Mesure compensatoire : relevés planifiés sur site avec un scanner Wi-Fi ou un analyseur de spectre, plus surveillance des ports de commutateur signalant tout nouvel équipement.
        Points faibles : relevés faits seulement autour des bureaux, routeurs cellulaires cachés dans les armoires des fournisseurs, alertes envoyées à une boîte que personne ne lit.
    .evidence =
        Alertes de détection d'intrusion sans fil ou rapports de relevé
        Procédure de traitement d'un équipement pirate
        Trace d'un équipement pirate trouvé et retiré

sr-2-3 =
    .title = Contrôle d'utilisation des équipements portables et mobiles
    .question = Quelles règles s'appliquent aux clés USB, ordinateurs portables des prestataires, téléphones et autres équipements portables sur les IHM, stations d'ingénierie et ports réseau de cette zone ?
    .guidance =
        À examiner : blocage des ports USB ou contrôle des périphériques, règles de branchement des portables, autorisation d'équipements précis, limites à la copie de code et de données.
        Satisfait si : les systèmes peuvent bloquer les équipements portables, ne les autoriser qu'avec une autorisation précise, et restreindre la copie de code et de données vers et depuis eux.
        Mesure compensatoire : verrous physiques de ports et borne de décontamination des supports, plus une règle du site : les portables visiteurs ne se branchent que sur un segment de maintenance séparé.
        Points faibles : USB laissé ouvert sur toutes les IHM pour les sauvegardes, portables de prestataires branchés sur n'importe quel port libre, téléphones rechargés sur l'USB des IHM.
    .evidence =
        Politique de contrôle des périphériques et ses paramètres
        Procédure et registre des équipements et supports portables
        Liste des périphériques USB ou portables approuvés

sr-2-3-re-1 =
    .title = Contrôle de sécurité des équipements portables et mobiles
    .question = Avant qu'un portable ou un autre équipement mobile puisse se connecter à cette zone, est-il vérifié au regard des règles de sécurité de la zone, par exemple à jour des correctifs, analysé et équipé d'une protection contre les logiciels malveillants ?
    .guidance =
        À examiner : contrôles des portables visiteurs (contrôle d'accès réseau, liste de contrôle à l'entrée), portables de maintenance du site, analyse avant connexion.
        Satisfait si : les équipements portables et mobiles sont vérifiés selon les exigences de sécurité de la zone avant connexion, et ceux qui échouent sont refusés.
        Mesure compensatoire : seuls des portables de maintenance du site, durcis, peuvent se connecter, chacun vérifié et enregistré avant usage ; les machines des prestataires ne se connectent jamais.
        Points faibles : contrôles faits une fois en début de contrat puis jamais plus, portables qui rentrent chez le prestataire, listes de contrôle signées sans regarder.
    .evidence =
        Politique de contrôle d'accès réseau ou liste de contrôle avant connexion
        Registre des contrôles des équipements visiteurs récents
        Liste des portables de maintenance du site et de leur état

sr-2-4 =
    .title = Code mobile
    .question = Qu'est-ce qui empêche les scripts, macros, Java, ActiveX et autre code mobile de s'exécuter sur les IHM, stations d'ingénierie et serveurs de cette zone, sauf s'ils sont nécessaires et approuvés ?
    .guidance =
        À examiner : paramètres des navigateurs et de la bureautique sur les IHM et stations d'ingénierie, politique d'exécution des scripts, réglage des macros, IHM web ayant réellement besoin de scripts.
        Satisfait si : le code mobile peut être bloqué, autorisé seulement depuis des sources approuvées, restreint dans son transfert et surveillé, selon le tort qu'il pourrait causer.
        Mesure compensatoire : liste d'autorisation des applications qui bloque les hôtes de scripts, sauf ceux dont le runtime IHM approuvé a besoin.
        Points faibles : navigateurs complets et suites bureautiques sur les IHM, macros activées pour les rapports, PowerShell sans restriction, messagerie consultée sur les stations d'ingénierie.
    .evidence =
        Paramètres de politique des scripts, macros et navigateurs
        Liste du code mobile approuvé avec la raison de chacun
        Règles de liste d'autorisation pour les interpréteurs de scripts

sr-2-4-re-1 =
    .title = Contrôle d'intégrité du code mobile
    .question = Avant que des scripts approuvés ou d'autre code mobile s'exécutent sur les systèmes de cette zone, leur intégrité est-elle vérifiée, par exemple par une signature, pour qu'un script modifié ne puisse pas s'exécuter ?
    .guidance =
        À examiner : signature de code pour PowerShell et autres scripts, contenus web signés pour les IHM, vérification des signatures dans l'outil de liste d'autorisation.
        Satisfait si : l'intégrité du code mobile est vérifiée avant exécution, et le code qui échoue à la vérification est refusé.
        Mesure compensatoire : scripts conservés dans un emplacement en lecture seule avec un contrôle d'intégrité des fichiers qui alerte à chaque modification.
        Points faibles : signature imposée pour certains types de scripts seulement, certificats de signature autosignés acceptés partout, développeurs qui contournent la signature.
    .evidence =
        Politique d'exécution des scripts exigeant des signatures
        Certificat de signature de code et procédure de signature
        Compte rendu d'essai montrant le blocage d'un script modifié

sr-2-5 =
    .title = Verrouillage de session
    .question = Les stations d'ingénierie, serveurs et autres postes de travail de cette zone se verrouillent-ils après une période d'inactivité ou à la demande, avec une connexion nécessaire pour les déverrouiller ?
    .guidance =
        À examiner : réglages de verrouillage d'écran des stations d'ingénierie, serveurs, sessions bureau à distance et interfaces web, et traitement des IHM opérateur.
        Satisfait si : les sessions se verrouillent après un délai d'inactivité configurable ou manuellement, et le restent jusqu'à ce que le titulaire ou une autre personne autorisée se reconnecte.
        Mesure compensatoire : pour les IHM opérateur qui doivent rester visibles, salle de contrôle occupée à accès contrôlé et mode consultation seule quand personne n'est connecté.
        Points faibles : verrouillage désactivé sur toutes les machines à cause des IHM, stations d'ingénierie inactives connectées en administrateur, sessions web qui n'expirent jamais.
    .evidence =
        Paramètres de verrouillage d'écran par type de machine
        Liste des machines exclues du verrouillage, avec la raison
        Observation des postes laissés sans surveillance pendant la visite

sr-2-6 =
    .title = Fin des sessions à distance
    .question = Les sessions distantes vers cette zone (VPN, bureau à distance, outils fournisseurs) se terminent-elles automatiquement après une période d'inactivité, et peut-on y mettre fin manuellement ?
    .guidance =
        À examiner : délais d'inactivité du VPN, de la passerelle bureau à distance, du serveur de rebond et des outils distants des fournisseurs, et qui peut couper une session en cours.
        Satisfait si : les sessions distantes se terminent après un délai d'inactivité configurable, et l'utilisateur ou la salle de contrôle peut y mettre fin manuellement.
        Mesure compensatoire : interrupteur en salle de contrôle ou règle de pare-feu coupant immédiatement le chemin distant, plus une règle : sessions distantes uniquement sous surveillance.
        Points faibles : sessions bureau à distance déconnectées qui tournent pendant des jours, outils fournisseurs sans délai d'expiration, personne en salle de contrôle ne sait couper une session.
    .evidence =
        Paramètres d'expiration du VPN, de la passerelle et du serveur de rebond
        Journal des sessions montrant des déconnexions automatiques
        Procédure pour mettre fin à une session distante

sr-2-7 =
    .title = Contrôle des sessions simultanées
    .question = Les systèmes de cette zone peuvent-ils limiter le nombre de sessions qu'un même utilisateur, service ou équipement peut ouvrir en même temps sur chaque interface ?
    .guidance =
        À examiner : limites des sessions bureau à distance parallèles, connexions simultanées d'un même compte, connexions parallèles vers les automates et serveurs OPC.
        Satisfait si : le nombre de sessions simultanées par utilisateur, processus ou équipement peut être limité, et des limites sont fixées là où c'est important.
        Mesure compensatoire : règles de passerelle autorisant une session par compte pour l'accès distant, avec des alertes sur les connexions parallèles.
        Points faibles : comptes partagés connectés sur plusieurs postes à la fois, automates dont les emplacements de connexion peuvent être épuisés, limites fixées mais jamais testées.
    .evidence =
        Paramètres de limite de sessions des serveurs, passerelles et automates
        Entrée de journal montrant le refus d'une seconde session
        Liste des interfaces et de la limite retenue pour chacune

sr-2-8 =
    .title = Événements auditables
    .question = Les systèmes de cette zone enregistrent-ils les événements de sécurité comme les connexions, les refus d'accès, les modifications de configuration, les téléchargements de programmes et les sauvegardes, chacun avec l'heure, la source et le résultat ?
    .guidance =
        À examiner : journaux d'événements Windows, pistes d'audit de l'IHM et des outils d'ingénierie, historique des modifications des automates, journaux des pare-feu et commutateurs, événements activés.
        Satisfait si : contrôle d'accès, erreurs, événements système et contrôle-commande, sauvegardes, changements de configuration, scans et journaux sont tracés avec heure, source, type et résultat.
        Mesure compensatoire : outil de surveillance réseau qui enregistre téléchargements de programmes et changements de configuration pour les automates sans journal propre.
        Points faibles : audit désactivé sur les IHM pour gagner de la place, automates sans journal de modifications, pare-feu ne journalisant que les refus, journaux écrasés en quelques heures.
    .evidence =
        Paramètres de la stratégie d'audit sur les systèmes Windows
        Exemples d'enregistrements d'une IHM, d'une modification d'automate et d'un pare-feu
        Liste des types d'événements enregistrés par système

sr-2-8-re-1 =
    .title = Piste d'audit centralisée à l'échelle du système
    .question = Les journaux de sécurité de tous les systèmes de cette zone sont-ils collectés en un seul endroit, classés par ordre chronologique et disponibles dans un format standard lisible par un SIEM ou un autre outil ?
    .guidance =
        À examiner : le serveur de journaux central ou le SIEM, les systèmes qui lui envoient leurs journaux, les formats (syslog, transfert d'événements Windows) et la corrélation des événements.
        Satisfait si : les enregistrements d'audit de toute la zone sont gérés de façon centralisée, classés chronologiquement et exportables en formats standard pour analyse.
        Mesure compensatoire : collecte planifiée et scriptée des journaux des équipements incapables de les transférer, chargés dans le stockage central.
        Points faibles : seuls les pare-feu envoient leurs journaux, ceux des automates et IHM restent locaux, serveur de journaux sur une autre horloge, personne ne voit qu'une source se tait.
    .evidence =
        Liste des sources de journaux reliées au serveur central
        Capture d'une recherche portant sur plusieurs sources
        Exemple d'export dans un format standard

sr-2-9 =
    .title = Capacité de stockage des audits
    .question = L'espace de stockage suffit-il pour conserver les journaux de sécurité de cette zone aussi longtemps que votre politique l'exige, et qu'est-ce qui empêche les journaux de remplir le disque ?
    .guidance =
        À examiner : tailles et durées de conservation des journaux sur les PC, équipements et serveur central, rotation et archivage, et jusqu'où remontent réellement les journaux.
        Satisfait si : le stockage des journaux est dimensionné selon les bonnes pratiques de gestion des journaux et la politique de conservation, avec des mesures qui évitent son dépassement.
        Mesure compensatoire : transfert fréquent vers un stockage central, pour qu'une conservation locale courte ne fasse rien perdre.
        Points faibles : journaux d'événements de 20 Mo écrasés en une journée, disque de journaux central plein à 95 %, équipements ne gardant que leurs cent derniers événements.
    .evidence =
        Paramètres de taille et de conservation des journaux
        Plus ancien enregistrement disponible sur un échantillon de systèmes
        Occupation disque du stockage central des journaux

sr-2-9-re-1 =
    .title = Alerte au seuil de capacité de stockage des audits
    .question = Quelqu'un reçoit-il un avertissement lorsque le stockage des journaux de cette zone atteint un niveau fixé, avant que d'anciens enregistrements soient perdus ou que la journalisation s'arrête ?
    .guidance =
        À examiner : réglages de seuil des journaux d'événements Windows, des serveurs syslog et du SIEM, et destinataire de l'avertissement.
        Satisfait si : un avertissement parvient aux bonnes personnes quand le stockage des journaux atteint un pourcentage configurable de sa capacité.
        Mesure compensatoire : surveillance disque du serveur de journaux via la supervision système du site, avec une alarme vers l'équipe d'astreinte.
        Points faibles : seuils réglés mais alertes envoyées à une ancienne boîte, avertissements sur le serveur mais pas sur les PC isolés, alertes ignorées.
    .evidence =
        Réglage du seuil et configuration de l'alerte
        Trace d'un avertissement de capacité récent et de la suite donnée
        Tableau de bord de supervision montrant l'occupation du stockage des journaux

sr-2-10 =
    .title = Réponse aux défaillances du traitement des audits
    .question = Si la journalisation cesse de fonctionner sur un système de cette zone, par exemple disque plein ou service de journalisation planté, quelqu'un est-il alerté pendant que les fonctions de contrôle-commande continuent de tourner ?
    .guidance =
        À examiner : ce que fait chaque système en cas d'échec de la journalisation (arrêt, écrasement, blocage), les alertes associées, et si les fonctions de contrôle-commande pourraient en souffrir.
        Satisfait si : le personnel est alerté en cas d'échec du traitement des audits, les fonctions essentielles continuent de tourner, et la réponse suit les bonnes pratiques.
        Mesure compensatoire : le serveur de journaux central signale les sources qui cessent d'émettre, et une personne désignée les vérifie et les répare.
        Points faibles : systèmes réglés pour s'arrêter quand le journal de sécurité est plein, journaux perdus sans bruit quand le relais tombe, aucun avertissement quand une source se tait.
    .evidence =
        Paramètres définissant le comportement quand un journal est plein
        Règle d'alerte pour les sources de journaux muettes ou défaillantes
        Trace d'une défaillance de journalisation et de son traitement

sr-2-11 =
    .title = Horodatage
    .question = Les enregistrements d'audit des systèmes de cette zone portent-ils une date et une heure assez précises pour reconstituer ce qui s'est passé sur plusieurs machines ?
    .guidance =
        À examiner : sources de temps de la zone (serveur NTP, horloge GPS, contrôleur de domaine), réglage des horloges des PC, automates et équipements réseau, fuseaux horaires des enregistrements.
        Satisfait si : chaque enregistrement d'audit est horodaté par l'horloge système, et les horloges concordent assez pour remettre les événements dans le bon ordre.
        Mesure compensatoire : serveur de journaux central qui horodate à la réception pour les équipements sans horloge fiable, cette limite étant consignée par écrit.
        Points faibles : automates et commutateurs dont l'horloge est décalée de minutes ou d'années, heure locale mêlée à l'UTC, horloges remises à zéro après une coupure de courant.
    .evidence =
        Réglages de l'heure sur un PC, un automate et un équipement réseau
        Exemples d'enregistrements de deux systèmes montrant des heures cohérentes
        Schéma ou liste des sources de temps de la zone

sr-2-11-re-1 =
    .title = Synchronisation horaire interne
    .question = Les horloges des PC, automates et équipements réseau de cette zone sont-elles synchronisées automatiquement sur une source de temps commune à un intervalle défini ?
    .guidance =
        À examiner : réglages NTP ou PTP de tous les systèmes, intervalle retenu, source utilisée par chacun, et surveillance de la dérive des horloges.
        Satisfait si : les horloges internes de toute la zone sont synchronisées à un intervalle configurable sur une source de temps commune.
        Mesure compensatoire : contrôle et correction écrits des horloges à chaque tournée de maintenance, pour les équipements sans NTP.
        Points faibles : équipements pointant vers un serveur de temps bureautique injoignable, serveur de temps de la zone qui dérive lui-même, automates réglés seulement au démarrage.
    .evidence =
        Réglages NTP ou PTP sur un échantillon de systèmes
        Page d'état montrant la synchronisation et le décalage
        Liste des équipements non synchronisés, avec la mesure retenue

sr-2-11-re-2 =
    .title = Protection de l'intégrité de la source de temps
    .question = La source de temps de cette zone est-elle protégée contre une modification ou une falsification, et un changement d'heure est-il enregistré comme événement ?
    .guidance =
        À examiner : qui peut changer l'heure sur le serveur de temps et les équipements, NTP ou PTP authentifié, exposition des antennes GPS, événements journalisés lors des changements d'heure.
        Satisfait si : la source de temps est protégée contre toute modification non autorisée, et la modifier crée un événement d'audit.
        Mesure compensatoire : deux sources de temps indépendantes comparées par la supervision, avec une alarme en cas de désaccord.
        Points faibles : NTP non authentifié depuis le réseau bureautique, tout admin local peut régler l'horloge, récepteurs GPS exposés à l'usurpation.
    .evidence =
        Réglages d'authentification NTP ou de sécurité PTP
        Liste des comptes autorisés à modifier l'heure système
        Entrée de journal créée par un changement d'heure

sr-2-12 =
    .title = Non-répudiation
    .question = Si quelqu'un modifie une consigne, force une sortie ou télécharge un programme dans cette zone, pouvez-vous montrer ensuite quelle personne l'a fait, d'une manière qu'elle ne peut pas nier de façon crédible ?
    .guidance =
        À examiner : pistes d'audit de l'IHM et des outils d'ingénierie reliant les actions à des comptes nominatifs, protection de ces enregistrements, signatures électroniques le cas échéant.
        Satisfait si : le système peut établir si une personne donnée a effectué une action donnée, grâce à une authentification nominative et à des enregistrements protégés contre la modification.
        Mesure compensatoire : connexion nominative pour chaque modification plus un registre des modifications contresigné par un superviseur, piste d'audit protégée contre l'édition.
        Points faibles : comptes opérateur partagés, pistes d'audit que les mêmes utilisateurs peuvent effacer, modifications d'ingénierie faites depuis un portable fournisseur partagé.
    .evidence =
        Entrées de piste d'audit nommant l'auteur des modifications récentes
        Paramètres protégeant la piste d'audit contre la modification
        Une enquête passée ayant relié une action à une personne

sr-2-12-re-1 =
    .title = Non-répudiation pour tous les utilisateurs
    .question = Pouvez-vous aussi montrer quel processus logiciel ou quel équipement a envoyé une commande ou une modification donnée dans cette zone, et pas seulement quelle personne ?
    .guidance =
        À examiner : messages signés ou authentifiés entre applications, secrets par équipement, journaux indiquant le processus ou l'équipement émetteur de chaque écriture.
        Satisfait si : les actions de tous les utilisateurs, personnes, processus logiciels ou équipements, peuvent être rattachées à leur source d'une manière qui ne peut être niée de façon crédible.
        Mesure compensatoire : surveillance réseau qui enregistre la source de chaque commande d'écriture, avec des secrets uniques par équipement sur les conduits qui transportent des écritures.
        Points faibles : plusieurs applications partageant un compte de service, passerelles qui masquent l'émetteur d'origine, journaux qui ne nomment pas l'équipement émetteur.
    .evidence =
        Entrées de journal nommant le processus ou l'équipement émetteur des écritures
        Liste des identités non humaines et de leurs secrets
        Trace de surveillance réseau remontant une commande jusqu'à sa source

## FR 3 Intégrité du système (SI)

sr-3-1 =
    .title = Intégrité des communications
    .question = Comment vous assurez-vous que les commandes et valeurs échangées entre automates, IHM, serveurs et E/S déportées de cette zone ne peuvent pas être modifiées en chemin sans que personne ne s'en aperçoive ?
    .guidance =
        Examiner les protocoles réellement utilisés (Modbus TCP, Profinet, EtherNet/IP, OPC, liaisons série, radio) et le trajet physique de leurs câbles et liaisons.
        Satisfait si : une altération des messages en transit serait détectée, p. ex. sommes de contrôle protocolaires sur des liaisons en armoires et locaux fermés, ou protocoles à intégrité protégée.
        Mesure compensatoire : protection physique des chemins de câbles exposés, ou transport d'un protocole non protégé dans un tunnel VPN sur la section exposée.
        Points faibles : liaisons radio et fibre hors de l'enceinte clôturée, convertisseurs série-Ethernet, commutateurs non administrables en coffret terrain, baies de brassage en local partagé.
        Demander aussi : quelles liaisons sortent d'une zone physiquement contrôlée, et quelqu'un y a-t-il déjà cherché des équipements inconnus ?
    .evidence =
        Schéma réseau indiquant le protocole utilisé sur chaque liaison
        Liste des liaisons et chemins de câbles qui sortent des zones contrôlées
        Paramètres des protocoles à intégrité protégée, p. ex. mode de sécurité OPC UA

sr-3-1-re-1 =
    .title = Protection cryptographique de l'intégrité
    .question = L'intégrité du trafic de conduite et de configuration de cette zone est-elle protégée par la cryptographie (messages signés ou protégés par MAC, TLS, IPsec, CIP Security), de sorte que toute altération soit détectée ?
    .guidance =
        Examiner les conduits et les longues liaisons de la zone : OPC UA en mode Sign ou SignAndEncrypt, CIP Security, TLS vers les historians et IHM web, IPsec ou MACsec entre sites.
        Satisfait si : les communications de la zone sont protégées par un mécanisme cryptographique d'intégrité reconnu, avec des clés et certificats réellement vérifiés.
        Mesure compensatoire : tunnels IPsec entre équipements de limite aux deux bouts d'une liaison, pour les automates anciens et bus de terrain incapables de cryptographie.
        Points faibles : OPC UA réglé en mode de sécurité None par commodité, alertes de certificat ignorées, Modbus vers des stations distantes via des routeurs 4G.
        Demander aussi : quelles liaisons restent non protégées, et est-ce consigné avec la mesure convenue ?
    .evidence =
        Paramètres OPC UA, TLS ou IPsec exportés des équipements ou pare-feu
        Liste des liaisons utilisant encore des protocoles non protégés, avec la mesure convenue
        Liste des certificats avec émetteurs et dates d'expiration

sr-3-2 =
    .title = Protection contre les codes malveillants
    .question = Qu'est-ce qui protège les machines Windows et Linux de cette zone (IHM, stations d'ingénierie, historians, serveurs) contre les logiciels malveillants, et comment les signatures ou listes d'autorisation de cette protection sont-elles tenues à jour ?
    .guidance =
        Examiner chaque nœud de type PC : antivirus ou protection des terminaux approuvés par le fournisseur du système, ou liste d'autorisation des applications là où un antivirus n'est pas admis.
        Satisfait si : chaque nœud capable d'héberger une protection l'a active, à jour, réglée pour bloquer et signaler, avec produit et exclusions approuvés par le fournisseur.
        Mesure compensatoire : liste d'autorisation des applications, poste verrouillé en mode kiosque, ou station de décontamination obligatoire pour tout support, pour les nœuds anciens ou embarqués sans antivirus.
        Automates et équipements de terrain : rechercher un firmware signé et le blocage du téléchargement de code non approuvé plutôt qu'un antivirus.
        Points faibles : signatures vieilles de plusieurs mois, lecteurs de données entiers exclus, protection coupée à la mise en service et jamais réactivée, Windows hors support.
    .evidence =
        Console ou écran local montrant l'état de protection et la date des signatures par nœud
        Déclaration de compatibilité du fournisseur pour le produit et ses exclusions
        Liste des nœuds sans protection et la mesure utilisée à la place

sr-3-2-re-1 =
    .title = Protection antimalware aux points d'entrée et de sortie
    .question = Les fichiers et supports sont-ils analysés contre les logiciels malveillants là où ils entrent dans cette zone ou en sortent : clés USB, transferts de fichiers depuis le bureautique, sessions distantes et portables des prestataires ?
    .guidance =
        Lister les points d'entrée et de sortie : conduits des pare-feu, serveur de transfert de fichiers en DMZ, passerelle d'accès distant, ports USB, lecteurs DVD, portables des fournisseurs.
        Satisfait si : chaque point d'entrée et de sortie fait une analyse antimalware avant que les données n'atteignent la zone, p. ex. station de décontamination, analyse en DMZ, inspection pare-feu.
        Mesure compensatoire : ports USB bloqués par politique et verrous, avec un seul chemin de transfert analysé que tout le monde doit emprunter.
        Points faibles : prestataires branchant leur portable sur un port libre, clés USB utilisées directement sur les IHM, copie de fichiers par le presse-papiers d'une session distante.
        Demander aussi : comment les portables des prestataires sont-ils contrôlés avant d'être branchés ?
    .evidence =
        Schéma des points d'entrée et de sortie avec le contrôle fait à chacun
        Registre de la station de décontamination des dernières semaines
        Paramètres du pare-feu ou du serveur de transfert montrant l'inspection antimalware

sr-3-2-re-2 =
    .title = Gestion centralisée et suivi de la protection antimalware
    .question = La protection antimalware de cette zone est-elle gérée depuis une console unique, pour voir quels nœuds sont à jour, déployer les mises à jour et être prévenu en cas de détection ?
    .guidance =
        Examiner la console de gestion (en général sur un serveur de la zone ou en DMZ) : liste des nœuds, état des versions et signatures, alertes de détection, distribution des mises à jour.
        Satisfait si : tous les nœuds protégés remontent à la console, les détections déclenchent une alerte traitée par quelqu'un, et les mises à jour entrent dans la zone par un chemin maîtrisé.
        Mesure compensatoire : collecte quotidienne scriptée de l'état avec un contrôle signé, si les nœuds ne peuvent pas remonter à une console.
        Points faibles : nœuds absents de la console, alertes envoyées à une boîte non lue, console qui télécharge les mises à jour directement depuis internet.
        Demander aussi : quand a eu lieu la dernière détection, et qui l'a vue ?
    .evidence =
        Écran de la console listant tous les nœuds de la zone avec leur état
        Rapport de détections ou d'alertes des derniers mois
        Schéma du chemin de mise à jour, du fournisseur jusqu'aux nœuds

sr-3-3 =
    .title = Vérification des fonctions de cybersécurité
    .question = Comment vérifiez-vous que les fonctions de cybersécurité de cette zone fonctionnent vraiment, p. ex. règles de pare-feu qui bloquent ce qu'elles doivent, verrouillage des comptes, réaction de l'antimalware, et quand ces contrôles ont-ils lieu ?
    .guidance =
        Rechercher une liste des fonctions de cybersécurité avec leurs étapes de test, utilisée en FAT, SAT, après les modifications importantes et lors des arrêts de maintenance, et les résultats consignés.
        Satisfait si : les fonctions de cybersécurité sont testées par rapport aux résultats attendus à des moments planifiés, et les échecs sont signalés et corrigés.
        Les tests susceptibles de perturber la production peuvent se faire sur un système de test, une unité redondante ou pendant un arrêt, à condition d'être planifiés et consignés.
        Mesure compensatoire : contrôles périodiques par l'intégrateur ou un testeur externe avec rapport écrit, si l'équipe du site ne peut pas tester elle-même.
        Points faibles : tests faits une fois à la mise en service puis jamais plus, règles jamais retestées après modification, rapports de test qui ne signalent jamais d'échec.
    .evidence =
        Plan de tests de sécurité et résultats de la dernière FAT, SAT ou du dernier arrêt de maintenance
        Test daté d'une règle de pare-feu ou du verrouillage de compte, avec son résultat
        Anomalies issues des tests de sécurité et leur clôture

sr-3-3-re-1 =
    .title = Vérification automatisée des fonctions de cybersécurité
    .question = Utilisez-vous des outils qui vérifient automatiquement les fonctions de cybersécurité, comme des contrôles de conformité de configuration, des tests scriptés des règles de pare-feu ou des scans de vulnérabilités sur un système de test, et pas seulement des contrôles manuels ?
    .guidance =
        Rechercher des scripts ou outils qui vérifient de façon répétée les réglages et fonctions de cybersécurité, et où ils tournent : banc de test, unité redondante ou système en service.
        Satisfait si : les contrôles des fonctions de cybersécurité sont automatisés, exécutés selon un calendrier ou après modification, et leurs résultats conservés et revus.
        Mesure compensatoire : contrôles automatisés sur un système de test représentatif plus contrôles manuels ponctuels dans la zone en service.
        Les scans actifs ne doivent viser que des nœuds connus pour les supporter ; le fournisseur doit le confirmer.
        Points faibles : scanners lancés sur des automates en service sans accord du fournisseur, tâches automatisées arrêtées en silence depuis des mois.
    .evidence =
        Configuration et calendrier de la tâche de contrôle ou de scan automatisée
        Dernier rapport automatisé avec ses constats
        Déclaration du fournisseur sur les scans sans danger pour les automates

sr-3-3-re-2 =
    .title = Vérification de la sécurité en fonctionnement normal
    .question = Les fonctions de cybersécurité de cette zone peuvent-elles être vérifiées pendant que l'installation tourne, sans arrêt, par exemple en surveillant que les services de protection, la journalisation et les pare-feu sont actifs ?
    .guidance =
        Examiner ce qui vérifie les fonctions de cybersécurité en exploitation : contrôles de santé de la protection des terminaux et de la journalisation, état des pare-feu, surveillance réseau passive.
        Satisfait si : l'état des principales fonctions de cybersécurité est vérifié en continu ou à intervalles courts pendant la production, et une défaillance déclenche une alerte.
        Mesure compensatoire : liste de contrôle de quart sur laquelle les opérateurs confirment des écrans d'état définis, avec enregistrements conservés.
        Points faibles : contrôles de santé limités aux serveurs IT, sources de journaux muettes depuis des semaines sans que personne ne le remarque.
    .evidence =
        Écran de supervision montrant la santé des fonctions de cybersécurité
        Alerte déclenchée à l'arrêt d'une source de journaux ou d'un service de protection
        Enregistrements des listes de contrôle de quart, le cas échéant

sr-3-4 =
    .title = Intégrité des logiciels et des informations
    .question = Remarqueriez-vous si quelqu'un modifiait sans autorisation un programme d'automate, un projet IHM, un firmware ou un fichier de configuration de cette zone, et comment ?
    .guidance =
        Examiner programmes et firmwares des automates, projets IHM et SCADA, exécutables et fichiers de configuration des serveurs, réglages des variateurs et des équipements du SIS.
        Satisfait si : les modifications non autorisées sont détectées et tracées, p. ex. comparaison des programmes en ligne à une référence, sommes de contrôle, contrôle d'intégrité, firmware signé.
        Mesure compensatoire : comparaison manuelle régulière des programmes en ligne avec la référence versionnée, les commutateurs à clé des automates restant sur RUN.
        Points faibles : automates laissés en mode programmation à distance, aucune référence à comparer, firmware issu de téléchargements non vérifiés, tables de recettes que personne ne surveille.
    .evidence =
        Rapport de gestion de versions ou de comparaison de programmes pour les automates de la zone
        Paramètres du contrôle d'intégrité des fichiers sur les serveurs
        Trace de la dernière modification détectée et de son traitement

sr-3-4-re-1 =
    .title = Notification automatique des violations d'intégrité
    .question = Quand un outil détecte dans cette zone un programme d'automate, un firmware ou un fichier protégé modifié, prévient-il automatiquement quelqu'un, et qui ?
    .guidance =
        Examiner l'outil de détection des modifications ou de contrôle d'intégrité et la destination de ses constats : e-mail, alarme IHM, ticket SIEM.
        Satisfait si : les violations d'intégrité détectées déclenchent une notification sans que personne n'ait à lancer de rapport, et un destinataire désigné y donne suite.
        Mesure compensatoire : rapport quotidien généré automatiquement qu'une personne désignée lit et vise.
        Points faibles : notifications envoyées à un ancien salarié, alertes noyées dans les modifications planifiées jamais rapprochées des ordres de travail.
    .evidence =
        Paramètres de notification de l'outil de détection des modifications
        Un exemple de notification et la réponse consignée

sr-3-5 =
    .title = Validation des entrées
    .question = Vos IHM, automates et serveurs vérifient-ils que les valeurs saisies par les opérateurs ou reçues par le réseau sont cohérentes (type, plage, format) avant d'agir en conséquence ?
    .guidance =
        Examiner les limites de consigne des faceplates IHM, les contrôles de plage dans la logique automate, les entrées web et API des serveurs et équipements, les résultats de tests de robustesse.
        Satisfait si : les entrées pouvant atteindre le procédé sont vérifiées (format, plage plausible) là où elles sont reçues, et une entrée invalide est refusée sans plantage.
        Mesure compensatoire : limites imposées dans la logique automate plus un pare-feu protocolaire qui n'autorise que des fonctions ou registres d'écriture désignés.
        Points faibles : limites seulement dans l'IHM alors que l'automate accepte toute valeur par le réseau, pages web des équipements, fichiers de recettes importés sans contrôle.
    .evidence =
        Paramètres des variables IHM montrant les limites de saisie des consignes clés
        Extrait de code automate avec les contrôles de plage
        Rapports de tests de robustesse ou de fuzzing, ou certificats des composants

sr-3-6 =
    .title = Sortie déterministe
    .question = Si un automate ou une E/S déportée de cette zone est coupé ou perturbé par une attaque, ses sorties passent-elles dans un état choisi à l'avance (arrêt, maintien, position de repli), et cela a-t-il été testé ?
    .guidance =
        Examiner le comportement configuré des sorties en cas d'arrêt CPU, de perte réseau et de chien de garde : cartes de sortie, E/S déportées, variateurs, positionneurs de vannes.
        Satisfait si : l'état de sortie voulu est défini par unité de procédé, configuré dans les équipements et confirmé à la mise en service ou lors de tests ultérieurs.
        Mesure compensatoire : verrouillages câblés indépendants ou SIS qui amène le procédé en état sûr quelles que soient les sorties de conduite.
        Points faibles : maintien de la dernière valeur par défaut jamais revu, perte de communication jamais testée, variateurs qui continuent de tourner sur perte du bus de terrain.
    .evidence =
        Tableau des états sûrs par groupe de sorties ou par unité
        Paramètres des équipements montrant les valeurs de repli ou l'état de défaut
        Compte rendu d'un test de perte de communication

sr-3-7 =
    .title = Gestion des erreurs
    .question = Quand quelque chose se passe mal dans une IHM, un serveur, une page web ou un équipement de cette zone, les messages d'erreur aident-ils l'utilisateur sans révéler de détails internes comme des chemins de fichiers, des versions ou des requêtes de base de données ?
    .guidance =
        Examiner les échecs de connexion, les pages web des équipements et de l'historian et les fenêtres d'erreur IHM ; essayer un mauvais mot de passe et une mauvaise adresse web, si c'est permis.
        Satisfait si : les messages affichés sont utiles mais sans détail technique qui aiderait un attaquant, et le détail complet ne va que dans des journaux protégés.
        Mesure compensatoire : limiter qui peut joindre l'interface, p. ex. pages web accessibles seulement depuis un poste d'administration.
        Points faibles : traces de pile sur les portails d'historian, messages de connexion révélant si un nom d'utilisateur existe, pages d'équipement affichant la version du firmware.
    .evidence =
        Captures de messages d'erreur typiques
        Constats d'un test d'intrusion ou du fournisseur sur la divulgation d'informations

sr-3-8 =
    .title = Intégrité des sessions
    .question = Pour les IHM web, portails d'historian, passerelles d'accès distant et connexions OPC UA de cette zone, comment les sessions sont-elles protégées pour que personne ne puisse prendre le contrôle de la session d'un autre ou s'y injecter ?
    .guidance =
        Examiner chaque interface à base de sessions : IHM web, pages web des équipements, portails d'historian et de reporting, accès distant, connexions des outils d'ingénierie.
        Satisfait si : les sessions sont liées à un utilisateur authentifié, les jetons de session ne circulent que sur des liaisons chiffrées, et les identifiants falsifiés ou invalides sont refusés.
        Mesure compensatoire : rendre l'interface joignable seulement via un VPN ou un serveur de rebond, pour que les sessions ne puissent pas être interceptées sur le réseau de la zone.
        Non applicable seulement pour une zone sans aucune interface à base de sessions ; noter les interfaces vérifiées.
        Points faibles : pages web d'équipements en HTTP simple, cookies de session sans attribut Secure, outils d'ingénierie dialoguant avec les automates sans aucune session.
    .evidence =
        Liste des interfaces à base de sessions de la zone avec le protocole utilisé
        Vérification dans le navigateur des attributs de cookie d'une IHM web
        Section du manuel de sécurité du fournisseur sur la gestion des sessions

sr-3-8-re-1 =
    .title = Invalidation des ID de session en fin de session
    .question = Quand un utilisateur se déconnecte ou qu'une session expire sur une IHM web, un portail ou une passerelle d'accès distant, l'ancien identifiant de session devient-il immédiatement inutilisable ?
    .guidance =
        Examiner la déconnexion et l'expiration : se connecter, noter le cookie de session, se déconnecter, puis tenter de le réutiliser (sur un système de test, ou via le rapport de test du fournisseur).
        Satisfait si : une session terminée ne peut pas être reprise avec l'ancien identifiant, et les sessions inactives se terminent après un délai fixé.
        Mesure compensatoire : délais d'inactivité courts plus accès uniquement via un serveur de rebond dont la propre session est fermée de façon fiable.
        Points faibles : utilisateurs qui ferment l'onglet sans se déconnecter, PC opérateur partagés avec des sessions restées ouvertes, options « se souvenir de moi ».
    .evidence =
        Compte rendu d'essai de réutilisation de session après déconnexion
        Paramètres d'expiration de chaque interface

sr-3-8-re-2 =
    .title = Génération d'ID de session uniques
    .question = Chaque nouvelle session sur vos interfaces web et d'accès distant reçoit-elle du système son propre identifiant neuf, et les identifiants que le système n'a pas émis lui-même sont-ils refusés ?
    .guidance =
        Examiner comment les identifiants de session sont attribués à la connexion, en général dans la documentation du fournisseur ou un rapport de test d'intrusion.
        Satisfait si : un nouvel identifiant est émis à chaque connexion, aucun identifiant n'est partagé entre utilisateurs, et les identifiants fournis ou inconnus sont rejetés.
        Mesure compensatoire : restrictions réseau pour que seuls des postes d'administration désignés puissent joindre l'interface.
        Points faibles : même identifiant avant et après la connexion (fixation de session), identifiants transmis dans l'URL qui finissent dans les journaux.
    .evidence =
        Section d'un test d'intrusion consacrée à la gestion des sessions
        Déclaration ou certificat du fournisseur couvrant la gestion des ID de session

sr-3-8-re-3 =
    .title = Caractère aléatoire des ID de session
    .question = Les identifiants de session de ces interfaces sont-ils produits par un véritable générateur aléatoire, pour que personne ne puisse les deviner ou les prédire à partir des précédents ?
    .guidance =
        Surtout une propriété du produit : rechercher la documentation du fournisseur, un certificat de composant ou des résultats de tests plutôt que de tester soi-même.
        Satisfait si : les identifiants sont longs, issus d'un générateur aléatoire cryptographique, et les tests n'ont trouvé aucun motif prévisible.
        Mesure compensatoire : restreindre qui peut joindre l'interface et bloquer les clients après des tentatives répétées avec des sessions invalides.
        Points faibles : identifiants construits à partir d'horodatages ou de compteurs, anciens serveurs web embarqués dans les équipements.
    .evidence =
        Documentation ou certificat du fournisseur sur la génération des ID de session
        Rapport de test analysant le caractère aléatoire des identifiants de session

sr-3-9 =
    .title = Protection des informations d'audit
    .question = Qui peut lire, modifier ou supprimer les journaux de sécurité de cette zone (journaux d'événements Windows, journaux de pare-feu, syslog, SIEM), et comment empêchez-vous un intrus d'effacer ses traces ?
    .guidance =
        Examiner les journaux locaux des serveurs et IHM, les journaux des pare-feu et commutateurs et le collecteur central : droits, conservation, transfert.
        Satisfait si : seuls des rôles désignés accèdent aux journaux et outils, toute modification ou suppression d'entrée se voit, et des copies sont hors de portée des admins des nœuds.
        Mesure compensatoire : transfert rapide de tous les journaux vers un collecteur situé dans une autre zone, géré par d'autres administrateurs.
        Points faibles : comptes admin locaux partagés pouvant vider les journaux d'événements, journaux écrasés après quelques jours, trafic de journaux envoyé sans protection sur le réseau.
    .evidence =
        Droits sur les fichiers de journaux et sur le collecteur
        Paramètres de transfert des journaux des nœuds clés
        Paramètres de conservation et plus ancienne entrée encore disponible

sr-3-9-re-1 =
    .title = Enregistrements d'audit sur support non réinscriptible
    .question = Les enregistrements d'audit de cette zone sont-ils conservés sur un stockage non modifiable une fois écrit, comme des disques ou bandes WORM, ou une archive de journaux immuable ?
    .guidance =
        Examiner où se trouve la copie finale des journaux : disques ou bandes WORM, stockage objet avec verrouillage de conservation, service de journaux en ajout seul.
        Satisfait si : une fois écrits, les enregistrements d'audit ne peuvent être ni modifiés ni supprimés avant la fin de leur conservation, pas même par les administrateurs système.
        Mesure compensatoire : fichiers de journaux signés ou chaînés par hachage, dont l'intégrité est vérifiée régulièrement, stockés dans une zone séparée.
        Points faibles : réglage d'immuabilité que n'importe quel admin peut désactiver, certaines sources de journaux seulement qui atteignent le stockage non réinscriptible.
    .evidence =
        Paramètres de stockage montrant le mode WORM ou le verrouillage de conservation
        Liste des sources de journaux qui atteignent l'archive

## FR 4 Confidentialité des données (DC)

sr-4-1 =
    .title = Confidentialité des informations
    .question = Quelles informations de cette zone doivent rester confidentielles (recettes, savoir-faire procédé, mots de passe, plans réseau, sauvegardes), et comment empêchez-vous les personnes qui n'en ont pas besoin de les lire ?
    .guidance =
        Rechercher une liste ou une classification des informations sensibles et leur emplacement : stations d'ingénierie, partages de fichiers, historians, serveurs de sauvegarde, papier.
        Satisfait si : les informations sensibles sont identifiées et leur lecture est limitée aux utilisateurs ou rôles autorisés, où qu'elles soient stockées ou transmises.
        Mesure compensatoire : ne garder les fichiers sensibles que sur une station d'ingénierie verrouillée, dans un local contrôlé.
        Points faibles : fichiers projet contenant des mots de passe sur des partages ouverts, plans réseau envoyés par e-mail aux fournisseurs, données d'historian lisibles par tout utilisateur du domaine.
    .evidence =
        Classification des informations ou liste des données sensibles de la zone
        Droits des dossiers de projets, de partages et de sauvegardes

sr-4-1-re-1 =
    .title = Confidentialité au repos ou via des réseaux non fiables
    .question = Les informations sensibles sont-elles chiffrées là où elles sont stockées (portables, supports de sauvegarde, archives de projets) et chaque fois qu'elles traversent un réseau non fiable, comme internet lors d'un accès distant ?
    .guidance =
        Examiner le chiffrement des disques des portables d'ingénierie et des supports amovibles, le chiffrement des sauvegardes, et les réglages VPN ou TLS de l'accès distant.
        Satisfait si : les données sensibles au repos sont chiffrées, et toute session distante sur un réseau non fiable est chiffrée jusqu'à une passerelle maîtrisée.
        Mesure compensatoire : protection physique des données stockées (coffre, local fermé) là où le chiffrement est impossible.
        Points faibles : portables de maintenance des prestataires non chiffrés, disques de sauvegarde dans un tiroir, outils de télémaintenance passant par un cloud fournisseur.
    .evidence =
        État du chiffrement des disques des portables d'ingénierie
        Paramètres de la passerelle d'accès distant (protocole VPN et algorithmes)
        Paramètres de chiffrement des sauvegardes

sr-4-1-re-2 =
    .title = Protection de la confidentialité entre zones
    .question = Les informations qui sortent de cette zone ou y entrent par un conduit sont-elles chiffrées en chemin, par exemple entre la zone de contrôle et la DMZ ou vers un autre site ?
    .guidance =
        Examiner chaque conduit de la zone et les protocoles qui le traversent : réplication d'historian, OPC, transfert de fichiers, accès distant, liaisons vers d'autres sites.
        Satisfait si : les informations qui franchissent une limite de la zone sont chiffrées, soit par les applications, soit par des tunnels entre les équipements de limite.
        Mesure compensatoire : tunnels IPsec entre les pare-feu aux deux extrémités d'un conduit, pour les protocoles anciens sans chiffrement.
        Points faibles : trafic d'historian ou OPC Classic en clair vers la DMZ, transferts FTP, communautés SNMPv1 ou v2c qui franchissent les limites.
    .evidence =
        Liste des conduits avec leurs protocoles et leur chiffrement
        Paramètres du pare-feu ou du VPN pour les conduits chiffrés

sr-4-2 =
    .title = Persistance des informations
    .question = Quand une IHM, un serveur, une carte mémoire d'automate, un commutateur ou un disque quitte cette zone (réparation, retour fournisseur, mise au rebut), comment vous assurez-vous qu'aucune configuration, aucun mot de passe ni aucune donnée procédé ne part avec ?
    .guidance =
        Examiner les procédures de retrait et de réparation : effacement des disques, réinitialisation des commutateurs et pare-feu, retrait des cartes mémoire, retours au fournisseur.
        Satisfait si : les composants peuvent être purgés de leurs données sensibles, et c'est fait et consigné à chaque mise hors service.
        Mesure compensatoire : destruction physique sur site des disques et cartes mémoire quand l'effacement est impossible.
        Points faibles : unités défectueuses renvoyées sous garantie avec configurations et clés, cartes SD des automates et IHM, disques des copieurs, anciennes images de machines virtuelles.
    .evidence =
        Procédure de mise hors service ou de retour en réparation
        Enregistrements d'effacement ou de destruction des mises au rebut récentes

sr-4-2-re-1 =
    .title = Purge des ressources mémoire partagées
    .question = Les ordinateurs et équipements de cette zone effacent-ils la mémoire libérée par un processus ou un utilisateur avant de l'attribuer à un autre, pour que des données ne puissent pas fuiter de l'un à l'autre ?
    .guidance =
        Propriété de la plateforme et du produit : examiner la documentation du fournisseur ou les certificats de composants, et les réglages du système d'exploitation et de l'hyperviseur.
        Satisfait si : les systèmes d'exploitation, hyperviseurs et plateformes embarquées utilisés effacent la mémoire libérée avant réutilisation, selon leurs fournisseurs.
        Mesure compensatoire : ne pas partager d'hôtes entre niveaux de criticité ou groupes d'utilisateurs différents, p. ex. matériel dédié plutôt qu'hôtes virtuels partagés.
        Points faibles : anciennes plateformes embarquées au comportement non documenté, hôtes virtuels faisant tourner côte à côte des machines IT et OT.
    .evidence =
        Documentation de sécurité ou certificat du fournisseur couvrant la réutilisation de la mémoire
        Réglages des hôtes et de l'hyperviseur de la zone

sr-4-3 =
    .title = Utilisation de la cryptographie
    .question = Là où la cryptographie est utilisée dans cette zone (VPN, TLS, certificats OPC UA, chiffrement de disque), les algorithmes, longueurs de clé et la gestion des clés sont-ils à jour, et quelqu'un les gère-t-il ?
    .guidance =
        Rechercher une vue d'ensemble des usages de la cryptographie, des algorithmes et longueurs de clé réglés, et de la façon dont clés et certificats sont créés, stockés, renouvelés et révoqués.
        Satisfait si : algorithmes et longueurs de clé suivent les recommandations reconnues actuelles, et chaque clé et certificat a un responsable et un processus de renouvellement.
        Mesure compensatoire : encapsuler un produit à cryptographie faible dans un tunnel VPN robuste en attendant sa mise à niveau.
        Points faibles : TLS 1.0, SHA-1, DES, clés et certificats par défaut des fournisseurs, certificats autosignés qui expirent et arrêtent la production.
    .evidence =
        Inventaire des certificats et clés avec dates d'expiration
        Réglages des algorithmes des points de terminaison VPN, TLS et OPC UA
        Procédure de gestion des clés et certificats

## FR 5 Flux de données restreint (RDF)

sr-5-1 =
    .title = Segmentation du réseau
    .question = Le réseau de contrôle de cette zone est-il séparé du réseau bureautique et des autres zones, de sorte que le trafic ne puisse passer que par des points définis et contrôlés ?
    .guidance =
        Comparer le schéma des zones et conduits avec la réalité : réglages des commutateurs et VLAN, tables de routage, interfaces des pare-feu, PC à deux cartes réseau.
        Satisfait si : le réseau de la zone est segmenté des réseaux hors contrôle-commande et des autres zones, et chaque chemin entre eux est connu et contrôlé.
        Mesure compensatoire : listes de contrôle d'accès strictes sur les commutateurs de niveau 3 plus pare-feu locaux, là où aucun équipement de limite dédié n'existe encore.
        Points faibles : PC à double attachement, VLAN d'administration partagés, liaisons provisoires oubliées, routeurs 4G dans les armoires, imprimantes faisant pont entre réseaux.
    .evidence =
        Schéma des zones et conduits vérifié par rapport aux réglages des commutateurs
        Export de la configuration VLAN et du routage
        Résultat d'une recherche d'hôtes à double attachement

sr-5-1-re-1 =
    .title = Segmentation physique du réseau
    .question = Le réseau de contrôle de cette zone est-il physiquement séparé des réseaux hors contrôle-commande, avec ses propres commutateurs et câblage, plutôt qu'un simple VLAN sur du matériel partagé ?
    .guidance =
        Regarder dans les baies : quels commutateurs portent le trafic de contrôle, si certains portent aussi des VLAN bureautiques, et comment câbles et ports sont étiquetés.
        Satisfait si : réseaux de contrôle-commande et autres réseaux utilisent des commutateurs, câblages et matériels réseau distincts, reliés uniquement par l'équipement de limite.
        Mesure compensatoire : rarement convaincante ; au mieux du matériel partagé exploité seulement par l'équipe OT, durci contre le saut de VLAN, consigné comme écart accepté.
        Points faibles : commutateurs de cœur partagés avec l'IT, points d'accès sans fil servant les deux réseaux, baies de brassage aux ports mélangés.
    .evidence =
        Inventaire des commutateurs montrant le réseau desservi par chacun
        Plan de câblage ou photos des baies de la zone

sr-5-1-re-2 =
    .title = Indépendance des réseaux hors contrôle-commande
    .question = Si la liaison avec le réseau bureautique était coupée aujourd'hui, cette zone continuerait-elle de fonctionner, y compris les connexions, la résolution de noms, la synchronisation horaire et les vérifications de licences ?
    .guidance =
        Rechercher les services réseau que la zone tire de l'IT : annuaire et connexions, DNS, NTP, DHCP, serveurs de licences, serveurs de correctifs, services cloud.
        Satisfait si : la zone fournit elle-même les services réseau dont elle a besoin, ou continue sans danger sans eux, et cela a été montré par un test ou une coupure réelle.
        Mesure compensatoire : identifiants mis en cache, source de temps locale comme une horloge GPS, et procédures de repli écrites pour les manques restants.
        Points faibles : opérateurs incapables de se connecter quand le contrôleur de domaine IT est injoignable, vérifications de licence qui expirent, alarmes dépendant d'un serveur de messagerie IT.
    .evidence =
        Liste des services réseau dont dépend la zone et où ils tournent
        Compte rendu d'un test d'isolement ou d'une perte réelle de la liaison IT

sr-5-1-re-3 =
    .title = Isolation logique et physique des réseaux critiques
    .question = Les réseaux les plus critiques de cette zone, comme le réseau du système instrumenté de sécurité (SIS) ou le réseau de contrôle principal, sont-ils isolés à la fois logiquement et physiquement des réseaux moins critiques ?
    .guidance =
        Examiner les réseaux des SIS, les réseaux d'automates critiques et leurs liaisons avec le système de conduite de base et les réseaux d'ingénierie.
        Satisfait si : les réseaux critiques ont leur propre matériel et adressage, et toute connexion à des réseaux moins critiques passe uniquement par un équipement de limite dédié.
        Mesure compensatoire : passerelle unidirectionnelle ou interface en lecture seule là où un réseau critique doit partager des données.
        Points faibles : SIS et système de conduite de base sur un même commutateur, stations d'ingénierie connectées aux deux, réseaux d'E/S déportées partagés.
    .evidence =
        Schéma des réseaux critiques et de leurs connexions
        Inventaire des commutateurs montrant le matériel dédié

sr-5-2 =
    .title = Protection des limites de zone
    .question = Qu'est-ce qui contrôle le trafic à chaque limite de cette zone (pare-feu, liste d'accès de routeur, diode de données), et comment savez-vous que seul le trafic prévu passe et qu'il est surveillé ?
    .guidance =
        Examiner chaque conduit de la zone : l'équipement de limite, ses règles, la finalité de chaque règle, et ce qui est journalisé et consulté.
        Satisfait si : chaque limite dispose d'un équipement qui applique des règles convenues au trafic qui la franchit, et ce trafic est surveillé.
        Mesure compensatoire : listes d'accès sur les commutateurs de niveau 3 ou pare-feu locaux, plus surveillance, là où un pare-feu dédié manque.
        Points faibles : règles « any-any », règles sans responsable ni justification, liaisons de télémaintenance fournisseur qui contournent le pare-feu, modifications de règles sans revue.
    .evidence =
        Export des règles du pare-feu avec la finalité de chacune
        Trace de la dernière revue des règles
        Journal de la limite ou tableau de bord de surveillance

sr-5-2-re-1 =
    .title = Refus par défaut, autorisation par exception
    .question = Chaque équipement de limite de cette zone est-il réglé pour bloquer tout trafic sauf autorisation explicite par une règle, et chaque règle d'autorisation a-t-elle une justification documentée ?
    .guidance =
        Examiner la dernière règle de chaque jeu de règles et les règles larges (sous-réseaux entiers, tous les ports, toute source).
        Satisfait si : l'action par défaut est le refus, et chaque règle d'autorisation est aussi étroite que possible (source, destination, port) et justifiée dans la description du conduit.
        Mesure compensatoire : aucune pour la règle par défaut elle-même ; des pare-feu locaux peuvent épauler les règles larges pendant la refonte du jeu de règles.
        Points faibles : routeurs qui autorisent tout ce qui n'est pas listé, règles héritées de la mise en service, larges plages de ports ouvertes pour DCOM ou OPC Classic.
    .evidence =
        Export des règles montrant la règle par défaut
        Description du conduit listant les flux autorisés

sr-5-2-re-2 =
    .title = Mode îlotage
    .question = Pouvez-vous couper rapidement cette zone de tous les réseaux extérieurs en cas d'attaque, par exemple avec un jeu de règles de pare-feu préparé ou un interrupteur d'isolement, tout en maintenant l'installation en marche ?
    .guidance =
        Rechercher une procédure d'isolement écrite : qui peut la déclencher, combien de temps elle prend, et ce qui cesse de fonctionner pendant l'isolement de la zone.
        Satisfait si : la zone peut être isolée à la demande à toutes ses limites, cela a été testé, et l'effet sur la production est connu.
        Mesure compensatoire : point de déconnexion physique clairement étiqueté (cordon de brassage ou interrupteur) avec une procédure écrite.
        Points faibles : isolement jamais testé, dépendances cachées à des services extérieurs, liaisons oubliées dans la procédure (accès distant, 4G, cloud).
    .evidence =
        Procédure d'isolement ou étape du guide de réponse aux incidents
        Compte rendu du dernier test d'isolement

sr-5-2-re-3 =
    .title = Fermeture en cas de défaillance
    .question = Si un pare-feu ou un autre équipement de limite de cette zone tombe en panne ou perd son alimentation, bloque-t-il tout le trafic plutôt que de tout laisser passer ?
    .guidance =
        Examiner le comportement en défaillance des équipements de limite : modules de bypass, bypass matériel sur perte d'alimentation, paires redondantes, configuration chargée après redémarrage.
        Satisfait si : un équipement de limite défaillant arrête le trafic à travers la limite, avec de la redondance là où un arrêt nuirait à l'exploitation.
        Mesure compensatoire : un second équipement de filtrage en série qui se ferme lui aussi en cas de défaillance.
        Points faibles : relais de bypass des pare-feu ou IPS, commutateurs qui transmettent quand un pare-feu virtuel s'arrête, configurations non enregistrées perdues au redémarrage.
    .evidence =
        Documentation du fournisseur sur le comportement en défaillance
        Compte rendu d'un test de défaillance d'un équipement de limite

sr-5-3 =
    .title = Restriction des communications interpersonnelles
    .question = Des e-mails, messages instantanés, réseaux sociaux ou messages similaires venant de l'extérieur du système de contrôle-commande peuvent-ils atteindre des personnes ou des ordinateurs de cette zone, par exemple sur les IHM ou stations d'ingénierie ?
    .guidance =
        Examiner les logiciels des IHM et stations d'ingénierie (messagerie, messageries instantanées, navigateurs) et les règles de limite vers les services de messagerie, web et chat.
        Satisfait si : ces messages venant de l'extérieur du système de contrôle-commande sont bloqués à la limite, et les ordinateurs de la zone n'ont aucun client de ce type.
        Mesure compensatoire : PC bureautiques séparés pour la messagerie et le chat en salle de contrôle, sans connexion au réseau de contrôle.
        Points faibles : navigateurs avec webmail sur les stations d'ingénierie, outils collaboratifs installés par des fournisseurs, serveurs de mail d'alarme qui acceptent aussi le courrier entrant.
    .evidence =
        Liste des logiciels installés sur les IHM et stations d'ingénierie
        Règles de limite pour les ports de messagerie, web et chat

sr-5-3-re-1 =
    .title = Interdiction de toute communication interpersonnelle
    .question = Toute messagerie, e-mail et chat, en émission comme en réception, est-elle totalement interdite dans cette zone ?
    .guidance =
        Examiner les mêmes points que pour l'exigence de base, plus les flux sortants : e-mails d'alarme, passerelles SMS, messages envoyés depuis les IHM.
        Satisfait si : aucune messagerie interpersonnelle n'est possible vers ou depuis la zone, dans un sens comme dans l'autre, par configuration et par règle écrite.
        Mesure compensatoire : notifications d'alarme générées par les machines uniquement via une passerelle dédiée qui ne peut pas transporter de messages saisis par des personnes.
        Points faibles : e-mail sortant autorisé pour les alarmes puis utilisé librement, téléphones mobiles branchés sur les ports USB des IHM.
    .evidence =
        Règles de limite montrant messagerie et chat bloqués dans les deux sens
        Règle écrite interdisant cet usage dans la zone

sr-5-4 =
    .title = Partitionnement des applications
    .question = Les applications et données de criticité différente de cette zone sont-elles séparées, par exemple serveurs de conduite à part des historians, contrôleurs de domaine, services web et outils bureautiques ?
    .guidance =
        Examiner ce qui tourne sur chaque serveur et hôte virtuel : fonctions de conduite, historians, reporting, services d'annuaire, accès distant, logiciels bureautiques.
        Satisfait si : les fonctions de criticité différente tournent sur des hôtes, machines virtuelles ou partitions séparés, pour qu'un incident sur l'une n'entraîne pas les autres.
        Mesure compensatoire : durcissement et limites de ressources sur un hôte partagé, avec une séparation stricte des accès entre les applications.
        Points faibles : un serveur qui fait tout, hôtes virtuels mêlant machines IT et OT, outils de configuration du SIS sur la station d'ingénierie de conduite.
    .evidence =
        Liste des serveurs et machines virtuelles avec les fonctions de chacun
        Affectation des machines virtuelles aux hôtes et clusters

## FR 6 Réponse en temps utile aux événements (TRE)

sr-6-1 =
    .title = Accessibilité des journaux d'audit
    .question = Les personnes autorisées de votre équipe peuvent-elles réellement lire les journaux de sécurité des équipements et serveurs de cette zone (IHM, pare-feu, automates) sans pouvoir les modifier ?
    .guidance =
        Demander à quelqu'un de montrer une entrée de journal d'un pare-feu, d'un serveur et d'un automate de la zone : une connexion, une modification de configuration, une défaillance.
        Satisfait si : les utilisateurs autorisés peuvent consulter les journaux d'audit de tous les composants concernés, en lecture seule et dans un délai raisonnable.
        Mesure compensatoire : export régulier des journaux des composants sans visionneuse de journaux, stockés de façon centralisée.
        Points faibles : journaux d'automates lisibles seulement par le fournisseur, journaux perdus à la coupure d'alimentation, visionneuse exigeant des droits admin.
    .evidence =
        Démonstration en direct de la lecture d'une entrée de journal
        Rôle ou compte disposant d'un accès en lecture seule aux journaux

sr-6-1-re-1 =
    .title = Accès programmatique aux journaux d'audit
    .question = Les journaux de cette zone peuvent-ils être collectés automatiquement par des outils comme un SIEM ou un serveur de journaux, via des interfaces standard comme syslog, le transfert d'événements Windows ou une API ?
    .guidance =
        Examiner quels composants envoient ou exposent leurs journaux par une interface documentée, et lesquels n'offrent qu'un écran local ou un export manuel.
        Satisfait si : les journaux d'audit des composants concernés peuvent être lus par des outils via des interfaces documentées, et la collecte fonctionne réellement.
        Mesure compensatoire : exports scriptés planifiés depuis les composants dépourvus d'une telle interface.
        Points faibles : équipements capables d'envoyer en syslog mais jamais configurés, syslog non chiffré entre zones, collecteurs qui perdent des messages sous charge.
    .evidence =
        Liste des sources de journaux avec l'interface utilisée
        Réglages du collecteur montrant des données récentes de la zone

# revue 2026-12 : l'exigence demande la capacité de surveiller en continu, pas une réponse humaine assurée 24 h/24 et 7 j/7
sr-6-2 =
    .title = Surveillance continue
    .question = Cette zone est-elle surveillée en continu pour détecter des signes d'attaque, par exemple par une sonde de détection réseau, un SIEM ou un service managé, et où vont ses alertes ?
    .guidance =
        Examiner le dispositif de surveillance : sondes réseau passives sur ports miroir, corrélation des journaux, règles d'alerte, et les personnes et procédures derrière.
        Satisfait si : les mécanismes de sécurité et le trafic de la zone sont surveillés sans interruption, et une activité suspecte est détectée et signalée assez tôt pour pouvoir agir.
        Non demandé ici : du personnel présent jour et nuit. La rapidité de traitement des alertes, et l'existence d'une astreinte de nuit, relèvent de votre procédure d'incident et de votre risque.
        Mesure compensatoire : revue quotidienne documentée des journaux clés et de la référence réseau par du personnel formé.
        Points faibles : sondes aveugles sur une partie de la zone, alertes envoyées dans une boîte que personne ne lit, surveillance qui s'arrête sans que personne ne le remarque quand une sonde ou un collecteur tombe en panne, règles si permissives que rien ne se déclenche jamais.
    .evidence =
        Architecture de surveillance avec l'emplacement des sondes
        Une alerte récente avec le compte rendu de son traitement
        Procédure indiquant qui reçoit les alertes et comment elles sont suivies

## FR 7 Disponibilité des ressources (RA)

sr-7-1 =
    .title = Protection contre le déni de service
    .question = Si le réseau de cette zone était saturé, ou si une IHM ou un serveur cessait de répondre, les automates continueraient-ils de piloter le procédé sans danger ?
    .guidance =
        Examiner ce qui dépend du réseau : boucles de régulation dans les automates, verrouillages entre automates, vue opérateur, alarmes.
        Satisfait si : les fonctions essentielles continuent en mode dégradé mais sûr pendant une saturation ou une panne, comme le montrent des tests ou des données fournisseur.
        Mesure compensatoire : verrouillages câblés entre automates et pupitres opérateur locaux qui fonctionnent sans le réseau.
        Points faibles : scans réseau qui plantent d'anciens automates, tempêtes de broadcast dues à des boucles de câblage, fonctions de conduite dépendant d'un serveur.
    .evidence =
        Rapport de test de robustesse ou certificat des automates clés
        Description du mode de fonctionnement dégradé
        Compte rendu d'un test de perturbation réseau ou d'un événement réel

sr-7-1-re-1 =
    .title = Gestion des charges de communication
    .question = Vos commutateurs, pare-feu et équipements maîtrisent-ils les inondations de trafic dans cette zone, par exemple avec le contrôle des tempêtes, des limites de débit ou des priorités de trafic ?
    .guidance =
        Examiner les réglages des commutateurs (contrôle des tempêtes, limites de débit par port, priorité du trafic temps réel), les limites de débit des pare-feu et les réglages de charge des équipements.
        Satisfait si : les volumes de trafic anormaux sont limités avant d'affecter les fonctions essentielles, et les limites ont été testées.
        Mesure compensatoire : placer le trafic temps réel sur son propre segment réseau, à l'écart du trafic lourd.
        Points faibles : commutateurs non administrables, contrôle des tempêtes désactivé après de faux déclenchements, aucune protection contre les boucles.
    .evidence =
        Réglages des commutateurs montrant le contrôle des tempêtes et les priorités de trafic
        Compte rendu d'un test de charge

sr-7-1-re-2 =
    .title = Limiter les effets d'un DoS sur d'autres systèmes ou réseaux
    .question = Si un équipement ou un PC de cette zone se comportait mal ou était compromis, pourrait-il saturer d'autres zones ou réseaux, ou son trafic est-il limité pour que les dégâts restent locaux ?
    .guidance =
        Examiner les limites du trafic sortant de la zone sur les équipements de limite, les limites de débit par port des commutateurs et les limites de trafic des hôtes.
        Satisfait si : composants et limites restreignent le volume qu'un hôte peut émettre, pour qu'un nœud défaillant ou compromis ne puisse pas submerger d'autres systèmes.
        Mesure compensatoire : surveillance qui coupe automatiquement un port de commutateur en cas de trafic anormal.
        Points faibles : aucune limite sur le trafic sortant de la zone, domaines de broadcast qui s'étendent sur plusieurs zones.
    .evidence =
        Réglages de limitation de débit ou de filtrage sortant
        Réglages de protection des ports de commutateur

sr-7-2 =
    .title = Gestion des ressources
    .question = Les fonctions de cybersécurité de cette zone, comme les analyses antivirus, la journalisation et l'installation des correctifs, restent-elles dans des limites qui les empêchent de consommer le processeur, la mémoire, le disque ou la bande passante dont le système de contrôle-commande a besoin ?
    .guidance =
        Examiner la charge processeur et disque des IHM et serveurs pendant les analyses et mises à jour, l'espace disque des journaux, et la charge des automates due aux communications.
        Satisfait si : la consommation des fonctions de cybersécurité est bornée (planification, quotas, priorités) et surveillée, avec des avertissements avant d'atteindre les limites.
        Mesure compensatoire : n'exécuter les tâches lourdes que pendant les arrêts planifiés, selon un calendrier écrit.
        Points faibles : analyses complètes au changement de quart, partitions de journaux qui se remplissent, téléchargements de correctifs qui saturent les liaisons lentes.
    .evidence =
        Calendriers des analyses et des mises à jour
        Courbes d'utilisation des ressources des IHM et serveurs
        Réglages d'alerte d'espace disque

# revue 2026-12 : une copie hors ligne ou séparée est une bonne pratique, pas un critère de l'exigence de base
sr-7-3 =
    .title = Sauvegarde du système de contrôle-commande
    .question = Disposez-vous de sauvegardes à jour de tout ce qu'il faut pour reconstruire cette zone : programmes d'automates, projets IHM et SCADA, images des serveurs, configurations des commutateurs et pare-feu, données d'historian ?
    .guidance =
        Comparer la liste des sauvegardes à l'inventaire des actifs, vérifier la date de la sauvegarde la plus récente de chaque élément et le lieu de conservation des copies.
        Satisfait si : programmes, configurations, images système et état du procédé sont sauvegardés selon un calendrier qui ne perturbe pas la production.
        Bonne pratique au-delà de cette exigence : garder une copie hors ligne ou hors de la zone, pour qu'un rançongiciel ou un intrus dans la zone ne puisse pas l'atteindre. La recommander, sans juger l'exigence non satisfaite pour cette seule raison.
        Mesure compensatoire : sauvegardes manuelles avant et après chaque modification, consignées dans le registre des modifications.
        Points faibles : configurations d'équipements manquantes, sauvegardes seulement sur le portable d'un intégrateur, licences et clés non sauvegardées.
    .evidence =
        Liste des sauvegardes comparée à l'inventaire des actifs
        Date de la dernière sauvegarde par composant
        Lieu de conservation des copies de sauvegarde

sr-7-3-re-1 =
    .title = Vérification des sauvegardes
    .question = Comment savez-vous que vos sauvegardes fonctionnent réellement ? Quand avez-vous restauré pour la dernière fois un programme d'automate, un projet IHM ou une image de serveur depuis une sauvegarde, et vérifié le résultat ?
    .guidance =
        Rechercher des tests de restauration : ce qui a été restauré, sur quel matériel, en combien de temps, et si le résultat a été comparé au système en service.
        Satisfait si : le mécanisme et les copies de sauvegarde sont vérifiés régulièrement quant à leur intégrité et leur restaurabilité, avec des résultats consignés.
        Mesure compensatoire : comparer les fichiers de sauvegarde aux programmes en ligne et aux sommes de contrôle quand un test de restauration complet est impossible.
        Points faibles : sauvegardes jamais restaurées, sauvegardes chiffrées dont les clés sont perdues, fichiers illisibles par les versions logicielles actuelles.
    .evidence =
        Comptes rendus de tests de restauration
        Résultats des contrôles d'intégrité des tâches de sauvegarde

sr-7-3-re-2 =
    .title = Automatisation des sauvegardes
    .question = Les sauvegardes des programmes, configurations et serveurs de cette zone sont-elles faites automatiquement selon un calendrier, plutôt que de dépendre de la mémoire de quelqu'un ?
    .guidance =
        Examiner les outils et calendriers de sauvegarde des serveurs, automates et équipements réseau, et la façon dont les échecs sont signalés.
        Satisfait si : les sauvegardes s'exécutent automatiquement à une fréquence réglable, et les échecs déclenchent une alerte suivie par quelqu'un.
        Mesure compensatoire : routine manuelle pilotée par un calendrier, avec visa et contrôle par une seconde personne.
        Points faibles : automates et commutateurs laissés hors de l'automatisation, rapports d'échec qui n'aboutissent nulle part.
    .evidence =
        Réglages du planificateur de sauvegardes
        Historique des tâches avec les échecs et leur suivi

# revue 2026-12 : un contrat de pièces de rechange ou de service ne ramène pas la zone à un état sécurisé connu ; ce n'est donc pas une contre-mesure compensatoire
sr-7-4 =
    .title = Reprise et reconstitution du système de contrôle-commande
    .question = Après une panne majeure ou un incident cyber, pouvez-vous reconstruire cette zone dans un état sécurisé connu, avec tous les réglages de sécurité en place, et combien de temps cela prendrait-il ?
    .guidance =
        Examiner les procédures de reprise, supports d'installation, licences, matériel de rechange, et si les systèmes reconstruits retrouvent durcissement, comptes et correctifs.
        Satisfait si : des procédures écrites et testées ramènent la zone à une configuration sécurisée connue dans un délai accepté par l'entreprise.
        Mesure compensatoire : équipements de rechange tenus prêts avec la configuration approuvée et durcie, comparés à la référence à intervalles fixés, pour remplacer un équipement défaillant par un autre déjà dans un état sécurisé connu.
        Points faibles : images restaurées avec mots de passe par défaut ou anciennes vulnérabilités, dongles de licence, installeurs disponibles seulement sur un portail fournisseur.
    .evidence =
        Procédures de reprise par type de composant
        Compte rendu d'un exercice de reprise
        Liste des pièces de rechange et des supports d'installation

sr-7-5 =
    .title = Alimentation de secours
    .question = Quand le secteur tombe et que l'onduleur ou le groupe électrogène prend le relais dans cette zone, pare-feu, commutateurs et automates gardent-ils leurs réglages de sécurité, et sont-ils identiques au retour du courant ?
    .guidance =
        Examiner quels composants sont sur onduleur ou groupe, comment se comporte la bascule, et l'état de la configuration après une coupure d'alimentation.
        Satisfait si : après une bascule dans un sens ou dans l'autre, chaque composant applique toujours les mêmes réglages, ou passe dans un mode dégradé défini à l'avance par écrit.
        Mesure compensatoire : configurations enregistrées en mémoire non volatile et vérifiées après chaque événement électrique.
        Points faibles : pare-feu non secourus alors que les automates le sont, équipements qui redémarrent avec les réglages d'usine, cartes réseau d'onduleur avec mots de passe par défaut.
    .evidence =
        Liste des composants secourus par onduleur ou groupe électrogène
        Compte rendu d'un test de coupure d'alimentation
        Comparaison de configuration avant et après une coupure d'alimentation

sr-7-6 =
    .title = Paramètres de configuration réseau et de sécurité
    .question = Les réglages réseau et de sécurité des équipements de cette zone suivent-ils les guides de durcissement des fournisseurs, et pouvez-vous montrer les réglages actuellement en place ?
    .guidance =
        Examiner les guides de durcissement des fournisseurs, la référence documentée par type de composant, et une vue en direct des réglages réellement déployés.
        Satisfait si : les réglages suivent des recommandations documentées, les écarts étant justifiés, et les réglages actuels peuvent être affichés et comparés à la référence.
        Mesure compensatoire : contrôle manuel périodique à l'aide d'une liste de contrôle écrite.
        Points faibles : guides de durcissement jamais lus, références non mises à jour après les mises à niveau, réglages qui dérivent après les interventions des fournisseurs.
    .evidence =
        Guides de durcissement des fournisseurs utilisés
        Référence documentée par type de composant
        Dernière comparaison des réglages actuels avec la référence

sr-7-6-re-1 =
    .title = Rapport lisible par machine des réglages de sécurité
    .question = Les réglages de sécurité actuels des composants de cette zone peuvent-ils être exportés sous une forme lisible par machine (p. ex. XML, JSON, CSV), pour que des outils les comparent à votre référence ?
    .guidance =
        Examiner les fonctions d'export des automates, commutateurs, pare-feu et serveurs, et si les exports alimentent une comparaison automatisée.
        Satisfait si : les réglages peuvent être exportés dans un format structuré, et les exports servent à une comparaison automatisée.
        Mesure compensatoire : scripts qui lisent les réglages via des interfaces standard comme SNMP ou une API fournisseur.
        Points faibles : exports seulement en PDF ou en captures d'écran, exports qui omettent les réglages de sécurité.
    .evidence =
        Un exemple d'export des réglages actuels
        Rapport de comparaison automatisée

sr-7-7 =
    .title = Fonctionnalité minimale
    .question = Avez-vous désactivé les services, ports, protocoles et fonctions inutiles dans cette zone, p. ex. serveurs web et FTP des automates, ports de commutateur inutilisés, ports USB et services Windows inutiles ?
    .guidance =
        Examiner les ports ouverts (d'après les réglages, ou un scan sur un système de test), les services actifs, les fonctions activées sur les automates, et les ports de commutateur inutilisés.
        Satisfait si : seules les fonctions nécessaires à l'exploitation sont activées, selon une liste documentée de ce qui est autorisé par type de composant.
        Mesure compensatoire : bloquer au niveau réseau les services inutiles qui ne peuvent pas être désactivés.
        Points faibles : serveurs web et SNMP par défaut sur les automates, Telnet sur les commutateurs, ports de commutateur inutilisés laissés actifs, jeux et outils bureautiques sur les IHM.
    .evidence =
        Liste des ports et services autorisés par type de composant
        Résultats d'un scan de ports ou d'une liste des services
        Liste d'état des ports de commutateur

sr-7-8 =
    .title = Inventaire des composants du système de contrôle-commande
    .question = Pouvez-vous montrer une liste à jour de tous les composants de cette zone avec leur type, leur version de firmware ou de logiciel et leur adresse réseau, et comment est-elle tenue à jour ?
    .guidance =
        Examiner l'inventaire, comparer un échantillon avec ce qui se trouve dans les armoires et sur le réseau, et vérifier comment les modifications y sont reportées.
        Satisfait si : un inventaire avec les propriétés pertinentes existe, peut être produit par le système ou ses outils, et correspond à la réalité.
        Mesure compensatoire : inventaire manuel vérifié régulièrement par rapport à une découverte réseau passive.
        Points faibles : tableurs périmés, routeurs 4G oubliés, portables des prestataires, équipements ajoutés pendant la maintenance.
    .evidence =
        Export de l'inventaire
        Vérification par échantillon de l'inventaire sur une armoire
        Résultats de la découverte passive
