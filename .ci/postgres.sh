#!/usr/bin/env bash
# Installs Debian's PostgreSQL if missing, starts it on loopback only, creates the test role and database, and
# writes .ci/postgres.env with CCHC_TEST_POSTGRES (the connection string the ledger tests read). Runs as root.
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v pg_lsclusters >/dev/null 2>&1; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >/dev/null
  apt-get install -y -qq postgresql >/dev/null
fi

cluster=$(pg_lsclusters --no-header | awk 'NR == 1 { print $1 " " $2 }')
if [ -z "$cluster" ]; then
  version=$(ls /usr/lib/postgresql | sort -V | tail -1)
  pg_createcluster "$version" main >/dev/null
  cluster="$version main"
fi
set -- $cluster
conf="/etc/postgresql/$1/$2/postgresql.conf"
grep -q "^listen_addresses = '127.0.0.1'" "$conf" || echo "listen_addresses = '127.0.0.1'" >>"$conf"
pg_ctlcluster "$1" "$2" start 2>/dev/null || pg_ctlcluster "$1" "$2" status >/dev/null
port=$(pg_lsclusters --no-header | awk -v v="$1" -v c="$2" '$1 == v && $2 == c { print $3 }')

su postgres -c "psql -q -p $port" <<'SQL'
DO $$ BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'cchc') THEN
    CREATE ROLE cchc LOGIN PASSWORD 'cchc' CREATEDB;
  END IF;
END $$;
SQL
if ! su postgres -c "psql -p $port -tAc \"SELECT 1 FROM pg_database WHERE datname = 'cchc_test'\"" | grep -q 1; then
  su postgres -c "createdb -p $port -O cchc cchc_test"
fi

echo "export CCHC_TEST_POSTGRES='Host=127.0.0.1;Port=$port;Username=cchc;Password=cchc;Database=cchc_test'" >.ci/postgres.env
echo "PostgreSQL $1/$2 on 127.0.0.1:$port, database cchc_test"
