"""English for the permission refusal (services/permissions.py)."""

EN: dict[str, str] = {
    "Il ruolo «{role}» non consente di {what}.": "The role “{role}” does not allow you to {what}.",
}
