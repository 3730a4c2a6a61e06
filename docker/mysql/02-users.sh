#!/bin/bash
# Runs once after 01-databases.sql (docker-entrypoint-initdb.d runs files in name order).
set -euo pipefail
for db in finance audit party_affairs complaints; do
  owner_var="MYSQL_${db^^}_OWNER_PASSWORD"
  app_var="MYSQL_${db^^}_APP_PASSWORD"
  if [ -z "${!owner_var:-}" ] || [ -z "${!app_var:-}" ]; then
    echo "${owner_var} and ${app_var} must be set (see .env.example)" >&2
    exit 1
  fi
  mysql -uroot -p"${MYSQL_ROOT_PASSWORD}" <<SQL
CREATE USER IF NOT EXISTS '${db}_owner'@'%' IDENTIFIED BY '${!owner_var}';
CREATE USER IF NOT EXISTS '${db}_app'@'%' IDENTIFIED BY '${!app_var}';
GRANT ALL PRIVILEGES ON \`${db}\`.* TO '${db}_owner'@'%' WITH GRANT OPTION;
GRANT SELECT, INSERT ON \`${db}\`.* TO '${db}_app'@'%';
SQL
done
