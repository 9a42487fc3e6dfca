"""What a visitor sees of the calendar's pages, read from their HTML."""

import re

CARD_TITLE = re.compile(r'class="card__title"><a href="[^"]*">([^<]*)</a>')
MONTH_HEADING = re.compile(r'<h2 id="month-[\d-]+">([^<]*)</h2>')


def listed_titles(response) -> list[str]:
    """Titles of the events listed on the page, in their order."""
    return CARD_TITLE.findall(response.content.decode())


def month_headings(response) -> list[str]:
    return MONTH_HEADING.findall(response.content.decode())


def text(response) -> str:
    return response.content.decode()


def main_content(response) -> str:
    """The page's <main> element: what the calendar itself renders."""
    html = text(response)
    return html[html.index("<main") : html.index("</main>")]
