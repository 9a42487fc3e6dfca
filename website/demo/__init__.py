"""The website's demo content: the page tree in Polish, the default site and its
settings, the English home and "about" pages, and the demo accounts.

`load` is the website's loader for `manage.py load_demo_content`. Other apps' loaders
take the same arguments and return their own tallies.
"""

from dataclasses import dataclass

from website.demo.accounts import load_accounts
from website.demo.pages import load_pages


@dataclass
class Tally:
    """How many demo objects of one kind a loader created, and how many it found."""

    noun: str
    created: int = 0
    present: int = 0

    def __str__(self) -> str:
        return f"created {self.created} {self.noun}, {self.present} already present"

    def record(self, *, created: bool) -> None:
        if created:
            self.created += 1
        else:
            self.present += 1


def load(*, stdout, reset_passwords: bool = False) -> list[Tally]:
    pages = Tally("pages")
    load_pages(pages)
    accounts = Tally("accounts")
    load_accounts(stdout=stdout, reset_passwords=reset_passwords, tally=accounts)
    return [pages, accounts]
