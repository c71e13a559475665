"""Residents' replies and delivery reports, stored and acted on in one transaction each."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.exc import IntegrityError
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
from core.providers import DeliveryReport, InboundSms
from core.records import audit, post_to_staff, post_undelivered
from replies import Keyword, classify, keyword
from replies.labels import OPT_OUT
from scheduler.apply import LIVE, Applied, apply_label, opt_in

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


def pick_case(session: Session, e164: str) -> Case | None:
    """The case a reply is about: the one whose message the resident most likely answers.

    A number can belong to several cases; the reply goes to the live case that was
    texted last (or, if none was, the newest live case). The Slack post names the others.
    """
    last_texted = session.scalar(
        select(Case)
        .join(Message, Message.case_id == Case.id)
        .where(Case.phone_e164 == e164, Case.status.in_(LIVE), Message.direction == "out")
        .order_by(Message.id.desc())
        .limit(1)
    )
    if last_texted is not None:
        return last_texted
    return session.scalar(
        select(Case).where(Case.phone_e164 == e164, Case.status.in_(LIVE))
        .order_by(Case.created_at.desc(), Case.id.desc()).limit(1)
    )


class StoreConflict(Exception):
    """The reply could not be stored for a reason no retry mended (the database's own text,
    which may quote a phone number, is left out)."""


def record_reply(ctx: Services, sms: InboundSms, now: datetime | None = None) -> ReplyResult:
    """Store, read and act on one inbound SMS. A repeated provider id changes nothing.

    Two workers storing the same provider id, or a first reply from the same new number,
    at the same moment: the loser's transaction fails on a unique index and is run again,
    and then finds the winner's rows (a repeat, or the number's row)."""
    for _ in range(3):
        try:
            return _record_reply(ctx, sms, now)
        except IntegrityError:
            continue
    raise StoreConflict("a unique index refused the reply three times") from None


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


def _record_reply(ctx: Services, sms: InboundSms, now: datetime | None) -> ReplyResult:
    now = now or utcnow()
    settings, policy = ctx.settings, ctx.policy
    with ctx.db.uow() as uow:
        s = uow.session
        dup = s.scalar(select(Message.id).where(
            Message.provider == ctx.provider.name, Message.provider_sid == sms.provider_sid))
        if dup is not None:
            return ReplyResult(True, dup)
        e164 = _sender(sms.sender)
        received_at = sms.received_at or now
        case = pick_case(s, e164)
        msg = Message(
            direction="in", kind="reply", phone_e164=e164, case_id=case.id if case else None,
            body=sms.body, status=MessageStatus.RECEIVED, provider=ctx.provider.name,
            provider_sid=sms.provider_sid, created_at=received_at, status_at=now,
        )
        s.add(msg)
        s.flush()
        phone = s.get(Phone, e164)
        was_active = phone is not None and phone.status == PhoneStatus.ACTIVE
        kw = keyword(sms.body)
        answer: str | None = None
        applied: Applied | None = None
        reading = classify(sms.body, received_at, policy.tz, ctx.reply_model)
        label, confidence, promised = reading.label, reading.confidence, reading.promised_date
        if kw is Keyword.OPT_OUT:
            label, confidence = OPT_OUT, 1.0
        elif kw is not None:
            confidence = 1.0  # START, HELP: other
        if kw is Keyword.HELP:
            answer = "answer_help"
        restored: list[str] = []
        if reading.opt_in and phone is not None and phone.status == PhoneStatus.OPTED_OUT:
            # 再開, or a request in words to resume (replies.md): the same effect.
            restored = opt_in(s, policy, phone, now)
            audit(s, case.id if case else None, "resident", "opted_in", restored=restored)
            answer = "answer_opt_in"
            was_active = True
        s.add(Reading(message_id=msg.id, label=label, confidence=confidence,
                      promised_date=promised, source="classifier"))
        if phone is None and label in ("opt_out", "wrong_number"):
            # Remember it even for a number we have no case for: a later import must not text it.
            phone = ensure_phone(s, e164)
        if phone is not None:
            applied = apply_label(s, policy, phone, case, label, received_at, promised, "resident")
            answer = answer or applied.decision.answer
            if case is not None:
                case.label, case.promised_date = label, promised
        # Automatic answers go only to numbers we have cases for and that took our
        # messages until now: after a wrong number's apology, nothing more, ever.
        if answer and case is not None and was_active:
            body = settings.text(getattr(settings, answer))
            s.add(Message(
                direction="out", kind="answer", phone_e164=e164, case_id=case.id, body=body,
                status=MessageStatus.QUEUED, provider=ctx.provider.name,
                idempotency_key=f"answer:{msg.id}", next_attempt_at=now,
            ))
        post_to_staff(s, "reply", case_id=case.id if case else None, message_id=msg.id)
        audit(s, case.id if case else None, "resident", "reply_received",
              message_id=msg.id, label=label)
        uow.commit()  # an IntegrityError here or at a flush: record_reply runs it again
        return ReplyResult(False, msg.id, label, case.id if case else None)


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
