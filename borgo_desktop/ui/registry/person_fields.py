"""The fields of one person, shared by the household form (one per member) and the person form.

The codice fiscale is checked while it is typed, against the birth date, sex and birth
place entered: a refused code shows its reason under the field; a code that is valid but
does not match what was entered can be confirmed explicitly (the confirmation is logged by
the service), never silently accepted.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox, QGridLayout, QLabel, QLineEdit, QWidget,
)

from borgo_desktop.identifiers import check_tax_code
from borgo_desktop.models.enums import Education, Employment, Relation, Sex
from borgo_desktop.services.registry.forms import MemberInput, PersonInput
from borgo_desktop.services.registry.views import PersonView
from borgo_desktop.ui.widgets.fields import DateEdit, combo_enum, enum_combo, set_combo_data
from borgo_desktop.ui.widgets.forms import FormErrors
from borgo_desktop.ui.widgets.texts import error_text

TAX_CODE_LENGTH = 16


class PersonFields(QWidget):
    name_changed = Signal(str)  # "Surname Given name" as typed, for tab titles

    def __init__(self, *, with_relation: bool = True, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.errors = FormErrors()
        self.surname = QLineEdit()
        self.given_name = QLineEdit()
        self.tax_code = QLineEdit()
        self.tax_code.setMaxLength(20)  # room for the spaces people type between groups
        self.tax_code.setPlaceholderText("RSSMRA80A01F205X")
        self.birth_date = DateEdit()
        self.sex = enum_combo(Sex, blank="—")
        self.birth_place = QLineEdit()
        self.birth_place.setPlaceholderText(self.tr("Comune, o Stato se all'estero"))
        self.citizenship = QLineEdit()
        self.citizenship.setPlaceholderText(self.tr("es. italiana"))
        self.relation = enum_combo(Relation)
        self.employment = enum_combo(Employment)
        self.education = enum_combo(Education)
        self.has_disability = QCheckBox(self.tr("Persona con disabilità"))
        self.phone = QLineEdit()
        self.email = QLineEdit()
        self.accept_mismatch = QCheckBox(self.tr("Confermo il codice fiscale nonostante la differenza"))
        self.accept_mismatch.setObjectName("accept_mismatch")
        self.accept_mismatch.hide()
        self.mismatch = False  # the code is valid but differs from the data entered

        grid = QGridLayout(self)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        grid.setColumnMinimumWidth(2, 150)
        rows = [
            ("surname", self.tr("Cognome *"), self.surname),
            ("given_name", self.tr("Nome *"), self.given_name),
            ("tax_code", self.tr("Codice fiscale *"), self.tax_code),
            ("birth_date", self.tr("Data di nascita *"), self.birth_date),
            ("sex", self.tr("Sesso *"), self.sex),
            ("birth_place", self.tr("Luogo di nascita"), self.birth_place),
            ("citizenship", self.tr("Cittadinanza"), self.citizenship),
            ("relation", self.tr("Ruolo nel nucleo"), self.relation),
            ("employment", self.tr("Condizione lavorativa"), self.employment),
            ("education", self.tr("Titolo di studio"), self.education),
            ("phone", self.tr("Telefono"), self.phone),
            ("email", self.tr("E-mail"), self.email),
        ]
        if not with_relation:  # editing a person: the relation belongs to the household page
            rows = [r for r in rows if r[0] != "relation"]
            self.relation.setParent(self)
            self.relation.hide()
        for position, (key, label, widget) in enumerate(rows):
            self._add(grid, position, key, label, widget)
        last = (len(rows) + 1) // 2 * 2
        grid.addWidget(self.has_disability, last, 1)
        grid.addWidget(self.accept_mismatch, last + 1, 1, 1, 3)
        grid.setRowStretch(last + 2, 1)

        self.tax_code.textChanged.connect(lambda _text: self.check_tax_code())
        self.tax_code.editingFinished.connect(lambda: self.check_tax_code(final=True))
        self.birth_date.dateChanged.connect(lambda _date: self.check_tax_code())
        self.sex.currentIndexChanged.connect(lambda _index: self.check_tax_code())
        self.birth_place.editingFinished.connect(self.check_tax_code)
        self.surname.textChanged.connect(self._name_edited)
        self.given_name.textChanged.connect(self._name_edited)

    def _add(self, grid: QGridLayout, position: int, key: str, text: str, widget: QWidget) -> None:
        # Two label+field columns; each field has its error label on the row below.
        row, column = position // 2 * 2, position % 2 * 2
        widget.setObjectName(key)
        widget.setAccessibleName(text.rstrip(" *"))
        label = QLabel(text)
        label.setBuddy(widget)
        grid.addWidget(label, row, column)
        grid.addWidget(widget, row, column + 1)
        grid.addWidget(self.errors.register(key, widget), row + 1, column + 1)

    def _name_edited(self) -> None:
        self.name_changed.emit(self.full_name())

    def full_name(self) -> str:
        return " ".join(p for p in (self.surname.text().strip(), self.given_name.text().strip()) if p)

    # --- codice fiscale ------------------------------------------------------------------

    def check_tax_code(self, final: bool = False) -> None:
        """Show what is wrong with the code; stay quiet while a short code is still typed."""
        compact = "".join(self.tax_code.text().split())
        if not compact or (len(compact) < TAX_CODE_LENGTH and not final):
            self.errors.set("tax_code", None)
            self._set_mismatch(False)
            return
        result = self._checked()
        if result.error is not None:
            self.errors.set("tax_code", error_text(result.error))
        elif result.mismatches:
            self.errors.set("tax_code", "\n".join(error_text(m) for m in result.mismatches))
        else:
            self.errors.set("tax_code", None)
        self._set_mismatch(result.error is None and bool(result.mismatches))

    def _checked(self):
        sex = combo_enum(self.sex, Sex)
        return check_tax_code(self.tax_code.text(), birth_date=self.birth_date.value(),
                              sex=sex.value if sex else None, birth_place=self.birth_place.text())

    def _set_mismatch(self, mismatch: bool) -> None:
        self.mismatch = mismatch
        self.accept_mismatch.setVisible(mismatch)

    # --- values --------------------------------------------------------------------------

    def value(self) -> PersonInput:
        return PersonInput(
            surname=self.surname.text(), given_name=self.given_name.text(),
            tax_code=self.tax_code.text(), birth_date=self.birth_date.value(),
            sex=combo_enum(self.sex, Sex), birth_place=self.birth_place.text(),
            citizenship=self.citizenship.text(),
            employment=combo_enum(self.employment, Employment),
            education=combo_enum(self.education, Education),
            has_disability=self.has_disability.isChecked(), phone=self.phone.text(),
            email=self.email.text(),
            accept_tax_code_mismatch=self.mismatch and self.accept_mismatch.isChecked(),
        )

    def member(self) -> MemberInput:
        return MemberInput(self.value(), combo_enum(self.relation, Relation))

    def load(self, person: PersonView) -> None:
        self.surname.setText(person.surname)
        self.given_name.setText(person.given_name)
        self.tax_code.setText(person.tax_code)
        self.birth_date.set_value(person.birth_date)
        set_combo_data(self.sex, person.sex.value if person.sex else None)
        self.birth_place.setText(person.birth_place)
        self.citizenship.setText(person.citizenship)
        set_combo_data(self.employment, person.employment.value)
        set_combo_data(self.education, person.education.value)
        self.has_disability.setChecked(bool(person.has_disability))
        if person.has_disability is None:  # masked for this role: it may declare, not read
            self.has_disability.setToolTip(self.tr("Dato riservato: spuntare solo per "
                                                   "dichiarare una disabilità."))
        self.phone.setText(person.phone)
        self.email.setText(person.email)

    def set_relation(self, relation: Relation) -> None:
        set_combo_data(self.relation, relation.value)

    def show_problems(self, problems: dict[str, str]) -> dict[str, str]:
        """Show problems keyed by field name; a codice fiscale mismatch offers the confirmation."""
        rest = self.errors.show(problems)
        if "tax_code" in problems:
            result = self._checked()
            self._set_mismatch(result.error is None and bool(result.mismatches))
        return rest

    def clear_problems(self) -> None:
        self.errors.clear()

    def has_problems(self) -> bool:
        return any(label.text() for _w, label in self.errors.fields.values())
