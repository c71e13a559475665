import json

from core.models import Case, Message, Phone, Reminder
from tests.conftest import TOKYO
from tests.integration.helpers import count, scheduled


def test_import_shift_jis_japanese_headers_and_idempotent(runner, svc, cases_file):
    first = runner.invoke(args=["import-cases", str(cases_file)])
    assert first.exit_code == 0, first.output
    assert "loaded 5 new, 0 updated, 0 unchanged, 1 rejected" in first.output
    assert "line 6: rejected: phone" in first.output
    assert "C004: not a mobile number" in first.output
    with svc.db.uow() as uow:
        assert uow.session.get(Case, "C002").phone_e164 == "+818023456789"
        assert uow.session.get(Phone, "+81312345678").is_mobile is False
    again = runner.invoke(args=["import-cases", str(cases_file)])
    assert "loaded 0 new, 0 updated, 5 unchanged, 1 rejected" in again.output
    assert count(svc, Case) == 5


def test_import_reports_unreadable_files(runner, tmp_path):
    bad = tmp_path / "bad.csv"
    bad.write_bytes(b"foo,bar\n1,2\n")
    result = runner.invoke(args=["import-cases", str(bad)])
    assert result.exit_code != 0 and "header row lacks case_id" in result.output
    result = runner.invoke(args=["import-cases", str(tmp_path / "missing.csv")])
    assert result.exit_code != 0 and "cannot read" in result.output


def test_campaign_sends_once_to_each_valid_mobile(runner, svc, provider, cases_file):
    runner.invoke(args=["import-cases", str(cases_file)])
    dry = runner.invoke(args=["send-campaign", "2026-12", "--dry-run"])
    assert "dry run: 4 would be sent" in dry.output and "billed part" in dry.output
    assert provider.sent == [] and count(svc, Reminder) == 0
    result = runner.invoke(args=["send-campaign", "2026-12"])
    assert result.exit_code == 0, result.output
    assert "4 sent (0 of them by the running scheduler), 0 queued for retry, 0 failed" in result.output and "skip C004: not a mobile number" in result.output
    assert sorted(to for to, _, _ in provider.sent) == sorted(
        ["+819012345678", "+819012345678", "+818023456789", "+817034567890"])
    assert all("http" not in body and "58000" not in body for _, body, _ in provider.sent)
    again = runner.invoke(args=["send-campaign", "2026-12"])
    assert "0 sent" in again.output and len(provider.sent) == 4


def test_campaign_and_a_running_scheduler_send_each_reminder_once(runner, svc, provider, cases_file):
    from bot.campaign import plan, send_now

    runner.invoke(args=["import-cases", str(cases_file)])
    report = plan(svc, "race", dry_run=False)
    svc.outbound.sweep()  # the scheduler process gets there first
    send_now(svc, report)
    assert [r.outcome for r in report.results] == ["sent_elsewhere"] * 4
    assert len(provider.sent) == 4
    # Each sent case has its next reminder 14 days later, at the same time of day.
    rems = scheduled(svc)
    assert set(rems) == {"C001", "C002", "C003", "C006"}
    assert rems["C001"].run_at.astimezone(TOKYO).isoformat() == "2026-12-16T10:30:00+09:00"


def test_campaign_outside_send_slots_waits_for_the_slot(runner, svc, provider, clock, cases_file):
    clock.set(2026, 12, 4, 20, 0)  # Friday evening
    runner.invoke(args=["import-cases", str(cases_file)])
    result = runner.invoke(args=["send-campaign", "late"])
    assert "scheduled for 2026-12-07T10:00:00+09:00" in result.output
    assert provider.sent == []
    clock.set(2026, 12, 7, 10, 0)
    results = svc.outbound.sweep()
    assert sorted(r.outcome for r in results) == ["sent"] * 4 and len(provider.sent) == 4


def test_reminders_json_and_next_reminder(runner, svc, cases_file):
    runner.invoke(args=["import-cases", str(cases_file)])
    runner.invoke(args=["send-campaign", "c1"])
    out = json.loads(runner.invoke(args=["reminders", "--json", "--case", "C002"]).output)
    assert out == [{"case_id": "C002", "run_at": "2026-12-16T10:30:00+09:00",
                    "reason": "no reply; reminder 2 of 3, 14 days after the last", "sequence": 2}]
    nxt = json.loads(runner.invoke(args=[
        "next-reminder", "--label", "payment_promise", "--received", "2026-12-02T14:05:00+09:00",
        "--promised", "2026-12-25", "--json"]).output)
    assert nxt["run_at"] == "2027-01-04T10:00:00+09:00"
    paused = json.loads(runner.invoke(args=[
        "next-reminder", "--label", "consultation_request", "--received", "2026-12-02T14:05", "--json"]).output)
    assert paused["run_at"] is None


def test_import_payments_cancels_reminders(runner, svc, cases_file, tmp_path):
    runner.invoke(args=["import-cases", str(cases_file)])
    runner.invoke(args=["send-campaign", "c1"])
    pay = tmp_path / "paid.csv"
    pay.write_text("case_id\nC001\nNOPE\n", encoding="utf-8")
    result = runner.invoke(args=["import-payments", str(pay)])
    assert "marked 1 paid (1 reminders cancelled)" in result.output and "no case 'NOPE'" in result.output
    assert "C001" not in scheduled(svc)
    assert "C002" in scheduled(svc)
    report = runner.invoke(args=["report"])
    assert "c1\tpaid\t1" in report.output


def test_eval_command_on_a_file(runner, tmp_path):
    f = tmp_path / "x.jsonl"
    f.write_text(json.dumps({"id": "1", "text": "明日払います", "received_at": "2026-12-02T14:05:00+09:00",
                             "label": "payment_promise", "promised_date": "2026-12-03"}) + "\n", "utf-8")
    result = runner.invoke(args=["eval", str(f)])
    assert "accuracy: 100.0%" in result.output and "dates: 1/1" in result.output
    f.write_text("{not json\n", "utf-8")
    assert "line 1" in runner.invoke(args=["eval", str(f)]).output


def test_health_reports_outboxes_and_the_schedulers_heartbeat(client, svc, runner, cases_file):
    from datetime import timedelta

    from sqlalchemy import update

    from core import telemetry
    from core.models import StaffPost, utcnow

    silent = client.get("/healthz")
    assert silent.status_code == 503 and silent.json["status"] == "scheduler silent"
    assert silent.json["scheduler"]["last_heartbeat_age_s"] is None  # never ran on this database
    svc.heartbeat()
    runner.invoke(args=["import-cases", str(cases_file)])
    client.post("/sms/inbound", data={"MessageSid": "SMh1", "From": "+818023456789", "To": "+815000000000",
                                      "Body": "分割できますか"})
    with svc.db.uow() as uow:  # as if they had waited a minute
        for model in (Message, StaffPost):
            uow.session.execute(update(model).values(created_at=utcnow() - timedelta(seconds=60)))
        uow.commit()
    ok = client.get("/healthz")
    assert ok.status_code == 200 and ok.json["status"] == "ok"
    assert {k: v["depth"] for k, v in ok.json["outbox"].items()} == {"sms": 1, "slack": 1}
    assert all(60 <= v["oldest_age_s"] < 70 for v in ok.json["outbox"].values())
    assert ok.json["scheduler"]["last_heartbeat_age_s"] < 5
    with svc.db.uow() as uow:  # the scheduler went silent
        telemetry.beat(uow.session, utcnow() - timedelta(seconds=telemetry.SCHEDULER_SILENT_SECONDS + 1))
        uow.commit()
    assert client.get("/healthz").status_code == 503
    svc.heartbeat()
    svc.drain_sms()
    svc.deliver_posts()
    after = client.get("/healthz")
    assert after.status_code == 200 and after.json["outbox"]["sms"] == {"depth": 0, "oldest_age_s": None}


def test_metrics_in_prometheus_text_format(client, svc, runner, cases_file):
    from prometheus_client.parser import text_string_to_metric_families

    from core.providers import SendError

    def scrape() -> dict[tuple[str, tuple], float]:
        resp = client.get("/metrics")
        assert resp.status_code == 200 and resp.mimetype == "text/plain"
        return {(s.name, tuple(sorted(s.labels.items()))): s.value
                for fam in text_string_to_metric_families(resp.get_data(as_text=True)) for s in fam.samples}

    before = scrape()
    assert ("dunning_replies_total", (("label", "opt_out"),)) not in before
    assert before[("dunning_provider_refusals_total", ())] == 0
    runner.invoke(args=["import-cases", str(cases_file)])
    runner.invoke(args=["send-campaign", "m1"])
    client.post("/sms/inbound", data={"MessageSid": "SMm1", "From": "+818023456789", "To": "+815000000000",
                                      "Body": "停止"})
    svc.outbound.provider.errors.append(SendError("busy", retryable=True))
    svc.drain_sms()
    after = scrape()
    assert after[("dunning_replies_total", (("label", "opt_out"),))] == 1
    assert after[("dunning_provider_refusals_total", ())] == 1
    assert after[("dunning_outbox_depth", (("outbox", "sms"),))] == 1  # the answer, waiting to retry
    assert after[("dunning_sms_messages", (("direction", "out"), ("kind", "reminder"), ("status", "sent")))] == 4
    assert after[("dunning_reminders_scheduled", ())] == 3  # C002's was cancelled by the opt-out


def test_message_rows_store_provider_ids(runner, svc, cases_file):
    runner.invoke(args=["import-cases", str(cases_file)])
    runner.invoke(args=["send-campaign", "c1"])
    assert count(svc, Message, Message.provider_sid.is_(None)) == 0


def test_stopped_campaign_resumes_with_the_same_command(runner, svc, provider, cases_file):
    from bot.campaign import plan, send_now, stop

    runner.invoke(args=["import-cases", str(cases_file)])
    first = plan(svc, "r", dry_run=False)
    assert stop(svc, "r") == 4  # nothing sent yet: all four are held
    assert svc.outbound.sweep() == []  # held reminders are not due for anyone
    assert provider.sent == []
    again = runner.invoke(args=["send-campaign", "r"])
    assert "resuming: 4 reminders" in again.output and "4 sent" in again.output
    assert len(provider.sent) == 4 and first.planned
    send_now(svc, plan(svc, "r", dry_run=False))
    assert len(provider.sent) == 4


def test_a_send_cut_off_before_the_provider_is_sent_by_the_next_campaign_run(runner, svc, provider, cases_file, clock):
    """Killed after the claim was committed, before the HTTP request left: the next run sends it."""
    from datetime import timedelta

    from sqlalchemy import update

    from core.models import Message, MessageStatus

    runner.invoke(args=["import-cases", str(cases_file)])
    runner.invoke(args=["send-campaign", "k"])
    lost = provider.sent.pop()  # the provider never got the last one
    with svc.db.uow() as uow:
        uow.session.execute(update(Message).where(Message.idempotency_key == lost[2])
                            .values(status=MessageStatus.SENDING, provider_sid=None))
        uow.commit()
    clock.now += timedelta(minutes=2)
    runner.invoke(args=["send-campaign", "k"])
    assert [s[2] for s in provider.sent].count(lost[2]) == 1 and len(provider.sent) == 4


def test_import_hostile_cells_are_rejected_rows_on_both_databases(runner, svc, tmp_path):
    good = "A{},山田,090-1234-5678,住民税,1000,2026-10-31"
    lines = ["case_id,name,phone,tax_type,amount,due_date", good.format(1),
             "A2," + "名" * 140_000 + ",090-1234-5678,住民税,1000,2026-10-31",
             good.format(3).replace("1000", str(2 ** 63)),
             "B" * 70 + ",山田,090-1234-5678,住民税,1000,2026-10-31",
             good.format(5).replace("山田", "山\x00田"),
             good.format(6).replace("2026-10-31", "令和8年10月31日").replace("1000", "\\8000")]
    path = tmp_path / "hostile.csv"
    path.write_bytes(("\n".join(lines) + "\n").encode("cp932"))
    result = runner.invoke(args=["import-cases", str(path)])
    assert result.exit_code == 0 and result.exception is None, result.output
    assert "loaded 2 new, 0 updated, 0 unchanged, 4 rejected" in result.output
    for line in (3, 4, 5, 6):
        assert f"line {line}: rejected" in result.output
    with svc.db.uow() as uow:
        assert uow.session.get(Case, "A6").amount == 8000
    payments = tmp_path / "paid.csv"
    payments.write_text("case_id\nA\x001\n" + "P" * 70 + "\n" + "Q" * 140_000 + "\nA1\n")
    result = runner.invoke(args=["import-payments", str(payments)])
    assert result.exit_code == 0 and result.exception is None, result.output
    with svc.db.uow() as uow:
        assert uow.session.get(Case, "A1").status == "paid"


def test_import_header_only_says_so(runner, tmp_path):
    path = tmp_path / "empty.csv"
    path.write_text("宛名番号,氏名,電話番号,税目,金額,納期限\n")
    result = runner.invoke(args=["import-cases", str(path)])
    assert result.exit_code != 0 and "no data rows" in result.output
