"""The paged list model and the list pages: Qt's model contract, paging, database sort, filters."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt

from borgo_desktop.services.core import listing
from borgo_desktop.ui.registry.lists import HouseholdListPage, PersonListPage, UnitListPage
from borgo_desktop.ui.widgets import table_model
from borgo_desktop.ui.widgets.table_model import ID_ROLE, ListTableModel


def column(model: ListTableModel, key: str) -> list[str]:
    c = [col.key for col in model.spec.columns].index(key)
    return [model.index(r, c).data() for r in range(model.rowCount())]


def test_the_households_model_passes_qt_model_tester(qtmodeltester, ctx, world):
    model = ListTableModel(ctx, listing.SPECS["households"])
    qtmodeltester.check(model)
    assert model.rowCount() == 3


def test_rows_arrive_in_pages_as_the_view_asks(qtmodeltester, ctx, world, monkeypatch):
    monkeypatch.setattr(table_model, "PAGE_SIZE", 4)
    model = ListTableModel(ctx, listing.SPECS["persons"])
    assert (model.total, model.rowCount()) == (7, 4)
    assert model.canFetchMore(QModelIndex())
    model.fetchMore(QModelIndex())
    assert model.rowCount() == 7 and not model.canFetchMore(QModelIndex())
    qtmodeltester.check(model)
    ids = {model.index(r, 0).data(ID_ROLE) for r in range(7)}
    assert len(ids) == 7  # no row twice across pages


def test_sorting_runs_in_the_database_and_keeps_paging(ctx, world, monkeypatch):
    monkeypatch.setattr(table_model, "PAGE_SIZE", 3)
    model = ListTableModel(ctx, listing.SPECS["persons"])
    model.sort(3, Qt.SortOrder.DescendingOrder)  # birth date, youngest first
    assert (model.sort_key, model.descending) == ("birth_date", True)
    assert column(model, "birth_date") == ["30/06/2014", "20/01/2010", "14/02/1990"]
    model.fetchMore(QModelIndex())
    assert column(model, "birth_date")[3:] == ["05/11/1989", "03/09/1981", "12/04/1978"]


def test_values_read_in_italian(ctx, world):
    households = ListTableModel(ctx, listing.SPECS["households"])
    assert column(households, "status") == ["In assegnazione"] * 3
    assert column(households, "unit") == ["", world.units.a2.code, ""]
    members = [households.index(r, 2) for r in range(3)]
    assert [i.data() for i in members] == ["4", "2", "1"]
    assert members[0].data(Qt.ItemDataRole.TextAlignmentRole) & Qt.AlignmentFlag.AlignRight
    units = ListTableModel(ctx, listing.SPECS["units"])
    assert column(units, "accessible") == ["No", "No", "Sì"]
    assert column(units, "surface") == ["48,0", "75,0", "60,0"]
    assert households.headerData(1, Qt.Orientation.Horizontal) == "Intestatario"


def test_filters_reload_the_count(ctx, world):
    model = ListTableModel(ctx, listing.SPECS["persons"])
    model.setFilters({"text": "rossi", "sex": "F"})
    assert model.total == 1 and column(model, "given_name") == ["Giulia"]
    model.setFilters({"text": ""})
    assert model.total == 7


def test_the_list_page_filters_as_the_user_types_and_counts(qtbot, ctx, world):
    page = HouseholdListPage(ctx)
    qtbot.addWidget(page)
    assert page.count_label.text() == "3 nuclei"
    qtbot.keyClicks(page.text_filter, "bianchi")
    qtbot.waitUntil(lambda: page.count_label.text() == "1 nucleo")
    status = page.combos["status"]
    status.setCurrentIndex(status.findText("Residente"))
    assert page.count_label.text() == "0 nuclei"
    assert [status.itemText(i) for i in range(status.count())] == [
        "Tutti", "In assegnazione", "Residente", "Uscito"]
    assert page.combos["category"].findText("Giovani coppie") > 0


def test_double_click_opens_the_row(qtbot, ctx, world):
    page = UnitListPage(ctx)
    qtbot.addWidget(page)
    page.show()
    index = page.model.index(1, 0)
    rect = page.table.visualRect(index)
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    with qtbot.waitSignal(page.row_opened) as opened:
        qtbot.mouseDClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert opened.args == [world.units.a2.id]
    page.table.setCurrentIndex(page.model.index(2, 0))
    with qtbot.waitSignal(page.row_opened) as opened:
        qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert opened.args == [world.units.b1.id]


def test_export_writes_the_list_as_filtered(qtbot, ctx, world, tmp_path):
    page = PersonListPage(ctx)
    qtbot.addWidget(page)
    without = page.combos["without_household"]
    without.setCurrentIndex(without.findText("In un nucleo"))
    qtbot.keyClicks(page.text_filter, "rossi")
    page.apply_filters()
    with qtbot.waitSignal(page.status_message, timeout=10_000) as message:
        page.export_to(tmp_path / "persone.csv", "csv")
    lines = (tmp_path / "persone.csv").read_text(encoding="utf-8-sig").splitlines()
    assert len(lines) == 4  # header + the three Rossi
    assert "3 righe esportate" in message.args[0]


def test_print_makes_a_pdf_and_hands_it_to_the_viewer(qtbot, ctx, world, monkeypatch):
    from borgo_desktop.ui.widgets import list_page

    opened = []
    monkeypatch.setattr(list_page, "open_file", opened.append)
    page = UnitListPage(ctx)
    qtbot.addWidget(page)
    page.print_list()
    qtbot.waitUntil(lambda: bool(opened), timeout=10_000)
    assert opened[0].read_bytes().startswith(b"%PDF")


def test_a_list_page_counts_and_fetches_its_first_page_once(qtbot, ctx, world, monkeypatch):
    calls = []
    for name in ("count", "fetch_page"):
        real = getattr(listing, name)
        monkeypatch.setattr(listing, name, lambda *a, real=real, name=name, **k:
                            calls.append(name) or real(*a, **k))
    page = PersonListPage(ctx)
    qtbot.addWidget(page)
    assert calls == ["count", "fetch_page"]  # turning sorting on does not load again
    assert page.count_label.text() == "7 persone"
    page.table.sortByColumn(3, Qt.SortOrder.DescendingOrder)  # a new order does load
    assert calls[2:] == ["count", "fetch_page"]
    assert column(page.model, "birth_date")[0] == "30/06/2014"


def test_columns_fit_their_title_and_first_rows(qtbot, ctx, world):
    page = PersonListPage(ctx)
    qtbot.addWidget(page)
    metrics = page.table.fontMetrics()
    c = [col.key for col in page.model.spec.columns].index("tax_code")
    widest = max(metrics.horizontalAdvance(text) for text in column(page.model, "tax_code"))
    assert page.table.columnWidth(c) > widest
