"""The sweeps' queries are served by their indexes, on both databases, as tables grow.

A query an index cannot serve costs more every day the service runs; these read the plan
each database makes for the real statement over a table that holds mostly history.
"""

from __future__ import annotations

import pytest
from sqlalchemy import Select, insert, select

from bot.slack.deliver import pending_posts
from core import telemetry
from core.db import Database
from core.models import StaffPost


def _plan(db: Database, query: Select) -> str:
    """The plan the database makes for ``query`` (its parameters inlined), after ANALYZE."""
    engine = db.engine
    sql = str(query.compile(engine, compile_kwargs={"literal_binds": True}))
    with engine.connect() as conn:
        conn.exec_driver_sql("ANALYZE")
        explain = "EXPLAIN QUERY PLAN " if engine.dialect.name == "sqlite" else "EXPLAIN "
        rows = conn.exec_driver_sql(explain + sql).all()
    return "\n".join(str(r[-1]) for r in rows)


def _history_of_posts(db: Database, posted: int, waiting: int) -> None:
    rows = [{"case_id": "P0", "kind": "reply", "payload": {"text": "-"}, "posted": i < posted}
            for i in range(posted + waiting)]
    with db.engine.begin() as conn:
        conn.execute(insert(StaffPost), rows)


@pytest.mark.parametrize("query", [pending_posts, telemetry.slack_outbox], ids=["sweep", "health"])
def test_the_slack_outbox_is_read_from_the_unposted_index(db, query):
    _history_of_posts(db, posted=5000, waiting=3)
    plan = _plan(db, query())
    assert "ix_staff_posts_unposted" in plan, plan
    # The statement the sweep ran before revision 0008, on the same rows, reads every post.
    old = select(StaffPost.id).where(StaffPost.posted.is_(False)).order_by(StaffPost.id).limit(200)
    assert "ix_staff_posts_unposted" not in _plan(db, old)

