// The audit database's schema, versioned in code: migration n brings a database from version n
// to n + 1 (PRAGMA user_version). Append new migrations; never edit one that has shipped.
import type { DatabaseSync } from 'node:sqlite';

export const MIGRATIONS: readonly string[] = [
  `CREATE TABLE generations (
     id INTEGER PRIMARY KEY,
     at TEXT NOT NULL,
     who TEXT,
     document TEXT NOT NULL,
     format TEXT NOT NULL,
     tier TEXT NOT NULL,
     profile TEXT NOT NULL,   -- the deal's profile as JSON
     clauses TEXT NOT NULL,   -- JSON [{id, version}]
     sha256 TEXT NOT NULL     -- of the generated file
   );
   CREATE TABLE checks (
     id INTEGER PRIMARY KEY,
     at TEXT NOT NULL,
     who TEXT,
     file_name TEXT NOT NULL,
     sha256 TEXT NOT NULL,    -- of the uploaded bytes; never the draft's text
     summary TEXT NOT NULL    -- JSON {counts, requiredGaps, verdict, output}
   );
   CREATE INDEX generations_at ON generations (at);
   CREATE INDEX checks_at ON checks (at);`,
];

export const schemaVersion = (db: DatabaseSync) => (db.prepare('PRAGMA user_version').get() as { user_version: number }).user_version;

/** Applies the migrations the database has not had yet, each in its own transaction. */
export function migrate(db: DatabaseSync, migrations: readonly string[] = MIGRATIONS): number {
  for (let version = schemaVersion(db); version < migrations.length; version++) {
    db.exec('BEGIN IMMEDIATE');
    try {
      db.exec(migrations[version]);
      db.exec(`PRAGMA user_version = ${version + 1}`);
      db.exec('COMMIT');
    } catch (error) {
      db.exec('ROLLBACK');
      throw error;
    }
  }
  return schemaVersion(db);
}
