"""English for the house-rule violations and the register of guests (ui/violations)."""

EN: dict[str, str] = {
    # area, list, page
    "Violazioni": "Violations",
    "Violazioni del regolamento": "House-rule violations",
    "Registro degli ospiti": "Register of guests",
    "Segnala violazione…": "Report a violation…",
    "1 violazione": "1 violation",
    "{n} violazioni": "{n} violations",
    "Aperte:": "Open:",
    "Solo aperte": "Open only",
    "Solo chiuse": "Closed only",
    "Diffida:": "Formal notice:",
    "Termine scaduto": "Deadline passed",
    "Stampa lettera": "Print letter",
    "Archivia": "Dismiss",
    "Risolvi": "Resolve",
    "Richiamo verbale": "Verbal warning",
    "Richiamo scritto": "Written warning",
    "Diffida": "Formal notice",
    "Segnala al Comune": "Escalate to the Comune",
    "Giorno del fatto": "Day it happened",
    "Segnalata il": "Reported on",
    "Registrata da": "Recorded by",
    "Termine della diffida": "Deadline of the formal notice",
    "Articolo citato": "Article cited",
    "Che cosa è successo": "What happened",
    "Termine": "Deadline",
    "Lettera": "Letter",
    "Passaggi": "Steps",
    "Violazione {code}": "Violation {code}",
    "non citato: il nucleo non aveva preso visione di alcuna versione":
        "not cited: the household had acknowledged no version",
    "«{title}», versione {version} (presa visione il {day})":
        "«{title}», version {version} (acknowledged on {day})",
    "stampata": "printed",
    "Preparazione della lettera": "Preparing the letter",
    "Articolo del regolamento": "Article of the rules",
    "Segnala una violazione del regolamento": "Report a house-rule violation",
    "Registra": "Record",
    "— nessun articolo citato —": "— no article cited —",
    "Il nucleo non aveva preso visione di alcuna versione del regolamento in quel giorno.":
        "On that day the household had acknowledged no version of the house rules.",
    "Regolamento «{title}», versione {version}: presa visione del nucleo il {day}.":
        "House rules «{title}», version {version}: acknowledged by the household on {day}.",
    # step forms
    "Verifica della segnalazione": "Verification of the report",
    "Archiviazione: segnalazione non confermata": "Dismissal: report not confirmed",
    "Diffida con termine": "Formal notice with a deadline",
    "Risoluzione": "Resolution",
    "Segnalazione al Comune": "Escalation to the Comune",
    "Termine per adempiere": "Deadline to comply",
    "— scegliere —": "— choose —",
    "Violazione {code}, nucleo {household}: {category}.":
        "Violation {code}, household {household}: {category}.",
    # guests
    "Registra ospite…": "Register a guest…",
    "Autorizza": "Authorise",
    "Rinnova…": "Renew…",
    "Ospitalità terminata": "Stay ended",
    "Segnala come violazione…": "Report as a violation…",
    " (rinnovo)": " (renewal)",
    "Limiti del regolamento: {months} mesi per volta ({family} per genitori e figli), "
    "{renewals} rinnovo con autorizzazione dell'ufficio.":
        "Limits of the rules: {months} months at a time ({family} for parents and children), "
        "{renewals} renewal with the office's authorisation.",
    "{n} oltre il periodo consentito": "{n} past the period allowed",
    "{n} da autorizzare": "{n} to authorise",
    "{name} è ancora ospite del nucleo dopo il {day}, fine del periodo autorizzato.":
        "{name} is still a guest of the household after {day}, the end of the authorised "
        "period.",
    "Nucleo che ospita": "Hosting household",
    "Nome dell'ospite": "Guest's name",
    "Codice fiscale (se noto)": "Tax code (if known)",
    "Rapporto con il nucleo": "Relation to the household",
    "Registra un ospite": "Register a guest",
    "Le regole consentono l'ospitalità per un periodo limitato e con l'autorizzazione "
    "dell'ufficio.": "The rules allow a guest for a limited period, with the office's "
                     "authorisation.",
    "Nuova fine": "New end",
    "Rinnovo dell'ospitalità": "Renewal of the stay",
    "{name}, ospite del nucleo {household} fino al {day}.":
        "{name}, guest of household {household} until {day}.",
    "Mostra anche le ospitalità terminate": "Also show ended stays",
    "Autorizzata il": "Authorised on",
    "Rapporto": "Relation",
    "Ospite": "Guest",
    # vocabulary
    "Segnalata": "Reported",
    "Verificata": "Verified",
    "Archiviata (non confermata)": "Dismissed (not confirmed)",
    "Segnalata al Comune": "Escalated to the Comune",
    "Rumori molesti": "Noise",
    "Uso improprio degli spazi comuni": "Misuse of common areas",
    "Danni": "Damage",
    "Occupanti non autorizzati": "Unauthorised occupants",
    "Alloggio non abitato": "Unit not lived in",
    "Animali": "Animals",
    "Rifiuti e raccolta differenziata": "Waste and recycling",
    "Comportamento corretto": "Behaviour corrected",
    "Incontro di mediazione": "Mediation meeting",
    "Riparazione del danno": "Damage repaired",
    "Lavoro per la comunità concordato": "Community work agreed",
    "Altro esito": "Other outcome",
    "Genitore o figlio/a": "Parent or child",
    "Altro parente": "Other relative",
    "Altra persona": "Other person",
    "Da autorizzare": "To authorise",
    "Autorizzata": "Authorised",
    "Oltre il periodo consentito": "Past the period allowed",
    "Terminata": "Ended",
    "Apertura di una violazione del regolamento": "House-rule violation opened",
    "Violazione del regolamento segnalata": "House-rule violation reported",
    "Violazione verificata": "Violation verified",
    "Violazione archiviata": "Violation dismissed",
    "Diffida per violazione del regolamento": "Formal notice for a house-rule violation",
    "Violazione risolta": "Violation resolved",
    "Violazione segnalata al Comune": "Violation escalated to the Comune",
    "Stampa lettera per una violazione": "Letter printed for a violation",
    "Ospite registrato": "Guest registered",
    "Ospitalità autorizzata": "Stay authorised",
    "Ospitalità rinnovata": "Stay renewed",
    "Fine dell'ospitalità": "End of a stay",
    "Violazione del regolamento": "House-rule violation",
    "violazioni": "violations",
    "Fatto del": "Happened on",
    # service messages
    "Indicare fino a quando è prevista l'ospitalità.": "Give the day the stay is to end.",
    "La fine dell'ospitalità precede il suo inizio.": "The end of the stay is before its start.",
    "Le regole consentono al massimo {months} mesi di ospitalità per volta (fino al {day}): "
    "per un periodo più lungo serve un rinnovo autorizzato.":
        "The rules allow at most {months} months of stay at a time (until {day}): a longer "
        "period needs an authorised renewal.",
    "Scegliere il nucleo.": "Choose the household.",
    "Solo un nucleo residente può ospitare.": "Only a resident household can host a guest.",
    "L'ospitalità è già autorizzata dal {day}.": "The stay has been authorised since {day}.",
    "L'ospitalità è già terminata.": "The stay has already ended.",
    "La data dell'autorizzazione non può essere futura.":
        "The day of the authorisation cannot be in the future.",
    "Si rinnova solo un'ospitalità autorizzata.": "Only an authorised stay can be renewed.",
    "L'ospitalità è già terminata: registrarne una nuova.":
        "The stay has already ended: register a new one.",
    "Le regole consentono {n} rinnovi: questa ospitalità li ha già avuti.":
        "The rules allow {n} renewals: this stay has had them already.",
    "La fine dell'ospitalità deve cadere tra il suo inizio e oggi.":
        "The end of the stay must fall between its start and today.",
    "Nello stato «{status}» non c'è una lettera da stampare: si stampano il richiamo scritto "
    "e la diffida.": "In the status «{status}» there is no letter to print: the written "
                     "warning and the formal notice are printed.",
    "La violazione {code} non ha ancora avuto questo passaggio.":
        "Violation {code} has not had this step yet.",
    "Indicare il giorno del fatto.": "Give the day it happened.",
    "La data della segnalazione non può essere futura.":
        "The day of the report cannot be in the future.",
    "Passaggio sconosciuto: {name}.": "Unknown step: {name}.",
    "Il giorno del fatto non può essere futuro.": "The day it happened cannot be in the future.",
    "Scegliere la categoria della violazione.": "Choose the category of the violation.",
    "Non è possibile passare a «{target}»: la violazione {code} è nello stato «{status}».":
        "Cannot move to «{target}»: violation {code} is «{status}».",
    "La data del passaggio non può essere futura.": "The day of the step cannot be in the future.",
    "La data del passaggio precede la segnalazione ({day}).":
        "The day of the step is before the report ({day}).",
    "Il termine della diffida scade il {day}: la segnalazione al Comune è possibile solo "
    "dopo.": "The formal notice's deadline is {day}: the escalation to the Comune is possible "
             "only after it.",
    "Indicare come si è risolta la violazione.": "Say how the violation was settled.",
    "Scrivere una nota: che cosa è stato verificato o detto.":
        "Write a note: what was checked or said.",
    "Il fatto non può essere successivo alla segnalazione.":
        "The fact cannot come after its report.",
    "Il nucleo non aveva preso visione di alcuna versione del regolamento: non si può citare "
    "un articolo.": "The household had acknowledged no version of the house rules: no article "
                    "can be cited.",
    "Il termine della diffida deve seguire il giorno della diffida.":
        "The deadline must come after the day of the formal notice.",
    "La versione {version} del regolamento non ha un articolo {number}.":
        "Version {version} of the house rules has no article {number}.",
    "Ospitalità": "Stay",
    "Violazione": "Violation",
    "consultare le violazioni del regolamento e gli ospiti":
        "read the house-rule violations and the guests",
    "segnalare violazioni del regolamento e registrare ospiti":
        "report house-rule violations and register guests",
    "gestire le violazioni del regolamento e autorizzare gli ospiti":
        "handle house-rule violations and authorise guests",
    "emettere diffide e segnalare violazioni al Comune":
        "issue formal notices and escalate violations to the Comune",
}

BY_CONTEXT: dict[tuple[str, str], str] = {
    ("ViolationPage", "Segnalazione"): "Report",
    ("ViolationPage", "Verifica"): "Verify",
    ("ViolationPage", "Esito"): "Outcome",
    ("ViolationStepDialog", "Esito"): "Outcome",
    ("ViolationsArea", "Violazioni"): "Violations",
}
