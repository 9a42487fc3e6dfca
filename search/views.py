"""The search page and the JSON search API. Both read the same form and call the same
selectors; neither knows which backend answers nor which models are searched."""

from django.http import JsonResponse
from django.shortcuts import render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET
from wagtail.models import Locale

from search.forms import SearchForm
from search.promotions import promotions_for
from search.query import analyse_query
from search.selectors import SiteResults, site_search, suggestions
from search.services import query_record
from search.sources import sources_for
from search.throttle import search_throttled


def _search(request, form: SearchForm) -> SiteResults:
    data = form.cleaned_data
    query = analyse_query(data["q"], correct=not data["exact"])
    return site_search(
        query=query,
        user=request.user,
        locale=Locale.get_active(),
        types=data["type"],
        params=request.GET,
        page=data["page"] or 1,
    )


def _type_facets(request, results: SiteResults) -> list[dict]:
    chosen = request.GET.getlist("type")
    return [
        {
            "type": source.type,
            "label": source.label,
            "count": results.facets.get(source.type, 0),
            "selected": source.type in chosen,
        }
        for source in sources_for(request.user)
    ]


@require_GET
@search_throttled(scope="search", setting="SEARCH_RATE_LIMIT", json=False)
def search_page(request):
    form = SearchForm(request.GET)
    context = {"form": form, "results": None, "promotions": []}
    if form.is_valid() and form.cleaned_data["q"]:
        results = _search(request, form)
        if results.page == 1:
            context["promotions"] = promotions_for(
                results.query.text, locale=Locale.get_active()
            )
        query_record(text=results.query.text, result_count=results.total)
        context |= {
            "results": results,
            "type_facets": _type_facets(request, results),
            "page_query": _without(request.GET, "page"),
            "exact_query": _exact_query(request.GET),
        }
    return render(request, "search/search_page.html", context)


def _without(params, *names) -> str:
    remaining = params.copy()
    for name in names:
        remaining.pop(name, None)
    return remaining.urlencode()


def _exact_query(params) -> str:
    exact = params.copy()
    exact.pop("page", None)
    exact["exact"] = "1"
    return exact.urlencode()


def _errors(form: SearchForm) -> JsonResponse:
    messages = [error for errors in form.errors.values() for error in errors]
    return JsonResponse({"error": " ".join(messages)}, status=400)


@require_GET
@search_throttled(scope="search", setting="SEARCH_RATE_LIMIT", json=True)
def api_search(request):
    """GET /api/search/?q=...: the contract is in DESIGN.md and docs/search.md."""
    form = SearchForm(request.GET)
    if not form.is_valid():
        return _errors(form)
    if not form.cleaned_data["q"]:
        return JsonResponse({"error": _("Type the words to search for.")}, status=400)
    results = _search(request, form)
    query_record(text=results.query.text, result_count=results.total)
    body = {
        "query": results.query.text,
        "total": results.total,
        "page": results.page,
        "pages": results.page_count,
        "results": [
            {
                "title": hit.title,
                "url": hit.url,
                "type": hit.type,
                "snippet": str(hit.snippet),
            }
            for hit in results.hits
        ],
        "facets": {"type": results.facets},
    }
    if results.query.is_corrected:
        body["corrected_query"] = results.query.corrected_text
    if not results.query:
        body["message"] = _("The query holds no word to search for.")
    return JsonResponse(body)


@require_GET
@search_throttled(
    scope="search-suggest", setting="SEARCH_SUGGEST_RATE_LIMIT", json=True
)
def api_suggest(request):
    """GET /api/search/suggest/?q=...: titles for the search box."""
    form = SearchForm(request.GET)
    if not form.is_valid():
        return _errors(form)
    titles = suggestions(
        text=form.cleaned_data["q"], user=request.user, locale=Locale.get_active()
    )
    return JsonResponse({"query": form.cleaned_data["q"], "suggestions": titles})
