"""The `dunning` command line (interfaces.md)."""

from __future__ import annotations

import functools
import json
import logging
import os
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path
from typing import Any, TypeVar

import click
from flask import Flask, current_app
from flask.cli import ScriptInfo
from sqlalchemy import func, select

from bot.app import MAX_BODY, current_services
from bot.bootstrap import Role
from bot.processes import (
    SchedulerProcess,
    keep_kicks_blocked,
    stop_when_orphaned,
    take_kicks,
)
from core.models import Case, Message, Reading, Reminder, ReminderStatus
from core.schema import SchemaError
from core.settings import Settings, SettingsError
from core.sms_text import TemplateError
from replies.labels import PRECEDENCE

F = TypeVar("F", bound=Callable[..., Any])
log = logging.getLogger(__name__)
# How much lower than the web workers `dunning scheduler` runs (nice(1)): see scheduler_cmd.
SCHEDULER_NICE = 10


def _refuse(exc: Exception) -> None:
    """A bad setting or a database behind the code: one line naming it, exit status 2."""
    what = "bad setting" if isinstance(exc, SettingsError) else "database"
    click.echo(f"dunning: {what}: {exc}", err=True)
    raise SystemExit(2)


def load_app(role: Role = Role.CLI) -> Flask:
    """The app for the running command, its context pushed: the test runner's app, or one
    built for ``role`` from the settings (refusing, with the setting's name, if it cannot)."""
    ctx = click.get_current_context()
    info = ctx.find_object(ScriptInfo)  # set by Flask's test runner
    if info is not None:
        app = info.load_app()
    else:
        from bot.app import create_app

        try:
            app = create_app(role=role)
        except (SettingsError, SchemaError) as exc:
            _refuse(exc)
    ctx.with_resource(app.app_context())
    return app


def with_app(func: F) -> F:
    """Run the command inside the app (built when the command runs, never to list commands)."""

    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        load_app()
        return func(*args, **kwargs)

    return wrapper  # type: ignore[return-value]


def load_settings() -> Settings:
    """The settings, for commands that need no database (eval, next-reminder, db): the test
    runner's app's, or the environment's and `.env`'s, checked, refusing with the name."""
    info = click.get_current_context().find_object(ScriptInfo)
    if info is not None:
        return info.load_app().config["SETTINGS"]  # type: ignore[no-any-return]
    from core import logs

    try:
        settings = Settings.from_env()
    except SettingsError as exc:
        _refuse(exc)
    logs.configure(settings)
    return settings


def _require_provider() -> None:
    try:
        current_services().require_provider()
    except SettingsError as exc:
        _refuse(exc)


def _read(path: str) -> bytes:
    try:
        return Path(path).read_bytes()
    except OSError as exc:
        raise click.ClickException(f"cannot read {path}: {exc.strerror}") from None


@click.command("serve")
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", default=8000, show_default=True, type=int)
@click.option("--threads", default=8, show_default=True, type=int)
@click.option("--connection-limit", default=1000, show_default=True, type=click.IntRange(1),
              help="Open connections accepted at once; idle ones cost no thread.")
@click.option("--channel-timeout", default=15, show_default=True, type=click.IntRange(1),
              help="Seconds after which a connection that sends nothing is closed.")
@click.option("--no-scheduler", is_flag=True,
              help="Web only: another process runs the scheduler (README, Running it in production).")
def serve(host: str, port: int, threads: int, connection_limit: int, channel_timeout: int,
          no_scheduler: bool) -> None:
    """Run the web service, and the scheduler in a process of its own beside it."""
    import signal
    import threading

    import waitress

    from core.providers.console import is_loopback

    # BOTH: refused here, with the setting's name, for whatever the scheduler would refuse.
    load_app(Role.WEB if no_scheduler else Role.BOTH)
    svc = current_services()
    if svc.provider.name == "console" and not is_loopback(host):
        _refuse(SettingsError(f"SMS_PROVIDER=console takes unsigned webhooks: it serves on loopback only, "
                              f"not on {host}"))
    scheduler: SchedulerProcess | None = None
    scheduler_died = threading.Event()

    def stop(*_: object) -> None:
        """SIGTERM (systemd) or Ctrl-C (which the terminal sends the child too): stop serving,
        then the child."""
        if scheduler is not None:
            scheduler.stopping = True  # its exit from now on is expected
        raise SystemExit(0)  # waitress takes it as the end of serving, and returns

    def died() -> None:
        scheduler_died.set()
        os.kill(os.getpid(), signal.SIGTERM)

    signal.signal(signal.SIGTERM, stop)
    signal.signal(signal.SIGINT, stop)
    if not no_scheduler:
        if SchedulerProcess.supported():
            scheduler = SchedulerProcess(svc, on_exit=died)
        else:  # no POSIX signals (Windows): the scheduler's threads run in this process, as before
            svc.run_scheduler()
    log.info("serving", extra={"url": f"http://{host}:{port}", "threads": threads,
                               "scheduler": "none" if no_scheduler else scheduler.pid if scheduler else "threads"})
    try:
        # waitress buffers a whole body before the app sees it: it must refuse a large one
        # itself (413 from the Content-Length, or once a chunked body passes the limit).
        # Slow or idle clients must not lock out health checks and webhooks: waitress's
        # default of 100 connections is far too few for that. poll(), because select()
        # cannot watch more than 1024 sockets.
        waitress.serve(current_app._get_current_object(), host=host, port=port, threads=threads,  # type: ignore[attr-defined]
                       ident="dunning", max_request_body_size=MAX_BODY, connection_limit=connection_limit,
                       channel_timeout=channel_timeout, cleanup_interval=min(30, channel_timeout),
                       asyncore_use_poll=True)
    finally:
        if scheduler is not None:
            scheduler.stop()
        svc.close()
    if scheduler_died.is_set():
        raise SystemExit(1)


@click.command("import-cases")
@click.argument("file")
@with_app
def import_cases_cmd(file: str) -> None:
    """Load delinquent cases from CSV (UTF-8, BOM or Shift_JIS; English or Japanese headers)."""
    from bot.casefile import FileError, import_cases

    try:
        report = import_cases(current_services(), _read(file))
    except FileError as exc:
        raise click.ClickException(f"{file}: {exc}") from None
    click.echo(f"loaded {len(report.added)} new, {len(report.updated)} updated, "
               f"{len(report.unchanged)} unchanged, {len(report.rejected)} rejected")
    for cid in report.not_mobile:
        click.echo(f"  note: case {cid}: not a mobile number, SMS cannot be sent")
    for line, reason in report.rejected:
        click.echo(f"  line {line}: rejected: {reason}")


@click.command("import-payments")
@click.argument("file")
@with_app
def import_payments_cmd(file: str) -> None:
    """Record payments (納付日, 納付額, 領収番号), or mark cases paid (a case_id column alone)."""
    from bot.casefile import FileError, import_payments

    try:
        report = import_payments(current_services(), _read(file))
    except FileError as exc:
        raise click.ClickException(f"{file}: {exc}") from None
    if report.dated:
        click.echo(f"recorded {report.recorded} payments ({report.repeated} imported before, counted once); "
                   f"{len(report.paid)} cases paid in full ({len(report.cancelled)} reminders cancelled), "
                   f"{len(report.partly)} with a balance left, {len(report.already)} already paid, "
                   f"{len(report.rejected)} rejected")
    else:
        click.echo(f"marked {len(report.paid)} paid ({len(report.cancelled)} reminders cancelled), "
                   f"{len(report.already)} already paid, {len(report.rejected)} rejected")
    for line, reason in report.rejected:
        click.echo(f"  line {line}: rejected: {reason}")


@click.command("send-campaign")
@click.argument("name")
@click.option("--dry-run", is_flag=True, help="Show what would be sent; send and store nothing.")
@with_app
def send_campaign_cmd(name: str, dry_run: bool) -> None:
    """Send the first reminder of every open case not yet reminded."""
    from bot.campaign import plan, send_now

    svc = current_services()
    if not dry_run:
        _require_provider()
    try:
        report = plan(svc, name, dry_run)
    except TemplateError as exc:
        raise click.ClickException(f"reminder template refused: {exc}") from None
    tz = svc.policy.tz
    assert report.run_at is not None
    if report.size:
        click.echo(f"message: {report.size.chars} characters, {report.size.parts} billed part(s) "
                   f"({report.size.encoding})")
        click.echo(f"  {report.sample}")
    for cid, why in report.skipped:
        click.echo(f"  skip {cid}: {why}")
    when = report.run_at.astimezone(tz).isoformat()
    if dry_run:
        click.echo(f"dry run: {len(report.planned)} would be sent at {when}, "
                   f"{len(report.skipped)} skipped; nothing was stored")
        return
    if report.run_at > svc.clock():
        click.echo(f"outside send slots now: {len(report.planned)} reminders scheduled for {when}; "
                   f"`dunning serve` sends them")
        return
    if report.resumed:
        click.echo(f"resuming: {len(report.resumed)} reminders of {name} not sent before")
    if report.retry:
        click.echo(f"retrying: {len(report.retry)} reminders of {name} queued for retry")
    send_now(svc, report, lambda i, n, r: click.echo(f"  [{i}/{n}] {r.case_id}: {r.outcome} {r.detail}"))
    if report.stopped:
        click.echo(f"stopped after {len(report.results)} of {len(report.planned)}; the rest is held. "
                   f"Resume with: dunning send-campaign {name}")
    sent = sum(r.outcome in ("sent", "sent_elsewhere") for r in report.results)
    by_scheduler = sum(r.outcome == "sent_elsewhere" for r in report.results)
    failed = sum(r.outcome == "failed" for r in report.results)
    queued = sum(r.outcome == "queued" for r in report.results)
    others = len(report.results) - sent - failed - queued
    click.echo(f"campaign {name}: {sent} sent ({by_scheduler} of them by the running scheduler), "
               f"{queued} queued for retry, {failed} failed, {others} not sent now, "
               f"{len(report.skipped)} skipped")
    if queued:
        click.echo(f"  the provider refused for now: `dunning serve` retries them in send slots for "
                   f"{svc.settings.provider_retry_hours:g} hours (PROVIDER_RETRY_HOURS), "
                   f"or run `dunning send-campaign {name}` again")


@click.group("campaign")
def campaign_group() -> None:
    """Campaign files (campaigns.md): plan, create, test-send."""


def _spec(file: str) -> Any:
    from bot.campaign_file import CampaignFileError, read_spec

    try:
        return read_spec(file, current_services().policy.tz)
    except CampaignFileError as exc:
        raise click.ClickException(str(exc)) from None


@campaign_group.command("plan")
@click.argument("file")
@with_app
def campaign_plan_cmd(file: str) -> None:
    """Check a campaign file and show what it would do; changes nothing."""
    from bot.campaign_file import CampaignFileError, describe, plan

    svc = current_services()
    try:
        planned = plan(svc, _spec(file))
    except CampaignFileError as exc:
        raise click.ClickException(str(exc)) from None
    click.echo("\n".join(describe(planned, svc.policy.tz)))
    click.echo("nothing was stored; `dunning campaign create FILE` stores it and draws the hold-out")


@campaign_group.command("create")
@click.argument("file")
@with_app
def campaign_create_cmd(file: str) -> None:
    """Store a campaign file and draw its hold-out (again with the same file: nothing changes)."""
    from bot.campaign_file import CampaignFileError, create, describe
    from core.models import Group

    svc = current_services()
    try:
        made = create(svc, _spec(file))
    except CampaignFileError as exc:
        raise click.ClickException(str(exc)) from None
    p = made.plan
    if made.outcome in ("created", "redrawn"):
        click.echo("\n".join(describe(p, svc.policy.tz)))
    click.echo({"created": f"campaign {p.spec.name} created: SMS group {p.count(Group.SMS)}, "
                           f"hold-out {p.count(Group.HOLDOUT)}",
                "redrawn": f"campaign {p.spec.name} had not started: stored again, hold-out drawn again "
                           f"(SMS group {p.count(Group.SMS)}, hold-out {p.count(Group.HOLDOUT)})",
                "texts_updated": f"campaign {p.spec.name}: texts of the stages not yet sent updated",
                "unchanged": f"campaign {p.spec.name} is stored as this file says: nothing changed",
                }[made.outcome])


@campaign_group.command("test-send")
@click.argument("name")
@click.option("--to", "to", required=True, help="A staff mobile phone.")
@with_app
def campaign_test_send_cmd(name: str, to: str) -> None:
    """Send each stage, rendered for a sample case, to a staff phone (never counted in results)."""
    from bot.campaign_file import CampaignFileError, test_send

    _require_provider()
    try:
        sent = test_send(current_services(), name, to)
    except CampaignFileError as exc:
        raise click.ClickException(str(exc)) from None
    for n, status in sent:
        click.echo(f"stage {n}: {status}")


@click.command("results")
@click.argument("name")
@click.option("--as-of", "as_of", default=None, help="Count as on this day (YYYY-MM-DD); default today.")
@click.option("--json", "as_json", is_flag=True, help="Print JSON (campaigns.md's keys).")
@click.option("--csv", "csv_file", default=None, help="Write CSV (UTF-8 with BOM, for Excel) to FILE.")
@click.option("--chart", "chart_file", default=None, help="Write a PNG chart to FILE.png.")
@click.option("--post", "post_it", is_flag=True, help="Post the summary and the chart to the staff channel.")
@with_app
def results_cmd(name: str, as_of: str | None, as_json: bool, csv_file: str | None, chart_file: str | None,
                post_it: bool) -> None:
    """What a campaign achieved: the SMS group against the hold-out (campaigns.md)."""
    from bot import results

    svc = current_services()
    lang = svc.settings.staff_language
    try:
        day = date.fromisoformat(as_of) if as_of else None
    except ValueError:
        raise click.ClickException(f"--as-of must be a day like 2027-01-15, not {as_of!r}") from None
    try:
        r = results.results(svc, name, day)
        if chart_file or post_it:
            import tempfile

            png = chart_file or str(Path(tempfile.mkdtemp(prefix="dunning-")) / "results.png")
            results.chart(results.curves(svc, name, day), name, lang, png)
    except results.ResultsError as exc:
        raise click.ClickException(str(exc)) from None
    click.echo(json.dumps(r, ensure_ascii=False, indent=2) if as_json else results.table(r, lang))
    if csv_file:
        click.echo(f"{results.write_csv(r, lang, csv_file)} rows written to {csv_file}", err=True)
    if chart_file:
        click.echo(f"chart written to {chart_file}", err=True)
    if post_it:
        click.echo(results.post(svc, r, png), err=True)


@click.command("stop-campaign")
@click.argument("name")
@with_app
def stop_campaign_cmd(name: str) -> None:
    """Hold a campaign's first reminders not yet sent (resume with send-campaign NAME)."""
    from bot.campaign import stop

    click.echo(f"held {stop(current_services(), name)} reminders of {name}")


@click.command("scheduler")
@click.option("--parent", type=int, default=None, hidden=True,
              help="Set by `dunning serve`: stop when that process is gone.")
def scheduler_cmd(parent: int | None) -> None:
    """Run only the scheduler: the one process that sends, beside web-only processes."""
    import signal
    import threading

    if parent is not None:
        keep_kicks_blocked()
    load_app(Role.SCHEDULER)
    svc = current_services()
    # The webhooks come first: a reply must be stored and answered within the provider's
    # timeout, while an outbox that drains a few seconds later loses nothing. On a machine
    # the web workers share, this process yields the CPU to them (issue 15: at full load it
    # took a third of the CPU from the webhooks without this).
    os.nice(SCHEDULER_NICE)
    done = threading.Event()
    for sig in (signal.SIGINT, signal.SIGTERM):
        signal.signal(sig, lambda *_: done.set())
    if parent is not None:
        take_kicks(svc)
        stop_when_orphaned(parent, done)
    svc.run_scheduler()
    log.info("scheduler running (SIGINT or SIGTERM stops it)")
    done.wait()
    svc.close()


@click.command("reminders")
@click.option("--case", "case_id", default=None)
@click.option("--json", "as_json", is_flag=True)
@with_app
def reminders_cmd(case_id: str | None, as_json: bool) -> None:
    """List scheduled reminders: case, when, why (streamed: flat memory for any number)."""
    svc = current_services()
    tz = svc.policy.tz
    q = (select(Reminder.case_id, Reminder.run_at, Reminder.reason, Reminder.sequence)
         .where(Reminder.status == ReminderStatus.SCHEDULED))
    if case_id:
        q = q.where(Reminder.case_id == case_id)
    q = q.order_by(Reminder.run_at, Reminder.case_id).execution_options(yield_per=2000)
    n = 0
    with svc.db.engine.connect() as conn:
        for chunk in conn.execute(q).partitions():
            lines = []
            for cid, run_at, reason, sequence in chunk:
                at = run_at.astimezone(tz).isoformat()
                if as_json:
                    item = {"case_id": cid, "run_at": at, "reason": reason, "sequence": sequence}
                    lines.append(("[\n  " if n == 0 else ",\n  ") + json.dumps(item, ensure_ascii=False))
                else:
                    lines.append(f"{cid}\t{at}\t#{sequence}\t{reason}\n")
                n += 1
            click.echo("".join(lines), nl=False)
    if as_json:
        click.echo("\n]" if n else "[]")
    elif not n:
        click.echo("no reminders scheduled")


@click.command("next-reminder")
@click.option("--label", required=True, type=click.Choice(PRECEDENCE))
@click.option("--received", required=True, help="ISO 8601; without an offset, office time")
@click.option("--promised", default=None, help="YYYY-MM-DD, for payment_promise")
@click.option("--json", "as_json", is_flag=True)
def next_reminder_cmd(label: str, received: str, promised: str | None, as_json: bool) -> None:
    """When the next reminder would go out after such a reply, under the current settings."""
    from scheduler.policy import Policy, after_reply

    policy = Policy.from_settings(load_settings())
    try:
        at = datetime.fromisoformat(received)
        promised_d = date.fromisoformat(promised) if promised else None
    except ValueError as exc:
        raise click.ClickException(f"bad date: {exc}") from None
    d = after_reply(policy, label, at, promised_d)
    run_at = d.run_at.astimezone(policy.tz).isoformat() if d.run_at else None
    if as_json:
        click.echo(json.dumps({"run_at": run_at, "reason": d.reason, "action": d.action},
                              ensure_ascii=False))
    else:
        click.echo(f"{run_at or 'no reminder'}: {d.reason}")


@click.command("report")
@with_app
def report_cmd() -> None:
    """Replies and payments per campaign and per label."""
    svc = current_services()
    with svc.db.uow() as uow:
        s = uow.session
        rows = s.execute(
            select(Case.campaign, Case.status, func.count()).group_by(Case.campaign, Case.status)
            .order_by(Case.campaign, Case.status)).all()
        latest = select(func.max(Reading.id)).group_by(Reading.message_id).scalar_subquery()
        labels = s.execute(
            select(Case.campaign, Reading.label, func.count())
            .join(Message, Message.id == Reading.message_id)
            .join(Case, Case.id == Message.case_id, isouter=True)
            .where(Reading.id.in_(latest))
            .group_by(Case.campaign, Reading.label).order_by(Case.campaign, Reading.label)).all()
    click.echo("cases by campaign and state:")
    for campaign, status, n in rows:
        click.echo(f"  {campaign or '(none)'}\t{status}\t{n}")
    click.echo("replies by campaign and label:")
    for campaign, label, n in labels:
        click.echo(f"  {campaign or '(unknown sender)'}\t{label}\t{n}")


@click.command("eval")
@click.argument("file")
@click.option("--json", "as_json", is_flag=True)
def eval_cmd(file: str, as_json: bool) -> None:
    """Score the classifier on labelled replies (JSON Lines), with the model the service uses."""
    from replies.evaluate import DataError, evaluate, read_examples

    try:
        examples = read_examples(_read(file).decode("utf-8").splitlines())
    except (DataError, UnicodeDecodeError) as exc:
        raise click.ClickException(f"{file}: {exc}") from None
    from bot.bootstrap import reply_model

    try:
        model = reply_model(load_settings())
    except SettingsError as exc:
        _refuse(exc)
    scores = evaluate(examples, model)
    if as_json:
        click.echo(json.dumps(scores.as_dict(), ensure_ascii=False, indent=2))
        return
    click.echo(f"replies: {scores.n}  accuracy: {scores.accuracy:.1%}  "
               f"dates: {scores.dates_correct}/{scores.dates_n} ({scores.date_accuracy:.1%})  "
               f"speed: {scores.per_second:,.0f} replies/s")
    click.echo(f"{'label':<22}{'prec':>7}{'recall':>8}{'f1':>7}{'n':>5}")
    for label, m in scores.per_label.items():
        click.echo(f"{label:<22}{m['precision']:>7.2f}{m['recall']:>8.2f}{m['f1']:>7.2f}{m['support']:>5}")
    click.echo("confusion (rows: true, columns: predicted, in precedence order):")
    for label in PRECEDENCE:
        click.echo(f"  {label:<22}" + " ".join(f"{scores.confusion[label][p]:>3}" for p in PRECEDENCE))
    for m in scores.misses:
        click.echo(f"  miss {m['id']}: {m['text']!r} want {m['want']} {m['want_date'] or ''} "
                   f"got {m['got']} {m['got_date'] or ''}")


@click.command("export-labels")
@click.argument("file", required=False)
@with_app
def export_labels_cmd(file: str | None) -> None:
    """Staff corrections of labels and dates, as JSON Lines for `dunning eval` (stdout or FILE)."""
    from bot.retrain import corrections

    lines = [json.dumps(row, ensure_ascii=False) for row in corrections(current_services())]
    out = "\n".join(lines) + ("\n" if lines else "")
    if file:
        Path(file).write_text(out, encoding="utf-8")
        click.echo(f"{len(lines)} corrected replies written to {file}", err=True)
    else:
        click.echo(out, nl=False)


@click.command("audit")
@click.option("--case", "case_id", default=None, help="Only this case.")
@click.option("--user", default=None, help="Only this Slack user (U…), or actor (cli, system, resident).")
@click.option("--since", default=None, help="From this day on (YYYY-MM-DD, office time).")
@click.option("--csv", "csv_file", default=None, help="Write CSV (UTF-8 with BOM, for Excel) to FILE.")
@with_app
def audit_cmd(case_id: str | None, user: str | None, since: str | None, csv_file: str | None) -> None:
    """Who looked at or acted on which case, allowed or refused; oldest first."""
    from bot import audit

    try:
        since_d = date.fromisoformat(since) if since else None
    except ValueError:
        raise click.ClickException(f"--since must be a day like 2026-12-01, not {since!r}") from None
    found = audit.rows(current_services(), case_id, user, since_d)
    if csv_file:
        audit.write_csv(found, csv_file)
        click.echo(f"{len(found)} audit rows written to {csv_file}", err=True)
    elif found:
        click.echo(audit.table(found))
    else:
        click.echo("no audit rows")


@click.command("retrain")
@click.option("--rollback", is_flag=True, help="Put back the model the last retrain replaced.")
@with_app
def retrain_cmd(rollback: bool) -> None:
    """Train the office's reply model from the shipped sets and staff corrections; install it if not worse."""
    from bot import retrain
    from bot.bootstrap import office_model_path
    from replies.train import shipped_sets

    svc = current_services()
    path = office_model_path(svc.settings)
    try:
        if rollback:
            retrain.rollback(path)
            click.echo(f"rolled back: {path} is the previous model again; restart dunning to use it")
            return
        out = retrain.retrain(svc, path, shipped_sets())
    except retrain.RetrainError as exc:
        raise click.ClickException(str(exc)) from None
    except SettingsError as exc:
        _refuse(exc)  # a REPLY_MODEL that cannot be read, found when the model is first needed
    click.echo(f"corrections: {out.trained_on + out.held} ({out.trained_on} learnt, {out.held} held out to score)")
    for name, s in (("current model", out.old), ("new model", out.new)):
        click.echo(f"{name:<14} labels {s.correct}/{s.n} ({s.accuracy:.1%}), "
                   f"dates {s.dates_correct}/{s.dates_n}")
    if out.installed:
        click.echo(f"installed {path} (the one it replaced: {path}.previous, for --rollback); "
                   f"restart dunning to use it")
    else:
        click.echo("not installed: the new model reads the held-out corrections worse")


@click.command("purge")
@click.option("--dry-run", is_flag=True, help="Say what would be erased; change nothing.")
@with_app
def purge_cmd(dry_run: bool) -> None:
    """Erase residents' texts, names and numbers of cases closed over RETENTION_DAYS ago."""
    svc = current_services()
    p = svc.purge("cli", dry_run)
    tz = svc.policy.tz
    verb = "would erase" if dry_run else "erased"
    click.echo(f"cases closed before {p.cutoff.astimezone(tz):%Y-%m-%d %H:%M} "
               f"(RETENTION_DAYS={svc.settings.retention_days}): {verb} {len(p.cases)} cases, "
               f"{p.messages} message texts, {p.staff_posts} staff posts, {p.audit_rows} audit details")
    for case_id, closed_at in p.cases:
        click.echo(f"  {case_id}\tclosed {closed_at.astimezone(tz):%Y-%m-%d}")
    click.echo(f"numbers: {p.deleted} forgotten, {p.hashed} opted-out or wrong kept only as hashes, "
               f"{p.shared} kept for cases not erased")
    if p.unkeyed:
        click.echo(f"note: {p.unkeyed} opted-out or wrong numbers are kept as they are, so that they "
                   "are never texted: set RETENTION_KEY to keep them only as hashes")
    if dry_run:
        click.echo("dry run: nothing was changed")


@click.command("digest")
@click.option("--post", "post_it", is_flag=True, help="Also post it to Slack (through the outbox).")
@with_app
def digest_cmd(post_it: bool) -> None:
    """Print (and post) the morning digest now."""
    from bot import digest

    svc = current_services()
    if post_it:
        click.echo(digest.post(svc))
        svc.deliver_posts()
    else:
        click.echo(digest.build(svc, svc.clock()))


@click.command("demo")
def demo_cmd() -> None:
    """A self-contained run on sample data with no outside service."""
    from bot.demo import run_demo

    run_demo(click.echo)


@click.group("db")
def db_group() -> None:
    """The database's schema (Alembic): upgrade it, or name its revision."""


def _engine() -> Any:
    from bot.bootstrap import open_database

    try:
        return open_database(load_settings())
    except SettingsError as exc:
        _refuse(exc)


@db_group.command("upgrade")
def db_upgrade() -> None:
    """Bring the database to the code's schema (run it once per new version, before starting)."""
    from core import schema

    db = _engine()
    before, after = schema.upgrade(db.engine)
    log.info("database upgraded", extra={"database": db.safe_url, "before": before, "after": after})
    click.echo(f"{db.safe_url}: at revision {after}" if before == after
               else f"{db.safe_url}: upgraded from {before or 'empty'} to {after}")
    db.dispose()


@db_group.command("current")
def db_current() -> None:
    """Name the database's revision, and whether the code needs an upgrade."""
    from core import schema

    db = _engine()
    have, want = schema.current(db.engine), schema.head()
    click.echo(f"{db.safe_url}: revision {have or 'none (empty)'}; the code needs {want}"
               + ("" if have == want else ": run `dunning db upgrade`"))
    db.dispose()
    if have != want:
        raise SystemExit(1)


COMMANDS = (serve, import_cases_cmd, import_payments_cmd, send_campaign_cmd, reminders_cmd,
            next_reminder_cmd, report_cmd, eval_cmd, digest_cmd, export_labels_cmd,
            stop_campaign_cmd, scheduler_cmd, audit_cmd, retrain_cmd, purge_cmd, campaign_group,
            results_cmd)


def init_app(app: Flask) -> None:
    """The commands also on ``app.cli``, for Flask's test runner."""
    for cmd in COMMANDS:
        app.cli.add_command(cmd)


# The app is built by each command when it runs, never to list the commands: `dunning
# --help` works with no settings and no database.
cli = click.Group("dunning", help="SMS payment reminders for tax offices (see README).",
                  commands=[*COMMANDS, db_group, demo_cmd])


def main() -> None:
    cli.main(prog_name="dunning")


if __name__ == "__main__":
    main()
