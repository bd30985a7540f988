"""English for the multi-seat office (issue 15: optimistic versions, errors.StaleEdit)."""

EN: dict[str, str] = {
    "Modificato da {user} alle {time}; ricarica per vedere le modifiche.":
        "Changed by {user} at {time}; reload to see the changes.",
}
