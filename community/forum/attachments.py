"""Files attached to posts: checked by their content, never by their name or the
type the browser claims; stored under a random name; served to members only by
community.forum.views.attachments, never from MEDIA_URL.

Accepted (documented in docs/deployment.md):
- images: JPEG, PNG, WebP, GIF — re-encoded, which drops EXIF and other metadata
  (a photo's location), turned upright and shrunk to IMAGE_MAX_SIDE pixels a side;
  an animated GIF keeps its first frame;
- documents: PDF, and Office files without macros: docx, xlsx, pptx, odt, ods.
Each file at most MAX_FILE_SIZE, at most MAX_FILES_PER_POST files to a post. SVG,
HTML and everything else is refused.
"""

import re
import unicodedata
import uuid
import warnings
import zipfile
from dataclasses import dataclass
from io import BytesIO

from django.core.exceptions import PermissionDenied, ValidationError
from django.core.files.base import ContentFile
from django.utils.translation import gettext as _
from PIL import Image, ImageOps, UnidentifiedImageError

from community.access import is_approved_member, is_moderator
from community.forum.models import Attachment

MAX_FILE_SIZE = 10 * 1024 * 1024
MAX_FILES_PER_POST = 5
IMAGE_MAX_SIDE = 1600
IMAGE_MAX_PIXELS = 40_000_000
FILENAME_MAX_LENGTH = 100

# Pillow's format name → (content type, extension).
IMAGE_TYPES = {
    "JPEG": ("image/jpeg", "jpg"),
    "PNG": ("image/png", "png"),
    "WEBP": ("image/webp", "webp"),
    "GIF": ("image/gif", "gif"),
}
PDF = ("application/pdf", "pdf")
# The part every Office Open XML file of the kind has → (content type, extension).
OOXML_MAIN_PARTS = {
    "word/document.xml": (
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        "docx",
    ),
    "xl/workbook.xml": (
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        "xlsx",
    ),
    "ppt/presentation.xml": (
        "application/vnd.openxmlformats-officedocument.presentationml.presentation",
        "pptx",
    ),
}
# An OpenDocument file names its type in its first member, "mimetype".
ODF_TYPES = {
    "application/vnd.oasis.opendocument.text": "odt",
    "application/vnd.oasis.opendocument.spreadsheet": "ods",
}
ZIP_MAX_MEMBERS = 5_000


@dataclass(frozen=True)
class CleanUpload:
    """An accepted file, ready to be stored."""

    content: bytes
    filename: str
    content_type: str
    kind: str


def accepted_types_text() -> str:
    return _(
        "Images (JPEG, PNG, WebP, GIF) and documents (PDF, docx, xlsx, pptx, odt, "
        "ods), up to %(megabytes)s MB each, at most %(count)s files."
    ) % {"megabytes": MAX_FILE_SIZE // (1024 * 1024), "count": MAX_FILES_PER_POST}


def uploads_clean(files) -> list[CleanUpload]:
    """Check every uploaded file; a ValidationError names each refused file and
    why. Nothing is stored here."""
    files = [upload for upload in files if upload]
    if len(files) > MAX_FILES_PER_POST:
        raise ValidationError(
            _("Attach at most %(count)s files to a post.")
            % {"count": MAX_FILES_PER_POST},
            code="too_many",
        )
    cleaned, errors = [], []
    for upload in files:
        try:
            cleaned.append(upload_clean(upload))
        except ValidationError as error:
            errors.append(
                ValidationError(
                    "%(name)s: %(problem)s",
                    params={
                        "name": filename_sanitize(upload.name or "", extension=""),
                        "problem": " ".join(error.messages),
                    },
                    code=error.code,
                )
            )
    if errors:
        raise ValidationError(errors)
    return cleaned


def upload_clean(upload) -> CleanUpload:
    if upload.size > MAX_FILE_SIZE:
        raise ValidationError(
            _("The file is too large (at most %(megabytes)s MB).")
            % {"megabytes": MAX_FILE_SIZE // (1024 * 1024)},
            code="too_large",
        )
    head = upload.read(1024)
    upload.seek(0)
    if head.startswith(b"%PDF-"):
        content_type, extension = PDF
        kind, content = Attachment.Kind.DOCUMENT, upload.read()
    elif head.startswith(b"PK\x03\x04"):
        content_type, extension = _office_type(upload)
        kind, content = Attachment.Kind.DOCUMENT, upload.read()
    elif _looks_like_markup(head):
        raise ValidationError(
            _("Web pages and SVG images are not accepted, as they can run scripts."),
            code="markup",
        )
    else:
        content, (content_type, extension) = _image_prepare(upload)
        kind = Attachment.Kind.IMAGE
    return CleanUpload(
        content=content,
        filename=filename_sanitize(upload.name or "", extension=extension),
        content_type=content_type,
        kind=kind,
    )


def filename_sanitize(name: str, *, extension: str) -> str:
    """A name safe in a header and on any disk: no folders, no control or special
    characters, the extension of the file's real type."""
    name = unicodedata.normalize("NFC", re.split(r"[\\/]", name)[-1])
    stem = name.rsplit(".", 1)[0] if extension and "." in name else name
    stem = re.sub(r"[^\w\- ().]+", "_", stem).strip(" ._")
    stem = re.sub(r"_{2,}", "_", stem)[:FILENAME_MAX_LENGTH] or _("attachment")
    return f"{stem}.{extension}" if extension else stem


def _looks_like_markup(head: bytes) -> bool:
    start = head.lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    return start.startswith(b"<") or b"<svg" in head.lower()


def _office_type(upload) -> tuple[str, str]:
    not_office = ValidationError(
        _("This file is not a document we accept."), code="not_a_document"
    )
    try:
        with zipfile.ZipFile(upload) as archive:
            members = archive.infolist()
            if len(members) > ZIP_MAX_MEMBERS:
                raise not_office
            names = {member.filename for member in members}
            if any(name.lower().endswith("vbaproject.bin") for name in names):
                raise ValidationError(
                    _("Documents with macros are not accepted."), code="macros"
                )
            if "[Content_Types].xml" in names:
                for part, found in OOXML_MAIN_PARTS.items():
                    if part in names:
                        return found
            first = members[0] if members else None
            if first and first.filename == "mimetype" and first.file_size < 100:
                mimetype = archive.read(first).decode("ascii", "replace").strip()
                if mimetype in ODF_TYPES:
                    return mimetype, ODF_TYPES[mimetype]
    except (zipfile.BadZipFile, OSError, RuntimeError, NotImplementedError):
        raise not_office from None
    finally:
        upload.seek(0)
    raise not_office


def _image_prepare(upload) -> tuple[bytes, tuple[str, str]]:
    image = _image_open(upload)
    image_format = image.format
    image = ImageOps.exif_transpose(image)
    if image_format == "JPEG" and image.mode not in ("RGB", "L"):
        image = image.convert("RGB")
    image.thumbnail((IMAGE_MAX_SIDE, IMAGE_MAX_SIDE), Image.Resampling.LANCZOS)
    # Nothing of the original's metadata (EXIF, comments, text chunks) goes along.
    image.info = {}
    output = BytesIO()
    options = {"quality": 85} if image_format in ("JPEG", "WEBP") else {}
    image.save(output, format=image_format, **options)
    return output.getvalue(), IMAGE_TYPES[image_format]


def _image_open(upload) -> Image.Image:
    not_accepted = ValidationError(
        _(
            "This file type is not accepted. Attach an image (JPEG, PNG, WebP, GIF) "
            "or a document (PDF, docx, xlsx, pptx, odt, ods)."
        ),
        code="type",
    )
    too_many_pixels = ValidationError(
        _("This image has too many pixels (at most %(megapixels)s megapixels).")
        % {"megapixels": IMAGE_MAX_PIXELS // 1_000_000},
        code="too_many_pixels",
    )
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            image = Image.open(upload)
            if image.format not in IMAGE_TYPES:
                raise not_accepted
            # Checked before the pixels are decoded: a small file can unpack into
            # gigabytes (a decompression bomb).
            if image.width * image.height > IMAGE_MAX_PIXELS:
                raise too_many_pixels
            image.load()
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        raise too_many_pixels from None
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError):
        raise not_accepted from None
    return image


def attachments_store(*, post, uploads: list[CleanUpload], user) -> list[Attachment]:
    """Store cleaned uploads (uploads_clean) as the post's attachments, under random
    names. Only the post's author, or a moderator, may attach files to it."""
    if not is_approved_member(user):
        raise PermissionDenied(_("Only members may attach files."))
    if post.author_id != user.pk and not is_moderator(user):
        raise PermissionDenied(_("You may attach files only to your own posts."))
    if post.attachments.count() + len(uploads) > MAX_FILES_PER_POST:
        raise ValidationError(
            _("Attach at most %(count)s files to a post.")
            % {"count": MAX_FILES_PER_POST},
            code="too_many",
        )
    stored = []
    for upload in uploads:
        extension = upload.filename.rsplit(".", 1)[-1]
        attachment = Attachment(
            post=post,
            uploaded_by=user,
            filename=upload.filename,
            content_type=upload.content_type,
            size=len(upload.content),
            kind=upload.kind,
        )
        attachment.file.save(
            f"{uuid.uuid4().hex}.{extension}", ContentFile(upload.content), save=False
        )
        attachment.save()
        stored.append(attachment)
    return stored


def attachments_visible_to(user):
    """Attachments the user may download: in topics they can open, of posts that
    are not deleted; of hidden posts for moderators only."""
    from community.forum.models import Topic

    visible = Attachment.objects.filter(
        post__topic__in=Topic.objects.visible_to(user), post__deleted_at__isnull=True
    )
    return visible if is_moderator(user) else visible.filter(post__is_hidden=False)
