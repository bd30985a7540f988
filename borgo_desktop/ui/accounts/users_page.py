"""The users window (administrator): every account, its role and state; add, change role,
reset a password, disable or enable. Accounts are never deleted: a disabled one keeps its
name in the audit trail and in the records it signed.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QMessageBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from borgo_desktop.errors import UserError
from borgo_desktop.formatting import fmt_instant
from borgo_desktop.models.base import utcnow
from borgo_desktop.services.accounts import accounts
from borgo_desktop.services.core.context import Context
from borgo_desktop.ui.accounts.account_dialogs import (
    EnableDialog,
    NewUserDialog,
    ResetPasswordDialog,
    RoleDialog,
)
from borgo_desktop.ui.accounts.roles import role_name
from borgo_desktop.ui.widgets.dialogs import confirm, open_tracked, show_error
from borgo_desktop.ui.widgets.forms import hint_label
from borgo_desktop.ui.widgets.icons import icon
from borgo_desktop.ui.widgets.list_page import TITLE_STYLE

COLUMNS = ("username", "display_name", "role", "state", "last_login")


class UsersModel(QAbstractTableModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.accounts: list = []

    def set_accounts(self, views: list) -> None:
        self.beginResetModel()
        self.accounts = list(views)
        self.endResetModel()

    def headers(self) -> tuple[str, ...]:
        return (self.tr("Nome utente"), self.tr("Nome e cognome"), self.tr("Ruolo"),
                self.tr("Stato"), self.tr("Ultimo accesso"))

    def state(self, account) -> str:
        if not account.active:
            return self.tr("Disattivato")
        if account.locked_until is not None and account.locked_until > utcnow():
            return self.tr("Bloccato fino alle {time}").format(
                time=fmt_instant(account.locked_until)[-5:])
        return self.tr("Attivo")

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.accounts)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: QModelIndex | QPersistentModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or index.row() >= len(self.accounts):
            return None
        account = self.accounts[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            key = COLUMNS[index.column()]
            if key == "role":
                return role_name(account.role)
            if key == "state":
                return self.state(account)
            if key == "last_login":
                return fmt_instant(account.last_login_at) or self.tr("mai")
            return getattr(account, key)
        if role == Qt.ItemDataRole.ForegroundRole and not account.active:
            return Qt.GlobalColor.gray
        return None

    def headerData(self, section: int, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal \
                and 0 <= section < len(COLUMNS):
            return self.headers()[section]
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                | Qt.ItemFlag.ItemNeverHasChildren)


class UsersPage(QWidget):
    status_message = Signal(str)

    def __init__(self, ctx: Context, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("users_page")
        self.ctx = ctx
        self.dialog = None  # the form opened from this page, if any
        self.model = UsersModel(self)
        self.table = QTableView()
        self.table.setObjectName("users_table")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.activated.connect(lambda _index: self.change_role())

        title = QLabel(self.tr("Utenti"))
        title.setStyleSheet(TITLE_STYLE)
        self.count_label = QLabel()
        self.count_label.setObjectName("count_label")
        self.add_button = self._button("fa5s.user-plus", self.tr("Nuovo utente…"), "add_user_button",
                                       self.add_user)
        self.role_button = self._button("fa5s.user-edit", self.tr("Cambia ruolo…"), "role_button",
                                        self.change_role)
        self.reset_button = self._button("fa5s.key", self.tr("Reimposta password…"),
                                         "reset_button", self.reset_password)
        self.active_button = self._button("fa5s.user-minus", self.tr("Disattiva"),
                                          "active_button", self.toggle_active)
        top = QHBoxLayout()
        top.addWidget(title)
        top.addSpacing(12)
        top.addWidget(self.count_label)
        top.addStretch(1)
        for button in (self.add_button, self.role_button, self.reset_button, self.active_button):
            top.addWidget(button)
        hint = hint_label(self.tr("Gli utenti non si cancellano: chi lascia l'ufficio viene "
                                  "disattivato e il suo nome resta nel registro delle operazioni."))
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(hint)
        layout.addWidget(self.table, 1)
        self.table.selectionModel().selectionChanged.connect(self._sync_buttons)
        self.refresh()

    def _button(self, icon_name: str, text: str, name: str, slot) -> QPushButton:
        button = QPushButton(icon(icon_name), text)
        button.setObjectName(name)
        button.clicked.connect(slot)
        return button

    def refresh(self) -> None:
        selected = self.selected()
        self.model.set_accounts(accounts.list_accounts(self.ctx))
        n = len(self.model.accounts)
        self.count_label.setText(self.tr("1 utente") if n == 1
                                 else self.tr("{n} utenti").format(n=n))
        if selected is not None:
            self.select(selected.username)
        self._sync_buttons()

    def select(self, username: str) -> None:
        for row, account in enumerate(self.model.accounts):
            if account.username == username:
                self.table.selectRow(row)
                return

    def selected(self):
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        return self.model.accounts[rows[0].row()] if rows else None

    def _sync_buttons(self, *_args) -> None:
        account = self.selected()
        for button in (self.role_button, self.reset_button, self.active_button):
            button.setEnabled(account is not None)
        active = account is None or account.active
        self.active_button.setText(self.tr("Disattiva") if active else self.tr("Riattiva…"))
        self.active_button.setIcon(icon("fa5s.user-minus" if active else "fa5s.user-plus"))

    # --- actions ------------------------------------------------------------------------

    def _open(self, dialog):
        return open_tracked(self, dialog, self._saved)

    def add_user(self):
        return self._open(NewUserDialog(self.ctx, self))

    def change_role(self):
        account = self.selected()
        return self._open(RoleDialog(self.ctx, account, self)) if account else None

    def reset_password(self):
        account = self.selected()
        return self._open(ResetPasswordDialog(self.ctx, account, self)) if account else None

    def toggle_active(self):
        """Disable after a confirmation; enable through the temporary-password form."""
        account = self.selected()
        if account is None:
            return None
        if not account.active:
            return self._open(EnableDialog(self.ctx, account, self))
        if not confirm(self, self.tr("Disattiva utente"),
                       self.tr("{name} non potrà più accedere. I dati e il registro restano. "
                               "Disattivare?").format(name=account.display_name or account.username)):
            return None
        try:
            rotated = accounts.set_active(self.ctx, account.username, False)
        except UserError as exc:
            show_error(self, exc)
            return None
        self._saved(account.username)
        if rotated is not None and (rotated.lost or rotated.recovery_key):
            self._tell_rotation(rotated)
        return None

    def _tell_rotation(self, rotated) -> None:
        """The data key changed: who was left without a copy, and a new recovery key."""
        lines = [self.tr("La chiave del database è stata cambiata: le copie precedenti del "
                         "file delle chiavi non aprono più il database.")]
        if rotated.lost:
            lines.append(self.tr("Senza chiave (da una versione precedente, mai entrati da "
                                 "allora): {names}. Dare loro una password temporanea.")
                         .format(names=", ".join(rotated.lost)))
        if rotated.recovery_key:
            lines.append(self.tr("Nuova chiave di recupero (mostrata una sola volta, la "
                                 "precedente non vale più): {key}. Scriverla sul foglio di "
                                 "recupero e custodirla chiusa a chiave.")
                         .format(key=rotated.recovery_key))
        QMessageBox.information(self, self.tr("Chiave del database cambiata"), "\n\n".join(lines))

    def _saved(self, username: str) -> None:
        self.refresh()
        self.select(username)
        self.status_message.emit(self.tr("Utente {name} aggiornato.").format(name=username))
