"""every tracked record: an optimistic version (row_version)

Two seats of the office editing the same record: each UPDATE says which version it read and
bumps it, so the second save is refused instead of silently overwriting the first. Existing
rows start at 1.

Revision ID: 0025
Revises: 0024
Create Date: 2026-12-04 22:30:00
"""
from alembic import op
import sqlalchemy as sa


revision = '0025'
down_revision = '0024'
branch_labels = None
depends_on = None

# The tables of the ``Tracked`` mixin at this revision (frozen: later tables carry it from birth).
TABLES = (
    "accounts", "arrears_alerts", "arrears_steps", "booking_series", "bookings", "buildings",
    "candidacies", "candidacy_events", "case_assessment_scores", "case_assessments",
    "case_events", "case_goal_reviews", "case_grants", "case_note_drafts", "case_notes",
    "case_plan_actions", "case_plan_goals", "case_plan_reviews", "case_plans",
    "case_referrals", "case_workers", "cases", "comm_deliveries", "comm_mailings",
    "comm_plan_actions", "comm_template_versions", "comm_templates", "common_spaces",
    "community_events", "community_groups", "consents", "contractors", "disposals",
    "esf_participants", "event_participants", "group_members", "guest_stays", "house_rules",
    "households", "leases", "ledger_bank_lines", "ledger_charges", "ledger_imports",
    "ledger_payer_ibans", "ledger_payments", "memberships", "move_in_tasks",
    "neighbourhood_services", "nofault_assessments", "persons", "plan_instalments",
    "preventive_plans", "repayment_plans", "report_indicators", "report_reopenings",
    "report_submissions", "rota_turns", "rules_acknowledgements", "self_services", "settings",
    "target_categories", "ticket_appointments", "ticket_attachments", "ticket_categories",
    "ticket_events", "tickets", "units", "violation_steps", "violations",
)


def upgrade() -> None:
    for table in TABLES:
        with op.batch_alter_table(table) as batch:
            batch.add_column(sa.Column("row_version", sa.Integer(), nullable=False,
                                       server_default="1"))


def downgrade() -> None:
    # Not a batch: SQLite (3.35+) drops a plain column in place, and recreating the tables
    # would break the search triggers that name them.
    for table in TABLES:
        op.drop_column(table, "row_version")
