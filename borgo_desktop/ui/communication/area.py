"""The «Comunicazioni» area: the templates (write, edit with a live preview, versions) and
the letters and notices sent from them, the delivery log of every item sent, and the
communication plan (ui/communication/plan_page.py)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QTabWidget, QVBoxLayout, QWidget

from borgo_desktop.formatting import fmt_instant
from borgo_desktop.services.communication import templates
from borgo_desktop.services.core.permissions import Permission, allowed
from borgo_desktop.ui.communication.editor import TemplateEditor
from borgo_desktop.ui.communication.merge_dialog import MergeDialog
from borgo_desktop.ui.communication.plan_page import PlanPage
from borgo_desktop.ui.widgets.dialogs import open_tracked
from borgo_desktop.ui.widgets.display import MUTED_STYLE, ScrollingTable
from borgo_desktop.ui.widgets.icons import icon
from borgo_desktop.ui.widgets.list_page import ListPage, enum_options, FilterDef
from borgo_desktop.ui.widgets.texts import vocab


class DeliveryLogPage(ListPage):
    """Every item of every batch, newest first (exported and printed like every list)."""

    spec_name = "deliveries"
    # Exported and printed, not shown: thirteen titles do not fit 1366 px.
    HIDDEN = ("version", "language", "operator", "receipt_note")

    def __init__(self, ctx, parent=None) -> None:
        super().__init__(ctx, parent)
        for key in self.HIDDEN:
            self.table.setColumnHidden(self._column_index(key), True)
        self.fit_columns()

    def page_title(self) -> str:
        return self.tr("Registro delle consegne")

    def count_text(self, n: int) -> str:
        return self.tr("1 consegna") if n == 1 else self.tr("{n} consegne").format(n=n)

    def filter_defs(self) -> tuple[FilterDef, ...]:
        from borgo_desktop.models.communication import DeliveryChannel, DeliveryStatus

        return (FilterDef("channel", self.tr("Canale:"), enum_options(DeliveryChannel)),
                FilterDef("status", self.tr("Stato:"), enum_options(DeliveryStatus)))


class TemplatesPanel(QWidget):
    """The templates in use, with their version; new, edit (a new version), write to."""

    changed = Signal()

    def __init__(self, ctx, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("templates_panel")
        self.ctx = ctx
        self.dialog = None
        self.rows: list[templates.TemplateView] = []
        self.table = ScrollingTable([self.tr("Codice"), self.tr("Nome"), self.tr("Tipo"),
                                     self.tr("Scopo"), self.tr("Versione"), self.tr("Lingue"),
                                     self.tr("Salvato il"), self.tr("Da")], "templates_table")
        self.table.itemSelectionChanged.connect(self._update)
        self.table.itemActivated.connect(lambda _item: self.edit())
        self.buttons: dict[str, QPushButton] = {}
        row = QHBoxLayout()
        row.addStretch(1)
        for name, text, glyph, permission in (
                ("new", self.tr("Nuovo modello…"), "fa5s.plus", Permission.COMM_WRITE),
                ("edit", self.tr("Modifica…"), "fa5s.edit", Permission.COMM_WRITE),
                ("write", self.tr("Scrivi ai nuclei…"), "fa5s.envelope", Permission.COMM_SEND)):
            button = QPushButton(icon(glyph), text)
            button.setObjectName(f"template_{name}_button")
            button.clicked.connect(lambda _checked=False, n=name: getattr(self, n)())
            if not allowed(ctx.actor, permission):
                button.hide()
            row.addWidget(button)
            self.buttons[name] = button
        self.empty = QLabel(self.tr("Nessun modello: crearne uno con «Nuovo modello…»."))
        self.empty.setStyleSheet(MUTED_STYLE)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        self.refresh()

    def refresh(self, *_args) -> None:
        self.rows = templates.list_templates(self.ctx)
        self.table.set_rows([[t.code, t.name, vocab(t.kind), vocab(t.purpose), str(t.version),
                              ", ".join(t.languages), fmt_instant(t.saved_at), t.saved_by]
                             for t in self.rows], [t.code for t in self.rows])
        self.table.setVisible(bool(self.rows))
        self.empty.setVisible(not self.rows)
        self._update()

    def selected(self) -> templates.TemplateView | None:
        row = self.table.currentRow()
        return self.rows[row] if 0 <= row < len(self.rows) and self.table.selectedItems() \
            else None

    def _update(self) -> None:
        chosen = self.selected() is not None
        self.buttons["edit"].setEnabled(chosen)

    def _saved(self, _view) -> None:
        self.refresh()
        self.changed.emit()

    def new(self):
        return open_tracked(self, TemplateEditor(self.ctx, None, self), self._saved)

    def edit(self):
        chosen = self.selected()
        if chosen is None or not allowed(self.ctx.actor, Permission.COMM_WRITE):
            return None
        return open_tracked(self, TemplateEditor(self.ctx, chosen, self), self._saved)

    def write(self, target: str = ""):
        chosen = self.selected()
        dialog = MergeDialog(self.ctx, self, template_code=chosen.code if chosen else "",
                             target=target)
        dialog.printed.connect(lambda _m: self.changed.emit())
        return open_tracked(self, dialog, lambda: None, "accepted")


class CommunicationArea(QWidget):
    status_message = Signal(str)

    def __init__(self, ctx, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("communication_area")
        self.ctx = ctx
        self.templates = TemplatesPanel(ctx)
        self.deliveries = DeliveryLogPage(ctx)
        self.deliveries.status_message.connect(self.status_message)
        self.plan = PlanPage(ctx)
        self.templates.changed.connect(self.deliveries.refresh)
        self.templates.changed.connect(self.plan.refresh)  # reach counted from the log
        self.tabs = QTabWidget()
        self.tabs.setObjectName("communication_tabs")
        self.tabs.addTab(self.templates, self.tr("Modelli e invii"))
        self.tabs.addTab(self.deliveries, self.tr("Registro delle consegne"))
        self.tabs.addTab(self.plan, self.tr("Piano di comunicazione"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)

    def refresh(self) -> None:
        self.templates.refresh()
        self.deliveries.refresh()
        self.plan.refresh()
