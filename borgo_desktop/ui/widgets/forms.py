"""Form helpers: every problem shown under its field at once, and no input lost on leaving.

A form keeps what the user typed when the service refuses it: :class:`FormErrors` only
adds red labels and borders, it never clears a field. :class:`DirtyDialog` asks before a
dialog with unsaved changes closes (Esc, Annulla, the window's close button).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractButton, QAbstractSpinBox, QComboBox, QDateTimeEdit, QDialog, QDialogButtonBox,
    QDoubleSpinBox, QLabel, QLineEdit, QMessageBox, QPlainTextEdit, QPushButton, QSpinBox, QWidget,
)

from borgo_desktop.errors import UserError
from borgo_desktop.ui.widgets.styles import MUTED_STYLE
from borgo_desktop.ui.widgets.texts import problems_of

ERROR_COLOR = "#b3261e"
ERROR_LABEL_STYLE = f"color: {ERROR_COLOR};"
# Only the field carrying the property gets the border, not its children (popups, arrows).
ERROR_FIELD_STYLE = f'*[error="true"] {{ border: 1px solid {ERROR_COLOR}; border-radius: 3px; }}'
BANNER_STYLE = (f"color: {ERROR_COLOR}; background: #fdecea; border: 1px solid #f5c2c0;"
                " border-radius: 4px; padding: 6px;")


def error_label(key: str) -> QLabel:
    label = QLabel()
    label.setObjectName(key.replace(".", "_") + "_error")
    label.setStyleSheet(ERROR_LABEL_STYLE)
    label.setWordWrap(True)
    label.hide()
    return label


def show_errors(parent: QWidget, error: UserError, labels: dict[str, QLabel]) -> None:
    """Put each problem under its field's label; whatever has no label goes in a warning box."""
    for label in labels.values():
        label.clear()
        label.hide()
    loose = []
    for key, text in problems_of(error).items():
        label = labels.get(key or "")
        if label is None:
            loose.append(text)
        else:
            label.setText(text)
            label.show()
    if loose:
        QMessageBox.warning(parent, QCoreApplication.translate("Allocation", "Attenzione"),
                            "\n".join(loose))


def hint_label(text: str) -> QLabel:
    """A line of advice under a title or above a form: muted, wrapped."""
    label = QLabel(text)
    label.setStyleSheet(MUTED_STYLE)
    label.setWordWrap(True)
    return label


def banner_label() -> QLabel:
    label = QLabel()
    label.setObjectName("form_banner")
    label.setStyleSheet(BANNER_STYLE)
    label.setWordWrap(True)
    label.hide()
    return label


def problems_summary(count: int) -> str:
    """The banner's first line over a refused form."""
    if count == 1:
        return QCoreApplication.translate(
            "FormErrors", "Il modulo contiene un errore: correggere il campo evidenziato.")
    return QCoreApplication.translate(
        "FormErrors", "Il modulo contiene {n} errori: correggere i campi evidenziati.").format(
        n=count)


def mark_field(widget: QWidget, bad: bool) -> None:
    widget.setProperty("error", bad)
    widget.setStyleSheet(ERROR_FIELD_STYLE if bad else "")


class FormErrors:
    """Field key ("phone", "members.0.tax_code" ...) -> its widget and red label."""

    def __init__(self, banner: QLabel | None = None) -> None:
        self.banner = banner
        self.fields: dict[str, tuple[QWidget, QLabel]] = {}

    def register(self, key: str, widget: QWidget) -> QLabel:
        """Return the label to place under ``widget``."""
        label = error_label(key)
        self.fields[key] = (widget, label)
        return label

    def label(self, key: str) -> QLabel:
        return self.fields[key][1]

    def set(self, key: str, text: str | None) -> None:
        widget, label = self.fields[key]
        label.setText(text or "")
        label.setVisible(bool(text))
        mark_field(widget, bool(text))

    def clear(self) -> None:
        for key in self.fields:
            self.set(key, None)
        self.show_banner([])

    def show(self, problems: dict[str, str]) -> dict[str, str]:
        """Show what belongs here; return the problems of fields this form does not own."""
        rest = {}
        for key, text in problems.items():
            if key in self.fields:
                self.set(key, text)
            else:
                rest[key] = text
        return rest

    def refused(self, error: UserError) -> None:
        """A refusal of the service: each problem under its field, the others in the banner."""
        self.show_banner(list(self.show(problems_of(error)).values()))

    def show_banner(self, texts: list[str]) -> None:
        if self.banner is not None:
            self.banner.setText("\n".join(texts))
            self.banner.setVisible(bool(texts))


class DirtyDialog(QDialog):
    """A dialog that knows whether it holds unsaved input and asks before dropping it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._dirty = False

    @property
    def is_dirty(self) -> bool:
        return self._dirty

    def mark_dirty(self, *_args) -> None:
        self._dirty = True

    def mark_clean(self) -> None:
        self._dirty = False

    def save_with(self, errors: FormErrors, action) -> None:
        """Run the service call ``action``: refused, its problems are shown in ``errors`` and
        the dialog stays open with the input; done, its result goes out on ``saved``."""
        errors.clear()
        try:
            view = action()
        except UserError as exc:
            errors.refused(exc)
            return
        self.mark_clean()
        self.saved.emit(view)
        self.accept()

    def watch(self, *containers: QWidget) -> None:
        """Any edit in these widgets (or their input children) makes the dialog dirty."""
        for container in containers:
            widgets = [container, *container.findChildren(QWidget)]
            for widget in widgets:
                self._connect(widget)

    def _connect(self, widget: QWidget) -> None:
        if isinstance(widget, QLineEdit):
            if not isinstance(widget.parent(), (QAbstractSpinBox, QComboBox)):
                widget.textEdited.connect(self.mark_dirty)
        elif isinstance(widget, QPlainTextEdit):
            widget.textChanged.connect(self.mark_dirty)
        elif isinstance(widget, QComboBox):
            widget.activated.connect(self.mark_dirty)
            if widget.isEditable():
                widget.editTextChanged.connect(self.mark_dirty)
        elif isinstance(widget, QDateTimeEdit):
            # Programmatic loads happen before watch(); afterwards a change is the user's.
            widget.dateTimeChanged.connect(self.mark_dirty)
        elif isinstance(widget, (QSpinBox, QDoubleSpinBox)):
            widget.valueChanged.connect(self.mark_dirty)
        elif isinstance(widget, QAbstractButton) and widget.isCheckable():
            widget.clicked.connect(self.mark_dirty)

    def save_cancel_buttons(self) -> tuple[QDialogButtonBox, QPushButton]:
        """«Salva» (default, calls ``self.save``) and «Annulla» (asks first if dirty)."""
        buttons = QDialogButtonBox()
        save = buttons.addButton(self.tr("Salva"), QDialogButtonBox.ButtonRole.AcceptRole)
        save.setObjectName("save_button")
        save.setDefault(True)
        cancel = buttons.addButton(self.tr("Annulla"), QDialogButtonBox.ButtonRole.RejectRole)
        cancel.setObjectName("cancel_button")
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        return buttons, save

    def confirm_discard(self) -> bool:
        if not self._dirty:
            return True
        answer = QMessageBox.question(
            self, self.tr("Modifiche non salvate"),
            self.tr("Ci sono modifiche non salvate. Uscire senza salvare?"),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes

    def reject(self) -> None:
        # Esc, Annulla and the close button all come here (QDialog.closeEvent calls reject).
        if self.confirm_discard():
            super().reject()
