/**
 * Schema migrations, applied in order at start and recorded in `schema_migrations`.
 * Never edit a migration that has shipped: add a new one.
 * Activities and walk-ins keep their API document in `doc` (jsonb) and copy what the
 * filters need into indexed columns; that keeps reads a single SELECT of ready JSON.
 */
import type { Db } from './db.js';

export const MIGRATIONS: { id: string; sql: string }[] = [
  {
    id: '001-text-search',
    // unaccent() is not immutable, so it cannot sit in a generated column; a copy of the
    // Dutch configuration that maps words through unaccent then dutch_stem can.
    sql: `
      CREATE EXTENSION IF NOT EXISTS unaccent;
      CREATE TEXT SEARCH CONFIGURATION mm_dutch (COPY = dutch);
      ALTER TEXT SEARCH CONFIGURATION mm_dutch
        ALTER MAPPING FOR asciiword, asciihword, hword_asciipart, word, hword, hword_part
        WITH unaccent, dutch_stem;
    `,
  },
  {
    id: '002-content',
    sql: `
      CREATE TABLE campaigns (
        slug text PRIMARY KEY,
        start_date date NOT NULL,
        end_date date NOT NULL,
        doc jsonb NOT NULL
      );
      CREATE TABLE activities (
        id text PRIMARY KEY,
        doc jsonb NOT NULL,
        start_at timestamptz NOT NULL,
        end_at timestamptz NOT NULL,
        type text NOT NULL,
        mode text NOT NULL,
        audiences text[] NOT NULL,
        campaign text,
        organizer text NOT NULL,
        province text,
        municipality text,
        city text,
        sequence int NOT NULL DEFAULT 0,
        content_hash text NOT NULL,
        source text NOT NULL DEFAULT 'sample',
        search tsvector GENERATED ALWAYS AS (
          to_tsvector('mm_dutch'::regconfig,
            coalesce(doc->>'title', '') || ' ' || coalesce(doc->>'description', '') || ' ' ||
            coalesce(doc#>>'{organizer,name}', '') || ' ' || coalesce(doc#>>'{location,city}', ''))
        ) STORED
      );
      CREATE INDEX activities_start ON activities (start_at, id);
      CREATE INDEX activities_end ON activities (end_at);
      CREATE INDEX activities_search ON activities USING gin (search);
      CREATE TABLE walk_ins (
        id text PRIMARY KEY,
        doc jsonb NOT NULL,
        lat float8 NOT NULL,
        lon float8 NOT NULL,
        audiences text[] NOT NULL
      );
    `,
  },
  {
    id: '003-submissions',
    sql: `
      CREATE SEQUENCE submission_number;
      CREATE TABLE submissions (
        reference text PRIMARY KEY,
        idempotency_key text NOT NULL UNIQUE,
        body_hash text NOT NULL,
        response jsonb NOT NULL,
        status text NOT NULL DEFAULT 'pending',
        input jsonb NOT NULL,
        activity_id text,
        reason text,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX submissions_status ON submissions (status, created_at);
      CREATE TABLE audit (
        id int GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        at timestamptz NOT NULL DEFAULT now(),
        who text NOT NULL,
        action text NOT NULL,
        reference text,
        details jsonb NOT NULL DEFAULT '{}'::jsonb
      );
    `,
  },
  {
    // Form tokens are single-use per idempotency key; a filled honeypot leaves a decoy
    // (key, token, answer, no content) so replays answer alike; moderators are people
    // with their own token, kept only as a SHA-256 hash; the audit names the person.
    id: '004-moderators-and-decoys',
    sql: `
      ALTER TABLE submissions ADD COLUMN form_token text UNIQUE;
      CREATE TABLE decoys (
        reference text PRIMARY KEY,
        idempotency_key text NOT NULL UNIQUE,
        body_hash text NOT NULL,
        response jsonb NOT NULL,
        form_token text NOT NULL UNIQUE,
        created_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE TABLE moderators (
        id int GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        name text NOT NULL,
        token_hash text NOT NULL UNIQUE,
        created_at timestamptz NOT NULL DEFAULT now(),
        revoked_at timestamptz
      );
      ALTER TABLE audit ADD COLUMN moderator_id int REFERENCES moderators (id);
    `,
  },
  {
    // The moderation page closes a walk-in place: it leaves walk_ins (and so the API's
    // answers) and its last version stays here, with when and by whom.
    id: '005-walk-ins-closed',
    sql: `
      CREATE TABLE walk_ins_closed (
        id text PRIMARY KEY,
        doc jsonb NOT NULL,
        closed_at timestamptz NOT NULL,
        closed_by text NOT NULL
      );
    `,
  },
  {
    // E-mail goes out through an outbox written in the same transaction as the change that
    // causes it (server/mail/outbox.ts); a partner manages a submission through a private
    // link whose token is kept only as a SHA-256 hash; dates a partner cancelled are kept by
    // their start instant, so approving a revision later does not bring them back.
    id: '006-mail-outbox-and-manage-links',
    sql: `
      CREATE TABLE outbox (
        id int GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        kind text NOT NULL,
        reference text,
        recipient text NOT NULL,
        reply_to text,
        subject text NOT NULL,
        body jsonb,
        created_at timestamptz NOT NULL DEFAULT now(),
        next_attempt_at timestamptz NOT NULL,
        attempts int NOT NULL DEFAULT 0,
        last_error text,
        sent_at timestamptz,
        failed_at timestamptz
      );
      CREATE INDEX outbox_due ON outbox (next_attempt_at) WHERE sent_at IS NULL AND failed_at IS NULL;
      CREATE TABLE manage_links (
        token_hash text PRIMARY KEY,
        reference text NOT NULL REFERENCES submissions (reference),
        created_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX manage_links_reference ON manage_links (reference);
      CREATE TABLE cancelled_dates (
        reference text NOT NULL REFERENCES submissions (reference),
        start_at timestamptz NOT NULL,
        cancelled_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (reference, start_at)
      );
    `,
  },
];

/** Applies the migrations that are not yet recorded, each in its own transaction. */
export async function migrate(db: Db): Promise<string[]> {
  await db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
    id text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())`);
  const done = new Set((await db.query<{ id: string }>('SELECT id FROM schema_migrations')).map((r) => r.id));
  const applied: string[] = [];
  for (const m of MIGRATIONS) {
    if (done.has(m.id)) continue;
    await db.transaction(async (tx) => {
      for (const stmt of splitStatements(m.sql)) await tx.query(stmt);
      await tx.query('INSERT INTO schema_migrations (id) VALUES ($1)', [m.id]);
    });
    applied.push(m.id);
  }
  return applied;
}

/** Our migrations hold no semicolons inside strings or bodies, so a plain split is enough. */
function splitStatements(sql: string): string[] {
  return sql
    .split(';')
    .map((s) => s.trim())
    .filter(Boolean);
}
