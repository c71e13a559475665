"""Keep less, for less long: `dunning purge` after RETENTION_DAYS (issue 13, item 3)."""

from __future__ import annotations

import json
from datetime import date, timedelta

import pytest
from sqlalchemy import select

from bot import triage
from core.models import Base, Case, Message, Phone, PhoneStatus
from core.retention import ERASED_NUMBER, MARKER, number_hash
from core.settings import Settings, SettingsError
from tests.integration.helpers import reply

KEY = "test-retention-key-0123456789abcdef"
YAMADA, SATO, SUZUKI, STRANGER = "+819012345678", "+818023456789", "+817034567890", "+819099998888"
NAMES = ("山田 太郎", "佐藤 花子", "鈴木 一郎")


@pytest.fixture
def settings(migrated: str) -> Settings:
    return Settings(database_url=migrated, office_name="テスト区役所 納税課", office_phone="03-0000-0000",
                    retention_key=KEY)


def _dump(svc) -> dict[str, list[tuple]]:
    """Every row of every table, as stored."""
    with svc.db.engine.connect() as conn:
        return {t.name: sorted(map(tuple, conn.execute(t.select())), key=repr)
                for t in Base.metadata.sorted_tables}


def _national(e164: str) -> list[str]:
    """The forms a number may be written in: E.164, national, and its bare digits."""
    digits = e164.removeprefix("+81")
    return [e164, "0" + digits, digits]


def _found(svc, needles: set[str]) -> list[tuple[str, str]]:
    """(table.column, needle) wherever a needle sits in any column of any row."""
    hits = []
    with svc.db.engine.connect() as conn:
        for table in Base.metadata.sorted_tables:
            for row in conn.execute(table.select()):
                for col, value in row._mapping.items():
                    text = (value.decode("utf-8", "replace") if isinstance(value, bytes)
                            else json.dumps(value, ensure_ascii=False) if isinstance(value, (dict, list))
                            else str(value))
                    hits += [(f"{table.name}.{col}", n) for n in needles if n in text]
    return hits


def _purge_clock(svc, clock) -> None:
    """The clock a day after the retention period of the last case closed, and of the last
    message (cases are closed by the wall clock, messages dated by the test's clock)."""
    with svc.db.uow() as uow:
        last = max(c.closed_at for c in uow.session.scalars(select(Case).where(Case.closed_at.is_not(None))))
    clock.now = max(last, clock.now) + timedelta(days=svc.settings.retention_days + 1)


@pytest.fixture
def history(runner, svc, client, provider, clock, cases_file, tmp_path):
    """A campaign's year: replies, staff's SMS and a call, opt-outs, payments."""
    runner.invoke(args=["import-cases", str(cases_file)])
    runner.invoke(args=["send-campaign", "c1"])
    triage.send_sms(svc, "C003", "鈴木様 お電話ください", "U1")
    triage.log_call(svc, "C003", "payment_promise", date(2026, 12, 10), "本人と話した 来週払う", "U1")
    reply(client, "SMr1", SATO, "停止")
    reply(client, "SMr2", SUZUKI, "人違いです。鈴木ではありません")
    reply(client, "SMr3", STRANGER, "もう送らないで")  # no case: remembered all the same
    svc.drain_sms()
    svc.deliver_posts()
    pay = tmp_path / "paid.csv"
    pay.write_text("case_id\nC001\nC002\nC003\n", encoding="utf-8")
    assert runner.invoke(args=["import-payments", str(pay)]).exit_code == 0
    _purge_clock(svc, clock)


def test_after_retention_no_text_or_number_of_a_closed_case_remains(history, runner, svc, provider, tmp_path):
    with svc.db.uow() as uow:
        msgs = list(uow.session.scalars(select(Message)))
    kept = {m.body for m in msgs if m.case_id == "C006"}  # a live case: its texts stay
    texts = {m.body for m in msgs if m.case_id != "C006"} - kept
    assert {"停止", "鈴木様 お電話ください", "本人と話した 来週払う", "もう送らないで"} <= texts
    needles = texts | set(NAMES) | {n for e in (SATO, SUZUKI, STRANGER) for n in _national(e)}
    assert _found(svc, needles)  # the scan finds them while they are there
    report = runner.invoke(args=["report"]).output
    before = _dump(svc)

    dry = runner.invoke(args=["purge", "--dry-run"])
    assert dry.exit_code == 0, dry.output
    assert "would erase 3 cases" in dry.output and "dry run: nothing was changed" in dry.output
    assert [ln.split()[0] for ln in dry.output.splitlines() if ln.startswith("  C")] == ["C001", "C002", "C003"]
    assert _dump(svc) == before

    done = runner.invoke(args=["purge"])
    assert done.exit_code == 0, done.output
    assert "erased 3 cases" in done.output
    assert "3 opted-out or wrong kept only as hashes, 1 kept for cases not erased" in done.output
    assert _found(svc, needles) == []
    assert runner.invoke(args=["report"]).output == report  # every row kept: counts add up
    with svc.db.uow() as uow:
        s = uow.session
        c001 = s.get(Case, "C001")
        assert (c001.name, c001.phone_e164, c001.amount) == (MARKER, ERASED_NUMBER, 58000)
        assert {m.body for m in s.scalars(select(Message).where(Message.case_id == "C001"))} == {MARKER}
        # C006 is still owed: its number, shared with C001, stays, and so does everything of C006.
        assert s.get(Case, "C006").phone_e164 == YAMADA and s.get(Phone, YAMADA).status == PhoneStatus.ACTIVE
        assert s.get(Phone, number_hash(KEY, SATO)).status == PhoneStatus.OPTED_OUT
        assert s.get(Phone, number_hash(KEY, SUZUKI)).status == PhoneStatus.INVALID
        assert s.get(Phone, number_hash(KEY, STRANGER)).status == PhoneStatus.OPTED_OUT
    assert "erased 0 cases" in runner.invoke(args=["purge"]).output

    # The same numbers, written otherwise, in new cases: opted out and wrong, never texted.
    new = tmp_path / "new.csv"
    new.write_text("case_id,name,phone,tax_type,amount,due_date\n"
                   "C011,佐藤 花子,０８０－２３４５－６７８９,住民税,1000,2027-10-31\n"
                   "C012,田中 一郎,070 3456 7890,住民税,2000,2027-10-31\n"
                   "C013,高橋 三郎,090-9999-8888,住民税,3000,2027-10-31\n", encoding="utf-8")
    assert "loaded 3 new" in runner.invoke(args=["import-cases", str(new)]).output
    sent = len(provider.sent)
    campaign = runner.invoke(args=["send-campaign", "c2"])
    for cid, why in (("C011", "opted_out"), ("C012", "invalid"), ("C013", "opted_out")):
        assert f"skip {cid}: number is {why}" in campaign.output, campaign.output
    svc.outbound.sweep()  # C006's reminder, overdue by a year, goes; nothing else
    svc.drain_sms()
    assert [to for to, _, _ in provider.sent[sent:]] == [YAMADA]


def test_the_nightly_purge_logs_counts_only(history, svc, caplog):
    from core.models import Action

    caplog.set_level("INFO")
    svc.nightly_purge()
    with svc.db.uow() as uow:
        erased = uow.session.scalars(select(Action).where(Action.action == "erased"))
        assert sorted((a.case_id, a.actor) for a in erased) == [
            ("C001", "system"), ("C002", "system"), ("C003", "system")]
    logged = caplog.text + " ".join(str(r.__dict__) for r in caplog.records)
    assert "purge" in logged
    assert not [n for e in (SATO, SUZUKI, STRANGER) for n in _national(e) if n in logged]


def test_an_erased_case_is_neither_acted_on_nor_loaded_again(history, runner, svc, cases_file):
    from bot.slack.commands.case_lookup import describe

    runner.invoke(args=["purge"])
    with pytest.raises(triage.TriageError, match="消去"):
        triage.mark_paid(svc, "C001", "U1")
    shown = describe(svc, "C002")  # staff may still look it up: nothing of the resident's is left
    assert "C002" in shown and "消去済み" in shown and "番号違い：" not in shown
    assert "6789" not in shown and shown.count(MARKER) == 3  # reminder, opt-out, confirmation
    result = runner.invoke(args=["import-cases", str(cases_file)])
    assert "line 2: rejected: case C001 was closed and its resident's data erased" in result.output
    with svc.db.uow() as uow:
        assert uow.session.get(Case, "C001").name == MARKER


def test_without_a_key_opted_out_numbers_stay_as_they_are_and_still_never_texted(
        history, runner, svc, settings, monkeypatch):
    monkeypatch.setattr("core.retention.BATCH", 2)  # several batches, as after years of cases
    svc.settings = settings.replace(retention_key="")
    out = runner.invoke(args=["purge"]).output
    assert "erased 3 cases" in out and "note: 3 opted-out or wrong numbers are kept as they are" in out
    with svc.db.uow() as uow:
        assert uow.session.get(Phone, SATO).status == PhoneStatus.OPTED_OUT
        assert {c.phone_e164 for c in uow.session.scalars(select(Case).where(Case.erased_at.is_not(None)))} \
            == {ERASED_NUMBER}
        assert {m.body for m in uow.session.scalars(select(Message).where(Message.case_id != "C006"))} == {MARKER}


def test_a_process_with_another_key_or_none_refuses_to_start(history, runner, svc, settings):
    from bot.bootstrap import bootstrap

    bootstrap(settings.replace(retention_key="")).close()  # nothing hashed yet: no key needed
    runner.invoke(args=["purge"])
    for key in ("", "another-retention-key-0123456789abcdef"):
        with pytest.raises(SettingsError, match="RETENTION_KEY"):
            bootstrap(settings.replace(retention_key=key))
    bootstrap(settings).close()


def test_the_scheduler_process_purges_every_night(svc):
    from bot.bootstrap import PURGE

    svc.run_scheduler(sweep_seconds=3600)
    job = svc.jobs.scheduler.get_job(PURGE)
    fields = {f.name: str(f) for f in job.trigger.fields}
    assert (fields["hour"], fields["minute"], fields["day_of_week"]) == ("3", "30", "mon-sun")


def test_cases_closed_before_the_migration_are_dated_by_their_last_change(db_url):
    from sqlalchemy import text

    from core import schema
    from core.db import make_engine

    engine = make_engine(db_url)
    schema.upgrade(engine, "0002")
    with engine.begin() as conn:
        conn.execute(text("INSERT INTO phones VALUES ('+819012345678', 'active', true, :t)"),
                     {"t": "2026-01-05 10:00:00+00:00"})
        for cid, status in (("P1", "paid"), ("O1", "open")):
            conn.execute(text(
                "INSERT INTO cases (id, name, phone_e164, tax_type, amount, due_date, status, "
                "created_at, updated_at) VALUES (:id, 'x', '+819012345678', '住民税', 1, '2025-10-31', "
                ":status, :t, :t)"), {"id": cid, "status": status, "t": "2026-01-05 10:00:00+00:00"})
    schema.upgrade(engine, "0003")
    with engine.connect() as conn:
        assert conn.execute(text("SELECT id FROM cases WHERE closed_at = updated_at")).scalars().all() == ["P1"]
        assert conn.execute(text("SELECT id FROM cases WHERE closed_at IS NULL")).scalars().all() == ["O1"]
    engine.dispose()


def test_a_remembered_number_fits_where_the_number_was_and_needs_the_key():
    from core.retention import scrub

    h = number_hash(KEY, SATO)
    assert len(h) == 20 and h.startswith("#") and h == number_hash(KEY, SATO)
    assert h != number_hash(KEY + "x", SATO) and h != number_hash(KEY, SUZUKI)
    detail = {"label": "opt_out", "cases": ["C002"], "message_id": 7, "note": "来週払う",
              "params": {"date": "2026-12-10", "body": "電話ください"}, "reason": "080-2345-6789 宛"}
    assert scrub(detail, {"8023456789"}) == {
        "label": "opt_out", "cases": ["C002"], "message_id": 7, "note": MARKER,
        "params": {"date": "2026-12-10", "body": MARKER}, "reason": MARKER}
