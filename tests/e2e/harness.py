"""Running `dunning` as real processes against the loopback fakes."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time

import requests

from tests.fakes.slack import TOKEN, FakeSlack
from tests.fakes.twilio import ACCOUNT_SID, AUTH_TOKEN, FROM, FakeTwilio

SIGNING_SECRET = "slack-signing-secret-for-tests"


def dunning() -> list[str]:
    exe = shutil.which("dunning", path=os.path.dirname(sys.executable))
    return [exe] if exe else [sys.executable, "-m", "bot.cli"]


def children(pid: int) -> list[int]:
    """The processes ``pid`` started (Linux: /proc); none where that cannot be read."""
    try:
        with open(f"/proc/{pid}/task/{pid}/children") as f:
            return [int(p) for p in f.read().split()]
    except OSError:
        return []


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_for(predicate, timeout: float = 15.0, what: str = "condition"):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = predicate()
        if value:
            return value
        time.sleep(0.1)
    raise AssertionError(f"timed out waiting for {what}")


def healthy(base: str) -> bool:
    try:
        return requests.get(base + "/healthz", timeout=1).status_code == 200
    except requests.ConnectionError:
        return False


def environment(db_url: str, public_base_url: str, slack: FakeSlack, twilio: FakeTwilio, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("SLACK_", "TWILIO_"))}
    env.update({
        "DATABASE_URL": db_url, "SMS_PROVIDER": "twilio", "TWILIO_ACCOUNT_SID": ACCOUNT_SID,
        "TWILIO_AUTH_TOKEN": AUTH_TOKEN, "TWILIO_FROM": FROM, "TWILIO_API_BASE": twilio.url,
        "PUBLIC_BASE_URL": public_base_url, "SLACK_BOT_TOKEN": TOKEN,
        "SLACK_SIGNING_SECRET": SIGNING_SECRET, "SLACK_CHANNEL": "C123",
        "SLACK_API_URL": slack.api_url, "OFFICE_NAME": "テスト区役所", "OFFICE_PHONE": "03-0000-0000",
        # The tests run whenever CI does: every day and hour is a send slot here. The calendar
        # and window are covered by the tests with a controlled clock.
        "BUSINESS_CALENDAR": "all-days", "SEND_WINDOW": "00:00-24:00",
    })
    env.update(extra)
    return env


def start(args: list[str], env: dict[str, str], cwd: str, log_path: str) -> subprocess.Popen:
    log = open(log_path, "w")
    return subprocess.Popen([*dunning(), *args], env=env, cwd=cwd, stdout=log, stderr=subprocess.STDOUT)


def stop(proc: subprocess.Popen) -> None:
    if proc.poll() is None:
        proc.terminate()
        try:
            proc.wait(15)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(5)
