"""English for the notices moved onto the communication engine (issue 12: the board's rota,
the programme's private bookings, the fields of the ladder and of the outage notice)."""

EN: dict[str, str] = {
    "Nessun turno dal {first} al {last}: pianificare i turni prima di stamparli.":
        "No turns from {first} to {last}: plan the turns before printing them.",
    "Voci da pagare (una per riga)": "Items to pay (one per line)",
    "Titolo dell'avviso": "Title of the notice",
    "Testo dell'avviso": "Text of the notice",
}
