"""What startsteps.py and perfsteps.py share: the server's environment for a measured start, the readiness probe and
the Quarkus start-step lines of its log (-Dquarkus.debug.print-startup-times=true)."""
import datetime, os, re, urllib.request

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
PORT = os.environ.get("PORT", "18097")
STEP_LINE = re.compile(r"(\d+-\d+-\d+ \d+:\d+:\d+),(\d+) Build step (\S+) completed in: \d+ms")
READY = "readiness: the probe's answer after the last step"


def server_env():
    """The database DB (startloop_base) of the PostgreSQL at PG_PORT (55497), sample data off, on PORT."""
    return dict(os.environ, QUARKUS_DATASOURCE_JDBC_URL=f"jdbc:postgresql://localhost:{os.environ.get('PG_PORT', '55497')}/{os.environ.get('DB', 'startloop_base')}",
                QUARKUS_DATASOURCE_USERNAME="postgres", QUARKUS_DATASOURCE_JDBC_ACQUISITION_TIMEOUT="60S",
                QUARKUS_HTTP_PORT=PORT, NEWSGRAPH_SAMPLE_DATA="false", MP_JWT_VERIFY_ISSUER="newsgraph-dev",
                MP_JWT_VERIFY_PUBLICKEY_LOCATION=f"{ROOT}/dev-jwt/public-key.pem")


def ready():
    try:
        with urllib.request.urlopen(f"http://localhost:{PORT}/q/health/ready", timeout=1) as answer:
            return answer.status == 200
    except Exception:
        return False


def step_end(line):
    """(wall-clock time, step name) of a start step's log line, None for any other line."""
    if m := STEP_LINE.match(line):
        when = datetime.datetime.strptime(m.group(1), "%Y-%m-%d %H:%M:%S").replace(tzinfo=datetime.timezone.utc)
        return when.timestamp() + int(m.group(2)) / 1000, m.group(3)
    return None
