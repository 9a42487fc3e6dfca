import pytest
from django.core.files.base import ContentFile
from wagtail import blocks
from wagtail.documents.models import Document
from wagtail.images.models import Image
from wagtail.images.tests.utils import get_test_image_file

from tests.website.factories import StandardPageFactory, make_home_page
from website.blocks import (
    AccessibleTableBlock,
    CallToActionBlock,
    CaptionedImageBlock,
    DocumentListBlock,
    HeadingBlock,
    QuoteBlock,
    VideoBlock,
    parse_video_url,
)


def render(block, raw_value):
    return block.render(block.to_python(raw_value))


def test_heading_renders_at_the_chosen_level():
    html = render(HeadingBlock(), {"text": "Priorytet 1", "level": "h3"})
    assert html.strip() == '<h3 class="block-heading">Priorytet 1</h3>'


def test_quote_renders_text_and_attribution_in_a_figure():
    html = render(QuoteBlock(), {"quote": "tworzenie warunków", "attribution": "SRWP"})
    assert "<blockquote><p>tworzenie warunków</p></blockquote>" in html
    assert "<figcaption>— SRWP</figcaption>" in html


@pytest.mark.django_db
def test_captioned_image_renders_alt_text_and_caption():
    image = Image.objects.create(title="Gdańsk", file=get_test_image_file())
    html = render(
        CaptionedImageBlock(),
        {"image": image.pk, "alt_text": "Stocznia nocą", "caption": "Fot. UMWP"},
    )
    assert 'alt="Stocznia nocą"' in html
    assert "<figcaption>Fot. UMWP</figcaption>" in html


@pytest.mark.django_db
def test_document_list_links_every_document_with_its_type():
    document = Document.objects.create(
        title="Program 2009–2015", file=ContentFile(b"%PDF-1.4", name="program.pdf")
    )
    html = render(
        DocumentListBlock(), {"heading": "Do pobrania", "documents": [document.pk]}
    )
    assert "<h2>Do pobrania</h2>" in html
    assert f'href="{document.url}"' in html
    assert "Program 2009–2015" in html
    assert "PDF" in html


def test_table_has_caption_and_column_headers():
    value = {
        "data": [["Typ", "Opis"], ["kluczowy", "największy potencjał"]],
        "first_row_is_table_header": True,
        "first_col_is_header": False,
        "table_caption": "Typy klastrów",
    }
    html = AccessibleTableBlock().render(value)
    assert "<caption>Typy klastrów</caption>" in html
    assert '<th scope="col"' in html
    assert 'aria-label="Typy klastrów"' in html
    assert "<td" in html and "kluczowy" in html


@pytest.mark.django_db
def test_call_to_action_links_to_a_page():
    home = make_home_page()
    target = StandardPageFactory(parent=home, title="Punkt", slug="punkt")
    html = render(
        CallToActionBlock(),
        {
            "title": "Porozmawiajmy",
            "text": "",
            "page": target.pk,
            "url": "",
            "button_label": "Zamów konsultację",
        },
    )
    assert 'href="/punkt/"' in html
    assert "Zamów konsultację" in html


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("with_page", "url"),
    [(False, ""), (True, "https://example.org")],
    ids=["neither", "both"],
)
def test_call_to_action_needs_exactly_one_target(with_page, url):
    page = make_home_page() if with_page else None
    block = CallToActionBlock()
    value = block.to_python(
        {
            "title": "T",
            "text": "",
            "page": page.pk if page else None,
            "url": url,
            "button_label": "Idź",
        }
    )
    with pytest.raises(blocks.StructBlockValidationError):
        block.clean(value)


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://www.youtube.com/watch?v=dQw4w9WgXcQ", ("youtube", "dQw4w9WgXcQ")),
        ("https://youtu.be/dQw4w9WgXcQ", ("youtube", "dQw4w9WgXcQ")),
        (
            "https://www.youtube.com/watch?t=10&v=dQw4w9WgXcQ",
            ("youtube", "dQw4w9WgXcQ"),
        ),
        ("https://vimeo.com/76979871", ("vimeo", "76979871")),
        ("https://example.org/video.mp4", None),
        ("javascript:alert(1)", None),
    ],
)
def test_video_urls_are_recognised_only_for_youtube_and_vimeo(url, expected):
    assert parse_video_url(url) == expected


def test_video_plays_from_the_no_tracking_player_with_a_title():
    html = render(
        VideoBlock(),
        {
            "url": "https://youtu.be/dQw4w9WgXcQ",
            "title": "Warsztaty 2024",
            "transcript": "",
        },
    )
    assert 'src="https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ"' in html
    assert 'title="Warsztaty 2024"' in html


def test_video_from_another_site_is_refused():
    block = VideoBlock()
    value = block.to_python(
        {"url": "https://example.org/film", "title": "Film", "transcript": ""}
    )
    with pytest.raises(blocks.StructBlockValidationError):
        block.clean(value)


@pytest.mark.django_db
def test_standard_page_with_every_block_renders(client):
    home = make_home_page()
    image = Image.objects.create(title="Logo", file=get_test_image_file())
    document = Document.objects.create(
        title="Raport", file=ContentFile(b"%PDF-1.4", name="raport.pdf")
    )
    body = [
        ("heading", {"text": "Cel programu", "level": "h2"}),
        ("paragraph", "<p>Wspieranie <b>klastrów</b>.</p>"),
        ("quote", {"quote": "Budowa partnerstwa", "attribution": "UMWP"}),
        ("image", {"image": image, "alt_text": "Logo programu", "caption": "Logo"}),
        ("documents", {"heading": "Pliki", "documents": [document]}),
        (
            "table",
            {
                "data": [["A", "B"], ["1", "2"]],
                "first_row_is_table_header": True,
                "first_col_is_header": False,
                "table_caption": "Dane",
            },
        ),
        (
            "call_to_action",
            {
                "title": "Kontakt",
                "text": "Napisz",
                "page": home,
                "url": "",
                "button_label": "Napisz do nas",
            },
        ),
        (
            "video",
            {
                "url": "https://vimeo.com/76979871",
                "title": "Film",
                "transcript": "Opis",
            },
        ),
    ]
    page = StandardPageFactory(parent=home, title="Program", slug="program", body=body)
    response = client.get(page.url)
    assert response.status_code == 200
    html = response.content.decode()
    for expected in [
        "Cel programu",
        "<b>klastrów</b>",
        "Budowa partnerstwa",
        'alt="Logo programu"',
        "Raport",
        "<caption>Dane</caption>",
        "Napisz do nas",
        "https://player.vimeo.com/video/76979871?dnt=1",
    ]:
        assert expected in html
