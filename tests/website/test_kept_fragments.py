"""{% keptfragment %}: rendered once per worker for each key and language, with
each request's own CSRF token."""

import re

import pytest
from django.template import Context, RequestContext, Template
from django.test import RequestFactory
from django.utils import translation

from website.templatetags.kept_fragments import kept_fragments_forget

FRAGMENT = Template(
    "{% load i18n kept_fragments %}"
    "{% keptfragment example colour %}"
    "<p>{% translate 'Sign in' %} {{ colour }}{{ renders }}</p>"
    "<form method='post'>{% csrf_token %}</form>"
    "{% endkeptfragment %}"
)


@pytest.fixture(autouse=True)
def _empty_store():
    kept_fragments_forget()
    yield
    kept_fragments_forget()


class Renders:
    """Counts how often the fragment is really rendered (templates call it)."""

    def __init__(self):
        self.count = 0

    def __call__(self) -> str:
        self.count += 1
        return ""


def render(colour: str, renders: Renders, request=None) -> str:
    request = request or RequestFactory().get("/")
    return FRAGMENT.render(
        RequestContext(request, {"colour": colour, "renders": renders})
    )


def test_a_fragment_is_rendered_once_per_key():
    renders = Renders()

    first, second = render("red", renders), render("red", renders)
    third = render("blue", renders)

    assert renders.count == 2
    assert "red" in first and "red" in second
    assert "blue" in third


def test_each_language_has_its_own_fragment():
    renders = Renders()
    with translation.override("pl"):
        polish = render("red", renders)
    with translation.override("en"):
        english = render("red", renders)

    assert "Zaloguj się" in polish
    assert "Sign in" in english
    assert renders.count == 2


def test_each_request_gets_its_own_csrf_token_in_a_kept_fragment():
    # tests/community/forum/test_post_parts.py posts the kept forms' tokens.
    one, other = RequestFactory().get("/"), RequestFactory().get("/")
    first, second = render("red", Renders(), one), render("red", Renders(), other)

    token = re.compile(r'name="csrfmiddlewaretoken" value="([A-Za-z0-9]{64})"')
    assert token.search(first).group(1) != token.search(second).group(1)
    assert "csrftokenplaceholder" not in first + second
    assert one.META["CSRF_COOKIE"] != other.META["CSRF_COOKIE"]


def test_a_fragment_without_a_form_does_not_set_the_csrf_cookie():
    request = RequestFactory().get("/")
    template = Template(
        "{% load kept_fragments %}"
        "{% keptfragment plain %}<p>ok</p>{% endkeptfragment %}"
    )

    assert template.render(RequestContext(request, {})) == "<p>ok</p>"
    assert "CSRF_COOKIE_NEEDS_UPDATE" not in request.META


def test_a_changed_setting_empties_the_store(settings):
    renders = Renders()
    render("red", renders)
    settings.LANGUAGE_CODE = "en"
    render("red", renders)

    assert renders.count == 2


def test_the_tag_needs_a_name():
    from django.template import TemplateSyntaxError

    with pytest.raises(TemplateSyntaxError):
        Template("{% load kept_fragments %}{% keptfragment %}{% endkeptfragment %}")


def test_a_fragment_outside_a_request_keeps_no_token():
    html = FRAGMENT.render(Context({"colour": "red", "renders": Renders()}))

    assert "<form method='post'></form>" in html
    assert "csrftokenplaceholder" not in html
