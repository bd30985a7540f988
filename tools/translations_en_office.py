"""English of the office's cross-cutting window work (issue 16): units import, the «Oggi» home
page, keyboard and first-run left-overs."""

EN: dict[str, str] = {
    # --- units imported from a spreadsheet ----------------------------------------------------
    "Importa alloggi da foglio di calcolo": "Import units from a spreadsheet",
    "Un file Excel (.xlsx) o CSV con una riga per alloggio, negli edifici già presenti; le "
    "righe di titolo sopra le intestazioni sono ignorate.\nColonne obbligatorie: {required}.\n"
    "Colonne facoltative: {optional}.\nIl file viene controllato per intero prima di "
    "scrivere: finché non si preme «Importa» non viene salvato nulla.":
        "An Excel (.xlsx) or CSV file with one row per unit, in buildings already entered; "
        "title lines above the headers are ignored.\nRequired columns: {required}.\n"
        "Optional columns: {optional}.\nThe whole file is checked before anything is "
        "written: nothing is saved until you press «Import».",
    "Importa solo le righe &valide (salta quelle con errori)":
        "Import only the &valid rows (skip those with errors)",
    "Alloggi scritti: {done} di {total}": "Units written: {done} of {total}",
    "Importa &alloggi da foglio di calcolo…": "Import &units from a spreadsheet…",
    "&Importa alloggi…": "&Import units…",
    "Crea molti alloggi da un foglio Excel o CSV, con anteprima e controllo di ogni riga.":
        "Creates many units from an Excel or CSV sheet, with a preview and every row checked.",
    # --- «Oggi», the home page ---------------------------------------------------------------
    "&Aggiorna": "&Refresh",
    "Invio o doppio clic su una riga apre la sua scheda.":
        "Enter or a double click on a line opens its record.",
    "Prenotazioni di oggi": "Today's bookings",
    "Chiavi da consegnare o ritirare": "Keys to hand over or collect",
    "Segnalazioni scadute": "Overdue tickets",
    "Scadenze dei miei casi": "My cases' deadlines",
    "Morosità da seguire": "Arrears to follow up",
    "Oggi, {day}": "Today, {day}",
    "… e altre {count}": "… and {count} more",
    "Niente per oggi.": "Nothing for today.",
    "{start}–{end} · {space} · {title} ({requester})":
        "{start}–{end} · {space} · {title} ({requester})",
    "da approvare": "awaiting approval",
    "Ritirare le chiavi da {holder}: {space}, {day} {start}–{end}":
        "Collect the keys from {holder}: {space}, {day} {start}–{end}",
    "chi le ha prese": "whoever took them",
    "Consegnare le chiavi: {space} alle {start} · {title} ({requester})":
        "Hand over the keys: {space} at {start} · {title} ({requester})",
    "{code} · {summary} · {place} · {priority}, scaduta il {due}":
        "{code} · {summary} · {place} · {priority}, overdue since {due}",
    "entro il {date}": "by {date}",
    "{code} {name} · {duty}, {when}": "{code} {name} · {duty}, {when}",
    "{code} {name} · {step} · {unit}, {when}": "{code} {name} · {step} · {unit}, {when}",
    "allerta": "alert",
    "proposta di aprire una cartella sociale": "proposal to open a case file",
    "promemoria gentile da inviare": "friendly reminder to send",
    "{code} {name} · {what}: {detail}": "{code} {name} · {what}: {detail}",
    "{code} {name} · {what}": "{code} {name} · {what}",
    # --- first run without a screen -----------------------------------------------------------
    "Finestra aperta senza schermo (QT_QPA_PLATFORM={platform}): tutto pronto, il programma "
    "si chiude da solo.":
        "Window opened without a screen (QT_QPA_PLATFORM={platform}): all ready, the program "
        "closes by itself.",
    # --- fits 1366×800 -------------------------------------------------------------------------
    "Dopo l'ingresso: passi in scadenza ({n} in ritardo)":
        "After moving in: steps falling due ({n} late)",
    # --- words ---------------------------------------------------------------------------------
    "Turni per la bacheca": "Rota for the board",
    "Stampa turni per la bacheca (senza nomi)": "Rota printed for the board (no names)",
}

# A deadline passed, not a document expired.
BY_CONTEXT: dict[tuple[str, str], str] = {
    ("TodayPage", "scaduto il {date}"): "overdue since {date}",
}
