"""The roles as the window names them (the same words as services.permissions.ROLE_LABELS)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def role_names() -> dict[str, str]:
    translate = QCoreApplication.translate
    return {"front_desk": translate("Roles", "sportello"),
            "facility_manager": translate("Roles", "gestione tecnica"),
            "social_worker": translate("Roles", "assistente sociale"),
            "manager": translate("Roles", "responsabile"),
            "admin": translate("Roles", "amministratore")}


def role_name(role: str) -> str:
    return role_names().get(role, role)
