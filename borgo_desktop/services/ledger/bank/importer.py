"""A bank statement into the ledger: read whole, decided line by line, written at once.

Every line ends one way: ``matched`` (a payment of a household, or a storno of one),
``queued`` (in the unmatched queue for a person), ``ignored`` with the reason (fees, other
debits, movements not booked yet) or ``duplicate`` (its bank reference is known already:
the same file or an overlapping one read again). A file that cannot be read, is not a
statement or is of an account that is not the office's is refused whole, and a refusal
writes nothing: the file is read and checked before the transaction, and everything is
written in one transaction.
"""

from __future__ import annotations

import hashlib
import uuid
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path

from sqlalchemy import insert, select, update
from sqlalchemy.orm import Session

from borgo_desktop.models.base import new_id, utcnow
from borgo_desktop.models.ledger import (
    BankImport, BankLine, LineStatus, Payment, PaymentMethod,
)
from borgo_desktop.services.core import audit
from borgo_desktop.services.core.context import Context
from borgo_desktop.services.core.permissions import Permission, require
from borgo_desktop.services.core.settings import read_settings
from borgo_desktop.services.ledger import payments
from borgo_desktop.services.ledger.bank import camt053, csv_it
from borgo_desktop.services.ledger.bank.matching import _TOKEN_RE, Maps
from borgo_desktop.services.core.bulk import insert_rows
from borgo_desktop.services.ledger.bank.posting import chunks, post_payments
from borgo_desktop.services.ledger.bank.statement import (
    Statement, StatementLine, StatementRefused, fold,
)

MAX_FILE_BYTES = 50 * 1024 * 1024
OUTCOMES = ("matched", "queued", "ignored", "duplicate")
NOT_BOOKED = "movimento non contabilizzato (in attesa o solo informativo)"
FEE = "commissioni o spese della banca: non è un pagamento"
DEBIT = "addebito sul conto: non è un pagamento di un nucleo"
DEBIT_REVERSAL = "storno di un addebito: non è un pagamento di un nucleo"
ZERO = "importo zero"


@dataclass(frozen=True)
class LineOutcome:
    line: int
    outcome: str  # one of OUTCOMES
    household_code: str  # where matched
    amount_cents: int
    reason: str
    bank_ref: str
    booked_on: date
    payer_name: str = ""
    remittance: str = ""


@dataclass(frozen=True)
class ImportResult:
    file_name: str
    format: str
    account_iban: str
    statement_ref: str
    lines: tuple[LineOutcome, ...]
    dry_run: bool
    import_id: uuid.UUID | None = None  # None: nothing new was written (or a dry run)

    def count(self, outcome: str) -> int:
        return sum(1 for line in self.lines if line.outcome == outcome)

    @property
    def summary(self) -> str:
        head = "Prova (nulla è stato scritto): " if self.dry_run else ""
        return (f"{head}{len(self.lines)} movimenti: {self.count('matched')} abbinati, "
                f"{self.count('queued')} da abbinare, {self.count('ignored')} ignorati, "
                f"{self.count('duplicate')} già importati.")


def read_statement(data: bytes) -> Statement:
    """The statement in ``data`` (CAMT.053 XML or Italian CSV); StatementRefused otherwise."""
    if len(data) > MAX_FILE_BYTES:
        raise StatementRefused("Il file è troppo grande per un estratto conto.")
    head = data[:200].lstrip(b"\xef\xbb\xbf \t\r\n")
    if head.startswith(b"<"):
        return camt053.parse(data)
    if b"\x00" in data[:4096]:
        raise StatementRefused("Il file non è un estratto conto (né CAMT.053 né CSV).")
    return csv_it.parse(data)


def office_accounts(session: Session) -> list[str]:
    values = read_settings(session, "ledger.office_accounts")["ledger.office_accounts"]
    return [v.replace(" ", "").upper() for v in values or ()]


def check_account(statement: Statement, accounts: list[str], account: str | None) -> str:
    iban = statement.account_iban or (account or "").replace(" ", "").upper()
    if not iban:
        if len(accounts) != 1:
            raise StatementRefused("Il file non indica il conto: indicare di quale conto "
                                   "dell'ufficio è l'estratto.")
        iban = accounts[0]
    if iban not in accounts:
        raise StatementRefused("L'estratto è del conto {iban}, che non è un conto "
                               "dell'ufficio ({accounts}).", iban=iban,
                               accounts=", ".join(accounts) or "nessuno impostato")
    return iban


def money(cents: int) -> str:
    """Cheap Italian amount for the audit details of a long import ("1.234,56 €")."""
    sign, cents = ("-" if cents < 0 else ""), abs(cents)
    return f"{sign}{cents // 100:,}".replace(",", ".") + f",{cents % 100:02d} €"


@dataclass
class _Plan:
    """What the import will write, decided before any write."""

    outcomes: list[LineOutcome] = field(default_factory=list)
    payments: list[dict] = field(default_factory=list)
    lines: list[dict] = field(default_factory=list)
    reversals: list[tuple[StatementLine, uuid.UUID, uuid.UUID]] = field(default_factory=list)


def _known_refs(session: Session, refs: list[str]) -> set[str]:
    known = set()
    for part in chunks(refs):
        known.update(session.scalars(select(BankLine.bank_ref).where(BankLine.bank_ref.in_(part))))
        known.update(session.scalars(select(Payment.bank_ref).where(Payment.bank_ref.in_(part))))
    return known


class _Planner:
    def __init__(self, ctx: Context, session: Session, statement: Statement, import_id):
        self.ctx, self.session, self.import_id = ctx, session, import_id
        self.maps = Maps.load(session)
        self.known = _known_refs(session, [l.bank_ref for l in statement.lines])
        self.plan = _Plan()
        self.by_ref: dict[str, dict] = {}  # credits of this file by bank ref
        self.queued_refs: set[str] = set()
        self.reversed: dict[uuid.UUID, int] = {}  # cents taken back in this file, by payment
        self.now, self.user = utcnow(), ctx.actor.username

    def out(self, line: StatementLine, outcome: str, reason: str, hid=None) -> None:
        code = self.maps.code_of.get(hid, "") if hid else ""
        self.plan.outcomes.append(LineOutcome(line.line, outcome, code, line.amount_cents,
                                              reason, line.bank_ref, line.booked_on,
                                              line.payer_name, line.remittance))

    def stamp(self, **values) -> dict:
        return dict(id=new_id(), created_at=self.now, updated_at=self.now,
                    created_by=self.user, updated_by=self.user, **values)

    def bank_line(self, line: StatementLine, status: LineStatus, reason: str, hid=None,
                  payment_id=None) -> None:
        self.plan.lines.append(self.stamp(
            import_id=self.import_id, bank_ref=line.bank_ref, booked_on=line.booked_on,
            amount_cents=line.amount_cents, payer_name=line.payer_name,
            payer_iban=line.payer_iban, remittance=line.remittance, status=status,
            reason=reason[:200], household_id=hid, payment_id=payment_id))

    def take(self, line: StatementLine) -> None:
        if line.bank_ref in self.known:
            return self.out(line, "duplicate", "già importato")
        self.known.add(line.bank_ref)
        if not line.booked:
            return self.out(line, "ignored", NOT_BOOKED)
        if line.amount_cents == 0:
            return self.out(line, "ignored", ZERO)
        if line.amount_cents < 0:
            if line.reversal:
                return self.storno(line)
            return self.out(line, "ignored", FEE if line.fee else DEBIT)
        if line.reversal:
            return self.out(line, "ignored", DEBIT_REVERSAL)
        decision = self.maps.decide(line)
        if decision.household_id is None:
            self.queued_refs.add(line.bank_ref)
            self.bank_line(line, LineStatus.QUEUED, decision.reason)
            return self.out(line, "queued", decision.reason)
        payment = self.stamp(
            household_id=decision.household_id, received_on=line.booked_on,
            amount_cents=line.amount_cents, method=PaymentMethod.TRANSFER,
            bank_ref=line.bank_ref, payer_name=line.payer_name, payer_iban=line.payer_iban,
            remittance=line.remittance, receipt_no=None, reverses_id=None,
            import_id=self.import_id, note="")
        self.plan.payments.append(payment)
        self.by_ref[line.bank_ref] = payment
        self.bank_line(line, LineStatus.MATCHED, decision.reason, decision.household_id,
                       payment["id"])
        self.out(line, "matched", decision.reason, decision.household_id)

    def storno(self, line: StatementLine) -> None:
        """A storno takes back an earlier credit: the one it names, else the household's
        latest payment of the same amount; otherwise a person decides."""
        wanted = -line.amount_cents
        tokens = set(_TOKEN_RE.findall(fold(line.remittance))) | set(line.remittance.split())
        if tokens & self.queued_refs or self._queued_in_db(tokens):
            return self.queue(line, "storno di un movimento ancora da abbinare")
        original = next((self.by_ref[t] for t in tokens if t in self.by_ref), None)
        original = original and (original["id"], original["household_id"],
                                 original["amount_cents"])
        original = original or self._named_in_db(tokens)
        if original is None:
            decision = self.maps.decide(replace(line, amount_cents=wanted))
            if decision.household_id is None:
                return self.queue(line, f"storno: {decision.reason}")
            original = self._latest(decision.household_id, wanted, line.booked_on)
            if original is None:
                return self.queue(line, "storno: nessun pagamento di questo importo del "
                                        "nucleo " + self.maps.code_of[decision.household_id])
        pid, hid, amount = original
        left = amount - self.reversed.get(pid, 0)
        if pid not in {p["id"] for p in self.plan.payments}:
            left -= payments.reversed_so_far(self.session, pid)
        if wanted > left:
            return self.queue(line, "storno maggiore di quanto resta del pagamento originale")
        self.reversed[pid] = self.reversed.get(pid, 0) + wanted
        self.plan.reversals.append((line, pid, hid))
        self.bank_line(line, LineStatus.MATCHED, "storno del pagamento originale", hid)
        self.out(line, "matched", "storno del pagamento originale", hid)

    def queue(self, line: StatementLine, reason: str) -> None:
        self.bank_line(line, LineStatus.QUEUED, reason)
        self.out(line, "queued", reason)

    def _queued_in_db(self, tokens: set[str]) -> bool:
        return bool(tokens) and self.session.scalar(select(BankLine.id).where(
            BankLine.bank_ref.in_(list(tokens)[:200]),
            BankLine.status == LineStatus.QUEUED).limit(1)) is not None

    def _named_in_db(self, tokens: set[str]):
        if not tokens:
            return None
        row = self.session.execute(select(Payment.id, Payment.household_id,
                                          Payment.amount_cents).where(
            Payment.bank_ref.in_(list(tokens)[:200]), Payment.amount_cents > 0)).first()
        return tuple(row) if row else None

    def _latest(self, hid, cents: int, until: date):
        in_file = [p for p in self.plan.payments if p["household_id"] == hid
                   and p["amount_cents"] == cents and p["received_on"] <= until
                   and p["id"] not in self.reversed]
        if in_file:
            p = max(in_file, key=lambda p: (p["received_on"], p["id"]))
            return p["id"], hid, cents
        for pid, amount in self.session.execute(
                select(Payment.id, Payment.amount_cents).where(
                    Payment.household_id == hid, Payment.amount_cents == cents,
                    Payment.reverses_id.is_(None), Payment.received_on <= until)
                .order_by(Payment.received_on.desc(), Payment.id.desc()).limit(5)):
            if payments.reversed_so_far(self.session, pid) + self.reversed.get(pid, 0) == 0:
                return pid, hid, amount
        return None


def import_statement(ctx: Context, path: Path, *, dry_run: bool = False,
                     account: str | None = None, data: bytes | None = None) -> ImportResult:
    """Read the statement at ``path`` and bring it into the ledger (see the module doc).

    ``account``: the office account of a CSV file that does not say (needed only when the
    office has several). Raises :class:`StatementRefused` when the file is refused whole.
    """
    require(ctx, Permission.PAYMENT_IMPORT)
    path = Path(path)
    if data is None:
        try:
            data = path.read_bytes()
        except OSError as exc:
            raise StatementRefused("Il file {name} non si può leggere: {error}.",
                                   name=path.name, error=exc.strerror or exc) from None
    statement = read_statement(data)
    digest = hashlib.sha256(data).hexdigest()
    with ctx.store.unit_of_work() as session:
        iban = check_account(statement, office_accounts(session), account)
        import_id = new_id()
        planner = _Planner(ctx, session, statement, import_id)
        for line in statement.lines:
            planner.take(line)
        plan = planner.plan
        stored = bool(plan.lines)
        result = ImportResult(path.name, statement.format, iban, statement.statement_ref,
                              tuple(plan.outcomes), dry_run, import_id if stored else None)
        if dry_run:
            return result
        if stored:
            _write(ctx, session, planner, result, digest)
        audit.record(ctx, session, "payment.import", "import", import_id if stored else "",
                     detail=f"{statement.format} {path.name[:80]} sha256 {digest[:16]}: "
                            f"{result.summary}")
        session.commit()
        return result


def _write(ctx: Context, session: Session, planner: _Planner, result: ImportResult,
           digest: str) -> None:
    plan = planner.plan
    session.execute(insert(BankImport.__table__), [planner.stamp(
        file_name=result.file_name[:200], file_sha256=digest, format=result.format,
        account_iban=result.account_iban, statement_ref=result.statement_ref[:80],
        lines=len(result.lines), matched=result.count("matched"),
        queued=result.count("queued"), ignored=result.count("ignored"),
        duplicates=result.count("duplicate")) | {"id": planner.import_id}])
    post_payments(session, plan.payments)
    insert_rows(session, BankLine, plan.lines)
    entries = [("payment.import", "household", p["household_id"],
                f"{p['bank_ref'][:60]} {money(p['amount_cents'])}") for p in plan.payments]
    by_ref = {row["bank_ref"]: row for row in plan.lines}
    for line, pid, hid in plan.reversals:
        original = session.get(Payment, pid)
        storno = payments.add_reversal(
            ctx, session, original, -line.amount_cents, line.booked_on,
            f"Storno bancario: {line.remittance}", bank_ref=line.bank_ref,
            payer_name=line.payer_name, payer_iban=line.payer_iban,
            remittance=line.remittance, import_id=planner.import_id)
        session.flush()
        by_ref[line.bank_ref]["payment_id"] = storno.id
        entries.append(("payment.reverse", "household", hid,
                        f"{line.bank_ref[:60]} {money(line.amount_cents)}"))
    if plan.reversals:  # the storno lines were inserted before their payments existed
        # (in this transaction, so at their first row_version: the bulk UPDATE checks it)
        session.execute(update(BankLine), [
            {"id": by_ref[line.bank_ref]["id"], "payment_id": by_ref[line.bank_ref]["payment_id"],
             "household_id": hid, "row_version": 1} for line, _pid, hid in plan.reversals])
    audit.record_many(ctx, session, entries)
