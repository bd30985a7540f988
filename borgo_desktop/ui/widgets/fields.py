"""Input fields with Italian formats: dates dd/MM/yyyy that may be empty, euro amounts, enums."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QComboBox, QDateEdit, QLineEdit, QWidget

from borgo_desktop.formatting import fmt_decimal, parse_money
from borgo_desktop.ui.widgets.texts import vocab

DATE_FORMAT = "dd/MM/yyyy"  # the short Italian format has a two-digit year: set it


def to_qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def from_qdate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


class DateEdit(QDateEdit):
    """A date typed as dd/mm/yyyy (separators optional), or left empty.

    Empty is Qt's minimum date shown with a hint text. Typing a digit over the empty value
    starts from the day section; a separator typed after a section filled itself is
    swallowed, so "5/3/1980", "05/03/1980" and "05031980" all give 05/03/1980.
    """

    BLANK = QDate(1900, 1, 1)
    _SEPARATORS = "/.-"

    def __init__(self, value: date | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setDisplayFormat(DATE_FORMAT)
        self.setCalendarPopup(True)
        self.setMinimumDate(self.BLANK)
        self.setSpecialValueText(self.tr("gg/mm/aaaa"))
        self._advanced = False
        self.set_value(value)

    def value(self) -> date | None:
        return None if self.date() == self.BLANK else from_qdate(self.date())

    def set_value(self, value: date | None) -> None:
        self.setDate(self.BLANK if value is None else to_qdate(value))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        text = event.text()
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and (
                self.value() is None or self.lineEdit().selectedText() == self.text()):
            self.set_value(None)
            return
        if text and text in self._SEPARATORS and self._advanced:
            self._advanced = False
            return
        if text.isdigit() and self.value() is None:
            self.setDate(QDate(2000, 1, 1))  # a leap year, so 29/02 can be typed
            self.setSelectedSection(QDateEdit.Section.DaySection)
        before = self.currentSection()
        super().keyPressEvent(event)
        self._advanced = text.isdigit() and self.currentSection() != before


class MoneyEdit(QLineEdit):
    """An amount in euro typed as '1.234,50' (or '1234.5'); the value is integer cents."""

    def __init__(self, cents: int | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPlaceholderText("0,00")
        self.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.set_cents(cents)

    def set_cents(self, cents: int | None) -> None:
        self.setText("" if cents is None else fmt_decimal(cents / 100))

    def cents(self) -> int | None:
        """None when empty; ValueError when the text is not an amount."""
        # In this field a dot is only ever the Italian thousands separator: "16.000" is
        # sixteen thousand euro, never sixteen.
        text = self.text().strip().replace(".", "")
        if not text:
            return None
        try:
            return parse_money(text)
        except ArithmeticError as exc:  # decimal's InvalidOperation for "dodici"
            raise ValueError(text) from exc


def enum_combo(enum_cls, *, blank: str | None = None, parent: QWidget | None = None) -> QComboBox:
    """A combo of an enum's labels; ``blank`` adds a first 'none chosen' entry."""
    combo = QComboBox(parent)
    # Long labels (education levels) must not widen the whole form: the popup shows them.
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(12)
    if blank is not None:
        combo.addItem(blank, None)
    for member in enum_cls:
        combo.addItem(vocab(member), member)
    return combo


def combo_enum(combo: QComboBox, enum_cls):
    """The chosen member (Qt hands StrEnum data back as plain str), or None."""
    value = combo.currentData()
    return None if value is None else enum_cls(value)


def set_combo_data(combo: QComboBox, value) -> None:
    index = combo.findData(value)
    combo.setCurrentIndex(max(index, 0))
