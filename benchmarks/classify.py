"""Replies read per second on one core: `python benchmarks/classify.py [FILE.jsonl ...]`.

Prints the rate for real replies (the labelled sets) and, separately, the time for
hostile inputs (10,000 characters, emoji floods), which must not crash or stall.
"""

from __future__ import annotations

import json
import sys
import time
from datetime import datetime
from pathlib import Path

from replies.classify import classify
from replies.model import shipped
from replies.normalize import normalize

HERE = Path(__file__).resolve().parent
DEFAULT = [HERE.parents[1] / "shared" / "data" / "replies-dev.jsonl",
           *sorted((HERE.parent / "tests" / "data").glob("*.jsonl"))]


def main() -> None:
    paths = [Path(p) for p in sys.argv[1:]] or [p for p in DEFAULT if p.exists()]
    rows = [json.loads(line) for p in paths for line in p.read_text("utf-8").splitlines() if line.strip()]
    items = [(r["text"], datetime.fromisoformat(r["received_at"])) for r in rows]
    reps = max(1, 30_000 // len(items))
    start = time.perf_counter()
    model = shipped()  # read once per process, at start-up in the service
    print(f"reply model read in {(time.perf_counter() - start) * 1000:.0f} ms ({len(model.features):,} n-grams)")
    start = time.perf_counter()
    for _ in range(reps):
        for text, at in items:
            classify(text, at)
    elapsed = time.perf_counter() - start
    n = reps * len(items)
    print(f"{n} real replies ({len(items)} distinct) in {elapsed:.2f} s: "
          f"{n / elapsed:,.0f} replies/s on one core ({elapsed / n * 1e6:.0f} µs each)")
    texts = [normalize(text) for text, _ in items]
    start = time.perf_counter()
    for text in texts:
        model.predict(text)
    elapsed = time.perf_counter() - start
    print(f"the model alone (for replies no rule knows): {len(texts) / elapsed:,.0f} replies/s "
          f"({elapsed / len(texts) * 1e6:.0f} µs each)")
    at = items[0][1]
    for name, text in [("10,000 × あ", "あ" * 10_000), ("2,500 × 払います", "払います" * 2_500),
                       ("300 emoji", "😀" * 300)]:
        start = time.perf_counter()
        for _ in range(50):
            classify(text, at)
        print(f"hostile input {name}: {(time.perf_counter() - start) / 50 * 1000:.2f} ms each")


if __name__ == "__main__":
    main()
