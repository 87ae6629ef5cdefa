"""French translation of the demo market-entry checklists (markets.py), published by
lms/demo/markets.py as Wagtail translations of the English checklists.

By slug: name, summary, introduction (HTML) and items as (text, guidance HTML, link text) in
the English items' order (categories, order and links are the source's). Names of laws,
registers and systems are those the official French texts use; figures, dates and the hedges
on fast-changing rules are the English source's.
"""

MADRID = "OMPI : le système de Madrid"
MARKET_ACCESS_MAP = "ITC Market Access Map"

CHECKLISTS = {
    "european-union": {
        "name": "Union européenne",
        "summary": (
            "27 pays, une union douanière et beaucoup de règles communes sur les produits, les "
            "consommateurs et les données, mais des langues et certaines exigences nationales."
        ),
        "introduction": (
            "<p>L’UE forme un seul territoire douanier : une marchandise dédouanée dans un État "
            "membre circule librement dans les autres. Une grande partie du droit des produits, "
            "de la consommation et des données est fixée au niveau européen, si bien qu’un même "
            "effort de mise en conformité couvre de nombreux pays ; l’étiquetage, la langue et "
            "certaines taxes varient encore d’un pays à l’autre.</p>"
        ),
        "items": [
            (
                "Cherchez votre nom de marque dans les registres de l’UE et des pays membres",
                "<p>Une marque de l’Union européenne, délivrée par l’Office de l’Union européenne "
                "pour la propriété intellectuelle (EUIPO), couvre tous les États membres ; les "
                "marques nationales existent à côté, si bien qu’un nom libre au niveau de l’UE "
                "peut déjà être pris dans un pays. TMview interroge d’un coup l’EUIPO et les "
                "offices nationaux.</p>",
                "TMview",
            ),
            (
                "Choisissez votre voie : une marque de l’UE auprès de l’EUIPO, ou l’UE désignée "
                "par le système de Madrid",
                "<p>L’UE est membre du système de Madrid : une demande internationale fondée sur "
                "votre marque nationale peut donc la désigner. Pendant cinq ans, l’enregistrement "
                "international dépend de votre marque d’origine : si elle tombe, le reste tombe "
                "avec elle.</p>",
                MADRID,
            ),
            (
                "Vérifiez votre nom de marque dans les principales langues de vos pays cibles",
                "<p>L’OMPI conseille un nom facile à prononcer dans chaque langue visée et sans "
                "sens malheureux dans aucune d’elles.</p>",
                "",
            ),
            (
                "Trouvez les règles européennes qui fixent ce que doit dire votre étiquette",
                "<p>De nombreuses familles de produits ont leurs propres règles d’étiquetage, par "
                "exemple les denrées alimentaires (règlement (UE) n° 1169/2011), les cosmétiques "
                "(règlement (CE) n° 1223/2009) et les textiles, dont la composition en fibres "
                "doit figurer sur l’étiquette (règlement (UE) n° 1007/2011). Partez des règles "
                "de votre famille de produits.</p>",
                "Access2Markets (Commission européenne)",
            ),
            (
                "Rédigez les mentions obligatoires dans une langue que comprennent les acheteurs "
                "de chaque pays",
                "<p>Les règles de l’UE exigent en général que les mentions obligatoires soient "
                "dans une langue facilement comprise là où le produit est vendu, et les États "
                "membres peuvent imposer leur(s) langue(s) officielle(s). Prévoyez une étiquette "
                "par zone linguistique, ou une étiquette multilingue.</p>",
                "",
            ),
            (
                "Indiquez sur le produit ou ses documents un opérateur économique établi dans "
                "l’UE, lorsque la loi l’exige",
                "<p>Le règlement relatif à la sécurité générale des produits (UE) 2023/988 et le "
                "règlement sur la surveillance du marché (UE) 2019/1020 exigent, pour de "
                "nombreux produits, un opérateur économique responsable établi dans l’UE ; pour "
                "un vendeur à l’étranger, c’est souvent l’importateur ou un mandataire.</p>",
                "",
            ),
            (
                "Vérifiez si votre produit doit porter le marquage CE",
                "<p>Le marquage CE ne concerne que les produits visés par des textes européens "
                "précis, comme les jouets, le matériel électrique, les machines et les "
                "équipements de protection individuelle. Lorsqu’il s’applique, le fabricant "
                "évalue la conformité, tient une documentation technique et signe une "
                "déclaration UE de conformité avant d’apposer le marquage.</p>",
                "L’Europe est à vous : le marquage CE",
            ),
            (
                "Consultez le règlement sur la sécurité générale des produits si aucun texte "
                "particulier ne couvre votre produit de consommation",
                "<p>Depuis le 13 décembre 2024, le RSGP fixe les obligations de sécurité des "
                "produits de consommation sans règles européennes propres, et demande aux "
                "vendeurs en ligne d’afficher dans l’annonce le fabricant, l’identification du "
                "produit et ses avertissements.</p>",
                "",
            ),
            (
                "Café, cacao, bois, caoutchouc, soja, huile de palme ou bovins : soyez prêt à "
                "donner à votre acheteur européen la géolocalisation des parcelles de production",
                "<p>Le règlement européen sur la déforestation (UE) 2023/1115, modifié en "
                "décembre 2025, n’admet ces produits de base et les produits dérivés listés "
                "(café torréfié, chocolat, meubles, cuir, pneus…) sur le marché de l’UE que "
                "s’ils ont été produits légalement sur des terres non déboisées après le 31 "
                "décembre 2020. Il s’applique à partir du 30 décembre 2026 aux grands et moyens "
                "opérateurs et du 30 juin 2027 aux micro et petites entreprises. C’est "
                "l’importateur européen qui dépose la déclaration de diligence raisonnée : il "
                "vous demandera donc les coordonnées GPS (un polygone pour les parcelles de plus "
                "de 4 hectares) de chaque exploitation d’où vient votre café, et la preuve d’une "
                "production légale. Commencez dès maintenant à les recueillir auprès de vos "
                "producteurs ou de votre coopérative. La Commission ajuste la liste des produits "
                "par acte délégué : vérifiez que le vôtre y figure.</p>",
                "Commission européenne : mise en œuvre du RDUE",
            ),
            (
                "Vérifiez les restrictions chimiques applicables à vos matériaux (REACH)",
                "<p>Le règlement (CE) n° 1907/2006 (REACH) restreint certaines substances dans "
                "les produits vendus dans l’UE, par exemple dans les textiles, le cuir, les "
                "plastiques et les bijoux. Demandez des rapports d’essai à vos fournisseurs.</p>",
                "",
            ),
            (
                "Accordez aux consommateurs leur droit de rétractation de 14 jours pour un achat "
                "en ligne",
                "<p>Selon la directive 2011/83/UE, le consommateur peut se rétracter dans les 14 "
                "jours suivant la livraison sans donner de motif ; si vous ne l’informez pas de "
                "ce droit, le délai est prolongé de 12 mois au plus.</p>",
                "Portail européen e-Justice",
            ),
            (
                "Affichez le prix total, taxes et frais de livraison compris, avant la commande",
                "<p>Le droit européen de la consommation exige une information claire avant le "
                "contrat, notamment le prix total avec les taxes et les éventuels frais de "
                "livraison, ainsi que votre identité et la façon de vous joindre.</p>",
                "",
            ),
            (
                "Respectez la garantie légale pour les biens défectueux ou non conformes à leur "
                "description",
                "<p>La directive (UE) 2019/771 donne au consommateur au moins deux ans pour agir "
                "lorsque le bien n’est pas conforme au contrat ; certains pays prévoient plus. "
                "Une garantie commerciale que vous ajoutez ne la remplace pas.</p>",
                "",
            ),
            (
                "Rédigez une politique de confidentialité : ce que vous collectez, pourquoi, et "
                "combien de temps vous le gardez",
                "<p>Les principes du RGPD (art. 5) comprennent la licéité et la transparence, la "
                "limitation des finalités, la minimisation des données, l’exactitude, la "
                "limitation de la conservation et la sécurité, et vous devez pouvoir démontrer "
                "que vous les respectez. Son article 3, paragraphe 2, peut viser des vendeurs "
                "situés hors de l’UE qui proposent des biens à des personnes dans l’UE : "
                "demandez à un conseiller s’il s’applique à vous.</p>",
                "",
            ),
            (
                "Ne collectez que les données client nécessaires pour exécuter la commande",
                "<p>La minimisation des données est un principe du RGPD, et elle réduit aussi "
                "votre risque en cas de fuite.</p>",
                "",
            ),
            (
                "Vérifiez comment les données de vos clients sortent de l’UE si votre boutique "
                "ou vos systèmes sont à l’étranger",
                "<p>Les transferts de données personnelles hors de l’UE exigent une base "
                "juridique prévue au chapitre V du RGPD, comme une décision d’adéquation ou des "
                "clauses contractuelles types. Demandez à votre plateforme de vente laquelle "
                "elle utilise.</p>",
                "",
            ),
            (
                "Proposez les moyens de paiement qu’utilisent vos acheteurs et décidez qui porte "
                "le risque de change",
                "<p>Fixer vos prix dans votre monnaie transfère le risque à l’acheteur mais peut "
                "coûter des ventes ; fixer vos prix en euros suppose une couverture, comme un "
                "contrat à terme, ou une marge pour ce risque.</p>",
                "",
            ),
            (
                "Attendez-vous à l’authentification forte du client pour les paiements par carte",
                "<p>Avec la deuxième directive européenne sur les services de paiement (DSP2), "
                "de nombreux paiements par carte en ligne exigent une authentification à deux "
                "facteurs de l’acheteur. Choisissez un prestataire de paiement qui la gère, "
                "sinon des paiements risquent d’échouer au moment de payer.</p>",
                "",
            ),
            (
                "Obtenez un numéro EORI si c’est vous qui déposerez les déclarations en douane "
                "dans l’UE",
                "<p>Les opérateurs économiques en relation avec les douanes de l’UE ont besoin "
                "d’un numéro EORI. Si vous vendez rendu droits acquittés (DDP), vous êtes "
                "l’importateur ; en DAP, c’est en général l’acheteur ou son représentant.</p>",
                "",
            ),
            (
                "Classez votre produit avec son code SH et consultez le tarif de l’UE",
                "<p>Le tarif intégré de l’UE (TARIC) s’appuie sur le code SH à six chiffres. "
                "Access2Markets indique les droits, les taxes, les règles d’origine et les "
                "exigences pour votre produit et votre pays d’origine.</p>",
                "Access2Markets",
            ),
            (
                "Demandez à votre commissionnaire en douane quels documents peuvent être envoyés "
                "sous forme électronique",
                "<p>L’UE met en place par étapes un environnement de guichet unique pour les "
                "douanes, afin que les certificats d’autres administrations puissent être "
                "contrôlés avec la déclaration. Demandez à votre commissionnaire quels "
                "certificats il accepte sous forme de données plutôt que sur papier.</p>",
                "",
            ),
            (
                "Décidez comment la TVA à l’importation est perçue : inscription à l’IOSS, ou "
                "paiement par l’acheteur à l’importation",
                "<p>Depuis le 1er juillet 2021, la TVA est due sur toute importation dans l’UE. "
                "Pour les colis jusqu’à 150 €, le vendeur peut facturer la TVA lors de la "
                "commande grâce au guichet unique à l’importation (IOSS) ; sinon, l’acheteur "
                "paie la TVA et des frais de dossier à la livraison.</p>",
                "",
            ),
            (
                "Vérifiez la règle en vigueur sur les droits de douane des colis de faible "
                "valeur avant de fixer vos prix",
                "<p>La franchise de droits de douane de 150 € pour les petits colis est en cours "
                "de suppression. Depuis le 1er juillet 2026, un droit forfaitaire provisoire de "
                "3 € s’applique à chaque catégorie d’articles (chaque sous-position tarifaire) "
                "d’un colis de moins de 150 € envoyé à un consommateur dans l’UE : un chemisier "
                "en soie et deux en laine font deux catégories, soit 6 €. Il vise d’abord les "
                "marchandises vendues par des vendeurs inscrits au guichet unique à "
                "l’importation (IOSS) et reste en place jusqu’à ce que les droits normaux "
                "s’appliquent à tous les colis, une fois la plateforme européenne des données "
                "douanières en service (prévue pour 2028). Des frais de traitement distincts "
                "sont encore en discussion : confirmez les montants avec votre transporteur "
                "avant de fixer vos prix.</p>",
                "",
            ),
            (
                "Trouvez le taux de droit de votre code SH et vérifiez si une préférence "
                "commerciale le réduit",
                "<p>Si votre pays a un accord commercial ou un régime de préférences avec l’UE, "
                "les marchandises qui respectent ses règles d’origine peuvent payer moins de "
                "droits, mais seulement avec la bonne preuve de l’origine. Le café torréfié, par "
                "exemple, paie 7,5 % depuis la plupart des pays, mais 0 % depuis un pays moins "
                "avancé comme le Rwanda au titre de « Tout sauf les armes », avec une attestation "
                "d’origine REX, et 0 % depuis le Kenya ou le Viet Nam grâce à leurs accords avec "
                "l’UE.</p>",
                "Access2Markets",
            ),
            (
                "Acier, aluminium, ciment, engrais ou hydrogène : attendez-vous à ce que votre "
                "acheteur demande les émissions intégrées à vos produits (MACF)",
                "<p>Le mécanisme d’ajustement carbone aux frontières (règlement (UE) 2023/956) "
                "est dans sa période définitive depuis le 1er janvier 2026 : les importateurs "
                "européens de ces marchandises (et d’électricité) doivent être déclarants MACF "
                "autorisés et achèteront à partir de 2027 des certificats pour les émissions "
                "intégrées aux importations de 2026. Les importateurs de 50 tonnes par an au plus "
                "de ces marchandises, hors électricité et hydrogène, sont exemptés. Votre "
                "acheteur vous demandera des données d’émissions vérifiées, ou paiera sur la base "
                "de valeurs par défaut, en général plus élevées.</p>",
                "Commission européenne : MACF",
            ),
        ],
    },
    "united-states": {
        "name": "États-Unis",
        "summary": (
            "Un grand marché avec des règles fédérales pour la douane, l’étiquetage et la "
            "sécurité des produits, et des règles des États pour la taxe de vente et la vie "
            "privée. Les droits de douane ont souvent changé en 2025–2026."
        ),
        "introduction": (
            "<p>La douane, les droits de douane, l’essentiel de l’étiquetage et la sécurité des "
            "produits relèvent de l’État fédéral ; la taxe de vente, la vie privée et certaines "
            "règles de consommation sont fixées par chaque État. Les mesures tarifaires ont "
            "changé à plusieurs reprises en 2025 et 2026 : vérifiez le taux le jour où vous "
            "fixez votre prix.</p>"
        ),
        "items": [
            (
                "Cherchez votre nom de marque dans la base de l’USPTO",
                "<p>Une marque américaine est enregistrée par l’Office des brevets et des marques "
                "des États-Unis (USPTO). Cherchez-y les marques identiques ou proches dans les "
                "classes de vos produits avant le lancement.</p>",
                "Recherche de marques de l’USPTO",
            ),
            (
                "Choisissez votre voie : une demande auprès de l’USPTO, ou les États-Unis "
                "désignés par le système de Madrid",
                "<p>Les États-Unis sont membres du système de Madrid. Si vous déposez "
                "directement, l’USPTO exige que les déposants domiciliés à l’étranger soient "
                "représentés par un avocat habilité aux États-Unis.</p>",
                MADRID,
            ),
            (
                "Notez les délais pour prouver l’usage de votre marque aux États-Unis",
                "<p>Une marque enregistrée aux États-Unis se maintient par des déclarations "
                "d’usage déposées dans des délais fixés ; un enregistrement peut être radié si "
                "la marque n’est pas utilisée.</p>",
                "",
            ),
            (
                "Indiquez le pays d’origine sur le produit ou son emballage, en anglais",
                "<p>La loi américaine exige que les articles importés, ou leur contenant, "
                "indiquent leur pays d’origine de façon lisible et en anglais ; la douane (CBP) "
                "peut refuser ou sanctionner les marchandises non marquées.</p>",
                "",
            ),
            (
                "Vérifiez les règles de contenu de l’étiquette pour votre famille de produits",
                "<p>Les biens de consommation préemballés doivent indiquer la nature du produit, "
                "la quantité nette et le nom et l’adresse du fabricant, de l’emballeur ou du "
                "distributeur (Fair Packaging and Labeling Act). L’alimentaire y ajoute "
                "l’étiquetage nutritionnel et des allergènes de la FDA ; textiles et cosmétiques "
                "ont leurs propres règles.</p>",
                "",
            ),
            (
                "Vérifiez si des règles de la Consumer Product Safety Commission couvrent votre "
                "produit",
                "<p>Les produits soumis à une règle de la CPSC ont besoin d’un certificat de "
                "conformité ; les produits pour enfants doivent être testés par un laboratoire "
                "accepté par la CPSC et accompagnés d’un Children’s Product Certificate.</p>",
                "CPSC : conseils aux entreprises",
            ),
            (
                "Alimentaire : enregistrez l’établissement auprès de la FDA, avec un agent aux "
                "États-Unis et un identifiant unique, et renouvelez-le tous les deux ans",
                "<p>Les établissements étrangers qui fabriquent, emballent ou entreposent des "
                "aliments destinés aux États-Unis doivent s’enregistrer auprès de la FDA (21 CFR "
                "1.225–1.232). Un établissement étranger doit désigner un agent américain qui "
                "réside ou a un établissement aux États-Unis, et donner un identifiant unique "
                "d’établissement : la FDA accepte le numéro DUNS, gratuit auprès de Dun &amp; "
                "Bradstreet. L’enregistrement se renouvelle entre le 1er octobre et le 31 "
                "décembre de chaque année paire, sinon il expire. Chaque envoi exige aussi une "
                "notification préalable avant son arrivée.</p>",
                "FDA : enregistrement des établissements alimentaires",
            ),
            (
                "Alimentaire : donnez à votre importateur américain ce que demande son "
                "programme de vérification des fournisseurs étrangers, et consultez les alertes "
                "à l’importation de la FDA",
                "<p>Selon la loi sur la modernisation de la sécurité sanitaire des aliments "
                "(FSMA), l’importateur américain doit vérifier que chaque fournisseur étranger "
                "produit des aliments aussi sûrs que l’exigent les règles américaines (règle "
                "FSVP, 21 CFR partie 1, sous-partie L). Attendez-vous à ce qu’il demande votre "
                "analyse des dangers, votre plan de sécurité sanitaire, vos résultats d’audit "
                "ou d’analyses ; les avoir prêts fait gagner des clients. Consultez aussi les "
                "alertes à l’importation de la FDA : une alerte permet à la FDA de retenir des "
                "envois sans les examiner, pour un produit, une entreprise ou un pays entier, "
                "jusqu’à ce que l’importateur prouve leur conformité.</p>",
                "FDA : alertes à l’importation",
            ),
            (
                "Électronique : vérifiez si une autorisation d’équipement de la FCC s’applique",
                "<p>Les appareils qui émettent des radiofréquences doivent en général obtenir "
                "une autorisation de la FCC avant d’être commercialisés aux États-Unis.</p>",
                "",
            ),
            (
                "N’avancez que des allégations que vous pouvez prouver, y compris « Made in » et "
                "l’origine",
                "<p>La loi sur la Federal Trade Commission interdit les pratiques déloyales ou "
                "trompeuses ; la FTC veille à la véracité de la publicité et des allégations "
                "d’origine.</p>",
                "",
            ),
            (
                "Expédiez dans le délai annoncé, ou prévenez l’acheteur et proposez l’annulation",
                "<p>La règle de la FTC sur la vente par correspondance, par internet ou par "
                "téléphone vous oblige à expédier dans le délai annoncé (30 jours si vous n’en "
                "annoncez aucun) et à prévenir l’acheteur de tout retard en lui offrant "
                "d’annuler contre remboursement.</p>",
                "",
            ),
            (
                "Publiez une politique claire de retours et de remboursements",
                "<p>Il n’existe pas de droit fédéral général de retour des achats en ligne ; les "
                "États et les places de marché fixent leurs propres règles, et les acheteurs "
                "attendent une politique claire.</p>",
                "",
            ),
            (
                "Vérifiez quelles lois des États sur la vie privée s’appliquent à vous",
                "<p>Il n’existe pas de loi fédérale générale unique sur la vie privée. La "
                "Californie et un nombre croissant d’États ont la leur, applicable en général "
                "au-delà de seuils de chiffre d’affaires ou de nombre de consommateurs ; "
                "vérifiez-les à mesure que vous grandissez.</p>",
                "",
            ),
            (
                "Ne collectez pas de données d’enfants de moins de 13 ans sans respecter la COPPA",
                "<p>La loi sur la protection de la vie privée des enfants en ligne (COPPA) "
                "s’applique aux sites et services destinés aux enfants de moins de 13 ans, ou "
                "qui collectent sciemment leurs données.</p>",
                "",
            ),
            (
                "Fixez vos prix en dollars américains et décidez qui porte le risque de change",
                "<p>Les acheteurs américains attendent des prix en dollars. Si vous vendez en "
                "dollars, prévoyez une couverture ou une marge pour les variations de change "
                "entre la commande et le paiement.</p>",
                "",
            ),
            (
                "Avec des clients professionnels, convenez d’un mode de paiement adapté au risque",
                "<p>Du plus sûr au plus risqué pour le vendeur : paiement d’avance, crédit "
                "documentaire (RUU 600 de la CCI), encaissement documentaire (URC 522), compte "
                "ouvert, consignation.</p>",
                "Guide du financement du commerce de l’ITA",
            ),
            (
                "Gardez des preuves de livraison pour répondre aux rétrofacturations par carte",
                "<p>Les acheteurs qui paient par carte peuvent contester un débit auprès de leur "
                "banque ; le suivi et les preuves de livraison sont vos éléments de preuve.</p>",
                "",
            ),
            (
                "Trouvez un commissionnaire en douane agréé, ou vérifiez ce que couvre le "
                "dédouanement de votre transporteur express",
                "<p>Aux États-Unis, les commissionnaires en douane sont agréés par la CBP. Les "
                "transporteurs express dédouanent en général eux-mêmes les colis ; le fret exige "
                "un commissionnaire agissant pour l’importateur officiel.</p>",
                "",
            ),
            (
                "Classez vos marchandises dans le tarif douanier harmonisé des États-Unis",
                "<p>Le HTSUS prolonge le code SH à six chiffres jusqu’à dix chiffres ; le taux "
                "de droit et les éventuels droits additionnels découlent du code et du pays "
                "d’origine.</p>",
                "HTSUS (Commission du commerce international des États-Unis)",
            ),
            (
                "Par voie maritime, assurez-vous que la déclaration de sûreté de l’importateur "
                "(« 10+2 ») est déposée avant le chargement",
                "<p>Les envois maritimes vers les États-Unis exigent la déclaration de sûreté de "
                "l’importateur avant le chargement des marchandises dans le port étranger ; "
                "votre transitaire vous demandera les données.</p>",
                "",
            ),
            (
                "Attendez-vous à ce que vos données passent par le guichet unique de la CBP (ACE)",
                "<p>L’Automated Commercial Environment est le guichet unique américain où les "
                "données commerciales destinées à la douane et aux administrations partenaires "
                "sont déposées une seule fois.</p>",
                "",
            ),
            (
                "Ne comptez pas sur une entrée en franchise pour les colis de faible valeur",
                "<p>La franchise « de minimis » de 800 dollars est suspendue pour tous les pays "
                "depuis le 29 août 2025 : les colis postaux et commerciaux paient des droits "
                "quelle que soit leur valeur ; une loi de 2025 l’abrogerait pour les envois "
                "commerciaux à partir du 1er juillet 2027. Vérifiez la règle en vigueur auprès "
                "de la CBP avant de fixer vos prix.</p>",
                "Service des douanes et de la protection des frontières (CBP)",
            ),
            (
                "Vérifiez le droit total pour votre code SH et votre origine, droits "
                "additionnels compris",
                "<p>Des droits additionnels ont été ajoutés, modifiés et contestés en justice en "
                "2025–2026. Confirmez le taux total avec votre commissionnaire le jour où vous "
                "donnez un prix.</p>",
                "",
            ),
            (
                "Vérifiez si vous devez percevoir la taxe de vente des États",
                "<p>Depuis l’arrêt Wayfair de la Cour suprême (2018), les États peuvent obliger "
                "les vendeurs à distance au-delà d’un seuil à percevoir la taxe de vente ; les "
                "places de marché la perçoivent en général pour les ventes faites chez "
                "elles.</p>",
                "",
            ),
        ],
    },
    "asean": {
        "name": "ASEAN",
        "summary": (
            "Onze pays d’Asie du Sud-Est qui coopèrent au niveau régional mais gardent leurs "
            "propres règles : marques, étiquettes, règles sur les produits et taxes se vérifient "
            "pays par pays."
        ),
        "introduction": (
            "<p>L’Association des nations de l’Asie du Sud-Est coopère sur la douane et les "
            "normes (par exemple la nomenclature tarifaire harmonisée de l’ASEAN et le guichet "
            "unique de l’ASEAN, qui relie les guichets uniques nationaux des membres), mais "
            "elle ne forme pas un marché unique pour la plupart des règles. Le Timor-Leste est "
            "devenu le onzième membre le 26 octobre 2025 et adhère encore aux accords "
            "commerciaux de l’ASEAN. Choisissez vos un ou deux premiers pays et vérifiez chaque "
            "point pour eux.</p>"
        ),
        "items": [
            (
                "Consultez le registre des marques de chaque pays visé",
                "<p>Chaque membre a son propre office des marques. ASEAN TMview interroge "
                "plusieurs registres nationaux à la fois ; confirmez sur le registre national "
                "avant de déposer.</p>",
                "",
            ),
            (
                "Désignez les membres dont vous avez besoin par le système de Madrid, lorsqu’ils "
                "en font partie",
                "<p>La plupart des membres de l’ASEAN font partie du système de Madrid : une "
                "seule demande internationale peut donc en couvrir plusieurs. Vérifiez chaque "
                "pays visé dans la liste des membres de l’OMPI ; les autres demandent un dépôt "
                "national.</p>",
                MADRID,
            ),
            (
                "Déposez tôt : le premier à déposer l’emporte en général",
                "<p>Dans la plupart de ces pays, le droit naît de l’enregistrement et non de "
                "l’usage : déposez avant de commencer à vendre ou à montrer votre marque dans "
                "les salons.</p>",
                "",
            ),
            (
                "Vérifiez la règle de langue des étiquettes de chaque pays",
                "<p>Plusieurs membres, par exemple l’Indonésie, la Thaïlande et le Viet Nam, "
                "exigent en général des étiquettes en langue nationale pour les consommateurs. "
                "Une étiquette autocollante posée par l’importateur est une solution courante ; "
                "vérifiez qu’elle est acceptée.</p>",
                "",
            ),
            (
                "Prévoyez la certification halal là où les acheteurs ou la loi l’attendent",
                "<p>L’Indonésie rend progressivement obligatoire la certification halal pour de "
                "nombreux aliments, boissons et produits de consommation ; en Malaisie et au "
                "Brunei, elle est largement attendue pour l’alimentaire. Vérifiez que votre "
                "organisme certificateur est reconnu dans le pays visé.</p>",
                "",
            ),
            (
                "Trouvez les marques de conformité et les enregistrements nationaux de votre "
                "produit",
                "<p>Les produits réglementés ont besoin d’une approbation nationale, par exemple "
                "la marque SNI en Indonésie, les normes TISI en Thaïlande, la certification "
                "SIRIM en Malaisie et la Safety Mark pour les produits contrôlés à "
                "Singapour.</p>",
                "",
            ),
            (
                "Cosmétiques et aliments : notifiez ou enregistrez-les auprès de l’autorité "
                "nationale avant la vente",
                "<p>Selon la directive cosmétique de l’ASEAN, les cosmétiques sont notifiés à "
                "l’autorité nationale avant leur mise sur le marché ; les aliments demandent en "
                "général un enregistrement ou un permis d’importation. Votre importateur ou "
                "distributeur en est souvent titulaire.</p>",
                "",
            ),
            (
                "Lisez la loi de protection des consommateurs de chaque pays visé",
                "<p>Chaque membre a une loi de protection des consommateurs, et l’ASEAN "
                "coordonne par son comité sur la protection des consommateurs. Retours, "
                "garanties et obligations d’information varient d’un pays à l’autre.</p>",
                "",
            ),
            (
                "Alignez votre politique de retours sur celle des places de marché où vous vendez",
                "<p>Les places de marché régionales fixent leurs propres délais de retour et "
                "procédures de litige ; votre annonce doit respecter à la fois leurs règles et "
                "la loi nationale.</p>",
                "",
            ),
            (
                "Vérifiez la loi sur la protection des données de chaque pays visé",
                "<p>Par exemple la loi sur la protection des données personnelles de Singapour "
                "(2012), la loi sur la confidentialité des données des Philippines (2012), la "
                "PDPA de la Thaïlande et la loi indonésienne sur la protection des données "
                "personnelles (2022) ; d’autres pays ont des règles plus récentes. Elles "
                "diffèrent sur le consentement et la notification.</p>",
                "",
            ),
            (
                "Vérifiez les règles avant de stocker les données de vos clients dans un autre "
                "pays",
                "<p>Plusieurs membres limitent les transferts à l’étranger. L’ASEAN a publié des "
                "clauses contractuelles types pour les flux de données transfrontaliers, que "
                "les entreprises peuvent utiliser.</p>",
                "",
            ),
            (
                "Proposez les moyens de paiement locaux : portefeuilles électroniques, "
                "virements, paiements par QR code",
                "<p>L’usage de la carte varie beaucoup dans la région ; plusieurs membres ont "
                "relié leurs systèmes de paiement par QR code : vérifiez ce que gère votre "
                "prestataire de paiement.</p>",
                "",
            ),
            (
                "Fixez vos prix en monnaie locale là où les acheteurs l’attendent",
                "<p>Chaque membre a sa propre monnaie ; décidez si vous portez le risque de "
                "change ou si vous vendez dans votre monnaie.</p>",
                "",
            ),
            (
                "Classez vos marchandises dans la nomenclature tarifaire harmonisée de l’ASEAN",
                "<p>L’AHTN prolonge le code SH à six chiffres jusqu’à huit chiffres pour tous "
                "les membres ; les taux de droit nationaux restent différents.</p>",
                "",
            ),
            (
                "Ventes entre membres de l’ASEAN : demandez le droit réduit de l’ATIGA avec un "
                "formulaire D ou une déclaration d’origine",
                "<p>L’accord de l’ASEAN sur le commerce des marchandises (ATIGA) supprime la "
                "plupart des droits entre membres pour les produits qui respectent ses règles "
                "d’origine (en général 40 % de contenu en valeur régionale ou un changement de "
                "position tarifaire). Prouvez l’origine avec un certificat formulaire D de votre "
                "autorité de délivrance, envoyé en e-Form D par le guichet unique de l’ASEAN, "
                "ou, si vous êtes exportateur agréé, avec votre propre déclaration d’origine sur "
                "la facture (autocertification à l’échelle de l’ASEAN, depuis septembre 2020). "
                "Le Timor-Leste, membre depuis octobre 2025, était encore en cours d’adhésion à "
                "l’ATIGA et au RCEP lors de la vérification : interrogez sa douane avant de "
                "demander des préférences vers ou depuis ce pays.</p>",
                "Répertoire commercial de l’ASEAN",
            ),
            (
                "Vérifiez si un accord commercial réduit vos droits et quelle preuve de "
                "l’origine il demande",
                "<p>Des accords comme le RCEP (l’ASEAN avec la Chine, le Japon, la Corée, "
                "l’Australie et la Nouvelle-Zélande) ou un accord bilatéral peuvent réduire les "
                "droits des produits qui respectent leurs règles d’origine. Hors de l’ASEAN, "
                "l’accord du Viet Nam avec l’UE (EVFTA, en vigueur depuis le 1er août 2020) en "
                "est un exemple.</p>",
                MARKET_ACCESS_MAP,
            ),
            (
                "Demandez à votre transitaire par quel guichet unique national vos marchandises "
                "sont dédouanées",
                "<p>Par exemple TradeNet à Singapour ou le guichet unique national indonésien "
                "(INSW). Envoyez les documents dans le format qu’ils acceptent pour éviter les "
                "retards.</p>",
                "",
            ),
            (
                "Vérifiez la TVA ou la GST sur les marchandises importées de faible valeur",
                "<p>Plusieurs membres taxent désormais les marchandises importées de faible "
                "valeur en faisant s’inscrire les vendeurs ; Singapour, par exemple, le fait "
                "depuis 2023. Vérifiez-le avant de fixer le prix de vos colis.</p>",
                "",
            ),
            (
                "Trouvez le taux de droit de votre produit dans chaque pays visé",
                "<p>ITC Market Access Map indique les droits de douane, les préférences et les "
                "mesures non tarifaires par code SH ; il est gratuit pour les utilisateurs des "
                "pays en développement.</p>",
                MARKET_ACCESS_MAP,
            ),
        ],
    },
    "gcc": {
        "name": "Conseil de coopération du Golfe (CCG)",
        "summary": (
            "Six États du Golfe en union douanière avec des normes communes (GSO), mais des "
            "offices de marques, des enregistrements et une TVA nationaux."
        ),
        "introduction": (
            "<p>Bahreïn, le Koweït, Oman, le Qatar, l’Arabie saoudite et les Émirats arabes "
            "unis forment une union douanière avec un tarif extérieur commun pour la plupart "
            "des marchandises, et partagent des règlements techniques par l’Organisation de "
            "normalisation du CCG (GSO). Les marques, les enregistrements de produits, le droit "
            "des données et la TVA restent nationaux.</p>"
        ),
        "items": [
            (
                "Enregistrez votre marque dans chaque pays du CCG où vous vendez",
                "<p>Il n’existe pas en pratique d’enregistrement de marque unique pour tout le "
                "CCG : déposez dans chaque pays, ou désignez ceux qui font partie du système de "
                "Madrid.</p>",
                "",
            ),
            (
                "Vérifiez quels États du CCG vous pouvez atteindre par le système de Madrid",
                "<p>Certains États du CCG sont membres de Madrid (par exemple Bahreïn, Oman et "
                "les Émirats arabes unis) ; les autres demandent un dépôt national. Consultez "
                "la liste des membres de l’OMPI.</p>",
                MADRID,
            ),
            (
                "Décidez d’une version arabe de votre nom de marque",
                "<p>Beaucoup d’acheteurs prononceront et chercheront votre marque en arabe. "
                "Pensez à enregistrer aussi la forme arabe, après avoir vérifié son sens auprès "
                "de locuteurs natifs.</p>",
                "",
            ),
            (
                "Étiquetez en arabe (l’anglais à côté est courant)",
                "<p>Les normes GSO, comme celle des denrées préemballées, exigent les mentions "
                "d’étiquetage en arabe ; l’anglais peut s’y ajouter.</p>",
                "",
            ),
            (
                "Alimentaire : indiquez les dates de production et d’expiration et le statut "
                "halal lorsque c’est exigé",
                "<p>Les étiquettes alimentaires doivent porter les dates au format exigé, et la "
                "viande et les produits à base de viande ont besoin d’une certification halal "
                "délivrée par un organisme reconnu.</p>",
                "",
            ),
            (
                "Vérifiez les règlements techniques GSO et la G-Mark pour les jouets et les "
                "appareils électriques",
                "<p>Les jouets et le matériel électrique basse tension soumis aux règlements "
                "techniques GSO portent le symbole de traçabilité de la conformité du CCG "
                "(G-Mark).</p>",
                "",
            ),
            (
                "Enregistrez vos produits dans les systèmes nationaux de conformité (par exemple "
                "SABER en Arabie saoudite)",
                "<p>L’Arabie saoudite délivre les certificats de conformité des produits et des "
                "envois par la plateforme SABER ; les Émirats arabes unis et les autres États "
                "ont leurs propres dispositifs.</p>",
                "",
            ),
            (
                "Respectez la loi de chaque État sur la protection des consommateurs et le "
                "commerce électronique",
                "<p>Par exemple, la loi saoudienne sur le commerce électronique (2019) fixe ce "
                "que les vendeurs en ligne doivent indiquer ; garanties et retours suivent la "
                "loi nationale.</p>",
                "",
            ),
            (
                "Publiez vos conditions de livraison, de retour et de garantie en arabe et en "
                "anglais",
                "<p>Des conditions claires dans la langue de l’acheteur réduisent les litiges et "
                "sont attendues par les autorités.</p>",
                "",
            ),
            (
                "Vérifiez la loi nationale sur les données personnelles de chaque État visé",
                "<p>Plusieurs États ont une loi générale sur la protection des données, par "
                "exemple le décret-loi fédéral n° 45 de 2021 des Émirats arabes unis et la loi "
                "saoudienne sur la protection des données personnelles, avec des règles sur le "
                "consentement et les transferts à l’étranger.</p>",
                "",
            ),
            (
                "Demandez à votre plateforme où sont stockées les données de vos clients",
                "<p>Certains secteurs et États limitent le stockage ou l’envoi de données "
                "personnelles à l’étranger ; sachez où votre plateforme de vente les "
                "conserve.</p>",
                "",
            ),
            (
                "Proposez le paiement à la livraison et les cartes ou portefeuilles locaux là où "
                "les acheteurs les attendent",
                "<p>Le paiement à la livraison reste courant pour les commandes en ligne dans "
                "une partie de la région ; vérifiez ce que gèrent votre transporteur et votre "
                "place de marché.</p>",
                "",
            ),
            (
                "Tenez compte de l’ancrage des monnaies quand vous fixez vos prix",
                "<p>La plupart des monnaies du CCG sont arrimées au dollar américain (le dinar "
                "koweïtien à un panier de monnaies) : fixer vos prix en dollars comporte donc peu "
                "de risque de change face à elles.</p>",
                "",
            ),
            (
                "Sachez par quel guichet unique national passent vos marchandises",
                "<p>Par exemple FASAH en Arabie saoudite, Dubai Trade à Dubaï et Bayan à Oman. "
                "Votre importateur ou votre commissionnaire y fait la déclaration ; "
                "donnez-lui des données complètes et concordantes.</p>",
                "",
            ),
            (
                "Préparez la facture commerciale et le certificat d’origine, et demandez s’ils "
                "doivent être légalisés",
                "<p>Certains États demandent des factures et des certificats d’origine légalisés "
                "par une chambre de commerce ou une ambassade, parfois par voie électronique. "
                "Renseignez-vous auprès de votre importateur avant l’expédition.</p>",
                "",
            ),
            (
                "Intégrez dans vos prix la TVA de chaque État : 15 % en Arabie saoudite, 10 % à "
                "Bahreïn, 5 % aux Émirats et à Oman, aucune au Koweït et au Qatar",
                "<p>Taux normaux de TVA : Arabie saoudite 15 % (depuis juillet 2020), Bahreïn "
                "10 % (depuis janvier 2022), Émirats arabes unis 5 % et Oman 5 %. Le Koweït et "
                "le Qatar n’avaient pas instauré la TVA lors de la vérification (décembre 2026). "
                "La TVA à l’importation porte sur la valeur en douane majorée des droits ; les "
                "prix aux consommateurs s’affichent en général TVA comprise. Consultez le site "
                "de l’administration fiscale avant de fixer vos prix.</p>",
                "",
            ),
            (
                "Cherchez le droit de douane de votre code SH dans le tarif extérieur commun",
                "<p>La plupart des marchandises paient le tarif extérieur commun, avec des "
                "exemptions et des taux plus élevés pour certains produits.</p>",
                MARKET_ACCESS_MAP,
            ),
            (
                "Vérifiez l’accise si vous vendez des boissons sucrées, des boissons "
                "énergisantes ou du tabac",
                "<p>L’Arabie saoudite, les Émirats arabes unis, Bahreïn, Oman et le Qatar "
                "appliquent une accise à certains produits comme le tabac, les boissons "
                "énergisantes et les boissons sucrées ; le Koweït ne l’avait pas instaurée lors "
                "de la vérification. Les taux et la façon de taxer les boissons sucrées varient "
                "d’un État à l’autre.</p>",
                "",
            ),
        ],
    },
}
