"""What editors can create where (parent and child page types)."""

import pytest
from wagtail.models import Page

from website.models import (
    AccessibilityDeclarationPage,
    ContactPointPage,
    HomePage,
    SectionIndexPage,
    StandardPage,
)


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("child", "parent", "allowed"),
    [
        (HomePage, Page, True),
        (HomePage, HomePage, False),
        (StandardPage, HomePage, True),
        (StandardPage, SectionIndexPage, True),
        (StandardPage, StandardPage, True),
        (SectionIndexPage, HomePage, True),
        (SectionIndexPage, SectionIndexPage, True),
        (SectionIndexPage, StandardPage, False),
        (ContactPointPage, HomePage, True),
        (ContactPointPage, StandardPage, False),
        (AccessibilityDeclarationPage, HomePage, True),
        (AccessibilityDeclarationPage, SectionIndexPage, False),
        (StandardPage, ContactPointPage, False),
        (StandardPage, AccessibilityDeclarationPage, False),
    ],
)
def test_page_can_be_created_only_under_its_allowed_parents(child, parent, allowed):
    assert child.can_exist_under(parent()) is allowed


@pytest.mark.django_db
def test_only_one_accessibility_declaration_per_home_page():
    from tests.website.factories import (
        AccessibilityDeclarationPageFactory,
        make_home_page,
    )

    home = make_home_page()
    assert AccessibilityDeclarationPage.can_create_at(home)
    AccessibilityDeclarationPageFactory(parent=home)
    assert not AccessibilityDeclarationPage.can_create_at(home)
