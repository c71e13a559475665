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

import functools
import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import Any, Self

from sqlalchemy import event, exc
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import Session
from sqlalchemy.sql import ClauseElement
from sqlalchemy.sql.util import find_tables


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
        self._tables: frozenset[str] | None = None

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

    def tables(self) -> frozenset[str]:
        """The tables the statement reads or writes, subqueries included."""
        if self._tables is None:
            self._tables = frozenset(t.name for t in find_tables(
                self.statement, check_columns=True, include_aliases=True, include_joins=True,
                include_selects=True, include_crud=True) if hasattr(t, "name"))
        return self._tables

    def written(self) -> str | None:
        """The table an INSERT, UPDATE or DELETE writes; None for a SELECT."""
        table = getattr(self.statement, "table", None)
        return table.name if table is not None and getattr(self.statement, "is_dml", False) else None

    def execute(self, session: Session, params: Mapping[str, Any]) -> None:
        """Run in the session's transaction, for its effect; inside `Writes` on PostgreSQL,
        sent with the others of its batch (its errors come out there)."""
        if (writes := self._gathered_by(session)) is not None:
            writes.add(self, params)
        else:
            self._run(session, params)

    def later(self, session: Session, params: Mapping[str, Any]) -> Later:
        """Run an INSERT … RETURNING one column; its value is known now or, inside `Writes` on
        PostgreSQL, once its batch is sent (a later write of the batch may take it as a value)."""
        if (writes := self._gathered_by(session)) is not None:
            later = writes.add(self, params, returns=True)
            assert later is not None
            return later
        return Later(None, self.scalar(session, params))

    def _gathered_by(self, session: Session) -> Writes | None:
        """The session's `Writes` if it gathers this statement: on PostgreSQL, and not with an
        IN list from the call (rendered per call, it runs on its own)."""
        writes: Writes | None = session.info.get(_WRITES)
        if writes is not None and writes.fuses and self.compiled(writes.dialect).per_call is None:
            return writes
        return None

    def bound(self, dialect: Dialect, params: Mapping[str, Any]) -> tuple[str, dict[str, Any], Any]:
        """The SQL, its values by name, and the values as the driver takes them."""
        c = self.compiled(dialect)
        values = {**c.fixed}
        for key, value in params.items():
            values[key] = value.value if isinstance(value, Later) else value
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
        return sql, values, values if names is None else tuple(values[n] for n in names)

    def _run(self, session: Session, params: Mapping[str, Any]) -> tuple[Any, str, Any]:
        writes: Writes | None = session.info.get(_WRITES)
        if writes is not None:
            writes.flush()  # this statement sees what the transaction wrote before it
        conn, cursor = _open(session)
        dialect = conn.dialect
        sql, _, bound = self.bound(dialect, params)
        try:
            cursor.execute(sql, bound)
        except dialect.loaded_dbapi.Error as err:
            raise _wrapped(conn, dialect, sql, err, cursor) from err
        return conn, sql, cursor

    def _rows(self, session: Session, params: Mapping[str, Any]) -> list[Any]:
        conn, sql, cursor = self._run(session, params)
        try:
            return cursor.fetchall()
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


_WRITES = "prepared_writes"  # the session.info key of the session's active Writes
_PLACEHOLDER = re.compile(r"%\((\w+)\)s")  # a named parameter as SQLAlchemy renders it for psycopg


class Later:
    """What a write returns (an INSERT's new id), known once its batch has been sent."""

    __slots__ = ("_value", "_writes")

    def __init__(self, writes: Writes | None, value: Any = None):
        self._writes, self._value = writes, value

    @property
    def value(self) -> Any:
        if self._writes is not None:
            self._writes.flush()
        return self._value

    @property
    def pending(self) -> bool:
        return self._writes is not None


@dataclass
class _Part:
    statement: Prepared
    params: Mapping[str, Any]
    later: Later | None


class Writes:
    """The writes of one transaction, gathered and sent together (issue 15). On PostgreSQL a
    batch of `Prepared` INSERTs and UPDATEs goes as one statement, each a data-modifying part
    of its WITH, and a part may take what an earlier one returns (the reply's new id) as a
    value. Elsewhere (SQLite, in process: no round trip to save) each runs when it is given.

    One statement sees the rows as they were when it began, and PostgreSQL runs the parts of
    a WITH in no set order. So a part that reads or writes a table an earlier part of the
    batch wrote starts a new batch, as does every statement that reads (``one``, ``scalars``,
    a `Later`'s value): each sees what the transaction wrote before it, as if all had run one
    by one. The ORM's own statements (a flush, a query) send the batch first too, and
    ``commit()`` does. A refused part's error comes out when its batch is sent, as
    SQLAlchemy's would.
    """

    def __init__(self, session: Session):
        self.session = session
        self.dialect = session.get_bind().dialect
        self.fuses = self.dialect.driver == "psycopg"
        self._parts: list[_Part] = []
        self._written: set[str] = set()

    def __enter__(self) -> Self:
        _send_before_orm()
        self.session.info[_WRITES] = self
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.session.info.pop(_WRITES, None)
        self._parts.clear()  # left unsent by an error: the transaction is not committed

    def add(self, statement: Prepared, params: Mapping[str, Any], returns: bool = False) -> Later | None:
        if self._written & statement.tables():
            self.flush()
        later = Later(self) if returns else None
        self._parts.append(_Part(statement, params, later))
        if (table := statement.written()) is not None:
            self._written.add(table)
        return later

    def flush(self) -> None:
        """Send what is gathered, as one statement."""
        parts, self._parts, self._written = self._parts, [], set()
        if not parts:
            return
        conn, _ = _open(self.session)
        dialect = conn.dialect
        where = {id(p.later): i for i, p in enumerate(parts) if p.later is not None}
        shape, named = [], []
        for part in parts:
            refs = tuple((k, where[id(v)]) for k, v in part.params.items() if isinstance(v, Later) and v.pending)
            shape.append((part.statement, refs, part.later is not None))
            named.append(part.statement.bound(dialect, {k: v for k, v in part.params.items() if not (
                isinstance(v, Later) and v.pending)})[1])
        sql, order = _fused(tuple(shape), dialect)
        # Only with psycopg (``fuses``), an optional dependency: imported where it is used.
        from psycopg import RawCursor

        cursor = RawCursor(conn.connection.dbapi_connection)
        try:
            cursor.execute(sql, [named[i][name] for i, name in order])
            row = cursor.fetchone()
        except dialect.loaded_dbapi.Error as err:
            raise _wrapped(conn, dialect, "(writes)", err, cursor) from err
        for later, value in zip((p.later for p in parts if p.later is not None), row, strict=False):
            later._writes, later._value = None, value

    def commit(self) -> None:
        self.flush()
        self.session.commit()


@functools.cache
def _send_before_orm() -> None:
    """The ORM's statements (a flush, a query) come after the writes gathered before them,
    as they would if each write had been sent when given."""

    def send(session: Session) -> None:
        writes: Writes | None = session.info.get(_WRITES)
        if writes is not None and writes._parts:
            writes.flush()

    event.listen(Session, "before_flush", lambda session, *_: send(session))
    event.listen(Session, "do_orm_execute", lambda state: send(state.session))


@functools.lru_cache(maxsize=256)
def _fused(shape: tuple[tuple[Prepared, tuple[tuple[str, int], ...], bool], ...],
           dialect: Dialect) -> tuple[str, tuple[tuple[int, str], ...]]:
    """One statement of a batch's parts, each a part of its WITH (``w0``, ``w1``, …), and the
    order of its values, by part and name. A value a part takes from an earlier part is read
    from that part. PostgreSQL's own ``$n`` placeholders: psycopg parses a statement with
    more than 50 parameters (a batch has about 60) again at every call, and not these."""
    withs, returned, order = [], [], {}
    for i, (statement, refs, returns) in enumerate(shape):
        taken = dict(refs)

        def number(m: re.Match[str], i: int = i, taken: dict[str, int] = taken) -> str:
            name = m.group(1)
            if name in taken:
                return f"(SELECT * FROM w{taken[name]})"
            return f"${order.setdefault((i, name), len(order) + 1)}"

        withs.append(f"w{i} AS ({_PLACEHOLDER.sub(number, statement.compiled(dialect).sql)})")
        if returns:
            returned.append(f"(SELECT * FROM w{i})")
    return f"WITH {', '.join(withs)} SELECT {', '.join(returned) or '1'}", tuple(order)


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
