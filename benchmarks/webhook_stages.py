"""Where a web worker's CPU goes under full load, stage by stage of a reply's webhook.

    python benchmarks/webhook_stages.py [--seconds 10] [--warmup 10] [--workers 2] [--threads 4]

The service as `benchmarks/webhook.py` runs it (gunicorn and `dunning scheduler`, PostgreSQL,
the loopback fakes, every request a distinct signed webhook), with its app wrapped by
`benchmarks/stages_app.py`, which times each stage in the thread's own CPU time. After an
unmeasured warm-up, one burst at full rate (wrk); printed: the web workers' CPU per
webhook (from /proc, as webhook.py measures it), and of it, per webhook, what each stage
took, and what was spent outside the Flask app (gunicorn: reading and parsing the
request, writing the answer, its threads handing work over). The timing adds about two
microseconds a stage.
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.webhook import (
    PER_SECOND,
    max_rate,
    own_schema,
    signed,
    start_service,
    texts,
)
from tests.e2e.harness import children
from tests.fakes.slack import FakeSlack
from tests.fakes.twilio import FakeTwilio

# In the order a webhook meets them; the first and last are the whole and what is outside it.
STAGES = [
    ("_verified", "the body, its fields and Twilio's signature"),
    ("look_up", "the transaction begun, the look-up (repeat, number, case)"),
    ("read", "reading the reply (rules, model, date)"),
    ("_store", "the reply and its reading, gathered"),
    ("_act", "policy.md applied: the writes it calls for, gathered"),
    ("post_to_staff", "the Slack post, gathered"),
    ("writes + commit", "the gathered writes sent, and the commit"),
]


def totals(folder: Path, pids: list[int]) -> tuple[dict[str, int], dict[str, int]]:
    """The stages' CPU (ns) and calls so far, summed over the workers ``pids``."""
    for f in folder.glob("*.json"):
        f.unlink()
    for pid in pids:
        os.kill(pid, signal.SIGUSR2)
    deadline = time.monotonic() + 10
    while len(list(folder.glob("*.json"))) < len(pids) and time.monotonic() < deadline:
        time.sleep(0.05)
    cpu: dict[str, int] = {}
    calls: dict[str, int] = {}
    for f in folder.glob("*.json"):
        part = json.loads(f.read_text())
        for k, v in part["cpu_ns"].items():
            cpu[k] = cpu.get(k, 0) + v
        for k, v in part["calls"].items():
            calls[k] = calls.get(k, 0) + v
    return cpu, calls


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seconds", type=int, default=10)
    ap.add_argument("--warmup", type=int, default=10)
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--threads", type=int, default=4)
    args = ap.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="dunning-stages-"))
    dumps = tmp / "stages"
    dumps.mkdir()
    os.environ["STAGES_DIR"] = str(dumps)  # the workers inherit it
    bodies = texts()
    with own_schema("stages_") as url, FakeSlack(members={"C123": ["U1"]}) as slack, FakeTwilio() as twilio:
        server = start_service(tmp, url, slack, twilio, args.workers, args.threads,
                               app="benchmarks.stages_app:create_app()")
        try:
            max_rate(server, signed(args.warmup * PER_SECOND["service"], bodies), args.warmup, tmp)
            workers = children(server.procs[0].pid)
            cpu0, calls0 = totals(dumps, workers)
            peak = max_rate(server, signed(args.seconds * PER_SECOND["service"], bodies), args.seconds, tmp)
            cpu1, calls1 = totals(dumps, workers)
        finally:
            server.stop()

    n = int(peak["n"])
    replies = calls1.get("read", 0) - calls0.get("read", 0)

    def per_webhook(name: str) -> float:
        return (cpu1.get(name, 0) - cpu0.get(name, 0)) / n / 1e6

    app = per_webhook("flask (the whole app)")
    print(f"{n:,} webhooks ({replies:,} replies read) at {peak['rate']:.0f}/s, gunicorn -w {args.workers} "
          f"--threads {args.threads}, PostgreSQL")
    print(f"CPU per webhook, ms (the web workers' threads; besides, PostgreSQL's {peak['burst_ms_db']:.2f} ms in the "
          f"burst, {peak['cpu_ms_db']:.2f} with the scheduler's work after it):")
    print(f"  {peak['cpu_ms_web']:6.3f}  the web workers in all (/proc)")
    print(f"  {peak['cpu_ms_web'] - app:6.3f}  outside the Flask app: gunicorn")
    print(f"  {app:6.3f}  the Flask app, of which:")
    staged = 0.0
    for name, what in STAGES:
        ms = per_webhook(name)
        staged += ms
        print(f"    {ms:6.3f}  {what}")
    print(f"    {app - staged:6.3f}  the rest: Flask's request, the route, the automatic answer, the log line")


if __name__ == "__main__":
    main()
