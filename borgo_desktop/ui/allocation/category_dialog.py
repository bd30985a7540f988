"""Edit the target categories of the allocation plan and their quotas."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QCheckBox, QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout, QLineEdit,
    QListWidget, QListWidgetItem, QPlainTextEdit, QPushButton, QSpinBox, QVBoxLayout, QWidget,
)

from borgo_desktop.errors import UserError
from borgo_desktop.services.allocation import allocation
from borgo_desktop.services.core.context import Context
from borgo_desktop.ui.widgets.forms import error_label, show_errors


class CategoryDialog(QDialog):
    saved = Signal()

    def __init__(self, ctx: Context, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("category_dialog")
        self.setWindowTitle(self.tr("Categorie e quote"))
        self.resize(720, 420)
        self.ctx = ctx
        self.category_list = QListWidget()
        self.category_list.setObjectName("category_list")
        self.category_list.currentItemChanged.connect(self._load)
        new_button = QPushButton(self.tr("Nuova categoria"))
        new_button.setObjectName("new_category_button")
        new_button.clicked.connect(self.start_new)
        left = QVBoxLayout()
        left.addWidget(self.category_list, 1)
        left.addWidget(new_button)

        self.code_edit = QLineEdit(objectName="code_edit", maxLength=24)
        self.label_edit = QLineEdit(objectName="label_edit", maxLength=120)
        self.quota_spin = QSpinBox(objectName="quota_spin", maximum=9999)
        self.quota_spin.setSuffix(self.tr(" alloggi"))
        self.description_edit = QPlainTextEdit(objectName="description_edit")
        self.active_check = QCheckBox(self.tr("Attiva nel piano"), objectName="active_check")
        self.errors = {name: error_label(name)
                       for name in ("code", "label", "quota", "description")}
        form = QFormLayout()
        for text, widget, name in ((self.tr("Codice"), self.code_edit, "code"),
                                   (self.tr("Descrizione breve"), self.label_edit, "label"),
                                   (self.tr("Quota"), self.quota_spin, "quota"),
                                   (self.tr("Descrizione"), self.description_edit, "description")):
            form.addRow(text, widget)
            form.addRow("", self.errors[name])
        form.addRow("", self.active_check)
        save_button = QPushButton(self.tr("Salva categoria"), objectName="save_category_button")
        save_button.setDefault(True)
        save_button.clicked.connect(self.save)
        form.addRow("", save_button)

        columns = QHBoxLayout()
        columns.addLayout(left, 2)
        columns.addLayout(form, 3)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Chiudi"))
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(columns, 1)
        layout.addWidget(close)
        self.reload()
        self.start_new()

    def reload(self, select_code: str = "") -> None:
        self.category_list.blockSignals(True)
        self.category_list.clear()
        for category in allocation.list_categories(self.ctx):
            text = self.tr("{code} — {label} (quota {quota})").format(
                code=category.code, label=category.label, quota=category.quota)
            if not category.active:
                text += " · " + self.tr("non attiva")
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, category)
            if not category.active:
                item.setForeground(QBrush(QColor("#9e9e9e")))
            self.category_list.addItem(item)
            if category.code == select_code:
                self.category_list.setCurrentItem(item)
        self.category_list.blockSignals(False)

    def start_new(self) -> None:
        self.category_list.setCurrentItem(None)
        self.code_edit.setReadOnly(False)
        for edit in (self.code_edit, self.label_edit):
            edit.clear()
        self.description_edit.clear()
        self.quota_spin.setValue(0)
        self.active_check.setChecked(True)
        self._clear_errors()
        self.code_edit.setFocus()

    def _load(self, item: QListWidgetItem | None) -> None:
        if item is None:
            return
        category = item.data(Qt.ItemDataRole.UserRole)
        self.code_edit.setText(category.code)
        self.code_edit.setReadOnly(True)  # the code identifies the category: save_category upserts
        self.label_edit.setText(category.label)
        self.quota_spin.setValue(category.quota)
        self.description_edit.setPlainText(category.description)
        self.active_check.setChecked(category.active)
        self._clear_errors()

    def _clear_errors(self) -> None:
        for label in self.errors.values():
            label.hide()

    def save(self) -> None:
        try:
            saved = allocation.save_category(
                self.ctx, self.code_edit.text(), self.label_edit.text(), self.quota_spin.value(),
                self.description_edit.toPlainText(), self.active_check.isChecked())
        except UserError as exc:
            show_errors(self, exc, self.errors)
            return
        self._clear_errors()
        self.reload(select_code=saved.code)
        self.code_edit.setReadOnly(True)
        self.saved.emit()
