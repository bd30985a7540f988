"""«Oggi»: the first page of the window, what needs doing today for this role.

One box per kind of line (today's bookings, keys to hand over or collect, overdue tickets,
my cases' deadlines, move-in steps, arrears), only those the role may see. Enter or a
double click on a line opens its record; the window connects the signals to its pages.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QLocale, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView, QGridLayout, QGroupBox, QHBoxLayout, QLabel, QListWidget,
    QListWidgetItem, QPushButton, QVBoxLayout, QWidget,
)

from borgo_desktop.formatting import ROME, fmt_date
from borgo_desktop.services.core.context import Context
from borgo_desktop.services.today import agenda as today
from borgo_desktop.ui.widgets.display import title_label
from borgo_desktop.ui.widgets.icons import icon
from borgo_desktop.ui.widgets.styles import MUTED_STYLE
from borgo_desktop.ui.widgets.texts import vocab

LATE = QColor("#b3261e")
# What a line opens: (kind, id, day). The day is the booking's, for the calendar.
ROLE = Qt.ItemDataRole.UserRole


class TodayList(QListWidget):
    """The lines of one box: wrapped, never scrolled sideways; Enter opens the current one."""

    line_opened = Signal(object)  # (kind, id, day)

    def __init__(self, name: str, accessible: str) -> None:
        super().__init__()
        self.setObjectName(name)
        self.setAccessibleName(accessible)
        self.setWordWrap(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setAlternatingRowColors(True)
        self.itemActivated.connect(self._activated)  # Enter, and double click

    def _activated(self, item: QListWidgetItem) -> None:
        target = item.data(ROLE)
        if target is not None:
            self.line_opened.emit(target)

    def show_lines(self, lines: list[tuple[str, bool, tuple]], empty: str) -> None:
        self.clear()
        for text, late, target in lines:
            item = QListWidgetItem(text)
            item.setData(ROLE, target)
            item.setToolTip(text)
            if late:
                item.setForeground(QBrush(LATE))
            self.addItem(item)
        if not lines:
            item = QListWidgetItem(empty)
            item.setFlags(Qt.ItemFlag.NoItemFlags)  # not a line: nothing to open
            self.addItem(item)
        elif self.currentRow() < 0:
            self.setCurrentRow(0)


class TodayPage(QWidget):
    booking_opened = Signal(object, object)  # booking id, its day
    ticket_opened = Signal(object)
    case_opened = Signal(object)
    household_opened = Signal(object)
    arrears_opened = Signal(object)  # household id: its arrears file

    def __init__(self, ctx: Context, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("today_page")
        self.ctx = ctx
        self.title = title_label(name="today_title")
        self.refresh_button = QPushButton(icon("fa5s.sync"), self.tr("&Aggiorna"))
        self.refresh_button.setObjectName("today_refresh_button")
        self.refresh_button.clicked.connect(self.refresh)
        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.refresh_button)
        self.note = QLabel(self.tr("Invio o doppio clic su una riga apre la sua scheda."))
        self.note.setStyleSheet(MUTED_STYLE)
        self.grid = QGridLayout()
        self.grid.setSpacing(8)
        self.boxes: dict[str, QGroupBox] = {}
        self.lists: dict[str, TodayList] = {}
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.note)
        layout.addLayout(self.grid, 1)
        self.agenda: today.Agenda | None = None
        self.refresh()

    # --- the boxes ---------------------------------------------------------------------------

    def _titles(self) -> dict[str, str]:
        return {"bookings": self.tr("Prenotazioni di oggi"),
                "keys": self.tr("Chiavi da consegnare o ritirare"),
                "tickets": self.tr("Segnalazioni scadute"),
                "cases": self.tr("Scadenze dei miei casi"),
                "move_in": self.tr("Dopo l'ingresso: passi in scadenza"),
                "arrears": self.tr("Morosità da seguire")}

    def _box(self, key: str) -> TodayList:
        if key not in self.lists:
            title = self._titles()[key]
            lines = TodayList(f"today_{key}_list", title)
            lines.line_opened.connect(self._open)
            box = QGroupBox(title)
            box.setObjectName(f"today_{key}_box")
            QVBoxLayout(box).addWidget(lines)
            place = len(self.boxes)
            self.grid.addWidget(box, place // 2, place % 2)
            self.boxes[key], self.lists[key] = box, lines
        return self.lists[key]

    def refresh(self) -> None:
        self.agenda = found = today.agenda(self.ctx)
        self.title.setText(self.tr("Oggi, {day}").format(day=self._long_date(found.day)))
        parts = {"bookings": (found.bookings, self._booking),
                 "keys": (found.keys, self._key), "tickets": (found.tickets, self._ticket),
                 "cases": (found.cases, self._case), "move_in": (found.move_in, self._move_in),
                 "arrears": (found.arrears, self._arrears)}
        for key, (part, line) in parts.items():
            if part is None:
                continue
            lines = [line(item) for item in part.lines]
            box = self._box(key)
            self.boxes[key].setTitle(self._titles()[key] + (
                f" ({part.total})" if part.total else ""))
            if part.total > len(part.lines):
                lines.append((self.tr("… e altre {count}").format(
                    count=part.total - len(part.lines)), False, None))
            box.show_lines(lines, self.tr("Niente per oggi."))

    def _long_date(self, day: date) -> str:
        """«mercoledì 25 novembre 2026», or in English when the English translation is on
        (the title's own translation says which: the date follows the words around it)."""
        english = self.tr("Oggi, {day}") != "Oggi, {day}"
        locale = (QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom) if english
                  else QLocale(QLocale.Language.Italian, QLocale.Country.Italy))
        return locale.toString(QDate(day.year, day.month, day.day), "dddd d MMMM yyyy")

    # --- the lines: (text, late, what it opens) ----------------------------------------------

    def _booking(self, line: today.BookingLine):
        text = self.tr("{start}–{end} · {space} · {title} ({requester})").format(
            start=f"{line.starts_at.astimezone(ROME):%H:%M}",
            end=f"{line.ends_at.astimezone(ROME):%H:%M}", space=line.space_name,
            title=line.title, requester=line.requester)
        if line.pending:
            text += " · " + self.tr("da approvare")
        return text, False, ("booking", line.id, line.day)

    def _key(self, line: today.BookingLine):
        start = line.starts_at.astimezone(ROME)
        if line.key == "collect":
            text = self.tr("Ritirare le chiavi da {holder}: {space}, {day} {start}–{end}").format(
                holder=line.key_holder or self.tr("chi le ha prese"), space=line.space_name,
                day=f"{start:%d/%m}", start=f"{start:%H:%M}",
                end=f"{line.ends_at.astimezone(ROME):%H:%M}")
            late = line.day < self.agenda.day  # still out from an earlier day
        else:
            text = self.tr("Consegnare le chiavi: {space} alle {start} · {title} "
                           "({requester})").format(space=line.space_name, start=f"{start:%H:%M}",
                                                   title=line.title, requester=line.requester)
            late = False
        return text, late, ("booking", line.id, line.day)

    def _ticket(self, line: today.TicketLine):
        text = self.tr("{code} · {summary} · {place} · {priority}, scaduta il {due}").format(
            code=line.code, summary=line.summary, place=line.place or "—",
            priority=vocab(line.priority), due=fmt_date(line.due_on))
        return text, True, ("ticket", line.id, None)

    def _case(self, line: today.CaseLine):
        when = (self.tr("scaduto il {date}") if line.overdue else self.tr("entro il {date}"))
        text = self.tr("{code} {name} · {duty}, {when}").format(
            code=line.household_code, name=line.household_name, duty=vocab(line.duty),
            when=when.format(date=fmt_date(line.due)))
        return text, line.overdue, ("case", line.id, None)

    def _move_in(self, line: today.MoveInLine):
        when = (self.tr("scaduto il {date}") if line.overdue else self.tr("entro il {date}"))
        text = self.tr("{code} {name} · {step} · {unit}, {when}").format(
            code=line.household_code, name=line.reference_name, step=vocab(line.item),
            unit=line.unit_code or "—", when=when.format(date=fmt_date(line.due_on)))
        return text, line.overdue, ("household", line.household_id, None)

    def _arrears(self, line: today.ArrearsLine):
        what = {"alert": self.tr("allerta"),
                "proposal": self.tr("proposta di aprire una cartella sociale"),
                "reminder": self.tr("promemoria gentile da inviare")}[line.kind]
        text = self.tr("{code} {name} · {what}: {detail}").format(
            code=line.household_code, name=line.reference_name, what=what,
            detail=line.detail) if line.detail else self.tr("{code} {name} · {what}").format(
            code=line.household_code, name=line.reference_name, what=what)
        return text, line.kind == "alert", ("arrears", line.household_id, None)

    # --- opening -----------------------------------------------------------------------------

    def _open(self, target: tuple) -> None:
        kind, record_id, day = target
        if kind == "booking":
            self.booking_opened.emit(record_id, day)
        else:
            {"ticket": self.ticket_opened, "case": self.case_opened,
             "household": self.household_opened, "arrears": self.arrears_opened}[kind].emit(
                record_id)

