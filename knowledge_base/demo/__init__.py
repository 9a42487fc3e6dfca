"""The knowledge base's demo content: taxonomies, the two index pages (and their
English versions), ten cluster initiatives with indicators, good practices (six of
them also in English, two waiting for review) and the expert review workflow.

`load` is this app's loader for `manage.py load_demo_content`; like the website's,
it creates only what is missing and never changes what an editor may have edited.
"""

from django.contrib.auth import get_user_model
from django.core.management import CommandError
from wagtail.models import Locale, Page, Site

from knowledge_base.demo import clusters, practices_key, practices_local, taxonomies
from knowledge_base.demo.translations import ENGLISH
from knowledge_base.models import (
    ClusterIndexPage,
    ClusterIndicator,
    ClusterInitiativePage,
    FundingSource,
    GoodPracticePage,
    PracticeIndexPage,
    Sector,
    Subregion,
    Topic,
)
from knowledge_base.records import PracticeContent, Vocabulary
from knowledge_base.services import (
    Contact,
    practice_create,
    practice_submit_for_review,
    practice_translation_save,
    review_workflow_setup,
)
from website.demo import Tally

PRACTICE_INDEX = {
    "title": "Dobre praktyki",
    "slug": "dobre-praktyki",
    "intro": "Baza wiedzy pomorskich inicjatyw klastrowych: co zrobiły, z jakim "
    "skutkiem i czego się nauczyły – opisane tak, by inny klaster mógł to powtórzyć.",
}
PRACTICE_INDEX_EN = {
    "title": "Good practices",
    "slug": "good-practices",
    "intro": "The knowledge base of Pomeranian cluster initiatives: what they did, "
    "with what results and what they learnt, written so that another cluster can "
    "repeat it.",
}
CLUSTER_INDEX = {
    "title": "Inicjatywy klastrowe",
    "slug": "inicjatywy-klastrowe",
    "intro": "Klastry kluczowe, subregionalne i embrionalne województwa pomorskiego "
    "z wynikami ich monitoringu.",
}
CLUSTER_INDEX_EN = {
    "title": "Cluster initiatives",
    "slug": "cluster-initiatives",
    "intro": "Key, subregional and embryonic clusters of the Pomorskie region, "
    "with the results of their monitoring.",
}
TERMS = (
    (Topic, taxonomies.TOPICS),
    (Sector, taxonomies.SECTORS),
    (Subregion, taxonomies.SUBREGIONS),
    (FundingSource, taxonomies.FUNDING_SOURCES),
)
DEMO_EDITOR = "redaktor@klastry.pomorskie.eu"


def load(*, stdout, reset_passwords: bool = False) -> list[Tally]:
    terms, pages, practices = (
        Tally("taxonomy terms"),
        Tally("pages"),
        Tally("good practices"),
    )
    _load_terms(terms)
    home = _polish_home()
    practice_index = _index(home, PracticeIndexPage, PRACTICE_INDEX, pages)
    cluster_index = _index(home, ClusterIndexPage, CLUSTER_INDEX, pages)
    english_indexes = _english_indexes(practice_index, cluster_index, pages)
    for data in clusters.CLUSTERS:
        _cluster(cluster_index, data, pages)
    workflow = Tally("review workflows")
    workflow.record(
        created=review_workflow_setup(index_pages=[practice_index, *english_indexes])
    )
    _load_practices(practice_index, practices)
    return [terms, pages, practices, workflow]


def _load_terms(tally: Tally) -> None:
    for model, rows in TERMS:
        for slug, name_pl, name_en in rows:
            _, created = model.objects.get_or_create(
                slug=slug, defaults={"name_pl": name_pl, "name_en": name_en}
            )
            tally.record(created=created)


def _polish_home() -> Page:
    site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        raise CommandError("No default site: the website's demo content comes first.")
    return site.root_page.specific


def _index(home: Page, model, fields: dict, tally: Tally) -> Page:
    existing = home.get_children().filter(slug=fields["slug"]).first()
    tally.record(created=existing is None)
    if existing is not None:
        return existing.specific
    index = model(**fields, show_in_menus=True)
    home.add_child(instance=index)
    index.save_revision().publish()
    return index


def _english_indexes(practice_index, cluster_index, tally: Tally) -> list[Page]:
    """The English versions of the indexes, under the English home when it exists;
    returns the English practice index, if any, for the review workflow."""
    english = Locale.objects.filter(language_code="en").first()
    if english is None or not practice_index.get_parent().has_translation(english):
        return []
    translated = [
        _translation(practice_index, english, PRACTICE_INDEX_EN, tally),
        _translation(cluster_index, english, CLUSTER_INDEX_EN, tally),
    ]
    return translated[:1]


def _translation(page: Page, locale: Locale, fields: dict, tally: Tally) -> Page:
    existing = page.get_translation_or_none(locale)
    tally.record(created=existing is None)
    if existing is not None:
        return existing
    # Built, not copied: a copy would keep the Polish slug, and changing it leaves
    # a redirect behind.
    translation = type(page)(
        **fields,
        translation_key=page.translation_key,
        locale=locale,
        show_in_menus=True,
    )
    page.get_parent().get_translation(locale).add_child(instance=translation)
    translation.save_revision().publish()
    return translation


def _cluster(index: ClusterIndexPage, data: dict, tally: Tally) -> None:
    existing = index.get_children().filter(slug=data["slug"]).exists()
    tally.record(created=not existing)
    if existing:
        return
    name, email, phone = data["contact"]
    initiative = ClusterInitiativePage(
        title=data["title"],
        slug=data["slug"],
        cluster_type=data["cluster_type"],
        subregion=Subregion.objects.get(slug=data["subregion"]),
        coordinator=data["coordinator"],
        year_founded=data["year_founded"],
        website=data["website"],
        intro=data["intro"],
        description=data["description"],
        contact_name=name,
        contact_email=email,
        contact_phone=phone,
        sectors=list(Sector.objects.filter(slug__in=data["sectors"])),
        indicators=[
            ClusterIndicator(
                year=year,
                enterprises=enterprises,
                research_institutions=research,
                other_members=others,
                joint_projects=projects,
                jobs=jobs,
            )
            for year, enterprises, research, others, projects, jobs in data[
                "indicators"
            ]
        ],
    )
    index.add_child(instance=initiative)
    initiative.save_revision().publish()


def _load_practices(index: PracticeIndexPage, tally: Tally) -> None:
    vocabulary = Vocabulary()
    existing = set(
        GoodPracticePage.objects.exclude(external_id="").values_list(
            "external_id", flat=True
        )
    )
    editor = get_user_model().objects.filter(username=DEMO_EDITOR).first()
    published = practices_key.PRACTICES + practices_local.PRACTICES
    for record in published + practices_local.AWAITING_REVIEW:
        tally.record(created=record["external_id"] not in existing)
        if record["external_id"] in existing:
            continue
        practice = practice_create(
            index=index,
            content=PracticeContent.from_record(record),
            vocabulary=vocabulary,
            external_id=record["external_id"],
            contact=Contact(*record["contact"]) if "contact" in record else None,
            publish=record.get("published", True),
            # Proposed by the editor; the published ones were approved long ago.
            user=None if record.get("published", True) else editor,
        )
        if not record.get("published", True):
            practice_submit_for_review(practice=practice, user=editor)
    _load_english_practices(published, vocabulary, tally)


def _load_english_practices(records, vocabulary: Vocabulary, tally: Tally) -> None:
    english = Locale.objects.filter(language_code="en").first()
    if english is None:
        return
    for record in records:
        texts = ENGLISH.get(record["external_id"])
        if texts is None:
            continue
        original = GoodPracticePage.objects.get(external_id=record["external_id"])
        if not original.get_parent().has_translation(english):
            return
        exists = original.has_translation(english)
        tally.record(created=not exists)
        if not exists:
            practice_translation_save(
                original=original,
                locale=english,
                content=PracticeContent.from_record({**record, **texts}),
                vocabulary=vocabulary,
            )
