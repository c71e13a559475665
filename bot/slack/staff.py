"""Staff only: every request from Slack is checked and audited here, once, before any listener.

Tax information is confidential (地方税法 第22条), and a city's workspace is shared by many
departments and guests. Staff are the members of the staff channel (SLACK_CHANNEL), narrowed
to a user group when SLACK_STAFF_USERGROUP is set. A bolt global middleware runs before every
listener, so no command, button, modal or shortcut can forget the check.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from types import ModuleType
from typing import Any

from slack_bolt import App, BoltContext, BoltResponse
from slack_sdk import WebClient
from sqlalchemy import select

from bot.bootstrap import Services
from core.models import Case
from core.records import audit

log = logging.getLogger(__name__)

TTL = 60.0  # seconds a member list is trusted: someone removed from the channel keeps access this long
PAGE = 200  # members asked for per page; Slack may send fewer
MAX_PAGES = 100
TIMEOUT = 2  # seconds per Slack call: Slack waits 3 s for our answer, and a slow check refuses
NOT_STAFF, UNKNOWN = "not_staff", "membership_unknown"

REFUSAL = {  # short, and with no case data
    NOT_STAFF: {"ja": "この操作は税務課の担当者（担当チャンネルのメンバー）に限られています。",
                "en": "Only tax office staff (members of the staff channel) may do this."},
    UNKNOWN: {"ja": "担当者かどうかをSlackに確認できないため、何も行っていません。しばらくしてからお試しください。",
              "en": "Slack could not confirm that you are staff, so nothing was done. Please try again shortly."},
}


class StaffUnknown(Exception):
    """Slack could not tell us who is staff; the caller refuses (fail closed)."""


class Directory:
    """Who is staff: the channel's members, within the user group if one is set; cached briefly."""

    def __init__(self, client: WebClient, channel: str, usergroup: str = "", ttl: float = TTL,
                 clock: Callable[[], float] = time.monotonic):
        self.client, self.channel, self.usergroup, self.ttl, self.clock = client, channel, usergroup, ttl, clock
        self._lock = threading.Lock()
        self._staff: frozenset[str] = frozenset()
        self._until = float("-inf")

    def is_staff(self, user: str) -> bool:
        with self._lock:  # one fetch at a time; the others wait for its answer
            if self.clock() >= self._until:
                self._staff = self._fetch()  # raises before the old list is replaced or trusted longer
                self._until = self.clock() + self.ttl
            return user in self._staff

    def _fetch(self) -> frozenset[str]:
        try:
            members: set[str] = set()
            cursor = ""
            for _ in range(MAX_PAGES):
                page = self.client.conversations_members(channel=self.channel, limit=PAGE, cursor=cursor or None)
                members.update(page["members"])
                cursor = (page.get("response_metadata") or {}).get("next_cursor") or ""
                if not cursor:
                    break
            else:
                raise StaffUnknown(f"conversations.members: more than {MAX_PAGES} pages")
            if self.usergroup:
                members &= set(self.client.usergroups_users_list(usergroup=self.usergroup)["users"])
        except StaffUnknown:
            raise
        except Exception as exc:  # API error (missing_scope, channel_not_found), outage, timeout
            error = getattr(getattr(exc, "response", None), "data", None)
            code = error.get("error") if isinstance(error, dict) else type(exc).__name__
            raise StaffUnknown(str(code)) from None
        return frozenset(members)


@dataclass
class Subject:
    """What a request asks for, for the audit: an action name, the cases concerned, and facts."""

    action: str
    cases: list[str] = field(default_factory=list)
    detail: dict[str, Any] = field(default_factory=dict)


def subject(svc: Services, body: dict[str, Any], surfaces: Sequence[ModuleType]) -> Subject:
    """Each surface reads its own payloads (its KINDS, its ``subject``); anything else is `unknown`."""
    kind = "command" if "command" in body else str(body.get("type") or "unknown")
    read = next((m.subject for m in surfaces if kind in m.KINDS), None)
    try:
        return read(svc, body) if read else Subject(kind[:32])
    except (KeyError, TypeError, ValueError, AttributeError, IndexError):  # a payload of another shape
        return Subject("unknown")


def record(svc: Services, user: str | None, what: Subject, refused: str | None) -> None:
    """One audit row per case concerned (so `dunning audit --case` finds every look at it).

    Written before any listener runs; if it cannot be written, bolt answers 500 and nothing runs.
    """
    detail = {"allowed": refused is None, **({"why": refused} if refused else {}), **what.detail}
    with svc.db.uow() as uow:
        s = uow.session
        # Only cases that exist: a forged payload may name anything.
        known = set(s.scalars(select(Case.id).where(Case.id.in_(what.cases)))) if what.cases else set()
        for case_id in [c for c in dict.fromkeys(what.cases) if c in known] or [None]:
            audit(s, case_id, f"slack:{user or '?'}"[:64], what.action[:32], **detail)
        uow.commit()


def check(directory: Directory, user: str | None) -> str | None:
    """None when ``user`` is staff, else why not."""
    if not user:
        return NOT_STAFF
    try:
        return None if directory.is_staff(user) else NOT_STAFF
    except StaffUnknown as exc:
        log.warning("staff check for Slack user %s failed (%s): refused", user, exc)
        return UNKNOWN


def refusal(body: dict[str, Any], context: BoltContext, client: WebClient, text: str) -> BoltResponse:
    """A short answer only the person sees, carrying no case data."""
    if "command" in body:
        return BoltResponse(status=200, body={"response_type": "ephemeral", "text": text})
    if body.get("type") == "view_submission":
        # An error under the modal's first input; a modal without one is simply closed.
        blocks = list(((body.get("view") or {}).get("state") or {}).get("values") or {})
        if blocks:
            return BoltResponse(status=200, body={"response_action": "errors", "errors": {blocks[0]: text}})
        return BoltResponse(status=200, body={"response_action": "clear"})
    if context.channel_id and context.user_id:
        try:
            client.chat_postEphemeral(channel=context.channel_id, user=context.user_id, text=text)
        except Exception as exc:  # Slack may be what failed the check: the refusal stands anyway
            log.warning("refusal to Slack user %s not shown (%s)", context.user_id, type(exc).__name__)
    return BoltResponse(status=200, body="")


def register(bolt: App, svc: Services, surfaces: Sequence[ModuleType]) -> None:
    """Put the check before every listener of ``surfaces`` (and anything else Slack sends)."""
    s = svc.settings
    client = WebClient(token=s.slack_bot_token or None, base_url=s.slack_api_url, timeout=TIMEOUT)
    directory = Directory(client, s.slack_channel, s.slack_staff_usergroup)
    texts = {why: text[s.staff_language] for why, text in REFUSAL.items()}

    @bolt.middleware
    def staff_only(body: dict[str, Any], context: BoltContext, next_: Callable[[], None],
                   resp: BoltResponse) -> BoltResponse:
        refused = check(directory, context.user_id)
        record(svc, context.user_id, subject(svc, body, surfaces), refused)
        if refused:
            if refused == NOT_STAFF:
                log.info("refused a Slack request from %s: not staff", context.user_id)
            return refusal(body, context, client, texts[refused])
        next_()
        return resp
