"""End-to-end fixtures: `twitchcheck serve` on a free loopback port, and Debian's Chromium under Playwright.

The browser is the system one (/usr/bin/chromium, from `apt-get install chromium`);
nothing is ever downloaded.  Without it the browser tests skip, except in CI
(the CI environment variable is set), where they fail: CI must run them.
"""

from __future__ import annotations

import contextlib
import os
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                  "--disable-background-networking", "--disable-component-update", "--disable-sync",
                  "--disable-dev-shm-usage"]
SCREENSHOTS_ENV = "TWITCHCHECK_SCREENSHOTS"
_screenshot_dirs: list[Path] = []


@dataclass
class Server:
    url: str
    log: Path
    process: subprocess.Popen


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _wait_until_up(server: Server, timeout: float = 90.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if server.process.poll() is not None:
            raise RuntimeError(f"twitchcheck serve exited ({server.process.returncode}):\n{server.log.read_text()}")
        try:
            with urllib.request.urlopen(server.url + "/health", timeout=2) as response:
                if response.status == 200:
                    return
        except OSError:
            time.sleep(0.2)
    raise RuntimeError(f"twitchcheck serve did not answer within {timeout:.0f} s:\n{server.log.read_text()}")


@contextlib.contextmanager
def running_server(folder: Path, workers: int = 1) -> Iterator[Server]:
    """`twitchcheck serve` in a subprocess on 127.0.0.1; stopped (SIGTERM) afterwards."""
    port = free_port()
    log = folder / f"serve-{port}.log"
    command = [sys.executable, "-m", "twitchcheck.interfaces.cli", "serve", "--host", "127.0.0.1",
               "--port", str(port), "--workers", str(workers)]
    with log.open("wb") as output:
        process = subprocess.Popen(command, stdout=output, stderr=subprocess.STDOUT)
    server = Server(url=f"http://127.0.0.1:{port}", log=log, process=process)
    try:
        _wait_until_up(server)
        yield server
    finally:
        process.terminate()
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


@pytest.fixture(scope="session")
def server(tmp_path_factory) -> Iterator[Server]:
    with running_server(tmp_path_factory.mktemp("server")) as started:
        yield started


@pytest.fixture
def start_server(tmp_path):
    """Start another server, e.g. with several workers: ``with start_server(workers=2) as server: ...``."""
    return lambda workers=1: running_server(tmp_path, workers=workers)


def _unavailable(reason: str) -> None:
    if os.environ.get("CI"):
        pytest.fail(f"{reason} (the CI variable is set, so the browser tests must run)", pytrace=False)
    pytest.skip(reason)


@pytest.fixture(scope="session")
def browser():
    if not CHROMIUM.exists():
        _unavailable(f"{CHROMIUM} is missing: install it with `apt-get install chromium`")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        _unavailable("playwright is not installed: pip install -e '.[test]'")
    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_FLAGS)
        yield launched
        launched.close()


@pytest.fixture(scope="session")
def screenshots(tmp_path_factory) -> Path:
    """Where the browser tests keep their screenshots (a pytest temporary folder unless set)."""
    chosen = os.environ.get(SCREENSHOTS_ENV)
    folder = Path(chosen) if chosen else tmp_path_factory.mktemp("screenshots")
    folder.mkdir(parents=True, exist_ok=True)
    _screenshot_dirs.append(folder)
    return folder


def pytest_terminal_summary(terminalreporter) -> None:
    for folder in _screenshot_dirs:
        count = len(list(folder.glob("*.png")))
        terminalreporter.write_line(f"browser screenshots ({count}): {folder}")
