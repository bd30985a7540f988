"""ISO 20022 CAMT.053 (bank to customer statement), versions 001.02 to 001.13.

Parsed with the standard library's expat parser refusing any DOCTYPE: a statement never has
one, and without it there are no entity declarations, so neither "billion laughs" nor
external entities can happen. Namespaces are dropped once the root is known to be camt.053.

One statement line per entry, or per transaction of an entry that carries several with their
own amounts (batch booking). The bank reference is the account servicer's (AcctSvcrRef),
else the entry's, else the end-to-end id.
"""

from __future__ import annotations

import hashlib
import xml.etree.ElementTree as ET
from datetime import date, datetime
from decimal import Decimal, InvalidOperation

from borgo_desktop.services.ledger.bank.statement import (
    MAX_REF, Statement, StatementLine, StatementRefused, clip, looks_like_fee,
)

NAMESPACE = "urn:iso:std:iso:20022:tech:xsd:camt.053"
FEE_CODES = {"CHRG", "FEES", "COMM", "INTR", "TAXE"}  # bank transaction (sub)family codes


class _Builder(ET.TreeBuilder):
    """A tree builder that refuses a DOCTYPE. Only that callback is overridden: the parser
    keeps its C-speed path for elements, and namespaces are dropped after parsing."""

    def doctype(self, name, pubid, system):
        raise StatementRefused("Il file XML contiene una dichiarazione DOCTYPE: non è un "
                               "estratto conto e non viene letto.")


def _tree(data: bytes) -> ET.Element:
    parser = ET.XMLParser(target=_Builder())
    try:
        parser.feed(data)
        root = parser.close()
    except ET.ParseError as exc:
        raise StatementRefused("Il file XML non è leggibile (riga {line}): non è un estratto "
                               "conto valido.", line=exc.position[0]) from None
    namespace, _, tag = root.tag[1:].partition("}") if root.tag.startswith("{") else ("", "", "")
    if not namespace.startswith(NAMESPACE) or tag != "Document":
        raise StatementRefused("Il file XML non è un estratto conto CAMT.053 (spazio dei nomi "
                               "«{ns}»).", ns=namespace or "nessuno")
    for element in root.iter():
        if isinstance(element.tag, str):  # comments and processing instructions are not
            element.tag = element.tag.rpartition("}")[2]
    return root


def _find(node: ET.Element | None, path: str) -> ET.Element | None:
    """``node.find(path)`` one tag at a time: a plain tag is found at C speed, a path goes
    through the pure-Python ElementPath (a statement has tens of thousands of lookups)."""
    for tag in path.split("/"):
        if node is None:
            return None
        node = node.find(tag)
    return node


def _findall(node: ET.Element | None, path: str) -> list[ET.Element]:
    parent, _, tag = path.rpartition("/")
    node = _find(node, parent) if parent else node
    return node.findall(tag) if node is not None else []


def _text(node: ET.Element | None, path: str) -> str:
    found = _find(node, path)
    return (found.text or "").strip() if found is not None else ""


def _day(node: ET.Element, path: str, where: str) -> date:
    raw = _text(node, f"{path}/Dt") or _text(node, f"{path}/DtTm")[:10]
    try:
        return date.fromisoformat(raw)
    except ValueError:
        raise StatementRefused("Data mancante o non valida ({where}): «{raw}».", where=where,
                               raw=raw) from None


def _cents(node: ET.Element | None, where: str) -> tuple[int, str]:
    if node is None or not (node.text or "").strip():
        raise StatementRefused("Importo mancante ({where}).", where=where)
    try:
        value = Decimal(node.text.strip())
    except InvalidOperation:
        raise StatementRefused("Importo non valido ({where}): «{raw}».", where=where,
                               raw=node.text.strip()) from None
    if value < 0 or value != value.quantize(Decimal("0.01")):
        raise StatementRefused("Importo non valido ({where}): «{raw}».", where=where,
                               raw=node.text.strip())
    return int(value * 100), node.get("Ccy", "")


def _party(tx: ET.Element | None) -> tuple[str, str]:
    """Name and IBAN of the debtor (who paid), in the layouts of the older and newer versions."""
    name = (_text(tx, "RltdPties/Dbtr/Nm") or _text(tx, "RltdPties/Dbtr/Pty/Nm")
            or _text(tx, "RltdPties/UltmtDbtr/Nm") or _text(tx, "RltdPties/UltmtDbtr/Pty/Nm"))
    iban = _text(tx, "RltdPties/DbtrAcct/Id/IBAN")
    return name, iban.replace(" ", "").upper()


def _creditor(tx: ET.Element | None) -> tuple[str, str]:
    name = _text(tx, "RltdPties/Cdtr/Nm") or _text(tx, "RltdPties/Cdtr/Pty/Nm")
    return name, _text(tx, "RltdPties/CdtrAcct/Id/IBAN").replace(" ", "").upper()


def _remittance(tx: ET.Element | None, entry: ET.Element) -> str:
    parts = [u.text.strip() for u in _findall(tx, "RmtInf/Ustrd") if u.text and u.text.strip()]
    if tx is not None and not parts:
        parts = [r.text.strip() for r in _findall(tx, "RmtInf/Strd/CdtrRefInf/Ref") if r.text]
    if not parts:
        parts = [_text(tx, "AddtlTxInf"), _text(entry, "AddtlNtryInf")]
    return clip(" ".join(p for p in parts if p), 280)


def _is_fee(entry: ET.Element, text: str) -> bool:
    codes = {_text(entry, "BkTxCd/Domn/Fmly/Cd"), _text(entry, "BkTxCd/Domn/Fmly/SubFmlyCd"),
             _text(entry, "BkTxCd/Prtry/Cd")}
    return bool(codes & FEE_CODES) or looks_like_fee(text)


def parse(data: bytes) -> Statement:
    root = _tree(data)
    statements = root.findall("BkToCstmrStmt/Stmt")
    if not statements:
        raise StatementRefused("Il file CAMT.053 non contiene nessun estratto conto (Stmt).")
    accounts = {_text(s, "Acct/Id/IBAN").replace(" ", "").upper() for s in statements}
    if "" in accounts:
        raise StatementRefused("L'estratto conto non indica l'IBAN del conto.")
    if len(accounts) > 1:
        raise StatementRefused("Il file contiene estratti di più conti ({accounts}): "
                               "importarli uno per file.", accounts=", ".join(sorted(accounts)))
    currency = _text(statements[0], "Acct/Ccy") or "EUR"
    if currency != "EUR":
        raise StatementRefused("Il conto dell'estratto è in {ccy}, non in euro.", ccy=currency)
    lines, number = [], 0
    for statement in statements:
        for entry in statement.findall("Ntry"):
            number += 1
            lines += _entry_lines(entry, number)
    return Statement("camt053", accounts.pop(), " ".join(
        _text(s, "Id") for s in statements)[:80], tuple(lines))


def _entry_lines(entry: ET.Element, number: int) -> list[StatementLine]:
    where = f"movimento {number}"
    amount, currency = _cents(entry.find("Amt"), where)
    sign = {"CRDT": 1, "DBIT": -1}.get(_text(entry, "CdtDbtInd"))
    if sign is None:
        raise StatementRefused("Movimento {n}: manca l'indicazione dare/avere (CdtDbtInd).",
                               n=number)
    booked_on = _day(entry, "BookgDt", where) if entry.find("BookgDt") is not None \
        else _day(entry, "ValDt", where)
    status = _text(entry, "Sts/Cd") or _text(entry, "Sts")
    reversal = _text(entry, "RvslInd").lower() in ("true", "1")
    entry_ref = _text(entry, "AcctSvcrRef") or _text(entry, "NtryRef")
    txs = _findall(entry, "NtryDtls/TxDtls")
    own = [tx for tx in txs if _find(tx, "AmtDtls/TxAmt/Amt") is not None
           or tx.find("Amt") is not None]
    parts = own if len(own) > 1 else [txs[0] if txs else None]
    lines = []
    for index, tx in enumerate(parts, start=1):
        if len(parts) > 1:
            node = _find(tx, "AmtDtls/TxAmt/Amt")
            tx_amount, tx_ccy = _cents(node if node is not None else tx.find("Amt"),
                                       f"{where}, operazione {index}")
        else:
            tx_amount, tx_ccy = amount, currency
        ref = (_text(tx, "Refs/AcctSvcrRef") if len(parts) > 1 else "") or entry_ref
        if len(parts) > 1 and not _text(tx, "Refs/AcctSvcrRef") and ref:
            ref = f"{ref}/{index}"
        e2e = _text(tx, "Refs/EndToEndId")
        if not ref and e2e and e2e != "NOTPROVIDED":
            ref = e2e
        if not ref:  # nothing unique from the bank: a digest of what the line says
            ref = "camt:" + hashlib.sha256(ET.tostring(tx if tx is not None else entry)
                                           ).hexdigest()[:32]
        name, iban = _party(tx) if sign > 0 or reversal else _creditor(tx)
        text = _remittance(tx, entry)
        lines.append(StatementLine(
            line=number, bank_ref=ref[:MAX_REF], booked_on=booked_on,
            amount_cents=sign * tx_amount, payer_name=clip(name, 140), payer_iban=iban[:34],
            remittance=text, reversal=reversal, booked=status in ("", "BOOK"),
            currency=tx_ccy or "EUR", fee=sign < 0 and not reversal and _is_fee(entry, text)))
    return lines
