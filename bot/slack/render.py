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
        "erased": "保存期間を過ぎたため、住民の氏名・番号・文面は消去済み",
        "undelivered": ":x: {what}が届いていません（{status}）", "assignee": "担当",
        "reminder": "督促SMS", "answer": "自動返信SMS", "staff": "職員からのSMS", "unknown_status": "送信結果不明",
        "handed": ":bell: 督促{count}回に応答なし：担当者に引継ぎ",
        "aside": ":warning: 投稿 {id}（{kind}）は表示できないため保留しました（{error}）。記録はデータベースに残っています",
        "confidence": "自信度", "tax": "税目", "phone": "電話",
        "reminder_error": ":warning: この案件の督促SMSを送れません（{error}）。巡回のたびに再試行します",
        "provider_down": ":rotating_light: SMS事業者に送信できません（{since}から）。送信は自動で再試行しています",
        "provider_up": ":white_check_mark: SMS事業者への送信が回復しました（{since}から{until}まで停止）",
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
        "erased": "past the retention period: the resident's name, number and texts are erased",
        "undelivered": ":x: {what} not delivered ({status})", "assignee": "Assignee",
        "reminder": "reminder SMS", "answer": "automatic answer SMS", "staff": "staff's SMS", "unknown_status": "outcome unknown",
        "handed": ":bell: no response after {count} reminders: handed to staff",
        "aside": ":warning: post {id} ({kind}) could not be shown and was set aside ({error}); its record stays in the database",
        "confidence": "confidence", "tax": "Tax", "phone": "Phone",
        "reminder_error": ":warning: this case's reminder SMS cannot be sent ({error}); retried at every sweep",
        "provider_down": ":rotating_light: the SMS provider is unreachable since {since}; sends are being retried",
        "provider_up": ":white_check_mark: the SMS provider takes messages again (down from {since} to {until})",
    },
}


ACTION_LINES = {
    "ja": {"assigned": "が担当になりました", "marked_paid": "が納付済にしました（督促を取消）",
           "paused": "が督促を一時停止しました", "resumed": "が督促を再開しました",
           "reclassified": "が分類を「{label}」に訂正しました", "date_changed": "が約束日を {date} にしました",
           "sms_sent": "がSMSを送信しました：「{body}」",
           "call_logged": "が電話を記録しました：{label}（約束日 {date}）{note}"},
    "en": {"assigned": "took the case", "marked_paid": "marked it paid (reminders cancelled)",
           "paused": "paused the reminders", "resumed": "resumed the reminders",
           "reclassified": "corrected the label to {label}", "date_changed": "set the promised date to {date}",
           "sms_sent": "sent an SMS: \"{body}\"",
           "call_logged": "logged a call: {label} (promised {date}) {note}"},
}
BUTTONS = {
    "ja": {"assign_to_me": "担当する", "mark_paid": "納付済にする", "reclassify": "分類を訂正",
           "change_promised_date": "約束日", "reply_by_sms": "SMSで返信", "pause_reminders": "督促を停止",
           "resume_reminders": "督促を再開", "log_call": "電話を記録", "confirm": "この案件を納付済にして督促を取り消します。",
           "yes": "納付済にする", "no": "やめる"},
    "en": {"assign_to_me": "Take it", "mark_paid": "Mark paid", "reclassify": "Correct label",
           "change_promised_date": "Promised date", "reply_by_sms": "Reply by SMS",
           "pause_reminders": "Pause reminders", "resume_reminders": "Resume reminders",
           "log_call": "Log a call", "confirm": "Mark this case paid and cancel its reminders.",
           "yes": "Mark paid", "no": "Cancel"},
}


def _text(s: str) -> dict[str, Any]:
    return {"type": "plain_text", "text": s}


def action_blocks(snap: Snapshot, lang: str) -> list[dict[str, Any]]:
    """The buttons on a reply; each button's value names the case and the reply."""
    case = snap.case
    if case is None or case.status in (CaseStatus.PAID, CaseStatus.CLOSED):
        return []
    b = BUTTONS[lang]
    value = f"{case.id}|{snap.message.id if snap.message else ''}"
    label_options = [{"text": _text(name), "value": key} for key, name in LABELS[lang].items()]
    reading = snap.message.reading if snap.message else None
    select: dict[str, Any] = {"type": "static_select", "action_id": "reclassify",
                              "placeholder": _text(b["reclassify"]), "options": label_options}
    if reading is not None:
        select["initial_option"] = next(o for o in label_options if o["value"] == reading.label)
    picker: dict[str, Any] = {"type": "datepicker", "action_id": "change_promised_date",
                              "placeholder": _text(b["change_promised_date"])}
    if case.promised_date:
        picker["initial_date"] = case.promised_date.isoformat()
    paused = case.status in (CaseStatus.PAUSED, CaseStatus.HANDED_OVER)
    toggle = "resume_reminders" if paused else "pause_reminders"
    buttons = [
        {"type": "button", "action_id": "assign_to_me", "text": _text(b["assign_to_me"]), "value": value},
        {"type": "button", "action_id": "mark_paid", "text": _text(b["mark_paid"]), "value": value,
         "style": "primary", "confirm": {"title": _text(b["mark_paid"]), "text": _text(b["confirm"]),
                                         "confirm": _text(b["yes"]), "deny": _text(b["no"])}},
        {"type": "button", "action_id": "reply_by_sms", "text": _text(b["reply_by_sms"]), "value": value},
        {"type": "button", "action_id": toggle, "text": _text(b[toggle]), "value": value},
        {"type": "button", "action_id": "log_call", "text": _text(b["log_call"]), "value": value},
    ]
    return [{"type": "actions", "block_id": f"case:{value}", "elements": buttons},
            {"type": "actions", "block_id": f"label:{value}", "elements": [select, picker]}]


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
    if snap.case is not None and snap.case.erased_at is not None:  # its number is a placeholder
        return t["erased"]
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
    blocks.extend(action_blocks(snap, lang))
    text = "\n".join([*flags, header(snap, lang), _quote(msg.body, lang), " / ".join(fields)])
    return text, blocks


def aside_post(post_id: int, kind: str, case_id: str | None, error: str,
               lang: str) -> tuple[str, list[dict[str, Any]]]:
    """The notice that stands in for a post that could not be rendered: plain facts only."""
    line = TEXT[lang]["aside"].format(id=post_id, kind=kind, error=error)
    if case_id:
        line = f"*{TEXT[lang]['case']} {case_id}* · {line}"
    return line, [{"type": "section", "text": {"type": "mrkdwn", "text": line}}]


def event_post(kind: str, snap: Snapshot, facts: dict[str, Any], tz: Any, lang: str) -> tuple[str, list[dict[str, Any]]]:
    t = TEXT[lang]
    if kind == "undelivered":
        msg = snap.message
        status = msg.status if msg else "?"
        what = t.get(msg.kind, t["reminder"]) if msg else t["reminder"]
        line = t["undelivered"].format(what=what, status=t["unknown_status"] if status == "unknown" else status)
    elif kind == "digest":
        text = str(facts.get("text", ""))
        return text, [{"type": "section", "text": {"type": "mrkdwn", "text": text}}]
    elif kind == "action":
        template = ACTION_LINES[lang].get(facts.get("line", ""), "{line}")
        params = {k: str(v) for k, v in (facts.get("params") or {}).items()}
        if "label" in params and params["label"] in LABELS[lang]:
            params["label"] = LABELS[lang][params["label"]]
        line = f"<@{facts.get('user', '?')}> " + template.format(line=facts.get("line", ""), **params)
        return line, [{"type": "section", "text": {"type": "mrkdwn", "text": line}}]
    elif kind in ("provider_down", "provider_up"):
        when = {k: fmt_when(datetime.fromisoformat(str(facts[k])), tz, lang) for k in ("since", "until") if k in facts}
        line = t[kind].format(since=when.get("since", "?"), until=when.get("until", "?"))
        return line, [{"type": "section", "text": {"type": "mrkdwn", "text": line}}]
    elif kind == "reminder_error":
        line = t[kind].format(error=facts.get("error", "?"))
    elif kind == "handed_over":
        line = t["handed"].format(count=facts.get("count", "?"))
    else:
        line = str(facts.get("text", kind))
    text = f"{header(snap, lang)}\n{line}"
    blocks = [{"type": "section", "text": {"type": "mrkdwn", "text": text}}]
    return text, blocks
