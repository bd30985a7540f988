"""argparse in Italian: «uso», «opzioni», «mostra questo aiuto ed esce», errors in words.

argparse writes its own words in English (through gettext, with no Italian catalogue in the
standard library). :class:`ItalianArgumentParser` names them itself instead of patching the
standard module, so nothing else in the process (pytest, libraries) changes language.
"""

from __future__ import annotations

import argparse
import re
import sys

HELP = "mostra questo aiuto ed esce"
VERSION = "mostra la versione del programma ed esce"

# argparse's error messages (Python 3.11), most specific first; {0}, {1}: the parts it fills.
_ERRORS = (
    (re.compile(r"the following arguments are required: (.*)"),
     "mancano gli argomenti obbligatori: {0}"),
    (re.compile(r"unrecognized arguments: (.*)"), "argomenti non riconosciuti: {0}"),
    (re.compile(r"argument (.*?): invalid choice: (.*) \(choose from (.*)\)"),
     "argomento {0}: scelta non valida: {1} (scegliere tra {2})"),
    (re.compile(r"argument (.*?): expected one argument"), "argomento {0}: manca il valore"),
    (re.compile(r"argument (.*?): expected at least one argument"),
     "argomento {0}: serve almeno un valore"),
    (re.compile(r"argument (.*?): invalid (\S+) value: (.*)"),
     "argomento {0}: valore non valido: {2}"),
    (re.compile(r"argument (.*?): not allowed with argument (.*)"),
     "argomento {0}: non ammesso insieme a {1}"),
    (re.compile(r"argument (.*?): ignored explicit argument (.*)"),
     "argomento {0}: valore non previsto {1}"),
    (re.compile(r"ambiguous option: (.*?) could match (.*)"),
     "opzione ambigua: {0} può indicare {1}"),
)


def italian_error(message: str) -> str:
    for pattern, italian in _ERRORS:
        found = pattern.fullmatch(message)
        if found:
            return italian.format(*found.groups())
    return message


class ItalianHelpFormatter(argparse.HelpFormatter):
    def add_usage(self, usage, actions, groups, prefix=None):
        return super().add_usage(usage, actions, groups, "uso: " if prefix is None else prefix)


class ItalianArgumentParser(argparse.ArgumentParser):
    """An ArgumentParser whose own words are Italian; its sub-commands are the same kind."""

    def __init__(self, *args, **kwargs) -> None:
        add_help = kwargs.pop("add_help", True)
        kwargs.setdefault("formatter_class", ItalianHelpFormatter)
        super().__init__(*args, add_help=False, **kwargs)
        self._positionals.title = "argomenti"
        self._optionals.title = "opzioni"
        if add_help:
            self.add_argument("-h", "--help", action="help", default=argparse.SUPPRESS, help=HELP)

    def add_subparsers(self, **kwargs):
        kwargs.setdefault("parser_class", ItalianArgumentParser)
        kwargs.setdefault("title", "comandi")
        return super().add_subparsers(**kwargs)

    def error(self, message: str):
        self.print_usage(sys.stderr)
        self.exit(2, f"{self.prog}: errore: {italian_error(message)}\n")
