"""The "Violazioni" area: the list of violations and the register of guests, as tabs."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox, QHBoxLayout, QLabel, QPushButton, QTabWidget, QVBoxLayout, QWidget,
)

from borgo_desktop.errors import UserError
from borgo_desktop.formatting import fmt_date
from borgo_desktop.models.violations import GuestState, ViolationCategory
from borgo_desktop.services.core.permissions import Permission, allowed
from borgo_desktop.services.violations import guests
from borgo_desktop.ui.violations.dialogs import GuestDialog, RenewDialog, ReportDialog
from borgo_desktop.ui.violations.list_page import ViolationListPage
from borgo_desktop.ui.widgets.dialogs import open_tracked, show_error
from borgo_desktop.ui.widgets.display import FittedTable, WARN_STYLE
from borgo_desktop.ui.widgets.icons import icon
from borgo_desktop.ui.widgets.texts import vocab


class GuestsPanel(QWidget):
    """The register of guests: who is hosted where, until when, authorised or not."""

    changed = Signal()
    report_requested = Signal(object, str)  # household id, description

    def __init__(self, ctx, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("guests_panel")
        self.ctx = ctx
        self.dialog = None
        self.stays: list[guests.GuestView] = []
        self.table = FittedTable([self.tr("Nucleo"), self.tr("Ospite"), self.tr("Rapporto"),
                                  self.tr("Dal"), self.tr("Fino al"), self.tr("Autorizzata il"),
                                  self.tr("Stato")], "guests_table")
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.ended = QCheckBox(self.tr("Mostra anche le ospitalità terminate"))
        self.ended.setObjectName("show_ended")
        self.ended.toggled.connect(self.refresh)
        self.limits = QLabel()
        self.limits.setObjectName("limits_label")
        self.limits.setWordWrap(True)
        self.alert = QLabel()
        self.alert.setObjectName("guests_alert")
        self.alert.setStyleSheet(WARN_STYLE)
        self.buttons: dict[str, QPushButton] = {}
        row = QHBoxLayout()
        for name, text, glyph, permission in (
                ("register", self.tr("Registra ospite…"), "fa5s.user-plus", Permission.VIOLATION_REPORT),
                ("authorise", self.tr("Autorizza"), "fa5s.check", Permission.VIOLATION_MANAGE),
                ("renew", self.tr("Rinnova…"), "fa5s.sync-alt", Permission.VIOLATION_MANAGE),
                ("end", self.tr("Ospitalità terminata"), "fa5s.user-minus", Permission.VIOLATION_REPORT),
                ("report", self.tr("Segnala come violazione…"), "fa5s.bullhorn",
                 Permission.VIOLATION_REPORT)):
            button = QPushButton(icon(glyph), text)
            button.setObjectName(f"guest_{name}_button")
            button.setVisible(allowed(ctx.actor, permission))
            button.clicked.connect(getattr(self, name))
            row.addWidget(button)
            self.buttons[name] = button
        row.addStretch(1)
        row.addWidget(self.ended)
        layout = QVBoxLayout(self)
        layout.addWidget(self.limits)
        layout.addWidget(self.alert)
        layout.addLayout(row)
        layout.addWidget(self.table)
        layout.addStretch(1)
        self.refresh()

    def refresh(self, *_args) -> None:
        self.stays = guests.guest_register(self.ctx, include_ended=self.ended.isChecked())
        self.table.set_rows([[s.household_code, s.guest_name, vocab(s.relation),
                              fmt_date(s.starts_on), fmt_date(s.planned_until),
                              fmt_date(s.authorised_on), vocab(s.state)
                              + (self.tr(" (rinnovo)") if s.renewal else "")]
                             for s in self.stays], [s.id for s in self.stays])
        for r, stay in enumerate(self.stays):
            if stay.state == GuestState.OVERDUE:
                self.table.item(r, 6).setForeground(Qt.GlobalColor.darkRed)
        limits = guests.current_limits(self.ctx)
        self.limits.setText(self.tr(
            "Limiti del regolamento: {months} mesi per volta ({family} per genitori e figli), "
            "{renewals} rinnovo con autorizzazione dell'ufficio.").format(
            months=limits.max_months, family=limits.family_max_months, renewals=limits.renewals))
        overdue = sum(1 for s in self.stays if s.state == GuestState.OVERDUE)
        waiting = sum(1 for s in self.stays if s.state == GuestState.TO_AUTHORISE)
        parts = []
        if overdue:
            parts.append(self.tr("{n} oltre il periodo consentito").format(n=overdue))
        if waiting:
            parts.append(self.tr("{n} da autorizzare").format(n=waiting))
        self.alert.setText(" · ".join(parts))
        self.alert.setVisible(bool(parts))
        self._update_buttons()

    def selected(self) -> guests.GuestView | None:
        row = self.table.currentRow()
        return self.stays[row] if 0 <= row < len(self.stays) and self.table.selectedItems() \
            else None

    def _update_buttons(self) -> None:
        stay = self.selected()
        current = stay is not None and stay.state != GuestState.ENDED
        self.buttons["authorise"].setEnabled(current and stay.authorised_on is None)
        self.buttons["renew"].setEnabled(current and stay.authorised_on is not None)
        self.buttons["end"].setEnabled(current)
        self.buttons["report"].setEnabled(current and stay.state == GuestState.OVERDUE)

    def _done(self, *_args) -> None:
        self.refresh()
        self.changed.emit()

    def _call(self, fn) -> None:
        try:
            fn()
        except UserError as exc:
            show_error(self, exc)
            return
        self._done()

    def register(self):
        return open_tracked(self, GuestDialog(self.ctx, self), self._done)

    def authorise(self) -> None:
        stay = self.selected()
        if stay is not None:
            self._call(lambda: guests.authorise_stay(self.ctx, stay.id))

    def renew(self):
        stay = self.selected()
        if stay is not None:
            return open_tracked(self, RenewDialog(self.ctx, stay, self), self._done)
        return None

    def end(self) -> None:
        stay = self.selected()
        if stay is not None:
            self._call(lambda: guests.end_stay(self.ctx, stay.id))

    def report(self) -> None:
        stay = self.selected()
        if stay is not None:
            self.report_requested.emit(stay.household_id, self.tr(
                "{name} è ancora ospite del nucleo dopo il {day}, fine del periodo "
                "autorizzato.").format(name=stay.guest_name, day=fmt_date(stay.planned_until)))


class ViolationsArea(QWidget):
    violation_opened = Signal(object)
    status_message = Signal(str)

    def __init__(self, ctx, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("violations_area")
        self.ctx = ctx
        self.dialog = None
        self.list_page = ViolationListPage(ctx)
        self.list_page.row_opened.connect(self.violation_opened)
        self.list_page.status_message.connect(self.status_message)
        self.list_page.report_requested.connect(self.report)
        self.guests = GuestsPanel(ctx)
        self.guests.report_requested.connect(
            lambda household, text: self.report(household, ViolationCategory.OCCUPANTS.value, text))
        self.tabs = QTabWidget()
        self.tabs.setObjectName("violations_tabs")
        self.tabs.addTab(self.list_page, self.tr("Violazioni"))
        self.tabs.addTab(self.guests, self.tr("Registro degli ospiti"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)

    def report(self, household_id=None, category: str | None = None, description: str = ""):
        dialog = ReportDialog(self.ctx, self, household_id=household_id, category=category,
                              description=description)
        return open_tracked(self, dialog, self._reported)

    def _reported(self, violation_id) -> None:
        self.refresh()
        self.violation_opened.emit(violation_id)

    def refresh(self) -> None:
        self.list_page.refresh()
        self.guests.refresh()
