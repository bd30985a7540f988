"""Forms of a household's arrears file: a step of the reminder ladder, the repayment plan
editor (with its schedule as it will be printed), a no-fault assessment and its decision."""

from __future__ import annotations

import uuid
from datetime import date, timedelta

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QFormLayout, QGroupBox, QLabel, QLineEdit, QPlainTextEdit, QSpinBox,
    QVBoxLayout, QWidget,
)

from borgo_desktop.errors import UserError
from borgo_desktop.formatting import fmt_date, fmt_money
from borgo_desktop.models.arrears import (
    LEGAL_STEPS, NO_FAULT_CAUSES, ArrearsCause, LadderStep, Measure, NoFaultDocument,
)
from borgo_desktop.services.ledger import ladder, nofault, plans
from borgo_desktop.ui.tickets.step_dialog import StepDialog
from borgo_desktop.ui.widgets.display import FittedTable
from borgo_desktop.ui.widgets.fields import DateEdit, MoneyEdit, enum_combo
from borgo_desktop.ui.widgets.forms import DirtyDialog, FormErrors, banner_label
from borgo_desktop.ui.widgets.texts import problems_of, vocab, vocab_word


def _note() -> QPlainTextEdit:
    note = QPlainTextEdit()
    note.setFixedHeight(80)
    note.setTabChangesFocus(True)
    return note


class LadderStepDialog(StepDialog):
    """One step of the ladder; a legal step while the household is supported asks the
    manager's reason (the refusal says so otherwise)."""

    def __init__(self, ctx, file, step: LadderStep, parent: QWidget | None = None) -> None:
        self.ctx, self.file, self.step = ctx, file, step
        fields = [("on", self.tr("Data"), DateEdit(ctx.today()))]
        if step == LadderStep.SOCIAL_MEETING:
            fields.append(("cause", self.tr("Causa emersa nel colloquio"),
                           enum_combo(ArrearsCause, blank=self.tr("— scegliere —"))))
        if step == LadderStep.HANDED_OVER:
            fields.append(("recipient", self.tr("Affidata a"), QLineEdit()))
        fields.append(("note", self.tr("Nota"), _note()))
        if step in LEGAL_STEPS and file.supported:
            fields.append(("override_reason", self.tr("Motivo per procedere comunque"), _note()))
        intro = self.tr("Nucleo {code}: debito di {amount}.").format(
            code=file.household_code, amount=fmt_money(file.balance.balance_cents))
        if step in LEGAL_STEPS and file.supported:
            intro += "\n" + self.tr("Il nucleo è sostenuto ({reasons}): un passo legale è "
                                    "possibile solo indicando il motivo.").format(
                reasons=", ".join(vocab_word(r) for r in file.supported))
        super().__init__(vocab(step), intro, fields, self._submit, parent)
        self.setObjectName(f"{step.value}_dialog")

    def _submit(self, values: dict):
        cause = values.get("cause")
        return ladder.take_step(self.ctx, self.file.household_id, self.step, ladder.StepInput(
            values["note"], values["on"], ArrearsCause(cause) if cause else None,
            recipient=values.get("recipient", ""),
            override_reason=values.get("override_reason", "")))


class PlanEditor(DirtyDialog):
    """A repayment plan proposed (or a revision): debt, instalments, first due date; the
    schedule below shows what the household will sign."""

    saved = Signal(object)

    def __init__(self, ctx, file, parent: QWidget | None = None, revises=None) -> None:
        super().__init__(parent)
        self.setObjectName("plan_editor")
        self.ctx, self.file, self.revises = ctx, file, revises
        self.setWindowTitle(self.tr("Revisione del piano di rientro") if revises
                            else self.tr("Nuovo piano di rientro"))
        self.setMinimumWidth(520)
        self.errors = FormErrors(banner_label())
        self.debt = MoneyEdit(file.balance.balance_cents)
        self.count = QSpinBox()
        self.count.setRange(1, 120)
        self.count.setValue(12)
        self.count.setSuffix(self.tr(" rate mensili"))
        self.first = DateEdit(_next_tenth(ctx.today()))
        self.note = _note()
        form = QFormLayout()
        for key, label, widget in (("debt_cents", self.tr("Debito riconosciuto"), self.debt),
                                   ("instalments", self.tr("Rate"), self.count),
                                   ("first_due_on", self.tr("Prima rata"), self.first),
                                   ("note", self.tr("Nota"), self.note)):
            widget.setObjectName(f"{key}_field")
            column = QVBoxLayout()
            column.addWidget(widget)
            column.addWidget(self.errors.register(key, widget))
            form.addRow(label, column)
        self.rent = QLabel(self.tr("Il canone corrente ({amount} al mese) si paga in più, alle "
                                   "sue scadenze.").format(
            amount=fmt_money(file.balance.monthly_cents)))
        self.rent.setWordWrap(True)
        self.schedule = FittedTable([self.tr("Rata"), self.tr("Scadenza"), self.tr("Importo")],
                                    "schedule_table")
        box = QGroupBox(self.tr("Prospetto delle rate"))
        QVBoxLayout(box).addWidget(self.schedule)
        buttons, self.save_button = self.save_cancel_buttons()
        self.save_button.setText(self.tr("Proponi"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.errors.banner)
        layout.addLayout(form)
        layout.addWidget(self.rent)
        layout.addWidget(box)
        layout.addWidget(buttons)
        for signal in (self.debt.textChanged, self.count.valueChanged, self.first.dateChanged):
            signal.connect(self.update_schedule)
        self.watch(self)
        self.update_schedule()

    def values(self) -> plans.PlanInput:
        return plans.PlanInput(self.count.value(), self.first.value(), self.debt.cents(),
                               self.note.toPlainText())

    def update_schedule(self, *_args) -> None:
        try:
            debt = self.debt.cents() or 0
        except ValueError:
            debt = 0
        rows = plans.schedule(debt, self.count.value(), self.first.value() or self.ctx.today()) \
            if debt > 0 else []
        shown = rows if len(rows) <= 13 else rows[:12] + rows[-1:]
        self.schedule.set_rows([[str(n), fmt_date(d), fmt_money(a)] for n, d, a in shown])

    def save(self) -> None:
        self.errors.clear()
        try:
            data = self.values()
        except ValueError:
            self.errors.show_banner([self.tr("L'importo non è scritto correttamente "
                                             "(esempio: 1.234,50).")])
            return
        try:
            if self.revises is not None:
                result = plans.revise_plan(self.ctx, self.revises, data)
            else:
                result = plans.propose_plan(self.ctx, self.file.household_id, data)
        except UserError as exc:
            rest = self.errors.show(problems_of(exc))
            self.errors.show_banner(list(rest.values()))
            return
        self.mark_clean()
        self.saved.emit(result)
        self.accept()


def _next_tenth(day: date) -> date:
    """The 10th of next month: a first instalment's usual due date."""
    return (day.replace(day=1) + timedelta(days=32)).replace(day=10)


class AssessmentDialog(StepDialog):
    """A no-fault assessment opened (or updated): cause, event, income, documents."""

    def __init__(self, ctx, household_id: uuid.UUID, parent: QWidget | None = None,
                 current=None) -> None:
        self.ctx, self.household_id, self.current = ctx, household_id, current
        cause = QComboBox()
        cause.addItem(self.tr("— scegliere —"), None)
        for member in NO_FAULT_CAUSES:
            cause.addItem(vocab(member), member.value)
        event = DateEdit(current.event_on if current else None)
        before = MoneyEdit(current.income_before_cents if current else None)
        after = MoneyEdit(current.income_after_cents if current else None)
        self.documents = {d: QCheckBox(vocab(d)) for d in NoFaultDocument}
        docs = QWidget()
        column = QVBoxLayout(docs)
        column.setContentsMargins(0, 0, 0, 0)
        for document, box in self.documents.items():
            box.setObjectName(f"document_{document.value}")
            box.setChecked(bool(current and document in current.documents))
            column.addWidget(box)
        if current is not None:
            cause.setCurrentIndex(max(0, cause.findData(current.cause.value)))
        fields = [("cause", self.tr("Causa"), cause),
                  ("event_on", self.tr("Da quando"), event),
                  ("income_before_cents", self.tr("Reddito mensile prima"), before),
                  ("income_after_cents", self.tr("Reddito mensile dopo"), after)]
        if current is None:
            fields.append(("note", self.tr("Nota"), _note()))
        super().__init__(self.tr("Valutazione di morosità incolpevole"), self.tr(
            "Finché la valutazione è in corso i passi legali sono sospesi."), fields,
            self._submit, parent)
        self.setObjectName("assessment_dialog")
        self.layout().insertWidget(self.layout().count() - 1, QLabel(self.tr(
            "Documenti consegnati:")))
        self.layout().insertWidget(self.layout().count() - 1, docs)
        self.watch(docs)

    def _submit(self, values: dict):
        cause = values["cause"]
        data = nofault.NoFaultInput(
            ArrearsCause(cause) if cause else None, values["event_on"],
            values["income_before_cents"], values["income_after_cents"],
            tuple(d for d, box in self.documents.items() if box.isChecked()),
            values.get("note", ""))
        if self.current is not None:
            return nofault.update_assessment(self.ctx, self.current.id, data)
        return nofault.open_assessment(self.ctx, self.household_id, data)


class DecisionDialog(StepDialog):
    def __init__(self, ctx, assessment, parent: QWidget | None = None) -> None:
        self.ctx, self.assessment = ctx, assessment
        outcome = QComboBox()
        outcome.addItem(self.tr("Riconosciuta"), True)
        outcome.addItem(self.tr("Non riconosciuta"), False)
        self.measures = {m: QCheckBox(vocab(m)) for m in Measure}
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        for measure, check in self.measures.items():
            check.setObjectName(f"measure_{measure.value}")
            column.addWidget(check)
        fields = [("recognised", self.tr("Esito"), outcome), ("on", self.tr("Data"),
                                                               DateEdit(ctx.today())),
                  ("note", self.tr("Nota"), _note())]
        missing = ", ".join(vocab(d) for d in assessment.missing)
        intro = self.tr("Calo del reddito: {drop}.").format(
            drop="—" if assessment.drop_percent is None else f"{assessment.drop_percent}%")
        if missing:
            intro += " " + self.tr("Documenti mancanti: {docs}.").format(docs=missing)
        super().__init__(self.tr("Decisione sulla morosità incolpevole"), intro, fields,
                         self._submit, parent)
        self.setObjectName("decision_dialog")
        label = QLabel(self.tr("Misure concordate:"))
        self.layout().insertWidget(self.layout().count() - 1, label)
        self.layout().insertWidget(self.layout().count() - 1, box)
        self.watch(box)

    def _submit(self, values: dict):
        return nofault.decide(self.ctx, self.assessment.id, bool(values["recognised"]),
                              tuple(m for m, c in self.measures.items() if c.isChecked()),
                              values["note"], values["on"])
