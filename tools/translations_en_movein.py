"""English of the move-in follow-up: residence, utilities, checks at 1, 3 and 6 months."""

EN: dict[str, str] = {
    "Dopo l'ingresso: passi in scadenza": "After the move: steps falling due",
    "Nessun passo in scadenza nelle prossime due settimane":
        "No step falls due in the next two weeks",
    "{n} passi entro due settimane, {late} in ritardo":
        "{n} steps within two weeks, {late} overdue",
    "Passo": "Step",
    "Dichiarazione di residenza": "Residence declared",
    "Attivazione utenze": "Utilities connected",
    "Verifica a 1 mese": "Check at 1 month",
    "Verifica a 3 mesi": "Check at 3 months",
    "Verifica a 6 mesi": "Check at 6 months",
    "«{item}» si programma con l'ingresso nell'alloggio.":
        "“{item}” is scheduled when the household moves in.",
}
