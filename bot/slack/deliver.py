"""Delivering queued staff posts to Slack, in order, one thread per case, until Slack takes them."""

from __future__ import annotations

import logging
import time
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any

from sqlalchemy import Select, bindparam, select, true, update
from sqlalchemy import case as sql_case
from sqlalchemy.orm import Session, joinedload
from sqlalchemy.orm.attributes import set_committed_value

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
from core.prepared import Prepared

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


def pending_posts() -> Select[tuple[StaffPost]]:
    """The next batch of the outbox, oldest first (served by ix_staff_posts_unposted)."""
    return select(StaffPost).where(~StaffPost.posted).order_by(StaffPost.id).limit(BATCH)


def _order_key(post: StaffPost) -> str:
    """Posts of one case go in order; a post without a case, on its own."""
    return post.case_id or f"post:{post.id}"


def _waiting(post: StaffPost, now: datetime) -> bool:
    """Refused before, and its retry time has not come."""
    return bool(post.attempts) and post.next_attempt_at > now


def _claim(post: StaffPost | None, held: set[str], now: datetime) -> StaffPost | None:
    """``post`` if it is the next to be posted and no earlier try may have reached Slack (one
    that may have is looked for in Slack first, as before): `_record` marks it sending."""
    if (post is None or post.kind == "refresh" or post.sending_at is not None or _waiting(post, now)
            or _order_key(post) in held):
        return None
    return post


_posts, _cases = StaffPost.__table__.c, Case.__table__.c
# What Slack took and the next post's mark, in one statement: the ORM's flush of the same
# two rows cost a third of the scheduler's CPU per post (issue 15).
_POSTED = Prepared(update(StaffPost.__table__)
                   .where(_posts.id.in_([bindparam("done"), bindparam("next")]))
                   .values(posted=sql_case((_posts.id == bindparam("done"), true()), else_=_posts.posted),
                           slack_ts=sql_case((_posts.id == bindparam("done"), bindparam("ts")), else_=_posts.slack_ts),
                           sending_at=sql_case((_posts.id == bindparam("next"), bindparam("at")),
                                           else_=_posts.sending_at)))
_THREAD = Prepared(update(Case.__table__).where(_cases.id == bindparam("case_id"), _cases.slack_ts.is_(None))
                   .values(slack_ts=bindparam("ts")))


def _record(s: Session, post: StaffPost, ts: str, case: Case | None, claimed: StaffPost | None) -> None:
    """``post`` taken by Slack as ``ts`` (the first post of its case starts the case's thread),
    and ``claimed`` marked sending: written as statements, the loaded rows told the same."""
    at = utcnow()  # wall time, as Slack's ts: where to look later
    _POSTED.execute(s, {"done": post.id, "ts": ts, "next": claimed.id if claimed else None, "at": at})
    set_committed_value(post, "posted", True)
    set_committed_value(post, "slack_ts", ts)
    if claimed is not None:
        set_committed_value(claimed, "sending_at", at)
    if case is not None and case.slack_ts is None:
        _THREAD.execute(s, {"case_id": case.id, "ts": ts})
        set_committed_value(case, "slack_ts", ts)


def deliver_posts(svc: Services, now: datetime | None = None) -> int:
    """Post what is due; returns how many Slack took. Stops early while Slack is down."""
    now = now or svc.clock()
    lang, tz, threshold = svc.settings.staff_language, svc.policy.tz, svc.settings.confidence_threshold
    posted = 0
    with svc.db.uow() as uow:
        s = uow.session
        pending = list(s.scalars(pending_posts()))
        held: set[str] = set()  # cases whose earlier post is still waiting: keep the order
        batch: Batch | None
        try:
            batch = Batch.read(s, pending)
        except Exception as exc:  # noqa: BLE001 (each post then reads its own: one bad post stays one)
            log.error("reading a batch of staff posts failed: %s", describe(exc))
            s.rollback()
            batch = None
        claimed: StaffPost | None = None  # marked sending in the last post's commit: no look in Slack
        for i, post in enumerate(pending):
            key = _order_key(post)
            if key in held or _waiting(post, now):
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
                ts = None if post is claimed else _reconcile(svc, post, thread)
                if ts is None:
                    if post is not claimed:
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
            # The next post is marked sending in the same commit: one commit per post, and still
            # each post marked before its call (a crash between leaves it to be looked for).
            claimed = _claim(pending[i + 1] if i + 1 < len(pending) else None, held, now)
            _record(s, post, ts, case, claimed)
            uow.commit()  # one by one: a crash loses no record of what Slack took
            posted += 1
            log.info("staff post", extra={"post_id": post.id, "kind": post.kind, "case_id": post.case_id,
                                          "status": "posted", "duration_ms": _ms(started)})
    return posted
