"""Bank statement files as the office's bank would send them: ISO 20022 CAMT.053 XML and the
CSV that Italian home banking saves (semicolons, ``1.234,56``, ``dd/mm/yyyy``, Windows-1252).

The demo imports its months of bank transfers through these files, the benchmarks and the
tests read large ones (:func:`city_movements`: credits of the city's households with the
usual mix of fees, reversals, unknown payers and partial payments). A :class:`Movement` is
what the bank booked; the writers only format it, so the same movements give the same file.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, replace
from datetime import date, datetime, time, timedelta
from xml.sax.saxutils import escape

from stdnum import iban as stdnum_iban
from stdnum.it import codicefiscale

OFFICE_IBAN = "IT60X0542811101000000123456"  # the demo's account (setting ledger.office_accounts)
OFFICE_NAME = "ABITARE IN BORGO - UFFICIO DI BORGO"
CAMT_NS = "urn:iso:std:iso:20022:tech:xsd:camt.053.001.02"
MONTHS = ("GENNAIO", "FEBBRAIO", "MARZO", "APRILE", "MAGGIO", "GIUGNO", "LUGLIO", "AGOSTO",
          "SETTEMBRE", "OTTOBRE", "NOVEMBRE", "DICEMBRE")


@dataclass(frozen=True)
class Movement:
    """One booked movement of the office's account: > 0 money in, < 0 money out."""

    booked_on: date
    amount_cents: int
    text: str  # the remittance (causale) of a credit, the bank's description of a debit
    bank_ref: str
    payer_name: str = ""
    payer_iban: str = ""
    reversal: bool = False  # a storno of an earlier credit (a debit)
    fee: bool = False  # the bank's own fees, stamp duty
    booked: bool = True  # False: pending, not on the account yet


def make_iban(abi: str, cab: str, account: str) -> str:
    """A valid Italian IBAN (check digits and CIN) for ABI, CAB and a 12-character account."""
    bban = f"{abi:0>5}{cab:0>5}{account:0>12}"
    cin = codicefiscale.calc_check_digit(bban)
    number = f"IT00{cin}{bban}"
    return number[:2] + stdnum_iban.calc_check_digits(number) + number[4:]


def payer_iban(rng: random.Random) -> str:
    """A plausible account of a household at one of the big Italian banks."""
    abi = rng.choice(("03069", "02008", "05034", "03062", "01030", "07601", "03111"))
    return make_iban(abi, f"{rng.randint(1000, 99999):05d}", f"{rng.randint(0, 10**12 - 1):012d}")


def rent_text(code: str, period_day: date, words: str = "CANONE") -> str:
    return f"{words} {MONTHS[period_day.month - 1]} {period_day.year} NUCLEO {code}"


# --- CAMT.053 ---------------------------------------------------------------------------------

def _amount(cents: int) -> str:
    return f"{abs(cents) // 100}.{abs(cents) % 100:02d}"


def _entry(m: Movement) -> str:
    credit = m.amount_cents > 0
    side = "CRDT" if credit else "DBIT"
    if m.fee:
        code = "<BkTxCd><Domn><Cd>ACMT</Cd><Fmly><Cd>MDOP</Cd><SubFmlyCd>CHRG</SubFmlyCd>" \
               "</Fmly></Domn></BkTxCd>"
    else:
        code = "<BkTxCd><Domn><Cd>PMNT</Cd><Fmly><Cd>RCDT</Cd><SubFmlyCd>ESCT</SubFmlyCd>" \
               "</Fmly></Domn></BkTxCd>"
    party = ""
    if m.payer_name or m.payer_iban:
        who = f"<Dbtr><Nm>{escape(m.payer_name)}</Nm></Dbtr>" if m.payer_name else ""
        account = (f"<DbtrAcct><Id><IBAN>{m.payer_iban}</IBAN></Id></DbtrAcct>"
                   if m.payer_iban else "")
        party = f"<RltdPties>{who}{account}</RltdPties>"
    return (f"<Ntry><Amt Ccy=\"EUR\">{_amount(m.amount_cents)}</Amt>"
            f"{'<RvslInd>true</RvslInd>' if m.reversal else ''}"
            f"<CdtDbtInd>{side}</CdtDbtInd><Sts>{'BOOK' if m.booked else 'PDNG'}</Sts>"
            f"<BookgDt><Dt>{m.booked_on.isoformat()}</Dt></BookgDt>"
            f"<ValDt><Dt>{m.booked_on.isoformat()}</Dt></ValDt>"
            f"<AcctSvcrRef>{escape(m.bank_ref)}</AcctSvcrRef>{code}"
            f"<NtryDtls><TxDtls><Refs><EndToEndId>NOTPROVIDED</EndToEndId></Refs>{party}"
            f"<RmtInf><Ustrd>{escape(m.text)}</Ustrd></RmtInf></TxDtls></NtryDtls>"
            f"<AddtlNtryInf>{escape(m.text)}</AddtlNtryInf></Ntry>\n")


def camt053(movements: list[Movement], statement_id: str, account: str = OFFICE_IBAN,
            opening_cents: int = 0) -> bytes:
    """A CAMT.053.001.02 statement of ``account`` with the movements in their order."""
    days = [m.booked_on for m in movements] or [date.today()]
    first, last = min(days), max(days)
    closing = opening_cents + sum(m.amount_cents for m in movements if m.booked)
    created = datetime.combine(last, time(22, 15)).isoformat()

    def balance(kind: str, cents: int, day: date) -> str:
        return (f"<Bal><Tp><CdOrPrtry><Cd>{kind}</Cd></CdOrPrtry></Tp>"
                f"<Amt Ccy=\"EUR\">{_amount(cents)}</Amt>"
                f"<CdtDbtInd>{'CRDT' if cents >= 0 else 'DBIT'}</CdtDbtInd>"
                f"<Dt><Dt>{day.isoformat()}</Dt></Dt></Bal>")

    head = (f"<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Document xmlns=\"{CAMT_NS}\">"
            f"<BkToCstmrStmt><GrpHdr><MsgId>MSG-{escape(statement_id)}</MsgId>"
            f"<CreDtTm>{created}</CreDtTm></GrpHdr><Stmt><Id>{escape(statement_id)}</Id>"
            f"<CreDtTm>{created}</CreDtTm><FrToDt><FrDtTm>{first.isoformat()}T00:00:00</FrDtTm>"
            f"<ToDtTm>{last.isoformat()}T23:59:59</ToDtTm></FrToDt>"
            f"<Acct><Id><IBAN>{account}</IBAN></Id><Ccy>EUR</Ccy><Ownr><Nm>{OFFICE_NAME}</Nm>"
            f"</Ownr></Acct>{balance('OPBD', opening_cents, first)}"
            f"{balance('CLBD', closing, last)}\n")
    body = "".join(_entry(m) for m in movements)
    return (head + body + "</Stmt></BkToCstmrStmt></Document>\n").encode("utf-8")


# --- Italian home-banking CSV -----------------------------------------------------------------

def _it_amount(cents: int) -> str:
    whole = f"{abs(cents) // 100:,}".replace(",", ".")
    return f"{whole},{abs(cents) % 100:02d}"


def _description(m: Movement) -> str:
    if m.amount_cents > 0:
        iban = f" IBAN ORDINANTE: {m.payer_iban}" if m.payer_iban else ""
        return (f"BONIFICO A VOSTRO FAVORE DISPOSTO DA: {m.payer_name or 'N.D.'}{iban} "
                f"CAUSALE: {m.text} TRN: {m.bank_ref}")
    if m.reversal:
        return f"STORNO BONIFICO DISPOSTO DA: {m.payer_name} {m.text} TRN: {m.bank_ref}"
    return f"{m.text} TRN: {m.bank_ref}"


def csv_it(movements: list[Movement], account: str = OFFICE_IBAN) -> bytes:
    """The CSV of an Italian home banking: a header block, then Data contabile; Data valuta;
    Dare; Avere; Descrizione operazione. Encoded in Windows-1252, lines ended by CRLF."""
    days = [m.booked_on for m in movements] or [date.today()]
    rows = ["Estratto conto;;;;", f"Conto corrente;{account};;;",
            "Intestatario;Società Abitare in borgo - Ufficio di borgo;;;",
            f"Periodo;{min(days):%d/%m/%Y} - {max(days):%d/%m/%Y};;;", ";;;;",
            "Data contabile;Data valuta;Dare;Avere;Descrizione operazione"]
    for m in movements:
        if not m.booked:
            continue  # home banking lists booked movements only
        debit = _it_amount(m.amount_cents) if m.amount_cents < 0 else ""
        credit = _it_amount(m.amount_cents) if m.amount_cents > 0 else ""
        text = _description(m).replace(";", ",").replace('"', "'")
        rows.append(f"{m.booked_on:%d/%m/%Y};{m.booked_on:%d/%m/%Y};{debit};{credit};{text}")
    rows += [";;;;", f"Saldo contabile finale;;;"
                     f"{_it_amount(sum(m.amount_cents for m in movements if m.booked))};"]
    return ("\r\n".join(rows) + "\r\n").encode("cp1252", errors="replace")


# --- a large statement for the benchmarks ----------------------------------------------------

@dataclass(frozen=True)
class Payer:
    """What a statement knows of a household that pays: its code, the unit, who, the IBAN."""

    code: str
    unit_code: str
    name: str
    iban: str
    monthly_cents: int


def city_movements(payers: list[Payer], count: int, first_day: date, seed: int = 11,
                   prefix: str = "CITY") -> list[Movement]:
    """``count`` movements over the month from ``first_day``: most rent transfers with the
    household code, the unit or only a registered IBAN, some partial payments, unknown payers,
    bank fees and stamp duty, reversals of earlier lines of the same file."""
    rng = random.Random(seed)
    movements: list[Movement] = []
    credits: list[Movement] = []
    for number in range(count):
        day = first_day + timedelta(days=rng.randint(0, 27))
        ref = f"{prefix}{first_day:%Y%m}{number:07d}"
        roll = rng.random()
        if roll < 0.015:
            movements.append(Movement(day, -rng.choice((150, 200, 350)), "COMMISSIONI BONIFICO",
                                      ref, fee=True))
            continue
        if roll < 0.02 and credits:
            original = rng.choice(credits)
            movements.append(Movement(max(day, original.booked_on), -original.amount_cents,
                                      f"STORNO {original.bank_ref}", ref, original.payer_name,
                                      original.payer_iban, reversal=True))
            continue
        if roll < 0.05:
            movements.append(Movement(day, rng.randrange(5_000, 60_000, 100),
                                      "PAGAMENTO AFFITTO", ref,
                                      f"{rng.choice(('ROSSI', 'BIANCHI', 'COLOMBO'))} "
                                      f"{rng.choice(('ANNA', 'LUCA', 'PAOLO'))} XYZ",
                                      payer_iban(rng)))
            continue
        payer = rng.choice(payers)
        cents = payer.monthly_cents if rng.random() < 0.9 else payer.monthly_cents // 2
        how = rng.random()
        if how < 0.7:
            text = rent_text(payer.code, day)
        elif how < 0.85:
            text = f"AFFITTO {MONTHS[day.month - 1]} ALLOGGIO {payer.unit_code}"
        else:
            text = f"CANONE {MONTHS[day.month - 1]}"
        line = Movement(day, max(cents, 100), text, ref, payer.name, payer.iban)
        credits.append(line)
        movements.append(line)
    movements.sort(key=lambda m: (m.booked_on, m.bank_ref))
    return movements


def shifted(movements: list[Movement], days: int) -> list[Movement]:
    """The same movements booked ``days`` later (tests: an overlapping statement)."""
    return [replace(m, booked_on=m.booked_on + timedelta(days=days)) for m in movements]
