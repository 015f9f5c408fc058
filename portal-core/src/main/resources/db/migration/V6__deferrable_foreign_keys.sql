-- Foreign keys are checked at commit, not per statement. Several tables refer to others by a plain id column (no
-- JPA association), so Hibernate cannot know their insert order; with the checks deferred it may group inserts by
-- table into JDBC batches, which is what makes bulk imports fast, and integrity is still enforced at commit.
do $$
declare
    fk record;
begin
    for fk in
        select c.conname, c.conrelid::regclass as table_name
        from pg_constraint c
        join pg_namespace n on n.oid = c.connamespace
        where c.contype = 'f' and n.nspname = current_schema() and not c.condeferrable
    loop
        execute format('alter table %s alter constraint %I deferrable initially deferred', fk.table_name, fk.conname);
    end loop;
end
$$;
