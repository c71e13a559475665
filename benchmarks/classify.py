"""Replies read per second on one core: `python benchmarks/classify.py [FILE.jsonl]`."""

from __future__ import annotations

import json
import sys
import time
from datetime import datetime
from pathlib import Path

from replies import classify

DEFAULT = Path(__file__).resolve().parents[2] / "shared" / "data" / "replies-dev.jsonl"


def main() -> None:
    path = Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT
    rows = [json.loads(line) for line in path.read_text("utf-8").splitlines() if line.strip()]
    items = [(r["text"], datetime.fromisoformat(r["received_at"])) for r in rows]
    items += [("あ" * 10_000, items[0][1]), ("😀" * 300, items[0][1])]
    reps = max(1, 20_000 // len(items))
    start = time.perf_counter()
    for _ in range(reps):
        for text, at in items:
            classify(text, at)
    elapsed = time.perf_counter() - start
    n = reps * len(items)
    print(f"{n} replies in {elapsed:.2f} s: {n / elapsed:,.0f} replies/s on one core "
          f"({elapsed / n * 1e6:.0f} µs each)")


if __name__ == "__main__":
    main()
