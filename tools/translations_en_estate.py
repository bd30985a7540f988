"""English of the estate in the window: buildings, units, common spaces, retiring them."""

EN: dict[str, str] = {
    "Nuovo edificio": "New building",
    "Modifica edificio {code}": "Edit building {code}",
    "&Codice": "&Code",
    "&Nome": "&Name",
    "&Indirizzo": "&Address",
    "C&AP": "Post&code",
    "C&omune": "T&own",
    "&Municipio": "&Municipio",
    "non indicato": "not given",
    "Il codice non si cambia: è parte del codice degli alloggi.":
        "The code cannot change: it is part of the units' codes.",
    "Data di dismissione": "Retirement date",
    "&Data di dismissione": "Retirement &date",
    "&Dismetti": "&Retire",
    "Nuovo alloggio": "New unit",
    "Modifica alloggio {code}": "Edit unit {code}",
    "&Edificio": "&Building",
    "&Scala": "&Staircase",
    "&Piano": "&Floor",
    "&Interno": "Flat &number",
    "S&uperficie (m²)": "S&urface (m²)",
    "&Locali": "&Rooms",
    "&Accessibile": "&Accessible",
    "&Regime": "Re&gime",
    "&Modello di canone": "Rent &model",
    "&Tariffa (€)": "Ra&te (€)",
    "€/m² all'anno per il canone calmierato, € al mese per il contributo fisso; non usata per "
    "le fasce ISEE.":
        "€/m² a year for capped rent, € a month for the flat contribution; not used for ISEE "
        "bands.",
    "&Foglio catastale": "Cadastral s&heet",
    "Parti&cella": "Par&cel",
    "Su&balterno": "Su&b-unit",
    "Stat&o": "Stat&us",
    "Importo non leggibile: usare il formato 1.234,56":
        "Amount not readable: use the format 1.234,56",
    "Nuovo &edificio…": "New &building…",
    "Nuovo &alloggio…": "New &unit…",
    "&Modifica…": "&Edit…",
    "&Edificio…": "&Building…",
    "Modifica i dati dell'edificio": "Edit the building's details",
    "&Dismetti…": "&Retire…",
    "Dismesso dal": "Retired on",
    "Dismetti alloggio {code}": "Retire unit {code}",
    "L'alloggio esce dal patrimonio dalla data indicata. Contratti, segnalazioni e storia "
    "restano consultabili; non si potrà più assegnarlo.":
        "The unit leaves the estate from the date given. Leases, tickets and history stay "
        "available; it can no longer be allocated.",
    "Dismesso": "Retired",
    "Alloggio dismesso": "Unit retired",
    "Modifica edificio": "Building edited",
    "Edificio dismesso": "Building retired",
    "Nuovo spazio comune": "New common space",
    "Modifica spazio comune": "Common space edited",
    "Spazio comune dismesso": "Common space retired",
    "Importazione di alloggi": "Import of units",
    "Lo spazio {code} ha {count} prenotazioni dal {date} in poi: annullarle prima di "
    "dismetterlo.":
        "Space {code} has {count} bookings from {date} on: cancel them before retiring it.",
    "Il codice di un edificio non si cambia: è parte del codice dei suoi alloggi.":
        "A building's code cannot change: it is part of its units' codes.",
    "L'edificio {code} è già dismesso dal {date}.": "Building {code} was already retired on {date}.",
    "L'edificio {code} ha ancora {count} alloggi non dismessi: dismettere prima gli alloggi.":
        "Building {code} still has {count} units not retired: retire the units first.",
    "L'alloggio {code} è già dismesso dal {date}.": "Unit {code} was already retired on {date}.",
    "L'alloggio {code} ha un contratto in corso: si dismette dopo l'uscita del nucleo.":
        "Unit {code} has a current lease: retire it after the household leaves.",
    "L'alloggio {code} è preassegnato a un nucleo: liberarlo prima dall'assegnazione.":
        "Unit {code} is reserved for a household: release it from the allocation first.",
    "La dismissione non può precedere la fine dell'ultimo contratto ({date}).":
        "Retirement cannot come before the end of the last lease ({date}).",
    "Esiste già uno spazio comune con codice {code}.": "A common space with code {code} already exists.",
    "Lo spazio {code} è già dismesso dal {date}.": "Space {code} was already retired on {date}.",
    "L'edificio {code} è dismesso.": "Building {code} is retired.",
    "Il codice di uno spazio comune non si cambia.": "A common space's code cannot change.",
    "Il piano va da {low} a {high}.": "The floor goes from {low} to {high}.",
    "Una superficie di {value} m² non è plausibile per un alloggio (al massimo {most} m²).":
        "A surface of {value} m² is not plausible for a unit (at most {most} m²).",
    "Un alloggio di {value} locali non è plausibile (al massimo {most}).":
        "A unit of {value} rooms is not plausible (at most {most}).",
    "Dati catastali incompleti: indicare «{label}».": "Cadastral data incomplete: give “{label}”.",
    "«{label}» catastale non valido: {value}.": "Cadastral “{label}” not valid: {value}.",
    "Un alloggio nuovo non può essere dismesso.": "A new unit cannot be retired.",
    "Lo stato «{status}» non si cambia dal modulo: segue il contratto, l'assegnazione o la "
    "dismissione.":
        "The status “{status}” is not changed from the form: it follows the lease, the "
        "allocation or the retirement.",
    "gestire edifici, alloggi e spazi comuni": "manage buildings, units and common spaces",
    "Foglio": "Sheet",
    "Particella": "Parcel",
    "Subalterno": "Sub-unit",
}

# Window titles without the program's name: Qt appends the application's display name itself.
EN.update({
    "Prima configurazione": "First set-up",
})
