"""Dated payments from the office's payment export (campaigns.md, `import-payments`).

A file with `納付日`/`paid_on` and `納付額`/`amount` (and optionally `領収番号`/`receipt_no`)
is recorded payment by payment. Partial payments lower the balance; a case is paid when its
balance reaches zero, on the date of the payment that brought it there.

The same row imported twice counts once. A payment's identity is its receipt number when
the export has one (an office issues each once). Without one it is the row itself: case,
date, amount and the whole line's content. Two identical rows without a receipt number are
then one payment, which is the price of re-importing a file safely: exports that can carry
two equal payments on one day carry receipt numbers.

Dates and amounts are read as the case file reads them (`bot.casefile.parse_date` and
`parse_yen`: 2026/10/31, 令和8年10月31日, R8.10.31, ¥8,000, 8,000円 …), so that an office's
exports are read the same way everywhere.
"""

from __future__ import annotations

import hashlib
import unicodedata
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from bot.casefile import FileError, PaymentReport, _header, parse_date, parse_yen
from core.models import Case, CaseStatus, Payment, utcnow
from core.records import audit
from scheduler import reminders

if TYPE_CHECKING:
    from bot.bootstrap import Services

DATED = ("paid_on", "amount")


def _has(names: list[str], key: str) -> bool:
    try:
        _header(names, (key,))
    except FileError:
        return False
    return True


def is_dated(names: list[str]) -> bool:
    """Whether the header row names payment dates and amounts (both, or refused)."""
    present = [k for k in DATED if _has(names, k)]
    if len(present) == 1:
        raise FileError(f"the header row has {present[0]} but not {DATED[1 - DATED.index(present[0])]}")
    return bool(present)


@dataclass(frozen=True)
class PaymentRow:
    line: int
    case_id: str
    paid_on: date
    amount: int
    receipt_no: str | None
    key: str


def _cell(cells: list[str], i: int | None) -> str:
    return unicodedata.normalize("NFKC", cells[i] if i is not None and i < len(cells) else "").strip()


# A payment's amount is a BIGINT: the same forms as a case's, above 0.
PAYMENT_MAX = 2 ** 63 - 1


def _day(raw: str) -> date:
    try:
        return parse_date(raw)
    except ValueError as exc:
        raise ValueError(f"paid_on is not a date ({exc}): {raw[:40]!r}") from None


def _yen(raw: str) -> int:
    amount = parse_yen(raw, PAYMENT_MAX)
    if amount == 0:
        raise ValueError("amount must be above 0")
    return amount


def read_payment(line: int, cells: list[str], index: dict[str, int]) -> PaymentRow:
    """One row; ValueError with the reason when it cannot be a payment."""
    cid = _cell(cells, index["case_id"])
    if not cid:
        raise ValueError("case_id is missing")
    paid_on, amount = _day(_cell(cells, index["paid_on"])), _yen(_cell(cells, index["amount"]))
    receipt = _cell(cells, index.get("receipt_no")) or None
    if receipt:
        key = "receipt:" + receipt[:64]
    else:
        content = "\x1f".join(unicodedata.normalize("NFKC", c).strip() for c in cells)
        key = "row:" + hashlib.sha256(f"{cid}\x1e{paid_on}\x1e{amount}\x1e{content}".encode()).hexdigest()[:64]
    return PaymentRow(line, cid, paid_on, amount, receipt, key)


def import_dated(svc: Services, names: list[str], reader: Any, actor: str) -> PaymentReport:
    index = _header(names, ("case_id", *DATED))
    if _has(names, "receipt_no"):
        index["receipt_no"] = _header(names, ("receipt_no",))["receipt_no"]
    report = PaymentReport(dated=True)
    rows: list[PaymentRow] = []
    for cells in reader:
        line = reader.line_num
        if not any(c.strip() for c in cells):
            continue
        try:
            rows.append(read_payment(line, cells, index))
        except ValueError as exc:
            report.rejected.append((line, str(exc)))
    with svc.db.uow() as uow:
        s = uow.session
        settle(s, record(s, rows, report), report, actor)
        uow.commit()
    return report


def record(s: Session, rows: list[PaymentRow], report: PaymentReport) -> list[Case]:
    """Store the rows not seen before; returns the cases they paid towards."""
    cases: dict[str, Case] = {}
    new: list[dict[str, object]] = []
    now = utcnow()
    for start in range(0, len(rows), 500):
        batch = rows[start:start + 500]
        known = set(s.scalars(select(Payment.key).where(Payment.key.in_([r.key for r in batch]))))
        found = {c.id: c for c in s.scalars(select(Case).where(Case.id.in_({r.case_id for r in batch})))}
        for row in batch:
            case = found.get(row.case_id)
            if case is None:
                report.rejected.append((row.line, f"no case {row.case_id!r}"))
            elif row.key in known:
                report.repeated += 1
            else:
                known.add(row.key)
                new.append({"case_id": row.case_id, "paid_on": row.paid_on, "amount": row.amount,
                            "receipt_no": row.receipt_no, "key": row.key, "imported_at": now})
                cases[case.id] = case
        if new:
            s.execute(insert(Payment), new)
            report.recorded += len(new)
            new.clear()
    report.rejected.sort()
    return [cases[k] for k in sorted(cases)]


def settle(s: Session, cases: list[Case], report: PaymentReport, actor: str) -> None:
    """Each case paid in full on the date of the payment that brought its balance to zero."""
    paid_ids = []
    for start in range(0, len(cases), 500):
        batch = cases[start:start + 500]
        paid: dict[str, list[tuple[date, int]]] = {c.id: [] for c in batch}
        for cid, on, amount in s.execute(
                select(Payment.case_id, Payment.paid_on, Payment.amount)
                .where(Payment.case_id.in_(list(paid))).order_by(Payment.paid_on, Payment.id)):
            paid[cid].append((on, amount))
        for case in batch:
            total, day = 0, None
            for on, amount in paid[case.id]:
                total += amount
                if total >= case.amount:
                    day = on
                    break
            if day is None:
                report.partly.append(case.id)
                audit(s, case.id, actor, "payment_recorded", balance=case.amount - total)
            elif case.status == CaseStatus.PAID:
                report.already.append(case.id)
            else:
                case.mark_paid(day)
                audit(s, case.id, actor, "marked_paid", source="import-payments", paid_on=day.isoformat())
                report.paid.append(case.id)
                paid_ids.append(case.id)
    report.cancelled += reminders.cancel(s, paid_ids)
