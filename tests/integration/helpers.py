from __future__ import annotations

from sqlalchemy import func, select

from core.models import Message, Reminder, ReminderStatus


def reply(client, sid: str, sender: str, body: str):
    return client.post("/sms/inbound", data={"MessageSid": sid, "From": sender,
                                             "To": "+815000000000", "Body": body})


def scheduled(svc) -> dict[str, object]:
    with svc.db.uow() as uow:
        return {r.case_id: r for r in uow.session.scalars(
            select(Reminder).where(Reminder.status == ReminderStatus.SCHEDULED))}


def count(svc, model, *where) -> int:
    with svc.db.uow() as uow:
        return uow.session.scalar(select(func.count()).select_from(model).where(*where)) or 0


def messages(svc, *where) -> list[Message]:
    with svc.db.uow() as uow:
        return list(uow.session.scalars(select(Message).where(*where).order_by(Message.id)))
