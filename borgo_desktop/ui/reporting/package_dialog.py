"""«Pacchetto per il Comune»: the manager picks the period and the file, the package is built
and sealed on the worker thread with a progress dialog, and the hashes are shown."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox, QDialog, QDialogButtonBox, QFileDialog, QFormLayout, QHBoxLayout, QLabel,
    QLineEdit, QPushButton, QVBoxLayout,
)

from borgo_desktop.errors import UserError
from borgo_desktop.services.core.context import Context
from borgo_desktop.services.reporting import keys
from borgo_desktop.services.reporting.package import build_package
from borgo_desktop.services.reporting.periods import previous, quarter_of
from borgo_desktop.ui.tasks import Cancelled, TaskRunner
from borgo_desktop.ui.widgets.dialogs import task_failed
from borgo_desktop.ui.widgets.texts import problems_of


class PackageDialog(QDialog):
    built = Signal(object)

    def __init__(self, ctx: Context, period: str | None = None, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("package_dialog")
        self.setWindowTitle(self.tr("Pacchetto per il Comune"))
        self.setMinimumWidth(560)
        self.ctx = ctx
        self.tasks = TaskRunner(self)
        self.result = None
        self.period = QComboBox()
        self.period.setObjectName("package_period")
        current = quarter_of(ctx.today())
        for _ in range(8):
            self.period.addItem(current.label(), current.code)
            current = previous(current)
        if period:
            self.period.setCurrentIndex(max(0, self.period.findData(period)))
        self.path = QLineEdit()
        self.path.setObjectName("package_path")
        self.path.setAccessibleName(self.tr("File del pacchetto"))
        self.path.setText(str(Path.home() / f"comune-{self.period.currentData()}.borgo"))
        self.period.currentIndexChanged.connect(lambda _i: self.path.setText(str(
            Path(self.path.text()).with_name(f"comune-{self.period.currentData()}.borgo"))))
        browse = QPushButton(self.tr("Sfoglia…"))
        browse.clicked.connect(self._browse)
        where = QHBoxLayout()
        where.addWidget(self.path, 1)
        where.addWidget(browse)
        pseudo, comune = keys.key_status(ctx)
        self.keys_label = QLabel(self.tr("Chiave dei pseudonimi: {p}. Chiave del Comune: {c}.").format(
            p=self.tr("presente") if pseudo else self.tr("mancante"),
            c=comune[:16] + "…" if comune else self.tr("mancante")))
        self.keys_label.setWordWrap(True)
        self.message = QLabel()
        self.message.setObjectName("package_message")
        self.message.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Periodo:"), self.period)
        form.addRow(self.tr("File:"), where)
        buttons = QDialogButtonBox()
        self.build_button = buttons.addButton(self.tr("Prepara e invia"),
                                              QDialogButtonBox.ButtonRole.AcceptRole)
        self.build_button.setObjectName("package_build")
        buttons.addButton(self.tr("Chiudi"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.start)
        buttons.rejected.connect(self.reject)
        intro = QLabel(self.tr(
            "Il pacchetto contiene la tabella degli indicatori, i dati FSE+ pseudonimizzati e il "
            "riepilogo firmato; è cifrato per il Comune e registrato nel registro degli invii."))
        intro.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.keys_label)
        layout.addWidget(self.message)
        layout.addWidget(buttons)

    def _browse(self) -> None:
        path, _chosen = QFileDialog.getSaveFileName(self, self.tr("Pacchetto per il Comune"),
                                                    self.path.text(),
                                                    self.tr("Pacchetto sigillato (*.borgo)"))
        if path:
            self.path.setText(path)

    def start(self) -> None:
        period, out = self.period.currentData(), Path(self.path.text().strip())
        self.build_button.setEnabled(False)
        self.message.setText("")

        def work(progress):
            return build_package(self.ctx, period, out, progress=lambda done, total: progress.report(
                done, total, self.tr("Indicatori: {done} di {total}").format(done=done, total=total)))

        self.tasks.run(self.tr("Preparazione del pacchetto"), work, self._done, self._failed)

    def _done(self, built) -> None:
        self.result = built
        self.build_button.setEnabled(True)
        self.message.setText(self.tr(
            "Pacchetto scritto in {path}.\nImpronta del contenuto (SHA-256): {content}\n"
            "Impronta del file: {file}\nPartecipanti: {n}; correzioni rispetto all'ultimo "
            "invio: {c}.").format(path=built.path, content=built.content_sha256,
                                   file=built.file_sha256, n=built.participants,
                                   c=len(built.corrections)))
        self.built.emit(built)

    def _failed(self, exc: BaseException) -> None:
        self.build_button.setEnabled(True)
        if isinstance(exc, Cancelled):
            return
        if isinstance(exc, UserError):
            self.message.setText("\n".join(problems_of(exc).values()))
            return
        task_failed(self, exc)
