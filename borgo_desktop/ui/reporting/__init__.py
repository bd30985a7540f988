"""The reporting in the window: the managers' dashboard («Cruscotto»), the package
dialog and the ESF+ participant data of a case file."""
