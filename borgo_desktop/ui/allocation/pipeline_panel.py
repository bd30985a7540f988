"""A household's place in the allocation pipeline: steps, proposed unit, history, next actions."""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog, QGroupBox, QHBoxLayout, QHeaderView, QLabel, QMessageBox, QPushButton,
    QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget,
)

from borgo_desktop.errors import UserError
from borgo_desktop.formatting import fmt_date
from borgo_desktop.models.enums import Stage
from borgo_desktop.services.allocation import allocation
from borgo_desktop.services.core import permissions
from borgo_desktop.services.registry import registry
from borgo_desktop.services.core.context import Context
from borgo_desktop.ui.widgets.dialogs import open_tracked
from borgo_desktop.ui.allocation.common import ERROR_STYLE, error_text, vocab
from borgo_desktop.ui.allocation.contract_dialog import SignContractDialog
from borgo_desktop.ui.allocation.dialogs import ProposeUnitDialog, RefusalDialog, StepDialog
from borgo_desktop.ui.allocation.steps import StepIndicator

ACTIONS = ("add_candidate", "propose_unit", "record_visit", "accept_offer", "refuse_offer",
           "reopen_candidate", "sign_contract", "move_in")


class PipelinePanel(QWidget):
    changed = Signal()

    def __init__(self, ctx: Context, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pipeline_panel")
        self.ctx = ctx
        self.household_id: uuid.UUID | None = None
        self.detail = None
        self.dialog: QDialog | None = None  # the step dialog being shown, if any
        self.stage_label = QLabel()
        self.stage_label.setObjectName("stage_label")
        self.indicator = StepIndicator()
        self.refusal_label = QLabel()
        self.refusal_label.setObjectName("refusal_label")
        self.refusal_label.setStyleSheet(ERROR_STYLE)
        self.refusal_label.setWordWrap(True)
        self.refusal_label.setTextFormat(Qt.TextFormat.PlainText)  # the reason is typed text
        self.unit_label = QLabel()
        self.unit_label.setObjectName("unit_label")
        self.may_write = permissions.allowed(ctx.actor, permissions.Permission.ALLOCATION_WRITE)
        self.buttons = self._make_buttons()
        self.history = self._make_history()

        actions = QHBoxLayout()
        for button in self.buttons.values():
            actions.addWidget(button)
        actions.addStretch(1)
        history_box = QGroupBox(self.tr("Storia dell'assegnazione"))
        QVBoxLayout(history_box).addWidget(self.history)
        layout = QVBoxLayout(self)
        layout.addWidget(self.stage_label)
        layout.addWidget(self.indicator)
        layout.addWidget(self.refusal_label)
        layout.addWidget(self.unit_label)
        layout.addLayout(actions)
        layout.addWidget(history_box, 1)

    def _make_buttons(self) -> dict[str, QPushButton]:
        texts = {
            "add_candidate": self.tr("Inserisci tra i candidati"),
            "propose_unit": self.tr("Proponi alloggio…"),
            "record_visit": self.tr("Registra visita…"),
            "accept_offer": self.tr("Offerta accettata…"),
            "refuse_offer": self.tr("Offerta rifiutata…"),
            "reopen_candidate": self.tr("Rimetti tra i candidati"),
            "sign_contract": self.tr("Firma contratto…"),
            "move_in": self.tr("Registra ingresso…"),
        }
        buttons = {}
        for name in ACTIONS:
            button = QPushButton(texts[name])
            button.setObjectName(f"{name}_button")
            button.clicked.connect(getattr(self, f"_on_{name}"))
            buttons[name] = button
        return buttons

    def _make_history(self) -> QTreeWidget:
        tree = QTreeWidget()
        tree.setObjectName("history_view")
        tree.setRootIsDecorated(False)
        tree.setAlternatingRowColors(True)
        tree.setHeaderLabels([self.tr("Data"), self.tr("Passaggio"), self.tr("Alloggio"),
                              self.tr("Nota"), self.tr("Operatore")])
        header = tree.header()
        header.setStretchLastSection(False)
        for column in (0, 1, 2, 4):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        return tree

    # --- showing ------------------------------------------------------------------------

    def set_household(self, household_id: uuid.UUID | None, detail=None) -> None:
        """``detail``: the household's record when the caller has just read it."""
        self.household_id = household_id
        self.reload(detail)

    def reload(self, detail=None) -> None:
        self.detail = detail or (registry.get_household(self.ctx, self.household_id)
                                 if self.household_id else None)
        events = allocation.history(self.ctx, self.household_id) if self.detail else []
        stage = self.detail.stage if self.detail else None
        refused_after = next((e.from_stage for e in reversed(events)
                              if e.to_stage == Stage.REFUSED), None)
        self.indicator.set_stage(stage, refused_after)
        self.stage_label.setText(self.tr("Fase: <b>{stage}</b>").format(
            stage=vocab(stage) if stage else self.tr("non in assegnazione")))
        reason = self.detail.refusal_reason if stage == Stage.REFUSED else ""
        self.refusal_label.setText(self.tr("Offerta rifiutata: {reason}").format(reason=reason))
        self.refusal_label.setVisible(bool(reason))
        self._show_unit()
        allowed = allocation.available_actions(stage) if self.detail and self.may_write else ()
        for name, button in self.buttons.items():
            button.setVisible(name in allowed)
        self.history.clear()
        for event in events:
            step = f"{vocab(event.from_stage) or '—'} → {vocab(event.to_stage)}"
            self.history.addTopLevelItem(QTreeWidgetItem(
                [fmt_date(event.happened_on), step, event.unit_code, event.note, event.by]))

    def _show_unit(self) -> None:
        detail = self.detail
        if not detail or not detail.stage_unit_code:
            self.unit_label.hide()
            return
        text = (self.tr("Alloggio rifiutato: <b>{unit}</b>") if detail.stage == Stage.REFUSED
                else self.tr("Alloggio: <b>{unit}</b>")).format(unit=detail.stage_unit_code)
        if detail.reserved_until and detail.stage in (Stage.PROPOSED, Stage.VISIT, Stage.ACCEPTED):
            text += " · " + self.tr("riservato fino al {date}").format(
                date=fmt_date(detail.reserved_until))
        self.unit_label.setText(text)
        self.unit_label.show()

    # --- actions ------------------------------------------------------------------------

    def _done(self) -> None:
        self.reload()
        self.changed.emit()

    def _call(self, action, *args, **kwargs) -> None:
        """A step without a dialog: a refusal is shown in a warning box."""
        try:
            action(self.ctx, self.household_id, *args, **kwargs)
        except UserError as exc:
            QMessageBox.warning(self, self.tr("Attenzione"), error_text(exc))
            self.reload()
            return
        self._done()

    def _open(self, dialog: QDialog) -> None:
        open_tracked(self, dialog, self._done, signal="accepted")

    def _step(self, title: str, action, with_note: bool = True) -> None:
        ctx, household_id = self.ctx, self.household_id
        self._open(StepDialog(title, ctx.today(),
                              lambda on, note: action(ctx, household_id, on=on, note=note),
                              with_note=with_note, parent=self))

    def _on_add_candidate(self) -> None:
        self._call(allocation.add_candidate)

    def _on_reopen_candidate(self) -> None:
        self._call(allocation.reopen_candidate)

    def _on_propose_unit(self) -> None:
        self._open(ProposeUnitDialog(self.ctx, self.household_id, parent=self))

    def _on_record_visit(self) -> None:
        self._step(self.tr("Registra visita"), allocation.record_visit)

    def _on_accept_offer(self) -> None:
        self._step(self.tr("Offerta accettata"), allocation.accept_offer)

    def _on_refuse_offer(self) -> None:
        self._open(RefusalDialog(self.ctx, self.household_id, parent=self))

    def _on_sign_contract(self) -> None:
        self._open(SignContractDialog(self.ctx, self.household_id, self.detail.stage_unit_code,
                                      parent=self))

    def _on_move_in(self) -> None:
        ctx, household_id = self.ctx, self.household_id
        self._open(StepDialog(self.tr("Registra ingresso"), ctx.today(),
                              lambda on, _note: allocation.move_in(ctx, household_id, on=on),
                              with_note=False, parent=self))
