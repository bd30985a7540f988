"""Italian formats for what users read: dd/MM/yyyy dates, ``1.234,50 €`` amounts (Babel)."""

from __future__ import annotations

from datetime import date, datetime
import re
from decimal import Decimal, InvalidOperation
from zoneinfo import ZoneInfo


ROME = ZoneInfo("Europe/Rome")
LOCALE = "it_IT"


def fmt_date(value: date | None) -> str:
    return value.strftime("%d/%m/%Y") if value else ""


def fmt_instant(value: datetime | None) -> str:
    """A UTC instant shown in Rome time."""
    return value.astimezone(ROME).strftime("%d/%m/%Y %H:%M") if value else ""


def fmt_money(cents: int | None) -> str:
    if cents is None:
        return ""
    from babel.numbers import format_currency  # imported on first use: not before the login

    return format_currency(Decimal(cents) / 100, "EUR", locale=LOCALE)


def fmt_decimal(value: float | None, digits: int = 2) -> str:
    if value is None:
        return ""
    from babel.numbers import format_decimal

    return format_decimal(value, format="#,##0." + "0" * digits, locale=LOCALE)


def parse_date(text: str) -> date:
    """dd/mm/yyyy (also with - or .) or ISO yyyy-mm-dd; ValueError otherwise."""
    text = text.strip()
    for pattern in ("%d/%m/%Y", "%d-%m-%Y", "%d.%m.%Y", "%Y-%m-%d"):
        try:
            return datetime.strptime(text, pattern).date()
        except ValueError:
            continue
    raise ValueError(text)


def parse_money(text: str) -> int:
    """Euro typed the Italian way -> cents; ValueError for anything else.

    '1.234,50' and '1234,5' use the comma for decimals; with no comma, dots followed by
    groups of three digits are thousands ('1.234' is 1234 €), a single other dot is a
    decimal point ('12.5').
    """
    cleaned = text.replace("€", "").replace(" ", "").replace("\u00a0", "").strip()
    if not re.fullmatch(r"-?[0-9.,]*[0-9][0-9.,]*", cleaned) or cleaned.count(",") > 1:
        raise ValueError(text)
    if "," in cleaned:
        whole, _, decimals = cleaned.partition(",")
        if not _thousands_ok(whole):
            raise ValueError(text)
        cleaned = whole.replace(".", "") + "." + decimals
    elif cleaned.count(".") > 1 or re.fullmatch(r"-?\d{1,3}\.\d{3}", cleaned):
        if not _thousands_ok(cleaned):
            raise ValueError(text)
        cleaned = cleaned.replace(".", "")
    try:
        amount = Decimal(cleaned)
    except InvalidOperation as exc:
        raise ValueError(text) from exc
    if amount != amount.quantize(Decimal("0.01")):
        raise ValueError(text)  # more than two decimals: a typo, not a price
    return int(amount * 100)


def _thousands_ok(whole: str) -> bool:
    """'1.234.567' or '1234567' (no dots), never '12.34' in the integer part."""
    return "." not in whole or bool(re.fullmatch(r"-?\d{1,3}(\.\d{3})+", whole))
