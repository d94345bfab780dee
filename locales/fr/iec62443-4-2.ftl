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

## FR 3 Intégrité du système (SI)

fr-3 =
    .title = Intégrité du système (SI)
    .description = Ce que le composant sait faire pour que ses messages, logiciels, firmware et données ne soient pas modifiés sans autorisation, et pour se comporter de façon prévisible face à une attaque ou à des entrées erronées. Protection contre les codes malveillants, mises à jour, protection contre la manipulation physique, racines de confiance et démarrage sécurisé existent en versions propres à chaque type de composant.

cr-3-1 =
    .title = Intégrité des communications
    .question = Ce composant peut-il protéger les messages qu'il envoie et reçoit de sorte qu'une modification en chemin soit détectée, sur chaque interface qu'il offre (bus de terrain, protocoles Ethernet, web, accès d'ingénierie) ?
    .guidance =
        Examiner la liste des interfaces et protocoles du manuel de sécurité et, pour chacune, ce qui protège le contenu sur le réseau (sommes de contrôle, numéros de séquence, codes d'authentification de message, TLS).
        Satisfait si : chaque interface du produit peut détecter des messages altérés, au moins par un mécanisme du protocole, et le manuel indique comment l'activer là où il est optionnel.
        Mesure compensatoire : la documentation du produit désigne une mesure réseau pour les interfaces sans protection d'intégrité (p. ex. un équipement VPN placé devant), et le site l'applique.
        Points faibles : un ancien protocole sans protection conservé pour compatibilité, une protection d'intégrité désactivée par défaut, une interface série ou radio absente du manuel.
    .evidence =
        Liste des interfaces et protocoles tirée du manuel de sécurité
        Écran de configuration montrant le mode d'intégrité ou de sécurité par interface
        Certificat ou rapport d'essai couvrant l'intégrité des communications

cr-3-1-re-1 =
    .title = Authenticité des messages reçus
    .question = Ce composant peut-il vérifier par cryptographie qu'un message vient bien de l'émetteur attendu et n'a pas été modifié, et le rejeter si la vérification échoue ?
    .guidance =
        Examiner les protocoles à protection cryptographique pris en charge par le produit (OPC UA Sign, TLS, CIP Security, SNMPv3, messages signés) et la façon de configurer les correspondants et les clés.
        Satisfait si : le produit vérifie une signature ou un code d'authentification de message sur le trafic reçu, rejette les messages qui échouent et peut journaliser le rejet.
        Mesure compensatoire : un équipement de chiffrement placé devant le produit qui authentifie le trafic, documenté par le fournisseur comme montage prévu.
        Points faibles : une authentification limitée à la connexion et non aux données qui suivent, des contrôles de certificat qui acceptent n'importe quel certificat, un repli vers un mode non protégé.
        Demander aussi : que se passe-t-il quand un message échoue à la vérification, et le produit continue-t-il de fonctionner ?
    .evidence =
        Section du manuel de sécurité sur la communication authentifiée
        Configuration du protocole sécurisé avec les paramètres de certificat ou de clé
        Rapport d'essai montrant que les messages altérés ou falsifiés sont rejetés

sar-3-2 =
    .title = Protection contre les codes malveillants
    .question = Ce logiciel peut-il fonctionner avec la protection contre les logiciels malveillants de l'hôte où il est installé (antivirus ou liste d'autorisation des applications), et le fournisseur indique-t-il les produits et réglages approuvés ?
    .guidance =
        La version de CR 3.2 pour les applications logicielles.
        Examiner la liste de compatibilité du fournisseur pour les antivirus et outils de liste d'autorisation, les dossiers et processus à exclure, et si le logiciel vérifie lui-même les fichiers qu'il charge.
        Satisfait si : le logiciel fonctionne avec une protection courante sur son hôte, le fournisseur documente les produits et exclusions approuvés, et les exclusions sont aussi étroites que possible.
        Mesure compensatoire : un verrouillage documenté de l'hôte (mode kiosque, liste d'autorisation) quand le fournisseur n'approuve aucun antivirus.
        Points faibles : un fournisseur qui exige de désactiver la protection, des lecteurs entiers de programmes et de données exclus, des listes de compatibilité vieilles de plusieurs années.
    .evidence =
        Déclaration de compatibilité du fournisseur pour les produits de protection
        Liste des exclusions requises tirée du manuel d'installation
        Rapport d'essai du logiciel avec la protection active

edr-3-2 =
    .title = Protection contre les codes malveillants
    .question = Cet appareil embarqué peut-il empêcher le chargement et l'exécution de code non autorisé, par exemple en n'acceptant que le firmware et les applications signés par son fournisseur ?
    .guidance =
        La version de CR 3.2 pour les appareils embarqués.
        Examiner comment le firmware, les applications et la logique arrivent sur l'appareil, si l'appareil vérifie une signature ou une liste d'autorisation avant de les exécuter, et le sort du code non signé.
        Satisfait si : l'appareil refuse le firmware ou le code exécutable non approuvé, et le téléchargement de la logique de conduite est limité à un accès d'ingénierie autorisé.
        Mesure compensatoire : l'appareil n'est joignable pour les téléchargements que depuis une station d'ingénierie dédiée derrière un équipement de limite, et le sélecteur à clé ou la protection en écriture reste sur RUN.
        Points faibles : un port de débogage ou de service qui charge n'importe quelle image, des contrôles de signature désactivables, des applications venant d'un magasin que le propriétaire d'actifs ne maîtrise pas.
    .evidence =
        Section du manuel de sécurité sur la signature du firmware et du code
        Capture d'écran ou essai montrant le refus d'une image non signée
        Certificat ou rapport d'essai couvrant l'intégrité du code

hdr-3-2 =
    .title = Protection contre les codes malveillants
    .question = Cet appareil hôte prend-il en charge une protection contre les logiciels malveillants, comme un antivirus ou une liste d'autorisation des applications, approuvée par le fournisseur pour le logiciel de contrôle-commande installé ?
    .guidance =
        La version de CR 3.2 pour les appareils hôtes.
        Examiner la protection livrée ou approuvée pour l'hôte (antivirus, liste d'autorisation, protection des terminaux), ses réglages et la mise à jour des signatures ou des listes.
        Satisfait si : l'hôte peut faire tourner une protection qui détecte ou bloque le code malveillant et le signale, avec l'accord du fournisseur pour le produit et ses exclusions.
        Mesure compensatoire : liste d'autorisation des applications ou image durcie, là où aucun antivirus n'est approuvé.
        Points faibles : une protection que le fournisseur n'admet que désactivée, aucune mise à jour des signatures sans accès internet, des exclusions larges.
    .evidence =
        Liste d'approbation du fournisseur pour la protection sur l'hôte
        Capture d'écran de l'état de la protection sur l'hôte
        Section du guide de durcissement sur la protection contre les logiciels malveillants

hdr-3-2-re-1 =
    .title = Signaler la version de la protection
    .question = Cet appareil hôte peut-il indiquer quelle version de la protection contre les logiciels malveillants et quelle version des signatures ou de la liste d'autorisation sont en service, pour qu'une console ou un administrateur vérifie qu'elles sont à jour ?
    .guidance =
        Examiner où l'hôte affiche la version du moteur et des signatures, et s'il peut les transmettre à une console de gestion, un journal ou un outil de surveillance.
        Satisfait si : les versions en service sont lisibles localement et par un outil, avec la date de la dernière mise à jour.
        Mesure compensatoire : une collecte scriptée des informations de version, documentée par le fournisseur.
        Points faibles : version visible seulement dans une fenêtre locale, pas de date de dernière mise à jour, une console aux données périmées.
    .evidence =
        Capture d'écran montrant les versions du moteur et des signatures
        Entrée de console ou de journal avec la version signalée par l'hôte

# Incertain (non vérifié sur le texte de la norme) : NDR 3.2 est compris comme la protection de l'appareil lui-même contre le code non autorisé, plus le contrôle du trafic qui le traverse seulement là où son rôle est de filtrer.
ndr-3-2 =
    .title = Protection contre les codes malveillants
    .question = Cet appareil réseau peut-il se protéger lui-même contre le code non autorisé et, là où il doit filtrer le trafic, détecter ou bloquer les contenus malveillants qui le traversent ?
    .guidance =
        La version de CR 3.2 pour les appareils réseau.
        Examiner comment le firmware et les modules complémentaires sont acceptés (signatures) et, pour les pare-feu et passerelles, toute inspection du trafic ou des fichiers à la recherche de contenus malveillants.
        Satisfait si : l'appareil refuse le firmware et le code non approuvés, et les contrôles anti-malveillants que le fournisseur décrit pour son rôle fonctionnent et peuvent être mis à jour.
        Mesure compensatoire : un équipement d'inspection distinct sur la même limite, documenté dans la conception du système.
        Points faibles : des fonctions d'inspection dont personne n'a acheté la licence, des mises à jour de signatures exigeant un lien internet direct, des modules complémentaires non signés.
    .evidence =
        Section du manuel de sécurité sur l'intégrité du firmware et l'inspection du trafic
        Écran de configuration de la fonction d'inspection et de son état de mise à jour

cr-3-3 =
    .title = Vérification des fonctions de cybersécurité
    .question = Les fonctions de cybersécurité de ce composant peuvent-elles être testées pour montrer qu'elles marchent comme prévu, par exemple lors des essais en usine et sur site ou en maintenance, et le fournisseur décrit-il comment ?
    .guidance =
        Examiner les procédures ou modes d'essai fournis pour l'ouverture de session, les droits d'accès, la journalisation, les règles de filtrage et les autres fonctions de cybersécurité.
        Satisfait si : chaque fonction de cybersécurité peut être vérifiée par une méthode documentée, sans démonter ni modifier le composant.
        Mesure compensatoire : un rapport d'essai du fournisseur pour la même version et la même configuration, complété par une courte vérification sur site.
        Points faibles : des fonctions que seul le fournisseur peut vérifier, des essais décrits seulement pour la première installation, aucun résultat attendu indiqué.
    .evidence =
        Procédure d'essai du fournisseur pour les fonctions de cybersécurité
        Compte rendu d'un FAT ou SAT où les fonctions de cybersécurité ont été testées

cr-3-3-re-1 =
    .title = Contrôles de cybersécurité en fonctionnement normal
    .question = Les fonctions de cybersécurité de ce composant peuvent-elles être vérifiées pendant qu'il tourne en production, sans l'arrêter ni perturber le procédé ?
    .guidance =
        Examiner les autotests, indicateurs d'état et sorties d'état des fonctions de cybersécurité (service de journalisation actif, protection active, certificats valides) lisibles en fonctionnement.
        Satisfait si : le composant vérifie ou signale l'état de ses fonctions de cybersécurité en fonctionnement normal et signale une défaillance.
        Mesure compensatoire : une unité redondante qu'on peut tester pendant que l'autre fonctionne, documentée par le fournisseur.
        Points faibles : des autotests seulement au démarrage, un état visible seulement sur un afficheur local que personne ne regarde.
    .evidence =
        Description de l'autotest ou de l'état de santé en fonctionnement
        Capture d'écran ou alarme montrant une fonction de cybersécurité défaillante

cr-3-4 =
    .title = Intégrité des logiciels et des informations
    .question = Ce composant peut-il détecter que son logiciel, son firmware, sa configuration ou d'autres données stockées ont été modifiés sans autorisation ?
    .guidance =
        Examiner les contrôles d'intégrité du logiciel et du firmware installés, les sommes de contrôle ou comparaisons de version de la configuration et de la logique, et la réaction du composant en cas d'échec.
        Satisfait si : le composant vérifie l'intégrité de son logiciel et de ses données importantes, au démarrage ou à la demande, et signale un écart.
        Mesure compensatoire : l'outil d'ingénierie du fournisseur compare le programme et la configuration en ligne avec une référence stockée, et la procédure dit quand le faire.
        Points faibles : des contrôles du firmware seulement, pas de la logique ni des réglages, des résultats visibles seulement par le fournisseur, des sommes de contrôle stockées à côté des données qu'elles protègent.
    .evidence =
        Section du manuel de sécurité sur les contrôles d'intégrité
        Exemple de modification détectée (compte rendu d'essai ou journal d'événements)

cr-3-4-re-1 =
    .title = Authenticité des logiciels et des informations
    .question = Au-delà de l'intégrité, ce composant peut-il vérifier que son logiciel et ses données importantes viennent d'une source autorisée, par exemple par des signatures numériques ?
    .guidance =
        Examiner le firmware signé, les applications ou paquets signés, les fichiers de configuration ou de logique signés, et qui détient les clés de signature.
        Satisfait si : le composant vérifie une signature avant d'accepter ou d'exécuter les logiciels et données importants pour sa fonction, et refuse ce qui échoue.
        Mesure compensatoire : un chemin de transfert documenté par le fournisseur, où les fichiers sont vérifiés sur une station d'ingénierie de confiance avant d'atteindre le composant.
        Points faibles : signatures vérifiées sur le firmware seulement, une clé de test livrée dans les unités de série, acceptation de certificats de signature expirés ou révoqués.
    .evidence =
        Section du manuel de sécurité sur les logiciels et données signés
        Compte rendu d'essai montrant le refus d'un fichier non signé ou modifié

cr-3-4-re-2 =
    .title = Notification automatique des violations d'intégrité
    .question = Quand ce composant constate une violation d'intégrité, peut-il prévenir automatiquement quelqu'un, par exemple par un événement, une alarme, un message syslog ou un trap SNMP vers un destinataire choisi ?
    .guidance =
        Examiner les événements que le composant émet quand un contrôle d'intégrité échoue, et les interfaces qui les transportent (syslog, SNMP, alarmes OPC UA, console).
        Satisfait si : un contrôle d'intégrité en échec produit une notification automatique qui peut partir vers un destinataire configurable.
        Mesure compensatoire : un outil de surveillance qui interroge l'état d'intégrité et lève l'alarme, documenté par le fournisseur.
        Points faibles : des échecs écrits seulement dans un journal local, des notifications sans le nom du fichier ou du module concerné.
    .evidence =
        Liste des événements d'intégrité que le composant peut émettre
        Configuration du destinataire et exemple de notification

cr-3-5 =
    .title = Validation des entrées
    .question = Ce composant vérifie-t-il ce qu'il reçoit (valeurs, commandes, fichiers, entrées web et protocolaires) pour le format, la longueur et une plage plausible avant d'agir, et rejette-t-il les entrées erronées sans planter ?
    .guidance =
        Examiner les résultats d'essais de robustesse ou de fuzzing des protocoles et pages web du produit, les limites de valeurs imposées par le composant et le traitement des paquets malformés.
        Satisfait si : le composant valide les entrées sur toutes ses interfaces et reste dans un état défini quand il reçoit des données malformées ou hors plage.
        Mesure compensatoire : un filtre connaissant le protocole, placé devant le composant, qui ne laisse passer que les requêtes valides, là où le fournisseur le désigne comme montage prévu.
        Points faibles : pages web vulnérables à l'injection, débordements de tampon trouvés dans des versions antérieures, limites vérifiées seulement dans l'IHM et pas dans l'appareil.
    .evidence =
        Rapport d'essai de robustesse ou de fuzzing, p. ex. issu d'une certification
        Section du manuel de sécurité sur le traitement des entrées
        Liste des vulnérabilités d'entrée corrigées dans les avis de sécurité du fournisseur

cr-3-6 =
    .title = Sortie déterministe
    .question = Si ce composant ne peut plus assurer son fonctionnement normal à cause d'une attaque, ses sorties passent-elles dans un état choisi à l'avance (arrêt, maintien de la dernière valeur, valeur fixe) ?
    .guidance =
        Examiner les états de repli configurables des sorties et des valeurs communiquées en cas d'arrêt CPU, de perte de communication, de dépassement du chien de garde et de surcharge.
        Satisfait si : le comportement des sorties en défaillance est documenté, réglable par sortie ou par groupe, et confirmé par un essai.
        Mesure compensatoire : une couche de protection indépendante, câblée ou assurée par un système instrumenté de sécurité (SIS), qui amène le procédé dans un état sûr quoi que fasse ce composant.
        Non applicable pour un composant qui ne pilote aucune sortie, p. ex. un historian pur ou un outil de rapport ; l'indiquer.
        Points faibles : comportement des sorties jamais testé sous saturation, valeurs par défaut qui maintiennent la dernière valeur sans que personne l'ait choisi.
    .evidence =
        Section du manuel sur les états de repli et valeurs de substitution
        Écran de configuration de l'état de repli des sorties
        Compte rendu d'essai de perte de communication ou de surcharge

cr-3-7 =
    .title = Gestion des erreurs
    .question = Quand une erreur survient, ce composant affiche-t-il des messages qui aident l'utilisateur sans révéler des détails utiles à un attaquant, comme des chemins de fichiers, des versions logicielles ou des contenus de mémoire ?
    .guidance =
        Examiner les pages d'erreur de l'interface web, les messages d'échec de connexion, les réponses d'erreur des protocoles et les sorties de plantage ; les constats de tests d'intrusion sur la divulgation d'informations.
        Satisfait si : les erreurs présentées aux utilisateurs sont claires et sans détail interne, et les détails complets ne vont que dans un journal protégé.
        Mesure compensatoire : limiter qui peut joindre l'interface, p. ex. accès web seulement depuis un réseau d'administration, là où le fournisseur ne peut pas changer les messages.
        Points faibles : traces de pile dans des pages web, bannières indiquant la version exacte, messages de connexion révélant si le nom d'utilisateur existe.
    .evidence =
        Captures d'écran de messages d'erreur typiques
        Constats de tests d'intrusion sur la divulgation d'informations

cr-3-8 =
    .title = Intégrité des sessions
    .question = Pour son interface web, son accès distant ou ses connexions d'ingénierie, ce composant protège-t-il les sessions pour que personne ne puisse en prendre le contrôle ou s'y glisser, et refuse-t-il les identifiants de session invalides ?
    .guidance =
        Examiner chaque interface à base de sessions du produit, la création et la fin des sessions, la génération et le transport des identifiants de session (HTTPS seulement, attributs Secure des cookies).
        Satisfait si : les identifiants de session sont aléatoires, liés à l'utilisateur authentifié, transportés uniquement sur des liaisons protégées, renouvelés à l'ouverture de session et rendus inutilisables à la déconnexion ou à l'expiration.
        Mesure compensatoire : accès à l'interface uniquement via un serveur de rebond protégé, documenté comme montage prévu.
        Non applicable pour un composant sans interface à base de sessions ; noter ce qui a été vérifié.
        Points faibles : pages web en HTTP simple, identifiants dans l'URL, sessions qui survivent à la déconnexion, protocoles d'ingénierie sans aucune protection de session.
    .evidence =
        Section du manuel de sécurité sur la gestion des sessions
        Section d'un rapport de test d'intrusion sur la gestion des sessions
        Vérification dans le navigateur des attributs des cookies de l'interface web

cr-3-9 =
    .title = Protection des informations d'audit
    .question = Les enregistrements d'audit de ce composant et les outils pour les lire et les gérer sont-ils protégés, de sorte que seuls les utilisateurs autorisés les lisent et que personne ne puisse les modifier ou les effacer sans que cela se voie ?
    .guidance =
        Examiner qui peut lire, exporter, effacer ou configurer le journal du composant, si l'effacement est lui-même journalisé, et comment les données de journal sont protégées quand elles quittent l'appareil.
        Satisfait si : l'accès aux enregistrements d'audit et aux réglages de journalisation est limité à des rôles nommés, les enregistrements ne sont pas modifiables, et l'effacement ou le débordement est enregistré.
        Mesure compensatoire : transfert immédiat de tous les enregistrements vers un collecteur protégé, documenté par le fournisseur, pour les composants dont le journal local est faible.
        Points faibles : tout utilisateur connecté peut effacer le journal, un petit tampon circulaire qui écrase sans prévenir, syslog envoyé sans protection.
    .evidence =
        Tableau des rôles et droits d'accès au journal
        Réglages de journalisation avec transfert et comportement en cas de débordement

cr-3-9-re-1 =
    .title = Enregistrements d'audit sur support non réinscriptible
    .question = Ce composant peut-il conserver ses enregistrements d'audit sur un matériel qui ne peut plus être réécrit une fois écrit, comme une mémoire à écriture unique ou un support de stockage WORM ?
    .guidance =
        Examiner le stockage de la piste d'audit dans le produit : mémoire à écriture unique, support WORM raccordé, ou interface documentée vers un stockage WORM externe.
        Satisfait si : le produit peut stocker ses enregistrements d'audit sur un support à écriture unique garanti par le matériel, de sorte qu'aucun utilisateur ni administrateur ne puisse les modifier.
        Mesure compensatoire : enregistrements signés ou chaînés par le composant et envoyés vers une archive externe immuable, décrite par le fournisseur.
        Points faibles : une immuabilité purement logicielle qu'un administrateur peut désactiver, une partie seulement des enregistrements atteignant le stockage WORM.
    .evidence =
        Documentation du produit sur l'option de stockage WORM
        Configuration montrant que les enregistrements d'audit y sont écrits

edr-3-10 =
    .title = Prise en charge des mises à jour
    .question = Cet appareil embarqué peut-il être mis à jour et mis à niveau sur site (firmware, applications, correctifs de sécurité), et le fournisseur décrit-il une procédure sûre pour cela ?
    .guidance =
        La version de CR 3.10 pour les appareils embarqués.
        Examiner l'outil et la procédure de mise à jour, si l'appareil conserve sa configuration et sa logique, la durée d'indisponibilité et le retour arrière après une mise à jour ratée.
        Satisfait si : le fournisseur publie des mises à jour et une méthode documentée pour les installer sur site, sans remplacer le matériel.
        Mesure compensatoire : un remplacement documenté de l'appareil par un rechange déjà à jour, là où le firmware ne peut pas être changé en place.
        Points faibles : mises à jour seulement par le service du fournisseur, mises à jour qui réinitialisent la configuration, aucun retour possible après un échec.
    .evidence =
        Procédure de mise à jour tirée du manuel
        Liste du fournisseur des versions de firmware publiées et des corrections de sécurité

edr-3-10-re-1 =
    .title = Authenticité et intégrité des mises à jour
    .question = Avant d'installer une mise à jour, cet appareil embarqué vérifie-t-il qu'elle est authentique et intacte, par exemple avec la signature du fournisseur, et la refuse-t-il sinon ?
    .guidance =
        Examiner la vérification de signature des paquets de firmware et d'application dans l'appareil lui-même, les clés utilisées, et le sort d'une image qui échoue.
        Satisfait si : l'appareil vérifie l'authenticité et l'intégrité de chaque mise à jour avant de l'installer et refuse celle qui échoue.
        Mesure compensatoire : vérification de la signature ou de l'empreinte sur la station d'ingénierie avant le transfert, documentée par le fournisseur, là où l'appareil ne peut pas vérifier lui-même.
        Points faibles : vérification seulement dans l'outil de mise à jour et non dans l'appareil, retour à une ancienne version vulnérable possible sans autorisation.
    .evidence =
        Section du manuel de sécurité sur les mises à jour signées
        Compte rendu d'essai montrant le refus d'une mise à jour modifiée

hdr-3-10 =
    .title = Prise en charge des mises à jour
    .question = Cet appareil hôte, son système d'exploitation et le logiciel de contrôle-commande installé peuvent-ils être mis à jour et corrigés sur site, selon une procédure soutenue par le fournisseur ?
    .guidance =
        La version de CR 3.10 pour les appareils hôtes.
        Examiner comment les correctifs du système d'exploitation, pilotes, firmware (BIOS ou UEFI) et mises à jour applicatives sont approuvés et installés, et si les mises à jour fonctionnent sans accès internet.
        Satisfait si : l'hôte et son logiciel peuvent être mis à jour sur site par un processus documenté et approuvé par le fournisseur.
        Mesure compensatoire : une image complète de l'hôte approuvée par le fournisseur, testée et réinstallée d'un seul bloc.
        Points faibles : approbation des correctifs en retard de plusieurs mois, BIOS jamais mis à jour, mises à jour exigeant une connexion internet directe.
    .evidence =
        Liste d'approbation des correctifs du fournisseur pour l'hôte
        Procédure de mise à jour du système d'exploitation et de l'application

hdr-3-10-re-1 =
    .title = Authenticité et intégrité des mises à jour
    .question = Avant d'installer une mise à jour, cet appareil hôte vérifie-t-il la signature ou une autre preuve qu'elle est authentique et intacte, et la refuse-t-il sinon ?
    .guidance =
        Examiner les vérifications de signature des correctifs du système, des programmes d'installation et du firmware, et les réglages qui autoriseraient des paquets non signés.
        Satisfait si : chaque mise à jour est vérifiée en authenticité et en intégrité avant installation, et un échec arrête l'installation.
        Mesure compensatoire : comparaison de l'empreinte avec la valeur publiée par le fournisseur avant installation, faite et consignée par l'administrateur.
        Points faibles : programmes d'installation ou scripts du fournisseur non signés, vérification de signature désactivée par commodité.
    .evidence =
        Réglages imposant des paquets ou pilotes signés
        Exemple de mise à jour vérifiée dans le journal d'installation

ndr-3-10 =
    .title = Prise en charge des mises à jour
    .question = Cet appareil réseau peut-il être mis à jour sur site (firmware, système, paquets de règles et de signatures), avec une procédure qui conserve sa configuration ?
    .guidance =
        La version de CR 3.10 pour les appareils réseau.
        Examiner la procédure de mise à jour, ce que deviennent la configuration et le trafic pendant la mise à jour, et comment les paires redondantes sont mises à jour l'une après l'autre.
        Satisfait si : l'appareil peut être mis à jour sur site de manière documentée, sans perdre sa configuration.
        Mesure compensatoire : échange contre un rechange préparé et déjà à jour, là où la mise à jour en place est impossible.
        Points faibles : mises à jour avec redémarrage réseau coupé, aucun retour arrière, appareils en fin de vie qui ne reçoivent plus de mises à jour.
    .evidence =
        Procédure de mise à jour tirée du manuel
        Notes de version du firmware du fournisseur avec les corrections de sécurité

ndr-3-10-re-1 =
    .title = Authenticité et intégrité des mises à jour
    .question = Avant d'installer une mise à jour de firmware ou de paquet, cet appareil réseau vérifie-t-il qu'elle est authentique et intacte, et la refuse-t-il sinon ?
    .guidance =
        Examiner les vérifications de signature des images de firmware et des modules complémentaires dans l'appareil, les clés utilisées et le traitement des images qui échouent.
        Satisfait si : l'appareil vérifie chaque mise à jour avant de l'installer et refuse celles qui échouent.
        Mesure compensatoire : vérification de l'empreinte par rapport à la valeur publiée par le fournisseur avant le chargement, consignée par l'administrateur.
        Points faibles : images acceptées par un chargeur d'amorçage sans vérification, retours à d'anciennes versions libres.
    .evidence =
        Section du manuel de sécurité sur le firmware signé
        Compte rendu d'essai montrant le refus d'une image modifiée

edr-3-11 =
    .title = Résistance et détection des manipulations physiques
    .question = Cet appareil embarqué résiste-t-il aux manipulations physiques et les rend-il visibles, par exemple par des scellés, un boîtier fermé, des ports de débogage couverts ou un contact d'ouverture ?
    .guidance =
        La version de CR 3.11 pour les appareils embarqués.
        Examiner le boîtier, les scellés, les cartes mémoire amovibles, les ports de débogage et de service (JTAG, console série) et un éventuel capteur d'intrusion.
        Satisfait si : ouvrir l'appareil ou atteindre ses interfaces internes est difficile et laisse une trace visible ou enregistrée.
        Mesure compensatoire : installation dans une armoire fermée avec scellés et contrôle régulier, pour les appareils sans ces dispositifs.
        Points faibles : connecteurs de débogage accessibles, cartes mémoire non protégées contenant le programme, scellés que personne ne contrôle.
    .evidence =
        Documentation du produit sur les dispositifs anti-manipulation
        Photo de l'appareil installé et de son armoire

edr-3-11-re-1 =
    .title = Notification des tentatives de manipulation
    .question = Quand quelqu'un tente de manipuler physiquement cet appareil embarqué, peut-il lever une alarme ou enregistrer un événement automatiquement ?
    .guidance =
        Examiner les capteurs d'intrusion (contact de capot, capteur de lumière ou de mouvement) et ce qu'ils déclenchent : un événement, une alarme vers le système de contrôle-commande, un verrouillage de l'appareil.
        Satisfait si : une tentative de manipulation physique produit une notification automatique qui parvient à quelqu'un qui agit.
        Mesure compensatoire : un contact de porte d'armoire câblé vers le système d'alarme, là où l'appareil n'a pas de capteur propre.
        Points faibles : alarmes seulement dans un journal local, capteurs contournables sans ouvrir le boîtier.
    .evidence =
        Description des capteurs d'intrusion et de leurs événements
        Compte rendu d'essai d'une alarme d'intrusion

hdr-3-11 =
    .title = Résistance et détection des manipulations physiques
    .question = Cet appareil hôte (PC industriel ou serveur) résiste-t-il aux manipulations physiques et les rend-il visibles, par exemple par un boîtier verrouillable, un contact d'ouverture du châssis ou des réglages firmware verrouillés ?
    .guidance =
        La version de CR 3.11 pour les appareils hôtes.
        Examiner les boîtiers et baies de disques verrouillables, la détection d'ouverture du châssis, le mot de passe firmware, l'ordre d'amorçage verrouillé, les ports en façade désactivables.
        Satisfait si : l'accès physique à l'intérieur et aux interfaces d'amorçage ou de débogage est difficile et laisse une trace.
        Mesure compensatoire : installation dans une baie ou un local fermés, avec contrôle d'accès et scellés.
        Points faibles : pas de mot de passe firmware, amorçage USB autorisé, disques amovibles sans verrou.
    .evidence =
        Documentation matérielle sur la détection d'intrusion et les verrous
        Réglages firmware montrant le mot de passe et l'ordre d'amorçage

hdr-3-11-re-1 =
    .title = Notification des tentatives de manipulation
    .question = Quand quelqu'un ouvre ou manipule cet appareil hôte, peut-il lever une alarme ou écrire un événement transmis automatiquement ?
    .guidance =
        Examiner les événements d'ouverture du châssis dans le firmware ou le contrôleur de gestion, et s'ils atteignent le journal du système ou un outil de surveillance.
        Satisfait si : une tentative de manipulation produit une notification automatique vers un destinataire configurable.
        Mesure compensatoire : un contact de porte sur la baie câblé vers le système d'alarme.
        Points faibles : événements d'intrusion affichés seulement au démarrage suivant, alertes du contrôleur de gestion non configurées.
    .evidence =
        Configuration des alertes d'ouverture du châssis
        Exemple d'événement issu d'un essai

ndr-3-11 =
    .title = Résistance et détection des manipulations physiques
    .question = Cet appareil réseau résiste-t-il aux manipulations physiques et les rend-il visibles, par exemple par un boîtier scellé, des ports de console et de service protégés ou un capteur d'intrusion ?
    .guidance =
        La version de CR 3.11 pour les appareils réseau.
        Examiner le boîtier, les scellés, les ports console et USB, les boutons de réinitialisation qui rétablissent les réglages d'usine, la mémoire de configuration amovible.
        Satisfait si : l'accès physique à l'intérieur, à la console et aux fonctions de réinitialisation est difficile et laisse une trace visible ou enregistrée.
        Mesure compensatoire : installation dans une armoire ou une baie fermée, avec scellés et contrôles.
        Points faibles : un bouton de réinitialisation qui efface la configuration et le mot de passe, des ports console ouverts, des fiches de configuration interchangeables.
    .evidence =
        Documentation du produit sur les dispositifs anti-manipulation
        Réglages désactivant le bouton de réinitialisation ou la console quand c'est possible

ndr-3-11-re-1 =
    .title = Notification des tentatives de manipulation
    .question = Quand quelqu'un manipule physiquement cet appareil réseau, peut-il lever une alarme ou envoyer un événement automatiquement, p. ex. par syslog ou trap SNMP ?
    .guidance =
        Examiner les capteurs et événements d'intrusion comme capot ouvert, console branchée ou mémoire de configuration retirée, et leur destination.
        Satisfait si : une tentative de manipulation produit une notification automatique vers un destinataire configurable.
        Mesure compensatoire : un contact de porte d'armoire câblé vers le système d'alarme.
        Points faibles : événements seulement dans un tampon local perdu à la mise hors tension.
    .evidence =
        Liste des événements d'intrusion émis par l'appareil
        Exemple de notification issue d'un essai

edr-3-12 =
    .title = Racines de confiance du fournisseur de produit
    .question = Cet appareil embarqué est-il livré avec les racines de confiance du fournisseur (clés ou certificats servant à vérifier le firmware et l'identité), stockées de façon à ne pas pouvoir être lues ni modifiées ?
    .guidance =
        La version de CR 3.12 pour les appareils embarqués.
        Examiner où se trouvent les clés publiques ou certificats du fournisseur (élément sécurisé, TPM, flash protégée), à quoi ils servent (vérification du firmware, identité de l'appareil) et comment ils sont remplacés en cas de compromission.
        Satisfait si : les racines de confiance du fournisseur sont installées dans un stockage protégé, leur intégrité est protégée et leur usage est documenté.
        Mesure compensatoire : guère possible ; une vérification du firmware par le propriétaire d'actifs avant installation réduit le risque sans remplacer la racine de confiance.
        Points faibles : clés dans une flash ordinaire réinscriptible, la même clé privée dans chaque unité, aucun plan de révocation des clés.
    .evidence =
        Section du manuel de sécurité sur les racines de confiance et le stockage matériel des clés
        Certificat ou rapport d'essai couvrant le stockage protégé des clés

hdr-3-12 =
    .title = Racines de confiance du fournisseur de produit
    .question = Cet appareil hôte conserve-t-il les racines de confiance du fournisseur (p. ex. clés de plateforme dans le firmware, TPM avec clé d'approbation) dans un stockage protégé, pour qu'elles ne puissent être lues ni modifiées sans autorisation ?
    .guidance =
        La version de CR 3.12 pour les appareils hôtes.
        Examiner la présence et l'état du TPM, les clés de démarrage sécurisé dans le firmware, la façon dont le fournisseur les installe et les met à jour.
        Satisfait si : les racines de confiance du fournisseur sont présentes dans un matériel protégé, ne peuvent pas être modifiées sans autorisation et leur usage est documenté.
        Mesure compensatoire : guère possible ; un relevé de l'état des clés firmware à la mise en service aide à repérer les changements.
        Points faibles : TPM désactivé, clés de test par défaut dans le firmware, clés modifiables depuis le système d'exploitation sans mot de passe.
    .evidence =
        Écran firmware montrant l'état du TPM et des clés de démarrage sécurisé
        Documentation du fournisseur sur les clés installées

ndr-3-12 =
    .title = Racines de confiance du fournisseur de produit
    .question = Cet appareil réseau conserve-t-il les racines de confiance du fournisseur (clés ou certificats pour la vérification du firmware et l'identité de l'appareil) dans un stockage protégé qui ne peut être lu ni modifié ?
    .guidance =
        La version de CR 3.12 pour les appareils réseau.
        Examiner le stockage matériel des clés (élément sécurisé, TPM), le certificat d'identité de l'appareil, et ce que fait le fournisseur si une clé est compromise.
        Satisfait si : les racines de confiance du fournisseur sont installées dans un stockage protégé et servent, comme documenté, aux vérifications du firmware et de l'identité.
        Mesure compensatoire : guère possible ; noter l'écart et les mesures qui l'entourent.
        Points faibles : clés identiques dans toutes les unités, clés lisibles par la console, certificats qui expirent sur site sans renouvellement.
    .evidence =
        Section du manuel de sécurité sur les racines de confiance
        Certificat ou rapport d'essai couvrant le stockage des clés

edr-3-13 =
    .title = Racines de confiance du propriétaire d'actifs
    .question = Le propriétaire d'actifs peut-il charger ses propres racines de confiance (p. ex. son certificat d'autorité ou ses clés) dans cet appareil embarqué, protégées contre la lecture et la modification, et les remplacer plus tard ?
    .guidance =
        La version de CR 3.13 pour les appareils embarqués.
        Examiner comment les certificats et clés du propriétaire d'actifs sont installés (outil d'ingénierie, page web, enrôlement de certificat), où ils sont stockés et qui peut les modifier.
        Satisfait si : le propriétaire d'actifs peut installer et renouveler ses propres racines de confiance dans un stockage protégé, réservé aux utilisateurs autorisés.
        Mesure compensatoire : un service du fournisseur qui installe les certificats du propriétaire d'actifs selon une procédure documentée.
        Points faibles : seuls des certificats d'appareil auto-signés possibles, clés privées exportables, import de certificats ouvert à tout utilisateur connecté.
    .evidence =
        Section du manuel sur l'installation des certificats du propriétaire d'actifs
        Capture d'écran du magasin de certificats avec l'autorité du propriétaire d'actifs

hdr-3-13 =
    .title = Racines de confiance du propriétaire d'actifs
    .question = Le propriétaire d'actifs peut-il installer et renouveler ses propres racines de confiance (certificats d'autorité, clés, clés de démarrage sécurisé) sur cet appareil hôte, protégées contre la lecture et la modification ?
    .guidance =
        La version de CR 3.13 pour les appareils hôtes.
        Examiner les magasins de certificats utilisés par le logiciel de contrôle-commande, les clés protégées par le TPM, l'enrôlement des clés de démarrage sécurisé, et qui peut les modifier.
        Satisfait si : les racines de confiance du propriétaire d'actifs peuvent être installées, protégées et renouvelées, et seuls des administrateurs autorisés peuvent les changer.
        Mesure compensatoire : une procédure documentée du fournisseur qui installe les certificats du propriétaire d'actifs à la mise en service.
        Points faibles : l'application ignore le magasin de certificats du système, clés privées dans des fichiers lisibles par tous les utilisateurs.
    .evidence =
        Procédure d'installation des certificats du propriétaire d'actifs
        Capture d'écran des magasins de certificats avec l'autorité du propriétaire d'actifs

ndr-3-13 =
    .title = Racines de confiance du propriétaire d'actifs
    .question = Le propriétaire d'actifs peut-il charger ses propres certificats d'autorité et clés dans cet appareil réseau, protégés contre la lecture et la modification, et les renouveler ?
    .guidance =
        La version de CR 3.13 pour les appareils réseau.
        Examiner l'import ou l'enrôlement automatique de certificats (SCEP, EST), le stockage des clés privées et qui peut les modifier.
        Satisfait si : le propriétaire d'actifs peut installer et renouveler ses propres racines de confiance dans un stockage protégé, réservé aux administrateurs autorisés.
        Mesure compensatoire : une procédure documentée du fournisseur pour installer les certificats du propriétaire d'actifs.
        Points faibles : clés privées exportables en clair, certificats par défaut toujours utilisés, aucun renouvellement avant expiration.
    .evidence =
        Section du manuel sur la gestion des certificats
        Capture d'écran des certificats installés du propriétaire d'actifs

edr-3-14 =
    .title = Intégrité du processus de démarrage
    .question = Cet appareil embarqué vérifie-t-il l'intégrité de son firmware et de son logiciel au démarrage, et refuse-t-il d'exécuter une image modifiée ?
    .guidance =
        La version de CR 3.14 pour les appareils embarqués.
        Examiner la chaîne de démarrage (chargeur d'amorçage, système d'exploitation, environnement d'exécution, application) et quelles étapes vérifient la suivante avant de la lancer.
        Satisfait si : l'intégrité de chaque étape de démarrage est vérifiée avant usage, et un échec arrête le démarrage ou lance une reprise sûre définie.
        Mesure compensatoire : guère possible pour l'appareil lui-même ; une comparaison régulière de la version et de l'empreinte du firmware depuis l'extérieur réduit l'écart.
        Points faibles : contrôles sur l'application seulement, un chargeur d'amorçage remplaçable par le port de service, comportement en cas d'échec non défini.
    .evidence =
        Section du manuel de sécurité sur l'intégrité du démarrage
        Compte rendu d'essai d'un démarrage avec une image modifiée

edr-3-14-re-1 =
    .title = Authenticité du processus de démarrage
    .question = Au démarrage, cet appareil embarqué vérifie-t-il l'authenticité de son firmware avec les racines de confiance du fournisseur (démarrage sécurisé), et refuse-t-il les images non signées ou étrangères ?
    .guidance =
        Examiner le démarrage sécurisé avec des signatures vérifiées par des clés conservées dans un matériel protégé, à partir d'une première étape non modifiable.
        Satisfait si : chaque étape de démarrage est vérifiée avec les racines de confiance du fournisseur avant de s'exécuter, et un échec arrête le démarrage.
        Mesure compensatoire : guère possible ; indiquer ce qui protège l'appareil physiquement et logiquement en attendant.
        Points faibles : démarrage sécurisé disponible mais désactivé par défaut, modes de débogage qui sautent la vérification.
    .evidence =
        Section du manuel de sécurité sur le démarrage sécurisé
        Certificat ou rapport d'essai couvrant l'authenticité du démarrage

hdr-3-14 =
    .title = Intégrité du processus de démarrage
    .question = Cet appareil hôte vérifie-t-il au démarrage l'intégrité de son firmware, de son chargeur d'amorçage et de son système d'exploitation, par exemple par un démarrage mesuré avec un TPM ?
    .guidance =
        La version de CR 3.14 pour les appareils hôtes.
        Examiner les réglages UEFI, le démarrage mesuré, les fonctions d'intégrité du système d'exploitation et ce qui se passe quand une mesure ne correspond pas.
        Satisfait si : l'intégrité de la chaîne de démarrage est vérifiée avant chaque étape, et un écart arrête le démarrage ou est signalé.
        Mesure compensatoire : une configuration firmware verrouillée et des contrôles d'intégrité réguliers des fichiers de démarrage depuis l'extérieur.
        Points faibles : mode d'amorçage hérité activé, amorçage USB autorisé, mesures enregistrées mais jamais comparées.
    .evidence =
        Écran des réglages firmware pour l'intégrité du démarrage
        Section du guide de durcissement du fournisseur sur la protection du démarrage

hdr-3-14-re-1 =
    .title = Authenticité du processus de démarrage
    .question = Cet appareil hôte utilise-t-il le démarrage sécurisé, de sorte que firmware, chargeur d'amorçage et système d'exploitation ne démarrent que si leurs signatures correspondent aux racines de confiance du fournisseur ?
    .guidance =
        Examiner l'état du démarrage sécurisé UEFI, les clés enrôlées, et la compatibilité du logiciel de contrôle-commande et de ses pilotes.
        Satisfait si : le démarrage sécurisé est pris en charge avec le logiciel de contrôle-commande installé, et seuls des composants de démarrage signés démarrent.
        Mesure compensatoire : guère possible ; un firmware verrouillé et une protection physique réduisent l'écart.
        Points faibles : démarrage sécurisé désactivé parce qu'un pilote n'est pas signé, un guide du fournisseur qui recommande de le désactiver.
    .evidence =
        Capture d'écran montrant le démarrage sécurisé activé
        Déclaration du fournisseur indiquant que le logiciel prend en charge le démarrage sécurisé

ndr-3-14 =
    .title = Intégrité du processus de démarrage
    .question = Cet appareil réseau vérifie-t-il au démarrage l'intégrité de son chargeur d'amorçage et de son firmware, et refuse-t-il d'exécuter une image modifiée ?
    .guidance =
        La version de CR 3.14 pour les appareils réseau.
        Examiner la chaîne de démarrage de l'appareil, les étapes vérifiées et le comportement en cas d'échec (arrêt, repli sur une image connue).
        Satisfait si : l'intégrité de chaque étape de démarrage est vérifiée avant son exécution, et un échec est traité de façon définie et signalé.
        Mesure compensatoire : comparaison régulière de l'empreinte de l'image en service avec la valeur publiée par le fournisseur.
        Points faibles : une console du chargeur d'amorçage qui charge n'importe quelle image, une image de repli ancienne et vulnérable.
    .evidence =
        Section du manuel de sécurité sur l'intégrité du démarrage
        Journal de démarrage montrant le contrôle d'intégrité

ndr-3-14-re-1 =
    .title = Authenticité du processus de démarrage
    .question = Cet appareil réseau vérifie-t-il les signatures de ses étapes de démarrage avec les racines de confiance du fournisseur avant de les exécuter (démarrage sécurisé) ?
    .guidance =
        Examiner la prise en charge du démarrage sécurisé, l'ancrage matériel des clés, et si la vérification peut être désactivée.
        Satisfait si : chaque étape de démarrage est vérifiée avec les racines de confiance du fournisseur, et les images non signées ou étrangères ne démarrent pas.
        Mesure compensatoire : guère possible ; la protection physique et le contrôle des empreintes d'image réduisent l'écart.
        Points faibles : démarrage sécurisé seulement sur les révisions matérielles récentes, un mode de service caché qui le contourne.
    .evidence =
        Section du manuel de sécurité sur le démarrage sécurisé
        Certificat ou rapport d'essai couvrant l'authenticité du démarrage

## FR 4 Confidentialité des données (DC)

fr-4 =
    .title = Confidentialité des données (DC)
    .description = Ce que le composant sait faire pour que les informations qu'il détient ou transmet, comme les mots de passe, clés, recettes et configurations, ne soient pas lues par des personnes qui ne doivent pas les voir, pour les effacer avant sa mise hors service, et pour utiliser à cette fin une cryptographie solide.

cr-4-1 =
    .title = Confidentialité des informations
    .question = Ce composant peut-il protéger la confidentialité des informations sensibles qu'il détient ou transmet (mots de passe, clés, recettes, configuration), aussi bien stockées qu'en transit ?
    .guidance =
        Examiner quelles données le fournisseur désigne comme sensibles, comment elles sont stockées (chiffrées, hachées, en mémoire protégée) et comment elles circulent (protocoles chiffrés, lesquels sont optionnels).
        Satisfait si : les données sensibles sont protégées par le composant lui-même, au repos et en transit, et seuls les utilisateurs et fonctions autorisés peuvent les lire.
        Mesure compensatoire : un tunnel chiffré placé devant le composant pour les protocoles qui ne chiffrent pas, documenté par le fournisseur.
        Points faibles : mots de passe stockés en clair ou avec des hachages faibles, fichiers de projet contenant des identifiants, protocoles d'ingénierie ou web non chiffrés laissés actifs.
        Demander aussi : les fichiers de projet ou de sauvegarde exportés du composant sont-ils lisibles par quiconque en obtient une copie ?
    .evidence =
        Section du manuel de sécurité sur la protection des données sensibles
        Liste des protocoles avec leurs options de chiffrement
        Certificat ou rapport d'essai couvrant la confidentialité des données

cr-4-2 =
    .title = Persistance des informations
    .question = Ce composant peut-il être vidé de toutes ses données sensibles (configuration, clés, mots de passe, données de procédé) avant d'être mis hors service, envoyé en réparation ou mis au rebut ?
    .guidance =
        Examiner la procédure de mise hors service du fournisseur, une fonction d'effacement sécurisé ou de retour aux réglages d'usine, et les mémoires qu'elle couvre (flash interne, cartes mémoire, disques, mémoire de sauvegarde).
        Satisfait si : le composant offre une méthode documentée pour effacer toutes les données sensibles qu'il détient, y compris sur les supports amovibles et de sauvegarde.
        Mesure compensatoire : destruction physique des supports de stockage, documentée par le fournisseur comme mode d'élimination du composant.
        Points faibles : un retour aux réglages d'usine qui laisse des clés ou des journaux, des cartes mémoire non couvertes, des retours en réparation avec la configuration encore dedans.
    .evidence =
        Procédure de mise hors service ou d'effacement sécurisé tirée du manuel
        Description de ce que couvre la fonction d'effacement

cr-4-2-re-1 =
    .title = Effacement des ressources mémoire partagées
    .question = Ce composant efface-t-il la mémoire et les autres ressources partagées qu'un utilisateur, une session ou un processus a libérées avant de les attribuer à un autre, pour qu'aucune donnée ne passe de l'un à l'autre ?
    .guidance =
        Surtout une propriété de conception : chercher une déclaration du fournisseur, un certificat ou un rapport d'essai plutôt que de tester soi-même.
        Satisfait si : le fournisseur documente que la mémoire, les tampons et les fichiers temporaires libérés sont effacés avant réutilisation, et un essai ou une revue l'a confirmé.
        Mesure compensatoire : ne pas partager le composant entre utilisateurs ou fonctions de confiance différente, p. ex. un hôte par fonction.
        Points faibles : plateformes embarquées anciennes sans comportement documenté, fichiers temporaires laissés sur disque, tampons réutilisés entre connexions réseau.
    .evidence =
        Déclaration ou certificat du fournisseur sur l'effacement de la mémoire
        Documentation de conception ou d'essai du comportement d'effacement

cr-4-2-re-2 =
    .title = Vérification de l'effacement
    .question = Après l'effacement du composant, pouvez-vous vérifier qu'il a vraiment eu lieu, par exemple par un rapport du composant ou une étape de vérification documentée ?
    .guidance =
        Examiner ce que la fonction d'effacement signale à la fin (succès, zones couvertes), et si le fournisseur décrit comment vérifier qu'il ne reste aucune donnée sensible.
        Satisfait si : le composant ou sa procédure documentée confirme l'effacement réussi de chaque zone de stockage, et la confirmation peut être conservée comme preuve.
        Mesure compensatoire : une vérification par relecture du stockage avec un outil du fournisseur, consignée par la personne qui a effacé.
        Points faibles : un effacement qui ne signale rien, une vérification possible seulement par le fournisseur, aucune trace jointe aux documents d'élimination.
    .evidence =
        Exemple de rapport d'effacement ou d'entrée de journal
        Étape de vérification dans la procédure de mise hors service

cr-4-3 =
    .title = Utilisation de la cryptographie
    .question = Là où ce composant utilise la cryptographie, emploie-t-il des algorithmes, longueurs de clé et mécanismes reconnus, et peut-on désactiver ou remplacer les plus faibles quand ils deviennent obsolètes ?
    .guidance =
        Examiner la liste des algorithmes, tailles de clé et versions de protocole que le produit prend en charge et utilise par défaut, la génération et le stockage des clés et certificats, et leur mise à jour par le fournisseur.
        Satisfait si : seuls des algorithmes et longueurs de clé reconnus et actuels sont utilisés ou peuvent être imposés, les clés sont générées et stockées de façon sûre, et les options obsolètes peuvent être désactivées.
        Mesure compensatoire : encapsuler un produit à cryptographie faible dans un tunnel VPN robuste en attendant une mise à jour.
        Points faibles : TLS 1.0, SHA-1 ou DES encore actifs par défaut, chiffrement maison, clés fixes identiques dans toutes les unités, certificats impossibles à remplacer.
    .evidence =
        Liste du fournisseur des algorithmes cryptographiques et versions de protocole
        Écran de configuration montrant les suites de chiffrement activées
        Certificat ou rapport d'essai couvrant l'utilisation de la cryptographie

## FR 5 Flux de données restreint (RDF)

fr-5 =
    .title = Flux de données restreint (RDF)
    .description = Ce que le composant offre pour que le système de contrôle-commande puisse être découpé en zones et conduits : il fonctionne dans un réseau segmenté, et les appareils réseau placés à une limite de zone peuvent maîtriser ce qui la franchit. Le partitionnement des applications (CR 5.4) n'a pas d'exigence au niveau composant et se vérifie au niveau système avec l'IEC 62443-3-3.

cr-5-1 =
    .title = Segmentation du réseau
    .question = Ce composant peut-il fonctionner dans un réseau segmenté (zones et conduits), p. ex. avec des interfaces ou VLAN séparés pour les flux de conduite, d'ingénierie et d'administration, et le fournisseur liste-t-il les communications dont il a besoin à travers les limites ?
    .guidance =
        Examiner les interfaces réseau et leur séparation, la prise en charge des VLAN, la liste du fournisseur des ports, protocoles et sens nécessaires, et toute dépendance à internet ou aux services du réseau bureautique.
        Satisfait si : le composant peut être placé dans une zone de sa criticité et joint uniquement par des conduits définis, et le fournisseur documente chaque flux nécessaire pour qu'on puisse écrire les règles de limite.
        Mesure compensatoire : un petit équipement de limite dédié devant le composant, là où il ne peut pas séparer lui-même ses flux.
        Points faibles : une interface unique mêlant flux de conduite et d'administration, des interfaces qui font pont entre réseaux, des plages de ports dynamiques non documentées, des connexions cloud impossibles à désactiver.
    .evidence =
        Liste du fournisseur des ports, protocoles et sens de communication
        Réglages des interfaces réseau et VLAN du composant
        Architecture de référence tirée du manuel de sécurité

ndr-5-2 =
    .title = Protection des limites de zone
    .question = Cet appareil réseau peut-il surveiller et maîtriser le trafic qui franchit la limite de zone où il est placé, selon des règles que vous fixez (adresses, ports, protocoles, sens) ?
    .guidance =
        La version de CR 5.2 pour les appareils réseau.
        Examiner les fonctions de filtrage (règles de pare-feu, listes de contrôle d'accès, filtres protocolaires), la rédaction et la revue des règles, et ce qui est journalisé sur le trafic autorisé et bloqué.
        Satisfait si : l'appareil applique un jeu de règles configurable à tout le trafic entre ses zones et enregistre ce qu'il autorise et bloque.
        Mesure compensatoire : aucune au niveau du composant si l'appareil doit constituer la limite ; un second équipement de filtrage peut tenir ce rôle.
        Non applicable pour un appareil réseau qui n'est pas proposé pour une limite de zone, p. ex. un commutateur d'accès non administrable ; l'indiquer et nommer l'équipement de limite.
        Points faibles : règles limitées aux adresses et ports là où le protocole demande un contrôle plus fin, journalisation du trafic autorisé impossible à activer, interface d'administration joignable depuis le côté non fiable.
    .evidence =
        Écran de configuration ou export du jeu de règles
        Exemples d'entrées de journal sur du trafic autorisé et bloqué

ndr-5-2-re-1 =
    .title = Refus par défaut, autorisation par exception
    .question = Cet appareil réseau peut-il être réglé pour bloquer par défaut tout le trafic à la limite et ne laisser passer que ce qu'une règle autorise explicitement ?
    .guidance =
        Examiner l'action par défaut du jeu de règles, la possibilité de la régler sur refus, et tout trafic qui passe par une exception intégrée (administration, découverte, routage).
        Satisfait si : une politique de refus par défaut peut être configurée et vaut pour tout le trafic, chaque flux autorisé exigeant sa propre règle.
        Mesure compensatoire : aucune pour l'action par défaut elle-même ; noter les exceptions cachées et la façon de les limiter.
        Points faibles : règles d'autorisation intégrées invisibles ou impossibles à supprimer, un réglage d'usine qui autorise tout, des jeux de règles réinitialisés par une mise à jour.
    .evidence =
        Jeu de règles montrant la règle de refus par défaut
        Section du manuel sur les règles intégrées et les valeurs par défaut

ndr-5-2-re-2 =
    .title = Mode îlotage
    .question = Cet appareil réseau peut-il couper sur commande tout le trafic à travers la limite (mode îlotage), p. ex. par un jeu de règles préparé, une entrée de commande ou une seule action d'un utilisateur autorisé ?
    .guidance =
        Examiner comment l'isolement est déclenché (commande, entrée TOR, bouton, console d'administration), qui peut le déclencher, et comment l'appareil revient au fonctionnement normal.
        Satisfait si : l'appareil peut bloquer rapidement à la demande tout le trafic de limite, l'action est réservée aux utilisateurs autorisés et elle est enregistrée.
        Mesure compensatoire : une procédure préparée et testée pour charger un jeu de règles qui bloque tout, s'il n'existe pas d'action unique pour cela.
        Points faibles : un isolement qui coupe aussi l'accès d'administration nécessaire pour revenir en arrière, des types de trafic oubliés par l'isolement.
    .evidence =
        Section du manuel sur l'isolement ou le mode îlotage
        Compte rendu d'un essai d'isolement

ndr-5-2-re-3 =
    .title = Fermeture en cas de défaillance
    .question = Si cet appareil réseau tombe en panne, perd son alimentation ou si son filtrage cesse de fonctionner, bloque-t-il le trafic à travers la limite plutôt que de tout laisser passer ?
    .guidance =
        Examiner le comportement en cas de perte d'alimentation, de plantage, de surcharge et de mise à jour ratée ; les relais ou modes de contournement ; la configuration chargée après un redémarrage.
        Satisfait si : une défaillance de la fonction de limite arrête le trafic à travers la limite, et le fournisseur documente ce comportement.
        Mesure compensatoire : un second équipement de filtrage en série qui se ferme lui aussi en cas de défaillance ; là où un arrêt complet nuirait au procédé, une paire redondante plutôt qu'un contournement.
        Points faibles : contournement matériel activé par défaut, un redémarrage qui charge un jeu de règles permissif par défaut, une surcharge qui désactive le filtrage.
    .evidence =
        Documentation du fournisseur sur le comportement en défaillance
        Compte rendu d'un essai de panne ou de coupure d'alimentation

ndr-5-3 =
    .title = Restriction des communications interpersonnelles
    .question = Cet appareil réseau peut-il empêcher la messagerie électronique, le chat, la messagerie instantanée et les échanges interpersonnels semblables venant de l'extérieur du système de contrôle-commande d'entrer dans la zone qu'il protège ?
    .guidance =
        La version de CR 5.3 pour les appareils réseau.
        Examiner les règles ou filtres applicatifs capables de reconnaître et bloquer le trafic de messagerie, de messagerie instantanée, de réseaux sociaux et de partage de fichiers, y compris leurs variantes chiffrées.
        Satisfait si : l'appareil peut être configuré pour que de tels messages n'atteignent pas la zone, et le fournisseur décrit comment.
        Mesure compensatoire : une passerelle de messagerie et web en DMZ qui fait ce travail, l'équipement de limite n'autorisant que son trafic.
        Non applicable pour un appareil réseau qui n'est pas proposé pour une limite de zone ; l'indiquer.
        Points faibles : blocage fondé seulement sur les ports connus, messagerie transportée par des connexions web qui passe pour du trafic web ordinaire.
    .evidence =
        Écran de configuration des filtres applicatifs ou protocolaires
        Section du manuel sur le blocage du trafic de messagerie

## FR 6 Réponse en temps utile aux événements (TRE)

fr-6 =
    .title = Réponse en temps utile aux événements (TRE)
    .description = Ce que le composant fournit aux personnes et aux outils qui surveillent le système de contrôle-commande : ses enregistrements d'audit sont lisibles, par une personne comme par un programme, et il peut être surveillé en continu pour que les événements de sécurité soient repérés à temps.

cr-6-1 =
    .title = Accessibilité des journaux d'audit
    .question = Les personnes et outils autorisés peuvent-ils lire les enregistrements d'audit de ce composant sans pouvoir les modifier, par exemple via une visionneuse de journal, un rôle en lecture seule ou un export ?
    .guidance =
        Examiner comment le journal est consulté (écran local, page web, outil d'ingénierie), quel rôle est nécessaire pour le lire, et si la lecture est possible sans droit de modifier ou d'effacer.
        Satisfait si : les utilisateurs autorisés peuvent lire les enregistrements d'audit sous une forme exploitable, avec un accès en lecture seule qui n'autorise aucune modification.
        Mesure compensatoire : un export du journal documenté par le fournisseur vers un emplacement protégé où il peut être lu, pour les composants sans visionneuse.
        Points faibles : journaux que seul le fournisseur sait décoder, lecture exigeant le compte administrateur, journaux perdus au redémarrage.
    .evidence =
        Capture d'écran de la visionneuse de journal avec un compte en lecture seule
        Section du manuel sur l'accès au journal d'audit

cr-6-1-re-1 =
    .title = Accès programmatique aux journaux d'audit
    .question = Des outils comme un serveur de journaux ou un SIEM peuvent-ils collecter automatiquement les enregistrements d'audit de ce composant, par une interface documentée comme syslog, une API ou le transfert d'événements standard ?
    .guidance =
        Examiner les interfaces du produit pour les enregistrements d'audit (syslog, SNMP, événements OPC UA, API REST, transfert d'événements Windows), leurs formats et la possibilité de protéger le transport.
        Satisfait si : des programmes peuvent lire ou recevoir les enregistrements d'audit par une interface documentée, complètement et dans un format documenté.
        Mesure compensatoire : un outil ou script du fournisseur qui exporte le journal à intervalles réguliers dans un format lisible par le collecteur.
        Points faibles : seulement certains types d'événements envoyés, horodatages sans fuseau horaire, syslog sans protection ou avec perte de messages sous charge.
    .evidence =
        Section du manuel décrivant l'interface et le format du journal
        Collecteur montrant des enregistrements reçus du composant

cr-6-2 =
    .title = Surveillance continue
    .question = Ce composant peut-il être surveillé en continu pour repérer des signes d'attaque, par exemple en envoyant ses événements de sécurité et son état à un système de surveillance, en offrant un port miroir ou en admettant un agent de surveillance approuvé ?
    .guidance =
        Examiner quels événements de sécurité et valeurs d'état le produit met à disposition, par quelles interfaces, avec quel délai, et ce que le fournisseur admet en matière de surveillance réseau passive ou d'agents de surveillance.
        Satisfait si : le composant permet une surveillance sans interruption par des méthodes courantes du secteur, de sorte que les attaques et défaillances de ses fonctions de cybersécurité puissent être détectées et signalées rapidement.
        Mesure compensatoire : surveiller le composant depuis le réseau (sonde passive sur un port miroir) là où il ne peut pas se signaler lui-même.
        Points faibles : événements conservés seulement en local, état disponible seulement à la demande d'une personne, agents de surveillance non pris en charge par le fournisseur.
    .evidence =
        Liste des événements de sécurité et valeurs d'état fournis par le composant
        Écran du système de surveillance montrant des données du composant
        Déclaration du fournisseur sur les méthodes de surveillance approuvées

## FR 7 Disponibilité des ressources (RA)

fr-7 =
    .title = Disponibilité des ressources (RA)
    .description = Ce que le composant sait faire pour maintenir ses fonctions essentielles sous attaque et en surcharge, pour être sauvegardé et restauré dans un état sécurisé connu, et pour fonctionner avec une configuration minimale et documentée en indiquant de quoi il est fait. L'alimentation de secours (CR 7.5) n'a pas d'exigence au niveau composant et se vérifie au niveau système avec l'IEC 62443-3-3.

cr-7-1 =
    .title = Protection contre le déni de service
    .question = Si ce composant est inondé de trafic réseau ou de requêtes, maintient-il ses fonctions essentielles (conduite, protection, commande locale), éventuellement en mode dégradé, au lieu de s'arrêter ?
    .guidance =
        Examiner les résultats d'essais de robustesse (saturation, trafic malformé), la façon dont le produit sépare les fonctions essentielles de la charge de communication, et le mode dégradé décrit par le fournisseur.
        Satisfait si : les fonctions essentielles continuent pendant un déni de service, comme le montrent des essais, et le comportement dégradé est documenté.
        Mesure compensatoire : un équipement de limite qui limite le débit devant le composant, documenté comme nécessaire par le fournisseur.
        Points faibles : temps de cycle qui s'allongent sous charge, piles de communication qui plantent en entraînant la tâche de conduite, serveurs web qui figent l'appareil.
        Demander aussi : quelles fonctions le fournisseur considère-t-il comme essentielles pour ce produit, et ont-elles été testées sous charge ?
    .evidence =
        Rapport d'essai de robustesse ou de charge, p. ex. issu d'une certification
        Section du manuel sur le comportement en surcharge

# Incertain : tests/reference donne le titre court « Limit the component's own traffic load » ; ce texte suit notre lecture selon laquelle il s'agit d'empêcher qu'un afflux de messages épuise le composant. À vérifier dans la norme.
cr-7-1-re-1 =
    .title = Gestion des charges de communication
    .question = Ce composant peut-il limiter l'effet d'un afflux de messages sur lui-même, par exemple par des limites de débit, des priorités ou des quotas par connexion, pour qu'un trafic intense n'évince pas les communications importantes ?
    .guidance =
        Examiner les réglages de limitation de débit et de priorité, les limites de connexions et de sessions, et le comportement du composant quand elles sont atteintes.
        Satisfait si : le composant dispose de mécanismes qui empêchent un afflux de messages de l'épuiser, documentés et configurables.
        Mesure compensatoire : mise en forme du trafic ou contrôle des tempêtes de broadcast sur l'appareil réseau placé devant.
        Points faibles : aucune limite du nombre de connexions, tempêtes de broadcast ou de multicast transmises directement au processeur.
    .evidence =
        Écran de configuration des limites de débit ou de connexions
        Rapport d'essai de charge montrant les limites en action

cr-7-2 =
    .title = Gestion des ressources
    .question = Les fonctions de cybersécurité de ce composant (journalisation, analyses, chiffrement, contrôles d'intégrité) restent-elles dans des limites, pour ne pas consommer le processeur, la mémoire, le stockage ou la bande passante dont sa fonction principale a besoin ?
    .guidance =
        Examiner la planification et la limitation des fonctions de cybersécurité, la taille du stockage des journaux et son comportement en cas de débordement, et les chiffres de charge donnés par le fournisseur.
        Satisfait si : la consommation de ressources des fonctions de cybersécurité est bornée et documentée, et le composant avertit avant l'épuisement des ressources.
        Mesure compensatoire : une configuration documentée qui ne lance les tâches de cybersécurité lourdes que dans des créneaux planifiés.
        Points faibles : journaux pleins qui arrêtent l'appareil ou l'application, analyses qui ralentissent les tâches de conduite, chiffrement qui surcharge un matériel ancien.
    .evidence =
        Données du fournisseur sur la consommation de ressources des fonctions de cybersécurité
        Réglages de taille de journal, d'action en cas de débordement et de planification des tâches

cr-7-3 =
    .title = Sauvegarde du système de contrôle-commande
    .question = Ce composant peut-il participer à la sauvegarde du système de contrôle-commande : ses programmes, sa configuration, ses réglages d'utilisateurs et de sécurité peuvent-ils être sauvegardés sans perturber l'exploitation ?
    .guidance =
        Examiner ce que couvre la fonction de sauvegarde (programmes, configuration, comptes, certificats, clés, licences), son déclenchement, et si elle s'exécute sans arrêt.
        Satisfait si : toutes les informations nécessaires pour restaurer le composant peuvent être sauvegardées en fonctionnement normal par une méthode documentée.
        Mesure compensatoire : une procédure manuelle documentée qui sauvegarde chaque partie séparément, là où il n'existe pas de fonction de sauvegarde unique.
        Points faibles : sauvegardes sans les comptes, clés ou licences, sauvegardes qui exigent l'arrêt du composant, fichiers de sauvegarde contenant des mots de passe en clair.
    .evidence =
        Section du manuel sur la sauvegarde, avec la liste de ce qui est couvert
        Exemple de fichier de sauvegarde ou de compte rendu de tâche

cr-7-3-re-1 =
    .title = Vérification de l'intégrité des sauvegardes
    .question = Avant qu'une sauvegarde soit restaurée dans ce composant, son intégrité peut-elle être vérifiée, afin qu'une sauvegarde endommagée ou manipulée soit détectée et refusée ?
    .guidance =
        Examiner les sommes de contrôle ou signatures des fichiers de sauvegarde, et si le composant ou son outil les vérifie avant la restauration.
        Satisfait si : l'intégrité d'une sauvegarde est vérifiée avant sa restauration, et un échec arrête la restauration.
        Mesure compensatoire : une comparaison consignée de l'empreinte avec la valeur relevée lors de la sauvegarde.
        Points faibles : sauvegardes restaurées sans aucun contrôle, sommes de contrôle stockées avec la sauvegarde et modifiables avec elle.
    .evidence =
        Section du manuel sur le contrôle d'intégrité des sauvegardes
        Compte rendu d'essai montrant le refus d'une sauvegarde modifiée

cr-7-4 =
    .title = Reprise et reconstitution du système de contrôle-commande
    .question = Après une panne ou une attaque, ce composant peut-il être ramené dans un état sécurisé connu, avec ses réglages de sécurité en place, par une procédure documentée ?
    .guidance =
        Examiner la procédure de reprise du fournisseur, ce que fait le composant après un redémarrage ou une restauration (valeurs par défaut sécurisées, configuration enregistrée), et si les réglages de sécurité, comptes et certificats reviennent.
        Satisfait si : le composant peut être repris et reconstitué dans un état sécurisé connu par une procédure documentée, et ne redémarre pas avec des valeurs par défaut non sécurisées.
        Mesure compensatoire : un appareil de rechange tenu prêt avec la configuration approuvée, comparé à la référence à intervalles fixes.
        Points faibles : une restauration qui ramène les mots de passe par défaut, des licences ou clés impossibles à restaurer, une reprise possible seulement avec l'aide du fournisseur.
    .evidence =
        Procédure de reprise tirée du manuel
        Compte rendu d'un essai de reprise et des réglages vérifiés ensuite

cr-7-6 =
    .title = Paramètres de configuration réseau et de sécurité
    .question = Les paramètres réseau et de sécurité de ce composant peuvent-ils être configurés comme le recommande le guide de durcissement du fournisseur, et les paramètres en vigueur peuvent-ils être affichés ?
    .guidance =
        Examiner le guide de durcissement ou de configuration de sécurité du fournisseur, si chaque réglage recommandé est réellement possible, et comment les paramètres en vigueur sont affichés.
        Satisfait si : le composant peut être configuré selon des recommandations documentées, et ses paramètres réseau et de sécurité en vigueur sont consultables.
        Mesure compensatoire : une mesure externe documentée par le fournisseur pour une recommandation que le produit ne peut pas appliquer lui-même.
        Points faibles : aucun guide de durcissement, réglages accessibles seulement par un menu de service caché, réglages sécurisés perdus après une mise à jour.
    .evidence =
        Guide de durcissement ou de configuration de sécurité du fournisseur
        Capture d'écran ou export des paramètres en vigueur

cr-7-6-re-1 =
    .title = Rapport lisible par machine des réglages de sécurité
    .question = Ce composant peut-il fournir ses paramètres de sécurité en vigueur sous une forme lisible par machine (p. ex. XML, JSON, CSV ou via une API), pour que des outils les comparent à une référence ?
    .guidance =
        Examiner les fonctions d'export et d'interrogation des paramètres, le format et la complétude de la sortie, et si les paramètres de sécurité y figurent.
        Satisfait si : les paramètres de sécurité en vigueur peuvent être obtenus dans un format structuré et documenté, adapté à une comparaison automatique.
        Mesure compensatoire : un outil du fournisseur qui lit les paramètres par une interface standard comme SNMP ou une API et les écrit dans un fichier.
        Points faibles : exports seulement en PDF ou en capture d'écran, exports sans les paramètres de sécurité, formats qui changent d'une version à l'autre.
    .evidence =
        Exemple d'export des paramètres en vigueur
        Description du format d'export

cr-7-7 =
    .title = Fonctionnalité minimale
    .question = Les fonctions, ports, protocoles et services de ce composant qui ne sont pas nécessaires peuvent-ils être désactivés ou restreints, p. ex. serveur web, FTP, Telnet, services de débogage, interfaces inutilisées ?
    .guidance =
        Examiner la liste du fournisseur des ports et services avec leur rôle, ceux qui peuvent être désactivés, les réglages d'usine, et un scan de ports sur une unité d'essai.
        Satisfait si : chaque fonction, port, protocole et service peut être désactivé ou restreint quand il n'est pas nécessaire, et le fournisseur documente à quoi chacun sert.
        Mesure compensatoire : blocage au niveau du réseau des services impossibles à désactiver, documenté par le fournisseur.
        Points faibles : services impossibles à désactiver, services inutiles actifs par défaut, ports ouverts non documentés trouvés par un scan.
    .evidence =
        Liste du fournisseur des ports et services avec leur rôle
        Scan de ports d'une unité d'essai comparé à la liste
        Écran de configuration pour activer et désactiver les services

cr-7-8 =
    .title = Inventaire des composants du système de contrôle-commande
    .question = Ce composant peut-il indiquer de quoi il est fait, comme le modèle, la révision matérielle, les versions de firmware et de logiciel et les modules installés, pour être repris dans un inventaire automatique ?
    .guidance =
        Examiner les données d'identification fournies par le produit (en local, par protocole, SNMP, OPC UA ou API), si elles incluent les parties logicielles installées, et si le fournisseur propose aussi une nomenclature logicielle (SBOM).
        Satisfait si : le composant indique son identité, ses versions et ses parties installées par une interface documentée que les outils d'inventaire savent lire.
        Mesure compensatoire : un relevé manuel documenté des mêmes données, reporté dans l'inventaire à chaque modification.
        Points faibles : versions seulement sur la plaque signalétique, modules et extensions absents du rapport, aucune SBOM pour le firmware.
    .evidence =
        Exemple des données d'identification lues par un outil d'inventaire
        Nomenclature logicielle (SBOM) du fournisseur
