"""A campaign: the first reminder for every open case not yet reminded."""

from __future__ import annotations

import signal
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING

from sqlalchemy import exists, select
from sqlalchemy.orm import Session, contains_eager

from core.models import (Campaign, Case, CaseStatus, Group, Member, Message, MessageStatus, Phone, Reminder,
                         ReminderStatus)
from core.records import audit
from core.sms_text import SmsSize, check_message
from scheduler.outbound import FireResult

if TYPE_CHECKING:
    from bot.bootstrap import Services


@dataclass
class CampaignReport:
    name: str
    planned: list[str] = field(default_factory=list)
    reminder_ids: dict[str, int] = field(default_factory=dict)
    skipped: list[tuple[str, str]] = field(default_factory=list)  # (case, why)
    results: list[FireResult] = field(default_factory=list)
    resumed: list[str] = field(default_factory=list)  # planned before, not yet sent
    retry: dict[str, int] = field(default_factory=dict)  # case -> its reminder queued for retry
    stopped: bool = False
    run_at: datetime | None = None
    size: SmsSize | None = None
    sample: str = ""


def _unsent(s: Session, name: str, *statuses: str) -> list[Reminder]:
    """The campaign's first reminders in ``statuses``: not sent yet."""
    return list(s.scalars(
        select(Reminder).join(Case, Case.id == Reminder.case_id)
        .where(Case.campaign == name, Reminder.sequence == 1, Reminder.status.in_(statuses))
        .order_by(Reminder.case_id)))


def plan(svc: Services, name: str, dry_run: bool) -> CampaignReport:
    """Give a first reminder at the first send slot (at or after the campaign's start) to the
    SMS group of a campaign made from a file; for any other name, to every open case never
    reminded and in no campaign (the campaign is then recorded, with those cases)."""
    now = svc.clock()
    with svc.db.uow() as uow:
        s = uow.session
        row = s.get(Campaign, name)
        from_file = row is not None and row.source == "file"
        start = row.start_at if from_file and row.start_at and row.start_at > now else now
        run_at = svc.policy.first_slot(start)
        report = CampaignReport(name, run_at=run_at)
        q = (select(Case).join(Phone).options(contains_eager(Case.phone))
             .where(Case.status == CaseStatus.OPEN, ~exists().where(Reminder.case_id == Case.id)))
        if from_file:
            q = q.join(Member, Member.case_id == Case.id).where(
                Member.campaign == name, Member.group == Group.SMS)
        else:
            q = q.where(~exists().where(Member.case_id == Case.id))
            if row is None and not dry_run:
                s.add(Campaign(name=name, source="legacy"))
                s.flush()
        stages = row.stages if row is not None else []
        cases = list(s.scalars(q.order_by(Case.id)))
        for case in cases:
            text = svc.outbound.reminder_text(case, 1, stages)
            report.size = check_message(text)  # raises TemplateError: nothing is planned
            report.sample = report.sample or text
            if case.phone.status != "active":
                report.skipped.append((case.id, f"number is {case.phone.status}"))
            elif not case.phone.is_mobile:
                report.skipped.append((case.id, "not a mobile number"))
            else:
                report.planned.append(case.id)
                if not dry_run:
                    # Never reminded (the query says so): the first reminder, no lookups needed.
                    case.campaign = name
                    if not from_file:
                        s.add(Member(case_id=case.id, campaign=name, group=Group.SMS))
                    s.add(Reminder(case_id=case.id, run_at=run_at, reason=f"campaign {name}",
                                   sequence=1, status=ReminderStatus.SCHEDULED))
                    audit(s, case.id, "cli", "campaign_planned", campaign=name)
        if not dry_run:
            s.flush()
            new = set(report.planned)
            # The campaign's first reminders not yet sent: those just planned, and (resuming)
            # those a stop held or that were planned but not sent when the last run ended.
            for rem in _unsent(s, name, ReminderStatus.SCHEDULED, ReminderStatus.HELD):
                report.reminder_ids[rem.case_id] = rem.id
                if rem.case_id not in new:
                    rem.status, rem.run_at = ReminderStatus.SCHEDULED, run_at
                    report.planned.append(rem.case_id)
                    report.resumed.append(rem.case_id)
            # Sent while the provider refused: queued for retry. A re-run tries them now.
            report.retry = dict(s.execute(
                select(Reminder.case_id, Message.id).join(Case, Case.id == Reminder.case_id)
                .join(Message, Message.id == Reminder.message_id)
                .where(Case.campaign == name, Reminder.sequence == 1,
                       Message.status == MessageStatus.QUEUED).order_by(Reminder.case_id)).all())
            uow.commit()
    # Due later (outside send slots), the scheduler's due-reminder job sends them then. Due
    # now, this command sends them itself, and the scheduler takes any it leaves.
    return report


def send_now(svc: Services, report: CampaignReport,
             progress: Callable[[int, int, FireResult], None] | None = None) -> None:
    """Send the campaign's reminders that are due now, one by one at the provider's rate.

    Ctrl-C (or `dunning stop-campaign` from elsewhere) stops it between two messages, never
    in the middle of one: what is left is held, and the same `send-campaign NAME` resumes it.
    """
    stop_requested = threading.Event()
    previous = None
    if threading.current_thread() is threading.main_thread():
        previous = signal.signal(signal.SIGINT, lambda *_: stop_requested.set())
    try:
        # A send that a crash cut off before the provider got it is queued again by
        # recover(); drain() sends it now rather than waiting for the scheduler process.
        svc.outbound.recover()
        svc.outbound.drain()
        todo = [*report.retry, *report.planned]
        for i, cid in enumerate(todo, 1):
            if stop_requested.is_set():
                break
            if cid in report.retry:
                mid = report.retry[cid]
                result = svc.outbound.result(cid, mid, svc.outbound.send(mid))
            else:
                result = svc.outbound.fire(cid, report.reminder_ids.get(cid))
            report.results.append(result)
            if progress:
                progress(i, len(todo), result)
    finally:
        if previous is not None:
            signal.signal(signal.SIGINT, previous)
    if stop_requested.is_set():
        report.stopped = True
        stop(svc, report.name)
    _settle_elsewhere(svc, report)


def _settle_elsewhere(svc: Services, report: CampaignReport, wait_s: float = 5.0) -> None:
    """Reminders the running scheduler sent meanwhile are counted by what became of them:
    sent, queued for retry (the provider refused for now) or failed; never all as sent."""
    elsewhere = {r.case_id: r for r in report.results if r.outcome == "sent_elsewhere"}
    deadline = time.monotonic() + wait_s
    while elsewhere:
        with svc.db.uow() as uow:
            rows = uow.session.execute(
                select(Reminder.case_id, Message.status).join(Message, Message.id == Reminder.message_id)
                .join(Case, Case.id == Reminder.case_id)
                .where(Case.campaign == report.name, Reminder.sequence == 1,
                       Reminder.case_id.in_(list(elsewhere)))).all()
        in_flight = False
        for cid, status in rows:
            if status == MessageStatus.SENDING and time.monotonic() < deadline:
                in_flight = True  # the scheduler is calling the provider: wait for its answer
                continue
            result = elsewhere.pop(cid)
            outcome = svc.outbound.result(cid, result.message_id or 0, status).outcome
            if outcome != "sent":
                result.outcome, result.detail = outcome, f"{status}, by the scheduler process"
        if not in_flight:
            return
        time.sleep(0.2)


def stop(svc: Services, name: str) -> int:
    """Hold the campaign's first reminders not yet sent, so that no process sends them."""
    with svc.db.uow() as uow:
        s = uow.session
        held = _unsent(s, name, ReminderStatus.SCHEDULED)
        for rem in held:
            rem.status = ReminderStatus.HELD
            audit(s, rem.case_id, "cli", "campaign_held", campaign=name)
        uow.commit()
    return len(held)
