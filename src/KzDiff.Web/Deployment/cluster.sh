#!/usr/bin/env bash
# A local KzDiff cluster on 127.0.0.1: PostgreSQL, one web process and two worker processes, all
# the same published KzDiff.Web executable with a different KzDiff:Role (README, "Processes by role").
#
#   src/KzDiff.Web/Deployment/cluster.sh start     # publish (first time), start everything, wait until healthy
#   src/KzDiff.Web/Deployment/cluster.sh status    # each process: pid and /health
#   src/KzDiff.Web/Deployment/cluster.sh stop      # workers and web (SIGTERM: running jobs are handed back), then PostgreSQL
#
# Everything lives under jobs/cluster/ (app, PostgreSQL data, logs, pid files). Settings (environment):
#   KZDIFF_CLUSTER_POSTGRES  an Npgsql connection string of an existing database: no PostgreSQL is started
#   KZDIFF_CLUSTER_PG_PORT   port of the cluster's own PostgreSQL (5433)
#   KZDIFF_CLUSTER_WEB_PORT  the web process (5080); workers answer /health on the next two ports
#   KZDIFF_CLUSTER_REBUILD=1 publish again (after changing the sources)
# Any other KzDiff__* variable (KzDiff__Jobs__WorkerCount, ...) is passed on to every process.
set -euo pipefail
root="$(cd "$(dirname "$0")/../../.." && pwd)"
dir="$root/jobs/cluster"
app="$dir/app"
pg_data="$dir/pg"
pg_port="${KZDIFF_CLUSTER_PG_PORT:-5433}"
web_port="${KZDIFF_CLUSTER_WEB_PORT:-5080}"
workers=(worker-1 worker-2)

pg_bin() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n1; }

# PostgreSQL refuses to run as root: run its tools as the postgres user then.
as_pg() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

connection_string() {
  if [ -n "${KZDIFF_CLUSTER_POSTGRES:-}" ]; then
    echo "$KZDIFF_CLUSTER_POSTGRES"
  else
    echo "Host=127.0.0.1;Port=$pg_port;Username=postgres;Database=kzdiff"
  fi
}

wait_healthy() { # name port seconds
  local deadline=$((SECONDS + $3))
  until curl -fsS "http://127.0.0.1:$2/health" >/dev/null 2>&1; do
    if ! kill -0 "$(cat "$dir/$1.pid")" 2>/dev/null; then
      echo "$1 exited while starting; last lines of $dir/$1.log:" >&2
      tail -n 30 "$dir/$1.log" >&2
      return 1
    fi
    if [ "$SECONDS" -ge "$deadline" ]; then
      echo "$1 did not answer /health on port $2 within $3 s (see $dir/$1.log)" >&2
      return 1
    fi
    sleep 1
  done
  echo "$1 healthy on http://127.0.0.1:$2/health"
}

start_process() { # name role port [worker name]
  local name="$1" role="$2" port="$3"
  if [ -f "$dir/$name.pid" ] && kill -0 "$(cat "$dir/$name.pid")" 2>/dev/null; then
    echo "$name already running (pid $(cat "$dir/$name.pid"))"
    return
  fi
  (
    export KZDIFF_HOME="$root"
    export ASPNETCORE_ENVIRONMENT=Production
    export KzDiff__Role="$role"
    export KzDiff__Storage__Mode=PostgreSql
    export KzDiff__Storage__ConnectionString="$(connection_string)"
    if [ "$role" = worker ]; then export KzDiff__Jobs__WorkerName="$name"; fi
    cd "$root"
    exec setsid dotnet "$app/KzDiff.Web.dll" --urls "http://127.0.0.1:$port" >"$dir/$name.log" 2>&1 </dev/null
  ) &
  echo $! >"$dir/$name.pid"
}

start_postgres() {
  [ -n "${KZDIFF_CLUSTER_POSTGRES:-}" ] && return
  local bin
  bin="$(pg_bin)"
  if [ -z "$bin" ]; then
    echo "PostgreSQL not found under /usr/lib/postgresql (apt-get install postgresql, or set KZDIFF_CLUSTER_POSTGRES)" >&2
    exit 1
  fi
  if [ ! -f "$pg_data/PG_VERSION" ]; then
    mkdir -p "$pg_data"
    [ "$(id -u)" = 0 ] && chown postgres:postgres "$pg_data"
    as_pg "$bin/initdb" -D "$pg_data" -A trust -U postgres >/dev/null
  fi
  if ! as_pg "$bin/pg_ctl" -D "$pg_data" status >/dev/null 2>&1; then
    as_pg "$bin/pg_ctl" -D "$pg_data" -l "$pg_data/log" -w \
      -o "-p $pg_port -k $pg_data -c listen_addresses=127.0.0.1 -c max_connections=200" start >/dev/null
  fi
  as_pg "$bin/psql" -h 127.0.0.1 -p "$pg_port" -U postgres -tAc "SELECT 1 FROM pg_database WHERE datname = 'kzdiff'" | grep -q 1 \
    || as_pg "$bin/psql" -h 127.0.0.1 -p "$pg_port" -U postgres -qc "CREATE DATABASE kzdiff"
  echo "PostgreSQL on 127.0.0.1:$pg_port (data: $pg_data)"
}

start() {
  mkdir -p "$dir"
  if [ ! -f "$app/KzDiff.Web.dll" ] || [ "${KZDIFF_CLUSTER_REBUILD:-0}" = 1 ]; then
    echo "publishing KzDiff.Web to $app"
    dotnet publish "$root/src/KzDiff.Web" -c Release -o "$app" --nologo -v quiet
  fi
  start_postgres
  # The web process first: it brings the schema up to date and imports the editions folder.
  start_process web web "$web_port"
  wait_healthy web "$web_port" 600
  local port=$((web_port + 1))
  for worker in "${workers[@]}"; do
    start_process "$worker" worker "$port"
    port=$((port + 1))
  done
  port=$((web_port + 1))
  for worker in "${workers[@]}"; do
    wait_healthy "$worker" "$port" 120
    port=$((port + 1))
  done
  echo "KzDiff cluster: http://127.0.0.1:$web_port (logs and pids: $dir)"
}

stop() {
  for name in "${workers[@]}" web; do
    local pid_file="$dir/$name.pid"
    [ -f "$pid_file" ] || continue
    local pid
    pid="$(cat "$pid_file")"
    if kill -0 "$pid" 2>/dev/null; then
      kill -TERM "$pid"
      for _ in $(seq 1 30); do kill -0 "$pid" 2>/dev/null || break; sleep 1; done
      kill -0 "$pid" 2>/dev/null && kill -KILL "$pid"
      echo "$name stopped"
    fi
    rm -f "$pid_file"
  done
  if [ -z "${KZDIFF_CLUSTER_POSTGRES:-}" ] && [ -f "$pg_data/PG_VERSION" ]; then
    as_pg "$(pg_bin)/pg_ctl" -D "$pg_data" -m fast stop >/dev/null 2>&1 && echo "PostgreSQL stopped" || true
  fi
}

status() {
  local port="$web_port"
  for name in web "${workers[@]}"; do
    local pid=""
    [ -f "$dir/$name.pid" ] && pid="$(cat "$dir/$name.pid")"
    if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then
      echo "$name: pid $pid, /health $(curl -s "http://127.0.0.1:$port/health" || echo 'no answer')"
    else
      echo "$name: not running"
    fi
    port=$((port + 1))
  done
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  status) status ;;
  restart) stop; start ;;
  *) echo "usage: $0 start|stop|status|restart" >&2; exit 2 ;;
esac
