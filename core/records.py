"""Small writers every layer uses inside its unit of work: audit lines and staff posts."""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session

from core.models import Action, StaffPost


def audit(session: Session, case_id: str | None, actor: str, action: str, **detail: Any) -> None:
    session.add(Action(case_id=case_id, actor=actor, action=action, detail=detail))


def post_to_staff(
    session: Session, kind: str, *, case_id: str | None = None, message_id: int | None = None,
    **facts: Any,
) -> None:
    """Queue a Slack post; it is rendered from the case's state when delivered."""
    session.add(StaffPost(case_id=case_id, message_id=message_id, kind=kind, payload=facts))
