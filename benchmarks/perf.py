"""Speed of the pipeline: latency by message length, batch throughput, cold start, memory.

Usage (from the project root, with the project installed in .venv):
    python benchmarks/perf.py                 # all measurements, a table on stdout
    python benchmarks/perf.py --quick         # fewer repetitions
    python benchmarks/perf.py --json out.json

Each measurement warms up first and repeats; the machine is noisy (2 cores), so the
tokenizer ratio (pipeline time / time to merely tokenise the same text with spaCy's
English tokenizer) is the figure to compare across machines, and the CPU seconds of the
``--jsonl`` and cold-start runs (which other programs on the machine do not inflate) the
figure to compare between runs on one busy machine.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEV_CASES = ROOT.parent / "shared" / "eval" / "dev-cases.jsonl"
BIN = Path(sys.executable).parent

SENTENCES = [
    "My left upper eyelid has been twitching on and off for about ten days.",
    "It comes and goes, a few seconds at a time, mostly in the evening when I am tired.",
    "I drink four or five coffees a day and I have been sleeping badly because of work.",
    "Nothing else on my face moves and I have no weakness or drooping.",
    "My husband says he can barely see it, but it drives me crazy.",
    "I work at a computer all day and my eyes often feel dry and gritty.",
    "Last year the same thing happened during exams and it went away after two weeks.",
    "Should I be worried about this, and do I need an MRI?",
    "Could it be because of stress, or maybe a lack of magnesium?",
    "What can I do at home to make it stop?",
]


def message(words: int) -> str:
    """A realistic message of about ``words`` words, made by repeating varied sentences."""
    out: list[str] = []
    count = 0
    index = 0
    while count < words:
        sentence = SENTENCES[index % len(SENTENCES)]
        out.append(sentence)
        count += len(sentence.split())
        index += 1
    return " ".join(out)


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(q * (len(ordered) - 1))))]


def spacy_tokenizer():
    """spaCy's own English tokenizer, built as ``spacy.blank("en")`` builds it: the yardstick.  (The
    pipeline's gives the same tokens but adds spaCy's special cases as texts need them, a check
    per text that belongs to our cost, not to the yardstick's.)"""
    import spacy

    return spacy.blank("en").tokenizer


def latency(repeats: int) -> list[dict]:
    from twitchcheck import consult

    tokenizer = spacy_tokenizer()
    rows = []
    for words in (10, 100, 500, 2000):
        text = message(words)
        for _ in range(5):
            consult(text)
            tokenizer(text)
        times, token_times = [], []
        for _ in range(repeats):
            start = time.perf_counter()
            consult(text)
            times.append(time.perf_counter() - start)
            start = time.perf_counter()
            tokenizer(text)
            token_times.append(time.perf_counter() - start)
        rows.append({
            "words": len(text.split()),
            "p50_ms": 1000 * percentile(times, 0.5),
            "p95_ms": 1000 * percentile(times, 0.95),
            "tokenize_p50_ms": 1000 * percentile(token_times, 0.5),
            "ratio_to_tokenizer": percentile(times, 0.5) / percentile(token_times, 0.5),
        })
    return rows


def _jsonl_feed(repeat: int) -> bytes:
    cases = [json.loads(line) for line in DEV_CASES.read_text().splitlines() if line.strip()]
    lines = [json.dumps({"id": f"{c['id']}-{i}", "text": c["text"]}) for i in range(repeat) for c in cases]
    return ("\n".join(lines) + "\n").encode()


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def _timed_run(command: list[str], feed: bytes | None = None) -> tuple[float, float, subprocess.CompletedProcess]:
    """Wall and CPU seconds (user + system, the process and its workers) of one run."""
    cpu, start = _children_cpu(), time.perf_counter()
    result = subprocess.run(command, input=feed, capture_output=True, check=True)
    return time.perf_counter() - start, _children_cpu() - cpu, result


def _side_by_side(commands: list[tuple[list[str], bytes]]) -> float:
    """Wall seconds of ``commands`` (each with its standard input) run at the same time."""
    import tempfile

    with tempfile.TemporaryDirectory() as folder:
        inputs = []
        for index, (_command, feed) in enumerate(commands):
            path = Path(folder) / f"in{index}"
            path.write_bytes(feed)
            inputs.append(path)
        start = time.perf_counter()
        running = []
        for (command, _feed), path in zip(commands, inputs):
            with path.open("rb") as stdin:
                running.append(subprocess.Popen(command, stdin=stdin, stdout=subprocess.DEVNULL))
        for process in running:
            if process.wait() != 0:
                raise subprocess.CalledProcessError(process.returncode, process.args)
        return time.perf_counter() - start


#: A pure-Python loop of about a second: what two cores give to work that shares nothing.
SPIN = [sys.executable, "-c", "s = 0\nfor i in range(12_000_000): s += i"]


def throughputs(repeat: int, workers: tuple[int, ...] = (1, 2), runs: int = 3) -> list[dict]:
    """Whole ``--jsonl`` runs with each number of ``workers``, in alternation (1, 2, 1, 2, ...: the
    host's speed drifts within minutes, so each pair of runs is compared), in wall and CPU time;
    the median of ``runs`` runs of each, and the median of the pairs' speed-ups.

    Beside each pair, two yardsticks of what the machine gives to two processes at that moment:
    the same input as two independent ``--jsonl`` processes on its halves, side by side (the best
    any parallel batch could do, each loading its own pipeline at the same time), and a
    pure-Python loop run once alone and twice side by side (the cores themselves; on a shared
    virtual machine two busy vCPUs rarely give 2x).
    """
    feed = _jsonl_feed(repeat)
    lines = feed.splitlines(keepends=True)
    halves = [b"".join(lines[:len(lines) // 2]), b"".join(lines[len(lines) // 2:])]
    walls: dict[int, list[float]] = {count: [] for count in workers}
    cpus: dict[int, list[float]] = {count: [] for count in workers}
    halves_walls: list[float] = []
    spin_speedups: list[float] = []
    outputs: dict[int, subprocess.CompletedProcess] = {}
    one_process = [str(BIN / "twitchcheck"), "consult", "--jsonl"]
    for _ in range(runs):
        for count in workers:
            command = one_process + (["--workers", str(count)] if count > 1 else [])
            wall, cpu, outputs[count] = _timed_run(command, feed)
            walls[count].append(wall)
            cpus[count].append(cpu)
        halves_walls.append(_side_by_side([(one_process, half) for half in halves]))
        alone = _side_by_side([(SPIN, b"")])
        spin_speedups.append(2 * alone / _side_by_side([(SPIN, b""), (SPIN, b"")]))
    rows = []
    for count in workers:
        lines = outputs[count].stdout.decode().splitlines()
        errors = sum(1 for line in lines if '"error"' in line[:200])
        wall = statistics.median(walls[count])
        rows.append({"workers": count, "consultations": len(lines), "errors": errors, "wall_s": wall,
                     "cpu_s": statistics.median(cpus[count]), "runs": runs, "per_second": len(lines) / wall,
                     "paired_speedup": statistics.median(one / many for one, many in zip(walls[workers[0]], walls[count]))})
        if count == 2:
            rows[-1]["halves_speedup"] = statistics.median(
                one / both for one, both in zip(walls[workers[0]], halves_walls))
            rows[-1]["spin_speedup"] = statistics.median(spin_speedups)
            rows[-1]["spin_speedups"] = spin_speedups
    return rows


def tokenize_dev_cases(rounds: int = 200) -> float:
    """Seconds to tokenise one dev-case text with spaCy's English tokenizer (the yardstick)."""
    tokenizer = spacy_tokenizer()
    texts = [json.loads(line)["text"] for line in DEV_CASES.read_text().splitlines() if line.strip()]
    for text in texts:
        tokenizer(text)
    start = time.perf_counter()
    for _ in range(rounds):
        for text in texts:
            tokenizer(text)
    return (time.perf_counter() - start) / (rounds * len(texts))


def cold_start(runs: int) -> dict:
    command = [str(BIN / "twitchcheck"), "consult", "--json", "my left eyelid keeps twitching"]
    _timed_run(command)  # the first run after an install or a knowledge edit fills the caches
    times, cpus = [], []
    for _ in range(runs):
        wall, cpu, _result = _timed_run(command)
        times.append(wall)
        cpus.append(cpu)
    return {"runs": runs, "median_s": statistics.median(times), "best_s": min(times),
            "cpu_median_s": statistics.median(cpus), "cpu_best_s": min(cpus)}


def peak_memory(repeat: int) -> dict:
    feed = _jsonl_feed(repeat)
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    subprocess.run([str(BIN / "twitchcheck"), "consult", "--jsonl"], input=feed, capture_output=True, check=True)
    after = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return {"peak_rss_mb": max(before, after) / 1024}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--json")
    args = parser.parse_args()
    repeats = 30 if args.quick else 200
    figures = {"machine": {"cpus": os.cpu_count(), "python": sys.version.split()[0]}}
    figures["memory"] = peak_memory(60)  # first: the children's peak is the largest of any child so far
    figures["latency"] = latency(repeats)
    figures["throughput"] = throughputs(60 if args.quick else 240)
    figures["cold_start"] = cold_start(3 if args.quick else 10)
    start_up = figures["cold_start"]["median_s"]
    figures["tokenize_dev_case_s"] = tokenize_dev_cases()
    cpu_start_up = figures["cold_start"]["cpu_median_s"]
    for row in figures["throughput"]:
        row["per_second_after_start"] = row["consultations"] / max(row["wall_s"] - start_up, 1e-6)
        # consultations per second of CPU (all processes), which other programs on the machine do not
        # take from us: the figure to compare on a busy machine
        row["cpu_per_second_after_start"] = row["consultations"] / max(row["cpu_s"] - cpu_start_up, 1e-6)
        # the cost of one consultation in the batch, in units of merely tokenising its text
        row["ratio_to_tokenizer"] = row["workers"] / row["per_second_after_start"] / figures["tokenize_dev_case_s"]
    print("latency (in-process, one consultation)")
    print(f"  {'words':>6} {'p50 ms':>8} {'p95 ms':>8} {'tokenize ms':>12} {'ratio':>7}")
    for row in figures["latency"]:
        print(f"  {row['words']:>6} {row['p50_ms']:8.2f} {row['p95_ms']:8.2f} {row['tokenize_p50_ms']:12.3f} "
              f"{row['ratio_to_tokenizer']:7.1f}")
    for row in figures["throughput"]:
        print(f"--jsonl, {row['workers']} worker(s): {row['per_second']:.0f} consultations/s with the process start, "
              f"{row['per_second_after_start']:.0f}/s after it ({row['consultations']} in {row['wall_s']:.2f} s, "
              f"{row['errors']} errors; median of {row['runs']} runs; "
              f"tokenizer ratio {row['ratio_to_tokenizer']:.0f}); "
              f"CPU: {row['cpu_s']:.2f} s, {row['cpu_per_second_after_start']:.0f}/s of CPU after the start"
              + (f"; {row['paired_speedup']:.2f}x one worker, median of the alternated pairs" if row["workers"] > 1 else ""))
        if "halves_speedup" in row:
            print(f"  yardsticks of the same moments: two independent --jsonl processes on the halves "
                  f"{row['halves_speedup']:.2f}x one; a pure-Python loop twice side by side "
                  f"{row['spin_speedup']:.2f}x once alone ({', '.join(f'{x:.2f}' for x in row['spin_speedups'])}); "
                  f"--workers 2 reaches {row['paired_speedup'] / row['halves_speedup']:.0%} of the first")
    cold = figures["cold_start"]
    print(f"cold start of one consult --json: median {cold['median_s']:.2f} s, best {cold['best_s']:.2f} s "
          f"(CPU: median {cold['cpu_median_s']:.2f} s, best {cold['cpu_best_s']:.2f} s)")
    print(f"peak memory of a --jsonl run: {figures['memory']['peak_rss_mb']:.0f} MB")
    if args.json:
        Path(args.json).write_text(json.dumps(figures, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
