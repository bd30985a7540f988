"""The main window: areas on the left, open lists and records as tabs, global search on top.

Lists and records open as tabs, so a clerk can keep a household open while looking
something up; opening a record that is already open brings its tab forward. The File menu
holds the new household, the spreadsheet import and quitting.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from typing import TYPE_CHECKING, Callable

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QMainWindow, QMessageBox, QTabWidget,
    QToolBar, QWidget,
)

from borgo_desktop.services.core import audit, search
from borgo_desktop.services.registry import registry
from borgo_desktop.services.core.context import Context
from borgo_desktop.services.core.permissions import Permission, allowed
from borgo_desktop.ui.accounts.roles import role_name
from borgo_desktop.ui.help.menu import add_help_menu
from borgo_desktop.ui.registry.lists import HouseholdListPage, PersonListPage, UnitListPage
from borgo_desktop.ui.search_box import SearchBox
from borgo_desktop.ui.widgets.forms import DirtyDialog
from borgo_desktop.ui.widgets.icons import KIND_ICONS, icon
from borgo_desktop.ui.widgets.list_page import ListPage

# Pages and dialogs the window does not show at start are imported when first opened:
# importing them all up front would add to every start of the program.
if TYPE_CHECKING:
    from borgo_desktop.ui.registry.importing import ImportDialog
    from borgo_desktop.ui.registry.household_form import HouseholdForm
    from borgo_desktop.ui.registry.household_page import HouseholdPage
    from borgo_desktop.ui.registry.unit_page import UnitPage
    from borgo_desktop.ui.tickets.ticket_page import TicketPage

NAV_WIDTH = 210


@dataclass(frozen=True)
class Area:
    key: str
    label: str
    icon: str
    build: Callable[[], QWidget]
    permission: Permission | None = None  # a role without it does not see the area


class MainWindow(QMainWindow):
    def __init__(self, ctx: Context, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("main_window")
        self.ctx = ctx
        self.setWindowTitle(self.tr("Ufficio di borgo"))  # Qt adds « — Borgo Desktop»
        self.resize(1366, 800)
        self.area_pages: dict[str, QWidget] = {}
        self.records: dict[tuple[str, uuid.UUID], QWidget] = {}
        self.dialog = None  # the form opened from the window, if any
        self.areas = self._permitted([
            Area("today", self.tr("Oggi"), "fa5s.sun", self._today_page),
            Area("households", self.tr("Nuclei"), "fa5s.users", self._households_page,
                 Permission.REGISTRY_READ),
            Area("persons", self.tr("Persone"), "fa5s.user", self._persons_page,
                 Permission.REGISTRY_READ),
            Area("units", self.tr("Alloggi"), "fa5s.home", self._units_page,
                 Permission.REGISTRY_READ),
            Area("allocation", self.tr("Assegnazioni"), "fa5s.key", self._allocation_page,
                 Permission.ALLOCATION_READ),
            Area("tickets", self.tr("Manutenzione"), "fa5s.tools", self._tickets_page,
                 Permission.TICKET_CREATE),
            Area("spaces", self.tr("Spazi comuni"), "fa5s.calendar-alt", self._spaces_page,
                 Permission.BOOKING_CREATE),
            Area("community", self.tr("Comunità"), "fa5s.hands-helping", self._community_page,
                 Permission.REGISTRY_READ),
        ])
        # Rents and arrears: every household for the desk and managers, her caseload for a
        # social worker; facility staff do not see it.
        if allowed(ctx.actor, Permission.LEDGER_READ) or \
                allowed(ctx.actor, Permission.LEDGER_CASELOAD):
            self.areas.append(Area("ledger", self.tr("Canoni e morosità"), "fa5s.euro-sign",
                                   self._ledger_page))
        self.areas += self._permitted([
            Area("violations", self.tr("Violazioni"), "fa5s.balance-scale",
                 self._violations_page, Permission.VIOLATION_READ),
            Area("communication", self.tr("Comunicazioni"), "fa5s.envelope",
                 self._communication_page, Permission.COMM_SEND)])
        if allowed(ctx.actor, Permission.CASE_READ) or allowed(ctx.actor, Permission.CASE_OVERVIEW):
            label = self.tr("I miei casi") if allowed(ctx.actor, Permission.CASE_READ) \
                else self.tr("Accompagnamento")
            self.areas.append(Area("cases", label, "fa5s.folder-open", self._cases_page))
        # Last on the left, for managers and administrators (ui/reporting).
        self.areas += self._permitted([
            Area("dashboard", self.tr("Cruscotto"), "fa5s.chart-line", self._dashboard_page,
                 Permission.REPORT_VIEW)])
        # Opened from the Administration menu, not listed on the left.
        self.menu_areas = self._permitted([
            Area("audit", self.tr("Registro delle operazioni"), "fa5s.search", self._audit_page,
                 Permission.AUDIT_READ),
            Area("users", self.tr("Utenti"), "fa5s.user-cog", self._users_page,
                 Permission.USERS_MANAGE),
        ])
        self.screen_lock = None  # set by attach_lock once logged in (app.run)

        self.navigation = QListWidget()
        self.navigation.setObjectName("navigation")
        self.navigation.setAccessibleName(self.tr("Aree"))
        self.navigation.setFixedWidth(NAV_WIDTH)
        self.navigation.setIconSize(QSize(20, 20))
        self.navigation.setStyleSheet("QListWidget { font-size: 11pt; outline: 0; } "
                                      "QListWidget::item { padding: 8px 6px; }")
        for area in self.areas:
            item = QListWidgetItem(icon(area.icon), area.label)
            item.setData(Qt.ItemDataRole.UserRole, area.key)
            self.navigation.addItem(item)
        self.navigation.currentRowChanged.connect(self._open_row)
        # The row of an area whose tab is not in front stays current but unselected: a click
        # on it opens it again.
        self.navigation.itemClicked.connect(
            lambda item: self._open_row(self.navigation.row(item)))

        self.tabs = QTabWidget()
        self.tabs.setObjectName("tabs")
        self.tabs.setDocumentMode(True)
        self.tabs.setTabsClosable(True)
        self.tabs.setMovable(True)
        self.tabs.tabCloseRequested.connect(self.close_tab)
        self.tabs.currentChanged.connect(self._sync_navigation)
        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(6, 6, 6, 0)
        layout.addWidget(self.navigation)
        layout.addWidget(self.tabs, 1)
        self.setCentralWidget(central)

        self._make_toolbar()
        self._make_menu()
        self._make_status_bar()
        QShortcut(QKeySequence.StandardKey.Find, self, self.search_box.focus_and_select)
        QShortcut(QKeySequence("Ctrl+W"), self, lambda: self.close_tab(self.tabs.currentIndex()))
        QShortcut(QKeySequence.StandardKey.Refresh, self, self.refresh_current)
        for row, area in enumerate(self.areas[:9]):  # Ctrl+1… the areas, as listed on the left
            QShortcut(QKeySequence(f"Ctrl+{row + 1}"), self,
                      lambda key=area.key: self.open_area(key).setFocus())
        if self.areas:
            self.navigation.setCurrentRow(0)

    # --- chrome ----------------------------------------------------------------------------

    def _make_toolbar(self) -> None:
        toolbar = QToolBar(self.tr("Strumenti"))
        toolbar.setObjectName("main_toolbar")
        toolbar.setMovable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.new_household_action = QAction(icon("fa5s.plus-circle"), self.tr("Nuovo nucleo"), self)
        self.new_household_action.setShortcut(QKeySequence.StandardKey.New)
        self.new_household_action.setToolTip(self.tr("Nuovo nucleo familiare (Ctrl+N)"))
        self.new_household_action.triggered.connect(self.new_household)
        self.new_household_action.setVisible(self.may(Permission.REGISTRY_WRITE))
        toolbar.addAction(self.new_household_action)
        toolbar.addSeparator()
        self.search_box = SearchBox(self.ctx)
        self.search_box.hit_chosen.connect(self.open_hit)
        toolbar.addWidget(self.search_box).setVisible(self.may(Permission.REGISTRY_READ))
        self.addToolBar(toolbar)

    def _make_menu(self) -> None:
        self.import_action = QAction(icon("fa5s.file-import"),
                                     self.tr("&Importa nuclei da foglio di calcolo…"), self)
        self.import_action.setObjectName("import_action")
        self.import_action.triggered.connect(self.import_households)
        self.import_action.setVisible(self.may(Permission.IMPORT_DATA))
        self.import_units_action = QAction(icon("fa5s.file-import"),
                                           self.tr("Importa &alloggi da foglio di calcolo…"), self)
        self.import_units_action.setObjectName("import_units_action")
        self.import_units_action.triggered.connect(self.import_units)
        self.import_units_action.setVisible(self.may(Permission.IMPORT_DATA)
                                            and self.may(Permission.ESTATE_MANAGE))
        self.quit_action = QAction(self.tr("&Esci"), self)
        self.quit_action.setObjectName("quit_action")
        self.quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        self.quit_action.triggered.connect(self.close)
        self.password_action = QAction(icon("fa5s.key"), self.tr("Cambia la mia &password…"), self)
        self.password_action.setObjectName("password_action")
        self.password_action.triggered.connect(self.change_password)
        self.lock_action = QAction(icon("fa5s.lock"), self.tr("&Blocca lo schermo"), self)
        self.lock_action.setObjectName("lock_action")
        self.lock_action.setShortcut(QKeySequence("Ctrl+L"))
        self.lock_action.setVisible(False)  # until a screen lock is attached
        menu = self.menuBar().addMenu(self.tr("&File"))
        menu.setObjectName("file_menu")
        menu.addAction(self.new_household_action)
        menu.addAction(self.import_action)
        menu.addAction(self.import_units_action)
        if allowed(self.ctx.actor, Permission.DATA_PROTECTION):
            self.data_protection_action = QAction(icon("fa5s.key"), self.tr("&Protezione dati…"),
                                                  self)
            self.data_protection_action.setObjectName("data_protection_action")
            self.data_protection_action.triggered.connect(self.open_data_protection)
            menu.addAction(self.data_protection_action)
        menu.addSeparator()
        menu.addAction(self.password_action)
        menu.addAction(self.lock_action)
        menu.addSeparator()
        menu.addAction(self.quit_action)
        self._make_admin_menu()
        add_help_menu(self)

    def attach_lock(self, screen_lock) -> None:
        """The idle lock of the logged-in session; the File menu can lock at once too."""
        self.screen_lock = screen_lock
        self.lock_action.triggered.connect(screen_lock.lock)
        self.lock_action.setVisible(True)

    def attach_backup(self, runner) -> None:
        """The automatic copy made in the background: its state in the status bar."""
        from borgo_desktop.ui.widgets.backup_status import BackupStatus

        self.backup_runner = runner
        self.statusBar().addPermanentWidget(BackupStatus(runner, self))

    def change_password(self):
        from borgo_desktop.ui.accounts.account_dialogs import ChangePasswordDialog
        from borgo_desktop.ui.widgets.dialogs import open_tracked

        return open_tracked(self, ChangePasswordDialog(self.ctx, self), lambda _name: (
            self.statusBar().showMessage(self.tr("Password cambiata."), 10_000)))

    def _make_admin_menu(self) -> None:
        """Administration: only what the role may use; no menu at all if nothing is left."""
        self.admin_menu = self.menuBar().addMenu(self.tr("&Amministrazione"))
        self.admin_menu.setObjectName("admin_menu")
        self.audit_action = QAction(icon("fa5s.search"),
                                    self.tr("&Registro delle operazioni…"), self)
        self.audit_action.setObjectName("audit_action")
        self.audit_action.triggered.connect(lambda: self.open_area("audit"))
        self.audit_action.setVisible(self.may(Permission.AUDIT_READ))
        self.users_action = QAction(icon("fa5s.user-cog"), self.tr("&Utenti…"), self)
        self.users_action.setObjectName("users_action")
        self.users_action.triggered.connect(lambda: self.open_area("users"))
        self.users_action.setVisible(self.may(Permission.USERS_MANAGE))
        self.admin_menu.addAction(self.users_action)
        self.admin_menu.addAction(self.audit_action)
        self.admin_menu.menuAction().setVisible(
            any(action.isVisible() for action in self.admin_menu.actions()))

    def _make_status_bar(self) -> None:
        actor = self.ctx.actor
        user = QLabel(self.tr("Utente: {name} ({role})").format(
            name=actor.display_name or actor.username, role=role_name(actor.role)))
        user.setObjectName("user_label")
        database = QLabel(self.tr("Database: {db}").format(db=describe_database(self.ctx)))
        database.setObjectName("database_label")
        self.statusBar().addPermanentWidget(user)
        self.statusBar().addPermanentWidget(database)

    # --- areas -----------------------------------------------------------------------------

    def may(self, permission: Permission) -> bool:
        return allowed(self.ctx.actor, permission)

    def _permitted(self, areas: list[Area]) -> list[Area]:
        return [a for a in areas if a.permission is None or self.may(a.permission)]

    def open_area(self, key: str) -> QWidget:
        page = self.area_pages.get(key)
        if page is None:
            area = next(a for a in self.areas + self.menu_areas if a.key == key)
            page = area.build()
            self.area_pages[key] = page
            self.tabs.addTab(page, icon(area.icon), area.label)
        self.tabs.setCurrentWidget(page)
        return page

    def _list_page(self, page: ListPage, opened) -> ListPage:
        page.row_opened.connect(opened)
        return self._with_status(page)

    def _with_status(self, page: QWidget) -> QWidget:
        page.status_message.connect(lambda text: self.statusBar().showMessage(text, 10_000))
        return page

    def _today_page(self) -> QWidget:
        """The home page: what needs doing today; each line opens its record."""
        from borgo_desktop.ui.today.today_page import TodayPage

        page = TodayPage(self.ctx)
        page.booking_opened.connect(self.open_booking)
        page.ticket_opened.connect(self.open_ticket)
        page.case_opened.connect(self.open_case)
        page.household_opened.connect(self.open_household)
        page.arrears_opened.connect(self.open_arrears)
        return page

    def open_booking(self, booking_id: uuid.UUID, day) -> QWidget:
        page = self.open_area("spaces")
        page.show_booking(booking_id, day)
        return page

    def _households_page(self) -> QWidget:
        return self._list_page(HouseholdListPage(self.ctx), self.open_household)

    def _persons_page(self) -> QWidget:
        return self._list_page(PersonListPage(self.ctx), self.open_person)

    def _units_page(self) -> QWidget:
        page = UnitListPage(self.ctx)
        page.estate_changed.connect(self.data_changed)
        return self._list_page(page, self.open_unit)

    def _allocation_page(self) -> QWidget:
        from borgo_desktop.ui.allocation.board import AllocationPage

        page = AllocationPage(self.ctx)
        page.household_opened.connect(self.open_household)
        return page

    def open_audit_of(self, record_id: str) -> QWidget:
        """The audit trail filtered on one record (from its page)."""
        page = self.open_area("audit")
        page.show_record(record_id)
        return page

    def _audit_page(self) -> QWidget:
        from borgo_desktop.ui.admin.audit_page import AuditPage

        return self._with_status(AuditPage(self.ctx))

    def _users_page(self) -> QWidget:
        from borgo_desktop.ui.accounts.users_page import UsersPage

        return self._with_status(UsersPage(self.ctx))

    def _open_row(self, row: int) -> None:
        if 0 <= row < len(self.areas):
            self.open_area(self.areas[row].key)

    def _cases_page(self) -> QWidget:
        from borgo_desktop.ui.casework.cases_page import CasesPage

        page = CasesPage(self.ctx)
        page.alerts.arrears_opened.connect(self.open_arrears)
        page.case_opened.connect(self.open_case)
        page.household_opened.connect(self.open_household)
        return page

    def _dashboard_page(self) -> QWidget:
        from borgo_desktop.ui.reporting.dashboard_page import DashboardPage

        page = DashboardPage(self.ctx)
        page.area_requested.connect(self.open_dashboard_target)
        page.package_requested.connect(self.open_package_dialog)
        return page

    def open_dashboard_target(self, key: str, building: str = "") -> QWidget | None:
        """The existing list behind a dashboard tile. Arrears: the ledger's area when the
        window has one, else the arrears file of the household longest behind (the ledger's
        own arrears view picks it, filtered on the building)."""
        keys = {a.key for a in self.areas}
        if key == "ledger" and "ledger" not in keys:
            from borgo_desktop.services.ledger.balances import ArrearsFilter, arrears

            rows = arrears(self.ctx, ArrearsFilter(building_code=building or None), sort="age",
                           limit=1)
            if not rows:
                self.statusBar().showMessage(self.tr("Nessun nucleo in morosità."), 10_000)
                return None
            return self.open_arrears(rows[0].household_id)
        if key not in keys:
            return None
        page = self.open_area(key)
        if building and hasattr(page, "set_building"):
            page.set_building(building)
        return page

    def open_package_dialog(self, period: str = ""):
        from borgo_desktop.ui.reporting.package_dialog import PackageDialog
        from borgo_desktop.ui.widgets.dialogs import open_tracked

        return open_tracked(self, PackageDialog(self.ctx, period or None, self),
                            lambda _built: None, "built")

    def open_participants(self, case_id: uuid.UUID):
        """The ESF+ participant data of a case file (from its page)."""
        from borgo_desktop.ui.reporting.participants_dialog import ParticipantsDialog
        from borgo_desktop.ui.widgets.dialogs import open_tracked

        return open_tracked(self, ParticipantsDialog(self.ctx, case_id, self), lambda _r: None,
                            "finished")

    def _tickets_page(self) -> QWidget:
        from borgo_desktop.ui.tickets.area import TicketsArea

        page = TicketsArea(self.ctx)
        page.ticket_opened.connect(self.open_ticket)
        page.status_message.connect(lambda text: self.statusBar().showMessage(text, 10_000))
        return page

    def _spaces_page(self) -> QWidget:
        from borgo_desktop.ui.spaces.spaces_page import SpacesPage

        page = SpacesPage(self.ctx)
        page.status_message.connect(lambda text: self.statusBar().showMessage(text, 10_000))
        return page

    def _community_page(self) -> QWidget:
        from borgo_desktop.ui.community.community_page import CommunityPage

        return CommunityPage(self.ctx)

    def _ledger_page(self) -> QWidget:
        from borgo_desktop.ui.ledger.area import LedgerArea

        page = LedgerArea(self.ctx)
        page.household_opened.connect(self.open_arrears)
        page.status_message.connect(lambda text: self.statusBar().showMessage(text, 10_000))
        return page

    def _communication_page(self) -> QWidget:
        from borgo_desktop.ui.communication.area import CommunicationArea

        page = CommunicationArea(self.ctx)
        page.status_message.connect(lambda text: self.statusBar().showMessage(text, 10_000))
        return page

    def _violations_page(self) -> QWidget:
        from borgo_desktop.ui.violations.area import ViolationsArea

        page = ViolationsArea(self.ctx)
        page.violation_opened.connect(self.open_violation)
        page.status_message.connect(lambda text: self.statusBar().showMessage(text, 10_000))
        return page

    def open_violation(self, violation_id: uuid.UUID):
        def build():
            from borgo_desktop.ui.violations.violation_page import ViolationPage

            page = ViolationPage(self.ctx, violation_id)  # the opening is audited
            page.household_opened.connect(self.open_household)
            page.changed.connect(lambda _id: self.area_pages.get("violations") and
                                 self.area_pages["violations"].refresh())
            return page

        return self._show_record("violation", violation_id, build,
                                 lambda page: page.detail.code)

    def open_arrears(self, household_id: uuid.UUID):
        """A household's arrears file: the ladder, the repayment plans, no-fault assessments."""
        def build():
            from borgo_desktop.ui.ledger.arrears_file_page import ArrearsFilePage

            page = ArrearsFilePage(self.ctx, household_id)  # the read is audited
            page.household_opened.connect(self.open_household)
            return page

        return self._show_record("arrears", household_id, build, lambda page: self.tr(
            "Morosità {code}").format(code=page.file.household_code))

    def _sync_navigation(self, index: int) -> None:
        # The area of the tab in front is highlighted; a record's tab highlights none.
        widget = self.tabs.widget(index)
        rows = [r for r, area in enumerate(self.areas) if self.area_pages.get(area.key) is widget]
        self.navigation.blockSignals(True)
        if rows:
            self.navigation.setCurrentRow(rows[0])
        else:  # no current row at all would let the list pick the first one when focused
            self.navigation.clearSelection()
        self.navigation.blockSignals(False)

    # --- records ---------------------------------------------------------------------------

    def _show_record(self, kind: str, record_id: uuid.UUID, build: Callable[[], QWidget],
                     title: Callable[[QWidget], str]) -> QWidget:
        page = self.records.get((kind, record_id))
        if page is None:
            page = build()
            self.records[(kind, record_id)] = page
            self.tabs.addTab(page, icon(KIND_ICONS[kind]), title(page))
        else:
            page.refresh()
        self.tabs.setCurrentWidget(page)
        return page

    def open_household(self, household_id: uuid.UUID) -> HouseholdPage:
        def build() -> HouseholdPage:
            from borgo_desktop.ui.registry.household_page import HouseholdPage

            page = HouseholdPage(self.ctx, household_id)
            audit.record_view(self.ctx, "household", household_id)  # personal data were read
            page.changed.connect(self.data_changed)
            page.unit_opened.connect(self.open_unit)
            page.audit_requested.connect(self.open_audit_of)
            page.case_opened.connect(self.open_case)
            page.ticket_created.connect(self._ticket_created)
            page.ticket_opened.connect(self.open_ticket)
            page.arrears_requested.connect(self.open_arrears)
            return page

        return self._show_record("household", household_id, build,
                                 lambda page: self.tr("Nucleo {code}").format(code=page.detail.code))

    def open_unit(self, unit_id: uuid.UUID) -> UnitPage:
        def build() -> UnitPage:
            from borgo_desktop.ui.registry.unit_page import UnitPage

            page = UnitPage(self.ctx, unit_id)
            page.changed.connect(self.data_changed)
            page.household_opened.connect(self.open_household)
            page.ticket_created.connect(self._ticket_created)
            page.ticket_opened.connect(self.open_ticket)
            return page

        return self._show_record("unit", unit_id, build,
                                 lambda page: self.tr("Alloggio {code}").format(code=page.unit.code))

    def open_case(self, case_id: uuid.UUID):
        def build():
            from borgo_desktop.ui.casework.case_page import CasePage

            page = CasePage(self.ctx, case_id)  # the opening is audited by the service
            page.household_opened.connect(self.open_household)
            page.participants_requested.connect(self.open_participants)
            page.changed.connect(lambda _id: self.area_pages.get("cases") and
                                 self.area_pages["cases"].refresh())
            return page

        return self._show_record("case", case_id, build, lambda page: self.tr(
            "Cartella {code}").format(code=page.file.summary.household_code))

    def open_ticket(self, ticket_id: uuid.UUID) -> TicketPage:
        def build() -> TicketPage:
            from borgo_desktop.ui.tickets.ticket_page import TicketPage

            page = TicketPage(self.ctx, ticket_id)
            page.changed.connect(self.data_changed)
            page.household_opened.connect(self.open_household)
            return page

        return self._show_record("ticket", ticket_id, build,
                                 lambda page: page.detail.ticket.code)

    def _ticket_created(self, ticket_id: uuid.UUID) -> None:
        self.data_changed()
        self.open_ticket(ticket_id)

    def open_person(self, person_id: uuid.UUID) -> HouseholdPage | None:
        """A person opens on their household's page (that is where they are edited)."""
        household_id = registry.household_of_person(self.ctx, person_id)
        if household_id is not None:
            return self.open_household(household_id)
        QMessageBox.information(self, self.tr("Persona senza nucleo"),
                                self.tr("Questa persona non fa parte, oggi, di alcun nucleo."))
        return None

    def open_hit(self, hit: search.SearchHit):
        if hit.kind == search.KIND_HOUSEHOLD:
            return self.open_household(hit.ref_id)
        if hit.kind == search.KIND_UNIT:
            return self.open_unit(hit.ref_id)
        return self.open_person(hit.ref_id)

    def new_household(self) -> HouseholdForm:
        from borgo_desktop.ui.registry.household_form import HouseholdForm
        from borgo_desktop.ui.widgets.dialogs import open_tracked

        return open_tracked(self, HouseholdForm(self.ctx, None, self), self._household_created)

    def _household_created(self, household_id: uuid.UUID) -> None:
        self.data_changed(household_id)
        self.open_household(household_id)

    def import_households(self) -> ImportDialog:
        """The import dialog, window-modal without blocking (its checks run in the background)."""
        from borgo_desktop.ui.registry.importing import ImportDialog

        dialog = ImportDialog(self.ctx, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.imported.connect(self._households_imported)
        dialog.open()
        return dialog

    def import_units(self) -> ImportDialog:
        """The same dialog for units, opened from the «Alloggi» page (which then refreshes)."""
        return self.open_area("units").import_units()

    def open_data_protection(self):
        """Access reports, retention and the consent register (administrator)."""
        from borgo_desktop.ui.privacy.data_protection_dialog import DataProtectionDialog

        dialog = DataProtectionDialog(self.ctx, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda _result: self.data_changed())  # names may be anonymised
        dialog.open()
        return dialog

    def _households_imported(self, count: int) -> None:
        self.data_changed()
        self.statusBar().showMessage(
            self.tr("Nuclei importati: {count}").format(count=count), 10_000)

    # --- tabs and refreshes ----------------------------------------------------------------

    def close_tab(self, index: int) -> None:
        widget = self.tabs.widget(index)
        if widget is None:
            return
        if hasattr(widget, "flush"):  # a case page keeps the note being typed as a draft
            widget.flush()
        self.tabs.removeTab(index)
        for registry_ in (self.area_pages, self.records):
            for key in [k for k, page in registry_.items() if page is widget]:
                del registry_[key]
        widget.deleteLater()

    def data_changed(self, _household_id=None) -> None:
        """Something was saved: lists, open unit pages and the search box show it at once."""
        self.search_box.forget_hits()
        for page in self.area_pages.values():
            page.refresh()
        for (kind, _id), page in self.records.items():
            if kind in ("unit", "ticket"):
                page.refresh()

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt override
        # A form still open with unsaved input asks before the program closes under it.
        for dialog in self.findChildren(DirtyDialog):
            if dialog.isVisible() and not dialog.confirm_discard():
                event.ignore()
                return
        for page in self.records.values():
            if hasattr(page, "flush"):
                page.flush()
        super().closeEvent(event)

    def start_view(self) -> QWidget:
        """What shows the start screen with its data: the rows of the list in front, or the
        home page «Oggi» itself."""
        page = self.tabs.currentWidget()
        if isinstance(page, ListPage):
            return page.table.viewport()
        return page if page is self.area_pages.get("today") else self

    def refresh_current(self) -> None:
        widget = self.tabs.currentWidget()
        if widget is not None and hasattr(widget, "refresh"):
            widget.refresh()


def describe_database(ctx: Context) -> str:
    """Where the data are, without secrets: the file for SQLite, host/name otherwise."""
    url = ctx.store.engine.url
    if url.get_backend_name() == "sqlite":
        return f"SQLite · {url.database}"
    return f"{url.get_backend_name()} · {url.host or ''}/{url.database or ''}"
