"""Bank statements (CAMT.053 and Italian CSV, hand-written in bank_files/): every line ends
matched, queued, ignored with a reason, or the file is refused; nothing is counted twice."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select

from borgo_desktop.models import AuditEntry
from borgo_desktop.models.ledger import (
    Allocation, BankImport, BankLine, LineStatus, PayerIban, Payment,
)
from borgo_desktop.services.ledger import allocation, balances, charges
from borgo_desktop.services.ledger.bank import importer, queue
from borgo_desktop.services.ledger.bank.statement import StatementRefused

from arrears_world import on

FILES = Path(__file__).parent / "bank_files"
CAMT = FILES / "febbraio.camt053.xml"
CSV = FILES / "marzo.csv"
ROSSI_IBAN = "IT25O0306909606100000012345"
BIANCHI_IBAN = "IT49Z0200801600000104567890"


@pytest.fixture
def office(ctx, world):
    """Charged January to March 2026; Bianchi pays from a registered IBAN."""
    day = on(ctx, date(2026, 3, 31))
    for period in ("2026-01", "2026-02", "2026-03"):
        charges.charge_run(day, period)
    queue.add_payer_iban(day, world.bianchi.id, BIANCHI_IBAN, "Anna Bianchi")
    return day


def counts(ctx) -> dict:
    with ctx.store.read() as session:
        return {model.__tablename__: session.scalar(select(func.count()).select_from(model))
                for model in (Payment, Allocation, BankLine, BankImport, PayerIban)}


def outcomes(result) -> list[tuple]:
    return [(line.line, line.outcome, line.household_code, line.amount_cents)
            for line in result.lines]


def test_camt053_every_line_has_an_outcome(office, world):
    result = importer.import_statement(office, CAMT)
    assert result.format == "camt053" and result.account_iban == "IT60X0542811101000000123456"
    assert outcomes(result) == [
        (1, "matched", "N00001", 50_000),     # household code in the remittance
        (2, "matched", "N00002", 10_000),     # registered payer IBAN; a partial payment
        (3, "matched", "N00003", 15_000),     # the payer's name, title dropped
        (4, "queued", "", 30_000),            # unknown payer
        (5, "ignored", "", -1_250),           # bank fees
        (6, "matched", "N00001", -50_000),    # storno of line 1
        (7, "ignored", "", -120_000),         # a supplier paid: not a payment
        (8, "ignored", "", 23_000),           # pending
        (9, "duplicate", "", 50_000),         # line 1 again in the same file
    ]
    reasons = {line.line: line.reason for line in result.lines}
    assert "commissioni" in reasons[5] and "non contabilizzato" in reasons[8]
    assert "ordinante non riconosciuto" in reasons[4]
    with office.store.read() as session:
        rossi = session.scalars(select(Payment).where(
            Payment.household_id == world.rossi.id).order_by(Payment.amount_cents)).all()
        assert [p.amount_cents for p in rossi] == [-50_000, 50_000]
        assert rossi[0].reverses_id == rossi[1].id
        queued = session.scalars(select(BankLine).where(
            BankLine.status == LineStatus.QUEUED)).all()
        assert [q.amount_cents for q in queued] == [30_000]
        entries = session.scalars(select(AuditEntry.action).where(
            AuditEntry.action.in_(("payment.import", "payment.reverse")))).all()
    assert sorted(entries) == ["payment.import"] * 4 + ["payment.reverse"]
    # Rossi's storno took the money back: nothing of it stays allocated.
    assert balances.household_balance(office, world.rossi.id).paid_cents == 0


def test_payments_are_allocated_oldest_first(office, world):
    importer.import_statement(office, CAMT)
    with office.store.unit_of_work() as session:
        ledger = allocation.load(session, world.bianchi.id)
        assert allocation.consistent(ledger)
        january = ledger.debts[0]
        assert january.amount - january.open == 10_000  # the partial payment paid January
        assert all(d.open == d.amount for d in ledger.debts[1:])
        for hid in (world.rossi.id, world.verdi.id):
            assert allocation.consistent(allocation.load(session, hid))


def test_reimport_and_overlap_change_nothing(office, tmp_path):
    first = importer.import_statement(office, CAMT)
    before = counts(office)
    again = importer.import_statement(office, CAMT)
    assert counts(office) == before
    assert again.import_id is None
    assert {l.outcome for l in again.lines} <= {"duplicate", "ignored"}
    assert again.count("duplicate") == first.count("matched") + first.count("queued") + 1
    # An overlapping statement: the last three entries again, and one new payment.
    text = CAMT.read_text(encoding="utf-8").replace(
        "<AcctSvcrRef>BPM2026022800008</AcctSvcrRef>",
        "<AcctSvcrRef>BPM2026022800008</AcctSvcrRef>").replace(
        "<Sts>PDNG</Sts>", "<Sts>BOOK</Sts>")
    overlap = tmp_path / "overlap.xml"
    overlap.write_text(text, encoding="utf-8")
    third = importer.import_statement(office, overlap)
    assert [l.line for l in third.lines if l.outcome == "matched"] == [8]
    assert counts(office)["ledger_payments"] == before["ledger_payments"] + 1


def test_italian_csv(office, world):
    result = importer.import_statement(office, CSV)
    assert result.format == "csv"
    got = outcomes(result)
    assert got == [
        (7, "matched", "N00001", 48_000),     # unit DL55-A-1 in the causale
        (8, "matched", "N00002", 105_000),    # registered IBAN, 1.050,00
        (9, "queued", "", 7_500),             # two household codes: who?
        (10, "queued", "", 9_000),            # cash paid in, nobody named
        (11, "ignored", "", -200),            # fees
        (12, "queued", "", -7_500),           # storno of a payment nobody matched
        (13, "matched", "N00003", 15_000),    # "DL55 SCALA C INT. 3"
        (14, "ignored", "", -3_420),          # stamp duty
        (15, "matched", "N00003", 15_000),
    ]
    reasons = {line.line: line.reason for line in result.lines}
    assert "contrastanti" in reasons[9] and "N00001" in reasons[9] and "N00003" in reasons[9]
    with office.store.read() as session:
        bianchi = session.execute(select(Payment.payer_name, Payment.payer_iban,
                                         Payment.remittance).where(
            Payment.household_id == world.bianchi.id)).one()
    assert bianchi.payer_name == "BIANCHI ANNA" and bianchi.payer_iban == BIANCHI_IBAN
    assert "PERCHÈ" in bianchi.remittance  # Windows-1252 read as such
    before = counts(office)
    assert {l.outcome for l in importer.import_statement(office, CSV).lines} <= {
        "duplicate", "ignored"}
    assert counts(office) == before


@pytest.mark.parametrize("content, words", [
    (b"<Document xmlns='urn:iso:std:iso:20022:tech:xsd:camt.052.001.02'/>", "CAMT.053"),
    (b"<?xml version='1.0'?><!DOCTYPE x [<!ENTITY a 'aaa'>]><Document>&a;</Document>",
     "DOCTYPE"),
    (b"<Document xmlns='urn:iso:std:iso:20022:tech:xsd:camt.053.001.02'><BkToCstmrStmt>",
     "non è leggibile"),
    (b"Data;Importo\n01/02/2026;10,00\n", "intestazione"),
    (b"Data contabile;Importo;Descrizione\n31/02/2026;10,00;BONIFICO\n", "Riga 2"),
    (b"Data contabile;Importo;Descrizione\n01/02/2026;10.0.0;BONIFICO\n", "Riga 2"),
    (b"\x00\x01\x02binary", "non è un estratto"),
])
def test_malformed_files_are_refused_and_write_nothing(office, tmp_path, content, words):
    path = tmp_path / "file.dat"
    path.write_bytes(content)
    before = counts(office)
    with pytest.raises(StatementRefused) as refused:
        importer.import_statement(office, path)
    assert words in refused.value.text
    assert counts(office) == before


def test_a_statement_of_another_account_is_refused(office, tmp_path):
    other = tmp_path / "altro.xml"
    other.write_text(CAMT.read_text(encoding="utf-8").replace(
        "IT60X0542811101000000123456", "IT11G0503411701000000007788"), encoding="utf-8")
    csv_other = tmp_path / "altro.csv"
    csv_other.write_bytes(CSV.read_bytes().replace(b"IT60X0542811101000000123456",
                                                   b"IT11G0503411701000000007788"))
    before = counts(office)
    for path in (other, csv_other):
        with pytest.raises(StatementRefused, match="non è un conto dell'ufficio"):
            importer.import_statement(office, path)
    assert counts(office) == before


def test_a_failure_midway_rolls_back_everything(office, monkeypatch):
    from borgo_desktop.services.ledger.bank import importer as module

    def broken(*_args, **_kwargs):
        raise RuntimeError("disk full")

    monkeypatch.setattr(module, "insert_rows", broken)
    before = counts(office)
    with pytest.raises(RuntimeError):
        importer.import_statement(office, CAMT)
    assert counts(office) == before


def test_dry_run_previews_without_writing(office):
    before = counts(office)
    preview = importer.import_statement(office, CAMT, dry_run=True)
    assert preview.count("matched") == 4 and preview.dry_run
    assert counts(office) == before


def test_queue_assignment_allocates_and_remembers_the_iban(office, world):
    importer.import_statement(office, CAMT)
    assert queue.count_queued(office) == 1
    line, = queue.queued_lines(office)
    assert line.payer_name == "ESPOSITO GENNARO"
    view = queue.assign_line(office, line.id, world.verdi.id, remember_iban=True)
    assert view.amount_cents == 30_000 and view.household_code == "N00003"
    assert queue.count_queued(office) == 0
    assert [i.iban for i in queue.payer_ibans(office, world.verdi.id)] == [
        "IT11G0503411701000000007788"]
    with office.store.unit_of_work() as session:
        assert allocation.consistent(allocation.load(session, world.verdi.id))
        assert allocation.allocated_total(session, world.verdi.id) == 45_000
    from borgo_desktop.errors import UserError

    with pytest.raises(UserError, match="non è più da abbinare"):
        queue.dismiss_line(office, line.id, "doppio")


def test_queue_dismissal_needs_a_reason(office):
    importer.import_statement(office, CSV)
    lines = queue.queued_lines(office)
    assert len(lines) == 3
    from borgo_desktop.errors import UserError

    with pytest.raises(UserError, match="perché"):
        queue.dismiss_line(office, lines[0].id, "  ")
    done = queue.dismiss_line(office, lines[0].id, "Contributo di un parente: restituito")
    assert done.status == LineStatus.DISMISSED
    assert queue.count_queued(office) == 2


def test_a_queued_storno_takes_back_a_payment(office, world):
    importer.import_statement(office, CSV)
    storno = next(l for l in queue.queued_lines(office) if l.amount_cents < 0)
    view = queue.assign_line(office, storno.id, world.rossi.id)
    assert view.amount_cents == -7_500 and view.reverses_id is not None


def test_a_wrong_iban_is_refused(office, world):
    from borgo_desktop.errors import UserError

    with pytest.raises(UserError, match="CIN"):
        queue.add_payer_iban(office, world.rossi.id, "IT66A0306909606100000012345")
    with pytest.raises(UserError, match="già registrato"):
        queue.add_payer_iban(office, world.rossi.id, BIANCHI_IBAN)


def test_only_the_desk_and_managers_import(office, tmp_path):
    from borgo_desktop.services.core.permissions import PermissionDenied

    with pytest.raises(PermissionDenied):
        importer.import_statement(on(office, date(2026, 3, 31), "social_worker"), CAMT)
    assert importer.import_statement(on(office, date(2026, 3, 31), "front_desk"), CAMT,
                                     dry_run=True).count("matched") == 4
