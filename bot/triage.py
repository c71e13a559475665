"""What staff do to a case from Slack: each operation is one transaction, audited with the
Slack user id, and queues a line in the case's thread and a refresh of the message acted on."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING

from sqlalchemy.orm import Session
from sqlalchemy.exc import IntegrityError

from core.models import (
    Case,
    CaseStatus,
    Message,
    MessageStatus,
    PhoneStatus,
    Reading,
)
from core.records import audit, post_to_staff
from core.sms_text import TemplateError, check_message
from replies.labels import LABELS, OPT_OUT, PAYMENT_PROMISE, WRONG_NUMBER
from scheduler import reminders
from scheduler.apply import apply_label, continue_cadence

if TYPE_CHECKING:
    from bot.bootstrap import Services

PAUSING = ("already_paid", "consultation_request")


class TriageError(ValueError):
    """The operation cannot be done; the message is shown to the staff member."""


@dataclass
class Outcome:
    case_id: str
    line: str  # key of the thread line (bot.slack.render.ACTION_LINES)
    params: dict[str, str] = field(default_factory=dict)


def _case(s: Session, case_id: str) -> Case:
    case = s.get(Case, case_id)
    if case is None:
        raise TriageError(f"案件 {case_id} が見つかりません")
    if case.erased_at is not None:  # nothing left to act on, and nothing to bring back
        raise TriageError(f"案件 {case_id} は保存期間を過ぎたため記録を消去済みです")
    return case


def _finish(svc: Services, s: Session, outcome: Outcome, user: str, refresh_ts: str | None) -> Outcome:
    post_to_staff(s, "action", case_id=outcome.case_id, line=outcome.line, user=user,
                  params=outcome.params)
    if refresh_ts:
        post_to_staff(s, "refresh", case_id=outcome.case_id, ts=refresh_ts)
    s.commit()
    svc.kick()
    return outcome


def _continue_cadence(svc: Services, s: Session, case: Case) -> None:
    continue_cadence(s, svc.policy, case, svc.clock())


def assign(svc: Services, case_id: str, user: str, refresh_ts: str | None = None) -> Outcome:
    with svc.db.uow() as uow:
        case = _case(uow.session, case_id)
        case.assignee = user
        audit(uow.session, case_id, f"slack:{user}", "assigned", assignee=user)
        return _finish(svc, uow.session, Outcome(case_id, "assigned"), user, refresh_ts)


def _halt(svc: Services, case_id: str, user: str, refresh_ts: str | None, status: str,
          action: str, refuse_closed: bool) -> Outcome:
    """Set the case's status and cancel its reminder."""
    with svc.db.uow() as uow:
        s = uow.session
        case = _case(s, case_id)
        if refuse_closed and case.status in (CaseStatus.PAID, CaseStatus.CLOSED):
            raise TriageError("納付済・終了の案件です")
        if status == CaseStatus.PAID:
            case.mark_paid(svc.policy.local(svc.clock()).date())
        else:
            case.status = status
        reminders.cancel(s, [case_id])
        audit(s, case_id, f"slack:{user}", action)
        return _finish(svc, s, Outcome(case_id, action), user, refresh_ts)


def mark_paid(svc: Services, case_id: str, user: str, refresh_ts: str | None = None) -> Outcome:
    return _halt(svc, case_id, user, refresh_ts, CaseStatus.PAID, "marked_paid", refuse_closed=False)


def pause(svc: Services, case_id: str, user: str, refresh_ts: str | None = None) -> Outcome:
    return _halt(svc, case_id, user, refresh_ts, CaseStatus.PAUSED, "paused", refuse_closed=True)


def resume(svc: Services, case_id: str, user: str, refresh_ts: str | None = None) -> Outcome:
    with svc.db.uow() as uow:
        s = uow.session
        case = _case(s, case_id)
        if case.status in (CaseStatus.PAID, CaseStatus.CLOSED):
            raise TriageError("納付済・終了の案件です")
        case.status = CaseStatus.OPEN
        _continue_cadence(svc, s, case)
        audit(s, case_id, f"slack:{user}", "resumed")
        return _finish(svc, s, Outcome(case_id, "resumed"), user, refresh_ts)


def _relabel(svc: Services, s: Session, case: Case, message: Message | None, label: str,
             promised: date | None, user: str) -> None:
    """Undo what the previous label of ``message`` did, then apply ``label`` (policy.md)."""
    phone = case.phone
    old = message.reading.label if message is not None and message.reading else case.label
    if old in (WRONG_NUMBER, OPT_OUT) and label not in (WRONG_NUMBER, OPT_OUT) \
            and phone.status in (PhoneStatus.INVALID, PhoneStatus.OPTED_OUT):
        phone.status = PhoneStatus.ACTIVE
    if old in PAUSING and label not in PAUSING and case.status == CaseStatus.PAUSED:
        case.status = CaseStatus.OPEN
    received = message.created_at if message is not None else svc.clock()
    apply_label(s, svc.policy, phone.e164, case, label, received, promised, f"slack:{user}")
    if label not in (WRONG_NUMBER, OPT_OUT):
        _continue_cadence(svc, s, case)


def _message(s: Session, message_id: int | None) -> Message | None:
    return s.get(Message, message_id) if message_id else None


def reclassify(svc: Services, case_id: str, message_id: int | None, label: str, user: str,
               refresh_ts: str | None = None) -> Outcome:
    if label not in LABELS:
        raise TriageError(f"unknown label {label}")
    with svc.db.uow() as uow:
        s = uow.session
        case = _case(s, case_id)
        msg = _message(s, message_id)
        # Back to a promise: the date last read for this reply (a correction to another
        # label has none) still holds.
        dated = [r.promised_date for r in msg.readings if r.promised_date] if msg is not None else []
        keep = dated[-1] if dated else case.promised_date
        promised = keep if label == PAYMENT_PROMISE else None
        if msg is not None:
            s.add(Reading(message_id=msg.id, label=label, confidence=1.0, promised_date=promised,
                          source=f"slack:{user}"))
            s.flush()
            s.refresh(msg)
        _relabel(svc, s, case, msg, label, promised, user)
        audit(s, case_id, f"slack:{user}", "reclassified", label=label, message_id=message_id)
        return _finish(svc, s, Outcome(case_id, "reclassified", {"label": label}), user, refresh_ts)


def change_promised_date(svc: Services, case_id: str, message_id: int | None, promised: date,
                         user: str, refresh_ts: str | None = None) -> Outcome:
    with svc.db.uow() as uow:
        s = uow.session
        case = _case(s, case_id)
        msg = _message(s, message_id)
        if msg is not None:
            s.add(Reading(message_id=msg.id, label=PAYMENT_PROMISE, confidence=1.0,
                          promised_date=promised, source=f"slack:{user}"))
            s.flush()
            s.refresh(msg)
        _relabel(svc, s, case, msg, PAYMENT_PROMISE, promised, user)
        audit(s, case_id, f"slack:{user}", "promised_date_changed", promised=promised.isoformat())
        return _finish(svc, s, Outcome(case_id, "date_changed", {"date": promised.isoformat()}),
                       user, refresh_ts)


def send_sms(svc: Services, case_id: str, body: str, user: str, request: str | None = None) -> Outcome:
    """Queue a staff-written SMS to the case's number; refuses numbers that must not be texted.

    ``request`` names the submission (Slack's view id): the same submission again, as Slack's
    retry that reaches another worker, finds its SMS queued and queues no second one."""
    body = body.strip()
    if not body:
        raise TriageError("本文が空です")
    try:
        check_message(body)
    except TemplateError as exc:
        raise TriageError(f"送信できません: {exc}") from None
    with svc.db.uow() as uow:
        s = uow.session
        case = _case(s, case_id)
        if case.phone.status == PhoneStatus.OPTED_OUT:
            raise TriageError("この番号は配信停止中のため送信できません")
        if case.phone.status == PhoneStatus.INVALID:
            raise TriageError("この番号は「番号違い」のため送信できません")
        if not case.phone.is_mobile:
            raise TriageError("携帯電話番号ではないためSMSを送れません")
        line = {"body": body.replace("\n", " ")}
        msg = Message(direction="out", kind="staff", phone_e164=case.phone_e164, case_id=case_id,
                      body=body, status=MessageStatus.QUEUED, provider=svc.provider.name,
                      next_attempt_at=svc.clock(), idempotency_key=_submission("staff", request))
        if not _first_time(s, msg):
            return Outcome(case_id, "sms_sent", line)
        msg.idempotency_key = msg.idempotency_key or f"staff:{msg.id}"
        audit(s, case_id, f"slack:{user}", "sms_sent", message_id=msg.id)
        return _finish(svc, s, Outcome(case_id, "sms_sent", line), user, None)


def _submission(kind: str, request: str | None) -> str | None:
    """The idempotency key of a message a Slack submission makes: the same submission again
    (Slack's retry, which may reach another worker) makes the same key."""
    return f"{kind}:slack:{request}"[:100] if request else None


def _first_time(s: Session, msg: Message) -> bool:
    """Add ``msg``; False, with nothing written, when its idempotency key says the same
    submission was stored already."""
    s.add(msg)
    try:
        s.flush()
    except IntegrityError:
        s.rollback()
        return False
    return True


def log_call(svc: Services, case_id: str, label: str, promised: date | None, note: str,
             user: str, request: str | None = None) -> Outcome:
    """A resident called back: the call's outcome drives the same policy as an SMS reply.
    ``request`` names the submission, as for send_sms: a repeat records nothing twice."""
    if label not in LABELS:
        raise TriageError(f"unknown label {label}")
    if label != PAYMENT_PROMISE:
        promised = None
    with svc.db.uow() as uow:
        s = uow.session
        case = _case(s, case_id)
        params = {"label": label, "date": promised.isoformat() if promised else "-",
                  "note": note.strip().replace("\n", " ") or "-"}
        call = Message(direction="in", kind="call", phone_e164=case.phone_e164, case_id=case_id,
                       body=note.strip(), status=MessageStatus.RECEIVED, provider="phone",
                       created_at=svc.clock(), idempotency_key=_submission("call", request))
        if not _first_time(s, call):
            return Outcome(case_id, "call_logged", params)
        s.add(Reading(message_id=call.id, label=label, confidence=1.0, promised_date=promised,
                      source=f"slack:{user}"))
        s.flush()
        _relabel(svc, s, case, None, label, promised, user)
        audit(s, case_id, f"slack:{user}", "call_logged", label=label,
              promised=promised.isoformat() if promised else None)
        return _finish(svc, s, Outcome(case_id, "call_logged", params), user, None)
