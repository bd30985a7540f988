"""The forms of the violations area: report a violation, take a step of its ladder, register
or renew a guest. Each is a StepDialog (errors under their field, input kept on a refusal)."""

from __future__ import annotations

import uuid
from datetime import timedelta

from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QPlainTextEdit, QWidget

from borgo_desktop.formatting import fmt_date
from borgo_desktop.models.enums import HouseholdStatus
from borgo_desktop.models.violations import GuestRelation, ViolationOutcome
from borgo_desktop.services.core import listing
from borgo_desktop.services.core.settings import get_setting
from borgo_desktop.services.violations import guests, rules, views, workflow
from borgo_desktop.ui.tickets.step_dialog import StepDialog
from borgo_desktop.ui.widgets.fields import DateEdit, enum_combo, set_combo_data
from borgo_desktop.ui.widgets.texts import vocab_word

NOTE_HEIGHT = 90


def household_combo(ctx, chosen: uuid.UUID | None = None) -> QComboBox:
    """Resident households by code, with their reference person."""
    combo = QComboBox()
    spec = listing.SPECS["households"]
    rows = listing.fetch_page(ctx, spec, {"status": HouseholdStatus.RESIDENT}, "code", False, 0,
                              2000)
    reference = [c.key for c in spec.columns].index("reference")
    for row in rows:
        combo.addItem(f"{row.values[0]} – {row.values[reference] or ''}".strip(" –"), str(row.id))
    if chosen is not None:
        set_combo_data(combo, str(chosen))
    return combo


def _note() -> QPlainTextEdit:
    note = QPlainTextEdit()
    note.setFixedHeight(NOTE_HEIGHT)
    note.setTabChangesFocus(True)
    return note


class ReportDialog(StepDialog):
    """A new violation: the household, what happened, who reported it, the article cited
    (the articles offered are those of the version the household had acknowledged)."""

    def __init__(self, ctx, parent: QWidget | None = None, *, household_id=None,
                 category: str | None = None, description: str = "") -> None:
        self.ctx = ctx
        self.household = household_combo(ctx, household_id)
        self.category = QComboBox()
        for code, label in views.list_categories(ctx):
            self.category.addItem(vocab_word(label), code)
        if category:
            set_combo_data(self.category, category)
        self.occurred_on = DateEdit(ctx.today())
        self.reported_by = QLineEdit()
        self.description = _note()
        self.description.setPlainText(description)
        self.rule = QComboBox()
        self.rule.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.rule.setMinimumContentsLength(30)
        self.rules_info = QLabel()
        self.rules_info.setObjectName("rules_info")
        self.rules_info.setWordWrap(True)
        fields = [("household", self.tr("Nucleo"), self.household),
                  ("category", self.tr("Categoria"), self.category),
                  ("occurred_on", self.tr("Giorno del fatto"), self.occurred_on),
                  ("reported_by", self.tr("Segnalata da"), self.reported_by),
                  ("description", self.tr("Che cosa è successo"), self.description),
                  ("rule_number", self.tr("Articolo del regolamento"), self.rule)]
        super().__init__(self.tr("Segnala una violazione del regolamento"), "", fields,
                         self._submit, parent, self.tr("Registra"))
        self.setObjectName("report_dialog")
        self.layout().insertWidget(self.layout().count() - 1, self.rules_info)
        self.household.currentIndexChanged.connect(self._fill_rules)
        self.occurred_on.dateChanged.connect(self._fill_rules)
        self._fill_rules()

    def _fill_rules(self, *_args) -> None:
        self.rule.clear()
        self.rule.addItem(self.tr("— nessun articolo citato —"), None)
        household = self.household.currentData()
        day = self.occurred_on.value()
        found = rules.acknowledged_rules(self.ctx, uuid.UUID(household), day) \
            if household and day else None
        if found is None:
            self.rules_info.setText(self.tr("Il nucleo non aveva preso visione di alcuna "
                                            "versione del regolamento in quel giorno."))
            return
        self.rules_info.setText(self.tr("Regolamento «{title}», versione {version}: presa "
                                        "visione del nucleo il {day}.").format(
            title=found.title, version=found.version, day=fmt_date(found.acknowledged_on)))
        for article in found.articles:
            self.rule.addItem(f"{article.number}. {article.text}", article.number)

    def _submit(self, values: dict):
        return workflow.report(self.ctx, workflow.ViolationInput(
            uuid.UUID(values["household"]) if values["household"] else None,
            values["category"] or "", values["occurred_on"], values["reported_by"],
            values["description"], values["rule_number"]))


class ViolationStepDialog(StepDialog):
    """The form of one step: its day and note; the deadline of a formal notice; the outcome
    of a resolution."""

    def __init__(self, ctx, detail, step: str, parent: QWidget | None = None) -> None:
        titles = {"verify": self.tr("Verifica della segnalazione"),
                  "dismiss": self.tr("Archiviazione: segnalazione non confermata"),
                  "verbal_warning": self.tr("Richiamo verbale"),
                  "written_warning": self.tr("Richiamo scritto"),
                  "formal_notice": self.tr("Diffida con termine"),
                  "resolve": self.tr("Risoluzione"),
                  "escalate": self.tr("Segnalazione al Comune")}
        self.ctx, self.detail, self.step = ctx, detail, step
        fields = [("on", self.tr("Data"), DateEdit(ctx.today())), ("note", self.tr("Nota"), _note())]
        if step == "formal_notice":
            days = int(get_setting(ctx, "violations.notice_days"))
            fields.insert(1, ("deadline", self.tr("Termine per adempiere"),
                              DateEdit(ctx.today() + timedelta(days=days))))
        if step == "resolve":
            fields.insert(1, ("outcome", self.tr("Esito"),
                              enum_combo(ViolationOutcome, blank=self.tr("— scegliere —"))))
        intro = self.tr("Violazione {code}, nucleo {household}: {category}.").format(
            code=detail.code, household=detail.household_code,
            category=vocab_word(detail.category_label))
        super().__init__(titles[step], intro, fields, self._submit, parent)
        self.setObjectName(f"{step}_dialog")

    def _submit(self, values: dict):
        outcome = values.get("outcome")
        return workflow.advance(self.ctx, self.detail.id, self.step, workflow.StepInput(
            values["note"], values["on"], values.get("deadline"),
            ViolationOutcome(outcome) if outcome else None))


class GuestDialog(StepDialog):
    def __init__(self, ctx, parent: QWidget | None = None) -> None:
        self.ctx = ctx
        relation = enum_combo(GuestRelation)
        set_combo_data(relation, GuestRelation.OTHER)
        fields = [("household", self.tr("Nucleo che ospita"), household_combo(ctx)),
                  ("guest_name", self.tr("Nome dell'ospite"), QLineEdit()),
                  ("tax_code", self.tr("Codice fiscale (se noto)"), QLineEdit()),
                  ("relation", self.tr("Rapporto con il nucleo"), relation),
                  ("starts_on", self.tr("Dal"), DateEdit(ctx.today())),
                  ("planned_until", self.tr("Fino al"), DateEdit(ctx.today() + timedelta(days=90))),
                  ("note", self.tr("Nota"), _note())]
        super().__init__(self.tr("Registra un ospite"), self.tr(
            "Le regole consentono l'ospitalità per un periodo limitato e con l'autorizzazione "
            "dell'ufficio."), fields, self._submit, parent)
        self.setObjectName("guest_dialog")

    def _submit(self, values: dict):
        return guests.register_guest(self.ctx, guests.GuestInput(
            uuid.UUID(values["household"]) if values["household"] else None,
            values["guest_name"], GuestRelation(values["relation"]), values["starts_on"],
            values["planned_until"], values["tax_code"], values["note"]))


class RenewDialog(StepDialog):
    def __init__(self, ctx, stay, parent: QWidget | None = None) -> None:
        fields = [("planned_until", self.tr("Nuova fine"),
                   DateEdit(stay.planned_until + timedelta(days=90))),
                  ("note", self.tr("Nota"), _note())]
        super().__init__(self.tr("Rinnovo dell'ospitalità"), self.tr(
            "{name}, ospite del nucleo {household} fino al {day}.").format(
            name=stay.guest_name, household=stay.household_code,
            day=fmt_date(stay.planned_until)), fields,
            lambda v: guests.renew_stay(ctx, stay.id, v["planned_until"], v["note"]), parent)
        self.setObjectName("renew_dialog")
