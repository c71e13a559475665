"""What the scheduler spends per staff post: `python benchmarks/staff_posts.py [--posts N]`.

Stores N replies through the web app in this process (signed Twilio webhooks from 200
residents with a case, texts from the labelled replies), then runs the scheduler's Slack
delivery (`deliver_posts`, as `dunning scheduler` does) until the outbox is empty, against
the loopback Slack fake in a process of its own, so that only the scheduler's work is
counted. Prints CPU and wall time per post, and commits per post. PostgreSQL (DATABASE_URL,
else the test database), in a schema of its own.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from sqlalchemy import event

from benchmarks.webhook import office, own_schema, signed, texts

_SERVE_SLACK = ("import sys, time; sys.path.insert(0, sys.argv[1]); from tests.fakes.slack import FakeSlack\n"
                "with FakeSlack(members={'C123': ['U1']}) as s:\n    print(s.api_url, flush=True); time.sleep(3600)")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--posts", type=int, default=3000)
    args = ap.parse_args()
    with own_schema("bench_") as url:
        slack = subprocess.Popen([sys.executable, "-c", _SERVE_SLACK, str(ROOT)], stdout=subprocess.PIPE, text=True)
        try:
            api_url = slack.stdout.readline().strip()  # type: ignore[union-attr]
            run(url, api_url, args.posts)
        finally:
            slack.kill()


def run(url: str, api_url: str, n: int) -> None:
    tmp = Path(tempfile.mkdtemp())
    office(tmp, url, "http://127.0.0.1:9", api_url)  # no SMS goes out: the scheduler only posts here
    os.chdir(tmp)  # the settings come from .env here, as for `dunning`
    from bot.app import create_app, current_services
    from bot.bootstrap import Role
    from bot.slack.deliver import deliver_posts

    client = create_app().test_client()
    for body, signature in signed(n, texts()):
        answer = client.post("/sms/inbound", data=body, headers={
            "X-Twilio-Signature": signature, "Content-Type": "application/x-www-form-urlencoded"})
        assert answer.status_code == 200, answer.status_code
    with create_app(role=Role.SCHEDULER).app_context():
        svc = current_services()
        commits = 0

        def counted(_conn) -> None:
            nonlocal commits
            commits += 1

        event.listen(svc.db.engine, "commit", counted)
        cpu, wall, posted = time.process_time(), time.perf_counter(), 0
        while done := deliver_posts(svc):
            posted += done
        cpu, wall = time.process_time() - cpu, time.perf_counter() - wall
    print(f"{posted} staff posts for {n} replies: {cpu / posted * 1000:.3f} ms CPU per post, "
          f"{wall / posted * 1000:.3f} ms wall, {commits / posted:.2f} commits per post")


if __name__ == "__main__":
    main()
