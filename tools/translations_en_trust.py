"""English for the audit anchors, the checkpoint sheet, the integrity check and the key file's
safety (issue 17: services/admin/anchors.py, checkpoint.py, gate.py, store.py)."""

EN: dict[str, str] = {
    "Chiave di firma delle ancore creata": "Anchor signing key created",
    "Stampa foglio di controllo del registro": "Audit checkpoint sheet printed",
    "La chiave di firma delle ancore nel file {name} non si apre con la chiave di questo "
    "database: il file delle chiavi è stato alterato.":
        "The anchor signing key in the file {name} does not open with this database's key: "
        "the key file has been tampered with.",
    "Il file delle chiavi {name} è occupato da un'altra finestra del programma: riprovare fra "
    "poco.": "The key file {name} is in use by another window of the program: try again shortly.",
    "Il manifesto della copia {name} è illeggibile: non si può usare per controllare il "
    "registro.": "The manifest of the backup {name} is unreadable: it cannot be used to check "
                 "the log.",
    "Questo database non ha ancore del registro (PostgreSQL o database non cifrato): il foglio "
    "di controllo non si può stampare.":
        "This database has no audit anchors (PostgreSQL or an unencrypted database): the "
        "checkpoint sheet cannot be printed.",
    "Nessuna ancora valida del registro: eseguire 'borgo-desktop audit verify' per capire che "
    "cosa è successo.": "No valid audit anchor: run 'borgo-desktop audit verify' to find out "
                        "what happened.",
}
EN.update({
    "Attenzione: il registro non coincide con le ancore firmate. {reason}":
        "Warning: the log does not match the signed anchors. {reason}",
})
EN.update({
    "Il database {name} è danneggiato: {problem} {way_out}":
        "The database {name} is damaged: {problem} {way_out}",
    "La copia del database è risultata danneggiata ed è stata scartata: il database stesso è "
    "probabilmente danneggiato (controllare con 'borgo-desktop db check'). {way_out}":
        "The copy of the database turned out damaged and was discarded: the database itself is "
        "probably damaged (check it with 'borgo-desktop db check'). {way_out}",
})
EN.update({
    "Il database {name} {state}, ma accanto c'è il file delle chiavi {keys}: non è una nuova "
    "installazione, e il programma non lo ricrea (le chiavi andrebbero perse).{where}":
        "The database {name} {state}, but the key file {keys} is beside it: this is not a new "
        "installation, and the program does not create it again (the keys would be lost).{where}",
})
EN.update({
    "non si riesce a leggerlo per intero, quindi la copia non si può fare (controllare con "
    "'borgo-desktop db check').": "it cannot be read in full, so no copy can be made (check it "
                                  "with 'borgo-desktop db check').",
    "non si riesce ad aprirlo.": "it cannot be opened.",
})
