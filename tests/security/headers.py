"""What every HTML response of the public site must carry, and must not contain."""

import re

# An inline script: a <script> without src, unless it only holds data (JSON).
INLINE_SCRIPT = re.compile(
    r"<script(?![^>]*\bsrc=)(?![^>]*type=\"application/(?:ld\+)?json\")[^>]*>",
    re.IGNORECASE,
)
INLINE_STYLE = re.compile(r"<style[\s>]|\sstyle=\"", re.IGNORECASE)


def directive(csp: str, name: str) -> str:
    for part in csp.split(";"):
        if part.strip().startswith(name + " "):
            return part.strip()
    return ""


def header_problems(response, html: str) -> list[str]:
    """Missing security headers, or inline code the CSP would block."""
    if not response.get("Content-Type", "").startswith("text/html"):
        return []
    problems = []
    if response.get("X-Content-Type-Options") != "nosniff":
        problems.append("no X-Content-Type-Options: nosniff")
    if not response.get("Referrer-Policy"):
        problems.append("no Referrer-Policy")
    csp = response.get("Content-Security-Policy", "")
    if not csp:
        return [*problems, "no Content-Security-Policy"]
    framing = directive(csp, "frame-ancestors")
    if (
        response.get("X-Frame-Options") != "DENY"
        and framing != "frame-ancestors 'none'"
    ):
        problems.append("may be framed by other sites")
    if "'unsafe-inline'" in directive(csp, "script-src"):
        problems.append("script-src allows 'unsafe-inline'")
    if INLINE_SCRIPT.search(html):
        problems.append(f"inline script: {INLINE_SCRIPT.search(html).group(0)}")
    if INLINE_STYLE.search(html):
        problems.append(f"inline style: {INLINE_STYLE.search(html).group(0)}")
    return problems
