"""The rent ledger in the window: arrears list, household ledger box, payments, bank import."""
