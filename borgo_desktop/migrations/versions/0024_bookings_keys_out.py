"""spaces: a partial index on the bookings whose key is out

The home page lists the keys given and not returned. Without an index that is a read of
every booking (100,000 in a city: 0.8 s on the encrypted file, at every start); the keys
out at any moment are a handful, and a partial index holds only those.

Revision ID: 0024
Revises: 0023
Create Date: 2026-12-04 18:10:00
"""
from alembic import op
import sqlalchemy as sa


revision = '0024'
down_revision = '0023'
branch_labels = None
depends_on = None

KEYS_OUT = "key_given_at IS NOT NULL AND key_returned_at IS NULL"


def upgrade() -> None:
    where = sa.text(KEYS_OUT)
    op.create_index("ix_bookings_keys_out", "bookings", ["starts_at"], unique=False,
                    sqlite_where=where, postgresql_where=where)


def downgrade() -> None:
    op.drop_index("ix_bookings_keys_out", table_name="bookings")
