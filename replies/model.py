"""The statistical reader behind the rules: character n-grams and a linear model.

The rules in ``replies.classify`` are precise but only know the phrasings written into
them. When none applies, this model reads the reply instead: TF-IDF over character 1-3
grams of the normalised text, and a multinomial logistic regression over the seven labels.
Characters rather than words, because Japanese has no spaces and residents' typos and
dialect forms (払われへん, 送ってくんな) still share most of their characters with the forms
we have labelled.

It is trained with scikit-learn (``python -m replies.train``) and shipped as a small JSON
file, read here with plain Python: the service needs no scikit-learn, numpy or scipy at
run time, and nothing is downloaded. ``tests/unit/test_model.py`` checks that this reading
gives scikit-learn's own probabilities.
"""

from __future__ import annotations

import json
import math
from collections import Counter
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path

FORMAT = 1
SHIPPED = "model.json"


@dataclass(frozen=True)
class Model:
    labels: tuple[str, ...]
    ngram_range: tuple[int, int]
    intercept: tuple[float, ...]
    features: dict[str, tuple[float, tuple[float, ...]]]  # n-gram -> (idf, weight per label)

    @classmethod
    def from_json(cls, data: dict) -> Model:
        if data.get("format") != FORMAT:
            raise ValueError(f"unknown reply model format {data.get('format')!r}; expected {FORMAT}")
        low, high = data["ngram_range"]
        return cls(
            labels=tuple(data["labels"]), ngram_range=(int(low), int(high)),
            intercept=tuple(data["intercept"]),
            features={g: (row[0], tuple(row[1:])) for g, row in data["features"].items()},
        )

    @classmethod
    def load(cls, path: str | Path) -> Model:
        return cls.from_json(json.loads(Path(path).read_text("utf-8")))

    def probabilities(self, norm: str) -> dict[str, float]:
        """Each label's probability for normalised text (as scikit-learn's predict_proba)."""
        low, high = self.ngram_range
        counts = Counter(norm[i:i + n] for n in range(low, high + 1) for i in range(len(norm) - n + 1))
        scores = list(self.intercept)
        weighted = []
        for gram, count in counts.items():
            known = self.features.get(gram)
            if known is not None:
                idf, weights = known
                weighted.append(((1.0 + math.log(count)) * idf, weights))  # sublinear tf
        norm2 = math.sqrt(sum(v * v for v, _ in weighted)) or 1.0
        for v, weights in weighted:
            v /= norm2
            for k, w in enumerate(weights):
                scores[k] += v * w
        top = max(scores)
        exps = [math.exp(s - top) for s in scores]
        total = sum(exps)
        return {label: e / total for label, e in zip(self.labels, exps)}

    def predict(self, norm: str) -> tuple[str, float]:
        """The most probable label and its probability."""
        probs = self.probabilities(norm)
        label = max(probs, key=probs.__getitem__)
        return label, probs[label]


@cache
def shipped() -> Model:
    """The model that ships in this package, read once on first use."""
    text = resources.files("replies").joinpath(SHIPPED).read_text("utf-8")
    return Model.from_json(json.loads(text))
