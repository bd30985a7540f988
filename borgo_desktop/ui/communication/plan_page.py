"""«Piano di comunicazione»: the plan's actions on a timeline (one band per phase of the borgo,
the months across, each action a dot at its date coloured by its status) and in a list below;
add, edit, mark done, cancel, and print the plan."""

from __future__ import annotations

import uuid
from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QFont, QPainter, QPen
from PySide6.QtWidgets import (
    QFileDialog, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QSplitter, QToolTip,
    QVBoxLayout, QWidget,
)

from borgo_desktop.errors import UserError
from borgo_desktop.formatting import fmt_date
from borgo_desktop.models.communication import PlanPhase, PlanStatus
from borgo_desktop.services.communication import plan
from borgo_desktop.services.core.permissions import Permission, allowed
from borgo_desktop.ui.communication.plan_dialog import PlanActionDialog
from borgo_desktop.ui.widgets.dialogs import open_tracked, show_error
from borgo_desktop.ui.widgets.display import MUTED_STYLE, ScrollingTable
from borgo_desktop.ui.widgets.icons import icon
from borgo_desktop.ui.widgets.texts import vocab

COLOURS = {PlanStatus.PLANNED: "#1f5fa8", PlanStatus.DONE: "#2e7d32",
           PlanStatus.CANCELLED: "#9e9e9e"}
OVERDUE = "#e65100"  # planned, and its day has passed
BANDS = ("#f3f6f9", "#e9f0f4")
MONTHS = ("gen", "feb", "mar", "apr", "mag", "giu", "lug", "ago", "set", "ott", "nov", "dic")
LABEL_WIDTH, TOP, RADIUS = 150, 26, 6


def _month_starts(first: date, last: date) -> list[date]:
    day, out = first.replace(day=1), []
    while day <= last:
        out.append(day)
        day = (day + timedelta(days=32)).replace(day=1)
    return out


class PlanTimeline(QWidget):
    """Phases as bands, time across; an action is a dot at its day, its colour its status."""

    picked = Signal(object)  # the id of the action clicked

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("plan_timeline")
        self.setMouseTracking(True)
        self.setMinimumHeight(200)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.actions: list[plan.ActionView] = []
        self.today = date.today()
        self.selected: uuid.UUID | None = None
        self.spots: list[tuple[QRectF, plan.ActionView]] = []  # laid out at each paint

    def set_actions(self, actions: list[plan.ActionView], today: date) -> None:
        self.actions, self.today = actions, today
        self.lay_out()

    def band_height(self) -> float:
        return (self.height() - TOP - 4) / len(PlanPhase)

    def lay_out(self) -> None:
        """Place every action's dot: in its phase's band, at its day; dots of the same days
        stack downwards."""
        first, last = self.span()
        phases, band = list(PlanPhase), self.band_height()
        lanes = max(int(band // (2 * RADIUS + 3)) - 1, 1)
        stacked: dict[tuple[int, int], int] = {}
        self.spots = []
        for action in self.actions:
            row = phases.index(action.phase)
            x = self._x(action.planned_on, first, last)
            slot = (row, round(x / (2 * RADIUS + 1)))
            n = stacked.get(slot, 0)
            stacked[slot] = n + 1
            y = TOP + row * band + RADIUS + 4 + (n % lanes) * (2 * RADIUS + 3)
            self.spots.append((QRectF(x - RADIUS, y - RADIUS, 2 * RADIUS, 2 * RADIUS), action))
        self.update()

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self.lay_out()

    def span(self) -> tuple[date, date]:
        days = [a.planned_on for a in self.actions] + [self.today]
        first, last = min(days), max(days)
        first = first.replace(day=1)
        last = (last.replace(day=1) + timedelta(days=32)).replace(day=1)  # the month after
        return first, last

    def _x(self, day: date, first: date, last: date) -> float:
        width = max(self.width() - LABEL_WIDTH - 16, 1)
        return LABEL_WIDTH + width * (day - first).days / max((last - first).days, 1)

    def paintEvent(self, _event) -> None:  # noqa: N802 - Qt override
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        first, last = self.span()
        phases, band = list(PlanPhase), self.band_height()
        small = QFont(self.font())
        small.setPointSizeF(max(self.font().pointSizeF() - 1, 7))
        for index, phase in enumerate(phases):
            top = TOP + index * band
            painter.fillRect(QRectF(0, top, self.width(), band), QColor(BANDS[index % 2]))
            painter.setPen(QColor("#37474f"))
            painter.drawText(QRectF(8, top, LABEL_WIDTH - 12, band),
                             Qt.AlignmentFlag.AlignVCenter | Qt.TextFlag.TextWordWrap,
                             vocab(phase))
        painter.setFont(small)
        for month in _month_starts(first, last - timedelta(days=1)):
            x = self._x(month, first, last)
            painter.setPen(QPen(QColor("#cfd8dc"), 1))
            painter.drawLine(QPointF(x, TOP - 4), QPointF(x, self.height()))
            painter.setPen(QColor("#546e7a"))
            label = MONTHS[month.month - 1] + (f" {month:%y}" if month.month == 1 or
                                               month == first else "")
            painter.drawText(QPointF(x + 3, TOP - 8), label)
        x = self._x(self.today, first, last)
        painter.setPen(QPen(QColor(OVERDUE), 1.5, Qt.PenStyle.DashLine))
        painter.drawLine(QPointF(x, TOP - 4), QPointF(x, self.height()))
        for rect, action in self.spots:
            colour = OVERDUE if action.overdue(self.today) else COLOURS[action.status]
            painter.setBrush(QColor(colour))
            chosen = action.id == self.selected
            painter.setPen(QPen(QColor("#212121" if chosen else "white"), 2.5 if chosen else 1))
            painter.drawEllipse(rect)
        painter.end()

    def action_at(self, point: QPointF) -> plan.ActionView | None:
        for rect, action in reversed(self.spots):
            if rect.adjusted(-2, -2, 2, 2).contains(point):
                return action
        return None

    def mousePressEvent(self, event) -> None:  # noqa: N802 - Qt override
        action = self.action_at(event.position())
        if action is not None:
            self.picked.emit(action.id)

    def mouseMoveEvent(self, event) -> None:  # noqa: N802 - Qt override
        action = self.action_at(event.position())
        if action is None:
            QToolTip.hideText()
            return
        QToolTip.showText(event.globalPosition().toPoint(),
                          f"{fmt_date(action.planned_on)} · {action.title}\n"
                          f"{vocab(action.audience)} · {vocab(action.status)}", self)


class PlanPage(QWidget):
    """The plan: the timeline on top, the list below, the buttons above both."""

    def __init__(self, ctx, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("plan_page")
        self.ctx = ctx
        self.dialog = None
        self.rows: list[plan.ActionView] = []
        self.timeline = PlanTimeline()
        self.timeline.picked.connect(self.select)
        self.table = ScrollingTable([self.tr("Data"), self.tr("Fase"), self.tr("Destinatari"),
                                     self.tr("Azione"), self.tr("Canale"), self.tr("Referente"),
                                     self.tr("Materiale"), self.tr("Stato"),
                                     self.tr("Raggiunti"), self.tr("Presenti")], "plan_table")
        self.table.itemSelectionChanged.connect(self._update)
        self.table.itemActivated.connect(lambda _item: self.edit())
        self.buttons: dict[str, QPushButton] = {}
        row = QHBoxLayout()
        self.summary = QLabel()
        self.summary.setObjectName("plan_summary")
        self.summary.setStyleSheet(MUTED_STYLE)
        row.addWidget(self.summary, 1)
        writer = allowed(ctx.actor, Permission.COMM_WRITE)
        for name, text, glyph, needs_write in (
                ("new", self.tr("Nuova azione…"), "fa5s.plus", True),
                ("edit", self.tr("Modifica…"), "fa5s.edit", True),
                ("done", self.tr("Segna come svolta…"), "fa5s.check", True),
                ("cancel", self.tr("Annulla azione…"), "fa5s.ban", True),
                ("print", self.tr("Stampa piano…"), "fa5s.print", False)):
            button = QPushButton(icon(glyph), text)
            button.setObjectName(f"plan_{name}_button")
            button.clicked.connect(lambda _checked=False, n=name: getattr(self, n)())
            if needs_write and not writer:
                button.hide()
            row.addWidget(button)
            self.buttons[name] = button
        legend = QLabel(" ".join(
            f'<span style="color:{colour}">●</span> {text}' for colour, text in (
                (COLOURS[PlanStatus.PLANNED], self.tr("programmata")),
                (OVERDUE, self.tr("programmata, data passata")),
                (COLOURS[PlanStatus.DONE], self.tr("svolta")),
                (COLOURS[PlanStatus.CANCELLED], self.tr("annullata")))))
        legend.setObjectName("plan_legend")
        self.empty = QLabel(self.tr("Il piano non ha ancora azioni: aggiungerne una con «Nuova "
                                    "azione…»."))
        self.empty.setStyleSheet(MUTED_STYLE)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.timeline)
        splitter.addWidget(self.table)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(legend)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.empty)
        self.refresh()

    def refresh(self, *_args) -> None:
        chosen = self.selected()
        self.rows = plan.list_actions(self.ctx)
        today = self.ctx.today()
        self.timeline.set_actions(self.rows, today)
        self.table.set_rows([[fmt_date(a.planned_on), vocab(a.phase), vocab(a.audience), a.title,
                              a.channel, a.owner, a.material_text, vocab(a.status),
                              self._reach(a), str(a.attended) if a.status == PlanStatus.DONE
                              else "—"] for a in self.rows], [a.id for a in self.rows])
        done = [a for a in self.rows if a.status == PlanStatus.DONE]
        self.summary.setText(self.tr("{n} azioni · {done} svolte · {late} in ritardo").format(
            n=len(self.rows), done=len(done),
            late=sum(a.overdue(today) for a in self.rows)))
        self.empty.setVisible(not self.rows)
        if chosen is not None:
            self.select(chosen.id)
        self._update()

    def _reach(self, a: plan.ActionView) -> str:
        if a.counted:
            return self.tr("{n} (registro)").format(n=a.delivered)
        return str(a.delivered) if a.status == PlanStatus.DONE else "—"

    def selected(self) -> plan.ActionView | None:
        row = self.table.currentRow()
        return self.rows[row] if 0 <= row < len(self.rows) and self.table.selectedItems() \
            else None

    def select(self, action_id) -> None:
        for index, action in enumerate(self.rows):
            if action.id == action_id:
                self.table.selectRow(index)
                return

    def _update(self) -> None:
        chosen = self.selected()
        self.timeline.selected = chosen.id if chosen else None
        self.timeline.update()
        planned = chosen is not None and chosen.status == PlanStatus.PLANNED
        self.buttons["edit"].setEnabled(chosen is not None
                                        and chosen.status != PlanStatus.CANCELLED)
        self.buttons["done"].setEnabled(planned)
        self.buttons["cancel"].setEnabled(planned)

    def _saved(self, view) -> None:
        self.refresh()
        self.select(view.id)

    def _open(self, action, mode: str):
        if not allowed(self.ctx.actor, Permission.COMM_WRITE):
            return None
        return open_tracked(self, PlanActionDialog(self.ctx, action, self, mode=mode),
                            self._saved)

    def new(self):
        return self._open(None, "edit")

    def edit(self):
        chosen = self.selected()
        return self._open(chosen, "edit") if chosen else None

    def done(self):
        chosen = self.selected()
        return self._open(chosen, "done") if chosen else None

    def cancel(self):
        chosen = self.selected()
        return self._open(chosen, "cancel") if chosen else None

    def print(self, path: Path | None = None) -> Path | None:
        if path is None:
            name, _filter = QFileDialog.getSaveFileName(
                self, self.tr("Stampa piano di comunicazione"), "piano-di-comunicazione.pdf",
                self.tr("Documenti PDF (*.pdf)"))
            if not name:
                return None
            path = Path(name)
        try:
            return plan.print_plan(self.ctx, path)
        except UserError as exc:
            show_error(self, exc)
            return None
