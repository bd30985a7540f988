"""Printed documents of the rent ledger: the payment receipt and the statement of account."""
