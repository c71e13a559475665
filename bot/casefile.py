"""Loading delinquent cases and payments from the office's CSV files (interfaces.md)."""

from __future__ import annotations

import csv
import io
import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date, timedelta
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from sqlalchemy import BigInteger, Integer, SmallInteger, select

from core.models import Case, CaseStatus, Phone, PhoneStatus
from core.phones import PhoneError, parse_phone
from core.records import audit
from core.retention import remembered
from scheduler import reminders

if TYPE_CHECKING:
    from bot.bootstrap import Services

COLUMNS = ("case_id", "name", "phone", "tax_type", "amount", "due_date")
JAPANESE = {"宛名番号": "case_id", "案件番号": "case_id", "氏名": "name", "電話番号": "phone",
            "税目": "tax_type", "金額": "amount", "滞納額": "amount", "納期限": "due_date",
            # payment exports (bot/payments.py)
            "納付日": "paid_on", "収納日": "paid_on", "納付額": "amount", "領収番号": "receipt_no"}


class FileError(ValueError):
    """The file as a whole cannot be read (no header, unknown encoding)."""


# What the columns hold, read from the model: a longer value is a rejected row, never a
# database error (PostgreSQL refuses it, SQLite would keep it).
LENGTHS = {key: Case.__table__.c[column].type.length
           for key, column in (("case_id", "id"), ("name", "name"), ("tax_type", "tax_type"))}
AMOUNT_MAX = {SmallInteger: 2 ** 15 - 1, BigInteger: 2 ** 63 - 1, Integer: 2 ** 31 - 1}[
    type(Case.__table__.c.amount.type)]

# Japanese eras by their first day; year 1 (元年) is that day's year, and an era ends when the next begins.
ERAS = {"令和": date(2019, 5, 1), "平成": date(1989, 1, 8), "昭和": date(1926, 12, 25)}
ERA_LETTERS = {"r": "令和", "h": "平成", "s": "昭和"}
_GREGORIAN = re.compile(r"(\d{4})(?:[-/.](\d{1,2})[-/.](\d{1,2})|年(\d{1,2})月(\d{1,2})日?|(\d{2})(\d{2}))")
_TIME = re.compile(r"(?<=\d)[ t]\d{1,2}:\d{2}(:\d{2}(\.\d+)?)?$")
_ERA = re.compile(r"(令和|平成|昭和|[rhs])(\d{1,2}|元)[年./-](\d{1,2})[月./-](\d{1,2})日?")


def parse_date(raw: str) -> date:
    """A date as office systems write it: 2026-10-31, 2026/10/31, 20261031, 2026年10月31日,
    令和8年10月31日, R8.10.31 (令和, 平成, 昭和; 元年 is year 1), a time after it ignored.
    ValueError otherwise."""
    text = unicodedata.normalize("NFKC", raw).strip().lower()  # ㋿ -> 令和
    text = _TIME.sub("", text).replace(" ", "")  # Excel writes 2026/10/31 0:00
    if m := _GREGORIAN.fullmatch(text):
        year, month, day = (int(g) for g in m.groups() if g is not None)
        return date(year, month, day)
    if m := _ERA.fullmatch(text):
        era = ERA_LETTERS.get(m[1], m[1])
        year = 1 if m[2] == "元" else int(m[2])
        start = ERAS[era]
        when = date(start.year + year - 1, int(m[3]), int(m[4]))
        later = [d for d in ERAS.values() if d > start]
        end = min(later) - timedelta(days=1) if later else date.max
        if not start <= when <= end:
            raise ValueError(f"{era}{year}年 has no such day")
        return when
    raise ValueError("not a date")


UNREADABLE = "\ufffd"  # what a byte that is neither UTF-8 nor Shift_JIS is read as


def decode(raw: bytes) -> str:
    """UTF-8 (with or without BOM) or Shift_JIS (CP932), whichever the bytes are.

    A few bytes that are neither (a damaged cell) are read as U+FFFD, in the encoding that
    reads the rest, and only their rows are rejected (``_cell``); a file mostly in another
    encoding is refused whole."""
    body = raw[3:] if raw.startswith(b"\xef\xbb\xbf") else raw
    for encoding in ("utf-8", "cp932"):
        try:
            return body.decode(encoding)
        except UnicodeDecodeError:
            pass
    text = min((body.decode(e, "replace") for e in ("utf-8", "cp932")), key=lambda t: t.count(UNREADABLE))
    if text.count(UNREADABLE) * 20 > len(text):  # more than one character in 20: not a damaged cell
        raise FileError("the file is neither UTF-8 nor Shift_JIS (CP932)")
    return text


def _header(names: list[str], wanted: tuple[str, ...]) -> dict[str, int]:
    index: dict[str, int] = {}
    for i, name in enumerate(names):
        key = unicodedata.normalize("NFKC", name).strip().lower().replace(" ", "_")
        key = JAPANESE.get(key, key)
        if key in wanted:
            index[key] = i
    missing = [c for c in wanted if c not in index]
    if missing:
        raise FileError("the header row lacks " + ", ".join(missing))
    return index


@dataclass
class Row:
    line: int
    case_id: str
    name: str
    phone_e164: str
    is_mobile: bool
    tax_type: str
    amount: int
    due_date: date


@dataclass
class ImportReport:
    added: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    rejected: list[tuple[int, str]] = field(default_factory=list)  # (line, reason)
    not_mobile: list[str] = field(default_factory=list)  # loaded, but SMS cannot reach them


def _cell(cells: dict[str, str], key: str) -> str:
    """A cell, NFKC-normalised, present, without NUL and within its column's length."""
    value = unicodedata.normalize("NFKC", cells.get(key) or "").strip()
    if not value:
        raise ValueError(f"{key} is missing")
    if "\x00" in value:
        raise ValueError(f"{key} contains a NUL character")
    if UNREADABLE in value:
        raise ValueError(f"{key} holds bytes that are neither UTF-8 nor Shift_JIS")
    limit = LENGTHS.get(key)
    if limit is not None and len(value) > limit:
        raise ValueError(f"{key} is too long ({len(value)} characters; at most {limit})")
    return value


def _quote(value: str) -> str:
    """A cell in a reason: short enough to read."""
    return repr(value if len(value) <= 40 else value[:40] + "…")


def parse_yen(raw: str, limit: int) -> int:
    """An amount as office exports write it: 8000, 8,000, ¥8000, ￥8,000 (NFKC makes it ¥),
    8,000円, Excel's 8000.00; Shift_JIS writes ¥ as the byte 0x5C, "\\". ValueError, naming
    the column, for anything else, a negative amount or one above ``limit``."""
    digits = re.sub(r"[,¥\\円\s]|\.0+$", "", raw)
    if not digits.isascii() or not digits.lstrip("-").isdigit():
        raise ValueError(f"amount is not a whole number of yen: {_quote(digits)}")
    amount = int(digits)
    if amount < 0:
        raise ValueError("amount is negative")
    if amount > limit:
        raise ValueError(f"amount is too large (at most {limit:,} yen)")
    return amount


def _parse_row(line: int, cells: dict[str, str]) -> Row:
    case_id, name, tax_type = _cell(cells, "case_id"), _cell(cells, "name"), _cell(cells, "tax_type")
    try:
        phone = parse_phone(_cell(cells, "phone"))
    except PhoneError as exc:
        raise ValueError(f"phone: {exc}") from None
    amount = parse_yen(_cell(cells, "amount"), AMOUNT_MAX)
    raw_due = _cell(cells, "due_date")
    try:
        due = parse_date(raw_due)
    except ValueError as exc:
        raise ValueError(f"due_date is not a date ({exc}): {_quote(raw_due)}; "
                         "write 2026-10-31, 2026/10/31, 2026年10月31日, 令和8年10月31日 or R8.10.31") from None
    return Row(line, case_id, name, phone.e164, phone.is_mobile, tax_type, amount, due)


def _lines(reader: Any, rejected: list[tuple[int, str]]) -> Iterator[tuple[int, list[str]]]:
    """The non-blank rows and their line numbers; a row the csv module cannot read (a
    field over its limit of 131,072 characters) is rejected, and the rows after it read."""
    while True:
        try:
            cells = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            rejected.append((reader.line_num, f"unreadable: {exc}"))
            continue
        if any(c.strip() for c in cells):
            yield reader.line_num, cells


def read_cases(text: str) -> tuple[list[Row], list[tuple[int, str]]]:
    reader = csv.reader(io.StringIO(text))
    try:
        names = next(reader)
    except StopIteration:
        raise FileError("the file is empty") from None
    index = _header(names, COLUMNS)
    rows: list[Row] = []
    rejected: list[tuple[int, str]] = []
    seen: dict[str, int] = {}
    for line, cells in _lines(reader, rejected):
        try:
            row = _parse_row(line, {k: cells[i] if i < len(cells) else "" for k, i in index.items()})
        except ValueError as exc:
            rejected.append((line, str(exc)))
            continue
        if row.case_id in seen:
            rejected.append((line, f"case_id {row.case_id} repeats line {seen[row.case_id]}"))
            continue
        seen[row.case_id] = line
        rows.append(row)
    if not rows and not rejected:
        raise FileError("the file has a header row but no data rows")
    return rows, rejected


def import_cases(svc: Services, raw: bytes, actor: str = "cli") -> ImportReport:
    """Load cases; a case already loaded is updated if its row changed. Idempotent."""
    rows, rejected = read_cases(decode(raw))
    report = ImportReport(rejected=rejected)
    with svc.db.uow() as uow:
        s = uow.session
        for start in range(0, len(rows), 500):
            batch = rows[start:start + 500]
            # One query for the batch's phones and one for its cases, not two per row.
            phones = {p.e164: p for p in s.scalars(
                select(Phone).where(Phone.e164.in_({r.phone_e164 for r in batch})))}
            cases = {c.id: c for c in s.scalars(
                select(Case).where(Case.id.in_([r.case_id for r in batch])))}
            # A number erased after its retention period may be remembered as opted out or
            # wrong: it comes back as such, so that it is still never texted.
            known = remembered(s, svc.settings.retention_key,
                               {r.phone_e164 for r in batch} - phones.keys())
            added: list[Row] = []
            changed: list[Row] = []
            for row in batch:
                case = cases.get(row.case_id)
                if case is not None and case.erased_at is not None:
                    report.rejected.append((row.line, f"case {row.case_id} was closed and its resident's "
                                            "data erased after RETENTION_DAYS: load it under a new case_id"))
                    continue
                if row.phone_e164 not in phones:
                    phones[row.phone_e164] = Phone(e164=row.phone_e164, is_mobile=row.is_mobile,
                                                   status=known.get(row.phone_e164, PhoneStatus.ACTIVE))
                    s.add(phones[row.phone_e164])
                if not row.is_mobile:
                    report.not_mobile.append(row.case_id)
                values = {"name": row.name, "phone_e164": row.phone_e164, "tax_type": row.tax_type,
                          "amount": row.amount, "due_date": row.due_date}
                if case is None:
                    s.add(Case(id=row.case_id, **values))
                    added.append(row)
                elif any(getattr(case, k) != v for k, v in values.items()):
                    for k, v in values.items():
                        setattr(case, k, v)
                    changed.append(row)
                else:
                    report.unchanged.append(row.case_id)
            s.flush()  # cases exist before their audit lines refer to them
            for rows_, action, ids in ((added, "case_imported", report.added),
                                       (changed, "case_updated", report.updated)):
                for row in rows_:
                    audit(s, row.case_id, actor, action, line=row.line)
                    ids.append(row.case_id)
        uow.commit()
    return report


@dataclass
class PaymentReport:
    paid: list[str] = field(default_factory=list)
    already: list[str] = field(default_factory=list)
    rejected: list[tuple[int, str]] = field(default_factory=list)
    cancelled: list[str] = field(default_factory=list)  # cases whose reminder was cancelled
    dated: bool = False  # the file had payment dates and amounts; then:
    recorded: int = 0  # payments stored
    repeated: int = 0  # rows imported before (or twice in the file): counted once
    partly: list[str] = field(default_factory=list)  # cases with a balance left


def import_payments(svc: Services, raw: bytes, actor: str = "cli") -> PaymentReport:
    """Mark the cases of a case_id-only file paid; a file with payment dates and amounts
    is recorded payment by payment (bot.payments)."""
    from bot import payments

    reader = csv.reader(io.StringIO(decode(raw)))
    try:
        names = next(reader)
    except StopIteration:
        raise FileError("the file is empty") from None
    if payments.is_dated(names):
        return payments.import_dated(svc, names, reader, actor)
    index = _header(names, ("case_id",))
    report = PaymentReport()
    with svc.db.uow() as uow:
        s = uow.session
        for line, cells in _lines(reader, report.rejected):
            try:
                cid = _cell({"case_id": cells[index["case_id"]] if index["case_id"] < len(cells) else ""}, "case_id")
            except ValueError as exc:
                report.rejected.append((line, str(exc)))
                continue
            case = s.get(Case, cid)
            if case is None:
                report.rejected.append((line, f"no case {_quote(cid)}"))
                continue
            if case.status == CaseStatus.PAID:
                report.already.append(cid)
                continue
            case.mark_paid(svc.policy.local(svc.clock()).date())
            report.cancelled += reminders.cancel(s, [cid])
            audit(s, cid, actor, "marked_paid", source="import-payments")
            report.paid.append(cid)
        uow.commit()
    return report


def open_case_ids(svc: Services) -> list[str]:
    with svc.db.uow() as uow:
        return list(uow.session.scalars(select(Case.id).where(Case.status == CaseStatus.OPEN)))
