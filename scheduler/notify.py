"""Kicks between processes through PostgreSQL: LISTEN/NOTIFY.

In production the web workers (gunicorn) and `dunning scheduler` are separate processes,
perhaps on separate machines, that share only the database. A reply's Slack post and
answer SMS are rows in the outboxes, which the scheduler delivers at its tick (2 s) or at
once when kicked. `dunning serve` kicks its child with a signal; here a web worker sends
``NOTIFY`` on the office's channel and every scheduler process listening on it kicks its
outbox jobs, so a reply reaches Slack in milliseconds instead of up to two seconds.

A kick only hastens work the tick would do anyway: a notification lost (the scheduler
restarting, the database briefly away) costs latency, never a message. So both sides
keep going after any failure, quietly retrying, and neither is on the reply's path: the
web worker's thread sends at most one NOTIFY per ``GAP`` seconds however many replies
arrive (kicks meanwhile merge into the next), and a NOTIFY is a statement of its own,
after the reply's commit, on a connection of its own.

PostgreSQL with psycopg (3) only; on SQLite, or another driver, there is no channel and
the tick does the work.
"""

from __future__ import annotations

import contextlib
import logging
import os
import threading
import time
from collections.abc import Callable
from typing import Any

from sqlalchemy import Engine

from core.errors import describe

log = logging.getLogger(__name__)

# At most one NOTIFY per web process in this many seconds: a burst of 500 replies a second
# sends 4, not 500 (the scheduler, kicked while delivering, delivers once more anyway), and
# a reply alone is sent at once. 0.02 s measured the same (docs/performance.md, session 11).
GAP = 0.25
RETRY = (1.0, 30.0)  # first and longest wait before connecting again after a failure


def supported(engine: Engine) -> bool:
    return engine.dialect.name == "postgresql" and engine.dialect.driver == "psycopg"


def _connect(engine: Engine, name: str) -> Any:
    """A psycopg connection of its own (autocommit), with the engine's URL and options,
    named for pg_stat_activity (``dunning listen``, ``dunning notify``) unless the URL names it."""
    import psycopg

    cargs, cparams = engine.dialect.create_connect_args(engine.url)
    cparams.pop("context", None)  # SQLAlchemy's type adapters: nothing we send needs them
    cparams.setdefault("application_name", name)
    return psycopg.connect(*cargs, **cparams, autocommit=True)


def _channel(conn: Any) -> str:
    """The office's channel: one per schema, so that two installations sharing a database
    (each in a schema of its own, by the URL's search_path) do not kick each other."""
    schema = conn.execute("SELECT current_schema()").fetchone()[0]
    # PostgreSQL's longest channel name is 63 bytes (pg_notify refuses a longer one, LISTEN
    # cuts it): cut it here, in bytes, so both sides name the same channel.
    return f"dunning_kick:{schema}".encode()[:63].decode(errors="ignore")


class _Retrying:
    """The wait between attempts after a failure, doubling up to RETRY[1]; the failure
    logged once, by type and place (never its text: core.errors), until one succeeds."""

    def __init__(self, what: str):
        self.what = what
        self.wait = RETRY[0]
        self.failing = False

    def failed(self, exc: Exception) -> float:
        if not self.failing:
            log.warning("%s failed, retrying (the 2-second tick delivers meanwhile): %s",
                        self.what, describe(exc))
            self.failing = True
        wait, self.wait = self.wait, min(self.wait * 2, RETRY[1])
        return wait

    def succeeded(self) -> None:
        if self.failing:
            log.info("%s works again", self.what)
        self.failing, self.wait = False, RETRY[0]


class Notifier:
    """A web process's kicks, sent as NOTIFY by a thread of its own (started at the first
    kick in each process, so that a worker forked after the app was made has its own)."""

    def __init__(self, engine: Engine):
        self.engine = engine
        self._wanted = threading.Event()
        self._lock = threading.Lock()
        self._pid: int | None = None
        self.sent = 0  # NOTIFYs sent by this process: for tests and benchmarks
        self.backend_pid: int | None = None  # the server's process for our connection
        self._closed = False

    def close(self) -> None:
        """Stop the thread, closing its connection (the process's Services are closed)."""
        self._closed = True
        self._wanted.set()

    def kick(self) -> None:
        if self._closed:
            return
        if self._pid != os.getpid():
            with self._lock:
                if self._pid != os.getpid():
                    self._wanted = threading.Event()
                    threading.Thread(target=self._send_forever, name="notify", daemon=True).start()
                    self._pid = os.getpid()
        self._wanted.set()

    def _send_forever(self) -> None:
        retrying, conn, channel = _Retrying("notifying the scheduler (NOTIFY)"), None, ""
        wanted = self._wanted
        while True:
            wanted.wait()
            wanted.clear()
            if self._closed:
                _close(conn)
                return
            try:
                if conn is None:
                    conn = _connect(self.engine, "dunning notify")
                    channel = _channel(conn)
                    self.backend_pid = conn.info.backend_pid
                conn.execute("SELECT pg_notify(%s, '')", [channel])
                self.sent += 1
                retrying.succeeded()
                wait = GAP
            except Exception as exc:  # noqa: BLE001 - any failure: retry later, the tick covers
                wait = retrying.failed(exc)
                _close(conn)
                conn = None  # a new one for the next try
                wanted.set()  # the kick stands: sent when the database answers again
            time.sleep(wait)


class Listener:
    """The scheduler process's side: LISTEN on the office's channel, ``on_kick()`` for
    every notification (Jobs merges kicks that come while a delivery runs)."""

    def __init__(self, engine: Engine, on_kick: Callable[[], None]):
        self.engine = engine
        self.on_kick = on_kick
        self.listening = threading.Event()  # set while LISTEN is in force: for tests
        self.backend_pid: int | None = None  # the server's process for our connection
        self._stop = threading.Event()

    def start(self) -> None:
        threading.Thread(target=self._listen_forever, name="listen", daemon=True).start()

    def close(self) -> None:
        """Stop listening (within a second), closing the connection."""
        self._stop.set()

    def _listen_forever(self) -> None:
        from psycopg import sql

        retrying, conn = _Retrying("listening for kicks (LISTEN)"), None
        while not self._stop.is_set():
            try:
                conn = _connect(self.engine, "dunning listen")
                channel = _channel(conn)
                self.backend_pid = conn.info.backend_pid
                conn.execute(sql.SQL("LISTEN {}").format(sql.Identifier(channel)))
                self.listening.set()
                retrying.succeeded()
                while not self._stop.is_set():
                    for _ in conn.notifies(timeout=1.0):
                        self.on_kick()
            except Exception as exc:  # noqa: BLE001 - any failure: listen again later
                self.listening.clear()
                self._stop.wait(retrying.failed(exc))
            finally:
                _close(conn)
                conn = None
        self.listening.clear()


def _close(conn: Any) -> None:
    """Close ``conn``, if there is one, whatever state it is in."""
    if conn is not None:
        with contextlib.suppress(Exception):  # already broken: nothing more to do with it
            conn.close()
