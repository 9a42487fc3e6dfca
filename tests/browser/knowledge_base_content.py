"""Knowledge-base pages for the browser tests: a few practices under the index and an
initiative with several years of indicators, on top of the site's frame."""

from dataclasses import dataclass

from knowledge_base.models import (
    ClusterIndexPage,
    ClusterInitiativePage,
    GoodPracticePage,
    PracticeIndexPage,
)
from tests.browser.site_content import site_build
from tests.knowledge_base.factories import (
    ClusterIndexPageFactory,
    ClusterInitiativePageFactory,
    GoodPracticePageFactory,
    PracticeIndexPageFactory,
    SectorFactory,
    SubregionFactory,
    TopicFactory,
    indicator_add,
)


@dataclass(frozen=True)
class KnowledgeBasePages:
    practice_index: PracticeIndexPage
    practice: GoodPracticePage
    cluster_index: ClusterIndexPage
    initiative: ClusterInitiativePage


def knowledge_base_build() -> KnowledgeBasePages:
    home = site_build().home
    practice_index = PracticeIndexPageFactory(parent=home, show_in_menus=True)
    cluster_index = ClusterIndexPageFactory(parent=home, show_in_menus=True)
    ict = SectorFactory(slug="ict", name_pl="Technologie informacyjne")
    north = SubregionFactory(slug="slupski", name_pl="Subregion słupski")
    networking = TopicFactory(slug="sieciowanie", name_pl="Sieciowanie")
    training = TopicFactory(slug="szkolenia", name_pl="Szkolenia")
    initiative = ClusterInitiativePageFactory(
        parent=cluster_index,
        title="Pomorska Sieć Cyfrowa „Latarnia”",
        slug="latarnia",
        sectors=[ict],
        subregion=north,
        year_founded=2011,
        website="https://latarnia.example.org",
        contact_email="kontakt@latarnia.example.org",
    )
    for year, enterprises, research, others in [
        (2019, 58, 3, 4),
        (2020, 63, 3, 4),
        (2021, 71, 4, 5),
        (2022, 76, 4, 6),
    ]:
        indicator_add(
            initiative,
            year,
            enterprises=enterprises,
            research_institutions=research,
            other_members=others,
        )
    practices = [
        GoodPracticePageFactory(
            parent=practice_index,
            title=title,
            cluster_initiative=initiative,
            topics=topics,
            sector=ict,
            subregion=north,
            timescale_start=start,
            timescale_end=start + 2,
            resources="Koordynator i budżet na bony.",
            lessons="Audytor i audytowany nie mogą być konkurentami.",
            transferability="Każdy klaster usługowy.",
            contact_email="p.zielinski@latarnia.example.org",
        )
        for title, topics, start in [
            ("Audyty cyberbezpieczeństwa w modelu bonowym", [training], 2021),
            ("Hackathon z samorządami", [networking], 2019),
            ("Wspólna marka eksportowa", [networking, training], 2018),
        ]
    ]
    return KnowledgeBasePages(practice_index, practices[0], cluster_index, initiative)
