"""The move-in checklist of a household: keys, meters, inventory, welcome pack, info session."""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QDialog, QGridLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from borgo_desktop.formatting import fmt_date
from borgo_desktop.models.enums import MoveInItem
from borgo_desktop.services.allocation import allocation
from borgo_desktop.services.core import permissions
from borgo_desktop.services.registry import registry
from borgo_desktop.services.core.context import Context
from borgo_desktop.ui.widgets.dialogs import open_tracked
from borgo_desktop.ui.allocation.common import OK_STYLE, vocab
from borgo_desktop.ui.allocation.dialogs import StepDialog

COLUMNS = 5  # item, done on, by, note, button


class MoveInPanel(QWidget):
    changed = Signal()

    def __init__(self, ctx: Context, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("move_in_panel")
        self.ctx = ctx
        self.household_id: uuid.UUID | None = None
        self.tasks = ()
        self.may_write = permissions.allowed(ctx.actor, permissions.Permission.ALLOCATION_WRITE)
        self.dialog: QDialog | None = None
        self.empty_label = QLabel(self.tr("Nessun ingresso in corso"))
        self.empty_label.setObjectName("no_move_in_label")
        self.empty_label.setStyleSheet("color: #757575;")
        self.checklist = QWidget()
        self.grid = QGridLayout(self.checklist)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setHorizontalSpacing(16)
        for column, title in enumerate((self.tr("Attività"), self.tr("Fatto il"),
                                        self.tr("Fatto da"), self.tr("Nota"))):
            header = QLabel(f"<b>{title}</b>")
            self.grid.addWidget(header, 0, column)
        self.grid.setColumnStretch(3, 1)
        self.rows: dict[MoveInItem, tuple[QLabel, QLabel, QLabel, QLabel, QPushButton]] = {}
        for row, item in enumerate(MoveInItem, start=1):
            labels = [QLabel() for _ in range(COLUMNS - 1)]
            labels[3].setWordWrap(True)
            labels[3].setTextFormat(Qt.TextFormat.PlainText)  # typed note, never markup
            for column, label in enumerate(labels):
                label.setObjectName(f"{item.value}_{('item', 'done_on', 'by', 'note')[column]}")
                self.grid.addWidget(label, row, column)
            button = QPushButton(self.tr("Fatto"))
            button.setObjectName(f"{item.value}_done_button")
            button.clicked.connect(lambda _checked=False, item=item: self._mark_done(item))
            self.grid.addWidget(button, row, COLUMNS - 1, Qt.AlignmentFlag.AlignRight)
            self.rows[item] = (*labels, button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.checklist)
        layout.addStretch(1)
        self._show()

    def set_household(self, household_id: uuid.UUID | None, detail=None) -> None:
        """``detail``: the household's record when the caller has just read it."""
        self.household_id = household_id
        self.reload(detail)

    def reload(self, detail=None) -> None:
        detail = detail or (registry.get_household(self.ctx, self.household_id)
                            if self.household_id else None)
        self.tasks = detail.move_in if detail else ()
        self._show()

    def _show(self) -> None:
        self.empty_label.setVisible(not self.tasks)
        self.checklist.setVisible(bool(self.tasks))
        for task in self.tasks:
            item_label, done_label, by_label, note_label, button = self.rows[task.item]
            done = task.done_on is not None
            item_label.setText(("✓ " if done else "○ ") + vocab(task.item))
            item_label.setStyleSheet(OK_STYLE if done else "")
            done_label.setText(fmt_date(task.done_on) if done else self.tr("da fare"))
            by_label.setText(task.done_by)
            note_label.setText(task.note)
            button.setVisible(not done and self.may_write)

    def _mark_done(self, item: MoveInItem) -> None:
        ctx, household_id = self.ctx, self.household_id
        dialog = StepDialog(
            vocab(item), ctx.today(),
            lambda on, note: allocation.complete_move_in_task(ctx, household_id, item, on, note),
            date_field="done_on", parent=self)
        dialog.setObjectName("move_in_task_dialog")
        open_tracked(self, dialog, self._done, signal="accepted")

    def _done(self) -> None:
        self.reload()
        self.changed.emit()
