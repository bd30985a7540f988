"""The bookings calendar: a week of one space, or one day of every space.

Drag over free time (or press «Nuova prenotazione») to book; click a booking to see it and
cancel one date or the rest of its series, approve it, record the key and who came.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox, QFileDialog, QGroupBox, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QSpinBox, QVBoxLayout,
    QWidget,
)

from borgo_desktop.errors import UserError
from borgo_desktop.formatting import ROME
from borgo_desktop.models.enums import BookingStatus
from borgo_desktop.services.spaces import bookings, spaces
from borgo_desktop.services.core.context import Context
from borgo_desktop.services.core.permissions import Permission, allowed
from borgo_desktop.services.core.recurrence import WEEKDAYS, monday_of
from borgo_desktop.ui.spaces.booking_form import BookingForm
from borgo_desktop.ui.spaces.calendar_grid import Block, CalendarGrid
from borgo_desktop.ui.tasks import TaskRunner
from borgo_desktop.ui.widgets.dialogs import confirm, open_tracked, show_error, task_failed
from borgo_desktop.ui.widgets.icons import icon
from borgo_desktop.ui.widgets.list_page import open_file, temp_pdf
from borgo_desktop.ui.widgets.texts import vocab

WEEK, DAY = "week", "day"


def _minutes(moment: datetime) -> int:
    local = moment.astimezone(ROME)
    return local.hour * 60 + local.minute


class SpacesPage(QWidget):
    changed = Signal()
    status_message = Signal(str)

    def __init__(self, ctx: Context, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("spaces_page")
        self.ctx = ctx
        self.dialog = None
        self.tasks = TaskRunner(self)
        self.spaces = spaces.list_spaces(ctx)
        self.day = ctx.today()
        self.occurrences: list[bookings.OccurrenceView] = []
        self.selected: bookings.OccurrenceView | None = None

        self.mode = QComboBox()
        self.mode.setObjectName("mode_combo")
        self.mode.addItem(self.tr("Settimana di uno spazio"), WEEK)
        self.mode.addItem(self.tr("Giorno, tutti gli spazi"), DAY)
        self.space_combo = QComboBox()
        self.space_combo.setObjectName("space_combo")
        for view in self.spaces:
            self.space_combo.addItem(view.name, str(view.id))  # Qt compares text, not UUIDs
        previous, today, following = (QPushButton("◀"), QPushButton(self.tr("Oggi")),
                                      QPushButton("▶"))
        for button in (previous, following):
            button.setFixedWidth(32)
        previous.setToolTip(self.tr("Periodo precedente"))
        following.setToolTip(self.tr("Periodo successivo"))
        previous.clicked.connect(lambda: self.move(-1))
        following.clicked.connect(lambda: self.move(1))
        today.clicked.connect(lambda: self.go_to(self.ctx.today()))
        self.period_label = QLabel()
        self.period_label.setObjectName("period_label")
        self.period_label.setStyleSheet("font-weight: bold; font-size: 11pt;")
        # The window must fit 1366 pixels: a long period text is cut, not the window widened.
        self.period_label.setSizePolicy(QSizePolicy.Policy.Ignored,
                                        QSizePolicy.Policy.Preferred)
        self.new_button = QPushButton(icon("fa5s.plus-circle"), self.tr("Nuova prenotazione"))
        self.new_button.setObjectName("new_booking_button")
        self.new_button.clicked.connect(lambda: self.new_booking())
        self.new_button.setVisible(allowed(ctx.actor, Permission.BOOKING_CREATE))
        self.paper = QComboBox()
        self.paper.addItems(["A4", "A3"])
        self.paper.setToolTip(self.tr("Formato della carta"))
        self.print_button = QPushButton(icon("fa5s.print"), self.tr("Stampa programma"))
        self.print_button.setObjectName("print_programme_button")
        self.print_button.setToolTip(self.tr("Programma settimanale da appendere alla porta"))
        self.print_button.clicked.connect(lambda: self.print_programme())
        self.ics_button = QPushButton(icon("fa5s.file-export"), self.tr(".ics"))
        self.ics_button.setObjectName("export_ics_button")
        self.ics_button.setToolTip(self.tr("Esporta il calendario dello spazio (.ics)"))
        self.ics_button.clicked.connect(lambda: self.export_ics())
        self.ics_button.setVisible(allowed(ctx.actor, Permission.EXPORT_PERSONAL))
        self.settings_button = QPushButton(icon("fa5s.edit"), self.tr("Spazio"))
        self.settings_button.setObjectName("space_settings_button")
        self.settings_button.setToolTip(self.tr("Capienza, orari, chi può prenotare, chiavi"))
        self.settings_button.clicked.connect(lambda: self.edit_space())
        self.settings_button.setVisible(allowed(ctx.actor, Permission.SPACE_MANAGE))
        bar = QHBoxLayout()
        for widget in (self.mode, self.space_combo, previous, today, following):
            bar.addWidget(widget)
        bar.addWidget(self.period_label, 1)
        actions = QHBoxLayout()
        actions.addStretch(1)
        for widget in (self.settings_button, self.ics_button, self.new_button, self.paper,
                       self.print_button):
            actions.addWidget(widget)

        self.grid = CalendarGrid()
        self.grid.range_selected.connect(self._range_selected)
        self.grid.block_clicked.connect(self.select_booking)
        self.details = self._details_panel()
        body = QHBoxLayout()
        body.addWidget(self.grid, 1)
        body.addWidget(self.details)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addLayout(actions)
        layout.addLayout(body, 1)
        self.mode.currentIndexChanged.connect(self.reload)
        self.space_combo.currentIndexChanged.connect(self.reload)
        self.reload()

    # --- the side panel ---------------------------------------------------------------------

    def _details_panel(self) -> QGroupBox:
        box = QGroupBox(self.tr("Prenotazione"))
        box.setFixedWidth(240)
        self.hint = self.tr("Fare clic su una prenotazione per vederla, oppure trascinare su "
                            "un orario libero per prenotare.")
        self.detail_label = QLabel(self.hint)
        self.detail_label.setObjectName("detail_label")
        self.detail_label.setWordWrap(True)
        self.buttons: dict[str, QPushButton] = {}
        layout = QVBoxLayout(box)
        layout.addWidget(self.detail_label)
        actions = (("cancel_one", self.tr("Annulla questa data"), self.cancel_selected),
                   ("cancel_following", self.tr("Annulla da questa data in poi"),
                    lambda: self.cancel_selected(following=True)),
                   ("approve", self.tr("Approva"), self.approve_selected),
                   ("key_out", self.tr("Chiave consegnata"), self.key_out),
                   ("key_back", self.tr("Chiave restituita"), self.key_back))
        for key, label, slot in actions:
            button = QPushButton(label)
            button.setObjectName(key + "_button")
            button.clicked.connect(lambda _checked=False, slot=slot: slot())
            self.buttons[key] = button
            layout.addWidget(button)
        attendance = QHBoxLayout()
        self.attendance = QSpinBox()
        self.attendance.setRange(0, 1000)
        self.buttons["attendance"] = QPushButton(self.tr("Registra presenti"))
        self.buttons["attendance"].clicked.connect(lambda: self.record_attendance())
        attendance.addWidget(self.attendance)
        attendance.addWidget(self.buttons["attendance"])
        layout.addLayout(attendance)
        layout.addStretch(1)
        self._sync_buttons()
        return box

    def _sync_buttons(self) -> None:
        chosen = self.selected
        live = chosen is not None and chosen.status != BookingStatus.CANCELLED
        may_book = allowed(self.ctx.actor, Permission.BOOKING_CREATE)
        self.buttons["cancel_one"].setEnabled(live and may_book)
        self.buttons["cancel_following"].setEnabled(live and may_book and chosen.recurring)
        self.buttons["approve"].setVisible(allowed(self.ctx.actor, Permission.BOOKING_APPROVE))
        self.buttons["approve"].setEnabled(live and chosen.status == BookingStatus.PENDING)
        self.buttons["key_out"].setEnabled(live and may_book and not chosen.key_given_at)
        self.buttons["key_back"].setEnabled(live and may_book and bool(chosen.key_given_at)
                                            and not chosen.key_returned_at)
        self.buttons["attendance"].setEnabled(live and may_book)
        self.attendance.setEnabled(live and may_book)

    def _describe(self, o: bookings.OccurrenceView) -> str:
        start, end = o.starts_at.astimezone(ROME), o.ends_at.astimezone(ROME)
        lines = [f"<b>{o.title}</b>", o.space_name,
                 f"{WEEKDAYS[start.weekday()]} {start:%d/%m/%Y}, {start:%H:%M}–{end:%H:%M}",
                 self.tr("Richiedente: {who} ({kind})").format(who=o.requester,
                                                               kind=vocab(o.requester_kind)),
                 self.tr("Stato: {status}").format(status=vocab(o.status))]
        if o.recurring:
            lines.append(self.tr("Ripetizione: {rule}").format(
                rule=bookings.rule_text(self.ctx, o.series_id)))
        if o.expected_attendance:
            lines.append(self.tr("Previsti: {count}").format(count=o.expected_attendance))
        if o.actual_attendance is not None:
            lines.append(self.tr("Presenti: {count}").format(count=o.actual_attendance))
        if o.key_given_at:
            lines.append(self.tr("Chiave a {who}").format(who=o.key_given_to)
                         + (self.tr(", restituita") if o.key_returned_at else ""))
        return "<br/>".join(lines)

    # --- period and content --------------------------------------------------------------------

    @property
    def week_mode(self) -> bool:
        return self.mode.currentData() == WEEK

    def current_space(self):
        space_id = self.space_combo.currentData()
        return next((s for s in self.spaces if str(s.id) == space_id), None)

    def go_to(self, day: date) -> None:
        self.day = day
        self.reload()

    def move(self, steps: int) -> None:
        self.go_to(self.day + timedelta(days=steps * (7 if self.week_mode else 1)))

    def first_day(self) -> date:
        return monday_of(self.day) if self.week_mode else self.day

    def reload(self) -> None:
        self.space_combo.setEnabled(self.week_mode)
        first = self.first_day()
        space = self.current_space()
        if self.week_mode:
            self.occurrences = (bookings.week(self.ctx, first, space.id) if space else [])
            labels = [f"{WEEKDAYS[i][:3]} {first + timedelta(days=i):%d/%m}" for i in range(7)]
            closed = {i for i in range(7) if space and space.opening_hours
                      and space.opening_hours[i] is None}
            self.grid.set_columns(labels, closed)
            last = first + timedelta(days=6)
            self.period_label.setText(self.tr("Settimana {first}–{last}").format(
                first=f"{first:%d/%m}", last=f"{last:%d/%m/%Y}"))
        else:
            self.occurrences = bookings.occurrences(self.ctx, first, 1)
            self.grid.set_columns([s.name for s in self.spaces])
            self.period_label.setText(f"{WEEKDAYS[first.weekday()]} {first:%d/%m/%Y}")
        self.grid.set_blocks([self._block(o, first) for o in self.occurrences])
        if self.selected is not None:
            self.selected = next((o for o in self.occurrences if o.id == self.selected.id), None)
            self._show_selected()

    def _block(self, o: bookings.OccurrenceView, first: date) -> Block:
        start = o.starts_at.astimezone(ROME)
        column = ((start.date() - first).days if self.week_mode
                  else next(i for i, s in enumerate(self.spaces) if s.id == o.space_id))
        end = _minutes(o.ends_at) or 24 * 60
        detail = f"{start:%H:%M}–{o.ends_at.astimezone(ROME):%H:%M}"
        if not self.week_mode:
            detail += f" · {o.requester}"
        kind = "pending" if o.status == BookingStatus.PENDING else "confirmed"
        return Block(column, _minutes(o.starts_at), end, o.title, detail, kind, o.id)

    def show_booking(self, booking_id, day: date) -> None:
        """The day of a booking, every space side by side, with the booking selected (from
        the home page «Oggi»)."""
        self.mode.blockSignals(True)
        self.mode.setCurrentIndex(self.mode.findData(DAY))
        self.mode.blockSignals(False)
        self.go_to(day)
        self.select_booking(booking_id)

    def select_booking(self, booking_id) -> None:
        self.selected = next((o for o in self.occurrences if o.id == booking_id), None)
        self._show_selected()

    def _show_selected(self) -> None:
        if self.selected is not None:
            self.detail_label.setText(self._describe(self.selected))
            self.attendance.setValue(self.selected.actual_attendance or 0)
        else:
            self.detail_label.setText(self.hint)
        self.grid.selected = self.selected.id if self.selected else None
        self.grid.update()
        self._sync_buttons()

    # --- booking ---------------------------------------------------------------------------------

    def _range_selected(self, column: int, start: int, end: int) -> None:
        if not allowed(self.ctx.actor, Permission.BOOKING_CREATE):
            return
        first = self.first_day()
        if self.week_mode:
            day, space = first + timedelta(days=column), self.current_space()
        else:
            day, space = first, self.spaces[column]
        self.new_booking(space.id if space else None, day, time(start // 60, start % 60),
                         time(end // 60, end % 60) if end < 24 * 60 else time(23, 59))

    def new_booking(self, space_id=None, day: date | None = None, start: time | None = None,
                    end: time | None = None) -> BookingForm:
        space = space_id or (self.current_space().id if self.current_space() else None)
        form = BookingForm(self.ctx, self.spaces, space_id=space, day=day or self.day,
                           start=start, end=end, parent=self)
        return open_tracked(self, form, self._booked)

    def _booked(self, made) -> None:
        if made:
            self.day = made[0].starts_at.astimezone(ROME).date()
            self.selected = made[0]
        self.reload()
        self.changed.emit()

    def _act(self, call) -> None:
        try:
            call()
        except UserError as exc:
            show_error(self, exc)
            return
        self.reload()
        self.changed.emit()

    def cancel_selected(self, following: bool = False) -> None:
        chosen = self.selected
        if chosen is None:
            return
        if following:
            question = self.tr("Annullare questa data e tutte le successive della serie «{title}»?")
        else:
            question = self.tr("Annullare la prenotazione «{title}» di questa data?")
        if confirm(self, self.tr("Annulla prenotazione"), question.format(title=chosen.title)):
            self._act(lambda: bookings.cancel(self.ctx, chosen.id, following=following))

    def approve_selected(self) -> None:
        if self.selected is not None:
            self._act(lambda: bookings.approve(self.ctx, self.selected.series_id))

    def key_out(self) -> None:
        if self.selected is not None:
            self._act(lambda: bookings.record_use(self.ctx, self.selected.id,
                                                  key_given_to=self.selected.requester))

    def key_back(self) -> None:
        if self.selected is not None:
            self._act(lambda: bookings.record_use(self.ctx, self.selected.id, key_returned=True))

    def record_attendance(self) -> None:
        if self.selected is not None:
            count = self.attendance.value()
            self._act(lambda: bookings.record_use(self.ctx, self.selected.id,
                                                  actual_attendance=count))

    def edit_space(self):
        from borgo_desktop.ui.spaces.space_form import space_form

        space = self.current_space()
        if space is None:
            return None
        return open_tracked(self, space_form(self.ctx, space, self), self._space_saved)

    def _space_saved(self, _view) -> None:
        self.spaces = spaces.list_spaces(self.ctx)
        self.reload()

    def export_ics(self) -> None:
        space = self.current_space()
        if space is None:
            return
        path, _chosen = QFileDialog.getSaveFileName(
            self, self.tr("Esporta calendario"), str(Path.home() / f"{space.code}.ics"),
            self.tr("Calendario iCalendar (*.ics)"))
        if path:
            self.export_ics_to(Path(path).with_suffix(".ics"))

    def export_ics_to(self, path: Path):
        from borgo_desktop.services.spaces.exports import export_bookings

        space = self.current_space()
        return self.tasks.run(
            self.tr("Esportazione del calendario"),
            lambda _progress: export_bookings(self.ctx, path, "ics", space_id=space.id),
            lambda count: self.status_message.emit(self.tr(
                "{count} prenotazioni esportate in {path}").format(count=count, path=path)),
            lambda exc: task_failed(self, exc))

    # --- printing --------------------------------------------------------------------------------

    def print_programme(self):
        """The week's programme of the space shown, to PDF, opened in the system viewer."""
        from borgo_desktop.services.spaces.printing import print_programme  # ReportLab: lazily

        space = self.current_space()
        if space is None:
            return None
        paper, first = self.paper.currentText(), self.first_day()
        path = temp_pdf(f"programma-{space.code}-{first:%Y%m%d}-{paper}")
        return self.tasks.run(self.tr("Preparazione del programma"),
                              lambda _progress: print_programme(self.ctx, space.id, first, path,
                                                                paper),
                              lambda _path: open_file(path), lambda exc: task_failed(self, exc))
