"""English for the reporting to the Comune: indicators, ESF+ participant data, the package
and the managers' dashboard (services/reporting, ui/reporting)."""

EN: dict[str, str] = {
    # vocabulary
    "Trimestre": "Quarter",
    "Mese": "Month",
    "Anno": "Year",
    "Occupato/a (anche autonomo)": "Employed (including self-employed)",
    "Disoccupato/a": "Unemployed",
    "Disoccupato/a di lunga durata": "Long-term unemployed",
    "Inattivo/a, in istruzione o formazione": "Inactive, in education or training",
    "Inattivo/a, non in istruzione né formazione": "Inactive, not in education or training",
    "Non dichiarato": "Not declared",
    "Ha un lavoro": "In employment",
    "Lavoro autonomo": "Self-employed",
    "In cerca di lavoro": "Looking for work",
    "In istruzione o formazione": "In education or training",
    "Ha ottenuto una qualifica": "Gained a qualification",
    "Situazione lavorativa migliorata": "Better labour-market situation",
    "Nessun cambiamento": "No change",
    "Inviato": "Submitted",
    "Riaperto": "Reopened",
    # service messages
    "Il codice può contenere solo lettere, cifre e trattini bassi.":
        "The code may contain only letters, digits and underscores.",
    "Scegliere la funzione da quelle previste dal programma.":
        "Choose the function from those the program provides.",
    "L'indicatore {code} usa una funzione sconosciuta: «{name}».":
        "Indicator {code} uses an unknown function: “{name}”.",
    "Periodo non valido: «{text}». Scrivere un trimestre (2026-Q4), un mese (2026-11) o un "
    "anno (2026).":
        "Invalid period: “{text}”. Write a quarter (2026-Q4), a month (2026-11) or a year (2026).",
    "Unità": "Unit",
    "Descrizione": "Description",
    "vedere gli indicatori e il cruscotto": "see the indicators and the dashboard",
    "preparare e inviare il pacchetto per il Comune": "build and submit the package for the Comune",
    "impostare le chiavi del pacchetto per il Comune": "set the keys of the package for the Comune",
    "Indicatore per il Comune riportato al predefinito": "Indicator for the Comune restored to its default",
    "Elenco degli indicatori del Comune importato": "The Comune's list of indicators imported",
    "La descrizione è troppo lunga: al massimo {n} caratteri.":
        "The description is too long: at most {n} characters.",
    "L'unità è troppo lunga: al massimo {n} caratteri.": "The unit is too long: at most {n} characters.",
    "Il codice del Comune è troppo lungo: al massimo {n} caratteri.":
        "The Comune's code is too long: at most {n} characters.",
    "La posizione deve essere un numero intero da 0 a 9999.":
        "The position must be a whole number from 0 to 9999.",
    "L'indicatore {code} è stato aggiunto dall'ufficio: non ha una versione predefinita da "
    "ripristinare.":
        "Indicator {code} was added by the office: it has no default version to restore.",
    "Il codice è troppo lungo: al massimo {n} caratteri.": "The code is too long: at most {n} characters.",
    "La funzione scelta non prevede il parametro «{param}».":
        "The chosen function has no parameter “{param}”.",
    "Il parametro «{param}» è obbligatorio per questa funzione.":
        "The parameter “{param}” is required for this function.",
    # the indicator editor
    "Indicatori…": "Indicators…",
    "Indicatori per il Comune": "Indicators for the Comune",
    "Pos.": "Pos.",
    "Codice Comune": "Comune code",
    "Funzione": "Function",
    "Codice:": "Code:",
    "Codice Comune:": "Comune code:",
    "Descrizione:": "Description:",
    "Unità:": "Unit:",
    "Funzione:": "Function:",
    "Posizione:": "Position:",
    "Salva l'indicatore": "Save the indicator",
    "Nuovo indicatore": "New indicator",
    "Ripristina predefinito": "Restore the default",
    "Importa l'elenco del Comune…": "Import the Comune's list…",
    "Indicatore {code} salvato.": "Indicator {code} saved.",
    "Indicatore {code} riportato al predefinito.": "Indicator {code} restored to its default.",
    "Elenco degli indicatori del Comune": "The Comune's list of indicators",
    "Fogli di calcolo (*.csv *.xlsx)": "Spreadsheets (*.csv *.xlsx)",
    "Riga {row}, «{column}»: {reason}": "Row {row}, “{column}”: {reason}",
    # audit trail
    "Indicatore per il Comune salvato": "Indicator for the Comune saved",
    "Pacchetto per il Comune preparato e inviato": "Package for the Comune built and submitted",
    "Periodo inviato al Comune riaperto": "Period submitted to the Comune reopened",
    "Chiave dei pseudonimi creata": "Pseudonym key created",
    "Chiave pubblica del Comune impostata": "Comune's public key set",
    "Dati FSE+ all'ingresso": "ESF+ data at entry",
    "Esito FSE+ all'uscita": "ESF+ result at exit",
    "Esito FSE+ a sei mesi": "ESF+ result at six months",
    # keys and the sealed file
    "La chiave pubblica del Comune deve essere una chiave RSA di almeno {bits} bit.":
        "The Comune's public key must be an RSA key of at least {bits} bits.",
    "Il file non è un pacchetto sigillato per il Comune (intestazione mancante o alterata).":
        "The file is not a sealed package for the Comune (header missing or altered).",
    "Il pacchetto sigillato è troncato o alterato alla fine (manca l'impronta di chiusura).":
        "The sealed package is truncated or altered at the end (the closing fingerprint is missing).",
    "L'impronta SHA-256 del pacchetto sigillato non corrisponde: il file è stato modificato o "
    "troncato.":
        "The SHA-256 fingerprint of the sealed package does not match: the file was changed or "
        "truncated.",
    "L'intestazione del pacchetto sigillato è alterata.": "The header of the sealed package is altered.",
    "Il contenuto cifrato non corrisponde all'intestazione.":
        "The encrypted content does not match the header.",
    "La chiave pubblica del Comune non è leggibile: serve un file PEM («-----BEGIN PUBLIC "
    "KEY-----»).":
        "The Comune's public key cannot be read: a PEM file is needed (“-----BEGIN PUBLIC KEY-----”).",
    "L'intestazione del pacchetto sigillato non è leggibile.":
        "The header of the sealed package cannot be read.",
    "Il pacchetto non si apre con questa chiave privata (chiave diversa o file alterato).":
        "The package does not open with this private key (another key, or an altered file).",
    "Manca la chiave dei pseudonimi: l'amministratore la crea una volta sola ('borgo-desktop "
    "report keys --new-pseudonym-key').":
        "The pseudonym key is missing: the administrator creates it once ('borgo-desktop report "
        "keys --new-pseudonym-key').",
    "Manca la chiave pubblica del Comune: l'amministratore la imposta dal file PEM ricevuto "
    "('borgo-desktop report keys --comune-key FILE').":
        "The Comune's public key is missing: the administrator sets it from the PEM file "
        "received ('borgo-desktop report keys --comune-key FILE').",
    "La chiave dei pseudonimi esiste già e non si cambia: i pseudonimi dei periodi già inviati "
    "non corrisponderebbero più.":
        "The pseudonym key already exists and is never changed: the pseudonyms of the periods "
        "already submitted would no longer match.",
    # participants
    "Indicare la data di ingresso nel progetto.": "Enter the date of entry into the project.",
    "Il genere va indicato come F o M.": "Gender is entered as F or M.",
    "Scegliere il titolo di studio o lasciarlo da completare.":
        "Choose the education level, or leave it to be completed.",
    "La data di ingresso non può essere futura.": "The date of entry cannot be in the future.",
    "La persona non fa parte del nucleo della cartella.":
        "The person is not a member of the case file's household.",
    "Indicare la data.": "Enter the date.",
    "Indicare l'esito.": "Enter the result.",
    "L'uscita non può precedere l'ingresso ({day:%d/%m/%Y}).":
        "The exit cannot come before the entry ({day:%d/%m/%Y}).",
    "La data di ingresso non può precedere l'apertura della cartella ({day:%d/%m/%Y}).":
        "The date of entry cannot come before the case file was opened ({day:%d/%m/%Y}).",
    "La data non può essere futura.": "The date cannot be in the future.",
    "Prima dell'esito a sei mesi va registrata l'uscita.":
        "The exit must be recorded before the six-month result.",
    "L'esito a sei mesi si registra dal {day:%d/%m/%Y} (sei mesi dopo l'uscita).":
        "The six-month result is recorded from {day:%d/%m/%Y} (six months after the exit).",
    "Partecipante": "Participant",
    # submission log
    "Il periodo {period} è già stato inviato il {day:%d/%m/%Y}: per inviarlo di nuovo va prima "
    "riaperto, indicando il motivo.":
        "Period {period} was already submitted on {day:%d/%m/%Y}: to submit it again, reopen it "
        "first and give the reason.",
    "Scrivere il motivo della riapertura (almeno {n} caratteri).":
        "Write the reason for reopening (at least {n} characters).",
    "Il periodo {period} non risulta inviato: non c'è nulla da riaprire.":
        "Period {period} has not been submitted: there is nothing to reopen.",
    # the window: dashboard, package dialog, participant data
    "All'ingresso": 'At entry',
    "All'uscita (entro 4 settimane) e dopo sei mesi": 'At exit (within 4 weeks) and six months later',
    "Clic per aprire l'elenco": 'Click to open the list',
    "Pacchetto scritto in {path}.\nImpronta del contenuto (SHA-256): {content}\nImpronta del file: {file}\nPartecipanti: {n}; correzioni rispetto all'ultimo invio: {c}.": 'Package written to {path}.\nContent fingerprint (SHA-256): {content}\nFile fingerprint: {file}\nParticipants: {n}; corrections since the last submission: {c}.',
    ' · entro il {day}': ' · by {day}',
    'Altro svantaggio:': 'Other disadvantage:',
    'Apri elenco': 'Open list',
    'Calcolo del cruscotto': 'Working out the dashboard',
    'Calcolo in corso…': 'Working it out…',
    'Chiave dei pseudonimi: {p}. Chiave del Comune: {c}.': "Pseudonym key: {p}. Comune's key: {c}.",
    'Condizione occupazionale:': 'Labour-market status:',
    'Cruscotto': 'Dashboard',
    'Da completare nelle mie cartelle (doppio clic per aprire):': 'To complete in my case files (double-click to open):',
    'Da completare nelle mie cartelle': 'To complete in my case files',
    'Dati FSE+ dei partecipanti': 'ESF+ data of the participants',
    'Dati FSE+': 'ESF+ data',
    'Disabilità:': 'Disability:',
    'Donna': 'Woman',
    'Figli a carico:': 'Dependent children:',
    'File del pacchetto': 'Package file',
    'File:': 'File:',
    'Genere:': 'Gender:',
    'Il pacchetto contiene la tabella degli indicatori, i dati FSE+ pseudonimizzati e il riepilogo firmato; è cifrato per il Comune e registrato nel registro degli invii.': 'The package holds the indicator table, the pseudonymised ESF+ data and the signed summary; it is encrypted for the Comune and written in the submission log.',
    'Immagine PNG (*.png)': 'PNG image (*.png)',
    'Indicatori: {done} di {total}': 'Indicators: {done} of {total}',
    'Ingresso nel progetto:': 'Entry into the project:',
    'Mancano: {what}.': 'Missing: {what}.',
    'Nessun nucleo in morosità.': 'No household is in arrears.',
    'Non ancora chiesti (si può rispondere «non dichiarato»): {what}.': 'Not asked yet (“not declared” is an allowed answer): {what}.',
    'Nucleo senza occupati:': 'Jobless household:',
    'Occupazione degli alloggi': 'Occupancy of the units',
    'Origine straniera o minoranza:': 'Foreign background or minority:',
    'PNG…': 'PNG…',
    'Pacchetto per il Comune': 'Package for the Comune',
    'Pacchetto per il Comune…': 'Package for the Comune…',
    'Pacchetto sigillato (*.borgo)': 'Sealed package (*.borgo)',
    'Partecipazione alla comunità': 'Community participation',
    'Periodo:': 'Period:',
    'Persone del nucleo': 'People of the household',
    'Prepara e invia': 'Build and submit',
    'Preparazione del pacchetto': 'Building the package',
    'Quote di assegnazione': 'Allocation quotas',
    'Salva i dati di ingresso': 'Save the entry data',
    'Salva il grafico come immagine PNG': 'Save the chart as a PNG image',
    'Salva il grafico': 'Save the chart',
    'Salvare prima i dati di ingresso.': 'Save the entry data first.',
    'Sei mesi dopo:': 'Six months later:',
    'Senza dimora o in esclusione abitativa:': 'Homeless or in housing exclusion:',
    'Sfoglia…': 'Browse…',
    'Titolo di studio:': 'Education:',
    'Tutti gli edifici': 'All buildings',
    'Unico adulto del nucleo:': 'Only adult of the household:',
    'Uomo': 'Man',
    'Uscita:': 'Exit:',
    'Uso degli spazi comuni': 'Use of the shared rooms',
    'completo': 'complete',
    'da registrare': 'to record',
    'incompleto': 'incomplete',
    'mancante': 'missing',
    'presente': 'present',
    '— da completare —': '— to complete —',
    '— non chiesto —': '— not asked —',
    "PNG": "PNG",
    "Apri": "Open",
    "Apri l'elenco": "Open the list",
    "Non incassato nel mese (€)": "Not collected in the month (€)",
    "Incassato (%)": "Collected (%)",
    "Rapporto mensile stampato": "Monthly report printed",
    "Indicare un mese, per esempio 2026-11.": "Enter a month, for example 2026-11.",
    "Indicare il mese con --month (es. 2026-11) e il file con --out.":
        "Give the month with --month (e.g. 2026-11) and the file with --out.",
    "Nessun dato": "No data",
}
