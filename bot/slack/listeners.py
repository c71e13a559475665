"""The Slack app (bolt), built in a factory and mounted in Flask at /slack/events."""

from __future__ import annotations

import logging
import threading

from flask import Flask, Response, request
from slack_bolt import App
from slack_bolt.adapter.flask import SlackRequestHandler
from slack_sdk import WebClient

from bot.bootstrap import Services
from bot.slack import actions, shortcuts, staff, views
from bot.slack.commands import case_lookup

log = logging.getLogger(__name__)


def build_bolt(svc: Services) -> App:
    s = svc.settings
    bolt = App(
        signing_secret=s.slack_signing_secret,
        client=WebClient(token=s.slack_bot_token or None, base_url=s.slack_api_url),
        token_verification_enabled=False,  # no auth.test call at start-up: Slack may be down
        process_before_response=False,
    )
    surfaces = (actions, views, case_lookup, shortcuts)
    staff.register(bolt, svc, surfaces)  # first: nothing runs for someone who is not staff
    for surface in surfaces:
        surface.register(bolt, svc)
    return bolt


def init_app(app: Flask) -> None:
    svc: Services = app.extensions["dunning"]
    if not svc.settings.slack_signing_secret:
        # Without a signing secret nothing from Slack can be verified: the route refuses.
        @app.post("/slack/events")
        def slack_disabled() -> Response:
            return Response("Slack is not configured (SLACK_SIGNING_SECRET)\n", status=404)
        return
    handlers: list[SlackRequestHandler] = []
    lock = threading.Lock()

    @app.post("/slack/events")
    def slack_events() -> Response:
        if request.headers.get("X-Slack-Retry-Num"):
            # Slack retries what it thinks went unanswered; every listener here acks at once,
            # so a retry is a repeat of something already handled.
            return Response("", status=200)
        # Built on first use: command-line runs never need the Slack app.
        with lock:
            if not handlers:
                handlers.append(SlackRequestHandler(build_bolt(svc)))
        return handlers[0].handle(request)  # type: ignore[no-any-return]
