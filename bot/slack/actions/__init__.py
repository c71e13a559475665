"""Buttons, selects and date pickers on a reply's message (block_actions)."""

from __future__ import annotations

import logging
from datetime import date
from typing import Any

from slack_bolt import Ack, App
from slack_sdk import WebClient

from bot import triage
from bot.bootstrap import Services
from bot.slack.guard import guarded
from bot.slack.staff import Subject
from bot.slack.views import call_modal, sms_modal

log = logging.getLogger(__name__)

KINDS = ("block_actions",)


def parse_value(value: str) -> tuple[str, int | None]:
    case_id, _, message_id = value.partition("|")
    return case_id, int(message_id) if message_id.isdigit() else None


def _context(body: dict[str, Any], action: dict[str, Any]) -> tuple[str, int | None, str, str | None]:
    value = action.get("value") or action.get("block_id", "").partition(":")[2]
    case_id, message_id = parse_value(value)
    return case_id, message_id, body["user"]["id"], (body.get("message") or {}).get("ts")


def subject(svc: Services, body: dict[str, Any]) -> Subject:
    """For the audit (bot.slack.staff): the control pressed and the case it is on."""
    action = body["actions"][0]
    return Subject(str(action["action_id"]), [_context(body, action)[0]])


def _tell(client: WebClient, body: dict[str, Any], text: str) -> None:
    """An error only the person who pressed the button sees."""
    channel = (body.get("channel") or {}).get("id")
    if channel:
        client.chat_postEphemeral(channel=channel, user=body["user"]["id"], text=text)


def register(bolt: App, svc: Services) -> None:
    simple = {
        "assign_to_me": triage.assign,
        "mark_paid": triage.mark_paid,
        "pause_reminders": triage.pause,
        "resume_reminders": triage.resume,
    }
    def listener(operation: Any) -> Any:
        # Bolt passes arguments by parameter name, so the operation is closed over.
        def handler(ack: Ack, body: dict[str, Any], action: dict[str, Any], client: WebClient) -> None:
            ack()  # within 3 s; the work follows
            case_id, _, user, ts = _context(body, action)
            try:
                operation(svc, case_id, user, ts)
            except triage.TriageError as exc:
                _tell(client, body, str(exc))

        return handler

    for action_id, operation in simple.items():
        bolt.action(action_id)(guarded(listener(operation)))

    @bolt.action("reclassify")
    @guarded
    def reclassify(ack: Ack, body: dict[str, Any], action: dict[str, Any], client: WebClient) -> None:
        ack()
        case_id, message_id, user, ts = _context(body, action)
        label = action["selected_option"]["value"]
        try:
            triage.reclassify(svc, case_id, message_id, label, user, ts)
        except triage.TriageError as exc:
            _tell(client, body, str(exc))

    @bolt.action("change_promised_date")
    @guarded
    def change_date(ack: Ack, body: dict[str, Any], action: dict[str, Any], client: WebClient) -> None:
        ack()
        case_id, message_id, user, ts = _context(body, action)
        try:
            triage.change_promised_date(svc, case_id, message_id, date.fromisoformat(action["selected_date"]),
                                        user, ts)
        except (triage.TriageError, ValueError) as exc:
            _tell(client, body, str(exc))

    @bolt.action("reply_by_sms")
    @guarded
    def reply_by_sms(ack: Ack, body: dict[str, Any], action: dict[str, Any], client: WebClient) -> None:
        ack()
        case_id, _, _, _ = _context(body, action)
        client.views_open(trigger_id=body["trigger_id"], view=sms_modal(svc, case_id))

    @bolt.action("log_call")
    @guarded
    def log_call(ack: Ack, body: dict[str, Any], action: dict[str, Any], client: WebClient) -> None:
        ack()
        case_id, _, _, _ = _context(body, action)
        client.views_open(trigger_id=body["trigger_id"], view=call_modal(svc, case_id))
