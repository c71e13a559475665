"""Applying policy.md's table to stored cases after a reply (or a staff correction)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from core.models import Case, CaseStatus, Phone, PhoneStatus, Reminder, ReminderStatus
from core.records import audit
from replies.labels import PAYMENT_PROMISE, WRONG_NUMBER
from scheduler import reminders
from scheduler.policy import PAUSE, SCHEDULE, STOP_NUMBER, Decision, Policy, after_reminder, after_reply

LIVE = (CaseStatus.OPEN, CaseStatus.PAUSED, CaseStatus.HANDED_OVER)


@dataclass
class Applied:
    decision: Decision


def apply_label(
    session: Session, policy: Policy, phone: Phone, case: Case | None, label: str,
    received_at: datetime, promised: date | None, actor: str,
) -> Applied:
    decision = after_reply(policy, label, received_at, promised)
    applied = Applied(decision)
    if decision.action == STOP_NUMBER:
        phone.status = PhoneStatus.INVALID if label == WRONG_NUMBER else PhoneStatus.OPTED_OUT
        case_ids = list(session.scalars(select(Case.id).where(Case.phone_e164 == phone.e164)))
        reminders.cancel(session, case_ids)
        audit(session, case.id if case else None, actor, "number_" + phone.status,
              label=label, cases=case_ids)
        return applied
    if case is None or case.status not in LIVE:
        return applied
    if decision.action == SCHEDULE:
        assert decision.run_at is not None
        if label == PAYMENT_PROMISE and case.status != CaseStatus.OPEN:
            case.status = CaseStatus.OPEN  # a promise re-opens a paused or handed-over case
        reminders.replace(session, case, decision.run_at, decision.reason)
    elif decision.action == PAUSE:
        case.status = CaseStatus.PAUSED
        reminders.cancel(session, [case.id])
    audit(session, case.id, actor, "policy_applied", label=label, decision=decision.action,
          run_at=decision.run_at.isoformat() if decision.run_at else None)
    return applied


def continue_cadence(session: Session, policy: Policy, case: Case, now: datetime) -> datetime | None:
    """An open case with no scheduled reminder gets the next one of the no-reply cadence.

    Returns its run_at, or None where nothing was scheduled (the case is not open, already
    has one, or had its last reminder: then it is handed over).
    """
    if case.status != CaseStatus.OPEN or reminders.scheduled(session, case.id) is not None:
        return None
    last = session.scalar(select(Reminder.updated_at).where(
        Reminder.case_id == case.id, Reminder.status == ReminderStatus.SENT
    ).order_by(Reminder.id.desc()).limit(1))
    decision = after_reminder(policy, last or now, reminders.sent_count(session, case.id))
    if decision.action == PAUSE:
        case.status = CaseStatus.HANDED_OVER
        return None
    assert decision.run_at is not None
    return reminders.replace(session, case, max(decision.run_at, policy.first_slot(now)),
                             decision.reason).run_at


def opt_in(session: Session, policy: Policy, phone: Phone, now: datetime) -> list[str]:
    """Re-activate an opted-out number and give its open cases their reminders back.

    Returns the cases given one; nothing if the number was not opted out (a number marked
    wrong stays so: README, Decisions).
    """
    if phone.status != PhoneStatus.OPTED_OUT:
        return []
    phone.status = PhoneStatus.ACTIVE
    cases = session.scalars(select(Case).where(Case.phone_e164 == phone.e164).order_by(Case.id))
    return [case.id for case in cases if continue_cadence(session, policy, case, now) is not None]
