"""Campaign files (campaigns.md): read and check one, plan it, create it, test-send it.

A file names a selection of cases, a start, a text per stage and a hold-out share. `plan`
shows what would happen and changes nothing; `create` stores the campaign and draws its
hold-out, once. Sending is bot.campaign's, as for every campaign.
"""

from __future__ import annotations

import random
import tomllib
import zlib
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Row, delete, func, select
from sqlalchemy.orm import Session

from core.models import (
    Campaign,
    Case,
    CaseStatus,
    Group,
    Member,
    Message,
    MessageStatus,
    Phone,
    Reminder,
    ReminderStatus,
)
from core.phones import PhoneError, parse_phone
from core.records import audit
from core.settings import SAMPLE_CASE
from core.sms_text import SmsSize, TemplateError, check_message, check_template
from scheduler.outbound import case_values

if TYPE_CHECKING:
    from bot.bootstrap import Services

TOP_KEYS = {"name", "start", "holdout", "seed", "select", "stage"}
SELECT_KEYS = {"tax_types", "due_from", "due_to", "amount_min", "amount_max", "cases_file", "exclude_labels"}


class CampaignFileError(ValueError):
    """The file, or what it asks for, cannot be used; the message says where and why."""


@dataclass(frozen=True)
class Spec:
    """A campaign file, read and checked. ``selection`` holds the case ids of ``cases_file``,
    not its path, so that the stored campaign says exactly whom it chose."""

    name: str
    start: datetime | None
    holdout: float
    seed: int
    selection: dict[str, Any]
    stages: tuple[str, ...]


def _want(value: Any, kind: type | tuple[type, ...], where: str) -> Any:
    if not isinstance(value, kind) or isinstance(value, bool) and kind is not bool:
        name = kind.__name__ if isinstance(kind, type) else " or ".join(k.__name__ for k in kind)
        raise CampaignFileError(f"{where} must be a {name}, not {value!r}")
    return value


def _day(value: Any, where: str) -> str:
    if isinstance(value, date) and not isinstance(value, datetime):
        return value.isoformat()
    try:
        return date.fromisoformat(_want(value, str, where)).isoformat()
    except ValueError:
        raise CampaignFileError(f"{where} must be a date like 2026-10-31, not {value!r}") from None


def read_spec(path: str | Path, tz: Any) -> Spec:
    """Read a campaign file (TOML); raise CampaignFileError naming what is wrong."""
    path = Path(path)
    try:
        doc = tomllib.loads(path.read_text("utf-8"))
    except OSError as exc:
        raise CampaignFileError(f"cannot read {path}: {exc.strerror}") from None
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise CampaignFileError(f"{path} is not TOML: {exc}") from None
    unknown = sorted(set(doc) - TOP_KEYS)
    if unknown:
        raise CampaignFileError(f"unknown key {', '.join(unknown)}; known: {', '.join(sorted(TOP_KEYS))}")
    name = _want(doc.get("name"), str, "name").strip()
    if not name or len(name) > 100:
        raise CampaignFileError("name must have 1 to 100 characters")
    start = doc.get("start")
    if isinstance(start, str):
        try:
            start = datetime.fromisoformat(start)
        except ValueError:
            raise CampaignFileError(f"start must be a time like 2026-12-02T10:30, not {start!r}") from None
    if start is not None:
        start = _want(start, datetime, "start")
        start = start.replace(tzinfo=tz) if start.tzinfo is None else start  # office time
    holdout = float(_want(doc.get("holdout", 0), (int, float), "holdout"))
    if not 0 <= holdout < 1:
        raise CampaignFileError(f"holdout must be a share from 0 to below 1 (0.1 is 10%), not {holdout}")
    # Without a seed, one from the name: the same file still draws the same hold-out.
    seed = _want(doc.get("seed", zlib.crc32(name.encode())), int, "seed")
    stages = doc.get("stage") or []
    if not isinstance(stages, list) or not stages:
        raise CampaignFileError("the file has no [[stage]]: at least one stage text is needed")
    texts = tuple(_want(st.get("text") if isinstance(st, dict) else None, str, f"stage {i} text")
                  for i, st in enumerate(stages, 1))
    return Spec(name, start, holdout, seed, _selection(doc.get("select", {}), path.parent), texts)


def _selection(raw: Any, folder: Path) -> dict[str, Any]:
    raw = _want(raw, dict, "[select]")
    unknown = sorted(set(raw) - SELECT_KEYS)
    if unknown:
        raise CampaignFileError(f"[select] has unknown key {', '.join(unknown)}; known: {', '.join(sorted(SELECT_KEYS))}")
    sel: dict[str, Any] = {}
    for key in ("tax_types", "exclude_labels"):
        if key in raw:
            sel[key] = sorted({_want(v, str, f"select.{key}") for v in _want(raw[key], list, f"select.{key}")})
    for key in ("due_from", "due_to"):
        if key in raw:
            sel[key] = _day(raw[key], f"select.{key}")
    for key in ("amount_min", "amount_max"):
        if key in raw:
            sel[key] = _want(raw[key], int, f"select.{key}")
    if "cases_file" in raw:
        sel["case_ids"] = _case_ids(folder / _want(raw["cases_file"], str, "select.cases_file"))
    return sel


def _case_ids(path: Path) -> list[str]:
    """The case ids of a CSV with a case_id (宛名番号) column, as the case files have it."""
    import csv
    import io

    from bot.casefile import FileError, _header, decode

    try:
        reader = csv.reader(io.StringIO(decode(path.read_bytes())))
        index = _header(next(reader), ("case_id",))["case_id"]
    except OSError as exc:
        raise CampaignFileError(f"select.cases_file: cannot read {path}: {exc.strerror}") from None
    except (FileError, StopIteration) as exc:
        raise CampaignFileError(f"select.cases_file {path}: {exc or 'the file is empty'}") from None
    return sorted({cells[index].strip() for cells in reader if index < len(cells) and cells[index].strip()})


@dataclass
class Selection:
    cases: list[Row[Any]]  # selected and textable, by id: id, tax_type, due_date…
    skipped: list[tuple[str, str]] = field(default_factory=list)  # (case, why), in neither group


def select_cases(s: Session, spec: Spec) -> Selection:
    """The cases the file selects that can be texted; the others with their reason."""
    sel = spec.selection
    # Rows, not ORM objects: a campaign may select a city's every case.
    q = (select(Case.id, Case.tax_type, Case.due_date, Case.status, Case.label,
                Phone.status.label("phone_status"), Phone.is_mobile)
         .join(Phone, Phone.e164 == Case.phone_e164).order_by(Case.id))
    if "tax_types" in sel:
        q = q.where(Case.tax_type.in_(sel["tax_types"]))
    if "due_from" in sel:
        q = q.where(Case.due_date >= date.fromisoformat(sel["due_from"]))
    if "due_to" in sel:
        q = q.where(Case.due_date <= date.fromisoformat(sel["due_to"]))
    if "amount_min" in sel:
        q = q.where(Case.amount >= sel["amount_min"])
    if "amount_max" in sel:
        q = q.where(Case.amount <= sel["amount_max"])
    cases = list(s.execute(q))
    if "case_ids" in sel:
        wanted = set(sel["case_ids"])
        cases = [c for c in cases if c.id in wanted]
    elsewhere = dict(s.execute(select(Member.case_id, Member.campaign).where(Member.campaign != spec.name)).all())
    reminded = set(s.scalars(select(Reminder.case_id).distinct()))
    mine = set(s.scalars(select(Member.case_id).where(Member.campaign == spec.name)))
    excluded = set(sel.get("exclude_labels", ()))
    out = Selection([])
    for case in cases:
        why = None
        if case.id in elsewhere:
            why = f"in campaign {elsewhere[case.id]}"
        elif case.id in mine:
            pass  # drawn before; its state since then does not move it out of its group
        elif case.status != CaseStatus.OPEN:
            why = f"case is {case.status}"
        elif case.label in excluded:
            why = f"latest reply is {case.label}"
        elif case.phone_status != "active":
            why = f"number is {case.phone_status}"
        elif not case.is_mobile:
            why = "not a mobile number"
        elif case.id in reminded:
            why = "already reminded"
        if why:
            out.skipped.append((case.id, why))
        else:
            out.cases.append(case)
    return out


def draw(cases: list[Any], share: float, seed: int) -> dict[str, str]:
    """The hold-out: ``share`` of each tax type's cases, at random, the same for the same
    cases and seed (a generator per tax type, so one type's cases do not move another's)."""
    by_tax: dict[str, list[str]] = defaultdict(list)
    for case in cases:
        by_tax[case.tax_type].append(case.id)
    groups: dict[str, str] = {}
    for tax, ids in sorted(by_tax.items()):
        ids.sort()
        held = set(random.Random(f"{seed}/{tax}").sample(ids, round(len(ids) * share)))
        groups.update({cid: Group.HOLDOUT if cid in held else Group.SMS for cid in ids})
    return groups


@dataclass
class StageView:
    number: int
    text: str  # rendered for the sample case
    size: SmsSize
    parts: int  # billed parts for the whole SMS group


@dataclass
class Plan:
    spec: Spec
    groups: dict[str, str]
    skipped: list[tuple[str, str]]
    stages: list[StageView]
    first_send: datetime
    sample_case: str | None
    price: float
    max_reminders: int

    def count(self, group: str) -> int:
        return sum(g == group for g in self.groups.values())

    def cost(self, stage_numbers: list[int]) -> float:
        return sum(self.stages[n - 1].parts for n in stage_numbers) * self.price

    @property
    def reminder_stages(self) -> list[int]:
        """The stage each of a case's reminders uses, up to MAX_REMINDERS."""
        return [min(k, len(self.stages)) for k in range(1, self.max_reminders + 1)]


def check_stages(svc: Services, stages: tuple[str, ...] | list[str], cases: list[Any]) -> list[StageView]:
    """Every stage, checked like REMINDER_TEMPLATE for a sample case (the first selected one)
    and then for every case it would go to; raise CampaignFileError with the stage number."""
    office = svc.settings.office
    sample = {**office, **(case_values(cases[0]) if cases else SAMPLE_CASE)}
    views = []
    for n, text in enumerate(stages, 1):
        try:
            size = check_template(text, sample)
            parts, seen = 0, {}  # the same tax type and due date render the same text
            for case in cases:
                values = case_values(case)
                key = tuple(values.values())
                if key not in seen:
                    seen[key] = check_message(text.format(**office, **values)).parts
                parts += seen[key]
        except TemplateError as exc:
            raise CampaignFileError(f"stage {n}: {exc}") from None
        views.append(StageView(n, text.format(**sample), size, parts))
    return views


def plan(svc: Services, spec: Spec) -> Plan:
    """What `campaign create` and `send-campaign` would do with ``spec``; changes nothing."""
    with svc.db.uow() as uow:
        selection = select_cases(uow.session, spec)
        groups = draw(selection.cases, spec.holdout, spec.seed)
        texted = [c for c in selection.cases if groups[c.id] == Group.SMS]
        stages = check_stages(svc, spec.stages, texted)
        sample = texted[0].id if texted else None
        uow.rollback()
    now = svc.clock()
    first = svc.policy.first_slot(max(now, spec.start) if spec.start else now)
    return Plan(spec, groups, selection.skipped, stages, first, sample,
                svc.settings.price_per_part, svc.settings.max_reminders)


def stages_sent(s: Session, name: str) -> int | None:
    """None before the campaign's first reminder is planned; else the highest stage sent."""
    rows = s.execute(select(Reminder.status, func.max(Reminder.sequence))
                     .join(Member, Member.case_id == Reminder.case_id)
                     .where(Member.campaign == name).group_by(Reminder.status)).all()
    if not rows:
        return None
    return max((n for status, n in rows if status == ReminderStatus.SENT), default=0)


@dataclass
class Created:
    outcome: str  # created, unchanged, texts_updated, redrawn
    plan: Plan


def create(svc: Services, spec: Spec, actor: str = "cli") -> Created:
    """Store the campaign and draw its hold-out. The same file again changes nothing. Once
    the campaign has started, only the texts of stages not yet sent may change."""
    planned = plan(svc, spec)
    with svc.db.uow() as uow:
        s = uow.session
        row = s.get(Campaign, spec.name)
        values = {"selection": spec.selection, "stages": list(spec.stages), "holdout": spec.holdout,
                  "seed": spec.seed, "start_at": spec.start}
        if row is not None and row.source != "file":
            raise CampaignFileError(f"campaign {spec.name} was made by send-campaign without a file; "
                                    "give the file another name")
        if row is None:
            row = Campaign(name=spec.name, source="file", **values)
            s.add(row)
            outcome = "created"
        else:
            changed = sorted(k for k, v in values.items() if getattr(row, k) != v)
            if not changed:
                return Created("unchanged", planned)
            sent = stages_sent(s, spec.name)
            if sent is not None:
                others = [k for k in changed if k != "stages"]
                if others or list(spec.stages[:sent]) != row.stages[:sent]:
                    what = ", ".join(others) if others else (
                        "the text of stage 1, already sent" if sent == 1 else
                        f"the texts of stages 1 to {sent}, already sent")
                    raise CampaignFileError(
                        f"campaign {spec.name} has started ({sent} stage(s) sent): only the texts of stages "
                        f"not yet sent may change; this file changes {what}")
                row.stages = list(spec.stages)
                audit(s, None, actor, "campaign_texts_updated", campaign=spec.name)
                uow.commit()
                return Created("texts_updated", planned)
            for k, v in values.items():
                setattr(row, k, v)
            s.execute(delete(Member).where(Member.campaign == spec.name))
            outcome = "redrawn"
        s.flush()
        s.execute(Member.__table__.insert(), [
            {"case_id": cid, "campaign": spec.name, "group": g} for cid, g in planned.groups.items()])
        audit(s, None, actor, "campaign_" + outcome, campaign=spec.name, sms=planned.count(Group.SMS),
              holdout=planned.count(Group.HOLDOUT))
        uow.commit()
    return Created(outcome, planned)


def test_send(svc: Services, name: str, to: str, actor: str = "cli") -> list[tuple[int, str]]:
    """Each stage, rendered for a sample case of the SMS group, to a staff phone. Recorded as
    messages of kind ``test`` with no case: never counted in results."""
    try:
        phone = parse_phone(to)
    except PhoneError as exc:
        raise CampaignFileError(f"--to: {exc}") from None
    if not phone.is_mobile:
        raise CampaignFileError("--to is not a mobile number")
    with svc.db.uow() as uow:
        s = uow.session
        row = s.get(Campaign, name)
        if row is None or not row.stages:
            raise CampaignFileError(f"no campaign {name} made from a file (dunning campaign create FILE)")
        sample = s.scalar(select(Case).join(Member, Member.case_id == Case.id).where(
            Member.campaign == name, Member.group == Group.SMS).order_by(Case.id).limit(1))
        values = case_values(sample) if sample else SAMPLE_CASE
        ids = []
        for n, text in enumerate(row.stages, 1):
            msg = Message(direction="out", kind="test", phone_e164=phone.e164, case_id=None,
                          body=svc.settings.text(text, **values), status=MessageStatus.QUEUED,
                          provider=svc.provider.name, next_attempt_at=svc.clock())
            s.add(msg)
            s.flush()
            msg.idempotency_key = f"test:{msg.id}"
            ids.append((n, msg.id))
            audit(s, None, actor, "campaign_test_sent", campaign=name, stage=n, message_id=msg.id)
        uow.commit()
    return [(n, svc.outbound.send(mid)) for n, mid in ids]


def describe(p: Plan, tz: Any) -> list[str]:
    """The plan as `campaign plan` prints it."""
    sms, held = p.count(Group.SMS), p.count(Group.HOLDOUT)
    lines = [f"campaign {p.spec.name}",
             f"selected {len(p.groups)}: SMS group {sms}, hold-out {held} "
             f"({p.spec.holdout:.0%} within each tax type, seed {p.spec.seed})"]
    by_reason: dict[str, list[str]] = defaultdict(list)
    for cid, why in p.skipped:
        by_reason[why].append(cid)
    lines.append(f"skipped {len(p.skipped)} (in neither group)" + (":" if p.skipped else ""))
    for why, ids in sorted(by_reason.items()):
        lines.append(f"  {why}: {len(ids)} ({', '.join(ids[:10])}{', …' if len(ids) > 10 else ''})")
    for st in p.stages:
        lines.append(f"stage {st.number}: {st.size.chars} characters, {st.size.parts} billed part(s) "
                     f"({st.size.encoding}){f', for case {p.sample_case}' if p.sample_case else ', for a sample case'}; "
                     f"{st.parts} parts for the SMS group")
        lines.append(f"  {st.text}")
    if p.price:
        lines.append(f"estimated cost at ¥{p.price:g} a part: first SMS ¥{p.cost([1]):,.0f}; "
                     f"all {p.max_reminders} reminders (MAX_REMINDERS) to every case ¥{p.cost(p.reminder_stages):,.0f} at most")
    else:
        lines.append("estimated cost: set PRICE_PER_PART (yen per billed part) to see it")
    lines.append(f"first SMS: {p.first_send.astimezone(tz):%Y-%m-%d %a %H:%M} (office time)")
    return lines
