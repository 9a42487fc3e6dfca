"""The demo taxonomies: (slug, Polish name, English name) of each term."""

TOPICS = [
    ("sieciowanie", "Sieciowanie", "Networking"),
    (
        "transfer-wiedzy",
        "Transfer wiedzy i innowacji",
        "Knowledge and innovation transfer",
    ),
    ("doradztwo", "Doradztwo", "Advisory"),
    ("czuwanie-technologiczne", "Czuwanie technologiczne", "Technology watch"),
    ("planowanie-strategiczne", "Planowanie strategiczne", "Strategic planning"),
    ("internacjonalizacja", "Internacjonalizacja", "Internationalisation"),
    ("szkolenia", "Szkolenia", "Training"),
    ("wspolpraca-br", "Współpraca B+R", "R&D cooperation"),
]

SECTORS = [
    (
        "gospodarka-morska",
        "Gospodarka morska i offshore",
        "Maritime economy and offshore",
    ),
    (
        "ict",
        "Technologie informacyjno-komunikacyjne (ICT)",
        "Information and communication technologies (ICT)",
    ),
    ("energetyka", "Energetyka i ekoenergetyka", "Energy and eco-energy"),
    ("przetworstwo-spozywcze", "Przetwórstwo spożywcze", "Food processing"),
    ("turystyka", "Turystyka", "Tourism"),
    ("chemia", "Chemia", "Chemicals"),
    ("meble-drewno", "Meble i przemysł drzewny", "Furniture and wood"),
    ("logistyka", "Logistyka i transport", "Logistics and transport"),
    ("medycyna", "Medycyna i nauki o życiu", "Medicine and life sciences"),
    ("budownictwo", "Budownictwo", "Construction"),
]

SUBREGIONS = [
    (
        "metropolitalny",
        "Subregion metropolitalny (Gdańsk–Gdynia–Sopot)",
        "Metropolitan subregion (Gdańsk–Gdynia–Sopot)",
    ),
    ("slupski", "Subregion słupski", "Słupsk subregion"),
    (
        "chojnicko-czluchowski",
        "Subregion chojnicko-człuchowski",
        "Chojnice–Człuchów subregion",
    ),
    ("starogardzki", "Subregion starogardzki", "Starogard subregion"),
    ("kwidzynski", "Subregion kwidzyński", "Kwidzyn subregion"),
    (
        "nadwislanski",
        "Subregion nadwiślański (Tczew, Malbork)",
        "Lower Vistula subregion (Tczew, Malbork)",
    ),
    (
        "kaszubski",
        "Subregion kościersko-kartuski (Kaszuby)",
        "Kościerzyna–Kartuzy subregion (Kashubia)",
    ),
]

FUNDING_SOURCES = [
    (
        "rpo-wp-2014-2020",
        "RPO WP 2014–2020",
        "Pomorskie Regional Operational Programme 2014–2020",
    ),
    (
        "fep-2021-2027",
        "Fundusze Europejskie dla Pomorza 2021–2027",
        "European Funds for Pomorskie 2021–2027",
    ),
    (
        "feng-2021-2027",
        "Fundusze Europejskie dla Nowoczesnej Gospodarki 2021–2027",
        "European Funds for a Modern Economy 2021–2027",
    ),
    ("horyzont-europa", "Horyzont Europa", "Horizon Europe"),
    (
        "interreg-poludniowy-baltyk",
        "Interreg Południowy Bałtyk",
        "Interreg South Baltic",
    ),
    ("srodki-wlasne", "Środki własne (składki członków)", "Own funds (members' fees)"),
]
