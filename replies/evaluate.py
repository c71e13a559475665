"""Scoring the classifier on labelled replies (JSON Lines as in replies-dev.jsonl)."""

from __future__ import annotations

import json
import time
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from replies.classify import classify
from replies.labels import PRECEDENCE
from replies.model import Model, shipped


class DataError(ValueError):
    pass


@dataclass(frozen=True)
class Example:
    id: str
    text: str
    received_at: datetime
    label: str
    promised_date: date | None


def read_examples(lines: Iterable[str]) -> list[Example]:
    """Parse JSON Lines; a bad line raises DataError naming its line number."""
    out = []
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            d = json.loads(line)
            if d["label"] not in PRECEDENCE:
                raise ValueError(f"unknown label {d['label']!r}")
            out.append(Example(
                id=str(d.get("id", n)), text=d["text"],
                received_at=datetime.fromisoformat(d["received_at"]), label=d["label"],
                promised_date=date.fromisoformat(d["promised_date"]) if d.get("promised_date") else None,
            ))
        except (ValueError, KeyError, TypeError) as exc:
            raise DataError(f"line {n}: {exc}") from None
    return out


def read_file(path: str | Path) -> list[Example]:
    """The labelled examples in a UTF-8 JSON Lines file."""
    return read_examples(Path(path).read_text("utf-8").splitlines())


@dataclass
class Scores:
    n: int
    correct: int
    dates_n: int
    dates_correct: int
    per_label: dict[str, dict[str, float]]
    confusion: dict[str, dict[str, int]]
    per_second: float
    misses: list[dict[str, Any]] = field(default_factory=list)

    @property
    def accuracy(self) -> float:
        return self.correct / self.n if self.n else 0.0

    @property
    def date_accuracy(self) -> float:
        return self.dates_correct / self.dates_n if self.dates_n else 0.0

    def as_dict(self) -> dict[str, Any]:
        return {"n": self.n, "accuracy": round(self.accuracy, 4),
                "date_n": self.dates_n, "date_accuracy": round(self.date_accuracy, 4),
                "per_label": self.per_label, "confusion": self.confusion,
                "replies_per_second": round(self.per_second), "misses": self.misses}


def evaluate(examples: list[Example], model: Model | None = None) -> Scores:
    """Score the classifier (with ``model``, or the shipped one) on labelled examples."""
    model = model or shipped()  # read before the clock starts: speed is per reply
    for e in examples[:20]:
        classify(e.text, e.received_at, model=model)  # warm up, as a running service is
    start = time.perf_counter()
    got = [classify(e.text, e.received_at, model=model) for e in examples]
    elapsed = time.perf_counter() - start
    confusion = {a: dict.fromkeys(PRECEDENCE, 0) for a in PRECEDENCE}
    tp, fp, fn = Counter(), Counter(), Counter()
    correct = dates_n = dates_ok = 0
    misses = []
    for e, g in zip(examples, got):
        confusion[e.label][g.label] += 1
        date_ok = True
        if e.label == "payment_promise":
            dates_n += 1
            date_ok = g.label == e.label and g.promised_date == e.promised_date
            dates_ok += date_ok
        if g.label == e.label:
            correct += 1
            tp[e.label] += 1
        else:
            fp[g.label] += 1
            fn[e.label] += 1
        if g.label != e.label or not date_ok:
            misses.append({"id": e.id, "text": e.text, "want": e.label, "got": g.label,
                           "want_date": e.promised_date.isoformat() if e.promised_date else None,
                           "got_date": g.promised_date.isoformat() if g.promised_date else None})
    per_label = {}
    for label in PRECEDENCE:
        p = tp[label] / (tp[label] + fp[label]) if tp[label] + fp[label] else 0.0
        r = tp[label] / (tp[label] + fn[label]) if tp[label] + fn[label] else 0.0
        f1 = 2 * p * r / (p + r) if p + r else 0.0
        per_label[label] = {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f1, 4),
                            "support": tp[label] + fn[label]}
    return Scores(len(examples), correct, dates_n, dates_ok, per_label, confusion,
                  len(examples) / elapsed if elapsed > 0 else float("inf"), misses)
