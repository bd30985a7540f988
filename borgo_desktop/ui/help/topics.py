"""Which page of the user manual belongs to which screen (F1 opens it).

Keyed by the screen's class, as ``module.Class`` under borgo_desktop.ui, so two classes of the
same name in two areas (the allocation and the ticket ``StepDialog``) get their own page; a
class not listed takes the page of its nearest listed base class or of the screen it sits in.
A test keeps every key naming a real class and every page shipped.
"""

from __future__ import annotations

from pathlib import Path

HELP_DIR = Path(__file__).resolve().parents[2] / "resources" / "help"
INDEX = "indice"
START = "primi-passi"

TOPICS: dict[str, str] = {
    # start, the window, accounts
    "main_window.MainWindow": START,
    "accounts.login_dialog.LoginDialog": START,
    "accounts.login_dialog.RecoveryDialog": START,
    "accounts.setup_wizard.SetupWizard": START,
    "accounts.screen_lock.LockDialog": START,
    "accounts.users_page.UsersPage": "utenti",
    "accounts.account_dialogs.AccountDialog": "utenti",
    "today.today_page.TodayPage": "oggi",
    # registry
    "registry.lists.HouseholdListPage": "nuclei",
    "registry.household_page.HouseholdPage": "nucleo",
    "registry.consent_dialog.ConsentDialog": "nucleo",
    "registry.person_form.PersonForm": "nucleo",
    "registry.household_form.HouseholdForm": "nuovo-nucleo",
    "registry.lists.PersonListPage": "persone",
    "registry.lists.UnitListPage": "alloggi",
    "registry.unit_page.UnitPage": "alloggi",
    "registry.importing.import_dialog.ImportDialog": "importare",
    # allocation
    "allocation.board.AllocationPage": "assegnazioni",
    "allocation.dialogs.ActionDialog": "assegnazioni",
    "allocation.category_dialog.CategoryDialog": "assegnazioni",
    # maintenance
    "tickets.area.TicketsArea": "manutenzione",
    "tickets.ticket_form.TicketForm": "manutenzione",
    "tickets.ticket_page.TicketPage": "segnalazione",
    "tickets.step_dialog.StepDialog": "segnalazione",
    # spaces, community
    "spaces.spaces_page.SpacesPage": "spazi",
    "spaces.booking_form.BookingForm": "spazi",
    "community.community_page.CommunityPage": "comunita",
    # casework (its dialogs derive from the allocation's ActionDialog: listed first)
    "casework.cases_page.CasesPage": "accompagnamento",
    "casework.case_page.CasePage": "accompagnamento",
    "casework.case_dialogs.AssessmentDialog": "accompagnamento",
    "casework.case_dialogs.PlanDialog": "accompagnamento",
    "casework.case_dialogs.ReviewDialog": "accompagnamento",
    "casework.case_dialogs.ReferralDialog": "accompagnamento",
    "casework.case_dialogs.OpenCaseDialog": "accompagnamento",
    "casework.case_steps.CloseCaseDialog": "accompagnamento",
    "casework.case_steps.ReferralStatusDialog": "accompagnamento",
    "casework.case_steps.AssignWorkerDialog": "accompagnamento",
    "casework.grants_dialog.GrantsDialog": "accompagnamento",
    # administration
    "admin.audit_page.AuditPage": "registro",
    "privacy.data_protection_dialog.DataProtectionDialog": "protezione-dati",
}

_PREFIX = "borgo_desktop.ui."


def class_key(cls: type) -> str:
    module = cls.__module__
    return f"{module[len(_PREFIX):] if module.startswith(_PREFIX) else module}.{cls.__qualname__}"


def page_of_class(cls: type) -> str | None:
    for klass in cls.__mro__:
        page = TOPICS.get(class_key(klass))
        if page is not None:
            return page
    return None


def topic_for(widget) -> str:
    """The page of the screen ``widget`` is on: the first listed class from the widget up to
    its window. Reaching the main window from outside its tabs (the areas on the left, the
    search box) gives the page of the tab in front."""
    seen = widget
    while seen is not None:
        if class_key(type(seen)) == "main_window.MainWindow":
            in_front = seen.tabs.currentWidget()
            return (in_front is not None and page_of_class(type(in_front))) or START
        page = page_of_class(type(seen))
        if page is not None:
            return page
        seen = seen.parentWidget()
    return INDEX


def page_path(topic: str) -> Path:
    return HELP_DIR / f"{topic}.md"
