"""English for the casework links: the directory picker of a referral, team grants, the
overview read on the task runner (ui/casework/service_picker.py, grants_dialog.py,
cases_page.py; services/casework/cases.py and case_records.py)."""

EN: dict[str, str] = {
    # referral: directory picker
    "Cerca nell'elenco dei servizi del quartiere…": "Search the neighbourhood services directory…",
    "Tutti i tipi": "All types",
    "oppure scrivere il nome di un servizio non in elenco":
        "or type the name of a service not in the directory",
    "Nessun servizio in elenco: scriverne il nome qui sotto.":
        "No service in the directory: type its name below.",
    "Il servizio scelto non è più nell'elenco dei servizi del quartiere: sceglierne un altro.":
        "The chosen service is no longer in the neighbourhood directory: choose another one.",
    # team grants
    "Accessi d'équipe": "Team access",
    "Accessi d'équipe – nucleo {code}": "Team access – household {code}",
    "Chi altro può leggere la cartella scelta": "Who else may read the chosen case file",
    "Oltre alle assistenti sociali assegnate, queste persone possono leggere la cartella. "
    "Ogni accesso resta nel registro.":
        "Besides the assigned social workers, these people may read the case file. Every "
        "access stays in the audit log.",
    "Assistente sociale": "Social worker",
    "Ambito": "Scope",
    "Dal": "Since",
    "Revoca accesso": "Revoke access",
    "nome utente": "username",
    "per esempio: sostituzione per ferie": "for example: holiday cover",
    "Concedi accesso": "Grant access",
    "Nuovo accesso a questa cartella": "New access to this case file",
    "Chiudi": "Close",
    "Tutte le cartelle": "All case files",
    "Questa cartella": "This case file",
    "Nessun accesso d'équipe in vigore.": "No team access in force.",
    "Un accesso a tutte le cartelle si revoca dalle regole d'équipe.":
        "An access to all case files is revoked from the team rules.",
    "Indicare il motivo dell'accesso (per esempio la sostituzione per ferie).":
        "Give the reason for the access (for example holiday cover).",
    "{username} ha già questo accesso.": "{username} already has this access.",
    "Questo accesso è già stato revocato.": "This access has already been revoked.",
    # overview on the task runner
    "Aggiorna": "Refresh",
    "Caricamento dei percorsi": "Loading the accompaniment paths",
    "Caricamento dei percorsi…": "Loading the accompaniment paths…",
    "Caricamento annullato: «Aggiorna» per riprovare.": "Loading cancelled: «Refresh» to try again.",
}
