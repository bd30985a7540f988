"""English for the communication plan (issue 12, item 6): services/communication/plan.py,
its window (ui/communication/plan_page.py, plan_dialog.py) and the audit labels."""

EN: dict[str, str] = {
    # audit
    "Nuova azione del piano di comunicazione": "New communication plan action",
    "Modifica di un'azione del piano di comunicazione": "Communication plan action edited",
    "Azione del piano di comunicazione svolta": "Communication plan action done",
    "Azione del piano di comunicazione annullata": "Communication plan action cancelled",
    "Stampa del piano di comunicazione": "Communication plan printed",
    # service messages
    "Azione del piano non trovata.": "Plan action not found.",
    "Indicare la fase del borgo a cui appartiene l'azione.":
        "Choose the phase of the borgo the action belongs to.",
    "Indicare a chi si rivolge l'azione.": "Choose who the action is for.",
    "Dare un titolo all'azione.": "Give the action a title.",
    "Indicare la data dell'azione.": "Enter the date of the action.",
    "Il testo è troppo lungo: al massimo {n} caratteri.":
        "The text is too long: at most {n} characters.",
    "L'azione è collegata a una comunicazione: i raggiunti si contano dal registro delle "
    "consegne e non si scrivono a mano.":
        "The action is linked to a mailing: the people reached are counted from the delivery "
        "log and are not typed.",
    "Indicare quante persone o nuclei sono stati raggiunti (anche 0).":
        "Enter how many people or households were reached (0 is fine).",
    "I raggiunti non possono essere un numero negativo.":
        "The number reached cannot be negative.",
    "I presenti non possono essere un numero negativo.":
        "The number who came cannot be negative.",
    "I presenti ({came}) non possono essere più dei raggiunti ({reached}).":
        "Those who came ({came}) cannot be more than those reached ({reached}).",
    "La comunicazione {mailing} è stata stampata dal modello {used}, non da {code}.":
        "The mailing {mailing} was printed from the template {used}, not from {code}.",
    "L'azione è annullata: non si modifica più.":
        "The action is cancelled: it can no longer be edited.",
    "Raggiunti e presenti si registrano quando l'azione è svolta («Segna come svolta…»).":
        "Reach and attendance are recorded when the action is done («Mark as done…»).",
    "Si segna come svolta solo un'azione programmata (questa è «{status}»).":
        "Only a planned action can be marked as done (this one is «{status}»).",
    "L'azione è prevista per il {day}: si segna come svolta da quel giorno in poi (o se ne "
    "cambia prima la data).":
        "The action is planned for {day}: it can be marked as done from that day on (or "
        "change its date first).",
    "Scrivere perché l'azione è annullata.": "Write why the action is cancelled.",
    "Si annulla solo un'azione programmata (questa è «{status}»).":
        "Only a planned action can be cancelled (this one is «{status}»).",
}
EN.update({
    # the window
    "Piano di comunicazione": "Communication plan",
    "Modifica azione del piano": "Edit plan action",
    "Nuova azione del piano": "New plan action",
    "Segna come svolta": "Mark as done",
    "Annulla azione": "Cancel action",
    "es. Ufficio di borgo, custode sociale": "e.g. Borgo office, social caretaker",
    "— nessuno —": "— none —",
    "— nessuna —": "— none —",
    "es. volantino, presentazione, cartella stampa": "e.g. leaflet, slides, press kit",
    "Collegata a una comunicazione: i raggiunti si contano dal registro delle consegne.":
        "Linked to a mailing: the people reached are counted from the delivery log.",
    "Modello usato": "Template used",
    "Materiale": "Material",
    "Comunicazione inviata": "Mailing sent",
    "Raggiunti": "Reached",
    "Presenti": "Came",
    "Nuova azione…": "New action…",
    "Segna come svolta…": "Mark as done…",
    "Annulla azione…": "Cancel action…",
    "Stampa piano…": "Print plan…",
    "programmata": "planned",
    "programmata, data passata": "planned, date passed",
    "svolta": "done",
    "annullata": "cancelled",
    "Il piano non ha ancora azioni: aggiungerne una con «Nuova azione…».":
        "The plan has no actions yet: add one with «New action…».",
    "{n} azioni · {done} svolte · {late} in ritardo":
        "{n} actions · {done} done · {late} overdue",
    "{n} (registro)": "{n} (log)",
    "Stampa piano di comunicazione": "Print the communication plan",
    "Documenti PDF (*.pdf)": "PDF documents (*.pdf)",
})
