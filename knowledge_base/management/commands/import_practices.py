"""Import good practices from a JSON Lines file (docs/import-format.md)."""

from django.core.management.base import BaseCommand, CommandError

from knowledge_base.importing import CREATE, UNCHANGED, UPDATE, import_plan
from knowledge_base.services import practices_import


class Command(BaseCommand):
    help = (
        "Import good practices from a JSON Lines file, one practice per line, keyed "
        "by external_id. Every line is checked first; if any is wrong, every error "
        "is listed and nothing is imported."
    )

    def add_arguments(self, parser):
        parser.add_argument("file", help="The JSON Lines file (UTF-8).")
        parser.add_argument(
            "--dry-run",
            action="store_true",
            help="Check the file and say what would change, without changing it.",
        )
        parser.add_argument(
            "--create-missing",
            action="store_true",
            help="Add topics, sectors, subregions and funding sources the file names "
            "but the site does not have yet, instead of reporting them as errors.",
        )

    def handle(self, *args, file: str, dry_run: bool, create_missing: bool, **options):
        plan = import_plan(_lines(file), create_missing=create_missing)
        if plan.errors:
            for error in plan.errors:
                self.stderr.write(str(error))
            lines = len({error.line for error in plan.errors})
            raise CommandError(
                f"{lines} line(s) with errors; nothing was imported.", returncode=1
            )
        if dry_run:
            self.stdout.write(
                f"Dry run: {len(plan.practices)} practice(s) checked, nothing "
                "written. Importing would give: " + _counts(plan)
            )
            return
        progress = ProgressBar(self.stdout, total=len(plan.practices))
        summary = practices_import(plan=plan, progress=progress.advance)
        progress.finish()
        for term in summary.new_terms:
            self.stdout.write(
                f"Added {term._meta.verbose_name} “{term.slug}”; give it its names "
                "in the admin."
            )
        self.stdout.write(
            self.style.SUCCESS(
                f"created {summary.created}, updated {summary.updated}, "
                f"unchanged {summary.unchanged}"
            )
        )


def _lines(path: str) -> list[str]:
    try:
        with open(path, encoding="utf-8-sig") as file:
            return file.read().splitlines()
    except OSError as error:
        raise CommandError(f"Cannot read {path}: {error.strerror}.") from error
    except UnicodeDecodeError as error:
        raise CommandError(f"{path} is not UTF-8 text: {error}.") from error


def _counts(plan) -> str:
    return (
        f"created {plan.count(CREATE)}, updated {plan.count(UPDATE)}, "
        f"unchanged {plan.count(UNCHANGED)}"
    )


class ProgressBar:
    """A bar redrawn in place on a terminal; nothing when the output is a file or a
    pipe, where it would only add noise."""

    WIDTH = 30

    def __init__(self, stdout, *, total: int):
        self.stdout = stdout
        self.total = total
        self.done = 0
        self.enabled = total > 0 and stdout.isatty()

    def advance(self) -> None:
        self.done += 1
        if self.enabled:
            filled = self.WIDTH * self.done // self.total
            bar = "#" * filled + "-" * (self.WIDTH - filled)
            self.stdout.write(f"\r[{bar}] {self.done}/{self.total}", ending="")
            self.stdout.flush()

    def finish(self) -> None:
        if self.enabled:
            self.stdout.write("")
