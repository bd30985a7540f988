"""Columns that never need a horizontal scroll bar: when the widths a list wants are more
than the view has, the widest columns give up the difference (their long texts elide, with
the tooltip the model gives), never below the width of their title. Each resize starts again
from the wanted widths, so a wider window gives the room back."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QTableView

TITLE_PADDING = 30  # the title's margins and its sort arrow
SHORT = 140  # what a column keeps before the others give up nothing more


class FitToWidth(QObject):
    """Keeps ``view``'s columns inside its viewport; ``remember`` takes the wanted widths."""

    def __init__(self, view: QTableView) -> None:
        super().__init__(view)
        self.view = view
        self.wanted: list[int] = []
        view.viewport().installEventFilter(self)

    def remember(self) -> None:
        header = self.view.horizontalHeader()
        self.wanted = [header.sectionSize(s) for s in range(header.count())]
        self.fit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.Resize:
            self.fit()
        return False

    def fit(self) -> None:
        header = self.view.horizontalHeader()
        available = self.view.viewport().width()
        if not self.view.isVisible() or available <= 0 or len(self.wanted) != header.count():
            return  # laid out for real once shown
        sizes = list(self.wanted)
        shown = [s for s in range(header.count()) if not header.isSectionHidden(s)]
        overflow = sum(sizes[s] for s in shown) - available
        titles = {s: self._title_width(s) for s in shown}
        # First the long texts give (a column keeps up to SHORT px: codes, dates, states stay
        # whole), then, if still too wide, every column down to its title.
        for floors in ({s: max(titles[s], min(self.wanted[s], SHORT)) for s in shown}, titles):
            slack = {s: max(0, sizes[s] - floors[s]) for s in shown}
            total = sum(slack.values())
            if overflow <= 0 or total <= 0:
                continue
            # In proportion to each column's room, so no one column is cut to nothing.
            ratio = min(1.0, overflow / total)
            for s in shown:
                cut = min(slack[s], -(-int(slack[s] * ratio * 1000) // 1000))
                sizes[s] -= cut
                overflow -= cut
        for section in shown:
            if header.sectionSize(section) != sizes[section]:
                header.resizeSection(section, sizes[section])

    def _title_width(self, section: int) -> int:
        header = self.view.horizontalHeader()
        title = self.view.model().headerData(section, header.orientation()) or ""
        return header.fontMetrics().horizontalAdvance(str(title)) + TITLE_PADDING
