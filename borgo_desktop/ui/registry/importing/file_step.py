"""Step 1 of the import: what the file must contain, the file chooser and the empty template."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt, Signal
from PySide6.QtWidgets import QFileDialog, QGroupBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout

from borgo_desktop.errors import UserError
from borgo_desktop.ui.registry.importing.kinds import ImportKind
from borgo_desktop.ui.widgets.dialogs import show_error
from borgo_desktop.ui.widgets.display import MUTED_STYLE
from borgo_desktop.ui.widgets.icons import icon

class FileStep(QGroupBox):
    file_chosen = Signal(Path)
    template_saved = Signal(Path)

    def __init__(self, kind: ImportKind) -> None:
        super().__init__()
        self.kind = kind
        self.setTitle(self.tr("1. Il file da importare"))
        self.folder = documents_folder()
        required = ", ".join(c.header for c in kind.columns if c.required)
        optional = ", ".join(c.header for c in kind.columns if not c.required)
        explanation = QLabel(kind.explanation.format(required=required, optional=optional))
        explanation.setObjectName("columns_help")
        explanation.setWordWrap(True)
        self.choose_button = QPushButton(icon("fa5s.folder-open"), self.tr("&Scegli il file…"))
        self.choose_button.setObjectName("choose_file_button")
        self.choose_button.clicked.connect(self.choose_file)
        self.file_label = QLabel(self.tr("Nessun file scelto."))
        self.file_label.setObjectName("file_label")
        self.file_label.setStyleSheet(MUTED_STYLE)
        self.file_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.template_button = QPushButton(icon("fa5s.download"), self.tr("Scarica il &modello…"))
        self.template_button.setObjectName("template_button")
        self.template_button.setToolTip(self.tr("Salva un foglio Excel vuoto con le colonne "
                                                "giuste e le istruzioni per compilarlo."))
        self.template_button.clicked.connect(self.save_template)
        for button in (self.choose_button, self.template_button):
            button.setAutoDefault(False)  # Enter is for «Importa», wherever the focus is
        row = QHBoxLayout()
        row.addWidget(self.choose_button)
        row.addWidget(self.file_label, 1)
        row.addWidget(self.template_button)
        column = QVBoxLayout(self)
        column.addWidget(explanation)
        column.addLayout(row)

    def choose_file(self) -> None:
        chosen, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Scegli il file da importare"), self.folder,
            self.tr("Fogli di calcolo (*.xlsx *.csv)") + ";;" + self.tr("Tutti i file (*)"))
        if chosen:
            self.show_path(Path(chosen))
            self.file_chosen.emit(Path(chosen))

    def show_path(self, path: Path) -> None:
        self.folder = str(path.parent)
        self.file_label.setText(str(path))
        self.file_label.setStyleSheet("")

    def save_template(self) -> None:
        chosen, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Scarica il modello"), str(Path(self.folder) / self.kind.template_name),
            self.tr("Foglio Excel (*.xlsx)"))
        if not chosen:
            return
        path = with_suffix(chosen, ".xlsx")
        try:
            self.kind.write_template(path)
        except UserError as exc:
            show_error(self, exc)
            return
        self.template_saved.emit(path)


def documents_folder() -> str:
    return QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)


def with_suffix(chosen: str, suffix: str) -> Path:
    """A name typed without extension gets the expected one (Linux dialogs add none)."""
    path = Path(chosen)
    return path if path.suffix else path.with_suffix(suffix)
