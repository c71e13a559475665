"""Delivering queued staff posts to Slack, in order, one thread per case, until Slack takes them."""

from __future__ import annotations

import logging
import time
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any

from sqlalchemy import select
from sqlalchemy.orm import Session, joinedload

from bot.slack.channel import UNPOSTABLE, ChannelError
from bot.slack.render import Snapshot, aside_post, event_post, reply_post
from core import telemetry
from core.errors import describe
from core.models import (
    Case,
    Message,
    Phone,
    Reminder,
    ReminderStatus,
    StaffPost,
    utcnow,
)

if TYPE_CHECKING:
    from bot.bootstrap import Services

log = logging.getLogger(__name__)

BATCH = 200


def _ms(started: float) -> float:
    return round((time.perf_counter() - started) * 1000, 1)


@dataclass
class Batch:
    """What a batch of posts shows, read in five queries at most for the whole batch rather than
    four per post (issue 15: the scheduler's share of a reply's cost). Read when the batch
    starts, as each post was read when its turn came before: seconds apart. A post rendered
    on its own reads a batch of one."""

    cases: dict[str, Case] = field(default_factory=dict)
    messages: dict[int, Message] = field(default_factory=dict)
    cases_of_number: dict[str, list[str]] = field(default_factory=dict)
    scheduled: dict[str, Reminder] = field(default_factory=dict)
    numbers: dict[str, Phone | None] = field(default_factory=dict)  # of posts without their case

    @classmethod
    def read(cls, session: Session, posts: list[StaffPost]) -> Batch:
        batch = cls()
        case_ids = {p.case_id for p in posts if p.case_id}
        message_ids = {p.message_id for p in posts if p.message_id}
        if case_ids:
            batch.cases = {c.id: c for c in session.scalars(
                select(Case).options(joinedload(Case.phone)).where(Case.id.in_(case_ids)))}
            batch.scheduled = {r.case_id: r for r in session.scalars(select(Reminder).where(
                Reminder.case_id.in_(case_ids), Reminder.status == ReminderStatus.SCHEDULED))}
        if message_ids:
            batch.messages = {m.id: m for m in session.scalars(
                select(Message).options(joinedload(Message.readings)).where(Message.id.in_(message_ids))).unique()}
        numbers = {c.phone_e164 for c in batch.cases.values()} | {m.phone_e164 for m in batch.messages.values()}
        if numbers:
            batch.cases_of_number = {e164: [] for e164 in numbers}
            for case_id, e164 in session.execute(select(Case.id, Case.phone_e164).where(
                    Case.phone_e164.in_(numbers))):
                batch.cases_of_number[e164].append(case_id)
        # The number's row, for a post whose case is not there to give it (snapshot).
        caseless = {batch.messages[p.message_id].phone_e164 for p in posts
                    if p.case_id not in batch.cases and p.message_id in batch.messages}
        if caseless:
            batch.numbers = dict.fromkeys(caseless)
            batch.numbers.update({p.e164: p for p in session.scalars(select(Phone).where(Phone.e164.in_(caseless)))})
        return batch


def snapshot(session: Session, post: StaffPost, batch: Batch | None = None) -> Snapshot:
    """The post's case with its number, its message with its readings, the number's other
    cases and the case's scheduled reminder: from ``batch``, else from a batch of this post."""
    if batch is None:
        batch = Batch.read(session, [post])
    case = batch.cases.get(post.case_id) if post.case_id else None
    msg = batch.messages.get(post.message_id) if post.message_id else None
    e164 = case.phone_e164 if case else (msg.phone_e164 if msg else "")
    others = [cid for cid in batch.cases_of_number.get(e164, []) if case is None or cid != case.id]
    phone = case.phone if case else batch.numbers.get(e164)
    reminder = batch.scheduled.get(case.id) if case else None
    return Snapshot(case=case, phone=phone, phone_e164=e164, reminder=reminder, message=msg, other_cases=others)


def _failed(post: StaffPost, exc: ChannelError, now: datetime) -> float:
    """Record a refusal; the post is tried again after Slack's Retry-After, or a backoff."""
    session = Session.object_session(post)
    assert session is not None
    telemetry.bump(session, telemetry.SLACK_REFUSALS, now)
    post.attempts += 1
    post.last_error = str(exc)
    backoff = exc.retry_after or min(300.0, 2.0 ** post.attempts)
    post.next_attempt_at = now + timedelta(seconds=backoff)
    return backoff


def _refresh(svc: Services, s: Session, post: StaffPost, tz, lang: str, threshold: float,
             now: datetime) -> bool | None:
    """chat.update the reply post that staff acted on, from the case's state now."""
    ts = str(post.payload.get("ts", ""))
    original = s.scalar(select(StaffPost).where(StaffPost.slack_ts == ts, StaffPost.kind == "reply"))
    if original is None:
        post.posted, post.last_error = True, "no reply post with that ts"
        s.commit()
        return True
    try:
        text, blocks = reply_post(snapshot(s, original), tz, lang, threshold)
    except Exception as exc:  # the post it would update cannot be rendered either
        _mark_aside(s, post, exc)
        post.posted = True
        s.commit()
        return True
    try:
        svc.staff.update(ts, text, blocks)
    except ChannelError as exc:
        _failed(post, exc, now)
        if exc.permanent:
            post.posted = True  # the message is gone; nothing to update
        s.commit()
        return None if not exc.permanent else True
    post.posted, post.slack_ts = True, ts
    s.commit()
    return True


def _render(s: Session, post: StaffPost, tz, lang: str, threshold: float,
            batch: Batch | None) -> tuple[str, list[dict[str, Any]], Case | None]:
    snap = snapshot(s, post, batch)
    if post.kind == "reply":
        text, blocks = reply_post(snap, tz, lang, threshold)
    else:
        text, blocks = event_post(post.kind, snap, post.payload, tz, lang)
    return text, blocks, snap.case


def _mark_aside(s: Session, post: StaffPost, exc: Exception) -> str:
    """Mark a post that would block the queue for ever: its ``last_error`` says "set aside".
    Returns what went wrong: Slack's error code, or the exception's type (its text may
    quote a resident's reply)."""
    s.rollback()  # whatever the failure left in the session; the post is loaded again
    error = exc.error if isinstance(exc, ChannelError) and exc.error else type(exc).__name__
    log.error("staff post %s (%s) set aside: %s", post.id, post.kind,
              error if isinstance(exc, ChannelError) else describe(exc))
    post.last_error = f"set aside: {error}"
    return error


def _set_aside(s: Session, post: StaffPost, exc: Exception,
               lang: str) -> tuple[str, list[dict[str, Any]], Case | None]:
    """A post that cannot be rendered, or whose content Slack refuses, is marked and a plain
    notice goes out in its place."""
    error = _mark_aside(s, post, exc)
    text, blocks = aside_post(post.id, post.kind, post.case_id, error, lang)
    return text, blocks, s.get(Case, post.case_id) if post.case_id else None


def _reconcile(svc: Services, post: StaffPost, thread: str | None) -> str | None:
    """The ts of ``post`` if an earlier try may have reached Slack and Slack has it; else
    None (post it). Raises ChannelError when Slack cannot say: never post blindly."""
    if post.sending_at is None:
        return None
    since = (post.sending_at - timedelta(minutes=5)).timestamp()  # clocks differ a little
    ts = svc.staff.find(post.id, thread, since)
    if ts is not None:
        log.info("staff post found in Slack, not posted again", extra={"post_id": post.id, "kind": post.kind})
    return ts


def deliver_posts(svc: Services, now: datetime | None = None) -> int:
    """Post what is due; returns how many Slack took. Stops early while Slack is down."""
    now = now or svc.clock()
    lang, tz, threshold = svc.settings.staff_language, svc.policy.tz, svc.settings.confidence_threshold
    posted = 0
    with svc.db.uow() as uow:
        s = uow.session
        pending = list(s.scalars(
            select(StaffPost).where(StaffPost.posted.is_(False)).order_by(StaffPost.id).limit(BATCH)))
        held: set[str] = set()  # cases whose earlier post is still waiting: keep the order
        batch: Batch | None
        try:
            batch = Batch.read(s, pending)
        except Exception as exc:  # noqa: BLE001 (each post then reads its own: one bad post stays one)
            log.error("reading a batch of staff posts failed: %s", describe(exc))
            s.rollback()
            batch = None
        for post in pending:
            key = post.case_id or f"post:{post.id}"
            if key in held or (post.attempts and post.next_attempt_at > now):
                held.add(key)
                continue
            if post.kind == "refresh":
                done = _refresh(svc, s, post, tz, lang, threshold, now)
                if done is None:
                    held.add(key)
                    break
                continue
            try:
                text, blocks, case = _render(s, post, tz, lang, threshold, batch)
            except Exception as exc:  # one bad post never blocks the others
                text, blocks, case = _set_aside(s, post, exc, lang)
            thread = case.slack_ts if case else None
            started = time.perf_counter()
            posting = False
            try:
                ts = _reconcile(svc, post, thread)
                if ts is None:
                    post.sending_at = utcnow()  # wall time, as Slack's ts: where to look later
                    uow.commit()  # before the call: a crash or a lost answer leaves it marked
                    posting = True
                    try:
                        ts = svc.staff.post(text, blocks, thread_ts=thread, post_id=post.id)
                    except ChannelError as exc:
                        if exc.error not in UNPOSTABLE or (post.last_error or "").startswith("set aside"):
                            raise
                        # Slack refuses this post's content: the notice goes in its place.
                        text, blocks, case = _set_aside(s, post, exc, lang)
                        ts = svc.staff.post(text, blocks, thread_ts=thread, post_id=post.id)
            except ChannelError as exc:
                backoff = _failed(post, exc, now)
                if posting and not exc.ambiguous:
                    post.sending_at = None  # Slack answered that it did not take it
                uow.commit()
                log.warning("staff post not taken", extra={
                    "post_id": post.id, "kind": post.kind, "case_id": post.case_id, "status": "refused",
                    "error": str(exc), "retry_in_s": round(backoff), "permanent": exc.permanent})
                held.add(key)
                if not exc.permanent:
                    break  # Slack is down or limiting us: the rest waits too
                continue
            except Exception as exc:  # the channel failed on this post in a way of its own
                _mark_aside(s, post, exc)
                post.posted = True
                uow.commit()
                continue
            post.posted, post.slack_ts = True, ts
            if case is not None and case.slack_ts is None:
                case.slack_ts = ts
            uow.commit()  # one by one: a crash loses no record of what Slack took
            posted += 1
            log.info("staff post", extra={"post_id": post.id, "kind": post.kind, "case_id": post.case_id,
                                          "status": "posted", "duration_ms": _ms(started)})
    return posted
