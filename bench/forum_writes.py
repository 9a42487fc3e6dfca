"""Forum replies under load, through the real reply view (session, CSRF, the
per-member rate limit, the row lock on the topic), checked against the database.

Paced run: 16 posters share a fixed offered rate; a post's latency counts from the
moment it was due, so a server that falls behind shows it (no coordinated
omission). Closed run: each poster sends its next post when the last is answered,
which gives the most the two workers can take. Every post carries a unique marker;
each acknowledged one (302) must be stored exactly once.
"""

import http.client
import re
import secrets
import statistics
import string
import threading
import time
import urllib.parse
from collections import Counter

POSTERS = 16
MARKER = re.compile(r"bench-write-[0-9a-f]{32}")


def _percentile(values: list[float], share: float) -> float:
    if not values:
        return 0.0
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


class Poster(threading.Thread):
    """One member-like client with its own persistent connection."""

    def __init__(self, *, port, sessions, topic_ids, due_times, deadline):
        super().__init__(daemon=True)
        self.port, self.sessions, self.topic_ids = port, sessions, topic_ids
        self.due_times, self.deadline = due_times, deadline
        self.csrf = "".join(
            secrets.choice(string.ascii_letters + string.digits) for _ in range(32)
        )
        self.latencies, self.acknowledged, self.errors = [], [], 0
        self.connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)

    def post(self, number: int, due: float) -> None:
        marker = f"bench-write-{secrets.token_hex(16)}"
        topic = secrets.choice(self.topic_ids)
        session = self.sessions[number % len(self.sessions)]
        body = urllib.parse.urlencode(
            {
                "csrfmiddlewaretoken": self.csrf,
                "body_markdown": f"Dziękuję za odpowiedź, to pomaga. {marker}",
            }
        )
        headers = {
            "Content-Type": "application/x-www-form-urlencoded",
            "Cookie": f"sessionid={session}; csrftoken={self.csrf}",
        }
        try:
            self.connection.request(
                "POST", f"/forum/temat/{topic}/odpowiedz/", body, headers
            )
            response = self.connection.getresponse()
            response.read()
        except (OSError, http.client.HTTPException):
            self.connection.close()
            self.errors += 1
            return
        self.latencies.append((time.monotonic() - due) * 1000)
        if response.status == 302:
            self.acknowledged.append(marker)
        else:
            self.errors += 1

    def run(self) -> None:
        number = 0
        while time.monotonic() < self.deadline:
            due = self.due_times(number) if self.due_times else time.monotonic()
            if due >= self.deadline:
                break
            wait = due - time.monotonic()
            if wait > 0:
                time.sleep(wait)
            self.post(number, due)
            number += 1


def _drive(*, port, sessions, topic_ids, seconds, rate=None) -> dict:
    start = time.monotonic() + 0.5
    deadline = start + seconds
    posters = []
    for index in range(POSTERS):
        mine = sessions[index::POSTERS]
        due = None
        if rate:

            def due(number, index=index):
                return start + (number * POSTERS + index) / rate

        posters.append(
            Poster(
                port=port,
                sessions=mine,
                topic_ids=topic_ids,
                due_times=due,
                deadline=deadline,
            )
        )
    for poster in posters:
        poster.start()
    for poster in posters:
        poster.join()
    latencies = [value for poster in posters for value in poster.latencies]
    return {
        "rate": sum(len(p.acknowledged) for p in posters) / seconds,
        "p50": statistics.median(latencies) if latencies else 0.0,
        "p95": _percentile(latencies, 0.95),
        "p99": _percentile(latencies, 0.99),
        "errors": sum(poster.errors for poster in posters),
        "markers": [marker for poster in posters for marker in poster.acknowledged],
    }


def stored_markers(database_url: str) -> Counter:
    query = "SELECT body_markdown FROM forum_post WHERE body_markdown LIKE %s"
    if database_url.startswith("postgres"):
        import psycopg

        with psycopg.connect(database_url) as connection:
            rows = connection.execute(query, ("%bench-write-%",)).fetchall()
    else:
        import sqlite3

        with sqlite3.connect(database_url.removeprefix("sqlite:///")) as connection:
            rows = connection.execute(
                query.replace("%s", "?"), ("%bench-write-%",)
            ).fetchall()
    return Counter(marker for (text,) in rows for marker in MARKER.findall(text))


def run(*, port, database_url, topic_ids, sessions, rate=100, seconds=8) -> dict:
    half = len(sessions) // 2
    paced = _drive(
        port=port,
        sessions=sessions[:half],
        topic_ids=topic_ids,
        seconds=seconds,
        rate=rate,
    )
    closed = _drive(port=port, sessions=sessions[half:], topic_ids=topic_ids, seconds=5)
    stored = stored_markers(database_url)
    acknowledged = paced["markers"] + closed["markers"]
    return {
        "posters": POSTERS,
        "offered_rate": rate,
        "seconds": seconds,
        "rate": paced["rate"],
        "p50": paced["p50"],
        "p95": paced["p95"],
        "p99": paced["p99"],
        "errors": paced["errors"] + closed["errors"],
        "closed_rate": closed["rate"],
        "closed_p95": closed["p95"],
        "acknowledged": len(acknowledged),
        "stored_once": sum(1 for marker in acknowledged if stored[marker] == 1),
        "missing": sum(1 for marker in acknowledged if stored[marker] == 0),
        "duplicated": sum(1 for marker in acknowledged if stored[marker] > 1),
    }
