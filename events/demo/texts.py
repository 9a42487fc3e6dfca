"""The demo calendar's texts: twelve events of the Contact Point and the Pomeranian
cluster initiatives, in Polish and in English.

Dates are days from the day the demo content is loaded, so the calendar always has
both past and upcoming events.
"""

import datetime
from dataclasses import dataclass

from events.models import EventFormat, EventType
from website.demo.texts import bullet_list, heading, paragraph

CALENDAR = {
    "title": "Kalendarz wydarzeń",
    "slug": "wydarzenia",
    "show_in_menus": True,
    "intro": (
        "Warsztaty konsultacyjne, szkolenia, spotkania informacyjne i konferencje "
        "Punktu Kontaktowego ds. klastrów oraz pomorskich inicjatyw klastrowych."
    ),
}

CALENDAR_EN = {
    "title": "Events calendar",
    "slug": "events",
    "intro": (
        "Consultation workshops, training, information meetings and conferences of "
        "the Cluster Contact Point and the cluster initiatives of Pomorskie. Most "
        "events are held in Polish."
    ),
}

CONTACT_POINT = "Punkt Kontaktowy ds. klastrów w Województwie Pomorskim"
MARSHALS_OFFICE = "Urząd Marszałkowski Województwa Pomorskiego, sala 301"
MARSHALS_OFFICE_ADDRESS = "ul. Okopowa 21/27\n80-810 Gdańsk"
GDYNIA_PARK = "Pomorski Park Naukowo-Technologiczny Gdynia"
GDYNIA_PARK_ADDRESS = "al. Zwycięstwa 96/98\n81-451 Gdynia"
GDANSK_PARK = "Gdański Park Naukowo-Technologiczny"
GDANSK_PARK_ADDRESS = "ul. Trzy Lipy 3\n80-172 Gdańsk"
ONLINE_ROOM = "https://pomorskie.webex.com/meet/klastry"


@dataclass(frozen=True)
class DemoEvent:
    slug: str
    title: str
    intro: str
    body: list[dict]
    event_type: str
    event_format: str
    days_from_today: int
    # (hour, minute) of the start and the end; None for an all-day event.
    starts_at: tuple[int, int] | None
    ends_at: tuple[int, int] | None
    english: dict
    days: int = 1
    venue_name: str = ""
    venue_address: str = ""
    online_url: str = ""
    organiser: str = CONTACT_POINT
    registration_closed: bool = False
    capacity: int | None = None
    # Slugs of the knowledge base's demo practices the event is about.
    practices: tuple[str, ...] = ()

    def fields(self, today: datetime.date, time_zone) -> dict:
        """The EventPage's fields, with dates counted from `today`."""
        first_day = today + datetime.timedelta(days=self.days_from_today)
        last_day = first_day + datetime.timedelta(days=self.days - 1)
        start, end = self.starts_at or (0, 0), self.ends_at or (23, 59)
        return {
            "title": self.title,
            "slug": self.slug,
            "intro": self.intro,
            "description": self.body,
            "start": datetime.datetime.combine(
                first_day, datetime.time(*start), tzinfo=time_zone
            ),
            "end": datetime.datetime.combine(
                last_day, datetime.time(*end), tzinfo=time_zone
            ),
            "all_day": self.starts_at is None,
            "event_type": self.event_type,
            "event_format": self.event_format,
            "venue_name": self.venue_name,
            "venue_address": self.venue_address,
            "online_url": self.online_url,
            "organiser": self.organiser,
            "registration_url": (
                f"https://klastry.pomorskie.eu/rejestracja/{self.slug}/"
                if self.days_from_today > 0
                else ""
            ),
            "registration_closed": self.registration_closed,
            "capacity": self.capacity,
        }


def english(title: str, slug: str, intro: str, text: str) -> dict:
    return {
        "title": title,
        "slug": slug,
        "intro": intro,
        "description": [paragraph(f"<p>{text}</p>")],
    }


EVENTS = [
    DemoEvent(
        slug="warsztat-strategia-rozwoju-inicjatywy-klastrowej",
        title="Warsztat konsultacyjny: strategia rozwoju inicjatywy klastrowej",
        intro=(
            "Jednodniowy warsztat dla koordynatorów, którzy przygotowują lub "
            "aktualizują strategię rozwoju swojej inicjatywy klastrowej."
        ),
        body=[
            paragraph(
                "<p>Na warsztacie omówimy, jak przełożyć potrzeby członków klastra "
                "na cele strategiczne i plan działań na najbliższe trzy lata. "
                "Uczestnicy pracują na własnych dokumentach, z pomocą ekspertów "
                "Punktu Kontaktowego.</p>"
            ),
            heading("Program"),
            paragraph(
                bullet_list(
                    [
                        "10:00 – diagnoza: gdzie jest dziś nasza inicjatywa,",
                        "11:30 – cele i wskaźniki strategii,",
                        "13:00 – przerwa,",
                        "13:30 – plan działań i podział zadań w klastrze,",
                        "14:30 – konsultacje indywidualne.",
                    ]
                )
            ),
        ],
        event_type=EventType.WORKSHOP,
        event_format=EventFormat.IN_PERSON,
        days_from_today=-119,
        starts_at=(10, 0),
        ends_at=(15, 0),
        venue_name=MARSHALS_OFFICE,
        venue_address=MARSHALS_OFFICE_ADDRESS,
        capacity=20,
        english=english(
            "Consultation workshop: the development strategy of a cluster initiative",
            "workshop-cluster-development-strategy",
            "A one-day workshop for coordinators preparing or updating the "
            "development strategy of their cluster initiative.",
            "Participants turned their members' needs into strategic goals and a "
            "three-year action plan, working on their own documents with the "
            "Contact Point's experts.",
        ),
    ),
    DemoEvent(
        slug="szkolenie-monitoring-i-ewaluacja-dzialan-klastra",
        title="Szkolenie: monitoring i ewaluacja działań klastra",
        intro=(
            "Jak mierzyć efekty działań miękkich i raportować je członkom klastra "
            "oraz instytucjom finansującym."
        ),
        body=[
            paragraph(
                "<p>Szkolenie prowadzą ewaluatorzy, którzy oceniali projekty "
                "klastrowe w Regionalnym Programie Wspierania Klastrów. Pokażą, "
                "jak dobrać wskaźniki do działań sieciujących, doradczych "
                "i szkoleniowych oraz jak zbierać dane bez obciążania firm.</p>"
            ),
        ],
        event_type=EventType.TRAINING,
        event_format=EventFormat.IN_PERSON,
        days_from_today=-91,
        starts_at=(9, 30),
        ends_at=(15, 30),
        venue_name=GDYNIA_PARK,
        venue_address=GDYNIA_PARK_ADDRESS,
        capacity=30,
        english=english(
            "Training: monitoring and evaluating a cluster's activities",
            "training-monitoring-and-evaluation",
            "How to measure the results of soft activities and report them to "
            "members and funders.",
            "Evaluators of cluster projects showed how to choose indicators for "
            "networking, advisory and training activities.",
        ),
    ),
    DemoEvent(
        slug="webinar-finansowanie-dzialan-miekkich-w-klastrach",
        title="Webinar: finansowanie działań miękkich w klastrach",
        intro=(
            "Przegląd źródeł finansowania sieciowania, doradztwa i transferu "
            "wiedzy w inicjatywach klastrowych."
        ),
        body=[
            paragraph(
                "<p>Omówimy programy regionalne i krajowe, z których inicjatywy "
                "klastrowe mogą finansować działania miękkie, oraz najczęstsze "
                "błędy we wnioskach. Na pytania uczestników odpowiemy na "
                "czacie.</p>"
            ),
        ],
        event_type=EventType.WEBINAR,
        event_format=EventFormat.ONLINE,
        days_from_today=-63,
        starts_at=(11, 0),
        ends_at=(12, 30),
        online_url=ONLINE_ROOM,
        english=english(
            "Webinar: funding soft activities in clusters",
            "webinar-funding-soft-activities",
            "An overview of funding for networking, advisory and knowledge "
            "transfer in cluster initiatives.",
            "Regional and national programmes that fund clusters' soft "
            "activities, and the most common mistakes in applications.",
        ),
    ),
    DemoEvent(
        slug="spotkanie-sieciujace-klastrow-pomorza-srodkowego",
        title="Spotkanie sieciujące inicjatyw klastrowych Pomorza Środkowego",
        intro=(
            "Koordynatorzy klastrów subregionalnych z okolic Słupska poznają się "
            "i szukają wspólnych przedsięwzięć."
        ),
        body=[
            paragraph(
                "<p>Każda inicjatywa przedstawia się w pięć minut, a potem "
                "pracujemy przy stolikach tematycznych: turystyka, przetwórstwo "
                "spożywcze, energia odnawialna. Spotkanie kończy się wspólnym "
                "obiadem.</p>"
            ),
        ],
        event_type=EventType.NETWORKING,
        event_format=EventFormat.IN_PERSON,
        days_from_today=-42,
        starts_at=(12, 0),
        ends_at=(16, 0),
        venue_name="Słupski Inkubator Technologiczny",
        venue_address="ul. Obrońców Wybrzeża 2\n76-200 Słupsk",
        english=english(
            "Networking meeting of the cluster initiatives of Central Pomerania",
            "networking-central-pomerania",
            "Coordinators of subregional clusters around Słupsk meet and look for "
            "joint ventures.",
            "Five-minute presentations of each initiative, then themed tables: "
            "tourism, food processing and renewable energy.",
        ),
    ),
    DemoEvent(
        slug="konferencja-klastry-a-inteligentne-specjalizacje-pomorza",
        title="Konferencja: klastry a inteligentne specjalizacje Pomorza",
        intro=(
            "Jak pomorskie klastry współpracują z partnerstwami Inteligentnych "
            "Specjalizacji Pomorza i co z tego wynika dla firm."
        ),
        body=[
            paragraph(
                "<p>W programie wystąpienia przedstawicieli Samorządu Województwa "
                "Pomorskiego, koordynatorów klastrów kluczowych i naukowców "
                "z pomorskich uczelni, a po południu panel dyskusyjny "
                "o transferze wiedzy i innowacji.</p>"
            ),
        ],
        event_type=EventType.CONFERENCE,
        event_format=EventFormat.HYBRID,
        days_from_today=-21,
        starts_at=(10, 0),
        ends_at=(16, 0),
        venue_name=GDANSK_PARK,
        venue_address=GDANSK_PARK_ADDRESS,
        online_url=ONLINE_ROOM,
        organiser="Samorząd Województwa Pomorskiego",
        capacity=120,
        english=english(
            "Conference: clusters and the Smart Specialisations of Pomorskie",
            "conference-clusters-and-smart-specialisations",
            "How Pomeranian clusters work with the Smart Specialisation "
            "partnerships, and what it means for companies.",
            "Talks by the regional government, coordinators of key clusters and "
            "researchers, and a panel on knowledge and innovation transfer.",
        ),
    ),
    DemoEvent(
        slug="dzien-konsultacji-dla-inicjatyw-klastrowych",
        title="Dzień konsultacji dla inicjatyw klastrowych",
        intro=(
            "Cały dzień indywidualnych rozmów z doradcami Punktu Kontaktowego; "
            "godzinę spotkania ustalamy przy zgłoszeniu."
        ),
        body=[
            paragraph(
                "<p>Konsultacje dotyczą bieżących problemów inicjatyw: zasad "
                "współpracy w klastrze, pozyskiwania nowych członków, "
                "przygotowania projektów i planowania strategicznego.</p>"
            ),
        ],
        event_type=EventType.CONSULTATION,
        event_format=EventFormat.IN_PERSON,
        days_from_today=-8,
        starts_at=None,
        ends_at=None,
        venue_name=MARSHALS_OFFICE,
        venue_address=MARSHALS_OFFICE_ADDRESS,
        english=english(
            "Consultation day for cluster initiatives",
            "consultation-day",
            "A full day of one-to-one meetings with the Contact Point's advisers; "
            "the time is agreed on registration.",
            "Advice on the everyday questions of cluster initiatives: rules of "
            "cooperation, new members, projects and strategic planning.",
        ),
    ),
    DemoEvent(
        slug="warsztat-transfer-wiedzy-uczelnia-klaster",
        practices=(
            "bank-pomyslow-badawczych-klinik-i-firm-biotechnologicznych",
            "szkola-letnia-systemow-wbudowanych-z-uczelniami-regionu",
        ),
        title="Warsztat: transfer wiedzy między uczelnią a klastrem",
        intro=(
            "Jednodniowy warsztat konsultacyjny o tym, jak klaster może zamawiać "
            "badania i korzystać z laboratoriów pomorskich uczelni."
        ),
        body=[
            paragraph(
                "<p>Warsztat współprowadzą pracownicy centrum transferu "
                "technologii Politechniki Gdańskiej. Omówimy umowy o współpracy "
                "badawczej, bony na innowacje i przykłady wspólnych projektów "
                "klastrów z uczelniami.</p>"
            ),
            heading("Dla kogo"),
            paragraph(
                "<p>Dla koordynatorów inicjatyw klastrowych i przedstawicieli "
                "firm – członków klastrów. Liczba miejsc jest ograniczona.</p>"
            ),
        ],
        event_type=EventType.WORKSHOP,
        event_format=EventFormat.IN_PERSON,
        days_from_today=6,
        starts_at=(10, 0),
        ends_at=(14, 0),
        venue_name="Politechnika Gdańska, Gmach Główny, sala 101",
        venue_address="ul. Gabriela Narutowicza 11/12\n80-233 Gdańsk",
        capacity=30,
        english=english(
            "Workshop: knowledge transfer between a university and a cluster",
            "workshop-knowledge-transfer",
            "A one-day consultation workshop on commissioning research and using "
            "the laboratories of Pomeranian universities.",
            "Run with the technology transfer centre of Gdańsk University of "
            "Technology: research agreements, innovation vouchers and examples of "
            "joint projects.",
        ),
    ),
    DemoEvent(
        slug="webinar-czuwanie-technologiczne-w-praktyce",
        practices=(
            "radar-technologiczny-sztucznej-inteligencji",
            "przeglad-patentowy-w-diagnostyce-molekularnej",
        ),
        title="Webinar: czuwanie technologiczne w praktyce klastra",
        intro=(
            "Jak śledzić nowe technologie, patenty i konkurencję – narzędzia, "
            "z których klaster może korzystać wspólnie."
        ),
        body=[
            paragraph(
                "<p>Pokażemy bezpłatne bazy patentowe, serwisy z wynikami badań "
                "i sposoby dzielenia się informacjami w klastrze. Webinar trwa "
                "półtorej godziny; nagranie udostępnimy uczestnikom.</p>"
            ),
        ],
        event_type=EventType.WEBINAR,
        event_format=EventFormat.ONLINE,
        days_from_today=13,
        starts_at=(10, 0),
        ends_at=(11, 30),
        online_url=ONLINE_ROOM,
        capacity=100,
        english=english(
            "Webinar: technology watch in a cluster",
            "webinar-technology-watch",
            "How to follow new technologies, patents and competitors, with tools a "
            "cluster can share.",
            "Free patent databases, research services and ways to share what "
            "members learn. Participants receive the recording.",
        ),
    ),
    DemoEvent(
        slug="konsultacje-dla-klastrow-embrionalnych",
        title="Konsultacje dla klastrów embrionalnych",
        intro=(
            "Indywidualne konsultacje dla sieci technologicznych, które dopiero "
            "budują swoją inicjatywę klastrową."
        ),
        body=[
            paragraph(
                "<p>Rozmawiamy o pierwszych krokach: porozumieniu o współpracy, "
                "wyborze koordynatora, pierwszych wspólnych działaniach. Można "
                "przyjść do urzędu albo połączyć się zdalnie.</p>"
            ),
        ],
        event_type=EventType.CONSULTATION,
        event_format=EventFormat.HYBRID,
        days_from_today=20,
        starts_at=(9, 0),
        ends_at=(15, 0),
        venue_name=MARSHALS_OFFICE,
        venue_address=MARSHALS_OFFICE_ADDRESS,
        online_url=ONLINE_ROOM,
        registration_closed=True,
        capacity=8,
        english=english(
            "Consultations for embryonic clusters",
            "consultations-embryonic-clusters",
            "One-to-one consultations for technology networks that are building "
            "their cluster initiative.",
            "First steps: a cooperation agreement, choosing a coordinator and the "
            "first joint activities. In person or online.",
        ),
    ),
    DemoEvent(
        slug="pomorskie-forum-klastrow",
        title="Pomorskie Forum Klastrów",
        intro=(
            "Dwudniowa konferencja Pomorskiej Grupy Kompetencji Klastrowych: "
            "dobre praktyki, współpraca międzynarodowa i przyszłość polityki "
            "klastrowej regionu."
        ),
        body=[
            heading("Dzień pierwszy"),
            paragraph(
                "<p>Sesja plenarna o polityce klastrowej Województwa Pomorskiego, "
                "prezentacje dobrych praktyk pomorskich klastrów i wieczorne "
                "spotkanie sieciujące.</p>"
            ),
            heading("Dzień drugi"),
            paragraph(
                "<p>Warsztaty równoległe: współpraca międzynarodowa klastrów, "
                "czuwanie technologiczne, planowanie strategiczne. Na koniec "
                "podsumowanie i wnioski dla Regionalnego Programu Wspierania "
                "Klastrów.</p>"
            ),
        ],
        event_type=EventType.CONFERENCE,
        event_format=EventFormat.HYBRID,
        days_from_today=34,
        days=2,
        starts_at=(9, 0),
        ends_at=(16, 0),
        venue_name="AmberExpo",
        venue_address="ul. Żaglowa 11\n80-560 Gdańsk",
        online_url=ONLINE_ROOM,
        organiser="Pomorska Grupa Kompetencji Klastrowych",
        capacity=250,
        english=english(
            "Pomeranian Cluster Forum",
            "pomeranian-cluster-forum",
            "A two-day conference of the Pomeranian Cluster Competence Group: good "
            "practices, international cooperation and the region's cluster policy.",
            "Day one: plenary session and good practices; day two: parallel "
            "workshops and conclusions for the Regional Cluster Support Programme.",
        ),
    ),
    DemoEvent(
        slug="spotkanie-sieciujace-klastrow-i-samorzadow",
        title="Spotkanie sieciujące koordynatorów klastrów i samorządów",
        intro=(
            "Wieczorne spotkanie koordynatorów klastrów z przedstawicielami gmin "
            "i powiatów, którzy wspierają przedsiębiorczość."
        ),
        body=[
            paragraph(
                "<p>Krótkie prezentacje ofert inwestycyjnych gmin i potrzeb "
                "klastrów, potem rozmowy w małych grupach. Spotkanie ma pomóc "
                "w planowaniu wspólnych projektów na rzecz lokalnych firm.</p>"
            ),
        ],
        event_type=EventType.NETWORKING,
        event_format=EventFormat.IN_PERSON,
        days_from_today=48,
        starts_at=(16, 0),
        ends_at=(19, 0),
        venue_name=GDYNIA_PARK,
        venue_address=GDYNIA_PARK_ADDRESS,
        english=english(
            "Networking meeting of cluster coordinators and local governments",
            "networking-clusters-and-local-governments",
            "An evening meeting of cluster coordinators with municipalities and "
            "counties that support entrepreneurship.",
            "Short presentations of the municipalities' offers and the clusters' "
            "needs, then conversations in small groups.",
        ),
    ),
    DemoEvent(
        slug="szkolenie-planowanie-strategiczne",
        practices=("strategia-klastra-2030-budowana-w-warsztatach-z-czlonkami",),
        title="Szkolenie: planowanie strategiczne w inicjatywie klastrowej",
        intro=(
            "Szkolenie dla nowych koordynatorów: od analizy potencjału członków "
            "do rocznego planu działań klastra."
        ),
        body=[
            paragraph(
                "<p>Szkolenie łączy krótkie wykłady z ćwiczeniami na przykładach "
                "pomorskich klastrów. Uczestnicy otrzymają szablon planu działań "
                "i listę kontrolną przeglądu strategii.</p>"
            ),
        ],
        event_type=EventType.TRAINING,
        event_format=EventFormat.HYBRID,
        days_from_today=62,
        starts_at=(9, 0),
        ends_at=(15, 0),
        venue_name=MARSHALS_OFFICE,
        venue_address=MARSHALS_OFFICE_ADDRESS,
        online_url=ONLINE_ROOM,
        capacity=25,
        english=english(
            "Training: strategic planning in a cluster initiative",
            "training-strategic-planning",
            "Training for new coordinators: from the members' potential to the "
            "cluster's annual action plan.",
            "Short lectures and exercises on Pomeranian examples; participants "
            "receive an action plan template and a strategy review checklist.",
        ),
    ),
]
