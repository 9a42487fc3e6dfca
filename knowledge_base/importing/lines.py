"""Checking one line of an import file (docs/import-format.md): its JSON, the type
and range of each field, the fields that go together. No database access."""

import json

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import validate_slug
from django.utils.translation import gettext as _

from knowledge_base.models import ClusterType
from knowledge_base.models.clusters import FIRST_YEAR, LAST_YEAR
from knowledge_base.records import FORMAT_FIELDS

REQUIRED_TEXT = ("external_id", "title", "summary", "challenge", "solution", "results")
OPTIONAL_TEXT = ("resources", "lessons", "transferability", "organisation")
SLUG_FIELDS = ("initiative", "sector", "subregion", "funding")
MAX_LENGTHS = {"external_id": 100, "title": 255, "organisation": 255}


def line_checked(line: str) -> tuple[dict | None, list[tuple[str, str]]]:
    """The line's values, and its errors as (field, message); no values when the line
    is not a JSON object or has no external_id."""
    try:
        data = json.loads(line)
    except json.JSONDecodeError as error:
        return None, [("json", _("not valid JSON (%(error)s)") % {"error": error})]
    if not isinstance(data, dict):
        return None, [("json", _("a line must be a JSON object"))]
    errors = [(name, _("unknown field")) for name in data if name not in FORMAT_FIELDS]
    values = {}
    for name in REQUIRED_TEXT + OPTIONAL_TEXT:
        values[name] = _text(data, name, errors, required=name in REQUIRED_TEXT)
    for name in SLUG_FIELDS:
        values[name] = _slug(data, name, errors)
    values["topics"] = _slug_list(data, "topics", errors)
    values["timescale_start"] = _year(data, "timescale_start", errors, required=True)
    values["timescale_end"] = _year(data, "timescale_end", errors, required=False)
    values["cluster_type"] = _choice(data, "cluster_type", ClusterType.values, errors)
    values["language"] = (
        _choice(data, "language", [code for code, _name in settings.LANGUAGES], errors)
        or settings.LANGUAGE_CODE
    )
    values["published"] = _boolean(data, "published", errors, default=True)
    _check_together(values, errors)
    if not values["external_id"]:
        return None, errors
    return values, errors


def _text(data, name, errors, *, required: bool) -> str:
    value = data.get(name)
    if value is None:
        value = ""
    if not isinstance(value, str):
        errors.append((name, _("must be text")))
        return ""
    value = value.strip()
    if required and not value:
        errors.append((name, _("is required")))
    limit = MAX_LENGTHS.get(name)
    if limit and len(value) > limit:
        errors.append(
            (
                name,
                _("has %(length)s characters; at most %(limit)s are allowed")
                % {"length": len(value), "limit": limit},
            )
        )
    return value


def _slug(data, name, errors) -> str:
    value = _text(data, name, errors, required=False)
    if value and not _is_slug(value):
        errors.append((name, _("“%(value)s” is not a slug") % {"value": value}))
        return ""
    return value


def _slug_list(data, name, errors) -> tuple[str, ...]:
    value = data.get(name) or []
    if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
        errors.append((name, _("must be a list of slugs")))
        return ()
    slugs = tuple(sorted({item.strip() for item in value if item.strip()}))
    for slug in slugs:
        if not _is_slug(slug):
            errors.append((name, _("“%(value)s” is not a slug") % {"value": slug}))
    return slugs


def _is_slug(value: str) -> bool:
    try:
        validate_slug(value)
    except ValidationError:
        return False
    return True


def _year(data, name, errors, *, required: bool) -> int | None:
    value = data.get(name)
    if value is None:
        if required:
            errors.append((name, _("is required")))
        return None
    if isinstance(value, bool) or not isinstance(value, int):
        errors.append((name, _("must be a year, a whole number")))
        return None
    if not FIRST_YEAR <= value <= LAST_YEAR:
        errors.append(
            (
                name,
                _("must be a year from %(first)s to %(last)s")
                % {"first": FIRST_YEAR, "last": LAST_YEAR},
            )
        )
        return None
    return value


def _choice(data, name, choices, errors) -> str:
    value = _text(data, name, errors, required=False)
    if value and value not in choices:
        errors.append(
            (name, _("must be one of: %(choices)s") % {"choices": ", ".join(choices)})
        )
        return ""
    return value


def _boolean(data, name, errors, *, default: bool) -> bool:
    value = data.get(name, default)
    if not isinstance(value, bool):
        errors.append((name, _("must be true or false")))
        return default
    return value


def _check_together(values, errors) -> None:
    start, end = values["timescale_start"], values["timescale_end"]
    if start is not None and end is not None and end < start:
        errors.append(("timescale_end", _("comes before timescale_start")))
    if not values["organisation"] and not values["initiative"]:
        errors.append(("organisation", _("is required when no initiative is given")))
    if not values["cluster_type"] and not values["initiative"]:
        errors.append(("cluster_type", _("is required when no initiative is given")))
