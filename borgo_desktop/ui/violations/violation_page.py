"""A violation's page: the facts, the article cited, the ladder so far and its next steps.

Buttons show only the steps the role may take and are enabled only where the status
allows them; the letter of a written warning or formal notice prints from here.
"""

from __future__ import annotations

import uuid
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QGridLayout, QGroupBox, QHBoxLayout, QLabel, QPushButton, QScrollArea, QVBoxLayout, QWidget,
)

from borgo_desktop.formatting import fmt_date
from borgo_desktop.models.violations import ViolationStatus as S
from borgo_desktop.services.core.permissions import Permission, allowed
from borgo_desktop.services.violations import printing, views, workflow
from borgo_desktop.ui.tasks import TaskRunner
from borgo_desktop.ui.violations.dialogs import ViolationStepDialog
from borgo_desktop.ui.widgets.dialogs import open_tracked, task_failed
from borgo_desktop.ui.widgets.display import FittedTable, InfoGrid, set_chip, title_label
from borgo_desktop.ui.widgets.icons import icon
from borgo_desktop.ui.widgets.list_page import open_file, temp_pdf
from borgo_desktop.ui.widgets.texts import vocab, vocab_word

CHIPS = {S.REPORTED: "info", S.VERIFIED: "info", S.VERBAL_WARNING: "warn",
         S.WRITTEN_WARNING: "warn", S.FORMAL_NOTICE: "bad", S.RESOLVED: "ok",
         S.DISMISSED: "muted", S.ESCALATED: "bad"}
ICONS = {"verify": "fa5s.clipboard-check", "dismiss": "fa5s.undo", "verbal_warning": "fa5s.comment",
         "written_warning": "fa5s.edit", "formal_notice": "fa5s.gavel",
         "resolve": "fa5s.check", "escalate": "fa5s.landmark"}
BUTTONS_PER_ROW = 4


class ViolationPage(QWidget):
    changed = Signal(object)  # the violation id
    household_opened = Signal(object)

    def __init__(self, ctx, violation_id: uuid.UUID, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("violation_page")
        self.ctx = ctx
        self.violation_id = violation_id
        self.dialog = None
        self.tasks = TaskRunner(self)
        self.last_pdf: Path | None = None
        self.detail = views.get_violation(ctx, violation_id)  # the opening is audited

        self.title = title_label(name="violation_title")
        self.status_chip = QLabel()
        self.status_chip.setObjectName("status_chip")
        self.household_button = QPushButton(icon("fa5s.users"), self.tr("Apri nucleo"))
        self.household_button.setObjectName("open_household_button")
        self.household_button.clicked.connect(
            lambda: self.household_opened.emit(self.detail.household_id))
        self.print_button = QPushButton(icon("fa5s.print"), self.tr("Stampa lettera"))
        self.print_button.setObjectName("print_letter_button")
        self.print_button.clicked.connect(self.print_letter)
        header = QHBoxLayout()
        header.addWidget(self.title)
        header.addWidget(self.status_chip)
        header.addStretch(1)
        header.addWidget(self.print_button)
        header.addWidget(self.household_button)

        texts = {"verify": self.tr("Verifica"), "dismiss": self.tr("Archivia"),
                 "verbal_warning": self.tr("Richiamo verbale"),
                 "written_warning": self.tr("Richiamo scritto"),
                 "formal_notice": self.tr("Diffida"), "resolve": self.tr("Risolvi"),
                 "escalate": self.tr("Segnala al Comune")}
        self.buttons: dict[str, QPushButton] = {}
        grid = QGridLayout()
        visible = [n for n, step in workflow.STEPS.items() if allowed(ctx.actor, step.permission)]
        for index, name in enumerate(visible):
            button = QPushButton(icon(ICONS[name]), texts[name])
            button.setObjectName(f"{name}_button")
            button.clicked.connect(lambda _checked=False, n=name: self.take_step(n))
            grid.addWidget(button, index // BUTTONS_PER_ROW, index % BUTTONS_PER_ROW)
            self.buttons[name] = button

        self.info = InfoGrid([
            ("household", self.tr("Nucleo")), ("unit", self.tr("Alloggio")),
            ("category", self.tr("Categoria")), ("occurred", self.tr("Giorno del fatto")),
            ("reported", self.tr("Segnalata il")), ("reported_by", self.tr("Segnalata da")),
            ("recorded_by", self.tr("Registrata da")), ("deadline", self.tr("Termine della diffida")),
            ("rules", self.tr("Regolamento")), ("outcome", self.tr("Esito")),
            ("rule_text", self.tr("Articolo citato")), ("description", self.tr("Che cosa è successo")),
        ], columns=2)
        self.steps = FittedTable([self.tr("Data"), self.tr("Passaggio"), self.tr("Chi"),
                                  self.tr("Nota"), self.tr("Termine"), self.tr("Lettera")],
                                 "steps_table")
        content = QWidget()
        body = QVBoxLayout(content)
        body.addLayout(header)
        body.addLayout(grid)
        body.addWidget(self._boxed(self.tr("Segnalazione"), self.info))
        body.addWidget(self._boxed(self.tr("Passaggi"), self.steps))
        body.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(content)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)
        self._show()

    def _boxed(self, title: str, widget: QWidget) -> QGroupBox:
        box = QGroupBox(title)
        QVBoxLayout(box).addWidget(widget)
        return box

    def refresh(self) -> None:
        self.detail = views.get_violation(self.ctx, self.violation_id, audited=False)
        self._show()

    def _show(self) -> None:
        d = self.detail
        self.title.setText(self.tr("Violazione {code}").format(code=d.code))
        set_chip(self.status_chip, vocab(d.status), CHIPS[d.status])
        for name, button in self.buttons.items():
            button.setEnabled(name in d.next_steps)
        self.print_button.setEnabled(printing.letter_kind(d.status) is not None
                                     and allowed(self.ctx.actor, Permission.EXPORT_PERSONAL))
        rules = self.tr("non citato: il nucleo non aveva preso visione di alcuna versione")
        if d.rules_version is not None:
            rules = self.tr("«{title}», versione {version} (presa visione il {day})").format(
                title=d.rules_title, version=d.rules_version, day=fmt_date(d.rules_acknowledged_on))
        for key, text in (
                ("household", f"{d.household_code} – {d.reference_name}"), ("unit", d.unit_code),
                ("category", vocab_word(d.category_label)), ("occurred", fmt_date(d.occurred_on)),
                ("reported", fmt_date(d.reported_on)), ("reported_by", d.reported_by),
                ("recorded_by", d.recorded_by), ("deadline", fmt_date(d.deadline)),
                ("rules", rules), ("outcome", vocab(d.outcome) if d.outcome else ""),
                ("rule_text", f"{d.rule_number}. {d.rule_text}" if d.rule_number else ""),
                ("description", d.description)):
            self.info.set(key, text, warn=key == "deadline" and d.status == S.FORMAL_NOTICE
                          and d.deadline is not None and d.deadline < self.ctx.today())
        self.steps.set_rows([[fmt_date(s.happened_on), vocab(s.status)
                              + (f" – {vocab(s.outcome)}" if s.outcome else ""),
                              s.by_name or s.by, s.note, fmt_date(s.deadline),
                              self.tr("stampata") if s.letter_sha256 else ""]
                             for s in d.steps], [s.id for s in d.steps])

    def take_step(self, name: str):
        return open_tracked(self, ViolationStepDialog(self.ctx, self.detail, name, self),
                            self._saved)

    def _saved(self, *_args) -> None:
        self.refresh()
        self.changed.emit(self.violation_id)

    def print_letter(self):
        path = temp_pdf(f"violazione-{self.detail.code}-{self.detail.status.value}")

        def done(written) -> None:
            self.last_pdf = written
            self.refresh()
            open_file(written)

        return self.tasks.run(self.tr("Preparazione della lettera"),
                              lambda _progress: printing.print_letter(self.ctx, self.violation_id,
                                                                      path),
                              done, lambda exc: task_failed(self, exc))
