-- One row that every change of the category tree locks first, so changes are checked one after another:
-- two moves checked at once could each find the other harmless and together leave parents that loop.
create table category_change_lock (
    id int primary key
);
insert into category_change_lock (id) values (1);
