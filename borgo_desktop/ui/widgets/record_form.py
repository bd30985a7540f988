"""Small pieces shared by simple screens: a form around a service call, a read-only table,
a picker of residents by name."""

from __future__ import annotations

from typing import Callable, Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView, QFormLayout, QHBoxLayout, QHeaderView, QLineEdit, QListWidget,
    QListWidgetItem, QPushButton, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget,
)

from borgo_desktop.errors import UserError, ValidationError
from borgo_desktop.services.core import search
from borgo_desktop.services.core.context import Context
from borgo_desktop.ui.widgets.forms import DirtyDialog, FormErrors, banner_label
from borgo_desktop.ui.widgets.texts import error_text, problems_of


class RecordForm(DirtyDialog):
    """Labelled fields and «Salva»: ``submit()`` calls the service; a refusal is shown under
    its field (or on top) and the input stays."""

    saved = Signal(object)

    def __init__(self, title: str, fields: Sequence[tuple[str, str, QWidget]],
                 submit: Callable[[], object], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(480)
        self.submit = submit
        self.banner = banner_label()
        self.errors = FormErrors(self.banner)
        self.fields = {key: widget for key, _label, widget in fields}
        form = QFormLayout()
        for key, label, widget in fields:
            holder = QWidget()
            box = QVBoxLayout(holder)
            box.setContentsMargins(0, 0, 0, 0)
            box.setSpacing(1)
            box.addWidget(widget)
            box.addWidget(self.errors.register(key, widget))
            form.addRow(label, holder)
        buttons, self.save_button = self.save_cancel_buttons()
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.watch(self)

    def save(self) -> None:
        self.errors.clear()
        try:
            result = self.submit()
        except ValidationError as exc:
            self.errors.show_banner(list(self.errors.show(problems_of(exc)).values()))
            return
        except UserError as exc:
            self.errors.show_banner([error_text(exc)])
            return
        self.mark_clean()
        self.saved.emit(result)
        self.accept()


def read_only_table(headers: Sequence[str], wrap: Sequence[int] = ()) -> QTableWidget:
    """A read-only table sized to its contents; the ``wrap`` columns (free texts: notes,
    names of services) share the rest of the width and wrap, rows as tall as they need."""
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(list(headers))
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.verticalHeader().hide()
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    table.setAlternatingRowColors(True)
    if wrap:
        for column in wrap:
            table.horizontalHeader().setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        table.setWordWrap(True)
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    return table


def fill(table: QTableWidget, rows: Sequence[Sequence[object]], ids: Sequence[object] = ()) -> None:
    """Show the rows; the id of each row is kept in its first cell (Qt.UserRole)."""
    table.setRowCount(len(rows))
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            item = QTableWidgetItem("" if value is None else str(value))
            if c == 0 and r < len(ids):
                item.setData(Qt.ItemDataRole.UserRole, ids[r])
            table.setItem(r, c, item)


def selected_id(table: QTableWidget):
    row = table.currentRow()
    item = table.item(row, 0) if row >= 0 else None
    return item.data(Qt.ItemDataRole.UserRole) if item is not None else None


class PersonPicker(QWidget):
    """Type part of a name, press Invio or «Aggiungi»: the first persons found join the list;
    «Togli» (or a double click) takes the chosen one off it."""

    def __init__(self, ctx: Context, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._searched = ""
        self.query = QLineEdit()
        self.query.setPlaceholderText(self.tr("Cognome e nome di un abitante"))
        self.results = QListWidget()
        self.results.setMaximumHeight(70)
        self.chosen = QListWidget()
        self.chosen.setMaximumHeight(90)
        add = QPushButton(self.tr("Aggiungi"))
        add.clicked.connect(self.add_selected)
        self.query.returnPressed.connect(self.find)
        self.query.textEdited.connect(self.find)
        self.results.itemDoubleClicked.connect(lambda _item: self.add_selected())
        remove = QPushButton(self.tr("Togli"))
        remove.clicked.connect(self.remove_selected)
        self.chosen.itemDoubleClicked.connect(lambda _item: self.remove_selected())
        row = QHBoxLayout()
        row.addWidget(self.query, 1)
        row.addWidget(add)
        row.addWidget(remove)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.results)
        layout.addWidget(self.chosen)

    def find(self, *_args) -> None:
        self._searched = self.query.text()
        self.results.clear()
        for hit in search.search(self.ctx, self.query.text(), 8):
            if hit.kind == "person":
                item = QListWidgetItem(f"{hit.title} · {hit.subtitle}")
                item.setData(Qt.ItemDataRole.UserRole, str(hit.ref_id))
                self.results.addItem(item)
        if self.results.count():
            self.results.setCurrentRow(0)

    def add_selected(self) -> None:
        if self.query.text() != self._searched:  # typed (or set) since the last search
            self.find()
        item = self.results.currentItem()
        if item is None or item.data(Qt.ItemDataRole.UserRole) in self.ids_text():
            return
        chosen = QListWidgetItem(item.text().split(" · ")[0])
        chosen.setData(Qt.ItemDataRole.UserRole, item.data(Qt.ItemDataRole.UserRole))
        self.chosen.addItem(chosen)

    def preset(self, people) -> None:
        """Start from these (id, name) pairs, e.g. the residents already at an event."""
        self.chosen.clear()
        for person_id, name in people:
            item = QListWidgetItem(name)
            item.setData(Qt.ItemDataRole.UserRole, str(person_id))
            self.chosen.addItem(item)

    def remove_selected(self) -> None:
        row = self.chosen.currentRow()
        if row >= 0:
            self.chosen.takeItem(row)

    def ids_text(self) -> list[str]:
        return [self.chosen.item(i).data(Qt.ItemDataRole.UserRole)
                for i in range(self.chosen.count())]

    def ids(self) -> tuple:
        import uuid

        return tuple(uuid.UUID(text) for text in self.ids_text())
