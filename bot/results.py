"""What a campaign achieved (campaigns.md, `dunning results`): the SMS group against the
hold-out, counted from the campaign's first send day, the same day for both groups.

"Paid within N days" counts a case whose balance reached zero (``Case.paid_on``) no later
than first send day + N, and no later than ``as_of``. The median days to pay is over the
cases that paid by ``as_of``. Promises are the cases whose replies (or logged calls) were
read as a payment promise with a date; kept when paid in full by the last promised date +
PROMISE_GRACE_DAYS.
"""

from __future__ import annotations

import bisect
import statistics
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import TYPE_CHECKING, Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from bot.stats import newcombe, wilson
from core.models import Campaign, Case, Group, Member, Message, MessageStatus, Payment, Reading, Reminder, ReminderStatus
from replies.labels import PAYMENT_PROMISE

if TYPE_CHECKING:
    from bot.bootstrap import Services

WINDOWS = (7, 14, 30)


class ResultsError(ValueError):
    pass


@dataclass
class Facts:
    """One member case, as results need it."""

    group: str
    tax_type: str
    paid_on: date | None
    stage_days: dict[int, date] = field(default_factory=dict)  # stage -> office day it was sent
    delivered: set[int] = field(default_factory=set)  # stages whose SMS was delivered
    labels: Counter[str] = field(default_factory=Counter)  # replies by label
    promised: date | None = None
    collected: int = 0


def load(s: Session, name: str) -> tuple[Campaign, dict[str, Facts]]:
    row = s.get(Campaign, name)
    if row is None:
        raise ResultsError(f"no campaign {name}")
    facts = {cid: Facts(g, tax, paid) for cid, g, tax, paid in s.execute(
        select(Member.case_id, Member.group, Case.tax_type, Case.paid_on)
        .join(Case, Case.id == Member.case_id).where(Member.campaign == name))}
    sent = s.execute(
        select(Reminder.case_id, Reminder.sequence, Reminder.send_day, Message.status)
        .join(Message, Message.id == Reminder.message_id).join(Member, Member.case_id == Reminder.case_id)
        .where(Member.campaign == name, Reminder.status == ReminderStatus.SENT))
    for cid, seq, day, status in sent:
        f = facts[cid]
        f.stage_days[seq] = day  # the office day it was claimed and sent
        if status == MessageStatus.DELIVERED:
            f.delivered.add(seq)
    latest = select(func.max(Reading.id)).group_by(Reading.message_id).scalar_subquery()
    readings = s.execute(
        select(Message.case_id, Message.kind, Reading.label, Reading.promised_date)
        .join(Reading, Reading.message_id == Message.id).join(Member, Member.case_id == Message.case_id)
        .where(Member.campaign == name, Message.direction == "in", Reading.id.in_(latest))
        .order_by(Message.id))
    for cid, kind, label, promised in readings:
        f = facts[cid]
        if kind == "reply":
            f.labels[label] += 1
        if label == PAYMENT_PROMISE and promised:
            f.promised = promised  # the last promise is the one to keep
    return row, facts


def first_send_day(facts: dict[str, Facts]) -> date | None:
    return min((d for f in facts.values() for d in f.stage_days.values()), default=None)


def add_collected(s: Session, name: str, facts: dict[str, Facts], first: date, as_of: date) -> None:
    """Yen paid from the first send day to ``as_of``; a case marked paid without a dated
    payment counts its amount on the day it was marked."""
    dated = set()
    for cid, total in s.execute(
            select(Payment.case_id, func.sum(Payment.amount)).join(Member, Member.case_id == Payment.case_id)
            .where(Member.campaign == name, Payment.paid_on >= first, Payment.paid_on <= as_of)
            .group_by(Payment.case_id)):
        facts[cid].collected = int(total)
    dated.update(s.scalars(select(Payment.case_id).join(Member, Member.case_id == Payment.case_id)
                           .where(Member.campaign == name).distinct()))
    undated = [cid for cid, f in facts.items() if cid not in dated and f.paid_on and first <= f.paid_on <= as_of]
    for start in range(0, len(undated), 500):
        for cid, amount in s.execute(select(Case.id, Case.amount).where(Case.id.in_(undated[start:start + 500]))):
            facts[cid].collected = amount


def promise_outcome(f: Facts, grace: int, as_of: date) -> str | None:
    """``kept`` (paid in full by the promised date + grace), ``broken`` (that day has passed
    unpaid), ``pending``, or None without a promise."""
    if f.promised is None:
        return None
    deadline = f.promised + timedelta(days=grace)
    if f.paid_on and f.paid_on <= min(deadline, as_of):
        return "kept"
    return "broken" if deadline < as_of else "pending"


def promise_rates(svc: Services, as_of: date) -> list[tuple[str, int, int]]:
    """(campaign, promises kept, promises due: kept or broken) for each campaign with one due."""
    grace, out = svc.settings.promise_grace_days, []
    with svc.db.uow() as uow:
        s = uow.session
        names = list(s.scalars(
            select(Member.campaign).join(Message, Message.case_id == Member.case_id)
            .join(Reading, Reading.message_id == Message.id)
            .where(Reading.label == PAYMENT_PROMISE).distinct().order_by(Member.campaign)))
        for name in names:
            outcomes = Counter(promise_outcome(f, grace, as_of) for f in load(s, name)[1].values())
            if outcomes["kept"] + outcomes["broken"]:
                out.append((name, outcomes["kept"], outcomes["kept"] + outcomes["broken"]))
    return out


def _share(x: int, n: int) -> float | None:
    return round(x / n, 4) if n else None


def group_stats(cases: list[Facts], first: date, as_of: date, grace: int) -> dict[str, Any]:
    n = len(cases)
    days = [(f.paid_on - first).days for f in cases if f.paid_on and f.paid_on <= as_of]
    within = {str(w): sum(d <= w for d in days) for w in WINDOWS}
    labels: Counter[str] = Counter()
    for f in cases:
        labels.update(f.labels)
    promised = [f for f in cases if f.promised]
    kept = sum(1 for f in promised if promise_outcome(f, grace, as_of) == "kept")
    return {
        "cases": n,
        "sent": sum(len(f.stage_days) for f in cases),
        "sent_cases": sum(1 for f in cases if f.stage_days),
        "delivered": sum(len(f.delivered) for f in cases),
        "replied": sum(1 for f in cases if f.labels),
        "replies_by_label": dict(sorted(labels.items())),
        "promises": len(promised),
        "promises_kept": kept,
        "paid_within": {k: _share(x, n) for k, x in within.items()},
        "paid_within_count": within,
        "median_days_to_pay": statistics.median(max(d, 0) for d in days) if days else None,
        "collected_yen": sum(f.collected for f in cases),
    }


def uplift(sms: dict[str, Any], held: dict[str, Any]) -> dict[str, Any] | None:
    if not sms["cases"] or not held["cases"]:
        return None
    out = {}
    for w in WINDOWS:
        d, lo, hi = newcombe(sms["paid_within_count"][str(w)], sms["cases"],
                             held["paid_within_count"][str(w)], held["cases"])
        out[f"paid_within_{w}"] = {"value": round(d, 4), "low": round(lo, 4), "high": round(hi, 4)}
    return out


def compare(cases: list[Facts], first: date, as_of: date, grace: int, with_holdout: bool) -> dict[str, Any]:
    sms = group_stats([f for f in cases if f.group == Group.SMS], first, as_of, grace)
    held = group_stats([f for f in cases if f.group == Group.HOLDOUT], first, as_of, grace) if with_holdout else None
    return {"groups": {"sms": sms, "holdout": held}, "uplift": uplift(sms, held) if held else None}


def stages(cases: list[Facts], first: date, as_of: date, with_holdout: bool) -> list[dict[str, Any]]:
    """Paid after stage k was sent and before stage k+1. The hold-out, never sent anything,
    is compared over the same days since the first send (stage k's median day): the cases
    still unpaid on that day, and how many of them paid before the next stage's day."""
    sms = [f for f in cases if f.group == Group.SMS]
    held = [f for f in cases if f.group == Group.HOLDOUT]
    top = max((k for f in sms for k in f.stage_days), default=0)
    offsets = {k: statistics.median((f.stage_days[k] - first).days for f in sms if k in f.stage_days)
               for k in range(1, top + 1)}
    out = []
    for k in range(1, top + 1):
        got = [f for f in sms if k in f.stage_days]
        paid = sum(1 for f in got if f.paid_on and f.paid_on <= as_of and f.stage_days[k] <= f.paid_on
                   and (k + 1 not in f.stage_days or f.paid_on < f.stage_days[k + 1]))
        row: dict[str, Any] = {"stage": k, "sent": len(got), "delivered": sum(k in f.delivered for f in got),
                               "sms": {"cases": len(got), "paid": paid, "share": _share(paid, len(got))},
                               "holdout": None, "uplift": None}
        if with_holdout and held:
            start = first + timedelta(days=offsets[k])
            end = first + timedelta(days=offsets[k + 1]) if k + 1 in offsets else as_of + timedelta(days=1)
            at_risk = [f for f in held if not f.paid_on or f.paid_on >= start]
            paid_h = sum(1 for f in at_risk if f.paid_on and f.paid_on < end and f.paid_on <= as_of)
            row["holdout"] = {"cases": len(at_risk), "paid": paid_h, "share": _share(paid_h, len(at_risk))}
            if got and at_risk:
                d, lo, hi = newcombe(paid, len(got), paid_h, len(at_risk))
                row["uplift"] = {"value": round(d, 4), "low": round(lo, 4), "high": round(hi, 4)}
        out.append(row)
    return out


def results(svc: Services, name: str, as_of: date | None = None) -> dict[str, Any]:
    """The campaign's results as `--json` prints them (campaigns.md's keys, and more)."""
    as_of = as_of or svc.policy.local(svc.clock()).date()
    grace = svc.settings.promise_grace_days
    with svc.db.uow() as uow:
        s = uow.session
        row, facts = load(s, name)
        first = first_send_day(facts)
        if first is None:
            raise ResultsError(f"campaign {name} has sent nothing yet: no first send day to count from")
        add_collected(s, name, facts, first, as_of)
        with_holdout = any(f.group == Group.HOLDOUT for f in facts.values())
    cases = list(facts.values())
    by_tax: dict[str, list[Facts]] = defaultdict(list)
    for f in cases:
        by_tax[f.tax_type].append(f)
    return {
        "campaign": name, "as_of": as_of.isoformat(), "first_send": first.isoformat(),
        "holdout_share": row.holdout, "stage_count": len(row.stages) or None,
        **compare(cases, first, as_of, grace, with_holdout),
        "stages": stages(cases, first, as_of, with_holdout),
        "tax_types": {tax: compare(fs, first, as_of, grace, with_holdout) for tax, fs in sorted(by_tax.items())},
    }


def curves(svc: Services, name: str, as_of: date | None = None, days: int = 60) -> dict[str, Any]:
    """Cumulative share paid in full by day since the first send, per group, with Wilson bands."""
    as_of = as_of or svc.policy.local(svc.clock()).date()
    with svc.db.uow() as uow:
        _, facts = load(uow.session, name)
    first = first_send_day(facts)
    if first is None:
        raise ResultsError(f"campaign {name} has sent nothing yet")
    last = min(days, (as_of - first).days)
    out: dict[str, Any] = {"first_send": first, "days": list(range(0, last + 1))}
    for group in (Group.SMS, Group.HOLDOUT):
        paid = sorted((f.paid_on - first).days for f in facts.values()
                      if f.group == group and f.paid_on and f.paid_on <= as_of)
        n = sum(f.group == group for f in facts.values())
        if not n:
            continue
        xs = [bisect.bisect_right(paid, day) for day in out["days"]]
        bands = [wilson(x, n) for x in xs]
        out[group] = {"n": n, "share": [x / n for x in xs], "low": [b[0] for b in bands],
                      "high": [b[1] for b in bands]}
    return out


# --- what staff read: the table, the CSV, the chart, the Slack summary -------------------

TEXT = {
    "ja": {"title": "キャンペーン {campaign}：初回送信 {first_send}、{as_of} 現在",
           "metric": "項目", "section": "区分", "sms": "SMS群", "holdout": "対照群", "uplift": "差（95%信頼区間）",
           "all": "全体", "stage": "段階{k}", "tax": "税目 {tax}",
           "cases": "案件数", "sent": "送信SMS", "delivered": "到達", "replied": "返信あり",
           "promises": "支払約束", "promises_kept": "約束どおり完納", "paid_within": "{w}日以内に完納",
           "median": "完納までの日数（中央値）", "collected": "収納額（円）", "label": "返信：{label}",
           "stage_paid": "この段階の後・次の段階の前に完納", "none": "—",
           "chart_title": "{campaign}：初回送信からの完納率", "chart_x": "初回送信からの日数",
           "chart_y": "完納した案件の割合", "chart_band": "95%信頼区間"},
    "en": {"title": "Campaign {campaign}: first send {first_send}, as of {as_of}",
           "metric": "metric", "section": "section", "sms": "SMS group", "holdout": "hold-out",
           "uplift": "uplift (95% CI)", "all": "all", "stage": "stage {k}", "tax": "tax {tax}",
           "cases": "cases", "sent": "SMS sent", "delivered": "delivered", "replied": "replied",
           "promises": "promises", "promises_kept": "promises kept", "paid_within": "paid in full within {w} days",
           "median": "median days to pay", "collected": "collected (yen)", "label": "replies: {label}",
           "stage_paid": "paid after this stage, before the next", "none": "-",
           "chart_title": "{campaign}: share paid in full since the first send", "chart_x": "days since the first send",
           "chart_y": "share of cases paid in full", "chart_band": "95% interval"},
}


def _pct(v: float | None) -> str:
    return "" if v is None else f"{v:.1%}"


def _up(u: dict[str, float] | None, lang: str) -> str:
    if not u:
        return ""
    sep = "〜" if lang == "ja" else " to "
    return f"{u['value'] * 100:+.1f}pt ({u['low'] * 100:+.1f}{sep}{u['high'] * 100:+.1f})"


def rows(r: dict[str, Any], lang: str) -> list[list[str]]:
    """Section, metric, SMS group, hold-out, uplift: one list for the table and the CSV."""
    from bot.slack.render import LABELS

    t = TEXT[lang]

    def block(section: str, c: dict[str, Any], full: bool) -> list[list[str]]:
        sms, held, up = c["groups"]["sms"], c["groups"]["holdout"], c["uplift"]

        def v(key: str, fmt: Any = str) -> list[str]:
            return [fmt(sms[key]) if sms[key] is not None else t["none"],
                    "" if held is None else (fmt(held[key]) if held[key] is not None else t["none"])]

        out = [[section, t["cases"], *v("cases"), ""]]
        if full:
            out += [[section, t[k], *v(k), ""] for k in ("sent", "delivered", "replied", "promises", "promises_kept")]
        for w in WINDOWS:
            out.append([section, t["paid_within"].format(w=w),
                        _pct(sms["paid_within"][str(w)]), "" if held is None else _pct(held["paid_within"][str(w)]),
                        _up(up and up[f"paid_within_{w}"], lang)])
        out.append([section, t["median"], *v("median_days_to_pay", lambda x: f"{x:g}"), ""])
        out.append([section, t["collected"], *v("collected_yen", lambda x: f"{x:,}"), ""])
        if full:
            for label, n in sms["replies_by_label"].items():
                out.append([section, t["label"].format(label=LABELS[lang].get(label, label)), str(n), "", ""])
        return out

    table = block(t["all"], r, True)
    for st in r["stages"]:
        sec = t["stage"].format(k=st["stage"])
        table.append([sec, t["sent"], str(st["sent"]), "", ""])
        table.append([sec, t["delivered"], str(st["delivered"]), "", ""])
        table.append([sec, t["stage_paid"], f"{st['sms']['paid']}/{st['sms']['cases']} ({_pct(st['sms']['share'])})",
                      "" if not st["holdout"] else
                      f"{st['holdout']['paid']}/{st['holdout']['cases']} ({_pct(st['holdout']['share'])})",
                      _up(st["uplift"], lang)])
    for tax, c in r["tax_types"].items():
        table += block(t["tax"].format(tax=tax), c, False)
    return table


def header(lang: str) -> list[str]:
    t = TEXT[lang]
    return [t["section"], t["metric"], t["sms"], t["holdout"], t["uplift"]]


def _width(text: str) -> int:
    """Columns on a terminal: East Asian wide characters take two."""
    import unicodedata

    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def table(r: dict[str, Any], lang: str) -> str:
    body = [header(lang), *rows(r, lang)]
    widths = [max(_width(row[i]) for row in body) for i in range(5)]
    lines = [TEXT[lang]["title"].format(**r)]
    for row in body:
        cells = [c + " " * (widths[i] - _width(c)) if i < 2 else " " * (widths[i] - _width(c)) + c
                 for i, c in enumerate(row)]
        lines.append("  ".join(cells).rstrip())
    return "\n".join(lines)


def write_csv(r: dict[str, Any], lang: str, path: str) -> int:
    """UTF-8 with BOM, which Excel opens as it is; returns the rows written."""
    import csv

    body = rows(r, lang)
    with open(path, "w", encoding="utf-8-sig", newline="") as f:
        w = csv.writer(f)
        w.writerow(header(lang))
        w.writerows(body)
    return len(body)


def summary(r: dict[str, Any], lang: str) -> str:
    """A few lines for the staff channel."""
    t = TEXT[lang]
    sms, held, up = r["groups"]["sms"], r["groups"]["holdout"], r["uplift"]
    lines = [f"*{t['title'].format(**r)}*"]
    for w in WINDOWS:
        line = f"{t['paid_within'].format(w=w)}: {t['sms']} {_pct(sms['paid_within'][str(w)])}"
        if held is not None:
            line += f" / {t['holdout']} {_pct(held['paid_within'][str(w)])} / {_up(up and up[f'paid_within_{w}'], lang)}"
        lines.append(line)
    lines.append(f"{t['promises_kept']}: {sms['promises_kept']}/{sms['promises']}  "
                 f"{t['collected']}: {sms['collected_yen']:,}")
    return "\n".join(lines)


def font_path() -> str:
    """IPAexGothic, shipped as a file by the japanize-matplotlib package (a dependency):
    loaded by path, so that no system font is assumed. The package itself is not imported."""
    import importlib.util
    from pathlib import Path

    spec = importlib.util.find_spec("japanize_matplotlib")
    paths = list(spec.submodule_search_locations or []) if spec else []
    for folder in paths:
        font = Path(folder) / "fonts" / "ipaexg.ttf"
        if font.is_file():
            return str(font)
    raise ResultsError("the Japanese font is not installed: pip install japanize-matplotlib")


def chart(c: dict[str, Any], campaign: str, lang: str, path: str) -> None:
    """A PNG of the cumulative share paid in full by day, each group with its 95% band."""
    import matplotlib

    matplotlib.use("Agg")  # no display: a file
    from matplotlib import font_manager, pyplot as plt

    t = TEXT[lang]
    font = font_path()
    font_manager.fontManager.addfont(font)
    name = font_manager.FontProperties(fname=font).get_name()
    with plt.rc_context({"font.family": name, "axes.unicode_minus": False}):
        fig, ax = plt.subplots(figsize=(8, 4.8), dpi=110)
        for group, colour in ((Group.SMS, "#1f6fb4"), (Group.HOLDOUT, "#d4762c")):
            if group not in c:
                continue
            g = c[group]
            ax.step(c["days"], g["share"], where="post", color=colour, linewidth=2,
                    label=f"{t[group]} (n={g['n']:,})")
            ax.fill_between(c["days"], g["low"], g["high"], step="post", color=colour, alpha=0.18, linewidth=0)
        ax.fill_between([], [], [], color="grey", alpha=0.18, label=t["chart_band"])
        ax.set_title(t["chart_title"].format(campaign=campaign))
        ax.set_xlabel(t["chart_x"] + f"（{c['first_send']:%Y-%m-%d} = 0）" if lang == "ja"
                      else t["chart_x"] + f" ({c['first_send']:%Y-%m-%d} = 0)")
        ax.set_ylabel(t["chart_y"])
        ax.yaxis.set_major_formatter(matplotlib.ticker.PercentFormatter(1.0))
        ax.set_xlim(0, max(c["days"][-1], 1))
        ax.set_ylim(0, None)
        for w in WINDOWS:
            if w <= c["days"][-1]:
                ax.axvline(w, color="#999999", linewidth=0.8, linestyle=":")
        ax.grid(alpha=0.3)
        ax.legend(loc="upper left")
        fig.tight_layout()
        fig.savefig(path)
        plt.close(fig)


def post(svc: Services, r: dict[str, Any], png: str) -> str:
    """The summary through the staff-post outbox, then the chart as a file in the channel.

    The chart is uploaded at once rather than queued: the outbox keeps text, and a failed
    upload is reported here, to be run again."""
    from pathlib import Path

    from bot.slack.channel import ChannelError
    from core.records import post_to_staff

    lang = svc.settings.staff_language
    text = summary(r, lang)
    with svc.db.uow() as uow:
        post_to_staff(uow.session, "digest", text=text)
        uow.commit()
    svc.deliver_posts()
    try:
        svc.staff.upload(Path(png).name, Path(png).read_bytes(),
                         TEXT[lang]["chart_title"].format(campaign=r["campaign"]))
    except ChannelError as exc:
        return f"summary queued for the staff channel; the chart was not uploaded ({exc}): run again"
    return "summary and chart posted to the staff channel"
