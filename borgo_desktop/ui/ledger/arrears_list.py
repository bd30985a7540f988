"""The arrears list: households behind with payments, oldest debt first, filtered by
building, age of the debt, step of the reminder ladder and support (in the database; export
and print write exactly what it shows)."""

from __future__ import annotations

from borgo_desktop.models.arrears import LadderStep
from borgo_desktop.services.ledger.listing_spec import BUCKET_DAYS, bucket_range
from borgo_desktop.services.registry import registry
from borgo_desktop.ui.widgets.list_page import FilterDef, ListPage, enum_options
from borgo_desktop.ui.widgets.fields import set_combo_data


class ArrearsListPage(ListPage):
    spec_name = "arrears"

    def page_title(self) -> str:
        return self.tr("Morosità")

    def count_text(self, n: int) -> str:
        return self.tr("1 nucleo in ritardo") if n == 1 else \
            self.tr("{n} nuclei in ritardo").format(n=n)

    def filter_defs(self) -> tuple[FilterDef, ...]:
        today = self.ctx.today()
        labels = {"0-30": self.tr("fino a 30 giorni"), "31-60": self.tr("31–60 giorni"),
                  "61-90": self.tr("61–90 giorni"), "90+": self.tr("oltre 90 giorni")}
        buildings = tuple((f"{b.code} – {b.name}", b.code)
                          for b in registry.list_buildings(self.ctx))
        return (FilterDef("building", self.tr("Edificio:"), buildings),
                FilterDef("bucket", self.tr("Ritardo:"),
                          tuple((labels[b], bucket_range(b, today)) for b in BUCKET_DAYS)),
                FilterDef("step", self.tr("Sollecito:"), enum_options(LadderStep)),
                FilterDef("supported", self.tr("Accompagnati:"),
                          ((self.tr("Sì"), "yes"), (self.tr("No"), "no"))))

    def set_building(self, code: str) -> None:
        """Show one building only (the dashboard's arrears tile lands here)."""
        set_combo_data(self.combos["building"], code)
