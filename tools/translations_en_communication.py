"""English for communication: templates, mail merge, delivery log, the plan, the handbook."""

EN: dict[str, str] = {
    # vocabulary
    "Lettera al nucleo": "Letter to the household",
    "Avviso per l'edificio": "Notice for the building",
    "Avviso per la scala": "Notice for the staircase",
    "Avviso per il borgo": "Notice for the whole borgo",
    "Locandina A4": "A4 poster",
    "Locandina A3": "A3 poster",
    "Scheda informativa": "Information sheet",
    "Comunicazione generale": "General communication",
    "Pagamenti e morosità": "Payments and arrears",
    "Consegna a mano con firma": "Hand delivered, signed",
    "Cassetta della posta": "Letterbox",
    "Affisso in bacheca": "Posted on the board",
    "Raccomandata A/R": "Registered mail with receipt",
    "Stampata": "Printed",
    "Inviata": "Sent",
    "Ricevuta tornata": "Receipt returned",
    "Restituita al mittente": "Returned to sender",
    "Invio non riuscito": "Sending failed",
    "Prima dell'assegnazione": "Before allocation",
    "Primo anno": "First year",
    "A regime": "Steady state",
    "Comune": "Comune (city council)",
    "Programmata": "Planned",
    "Svolta": "Done",
    "Modello di comunicazione salvato": "Communication template saved",
    "Modello di comunicazione ritirato": "Communication template retired",
    "Modello di comunicazione ripristinato": "Communication template restored",
    "Stampa di una comunicazione": "Communication printed",
    "Modello di comunicazione": "Communication template",
    "Comunicazione": "Communication",
    "Consegna": "Delivery",
    # permissions
    "scrivere modelli di comunicazione e il piano di comunicazione":
        "write communication templates and the communication plan",
    "stampare o inviare comunicazioni e registrarne le consegne":
        "print or send communications and record their delivery",
    # service messages
    "Campi sconosciuti nel testo: {fields}. I campi disponibili sono nell'elenco accanto al "
    "testo, scritti tra parentesi graffe, per esempio {{intestatario.nome_completo}}.":
        "Unknown fields in the text: {fields}. The available fields are in the list beside the "
        "text, written between braces, for example {{intestatario.nome_completo}}.",
    "Gli importi e i riferimenti di pagamento sono ammessi solo nei modelli per pagamenti e "
    "morosità: togliere {fields}.":
        "Amounts and payment references are allowed only in payment and arrears templates: "
        "remove {fields}.",
    "Un avviso per tutto il borgo o una locandina non riguarda un solo edificio: togliere "
    "{fields}.":
        "A notice for the whole borgo or a poster is not about one building: remove {fields}.",
    "Un avviso o una locandina per la bacheca non può contenere dati personali (nomi, "
    "alloggi, importi): togliere {fields}.":
        "A notice or poster for the board cannot contain personal data (names, flats, "
        "amounts): remove {fields}.",
    "Stampa annullata: nessuna lettera è stata registrata.":
        "Printing cancelled: no letter was recorded.",
    "Il modello «{code}» è ritirato.": "The template “{code}” is retired.",
    "Indicare {fields} prima di stampare.": "Enter {fields} before printing.",
    "Nessun nucleo tra i destinatari ({target}).": "No household among the recipients ({target}).",
    "Nucleo non trovato.": "Household not found.",
    "Evento «{id}» non trovato.": "Event “{id}” not found.",
    "Destinatari non validi: «{text}». Scrivere household:CODICE, households:CODICE,CODICE, "
    "building:EDIFICIO, staircase:EDIFICIO-SCALA, all, group:NOME o event:ID.":
        "Invalid recipients: “{text}”. Write household:CODE, households:CODE,CODE, "
        "building:BUILDING, staircase:BUILDING-STAIRCASE, all, group:NAME or event:ID.",
    "Nucleo «{code}» non trovato.": "Household “{code}” not found.",
    "Nuclei non trovati: {codes}.": "Households not found: {codes}.",
    "Edificio «{code}» non trovato.": "Building “{code}” not found.",
    "Scala «{code}» non trovata: scrivere EDIFICIO-SCALA, es. DL51-A.":
        "Staircase “{code}” not found: write BUILDING-STAIRCASE, e.g. DL51-A.",
    "Gruppo «{name}» non trovato.": "Group “{name}” not found.",
    "Il codice del modello va scritto in maiuscolo, da 2 a 32 caratteri tra lettere, cifre, "
    "- e _ (es. ACQUA-SCALA).":
        "The template code is written in capitals, 2 to 32 characters among letters, digits, "
        "- and _ (e.g. ACQUA-SCALA).",
    "Dare un nome al modello.": "Give the template a name.",
    "Lingua non prevista: {langs}.": "Language not provided for: {langs}.",
    "Il testo italiano (titolo e corpo) è obbligatorio: è quello che ricevono i nuclei delle "
    "altre lingue.":
        "The Italian text (title and body) is required: households of other languages "
        "receive it.",
    "Modello «{code}» non trovato.": "Template “{code}” not found.",
    "Il modello «{code}» non ha la versione {version}.":
        "The template “{code}” has no version {version}.",
    "Versione del modello non trovata.": "Template version not found.",
    "Il testo in {lang} ha il titolo o il corpo vuoto.":
        "The text in {lang} has an empty title or body.",
    "Il tipo di un modello già salvato non cambia: crearne uno nuovo con un altro codice.":
        "The type of a saved template does not change: create a new one with another code.",
    "Mancano dati per {count} nuclei, nessuna lettera è stata stampata: {households}{more}. "
    "Completare le schede o togliere il campo dal modello.":
        "Data missing for {count} households, no letter was printed: {households}{more}. "
        "Complete their records or remove the field from the template.",
    "Scrivere i campi come CAMPO=VALORE: «{item}».": "Write fields as FIELD=VALUE: “{item}”.",
}
