"""The letters of the arrears ladder as templates of the communication engine.

The program saves each one as version 1 the first time a step's letter is printed
(:func:`communication.templates.ensure_system_template`); from then on it is the office's:
edited in «Comunicazioni», versioned, and every letter printed keeps the version it used.
Amounts, the list of open charges and the deadline are the ledger's values for the
household, passed to the merge as payment fields.
"""

from __future__ import annotations

from borgo_desktop.models.arrears import LadderStep
from borgo_desktop.models.communication import TemplateKind, TemplatePurpose
from borgo_desktop.services.communication.templates import TemplateInput, Text

HELP = ("Se il Suo nucleo sta attraversando un momento di difficoltà, ne parli con l'ufficio o "
        "con l'assistente sociale del borgo: si può concordare un piano di rientro sostenibile "
        "e, se il reddito è calato per la perdita o la riduzione del lavoro, una malattia o un "
        "lutto, chiedere la valutazione di morosità incolpevole, che sospende le azioni legali.")
OPEN_ITEMS = "Voci da pagare (scadenza, voce, importo):\n{importo.voci}"
CLOSING = "Distinti saluti.\nPer l'ufficio di borgo, {ufficio.nome}"


def _letter(code: str, name: str, title: str, *paragraphs: str) -> TemplateInput:
    return TemplateInput(code, name, TemplateKind.LETTER, TemplatePurpose.LEDGER,
                         texts={"it": Text(title, "\n\n".join(paragraphs))},
                         note="modello del programma")


LADDER: dict[LadderStep, TemplateInput] = {
    LadderStep.FRIENDLY_REMINDER: _letter(
        "MOROSITA-PROMEMORIA", "Morosità: promemoria di pagamento", "Promemoria di pagamento",
        "Gentile intestatario del contratto del nucleo {nucleo.codice},",
        "dai conti dell'ufficio di borgo risulta ancora da pagare un importo di "
        "{importo.dovuto}, per le voci qui sotto. Può darsi che si tratti di una dimenticanza "
        "o che il pagamento sia già in arrivo: in questo caso non tenga conto di questa "
        "lettera.", OPEN_ITEMS,
        "La preghiamo di provvedere entro {data.scadenza}, allo sportello o con bonifico "
        "indicando il codice del nucleo.", HELP, CLOSING),
    LadderStep.FORMAL_NOTICE: _letter(
        "MOROSITA-DIFFIDA", "Morosità: diffida ad adempiere",
        "Diffida ad adempiere: pagamento dei canoni arretrati",
        "Gentile intestatario del contratto del nucleo {nucleo.codice},",
        "nonostante il promemoria inviato, il debito del Suo nucleo verso l'ufficio è di "
        "{importo.dovuto}. Con la presente La diffidiamo a pagare l'importo dovuto, o a "
        "concordare con l'ufficio un piano di rientro, entro {data.scadenza}.",
        "In mancanza, l'ufficio invierà un ultimo avviso e potrà poi trasmettere la pratica al "
        "Comune di Milano per le azioni previste dal contratto di locazione.", OPEN_ITEMS, HELP,
        CLOSING),
    LadderStep.FINAL_NOTICE: _letter(
        "MOROSITA-ULTIMO", "Morosità: ultimo avviso",
        "Ultimo avviso prima della trasmissione della pratica al Comune",
        "Gentile intestatario del contratto del nucleo {nucleo.codice},",
        "il debito del Suo nucleo è di {importo.dovuto} e la diffida inviata non ha avuto "
        "seguito. Questo è l'ultimo avviso: se entro {data.scadenza} il debito non sarà pagato "
        "o non sarà firmato un piano di rientro, la pratica sarà trasmessa al Comune di Milano "
        "per le azioni previste dal contratto di locazione, compresa l'intimazione di sfratto "
        "per morosità.", OPEN_ITEMS, HELP, CLOSING),
}
