"""Italian formats for what users read: dd/MM/yyyy dates, ``1.234,50 €`` amounts (Babel)."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from zoneinfo import ZoneInfo

from babel.numbers import format_currency, format_decimal, parse_decimal

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
    return format_currency(Decimal(cents) / 100, "EUR", locale=LOCALE)


def fmt_decimal(value: float | None, digits: int = 2) -> str:
    if value is None:
        return ""
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
    """'1.234,50' or '1234.5' or '€ 90' -> cents; ValueError otherwise."""
    cleaned = text.replace("€", "").replace(" ", "").strip()
    if not cleaned:
        raise ValueError(text)
    if "," in cleaned:
        amount = parse_decimal(cleaned, locale=LOCALE, strict=False)
    else:
        amount = Decimal(cleaned)
    return int((amount * 100).to_integral_value())
