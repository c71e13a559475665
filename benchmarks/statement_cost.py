"""What one statement of a reply's transaction costs our process, by the path it takes.

    python benchmarks/statement_cost.py [N]

Issue 15: a reply's webhook runs about eight statements; this measures, on PostgreSQL
(DATABASE_URL, else the test database; a schema of its own), the client CPU of one of them
run N times in one transaction, four ways:
- a prebuilt Core statement through the Session (``session.execute``: the service's way
  until session 6);
- the same statement compiled once to SQL, through SQLAlchemy's ``exec_driver_sql``;
- the service's way now: the same statement as a ``core.prepared.Prepared``, run on the
  driver's cursor with SQLAlchemy's bind processors (one statement, not joined by Writes);
- the same SQL on the psycopg cursor underneath, no SQLAlchemy.
Both a read (the reply's look-up, one SELECT of scalar subqueries) and a write (the case's
new label, an UPDATE) are measured. CPU time of this process only (the server's is apart).
"""

from __future__ import annotations

import sys
import time
from datetime import UTC, date, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from sqlalchemy import insert
from sqlalchemy.orm import Session

from benchmarks.webhook import own_schema
from bot.inbound import _LOOK_UP as LOOK_UP
from core import schema
from core.db import make_engine
from core.models import Case, Phone
from scheduler.apply import _LABEL_CASE as LABEL_CASE


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 5000
    with own_schema("stmt_") as url:
        engine = make_engine(url)
        try:
            schema.upgrade(engine)
            now = datetime.now(UTC)
            with engine.begin() as conn:
                conn.execute(insert(Phone), [{"e164": "+819011112222", "status": "active", "is_mobile": True,
                                              "updated_at": now}])
                conn.execute(insert(Case), [{"id": "B0001", "name": "-", "phone_e164": "+819011112222",
                                             "tax_type": "住民税", "amount": 1, "due_date": date(2026, 10, 31),
                                             "status": "open", "created_at": now, "updated_at": now}])
            read = (LOOK_UP, {"provider": "twilio", "sid": "SMnone", "e164": "+819011112222"})
            write = (LABEL_CASE, {"p_case_id": "B0001", "p_label": "payment_promise",
                                   "p_promised": date(2026, 12, 11), "p_now": now})
            for what, (prepared, params) in (("read (look-up)", read), ("write (UPDATE)", write)):
                stmt = prepared.statement
                # IN (...) expanded for these values, as the driver needs it.
                state = stmt.compile(dialect=engine.dialect).construct_expanded_state(params)
                sql, bound = state.statement, state.parameters
                rows = []
                with Session(engine) as session:
                    session.execute(stmt, params)  # warm: the statement cache, the server's plan
                    for way in ("session.execute", "exec_driver_sql", "Prepared", "psycopg cursor"):
                        conn = session.connection()
                        cursor = conn.connection.dbapi_connection.cursor()  # type: ignore[union-attr]
                        started = time.process_time()
                        for _ in range(n):
                            if way == "session.execute":
                                session.execute(stmt, params).all() if prepared is LOOK_UP else session.execute(stmt, params)
                            elif way == "exec_driver_sql":
                                conn.exec_driver_sql(sql, bound)
                            elif way == "Prepared":
                                prepared.one(session, params) if prepared is LOOK_UP else prepared.execute(session, params)
                            else:
                                cursor.execute(sql, bound)
                                if cursor.description:
                                    cursor.fetchall()
                        rows.append((way, (time.process_time() - started) / n * 1e6))
                    session.rollback()
                print(f"{what}: " + "; ".join(f"{way} {us:.0f} µs" for way, us in rows))
        finally:
            engine.dispose()


if __name__ == "__main__":
    main()
