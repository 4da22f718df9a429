-- Public read-only links to a session or to one of its rounds.

create table share_link (
    id          bigint generated always as identity primary key,
    session_id  bigint      not null references edit_session (id) on delete cascade,
    -- null = the whole session; else only this round
    round_id    bigint      references edit_round (id) on delete cascade,
    created_by  bigint      not null references app_user (id) on delete cascade,
    -- SHA-256 of the token; the token (256 random bits) is shown once and never stored
    token_hash  bytea       not null unique,
    prefix      varchar(16) not null,
    created_at  timestamptz not null default now(),
    expires_at  timestamptz,
    revoked_at  timestamptz
);
create index share_link_session_idx on share_link (session_id);
