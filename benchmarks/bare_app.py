"""The yardstick for `benchmarks/webhook.py`: bare Flask checking the same Twilio signature
(twilio's RequestValidator, against the same public URL) and answering the same TwiML,
with no database and no reading. What a webhook costs at the least."""

from __future__ import annotations

import os

from flask import Flask, Response, abort, request
from twilio.request_validator import RequestValidator

TWIML_EMPTY = '<?xml version="1.0" encoding="UTF-8"?><Response/>'


def create_app() -> Flask:
    app = Flask(__name__)
    validator = RequestValidator(os.environ["TWILIO_AUTH_TOKEN"])
    public = os.environ["PUBLIC_BASE_URL"].rstrip("/")

    @app.post("/sms/inbound")
    def inbound() -> Response:
        form = request.form.to_dict(flat=True)
        if not validator.validate(public + request.path, form, request.headers.get("X-Twilio-Signature", "")):
            abort(403)
        if not form.get("MessageSid") or not form.get("From"):
            abort(400)
        return Response(TWIML_EMPTY, mimetype="text/xml")

    return app


def create_stored_app() -> Flask:
    """The same, and the webhook stored in one PostgreSQL transaction before the answer: one
    INSERT through psycopg, no ORM, no reading, nothing acted on. What a webhook costs at the
    least once it must survive a crash (BENCH_DATABASE_URL: a libpq URL whose search path has
    a ``webhooks`` table)."""
    import threading

    import psycopg

    app = create_app()
    inbound = app.view_functions["inbound"]
    dsn = os.environ["BENCH_DATABASE_URL"]
    local = threading.local()  # a connection per gunicorn thread, kept

    def store() -> Response:
        answer = inbound()
        conn = getattr(local, "conn", None)
        if conn is None:
            conn = local.conn = psycopg.connect(dsn)
        with conn.transaction():
            conn.execute("INSERT INTO webhooks (sid, sender, body) VALUES (%s, %s, %s) ON CONFLICT DO NOTHING",
                         (request.form["MessageSid"], request.form["From"], request.form.get("Body", "")))
        return answer

    app.view_functions["inbound"] = store
    return app
