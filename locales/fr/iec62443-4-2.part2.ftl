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
