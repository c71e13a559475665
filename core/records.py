"""Small writers every layer uses inside its unit of work: audit lines and staff posts."""

from __future__ import annotations

from typing import Any

from sqlalchemy import insert
from sqlalchemy.orm import Session

from core.db import has_pending
from core.models import Action, Base, Message, StaffPost
from core.prepared import Later, Prepared

_INSERTS = {Action: Prepared(insert(Action.__table__).inline(), ["case_id", "actor", "action", "detail"]),
            StaffPost: Prepared(insert(StaffPost.__table__).inline(), ["case_id", "message_id", "kind", "payload"])}


def _write(session: Session, model: type[Base], row: dict[str, Any]) -> None:
    """Add one row to the caller's transaction, as cheaply as is safe.

    With ORM changes pending (an import, a staff action), the row joins the unit of work,
    which writes it after the rows it refers to, batched with its kind. With none (a
    reply's webhook, which writes with statements: issue 15), one prepared INSERT on the
    driver's cursor (core.prepared) costs a fraction of an ORM flush; inside
    ``core.prepared.Writes`` it goes with the transaction's other writes.
    """
    if has_pending(session):
        session.add(model(**{k: v.value if isinstance(v, Later) else v for k, v in row.items()}))
    else:
        _INSERTS[model].execute(session, row)


def audit(session: Session, case_id: str | None, actor: str, action: str, **detail: Any) -> None:
    _write(session, Action, {"case_id": case_id, "actor": actor, "action": action, "detail": detail})


def post_to_staff(
    session: Session, kind: str, *, case_id: str | None = None, message_id: int | Later | None = None,
    **facts: Any,
) -> None:
    """Queue a Slack post; it is rendered from the case's state when delivered."""
    _write(session, StaffPost, {"case_id": case_id, "message_id": message_id, "kind": kind, "payload": facts})


def post_undelivered(session: Session, msg: Message) -> None:
    """Tell staff, in the case's thread, that an SMS did not (or may not) reach the
    resident; the post says which kind it was (reminder, automatic answer, staff's SMS)."""
    post_to_staff(session, "undelivered", case_id=msg.case_id, message_id=msg.id)
