"""Rent ledger: charges (monthly run, service charges, one-offs, credit notes), payments at the
desk and from bank statements, allocation oldest-first, balances, ageing and the arrears view.

Modules: ``rents`` (what a lease owes a month, from the settings), ``charges`` (the monthly
run and the other charges), ``allocation`` (which payment paid which charge), ``balances``
(balance, ageing, statement, the arrears list), ``payments`` (desk and reversals), ``bank``
(statement files), ``matching`` (who paid), ``imports`` (a statement into the ledger).
"""

from borgo_desktop.services.core import listing as _listing
from borgo_desktop.services.ledger.listing_spec import ARREARS as _ARREARS

# The arrears list joins the window's lists (exports and prints find it by name).
_listing.SPECS.setdefault(_ARREARS.name, _ARREARS)
