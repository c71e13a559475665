"""Dated payments: Shift_JIS exports with Japanese headers, partial payments, re-imports."""

from __future__ import annotations

from datetime import date

from core.models import Case, CaseStatus, Payment
from tests.integration.helpers import count, scheduled

EXPORT = """宛名番号,納付日,納付額,領収番号
C001,2026/12/05,"￥20,000",R-0001
C001,2026-12-09,38000,R-0002
C002,20261210,"5,000円",R-0003
C003,2026-13-01,1000,R-0004
NOPE,2026-12-05,1000,R-0005
C006,2026-12-20,45600,
"""


def write(tmp_path, text: str, name: str = "pay.csv"):
    path = tmp_path / name
    path.write_bytes(text.encode("cp932"))
    return str(path)


def case(svc, cid: str) -> Case:
    with svc.db.uow() as uow:
        return uow.session.get(Case, cid)


def test_dated_payments_partial_full_repeated_and_rejected(runner, svc, cases_file, tmp_path):
    runner.invoke(args=["import-cases", str(cases_file)])
    runner.invoke(args=["send-campaign", "c1"])
    path = write(tmp_path, EXPORT)
    out = runner.invoke(args=["import-payments", path])
    assert out.exit_code == 0, out.output
    assert ("recorded 4 payments (0 imported before, counted once); 2 cases paid in full "
            "(2 reminders cancelled), 1 with a balance left, 0 already paid, 2 rejected") in out.output
    assert "line 5: rejected: paid_on is not a date" in out.output
    assert "line 6: rejected: no case 'NOPE'" in out.output
    # C001 owes 58,000: paid in full by its second payment, on that payment's date.
    c1 = case(svc, "C001")
    assert c1.status == CaseStatus.PAID and c1.paid_on == date(2026, 12, 9)
    assert "C001" not in scheduled(svc) and "C002" in scheduled(svc)
    c2 = case(svc, "C002")  # owes 10,800, paid 5,000
    assert c2.status == CaseStatus.OPEN and c2.paid_on is None
    assert case(svc, "C006").paid_on == date(2026, 12, 20)  # no receipt number: keyed by the row
    again = runner.invoke(args=["import-payments", path])
    assert "recorded 0 payments (4 imported before, counted once)" in again.output
    assert count(svc, Payment) == 4
    # The rest of C002's balance, in another file: paid on that day.
    runner.invoke(args=["import-payments", write(tmp_path, "case_id,paid_on,amount\nC002,2026-12-24,5800\n", "b.csv")])
    assert case(svc, "C002").paid_on == date(2026, 12, 24)


def test_case_id_only_files_still_mark_paid_today(runner, svc, clock, cases_file, tmp_path):
    runner.invoke(args=["import-cases", str(cases_file)])
    out = runner.invoke(args=["import-payments", write(tmp_path, "宛名番号\nC003\n")])
    assert "marked 1 paid" in out.output
    assert case(svc, "C003").paid_on == date(2026, 12, 2)


def test_a_header_with_a_date_but_no_amount_is_refused(runner, cases_file, tmp_path):
    runner.invoke(args=["import-cases", str(cases_file)])
    out = runner.invoke(args=["import-payments", write(tmp_path, "case_id,納付日\nC001,2026-12-01\n")])
    assert out.exit_code == 1 and "has paid_on but not amount" in out.output
