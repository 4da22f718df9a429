-- Accounts: users, teams, membership, API tokens and the login-failure log used for throttling.

create table app_user (
    id            bigint generated always as identity primary key,
    username      varchar(64)  not null,
    display_name  varchar(128) not null,
    password_hash varchar(100) not null,
    role          varchar(16)  not null check (role in ('admin', 'user')),
    disabled      boolean      not null default false,
    created_at    timestamptz  not null default now(),
    -- bumped when a password changes or the user is disabled: older logins and tokens stop working
    credentials_version integer not null default 0
);
-- usernames are unique regardless of case ("Alice" and "alice" are one user)
create unique index app_user_username_key on app_user (lower(username));

create table team (
    id         bigint generated always as identity primary key,
    name       varchar(100) not null,
    created_at timestamptz  not null default now()
);

create table team_membership (
    team_id   bigint      not null references team (id) on delete cascade,
    user_id   bigint      not null references app_user (id) on delete cascade,
    role      varchar(16) not null check (role in ('owner', 'member')),
    joined_at timestamptz not null default now(),
    primary key (team_id, user_id)
);
create index team_membership_user_idx on team_membership (user_id);

create table api_token (
    id           bigint generated always as identity primary key,
    user_id      bigint       not null references app_user (id) on delete cascade,
    name         varchar(100) not null,
    -- SHA-256 of the token; the token itself is shown once and never stored
    token_hash   bytea        not null unique,
    prefix       varchar(16)  not null,
    created_at   timestamptz  not null default now(),
    last_used_at timestamptz,
    revoked_at   timestamptz
);
create index api_token_user_idx on api_token (user_id);

create table login_failure (
    id           bigint generated always as identity primary key,
    username_key varchar(64) not null,
    failed_at    timestamptz not null default now()
);
create index login_failure_user_time_idx on login_failure (username_key, failed_at desc);
