"""Load the demo content, app by app. Safe to run again: only what is missing is
created."""

from django.core.management.base import BaseCommand
from django.db import transaction
from django.utils.module_loading import import_string

# Run in this order, so a loader may use what an earlier one created. Each is called
# as load(stdout=..., reset_passwords=...) and returns the Tally of each kind of
# object it handles (website.demo.Tally).
DEMO_LOADERS = (
    "website.demo.load",
    "knowledge_base.demo.load",
    "events.demo.load",  # links events to the knowledge base's practices
    "community.demo.load",  # links members to the knowledge base's initiatives
    "community.forum.demo.load",  # discussions among the community's demo members
)


class Command(BaseCommand):
    help = (
        "Load realistic Polish demo content: pages, site settings and demo accounts, "
        "whose passwords are printed. Running it again creates only what is missing."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--reset-passwords",
            action="store_true",
            help="Give demo accounts that already exist new passwords, and print them.",
        )

    def handle(self, *args, reset_passwords: bool, **options):
        created_anything = False
        for loader_path in DEMO_LOADERS:
            with transaction.atomic():
                tallies = import_string(loader_path)(
                    stdout=self.stdout, reset_passwords=reset_passwords
                )
            app_label = loader_path.split(".")[0]
            for tally in tallies:
                self.stdout.write(f"{app_label}: {tally}")
                created_anything = created_anything or tally.created > 0
        if created_anything:
            self.stdout.write(self.style.SUCCESS("Demo content loaded."))
        else:
            self.stdout.write("Demo content already present; nothing was created.")
