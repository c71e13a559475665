"""A 10,000-case campaign against a loopback provider: `python benchmarks/campaign.py [N]`.

Prints the time to import, to plan (schedule) and to send the campaign, through the real
Twilio adapter (requests, one Session) to the loopback fake of Twilio's REST API, with the
send rate set high so that our side is what is measured. DATABASE_URL picks the database
(default: a temporary SQLite file).
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bot.bootstrap import bootstrap  # noqa: E402
from bot.campaign import plan, send_now  # noqa: E402
from bot.casefile import import_cases  # noqa: E402
from bot.slack.channel import ConsoleChannel  # noqa: E402
from core import schema  # noqa: E402
from core.db import make_engine  # noqa: E402
from core.settings import Settings  # noqa: E402
from tests.fakes.twilio import ACCOUNT_SID, AUTH_TOKEN, FROM, FakeTwilio  # noqa: E402


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 10_000
    rows = [f"B{i:05d},住民 {i},090-{6000 + i // 10000:04d}-{i % 10000:04d},住民税,1000,2026-10-31" for i in range(n)]
    csv = ("case_id,name,phone,tax_type,amount,due_date\n" + "\n".join(rows) + "\n").encode()
    tmp = tempfile.mkdtemp(prefix="dunning-bench-")
    url = os.environ.get("DATABASE_URL") or f"sqlite:///{tmp}/bench.sqlite"
    schema.upgrade(make_engine(url))
    clock_at = datetime(2026, 12, 2, 10, 30, tzinfo=ZoneInfo("Asia/Tokyo"))
    with FakeTwilio() as twilio:
        settings = Settings(database_url=url, sms_provider="twilio", twilio_account_sid=ACCOUNT_SID,
                            twilio_auth_token=AUTH_TOKEN, twilio_from=FROM, twilio_api_base=twilio.url,
                            public_base_url="https://dunning.example.jp", send_rate=100_000.0)
        svc = bootstrap(settings, staff=ConsoleChannel(), clock=lambda: clock_at)
        t0 = time.perf_counter()
        report = import_cases(svc, csv)
        t1 = time.perf_counter()
        campaign = plan(svc, "bench", dry_run=False)
        t2 = time.perf_counter()
        send_now(svc, campaign)
        t3 = time.perf_counter()
        sent = sum(r.outcome == "sent" for r in campaign.results)
        svc.close()
    print(f"database: {url.split(':')[0]}; cases: {len(report.added)}")
    print(f"import:   {t1 - t0:6.2f} s  ({n / (t1 - t0):,.0f} rows/s)")
    print(f"schedule: {t2 - t1:6.2f} s  ({n / (t2 - t1):,.0f} reminders/s, rows and jobs written)")
    print(f"send:     {t3 - t2:6.2f} s  ({sent / (t3 - t2):,.0f} SMS/s; {sent} sent, "
          f"{len(twilio.messages)} received by the provider)")


if __name__ == "__main__":
    main()
