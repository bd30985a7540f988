"""«Indicatori»: the effective indicator list (the program's defaults with the office's rows
over them), one edited or added in a form checked by the service, a default restored, and the
Comune's own list imported from a CSV or .xlsx file (all or nothing)."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QDialog, QFileDialog, QFormLayout, QHeaderView, QHBoxLayout, QLabel, QLineEdit,
    QPushButton, QSpinBox, QTableWidget, QTableWidgetItem, QVBoxLayout,
)

from borgo_desktop.errors import UserError
from borgo_desktop.services.core.context import Context
from borgo_desktop.services.reporting import indicators
from borgo_desktop.services.reporting.functions import FUNCTIONS
from borgo_desktop.services.reporting.indicator_import import import_indicators
from borgo_desktop.services.reporting.indicators import IndicatorDef
from borgo_desktop.ui.widgets.dialogs import show_error
from borgo_desktop.ui.widgets.forms import FormErrors, banner_label
from borgo_desktop.ui.widgets.texts import problems_of, yes_no


class IndicatorsDialog(QDialog):
    saved = Signal()

    def __init__(self, ctx: Context, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("indicators_dialog")
        self.setWindowTitle(self.tr("Indicatori per il Comune"))
        self.resize(1100, 680)
        self.ctx = ctx
        self.rows: list[IndicatorDef] = []
        self.table = QTableWidget(0, 7)
        self.table.setObjectName("indicators_table")
        self.table.setHorizontalHeaderLabels([
            self.tr("Pos."), self.tr("Codice"), self.tr("Codice Comune"), self.tr("Descrizione"),
            self.tr("Unità"), self.tr("Funzione"), self.tr("Attivo")])
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setStretchLastSection(False)
        self.table.currentCellChanged.connect(lambda row, *_rest: self._show(row))
        self.errors = FormErrors(banner_label())
        self.code, self.comune_code = QLineEdit(), QLineEdit()
        self.label, self.unit = QLineEdit(), QLineEdit()
        self.code.setObjectName("indicator_code")
        self.label.setObjectName("indicator_label")
        self.function = QComboBox()
        self.function.setObjectName("indicator_function")
        for key, function in sorted(FUNCTIONS.items()):
            self.function.addItem(f"{key} – {function.doc}", key)
        self.position = QSpinBox()
        self.position.setRange(0, 9999)
        self.active = QCheckBox(self.tr("Attivo"))
        form = QFormLayout()
        for key, text, widget in (("code", self.tr("Codice:"), self.code),
                                  ("comune_code", self.tr("Codice Comune:"), self.comune_code),
                                  ("label", self.tr("Descrizione:"), self.label),
                                  ("unit", self.tr("Unità:"), self.unit),
                                  ("function", self.tr("Funzione:"), self.function),
                                  ("position", self.tr("Posizione:"), self.position)):
            form.addRow(text, widget)
            form.addRow("", self.errors.register(key, widget))
        form.addRow("", self.active)
        self.save_button = QPushButton(self.tr("Salva l'indicatore"))
        self.save_button.setObjectName("indicator_save")
        self.save_button.clicked.connect(self.save)
        new = QPushButton(self.tr("Nuovo indicatore"))
        new.clicked.connect(self.new)
        self.restore_button = QPushButton(self.tr("Ripristina predefinito"))
        self.restore_button.setObjectName("indicator_restore")
        self.restore_button.clicked.connect(self.restore)
        load = QPushButton(self.tr("Importa l'elenco del Comune…"))
        load.clicked.connect(self._import)
        close = QPushButton(self.tr("Chiudi"))
        close.clicked.connect(self.reject)
        self.message = QLabel()
        self.message.setObjectName("indicators_message")
        self.message.setWordWrap(True)
        buttons = QHBoxLayout()
        for button in (new, self.save_button, self.restore_button, load):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.errors.banner)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self.reload()

    def reload(self, code: str = "") -> None:
        self.rows = indicators.list_indicators(self.ctx)
        self.table.setRowCount(len(self.rows))
        for index, item in enumerate(self.rows):
            function = FUNCTIONS.get(item.function)
            for column, text in enumerate((str(item.position), item.code, item.comune_code,
                                           item.label, item.unit,
                                           function.doc if function else item.function,
                                           yes_no(item.active))):
                self.table.setItem(index, column, QTableWidgetItem(text))
        header = self.table.horizontalHeader()
        for column in range(self.table.columnCount()):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)  # wraps the description
        self.table.setWordWrap(True)
        self.table.resizeRowsToContents()
        chosen = next((i for i, d in enumerate(self.rows) if d.code == code), 0)
        if self.rows:
            self.table.setCurrentCell(chosen, 1)
            self._show(chosen)

    def _show(self, row: int) -> None:
        if not 0 <= row < len(self.rows):
            return
        item = self.rows[row]
        self.errors.clear()
        self.code.setText(item.code)
        self.comune_code.setText(item.comune_code)
        self.label.setText(item.label)
        self.unit.setText(item.unit)
        self.function.setCurrentIndex(max(0, self.function.findData(item.function)))
        self.position.setValue(item.position)
        self.active.setChecked(item.active)
        self.restore_button.setEnabled(indicators.changed_from_default(item))

    def new(self) -> None:
        self.errors.clear()
        for field in (self.code, self.comune_code, self.label, self.unit):
            field.clear()
        self.position.setValue(max((d.position for d in self.rows), default=0) + 1)
        self.active.setChecked(True)
        self.restore_button.setEnabled(False)
        self.code.setFocus()

    def current(self) -> IndicatorDef:
        code = self.code.text().strip().upper()
        known = next((d for d in self.rows if d.code == code), None)
        data = IndicatorDef(code, self.label.text(), self.unit.text(), self.function.currentData(),
                            position=self.position.value(), active=self.active.isChecked(),
                            comune_code=self.comune_code.text())
        if known is not None:  # the period and parameters this form does not show stay
            params = known.params if known.function == data.function else ()
            data = dataclasses.replace(data, period=known.period, params=params)
        return data

    def save(self) -> None:
        data = self.current()
        try:
            indicators.save_indicator(self.ctx, data)
        except UserError as exc:
            rest = self.errors.show(problems_of(exc))
            if rest:
                self.message.setText("\n".join(rest.values()))
            return
        self.message.setText(self.tr("Indicatore {code} salvato.").format(code=data.code))
        self.reload(data.code)
        self.saved.emit()

    def restore(self) -> None:
        code = self.code.text().strip().upper()
        try:
            indicators.restore_default(self.ctx, code)
        except UserError as exc:
            show_error(self, exc)
            return
        self.message.setText(self.tr("Indicatore {code} riportato al predefinito.").format(
            code=code))
        self.reload(code)
        self.saved.emit()

    def _import(self) -> None:
        path, _chosen = QFileDialog.getOpenFileName(
            self, self.tr("Elenco degli indicatori del Comune"), "",
            self.tr("Fogli di calcolo (*.csv *.xlsx)"))
        if path:
            self.import_file(path)

    def import_file(self, path) -> None:
        try:
            report = import_indicators(self.ctx, path)
        except UserError as exc:
            show_error(self, exc)
            return
        lines = [report.summary] + [
            self.tr("Riga {row}, «{column}»: {reason}").format(
                row=p.row, column=p.column, reason=p.reason) for p in report.problems[:20]]
        self.message.setText("\n".join(lines))
        if not report.refused:
            self.reload()
            self.saved.emit()
