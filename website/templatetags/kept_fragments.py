"""{% keptfragment name key ... %}...{% endkeptfragment %}: a fragment rendered once
per worker process for each combination of its keys and the active language.

For the parts of every signed-in page that read nothing but their keys (no
database, no other request data): the display controls, the account links, the
search box, a topic's empty forms. Unlike {% cache %} or {% wagtailcache %}
nothing is written to the shared cache and nothing can go stale: the keys must
name everything the fragment shows, and then equal keys give equal HTML.

A {% csrf_token %} inside is kept as a placeholder; every use puts in this
request's token (website.kept_html).
"""

from django import template
from django.core.signals import setting_changed
from django.utils import translation

from website.kept_html import CSRF_PLACEHOLDER, with_csrf_token

register = template.Library()

# Each a few KB at most; when full, the store starts again.
KEPT_MAX = 4096
_kept: dict[tuple, str] = {}


def kept_fragments_forget(**_kwargs) -> None:
    _kept.clear()


# A test that changes the URLs or the translations must not see old fragments.
setting_changed.connect(kept_fragments_forget)


class KeptFragmentNode(template.Node):
    def __init__(self, name: str, keys, nodelist):
        self.name, self.keys, self.nodelist = name, keys, nodelist

    def render(self, context) -> str:
        # Outside a request there is no token, and {% csrf_token %} shows nothing.
        # Asked without evaluating the lazy token: that would set the CSRF cookie
        # (and keep the page out of the anonymous page cache) for every fragment.
        has_token = "csrf_token" in context
        key = (
            self.name,
            translation.get_language(),
            has_token,
            *(expression.resolve(context) for expression in self.keys),
        )
        html = _kept.get(key)
        if html is None:
            with context.push(csrf_token=CSRF_PLACEHOLDER if has_token else None):
                html = self.nodelist.render(context)
            if len(_kept) >= KEPT_MAX:
                _kept.clear()
            _kept[key] = html
        return with_csrf_token(html, context)


@register.tag
def keptfragment(parser, token):
    bits = token.split_contents()
    if len(bits) < 2:
        raise template.TemplateSyntaxError(
            f"'{bits[0]}' needs a name, then the keys the fragment depends on"
        )
    nodelist = parser.parse(("endkeptfragment",))
    parser.delete_first_token()
    keys = [parser.compile_filter(bit) for bit in bits[2:]]
    return KeptFragmentNode(bits[1], keys, nodelist)
