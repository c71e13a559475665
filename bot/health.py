"""`/healthz` for load balancers and monitors, `/metrics` for Prometheus.

Both read the database, so that any web worker answers for the whole service, the
scheduler process included (prometheus-client renders the text format; no per-process
counters, which would be wrong with several gunicorn workers).
"""

from __future__ import annotations

import math
from collections.abc import Iterator
from typing import Any

from flask import Blueprint, Flask, Response
from prometheus_client import CONTENT_TYPE_LATEST, CollectorRegistry, generate_latest
from prometheus_client.core import CounterMetricFamily, GaugeMetricFamily, Metric
from prometheus_client.registry import Collector

from bot.app import current_services
from bot.bootstrap import Services
from core import telemetry
from core.models import utcnow

bp = Blueprint("health", __name__)


@bp.get("/healthz")
def healthz() -> tuple[dict[str, Any], int]:
    svc = current_services()
    try:
        with svc.db.uow() as uow:
            h = telemetry.read(uow.session, utcnow())
    except Exception:
        return {"status": "database unavailable"}, 503
    body = {
        "status": "ok" if h.scheduler_ok else "scheduler silent",
        "outbox": {"sms": vars(h.sms), "slack": vars(h.slack)},
        "scheduler": {"last_heartbeat_age_s": h.heartbeat_age_s,
                      "silent_after_s": telemetry.SCHEDULER_SILENT_SECONDS},
        "reminders_due": h.reminders_due,
        # The provider's outage is not ours: sends wait and are retried, so still 200.
        "sms_provider": {"outage_age_s": h.provider_outage_age_s},
    }
    return body, 200 if h.scheduler_ok else 503


class ServiceCollector(Collector):
    """Reads the service's numbers from the database at each scrape."""

    def __init__(self, svc: Services):
        self.svc = svc

    def collect(self) -> Iterator[Metric]:
        svc = self.svc
        with svc.db.uow() as uow:
            s = uow.session
            h = telemetry.read(s, utcnow())
            labels = telemetry.replies_by_label(s)
            messages = telemetry.messages_by_status(s)
        replies = CounterMetricFamily("dunning_replies", "Residents' replies, by the label they were read with",
                                      labels=["label"])
        for label, n in sorted(labels.items()):
            replies.add_metric([label], n)
        yield replies
        sms = GaugeMetricFamily("dunning_sms_messages", "SMS by direction, kind and current status",
                                labels=["direction", "kind", "status"])
        for direction, kind, status, n in sorted(messages):
            sms.add_metric([direction, kind, status], n)
        yield sms
        yield CounterMetricFamily("dunning_provider_refusals", "Sends the SMS provider refused (retried or not)",
                                  value=h.counters[telemetry.PROVIDER_REFUSALS])
        yield CounterMetricFamily("dunning_slack_refusals", "Staff posts Slack refused (retried or not)",
                                  value=h.counters[telemetry.SLACK_REFUSALS])
        depth = GaugeMetricFamily("dunning_outbox_depth", "Messages waiting in an outbox", labels=["outbox"])
        age = GaugeMetricFamily("dunning_outbox_oldest_age_seconds",
                                "Age of the oldest message waiting in an outbox (0 when empty)", labels=["outbox"])
        for name, box in (("sms", h.sms), ("slack", h.slack)):
            depth.add_metric([name], box.depth)
            age.add_metric([name], box.oldest_age_s or 0.0)
        yield depth
        yield age
        yield GaugeMetricFamily("dunning_provider_outage_seconds",
                                "Seconds since the SMS provider began refusing every send (0: it takes them)",
                                value=h.provider_outage_age_s or 0.0)
        yield GaugeMetricFamily("dunning_reminders_due", "Scheduled reminders whose time has come",
                                value=h.reminders_due)
        yield GaugeMetricFamily("dunning_reminders_scheduled", "Scheduled reminders", value=h.reminders_scheduled)
        yield GaugeMetricFamily("dunning_scheduler_heartbeat_age_seconds",
                                "Seconds since the scheduler last beat (NaN: never)",
                                value=math.nan if h.heartbeat_age_s is None else h.heartbeat_age_s)


@bp.get("/metrics")
def metrics() -> Response:
    from flask import current_app

    registry: CollectorRegistry = current_app.extensions["dunning.metrics"]
    return Response(generate_latest(registry), mimetype=CONTENT_TYPE_LATEST)


def init_app(app: Flask) -> None:
    registry = CollectorRegistry(auto_describe=False)
    registry.register(ServiceCollector(app.extensions["dunning"]))
    app.extensions["dunning.metrics"] = registry
    app.register_blueprint(bp)
