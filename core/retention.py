"""Keep less, for less long: residents' data of cases closed over RETENTION_DAYS ago is erased.

Erased: the name, every message text (in and out) and the phone number, wherever they
sit (cases, messages, phones, staff posts, the audit's details). Kept: every row, with its
status, label, dates and amounts, so that `dunning report` adds up as before.

A number that opted out or was marked wrong must still never be texted, so once no case
refers to it any more it is remembered as a keyed hash (HMAC-SHA256 with RETENTION_KEY,
which lives outside the database) in place of the number; an import of that number finds
the hash and comes out opted out or invalid. Without RETENTION_KEY such numbers are kept
as they are: never texting them matters more than forgetting them.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

import phonenumbers
from sqlalchemy import exists, or_, select
from sqlalchemy.orm import Session

from core.models import Action, Case, CaseStatus, Message, NumberKey, Phone, PhoneStatus, StaffPost
from core.records import audit
from core.settings import Settings, SettingsError

MARKER = "[erased]"
# The phones row every erased case and message points to: a case needs a phone, and this
# one can never be texted. "#" starts no E.164 number; hashes are longer.
ERASED_NUMBER = "#erased"
REMEMBERED = (PhoneStatus.OPTED_OUT, PhoneStatus.INVALID)
_not_erased = or_(Message.body != MARKER, Message.phone_e164 != ERASED_NUMBER)
# Cases per statement: a first run after years of paid cases must stay within the
# databases' limits on bound parameters.
BATCH = 500
_KEY_NAME = "numbers"
# Keys of audit details and staff-post payloads whose strings are codes, ids and dates,
# never a resident's words. Any other string is erased: a new key fails closed.
SAFE_KEYS = frozenset({
    "action", "allowed", "assignee", "campaign", "cases", "count", "date", "decision",
    "error_code", "label", "line", "matched", "promised", "query", "reason", "retention_days",
    "run_at", "sequence", "source", "ts", "user", "why",
})


def number_hash(key: str, e164: str) -> str:
    """An erased number as remembered: ``#`` and 95 bits of its HMAC, so that it fits where
    the number was (20 characters) and no foreign key or unique index changes."""
    digest = hmac.new(key.encode(), e164.encode(), hashlib.sha256).digest()
    return "#" + base64.b32encode(digest).decode().lower()[:19]


def _fingerprint(key: str) -> str:
    return hmac.new(key.encode(), b"dunning: which key made the number hashes",
                    hashlib.sha256).hexdigest()


def check_key(session: Session, key: str) -> None:
    """Raise SettingsError unless ``key`` is the one this database's hashes were made with:
    with another key, an erased opted-out number would be texted again after an import."""
    row = session.get(NumberKey, _KEY_NAME)
    if row is None:
        return
    if not key:
        raise SettingsError("RETENTION_KEY is not set, but this database remembers erased opted-out "
                            "and wrong numbers by it: set it as before (README, Retention)")
    if not hmac.compare_digest(row.fingerprint, _fingerprint(key)):
        raise SettingsError("RETENTION_KEY is not the key this database's remembered numbers were "
                            "made with: set it as before (README, Retention)")


def remembered(session: Session, key: str, numbers: Iterable[str]) -> dict[str, str]:
    """Number -> the status an erased copy of it is remembered with (opted out, invalid)."""
    if not key:
        return {}
    hashes = {number_hash(key, n): n for n in numbers}
    found = session.execute(select(Phone.e164, Phone.status).where(Phone.e164.in_(hashes)))
    return {hashes[h]: status for h, status in found}


def _digits(e164: str) -> str | None:
    """The national number's digits, which every written form of the number contains."""
    try:
        return str(phonenumbers.parse(e164, None).national_number)
    except phonenumbers.NumberParseException:
        digits = "".join(c for c in e164 if c.isdigit())
        return digits if len(digits) >= 6 else None


def scrub(value: Any, numbers: set[str], key: str | None = None) -> Any:
    """``value`` (JSON) with every string outside SAFE_KEYS, and anything that holds one of
    ``numbers`` (national digits) in any form, replaced by MARKER."""
    if isinstance(value, dict):
        return {k: scrub(v, numbers, k) for k, v in value.items()}
    if isinstance(value, list):
        return [scrub(v, numbers, key) for v in value]
    if isinstance(value, bool) or not isinstance(value, (str, int)):
        return value
    digits = "".join(c for c in str(value) if c.isdigit())
    if any(n in digits for n in numbers) or (isinstance(value, str) and key not in SAFE_KEYS):
        return MARKER
    return value


@dataclass
class Purged:
    cutoff: datetime
    cases: list[tuple[str, datetime]] = field(default_factory=list)  # (case id, closed at)
    messages: int = 0
    staff_posts: int = 0
    audit_rows: int = 0
    hashed: int = 0  # opted-out or wrong numbers now kept only as hashes
    deleted: int = 0  # numbers forgotten
    shared: int = 0  # numbers kept because a case not erased has them too
    unkeyed: int = 0  # opted-out or wrong numbers kept as they are: no RETENTION_KEY


def purge(session: Session, settings: Settings, now: datetime, actor: str) -> Purged:
    """Erase, in ``session`` (the caller commits, or rolls back for a dry run)."""
    cutoff = now - timedelta(days=settings.retention_days)
    out = Purged(cutoff)
    # Two purges (the nightly job, a command) take turns on PostgreSQL; SQLite writes one at a time.
    if session.scalar(select(Phone).where(Phone.e164 == ERASED_NUMBER).with_for_update()) is None:
        session.add(Phone(e164=ERASED_NUMBER, status=PhoneStatus.INVALID, is_mobile=False))
        session.flush()
    cases = list(session.scalars(select(Case).where(
        Case.status.in_(CaseStatus.DONE), Case.closed_at < cutoff, Case.erased_at.is_(None))
        .order_by(Case.closed_at, Case.id)))
    strangers = list(session.scalars(select(Message).where(  # messages from numbers with no case
        Message.case_id.is_(None), Message.created_at < cutoff, _not_erased)))
    touched: set[str] = set()
    for i in range(0, len(cases), BATCH):
        batch = cases[i:i + BATCH]
        msgs = list(session.scalars(select(Message).where(
            Message.case_id.in_([c.id for c in batch]), _not_erased)))
        touched |= _erase(session, batch, msgs, now, out)
    for i in range(0, len(strangers), BATCH):
        touched |= _erase(session, [], strangers[i:i + BATCH], now, out)
    out.shared = len([n for n in touched - {ERASED_NUMBER} if _in_use(session, n)])
    _forget_numbers(session, settings.retention_key, out)
    for case_id, _ in out.cases:
        audit(session, case_id, actor, "erased", retention_days=settings.retention_days)
    session.flush()
    return out


def _erase(session: Session, cases: list[Case], messages: list[Message], now: datetime,
           out: Purged) -> set[str]:
    """Erase ``cases`` and ``messages``, with their staff posts and audit details; returns
    the numbers they had."""
    touched = {c.phone_e164 for c in cases} | {m.phone_e164 for m in messages}
    numbers = {d for d in map(_digits, touched - {ERASED_NUMBER}) if d}
    case_ids = [c.id for c in cases]
    for case in cases:
        out.cases.append((case.id, case.closed_at or now))
        case.name, case.phone_e164, case.erased_at = MARKER, ERASED_NUMBER, now
    for msg in messages:
        msg.body, msg.phone_e164 = MARKER, ERASED_NUMBER
        if msg.error is not None:  # a provider's error may quote the number
            msg.error = MARKER
    out.messages += len(messages)
    for post in session.scalars(select(StaffPost).where(or_(
            StaffPost.case_id.in_(case_ids), StaffPost.message_id.in_([m.id for m in messages])))):
        post.payload = scrub(post.payload, numbers)
        post.last_error = None if post.last_error is None else MARKER
        out.staff_posts += 1
    for row in session.scalars(select(Action).where(Action.case_id.in_(case_ids))):
        row.detail = scrub(row.detail, numbers)
        out.audit_rows += 1
    session.flush()
    return touched


def _in_use(session: Session, e164: str) -> bool:
    return bool(session.scalar(select(
        exists().where(Case.phone_e164 == e164) | exists().where(Message.phone_e164 == e164))))


def _forget_numbers(session: Session, key: str, out: Purged) -> None:
    """Every number no case or message refers to any more: gone, or, if it must still never
    be texted, kept as its hash (which then follows the number's latest status)."""
    orphans = list(session.scalars(select(Phone).where(
        ~Phone.e164.startswith("#"),
        ~exists().where(Case.phone_e164 == Phone.e164),
        ~exists().where(Message.phone_e164 == Phone.e164))))
    for phone in orphans:
        if phone.status in REMEMBERED and not key:
            out.unkeyed += 1
            continue
        hashed = session.get(Phone, number_hash(key, phone.e164)) if key else None
        if phone.status in REMEMBERED:
            if hashed is None:
                session.add(Phone(e164=number_hash(key, phone.e164), status=phone.status,
                                  is_mobile=False))
            else:
                hashed.status = phone.status
            out.hashed += 1
        else:
            if hashed is not None:
                session.delete(hashed)  # the resident opted in again since it was remembered
            out.deleted += 1
        session.delete(phone)
    if out.hashed and session.get(NumberKey, _KEY_NAME) is None:
        session.add(NumberKey(name=_KEY_NAME, fingerprint=_fingerprint(key)))
    session.flush()
