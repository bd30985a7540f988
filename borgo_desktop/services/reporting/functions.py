"""All the functions an indicator may use, by key (see registry.py for the contract)."""

from __future__ import annotations

from borgo_desktop.services.reporting import fn_borgo, fn_casework, fn_ledger, fn_participants
from borgo_desktop.services.reporting.registry import Function

FUNCTIONS: dict[str, Function] = {
    f.key: f for module in (fn_casework, fn_ledger, fn_borgo, fn_participants)
    for f in module.FUNCTIONS
}
