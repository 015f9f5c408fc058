-- Cluster locks (ShedLock): one row per kind of work that runs on one node at a time. Times are UTC wall clock from
-- the database's own clock (the nodes' clocks do not matter). Locks are not tenant data: no tenant column, no policy.
create table shedlock (
    name       varchar(100) not null primary key,
    lock_until timestamp    not null,
    locked_at  timestamp    not null,
    locked_by  varchar(255) not null
);

grant select, insert, update, delete on shedlock to ${app_role};
