"""The problems found in the file, one line per cell: row, column, reason."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem

from borgo_desktop.services.registry.imports import RowProblem


class ProblemsTable(QTableWidget):
    """Read-only; selecting a line (mouse or keyboard) emits ``currentCellChanged``."""

    def __init__(self) -> None:
        super().__init__(0, 3)
        self.setObjectName("problems_table")
        self.setAccessibleName(self.tr("Problemi trovati"))
        self.setHorizontalHeaderLabels([self.tr("Riga"), self.tr("Colonna"), self.tr("Motivo")])
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setMinimumHeight(110)
        self.verticalHeader().hide()
        self.verticalHeader().setDefaultSectionSize(24)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)

    def show_problems(self, problems: list[RowProblem]) -> None:
        self.setRowCount(0)  # drops the old current line: after a new check it means another cell
        self.setRowCount(len(problems))
        for row, problem in enumerate(problems):
            for column, text in enumerate((str(problem.row), problem.column or "—",
                                           problem.reason)):
                item = QTableWidgetItem(text)
                item.setToolTip(problem.reason)
                self.setItem(row, column, item)
