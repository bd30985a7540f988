"""English for the PostgreSQL backups and the data key's rotation (issue 17:
services/admin/pg_backups.py, services/accounts/rotation.py, gate.py, store.py)."""

EN: dict[str, str] = {
    "{what} non è riuscito: {detail}": "{what} failed: {detail}",
    "Per le copie del database PostgreSQL (server versione {major}) servono i programmi "
    "{missing} della stessa versione {major}; {found}. Installare il pacchetto "
    "postgresql-client-{major} (Debian, Ubuntu) o gli strumenti client di PostgreSQL {major}, "
    "oppure indicarne la cartella nella variabile BORGO_PG_BIN.":
        "Backups of the PostgreSQL database (server version {major}) need the programs "
        "{missing} of the same version {major}; {found}. Install the package "
        "postgresql-client-{major} (Debian, Ubuntu) or the PostgreSQL {major} client tools, "
        "or give their folder in the BORGO_PG_BIN variable.",
    "La password di {user} non è corretta: la copia non è stata fatta.":
        "The password of {user} is not correct: the backup was not made.",
    "Il file {path} non esiste.": "The file {path} does not exist.",
    "La copia {name} è danneggiata o è stata modificata: la sua impronta non coincide con "
    "quella del manifesto.":
        "The backup {name} is damaged or has been changed: its fingerprint does not match the "
        "manifest's.",
    "La copia {name} è stata fatta da {creator}: si apre solo con la password che aveva quel "
    "giorno (accedere come {creator}).":
        "The backup {name} was made by {creator}: it opens only with the password they had "
        "that day (sign in as {creator}).",
    "La password di {user} non apre la copia {name}: serve la password che {user} aveva il "
    "giorno della copia.":
        "The password of {user} does not open the backup {name}: it needs the password {user} "
        "had on the day of the backup.",
    "Il manifesto della copia {name} è stato modificato: la copia non è affidabile.":
        "The manifest of the backup {name} has been changed: the backup cannot be trusted.",
    "Il file {name} non contiene un database di Borgo Desktop.":
        "The file {name} does not contain a Borgo Desktop database.",
    "Ripristino rifiutato: la copia {name} viene da una versione più recente del programma "
    "(revisione {revision}): aggiornare Borgo Desktop prima di ripristinarla. Il database "
    "attuale non è stato modificato.":
        "Restore refused: the backup {name} comes from a newer version of the program "
        "(revision {revision}): update Borgo Desktop before restoring it. The current database "
        "has not been changed.",
    "Ripristino rifiutato: la copia {name} è dello schema {theirs}, il database aperto usa lo "
    "schema {ours}. Il database attuale non è stato modificato.":
        "Restore refused: the backup {name} is of the schema {theirs}, the open database uses "
        "the schema {ours}. The current database has not been changed.",
    "Ripristino rifiutato: il database è in uso da altre connessioni ({count}: altre "
    "postazioni o programmi). Chiudere Borgo Desktop ovunque e ripetere il ripristino.":
        "Restore refused: the database is in use by other connections ({count}: other desks "
        "or programs). Close Borgo Desktop everywhere and repeat the restore.",
    "Manca il manifesto della copia {name} ({manifest}): senza di esso la copia non si può "
    "controllare.":
        "The manifest of the backup {name} ({manifest}) is missing: without it the backup "
        "cannot be checked.",
    "La copia {name} è danneggiata o è stata modificata (la cifratura non torna).":
        "The backup {name} is damaged or has been changed (the encryption does not check out).",
    "pg_restore --list": "pg_restore --list",
    "Il ripristino (psql)": "The restore (psql)",
    "pg_dump": "pg_dump",
    "La chiave del database è stata cambiata: le copie precedenti del file delle chiavi non "
    "aprono più il database.":
        "The database key has been changed: earlier copies of the key file no longer open the "
        "database.",
    "Senza chiave (da una versione precedente, mai entrati da allora): {names}. Dare loro una "
    "password temporanea.":
        "Without a key (from an earlier version, not signed in since): {names}. Give them a "
        "temporary password.",
    "Nuova chiave di recupero (mostrata una sola volta, la precedente non vale più): {key}. "
    "Scriverla sul foglio di recupero e custodirla chiusa a chiave.":
        "New recovery key (shown only once, the previous one is no longer valid): {key}. Write "
        "it on the recovery sheet and keep it locked away.",
    "Chiave del database cambiata": "Database key changed",
    "Il database è in uso da un'altra finestra o da un altro programma: chiuderli e ripetere "
    "il cambio della chiave.":
        "The database is in use by another window or another program: close them and repeat "
        "the key change.",
    "L'utente {username} è disattivato, ma la chiave del database non è stata cambiata: "
    "{problem} Ripetere con 'borgo-desktop keys rotate'.":
        "The user {username} is disabled, but the database key has not been changed: {problem} "
        "Repeat with 'borgo-desktop keys rotate'.",
    "Cambio della chiave del database": "Database key change",
    "Il file delle chiavi {name} è una copia più vecchia di quella che questo database ha già "
    "usato (i contatori dei tentativi tornerebbero indietro): accesso rifiutato. Rimettere il "
    "file delle chiavi più recente, oppure accedere con la chiave di recupero.":
        "The key file {name} is an older copy than the one this database has already used (the "
        "attempt counters would go back): access refused. Put back the most recent key file, "
        "or sign in with the recovery key.",
    "Questo database non è un file cifrato (PostgreSQL o database non ancora configurato): non "
    "ha una chiave dei dati da cambiare.":
        "This database is not an encrypted file (PostgreSQL or a database not yet set up): it "
        "has no data key to change.",
    "Le copie di un database PostgreSQL si fanno con 'borgo-desktop backup "
    "create|verify|restore' (pg_dump del server, cifrate con la password "
    "dell'amministratore): qui si copiano solo i file SQLite.":
        "Backups of a PostgreSQL database are made with 'borgo-desktop backup "
        "create|verify|restore' (the server's pg_dump, encrypted with the administrator's "
        "password): only SQLite files are copied here.",
}
