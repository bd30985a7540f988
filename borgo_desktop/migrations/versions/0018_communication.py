"""communication: templates with versions, mailings, deliveries, the plan

Revision ID: 0018
Revises: 0014
Create Date: 2026-12-03 13:00:00
"""
from alembic import op
import sqlalchemy as sa


revision = '0018'
down_revision = '0014'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('comm_plan_actions',
    sa.Column('phase', sa.Enum('pre_allocation', 'move_in', 'first_year', 'steady', name='planphase', native_enum=False, length=24), nullable=False),
    sa.Column('audience', sa.Enum('residents', 'neighbourhood', 'city', 'comune', 'partners', name='planaudience', native_enum=False, length=24), nullable=False),
    sa.Column('title', sa.String(length=160), nullable=False),
    sa.Column('channel', sa.String(length=80), nullable=False),
    sa.Column('planned_on', sa.Date(), nullable=False),
    sa.Column('owner', sa.String(length=120), nullable=False),
    sa.Column('status', sa.Enum('planned', 'done', 'cancelled', name='planstatus', native_enum=False, length=24), nullable=False),
    sa.Column('material', sa.String(length=200), nullable=False),
    sa.Column('delivered', sa.Integer(), nullable=False),
    sa.Column('attended', sa.Integer(), nullable=False),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_by', sa.String(length=64), nullable=False),
    sa.Column('updated_by', sa.String(length=64), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_comm_plan_actions'))
    )
    with op.batch_alter_table('comm_plan_actions', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_comm_plan_actions_phase'), ['phase'], unique=False)
        batch_op.create_index(batch_op.f('ix_comm_plan_actions_planned_on'), ['planned_on'], unique=False)

    op.create_table('comm_templates',
    sa.Column('code', sa.String(length=32), nullable=False),
    sa.Column('name', sa.String(length=160), nullable=False),
    sa.Column('kind', sa.Enum('letter', 'notice_building', 'notice_staircase', 'notice_borgo', 'poster_a4', 'poster_a3', 'info_sheet', name='templatekind', native_enum=False, length=24), nullable=False),
    sa.Column('purpose', sa.Enum('general', 'ledger', name='templatepurpose', native_enum=False, length=24), nullable=False),
    sa.Column('current_version', sa.Integer(), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_by', sa.String(length=64), nullable=False),
    sa.Column('updated_by', sa.String(length=64), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_comm_templates')),
    sa.UniqueConstraint('code', name=op.f('uq_comm_templates_code'))
    )
    op.create_table('comm_template_versions',
    sa.Column('template_id', sa.Uuid(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('texts', sa.JSON(), nullable=False),
    sa.Column('note', sa.String(length=200), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_by', sa.String(length=64), nullable=False),
    sa.Column('updated_by', sa.String(length=64), nullable=False),
    sa.ForeignKeyConstraint(['template_id'], ['comm_templates.id'], name=op.f('fk_comm_template_versions_template_id_comm_templates')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_comm_template_versions')),
    sa.UniqueConstraint('template_id', 'version', name=op.f('uq_comm_template_versions_template_id'))
    )
    with op.batch_alter_table('comm_template_versions', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_comm_template_versions_template_id'), ['template_id'], unique=False)

    op.create_table('comm_mailings',
    sa.Column('code', sa.String(length=24), nullable=False),
    sa.Column('version_id', sa.Uuid(), nullable=False),
    sa.Column('target', sa.String(length=120), nullable=False),
    sa.Column('target_label', sa.String(length=200), nullable=False),
    sa.Column('large_print', sa.Boolean(), nullable=False),
    sa.Column('extra', sa.JSON(), nullable=False),
    sa.Column('recipients', sa.Integer(), nullable=False),
    sa.Column('pages', sa.Integer(), nullable=False),
    sa.Column('file_name', sa.String(length=260), nullable=False),
    sa.Column('file_sha256', sa.String(length=64), nullable=False),
    sa.Column('printed_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_by', sa.String(length=64), nullable=False),
    sa.Column('updated_by', sa.String(length=64), nullable=False),
    sa.ForeignKeyConstraint(['version_id'], ['comm_template_versions.id'], name=op.f('fk_comm_mailings_version_id_comm_template_versions')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_comm_mailings')),
    sa.UniqueConstraint('code', name=op.f('uq_comm_mailings_code'))
    )
    with op.batch_alter_table('comm_mailings', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_comm_mailings_version_id'), ['version_id'], unique=False)

    op.create_table('comm_deliveries',
    sa.Column('mailing_id', sa.Uuid(), nullable=False),
    sa.Column('household_id', sa.Uuid(), nullable=False),
    sa.Column('person_id', sa.Uuid(), nullable=True),
    sa.Column('language', sa.String(length=2), nullable=False),
    sa.Column('first_page', sa.Integer(), nullable=False),
    sa.Column('last_page', sa.Integer(), nullable=False),
    sa.Column('channel', sa.Enum('hand', 'letterbox', 'board', 'registered', 'email', name='deliverychannel', native_enum=False, length=24), nullable=False),
    sa.Column('status', sa.Enum('printed', 'sent', 'receipt', 'returned', 'failed', name='deliverystatus', native_enum=False, length=24), nullable=False),
    sa.Column('sent_on', sa.Date(), nullable=True),
    sa.Column('operator', sa.String(length=64), nullable=False),
    sa.Column('registered_number', sa.String(length=40), nullable=False),
    sa.Column('receipt_on', sa.Date(), nullable=True),
    sa.Column('receipt_note', sa.String(length=200), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_by', sa.String(length=64), nullable=False),
    sa.Column('updated_by', sa.String(length=64), nullable=False),
    sa.ForeignKeyConstraint(['household_id'], ['households.id'], name=op.f('fk_comm_deliveries_household_id_households')),
    sa.ForeignKeyConstraint(['mailing_id'], ['comm_mailings.id'], name=op.f('fk_comm_deliveries_mailing_id_comm_mailings')),
    sa.ForeignKeyConstraint(['person_id'], ['persons.id'], name=op.f('fk_comm_deliveries_person_id_persons')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_comm_deliveries')),
    sa.UniqueConstraint('mailing_id', 'household_id', name=op.f('uq_comm_deliveries_mailing_id'))
    )
    with op.batch_alter_table('comm_deliveries', schema=None) as batch_op:
        batch_op.create_index('ix_comm_deliveries_household', ['household_id', 'created_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_comm_deliveries_mailing_id'), ['mailing_id'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('comm_deliveries', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_comm_deliveries_mailing_id'))
        batch_op.drop_index('ix_comm_deliveries_household')

    op.drop_table('comm_deliveries')
    with op.batch_alter_table('comm_mailings', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_comm_mailings_version_id'))

    op.drop_table('comm_mailings')
    with op.batch_alter_table('comm_template_versions', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_comm_template_versions_template_id'))

    op.drop_table('comm_template_versions')
    op.drop_table('comm_templates')
    with op.batch_alter_table('comm_plan_actions', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_comm_plan_actions_planned_on'))
        batch_op.drop_index(batch_op.f('ix_comm_plan_actions_phase'))

    op.drop_table('comm_plan_actions')
