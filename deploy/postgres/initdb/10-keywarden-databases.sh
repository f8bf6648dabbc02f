#!/usr/bin/env bash
# One database and one role per service (ARCHITECTURE §1), for the official
# postgres image: it runs /docker-entrypoint-initdb.d/* once, on an empty
# volume. Each role owns its database and no one else may connect to it.
# Passwords come from KW_DB_PASSWORD_<DATABASE> (docker-compose.yml).
# Names match tools/platform/src/services.ts (the service name, '-' -> '_').
set -euo pipefail

databases=(identity oauth_broker secrets_vault gitops_sync deployer notifier audit)

for database in "${databases[@]}"; do
  variable="KW_DB_PASSWORD_${database^^}"
  password="${!variable:-}"
  if [[ -z "$password" ]]; then
    echo "keywarden: $variable is not set; cannot create the $database role" >&2
    exit 1
  fi
  # psql variables (:"name" quotes an identifier, :'name' a literal) keep the
  # password out of the command line and out of any SQL injection.
  psql -v ON_ERROR_STOP=1 --no-psqlrc --username "${POSTGRES_USER:-postgres}" --dbname postgres \
    -v name="$database" -v password="$password" <<'SQL'
CREATE ROLE :"name" LOGIN PASSWORD :'password';
CREATE DATABASE :"name" OWNER :"name";
REVOKE CONNECT ON DATABASE :"name" FROM PUBLIC;
SQL
  echo "keywarden: database and role $database created"
done
