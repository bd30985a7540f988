"""Reporting to the Comune: the indicator table of a period (indicators.py, over the
documented functions of functions.py), the ESF+ participant data of the case files
(participants.py) and the quarterly package (package.py, verify.py)."""
