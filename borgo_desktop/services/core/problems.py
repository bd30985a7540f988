"""Validation shared by every area's forms: every problem of a form at once, required fields."""

from __future__ import annotations

from borgo_desktop.errors import UserError, ValidationError
from borgo_desktop.identifiers import validate_email, validate_phone


class Problems:
    """Collects every problem of a form so the user sees them all at once."""

    def __init__(self, prefix: str = "") -> None:
        self.prefix = prefix
        self.items: dict[str, UserError] = {}

    def add(self, name: str, template: str, **params: object) -> None:
        key = self.prefix + name
        self.items.setdefault(key, UserError(template, field=key, **params))

    def check(self, name: str, validator, value):
        try:
            return validator(value)
        except UserError as exc:
            self.items.setdefault(self.prefix + name, UserError(exc.template, field=self.prefix + name, **exc.params))
            return value

    def merge(self, other: "Problems") -> None:
        for key, error in other.items.items():
            self.items.setdefault(key, error)

    def raise_if_any(self) -> None:
        if self.items:
            raise ValidationError(self.items)


def required(problems: Problems, name: str, value: str, label: str) -> str:
    value = (value or "").strip()
    if not value:
        problems.add(name, "Il campo «{label}» è obbligatorio.", label=label)
    return value


def optional_contacts(problems: Problems, phone: str, email: str) -> None:
    """A phone number and an e-mail address, each checked when filled in (blank: not given)."""
    if phone.strip():
        problems.check("phone", validate_phone, phone)
    if email.strip():
        problems.check("email", validate_email, email)
