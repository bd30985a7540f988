"""The user manual in the window: Markdown pages shipped in resources/help, shown by a
QTextBrowser, and F1 on any screen opening the page of that screen (topics.py).

One help window for the program. Over a modal form it opens as a window of that form, so it
can be read and scrolled while the form waits (a window of its own would be blocked).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QKeySequence, QShortcut, QTextDocument
from PySide6.QtWidgets import (
    QApplication, QHBoxLayout, QPushButton, QTextBrowser, QVBoxLayout, QWidget,
)

from borgo_desktop.ui.help.topics import HELP_DIR, INDEX, page_path, topic_for

_window: list["HelpWindow"] = []


class HelpWindow(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("help_window")
        self.setWindowTitle(self.tr("Guida di Borgo Desktop"))
        self.resize(760, 640)
        self.browser = QTextBrowser()
        self.browser.setObjectName("help_browser")
        self.browser.setAccessibleName(self.tr("Pagina della guida"))
        self.browser.setOpenExternalLinks(True)
        self.browser.setSearchPaths([str(HELP_DIR)])
        self.browser.sourceChanged.connect(self._source_changed)
        self.back_button = QPushButton(self.tr("&Indietro"))
        self.back_button.setObjectName("help_back_button")
        self.back_button.clicked.connect(self.browser.backward)
        self.browser.backwardAvailable.connect(self.back_button.setEnabled)
        self.back_button.setEnabled(False)
        self.index_button = QPushButton(self.tr("&Sommario"))
        self.index_button.setObjectName("help_index_button")
        self.index_button.clicked.connect(lambda: self.show_topic(INDEX))
        close = QPushButton(self.tr("&Chiudi"))
        close.setObjectName("help_close_button")
        close.clicked.connect(self.close)
        buttons = QHBoxLayout()
        buttons.addWidget(self.back_button)
        buttons.addWidget(self.index_button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.browser, 1)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Close), self, self.close)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.close)
        self.topic = INDEX

    def show_topic(self, topic: str) -> None:
        path = page_path(topic)
        if not path.is_file():
            topic, path = INDEX, page_path(INDEX)
        self.browser.setSource(QUrl.fromLocalFile(str(path)),
                               QTextDocument.ResourceType.MarkdownResource)

    def _source_changed(self, url: QUrl) -> None:
        self.topic = url.fileName().removesuffix(".md") or INDEX
        title = self.browser.documentTitle() or self.browser.document().firstBlock().text()
        self.setWindowTitle(self.tr("Guida – {page}").format(page=title))


def help_window() -> HelpWindow | None:
    return _window[0] if _window else None


def open_help(topic: str) -> HelpWindow:
    """Show the help window at ``topic``'s page, in front of whatever is open."""
    modal = QApplication.activeModalWidget()
    window = help_window()
    if window is None:
        window = HelpWindow(modal)
        window.destroyed.connect(_window.clear)
        _window.append(window)
    elif window.parentWidget() is not modal:
        geometry = window.geometry()
        window.setParent(modal, Qt.WindowType.Window)
        window.setGeometry(geometry)
    window.show_topic(topic)
    window.show()
    window.raise_()
    window.activateWindow()
    return window


def help_for(widget: QWidget | None) -> HelpWindow:
    """The page of the screen ``widget`` is on (the focused one, when it is None)."""
    widget = widget or QApplication.focusWidget() or QApplication.activeWindow()
    return open_help(topic_for(widget) if widget is not None else INDEX)
