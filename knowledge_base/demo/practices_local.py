"""Demo good practices of the subregional and embryonic clusters, of organisations
without a cluster initiative page, and two still waiting for an expert's review.
Invented, like the clusters."""

PRACTICES = [
    {
        "external_id": "demo-19",
        "title": "Wspólny zakup drewna certyfikowanego FSC",
        "summary": "Zakłady stolarskie klastra kupują drewno z certyfikatem FSC "
        "wspólnie, w jednym przetargu rocznym.",
        "challenge": "Odbiorcy mebli w Europie Zachodniej wymagali certyfikowanego "
        "surowca, a małe zakłady kupowały zbyt mało, by dostać dobre warunki.",
        "solution": "Klaster zbiera roczne zapotrzebowanie członków, negocjuje "
        "z nadleśnictwami i tartakami i rozlicza dostawy według zamówień.",
        "results": "Cena surowca spadła średnio o 12%, a 14 zakładów uzyskało "
        "certyfikat łańcucha dostaw.",
        "resources": "Koordynator zakupów, umowa ramowa, magazyn przejściowy.",
        "lessons": "Trzeba jasno ustalić, kto ponosi ryzyko niewykupionego surowca.",
        "transferability": "Wspólne zakupy sprawdzą się w każdym klastrze "
        "małych producentów korzystających z tego samego surowca.",
        "timescale_start": 2016,
        "timescale_end": 2018,
        "initiative": "klaster-bory",
        "cluster_type": "subregional",
        "topics": ["sieciowanie"],
        "sector": "meble-drewno",
        "subregion": "chojnicko-czluchowski",
        "funding": "srodki-wlasne",
        "contact": ("Krzysztof Mazur", "k.mazur@bory.example.org", "+48 52 000 50 51"),
    },
    {
        "external_id": "demo-20",
        "title": "Klasy patronackie stolarzy w szkołach zawodowych",
        "summary": "Zakłady klastra współprowadzą klasy w dwóch szkołach "
        "zawodowych: uczniowie odbywają praktyki w firmach.",
        "challenge": "Zakładom brakowało stolarzy i operatorów maszyn CNC, "
        "a szkoły nie miały nowoczesnego sprzętu.",
        "solution": "Klaster podpisał porozumienia ze szkołami, firmy "
        "współtworzą program nauczania, przyjmują uczniów na praktyki "
        "i fundują stypendia.",
        "results": "Pięć roczników, 96 absolwentów, z których 58 pracuje "
        "w firmach klastra.",
        "resources": "Czas instruktorów w firmach, stypendia, sprzęt "
        "przekazany szkołom.",
        "lessons": "Uczniowie zostają w zawodzie, gdy praktyki zaczynają się "
        "w pierwszej klasie.",
        "transferability": "Model klas patronackich pasuje do każdej branży "
        "produkcyjnej z lokalnym niedoborem kadr.",
        "timescale_start": 2018,
        "timescale_end": None,
        "initiative": "klaster-bory",
        "cluster_type": "subregional",
        "topics": ["szkolenia"],
        "sector": "meble-drewno",
        "subregion": "chojnicko-czluchowski",
        "funding": "rpo-wp-2014-2020",
    },
    {
        "external_id": "demo-21",
        "title": "Projektanci wzornictwa dla małych zakładów meblarskich",
        "summary": "Bony na współpracę z projektantami pomogły małym zakładom "
        "wprowadzić własne kolekcje mebli.",
        "challenge": "Zakłady produkowały na zlecenie według cudzych projektów "
        "i miały niskie marże.",
        "solution": "Klaster zorganizował konkurs dla projektantów i sfinansował "
        "częściowo ich współpracę z ośmioma zakładami.",
        "results": "Powstało sześć kolekcji; dwie zdobyły nagrody na targach "
        "meblowych, a marże zakładów wzrosły.",
        "resources": "Budżet na bony, jury konkursu, promocja kolekcji.",
        "lessons": "Projektant musi poznać możliwości parku maszynowego przed "
        "rozpoczęciem projektu.",
        "transferability": "Pasuje do branż, w których firmy produkują "
        "głównie na zlecenie.",
        "timescale_start": 2019,
        "timescale_end": 2021,
        "initiative": "klaster-bory",
        "cluster_type": "subregional",
        "topics": ["doradztwo", "transfer-wiedzy"],
        "sector": "meble-drewno",
        "subregion": "chojnicko-czluchowski",
        "funding": "rpo-wp-2014-2020",
    },
    {
        "external_id": "demo-22",
        "title": "Odpady drzewne na pelet dla lokalnej ciepłowni",
        "summary": "Trociny i zrębki z zakładów klastra trafiają do wspólnej "
        "peleciarni, która zaopatruje miejską ciepłownię.",
        "challenge": "Zakłady płaciły za wywóz odpadów drzewnych, a ciepłownia "
        "szukała paliwa odnawialnego.",
        "solution": "Klaster przygotował studium wykonalności, a pięć zakładów "
        "założyło spółkę prowadzącą peleciarnię.",
        "results": "Rocznie 6 tys. ton odpadów zamienianych na paliwo; "
        "ciepłownia ograniczyła zużycie węgla o jedną piątą.",
        "resources": "Studium wykonalności, inwestycja w linię do peletu.",
        "lessons": "Umowa odbioru z ciepłownią była warunkiem kredytu.",
        "transferability": "Możliwe tam, gdzie odpady i odbiorca energii są "
        "blisko siebie.",
        "timescale_start": 2020,
        "timescale_end": 2022,
        "initiative": "klaster-bory",
        "cluster_type": "subregional",
        "topics": ["sieciowanie", "transfer-wiedzy"],
        "sector": "meble-drewno",
        "subregion": "chojnicko-czluchowski",
        "funding": "rpo-wp-2014-2020",
    },
    {
        "external_id": "demo-23",
        "title": "Wspólna marka produktów regionalnych Kociewia",
        "summary": "Dwadzieścia firm i gospodarstw sprzedaje swoje produkty pod "
        "jedną marką z wspólnym systemem jakości.",
        "challenge": "Małe przetwórnie nie były rozpoznawalne poza swoją gminą "
        "i nie miały dostępu do sieci handlowych.",
        "solution": "Klaster opracował markę, standard jakości i wspólne "
        "opakowania, a następnie negocjował z sieciami handlowymi półkę "
        "produktów regionalnych.",
        "results": "Produkty marki są w 45 sklepach; sprzedaż uczestników "
        "wzrosła średnio o 30%.",
        "resources": "Projekt marki, audytor jakości, koordynator sprzedaży.",
        "lessons": "Wspólny standard jakości trzeba kontrolować; jedna wpadka "
        "szkodzi wszystkim.",
        "transferability": "Pasuje do każdego regionu z tradycyjną żywnością.",
        "timescale_start": 2017,
        "timescale_end": 2019,
        "initiative": "klaster-kociewskie-smaki",
        "cluster_type": "subregional",
        "topics": ["sieciowanie", "planowanie-strategiczne"],
        "sector": "przetworstwo-spozywcze",
        "subregion": "starogardzki",
        "funding": "rpo-wp-2014-2020",
        "contact": (
            "Barbara Kamińska",
            "b.kaminska@kociewskie-smaki.example.org",
            "+48 58 000 60 61",
        ),
    },
    {
        "external_id": "demo-24",
        "title": "Mobilne laboratorium jakości żywności",
        "summary": "Samochód z podstawowym wyposażeniem laboratoryjnym objeżdża "
        "małe przetwórnie i wykonuje badania na miejscu.",
        "challenge": "Przetwórnie wysyłały próbki do odległych laboratoriów "
        "i czekały na wyniki kilka dni.",
        "solution": "Klaster wyposażył samochód, zatrudnił technologa żywności "
        "i ustalił harmonogram wizyt.",
        "results": "Ponad 900 badań w dwa lata; czas oczekiwania na wynik "
        "skrócił się do jednego dnia.",
        "resources": "Samochód, wyposażenie, technolog żywności.",
        "lessons": "Harmonogram trzeba dopasować do sezonowości produkcji.",
        "transferability": "Sprawdzi się w subregionach z wieloma małymi "
        "przetwórniami.",
        "timescale_start": 2021,
        "timescale_end": 2023,
        "initiative": "klaster-kociewskie-smaki",
        "cluster_type": "subregional",
        "topics": ["doradztwo", "transfer-wiedzy"],
        "sector": "przetworstwo-spozywcze",
        "subregion": "starogardzki",
        "funding": "fep-2021-2027",
    },
    {
        "external_id": "demo-25",
        "title": "Platforma zamówień lokalnej żywności dla restauracji",
        "summary": "Restauracje zamawiają produkty od członków klastra przez "
        "wspólny serwis i dostają je w jednej dostawie.",
        "challenge": "Restauracje chciały lokalnych produktów, ale zamawianie "
        "u wielu dostawców było zbyt kłopotliwe.",
        "solution": "Klaster uruchomił prosty serwis zamówień i wspólną "
        "logistykę dostaw dwa razy w tygodniu.",
        "results": "Trzydzieści restauracji, obrót 1,2 mln zł rocznie.",
        "resources": "Serwis zamówień, samochód chłodnia, koordynator.",
        "lessons": "Stałe dni dostaw są ważniejsze niż szeroki wybór.",
        "transferability": "Pasuje do klastrów żywności blisko dużych miast.",
        "timescale_start": 2020,
        "timescale_end": 2021,
        "initiative": "klaster-kociewskie-smaki",
        "cluster_type": "subregional",
        "topics": ["sieciowanie"],
        "sector": "przetworstwo-spozywcze",
        "subregion": "starogardzki",
        "funding": "srodki-wlasne",
    },
    {
        "external_id": "demo-26",
        "title": "Pakiety turystyczne poza sezonem",
        "summary": "Hotele, restauracje i atrakcje klastra sprzedają wspólne "
        "pakiety weekendowe od października do kwietnia.",
        "challenge": "Poza latem obiekty stały puste, a pojedyncze firmy nie "
        "miały oferty, która przyciągnęłaby gości.",
        "solution": "Klaster zaprojektował sześć tematycznych pakietów "
        "(przyroda, kuchnia, zdrowie), wspólny system rezerwacji i kampanię "
        "w dużych miastach Polski.",
        "results": "Obłożenie poza sezonem wzrosło z 18% do 31%; sprzedano "
        "ponad 4 tys. pakietów.",
        "resources": "System rezerwacji, budżet kampanii, koordynator.",
        "lessons": "Podział przychodów trzeba ustalić przed sprzedażą.",
        "transferability": "Dla każdego regionu turystycznego z wyraźną sezonowością.",
        "timescale_start": 2018,
        "timescale_end": 2020,
        "initiative": "klaster-slupskie-wybrzeze",
        "cluster_type": "subregional",
        "topics": ["sieciowanie", "planowanie-strategiczne"],
        "sector": "turystyka",
        "subregion": "slupski",
        "funding": "rpo-wp-2014-2020",
        "contact": (
            "Ewa Dąbrowska",
            "e.dabrowska@slupskie-wybrzeze.example.org",
            "+48 59 000 70 71",
        ),
    },
    {
        "external_id": "demo-27",
        "title": "Szkolenia z obsługi gości zagranicznych dla mikrofirm",
        "summary": "Cykl szkoleń językowych i kulturowych dla pracowników "
        "pensjonatów i restauracji, przygotowany z partnerami z Niemiec "
        "i Litwy.",
        "challenge": "Rosła liczba gości z zagranicy, a personel mikrofirm "
        "nie czuł się pewnie w ich obsłudze.",
        "solution": "Partnerzy projektu opracowali moduły szkoleniowe, "
        "a klaster zorganizował zajęcia po sezonie w trzech miejscowościach.",
        "results": "Przeszkolono 160 osób z 52 firm; oceny gości zagranicznych "
        "w serwisach rezerwacyjnych poprawiły się.",
        "resources": "Trenerzy, materiały w trzech językach, partnerzy zagraniczni.",
        "lessons": "Krótkie moduły po 3 godziny sprawdziły się lepiej niż "
        "całodniowe szkolenia.",
        "transferability": "Materiały są dostępne dla innych klastrów turystycznych.",
        "timescale_start": 2019,
        "timescale_end": 2019,
        "initiative": "klaster-slupskie-wybrzeze",
        "cluster_type": "subregional",
        "topics": ["szkolenia", "internacjonalizacja"],
        "sector": "turystyka",
        "subregion": "slupski",
        "funding": "interreg-poludniowy-baltyk",
    },
    {
        "external_id": "demo-28",
        "title": "Badanie ruchu turystycznego na podstawie danych anonimowych",
        "summary": "Klaster kupił zanonimizowane dane o ruchu turystów "
        "i udostępnił członkom analizy ich przyjazdów.",
        "challenge": "Firmy i gminy nie wiedziały, skąd i kiedy przyjeżdżają "
        "turyści, więc kampanie trafiały w próżnię.",
        "solution": "Klaster zamówił analizę zanonimizowanych danych od operatora "
        "telekomunikacyjnego i co kwartał publikuje raport dla członków.",
        "results": "Gminy przesunęły budżety promocyjne na trzy najważniejsze "
        "rynki; liczba noclegów wzrosła o 9%.",
        "resources": "Budżet na dane, analityk.",
        "lessons": "Dane zbiorcze wystarczą; nie są potrzebne dane osobowe.",
        "transferability": "Możliwe w każdym regionie turystycznym.",
        "timescale_start": 2022,
        "timescale_end": 2023,
        "initiative": "klaster-slupskie-wybrzeze",
        "cluster_type": "subregional",
        "topics": ["czuwanie-technologiczne"],
        "sector": "turystyka",
        "subregion": "slupski",
        "funding": "fep-2021-2027",
    },
    {
        "external_id": "demo-29",
        "title": "Wspólne szkolenia kierowców i operatorów wózków widłowych",
        "summary": "Firmy sieci organizują szkolenia okresowe kierowców "
        "i operatorów razem, w stałych terminach.",
        "challenge": "Każda firma osobno szukała terminów szkoleń i płaciła "
        "więcej za małe grupy.",
        "solution": "Sieć ustaliła kalendarz szkoleń na rok i wybrała jeden "
        "ośrodek szkoleniowy.",
        "results": "Koszt szkolenia na osobę spadł o 25%; w dwa lata "
        "przeszkolono 210 osób.",
        "resources": "Koordynator kalendarza, umowa z ośrodkiem.",
        "lessons": "Zacząć od prostej usługi, która od razu daje oszczędność.",
        "transferability": "Dobry pierwszy krok każdej młodej sieci.",
        "timescale_start": 2021,
        "timescale_end": 2022,
        "initiative": "siec-logistyki-nadwislanskiej",
        "cluster_type": "embryonic",
        "topics": ["szkolenia"],
        "sector": "logistyka",
        "subregion": "nadwislanski",
        "funding": "srodki-wlasne",
        "contact": (
            "Michał Szymański",
            "m.szymanski@logistyka-wisla.example.org",
            "+48 58 000 80 81",
        ),
    },
    {
        "external_id": "demo-30",
        "title": "Analiza potrzeb centrum przeładunkowego nad Wisłą",
        "summary": "Sieć zbadała, ile ładunków jej członkowie mogliby przenieść "
        "z dróg na kolej i wodę.",
        "challenge": "Samorządy planowały centrum przeładunkowe bez danych "
        "o potrzebach lokalnych firm.",
        "solution": "Sieć zebrała dane o przewozach 30 firm, a Punkt Kontaktowy "
        "pomógł przygotować raport dla samorządów.",
        "results": "Raport stał się podstawą studium lokalizacyjnego centrum.",
        "resources": "Ankieta, analityk, warsztaty z samorządami.",
        "lessons": "Firmy udostępniają dane, gdy widzą korzyść dla siebie.",
        "transferability": "Sposób zbierania danych można powtórzyć w innych "
        "subregionach.",
        "timescale_start": 2023,
        "timescale_end": None,
        "initiative": "siec-logistyki-nadwislanskiej",
        "cluster_type": "embryonic",
        "topics": ["planowanie-strategiczne", "czuwanie-technologiczne"],
        "sector": "logistyka",
        "subregion": "nadwislanski",
        "funding": "fep-2021-2027",
    },
    {
        "external_id": "demo-31",
        "title": "Spotkania technologiczne przemysłu i szkół średnich",
        "summary": "Firmy chemiczne pokazują uczniom technikum swoje linie "
        "produkcyjne i laboratoria.",
        "challenge": "Młodzież wyjeżdżała na studia i nie wracała, nie znając "
        "lokalnych pracodawców.",
        "solution": "Sieć organizuje cztery spotkania w roku: wizyty "
        "w zakładach, zajęcia w laboratoriach i rozmowy z inżynierami.",
        "results": "W dwa lata wzięło udział 600 uczniów; liczba kandydatów "
        "do klas chemicznych wzrosła o połowę.",
        "resources": "Transport, czas pracowników firm, materiały.",
        "lessons": "Uczniowie najbardziej cenili rozmowy z młodymi inżynierami.",
        "transferability": "Każda sieć firm z lokalnym rynkiem pracy może "
        "to powtórzyć.",
        "timescale_start": 2022,
        "timescale_end": 2023,
        "initiative": "siec-innowacji-chemicznych-powisla",
        "cluster_type": "embryonic",
        "topics": ["sieciowanie", "transfer-wiedzy"],
        "sector": "chemia",
        "subregion": "kwidzynski",
        "funding": "srodki-wlasne",
    },
    {
        "external_id": "demo-32",
        "title": "Dom pokazowy w standardzie pasywnym jako centrum szkoleń",
        "summary": "Dom zbudowany przez firmy sieci służy jako sala szkoleniowa "
        "i miejsce pomiarów zużycia energii.",
        "challenge": "Wykonawcy nie umieli budować szczelnie, a inwestorzy "
        "nie wierzyli w oszczędności.",
        "solution": "Firmy sieci zbudowały dom pokazowy, w którym prowadzą "
        "szkolenia praktyczne i publikują dane z pomiarów.",
        "results": "Przeszkolono 180 wykonawców; dom odwiedziło 2 tys. inwestorów.",
        "resources": "Działka, materiały przekazane przez producentów, "
        "czujniki pomiarowe.",
        "lessons": "Publikowanie rzeczywistych danych zużycia przekonało "
        "inwestorów bardziej niż ulotki.",
        "transferability": "Model pasuje do sieci budowlanych w całym kraju.",
        "timescale_start": 2022,
        "timescale_end": None,
        "initiative": "kaszubska-siec-budownictwa",
        "cluster_type": "embryonic",
        "topics": ["transfer-wiedzy", "szkolenia"],
        "sector": "budownictwo",
        "subregion": "kaszubski",
        "funding": "fep-2021-2027",
        "contact": (
            "Grzegorz Wójcik",
            "g.wojcik@dom-kaszubski.example.org",
            "+48 58 000 11 23",
        ),
    },
    {
        "external_id": "demo-33",
        "title": "Bony doradcze dla inicjatyw klastrowych w fazie zalążkowej",
        "summary": "Fundacja wydała bony na doradztwo prawne i strategiczne "
        "dla grup firm, które chcą założyć klaster.",
        "challenge": "Grupy firm chcące współpracować nie wiedziały, jaką "
        "formę prawną wybrać i jak podzielić koszty koordynacji.",
        "solution": "Fundacja ogłosiła nabór, a wybrane grupy dostały bony na "
        "doradztwo i warsztat strategiczny prowadzony przez Punkt Kontaktowy.",
        "results": "Z ośmiu grup pięć zawiązało formalne porozumienie, "
        "a dwie działają dziś jako sieci technologiczne.",
        "resources": "Budżet na bony, doradcy, warsztaty.",
        "lessons": "Najważniejsza była pomoc w ustaleniu, kto koordynuje sieć.",
        "transferability": "Pasuje do każdego regionu wspierającego klastry "
        "embrionalne.",
        "timescale_start": 2020,
        "timescale_end": 2021,
        "organisation": "Fundacja Rozwoju Przedsiębiorczości „Kooperacja Północ”",
        "cluster_type": "embryonic",
        "topics": ["doradztwo", "planowanie-strategiczne"],
        "sector": "budownictwo",
        "subregion": "kaszubski",
        "funding": "rpo-wp-2014-2020",
    },
    {
        "external_id": "demo-34",
        "title": "Inwentaryzacja potencjału przemysłowego Powiśla",
        "summary": "Związek gmin opisał firmy, kadry i tereny inwestycyjne "
        "subregionu, by wskazać branże zdolne do współpracy klastrowej.",
        "challenge": "Gminy nie wiedziały, wokół jakich branż budować współpracę firm.",
        "solution": "Zespół przeprowadził ankietę wśród 200 firm i wywiady "
        "z największymi pracodawcami; wyniki omówiono na forum gospodarczym.",
        "results": "Wskazano dwie branże o potencjale klastrowym; w jednej "
        "powstała sieć technologiczna.",
        "resources": "Ankieterzy, analityk, forum gospodarcze.",
        "lessons": "Wywiady z pracodawcami dały więcej niż statystyki.",
        "transferability": "Dobry punkt wyjścia dla każdego subregionu.",
        "timescale_start": 2019,
        "timescale_end": 2019,
        "organisation": "Związek Gmin Powiśla „Wspólna Rzeka”",
        "cluster_type": "subregional",
        "topics": ["planowanie-strategiczne"],
        "sector": "chemia",
        "subregion": "kwidzynski",
        "funding": "srodki-wlasne",
    },
]

# Proposed by coordinators and waiting for the expert's review: drafts that the demo
# submits to the "Weryfikacja ekspercka" workflow.
AWAITING_REVIEW = [
    {
        "external_id": "demo-35",
        "title": "Cyfrowy bliźniak portu jachtowego",
        "summary": "Model portu jachtowego, w którym firmy klastra testują "
        "czujniki i systemy zarządzania nabrzeżem.",
        "challenge": "Firmy nie miały gdzie sprawdzić swoich rozwiązań w "
        "warunkach zbliżonych do rzeczywistych.",
        "solution": "Klaster z zarządcą portu buduje cyfrowy model nabrzeża "
        "zasilany danymi z czujników.",
        "results": "Pierwsze trzy firmy przetestowały w modelu swoje systemy.",
        "timescale_start": 2024,
        "timescale_end": None,
        "initiative": "klaster-zatoka",
        "cluster_type": "key",
        "topics": ["wspolpraca-br", "czuwanie-technologiczne"],
        "sector": "gospodarka-morska",
        "subregion": "metropolitalny",
        "funding": "fep-2021-2027",
        "published": False,
    },
    {
        "external_id": "demo-36",
        "title": "Wspólny rzecznik patentowy sieci budowlanej",
        "summary": "Firmy sieci dzielą koszt rzecznika patentowego, który "
        "ocenia ich rozwiązania i zgłasza wzory użytkowe.",
        "challenge": "Firmy tworzyły nowe rozwiązania montażowe, ale ich nie chroniły.",
        "solution": "Sieć zawarła umowę z rzecznikiem na stałą liczbę godzin "
        "w miesiącu, rozdzielaną między członków.",
        "results": "W pierwszym roku zgłoszono cztery wzory użytkowe.",
        "timescale_start": 2024,
        "timescale_end": None,
        "initiative": "kaszubska-siec-budownictwa",
        "cluster_type": "embryonic",
        "topics": ["doradztwo"],
        "sector": "budownictwo",
        "subregion": "kaszubski",
        "funding": "srodki-wlasne",
        "published": False,
    },
]
