### Termes (revue 2026-12), vérifiés par tests/terms.rs : « sécurité » et « cybersécurité » = security. Safety = sécurité fonctionnelle,
### système ou fonction instrumenté(e) de sécurité (SIS), sécurité des personnes, sécurité des procédés ; jamais « fonction de sécurité »,
### « système de sécurité » ni « sûreté » seuls. Commutateur (pas switch), propriétaire d'actifs (pas exploitant), liste d'autorisation.
## Mode apprentissage : explications simples des notions, pour débutants et formations.
## Chaque message a un .title (40 caractères au plus) et un .body : une idée par ligne,
## 90 caractères au plus par ligne, pas de ligne vide, puces écrites « • ».

learn-standards =
    .title = La famille IEC 62443 en clair
    .body =
        L'IEC 62443 est une série de normes sur la sécurité des systèmes d'automatisation
        et de contrôle-commande industriels (IACS) : ordinateurs, réseaux et automates d'un site.
        Ses parties sont classées selon qui doit agir, pas selon la technique.
        • 1-x : vocabulaire, concepts et modèles communs à toutes les autres parties.
        • 2-1 : le propriétaire d'actifs, qui exploite l'installation, bâtit et fait vivre un programme de sécurité.
        • 2-4 : le prestataire de services (intégrateur, mainteneur) montre ce qu'il sait faire.
        • 3-2 : le concepteur ou l'intégrateur apprécie le risque avec le propriétaire d'actifs et découpe
        le système en zones et conduits, chacun avec un niveau de sécurité cible.
        • 3-3 : l'intégrateur fait en sorte que chaque zone satisfasse les exigences de son SL.
        • 4-1 : le fournisseur de produits suit un processus de développement sécurisé.
        • 4-2 : le fournisseur de produits intègre les fonctions de cybersécurité à chaque composant.
        Un rôle est un ensemble de devoirs, pas un type de société : une société peut en cumuler.
        Sur un projet : le propriétaire d'actifs exige, les intégrateurs réalisent, les fournisseurs livrent.
        iacs-assess couvre six de ces parties :
        • 2-1 (2024) : 87 exigences en 8 éléments du programme (SPE), notées en maturité.
        • 2-4 (2023) : 123 exigences en 12 domaines fonctionnels, notées en maturité.
        • 3-2 (2020) : les étapes de l'appréciation du risque, zones, conduits, menaces et SL-T.
        • 3-3 (2013) : 51 exigences système et 49 renforcements, avec une réponse par zone.
        • 4-1 (2018) : 47 exigences en 8 pratiques du développement du fournisseur, notées en maturité.
        • 4-2 (2019) : les exigences de composant, une réponse par composant ; elles donnent son SL-C,
        ou bien le SL-C déclaré par le fournisseur (certificat ou déclaration) est enregistré.

# revue 2026-12 : l'exemple ML3 est une procédure définie avec preuve d'application, pas « toutes les lignes et tous les sites »
learn-maturity =
    .title = Niveaux de maturité ML1 à ML4
    .body =
        Un niveau de maturité dit si une organisation fait bien une chose, et avec constance.
        Les parties 2-1, 2-4 et 4-1 partagent une même échelle à quatre niveaux, issue de CMMI.
        • Non mis en œuvre : l'exigence n'est pas appliquée du tout ; c'est en dessous de ML1.
        • ML1 Initial : appliqué, mais au cas par cas ; dépend des personnes, rarement écrit.
        • ML2 Géré : documenté pour ce système ou cette solution, personnel formé, reproductible.
        • ML3 Défini (pratiqué) : un processus pour toute l'organisation, avec preuves d'usage.
        • ML4 En amélioration : le processus est mesuré, et les mesures guident son amélioration.
        Chaque niveau s'appuie sur le précédent : pas de ML3 sans ce que demande ML2.
        L'échelle guidée (touche L) pose jusqu'à quatre questions oui/non, une par niveau.
        Chaque oui relève la proposition d'un niveau ; le premier non arrête l'échelle.
        Aucun oui propose « non mis en œuvre » ; quatre oui proposent ML4.
        La proposition est saisie comme réponse ; vous pouvez la changer avec 0 à 4.
        Exemple sur le terrain : les sauvegardes des programmes d'automates.
        • ML1 : un technicien copie de temps en temps les programmes sur une clé USB.
        • ML2 : une procédure écrite pour cette ligne dit quoi sauvegarder, quand et par qui.
        • ML3 : une procédure définie pour toute l'entreprise ; des journaux prouvent son usage.
        • ML4 : les essais de restauration sont chronométrés et suivis, la procédure en profite.
        Notez pourquoi vous retenez ce niveau, et citez les preuves que vous avez vues.

learn-security-levels =
    .title = Niveaux de sécurité SL1 à SL4
    .body =
        Un niveau de sécurité (SL) dit quel attaquant une zone ou un produit peut tenir en échec.
        On le mesure à l'intention, aux moyens, aux ressources et au savoir-faire de l'attaquant.
        • SL1 : protection contre une violation fortuite ou accidentelle, sans intention de nuire.
        Exemple : un technicien branche sans le savoir une clé USB porteuse d'un virus.
        • SL2 : contre une attaque voulue : moyens simples, peu de ressources, savoir général.
        Exemple : un ex-salarié aigri tente les mots de passe par défaut avec un outil gratuit.
        • SL3 : contre des moyens sophistiqués, des ressources modérées et un savoir-faire IACS.
        Exemple : un groupe de rançongiciel qui étudie le contrôle-commande avant de frapper.
        • SL4 : contre des moyens sophistiqués aux ressources étendues, souvent étatiques.
        Exemple : une équipe au logiciel malveillant conçu pour le SIS, préparée pendant des mois.
        Un 0 signifie que même SL1 n'est pas atteint.
        Plus haut n'est pas toujours mieux : chaque niveau coûte de l'argent et des efforts.
        Le niveau dont une zone a besoin découle de son risque : c'est le travail de la 62443-3-2.
        La même échelle sert trois fois : cible (SL-T), capacité (SL-C), atteint (SL-A).
        La méthode de l'acteur de menace d'iacs-assess reprend ces quatre niveaux :
        occasionnel 1, moyens simples 2, ressources modérées 3, ressources étendues 4.

learn-sl-vectors =
    .title = Vecteurs SL : SL-T, SL-C et SL-A
    .body =
        La 62443-3-3 range ses exigences système (SR) en sept exigences fondamentales (FR).
        • FR 1 IAC, contrôle d'identification et d'authentification : qui ou quoi se connecte ?
        • FR 2 UC, contrôle d'utilisation : qu'a le droit de faire un utilisateur identifié ?
        • FR 3 SI, intégrité du système : logiciels, réglages et données sont-ils intacts ?
        • FR 4 DC, confidentialité des données : l'information échappe-t-elle aux non-autorisés ?
        • FR 5 RDF, flux de données restreint : le trafic ne va-t-il que là où il doit aller ?
        • FR 6 TRE, réponse en temps utile aux événements : un incident est-il vu et traité ?
        • FR 7 RA, disponibilité des ressources : le système tient-il sous attaque ou charge ?
        Un niveau de sécurité est donc sept nombres, un par FR, toujours dans cet ordre.
        Exemple : SL-T 2 2 1 1 3 1 2 demande SL3 en flux de données, SL1 en confidentialité.
        • SL-T, cible : le besoin d'une zone ou d'un conduit, fixé par l'appréciation du risque.
        • SL-C, capacité : ce qu'un système ou un composant peut atteindre, bien configuré.
        • SL-A, atteint : ce que la zone atteint vraiment, telle qu'elle est bâtie et exploitée.
        Chaque SR et chaque renforcement (RE) s'applique à partir d'un SL minimal.
        Pour chaque FR, iacs-assess retient le plus grand n tel que chaque exigence de cette FR
        de SL minimal au plus n soit satisfaite, ou compensée par une mesure documentée.
        « Non applicable » ne fait pas baisser le niveau ; « non satisfait » et sans réponse, si.
        Une seule exigence SL1 non satisfaite donne 0 pour sa FR.
        Exemple : tout SL1 et SL2 de FR 5 satisfait, un point SL3 non satisfait : FR 5 atteint 2.
        L'écart vaut SL-T moins SL-A, pour chaque FR dont la cible est plus haute.
        La liste des écarts cite chaque exigence non satisfaite ou sans réponse jusqu'au SL cible,
        triée par FR, puis SL, puis identifiant : exactement ce qui comble l'écart.

learn-zones-conduits =
    .title = Zones et conduits
    .body =
        Une zone regroupe des actifs protégés au même niveau : le SL-T de la zone.
        Un conduit porte le trafic entre deux zones : un passage dans un pare-feu,
        un câble, un VPN.
        Séparez ce qui diffère : l'informatique de bureau, les systèmes instrumentés de sécurité,
        les appareils branchés de temps en temps, le sans-fil et tout ce qu'on atteint
        par des réseaux extérieurs.
        Le diagramme de ce sujet montre l'usine de traitement d'eau de la démo,
        dessinée par l'outil.
        • Cinq zones, de haut en bas : le réseau de bureau Z-ENT, la DMZ industrielle Z-DMZ,
        les serveurs SCADA et postes opérateurs Z-SCADA, les automates Z-CTRL,
        et tout en bas le système instrumenté de sécurité du chlore Z-SIS.
        • Une ligne est un conduit, avec son identifiant et son SL-T. Z-DMZ et Z-SCADA sont
        reliées par deux : C-DMZ-SCADA pour les mises à jour et l'historien, C-REMOTE
        pour l'accès à distance.
        • Une boîte montre le SL-T et le SL-A de la zone, un chiffre par FR, dans la couleur
        de son plus grand écart : vert (✓) SL-T atteint, jaune (1) un niveau en dessous,
        rouge (2+) deux ou plus, bleu (?) en dessous seulement là où des réponses manquent.
        Pourquoi le SL-T d'un conduit suit les zones qu'il relie : qui prend la main sur
        un conduit atteint ses deux zones. Le conduit doit donc être aussi bien protégé
        que la plus exigeante des deux, FR par FR.
        Exemple : Z-SCADA demande 3332232 et Z-CTRL 2221222, donc C-SCADA-CTRL reçoit 3332232.
        Ce que fait l'outil quand le modèle de risque fait suivre les zones aux conduits
        (par défaut) : pour chaque FR, le SL-T d'un conduit est le plus haut de ses propres
        scénarios de menace, des planchers et de ses deux zones. Un ajustement du conduit
        peut ensuite plafonner une FR, et un SL-T fixé à la main (touche o) remplace le vecteur.
        Un conduit peut demander plus que ses deux zones : C-REMOTE demande 3 dans chaque FR,
        car son propre scénario, un rançongiciel entré par des comptes VPN volés, l'exige.
        Dans l'outil : s ouvre les zones, v leur diagramme, a ajoute une zone, c un conduit.
        La démo (d sur l'écran d'accueil) est cette usine de traitement d'eau, à explorer.

# revue 2026-12 : risque résiduel = risque avec les contre-mesures EXISTANTES (62443-3-2 ZCR 5.10) ;
# les contre-mesures prévues, supplémentaires, relèvent de ZCR 5.12 et sont décrites à part
learn-risk =
    .title = Risque et niveau de sécurité cible
    .body =
        Risque = vraisemblance x impact, lu dans la matrice de risques propre à l'organisation.
        Vraisemblance : à quelle fréquence un scénario de menace pourrait se produire et réussir.
        Impact : la gravité du résultat ; évaluez santé et sécurité, environnement, production,
        finances et réputation, et retenez le pire.
        La limite du risque tolérable coupe la matrice : dessous on accepte, dessus on réduit.
        Risque non atténué : le risque avant de compter la moindre contre-mesure.
        Risque résiduel : le risque qui subsiste avec les contre-mesures déjà en place.
        Les contre-mesures prévues sont notées à part : elles doivent faire baisser le risque
        jusqu'à la limite tolérable ou en dessous. Une fois en place, réévaluez le résiduel.
        Échelles, matrice et règles forment le modèle de risque, copié dans chaque évaluation,
        pour que les anciens résultats restent reproductibles si l'organisation change son modèle.
        iacs-assess déduit le SL-T de chaque zone et conduit de l'une de deux façons :
        • À partir du risque à réduire : chaque scénario demande le SL de son niveau de risque
        non atténué ; modèle par défaut : faible et moyen 1, élevé 2, très élevé 3, critique 4.
        • À partir de l'acteur de menace : chaque scénario demande le SL de l'attaquant crédible
        le plus capable : occasionnel 1, moyens simples 2, ressources modérées 3, étendues 4.
        Un scénario ne relève que les FR par lesquelles il agit, ou les sept si aucune n'est dite.
        Pour chaque FR, la valeur la plus haute l'emporte ; son scénario est affiché comme motif.
        Des ajustements plafonnent une FR, avec motif : FR 4 à 1 sans données confidentielles.
        Une saisie manuelle (touche o) remplace tout le vecteur et exige une justification écrite.
        Si vous videz la saisie manuelle, iacs-assess déduit de nouveau le SL-T.
        Exemple : rançongiciel par la télémaintenance, probable et majeur : très élevé, donc SL 3.
        Avec le pare-feu déjà en place, il est possible et majeur : élevé. C'est le risque
        résiduel, encore au-dessus de la limite. Prévu : une procédure de restauration testée
        qui réduit l'arrêt à modéré ; possible et modéré donne moyen, donc tolérable.

learn-process-3-2 =
    .title = La démarche 62443-3-2 pas à pas
    .body =
        La 62443-3-2 tire du risque zones, conduits et niveaux cibles en sept étapes, ZCR 1 à 7.
        • ZCR 1 : délimiter le système considéré (SUC) : ses actifs et tous ses points d'accès.
        Dans iacs-assess : répondre à ZCR 1.1 avec une note, et le schéma réseau comme preuve.
        • ZCR 2 : une première appréciation grossière : le pire que pourrait causer une attaque.
        Dans iacs-assess : les pires cas en scénarios de menace, risque non atténué (touche t).
        • ZCR 3 : découper en zones et conduits ; séparer bureautique, SIS, équipements
        temporaires, sans-fil et accès extérieurs. Dans iacs-assess : zones, touches a et c.
        • ZCR 4 : comparer le risque initial au risque tolérable : faut-il aller plus loin ?
        Dans iacs-assess : la carte de chaleur des zones et la mention tolérable du registre.
        • ZCR 5 : appréciation détaillée par zone et conduit : menaces, vulnérabilités, impact,
        vraisemblance, risque non atténué, SL-T, contre-mesures en place et à ajouter, résiduel.
        Dans iacs-assess : scénarios (acteur, FR, contre-mesures, résiduel) ; SL-T déduit.
        • ZCR 6 : documenter exigences de sécurité, description du système, plans des zones,
        hypothèses, menaces, politiques, risque tolérable et réglementation applicable.
        Dans iacs-assess : le classeur exporté donne zones, risques et SL-T ; le reste en preuves.
        • ZCR 7 : le propriétaire d'actifs approuve les résultats, le risque résiduel et les exigences.
        Dans iacs-assess : la signature se fait hors de l'outil ; citez le document sur ZCR 7.1.
        Le questionnaire 3-2 contient les 32 exigences de ces étapes ; répondez à chacune par
        d fait, p partiellement, x non fait ou n non applicable, avec notes et preuves.

learn-regulations =
    .title = NIS2, NIST CSF et le CRA
    .body =
        On demande rarement « respectons-nous la 62443 ? ». La question porte le plus souvent sur
        une loi ou un cadre :
        • NIS2 (UE) : l'article 21(2) énumère dix domaines de mesures que les entités essentielles
        et importantes doivent prendre, de l'analyse des risques aux communications sécurisées.
        • NIST Cybersecurity Framework 2.0 : six fonctions (Govern, Identify, Protect, Detect,
        Respond, Recover) et 106 résultats attendus, répandu en Amérique du Nord et dans de
        nombreux contrats.
        • Cyber Resilience Act (UE) : à partir de 2027, un produit comportant des éléments
        numériques mis sur le marché de l'UE doit satisfaire les exigences de son annexe I :
        propriétés du produit (partie I) et traitement des vulnérabilités par le fabricant
        (partie II). Il concerne les fournisseurs de produits ; ses équivalents sont 62443-4-1 et 4-2.
        Une correspondance relie chaque point d'un tel texte aux exigences 62443 qui y
        contribuent. Chaque lien a une nature (équivalente, contribue, partielle) et une source :
        les références publiées par le NIST vers 62443-3-3 quand elles existent, sinon notre
        lecture, avec une justification d'une ligne que vous pouvez vérifier et contester.
        L'outil lit ensuite vos réponses : un point est couvert quand chaque exigence liée est
        satisfaite (ou atteint sa maturité cible), en partie quand certaines le sont, non couvert
        quand celles qui ont une réponse ne sont pas satisfaites. Sans réponse, il est « non
        évalué », jamais « non couvert ». Certains points n'ont aucun équivalent dans la 62443 :
        c'est aussi un constat.
        Ouvrez la correspondance avec sa touche depuis l'écran des résultats, ou lancez
        `iacs-assess align FICHIER --to nis2`. Un verdict décrit les preuves 62443, pas la
        conformité juridique.

learn-using-the-tool =
    .title = Une évaluation avec iacs-assess
    .body =
        Accueil : n nouvelle évaluation, d copie de la démo, l apprendre, Enter ouvre une récente.
        Nouvelle : titre, organisme, site, évaluateurs, questionnaires (Space), maturité cible.
        Questionnaire : la structure à gauche, l'exigence et sa question au milieu.
        ↑ ↓ ou j k pour bouger, Enter passe à l'exigence suivante, Tab au questionnaire suivant.
        Maturité : 0 non mis en œuvre, 1 à 4 pour ML1 à ML4, n non applicable, L l'échelle guidée.
        62443-3-3 : m satisfait, x non satisfait, c compensé, n non applicable ; z zone suivante.
        62443-3-2 : d fait, p partiellement, x non fait, n non applicable.
        « Non applicable » et « compensé » demandent un motif ou une contre-mesure dans la note.
        i fixe l'interlocuteur, reporté sur chaque réponse jusqu'à ce que vous le changiez.
        e modifie la note, v les références des preuves (une par ligne), g affiche les conseils.
        f marque « à suivre » ; u va à la prochaine sans réponse, F à la prochaine à suivre.
        s ouvre zones, conduits et scénarios de menace ; Enter y répond à la 3-3 pour la zone.
        r affiche les résultats : maturité face à la cible, SL-T face au SL-A, liste des écarts.
        X exporte un classeur, du CSV ou du JSON ; l'export ne modifie jamais l'évaluation.
        Pour répondre sans l'outil, exportez un classeur hors ligne en ligne de commande :
        iacs-assess export FICHIER --format offline-xlsx -o CLASSEUR.xlsx, puis relisez-le
        avec iacs-assess import FICHIER --from CLASSEUR.xlsx.
        Chaque réponse est sur le disque dès que vous la donnez ; ? montre les touches partout.

## Service providers (issue 23)

learn-service-providers =
    .title = Prestataires et 62443-2-4
    .body =
        La 62443-2-4 s'adresse aux prestataires de services : intégrateurs et mainteneurs.
        Elle décrit ce qu'un prestataire peut proposer à un propriétaire d'actifs,
        en 12 domaines : du personnel envoyé sur site à l'accès distant, aux correctifs
        et aux sauvegardes.
        Le prestataire évalue chaque capacité par un niveau de maturité, ML1 à ML4, comme en 2-1.
        Les clients la demandent avant un contrat ; certains prestataires se font certifier.
        La norme distingue deux prestations :
        • Intégration : concevoir, construire et mettre en service une solution d'automatisation.
        • Maintenance : s'occuper de la solution une fois en service.
        Certaines exigences concernent l'une des deux, beaucoup les deux. Le périmètre des
        prestations (intégration, maintenance ou les deux) écarte ce qui ne concerne que l'autre.
        Trois réponses se ressemblent mais disent des choses différentes :
        • Non mis en œuvre : la prestation est proposée, mais ce point n'est pas fait (sous ML1).
        Il compte pour 0 et tire son domaine vers le bas.
        • Non proposé (touche o) : le prestataire ne vend pas cela, p. ex. aucun travail sans fil.
        Il est exclu de la maturité ; un domaine où rien n'est proposé n'a pas de niveau, pas 0.
        Tout un domaine le reçoit d'un coup, avec une seule raison (question groupée, --area).
        • Non applicable : la prestation est proposée, mais cette exigence ne s'y prête pas.
        Il faut aussi une raison, et il est lui aussi exclu de la maturité.
        Un propriétaire d'actifs écrit ce qu'il demande dans un profil cible : un petit fichier
        TOML avec un niveau par domaine ou par exigence, p. ex. accès distant ML3, sans-fil 0.
        (0 veut dire : non demandé.) iacs-assess target FICHIER --profile ID en fait la cible.
        La déclaration de capacités est ce que le prestataire envoie à ses clients :
        iacs-assess statement FICHIER -o DECLARATION.xlsx montre par domaine ce qui est proposé,
        à quel niveau et avec quelles preuves, et ce qui ne l'est pas.
        Les notes restent dehors, sauf avec --with-notes : elles sont souvent internes.
        Avec --against PROFIL, le propriétaire voit par exigence le niveau demandé,
        le niveau proposé et l'écart.
        Pour essayer : iacs-assess demo --integrator ouvre l'auto-évaluation de l'intégrateur
        de la démo ; comparez-la au profil demo-aqua-valley-integrator.

## Composants (issue 20)

learn-components =
    .title = Fournisseurs, composants et SL-C
    .body =
        Les fournisseurs de produits fabriquent les éléments dont un système est fait,
        comme automates, commutateurs et logiciels. Deux parties de la 62443 s'adressent à eux :
        • 4-1 : comment les produits sont développés : un cycle de développement sécurisé,
        47 exigences en 8 pratiques, notées de ML1 à ML4 comme en 2-4,
        avec une seule réponse pour le fournisseur.
        • 4-2 : ce que sait faire un composant : ses fonctions de cybersécurité, par FR.
        La 4-2 connaît quatre types de composants ; le type décide des exigences en plus :
        • Application logicielle (SAR) : un serveur SCADA, un historian, un outil d'ingénierie.
        • Appareil embarqué (EDR) : un automate, une RTU, un instrument de terrain intelligent.
        • Appareil hôte (HDR) : un poste opérateur ou un serveur avec son système d'exploitation.
        • Appareil réseau (NDR) : un commutateur, un routeur, un pare-feu, un point d'accès Wi-Fi.
        Les exigences de composant (CR) s'appliquent aux quatre types.
        Le niveau de sécurité de capacité (SL-C) dit ce qu'un composant peut atteindre
        quand il est bien configuré. Comme SL-T et SL-A, ce sont sept nombres, un par FR.
        L'outil obtient le SL-C d'un composant de l'une de deux façons :
        • Évalué : vous répondez au questionnaire 4-2 pour le composant. Pour chaque FR,
        son SL-C est le plus haut niveau dont les exigences pour ce type sont toutes
        satisfaites, compté comme pour le SL-A. Les contraintes communes CCSC 1 à 4
        s'appliquent à chaque niveau ; la CCSC 4 demande un développement selon la 4-1.
        • Déclaré : le fournisseur indique le vecteur. Notez sa source et sa date,
        soit un certificat (schéma et numéro, p. ex. ISASecure CSA ou IECEE) ou la propre
        déclaration du fournisseur. Un tiers a vérifié un certificat, pas une déclaration.
        Par zone et par FR, les trois niveaux se rencontrent :
        • SL-T : ce dont la zone a besoin, selon l'appréciation du risque.
        • SL-C : ce que chaque composant de la zone est capable de faire.
        • SL-A : ce que la zone atteint telle qu'elle est construite et exploitée aujourd'hui.
        Une zone ne peut atteindre son SL-T que si chacun de ses composants en est capable.
        Le contrôle des zones liste chaque composant dont le SL-C est sous le SL-T de sa zone,
        p. ex. « Z-CTRL FR 1 : PLC-3 (SL-C 1) sous SL-T 2 ».
        Un composant sans SL-C connu est listé comme inconnu, jamais supposé capable.
        Être capable ne suffit pas : le SL-A dépend encore de sa configuration et de son usage.
        Un composant insuffisant demande une contre-mesure compensatoire, une zone à lui,
        ou un remplacement.
