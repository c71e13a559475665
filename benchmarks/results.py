"""Campaign planning and results at scale: `python benchmarks/results.py [N]` (default 100,000).

Simulates a campaign's history over N cases (bot/demo/simulate.py: the real `campaign
create`, sent reminders for three stages, dated payments through the real import), then
times `campaign plan` on a file selecting those N cases (cases planned per second, every
stage checked for every case), `dunning results` (the JSON/table figures) and the chart.
SQLite in a temporary folder unless DATABASE_URL is set.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bot import results  # noqa: E402
from bot.bootstrap import bootstrap  # noqa: E402
from bot.campaign_file import Spec, plan  # noqa: E402
from bot.demo.simulate import STAGES, TAXES, simulate  # noqa: E402
from bot.slack.channel import ConsoleChannel  # noqa: E402
from core import schema  # noqa: E402
from core.db import make_engine  # noqa: E402
from core.settings import Settings  # noqa: E402


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
    tmp = tempfile.mkdtemp(prefix="dunning-results-")
    url = os.environ.get("DATABASE_URL") or f"sqlite:///{tmp}/results.sqlite"
    engine = make_engine(url)
    schema.upgrade(engine)
    engine.dispose()
    svc = bootstrap(Settings(database_url=url, price_per_part=3.3), staff=ConsoleChannel())
    name, as_of = "2026-10 住民税ほか", date(2026, 11, 21)

    t0 = time.perf_counter()
    simulate(svc, name, n=n)
    print(f"simulated {n:,} cases with their campaign history in {time.perf_counter() - t0:.1f} s")

    # The simulated campaign's file, planned again: its N cases are selected (they are its
    # members), the hold-out drawn, and every stage rendered and checked for every case.
    spec = Spec(name, None, 0.2, 20261007, {"tax_types": sorted(t for t, _ in TAXES)}, STAGES)
    t0 = time.perf_counter()
    planned = plan(svc, spec)
    took = time.perf_counter() - t0
    print(f"campaign plan: {len(planned.groups):,} cases selected and drawn, {len(STAGES)} stages checked "
          f"for each, in {took:.2f} s ({len(planned.groups) / took:,.0f} cases planned/s)")

    t0 = time.perf_counter()
    r = results.results(svc, name, as_of)
    took = time.perf_counter() - t0
    print(f"results on {r['groups']['sms']['cases'] + r['groups']['holdout']['cases']:,} cases: {took:.2f} s")
    t0 = time.perf_counter()
    results.chart(results.curves(svc, name, as_of), name, "ja", f"{tmp}/results.png")
    print(f"chart (curves and PNG): {time.perf_counter() - t0:.2f} s")
    u = r["uplift"]["paid_within_14"]
    print(f"uplift, paid within 14 days: {u['value']:+.3f} ({u['low']:+.3f} to {u['high']:+.3f})")
    svc.close()


if __name__ == "__main__":
    main()
