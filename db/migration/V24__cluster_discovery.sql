-- Servers find each other through the database they share (JGroups JDBC_PING discovery, configured in
-- src/main/server/scripts/configure-server.cli): each running server keeps a row with its cluster
-- address here, and a starting server reads the rows to find the others. Only JGroups reads and
-- writes this table; its coordinator removes the rows of servers that left or died.
-- "if not exists": a server that migrates on start into an empty database connects to its cluster
-- before the application migrates, so JGroups runs this same statement first (initialize_sql).
create table if not exists jgroups_ping (
    own_addr     varchar(200) not null,
    cluster_name varchar(200) not null,
    ping_data    bytea,
    primary key (own_addr, cluster_name)
);
