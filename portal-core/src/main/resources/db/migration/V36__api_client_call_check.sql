-- The check of every API call with a client's token (issue 13), in one round trip: before, it was a transaction of
-- its own (begin, the tenant scope, the select, commit), about 8 % of a call's CPU. The function acts across all
-- suppliers for its own two statements only: it puts back the caller's setting before it returns, so it is safe
-- inside a transaction too. Still no cache, so a revocation holds at the next call on every node.
create function api_client_call(p_id uuid, p_now timestamptz, p_used_before timestamptz)
    returns table (name varchar, tenant_id uuid, scopes varchar, expires_at timestamptz,
                   revoked_at timestamptz, tenant_key varchar, tenant_name varchar, tenant_active boolean)
    language plpgsql
as $$
declare
    caller_scope text := coalesce(current_setting('app.all_tenants', true), '');
begin
    perform set_config('app.all_tenants', 'on', true);
    -- "Last used" to the minute: concurrent calls all get here, the condition lets one of them write.
    update api_client c set last_used_at = p_now
    where c.id = p_id and (c.last_used_at is null or c.last_used_at < p_used_before)
      and c.revoked_at is null and c.expires_at > p_now;
    return query
        select c.name, c.tenant_id, c.scopes, c.expires_at, c.revoked_at, t.key, t.name,
               coalesce(t.active, false)
        from api_client c left join tenant t on t.id = c.tenant_id where c.id = p_id;
    perform set_config('app.all_tenants', caller_scope, true);
end
$$;
