from wagtail import hooks


@hooks.register("before_serve_page")
def keep_restricted_pages_out_of_the_page_cache(page, request, serve_args, kwargs):
    """A page under a view restriction (members only, a password) is never stored
    in the anonymous page cache, whoever is reading it. Checked only when the page
    could be stored: the page cache middleware read the generation for it."""
    if not hasattr(request, "page_cache_generation"):
        return
    if page.get_view_restrictions():
        request.page_cache_exempt = True
