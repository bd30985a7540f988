"""The program's icon and its «Informazioni» box (Aiuto → Informazioni su Borgo Desktop)."""

from __future__ import annotations

from pathlib import Path

from PySide6 import __version__ as PYSIDE_VERSION
from PySide6.QtCore import QCoreApplication, qVersion
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QMessageBox, QWidget

from borgo_desktop import __version__

APP_ICON_DIR = Path(__file__).resolve().parents[2] / "resources" / "app"

_icon: list[QIcon] = []


def app_icon() -> QIcon:
    """The program's icon (resources/app, drawn by tools/make_app_icon.py): the SVG where Qt
    can draw it, the 256 px PNG otherwise."""
    if not _icon:
        icon = QIcon(str(APP_ICON_DIR / "borgo.png"))
        icon.addFile(str(APP_ICON_DIR / "borgo.svg"))
        _icon.append(icon)
    return _icon[0]


def about_text() -> str:
    import platform  # not at import: this module is loaded before the login

    translate = QCoreApplication.translate
    purpose = translate("About", "Il programma dell'ufficio di borgo di «Abitare in borgo» "
                                 "(Comune di Milano, Cascina Boldinasco, via De Lemene 51/55/59).")
    areas = translate("About", "Anagrafe degli inquilini, alloggi, piano di assegnazione, "
                               "manutenzione, spazi comuni, comunità e accompagnamento sociale, "
                               "con i dati cifrati sul disco.")
    versions = translate("About", "Versione {version} · Python {python} · Qt {qt} · "
                                  "PySide6 {pyside}")
    return (f"<h3>Borgo Desktop {__version__}</h3><p>{purpose}</p><p>{areas}</p>"
            "<p><small>{}</small></p>".format(versions.format(
                version=__version__, python=platform.python_version(), qt=qVersion(),
                pyside=PYSIDE_VERSION)))


def show_about(parent: QWidget | None) -> QMessageBox:
    """Window-modal, without blocking the caller (tests read it, then close it)."""
    from PySide6.QtCore import Qt  # not at import: this module is loaded before the login

    box = QMessageBox(parent)
    box.setObjectName("about_box")
    box.setWindowTitle(QCoreApplication.translate("About", "Informazioni su Borgo Desktop"))
    box.setIconPixmap(app_icon().pixmap(96, 96))
    box.setTextFormat(Qt.TextFormat.RichText)
    box.setText(about_text())
    box.setStandardButtons(QMessageBox.StandardButton.Close)
    box.open()
    return box
