"""The office's estate in the window: a building's form, a unit's form, retiring with a date.

Each form sends everything to services.registry (create, edit) or services.registry.estate
(buildings' edit, retiring); every problem comes back at once, under its field, and the
form keeps what was typed. Only manager and administrator see the buttons (ESTATE_MANAGE);
the services refuse anyone else anyway.
"""

from __future__ import annotations

import uuid

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QDialog, QDialogButtonBox, QDoubleSpinBox, QFormLayout, QLabel,
    QLineEdit, QSpinBox, QVBoxLayout, QWidget,
)

from borgo_desktop.errors import UserError
from borgo_desktop.models.enums import Regime, RentModel, UnitStatus
from borgo_desktop.services.core.context import Context
from borgo_desktop.services.registry import estate, registry
from borgo_desktop.services.registry.forms import FLOORS, BuildingInput, UnitInput
from borgo_desktop.services.registry.views import BuildingView, UnitView
from borgo_desktop.ui.widgets.fields import (
    DateEdit, MoneyEdit, combo_enum, enum_combo, set_combo_data,
)
from borgo_desktop.ui.widgets.forms import DirtyDialog, FormErrors, banner_label, problems_summary
from borgo_desktop.ui.widgets.texts import problems_of, vocab


class _EstateForm(DirtyDialog):
    """A column of labelled fields, each with its red label; «Salva» calls ``save``."""

    saved = Signal(object)  # the record's id

    def __init__(self, ctx: Context, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.banner = banner_label()
        self.errors = FormErrors(self.banner)
        self.form = QFormLayout()
        self.form.setVerticalSpacing(4)

    def add(self, key: str, label: str, widget: QWidget) -> QWidget:
        widget.setObjectName(f"{key}_field")
        widget.setAccessibleName(label.replace("&", ""))
        column = QVBoxLayout()
        column.setSpacing(0)
        column.addWidget(widget)
        column.addWidget(self.errors.register(key, widget))
        caption = QLabel(label)
        caption.setBuddy(widget)
        self.form.addRow(caption, column)
        return widget

    def finish(self) -> None:
        buttons, self.save_button = self.save_cancel_buttons()
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addLayout(self.form)
        layout.addWidget(buttons)
        self.watch(self)

    def refused(self, exc: UserError) -> None:
        self.errors.clear()
        problems = problems_of(exc)
        rest = self.errors.show(problems)
        self.errors.show_banner([problems_summary(len(problems)), *rest.values()])

    def done_with(self, record_id: uuid.UUID) -> None:
        self.mark_clean()
        self.saved.emit(record_id)
        self.accept()


def _spin(low: int, high: int, value: int = 0) -> QSpinBox:
    spin = QSpinBox()
    spin.setRange(low, high)
    spin.setValue(value)
    return spin


class BuildingForm(_EstateForm):
    def __init__(self, ctx: Context, building: BuildingView | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setObjectName("building_form")
        self.building = building
        self.setWindowTitle(self.tr("Nuovo edificio") if building is None else
                            self.tr("Modifica edificio {code}").format(code=building.code))
        self.code = self.add("code", self.tr("&Codice"), QLineEdit())
        self.code.setMaxLength(16)
        self.name = self.add("name", self.tr("&Nome"), QLineEdit())
        self.address = self.add("address", self.tr("&Indirizzo"), QLineEdit())
        self.cap = self.add("cap", self.tr("C&AP"), QLineEdit())
        self.cap.setMaxLength(5)
        self.city = self.add("city", self.tr("C&omune"), QLineEdit("Milano"))
        self.municipio = self.add("municipio", self.tr("&Municipio"), QComboBox())
        self.municipio.addItem(self.tr("non indicato"), None)
        for number in range(1, 10):
            self.municipio.addItem(str(number), number)
        if building is not None:
            self.code.setText(building.code)
            self.code.setReadOnly(True)
            self.code.setToolTip(self.tr("Il codice non si cambia: è parte del codice degli "
                                         "alloggi."))
            self.name.setText(building.name)
            self.address.setText(building.address)
            self.cap.setText(building.cap)
            self.city.setText(building.city)
            set_combo_data(self.municipio, building.municipio)
        self.finish()
        (self.name if building is not None else self.code).setFocus()

    def building_input(self) -> BuildingInput:
        return BuildingInput(self.code.text().strip().upper(), self.name.text(),
                             self.address.text(), self.cap.text(),
                             self.municipio.currentData(), self.city.text().strip() or "Milano")

    def save(self) -> None:
        try:
            if self.building is None:
                view = registry.create_building(self.ctx, self.building_input())
            else:
                view = estate.update_building(self.ctx, self.building.id, self.building_input())
        except UserError as exc:
            self.refused(exc)
            return
        self.done_with(view.id)


class UnitForm(_EstateForm):
    def __init__(self, ctx: Context, unit: UnitView | None = None,
                 building_code: str = "", parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setObjectName("unit_form")
        self.unit = unit
        self.setWindowTitle(self.tr("Nuovo alloggio") if unit is None else
                            self.tr("Modifica alloggio {code}").format(code=unit.code))
        self.building = self.add("building_code", self.tr("&Edificio"), QComboBox())
        for b in registry.list_buildings(ctx):
            if b.retired_on is None or (unit is not None and b.code == unit.building_code):
                self.building.addItem(f"{b.code} – {b.name}", b.code)
        self.staircase = self.add("staircase", self.tr("&Scala"), QLineEdit())
        self.staircase.setMaxLength(8)
        self.floor = self.add("floor", self.tr("&Piano"), _spin(FLOORS[0], FLOORS[1]))
        self.number = self.add("number", self.tr("&Interno"), QLineEdit())
        self.number.setMaxLength(8)
        self.surface = self.add("surface_m2", self.tr("S&uperficie (m²)"), QDoubleSpinBox())
        self.surface.setRange(0, 9_999)
        self.surface.setDecimals(1)
        self.rooms = self.add("rooms", self.tr("&Locali"), _spin(0, 99, 2))
        self.accessible = self.add("accessible", self.tr("&Accessibile"), QCheckBox())
        self.regime = self.add("regime", self.tr("&Regime"), enum_combo(Regime))
        self.rent_model = self.add("rent_model", self.tr("&Modello di canone"),
                                   enum_combo(RentModel))
        self.rate = self.add("rent_rate_cents", self.tr("&Tariffa (€)"), MoneyEdit())
        self.rate.setToolTip(self.tr("€/m² all'anno per il canone calmierato, € al mese per il "
                                     "contributo fisso; non usata per le fasce ISEE."))
        self.sheet = self.add("cadastral_sheet", self.tr("&Foglio catastale"), QLineEdit())
        self.parcel = self.add("cadastral_parcel", self.tr("Parti&cella"), QLineEdit())
        self.sub = self.add("cadastral_sub", self.tr("Su&balterno"), QLineEdit())
        self.status = self.add("status", self.tr("Stat&o"), QComboBox())
        for member in registry.FORM_STATUSES:
            self.status.addItem(vocab(member), member)
        if unit is not None:
            self._load(unit)
        elif building_code:
            set_combo_data(self.building, building_code)
        self.finish()
        (self.surface if unit is not None else self.building).setFocus()

    def _load(self, u: UnitView) -> None:
        set_combo_data(self.building, u.building_code)
        self.building.setEnabled(False)  # a unit does not move to another building
        for widget, text in ((self.staircase, u.staircase), (self.number, u.number),
                             (self.sheet, u.cadastral_sheet), (self.parcel, u.cadastral_parcel),
                             (self.sub, u.cadastral_sub)):
            widget.setText(text)
        self.staircase.setReadOnly(True)  # both are part of the unit's code
        self.number.setReadOnly(True)
        self.floor.setValue(u.floor)
        self.surface.setValue(u.surface_m2)
        self.rooms.setValue(u.rooms)
        self.accessible.setChecked(u.accessible)
        set_combo_data(self.regime, u.regime)
        set_combo_data(self.rent_model, u.rent_model)
        self.rate.set_cents(u.rent_rate_cents)
        if u.status not in registry.FORM_STATUSES:  # follows the lease or the allocation
            self.status.addItem(vocab(u.status), u.status)
            self.status.setEnabled(False)
        set_combo_data(self.status, u.status)

    def unit_input(self) -> UnitInput:
        """ValueError when the rate is not an amount."""
        return UnitInput(
            building_code=self.building.currentData() or "", staircase=self.staircase.text(),
            floor=self.floor.value(), number=self.number.text(),
            surface_m2=self.surface.value(), rooms=self.rooms.value(),
            regime=combo_enum(self.regime, Regime), rent_model=combo_enum(self.rent_model, RentModel),
            rent_rate_cents=self.rate.cents() or 0, accessible=self.accessible.isChecked(),
            status=combo_enum(self.status, UnitStatus), cadastral_sheet=self.sheet.text().strip(),
            cadastral_parcel=self.parcel.text().strip().upper(),
            cadastral_sub=self.sub.text().strip())

    def save(self) -> None:
        try:
            data = self.unit_input()
        except ValueError:
            self.errors.clear()
            self.errors.set("rent_rate_cents",
                            self.tr("Importo non leggibile: usare il formato 1.234,56"))
            return
        try:
            if self.unit is None:
                view = registry.create_unit(self.ctx, data)
            else:
                view = registry.update_unit(self.ctx, self.unit.id, data)
        except UserError as exc:
            self.refused(exc)
            return
        self.done_with(view.id)


class RetireDialog(QDialog):
    """«Dismetti»: the day the record leaves the estate (today unless changed)."""

    def __init__(self, ctx: Context, title: str, text: str, retire,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("retire_dialog")
        self.setWindowTitle(title)
        self.ctx = ctx
        self.retire = retire  # callable(day) -> view, raising UserError
        self.result_view = None
        explanation = QLabel(text)
        explanation.setWordWrap(True)
        self.day = DateEdit(ctx.today())
        self.day.setObjectName("retire_day")
        self.day.setAccessibleName(self.tr("Data di dismissione"))
        self.error = QLabel()
        self.error.setObjectName("retire_error")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b3261e;")
        self.error.hide()
        form = QFormLayout()
        caption = QLabel(self.tr("&Data di dismissione"))
        caption.setBuddy(self.day)
        form.addRow(caption, self.day)
        buttons = QDialogButtonBox()
        self.retire_button = buttons.addButton(self.tr("&Dismetti"),
                                               QDialogButtonBox.ButtonRole.AcceptRole)
        self.retire_button.setObjectName("retire_button")
        buttons.addButton(self.tr("Annulla"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.confirm_retire)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(explanation)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def confirm_retire(self) -> None:
        try:
            self.result_view = self.retire(self.day.value())
        except UserError as exc:
            self.error.setText("\n".join(problems_of(exc).values()))
            self.error.show()
            return
        self.accept()
