"""House rules in practice: violations (report, verification, warnings, formal notice,
resolution or escalation, restorative outcomes) and the register of guests.

Modules: workflow (the ladder), views (what the window reads), rules (which rules version a
household acknowledged), guests (the register and its limits), printing (the letters),
listing_spec (the "Violazioni" list), privacy (access report and retention)."""
