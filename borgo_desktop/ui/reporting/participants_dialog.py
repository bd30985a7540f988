"""«Dati FSE+» of a case file: the household's people, each with their data at entry (the
form prefilled from the registry), the result at exit and six months after. What is still
missing is listed in red; saving keeps what was typed when a field is refused."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import (
    QComboBox, QDialog, QDialogButtonBox, QFormLayout, QGroupBox, QHBoxLayout, QLabel,
    QListWidget, QListWidgetItem, QPushButton, QVBoxLayout,
)

from borgo_desktop.errors import UserError
from borgo_desktop.models.enums import Education
from borgo_desktop.models.reporting import Declared, EsfEmployment, EsfResult
from borgo_desktop.services.core.context import Context
from borgo_desktop.services.reporting import participants
from borgo_desktop.ui.widgets.dialogs import show_error
from borgo_desktop.ui.widgets.fields import DateEdit, combo_enum, enum_combo, set_combo_data
from borgo_desktop.ui.widgets.forms import FormErrors, banner_label
from borgo_desktop.ui.widgets.texts import problems_of, vocab

FLAGS = (("jobless_household", QT_TRANSLATE_NOOP("ParticipantsDialog", "Nucleo senza occupati:")),
         ("dependent_children", QT_TRANSLATE_NOOP("ParticipantsDialog", "Figli a carico:")),
         ("single_adult", QT_TRANSLATE_NOOP("ParticipantsDialog", "Unico adulto del nucleo:")),
         ("homeless", QT_TRANSLATE_NOOP("ParticipantsDialog",
                                        "Senza dimora o in esclusione abitativa:")))
SENSITIVE = (("migrant", QT_TRANSLATE_NOOP("ParticipantsDialog", "Origine straniera o minoranza:")),
             ("disability", QT_TRANSLATE_NOOP("ParticipantsDialog", "Disabilità:")),
             ("disadvantaged", QT_TRANSLATE_NOOP("ParticipantsDialog", "Altro svantaggio:")))
EDUCATION = [e for e in Education if e != Education.UNKNOWN]


class ParticipantsDialog(QDialog):
    def __init__(self, ctx: Context, case_id, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("participants_dialog")
        self.setWindowTitle(self.tr("Dati FSE+ dei partecipanti"))
        self.resize(860, 620)
        self.ctx, self.case_id = ctx, case_id
        self.views: list = []
        self.people = QListWidget()
        self.people.setObjectName("participants_list")
        self.people.setAccessibleName(self.tr("Persone del nucleo"))
        self.people.currentRowChanged.connect(self._show_person)
        self.errors = FormErrors(banner_label())
        self.entered_on = DateEdit()
        self.gender = QComboBox()
        self.gender.addItem(self.tr("— da completare —"), None)
        self.gender.addItem(self.tr("Donna"), "F")
        self.gender.addItem(self.tr("Uomo"), "M")
        self.employment = enum_combo(EsfEmployment, blank=self.tr("— da completare —"))
        self.education = QComboBox()
        self.education.addItem(self.tr("— da completare —"), None)
        for level in EDUCATION:
            self.education.addItem(vocab(level), level)
        self.flags = {name: self._yes_no() for name, _label in FLAGS}
        self.sensitive = {name: enum_combo(Declared, blank=self.tr("— non chiesto —"))
                          for name, _label in SENSITIVE}
        entry = QFormLayout()
        for key, label, widget in (("entered_on", self.tr("Ingresso nel progetto:"), self.entered_on),
                                   ("gender", self.tr("Genere:"), self.gender),
                                   ("employment", self.tr("Condizione occupazionale:"), self.employment),
                                   ("education", self.tr("Titolo di studio:"), self.education)):
            entry.addRow(label, widget)
            entry.addRow("", self.errors.register(key, widget))
        for name, label in FLAGS:
            entry.addRow(self.tr(label), self.flags[name])
        for name, label in SENSITIVE:
            entry.addRow(self.tr(label), self.sensitive[name])
        self.missing = QLabel()
        self.missing.setObjectName("participant_missing")
        self.missing.setWordWrap(True)
        self.missing.setStyleSheet("color: #b00020;")
        save_entry = QPushButton(self.tr("Salva i dati di ingresso"))
        save_entry.setObjectName("save_entry")
        save_entry.clicked.connect(self.save_entry)
        entry_box = QGroupBox(self.tr("All'ingresso"))
        entry_layout = QVBoxLayout(entry_box)
        entry_layout.addLayout(entry)
        entry_layout.addWidget(save_entry)
        self.exit_on, self.exit_result = DateEdit(), enum_combo(EsfResult, blank="—")
        self.follow_on, self.follow_result = DateEdit(), enum_combo(EsfResult, blank="—")
        outcomes = QGroupBox(self.tr("All'uscita (entro 4 settimane) e dopo sei mesi"))
        out_form = QFormLayout(outcomes)
        for label, day, result, slot in (
                (self.tr("Uscita:"), self.exit_on, self.exit_result, self.save_exit),
                (self.tr("Sei mesi dopo:"), self.follow_on, self.follow_result, self.save_follow)):
            row = QHBoxLayout()
            button = QPushButton(self.tr("Salva"))
            button.clicked.connect(slot)
            row.addWidget(day)
            row.addWidget(result, 1)
            row.addWidget(button)
            out_form.addRow(label, row)
        right = QVBoxLayout()
        right.addWidget(self.errors.banner)
        right.addWidget(self.missing)
        right.addWidget(entry_box)
        right.addWidget(outcomes)
        body = QHBoxLayout()
        body.addWidget(self.people, 1)
        body.addLayout(right, 2)
        # The social worker's completeness list: what every case file of theirs still misses.
        self.gaps = QListWidget()
        self.gaps.setObjectName("completeness_list")
        self.gaps.setAccessibleName(self.tr("Da completare nelle mie cartelle"))
        self.gaps.setMaximumHeight(130)
        self.gaps.itemDoubleClicked.connect(self._open_gap)
        buttons = QDialogButtonBox()
        buttons.addButton(self.tr("Chiudi"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(body, 1)
        layout.addWidget(QLabel(self.tr("Da completare nelle mie cartelle (doppio clic per "
                                        "aprire):")))
        layout.addWidget(self.gaps)
        layout.addWidget(buttons)
        self.reload()

    def _yes_no(self) -> QComboBox:
        combo = QComboBox(self)
        combo.addItem(self.tr("— da completare —"), None)
        combo.addItem(self.tr("Sì"), True)
        combo.addItem(self.tr("No"), False)
        return combo

    def reload(self, keep_row: int = 0) -> None:
        self.views = participants.participants_of_case(self.ctx, self.case_id)
        self.people.blockSignals(True)
        self.people.clear()
        for view in self.views:
            state = (self.tr("completo") if view.complete else
                     self.tr("da registrare") if view.id is None else self.tr("incompleto"))
            QListWidgetItem(f"{view.name} · {state}", self.people)
        self.people.blockSignals(False)
        if self.views:
            self.people.setCurrentRow(min(keep_row, len(self.views) - 1))
            self._show_person(self.people.currentRow())
        self._fill_gaps()

    def _fill_gaps(self) -> None:
        self.gaps.clear()
        try:
            gaps = participants.completeness_list(self.ctx)
        except UserError:  # a role that reads no case file of its own
            gaps = []
        for gap in gaps:
            due = self.tr(" · entro il {day}").format(day=gap.due.strftime("%d/%m/%Y")) \
                if gap.due else ""
            item = QListWidgetItem(f"{gap.household_code} · {gap.name}: "
                                   f"{', '.join(gap.missing)}{due}", self.gaps)
            item.setData(Qt.ItemDataRole.UserRole, gap.case_id)

    def _open_gap(self, item: QListWidgetItem) -> None:
        self.case_id = item.data(Qt.ItemDataRole.UserRole)
        self.reload()

    @property
    def current(self):
        row = self.people.currentRow()
        return self.views[row] if 0 <= row < len(self.views) else None

    def _show_person(self, row: int) -> None:
        view = self.current
        if view is None:
            return
        self.errors.clear()
        e = view.entry
        self.entered_on.set_value(e.entered_on or (self.ctx.today() if view.id is None else None))
        set_combo_data(self.gender, e.gender)
        set_combo_data(self.employment, e.employment)
        set_combo_data(self.education, e.education)
        for name, combo in self.flags.items():
            set_combo_data(combo, getattr(e, name))
        for name, combo in self.sensitive.items():
            set_combo_data(combo, getattr(e, name))
        self.exit_on.set_value(view.exited_on)
        set_combo_data(self.exit_result, view.exit_result)
        self.follow_on.set_value(view.followed_on)
        set_combo_data(self.follow_result, view.follow_result)
        lines = []
        if view.missing:
            lines.append(self.tr("Mancano: {what}.").format(what=", ".join(view.missing)))
        if view.unasked:
            lines.append(self.tr("Non ancora chiesti (si può rispondere «non dichiarato»): "
                                 "{what}.").format(what=", ".join(view.unasked)))
        self.missing.setText("\n".join(lines))

    def entry_input(self):
        view = self.current
        return dataclasses.replace(
            view.entry, entered_on=self.entered_on.value(), gender=self.gender.currentData(),
            employment=combo_enum(self.employment, EsfEmployment),
            education=combo_enum(self.education, Education),
            **{name: combo.currentData() for name, combo in self.flags.items()},
            **{name: combo_enum(combo, Declared) for name, combo in self.sensitive.items()})

    def save_entry(self) -> bool:
        self.errors.clear()
        try:
            participants.save_entry(self.ctx, self.case_id, self.entry_input())
        except UserError as error:
            rest = self.errors.show(problems_of(error))
            self.errors.show_banner(list(rest.values()))
            return False
        self.reload(self.people.currentRow())
        return True

    def _outcome(self, save, day, result) -> bool:
        view = self.current
        if view is None or view.id is None:
            self.errors.show_banner([self.tr("Salvare prima i dati di ingresso.")])
            return False
        try:
            save(self.ctx, view.id, day.value(), combo_enum(result, EsfResult))
        except UserError as error:
            show_error(self, error)
            return False
        self.reload(self.people.currentRow())
        return True

    def save_exit(self) -> bool:
        return self._outcome(participants.save_exit, self.exit_on, self.exit_result)

    def save_follow(self) -> bool:
        return self._outcome(participants.save_follow_up, self.follow_on, self.follow_result)
