"""English versions of demo pages, shared by every app's demo loader."""

from __future__ import annotations

from typing import TYPE_CHECKING

from wagtail.contrib.redirects.models import Redirect
from wagtail.models import Locale, Page

if TYPE_CHECKING:
    from website.demo import Tally


def translation_add(page: Page, locale: Locale, *, fields: dict, tally: Tally) -> None:
    """Publish a copy of `page` in `locale` with `fields` set, unless one exists.

    copy_for_translation() puts the copy under the parent's translation, so parents
    are translated first."""
    existing = page.get_translation_or_none(locale)
    tally.record(created=existing is None)
    if existing is not None:
        return
    translation = page.copy_for_translation(locale)
    for name, value in fields.items():
        setattr(translation, name, value)
    translation.save_revision().publish()
    # The copy was never public, so the redirect Wagtail made when its slug changed
    # would only clutter the editors' list of redirects.
    Redirect.objects.filter(
        redirect_page=translation, automatically_created=True
    ).delete()
