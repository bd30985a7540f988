"""Administration: audit trail, users, the account dialogs."""
