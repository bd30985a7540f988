"""The violations screens of the screenshot tour: the list, a violation under formal notice
(the demo has one) with its ladder, the report form, the register of guests."""

from __future__ import annotations

from collections.abc import Callable

from borgo_desktop.models.violations import ViolationStatus
from borgo_desktop.services.core import listing


def violation_screens(window, shot: Callable[..., None]) -> None:
    if "violations" not in [area.key for area in window.areas]:
        return
    area = window.open_area("violations")
    shot("24_violazioni.png")
    rows = listing.fetch_page(window.ctx, listing.SPECS["violations"],
                              {"status": ViolationStatus.FORMAL_NOTICE}, "code", True, 0, 1)
    if rows:
        window.open_violation(rows[0].id)
        shot("25_violazione.png")
        window.open_area("violations")
    form = area.report()
    form.resize(640, form.sizeHint().height())
    shot("25b_segnala_violazione.png", form)
    form.mark_clean()
    form.reject()
    area.tabs.setCurrentWidget(area.guests)
    shot("26_registro_ospiti.png")
    area.tabs.setCurrentWidget(area.list_page)
