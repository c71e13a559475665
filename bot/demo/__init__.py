"""`dunning demo`: the whole loop on sample data, with no outside service.

A temporary SQLite database, the console SMS provider and the console "Slack"; residents'
replies go through the real webhook endpoint. The clock is simulated (it starts on
Wednesday 2 December 2026, 10:30 in Tokyo) so that the run is the same every time.
"""

from __future__ import annotations

import tempfile
import time
from collections.abc import Callable
from datetime import datetime, timedelta
from importlib import resources
from zoneinfo import ZoneInfo

from bot.bootstrap import Role, Services
from core import schema
from core.db import make_engine
from core.settings import Settings

TOKYO = ZoneInfo("Asia/Tokyo")
REPLIES = [
    ("2026-0001", "+819012345678", "来週の金曜日に払います"),
    ("2026-0002", "+818023456789", "分割で払うことはできますか？"),
    ("2026-0003", "+817034567890", "人違いです"),
    ("2026-0004", "+818045678901", "停止"),
    ("2026-0005", "+819056789012", "これ詐欺ですか？"),
    ("2026-0001", "+819012345678", "すみません、やっぱり25日になります"),
    ("-", "+819099990000", "誰ですか？"),
]


class Clock:
    def __init__(self, start: datetime):
        self.now = start

    def __call__(self) -> datetime:
        return self.now


def run_demo(echo: Callable[[str], None], chart: str = "dunning-demo-results.png") -> None:
    from bot.app import create_app
    from bot.campaign import plan, send_now
    from bot.casefile import import_cases

    started = time.perf_counter()
    clock = Clock(datetime(2026, 12, 2, 10, 30, tzinfo=TOKYO))
    with tempfile.TemporaryDirectory(prefix="dunning-demo-") as tmp:
        settings = Settings(database_url=f"sqlite:///{tmp}/demo.sqlite", sms_provider="console",
                            office_name="みどり区役所 納税課", office_phone="03-0000-0000",
                            log_level="WARNING")  # the demo's own lines tell the story
        engine = make_engine(settings.database_url or "")
        schema.upgrade(engine)  # as `dunning db upgrade` does
        engine.dispose()
        app = create_app({"SETTINGS": settings, "CLOCK": clock}, role=Role.BOTH)
        svc: Services = app.extensions["dunning"]
        web = app.test_client()

        def step(title: str) -> None:
            echo(f"\n=== {title}  [{clock.now.astimezone(TOKYO):%Y-%m-%d %a %H:%M} Tokyo]")

        step("1. import-cases (Japanese headers; 2 bad rows are rejected, 1 landline noted)")
        raw = resources.files("bot.demo").joinpath("cases.csv").read_text("utf-8").encode("cp932")
        report = import_cases(svc, raw, actor="demo")
        echo(f"loaded {len(report.added)}; not mobile: {report.not_mobile}")
        for line, why in report.rejected:
            echo(f"  line {line}: rejected: {why}")

        step("2. send-campaign 2026-12 (one SMS to each valid mobile)")
        campaign = plan(svc, "2026-12", dry_run=False)
        for cid, why in campaign.skipped:
            echo(f"  skip {cid}: {why}")
        send_now(svc, campaign)

        step("3. residents reply (webhooks in Twilio's format → /sms/inbound; the console provider takes them unsigned)")
        for i, (case_id, sender, body) in enumerate(REPLIES, 1):
            clock.now += timedelta(minutes=7)
            echo(f"  ← {case_id} {body}")
            resp = web.post("/sms/inbound", data={"MessageSid": f"SMDEMO{i:04d}", "From": sender,
                                                    "To": "+815000000000", "Body": body})
            assert resp.status_code == 200, resp.status_code
        step("4. the outboxes deliver: automatic SMS answers, then staff posts in Slack threads")
        svc.drain_sms()
        svc.deliver_posts()

        step("5. dunning reminders")
        _list_reminders(svc, echo)

        for when, title in [
            (datetime(2026, 12, 16, 10, 35, tzinfo=TOKYO),
             "6. 2026-0005 only asked if the SMS is genuine (reminders unchanged): 14 days on, reminder 2"),
            (datetime(2027, 1, 4, 10, 5, tzinfo=TOKYO),
             "7. 2026-0001 promised the 25th; +7 days is 1 January, in the year-end closure, "
             "so its reminder waits for Monday 4 January"),
        ]:
            clock.now = when
            step(title)
            for result in svc.outbound.sweep():
                echo(f"  {result.case_id}: {result.outcome}")
            svc.deliver_posts()
            _list_reminders(svc, echo)
        _results(svc, echo, chart)
        svc.close()
    echo(f"\ndemo finished in {time.perf_counter() - started:.2f} s")


def _results(svc: Services, echo: Callable[[str], None], chart: str) -> None:
    """A campaign's results, on a simulated history of 3,000 cases with a known effect."""
    from datetime import date

    from bot import results
    from bot.demo.simulate import simulate

    echo("\n=== 8. dunning results: an earlier campaign over 3,000 simulated cases, 20% held out "
         "(simulated effect of the SMS: 3.0% of cases pay each day instead of 1.8%)")
    truth = simulate(svc, n=3000)
    name, as_of = "2026-10 住民税ほか", date(2026, 11, 21)
    r = results.results(svc, name, as_of)
    echo(results.table(r, svc.settings.staff_language))
    echo("true uplift: " + ", ".join(f"{w} days {truth.uplift(w):+.1%}" for w in results.WINDOWS))
    results.chart(results.curves(svc, name, as_of), name, svc.settings.staff_language, chart)
    echo(f"chart written to {chart}")


def _list_reminders(svc: Services, echo: Callable[[str], None]) -> None:
    from sqlalchemy import select

    from core.models import Reminder, ReminderStatus

    with svc.db.uow() as uow:
        for r in uow.session.scalars(select(Reminder).where(
                Reminder.status == ReminderStatus.SCHEDULED).order_by(Reminder.run_at)):
            echo(f"  {r.case_id}  {r.run_at.astimezone(TOKYO):%Y-%m-%d %a %H:%M}  {r.reason}")
