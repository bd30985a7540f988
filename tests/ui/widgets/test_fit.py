"""The fit check finds what a 1366×800 screen cuts: so the tour's test can fail."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QHBoxLayout, QListWidget, QPushButton, QScrollArea, QTableWidget, QTableWidgetItem,
    QVBoxLayout, QWidget,
)

from borgo_desktop.ui.widgets.fit import what_does_not_fit


def _shown(qtbot, widget: QWidget, width: int, height: int) -> QWidget:
    qtbot.addWidget(widget)
    widget.resize(width, height)
    widget.show()
    qtbot.waitExposed(widget)
    qtbot.wait(20)  # the deferred layout that shows the scroll bars
    return widget


def test_a_squeezed_button_and_a_button_past_the_edge_are_found(qtbot):
    page = QWidget()
    squeezed = QPushButton("Stampa scheda", page)
    squeezed.setObjectName("squeezed")
    squeezed.setGeometry(0, 0, 40, 30)
    inner = QWidget()
    row = QHBoxLayout(inner)
    for text in ("Modifica nucleo", "Aggiungi componente", "Segnala guasto", "Morosità"):
        row.addWidget(QPushButton(text))
    scroll = QScrollArea()
    scroll.setObjectName("page_scroll")
    scroll.setWidget(inner)
    layout = QVBoxLayout(page)
    layout.addSpacing(40)
    layout.addWidget(scroll)
    found = what_does_not_fit(_shown(qtbot, page, 300, 200))
    assert any("«squeezed»" in f and "Stampa scheda" in f for f in found)
    assert any("tagliato dal bordo" in f for f in found)
    assert any("page_scroll" in f and "barra di scorrimento" in f for f in found)


def test_an_elided_cell_and_a_squeezed_list_are_found(qtbot):
    table = QTableWidget(1, 1)
    table.setObjectName("notes")
    table.setItem(0, 0, QTableWidgetItem("Una nota molto lunga che non entra nella colonna"))
    table.setColumnWidth(0, 80)
    table.horizontalHeader().setStretchLastSection(False)
    found = what_does_not_fit(_shown(qtbot, table, 200, 120))
    assert any("«notes»: riga 1, colonna 1 tagliata" in f for f in found)

    rows = QListWidget()
    rows.setObjectName("steps")
    rows.addItems([f"Passo {n}" for n in range(10)])
    found = what_does_not_fit(_shown(qtbot, rows, 200, 40))
    assert any("«steps»: mostra" in f for f in found)


def test_what_fits_is_not_reported(qtbot):
    page = QWidget()
    layout = QVBoxLayout(page)
    layout.addWidget(QPushButton("Salva"))
    table = QTableWidget(2, 2)
    for r in range(2):
        for c in range(2):
            table.setItem(r, c, QTableWidgetItem("ok"))
    layout.addWidget(table)
    assert what_does_not_fit(_shown(qtbot, page, 400, 300)) == []
