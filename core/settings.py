"""The service's settings, read from the environment (interfaces.md)."""

from __future__ import annotations

import dataclasses
import logging
import os
import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import time
from pathlib import Path
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from dotenv import dotenv_values

from core.sms_text import TemplateError, check_template

PROVIDERS = ("twilio", "infobip", "console")
# What a sample case fills a template with when the settings are checked at start-up.
SAMPLE_CASE = {"tax_type": "住民税", "due_date": "10月31日"}
# A typo (4 for 400) must not erase the data of cases paid last week, nor of payments
# that may yet bounce.
MIN_RETENTION_DAYS = 30
MIN_KEY_CHARS = 32
_CLOCK_TIME = re.compile(r"(?:[01]?\d|2[0-3]):[0-5]\d")


class SettingsError(ValueError):
    """A setting has a value the service cannot use."""


def _int(env: Mapping[str, str], name: str, default: int, minimum: int = 0) -> int:
    raw = env.get(name)
    if raw is None or raw.strip() == "":
        return default
    try:
        value = int(raw)
    except ValueError:
        raise SettingsError(f"{name} must be a whole number, not {raw!r}") from None
    if value < minimum:
        raise SettingsError(f"{name} must be at least {minimum}, not {value}")
    return value


def _float(env: Mapping[str, str], name: str, default: float) -> float:
    raw = env.get(name)
    if raw is None or raw.strip() == "":
        return default
    try:
        value = float(raw)
    except ValueError:
        raise SettingsError(f"{name} must be a number, not {raw!r}") from None
    if not 0 < value < float("inf"):  # nan too
        raise SettingsError(f"{name} must be above 0, not {value}")
    return value


def parse_window(raw: str) -> tuple[time, time]:
    """`10:00-19:00` -> (10:00, 19:00). The end is excluded; `24:00` ends the window with the
    day, so that `00:00-24:00` is every minute of it (23:59 left the last minute out, and a
    campaign started then waited for the next day)."""
    try:
        start_s, end_s = raw.split("-")
        start = time.fromisoformat(start_s.strip())
        end = time.max if end_s.strip() == "24:00" else time.fromisoformat(end_s.strip())
    except ValueError:
        raise SettingsError(f"SEND_WINDOW must look like 10:00-19:00, not {raw!r}") from None
    if start >= end:
        raise SettingsError(f"SEND_WINDOW must start before it ends: {raw!r}")
    return start, end


@dataclass(frozen=True)
class Settings:
    database_url: str | None = None  # None: SQLite file in the instance folder
    timezone: str = "Asia/Tokyo"
    sms_provider: str = ""  # required to serve; "" leaves the CLI's non-sending commands usable
    twilio_account_sid: str = ""
    twilio_auth_token: str = ""
    twilio_from: str = ""
    twilio_api_base: str = "https://api.twilio.com"
    public_base_url: str = ""
    infobip_base_url: str = ""
    infobip_api_key: str = ""
    infobip_sender: str = ""
    infobip_webhook_user: str = ""
    infobip_webhook_password: str = ""
    slack_bot_token: str = ""
    slack_signing_secret: str = ""
    slack_channel: str = ""
    slack_api_url: str = "https://slack.com/api/"
    slack_staff_usergroup: str = ""  # narrows staff from SLACK_CHANNEL's members to a user group
    office_name: str = "市役所 税務課"
    office_phone: str = ""
    office_hours: str = "平日 8:30-17:15"
    send_window: str = "10:00-19:00"
    business_calendar: str = "jp"
    promise_grace_days: int = 7
    promise_default_days: int = 14
    reminder_interval_days: int = 14
    max_reminders: int = 3
    confidence_threshold: float = 0.6
    reply_model: str = ""  # a model file from python -m replies.train; empty: the shipped one
    send_rate: float = 5.0  # outbound SMS per second, the provider's limit
    price_per_part: float = 0.0  # yen per billed SMS part, for `campaign plan`; 0: not set
    staff_language: str = "ja"
    digest_time: str = "09:00"  # office time, business days
    recover_after_seconds: int = 60  # a send claimed longer ago than this was cut off by a crash
    # Residents' texts, names and numbers of cases closed longer ago are erased (README,
    # Decisions: a fiscal year plus the time to settle appeals and refunds).
    retention_days: int = 400
    # The secret with which opted-out and wrong numbers are kept as hashes once erased;
    # kept outside the database, so that a copy of the database alone cannot reverse them.
    retention_key: str = ""
    # How long a send refused for a retryable reason (429, 5xx, no connection) keeps being
    # retried: reminders count send-slot hours only, other SMS every hour.
    provider_retry_hours: float = 24.0
    provider_retry_max_seconds: float = 300.0  # the longest wait between two tries
    log_level: str = "INFO"
    log_format: str = "text"  # or "json": one JSON object a line
    reminder_template: str = (
        "【{office_name}】{tax_type}の納期限（{due_date}）を過ぎています。"
        "お支払い済みの場合は行き違いご容赦ください。"
        "ご不明な点は{office_phone}（{office_hours}）へ。"
    )
    answer_consultation: str = (
        "【{office_name}】ご連絡ありがとうございます。担当者から折り返しご連絡します。"
        "受付時間：{office_hours}"
    )
    answer_wrong_number: str = (
        "【{office_name}】大変失礼いたしました。今後この番号へのご連絡はいたしません。"
    )
    answer_opt_out: str = (
        "【{office_name}】SMSでのお知らせを停止しました。再開するには「再開」と返信してください。"
    )
    answer_opt_in: str = "【{office_name}】SMSでのお知らせを再開しました。"
    answer_authenticity: str = (
        "【{office_name}】このSMSは当課からの正式なお知らせです。ご不安な場合は、"
        "当課の代表電話{office_phone}（{office_hours}）へ直接お電話ください。"
    )
    answer_help: str = (
        "【{office_name}】納税のお知らせです。お問い合わせは{office_phone}（{office_hours}）へ。"
        "停止するには「停止」と返信してください。"
    )

    @property
    def tz(self) -> ZoneInfo:
        return ZoneInfo(self.timezone)

    @property
    def window(self) -> tuple[time, time]:
        return parse_window(self.send_window)

    @property
    def office(self) -> dict[str, str]:
        """The office's details, as every message template may use them."""
        return {"office_name": self.office_name, "office_phone": self.office_phone or "担当課",
                "office_hours": self.office_hours}

    def text(self, template: str, **values: str) -> str:
        """Fill a message template with the office's details and ``values``."""
        return template.format(**self.office, **values)

    def require_provider(self) -> None:
        """Serving and sending need a provider chosen on purpose: never a silent default."""
        if not self.sms_provider:
            raise SettingsError("SMS_PROVIDER is not set: choose twilio or infobip "
                                "(or console, to try the service out on this machine only)")

    def replace(self, **changes: object) -> Settings:
        return dataclasses.replace(self, **changes)

    @classmethod
    def from_env(cls, env: Mapping[str, str] | None = None) -> Settings:
        """Read every setting; raise SettingsError naming the first bad one.

        Without ``env``: the process's environment over the working folder's ``.env``
        file (exported variables win), the same for every entry point.
        """
        env = environment() if env is None else env
        d = cls()

        def s(name: str, default: str) -> str:
            value = env.get(name)
            return default if value is None or value.strip() == "" else value.strip()

        settings = cls(
            database_url=s("DATABASE_URL", "") or None,
            timezone=s("TIMEZONE", d.timezone),
            sms_provider=s("SMS_PROVIDER", "").lower(),
            twilio_account_sid=s("TWILIO_ACCOUNT_SID", ""),
            twilio_auth_token=s("TWILIO_AUTH_TOKEN", ""),
            twilio_from=s("TWILIO_FROM", ""),
            twilio_api_base=s("TWILIO_API_BASE", d.twilio_api_base),
            public_base_url=s("PUBLIC_BASE_URL", ""),
            infobip_base_url=s("INFOBIP_BASE_URL", ""),
            infobip_api_key=s("INFOBIP_API_KEY", ""),
            infobip_sender=s("INFOBIP_SENDER", ""),
            infobip_webhook_user=s("INFOBIP_WEBHOOK_USER", ""),
            infobip_webhook_password=s("INFOBIP_WEBHOOK_PASSWORD", ""),
            slack_bot_token=s("SLACK_BOT_TOKEN", ""),
            slack_signing_secret=s("SLACK_SIGNING_SECRET", ""),
            slack_channel=s("SLACK_CHANNEL", ""),
            slack_api_url=s("SLACK_API_URL", d.slack_api_url),
            slack_staff_usergroup=s("SLACK_STAFF_USERGROUP", ""),
            office_name=s("OFFICE_NAME", d.office_name),
            office_phone=s("OFFICE_PHONE", ""),
            office_hours=s("OFFICE_HOURS", d.office_hours),
            send_window=s("SEND_WINDOW", d.send_window),
            business_calendar=s("BUSINESS_CALENDAR", d.business_calendar).lower(),
            promise_grace_days=_int(env, "PROMISE_GRACE_DAYS", d.promise_grace_days),
            promise_default_days=_int(env, "PROMISE_DEFAULT_DAYS", d.promise_default_days),
            reminder_interval_days=_int(
                env, "REMINDER_INTERVAL_DAYS", d.reminder_interval_days, minimum=1
            ),
            max_reminders=_int(env, "MAX_REMINDERS", d.max_reminders, minimum=1),
            confidence_threshold=_float(env, "CONFIDENCE_THRESHOLD", d.confidence_threshold),
            reply_model=s("REPLY_MODEL", ""),
            send_rate=_float(env, "SEND_RATE", d.send_rate),
            price_per_part=_float(env, "PRICE_PER_PART", d.price_per_part),
            staff_language=s("STAFF_LANGUAGE", d.staff_language).lower(),
            digest_time=s("DIGEST_TIME", d.digest_time),
            recover_after_seconds=_int(env, "RECOVER_AFTER_SECONDS", d.recover_after_seconds, minimum=1),
            retention_days=_int(env, "RETENTION_DAYS", d.retention_days),
            retention_key=s("RETENTION_KEY", ""),
            provider_retry_hours=_float(env, "PROVIDER_RETRY_HOURS", d.provider_retry_hours),
            provider_retry_max_seconds=_float(env, "PROVIDER_RETRY_MAX_SECONDS", d.provider_retry_max_seconds),
            reminder_template=s("REMINDER_TEMPLATE", d.reminder_template),
            log_level=s("LOG_LEVEL", d.log_level).upper(),
            log_format=s("LOG_FORMAT", d.log_format).lower(),
        )
        settings.validate()
        return settings

    def validate(self) -> None:
        try:
            ZoneInfo(self.timezone)
        except (ZoneInfoNotFoundError, ValueError):
            raise SettingsError(f"TIMEZONE {self.timezone!r} is not a known time zone") from None
        parse_window(self.send_window)
        if self.sms_provider and self.sms_provider not in PROVIDERS:
            raise SettingsError(
                f"SMS_PROVIDER must be twilio, infobip or console, not {self.sms_provider!r}")
        if self.business_calendar not in {"jp", "all-days"}:
            raise SettingsError(
                f"BUSINESS_CALENDAR must be jp or all-days, not {self.business_calendar!r}"
            )
        if not _CLOCK_TIME.fullmatch(self.digest_time):
            raise SettingsError(f"DIGEST_TIME must look like 09:00 (hours and minutes), not {self.digest_time!r}")
        if self.staff_language not in {"ja", "en"}:
            raise SettingsError(f"STAFF_LANGUAGE must be ja or en, not {self.staff_language!r}")
        if self.sms_provider == "twilio":
            missing = [
                name
                for name, value in [
                    ("TWILIO_ACCOUNT_SID", self.twilio_account_sid),
                    ("TWILIO_AUTH_TOKEN", self.twilio_auth_token),
                    ("TWILIO_FROM", self.twilio_from),
                    ("PUBLIC_BASE_URL", self.public_base_url),
                ]
                if not value
            ]
            if missing:
                raise SettingsError("SMS_PROVIDER=twilio needs " + ", ".join(missing))
        if self.sms_provider == "infobip":
            missing = [name for name, value in [
                ("INFOBIP_BASE_URL", self.infobip_base_url), ("INFOBIP_API_KEY", self.infobip_api_key),
                ("INFOBIP_SENDER", self.infobip_sender), ("INFOBIP_WEBHOOK_USER", self.infobip_webhook_user),
                ("INFOBIP_WEBHOOK_PASSWORD", self.infobip_webhook_password)] if not value]
            if missing:
                raise SettingsError("SMS_PROVIDER=infobip needs " + ", ".join(missing))
            if len(self.infobip_webhook_password) < 16:
                raise SettingsError("INFOBIP_WEBHOOK_PASSWORD must be at least 16 characters")
        if self.slack_signing_secret and not self.slack_bot_token:
            raise SettingsError("SLACK_SIGNING_SECRET is set but SLACK_BOT_TOKEN is not")
        if self.slack_bot_token and not self.slack_channel:
            raise SettingsError("SLACK_BOT_TOKEN is set but SLACK_CHANNEL is not")
        if self.slack_staff_usergroup and not re.fullmatch(r"S[A-Z0-9]{2,}", self.slack_staff_usergroup):
            raise SettingsError("SLACK_STAFF_USERGROUP must be a user group id (S..., under the "
                                f"group's details), not {self.slack_staff_usergroup!r}")
        if self.slack_staff_usergroup and not self.slack_bot_token:
            raise SettingsError("SLACK_STAFF_USERGROUP is set but SLACK_BOT_TOKEN is not")
        if not 0 < self.confidence_threshold <= 1:
            raise SettingsError("CONFIDENCE_THRESHOLD must be between 0 and 1")
        for name, url in (("PUBLIC_BASE_URL", self.public_base_url), ("TWILIO_API_BASE", self.twilio_api_base),
                          ("INFOBIP_BASE_URL", self.infobip_base_url), ("SLACK_API_URL", self.slack_api_url)):
            _check_url(name, url)
        if self.retention_days < MIN_RETENTION_DAYS:
            raise SettingsError(f"RETENTION_DAYS must be at least {MIN_RETENTION_DAYS}, not {self.retention_days}")
        if self.retention_key and len(self.retention_key) < MIN_KEY_CHARS:
            raise SettingsError(f"RETENTION_KEY must be at least {MIN_KEY_CHARS} characters (a random secret)")
        if self.log_level not in ("DEBUG", "INFO", "WARNING", "ERROR"):
            raise SettingsError(f"LOG_LEVEL must be DEBUG, INFO, WARNING or ERROR, not {self.log_level!r}")
        if self.log_format not in ("text", "json"):
            raise SettingsError(f"LOG_FORMAT must be text or json, not {self.log_format!r}")
        self._check_templates()

    def _check_templates(self) -> None:
        """Every message template, rendered for a sample case: refused here, not at the first send."""
        reminder = {**self.office, **SAMPLE_CASE}
        for name, template, values in (
            ("REMINDER_TEMPLATE", self.reminder_template, reminder),
            ("answer_consultation", self.answer_consultation, self.office),
            ("answer_wrong_number", self.answer_wrong_number, self.office),
            ("answer_opt_out", self.answer_opt_out, self.office),
            ("answer_opt_in", self.answer_opt_in, self.office),
            ("answer_authenticity", self.answer_authenticity, self.office),
            ("answer_help", self.answer_help, self.office),
        ):
            try:
                check_template(template, values)
            except TemplateError as exc:
                raise SettingsError(f"{name}: {exc}") from None


def _check_url(name: str, url: str) -> None:
    if not url:
        return
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise SettingsError(f"{name} must be an http(s) URL with a host, not {url!r}")


def environment() -> dict[str, str]:
    """The process's environment over ``.env`` in the working folder (exported values win)."""
    path = Path.cwd() / ".env"
    values = {k: v for k, v in dotenv_values(path).items() if v is not None} if path.is_file() else {}
    return {**values, **os.environ}


def log_level(settings: Settings) -> int:
    return logging.getLevelNamesMapping()[settings.log_level]
