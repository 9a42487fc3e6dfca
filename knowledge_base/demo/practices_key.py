"""Demo good practices of the four key clusters, in the import format
(docs/import-format.md) with a contact added. Invented, like the clusters."""

PRACTICES = [
    {
        "external_id": "demo-01",
        "title": "Giełda kooperacyjna dostawców dla morskich farm wiatrowych",
        "summary": "Coroczne spotkania, na których małe firmy z regionu poznają "
        "wykonawców morskich farm wiatrowych i ich wymagania wobec dostawców.",
        "challenge": "Pomorskie firmy metalowe i stoczniowe nie wiedziały, jak "
        "wejść do łańcucha dostaw morskiej energetyki wiatrowej: duzi wykonawcy "
        "nie znali ich oferty, a one nie znały wymagań kwalifikacyjnych.",
        "solution": "Klaster zorganizował trzy edycje giełdy kooperacyjnej. Przed "
        "każdą firmy wypełniały profil kompetencji, a koordynator umawiał "
        "dwudziestominutowe rozmowy z działami zakupów wykonawców. Po giełdzie "
        "firmy dostawały informację zwrotną i listę brakujących certyfikatów.",
        "results": "W trzech edycjach odbyło się 420 rozmów; 19 firm członkowskich "
        "przeszło kwalifikację dostawców, a 7 podpisało pierwsze kontrakty.",
        "resources": "Koordynator na pół etatu przez trzy miesiące przed każdą "
        "edycją, sala na 200 osób, system umawiania spotkań.",
        "lessons": "Najwięcej dały rozmowy przygotowane z wyprzedzeniem; spotkania "
        "umawiane na miejscu rzadko kończyły się współpracą.",
        "transferability": "Format sprawdzi się w każdej branży, w której kilku "
        "dużych odbiorców szuka wielu lokalnych dostawców.",
        "timescale_start": 2022,
        "timescale_end": 2024,
        "initiative": "klaster-zatoka",
        "cluster_type": "key",
        "topics": ["sieciowanie", "internacjonalizacja"],
        "sector": "gospodarka-morska",
        "subregion": "metropolitalny",
        "funding": "fep-2021-2027",
        "contact": (
            "Marta Kowalczyk",
            "m.kowalczyk@zatoka.example.org",
            "+48 58 000 10 11",
        ),
    },
    {
        "external_id": "demo-02",
        "title": "Wspólne laboratorium badania powłok antykorozyjnych",
        "summary": "Pięć firm i uczelnia techniczna wspólnie wyposażyły i prowadzą "
        "laboratorium badań powłok dla konstrukcji pracujących w wodzie morskiej.",
        "challenge": "Badania odporności powłok na korozję trwały miesiącami "
        "i zlecano je laboratoriom za granicą, co opóźniało oferty małych firm.",
        "solution": "Członkowie klastra zawarli umowę konsorcjum, kupili komorę "
        "mgły solnej i urządzenia do badań przyczepności, a uczelnia udostępniła "
        "pomieszczenia i personel. Koszty utrzymania dzielone są według liczby "
        "zleconych badań.",
        "results": "Czas oczekiwania na wynik skrócił się z 14 do 5 tygodni; "
        "laboratorium wykonało ponad 300 badań, w tym dla firm spoza klastra.",
        "resources": "Około 1,8 mln zł na wyposażenie, dwóch techników, umowa "
        "konsorcjum z regulaminem dostępu.",
        "lessons": "Regulamin kolejności badań trzeba było ustalić przed "
        "zakupem sprzętu; pierwszy spór o terminy opóźnił start o kwartał.",
        "transferability": "Model wspólnego laboratorium przy uczelni można "
        "przenieść do każdej branży z kosztownymi, rzadko używanymi badaniami.",
        "timescale_start": 2017,
        "timescale_end": 2020,
        "initiative": "klaster-zatoka",
        "cluster_type": "key",
        "topics": ["wspolpraca-br", "transfer-wiedzy"],
        "sector": "gospodarka-morska",
        "subregion": "metropolitalny",
        "funding": "rpo-wp-2014-2020",
        "contact": (
            "Adam Nowicki",
            "laboratorium@zatoka.example.org",
            "+48 58 000 10 12",
        ),
    },
    {
        "external_id": "demo-03",
        "title": "Mentoring dla stoczniowych MŚP wchodzących w offshore",
        "summary": "Doświadczeni menedżerowie dużych firm offshore przez rok "
        "doradzali właścicielom małych firm stoczniowych.",
        "challenge": "Małe firmy nie miały wiedzy o normach, ubezpieczeniach "
        "i zasadach BHP obowiązujących na morskich placach budowy.",
        "solution": "Koordynator dobrał dwanaście par mentor–firma. Pary spotykały "
        "się raz w miesiącu, a co kwartał wszyscy uczestnicy omawiali wspólne "
        "problemy na warsztacie prowadzonym przez Punkt Kontaktowy.",
        "results": "Dziewięć z dwunastu firm uzyskało wymagane certyfikaty, "
        "a cztery zatrudniły specjalistów ds. jakości.",
        "resources": "Mentorzy pracowali pro bono; budżet pokrył warsztaty, "
        "dojazdy i opłaty certyfikacyjne.",
        "lessons": "Mentoring działa, gdy właściciel firmy bierze w nim udział "
        "osobiście; delegowanie pracowników obniżało efekty.",
        "transferability": "Wymaga grupy chętnych mentorów z dużych firm; "
        "najłatwiej w klastrach kluczowych.",
        "timescale_start": 2021,
        "timescale_end": 2023,
        "initiative": "klaster-zatoka",
        "cluster_type": "key",
        "topics": ["doradztwo", "szkolenia"],
        "sector": "gospodarka-morska",
        "subregion": "metropolitalny",
        "funding": "fep-2021-2027",
    },
    {
        "external_id": "demo-04",
        "title": "Mapa kompetencji łańcucha dostaw offshore",
        "summary": "Publiczna baza kompetencji firm klastra, uporządkowana według "
        "etapów budowy i serwisu morskiej farmy wiatrowej.",
        "challenge": "Inwestorzy pytali o lokalnych dostawców, ale nikt nie "
        "wiedział, które firmy i z jakimi certyfikatami mogą wykonać dane prace.",
        "solution": "Zespół klastra przeprowadził wywiady z 60 firmami, opisał ich "
        "kompetencje według klasyfikacji branżowej i opublikował mapę, "
        "aktualizowaną co pół roku przez same firmy.",
        "results": "Mapę pobrało ponad 1500 użytkowników; inwestorzy wysłali przez "
        "nią 80 zapytań ofertowych do firm z regionu.",
        "resources": "Dwie osoby przez cztery miesiące, prosta baza danych.",
        "lessons": "Bez przypominania firmy nie aktualizowały profili; "
        "pomogła automatyczna wiadomość co sześć miesięcy.",
        "transferability": "Łatwa do powtórzenia w każdej branży z długim "
        "łańcuchem dostaw.",
        "timescale_start": 2020,
        "timescale_end": 2021,
        "initiative": "klaster-zatoka",
        "cluster_type": "key",
        "topics": ["czuwanie-technologiczne", "planowanie-strategiczne"],
        "sector": "gospodarka-morska",
        "subregion": "metropolitalny",
        "funding": "srodki-wlasne",
    },
    {
        "external_id": "demo-05",
        "title": "Audyty cyberbezpieczeństwa w modelu bonowym",
        "summary": "Firmy członkowskie otrzymały bony na audyt bezpieczeństwa "
        "IT wykonywany przez innych członków klastra.",
        "challenge": "Małe firmy z klastra obsługiwały klientów z sektora "
        "publicznego i finansowego, ale nie spełniały ich wymagań "
        "bezpieczeństwa informacji.",
        "solution": "Klaster opracował wspólną metodykę audytu zgodną z normą "
        "ISO/IEC 27001 i wydał 40 bonów. Audyty wykonywały firmy członkowskie "
        "specjalizujące się w bezpieczeństwie, a wyniki omawiano na "
        "anonimowych warsztatach.",
        "results": "Przeprowadzono 38 audytów; 11 firm uzyskało certyfikat, "
        "a pozostałe wdrożyły plany naprawcze.",
        "resources": "Budżet na bony, metodyka audytu, koordynator projektu.",
        "lessons": "Audytor i audytowany nie mogą być konkurentami; "
        "przydział par trzeba sprawdzać.",
        "transferability": "Model bonów wymienianych wewnątrz klastra pasuje "
        "do każdej usługi, którą część członków świadczy pozostałym.",
        "timescale_start": 2021,
        "timescale_end": 2022,
        "initiative": "siec-cyfrowa-latarnia",
        "cluster_type": "key",
        "topics": ["doradztwo", "szkolenia"],
        "sector": "ict",
        "subregion": "metropolitalny",
        "funding": "rpo-wp-2014-2020",
        "contact": (
            "Piotr Zieliński",
            "p.zielinski@latarnia.example.org",
            "+48 58 000 20 21",
        ),
    },
    {
        "external_id": "demo-06",
        "title": "Hackathon z samorządami: otwarte dane w usługach miejskich",
        "summary": "48-godzinny hackathon, na którym zespoły firm klastra "
        "budowały prototypy usług na otwartych danych trzech miast.",
        "challenge": "Samorządy publikowały dane, ale nikt z nich nie korzystał, "
        "a firmy nie znały potrzeb urzędów.",
        "solution": "Klaster wraz z trzema urzędami miast przygotował zestawy "
        "danych i opisy problemów. Dwanaście zespołów pracowało z mentorami "
        "z urzędów, a jury wybrało trzy prototypy do pilotażu.",
        "results": "Dwa prototypy (informacja o zajętości parkingów i zgłaszanie "
        "usterek) wdrożono; urzędy opublikowały 15 nowych zbiorów danych.",
        "resources": "Sala, wyżywienie, nagrody, mentorzy z urzędów.",
        "lessons": "Dane muszą być gotowe i opisane przed wydarzeniem.",
        "transferability": "Format łatwy do powtórzenia w każdym subregionie "
        "z aktywnym samorządem.",
        "timescale_start": 2019,
        "timescale_end": 2019,
        "initiative": "siec-cyfrowa-latarnia",
        "cluster_type": "key",
        "topics": ["sieciowanie", "transfer-wiedzy"],
        "sector": "ict",
        "subregion": "metropolitalny",
        "funding": "srodki-wlasne",
    },
    {
        "external_id": "demo-07",
        "title": "Wspólna marka eksportowa na targach w Skandynawii",
        "summary": "Firmy ICT z Pomorza wystawiały się pod wspólną marką "
        "na targach w Sztokholmie i Oslo.",
        "challenge": "Pojedyncze firmy nie były w stanie opłacić stoiska "
        "ani zbudować rozpoznawalności na rynkach nordyckich.",
        "solution": "Klaster opracował wspólną markę, katalog i stoisko, "
        "a firmy płaciły tylko za swoje miejsce. Przed targami koordynator "
        "umawiał spotkania z potencjalnymi klientami.",
        "results": "Trzy edycje, 27 firm, 64 umowy o współpracy; eksport "
        "uczestników do Skandynawii wzrósł o 35%.",
        "resources": "Projekt marki, stoisko modułowe, koordynator, budżet na wyjazdy.",
        "lessons": "Spotkania umawiane przed targami dały więcej niż ruch na stoisku.",
        "transferability": "Sprawdzi się w klastrach, których członkowie "
        "mają podobną ofertę i jeden główny rynek docelowy.",
        "timescale_start": 2018,
        "timescale_end": 2020,
        "initiative": "siec-cyfrowa-latarnia",
        "cluster_type": "key",
        "topics": ["internacjonalizacja"],
        "sector": "ict",
        "subregion": "metropolitalny",
        "funding": "rpo-wp-2014-2020",
    },
    {
        "external_id": "demo-08",
        "title": "Radar technologiczny sztucznej inteligencji",
        "summary": "Kwartalny przegląd zastosowań sztucznej inteligencji "
        "przygotowywany dla firm klastra przez ich własnych ekspertów.",
        "challenge": "Firmy nie nadążały za zmianami w narzędziach AI i nie "
        "wiedziały, w które technologie warto inwestować.",
        "solution": "Zespół ośmiu ekspertów z firm członkowskich co kwartał "
        "ocenia technologie w czterech kategoriach (stosować, testować, "
        "obserwować, wstrzymać) i omawia je na otwartym spotkaniu.",
        "results": "Sześć edycji radaru, średnio 90 uczestników spotkań; "
        "pięć firm rozpoczęło wspólne projekty pilotażowe.",
        "resources": "Czas ekspertów (ok. 2 dni na kwartał), moderator, "
        "publikacja w formie raportu.",
        "lessons": "Ocena musi być niezależna od oferty handlowej ekspertów.",
        "transferability": "Metodę radaru można stosować w każdej branży "
        "zależnej od szybko zmieniających się technologii.",
        "timescale_start": 2023,
        "timescale_end": None,
        "initiative": "siec-cyfrowa-latarnia",
        "cluster_type": "key",
        "topics": ["czuwanie-technologiczne"],
        "sector": "ict",
        "subregion": "metropolitalny",
        "funding": "fep-2021-2027",
    },
    {
        "external_id": "demo-09",
        "title": "Szkoła letnia systemów wbudowanych z uczelniami regionu",
        "summary": "Dwutygodniowe warsztaty, na których studenci pracowali "
        "nad zadaniami zgłoszonymi przez firmy klastra.",
        "challenge": "Firmom brakowało absolwentów z praktyczną znajomością "
        "programowania mikrokontrolerów.",
        "solution": "Dwie uczelnie i siedem firm przygotowały program zajęć; "
        "inżynierowie firm prowadzili projekty, a najlepsi uczestnicy "
        "dostawali propozycję stażu.",
        "results": "Trzy edycje, 110 absolwentów, 41 staży i 23 zatrudnienia.",
        "resources": "Sale i sprzęt uczelni, czas inżynierów, zestawy uruchomieniowe.",
        "lessons": "Zadania z prawdziwych projektów motywowały bardziej niż "
        "ćwiczenia akademickie.",
        "transferability": "Wymaga bliskiej współpracy z uczelnią; pasuje "
        "do branż technicznych.",
        "timescale_start": 2017,
        "timescale_end": 2019,
        "initiative": "siec-cyfrowa-latarnia",
        "cluster_type": "key",
        "topics": ["szkolenia", "wspolpraca-br"],
        "sector": "ict",
        "subregion": "metropolitalny",
        "funding": "rpo-wp-2014-2020",
    },
    {
        "external_id": "demo-10",
        "title": "Spółdzielnia energetyczna gmin i firm członkowskich",
        "summary": "Trzy gminy i dwanaście firm założyły spółdzielnię, która "
        "wytwarza i rozlicza energię z lokalnych instalacji odnawialnych.",
        "challenge": "Firmy płaciły wysokie rachunki za energię, a gminy miały "
        "dachy i grunty, na których mogły stanąć instalacje.",
        "solution": "Klaster przygotował analizę prawną i ekonomiczną, pomógł "
        "napisać statut i wybrać lokalizacje. Spółdzielnia zbudowała dwie "
        "farmy fotowoltaiczne i rozlicza energię między członkami.",
        "results": "Instalacje o mocy 4,2 MW; członkowie obniżyli koszty energii "
        "średnio o 22%.",
        "resources": "Doradztwo prawne, wkład członków, dotacja na instalacje.",
        "lessons": "Najdłużej trwało uzgodnienie zasad podziału korzyści; "
        "warto zacząć od nich, a nie od techniki.",
        "transferability": "Model pasuje do gmin wiejskich i miejsko-wiejskich "
        "z lokalnym przemysłem.",
        "timescale_start": 2021,
        "timescale_end": None,
        "initiative": "klaster-czystej-energii-polnoc",
        "cluster_type": "key",
        "topics": ["planowanie-strategiczne", "sieciowanie"],
        "sector": "energetyka",
        "subregion": "slupski",
        "funding": "fep-2021-2027",
        "contact": (
            "Tomasz Wróbel",
            "t.wrobel@energia-polnoc.example.org",
            "+48 59 000 30 31",
        ),
    },
    {
        "external_id": "demo-11",
        "title": "Grupowe audyty energetyczne zakładów przetwórczych",
        "summary": "Wspólne zamówienie audytów energetycznych dla 18 zakładów "
        "przetwórstwa spożywczego i drzewnego.",
        "challenge": "Pojedynczy audyt był dla małego zakładu zbyt drogi, "
        "a bez niego nie mógł ubiegać się o dotację na modernizację.",
        "solution": "Klaster zebrał zapotrzebowanie, przygotował wspólne "
        "zapytanie ofertowe i nadzorował pracę audytorów.",
        "results": "Koszt audytu spadł o 40%; 12 zakładów złożyło wnioski "
        "o dofinansowanie, 9 zmodernizowało instalacje.",
        "resources": "Koordynator zamówienia, wzór umowy, budżet na audyty.",
        "lessons": "Jednolity format raportu ułatwił porównanie zakładów.",
        "transferability": "Wspólne zamówienia usług pasują do każdego klastra "
        "małych firm.",
        "timescale_start": 2018,
        "timescale_end": 2020,
        "initiative": "klaster-czystej-energii-polnoc",
        "cluster_type": "key",
        "topics": ["doradztwo"],
        "sector": "energetyka",
        "subregion": "slupski",
        "funding": "rpo-wp-2014-2020",
    },
    {
        "external_id": "demo-12",
        "title": "Pilotaż magazynu ciepła z uczelnią techniczną",
        "summary": "Firma ciepłownicza, dwóch producentów urządzeń i uczelnia "
        "zbudowali i przebadali magazyn ciepła dla sieci lokalnej.",
        "challenge": "Nadwyżki energii z wiatru w nocy marnowały się, a miejska "
        "sieć ciepłownicza wciąż spalała węgiel.",
        "solution": "Konsorcjum zaprojektowało magazyn ciepła ładowany energią "
        "elektryczną w godzinach nadwyżek, zbudowało instalację pilotażową "
        "i przez dwa sezony grzewcze mierzyło jej pracę.",
        "results": "Magazyn pokrył 18% zapotrzebowania osiedla na ciepło; "
        "opublikowano dwa artykuły i zgłoszono wynalazek.",
        "resources": "Zespół badawczy, instalacja pilotażowa, dwa sezony pomiarów.",
        "lessons": "Umowa o prawach do wyników musi powstać przed pierwszymi "
        "badaniami.",
        "transferability": "Wyniki można wykorzystać w każdym mieście "
        "z siecią ciepłowniczą i lokalnymi źródłami odnawialnymi.",
        "timescale_start": 2020,
        "timescale_end": 2023,
        "initiative": "klaster-czystej-energii-polnoc",
        "cluster_type": "key",
        "topics": ["wspolpraca-br", "transfer-wiedzy"],
        "sector": "energetyka",
        "subregion": "slupski",
        "funding": "horyzont-europa",
    },
    {
        "external_id": "demo-13",
        "title": "Strategia klastra 2030 budowana w warsztatach z członkami",
        "summary": "Strategia rozwoju klastra powstała w sześciu warsztatach, "
        "w których wzięli udział przedstawiciele wszystkich grup członków.",
        "challenge": "Poprzednia strategia była dokumentem koordynatora "
        "i członkowie się z nią nie utożsamiali.",
        "solution": "Punkt Kontaktowy pomógł zaplanować proces: ankieta, "
        "sześć warsztatów tematycznych, konsultacja projektu i głosowanie "
        "na walnym zgromadzeniu.",
        "results": "Strategię przyjęto jednogłośnie; 70% członków zgłosiło się "
        "do zespołów wdrożeniowych.",
        "resources": "Moderator warsztatów, czas koordynatora, sale.",
        "lessons": "Członkowie chętniej pracują nad celami, które sami zaproponowali.",
        "transferability": "Proces można powtórzyć w każdym klastrze, "
        "niezależnie od wielkości.",
        "timescale_start": 2019,
        "timescale_end": 2020,
        "initiative": "klaster-czystej-energii-polnoc",
        "cluster_type": "key",
        "topics": ["planowanie-strategiczne"],
        "sector": "energetyka",
        "subregion": "slupski",
        "funding": "srodki-wlasne",
    },
    {
        "external_id": "demo-14",
        "title": "Wizyty studyjne w duńskich klastrach energetycznych",
        "summary": "Przedstawiciele firm i gmin odwiedzili trzy klastry energii "
        "w Danii i przenieśli do regionu dwa rozwiązania.",
        "challenge": "Członkowie klastra nie znali działających za granicą "
        "modeli lokalnej energetyki.",
        "solution": "W ramach projektu partnerskiego zorganizowano dwie wizyty "
        "studyjne i rewizytę partnerów z Danii; po każdej grupa "
        "opracowywała plan przeniesienia rozwiązań.",
        "results": "Powstała koncepcja spółdzielni energetycznej i wspólny "
        "program szkoleń instalatorów.",
        "resources": "Budżet na podróże, tłumacz, partnerzy zagraniczni.",
        "lessons": "Wizyta ma sens, gdy uczestnicy wracają z konkretnym zadaniem.",
        "transferability": "Wymaga partnera zagranicznego; programy Interreg "
        "ułatwiają finansowanie.",
        "timescale_start": 2017,
        "timescale_end": 2018,
        "initiative": "klaster-czystej-energii-polnoc",
        "cluster_type": "key",
        "topics": ["internacjonalizacja", "transfer-wiedzy"],
        "sector": "energetyka",
        "subregion": "slupski",
        "funding": "interreg-poludniowy-baltyk",
    },
    {
        "external_id": "demo-15",
        "title": "Bank pomysłów badawczych klinik i firm biotechnologicznych",
        "summary": "Lekarze zgłaszają problemy kliniczne, a firmy klastra "
        "proponują rozwiązania i wspólne projekty badawcze.",
        "challenge": "Lekarze mieli pomysły na nowe wyroby i metody diagnostyki, "
        "ale nie wiedzieli, jak znaleźć partnera przemysłowego.",
        "solution": "Klaster prowadzi formularz zgłoszeń i co kwartał organizuje "
        "spotkania, na których autorzy pomysłów przedstawiają je firmom. "
        "Koordynator pomaga przygotować umowy o poufności i wnioski.",
        "results": "Zgłoszono 74 pomysły; 12 przerodziło się w projekty "
        "badawcze, 3 w produkty na rynku.",
        "resources": "Koordynator ds. transferu technologii, wzory umów.",
        "lessons": "Umowy o poufności muszą być gotowe przed prezentacją.",
        "transferability": "Model pasuje do każdej branży, w której użytkownicy "
        "końcowi znają problemy lepiej niż producenci.",
        "timescale_start": 2019,
        "timescale_end": 2022,
        "initiative": "klaster-vita-mare",
        "cluster_type": "key",
        "topics": ["wspolpraca-br", "sieciowanie"],
        "sector": "medycyna",
        "subregion": "metropolitalny",
        "funding": "rpo-wp-2014-2020",
        "contact": (
            "dr Anna Lewandowska",
            "a.lewandowska@vitamare.example.org",
            "+48 58 000 40 41",
        ),
    },
    {
        "external_id": "demo-16",
        "title": "Wspólne biuro regulacyjne dla wyrobów medycznych",
        "summary": "Biuro klastra pomaga małym producentom przejść certyfikację "
        "według unijnego rozporządzenia o wyrobach medycznych (MDR).",
        "challenge": "Nowe przepisy wymagały dokumentacji, na którą małych "
        "producentów nie było stać.",
        "solution": "Klaster zatrudnił dwóch specjalistów ds. regulacji; firmy "
        "kupują ich czas w pakietach godzin, a wzory dokumentów są wspólne.",
        "results": "Czternaście firm przygotowało dokumentację; osiem "
        "uzyskało certyfikaty.",
        "resources": "Dwóch specjalistów, biblioteka wzorów dokumentów.",
        "lessons": "Wspólne wzory oszczędzają najwięcej czasu; doradztwo "
        "indywidualne jest potrzebne tylko przy trudnych wyrobach.",
        "transferability": "Pasuje do każdej branży z kosztowną certyfikacją.",
        "timescale_start": 2021,
        "timescale_end": None,
        "initiative": "klaster-vita-mare",
        "cluster_type": "key",
        "topics": ["doradztwo"],
        "sector": "medycyna",
        "subregion": "metropolitalny",
        "funding": "fep-2021-2027",
    },
    {
        "external_id": "demo-17",
        "title": "Konsorcjum klastra w programie Horyzont Europa",
        "summary": "Klaster przygotował z partnerami z czterech krajów wniosek "
        "o projekt badawczy w programie Horyzont Europa.",
        "challenge": "Członkowie nie mieli doświadczenia w międzynarodowych "
        "projektach badawczych i nie znali partnerów.",
        "solution": "Koordynator wykorzystał europejską platformę współpracy "
        "klastrów do znalezienia partnerów, a doradca pomógł napisać wniosek.",
        "results": "Wniosek uzyskał finansowanie; trzy firmy klastra biorą "
        "udział w czteroletnim projekcie.",
        "resources": "Doradca ds. funduszy europejskich, wyjazdy na spotkania.",
        "lessons": "Pierwszy wniosek został odrzucony; recenzje pomogły "
        "poprawić drugi.",
        "transferability": "Droga przez platformę współpracy klastrów jest "
        "otwarta dla każdej inicjatywy.",
        "timescale_start": 2022,
        "timescale_end": 2024,
        "initiative": "klaster-vita-mare",
        "cluster_type": "key",
        "topics": ["internacjonalizacja", "wspolpraca-br"],
        "sector": "medycyna",
        "subregion": "metropolitalny",
        "funding": "horyzont-europa",
    },
    {
        "external_id": "demo-18",
        "title": "Przegląd patentowy w diagnostyce molekularnej",
        "summary": "Klaster zlecił przegląd patentów w diagnostyce molekularnej "
        "i omówił wyniki z firmami.",
        "challenge": "Firmy planowały nowe testy, nie wiedząc, czy nie naruszą "
        "cudzych patentów.",
        "solution": "Rzecznik patentowy przeanalizował zgłoszenia z pięciu lat "
        "i przygotował mapę obszarów wolnych od ochrony.",
        "results": "Dwie firmy zmieniły plany rozwoju produktów; jedna zgłosiła "
        "własny wynalazek.",
        "resources": "Rzecznik patentowy, dostęp do baz patentowych.",
        "lessons": "Przegląd trzeba powtarzać co roku.",
        "transferability": "Przydatny w każdej branży opartej na wiedzy.",
        "timescale_start": 2020,
        "timescale_end": 2020,
        "initiative": "klaster-vita-mare",
        "cluster_type": "key",
        "topics": ["czuwanie-technologiczne"],
        "sector": "medycyna",
        "subregion": "metropolitalny",
        "funding": "srodki-wlasne",
    },
]
