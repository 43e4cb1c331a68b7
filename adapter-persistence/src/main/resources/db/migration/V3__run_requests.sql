-- When a session was last asked for by hand and has not started yet: one request at a time wins.
alter table automation add column run_requested_at timestamp with time zone;
