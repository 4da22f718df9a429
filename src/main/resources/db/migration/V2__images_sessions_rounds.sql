-- Images (content-addressed), edit sessions and their rounds. edit_round is also the work queue.

create table image_blob (
    sha256     varchar(64)    primary key,
    format     varchar(8)  not null check (format in ('png', 'jpeg', 'gif', 'bmp')),
    width      integer     not null check (width > 0),
    height     integer     not null check (height > 0),
    byte_size  integer     not null check (byte_size > 0),
    data       bytea       not null,
    thumbnail  bytea       not null,
    created_at timestamptz not null default now()
);
-- image files are compressed already: store them out of line without trying to compress them again
alter table image_blob alter column data set storage external;

create table edit_session (
    id            bigint generated always as identity primary key,
    owner_id      bigint       not null references app_user (id) on delete cascade,
    team_id       bigint       references team (id) on delete set null,
    title         varchar(200) not null,
    source_image  varchar(64)     not null references image_blob (sha256),
    -- the round shown now; null = the source image
    head_round_id bigint,
    created_at    timestamptz  not null default now(),
    updated_at    timestamptz  not null default now()
);
create index edit_session_owner_idx on edit_session (owner_id, updated_at desc);
create index edit_session_team_idx on edit_session (team_id, updated_at desc) where team_id is not null;

create table edit_round (
    id              bigint generated always as identity primary key,
    session_id      bigint        not null references edit_session (id) on delete cascade,
    -- null = edits the session's source image
    parent_round_id bigint        references edit_round (id) on delete cascade,
    author_id       bigint        not null references app_user (id) on delete cascade,
    instruction     varchar(500)  not null,
    -- the interpreted program: [{"op": ..., "params": {...}}, ...]
    program         jsonb         not null,
    strength        real          not null check (strength between 0 and 1),
    feather         integer       not null check (feather between 0 and 200),
    seed            bigint        not null,
    mask_image      varchar(64)      references image_blob (sha256),
    input_image     varchar(64)      references image_blob (sha256),
    output_image    varchar(64)      references image_blob (sha256),
    output_width    integer,
    output_height   integer,
    status          varchar(16)   not null default 'queued'
                        check (status in ('queued', 'running', 'succeeded', 'failed', 'canceled')),
    error_code      varchar(64),
    error_message   varchar(1000),
    model_name      varchar(100)  not null,
    model_version   varchar(32)   not null,
    queued_at       timestamptz   not null default now(),
    started_at      timestamptz,
    finished_at     timestamptz,
    compute_ms      bigint,
    attempts        integer       not null default 0,
    -- the worker holding a running round, and until when; an expired lease means its process died
    worker_id       varchar(100),
    lease_until     timestamptz,
    check ((status = 'succeeded') = (output_image is not null)),
    check (status not in ('failed') or error_code is not null)
);
create index edit_round_session_idx on edit_round (session_id, id);
create index edit_round_parent_idx on edit_round (parent_round_id);
create index edit_round_queued_idx on edit_round (queued_at, id) where status = 'queued';
create index edit_round_running_idx on edit_round (lease_until) where status = 'running';
-- fairness: when was each author last served
create index edit_round_author_started_idx on edit_round (author_id, started_at);
-- garbage collection: is an image still used
create index edit_round_output_idx on edit_round (output_image);
create index edit_round_input_idx on edit_round (input_image);
create index edit_round_mask_idx on edit_round (mask_image);
create index edit_session_source_idx on edit_session (source_image);

alter table edit_session add constraint edit_session_head_fk
    foreign key (head_round_id) references edit_round (id) on delete set null deferrable initially deferred;

-- The queue's state machine, enforced by the database whatever the caller:
--   queued -> running | canceled | failed      running -> queued (recovery) | succeeded | failed | canceled
-- and a finished round (succeeded, failed, canceled) never changes again.
create function edit_round_guard() returns trigger language plpgsql as $$
begin
    if old.status in ('succeeded', 'failed', 'canceled') then
        if new.status is distinct from old.status or new.output_image is distinct from old.output_image
                or new.error_code is distinct from old.error_code then
            raise exception 'edit_round %: % is final', old.id, old.status using errcode = 'check_violation';
        end if;
    elsif new.status <> old.status and not (
            (old.status = 'queued' and new.status in ('running', 'canceled', 'failed'))
            or (old.status = 'running' and new.status in ('queued', 'succeeded', 'failed', 'canceled'))) then
        raise exception 'edit_round %: % -> % is not a transition', old.id, old.status, new.status
            using errcode = 'check_violation';
    end if;
    return new;
end $$;

create trigger edit_round_guard before update on edit_round
    for each row execute function edit_round_guard();
