"""The household page shows what was sent to the household, how and what came back."""

from __future__ import annotations

from datetime import date

from borgo_desktop.models.communication import DeliveryChannel
from borgo_desktop.services.communication import deliveries
from borgo_desktop.services.communication.deliveries import SentInput
from borgo_desktop.services.communication.merge import BatchRequest, run_batch
from borgo_desktop.ui.main_window import MainWindow

from helpers import comm_world


def test_the_household_page_lists_its_communications(qtbot, ctx, tmp_path):
    borgo = comm_world.build(ctx)
    comm_world.invitation(ctx)
    batch = run_batch(ctx, BatchRequest("INVITO", "staircase:DL51-A"), tmp_path / "l.pdf")
    mine = [d for d in deliveries.mailing_deliveries(ctx, batch.id)
            if d.household_id == borgo.colombo.id]
    deliveries.record_sent(ctx, [mine[0].id], SentInput(DeliveryChannel.REGISTERED,
                                                        date(2026, 11, 25), "RA 99"))
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    page = window.open_household(borgo.colombo.id)
    box = page.delivery_box
    assert box.title() == "Comunicazioni ricevute (1)"
    row = [box.table.item(0, c).text() for c in range(box.table.columnCount())]
    assert row[1] == batch.code and row[2] == "Invito all'assemblea (v. 1)"
    assert row[3:6] == ["Raccomandata A/R", "Inviata", "25/11/2026"]
    other = window.open_household(borgo.nobody.id).delivery_box
    assert other.empty.isVisibleTo(other) and not other.table.isVisibleTo(other)
