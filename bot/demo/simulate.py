"""A campaign's history, simulated with a known effect of the SMS: for the demo, the tests
and the benchmark.

Synthetic cases (three tax types) go through the real `campaign create` (selection,
stratified hold-out), then the campaign's SMS are written as sent (stage 1 on the first
send day, stages 2 and 3 fourteen and twenty-eight days on to cases not yet paid), and
payments go through the real payment import (some in two instalments). Each case pays on
day d since the first send with a fixed chance per day: ``p_sms`` for the SMS group,
``p_holdout`` for the hold-out. So the true share paid within N days is
1 - (1 - p)^(N + 1) for each group, and the results must find the difference.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import TYPE_CHECKING

from sqlalchemy import insert, select

from core.models import Case, Group, Member, Message, MessageStatus, Phone, Reminder, ReminderStatus, utcnow

if TYPE_CHECKING:
    from bot.bootstrap import Services

TAXES = (("住民税", 0.6), ("軽自動車税", 0.25), ("固定資産税", 0.15))
STAGES = (
    "【{office_name}】{tax_type}についての文書をお送りしました。開封してご確認ください。"
    "お問い合わせは{office_phone}（{office_hours}）へ。",
    "【{office_name}】{tax_type}の納期限（{due_date}）を過ぎています。"
    "お支払い済みの場合は行き違いご容赦ください。{office_phone}（{office_hours}）",
    "【{office_name}】{tax_type}が未納のままです。至急お支払いいただくか、"
    "{office_phone}（{office_hours}）へご相談ください。",
)


@dataclass(frozen=True)
class Truth:
    p_sms: float
    p_holdout: float

    def paid_within(self, group: str, days: int) -> float:
        p = self.p_sms if group == Group.SMS else self.p_holdout
        return 1 - (1 - p) ** (days + 1)

    def uplift(self, days: int) -> float:
        return self.paid_within(Group.SMS, days) - self.paid_within(Group.HOLDOUT, days)


def simulate(svc: Services, name: str = "2026-10 住民税ほか", n: int = 3000, holdout: float = 0.2,
             first_send: date = date(2026, 10, 7), horizon: int = 45, truth: Truth = Truth(0.03, 0.018),
             seed: int = 20261007) -> Truth:
    """Write ``n`` cases and the history of one campaign over them; returns the truth."""
    from bot import payments
    from bot.campaign_file import Spec, create
    from bot.casefile import PaymentReport

    rng = random.Random(seed)
    taxes, weights = zip(*TAXES)
    with svc.db.uow() as uow:
        s = uow.session
        now = utcnow()
        s.execute(insert(Phone), [{"e164": f"+8190{i:08d}", "status": "active", "is_mobile": True,
                                   "updated_at": now} for i in range(n)])
        s.execute(insert(Case), [
            {"id": f"S{i:06d}", "name": f"住民 {i}", "phone_e164": f"+8190{i:08d}",
             "tax_type": rng.choices(taxes, weights)[0], "amount": rng.randrange(1000, 200000, 100),
             "due_date": date(2026, 8, 31), "status": "open", "created_at": now, "updated_at": now}
            for i in range(n)])
        uow.commit()
    start = datetime.combine(first_send, time(10, 30), svc.policy.tz)
    create(svc, Spec(name, start, holdout, seed, {"tax_types": sorted(taxes)}, STAGES), actor="simulation")
    with svc.db.uow() as uow:
        s = uow.session
        cases = list(s.execute(select(Case.id, Case.amount, Member.group)
                               .join(Member, Member.case_id == Case.id).where(Member.campaign == name)
                               .order_by(Case.id)))
        paid_day = {}
        for cid, _, group in cases:
            p = truth.p_sms if group == Group.SMS else truth.p_holdout
            day = 0
            while day <= horizon and rng.random() >= p:  # geometric: the first day it happens
                day += 1
            paid_day[cid] = day if day <= horizon else None
        _send(s, svc, [(cid, paid_day[cid]) for cid, _, g in cases if g == Group.SMS], start, rng)
        rows = []
        for cid, amount, _ in cases:
            day = paid_day[cid]
            if day is None:
                continue
            on = first_send + timedelta(days=day)
            if day >= 3 and rng.random() < 0.2:  # an instalment first, the rest on the day
                part = amount // 2 // 100 * 100
                rows.append(payments.PaymentRow(0, cid, on - timedelta(days=3), part, None, f"sim:{cid}:1"))
                amount -= part
            rows.append(payments.PaymentRow(0, cid, on, amount, f"R{cid}", f"receipt:R{cid}"))
        report = PaymentReport(dated=True)
        payments.settle(s, payments.record(s, rows, report), report, "simulation")
        uow.commit()
    return truth


def _send(s, svc: Services, sms: list[tuple[str, int | None]], start: datetime, rng: random.Random) -> None:
    """Stage k went out on day 14 (k - 1) to the cases not paid before it; 97% delivered."""
    for stage in (1, 2, 3):
        day = 14 * (stage - 1)
        due = [cid for cid, paid in sms if paid is None or paid >= day]
        at = start + timedelta(days=day)
        msgs = [{"direction": "out", "kind": "reminder", "phone_e164": f"+8190{int(cid[1:]):08d}",
                 "case_id": cid, "body": f"stage {stage}", "provider": svc.provider.name,
                 "status": MessageStatus.DELIVERED if rng.random() < 0.97 else MessageStatus.UNDELIVERED,
                 "idempotency_key": f"sim:{cid}:{stage}", "attempts": 1, "next_attempt_at": at,
                 "created_at": at, "sent_at": at, "status_at": at} for cid in due]
        if not msgs:
            continue
        ids = s.scalars(insert(Message).returning(Message.id, sort_by_parameter_order=True), msgs).all()
        s.execute(insert(Reminder), [
            {"case_id": cid, "run_at": at, "reason": f"campaign stage {stage}", "status": ReminderStatus.SENT,
             "sequence": stage, "send_day": at.date(), "message_id": mid, "created_at": at, "updated_at": at}
            for cid, mid in zip(due, ids)])
