"""Does a morphological analyser help the reply model on replies it never saw? (issue 12)

    python benchmarks/analyser.py [--variants base,unidic,unidic-neg,sudachi] [--jobs N] [FILE.jsonl ...]

Each variant adds word features from an analyser with a packaged dictionary to the
shipped model's character 1-3 grams: a second TF-IDF (sublinear tf, L2 per block, as the
char block) over the lemmas of the normalised reply, as unigrams and bigrams, concatenated
with the char n-grams before the same logistic regression (C=30, the same wrappings).

    base         the shipped features alone (char 1-3 grams)
    unidic       + lemmas from fugashi (MeCab) with unidic-lite (はらい, 払え -> 払う)
    unidic-neg   as unidic, and a verb or adjective before a negative auxiliary
                 (ない, ぬ, ず, ん) also as ¬lemma (払えない -> ¬払う)
    sudachi      + normalised forms from SudachiPy with sudachidict_core, mode C
    sudachi-small  the same with sudachidict_small

For each labelled set, a model trained on every OTHER set (leave-one-set-out) is scored on
it: with the rules in front (the reader as shipped) for labels and promise dates, and alone
(no rules), which isolates what the features add. Then the reader's speed on one core and
the model's load time and memory, each variant trained on every set. Needs scikit-learn
and the analysers (pip install fugashi unidic-lite sudachipy sudachidict_core
sudachidict_small); a variant whose analyser is missing is skipped with a message.
The numbers and the decision are in README.md, "How well it reads".
"""

from __future__ import annotations

import argparse
import json
import math
import sys
import time
from collections import Counter
from concurrent.futures import ProcessPoolExecutor
from itertools import pairwise
from pathlib import Path

from replies.classify import classify
from replies.evaluate import Example, read_file
from replies.model import Model
from replies.normalize import normalize
from replies.train import NGRAM_RANGE, augment, export

ROOT = Path(__file__).resolve().parents[1]
C = 30.0
NEGATIVE = {"ない", "ぬ", "ず", "ん"}
_SKIP_POS = ("補助記号", "空白", "記号")


# --- analysers: each returns the word tokens of a normalised reply --------------------

def _unidic(neg: bool):
    import fugashi  # ImportError: the variant is skipped
    import unidic_lite  # noqa: F401

    tagger = fugashi.Tagger()

    def words(text: str) -> list[str]:
        out: list[str] = []
        prev = None
        for w in tagger(text):
            pos = w.feature.pos1 or ""
            if pos in _SKIP_POS:
                prev = None
                continue
            lemma = w.feature.lemma or w.surface
            if "-" in lemma and lemma[0] not in "-":  # unidic lemmas of loanwords: ペイ-pay
                lemma = lemma.split("-")[0]
            if neg and prev is not None and pos == "助動詞" and w.surface in NEGATIVE | {"なかっ", "ねえ", "へん", "ひん"}:
                out.append("¬" + prev)
            out.append(lemma)
            prev = lemma if pos in ("動詞", "形容詞") else (prev if pos == "助動詞" else None)
        return out
    return words


def _sudachi(dictionary: str):
    from sudachipy import Dictionary, SplitMode

    tokenizer = Dictionary(dict=dictionary).tokenizer(SplitMode.C)

    def words(text: str) -> list[str]:
        return [m.normalized_form() for m in tokenizer.tokenize(text)
                if m.part_of_speech()[0] not in _SKIP_POS]
    return words


ANALYSERS = {
    "base": None,
    "unidic": lambda: _unidic(neg=False),
    "unidic-neg": lambda: _unidic(neg=True),
    "sudachi": lambda: _sudachi("core"),
    "sudachi-small": lambda: _sudachi("small"),
}


def grams(tokens: list[str]) -> list[str]:
    """Word unigrams and bigrams (space-joined), as TfidfVectorizer's ngram_range=(1, 2)."""
    return tokens + [f"{a} {b}" for a, b in pairwise(tokens)]


# --- the variant model: the shipped reading plus a second, word block ------------------

class WordModel(Model):
    """The shipped Model with a second TF-IDF block over an analyser's word n-grams."""

    def __init__(self, base: Model, words: dict[str, tuple[float, tuple[float, ...]]], analyse):
        object.__setattr__(self, "labels", base.labels)
        object.__setattr__(self, "ngram_range", base.ngram_range)
        object.__setattr__(self, "intercept", base.intercept)
        object.__setattr__(self, "features", base.features)
        object.__setattr__(self, "words", words)
        object.__setattr__(self, "analyse", analyse)

    @staticmethod
    def _block(counts: Counter, features: dict, scores: list[float]) -> None:
        weighted = []
        for gram, count in counts.items():
            known = features.get(gram)
            if known is not None:
                weighted.append(((1.0 + math.log(count)) * known[0], known[1]))
        norm2 = math.sqrt(sum(v * v for v, _ in weighted)) or 1.0
        for v, weights in weighted:
            v /= norm2
            for k, w in enumerate(weights):
                scores[k] += v * w

    def probabilities(self, norm: str) -> dict[str, float]:
        low, high = self.ngram_range
        scores = list(self.intercept)
        self._block(Counter(norm[i:i + n] for n in range(low, high + 1) for i in range(len(norm) - n + 1)),
                    self.features, scores)
        self._block(Counter(grams(self.analyse(norm[:2000]))), self.words, scores)
        top = max(scores)
        exps = [math.exp(s - top) for s in scores]
        total = sum(exps)
        return {label: e / total for label, e in zip(self.labels, exps)}


def fit_variant(examples: list[Example], analyse, cache: dict[str, list[str]]):
    """(json dict, words dict) of a model on char n-grams plus, with ``analyse``, word n-grams."""
    from scipy.sparse import hstack
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression

    examples = augment(examples)
    texts = [normalize(e.text) for e in examples]
    chars = TfidfVectorizer(analyzer="char", ngram_range=NGRAM_RANGE, lowercase=False, sublinear_tf=True)
    blocks = [chars.fit_transform(texts)]
    wordv = None
    if analyse is not None:
        def analyzer(text: str) -> list[str]:
            if text not in cache:
                cache[text] = grams(analyse(text[:2000]))
            return cache[text]
        wordv = TfidfVectorizer(analyzer=analyzer, sublinear_tf=True)
        blocks.append(wordv.fit_transform(texts))
    matrix = hstack(blocks).tocsr() if len(blocks) > 1 else blocks[0]
    classifier = LogisticRegression(C=C, max_iter=5000)
    classifier.fit(matrix, [e.label for e in examples])
    n_char = len(chars.vocabulary_)
    coef = classifier.coef_
    # The char block as the shipped JSON (export reads coef_ column by the char vocabulary).
    data = export(chars, _Columns(classifier, slice(0, n_char)))
    words = {}
    if wordv is not None:
        for gram, column in wordv.vocabulary_.items():
            row = [float(wordv.idf_[column])] + [float(coef[k, n_char + column]) for k in range(coef.shape[0])]
            words[gram] = [float(f"{x:.7g}") for x in row]
    return data, words


class _Columns:
    """A classifier seen through some of its coefficient columns (for replies.train.export)."""

    def __init__(self, classifier, columns: slice):
        self.classes_ = classifier.classes_
        self.intercept_ = classifier.intercept_
        self.coef_ = classifier.coef_[:, columns]


def load(data: dict, words: dict, analyse) -> Model:
    base = Model.from_json(data)
    if analyse is None:
        return base
    return WordModel(base, {g: (row[0], tuple(row[1:])) for g, row in words.items()}, analyse)


# --- scoring --------------------------------------------------------------------------

class _Counting:
    """Wraps a model to note which replies reached it (no rule applied)."""

    def __init__(self, model: Model):
        self.model, self.asked = model, 0

    def predict(self, norm: str):
        self.asked += 1
        return self.model.predict(norm)


def score_set(args) -> dict:
    variant, name, sets = args
    make = ANALYSERS[variant]
    analyse = make() if make else None
    cache: dict[str, list[str]] = {}
    train = [e for other, exs in sets.items() if other != name for e in exs]
    model = load(*fit_variant(train, analyse, cache), analyse)
    out = {"n": 0, "label": 0, "right": 0, "promises": 0, "dates": 0, "alone": 0, "asked": 0, "asked_right": 0}
    for e in sets[name]:
        counting = _Counting(model)
        result = classify(e.text, e.received_at, model=counting)  # type: ignore[arg-type]
        out["n"] += 1
        out["label"] += result.label == e.label
        date_ok = e.label != "payment_promise" or result.promised_date == e.promised_date
        out["right"] += result.label == e.label and date_ok
        if e.label == "payment_promise" and result.label == e.label:
            out["promises"] += 1
            out["dates"] += result.promised_date == e.promised_date
        if counting.asked:
            out["asked"] += 1
            out["asked_right"] += result.label == e.label
        out["alone"] += model.predict(normalize(e.text))[0] == e.label
    return out


def speed(variant: str, sets: dict[str, list[Example]]) -> dict:
    """The reader's rate on one core with this variant trained on every set, and its cost."""
    import resource

    def rss() -> float:
        return int(Path("/proc/self/statm").read_text().split()[1]) * resource.getpagesize() / 2**20

    make = ANALYSERS[variant]
    examples = [e for exs in sets.values() for e in exs]
    data, words = fit_variant(examples, make() if make else None, {})
    text = json.dumps({"model": data, "words": words}, ensure_ascii=False, separators=(",", ":"))
    before = rss()
    start = time.perf_counter()
    payload = json.loads(text)
    analyse = make() if make else None
    model = load(payload["model"], payload["words"], analyse)
    if analyse is not None:
        analyse("起動")  # the dictionary is mapped on first use
    loaded = time.perf_counter() - start
    grown = rss() - before
    items = [(e.text, e.received_at) for e in examples]
    reps = max(1, 20_000 // len(items))
    start = time.perf_counter()
    for _ in range(reps):
        for t, at in items:
            classify(t, at, model=model)
    rate = reps * len(items) / (time.perf_counter() - start)
    norms = [normalize(t) for t, _ in items]
    start = time.perf_counter()
    for t in norms:
        model.predict(t)
    alone = len(norms) / (time.perf_counter() - start)
    return {"rate": rate, "alone": alone, "load_ms": loaded * 1000, "mib": grown,
            "json_kb": len(text.encode()) / 1024, "words": len(words)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--variants", default="base,unidic,unidic-neg,sudachi")
    parser.add_argument("--jobs", type=int, default=1)
    parser.add_argument("--no-speed", action="store_true")
    parser.add_argument("--speed-only", action="store_true", help="skip the leave-one-set-out scores")
    parser.add_argument("--json", help="also write the numbers here")
    parser.add_argument("files", nargs="*")
    args = parser.parse_args()
    try:
        import sklearn  # noqa: F401
    except ImportError:
        sys.exit("needs scikit-learn: pip install '.[train]'")
    paths = args.files or [str(ROOT.parent / "shared" / "data" / "replies-dev.jsonl"),
                           *sorted((str(p) for p in (ROOT / "tests" / "data").glob("*.jsonl")),
                                   key=lambda p: (len(p), p))]
    sets = {Path(p).name: read_file(p) for p in paths if Path(p).exists()}
    variants = []
    for v in args.variants.split(","):
        try:
            if ANALYSERS[v]:
                ANALYSERS[v]()("テスト")
            variants.append(v)
        except ImportError as exc:
            print(f"skipping {v}: its analyser is not installed ({exc.name}); "
                  "pip install fugashi unidic-lite sudachipy sudachidict_core sudachidict_small")
    results: dict[str, dict[str, dict]] = {}
    results = {} if args.speed_only else loso(sets, variants, args.jobs)
    speeds = {}
    if not args.no_speed:
        print()
        for v in variants:
            speeds[v] = s = speed(v, sets)
            print(f"{v:14} reader {s['rate']:7,.0f} replies/s, model alone {s['alone']:7,.0f}/s; "
                  f"load {s['load_ms']:5.0f} ms, +{s['mib']:5.1f} MiB, JSON {s['json_kb']:,.0f} kB, "
                  f"{s['words']:,} word n-grams")
    if args.json:
        Path(args.json).write_text(json.dumps({"sets": results, "speed": speeds}, indent=1), "utf-8")


def loso(sets: dict[str, list[Example]], variants: list[str], jobs: int) -> dict[str, dict[str, dict]]:
    """Each variant's scores on each set, trained without it; printed as two tables."""
    results: dict[str, dict[str, dict]] = {}
    with ProcessPoolExecutor(jobs) as pool:
        for v in variants:
            start = time.perf_counter()
            results[v] = dict(zip(sets, pool.map(score_set, [(v, name, sets) for name in sets])))
            print(f"{v}: left each of {len(sets)} sets out in {time.perf_counter() - start:.0f} s", file=sys.stderr)
    head = "".join(f" {v + ' r+m':>17} {v + ' alone':>17}" for v in variants)
    print(f"{'set':28} {'n':>4}{head}")
    for name, examples in sets.items():
        row = "".join(f" {results[v][name]['label']:17} {results[v][name]['alone']:17}" for v in variants)
        print(f"{name:28} {len(examples):4}{row}")
    print()
    print(f"{'variant':14} {'labels (r+m)':>14} {'dates':>10} {'label+date':>12} {'model-read right':>17} "
          f"{'model alone':>14} {'sets worse r+m':>15} {'sets worse alone':>17}")
    for v in variants:
        tot = {k: sum(r[k] for r in results[v].values()) for k in next(iter(results[v].values()))}
        worse = {k: [results[v][n][k] - results["base"][n][k] for n in sets
                     if "base" in results and results[v][n][k] < results["base"][n][k]] for k in ("label", "alone")}
        print(f"{v:14} {tot['label']:5}/{tot['n']} {tot['label'] / tot['n']:6.2%} {tot['dates']:4}/{tot['promises']:<4} "
              f"{tot['right'] / tot['n']:12.2%} {tot['asked_right']:9}/{tot['asked']:<4}"
              f"{tot['asked_right'] / max(tot['asked'], 1):4.0%} {tot['alone']:5} {tot['alone'] / tot['n']:7.2%} "
              f"{len(worse['label']):>6} (max {min(worse['label'], default=0)})"
              f"{len(worse['alone']):>8} (max {min(worse['alone'], default=0)})")
    return results


if __name__ == "__main__":
    main()
