"""Run once a day from cron (docs/deployment.md, "Scheduled jobs")."""

from django.core.management.base import BaseCommand

from community.notifications.digests import digests_send


class Command(BaseCommand):
    help = "E-mail the daily forum digest to members who chose it."

    def handle(self, *args, **options):
        sent = digests_send()
        self.stdout.write(f"Forum digests sent: {sent}")
