"""The scheduler's memory with 100,000 scheduled reminders: `python benchmarks/scheduler_memory.py [N]`.

Writes N scheduled reminders (none due), then starts the scheduler as `dunning scheduler`
does and reports the process's resident memory before and after, and the time of one
due-reminder query and one sweep over them (the index on reminders (status, run_at)).
"""

from __future__ import annotations

import os
import resource
import sys
import tempfile
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from sqlalchemy import insert  # noqa: E402

from bot.bootstrap import bootstrap  # noqa: E402
from bot.slack.channel import ConsoleChannel  # noqa: E402
from core.models import Case, Phone, Reminder  # noqa: E402
from core import schema  # noqa: E402
from core.db import make_engine  # noqa: E402
from core.settings import Settings  # noqa: E402


def rss_mib() -> float:
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
    tmp = tempfile.mkdtemp(prefix="dunning-mem-")
    url = os.environ.get("DATABASE_URL") or f"sqlite:///{tmp}/mem.sqlite"
    schema.upgrade(make_engine(url))
    settings = Settings(database_url=url, sms_provider="console")
    svc = bootstrap(settings, staff=ConsoleChannel())
    now = datetime.now(timezone.utc)
    t0 = time.perf_counter()
    with svc.db.engine.begin() as conn:
        conn.execute(insert(Phone), [{"e164": f"+8190{i:08d}", "status": "active", "is_mobile": True,
                                      "updated_at": now} for i in range(n)])
        conn.execute(insert(Case), [{"id": f"M{i:06d}", "name": "-", "phone_e164": f"+8190{i:08d}",
                                     "tax_type": "住民税", "amount": 1, "due_date": now.date(), "status": "open",
                                     "created_at": now, "updated_at": now} for i in range(n)])
        conn.execute(insert(Reminder), [{"case_id": f"M{i:06d}", "run_at": now + timedelta(days=30, seconds=i),
                                         "reason": "bench", "status": "scheduled", "sequence": 1,
                                         "created_at": now, "updated_at": now} for i in range(n)])
    t1 = time.perf_counter()
    svc.close()
    del svc
    svc = bootstrap(settings, staff=ConsoleChannel())
    before = rss_mib()
    t2 = time.perf_counter()
    due = svc.outbound.due_cases()  # what the due-reminder job asks every 2 s
    t3 = time.perf_counter()
    svc.run_scheduler(sweep_seconds=3600)
    svc.sweep()  # one full pass: recover, then the due query
    t4 = time.perf_counter()
    time.sleep(3)
    after = rss_mib()
    svc.close()
    print(f"database: {url.split(':')[0]}; {n:,} scheduled reminders, none due (written in {t1 - t0:.1f} s)")
    print(f"process memory before the scheduler starts: {before:.0f} MiB; running: {after:.0f} MiB "
          f"(+{after - before:.0f} MiB)")
    print(f"the due-reminder query: {(t3 - t2) * 1000:.1f} ms ({len(due)} due); "
          f"scheduler start and one sweep: {t4 - t3:.2f} s")


if __name__ == "__main__":
    main()
