"""Residents' replies and delivery reports, stored and acted on in one transaction each."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import Select, bindparam, func, insert, literal, select, true
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.exc import DBAPIError, IntegrityError
from sqlalchemy.orm import Session

from core.models import (
    Case,
    Message,
    MessageStatus,
    Phone,
    PhoneStatus,
    Reading,
    utcnow,
)
from core.phones import PhoneError, parse_phone
from core.prepared import Later, Prepared, Writes
from core.providers import DeliveryReport, InboundSms
from core.records import audit, post_to_staff, post_undelivered
from replies.keywords import Keyword
from replies.labels import OPT_OUT, PAYMENT_PROMISE, WRONG_NUMBER
from scheduler.apply import LIVE, apply_label, opt_in

if TYPE_CHECKING:
    from bot.bootstrap import Services

log = logging.getLogger(__name__)

# Delivery states only move forward: a late "sent" never overwrites "delivered".
_RANK = {MessageStatus.QUEUED: 0, MessageStatus.SENDING: 1, MessageStatus.UNKNOWN: 1,
         MessageStatus.SENT: 2, MessageStatus.DELIVERED: 3, MessageStatus.UNDELIVERED: 3,
         MessageStatus.FAILED: 3}


@dataclass
class ReplyResult:
    duplicate: bool
    message_id: int
    label: str | None = None
    case_id: str | None = None


def _sender(raw: str) -> str:
    try:
        return parse_phone(raw).e164
    except PhoneError:
        # "#" starts the numbers erasure leaves behind (core.retention): never a sender's.
        return raw.strip().lstrip("#")[:20] or "unknown"


@dataclass(frozen=True)
class Target:
    """What a reply needs to know before it is stored: all read in one statement."""

    duplicate: int | None  # the stored message with this provider id, if any
    phone_status: str | None  # None: a number we have no row for
    case_id: str | None
    case_status: str | None

    @property
    def case(self) -> CaseRef | None:
        return CaseRef(self.case_id, self.case_status) if self.case_id and self.case_status else None


@dataclass(frozen=True)
class CaseRef:
    id: str
    status: str


# Columns of the tables, not of the mapped classes: see scheduler.reminders.
_cases, _messages, _phones = Case.__table__.c, Message.__table__.c, Phone.__table__.c


def pick_case(e164: Any) -> Select[tuple[str, str]]:
    """The case a reply is about: the one whose message the resident most likely answers.

    A number can belong to several cases; the reply goes to the live case that was
    texted last (or, if none was, the newest live case). The Slack post names the others.
    """
    last_texted = (select(func.max(_messages.id))
                   .where(_messages.case_id == _cases.id, _messages.direction == "out")
                   .correlate(Case.__table__).scalar_subquery())
    return (select(_cases.id, _cases.status).where(_cases.phone_e164 == e164, _cases.status.in_(LIVE))
            .order_by(last_texted.desc().nulls_last(), _cases.created_at.desc(), _cases.id.desc()).limit(1))


def _look_up() -> Select[Any]:
    e164 = bindparam("e164")
    # The case as a row joined on, not two scalar subqueries: the database picks it once.
    case = pick_case(e164).subquery()
    one = select(literal(1).label("one")).subquery()
    return select(
        select(_messages.id).where(_messages.provider == bindparam("provider"),
                                   _messages.provider_sid == bindparam("sid")).scalar_subquery(),
        # Locked until the commit: replies from one number (all their rows are the number's)
        # take their turns, where their joined writes (core.prepared.Writes) could otherwise
        # lock the same rows in different orders and deadlock. SQLite has one writer anyway.
        select(_phones.status).where(_phones.e164 == e164).with_for_update(key_share=True).scalar_subquery(),
        case.c.id, case.c.status).select_from(one.outerjoin(case, true()))


# Built once, run on the driver's cursor (core.prepared): building a statement costs more
# than running it, and SQLAlchemy's execution path as much again (issue 15).
_LOOK_UP = Prepared(_look_up())
_INSERT_REPLY = Prepared(insert(Message.__table__).returning(_messages.id), [
    "direction", "kind", "phone_e164", "case_id", "body", "status", "provider", "provider_sid", "created_at",
    "status_at"])
_INSERT_ANSWER = Prepared(insert(Message.__table__).inline(), [
    "direction", "kind", "phone_e164", "case_id", "body", "status", "provider", "idempotency_key",
    "next_attempt_at"])
_INSERT_READING = Prepared(insert(Reading.__table__).inline(),
                           ["message_id", "label", "confidence", "promised_date", "source"])


def look_up(session: Session, provider: str, provider_sid: str, e164: str) -> Target:
    """The repeat check, the number's status and the case, in one round trip."""
    return Target(*_LOOK_UP.one(session, {"provider": provider, "sid": provider_sid, "e164": e164}))


class StoreConflict(Exception):
    """The reply could not be stored for a reason no retry mended (the database's own text,
    which may quote a phone number, is left out)."""


def record_reply(ctx: Services, sms: InboundSms, now: datetime | None = None) -> ReplyResult:
    """Store, read and act on one inbound SMS. A repeated provider id changes nothing.

    Two workers storing the same provider id, or a first reply from the same new number,
    at the same moment: the loser's transaction fails on a unique index and is run again,
    and then finds the winner's rows (a repeat, or the number's row). A pooled connection
    the database dropped (a restart; core.db pings only idle ones) fails its statement as
    invalidated: the transaction is run again on a new one, and if its commit had gone
    through after all, the run again finds the reply stored. A deadlock or a serialisation
    failure PostgreSQL reports is run again too."""
    for _ in range(3):
        try:
            return _record_reply(ctx, sms, now)
        except IntegrityError:
            continue
        except DBAPIError as exc:
            if not (exc.connection_invalidated or _run_again(exc)):
                raise
    raise StoreConflict("a unique index or the connection refused the reply three times") from None


def _run_again(exc: DBAPIError) -> bool:
    """PostgreSQL chose this transaction to end a deadlock (with a staff action or the
    sender on the same case), or could not serialise it: running it again is the remedy."""
    return getattr(exc.orig, "sqlstate", None) in ("40P01", "40001")


def ensure_phone(s: Session, e164: str) -> Phone:
    """The number's row, created if missing. INSERT … ON CONFLICT DO NOTHING: a worker that
    creates it at the same moment is no error (SQLite and PostgreSQL say it alike)."""
    phone = s.get(Phone, e164)
    if phone is not None:
        return phone
    insert = {"postgresql": pg_insert, "sqlite": sqlite_insert}[s.get_bind().dialect.name]
    s.execute(insert(Phone).values(e164=e164, is_mobile=True, status=PhoneStatus.ACTIVE, updated_at=utcnow())
              .on_conflict_do_nothing(index_elements=["e164"]))
    return s.get(Phone, e164, populate_existing=True)  # type: ignore[return-value]


@dataclass
class Read:
    """A reply as read: its label and date, and what the keywords add (replies.md)."""

    label: str
    confidence: float
    promised: date | None
    opt_in: bool
    answer: str | None  # the settings' name of an automatic answer the keyword asks for


def read(ctx: Services, body: str, received_at: datetime) -> Read:
    # Imported here, not above: the rules compile in about a second, which commands that never
    # read a reply should not pay; processes that do read compiled them at start (bootstrap).
    from replies.classify import classify

    reading = classify(body, received_at, ctx.policy.tz, ctx.reply_model)
    kw, label, confidence = reading.keyword, reading.label, reading.confidence
    if kw is Keyword.OPT_OUT:
        label, confidence = OPT_OUT, 1.0
    elif kw is not None:
        confidence = 1.0  # START, HELP: other
    return Read(label, confidence, reading.promised_date if label == PAYMENT_PROMISE else None,
                reading.opt_in, "answer_help" if kw is Keyword.HELP else None)


def _record_reply(ctx: Services, sms: InboundSms, now: datetime | None) -> ReplyResult:
    """Store, read and act, in statements (no objects loaded on the common path: issue 15):
    one to look up, one per row written, one commit; on PostgreSQL the writes go together
    (core.prepared.Writes), in two statements on the common path."""
    now = now or utcnow()
    provider = ctx.provider.name
    with ctx.db.uow() as uow, Writes(uow.session) as writes:
        s = uow.session
        e164 = _sender(sms.sender)
        target = look_up(s, provider, sms.provider_sid, e164)
        if target.duplicate is not None:
            return ReplyResult(True, target.duplicate)
        case, case_id = target.case, target.case_id
        received_at = sms.received_at or now
        reading = read(ctx, sms.body, received_at)
        message = _store(s, provider, sms, e164, case_id, received_at, now, reading)
        answer = _act(ctx, s, e164, target, reading, received_at, now)
        # Automatic answers go only to numbers we have cases for and that took our
        # messages until now: after a wrong number's apology, nothing more, ever.
        if answer and case is not None and (target.phone_status == PhoneStatus.ACTIVE
                                             or answer == "answer_opt_in"):
            _INSERT_ANSWER.execute(s, {
                "direction": "out", "kind": "answer", "phone_e164": e164, "case_id": case_id,
                "body": ctx.settings.text(getattr(ctx.settings, answer)), "status": MessageStatus.QUEUED,
                "provider": provider, "idempotency_key": f"answer:{message.value}", "next_attempt_at": now,
            })
        post_to_staff(s, "reply", case_id=case_id, message_id=message)
        # No audit line for the reply itself: the message and its reading are its record;
        # the trail has what it did (policy_applied, number_opted_out, opted_in).
        writes.commit()  # an IntegrityError here or before: record_reply runs it again
        return ReplyResult(False, message.value, reading.label, case_id)


def _store(s: Session, provider: str, sms: InboundSms, e164: str, case_id: str | None,
           received_at: datetime, now: datetime, reading: Read) -> Later:
    """The reply and the classifier's reading of it; the message's id (once written)."""
    message = _INSERT_REPLY.later(s, {
        "direction": "in", "kind": "reply", "phone_e164": e164, "case_id": case_id, "body": sms.body,
        "status": MessageStatus.RECEIVED, "provider": provider, "provider_sid": sms.provider_sid,
        "created_at": received_at, "status_at": now,
    })
    _INSERT_READING.execute(s, {
        "message_id": message, "label": reading.label, "confidence": reading.confidence,
        "promised_date": reading.promised, "source": "classifier"})
    return message


def _act(ctx: Services, s: Session, e164: str, target: Target, reading: Read, received_at: datetime,
         now: datetime) -> str | None:
    """What the reply changes (policy.md); the automatic answer it calls for, if any."""
    case, answer = target.case, reading.answer
    known = target.phone_status is not None
    if reading.opt_in and target.phone_status == PhoneStatus.OPTED_OUT:
        # 再開, or a request in words to resume (replies.md): the same effect.
        phone = s.get(Phone, e164)
        assert phone is not None
        restored = opt_in(s, ctx.policy, phone, now)
        audit(s, case.id if case else None, "resident", "opted_in", restored=restored)
        answer = "answer_opt_in"
    if not known and reading.label in (OPT_OUT, WRONG_NUMBER):
        # Remember it even for a number we have no case for: a later import must not text it.
        ensure_phone(s, e164)
        known = True
    if known:
        decision = apply_label(s, ctx.policy, e164, case, reading.label, received_at, reading.promised,
                               "resident")
        answer = answer or decision.answer
    return answer


def record_status(ctx: Services, report: DeliveryReport, now: datetime | None = None) -> bool:
    """Record a delivery report; False if no message has that provider id."""
    now = now or utcnow()
    with ctx.db.uow() as uow:
        msg = uow.session.scalar(select(Message).where(
            Message.provider == ctx.provider.name, Message.provider_sid == report.provider_sid,
            Message.direction == "out"))
        if msg is None:
            return False
        if _RANK.get(report.status, 0) >= _RANK.get(msg.status, 0) and msg.status != report.status:
            msg.status, msg.status_at = report.status, now
            if report.error_code:
                msg.error_code = report.error_code
            if report.status in (MessageStatus.UNDELIVERED, MessageStatus.FAILED):
                post_undelivered(uow.session, msg)
            uow.commit()
        return True
