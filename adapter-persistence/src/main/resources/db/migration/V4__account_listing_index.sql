-- Listings filter by category and search usernames, ordered by username: this index answers them without
-- reading account rows, which are then fetched by id for the page alone.
create index accounts_category_username on accounts (category_id, username_key, id);
drop index accounts_category;
