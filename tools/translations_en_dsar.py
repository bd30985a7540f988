"""English for the data-protection tools across the areas (retention preview)."""

EN: dict[str, str] = {
    "Nelle altre aree": "In other areas",
    "Nelle altre aree: nomi e recapiti tolti da segnalazioni e prenotazioni, presenze "
    "conservate per le statistiche; le cartelle sociali non vengono modificate (lo "
    "scarto si propone all'assistente sociale).":
        "In other areas: names and contacts removed from tickets and bookings, attendance "
        "kept for statistics; social case files are not changed (their disposal is proposed "
        "to the social worker).",
}
