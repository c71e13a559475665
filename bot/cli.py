"""The `dunning` command line (interfaces.md)."""

from __future__ import annotations

import functools
import json
import logging
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path
from typing import Any, TypeVar

import click
from flask import Flask, current_app
from flask.cli import ScriptInfo
from sqlalchemy import func, select

from bot.app import current_services
from bot.bootstrap import Role
from core.models import Case, Message, Reading, Reminder, ReminderStatus
from core.schema import SchemaError
from core.settings import SettingsError
from core.sms_text import TemplateError
from replies.labels import PRECEDENCE

F = TypeVar("F", bound=Callable[..., Any])


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
              help="Web only: another process runs the scheduler (README, Process model).")
def serve(host: str, port: int, threads: int, connection_limit: int, channel_timeout: int,
          no_scheduler: bool) -> None:
    """Run the web service and the scheduler."""
    import waitress

    from core.providers.console import is_loopback

    load_app(Role.WEB if no_scheduler else Role.BOTH)
    svc = current_services()
    if svc.provider.name == "console" and not is_loopback(host):
        _refuse(SettingsError(f"SMS_PROVIDER=console takes unsigned webhooks: it serves on loopback only, "
                              f"not on {host}"))
    if not no_scheduler:
        svc.run_scheduler()
    click.echo(f"dunning serving on http://{host}:{port} "
               f"({'web only' if no_scheduler else 'web and scheduler'})")
    try:
        # Slow or idle clients must not lock out health checks and webhooks: waitress's
        # default of 100 connections is far too few for that. poll(), because select()
        # cannot watch more than 1024 sockets.
        waitress.serve(current_app._get_current_object(), host=host, port=port, threads=threads,  # type: ignore[attr-defined]
                       ident="dunning", connection_limit=connection_limit, channel_timeout=channel_timeout,
                       cleanup_interval=min(30, channel_timeout), asyncore_use_poll=True)
    finally:
        svc.close()


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
    """Mark cases paid (CSV with a case_id column), cancelling their reminders."""
    from bot.casefile import FileError, import_payments

    try:
        report = import_payments(current_services(), _read(file))
    except FileError as exc:
        raise click.ClickException(f"{file}: {exc}") from None
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


@click.command("stop-campaign")
@click.argument("name")
@with_app
def stop_campaign_cmd(name: str) -> None:
    """Hold a campaign's first reminders not yet sent (resume with send-campaign NAME)."""
    from bot.campaign import stop

    click.echo(f"held {stop(current_services(), name)} reminders of {name}")


@click.command("scheduler")
def scheduler_cmd() -> None:
    """Run only the scheduler: the one process that sends, beside web-only processes."""
    import signal
    import threading

    load_app(Role.SCHEDULER)
    svc = current_services()
    done = threading.Event()
    for sig in (signal.SIGINT, signal.SIGTERM):
        signal.signal(sig, lambda *_: done.set())
    svc.run_scheduler()
    click.echo("dunning scheduler running (Ctrl-C to stop)")
    done.wait()
    svc.close()


@click.command("reminders")
@click.option("--case", "case_id", default=None)
@click.option("--json", "as_json", is_flag=True)
@with_app
def reminders_cmd(case_id: str | None, as_json: bool) -> None:
    """List scheduled reminders: case, when, why."""
    svc = current_services()
    tz = svc.policy.tz
    with svc.db.uow() as uow:
        q = select(Reminder).where(Reminder.status == ReminderStatus.SCHEDULED)
        if case_id:
            q = q.where(Reminder.case_id == case_id)
        rows = list(uow.session.scalars(q.order_by(Reminder.run_at, Reminder.case_id)))
    items = [{"case_id": r.case_id, "run_at": r.run_at.astimezone(tz).isoformat(),
              "reason": r.reason, "sequence": r.sequence} for r in rows]
    if as_json:
        click.echo(json.dumps(items, ensure_ascii=False, indent=2))
        return
    if not items:
        click.echo("no reminders scheduled")
    for it in items:
        click.echo(f"{it['case_id']}\t{it['run_at']}\t#{it['sequence']}\t{it['reason']}")


@click.command("next-reminder")
@click.option("--label", required=True, type=click.Choice(PRECEDENCE))
@click.option("--received", required=True, help="ISO 8601; without an offset, office time")
@click.option("--promised", default=None, help="YYYY-MM-DD, for payment_promise")
@click.option("--json", "as_json", is_flag=True)
@with_app
def next_reminder_cmd(label: str, received: str, promised: str | None, as_json: bool) -> None:
    """When the next reminder would go out after such a reply, under the current settings."""
    from scheduler.policy import after_reply

    svc = current_services()
    try:
        at = datetime.fromisoformat(received)
        promised_d = date.fromisoformat(promised) if promised else None
    except ValueError as exc:
        raise click.ClickException(f"bad date: {exc}") from None
    d = after_reply(svc.policy, label, at, promised_d)
    run_at = d.run_at.astimezone(svc.policy.tz).isoformat() if d.run_at else None
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
@with_app
def eval_cmd(file: str, as_json: bool) -> None:
    """Score the classifier on labelled replies (JSON Lines), with the model the service uses."""
    from replies.evaluate import DataError, evaluate, read_examples

    try:
        examples = read_examples(_read(file).decode("utf-8").splitlines())
    except (DataError, UnicodeDecodeError) as exc:
        raise click.ClickException(f"{file}: {exc}") from None
    scores = evaluate(examples, current_services().reply_model)
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
    svc = current_services()
    tz = svc.policy.tz
    with svc.db.uow() as uow:
        latest = (select(func.max(Reading.id)).where(Reading.source.like("slack:%"))
                  .group_by(Reading.message_id).scalar_subquery())
        rows = uow.session.execute(
            select(Reading, Message).join(Message, Message.id == Reading.message_id)
            .where(Reading.id.in_(latest), Message.kind == "reply").order_by(Message.id)).all()
    lines = [json.dumps({
        "id": f"msg-{m.id}", "text": m.body, "received_at": m.created_at.astimezone(tz).isoformat(),
        "label": r.label, "promised_date": r.promised_date.isoformat() if r.promised_date else None,
        "source": r.source}, ensure_ascii=False) for r, m in rows]
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
    from core import logs
    from core.settings import Settings

    try:
        settings = Settings.from_env()
        logs.configure(settings)
        return open_database(settings)
    except SettingsError as exc:
        _refuse(exc)


@db_group.command("upgrade")
def db_upgrade() -> None:
    """Bring the database to the code's schema (run it once per new version, before starting)."""
    from core import schema

    db = _engine()
    before, after = schema.upgrade(db.engine)
    logging.getLogger(__name__).info("database upgraded", extra={"database": db.safe_url,
                                                                 "before": before, "after": after})
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
            stop_campaign_cmd, scheduler_cmd, audit_cmd)


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
