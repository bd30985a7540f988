"""Import a bank statement (CAMT.053 or the Italian home-banking CSV) in three steps: the
file, the preview of every line as a dry run (matched, to assign, ignored, already
imported — nothing written yet), then the import. A refused file is explained and writes
nothing; reading and writing run on the worker thread."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog, QDialogButtonBox, QFileDialog, QHBoxLayout, QLabel, QLineEdit, QPushButton,
    QStackedWidget, QVBoxLayout, QWidget,
)

from borgo_desktop.errors import UserError
from borgo_desktop.formatting import fmt_date, fmt_money
from borgo_desktop.services.ledger.bank import importer
from borgo_desktop.ui.tasks import TaskRunner
from borgo_desktop.ui.widgets.dialogs import task_failed
from borgo_desktop.ui.widgets.display import WARN_STYLE, ScrollingTable
from borgo_desktop.ui.widgets.texts import problems_of


class ImportStatementDialog(QDialog):
    imported = Signal(object)  # the ImportResult written

    def __init__(self, ctx, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("import_statement_dialog")
        self.setWindowTitle(self.tr("Importa un estratto conto della banca"))
        self.resize(980, 600)
        self.ctx = ctx
        self.tasks = TaskRunner(self)
        self.preview: importer.ImportResult | None = None
        self.result: importer.ImportResult | None = None
        self.outcome_words = {"matched": self.tr("abbinato"), "queued": self.tr("da abbinare"),
                              "ignored": self.tr("ignorato"), "duplicate": self.tr("già importato")}

        # step 1: the file
        self.path_field = QLineEdit()
        self.path_field.setObjectName("statement_path_field")
        self.path_field.setPlaceholderText(self.tr("file .xml (CAMT.053) o .csv della banca"))
        self.path_field.setAccessibleName(self.tr("File dell'estratto conto"))
        browse = QPushButton(self.tr("Sfoglia…"))
        browse.setObjectName("browse_button")
        browse.clicked.connect(self.browse)
        self.error = QLabel()
        self.error.setObjectName("import_error_label")
        self.error.setStyleSheet(WARN_STYLE)
        self.error.setWordWrap(True)
        self.error.hide()
        choose = QWidget()
        row = QHBoxLayout()
        row.addWidget(self.path_field, 1)
        row.addWidget(browse)
        first = QVBoxLayout(choose)
        explain = QLabel(self.tr(
            "Scegliere l'estratto conto scaricato dall'home banking: il formato XML CAMT.053 "
            "oppure il file CSV. Prima dell'importazione si vede che cosa diventerà ogni "
            "movimento; un file già importato non aggiunge nulla."))
        explain.setWordWrap(True)
        first.addWidget(explain)
        first.addLayout(row)
        first.addWidget(self.error)
        first.addStretch(1)

        # step 2: the preview; step 3: the outcome
        self.summary = QLabel()
        self.summary.setObjectName("import_summary_label")
        self.summary.setWordWrap(True)
        self.lines_table = ScrollingTable([self.tr("Riga"), self.tr("Data"), self.tr("Importo"),
                                           self.tr("Esito"), self.tr("Nucleo"), self.tr("Ordinante"),
                                           self.tr("Motivo")], "preview_table")
        review = QWidget()
        second = QVBoxLayout(review)
        second.addWidget(self.summary)
        second.addWidget(self.lines_table, 1)

        self.steps = QStackedWidget()
        self.steps.addWidget(choose)
        self.steps.addWidget(review)
        self.buttons = QDialogButtonBox()
        self.next_button = self.buttons.addButton(self.tr("Anteprima"),
                                                  QDialogButtonBox.ButtonRole.ActionRole)
        self.next_button.setObjectName("preview_button")
        self.next_button.clicked.connect(self.next_step)
        self.back_button = self.buttons.addButton(self.tr("Indietro"),
                                                  QDialogButtonBox.ButtonRole.ActionRole)
        self.back_button.clicked.connect(self.back)
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.close_button.setText(self.tr("Annulla"))
        self.close_button.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.steps, 1)
        layout.addWidget(self.buttons)
        self._show_step(0)

    def browse(self) -> None:
        path, _chosen = QFileDialog.getOpenFileName(
            self, self.tr("Estratto conto"), str(Path.home()),
            self.tr("Estratti conto (*.xml *.csv);;Tutti i file (*)"))
        if path:
            self.path_field.setText(path)

    def _show_step(self, step: int) -> None:
        self.steps.setCurrentIndex(0 if step == 0 else 1)
        self.back_button.setVisible(step == 1)
        self.next_button.setVisible(step < 2)
        self.next_button.setText(self.tr("Anteprima") if step == 0 else self.tr("Importa"))
        self.close_button.setText(self.tr("Chiudi") if step == 2 else self.tr("Annulla"))
        self.step = step

    def back(self) -> None:
        self._show_step(0)

    def next_step(self):
        path = Path(self.path_field.text().strip())
        if not self.path_field.text().strip():
            return self._refused(self.tr("Scegliere il file dell'estratto conto."))
        dry = self.step == 0
        title = self.tr("Lettura dell'estratto conto") if dry else \
            self.tr("Importazione dei pagamenti")
        self.next_button.setEnabled(False)
        return self.tasks.run(title, lambda _p: importer.import_statement(self.ctx, path,
                                                                           dry_run=dry),
                              self._read, self._failed)

    def _failed(self, exc: BaseException) -> None:
        self.next_button.setEnabled(True)
        if isinstance(exc, UserError):
            self._show_step(0)
            self._refused(" ".join(problems_of(exc).values()) + " " +
                          self.tr("Nulla è stato importato."))
        else:
            task_failed(self, exc)

    def _refused(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()

    def _read(self, result: importer.ImportResult) -> None:
        self.next_button.setEnabled(True)
        self.error.hide()
        self.lines_table.set_rows([[str(l.line), fmt_date(l.booked_on), fmt_money(l.amount_cents),
                                    self.outcome_words.get(l.outcome, l.outcome),
                                    l.household_code, l.payer_name, l.reason]
                                   for l in result.lines])
        for r, line in enumerate(result.lines):
            if line.outcome == "queued":
                self.lines_table.item(r, 3).setForeground(Qt.GlobalColor.darkRed)
        counts = self.tr("{total} movimenti: {matched} abbinati, {queued} da abbinare a mano, "
                         "{ignored} ignorati, {duplicate} già importati.").format(
            total=len(result.lines), matched=result.count("matched"),
            queued=result.count("queued"), ignored=result.count("ignored"),
            duplicate=result.count("duplicate"))
        if result.dry_run:
            self.preview = result
            self.summary.setText(self.tr("Anteprima del conto {iban}: nulla è ancora stato "
                                         "scritto.").format(iban=result.account_iban)
                                 + "\n" + counts)
            self._show_step(1)
            return
        self.result = result
        self.summary.setText(self.tr("Importazione completata.") + "\n" + counts)
        self._show_step(2)
        self.imported.emit(result)
