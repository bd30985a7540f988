"""The «Canoni e morosità» area: the arrears list, the unmatched queue of bank credits and
the statements imported (with the import), as tabs; each role sees the tabs it may use (a
social worker the arrears of her caseload only)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QTabWidget, QVBoxLayout, QWidget

from borgo_desktop.formatting import fmt_instant
from borgo_desktop.services.core.permissions import Permission, allowed
from borgo_desktop.services.ledger.bank import queue
from borgo_desktop.ui.ledger.arrears_list import ArrearsListPage
from borgo_desktop.ui.ledger.import_dialog import ImportStatementDialog
from borgo_desktop.ui.ledger.unmatched_queue import UnmatchedQueuePanel
from borgo_desktop.ui.widgets.dialogs import open_tracked
from borgo_desktop.ui.widgets.display import MUTED_STYLE, ScrollingTable
from borgo_desktop.ui.widgets.icons import icon


class ImportsPanel(QWidget):
    """The statements read so far, newest first, and the button that reads one more."""

    imported = Signal()

    def __init__(self, ctx, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("imports_panel")
        self.ctx = ctx
        self.dialog = None
        self.import_button = QPushButton(icon("fa5s.file-import"),
                                         self.tr("Importa estratto conto…"))
        self.import_button.setObjectName("import_statement_button")
        self.import_button.clicked.connect(self.open_import)
        self.table = ScrollingTable([self.tr("Importato il"), self.tr("Da"), self.tr("File"),
                                     self.tr("Formato"), self.tr("Conto"), self.tr("Movimenti"),
                                     self.tr("Abbinati"), self.tr("Da abbinare"),
                                     self.tr("Ignorati"), self.tr("Già importati")],
                                    "imports_table")
        self.empty = QLabel(self.tr("Nessun estratto conto importato finora."))
        self.empty.setStyleSheet(MUTED_STYLE)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.import_button)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        self.refresh()

    def refresh(self) -> None:
        rows = queue.imports(self.ctx)
        self.table.set_rows([[fmt_instant(i.at), i.by, i.file_name,
                              "CAMT.053" if i.format == "camt053" else i.format.upper(),
                              i.account_iban, str(i.lines), str(i.matched), str(i.queued),
                              str(i.ignored), str(i.duplicates)] for i in rows])
        self.table.setVisible(bool(rows))
        self.empty.setVisible(not rows)

    def open_import(self):
        dialog = ImportStatementDialog(self.ctx, self)
        return open_tracked(self, dialog, lambda _result: self._imported(), "imported")

    def _imported(self) -> None:
        self.refresh()
        self.imported.emit()


class LedgerArea(QWidget):
    household_opened = Signal(object)  # the arrears file of a household, from the list
    status_message = Signal(str)

    def __init__(self, ctx, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ledger_area")
        self.ctx = ctx
        self.tabs = QTabWidget()
        self.tabs.setObjectName("ledger_tabs")
        self.arrears = ArrearsListPage(ctx)
        self.arrears.row_opened.connect(self.household_opened)
        self.arrears.status_message.connect(self.status_message)
        self.tabs.addTab(self.arrears, self.tr("Morosità"))
        self.queue = self.imports = None
        if allowed(ctx.actor, Permission.PAYMENT_RECORD):
            self.queue = UnmatchedQueuePanel(ctx)
            self.tabs.addTab(self.queue, "")
            self.queue.changed.connect(self._queue_title)
            self._queue_title(queue.count_queued(ctx))
            self.queue.changed.connect(lambda _n: self.arrears.refresh())
        if allowed(ctx.actor, Permission.PAYMENT_IMPORT):
            self.imports = ImportsPanel(ctx)
            self.imports.imported.connect(self.refresh)
            self.tabs.addTab(self.imports, self.tr("Estratti conto importati"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)

    def _queue_title(self, n: int) -> None:
        index = self.tabs.indexOf(self.queue)
        self.tabs.setTabText(index, self.tr("Da abbinare ({n})").format(n=n) if n
                             else self.tr("Da abbinare"))

    def set_building(self, code: str) -> None:
        self.tabs.setCurrentWidget(self.arrears)
        self.arrears.set_building(code)

    def refresh(self) -> None:
        self.arrears.refresh()
        if self.queue is not None:
            self.queue.refresh()
        if self.imports is not None:
            self.imports.refresh()
