"""A small borgo for the communication tests: one building, two staircases, households in
Italian, Arabic, French and Spanish, one without a unit; built through the services."""

from __future__ import annotations

from datetime import date
from types import SimpleNamespace

from borgo_desktop.identifiers import make_tax_code
from borgo_desktop.models.communication import TemplateKind, TemplatePurpose
from borgo_desktop.models.enums import Regime, Relation, RentModel, Sex
from borgo_desktop.services.registry import registry
from borgo_desktop.services.communication.templates import TemplateInput, Text, save_template
from borgo_desktop.services.registry.forms import (
    BuildingInput, HouseholdInput, LeaseInput, MemberInput, PersonInput, UnitInput,
)

LETTER_IT = Text("Invito all'assemblea di lunedì",
                 "Gentile {intestatario.nome_completo},\n\nla invitiamo all'assemblea: parleremo "
                 "di perché la città è già più bella. Il suo alloggio è il {alloggio.codice} "
                 "({indirizzo.completo}).\n\nL'ufficio è aperto {ufficio.orari}.")
LETTER_AR = Text("دعوة إلى اجتماع السكان",
                 "السيدة {intestatario.nome_completo}،\n\nندعوكم إلى اجتماع السكان في القاعة "
                 "المشتركة. مسكنكم هو {alloggio.codice}.")
LETTER_FR = Text("Invitation à l'assemblée",
                 "Madame, Monsieur {intestatario.nome_completo},\n\nnous vous invitons à "
                 "l'assemblée des habitants. Votre logement : {alloggio.codice}.")


def person(surname, given, born, sex=Sex.F, place="F205"):
    return PersonInput(surname, given, make_tax_code(surname, given, born, sex.value, place),
                       born, sex)


def build(ctx):
    registry.create_building(ctx, BuildingInput("DL51", "Cascina 51", "Via De Lemene 51",
                                                "20151", 8))
    units = {}
    for stair, number in (("A", "1"), ("A", "2"), ("B", "1"), ("B", "2")):
        units[stair + number] = registry.create_unit(ctx, UnitInput(
            "DL51", stair, 1, number, 60, 3, Regime.CAPPED, RentModel.PER_M2, 9000))

    def household(surname, given, born, language, unit_key=None, sex=Sex.F, place="F205"):
        h = registry.create_household(ctx, HouseholdInput(preferred_language=language),
                                      [MemberInput(person(surname, given, born, sex, place),
                                                   Relation.REFERENCE)])
        if unit_key:
            registry.create_lease(ctx, LeaseInput(h.id, units[unit_key].code, date(2026, 3, 1),
                                                  50_000))
        return h

    colombo = household("Colombo", "Giulia", date(1979, 4, 2), "italiano", "A1")
    haddad = household("Haddad", "Fatima", date(1985, 6, 1), "arabo", "A2", place="Z330")
    martin = household("Martin", "Claire", date(1990, 1, 1), "francese", "B1", place="Z110")
    garcia = household("Garcia", "Lucia", date(1970, 3, 3), "spagnolo", "B2", place="Z611")
    nobody = household("Ferri", "Anna", date(1960, 5, 5), "italiano")  # no unit yet
    return SimpleNamespace(units=units, colombo=colombo, haddad=haddad, martin=martin,
                           garcia=garcia, nobody=nobody)


def invitation(ctx, code="INVITO", **texts):
    return save_template(ctx, TemplateInput(
        code, "Invito all'assemblea", TemplateKind.LETTER, TemplatePurpose.GENERAL,
        texts or {"it": LETTER_IT, "ar": LETTER_AR, "fr": LETTER_FR}))


def water_notice(ctx):
    return save_template(ctx, TemplateInput(
        "ACQUA", "Acqua sospesa", TemplateKind.NOTICE_STAIRCASE, TemplatePurpose.GENERAL,
        {"it": Text("Acqua sospesa {data.evento}",
                    "Martedì mancherà l'acqua {ora.evento} nella scala {scala} di "
                    "{edificio.nome}. Ci scusiamo per il disagio.")}))
