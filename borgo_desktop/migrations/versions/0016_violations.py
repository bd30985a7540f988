"""house-rule violations (with their steps) and the register of guests

Revision ID: 0016
Revises: 0015
Create Date: 2026-12-03 13:15:00
"""
from alembic import op
import sqlalchemy as sa


revision = '0016'
down_revision = '0015'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('guest_stays',
    sa.Column('household_id', sa.Uuid(), nullable=False),
    sa.Column('guest_name', sa.String(length=160), nullable=False),
    sa.Column('tax_code', sa.String(length=16), nullable=False),
    sa.Column('relation', sa.Enum('parent_child', 'relative', 'other', name='guestrelation', native_enum=False, length=24), nullable=False),
    sa.Column('starts_on', sa.Date(), nullable=False),
    sa.Column('planned_until', sa.Date(), nullable=False),
    sa.Column('ended_on', sa.Date(), nullable=True),
    sa.Column('authorised_on', sa.Date(), nullable=True),
    sa.Column('authorised_by', sa.String(length=64), nullable=False),
    sa.Column('renewal_of_id', sa.Uuid(), nullable=True),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_by', sa.String(length=64), nullable=False),
    sa.Column('updated_by', sa.String(length=64), nullable=False),
    sa.ForeignKeyConstraint(['household_id'], ['households.id'], name=op.f('fk_guest_stays_household_id_households')),
    sa.ForeignKeyConstraint(['renewal_of_id'], ['guest_stays.id'], name=op.f('fk_guest_stays_renewal_of_id_guest_stays')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_guest_stays'))
    )
    with op.batch_alter_table('guest_stays', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_guest_stays_household_id'), ['household_id'], unique=False)

    op.create_table('violations',
    sa.Column('code', sa.String(length=16), nullable=False),
    sa.Column('household_id', sa.Uuid(), nullable=False),
    sa.Column('category', sa.String(length=40), nullable=False),
    sa.Column('occurred_on', sa.Date(), nullable=False),
    sa.Column('reported_on', sa.Date(), nullable=False),
    sa.Column('reported_by', sa.String(length=160), nullable=False),
    sa.Column('description', sa.Text(), nullable=False),
    sa.Column('rules_id', sa.Uuid(), nullable=True),
    sa.Column('rule_number', sa.Integer(), nullable=True),
    sa.Column('rule_text', sa.String(length=500), nullable=False),
    sa.Column('status', sa.Enum('reported', 'verified', 'dismissed', 'verbal_warning', 'written_warning', 'formal_notice', 'resolved', 'escalated', name='violationstatus', native_enum=False, length=24), nullable=False),
    sa.Column('deadline', sa.Date(), nullable=True),
    sa.Column('outcome', sa.Enum('complied', 'mediation', 'repair', 'community_work', 'other', name='violationoutcome', native_enum=False, length=24), nullable=True),
    sa.Column('closed_on', sa.Date(), nullable=True),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_by', sa.String(length=64), nullable=False),
    sa.Column('updated_by', sa.String(length=64), nullable=False),
    sa.ForeignKeyConstraint(['household_id'], ['households.id'], name=op.f('fk_violations_household_id_households')),
    sa.ForeignKeyConstraint(['rules_id'], ['house_rules.id'], name=op.f('fk_violations_rules_id_house_rules')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_violations')),
    sa.UniqueConstraint('code', name=op.f('uq_violations_code'))
    )
    with op.batch_alter_table('violations', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_violations_category'), ['category'], unique=False)
        batch_op.create_index(batch_op.f('ix_violations_household_id'), ['household_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_violations_status'), ['status'], unique=False)
        batch_op.create_index('ix_violations_status_reported', ['status', 'reported_on'], unique=False)

    op.create_table('violation_steps',
    sa.Column('violation_id', sa.Uuid(), nullable=False),
    sa.Column('to_status', sa.Enum('reported', 'verified', 'dismissed', 'verbal_warning', 'written_warning', 'formal_notice', 'resolved', 'escalated', name='violationstatus', native_enum=False, length=24), nullable=False),
    sa.Column('happened_on', sa.Date(), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('deadline', sa.Date(), nullable=True),
    sa.Column('outcome', sa.Enum('complied', 'mediation', 'repair', 'community_work', 'other', name='violationoutcome', native_enum=False, length=24), nullable=True),
    sa.Column('letter_sha256', sa.String(length=64), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_by', sa.String(length=64), nullable=False),
    sa.Column('updated_by', sa.String(length=64), nullable=False),
    sa.ForeignKeyConstraint(['violation_id'], ['violations.id'], name=op.f('fk_violation_steps_violation_id_violations')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_violation_steps'))
    )
    with op.batch_alter_table('violation_steps', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_violation_steps_violation_id'), ['violation_id'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('violation_steps', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_violation_steps_violation_id'))

    op.drop_table('violation_steps')
    with op.batch_alter_table('violations', schema=None) as batch_op:
        batch_op.drop_index('ix_violations_status_reported')
        batch_op.drop_index(batch_op.f('ix_violations_status'))
        batch_op.drop_index(batch_op.f('ix_violations_household_id'))
        batch_op.drop_index(batch_op.f('ix_violations_category'))

    op.drop_table('violations')
    with op.batch_alter_table('guest_stays', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_guest_stays_household_id'))

    op.drop_table('guest_stays')
