"""Sending SMS exactly once: claim, commit, call the provider, record.

A message is written as ``queued`` in the same transaction as whatever caused it. To send
it, one process claims it (``queued`` -> ``sending``, an atomic UPDATE) and commits
before calling the provider. If the process dies during the call, the message stays
``sending``; at start-up it is marked ``unknown`` and shown to staff, never resent
blindly. Retryable refusals (429, 5xx, no connection) go back to ``queued`` with a capped
backoff, until PROVIDER_RETRY_HOURS have passed; staff get one alert per outage.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from sqlalchemy import select, update
from sqlalchemy.exc import IntegrityError

from core import telemetry
from core.db import Database
from core.errors import describe
from core.models import (
    Campaign,
    Case,
    CaseStatus,
    Group,
    Member,
    Message,
    MessageStatus,
    Phone,
    PhoneStatus,
    Reminder,
    ReminderStatus,
    utcnow,
)
from core.providers import LookupUnavailable, SendError, SendUnknown, SmsProvider
from core.records import audit, post_to_staff, post_undelivered
from core.settings import Settings
from scheduler import reminders
from scheduler.policy import PAUSE, Policy, after_reminder

log = logging.getLogger(__name__)

SENDABLE_CASE = (CaseStatus.OPEN,)
FAILING = " (failing: retried at every sweep)"  # marks a reminder that staff were told of


class RateLimit:
    """At most ``rate`` calls a second across this process's threads."""

    def __init__(self, rate: float, sleep: Callable[[float], None] = time.sleep):
        self.interval = 1.0 / rate
        self._next = 0.0
        self._lock = threading.Lock()
        self._sleep = sleep

    def wait(self) -> None:
        with self._lock:
            now = time.monotonic()
            delay = self._next - now
            self._next = max(now, self._next) + self.interval
        if delay > 0:
            self._sleep(delay)


def case_values(case: Case) -> dict[str, str]:
    """What a reminder template may say about the case (never its amount or the name)."""
    return {"tax_type": case.tax_type, "due_date": f"{case.due_date.month}月{case.due_date.day}日"}


@dataclass
class FireResult:
    case_id: str
    outcome: str  # sent, queued (for retry), failed, skipped, moved, not_due, none, error
    detail: str = ""
    message_id: int | None = None


@dataclass
class Outbound:
    db: Database
    provider: SmsProvider
    settings: Settings
    policy: Policy
    clock: Callable[[], datetime] = utcnow
    rate: RateLimit = field(init=False)

    def __post_init__(self) -> None:
        self.rate = RateLimit(self.settings.send_rate)

    # --- messages ---------------------------------------------------------------------

    def send(self, message_id: int) -> str:
        """Send one queued message if this process wins the claim; returns its status."""
        with self.db.uow() as uow:
            claimed = uow.session.execute(
                update(Message)
                .where(Message.id == message_id, Message.status == MessageStatus.QUEUED)
                .values(status=MessageStatus.SENDING, attempts=Message.attempts + 1,
                        status_at=self.clock())
            ).rowcount
            uow.commit()
            msg = uow.session.get(Message, message_id)
            assert msg is not None
            if not claimed:
                return msg.status
            to, body, key = msg.phone_e164, msg.body, msg.idempotency_key or f"message:{msg.id}"
            facts = {"message_id": message_id, "kind": msg.kind, "case_id": msg.case_id, "attempt": msg.attempts}
        self.rate.wait()
        started = time.perf_counter()
        status = self._call(message_id, to, body, key)
        log.info("sms send", extra={**facts, "status": status, "provider": self.provider.name,
                                    "duration_ms": round((time.perf_counter() - started) * 1000, 1)})
        return status

    def _call(self, message_id: int, to: str, body: str, key: str) -> str:
        """Call the provider for a claimed message and record the outcome; returns its status."""
        try:
            sent = self.provider.send(to, body, key)
        except SendUnknown as exc:
            return self._finish(message_id, MessageStatus.UNKNOWN, error=str(exc))
        except SendError as exc:
            return self._refused(message_id, exc)
        except Exception as exc:  # a bug in an adapter must not leave the claim hanging
            log.error("provider adapter failed: %s", describe(exc))
            return self._finish(message_id, MessageStatus.UNKNOWN, error=f"adapter error: {type(exc).__name__}")
        return self._finish(message_id, sent.status, sid=sent.provider_sid)

    def _finish(self, message_id: int, status: str, *, sid: str | None = None,
                error: str | None = None, code: str | None = None) -> str:
        with self.db.uow() as uow:
            msg = uow.session.get(Message, message_id)
            assert msg is not None
            msg.status, msg.status_at = status, self.clock()
            if sid:
                msg.provider_sid, msg.sent_at = sid, self.clock()
                since = telemetry.outage_ends(uow.session, telemetry.PROVIDER_OUTAGE)
                if since is not None:
                    post_to_staff(uow.session, "provider_up", since=since.isoformat(),
                                  until=utcnow().isoformat())
            if error:
                msg.error, msg.error_code = error, code
            if status in (MessageStatus.UNKNOWN, MessageStatus.FAILED):
                post_undelivered(uow.session, msg)
            uow.commit()
        return status

    def _refused(self, message_id: int, exc: SendError) -> str:
        with self.db.uow() as uow:
            msg = uow.session.get(Message, message_id)
            assert msg is not None
            now = self.clock()
            telemetry.bump(uow.session, telemetry.PROVIDER_REFUSALS, now)
            if exc.retryable:
                msg.retry_since = msg.retry_since or now
            if exc.retryable and self._within_horizon(msg, now):
                backoff = min(exc.retry_after or 2.0 ** msg.attempts, self.settings.provider_retry_max_seconds)
                retry_at = now + timedelta(seconds=backoff)
                if msg.kind == "reminder":
                    retry_at = self.policy.first_slot(retry_at)  # never in the night
                msg.status, msg.error, msg.error_code = MessageStatus.QUEUED, str(exc), exc.code
                msg.next_attempt_at = retry_at
                since = utcnow()  # wall time, as every telemetry row's: /healthz gives its age
                if telemetry.outage_begins(uow.session, telemetry.PROVIDER_OUTAGE, since):
                    post_to_staff(uow.session, "provider_down", since=since.isoformat(), error=str(exc))
                uow.commit()
                log.warning("provider refused for now", extra={
                    "message_id": message_id, "error_code": exc.code, "retry_in_s": round(backoff)})
                return MessageStatus.QUEUED
            if exc.opted_out:
                phone = uow.session.get(Phone, msg.phone_e164)
                if phone is not None and phone.status == PhoneStatus.ACTIVE:
                    phone.status = PhoneStatus.OPTED_OUT
                    audit(uow.session, msg.case_id, "provider", "opted_out_at_provider",
                          error_code=exc.code)
            uow.commit()
        return self._finish(message_id, MessageStatus.FAILED, error=str(exc), code=exc.code)

    def _within_horizon(self, msg: Message, now: datetime) -> bool:
        """May a retryable refusal still be retried? For PROVIDER_RETRY_HOURS since the first
        refusal; a reminder counts only send-slot time, as it is only tried in slots."""
        assert msg.retry_since is not None
        horizon = self.settings.provider_retry_hours * 3600
        if msg.kind == "reminder":
            return self.policy.slot_seconds(msg.retry_since, now) < horizon
        return (now - msg.retry_since).total_seconds() < horizon

    def drain(self) -> int:
        """Send every queued message that is due, oldest first; returns how many were tried."""
        now = self.clock()
        with self.db.uow() as uow:
            ids = list(uow.session.scalars(
                select(Message.id)
                .where(Message.status == MessageStatus.QUEUED, Message.next_attempt_at <= now)
                .order_by(Message.id)
            ))
        for message_id in ids:
            try:
                self.send(message_id)
            except Exception:  # one bad message never blocks the queue
                # Left claimed ("sending"), recover() settles it by asking the provider.
                log.exception("sending one message failed; the queue goes on", extra={"message_id": message_id})
        return len(ids)

    def recover(self) -> dict[str, int]:
        """Settle sends that a crash interrupted mid-call (every sweep, and before a
        campaign run): ask the provider.

        Found there: recorded as sent. Surely not there: queued again. The provider cannot
        tell: marked unknown and shown to staff, never resent blindly.
        """
        counts = {"sent": 0, "requeued": 0, "unknown": 0}
        # Only claims old enough that no live process can still be in the call: another
        # process's send in flight must not be mistaken for a crash.
        stale = self.clock() - timedelta(seconds=self.settings.recover_after_seconds)
        with self.db.uow() as uow:
            stuck = list(uow.session.scalars(
                select(Message).where(Message.status == MessageStatus.SENDING, Message.status_at < stale)
                .order_by(Message.id)))
            for msg in stuck:
                try:
                    found = self.provider.find_sent(msg.phone_e164, msg.body,
                                                    msg.status_at or msg.created_at)
                except LookupUnavailable as exc:
                    msg.status, msg.error = MessageStatus.UNKNOWN, (
                        f"the service stopped while the provider was being called ({exc})")
                    post_undelivered(uow.session, msg)
                    counts["unknown"] += 1
                    continue
                if found is not None:
                    msg.status, msg.provider_sid = found.status, found.provider_sid
                    msg.sent_at = msg.status_at = self.clock()
                    counts["sent"] += 1
                else:
                    msg.status, msg.next_attempt_at = MessageStatus.QUEUED, self.clock()
                    counts["requeued"] += 1
            uow.commit()
        if stuck:
            log.warning("recovered interrupted sends", extra=counts)
        return counts

    # --- reminders --------------------------------------------------------------------

    def fire(self, case_id: str, reminder_id: int | None = None) -> FireResult:
        """Send the case's scheduled reminder if it is due, checking every never-send rule.

        With ``reminder_id``, only that reminder: if another process (the scheduler) has
        sent it already, the outcome says so and nothing more is sent.
        """
        now = self.clock()
        with self.db.uow() as uow:
            s = uow.session
            rem = reminders.scheduled(s, case_id)
            if reminder_id is not None and (rem is None or rem.id != reminder_id):
                done = s.get(Reminder, reminder_id)
                status = done.status if done else "missing"
                if status in (ReminderStatus.SENT, ReminderStatus.SENDING):
                    return FireResult(case_id, "sent_elsewhere", "by the scheduler process")
                return FireResult(case_id, "none", f"reminder is {status}")
            if rem is None:
                return FireResult(case_id, "none")
            if rem.run_at > now:
                return FireResult(case_id, "not_due")
            if not self.policy.in_slot(now):
                rem.run_at = self.policy.first_slot(now)
                uow.commit()
                return FireResult(case_id, "moved", rem.run_at.isoformat())
            case = s.get(Case, case_id)
            assert case is not None
            member = s.get(Member, case_id)
            why_not = self._never_send(case, member)
            if why_not:
                rem.status = ReminderStatus.SKIPPED
                rem.reason = f"{rem.reason} (skipped: {why_not})"
                audit(s, case_id, "system", "reminder_skipped", reason=why_not)
                uow.commit()
                return FireResult(case_id, "skipped", why_not)
            today = self.policy.local(now).date()
            try:
                claimed = s.execute(
                    update(Reminder)
                    .where(Reminder.id == rem.id, Reminder.status == ReminderStatus.SCHEDULED)
                    .values(status=ReminderStatus.SENDING, send_day=today)
                ).rowcount
            except IntegrityError:
                # The one-per-day index: a reminder already went to this case today (a
                # dateless promise with PROMISE_DEFAULT_DAYS=0). Try again at tomorrow's slot.
                uow.rollback()
                return self._postpone_to_tomorrow(case_id)
            if not claimed:
                # Another process (the running scheduler) claimed it between our read and now.
                return FireResult(case_id, "sent_elsewhere", "by the scheduler process")
            s.refresh(rem)
            campaign = s.get(Campaign, member.campaign) if member else None
            body = self.reminder_text(case, rem.sequence, campaign.stages if campaign else ())
            msg = Message(
                direction="out", kind="reminder", phone_e164=case.phone_e164, case_id=case.id,
                body=body, status=MessageStatus.QUEUED, provider=self.provider.name,
                idempotency_key=f"reminder:{rem.id}", next_attempt_at=now,
            )
            s.add(msg)
            s.flush()
            rem.status, rem.message_id = ReminderStatus.SENT, msg.id
            count = rem.sequence  # reminders are numbered in the order they are sent
            nxt = after_reminder(self.policy, now, count)
            if nxt.action == PAUSE:
                case.status = CaseStatus.HANDED_OVER
                audit(s, case_id, "system", "handed_over", reason=nxt.reason)
                post_to_staff(s, "handed_over", case_id=case_id, count=count)
            else:
                assert nxt.run_at is not None
                reminders.replace(s, case_id, nxt.run_at, nxt.reason, sent=count)
            audit(s, case_id, "system", "reminder_sent", sequence=rem.sequence, message_id=msg.id)
            try:
                uow.commit()
            except IntegrityError:
                uow.rollback()
                return self._postpone_to_tomorrow(case_id)
            message_id = msg.id
        return self.result(case_id, message_id, self.send(message_id))

    @staticmethod
    def result(case_id: str, message_id: int, status: str) -> FireResult:
        """A send's outcome as a campaign counts it: sent, queued (for retry) or failed."""
        outcome = {MessageStatus.FAILED: "failed", MessageStatus.UNKNOWN: "failed",
                   MessageStatus.QUEUED: "queued"}.get(status, "sent")
        return FireResult(case_id, outcome, status, message_id)

    def _postpone_to_tomorrow(self, case_id: str) -> FireResult:
        with self.db.uow() as uow:
            rem = reminders.scheduled(uow.session, case_id)
            if rem is None:
                return FireResult(case_id, "none")
            tomorrow = self.policy.local(self.clock()).date() + timedelta(days=1)
            rem.run_at = self.policy.first_slot(self.policy.start_of_day(tomorrow))
            uow.commit()
            return FireResult(case_id, "moved", "one reminder per case per day")

    @staticmethod
    def _never_send(case: Case, member: Member | None = None) -> str | None:
        if member is not None and member.group == Group.HOLDOUT:
            # A staff action (a logged call, a resume) may schedule one; the hold-out stays untexted.
            return f"held out of campaign {member.campaign}"
        if case.status not in SENDABLE_CASE:
            return f"case is {case.status}"
        phone = case.phone
        if phone.status != PhoneStatus.ACTIVE:
            return f"number is {phone.status}"
        if not phone.is_mobile:
            return "number is not a mobile"
        return None

    def reminder_text(self, case: Case, sequence: int = 1, stages: Sequence[str] = ()) -> str:
        """Reminder ``sequence`` of ``case``: its campaign's stage of that number (past the
        last stage, the last), or REMINDER_TEMPLATE for a campaign without stages."""
        template = stages[min(sequence, len(stages)) - 1] if stages else self.settings.reminder_template
        return self.settings.text(template, **case_values(case))

    def due_cases(self, *, failing: bool = True) -> list[str]:
        """Cases whose scheduled reminder is due, earliest first (the index on status and
        run_at); without ``failing``, not those marked failing."""
        now = self.clock()
        with self.db.uow() as uow:
            rows = uow.session.execute(
                select(Reminder.case_id, Reminder.reason)
                .where(Reminder.status == ReminderStatus.SCHEDULED, Reminder.run_at <= now)
                .order_by(Reminder.run_at, Reminder.id)).all()
        return [cid for cid, reason in rows if failing or not reason.endswith(FAILING)]

    def fire_due(self) -> list[FireResult]:
        """The scheduler's due-reminder job: every due reminder, earliest first, in a send
        slot only. One marked failing is left to the sweep, which retries it at its own pace."""
        if not self.policy.in_slot(self.clock()):
            return []
        results = [self._fire_apart(case_id) for case_id in self.due_cases(failing=False)]
        if results:
            log.info("due reminders", extra={"due": len(results), "outcomes": _tally(results)})
        return results

    def _fire_apart(self, case_id: str) -> FireResult:
        """fire(), with a failure set aside: one bad case never blocks the sweep. Its
        reminder stays scheduled (the next sweep tries again); the log names the case, and
        staff are told once."""
        try:
            return self.fire(case_id)
        except Exception as exc:
            log.exception("reminder for one case failed; the sweep goes on", extra={"case_id": case_id})
            self._flag(case_id, type(exc).__name__)
            return FireResult(case_id, "error", type(exc).__name__)

    def _flag(self, case_id: str, error: str) -> None:
        """Mark the case's reminder as failing and tell staff, the first time only."""
        with self.db.uow() as uow:
            rem = reminders.scheduled(uow.session, case_id)
            if rem is None or rem.reason.endswith(FAILING):
                return
            rem.reason = f"{rem.reason}{FAILING}"
            audit(uow.session, case_id, "system", "reminder_error", error=error)
            post_to_staff(uow.session, "reminder_error", case_id=case_id, error=error)
            uow.commit()

    def sweep(self) -> list[FireResult]:
        """Settle crashed sends, then fire every due reminder, earliest first (after downtime too)."""
        started = time.perf_counter()
        recovered = self.recover()
        in_slot = self.policy.in_slot(self.clock())
        results = [self._fire_apart(case_id) for case_id in self.due_cases()] if in_slot else []
        log.info("sweep", extra={"in_slot": in_slot, "due": len(results), "outcomes": _tally(results),
                                 "recovered": recovered,
                                 "duration_ms": round((time.perf_counter() - started) * 1000, 1)})
        return results


def _tally(results: list[FireResult]) -> dict[str, int]:
    outcomes: dict[str, int] = {}
    for r in results:
        outcomes[r.outcome] = outcomes.get(r.outcome, 0) + 1
    return outcomes
