"""Quick note entry with an autosaved draft.

What is typed is saved as the author's draft of this case every few seconds (QTimer) and when
the page closes, and comes back when the case is opened again: nothing is lost if the
window closes or the program crashes. Saving the note removes the draft.
"""

from __future__ import annotations

import uuid

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from borgo_desktop.errors import UserError
from borgo_desktop.formatting import fmt_instant
from borgo_desktop.models.casework import NoteKind
from borgo_desktop.services.casework import records as rec
from borgo_desktop.services.core.context import Context
from borgo_desktop.ui.widgets.forms import error_label, show_errors
from borgo_desktop.ui.widgets.display import MUTED_STYLE
from borgo_desktop.ui.widgets.fields import (
    DateEdit,
    combo_enum,
    enum_combo,
    set_combo_data,
)

AUTOSAVE_MS = 3000


class NoteEditor(QWidget):
    saved = Signal(object)  # the new note's id

    def __init__(self, ctx: Context, case_id: uuid.UUID, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("note_editor")
        self.ctx, self.case_id = ctx, case_id
        self.amends_id: uuid.UUID | None = None
        self._dirty = False
        self.kind_combo = enum_combo(NoteKind, blank=self.tr("Tipo di nota…"))
        self.kind_combo.setObjectName("note_kind")
        self.date_edit = DateEdit(ctx.today())
        self.date_edit.setObjectName("note_date")
        self.duration = QSpinBox()
        self.duration.setObjectName("note_duration")
        self.duration.setRange(0, 720)
        self.duration.setSuffix(self.tr(" min"))
        self.duration.setSpecialValueText(self.tr("durata"))
        self.participants = QLineEdit()
        self.participants.setObjectName("note_participants")
        self.participants.setPlaceholderText(self.tr("Partecipanti"))
        self.body = QPlainTextEdit()
        self.body.setObjectName("note_body")
        self.body.setPlaceholderText(self.tr("Scrivere qui la nota: la bozza si salva da sola."))
        self.body.setMinimumHeight(80)
        self.body.setMaximumHeight(130)
        self.amend_label = QLabel()
        self.amend_label.setObjectName("amend_label")
        self.amend_label.hide()
        self.draft_label = QLabel()
        self.draft_label.setObjectName("draft_label")
        self.draft_label.setStyleSheet(MUTED_STYLE)
        self.save_button = QPushButton(self.tr("Salva nota"))
        self.save_button.setObjectName("save_note_button")
        self.save_button.clicked.connect(self.save_note)
        self.errors = {key: error_label(key) for key in
                       ("kind", "happened_on", "duration_minutes", "participants", "body")}

        top = QHBoxLayout()
        for widget in (self.kind_combo, self.date_edit, self.duration, self.participants):
            top.addWidget(widget)
        top.setStretchFactor(self.participants, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.draft_label, 1)
        bottom.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.amend_label)
        layout.addLayout(top)
        for key in ("kind", "happened_on", "duration_minutes", "participants"):
            layout.addWidget(self.errors[key])
        layout.addWidget(self.body)
        layout.addWidget(self.errors["body"])
        layout.addLayout(bottom)

        self.timer = QTimer(self)
        self.timer.setInterval(AUTOSAVE_MS)
        self.timer.timeout.connect(self.save_draft)
        self.timer.start()
        self._restore()
        for signal in (self.body.textChanged, self.participants.textEdited,
                       self.kind_combo.activated, self.duration.valueChanged,
                       self.date_edit.dateChanged):
            signal.connect(self._mark)

    def _mark(self, *_args) -> None:
        self._dirty = True

    def mark_saved(self) -> None:
        """What the editor shows needs no draft (cleared on purpose)."""
        self._dirty = False

    def _restore(self) -> None:
        draft = rec.load_draft(self.ctx, self.case_id)
        if draft is None:
            return
        set_combo_data(self.kind_combo, NoteKind(draft.kind) if draft.kind else None)
        self.date_edit.set_value(draft.happened_on)
        self.duration.setValue(draft.duration_minutes or 0)
        self.participants.setText(draft.participants)
        self.body.setPlainText(draft.body)
        self.set_amends(draft.amends_id)
        self.draft_label.setText(self.tr("Bozza ripresa (salvata il {when}).").format(
            when=fmt_instant(draft.saved_at)))

    def set_amends(self, note_id: uuid.UUID | None, label: str = "") -> None:
        """The next note corrects ``note_id`` (the original stays as it is)."""
        self.amends_id = note_id
        self.amend_label.setText(self.tr("Correzione della nota {what}: l'originale resta "
                                         "nella cartella.").format(what=label).replace("  ", " "))
        self.amend_label.setVisible(note_id is not None)

    def has_text(self) -> bool:
        return bool(self.body.toPlainText().strip() or self.participants.text().strip())

    def save_draft(self) -> None:
        if not self._dirty:
            return
        rec.save_draft(self.ctx, self.case_id, kind=combo_enum(self.kind_combo, NoteKind) or "",
                       happened_on=self.date_edit.value(), body=self.body.toPlainText(),
                       duration_minutes=self.duration.value() or None,
                       participants=self.participants.text(), amends_id=self.amends_id)
        self._dirty = False
        self.draft_label.setText(self.tr("Bozza salvata automaticamente."))

    def save_note(self) -> uuid.UUID | None:
        data = rec.NoteInput(combo_enum(self.kind_combo, NoteKind), self.date_edit.value(),
                             self.body.toPlainText(), self.duration.value() or None,
                             self.participants.text(), self.amends_id)
        try:
            note_id = rec.add_note(self.ctx, self.case_id, data)
        except UserError as exc:
            show_errors(self, exc, self.errors)
            return None
        for label in self.errors.values():
            label.hide()
        self.body.clear()
        self.participants.clear()
        self.duration.setValue(0)
        self.set_amends(None)
        self._dirty = False
        self.draft_label.setText(self.tr("Nota salvata."))
        self.saved.emit(note_id)
        return note_id

    def flush(self) -> None:
        """The page is closing: keep what is typed."""
        self.timer.stop()
        self.save_draft()
