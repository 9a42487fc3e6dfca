"""Avatar uploads: only real raster images, checked with Pillow, cropped to a square,
re-encoded (which drops EXIF data such as a photo's location) and kept small. SVG is
refused: it is a document that can carry scripts."""

import warnings
from io import BytesIO

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.core.files.uploadedfile import UploadedFile
from django.utils.translation import gettext as _
from PIL import Image, ImageOps, UnidentifiedImageError

ACCEPTED_FORMATS = {"JPEG", "PNG", "WEBP", "GIF"}


def _looks_like_svg(upload: UploadedFile) -> bool:
    head = upload.read(1024).lstrip().lower()
    upload.seek(0)
    name = (upload.name or "").lower()
    return (
        name.endswith((".svg", ".svgz"))
        or upload.content_type == "image/svg+xml"
        or head.startswith((b"<?xml", b"<svg", b"<!doctype svg"))
        or b"<svg" in head
    )


def _open_checked(upload: UploadedFile) -> Image.Image:
    not_an_image = ValidationError(
        _(
            "This file is not an image we can read. Upload a JPEG, PNG, WebP or "
            "GIF image."
        ),
        code="not_an_image",
    )
    too_many_pixels = ValidationError(
        _(
            "This image has too many pixels (at most %(megapixels)s megapixels). "
            "Upload a smaller image."
        )
        % {"megapixels": settings.AVATAR_MAX_PIXELS // 1_000_000},
        code="too_many_pixels",
    )
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            image = Image.open(upload)
            if image.format not in ACCEPTED_FORMATS:
                raise not_an_image
            # Checked before the pixels are decoded: a small file can unpack into
            # gigabytes (a decompression bomb).
            if image.width * image.height > settings.AVATAR_MAX_PIXELS:
                raise too_many_pixels
            image.load()
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        raise too_many_pixels from None
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError):
        raise not_an_image from None
    return image


def avatar_prepare(upload: UploadedFile) -> ContentFile:
    """The uploaded image as a square JPEG of AVATAR_SIZE pixels, or a
    ValidationError that says what is wrong with it."""
    limit = settings.AVATAR_MAX_UPLOAD_SIZE
    if upload.size > limit:
        raise ValidationError(
            _("The file is too large (at most %(megabytes)s MB).")
            % {"megabytes": limit // (1024 * 1024)},
            code="too_large",
        )
    if _looks_like_svg(upload):
        raise ValidationError(
            _(
                "SVG images are not accepted, as they can contain scripts. Upload a "
                "JPEG, PNG, WebP or GIF image."
            ),
            code="svg",
        )
    image = _open_checked(upload)
    image = ImageOps.exif_transpose(image).convert("RGB")
    size = settings.AVATAR_SIZE
    image = ImageOps.fit(image, (size, size), Image.Resampling.LANCZOS)
    output = BytesIO()
    image.save(output, format="JPEG", quality=85, optimize=True)
    return ContentFile(output.getvalue(), name="avatar.jpg")
