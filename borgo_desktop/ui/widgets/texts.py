"""What the window says: enum labels and service errors through Qt translation contexts.

Services speak Italian; the window passes their words through fixed contexts
(``Vocabulary`` for enum labels, ``UserError`` for message templates, ``Listing`` for
column titles) so an English .qm can translate them without touching the services.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication

from borgo_desktop.errors import UserError, ValidationError, Words


def vocab(member) -> str:
    return QCoreApplication.translate("Vocabulary", member.label) if member is not None else ""


def vocab_word(text: str) -> str:
    """A service's word (not an enum member) in the window's language."""
    return QCoreApplication.translate("Vocabulary", text)


def column_title(label: str) -> str:
    return QCoreApplication.translate("Listing", label)


def service_word(value):
    """A message parameter: an enum label or a service word gets translated, data stay as is;
    the parts of ``Words`` one by one."""
    if isinstance(value, Words):
        return value.sep.join(str(service_word(part)) for part in value)
    if not isinstance(value, str):
        return value
    translated = QCoreApplication.translate("Vocabulary", value)
    return translated if translated != value else QCoreApplication.translate("UserError", value)


def error_text(error: UserError) -> str:
    """Translate the template and its words first, then fill it in (see errors.UserError)."""
    template = QCoreApplication.translate("UserError", error.template)
    try:
        if not error.params:
            return template
        return template.format(**{key: service_word(value) for key, value in error.params.items()})
    except (KeyError, IndexError, ValueError):  # a translation with a broken placeholder
        return error.text


def problems_of(error: UserError) -> dict[str, str]:
    """field -> text for every problem an error carries ('' when it names no field)."""
    if isinstance(error, ValidationError):
        return {key: error_text(problem) for key, problem in error.problems.items()}
    return {error.field or "": error_text(error)}


def yes_no(value: bool) -> str:
    return (QCoreApplication.translate("Borgo", "Sì") if value
            else QCoreApplication.translate("Borgo", "No"))


def age_on(born: date | None, today: date) -> int | None:
    if born is None:
        return None
    return today.year - born.year - ((today.month, today.day) < (born.month, born.day))


def lease_text(lease) -> str:
    """'In corso, dal 01/03/2026 al 28/02/2030' for a LeaseView."""
    from borgo_desktop.formatting import fmt_date  # here: this module is loaded before the login

    text = QCoreApplication.translate("Borgo", "{status}, dal {start}").format(
        status=vocab(lease.status), start=fmt_date(lease.starts_on))
    if lease.ends_on:
        text += " " + QCoreApplication.translate("Borgo", "al {end}").format(end=fmt_date(lease.ends_on))
    return text
