"""A PDF shown in the window (QtPdf), printed through the system's print dialog or saved
elsewhere: the letters' and notices' preview."""

from __future__ import annotations

import shutil
from pathlib import Path

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtGui import QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QFileDialog, QVBoxLayout, QWidget

PRINT_DPI = 150


class PdfPreview(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pdf_preview")
        self.document = QPdfDocument(self)
        self.view = QPdfView(self)
        self.view.setObjectName("pdf_view")
        self.view.setAccessibleName(self.tr("Anteprima di stampa"))
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.path: Path | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)

    def show_file(self, path: Path) -> None:
        self.path = Path(path)
        self.document.close()
        self.document.load(str(path))

    @property
    def pages(self) -> int:
        return self.document.pageCount()

    def print_to(self, printer: QPrinter) -> int:
        """Every page onto ``printer``, scaled to its page; the number of pages printed."""
        painter = QPainter()
        if not painter.begin(printer):
            return 0
        area = printer.pageRect(QPrinter.Unit.DevicePixel).toRect()
        for page in range(self.pages):
            if page:
                printer.newPage()
            points = self.document.pagePointSize(page)
            scale = PRINT_DPI / 72
            image = self.document.render(page, QSize(int(points.width() * scale),
                                                     int(points.height() * scale)))
            target = image.size().scaled(area.size(), Qt.AspectRatioMode.KeepAspectRatio)
            painter.drawImage(QRect(QPoint(0, 0), target), image)  # inside the margins
        painter.end()
        return self.pages

    def ask_print(self, dialog_factory=QPrintDialog) -> int:
        """The system's print dialog (tests pass a factory that accepts at once)."""
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = dialog_factory(printer, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return 0
        return self.print_to(printer)

    def ask_save(self) -> Path | None:
        if self.path is None:
            return None
        target, _chosen = QFileDialog.getSaveFileName(
            self, self.tr("Salva il PDF"), str(Path.home() / self.path.name),
            self.tr("Documento PDF (*.pdf)"))
        if not target:
            return None
        shutil.copyfile(self.path, target)
        return Path(target)
