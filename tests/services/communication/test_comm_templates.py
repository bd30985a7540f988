"""Templates: versions, validation, the guard of public notices, the language fallback."""

from __future__ import annotations

import pytest

from borgo_desktop.errors import UserError, ValidationError
from borgo_desktop.models.communication import TemplateKind, TemplatePurpose
from borgo_desktop.services.communication import fields, templates
from borgo_desktop.services.communication.languages import language_code, pick
from borgo_desktop.services.communication.templates import TemplateInput, Text

from helpers.comm_world import LETTER_IT, invitation


def test_saving_changed_texts_makes_a_new_version_and_keeps_the_old(ctx):
    first = invitation(ctx)
    assert (first.version, first.languages) == (1, ("it", "fr", "ar"))
    same = invitation(ctx)  # nothing changed: no new version
    assert same.version == 1
    second = invitation(ctx, it=Text("Nuovo titolo", LETTER_IT.body))
    assert second.version == 2 and second.languages == ("it",)
    assert templates.get_template(ctx, "INVITO", version=1).text("fr").title.startswith("Invitation")
    assert [v.version for v in templates.template_versions(ctx, "INVITO")] == [2, 1]
    assert [t.code for t in templates.list_templates(ctx)] == ["INVITO"]


def test_the_italian_text_is_required_and_the_code_checked(ctx):
    with pytest.raises(ValidationError) as refused:
        templates.save_template(ctx, TemplateInput("x", "", TemplateKind.LETTER,
                                                   texts={"en": Text("Hello", "Body")}))
    assert set(refused.value.problems) == {"code", "name", "body"}


def test_an_unknown_field_is_refused_with_its_name(ctx):
    with pytest.raises(UserError) as refused:
        invitation(ctx, it=Text("Avviso", "Gentile {intestatario.nome}, {codice_fiscale}"))
    assert "{codice_fiscale}" in refused.value.text


@pytest.mark.parametrize("kind", [k for k in TemplateKind if k.public])
def test_a_public_notice_refuses_personal_fields(ctx, kind):
    with pytest.raises(UserError) as refused:
        templates.save_template(ctx, TemplateInput("AVVISO", "Avviso", kind, texts={
            "it": Text("Avviso", "Il signor {intestatario.cognome} dell'{alloggio.codice}")}))
    assert "non può contenere dati personali" in refused.value.text
    assert "{intestatario.cognome}" in refused.value.text and "{alloggio.codice}" in refused.value.text


def test_amounts_only_in_payment_templates(ctx):
    body = "Gentile {intestatario.nome_completo}, l'importo dovuto è {importo.dovuto}."
    with pytest.raises(UserError) as refused:
        invitation(ctx, it=Text("Sollecito", body))
    assert "{importo.dovuto}" in refused.value.text
    saved = templates.save_template(ctx, TemplateInput(
        "SOLLECITO", "Sollecito", TemplateKind.LETTER, TemplatePurpose.LEDGER,
        {"it": Text("Sollecito", body)}))
    assert saved.fields == ["intestatario.nome_completo", "importo.dovuto"]


def test_a_borgo_notice_names_no_building(ctx):
    with pytest.raises(UserError):
        templates.save_template(ctx, TemplateInput("FESTA", "Festa", TemplateKind.POSTER_A3, texts={
            "it": Text("Festa", "Nel cortile di {edificio.nome}")}))


def test_language_fallback_is_italian():
    assert language_code("arabo") == "ar" and language_code("Français") == "fr"
    assert pick("arabo", ("it", "ar")) == "ar"
    assert pick("spagnolo", ("it", "ar")) == "it"  # the template has no Spanish
    assert pick("tagalog", ("it", "en")) == "it"  # not one of the five languages
    assert pick("", ("it",)) == "it"


def test_the_field_list_is_documented_and_closed():
    codes = [f.code for f in fields.catalogue()]
    assert len(codes) == len(set(codes))
    assert all(f.label for f in fields.catalogue())
    assert fields.fields_in("{a.b} {scala} {scala}") == ["a.b", "scala"]
    assert fields.unknown_fields("{scala} {nome}") == ["nome"]
