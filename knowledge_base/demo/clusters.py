"""The demo cluster initiatives: fictional, though typical of the region, in the three
types of the Regional Cluster Support Programme. Names, coordinators, addresses and
figures are invented; none describes a real organisation."""

# Indicators: (year, enterprises, R&D institutions, other members, joint projects, jobs)
CLUSTERS = [
    {
        "slug": "klaster-zatoka",
        "title": "Klaster Technologii Morskich i Offshore „Zatoka”",
        "cluster_type": "key",
        "sectors": ["gospodarka-morska", "energetyka"],
        "subregion": "metropolitalny",
        "coordinator": "Stowarzyszenie Technologii Morskich „Zatoka”",
        "year_founded": 2012,
        "website": "https://zatoka.example.org",
        "intro": "Stocznie, biura projektowe i dostawcy usług morskich Trójmiasta, "
        "którzy razem wchodzą w łańcuch dostaw morskiej energetyki wiatrowej.",
        "description": "<p>Klaster skupia firmy budujące i remontujące statki, biura "
        "projektowe, producentów konstrukcji stalowych oraz uczelnie techniczne. "
        "Wspólnie przygotowuje członków do kontraktów przy budowie i serwisie "
        "morskich farm wiatrowych na Bałtyku.</p><p>Koordynator prowadzi giełdy "
        "kooperacyjne, wspólne laboratorium i program mentoringowy.</p>",
        "contact": ("Marta Kowalczyk", "biuro@zatoka.example.org", "+48 58 000 10 10"),
        "indicators": [
            (2019, 34, 4, 5, 6, 5200),
            (2020, 38, 4, 6, 8, 5350),
            (2021, 41, 5, 6, 11, 5600),
            (2022, 47, 5, 7, 14, 6100),
            (2023, 52, 6, 7, 17, 6650),
        ],
    },
    {
        "slug": "siec-cyfrowa-latarnia",
        "title": "Pomorska Sieć Cyfrowa „Latarnia”",
        "cluster_type": "key",
        "sectors": ["ict"],
        "subregion": "metropolitalny",
        "coordinator": "Fundacja „Latarnia Cyfrowa”",
        "year_founded": 2011,
        "website": "https://latarnia.example.org",
        "intro": "Producenci oprogramowania, integratorzy i firmy elektroniki "
        "z Gdańska, Gdyni i Sopotu, którzy razem szkolą kadry i szukają rynków.",
        "description": "<p>Sieć łączy software house’y, producentów systemów "
        "wbudowanych i firmy usług chmurowych. Prowadzi wspólne projekty "
        "z samorządami, szkoły letnie z uczelniami i misje handlowe.</p>",
        "contact": (
            "Piotr Zieliński",
            "kontakt@latarnia.example.org",
            "+48 58 000 20 20",
        ),
        "indicators": [
            (2019, 58, 3, 4, 9, 7400),
            (2020, 63, 3, 4, 10, 7900),
            (2021, 71, 4, 5, 12, 8800),
            (2022, 76, 4, 6, 15, 9300),
            (2023, 80, 5, 6, 16, 9650),
        ],
    },
    {
        "slug": "klaster-czystej-energii-polnoc",
        "title": "Klaster Czystej Energii „Północ”",
        "cluster_type": "key",
        "sectors": ["energetyka", "budownictwo"],
        "subregion": "slupski",
        "coordinator": "Agencja Rozwoju Energii „Północ” sp. z o.o.",
        "year_founded": 2010,
        "website": "https://energia-polnoc.example.org",
        "intro": "Gminy, wytwórcy energii odnawialnej i firmy instalacyjne "
        "z okolic Słupska, które wspólnie planują lokalną transformację energetyczną.",
        "description": "<p>Klaster zrzesza producentów energii z wiatru, słońca "
        "i biomasy, instalatorów, gminy oraz ośrodki badawcze. Jego członkowie "
        "prowadzą wspólne audyty energetyczne, pilotaże magazynów energii "
        "i spółdzielnię energetyczną.</p>",
        "contact": (
            "Tomasz Wróbel",
            "sekretariat@energia-polnoc.example.org",
            "+48 59 000 30 30",
        ),
        "indicators": [
            (2018, 22, 2, 9, 4, 1800),
            (2019, 25, 2, 10, 5, 1950),
            (2020, 27, 3, 11, 7, 2100),
            (2021, 31, 3, 12, 9, 2300),
            (2022, 33, 4, 12, 10, 2450),
            (2023, 36, 4, 13, 12, 2600),
        ],
    },
    {
        "slug": "klaster-vita-mare",
        "title": "Klaster Medycyny i Nauk o Życiu „Vita Mare”",
        "cluster_type": "key",
        "sectors": ["medycyna", "chemia"],
        "subregion": "metropolitalny",
        "coordinator": "Fundacja „Vita Mare”",
        "year_founded": 2014,
        "website": "https://vitamare.example.org",
        "intro": "Firmy biotechnologiczne, producenci wyrobów medycznych, szpitale "
        "i laboratoria badawcze, które razem zamieniają wyniki badań w produkty.",
        "description": "<p>Klaster łączy środowisko kliniczne z firmami "
        "biotechnologicznymi i producentami wyrobów medycznych. Prowadzi bank "
        "pomysłów badawczych, wspólne biuro regulacyjne i przygotowuje konsorcja "
        "do programów europejskich.</p>",
        "contact": (
            "dr Anna Lewandowska",
            "biuro@vitamare.example.org",
            "+48 58 000 40 40",
        ),
        "indicators": [
            (2020, 19, 6, 3, 5, 2300),
            (2021, 23, 7, 3, 7, 2550),
            (2022, 27, 7, 4, 9, 2800),
            (2023, 30, 8, 4, 11, 3050),
        ],
    },
    {
        "slug": "klaster-bory",
        "title": "Klaster Drzewno-Meblarski „Bory”",
        "cluster_type": "subregional",
        "sectors": ["meble-drewno"],
        "subregion": "chojnicko-czluchowski",
        "coordinator": "Stowarzyszenie Przedsiębiorców Drzewnych „Bory”",
        "year_founded": 2015,
        "website": "https://bory.example.org",
        "intro": "Tartaki, stolarnie i fabryki mebli z okolic Chojnic i Człuchowa, "
        "które razem kupują surowiec, szkolą fachowców i dbają o wzornictwo.",
        "description": "<p>Klaster powstał z inicjatywy kilkunastu rodzinnych "
        "zakładów stolarskich. Dziś prowadzi wspólne zakupy drewna, klasy "
        "patronackie w szkołach zawodowych i program wzornictwa.</p>",
        "contact": ("Krzysztof Mazur", "biuro@bory.example.org", "+48 52 000 50 50"),
        "indicators": [
            (2018, 14, 1, 2, 2, 900),
            (2019, 16, 1, 3, 3, 980),
            (2020, 18, 1, 3, 3, 1020),
            (2021, 21, 2, 3, 5, 1150),
            (2022, 23, 2, 4, 6, 1230),
            (2023, 24, 2, 4, 6, 1260),
        ],
    },
    {
        "slug": "klaster-kociewskie-smaki",
        "title": "Klaster Spożywczy „Kociewskie Smaki”",
        "cluster_type": "subregional",
        "sectors": ["przetworstwo-spozywcze", "turystyka"],
        "subregion": "starogardzki",
        "coordinator": "Stowarzyszenie „Kociewskie Smaki”",
        "year_founded": 2016,
        "website": "https://kociewskie-smaki.example.org",
        "intro": "Gospodarstwa, małe przetwórnie i restauracje Kociewia, które razem "
        "budują markę regionalnej żywności.",
        "description": "<p>Klaster prowadzi wspólną markę produktów regionalnych, "
        "mobilne laboratorium jakości i platformę zamówień dla gastronomii.</p>",
        "contact": (
            "Barbara Kamińska",
            "smaki@kociewskie-smaki.example.org",
            "+48 58 000 60 60",
        ),
        "indicators": [
            (2019, 18, 1, 6, 3, 640),
            (2020, 21, 1, 7, 4, 700),
            (2021, 24, 1, 8, 5, 760),
            (2022, 26, 2, 8, 6, 810),
        ],
    },
    {
        "slug": "klaster-slupskie-wybrzeze",
        "title": "Klaster Turystyczny „Słupskie Wybrzeże”",
        "cluster_type": "subregional",
        "sectors": ["turystyka"],
        "subregion": "slupski",
        "coordinator": "Lokalna Organizacja Turystyczna „Słupskie Wybrzeże”",
        "year_founded": 2013,
        "website": "https://slupskie-wybrzeze.example.org",
        "intro": "Hotele, pensjonaty, przewodnicy i gminy nadmorskie, które razem "
        "wydłużają sezon turystyczny.",
        "description": "<p>Członkowie klastra tworzą wspólne pakiety poza sezonem, "
        "szkolą pracowników obsługi gości i badają ruch turystyczny.</p>",
        "contact": (
            "Ewa Dąbrowska",
            "biuro@slupskie-wybrzeze.example.org",
            "+48 59 000 70 70",
        ),
        "indicators": [
            (2019, 29, 1, 8, 4, 1100),
            (2020, 27, 1, 8, 3, 980),
            (2021, 30, 1, 9, 5, 1080),
            (2022, 33, 2, 9, 6, 1190),
            (2023, 35, 2, 10, 7, 1260),
        ],
    },
    {
        "slug": "siec-logistyki-nadwislanskiej",
        "title": "Sieć Logistyki Nadwiślańskiej",
        "cluster_type": "embryonic",
        "sectors": ["logistyka"],
        "subregion": "nadwislanski",
        "coordinator": "Stowarzyszenie Przewoźników i Spedytorów Doliny Wisły",
        "year_founded": 2020,
        "website": "https://logistyka-wisla.example.org",
        "intro": "Młoda sieć firm transportowych i magazynowych z okolic Tczewa "
        "i Malborka, skupiona na wspólnych szkoleniach i planowaniu inwestycji.",
        "description": "<p>Sieć powstała w 2020 roku jako porozumienie kilkunastu "
        "firm. Pierwsze działania to wspólne szkolenia kierowców i analiza potrzeb "
        "centrum przeładunkowego.</p>",
        "contact": (
            "Michał Szymański",
            "siec@logistyka-wisla.example.org",
            "+48 58 000 80 80",
        ),
        "indicators": [
            (2021, 9, 0, 2, 1, 420),
            (2022, 12, 1, 2, 2, 510),
            (2023, 14, 1, 3, 3, 580),
        ],
    },
    {
        "slug": "siec-innowacji-chemicznych-powisla",
        "title": "Sieć Innowacji Chemicznych Powiśla",
        "cluster_type": "embryonic",
        "sectors": ["chemia"],
        "subregion": "kwidzynski",
        "coordinator": "Fundacja Rozwoju Powiśla",
        "year_founded": 2021,
        "website": "https://chemia-powisle.example.org",
        "intro": "Zalążek klastra firm chemicznych i papierniczych, szkół "
        "i samorządu z okolic Kwidzyna.",
        "description": "<p>Sieć spotyka przemysł ze szkołami średnimi i "
        "samorządem; przygotowuje wspólną strategię rozwoju kadr.</p>",
        "contact": (
            "Joanna Krawczyk",
            "kontakt@chemia-powisle.example.org",
            "+48 55 000 90 90",
        ),
        "indicators": [
            (2022, 7, 1, 3, 1, 350),
            (2023, 9, 1, 4, 2, 410),
        ],
    },
    {
        "slug": "kaszubska-siec-budownictwa",
        "title": "Kaszubska Sieć Budownictwa Energooszczędnego",
        "cluster_type": "embryonic",
        "sectors": ["budownictwo", "energetyka"],
        "subregion": "kaszubski",
        "coordinator": "Stowarzyszenie „Dom Kaszubski”",
        "year_founded": 2019,
        "website": "https://dom-kaszubski.example.org",
        "intro": "Wykonawcy, architekci i producenci materiałów z Kaszub, którzy "
        "razem uczą się budować domy pasywne.",
        "description": "<p>Sieć prowadzi dom pokazowy w standardzie pasywnym, "
        "szkolenia dla wykonawców i doradztwo dla inwestorów.</p>",
        "contact": (
            "Grzegorz Wójcik",
            "biuro@dom-kaszubski.example.org",
            "+48 58 000 11 22",
        ),
        "indicators": [
            (2020, 8, 0, 2, 1, 260),
            (2021, 10, 1, 2, 2, 300),
            (2022, 13, 1, 3, 3, 370),
            (2023, 15, 1, 3, 4, 420),
        ],
    },
]
