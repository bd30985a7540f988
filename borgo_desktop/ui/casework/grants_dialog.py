"""«Accessi d'équipe»: the manager lets another social worker read one case (a substitute
during holidays, a colleague in a joint visit) and ends that access, seeing the grants in
force. Team-wide grants are listed too, read-only here: they are not this case's to revoke."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from borgo_desktop.errors import UserError
from borgo_desktop.formatting import fmt_date
from borgo_desktop.services.casework import cases
from borgo_desktop.services.casework.views import CaseSummary
from borgo_desktop.services.core.context import Context
from borgo_desktop.ui.widgets.forms import error_label, show_errors
from borgo_desktop.ui.widgets.display import MUTED_STYLE, ScrollingTable
from borgo_desktop.ui.widgets.icons import icon


class GrantsDialog(QDialog):
    changed = Signal()

    def __init__(self, ctx: Context, case: CaseSummary, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("grants_dialog")
        self.setWindowTitle(self.tr("Accessi d'équipe – nucleo {code}").format(
            code=case.household_code))
        self.setMinimumSize(620, 420)
        self.ctx, self.case_id = ctx, case.id
        self.grants: list[cases.GrantView] = []
        intro = QLabel(self.tr("Oltre alle assistenti sociali assegnate, queste persone possono "
                               "leggere la cartella. Ogni accesso resta nel registro."))
        intro.setWordWrap(True)
        intro.setStyleSheet(MUTED_STYLE)
        self.table = ScrollingTable([self.tr("Assistente sociale"), self.tr("Ambito"),
                                     self.tr("Motivo"), self.tr("Dal")], "grants_table")
        self.table.itemSelectionChanged.connect(self._selection_changed)
        header = self.table.horizontalHeader()  # the reason takes the room, not the date
        header.setStretchLastSection(False)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.revoke_button = QPushButton(icon("fa5s.user-times"), self.tr("Revoca accesso"))
        self.revoke_button.setObjectName("revoke_button")
        self.revoke_button.clicked.connect(self.revoke_selected)
        self.revoke_error = error_label("revoke")

        self.worker = QComboBox()
        self.worker.setObjectName("grant_username")
        self.worker.setEditable(True)
        self.worker.lineEdit().setPlaceholderText(self.tr("nome utente"))
        for username, name in cases.social_workers(ctx):
            self.worker.addItem(f"{name} ({username})" if name else username, username)
        self.worker.setCurrentIndex(-1)
        self.reason = QLineEdit()
        self.reason.setObjectName("grant_reason")
        self.reason.setMaxLength(200)
        self.reason.setPlaceholderText(self.tr("per esempio: sostituzione per ferie"))
        self.grant_button = QPushButton(icon("fa5s.user-plus"), self.tr("Concedi accesso"))
        self.grant_button.setObjectName("grant_button")
        self.grant_button.clicked.connect(self.grant)
        self.errors = {"username": error_label("username"),
                       "reason": error_label("reason")}
        form = QFormLayout()
        form.addRow(self.tr("Assistente sociale"), self.worker)
        form.addRow("", self.errors["username"])
        form.addRow(self.tr("Motivo"), self.reason)
        form.addRow("", self.errors["reason"])
        form.addRow("", self.grant_button)
        new_box = QGroupBox(self.tr("Nuovo accesso a questa cartella"))
        new_box.setLayout(form)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setText(self.tr("Chiudi"))
        close.setObjectName("close_button")
        buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.revoke_error, 1)
        row.addWidget(self.revoke_button)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        layout.addWidget(new_box)
        layout.addWidget(buttons)
        self.refresh()

    def refresh(self) -> None:
        self.grants = cases.case_grants(self.ctx, self.case_id)
        self.table.set_rows([[f"{g.display_name} ({g.username})" if g.display_name else g.username,
                              self.tr("Tutte le cartelle") if g.all_cases
                              else self.tr("Questa cartella"), g.reason, fmt_date(g.granted_on)]
                             for g in self.grants], [g.id for g in self.grants])
        if not self.grants:
            self.table.setRowCount(1)
            self.table.setSpan(0, 0, 1, self.table.columnCount())
            empty = QTableWidgetItem(self.tr("Nessun accesso d'équipe in vigore."))
            empty.setFlags(Qt.ItemFlag.NoItemFlags)
            self.table.setItem(0, 0, empty)
        else:
            self.table.clearSpans()
        self._selection_changed()

    def selected(self) -> cases.GrantView | None:
        rows = {index.row() for index in self.table.selectedIndexes()}
        return self.grants[rows.pop()] if len(rows) == 1 and self.grants else None

    def _selection_changed(self) -> None:
        grant = self.selected()
        self.revoke_button.setEnabled(grant is not None and not grant.all_cases)
        self.revoke_button.setToolTip(
            self.tr("Un accesso a tutte le cartelle si revoca dalle regole d'équipe.")
            if grant is not None and grant.all_cases else "")

    def _username(self) -> str:
        text = self.worker.currentText().strip()
        index = self.worker.findText(text)
        return self.worker.itemData(index) if index >= 0 else text

    def grant(self) -> bool:
        try:
            cases.grant_access(self.ctx, self._username(), self.case_id, self.reason.text())
        except UserError as exc:
            show_errors(self, exc, self.errors)
            return False
        for label in self.errors.values():
            label.hide()
        self.worker.setCurrentIndex(-1)
        self.worker.clearEditText()
        self.reason.clear()
        self.refresh()
        self.changed.emit()
        return True

    def revoke_selected(self) -> bool:
        grant = self.selected()
        if grant is None or grant.all_cases:
            return False
        try:
            cases.revoke_access(self.ctx, grant.id)
        except UserError as exc:
            show_errors(self, exc, {"": self.revoke_error})
            return False
        self.revoke_error.hide()
        self.refresh()
        self.changed.emit()
        return True
