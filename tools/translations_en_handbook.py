"""English for the residents' handbook (services/communication/handbook.py)."""

EN: dict[str, str] = {
    "Lingua non disponibile per il manuale: «{lang}». Scegliere tra {choices}.":
        "Language not available for the handbook: «{lang}». Choose from {choices}.",
}
