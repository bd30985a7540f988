"""Recognising a person in text typed freely by other areas (a booking's requester, a ticket's
reporter, a note): full names in either order, phone numbers however spaced, e-mail addresses.

Other areas link people by id where they can; where the office typed a name instead, the
access report finds it and the retention anonymisation removes it with this matcher.
"""

from __future__ import annotations

import re
import uuid
from collections import defaultdict
from dataclasses import dataclass
from collections.abc import Iterable

from borgo_desktop.models import Household, Person

REDACTED = "[omesso]"
MIN_PHONE_DIGITS = 6
MIN_SURNAME = 3
_PHONE_LIKE = re.compile(r"\+?\d[\d\s./-]{4,}\d")
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")


def _digits(text: str) -> str:
    return re.sub(r"\D", "", text or "")


def _fold(text: str) -> str:
    return " ".join((text or "").split()).casefold()


def _name_pattern(first: str, second: str) -> str:
    return r"\s+".join(re.escape(w) for w in f"{first} {second}".split())


@dataclass(frozen=True)
class Identity:
    """What identifies some people: their names, surnames, phones and e-mail addresses."""
    names: tuple[tuple[str, str], ...] = ()  # (given name, surname)
    phones: tuple[str, ...] = ()  # digits only
    emails: tuple[str, ...] = ()
    person_ids: tuple[uuid.UUID, ...] = ()

    @classmethod
    def of(cls, people: Iterable[Person], household: Household | None = None) -> Identity:
        people = list(people)
        phones = [p.phone for p in people] + ([household.phone] if household else [])
        emails = [p.email for p in people] + ([household.email] if household else [])
        return cls(tuple((p.given_name.strip(), p.surname.strip()) for p in people
                         if p.given_name.strip() and p.surname.strip()),
                   tuple(sorted({d for d in map(_digits, phones) if len(d) >= MIN_PHONE_DIGITS})),
                   tuple(sorted({e.strip().casefold() for e in emails if e and e.strip()})),
                   tuple(p.id for p in people))

    @property
    def surnames(self) -> tuple[str, ...]:
        return tuple(sorted({s for _, s in self.names if len(s) >= MIN_SURNAME}))

    def lookup_keys(self) -> set[str]:
        """The keys under which a :class:`TextIndex` files a text that may name them."""
        return ({s.casefold().split()[-1] for _, s in self.names}
                | {f"tel:{p}" for p in self.phones} | {f"mail:{e}" for e in self.emails})

    def __bool__(self) -> bool:
        return bool(self.names or self.phones or self.emails)

    def matches(self, text: str | None) -> bool:
        """Whether ``text`` names one of these people (full name), or gives a phone or e-mail."""
        if not text:
            return False
        folded, digits = _fold(text), _digits(text)
        return (any(_fold(f"{g} {s}") in folded or _fold(f"{s} {g}") in folded
                    for g, s in self.names)
                or any(p in digits for p in self.phones)
                or any(e in folded for e in self.emails))

    def scrub(self, text: str | None, *, surnames: bool = True) -> str:
        """``text`` with names, phones and e-mails replaced by [omesso]. ``surnames``: also a
        surname on its own (safe in records linked to the household, like its tickets)."""
        if not text or not self:
            return text or ""
        patterns = [_name_pattern(g, s) for g, s in self.names]
        patterns += [_name_pattern(s, g) for g, s in self.names]
        patterns += [re.escape(e) for e in self.emails]
        patterns += [r"[\s./-]?".join(p) for p in self.phones]  # "333 123.45-67" too
        if surnames:
            patterns += [rf"\b{re.escape(s)}\b" for s in self.surnames]
        # Longest first, so a full name goes before its surname alone.
        pattern = "|".join(sorted(patterns, key=len, reverse=True))
        return re.sub(pattern, REDACTED, text, flags=re.IGNORECASE)


def text_keys(text: str) -> set[str]:
    """Words, phone numbers (digits only) and e-mail addresses found in ``text``."""
    keys = set(re.findall(r"\w+", text.casefold()))
    keys |= {f"tel:{_digits(m)}" for m in _PHONE_LIKE.findall(text)}
    return keys | {f"mail:{m.casefold()}" for m in _EMAIL.findall(text)}


class TextIndex:
    """The distinct values of a free-text column, filed by word, phone and e-mail: built once,
    it answers "which values may name these people?" for any number of households without a
    scan each (the matcher then confirms every candidate)."""

    def __init__(self, texts: Iterable[str]) -> None:
        self._texts: dict[str, set[str]] = defaultdict(set)
        for text in texts:
            for key in text_keys(text or ""):
                self._texts[key].add(text)

    def candidates(self, identity: Identity) -> set[str]:
        return {t for k in identity.lookup_keys() for t in self._texts.get(k, ())
                if identity.matches(t)}
