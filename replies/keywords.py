"""Carrier-style keywords (interfaces.md): the whole message, after NFKC and case folding."""

from __future__ import annotations

import enum
import unicodedata

from replies.normalize import normalize


class Keyword(enum.Enum):
    OPT_OUT = "opt_out"
    OPT_IN = "opt_in"
    HELP = "help"


_WORDS = {
    Keyword.OPT_OUT: {"stop", "stopall", "unsubscribe", "cancel", "end", "quit", "停止", "配信停止", "中止"},
    Keyword.OPT_IN: {"start", "unstop", "再開", "配信再開"},
    Keyword.HELP: {"help", "info", "ヘルプ"},
}
# Keyed by the normalised form, as messages are looked up (ヘルプ alone reads as へるぷ).
_BY_WORD = {normalize(word): kw for kw, words in _WORDS.items() for word in words}


def _strip(text: str) -> str:
    # Surrounding spaces and punctuation (and symbols such as emoji) are ignored.
    start, end = 0, len(text)
    while start < end and unicodedata.category(text[start])[0] in "PSZ":
        start += 1
    while end > start and unicodedata.category(text[end - 1])[0] in "PSZ":
        end -= 1
    return text[start:end]


def keyword_of_normalised(norm: str) -> Keyword | None:
    """As ``keyword``, for text already normalised (classify has it so: no second pass)."""
    return _BY_WORD.get(_strip(norm))


def keyword(text: str) -> Keyword | None:
    """The keyword that ``text`` is, as a whole message, or None."""
    return _BY_WORD.get(_strip(normalize(text)))
