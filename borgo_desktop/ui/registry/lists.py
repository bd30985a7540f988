"""The registry lists: households, persons, units (filters with Italian labels)."""

from __future__ import annotations

from borgo_desktop.models.enums import HouseholdStatus, Regime, Sex, Stage, UnitStatus
from borgo_desktop.services.allocation import allocation
from borgo_desktop.services.registry import registry
from borgo_desktop.ui.widgets.list_page import FilterDef, ListPage, enum_options


class HouseholdListPage(ListPage):
    spec_name = "households"

    def page_title(self) -> str:
        return self.tr("Nuclei familiari")

    def count_text(self, n: int) -> str:
        return self.tr("1 nucleo") if n == 1 else self.tr("{n} nuclei").format(n=n)

    def filter_defs(self) -> tuple[FilterDef, ...]:
        categories = tuple((c.label, c.code) for c in allocation.list_categories(self.ctx)
                           if c.active)
        return (FilterDef("status", self.tr("Stato:"), enum_options(HouseholdStatus)),
                FilterDef("stage", self.tr("Fase:"), enum_options(Stage)),
                FilterDef("category", self.tr("Categoria:"), categories))


class PersonListPage(ListPage):
    spec_name = "persons"

    def page_title(self) -> str:
        return self.tr("Persone")

    def count_text(self, n: int) -> str:
        return self.tr("1 persona") if n == 1 else self.tr("{n} persone").format(n=n)

    def filter_defs(self) -> tuple[FilterDef, ...]:
        return (FilterDef("sex", self.tr("Sesso:"), enum_options(Sex)),
                FilterDef("without_household", self.tr("Nucleo:"),
                          ((self.tr("In un nucleo"), False), (self.tr("Senza nucleo"), True))))


class UnitListPage(ListPage):
    spec_name = "units"

    def page_title(self) -> str:
        return self.tr("Alloggi")

    def count_text(self, n: int) -> str:
        return self.tr("1 alloggio") if n == 1 else self.tr("{n} alloggi").format(n=n)

    def filter_defs(self) -> tuple[FilterDef, ...]:
        buildings = tuple((b.name, b.code) for b in registry.list_buildings(self.ctx))
        return (FilterDef("status", self.tr("Stato:"), enum_options(UnitStatus)),
                FilterDef("regime", self.tr("Regime:"), enum_options(Regime)),
                FilterDef("building", self.tr("Edificio:"), buildings),
                FilterDef("accessible", self.tr("Accessibile:"),
                          ((self.tr("Sì"), True), (self.tr("No"), False))))


def __getattr__(name: str):  # a helper that lived here before the layout, for one wave
    if name == "_enum_options":
        return enum_options
    raise AttributeError(name)
