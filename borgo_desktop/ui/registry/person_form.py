"""Edit a person, or add a new member to an existing household."""

from __future__ import annotations

import uuid
from dataclasses import replace

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QVBoxLayout, QWidget

from borgo_desktop.errors import UserError
from borgo_desktop.models.enums import Relation
from borgo_desktop.services.registry import registry
from borgo_desktop.services.core.context import Context
from borgo_desktop.services.registry.views import PersonView
from borgo_desktop.ui.registry.person_fields import PersonFields
from borgo_desktop.ui.widgets.forms import DirtyDialog, FormErrors, banner_label
from borgo_desktop.ui.widgets.texts import problems_of

ADDED_MEMBER_PREFIX = "members.0."  # add_member reports the new person as member 0


class PersonForm(DirtyDialog):
    """``person`` given: edit that person. Otherwise: a new member of ``household_id``."""

    saved = Signal(object)  # the household id (new member) or the person id (edit)

    def __init__(self, ctx: Context, *, person: PersonView | None = None,
                 household_id: uuid.UUID | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("person_form")
        self.ctx = ctx
        self.person = person
        self.household_id = household_id
        if person is not None:
            self.setWindowTitle(self.tr("Modifica {name}").format(name=person.full_name))
        else:
            self.setWindowTitle(self.tr("Nuovo componente del nucleo"))
        self.banner = banner_label()
        self.fields = PersonFields(with_relation=person is None)
        if person is not None:
            self.fields.load(person)
        else:
            self.fields.set_relation(Relation.CHILD)
        buttons, _save = self.save_cancel_buttons()
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addWidget(self.fields, 1)
        layout.addWidget(buttons)
        self.resize(820, 480)
        self.watch(self.fields)

    def save(self) -> None:
        self.fields.clear_problems()
        self.banner.hide()
        try:
            if self.person is not None:
                data = replace(self.fields.value(), version=self.person.version)
                registry.update_person(self.ctx, self.person.id, data)
                result = self.person.id
            else:
                registry.add_member(self.ctx, self.household_id, self.fields.member())
                result = self.household_id
        except UserError as exc:
            problems = {key.removeprefix(ADDED_MEMBER_PREFIX): text
                        for key, text in problems_of(exc).items()}
            rest = self.fields.show_problems(problems)
            FormErrors(self.banner).show_banner(list(rest.values()))
            return
        self.mark_clean()
        self.saved.emit(result)
        self.accept()
