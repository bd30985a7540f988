"""One action of the communication plan: add or edit it («edit»), mark it done with its reach
(«done»), or cancel it with a reason («cancel»). Every problem the service finds is shown under
its field, in the dialog, and nothing typed is lost."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox, QFormLayout, QLabel, QLineEdit, QPlainTextEdit, QSpinBox, QVBoxLayout, QWidget,
)

from borgo_desktop.models.communication import PlanAudience, PlanPhase
from borgo_desktop.services.communication import deliveries, plan, templates
from borgo_desktop.ui.widgets.fields import DateEdit, combo_enum, enum_combo, set_combo_data
from borgo_desktop.ui.widgets.forms import DirtyDialog, FormErrors, banner_label, hint_label

MAX_COUNT = 1_000_000


class PlanActionDialog(DirtyDialog):
    saved = Signal(object)  # the ActionView

    def __init__(self, ctx, action: plan.ActionView | None = None, parent: QWidget | None = None,
                 *, mode: str = "edit") -> None:
        super().__init__(parent)
        self.setObjectName("plan_action_dialog")
        self.ctx, self.action, self.mode = ctx, action, mode
        titles = {"edit": self.tr("Modifica azione del piano") if action
                  else self.tr("Nuova azione del piano"),
                  "done": self.tr("Segna come svolta"), "cancel": self.tr("Annulla azione")}
        self.setWindowTitle(titles[mode])
        self.errors = FormErrors(banner_label())
        form = QFormLayout()
        self.phase = enum_combo(PlanPhase, blank=self.tr("— scegliere —"))
        self.audience = enum_combo(PlanAudience, blank=self.tr("— scegliere —"))
        self.title = QLineEdit()
        self.title.setObjectName("plan_title")
        self.title.setMaxLength(160)
        self.planned_on = DateEdit()
        self.planned_on.setObjectName("plan_date")
        self.channel = QComboBox()
        self.channel.setEditable(True)
        self.channel.addItems(["", *plan.CHANNELS])
        self.owner = QLineEdit()
        self.owner.setPlaceholderText(self.tr("es. Ufficio di borgo, custode sociale"))
        self.template = QComboBox()
        self.template.addItem(self.tr("— nessuno —"), "")
        for t in templates.list_templates(ctx):
            self.template.addItem(f"{t.code} · {t.name}", t.code)
        self.material = QLineEdit()
        self.material.setPlaceholderText(self.tr("es. volantino, presentazione, cartella stampa"))
        self.mailing = QComboBox()
        self.mailing.addItem(self.tr("— nessuna —"), "")
        for m in deliveries.list_mailings(ctx, limit=200):
            self.mailing.addItem(f"{m.code} · {m.template_name} · {m.target_label}", m.code)
        self.mailing.currentIndexChanged.connect(self._linked)
        self.delivered = QSpinBox()
        self.delivered.setObjectName("plan_delivered")
        self.delivered.setRange(0, MAX_COUNT)
        self.attended = QSpinBox()
        self.attended.setObjectName("plan_attended")
        self.attended.setRange(0, MAX_COUNT)
        self.counted = hint_label(self.tr("Collegata a una comunicazione: i raggiunti si "
                                          "contano dal registro delle consegne."))
        self.notes = QPlainTextEdit()
        self.notes.setFixedHeight(56)
        self.reason = QLineEdit()
        self.reason.setObjectName("plan_reason")
        rows = {"edit": [("phase", self.tr("Fase"), self.phase),
                         ("audience", self.tr("Destinatari"), self.audience),
                         ("title", self.tr("Azione"), self.title),
                         ("planned_on", self.tr("Data"), self.planned_on),
                         ("channel", self.tr("Canale"), self.channel),
                         ("owner", self.tr("Referente"), self.owner),
                         ("template_code", self.tr("Modello usato"), self.template),
                         ("material", self.tr("Materiale"), self.material),
                         ("mailing_code", self.tr("Comunicazione inviata"), self.mailing),
                         ("notes", self.tr("Note"), self.notes)],
                "done": [("delivered", self.tr("Raggiunti"), self.delivered),
                         ("attended", self.tr("Presenti"), self.attended)],
                "cancel": [("reason", self.tr("Motivo"), self.reason)]}[mode]
        if mode == "edit" and action is not None and action.status == plan.PlanStatus.DONE:
            rows += [("delivered", self.tr("Raggiunti"), self.delivered),
                     ("attended", self.tr("Presenti"), self.attended)]
        for key, label, widget in rows:
            box = QVBoxLayout()
            box.setSpacing(1)
            box.addWidget(widget)
            box.addWidget(self.errors.register(key, widget))
            form.addRow(label, box)
        self.has_reach = any(key == "attended" for key, _l, _w in rows)
        if self.has_reach:
            form.addRow("", self.counted)
        heading = QLabel(f"<b>{action.title}</b>" if action and mode != "edit" else "")
        heading.setVisible(bool(heading.text()))
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addLayout(form)
        layout.addWidget(self.errors.banner)
        buttons, _save = self.save_cancel_buttons()
        layout.addWidget(buttons)
        self._load()
        self.watch(self)
        self.errors.clear()

    def _load(self) -> None:
        a = self.action
        if a is None:
            self.planned_on.set_value(self.ctx.today())
            self._linked()
            return
        set_combo_data(self.phase, a.phase)
        set_combo_data(self.audience, a.audience)
        self.title.setText(a.title)
        self.planned_on.set_value(a.planned_on)
        self.channel.setCurrentText(a.channel)
        self.owner.setText(a.owner)
        set_combo_data(self.template, a.template_code)
        self.material.setText(a.material)
        set_combo_data(self.mailing, a.mailing_code)
        self.delivered.setValue(a.delivered)
        self.attended.setValue(a.attended)
        self.notes.setPlainText(a.notes)
        self._linked()

    def _linked(self, *_args) -> None:
        linked = bool(self.mailing.currentData())
        self.delivered.setEnabled(not linked)
        self.counted.setVisible(linked and self.has_reach)

    def data(self) -> plan.ActionInput:
        return plan.ActionInput(
            combo_enum(self.phase, PlanPhase), combo_enum(self.audience, PlanAudience),
            self.title.text(), self.planned_on.value(), self.channel.currentText(),
            self.owner.text(), self.template.currentData() or "", self.material.text(),
            self.mailing.currentData() or "", self.notes.toPlainText())

    def reach(self) -> plan.Reach:
        linked = bool(self.mailing.currentData())
        return plan.Reach(None if linked else self.delivered.value(), self.attended.value())

    def save(self) -> None:
        self.save_with(self.errors, self._call)

    def _call(self):
        if self.mode == "done":
            return plan.mark_done(self.ctx, self.action.id, self.reach())
        if self.mode == "cancel":
            return plan.cancel_action(self.ctx, self.action.id, self.reason.text())
        if self.action is None:
            return plan.create_action(self.ctx, self.data())
        return plan.update_action(self.ctx, self.action.id, self.data(),
                                  self.reach() if self.has_reach else None)
