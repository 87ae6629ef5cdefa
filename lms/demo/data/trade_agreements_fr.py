"""French translation of the demo course "Paying less duty" (trade_agreements.py), its track
and its quiz, in the same schema (SCHEMA.md); lms/demo/translations.py publishes it as Wagtail
translations of the English pages. Names of agreements, systems and Incoterms codes are kept
as the official French texts write them; facts and dates are those of the English source.
"""

LANGUAGE = "fr"

HOME = {
    "title": "Go Global Academy",
    "seo_title": "Go Global Academy : apprendre à vendre au-delà des frontières",
    "search_description": (
        "Des cours gratuits pour les petites et micro-entreprises sur les compétences à "
        "l’export, la construction d’une marque à l’international et le droit et les politiques "
        "commerciales, avec des certificats que chacun peut vérifier."
    ),
    "hero": {
        "heading": "Apprenez à vendre vos produits au-delà des frontières",
        "text": (
            "Des cours gratuits et pratiques pour les petites et micro-entreprises : les "
            "compétences à l’export, la construction d’une marque à l’étranger et les règles du "
            "commerce qui comptent. Étudiez sur votre téléphone, à votre rythme, et obtenez des "
            "certificats que les acheteurs et les banques peuvent vérifier."
        ),
    },
    "hero_primary": "Créer votre compte gratuit",
    "hero_secondary": "Découvrir les parcours",
    "tracks_heading": "Trois parcours, des premiers pas à l’exportateur confirmé",
    "tracks_intro": "Commencez là où en est votre entreprise ; chaque parcours se suit seul.",
    "features_heading": "Conçu pour les chefs d’entreprise pressés",
    "features": [
        {
            "title": "Léger et pensé pour le mobile",
            "text": "Les leçons se chargent vite, même avec une connexion lente, sans "
            "application à installer.",
        },
        {
            "title": "Exact et pratique",
            "text": (
                "Chaque leçon s’appuie sur des sources primaires comme la CCI, l’OMPI, l’OMC et "
                "la CNUDCI, avec des exemples de petites entreprises."
            ),
        },
        {
            "title": "Des certificats vérifiables par tous",
            "text": "Réussissez le quiz d’un cours et recevez un certificat avec un code que "
            "chacun peut vérifier.",
        },
    ],
    "toolkit": {
        "heading": "Travaillez sur votre propre entreprise",
        "text": (
            "Mesurez votre préparation à l’export, construisez un plan de marque pour les "
            "marchés étrangers, cochez ce qu’exige un marché et téléchargez guides et modèles : "
            "la boîte à outils est gratuite."
        ),
        "label": "Ouvrir la boîte à outils",
    },
    "cta": {
        "heading": "Prêt à emmener votre entreprise à l’étranger ?",
        "text": "Créez un compte gratuit, présentez votre entreprise et commencez un parcours.",
        "label": "Créer votre compte gratuit",
    },
}

TRACK = {
    "slug": "export-skills",
    "title": "Compétences à l’export",
    "summary": (
        "Chiffrer une offre à l’export, choisir la bonne règle Incoterms, trouver un premier "
        "marché grâce aux données commerciales gratuites, être payé en sécurité et expédier "
        "de petits colis à l’étranger."
    ),
    "intro": (
        "<p>Vendre à l’étranger commence par quelques savoir-faire pratiques. Ce parcours les "
        "présente à une petite entreprise dans l’ordre où elle en a besoin : savoir si elle est "
        "prête, trouver le marché qui veut son produit, proposer un prix que l’acheteur "
        "comprend, puis acheminer la marchandise et encaisser le paiement.</p>"
        "<p>Aucune expérience de l’export n’est nécessaire. Chaque cours se termine par un court "
        "quiz ; le réussir donne un certificat qu’un acheteur ou une banque peut vérifier.</p>"
    ),
}

COURSE = {
    "slug": "trade-agreements-and-single-windows",
    "title": "Payer moins de droits : accords commerciaux, preuve de l’origine et guichets uniques",
    "summary": (
        "Profitez des accords qui réduisent les droits de douane pour les exportateurs "
        "d’Afrique de l’Est et du Viet Nam : la ZLECAf, la CAE, le régime « Tout sauf les "
        "armes » de l’UE, les accords UE–Kenya et UE–Viet Nam, et déposez vos documents une "
        "seule fois sur votre guichet unique national."
    ),
    "outcomes": [
        "Trouver l’accord commercial ou le régime préférentiel qui couvre une vente vers un "
        "marché donné",
        "Calculer les droits économisés grâce à une préférence, avec les outils tarifaires "
        "officiels",
        "Préparer la preuve de l’origine exigée par chaque accord, y compris une attestation REX",
        "Utiliser votre guichet unique national (ReSW, KenTrade ou VNSW) pour ne déposer vos "
        "documents qu’une fois",
    ],
    "modules": [
        {
            "title": "Les accords qui réduisent vos droits de douane",
            "summary": (
                "Quels accords couvrent quels marchés, ce qu’ils vous font économiser et ce "
                "qu’ils vous demandent en retour."
            ),
            "lessons": [
                {
                    "title": "Vendre en Afrique : la CAE et la ZLECAf",
                    "summary": (
                        "Comment l’union douanière de la Communauté d’Afrique de l’Est et la "
                        "Zone de libre-échange continentale africaine réduisent les droits sur "
                        "les ventes à des acheteurs africains."
                    ),
                    "body": [
                        ("heading", {"text": "Deux niveaux de préférence", "level": "h2"}),
                        (
                            "paragraph",
                            "<p>Un accord commercial réduit les droits d’importation que paie "
                            "votre acheteur, mais seulement pour les marchandises "
                            "<b>originaires</b> d’un pays membre, et seulement si l’acheteur "
                            "peut le prouver. Pour un exportateur rwandais ou kényan, deux "
                            "accords africains comptent d’abord : la <b>Communauté d’Afrique de "
                            "l’Est</b> (CAE), une union douanière, et la <b>Zone de libre-échange "
                            "continentale africaine</b> (ZLECAf), qui couvre la plus grande "
                            "partie du continent.</p>",
                        ),
                        ("heading", {"text": "L’union douanière de la CAE", "level": "h3"}),
                        (
                            "paragraph",
                            "<p>Les membres de la CAE (parmi lesquels le Kenya, le Rwanda, "
                            "l’Ouganda et la Tanzanie) n’appliquent aucun droit aux marchandises "
                            "originaires des autres membres, et un tarif extérieur commun aux "
                            "marchandises venues d’ailleurs. Votre acheteur kényan ou ougandais "
                            "obtient le taux zéro avec un <b>certificat d’origine de la "
                            "CAE</b> ; les envois de faible valeur des petits commerçants peuvent "
                            "utiliser le certificat simplifié de la CAE à la frontière. Le tarif "
                            "commun vous indique aussi ce que paient les concurrents extérieurs "
                            "à la région : c’est votre avantage de prix.</p>",
                        ),
                        ("heading", {"text": "La ZLECAf", "level": "h3"}),
                        (
                            "paragraph",
                            "<p>L’accord sur la ZLECAf est entré en vigueur en 2019 et les "
                            "échanges à ses conditions ont commencé le 1er janvier 2021. Les "
                            "baisses de droits s’étalent sur plusieurs années, et un pays ne les "
                            "applique qu’une fois sa liste tarifaire et ses procédures douanières "
                            "prêtes. Depuis 2022, l’<b>Initiative de commerce guidé</b> fait "
                            "circuler de vraies expéditions entre pays prêts : le Rwanda et le "
                            "Kenya ont été parmi les premiers, avec du café rwandais et des "
                            "batteries et du thé kényans envoyés au Ghana. Pour une vente hors "
                            "de la CAE, par exemple de Kigali à Accra, vérifiez que les deux pays "
                            "appliquent la ZLECAf à votre produit et quel est le taux cette "
                            "année.</p>",
                        ),
                        ("heading", {"text": "Les étapes d’une première vente", "level": "h3"}),
                        (
                            "paragraph",
                            "<ol><li>Trouvez le code SH de votre produit et le pays de "
                            "l’acheteur.</li><li>Cherchez le taux préférentiel : le tarif "
                            "extérieur commun de la CAE pour les acheteurs de la CAE, le "
                            "e-Tariff Book de la ZLECAf pour les autres acheteurs africains."
                            "</li><li>Lisez la règle d’origine de votre code SH : les "
                            "marchandises entièrement obtenues (un café cultivé et torréfié au "
                            "Rwanda) remplissent facilement la condition ; celles fabriquées à "
                            "partir de matières importées doivent respecter la règle.</li>"
                            "<li>Demandez le certificat d’origine à l’autorité compétente, le "
                            "plus souvent par votre guichet unique.</li><li>Joignez le "
                            "certificat à la facture, pour que le transitaire de l’acheteur "
                            "puisse demander le taux.</li></ol>",
                        ),
                        (
                            "callout",
                            {
                                "kind": "warning",
                                "title": "Une préférence est un droit, pas une remise automatique",
                                "text": "<p>Si la preuve de l’origine manque ou contient une "
                                "erreur, l’acheteur paie le plein tarif et peut vous réclamer "
                                "la différence. Conservez les pièces qui prouvent l’origine de "
                                "vos marchandises aussi longtemps que l’accord l’exige, souvent "
                                "plusieurs années.</p>",
                            },
                        ),
                        (
                            "external_resource",
                            {
                                "title": "Secrétariat de la ZLECAf",
                                "url": "https://au-afcfta.org/",
                                "publisher": "Secrétariat de la ZLECAf",
                                "description": "Le site officiel de la ZLECAf, avec le "
                                "e-Tariff Book des taux de chaque État partie par code SH et le "
                                "manuel des règles d’origine.",
                            },
                        ),
                        (
                            "key_takeaways",
                            {
                                "title": "À retenir",
                                "items": [
                                    "Une préférence exige des marchandises originaires et une "
                                    "preuve de l’origine.",
                                    "Les membres de la CAE échangent en franchise les "
                                    "marchandises originaires, avec un certificat d’origine de "
                                    "la CAE.",
                                    "La ZLECAf s’applique depuis 2021 entre les pays prêts ; "
                                    "vérifiez le taux de votre produit dans le e-Tariff Book.",
                                ],
                            },
                        ),
                    ],
                },
                {
                    "title": "Vendre à l’UE : « Tout sauf les armes », l’APE UE–Kenya et "
                    "l’accord UE–Viet Nam",
                    "summary": (
                        "Pourquoi le café torréfié du Rwanda n’acquitte aucun droit dans l’UE "
                        "quand d’autres paient 7,5 %, et ce qu’utilisent à la place les "
                        "exportateurs kényans et vietnamiens."
                    ),
                    "body": [
                        ("heading", {"text": "Trois voies vers l’UE", "level": "h2"}),
                        (
                            "paragraph",
                            "<p>L’UE applique son droit normal (dit « de la nation la plus "
                            "favorisée ») aux marchandises des pays sans préférence. Le café vert "
                            "entre à 0 % d’où qu’il vienne, mais le <b>café torréfié</b> "
                            "(SH 0901 21) paie <b>7,5 %</b>. Cet écart explique pourquoi "
                            "torréfier dans le pays d’origine peut être rentable, à condition "
                            "d’utiliser une préférence. Laquelle dépend du pays d’où vous "
                            "exportez.</p>",
                        ),
                        (
                            "dated_fact",
                            {
                                "text": "<p>Droit de l’UE sur le café torréfié (SH 0901 21 00) "
                                ": 7,5 % sans préférence ; 0 % pour le Rwanda au titre de « Tout "
                                "sauf les armes », pour le Kenya au titre de l’APE et pour le "
                                "Viet Nam au titre de l’ALE UE–Viet Nam.</p>",
                                "source_url": "https://trade.ec.europa.eu/access-to-markets/fr/home",
                                "source_label": "Commission européenne, Access2Markets",
                                "checked_on": "2026-12-02",
                            },
                        ),
                        ("heading", {"text": "« Tout sauf les armes » (Rwanda)", "level": "h3"}),
                        (
                            "paragraph",
                            "<p>« Tout sauf les armes » (TSA) est le volet du système de "
                            "préférences généralisées de l’UE réservé aux pays les moins "
                            "avancés, comme le Rwanda, l’Ouganda et la Tanzanie. Il ouvre "
                            "l’accès en franchise de droits et sans contingent à tout sauf les "
                            "armes et les munitions : le café torréfié rwandais paie donc "
                            "<b>0 %</b> au lieu de 7,5 %. L’origine est déclarée par "
                            "l’exportateur, et non certifiée par un bureau : vous vous "
                            "enregistrez une fois dans le <b>système des exportateurs "
                            "enregistrés (REX)</b> de l’UE auprès de l’autorité compétente de "
                            "votre pays (la douane vous dira laquelle), puis vous portez sur la "
                            "facture une <b>attestation d’origine</b> avec votre numéro REX. "
                            "Les envois d’une valeur jusqu’à 6 000 € peuvent porter "
                            "l’attestation sans enregistrement.</p>",
                        ),
                        (
                            "heading",
                            {
                                "text": "L’accord de partenariat économique UE–Kenya",
                                "level": "h3",
                            },
                        ),
                        (
                            "paragraph",
                            "<p>Le Kenya n’est pas un pays moins avancé : il ne bénéficie donc "
                            "pas de TSA. Son accord de partenariat économique avec l’UE, en "
                            "vigueur depuis le <b>1er juillet 2024</b>, donne à la place aux "
                            "marchandises kényanes un accès en franchise de droits et sans "
                            "contingent, et ouvre progressivement le marché kényan aux "
                            "marchandises de l’UE. L’origine se prouve avec les documents prévus "
                            "par le protocole sur les règles d’origine de l’accord, comme un "
                            "certificat de circulation ou une déclaration d’origine sur la "
                            "facture : votre commissionnaire en douane ou KenTrade vous dira "
                            "lequel s’applique à votre envoi.</p>",
                        ),
                        ("heading", {"text": "L’accord UE–Viet Nam", "level": "h3"}),
                        (
                            "paragraph",
                            "<p>L’accord de libre-échange UE–Viet Nam (ALEUV) s’applique depuis "
                            "le <b>1er août 2020</b>. Il a supprimé d’emblée le droit de l’UE sur "
                            "le café vietnamien, torréfié compris, et élimine la plupart des "
                            "autres droits sur une période allant jusqu’à sept ans. "
                            "L’exportateur vietnamien prouve l’origine avec le certificat ou la "
                            "déclaration d’origine que prévoit l’accord, délivré ou enregistré "
                            "par les systèmes du ministère vietnamien du Commerce.</p>",
                        ),
                        (
                            "callout",
                            {
                                "kind": "tip",
                                "title": "Laissez l’outil faire la lecture",
                                "text": "<p>Saisissez votre code SH, votre pays et le pays de "
                                "l’UE dans Access2Markets : l’outil affiche le taux normal, "
                                "votre taux préférentiel, la règle d’origine et la preuve "
                                "exigée.</p>",
                            },
                        ),
                        (
                            "external_resource",
                            {
                                "title": "Access2Markets",
                                "url": "https://trade.ec.europa.eu/access-to-markets/fr/home",
                                "publisher": "Commission européenne",
                                "description": "Droits, préférences, règles d’origine et "
                                "exigences sur les produits pour exporter vers l’UE, par code SH "
                                "et pays d’origine.",
                            },
                        ),
                        (
                            "key_takeaways",
                            {
                                "title": "À retenir",
                                "items": [
                                    "Sans préférence, le café torréfié paie 7,5 % dans l’UE.",
                                    "Le Rwanda (pays moins avancé) utilise « Tout sauf les "
                                    "armes » : 0 %, avec une attestation d’origine REX.",
                                    "Le Kenya utilise son APE (depuis le 1er juillet 2024), le "
                                    "Viet Nam l’ALEUV (depuis le 1er août 2020).",
                                ],
                            },
                        ),
                    ],
                },
            ],
        },
        {
            "title": "Déposer une fois et expédier avec une préférence",
            "summary": (
                "Votre guichet unique national, et une première expédition sous préférence, de "
                "la commande au dédouanement."
            ),
            "lessons": [
                {
                    "title": "Votre guichet unique national : ReSW, KenTrade et VNSW",
                    "summary": (
                        "Ce qu’un guichet unique apporte à un petit exportateur, et comment "
                        "commencer à utiliser celui de votre pays."
                    ),
                    "body": [
                        (
                            "heading",
                            {"text": "Une seule saisie, tous les services", "level": "h2"},
                        ),
                        (
                            "paragraph",
                            "<p>Une exportation demande des papiers à plusieurs services : la "
                            "douane, l’office des normes, la protection des végétaux, un office "
                            "de produit, l’émetteur des certificats d’origine. Un <b>guichet "
                            "unique</b> vous permet de saisir les données une seule fois, en "
                            "ligne, et les transmet à chacun ; vous suivez chaque autorisation "
                            "au même endroit et payez les frais en ligne. L’Accord de l’OMC sur "
                            "la facilitation des échanges invite ses membres à s’efforcer d’en "
                            "créer un, et les trois pays ci-dessous l’ont fait.</p>",
                        ),
                        (
                            "dated_fact",
                            {
                                "text": "<p>Le ReSW du Rwanda, piloté par la Rwanda Revenue "
                                "Authority, fonctionne depuis 2012 et traite les déclarations, "
                                "les permis et les certificats d’origine.</p>",
                                "source_url": "https://tfadatabase.org/members/rwanda/article-10-4-3",
                                "source_label": "Base de données de l’Accord de l’OMC sur la "
                                "facilitation des échanges",
                                "checked_on": "2026-12-02",
                            },
                        ),
                        ("heading", {"text": "Rwanda : ReSW", "level": "h3"}),
                        (
                            "paragraph",
                            "<p>Le guichet unique électronique du Rwanda (ReSW), géré par la "
                            "Rwanda Revenue Authority, relie la douane aux services qui délivrent "
                            "les permis d’exportation et les certificats, par exemple pour le "
                            "café et les autres produits agricoles. Les commissionnaires en "
                            "douane y déposent les déclarations, et les exportateurs peuvent "
                            "suivre leurs demandes.</p>",
                        ),
                        ("heading", {"text": "Kenya : KenTrade", "level": "h3"}),
                        (
                            "paragraph",
                            "<p>La Kenya Trade Network Agency (KenTrade) gère le système "
                            "national de guichet unique électronique du Kenya. Importateurs, "
                            "exportateurs et agents y demandent les autorisations des services "
                            "publics partenaires, comme les certificats phytosanitaires ou de "
                            "conformité aux normes, et les données sont transmises au système "
                            "douanier.</p>",
                        ),
                        ("heading", {"text": "Viet Nam : VNSW", "level": "h3"}),
                        (
                            "paragraph",
                            "<p>Le guichet unique national du Viet Nam (VNSW) traite les "
                            "licences et certificats de nombreux ministères et il est relié au "
                            "guichet unique de l’ASEAN, par lequel les certificats d’origine "
                            "électroniques (e-Form D) sont échangés avec les autres membres de "
                            "l’ASEAN.</p>",
                        ),
                        (
                            "callout",
                            {
                                "kind": "example",
                                "title": "Ce qui change pour un petit exportateur",
                                "text": "<p>Avant les guichets uniques, un exportateur de café "
                                "portait les mêmes données de facture à quatre bureaux et "
                                "attendait à chacun. Aujourd’hui, l’agent les saisit une fois, "
                                "chaque service donne son accord en ligne et les permis arrivent "
                                "à la douane sans traverser la ville. Ce sont les petites "
                                "entreprises qui expédient souvent qui y gagnent le plus.</p>",
                            },
                        ),
                        ("heading", {"text": "Pour commencer", "level": "h3"}),
                        (
                            "paragraph",
                            "<ol><li>Demandez à votre commissionnaire en douane quelles "
                            "procédures de votre produit passent par le guichet unique, et "
                            "lesquelles demandent encore du papier.</li><li>Enregistrez votre "
                            "entreprise comme utilisatrice si le système permet aux "
                            "exportateurs de déposer eux-mêmes ; gardez à portée de main votre "
                            "numéro fiscal et vos documents d’entreprise.</li><li>Faites "
                            "concorder les données : le même code SH, les mêmes poids, valeurs "
                            "et noms sur la facture, la liste de colisage et chaque demande."
                            "</li><li>Suivez l’avancement en ligne et conservez les copies "
                            "électroniques des permis pour votre acheteur.</li></ol>",
                        ),
                        (
                            "key_takeaways",
                            {
                                "title": "À retenir",
                                "items": [
                                    "Un guichet unique reçoit vos données une fois et les "
                                    "transmet à chaque service.",
                                    "Le Rwanda a le ReSW, le Kenya KenTrade, le Viet Nam le VNSW.",
                                    "Des données concordantes d’un document à l’autre évitent "
                                    "la plupart des retards.",
                                ],
                            },
                        ),
                    ],
                },
                {
                    "title": "Votre première expédition sous préférence, pas à pas",
                    "summary": (
                        "Le premier conteneur de café torréfié d’un torréfacteur de Kigali vers "
                        "l’Allemagne, en franchise de droits au titre de « Tout sauf les armes "
                        "»."
                    ),
                    "body": [
                        ("heading", {"text": "Du devis au dédouanement", "level": "h2"}),
                        (
                            "paragraph",
                            "<p>Une préférence ne fait économiser que si on la prépare avant le "
                            "départ des marchandises. L’ordre ci-dessous vaut pour la plupart "
                            "des ventes sous préférence ; l’exemple l’applique au café torréfié "
                            "du Rwanda vers l’UE.</p>",
                        ),
                        (
                            "paragraph",
                            "<ol><li><b>Classer et comparer.</b> Trouvez le code SH et "
                            "comparez le taux normal à votre taux préférentiel dans "
                            "Access2Markets ou le tarif du partenaire.</li><li><b>Vérifier "
                            "l’origine.</b> Assurez-vous que vos marchandises respectent la "
                            "règle d’origine, et gardez-en les preuves : achats aux producteurs, "
                            "registres de production.</li><li><b>S’enregistrer pour la "
                            "preuve.</b> Inscrivez-vous au REX, ou demandez le certificat "
                            "qu’exige l’accord, bien avant l’expédition.</li><li><b>Réunir ce "
                            "que demande le marché de l’acheteur.</b> Pour le café vers l’UE, "
                            "cela comprend désormais la géolocalisation des parcelles au titre "
                            "des règles sur la déforestation.</li><li><b>Déclarer "
                            "l’exportation.</b> Votre agent dépose la déclaration et les permis "
                            "par le guichet unique.</li><li><b>Envoyer la preuve avec les "
                            "documents.</b> Le transitaire de l’acheteur demande le taux à "
                            "l’importation.</li></ol>",
                        ),
                        (
                            "case_study",
                            {
                                "title": "Zéro droit au lieu de 7,5 %",
                                "business": "Exemple inventé : un torréfacteur familial de "
                                "Kigali (Rwanda), 6 salariés",
                                "challenge": "<p>Un acheteur allemand proposait de prendre un "
                                "conteneur de café torréfié par an, mais son prix ne laissait "
                                "aucune place aux 7,5 % de droits qu’il pensait payer sur le café "
                                "torréfié.</p>",
                                "approach": "<p>Le torréfacteur a consulté Access2Markets, qui "
                                "indiquait 0 % pour le Rwanda au titre de « Tout sauf les armes "
                                "». Il s’est enregistré au REX auprès de l’autorité compétente "
                                "du Rwanda, a porté l’attestation d’origine avec son numéro REX "
                                "sur la facture commerciale, a recueilli auprès de la "
                                "coopérative les coordonnées GPS des parcelles de ses "
                                "producteurs, et son agent a déclaré l’exportation par le "
                                "ReSW.</p>",
                                "outcome": "<p>L’acheteur a dédouané le café à 0 %. Sur un "
                                "conteneur de 60 000 €, cela fait 4 500 € d’économie par an, que "
                                "le torréfacteur et l’acheteur se partagent dans le prix.</p>",
                            },
                        ),
                        (
                            "paragraph",
                            "<p>Les mêmes étapes valent pour un exportateur kényan sous l’APE, "
                            "ou pour une vente au Ghana sous la ZLECAf : seuls l’outil "
                            "tarifaire, la règle d’origine et la preuve changent. Les règles et "
                            "les taux évoluent : vérifiez-les avant chaque nouveau contrat, et "
                            "gardez une copie de chaque preuve de l’origine avec les pièces de "
                            "vente, car la douane du pays de l’acheteur peut vous demander de la "
                            "confirmer des années plus tard.</p>",
                        ),
                        (
                            "key_takeaways",
                            {
                                "title": "À retenir",
                                "items": [
                                    "Préparez la préférence avant le départ des marchandises : "
                                    "la preuve de l’origine ne peut pas toujours être ajoutée "
                                    "après.",
                                    "Inscrivez-vous au REX (ou obtenez le certificat) tôt.",
                                    "Partagez l’économie avec votre acheteur pour remporter la "
                                    "commande.",
                                ],
                            },
                        ),
                    ],
                },
            ],
        },
    ],
    "quiz": {
        "title": "Vérifiez vos acquis : accords commerciaux et guichets uniques",
        "questions": [
            {
                "text": "Un torréfacteur de Kigali vend du café torréfié (SH 0901 21) à un "
                "acheteur en Allemagne et fournit une attestation d’origine REX valable. Quel "
                "droit l’acheteur paie-t-il dans l’UE ?",
                "explanation": "Le Rwanda est un pays moins avancé : « Tout sauf les armes » "
                "donne à ses marchandises un accès en franchise ; le taux normal de 7,5 % "
                "n’est pas appliqué.",
                "choices": [
                    {"text": "0 %", "feedback": "Exact : « Tout sauf les armes »."},
                    {"text": "7,5 %", "feedback": "C’est le taux normal, sans préférence."},
                    {
                        "text": "Le droit de 3 € par colis",
                        "feedback": "Il ne s’applique qu’aux colis de faible valeur envoyés "
                        "aux consommateurs.",
                    },
                ],
            },
            {
                "text": "Quel est le droit normal (de la nation la plus favorisée) de l’UE sur "
                "le café torréfié non décaféiné, en pourcentage ?",
                "explanation": "Le café torréfié paie 7,5 % dans l’UE ; le café vert 0 %.",
            },
            {
                "text": "Dans quel système de l’UE un exportateur d’un pays SPG doit-il "
                "s’enregistrer pour établir des attestations d’origine sur les envois de plus "
                "de 6 000 € ? Donnez son sigle.",
                "explanation": "Le système des exportateurs enregistrés (REX) ; en dessous de "
                "6 000 €, tout exportateur peut établir l’attestation.",
                "accepted": ["système des exportateurs enregistrés"],
            },
            {
                "text": "L’accord de partenariat économique UE–Kenya est en vigueur depuis le "
                "1er juillet 2024.",
                "explanation": "Il est entré en vigueur le 1er juillet 2024.",
                "choices": [{"text": "Vrai"}, {"text": "Faux"}],
            },
            {
                "text": "Les exportateurs kényans utilisent « Tout sauf les armes » pour vendre "
                "en franchise à l’UE.",
                "explanation": "Le Kenya n’est pas un pays moins avancé ; il utilise l’APE "
                "UE–Kenya.",
                "choices": [{"text": "Vrai"}, {"text": "Faux"}],
            },
            {
                "text": "Lesquels sont des guichets uniques nationaux des pays de la démo ?",
                "explanation": "Le ReSW est celui du Rwanda, KenTrade gère celui du Kenya, le "
                "VNSW est celui du Viet Nam. Le REX est le registre des exportateurs de l’UE, "
                "pas un guichet unique.",
                "choices": [
                    {"text": "ReSW (Rwanda)"},
                    {"text": "KenTrade (Kenya)"},
                    {"text": "VNSW (Viet Nam)"},
                    {
                        "text": "REX",
                        "feedback": "Le REX enregistre les exportateurs pour les attestations "
                        "d’origine.",
                    },
                ],
            },
            {
                "text": "Une entreprise de Kigali vend des marchandises originaires à un acheteur "
                "en Ouganda. Qu’est-ce qui permet à l’acheteur de les importer en franchise ?",
                "explanation": "Les deux pays sont membres de la CAE : les marchandises "
                "originaires circulent en franchise avec un certificat d’origine de la CAE.",
                "choices": [
                    {
                        "text": "Un certificat d’origine de la CAE",
                        "feedback": "Exact : l’union douanière de la CAE.",
                    },
                    {
                        "text": "Une attestation d’origine REX",
                        "feedback": "Le REX sert aux préférences de l’UE.",
                    },
                    {
                        "text": "Un formulaire D de l’ATIGA",
                        "feedback": "Le formulaire D sert aux échanges entre membres de l’ASEAN.",
                    },
                ],
            },
            {
                "text": "Remettez dans l’ordre les étapes d’une première expédition sous "
                "préférence.",
                "explanation": "Vérifiez d’abord l’économie et l’origine, obtenez ensuite le "
                "droit de la prouver, puis expédiez avec la preuve.",
                "choices": [
                    {
                        "text": "Classer le produit et comparer le taux normal et le taux "
                        "préférentiel"
                    },
                    {"text": "Vérifier que les marchandises respectent la règle d’origine"},
                    {"text": "S’inscrire au REX ou demander le certificat d’origine"},
                    {"text": "Déposer la déclaration d’exportation par le guichet unique"},
                    {"text": "Envoyer la preuve de l’origine avec les documents d’expédition"},
                ],
            },
        ],
    },
}


TOOLKIT_PAGE = {
    "title": "Boîte à outils pour développer sa marque à l’international",
    "introduction": (
        "Les cours vous apprennent ; la boîte à outils vous fait travailler sur votre propre "
        "entreprise. Mesurez si vous êtes prêt à exporter, préparez votre marque pour les "
        "marchés étrangers, cochez ce qu’un marché exige avant d’y vendre et téléchargez "
        "guides et modèles."
    ),
    "search_description": (
        "Autoévaluations, plan de marque, listes de contrôle pour entrer sur un marché et "
        "bibliothèque de ressources pour les petites entreprises qui vendent à l’étranger."
    ),
}
