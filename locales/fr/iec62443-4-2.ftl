### IEC 62443-4-2:2019 exigences techniques de sécurité pour les composants d'IACS : textes français pour iacs-assess.
### Rédigés pour cet outil ; il ne s'agit pas du texte de la norme. Les identifiants et les titres courts sont des faits.
### Une réponse par composant (un produit : automate, variateur, logiciel d'IHM, commutateur, pare-feu, serveur historian...),
### pour le produit tel que livré et installé. L'interlocuteur est l'ingénieur du fournisseur de produit, ou l'ingénieur du
### propriétaire d'actifs ou de l'intégrateur qui vérifie un produit avec son manuel de sécurité, son certificat ou la déclaration du fournisseur.
### Les questions parlent de « ce composant », de « l'appareil » ou du « logiciel » et demandent ce que le produit SAIT faire, non comment l'installation s'en sert.
### Termes (revue 2026-12), vérifiés par tests/terms.rs : composant ; application logicielle, appareil embarqué, appareil hôte,
### appareil réseau ; niveau de sécurité de capacité (SL-C) ; fournisseur de produit ; propriétaire d'actifs (pas exploitant) ;
### intégrateur ; commutateur (pas switch) ; liste d'autorisation. « Sécurité » et « cybersécurité » = security ; safety = sécurité
### fonctionnelle ou SIS ; jamais « fonction de sécurité », « système de sécurité » ni « sûreté » seuls.

questionnaire =
    .title = IEC 62443-4-2 exigences de sécurité des composants
    .description = L'IEC 62443-4-2 énumère les capacités de sécurité qu'un composant d'un système de contrôle-commande doit offrir, qu'il s'agisse d'une application logicielle, d'un appareil embarqué comme un automate ou un variateur, d'un appareil hôte comme un serveur ou une station d'ingénierie, ou d'un appareil réseau comme un commutateur ou un pare-feu. Vous y répondez une fois pour chaque composant, pour le produit tel que livré, et l'outil ne pose que les exigences de son type : chacune est satisfaite, non satisfaite, compensée par une contre-mesure documentée ou non applicable. À partir des réponses, l'outil calcule le niveau de sécurité de capacité (SL-C) du composant pour chaque exigence fondamentale : le niveau le plus élevé dont toutes les exigences sont satisfaites.

## Contraintes de sécurité communes aux composants (CCSC)

ccsc =
    .title = Contraintes de sécurité communes (CCSC)
    .description = Quatre conditions valables pour tout composant à tout SL-C, rattachées à aucune exigence fondamentale : la sécurité ne doit pas gêner les fonctions essentielles, les lacunes peuvent être couvertes par des contre-mesures documentées, les droits peuvent être réduits au nécessaire, et le produit est issu d'un processus de développement sécurisé. Une CCSC non satisfaite limite le composant dans toutes les exigences fondamentales.

ccsc-1 =
    .title = Les fonctions essentielles restent disponibles
    .question = Les fonctions de cybersécurité de ce composant (connexion, verrouillage, chiffrement, journalisation, mises à jour) laissent-elles tourner ses fonctions essentielles, comme la commande, la protection et la conduite, même quand l'une d'elles échoue ou se déclenche ?
    .guidance =
        S'applique à tout composant à tout SL-C ; elle ne relève d'aucune exigence fondamentale.
        À examiner : ce que deviennent la commande et les E/S quand un compte est verrouillé, qu'un certificat expire, que le journal d'audit est plein ou qu'une mise à jour s'installe.
        Satisfait si : le fournisseur de produit documente que les fonctions de cybersécurité ne peuvent ni arrêter ni ralentir les fonctions essentielles, et des essais de type ou vos propres essais le montrent.
        Mesure compensatoire : une consigne d'exploitation qui laisse désactivées les fonctions de cybersécurité qui nuiraient à une fonction essentielle, avec le risque consigné.
        Points faibles : verrouillage du seul compte opérateur, charge processeur du chiffrement sur les petits automates, redémarrages imposés par les mises à jour, chien de garde déclenché par un scan.
    .evidence =
        Section du manuel de sécurité sur les fonctions essentielles
        Rapport d'essai montrant que la commande continue pendant un verrouillage ou avec le stockage d'audit plein
        Déclaration du fournisseur listant les fonctions qui ne dépendent jamais des fonctions de cybersécurité

ccsc-2 =
    .title = Contre-mesures compensatoires documentées
    .question = Là où ce composant ne peut pas satisfaire une exigence par lui-même, le fournisseur de produit nomme-t-il les contre-mesures qui comblent l'écart, comme un pare-feu placé devant ou une armoire fermée à clé ?
    .guidance =
        S'applique à tout composant à tout SL-C ; elle ne relève d'aucune exigence fondamentale.
        À examiner : la liste, dans le manuel de sécurité, des exigences que le produit ne satisfait pas et ce que le fournisseur recommande pour chacune.
        Satisfait si : chaque écart est nommé avec une contre-mesure concrète hors du composant, de sorte qu'un intégrateur puisse la prévoir et que vous puissiez l'enregistrer ici comme compensée.
        Mesure compensatoire : vos propres contre-mesures documentées, convenues avec le fournisseur, là où le manuel ne dit rien.
        Points faibles : un manuel qui dit seulement « exploiter dans un réseau protégé », des contre-mesures qui supposent des produits absents de l'installation.
    .evidence =
        Chapitre du manuel de sécurité sur l'environnement prévu et les contre-mesures
        Déclaration de conformité du fournisseur à l'IEC 62443-4-2 avec les écarts signalés
        Vos fiches de contre-mesures renvoyant à ce chapitre

ccsc-3 =
    .title = Moindre privilège appliqué
    .question = Ce composant peut-il être configuré pour que chaque utilisateur, programme et appareil n'ait que les droits dont il a besoin, par exemple un observateur qui ne peut pas modifier les consignes, sans qu'un compte administrateur complet soit nécessaire au travail quotidien ?
    .guidance =
        S'applique à tout composant à tout SL-C ; elle ne relève d'aucune exigence fondamentale.
        À examiner : les rôles et permissions offerts par le produit, leur finesse, et les comptes livrés avec tous les droits.
        Satisfait si : les droits se découpent assez finement pour que chaque tâche se fasse avec les seules permissions nécessaires, sur toutes les interfaces du composant.
        Mesure compensatoire : une passerelle ou un serveur de rebond qui limite ce qui peut être envoyé au composant, là où le produit ne connaît qu'un seul niveau d'accès.
        Points faibles : seulement « admin » et « aucun accès », des services qui tournent avec les droits système, une interface de maintenance qui contourne les rôles.
    .evidence =
        Liste des rôles et permissions tirée du manuel de sécurité
        Capture de la page d'administration des utilisateurs avec un rôle restreint
        Liste des comptes de service du produit et de leurs droits

ccsc-4 =
    .title = Développé selon un processus conforme à 62443-4-1
    .question = Ce composant a-t-il été développé, et est-il maintenu, selon un processus de développement sécurisé conforme à l'IEC 62443-4-1, et le fournisseur de produit peut-il le démontrer ?
    .guidance =
        S'applique à tout composant à tout SL-C ; elle ne relève d'aucune exigence fondamentale.
        À examiner : un certificat 62443-4-1 du processus de développement du fournisseur, son périmètre (gammes de produits, sites) et si ce produit dans cette version y entre.
        Satisfait si : le produit est développé et corrigé selon un processus évalué par rapport à 62443-4-1, par exemple avec un certificat ISASecure SDLA ou IECEE qui le couvre.
        Mesure compensatoire : difficile ; tout au plus un processus documenté du fournisseur avec mises à jour de sécurité, traitement des vulnérabilités et SBOM, plus vos propres essais.
        Points faibles : un certificat pour une autre division, d'anciennes versions antérieures au processus, des composants tiers sans voie de mise à jour.
    .evidence =
        Certificat du processus de développement et son périmètre
        Politique de traitement des vulnérabilités du fournisseur et page de ses avis de sécurité
        SBOM de la version du produit utilisée

## FR 1 Contrôle d'identification et d'authentification (IAC)

fr-1 =
    .title = Contrôle d'identification et d'authentification (IAC)
    .description = Ce que le composant offre pour savoir qui et quoi lui parle : connexion des personnes, identités des programmes et des appareils, gestion des comptes, mots de passe, clés et certificats, et limites contre les essais répétés.

cr-1-1 =
    .title = Identifier et authentifier les utilisateurs humains
    .question = Chaque interface de ce composant où une personne peut travailler avec lui (panneau local, page web, outil d'ingénierie, port console) demande-t-elle qui est la personne et le vérifie-t-elle avant de donner l'accès ?
    .guidance =
        À examiner : tous les accès humains du produit : face avant, afficheur, serveur web, liaison de l'outil d'ingénierie, console série et USB, port de maintenance.
        Satisfait si : chacun de ces accès peut exiger identification et authentification, et le fournisseur liste ceux qui ne le peuvent pas.
        Mesure compensatoire : armoire fermée à clé ou sélecteur à clé pour un panneau local sans connexion ; serveur de rebond qui authentifie devant une page web qui ne le fait pas.
        Points faibles : accès par le protocole d'ingénierie sans aucun mot de passe, port de service caché, afficheur qui permet des modifications sans connexion.
        Demander aussi : les opérateurs peuvent-ils toujours agir en urgence sans se connecter, là où l'installation l'exige ?
    .evidence =
        Liste des interfaces dans le manuel de sécurité et mode d'authentification de chacune
        Capture de la page ou de l'invite de connexion
        Relevé d'essai d'un accès tenté sans identifiants

cr-1-1-re-1 =
    .title = Identité unique pour chaque personne
    .question = Ce composant peut-il donner à chaque personne un compte personnel, de sorte que chaque action enregistrée soit rattachée à une personne nommée plutôt qu'à un compte partagé « admin » ou « operator » ?
    .guidance =
        À examiner : combien de comptes le produit peut contenir, si les noms sont libres, et s'il peut s'appuyer sur un annuaire central à la place.
        Satisfait si : chaque personne peut avoir une identité unique sur chaque interface humaine, stockée localement ou via un annuaire comme LDAP ou Active Directory.
        Mesure compensatoire : un serveur de rebond ou une passerelle d'accès avec comptes personnels comme seul chemin vers un appareil limité à un compte partagé.
        Points faibles : comptes fixes par rôle, un mot de passe de maintenance pour tous les appareils, liaison à l'annuaire valable pour certaines interfaces seulement.
    .evidence =
        Section du manuel de sécurité sur les comptes utilisateurs
        Capture de la liste des utilisateurs avec des comptes personnels
        Paramètres de liaison à l'annuaire

cr-1-1-re-2 =
    .title = Authentification multifacteur sur toutes les interfaces
    .question = Ce composant peut-il exiger un second facteur, comme un jeton, une carte à puce ou un code à usage unique, pour chaque personne qui s'y connecte, sur chaque interface ?
    .guidance =
        À examiner : les facteurs gérés par le produit lui-même, s'il peut confier la connexion à un annuaire ou un service d'identité qui impose un second facteur, et les interfaces laissées de côté.
        Satisfait si : l'authentification multifacteur peut être imposée pour tout accès humain, local et distant, sur chaque interface.
        Mesure compensatoire : accès uniquement par un serveur de rebond à deux facteurs, tous les autres chemins vers le composant bloqués.
        Points faibles : second facteur sur la page web mais pas sur le protocole d'ingénierie ni la console, compte local de secours sans second facteur.
    .evidence =
        Configuration de la connexion multifacteur ou par annuaire
        Liste des interfaces avec les facteurs gérés par chacune
        Relevé d'essai d'une connexion refusée sans second facteur

cr-1-2 =
    .title = Identifier et authentifier processus et appareils
    .question = Quand d'autres logiciels ou appareils se connectent à ce composant, par exemple une IHM qui lit des variables ou un automate qui dialogue avec un autre, le composant peut-il vérifier leur identité avant d'accepter leurs requêtes ?
    .guidance =
        À examiner : les protocoles de communication du produit et ceux qui portent une authentification : OPC UA avec certificats d'application, CIP Security, TLS avec certificats client, comptes de service.
        Satisfait si : chaque interface utilisée par des programmes ou des appareils peut identifier et authentifier le correspondant ; les protocoles qui ne le peuvent pas sont listés et désactivables.
        Mesure compensatoire : des listes d'autorisation dans le réseau, pour que seuls les correspondants connus atteignent les interfaces sans authentification.
        Points faibles : Modbus TCP, S7 ou d'autres protocoles anciens actifs par défaut, accès OPC UA anonyme, clés partagées.
    .evidence =
        Liste des protocoles du manuel de sécurité avec l'authentification de chacun
        Configuration du protocole authentifié
        Capture d'une connexion refusée venant d'un correspondant inconnu

cr-1-2-re-1 =
    .title = Identité unique par processus et par appareil
    .question = Chaque programme ou appareil qui se connecte à ce composant peut-il recevoir sa propre identité, comme son propre certificat ou compte, afin qu'on puisse en bloquer un sans toucher aux autres ?
    .guidance =
        À examiner : si le produit fait confiance aux correspondants un par un (liste de certificats ou de comptes de confiance) ou par un secret partagé unique.
        Satisfait si : chaque programme et appareil qui se connecte est identifié et authentifié individuellement sur toute interface de trafic machine à machine.
        Mesure compensatoire : des segments réseau séparés avec des listes d'autorisation par correspondant, là où une clé partagée ne peut être évitée.
        Points faibles : une clé pré-partagée pour tous les correspondants, un certificat par défaut identique dans chaque appareil, des réglages « tout accepter ».
    .evidence =
        Configuration de la liste de confiance ou des correspondants
        Certificat de l'appareil montrant qu'il est propre à l'unité
        Trace d'un correspondant révoqué sans effet sur les autres

cr-1-3 =
    .title = Prise en charge de la gestion des comptes
    .question = Des personnes autorisées peuvent-elles créer, activer, modifier, désactiver et supprimer des comptes sur ce composant, soit sur le composant lui-même, soit par un système central de gestion des comptes ?
    .guidance =
        À examiner : les fonctions de gestion des comptes du produit et s'il peut utiliser un annuaire central ; comptes par défaut et intégrés.
        Satisfait si : tous les comptes, y compris intégrés, peuvent être gérés par des utilisateurs autorisés, et la désactivation ou la suppression s'applique sur toutes les interfaces.
        Mesure compensatoire : une procédure documentée et un serveur de rebond pour les appareils dont les comptes ne se modifient qu'avec un outil du constructeur.
        Points faibles : comptes intégrés impossibles à désactiver, comptes de service codés en dur, comptes encore valides sur une interface après suppression.
    .evidence =
        Capture de la page de gestion des comptes
        Liste des comptes intégrés dans le manuel de sécurité et comment les désactiver
        Relevé d'essai d'un compte supprimé refusé sur chaque interface

cr-1-4 =
    .title = Prise en charge de la gestion des identifiants
    .question = Ce composant peut-il gérer les identifiants qu'il utilise pour les utilisateurs, groupes, rôles et systèmes connectés, afin qu'un nom ne soit pas réattribué à quelqu'un d'autre et que chaque identité reste claire ?
    .guidance =
        À examiner : comment les noms d'utilisateur, de groupe et de rôle et les identifiants des systèmes connectés sont créés, modifiés et retirés dans le produit ou dans l'annuaire qu'il utilise.
        Satisfait si : les identifiants peuvent être gérés par utilisateur, groupe, rôle ou interface, et le fournisseur documente comment.
        Mesure compensatoire : un annuaire qui détient tous les identifiants, le composant les reprenant de celui-ci.
        Points faibles : noms d'utilisateur fixes, identifiants réutilisés après suppression d'un compte, noms de rôle impossibles à distinguer dans les journaux.
    .evidence =
        Section du manuel de sécurité sur les identifiants
        Capture des réglages des utilisateurs, groupes et rôles

cr-1-5 =
    .title = Gestion des authentifiants (données d'accès)
    .question = Les mots de passe, clés et certificats de ce composant peuvent-ils être définis à la première utilisation puis changés, et sont-ils protégés là où le composant les stocke ou les transmet ?
    .guidance =
        À examiner : comment les mots de passe et clés par défaut sont remplacés à la mise en service, à quelle fréquence ils peuvent être changés, et comment ils sont stockés (hachés, chiffrés) et transmis.
        Satisfait si : toutes les données d'accès par défaut peuvent être changées à l'installation, elles peuvent être renouvelées, et elles ne sont jamais lisibles en stockage ni sur le réseau.
        Mesure compensatoire : une liste de contrôle de mise en service qui impose le changement des valeurs par défaut, là où le produit ne l'impose pas lui-même.
        Points faibles : mots de passe codés en dur, clés par défaut communes à tous les appareils, mots de passe en clair dans des fichiers de configuration ou des sauvegardes.
    .evidence =
        Section du manuel de sécurité sur les données d'accès par défaut et leur changement
        Procès-verbal de mise en service montrant le changement des valeurs par défaut
        Déclaration du fournisseur sur le stockage des données d'accès

cr-1-5-re-1 =
    .title = Authentifiants protégés par le matériel
    .question = Ce composant garde-t-il ses mots de passe, clés et autres secrets dans un matériel protégé, comme un TPM ou un élément sécurisé, de sorte qu'on ne puisse pas les extraire même avec l'appareil en main ?
    .guidance =
        À examiner : si le produit dispose d'un TPM, d'un élément sécurisé ou d'un module matériel de sécurité, et quels secrets il y place réellement.
        Satisfait si : les données d'accès du composant sont stockées et utilisées dans un matériel conçu pour résister à l'extraction.
        Mesure compensatoire : protection physique de l'appareil (armoire fermée, scellés) là où le produit n'a pas de matériel sécurisé ; plus faible, à noter comme tel.
        Points faibles : un TPM présent mais inutilisé, des clés en mémoire flash lisibles par un port de débogage.
    .evidence =
        Fiche technique nommant l'élément sécurisé ou le TPM
        Section du manuel de sécurité sur le stockage des clés
        Rapport d'essai de certification couvrant la protection des clés

ndr-1-6 =
    .title = Authentifier les utilisateurs sans fil
    .question = Sur son interface sans fil, cet appareil réseau identifie-t-il et authentifie-t-il chaque personne, programme et appareil qui se connecte par la liaison radio ?
    .guidance =
        C'est la version de la CR 1.6 (gestion de l'accès sans fil) pour les appareils réseau ; elle n'est posée qu'aux appareils réseau.
        À examiner : les modes sans fil pris en charge (WPA2/WPA3-Enterprise avec 802.1X, clé pré-partagée, ouvert) et ceux actifs par défaut.
        Satisfait si : chaque client sans fil doit s'authentifier avant d'être admis ; les modes ouverts peuvent être désactivés.
        Non applicable : l'appareil n'a aucune interface sans fil.
        Points faibles : un point d'accès de configuration ouvert, le WPS, une clé pré-partagée imprimée sur l'étiquette.
    .evidence =
        Réglages de sécurité sans fil de l'appareil
        Section du manuel de sécurité sur le sans-fil

ndr-1-6-re-1 =
    .title = Identité unique pour chaque utilisateur sans fil
    .question = Cet appareil réseau peut-il distinguer chaque client sans fil, de sorte que chaque personne, programme ou appareil ait ses propres données d'accès sur la liaison radio plutôt qu'une clé partagée ?
    .guidance =
        C'est une extension de la version de la CR 1.6 pour les appareils réseau.
        À examiner : 802.1X avec données d'accès personnelles ou certificats par appareil auprès d'un serveur RADIUS, plutôt qu'une clé pré-partagée.
        Satisfait si : chaque utilisateur sans fil est identifié et authentifié de façon unique, de sorte qu'on puisse en exclure un seul.
        Mesure compensatoire : des clés pré-partagées par appareil là où l'appareil les gère, documentées appareil par appareil.
        Points faibles : une clé pour tous les clients, des réseaux invités reliés au réseau de contrôle-commande.
    .evidence =
        Configuration 802.1X ou RADIUS
        Liste des clients sans fil avec leurs propres données d'accès

cr-1-7 =
    .title = Robustesse des mots de passe configurable
    .question = Là où ce composant utilise des mots de passe, pouvez-vous fixer des règles de longueur minimale et de mélange des types de caractères, et les fait-il respecter ?
    .guidance =
        À examiner : les réglages de politique de mots de passe du produit ou de l'annuaire qu'il utilise, et si chaque interface les applique.
        Satisfait si : une longueur minimale et une variété de caractères peuvent être configurées et les mots de passe contraires aux règles sont refusés.
        Mesure compensatoire : des mots de passe gérés uniquement par un annuaire avec une politique imposée, les mots de passe locaux désactivés.
        Non applicable : le composant n'utilise aucun mot de passe, par exemple uniquement des certificats ; l'indiquer dans la raison.
        Points faibles : longueurs maximales courtes et fixes, règles appliquées sur la page web mais pas sur la console, codes PIN sur une face avant.
    .evidence =
        Capture des réglages de la politique de mots de passe
        Relevé d'essai d'un mot de passe faible refusé

cr-1-7-re-1 =
    .title = Réutilisation et durée de vie limitées pour les personnes
    .question = Pour les mots de passe des personnes, ce composant peut-il empêcher la réutilisation des mots de passe récents et fixer une durée de vie minimale et maximale ?
    .guidance =
        À examiner : les réglages d'historique et d'âge des mots de passe du produit ou de l'annuaire sur lequel il s'appuie.
        Satisfait si : la réutilisation d'un nombre configurable de mots de passe précédents est refusée et des durées de vie minimale et maximale peuvent être fixées pour les utilisateurs humains.
        Mesure compensatoire : un annuaire qui impose l'historique et l'âge, les comptes locaux désactivés.
        Points faibles : un historique contourné en changeant le mot de passe plusieurs fois de suite, une durée de vie qui ne fait qu'avertir.
    .evidence =
        Capture des réglages d'historique et d'âge
        Relevé d'essai d'un mot de passe réutilisé refusé

cr-1-7-re-2 =
    .title = Durée de vie des mots de passe pour tout type d'utilisateur
    .question = Ce composant peut-il aussi fixer une durée de vie pour les mots de passe des comptes utilisés par des programmes et des appareils, et pas seulement par des personnes ?
    .guidance =
        À examiner : les comptes de service et d'appareil à mot de passe, si leur durée de vie peut être limitée et leur renouvellement fait sans arrêter le procédé.
        Satisfait si : des durées de vie peuvent être fixées pour tous les utilisateurs : personnes, processus logiciels et appareils.
        Mesure compensatoire : un calendrier documenté de renouvellement des mots de passe de service, exécuté par l'intégrateur et consigné.
        Points faibles : des mots de passe de service qui n'expirent jamais parce qu'un changement couperait la communication.
    .evidence =
        Configuration des durées de vie pour les comptes de service
        Trace d'un mot de passe de service renouvelé

cr-1-8 =
    .title = Prise en charge des certificats d'une PKI
    .question = Là où ce composant utilise des certificats, peut-il fonctionner avec l'infrastructure à clés publiques du site ou du fournisseur : accepter les certificats qu'elle émet, les renouveler et vérifier leur révocation ?
    .guidance =
        À examiner : l'obtention des certificats (import manuel, SCEP, EST, GDS pour OPC UA), leur renouvellement, la gestion des listes de confiance et de révocation.
        Satisfait si : le composant peut utiliser des certificats d'une PKI externe telle qu'elle est exploitée au niveau système, et pas seulement des certificats auto-signés.
        Mesure compensatoire : import et renouvellement manuels selon une procédure documentée, avec suivi des dates d'expiration.
        Non applicable : le composant n'utilise aucune technique à clé publique ; l'indiquer dans la raison.
        Points faibles : uniquement des certificats auto-signés, impossible de charger une liste de révocation, certificats valables des décennies.
    .evidence =
        Page de gestion des certificats du composant
        Section du manuel de sécurité sur l'intégration à une PKI

cr-1-9 =
    .title = Authentification par clé publique robuste
    .question = Quand ce composant s'authentifie par certificats, les vérifie-t-il correctement : signature et chaîne jusqu'à une racine de confiance, dates de validité, révocation, et possession de la clé privée par le correspondant ?
    .guidance =
        À examiner : les contrôles que le produit applique à un certificat reçu, comment il rattache un certificat à un utilisateur ou un appareil, et quels algorithmes et tailles de clé il accepte.
        Satisfait si : les certificats sont entièrement validés, la possession de la clé privée est prouvée, l'identité est rattachée à un utilisateur et seuls des algorithmes actuels sont utilisés.
        Mesure compensatoire : une passerelle qui termine la connexion et fait les contrôles, là où le produit accepte n'importe quel certificat.
        Points faibles : « accepter tous les certificats » activé pour la mise en service et jamais désactivé, certificats expirés acceptés, SHA-1 ou clés RSA courtes.
    .evidence =
        Section du manuel de sécurité sur la validation des certificats
        Relevé d'essai d'un certificat expiré ou non fiable refusé
        Liste des algorithmes et tailles de clé pris en charge

cr-1-9-re-1 =
    .title = Clés privées protégées par le matériel
    .question = Ce composant garde-t-il les clés privées qu'il utilise pour s'authentifier dans un matériel protégé, comme un TPM ou un élément sécurisé, de sorte qu'elles ne puissent pas être copiées ?
    .guidance =
        À examiner : où les clés privées de l'appareil sont générées et stockées, et si elles peuvent jamais être exportées.
        Satisfait si : les clés privées sont détenues et utilisées dans un matériel conçu pour résister à l'extraction.
        Mesure compensatoire : protection physique de l'appareil et certificats de courte durée ; plus faible, à noter comme tel.
        Points faibles : clés générées par logiciel puis seulement stockées dans le TPM, sauvegardes qui contiennent la clé privée.
    .evidence =
        Fiche technique nommant l'élément sécurisé ou le TPM
        Section du manuel de sécurité sur le stockage des clés

cr-1-10 =
    .title = Retour d'authentification masqué
    .question = Pendant qu'une personne se connecte à ce composant, masque-t-il ce qu'elle saisit, par exemple en affichant des points au lieu du mot de passe, sur chaque interface ?
    .guidance =
        À examiner : la saisie du mot de passe sur la page web, l'afficheur local, l'outil d'ingénierie et la console.
        Satisfait si : le secret n'apparaît jamais en clair pendant la saisie, sur aucune interface, et les messages d'erreur ne disent pas si c'est le nom ou le mot de passe qui est faux.
        Mesure compensatoire : difficile ; un poste placé à l'abri des regards aide peu.
        Points faibles : faces avant qui affichent les chiffres du code PIN, consoles avec écho, messages « utilisateur inconnu ».
    .evidence =
        Captures des invites de connexion
        Relevé d'essai du message après une connexion échouée

cr-1-11 =
    .title = Limite des tentatives de connexion échouées
    .question = Ce composant limite-t-il le nombre de mots de passe erronés essayés à la suite, puis verrouille-t-il le compte pour un temps ou jusqu'à ce qu'un administrateur le débloque ?
    .guidance =
        À examiner : les réglages de verrouillage (nombre de tentatives, fenêtre de temps, durée du verrouillage) et les interfaces qui les appliquent.
        Satisfait si : le nombre de tentatives échouées et le comportement de verrouillage sont configurables, sur toutes les interfaces.
        Mesure compensatoire : une passerelle ou un serveur de rebond devant le composant qui bloque les échecs de connexion répétés.
        Points faibles : aucune limite sur le protocole d'ingénierie ni la console, verrouillages qui peuvent bloquer le seul compte opérateur.
        Demander aussi : les comptes critiques peuvent-ils être exemptés là où un verrouillage nuirait à la conduite ?
    .evidence =
        Capture des réglages de verrouillage
        Entrées du journal d'audit d'un verrouillage lors d'un essai

cr-1-12 =
    .title = Avis affiché avant la connexion
    .question = Ce composant peut-il afficher un avis configurable avant la connexion, par exemple que l'accès est réservé aux personnes autorisées et qu'il est journalisé ?
    .guidance =
        À examiner : une bannière ou un message sur la page de connexion, la console et l'afficheur local, et qui peut en changer le texte.
        Satisfait si : un avis peut être affiché avant l'authentification sur les interfaces humaines, et des personnes autorisées peuvent en fixer le texte.
        Mesure compensatoire : une étiquette ou un panneau sur l'appareil et au poste de travail ; plus faible, à noter comme tel.
        Points faibles : une bannière sur la page web seulement, un texte figé par le constructeur.
    .evidence =
        Capture de la page de connexion avec l'avis
        Réglage où le texte est défini

ndr-1-13 =
    .title = Maîtriser l'accès depuis les réseaux non fiables
    .question = Cet appareil réseau peut-il surveiller et maîtriser chaque moyen de l'atteindre depuis un réseau non fiable, comme son interface d'administration depuis le réseau bureautique ou Internet ?
    .guidance =
        C'est la version de la CR 1.13 (accès par des réseaux non fiables) pour les appareils réseau ; elle n'est posée qu'aux appareils réseau.
        À examiner : les services d'administration et d'accès distant offerts par l'appareil, sur quels ports, et si leur accès peut être restreint et journalisé.
        Satisfait si : chaque moyen d'accès depuis des réseaux non fiables peut être restreint (par source, interface ou service) et est enregistré.
        Mesure compensatoire : une administration joignable uniquement depuis un réseau d'administration séparé, cette séparation étant documentée.
        Points faibles : services d'administration actifs par défaut sur tous les ports, administration en nuage activée d'origine.
    .evidence =
        Réglages de l'accès d'administration (sources autorisées, services)
        Entrées de journal des accès d'administration à distance

ndr-1-13-re-1 =
    .title = Accès depuis un réseau non fiable sur approbation
    .question = Cet appareil réseau peut-il refuser tout accès depuis un réseau non fiable tant qu'une personne ayant un rôle désigné ne l'a pas explicitement approuvé ?
    .guidance =
        C'est une extension de la version de la CR 1.13 pour les appareils réseau.
        À examiner : si l'accès distant reste coupé jusqu'à son activation, et si l'activation exige un rôle défini, pour une durée limitée.
        Satisfait si : l'accès depuis des réseaux non fiables est refusé par défaut et n'est permis qu'après approbation explicite par un rôle désigné.
        Mesure compensatoire : une passerelle d'accès distant devant l'appareil, avec une étape d'approbation pour chaque session.
        Points faibles : une approbation donnée une fois et jamais retirée, un accès constructeur ouvert en permanence.
    .evidence =
        Réglage qui active l'accès distant et qui peut le modifier
        Journal d'une session distante approuvée

cr-1-14 =
    .title = Authentification par clé symétrique robuste
    .question = Là où ce composant s'authentifie avec des clés secrètes partagées, ces clés sont-elles stockées protégées, accessibles aux seules fonctions qui en ont besoin, et utilisées avec des algorithmes actuels ?
    .guidance =
        À examiner : les protocoles fondés sur des clés partagées (clés pré-partagées, MAC symétriques, certaines protections de bus de terrain et du sans-fil), comment les clés sont chargées et où elles sont conservées.
        Satisfait si : la confiance mutuelle est établie avec la clé partagée, la clé est protégée en stockage et son accès restreint, et les algorithmes suivent les bonnes pratiques actuelles.
        Mesure compensatoire : des clés à courte durée de vie et une procédure documentée de changement de clé ; séparation réseau des liaisons concernées.
        Non applicable : le composant n'utilise aucune authentification par clé partagée ; l'indiquer dans la raison.
        Points faibles : une clé pour tout le site, des clés lisibles dans les exports de configuration, des algorithmes dépassés comme DES ou MD5.
    .evidence =
        Section du manuel de sécurité sur la gestion des clés
        Liste des algorithmes pris en charge

cr-1-14-re-1 =
    .title = Clés symétriques protégées par le matériel
    .question = Ce composant garde-t-il ses clés secrètes partagées dans un matériel protégé, comme un TPM ou un élément sécurisé, de sorte qu'elles ne puissent pas être extraites ?
    .guidance =
        À examiner : où les clés partagées sont stockées et traitées, et si elles quittent jamais le matériel sécurisé.
        Satisfait si : les clés symétriques sont détenues et utilisées dans un matériel conçu pour résister à l'extraction.
        Mesure compensatoire : protection physique de l'appareil et changements de clé fréquents ; plus faible, à noter comme tel.
        Non applicable : le composant n'utilise aucune authentification par clé partagée ; l'indiquer dans la raison.
        Points faibles : clés en mémoire flash ordinaire, clés incluses dans les sauvegardes de configuration.
    .evidence =
        Fiche technique nommant l'élément sécurisé ou le TPM
        Section du manuel de sécurité sur le stockage des clés

## FR 2 Contrôle d'utilisation (UC)

fr-2 =
    .title = Contrôle d'utilisation (UC)
    .description = Ce que le composant permet à chaque utilisateur, programme ou appareil authentifié, comment il clôt les sessions inactives et tient en main le code mobile et les ports de test, et les enregistrements d'audit qu'il produit. La CR 2.3 (appareils portables et mobiles) n'a pas d'exigence au niveau composant : elle est vérifiée au niveau système avec l'IEC 62443-3-3.

cr-2-1 =
    .title = Appliquer les autorisations
    .question = Une fois une personne connectée à ce composant, ne lui permet-il que ce que ses droits attribués autorisent, par exemple acquitter les alarmes sans pouvoir modifier le programme ?
    .guidance =
        À examiner : les permissions que le produit vérifie sur chaque interface (page web, protocole d'ingénierie, afficheur, console) et si elles peuvent être liées à des rôles.
        Satisfait si : chaque action passant par une interface humaine est vérifiée par rapport aux droits de la personne, et les tâches peuvent être séparées.
        Mesure compensatoire : un sélecteur à clé ou un sélecteur RUN/PROGRAM sur l'appareil pour les modifications que le produit ne sait pas restreindre par utilisateur, avec une procédure écrite.
        Points faibles : droits vérifiés sur la page web mais pas sur le protocole d'ingénierie, un rôle en lecture seule qui peut écrire par une deuxième interface.
    .evidence =
        Matrice des permissions tirée du manuel de sécurité
        Relevé d'essai d'une action restreinte refusée pour un rôle limité

cr-2-1-re-1 =
    .title = Autorisations pour personnes, processus et appareils
    .question = Ce composant limite-t-il aussi ce que les programmes et appareils connectés peuvent faire, de sorte qu'un client de reporting puisse seulement lire, sans écrire de valeurs ni charger de logique ?
    .guidance =
        À examiner : les droits des comptes de service, les utilisateurs et rôles OPC UA, l'accès en lecture ou écriture par connexion, les réglages de protection en écriture.
        Satisfait si : les droits sont appliqués pour chaque utilisateur, personnes, processus logiciels et appareils, sur toutes les interfaces.
        Mesure compensatoire : un pare-feu qui comprend le protocole, placé devant le composant, qui ne laisse passer que les fonctions de lecture des correspondants concernés.
        Points faibles : protocoles qui donnent à tout correspondant un plein accès en écriture, sessions OPC UA anonymes avec droits d'écriture.
    .evidence =
        Configuration des droits d'un compte de service ou d'un client OPC UA
        Relevé d'essai d'une écriture refusée depuis un correspondant en lecture seule

cr-2-1-re-2 =
    .title = Correspondance rôles-permissions configurable
    .question = Une personne autorisée peut-elle décider quelles permissions appartiennent à quel rôle sur ce composant, et changer cette correspondance plus tard, au lieu de subir des rôles figés par le constructeur ?
    .guidance =
        À examiner : si les rôles peuvent être créés et modifiés, quelles permissions peuvent être attribuées, qui peut changer la correspondance, et si les changements sont journalisés.
        Satisfait si : un utilisateur autorisé peut associer des permissions à des rôles pour tous les utilisateurs humains, et les personnes reçoivent leurs droits par les rôles.
        Mesure compensatoire : un annuaire qui détient la correspondance des rôles et ne transmet au composant que les groupes adaptés, là où les rôles figés du produit conviennent.
        Points faibles : quelques rôles constructeur figés qui ne correspondent pas aux tâches du site, des changements de rôle que toute personne ayant des droits admin peut faire sans trace.
    .evidence =
        Capture de l'éditeur de rôles
        Entrée du journal d'audit d'un changement de rôle

cr-2-1-re-3 =
    .title = Dérogation par un superviseur
    .question = Un chef de quart ou un autre rôle désigné peut-il lever à la main, pour un temps limité, les limites normales d'un utilisateur sur ce composant, par exemple lors d'une perturbation du procédé, chaque dérogation étant enregistrée ?
    .guidance =
        À examiner : une fonction de dérogation ou d'élévation de droits dans le produit, comment elle démarre, combien de temps elle dure, comment elle prend fin et ce qui est journalisé.
        Satisfait si : une dérogation peut être lancée à la main par un rôle défini, prend fin après une durée ou une suite d'événements configurable, et est auditée.
        Mesure compensatoire : un compte d'urgence sous scellé avec registre et alarme à l'utilisation, revu après chaque usage.
        Points faibles : dérogations qui n'expirent jamais, mot de passe d'urgence connu de tous, aucune trace de qui a dérogé à quoi.
    .evidence =
        Réglages de la dérogation et de sa limite de temps
        Entrées du journal d'audit d'une dérogation lors d'un essai

cr-2-1-re-4 =
    .title = Double approbation pour les actions critiques
    .question = Ce composant peut-il exiger qu'une seconde personne autorisée approuve des actions à fort impact choisies, comme un téléchargement de programme ou le forçage d'une sortie, avant leur exécution ?
    .guidance =
        À examiner : si le produit offre une fonction de double approbation (quatre yeux), à quelles actions elle s'applique, et si les deux personnes sont authentifiées.
        Satisfait si : la double approbation peut être imposée pour les actions choisies par le propriétaire d'actifs, et les deux approbateurs sont enregistrés.
        Mesure compensatoire : un permis de travail à deux signatures plus une clé physique détenue par la seconde personne.
        Points faibles : seconde approbation donnée depuis la même session, approbations que le premier utilisateur peut désactiver.
    .evidence =
        Configuration de la fonction de double approbation
        Entrées du journal d'audit montrant les deux approbateurs d'une action

cr-2-2 =
    .title = Maîtriser et surveiller l'usage du sans-fil
    .question = Si ce composant a une interface sans fil, peut-il s'intégrer au contrôle du sans-fil du site, pour que son usage soit autorisé, restreint et surveillé selon les règles du site ?
    .guidance =
        À examiner : les interfaces sans fil du produit (Wi-Fi, Bluetooth, cellulaire, radio propriétaire), et si chacune peut être désactivée, restreinte et journalisée.
        Satisfait si : le composant permet l'autorisation, la restriction et la surveillance de son usage sans fil, et toute radio inutilisée peut être désactivée.
        Mesure compensatoire : module radio retiré ou désactivé matériellement, le composant étant traité comme uniquement filaire.
        Non applicable : le composant n'a aucune interface sans fil.
        Points faibles : accès de service Bluetooth laissé actif, module radio impossible à désactiver, usage sans fil absent des journaux.
    .evidence =
        Réglages sans fil du composant
        Section du manuel de sécurité sur les interfaces sans fil

sar-2-4 =
    .title = Politique de code mobile
    .question = Si cette application logicielle exécute du code arrivé en cours de fonctionnement, comme des scripts, macros, contenus de navigateur ou écrans téléchargés, peut-elle imposer des règles sur le code mobile autorisé, sa provenance, et journaliser son usage ?
    .guidance =
        C'est la version de la CR 2.4 (code mobile) pour les applications logicielles ; elle n'est posée qu'aux applications logicielles.
        À examiner : le code mobile utilisé par l'application (JavaScript des clients web, scripts VBA ou Python, greffons, code .NET ou Java chargé à l'exécution) et les réglages qui le contrôlent.
        Satisfait si : l'application peut bloquer le code mobile, limiter sa provenance et sa destination, et enregistrer son usage.
        Mesure compensatoire : des contrôles du système d'exploitation de l'hôte (politique de scripts, liste d'autorisation d'applications) qui restreignent le code mobile de l'application.
        Non applicable : l'application n'utilise aucun code mobile ; l'indiquer dans la raison.
        Points faibles : moteurs de scripts actifs par défaut sans restriction, écrans d'IHM qui chargent des scripts depuis n'importe quel partage de fichiers.
    .evidence =
        Section du manuel de sécurité sur les scripts et greffons
        Configuration de la politique de scripts ou de greffons

sar-2-4-re-1 =
    .title = Vérifier l'origine du code mobile avant exécution
    .question = Avant d'exécuter du code mobile, cette application logicielle vérifie-t-elle que le code est intact et provient d'une source de confiance, par exemple en contrôlant une signature ?
    .guidance =
        C'est une extension de la version de la CR 2.4 pour les applications logicielles.
        À examiner : la signature de code des scripts, greffons et contenus téléchargés, et ce qui se passe si une signature manque ou est fausse.
        Satisfait si : le code mobile ne s'exécute qu'après vérification de son intégrité et de son origine ; un code non signé ou modifié est refusé.
        Mesure compensatoire : scripts placés dans un emplacement protégé en écriture que seul un rôle défini peut alimenter, contrôlés par une liste d'empreintes.
        Points faibles : un contrôle de signature qui ne fait qu'avertir, un réglage de confiance « tout éditeur ».
    .evidence =
        Réglages de la politique de signature
        Relevé d'essai d'un script non signé refusé

edr-2-4 =
    .title = Politique de code mobile
    .question = Si cet appareil embarqué peut exécuter du code chargé en cours de fonctionnement, comme des scripts, applications ou contenus actifs de ses pages web, peut-il imposer des règles sur le code autorisé, sa provenance, et journaliser son usage ?
    .guidance =
        C'est la version de la CR 2.4 (code mobile) pour les appareils embarqués ; elle n'est posée qu'aux appareils embarqués.
        À examiner : moteurs de scripts, conteneurs d'applications et contenus des pages web de l'appareil, et les réglages qui les autorisent, les limitent ou les journalisent.
        Satisfait si : l'appareil peut empêcher l'exécution de code mobile, exiger l'authentification de sa provenance, limiter son transfert vers et depuis l'appareil, et enregistrer son usage.
        Mesure compensatoire : fonctions de scripts et d'applications de l'appareil désactivées, la station d'ingénierie étant la seule source de modifications.
        Non applicable : l'appareil ne peut ni recevoir ni exécuter aucun code mobile ; l'indiquer dans la raison.
        Points faibles : fonctions de scripts ou d'applications actives par défaut, pages web de l'appareil qui chargent du code depuis Internet.
    .evidence =
        Section du manuel de sécurité sur les scripts, applications et contenus web
        Configuration montrant les réglages du code mobile

edr-2-4-re-1 =
    .title = Vérifier l'origine du code mobile avant exécution
    .question = Avant d'exécuter du code mobile, cet appareil embarqué vérifie-t-il que le code est intact et provient d'une source de confiance, par exemple en contrôlant une signature ?
    .guidance =
        C'est une extension de la version de la CR 2.4 pour les appareils embarqués.
        À examiner : les contrôles de signature des scripts et applications chargés dans l'appareil, et ce qu'il fait d'un code non signé.
        Satisfait si : l'appareil n'exécute le code mobile qu'après vérification de son intégrité et de son authenticité.
        Mesure compensatoire : chargement du code mobile réservé à un rôle défini par une voie d'ingénierie authentifiée, chaque chargement journalisé.
        Points faibles : un contrôle que n'importe qui peut désactiver, des signatures vérifiées à l'installation mais pas au démarrage.
    .evidence =
        Section du manuel de sécurité sur les applications ou scripts signés
        Relevé d'essai d'une application non signée refusée

hdr-2-4 =
    .title = Politique de code mobile
    .question = Cet appareil hôte, comme un serveur ou une station d'ingénierie, peut-il imposer des règles aux scripts, macros et autres codes arrivés en cours de fonctionnement : lesquels peuvent s'exécuter, d'où, et leur usage est-il journalisé ?
    .guidance =
        C'est la version de la CR 2.4 (code mobile) pour les appareils hôtes ; elle n'est posée qu'aux appareils hôtes.
        À examiner : les réglages du système d'exploitation et du navigateur pour les scripts, macros et contenus actifs (politique d'exécution des scripts, réglages des macros, liste d'autorisation d'applications), tels que le fournisseur les livre ou les documente.
        Satisfait si : l'hôte peut bloquer le code mobile, limiter sa provenance et sa destination, et enregistrer son usage.
        Mesure compensatoire : une image durcie du fournisseur avec moteurs de scripts et macros désactivés, sans navigateur sur l'hôte.
        Points faibles : macros bureautiques actives sur une station d'ingénierie, politique de scripts sans restriction, navigateurs utilisés pour télécharger des outils.
    .evidence =
        Guide de durcissement du fournisseur avec les réglages de scripts et macros
        Réglages de politique exportés de l'hôte

hdr-2-4-re-1 =
    .title = Vérifier l'origine du code mobile avant exécution
    .question = Avant d'exécuter des scripts ou d'autres codes mobiles, cet appareil hôte vérifie-t-il que le code est intact et provient d'une source de confiance, par exemple en exigeant des scripts signés ?
    .guidance =
        C'est une extension de la version de la CR 2.4 pour les appareils hôtes.
        À examiner : les politiques de scripts signés, la liste d'autorisation par éditeur, et le traitement du code non signé.
        Satisfait si : le code mobile ne s'exécute qu'après vérification de son intégrité et de son authenticité.
        Mesure compensatoire : liste d'autorisation d'applications par empreinte de fichier pour tous les scripts, tenue par un rôle défini.
        Points faibles : politiques que les utilisateurs peuvent contourner, exceptions pour des dossiers entiers.
    .evidence =
        Réglages de la politique de scripts signés ou de la liste d'autorisation
        Relevé d'essai d'un script non signé refusé

ndr-2-4 =
    .title = Politique de code mobile
    .question = Si cet appareil réseau peut exécuter des scripts ou des applications, ou sert des contenus actifs dans ses pages d'administration, peut-il imposer des règles sur le code autorisé, sa provenance, et journaliser son usage ?
    .guidance =
        C'est la version de la CR 2.4 (code mobile) pour les appareils réseau ; elle n'est posée qu'aux appareils réseau.
        À examiner : les scripts embarqués, les applications ou conteneurs hébergés, et le code de l'interface web d'administration.
        Satisfait si : l'appareil peut bloquer le code mobile, exiger l'authentification de sa provenance, limiter son transfert et enregistrer son usage.
        Mesure compensatoire : scripts et hébergement d'applications désactivés, administration uniquement en ligne de commande depuis un réseau d'administration.
        Non applicable : l'appareil ne peut ni recevoir ni exécuter aucun code mobile ; l'indiquer dans la raison.
        Points faibles : hébergement d'applications actif par défaut, scripts chargés depuis un serveur de fichiers non authentifié.
    .evidence =
        Section du manuel de sécurité sur les scripts et l'hébergement d'applications
        Configuration montrant les réglages du code mobile

ndr-2-4-re-1 =
    .title = Vérifier l'origine du code mobile avant exécution
    .question = Avant d'exécuter un script ou une application, cet appareil réseau vérifie-t-il que le code est intact et provient d'une source de confiance, par exemple en contrôlant une signature ?
    .guidance =
        C'est une extension de la version de la CR 2.4 pour les appareils réseau.
        À examiner : les contrôles de signature des scripts et applications hébergées, et ce que l'appareil fait de ceux qui ne sont pas signés.
        Satisfait si : le code mobile ne s'exécute qu'après vérification de son intégrité et de son authenticité.
        Mesure compensatoire : chargement des scripts réservé à un rôle défini, chaque chargement journalisé et contrôlé par une liste d'empreintes.
        Points faibles : un contrôle de signature qui se désactive sans entrée de journal.
    .evidence =
        Section du manuel de sécurité sur les scripts ou applications signés
        Relevé d'essai d'une application non signée refusée

cr-2-5 =
    .title = Verrouillage de session après inactivité
    .question = Ce composant peut-il verrouiller une session après un temps d'inactivité fixé, ou à la demande de l'utilisateur, de sorte que la personne suivante doive se reconnecter avant de faire quoi que ce soit ?
    .guidance =
        À examiner : les minuteries de verrouillage ou de déconnexion sur l'afficheur, la page web, la liaison d'ingénierie et la console, si la durée est configurable et si l'utilisateur peut verrouiller à la main.
        Satisfait si : les sessions se verrouillent après une durée d'inactivité configurable ou à la demande et le restent jusqu'à une nouvelle authentification.
        Mesure compensatoire : une salle de contrôle occupée, à accès par badge, pour les écrans de conduite qui doivent rester ouverts, la vue du procédé restant visible.
        Points faibles : minuteries non réglables, verrouillage qui laisse faire des modifications par une autre fenêtre, liaisons d'ingénierie sans limite de temps.
        Demander aussi : le verrouillage peut-il laisser aux opérateurs la vue du procédé là où l'installation l'exige ?
    .evidence =
        Capture des réglages de délai de session
        Relevé d'essai d'une session verrouillée après inactivité

cr-2-6 =
    .title = Fin des sessions à distance
    .question = Ce composant met-il fin à une session à distance, comme une liaison web, bureau à distance ou d'ingénierie, après un temps d'inactivité fixé, et l'utilisateur peut-il y mettre fin à la main ?
    .guidance =
        À examiner : les délais d'inactivité des liaisons distantes et une fonction de déconnexion visible sur chaque interface distante.
        Satisfait si : les sessions à distance se terminent automatiquement après une durée d'inactivité configurable et peuvent être closes par l'utilisateur qui les a ouvertes.
        Mesure compensatoire : une passerelle d'accès distant devant le composant qui ferme les sessions inactives.
        Points faibles : sessions qui survivent à la fermeture du navigateur, liaisons d'ingénierie ouvertes pendant des jours.
    .evidence =
        Réglages du délai des sessions à distance
        Entrées de journal montrant une session close après inactivité

cr-2-7 =
    .title = Limiter les sessions simultanées
    .question = Ce composant peut-il limiter le nombre de sessions qu'un même utilisateur peut avoir ouvertes en même temps sur chaque interface, par exemple une seule liaison d'ingénierie par compte ?
    .guidance =
        À examiner : un réglage du nombre de sessions simultanées par utilisateur et par interface, et ce qui se passe quand la limite est atteinte.
        Satisfait si : le nombre de sessions simultanées par utilisateur et par interface est configurable et appliqué.
        Mesure compensatoire : une passerelle ou un serveur de rebond qui n'autorise qu'une session par utilisateur vers le composant.
        Points faibles : limites sur la page web seulement, un compte partagé utilisé depuis plusieurs endroits à la fois.
    .evidence =
        Réglages des sessions simultanées
        Relevé d'essai d'une seconde session refusée

cr-2-8 =
    .title = Produire des enregistrements d'audit
    .question = Ce composant écrit-il des enregistrements d'audit pour les événements utiles à la sécurité, comme les connexions, les accès refusés, les modifications de configuration et de programme, les sauvegardes et restaurations, et les modifications du journal lui-même ?
    .guidance =
        À examiner : la liste des événements journalisés, les champs de chaque enregistrement (heure, source, catégorie, type, identifiant d'événement, résultat), et comment les enregistrements quittent l'appareil (syslog, fichier, API).
        Satisfait si : des enregistrements sont produits pour le contrôle d'accès, les erreurs de requête, les événements du système de contrôle-commande, la sauvegarde et la restauration, les modifications de configuration et les événements du journal d'audit, chacun avec ces champs.
        Mesure compensatoire : une surveillance réseau qui enregistre le trafic d'ingénierie vers le composant, là où le produit journalise peu.
        Points faibles : journaux en mémoire volatile uniquement, enregistrements sans nom d'utilisateur, téléchargements de programme non journalisés.
    .evidence =
        Liste des types d'événements journalisés tirée du manuel de sécurité
        Échantillon d'enregistrements d'audit exportés du composant

cr-2-9 =
    .title = Capacité de stockage de l'audit
    .question = Ce composant réserve-t-il assez de place pour ses enregistrements d'audit, et a-t-il des moyens d'éviter le débordement, comme l'envoi des enregistrements vers un serveur de journaux central ?
    .guidance =
        À examiner : la taille du journal local, le nombre d'enregistrements qu'il contient, si les enregistrements peuvent être transmis (syslog, interface SIEM), et ce qui se passe quand il est plein.
        Satisfait si : le stockage des enregistrements d'audit peut être dimensionné selon les bonnes pratiques de gestion des journaux et le produit aide à éviter de le dépasser.
        Mesure compensatoire : envoi de chaque enregistrement à un serveur de journaux central de capacité suffisante.
        Points faibles : un journal de quelques centaines d'entrées qui s'écrase en quelques heures, une transmission qui perd des enregistrements quand la liaison tombe.
    .evidence =
        Réglages et capacité du stockage des journaux
        Configuration de l'envoi vers syslog ou un SIEM

cr-2-9-re-1 =
    .title = Alerte au seuil de stockage de l'audit
    .question = Ce composant avertit-il, par exemple par une alarme ou un message, quand son stockage d'audit se remplit jusqu'à un niveau que vous pouvez régler ?
    .guidance =
        À examiner : un réglage de seuil pour le stockage d'audit et l'endroit où l'alerte apparaît (alarme, événement, syslog, afficheur).
        Satisfait si : une alerte est émise quand le stockage d'audit alloué atteint un seuil configurable.
        Mesure compensatoire : le serveur de journaux central vérifie que les enregistrements du composant arrivent toujours et alarme s'ils cessent.
        Points faibles : un seuil fixe à 100 %, une alerte affichée seulement sur une page que personne n'ouvre.
    .evidence =
        Réglage du seuil du stockage d'audit
        Trace d'une alerte déclenchée lors d'un essai

cr-2-10 =
    .title = Une défaillance de l'audit n'arrête pas l'essentiel
    .question = Si la journalisation d'audit de ce composant tombe en panne ou si son journal est plein, la commande continue-t-elle, et pouvez-vous choisir ce qu'il advient du journal, comme l'écrasement des enregistrements les plus anciens ?
    .guidance =
        À examiner : le comportement quand le journal est plein ou que la journalisation échoue, et les options du produit (écraser les plus anciens, arrêter la journalisation, alarme).
        Satisfait si : les fonctions essentielles continuent quand le traitement de l'audit échoue, et la réaction peut être choisie parmi des options documentées.
        Mesure compensatoire : difficile ; tout au plus l'envoi vers un serveur central et une alarme quand les enregistrements cessent, pour que la défaillance soit vue.
        Points faibles : un appareil qui s'arrête ou redémarre quand son journal est plein, une perte silencieuse d'enregistrements.
    .evidence =
        Section du manuel de sécurité sur le comportement en cas de défaillance de l'audit
        Relevé d'essai avec journal plein et commande qui continue

cr-2-11 =
    .title = Enregistrements d'audit horodatés
    .question = Les enregistrements d'audit de ce composant portent-ils une date et une heure, pour que vous sachiez quand chaque événement s'est produit ?
    .guidance =
        À examiner : les champs d'heure d'un échantillon d'enregistrements, leur résolution, et si le fuseau horaire ou le décalage UTC est clair.
        Satisfait si : chaque enregistrement d'audit porte un horodatage avec date et heure.
        Mesure compensatoire : un serveur de journaux qui horodate les enregistrements à leur arrivée, si le composant les envoie aussitôt ; plus faible, à noter comme tel.
        Points faibles : horloges d'appareil qui reviennent à une date par défaut après une coupure de courant, heures sans fuseau horaire.
    .evidence =
        Échantillon d'enregistrements d'audit montrant les horodatages
        Réglages d'horloge du composant

cr-2-11-re-1 =
    .title = Horodatage synchronisé sur une source de temps
    .question = Ce composant peut-il régler son horloge sur la source de temps du site, comme NTP ou PTP, pour que ses enregistrements d'audit concordent avec ceux des autres systèmes ?
    .guidance =
        À examiner : les protocoles de synchronisation horaire pris en charge, le nombre de serveurs de temps configurables, et ce qui se passe si la source est perdue.
        Satisfait si : les horodatages des enregistrements d'audit viennent d'une horloge synchronisée sur une source de temps commune au système.
        Mesure compensatoire : un contrôle régulier et consigné de l'horloge par rapport à la référence, là où le produit ne sait pas se synchroniser.
        Points faibles : synchronisation configurée mais serveur injoignable, horloges qui dérivent de plusieurs minutes par mois.
    .evidence =
        Réglages de synchronisation horaire
        Page d'état montrant l'horloge synchronisée

cr-2-11-re-2 =
    .title = Détecter l'altération de la synchronisation horaire
    .question = Ce composant peut-il protéger sa source de temps contre une modification non autorisée, et enregistre-t-il un événement d'audit quand l'heure ou sa source est modifiée ?
    .guidance =
        À examiner : les protocoles de temps authentifiés (NTP avec clés ou NTS, sécurité PTP), qui peut modifier les réglages d'heure, et si les modifications sont journalisées.
        Satisfait si : la source de temps est protégée contre toute modification non autorisée et chaque modification produit un événement d'audit.
        Mesure compensatoire : heure prise d'une source protégée sur un réseau dédié, avec alarme sur les grands sauts d'heure dans le serveur de journaux.
        Points faibles : n'importe qui sur le réseau peut répondre comme serveur de temps, modifications manuelles de l'horloge non journalisées.
    .evidence =
        Réglages du protocole de temps authentifié
        Enregistrement d'audit d'une modification de l'heure

cr-2-12 =
    .title = Attribuer les actions aux utilisateurs humains
    .question = Ce composant peut-il montrer, à partir de ses enregistrements, quelle personne a effectué une action donnée, de sorte que personne ne puisse nier l'avoir faite ensuite ?
    .guidance =
        À examiner : si chaque enregistrement d'audit nomme l'utilisateur individuel, et si les enregistrements sont protégés contre la modification.
        Satisfait si : pour chaque action d'une personne, le composant peut déterminer qui l'a faite.
        Mesure compensatoire : un serveur de rebond avec comptes personnels et enregistrement des sessions comme seul chemin vers le composant.
        Points faibles : enregistrements qui ne nomment qu'un rôle ou un compte partagé, modifications faites par l'outil d'ingénierie journalisées sans l'utilisateur.
    .evidence =
        Enregistrements d'audit d'une modification montrant le nom de la personne
        Section du manuel de sécurité sur l'attribution aux utilisateurs

cr-2-12-re-1 =
    .title = Attribuer les actions à tout type d'utilisateur
    .question = Ce composant peut-il aussi montrer quel programme ou appareil a effectué une action donnée, par exemple quel client a écrit une consigne, et pas seulement quelle personne ?
    .guidance =
        À examiner : si les enregistrements des actions de processus logiciels et d'appareils identifient le correspondant (son certificat, son compte ou son adresse).
        Satisfait si : le composant peut déterminer pour chaque action quel utilisateur l'a faite, personnes, processus logiciels et appareils.
        Mesure compensatoire : une surveillance réseau qui enregistre quel correspondant a envoyé chaque commande d'écriture au composant.
        Points faibles : écritures par des protocoles sans authentification qui ne montrent qu'une adresse falsifiable.
    .evidence =
        Enregistrements d'audit montrant l'identité d'un programme ou d'un appareil
        Section du manuel de sécurité sur la journalisation des accès machine

edr-2-13 =
    .title = Protéger les ports physiques de diagnostic et de test
    .question = Cet appareil embarqué est-il protégé contre l'usage de ses interfaces physiques de diagnostic et de test d'usine, comme JTAG ou les ports série de débogage, par une personne qui a l'appareil en main ?
    .guidance =
        C'est la version de la CR 2.13 (interfaces physiques de diagnostic et de test) pour les appareils embarqués ; elle n'est posée qu'aux appareils embarqués.
        À examiner : les interfaces de débogage et de test sur la carte ou le boîtier, et si elles sont désactivées dans les appareils de série, verrouillées par authentification ou scellées.
        Satisfait si : l'usage non autorisé de ces interfaces est empêché, et le fournisseur documente comment.
        Mesure compensatoire : une armoire fermée à clé avec scellés sur l'appareil, vérifiés à chaque inspection.
        Points faibles : JTAG ouvert sur les cartes de série, un connecteur de service sous un capot qui donne un shell root.
    .evidence =
        Déclaration du fournisseur sur les interfaces de débogage des appareils de série
        Rapport d'essai de certification couvrant les interfaces physiques

edr-2-13-re-1 =
    .title = Surveiller et signaler l'usage des ports de débogage
    .question = Cet appareil embarqué détecte-t-il et signale-t-il l'usage de ses interfaces physiques de diagnostic ou de test, par exemple par un événement dans son journal d'audit ?
    .guidance =
        C'est une extension de la version de la CR 2.13 pour les appareils embarqués.
        À examiner : la détection d'une connexion de débogage ou d'un boîtier ouvert, et l'endroit où l'événement est signalé.
        Satisfait si : l'usage des interfaces physiques de diagnostic et de test est activement surveillé et signalé.
        Mesure compensatoire : un contact de porte d'armoire relié au système d'alarme, l'alarme étant suivie.
        Points faibles : détection qui ne fonctionne qu'appareil en marche, événements qui restent dans l'appareil.
    .evidence =
        Section du manuel de sécurité sur la détection d'intrusion physique et de débogage
        Enregistrement d'audit d'une connexion d'essai à l'interface

hdr-2-13 =
    .title = Protéger les ports physiques de diagnostic et de test
    .question = Cet appareil hôte, comme un PC industriel ou un serveur, est-il protégé contre l'usage de ses interfaces physiques de diagnostic et de test, comme les ports de débogage ou les connecteurs d'administration, par une personne ayant accès au matériel ?
    .guidance =
        C'est la version de la CR 2.13 (interfaces physiques de diagnostic et de test) pour les appareils hôtes ; elle n'est posée qu'aux appareils hôtes.
        À examiner : connecteurs de service et de débogage, ports d'administration hors bande, accès au setup du BIOS ou du micrologiciel, et comment chacun est désactivé ou protégé.
        Satisfait si : l'usage non autorisé des interfaces de diagnostic et de test est empêché, par exemple en les désactivant ou en exigeant une authentification.
        Mesure compensatoire : l'hôte dans une baie fermée avec scellés, le setup du micrologiciel protégé par mot de passe.
        Points faibles : administration hors bande avec identifiants par défaut, démarrage sur USB autorisé, setup du micrologiciel sans mot de passe.
    .evidence =
        Section du guide de durcissement sur les ports de service et le setup du micrologiciel
        Réglages montrant les interfaces désactivées ou protégées

hdr-2-13-re-1 =
    .title = Surveiller et signaler l'usage des ports de débogage
    .question = Cet appareil hôte détecte-t-il et signale-t-il l'usage de ses interfaces physiques de diagnostic ou de test, comme un port de service ou l'ouverture du boîtier ?
    .guidance =
        C'est une extension de la version de la CR 2.13 pour les appareils hôtes.
        À examiner : la détection d'ouverture du châssis, la journalisation de l'administration hors bande et de l'usage des ports de service, et la destination des événements.
        Satisfait si : l'usage des interfaces physiques de diagnostic et de test est activement surveillé et signalé.
        Mesure compensatoire : contacts de porte de baie reliés au système d'alarme, l'alarme étant suivie.
        Points faibles : détection d'ouverture désactivée dans le micrologiciel, événements que personne ne collecte.
    .evidence =
        Réglages du micrologiciel ou de l'administration pour la détection d'ouverture
        Enregistrement d'événement d'un usage d'essai de l'interface

ndr-2-13 =
    .title = Protéger les ports physiques de diagnostic et de test
    .question = Cet appareil réseau est-il protégé contre l'usage de ses interfaces physiques de diagnostic et de test d'usine, comme les ports série de débogage ou JTAG, par une personne qui a l'appareil en main ?
    .guidance =
        C'est la version de la CR 2.13 (interfaces physiques de diagnostic et de test) pour les appareils réseau ; elle n'est posée qu'aux appareils réseau.
        À examiner : les interfaces de débogage et de test sur la carte ou le boîtier, et si elles sont désactivées, authentifiées ou scellées dans les appareils de série. Le port console d'administration ordinaire relève de la CR 1.1.
        Satisfait si : l'usage non autorisé de ces interfaces est empêché, et le fournisseur documente comment.
        Mesure compensatoire : l'appareil dans une armoire fermée à clé avec scellés, vérifiés à chaque inspection.
        Points faibles : une invite du chargeur d'amorçage sur la console qui contourne la connexion, des modes de test d'usine accessibles par un bouton.
    .evidence =
        Déclaration du fournisseur sur les interfaces de débogage des appareils de série
        Rapport d'essai de certification couvrant les interfaces physiques

ndr-2-13-re-1 =
    .title = Surveiller et signaler l'usage des ports de débogage
    .question = Cet appareil réseau détecte-t-il et signale-t-il l'usage de ses interfaces physiques de diagnostic ou de test, par exemple par un événement ou un message syslog ?
    .guidance =
        C'est une extension de la version de la CR 2.13 pour les appareils réseau.
        À examiner : la détection de l'usage des interfaces de débogage ou de test, et si l'événement est journalisé et transmis.
        Satisfait si : l'usage des interfaces physiques de diagnostic et de test est activement surveillé et signalé.
        Mesure compensatoire : un contact de porte d'armoire relié au système d'alarme, l'alarme étant suivie.
        Points faibles : événements gardés uniquement en local, détection que le chargeur d'amorçage contourne.
    .evidence =
        Section du manuel de sécurité sur la détection d'intrusion physique et de débogage
        Enregistrement syslog d'un usage d'essai de l'interface
