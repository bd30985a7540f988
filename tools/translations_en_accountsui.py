"""English for the account windows (login, wizard, lock, users) and the audit window."""

EN: dict[str, str] = {
    # --- main window --------------------------------------------------------------------
    "Registro delle operazioni": "Audit trail",
    "Utenti": "Users",
    "Cambia la mia &password…": "Change my &password…",
    "&Blocca lo schermo": "&Lock the screen",
    "Password cambiata.": "Password changed.",
    "&Amministrazione": "&Administration",
    "&Registro delle operazioni…": "&Audit trail…",
    "&Utenti…": "&Users…",
    # --- roles --------------------------------------------------------------------------
    "sportello": "front desk",
    "gestione tecnica": "facility management",
    "assistente sociale": "social worker",
    "responsabile": "manager",
    "amministratore": "administrator",
    # --- audit window -------------------------------------------------------------------
    "Cerca in utente, operazione, dettaglio…": "Search user, operation, detail…",
    "Id del record": "Record id",
    "Dal giorno": "From day",
    "Al giorno": "To day",
    "Record:": "Record:",
    "Dal:": "From:",
    "Al:": "To:",
    "Verifica catena": "Check the chain",
    "Registro operazioni": "Audit trail",
    "Controlla che nessuna voce del registro sia stata modificata, tolta o spostata":
        "Checks that no entry of the log was changed, removed or moved",
    "Doppio clic: tutte le operazioni sullo stesso record":
        "Double click: every operation on the same record",
    "1 voce": "1 entry",
    "{n} voci": "{n} entries",
    "Utente:": "User:",
    "Operazione:": "Operation:",
    "Verifica del registro": "Checking the audit trail",
    "Registro integro: {n} voci controllate, nessuna alterazione.":
        "Audit trail intact: {n} entries checked, nothing altered.",
    "Attenzione: il registro è stato alterato a partire dalla voce n. {seq}. {reason} "
    "Le {n} voci precedenti sono integre.":
        "Warning: the audit trail was altered from entry no. {seq}. {reason} "
        "The {n} entries before it are intact.",
    "N.": "No.",
    "Data e ora": "Date and time",
    "Utente": "User",
    "Operazione": "Operation",
    "Campi modificati": "Fields changed",
    "Dettaglio": "Detail",
    # --- password fields ----------------------------------------------------------------
    "Mostra la password": "Show the password",
    "Nuova password": "New password",
    "Ripeta la password": "Repeat the password",
    "Le due password non coincidono: le riscriva.":
        "The two passwords differ: please type them again.",
    "Molto debole: si indovina subito": "Very weak: guessed at once",
    "Debole": "Weak",
    "Discreta: meglio aggiungere una parola": "Fair: better add another word",
    "Buona": "Good",
    "Ottima": "Excellent",
    "Consiglio: tre o quattro parole non collegate tra loro":
        "Tip: three or four unrelated words",
    # --- login and recovery -------------------------------------------------------------
    "Borgo Desktop – Accesso": "Borgo Desktop – Log in",
    "Nome utente": "User name",
    "Password": "Password",
    "Password dimenticata?": "Forgotten password?",
    "Accedi": "Log in",
    "Esci": "Quit",
    "Ufficio di borgo": "Neighbourhood office",
    "Archivio: {db}": "Database: {db}",
    "Scriva il nome utente e la password.": "Please type your user name and password.",
    "Attendere {n} s": "Wait {n} s",
    "Password dimenticata": "Forgotten password",
    "Scriva la chiave di recupero stampata sul foglio consegnato alla prima configurazione, "
    "il suo nome utente e una nuova password.":
        "Type the recovery key printed on the sheet handed over at the first set-up, "
        "your user name and a new password.",
    "Chiave di recupero": "Recovery key",
    "Imposta la nuova password": "Set the new password",
    # --- first-start wizard -------------------------------------------------------------
    "Borgo Desktop – Prima configurazione": "Borgo Desktop – First set-up",
    "Avanti >": "Next >",
    "< Indietro": "< Back",
    "Crea l'amministratore": "Create the administrator",
    "Inizia": "Start",
    "Benvenuto in Borgo Desktop": "Welcome to Borgo Desktop",
    "Questo è il primo avvio del programma su questo archivio.\n\n"
    "Ora si crea l'account dell'amministratore, che poi aggiunge gli altri utenti "
    "(sportello, gestione tecnica, assistenti sociali, responsabile).\n\n"
    "I dati sono cifrati: senza una password valida l'archivio non si apre. Alla fine "
    "il programma mostra, una volta sola, una chiave di recupero da stampare e "
    "conservare in un luogo sicuro: serve se si dimentica la password.":
        "This is the first start of the program on this database.\n\n"
        "First the administrator's account is created; the administrator then adds the "
        "other users (front desk, facility management, social workers, manager).\n\n"
        "The data are encrypted: without a valid password the database does not open. At "
        "the end the program shows, once only, a recovery key to print and keep in a safe "
        "place: it is needed if a password is forgotten.",
    "L'amministratore": "The administrator",
    "Chi gestisce utenti, copie di sicurezza e registro delle operazioni. Scelga una "
    "password lunga e facile da ricordare.":
        "Who manages users, backups and the audit trail. Choose a long password that is "
        "easy to remember.",
    "es. admin o m.rossi": "e.g. admin or m.rossi",
    "Nome e cognome": "Full name",
    "La chiave di recupero": "The recovery key",
    "Viene mostrata solo ora. La stampi o la salvi come PDF e la conservi lontano dal "
    "computer: chi la possiede può reimpostare la password di un utente.":
        "It is shown only now. Print it or save it as a PDF and keep it away from the "
        "computer: whoever holds it can reset a user's password.",
    "Salva il foglio PDF…": "Save the PDF sheet…",
    "Copia la chiave": "Copy the key",
    "Ho conservato la chiave": "I have kept the key",
    "Salva il foglio della chiave di recupero": "Save the recovery key sheet",
    "Documento PDF (*.pdf)": "PDF document (*.pdf)",
    "Foglio salvato in {path}. Lo stampi, poi cancelli il file se il computer non è sicuro.":
        "Sheet saved in {path}. Print it, then delete the file if the computer is not safe.",
    "Il foglio non è stato salvato in {path}: {reason}":
        "The sheet was not saved in {path}: {reason}",
    "La password attuale è temporanea (data dall'amministratore): ne scelga una sua per "
    "continuare.":
        "Your current password is temporary (given by the administrator): choose your own "
        "to go on.",
    # --- screen lock --------------------------------------------------------------------
    "Schermo bloccato alle {time}. Per riprendere, {name} scriva la sua password: le "
    "schede e i moduli aperti sono rimasti come erano.":
        "Screen locked at {time}. To go on, {name} types their password: the open tabs and "
        "forms are just as they were.",
    "Sblocca": "Unlock",
    "{db} · archivio dimostrativo: la password di ogni utente è «{password}»":
        "{db} · demo database: every user's password is “{password}”",
    "Schermo bloccato": "Screen locked",
    # --- users --------------------------------------------------------------------------
    "Nuovo utente": "New user",
    "es. m.rossi": "e.g. m.rossi",
    "Ruolo": "Role",
    "La password iniziale va comunicata di persona; l'utente dovrà cambiarla al primo "
    "accesso.":
        "Give the initial password in person; the user must change it at the first login.",
    "Ruolo di {name}": "Role of {name}",
    "Il nuovo ruolo vale dal prossimo accesso dell'utente.":
        "The new role applies from the user's next login.",
    "Nuova password per {name}": "New password for {name}",
    "Una password temporanea, da comunicare di persona: l'utente dovrà cambiarla al "
    "primo accesso.":
        "A temporary password, to give in person: the user must change it at the next login.",
    "Riattiva {name}": "Enable {name}",
    "L'utente torna attivo con questa password temporanea, da cambiare al primo accesso.":
        "The user is enabled again with this temporary password, to change at the next login.",
    "Cambia la mia password": "Change my password",
    "Password attuale": "Current password",
    "Ultimo accesso": "Last login",
    "Disattivato": "Disabled",
    "Bloccato fino alle {time}": "Locked until {time}",
    "Attivo": "Active",
    "mai": "never",
    "Nuovo utente…": "New user…",
    "Cambia ruolo…": "Change role…",
    "Reimposta password…": "Reset password…",
    "Disattiva": "Disable",
    "Riattiva…": "Enable…",
    "Gli utenti non si cancellano: chi lascia l'ufficio viene disattivato e il suo nome "
    "resta nel registro delle operazioni.":
        "Users are never deleted: whoever leaves the office is disabled and their name stays "
        "in the audit trail.",
    "1 utente": "1 user",
    "{n} utenti": "{n} users",
    "Disattiva utente": "Disable user",
    "{name} non potrà più accedere. I dati e il registro restano. Disattivare?":
        "{name} will no longer be able to log in. The data and the audit trail stay. Disable?",
    "Utente {name} aggiornato.": "User {name} updated.",
    # --- audit action names (Vocabulary) ------------------------------------------------
    "Operazione negata dal ruolo": "Refused by the role",
    "Apertura scheda nucleo": "Household page opened",
    "Apertura scheda persona": "Person page opened",
    "Nuovo nucleo": "New household",
    "Aggiunta di un componente": "Member added",
    "Passaggio ad altro nucleo": "Moved to another household",
    "Nuovo edificio": "New building",
    "Nuovo alloggio": "New unit",
    "Modifica alloggio": "Unit changed",
    "Nuovo contratto": "New lease",
    "Categoria di assegnazione salvata": "Allocation category saved",
    "Importazione di nuclei": "Households imported",
    "Stampa scheda nucleo": "Household sheet printed",
    "Inserimento tra i candidati": "Added to the candidates",
    "Proposta di un alloggio": "Unit proposed",
    "Visita dell'alloggio": "Unit visited",
    "Rimesso tra i candidati": "Back among the candidates",
    "Firma del contratto": "Lease signed",
    "Ingresso registrato": "Move-in recorded",
    "Uscita del nucleo dal progetto": "Household left the project",
    "Consenso registrato": "Consent recorded",
    "Consenso revocato": "Consent withdrawn",
    "Rapporto di accesso ai dati di una persona": "Subject access report",
    "Anteprima della conservazione dei dati": "Retention preview",
    "Anonimizzazione di nuclei usciti": "Departed households anonymised",
    "Impostazione modificata": "Setting changed",
    "Apertura di una cartella sociale": "Case opened",
    "Nota nella cartella sociale": "Case note",
    "Correzione di una nota": "Note corrected",
    "Valutazione nella cartella sociale": "Case assessment",
    "Patto di accompagnamento salvato": "Support plan saved",
    "Patto di accompagnamento firmato": "Support plan agreed",
    "Verifica del patto": "Plan review",
    "Invio ad altro servizio": "Referral to another service",
    "Esito di un invio": "Referral outcome",
    "Cambio di fase del percorso": "Case stage changed",
    "Assegnazione della cartella": "Case assigned",
    "Fine dell'assegnazione della cartella": "Case unassigned",
    "Accesso concesso alla cartella": "Case access granted",
    "Utente riattivato": "User enabled",
    "Utente disattivato": "User disabled",
    "Cambio di ruolo di un utente": "User's role changed",
    "Cambio della propria password": "Own password changed",
    "Password reimpostata dall'amministratore": "Password reset by the administrator",
    "Accesso": "Login",
    "Accesso non riuscito": "Failed login",
    "Uscita dal programma": "Logout",
    "Sblocco dello schermo": "Screen unlocked",
    "Nucleo": "Household",
    "Persona": "Person",
    "Componente": "Member",
    "Alloggio": "Unit",
    "Edificio": "Building",
    "Contratto": "Lease",
    "Categoria": "Category",
    "Ingresso": "Move-in",
    "Candidatura": "Application",
    "Spazio comune": "Common space",
    "Prenotazione": "Booking",
    "Segnalazione": "Ticket",
    "Ditta": "Contractor",
    "Cartella sociale": "Social case",
    "Copia di sicurezza": "Backup",
    "Registro": "Audit trail",
    "Impostazioni": "Settings",
    "Consenso": "Consent",
    "Conservazione dei dati": "Data retention",
    "Evento": "Event",
    "Gruppo": "Group",
    "creazione": "created",
    "aggiunta": "added",
    "modifica": "changed",
    "salvataggio": "saved",
    "apertura": "opened",
    "chiusura": "closed",
    "eliminazione": "deleted",
    "disattivazione": "disabled",
    "riattivazione": "enabled",
    "reimpostazione": "reset",
    "cambio": "changed",
    "cambio di ruolo": "role changed",
    "assegnazione": "assigned",
    "approvazione": "approved",
    "rifiuto": "refused",
    "annullamento": "cancelled",
    "ripristino": "restored",
    "verifica": "checked",
    "non riuscito": "failed",
    "riuscito": "succeeded",
    "anonimizzazione": "anonymised",
    "accesso concesso": "access granted",
    "accesso revocato": "access revoked",
    "commento": "comment",
    "Esportazione elenco": "List exported:",
    "Stampa elenco": "List printed:",
    "Importazione": "Import:",
    "nuclei": "households",
    "persone": "people",
    "alloggi": "units",
    "registro delle operazioni": "audit trail",
}

BY_CONTEXT: dict[tuple[str, str], str] = {
    ("SetupWizard", "Esci"): "Quit",
    # Audit action names: the same Italian words are button labels elsewhere.
    ("Vocabulary", "Modifica nucleo"): "Household changed",
    ("Vocabulary", "Modifica persona"): "Person changed",
    ("Vocabulary", "Uscita dal nucleo"): "Left the household",
    ("Vocabulary", "Ingresso nell'alloggio"): "Move-in",
}
