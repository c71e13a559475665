"""Applying policy.md's table to stored cases after a reply (or a staff correction)."""

from __future__ import annotations

from datetime import date, datetime
from typing import Protocol

from sqlalchemy import bindparam, select, update
from sqlalchemy.orm import Session

from core.db import expire_loaded, flush_pending
from core.models import (
    Case,
    CaseStatus,
    Phone,
    PhoneStatus,
    Reminder,
    ReminderStatus,
    utcnow,
)
from core.prepared import Prepared
from core.records import audit
from replies.labels import PAYMENT_PROMISE, WRONG_NUMBER
from scheduler import reminders
from scheduler.policy import (
    PAUSE,
    SCHEDULE,
    STOP_NUMBER,
    Decision,
    Policy,
    after_reminder,
    after_reply,
)

LIVE = (CaseStatus.OPEN, CaseStatus.PAUSED, CaseStatus.HANDED_OVER)


class CaseState(Protocol):
    """What applying a label needs of a case: a loaded `Case`, or a reply's lookup row."""

    @property
    def id(self) -> str: ...

    @property
    def status(self) -> str: ...


# Columns of the tables, not of the mapped classes: see scheduler.reminders.
_cases, _phones = Case.__table__, Phone.__table__
_MARK_NUMBER = Prepared(update(_phones).where(_phones.c.e164 == bindparam("p_e164"))
                        .values(status=bindparam("p_status"), updated_at=bindparam("p_now")))
_CASES_OF_NUMBER = Prepared(select(_cases.c.id).where(_cases.c.phone_e164 == bindparam("p_e164")))
_label_case = (update(_cases).where(_cases.c.id == bindparam("p_case_id"))
               .values(label=bindparam("p_label"), promised_date=bindparam("p_promised"),
                       updated_at=bindparam("p_now")))
_LABEL_CASE = Prepared(_label_case)
# Open and paused are live, so not closed: what Case._closing sets for them.
_LABEL_AND_MOVE_CASE = Prepared(_label_case.values(status=bindparam("p_status"), closed_at=None))


def apply_label(
    session: Session, policy: Policy, e164: str, case: CaseState | None, label: str,
    received_at: datetime, promised: date | None, actor: str,
) -> Decision:
    """Do what policy.md's table says after ``label`` (a reply, or a staff correction), and
    make it the case's label. Prebuilt statements, not loaded objects: a reply's webhook runs
    this (issue 15); a caller's pending changes are written first, and what it has loaded
    of the number and the case is read again after."""
    decision = after_reply(policy, label, received_at, promised)
    flush_pending(session)
    status: str | None = None
    if decision.action == STOP_NUMBER:
        number = PhoneStatus.INVALID if label == WRONG_NUMBER else PhoneStatus.OPTED_OUT
        _MARK_NUMBER.execute(session, {"p_e164": e164, "p_status": number, "p_now": utcnow()})
        expire_loaded(session, Phone, e164)
        case_ids = _CASES_OF_NUMBER.scalars(session, {"p_e164": e164})
        reminders.cancel(session, case_ids)
        audit(session, case.id if case else None, actor, "number_" + number, label=label, cases=case_ids)
    elif case is not None and case.status in LIVE:
        if decision.action == SCHEDULE:
            assert decision.run_at is not None
            if label == PAYMENT_PROMISE and case.status != CaseStatus.OPEN:
                status = CaseStatus.OPEN  # a promise re-opens a paused or handed-over case
            reminders.replace(session, case.id, decision.run_at, decision.reason)
        elif decision.action == PAUSE:
            status = CaseStatus.PAUSED
            reminders.cancel_case(session, case.id)
        audit(session, case.id, actor, "policy_applied", label=label, decision=decision.action,
              run_at=decision.run_at.isoformat() if decision.run_at else None)
    if case is not None:
        params = {"p_case_id": case.id, "p_label": label, "p_now": utcnow(),
                  "p_promised": promised if label == PAYMENT_PROMISE else None}
        if status is None:
            _LABEL_CASE.execute(session, params)
        else:
            _LABEL_AND_MOVE_CASE.execute(session, {**params, "p_status": status})
        expire_loaded(session, Case, case.id)
    return decision


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
    return reminders.replace(session, case.id, max(decision.run_at, policy.first_slot(now)),
                             decision.reason)


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
