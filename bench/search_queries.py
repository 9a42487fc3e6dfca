"""The labelled queries of bench/search_quality.py: Polish as visitors type it, over
the demo content (`manage.py load_demo_content`). Each query lists the titles that
answer it (any of them counts; the first found sets the reciprocal rank); an empty
list means nothing should be found (no such content, or only drafts).
"""

INFLECTED = [
    ("klastrów morskich", ["Klaster Technologii Morskich i Offshore „Zatoka”"]),
    (
        "giełdy kooperacyjnej",
        ["Giełda kooperacyjna dostawców dla morskich farm wiatrowych"],
    ),
    (
        "farmach wiatrowych",
        ["Giełda kooperacyjna dostawców dla morskich farm wiatrowych"],
    ),
    (
        "laboratoriach badania powłok",
        ["Wspólne laboratorium badania powłok antykorozyjnych"],
    ),
    ("audytów cyberbezpieczeństwa", ["Audyty cyberbezpieczeństwa w modelu bonowym"]),
    ("radaru technologicznego", ["Radar technologiczny sztucznej inteligencji"]),
    (
        "spółdzielni energetycznej",
        ["Spółdzielnia energetyczna gmin i firm członkowskich"],
    ),
    ("magazynem ciepła", ["Pilotaż magazynu ciepła z uczelnią techniczną"]),
    ("wizytach studyjnych", ["Wizyty studyjne w duńskich klastrach energetycznych"]),
    ("wyrobami medycznymi", ["Wspólne biuro regulacyjne dla wyrobów medycznych"]),
    ("przeglądu patentowego", ["Przegląd patentowy w diagnostyce molekularnej"]),
    (
        "klasach patronackich stolarzy",
        ["Klasy patronackie stolarzy w szkołach zawodowych"],
    ),
    ("pakietów turystycznych", ["Pakiety turystyczne poza sezonem"]),
    (
        "wózkami widłowymi",
        ["Wspólne szkolenia kierowców i operatorów wózków widłowych"],
    ),
    ("domu pokazowego", ["Dom pokazowy w standardzie pasywnym jako centrum szkoleń"]),
    (
        "grupowych audytów energetycznych",
        ["Grupowe audyty energetyczne zakładów przetwórczych"],
    ),
    ("strategii rozwoju województwa", ["Strategia Rozwoju Województwa Pomorskiego"]),
    ("klastrach embrionalnych", ["Konsultacje dla klastrów embrionalnych"]),
]

WITHOUT_DIACRITICS = [
    (
        "gielda kooperacyjna",
        ["Giełda kooperacyjna dostawców dla morskich farm wiatrowych"],
    ),
    ("wspolne laboratorium", ["Wspólne laboratorium badania powłok antykorozyjnych"]),
    (
        "spoldzielnia energetyczna",
        ["Spółdzielnia energetyczna gmin i firm członkowskich"],
    ),
    (
        "odpady drzewne dla cieplowni",
        ["Odpady drzewne na pelet dla lokalnej ciepłowni"],
    ),
    (
        "zywnosc lokalna dla restauracji",
        ["Platforma zamówień lokalnej żywności dla restauracji"],
    ),
    (
        "szkolenia z obslugi gosci",
        ["Szkolenia z obsługi gości zagranicznych dla mikrofirm"],
    ),
    ("marka produktow regionalnych", ["Wspólna marka produktów regionalnych Kociewia"]),
    ("wozkow widlowych", ["Wspólne szkolenia kierowców i operatorów wózków widłowych"]),
    ("wspolny zakup drewna", ["Wspólny zakup drewna certyfikowanego FSC"]),
    ("przeladunkowe nad wisla", ["Analiza potrzeb centrum przeładunkowego nad Wisłą"]),
]

MULTI_WORD = [
    (
        "mentoring stoczniowych MŚP offshore",
        ["Mentoring dla stoczniowych MŚP wchodzących w offshore"],
    ),
    (
        "hackathon otwarte dane samorządy",
        ["Hackathon z samorządami: otwarte dane w usługach miejskich"],
    ),
    (
        "marka eksportowa targi Skandynawia",
        ["Wspólna marka eksportowa na targach w Skandynawii"],
    ),
    (
        "szkoła letnia systemy wbudowane",
        ["Szkoła letnia systemów wbudowanych z uczelniami regionu"],
    ),
    ("konsorcjum Horyzont Europa", ["Konsorcjum klastra w programie Horyzont Europa"]),
    ("drewno certyfikowane FSC", ["Wspólny zakup drewna certyfikowanego FSC"]),
    ("mobilne laboratorium żywności", ["Mobilne laboratorium jakości żywności"]),
    (
        "bony doradcze faza zalążkowa",
        ["Bony doradcze dla inicjatyw klastrowych w fazie zalążkowej"],
    ),
]

TYPOS = [
    ("kooperacyjbej", ["Giełda kooperacyjna dostawców dla morskich farm wiatrowych"]),
    ("cyberbezpieczenstwq", ["Audyty cyberbezpieczeństwa w modelu bonowym"]),
    ("antykorozyjych", ["Wspólne laboratorium badania powłok antykorozyjnych"]),
    ("wzornicwta", ["Projektanci wzornictwa dla małych zakładów meblarskich"]),
    ("inwentaryzacjja", ["Inwentaryzacja potencjału przemysłowego Powiśla"]),
    (
        "biotechnologiczncyh",
        ["Bank pomysłów badawczych klinik i firm biotechnologicznych"],
    ),
]

NO_ANSWER = [
    # Drafts awaiting an expert's review: a visitor must not find them.
    ("cyfrowego bliźniaka", []),
    ("festiwal filmów animowanych", []),
    ("kosmiczne rakiety na Marsie", []),
    ("hodowla alpak", []),
    ("zzyzx qwerty", []),
]

QUERIES = INFLECTED + WITHOUT_DIACRITICS + MULTI_WORD + TYPOS + NO_ANSWER
