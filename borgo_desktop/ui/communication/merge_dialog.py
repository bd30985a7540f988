"""Write to households: a template, the recipients (one household, the rows chosen in a
list, a building, a staircase, every resident, a group's members, an event's participants),
large print if wanted; the batch is checked (a missing field stops it before anything is
printed and names the households), merged on the worker with progress and cancel, then shown
here to print or save. Each household's delivery is recorded by the service."""

from __future__ import annotations

import tempfile
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel,
    QLineEdit, QPushButton, QVBoxLayout, QWidget,
)

from borgo_desktop.errors import UserError
from borgo_desktop.models.communication import DeliveryChannel
from borgo_desktop.services.communication import merge, recipients, templates
from borgo_desktop.services.communication.fields import catalogue
from borgo_desktop.services.community import community
from borgo_desktop.services.registry import registry
from borgo_desktop.ui.communication.pdf_preview import PdfPreview
from borgo_desktop.ui.tasks import Cancelled, TaskRunner
from borgo_desktop.ui.widgets.dialogs import task_failed
from borgo_desktop.ui.widgets.display import WARN_STYLE
from borgo_desktop.ui.widgets.fields import enum_combo, set_combo_data
from borgo_desktop.ui.widgets.texts import problems_of, vocab_word


class MergeDialog(QDialog):
    printed = Signal(object)  # the MailingView of the batch

    def __init__(self, ctx, parent: QWidget | None = None, *, template_code: str = "",
                 target: str = "") -> None:
        super().__init__(parent)
        self.setObjectName("merge_dialog")
        self.setWindowTitle(self.tr("Scrivi ai nuclei"))
        self.resize(1100, 720)
        self.ctx = ctx
        self.tasks = TaskRunner(self)
        self.mailing: merge.MailingView | None = None
        self.template = QComboBox()
        self.template.setObjectName("template_combo")
        for t in templates.list_templates(ctx):
            self.template.addItem(f"{t.name} ({t.code}, v. {t.version})", t.code)
        self.kind = QComboBox()
        self.kind.setObjectName("target_kind_combo")
        for key, label in (("household", self.tr("Un nucleo")),
                           ("households", self.tr("I nuclei scelti nell'elenco")),
                           ("staircase", self.tr("Una scala")),
                           ("building", self.tr("Un edificio")),
                           ("all", self.tr("Tutti i nuclei residenti")),
                           ("group", self.tr("I componenti di un gruppo")),
                           ("event", self.tr("I partecipanti a un evento"))):
            self.kind.addItem(label, key)
        self.value = QComboBox()
        self.value.setObjectName("target_value_combo")
        self.value.setEditable(True)
        self.value.setMinimumContentsLength(24)
        self.kind.currentIndexChanged.connect(self._fill_values)
        self.large_print = QCheckBox(self.tr("Caratteri grandi"))
        self.channel = enum_combo(DeliveryChannel, blank=self.tr("— secondo il tipo —"))
        form = QFormLayout()
        form.addRow(self.tr("Modello"), self.template)
        form.addRow(self.tr("Destinatari"), self.kind)
        form.addRow(self.tr("Quali"), self.value)
        form.addRow(self.tr("Consegna"), self.channel)
        form.addRow("", self.large_print)
        # The batch-wide values the template asks for (the day of the event, the hour…).
        self.extra_form = QFormLayout()
        self.extras: dict[str, QLineEdit] = {}
        self.template.currentIndexChanged.connect(self._fill_extras)
        self.message = QLabel()
        self.message.setObjectName("merge_message")
        self.message.setWordWrap(True)
        self.preview = PdfPreview()
        self.make_button = QPushButton(self.tr("Prepara le lettere"))
        self.make_button.setObjectName("make_batch_button")
        self.make_button.clicked.connect(self.make_batch)
        self.print_button = QPushButton(self.tr("Stampa…"))
        self.print_button.setObjectName("print_batch_button")
        self.print_button.clicked.connect(lambda: self.preview.ask_print())
        self.save_button = QPushButton(self.tr("Salva PDF…"))
        self.save_button.setObjectName("save_batch_button")
        self.save_button.clicked.connect(self.preview.ask_save)
        for button in (self.print_button, self.save_button):
            button.setEnabled(False)
        buttons = QDialogButtonBox()
        close = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        close.setText(self.tr("Chiudi"))
        close.clicked.connect(self.accept)
        actions = QHBoxLayout()
        actions.addWidget(self.make_button)
        actions.addWidget(self.print_button)
        actions.addWidget(self.save_button)
        actions.addStretch(1)
        left = QVBoxLayout()
        left.addLayout(form)
        left.addLayout(self.extra_form)
        left.addLayout(actions)
        left.addWidget(self.message)
        left.addStretch(1)
        body = QHBoxLayout()
        body.addLayout(left, 2)
        body.addWidget(self.preview, 3)
        layout = QVBoxLayout(self)
        layout.addLayout(body, 1)
        layout.addWidget(buttons)
        if template_code:
            set_combo_data(self.template, template_code)
        self._fill_extras()
        kind, _, value = target.partition(":")
        set_combo_data(self.kind, kind or "household")
        self._fill_values()
        if value:
            self.value.setEditText(value)

    def _fill_extras(self, *_args) -> None:
        while self.extra_form.rowCount():
            self.extra_form.removeRow(0)
        self.extras = {}
        code = self.template.currentData()
        if not code:
            return
        used = set(templates.get_template(self.ctx, code).fields)
        for f in catalogue():
            if f.source == "extra" and f.code in used:
                field = QLineEdit()
                field.setObjectName(f"extra_{f.code.replace('.', '_')}_field")
                field.setPlaceholderText(f.example)
                field.setAccessibleName(vocab_word(f.label))
                self.extra_form.addRow(vocab_word(f.label), field)
                self.extras[f.code] = field

    def _fill_values(self, *_args) -> None:
        kind = self.kind.currentData()
        self.value.clear()
        if kind == "staircase":
            options = [(s, s) for s in recipients.staircases(self.ctx)]
        elif kind == "building":
            options = [(f"{b.code} – {b.name}", b.code) for b in registry.list_buildings(self.ctx)]
        elif kind == "group":
            options = [(g.name, g.name) for g in community.list_groups(self.ctx)]
        elif kind == "event":
            options = [(f"{e.title} ({e.held_on:%d/%m/%Y})", str(e.id))
                       for e in community.list_events(self.ctx, self.ctx.today().year)]
        else:
            options = []
        for text, value in options:
            self.value.addItem(text, value)
        self.value.setEnabled(kind != "all")
        self.value.lineEdit().setPlaceholderText(
            self.tr("codici dei nuclei separati da virgole") if kind == "households"
            else self.tr("codice del nucleo, es. N00012") if kind == "household" else "")

    def target(self) -> str:
        kind = self.kind.currentData()
        if kind == "all":
            return "all"
        index = self.value.currentIndex()
        typed = self.value.currentText().strip()
        chosen = self.value.itemData(index) if index >= 0 and \
            self.value.itemText(index) == typed else typed
        return f"{kind}:{chosen}"

    def make_batch(self):
        code = self.template.currentData()
        if not code:
            self._say(self.tr("Non c'è ancora nessun modello: crearne uno nella scheda «Modelli e invii»."),
                      bad=True)
            return None
        channel = self.channel.currentData()
        extra = {key: field.text().strip() for key, field in self.extras.items()
                 if field.text().strip()}
        request = merge.BatchRequest(code, self.target(), large_print=self.large_print.isChecked(),
                                     extra=extra,
                                     channel=DeliveryChannel(channel) if channel else None)
        path = Path(tempfile.mkdtemp(prefix="borgo-lettere-")) / \
            f"{code}-{datetime.now():%Y%m%d-%H%M%S}.pdf"
        step = self.tr("Lettere preparate: {done} di {total}")

        def work(progress):
            return merge.run_batch(self.ctx, request, path,
                                   progress=lambda done, total: progress.report(
                                       done, total, step.format(done=done, total=total)),
                                   cancelled=lambda: progress.cancelled)

        self.make_button.setEnabled(False)
        return self.tasks.run(self.tr("Preparazione delle lettere"), work, self._made,
                              self._failed)

    def _say(self, text: str, bad: bool = False) -> None:
        self.message.setText(text)
        self.message.setStyleSheet(WARN_STYLE if bad else "")

    def _made(self, mailing: merge.MailingView) -> None:
        self.make_button.setEnabled(True)
        self.mailing = mailing
        self.preview.show_file(mailing.path)
        for button in (self.print_button, self.save_button):
            button.setEnabled(True)
        self._say(self.tr("Comunicazione {code} ({target}): {n} nuclei, {pages} pagine. Le "
                          "consegne sono nel registro; stampare o salvare il PDF.").format(
            code=mailing.code, target=mailing.target_label, n=mailing.recipients,
            pages=mailing.pages))
        self.printed.emit(mailing)

    def _failed(self, exc: BaseException) -> None:
        self.make_button.setEnabled(True)
        if isinstance(exc, (Cancelled, merge.Cancelled)):
            self._say(self.tr("Annullato: nessuna lettera è stata registrata."), bad=True)
        elif isinstance(exc, UserError):
            self._say(" ".join(problems_of(exc).values()), bad=True)
        else:
            task_failed(self, exc)
