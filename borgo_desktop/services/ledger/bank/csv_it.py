"""The CSV that Italian home banking saves: semicolons, ``1.234,56``, ``dd/mm/yyyy``,
Windows-1252 (UTF-8 read too), a few lines about the account before the header.

Banks name the columns differently; the header is recognised by its words (a booking date,
an amount or a debit/credit pair, descriptions). The account's IBAN is taken from the lines
before the header; the payer, their IBAN, the causale and the bank's transaction reference
(TRN/CRO) from the description. A line without a reference gets one derived from what it
says and from how many identical lines came before it in the file, so re-reading the same
days (the same file, or an overlapping one) gives the same references.
"""

from __future__ import annotations

import csv
import hashlib
import io
import re
from datetime import date, datetime

from borgo_desktop.services.ledger.bank.statement import (
    IBAN_RE, MAX_REF, Statement, StatementLine, StatementRefused, clip, fold, looks_like_fee,
    looks_like_storno,
)

DATE_COLUMNS = ("DATA CONTABILE", "DATA REGISTRAZIONE", "DATA CONTABILIZZAZIONE",
                "DATA OPERAZIONE", "DATA")
VALUE_COLUMNS = ("DATA VALUTA", "VALUTA")
AMOUNT_COLUMNS = ("IMPORTO", "IMPORTO (EUR)", "IMPORTO EUR", "IMPORTO EURO", "IMPORTO (EURO)")
DEBIT_COLUMNS = ("DARE", "ADDEBITI", "ADDEBITO", "USCITE")
CREDIT_COLUMNS = ("AVERE", "ACCREDITI", "ACCREDITO", "ENTRATE")
TEXT_COLUMNS = ("CAUSALE", "CAUSALE ABI", "DESCRIZIONE", "DESCRIZIONE OPERAZIONE",
                "DESCRIZIONE ESTESA", "DETTAGLI", "OPERAZIONE", "NOTE")
CURRENCY_COLUMNS = ("DIVISA", "VALUTA DIVISA")

_AMOUNT_RE = re.compile(r"[+-]?(\d{1,3}(\.\d{3})+|\d+)(,\d{1,2})?")
_DATE_RE = re.compile(r"(\d{1,2})[/.-](\d{1,2})[/.-](\d{4}|\d{2})")
_KEYWORDS = r"(?:IBAN|CAUSALE|INFO|RIF|TRN|CRO|BIC|ABI|DATA|ID OPERAZIONE|DESCRIZIONE)\b"
_PAYER_RE = re.compile(r"\b(?:DISPOSTO DA|ORDINANTE|ORD|DA|MITTENTE)\s*:?\s+(.+?)\s*(?=" +
                       _KEYWORDS + r"|$)")
_CAUSALE_RE = re.compile(r"\b(?:CAUSALE|INFO|DESCRIZIONE)\s*:\s*(.+?)\s*(?=(?:TRN|CRO|ID "
                         r"OPERAZIONE|ORDINANTE|DISPOSTO DA)\b|$)")
_REF_RE = re.compile(r"\b(?:TRN|CRO|ID OPERAZIONE)\s*:?\s*([A-Z0-9]{8,40})\b")


def decode(data: bytes) -> str:
    """UTF-8 when the bytes are valid UTF-8 (newer exports), else Windows-1252."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="strict") if _cp1252_ok(data) else \
            data.decode("latin-1")


def _cp1252_ok(data: bytes) -> bool:
    try:
        data.decode("cp1252")
        return True
    except UnicodeDecodeError:
        return False


def parse_amount(raw: str) -> int | None:
    """``1.234,56`` → 123456 cents; None for an empty cell; ValueError when unreadable."""
    text = (raw or "").replace("€", "").replace("EUR", "").replace(" ", "").replace("\xa0", "")
    if not text:
        return None
    if not _AMOUNT_RE.fullmatch(text):
        raise ValueError(raw)
    sign = -1 if text.startswith("-") else 1
    whole, _, decimals = text.lstrip("+-").partition(",")
    return sign * (int(whole.replace(".", "")) * 100 + int((decimals + "00")[:2]))


def parse_day(raw: str) -> date:
    found = _DATE_RE.fullmatch((raw or "").strip())
    if not found:
        raise ValueError(raw)
    day, month, year = (int(g) for g in found.groups())
    return date(year + 2000 if year < 100 else year, month, day)


def _columns(header: list[str]) -> dict[str, object] | None:
    names = [fold(cell).rstrip(":") for cell in header]

    def first(options):
        return next((names.index(o) for o in options if o in names), None)

    found = {"date": first(DATE_COLUMNS), "value": first(VALUE_COLUMNS),
             "amount": first(AMOUNT_COLUMNS), "debit": first(DEBIT_COLUMNS),
             "credit": first(CREDIT_COLUMNS), "currency": first(CURRENCY_COLUMNS),
             "text": [i for i, n in enumerate(names) if n in TEXT_COLUMNS]}
    if found["value"] == found["date"]:
        found["value"] = None
    has_amount = found["amount"] is not None or (found["debit"] is not None
                                                 and found["credit"] is not None)
    if found["date"] is None or not has_amount or not found["text"]:
        return None
    return found


def parse(data: bytes) -> Statement:
    text = decode(data)
    rows = list(csv.reader(io.StringIO(text, newline=""), delimiter=";"))
    account, columns, start = "", None, 0
    for index, row in enumerate(rows):
        columns = _columns(row)
        if columns:
            start = index + 1
            break
        for cell in row if not account else ():
            found = IBAN_RE.search(fold(cell).replace(" ", ""))
            if found:
                account = found.group(1)
    if columns is None:
        raise StatementRefused("Il file CSV non ha l'intestazione di un estratto conto "
                               "(data, importo o dare/avere, descrizione separati da «;»).")
    lines, seen = [], {}
    for index in range(start, len(rows)):
        row = rows[index]
        number = index + 1  # the file's line (csv gives no line numbers for quoted newlines)
        if not any(cell.strip() for cell in row):
            continue
        line = _line(row, columns, number, account, seen)
        if line is not None:
            lines.append(line)
    if not lines:
        raise StatementRefused("Il file CSV non contiene movimenti.")
    first, last = min(x.booked_on for x in lines), max(x.booked_on for x in lines)
    return Statement("csv", account, f"{first:%d/%m/%Y}-{last:%d/%m/%Y}", tuple(lines))


def _cell(row: list[str], index: int | None) -> str:
    return row[index].strip() if index is not None and index < len(row) else ""


def _line(row, columns, number, account, seen) -> StatementLine | None:
    raw_date = _cell(row, columns["date"])
    description = clip(" ".join(_cell(row, i) for i in columns["text"]), 500)
    if not raw_date and fold(" ".join(row)).startswith(("SALDO", "TOTALE")):
        return None  # the balance lines banks add after the movements
    try:
        booked_on = parse_day(raw_date)
    except ValueError:
        if fold(raw_date).startswith(("SALDO", "TOTALE")):
            return None
        raise StatementRefused("Riga {line}: data non valida «{raw}» (atteso gg/mm/aaaa).",
                               line=number, raw=raw_date) from None
    try:
        if columns["amount"] is not None:
            amount = parse_amount(_cell(row, columns["amount"]))
        else:
            debit = parse_amount(_cell(row, columns["debit"]))
            credit = parse_amount(_cell(row, columns["credit"]))
            if debit and credit:
                raise ValueError("both")
            amount = -abs(debit) if debit else (abs(credit) if credit is not None else None)
    except ValueError:
        raise StatementRefused("Riga {line}: importo non valido (atteso 1.234,56).",
                               line=number) from None
    if amount is None:
        raise StatementRefused("Riga {line}: manca l'importo.", line=number)
    folded = fold(description)
    upper = " ".join(description.upper().split())  # accents kept for what is stored
    ref_found = _REF_RE.search(upper)
    key = (booked_on, amount, folded)
    seen[key] = seen.get(key, 0) + 1
    if ref_found:
        ref = ref_found.group(1)
    else:
        digest = hashlib.sha256(f"{account}|{booked_on}|{_cell(row, columns['value'])}|"
                                f"{amount}|{folded}|{seen[key]}".encode()).hexdigest()
        ref = f"csv:{digest[:40]}"
    ibans = [m for m in IBAN_RE.findall(upper) if m != account]
    payer = _PAYER_RE.search(upper)
    causale = _CAUSALE_RE.search(upper)
    currency = fold(_cell(row, columns["currency"])) or "EUR"
    storno = amount < 0 and looks_like_storno(folded)
    return StatementLine(
        line=number, bank_ref=ref[:MAX_REF], booked_on=booked_on, amount_cents=amount,
        payer_name=clip(payer.group(1), 140) if payer and (amount > 0 or storno) else "",
        payer_iban=ibans[0][:34] if ibans else "",
        remittance=clip(causale.group(1) if causale else description, 280),
        reversal=storno, currency="EUR" if currency in ("EUR", "EURO", "€") else currency,
        fee=amount < 0 and not storno and looks_like_fee(folded))
