"""Settings are read once, checked at start-up, and name the setting that is wrong."""

from __future__ import annotations

import logging

import pytest

from core.settings import Settings, SettingsError, environment


@pytest.mark.parametrize("template, why", [
    ("【{office_nam}】納期限を過ぎています", "unknown placeholder {office_nam}"),
    ("{amount}円をお支払いください", "unknown placeholder {amount}"),
    ("{name}様", "unknown placeholder {name}"),
    ("納期限 { を過ぎています", "a brace is not part of a placeholder"),
    ("納期限 } を過ぎています", "a brace is not part of a placeholder"),
    ("{0} を過ぎています", "unknown placeholder {0}"),
    ("詳しくは https://example.jp/pay を", "link"),
    ("{tax_type}" + "あ" * 700, "characters"),
])
def test_a_bad_reminder_template_stops_start_up_with_its_name(template, why):
    with pytest.raises(SettingsError, match="REMINDER_TEMPLATE") as err:
        Settings.from_env({"REMINDER_TEMPLATE": template})
    assert why in str(err.value)


def test_a_good_template_with_escaped_braces_passes():
    s = Settings.from_env({"REMINDER_TEMPLATE": "【{office_name}】{tax_type}（{due_date}）{{重要}}"})
    assert s.text(s.reminder_template, tax_type="住民税", due_date="10月31日").endswith("{重要}")


@pytest.mark.parametrize("name, value", [
    ("DIGEST_TIME", "09:00:00"), ("DIGEST_TIME", "9時"), ("DIGEST_TIME", "24:00"),
    ("PUBLIC_BASE_URL", "dunning.example.jp"), ("SLACK_API_URL", "ftp://slack.com/api/"),
    ("TWILIO_API_BASE", "https://"), ("LOG_LEVEL", "LOUD"), ("LOG_FORMAT", "xml"),
    ("SMS_PROVIDER", "sendgrid"), ("SEND_WINDOW", "19:00-10:00"),
    ("RETENTION_DAYS", "a year"), ("RETENTION_DAYS", "4"), ("RETENTION_DAYS", "-400"),
    ("RETENTION_KEY", "short"),
    ("PRICE_PER_PART", "3円"), ("PRICE_PER_PART", "-1"),
    ("PROVIDER_RETRY_HOURS", "a day"), ("PROVIDER_RETRY_HOURS", "0"),
])
def test_each_bad_value_is_refused_naming_its_setting(name, value):
    with pytest.raises(SettingsError, match=name):
        Settings.from_env({name: value})


def test_a_send_window_to_24_00_holds_every_minute_of_the_day():
    """00:00-23:59 left 23:59 out: a campaign started then waited for the next day (an e2e run
    at 23:59 JST failed so)."""
    from datetime import datetime
    from zoneinfo import ZoneInfo

    from scheduler.policy import Policy

    policy = Policy.from_settings(Settings.from_env({"SEND_WINDOW": "00:00-24:00", "BUSINESS_CALENDAR": "all-days"}))
    late = datetime(2026, 11, 30, 23, 59, 30, tzinfo=ZoneInfo("Asia/Tokyo"))
    assert policy.in_slot(late) and policy.first_slot(late) == late
    with pytest.raises(SettingsError, match="SEND_WINDOW"):
        Settings.from_env({"SEND_WINDOW": "10:00-24:30"})


def test_no_provider_is_a_setting_to_choose_never_a_default():
    s = Settings.from_env({})
    assert s.sms_provider == ""
    with pytest.raises(SettingsError, match="SMS_PROVIDER is not set"):
        s.require_provider()
    Settings.from_env({"SMS_PROVIDER": "console"}).require_provider()


def test_the_working_folders_env_file_is_read_and_exported_values_win(tmp_path, monkeypatch):
    (tmp_path / ".env").write_text("SMS_PROVIDER=console\nOFFICE_NAME=みどり区役所\nLOG_FORMAT=json\n", "utf-8")
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("OFFICE_NAME", "あおば区役所")
    monkeypatch.delenv("SMS_PROVIDER", raising=False)
    env = environment()
    assert env["SMS_PROVIDER"] == "console" and env["OFFICE_NAME"] == "あおば区役所"
    s = Settings.from_env()
    assert (s.sms_provider, s.office_name, s.log_format) == ("console", "あおば区役所", "json")


def test_log_lines_never_carry_a_phone_number(capsys):
    from core import logs

    logs.configure(Settings(log_format="json"))
    try:
        logging.getLogger("dunning.test").warning("sending to %s failed (%s)", "+819012345678", "090-1234-5678",
                                                  extra={"message_id": 7})
        logging.getLogger("dunning.test").warning("with 09012345678 in it")
    finally:
        logging.getLogger().handlers[:] = [h for h in logging.getLogger().handlers if h.get_name() != "dunning"]
    err = capsys.readouterr().err
    assert "9012345678" not in err and "1234-5678" not in err
    assert err.count('"message_id": 7') == 1 and "[phone]" in err
