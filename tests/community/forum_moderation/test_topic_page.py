"""What moderation, attachments and the proposal add to a topic's page."""

import pytest

from community.forum import attachments
from community.forum.services.posts import post_create
from community.forum_moderation.services.posts import post_hide
from tests.community.forum.factories import make_topic
from tests.community.forum_moderation.conftest import client_for
from tests.community.forum_moderation.images import pdf_upload, png_upload, upload

pytestmark = pytest.mark.django_db


def page_of(user, topic) -> str:
    response = client_for(user).get(topic.get_absolute_url())
    assert response.status_code == 200
    return response.content.decode()


def test_moderators_get_the_topic_tools_and_members_do_not(home, member, moderator):
    topic = make_topic()
    pin = f'action="/forum/moderacja/tematy/{topic.pk}/przypnij/"'

    assert pin in page_of(moderator, topic)
    assert f"/forum/moderacja/tematy/{topic.pk}/scal/" in page_of(moderator, topic)
    assert pin not in page_of(member, topic)
    assert "/forum/moderacja/tematy/" not in page_of(member, topic)


def test_members_may_flag_posts_of_others_but_not_their_own(home, member):
    topic = make_topic(author=member, replies=1)
    own, other = topic.posts.get(number=1), topic.posts.get(number=2)

    html = page_of(member, topic)

    assert f"/forum/moderacja/posty/{other.pk}/zglos/" in html
    assert f"/forum/moderacja/posty/{own.pk}/zglos/" not in html
    assert "/ukryj/" not in html


def test_images_show_as_thumbnails_and_documents_as_downloads(home, member):
    topic = make_topic()
    post = post_create(
        author=member,
        topic=topic,
        body_markdown="Wykres i sprawozdanie.",
        uploads=attachments.uploads_clean([png_upload(), pdf_upload()]),
    )
    image = post.attachments.get(kind="image")
    document = post.attachments.get(kind="document")

    html = page_of(member, topic)

    assert f'src="/forum/zalacznik/{image.pk}/" alt="wykres.png"' in html
    assert f'href="/forum/zalacznik/{document.pk}/" download>sprawozdanie.pdf' in html
    assert "/media/forum/" not in html


def test_a_hidden_posts_attachments_are_not_listed_for_members(home, member, moderator):
    topic = make_topic()
    post = post_create(
        author=member,
        topic=topic,
        body_markdown="Podejrzany plik.",
        uploads=attachments.uploads_clean([pdf_upload("faktura.pdf")]),
    )
    post_hide(moderator=moderator, post=post, reason="Podejrzany plik")

    assert "faktura.pdf" not in page_of(member, topic)
    assert "faktura.pdf" in page_of(moderator, topic)


def test_a_refused_file_shows_the_reply_form_again_with_the_text_kept(home, member):
    topic = make_topic()
    svg = upload("wykres.png", b'<svg xmlns="http://www.w3.org/2000/svg"/>')

    response = client_for(member).post(
        f"/forum/temat/{topic.pk}/odpowiedz/",
        {"body_markdown": "Mój długi komentarz do wykresu.", "attachments": [svg]},
    )

    html = response.content.decode()
    assert response.status_code == 200
    assert "Mój długi komentarz do wykresu." in html
    assert "wykres.png: Strony internetowe i obrazy SVG nie są przyjmowane" in html
    assert topic.posts.count() == 1


def test_a_reply_with_files_through_the_form_stores_them(home, member):
    topic = make_topic()

    response = client_for(member).post(
        f"/forum/temat/{topic.pk}/odpowiedz/",
        {"body_markdown": "Sprawozdanie w załączniku.", "attachments": [pdf_upload()]},
    )

    assert response.status_code == 302
    [attachment] = topic.posts.get(number=2).attachments.all()
    assert attachment.filename == "sprawozdanie.pdf"
    assert 'name="attachments"' in page_of(member, topic)
    assert "do 10 MB" in page_of(member, topic)
