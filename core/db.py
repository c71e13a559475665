"""Engine, sessions and the unit of work."""

from __future__ import annotations

import time
from types import TracebackType
from typing import Any

from sqlalchemy import Engine, create_engine, event, exc
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.util import identity_key


def make_engine(url: str, **kwargs: Any) -> Engine:
    """An engine for ``url``; SQLite gets WAL, foreign keys and a lock wait."""
    # Statement parameters hold residents' numbers and messages: keep them out of
    # exception texts, and so out of every logged traceback.
    kwargs.setdefault("hide_parameters", True)
    if url.startswith("sqlite"):
        kwargs.setdefault("connect_args", {}).setdefault("timeout", 30)
        engine = create_engine(url, **kwargs)

        @event.listens_for(engine, "connect")
        def _sqlite_pragmas(dbapi_conn: Any, _record: Any) -> None:
            cur = dbapi_conn.cursor()
            if ":memory:" not in url and url.rstrip("/") != "sqlite:":
                cur.execute("PRAGMA journal_mode=WAL")
            cur.execute("PRAGMA foreign_keys=ON")
            cur.execute("PRAGMA busy_timeout=30000")
            cur.close()

        return engine
    ping_idle = kwargs.get("pool_pre_ping") is None
    # As many connections as threads may want one at once: `dunning serve`'s 8 waitress
    # threads and the scheduler's 4 workers (the default of 5 made PostgreSQL open and close
    # connections all the time under load). A gunicorn sync worker uses one or two.
    kwargs.setdefault("pool_size", 12)
    kwargs.setdefault("max_overflow", 4)
    engine = create_engine(url, **kwargs)
    if ping_idle:
        _ping_when_idle(engine, IDLE_PING_SECONDS)
    return engine


# A pooled PostgreSQL connection idle longer than this is checked before use.
IDLE_PING_SECONDS = 5.0


def _ping_when_idle(engine: Engine, after: float) -> None:
    """SQLAlchemy's pool_pre_ping, for connections idle more than ``after`` seconds only.

    pool_pre_ping costs a round trip on every checkout: under load, one in eleven of a
    reply's round trips (issue 15). A connection used moments ago is alive unless the
    server went away in those moments, and then the statement fails as "invalidated",
    which the reply's transaction retries on a new connection (bot.inbound).
    """
    @event.listens_for(engine, "checkin")
    def _returned(_dbapi_conn: Any, record: Any) -> None:
        record.info["idle_since"] = time.monotonic()

    @event.listens_for(engine, "checkout")
    def _taken(dbapi_conn: Any, record: Any, _proxy: Any) -> None:
        since = record.info.pop("idle_since", None)
        if since is None or time.monotonic() - since <= after:
            return
        try:
            engine.dialect.do_ping(dbapi_conn)
        except engine.dialect.loaded_dbapi.Error as err:
            # The pool discards this connection and checks out another.
            raise exc.DisconnectionError("idle connection closed by the server") from err


def has_pending(session: Session) -> bool:
    """Whether the session holds object changes not yet written."""
    return bool(session.new or session.dirty or session.deleted)


def flush_pending(session: Session) -> None:
    """Write the session's pending object changes before statements that bypass the ORM.

    The reply's hot path (issue 15) writes with prebuilt Core statements: ORM-enabled ones
    cost five times as much. Those statements neither flush nor update loaded objects, so
    the functions that run them call this first and ``expire_loaded`` after.
    """
    if has_pending(session):
        session.flush()


def expire_loaded(session: Session, cls: type, key: Any = None) -> None:
    """Expire the loaded ``cls`` object with primary key ``key`` (every loaded one of the
    class if None), so that it is read again after a Core statement changed its row."""
    if key is not None:
        obj = session.identity_map.get(identity_key(cls, key))
        if obj is not None:
            session.expire(obj)
        return
    for obj in [o for o in session.identity_map.values() if isinstance(o, cls)]:
        session.expire(obj)


class UnitOfWork:
    """One transaction. Nothing is written unless ``commit()`` is called."""

    session: Session

    def __init__(self, factory: sessionmaker[Session]):
        self._factory = factory

    def __enter__(self) -> UnitOfWork:
        self.session = self._factory()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        # close() discards anything uncommitted; unlike rollback() it leaves loaded
        # objects readable after the block.
        self.session.close()

    def commit(self) -> None:
        self.session.commit()

    def rollback(self) -> None:
        self.session.rollback()


class Database:
    def __init__(self, engine: Engine):
        self.engine = engine
        self.sessions = sessionmaker(engine, expire_on_commit=False)

    @classmethod
    def from_url(cls, url: str) -> Database:
        return cls(make_engine(url))

    @property
    def safe_url(self) -> str:
        """The URL without its password, for logs and errors."""
        return self.engine.url.render_as_string(hide_password=True)

    def uow(self) -> UnitOfWork:
        return UnitOfWork(self.sessions)

    def dispose(self) -> None:
        self.engine.dispose()
