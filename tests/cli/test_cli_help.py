"""The command line speaks Italian, argparse's own words included (cli_italian.py)."""

from __future__ import annotations

import pytest

from borgo_desktop.cli import build_parser
from borgo_desktop.cli_italian import italian_error

ENGLISH = ("usage", "options", "positional arguments", "show this help", "error:",
           "required", "invalid choice", "show program's version")


def _help(*argv: str) -> str:
    parser = build_parser()
    for name in argv:  # the sub-command's own parser
        parser = next(a for a in parser._actions if a.dest == "command").choices[name]
    return parser.format_help()


@pytest.mark.parametrize("argv", [(), ("db",), ("import",), ("users",), ("privacy",)])
def test_every_help_is_in_italian(argv):
    text = _help(*argv)
    assert text.startswith("uso: borgo-desktop")
    assert "opzioni:" in text and "mostra questo aiuto ed esce" in text
    for word in ENGLISH:
        assert word not in text.lower(), (argv, word)


def test_argparse_errors_are_in_italian(capsys):
    with pytest.raises(SystemExit) as exited:
        build_parser().parse_args(["db", "nope"])
    assert exited.value.code == 2
    err = capsys.readouterr().err
    assert err.startswith("uso: borgo-desktop db")
    assert ("borgo-desktop db: errore: argomento action: scelta non valida: 'nope' "
            "(scegliere tra 'upgrade', 'current', 'check')") in err
    with pytest.raises(SystemExit):
        build_parser().parse_args(["--bogus"])
    assert "errore: argomenti non riconosciuti: --bogus" in capsys.readouterr().err


def test_a_message_argparse_adds_later_stays_readable():
    assert italian_error("the following arguments are required: file") == (
        "mancano gli argomenti obbligatori: file")
    assert italian_error("something new") == "something new"


@pytest.mark.parametrize("argv", [[], ["--user", "db"], ["--demo", "--lang", "en"],
                                  ["--data-dir", "x", "db", "check"], ["db", "current"],
                                  ["--lang", "en", "report", "--help"]])
def test_the_quick_parse_agrees_with_the_whole_parser(argv, capsys):
    """The window's start parses only the global options (cli.parse_arguments): whatever
    the line, the result (or the refusal) is the one of the whole parser."""
    from borgo_desktop.cli import parse_arguments

    def outcome(parse):
        try:
            return vars(parse(argv)), None
        except SystemExit as exit:
            return None, (exit.code, capsys.readouterr())

    assert outcome(parse_arguments) == outcome(build_parser().parse_args)


@pytest.mark.parametrize("argv", [["--lang", "fr"], ["--bogus"], ["nope"]])
def test_a_mistake_on_a_window_line_is_answered_by_the_whole_parser(argv, capsys):
    from borgo_desktop.cli import parse_arguments

    with pytest.raises(SystemExit):
        parse_arguments(argv)
    refusal = capsys.readouterr().err
    with pytest.raises(SystemExit):
        build_parser().parse_args(argv)
    assert capsys.readouterr().err == refusal and refusal
