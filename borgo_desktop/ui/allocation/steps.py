"""Horizontal step indicator of the pipeline: done steps, the current one, a refusal."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from borgo_desktop.models.enums import Stage
from borgo_desktop.ui.allocation.common import vocab

STEPS = (Stage.CANDIDATE, Stage.PROPOSED, Stage.VISIT, Stage.ACCEPTED, Stage.SIGNED,
         Stage.MOVED_IN)

_CHIP = "border-radius: 10px; padding: 3px 10px;"
STYLES = {
    "done": _CHIP + "background: #e3f1e6; color: #1b5e20; border: 1px solid #a5d6a7;",
    "current": _CHIP + "background: #1565c0; color: white; font-weight: bold;"
                       " border: 1px solid #0d47a1;",
    "todo": _CHIP + "background: transparent; color: #757575; border: 1px solid #d0d0d0;",
    "refused": _CHIP + "background: #fdecea; color: #b3261e; font-weight: bold;"
                       " border: 1px solid #ef9a9a;",
}


class StepIndicator(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("stage_indicator")
        self.current_stage: Stage | None = None
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        self.chips: dict[Stage, QLabel] = {}
        for index, stage in enumerate(STEPS):
            if index:
                layout.addWidget(self._arrow())
            chip = QLabel(self.tr("Entrato") if stage == Stage.MOVED_IN else vocab(stage))
            chip.setObjectName(f"step_{stage.value}")
            chip.setToolTip(vocab(stage))
            self.chips[stage] = chip
            layout.addWidget(chip)
        self.refused_chip = QLabel("✕ " + vocab(Stage.REFUSED))
        self.refused_chip.setObjectName("step_refused")
        self.refused_chip.setStyleSheet(STYLES["refused"])
        layout.addSpacing(12)
        layout.addWidget(self.refused_chip)
        layout.addStretch(1)
        self.set_stage(None)

    def _arrow(self) -> QLabel:
        arrow = QLabel("→")
        arrow.setStyleSheet("color: #9e9e9e;")
        return arrow

    def set_stage(self, stage: Stage | None, refused_after: Stage | None = None) -> None:
        """``refused_after``: the step the household was at when it refused the offer."""
        self.current_stage = stage
        reached = refused_after if stage == Stage.REFUSED else stage
        position = STEPS.index(reached) if reached in STEPS else -1
        for index, chip in enumerate(self.chips.values()):
            if index < position or (index == position and stage == Stage.REFUSED):
                state = "done"
            elif index == position:
                state = "current"
            else:
                state = "todo"
            chip.setProperty("state", state)
            chip.setStyleSheet(STYLES[state])
        self.refused_chip.setVisible(stage == Stage.REFUSED)
