"""Rent ledger: charges, payments, their allocation, bank statements and the unmatched queue.

Money is integer cents. Charges and payments are never edited: a correction is a credit note
(a negative charge that ``corrects`` the charge it reduces), a bank reversal is a negative
payment that ``reverses`` the original. Allocations say which payment (or credit) paid which
charge, oldest charge first (services/ledger/allocation.py); they are derived and may be
recomputed for a household. ``ledger_accounts`` holds one derived summary row per household
(balance, oldest unpaid due date, monthly amount) so the arrears list sorts and pages in the
database without summing every charge; services keep it in step in the same transaction.

Other areas build on these tables (reminder ladder, repayment plans, no-fault assessments in
services/ledger/): they read ``ledger_accounts`` and the charges, they never change them.
"""

from __future__ import annotations

import uuid
from datetime import date

from sqlalchemy import Date, ForeignKey, Index, Integer, String, Text, Uuid, text
from sqlalchemy.orm import Mapped, mapped_column

from borgo_desktop.models.base import Base, Tracked, UtcDateTime, utcnow
from borgo_desktop.models.enums import Labelled, column_type


class ChargeKind(Labelled):
    RENT = "rent"  # the monthly charge: rent from the rent model + service charges on account
    RECONCILIATION = "reconciliation"  # yearly conguaglio of the service charges (+ or -)
    ONE_OFF = "one_off"          # damage, keys, ...
    CREDIT_NOTE = "credit_note"  # a correction: negative, reduces the charge it corrects

    @classmethod
    def _labels(cls):
        return {"rent": "Canone e spese",
                "reconciliation": "Conguaglio spese", "one_off": "Addebito",
                "credit_note": "Nota di credito"}


class PaymentMethod(Labelled):
    CASH = "cash"
    POS = "pos"
    TRANSFER = "transfer"
    POSTAL = "postal"
    PAGOPA = "pagopa"

    @classmethod
    def _labels(cls):
        return {"cash": "Contanti", "pos": "POS", "transfer": "Bonifico",
                "postal": "Bollettino postale", "pagopa": "Avviso pagoPA"}


class LineStatus(Labelled):
    """What became of a credit line of a bank statement."""

    MATCHED = "matched"      # a payment of the matched household
    QUEUED = "queued"        # waiting in the unmatched queue for a person
    ASSIGNED = "assigned"    # assigned from the queue by a person (a payment now)
    DISMISSED = "dismissed"  # not a rent payment (refund to the payer, another matter)

    @classmethod
    def _labels(cls):
        return {"matched": "Abbinato", "queued": "Da abbinare", "assigned": "Abbinato a mano",
                "dismissed": "Scartato"}


class Charge(Tracked, Base):
    __tablename__ = "ledger_charges"
    __table_args__ = (Index("ix_ledger_charges_household_due", "household_id", "due_on"),)

    household_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("households.id"))
    lease_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("leases.id"), index=True)
    kind: Mapped[ChargeKind] = mapped_column(column_type(ChargeKind))
    # Which service (heating, cleaning, lift, water) or one-off reason (damage, keys, ...).
    item: Mapped[str] = mapped_column(String(24), default="")
    period: Mapped[str] = mapped_column(String(7), default="")  # "2026-12" for monthly charges
    due_on: Mapped[date] = mapped_column(Date)
    amount_cents: Mapped[int] = mapped_column(Integer)  # negative for credit notes
    # Of which service charges on account (monthly charges), for the yearly conguaglio.
    services_cents: Mapped[int] = mapped_column(Integer, default=0)
    description: Mapped[str] = mapped_column(String(200), default="")
    corrects_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("ledger_charges.id"),
                                                          index=True)
    # What makes the monthly run idempotent: "rent:<lease id>:2026-12" is charged once.
    run_key: Mapped[str | None] = mapped_column(String(80), unique=True)


class BankImport(Tracked, Base):
    """One bank statement file read (accepted); refused files leave no row."""

    __tablename__ = "ledger_imports"

    file_name: Mapped[str] = mapped_column(String(200))
    file_sha256: Mapped[str] = mapped_column(String(64), index=True)
    format: Mapped[str] = mapped_column(String(16))  # camt053 | csv
    account_iban: Mapped[str] = mapped_column(String(34))
    statement_ref: Mapped[str] = mapped_column(String(80), default="")
    lines: Mapped[int] = mapped_column(Integer, default=0)
    matched: Mapped[int] = mapped_column(Integer, default=0)
    queued: Mapped[int] = mapped_column(Integer, default=0)
    ignored: Mapped[int] = mapped_column(Integer, default=0)
    duplicates: Mapped[int] = mapped_column(Integer, default=0)


class Payment(Tracked, Base):
    __tablename__ = "ledger_payments"
    # Partial indexes: almost every payment has neither, and a full index of NULLs makes
    # ANALYZE tell the planner the column is useless (a reversal then scans every payment).
    __table_args__ = (Index("ix_ledger_payments_household_received", "household_id",
                            "received_on"),
                      Index("ix_ledger_payments_reverses_id", "reverses_id",
                            sqlite_where=text("reverses_id IS NOT NULL"),
                            postgresql_where=text("reverses_id IS NOT NULL")),
                      Index("ix_ledger_payments_import_id", "import_id",
                            sqlite_where=text("import_id IS NOT NULL"),
                            postgresql_where=text("import_id IS NOT NULL")))

    household_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("households.id"))
    received_on: Mapped[date] = mapped_column(Date)
    amount_cents: Mapped[int] = mapped_column(Integer)  # negative for a reversal (storno)
    method: Mapped[PaymentMethod] = mapped_column(column_type(PaymentMethod))
    # The bank's reference of the line (unique: re-importing a statement adds nothing).
    bank_ref: Mapped[str | None] = mapped_column(String(80), unique=True)
    payer_name: Mapped[str] = mapped_column(String(140), default="")
    payer_iban: Mapped[str] = mapped_column(String(34), default="")
    remittance: Mapped[str] = mapped_column(String(280), default="")
    receipt_no: Mapped[str | None] = mapped_column(String(16), unique=True)  # "2026/000012"
    reverses_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("ledger_payments.id"))
    import_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("ledger_imports.id"))
    note: Mapped[str] = mapped_column(String(200), default="")


class Allocation(Base):
    """Part of a payment (or of a credit: a negative charge) that paid part of a charge.

    Derived bookkeeping, rebuilt for a household when a reversal or a credit note changes
    what was paid; never synchronised (each seat derives the same from the same entries).
    """

    __tablename__ = "ledger_allocations"
    __table_args__ = (Index("ix_ledger_allocations_household", "household_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    household_id: Mapped[uuid.UUID] = mapped_column(Uuid)
    charge_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("ledger_charges.id"), index=True)
    payment_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("ledger_payments.id"),
                                                         index=True)
    credit_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("ledger_charges.id"))
    amount_cents: Mapped[int] = mapped_column(Integer)


class LedgerAccount(Base):
    """Derived per-household summary (rebuildable with services.ledger.balances.rebuild)."""

    __tablename__ = "ledger_accounts"
    __table_args__ = (Index("ix_ledger_accounts_open_since", "open_since"),
                      Index("ix_ledger_accounts_balance", "balance_cents"))

    household_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("households.id"),
                                                    primary_key=True)
    balance_cents: Mapped[int] = mapped_column(Integer, default=0)  # > 0: the household owes
    open_since: Mapped[date | None] = mapped_column(Date)  # due date of the oldest unpaid charge
    monthly_cents: Mapped[int] = mapped_column(Integer, default=0)  # the last monthly charges
    unit_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("units.id"), index=True)
    last_payment_on: Mapped[date | None] = mapped_column(Date)
    updated_at = mapped_column(UtcDateTime, default=utcnow, onupdate=utcnow)


class PayerIban(Tracked, Base):
    """An IBAN the household pays from, for matching bank transfers."""

    __tablename__ = "ledger_payer_ibans"

    household_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("households.id"), index=True)
    iban: Mapped[str] = mapped_column(String(34), unique=True)
    holder: Mapped[str] = mapped_column(String(140), default="")


class BankLine(Tracked, Base):
    """A credit line of a statement that was matched or queued: the bank reference is unique,
    so the same line read again (same file, an overlapping one) is recognised."""

    __tablename__ = "ledger_bank_lines"
    __table_args__ = (
        Index("ix_ledger_bank_lines_queued", "status", "booked_on"),
    )

    import_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("ledger_imports.id"), index=True)
    bank_ref: Mapped[str] = mapped_column(String(80), unique=True)
    booked_on: Mapped[date] = mapped_column(Date)
    amount_cents: Mapped[int] = mapped_column(Integer)  # negative: a reversal
    payer_name: Mapped[str] = mapped_column(String(140), default="")
    payer_iban: Mapped[str] = mapped_column(String(34), default="")
    remittance: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[LineStatus] = mapped_column(column_type(LineStatus))
    reason: Mapped[str] = mapped_column(String(200), default="")
    household_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("households.id"),
                                                           index=True)
    payment_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("ledger_payments.id"))
