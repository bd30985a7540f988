"""House rules in practice: violations (report, verification, warnings, formal notice,
resolution or escalation, restorative outcomes) and the register of guests.

Modules: workflow (the ladder), views (what the window reads), rules (which rules version a
household acknowledged), guests (the register and its limits), printing (the letters),
listing_spec (the "Violazioni" list); the access report and retention are in
services/privacy/violations.py."""

from borgo_desktop.services.core import listing as _listing
from borgo_desktop.services.violations.listing_spec import VIOLATIONS as _VIOLATIONS

# The "Violazioni" list joins the window's lists (exports and prints find it by name).
_listing.SPECS.setdefault(_VIOLATIONS.name, _VIOLATIONS)
