"""The factor check in front of the large rules answers exactly as the rules alone."""

import json
import re
from pathlib import Path

import pytest

from replies.normalize import normalize
from replies.prefilter import Prefiltered, factors, prefiltered
from replies.rules import PATTERNS

DATA = Path(__file__).resolve().parents[1] / "data"


@pytest.mark.parametrize("pattern,expected", [
    (r"払います", {"払います"}),
    (r"払(?!い)う", {"払う"}),  # a lookahead is zero-width: the literal run goes on
    (r"(?<!未)納付済", {"納付済"}),
    # ました (three kana) is rarer than はら, the commonest piece of 支払|はら.
    (r"(?:支払|はら)(?:い|っ)ました", {"ました"}),
    (r"停止|中止|stop", {"停止", "中止", "stop"}),
    (r"(?:お?知らせ)+不要です", {"不要です"}),
    (r"(?:払)?う", {"う"}),  # one kana is a poor factor, but still one
    (r"[止と]め", {"め"}),  # as rare as either of 止|と, and one piece instead of two
    (r"[止と]めて", {"めて"}),
    (r"\d+円", {"円"}),
    (r"止めて(?:ください)?", {"止めて"}),
])
def test_factors_are_what_every_match_must_contain(pattern, expected):
    found = factors(re.compile(pattern))
    assert found is not None
    assert found == expected


@pytest.mark.parametrize("pattern", [
    r"\d+", r".{0,8}", r"[^。]+", r"(?:払|)う?", r"払う|\d+日?", r"(?i)stop",
])
def test_no_factor_where_a_match_needs_no_literal(pattern):
    assert factors(re.compile(pattern)) is None


def test_small_or_unfactored_patterns_are_left_as_they_are():
    small = re.compile(r"停止|中止")
    assert prefiltered(small) is small
    big_without_factor = re.compile(r"\d+|" + "|".join(f"x{n}" for n in range(200)))
    assert prefiltered(big_without_factor) is big_without_factor


def test_a_text_without_any_factor_never_reaches_the_regex():
    searched: list[str] = []

    class Recording:
        pattern = "停止|" + "|".join(f"語{n}" for n in range(200))

        def search(self, text):
            searched.append(text)
            return re.search(self.pattern, text)

    check = Prefiltered(Recording(), factors(re.compile(Recording.pattern)))  # type: ignore[arg-type]
    assert check.search("明日払います") is None
    assert searched == []
    assert check.search("通知を停止して") is not None
    assert searched == ["通知を停止して"]


def _texts() -> list[str]:
    texts = []
    for path in sorted(DATA.glob("*.jsonl")):
        for line in path.read_text("utf-8").splitlines():
            if line.strip():
                texts.append(normalize(json.loads(line)["text"]))
    return texts


def test_every_large_rule_answers_as_its_regex_alone_on_every_labelled_reply():
    texts = _texts()
    checked = [p for rules in PATTERNS.values() for p, _ in rules if isinstance(p, Prefiltered)]
    assert len(checked) >= 6, "the large rules are no longer prefiltered"
    for rule in checked:
        regex = re.compile(rule.pattern, re.ASCII)
        for text in texts:
            # Each sentence and clause too: the reader searches those as well.
            for part in {text, *re.split(r"[。!?、,\n]", text)}:
                expected = regex.search(part)
                got = rule.search(part)
                assert (got and got.span()) == (expected and expected.span()), (rule.pattern[:60], part)
