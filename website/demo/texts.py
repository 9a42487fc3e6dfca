"""The demo pages' texts: Polish, rewritten from the client's page, and English for
the translations of the home and "about" pages.

Page fields are plain dicts. Bodies are StreamField data in Wagtail's JSON form, built
by functions that take the tree's `PageLinks`, because several of them link to pages
created later in the tree.
"""

import datetime
from dataclasses import dataclass

SITE_NAME = "Klastry Pomorskie"


@dataclass(frozen=True)
class PageLinks:
    """Ids of the pages other pages link to."""

    contact_point: int
    regional_policy: int
    privacy_policy: int


# Stream blocks, in the JSON form of website.blocks.BodyBlock.


def heading(text: str, level: str = "h2") -> dict:
    return {"type": "heading", "value": {"text": text, "level": level}}


def paragraph(html: str) -> dict:
    return {"type": "paragraph", "value": html}


def quote(text: str, attribution: str = "") -> dict:
    return {"type": "quote", "value": {"quote": text, "attribution": attribution}}


def table(rows: list[list[str]], caption: str) -> dict:
    """A table whose first row is its header."""
    return {
        "type": "table",
        "value": {
            "data": rows,
            "first_row_is_table_header": True,
            "first_col_is_header": False,
            "table_caption": caption,
        },
    }


def call_to_action(*, title: str, text: str, button_label: str, page: int) -> dict:
    return {
        "type": "call_to_action",
        "value": {
            "title": title,
            "text": text,
            "page": page,
            "url": "",
            "button_label": button_label,
        },
    }


def page_link(page_id: int, text: str) -> str:
    """A link to a page inside rich text."""
    return f'<a linktype="page" id="{page_id}">{text}</a>'


def bullet_list(items: list[str]) -> str:
    return "<ul>" + "".join(f"<li>{item}</li>" for item in items) + "</ul>"


def consultation_cta(links: PageLinks, title: str, text: str) -> dict:
    return call_to_action(
        title=title,
        text=text,
        button_label="Zamów konsultację",
        page=links.contact_point,
    )


CONTACT_POINT_TASKS = [
    "prowadzenie bieżącego doradztwa dla inicjatyw klastrowych;",
    "organizacja jednodniowych spotkań konsultacyjnych (warsztatów) dla "
    "zainteresowanych inicjatyw klastrowych;",
    "prowadzenie bieżącego monitoringu rozwoju inicjatyw klastrowych w regionie "
    "z uwzględnieniem klastrów kluczowych;",
    "prowadzenie bieżącego monitoringu klastrów funkcjonujących w UE oraz na "
    "świecie, nawiązywanie kontaktów przydatnych z punktu widzenia rozwoju "
    "pomorskich inicjatyw klastrowych;",
    "realizowanie działań informacyjnych, promocyjnych i konsultacyjno-szkoleniowych.",
]

SOFT_ACTIVITIES = [
    "sieciowanie,",
    "transfer wiedzy i innowacji,",
    "doradztwo,",
    "czuwanie technologiczne,",
    "planowanie strategiczne.",
]

WHY_CLUSTERS = (
    "Budowa partnerstwa, sieciowanie współpracy i płaszczyzny wymiany wiedzy są "
    "elementami funkcjonowania klastrów, trwale przyczyniającymi się do budowania "
    "regionu opartego na wiedzy, a w efekcie do zwiększenia liczby innowacyjnych "
    "przedsięwzięć realizowanych w regionie."
)


# Home page

HOME = {
    "title": SITE_NAME,
    "slug": "home",
    "intro": (
        "Serwis Pomorskiej Grupy Kompetencji Klastrowych, która skupia koordynatorów "
        "pomorskich inicjatyw klastrowych, oraz Punktu Kontaktowego ds. klastrów "
        "w Województwie Pomorskim. Znajdziesz tu opis regionalnej polityki "
        "wspierania klastrów, dobre praktyki, kalendarz wydarzeń i formularz "
        "zamówienia konsultacji."
    ),
}


def home_body(links: PageLinks) -> list[dict]:
    return [
        heading("Klastry w polityce regionalnej"),
        paragraph(
            "<p>Samorząd Województwa Pomorskiego prowadzi politykę wspierania "
            "klastrów. Jej punktem wyjścia jest Strategia Rozwoju Województwa "
            "Pomorskiego z lipca 2005 roku; nawiązuje ona także do Regionalnej "
            "Strategii Innowacji, a od czerwca 2009 roku – do Regionalnego Programu "
            "Wspierania Klastrów dla Województwa Pomorskiego na lata 2009–2015.</p>"
        ),
        call_to_action(
            title="Poziom regionalny",
            text="Dokumenty, na których opiera się regionalna polityka klastrowa, "
            "i typy klastrów, które wspiera Samorząd Województwa.",
            button_label="Poznaj politykę regionalną",
            page=links.regional_policy,
        ),
        heading("Pomorska Grupa Kompetencji Klastrowych"),
        paragraph(
            f"<p>{WHY_CLUSTERS} Dlatego Samorząd Województwa podjął decyzję "
            "o utworzeniu Pomorskiej Grupy Kompetencji Klastrowych, która skupia "
            "koordynatorów pomorskich inicjatyw klastrowych.</p>"
        ),
        heading("Punkt Kontaktowy ds. klastrów"),
        paragraph(
            "<p>Wsparciem dla klastrów w regionie są działania informacyjne, "
            "promocyjne i konsultacyjno-szkoleniowe Punktu Kontaktowego ds. klastrów "
            "w Województwie Pomorskim. Punkt prowadzony jest w ramach Departamentu "
            "Rozwoju Gospodarczego Urzędu Marszałkowskiego Województwa Pomorskiego: "
            "doradza inicjatywom klastrowym, organizuje warsztaty konsultacyjne "
            "i monitoruje rozwój klastrów w regionie, w Unii Europejskiej "
            "i na świecie.</p>"
        ),
        consultation_cta(
            links,
            "Potrzebujesz porady dla swojej inicjatywy klastrowej?",
            "Opisz w formularzu, czego dotyczy sprawa – Punkt Kontaktowy odpowie "
            "na podany adres e-mail.",
        ),
    ]


# About the project

ABOUT = {
    "title": "O projekcie",
    "slug": "o-projekcie",
    "show_in_menus": True,
    "intro": (
        "Klastry Pomorskie to platforma Pomorskiej Grupy Kompetencji Klastrowych "
        "i Punktu Kontaktowego ds. klastrów w Województwie Pomorskim: miejsce "
        "wymiany wiedzy i doświadczeń koordynatorów pomorskich inicjatyw "
        "klastrowych."
    ),
}


def about_body(links: PageLinks) -> list[dict]:
    return [
        heading("Po co ten serwis"),
        paragraph(
            f"<p>{WHY_CLUSTERS}</p><p>Serwis ma być taką płaszczyzną wymiany "
            "wiedzy: zbiera w jednym miejscu informacje o regionalnej polityce "
            "wspierania klastrów, doświadczenia pomorskich inicjatyw klastrowych "
            "i zaproszenia na wydarzenia.</p>"
        ),
        heading("Co znajdziesz w serwisie"),
        paragraph(
            bullet_list(
                [
                    "opis polityki regionalnej – od Strategii Rozwoju Województwa "
                    "Pomorskiego po Regionalny Program Wspierania Klastrów;",
                    "bazę dobrych praktyk i pomorskich inicjatyw klastrowych;",
                    "kalendarz wydarzeń: warsztatów konsultacyjnych, spotkań "
                    "i szkoleń;",
                    "forum dla koordynatorów inicjatyw klastrowych – członków "
                    "Pomorskiej Grupy Kompetencji Klastrowych;",
                    "formularz zamówienia konsultacji w Punkcie Kontaktowym.",
                ]
            )
        ),
        heading("Dla kogo"),
        paragraph(
            "<p>Dla koordynatorów inicjatyw klastrowych i ich partnerów – "
            "przedsiębiorstw, uczelni, instytucji badawczych i instytucji otoczenia "
            "biznesu – oraz dla wszystkich, którzy chcą poznać pomorską politykę "
            "klastrową.</p>"
        ),
        heading("Kto prowadzi serwis"),
        paragraph(
            "<p>Serwis prowadzi Punkt Kontaktowy ds. klastrów w Województwie "
            "Pomorskim, działający w ramach Departamentu Rozwoju Gospodarczego "
            "Urzędu Marszałkowskiego Województwa Pomorskiego.</p>"
        ),
        consultation_cta(
            links,
            "Masz pytanie o rozwój klastra?",
            "Punkt Kontaktowy prowadzi bieżące doradztwo dla inicjatyw klastrowych.",
        ),
    ]


# The regional level: a section and its strategy and programme pages

REGIONAL_POLICY = {
    "title": "Poziom regionalny",
    "slug": "poziom-regionalny",
    "show_in_menus": True,
    "intro": (
        "Dokumenty Samorządu Województwa Pomorskiego, na których opiera się "
        "regionalna polityka wspierania klastrów, i grupa, która skupia "
        "koordynatorów pomorskich inicjatyw klastrowych."
    ),
}

DEVELOPMENT_STRATEGY = {
    "title": "Strategia Rozwoju Województwa Pomorskiego",
    "slug": "strategia-rozwoju-wojewodztwa-pomorskiego",
    "intro": (
        "Punktem wyjścia dla prowadzenia polityki pro-klastrowej są zapisy Strategii "
        "Rozwoju Województwa Pomorskiego z lipca 2005 roku."
    ),
}


def development_strategy_body(links: PageLinks) -> list[dict]:
    return [
        paragraph(
            "<p>Strategia Rozwoju Województwa Pomorskiego, przyjęta w lipcu 2005 "
            "roku, wskazuje na potrzebę tworzenia:</p>"
        ),
        quote(
            "warunków organizacyjnych, administracyjnych, prawnych i finansowych "
            "dla powstawania skupisk współpracujących przedsiębiorstw, w tym grup "
            "branżowych i klastrów",
            "Strategia Rozwoju Województwa Pomorskiego, lipiec 2005",
        ),
        heading("Co z tego wynika"),
        paragraph(
            "<p>Na tych zapisach opiera się aktywność Samorządu Województwa "
            "w zakresie wspierania klastrów. Rozwijają ją kolejne dokumenty: "
            "Regionalna Strategia Innowacji oraz Regionalny Program Wspierania "
            "Klastrów dla Województwa Pomorskiego na lata 2009–2015, który określa, "
            "jakie typy klastrów i jakie działania są wspierane.</p>"
        ),
    ]


INNOVATION_STRATEGY = {
    "title": "Regionalna Strategia Innowacji",
    "slug": "regionalna-strategia-innowacji",
    "intro": (
        "Aktywność Samorządu związana z prowadzeniem polityki wspierania klastrów "
        "nawiązuje do priorytetów i działań Regionalnej Strategii Innowacji."
    ),
}


def innovation_strategy_body(links: PageLinks) -> list[dict]:
    return [
        paragraph(
            "<p>Polityka wspierania klastrów odwołuje się do dwóch priorytetów "
            "Regionalnej Strategii Innowacji.</p>"
        ),
        heading("Priorytet 1 – Zwiększenie zdolności firm do wprowadzania innowacji"),
        paragraph(
            "<p>Klastry skupiają przedsiębiorstwa i ich partnerów wokół wspólnych "
            "przedsięwzięć. Sieciowanie, wymiana wiedzy i wspólne planowanie "
            "strategiczne w klastrze pomagają firmom wprowadzać innowacje.</p>"
        ),
        heading("Priorytet 2 – Wzrost wykorzystania i potencjału B+R"),
        paragraph(
            "<p>W klastrach przedsiębiorstwa współpracują z uczelniami i jednostkami "
            "badawczymi. Transfer wiedzy i innowacji oraz czuwanie technologiczne – "
            "działania wspierane w ramach Regionalnego Programu Wspierania Klastrów – "
            "przybliżają wyniki prac badawczo-rozwojowych gospodarce regionu.</p>"
        ),
    ]


CLUSTER_PROGRAMME = {
    "title": "Regionalny Program Wspierania Klastrów 2009–2015",
    "slug": "regionalny-program-wspierania-klastrow",
    "intro": (
        "Dla potwierdzenia wagi i znaczenia polityki wspierania klastrów Zarząd "
        "Województwa Pomorskiego zatwierdził w czerwcu 2009 roku Regionalny Program "
        "Wspierania Klastrów dla Województwa Pomorskiego na lata 2009–2015."
    ),
}

CLUSTER_TYPES = [
    ["Typ klastra", "Nazywany także", "Charakterystyka"],
    [
        "Klastry kluczowe",
        "–",
        "Skupiska o największym znaczeniu dla gospodarki regionu; Punkt Kontaktowy "
        "uwzględnia je w bieżącym monitoringu inicjatyw klastrowych.",
    ],
    [
        "Klastry subregionalne",
        "klastry lokalne",
        "Skupiska ważne dla gospodarki części województwa.",
    ],
    [
        "Klastry embrionalne",
        "sieci technologiczne",
        "Inicjatywy na wczesnym etapie rozwoju, budujące sieci współpracy wokół "
        "technologii.",
    ],
]


def cluster_programme_body(links: PageLinks) -> list[dict]:
    return [
        heading("Skąd wziął się Program"),
        paragraph(
            "<p>Program jest pochodną rekomendacji dla polityki stymulowania "
            "rozwoju klastrów w Województwie Pomorskim, przygotowanych w ramach "
            "projektu <i>„Stymulowanie innowacyjności gospodarki województwa "
            "pomorskiego przez wspieranie rozwoju klastrów – koncepcja polityki "
            "i działania pilotażowe”</i>. Projekt realizowały w latach 2005–2008 "
            "Samorząd Województwa Pomorskiego i Instytut Badań nad Gospodarką "
            "Rynkową.</p><p>Projekt był współfinansowany z Europejskiego Funduszu "
            "Społecznego Unii Europejskiej i z budżetu państwa w ramach "
            "Zintegrowanego Programu Operacyjnego Rozwoju Regionalnego (ZPORR).</p>"
        ),
        heading("Jakie klastry są wspierane"),
        paragraph(
            "<p>Polityka stymulowania rozwoju klastrów sformułowana w Programie "
            "zakłada wspieranie trzech typów klastrów.</p>"
        ),
        table(CLUSTER_TYPES, "Typy klastrów wspieranych w Programie"),
        heading("Jakie działania są finansowane"),
        paragraph(
            "<p>W ramach wsparcia przewiduje się finansowanie projektów koordynacji "
            "rozwoju klastrów, realizowanych przez koordynatorów klastrów. Są to "
            "działania miękkie, takie jak:</p>" + bullet_list(SOFT_ACTIVITIES)
        ),
        consultation_cta(
            links,
            "Przygotowujesz projekt koordynacji klastra?",
            "Punkt Kontaktowy doradza inicjatywom klastrowym i organizuje "
            "jednodniowe warsztaty konsultacyjne.",
        ),
    ]


COMPETENCE_GROUP = {
    "title": "Pomorska Grupa Kompetencji Klastrowych",
    "slug": "pomorska-grupa-kompetencji-klastrowych",
    "intro": (
        "Samorząd Województwa Pomorskiego utworzył Pomorską Grupę Kompetencji "
        "Klastrowych, która skupia koordynatorów pomorskich inicjatyw klastrowych."
    ),
}


def competence_group_body(links: PageLinks) -> list[dict]:
    return [
        heading("Dlaczego powstała Grupa"),
        paragraph(
            f"<p>{WHY_CLUSTERS} Dlatego Samorząd Województwa podjął decyzję "
            "o utworzeniu Pomorskiej Grupy Kompetencji Klastrowych.</p>"
        ),
        heading("Jak działa Grupa"),
        paragraph(
            "<p>Koordynatorzy inicjatyw klastrowych dzielą się doświadczeniami "
            "i dobrymi praktykami, spotykają się na warsztatach organizowanych przez "
            "Punkt Kontaktowy i rozmawiają na forum dostępnym dla członków "
            "Grupy.</p>"
        ),
        consultation_cta(
            links,
            "Koordynujesz inicjatywę klastrową na Pomorzu?",
            "Napisz do Punktu Kontaktowego – odpowiemy na pytania o Grupę "
            "i o wsparcie dla Twojej inicjatywy.",
        ),
    ]


# The Contact Point and its consultation form

CONTACT_POINT = {
    "title": "Punkt Kontaktowy",
    "slug": "punkt-kontaktowy",
    "show_in_menus": True,
    "intro": (
        "Punkt Kontaktowy ds. klastrów w Województwie Pomorskim prowadzony jest "
        "w ramach Departamentu Rozwoju Gospodarczego Urzędu Marszałkowskiego "
        "Województwa Pomorskiego. Wspiera klastry w regionie działaniami "
        "informacyjnymi, promocyjnymi i konsultacyjno-szkoleniowymi."
    ),
    "form_heading": "Zamów konsultację",
    "thank_you_text": (
        "<p>Dziękujemy za zapytanie. Punkt Kontaktowy odpowie na adres e-mail "
        "podany w formularzu.</p>"
    ),
    "subject": "Zapytanie o konsultację – Klastry Pomorskie",
}

CONSENT_HELP_TEXT = (
    "Zgoda jest dobrowolna i możesz ją w każdej chwili wycofać. Zasady "
    "przetwarzania danych opisuje „Polityka prywatności” – link znajdziesz "
    "w stopce strony."
)

CONSULTATION_FIELDS = [
    {"label": "Imię i nazwisko", "field_type": "singleline"},
    {"label": "E-mail", "field_type": "email"},
    {"label": "Organizacja", "field_type": "singleline"},
    {
        "label": "Inicjatywa klastrowa",
        "field_type": "singleline",
        "required": False,
        "help_text": "Jeśli zapytanie dotyczy konkretnej inicjatywy klastrowej.",
    },
    {
        "label": "Temat",
        "field_type": "dropdown",
        "choices": "Doradztwo\nWarsztat konsultacyjny\nMonitoring\nInne",
    },
    {"label": "Wiadomość", "field_type": "multiline"},
    {
        "label": "Wyrażam zgodę na przetwarzanie moich danych osobowych w celu "
        "obsługi zapytania",
        "field_type": "checkbox",
        "help_text": CONSENT_HELP_TEXT,
    },
]


def contact_point_body(links: PageLinks) -> list[dict]:
    return [
        heading("Zadania Punktu Kontaktowego"),
        paragraph(
            "<p>Do głównych zadań Punktu Kontaktowego należy:</p>"
            + bullet_list(CONTACT_POINT_TASKS)
        ),
        heading("Jak zamówić konsultację"),
        paragraph(
            "<p>Wypełnij formularz poniżej. Napisz, jakiej inicjatywy klastrowej "
            "dotyczy sprawa i czego potrzebujesz: porady, warsztatu konsultacyjnego "
            "czy informacji z monitoringu klastrów. Odpowiemy na adres e-mail "
            "podany w formularzu.</p><p>Dane z formularza przetwarzamy zgodnie "
            f"z {page_link(links.privacy_policy, 'polityką prywatności')}.</p>"
        ),
    ]


# The accessibility declaration, after the act of 4 April 2019 on the digital
# accessibility of public bodies' websites and mobile applications

ACCESSIBILITY_DECLARATION = {
    "title": "Deklaracja dostępności",
    "slug": "deklaracja-dostepnosci",
    "entity_name": "Urząd Marszałkowski Województwa Pomorskiego",
    "website_url": "https://klastry.pomorskie.eu",
    "publication_date": datetime.date(2026, 10, 1),
    "update_date": datetime.date(2026, 11, 16),
    "compliance_status": "partial",
    "non_compliant_content": (
        "<ul><li>Część starszych dokumentów PDF, przygotowanych przed uruchomieniem "
        "serwisu, nie ma struktury nagłówków ani tekstów alternatywnych do "
        "ilustracji.</li><li>Część nagrań wideo z warsztatów nie ma napisów dla "
        "osób niesłyszących; do nagrań publikujemy transkrypcje.</li></ul>"
        "<p>Dokumenty biurowe opublikowane przed 23 września 2018 r. i multimedia "
        "opublikowane przed 23 września 2020 r. są wyłączone z obowiązku "
        "zapewnienia dostępności. Na prośbę udostępnimy ich treść w dostępnej "
        "formie.</p>"
    ),
    "prepared_on": datetime.date(2026, 10, 1),
    "reviewed_on": datetime.date(2026, 11, 16),
    "assessment_method": "self",
    "accessibility_features": (
        "<ul><li>wersja o wysokim kontraście i trzy rozmiary tekstu;</li>"
        "<li>link „Przejdź do treści” na początku każdej strony;</li>"
        "<li>obsługa całego serwisu z klawiatury;</li>"
        "<li>teksty alternatywne do ilustracji i transkrypcje nagrań wideo;</li>"
        "<li>wersje językowe: polska i angielska.</li></ul>"
    ),
    "contact_person": "Koordynator ds. dostępności",
    "contact_email": "dostepnosc@pomorskie.eu",
    "contact_phone": "+48 58 326 81 00",
    "request_procedure": (
        "<p>Każdy ma prawo wystąpić z żądaniem zapewnienia dostępności cyfrowej "
        "strony internetowej lub jej elementu. Można też zażądać udostępnienia "
        "informacji w alternatywny sposób, na przykład przez odczytanie "
        "niedostępnego dokumentu lub opisanie zawartości filmu bez "
        "audiodeskrypcji.</p>"
        "<p>Żądanie powinno zawierać dane osoby, która je zgłasza, wskazanie, "
        "której strony lub jakiego elementu dotyczy, oraz sposób kontaktu. Jeśli "
        "potrzebujesz informacji w alternatywnej formie, napisz, jaka forma jest "
        "dla Ciebie dogodna.</p>"
        "<p>Żądanie realizujemy niezwłocznie, nie później niż w ciągu 7 dni od "
        "dnia jego wystąpienia. Jeśli dotrzymanie tego terminu nie będzie możliwe, "
        "niezwłocznie poinformujemy, kiedy żądanie zrealizujemy – nie później niż "
        "w ciągu 2 miesięcy od dnia jego wystąpienia. Jeśli zapewnienie "
        "dostępności nie będzie możliwe, zaproponujemy alternatywny sposób dostępu "
        "do informacji.</p>"
    ),
    "enforcement_procedure": (
        "<p>Jeśli odmówimy realizacji żądania zapewnienia dostępności lub "
        "alternatywnego sposobu dostępu do informacji, możesz złożyć skargę "
        "w sprawie zapewnienia dostępności cyfrowej strony internetowej lub jej "
        "elementu.</p>"
        "<p>Po wyczerpaniu tej procedury możesz złożyć wniosek do "
        '<a href="https://bip.brpo.gov.pl/">Rzecznika Praw Obywatelskich</a>.</p>'
    ),
    "architectural_accessibility": (
        "<p>Punkt Kontaktowy działa w Departamencie Rozwoju Gospodarczego, "
        "w budynku Urzędu Marszałkowskiego Województwa Pomorskiego przy "
        "ul. Okopowej 21/27 w Gdańsku.</p>"
        "<p>Do budynku można wejść z psem asystującym. Jeśli potrzebujesz pomocy "
        "w dotarciu na spotkanie, skontaktuj się z nami wcześniej – ustalimy "
        "miejsce i sposób spotkania.</p>"
        "<p>Osoby głuche i słabosłyszące mogą skorzystać z pomocy tłumacza "
        "polskiego języka migowego (PJM), systemu językowo-migowego (SJM) lub "
        "sposobu komunikowania się osób głuchoniewidomych (SKOGN). Potrzebę "
        "skorzystania z tłumacza zgłoś co najmniej 3 dni robocze przed wizytą.</p>"
        "<p>Szczegółowy opis dostępności budynku – wejść, wind, toalet i miejsc "
        "parkingowych – zawiera deklaracja dostępności Urzędu Marszałkowskiego "
        'Województwa Pomorskiego w serwisie <a href="https://pomorskie.eu">'
        "pomorskie.eu</a>.</p>"
    ),
    "mobile_apps": "<p>Serwis nie ma aplikacji mobilnych.</p>",
}


# The privacy notice of the consultation form

PRIVACY_POLICY = {
    "title": "Polityka prywatności",
    "slug": "polityka-prywatnosci",
    "intro": (
        "Jak przetwarzamy dane osobowe przekazane w formularzu „Zamów konsultację” "
        "i jakie prawa Ci przysługują."
    ),
}

DATA_SUBJECT_RIGHTS = [
    "dostępu do swoich danych i otrzymania ich kopii,",
    "sprostowania danych,",
    "usunięcia danych,",
    "ograniczenia przetwarzania,",
    "przenoszenia danych,",
    "cofnięcia zgody w dowolnym momencie – bez wpływu na zgodność z prawem "
    "przetwarzania, którego dokonano przed jej cofnięciem,",
    "wniesienia skargi do Prezesa Urzędu Ochrony Danych Osobowych "
    "(ul. Stawki 2, 00-193 Warszawa).",
]


def privacy_policy_body(links: PageLinks) -> list[dict]:
    return [
        heading("Administrator danych"),
        paragraph(
            "<p>Administratorem danych osobowych przekazanych w formularzu jest "
            "Marszałek Województwa Pomorskiego z siedzibą w Urzędzie Marszałkowskim "
            "Województwa Pomorskiego, ul. Okopowa 21/27, 80-810 Gdańsk. Zapytania "
            f"obsługuje {page_link(links.contact_point, 'Punkt Kontaktowy')} "
            "ds. klastrów w Województwie Pomorskim w Departamencie Rozwoju "
            "Gospodarczego.</p>"
        ),
        heading("Inspektor ochrony danych"),
        paragraph(
            "<p>W sprawach dotyczących danych osobowych możesz skontaktować się "
            'z inspektorem ochrony danych: <a href="mailto:iod@pomorskie.eu">'
            "iod@pomorskie.eu</a> lub listownie na adres administratora z dopiskiem "
            "„Inspektor ochrony danych”.</p>"
        ),
        heading("Jakie dane i w jakim celu przetwarzamy"),
        paragraph(
            "<p>Przetwarzamy dane podane w formularzu: imię i nazwisko, adres "
            "e-mail, nazwę organizacji, nazwę inicjatywy klastrowej (jeśli ją "
            "podasz) oraz temat i treść wiadomości – wyłącznie po to, aby odpowiedzieć "
            "na zapytanie oraz umówić i przeprowadzić konsultację.</p>"
            "<p>Aby chronić formularz przed automatycznie wysyłanymi wiadomościami, "
            "przez godzinę liczymy zapytania wysłane z adresu IP Twojego urządzenia. "
            "Adresu IP nie zapisujemy razem z treścią zapytania.</p>"
        ),
        heading("Podstawa prawna"),
        paragraph(
            "<p>Dane przetwarzamy na podstawie Twojej zgody – art. 6 ust. 1 lit. a "
            "rozporządzenia Parlamentu Europejskiego i Rady (UE) 2016/679 z dnia "
            "27 kwietnia 2016 r. (RODO). Podanie danych jest dobrowolne, ale bez "
            "nich nie odpowiemy na zapytanie.</p>"
        ),
        heading("Jak długo przechowujemy dane"),
        paragraph(
            "<p>Dane przechowujemy do czasu obsłużenia zapytania, nie dłużej niż "
            "12 miesięcy od jego wysłania, a jeśli wcześniej cofniesz zgodę – do "
            "jej cofnięcia. Dłużej tylko wtedy, gdy wymagają tego przepisy "
            "o archiwizacji dokumentów.</p>"
        ),
        heading("Odbiorcy danych"),
        paragraph(
            "<p>Dane mogą otrzymać wyłącznie podmioty, które na zlecenie "
            "administratora utrzymują serwis i pocztę elektroniczną – na podstawie "
            "umów powierzenia przetwarzania danych – oraz organy uprawnione na "
            "podstawie przepisów prawa. Nie przekazujemy danych do państw spoza "
            "Europejskiego Obszaru Gospodarczego.</p>"
        ),
        heading("Twoje prawa"),
        paragraph(
            "<p>Masz prawo:</p>"
            + bullet_list(DATA_SUBJECT_RIGHTS)
            + "<p>Twoje dane nie służą do zautomatyzowanego podejmowania decyzji "
            "ani do profilowania.</p>"
        ),
        heading("Pliki cookies"),
        paragraph(
            "<p>Serwis zapisuje w przeglądarce tylko pliki cookies niezbędne do "
            "działania: pliki sesji i zabezpieczenia formularzy oraz pliki, które "
            "zapamiętują wybrany kontrast i rozmiar tekstu. Nie używamy plików "
            "cookies reklamowych ani analitycznych.</p>"
        ),
    ]


# Site settings: the footer's contact data and social links

# The region's official profiles; the client confirms them before launch.
SITE_CONTACT = {
    "organisation_name": "Punkt Kontaktowy ds. klastrów w Województwie Pomorskim",
    "address": (
        "Urząd Marszałkowski Województwa Pomorskiego\n"
        "Departament Rozwoju Gospodarczego\n"
        "ul. Okopowa 21/27\n"
        "80-810 Gdańsk"
    ),
    "email": "klastry@pomorskie.eu",
    "phone": "+48 58 326 81 00",
    "twitter_url": "https://x.com/pomorskie_eu",
    "facebook_url": "https://www.facebook.com/pomorskie.eu",
    "linkedin_url": (
        "https://www.linkedin.com/company/urzad-marszalkowski-wojewodztwa-pomorskiego"
    ),
    "youtube_url": "https://www.youtube.com/@pomorskie",
}


# English translations

HOME_EN = {
    "title": "Pomeranian Clusters",
    "intro": (
        "The website of the Pomeranian Cluster Competence Group, which brings "
        "together the coordinators of cluster initiatives in the Pomorskie region, "
        "and of the Cluster Contact Point of the Pomorskie Voivodeship."
    ),
}


def home_en_body(links: PageLinks) -> list[dict]:
    return [
        heading("Cluster policy in Pomorskie"),
        paragraph(
            "<p>The regional government of Pomorskie supports clusters. The "
            "starting point is the Pomorskie Development Strategy of July 2005, "
            "which calls for organisational, administrative, legal and financial "
            "conditions for groups of cooperating companies, including sector "
            "groups and clusters. The policy also follows the Regional Innovation "
            "Strategy and, since June 2009, the Regional Cluster Support Programme "
            "for 2009–2015.</p>"
        ),
        heading("The Pomeranian Cluster Competence Group"),
        paragraph(
            "<p>Partnership, networking and platforms for sharing knowledge are "
            "part of how clusters work; they help build a knowledge-based region "
            "with more innovative ventures. That is why the regional government "
            "set up the Pomeranian Cluster Competence Group, which brings together "
            "the coordinators of Pomeranian cluster initiatives.</p>"
        ),
        heading("The Cluster Contact Point"),
        paragraph(
            "<p>The Contact Point, part of the Department of Economic Development "
            "of the Marshal's Office of the Pomorskie Voivodeship, advises cluster "
            "initiatives, runs one-day consultation workshops, monitors clusters in "
            "the region, in the EU and worldwide, and carries out information, "
            "promotion and training activities.</p>"
            "<p>Most of this website is in Polish.</p>"
        ),
        call_to_action(
            title="Ask the Contact Point",
            text="The consultation request form is in Polish.",
            button_label="Go to the form",
            page=links.contact_point,
        ),
    ]


ABOUT_EN = {
    "title": "About the project",
    "slug": "about-the-project",
    "show_in_menus": True,
    "intro": (
        "Pomeranian Clusters is the platform of the Pomeranian Cluster Competence "
        "Group and of the Cluster Contact Point of the Pomorskie Voivodeship: a "
        "place where the coordinators of cluster initiatives share knowledge and "
        "experience."
    ),
}


def about_en_body(links: PageLinks) -> list[dict]:
    return [
        heading("What you will find here"),
        paragraph(
            bullet_list(
                [
                    "the regional cluster policy, from the Pomorskie Development "
                    "Strategy to the Regional Cluster Support Programme;",
                    "good practices and the cluster initiatives of Pomorskie;",
                    "a calendar of workshops, meetings and training;",
                    "a forum for the coordinators of cluster initiatives, members "
                    "of the Pomeranian Cluster Competence Group;",
                    "a form to request a consultation from the Contact Point.",
                ]
            )
        ),
        heading("Who runs the website"),
        paragraph(
            "<p>The website is run by the Cluster Contact Point of the Pomorskie "
            "Voivodeship, part of the Department of Economic Development of the "
            "Marshal's Office of the Pomorskie Voivodeship in Gdańsk. Most of its "
            "content is in Polish.</p>"
        ),
    ]
