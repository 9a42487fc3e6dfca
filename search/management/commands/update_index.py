"""Wagtail's `update_index`, showing how far it got, that also rebuilds the search
vocabulary (search.vocabulary) from everything the lemma fields index."""

from modelsearch.index import get_indexed_models
from modelsearch.management.commands.rebuild_modelsearch_index import (
    Command as WagtailUpdateIndexCommand,
)

from search.vocabulary import vocabulary_models, vocabulary_objects, vocabulary_rebuild

PROGRESS_EVERY = 100


class Command(WagtailUpdateIndexCommand):
    help = (
        "Rebuild the search index of every backend and the vocabulary used for "
        "diacritics-free words and typo correction."
    )

    def handle(self, **options):
        self.verbosity = options["verbosity"]
        for model in get_indexed_models():
            count = model.get_indexed_objects().count()
            self.write(f"{model._meta.label}: {count} objects to index")
        super().handle(**options)
        if not options.get("schema_only"):
            self.rebuild_vocabulary()

    def rebuild_vocabulary(self):
        models = vocabulary_models()
        total = sum(vocabulary_objects(model).count() for model in models)
        self.write(f"Vocabulary: reading {total} objects")

        def progress(done):
            if done % PROGRESS_EVERY == 0 or done == total:
                self.write(f"  {done}/{total}")

        objects = (
            obj
            for model in models
            for obj in vocabulary_objects(model).order_by("pk").iterator(500)
        )
        size = vocabulary_rebuild(objects, progress=progress)
        self.write(self.style.SUCCESS(f"Vocabulary: {size} words"))
