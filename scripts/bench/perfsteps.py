#!/usr/bin/env python3
"""Where a native executable's start goes, by Quarkus start step and by thread: perf's samples of every thread until
readiness, each placed in the start step that was running (its wall-clock end logged by
-Dquarkus.debug.print-startup-times=true), the main thread's samples split into user code (by component, when the
executable has symbols) and kernel work (page faults, each system call). The steps the main thread waits in show the
threads it waits for (Hibernate ORM's start thread, the pool's connection thread).

    NATIVE=target/newsgraph-1.0.0-SNAPSHOT-runner DB=startloop_main PG_PORT=55497 ROUNDS=2 scripts/bench/perfsteps.py

Starts NATIVE (with NATIVE_OPTS, -Xmx512m) ROUNDS (1) times under `perf record -k CLOCK_REALTIME -F FREQ (4000)
--call-graph CALL_GRAPH` (fp; dwarf,16384 for a build with symbols, so that a JDK frame is charged to its caller)
on the database DB (migrated; sample data off) of the PostgreSQL at PG_PORT, until /q/health/ready answers UP, and
prints each step's milliseconds of main-thread CPU (one sample is 1/FREQ s) with their kind and the other threads'
CPU in that step; then the totals by readiness. A build with symbols (-Dquarkus.native.debug.enabled=true) names the
user code by the package of its innermost frame outside the JDK and the runtime (COMPONENTS); without them user code
is one line. perf.data is kept in target/.
Needs perf (root or perf_event_paranoid <= 1). Settings: PORT (18097), FREQ, TOP (kinds listed per step, 4).
"""
import collections, os, re, statistics, subprocess, sys, time

from startlog import READY, ROOT, ready, server_env, step_end

NATIVE = os.environ["NATIVE"]
FREQ = int(os.environ.get("FREQ", "4000"))
# the innermost frame of one of these packages names a user sample's component (first match wins)
COMPONENTS = [("dev.newsgraph.", "ours"), ("org.flywaydb", "Flyway"), ("io.quarkus.flyway", "Flyway"),
              ("org.postgresql", "PostgreSQL driver"), ("io.agroal", "Agroal pool"), ("io.quarkus.agroal", "Agroal pool"),
              ("org.hibernate.validator", "Hibernate Validator"), ("org.hibernate", "Hibernate ORM"),
              ("io.quarkus.hibernate", "Hibernate ORM"), ("graphql.", "graphql-java"),
              ("io.smallrye.graphql", "SmallRye GraphQL"), ("io.smallrye.config", "configuration"),
              ("io.quarkus.runtime.configuration", "configuration"), ("io.opentelemetry", "OpenTelemetry"),
              ("io.quarkus.opentelemetry", "OpenTelemetry"), ("io.micrometer", "Micrometer"),
              ("io.quarkus.micrometer", "Micrometer"), ("io.vertx", "Vert.x"), ("io.netty", "Netty"),
              ("io.quarkus.vertx", "Vert.x"), ("com.fasterxml.jackson", "Jackson"), ("io.quarkus.arc", "ArC"),
              ("io.smallrye.health", "health"), ("com.arjuna", "Narayana"), ("io.quarkus.narayana", "Narayana"),
              ("io.smallrye.jwt", "JWT"), ("io.quarkus.security", "security"), ("org.jboss.logmanager", "logging"),
              ("io.quarkus.runtime.logging", "logging"), ("com.oracle.svm.core.genscavenge", "GC"),
              ("com.oracle.svm", "Native Image runtime"), ("io.quarkus", "Quarkus, other"), ("java.", "JDK"),
              ("jdk.", "JDK"), ("sun.", "JDK")]

GENERIC = {"JDK", "Native Image runtime", "GC"}


def record(data, log_path):
    env = server_env()
    command = ["perf", "record", "-q", "-k", "CLOCK_REALTIME", "-F", str(FREQ), "--call-graph",
               os.environ.get("CALL_GRAPH", "fp"), "-o", data, "--", NATIVE] \
        + os.environ.get("NATIVE_OPTS", "-Xmx512m").split() + ["-Dquarkus.debug.print-startup-times=true"]
    with open(log_path, "w") as log:
        perf = subprocess.Popen(command, stdout=log, stderr=subprocess.STDOUT, env=env)
        while not ready():
            if perf.poll() is not None:
                sys.exit(f"the server exited, see {log_path}")
            time.sleep(0.005)
        ready_at = time.time()
        server = subprocess.run(["pgrep", "-P", str(perf.pid)], capture_output=True, text=True).stdout.split()[0]
        subprocess.run(["kill", server])
        perf.wait()
    return ready_at, server


def step_ends(log_path, ready_at):
    ends = []
    for line in open(log_path, errors="replace"):
        if end := step_end(line):
            ends.append(end)
    return sorted(ends) + [(ready_at, READY)]


def samples(data):
    """(thread id, thread name, time, frames innermost first) of each sample."""
    script = subprocess.run(["perf", "script", "-i", data, "-F", "comm,tid,time,ip,sym,dso"], capture_output=True,
                            text=True).stdout
    sample = None
    for line in script.split("\n"):
        if not line.strip():
            if sample:
                yield sample
            sample = None
        elif sample is None:
            m = re.match(r"\s*(.+?)\s+(\d+)\s+(\d+\.\d+):", line)
            sample = (m.group(2), m.group(1).strip(), float(m.group(3)), []) if m else None
        else:
            parts = line.strip().split(None, 1)
            if len(parts) == 2:
                sample[3].append(parts[1])
    if sample:
        yield sample


def kind(frames):
    """What the main thread was doing: kernel work by system call or page fault, user code by component."""
    if frames and "[kernel.kallsyms]" in frames[0]:
        for frame in frames:
            if m := re.search(r"__(?:x64|do)_sys_(\w+)", frame):
                return "kernel: " + m.group(1)
            if "exc_page_fault" in frame or "handle_mm_fault" in frame:
                return "kernel: page faults"
        return "kernel: other"
    found = [component for frame in frames for prefix, component in COMPONENTS
             if frame.split(" (")[0].replace("::", ".").startswith(prefix)]
    # the innermost frame outside the JDK and the runtime names what the code was for, when the stack reaches one
    return next((c for c in found if c not in GENERIC), found[0] if found else "user code (no symbols)")


def one_start(round_):
    data, log_path = f"{ROOT}/target/perfsteps-{round_}.data", f"{ROOT}/target/perfsteps-{round_}.log"
    ready_at, server = record(data, log_path)
    ends = step_ends(log_path, ready_at)
    by_step, kinds = collections.defaultdict(collections.Counter), collections.defaultdict(collections.Counter)
    for tid, name, when, frames in samples(data):
        step = next((step for end, step in ends if end >= when), None)
        if step is None:
            continue  # after readiness
        if tid == server:
            by_step[step]["main"] += 1
            kinds[step][kind(frames)] += 1
        else:
            by_step[step][re.sub(r"[-#]?\d+$", "", name)] += 1
    return [step for _, step in ends], by_step, kinds


def main():
    ms = lambda n: n * 1000 / FREQ
    runs = [one_start(r) for r in range(int(os.environ.get("ROUNDS", "1")))]
    order = list(dict.fromkeys(step for run in runs for step in run[0]))
    print(f"CPU ms by start step, median of {len(runs)} starts: main thread [what it did], other threads")
    totals = collections.defaultdict(list)
    for step in order:
        main_ms = statistics.median(ms(run[1][step]["main"]) for run in runs)
        kinds, others = collections.Counter(), collections.Counter()
        for run in runs:
            kinds.update(run[2][step])
            others.update({name: n for name, n in run[1][step].items() if name != "main"})
        others_ms = {name: ms(n) / len(runs) for name, n in others.items()}
        if main_ms < 1 and not any(v >= 2 for v in others_ms.values()):
            continue
        what = ", ".join(f"{k} {ms(n) / len(runs):.0f}" for k, n in kinds.most_common(int(os.environ.get("TOP", "4"))))
        threads = ", ".join(f"{name} {v:.0f}" for name, v in sorted(others_ms.items(), key=lambda i: -i[1]) if v >= 2)
        print(f"{main_ms:6.0f}  {step} [{what}]" + (f"; other threads: {threads}" if threads else ""))
    for run in runs:
        by_thread, by_kind = collections.Counter(), collections.Counter()
        for step in run[0]:
            by_thread.update(run[1][step])
            by_kind.update(run[2][step])
        print("by readiness: " + ", ".join(f"{name} {ms(n):.0f}" for name, n in by_thread.most_common() if ms(n) >= 1)
              + "; main thread: " + ", ".join(f"{k} {ms(n):.0f}" for k, n in by_kind.most_common(8))
              + f"; load {os.getloadavg()[0]:.1f}")


main()
