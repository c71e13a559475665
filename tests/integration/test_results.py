"""Results: a campaign through plan, create, send, dated payments and `dunning results`; and a
simulation with a known effect that the results must recover (campaigns.md, issue 11)."""

from __future__ import annotations

import csv
import json
from datetime import date, timedelta

from sqlalchemy import select

from bot.stats import newcombe
from core.models import Case, Group, Member
from tests.integration.test_campaigns import campaign_toml, case_rows, phone, selected_ids

NAME = "2026-12 住民税"


def groups(svc) -> dict[str, str]:
    with svc.db.uow() as uow:
        return dict(uow.session.execute(select(Member.case_id, Member.group)).all())


def payments_export(ids: list[str]) -> str:
    """Dated payments for some cases, some of them partial, one row twice."""
    lines = ["宛名番号,納付日,納付額,領収番号"]
    for n, cid in enumerate(ids):
        i = int(cid[1:])
        amount = 1000 * i
        day = date(2026, 12, 2) + timedelta(days=(n * 5) % 40)
        if n % 4 == 0:  # two instalments: paid in full on the second
            lines.append(f"{cid},{day - timedelta(days=2):%Y/%m/%d},{amount // 2},P{i}a")
            lines.append(f"{cid},{day:%Y/%m/%d},{amount - amount // 2},P{i}b")
        elif n % 4 == 1:  # partial only: not paid
            lines.append(f"{cid},{day:%Y/%m/%d},{amount // 3},P{i}a")
        else:
            lines.append(f"{cid},{day:%Y/%m/%d},{amount},P{i}a")
    lines.append(lines[-1])  # the same row twice counts once
    return "\n".join(lines) + "\n"


def test_a_campaign_from_file_to_results(runner, svc, provider, staff, clock, tmp_path):
    cases = tmp_path / "cases.csv"
    cases.write_bytes(case_rows().encode("cp932"))
    runner.invoke(args=["import-cases", str(cases)])
    path = campaign_toml(tmp_path)
    assert runner.invoke(args=["campaign", "plan", path]).exit_code == 0
    assert runner.invoke(args=["campaign", "create", path]).exit_code == 0
    out = runner.invoke(args=["send-campaign", NAME])
    assert out.exit_code == 0, out.output
    drawn = groups(svc)
    sms = sorted(c for c, g in drawn.items() if g == Group.SMS)
    held = sorted(c for c, g in drawn.items() if g == Group.HOLDOUT)
    assert set(drawn) == selected_ids() and len(held) == 6  # 20% of 15 住民税 and of 15 軽自動車税 mobiles
    sent_to = [to for to, _, _ in provider.sent]
    assert not {phone(c) for c in held} & set(sent_to)  # the hold-out gets no SMS
    outside = {f"K{i:03d}" for i in range(1, 61)} - set(drawn)
    assert not {phone(c) for c in outside} & set(sent_to)  # nor do cases outside the selection
    assert sorted(sent_to) == sorted(phone(c) for c in sms)  # exactly one first SMS each

    # Every selected case pays something, in the order of their ids.
    export = tmp_path / "payments.csv"
    export.write_bytes(payments_export(sorted(drawn)).encode("cp932"))
    out = runner.invoke(args=["import-payments", str(export)])
    assert out.exit_code == 0 and "1 imported before" in out.output, out.output

    clock.set(2027, 1, 15, 9, 0)
    csv_path, png = tmp_path / "r.csv", tmp_path / "r.png"
    out = runner.invoke(args=["results", NAME, "--json", "--csv", str(csv_path), "--chart", str(png)])
    assert out.exit_code == 0, out.output
    r = json.loads(out.stdout)
    assert r["campaign"] == NAME and r["first_send"] == "2026-12-02" and r["as_of"] == "2027-01-15"

    # "Paid within 14 days", counted independently from the cases' paid days.
    with svc.db.uow() as uow:
        paid_on = dict(uow.session.execute(select(Case.id, Case.paid_on)).all())
    x = {g: sum(1 for c in ids if paid_on[c] and paid_on[c] <= date(2026, 12, 16)) for g, ids in
         (("sms", sms), ("holdout", held))}
    assert r["groups"]["sms"]["cases"] == len(sms) and r["groups"]["holdout"]["cases"] == len(held)
    assert r["groups"]["sms"]["paid_within"]["14"] == round(x["sms"] / len(sms), 4)
    assert r["groups"]["holdout"]["paid_within"]["14"] == round(x["holdout"] / len(held), 4)
    d, lo, hi = newcombe(x["sms"], len(sms), x["holdout"], len(held))
    assert r["uplift"]["paid_within_14"] == {"value": round(d, 4), "low": round(lo, 4), "high": round(hi, 4)}
    assert r["groups"]["sms"]["sent"] == len(sms) and r["groups"]["holdout"]["sent"] == 0
    assert set(r["tax_types"]) == {"住民税", "軽自動車税"} and r["stages"][0]["sent"] == len(sms)
    for key in ("cases", "sent", "delivered", "replied", "promises", "promises_kept", "paid_within",
                "median_days_to_pay", "collected_yen"):
        assert key in r["groups"]["holdout"]
    assert r["groups"]["sms"]["collected_yen"] + r["groups"]["holdout"]["collected_yen"] > 0

    raw = csv_path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    header = next(csv.reader(raw.decode("utf-8-sig").splitlines()))
    assert header == ["区分", "項目", "SMS群", "対照群", "差（95%信頼区間）"]
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"

    table = runner.invoke(args=["results", NAME]).output
    assert "14日以内に完納" in table and "SMS群" in table and "対照群" in table
    posted = runner.invoke(args=["results", NAME, "--post"])
    assert posted.exit_code == 0, posted.output
    assert staff.uploads and staff.uploads[0]["data"][:4] == b"\x89PNG"
    assert any("14日以内に完納" in p["text"] for p in staff.posts)
    # Test sends are never counted.
    runner.invoke(args=["campaign", "test-send", NAME, "--to", "090-9999-0000"])
    again = json.loads(runner.invoke(args=["results", NAME, "--json"]).stdout)
    assert again["groups"] == r["groups"]


def test_old_way_campaign_has_results_without_a_holdout(runner, svc, cases_file, tmp_path):
    runner.invoke(args=["import-cases", str(cases_file)])
    runner.invoke(args=["send-campaign", "c1"])
    pay = tmp_path / "p.csv"
    pay.write_text("case_id\nC001\n", "utf-8")
    runner.invoke(args=["import-payments", str(pay)])
    r = json.loads(runner.invoke(args=["results", "c1", "--json"]).stdout)
    assert r["groups"]["holdout"] is None and r["uplift"] is None
    assert r["groups"]["sms"]["cases"] == 4 and r["groups"]["sms"]["paid_within"]["7"] == 0.25
    assert runner.invoke(args=["results", "nope"]).exit_code == 1
    svc.settings = svc.settings.replace(staff_language="en")
    table = runner.invoke(args=["results", "c1"]).output
    assert "paid in full within 14 days" in table and "SMS group" in table


def test_results_recover_the_simulated_effect(svc):
    from bot.demo.simulate import simulate
    from bot.results import results

    truth = simulate(svc, n=3000)
    r = results(svc, "2026-10 住民税ほか", as_of=date(2026, 11, 21))
    assert r["groups"]["sms"]["cases"] + r["groups"]["holdout"]["cases"] == 3000
    assert r["groups"]["holdout"]["cases"] == 600
    for w in (7, 14, 30):
        u = r["uplift"][f"paid_within_{w}"]
        assert u["low"] <= truth.uplift(w) <= u["high"], (w, u, truth.uplift(w))
        assert u["low"] > 0  # the effect is there, and found
    assert [s["stage"] for s in r["stages"]] == [1, 2, 3]


def test_slack_upload_speaks_the_external_upload_wire_format():
    from bot.slack.channel import SlackChannel
    from tests.fakes.slack import TOKEN, FakeSlack

    with FakeSlack(members={"C123": ["UBOT"]}) as fake:
        SlackChannel(TOKEN, "C123", fake.api_url).upload("r.png", b"\x89PNG-data", "結果", "要約")
    assert [c.method for c in fake.calls] == ["files.getUploadURLExternal", "files.completeUploadExternal"]
    assert fake.files == [{"id": fake.files[0]["id"], "title": "結果", "channel_id": "C123",
                           "initial_comment": "要約", "data": b"\x89PNG-data"}]

