"""ledger: charges, payments, allocations, bank statements, per-household summaries

Revision ID: 0015
Revises: 0018
Create Date: 2026-12-03 12:57:34.767357
"""
from alembic import op
import sqlalchemy as sa


revision = '0015'
down_revision = '0018'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('ledger_imports',
    sa.Column('file_name', sa.String(length=200), nullable=False),
    sa.Column('file_sha256', sa.String(length=64), nullable=False),
    sa.Column('format', sa.String(length=16), nullable=False),
    sa.Column('account_iban', sa.String(length=34), nullable=False),
    sa.Column('statement_ref', sa.String(length=80), nullable=False),
    sa.Column('lines', sa.Integer(), nullable=False),
    sa.Column('matched', sa.Integer(), nullable=False),
    sa.Column('queued', sa.Integer(), nullable=False),
    sa.Column('ignored', sa.Integer(), nullable=False),
    sa.Column('duplicates', sa.Integer(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_by', sa.String(length=64), nullable=False),
    sa.Column('updated_by', sa.String(length=64), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_ledger_imports'))
    )
    with op.batch_alter_table('ledger_imports', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_ledger_imports_file_sha256'), ['file_sha256'], unique=False)

    op.create_table('ledger_accounts',
    sa.Column('household_id', sa.Uuid(), nullable=False),
    sa.Column('balance_cents', sa.Integer(), nullable=False),
    sa.Column('open_since', sa.Date(), nullable=True),
    sa.Column('monthly_cents', sa.Integer(), nullable=False),
    sa.Column('unit_id', sa.Uuid(), nullable=True),
    sa.Column('last_payment_on', sa.Date(), nullable=True),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['household_id'], ['households.id'], name=op.f('fk_ledger_accounts_household_id_households')),
    sa.ForeignKeyConstraint(['unit_id'], ['units.id'], name=op.f('fk_ledger_accounts_unit_id_units')),
    sa.PrimaryKeyConstraint('household_id', name=op.f('pk_ledger_accounts'))
    )
    with op.batch_alter_table('ledger_accounts', schema=None) as batch_op:
        batch_op.create_index('ix_ledger_accounts_balance', ['balance_cents'], unique=False)
        batch_op.create_index('ix_ledger_accounts_open_since', ['open_since'], unique=False)
        batch_op.create_index(batch_op.f('ix_ledger_accounts_unit_id'), ['unit_id'], unique=False)

    op.create_table('ledger_payer_ibans',
    sa.Column('household_id', sa.Uuid(), nullable=False),
    sa.Column('iban', sa.String(length=34), nullable=False),
    sa.Column('holder', sa.String(length=140), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_by', sa.String(length=64), nullable=False),
    sa.Column('updated_by', sa.String(length=64), nullable=False),
    sa.ForeignKeyConstraint(['household_id'], ['households.id'], name=op.f('fk_ledger_payer_ibans_household_id_households')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_ledger_payer_ibans')),
    sa.UniqueConstraint('iban', name=op.f('uq_ledger_payer_ibans_iban'))
    )
    with op.batch_alter_table('ledger_payer_ibans', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_ledger_payer_ibans_household_id'), ['household_id'], unique=False)

    op.create_table('ledger_payments',
    sa.Column('household_id', sa.Uuid(), nullable=False),
    sa.Column('received_on', sa.Date(), nullable=False),
    sa.Column('amount_cents', sa.Integer(), nullable=False),
    sa.Column('method', sa.Enum('cash', 'pos', 'transfer', 'postal', 'pagopa', name='paymentmethod', native_enum=False, length=24), nullable=False),
    sa.Column('bank_ref', sa.String(length=80), nullable=True),
    sa.Column('payer_name', sa.String(length=140), nullable=False),
    sa.Column('payer_iban', sa.String(length=34), nullable=False),
    sa.Column('remittance', sa.String(length=280), nullable=False),
    sa.Column('receipt_no', sa.String(length=16), nullable=True),
    sa.Column('reverses_id', sa.Uuid(), nullable=True),
    sa.Column('import_id', sa.Uuid(), nullable=True),
    sa.Column('note', sa.String(length=200), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_by', sa.String(length=64), nullable=False),
    sa.Column('updated_by', sa.String(length=64), nullable=False),
    sa.ForeignKeyConstraint(['household_id'], ['households.id'], name=op.f('fk_ledger_payments_household_id_households')),
    sa.ForeignKeyConstraint(['import_id'], ['ledger_imports.id'], name=op.f('fk_ledger_payments_import_id_ledger_imports')),
    sa.ForeignKeyConstraint(['reverses_id'], ['ledger_payments.id'], name=op.f('fk_ledger_payments_reverses_id_ledger_payments')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_ledger_payments')),
    sa.UniqueConstraint('bank_ref', name=op.f('uq_ledger_payments_bank_ref')),
    sa.UniqueConstraint('receipt_no', name=op.f('uq_ledger_payments_receipt_no'))
    )
    with op.batch_alter_table('ledger_payments', schema=None) as batch_op:
        batch_op.create_index('ix_ledger_payments_household_received', ['household_id', 'received_on'], unique=False)
        batch_op.create_index(batch_op.f('ix_ledger_payments_import_id'), ['import_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_ledger_payments_reverses_id'), ['reverses_id'], unique=False)

    op.create_table('ledger_bank_lines',
    sa.Column('import_id', sa.Uuid(), nullable=False),
    sa.Column('bank_ref', sa.String(length=80), nullable=False),
    sa.Column('booked_on', sa.Date(), nullable=False),
    sa.Column('amount_cents', sa.Integer(), nullable=False),
    sa.Column('payer_name', sa.String(length=140), nullable=False),
    sa.Column('payer_iban', sa.String(length=34), nullable=False),
    sa.Column('remittance', sa.Text(), nullable=False),
    sa.Column('status', sa.Enum('matched', 'queued', 'assigned', 'dismissed', name='linestatus', native_enum=False, length=24), nullable=False),
    sa.Column('reason', sa.String(length=200), nullable=False),
    sa.Column('household_id', sa.Uuid(), nullable=True),
    sa.Column('payment_id', sa.Uuid(), nullable=True),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_by', sa.String(length=64), nullable=False),
    sa.Column('updated_by', sa.String(length=64), nullable=False),
    sa.ForeignKeyConstraint(['household_id'], ['households.id'], name=op.f('fk_ledger_bank_lines_household_id_households')),
    sa.ForeignKeyConstraint(['import_id'], ['ledger_imports.id'], name=op.f('fk_ledger_bank_lines_import_id_ledger_imports')),
    sa.ForeignKeyConstraint(['payment_id'], ['ledger_payments.id'], name=op.f('fk_ledger_bank_lines_payment_id_ledger_payments')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_ledger_bank_lines')),
    sa.UniqueConstraint('bank_ref', name=op.f('uq_ledger_bank_lines_bank_ref'))
    )
    with op.batch_alter_table('ledger_bank_lines', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_ledger_bank_lines_household_id'), ['household_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_ledger_bank_lines_import_id'), ['import_id'], unique=False)
        batch_op.create_index('ix_ledger_bank_lines_queued', ['status', 'booked_on'], unique=False)

    op.create_table('ledger_charges',
    sa.Column('household_id', sa.Uuid(), nullable=False),
    sa.Column('lease_id', sa.Uuid(), nullable=True),
    sa.Column('kind', sa.Enum('rent', 'services', 'reconciliation', 'one_off', 'credit_note', name='chargekind', native_enum=False, length=24), nullable=False),
    sa.Column('item', sa.String(length=24), nullable=False),
    sa.Column('period', sa.String(length=7), nullable=False),
    sa.Column('due_on', sa.Date(), nullable=False),
    sa.Column('amount_cents', sa.Integer(), nullable=False),
    sa.Column('services_cents', sa.Integer(), nullable=False),
    sa.Column('description', sa.String(length=200), nullable=False),
    sa.Column('corrects_id', sa.Uuid(), nullable=True),
    sa.Column('run_key', sa.String(length=80), nullable=True),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_by', sa.String(length=64), nullable=False),
    sa.Column('updated_by', sa.String(length=64), nullable=False),
    sa.ForeignKeyConstraint(['corrects_id'], ['ledger_charges.id'], name=op.f('fk_ledger_charges_corrects_id_ledger_charges')),
    sa.ForeignKeyConstraint(['household_id'], ['households.id'], name=op.f('fk_ledger_charges_household_id_households')),
    sa.ForeignKeyConstraint(['lease_id'], ['leases.id'], name=op.f('fk_ledger_charges_lease_id_leases')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_ledger_charges')),
    sa.UniqueConstraint('run_key', name=op.f('uq_ledger_charges_run_key'))
    )
    with op.batch_alter_table('ledger_charges', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_ledger_charges_corrects_id'), ['corrects_id'], unique=False)
        batch_op.create_index('ix_ledger_charges_household_due', ['household_id', 'due_on'], unique=False)
        batch_op.create_index(batch_op.f('ix_ledger_charges_lease_id'), ['lease_id'], unique=False)

    op.create_table('ledger_allocations',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('household_id', sa.Uuid(), nullable=False),
    sa.Column('charge_id', sa.Uuid(), nullable=False),
    sa.Column('payment_id', sa.Uuid(), nullable=True),
    sa.Column('credit_id', sa.Uuid(), nullable=True),
    sa.Column('amount_cents', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['charge_id'], ['ledger_charges.id'], name=op.f('fk_ledger_allocations_charge_id_ledger_charges')),
    sa.ForeignKeyConstraint(['credit_id'], ['ledger_charges.id'], name=op.f('fk_ledger_allocations_credit_id_ledger_charges')),
    sa.ForeignKeyConstraint(['payment_id'], ['ledger_payments.id'], name=op.f('fk_ledger_allocations_payment_id_ledger_payments')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_ledger_allocations'))
    )
    with op.batch_alter_table('ledger_allocations', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_ledger_allocations_charge_id'), ['charge_id'], unique=False)
        batch_op.create_index('ix_ledger_allocations_household', ['household_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_ledger_allocations_payment_id'), ['payment_id'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('ledger_allocations', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_ledger_allocations_payment_id'))
        batch_op.drop_index('ix_ledger_allocations_household')
        batch_op.drop_index(batch_op.f('ix_ledger_allocations_charge_id'))

    op.drop_table('ledger_allocations')
    with op.batch_alter_table('ledger_charges', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_ledger_charges_lease_id'))
        batch_op.drop_index('ix_ledger_charges_household_due')
        batch_op.drop_index(batch_op.f('ix_ledger_charges_corrects_id'))

    op.drop_table('ledger_charges')
    with op.batch_alter_table('ledger_bank_lines', schema=None) as batch_op:
        batch_op.drop_index('ix_ledger_bank_lines_queued')
        batch_op.drop_index(batch_op.f('ix_ledger_bank_lines_import_id'))
        batch_op.drop_index(batch_op.f('ix_ledger_bank_lines_household_id'))

    op.drop_table('ledger_bank_lines')
    with op.batch_alter_table('ledger_payments', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_ledger_payments_reverses_id'))
        batch_op.drop_index(batch_op.f('ix_ledger_payments_import_id'))
        batch_op.drop_index('ix_ledger_payments_household_received')

    op.drop_table('ledger_payments')
    with op.batch_alter_table('ledger_payer_ibans', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_ledger_payer_ibans_household_id'))

    op.drop_table('ledger_payer_ibans')
    with op.batch_alter_table('ledger_accounts', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_ledger_accounts_unit_id'))
        batch_op.drop_index('ix_ledger_accounts_open_since')
        batch_op.drop_index('ix_ledger_accounts_balance')

    op.drop_table('ledger_accounts')
    with op.batch_alter_table('ledger_imports', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_ledger_imports_file_sha256'))

    op.drop_table('ledger_imports')
