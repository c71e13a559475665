"""The Slack app (bolt), built in a factory and mounted in Flask at /slack/events."""

from __future__ import annotations

import hashlib
import json
import logging
import re
import threading
from collections import OrderedDict
from typing import Any
from urllib.parse import parse_qsl, urlencode

from flask import Flask, Response, request
from slack_bolt import App, BoltResponse
from slack_bolt.adapter.flask.handler import to_flask_response
from slack_bolt.request import BoltRequest
from slack_sdk import WebClient
from slack_sdk.signature import SignatureVerifier

from bot.bootstrap import Services
from bot.slack import actions, shortcuts, staff, views
from bot.slack.commands import case_lookup
from core.errors import describe
from core.providers import clean

log = logging.getLogger(__name__)


def build_bolt(svc: Services) -> App:
    s = svc.settings
    bolt = App(
        signing_secret=s.slack_signing_secret,
        client=WebClient(token=s.slack_bot_token or None, base_url=s.slack_api_url),
        token_verification_enabled=False,  # no auth.test call at start-up: Slack may be down
        # slack_events checks the signature on the body as sent, before bolt sees it.
        request_verification_enabled=False,
        process_before_response=False,
    )
    surfaces = (actions, views, case_lookup, shortcuts)
    staff.register(bolt, svc, surfaces)  # first: nothing runs for someone who is not staff
    for surface in surfaces:
        surface.register(bolt, svc)
    bolt.error(_listener_failed)
    return bolt


_SLACK_ID = re.compile(r"[A-Z0-9]{1,32}")  # U012ABCDEF, W…
# A listener that trips over a payload's shape: the payload's fault, answered 400.
_SHAPE = (KeyError, TypeError, ValueError, AttributeError, IndexError)


def _listener_failed(error: Exception, response: BoltResponse | None) -> BoltResponse | None:
    """One line, no traceback and no text (a payload may quote a resident's reply)."""
    log.warning("Slack listener failed: %s", describe(error))
    if response is None:  # already acknowledged: Slack has its answer
        return None
    return BoltResponse(status=400 if isinstance(error, _SHAPE) else 500, body="")


def _signed(secret: str, body: bytes) -> bool:
    """Slack's signature, checked before anything else; a timestamp that is no number fails."""
    ts = request.headers.get("X-Slack-Request-Timestamp", "")
    sig = request.headers.get("X-Slack-Signature", "")
    if not (ts.isascii() and ts.isdigit() and len(ts) <= 12 and sig):
        return False
    return SignatureVerifier(secret).is_valid(body, ts, sig)


def _cleaned(value: Any) -> Any:
    """Every string in a payload as the databases store it (no NUL, no lone surrogate)."""
    if isinstance(value, str):
        return clean(value)
    if isinstance(value, list):
        return [_cleaned(v) for v in value]
    if isinstance(value, dict):
        return {clean(k): _cleaned(v) for k, v in value.items()}
    return value


def _payload(body: bytes) -> tuple[dict[str, Any], str] | None:
    """The payload and the body bolt is given: as Slack sent it, its strings cleaned.
    None if Slack would never send it."""
    try:
        text = body.decode("utf-8")
        if request.mimetype == "application/json" or text.startswith("{"):
            data = _cleaned(json.loads(text))  # Events API
            return (data, json.dumps(data)) if isinstance(data, dict) else None
        form = _cleaned(dict(parse_qsl(text, keep_blank_values=True)))  # a slash command
        if "payload" not in form:
            if "command" in form and not _SLACK_ID.fullmatch(form.get("user_id", "")):
                return None
            return form, urlencode(form)
        data = _cleaned(json.loads(form["payload"]))  # interactivity: actions, views, shortcuts
    except (ValueError, RecursionError):
        return None
    if not isinstance(data, dict) or not isinstance(data.get("type"), str):
        return None
    # The user id goes into columns (assignee, actor): Slack's ids are short and plain.
    user = data.get("user")
    if not isinstance(user, dict) or not isinstance(user.get("id"), str) or not _SLACK_ID.fullmatch(user["id"]):
        return None
    return data, urlencode({"payload": json.dumps(data)})


class _Seen:
    """Requests handled lately (by event_id, else by the body's digest), so that Slack's
    retry of one we answered is not run again, while a retry of one that never reached us,
    or that we failed with a 5xx, is handled. Per process: a retry that reaches another
    worker is handled there too, which the listeners bear (they set state rather than add
    to it)."""

    def __init__(self, size: int = 4096):
        self._keys: OrderedDict[str, None] = OrderedDict()
        self._size = size
        self._lock = threading.Lock()

    def __contains__(self, key: str) -> bool:
        with self._lock:
            return key in self._keys

    def add(self, key: str) -> None:
        with self._lock:
            self._keys[key] = None
            if len(self._keys) > self._size:
                self._keys.popitem(last=False)


def init_app(app: Flask) -> None:
    svc: Services = app.extensions["dunning"]
    if not svc.settings.slack_signing_secret:
        # Without a signing secret nothing from Slack can be verified: the route refuses.
        @app.post("/slack/events")
        def slack_disabled() -> Response:
            return Response("Slack is not configured (SLACK_SIGNING_SECRET)\n", status=404)
        return
    bolts: list[App] = []
    lock = threading.Lock()
    seen = _Seen()

    @app.post("/slack/events")
    def slack_events() -> Response:
        body = request.get_data(cache=True)  # MAX_CONTENT_LENGTH refuses a large one unread
        if not _signed(svc.settings.slack_signing_secret, body):
            return Response("bad or missing signature\n", status=401, mimetype="text/plain")
        parsed = _payload(body)
        if parsed is None:
            return Response("malformed payload\n", status=400, mimetype="text/plain")
        payload, cleaned = parsed
        key = str(payload.get("event_id") or hashlib.sha256(body).hexdigest())
        if key in seen and request.headers.get("X-Slack-Retry-Num"):
            log.info("Slack retry of a request already handled: not run again")
            return Response("", status=200)
        # Built on first use: command-line runs never need the Slack app.
        with lock:
            if not bolts:
                bolts.append(build_bolt(svc))
        try:
            # Bolt gets the cleaned body; the signature was checked on the body as sent.
            answer = bolts[0].dispatch(BoltRequest(
                body=cleaned, query=request.query_string.decode("utf-8"), headers=dict(request.headers)))
        except _SHAPE as exc:  # bolt itself trips over a signed payload's shape
            log.warning("Slack payload not understood: %s", describe(exc))
            return Response("malformed payload\n", status=400, mimetype="text/plain")
        if answer.status < 500:
            seen.add(key)
        return to_flask_response(answer)
