"""What a reply's webhook costs: the service beside bare Flask checking the same signature.

    python benchmarks/webhook.py [--seconds 10] [--rounds 3] [--warmup 10] [--rate 100] [--workers 2]
                                 [--threads 4] [--scheduler-nice N] [--serve]

All run on this machine, side by side in one run, in paired rounds (in order, then the other
way round), each in a PostgreSQL schema of its own (DATABASE_URL, else the test database):
- service: the README's production recipe, `gunicorn -w N --threads T 'bot.app:create_app()'`
  and one `dunning scheduler`, settings in `.env`;
- bare: `gunicorn -w N --threads T 'benchmarks.bare_app:create_app()'`, Flask with twilio's
  RequestValidator and the same TwiML answer, no database;
- stored: the same bare app storing each webhook with one INSERT in one transaction
  (psycopg, no ORM): what a webhook costs at the least once it must survive a crash.
With --serve, one machine instead: `dunning serve` (its scheduler in a child process),
`dunning serve --no-scheduler` (web only, the outboxes left to pile up), and "split":
`dunning serve --no-scheduler` beside a `dunning scheduler`, each with N x T threads.
Each server first takes ``--warmup`` seconds of load that is not measured (a new service's
first round was half as fast: cold caches, no planner statistics on its new tables).
Every request is a distinct webhook signed as Twilio signs it, from one of 200 residents
with a case, with a text from the labelled replies. Printed per round and as medians:
- the highest rate (wrk, 8 connections; Debian's `wrk` package), and the ratios;
- p50 and p99 latency at a steady `--rate` (an open loop here: late answers do not slow
  the sender, so queueing shows);
- a reply's way to staff: 20 webhooks one at a time, no load, from sending each to the
  Slack fake's receipt of its post (p50 and max);
- CPU per webhook: CPU time of the web processes; for the service, also with the scheduler
  process, which delivers the Slack posts and answers the webhooks cause (for `dunning
  serve` its child is counted in both); and of PostgreSQL's processes (every one on the
  machine: run it on a quiet one);
- the same during the burst alone, with the load's side (wrk and this process) beside them:
  everything on the machine shares its cores, so the sum bounds the rate.
The Slack and Twilio fakes run in this process, on loopback.
"""

from __future__ import annotations

import argparse
import contextlib
import gc
import http.client
import itertools
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from pathlib import Path
from urllib.parse import urlencode

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from sqlalchemy import create_engine, text  # noqa: E402

from tests.conftest import POSTGRES_URL, schema_of_its_own  # noqa: E402
from tests.e2e.harness import children  # noqa: E402
from tests.fakes.slack import TOKEN, FakeSlack  # noqa: E402
from tests.fakes.twilio import ACCOUNT_SID, AUTH_TOKEN, FROM, FakeTwilio, sign  # noqa: E402

PUBLIC = "https://dunning.example.jp"
PHONES = [f"+8190{7000_0000 + i:08d}" for i in range(200)]
# Distinct webhooks made per second of load, well above each server's rate: a repeat of an
# id would be answered as a repeat (no reply stored, read or posted) and flatter the service.
PER_SECOND = {"bare": 9000, "stored": 5000, "service": 2500, "serve": 2500, "web-only": 2500, "split": 2500}
TICK = os.sysconf("SC_CLK_TCK")
_sids = itertools.count(1)


def texts() -> list[str]:
    out = []
    for path in sorted((ROOT / "tests" / "data").glob("*.jsonl")):
        out += [json.loads(line)["text"] for line in path.read_text("utf-8").splitlines() if line.strip()]
    return [t for t in out if t.strip()] or ["払います"]


def signed(n: int, bodies: list[str]) -> list[tuple[str, str]]:
    """``n`` distinct inbound webhooks: (form body, X-Twilio-Signature)."""
    out = []
    for i in range(n):
        form = {"MessageSid": f"SMbench{next(_sids):010d}{uuid.uuid4().hex[:8]}", "AccountSid": ACCOUNT_SID,
                "From": PHONES[i % len(PHONES)], "To": FROM, "Body": bodies[i % len(bodies)],
                "NumMedia": "0", "ApiVersion": "2010-04-01"}
        out.append((urlencode(form), sign(PUBLIC + "/sms/inbound", form)))
    return out


def wrk_script(requests: list[tuple[str, str]], path: Path) -> None:
    lines = ["local bodies = {"] + [f"[[{b}]]," for b, _ in requests] + ["}", "local sigs = {"]
    lines += [f'"{s}",' for _, s in requests] + ["}"]
    lines.append("""
local next_id = 0
local threads_n = 0
function setup(thread) thread:set("tid", next_id); next_id = next_id + 1 end
local n = 0
function request()
  -- each thread its own stripe of the requests: no webhook is sent twice
  local k = ((tid or 0) + n * 8) % #bodies + 1
  n = n + 1
  return wrk.format("POST", "/sms/inbound", {["Content-Type"] = "application/x-www-form-urlencoded",
                    ["X-Twilio-Signature"] = sigs[k]}, bodies[k])
end
function done(summary, latency, requests)
  local e = summary.errors
  io.write(string.format("RESULT %d %d %d %d\\n", summary.requests, summary.duration, e.status,
                         e.connect + e.read + e.write + e.timeout))
end
""")
    path.write_text("\n".join(lines), "utf-8")


def cpu_seconds(pids: list[int]) -> float:
    total = 0
    for pid in pids:
        try:
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        total += int(fields[11]) + int(fields[12])  # utime, stime
    return total / TICK


def database_pids() -> list[int]:
    """PostgreSQL's processes on this machine (its backends do the webhooks' SQL)."""
    out = []
    for d in Path("/proc").iterdir():
        if d.name.isdigit():
            try:
                if (d / "comm").read_text().strip() == "postgres":
                    out.append(int(d.name))
            except OSError:
                continue
    return out


class Server:
    def __init__(self, name: str, procs: list[subprocess.Popen], port: int, extra_pids: list[int]):
        self.name, self.procs, self.port, self.extra = name, procs, port, extra_pids

    def pids(self) -> list[int]:
        master = self.procs[0].pid
        return [master, *children(master), *self.extra]

    def web_pids(self) -> list[int]:
        master = self.procs[0].pid
        return [master, *children(master)]

    def stop(self) -> None:
        for p in self.procs:
            p.terminate()
        for p in self.procs:
            try:
                p.wait(20)
            except subprocess.TimeoutExpired:
                p.kill()


def wait_ready(port: int, path: str = "/healthz", want: tuple[int, ...] = (200,), timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            c = http.client.HTTPConnection("127.0.0.1", port, timeout=2)
            c.request("GET", path)
            if c.getresponse().status in want:
                return
        except OSError:
            pass
        time.sleep(0.2)
    raise SystemExit(f"server on port {port} did not become ready")


def settle(server: Server) -> None:
    """Before a round: the service's outboxes empty, so that no work of the last round counts."""
    if server.name not in ("service", "serve", "split"):
        return
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        c = http.client.HTTPConnection("127.0.0.1", server.port, timeout=5)
        c.request("GET", "/healthz")
        body = json.loads(c.getresponse().read())
        if body.get("outbox", {}).get("sms", {}).get("depth") == 0 and body["outbox"]["slack"]["depth"] == 0:
            return
        time.sleep(0.5)


def forget(*fakes: FakeSlack | FakeTwilio) -> None:
    """The fakes drop what they were sent, and this process's objects are frozen, before a
    measurement. The fakes run in this process on the same two cores as the servers; keeping
    every post of every round made their work, and this process's garbage collection (pauses
    of a tenth of a second by the third round, with the steady-rate client waiting in them),
    grow round by round: the service's rate and p99 fell each round while the code was the same.
    Slack and Twilio do not run on the office's machine."""
    for fake in fakes:
        with fake.lock:
            for name in ("calls", "messages"):
                record = getattr(fake, name, None)
                if record is not None:
                    record.clear()
    gc.collect()
    gc.freeze()


def max_rate(server: Server, reqs: list[tuple[str, str]], seconds: int, tmp: Path) -> dict[str, float]:
    script = tmp / f"{server.name}.lua"
    wrk_script(reqs, script)
    settle(server)
    web0, all0, db0 = cpu_seconds(server.web_pids()), cpu_seconds(server.pids()), cpu_seconds(database_pids())
    load0 = _load_cpu()
    out = subprocess.run(["wrk", "-t", "2", "-c", "8", "-d", f"{seconds}s", "--timeout", "20s", "-s", str(script),
                          f"http://127.0.0.1:{server.port}"], capture_output=True, text=True, check=True).stdout
    # The burst alone: what the two cores were shared among while the rate was measured.
    burst = (cpu_seconds(server.web_pids()), cpu_seconds(server.pids()), cpu_seconds(database_pids()), _load_cpu())
    settle(server)  # the scheduler's share of the work these webhooks caused
    web1, all1, db1 = cpu_seconds(server.web_pids()), cpu_seconds(server.pids()), cpu_seconds(database_pids())
    done = [line for line in out.splitlines() if line.startswith("RESULT")][0].split()
    n, micros, bad, failed = (int(x) for x in done[1:])
    if n > len(reqs):
        # wrk started on the list again: repeats, which the service answers without storing.
        raise SystemExit(f"{server.name} took {n} requests, more than the {len(reqs)} distinct ones made "
                         "for it: raise PER_SECOND")
    return {"rate": n / (micros / 1e6), "n": n, "non_2xx": bad, "socket_errors": failed,
            "cpu_ms_web": (web1 - web0) / max(n, 1) * 1000, "cpu_ms_all": (all1 - all0) / max(n, 1) * 1000,
            "cpu_ms_db": (db1 - db0) / max(n, 1) * 1000,
            # In the burst only (the scheduler, niced, does most of its share after it):
            "burst_ms_web": (burst[0] - web0) / max(n, 1) * 1000,
            "burst_ms_db": (burst[2] - db0) / max(n, 1) * 1000,
            "burst_ms_scheduler": ((burst[1] - all0) - (burst[0] - web0)) / max(n, 1) * 1000,
            "burst_ms_load": (burst[3] - load0) / max(n, 1) * 1000}


def _load_cpu() -> float:
    """CPU seconds of the load's side: wrk (a child this process has waited for) and this
    process, whose threads serve the Slack and Twilio fakes."""
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return children.ru_utime + children.ru_stime + time.process_time()


def fixed_rate(server: Server, reqs: list[tuple[str, str]], rate: float, seconds: int) -> dict[str, float]:
    """Open loop: request k is due at start + k/rate; its latency counts from then."""
    settle(server)
    total = int(rate * seconds)
    latencies: list[float] = []
    statuses: list[int] = []
    lock = threading.Lock()
    counter = itertools.count()
    start = time.perf_counter() + 0.2

    def worker() -> None:
        conn = http.client.HTTPConnection("127.0.0.1", server.port, timeout=30)
        while (k := next(counter)) < total:
            due = start + k / rate
            delay = due - time.perf_counter()
            if delay > 0:
                time.sleep(delay)
            body, sig = reqs[k % len(reqs)]
            try:
                conn.request("POST", "/sms/inbound", body=body, headers={
                    "Content-Type": "application/x-www-form-urlencoded", "X-Twilio-Signature": sig})
                resp = conn.getresponse()
                resp.read()
                status = resp.status
            except (OSError, http.client.HTTPException):
                conn.close()
                conn = http.client.HTTPConnection("127.0.0.1", server.port, timeout=30)
                status = 0
            with lock:
                latencies.append(time.perf_counter() - due)
                statuses.append(status)

    threads = [threading.Thread(target=worker) for _ in range(64)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    q = statistics.quantiles(latencies, n=100)
    return {"p50_ms": q[49] * 1000, "p99_ms": q[98] * 1000, "ok": sum(s == 200 for s in statuses), "n": total}


def to_slack(server: Server, slack: FakeSlack, bodies: list[str], n: int = 20) -> dict[str, float]:
    """A reply's way to staff: ``n`` webhooks one at a time, each from its sending to the Slack
    fake's receipt of its post (the post's ts, Slack's wall-clock time), with the load gone."""
    settle(server)
    seconds = []
    for body, sig in signed(n, bodies):
        before = len(slack.posts())
        conn = http.client.HTTPConnection("127.0.0.1", server.port, timeout=30)
        sent = time.time()
        conn.request("POST", "/sms/inbound", body=body, headers={
            "Content-Type": "application/x-www-form-urlencoded", "X-Twilio-Signature": sig})
        conn.getresponse().read()
        conn.close()
        deadline = time.monotonic() + 30
        while len(posts := slack.posts()) == before and time.monotonic() < deadline:
            time.sleep(0.001)
        if len(posts) > before:
            seconds.append(float(posts[before]["ts"]) - sent)
        time.sleep(0.25)
    q = statistics.quantiles(seconds, n=100) if len(seconds) > 1 else seconds * 99
    return {"slack_p50_ms": q[49] * 1000, "slack_max_ms": max(seconds) * 1000, "slack_lost": n - len(seconds)}


def start_service(tmp: Path, url: str, slack: FakeSlack, twilio: FakeTwilio, workers: int, threads: int,
                  nice: int | None = None, serve: str | None = None, app: str = "bot.app:create_app()") -> Server:
    """The production recipe (gunicorn and `dunning scheduler`); with ``serve``, `dunning serve`
    on one machine instead: "serve" with its scheduler inside, "web-only" with --no-scheduler.
    ``app``: the WSGI app gunicorn serves (another for measuring it: benchmarks/stages_app.py)."""
    tmp = tmp / (serve or "service")
    tmp.mkdir()
    env = office(tmp, url, twilio.url, slack.api_url)
    bin_dir = Path(sys.executable).parent
    port = free_port()
    if serve:
        command = [str(bin_dir / "dunning"), "serve", "--port", str(port), "--threads", str(workers * threads)]
        procs = [spawn(command + (["--no-scheduler"] if serve != "serve" else []), tmp, env, "serve.log")]
        if serve == "split":
            procs.append(spawn([str(bin_dir / "dunning"), "scheduler"], tmp, env, "scheduler.log"))
        # Without a scheduler /healthz answers 503 (no heartbeat); it is up all the same.
        wait_ready(port, want=(200, 503) if serve == "web-only" else (200,))
        return Server(serve, procs, port, [p.pid for p in procs[1:]])
    web = spawn([str(bin_dir / "gunicorn"), "-w", str(workers), "--threads", str(threads),
                 "-b", f"127.0.0.1:{port}", "--pythonpath", str(ROOT), app], tmp, env, "web.log")
    # As shipped, `dunning scheduler` lowers its own priority (bot.cli.SCHEDULER_NICE); --scheduler-nice
    # runs it at another, to measure what that does for the webhooks.
    command = [str(bin_dir / "dunning"), "scheduler"] if nice is None else [
        sys.executable, "-c", f"import bot.cli as c; c.SCHEDULER_NICE = {int(nice)}; c.main()", "scheduler"]
    sched = spawn(command, tmp, env, "scheduler.log")
    wait_ready(port)
    return Server("service", [web, sched], port, [sched.pid])


def office(folder: Path, url: str, twilio_api: str, slack_api: str) -> dict[str, str]:
    """An office in ``folder``: its `.env` (the loopback fakes' addresses), its database
    upgraded, and a case for each of PHONES imported. Returns the environment to run
    `dunning` in there (this one's, less the settings `.env` gives)."""
    settings = {"DATABASE_URL": url, "SMS_PROVIDER": "twilio", "TWILIO_ACCOUNT_SID": ACCOUNT_SID,
                "TWILIO_AUTH_TOKEN": AUTH_TOKEN, "TWILIO_FROM": FROM, "TWILIO_API_BASE": twilio_api,
                "PUBLIC_BASE_URL": PUBLIC, "SLACK_BOT_TOKEN": TOKEN, "SLACK_SIGNING_SECRET": "bench-secret",
                "SLACK_CHANNEL": "C123", "SLACK_API_URL": slack_api, "OFFICE_PHONE": "03-0000-0000",
                "BUSINESS_CALENDAR": "all-days", "SEND_WINDOW": "00:00-24:00", "LOG_LEVEL": "WARNING",
                "SEND_RATE": "1000"}
    (folder / ".env").write_text("".join(f"{k}={v}\n" for k, v in settings.items()), "utf-8")
    (folder / "cases.csv").write_text("case_id,name,phone,tax_type,amount,due_date\n" + "".join(
        f"W{i:04d},住民 {i},{p},住民税,1000,2026-10-31\n" for i, p in enumerate(PHONES)), "utf-8")
    env = {k: v for k, v in os.environ.items() if k not in settings}
    dunning = str(Path(sys.executable).parent / "dunning")
    for command in (["db", "upgrade"], ["import-cases", "cases.csv"]):
        subprocess.run([dunning, *command], cwd=folder, env=env, check=True, capture_output=True)
    return env


def own_schema(prefix: str) -> contextlib.AbstractContextManager[str]:
    """A PostgreSQL schema of the run's own (the tests' `schema_of_its_own`), dropped after, in
    the database of DATABASE_URL, else the test database: its URL."""
    return schema_of_its_own(os.environ.get("DATABASE_URL") or POSTGRES_URL, prefix)


def spawn(command: list[str], cwd: Path, env: dict[str, str], log: str) -> subprocess.Popen:
    """``command`` started in ``cwd``, its output to ``cwd / log`` (the child keeps the file open)."""
    with open(cwd / log, "w") as out:
        return subprocess.Popen(command, cwd=cwd, env=env, stdout=out, stderr=subprocess.STDOUT)


def start_bare(tmp: Path, workers: int, threads: int, stored_in: str | None = None) -> Server:
    """Bare Flask; with ``stored_in`` (a libpq URL), the same storing each webhook in one INSERT."""
    port = free_port()
    env = {**os.environ, "TWILIO_AUTH_TOKEN": AUTH_TOKEN, "PUBLIC_BASE_URL": PUBLIC,
           "BENCH_DATABASE_URL": stored_in or ""}
    name, factory = ("stored", "create_stored_app") if stored_in else ("bare", "create_app")
    web = spawn([str(Path(sys.executable).parent / "gunicorn"), "-w", str(workers), "--threads", str(threads),
                 "-b", f"127.0.0.1:{port}", "--pythonpath", str(ROOT), f"benchmarks.bare_app:{factory}()"],
                tmp, env, f"{name}.log")
    wait_ready(port, "/sms/inbound", want=(405,))
    return Server(name, [web], port, [])


def free_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seconds", type=int, default=10)
    ap.add_argument("--warmup", type=int, default=10, help="seconds of unmeasured load on each server first")
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--rate", type=float, default=100.0)
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--threads", type=int, default=4)
    ap.add_argument("--scheduler-nice", type=int, default=None,
                    help="run the scheduler at this niceness instead of the shipped one (0: as the web workers)")
    ap.add_argument("--serve", action="store_true",
                    help="one machine: `dunning serve` with its scheduler inside, beside `dunning serve "
                         "--no-scheduler`, each with workers x threads threads, in schemas of their own")
    args = ap.parse_args()
    if not shutil.which("wrk"):
        raise SystemExit("wrk is needed for the highest rate: apt-get install wrk")
    rows: list[dict[str, object]] = []
    bodies = texts()
    tmp = Path(tempfile.mkdtemp(prefix="dunning-webhook-"))
    with contextlib.ExitStack() as schemas:
        urls = [schemas.enter_context(own_schema("bench_")) for _ in range(3)]
        url = urls[0]
        stored = create_engine(url)  # the table "stored" writes to, in the first schema
        with stored.begin() as conn:
            conn.execute(text("CREATE TABLE webhooks (sid text PRIMARY KEY, sender text, body text, "
                              "received_at timestamptz DEFAULT now())"))
        stored.dispose()
        libpq_url = url.replace("postgresql+psycopg://", "postgresql://", 1)
        with FakeSlack(members={"C123": ["U1"]}) as slack, FakeTwilio() as twilio:
            if args.serve:
                servers = [start_service(tmp, urls[0], slack, twilio, args.workers, args.threads, serve="serve"),
                           start_service(tmp, urls[1], slack, twilio, args.workers, args.threads, serve="web-only"),
                           start_service(tmp, urls[2], slack, twilio, args.workers, args.threads, serve="split")]
            else:
                servers = [start_service(tmp, url, slack, twilio, args.workers, args.threads, args.scheduler_nice),
                           start_bare(tmp, args.workers, args.threads),
                           start_bare(tmp, args.workers, args.threads, stored_in=libpq_url)]
            try:
                # Unmeasured: a new service's first seconds run on cold caches and on tables the
                # planner has no statistics for yet (autovacuum analyzes them within a minute).
                for server in servers:
                    if args.warmup > 0:
                        max_rate(server, signed(int(args.warmup * PER_SECOND[server.name]), bodies), args.warmup,
                                 tmp)
                for r in range(args.rounds):
                    order = servers if r % 2 == 0 else servers[::-1]
                    for server in order:
                        reqs = signed(int(args.seconds * PER_SECOND[server.name]), bodies)
                        forget(slack, twilio)
                        peak = max_rate(server, reqs, args.seconds, tmp)
                        forget(slack, twilio)
                        steady = fixed_rate(server, signed(int(args.rate * args.seconds), bodies), args.rate,
                                            args.seconds)
                        posted = (to_slack(server, slack, bodies) if server.name in ("service", "serve", "split")
                                  else {})
                        rows.append({"round": r + 1, "server": server.name, **peak, **steady, **posted})
                        print(f"round {r + 1} {server.name:<8} {peak['rate']:8.0f} req/s  "
                              f"cpu/webhook {peak['cpu_ms_web']:6.2f} ms web, {peak['cpu_ms_all']:6.2f} ms +scheduler, "
                              f"{peak['cpu_ms_db']:5.2f} ms database  "
                              f"at {args.rate:.0f}/s: p50 {steady['p50_ms']:7.1f} ms  p99 {steady['p99_ms']:8.1f} ms  "
                              f"non-2xx {peak['non_2xx']}+{steady['n'] - steady['ok']}"
                              + (f"  reply to Slack: p50 {posted['slack_p50_ms']:.1f} ms, max "
                                 f"{posted['slack_max_ms']:.1f} ms" if posted else ""), flush=True)
            finally:
                for s in servers:
                    s.stop()

    def med(server: str, key: str) -> float:
        return statistics.median(float(r[key]) for r in rows if r["server"] == server)  # type: ignore[arg-type]

    names = [s.name for s in servers]
    how = (f"`dunning serve --threads {args.workers * args.threads}`" if args.serve
           else f"gunicorn -w {args.workers} --threads {args.threads}")
    print(f"\nmedians over {args.rounds} paired rounds, {how}, PostgreSQL:")
    print(f"{'':<9}{'req/s':>8}{'p50 ms':>9}{'p99 ms':>9}{'CPU ms/webhook (web)':>22}{'(+scheduler)':>14}"
          f"{'(database)':>12}")
    for name in names:
        print(f"{name:<9}{med(name, 'rate'):>8.0f}{med(name, 'p50_ms'):>9.1f}{med(name, 'p99_ms'):>9.1f}"
              f"{med(name, 'cpu_ms_web'):>22.2f}{med(name, 'cpu_ms_all'):>14.2f}{med(name, 'cpu_ms_db'):>12.2f}")
    for name in names:
        if any("slack_p50_ms" in r for r in rows if r["server"] == name):
            print(f"{name}: a reply reaches Slack in {med(name, 'slack_p50_ms'):.1f} ms at p50 "
                  f"(max {med(name, 'slack_max_ms'):.1f} ms), one reply at a time, no load")
    cores = os.cpu_count() or 1
    print(f"\nCPU per webhook during the burst alone, ms, medians (this machine's {cores} cores were shared among "
          f"these; {cores} × 1000 / the sum is the rate they allow):")
    print(f"{'':<9}{'web':>7}{'database':>10}{'scheduler':>11}{'wrk+fakes':>11}{'sum':>7}{'allows':>9}{'took':>7}")
    for name in names:
        parts = [med(name, k) for k in ("burst_ms_web", "burst_ms_db", "burst_ms_scheduler", "burst_ms_load")]
        print(f"{name:<9}" + "".join(f"{v:>{w}.2f}" for v, w in zip(parts, (7, 10, 11, 11), strict=True))
              + f"{sum(parts):>7.2f}{cores * 1000 / sum(parts):>9.0f}{med(name, 'rate'):>7.0f}")
    if args.serve:
        print(f"with the scheduler inside / web only: rate {med('serve', 'rate') / med('web-only', 'rate'):.2f}, "
              f"p99 at {args.rate:.0f}/s {med('serve', 'p99_ms'):.1f} against {med('web-only', 'p99_ms'):.1f} ms")
        return
    ratios = [float(a["rate"]) / float(b["rate"])  # type: ignore[arg-type]
              for a, b in zip([r for r in rows if r["server"] == "service"], [r for r in rows if r["server"] == "bare"])]
    print(f"service / bare: {statistics.median(ratios):.3f} (per round: {', '.join(f'{x:.3f}' for x in ratios)})")
    print(f"stored / bare: {med('stored', 'rate') / med('bare', 'rate'):.3f}; "
          f"service / stored: {med('service', 'rate') / med('stored', 'rate'):.3f} (medians)")
    quarter = med("bare", "rate") / 4
    print(f"a quarter of bare's rate, {quarter:.0f}/s, leaves {cores * 1000 / quarter:.2f} ms of CPU per webhook "
          "for everything in the burst (the service's sum is above)")


if __name__ == "__main__":
    main()
