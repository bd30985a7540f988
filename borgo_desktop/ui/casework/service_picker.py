"""Choose the service a household is sent to: one of the neighbourhood directory (searched by
name and type through services.community) or, when it is not listed, a free-text name."""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from borgo_desktop.models.enums import ServiceKind
from borgo_desktop.services.community import community
from borgo_desktop.services.core.context import Context
from borgo_desktop.ui.widgets.fields import combo_enum, enum_combo
from borgo_desktop.ui.widgets.texts import vocab


class ServicePicker(QWidget):
    """A directory service chosen in the list wins; typing a free name drops the choice."""

    def __init__(self, ctx: Context, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("service_picker")
        self.ctx = ctx
        self.search_edit = QLineEdit()
        self.search_edit.setObjectName("service_search")
        self.search_edit.setPlaceholderText(self.tr("Cerca nell'elenco dei servizi del quartiere…"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.textChanged.connect(self.search)
        self.kind = enum_combo(ServiceKind, blank=self.tr("Tutti i tipi"))
        self.kind.setObjectName("service_kind")
        self.kind.currentIndexChanged.connect(self.search)
        self.results = QListWidget()
        self.results.setObjectName("service_results")
        self.results.setMaximumHeight(150)
        # Long names wrap in place: no sideways scrolling in a dialog.
        self.results.setWordWrap(True)
        self.results.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.results.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.results.currentItemChanged.connect(self._chosen)
        self.free_text = QLineEdit()
        self.free_text.setObjectName("service_name")
        self.free_text.setMaxLength(160)
        self.free_text.setPlaceholderText(self.tr("oppure scrivere il nome di un servizio non in "
                                                  "elenco"))
        self.free_text.textEdited.connect(self._typed)
        row = QHBoxLayout()
        row.addWidget(self.search_edit, 1)
        row.addWidget(self.kind)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.results)
        layout.addWidget(self.free_text)
        self.search()

    def search(self) -> None:
        found = community.search_services(self.ctx, self.search_edit.text(),
                                          combo_enum(self.kind, ServiceKind))
        chosen = self.service_id()
        self.results.blockSignals(True)
        self.results.clear()
        for service in found:
            contact = service.phone or service.email or service.address
            item = QListWidgetItem(" · ".join(filter(None, (service.name, vocab(service.kind),
                                                            contact))))
            item.setData(Qt.ItemDataRole.UserRole, service.id)
            self.results.addItem(item)
            if service.id == chosen:
                self.results.setCurrentItem(item)
        if not found:
            empty = QListWidgetItem(self.tr("Nessun servizio in elenco: scriverne il nome qui "
                                            "sotto."))
            empty.setFlags(Qt.ItemFlag.NoItemFlags)
            self.results.addItem(empty)
        self.results.blockSignals(False)

    def service_id(self) -> uuid.UUID | None:
        """The directory service chosen, if any."""
        item = self.results.currentItem()
        if item is None or not item.isSelected():
            return None
        return item.data(Qt.ItemDataRole.UserRole)

    def service_name(self) -> str:
        return self.free_text.text()

    def choose(self, service_id: uuid.UUID) -> None:
        for row in range(self.results.count()):
            item = self.results.item(row)
            if item.data(Qt.ItemDataRole.UserRole) == service_id:
                self.results.setCurrentItem(item)
                return
        raise LookupError(service_id)

    def _chosen(self, item: QListWidgetItem | None, _previous=None) -> None:
        if item is not None and item.data(Qt.ItemDataRole.UserRole) is not None:
            self.free_text.clear()

    def _typed(self, text: str) -> None:
        if text.strip():
            self.results.setCurrentItem(None)
            self.results.clearSelection()
