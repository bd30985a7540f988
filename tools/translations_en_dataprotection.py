"""English for the data-protection tools: consents, access report, retention, masked fields."""

EN: dict[str, str] = {
    # access report
    "Nessuna persona scelta.": "No person chosen.",
    "Crea il rapporto (PDF e JSON)…": "Create the report (PDF and JSON)…",
    "Richiesta di accesso dell'interessato: cercare la persona per cognome, nome o codice "
    "fiscale, poi creare il rapporto con tutti i dati conservati su di lei. I file creati NON "
    "sono cifrati: consegnarli di persona o su un supporto protetto.":
        "Data subject access request: search for the person by surname, name or tax code, "
        "then create the report with all the data held about them. The files created are NOT "
        "encrypted: hand them over in person or on a protected medium.",
    "Scegliere una persona, non un nucleo o un alloggio.":
        "Choose a person, not a household or a unit.",
    "Persona scelta: {name} ({detail})": "Person chosen: {name} ({detail})",
    "Cartella del rapporto": "Report folder",
    "Rapporto creato": "Report created",
    "Creati {pdf} e {json}. I file non sono cifrati.":
        "Created {pdf} and {json}. The files are not encrypted.",
    "Nessuna persona con codice fiscale {code}.": "No person with tax code {code}.",
    # consents
    "Consensi di {name}": "Consents of {name}",
    "Finalità": "Purpose",
    "Dato il": "Given on",
    "Revocato il": "Withdrawn on",
    "Modalità": "How",
    "Raccolto da": "Collected by",
    "Raccolto": "Collected",
    "Revoca il consenso selezionato": "Withdraw the selected consent",
    "— scegliere —": "— choose —",
    "es. numero del modulo firmato": "e.g. number of the signed form",
    "Registra il consenso": "Record the consent",
    "Nuovo consenso": "New consent",
    "in vigore": "in force",
    "Revocare il consenso «{purpose}» con data {date}?":
        "Withdraw the consent “{purpose}” as of {date}?",
    "Revoca del consenso": "Withdrawal of consent",
    "Tutte le finalità": "All purposes",
    "Solo consensi in vigore": "Only consents in force",
    "{n} consensi": "{n} consents",
    "Consensi": "Consents",
    "Consenso": "Consent",
    "Foto e riprese": "Photos and video",
    "Condivisione dei dati con i servizi del territorio": "Sharing data with local services",
    "Contatto per e-mail": "Contact by e-mail",
    "Contatto per SMS": "Contact by SMS",
    "Notizie delle attività di comunità": "News of community activities",
    "Modulo firmato": "Signed form",
    "A voce, davanti all'operatore": "Verbally, in front of the operator",
    "Per e-mail": "By e-mail",
    "Indicare per che cosa è dato il consenso.": "Say what the consent is given for.",
    "Indicare come è stato raccolto il consenso.": "Say how the consent was collected.",
    "Indicare la data del consenso.": "Enter the date of the consent.",
    "La nota può avere al massimo {max} caratteri.": "The note can be at most {max} characters.",
    "Il consenso «{purpose}» è già registrato e non revocato.":
        "The consent “{purpose}” is already recorded and not withdrawn.",
    "Il consenso è già stato revocato il {date}.": "The consent was already withdrawn on {date}.",
    "Indicare la data della revoca.": "Enter the date of the withdrawal.",
    "La revoca non può precedere il consenso ({date}).":
        "The withdrawal cannot precede the consent ({date}).",
    # window
    "Protezione dati": "Data protection",
    "&Protezione dati…": "&Data protection…",
    "Accesso ai dati": "Data access",
    "Conservazione": "Retention",
    "Registro dei consensi": "Consent register",
    "Protezione dei dati personali": "Personal data protection",
    # retention
    "Aggiorna la proposta": "Refresh the proposal",
    "Seleziona tutti": "Select all",
    "Rendi anonimi i nuclei selezionati…": "Anonymise the selected households…",
    "Regola: i dati delle persone dei nuclei usciti da più di {years} anni vengono resi anonimi "
    "(nomi, codice fiscale, recapiti, data di nascita sostituita dalla fascia di cinque anni). "
    "Contratti e importi restano. Nuclei proposti: {n}.":
        "Rule: the data of people in households that left more than {years} years ago are "
        "anonymised (names, tax code, contacts; the birth date becomes its five-year band). "
        "Leases and amounts are kept. Households proposed: {n}.",
    "Rendere anonimi {n} nuclei ({persons} persone)? L'operazione non si può annullare: nomi, "
    "codici fiscali e recapiti saranno cancellati.":
        "Anonymise {n} households ({persons} people)? This cannot be undone: names, tax codes "
        "and contacts will be erased.",
    "Anonimizzazione": "Anonymisation",
    "Nuclei resi anonimi: {n}.": "Households anonymised: {n}.",
    "Nessun nucleo selezionato da rendere anonimo.": "No household selected to anonymise.",
    "Selezionare almeno un nucleo della proposta.":
        "Select at least one household of the proposal.",
    # households leaving, masked fields
    "Il nucleo {code} risulta già uscito.": "Household {code} has already left.",
    "La data di uscita non può precedere l'inizio del contratto ({date}).":
        "The leaving date cannot precede the start of the lease ({date}).",
    "dati riservati": "restricted data",
    "Riservato": "Restricted",
    "Dato riservato: spuntare solo per dichiarare una disabilità.":
        "Restricted data: tick only to declare a disability.",
    "Dato riservato: lasciare vuoto per non cambiarlo.":
        "Restricted data: leave empty to keep it unchanged.",
    "riservato": "restricted",
    " anni": " years",
    "Cambia la regola": "Change the rule",
    "Anni dopo l'uscita del nucleo:": "Years after the household left:",
    "Indicare un numero di anni tra {low} e {high}.":
        "Enter a number of years between {low} and {high}.",
    "L'attestazione ISEE del nucleo non è più valida: serve una nuova DSU.":
        "The household's ISEE certificate is no longer valid: a new DSU is needed.",
    "Reso anonimo il": "Anonymised on",
    "Regola (anni)": "Rule (years)",
    "Da": "By",
    "Registro dei nuclei già resi anonimi": "Register of households already anonymised",
}
