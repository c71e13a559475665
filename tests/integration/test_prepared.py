"""core.prepared: Core statements run on the driver's cursor write and read as SQLAlchemy does."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone

import pytest
from sqlalchemy import bindparam, insert, select, update
from sqlalchemy.exc import IntegrityError

from core.models import Case, Message, Phone, Reminder, StaffPost
from core.prepared import Prepared, Writes

_posts = StaffPost.__table__
_INSERT_POST = Prepared(insert(_posts).inline(), ["case_id", "kind", "payload"])
_INSERT_MESSAGE = Prepared(insert(Message.__table__).returning(Message.__table__.c.id),
                           ["direction", "kind", "phone_e164", "body", "status", "provider", "provider_sid",
                            "created_at"])
_CASE_STATUS = Prepared(update(Case.__table__).where(Case.__table__.c.id.in_(bindparam("ids", expanding=True)))
                        .values(status=bindparam("status")).returning(Case.__table__.c.id))


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


class _Counted:
    """Counts the statements sent to the database on the driver's cursors."""

    def __init__(self, monkeypatch, postgres: bool):
        self.n = 0
        if postgres:
            import psycopg

            # RawCursor's execute is Cursor's.
            monkeypatch.setattr(psycopg.Cursor, "execute", self._counting(psycopg.Cursor.execute))

    def _counting(self, execute):
        def counted(cursor, *args, **kwargs):
            self.n += 1
            return execute(cursor, *args, **kwargs)
        return counted


_SCHEDULE = Prepared(insert(Reminder.__table__).inline(), ["case_id", "run_at", "reason", "sequence"])
_REPLACE = Prepared(update(Reminder.__table__).where(Reminder.__table__.c.case_id == bindparam("c"),
                                                     Reminder.__table__.c.status == "scheduled")
                    .values(status="replaced"))
_INSERT_REPLY_POST = Prepared(insert(_posts).inline(), ["case_id", "message_id", "kind", "payload"])
_POSTED = Prepared(update(_posts).where(_posts.c.case_id == bindparam("c")).values(posted=True))


def test_writes_go_as_one_statement_on_postgresql_and_read_back_as_if_run_one_by_one(db, monkeypatch):
    postgres = db.engine.dialect.name == "postgresql"
    counted = _Counted(monkeypatch, postgres)
    sent = datetime(2026, 12, 2, 1, 30, tzinfo=UTC)
    with db.uow() as uow, Writes(uow.session) as writes:
        message = _INSERT_MESSAGE.later(uow.session, {
            "direction": "in", "kind": "reply", "phone_e164": "+819011112222", "body": "払います",
            "status": "received", "provider": "twilio", "provider_sid": "SMw", "created_at": sent})
        # The new message's id, taken from it in the same statement.
        _INSERT_REPLY_POST.execute(uow.session, {"case_id": "P0", "kind": "reply", "payload": {"a": 1},
                                                 "message_id": message})
        _SCHEDULE.execute(uow.session, {"case_id": "P0", "run_at": sent, "reason": "r", "sequence": 1})
        assert counted.n == 0  # nothing sent yet on PostgreSQL
        writes.commit()
    assert not postgres or counted.n == 1
    with db.uow() as uow:
        post = uow.session.scalars(select(StaffPost)).one()
        msg = uow.session.get(Message, message.value)
        assert post.message_id == message.value and msg is not None and msg.created_at == sent
        assert (post.payload, post.posted, post.attempts) == ({"a": 1}, False, 0)
        assert uow.session.scalars(select(Reminder.run_at)).one() == sent


def test_a_write_to_a_table_written_before_in_the_batch_sees_that_write(db, monkeypatch):
    postgres = db.engine.dialect.name == "postgresql"
    counted = _Counted(monkeypatch, postgres)
    when = datetime(2026, 12, 9, 1, 0, tzinfo=UTC)
    with db.uow() as uow, Writes(uow.session) as writes:
        _INSERT_POST.execute(uow.session, {"case_id": "P1", "kind": "reply", "payload": {}})
        _POSTED.execute(uow.session, {"c": "P1"})  # one statement would not see the new post
        # One scheduled reminder per case (a partial unique index): replaced, then the new one.
        _SCHEDULE.execute(uow.session, {"case_id": "P2", "run_at": when, "reason": "a", "sequence": 1})
        _REPLACE.execute(uow.session, {"c": "P2"})
        _SCHEDULE.execute(uow.session, {"case_id": "P2", "run_at": when, "reason": "b", "sequence": 1})
        # A read sees every write before it.
        assert _CASE_STATUS.scalars(uow.session, {"ids": ["P2"], "status": "open"}) == ["P2"]
        writes.commit()
    assert not postgres or counted.n == 5  # four batches and the read
    with db.uow() as uow:
        assert uow.session.scalars(select(StaffPost.posted)).all() == [True]
        assert sorted(uow.session.execute(select(Reminder.reason, Reminder.status)).all()) == [
            ("a", "replaced"), ("b", "scheduled")]


def test_a_refused_write_comes_out_as_sqlalchemys_error_when_its_batch_is_sent_and_nothing_is_kept(db):
    row = {"direction": "in", "kind": "reply", "phone_e164": "+819011112222", "body": "x", "status": "received",
           "provider": "twilio", "provider_sid": "SMtwice", "created_at": datetime.now(UTC)}
    twice = Prepared(insert(Message.__table__).inline(), list(row))
    with db.uow() as uow, pytest.raises(IntegrityError) as caught, Writes(uow.session) as writes:
        _INSERT_POST.execute(uow.session, {"case_id": "P0", "kind": "reply", "payload": {}})
        twice.execute(uow.session, row)
        twice.execute(uow.session, row)  # refused: at once on SQLite, when sent on PostgreSQL
        writes.commit()
    assert "+8190" not in str(caught.value)
    with db.uow() as uow:
        assert uow.session.scalars(select(StaffPost)).all() == []
        assert uow.session.scalars(select(Message)).all() == []


_INSERT_PHONE = Prepared(insert(Phone.__table__).inline(), ["e164", "is_mobile", "status", "updated_at"])


def test_the_orms_statements_come_after_the_writes_gathered_before_them(db):
    with db.uow() as uow, Writes(uow.session) as writes:
        _INSERT_PHONE.execute(uow.session, {"e164": "+819033334444", "is_mobile": True, "status": "active",
                                            "updated_at": datetime.now(UTC)})
        # A query sees the new number; a flush of a case that refers to it finds it there.
        assert uow.session.get(Phone, "+819033334444") is not None
        _INSERT_PHONE.execute(uow.session, {"e164": "+819055556666", "is_mobile": True, "status": "active",
                                            "updated_at": datetime.now(UTC)})
        uow.session.add(Case(id="P9", name="-", phone_e164="+819055556666", tax_type="住民税", amount=1,
                             due_date=date(2026, 10, 31)))
        uow.session.flush()
        writes.commit()
    with db.uow() as uow:
        assert uow.session.get(Case, "P9") is not None
