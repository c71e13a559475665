"""The message shortcut `log_call`: on any message of a case's thread, record a phone call."""

from __future__ import annotations

from typing import Any

from slack_bolt import Ack, App
from slack_sdk import WebClient
from sqlalchemy import select

from bot.bootstrap import Services
from bot.slack.guard import guarded
from bot.slack.staff import Subject
from bot.slack.views import call_modal
from core.models import Case, StaffPost

KINDS = ("message_action", "shortcut")


def case_for_ts(svc: Services, ts: object, thread_ts: object) -> str | None:
    """The case whose thread holds the message ``ts``; None for anything else, a forged or
    garbled payload's non-string ids included (PostgreSQL, unlike SQLite, refuses to compare
    a JSON value with a text column)."""
    stamps = [t for t in (ts, thread_ts) if isinstance(t, str) and t]
    if not stamps:
        return None
    with svc.db.uow() as uow:
        s = uow.session
        by_thread = s.scalar(select(Case.id).where(Case.slack_ts.in_(stamps)))
        if by_thread:
            return by_thread
        return s.scalar(select(StaffPost.case_id).where(StaffPost.slack_ts.in_(stamps)).limit(1))


def subject(svc: Services, body: dict[str, Any]) -> Subject:
    """For the audit (bot.slack.staff): the shortcut and the case of the message's thread."""
    message = body.get("message") or {}
    case_id = case_for_ts(svc, message.get("ts", ""), message.get("thread_ts"))
    return Subject(str(body["callback_id"]), [case_id] if case_id else [])


def register(bolt: App, svc: Services) -> None:
    @bolt.shortcut("log_call")
    @guarded
    def log_call(ack: Ack, shortcut: dict[str, Any], client: WebClient) -> None:
        ack()
        message = shortcut.get("message") or {}
        case_id = case_for_ts(svc, message.get("ts", ""), message.get("thread_ts"))
        if case_id is None:
            client.chat_postEphemeral(channel=shortcut["channel"]["id"], user=shortcut["user"]["id"],
                                      text="このメッセージは案件のスレッドではありません。")
            return
        client.views_open(trigger_id=shortcut["trigger_id"], view=call_modal(svc, case_id))
