"""An amount in Italian words, as written on a receipt: «centoventitré/50 euro».

Written here rather than taken from num2words: a receipt needs only whole euros up to the
payment limit (€100,000) and the Italian elisions (ventuno, trentotto, centottanta), and a
new dependency would have to reach every seat's installation first.
"""

from __future__ import annotations

_UNITS = ("zero", "uno", "due", "tre", "quattro", "cinque", "sei", "sette", "otto", "nove",
          "dieci", "undici", "dodici", "tredici", "quattordici", "quindici", "sedici",
          "diciassette", "diciotto", "diciannove")
_TENS = ("", "", "venti", "trenta", "quaranta", "cinquanta", "sessanta", "settanta", "ottanta",
         "novanta")


def _below_100(n: int) -> str:
    if n < 20:
        return _UNITS[n]
    tens, unit = divmod(n, 10)
    word = _TENS[tens]
    if unit in (1, 8):  # ventuno, ventotto: the vowel drops before uno and otto
        word = word[:-1]
    if unit == 0:
        return word
    return word + ("tré" if unit == 3 else _UNITS[unit])


def _below_1000(n: int) -> str:
    hundreds, rest = divmod(n, 100)
    head = "" if hundreds == 0 else "cento" if hundreds == 1 else _UNITS[hundreds] + "cento"
    if rest == 0:
        return head or "zero"
    tail = _below_100(rest)
    if head and tail.startswith("ott"):  # centottanta, duecentotto
        head = head[:-1]
    return head + tail


def number_words(n: int) -> str:
    """A whole number from 0 to 999,999 in Italian words (one word, as the custom is)."""
    if not 0 <= n < 1_000_000:
        raise ValueError(f"out of range: {n}")
    thousands, rest = divmod(n, 1000)
    if thousands == 0:
        return _below_1000(rest)
    if thousands == 1:
        head = "mille"
    else:  # ventitremila: the accent of -tré goes inside a longer word
        head = _below_1000(thousands).removesuffix("tré") + (
            "tre" if _below_1000(thousands).endswith("tré") else "") + "mila"
    return head + (_below_1000(rest) if rest else "")


def amount_words(cents: int) -> str:
    """«quattrocentocinquanta/00 euro» for 45000 cents."""
    euros, rest = divmod(abs(cents), 100)
    return f"{number_words(euros)}/{rest:02d} euro"
