"""shared spaces, bookings and community life

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-25 14:09:05.470497
"""
from alembic import op
import sqlalchemy as sa

from borgo_desktop.migrations import spaces_ddl


revision = '0006'
down_revision = '0005'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('community_groups',
    sa.Column('name', sa.String(length=120), nullable=False),
    sa.Column('purpose', sa.Text(), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_by', sa.String(length=64), nullable=False),
    sa.Column('updated_by', sa.String(length=64), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_community_groups')),
    sa.UniqueConstraint('name', name=op.f('uq_community_groups_name'))
    )
    op.create_table('house_rules',
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('title', sa.String(length=160), nullable=False),
    sa.Column('body', sa.Text(), nullable=False),
    sa.Column('effective_on', sa.Date(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_by', sa.String(length=64), nullable=False),
    sa.Column('updated_by', sa.String(length=64), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_house_rules')),
    sa.UniqueConstraint('version', name=op.f('uq_house_rules_version'))
    )
    op.create_table('neighbourhood_services',
    sa.Column('name', sa.String(length=160), nullable=False),
    sa.Column('kind', sa.Enum('social', 'health', 'school', 'jobs', 'caf', 'association', 'shop', 'other', name='servicekind', native_enum=False, length=24), nullable=False),
    sa.Column('address', sa.String(length=200), nullable=False),
    sa.Column('phone', sa.String(length=60), nullable=False),
    sa.Column('email', sa.String(length=120), nullable=False),
    sa.Column('website', sa.String(length=200), nullable=False),
    sa.Column('hours', sa.String(length=300), nullable=False),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_by', sa.String(length=64), nullable=False),
    sa.Column('updated_by', sa.String(length=64), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_neighbourhood_services'))
    )
    with op.batch_alter_table('neighbourhood_services', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_neighbourhood_services_kind'), ['kind'], unique=False)
        batch_op.create_index(batch_op.f('ix_neighbourhood_services_name'), ['name'], unique=False)

    op.create_table('self_services',
    sa.Column('name', sa.String(length=120), nullable=False),
    sa.Column('description', sa.Text(), nullable=False),
    sa.Column('every_days', sa.Integer(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_by', sa.String(length=64), nullable=False),
    sa.Column('updated_by', sa.String(length=64), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_self_services')),
    sa.UniqueConstraint('name', name=op.f('uq_self_services_name'))
    )
    op.create_table('community_events',
    sa.Column('title', sa.String(length=160), nullable=False),
    sa.Column('held_on', sa.Date(), nullable=False),
    sa.Column('place', sa.String(length=160), nullable=False),
    sa.Column('audience', sa.Enum('borgo', 'neighbourhood', 'city', name='audience', native_enum=False, length=24), nullable=False),
    sa.Column('partners', sa.String(length=300), nullable=False),
    sa.Column('group_id', sa.Uuid(), nullable=True),
    sa.Column('other_participants', sa.Integer(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_by', sa.String(length=64), nullable=False),
    sa.Column('updated_by', sa.String(length=64), nullable=False),
    sa.ForeignKeyConstraint(['group_id'], ['community_groups.id'], name=op.f('fk_community_events_group_id_community_groups')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_community_events'))
    )
    with op.batch_alter_table('community_events', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_community_events_held_on'), ['held_on'], unique=False)

    op.create_table('group_members',
    sa.Column('group_id', sa.Uuid(), nullable=False),
    sa.Column('person_id', sa.Uuid(), nullable=False),
    sa.Column('referent', sa.Boolean(), nullable=False),
    sa.Column('joined_on', sa.Date(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_by', sa.String(length=64), nullable=False),
    sa.Column('updated_by', sa.String(length=64), nullable=False),
    sa.ForeignKeyConstraint(['group_id'], ['community_groups.id'], name=op.f('fk_group_members_group_id_community_groups')),
    sa.ForeignKeyConstraint(['person_id'], ['persons.id'], name=op.f('fk_group_members_person_id_persons')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_group_members')),
    sa.UniqueConstraint('group_id', 'person_id', name=op.f('uq_group_members_group_id'))
    )
    with op.batch_alter_table('group_members', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_group_members_group_id'), ['group_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_group_members_person_id'), ['person_id'], unique=False)

    op.create_table('booking_series',
    sa.Column('space_id', sa.Uuid(), nullable=False),
    sa.Column('title', sa.String(length=120), nullable=False),
    sa.Column('requester', sa.String(length=120), nullable=False),
    sa.Column('requester_kind', sa.Enum('resident', 'group', 'association', 'office', name='requesterkind', native_enum=False, length=24), nullable=False),
    sa.Column('contact', sa.String(length=120), nullable=False),
    sa.Column('local_start', sa.String(length=19), nullable=False),
    sa.Column('duration_minutes', sa.Integer(), nullable=False),
    sa.Column('rrule', sa.String(length=200), nullable=False),
    sa.Column('expected_attendance', sa.Integer(), nullable=True),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('status', sa.Enum('pending', 'confirmed', 'cancelled', name='bookingstatus', native_enum=False, length=24), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_by', sa.String(length=64), nullable=False),
    sa.Column('updated_by', sa.String(length=64), nullable=False),
    sa.ForeignKeyConstraint(['space_id'], ['common_spaces.id'], name=op.f('fk_booking_series_space_id_common_spaces')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_booking_series'))
    )
    with op.batch_alter_table('booking_series', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_booking_series_space_id'), ['space_id'], unique=False)

    op.create_table('event_participants',
    sa.Column('event_id', sa.Uuid(), nullable=False),
    sa.Column('person_id', sa.Uuid(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_by', sa.String(length=64), nullable=False),
    sa.Column('updated_by', sa.String(length=64), nullable=False),
    sa.ForeignKeyConstraint(['event_id'], ['community_events.id'], name=op.f('fk_event_participants_event_id_community_events')),
    sa.ForeignKeyConstraint(['person_id'], ['persons.id'], name=op.f('fk_event_participants_person_id_persons')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_event_participants')),
    sa.UniqueConstraint('event_id', 'person_id', name=op.f('uq_event_participants_event_id'))
    )
    with op.batch_alter_table('event_participants', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_event_participants_event_id'), ['event_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_event_participants_person_id'), ['person_id'], unique=False)

    op.create_table('rota_turns',
    sa.Column('service_id', sa.Uuid(), nullable=False),
    sa.Column('household_id', sa.Uuid(), nullable=False),
    sa.Column('due_on', sa.Date(), nullable=False),
    sa.Column('status', sa.Enum('planned', 'done', 'missed', name='turnstatus', native_enum=False, length=24), nullable=False),
    sa.Column('note', sa.String(length=200), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_by', sa.String(length=64), nullable=False),
    sa.Column('updated_by', sa.String(length=64), nullable=False),
    sa.ForeignKeyConstraint(['household_id'], ['households.id'], name=op.f('fk_rota_turns_household_id_households')),
    sa.ForeignKeyConstraint(['service_id'], ['self_services.id'], name=op.f('fk_rota_turns_service_id_self_services')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_rota_turns')),
    sa.UniqueConstraint('service_id', 'due_on', name=op.f('uq_rota_turns_service_id'))
    )
    with op.batch_alter_table('rota_turns', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_rota_turns_household_id'), ['household_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_rota_turns_service_id'), ['service_id'], unique=False)

    op.create_table('rules_acknowledgements',
    sa.Column('rules_id', sa.Uuid(), nullable=False),
    sa.Column('household_id', sa.Uuid(), nullable=False),
    sa.Column('acknowledged_on', sa.Date(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_by', sa.String(length=64), nullable=False),
    sa.Column('updated_by', sa.String(length=64), nullable=False),
    sa.ForeignKeyConstraint(['household_id'], ['households.id'], name=op.f('fk_rules_acknowledgements_household_id_households')),
    sa.ForeignKeyConstraint(['rules_id'], ['house_rules.id'], name=op.f('fk_rules_acknowledgements_rules_id_house_rules')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_rules_acknowledgements')),
    sa.UniqueConstraint('rules_id', 'household_id', name=op.f('uq_rules_acknowledgements_rules_id'))
    )
    with op.batch_alter_table('rules_acknowledgements', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_rules_acknowledgements_household_id'), ['household_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_rules_acknowledgements_rules_id'), ['rules_id'], unique=False)

    op.create_table('bookings',
    sa.Column('series_id', sa.Uuid(), nullable=False),
    sa.Column('space_id', sa.Uuid(), nullable=False),
    sa.Column('starts_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('ends_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('status', sa.Enum('pending', 'confirmed', 'cancelled', name='bookingstatus', native_enum=False, length=24), nullable=False),
    sa.Column('actual_attendance', sa.Integer(), nullable=True),
    sa.Column('key_given_to', sa.String(length=120), nullable=False),
    sa.Column('key_given_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('key_returned_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('cancel_reason', sa.String(length=200), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_by', sa.String(length=64), nullable=False),
    sa.Column('updated_by', sa.String(length=64), nullable=False),
    sa.ForeignKeyConstraint(['series_id'], ['booking_series.id'], name=op.f('fk_bookings_series_id_booking_series')),
    sa.ForeignKeyConstraint(['space_id'], ['common_spaces.id'], name=op.f('fk_bookings_space_id_common_spaces')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_bookings'))
    )
    with op.batch_alter_table('bookings', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_bookings_series_id'), ['series_id'], unique=False)
        batch_op.create_index('ix_bookings_space_start', ['space_id', 'starts_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_bookings_starts_at'), ['starts_at'], unique=False)
    # The database's own guard against two bookings of one space at the same time.
    spaces_ddl.create(op.get_bind())

    with op.batch_alter_table('common_spaces', schema=None) as batch_op:
        batch_op.add_column(sa.Column('equipment', sa.Text(), nullable=False, server_default=''))
        batch_op.add_column(sa.Column('opening_hours', sa.JSON(), nullable=True))
        batch_op.add_column(sa.Column('bookable_by', sa.JSON(), nullable=False, server_default='[]'))
        batch_op.add_column(sa.Column('rules', sa.Text(), nullable=False, server_default=''))
        batch_op.add_column(sa.Column('keys_needed', sa.Boolean(), nullable=False, server_default=sa.false()))
        batch_op.add_column(sa.Column('key_holder', sa.String(length=120), nullable=False, server_default=''))
        batch_op.add_column(sa.Column('needs_approval', sa.Boolean(), nullable=False, server_default=sa.false()))
        batch_op.add_column(sa.Column('bookable', sa.Boolean(), nullable=False, server_default=sa.true()))



def downgrade() -> None:
    spaces_ddl.drop(op.get_bind())
    with op.batch_alter_table('common_spaces', schema=None) as batch_op:
        batch_op.drop_column('bookable')
        batch_op.drop_column('needs_approval')
        batch_op.drop_column('key_holder')
        batch_op.drop_column('keys_needed')
        batch_op.drop_column('rules')
        batch_op.drop_column('bookable_by')
        batch_op.drop_column('opening_hours')
        batch_op.drop_column('equipment')

    with op.batch_alter_table('bookings', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_bookings_starts_at'))
        batch_op.drop_index('ix_bookings_space_start')
        batch_op.drop_index(batch_op.f('ix_bookings_series_id'))

    op.drop_table('bookings')
    with op.batch_alter_table('rules_acknowledgements', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_rules_acknowledgements_rules_id'))
        batch_op.drop_index(batch_op.f('ix_rules_acknowledgements_household_id'))

    op.drop_table('rules_acknowledgements')
    with op.batch_alter_table('rota_turns', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_rota_turns_service_id'))
        batch_op.drop_index(batch_op.f('ix_rota_turns_household_id'))

    op.drop_table('rota_turns')
    with op.batch_alter_table('event_participants', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_event_participants_person_id'))
        batch_op.drop_index(batch_op.f('ix_event_participants_event_id'))

    op.drop_table('event_participants')
    with op.batch_alter_table('booking_series', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_booking_series_space_id'))

    op.drop_table('booking_series')
    with op.batch_alter_table('group_members', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_group_members_person_id'))
        batch_op.drop_index(batch_op.f('ix_group_members_group_id'))

    op.drop_table('group_members')
    with op.batch_alter_table('community_events', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_community_events_held_on'))

    op.drop_table('community_events')
    op.drop_table('self_services')
    with op.batch_alter_table('neighbourhood_services', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_neighbourhood_services_name'))
        batch_op.drop_index(batch_op.f('ix_neighbourhood_services_kind'))

    op.drop_table('neighbourhood_services')
    op.drop_table('house_rules')
    op.drop_table('community_groups')
