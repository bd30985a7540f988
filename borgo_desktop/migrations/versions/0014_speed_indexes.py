"""speed indexes: every ticket filter with its index, the tickets' text index

A later migration that copies the tickets table (batch mode) must create the triggers of
tickets_search_ddl again.

Revision ID: 0014
Revises: 0007
Create Date: 2026-12-03 10:00:00
"""
from alembic import op

from borgo_desktop.migrations import tickets_search_ddl


revision = '0014'
down_revision = '0007'
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Plain CREATE INDEX (no batch copy of the table, which would drop the triggers).
    op.create_index('ix_tickets_category_priority_code', 'tickets',
                    ['category_id', 'priority', 'code'], unique=False)
    op.create_index('ix_tickets_priority_code', 'tickets', ['priority', 'code'], unique=False)
    tickets_search_ddl.create(op.get_bind())


def downgrade() -> None:
    tickets_search_ddl.drop(op.get_bind())
    op.drop_index('ix_tickets_priority_code', table_name='tickets')
    op.drop_index('ix_tickets_category_priority_code', table_name='tickets')
