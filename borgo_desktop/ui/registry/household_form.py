"""New household with its members in one form, or the household's own data (edit).

One save sends everything to services.registry; every problem comes back at once and is
shown under its field (``members.1.tax_code`` goes to the second member's tab), and the
form keeps all that was typed.
"""

from __future__ import annotations

from PySide6.QtCore import QRegularExpression, Qt, Signal
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QGridLayout, QGroupBox, QHBoxLayout, QLabel,
    QLineEdit, QPlainTextEdit, QPushButton, QScrollArea, QTabWidget, QVBoxLayout, QWidget,
)

from borgo_desktop.errors import UserError
from borgo_desktop.models.enums import Relation, Vulnerability
from borgo_desktop.services.allocation import allocation
from borgo_desktop.services.registry import registry
from borgo_desktop.services.core.context import Context
from borgo_desktop.services.registry.forms import HouseholdInput
from borgo_desktop.services.registry.views import HouseholdDetail
from borgo_desktop.ui.registry.person_fields import PersonFields
from borgo_desktop.ui.widgets.fields import DateEdit, MoneyEdit, set_combo_data
from borgo_desktop.ui.widgets.forms import (
    DirtyDialog, FormErrors, banner_label, hint_label, problems_summary,
)
from borgo_desktop.ui.widgets.icons import icon
from borgo_desktop.ui.widgets.texts import problems_of, vocab

LANGUAGES = ("italiano", "inglese", "francese", "spagnolo", "arabo", "rumeno", "albanese",
             "cinese", "ucraino", "tigrino", "bengalese", "tagalog")
MEMBER_PREFIX = "members."


class HouseholdForm(DirtyDialog):
    saved = Signal(object)  # the household id

    def __init__(self, ctx: Context, detail: HouseholdDetail | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("household_form")
        self.ctx = ctx
        self.detail = detail
        self.setWindowTitle(self.tr("Nuovo nucleo familiare") if detail is None
                            else self.tr("Modifica nucleo {code}").format(code=detail.code))
        self.resize(1260, 730) if detail is None else self.resize(560, 730)
        self.banner = banner_label()
        self.errors = FormErrors(self.banner)
        self.members: list[PersonFields] = []

        # Side by side, so a whole new household fits a 1366x768 screen without scrolling.
        content = QWidget()
        body = QHBoxLayout(content)
        body.addWidget(self._household_box(), 2)
        if detail is None:
            body.addWidget(self._members_box(), 3)
            self.add_member()
        else:
            self._load(detail)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(content)

        buttons, self.save_button = self.save_cancel_buttons()
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addWidget(scroll, 1)
        layout.addWidget(buttons)
        self.watch(content)
        # Creating a household starts from the people; editing, from the first field.
        (self.members[0].surname if self.members else self.phone).setFocus()

    # --- layout ----------------------------------------------------------------------------

    def _household_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Dati del nucleo"))
        grid = QGridLayout(box)
        grid.setColumnStretch(1, 1)
        grid.setVerticalSpacing(4)
        self.phone = QLineEdit()
        self.email = QLineEdit()
        self.language = QComboBox()
        self.language.setEditable(True)
        self.language.addItems(LANGUAGES)
        self.category = QComboBox()
        self.category.addItem(self.tr("Nessuna categoria"), "")
        for category in allocation.list_categories(self.ctx):
            if category.active:
                self.category.addItem(category.label, category.code)
        self.isee = MoneyEdit()
        self.isee.setValidator(QRegularExpressionValidator(
            QRegularExpression(r"[0-9.]*(,[0-9]{0,2})?"), self.isee))
        self.isee_expires_on = DateEdit()
        self.dsu_protocol = QLineEdit()
        self.privacy_consent_on = DateEdit()
        self.contact_consent_on = DateEdit()
        self.photo_consent_on = DateEdit()
        fields = [
            ("phone", self.tr("Telefono"), self.phone),
            ("email", self.tr("E-mail"), self.email),
            ("preferred_language", self.tr("Lingua preferita"), self.language),
            ("target_category_code", self.tr("Categoria del piano"), self.category),
            ("isee_cents", self.tr("ISEE (€)"), self.isee),
            ("isee_expires_on", self.tr("Scadenza ISEE"), self.isee_expires_on),
            ("dsu_protocol", self.tr("Protocollo DSU"), self.dsu_protocol),
            ("privacy_consent_on", self.tr("Consenso privacy il"), self.privacy_consent_on),
            ("contact_consent_on", self.tr("Consenso contatti il"), self.contact_consent_on),
            ("photo_consent_on", self.tr("Consenso foto il"), self.photo_consent_on),
        ]
        for position, (key, text, widget) in enumerate(fields):
            widget.setObjectName(key)
            widget.setAccessibleName(text)
            label = QLabel(text)
            label.setBuddy(widget)
            grid.addWidget(label, position * 2, 0)
            grid.addWidget(widget, position * 2, 1)
            grid.addWidget(self.errors.register(key, widget), position * 2 + 1, 1)
        row = len(fields) * 2
        self.accessible = QCheckBox(self.tr("Serve un alloggio accessibile"))
        self.accessible.setObjectName("needs_accessible_unit")
        grid.addWidget(self.accessible, row, 1)
        grid.addWidget(QLabel(self.tr("Vulnerabilità")), row + 1, 0, Qt.AlignmentFlag.AlignTop)
        self.vulnerabilities: dict[Vulnerability, QCheckBox] = {}
        checks = QVBoxLayout()
        checks.setSpacing(2)
        for item in Vulnerability:
            check = QCheckBox(vocab(item))
            check.setObjectName(f"vulnerability_{item.value}")
            checks.addWidget(check)
            self.vulnerabilities[item] = check
        grid.addLayout(checks, row + 1, 1)
        self.notes = QPlainTextEdit()
        self.notes.setObjectName("notes")
        self.notes.setFixedHeight(56)
        grid.addWidget(QLabel(self.tr("Note")), row + 2, 0, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(self.notes, row + 2, 1)
        grid.setRowStretch(row + 3, 1)
        return box

    def _members_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Componenti"))
        self.member_tabs = QTabWidget()
        self.member_tabs.setObjectName("member_tabs")
        self.add_button = QPushButton(icon("fa5s.user-plus"), self.tr("Aggiungi componente"))
        self.add_button.setObjectName("add_member_button")
        self.add_button.clicked.connect(self.add_member)
        self.remove_button = QPushButton(icon("fa5s.user-minus"), self.tr("Rimuovi componente"))
        self.remove_button.setObjectName("remove_member_button")
        self.remove_button.clicked.connect(self.remove_member)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        hint = hint_label(self.tr("Una scheda per componente: la prima è l'intestatario. "
                                  "I campi con * sono obbligatori."))
        layout = QVBoxLayout(box)
        layout.addWidget(hint)
        layout.addLayout(buttons)
        layout.addWidget(self.errors.register("members", self.member_tabs))
        layout.addWidget(self.member_tabs, 1)
        return box

    # --- members ---------------------------------------------------------------------------

    def add_member(self) -> PersonFields:
        fields = PersonFields()
        index = len(self.members)
        fields.setObjectName(f"member_{index}")
        fields.set_relation(Relation.REFERENCE if index == 0
                            else Relation.SPOUSE if index == 1 else Relation.CHILD)
        self.members.append(fields)
        self.member_tabs.addTab(fields, icon("fa5s.user"), self._tab_title(index, ""))
        fields.name_changed.connect(lambda name, f=fields: self._rename(f, name))
        self.member_tabs.setCurrentWidget(fields)
        self.remove_button.setEnabled(len(self.members) > 1)
        if index:
            self.watch(fields)
            self.mark_dirty()
        return fields

    def remove_member(self) -> None:
        fields = self.member_tabs.currentWidget()
        if fields is None or len(self.members) < 2:
            return
        self.members.remove(fields)
        self.member_tabs.removeTab(self.member_tabs.indexOf(fields))
        fields.deleteLater()
        for index, other in enumerate(self.members):
            other.setObjectName(f"member_{index}")
            self._rename(other, other.full_name())
        self.remove_button.setEnabled(len(self.members) > 1)
        self.mark_dirty()

    def _tab_title(self, index: int, name: str) -> str:
        return f"{index + 1}. {name or self.tr('Nuovo componente')}"

    def _rename(self, fields: PersonFields, name: str) -> None:
        index = self.members.index(fields)
        self.member_tabs.setTabText(index, self._tab_title(index, name))

    # --- load and save ---------------------------------------------------------------------

    def _load(self, detail: HouseholdDetail) -> None:
        self.phone.setText(detail.phone)
        self.email.setText(detail.email)
        self.language.setCurrentText(detail.preferred_language)
        set_combo_data(self.category, detail.target_category_code)
        self.isee.set_cents(detail.isee_cents)
        self.isee_expires_on.set_value(detail.isee_expires_on)
        self.dsu_protocol.setText(detail.dsu_protocol or "")
        if detail.sensitive_masked:  # this role may hand in a new ISEE, never read the old one
            hint = self.tr("Dato riservato: lasciare vuoto per non cambiarlo.")
            self.isee.setPlaceholderText(self.tr("riservato"))
            for widget in (self.isee, self.dsu_protocol, *self.vulnerabilities.values()):
                widget.setToolTip(hint)
        self.privacy_consent_on.set_value(detail.privacy_consent_on)
        self.contact_consent_on.set_value(detail.contact_consent_on)
        self.photo_consent_on.set_value(detail.photo_consent_on)
        self.accessible.setChecked(detail.needs_accessible_unit)
        for item, check in self.vulnerabilities.items():
            check.setChecked(item.value in (detail.vulnerabilities or ()))
        self.notes.setPlainText(detail.notes)

    def household_input(self) -> HouseholdInput:
        """The household data as typed; ValueError names the ISEE amount if unreadable."""
        return HouseholdInput(
            phone=self.phone.text(), email=self.email.text(),
            preferred_language=self.language.currentText().strip() or "italiano",
            target_category_code=self.category.currentData() or "",
            vulnerabilities=tuple(v for v, check in self.vulnerabilities.items() if check.isChecked()),
            needs_accessible_unit=self.accessible.isChecked(),
            isee_cents=self.isee.cents(), isee_expires_on=self.isee_expires_on.value(),
            dsu_protocol=self.dsu_protocol.text().strip(),
            privacy_consent_on=self.privacy_consent_on.value(),
            contact_consent_on=self.contact_consent_on.value(),
            photo_consent_on=self.photo_consent_on.value(), notes=self.notes.toPlainText(),
            version=self.detail.version if self.detail is not None else None)

    def save(self) -> None:
        self.clear_problems()
        try:
            data = self.household_input()
        except ValueError:
            self.show_problems({"isee_cents": self.tr("Importo ISEE non leggibile: usare il formato 12.345,67")})
            return
        try:
            if self.detail is None:
                detail = registry.create_household(self.ctx, data, [m.member() for m in self.members])
            else:
                detail = registry.update_household(self.ctx, self.detail.id, data)
        except UserError as exc:
            self.show_problems(problems_of(exc))
            return
        self.mark_clean()
        self.saved.emit(detail.id)
        self.accept()

    def clear_problems(self) -> None:
        self.errors.clear()
        for fields in self.members:
            fields.clear_problems()
        for index in range(len(self.members)):
            self.member_tabs.setTabIcon(index, icon("fa5s.user"))

    def show_problems(self, problems: dict[str, str]) -> None:
        """Each problem under its field, member problems in their tab; the rest in the banner."""
        by_member: dict[int, dict[str, str]] = {}
        rest = {}
        for key, text in self.errors.show(problems).items():
            index, _, field = key.removeprefix(MEMBER_PREFIX).partition(".")
            if key.startswith(MEMBER_PREFIX) and index.isdigit() and int(index) < len(self.members):
                by_member.setdefault(int(index), {})[field] = text
            else:
                rest[key] = text
        for index, member_problems in sorted(by_member.items()):
            rest.update(self.members[index].show_problems(member_problems))
            self.member_tabs.setTabIcon(index, icon("fa5s.exclamation-circle", "#b3261e"))
        if by_member:
            self.member_tabs.setCurrentIndex(min(by_member))
        self.errors.show_banner([problems_summary(len(problems)), *rest.values()])

    def member_fields(self, index: int) -> PersonFields:
        return self.members[index]
