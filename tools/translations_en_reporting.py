"""English for the reporting to the Comune: indicators, ESF+ participant data, the package
and the managers' dashboard (services/reporting, ui/reporting)."""

EN: dict[str, str] = {
    # vocabulary
    "Trimestre": "Quarter",
    "Mese": "Month",
    "Anno": "Year",
    "Occupato/a (anche autonomo)": "Employed (including self-employed)",
    "Disoccupato/a": "Unemployed",
    "Disoccupato/a di lunga durata": "Long-term unemployed",
    "Inattivo/a, in istruzione o formazione": "Inactive, in education or training",
    "Inattivo/a, non in istruzione né formazione": "Inactive, not in education or training",
    "Non dichiarato": "Not declared",
    "Ha un lavoro": "In employment",
    "Lavoro autonomo": "Self-employed",
    "In cerca di lavoro": "Looking for work",
    "In istruzione o formazione": "In education or training",
    "Ha ottenuto una qualifica": "Gained a qualification",
    "Situazione lavorativa migliorata": "Better labour-market situation",
    "Nessun cambiamento": "No change",
    "Inviato": "Submitted",
    "Riaperto": "Reopened",
    # service messages
    "Il codice può contenere solo lettere, cifre e trattini bassi.":
        "The code may contain only letters, digits and underscores.",
    "Scegliere la funzione da quelle previste dal programma.":
        "Choose the function from those the program provides.",
    "L'indicatore {code} usa una funzione sconosciuta: «{name}».":
        "Indicator {code} uses an unknown function: “{name}”.",
    "Periodo non valido: «{text}». Scrivere un trimestre (2026-Q4), un mese (2026-11) o un "
    "anno (2026).":
        "Invalid period: “{text}”. Write a quarter (2026-Q4), a month (2026-11) or a year (2026).",
    "Unità": "Unit",
    "Descrizione": "Description",
    "vedere gli indicatori e il cruscotto": "see the indicators and the dashboard",
    "preparare e inviare il pacchetto per il Comune": "build and submit the package for the Comune",
    "impostare le chiavi del pacchetto per il Comune": "set the keys of the package for the Comune",
}
