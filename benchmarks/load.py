"""Load benchmark of POST /v1/consult on loopback: requests per second and latency percentiles.

A small asyncio + httpx client with keep-alive connections, bounded by a
request count and a time limit, that only talks to this machine.

    python benchmarks/load.py --url http://127.0.0.1:8000          # a server already running
    python benchmarks/load.py --serve 1 2                          # start `twitchcheck serve` with 1, then 2 workers

The client shares the machine's cores with the server, so the figures are a
floor for what the server alone could do.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import socket
import statistics
import subprocess
import sys
import time
from dataclasses import dataclass, field
from urllib.parse import urlsplit

try:
    import httpx2 as httpx
except ImportError:  # pragma: no cover - the older package name
    import httpx  # type: ignore[no-redef]

LOOPBACK = {"127.0.0.1", "localhost", "::1"}
MAX_REQUESTS = 100_000
MAX_SECONDS = 300.0
#: A mix of first turns and later turns (with answers), like the web page sends.
TURNS = [
    {"text": "my right upper eyelid has been flickering for three days"},
    {"text": "my left eye twitches shut and now my cheek and the corner of my mouth pull too. is it serious?"},
    {"text": "my lower eyelid keeps jumping since monday, I drink a lot of coffee. do I need an MRI?",
     "answers": {"spread_to_lower_face": "absent", "forced_eye_closure": "absent"}},
    {"text": "both my eyes keep blinking and squeezing shut, I am 62 and it is getting worse",
     "answers": {"ptosis": "unknown"}},
    {"text": "my face suddenly droops on the left and I can't lift my arm"},
    {"text": "my son has been blinking hard and sniffing for months, will it go away?"},
]


@dataclass
class Result:
    latencies: list[float] = field(default_factory=list)
    errors: dict[str, int] = field(default_factory=dict)
    seconds: float = 0.0

    def summary(self) -> dict[str, float | int | dict[str, int]]:
        ordered = sorted(self.latencies)

        def percentile(p: float) -> float:
            return round(ordered[min(len(ordered) - 1, int(p * len(ordered)))] * 1000, 1) if ordered else 0.0

        return {
            "requests": len(self.latencies) + sum(self.errors.values()),
            "ok": len(self.latencies),
            "errors": sum(self.errors.values()),
            "error_kinds": self.errors,
            "seconds": round(self.seconds, 2),
            "requests_per_second": round(len(self.latencies) / self.seconds, 1) if self.seconds else 0.0,
            "p50_ms": percentile(0.50),
            "p90_ms": percentile(0.90),
            "p99_ms": percentile(0.99),
            "mean_ms": round(statistics.fmean(ordered) * 1000, 1) if ordered else 0.0,
        }


def check_loopback(url: str) -> None:
    host = urlsplit(url).hostname or ""
    if host not in LOOPBACK:
        raise SystemExit(f"load.py only measures a server on this machine (127.0.0.1, localhost, ::1), not {host!r}")


async def run(url: str, requests: int, seconds: float, concurrency: int, warmup: int) -> Result:
    """Send ``requests`` consultations (or as many as fit in ``seconds``) from ``concurrency`` connections."""
    check_loopback(url)
    endpoint = url.rstrip("/") + "/v1/consult"
    bodies = [json.dumps(turn).encode() for turn in TURNS]
    headers = {"content-type": "application/json"}
    limits = httpx.Limits(max_connections=concurrency, max_keepalive_connections=concurrency)
    result = Result()
    async with httpx.AsyncClient(limits=limits, timeout=30.0) as client:
        for number in range(warmup):  # every worker has loaded its pipeline
            await client.post(endpoint, content=bodies[number % len(bodies)], headers=headers)
        sent = 0
        started = time.perf_counter()
        deadline = started + seconds

        async def user() -> None:
            nonlocal sent
            while sent < requests and time.perf_counter() < deadline:
                body = bodies[sent % len(bodies)]
                sent += 1
                begin = time.perf_counter()
                try:
                    response = await client.post(endpoint, content=body, headers=headers)
                    await response.aread()
                    kind = None if response.status_code == 200 else f"HTTP {response.status_code}"
                except httpx.HTTPError as error:
                    kind = type(error).__name__
                if kind is None:
                    result.latencies.append(time.perf_counter() - begin)
                else:
                    result.errors[kind] = result.errors.get(kind, 0) + 1

        await asyncio.gather(*(user() for _ in range(concurrency)))
        result.seconds = time.perf_counter() - started
    return result


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_until_up(url: str, process: subprocess.Popen, timeout: float = 60.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise SystemExit(f"the server exited with status {process.returncode}")
        try:
            if httpx.get(url + "/health", timeout=1.0).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.2)
    raise SystemExit(f"the server did not answer on {url} within {timeout:.0f} s")


def serve_and_measure(workers: int, args: argparse.Namespace) -> dict:
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    command = [sys.executable, "-m", "twitchcheck.interfaces.cli", "serve", "--port", str(port),
               "--workers", str(workers)]
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        wait_until_up(url, process)
        result = asyncio.run(run(url, args.requests, args.duration, args.concurrency, args.warmup))
    finally:
        process.terminate()
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            process.kill()
    return {"workers": workers, "concurrency": args.concurrency, **result.summary()}


def markdown(rows: list[dict]) -> str:
    lines = ["| workers | concurrency | requests | errors | requests/s | p50 ms | p90 ms | p99 ms |",
             "|---:|---:|---:|---:|---:|---:|---:|---:|"]
    lines += [f"| {r['workers']} | {r['concurrency']} | {r['requests']} | {r['errors']} | {r['requests_per_second']} "
              f"| {r['p50_ms']} | {r['p90_ms']} | {r['p99_ms']} |" for r in rows]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--url", default="http://127.0.0.1:8000", help="a running server (loopback only)")
    parser.add_argument("--serve", type=int, nargs="+", metavar="WORKERS",
                        help="start `twitchcheck serve` with each of these worker counts and measure it")
    parser.add_argument("--requests", type=int, default=3000, help=f"requests per run (at most {MAX_REQUESTS:,})")
    parser.add_argument("--duration", type=float, default=30.0, help=f"seconds per run at most (<= {MAX_SECONDS:.0f})")
    parser.add_argument("--concurrency", type=int, default=16, help="simultaneous connections")
    parser.add_argument("--warmup", type=int, default=40, help="requests sent before measuring")
    parser.add_argument("--json", action="store_true", help="print JSON lines instead of a table")
    args = parser.parse_args(argv)
    args.requests = max(1, min(args.requests, MAX_REQUESTS))
    args.duration = max(1.0, min(args.duration, MAX_SECONDS))
    if args.serve:
        rows = [serve_and_measure(workers, args) for workers in args.serve]
    else:
        check_loopback(args.url)
        rows = [{"workers": "?", "concurrency": args.concurrency,
                 **asyncio.run(run(args.url, args.requests, args.duration, args.concurrency, args.warmup)).summary()}]
    print("\n".join(json.dumps(r) for r in rows) if args.json else markdown(rows))
    return 1 if any(r["errors"] for r in rows) else 0


if __name__ == "__main__":
    os.environ.setdefault("PYTHONUNBUFFERED", "1")
    raise SystemExit(main())
