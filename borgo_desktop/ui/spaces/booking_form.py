"""The booking form: every field checked, and the dates in the way shown before saving.

While the user types, the form asks :func:`bookings.check` (no writing) and lists the
conflicts in red, or how many dates are free in green; «Salva» books every date or none.
"""

from __future__ import annotations

import uuid
from datetime import date, time

from PySide6.QtCore import QTime, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit, QSpinBox,
    QTimeEdit, QVBoxLayout, QWidget,
)

from borgo_desktop.errors import UserError, ValidationError
from borgo_desktop.models.enums import RequesterKind
from borgo_desktop.services.spaces import bookings
from borgo_desktop.services.core.context import Context
from borgo_desktop.services.core.recurrence import Repeat, slot_words
from borgo_desktop.ui.widgets.fields import DateEdit, combo_enum, enum_combo, set_combo_data
from borgo_desktop.ui.widgets.forms import DirtyDialog, FormErrors, banner_label
from borgo_desktop.ui.widgets.texts import error_text, problems_of, service_word

CHECK_DELAY_MS = 250
MAX_LISTED = 5


def _time_edit(value: time | None) -> QTimeEdit:
    edit = QTimeEdit()
    edit.setDisplayFormat("HH:mm")
    if value is not None:
        edit.setTime(QTime(value.hour, value.minute))
    return edit


def _uuid(text: str | None) -> uuid.UUID | None:
    return uuid.UUID(text) if text else None


class BookingForm(DirtyDialog):
    saved = Signal(object)  # the list of OccurrenceView booked

    def __init__(self, ctx: Context, spaces: list, *, space_id=None, day: date | None = None,
                 start: time | None = None, end: time | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("booking_form")
        self.setWindowTitle(self.tr("Nuova prenotazione"))
        self.setMinimumWidth(560)
        self.ctx = ctx
        self.space = QComboBox()
        for view in spaces:
            capacity = f" ({view.capacity} posti)" if view.capacity else ""
            self.space.addItem(view.name + capacity, str(view.id))  # Qt compares text, not UUIDs
        if space_id is not None:
            set_combo_data(self.space, str(space_id))
        self.title_edit = QLineEdit()
        self.title_edit.setPlaceholderText(self.tr("es. Festa di compleanno, doposcuola"))
        self.requester = QLineEdit()
        self.requester.setPlaceholderText(self.tr("Nome e cognome, gruppo o associazione"))
        self.kind = enum_combo(RequesterKind)
        self.contact = QLineEdit()
        self.day = DateEdit(day or ctx.today())
        self.start = _time_edit(start or time(16, 0))
        self.end = _time_edit(end or time(18, 0))
        self.repeat = QComboBox()
        labels = {Repeat.NONE: self.tr("Una volta sola"), Repeat.WEEKLY: self.tr("Ogni settimana"),
                  Repeat.BIWEEKLY: self.tr("Ogni due settimane"),
                  Repeat.MONTHLY_WEEKDAY: self.tr("Ogni mese, stesso giorno della settimana")}
        for repeat in Repeat:
            self.repeat.addItem(labels[repeat], repeat.value)
        self.until = DateEdit()
        self.expected = QSpinBox()
        self.expected.setRange(0, 1000)
        self.expected.setSpecialValueText(self.tr("non indicato"))
        # The fall-back night: which of the repeated 02:00–02:59 (shown only that night).
        self.fold = QComboBox()
        self.fold.addItem(self.tr("da scegliere"), None)
        self.fold.addItem(self.tr("la prima volta (ora legale)"), 0)
        self.fold.addItem(self.tr("la seconda volta (ora solare)"), 1)
        self.past_reason = QLineEdit()  # shown only for a day already gone
        self.past_reason.setPlaceholderText(self.tr("es. registrata a posteriori"))
        self.notes = QPlainTextEdit()
        self.notes.setFixedHeight(54)
        self.availability = QLabel()
        self.availability.setObjectName("availability")
        self.availability.setWordWrap(True)

        self.banner = banner_label()
        self.errors = FormErrors(self.banner)
        form = QFormLayout()
        times = QHBoxLayout()
        times.addWidget(self.start)
        times.addWidget(QLabel(self.tr("alle")))
        times.addWidget(self.end)
        times.addStretch(1)
        rows = [("space", self.tr("Spazio"), self.space),
                ("title", self.tr("Motivo"), self.title_edit),
                ("requester", self.tr("Chi prenota"), self.requester),
                ("requester_kind", self.tr("Tipo di richiedente"), self.kind),
                ("contact", self.tr("Recapito"), self.contact),
                ("day", self.tr("Giorno"), self.day),
                ("start", self.tr("Dalle"), times),
                ("fold", self.tr("Ora ripetuta"), self.fold),
                ("past_reason", self.tr("Perché nel passato"), self.past_reason),
                ("repeat", self.tr("Ripetizione"), self.repeat),
                ("until", self.tr("Fino al"), self.until),
                ("expected_attendance", self.tr("Partecipanti previsti"), self.expected),
                ("notes", self.tr("Note"), self.notes)]
        self._fields: dict[str, QWidget] = {}
        self._form = form
        for key, label, widget in rows:
            holder = widget if isinstance(widget, QWidget) else self.start
            field = QWidget()
            box = QVBoxLayout(field)
            box.setContentsMargins(0, 0, 0, 0)
            box.setSpacing(1)
            box.addWidget(widget) if isinstance(widget, QWidget) else box.addLayout(widget)
            box.addWidget(self.errors.register(key, holder))
            form.addRow(label, field)
            self._fields[key] = field
        self.errors.register("end", self.end)
        buttons, self.save_button = self.save_cancel_buttons()
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addLayout(form)
        layout.addWidget(self.availability)
        layout.addWidget(buttons)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(CHECK_DELAY_MS)
        self._timer.timeout.connect(self.refresh_availability)
        for signal in (self.space.currentIndexChanged, self.day.dateChanged,
                       self.start.timeChanged, self.end.timeChanged,
                       self.repeat.currentIndexChanged, self.until.dateChanged,
                       self.expected.valueChanged, self.kind.currentIndexChanged,
                       self.fold.currentIndexChanged, self.past_reason.textChanged):
            signal.connect(self._timer.start)
        self.repeat.currentIndexChanged.connect(self._sync_until)
        self._sync_until()
        self.watch(self)
        self.refresh_availability()

    def _sync_until(self) -> None:
        self.until.setEnabled(self.repeat.currentData() != Repeat.NONE.value)

    def data(self) -> bookings.BookingInput:
        start, end = self.start.time(), self.end.time()
        repeat = Repeat(self.repeat.currentData())
        return bookings.BookingInput(
            _uuid(self.space.currentData()), self.title_edit.text(), self.requester.text(),
            combo_enum(self.kind, RequesterKind), self.day.value(),
            time(start.hour(), start.minute()), time(end.hour(), end.minute()), repeat,
            self.until.value() if repeat != Repeat.NONE else None,
            self.expected.value() or None, self.contact.text(), self.notes.toPlainText(),
            fold=self.fold.currentData(), past_reason=self.past_reason.text())

    def refresh_availability(self) -> None:
        """Show, before saving, whether the dates are free (only the time fields matter here)."""
        data = self.data()
        result = bookings.check(self.ctx, data)
        self._form.setRowVisible(self._fields["fold"], "fold" in result.problems
                                 or self.fold.currentData() is not None)
        self._form.setRowVisible(self._fields["past_reason"], data.day is not None
                                 and data.day < self.ctx.today())
        timing = {k: v for k, v in result.problems.items()
                  if k in ("day", "start", "end", "until", "expected_attendance", "space",
                           "fold", "past_reason")}
        if result.conflicts:
            lines = [error_text(c.error) for c in result.conflicts[:MAX_LISTED]]
            if len(result.conflicts) > MAX_LISTED:
                lines.append(self.tr("… e altre {count} date non disponibili.").format(
                    count=len(result.conflicts) - MAX_LISTED))
            self._say("#b3261e", self.tr("Non disponibile:") + "\n" + "\n".join(lines))
        elif timing:
            self._say("#b3261e", "\n".join(error_text(p) for p in timing.values()))
        elif result.slots:
            count = len(result.slots)
            when = service_word(slot_words(result.slots[0]))  # the weekday in the window's language
            text = (self.tr("Libero: {when}.").format(when=when) if count == 1
                    else self.tr("Libere tutte le {count} date, dalla prima: {when}.").format(
                        count=count, when=when))
            if result.needs_approval:
                text += " " + self.tr("La prenotazione dovrà essere approvata dall'ufficio.")
            self._say("#2e7d32", text)
        else:
            self._say("#5f6b6b", "")

    def _say(self, color: str, text: str) -> None:
        self.availability.setStyleSheet(f"color: {color};")
        self.availability.setText(text)

    def save(self) -> None:
        self.errors.clear()
        try:
            made = bookings.create(self.ctx, self.data())
        except ValidationError as exc:
            rest = self.errors.show(problems_of(exc))
            self.errors.show_banner(list(rest.values()))
            return
        except UserError as exc:  # the space is taken or closed: the whole reason on top
            texts = [error_text(exc)]
            others = len(getattr(exc, "conflicts", ())) - 1
            if others > 0:
                texts.append(self.tr("Altre date non disponibili: {count}.").format(count=others))
            self.errors.show_banner(texts)
            self.refresh_availability()
            return
        self.mark_clean()
        self.saved.emit(made)
        self.accept()
