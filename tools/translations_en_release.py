"""English for the release: the about box, the help menu and window, the user manual."""

EN: dict[str, str] = {
    # the about box and the Help menu
    "A&iuto": "&Help",
    "&Informazioni su Borgo Desktop…": "&About Borgo Desktop…",
    "Informazioni su Borgo Desktop": "About Borgo Desktop",
    "Il programma dell'ufficio di borgo di «Abitare in borgo» (Comune di Milano, Cascina "
    "Boldinasco, via De Lemene 51/55/59).":
        "The program of the on-site office of “Abitare in borgo” (Comune di Milano, Cascina "
        "Boldinasco, via De Lemene 51/55/59).",
    "Anagrafe degli inquilini, alloggi, piano di assegnazione, manutenzione, spazi comuni, "
    "comunità e accompagnamento sociale, con i dati cifrati sul disco.":
        "Tenant registry, units, allocation plan, maintenance, shared spaces, community and "
        "social accompaniment, with the data encrypted on disk.",
    "Versione {version} · Python {python} · Qt {qt} · PySide6 {pyside}":
        "Version {version} · Python {python} · Qt {qt} · PySide6 {pyside}",
    # the help window and the Help menu
    "&Guida\tF1": "&Guide\tF1",
    "Guida di Borgo Desktop": "Borgo Desktop guide",
    "Guida – {page}": "Guide – {page}",
    "Pagina della guida": "Guide page",
    "&Indietro": "&Back",
    "&Sommario": "&Contents",
    "&Chiudi": "&Close",
    # accessible names given by the namer
    "Schede": "Tabs",
}
