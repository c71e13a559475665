"""The SMS provider's webhooks: inbound replies and delivery reports."""

from __future__ import annotations

import logging
import time
from typing import Any

from flask import Blueprint, Flask, Response, abort, g, request
from werkzeug.exceptions import RequestEntityTooLarge

from bot.app import MAX_FORM_FIELDS, current_services
from bot.bootstrap import Services
from bot.inbound import record_reply, record_status
from core.providers import WebhookError, WebhookRequest

bp = Blueprint("sms", __name__, url_prefix="/sms")
log = logging.getLogger(__name__)


@bp.before_request
def _start() -> None:
    g.webhook_started = time.perf_counter()
    g.webhook = {}


@bp.after_request
def _log(response: Response) -> Response:
    """One line per webhook: what came in and what became of it, never numbers or texts."""
    facts: dict[str, Any] = getattr(g, "webhook", {})
    started = getattr(g, "webhook_started", time.perf_counter())
    log.info("webhook", extra={"path": request.path, "http_status": response.status_code, **facts,
                               "duration_ms": round((time.perf_counter() - started) * 1000, 1)})
    return response


def _webhook(reads_form: bool) -> WebhookRequest:
    url = request.full_path if request.query_string else request.path
    # The body first (MAX_CONTENT_LENGTH refuses a large one unread), then its fields
    # counted before they are parsed: Twilio's signature needs the parsed form, but not
    # a million fields of it. Werkzeug's MAX_FORM_PARTS counts multipart bodies only.
    body = request.get_data(cache=True)
    form: dict[str, str] = {}
    if reads_form and request.mimetype == "application/x-www-form-urlencoded":
        if body.count(b"&") >= MAX_FORM_FIELDS:
            raise RequestEntityTooLarge(f"more than {MAX_FORM_FIELDS} form fields")
        form = request.form.to_dict(flat=True)
    return WebhookRequest(url=url, headers={k.lower(): v for k, v in request.headers.items()},
                          form=form, body=body, remote_addr=request.remote_addr or "")


def _verified(svc: Services) -> WebhookRequest:
    hook = _webhook(svc.provider.reads_form)
    if not svc.provider.verify(hook):
        log.warning("webhook %s refused: bad or missing signature or credentials", request.path)
        if svc.provider.refused_status == 401:
            abort(Response("authentication required\n", status=401, mimetype="text/plain",
                           headers={"WWW-Authenticate": 'Basic realm="dunning webhooks"'}))
        abort(403)
    return hook


@bp.post("/inbound")
def inbound() -> Response:
    svc = current_services()
    hook = _verified(svc)
    try:
        messages = svc.provider.parse_inbound(hook)
    except WebhookError as exc:
        return Response(f"bad webhook: {exc}\n", status=400, mimetype="text/plain")
    stored: list[dict[str, Any]] = g.webhook.setdefault("replies", [])
    for sms in messages:
        result = record_reply(svc, sms, svc.clock())
        stored.append({"message_id": result.message_id, "case_id": result.case_id,
                       "label": result.label, "duplicate": result.duplicate})
    svc.kick()
    # Answers go out through the outbox (retries, exactly once), not in the reply.
    return _ack(svc)


@bp.post("/status")
def status() -> Response:
    svc = current_services()
    hook = _verified(svc)
    try:
        reports = svc.provider.parse_status(hook)
    except WebhookError as exc:
        return Response(f"bad webhook: {exc}\n", status=400, mimetype="text/plain")
    seen: list[dict[str, Any]] = g.webhook.setdefault("reports", [])
    for report in reports:
        known = record_status(svc, report, svc.clock())
        seen.append({"provider_sid": report.provider_sid, "status": report.status, "known": known})
    svc.kick()
    return _ack(svc)


def _ack(svc: Services) -> Response:
    body, mimetype = svc.provider.webhook_ack
    return Response(body, status=200, mimetype=mimetype)


def init_app(app: Flask) -> None:
    app.register_blueprint(bp)
