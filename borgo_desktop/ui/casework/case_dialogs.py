"""Forms of the case page: assessment scores, the pact editor, the review of the pact and a
referral. Each keeps what was typed when the service refuses it (ActionDialog)."""

from __future__ import annotations

import uuid

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from borgo_desktop.errors import UserError, ValidationError
from borgo_desktop.formatting import fmt_date, parse_date
from borgo_desktop.models.casework import (
    ActionOwner,
    CaseOrigin,
    Dimension,
    GoalOutcome,
    ReferralReason,
)
from borgo_desktop.services.casework import records as rec
from borgo_desktop.services.casework.views import PlanView
from borgo_desktop.services.core.context import Context
from borgo_desktop.ui.widgets.action_dialog import ActionDialog
from borgo_desktop.ui.widgets.forms import error_label
from borgo_desktop.ui.casework.service_picker import ServicePicker
from borgo_desktop.ui.widgets.fields import (
    DateEdit,
    combo_enum,
    enum_combo,
    set_combo_data,
)
from borgo_desktop.ui.widgets.texts import vocab


class AssessmentDialog(ActionDialog):
    """The seven dimensions, each with a score (or "non valutata") and a short note."""

    def __init__(self, ctx: Context, case_id: uuid.UUID, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Valutazione multidimensionale"), parent)
        self.setObjectName("assessment_dialog")
        self.setMinimumWidth(640)
        self.ctx, self.case_id = ctx, case_id
        self.date_edit = DateEdit(ctx.today())
        self.date_edit.setObjectName("assessed_on_edit")
        self.add_row(self.tr("Data"), self.date_edit, "assessed_on")
        grid_box = QWidget()
        grid = QGridLayout(grid_box)
        grid.setContentsMargins(0, 0, 0, 0)
        self.form.addRow("", QLabel(self.tr("Punteggio: 1 = grave difficoltà … 5 = piena autonomia")))
        grid.addWidget(QLabel(self.tr("Punteggio")), 0, 1)
        grid.addWidget(QLabel(self.tr("Nota breve")), 0, 2)
        self.scores: dict[Dimension, tuple[QSpinBox, QLineEdit]] = {}
        for row, dimension in enumerate(Dimension, start=1):
            spin = QSpinBox()
            spin.setObjectName(f"score_{dimension.value}")
            spin.setRange(0, 5)
            spin.setSpecialValueText(self.tr("non valutata"))
            spin.setMinimumWidth(120)
            spin.setMaximumWidth(140)
            note = QLineEdit()
            note.setObjectName(f"note_{dimension.value}")
            note.setMaxLength(300)
            grid.addWidget(QLabel(vocab(dimension)), row, 0)
            grid.addWidget(spin, row, 1)
            grid.addWidget(note, row, 2)
            self.scores[dimension] = (spin, note)
        grid.setColumnStretch(2, 1)
        self.add_row("", grid_box, "scores")
        self.summary = QLineEdit()
        self.summary.setObjectName("assessment_summary")
        self.add_row(self.tr("Sintesi"), self.summary)

    def submit(self) -> None:
        rec.add_assessment(self.ctx, self.case_id, self.date_edit.value(),
                           {d: (spin.value() or None, note.text())
                            for d, (spin, note) in self.scores.items()}, self.summary.text())


class PlanDialog(ActionDialog):
    """The pact: goals (text, indicator, due date), actions (who, when), review every N months,
    and — when the household signs — the date of the signature."""

    GOAL_ROWS, ACTION_ROWS = 5, 5

    def __init__(self, ctx: Context, case_id: uuid.UUID, plan: PlanView | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Patto di accompagnamento"), parent)
        self.setObjectName("plan_dialog")
        self.setMinimumWidth(1000)
        self.ctx, self.case_id = ctx, case_id
        self.goals = self._table("goals_table", [self.tr("Obiettivo"), self.tr("Indicatore"),
                                                 self.tr("Entro il (gg/mm/aaaa)")], self.GOAL_ROWS)
        self.add_row(self.tr("Obiettivi"), self.goals, "goals")
        self.actions = self._table("actions_table", [
            self.tr("Azione"), self.tr("Chi"), self.tr("Servizio o persona"),
            self.tr("Entro il"), self.tr("Obiettivo n.")], self.ACTION_ROWS)
        header = self.actions.horizontalHeader()
        for column in (1, 3, 4):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.goals.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        for row in range(self.ACTION_ROWS):
            combo = enum_combo(ActionOwner)
            combo.setObjectName(f"action_owner_{row}")
            self.actions.setCellWidget(row, 1, combo)
        self.add_row(self.tr("Azioni"), self.actions, "actions")
        self.review_months = QSpinBox()
        self.review_months.setObjectName("review_months")
        self.review_months.setRange(1, 24)
        self.review_months.setValue(plan.review_months if plan else 6)
        self.review_months.setSuffix(self.tr(" mesi"))
        self.add_row(self.tr("Verifica ogni"), self.review_months, "review_months")
        self.agreed_check = QCheckBox(self.tr("Il nucleo ha firmato il patto il"))
        self.agreed_check.setObjectName("agreed_check")
        self.agreed_edit = DateEdit(ctx.today())
        self.agreed_edit.setObjectName("agreed_on_edit")
        self.add_row(self.agreed_check, self.agreed_edit, "agreed_on")
        if plan is not None:
            self._load(plan)

    @staticmethod
    def _table(name: str, headers: list[str], rows: int) -> QTableWidget:
        table = QTableWidget(rows, len(headers))
        table.setObjectName(name)
        table.setHorizontalHeaderLabels(headers)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        table.verticalHeader().setDefaultSectionSize(26)
        # A long action wraps onto a second line instead of ending in «…».
        table.setWordWrap(True)
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.setMinimumHeight(26 * rows + 30)
        return table

    def _load(self, plan: PlanView) -> None:
        for row, goal in enumerate(plan.goals[:self.GOAL_ROWS]):
            for column, text in enumerate((goal.text, goal.indicator, fmt_date(goal.due_on))):
                self.goals.setItem(row, column, QTableWidgetItem(text))
        for row, action in enumerate(plan.actions[:self.ACTION_ROWS]):
            self.actions.setItem(row, 0, QTableWidgetItem(action.text))
            set_combo_data(self.actions.cellWidget(row, 1), ActionOwner(action.owner))
            for column, text in ((2, action.owner_name), (3, fmt_date(action.due_on)),
                                 (4, str(action.goal_position or ""))):
                self.actions.setItem(row, column, QTableWidgetItem(text))

    def set_goal(self, row: int, text: str, indicator: str, due: str = "") -> None:
        for column, value in enumerate((text, indicator, due)):
            self.goals.setItem(row, column, QTableWidgetItem(value))

    @staticmethod
    def _cell(table: QTableWidget, row: int, column: int) -> str:
        item = table.item(row, column)
        return item.text().strip() if item else ""

    def _date(self, text: str, key: str, problems: dict):
        if not text:
            return None
        try:
            return parse_date(text)
        except ValueError:
            problems[key] = UserError("Data non valida: scrivere gg/mm/aaaa.", field=key)
            return None

    def inputs(self) -> rec.PlanInput:
        problems: dict[str, UserError] = {}
        goals, actions = [], []
        for row in range(self.GOAL_ROWS):
            text, indicator, due = (self._cell(self.goals, row, c) for c in range(3))
            if text or indicator or due:
                goals.append(rec.GoalInput(text, indicator, self._date(due, "goals", problems)))
        for row in range(self.ACTION_ROWS):
            text = self._cell(self.actions, row, 0)
            if not text:
                continue
            number = self._cell(self.actions, row, 4)
            goal_index = int(number) - 1 if number.isdigit() else None
            actions.append(rec.ActionInput(
                text, combo_enum(self.actions.cellWidget(row, 1), ActionOwner),
                self._cell(self.actions, row, 2),
                self._date(self._cell(self.actions, row, 3), "actions", problems), goal_index))
        if problems:
            raise ValidationError(problems)
        return rec.PlanInput(goals, actions, self.review_months.value())

    def submit(self) -> None:
        data = self.inputs()
        try:
            rec.save_plan(self.ctx, self.case_id, data)
        except ValidationError as exc:  # row problems shown under the table they belong to
            raise ValidationError({key.split(".")[0]: p for key, p in
                                   reversed(exc.problems.items())}) from exc
        if self.agreed_check.isChecked():
            rec.agree_plan(self.ctx, self.case_id, self.agreed_edit.value())


class ReviewDialog(ActionDialog):
    """The outcome of each goal of the current pact."""

    def __init__(self, ctx: Context, case_id: uuid.UUID, plan: PlanView,
                 parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Verifica del patto"), parent)
        self.setObjectName("review_dialog")
        self.setMinimumWidth(620)
        self.ctx, self.case_id = ctx, case_id
        self.date_edit = DateEdit(ctx.today())
        self.date_edit.setObjectName("reviewed_on_edit")
        self.add_row(self.tr("Data"), self.date_edit, "reviewed_on")
        self.outcomes: dict[uuid.UUID, tuple[QComboBox, QLineEdit]] = {}
        for goal in plan.goals:
            combo = enum_combo(GoalOutcome)
            combo.setObjectName(f"outcome_{goal.position}")
            set_combo_data(combo, GoalOutcome(goal.outcome))
            note = QLineEdit()
            note.setObjectName(f"outcome_note_{goal.position}")
            note.setPlaceholderText(self.tr("nota"))
            box = QWidget()
            row = QGridLayout(box)
            row.setContentsMargins(0, 0, 0, 0)
            row.addWidget(combo, 0, 0)
            row.addWidget(note, 0, 1)
            self.add_row(f"{goal.position}. {goal.text}", box)
            self.outcomes[goal.id] = (combo, note)
        self.replan = QCheckBox(self.tr("Serve un nuovo patto (ripianificare)"))
        self.replan.setObjectName("replan_check")
        self.add_row("", self.replan, "outcomes")
        self.summary = QLineEdit()
        self.summary.setObjectName("review_summary")
        self.add_row(self.tr("Sintesi"), self.summary)

    def submit(self) -> None:
        rec.record_review(self.ctx, self.case_id, self.date_edit.value(),
                          {goal_id: (combo_enum(combo, GoalOutcome), note.text())
                           for goal_id, (combo, note) in self.outcomes.items()},
                          self.summary.text(), self.replan.isChecked())


class ReferralDialog(ActionDialog):
    """Send the household to a service, with the person's consent."""

    def __init__(self, ctx: Context, case_id: uuid.UUID, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Invio a un servizio"), parent)
        self.setObjectName("referral_dialog")
        self.ctx, self.case_id = ctx, case_id
        self.setMinimumWidth(680)
        self.service = ServicePicker(ctx)
        self.add_row(self.tr("Servizio"), self.service, "service_name")
        self.reason = enum_combo(ReferralReason, blank=self.tr("Scegliere…"))
        self.reason.setObjectName("referral_reason")
        self.add_row(self.tr("Motivo"), self.reason, "reason")
        hint = QLabel(self.tr("Solo la categoria: mai diagnosi o dettagli clinici."))
        hint.setWordWrap(True)
        self.form.addRow("", hint)
        self.consent_by = QLineEdit()
        self.consent_by.setObjectName("consent_by")
        self.add_row(self.tr("Consenso dato da"), self.consent_by, "consent_by")
        self.consent_on = DateEdit(ctx.today())
        self.consent_on.setObjectName("consent_on")
        self.add_row(self.tr("Consenso del"), self.consent_on, "consent_on")
        self.errors["sent_on"] = error_label("sent_on")
        self.form.addRow("", self.errors["sent_on"])

    def submit(self) -> None:
        rec.add_referral(self.ctx, self.case_id, rec.ReferralInput(
            self.service.service_name(), combo_enum(self.reason, ReferralReason),
            self.consent_on.value(), self.consent_by.text(),
            directory_service_id=self.service.service_id()))


class OpenCaseDialog(ActionDialog):
    """A worker starts the accompaniment of a household (and is assigned to it)."""

    def __init__(self, ctx: Context, household_id: uuid.UUID, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Avvia percorso di accompagnamento"), parent)
        self.setObjectName("open_case_dialog")
        self.ctx, self.household_id = ctx, household_id
        self.case_id: uuid.UUID | None = None
        self.origin = enum_combo(CaseOrigin)
        self.origin.setObjectName("case_origin")
        self.add_row(self.tr("Come è nato"), self.origin, "origin")
        self.reason = QLineEdit()
        self.reason.setObjectName("case_reason")
        self.reason.setMaxLength(200)
        self.reason.setPlaceholderText(self.tr("breve, senza dati sanitari"))
        self.add_row(self.tr("Motivo"), self.reason, "reason")
        self.date_edit = DateEdit(ctx.today())
        self.date_edit.setObjectName("opened_on_edit")
        self.add_row(self.tr("Data della segnalazione"), self.date_edit, "on")

    def submit(self) -> None:
        from borgo_desktop.services.casework import cases

        self.case_id = cases.open_case(self.ctx, self.household_id,
                                       combo_enum(self.origin, CaseOrigin), self.reason.text(),
                                       self.date_edit.value())
