"""How well replies are read on each labelled set, with a model that never saw that set.

    python benchmarks/reply_sets.py [../shared/data/replies-dev.jsonl tests/data/*.jsonl]

For each set: the rules alone (no model), and rules plus a model trained on every other
set. The rules were tuned on the sets listed in the README as tuned on, so only the first
scores recorded there are honest for them; the model column is honest for every set.
Also prints how right the labels at or above the default threshold are. Needs scikit-learn.
"""

from __future__ import annotations

import sys
from pathlib import Path

from replies.classify import classify
from replies.evaluate import Example, read_file
from replies.model import Model
from replies.train import export, fit

ROOT = Path(__file__).resolve().parents[1]
THRESHOLD = 0.6


class _NoModel(Model):
    """Stands for 'rules only': every unrecognised reply is other at 0.5."""

    def predict(self, norm: str) -> tuple[str, float]:
        return "other", 0.4


def _right(example: Example, result) -> bool:
    return result.label == example.label and (
        example.label != "payment_promise" or result.promised_date == example.promised_date)


def main(paths: list[str]) -> None:
    sets = {Path(p).name: read_file(p) for p in paths}
    rules_only = _NoModel(labels=(), ngram_range=(1, 1), intercept=(), features={})
    above = [0, 0]
    below = [0, 0]
    print(f"{'set':32} {'n':>4} {'rules only':>11} {'rules+model':>12}")
    for name, examples in sets.items():
        others = [e for other, exs in sets.items() if other != name for e in exs]
        model = Model.from_json(export(*fit(others)))
        plain = sum(_right(e, classify(e.text, e.received_at, model=rules_only)) for e in examples)
        both = 0
        for e in examples:
            result = classify(e.text, e.received_at, model=model)
            both += _right(e, result)
            bucket = above if result.confidence >= THRESHOLD else below
            bucket[0] += result.label == e.label
            bucket[1] += 1
        n = len(examples)
        print(f"{name:32} {n:4} {plain / n:11.1%} {both / n:12.1%}")
    print(f"labels right at confidence >= {THRESHOLD}: {above[0]}/{above[1]} ({above[0] / above[1]:.1%}); "
          f"below: {below[0]}/{below[1]} ({below[0] / max(below[1], 1):.1%})")


if __name__ == "__main__":
    default = [str(ROOT.parent / "shared" / "data" / "replies-dev.jsonl"),
               *sorted((str(p) for p in (ROOT / "tests" / "data").glob("*.jsonl")), key=lambda p: (len(p), p))]
    main(sys.argv[1:] or default)
