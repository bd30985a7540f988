"""`borgo-desktop export tickets`: the list as the window shows it, to .xlsx or .csv."""

from __future__ import annotations

import csv

import openpyxl

from borgo_desktop.cli import main
from borgo_desktop.models.tickets import Priority
from borgo_desktop.services.tickets import tickets

from helpers.ticket_world import build_world, leak


def test_export_tickets_to_xlsx_and_csv(cli_data, tmp_path):
    ctx = cli_data.context()  # the manager, on the encrypted data folder
    store = ctx.store
    try:
        world = build_world(ctx)
        first = tickets.create_ticket(ctx, leak(world, priority=Priority.URGENT)).ticket
        tickets.create_ticket(ctx, leak(world, category_code="electrical", summary="Presa"))
    finally:
        store.close()
    xlsx, text = tmp_path / "t.xlsx", tmp_path / "t.csv"
    assert main(["export", "tickets", "--out", str(xlsx), *cli_data.args()]) == 0
    rows = list(openpyxl.load_workbook(xlsx).worksheets[0].iter_rows(values_only=True))
    assert rows[0][:4] == ("Codice", "Aperta il", "Priorità", "Stato")
    assert [r[0] for r in rows[1:]] == [first.code[:-1] + "2", first.code]  # newest first
    assert rows[2][2:5] == ("Urgente", "Nuova", "Idraulica")
    assert main(["export", "tickets", "--format", "csv", "--out", str(text),
                 *cli_data.args()]) == 0
    with open(text, encoding="utf-8-sig") as handle:
        lines = list(csv.reader(handle, delimiter=";"))
    assert lines[1][7] == "Presa" and lines[2][6] == world.a1.code
