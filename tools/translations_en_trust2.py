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
