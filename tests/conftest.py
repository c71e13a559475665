"""Shared fixtures: databases (SQLite and PostgreSQL), a controlled clock, the app."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import create_engine, text

from core.settings import Settings
from tests.fakes.recording import RecordingChannel, RecordingProvider

TOKYO = ZoneInfo("Asia/Tokyo")
POSTGRES_URL = os.environ.get("TEST_POSTGRES_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test")


def _postgres_available() -> str | None:
    try:
        engine = create_engine(POSTGRES_URL)
        with engine.connect() as conn:
            conn.execute(text("SELECT 1"))
        engine.dispose()
        return None
    except Exception as exc:  # driver missing, server down
        return f"{type(exc).__name__}: {exc}".splitlines()[0]


@contextmanager
def fresh_postgres() -> Iterator[str]:
    """A URL whose search path is a new, empty PostgreSQL schema, dropped afterwards."""
    problem = _postgres_available()
    if problem:
        if os.environ.get("CI"):
            pytest.fail(f"PostgreSQL is required in CI: {problem}")
        pytest.skip(f"PostgreSQL not reachable: {problem}")
    with schema_of_its_own(POSTGRES_URL) as url:
        yield url


@contextmanager
def schema_of_its_own(base: str, prefix: str = "t_") -> Iterator[str]:
    """A PostgreSQL URL whose tables go to a new schema, dropped afterwards."""
    schema = prefix + uuid.uuid4().hex[:12]
    admin = create_engine(base)
    with admin.begin() as conn:
        conn.execute(text(f"CREATE SCHEMA {schema}"))
    sep = "&" if "?" in base else "?"
    try:
        yield f"{base}{sep}options=-csearch_path%3D{schema}"
    finally:
        with admin.begin() as conn:
            conn.execute(text(f"DROP SCHEMA {schema} CASCADE"))
        admin.dispose()


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request: pytest.FixtureRequest, tmp_path) -> Iterator[str]:
    """A fresh, empty database: a SQLite file, or a PostgreSQL schema of its own."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path}/test.sqlite"
        return
    with fresh_postgres() as url:
        yield url


@pytest.fixture
def postgres_url() -> Iterator[str]:
    """A fresh, empty PostgreSQL schema only: for what production runs on PostgreSQL alone."""
    with fresh_postgres() as url:
        yield url


class Clock:
    """A clock the test sets; the service reads it wherever it needs 'now'."""

    def __init__(self, start: datetime):
        self.now = start

    def __call__(self) -> datetime:
        return self.now

    def set(self, *args: int) -> None:
        self.now = datetime(*args, tzinfo=TOKYO)


@pytest.fixture
def clock() -> Clock:
    return Clock(datetime(2026, 12, 2, 10, 30, tzinfo=TOKYO))  # a Wednesday, inside a slot


@pytest.fixture
def migrated(db_url: str) -> str:
    """``db_url``, upgraded to the code's schema by the migrations, as `dunning db upgrade` does."""
    from core import schema
    from core.db import make_engine

    engine = make_engine(db_url)
    schema.upgrade(engine)
    engine.dispose()
    return db_url


@pytest.fixture
def settings(migrated: str) -> Settings:
    # The provider's rate limit (SEND_RATE, 5/s) is tested on its own (test_policy.py); here
    # it would only make a 200-message test take 40 s.
    return Settings(database_url=migrated, office_name="テスト区役所 納税課", office_phone="03-0000-0000",
                    send_rate=1000.0)


@pytest.fixture
def provider() -> RecordingProvider:
    return RecordingProvider()


@pytest.fixture
def staff() -> RecordingChannel:
    return RecordingChannel()


@pytest.fixture
def app(settings, provider, staff, clock, tmp_path):
    from bot.app import create_app

    app = create_app({"SETTINGS": settings, "SMS_PROVIDER": provider, "STAFF_CHANNEL": staff,
                      "CLOCK": clock, "TESTING": True})
    yield app
    app.extensions["dunning"].close()


@pytest.fixture
def svc(app):
    return app.extensions["dunning"]


@pytest.fixture
def client(app):
    return app.test_client()


@pytest.fixture
def runner(app):
    return app.test_cli_runner()


CASES_CSV = """宛名番号,氏名,電話番号,税目,金額,納期限
C001,山田 太郎,090-1234-5678,住民税,58000,2026-10-31
C002,佐藤 花子,０８０－２３４５－６７８９,軽自動車税,10800,2026-05-31
C003,鈴木 一郎,+81 70 3456 7890,住民税,123400,2026-10-31
C004,伊藤 四郎,03-1234-5678,住民税,20000,2026-10-31
C005,渡辺 五郎,12345,住民税,20000,2026-10-31
C006,山田 花子,090-1234-5678,固定資産税,45600,2026-09-30
"""


@pytest.fixture
def cases_file(tmp_path):
    path = tmp_path / "cases.csv"
    path.write_bytes(CASES_CSV.encode("cp932"))
    return path
