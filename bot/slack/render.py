"""Block Kit for staff, rendered from the case's current state (Japanese, or English)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from core.models import Case, CaseStatus, Message, Phone, PhoneStatus, Reminder
from core.phones import mask

LABELS = {
    "ja": {"payment_promise": "支払約束", "already_paid": "支払済の申告",
           "consultation_request": "相談希望", "wrong_number": "番号違い", "opt_out": "配信停止",
           "authenticity_check": "真偽の問合せ", "other": "その他"},
    "en": {"payment_promise": "payment promise", "already_paid": "says already paid",
           "consultation_request": "consultation request", "wrong_number": "wrong number",
           "opt_out": "opt-out", "authenticity_check": "authenticity question", "other": "other"},
}
WEEKDAYS = {"ja": "月火水木金土日", "en": ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]}

TEXT = {
    "ja": {
        "case": "案件", "unknown": "登録のない番号", "label": "分類", "promised": "約束日",
        "next": "次の対応", "check": ":warning: 要確認（自信度が低い）",
        "unknown_flag": ":warning: 案件に結びつかない番号からの返信",
        "also": "この番号の他の案件", "reminder_at": "{when} に督促SMS",
        "paused": "督促は一時停止中（担当者の対応待ち）", "paid": "納付済（督促なし）",
        "closed": "終了", "handed_over": "督促を終え、担当者に引継ぎ",
        "opted_out": "配信停止：この番号には送信しません",
        "invalid": "番号違い：この番号には今後一切送信しません",
        "none": "予定された督促なし", "empty": "（本文なし）",
        "undelivered": ":x: 督促SMSが届いていません（{status}）", "assignee": "担当",
        "handed": ":bell: 督促{count}回に応答なし：担当者に引継ぎ", "confidence": "自信度", "tax": "税目", "phone": "電話",
    },
    "en": {
        "case": "Case", "unknown": "unknown number", "label": "Label", "promised": "Promised",
        "next": "Next", "check": ":warning: needs a human check (low confidence)",
        "unknown_flag": ":warning: reply from a number with no case",
        "also": "Other cases on this number", "reminder_at": "reminder SMS at {when}",
        "paused": "reminders paused until staff act", "paid": "paid (no reminders)",
        "closed": "closed", "handed_over": "reminders done; handed to staff",
        "opted_out": "opted out: this number is not texted",
        "invalid": "wrong number: this number is never texted again",
        "none": "no reminder scheduled", "empty": "(empty message)",
        "undelivered": ":x: reminder SMS not delivered ({status})", "assignee": "Assignee",
        "handed": ":bell: no response after {count} reminders: handed to staff", "confidence": "confidence", "tax": "Tax", "phone": "Phone",
    },
}


@dataclass(frozen=True)
class Snapshot:
    """What a staff post shows, read from the database at posting time."""

    case: Case | None
    phone: Phone | None
    phone_e164: str
    reminder: Reminder | None
    message: Message | None
    other_cases: list[str]


def fmt_when(t: datetime | date, tz: Any, lang: str) -> str:
    if isinstance(t, datetime):
        lt = t.astimezone(tz)
        wd = WEEKDAYS[lang][lt.weekday()]
        return f"{lt:%Y-%m-%d}({wd}) {lt:%H:%M}"
    return f"{t:%Y-%m-%d}({WEEKDAYS[lang][t.weekday()]})"


def next_step(snap: Snapshot, tz: Any, lang: str) -> str:
    t = TEXT[lang]
    if snap.phone is not None and snap.phone.status == PhoneStatus.INVALID:
        return t["invalid"]
    if snap.phone is not None and snap.phone.status == PhoneStatus.OPTED_OUT:
        return t["opted_out"]
    if snap.case is None:
        return t["none"]
    if snap.case.status in (CaseStatus.PAID, CaseStatus.CLOSED, CaseStatus.PAUSED, CaseStatus.HANDED_OVER):
        return t[snap.case.status]
    if snap.reminder is not None:
        return t["reminder_at"].format(when=fmt_when(snap.reminder.run_at, tz, lang))
    return t["none"]


def _quote(body: str, lang: str) -> str:
    body = body.strip() or TEXT[lang]["empty"]
    if len(body) > 1500:
        body = body[:1500] + "…"
    # Residents' text is shown as text: no mentions, no links, no formatting of ours.
    body = body.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return "\n".join("> " + line for line in body.splitlines() or [""])


def header(snap: Snapshot, lang: str) -> str:
    t = TEXT[lang]
    number = mask(snap.phone_e164)
    if snap.case is None:
        return f"*{t['unknown']}* · {number}"
    return f"*{t['case']} {snap.case.id}* · {snap.case.tax_type} · {number}"


def reply_post(snap: Snapshot, tz: Any, lang: str, threshold: float) -> tuple[str, list[dict[str, Any]]]:
    t = TEXT[lang]
    msg = snap.message
    assert msg is not None
    reading = msg.reading
    flags = []
    if snap.case is None:
        flags.append(t["unknown_flag"])
    if reading is not None and reading.confidence < threshold:
        flags.append(t["check"])
    fields = []
    if reading is not None:
        fields.append(f"*{t['label']}*: {LABELS[lang][reading.label]} "
                      f"({t['confidence']} {reading.confidence:.2f})")
        if reading.promised_date:
            fields.append(f"*{t['promised']}*: {fmt_when(reading.promised_date, tz, lang)}")
    fields.append(f"*{t['next']}*: {next_step(snap, tz, lang)}")
    if snap.case is not None and snap.case.assignee:
        fields.append(f"*{t['assignee']}*: <@{snap.case.assignee}>")
    blocks: list[dict[str, Any]] = [
        {"type": "section", "text": {"type": "mrkdwn", "text": header(snap, lang)}},
        {"type": "section", "text": {"type": "mrkdwn", "text": _quote(msg.body, lang)}},
        {"type": "section", "fields": [{"type": "mrkdwn", "text": f} for f in fields]},
    ]
    context = list(flags)
    if snap.other_cases:
        context.append(f"{t['also']}: {', '.join(snap.other_cases)}")
    context.append(fmt_when(msg.created_at, tz, lang))
    blocks.append({"type": "context", "elements": [{"type": "mrkdwn", "text": c} for c in context]})
    text = "\n".join([*flags, header(snap, lang), _quote(msg.body, lang), " / ".join(fields)])
    return text, blocks


def event_post(kind: str, snap: Snapshot, facts: dict[str, Any], tz: Any, lang: str) -> tuple[str, list[dict[str, Any]]]:
    t = TEXT[lang]
    if kind == "undelivered":
        status = snap.message.status if snap.message else "?"
        line = t["undelivered"].format(status=status)
    elif kind == "handed_over":
        line = t["handed"].format(count=facts.get("count", "?"))
    else:
        line = str(facts.get("text", kind))
    text = f"{header(snap, lang)}\n{line}"
    blocks = [{"type": "section", "text": {"type": "mrkdwn", "text": text}}]
    return text, blocks
