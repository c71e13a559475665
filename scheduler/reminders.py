"""A case's one scheduled reminder: set, replace, cancel (inside the caller's transaction).

Written as prebuilt Core statements, not as loaded objects: a reply's webhook runs these
on its hot path (issue 15). A caller's pending changes are flushed first and the reminders
it has loaded are expired after (core.db.flush_pending, expire_loaded).
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from typing import Any

from sqlalchemy import ScalarSelect, bindparam, func, insert, select, update
from sqlalchemy.orm import Session

from core.db import expire_loaded, flush_pending
from core.models import Reminder, ReminderStatus, utcnow
from core.prepared import Prepared

# Columns of the table, not of the mapped class: a statement built on the class is an
# ORM statement, which costs five times as much to run (issue 15).
_r = Reminder.__table__.c


def scheduled(session: Session, case_id: str) -> Reminder | None:
    return session.scalar(
        select(Reminder).where(Reminder.case_id == case_id, Reminder.status == ReminderStatus.SCHEDULED)
    )


def _sent(case_id: Any) -> ScalarSelect[int]:
    return (select(func.count()).where(_r.case_id == case_id, _r.status == ReminderStatus.SENT)
            .scalar_subquery())


def sent_count(session: Session, case_id: str) -> int:
    return session.scalar(select(_sent(case_id))) or 0


_REPLACE = Prepared(update(Reminder.__table__).where(
    _r.case_id == bindparam("p_case_id"), _r.status == ReminderStatus.SCHEDULED,
).values(status=ReminderStatus.REPLACED, updated_at=bindparam("p_now")))
_schedule = insert(Reminder.__table__).inline().values(
    case_id=bindparam("p_case_id"), run_at=bindparam("p_run_at"), reason=bindparam("p_reason"),
    status=ReminderStatus.SCHEDULED, sequence=bindparam("p_sent") + 1)
_SCHEDULE = Prepared(_schedule)
_SCHEDULE_COUNTING = Prepared(_schedule.values(sequence=_sent(bindparam("p_case_id")) + 1))


def replace(session: Session, case_id: str, run_at: datetime, reason: str, *,
            sent: int | None = None) -> datetime:
    """Make ``run_at`` the case's one scheduled reminder, replacing any other; returns it.

    ``sent`` (reminders sent so far) may be given by a caller that already knows it; else
    the database counts them in the INSERT itself.
    """
    flush_pending(session)
    params = {"p_case_id": case_id, "p_run_at": run_at, "p_reason": reason, "p_now": utcnow()}
    # First, as the partial unique index allows one scheduled row per case.
    _REPLACE.execute(session, params)
    if sent is None:
        _SCHEDULE_COUNTING.execute(session, params)
    else:
        _SCHEDULE.execute(session, {**params, "p_sent": sent})
    expire_loaded(session, Reminder)
    return run_at


# A scheduled reminder cancelled: of several cases (saying which had one), or of one case.
_cancelling = (update(Reminder.__table__).where(_r.status == ReminderStatus.SCHEDULED)
               .values(status=ReminderStatus.CANCELLED, updated_at=bindparam("p_now")))
_CANCEL = Prepared(_cancelling.where(_r.case_id.in_(bindparam("p_case_ids", expanding=True)))
                   .returning(_r.case_id))
_CANCEL_CASE = Prepared(_cancelling.where(_r.case_id == bindparam("p_case_id")))


def cancel(session: Session, case_ids: Iterable[str]) -> list[str]:
    """Cancel the scheduled reminders of ``case_ids``; returns the cases that had one."""
    ids = list(case_ids)
    if not ids:
        return []
    flush_pending(session)
    had = _CANCEL.scalars(session, {"p_case_ids": ids, "p_now": utcnow()})
    if had:
        expire_loaded(session, Reminder)
    return had


def cancel_case(session: Session, case_id: str) -> None:
    """Cancel the case's scheduled reminder, if it has one; unlike ``cancel`` it does not say
    whether it had, so that inside ``core.prepared.Writes`` it goes with the other writes."""
    flush_pending(session)
    _CANCEL_CASE.execute(session, {"p_case_id": case_id, "p_now": utcnow()})
    expire_loaded(session, Reminder)
