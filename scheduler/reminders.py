"""A case's one scheduled reminder: set, replace, cancel (inside the caller's transaction)."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from core.models import Case, Reminder, ReminderStatus


def scheduled(session: Session, case_id: str) -> Reminder | None:
    return session.scalar(
        select(Reminder).where(Reminder.case_id == case_id, Reminder.status == ReminderStatus.SCHEDULED)
    )


def sent_count(session: Session, case_id: str) -> int:
    return session.scalar(
        select(func.count()).select_from(Reminder).where(
            Reminder.case_id == case_id, Reminder.status == ReminderStatus.SENT
        )
    ) or 0


def replace(session: Session, case: Case, run_at: datetime, reason: str, *,
            sent: int | None = None) -> Reminder:
    """Make ``run_at`` the case's one scheduled reminder, replacing any other.

    ``sent`` (reminders sent so far) may be given by a caller that already knows it.
    """
    current = scheduled(session, case.id)
    if current is not None:
        current.status = ReminderStatus.REPLACED
        session.flush()  # the partial unique index allows one scheduled row per case
    reminder = Reminder(
        case_id=case.id, run_at=run_at, reason=reason,
        sequence=(sent_count(session, case.id) if sent is None else sent) + 1,
        status=ReminderStatus.SCHEDULED,
    )
    session.add(reminder)
    session.flush()
    return reminder


def cancel(session: Session, case_ids: Iterable[str]) -> list[str]:
    """Cancel the scheduled reminders of ``case_ids``; returns the cases that had one."""
    ids = list(case_ids)
    if not ids:
        return []
    had = list(session.scalars(
        select(Reminder.case_id).where(
            Reminder.case_id.in_(ids), Reminder.status == ReminderStatus.SCHEDULED
        )
    ))
    session.execute(
        update(Reminder)
        .where(Reminder.case_id.in_(ids), Reminder.status == ReminderStatus.SCHEDULED)
        .values(status=ReminderStatus.CANCELLED)
    )
    return had
