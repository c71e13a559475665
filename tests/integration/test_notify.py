"""Kicks between processes through PostgreSQL (scheduler.notify), on the real server."""

from __future__ import annotations

import logging
import threading
import time

import pytest
from sqlalchemy import text

from core.db import make_engine
from scheduler import notify
from tests.conftest import POSTGRES_URL, schema_of_its_own


class Kicks:
    def __init__(self) -> None:
        self.n = 0
        self.arrived = threading.Event()

    def __call__(self) -> None:
        self.n += 1
        self.arrived.set()

    def wait(self, timeout: float = 10.0) -> bool:
        got = self.arrived.wait(timeout)
        self.arrived.clear()
        return got


@pytest.fixture
def engine(postgres_url):
    e = make_engine(postgres_url)
    yield e
    e.dispose()


@pytest.fixture
def listening(engine):
    kicks = Kicks()
    listener = notify.Listener(engine, kicks)
    listener.start()
    assert listener.listening.wait(10)
    yield listener, kicks
    listener.close()


def test_a_web_processs_kick_reaches_the_scheduler_in_milliseconds(engine, listening):
    _, kicks = listening
    notifier = notify.Notifier(engine)
    started = time.monotonic()
    notifier.kick()
    assert kicks.wait()
    assert time.monotonic() - started < 1.0  # the tick it replaces is 2 s


def test_a_burst_of_kicks_sends_few_notifications(engine, listening):
    _, kicks = listening
    notifier = notify.Notifier(engine)
    for _ in range(2000):
        notifier.kick()
    assert kicks.wait()
    time.sleep(0.3)
    # One NOTIFY per GAP (0.02 s) at most, whatever the kicks: the 2,000 took a few ms.
    assert 1 <= notifier.sent <= 5
    assert kicks.n <= notifier.sent


def test_an_office_in_another_schema_is_not_kicked(engine, listening):
    _, kicks = listening
    with schema_of_its_own(POSTGRES_URL) as other_url:
        other = make_engine(other_url)
        try:
            notify.Notifier(other).kick()
            assert not kicks.wait(1.0)
            notify.Notifier(engine).kick()
            assert kicks.wait()
        finally:
            other.dispose()


def _terminate(engine, pid: int | None) -> bool:
    """Cut the server's side of one of our connections (as a restart of PostgreSQL would)."""
    with engine.begin() as conn:
        return bool(conn.execute(text("SELECT pg_terminate_backend(:pid)"), {"pid": pid}).scalar_one())


def test_both_sides_survive_the_database_dropping_them(engine, listening, caplog):
    listener, kicks = listening
    notifier = notify.Notifier(engine)
    notifier.kick()
    assert kicks.wait()
    caplog.set_level(logging.INFO, logger="scheduler.notify")
    listening_before = listener.backend_pid
    assert _terminate(engine, listener.backend_pid) and _terminate(engine, notifier.backend_pid)
    # The listener connects again (after RETRY[0], 1 s); the notifier's next NOTIFY fails on
    # its dead connection, and is sent again on a new one: the kick is not dropped.
    deadline = time.monotonic() + 20
    while listener.backend_pid == listening_before and time.monotonic() < deadline:
        time.sleep(0.1)
    assert listener.listening.wait(10)
    notifier.kick()
    assert kicks.wait(20)
    warned = [r.getMessage() for r in caplog.records if r.levelno == logging.WARNING]
    assert any("NOTIFY" in m for m in warned) and any("LISTEN" in m for m in warned)
    assert all("postgres@" not in m and "127.0.0.1" not in m for m in warned)


def test_a_web_process_on_postgresql_forwards_its_kicks_and_a_scheduler_listens(postgres_url):
    """Wired by bootstrap: a web process's Jobs pass kicks on as NOTIFY; a process running
    the scheduler listens, and a kick runs its outbox jobs at once."""
    from bot.bootstrap import Role, bootstrap
    from core import schema
    from core.settings import Settings
    from tests.fakes.recording import RecordingChannel, RecordingProvider

    engine = make_engine(postgres_url)
    schema.upgrade(engine)
    engine.dispose()
    settings = Settings(database_url=postgres_url, office_name="テスト区役所 納税課", office_phone="03-0000-0000")
    sched = bootstrap(settings, role=Role.SCHEDULER, provider=RecordingProvider(), staff=RecordingChannel())
    web = bootstrap(settings, role=Role.WEB, provider=RecordingProvider(), staff=RecordingChannel())
    try:
        delivered = threading.Event()
        sched.deliver_posts = lambda: delivered.set() or 0  # type: ignore[method-assign]
        sched.run_scheduler(tick_seconds=3600, sweep_seconds=3600)  # no tick: only a kick delivers now
        assert sched.listener is not None and sched.listener.listening.wait(10)
        time.sleep(0.5)
        delivered.clear()  # the jobs' first run, at start
        web.kick()
        assert delivered.wait(10)
    finally:
        web.close()
        sched.close()


def test_a_closed_notifier_leaves_no_connection_behind(engine):
    notifier = notify.Notifier(engine)
    notifier.kick()
    deadline = time.monotonic() + 10
    while notifier.sent == 0 and time.monotonic() < deadline:
        time.sleep(0.01)
    pid = notifier.backend_pid
    assert pid is not None

    def alive() -> bool:
        with engine.connect() as conn:
            return bool(conn.execute(text("SELECT count(*) FROM pg_stat_activity WHERE pid = :p"), {"p": pid}).scalar())

    assert alive()
    notifier.close()
    notifier.kick()  # after close: nothing
    deadline = time.monotonic() + 10
    while alive() and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not alive()


def test_a_long_schema_names_a_channel_postgresql_takes():
    class Conn:
        def execute(self, _sql):
            class Row:
                @staticmethod
                def fetchone():
                    return ("納税課" * 20,)
            return Row()

    channel = notify._channel(Conn())
    assert channel.startswith("dunning_kick:納税課") and len(channel.encode()) <= 63
