"""Campaign files: plan, create, test-send, send-campaign with a hold-out, stages (campaigns.md)."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from core.models import Group, Member, Message, Reminder
from tests.integration.helpers import count, messages

STAGES = [
    "【{office_name}】{tax_type}についての文書をお送りしました。開封してご確認ください。{office_phone}",
    "【{office_name}】{tax_type}の納期限（{due_date}）を過ぎています。お支払い済みの場合は行き違いご容赦ください。{office_phone}（{office_hours}）",
    "【{office_name}】{tax_type}が未納です。至急{office_phone}へご連絡ください。",
]
TAXES = ["住民税", "軽自動車税", "固定資産税"]


def case_rows(n: int = 60) -> str:
    """``n`` cases: three tax types, amounts 1,000 to 60,000; every 10th a landline."""
    lines = ["宛名番号,氏名,電話番号,税目,金額,納期限"]
    for i in range(1, n + 1):
        phone = f"03-1000-{i:04d}" if i % 10 == 0 else f"090-1000-{i:04d}"
        lines.append(f"K{i:03d},住民 {i},{phone},{TAXES[i % 3]},{1000 * i},2026-10-31")
    return "\n".join(lines) + "\n"


def campaign_toml(tmp_path, stages=STAGES, holdout=0.2, select_extra="", name="2026-12 住民税") -> str:
    body = [f'name = "{name}"', 'start = "2026-12-02T10:30"', f"holdout = {holdout}", "seed = 7", "",
            "[select]", 'tax_types = ["住民税", "軽自動車税"]', "amount_max = 50000", select_extra, ""]
    for text in stages:
        body += ["[[stage]]", f'text = "{text}"', ""]
    path = tmp_path / "campaign.toml"
    path.write_text("\n".join(body), "utf-8")
    return str(path)


@pytest.fixture
def loaded(runner, tmp_path):
    f = tmp_path / "cases.csv"
    f.write_bytes(case_rows().encode("cp932"))
    assert runner.invoke(args=["import-cases", str(f)]).exit_code == 0
    return f


def phone(case_id: str) -> str:
    return f"+81901000{int(case_id[1:]):04d}"


def selected_ids() -> set[str]:
    """Independently: the file's selection, mobiles only."""
    return {f"K{i:03d}" for i in range(1, 51) if TAXES[i % 3] in ("住民税", "軽自動車税") and i % 10}


def groups(svc) -> dict[str, str]:
    with svc.db.uow() as uow:
        return dict(uow.session.execute(select(Member.case_id, Member.group)).all())


def test_plan_shows_everything_and_changes_nothing(runner, svc, loaded, tmp_path):
    out = runner.invoke(args=["campaign", "plan", campaign_toml(tmp_path)])
    assert out.exit_code == 0, out.output
    n = len(selected_ids())
    assert f"selected {n}: SMS group" in out.output
    assert "not a mobile number: 3" in out.output  # K010, K020, K040 (K030 is 固定資産税)
    assert "stage 3:" in out.output and "billed part" in out.output
    assert "first SMS: 2026-12-02 Wed 10:30" in out.output
    assert "set PRICE_PER_PART" in out.output
    assert count(svc, Member) == 0 and count(svc, Reminder) == 0


def test_plan_estimates_cost_with_price_per_part(runner, svc, loaded, tmp_path, app):
    from bot.campaign_file import plan, read_spec

    svc.settings = svc.settings.replace(price_per_part=3.3)
    p = plan(svc, read_spec(campaign_toml(tmp_path), svc.policy.tz))
    assert p.stages[0].parts == p.count(Group.SMS)  # each stage-1 text fits one UCS-2 part (70)
    assert p.stages[1].parts == 2 * p.count(Group.SMS)  # each stage-2 text takes two
    assert p.cost([1]) == pytest.approx(3.3 * p.stages[0].parts)


@pytest.mark.parametrize("text,why", [
    ("【{office_name}】{amount}円です", "stage 2: unknown placeholder {amount}"),
    ("【{office_name}】詳しくは https://example.jp へ", "stage 2: the message carries a link"),
    ("【{office_name}】{tax_type", "stage 2: a brace"),
    ("あ" * 661, "stage 2: the message has 661 characters"),
])
def test_a_bad_stage_is_refused_with_its_number_without_a_traceback(runner, loaded, tmp_path, text, why):
    out = runner.invoke(args=["campaign", "plan", campaign_toml(tmp_path, [STAGES[0], text, STAGES[2]])])
    assert out.exit_code == 1 and why in out.output
    assert "Traceback" not in out.output and out.exception is None or isinstance(out.exception, SystemExit)


def test_bad_files_are_refused_with_the_reason(runner, loaded, tmp_path):
    bad = tmp_path / "bad.toml"
    for content, why in [("name = 'x'\nholdout = 1.5\n[[stage]]\ntext='a'\n", "holdout must be a share"),
                         ("name = 'x'\n", "no [[stage]]"),
                         ("name = 'x'\n[select]\ntaxes = []\n[[stage]]\ntext='a'\n", "unknown key taxes"),
                         ("name = \n", "is not TOML")]:
        bad.write_text(content, "utf-8")
        out = runner.invoke(args=["campaign", "plan", str(bad)])
        assert out.exit_code == 1 and why in out.output, out.output


def test_create_draws_a_stratified_reproducible_holdout(runner, svc, loaded, tmp_path):
    path = campaign_toml(tmp_path)
    out = runner.invoke(args=["campaign", "create", path])
    assert out.exit_code == 0 and "created" in out.output, out.output
    drawn = groups(svc)
    assert set(drawn) == selected_ids()
    for tax in ("住民税", "軽自動車税"):  # 20% of each tax type, rounded
        ids = [f"K{i:03d}" for i in range(1, 51) if TAXES[i % 3] == tax and i % 10]
        assert sum(drawn[c] == Group.HOLDOUT for c in ids) == round(len(ids) * 0.2)
    again = runner.invoke(args=["campaign", "create", path])
    assert "nothing changed" in again.output and groups(svc) == drawn
    # Not started yet: a changed file is stored again; the same seed draws the same hold-out.
    runner.invoke(args=["campaign", "create", campaign_toml(tmp_path, STAGES[:2])])
    assert groups(svc) == drawn


def test_send_campaign_texts_the_sms_group_only_and_stages_follow(runner, svc, provider, clock, loaded, tmp_path):
    path = campaign_toml(tmp_path)
    runner.invoke(args=["campaign", "create", path])
    drawn = groups(svc)
    out = runner.invoke(args=["send-campaign", "2026-12 住民税"])
    assert out.exit_code == 0, out.output
    sms = {c for c, g in drawn.items() if g == Group.SMS}
    texted = {m.case_id for m in messages(svc, Message.kind == "reminder")}
    assert texted == sms
    assert len(provider.sent) == len(sms)  # exactly one first SMS each
    assert all("についての文書をお送りしました" in body for _, body, _ in provider.sent)
    # Old-way campaigns still pick up only cases in no campaign: never the hold-out.
    runner.invoke(args=["send-campaign", "legacy"])
    legacy = {m.case_id for m in messages(svc, Message.kind == "reminder")} - sms
    assert not legacy & set(drawn)
    assert legacy == {f"K{i:03d}" for i in range(1, 61) if i % 10} - selected_ids()
    # Reminder 2 and 3 use stages 2 and 3 (policy.md: 14 days apart, no reply).
    first = len(provider.sent)
    for day, marker in (((2026, 12, 16), "を過ぎています"), ((2027, 1, 4), "が未納です")):
        clock.set(*day, 10, 30)  # 14 days on; the third waits out the year-end closure
        svc.outbound.sweep()
        bodies = [b for to, b, _ in provider.sent[first:] if to in {phone(c) for c in sms}]
        assert sum(marker in b for b in bodies) == len(sms), day
        first = len(provider.sent)
    # A started campaign's file may change only the texts of stages not yet sent.
    refused = runner.invoke(args=["campaign", "create", campaign_toml(tmp_path, holdout=0.3)])
    assert refused.exit_code == 1 and "has started" in refused.output and "holdout" in refused.output


def test_holdout_case_is_never_texted_even_when_staff_schedule_one(runner, svc, provider, clock, loaded, tmp_path):
    from scheduler import reminders

    runner.invoke(args=["campaign", "create", campaign_toml(tmp_path)])
    held = next(c for c, g in groups(svc).items() if g == Group.HOLDOUT)
    with svc.db.uow() as uow:
        from core.models import Case

        reminders.replace(uow.session, held, clock.now, "logged call")
        uow.commit()
    result = svc.outbound.fire(held)
    assert result.outcome == "skipped" and "held out" in result.detail
    assert not provider.to(phone(held))


def test_test_send_goes_to_the_staff_phone_and_is_not_a_case_message(runner, svc, provider, loaded, tmp_path):
    runner.invoke(args=["campaign", "create", campaign_toml(tmp_path)])
    out = runner.invoke(args=["campaign", "test-send", "2026-12 住民税", "--to", "090-9999-0000"])
    assert out.exit_code == 0 and out.output.count(": sent") == 3, out.output
    assert [to for to, _, _ in provider.sent] == ["+819099990000"] * 3
    assert all(m.case_id is None for m in messages(svc, Message.kind == "test"))
    assert runner.invoke(args=["campaign", "test-send", "nope", "--to", "090-9999-0000"]).exit_code == 1


def test_a_started_campaign_takes_new_texts_only_for_stages_not_sent(runner, svc, provider, loaded, tmp_path):
    runner.invoke(args=["campaign", "create", campaign_toml(tmp_path)])
    runner.invoke(args=["send-campaign", "2026-12 住民税"])  # stage 1 sent
    later = runner.invoke(args=["campaign", "create", campaign_toml(tmp_path, [*STAGES[:2], "【{office_name}】最終のお知らせです。"])])
    assert later.exit_code == 0 and "texts of the stages not yet sent updated" in later.output, later.output
    sent = runner.invoke(args=["campaign", "create", campaign_toml(tmp_path, ["【{office_name}】別の文面です。", *STAGES[1:]])])
    assert sent.exit_code == 1 and "the text of stage 1, already sent" in sent.output
