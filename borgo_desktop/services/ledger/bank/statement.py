"""What a bank statement file says, whatever its format: the account and its lines.

Both readers (camt053.py, csv_it.py) give a :class:`Statement`; a file that is not a
statement, is malformed or is unreadable raises :class:`StatementRefused` and nothing is
written (the importer reads the whole file before it opens a transaction).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date

from borgo_desktop.errors import UserError

MAX_REF = 80


class StatementRefused(UserError):
    """The whole file is refused: not a statement, malformed, or another account's."""


@dataclass(frozen=True)
class StatementLine:
    line: int  # the line of the CSV file, or the entry's number in a CAMT.053 statement
    bank_ref: str  # unique per movement: the bank's reference, or one derived from the line
    booked_on: date
    amount_cents: int  # > 0 money in (credit), < 0 money out (debit)
    payer_name: str = ""
    payer_iban: str = ""
    remittance: str = ""  # the free text the payer wrote (causale), or the bank's description
    reversal: bool = False  # a storno: money of an earlier credit given back
    booked: bool = True  # False: pending or informative, not on the account yet
    currency: str = "EUR"
    fee: bool = False  # the bank's own fees, stamp duty, account charges


@dataclass(frozen=True)
class Statement:
    format: str  # camt053 | csv
    account_iban: str  # "" when a CSV file does not say
    statement_ref: str
    lines: tuple[StatementLine, ...] = field(default_factory=tuple)


IBAN_RE = re.compile(r"\b([A-Z]{2}\d{2}[A-Z0-9]{11,30})\b")
_FEE_RE = re.compile(r"\b(COMMISSION[IE]|COMPETENZE|SPESE|BOLLO|IMPOSTA|CANONE (MENSILE )?"
                     r"(CONTO|CARTA|SERVIZIO)|INTERESSI PASSIVI|ONERI)\b")
_STORNO_RE = re.compile(r"\b(STORNO|STORNATO|RIMBORSO BONIFICO|BONIFICO RESPINTO|"
                        r"RESTITUZIONE BONIFICO|REVERSAL|RETURN)\b")


def fold(text: str) -> str:
    """Upper case without accents and with single spaces (for matching)."""
    if (text or "").isascii():  # most bank text: nothing to strip, and a statement has many
        return " ".join(text.upper().split()) if text else ""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    return " ".join(text.upper().split())


def looks_like_fee(text: str) -> bool:
    return bool(_FEE_RE.search(fold(text)))


def looks_like_storno(text: str) -> bool:
    return bool(_STORNO_RE.search(fold(text)))


def clip(text: str, size: int) -> str:
    return " ".join((text or "").split())[:size]
