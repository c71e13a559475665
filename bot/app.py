"""The Flask application factory."""

from __future__ import annotations

import logging
from typing import Any

from flask import Flask, Response, current_app, request
from werkzeug.exceptions import HTTPException

from bot.bootstrap import Role, Services, bootstrap
from core import logs
from core.errors import describe
from core.settings import Settings

log = logging.getLogger(__name__)

MAX_BODY = 1024 * 1024  # bytes; `dunning serve` gives waitress the same limit
MAX_FORM_FIELDS = 200  # Twilio sends about 20


def create_app(test_config: dict[str, Any] | None = None, *, role: Role = Role.WEB) -> Flask:
    """Build the app; what any WSGI server runs (`gunicorn 'bot.app:create_app()'`).

    Settings come from the environment and the working folder's `.env`. It refuses to
    start (SettingsError, schema.SchemaError) on a missing or bad setting, an unreachable
    database, or one that is not at the code's schema. ``test_config`` may carry SETTINGS
    (a Settings), and SMS_PROVIDER / STAFF_CHANNEL / CLOCK objects that replace the real
    adapters.
    """
    app = Flask(__name__)
    # Webhooks and Slack payloads are a few kilobytes: a larger body is refused (413) from
    # its Content-Length, before it is read, let alone parsed.
    app.config.update(MAX_CONTENT_LENGTH=MAX_BODY, MAX_FORM_PARTS=MAX_FORM_FIELDS)
    config = test_config or {}
    settings: Settings = config.get("SETTINGS") or Settings.from_env()
    app.config.update(SETTINGS=settings, **{k: v for k, v in config.items() if k != "SETTINGS"})
    if not app.testing:
        logs.configure(settings)
    extra = {k: config[v] for k, v in (("provider", "SMS_PROVIDER"), ("staff", "STAFF_CHANNEL"),
                                      ("clock", "CLOCK")) if v in config}
    services = bootstrap(settings, role=role, **extra)
    app.extensions["dunning"] = services

    from bot import cli, health, sms
    from bot.slack import listeners

    cli.init_app(app)
    health.init_app(app)
    sms.init_app(app)
    listeners.init_app(app)
    app.register_error_handler(Exception, _unhandled)
    return app


def _unhandled(exc: Exception) -> Response | HTTPException:
    """Our own failure (a database outage, a bug): 500, logged with its type and where it
    happened but never its text, which may quote a phone number (PostgreSQL's DETAIL
    does) or a reply."""
    if isinstance(exc, HTTPException):
        return exc
    log.error("%s %s failed: %s", request.method, request.path, describe(exc))
    return Response("internal error\n", status=500, mimetype="text/plain")


def current_services() -> Services:
    """The services of the app handling the current request or command."""
    return current_app.extensions["dunning"]  # type: ignore[no-any-return]
