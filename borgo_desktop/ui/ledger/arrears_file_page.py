"""A household's arrears file ("Morosità"): the balance, whether legal steps wait and why, the
alerts, the reminder ladder with its letters, the repayment plans (editor, signature, print,
instalments and what was recovered) and the no-fault assessments.

Buttons show what the role may do and are enabled where the state allows it; the services
refuse the rest anyway. Opening the page moves the household's plans on (review_plans)."""

from __future__ import annotations

import uuid
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QHeaderView,
    QGroupBox, QHBoxLayout, QLabel, QPushButton, QScrollArea, QVBoxLayout, QWidget,
)

from borgo_desktop.errors import UserError
from borgo_desktop.formatting import fmt_date, fmt_money
from borgo_desktop.models.arrears import LEGAL_STEPS, AssessmentStatus, LadderStep, PlanStatus
from borgo_desktop.services.ledger import arrears_file, arrears_printing, ladder, plans
from borgo_desktop.services.core.permissions import Permission, allowed
from borgo_desktop.ui.ledger.arrears_dialogs import (
    AssessmentDialog, DecisionDialog, LadderStepDialog, PlanEditor,
)
from borgo_desktop.ui.tasks import TaskRunner
from borgo_desktop.ui.widgets.dialogs import open_tracked, show_error, task_failed
from borgo_desktop.ui.widgets.display import FittedTable, set_chip, title_label
from borgo_desktop.ui.widgets.icons import icon
from borgo_desktop.ui.widgets.list_page import open_file, temp_pdf
from borgo_desktop.ui.widgets.texts import vocab, vocab_word

PLAN_CHIPS = {PlanStatus.PROPOSED: "info", PlanStatus.SIGNED: "info", PlanStatus.ACTIVE: "ok",
              PlanStatus.COMPLETED: "ok", PlanStatus.DEFAULTED: "bad",
              PlanStatus.REVISED: "muted", PlanStatus.WITHDRAWN: "muted"}


class ArrearsFilePage(QWidget):
    changed = Signal(object)  # the household id
    household_opened = Signal(object)

    def __init__(self, ctx, household_id: uuid.UUID, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("arrears_file_page")
        self.ctx = ctx
        self.household_id = household_id
        self.dialog = None
        self.tasks = TaskRunner(self)
        self.last_pdf: Path | None = None
        self._review()
        self.file = arrears_file.arrears_file(ctx, household_id)  # the read is audited

        self.title = title_label(name="arrears_title")
        self.balance_chip, self.support_chip = QLabel(), QLabel()
        self.balance_chip.setObjectName("balance_chip")
        self.support_chip.setObjectName("support_chip")
        self.support_chip.setWordWrap(True)
        household = QPushButton(icon("fa5s.users"), self.tr("Apri nucleo"))
        household.clicked.connect(lambda: self.household_opened.emit(self.household_id))
        header = QHBoxLayout()
        header.addWidget(self.title)
        header.addWidget(self.balance_chip)
        header.addStretch(1)
        header.addWidget(household)
        self.summary = QLabel()
        self.summary.setObjectName("arrears_summary")

        self.alerts = FittedTable([self.tr("Data"), self.tr("Allerta"), self.tr("Dettaglio"),
                                   self.tr("Seguito")], "alerts_table")
        self.steps = FittedTable([self.tr("Data"), self.tr("Passaggio"), self.tr("Chi"),
                                  self.tr("Debito"), self.tr("Causa"), self.tr("Termine"),
                                  self.tr("Nota"), self.tr("Lettera")], "ladder_table")
        # The note takes the room left and wraps: an alert's long text must not widen the page.
        self.steps.horizontalHeader().setSectionResizeMode(6, QHeaderView.ResizeMode.Stretch)
        self.steps.setWordWrap(True)
        self.steps.itemSelectionChanged.connect(self._update_buttons)
        self.step_buttons: dict[LadderStep, QPushButton] = {}
        steps_row = QHBoxLayout()
        for step in LadderStep:
            button = QPushButton(vocab(step))
            button.setObjectName(f"{step.value}_button")
            button.setVisible(allowed(ctx.actor, ladder.PERMISSIONS[step]))
            button.clicked.connect(lambda _c=False, s=step: self.take_step(s))
            steps_row.addWidget(button)
            self.step_buttons[step] = button
        self.letter_button = QPushButton(icon("fa5s.print"), self.tr("Stampa lettera"))
        self.letter_button.setObjectName("print_step_letter_button")
        self.letter_button.clicked.connect(self.print_letter)
        self.letter_button.setVisible(allowed(ctx.actor, Permission.EXPORT_PERSONAL))
        steps_row.addStretch(1)
        steps_row.addWidget(self.letter_button)

        self.plans = FittedTable([self.tr("Proposto il"), self.tr("Stato"), self.tr("Debito"),
                                  self.tr("Rate"), self.tr("Recuperato"), self.tr("Da recuperare"),
                                  self.tr("Rate non pagate"), self.tr("Firmato il")], "plans_table")
        self.plans.itemSelectionChanged.connect(self._show_instalments)
        self.instalments = FittedTable([self.tr("Rata"), self.tr("Scadenza"), self.tr("Importo"),
                                        self.tr("Coperto"), self.tr("Stato")], "instalments_table")
        self.plan_buttons: dict[str, QPushButton] = {}
        plans_row = QHBoxLayout()
        follow = allowed(ctx.actor, Permission.ARREARS_FOLLOW)
        for name, text, glyph in (("new", self.tr("Nuovo piano…"), "fa5s.plus-circle"),
                                  ("sign", self.tr("Firmato dal nucleo"), "fa5s.edit"),
                                  ("revise", self.tr("Rivedi…"), "fa5s.sync-alt"),
                                  ("print", self.tr("Stampa il piano"), "fa5s.print")):
            button = QPushButton(icon(glyph), text)
            button.setObjectName(f"plan_{name}_button")
            button.setVisible(follow)
            button.clicked.connect(getattr(self, f"plan_{name}"))
            plans_row.addWidget(button)
            self.plan_buttons[name] = button
        plans_row.addStretch(1)

        self.assessments = FittedTable([self.tr("Aperta il"), self.tr("Causa"), self.tr("Stato"),
                                        self.tr("Calo del reddito"), self.tr("Documenti mancanti"),
                                        self.tr("Misure")], "assessments_table")
        self.assessment_buttons: dict[str, QPushButton] = {}
        nofault_row = QHBoxLayout()
        for name, text in (("open", self.tr("Nuova valutazione…")),
                           ("update", self.tr("Aggiorna documenti e redditi…")),
                           ("decide", self.tr("Decidi…"))):
            button = QPushButton(text)
            button.setObjectName(f"assessment_{name}_button")
            button.setVisible(follow)
            button.clicked.connect(getattr(self, f"assessment_{name}"))
            nofault_row.addWidget(button)
            self.assessment_buttons[name] = button
        nofault_row.addStretch(1)

        content = QWidget()
        body = QVBoxLayout(content)
        body.addLayout(header)
        body.addWidget(self.support_chip)
        body.addWidget(self.summary)
        self.alerts_box = self._boxed(self.tr("Allerte"), self.alerts)
        body.addWidget(self.alerts_box)
        body.addWidget(self._boxed(self.tr("Percorso di sollecito"), self.steps, steps_row))
        body.addWidget(self._boxed(self.tr("Piani di rientro"), self.plans, plans_row,
                                   self.instalments))
        body.addWidget(self._boxed(self.tr("Morosità incolpevole"), self.assessments,
                                   nofault_row))
        body.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(content)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)
        self._show()

    def _boxed(self, title: str, *parts) -> QGroupBox:
        box = QGroupBox(title)
        column = QVBoxLayout(box)
        for part in parts:
            if isinstance(part, QWidget):
                column.addWidget(part)
            else:
                column.addLayout(part)
        return box

    def _review(self) -> None:
        if allowed(self.ctx.actor, Permission.LEDGER_READ):
            plans.review_plans(self.ctx)

    def refresh(self) -> None:
        self._review()
        self.file = arrears_file.arrears_file(self.ctx, self.household_id)
        self._show()

    def _show(self) -> None:
        f = self.file
        self.title.setText(self.tr("Morosità – nucleo {code}").format(code=f.household_code))
        owed = f.balance.balance_cents
        set_chip(self.balance_chip, self.tr("Debito {amount}").format(amount=fmt_money(owed))
                 if owed > 0 else self.tr("In regola"), "bad" if owed > 0 else "ok")
        if f.supported:
            set_chip(self.support_chip, self.tr("Passi legali sospesi: {reasons}").format(
                reasons=", ".join(vocab_word(r) for r in f.supported)), "info")
        else:
            self.support_chip.hide()
        self.summary.setText(self.tr("{name} · da pagare dal {since} · {months} mensilità").format(
            name=f.reference_name, since=fmt_date(f.balance.open_since) or "—",
            months=f"{f.balance.months_owed:.1f}".replace(".", ",")))
        self.alerts.set_rows([[fmt_date(a.fired_on), vocab(a.rule), a.detail, vocab(a.follow_up)]
                              for a in f.alerts])
        self.alerts_box.setVisible(bool(f.alerts))
        rows = ([f.pending_reminder] if f.pending_reminder else []) + list(f.steps)
        self._step_rows = rows
        self.steps.set_rows([[fmt_date(s.happened_on) or self.tr("da inviare"), vocab(s.step),
                              s.by, fmt_money(s.balance_cents) if s.happened_on else "",
                              vocab(s.cause) if s.cause else "", fmt_date(s.deadline),
                              "\n".join(p for p in (s.note, s.override_reason and self.tr(
                                  "Motivo del responsabile: {reason}").format(
                                  reason=s.override_reason)) if p),
                              self.tr("stampata") if s.letter_sha256 else ""] for s in rows],
                            [s.id for s in rows])
        self.steps.resizeRowsToContents()
        for step, button in self.step_buttons.items():
            button.setEnabled(step in f.next_steps and (step not in LEGAL_STEPS or owed > 0))
        self.plans.set_rows([[fmt_date(p.proposed_on), vocab(p.status), fmt_money(p.debt_cents),
                              str(len(p.instalments)), fmt_money(p.recovered_cents),
                              fmt_money(p.left_cents), str(p.missed), fmt_date(p.signed_on)]
                             for p in f.plans], [p.id for p in f.plans])
        if f.plans:
            self.plans.selectRow(0)
        self._show_instalments()
        self.assessments.set_rows([[fmt_date(a.opened_on), vocab(a.cause), vocab(a.status),
                                    "—" if a.drop_percent is None else f"{a.drop_percent}%",
                                    ", ".join(vocab(d) for d in a.missing),
                                    ", ".join(vocab(m) for m in a.measures)]
                                   for a in f.assessments])
        pending = self._pending_assessment()
        self.assessment_buttons["open"].setEnabled(pending is None)
        self.assessment_buttons["update"].setEnabled(pending is not None)
        self.assessment_buttons["decide"].setEnabled(pending is not None)
        self._update_buttons()

    def selected_plan(self):
        row = self.plans.currentRow()
        return self.file.plans[row] if 0 <= row < len(self.file.plans) else None

    def _show_instalments(self) -> None:
        plan = self.selected_plan()
        rows = plan.instalments if plan else ()
        self.instalments.set_rows([[str(i.number), fmt_date(i.due_on), fmt_money(i.amount_cents),
                                    fmt_money(i.covered_cents),
                                    self.tr("non pagata") if i.missed else self.tr("pagata")
                                    if i.covered_cents >= i.amount_cents else ""]
                                   for i in rows])
        live = any(p.status in (PlanStatus.PROPOSED, PlanStatus.SIGNED, PlanStatus.ACTIVE)
                   for p in self.file.plans)
        self.plan_buttons["new"].setEnabled(not live and self.file.balance.balance_cents > 0)
        self.plan_buttons["sign"].setEnabled(plan is not None and plan.status == PlanStatus.PROPOSED)
        self.plan_buttons["revise"].setEnabled(plan is not None and plan.status in (
            PlanStatus.SIGNED, PlanStatus.ACTIVE, PlanStatus.DEFAULTED))
        self.plan_buttons["print"].setEnabled(plan is not None)

    def _update_buttons(self) -> None:
        row = self.steps.currentRow()
        step = self._step_rows[row] if 0 <= row < len(self._step_rows) else None
        self.letter_button.setEnabled(step is not None and step.step in ladder.LETTERS)

    def _pending_assessment(self):
        return next((a for a in self.file.assessments if a.status == AssessmentStatus.PENDING),
                    None)

    # --- actions ----------------------------------------------------------------------

    def _saved(self, *_args) -> None:
        self.refresh()
        self.changed.emit(self.household_id)

    def take_step(self, step: LadderStep):
        return open_tracked(self, LadderStepDialog(self.ctx, self.file, step, self), self._saved)

    def _print(self, stem: str, work):
        path = temp_pdf(stem)

        def done(written) -> None:
            self.last_pdf = written
            self.refresh()
            open_file(written)

        return self.tasks.run(self.tr("Preparazione della stampa"), lambda _p: work(path), done,
                              lambda exc: task_failed(self, exc))

    def print_letter(self):
        row = self.steps.currentRow()
        if 0 <= row < len(self._step_rows):
            step = self._step_rows[row]
            return self._print(f"sollecito-{self.file.household_code}-{step.step.value}",
                               lambda path: arrears_printing.print_step_letter(
                                   self.ctx, step.id, path))
        return None

    def plan_new(self):
        return open_tracked(self, PlanEditor(self.ctx, self.file, self), self._saved)

    def plan_revise(self):
        plan = self.selected_plan()
        if plan is not None:
            return open_tracked(self, PlanEditor(self.ctx, self.file, self, revises=plan.id),
                                self._saved)
        return None

    def plan_sign(self) -> None:
        plan = self.selected_plan()
        if plan is None:
            return
        try:
            plans.sign_plan(self.ctx, plan.id)
        except UserError as exc:
            show_error(self, exc)
            return
        self._saved()

    def plan_print(self):
        plan = self.selected_plan()
        if plan is not None:
            return self._print(f"piano-{self.file.household_code}",
                               lambda path: arrears_printing.print_plan(self.ctx, plan.id, path))
        return None

    def assessment_open(self):
        return open_tracked(self, AssessmentDialog(self.ctx, self.household_id, self),
                            self._saved)

    def assessment_update(self):
        pending = self._pending_assessment()
        if pending is not None:
            return open_tracked(self, AssessmentDialog(self.ctx, self.household_id, self,
                                                       pending), self._saved)
        return None

    def assessment_decide(self):
        pending = self._pending_assessment()
        if pending is not None:
            return open_tracked(self, DecisionDialog(self.ctx, pending, self), self._saved)
        return None
