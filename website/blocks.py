"""StreamField blocks shared by the site's content pages."""

import re

from django.core.exceptions import ValidationError
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.contrib.table_block.blocks import TableBlock
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.images.blocks import ImageChooserBlock

HEADING_LEVELS = [("h2", _("Level 2")), ("h3", _("Level 3")), ("h4", _("Level 4"))]

RICH_TEXT_FEATURES = [
    "h2",
    "h3",
    "h4",
    "bold",
    "italic",
    "ol",
    "ul",
    "link",
    "document-link",
]


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("Text"), max_length=200)
    level = blocks.ChoiceBlock(label=_("Level"), choices=HEADING_LEVELS, default="h2")

    class Meta:
        icon = "title"
        label = _("Heading")
        template = "blocks/heading_block.html"


class QuoteBlock(blocks.StructBlock):
    quote = blocks.TextBlock(label=_("Quote"))
    attribution = blocks.CharBlock(
        label=_("Attribution"), required=False, max_length=200
    )

    class Meta:
        icon = "openquote"
        label = _("Quote")
        template = "blocks/quote_block.html"


class CaptionedImageBlock(blocks.StructBlock):
    image = ImageChooserBlock(label=_("Image"))
    alt_text = blocks.CharBlock(
        label=_("Alternative text"),
        max_length=250,
        help_text=_("What the image shows, for people who cannot see it."),
    )
    caption = blocks.CharBlock(label=_("Caption"), required=False, max_length=250)

    class Meta:
        icon = "image"
        label = _("Image")
        template = "blocks/captioned_image_block.html"


class DocumentListBlock(blocks.StructBlock):
    heading = blocks.CharBlock(label=_("Heading"), required=False, max_length=200)
    documents = blocks.ListBlock(
        DocumentChooserBlock(label=_("Document")), label=_("Documents")
    )

    class Meta:
        icon = "doc-full"
        label = _("Document list")
        template = "blocks/document_list_block.html"


class CallToActionBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"), max_length=200)
    text = blocks.TextBlock(label=_("Text"), required=False)
    page = blocks.PageChooserBlock(label=_("Page"), required=False)
    url = blocks.URLBlock(label=_("External address"), required=False)
    button_label = blocks.CharBlock(label=_("Button label"), max_length=80)

    class Meta:
        icon = "pick"
        label = _("Call to action")
        template = "blocks/call_to_action_block.html"

    def clean(self, value):
        value = super().clean(value)
        if bool(value.get("page")) == bool(value.get("url")):
            raise blocks.StructBlockValidationError(
                block_errors={
                    "url": ValidationError(
                        _("Choose a page or give an address, not both.")
                    )
                }
            )
        return value


_VIDEO_PATTERNS = [
    (
        re.compile(r"^https://(?:www\.)?youtube\.com/watch\?(?:.*&)?v=([\w-]{11})"),
        "youtube",
    ),
    (re.compile(r"^https://youtu\.be/([\w-]{11})"), "youtube"),
    (
        re.compile(r"^https://(?:www\.)?youtube\.com/(?:embed|shorts)/([\w-]{11})"),
        "youtube",
    ),
    (re.compile(r"^https://(?:www\.)?vimeo\.com/(\d+)"), "vimeo"),
]
_PLAYER_URLS = {
    "youtube": "https://www.youtube-nocookie.com/embed/{id}",
    "vimeo": "https://player.vimeo.com/video/{id}?dnt=1",
}


def parse_video_url(url: str) -> tuple[str, str] | None:
    """Return (provider, video id) for a YouTube or Vimeo address, else None."""
    for pattern, provider in _VIDEO_PATTERNS:
        match = pattern.match(url.strip())
        if match:
            return provider, match.group(1)
    return None


class VideoValue(blocks.StructValue):
    @cached_property
    def player_url(self) -> str:
        provider, video_id = parse_video_url(self["url"])
        return _PLAYER_URLS[provider].format(id=video_id)


class VideoBlock(blocks.StructBlock):
    """A YouTube or Vimeo video, played from the providers' no-tracking players.

    The player address is derived from the URL at render time, so pages never wait on
    an oEmbed call and the Content-Security-Policy can name the two players exactly.
    """

    url = blocks.URLBlock(
        label=_("Video address"), help_text=_("A YouTube or Vimeo address.")
    )
    title = blocks.CharBlock(
        label=_("Title"), max_length=200, help_text=_("Read out by screen readers.")
    )
    transcript = blocks.TextBlock(label=_("Transcript or description"), required=False)

    class Meta:
        icon = "media"
        label = _("Video")
        template = "blocks/video_block.html"
        value_class = VideoValue

    def clean(self, value):
        value = super().clean(value)
        if parse_video_url(value["url"]) is None:
            raise blocks.StructBlockValidationError(
                block_errors={
                    "url": ValidationError(_("Give a YouTube or Vimeo address."))
                }
            )
        return value


class AccessibleTableBlock(TableBlock):
    class Meta:
        icon = "table"
        label = _("Table")
        template = "blocks/table_block.html"


class BodyBlock(blocks.StreamBlock):
    heading = HeadingBlock()
    paragraph = blocks.RichTextBlock(
        label=_("Rich text"),
        features=RICH_TEXT_FEATURES,
        template="blocks/paragraph_block.html",
    )
    quote = QuoteBlock()
    image = CaptionedImageBlock()
    documents = DocumentListBlock()
    table = AccessibleTableBlock(
        table_options={
            "contextMenu": [
                "row_above",
                "row_below",
                "col_left",
                "col_right",
                "remove_row",
                "remove_col",
                "undo",
                "redo",
            ]
        }
    )
    call_to_action = CallToActionBlock()
    video = VideoBlock()

    class Meta:
        label = _("Content")
