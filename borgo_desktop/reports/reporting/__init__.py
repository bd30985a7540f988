"""Printed documents of the reporting to the Comune (summary of the package, monthly report)."""
