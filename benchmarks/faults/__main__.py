"""The fault suite (issue 14): `python -m benchmarks.faults [--only NAME]`.

Each trial runs `dunning serve` / `dunning scheduler` / the CLI as real processes against
the loopback fakes of Twilio and Slack (tests/fakes), injects one fault, and counts what
residents and staff got: lost (an SMS or Slack post that never arrived), duplicated (one
that arrived twice) and 5xx (our answers to webhooks with a content 5xx). Then it prints a
table. It takes about six minutes. DATABASE_URL picks the database: by default a SQLite
file per trial; a PostgreSQL URL gets a schema of its own per trial.

The fuzz trial sends 10,000 signed, garbled Twilio webhooks and Slack payloads (the
generator of tests/integration/test_fuzz.py) from 8 threads, with 100 well-formed replies
among them, and counts 5xx answers and good replies stored other than once.

The hostile-input trials (fields, infobip, big, concurrent, csv) repeat the cases of
tests/integration/test_hostile.py against the real processes (the case files through the
import, in process) and count the same way.

Time is compressed in the outage trial: a 10-minute outage with the default 5-minute cap
between tries becomes 60 s of 503s with a 30 s cap (PROVIDER_RETRY_MAX_SECONDS=30), the
same 10:1 ratio, so the retries meet the recovery as they would in production.
"""

from __future__ import annotations

import argparse
import os
import signal
import socket
import subprocess
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, timezone

import requests
from sqlalchemy import func, select

from core import schema
from core.db import make_engine
from core.models import Reminder, ReminderStatus, StaffPost
from tests.conftest import schema_of_its_own
from tests.e2e.harness import children, dunning, environment, free_port, healthy, start, stop, wait_for
from tests.fakes.slack import FakeSlack
from tests.fakes.twilio import ACCOUNT_SID, FROM, FakeTwilio, sign

PUBLIC = "https://dunning.example.jp"  # what the webhooks are signed for, as behind a proxy
DOWN = "SMS事業者に送信できません"
UP = "SMS事業者への送信が回復しました"


@dataclass
class Row:
    situation: str
    tried: int
    lost: int
    duplicated: int
    fivexx: int
    ok: bool
    note: str


class Service:
    """One trial's database, fakes, environment and working folder."""

    def __init__(self, tmp: str, url: str, slack: FakeSlack, twilio: FakeTwilio, **env: str):
        self.tmp, self.url, self.slack, self.twilio = tmp, url, slack, twilio
        self.env = environment(url, PUBLIC, slack, twilio, **env)
        self.fivexx = 0
        self.engine = make_engine(url)

    def run(self, *args: str) -> str:
        done = subprocess.run([*dunning(), *args], env=self.env, cwd=self.tmp, capture_output=True,
                              text=True, timeout=600)
        if done.returncode:
            raise RuntimeError(f"dunning {' '.join(args)}: {done.stderr.strip()[-500:]}")
        return done.stdout

    def cases(self, prefix: str, n: int, first_number: int = 0) -> None:
        """Import ``n`` cases; case ``i`` belongs to resident ``number(first_number + i)``."""
        rows = [f"{prefix}{i:04d},住民 {i},0{self.number(first_number + i)[3:]},住民税,1000,2026-10-31"
                for i in range(n)]
        path = os.path.join(self.tmp, f"{prefix}.csv")
        with open(path, "w", encoding="utf-8") as f:
            f.write("case_id,name,phone,tax_type,amount,due_date\n" + "\n".join(rows) + "\n")
        self.run("import-cases", path)

    @staticmethod
    def number(i: int) -> str:
        return f"+8190{5000 + i // 10000:04d}{i % 10000:04d}"

    def serve(self, port: int, *args: str, name: str = "serve") -> subprocess.Popen:
        return start([name, *(["--port", str(port)] if name == "serve" else []), *args], self.env,
                     self.tmp, os.path.join(self.tmp, f"{name}-{port}-{time.monotonic_ns()}.log"))

    def sms(self, port: int, sid: str, sender: str, body: str) -> int:
        form = {"MessageSid": sid, "AccountSid": ACCOUNT_SID, "From": sender, "To": FROM, "Body": body}
        status = requests.post(f"http://127.0.0.1:{port}/sms/inbound", data=form, timeout=30,
                               headers={"X-Twilio-Signature": sign(PUBLIC + "/sms/inbound", form)}).status_code
        self.fivexx += status >= 500
        return status

    def scalar(self, query) -> int:
        with self.engine.connect() as conn:
            return conn.execute(query).scalar() or 0

    def unposted(self) -> int:
        return self.scalar(select(func.count()).select_from(StaffPost).where(StaffPost.posted.is_(False)))

    def slack_counts(self) -> tuple[int, int]:
        """(staff posts never posted, posts posted more than once), by the post id in metadata."""
        ids = Counter(p["metadata"]["event_payload"]["post_id"] for p in self.slack.posts() if p.get("metadata"))
        with self.engine.connect() as conn:
            ours = set(conn.execute(select(StaffPost.id).where(StaffPost.kind != "refresh")).scalars())
        return len(ours - set(ids)), sum(c - 1 for c in ids.values())

    def sms_counts(self, numbers: list[str]) -> tuple[int, int]:
        """(residents with no SMS, SMS beyond one per resident)."""
        per = Counter(m["to"] for m in self.twilio.messages)
        return sum(per[n] == 0 for n in numbers), sum(max(0, per[n] - 1) for n in numbers)


@contextmanager
def service(**env: str) -> Iterator[Service]:
    tmp = tempfile.mkdtemp(prefix="dunning-faults-")
    with database(tmp) as url, FakeSlack() as slack, FakeTwilio() as twilio:
        schema.upgrade(make_engine(url))
        svc = Service(tmp, url, slack, twilio, **env)
        try:
            yield svc
        finally:
            svc.engine.dispose()


@contextmanager
def database(tmp: str) -> Iterator[str]:
    base = os.environ.get("DATABASE_URL", "")
    if not base.startswith("postgresql"):
        yield f"sqlite:///{tmp}/faults.sqlite"
        return
    with schema_of_its_own(base, "faults_") as url:
        yield url


def up(port: int) -> bool:
    """The web process answers (503 too: a web-only process has no scheduler heartbeat)."""
    try:
        return requests.get(f"http://127.0.0.1:{port}/healthz", timeout=1).status_code in (200, 503)
    except requests.ConnectionError:
        return False


# --- trials -------------------------------------------------------------------------------

def provider_outage(n: int = 200, outage_s: float = 60, cap_s: int = 30) -> Row:
    with service(SEND_RATE="50", PROVIDER_RETRY_MAX_SECONDS=str(cap_s)) as svc:
        svc.cases("P", n)
        port = free_port()
        proc = svc.serve(port)
        try:
            wait_for(lambda: healthy(f"http://127.0.0.1:{port}"), 30, "dunning serve")
            svc.twilio.down_until = time.monotonic() + outage_s
            started = time.monotonic()
            summary = [line for line in svc.run("send-campaign", "outage").splitlines()
                       if line.startswith("campaign outage:")][0]
            numbers = [svc.number(i) for i in range(n)]
            wait_for(lambda: svc.sms_counts(numbers)[0] == 0, outage_s + 4 * cap_s + 120, "every resident's SMS")
            took = time.monotonic() - started
            time.sleep(5)  # anything sent now would be a second SMS
            wait_for(lambda: svc.unposted() == 0, 30, "staff posts")
        finally:
            stop(proc)
        lost, dup = svc.sms_counts(numbers)
        texts = [p.get("text", "") for p in svc.slack.posts()]
        down, back = sum(DOWN in t for t in texts), sum(UP in t for t in texts)
        undelivered = sum("届いていません" in t for t in texts)
        ok = lost == dup == 0 and down == back == 1 and undelivered == 0 and "0 sent" in summary
        return Row(f"provider outage {outage_s:.0f} s (10 min at 10:1) in a {n}-case campaign", n, lost, dup,
                   svc.fivexx, ok, f"send-campaign: '{summary.split(': ', 1)[1]}'; {svc.twilio.refused} "
                   f"refusals; all sent {took:.0f} s after the start; staff alerts: {down} down, "
                   f"{back} recovered, {undelivered} undelivered")


def kill_mid_slack_post(runs: int = 6) -> Row:
    with service() as svc:
        svc.cases("S", runs)
        svc.run("send-campaign", "kill")
        for i in range(runs):
            port = free_port()
            proc = svc.serve(port)
            wait_for(lambda: healthy(f"http://127.0.0.1:{port}"), 30, "dunning serve")
            before = len(svc.slack.posts())
            svc.slack.answer_late, svc.slack.late_seconds = 1, 3.0  # Slack takes it, answers later
            svc.sms(port, f"SMkill{i}", svc.number(i), "来週払います")
            wait_for(lambda: len(svc.slack.posts()) > before, 20, "Slack to take the post")
            # Before its answer reaches us: serve and the scheduler it started, which is the
            # process that posts (as if the machine lost power; kill -9 of serve alone
            # would leave the scheduler to finish the post and stop cleanly).
            for pid in [*children(proc.pid), proc.pid]:
                os.kill(pid, signal.SIGKILL)
            proc.wait(10)
        port = free_port()
        proc = svc.serve(port)  # the restart settles the last one
        try:
            wait_for(lambda: svc.unposted() == 0, 60, "every staff post")
            time.sleep(3)
        finally:
            stop(proc)
        lost, dup = svc.slack_counts()
        return Row(f"kill -9 between Slack taking a post and our commit (x{runs})", runs, lost, dup,
                   svc.fivexx, lost == dup == svc.fivexx == 0,
                   f"{len(svc.slack.posts())} Slack posts for {runs} replies")


def slack_answers_late(n: int = 5) -> Row:
    with service() as svc:
        svc.cases("L", n)
        svc.run("send-campaign", "late")
        port = free_port()
        proc = svc.serve(port)
        try:
            wait_for(lambda: healthy(f"http://127.0.0.1:{port}"), 30, "dunning serve")
            svc.slack.answer_late, svc.slack.late_seconds = 2, 12.0  # past the client's 10 s timeout
            for i in range(n):
                svc.sms(port, f"SMlate{i}", svc.number(i), "分割できますか")
            wait_for(lambda: svc.unposted() == 0, 120, "every staff post")
            time.sleep(3)
        finally:
            stop(proc)
        lost, dup = svc.slack_counts()
        return Row(f"Slack takes a post, answers after the timeout (2 of {n})", n, lost, dup, svc.fivexx,
                   lost == dup == svc.fivexx == 0, f"{len(svc.slack.posts())} Slack posts for {n} replies")


def same_day_second_reminder(n: int = 10) -> Row:
    with service(PROMISE_DEFAULT_DAYS="0") as svc:
        svc.cases("D", n)
        svc.run("send-campaign", "sameday")  # everyone's first reminder, today
        port = free_port()
        web = svc.serve(port, "--no-scheduler")
        try:
            wait_for(lambda: up(port), 30, "the web process")
            for i in range(n):  # a promise without a date: the next reminder is due at once
                svc.sms(port, f"SMday{i}", svc.number(i), "払います")
        finally:
            stop(web)
        # Cases whose reminder is due and whose job was lost: only the sweep sends them.
        svc.cases("E", n, first_number=1000)
        with svc.engine.begin() as conn:
            now = datetime.now(timezone.utc)
            for i in range(n):
                conn.execute(Reminder.__table__.insert().values(
                    case_id=f"E{i:04d}", run_at=now, reason="due, job lost", sequence=1,
                    status=ReminderStatus.SCHEDULED, created_at=now, updated_at=now))
        sched = svc.serve(0, name="scheduler")
        try:
            swept = [svc.number(1000 + i) for i in range(n)]
            wait_for(lambda: svc.sms_counts(swept)[0] == 0, 60, "the sweep to send the other cases")
            time.sleep(3)
        finally:
            stop(sched)
        promised = [svc.number(i) for i in range(n)]
        lost, dup = svc.sms_counts(swept)
        _, dup_promised = svc.sms_counts(promised)
        moved = svc.scalar(select(func.count()).select_from(Reminder).where(
            Reminder.status == ReminderStatus.SCHEDULED, Reminder.case_id.like("D%"), Reminder.run_at > now))
        return Row("second reminder due the same day, and other due cases in the sweep", 2 * n, lost,
                   dup + dup_promised, svc.fivexx, lost == dup == dup_promised == svc.fivexx == 0 and moved == n,
                   f"{moved} of {n} second reminders moved to the next day; {n - lost} of {n} other due cases sent")


def slow_connections(n: int = 200) -> Row:
    with service() as svc:
        port = free_port()
        proc = svc.serve(port)
        held: list[socket.socket] = []
        try:
            wait_for(lambda: healthy(f"http://127.0.0.1:{port}"), 30, "dunning serve")
            for i in range(n):
                s = socket.create_connection(("127.0.0.1", port), timeout=5)
                if i % 2:
                    s.sendall(b"POST /sms/inbound HTTP/1.1\r\nHost: x\r\nContent-Length: 100\r\n\r\nMessageSid=")
                held.append(s)
            started = time.monotonic()
            ok = requests.get(f"http://127.0.0.1:{port}/healthz", timeout=5).status_code == 200
            took = time.monotonic() - started
        finally:
            for s in held:
                s.close()
            stop(proc)
        return Row(f"{n} slow connections, then /healthz", n, 0, 0, 0, ok and took < 2,
                   f"/healthz {'200' if ok else 'failed'} in {took:.2f} s")


def fuzzed(n: int = 10_000, well_formed: int = 100) -> Row:
    """``n`` signed, garbled Twilio webhooks and Slack payloads (half each) to `dunning serve`,
    with ``well_formed`` good replies among them: no 5xx, each good reply stored once."""
    import json
    import random
    from concurrent.futures import ThreadPoolExecutor
    from urllib.parse import urlencode

    from slack_sdk.signature import SignatureVerifier

    from core.models import Message
    from tests.e2e.harness import SIGNING_SECRET
    from tests.integration.test_fuzz import _text, garble

    rng = random.Random(10_000)
    with service() as svc:
        svc.cases("F", 50)
        port = free_port()
        proc = svc.serve(port)
        base = f"http://127.0.0.1:{port}"
        good_every = max(1, n // well_formed)
        sms = {"MessageSid": "SM", "AccountSid": ACCOUNT_SID, "From": svc.number(0), "To": FROM, "Body": "明日払います"}
        slack = {"type": "block_actions", "user": {"id": "U123"}, "team": {"id": "T1"}, "trigger_id": "1.2.3",
                 "channel": {"id": "C123"}, "actions": [{"type": "button", "action_id": "assign_to_me",
                                                         "value": "F0001|1", "block_id": "case:F0001|1"}]}

        def one(i: int) -> int:
            if i % good_every == 0:  # a well-formed reply, from a resident with a case
                return svc.sms(port, f"SMgood{i:06d}", svc.number(i % 50), "来週払います")
            if i % 2:
                form = {k: _text(v) for k, v in garble(rng, {**sms, "MessageSid": f"SMfz{i:06d}"}).items()}
                headers = {"X-Twilio-Signature": sign(PUBLIC + "/sms/inbound", form)}
                return requests.post(base + "/sms/inbound", data=form, headers=headers, timeout=60).status_code
            body = urlencode({"payload": json.dumps(garble(rng, slack)).encode("utf-8", "surrogatepass")})
            ts = str(int(time.time()))
            headers = {"X-Slack-Request-Timestamp": ts, "Content-Type": "application/x-www-form-urlencoded",
                       "X-Slack-Signature": SignatureVerifier(SIGNING_SECRET).generate_signature(timestamp=ts, body=body)}
            return requests.post(base + "/slack/events", data=body, headers=headers, timeout=60).status_code

        try:
            wait_for(lambda: up(port), 30, "dunning serve")
            started = time.monotonic()
            with ThreadPoolExecutor(8) as pool:
                statuses = list(pool.map(one, range(n)))
            took = time.monotonic() - started
        finally:
            stop(proc)
        goods = [f"SMgood{i:06d}" for i in range(0, n, good_every)]
        with svc.engine.connect() as conn:  # closed: on PostgreSQL an open one blocks the schema's drop
            stored = Counter(conn.execute(
                select(Message.provider_sid).where(Message.provider_sid.in_(goods))).scalars())
        lost = sum(stored[g] == 0 for g in goods)
        duplicated = sum(max(0, stored[g] - 1) for g in goods)
        fivexx = sum(s >= 500 for s in statuses)
        by_status = Counter(statuses)
        return Row(f"{n:,} signed, garbled webhooks and Slack payloads ({len(goods)} good replies among them)",
                   n, lost, duplicated, fivexx, lost == duplicated == fivexx == 0,
                   f"{took:.0f} s; answers {dict(sorted(by_status.items()))}")


def _inbound_count(svc: Service) -> Counter[str]:
    """Stored inbound messages by provider id."""
    from core.models import Message

    with svc.engine.connect() as conn:
        return Counter(conn.execute(select(Message.provider_sid).where(Message.direction == "in")).scalars())


def twilio_fields(n: int = 20) -> Row:
    """Twilio webhooks whose fields do not fit the columns (a NUL in the body, a 65-character
    MessageSid, a 40-character ErrorCode), each ``n`` times: no 5xx, each reply stored once."""
    with service() as svc:
        svc.cases("T", n)
        port = free_port()
        proc = svc.serve(port)
        try:
            wait_for(lambda: healthy(f"http://127.0.0.1:{port}"), 30, "dunning serve")
            svc.run("send-campaign", "fields")
            sids = [m["sid"] for m in svc.twilio.messages]
            long_ids = [f"SM{i:02d}" + "x" * 63 for i in range(n)]
            for i in range(n):
                svc.sms(port, f"SMnul{i:04d}", svc.number(i), "明日\x00払います")
                for _ in range(2):  # the over-long id twice: still one reply
                    svc.sms(port, long_ids[i], svc.number(i), "来週払います")
                form = {"MessageSid": sids[i % len(sids)], "MessageStatus": "undelivered", "ErrorCode": "3" * 40,
                        "AccountSid": ACCOUNT_SID}
                status = requests.post(f"http://127.0.0.1:{port}/sms/status", data=form, timeout=30, headers={
                    "X-Twilio-Signature": sign(PUBLIC + "/sms/status", form)}).status_code
                svc.fivexx += status >= 500
        finally:
            stop(proc)
        stored = _inbound_count(svc)
        expected = 2 * n  # one NUL reply and one over-long id per resident
        lost = max(0, expected - len(stored))
        dup = sum(c - 1 for c in stored.values())
        return Row(f"Twilio fields too long or with NUL ({svc.url.split(':')[0]})", 3 * n, lost, dup, svc.fivexx,
                   lost == dup == svc.fivexx == 0, f"{len(stored)} replies stored for {expected} sent")


def infobip_items(n: int = 10) -> Row:
    """An Infobip batch with ``n`` good items among bad ones (a lone surrogate, an offset-less
    or year-9999 time, NUL, a 70-character id, a list for a string): no 5xx, every good item
    stored once, and the staff posts (the 9999 one included) all go out."""
    import json

    from tests.fakes.infobip import API_KEY, HOOK_PASSWORD, HOOK_USER, SENDER, basic

    env = {"SMS_PROVIDER": "infobip", "INFOBIP_API_KEY": API_KEY, "INFOBIP_SENDER": SENDER,
           "INFOBIP_WEBHOOK_USER": HOOK_USER, "INFOBIP_WEBHOOK_PASSWORD": HOOK_PASSWORD}
    with service(**env) as svc:
        svc.env["INFOBIP_BASE_URL"] = svc.twilio.url  # sends are not part of this trial
        port = free_port()
        proc = svc.serve(port)

        def item(mid: object, sender: object, text: object, at: object = "2026-12-02T10:00:00.000+0900") -> dict:
            return {"messageId": mid, "from": sender, "to": "815000000000", "text": text, "receivedAt": at,
                    "smsCount": 1}

        good = [item(f"IBgood{i:03d}", f"8190777{i:05d}", "来週払います") for i in range(n)]
        bad = [item("IBsur", "819077700001", "\ud800払います"), item("IBnaive", "819077700002", "払います",
               "2026-12-02T10:00:00"), item("IB9999", "819077700003", "払います", "9999-12-31T23:59:59.000+0000"),
               item("IBnul", "819077700004", "明日\u0000払う"), item("IB" + "9" * 70, "819077700005", "払います"),
               item(["IBlist"], "819077700006", "払います"), item("IBtext", "819077700007", {"a": [1]})]
        batch = [x for pair in zip(good, bad + [None] * n) for x in pair if x is not None]
        body = json.dumps({"results": batch, "messageCount": len(batch), "pendingMessageCount": 0})
        try:
            wait_for(lambda: up(port), 30, "dunning serve")
            for _ in range(2):  # the provider retries: the same batch twice
                status = requests.post(f"http://127.0.0.1:{port}/sms/inbound", data=body.encode(), timeout=30,
                                       headers={"Authorization": basic(), "Content-Type": "application/json"}
                                       ).status_code
                svc.fivexx += status >= 500
            wait_for(lambda: svc.unposted() == 0, 60, "every staff post, the year-9999 one included")
        finally:
            stop(proc)
        stored = _inbound_count(svc)
        lost = sum(stored[g["messageId"]] == 0 for g in good)
        dup = sum(c - 1 for c in stored.values())
        return Row("an Infobip batch of good and bad items (sent twice)", len(batch) * 2, lost, dup, svc.fivexx,
                   lost == dup == svc.fivexx == 0, f"{len(stored)} items stored of {len(batch)}; "
                   f"{len(svc.slack.posts())} staff posts, none left waiting")


def big_body(mib: int = 200) -> Row:
    """A ``mib`` MiB unauthenticated POST: refused (413), the process grows by under 50 MiB."""
    with service() as svc:
        port = free_port()
        proc = svc.serve(port)
        try:
            wait_for(lambda: healthy(f"http://127.0.0.1:{port}"), 30, "dunning serve")
            before = _rss_mib(proc.pid)
            chunk = b"A" * (1 << 20)

            def body() -> Iterator[bytes]:
                for _ in range(mib):
                    yield chunk

            try:
                status = requests.post(f"http://127.0.0.1:{port}/sms/inbound", data=body(), timeout=60, headers={
                    "Content-Length": str(mib << 20), "Content-Type": "application/x-www-form-urlencoded"}).status_code
            except requests.ConnectionError:
                status = 413  # refused and closed before the body was all sent
            time.sleep(1)
            grown = _rss_mib(proc.pid) - before
            healthy_after = healthy(f"http://127.0.0.1:{port}")
        finally:
            stop(proc)
        return Row(f"a {mib} MB request", 1, 0, 0, int(status >= 500), status == 413 and grown < 50 and healthy_after,
                   f"answer {status}; the process grew {grown:.0f} MiB")


def _rss_mib(pid: int) -> float:
    for line in open(f"/proc/{pid}/status"):
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def concurrent(n_opt_outs: int = 20, n_same: int = 30) -> Row:
    """``n_opt_outs`` opt-outs at once from one number with no case, and one MessageSid
    ``n_same`` times at once: no 5xx, each stored once, no number in the log."""
    from concurrent.futures import ThreadPoolExecutor

    with service() as svc:
        svc.cases("C", 1)
        port = free_port()
        proc = svc.serve(port)
        stranger = "+819088887777"
        try:
            wait_for(lambda: healthy(f"http://127.0.0.1:{port}"), 30, "dunning serve")
            with ThreadPoolExecutor(16) as pool:
                list(pool.map(lambda i: svc.sms(port, f"SMstop{i:03d}", stranger, "停止"), range(n_opt_outs)))
                list(pool.map(lambda i: svc.sms(port, "SMsame", svc.number(0), "分割できますか"), range(n_same)))
        finally:
            stop(proc)
        stored = _inbound_count(svc)
        dup = sum(c - 1 for c in stored.values())
        lost = n_opt_outs + 1 - len(stored)
        logs = "".join(open(os.path.join(svc.tmp, f)).read() for f in os.listdir(svc.tmp) if f.endswith(".log"))
        leaked = stranger[3:] in logs or svc.number(0)[3:] in logs
        return Row(f"{n_opt_outs} opt-outs at once from one unknown number; one SID {n_same} times at once",
                   n_opt_outs + n_same, lost, dup, svc.fivexx, lost == dup == svc.fivexx == 0 and not leaked,
                   f"{len(stored)} stored; a number in the log: {'YES' if leaked else 'no'}")


def hostile_csv(files: int = 300) -> Row:
    """``files`` hostile case files (huge fields, 2⁶³ amounts, values too long, NUL, odd
    encodings) through the import, with one good row in each: no traceback, every good row
    loaded once, the bad rows rejected with their line."""
    import random

    from bot.bootstrap import bootstrap
    from bot.casefile import FileError, import_cases
    from core.settings import Settings

    rng = random.Random(11)
    odd = ["x" * 140_000, str(2 ** 63), "9" * 30, "a" * 70, "\x00", "令和99年1月1日", "R8.13.40", "¥-5",
           "\ud800", "", "=cmd|' /C calc'!A0", "0" * 21, "+81 90 0000 0000 0000"]
    tried = crashed = lost = dup = 0
    with service() as svc:
        settings = Settings(database_url=svc.url, sms_provider="console")
        services = bootstrap(settings)
        try:
            for f in range(files):
                rows = ["case_id,name,phone,tax_type,amount,due_date",
                        f"G{f:04d},住民,0{svc.number(f)[3:]},住民税,1000,2026-10-31"]
                for _ in range(rng.randrange(1, 6)):
                    cells = [f"B{f:04d}{rng.randrange(99)}", "住民", "090-1234-5678", "住民税", "1000", "2026-10-31"]
                    cells[rng.randrange(6)] = rng.choice(odd)
                    rows.append(",".join(cells))
                text = "\n".join(rows) + "\n"
                raw = text.encode("utf-8", "surrogatepass") if rng.random() < 0.5 else \
                    text.encode("cp932", "replace")
                tried += 1
                try:
                    report = import_cases(services, raw)
                except FileError:
                    lost += 1  # a good row that could not load
                    continue
                except Exception:
                    crashed += 1
                    continue
                lost += f"G{f:04d}" not in report.added
        finally:
            services.close()
        with svc.engine.connect() as conn:
            from core.models import Case

            ids = Counter(conn.execute(select(Case.id).where(Case.id.like("G%"))).scalars())
        dup = sum(c - 1 for c in ids.values())
        return Row(f"{files} hostile case files, one good row in each", tried, lost, dup, crashed,
                   lost == dup == crashed == 0, f"{len(ids)} good rows loaded; {crashed} tracebacks")


TRIALS: dict[str, Callable[[], Row]] = {
    "outage": provider_outage, "kill": kill_mid_slack_post, "late": slack_answers_late,
    "sameday": same_day_second_reminder, "slow": slow_connections, "fuzz": fuzzed,
    "fields": twilio_fields, "infobip": infobip_items, "big": big_body, "concurrent": concurrent,
    "csv": hostile_csv,
}


def table(rows: list[Row]) -> str:
    head = ("situation", "tried", "lost", "duplicated", "5xx", "ok", "notes")
    cells = [head, *[(r.situation, str(r.tried), str(r.lost), str(r.duplicated), str(r.fivexx),
                      "yes" if r.ok else "NO", r.note) for r in rows]]
    widths = [max(len(c[i]) for c in cells) for i in range(len(head) - 1)]
    lines = []
    for c in cells:
        lines.append("| " + " | ".join(c[i].ljust(widths[i]) for i in range(len(widths))) + f" | {c[-1]} |")
    lines.insert(1, "|" + "|".join("-" * (w + 2) for w in widths) + "|---|")
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", choices=sorted(TRIALS), action="append")
    args = parser.parse_args()
    rows = []
    for name in args.only or list(TRIALS):
        started = time.monotonic()
        print(f"trial {name} ...", file=sys.stderr, flush=True)
        rows.append(TRIALS[name]())
        print(f"trial {name}: {time.monotonic() - started:.0f} s", file=sys.stderr, flush=True)
    print(table(rows))
    sys.exit(0 if all(r.ok for r in rows) else 1)


if __name__ == "__main__":
    main()
