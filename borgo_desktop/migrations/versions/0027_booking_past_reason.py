"""spaces: the reason a booking in the past was recorded

A series that starts on a day already gone is accepted only with a reason (recorded after
the fact, a correction...), kept on the series and in the audit entry.

Revision ID: 0027
Revises: 0026
Create Date: 2026-12-04 22:40:00
"""
from alembic import op
import sqlalchemy as sa


revision = '0027'
down_revision = '0026'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column('booking_series', sa.Column('past_reason', sa.String(length=200),
                                              nullable=False, server_default=''))


def downgrade() -> None:
    with op.batch_alter_table('booking_series', schema=None) as batch_op:
        batch_op.drop_column('past_reason')
