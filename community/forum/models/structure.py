"""The forum's structure: categories hold topics, topics hold numbered posts.

Counters on Topic and Category (post_count, last_post, last_posted_at) are kept by
the posting services under a row lock on the topic, so they stay exact when many
members post at once. A post's HTML is rendered and sanitized once, on write
(community.forum.markup); templates show `body_html` as stored.
"""

from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from wagtail.search import index

from community.forum.models.querysets import (
    CategoryQuerySet,
    PostQuerySet,
    TopicQuerySet,
)
from search.indexing import LEMMA_SEARCH_FIELDS, PolishSearchable

TITLE_MAX_LENGTH = 150
POST_MAX_LENGTH = 20_000


class Category(models.Model):
    class Kind(models.TextChoices):
        DISCUSSION = "discussion", _("Discussion")
        QUESTIONS = "questions", _("Questions and answers")

    name = models.CharField(_("name"), max_length=100)
    name_en = models.CharField(_("name in English"), max_length=100, blank=True)
    slug = models.SlugField(_("slug"), max_length=100, unique=True)
    description = models.TextField(_("description"), blank=True)
    description_en = models.TextField(_("description in English"), blank=True)
    kind = models.CharField(
        _("kind"), max_length=20, choices=Kind.choices, default=Kind.DISCUSSION
    )
    moderators_only = models.BooleanField(
        _("moderators only"),
        default=False,
        help_text=_("Only moderators can see and post in this category."),
    )
    position = models.PositiveIntegerField(_("position"), default=0)
    topic_count = models.PositiveIntegerField(default=0, editable=False)
    post_count = models.PositiveIntegerField(default=0, editable=False)
    last_posted_at = models.DateTimeField(null=True, blank=True, editable=False)

    objects = CategoryQuerySet.as_manager()

    class Meta:
        ordering = ["position", "name"]
        verbose_name = _("forum category")
        verbose_name_plural = _("forum categories")

    def __str__(self) -> str:
        return self.display_name

    def get_absolute_url(self) -> str:
        return reverse("forum:category", kwargs={"slug": self.slug})

    @property
    def display_name(self) -> str:
        if get_language() == "en" and self.name_en:
            return self.name_en
        return self.name

    @property
    def display_description(self) -> str:
        if get_language() == "en" and self.description_en:
            return self.description_en
        return self.description

    @property
    def is_questions(self) -> bool:
        return self.kind == self.Kind.QUESTIONS


class Topic(PolishSearchable, index.Indexed, models.Model):
    category = models.ForeignKey(
        Category,
        on_delete=models.PROTECT,
        related_name="topics",
        verbose_name=_("category"),
    )
    title = models.CharField(_("title"), max_length=TITLE_MAX_LENGTH)
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="forum_topics",
        verbose_name=_("author"),
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    # Kept by the posting services under a row lock (see module docstring).
    post_count = models.PositiveIntegerField(default=0, editable=False)
    last_post = models.ForeignKey(
        "Post", on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    last_posted_at = models.DateTimeField(null=True, blank=True, db_index=True)
    view_count = models.PositiveIntegerField(default=0, editable=False)
    is_pinned = models.BooleanField(_("pinned"), default=False)
    is_locked = models.BooleanField(_("locked"), default=False)
    solution = models.ForeignKey(
        "Post",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("solution"),
    )
    merged_into = models.ForeignKey(
        "self",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="merged_topics",
        help_text=_("Set when a moderator merged this topic into another."),
    )
    # The bridge to the knowledge base: the practice this topic discusses, and the
    # draft practice proposed from this topic.
    practice = models.OneToOneField(
        "knowledge_base.GoodPracticePage",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="forum_topic",
        verbose_name=_("discussed practice"),
    )
    proposed_practice = models.ForeignKey(
        "knowledge_base.GoodPracticePage",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="proposed_from_topics",
        verbose_name=_("proposed good practice"),
    )

    objects = TopicQuerySet.as_manager()

    search_fields = [
        index.SearchField("title", boost=3),
        index.AutocompleteField("title"),
        index.FilterField("category_id"),
        index.FilterField("merged_into_id"),
        *LEMMA_SEARCH_FIELDS,
    ]

    class Meta:
        ordering = ["-is_pinned", "-last_posted_at"]
        indexes = [models.Index(fields=["category", "-is_pinned", "-last_posted_at"])]
        verbose_name = _("topic")
        verbose_name_plural = _("topics")

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("forum:topic", kwargs={"pk": self.pk})

    @property
    def reply_count(self) -> int:
        return max(self.post_count - 1, 0)

    def opening_post_text(self) -> str:
        """The opening post's text for search, unless hidden or deleted."""
        opening = self.posts.filter(
            number=1, is_hidden=False, deleted_at__isnull=True
        ).first()
        return opening.body_markdown if opening else ""

    def search_body_text(self) -> str:
        return self.opening_post_text()


class Post(models.Model):
    topic = models.ForeignKey(
        Topic, on_delete=models.CASCADE, related_name="posts", verbose_name=_("topic")
    )
    # 1 for the opening post, then 2, 3, ... in the order they were written.
    number = models.PositiveIntegerField(_("number"))
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="forum_posts",
        verbose_name=_("author"),
    )
    body_markdown = models.TextField(_("text"), max_length=POST_MAX_LENGTH)
    body_html = models.TextField(editable=False)  # sanitized on write
    created_at = models.DateTimeField(_("written"), auto_now_add=True)
    edited_at = models.DateTimeField(_("edited"), null=True, blank=True)
    is_hidden = models.BooleanField(_("hidden by a moderator"), default=False)
    hidden_reason = models.CharField(_("reason for hiding"), max_length=300, blank=True)
    deleted_at = models.DateTimeField(_("deleted"), null=True, blank=True)
    helpful_count = models.PositiveIntegerField(default=0, editable=False)
    mentions = models.ManyToManyField(
        settings.AUTH_USER_MODEL, blank=True, related_name="forum_mentions"
    )
    quoted_posts = models.ManyToManyField(
        "self", symmetrical=False, blank=True, related_name="quoted_by"
    )

    objects = PostQuerySet.as_manager()

    class Meta:
        ordering = ["topic", "number"]
        constraints = [
            models.UniqueConstraint(
                fields=["topic", "number"], name="forum_post_unique_number"
            )
        ]
        verbose_name = _("post")
        verbose_name_plural = _("posts")

    def __str__(self) -> str:
        return f"{self.topic} #{self.number}"

    def get_absolute_url(self) -> str:
        return reverse("forum:post", kwargs={"pk": self.pk})


class PostRevision(models.Model):
    """The text of a post before an edit; moderators can read every revision."""

    post = models.ForeignKey(Post, on_delete=models.CASCADE, related_name="revisions")
    body_markdown = models.TextField()
    # The topic's title before the edit, when an edit of its opening post changed it.
    title = models.CharField(max_length=TITLE_MAX_LENGTH, blank=True, default="")
    edited_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["post", "-created_at"]

    def __str__(self) -> str:
        return f"{self.post} @ {self.created_at:%Y-%m-%d %H:%M}"


class Attachment(models.Model):
    """A file attached to a post; served as a download to members only."""

    class Kind(models.TextChoices):
        IMAGE = "image", _("Image")
        DOCUMENT = "document", _("Document")

    post = models.ForeignKey(Post, on_delete=models.CASCADE, related_name="attachments")
    uploaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    file = models.FileField(upload_to="forum/%Y/%m/")
    filename = models.CharField(_("file name"), max_length=200)
    content_type = models.CharField(max_length=100)
    size = models.PositiveIntegerField()
    kind = models.CharField(max_length=20, choices=Kind.choices)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["post", "pk"]
        verbose_name = _("attachment")
        verbose_name_plural = _("attachments")

    def __str__(self) -> str:
        return self.filename
