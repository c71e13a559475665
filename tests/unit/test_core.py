from datetime import date, datetime, timezone

import pytest

from bot.casefile import FileError, decode, parse_date, read_cases
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


@pytest.mark.parametrize("raw", ["2026-10-31", "2026/10/31", "2026/1０/31", "2026.10.31", "20261031",
                                 "2026年10月31日", "令和8年10月31日", "令和８年１０月３１日", "R8.10.31", "r8/10/31",
                                 "R08.10.31", "㋿8年10月31日", " 2026年10月31日 ", "2026/10/31 0:00",
                                 "2026-10-31T00:00:00", "2026/10/31 00:00:00"])
def test_csv_dates_as_office_systems_write_them(raw):
    assert parse_date(raw) == date(2026, 10, 31)


def test_csv_eras_begin_and_end_on_their_days():
    assert parse_date("令和元年5月1日") == date(2019, 5, 1) == parse_date("R1.5.1")
    assert parse_date("平成31年4月30日") == date(2019, 4, 30) == parse_date("H31.4.30")
    assert parse_date("平成元年1月8日") == date(1989, 1, 8)
    for raw in ("令和1年4月30日", "平成31年5月1日", "平成元年1月7日", "2026/02/30", "31/10/2026", "R8.13.1",
                "令和年10月31日", "2026-10-31 25", "X8.10.31", "0:00", ""):
        with pytest.raises(ValueError):
            parse_date(raw)


def test_csv_amounts_with_yen_signs_in_shift_jis():
    text = ("case_id,name,phone,tax_type,amount,due_date\n"
            "A1,山田,090-1234-5678,住民税,¥8000,2026/10/31\n"
            "A2,山田,090-1234-5678,住民税,\"￥8,000\",R8.10.31\n"
            "A3,山田,090-1234-5678,住民税,\"8,000円\",令和8年10月31日\n"
            "A4,山田,090-1234-5678,住民税,８，０００ 円,2026年10月31日\n"
            "A5,山田,090-1234-5678,住民税,8000.00,2026/10/31 0:00\n")
    # Shift_JIS has no ¥ of its own: office software writes it as the byte 0x5C.
    raw = text.replace("¥", "\\").encode("cp932")
    rows, rejected = read_cases(decode(raw))
    assert rejected == [] and [r.amount for r in rows] == [8000] * 5
    assert {r.due_date for r in rows} == {date(2026, 10, 31)}


def test_csv_hostile_cells_are_rejected_rows_and_the_rest_loads():
    good = "A{},山田,090-1234-5678,住民税,1000,2026-10-31"
    lines = ["case_id,name,phone,tax_type,amount,due_date", good.format(1),
             "A2," + "名" * 140_000 + ",090-1234-5678,住民税,1000,2026-10-31",
             good.format(3).replace("1000", str(2 ** 63)),
             good.format(4).replace("1000", str(2 ** 31)),
             "B" * 65 + ",山田,090-1234-5678,住民税,1000,2026-10-31",
             "A6," + "山" * 201 + ",090-1234-5678,住民税,1000,2026-10-31",
             good.format(7).replace("住民税", "税" * 101),
             good.format(8).replace("山田", "山\x00田"),
             good.format(9).replace("1000", "1000.5"),
             good.format(10)]
    rows, rejected = read_cases("\n".join(lines) + "\n")
    assert [r.case_id for r in rows] == ["A1", "A10"]
    reasons = dict(rejected)
    assert sorted(reasons) == [3, 4, 5, 6, 7, 8, 9, 10]
    assert "131072" in reasons[3] or "too long" in reasons[3]
    assert "too large" in reasons[4] and "too large" in reasons[5]
    assert "case_id" in reasons[6] and "64" in reasons[6]
    assert "name" in reasons[7] and "200" in reasons[7]
    assert "tax_type" in reasons[8] and "100" in reasons[8]
    assert "NUL" in reasons[9] and "whole number" in reasons[10]


def test_csv_header_only_says_so():
    with pytest.raises(FileError, match="no data rows"):
        read_cases("case_id,name,phone,tax_type,amount,due_date\n\n")


def test_provider_fields_are_cut_to_the_columns_alike():
    from core.providers import DeliveryReport, InboundSms, Sent

    long_id = "ib-" + "9" * 90
    ids = {Sent(long_id, "sent").provider_sid, DeliveryReport(long_id, "delivered").provider_sid,
           InboundSms(long_id, "+81", "", "").provider_sid}
    assert len(ids) == 1 and len(ids.pop()) == 64 and Sent("SM1", "sent").provider_sid == "SM1"
    sms = InboundSms("SM\x002", "+81\x00", "", "a\x00b\ud800", datetime(9999, 12, 31, tzinfo=timezone.utc))
    assert (sms.provider_sid, sms.sender, sms.body, sms.received_at) == ("SM2", "+81", "ab\ufffd", None)
    assert InboundSms("s", "f", "", "", datetime(2026, 12, 2, 10)).received_at.tzinfo is timezone.utc
    assert DeliveryReport("s", "failed", "3" * 40).error_code == "3" * 32


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


def test_a_damaged_cell_rejects_its_row_not_the_file():
    """Bytes that are neither UTF-8 nor Shift_JIS in one cell: that row is rejected, the rest
    loads; a file in another encoding altogether is still refused whole."""
    from bot.casefile import FileError, decode, read_cases

    text = "case_id,name,phone,tax_type,amount,due_date\n" \
           "C1,山田 太郎,090-1234-5678,住民税,1000,2026-10-31\n" \
           "C2,佐藤\ud800,090-1234-5679,住民税,1000,2026-10-31\n"
    rows, rejected = read_cases(decode(text.encode("utf-8", "surrogatepass")))
    assert [r.case_id for r in rows] == ["C1"]
    assert rejected == [(3, "name holds bytes that are neither UTF-8 nor Shift_JIS")]
    with pytest.raises(FileError, match="neither UTF-8 nor Shift_JIS"):
        decode(b"case_id,name\n" + b"\x81\x20" * 50)  # invalid in both: a lead byte without its trail
