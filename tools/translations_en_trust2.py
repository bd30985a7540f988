"""English for the daylight-saving and past bookings (issue 17: services/spaces/bookings.py,
services/core/recurrence.py, ui/spaces/booking_form.py)."""

EN: dict[str, str] = {
    "Il {day} alle {time} l'ora non esiste: quella notte gli orologi passano dalle 02:00 alle "
    "03:00 (inizio dell'ora legale). Scegliere un altro orario.":
        "On {day} the time {time} does not exist: that night the clocks go from 02:00 to 03:00 "
        "(summer time begins). Choose another time.",
    "Il {day} le {time} capitano due volte: quella notte gli orologi tornano dalle 03:00 alle "
    "02:00 (fine dell'ora legale). Scegliere se si intende la prima volta (ora legale) o la "
    "seconda (ora solare).":
        "On {day} the time {time} happens twice: that night the clocks go back from 03:00 to "
        "02:00 (summer time ends). Choose whether you mean the first time (summer time) or the "
        "second (winter time).",
    "Il {day} è già passato: indicare il motivo per registrare una prenotazione nel passato "
    "(es. «registrata a posteriori»).":
        "{day} has already gone: give the reason for recording a booking in the past (e.g. "
        "«recorded afterwards»).",
    "(ora legale)": "(summer time)",
    "(ora solare)": "(winter time)",
}
EN.update({
    "da scegliere": "to be chosen",
    "la prima volta (ora legale)": "the first time (summer time)",
    "la seconda volta (ora solare)": "the second time (winter time)",
    "es. registrata a posteriori": "e.g. recorded afterwards",
    "Ora ripetuta": "Repeated hour",
    "Perché nel passato": "Why in the past",
})
# borgo_desktop/cli_checks.py: bad command lines
EN.update({
    "L'indirizzo del database «{url}» non è valido: {hint}":
        "The database address «{url}» is not valid: {hint}",
    "usare un indirizzo come postgresql+psycopg://utente@server/nome, oppure non indicarlo per "
    "il file su questo computer.":
        "use an address like postgresql+psycopg://user@server/name, or leave it out for the "
        "file on this computer.",
    "«{path}» è un file, non una cartella: indicare con --data-dir la cartella dei dati del "
    "programma.": "«{path}» is a file, not a folder: give the program's data folder with "
                  "--data-dir.",
    "La cartella dei dati {path} è di sola lettura: il programma deve poterci scrivere "
    "(database, copie, registro). Chiedere a chi gestisce il computer di dare il permesso di "
    "scrittura, o indicare un'altra cartella con --data-dir.":
        "The data folder {path} is read-only: the program must be able to write in it "
        "(database, backups, log). Ask whoever manages the computer for write permission, or "
        "give another folder with --data-dir.",
    "Il database PostgreSQL «{name}» non esiste sul server {host}:{port}: controllare il nome "
    "nell'indirizzo, o farlo creare a chi gestisce il server.":
        "The PostgreSQL database «{name}» does not exist on the server {host}:{port}: check the "
        "name in the address, or have whoever manages the server create it.",
    "Il server PostgreSQL {host}:{port} non accetta l'utente o la password dell'indirizzo: "
    "controllarli.": "The PostgreSQL server {host}:{port} does not accept the user or password "
                     "of the address: check them.",
    "Il server PostgreSQL {host}:{port} non risponde: controllare che sia acceso e "
    "raggiungibile, e l'indirizzo del database.":
        "The PostgreSQL server {host}:{port} does not answer: check that it is on and reachable, "
        "and the database address.",
})
# borgo_desktop/exchange/tabular.py: files an import refuses
EN.update({
    "Il file {name} non è un foglio di calcolo: si possono importare solo file .xlsx o .csv.":
        "The file {name} is not a spreadsheet: only .xlsx or .csv files can be imported.",
    "il file non esiste.": "the file does not exist.",
    "è una cartella, non un file.": "it is a folder, not a file.",
    "non si ha il permesso di leggerlo.": "you do not have permission to read it.",
    "il sistema non lo consente.": "the system does not allow it.",
    "Il file {name} una volta aperto occuperebbe {size} MB: è troppo grande (o costruito per "
    "bloccare il programma) e non viene letto.":
        "The file {name} would take {size} MB once opened: it is too large (or built to block "
        "the program) and is not read.",
    "Il file {name} mescola due codifiche dei caratteri: le righe {rows} non sono in UTF-8 come "
    "le altre (i nomi con accenti verrebbero storpiati). Correggerle e salvare il file come "
    "«CSV UTF-8».":
        "The file {name} mixes two character encodings: the rows {rows} are not in UTF-8 like "
        "the others (names with accents would be garbled). Correct them and save the file as "
        "«CSV UTF-8».",
    "una cella è troppo lunga (più di {limit} caratteri): forse manca una virgoletta di "
    "chiusura.": "a cell is too long (more than {limit} characters): perhaps a closing quote is "
                 "missing.",
    "il testo non è diviso in colonne come un CSV.":
        "the text is not divided into columns like a CSV.",
})
