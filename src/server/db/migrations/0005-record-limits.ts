// A ceiling on rows per person, kept by the database itself so that every path that writes (API, forms,
// CLI, several instances) obeys it: one account cannot fill the store. The numbers sit in a table so an
// operator can change them without a release. Past the ceiling a new episode or check-in is refused with
// SQLSTATE CWL01 (answered as 409 too_many_records); a new saved triage check is kept and the oldest
// beyond the ceiling dropped, because a triage answer must never fail for want of room.
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table record_limits (
      table_name text primary key,
      max_rows integer not null check (max_rows > 0)
    )`.execute(db);
  await sql`
    insert into record_limits (table_name, max_rows)
    values ('episodes', 20000), ('checkins', 5000), ('triage_results', 2000)`.execute(db);

  await sql`
    create function crampwise_episodes_limit() returns trigger language plpgsql as $$
    declare
      cap integer;
    begin
      select max_rows into cap from record_limits where table_name = 'episodes';
      -- A replay of a stored id is answered from the stored row, never refused.
      if cap is null or exists (select 1 from episodes where id = new.id) then
        return new;
      end if;
      if (select count(*) from episodes where user_id = new.user_id) >= cap then
        raise exception 'The diary holds % episodes, the most it keeps for one person.', cap
          using errcode = 'CWL01';
      end if;
      return new;
    end $$`.execute(db);
  await sql`
    create trigger episodes_limit before insert on episodes
    for each row execute function crampwise_episodes_limit()`.execute(db);

  await sql`
    create function crampwise_checkins_limit() returns trigger language plpgsql as $$
    declare
      cap integer;
    begin
      select max_rows into cap from record_limits where table_name = 'checkins';
      -- Replacing the day's check-in (insert … on conflict do update) adds no row.
      if cap is null or exists (select 1 from checkins where user_id = new.user_id and date = new.date) then
        return new;
      end if;
      if (select count(*) from checkins where user_id = new.user_id) >= cap then
        raise exception 'The diary holds % check-ins, the most it keeps for one person.', cap
          using errcode = 'CWL01';
      end if;
      return new;
    end $$`.execute(db);
  await sql`
    create trigger checkins_limit before insert on checkins
    for each row execute function crampwise_checkins_limit()`.execute(db);

  await sql`
    create function crampwise_triage_results_limit() returns trigger language plpgsql as $$
    declare
      cap integer;
    begin
      select max_rows into cap from record_limits where table_name = 'triage_results';
      if cap is not null then
        delete from triage_results where id in (
          select id from triage_results where user_id = new.user_id
          order by created_at desc, id desc offset cap);
      end if;
      return null;
    end $$`.execute(db);
  await sql`
    create trigger triage_results_limit after insert on triage_results
    for each row execute function crampwise_triage_results_limit()`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop trigger triage_results_limit on triage_results`.execute(db);
  await sql`drop trigger checkins_limit on checkins`.execute(db);
  await sql`drop trigger episodes_limit on episodes`.execute(db);
  await sql`drop function crampwise_triage_results_limit()`.execute(db);
  await sql`drop function crampwise_checkins_limit()`.execute(db);
  await sql`drop function crampwise_episodes_limit()`.execute(db);
  await sql`drop table record_limits`.execute(db);
}
