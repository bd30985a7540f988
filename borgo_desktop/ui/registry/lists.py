"""The registry lists: households, persons, units (filters with Italian labels)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QPushButton

from borgo_desktop.models.enums import HouseholdStatus, Regime, Sex, Stage, UnitStatus
from borgo_desktop.services.core.permissions import Permission, allowed
from borgo_desktop.services.allocation import allocation
from borgo_desktop.services.registry import registry
from borgo_desktop.ui.widgets.dialogs import open_tracked
from borgo_desktop.ui.widgets.icons import icon
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
    """The units, and for manager and administrator the estate's own entry: new building,
    new unit (a unit's page edits and retires it)."""

    spec_name = "units"
    estate_changed = Signal(object)  # the id of a building or unit just saved

    def __init__(self, ctx, parent=None) -> None:
        super().__init__(ctx, parent)
        self.dialog = None
        self.new_building_button = QPushButton(icon("fa5s.building"), self.tr("Nuovo &edificio…"))
        self.new_building_button.setObjectName("new_building_button")
        self.new_building_button.clicked.connect(self.new_building)
        self.new_unit_button = QPushButton(icon("fa5s.plus-circle"), self.tr("Nuovo &alloggio…"))
        self.new_unit_button.setObjectName("new_unit_button")
        self.new_unit_button.clicked.connect(self.new_unit)
        self.import_button = QPushButton(icon("fa5s.file-import"), self.tr("&Importa alloggi…"))
        self.import_button.setObjectName("import_units_button")
        self.import_button.setToolTip(self.tr("Crea molti alloggi da un foglio Excel o CSV, con "
                                              "anteprima e controllo di ogni riga."))
        self.import_button.clicked.connect(self.import_units)
        at = self.top_bar.indexOf(self.export_button)
        for button in (self.import_button, self.new_unit_button, self.new_building_button):
            self.top_bar.insertWidget(at, button)
        if not allowed(ctx.actor, Permission.ESTATE_MANAGE):
            self.new_building_button.hide()
            self.new_unit_button.hide()
        if not (allowed(ctx.actor, Permission.ESTATE_MANAGE)
                and allowed(ctx.actor, Permission.IMPORT_DATA)):
            self.import_button.hide()

    def import_units(self):
        """The import dialog for units, window-modal without blocking (checks run behind)."""
        from PySide6.QtCore import Qt

        from borgo_desktop.ui.registry.importing import ImportDialog, kinds

        dialog = ImportDialog(self.ctx, self, kinds.units())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.imported.connect(lambda _count: self._saved(None))
        dialog.open()
        self.dialog = dialog
        return dialog

    def new_building(self):
        from borgo_desktop.ui.registry.estate_forms import BuildingForm

        return open_tracked(self, BuildingForm(self.ctx, parent=self), self._saved)

    def new_unit(self):
        from borgo_desktop.ui.registry.estate_forms import UnitForm

        building = self.combos["building"].currentData() or ""
        return open_tracked(self, UnitForm(self.ctx, building_code=building, parent=self),
                            self._saved)

    def _saved(self, record_id) -> None:
        self._reload_buildings()
        self.refresh()
        self.estate_changed.emit(record_id)

    def _reload_buildings(self) -> None:
        combo = self.combos["building"]
        chosen = combo.currentData()
        combo.blockSignals(True)
        while combo.count() > 1:
            combo.removeItem(1)
        for text, value in self._building_options():
            combo.addItem(text, value)
        combo.setCurrentIndex(max(combo.findData(chosen), 0))
        combo.blockSignals(False)

    def _building_options(self) -> tuple[tuple[str, object], ...]:
        return tuple((b.name, b.code) for b in registry.list_buildings(self.ctx))

    def page_title(self) -> str:
        return self.tr("Alloggi")

    def count_text(self, n: int) -> str:
        return self.tr("1 alloggio") if n == 1 else self.tr("{n} alloggi").format(n=n)

    def filter_defs(self) -> tuple[FilterDef, ...]:
        return (FilterDef("status", self.tr("Stato:"), enum_options(UnitStatus)),
                FilterDef("regime", self.tr("Regime:"), enum_options(Regime)),
                FilterDef("building", self.tr("Edificio:"), self._building_options()),
                FilterDef("accessible", self.tr("Accessibile:"),
                          ((self.tr("Sì"), True), (self.tr("No"), False))))


def __getattr__(name: str):  # a helper that lived here before the layout, for one wave
    if name == "_enum_options":
        return enum_options
    raise AttributeError(name)
