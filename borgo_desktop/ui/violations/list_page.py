"""The violations list: newest first, filtered by status, category and what is still open
(in the database; export and print write exactly what it shows)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QPushButton

from borgo_desktop.models.violations import ViolationStatus
from borgo_desktop.services.core.permissions import Permission, allowed
from borgo_desktop.services.violations import views
from borgo_desktop.ui.widgets.list_page import enum_options as _enum_options
from borgo_desktop.ui.widgets.icons import icon
from borgo_desktop.ui.widgets.list_page import FilterDef, ListPage
from borgo_desktop.ui.widgets.texts import vocab_word


class ViolationListPage(ListPage):
    spec_name = "violations"
    report_requested = Signal()

    def __init__(self, ctx, parent=None) -> None:
        super().__init__(ctx, parent)
        self.report_button = QPushButton(icon("fa5s.bullhorn"), self.tr("Segnala violazione…"))
        self.report_button.setObjectName("report_violation_button")
        self.report_button.setVisible(allowed(ctx.actor, Permission.VIOLATION_REPORT))
        self.report_button.clicked.connect(self.report_requested)
        self.top_bar.insertWidget(self.top_bar.count() - 2, self.report_button)

    def page_title(self) -> str:
        return self.tr("Violazioni del regolamento")

    def count_text(self, n: int) -> str:
        return self.tr("1 violazione") if n == 1 else self.tr("{n} violazioni").format(n=n)

    def filter_defs(self) -> tuple[FilterDef, ...]:
        categories = tuple((vocab_word(label), code)
                           for code, label in views.list_categories(self.ctx))
        return (FilterDef("open", self.tr("Aperte:"), ((self.tr("Solo aperte"), True),
                                                       (self.tr("Solo chiuse"), False))),
                FilterDef("status", self.tr("Stato:"), _enum_options(ViolationStatus)),
                FilterDef("category", self.tr("Categoria:"), categories),
                FilterDef("past_deadline", self.tr("Diffida:"),
                          ((self.tr("Termine scaduto"), self.ctx.today().isoformat()),)))
