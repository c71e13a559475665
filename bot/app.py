"""The Flask application factory."""

from __future__ import annotations

import logging
from typing import Any

from flask import Flask, current_app

from bot.bootstrap import Services, bootstrap
from core.settings import Settings


def create_app(test_config: dict[str, Any] | None = None) -> Flask:
    """Build the app. ``test_config`` may carry SETTINGS (a Settings), and SMS_PROVIDER /
    STAFF_CHANNEL / CLOCK objects that replace the real adapters."""
    app = Flask(__name__, instance_relative_config=True)
    config = test_config or {}
    settings: Settings = config.get("SETTINGS") or Settings.from_env()
    app.config.update(SETTINGS=settings, **{k: v for k, v in config.items() if k != "SETTINGS"})
    extra = {k: config[v] for k, v in (("provider", "SMS_PROVIDER"), ("staff", "STAFF_CHANNEL"),
                                      ("clock", "CLOCK")) if v in config}
    services = bootstrap(settings, instance_path=app.instance_path, **extra)
    app.extensions["dunning"] = services

    from bot import cli, health, sms
    from bot.slack import listeners

    cli.init_app(app)
    health.init_app(app)
    sms.init_app(app)
    listeners.init_app(app)
    logging.getLogger("apscheduler").setLevel(logging.WARNING)
    return app


def current_services() -> Services:
    """The services of the app handling the current request or command."""
    return current_app.extensions["dunning"]  # type: ignore[no-any-return]
