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

    # delivery log (services/communication/deliveries.py, mailer.py)
    "Posta ordinaria": "Ordinary post",
    "PEC": "Certified e-mail (PEC)",
    "Invio per e-mail di una comunicazione": "Communication sent by e-mail",
    "Consegna di una comunicazione registrata": "Delivery of a communication recorded",
    "Ricevuta di una comunicazione registrata": "Receipt of a communication recorded",
    "Comunicazione tornata al mittente": "Communication returned to sender",
    "registro delle consegne": "delivery log",
    "Registro delle consegne": "Delivery log",
    "Indicare la data {what}.": "Enter the date {what}.",
    "La data {what} non può essere nel futuro.": "The date {what} cannot be in the future.",
    "di consegna": "of delivery",
    "della ricevuta": "of the receipt",
    "del rientro": "it came back",
    "Scegliere almeno una consegna dall'elenco.": "Choose at least one delivery from the list.",
    "Consegna non trovata.": "Delivery not found.",
    "Indicare come è stata consegnata.": "Say how it was delivered.",
    "Per la raccomandata indicare il numero riportato sulla ricevuta di spedizione.":
        "For registered mail enter the number printed on the posting slip.",
    "Scrivere perché è tornata indietro (es. destinatario sconosciuto, rifiutata).":
        "Write why it came back (e.g. addressee unknown, refused).",
    "Comunicazione «{code}» non trovata.": "Communication “{code}” not found.",
    "Comunicazione non trovata.": "Communication not found.",
    "Le e-mail si inviano dal programma («Invia per e-mail…»), che registra da sé la "
    "consegna.":
        "E-mails are sent from the program (“Send by e-mail…”), which records the delivery "
        "itself.",
    "Ogni raccomandata ha il suo numero: registrarle una per volta.":
        "Each registered letter has its own number: record them one at a time.",
    "Per {n} consegne la ricevuta è già tornata: non si cambia più come sono state spedite.":
        "For {n} deliveries the receipt has already come back: how they were sent no longer "
        "changes.",
    "Si registra la ricevuta di una comunicazione già spedita o consegnata: prima indicare "
    "come è uscita.":
        "A receipt is recorded for a communication already sent or delivered: first say how "
        "it went out.",
    "La ricevuta non può essere precedente alla consegna ({day}).":
        "The receipt cannot be earlier than the delivery ({day}).",
    "Torna indietro solo una comunicazione già spedita.":
        "Only a communication already sent can come back.",
    "Indicare il server di posta in uscita (es. smtp.comune.milano.it).":
        "Enter the outgoing mail server (e.g. smtp.comune.milano.it).",
    "La porta va da 1 a 65535 (di solito 587).": "The port goes from 1 to 65535 (usually 587).",
    "Sicurezza non prevista: scegliere STARTTLS o SSL.":
        "Unknown security: choose STARTTLS or SSL.",
    "L'indirizzo del mittente non è un indirizzo e-mail valido.":
        "The sender address is not a valid e-mail address.",
    "Manca la password del server di posta per {user}: inserirla nelle impostazioni della "
    "posta.":
        "The mail server password for {user} is missing: enter it in the mail settings.",
    "Il server di posta non è configurato: indicarlo nelle impostazioni della posta (server, "
    "porta, mittente).":
        "The mail server is not configured: set it in the mail settings (server, port, "
        "sender).",
    "Tutte le lettere di {code} sono già state consegnate.":
        "All the letters of {code} have already been delivered.",
    "Il portachiavi del sistema non risponde ({error}).":
        "The system keyring does not answer ({error}).",
    "Il portachiavi del sistema non ha accettato la password ({error}): la password non è "
    "stata salvata.":
        "The system keyring did not accept the password ({error}): the password was not "
        "saved.",
    "Il server di posta ha rifiutato utente e password ({user}).":
        "The mail server refused the user name and password ({user}).",
    "Il server di posta {host}:{port} non risponde o rifiuta la connessione sicura ({error}). "
    "Nessuna e-mail è stata inviata.":
        "The mail server {host}:{port} does not answer or refuses the secure connection "
        "({error}). No e-mail was sent.",
    "Nessuna e-mail inviata: {households} non hanno dato il consenso al contatto per e-mail o "
    "non hanno un indirizzo. Consegnare la lettera a mano o per posta.":
        "No e-mail sent: {households} have not consented to e-mail contact or have no "
        "address. Deliver the letter by hand or by post.",
    # household page box
    "Comunicazioni ricevute": "Communications received",
    "Comunicazioni ricevute ({count})": "Communications received ({count})",
    "Stampata il": "Printed on",
    "Modello": "Template",
    "Canale": "Channel",
    "Consegnata il": "Delivered on",
    "Ricevuta il": "Receipt on",
    "Nessuna comunicazione inviata a questo nucleo.": "No communication sent to this household.",
    "{name} (v. {version})": "{name} (v. {version})",
    "Le {shown} più recenti di {total}; le altre nel registro delle consegne.":
        "The latest {shown} of {total}; the others in the delivery log.",
}
