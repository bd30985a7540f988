"""The unmatched queue: bank credits the import could not tie to a household with certainty,
waiting for a person to assign them (they then become payments, allocated oldest-first) or
to dismiss them with a reason. Each action is audited by the services."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from borgo_desktop.formatting import fmt_date, fmt_money
from borgo_desktop.services.ledger.bank import queue
from borgo_desktop.ui.ledger.payment_dialogs import AssignLineDialog, DismissLineDialog
from borgo_desktop.ui.widgets.dialogs import open_tracked
from borgo_desktop.ui.widgets.display import MUTED_STYLE, ScrollingTable
from borgo_desktop.ui.widgets.icons import icon

SHOWN = 200  # a queue longer than this is worked from the top; the count says how many


class UnmatchedQueuePanel(QWidget):
    changed = Signal(int)  # the number of lines still waiting

    def __init__(self, ctx, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("unmatched_queue")
        self.ctx = ctx
        self.dialog = None
        self.lines: list[queue.BankLineView] = []
        self.intro = QLabel()
        self.intro.setObjectName("queue_count_label")
        self.intro.setWordWrap(True)
        self.table = ScrollingTable([self.tr("Data"), self.tr("Importo"), self.tr("Ordinante"),
                                     self.tr("IBAN"), self.tr("Causale"), self.tr("Motivo")],
                                    "queue_table")
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.itemActivated.connect(lambda _item: self.assign())
        self.assign_button = QPushButton(icon("fa5s.link"), self.tr("Abbina a un nucleo…"))
        self.assign_button.setObjectName("assign_line_button")
        self.assign_button.clicked.connect(self.assign)
        self.dismiss_button = QPushButton(icon("fa5s.ban"), self.tr("Scarta…"))
        self.dismiss_button.setObjectName("dismiss_line_button")
        self.dismiss_button.clicked.connect(self.dismiss)
        self.empty = QLabel(self.tr("Nessun movimento da abbinare: tutti i pagamenti importati "
                                    "sono stati attribuiti."))
        self.empty.setStyleSheet(MUTED_STYLE)
        row = QHBoxLayout()
        row.addWidget(self.intro, 1)
        row.addWidget(self.assign_button)
        row.addWidget(self.dismiss_button)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        self.refresh()

    def refresh(self, *_args) -> None:
        total = queue.count_queued(self.ctx)
        self.lines = queue.queued_lines(self.ctx, 0, SHOWN)
        self.table.set_rows([[fmt_date(l.booked_on), fmt_money(l.amount_cents), l.payer_name,
                              l.payer_iban, l.remittance, l.reason] for l in self.lines],
                            [l.id for l in self.lines])
        self.intro.setText(self.tr(
            "{n} movimenti della banca attendono di essere abbinati: scegliere il nucleo che ha "
            "pagato, oppure scartare il movimento indicando perché.").format(n=total)
            if total else "")
        self.table.setVisible(bool(self.lines))
        self.empty.setVisible(not self.lines)
        self._update_buttons()
        self.changed.emit(total)

    def selected(self) -> queue.BankLineView | None:
        row = self.table.currentRow()
        return self.lines[row] if 0 <= row < len(self.lines) and self.table.selectedItems() \
            else None

    def _update_buttons(self) -> None:
        chosen = self.selected() is not None
        self.assign_button.setEnabled(chosen)
        self.dismiss_button.setEnabled(chosen)

    def assign(self):
        line = self.selected()
        if line is None:
            return None
        return open_tracked(self, AssignLineDialog(self.ctx, line, self), self.refresh)

    def dismiss(self):
        line = self.selected()
        if line is None:
            return None
        return open_tracked(self, DismissLineDialog(self.ctx, line, self), self.refresh)
