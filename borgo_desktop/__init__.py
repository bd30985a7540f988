"""Borgo Desktop: the operations office program of "Abitare in borgo"."""

__version__ = "0.1.0"
