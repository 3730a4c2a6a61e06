-- Runs once, when the MySQL data volume is created (docker-entrypoint-initdb.d).
-- One database per subgraph, each with two users:
--   <name>_owner  migrates and seeds (DDL, triggers) and hands out table rights;
--   <name>_app    serves requests: SELECT and INSERT on its own database only; UPDATE and
--                 DELETE are granted per table after migrations, never on append-only tables.
-- Passwords come from the environment through docker/mysql/02-users.sh, not from this file.
CREATE DATABASE IF NOT EXISTS finance CHARACTER SET utf8mb4 COLLATE utf8mb4_bin;
CREATE DATABASE IF NOT EXISTS audit CHARACTER SET utf8mb4 COLLATE utf8mb4_bin;
CREATE DATABASE IF NOT EXISTS party_affairs CHARACTER SET utf8mb4 COLLATE utf8mb4_bin;
CREATE DATABASE IF NOT EXISTS complaints CHARACTER SET utf8mb4 COLLATE utf8mb4_bin;
