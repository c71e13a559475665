"""Production fails closed: provider chosen on purpose, schema checked, console on loopback only."""

from __future__ import annotations

import os
import subprocess
from datetime import timedelta

import pytest
from sqlalchemy import update

from bot.app import create_app
from bot.bootstrap import Role, bootstrap
from core.models import Message, MessageStatus, StaffPost
from core.schema import SchemaError
from core.settings import SettingsError
from tests.e2e.harness import dunning
from tests.fakes.recording import RecordingChannel
from tests.integration.helpers import count, messages, reply

SATO = "+818023456789"


def test_create_app_without_a_provider_refuses_to_start(settings, clock):
    with pytest.raises(SettingsError, match="SMS_PROVIDER is not set"):
        create_app({"SETTINGS": settings, "CLOCK": clock, "TESTING": True})


def test_a_database_never_upgraded_is_refused_naming_the_command(db_url, clock):
    from core.settings import Settings

    settings = Settings(database_url=db_url, sms_provider="console")
    with pytest.raises(SchemaError, match="run `dunning db upgrade`"):
        create_app({"SETTINGS": settings, "CLOCK": clock, "TESTING": True})


def test_console_webhooks_only_from_this_machine(settings, clock, migrated):
    app = create_app({"SETTINGS": settings.replace(sms_provider="console"), "CLOCK": clock,
                      "STAFF_CHANNEL": RecordingChannel(), "TESTING": True})
    client = app.test_client()
    form = {"MessageSid": "SMc1", "From": SATO, "To": "+815000000000", "Body": "停止"}
    assert client.post("/sms/inbound", data=form, environ_base={"REMOTE_ADDR": "203.0.113.9"}).status_code == 403
    assert client.post("/sms/inbound", data=form, headers={"X-Forwarded-For": "203.0.113.9"}).status_code == 403
    assert client.post("/sms/inbound", data=form).status_code == 200  # loopback
    app.extensions["dunning"].close()


def test_two_console_processes_never_reuse_a_message_id(settings, clock, runner, cases_file):
    """`send-campaign` in one process, `serve` in another: ids are unique across processes."""
    from core.providers.console import ConsoleProvider

    runner.invoke(args=["import-cases", str(cases_file)])
    apps = [create_app({"SETTINGS": settings.replace(sms_provider="console"), "CLOCK": clock,
                        "SMS_PROVIDER": ConsoleProvider(open(os.devnull, "w")),
                        "STAFF_CHANNEL": RecordingChannel(), "TESTING": True}) for _ in range(2)]
    for i, app in enumerate(apps):  # each app: a process of its own, with its own provider
        reply(app.test_client(), f"SMx{i}", SATO, "分割できますか")
        assert app.extensions["dunning"].drain_sms() == 1
    answers = messages(apps[0].extensions["dunning"], Message.kind == "answer")
    assert [m.status for m in answers] == [MessageStatus.SENT] * 2
    assert len({m.provider_sid for m in answers}) == 2
    for app in apps:
        app.extensions["dunning"].close()


def test_an_answer_cut_off_by_a_crash_is_not_reported_as_a_reminder(client, svc, runner, cases_file, staff, clock):
    from core.providers.console import ConsoleProvider

    runner.invoke(args=["import-cases", str(cases_file)])
    reply(client, "SMa1", SATO, "詐欺ですか？")  # queues the authenticity answer
    with svc.db.uow() as uow:
        uow.session.execute(update(Message).where(Message.kind == "answer")
                            .values(status=MessageStatus.SENDING, status_at=clock()))
        uow.commit()
    svc.outbound.provider = ConsoleProvider(open(os.devnull, "w"))  # keeps no record: cannot tell
    clock.now += timedelta(seconds=61)
    assert svc.outbound.recover()["unknown"] == 1
    svc.deliver_posts()
    lines = [p["text"] for p in staff.posts]
    assert any("自動返信SMSが届いていません（送信結果不明）" in t for t in lines)
    assert not any("督促SMS" in t for t in lines)
    assert count(svc, StaffPost, StaffPost.kind == "undelivered") == 1


def _cli(*args: str, **env: str) -> subprocess.CompletedProcess[str]:
    clean = {k: v for k, v in os.environ.items() if not k.startswith(("DATABASE_", "SMS_", "SLACK_"))}
    return subprocess.run([*dunning(), *args], env={**clean, **env}, capture_output=True, text=True,
                          timeout=60, cwd=os.path.dirname(__file__))


def test_help_needs_no_database_and_a_bad_database_url_is_one_line():
    down = "postgresql+psycopg://dunning@127.0.0.1:9/dunning"
    helped = _cli("--help", DATABASE_URL=down)
    assert helped.returncode == 0 and "import-cases" in helped.stdout and "db" in helped.stdout
    assert "Traceback" not in helped.stderr
    failed = _cli("reminders", DATABASE_URL=down)
    assert failed.returncode == 2 and "Traceback" not in failed.stderr
    assert failed.stderr.strip().splitlines()[-1].startswith("dunning: bad setting: DATABASE_URL ")
    bad = _cli("report", DATABASE_URL="sqlite:///nowhere/at/all.sqlite", REMINDER_TEMPLATE="{amount}")
    assert bad.returncode == 2 and "REMINDER_TEMPLATE: unknown placeholder {amount}" in bad.stderr


def test_the_start_up_line_names_role_provider_and_database_without_password(settings, caplog):
    caplog.set_level("INFO", logger="bot.bootstrap")
    with pytest.raises(SettingsError, match="SMS_PROVIDER"):
        bootstrap(settings, role=Role.SCHEDULER)
    url = settings.database_url.replace("postgres@", "postgres:s3cret-pw@")  # trust auth ignores it
    svc = bootstrap(settings.replace(sms_provider="console", database_url=url), role=Role.SCHEDULER)
    svc.close()
    line = next(r for r in caplog.records if r.getMessage().startswith("dunning "))
    assert (line.role, line.provider, line.timezone, line.calendar) == ("scheduler", "console", "Asia/Tokyo", "jp")
    assert line.database.split("?")[0] in url.replace("s3cret-pw", "***")
    assert "s3cret" not in caplog.text


def test_one_json_line_per_webhook_send_and_staff_post_without_numbers_or_text(
        client, svc, runner, cases_file, caplog):
    from pythonjsonlogger.json import JsonFormatter

    from core.logs import Redact

    runner.invoke(args=["import-cases", str(cases_file)])
    caplog.set_level("INFO")
    reply(client, "SMlog1", SATO, "来週の金曜日に払います")
    reply(client, "SMlog2", SATO, "分割できますか")
    svc.drain_sms()
    svc.deliver_posts()
    svc.sweep()
    by_msg: dict[str, list] = {}
    for r in caplog.records:
        by_msg.setdefault(r.getMessage(), []).append(r)
    hooks = by_msg["webhook"]
    assert [h.replies[0]["label"] for h in hooks] == ["payment_promise", "consultation_request"]
    assert all(h.http_status == 200 and h.duration_ms >= 0 and h.replies[0]["case_id"] == "C002" for h in hooks)
    assert [r.kind for r in by_msg["sms send"]] == ["answer"] and by_msg["sms send"][0].status == "sent"
    assert {r.kind for r in by_msg["staff post"]} == {"reply"} and len(by_msg["staff post"]) == 2
    assert len(by_msg["sweep"]) == 1
    formatter = JsonFormatter()
    text = "\n".join(formatter.format(r) for r in caplog.records if Redact().filter(r))
    for secret in ("8023456789", "2345-6789", "来週の金曜日", "分割", "山田", "佐藤"):
        assert secret not in text
