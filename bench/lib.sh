# Shared by the bench scripts (sourced, not run): start and stop Gatehouse on a scratch PostgreSQL database, and
# set it up through the product's own paths (the console's login and Create Client forms, /oauth2/token).
#
# A script sets PORT, DB and PASSWORD before sourcing this, and calls bench_cleanup from its EXIT trap.

readonly PG_HOST=127.0.0.1
readonly HOST="acme.localhost:${PORT}"
readonly BASE="http://${HOST}"
readonly START_TIMEOUT=120            # seconds for Gatehouse to start
readonly STOP_TIMEOUT=60              # seconds for a graceful stop
MAVEN_ARGS="${MAVEN_ARGS:-}"

PG_VERSION="$(ls /etc/postgresql | sort -n | tail -1)"
SCRATCH="$(mktemp -d -t gatehouse-bench-XXXXXX)"
APP_PID=""

log() { printf '==> %s\n' "$*" >&2; }
fail() { printf 'ERROR: %s\n' "$*" >&2; exit 1; }
psql_bench() { psql -h "${PG_HOST}" -U postgres -v ON_ERROR_STOP=1 -qtA "$@"; }
sql() { psql_bench -d "${DB}" -c "$1"; }
curl_acme() { curl -s --resolve "${HOST}:127.0.0.1" --max-time 30 "$@"; }

# Builds the jar when it is missing or older than the sources. With a Maven profile (bench/run passes "bench"),
# the build goes to target/<profile>/, apart from the production build in target/.
build_jar() {
  local profile="${1:-}" dir=target args=()
  [[ -n "${profile}" ]] && { dir="target/${profile}"; args=(-P"${profile}"); }
  local jar
  jar="$(ls "${dir}"/gatehouse-*.jar 2>/dev/null | grep -v original | head -1 || true)"
  if [[ -z "${jar}" ]] || [[ -n "$(find src bench pom.xml -newer "${jar}" -type f -not -path "bench/out/*" | head -1)" ]]; then
    log "Building the jar: mvn -B -q ${args[*]} -DskipTests package"
    # shellcheck disable=SC2086 # MAVEN_ARGS holds separate arguments on purpose
    mvn -B -q ${MAVEN_ARGS} "${args[@]}" -DskipTests package >&2 # stdout is the table's
    jar="$(ls "${dir}"/gatehouse-*.jar | grep -v original | head -1)"
  fi
  JAR="$(realpath "${jar}")"
}

create_database() {
  pg_isready -q -h "${PG_HOST}" || fail "PostgreSQL is not running on ${PG_HOST}:5432"
  psql_bench -d postgres -c "drop database if exists ${DB}" -c "create database ${DB}" >/dev/null
}

# Starts Gatehouse as in production (profile prod, plus PROFILES) on the scratch database, with the demo tenants
# seeded; extra arguments go to the application. Its pools keep their connections for POOL_LIFETIME_MS (2 h, longer
# than any bench script): HikariCP 7 replaces a connection 22.5 to 30 minutes after opening it (30 minutes less up
# to a quarter, at random), which fell in bench/run's last rounds: the side whose pool did so paid for the new
# backends and for its JIT compiling again the driver code a new connection runs (docs/decisions.md §49).
POOL_LIFETIME_MS="${POOL_LIFETIME_MS:-7200000}"
# The JVM options README.md's Production section gives, for every instance of every bench script (the baseline's as
# the product's): on two cores the parallel collector took 12-17% less CPU per request than G1 in three comparisons of
# five, the same in one and 5% more in one, the product and the baseline alike (docs/decisions.md §53). JAVA_OPTS=
# (empty) runs the JVM's defaults.
JAVA_OPTS="${JAVA_OPTS--XX:+UseParallelGC}"
# The java that runs every instance (bench/jvm-options gives each pair its own: JAVA_A, JAVA_B).
JAVA_BIN="${JAVA_BIN:-java}"
SERVER_KEY="$(head -c 32 /dev/urandom | base64)"
start_gatehouse() {
  ss -ltn | grep -q ":${PORT} " && fail "port ${PORT} is taken (set PORT=…)"
  log "Starting Gatehouse on PostgreSQL database ${DB}, port ${PORT} $* (log: ${SCRATCH}/gatehouse.log)"
  (cd "${SCRATCH}" && exec env GATEHOUSE_DEMO_PASSWORD="${PASSWORD}" GATEHOUSE_SECURITY_SERVER_KEY="${SERVER_KEY}" \
      "${JAVA_BIN}" ${JAVA_OPTS} -jar "${JAR}" \
      --spring.profiles.active="prod${PROFILES:+,${PROFILES}}" \
      --server.port="${PORT}" \
      --spring.datasource.url="jdbc:postgresql://${PG_HOST}:5432/${DB}" \
      --spring.datasource.username=postgres --spring.datasource.password= \
      --gatehouse.demo.enabled=true \
      --gatehouse.request-log.spool-dir="${SCRATCH}/spool" \
      --spring.datasource.hikari.max-lifetime="${POOL_LIFETIME_MS}" \
      "$@" >>"${SCRATCH}/gatehouse.log" 2>&1) &
  APP_PID=$!
  for _ in $(seq 1 "${START_TIMEOUT}"); do
    kill -0 "${APP_PID}" 2>/dev/null || fail "Gatehouse exited at start; see ${SCRATCH}/gatehouse.log"
    [[ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:${PORT}/actuator/health")" == 200 ]] && return
    sleep 1
  done
  fail "Gatehouse did not start within ${START_TIMEOUT} s"
}

# A graceful stop: the request-log writer drains what it holds.
stop_gatehouse() {
  [[ -n "${APP_PID}" ]] || return 0
  kill "${APP_PID}" 2>/dev/null || true
  for _ in $(seq 1 "${STOP_TIMEOUT}"); do kill -0 "${APP_PID}" 2>/dev/null || break; sleep 1; done
  kill -0 "${APP_PID}" 2>/dev/null && { kill -9 "${APP_PID}"; fail "Gatehouse did not stop within ${STOP_TIMEOUT} s"; }
  APP_PID=""
}

# For the EXIT trap: stops what was started and drops the scratch database; keeps the log when something failed.
bench_cleanup() {
  local status=$1
  set +e
  if [[ -n "${APP_PID}" ]] && kill -0 "${APP_PID}" 2>/dev/null; then
    kill "${APP_PID}" 2>/dev/null
    for _ in $(seq 1 "${STOP_TIMEOUT}"); do kill -0 "${APP_PID}" 2>/dev/null || break; sleep 1; done
    kill -9 "${APP_PID}" 2>/dev/null
  fi
  jobs -p | xargs -r kill 2>/dev/null
  psql_bench -d postgres -c "drop database if exists ${DB}" -c "drop database if exists ${DB}_ab" >/dev/null 2>&1
  if (( status != 0 )); then
    printf 'The Gatehouse log is kept in %s/gatehouse.log\n' "${SCRATCH}" >&2
  else
    rm -rf "${SCRATCH}"
  fi
}

metric() {
  curl -s --max-time 5 "http://127.0.0.1:${PORT}/actuator/prometheus" \
      | awk -v m="$1" '$1 == m { printf "%d", $2 }'
}

csrf() { grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="\([^"]*\)"/\1/'; }

# Logs in to acme's console as the demo admin; the session cookie is kept in ${SCRATCH}/cookies.
console_login() {
  local jar="${SCRATCH}/cookies" token
  token="$(curl_acme -c "${jar}" -b "${jar}" "${BASE}/console/login" | csrf)"
  curl_acme -c "${jar}" -b "${jar}" -o /dev/null --data-urlencode "_csrf=${token}" \
      --data-urlencode username=admin --data-urlencode "password=${PASSWORD}" "${BASE}/console/login"
}

console() { curl_acme -c "${SCRATCH}/cookies" -b "${SCRATCH}/cookies" "$@"; }

# Creates a client with the console's Create Client form; the form fields come as arguments
# (name=…, accessLevel=…, scopes=…). Sets CLIENT_ID and CLIENT_SECRET.
create_client() {
  local token page args=() field
  # No form (the session is gone) is said below, not ended silently by pipefail.
  token="$(console "${BASE}/console/settings/api/clients/new" | csrf || true)"
  [[ -n "${token}" ]] || fail "could not log in to the console as admin"
  for field in "$@"; do args+=(--data-urlencode "${field}"); done
  page="$(console --data-urlencode "_csrf=${token}" --data-urlencode expiration=MONTH "${args[@]}" \
      "${BASE}/console/settings/api/clients/new")"
  CLIENT_ID="$(grep -o 'id="client-id">[^<]*' <<<"${page}" | sed 's/.*>//')"
  CLIENT_SECRET="$(grep -o 'class="secret">[^<]*' <<<"${page}" | sed 's/.*>//')"
  [[ "${CLIENT_ID}" == gci_* && "${CLIENT_SECRET}" == gcs_* ]] || fail "the console did not create the client ($1)"
}

# An access token for the client, from /oauth2/token.
access_token() {
  curl_acme -u "$1:$2" -d grant_type=client_credentials "${BASE}/oauth2/token" \
      | grep -o '"access_token":"[^"]*"' | sed 's/.*:"\([^"]*\)"/\1/'
}
