"""The morning digest for staff: what came in, what waits, what fell due."""

from __future__ import annotations

from collections import Counter
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from sqlalchemy import func, select

from bot import results
from bot.slack.render import LABELS
from core.models import Case, CaseStatus, Message, Reading
from core.records import post_to_staff
from scheduler.policy import is_business_day

if TYPE_CHECKING:
    from bot.bootstrap import Services

TEXT = {
    "ja": {"title": "*おはようございます。{day} の督促状況*", "replies": "前営業日からの返信 {n} 件",
           "unassigned": "担当者未定のまま1日以上：{ids}", "due": "約束日を過ぎて未納：{ids}",
           "handed": "督促を終えて引継ぎ待ち：{ids}", "none": "なし",
           "kept": "支払約束の履行（期限が来たもの）：{rates}"},
    "en": {"title": "*Good morning. Reminders on {day}*", "replies": "{n} replies since the last business day",
           "unassigned": "Unassigned for over a day: {ids}", "due": "Promised date passed, not paid: {ids}",
           "handed": "Handed over after the last reminder: {ids}", "none": "none",
           "kept": "Promises kept (of those due): {rates}"},
}
LIVE = (CaseStatus.OPEN, CaseStatus.PAUSED, CaseStatus.HANDED_OVER)


def _previous_business_day(svc: Services, now: datetime) -> datetime:
    t = now - timedelta(days=1)
    while not is_business_day(svc.policy.local(t).date(), svc.settings.business_calendar):
        t -= timedelta(days=1)
    return t


def build(svc: Services, now: datetime) -> str:
    lang = svc.settings.staff_language
    t = TEXT[lang]
    since = _previous_business_day(svc, now)
    today = svc.policy.local(now).date()
    with svc.db.uow() as uow:
        s = uow.session
        latest = select(func.max(Reading.id)).group_by(Reading.message_id).scalar_subquery()
        labels = Counter(dict(s.execute(
            select(Reading.label, func.count()).join(Message, Message.id == Reading.message_id)
            .where(Reading.id.in_(latest), Message.direction == "in", Message.created_at >= since)
            .group_by(Reading.label)).all()))
        waiting = list(s.scalars(
            select(Case.id).join(Message, Message.case_id == Case.id)
            .where(Case.assignee.is_(None), Case.status.in_(LIVE), Message.direction == "in",
                   Message.created_at < now - timedelta(days=1))
            .group_by(Case.id).order_by(Case.id)))
        due = list(s.scalars(select(Case.id).where(
            Case.promised_date < today, Case.status.in_(LIVE), Case.label == "payment_promise")
            .order_by(Case.id)))
        handed = list(s.scalars(select(Case.id).where(Case.status == CaseStatus.HANDED_OVER)
                                .order_by(Case.id)))

    def ids(xs: list[str]) -> str:
        return ", ".join(xs[:30]) + (f" (+{len(xs) - 30})" if len(xs) > 30 else "") if xs else t["none"]

    by_label = " / ".join(f"{LABELS[lang][k]} {v}" for k, v in labels.most_common())
    lines = [t["title"].format(day=today.isoformat()),
             t["replies"].format(n=sum(labels.values())) + (f"（{by_label}）" if by_label else ""),
             t["unassigned"].format(ids=ids(waiting)), t["due"].format(ids=ids(due)),
             t["handed"].format(ids=ids(handed))]
    rates = results.promise_rates(svc, today)
    if rates:
        lines.append(t["kept"].format(rates=" / ".join(f"{name} {kept}/{due} ({kept / due:.0%})"
                                                       for name, kept, due in rates)))
    return "\n".join(lines)


def post(svc: Services) -> str:
    """Queue today's digest for Slack (the outbox posts it) and return its text."""
    text = build(svc, svc.clock())
    with svc.db.uow() as uow:
        post_to_staff(uow.session, "digest", text=text)
        uow.commit()
    svc.kick()
    return text


def morning(svc: Services) -> None:
    """The cron job: business days only."""
    now = svc.clock()
    if is_business_day(svc.policy.local(now).date(), svc.settings.business_calendar):
        post(svc)
