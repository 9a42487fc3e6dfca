"""Avatar uploads: real raster images only, resized; everything else refused with a
message that says why."""

import struct
import zlib
from io import BytesIO

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image

from community.avatars import avatar_prepare
from tests.community import factories

pytestmark = pytest.mark.django_db


def image_bytes(size=(1200, 800), format="PNG", mode="RGB") -> bytes:
    output = BytesIO()
    Image.new(mode, size, "#0b3d6e").save(output, format=format)
    return output.getvalue()


def upload(content: bytes, name="avatar.png", content_type="image/png"):
    return SimpleUploadedFile(name, content, content_type=content_type)


def png_claiming_size(width: int, height: int) -> bytes:
    """A tiny PNG whose header claims a huge picture: a decompression bomb."""
    data = bytearray(image_bytes((1, 1)))
    ihdr = bytearray(data[12:29])  # chunk type + IHDR data
    ihdr[4:12] = struct.pack(">II", width, height)
    data[12:29] = ihdr
    data[29:33] = struct.pack(">I", zlib.crc32(bytes(ihdr)))
    return bytes(data)


SVG = (
    b'<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg">'
    b"<script>alert(1)</script></svg>"
)


def test_photo_is_cropped_to_a_square_jpeg(settings):
    prepared = avatar_prepare(upload(image_bytes((1200, 800))))

    image = Image.open(BytesIO(prepared.read()))
    assert image.format == "JPEG"
    assert image.size == (settings.AVATAR_SIZE, settings.AVATAR_SIZE)


def test_exif_data_such_as_location_is_dropped():
    output = BytesIO()
    exif = Image.Exif()
    exif[0x010F] = "Aparat z GPS"  # Make
    Image.new("RGB", (500, 500)).save(output, format="JPEG", exif=exif)

    prepared = avatar_prepare(upload(output.getvalue(), "photo.jpg", "image/jpeg"))

    assert not Image.open(BytesIO(prepared.read())).getexif()


@pytest.mark.parametrize(
    ("content", "name", "content_type", "message"),
    [
        (SVG, "logo.svg", "image/svg+xml", "SVG"),
        (SVG, "logo.png", "image/png", "SVG"),  # an SVG under a false name
        (b"%PDF-1.7 not an image", "cv.pdf", "application/pdf", "nie jest obrazem"),
        (b"\x89PNG\r\n\x1a\nbroken", "broken.png", "image/png", "nie jest obrazem"),
        (png_claiming_size(30_000, 30_000), "bomb.png", "image/png", "pikseli"),
        (png_claiming_size(8_000, 8_000), "big.png", "image/png", "pikseli"),
    ],
    ids=["svg", "svg-renamed", "pdf", "broken-png", "bomb", "too-many-pixels"],
)
def test_refused_upload_says_why(content, name, content_type, message):
    with pytest.raises(ValidationError) as refused:
        avatar_prepare(upload(content, name, content_type))

    assert message in " ".join(refused.value.messages)


def test_oversized_file_is_refused_before_it_is_opened(settings):
    settings.AVATAR_MAX_UPLOAD_SIZE = 1024

    with pytest.raises(ValidationError) as refused:
        avatar_prepare(upload(image_bytes((800, 800), "BMP"), "big.png"))

    assert "za duży" in " ".join(refused.value.messages)


def test_refusal_is_shown_next_to_the_avatar_field(client, home):
    client.force_login(factories.approved_member())

    response = client.post(
        "/czlonkowie/profil/",
        {"avatar_upload": upload(SVG, "logo.svg", "image/svg+xml")},
    )

    assert response.status_code == 200
    page = response.content.decode()
    assert 'id="id_avatar_upload_error"' in page
    assert "Obrazy SVG nie są przyjmowane" in page


def test_profile_saves_the_resized_avatar(client, home, settings):
    member = factories.approved_member()
    client.force_login(member)

    response = client.post(
        "/czlonkowie/profil/",
        {
            "display_name": "Anna N.",
            "organisation": "Interizon",
            "avatar_upload": upload(image_bytes((900, 600))),
        },
    )

    assert response.status_code == 302
    member.profile.refresh_from_db()
    assert member.profile.display_name == "Anna N."
    assert member.profile.avatar.name.startswith("avatars/")
    assert Image.open(member.profile.avatar.path).size == (
        settings.AVATAR_SIZE,
        settings.AVATAR_SIZE,
    )
