"""estate and move-in follow-up: buildings, units and common spaces retired with a date;
move-in steps with a due date (residence, utilities, checks at 1, 3 and 6 months)

Plain ADD and DROP COLUMN (no batch copy of the tables, which keeps their triggers).

Revision ID: 0020
Revises: 0017
Create Date: 2026-12-03 14:20:00
"""
from alembic import op
import sqlalchemy as sa


revision = '0020'
down_revision = '0017'
branch_labels = None
depends_on = None


def upgrade() -> None:
    for table in ('buildings', 'units', 'common_spaces'):
        op.add_column(table, sa.Column('retired_on', sa.Date(), nullable=True))
    op.add_column('move_in_tasks', sa.Column('due_on', sa.Date(), nullable=True))


def downgrade() -> None:
    # Plain DROP COLUMN (SQLite 3.35+, PostgreSQL): a batch copy of units would break the
    # tickets' search triggers that name it.
    op.execute('ALTER TABLE move_in_tasks DROP COLUMN due_on')
    for table in ('common_spaces', 'units', 'buildings'):
        op.execute(f'ALTER TABLE {table} DROP COLUMN retired_on')
