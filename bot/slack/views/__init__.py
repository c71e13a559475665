"""Modals: writing an SMS to a resident, and logging a phone call (view_submission)."""

from __future__ import annotations

from datetime import date
from typing import Any

from slack_bolt import Ack, App

from bot import triage
from bot.bootstrap import Services
from bot.slack.guard import guarded
from bot.slack.render import LABELS
from bot.slack.staff import Subject

SMS = "reply_by_sms_submit"
CALL = "log_call_submit"
KINDS = ("view_submission",)


def _t(s: str) -> dict[str, Any]:
    return {"type": "plain_text", "text": s}


def sms_modal(svc: Services, case_id: str) -> dict[str, Any]:
    ja = svc.settings.staff_language == "ja"
    return {
        "type": "modal", "callback_id": SMS, "private_metadata": case_id,
        "title": _t("SMSで返信" if ja else "Reply by SMS"), "submit": _t("送信" if ja else "Send"),
        "close": _t("やめる" if ja else "Cancel"),
        "blocks": [{"type": "input", "block_id": "body", "label": _t(f"{case_id} への本文" if ja else f"Message to {case_id}"),
                    "element": {"type": "plain_text_input", "action_id": "text", "multiline": True,
                                "max_length": 660}}],
    }


def call_modal(svc: Services, case_id: str) -> dict[str, Any]:
    lang = svc.settings.staff_language
    ja = lang == "ja"
    options = [{"text": _t(name), "value": key} for key, name in LABELS[lang].items()]
    return {
        "type": "modal", "callback_id": CALL, "private_metadata": case_id,
        "title": _t("電話を記録" if ja else "Log a call"), "submit": _t("記録" if ja else "Save"),
        "close": _t("やめる" if ja else "Cancel"),
        "blocks": [
            {"type": "input", "block_id": "label", "label": _t("結果" if ja else "Outcome"),
             "element": {"type": "static_select", "action_id": "value", "options": options}},
            {"type": "input", "block_id": "promised", "optional": True,
             "label": _t("約束日" if ja else "Promised date"),
             "element": {"type": "datepicker", "action_id": "value"}},
            {"type": "input", "block_id": "note", "optional": True, "label": _t("メモ" if ja else "Note"),
             "element": {"type": "plain_text_input", "action_id": "value", "multiline": True}},
        ],
    }


def subject(svc: Services, body: dict[str, Any]) -> Subject:
    """For the audit (bot.slack.staff): the modal submitted and its case."""
    view = body["view"]
    return Subject(str(view["callback_id"]), [str(view["private_metadata"])])


def register(bolt: App, svc: Services) -> None:
    @bolt.view(SMS)
    @guarded
    def submit_sms(ack: Ack, body: dict[str, Any], view: dict[str, Any]) -> None:
        case_id = view["private_metadata"]
        text = view["state"]["values"]["body"]["text"]["value"] or ""
        try:
            triage.send_sms(svc, case_id, text, body["user"]["id"], request=str(view.get("id") or "") or None)
        except triage.TriageError as exc:
            ack(response_action="errors", errors={"body": str(exc)})
            return
        ack()

    @bolt.view(CALL)
    @guarded
    def submit_call(ack: Ack, body: dict[str, Any], view: dict[str, Any]) -> None:
        values = view["state"]["values"]
        label = (values["label"]["value"].get("selected_option") or {}).get("value", "")
        raw_date = values.get("promised", {}).get("value", {}).get("selected_date")
        note = values.get("note", {}).get("value", {}).get("value") or ""
        promised = date.fromisoformat(raw_date) if raw_date else None
        try:
            triage.log_call(svc, view["private_metadata"], label, promised, note, body["user"]["id"],
                            request=str(view.get("id") or "") or None)
        except triage.TriageError as exc:
            ack(response_action="errors", errors={"label": str(exc)})
            return
        ack()
