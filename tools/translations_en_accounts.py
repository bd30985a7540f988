"""English for accounts, login and encryption messages (services/accounts/accounts.py, gate.py,
keyfile.py, backups.py)."""

EN: dict[str, str] = {
    "Il file delle chiavi {name} è occupato da un'altra finestra del programma: riprovare fra poco.":
        "The key file {name} is busy in another window of the program: try again shortly.",
    "{count} righe esportate in {path}. Il file NON è cifrato: contiene dati personali in chiaro.":
        "{count} rows exported to {path}. The file is NOT encrypted: it holds personal data in clear.",
    "La password deve avere almeno {n} caratteri.": "The password must have at least {n} characters.",
    "La password non può superare 200 caratteri.": "The password cannot exceed 200 characters.",
    "Password troppo facile da indovinare: non usare il nome utente, sequenze o parole comuni. "
    "Una frase di più parole va bene.":
        "Password too easy to guess: do not use the username, sequences or common words. "
        "A phrase of several words is fine.",
    "Nome utente non valido: da 3 a 32 caratteri, lettere minuscole senza accenti, cifre e . _ - ; "
    "deve iniziare con una lettera (es. m.rossi).":
        "Invalid username: 3 to 32 characters, lower-case letters without accents, digits and "
        ". _ - ; it must start with a letter (e.g. m.rossi).",
    "Indicare nome e cognome.": "Enter the first and last name.",
    "Ruolo sconosciuto: scegliere uno dei ruoli dell'elenco.": "Unknown role: choose one of the roles in the list.",
    "L'utente «{username}» non esiste.": "The user “{username}” does not exist.",
    "Nome troppo lungo (al massimo 120 caratteri).": "Name too long (120 characters at most).",
    "È l'ultimo amministratore attivo: nominarne un altro prima di cambiargli ruolo.":
        "This is the last active administrator: appoint another one before changing their role.",
    "L'utente «{username}» è disattivato: riattivarlo indicando una password temporanea.":
        "The user “{username}” is disabled: re-enable it with a temporary password.",
    "Non si può disattivare il proprio utente.": "You cannot disable your own user.",
    "È l'ultimo amministratore attivo: attivarne o nominarne un altro prima di disattivarlo.":
        "This is the last active administrator: enable or appoint another one before disabling it.",
    "La password attuale non è corretta.": "The current password is not correct.",
    "La nuova password deve essere diversa da quella attuale.":
        "The new password must differ from the current one.",
    "Il nome utente «{username}» è già usato (anche da un utente disattivato).":
        "The username “{username}” is already taken (possibly by a disabled user).",
    "Per riattivare l'utente indicare una password temporanea.":
        "To re-enable the user, enter a temporary password.",
    "Nome utente o password non corretti.": "Wrong username or password.",
    "Questo utente è disattivato: rivolgersi all'amministratore.":
        "This user is disabled: contact the administrator.",
    "Troppi tentativi non riusciti: attendere {seconds} secondi prima di riprovare.":
        "Too many failed attempts: wait {seconds} seconds before trying again.",
    "Chiave di recupero non corretta: controllare le lettere sul foglio di recupero.":
        "Wrong recovery key: check the letters on the recovery sheet.",
    "Troppi tentativi non riusciti: l'accesso di questo utente è bloccato fino alle {time}. "
    "L'amministratore può sbloccarlo reimpostando la password.":
        "Too many failed attempts: this user is locked until {time}. The administrator can "
        "unlock it by resetting the password.",
    "Password non corretta per la {n}ª volta: l'accesso di questo utente è bloccato per {minutes} minuti.":
        "Wrong password for the {n}th time: this user is locked for {minutes} minutes.",
    "Chiave di recupero non corretta per la {n}ª volta: riprovare fra {minutes} minuti.":
        "Wrong recovery key for the {n}th time: try again in {minutes} minutes.",
    "Il database è in uso: chiudere Borgo Desktop su tutte le finestre di questo computer e riprovare.":
        "The database is in use: close Borgo Desktop in every window on this computer and try again.",
    "Il programma è già configurato: accedere con un utente esistente.":
        "The program is already set up: log in with an existing user.",
    "Il database {name} non corrisponde al file delle chiavi (manca o non è cifrato): ripristinare "
    "una copia dalla cartella delle copie di sicurezza.":
        "The database {name} does not match the key file (it is missing or not encrypted): "
        "restore a copy from the backup folder.",
    "Il database non si può aprire ({problem}).": "The database cannot be opened ({problem}).",
    "Il file delle chiavi non apre il database {name}: appartiene a un altro database. Ripristinare "
    "quello giusto dalle copie di sicurezza.":
        "The key file does not open the database {name}: it belongs to another database. "
        "Restore the right one from the backups.",
    "Il file delle chiavi {name} è di una versione più recente del programma: aggiornare Borgo Desktop.":
        "The key file {name} comes from a newer version of the program: update Borgo Desktop.",
    "Manca il file delle chiavi {name} accanto al database: senza di esso il database cifrato non "
    "si può aprire. Ripristinarlo dalla cartella delle copie di sicurezza.":
        "The key file {name} next to the database is missing: without it the encrypted database "
        "cannot be opened. Restore it from the backup folder.",
    "Il file delle chiavi {name} è illeggibile ({problem}): ripristinarlo dalla cartella delle "
    "copie di sicurezza.":
        "The key file {name} cannot be read ({problem}): restore it from the backup folder.",
}
