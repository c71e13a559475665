"""core.prepared: Core statements run on the driver's cursor write and read as SQLAlchemy does."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone

import pytest
from psycopg import pq
from sqlalchemy import bindparam, insert, select, update
from sqlalchemy.exc import IntegrityError

from core import schema
from core.db import Database
from core.models import Case, Message, Phone, Reminder, StaffPost
from core.prepared import Pipeline, Prepared

_posts = StaffPost.__table__
_INSERT_POST = Prepared(insert(_posts).inline(), ["case_id", "kind", "payload"])
_INSERT_MESSAGE = Prepared(insert(Message.__table__).returning(Message.__table__.c.id),
                           ["direction", "kind", "phone_e164", "body", "status", "provider", "provider_sid",
                            "created_at"])
_CASE_STATUS = Prepared(update(Case.__table__).where(Case.__table__.c.id.in_(bindparam("ids", expanding=True)))
                        .values(status=bindparam("status")).returning(Case.__table__.c.id))


@pytest.fixture
def db(db_url):
    database = Database.from_url(db_url)
    schema.upgrade(database.engine)
    with database.uow() as uow:
        uow.session.add(Phone(e164="+819011112222"))
        for i in range(3):
            uow.session.add(Case(id=f"P{i}", name="-", phone_e164="+819011112222", tax_type="住民税", amount=1,
                                 due_date=date(2026, 10, 31)))
        uow.commit()
    yield database
    database.dispose()


def test_a_prepared_insert_reads_back_as_the_orm_wrote_it_defaults_and_all(db):
    jst = timezone(timedelta(hours=9))
    sent = datetime(2026, 12, 2, 10, 30, 15, 123456, tzinfo=jst)
    with db.uow() as uow:
        _INSERT_POST.execute(uow.session, {"case_id": "P0", "kind": "reply", "payload": {"日本語": [1, None]}})
        message_id = _INSERT_MESSAGE.scalar(uow.session, {
            "direction": "in", "kind": "reply", "phone_e164": "+819011112222", "body": "払います",
            "status": "received", "provider": "twilio", "provider_sid": "SM1", "created_at": sent})
        uow.commit()
    with db.uow() as uow:
        post = uow.session.scalars(select(StaffPost)).one()
        msg = uow.session.get(Message, message_id)
    assert (post.payload, post.posted, post.attempts) == ({"日本語": [1, None]}, False, 0)  # JSON; defaults
    assert post.created_at.tzinfo is not None and abs(post.created_at - datetime.now(UTC)) < timedelta(minutes=1)
    assert msg is not None and msg.body == "払います"
    assert msg.created_at == sent and msg.created_at.utcoffset() == timedelta(0)  # stored in UTC


def test_an_in_list_from_the_call_is_rendered_for_each_call(db):
    with db.uow() as uow:
        assert sorted(_CASE_STATUS.scalars(uow.session, {"ids": ["P0", "P2"], "status": "paused"})) == ["P0", "P2"]
        assert _CASE_STATUS.scalars(uow.session, {"ids": ["P1"], "status": "closed"}) == ["P1"]
        uow.commit()
    with db.uow() as uow:
        assert dict(uow.session.execute(select(Case.id, Case.status)).all()) == {
            "P0": "paused", "P1": "closed", "P2": "paused"}


def test_a_unique_index_refuses_as_sqlalchemys_integrity_error_and_nothing_is_kept(db):
    row = {"direction": "in", "kind": "reply", "phone_e164": "+819011112222", "body": "x", "status": "received",
           "provider": "twilio", "provider_sid": "SMdup", "created_at": datetime.now(UTC)}
    with db.uow() as uow:
        _INSERT_MESSAGE.scalar(uow.session, row)
        uow.commit()
    with db.uow() as uow, pytest.raises(IntegrityError) as caught:
        _INSERT_POST.execute(uow.session, {"case_id": "P0", "kind": "reply", "payload": {}})
        _INSERT_MESSAGE.scalar(uow.session, row)
    assert "+8190" not in str(caught.value)  # parameters are never in the text
    with db.uow() as uow:
        assert uow.session.scalars(select(StaffPost)).all() == []  # its transaction rolled back


def test_each_transaction_runs_on_its_own_connection_and_sees_what_was_committed(db):
    with db.uow() as uow:
        _INSERT_POST.execute(uow.session, {"case_id": "P0", "kind": "reply", "payload": {}})
        uow.commit()
        _INSERT_POST.execute(uow.session, {"case_id": "P1", "kind": "reply", "payload": {}})
        uow.rollback()
        _INSERT_POST.execute(uow.session, {"case_id": "P2", "kind": "reply", "payload": {}})
        uow.commit()
    with db.uow() as uow:
        assert sorted(uow.session.scalars(select(StaffPost.case_id))) == ["P0", "P2"]


def test_a_statement_whose_rows_need_sqlalchemys_conversion_is_refused(db):
    when = Prepared(select(Reminder.__table__.c.run_at))  # a UTC datetime: SQLite gives text
    with db.uow() as uow, pytest.raises(TypeError, match="result processing"):
        when.execute(uow.session, {})


def test_in_a_pipeline_statements_wait_for_their_answers_together_and_failures_still_surface(db):
    postgres = db.engine.dialect.name == "postgresql"
    with db.uow() as uow, Pipeline(uow.session) as pipeline:
        driver = uow.session.connection().connection.dbapi_connection
        assert not postgres or driver.pgconn.pipeline_status == pq.PipelineStatus.ON
        _INSERT_POST.execute(uow.session, {"case_id": "P0", "kind": "reply", "payload": {}})
        assert _CASE_STATUS.scalars(uow.session, {"ids": ["P1"], "status": "paused"}) == ["P1"]
        pipeline.commit()
        # Left before the session gave the connection back to the pool.
        assert not postgres or driver.pgconn.pipeline_status == pq.PipelineStatus.OFF
    row = {"direction": "in", "kind": "reply", "phone_e164": "+819011112222", "body": "x", "status": "received",
           "provider": "twilio", "provider_sid": "SMtwice", "created_at": datetime.now(UTC)}
    twice = Prepared(insert(Message.__table__).inline(), list(row))
    for end in ("commit", "leave", "block"):
        with db.uow() as uow, pytest.raises(IntegrityError), Pipeline(uow.session) as pipeline:
            twice.execute(uow.session, row)
            twice.execute(uow.session, row)  # refused: found at the commit, on leaving, or at the end
            if end == "commit":
                pipeline.commit()
            elif end == "leave":
                pipeline.leave()
    with db.uow() as uow:
        assert uow.session.scalars(select(StaffPost.case_id)).all() == ["P0"]
        assert uow.session.scalars(select(Message)).all() == []
