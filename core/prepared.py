"""Prebuilt Core statements run on the driver's cursor: a reply's hot path (issue 15).

Through the Session, a prebuilt statement still costs our process 70–120 µs above the
driver's own work (benchmarks/statement_cost.py): the statement's cache key, an execution
context, a result object. A reply's webhook runs about eight. A `Prepared` statement works
all that out once per dialect, from SQLAlchemy itself:
- the SQL text, as SQLAlchemy compiles it for the dialect (SQLite and PostgreSQL run the
  same statement, each in its own SQL);
- the values, converted by SQLAlchemy's own bind processors (UTC datetimes, JSON, SQLite's
  datetime text), so that a row reads back as if the ORM had written it;
- the columns' Python-side defaults (``default=utcnow``, ``default=0``) for the columns a
  call does not give, as SQLAlchemy's INSERT fills them;
and runs it on the DBAPI cursor of the session's connection, inside the session's
transaction. Errors come out as SQLAlchemy's (``IntegrityError``; ``DBAPIError`` with
``connection_invalidated`` when the server went away, the connection invalidated as
SQLAlchemy's own execution would), so that callers handle both paths alike.

Rows come back as the driver gives them: statements whose result columns would need
SQLAlchemy's result processing (a datetime read back from SQLite, say) are refused when
they are compiled.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from types import TracebackType
from typing import Any, Self

from sqlalchemy import exc
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import Session
from sqlalchemy.sql import ClauseElement


@dataclass(frozen=True)
class _Compiled:
    sql: str
    names: tuple[str, ...] | None  # the order of positional parameters (qmark, SQLite), else None
    fixed: Mapping[str, Any]  # the statement's own values (a status compared with, a LIMIT)
    processors: Mapping[str, Callable[[Any], Any]]
    defaults: tuple[tuple[str, Callable[[], Any]], ...]  # Python-side column defaults to fill in
    per_call: Any  # the SQLCompiler, where an IN list from the call's values is rendered per call


class Prepared:
    """One Core statement (``keys``: the columns an INSERT is given; others take their
    defaults), compiled once per dialect on first use."""

    def __init__(self, statement: ClauseElement, keys: Iterable[str] | None = None):
        self.statement = statement
        self.keys = list(keys) if keys is not None else None
        self._by_dialect: dict[str, _Compiled] = {}

    def _compile(self, dialect: Dialect) -> _Compiled:
        compiled = self.statement.compile(dialect=dialect, column_keys=self.keys)
        for column in getattr(self.statement, "exported_columns", ()):
            if column.type.dialect_impl(dialect).result_processor(dialect, None) is not None:
                raise TypeError(f"{column} needs SQLAlchemy's result processing: not for a Prepared statement")
        defaults = []
        for column in [*compiled.insert_prefetch, *compiled.update_prefetch]:
            default = column.default if column in compiled.insert_prefetch else column.onupdate
            if default.is_scalar:
                defaults.append((column.key, (lambda v=default.arg: v)))
            elif default.is_callable:
                defaults.append((column.key, (lambda f=default.arg: f(None))))
            else:
                raise TypeError(f"{column} has a default a Prepared statement cannot compute")
        processors = {}
        for name, bind in compiled.binds.items():
            process = bind.type.dialect_impl(dialect).bind_processor(dialect)
            if process is not None:
                processors[name] = process
        required = {name for name, bind in compiled.binds.items() if bind.required}
        if any(bind.expanding and bind.required for bind in compiled.binds.values()):
            return _Compiled("", None, {}, processors, tuple(defaults), compiled)
        # SQLAlchemy's own rendering of what it leaves to execution (IN lists of the
        # statement's own values, a LIMIT), once, with placeholders for the call's values.
        state = compiled.construct_expanded_state(dict.fromkeys(required))
        fixed = {k: v for k, v in state.parameters.items() if k not in required}
        return _Compiled(state.statement, tuple(state.positiontup) if dialect.positional else None, fixed,
                         {**processors, **state.processors}, tuple(defaults), None)

    def compiled(self, dialect: Dialect) -> _Compiled:
        found = self._by_dialect.get(dialect.name)
        if found is None:
            found = self._by_dialect[dialect.name] = self._compile(dialect)
        return found

    def execute(self, session: Session, params: Mapping[str, Any]) -> Any:
        """Run in the session's transaction; the driver's cursor, for its rows (read them
        before the next statement: the transaction has one cursor)."""
        return self._run(session, params)[2]

    def _run(self, session: Session, params: Mapping[str, Any]) -> tuple[Any, str, Any]:
        conn, cursor = _open(session)
        dialect = conn.dialect
        c = self.compiled(dialect)
        values = {**c.fixed, **params}
        for key, make in c.defaults:
            if key not in params:
                values[key] = make()
        sql, names, processors = c.sql, c.names, c.processors
        if c.per_call is not None:
            state = c.per_call.construct_expanded_state(values)
            sql, values = state.statement, dict(state.parameters)
            names = state.positiontup if dialect.positional else None
            processors = {**processors, **state.processors}
        for name, process in processors.items():
            if name in values:
                values[name] = process(values[name])
        bound: Any = values if names is None else tuple(values[n] for n in names)
        try:
            cursor.execute(sql, bound)
        except dialect.loaded_dbapi.Error as err:
            raise _wrapped(conn, dialect, sql, err, cursor) from err
        return conn, sql, cursor

    def _rows(self, session: Session, params: Mapping[str, Any]) -> list[Any]:
        conn, sql, cursor = self._run(session, params)
        try:
            return cursor.fetchall()  # in a pipeline: waits for the answers so far
        except conn.dialect.loaded_dbapi.Error as err:
            raise _wrapped(conn, conn.dialect, sql, err, cursor) from err

    def one(self, session: Session, params: Mapping[str, Any]) -> tuple[Any, ...]:
        rows = self._rows(session, params)
        if not rows:
            raise exc.NoResultFound("the statement returned no row")
        return tuple(rows[0])

    def scalar(self, session: Session, params: Mapping[str, Any]) -> Any:
        rows = self._rows(session, params)
        return rows[0][0] if rows else None

    def scalars(self, session: Session, params: Mapping[str, Any]) -> list[Any]:
        return [row[0] for row in self._rows(session, params)]


class Pipeline:
    """On PostgreSQL, the statements of this module run inside go to the server without
    waiting for each answer (psycopg's pipeline mode): asking for a row, the commit, or
    leaving waits for all of them at once. A reply's transaction makes three round trips
    instead of about ten (issue 15). On SQLite, in the same process, there is nothing to wait
    for and nothing changes.

    Only `Prepared` statements may run inside: SQLAlchemy's own execution reads a result
    (description, rowcount) before a pipeline has it; ``leave()`` first (it waits for what
    was sent). ``commit()`` sends the COMMIT with the writes and leaves before the session
    gives its connection back to the pool. A refused statement's error comes out where its
    answer is waited for, as SQLAlchemy's error, its transaction rolled back.
    """

    def __init__(self, session: Session):
        self.session = session
        self._conn, _ = _open(session)
        self._driver = self._conn.connection.dbapi_connection
        self._mode: Any = None

    def __enter__(self) -> Self:
        if hasattr(self._driver, "pipeline"):
            self._mode = self._driver.pipeline()
            self._mode.__enter__()
        return self

    def leave(self, error: BaseException | None = None) -> None:
        mode, self._mode = self._mode, None
        if mode is None:
            return
        try:
            mode.__exit__(type(error) if error else None, error, None)
        except self._conn.dialect.loaded_dbapi.Error as err:
            raise self._failed(err) from err

    def commit(self) -> None:
        if self._mode is not None:
            try:
                self._driver.commit()  # the COMMIT goes with the writes; the session's has nothing left
            except self._conn.dialect.loaded_dbapi.Error as err:
                raise self._failed(err) from err
            self.leave()
        self.session.commit()

    def __exit__(self, exc_type: type[BaseException] | None, error: BaseException | None,
                 tb: TracebackType | None) -> None:
        if error is None:
            self.leave()
            return
        if self._mode is not None:
            self.leave(error)  # psycopg logs, and drops, what leaving after an error raises
            _end_failed(self._conn, self._driver)
        if isinstance(error, self._conn.dialect.loaded_dbapi.Error):
            raise _wrapped(self._conn, self._conn.dialect, "(pipeline)", error, None) from error

    def _failed(self, err: Exception) -> BaseException:
        _end_failed(self._conn, self._driver)
        return _wrapped(self._conn, self._conn.dialect, "(pipeline)", err, None)


def _end_failed(conn: Any, driver: Any) -> None:
    """Roll back a transaction a refused statement left failed. Where the refusal came out at
    the COMMIT, the server never ran it, yet SQLAlchemy would count the transaction over and
    hand the connection back to the pool still in it."""
    from psycopg import pq

    try:
        if not driver.closed and driver.info.transaction_status == pq.TransactionStatus.INERROR:
            driver.rollback()
    except Exception:  # noqa: BLE001 (whatever failed, the connection is not to be used again)
        conn.invalidate()


def _open(session: Session) -> tuple[Any, Any]:
    """The session's connection and a driver cursor on it, for as long as its transaction
    lasts: asking the Session for its connection costs a statement's worth of our CPU."""
    found = session.info.get("prepared")
    transaction = session.get_transaction()
    if found is not None and found[0] is transaction and transaction is not None and transaction.is_active:
        return found[1], found[2]
    conn = session.connection()
    cursor = conn.connection.dbapi_connection.cursor()  # type: ignore[union-attr]
    session.info["prepared"] = (session.get_transaction(), conn, cursor)
    return conn, cursor


def _wrapped(conn: Any, dialect: Dialect, sql: str, err: Exception, cursor: Any) -> BaseException:
    """The driver's error as SQLAlchemy's execution would raise it; a lost connection is
    invalidated first, so that the pool does not hand it out again. Parameters (numbers,
    replies) are never in the text."""
    lost = dialect.is_disconnect(err, conn.connection.dbapi_connection, cursor)
    if lost:
        conn.invalidate(err)
    return exc.DBAPIError.instance(sql, None, err, dialect.loaded_dbapi.Error, hide_parameters=True,
                                   connection_invalidated=lost, dialect=dialect)
