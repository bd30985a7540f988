"""English for the start-up, the background backup, help and the about box."""

EN: dict[str, str] = {
    # the state of the background backup, in the status bar
    "nessuna copia di sicurezza": "no backup yet",
    "ultima copia di sicurezza {when}": "last backup {when}",
    "Copia di sicurezza in corso ({percent}%) · {last}": "Backup in progress ({percent}%) · {last}",
    "Copia di sicurezza non riuscita ({error}) · {last}": "Backup failed ({error}) · {last}",
}
