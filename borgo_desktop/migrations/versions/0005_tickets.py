"""tickets

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-25 14:03:13.934793
"""
from datetime import datetime, timezone

from alembic import op
import sqlalchemy as sa
import uuid6

# The starting categories (the office can add and retire its own).
CATEGORIES = (
    ("heating", "Riscaldamento"), ("plumbing", "Idraulica"), ("electrical", "Impianto elettrico"),
    ("lift", "Ascensore"), ("doors_windows", "Porte e finestre"), ("intercom", "Citofono"),
    ("cleaning", "Pulizia parti comuni"), ("green", "Aree verdi"), ("pests", "Disinfestazione"),
    ("other", "Altro"),
)


revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None


def upgrade() -> None:
    
    op.create_table('contractors',
    sa.Column('name', sa.String(length=120), nullable=False),
    sa.Column('trade', sa.String(length=80), nullable=False),
    sa.Column('contact_person', sa.String(length=120), nullable=False),
    sa.Column('phone', sa.String(length=40), nullable=False),
    sa.Column('email', sa.String(length=120), nullable=False),
    sa.Column('contract_ref', sa.String(length=60), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_by', sa.String(length=64), nullable=False),
    sa.Column('updated_by', sa.String(length=64), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_contractors')),
    sa.UniqueConstraint('name', name=op.f('uq_contractors_name'))
    )
    op.create_table('ticket_categories',
    sa.Column('code', sa.String(length=24), nullable=False),
    sa.Column('label', sa.String(length=80), nullable=False),
    sa.Column('sort_order', sa.Integer(), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_by', sa.String(length=64), nullable=False),
    sa.Column('updated_by', sa.String(length=64), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_ticket_categories')),
    sa.UniqueConstraint('code', name=op.f('uq_ticket_categories_code'))
    )
    op.create_table('preventive_plans',
    sa.Column('name', sa.String(length=120), nullable=False),
    sa.Column('category_id', sa.Uuid(), nullable=False),
    sa.Column('building_id', sa.Uuid(), nullable=False),
    sa.Column('system', sa.String(length=120), nullable=False),
    sa.Column('every_months', sa.Integer(), nullable=False),
    sa.Column('first_due_on', sa.Date(), nullable=False),
    sa.Column('lead_days', sa.Integer(), nullable=False),
    sa.Column('priority', sa.Enum('urgent', 'high', 'normal', 'low', name='priority', native_enum=False, length=24), nullable=False),
    sa.Column('contractor_id', sa.Uuid(), nullable=True),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_by', sa.String(length=64), nullable=False),
    sa.Column('updated_by', sa.String(length=64), nullable=False),
    sa.ForeignKeyConstraint(['building_id'], ['buildings.id'], name=op.f('fk_preventive_plans_building_id_buildings')),
    sa.ForeignKeyConstraint(['category_id'], ['ticket_categories.id'], name=op.f('fk_preventive_plans_category_id_ticket_categories')),
    sa.ForeignKeyConstraint(['contractor_id'], ['contractors.id'], name=op.f('fk_preventive_plans_contractor_id_contractors')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_preventive_plans'))
    )
    with op.batch_alter_table('preventive_plans', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_preventive_plans_building_id'), ['building_id'], unique=False)

    op.create_table('tickets',
    sa.Column('code', sa.String(length=20), nullable=False),
    sa.Column('building_id', sa.Uuid(), nullable=False),
    sa.Column('unit_id', sa.Uuid(), nullable=True),
    sa.Column('common_space_id', sa.Uuid(), nullable=True),
    sa.Column('system', sa.String(length=120), nullable=False),
    sa.Column('category_id', sa.Uuid(), nullable=False),
    sa.Column('summary', sa.String(length=160), nullable=False),
    sa.Column('description', sa.Text(), nullable=False),
    sa.Column('reporter_household_id', sa.Uuid(), nullable=True),
    sa.Column('reporter_person_id', sa.Uuid(), nullable=True),
    sa.Column('reporter_name', sa.String(length=120), nullable=False),
    sa.Column('channel', sa.Enum('desk', 'phone', 'email', 'planned', name='channel', native_enum=False, length=24), nullable=False),
    sa.Column('priority', sa.Enum('urgent', 'high', 'normal', 'low', name='priority', native_enum=False, length=24), nullable=False),
    sa.Column('status', sa.Enum('new', 'triaged', 'assigned', 'in_progress', 'waiting', 'resolved', 'closed', name='ticketstatus', native_enum=False, length=24), nullable=False),
    sa.Column('wait_reason', sa.Enum('parts', 'tenant_access', 'contractor', name='waitreason', native_enum=False, length=24), nullable=True),
    sa.Column('opened_on', sa.Date(), nullable=False),
    sa.Column('due_on', sa.Date(), nullable=False),
    sa.Column('resolved_on', sa.Date(), nullable=True),
    sa.Column('resolution_days', sa.Integer(), nullable=True),
    sa.Column('closed_on', sa.Date(), nullable=True),
    sa.Column('contractor_id', sa.Uuid(), nullable=True),
    sa.Column('assignee_name', sa.String(length=120), nullable=False),
    sa.Column('estimated_cost_cents', sa.Integer(), nullable=True),
    sa.Column('actual_cost_cents', sa.Integer(), nullable=True),
    sa.Column('cost_bearer', sa.Enum('owner', 'tenant', 'self_management', name='costbearer', native_enum=False, length=24), nullable=True),
    sa.Column('feedback_rating', sa.Integer(), nullable=True),
    sa.Column('feedback_note', sa.Text(), nullable=False),
    sa.Column('reopen_count', sa.Integer(), nullable=False),
    sa.Column('plan_id', sa.Uuid(), nullable=True),
    sa.Column('plan_period', sa.String(length=10), nullable=True),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_by', sa.String(length=64), nullable=False),
    sa.Column('updated_by', sa.String(length=64), nullable=False),
    sa.ForeignKeyConstraint(['building_id'], ['buildings.id'], name=op.f('fk_tickets_building_id_buildings')),
    sa.ForeignKeyConstraint(['category_id'], ['ticket_categories.id'], name=op.f('fk_tickets_category_id_ticket_categories')),
    sa.ForeignKeyConstraint(['common_space_id'], ['common_spaces.id'], name=op.f('fk_tickets_common_space_id_common_spaces')),
    sa.ForeignKeyConstraint(['contractor_id'], ['contractors.id'], name=op.f('fk_tickets_contractor_id_contractors')),
    sa.ForeignKeyConstraint(['plan_id'], ['preventive_plans.id'], name=op.f('fk_tickets_plan_id_preventive_plans')),
    sa.ForeignKeyConstraint(['reporter_household_id'], ['households.id'], name=op.f('fk_tickets_reporter_household_id_households')),
    sa.ForeignKeyConstraint(['reporter_person_id'], ['persons.id'], name=op.f('fk_tickets_reporter_person_id_persons')),
    sa.ForeignKeyConstraint(['unit_id'], ['units.id'], name=op.f('fk_tickets_unit_id_units')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_tickets')),
    sa.UniqueConstraint('code', name=op.f('uq_tickets_code')),
    sa.UniqueConstraint('plan_id', 'plan_period', name='uq_tickets_plan_period')
    )
    with op.batch_alter_table('tickets', schema=None) as batch_op:
        batch_op.create_index('ix_tickets_building_opened', ['building_id', 'opened_on'], unique=False)
        batch_op.create_index('ix_tickets_category_code', ['category_id', 'code'], unique=False)
        batch_op.create_index(batch_op.f('ix_tickets_contractor_id'), ['contractor_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_tickets_reporter_household_id'), ['reporter_household_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_tickets_resolved_on'), ['resolved_on'], unique=False)
        batch_op.create_index('ix_tickets_status_due', ['status', 'due_on'], unique=False)
        batch_op.create_index('ix_tickets_status_opened', ['status', 'opened_on'], unique=False)
        batch_op.create_index(batch_op.f('ix_tickets_unit_id'), ['unit_id'], unique=False)

    op.create_table('ticket_appointments',
    sa.Column('ticket_id', sa.Uuid(), nullable=False),
    sa.Column('starts_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_by', sa.String(length=64), nullable=False),
    sa.Column('updated_by', sa.String(length=64), nullable=False),
    sa.ForeignKeyConstraint(['ticket_id'], ['tickets.id'], name=op.f('fk_ticket_appointments_ticket_id_tickets')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_ticket_appointments'))
    )
    with op.batch_alter_table('ticket_appointments', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_ticket_appointments_ticket_id'), ['ticket_id'], unique=False)

    op.create_table('ticket_attachments',
    sa.Column('ticket_id', sa.Uuid(), nullable=False),
    sa.Column('filename', sa.String(length=200), nullable=False),
    sa.Column('stored_path', sa.String(length=400), nullable=False),
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('size_bytes', sa.Integer(), nullable=False),
    sa.Column('description', sa.String(length=200), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_by', sa.String(length=64), nullable=False),
    sa.Column('updated_by', sa.String(length=64), nullable=False),
    sa.ForeignKeyConstraint(['ticket_id'], ['tickets.id'], name=op.f('fk_ticket_attachments_ticket_id_tickets')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_ticket_attachments'))
    )
    with op.batch_alter_table('ticket_attachments', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_ticket_attachments_ticket_id'), ['ticket_id'], unique=False)

    op.create_table('ticket_events',
    sa.Column('ticket_id', sa.Uuid(), nullable=False),
    sa.Column('kind', sa.Enum('created', 'status', 'comment', 'appointment', 'attachment', 'costs', name='eventkind', native_enum=False, length=24), nullable=False),
    sa.Column('from_status', sa.Enum('new', 'triaged', 'assigned', 'in_progress', 'waiting', 'resolved', 'closed', name='ticketstatus', native_enum=False, length=24), nullable=True),
    sa.Column('to_status', sa.Enum('new', 'triaged', 'assigned', 'in_progress', 'waiting', 'resolved', 'closed', name='ticketstatus', native_enum=False, length=24), nullable=True),
    sa.Column('happened_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_by', sa.String(length=64), nullable=False),
    sa.Column('updated_by', sa.String(length=64), nullable=False),
    sa.ForeignKeyConstraint(['ticket_id'], ['tickets.id'], name=op.f('fk_ticket_events_ticket_id_tickets')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_ticket_events'))
    )
    with op.batch_alter_table('ticket_events', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_ticket_events_ticket_id'), ['ticket_id'], unique=False)


    _seed_categories()


def _seed_categories() -> None:
    now = datetime.now(timezone.utc)
    table = sa.table("ticket_categories", sa.column("id", sa.Uuid()), sa.column("code"),
                     sa.column("label"), sa.column("sort_order"), sa.column("active"),
                     sa.column("created_at", sa.DateTime(timezone=True)),
                     sa.column("updated_at", sa.DateTime(timezone=True)),
                     sa.column("created_by"), sa.column("updated_by"))
    op.bulk_insert(table, [
        {"id": uuid6.uuid7(), "code": code, "label": label, "sort_order": index, "active": True,
         "created_at": now, "updated_at": now, "created_by": "setup", "updated_by": "setup"}
        for index, (code, label) in enumerate(CATEGORIES)])


def downgrade() -> None:
    with op.batch_alter_table('ticket_events', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_ticket_events_ticket_id'))

    op.drop_table('ticket_events')
    with op.batch_alter_table('ticket_attachments', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_ticket_attachments_ticket_id'))

    op.drop_table('ticket_attachments')
    with op.batch_alter_table('ticket_appointments', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_ticket_appointments_ticket_id'))

    op.drop_table('ticket_appointments')
    with op.batch_alter_table('tickets', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_tickets_unit_id'))
        batch_op.drop_index('ix_tickets_status_opened')
        batch_op.drop_index('ix_tickets_status_due')
        batch_op.drop_index(batch_op.f('ix_tickets_resolved_on'))
        batch_op.drop_index(batch_op.f('ix_tickets_reporter_household_id'))
        batch_op.drop_index(batch_op.f('ix_tickets_contractor_id'))
        batch_op.drop_index('ix_tickets_category_code')
        batch_op.drop_index('ix_tickets_building_opened')

    op.drop_table('tickets')
    with op.batch_alter_table('preventive_plans', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_preventive_plans_building_id'))

    op.drop_table('preventive_plans')
    op.drop_table('ticket_categories')
    op.drop_table('contractors')

