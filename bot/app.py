"""The Flask application factory."""

from __future__ import annotations

from typing import Any

from flask import Flask, current_app

from bot.bootstrap import Role, Services, bootstrap
from core import logs
from core.settings import Settings


def create_app(test_config: dict[str, Any] | None = None, *, role: Role = Role.WEB) -> Flask:
    """Build the app; what any WSGI server runs (`gunicorn 'bot.app:create_app()'`).

    Settings come from the environment and the working folder's `.env`. It refuses to
    start (SettingsError, schema.SchemaError) on a missing or bad setting, an unreachable
    database, or one that is not at the code's schema. ``test_config`` may carry SETTINGS
    (a Settings), and SMS_PROVIDER / STAFF_CHANNEL / CLOCK objects that replace the real
    adapters.
    """
    app = Flask(__name__)
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
    return app


def current_services() -> Services:
    """The services of the app handling the current request or command."""
    return current_app.extensions["dunning"]  # type: ignore[no-any-return]
