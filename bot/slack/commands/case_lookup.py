"""`/dunning <case id or phone>`: a case's state and history, shown only to the one who asked."""

from __future__ import annotations

from typing import Any

from slack_bolt import Ack, App
from slack_sdk import WebClient
from sqlalchemy import select

from bot.bootstrap import Services
from bot.slack.guard import guarded
from bot.slack.render import LABELS, TEXT, Snapshot, fmt_when, header, next_step
from bot.slack.staff import Subject
from bot.slack.views import call_modal
from core.models import Case, Message, Phone
from core.phones import PhoneError, parse_phone
from scheduler import reminders

KINDS = ("command",)
SHOWN = 5  # cases a lookup shows at most


def find_cases(svc: Services, query: str) -> tuple[str, list[str]]:
    """What the query is ("case", "phone" or "other") and the ids of the cases it names."""
    query = query.strip()
    with svc.db.uow() as uow:
        s = uow.session
        if s.get(Case, query) is not None:
            return "case", [query]
        try:
            e164 = parse_phone(query).e164
        except PhoneError:
            return "other", []
        return "phone", list(s.scalars(select(Case.id).where(Case.phone_e164 == e164).order_by(Case.id)))


def parse(text: str) -> tuple[str, str]:
    """The command's text -> ("usage" | "call" | "lookup", the case id or number asked for)."""
    text = text.strip()
    verb, _, rest = text.partition(" ")
    if not text:
        return "usage", ""
    return ("call", rest.strip()) if verb == "call" else ("lookup", text)


def subject(svc: Services, body: dict[str, Any]) -> Subject:
    """For the audit: the cases a lookup shows (or would show), never the number typed."""
    what, query = parse(body.get("text") or "")
    if what == "usage":
        return Subject(what)
    kind, ids = find_cases(svc, query)
    return Subject(what, ids[:SHOWN], {"query": kind, "matched": len(ids)})


def describe(svc: Services, case_id: str, limit: int = 10) -> str:
    lang, tz = svc.settings.staff_language, svc.policy.tz
    with svc.db.uow() as uow:
        s = uow.session
        case = s.get(Case, case_id)
        assert case is not None
        snap = Snapshot(case, s.get(Phone, case.phone_e164), case.phone_e164,
                        reminders.scheduled(s, case.id), None, [])
        lines = [header(snap, lang), f"{TEXT[lang]['next']}: {next_step(snap, tz, lang)}"]
        msgs = list(s.scalars(select(Message).where(Message.case_id == case.id)
                              .order_by(Message.id.desc()).limit(limit)))
        for m in reversed(msgs):
            arrow = "←" if m.direction == "in" else "→"
            label = f" [{LABELS[lang][m.reading.label]}]" if m.reading else ""
            body = m.body.replace("\n", " ")[:80]
            lines.append(f"{fmt_when(m.created_at, tz, lang)} {arrow} {body}{label} ({m.status})")
    return "\n".join(lines)


USAGE = "使い方: /dunning <案件番号 または 電話番号> ／ /dunning call <案件番号>（電話を記録）"


def register(bolt: App, svc: Services) -> None:
    @bolt.command("/dunning")
    @guarded
    def lookup(ack: Ack, command: dict[str, Any], client: WebClient) -> None:
        what, query = parse(command.get("text") or "")
        if what == "usage":
            ack(response_type="ephemeral", text=USAGE)
            return
        _, ids = find_cases(svc, query)
        if what == "call":
            if len(ids) != 1:
                ack(response_type="ephemeral", text="案件を1件に絞れません。案件番号を指定してください。")
                return
            ack()
            client.views_open(trigger_id=command["trigger_id"], view=call_modal(svc, ids[0]))
            return
        if not ids:
            ack(response_type="ephemeral", text="該当する案件はありません。")
            return
        ack(response_type="ephemeral", text="\n\n".join(describe(svc, cid) for cid in ids[:SHOWN]))
