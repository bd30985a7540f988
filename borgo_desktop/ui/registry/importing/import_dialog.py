"""«Importa nuclei da foglio di calcolo»: choose a file, see it checked, then import it.

The check is the import itself in dry-run mode, run in the background, so what the preview
promises is exactly what «Importa» does. Nothing is written until the user presses «Importa»,
and then either every valid household is written or none (one transaction).
"""

from __future__ import annotations

import logging
import traceback
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView, QCheckBox, QDialog, QDialogButtonBox, QFileDialog, QGroupBox, QHBoxLayout,
    QHeaderView, QLabel, QMessageBox, QPushButton, QSplitter, QTableView, QVBoxLayout, QWidget,
)

from borgo_desktop.errors import UserError
from borgo_desktop.services.core.context import Context
from borgo_desktop.services.registry.imports import ImportReport, write_report_csv
from borgo_desktop.ui.registry.importing import kinds
from borgo_desktop.ui.registry.importing.file_step import FileStep, with_suffix
from borgo_desktop.ui.registry.importing.kinds import ImportKind
from borgo_desktop.ui.registry.importing.preview_model import (
    PREVIEW_ROWS, Preview, SheetPreviewModel, build_preview,
)
from borgo_desktop.ui.registry.importing.problems_table import ProblemsTable
from borgo_desktop.ui.tasks import Cancelled, TaskRunner
from borgo_desktop.ui.widgets.dialogs import CrashDialog, show_error
from borgo_desktop.ui.widgets.display import MUTED_STYLE, TITLE_STYLE, set_chip
from borgo_desktop.ui.widgets.icons import icon
from borgo_desktop.ui.widgets.texts import error_text

log = logging.getLogger(__name__)


class ImportDialog(QDialog):
    imported = Signal(int)  # records written, so the window can refresh its lists

    def __init__(self, ctx: Context, parent: QWidget | None = None,
                 kind: ImportKind | None = None) -> None:
        super().__init__(parent)
        self.kind = kind or kinds.households()
        self.setObjectName(f"import_{self.kind.key}_dialog" if kind else "import_dialog")
        self.setWindowTitle(self.kind.title)
        self.resize(1080, 760)
        self.setMinimumSize(820, 620)
        self.ctx = ctx
        self.tasks = TaskRunner(self)
        self.path: Path | None = None
        self.preview: Preview | None = None
        self.preview_skips = False  # the skip option the preview was computed with
        self.busy = False
        self.import_done = False  # the file has been imported: importing it again makes no sense

        title = QLabel(self.kind.title)
        title.setStyleSheet(TITLE_STYLE)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        self.file_step = FileStep(self.kind)
        self.file_step.file_chosen.connect(self.open_file)
        self.file_step.template_saved.connect(self._template_saved)
        self.choose_button = self.file_step.choose_button
        self.template_button = self.file_step.template_button
        layout.addWidget(self.file_step)
        layout.addWidget(self._preview_step(), 1)
        layout.addLayout(self._bottom_bar())
        self._show_summary(None)
        self._refresh()

    # --- layout --------------------------------------------------------------------------

    def _preview_step(self) -> QGroupBox:
        box = QGroupBox(self.tr("2. Controllo e anteprima"))
        self.summary_label = QLabel()
        self.summary_label.setObjectName("summary_label")
        self.summary_label.setWordWrap(True)
        self.model = SheetPreviewModel(self)
        self.grid = QTableView()
        self.grid.setObjectName("preview_grid")
        self.grid.setAccessibleName(self.tr("Anteprima del file"))
        self.grid.setModel(self.model)
        self.grid.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.grid.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.grid.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.grid.horizontalHeader().setMinimumSectionSize(60)
        self.grid.horizontalHeader().setStretchLastSection(True)
        self.grid.verticalHeader().setDefaultSectionSize(24)
        self.preview_note = QLabel()
        self.preview_note.setObjectName("preview_note")
        self.preview_note.setStyleSheet(MUTED_STYLE)
        grid_part = QWidget()
        grid_layout = QVBoxLayout(grid_part)
        grid_layout.setContentsMargins(0, 0, 0, 0)
        grid_layout.addWidget(self.grid, 1)
        grid_layout.addWidget(self.preview_note)

        self.problems_title = QLabel()
        self.problems_title.setObjectName("problems_title")
        self.problems_table = ProblemsTable()
        self.problems_table.currentCellChanged.connect(self._show_problem)
        self.save_problems_button = QPushButton(icon("fa5s.file-csv"),
                                                self.tr("Salva elenco &problemi…"))
        self.save_problems_button.setObjectName("save_problems_button")
        self.save_problems_button.setAutoDefault(False)
        self.save_problems_button.clicked.connect(self.save_problems)
        problems_bar = QHBoxLayout()
        problems_bar.addWidget(self.problems_title, 1)
        problems_bar.addWidget(self.save_problems_button)
        problems_part = QWidget()
        problems_layout = QVBoxLayout(problems_part)
        problems_layout.setContentsMargins(0, 0, 0, 0)
        problems_layout.addLayout(problems_bar)
        problems_layout.addWidget(self.problems_table, 1)

        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(grid_part)
        splitter.addWidget(problems_part)
        splitter.setSizes([330, 170])
        self.skip_check = QCheckBox(self.kind.skip_text)
        self.skip_check.setObjectName("skip_invalid_check")
        self.skip_check.toggled.connect(self.run_preview)
        column = QVBoxLayout(box)
        column.addWidget(self.summary_label)
        column.addWidget(splitter, 1)
        column.addWidget(self.skip_check)
        return box

    def _bottom_bar(self) -> QHBoxLayout:
        self.status_label = QLabel()
        self.status_label.setObjectName("status_label")
        self.status_label.setWordWrap(True)
        buttons = QDialogButtonBox()
        self.import_button = buttons.addButton(self.tr("&Importa"),
                                               QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.setObjectName("import_button")
        self.import_button.setIcon(icon("fa5s.file-import"))
        self.import_button.setDefault(True)
        self.close_button = buttons.addButton(self.tr("Chiudi"),
                                              QDialogButtonBox.ButtonRole.RejectRole)
        self.close_button.setObjectName("close_button")
        self.import_button.clicked.connect(self.start_import)
        buttons.rejected.connect(self.reject)
        bar = QHBoxLayout()
        bar.addWidget(self.status_label, 1)
        bar.addWidget(buttons)
        return bar

    # --- step 1: the file ----------------------------------------------------------------

    def open_file(self, path: Path) -> None:
        self.path, self.import_done = Path(path), False
        self.file_step.show_path(self.path)
        self.status_label.clear()
        self._show(None)
        self.run_preview()

    def _template_saved(self, path: Path) -> None:
        self.status_label.setText(self.tr("Modello salvato in {path}: compilarlo e sceglierlo "
                                          "con «Scegli il file…».").format(path=path))

    # --- step 2: the check ---------------------------------------------------------------

    def run_preview(self) -> None:
        if self.path is None or self.busy:
            return
        # The task gets plain values, never self: a widget must not be released in the worker.
        ctx, path, skip, kind = self.ctx, self.path, self.skip_check.isChecked(), self.kind
        step = self.tr("Controllo delle righe…")

        def work(progress):
            return build_preview(ctx, path, skip, lambda: progress.report(0, 0, step), kind)

        self._start(self.tr("Controllo del file in corso…"))
        self.tasks.run(self.tr("Controllo del file"), work,
                       lambda preview: self._show(preview, skip), self._preview_failed)

    def _preview_failed(self, exc: BaseException) -> None:
        self._show(None)  # an unfinished check must not leave an older one importable
        self._failed(exc, self.tr("Controllo annullato: scegliere di nuovo il file."))

    def _show(self, preview: Preview | None, skips: bool = False) -> None:
        self.busy, self.preview, self.preview_skips = False, preview, skips
        self.model.load(preview)
        self.grid.resizeColumnsToContents()
        problems = preview.report.problems if preview else []
        self.problems_table.show_problems(problems)
        self.problems_title.setText(
            self.tr("Problemi trovati: {count}").format(count=len(problems)) if problems
            else self.tr("Nessun problema trovato.") if preview else "")
        self.preview_note.setText(self._note(preview) if preview else "")
        self._show_summary(preview.report if preview else None)
        self._refresh()

    def _note(self, preview: Preview) -> str:
        if not preview.header:
            return self.tr("Il file non si può leggere come tabella: vedere il messaggio sopra.")
        if preview.total_rows > len(preview.rows):
            return self.tr("Anteprima delle prime {shown} righe su {total}; il controllo le "
                           "comprende tutte.").format(shown=PREVIEW_ROWS, total=preview.total_rows)
        text = self.tr("Righe di dati nel file: {total}.").format(total=preview.total_rows)
        if preview.report.problems:
            text += " " + self.tr("Passare il mouse su una cella rossa per leggere il problema.")
        return text

    def _show_problem(self, row: int, *_ignored) -> None:
        """Selecting a problem takes the grid to its cell (keyboard or mouse alike)."""
        if self.preview is None or not 0 <= row < len(self.preview.report.problems):
            return
        problem = self.preview.report.problems[row]
        index = self.model.index_of(problem.row, problem.column, self.preview.columns)
        if index.isValid():
            self.grid.setCurrentIndex(index)
            self.grid.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtCenter)
        elif problem.row > self.preview.header_row:
            self.preview_note.setText(self.tr("La riga {row} non è nell'anteprima (sono mostrate "
                                              "le prime {shown} righe).").format(
                                                  row=problem.row, shown=PREVIEW_ROWS))

    def save_problems(self) -> None:
        if self.preview is None or not self.preview.report.problems:
            return
        suggested = self.preview.path.with_name(self.preview.path.stem + "_problemi.csv")
        chosen, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Salva elenco problemi"), str(suggested), self.tr("File CSV (*.csv)"))
        if not chosen:
            return
        path = with_suffix(chosen, ".csv")
        try:
            write_report_csv(self.preview.report, path)
        except UserError as exc:
            show_error(self, exc)
            return
        self.status_label.setText(self.tr("Elenco dei problemi salvato in {path}.").format(
            path=path))

    # --- step 3: the import --------------------------------------------------------------

    def can_import(self) -> bool:
        report = self.preview.report if self.preview else None
        return (report is not None and not self.busy and not self.import_done and not report.refused
                and report.written > 0)

    def start_import(self) -> None:
        if not self.can_import():
            return
        ctx, path, skip = self.ctx, self.preview.path, self.preview_skips
        step, run = self.kind.progress_text, self.kind.run

        def work(progress):
            return run(ctx, path, skip_invalid=skip, progress=lambda done, total:
                       progress.report(done, total, step.format(done=done, total=total)))

        self._start(self.tr("Importazione in corso…"))
        self.tasks.run(self.kind.title, work, self._imported,
                       lambda exc: self._failed(exc, self.tr(
                           "Importazione annullata: nessun dato scritto.")))

    def _imported(self, report: ImportReport) -> None:
        self.import_done = not report.refused  # refused: the registry changed, the user may retry
        self._show(replace(self.preview, report=report), self.preview_skips)
        if self.import_done:
            self.close_button.setDefault(True)
            self.close_button.setFocus()
            self.imported.emit(report.written)

    # --- state ---------------------------------------------------------------------------

    def _start(self, text: str) -> None:
        self.busy = True
        set_chip(self.summary_label, text, "info")
        self._refresh()

    def _failed(self, exc: BaseException, cancelled_text: str) -> None:
        self.busy = False
        if isinstance(exc, Cancelled):
            set_chip(self.summary_label, cancelled_text, "warn")
        elif isinstance(exc, UserError):
            set_chip(self.summary_label, error_text(exc), "bad")
            self._message(QMessageBox.Icon.Warning, self.tr("Operazione non eseguita"),
                          error_text(exc))
        else:
            log.error("import dialog: unexpected error", exc_info=(type(exc), exc,
                                                                   exc.__traceback__))
            set_chip(self.summary_label, self.tr("Errore imprevisto del programma: l'operazione "
                                                 "non è stata completata e nessun dato è stato "
                                                 "scritto. Si può riprovare."), "bad")
            self._open(CrashDialog("".join(traceback.format_exception(exc)), self))
        self._refresh()

    def _message(self, kind: QMessageBox.Icon, title: str, text: str) -> None:
        box = QMessageBox(kind, title, text, QMessageBox.StandardButton.Ok, self)
        box.setObjectName("import_message")
        box.button(QMessageBox.StandardButton.Ok).setText(self.tr("Chiudi"))
        self._open(box)

    @staticmethod
    def _open(box: QDialog) -> None:
        """Window-modal but not blocking: the dialog, and the chosen file, stay as they are."""
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.setWindowModality(Qt.WindowModality.WindowModal)
        box.open()

    def _show_summary(self, report: ImportReport | None) -> None:
        if report is None:
            set_chip(self.summary_label, self.tr("Scegliere un file per controllarlo e vederne "
                                                 "l'anteprima."), "muted")
            return
        kind = ("bad" if report.refused or not report.written
                else "warn" if report.problems else "ok")
        set_chip(self.summary_label, report.summary, kind)

    def _refresh(self) -> None:
        """Enable what makes sense now."""
        report = self.preview.report if self.preview else None
        self.import_button.setEnabled(self.can_import())
        self.choose_button.setEnabled(not self.busy)
        self.template_button.setEnabled(not self.busy)
        self.skip_check.setEnabled(not self.busy and not self.import_done and self.path is not None)
        self.save_problems_button.setEnabled(not self.busy and bool(report and report.problems))

    def reject(self) -> None:
        if self.busy:  # the progress dialog offers Cancel; closing now would orphan the task
            return
        super().reject()

