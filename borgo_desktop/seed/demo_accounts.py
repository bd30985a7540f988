"""The demo database's staff: one account per role, all with the same public password.

Fictional people; the password is printed in the README, so these accounts exist only in
the demo database (``borgo-desktop --demo``), never in one made by ``seed``.
"""

from __future__ import annotations

from sqlalchemy import select

from borgo_desktop.models import Account
from borgo_desktop.services.accounts.accounts import create_account_unchecked
from borgo_desktop.services.core.context import Context

DEMO_PASSWORD = "borgo-demo"
DEMO_ADMIN = ("admin", "Anna Brambilla")
# The window and the tour open the demo as the manager, who sees every area.
DEMO_DEFAULT_USER = "responsabile"
DEMO_ACCOUNTS = (
    ("sportello", "Chiara Colombo", "front_desk"),
    ("tecnico", "Marco Villa", "facility_manager"),
    ("assistente", "Chiara Moretti", "social_worker"),
    ("assistente2", "Luca Bassi", "social_worker"),  # the second worker of the demo's cases
    ("responsabile", "Giulia Ferri", "manager"),
)


def add_demo_accounts(ctx: Context) -> None:
    """Create the demo accounts that are missing (the administrator comes from the set-up)."""
    with ctx.store.read() as session:
        existing = set(session.scalars(select(Account.username)))
    for username, name, role in DEMO_ACCOUNTS:
        if username not in existing:
            create_account_unchecked(ctx, username, name, role, DEMO_PASSWORD)
