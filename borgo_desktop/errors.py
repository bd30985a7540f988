"""Typed errors: what the user can fix (Italian message) versus a bug.

A :class:`UserError` carries an Italian message *template* and its parameters, so the
window can translate the template (Qt context ``UserError``) before filling it in, and the
CLI prints the Italian text as it is.
"""

from __future__ import annotations


class UserError(Exception):
    """A problem the user can fix: bad input, a refused transition, a missing record."""

    def __init__(self, template: str, *, field: str | None = None, **params: object) -> None:
        self.template = template
        self.field = field
        self.params = params
        super().__init__(self.text)

    @property
    def text(self) -> str:
        return self.template.format(**self.params) if self.params else self.template


class Words(tuple):
    """A message parameter made of parts, e.g. a list of actions or «sabato 12/12/2026 …»:
    it reads as the parts joined by ``sep``; the window translates each part on its own
    (a service word gets its English, data stay as they are)."""

    def __new__(cls, parts, sep: str = ", "):
        words = super().__new__(cls, parts)
        words.sep = sep
        return words

    def __str__(self) -> str:
        return self.sep.join(map(str, self))

    def __format__(self, spec: str) -> str:
        return format(str(self), spec)


class ValidationError(UserError):
    """One or more form fields are invalid; ``problems`` maps field -> UserError."""

    def __init__(self, problems: dict[str, UserError]) -> None:
        self.problems = problems
        first = next(iter(problems.values()))
        super().__init__(first.template, field=first.field, **first.params)


class NotFound(UserError):
    pass


class StoreError(UserError):
    """The user's environment: a database that is too new, unreachable or damaged."""


class StaleEdit(UserError):
    """Another seat saved the same record after this one read it (optimistic version):
    built by ``store.stale_edit``, the one place that words it."""
