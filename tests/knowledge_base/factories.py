"""Factories for the knowledge base: taxonomy terms, the two index pages, cluster
initiatives with their indicators, and good practices (one by one, or many at once
for the query-count tests)."""

import factory
from django.db import models
from wagtail.models import Page

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
from tests.website.factories import PageFactory


class TermFactory(factory.django.DjangoModelFactory):
    name_pl = factory.Sequence(lambda n: f"Termin {n}")
    name_en = factory.Sequence(lambda n: f"Term {n}")
    slug = factory.Sequence(lambda n: f"termin-{n}")

    class Meta:
        abstract = True
        django_get_or_create = ("slug",)


class TopicFactory(TermFactory):
    class Meta:
        model = Topic


class SectorFactory(TermFactory):
    class Meta:
        model = Sector


class SubregionFactory(TermFactory):
    class Meta:
        model = Subregion


class FundingSourceFactory(TermFactory):
    class Meta:
        model = FundingSource


class PracticeIndexPageFactory(PageFactory):
    title = "Dobre praktyki"
    slug = "dobre-praktyki"
    intro = "Baza wiedzy pomorskich inicjatyw klastrowych."

    class Meta:
        model = PracticeIndexPage


class ClusterIndexPageFactory(PageFactory):
    title = "Inicjatywy klastrowe"
    slug = "inicjatywy-klastrowe"

    class Meta:
        model = ClusterIndexPage


class ClusterInitiativePageFactory(PageFactory):
    title = factory.Sequence(lambda n: f"Klaster {n}")
    cluster_type = "key"
    coordinator = "Stowarzyszenie Koordynatorów"
    intro = "Inicjatywa klastrowa z Pomorza."

    class Meta:
        model = ClusterInitiativePage


def indicator_add(initiative, year: int, **values) -> ClusterIndicator:
    values = {
        "enterprises": 20,
        "research_institutions": 3,
        "other_members": 2,
        **values,
    }
    return ClusterIndicator.objects.create(page=initiative, year=year, **values)


class GoodPracticePageFactory(PageFactory):
    title = factory.Sequence(lambda n: f"Dobra praktyka {n}")
    summary = "Krótko o praktyce."
    challenge = "Z jakim wyzwaniem się mierzono."
    solution = "Co zrobiono."
    results = "Jakie były rezultaty."
    timescale_start = 2019
    timescale_end = 2021
    organisation = "Stowarzyszenie Przykładowe"
    cluster_type = "key"

    class Meta:
        model = GoodPracticePage


def practices_bulk_create(
    index: PracticeIndexPage, count: int, **fields
) -> list[GoodPracticePage]:
    """`count` live practices under `index`, written straight into the tree's tables:
    treebeard's add_child, a revision and the search index make each one far slower,
    and the query-count tests need hundreds. Rows as Wagtail would leave them for a
    page published once."""
    children = index.get_children()
    last = children.order_by("-path").first()
    next_number = _path_number(last.path[-Page.steplen :]) + 1 if last else 1
    pages = []
    for offset in range(count):
        number = next_number + offset
        practice = GoodPracticePage(
            title=f"Praktyka seryjna {number}",
            draft_title=f"Praktyka seryjna {number}",
            slug=f"praktyka-seryjna-{number}",
            path=index.path + _path_segment(number),
            depth=index.depth + 1,
            numchild=0,
            url_path=f"{index.url_path}praktyka-seryjna-{number}/",
            locale_id=index.locale_id,
            live=True,
            summary="Praktyka utworzona hurtem.",
            challenge="Wyzwanie.",
            solution="Rozwiązanie.",
            results="Rezultaty.",
            timescale_start=2015 + number % 10,
            timescale_end=2016 + number % 10,
            organisation="Organizacja seryjna",
            cluster_type="key",
            **fields,
        )
        models.Model.save(practice)  # no tree maintenance, no full_clean
        pages.append(practice)
    Page.objects.filter(pk=index.pk).update(numchild=children.count())
    return pages


def _path_number(segment: str) -> int:
    return int(segment, 36)


def _path_segment(number: int) -> str:
    digits = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
    text = ""
    while number:
        number, remainder = divmod(number, 36)
        text = digits[remainder] + text
    return text.rjust(Page.steplen, "0")
