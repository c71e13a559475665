"""A large rule searched only where it could match.

The biggest rules are alternations of hundreds of phrasings (thousands of characters),
and Python's ``re`` tries every alternative at every position of the reply. Most replies
contain none of the words those alternatives need. So each such rule gets the set of
literal pieces one of which every match must contain ("factors"), read off the parsed
pattern, and a single Aho-Corasick pass (pyahocorasick, in C) over the text decides
whether the regular expression runs at all. The answer is the same as the pattern's
alone; only the time differs (``benchmarks/classify.py``).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from re import _constants as sre  # type: ignore[attr-defined]
from re import _parser as sre_parse  # type: ignore[attr-defined]

import ahocorasick

# Zero-width items: a literal run goes on across them (in 払(?!い)う, 払う is contiguous).
_ZERO_WIDTH = (sre.AT, sre.ASSERT, sre.ASSERT_NOT)
_REPEATS = (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT)
# A character class of up to this many plain characters counts as a set of one-character factors.
_SMALL_CLASS = 12


def factors(pattern: re.Pattern[str]) -> frozenset[str] | None:
    """Strings one of which every match of ``pattern`` contains; None if none can be named."""
    if pattern.flags & re.IGNORECASE:
        return None
    found = _required(sre_parse.parse(pattern.pattern, pattern.flags))
    return frozenset(found) if found else None


def _required(items) -> frozenset[str] | None:
    """The most selective factor set among those a match of the sequence ``items`` must contain."""
    candidates: list[frozenset[str]] = []
    run: list[str] = []

    def close_run() -> None:
        if run:
            candidates.append(frozenset(["".join(run)]))
            run.clear()

    for op, av in items:
        if op is sre.LITERAL:
            run.append(chr(av))
            continue
        if op in _ZERO_WIDTH:
            continue
        close_run()
        if (found := _required_of(op, av)) is not None:
            candidates.append(found)
    close_run()
    # The set whose commonest piece is rarest lets the fewest texts through.
    return max(candidates, key=lambda s: (min(map(_rarity, s)), -len(s)), default=None)


def _rarity(piece: str) -> int:
    """How seldom ``piece`` turns up by chance: kana particles (で, って) are everywhere,
    a kanji, katakana or Latin letter far less so."""
    return sum(1 if "\u3041" <= ch <= "\u309f" or not ch.isalnum() else 2 for ch in piece)


def _required_of(op, av) -> frozenset[str] | None:
    if op is sre.SUBPATTERN:
        _group, add_flags, _del_flags, inner = av
        return None if add_flags & re.IGNORECASE else _required(inner)
    if op is sre.BRANCH:
        each = [_required(alternative) for alternative in av[1]]
        return None if any(f is None for f in each) else frozenset().union(*each)  # type: ignore[arg-type]
    if op in _REPEATS:
        least, _most, inner = av
        return _required(inner) if least >= 1 else None
    if op is sre.IN and len(av) <= _SMALL_CLASS and all(kind is sre.LITERAL for kind, _ in av):
        return frozenset(chr(code) for _, code in av)
    return None


class Prefiltered:
    """``pattern`` behind an Aho-Corasick check for its factors; ``search`` answers as the pattern's."""

    __slots__ = ("_automaton", "_regex", "pattern")

    def __init__(self, regex: re.Pattern[str], pieces: frozenset[str]) -> None:
        self._regex = regex
        self.pattern = regex.pattern
        self._automaton = ahocorasick.Automaton(ahocorasick.STORE_LENGTH)
        for piece in pieces:
            self._automaton.add_word(piece)
        self._automaton.make_automaton()

    def search(self, text: str) -> re.Match[str] | None:
        for _found in self._automaton.iter(text):
            return self._regex.search(text)
        return None

    def __repr__(self) -> str:
        return f"Prefiltered({self._regex!r})"


def may_match(regex: re.Pattern[str]) -> Callable[[str], bool]:
    """A quick test that ``text`` holds one of ``regex``'s factors (False: it cannot match);
    always True where no factors can be named."""
    if (pieces := factors(regex)) is None:
        return lambda _text: True
    automaton = ahocorasick.Automaton(ahocorasick.STORE_LENGTH)
    for piece in pieces:
        automaton.add_word(piece)
    automaton.make_automaton()
    return lambda text: next(automaton.iter(text), None) is not None


class Gated:
    """``searcher`` run only on text that ``gate`` admits: the phrases of other languages, never
    tried on a reply written in none of their scripts."""

    __slots__ = ("_gate", "_searcher", "pattern")

    def __init__(self, searcher: re.Pattern[str] | Prefiltered, gate: Callable[[str], bool]) -> None:
        self._searcher = searcher
        self._gate = gate
        self.pattern = searcher.pattern

    def search(self, text: str) -> re.Match[str] | None:
        return self._searcher.search(text) if self._gate(text) else None

    def __repr__(self) -> str:
        return f"Gated({self._searcher!r}, {self._gate!r})"


# What the rules hold: a pattern, or one behind its factor check or its script; each answers ``search``.
Searcher = re.Pattern[str] | Prefiltered | Gated

# Below this length a pattern's own search is as quick as the check.
_WORTH_IT = 400


def prefiltered(regex: re.Pattern[str]) -> Searcher:
    """``regex`` itself, or behind a factor check where it is large and its factors known."""
    if len(regex.pattern) < _WORTH_IT or (pieces := factors(regex)) is None:
        return regex
    return Prefiltered(regex, pieces)

