"""English for the window, read by tools/update_translations.py: Italian source -> English.

Plain British office English, as a housing officer would write it. Every ``{placeholder}``
and ``&`` accelerator of the Italian stays in the English (the script refuses a translation
that loses one). A word whose English depends on where it appears goes in ``BY_CONTEXT``.
Italian terms of the housing system with no English counterpart (ISEE, DSU, SAS, SAP,
codice fiscale as "tax code") are kept or named as the office knows them.
"""

from __future__ import annotations

import importlib
from pathlib import Path

EN: dict[str, str] = {
    # --- main window, areas, status bar, search ------------------------------------------
    "Borgo Desktop – Ufficio di borgo": "Borgo Desktop – Neighbourhood office",
    "Nuclei": "Households",
    "Persone": "People",
    "Alloggi": "Units",
    "Assegnazioni": "Allocation",
    "Aree": "Areas",
    "Strumenti": "Tools",
    "Nuovo nucleo": "New household",
    "Nuovo nucleo familiare (Ctrl+N)": "New household (Ctrl+N)",
    "sportello": "front desk",
    "gestione tecnica": "facility management",
    "assistente sociale": "social worker",
    "responsabile": "manager",
    "amministratore": "administrator",
    "Utente: {name} ({role})": "User: {name} ({role})",
    "Database: {db}": "Database: {db}",
    "Nucleo {code}": "Household {code}",
    "Alloggio {code}": "Unit {code}",
    "Persona senza nucleo": "Person without a household",
    "Questa persona non fa parte, oggi, di alcun nucleo.":
        "This person is not a member of any household at present.",
    "Cerca nucleo, persona, codice fiscale o alloggio  (Ctrl+F)":
        "Search for a household, person, tax code or unit  (Ctrl+F)",
    "Ricerca globale": "Global search",
    "Nessun risultato per «{text}»": "No results for “{text}”",
    "Provare con meno lettere o con il codice fiscale": "Try fewer letters, or the tax code",

    # --- shared words, messages and dialogs ----------------------------------------------
    "Operazione non eseguita": "Action not carried out",
    "Attenzione": "Warning",
    "Sì": "Yes",
    "No": "No",
    "Salva": "Save",
    "Annulla": "Cancel",
    "Chiudi": "Close",
    "Conferma": "Confirm",
    "Aggiorna": "Refresh",
    "{status}, dal {start}": "{status}, from {start}",
    "al {end}": "to {end}",
    "gg/mm/aaaa": "dd/mm/yyyy",
    "Errore imprevisto": "Unexpected error",
    "Si è verificato un errore imprevisto del programma.\nI dati che stava inserendo sono "
    "ancora nella finestra: può chiudere questo messaggio e riprovare, oppure salvare e "
    "riavviare il programma.\nSe il problema si ripete, copi i dettagli e li invii "
    "all'assistenza.":
        "The program has run into an unexpected error.\nWhat you were typing is still in the "
        "window: you can close this message and try again, or save and restart the program.\n"
        "If it happens again, copy the details and send them to support.",
    "Mostra dettagli": "Show details",
    "Copia dettagli": "Copy details",
    "Modifiche non salvate": "Unsaved changes",
    "Ci sono modifiche non salvate. Uscire senza salvare?":
        "There are unsaved changes. Leave without saving?",

    # --- list pages -----------------------------------------------------------------------
    "Nuclei familiari": "Households",
    "1 nucleo": "1 household",
    "{n} nuclei": "{n} households",
    "1 persona": "1 person",
    "{n} persone": "{n} people",
    "1 alloggio": "1 unit",
    "{n} alloggi": "{n} units",
    "Stato:": "Status:",
    "Fase:": "Stage:",
    "Categoria:": "Category:",
    "Sesso:": "Sex:",
    "Nucleo:": "Household:",
    "In un nucleo": "In a household",
    "Senza nucleo": "Without a household",
    "Regime:": "Scheme:",
    "Edificio:": "Building:",
    "Accessibile:": "Accessible:",
    "Esporta…": "Export…",
    "Stampa…": "Print…",
    "Filtra per nome o codice…": "Filter by name or code…",
    "Filtro di testo": "Text filter",
    "Tutti": "All",
    "Doppio clic o Invio per aprire": "Double-click or press Enter to open",
    "Esporta elenco": "Export list",
    "Cartella di lavoro Excel (*.xlsx);;Testo CSV (*.csv)":
        "Excel workbook (*.xlsx);;CSV text (*.csv)",
    "Esportazione dell'elenco": "Exporting the list",
    "Righe scritte: {done} di {total}": "Rows written: {done} of {total}",
    "{count} righe esportate in {path}": "{count} rows exported to {path}",
    "Preparazione della stampa": "Preparing the printout",

    # --- list and column titles (Listing) and field names ---------------------------------
    "Codice": "Code",
    "Intestatario": "Reference person",
    "Componenti": "Members",
    "Categoria": "Category",
    "Fase assegnazione": "Allocation stage",
    "Alloggio": "Unit",
    "Stato": "Status",
    "Telefono": "Phone",
    "Cognome": "Surname",
    "Nome": "First name",
    "Codice fiscale": "Tax code",
    "Data di nascita": "Date of birth",
    "Sesso": "Sex",
    "Cittadinanza": "Citizenship",
    "Nucleo": "Household",
    "Edificio": "Building",
    "Scala": "Staircase",
    "Piano": "Floor",
    "Interno": "Flat no.",
    "Superficie m²": "Floor area m²",
    "Locali": "Rooms",
    "Regime": "Scheme",
    "Accessibile": "Accessible",
    "Persona": "Person",
    "Indirizzo": "Address",
    "Numero interno": "Flat number",

    # --- household page -------------------------------------------------------------------
    "Modifica nucleo": "Edit household",
    "Aggiungi componente": "Add member",
    "Stampa scheda": "Print record",
    "ISEE": "ISEE",
    "Vulnerabilità": "Vulnerabilities",
    "Protocollo DSU": "DSU reference no.",
    "E-mail": "E-mail",
    "Lingua": "Language",
    "Consenso privacy": "Privacy consent",
    "Note": "Notes",
    "Assegnazione": "Allocation",
    "Ingresso nell'alloggio": "Moving in",
    "Relazione": "Relationship",
    "Età": "Age",
    "Modifica persona": "Edit person",
    "Esce dal nucleo": "Leaves the household",
    "Entrato il": "Joined on",
    "Uscito il": "Left on",
    "Componenti usciti": "Former members",
    "Scala e piano": "Staircase and floor",
    "Superficie e locali": "Floor area and rooms",
    "Contratto": "Lease",
    "Canone mensile": "Monthly rent",
    "Spese": "Service charges",
    "Deposito cauzionale": "Security deposit",
    "Apri scheda alloggio": "Open unit record",
    "Alloggio e contratto": "Unit and lease",
    "Nessuna": "None",
    "serve alloggio accessibile": "needs an accessible unit",
    "Non presentato": "Not submitted",
    "scaduto il {date}": "expired on {date}",
    "valido fino al {date}": "valid until {date}",
    "Non raccolto": "Not collected",
    "Nessun alloggio": "No unit",
    "scala {s}, piano {f}": "staircase {s}, floor {f}",
    "{m2} m², {rooms} locali": "{m2} m², {rooms} rooms",
    "Nessun contratto in corso": "No active lease",
    "{name} esce dal nucleo con data {date}. Confermare?":
        "{name} leaves the household as of {date}. Confirm?",
    "Uscita dal nucleo": "Leaving the household",
    "Preparazione della scheda": "Preparing the record",

    # --- household and person forms -------------------------------------------------------
    "Nuovo nucleo familiare": "New household",
    "Modifica nucleo {code}": "Edit household {code}",
    "Dati del nucleo": "Household details",
    "Nessuna categoria": "No category",
    "Lingua preferita": "Preferred language",
    "Categoria del piano": "Plan category",
    "ISEE (€)": "ISEE (€)",
    "Scadenza ISEE": "ISEE expiry date",
    "Consenso privacy il": "Privacy consent on",
    "Consenso contatti il": "Contact consent on",
    "Consenso foto il": "Photo consent on",
    "Serve un alloggio accessibile": "Needs an accessible unit",
    "Rimuovi componente": "Remove member",
    "Una scheda per componente: la prima è l'intestatario. I campi con * sono obbligatori.":
        "One tab per member: the first is the reference person. Fields marked * are required.",
    "Nuovo componente": "New member",
    "Importo ISEE non leggibile: usare il formato 12.345,67":
        "The ISEE amount cannot be read: use the format 12.345,67",
    "Il modulo contiene un errore: correggere il campo evidenziato.":
        "The form contains an error: please correct the highlighted field.",
    "Il modulo contiene {n} errori: correggere i campi evidenziati.":
        "The form contains {n} errors: please correct the highlighted fields.",
    "Comune, o Stato se all'estero": "Municipality, or country if born abroad",
    "es. italiana": "e.g. Italian",
    "Persona con disabilità": "Person with a disability",
    "Confermo il codice fiscale nonostante la differenza":
        "I confirm the tax code despite the difference",
    "Cognome *": "Surname *",
    "Nome *": "First name *",
    "Codice fiscale *": "Tax code *",
    "Data di nascita *": "Date of birth *",
    "Sesso *": "Sex *",
    "Luogo di nascita": "Place of birth",
    "Ruolo nel nucleo": "Role in the household",
    "Condizione lavorativa": "Employment status",
    "Titolo di studio": "Education",
    "Modifica {name}": "Edit {name}",
    "Nuovo componente del nucleo": "New household member",

    # --- unit page ------------------------------------------------------------------------
    "Superficie": "Floor area",
    "Modello di canone": "Rent model",
    "Tariffa": "Rate",
    "Dati catastali": "Land registry details",
    "Dati dell'alloggio": "Unit details",
    "Apri scheda nucleo": "Open household record",
    "Nucleo nell'alloggio": "Household in the unit",
    "{amount} al m² all'anno": "{amount} per m² per year",
    "{amount} al mese": "{amount} per month",
    "secondo la fascia ISEE del nucleo": "based on the household's ISEE band",
    "Nessun nucleo": "No household",
    "Nessun contratto: in assegnazione ({stage})": "No lease: being allocated ({stage})",

    # --- allocation plan ------------------------------------------------------------------
    "Piano di assegnazione": "Allocation plan",
    "Categorie e quote…": "Categories and quotas…",
    "Categorie e quote": "Categories and quotas",
    "Tutte le fasi": "All stages",
    "Nuclei in assegnazione": "Households being allocated",
    "Doppio clic per aprire la scheda del nucleo": "Double-click to open the household record",
    "Quote per categoria": "Quotas by category",
    "Quota": "Quota",
    "Assegnati": "Allocated",
    "Entrati": "Moved in",
    "Disponibili": "Remaining",
    "Assegnati rispetto alla quota": "Allocated against quota",
    "Nessuna categoria: definirle con «Categorie e quote…».":
        "No categories yet: set them up with “Categories and quotas…”.",
    "Oltre la quota di {n}": "Over quota by {n}",
    "{allocated} su {quota}": "{allocated} of {quota}",
    "oltre quota": "over quota",
    "Nuova categoria": "New category",
    " alloggi": " units",
    "Attiva nel piano": "Active in the plan",
    "Descrizione breve": "Short description",
    "Descrizione": "Description",
    "Salva categoria": "Save category",
    "{code} — {label} (quota {quota})": "{code} — {label} (quota {quota})",
    "non attiva": "inactive",
    "Fase": "Stage",
    "Riservato fino al": "Reserved until",
    "Dal": "Since",
    "Motivo del rifiuto: {reason}": "Reason for refusal: {reason}",

    # --- a household's allocation and move-in ---------------------------------------------
    "Storia dell'assegnazione": "Allocation history",
    "Inserisci tra i candidati": "Add to candidates",
    "Proponi alloggio…": "Offer a unit…",
    "Registra visita…": "Record visit…",
    "Offerta accettata…": "Offer accepted…",
    "Offerta rifiutata…": "Offer refused…",
    "Rimetti tra i candidati": "Return to candidates",
    "Firma contratto…": "Sign lease…",
    "Registra ingresso…": "Record move-in…",
    "Data": "Date",
    "Passaggio": "Step",
    "Nota": "Note",
    "Operatore": "Staff member",
    "Fase: <b>{stage}</b>": "Stage: <b>{stage}</b>",
    "non in assegnazione": "not being allocated",
    "Offerta rifiutata: {reason}": "Offer refused: {reason}",
    "Alloggio rifiutato: <b>{unit}</b>": "Unit refused: <b>{unit}</b>",
    "Alloggio: <b>{unit}</b>": "Unit: <b>{unit}</b>",
    "riservato fino al {date}": "reserved until {date}",
    "Registra visita": "Record visit",
    "Offerta accettata": "Offer accepted",
    "Offerta rifiutata": "Offer refused",
    "Registra ingresso": "Record move-in",
    "Entrato": "Moved in",
    "Proponi alloggio": "Offer a unit",
    "scala {staircase}, piano {floor}": "staircase {staircase}, floor {floor}",
    "1 locale": "1 room",
    "{n} locali": "{n} rooms",
    "{surface} m²": "{surface} m²",
    "accessibile": "accessible",
    "non accessibile": "not accessible",
    "Nessun alloggio libero da proporre.": "No vacant unit to offer.",
    "L'alloggio è adatto": "The unit is suitable",
    "Perché il nucleo ha rifiutato l'alloggio": "Why the household refused the unit",
    "Motivo": "Reason",
    "Firma contratto": "Sign lease",
    "Decorrenza": "Start date",
    "Con scadenza": "Fixed term",
    "Fine": "End date",
    "Spese mensili": "Monthly service charges",
    "Canone calcolato per l'alloggio: {amount}": "Rent worked out for the unit: {amount}",
    "Nessun ingresso in corso": "No move-in in progress",
    "Attività": "Task",
    "Fatto il": "Done on",
    "Fatto da": "Done by",
    "Fatto": "Done",
    "da fare": "to do",

    # --- import from a spreadsheet --------------------------------------------------------
    "Importa nuclei da foglio di calcolo": "Import households from a spreadsheet",
    "1. Il file da importare": "1. The file to import",
    "Un file Excel (.xlsx) o CSV con una riga per persona: le righe con lo stesso «Codice "
    "nucleo» formano un nucleo, che ha esattamente un Intestatario. Le intestazioni vanno "
    "nella prima riga.\nColonne obbligatorie: {required}.\nColonne facoltative: {optional}.\n"
    "Il file viene controllato per intero prima di scrivere: finché non si preme «Importa» "
    "non viene salvato nulla.":
        "An Excel (.xlsx) or CSV file with one row per person: rows with the same “Codice "
        "nucleo” make up one household, which has exactly one Intestatario (reference person). "
        "Column headings go in the first row; they stay in Italian, as in the template.\n"
        "Required columns: {required}.\nOptional columns: {optional}.\nThe whole file is "
        "checked before anything is written: nothing is saved until you press “Import”.",
    "&Scegli il file…": "&Choose file…",
    "Nessun file scelto.": "No file chosen.",
    "Scarica il &modello…": "Download &template…",
    "Salva un foglio Excel vuoto con le colonne giuste e le istruzioni per compilarlo.":
        "Saves an empty Excel sheet with the right columns and instructions for filling it in.",
    "Scegli il file da importare": "Choose the file to import",
    "Fogli di calcolo (*.xlsx *.csv)": "Spreadsheets (*.xlsx *.csv)",
    "Tutti i file (*)": "All files (*)",
    "Scarica il modello": "Download the template",
    "Foglio Excel (*.xlsx)": "Excel sheet (*.xlsx)",
    "2. Controllo e anteprima": "2. Check and preview",
    "Anteprima del file": "File preview",
    "Salva elenco &problemi…": "Save &problem list…",
    "Importa solo i nuclei &validi (salta quelli con errori)":
        "Import only &valid households (skip those with errors)",
    "&Importa": "&Import",
    "Modello salvato in {path}: compilarlo e sceglierlo con «Scegli il file…».":
        "Template saved to {path}: fill it in, then pick it with “Choose file…”.",
    "Controllo delle righe…": "Checking the rows…",
    "Controllo del file in corso…": "Checking the file…",
    "Controllo del file": "Checking the file",
    "Controllo annullato: scegliere di nuovo il file.":
        "Check cancelled: choose the file again.",
    "Problemi trovati: {count}": "Problems found: {count}",
    "Nessun problema trovato.": "No problems found.",
    "Il file non si può leggere come tabella: vedere il messaggio sopra.":
        "The file cannot be read as a table: see the message above.",
    "Anteprima delle prime {shown} righe su {total}; il controllo le comprende tutte.":
        "Preview of the first {shown} rows of {total}; the check covers them all.",
    "Righe di dati nel file: {total}.": "Data rows in the file: {total}.",
    "Passare il mouse su una cella rossa per leggere il problema.":
        "Hover over a red cell to read the problem.",
    "La riga {row} non è nell'anteprima (sono mostrate le prime {shown} righe).":
        "Row {row} is not in the preview (only the first {shown} rows are shown).",
    "Salva elenco problemi": "Save problem list",
    "File CSV (*.csv)": "CSV file (*.csv)",
    "Elenco dei problemi salvato in {path}.": "Problem list saved to {path}.",
    "Nuclei scritti: {done} di {total}": "Households written: {done} of {total}",
    "Importazione in corso…": "Importing…",
    "Importazione dei nuclei": "Importing households",
    "Importazione annullata: nessun dato scritto.": "Import cancelled: nothing was written.",
    "Errore imprevisto del programma: l'operazione non è stata completata e nessun dato è "
    "stato scritto. Si può riprovare.":
        "Unexpected program error: the operation was not completed and nothing was written. "
        "You can try again.",
    "Scegliere un file per controllarlo e vederne l'anteprima.":
        "Choose a file to check it and preview it.",
    "(senza titolo)": "(no heading)",
    "Problemi trovati": "Problems found",
    "Riga": "Row",
    "Colonna": "Column",

    # --- enum labels (Vocabulary) ---------------------------------------------------------
    "Canone calmierato (SAS)": "Capped rent (SAS)",
    "Edilizia pubblica (SAP)": "Public housing (SAP)",
    "Emergenza abitativa temporanea": "Temporary emergency housing",
    "€/m² annui": "€/m² per year",
    "Fasce di reddito (ISEE)": "Income bands (ISEE)",
    "Contributo fisso mensile": "Flat monthly contribution",
    "In ristrutturazione": "Under renovation",
    "Libero": "Vacant",
    "Preassegnato": "Pre-allocated",
    "Locato": "Let",
    "Non disponibile": "Unavailable",
    "Maschio": "Male",
    "Femmina": "Female",
    "Coniuge/Convivente": "Spouse/Partner",
    "Figlio/a": "Child",
    "Genitore": "Parent",
    "Altro": "Other",
    "Non indicato": "Not stated",
    "Occupato/a dipendente": "Employed",
    "Lavoratore/trice autonomo/a": "Self-employed",
    "Disoccupato/a": "Unemployed",
    "Disoccupato/a di lunga durata": "Long-term unemployed",
    "Studente/ssa": "Student",
    "Pensionato/a": "Retired",
    "Inattivo/a": "Economically inactive",
    "Nessun titolo": "No qualifications",
    "Licenza elementare o media (ISCED 1-2)": "Primary or lower secondary (ISCED 1-2)",
    "Diploma o qualifica (ISCED 3-4)": "Upper secondary or vocational (ISCED 3-4)",
    "Laurea o superiore (ISCED 5-8)": "Degree or higher (ISCED 5-8)",
    "In assegnazione": "Being allocated",
    "Residente": "Resident",
    "Uscito": "Left",
    "In preparazione": "Being drafted",
    "In corso": "Active",
    "Concluso": "Ended",
    "Indigente (ISEE ≤ soglia)": "Low income (ISEE ≤ threshold)",
    "Emergenza abitativa": "Housing emergency",
    "Componente con disabilità": "Member with a disability",
    "Anziano solo": "Older person living alone",
    "Nucleo monogenitoriale": "Single-parent household",
    "Arrivo recente in Italia": "Recently arrived in Italy",
    "Candidato": "Candidate",
    "Alloggio proposto": "Unit offered",
    "Visita fatta": "Visit done",
    "Accettato": "Accepted",
    "Rifiutato": "Refused",
    "Contratto firmato": "Lease signed",
    "Entrato nell'alloggio": "Moved in",
    "Consegna chiavi": "Key handover",
    "Lettura contatori": "Meter readings",
    "Inventario dotazioni": "Inventory of fittings",
    "Kit di benvenuto": "Welcome pack",
    "Incontro informativo": "Information meeting",
    "Senza categoria": "No category",

    # --- service messages (UserError) -----------------------------------------------------
    # registry
    "{what} non trovato: forse è stato ritirato da un altro utente.":
        "{what} not found: another user may have removed it.",
    "Il campo «{label}» è obbligatorio.": "The field “{label}” is required.",
    "Esiste già un nucleo con codice {code}.": "A household with code {code} already exists.",
    "Esiste già un edificio con codice {code}.": "A building with code {code} already exists.",
    "Esiste già un alloggio con codice {code}.": "A unit with code {code} already exists.",
    "Edificio sconosciuto: {code}.": "Unknown building: {code}.",
    "Alloggio sconosciuto: {code}.": "Unknown unit: {code}.",
    "Categoria sconosciuta: {code}.": "Unknown category: {code}.",
    "La data di uscita non può precedere quella di ingresso ({joined}).":
        "The leaving date cannot be earlier than the joining date ({joined}).",
    "Il canone non può essere negativo.": "The rent cannot be negative.",
    "La fine del contratto deve seguire l'inizio.": "The lease must end after it starts.",
    "Il codice fiscale {code} è già presente in anagrafe.":
        "The tax code {code} is already in the register.",
    "Il codice fiscale {code} è ripetuto nel nucleo.":
        "The tax code {code} appears more than once in the household.",
    "Il nucleo ha già un intestatario: cambiarlo dalla scheda del nucleo.":
        "The household already has a reference person: change it from the household record.",
    "La persona non fa parte di alcun nucleo.": "The person is not a member of any household.",
    "L'intestatario non può uscire dal nucleo: indicare prima un nuovo intestatario.":
        "The reference person cannot leave the household: name a new reference person first.",
    "L'intestatario non può lasciare il nucleo: indicare prima un nuovo intestatario.":
        "The reference person cannot leave the household: name a new reference person first.",
    "Il nucleo di destinazione ha già un intestatario.":
        "The household they are moving to already has a reference person.",
    "La persona fa già parte di questo nucleo.": "The person is already a member of this household.",
    "L'alloggio {code} ha già un contratto in corso.": "Unit {code} already has an active lease.",
    "Il valore ISEE non può essere negativo.": "The ISEE value cannot be negative.",
    "Indicare la scadenza dell'attestazione ISEE.": "Enter the expiry date of the ISEE certificate.",
    "Un nucleo deve avere almeno un componente.": "A household must have at least one member.",
    "Il nucleo deve avere esattamente un intestatario (ne ha {count}).":
        "The household must have exactly one reference person (it has {count}).",
    "Il Municipio di Milano va da 1 a 9.": "Milan's Municipio number must be from 1 to 9.",
    "La superficie deve essere maggiore di zero.": "The floor area must be greater than zero.",
    "L'alloggio deve avere almeno un locale.": "The unit must have at least one room.",
    "La data di nascita {value} è nel futuro.": "The date of birth {value} is in the future.",
    "La data di nascita {value} non è plausibile.": "The date of birth {value} is not plausible.",
    # identifiers
    "Il codice fiscale è obbligatorio": "The tax code is required",
    "Il codice fiscale contiene caratteri non validi": "The tax code contains invalid characters",
    "Il codice fiscale deve avere 16 caratteri (ne ha {length})":
        "The tax code must have 16 characters (it has {length})",
    "Il carattere di controllo del codice fiscale è errato (atteso {expected})":
        "The check character of the tax code is wrong (expected {expected})",
    "Il codice fiscale contiene una data di nascita non valida":
        "The tax code contains an invalid date of birth",
    "Il formato del codice fiscale non è valido": "The tax code format is not valid",
    "Il codice fiscale indica il sesso {decoded}, ma è stato indicato {entered}":
        "The tax code gives sex {decoded}, but {entered} was entered",
    "Il codice fiscale indica la data di nascita {decoded} (giorno/mese/anno), diversa da "
    "quella indicata {entered}":
        "The tax code gives the date of birth {decoded} (day/month/year), which differs from "
        "the one entered, {entered}",
    "Il codice fiscale indica il luogo di nascita {decoded}, diverso da quello indicato "
    "{entered}":
        "The tax code gives the place of birth {decoded}, which differs from the one entered, "
        "{entered}",
    "Indirizzo e-mail non valido: {value}": "Invalid e-mail address: {value}",
    "Il CAP deve avere cinque cifre": "The postcode (CAP) must have five digits",
    "Numero di telefono non valido: {value}": "Invalid phone number: {value}",
    "IBAN non valido (paese, lunghezza o formato errati): {value}":
        "Invalid IBAN (wrong country, length or format): {value}",
    "Le cifre di controllo dell'IBAN sono errate: {value}":
        "The IBAN check digits are wrong: {value}",
    "Il CIN dell'IBAN è errato (atteso {expected}): {value}":
        "The CIN letter of the IBAN is wrong (expected {expected}): {value}",
    # allocation
    "Il codice può avere al massimo {max} caratteri.": "The code can be at most {max} characters long.",
    "La descrizione breve può avere al massimo {max} caratteri.":
        "The short description can be at most {max} characters long.",
    "La quota non può essere negativa.": "The quota cannot be negative.",
    "Il nucleo è già nel percorso di assegnazione, nella fase «{stage}».":
        "The household is already in the allocation process, at stage “{stage}”.",
    "Non è possibile {verb}: il nucleo non è nel percorso di assegnazione; {hint}.":
        "Cannot {verb}: the household is not in the allocation process; {hint}.",
    "Non è possibile {verb}: il nucleo è nella fase «{stage}»; {hint}.":
        "Cannot {verb}: the household is at stage “{stage}”; {hint}.",
    "La data {date} è nel futuro.": "The date {date} is in the future.",
    "La data {date} precede quella del passaggio precedente ({last}).":
        "The date {date} is earlier than the previous step ({last}).",
    "La prenotazione non può scadere nel passato ({date}).":
        "The reservation cannot expire in the past ({date}).",
    "Indicare il motivo del rifiuto.": "Enter the reason for the refusal.",
    "La quota della categoria «{label}» è esaurita: {allocated} alloggi assegnati su {quota} "
    "previsti dal piano.":
        "The quota of category “{label}” is used up: {allocated} units allocated out of the "
        "{quota} in the plan.",
    "L'alloggio {unit} non può essere proposto:\n{reasons}": "Unit {unit} cannot be offered:\n{reasons}",
    "L'importo non può essere negativo.": "The amount cannot be negative.",
    "Indicare una data di completamento non futura.":
        "Enter a completion date that is not in the future.",
    "La lista per l'ingresso si apre con la firma del contratto.":
        "The move-in checklist opens once the lease is signed.",
    "Per calcolare il canone serve l'ISEE del nucleo.":
        "The household's ISEE is needed to work out the rent.",
    "Importo non valido: scrivere ad esempio 450,00.":
        "Invalid amount: write it as, for example, 450,00.",
    # words chosen by the allocation service for the messages above ({verb}, {hint})
    "inserire il nucleo tra i candidati": "add the household to the candidates",
    "proporre un alloggio": "offer a unit",
    "registrare la visita": "record the visit",
    "registrare l'accettazione": "record the acceptance",
    "registrare il rifiuto": "record the refusal",
    "riaprire la candidatura": "reopen the application",
    "firmare il contratto": "sign the lease",
    "registrare l'ingresso nell'alloggio": "record the move-in",
    "prima va inserito tra i candidati": "it must first be added to the candidates",
    "prima va proposto un alloggio": "a unit must be offered first",
    "ora si può registrare la visita oppure il rifiuto":
        "now the visit or the refusal can be recorded",
    "ora si può registrare l'accettazione oppure il rifiuto":
        "now the acceptance or the refusal can be recorded",
    "ora si può firmare il contratto": "now the lease can be signed",
    "ora si può solo riaprire la candidatura": "now the application can only be reopened",
    "ora si può registrare l'ingresso nell'alloggio": "now the move-in can be recorded",
    "il percorso di assegnazione è concluso": "the allocation process is complete",
    # exports, files, import
    "Elenco sconosciuto: {name}.": "Unknown list: {name}.",
    "Formato di esportazione non riconosciuto: {name} (usare .xlsx o .csv).":
        "Export format not recognised: {name} (use .xlsx or .csv).",
    "Mancano le colonne obbligatorie: {names}.": "Required columns are missing: {names}.",
    "Il file contiene soltanto l'intestazione, nessuna riga di dati.":
        "The file only contains the header row, with no data rows.",
    "La colonna «{name}» compare più volte nell'intestazione.":
        "The column “{name}” appears more than once in the header row.",
    "Data non valida: «{value}» (usare gg/mm/aaaa).": "Invalid date: “{value}” (use dd/mm/yyyy).",
    "Sesso non valido: «{value}» (usare M o F).": "Invalid sex: “{value}” (use M or F).",
    "Relazione non valida: «{value}» (valori ammessi: {allowed}).":
        "Invalid relationship: “{value}” (allowed values: {allowed}).",
    "Testo troppo lungo: al massimo {limit} caratteri (ne ha {length}).":
        "Text too long: at most {limit} characters (it has {length}).",
    "Il file {name} è nel vecchio formato Excel .xls: salvarlo come .xlsx (Excel: File > "
    "Salva con nome) e riprovare.":
        "The file {name} is in the old Excel .xls format: save it as .xlsx (Excel: File > "
        "Save As) and try again.",
    "Il file {name} non è un foglio Excel .xlsx valido.":
        "The file {name} is not a valid Excel .xlsx workbook.",
    "Il file {name} non è un foglio Excel .xlsx leggibile.":
        "The file {name} is not a readable Excel .xlsx workbook.",
    "Il file {name} è vuoto: non contiene né intestazione né righe.":
        "The file {name} is empty: it has neither a header row nor data rows.",
    "Il file {name} non è un foglio di calcolo: usare un file .xlsx o .csv.":
        "The file {name} is not a spreadsheet: use an .xlsx or .csv file.",
    "Il file CSV {name} non è leggibile: {reason}": "The CSV file {name} cannot be read: {reason}",
    "Codifica dei caratteri del file {name} non riconosciuta: salvarlo come «CSV UTF-8».":
        "The character encoding of the file {name} was not recognised: save it as “CSV UTF-8”.",
    "La cartella {folder} non esiste.": "The folder {folder} does not exist.",
    "Impossibile aprire il file {name}: {reason}": "Cannot open the file {name}: {reason}",
    "Impossibile scrivere {name}: il file è aperto in un altro programma o la cartella è "
    "protetta.":
        "Cannot write {name}: the file is open in another program or the folder is protected.",
    "Impossibile scrivere {name}: {reason}": "Cannot write {name}: {reason}",
    "Il database è stato aggiornato da una versione più recente del programma "
    "(revisione {revision}): aggiornare Borgo Desktop prima di aprirlo.":
        "The database was upgraded by a newer version of the program (revision {revision}): "
        "update Borgo Desktop before opening it.",
    "Il database in memoria non si può copiare.": "An in-memory database cannot be copied.",
    "Il database in memoria non si può ripristinare.":
        "An in-memory database cannot be restored.",
    "Il database è in uso: chiudere Borgo Desktop su tutte le finestre di questo computer e "
    "ripetere il ripristino.":
        "The database is in use: close Borgo Desktop in every window on this computer and "
        "repeat the restore.",
    "Ripristino rifiutato: {message} Il database attuale non è stato modificato.":
        "Restore refused: {message} The current database has not been changed.",
    "La copia del database è risultata danneggiata ({problem}) ed è stata scartata. Il database "
    "stesso potrebbe essere danneggiato: contattare l'assistenza.":
        "The copy of the database turned out damaged ({problem}) and was discarded. The database "
        "itself may be damaged: contact support.",
    "L'alloggio {unit} è riservato al nucleo {household} fino al {date}.":
        "Unit {unit} is reserved for household {household} until {date}.",
    "Il nucleo ha bisogno di un alloggio accessibile e {unit} non lo è.":
        "The household needs an accessible unit and {unit} is not.",
    "L'attestazione ISEE del nucleo è scaduta il {date}: serve una nuova DSU.":
        "The household's ISEE certificate expired on {date}: a new DSU is needed.",
    "L'alloggio {unit} non è disponibile: è nello stato «{status}».":
        "Unit {unit} is not available: its status is “{status}”.",
    "L'alloggio {unit} è troppo piccolo per una persona: {surface} m² invece di almeno "
    "{minimum} m².":
        "Unit {unit} is too small for one person: {surface} m² instead of at least {minimum} m².",
    "L'alloggio {unit} è troppo piccolo per {size} persone: {surface} m² invece di almeno "
    "{minimum} m².":
        "Unit {unit} is too small for {size} people: {surface} m² instead of at least "
        "{minimum} m².",
    "L'alloggio {unit} sarebbe sottoutilizzato: {rooms} locali per una persona (al massimo "
    "{most}).":
        "Unit {unit} would be under-occupied: {rooms} rooms for one person (at most {most}).",
    "L'alloggio {unit} sarebbe sottoutilizzato: {rooms} locali per {size} persone (al massimo "
    "{most}).":
        "Unit {unit} would be under-occupied: {rooms} rooms for {size} people (at most {most}).",
    "Per l'alloggio {unit}, a canone per fasce di reddito, serve l'ISEE del nucleo.":
        "Unit {unit} has an income-based rent: the household's ISEE is needed.",
    "Le migrazioni del database mancano dall'installazione: reinstallare Borgo Desktop.":
        "The database migrations are missing from the installation: reinstall Borgo Desktop.",
    "&File": "&File",
    "&Importa nuclei da foglio di calcolo…": "&Import households from spreadsheet…",
    "&Esci": "&Quit",
    "Nuclei importati: {count}": "Households imported: {count}",
    "Il salvataggio non è riuscito perché un'altra postazione ha appena registrato un dato "
    "uguale (per esempio lo stesso codice). Ricaricare e riprovare: quanto scritto non è "
    "andato perso.":
        "Saving failed because another workstation has just recorded the same data (for "
        "example the same code). Reload and try again: what you typed has not been lost.",
}

# The confirmation registry_forms appends to a tax-code mismatch (its template has no stop).
_MISMATCH = " Correggere o confermare l'eccezione."
for _source in [s for s in EN if s.startswith("Il codice fiscale indica")]:
    EN[_source + _MISMATCH] = EN[_source] + ". Correct it or confirm the exception."

# Same Italian, different English depending on the screen (context, source) -> English.
BY_CONTEXT: dict[tuple[str, str], str] = {
    ("QuotaBoard", "In corso"): "In progress",  # a count of households in the pipeline
    ("HouseholdPage", "Nome"): "Name",  # the members table: surname and first name together
}


# Each area keeps its English in a module of its own (translations_en_<area>.py), so work on
# different areas never edits the same dictionary.
for _path in sorted(Path(__file__).parent.glob("translations_en_*.py")):
    _area = importlib.import_module(_path.stem)
    EN.update(_area.EN)
    BY_CONTEXT.update(getattr(_area, "BY_CONTEXT", {}))


def english(context: str, source: str) -> str | None:
    return BY_CONTEXT.get((context, source)) or EN.get(source)
