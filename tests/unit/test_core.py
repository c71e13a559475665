import pytest

from bot.casefile import FileError, decode, read_cases
from core.phones import PhoneError, mask, parse_phone
from core.settings import Settings, SettingsError
from core.sms_text import TemplateError, check_message, size


@pytest.mark.parametrize("raw", ["090-1234-5678", "０９０－１２３４－５６７８", "+81 90 1234 5678",
                                 "09012345678", "090ー1234ー5678", " 090 1234 5678 "])
def test_phone_forms_become_e164(raw):
    assert parse_phone(raw).e164 == "+819012345678"
    assert parse_phone(raw).is_mobile


def test_landline_is_not_mobile_and_bad_numbers_fail():
    assert not parse_phone("03-1234-5678").is_mobile
    for bad in ["", "12345", "abc", "090-1234"]:
        with pytest.raises(PhoneError):
            parse_phone(bad)


def test_mask_shows_last_four_only():
    assert mask("+819012345678") == "090-****-5678"
    assert "1234" not in mask("+819012345678")


def test_sms_size_counts_as_carriers_do():
    assert size("a" * 160) .parts == 1
    assert size("a" * 161).parts == 2
    assert size("あ" * 70).parts == 1
    assert size("あ" * 71).parts == 2
    assert size("あ" * 134).parts == 2
    assert size("あ" * 135).parts == 3
    assert size("😀" * 35).parts == 1 and size("😀" * 36).parts == 2  # two UTF-16 units each


def test_templates_with_links_or_too_long_are_refused():
    check_message("納期限を過ぎています。")
    for bad in ["詳しくは https://example.jp へ", "www.city.example.jp", "city-tax.jp で確認", "あ" * 661]:
        with pytest.raises(TemplateError):
            check_message(bad)


def test_settings_from_env_and_errors():
    s = Settings.from_env({"PROMISE_GRACE_DAYS": "5", "SEND_WINDOW": "09:00-18:00", "TIMEZONE": "Asia/Tokyo"})
    assert s.promise_grace_days == 5 and s.send_window == "09:00-18:00"
    for env in [{"PROMISE_GRACE_DAYS": "x"}, {"SEND_WINDOW": "19-10"}, {"TIMEZONE": "Mars/Base"},
                {"SMS_PROVIDER": "twilio"}, {"BUSINESS_CALENDAR": "fr"}]:
        with pytest.raises(SettingsError):
            Settings.from_env(env)
    slack = {"SLACK_BOT_TOKEN": "xoxb-1", "SLACK_CHANNEL": "C1"}
    assert Settings.from_env({**slack, "SLACK_STAFF_USERGROUP": "S0614TZR7"}).slack_staff_usergroup == "S0614TZR7"
    for env in [{**slack, "SLACK_STAFF_USERGROUP": "@tax-staff"}, {"SLACK_STAFF_USERGROUP": "S0614TZR7"}]:
        with pytest.raises(SettingsError, match="SLACK_STAFF_USERGROUP"):
            Settings.from_env(env)


def test_csv_encodings_and_headers():
    text = "case_id,name,phone,tax_type,amount,due_date\nA1,山田,090-1234-5678,住民税,\"1,000\",2026/10/31\n"
    for raw in [text.encode("utf-8"), b"\xef\xbb\xbf" + text.encode("utf-8"), text.encode("cp932")]:
        rows, rejected = read_cases(decode(raw))
        assert rejected == [] and rows[0].amount == 1000 and rows[0].phone_e164 == "+819012345678"
    with pytest.raises(FileError):
        decode(b"\xff\xfe\x00\x81\xff")
    with pytest.raises(FileError):
        read_cases("id,foo\n1,2\n")


def test_csv_rejects_rows_with_line_and_reason():
    text = ("宛名番号,氏名,電話番号,税目,金額,納期限\n"
            "A1,山田,090-1234-5678,住民税,1000,2026-10-31\n"
            ",山田,090-1234-5678,住民税,1000,2026-10-31\n"
            "A3,山田,12,住民税,1000,2026-10-31\n"
            "A4,山田,090-1234-5678,住民税,1000,31/10/2026\n"
            "A1,山田,090-1234-5678,住民税,1000,2026-10-31\n"
            "A6,山田\n")
    rows, rejected = read_cases(text)
    assert [r.case_id for r in rows] == ["A1"]
    assert [line for line, _ in rejected] == [3, 4, 5, 6, 7]
    assert "case_id is missing" in rejected[0][1] and "phone" in rejected[1][1]
    assert "due_date" in rejected[2][1] and "repeats line 2" in rejected[3][1]


def test_database_errors_do_not_carry_residents_data(tmp_path):
    from sqlalchemy.exc import IntegrityError

    from core import schema
    from core.db import Database
    from core.models import Phone

    db = Database.from_url(f"sqlite:///{tmp_path}/x.sqlite")
    schema.upgrade(db.engine)
    for _ in range(2):
        with db.uow() as uow:
            uow.session.add(Phone(e164="+819012345678"))
            try:
                uow.commit()
            except IntegrityError as exc:
                assert "9012345678" not in str(exc)
                break
    else:
        raise AssertionError("the duplicate was not refused")
    db.dispose()
