"""The forum's demo content: categories (one of questions and answers, one for
moderators only) and realistic discussions among the community's demo members.

Runs after community.demo (it needs those members). Safe to run again: categories
are keyed by slug and topics by title, so only what is missing is created. Posts are
written through the forum's own services, so numbers and counters are real.
"""

from dataclasses import dataclass

from django.contrib.auth import get_user_model

from community.forum.models import Category, Topic
from community.forum.services.posts import (
    post_create,
    post_helpful_toggle,
    topic_solution_set,
)
from community.forum.services.topics import topic_create
from website.demo import Tally

MODERATOR = "moderator@klastry.pomorskie.eu"
ANNA = "anna.kaminska@interizon.example"
PIOTR = "piotr.nowicki@zielonachemia.example"
EWA = "ewa.szymanska@kociewie.example"

CATEGORIES = (
    {
        "slug": "sieciowanie",
        "name": "Sieciowanie i współpraca",
        "name_en": "Networking and cooperation",
        "description": "Spotkania, wizyty studyjne, wspólne projekty firm i uczelni.",
        "description_en": "Meetings, study visits, joint projects of firms and "
        "universities.",
        "position": 1,
    },
    {
        "slug": "pytania",
        "name": "Pytania i odpowiedzi",
        "name_en": "Questions and answers",
        "description": "Zadaj pytanie koordynatorom; najlepszą odpowiedź oznacz jako "
        "rozwiązanie.",
        "description_en": "Ask the coordinators; mark the best answer as the solution.",
        "kind": Category.Kind.QUESTIONS,
        "position": 2,
    },
    {
        "slug": "finansowanie",
        "name": "Finansowanie i rozliczenia",
        "name_en": "Funding and accounting",
        "description": "Nabory, wnioski, rozliczanie projektów klastrowych.",
        "description_en": "Calls, applications, accounting of cluster projects.",
        "position": 3,
    },
    {
        "slug": "moderatorzy",
        "name": "Sprawy moderatorów",
        "name_en": "Moderators' matters",
        "description": "Ustalenia zespołu moderatorów; niewidoczne dla członków.",
        "description_en": "The moderators' arrangements; hidden from members.",
        "moderators_only": True,
        "position": 9,
    },
)


@dataclass(frozen=True)
class DemoTopic:
    category: str
    title: str
    posts: tuple  # (author e-mail, Markdown), the first opens the topic
    solution: int = 0  # number of the post that answers a question
    helpful: tuple = ()  # (post number, e-mail of who found it helpful)


TOPICS = (
    DemoTopic(
        "sieciowanie",
        "Jak przyciągnąć firmy na spotkania sieciujące?",
        (
            (
                ANNA,
                "Od roku frekwencja na naszych śniadaniach klastrowych spada. "
                "Firmy ICT mówią, że **nie mają czasu**. Jak to wygląda u Was?",
            ),
            (
                EWA,
                "U nas pomogło połączenie spotkania z konkretną korzyścią:\n\n"
                "- krótka prezentacja wyników badania rynku,\n"
                "- 15 minut na rozmowy jeden na jeden,\n"
                "- termin zawsze w pierwszy czwartek miesiąca.",
            ),
            (
                PIOTR,
                "@anna.kaminska a próbowaliście wizyt studyjnych u członków? "
                "Firmy chętniej przychodzą do sąsiada niż do sali konferencyjnej.",
            ),
            (ANNA, "Dobry pomysł, spróbujemy w marcu. Dzięki!"),
        ),
        helpful=((2, ANNA), (3, ANNA), (2, PIOTR)),
    ),
    DemoTopic(
        "sieciowanie",
        "Wspólna wizyta studyjna w klastrach duńskich – chętni?",
        (
            (
                PIOTR,
                "Planujemy we wrześniu wyjazd do Odense (roboty i automatyka). "
                "Szukamy 2–3 klastrów do podziału kosztów autokaru i tłumacza.",
            ),
            (
                EWA,
                "Kociewskie Smaki chętnie dołączą, jeśli w programie będzie "
                "przetwórstwo spożywcze.",
            ),
        ),
    ),
    DemoTopic(
        "pytania",
        "Czy koszt animatora klastra można rozliczyć w projekcie z FEP?",
        (
            (
                EWA,
                "Rozpisujemy budżet na nowy nabór. Czy wynagrodzenie animatora "
                "klastra jest kosztem kwalifikowalnym?",
            ),
            (
                ANNA,
                "W naszym projekcie tak, ale tylko w części odpowiadającej "
                "zadaniom projektu – potrzebny był **opis stanowiska** i karta czasu "
                "pracy.",
            ),
            (
                MODERATOR,
                "Potwierdzam. Zasady są w regulaminie naboru, rozdział 4. "
                "Punkt Kontaktowy może przejrzeć budżet przed złożeniem wniosku – "
                "napiszcie do nas.",
            ),
        ),
        solution=3,
        helpful=((3, EWA), (2, EWA)),
    ),
    DemoTopic(
        "pytania",
        "Jakiego narzędzia używacie do czuwania technologicznego?",
        (
            (
                PIOTR,
                "Szukamy czegoś prostego do monitorowania patentów i publikacji "
                "w chemii. Arkusz kalkulacyjny już nie wystarcza.",
            ),
            (
                ANNA,
                "Zaczynaliśmy od alertów w bazach patentowych i czytnika RSS. "
                "Raz w miesiącu robimy z tego krótki biuletyn dla członków.",
            ),
        ),
    ),
    DemoTopic(
        "finansowanie",
        "Rozliczanie warsztatów jednodniowych – jakie dokumenty?",
        (
            (
                ANNA,
                "Jakie dokumenty zbieracie przy rozliczaniu jednodniowych "
                "warsztatów konsultacyjnych?",
            ),
            (
                EWA,
                "| Dokument | Kto przygotowuje |\n|---|---|\n"
                "| lista obecności | animator |\n| program | ekspert |\n"
                "| ankieta oceniająca | uczestnicy |",
            ),
            (
                PIOTR,
                "Do tego zdjęcia z warsztatów i materiały szkoleniowe – "
                "kontrolerzy o nie pytali.",
            ),
        ),
        helpful=((2, ANNA),),
    ),
    DemoTopic(
        "finansowanie",
        "Składki członkowskie w klastrze – jaki model się sprawdza?",
        (
            (
                EWA,
                "Rozważamy zróżnicowanie składek: mikrofirmy, MŚP, duże firmy, "
                "uczelnie. Jak to macie rozwiązane?",
            ),
            (
                ANNA,
                "My mamy trzy progi i zniżkę za udział w pracach grup "
                "roboczych. Po dwóch latach nikt nie zrezygnował z członkostwa.",
            ),
        ),
    ),
    DemoTopic(
        "sieciowanie",
        "Dobre praktyki współpracy z uczelniami",
        (
            (
                MODERATOR,
                "Zbieramy przykłady współpracy klastrów z uczelniami do bazy "
                "dobrych praktyk. Opiszcie, co u Was zadziałało – najlepsze "
                "zaproponujemy ekspertom.",
            ),
            (
                PIOTR,
                "Wspólne prace dyplomowe na zlecenie firm z klastra: studenci "
                "dostają temat i opiekuna w firmie, firma – analizę problemu.",
            ),
        ),
    ),
    DemoTopic(
        "moderatorzy",
        "Dyżury moderatorów w okresie wakacyjnym",
        (
            (
                MODERATOR,
                "W lipcu i sierpniu forum moderujemy na zmianę, po dwa "
                "tygodnie. Grafik w kalendarzu zespołu.",
            ),
        ),
    ),
)


def load(*, stdout, reset_passwords: bool = False) -> list[Tally]:
    categories, topics = Tally("forum categories"), Tally("forum topics")
    by_slug = {}
    for fields in CATEGORIES:
        category, created = Category.objects.get_or_create(
            slug=fields["slug"], defaults=fields
        )
        by_slug[category.slug] = category
        categories.record(created=created)
    people = {
        user.email: user
        for user in get_user_model().objects.filter(
            email__in=[MODERATOR, ANNA, PIOTR, EWA]
        )
    }
    if len(people) < 4:
        stdout.write("forum: the community's demo members are missing; no topics.")
        return [categories, topics]
    for demo in TOPICS:
        category = by_slug[demo.category]
        exists = Topic.objects.filter(category=category, title=demo.title).exists()
        topics.record(created=not exists)
        if not exists:
            _topic(demo, category=category, people=people)
    return [categories, topics]


def _topic(demo: DemoTopic, *, category: Category, people: dict) -> Topic:
    (author, text), *replies = demo.posts
    topic = topic_create(
        author=people[author], category=category, title=demo.title, body_markdown=text
    )
    for author, text in replies:
        post_create(author=people[author], topic=topic, body_markdown=text)
    posts = {post.number: post for post in topic.posts.all()}
    for number, email in demo.helpful:
        post_helpful_toggle(user=people[email], post=posts[number])
    if demo.solution:
        topic_solution_set(
            user=people[demo.posts[0][0]], topic=topic, post=posts[demo.solution]
        )
    return topic
