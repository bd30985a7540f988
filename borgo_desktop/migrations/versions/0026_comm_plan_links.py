"""communication: a plan action names the template it uses and the mailing it sent

With the mailing linked, the action's reach (how many received it) is counted from the
delivery log instead of being typed; the template says which material was used.

Revision ID: 0026
Revises: 0025
Create Date: 2026-12-04 21:40:00
"""
from alembic import op
import sqlalchemy as sa


revision = '0026'
down_revision = '0025'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('comm_plan_actions', schema=None) as batch_op:
        batch_op.add_column(sa.Column('template_id', sa.Uuid(), nullable=True))
        batch_op.add_column(sa.Column('mailing_id', sa.Uuid(), nullable=True))
        batch_op.create_foreign_key(batch_op.f('fk_comm_plan_actions_template_id_comm_templates'),
                                    'comm_templates', ['template_id'], ['id'])
        batch_op.create_foreign_key(batch_op.f('fk_comm_plan_actions_mailing_id_comm_mailings'),
                                    'comm_mailings', ['mailing_id'], ['id'])


def downgrade() -> None:
    with op.batch_alter_table('comm_plan_actions', schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f('fk_comm_plan_actions_mailing_id_comm_mailings'),
                                 type_='foreignkey')
        batch_op.drop_constraint(batch_op.f('fk_comm_plan_actions_template_id_comm_templates'),
                                 type_='foreignkey')
        batch_op.drop_column('mailing_id')
        batch_op.drop_column('template_id')
