import json
import time
from datetime import datetime, timedelta

import pytest
from sqlalchemy import create_engine

from bot.app import create_app
from core.models import Action, Case, CaseStatus, Message, MessageStatus, Phone, PhoneStatus, Reading
from core.providers import SendError, SendUnknown
from core.settings import SettingsError
from tests.conftest import TOKYO
from tests.fakes.twilio import ACCOUNT_SID, AUTH_TOKEN, sign
from tests.integration.helpers import count, messages, reply, scheduled

YAMADA = "+819012345678"  # C001 and C006
SATO = "+818023456789"


@pytest.fixture
def loaded(runner, cases_file, svc, provider):
    runner.invoke(args=["import-cases", str(cases_file)])
    runner.invoke(args=["send-campaign", "2026-12"])
    provider.sent.clear()
    return svc


def test_promise_replaces_the_reminder_with_one_at_date_plus_grace(client, loaded, clock):
    clock.set(2026, 12, 2, 14, 5)
    assert reply(client, "SM1", SATO, "来週の金曜日に払います").status_code == 200
    rems = scheduled(loaded)
    assert rems["C002"].run_at == datetime(2026, 12, 18, 10, 0, tzinfo=TOKYO)
    assert count(loaded, Message, Message.case_id == "C002", Message.kind == "reminder") == 1
    with loaded.db.uow() as uow:
        case = uow.session.get(Case, "C002")
        assert (case.label, str(case.promised_date)) == ("payment_promise", "2026-12-11")


def test_repeated_message_sid_changes_nothing(client, loaded, provider):
    reply(client, "SMdup", SATO, "分割できますか")
    loaded.drain_sms()
    before = (count(loaded, Message), count(loaded, Reading), count(loaded, Action))
    assert reply(client, "SMdup", SATO, "分割できますか").status_code == 200
    loaded.drain_sms()
    assert (count(loaded, Message), count(loaded, Reading), count(loaded, Action)) == before
    assert len(provider.to(SATO)) == 1


def test_stop_confirms_once_and_cancels_every_case_of_the_number(client, loaded, provider):
    reply(client, "SM2", YAMADA, "停止")
    loaded.drain_sms()
    assert len(provider.to(YAMADA)) == 1 and "停止しました" in provider.to(YAMADA)[0]
    assert "C001" not in scheduled(loaded) and "C006" not in scheduled(loaded)
    # Opt back in, then out again with free text.
    reply(client, "SM3", YAMADA, "再開")
    loaded.drain_sms()
    with loaded.db.uow() as uow:
        assert uow.session.get(Phone, YAMADA).status == PhoneStatus.ACTIVE
    assert "再開しました" in provider.to(YAMADA)[-1]


@pytest.mark.parametrize("body", [
    "配信停止を希望します",  # kanji
    "ストップ",  # katakana
    "もうおくらないでください",  # hiragana
    "ｽﾄｯﾌﾟｼﾃｸﾀﾞｻｲ",  # half-width kana, as old phones send
    "yamete kudasai",  # romaji
    "unsubscribe me",  # English
    "今後はこちらへのお知らせはお控えください",  # a polite circumlocution
    "先週払いました。今後SMSは不要です",  # beside a payment: the opt-out wins
    "もう めーる こないように してください",  # kana spaced word by word
    "Cảm ơn. ストップ nhé",  # the stop word in a reply in another language
    "そったらお知らせ、もうよこさねでけれ",  # a verb of sending asked in the negative, Tohoku
    "こういうのもう送ってくんなや",  # the same as a prohibitive, Kansai
    # Letter style: what is sent named as a letter and declined as ご無用, beside a payment;
    # and being taken off the list we send to.
    "今年度分は納付いたしました。今後かようなお便りはご無用にてお願い申し上げます",
    "御市の連絡先リストから当方の番号を外していただけますでしょうか",
    # Indirect formal stops: our messages limited to this one, and declined as a polite question.
    "恐れ入りますが、携帯電話へのご案内は今回限りとしていただけますでしょうか",
    "ショートメッセージでのご通知は、以後見合わせていただけませんか",
])
def test_an_opt_out_in_any_script_or_register_cancels_every_reminder(client, loaded, provider, body):
    assert {"C001", "C006"} <= set(scheduled(loaded))
    reply(client, "SMo", YAMADA, body)
    loaded.drain_sms()
    assert "C001" not in scheduled(loaded) and "C006" not in scheduled(loaded)
    with loaded.db.uow() as uow:
        assert uow.session.get(Phone, YAMADA).status == PhoneStatus.OPTED_OUT
    assert len(provider.to(YAMADA)) == 1 and "停止しました" in provider.to(YAMADA)[0]


@pytest.mark.parametrize("body", [
    "再開",  # the keyword
    "停止したお知らせをまた送ってください",
    "受信を元に戻したい",
    "please start sending again",
    "ﾃｲｼｦｶｲｼﾞｮｼﾃｸﾀﾞｻｲ",  # half-width kana, naming the stop it undoes
    "先日の配信停止の手続きを取り消し、元どおり通知を受け取れるようお願い申し上げます",  # formal
    "先般は停止をお願いいたしましたが、今後もこちらへご連絡いただければ幸甚に存じます",  # formal, regretful
])
def test_a_request_to_resume_reactivates_and_restores_the_reminders(client, loaded, provider, clock, body):
    reply(client, "SMs", YAMADA, "停止")
    assert "C001" not in scheduled(loaded)
    reply(client, "SMr", YAMADA, body)
    loaded.drain_sms()
    with loaded.db.uow() as uow:
        assert uow.session.get(Phone, YAMADA).status == PhoneStatus.ACTIVE
        reading = uow.session.get(Message, messages(loaded, Message.provider_sid == "SMr")[0].id).reading
        assert reading.label == "other"
    rems = scheduled(loaded)
    assert {"C001", "C006"} <= set(rems)
    assert rems["C001"].run_at > clock() and rems["C001"].sequence == 2  # the no-reply cadence
    assert "再開しました" in provider.to(YAMADA)[-1]


@pytest.mark.parametrize("body", [
    "本人は先月亡くなりました。本当に区役所からですか",
    "父は春に他界しております。この番号は母が使っています",
    "My husband passed away in October. Is this message genuine?",
])
def test_a_death_in_the_family_is_for_staff_and_never_told_the_sms_is_genuine(client, loaded, provider, body):
    reply(client, "SMd", SATO, body)
    loaded.drain_sms()
    assert "折り返し" in provider.to(SATO)[0] and "正式" not in provider.to(SATO)[0]
    with loaded.db.uow() as uow:
        assert uow.session.get(Case, "C002").status == CaseStatus.PAUSED
        reading = uow.session.get(Message, messages(loaded, Message.provider_sid == "SMd")[0].id).reading
        assert reading.label == "consultation_request"


@pytest.mark.parametrize("body", [
    "メッセージ受け取りました",  # an acknowledgement
    "test",  # a test message
    "市役所がSMS送ってくるなんて聞いたことないんですが",  # a doubt
    "しつこいなあ、来週払うって",  # a complaint beside a promise
    "通知は切らないでくださいね、毎回助かってます",  # please do NOT stop: reminders kept
    "Please don't stop the reminders, I forget otherwise",
])
def test_an_acknowledgement_test_doubt_complaint_or_please_dont_stop_never_stops_the_messages(
        client, loaded, provider, body):
    reply(client, "SMn", YAMADA, body)
    loaded.drain_sms()
    with loaded.db.uow() as uow:
        assert uow.session.get(Phone, YAMADA).status == PhoneStatus.ACTIVE
    assert not any("停止しました" in sms for sms in provider.to(YAMADA))
    assert {"C001", "C006"} <= set(scheduled(loaded))


def test_wrong_number_apologises_once_and_is_never_texted_again(client, runner, loaded, provider, clock):
    reply(client, "SM4", YAMADA, "人違いです")
    reply(client, "SM5", YAMADA, "本当に違いますよ、詐欺ですか？")
    loaded.drain_sms()
    assert len(provider.to(YAMADA)) == 1 and "失礼いたしました" in provider.to(YAMADA)[0]
    with loaded.db.uow() as uow:
        assert uow.session.get(Phone, YAMADA).status == PhoneStatus.INVALID
    # Re-importing and a new campaign, weeks later, still never reach the number.
    clock.set(2027, 2, 1, 11, 0)
    runner.invoke(args=["send-campaign", "2027-02"])
    loaded.outbound.sweep()
    loaded.drain_sms()
    assert len(provider.to(YAMADA)) == 1


def test_a_wrong_number_with_a_stop_in_dialect_marks_the_number_invalid(client, loaded, provider):
    # "I'm not that person; stop sending" (Tohoku): the wrong number wins, and the number
    # is never texted again.
    reply(client, "SMw", YAMADA, "おらその人でねえ。もう送んねでけろ")
    loaded.drain_sms()
    with loaded.db.uow() as uow:
        assert uow.session.get(Phone, YAMADA).status == PhoneStatus.INVALID
        reading = uow.session.get(Message, messages(loaded, Message.provider_sid == "SMw")[0].id).reading
        assert reading.label == "wrong_number"
    assert "C001" not in scheduled(loaded) and "C006" not in scheduled(loaded)
    assert len(provider.to(YAMADA)) == 1 and "失礼いたしました" in provider.to(YAMADA)[0]


def test_consultation_pauses_and_answers_with_office_hours(client, loaded, provider):
    reply(client, "SM6", SATO, "今は払えません。分割にできますか")
    loaded.drain_sms()
    assert "折り返し" in provider.to(SATO)[0]
    assert "C002" not in scheduled(loaded)
    with loaded.db.uow() as uow:
        assert uow.session.get(Case, "C002").status == CaseStatus.PAUSED


def test_unknown_sender_is_kept_and_shown_but_not_answered(client, loaded, provider, staff):
    reply(client, "SM7", "+819099990000", "これ詐欺ですか")
    loaded.drain_sms()
    loaded.deliver_posts()
    assert provider.sent == []
    msg = messages(loaded, Message.provider_sid == "SM7")[0]
    assert msg.case_id is None and msg.phone_e164 == "+819099990000"
    assert "案件に結びつかない番号" in staff.posts[-1]["text"] and "090-****-0000" in staff.posts[-1]["text"]


def test_reply_goes_to_the_case_last_texted_and_threads(client, loaded, staff):
    reply(client, "SM8", YAMADA, "明日払います")
    reply(client, "SM9", YAMADA, "やっぱり金曜日に払います")
    loaded.deliver_posts()
    first, second = staff.posts[-2:]
    assert first["thread_ts"] is None and second["thread_ts"] == first["ts"]
    assert "9012345678" not in first["text"] and "090-****-5678" in first["text"]
    assert "山田" not in first["text"] and "58000" not in first["text"]  # no name, no amount


def test_status_callback_updates_and_only_moves_forward(client, loaded):
    sid = messages(loaded, Message.kind == "reminder")[0].provider_sid
    client.post("/sms/status", data={"MessageSid": sid, "MessageStatus": "delivered"})
    client.post("/sms/status", data={"MessageSid": sid, "MessageStatus": "sent"})
    assert messages(loaded, Message.provider_sid == sid)[0].status == MessageStatus.DELIVERED
    assert client.post("/sms/status", data={"MessageSid": sid}).status_code == 400
    assert client.post("/sms/status", data={"MessageSid": "SMnone", "MessageStatus": "sent"}).status_code == 200


def test_malformed_inbound_is_400_and_stores_nothing(client, loaded):
    before = count(loaded, Message)
    assert client.post("/sms/inbound", data={"Body": "hi"}).status_code == 400
    assert count(loaded, Message) == before


def test_forged_signature_is_403_and_changes_nothing(settings, tmp_path, clock):
    twilio = settings.replace(sms_provider="twilio", twilio_account_sid=ACCOUNT_SID,
                              twilio_auth_token=AUTH_TOKEN, twilio_from="+15005550006",
                              public_base_url="https://dunning.example.jp")
    app = create_app({"SETTINGS": twilio, "CLOCK": clock})
    svc = app.extensions["dunning"]
    client = app.test_client()
    form = {"MessageSid": "SMf", "From": SATO, "To": "+815000000000", "Body": "停止"}
    good = sign("https://dunning.example.jp/sms/inbound", form)
    assert client.post("/sms/inbound", data=form).status_code == 403
    assert client.post("/sms/inbound", data=form, headers={"X-Twilio-Signature": "AAAA" + good[4:]}).status_code == 403
    assert client.post("/sms/inbound", data={**form, "Body": "払います"},
                       headers={"X-Twilio-Signature": good}).status_code == 403
    assert count(svc, Message) == 0
    assert client.post("/sms/inbound", data=form, headers={"X-Twilio-Signature": good}).status_code == 200
    assert count(svc, Message) == 1
    svc.close()


def test_retryable_refusal_is_retried_and_permanent_recorded(loaded, provider, clock, client):
    reply(client, "SMa", SATO, "これ本物ですか")
    provider.errors = [SendError("HTTP 503", retryable=True)]
    loaded.drain_sms()
    assert messages(loaded, Message.kind == "answer")[0].status == MessageStatus.QUEUED
    clock.now = clock.now.replace(minute=clock.now.minute + 1)
    loaded.drain_sms()
    assert messages(loaded, Message.kind == "answer")[0].status == MessageStatus.SENT
    assert len(provider.to(SATO)) == 1


def test_provider_opt_out_error_marks_the_number(loaded, provider, clock):
    clock.set(2026, 12, 16, 10, 30)
    provider.errors = [SendError("HTTP 400", code="21610", opted_out=True)]
    results = {r.case_id: r.outcome for r in loaded.outbound.sweep()}
    failed = [cid for cid, outcome in results.items() if outcome == "failed"]
    assert len(failed) == 1
    with loaded.db.uow() as uow:
        phone = uow.session.get(Case, failed[0]).phone
        assert phone.status == PhoneStatus.OPTED_OUT


def test_unknown_outcome_is_never_resent(loaded, provider, clock, staff):
    clock.set(2026, 12, 16, 10, 30)
    provider.errors = [SendUnknown("timeout")]
    loaded.outbound.sweep()
    loaded.drain_sms()
    unknown = messages(loaded, Message.status == MessageStatus.UNKNOWN)
    assert len(unknown) == 1
    loaded.outbound.recover()
    loaded.drain_sms()
    assert len(provider.sent) == 3  # the other three cases only
    loaded.deliver_posts()
    assert any("届いていません" in p["text"] for p in staff.posts)


def test_a_reminder_is_not_sent_twice_on_one_day(loaded, provider, clock):
    clock.set(2026, 12, 16, 10, 30)
    assert all(r.outcome == "sent" for r in loaded.outbound.sweep())
    assert all(r.outcome in ("none", "not_due") for r in [loaded.outbound.fire(c) for c in ("C001", "C002")])
    assert len(provider.sent) == 4


def test_paid_after_scheduling_is_not_texted(loaded, provider, clock, runner, tmp_path):
    with loaded.db.uow() as uow:
        uow.session.get(Case, "C003").status = CaseStatus.PAID
        uow.commit()
    clock.set(2026, 12, 16, 10, 30)
    outcomes = {r.case_id: r.outcome for r in loaded.outbound.sweep()}
    assert outcomes["C003"] == "skipped" and not provider.to("+817034567890")


def test_reminder_due_at_night_moves_to_the_next_slot(loaded, provider, clock):
    clock.set(2026, 12, 16, 22, 0)  # the service was down all day
    assert loaded.outbound.sweep() == []
    assert loaded.outbound.fire("C001").outcome == "moved"
    assert provider.sent == []
    clock.set(2026, 12, 17, 10, 0)
    assert sorted(r.outcome for r in loaded.outbound.sweep()) == ["sent"] * 4


def test_slack_outage_loses_nothing_and_keeps_order(client, loaded, staff, clock):
    from bot.slack.channel import ChannelError

    reply(client, "SMs1", SATO, "明日払います")
    reply(client, "SMs2", SATO, "やっぱり金曜日")
    staff.failures = [ChannelError("HTTP 503")]
    assert loaded.deliver_posts() == 0
    assert loaded.deliver_posts() == 0  # backing off
    clock.now = clock.now.replace(hour=clock.now.hour + 1)
    assert loaded.deliver_posts() == 2
    assert staff.posts[1]["thread_ts"] == staff.posts[0]["ts"]
    assert "明日払います" in staff.posts[0]["text"]


def test_help_keyword_answers_with_office_contact(client, loaded, provider):
    reply(client, "SMh", SATO, " HELP ")
    loaded.drain_sms()
    assert "03-0000-0000" in provider.to(SATO)[0] and "停止" in provider.to(SATO)[0]
    assert "C002" in scheduled(loaded)  # nothing else changes


def test_a_new_scheduler_process_sends_what_fell_due_once(loaded, settings, clock):
    """The reminders table is the one truth: a new process's due-reminder job, its sweep and
    a direct fire race for the same reminder, and it goes out once."""
    from bot.bootstrap import bootstrap
    from tests.fakes.recording import RecordingChannel, RecordingProvider

    loaded.close()
    provider2 = RecordingProvider()
    clock.set(2026, 12, 16, 11, 0)
    again = bootstrap(settings, provider=provider2, staff=RecordingChannel(), clock=clock)
    try:
        again.run_scheduler(sweep_seconds=3600)  # due job and sweep start at once, in threads
        again.outbound.fire("C002")  # and this one too
        deadline = time.monotonic() + 5
        while len(provider2.sent) < 4 and time.monotonic() < deadline:
            time.sleep(0.05)
        time.sleep(2.5)  # another tick of the due job
        assert sorted(to for to, _, _ in provider2.sent) == sorted([YAMADA, YAMADA, SATO, "+817034567890"])
    finally:
        again.close()


def test_recover_asks_the_provider_after_a_crash_mid_send(loaded, provider, clock):
    """Two sends interrupted by a crash: the provider took one, never got the other."""
    from sqlalchemy import update

    clock.set(2026, 12, 16, 10, 30)
    assert all(r.outcome == "sent" for r in loaded.outbound.sweep())
    taken, lost = messages(loaded, Message.kind == "reminder", Message.case_id.in_(["C001", "C002"]))[-2:]
    with loaded.db.uow() as uow:
        uow.session.execute(update(Message).where(Message.id.in_([taken.id, lost.id]))
                            .values(status=MessageStatus.SENDING, provider_sid=None))
        uow.commit()
    provider.sent = [s for s in provider.sent if s[2] != lost.idempotency_key]  # never reached it
    before = len(provider.sent)
    # A claim younger than RECOVER_AFTER_SECONDS may be another process's send in flight.
    assert loaded.outbound.recover() == {"sent": 0, "requeued": 0, "unknown": 0}
    clock.now += timedelta(seconds=61)
    assert loaded.outbound.recover() == {"sent": 1, "requeued": 1, "unknown": 0}
    loaded.drain_sms()
    assert len(provider.sent) == before + 1  # only the lost one is sent, once
    assert {m.status for m in messages(loaded, Message.id.in_([taken.id, lost.id]))} == {MessageStatus.SENT}


def test_an_offices_own_reply_model_reads_what_the_rules_do_not(settings, tmp_path, clock, provider,
                                                                    cases_file):
    """REPLY_MODEL: a model trained on the office's labelled replies (python -m replies.train)."""
    from replies.evaluate import Example
    from replies.train import export, fit

    rows = [("ぴよぴよ", "consultation_request"), ("ぴよぴよぴよ", "consultation_request"),
            ("もふもふ", "other"), ("もふもふもふ", "other")]
    examples = [Example(t, t, datetime(2026, 12, 2, tzinfo=TOKYO), lbl, None) for t, lbl in rows]
    path = tmp_path / "office-model.json"
    path.write_text(json.dumps(export(*fit(examples)), ensure_ascii=False), "utf-8")
    app = create_app({"SETTINGS": settings.replace(reply_model=str(path)), "SMS_PROVIDER": provider,
                      "CLOCK": clock, "TESTING": True})
    svc = app.extensions["dunning"]
    runner, client = app.test_cli_runner(), app.test_client()
    runner.invoke(args=["import-cases", str(cases_file)])
    reply(client, "SMpiyo", SATO, "ぴよぴよです")
    with svc.db.uow() as uow:
        assert uow.session.get(Case, "C002").status == CaseStatus.PAUSED  # read as a consultation
    svc.close()


def test_a_command_loads_the_reply_model_only_when_it_needs_it_and_refuses_a_bad_one_then(settings, tmp_path, clock):
    """Commands that read no reply start without the model (Role.reads); one that needs it
    (retrain, eval) refuses an unreadable REPLY_MODEL with the setting's name, as serve does."""
    from bot.bootstrap import Role, bootstrap

    bad = tmp_path / "model.json"
    bad.write_text("{not json", "utf-8")
    svc = bootstrap(settings.replace(reply_model=str(bad)), role=Role.CLI, clock=clock)
    try:
        assert svc.model is None
        with pytest.raises(SettingsError, match="REPLY_MODEL"):
            svc.reply_model  # noqa: B018  (the property reads the file)
    finally:
        svc.close()


def test_an_unreadable_reply_model_stops_the_service_at_start(settings, tmp_path, clock):
    bad = tmp_path / "model.json"
    bad.write_text("{not json", "utf-8")
    for path in (bad, tmp_path / "missing.json"):
        with pytest.raises(SettingsError, match="REPLY_MODEL"):
            create_app({"SETTINGS": settings.replace(reply_model=str(path), sms_provider="console"),
                        "CLOCK": clock})


def _pooled_backends(engine) -> list[int]:
    """The PostgreSQL backend of every connection the pool holds now."""
    held = [engine.connect() for _ in range(engine.pool.checkedin())]
    try:
        return [c.exec_driver_sql("SELECT pg_backend_pid()").scalar() for c in held]
    finally:
        for c in held:
            c.close()


def test_a_reply_is_stored_after_the_database_dropped_a_connection_used_moments_ago(client, loaded, db_url):
    """Only idle connections are pinged (core.db): a busy one the server dropped fails its
    statement, and the reply's transaction runs again on a new connection."""
    if not db_url.startswith("postgresql"):
        pytest.skip("a SQLite file has no server to drop a connection")
    assert reply(client, "SMbefore", SATO, "来週払います").status_code == 200
    engine = loaded.db.engine
    pids = _pooled_backends(engine)
    assert pids
    admin = create_engine(db_url)
    with admin.begin() as conn:
        for pid in pids:
            conn.exec_driver_sql(f"SELECT pg_terminate_backend({int(pid)})")
    admin.dispose()
    assert reply(client, "SMafter", SATO, "分割できますか").status_code == 200
    stored = messages(loaded, Message.provider_sid == "SMafter")
    assert len(stored) == 1 and stored[0].case_id == "C002"


def test_a_batch_of_staff_posts_reads_what_each_shows_in_five_queries(client, loaded, clock):
    """bot.slack.deliver.Batch: the same snapshots as post by post, without four queries each."""
    from sqlalchemy import event, select

    from bot.slack.deliver import Batch, snapshot
    from core.models import StaffPost

    clock.set(2026, 12, 2, 14, 5)
    for i, (sender, body) in enumerate([(SATO, "来週の金曜日に払います"), ("+819012345678", "分割できますか"),
                                        ("+819012345678", "停止"), ("+817034567890", "払いました"),
                                        ("+819099990000", "どなたですか")]):
        reply(client, f"SMbatch{i}", sender, body)
    statements = []
    with loaded.db.uow() as uow:
        s = uow.session
        posts = list(s.scalars(select(StaffPost).where(StaffPost.posted.is_(False)).order_by(StaffPost.id)))
        assert len(posts) >= 5
        event.listen(s.get_bind(), "before_cursor_execute", lambda *a: statements.append(a[2]))
        batch = Batch.read(s, posts)
        batched = [snapshot(s, post, batch) for post in posts]
        assert len(statements) <= 5, [" ".join(x.split())[:90] for x in statements]  # and none per post
    with loaded.db.uow() as uow:
        alone = [snapshot(uow.session, post) for post in posts]

        def seen(snap):
            return (snap.case and snap.case.id, snap.phone and snap.phone.status, snap.phone_e164,
                    snap.reminder and snap.reminder.run_at, snap.message and snap.message.id,
                    snap.message and [r.label for r in snap.message.readings], sorted(snap.other_cases))

        assert [seen(x) for x in batched] == [seen(x) for x in alone]
        assert any(x.other_cases for x in alone) and any(x.reminder for x in alone)  # the test shows something


def test_replies_from_one_number_take_turns_on_postgresql(client, loaded, db_url):
    """The look-up locks the number's row until the commit: a second reply from the number
    waits for the first, so that their joined writes never lock the same rows in two orders."""
    import threading

    from bot.inbound import look_up

    if not db_url.startswith("postgresql"):
        pytest.skip("SQLite has one writer at a time anyway")
    done = threading.Event()
    with loaded.db.uow() as uow:
        look_up(uow.session, "twilio", "SMfirst", SATO)  # a first reply's transaction, still open
        second = threading.Thread(target=lambda: (reply(client, "SMsecond", SATO, "来週払います"), done.set()))
        second.start()
        assert not done.wait(1.0)  # waits for the first
        uow.commit()
    assert done.wait(10.0)
    second.join()
    assert len(messages(loaded, Message.provider_sid == "SMsecond")) == 1


def test_a_reply_that_postgresql_ends_for_a_deadlock_is_run_again(client, loaded, monkeypatch):
    import psycopg
    from sqlalchemy.exc import OperationalError

    import bot.inbound

    real, failures = bot.inbound._record_reply, []

    def deadlocked_once(*args, **kwargs):
        if not failures:
            failures.append(1)
            raise OperationalError("(writes)", None, psycopg.errors.DeadlockDetected("deadlock detected"))
        return real(*args, **kwargs)

    monkeypatch.setattr(bot.inbound, "_record_reply", deadlocked_once)
    assert reply(client, "SMdeadlock", SATO, "来週払います").status_code == 200
    assert failures == [1] and len(messages(loaded, Message.provider_sid == "SMdeadlock")) == 1
