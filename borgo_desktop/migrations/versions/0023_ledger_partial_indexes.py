"""ledger: partial indexes on the payments' reversal and import links

Almost every payment has neither a reversal nor (at the desk) an import, so a full index is
mostly NULLs and ANALYZE tells the planner it is useless: looking up a payment's reversals
then scanned every payment (140 ms each on the city ledger). A partial index holds only the
rows that have one.

Revision ID: 0023
Revises: 0022
Create Date: 2026-12-04 14:00:00
"""
from alembic import op
import sqlalchemy as sa


revision = '0023'
down_revision = '0022'
branch_labels = None
depends_on = None

COLUMNS = ("reverses_id", "import_id")


def upgrade() -> None:
    for column in COLUMNS:
        name = f"ix_ledger_payments_{column}"
        op.drop_index(name, table_name="ledger_payments")
        where = sa.text(f"{column} IS NOT NULL")
        op.create_index(name, "ledger_payments", [column], unique=False,
                        sqlite_where=where, postgresql_where=where)


def downgrade() -> None:
    for column in COLUMNS:
        name = f"ix_ledger_payments_{column}"
        op.drop_index(name, table_name="ledger_payments")
        op.create_index(name, "ledger_payments", [column], unique=False)
