"""registry and allocation

Revision ID: 0001
Revises: 
Create Date: 2026-11-25 11:49:14.831938
"""
from alembic import op
import sqlalchemy as sa

from borgo_desktop.migrations import search_ddl


revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:

    op.create_table('buildings',
    sa.Column('code', sa.String(length=16), nullable=False),
    sa.Column('name', sa.String(length=120), nullable=False),
    sa.Column('address', sa.String(length=200), nullable=False),
    sa.Column('cap', sa.String(length=5), nullable=False),
    sa.Column('city', sa.String(length=80), nullable=False),
    sa.Column('municipio', sa.Integer(), nullable=True),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_by', sa.String(length=64), nullable=False),
    sa.Column('updated_by', sa.String(length=64), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_buildings')),
    sa.UniqueConstraint('code', name=op.f('uq_buildings_code'))
    )
    op.create_table('persons',
    sa.Column('surname', sa.String(length=80), nullable=False),
    sa.Column('given_name', sa.String(length=80), nullable=False),
    sa.Column('tax_code', sa.String(length=16), nullable=True),
    sa.Column('birth_date', sa.Date(), nullable=False),
    sa.Column('birth_place', sa.String(length=80), nullable=False),
    sa.Column('sex', sa.Enum('M', 'F', name='sex', native_enum=False, length=24), nullable=False),
    sa.Column('citizenship', sa.String(length=60), nullable=False),
    sa.Column('employment', sa.Enum('unknown', 'employed', 'self_employed', 'unemployed', 'long_unemployed', 'student', 'retired', 'inactive', name='employment', native_enum=False, length=24), nullable=False),
    sa.Column('education', sa.Enum('unknown', 'isced0', 'isced1_2', 'isced3_4', 'isced5_8', name='education', native_enum=False, length=24), nullable=False),
    sa.Column('has_disability', sa.Boolean(), nullable=False),
    sa.Column('phone', sa.String(length=40), nullable=False),
    sa.Column('email', sa.String(length=120), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_by', sa.String(length=64), nullable=False),
    sa.Column('updated_by', sa.String(length=64), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_persons')),
    sa.UniqueConstraint('tax_code', name=op.f('uq_persons_tax_code'))
    )
    with op.batch_alter_table('persons', schema=None) as batch_op:
        batch_op.create_index('ix_persons_name', ['surname', 'given_name'], unique=False)

    op.create_table('search_entries',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('kind', sa.String(length=16), nullable=False),
    sa.Column('ref_id', sa.Uuid(), nullable=False),
    sa.Column('title', sa.String(length=200), nullable=False),
    sa.Column('subtitle', sa.String(length=200), nullable=False),
    sa.Column('body', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_search_entries')),
    sa.UniqueConstraint('ref_id', name=op.f('uq_search_entries_ref_id'))
    )
    op.create_table('settings',
    sa.Column('key', sa.String(length=80), nullable=False),
    sa.Column('value', sa.JSON(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_by', sa.String(length=64), nullable=False),
    sa.Column('updated_by', sa.String(length=64), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_settings')),
    sa.UniqueConstraint('key', name=op.f('uq_settings_key'))
    )
    op.create_table('target_categories',
    sa.Column('code', sa.String(length=24), nullable=False),
    sa.Column('label', sa.String(length=120), nullable=False),
    sa.Column('quota', sa.Integer(), nullable=False),
    sa.Column('description', sa.Text(), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_by', sa.String(length=64), nullable=False),
    sa.Column('updated_by', sa.String(length=64), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_target_categories')),
    sa.UniqueConstraint('code', name=op.f('uq_target_categories_code'))
    )
    op.create_table('common_spaces',
    sa.Column('building_id', sa.Uuid(), nullable=False),
    sa.Column('code', sa.String(length=24), nullable=False),
    sa.Column('name', sa.String(length=120), nullable=False),
    sa.Column('purpose', sa.String(length=200), nullable=False),
    sa.Column('surface_m2', sa.Float(), nullable=True),
    sa.Column('capacity', sa.Integer(), nullable=True),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_by', sa.String(length=64), nullable=False),
    sa.Column('updated_by', sa.String(length=64), nullable=False),
    sa.ForeignKeyConstraint(['building_id'], ['buildings.id'], name=op.f('fk_common_spaces_building_id_buildings')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_common_spaces')),
    sa.UniqueConstraint('code', name=op.f('uq_common_spaces_code'))
    )
    with op.batch_alter_table('common_spaces', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_common_spaces_building_id'), ['building_id'], unique=False)

    op.create_table('households',
    sa.Column('code', sa.String(length=24), nullable=False),
    sa.Column('status', sa.Enum('applicant', 'resident', 'left', name='householdstatus', native_enum=False, length=24), nullable=False),
    sa.Column('reference_person_id', sa.Uuid(), nullable=True),
    sa.Column('phone', sa.String(length=40), nullable=False),
    sa.Column('email', sa.String(length=120), nullable=False),
    sa.Column('preferred_language', sa.String(length=40), nullable=False),
    sa.Column('target_category_id', sa.Uuid(), nullable=True),
    sa.Column('vulnerabilities', sa.JSON(), nullable=False),
    sa.Column('needs_accessible_unit', sa.Boolean(), nullable=False),
    sa.Column('isee_cents', sa.Integer(), nullable=True),
    sa.Column('isee_expires_on', sa.Date(), nullable=True),
    sa.Column('dsu_protocol', sa.String(length=40), nullable=False),
    sa.Column('privacy_consent_on', sa.Date(), nullable=True),
    sa.Column('contact_consent_on', sa.Date(), nullable=True),
    sa.Column('photo_consent_on', sa.Date(), nullable=True),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_by', sa.String(length=64), nullable=False),
    sa.Column('updated_by', sa.String(length=64), nullable=False),
    sa.ForeignKeyConstraint(['reference_person_id'], ['persons.id'], name=op.f('fk_households_reference_person_id_persons')),
    sa.ForeignKeyConstraint(['target_category_id'], ['target_categories.id'], name=op.f('fk_households_target_category_id_target_categories')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_households')),
    sa.UniqueConstraint('code', name=op.f('uq_households_code'))
    )
    with op.batch_alter_table('households', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_households_status'), ['status'], unique=False)
        batch_op.create_index(batch_op.f('ix_households_target_category_id'), ['target_category_id'], unique=False)

    op.create_table('units',
    sa.Column('building_id', sa.Uuid(), nullable=False),
    sa.Column('code', sa.String(length=24), nullable=False),
    sa.Column('staircase', sa.String(length=8), nullable=False),
    sa.Column('floor', sa.Integer(), nullable=False),
    sa.Column('number', sa.String(length=8), nullable=False),
    sa.Column('cadastral_sheet', sa.String(length=12), nullable=False),
    sa.Column('cadastral_parcel', sa.String(length=12), nullable=False),
    sa.Column('cadastral_sub', sa.String(length=12), nullable=False),
    sa.Column('surface_m2', sa.Float(), nullable=False),
    sa.Column('rooms', sa.Integer(), nullable=False),
    sa.Column('accessible', sa.Boolean(), nullable=False),
    sa.Column('regime', sa.Enum('capped', 'public', 'temporary', name='regime', native_enum=False, length=24), nullable=False),
    sa.Column('rent_model', sa.Enum('per_m2', 'income_band', 'flat', name='rentmodel', native_enum=False, length=24), nullable=False),
    sa.Column('rent_rate_cents', sa.Integer(), nullable=False),
    sa.Column('status', sa.Enum('renovation', 'vacant', 'preallocated', 'let', 'unavailable', name='unitstatus', native_enum=False, length=24), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_by', sa.String(length=64), nullable=False),
    sa.Column('updated_by', sa.String(length=64), nullable=False),
    sa.ForeignKeyConstraint(['building_id'], ['buildings.id'], name=op.f('fk_units_building_id_buildings')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_units')),
    sa.UniqueConstraint('code', name=op.f('uq_units_code'))
    )
    with op.batch_alter_table('units', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_units_building_id'), ['building_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_units_status'), ['status'], unique=False)
        batch_op.create_index('ix_units_status_building', ['status', 'building_id'], unique=False)

    op.create_table('candidacies',
    sa.Column('household_id', sa.Uuid(), nullable=False),
    sa.Column('stage', sa.Enum('candidate', 'proposed', 'visit', 'accepted', 'refused', 'signed', 'moved_in', name='stage', native_enum=False, length=24), nullable=False),
    sa.Column('unit_id', sa.Uuid(), nullable=True),
    sa.Column('reserved_until', sa.Date(), nullable=True),
    sa.Column('refusal_reason', sa.Text(), nullable=False),
    sa.Column('stage_changed_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_by', sa.String(length=64), nullable=False),
    sa.Column('updated_by', sa.String(length=64), nullable=False),
    sa.ForeignKeyConstraint(['household_id'], ['households.id'], name=op.f('fk_candidacies_household_id_households')),
    sa.ForeignKeyConstraint(['unit_id'], ['units.id'], name=op.f('fk_candidacies_unit_id_units')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_candidacies')),
    sa.UniqueConstraint('household_id', name=op.f('uq_candidacies_household_id'))
    )
    with op.batch_alter_table('candidacies', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_candidacies_stage'), ['stage'], unique=False)
        batch_op.create_index(batch_op.f('ix_candidacies_unit_id'), ['unit_id'], unique=False)

    op.create_table('leases',
    sa.Column('household_id', sa.Uuid(), nullable=False),
    sa.Column('unit_id', sa.Uuid(), nullable=False),
    sa.Column('starts_on', sa.Date(), nullable=False),
    sa.Column('ends_on', sa.Date(), nullable=True),
    sa.Column('monthly_rent_cents', sa.Integer(), nullable=False),
    sa.Column('service_charges_cents', sa.Integer(), nullable=False),
    sa.Column('deposit_cents', sa.Integer(), nullable=False),
    sa.Column('status', sa.Enum('draft', 'active', 'ended', name='leasestatus', native_enum=False, length=24), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_by', sa.String(length=64), nullable=False),
    sa.Column('updated_by', sa.String(length=64), nullable=False),
    sa.ForeignKeyConstraint(['household_id'], ['households.id'], name=op.f('fk_leases_household_id_households')),
    sa.ForeignKeyConstraint(['unit_id'], ['units.id'], name=op.f('fk_leases_unit_id_units')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_leases'))
    )
    with op.batch_alter_table('leases', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_leases_household_id'), ['household_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_leases_unit_id'), ['unit_id'], unique=False)

    op.create_table('memberships',
    sa.Column('person_id', sa.Uuid(), nullable=False),
    sa.Column('household_id', sa.Uuid(), nullable=False),
    sa.Column('relation', sa.Enum('reference', 'spouse', 'child', 'parent', 'other', name='relation', native_enum=False, length=24), nullable=False),
    sa.Column('joined_on', sa.Date(), nullable=False),
    sa.Column('left_on', sa.Date(), nullable=True),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_by', sa.String(length=64), nullable=False),
    sa.Column('updated_by', sa.String(length=64), nullable=False),
    sa.ForeignKeyConstraint(['household_id'], ['households.id'], name=op.f('fk_memberships_household_id_households')),
    sa.ForeignKeyConstraint(['person_id'], ['persons.id'], name=op.f('fk_memberships_person_id_persons')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_memberships'))
    )
    with op.batch_alter_table('memberships', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_memberships_household_id'), ['household_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_memberships_person_id'), ['person_id'], unique=False)
        batch_op.create_index('uq_memberships_current_person', ['person_id'], unique=True, sqlite_where=sa.text('left_on IS NULL'), postgresql_where=sa.text('left_on IS NULL'))

    op.create_table('move_in_tasks',
    sa.Column('household_id', sa.Uuid(), nullable=False),
    sa.Column('item', sa.Enum('keys', 'meters', 'inventory', 'welcome_pack', 'info_session', name='moveinitem', native_enum=False, length=24), nullable=False),
    sa.Column('done_on', sa.Date(), nullable=True),
    sa.Column('done_by', sa.String(length=64), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_by', sa.String(length=64), nullable=False),
    sa.Column('updated_by', sa.String(length=64), nullable=False),
    sa.ForeignKeyConstraint(['household_id'], ['households.id'], name=op.f('fk_move_in_tasks_household_id_households')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_move_in_tasks'))
    )
    with op.batch_alter_table('move_in_tasks', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_move_in_tasks_household_id'), ['household_id'], unique=False)

    op.create_table('candidacy_events',
    sa.Column('candidacy_id', sa.Uuid(), nullable=False),
    sa.Column('from_stage', sa.Enum('candidate', 'proposed', 'visit', 'accepted', 'refused', 'signed', 'moved_in', name='stage', native_enum=False, length=24), nullable=True),
    sa.Column('to_stage', sa.Enum('candidate', 'proposed', 'visit', 'accepted', 'refused', 'signed', 'moved_in', name='stage', native_enum=False, length=24), nullable=False),
    sa.Column('unit_id', sa.Uuid(), nullable=True),
    sa.Column('happened_on', sa.Date(), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_by', sa.String(length=64), nullable=False),
    sa.Column('updated_by', sa.String(length=64), nullable=False),
    sa.ForeignKeyConstraint(['candidacy_id'], ['candidacies.id'], name=op.f('fk_candidacy_events_candidacy_id_candidacies')),
    sa.ForeignKeyConstraint(['unit_id'], ['units.id'], name=op.f('fk_candidacy_events_unit_id_units')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_candidacy_events'))
    )
    with op.batch_alter_table('candidacy_events', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_candidacy_events_candidacy_id'), ['candidacy_id'], unique=False)



    search_ddl.create(op.get_bind())

def downgrade() -> None:
    search_ddl.drop(op.get_bind())

    with op.batch_alter_table('candidacy_events', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_candidacy_events_candidacy_id'))

    op.drop_table('candidacy_events')
    with op.batch_alter_table('move_in_tasks', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_move_in_tasks_household_id'))

    op.drop_table('move_in_tasks')
    with op.batch_alter_table('memberships', schema=None) as batch_op:
        batch_op.drop_index('uq_memberships_current_person', sqlite_where=sa.text('left_on IS NULL'), postgresql_where=sa.text('left_on IS NULL'))
        batch_op.drop_index(batch_op.f('ix_memberships_person_id'))
        batch_op.drop_index(batch_op.f('ix_memberships_household_id'))

    op.drop_table('memberships')
    with op.batch_alter_table('leases', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_leases_unit_id'))
        batch_op.drop_index(batch_op.f('ix_leases_household_id'))

    op.drop_table('leases')
    with op.batch_alter_table('candidacies', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_candidacies_unit_id'))
        batch_op.drop_index(batch_op.f('ix_candidacies_stage'))

    op.drop_table('candidacies')
    with op.batch_alter_table('units', schema=None) as batch_op:
        batch_op.drop_index('ix_units_status_building')
        batch_op.drop_index(batch_op.f('ix_units_status'))
        batch_op.drop_index(batch_op.f('ix_units_building_id'))

    op.drop_table('units')
    with op.batch_alter_table('households', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_households_target_category_id'))
        batch_op.drop_index(batch_op.f('ix_households_status'))

    op.drop_table('households')
    with op.batch_alter_table('common_spaces', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_common_spaces_building_id'))

    op.drop_table('common_spaces')
    op.drop_table('target_categories')
    op.drop_table('settings')
    op.drop_table('search_entries')
    with op.batch_alter_table('persons', schema=None) as batch_op:
        batch_op.drop_index('ix_persons_name')

    op.drop_table('persons')
    op.drop_table('buildings')

