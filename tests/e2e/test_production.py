"""The README's production recipe, as written: a fresh PostgreSQL database, `dunning db
upgrade`, `gunicorn -w 2 --threads 4 'bot.app:create_app()'` started in a folder whose `.env` holds the
settings (nothing exported), and one `dunning scheduler`."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import time

import pytest
import requests

from tests.conftest import CASES_CSV
from tests.e2e.harness import SIGNING_SECRET, dunning, free_port, stop, wait_for
from tests.fakes.slack import TOKEN, FakeSlack
from tests.fakes.twilio import ACCOUNT_SID, AUTH_TOKEN, FROM, FakeTwilio, sign

pytestmark = pytest.mark.e2e
SATO, LATE = "+818023456789", "+819011112222"
REPLY = "すみません、払います"
# gunicorn's own lines ("[2026-12-02 10:00:00 +0900] [123] [INFO] Booting worker") keep its format.
GUNICORN_LINE = re.compile(r"^\[\d{4}-\d\d-\d\d [\d:]+ [+-]\d{4}\] \[\d+\] \[[A-Z]+\] ")
SETTING_PREFIXES = ("DATABASE_", "SMS_", "SLACK_", "TWILIO_", "INFOBIP_", "PUBLIC_", "LOG_", "OFFICE_",
                    "SEND_", "BUSINESS_", "PROMISE_", "REMINDER_")


def gunicorn() -> str:
    exe = shutil.which("gunicorn", path=os.path.dirname(sys.executable))
    assert exe, "gunicorn is in the test extra: pip install -e '.[test]'"
    return exe


def bare_environment() -> dict[str, str]:
    """The machine's environment with no setting of ours exported: only `.env` holds them."""
    return {k: v for k, v in os.environ.items() if not k.startswith(SETTING_PREFIXES)}


def write_env(folder, url: str, public: str, slack: FakeSlack, twilio: FakeTwilio, **extra: str) -> None:
    settings = {
        "DATABASE_URL": url, "SMS_PROVIDER": "twilio", "TWILIO_ACCOUNT_SID": ACCOUNT_SID,
        "TWILIO_AUTH_TOKEN": AUTH_TOKEN, "TWILIO_FROM": FROM, "TWILIO_API_BASE": twilio.url,
        "PUBLIC_BASE_URL": public, "SLACK_BOT_TOKEN": TOKEN, "SLACK_SIGNING_SECRET": SIGNING_SECRET,
        "SLACK_CHANNEL": "C123", "SLACK_API_URL": slack.api_url, "OFFICE_NAME": "テスト区役所",
        "OFFICE_PHONE": "03-0000-0000", "LOG_FORMAT": "json", "PROMISE_DEFAULT_DAYS": "0",
        # Every day and hour a send slot: the calendar is tested with a controlled clock.
        "BUSINESS_CALENDAR": "all-days", "SEND_WINDOW": "00:00-24:00", **extra}
    (folder / ".env").write_text("".join(f"{k}={v}\n" for k, v in settings.items() if v is not None), "utf-8")


def run(folder, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([*dunning(), *args], env=bare_environment(), cwd=folder, capture_output=True,
                          text=True, timeout=60)


def start(folder, args: list[str], log: str) -> subprocess.Popen:
    return subprocess.Popen(args, env=bare_environment(), cwd=folder, stdout=open(folder / log, "w"),
                            stderr=subprocess.STDOUT)


def web(folder, port: int) -> subprocess.Popen:
    return start(folder, [gunicorn(), "-w", "2", "--threads", "4", "-b", f"127.0.0.1:{port}", "bot.app:create_app()"], "web.log")


def reply(base: str, public: str, sid: str, sender: str, body: str) -> requests.Response:
    form = {"MessageSid": sid, "AccountSid": ACCOUNT_SID, "From": sender, "To": FROM, "Body": body}
    return requests.post(base + "/sms/inbound", data=form, timeout=10,
                         headers={"X-Twilio-Signature": sign(public + "/sms/inbound", form)})


def scrape(base: str) -> str:
    resp = requests.get(base + "/metrics", timeout=5)
    assert resp.status_code == 200
    return resp.text


@pytest.fixture
def fakes():
    with FakeSlack(members={"C123": ["U123"]}) as slack, FakeTwilio() as twilio:
        yield slack, twilio


def test_the_production_recipe(postgres_url, tmp_path, fakes):
    slack, twilio = fakes
    port = free_port()
    base, public = f"http://127.0.0.1:{port}", "https://dunning.example.jp"
    write_env(tmp_path, postgres_url, public, slack, twilio)
    upgraded = run(tmp_path, "db", "upgrade")
    assert upgraded.returncode == 0 and "upgraded from empty to" in upgraded.stdout, upgraded.stderr
    procs = [web(tmp_path, port), start(tmp_path, [*dunning(), "scheduler"], "scheduler.log")]
    try:
        wait_for(lambda: _status(base) == 200, 30, "gunicorn's workers and the scheduler's heartbeat")
        (tmp_path / "cases.csv").write_bytes(CASES_CSV.encode("cp932"))
        assert run(tmp_path, "import-cases", "cases.csv").returncode == 0
        campaign = run(tmp_path, "send-campaign", "2026-12")
        assert "4 sent" in campaign.stdout, campaign.stdout + campaign.stderr
        assert len(twilio.sent_to(SATO)) == 1
        before = scrape(base)
        assert 'dunning_replies_total{label="payment_promise"}' not in before

        # A signed reply: stored, read, posted to Slack. A promise with no date and
        # PROMISE_DEFAULT_DAYS=0 makes its reminder due at once; SATO had one today, so (one a
        # day) it moves to the next slot, while LATE's, never reminded, goes out from the
        # scheduler process at once.
        (tmp_path / "late.csv").write_text(f"case_id,name,phone,tax_type,amount,due_date\n"
                                           f"C100,遅 太郎,{LATE},住民税,1000,2026-10-31\n", "utf-8")
        assert run(tmp_path, "import-cases", "late.csv").returncode == 0
        for sid, sender in (("SMprod1", SATO), ("SMprod2", LATE)):
            assert reply(base, public, sid, sender, REPLY).status_code == 200
        wait_for(lambda: len([p for p in slack.posts() if "支払約束" in p["text"]]) == 2, 20, "the Slack posts")
        wait_for(lambda: len(twilio.sent_to(LATE)) == 1, 20, "the reminder, sent by the scheduler")
        assert len(twilio.sent_to(SATO)) == 1
        moved = json.loads(run(tmp_path, "reminders", "--json", "--case", "C002").stdout)
        assert len(moved) == 1 and moved[0]["reason"].startswith("payment promise")
        unsigned = requests.post(base + "/sms/inbound", timeout=10, data={
            "MessageSid": "SMprod3", "From": SATO, "To": FROM, "Body": "停止"})
        assert unsigned.status_code == 403
        assert 'dunning_replies_total{label="payment_promise"} 2.0' in scrape(base)
        assert 'dunning_replies_total{label="opt_out"}' not in scrape(base)

        # The web workers kick the scheduler process through PostgreSQL (NOTIFY): a reply
        # reaches Slack at once, not at the scheduler's next 2-second tick.
        for n in range(3):
            before = len(slack.posts())
            sent = time.time()
            assert reply(base, public, f"SMprod-fast{n}", SATO, "ありがとうございます").status_code == 200
            wait_for(lambda before=before: len(slack.posts()) > before, 20, "the post")
            assert float(slack.posts()[before]["ts"]) - sent < 1.0
    finally:
        for proc in procs:
            stop(proc)
    for log in ("web.log", "scheduler.log"):
        lines = [line for line in (tmp_path / log).read_text().splitlines()
                 if line.strip() and not GUNICORN_LINE.match(line)]
        records = [json.loads(line) for line in lines]  # every line of ours is a JSON object
        text = "\n".join(lines)
        for secret in ("8023456789", "2345-6789", "9011112222", REPLY, "払います", AUTH_TOKEN, TOKEN, SIGNING_SECRET):
            assert secret not in text, f"{log}: {secret[:4]}… reached the log"
        starts = [r for r in records if r["message"].startswith("dunning ") and "role" in r]
        assert starts and {r["provider"] for r in starts} == {"twilio"}
        assert {r["role"] for r in starts} == ({"web"} if log == "web.log" else {"scheduler"})
        assert all("@127.0.0.1" in r["database"] and "search_path" in r["database"] for r in starts)
    web_records = [json.loads(x) for x in (tmp_path / "web.log").read_text().splitlines()
                   if x.startswith("{")]
    hooks = [r for r in web_records if r["message"] == "webhook" and r.get("replies")]
    assert [r["replies"][0]["label"] for r in hooks] == ["payment_promise"] * 2 + ["other"] * 3


def _status(base: str) -> int | None:
    try:
        return requests.get(base + "/healthz", timeout=2).status_code
    except requests.RequestException:  # not listening, or a worker still booting
        return None


@pytest.mark.parametrize("problem", ["never upgraded", "no SMS_PROVIDER"])
def test_the_recipe_refuses_to_serve_when_set_up_wrong(postgres_url, tmp_path, fakes, problem):
    slack, twilio = fakes
    port = free_port()
    write_env(tmp_path, postgres_url, "https://dunning.example.jp", slack, twilio,
              **({"SMS_PROVIDER": None} if problem == "no SMS_PROVIDER" else {}))
    if problem == "no SMS_PROVIDER":
        assert run(tmp_path, "db", "upgrade").returncode == 0
    proc = web(tmp_path, port)
    try:
        assert proc.wait(60) != 0  # the workers fail to boot, and gunicorn stops
    finally:
        stop(proc)
    log = (tmp_path / "web.log").read_text()
    assert ("run `dunning db upgrade`" if problem == "never upgraded" else "SMS_PROVIDER is not set") in log
    assert _status(f"http://127.0.0.1:{port}") is None  # nothing listens: no webhook is taken
