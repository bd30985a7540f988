"""The languages letters are written in, and which one each household gets.

A template has its Italian text and may have English, French, Spanish and Arabic versions of
it. A household's ``preferred_language`` (free text in the registry: "italiano", "arabo",
"francese"... or a code) picks the version; a language the template lacks, or one outside
these five, falls back to Italian.
"""

from __future__ import annotations

LANGUAGES: dict[str, str] = {"it": "Italiano", "en": "Inglese", "fr": "Francese",
                             "es": "Spagnolo", "ar": "Arabo"}
RTL = frozenset({"ar"})
FALLBACK = "it"

_NAMES = {
    "it": ("it", "italiano", "italiana", "italian"),
    "en": ("en", "inglese", "english"),
    "fr": ("fr", "francese", "français", "francais", "french"),
    "es": ("es", "spagnolo", "español", "espanol", "spanish", "castellano"),
    "ar": ("ar", "arabo", "araba", "arabic", "العربية"),
}
_BY_NAME = {name: code for code, names in _NAMES.items() for name in names}


def language_code(preferred: str | None) -> str | None:
    """The code of a registry language name ("arabo" -> "ar"), None when not one of ours."""
    return _BY_NAME.get((preferred or "").strip().casefold())


def pick(preferred: str | None, available) -> str:
    """The language of the version a household receives: its own when the template has it,
    Italian otherwise."""
    code = language_code(preferred)
    return code if code in available else FALLBACK
