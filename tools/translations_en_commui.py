"""English for the «Comunicazioni» window (ui/communication): templates, the editor with its
preview, the letter-writing dialog and the delivery log."""

EN: dict[str, str] = {
    "Comunicazioni": "Communications",
    "Modelli e invii": "Templates and mailings",
    "I nuclei scelti nell'elenco": "The households chosen in the list",
    "Non c'è ancora nessun modello: crearne uno nella scheda «Modelli e invii».":
        "There is no template yet: create one in the «Templates and mailings» tab.",
    "1 consegna": "1 delivery",
    "{n} consegne": "{n} deliveries",
    "Annullato: nessuna lettera è stata registrata.": "Cancelled: no letter was recorded.",
    "Anteprima a caratteri grandi": "Large-print preview",
    "Anteprima di stampa": "Print preview",
    "Canale:": "Channel:",
    "Caratteri grandi": "Large print",
    "Comunicazione {code} ({target}): {n} nuclei, {pages} pagine. Le consegne sono nel "
    "registro; stampare o salvare il PDF.":
        "Mailing {code} ({target}): {n} households, {pages} pages. The deliveries are in the "
        "log; print or save the PDF.",
    "Destinatari": "Recipients",
    "I componenti di un gruppo": "The members of a group",
    "I partecipanti a un evento": "The participants of an event",
    "Inserisci un campo…": "Insert a field…",
    "Lettere preparate: {done} di {total}": "Letters prepared: {done} of {total}",
    "Lingue": "Languages",
    "Modello «{name}» (versione {version})": "Template «{name}» (version {version})",
    "Modifica…": "Edit…",
    "Nessun modello: crearne uno con «Nuovo modello…».":
        "No template: create one with «New template…».",
    "Nota di versione": "Version note",
    "Nuovo modello": "New template",
    "Nuovo modello…": "New template…",
    "Prepara le lettere": "Prepare the letters",
    "Preparazione delle lettere": "Preparing the letters",
    "Quali": "Which",
    "Salva PDF…": "Save PDF…",
    "Salva il PDF": "Save the PDF",
    "Salva nuova versione": "Save as a new version",
    "Salvato il": "Saved on",
    "Scrivi ai nuclei": "Write to households",
    "Scrivi ai nuclei…": "Write to households…",
    "Tutti i nuclei residenti": "Every resident household",
    "Un edificio": "A building",
    "Un nucleo": "One household",
    "Una scala": "A staircase",
    "Versione": "Version",
    "che cosa cambia in questa versione": "what changes in this version",
    "codice del nucleo, es. N00012": "household code, e.g. N00012",
    "codici dei nuclei separati da virgole": "household codes separated by commas",
    "es. AVVISO-ACQUA": "e.g. AVVISO-ACQUA",
    "— secondo il tipo —": "— by the kind —",
}
