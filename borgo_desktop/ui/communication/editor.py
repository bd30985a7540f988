"""The template editor: code, name, kind and purpose, the text in each language (Italian
first; English, French, Spanish, Arabic), the merge fields to insert, and a live preview of
the page as it will print (rendered on the worker a moment after typing stops). Saving
makes a new version; letters already sent keep the version they used."""

from __future__ import annotations

import tempfile
from pathlib import Path

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit,
    QPushButton, QSplitter, QVBoxLayout, QWidget,
)

from borgo_desktop.errors import UserError
from borgo_desktop.models.communication import TemplateKind, TemplatePurpose
from borgo_desktop.services.communication import merge, templates
from borgo_desktop.services.communication.fields import catalogue
from borgo_desktop.services.communication.languages import LANGUAGES
from borgo_desktop.ui.communication.pdf_preview import PdfPreview
from borgo_desktop.ui.tasks import TaskRunner
from borgo_desktop.ui.widgets.dialogs import task_failed
from borgo_desktop.ui.widgets.display import WARN_STYLE
from borgo_desktop.ui.widgets.fields import enum_combo, set_combo_data
from borgo_desktop.ui.widgets.forms import DirtyDialog, FormErrors, banner_label
from borgo_desktop.ui.widgets.texts import problems_of, vocab_word

PREVIEW_DELAY_MS = 600


class TemplateEditor(DirtyDialog):
    saved = Signal(object)  # the TemplateView of the new version

    def __init__(self, ctx, template: templates.TemplateView | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("template_editor")
        self.ctx = ctx
        self.tasks = TaskRunner(self)
        self.setWindowTitle(self.tr("Modello «{name}» (versione {version})").format(
            name=template.name, version=template.version) if template
            else self.tr("Nuovo modello"))
        self.resize(1200, 720)
        self.texts: dict[str, templates.Text] = dict(template.texts) if template else {}
        self.errors = FormErrors(banner_label())
        self.code = QLineEdit(template.code if template else "")
        self.code.setReadOnly(template is not None)  # a new version keeps the code
        self.code.setPlaceholderText(self.tr("es. AVVISO-ACQUA"))
        self.name = QLineEdit(template.name if template else "")
        self.kind = enum_combo(TemplateKind)
        self.purpose = enum_combo(TemplatePurpose)
        if template:
            set_combo_data(self.kind, template.kind)
            set_combo_data(self.purpose, template.purpose)
        self.language = QComboBox()
        self.language.setObjectName("language_combo")
        for code, name in LANGUAGES.items():
            self.language.addItem(vocab_word(name), code)
        self.language.currentIndexChanged.connect(self._language_changed)
        self.current_language = "it"
        self.title = QLineEdit()
        self.body = QPlainTextEdit()
        self.body.setTabChangesFocus(True)
        self.body.setMinimumHeight(260)
        self.field_combo = QComboBox()
        self.field_combo.setObjectName("field_combo")
        self.field_combo.addItem(self.tr("Inserisci un campo…"), None)
        for f in catalogue():
            self.field_combo.addItem(f"{vocab_word(f.label)} — {{{f.code}}}", f.code)
        self.field_combo.activated.connect(self._insert_field)
        self.large_print = QCheckBox(self.tr("Anteprima a caratteri grandi"))
        self.note = QLineEdit()
        self.note.setPlaceholderText(self.tr("che cosa cambia in questa versione"))
        form = QFormLayout()
        for key, label, widget in (("code", self.tr("Codice"), self.code),
                                   ("name", self.tr("Nome"), self.name),
                                   ("kind", self.tr("Tipo"), self.kind),
                                   ("purpose", self.tr("Scopo"), self.purpose),
                                   ("language", self.tr("Lingua"), self.language),
                                   ("title", self.tr("Titolo"), self.title),
                                   ("body", self.tr("Testo"), self.body),
                                   ("note", self.tr("Nota di versione"), self.note)):
            widget.setObjectName(f"{key}_field")
            widget.setAccessibleName(label)
            column = QVBoxLayout()
            column.addWidget(widget)
            column.addWidget(self.errors.register(key, widget))
            form.addRow(label, column)
        fields_row = QHBoxLayout()
        fields_row.addWidget(self.field_combo, 1)
        fields_row.addWidget(self.large_print)
        form.addRow("", fields_row)
        self.preview_error = QLabel()
        self.preview_error.setObjectName("preview_error")
        self.preview_error.setStyleSheet(WARN_STYLE)
        self.preview_error.setWordWrap(True)
        self.preview_error.hide()
        self.preview = PdfPreview()
        self.preview.setMinimumWidth(420)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.addWidget(self.errors.banner)
        left_layout.addLayout(form)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.addWidget(QLabel(self.tr("Anteprima")))
        right_layout.addWidget(self.preview_error)
        right_layout.addWidget(self.preview, 1)
        split = QSplitter()
        split.addWidget(left)
        split.addWidget(right)
        split.setSizes([640, 540])
        buttons, self.save_button = self.save_cancel_buttons()
        self.save_button.setText(self.tr("Salva nuova versione") if template
                                 else self.tr("Salva"))
        layout = QVBoxLayout(self)
        layout.addWidget(split, 1)
        layout.addWidget(buttons)
        self._show_language("it")
        self._timer = QTimer(self, singleShot=True, interval=PREVIEW_DELAY_MS)
        self._timer.timeout.connect(self.render_preview)
        for signal in (self.title.textChanged, self.body.textChanged, self.kind.currentIndexChanged,
                       self.purpose.currentIndexChanged, self.large_print.toggled,
                       self.language.currentIndexChanged):
            signal.connect(self._timer.start)
        self.watch(self)
        self._preview_dir = Path(tempfile.mkdtemp(prefix="borgo-anteprima-"))
        self._renders = 0
        self.previews = 0  # renders shown (tests wait on it)
        self.render_preview()

    # --- the texts per language ---------------------------------------------------------

    def _keep_current(self) -> None:
        title, body = self.title.text(), self.body.toPlainText()
        if title.strip() or body.strip():
            self.texts[self.current_language] = templates.Text(title, body)
        else:
            self.texts.pop(self.current_language, None)

    def _show_language(self, code: str) -> None:
        text = self.texts.get(code, templates.Text("", ""))
        self.current_language = code
        for widget, value in ((self.title, text.title), (self.body, text.body)):
            widget.blockSignals(True)
            widget.setText(value) if isinstance(widget, QLineEdit) else widget.setPlainText(value)
            widget.blockSignals(False)

    def _language_changed(self, _index: int) -> None:
        self._keep_current()
        self._show_language(self.language.currentData())

    def _insert_field(self, index: int) -> None:
        code = self.field_combo.itemData(index)
        if code:
            self.body.insertPlainText("{" + code + "}")
            self.body.setFocus()
        self.field_combo.setCurrentIndex(0)

    def values(self) -> templates.TemplateInput:
        self._keep_current()
        return templates.TemplateInput(self.code.text().strip().upper(), self.name.text().strip(),
                                       TemplateKind(self.kind.currentData()),
                                       TemplatePurpose(self.purpose.currentData()),
                                       dict(self.texts), self.note.text().strip())

    # --- preview and save ---------------------------------------------------------------

    def render_preview(self):
        data, language = self.values(), self.current_language
        large = self.large_print.isChecked()
        # A file per render: the next one may be writing while this one is being shown.
        self._renders += 1
        path = self._preview_dir / f"anteprima-{self._renders}.pdf"

        def work(_progress):
            return merge.preview(self.ctx, data, language, path, large_print=large)

        return self.tasks.run(self.tr("Anteprima"), work, self._previewed, self._preview_failed)

    def _previewed(self, path) -> None:
        self.preview_error.hide()
        shown = self.preview.path
        self.preview.show_file(path)
        if shown is not None and shown != path:
            shown.unlink(missing_ok=True)
        self.previews += 1

    def _preview_failed(self, exc: BaseException) -> None:
        if not isinstance(exc, UserError):
            task_failed(self, exc)
            return
        self.preview_error.setText(" ".join(problems_of(exc).values()))
        self.preview_error.show()
        self.previews += 1

    def save(self) -> None:
        self.save_with(self.errors, lambda: templates.save_template(self.ctx, self.values()))
