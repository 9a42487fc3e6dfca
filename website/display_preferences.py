"""Contrast and text size: visitors' display choices, kept in cookies.

They work without JavaScript (a link sets the cookie and comes back); the script in
static/js/display-preferences.js only saves the round trip.
"""

from dataclasses import dataclass

CONTRAST_COOKIE = "contrast"
TEXT_SIZE_COOKIE = "text_size"
COOKIE_MAX_AGE = 365 * 24 * 60 * 60

# Each preference: its cookie and the values it accepts; the first is the default.
PREFERENCES = {
    "contrast": (CONTRAST_COOKIE, ("normal", "high")),
    "text-size": (TEXT_SIZE_COOKIE, ("normal", "large", "larger")),
}


@dataclass(frozen=True)
class DisplayPreferences:
    contrast: str
    text_size: str

    @property
    def high_contrast(self) -> bool:
        return self.contrast == "high"

    @property
    def html_classes(self) -> str:
        classes = [f"text-{self.text_size}"]
        if self.high_contrast:
            classes.append("contrast-high")
        return " ".join(classes)


def preference_value(request, name: str) -> str:
    cookie, allowed = PREFERENCES[name]
    value = request.COOKIES.get(cookie)
    return value if value in allowed else allowed[0]


def display_preferences(request) -> DisplayPreferences:
    return DisplayPreferences(
        contrast=preference_value(request, "contrast"),
        text_size=preference_value(request, "text-size"),
    )


def context_processor(request):
    return {"display": display_preferences(request)}
