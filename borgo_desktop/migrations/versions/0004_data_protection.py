"""data protection: consent records and the disposal register

Revision ID: 0004
Revises: 0002
Create Date: 2026-11-25 14:10:00
"""
from alembic import op
import sqlalchemy as sa


revision = '0004'
down_revision = '0002'
branch_labels = None
depends_on = None


def _tracked() -> list[sa.Column]:
    return [
        sa.Column('id', sa.Uuid(), nullable=False),
        sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
        sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
        sa.Column('created_by', sa.String(length=64), nullable=False),
        sa.Column('updated_by', sa.String(length=64), nullable=False),
    ]


def upgrade() -> None:
    op.create_table('consents',
    sa.Column('person_id', sa.Uuid(), nullable=False),
    sa.Column('purpose', sa.Enum('photos', 'local_services', 'contact_email', 'contact_sms',
                                 'community_news', name='consentpurpose', native_enum=False,
                                 create_constraint=False, length=24), nullable=False),
    sa.Column('given_on', sa.Date(), nullable=False),
    sa.Column('withdrawn_on', sa.Date(), nullable=True),
    sa.Column('method', sa.Enum('signed_form', 'verbal', 'email', name='consentmethod',
                                native_enum=False, create_constraint=False, length=24),
              nullable=False),
    sa.Column('recorded_by', sa.String(length=64), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    *_tracked(),
    sa.ForeignKeyConstraint(['person_id'], ['persons.id'],
                            name=op.f('fk_consents_person_id_persons')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_consents'))
    )
    with op.batch_alter_table('consents', schema=None) as batch_op:
        batch_op.create_index('ix_consents_person_purpose', ['person_id', 'purpose'], unique=False)

    op.create_table('disposals',
    sa.Column('household_id', sa.Uuid(), nullable=False),
    sa.Column('left_on', sa.Date(), nullable=False),
    sa.Column('rule_years', sa.Integer(), nullable=False),
    sa.Column('persons', sa.Integer(), nullable=False),
    sa.Column('anonymised_on', sa.Date(), nullable=False),
    *_tracked(),
    sa.ForeignKeyConstraint(['household_id'], ['households.id'],
                            name=op.f('fk_disposals_household_id_households')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_disposals')),
    sa.UniqueConstraint('household_id', name=op.f('uq_disposals_household_id'))
    )


def downgrade() -> None:
    op.drop_table('disposals')
    with op.batch_alter_table('consents', schema=None) as batch_op:
        batch_op.drop_index('ix_consents_person_purpose')
    op.drop_table('consents')
