-- Quotas, the usage ledger they are checked against, and the audit log of quota changes.

create table quota (
    id                         bigint generated always as identity primary key,
    -- exactly one of user_id and team_id
    user_id                    bigint unique references app_user (id) on delete cascade,
    team_id                    bigint unique references team (id) on delete cascade,
    -- null = unlimited
    edits_per_day              integer check (edits_per_day >= 0),
    compute_seconds_per_month  bigint  check (compute_seconds_per_month >= 0),
    storage_bytes              bigint  check (storage_bytes >= 0),
    updated_at                 timestamptz not null default now(),
    check ((user_id is null) <> (team_id is null))
);

-- One row per queued round, written in the transaction that queues it. Rows outlive their rounds (deleting a
-- session does not give an edit back). reserved -> settled (succeeded, with its compute time) | released (failed,
-- canceled: not counted).
create table usage_ledger (
    id          bigint generated always as identity primary key,
    round_id    bigint      not null unique,
    user_id     bigint      not null references app_user (id) on delete cascade,
    team_id     bigint      references team (id) on delete set null,
    -- the day and month of the reservation in the server's quota time zone
    day         date        not null,
    month       date        not null,
    state       varchar(16) not null default 'reserved' check (state in ('reserved', 'settled', 'released')),
    compute_ms  bigint      not null default 0,
    reserved_at timestamptz not null default now(),
    settled_at  timestamptz
);
create index usage_ledger_user_day_idx on usage_ledger (user_id, day);
create index usage_ledger_user_month_idx on usage_ledger (user_id, month);
create index usage_ledger_team_day_idx on usage_ledger (team_id, day) where team_id is not null;
create index usage_ledger_team_month_idx on usage_ledger (team_id, month) where team_id is not null;
create index usage_ledger_day_idx on usage_ledger (day);

-- The ledger follows its round's fate in the same transaction as the round's guarded transition.
create function usage_ledger_follow_round() returns trigger language plpgsql as $$
begin
    if new.status = 'succeeded' then
        update usage_ledger set state = 'settled', compute_ms = coalesce(new.compute_ms, 0), settled_at = now()
        where round_id = new.id and state = 'reserved';
    elsif new.status in ('failed', 'canceled') then
        update usage_ledger set state = 'released', compute_ms = 0, settled_at = now()
        where round_id = new.id and state = 'reserved';
    end if;
    return null;
end $$;

create trigger usage_ledger_follow_round after update of status on edit_round
    for each row when (new.status is distinct from old.status)
    execute function usage_ledger_follow_round();

create table quota_audit (
    id         bigint generated always as identity primary key,
    actor_id   bigint      references app_user (id) on delete set null,
    actor      varchar(64) not null,
    subject    varchar(120) not null,
    before     jsonb,
    after      jsonb,
    changed_at timestamptz not null default now()
);
create index quota_audit_time_idx on quota_audit (changed_at desc);
