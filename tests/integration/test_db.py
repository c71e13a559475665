"""The engine's pool against a real PostgreSQL server that drops connections."""

import time

from sqlalchemy import create_engine

from core import db


def _backend(engine) -> int:
    with engine.connect() as conn:
        return conn.exec_driver_sql("SELECT pg_backend_pid()").scalar()


def _terminate(url: str, pid: int) -> None:
    admin = create_engine(url)
    with admin.begin() as conn:
        conn.exec_driver_sql(f"SELECT pg_terminate_backend({int(pid)})")
    admin.dispose()


def test_an_idle_connection_the_server_dropped_is_replaced_before_use(postgres_url, monkeypatch):
    monkeypatch.setattr(db, "IDLE_PING_SECONDS", 0.05)
    engine = db.make_engine(postgres_url)
    try:
        dropped = _backend(engine)
        _terminate(postgres_url, dropped)
        time.sleep(0.1)  # idle longer than the ping threshold
        assert _backend(engine) != dropped  # checked, found gone, replaced: no error
    finally:
        engine.dispose()


def test_a_connection_used_moments_ago_is_not_pinged(postgres_url):
    engine = db.make_engine(postgres_url)
    pings = []
    real_ping = engine.dialect.do_ping
    engine.dialect.do_ping = lambda conn: pings.append(1) or real_ping(conn)
    try:
        for _ in range(5):
            _backend(engine)
        assert pings == []  # pool_pre_ping would have pinged at every checkout
    finally:
        engine.dispose()
