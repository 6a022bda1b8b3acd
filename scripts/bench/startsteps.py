#!/usr/bin/env python3
"""Where the start's main thread spends its CPU: the JVM's own phases and each Quarkus start step, in CPU milliseconds.

    APP=/tmp/app JAVA=/usr/lib/jvm/temurin-25-jdk-amd64/bin/java OPTS="-XX:AOTCache=/tmp/app/app.aot" \\
      DB=startloop_base PG_PORT=55497 ROUNDS=3 scripts/bench/startsteps.py

Starts APP/quarkus-run.jar ROUNDS (3) times, one after the other, on the database DB of the PostgreSQL at PG_PORT
(running, DB migrated: scripts/bench/startloop.sh leaves both), with NEWSGRAPH_SAMPLE_DATA=false, and reads the CPU
time of the thread that runs the start (/proc/<pid>/task/<tid>/schedstat) every 2 ms until /q/health/ready answers UP.
The JVM logs its phases (-Xlog:startuptime, -Xlog:aot) and Quarkus each start step as it ends
(-Dquarkus.debug.print-startup-times=true, io.quarkus.runtime.util.StepTiming), both with wall-clock times; the CPU the
thread used between the end of one and the end of the next is that step's. On a loaded machine the wall-clock times of
the steps measure the machine; their CPU measures the service. Prints each step's median over the rounds (steps
below MIN, 10 ms, are summed in one line), then the CPU of the process and its busiest threads by readiness.
Each step's line also gives the milliseconds the thread waited for a core (schedstat) and the rest of its wall-clock
time, when it was blocked: on the database, a socket, a lock or another thread.
NATIVE=path/to/runner starts that native executable instead (with NATIVE_OPTS, -Xmx512m; its main() runs in the
process's first thread; no JVM phases).
Settings: OPTS, PORT (18097), MIN, TOP (threads listed, 6), KEEP_LOGS (the JVM's output of each start, to target/).
"""
import collections, datetime, os, re, statistics, subprocess, sys, time

from startlog import READY, ROOT, ready, server_env, step_end

NATIVE = os.environ.get("NATIVE")
APP = None if NATIVE else os.environ["APP"]
JAVA = os.environ.get("JAVA", "java")
# -Xlog:aot only with an AOT cache: a JDK before 24 refuses the tag.
LOGS = ["-Xlog:startuptime:stdout:utctime", "-Dquarkus.debug.print-startup-times=true"] \
    + (["-Xlog:aot=info:stdout:utctime"] if "AOTCache" in os.environ.get("OPTS", "") else [])
JVM_PHASES = {  # a log line of the JVM's -> the phase that ends with it
    "Mapped static  region #2": "JVM: create the VM, map the class cache",
    "archived module property jdk.module.main": "JVM: relocate the class cache (pointers rewritten)",
    "Initialize module system": "JVM: genesis, java.lang classes, module system",
    "Create VM": "JVM: load the cache's AOT-linked classes, rest of VM creation",
}
JVM_LINE = re.compile(r"\[(\d+-\d+-\d+T\d+:\d+:\d+\.\d+)\+0000\] (.*)")


def start_thread(pid):
    """main() runs in a native executable's first thread; in a JVM, in the thread named java that is not the
    launcher's first thread."""
    if NATIVE:
        return str(pid)
    for tid in os.listdir(f"/proc/{pid}/task"):
        if tid != str(pid) and open(f"/proc/{pid}/task/{tid}/comm").read().strip() == "java":
            return tid
    return None


def threads_cpu(pid):
    hz, by_name = os.sysconf("SC_CLK_TCK"), collections.Counter()
    for tid in os.listdir(f"/proc/{pid}/task"):
        try:
            stat = open(f"/proc/{pid}/task/{tid}/stat").read()
        except FileNotFoundError:
            continue
        fields = stat[stat.rindex(")") + 2:].split()
        by_name[stat[stat.index("(") + 1:stat.rindex(")")]] += (int(fields[11]) + int(fields[12])) / hz
    return by_name


def one_start(log_path):
    env = server_env()
    if NATIVE:
        command = [NATIVE] + os.environ.get("NATIVE_OPTS", "-Xmx512m").split() + [LOGS[1]]
    else:
        command = [JAVA] + os.environ.get("OPTS", "").split() + LOGS + ["-jar", f"{APP}/quarkus-run.jar"]
    with open(log_path, "w") as log:
        launched = time.time()
        server = subprocess.Popen(command, stdout=log, stderr=subprocess.STDOUT, env=env)
        samples, tid, probed = [], None, 0.0
        while True:
            now = time.time()
            tid = tid or start_thread(server.pid)
            if tid:
                samples.append((now, *map(int, open(f"/proc/{server.pid}/task/{tid}/schedstat").read().split()[:2])))
            if now - probed > 0.02:
                probed = now
                if ready():
                    break
            if server.poll() is not None:
                sys.exit(f"the server exited, see {log_path}")
            time.sleep(0.002)
        ready_at, threads = time.time(), threads_cpu(server.pid)
        server.terminate()
        server.wait()
    ends = []  # (wall-clock time, name of what ended then)
    for line in open(log_path, errors="replace"):
        if end := step_end(line):
            ends.append(end)
        elif m := JVM_LINE.match(line):
            for mark, phase in JVM_PHASES.items():
                if m.group(2).startswith(mark):
                    when = datetime.datetime.strptime(m.group(1), "%Y-%m-%dT%H:%M:%S.%f")
                    ends.append((when.replace(tzinfo=datetime.timezone.utc).timestamp(), phase))
    ends.append((ready_at, READY))

    def at(when, field):  # the thread's CPU (1) or wait for a core (2), ns, at a wall-clock time
        before = samples[0]
        for sample in samples:
            if sample[0] >= when:
                share = (when - before[0]) / max(sample[0] - before[0], 1e-9)
                return before[field] + (sample[field] - before[field]) * share
            before = sample
        return samples[-1][field]

    # per step: CPU ms, ms waiting for a core, ms blocked (the rest of the step's wall-clock time)
    steps, waits, blocked = collections.Counter(), collections.Counter(), collections.Counter()
    previous = (launched, 0, 0)
    for when, name in sorted(ends):
        now = (when, at(when, 1), at(when, 2))
        steps[name] += (now[1] - previous[1]) / 1e6
        waits[name] += (now[2] - previous[2]) / 1e6
        blocked[name] += max(0.0, (now[0] - previous[0]) * 1e3 - (now[1] - previous[1]) / 1e6 - (now[2] - previous[2]) / 1e6)
        previous = now
    return steps, ready_at - launched, threads, waits, blocked


def main():
    rounds, minimum = int(os.environ.get("ROUNDS", "3")), float(os.environ.get("MIN", "10"))
    runs = []
    for round_ in range(rounds):
        log = f"{ROOT}/target/startsteps-{round_}.log" if os.environ.get("KEEP_LOGS") else f"{ROOT}/target/startsteps.log"
        runs.append(one_start(log))
    order = list(dict.fromkeys(name for run in runs for name in run[0]))

    def median(index, name):
        return statistics.median(run[index].get(name, 0.0) for run in runs)

    shown = [name for name in order if median(0, name) >= minimum or median(4, name) >= minimum]
    print(f"main thread by step, median of {rounds} starts: CPU ms (each start's value), ms waiting for a core, ms blocked")
    for name in shown:
        values = ", ".join(f"{run[0].get(name, 0.0):.0f}" for run in runs)
        print(f"{median(0, name):7.0f}  {name}  ({values}); waiting {median(3, name):.0f}, blocked {median(4, name):.0f}")
    rest = [name for name in order if name not in shown]
    print(f"{sum(median(0, name) for name in rest):7.0f}  the other steps, each under {minimum:.0f} ms of CPU and of "
          f"blocking; waiting {sum(median(3, name) for name in rest):.0f}, blocked {sum(median(4, name) for name in rest):.0f}")
    for steps, seconds, threads, waits, blocked in runs:
        busiest = ", ".join(f"{name} {cpu:.2f}" for name, cpu in threads.most_common(int(os.environ.get("TOP", "6"))))
        print(f"ready {seconds:.2f} s; main thread {sum(steps.values()):.0f} ms CPU, {sum(waits.values()):.0f} ms waiting, "
              f"{sum(blocked.values()):.0f} ms blocked; process {sum(threads.values()):.2f} s: {busiest}; "
              f"load {os.getloadavg()[0]:.1f}")


main()
