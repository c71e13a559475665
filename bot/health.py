from __future__ import annotations

from flask import Blueprint, Flask
from sqlalchemy import text

from bot.app import current_services

bp = Blueprint("health", __name__)


@bp.get("/healthz")
def healthz() -> tuple[dict[str, str], int]:
    try:
        with current_services().db.engine.connect() as conn:
            conn.execute(text("SELECT 1"))
    except Exception:
        return {"status": "database unavailable"}, 503
    return {"status": "ok"}, 200


def init_app(app: Flask) -> None:
    app.register_blueprint(bp)
