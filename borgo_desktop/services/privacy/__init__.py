"""Data-protection tools: access reports, retention with anonymisation, consent records."""

from borgo_desktop.services.privacy.access import (
    AccessReport, build_report, collectors, person_by_tax_code, register_collector, write_report,
)
from borgo_desktop.services.privacy.consents import (
    ConsentView, active_purposes, consent_register, list_consents, record_consent,
    withdraw_consent,
)
from borgo_desktop.services.privacy.retention import (
    DisposalView, RetentionCandidate, anonymise, disposals, preview, set_retention_years,
)
# The other areas' report sections and anonymisation: registered on import, so they are
# present wherever the privacy tools are.
from borgo_desktop.services.privacy import arrears, erasure, sections, violations  # noqa: F401

__all__ = [
    "AccessReport", "build_report", "collectors", "person_by_tax_code", "register_collector",
    "write_report",
    "ConsentView", "active_purposes", "consent_register", "list_consents", "record_consent",
    "withdraw_consent", "DisposalView", "RetentionCandidate", "anonymise", "disposals", "preview",
    "set_retention_years",
]
