"""Attachments: checked by content, images cleaned, names made safe, and served to
members only, so that no browser runs them."""

import importlib
from io import BytesIO

import pytest
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.urls import clear_url_caches
from PIL import Image

from community.forum import attachments
from community.forum.models import Attachment
from community.forum.services.posts import post_create
from community.forum_moderation.services.posts import post_hide
from tests.community import factories
from tests.community.forum.factories import make_category, make_topic
from tests.community.forum_moderation.conftest import ROLES, client_for, person
from tests.community.forum_moderation.images import (
    PDF,
    docx_bytes,
    jpeg_with_exif,
    odt_bytes,
    pdf_upload,
    png_bytes,
    png_upload,
    upload,
    zip_bytes,
)

pytestmark = pytest.mark.django_db

SVG = b'<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'
HTML = (
    b"<!DOCTYPE html><html><body><script>alert(document.cookie)</script></body></html>"
)


def clean_one(name: str, content: bytes, content_type="application/octet-stream"):
    return attachments.uploads_clean([upload(name, content, content_type)])[0]


def refused(name: str, content: bytes, content_type="application/octet-stream"):
    """The codes of the reasons the file was refused for."""
    with pytest.raises(ValidationError) as raised:
        attachments.uploads_clean([upload(name, content, content_type)])
    return {error.code for error in raised.value.error_list}


def test_a_pdf_that_is_really_a_web_page_is_refused():
    assert "markup" in refused("raport.pdf", HTML, "application/pdf")


def test_an_svg_renamed_png_is_refused():
    assert "markup" in refused("wykres.png", SVG, "image/png")


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("strona.html", HTML),
        ("obrazek.svg", SVG),
        ("skrypt.js", b"alert(1)"),
        ("notatki.txt", b"Zwykly tekst"),
        ("archiwum.docx", zip_bytes({"plik.txt": b"nic"})),
        ("zepsuty.xlsx", b"PK\x03\x04to nie jest zip"),
        ("program.exe", b"MZ\x90\x00\x03"),
    ],
)
def test_files_of_other_types_are_refused_whatever_their_name(name, content):
    assert refused(name, content) & {"markup", "type", "not_a_document"}


def test_office_documents_with_macros_are_refused():
    assert "macros" in refused("budzet.docx", docx_bytes(macros=True))


@pytest.mark.parametrize(
    ("name", "content", "content_type", "filename"),
    [
        ("sprawozdanie.pdf", PDF, "application/pdf", "sprawozdanie.pdf"),
        (
            "plan.docx",
            docx_bytes(),
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "plan.docx",
        ),
        (
            "notatka.odt",
            odt_bytes(),
            "application/vnd.oasis.opendocument.text",
            "notatka.odt",
        ),
        # The name lies; the content decides the type and the extension.
        (
            "plan.pdf",
            docx_bytes(),
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "plan.docx",
        ),
    ],
)
def test_documents_are_recognised_by_their_content(
    name, content, content_type, filename
):
    cleaned = clean_one(name, content)

    assert (cleaned.content_type, cleaned.filename) == (content_type, filename)
    assert cleaned.kind == Attachment.Kind.DOCUMENT
    assert cleaned.content == content


def test_a_photo_loses_its_exif_data_and_is_made_smaller():
    cleaned = clean_one("IMG_2031.JPG", jpeg_with_exif(size=(3000, 2000)))

    image = Image.open(BytesIO(cleaned.content))
    assert image.format == "JPEG"
    assert image.size == (attachments.IMAGE_MAX_SIDE, 1067)
    assert len(image.getexif()) == 0
    assert "exif" not in image.info
    assert b"Aparat Testowy" not in cleaned.content
    assert (cleaned.content_type, cleaned.filename) == ("image/jpeg", "IMG_2031.jpg")


def test_a_real_png_is_accepted_as_an_image():
    cleaned = clean_one("wykres.png", png_bytes(size=(40, 30)))

    assert cleaned.kind == Attachment.Kind.IMAGE
    assert Image.open(BytesIO(cleaned.content)).size == (40, 30)


def test_a_decompression_bomb_is_refused_before_it_is_decoded():
    output = BytesIO()
    Image.new("1", (7000, 6000)).save(output, format="PNG")

    assert "too_many_pixels" in refused("bomba.png", output.getvalue())


def test_a_file_over_the_size_limit_is_refused():
    too_big = PDF + b"0" * attachments.MAX_FILE_SIZE

    assert "too_large" in refused("duzy.pdf", too_big)


def test_at_most_five_files_go_with_a_post():
    files = [png_upload(f"{n}.png") for n in range(attachments.MAX_FILES_PER_POST + 1)]

    with pytest.raises(ValidationError) as raised:
        attachments.uploads_clean(files)
    assert raised.value.code == "too_many"


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("../../etc/passwd.pdf", "passwd.pdf"),
        ("C:\\Users\\anna\\Raport roczny.pdf", "Raport roczny.pdf"),
        ('Raport "Q1"\r\nX-Header: 1;.pdf', "Raport _Q1_X-Header_ 1.pdf"),
        ("Sprawozdanie – Gdańsk.pdf", "Sprawozdanie _ Gdańsk.pdf"),
        ("x" * 300 + ".pdf", "x" * 100 + ".pdf"),
    ],
)
def test_filenames_are_made_safe(name, expected):
    assert clean_one(name, PDF).filename == expected


def test_a_name_of_dots_alone_gets_a_word_instead():
    filename = clean_one("...pdf", PDF).filename

    assert filename.endswith(".pdf")
    assert filename[0].isalpha()


def test_stored_files_get_random_names_outside_the_original(member):
    topic = make_topic(author=member)
    uploads = attachments.uploads_clean([pdf_upload("../tajne.pdf")])

    [stored] = attachments.attachments_store(
        post=topic.posts.get(), uploads=uploads, user=member
    )

    assert stored.file.name.startswith("forum/")
    assert "tajne" not in stored.file.name
    assert stored.filename == "tajne.pdf"
    assert stored.size == len(PDF)


def attachment_on(topic, author, name="sprawozdanie.pdf", content=PDF) -> Attachment:
    post = post_create(
        author=author,
        topic=topic,
        body_markdown="W załączniku.",
        uploads=attachments.uploads_clean([upload(name, content)]),
    )
    return post.attachments.get()


def url_of(attachment) -> str:
    return f"/forum/zalacznik/{attachment.pk}/"


def test_a_document_downloads_with_headers_that_keep_the_browser_from_running_it(
    member,
):
    attachment = attachment_on(make_topic(), member)

    response = client_for(member).get(url_of(attachment))

    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert response["Content-Disposition"] == 'attachment; filename="sprawozdanie.pdf"'
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Content-Security-Policy"].startswith("sandbox")
    assert "default-src 'none'" in response["Content-Security-Policy"]
    assert b"".join(response.streaming_content) == PDF


def test_an_image_is_shown_inline_with_its_own_type(member):
    attachment = attachment_on(make_topic(), member, "wykres.png", png_bytes())

    response = client_for(member).get(url_of(attachment))

    assert response["Content-Type"] == "image/png"
    assert response["Content-Disposition"] == 'inline; filename="wykres.png"'
    assert response["X-Content-Type-Options"] == "nosniff"


DOWNLOAD = {
    "anonymous": 302,
    "pending": 403,
    "member": 200,
    "suspended": 403,
    "moderator": 200,
}


@pytest.mark.parametrize("role", ROLES)
def test_only_members_download_attachments(home, role):
    attachment = attachment_on(make_topic(), factories.approved_member())

    response = client_for(person(role)).get(url_of(attachment))

    assert response.status_code == DOWNLOAD[role]
    if role == "anonymous":
        assert response["Location"].startswith("/accounts/login/?next=")


def test_attachments_of_hidden_posts_are_for_moderators_only(member, moderator):
    attachment = attachment_on(make_topic(), factories.approved_member())
    post_hide(moderator=moderator, post=attachment.post, reason="Wirus?")

    assert client_for(member).get(url_of(attachment)).status_code == 404
    assert client_for(moderator).get(url_of(attachment)).status_code == 200


def test_attachments_of_moderators_only_categories_stay_there(member, moderator):
    topic = make_topic(category=make_category(moderators_only=True), author=moderator)
    attachment = attachment_on(topic, moderator)

    assert client_for(member).get(url_of(attachment)).status_code == 404


def test_forum_files_are_not_served_from_media_even_in_development(settings):
    settings.DEBUG = True
    public = settings.MEDIA_ROOT / "images" / "logo.png"
    private = settings.MEDIA_ROOT / "forum" / "2026" / "01" / "abc.pdf"
    for path, content in ((public, png_bytes()), (private, PDF)):
        path.parent.mkdir(parents=True)
        path.write_bytes(content)
    import config.urls

    try:
        importlib.reload(config.urls)
        clear_url_caches()
        client = client_for(person("anonymous"))
        assert client.get("/media/images/logo.png").status_code == 200
        assert client.get("/media/forum/2026/01/abc.pdf").status_code == 404
    finally:
        settings.DEBUG = False
        importlib.reload(config.urls)
        clear_url_caches()


def test_a_missing_file_answers_not_found(member):
    attachment = attachment_on(make_topic(), member)
    attachment.file.storage.delete(attachment.file.name)

    assert client_for(member).get(url_of(attachment)).status_code == 404


def test_stored_content_is_what_is_served(member):
    topic = make_topic(author=member)
    post = topic.posts.get()
    attachment = Attachment(
        post=post,
        filename="a.pdf",
        content_type="application/pdf",
        size=3,
        kind="document",
    )
    attachment.file.save("forum/x.pdf", ContentFile(b"%PDF-x"), save=True)

    response = client_for(member).get(url_of(attachment))

    assert b"".join(response.streaming_content) == b"%PDF-x"
