"""The fixed list of merge fields a template may use, written ``{group.name}`` in its text.

Each field says where its value comes from (the household's registry data, the office's
settings, the day, or a value the batch supplies) and whether it is *personal*: a notice or
a poster for a board or a door refuses personal fields (see guard.py). Amount fields are
allowed only in templates whose purpose is payments (``TemplatePurpose.LEDGER``): the ledger
passes their values per household through :func:`merge.render_for_household`.

The list is documented for the users by :func:`catalogue` (the editor's side panel) and in
the README; a template naming anything else is refused when saved.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from borgo_desktop.errors import UserError, Words


@dataclass(frozen=True)
class Field:
    code: str
    label: str  # Italian, what the editor's list shows
    source: str  # "household", "office", "day" or "extra" (supplied by the batch)
    personal: bool
    amount: bool = False
    example: str = ""


FIELDS: tuple[Field, ...] = (
    # the household: personal, never on a board
    Field("nucleo.codice", "Codice del nucleo", "household", True, example="N-0042"),
    Field("intestatario.nome", "Nome dell'intestatario", "household", True, example="Giulia"),
    Field("intestatario.cognome", "Cognome dell'intestatario", "household", True,
          example="Colombo"),
    Field("intestatario.nome_completo", "Nome e cognome dell'intestatario", "household", True,
          example="Giulia Colombo"),
    Field("alloggio.codice", "Codice dell'alloggio", "household", True, example="DL51-A-4"),
    Field("alloggio.interno", "Interno", "household", True, example="4"),
    Field("alloggio.piano", "Piano", "household", True, example="1"),
    Field("indirizzo.completo", "Indirizzo completo del nucleo", "household", True,
          example="Via De Lemene 51, scala A, interno 4, 20151 Milano"),
    # the place: the building and staircase are not personal (a notice says where it is)
    Field("edificio.nome", "Nome dell'edificio", "household", False, example="Cascina 51"),
    Field("edificio.indirizzo", "Indirizzo dell'edificio", "household", False,
          example="Via De Lemene 51, 20151 Milano"),
    Field("scala", "Scala", "household", False, example="A"),
    # dates
    Field("data.oggi", "Data di stampa", "day", False, example="25/11/2026"),
    Field("data.evento", "Data dell'evento o dell'intervento", "extra", False,
          example="martedì 1/12/2026"),
    Field("ora.evento", "Orario dell'evento o dell'intervento", "extra", False,
          example="dalle 9 alle 13"),
    Field("luogo.evento", "Luogo dell'evento", "extra", False, example="Sala comune"),
    # the text of a notice typed when printing it (the tickets' outage notice): public
    Field("avviso.titolo", "Titolo dell'avviso", "extra", False,
          example="Sospensione dell'acqua"),
    Field("avviso.testo", "Testo dell'avviso", "extra", False,
          example="Per lavori alla colonna montante l'acqua sarà sospesa."),
    # the office (settings: the letterhead)
    Field("ufficio.nome", "Nome dell'ufficio", "office", False),
    Field("ufficio.indirizzo", "Indirizzo dell'ufficio", "office", False),
    Field("ufficio.orari", "Orari di apertura", "office", False),
    Field("ufficio.telefono", "Telefono dell'ufficio", "office", False),
    Field("ufficio.email", "E-mail dell'ufficio", "office", False),
    # amounts: only in payment templates, supplied per household by the caller (the ledger)
    Field("importo.dovuto", "Importo dovuto", "extra", True, amount=True, example="1.234,50 €"),
    Field("importo.rata", "Importo della rata", "extra", True, amount=True, example="95,00 €"),
    Field("data.scadenza", "Data di scadenza del pagamento", "extra", True, amount=True,
          example="31/12/2026"),
    Field("importo.voci", "Voci da pagare (una per riga)", "extra", True, amount=True,
          example="01/10/2026  Canone di ottobre  450,00 €"),
    Field("pratica.riferimento", "Riferimento della pratica", "extra", True, amount=True,
          example="MOR-2026-0007"),
)

BY_CODE: dict[str, Field] = {f.code: f for f in FIELDS}
PLACEHOLDER = re.compile(r"\{([a-z_]+(?:\.[a-z_]+)?)\}")
_ANY_BRACES = re.compile(r"\{([^{}]*)\}")


def catalogue() -> tuple[Field, ...]:
    """The documented list, in the order the editor shows it."""
    return FIELDS


def fields_in(*texts: str) -> list[str]:
    """The field codes used in ``texts``, first use first, each once."""
    seen: dict[str, None] = {}
    for text in texts:
        for code in PLACEHOLDER.findall(text or ""):
            seen.setdefault(code, None)
    return list(seen)


def unknown_fields(*texts: str) -> list[str]:
    """Anything written between braces that is not a field of the list."""
    found: dict[str, None] = {}
    for text in texts:
        for inside in _ANY_BRACES.findall(text or ""):
            if inside not in BY_CODE:
                found.setdefault(inside, None)
    return list(found)


def check_known(*texts: str) -> None:
    unknown = unknown_fields(*texts)
    if unknown:
        raise UserError("Campi sconosciuti nel testo: {fields}. I campi disponibili sono "
                        "nell'elenco accanto al testo, scritti tra parentesi graffe, "
                        "per esempio {{intestatario.nome_completo}}.", field="body",
                        fields=Words([f"{{{u}}}" for u in unknown]))


def fill(text: str, values: dict[str, str]) -> str:
    """``text`` with each ``{field}`` replaced by its value (all present: checked before)."""
    return PLACEHOLDER.sub(lambda m: values[m.group(1)], text)
