"""arrears follow-up: alerts, reminder ladder, repayment plans, no-fault assessments

Revision ID: 0017
Revises: 0016
Create Date: 2026-12-03 13:45:00
"""
from alembic import op
import sqlalchemy as sa


revision = '0017'
down_revision = '0016'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('arrears_steps',
    sa.Column('household_id', sa.Uuid(), nullable=False),
    sa.Column('step', sa.Enum('friendly_reminder', 'social_meeting', 'formal_notice', 'final_notice', 'handed_over', name='ladderstep', native_enum=False, length=24), nullable=False),
    sa.Column('happened_on', sa.Date(), nullable=True),
    sa.Column('balance_cents', sa.Integer(), nullable=False),
    sa.Column('cause', sa.Enum('job_loss', 'reduced_hours', 'redundancy_pay', 'contract_ended', 'business_closed', 'illness_death', 'other_hardship', 'not_hardship', name='arrearscause', native_enum=False, length=24), nullable=True),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('deadline', sa.Date(), nullable=True),
    sa.Column('recipient', sa.String(length=160), nullable=False),
    sa.Column('override_reason', sa.Text(), nullable=False),
    sa.Column('letter_sha256', sa.String(length=64), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_by', sa.String(length=64), nullable=False),
    sa.Column('updated_by', sa.String(length=64), nullable=False),
    sa.ForeignKeyConstraint(['household_id'], ['households.id'], name=op.f('fk_arrears_steps_household_id_households')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_arrears_steps'))
    )
    with op.batch_alter_table('arrears_steps', schema=None) as batch_op:
        batch_op.create_index('ix_arrears_steps_household', ['household_id', 'happened_on'], unique=False)

    op.create_table('repayment_plans',
    sa.Column('household_id', sa.Uuid(), nullable=False),
    sa.Column('status', sa.Enum('proposed', 'signed', 'active', 'completed', 'defaulted', 'revised', 'withdrawn', name='planstatus', native_enum=False, length=24), nullable=False),
    sa.Column('debt_cents', sa.Integer(), nullable=False),
    sa.Column('instalments', sa.Integer(), nullable=False),
    sa.Column('first_due_on', sa.Date(), nullable=False),
    sa.Column('proposed_on', sa.Date(), nullable=False),
    sa.Column('signed_on', sa.Date(), nullable=True),
    sa.Column('ended_on', sa.Date(), nullable=True),
    sa.Column('missed_to_default', sa.Integer(), nullable=False),
    sa.Column('revises_id', sa.Uuid(), nullable=True),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_by', sa.String(length=64), nullable=False),
    sa.Column('updated_by', sa.String(length=64), nullable=False),
    sa.ForeignKeyConstraint(['household_id'], ['households.id'], name=op.f('fk_repayment_plans_household_id_households')),
    sa.ForeignKeyConstraint(['revises_id'], ['repayment_plans.id'], name=op.f('fk_repayment_plans_revises_id_repayment_plans')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_repayment_plans'))
    )
    with op.batch_alter_table('repayment_plans', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_repayment_plans_household_id'), ['household_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_repayment_plans_status'), ['status'], unique=False)

    op.create_table('arrears_alerts',
    sa.Column('household_id', sa.Uuid(), nullable=False),
    sa.Column('rule', sa.Enum('unpaid_after_days', 'balance_months', 'late_payments', name='alertrule', native_enum=False, length=24), nullable=False),
    sa.Column('occurrence', sa.String(length=120), nullable=False),
    sa.Column('fired_on', sa.Date(), nullable=False),
    sa.Column('detail', sa.String(length=300), nullable=False),
    sa.Column('follow_up', sa.Enum('case_task', 'proposal', name='followup', native_enum=False, length=24), nullable=False),
    sa.Column('case_id', sa.Uuid(), nullable=True),
    sa.Column('reminder_id', sa.Uuid(), nullable=True),
    sa.Column('seen_on', sa.Date(), nullable=True),
    sa.Column('seen_by', sa.String(length=64), nullable=False),
    sa.Column('cleared_on', sa.Date(), nullable=True),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_by', sa.String(length=64), nullable=False),
    sa.Column('updated_by', sa.String(length=64), nullable=False),
    sa.ForeignKeyConstraint(['case_id'], ['cases.id'], name=op.f('fk_arrears_alerts_case_id_cases')),
    sa.ForeignKeyConstraint(['household_id'], ['households.id'], name=op.f('fk_arrears_alerts_household_id_households')),
    sa.ForeignKeyConstraint(['reminder_id'], ['arrears_steps.id'], name=op.f('fk_arrears_alerts_reminder_id_arrears_steps')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_arrears_alerts')),
    sa.UniqueConstraint('occurrence', name=op.f('uq_arrears_alerts_occurrence'))
    )
    with op.batch_alter_table('arrears_alerts', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_arrears_alerts_case_id'), ['case_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_arrears_alerts_household_id'), ['household_id'], unique=False)
        batch_op.create_index('ix_arrears_alerts_open', ['household_id', 'seen_on'], unique=False)

    op.create_table('nofault_assessments',
    sa.Column('household_id', sa.Uuid(), nullable=False),
    sa.Column('case_id', sa.Uuid(), nullable=True),
    sa.Column('opened_on', sa.Date(), nullable=False),
    sa.Column('cause', sa.Enum('job_loss', 'reduced_hours', 'redundancy_pay', 'contract_ended', 'business_closed', 'illness_death', 'other_hardship', 'not_hardship', name='arrearscause', native_enum=False, length=24), nullable=False),
    sa.Column('event_on', sa.Date(), nullable=True),
    sa.Column('documents', sa.JSON(), nullable=False),
    sa.Column('income_before_cents', sa.Integer(), nullable=True),
    sa.Column('income_after_cents', sa.Integer(), nullable=True),
    sa.Column('status', sa.Enum('pending', 'recognised', 'not_recognised', name='assessmentstatus', native_enum=False, length=24), nullable=False),
    sa.Column('decided_on', sa.Date(), nullable=True),
    sa.Column('measures', sa.JSON(), nullable=False),
    sa.Column('outcome_note', sa.Text(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_by', sa.String(length=64), nullable=False),
    sa.Column('updated_by', sa.String(length=64), nullable=False),
    sa.ForeignKeyConstraint(['case_id'], ['cases.id'], name=op.f('fk_nofault_assessments_case_id_cases')),
    sa.ForeignKeyConstraint(['household_id'], ['households.id'], name=op.f('fk_nofault_assessments_household_id_households')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_nofault_assessments'))
    )
    with op.batch_alter_table('nofault_assessments', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_nofault_assessments_case_id'), ['case_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_nofault_assessments_household_id'), ['household_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_nofault_assessments_status'), ['status'], unique=False)

    op.create_table('plan_instalments',
    sa.Column('plan_id', sa.Uuid(), nullable=False),
    sa.Column('number', sa.Integer(), nullable=False),
    sa.Column('due_on', sa.Date(), nullable=False),
    sa.Column('amount_cents', sa.Integer(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_by', sa.String(length=64), nullable=False),
    sa.Column('updated_by', sa.String(length=64), nullable=False),
    sa.ForeignKeyConstraint(['plan_id'], ['repayment_plans.id'], name=op.f('fk_plan_instalments_plan_id_repayment_plans')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_plan_instalments'))
    )
    with op.batch_alter_table('plan_instalments', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_plan_instalments_plan_id'), ['plan_id'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('plan_instalments', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_plan_instalments_plan_id'))

    op.drop_table('plan_instalments')
    with op.batch_alter_table('nofault_assessments', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_nofault_assessments_status'))
        batch_op.drop_index(batch_op.f('ix_nofault_assessments_household_id'))
        batch_op.drop_index(batch_op.f('ix_nofault_assessments_case_id'))

    op.drop_table('nofault_assessments')
    with op.batch_alter_table('arrears_alerts', schema=None) as batch_op:
        batch_op.drop_index('ix_arrears_alerts_open')
        batch_op.drop_index(batch_op.f('ix_arrears_alerts_household_id'))
        batch_op.drop_index(batch_op.f('ix_arrears_alerts_case_id'))

    op.drop_table('arrears_alerts')
    with op.batch_alter_table('repayment_plans', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_repayment_plans_status'))
        batch_op.drop_index(batch_op.f('ix_repayment_plans_household_id'))

    op.drop_table('repayment_plans')
    with op.batch_alter_table('arrears_steps', schema=None) as batch_op:
        batch_op.drop_index('ix_arrears_steps_household')

    op.drop_table('arrears_steps')
