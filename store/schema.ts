/**
 * The database schema as an ordered list of migrations. `PRAGMA user_version` records how many
 * have been applied; never edit a released migration, append a new one.
 * Amounts are integer 分 (`*_fen`): exact, summable in SQL, and every printed budget amount
 * (元 with 2 decimals, 万元 with up to 6) is a whole number of 分.
 */
export const MIGRATIONS: readonly string[] = [
  /* 1: the whole first schema */ `
CREATE TABLE import_runs (
  id           INTEGER PRIMARY KEY,
  started_at   TEXT NOT NULL,
  finished_at  TEXT,
  tool_version TEXT NOT NULL,
  arguments    TEXT NOT NULL,           -- JSON array of the command-line arguments
  imported     INTEGER,
  skipped      INTEGER,
  failed       INTEGER
);

CREATE TABLE documents (
  id              INTEGER PRIMARY KEY,
  sha256          TEXT NOT NULL UNIQUE,
  path            TEXT NOT NULL,
  format          TEXT NOT NULL,
  encoding        TEXT,
  size            INTEGER NOT NULL,
  imported_at     TEXT NOT NULL,
  tool_version    TEXT NOT NULL,
  run_id          INTEGER REFERENCES import_runs(id),
  -- written in the same transaction as the rows: a check that nothing is half-written
  table_count     INTEGER NOT NULL,
  indicator_count INTEGER NOT NULL
);
CREATE INDEX documents_path ON documents(path);

CREATE TABLE projects (
  id          INTEGER PRIMARY KEY,
  unit_key    TEXT NOT NULL,
  project_key TEXT NOT NULL,
  unit        TEXT,                    -- as printed the first time it was seen
  project     TEXT,
  UNIQUE (unit_key, project_key)
);

CREATE TABLE tables (
  id              INTEGER PRIMARY KEY,
  document_id     INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  ordinal         INTEGER NOT NULL,    -- 1-based position in the document
  kind            TEXT NOT NULL,
  title           TEXT,
  year            INTEGER,
  project         TEXT,
  department      TEXT,
  implementer     TEXT,
  region          TEXT,
  period          TEXT,
  start_date      TEXT,
  end_date        TEXT,
  money_unit      TEXT,                -- 元 or 万元 as printed; amounts below are always 分
  total_weight    REAL,
  total_score     REAL,
  level1_weights  TEXT,                -- JSON object {一级: weight}
  project_id      INTEGER REFERENCES projects(id),
  funds_count     INTEGER NOT NULL,
  indicator_count INTEGER NOT NULL,
  source_line     INTEGER,
  source_column   INTEGER,
  source_end_line INTEGER,
  source_page     INTEGER,
  UNIQUE (document_id, ordinal)
);
CREATE INDEX tables_year ON tables(year);
CREATE INDEX tables_project ON tables(project_id, year);
CREATE INDEX tables_implementer ON tables(implementer, year);
CREATE INDEX tables_department ON tables(department, year);

CREATE TABLE funds (
  id                 INTEGER PRIMARY KEY,
  table_id           INTEGER NOT NULL REFERENCES tables(id) ON DELETE CASCADE,
  ordinal            INTEGER NOT NULL,
  item               TEXT NOT NULL,
  initial_budget_fen INTEGER,
  annual_budget_fen  INTEGER,
  executed_fen       INTEGER,
  weight             REAL,
  rate               REAL,             -- fraction: 98.30% → 0.983
  score              REAL,
  source_line        INTEGER,
  source_column      INTEGER,
  source_page        INTEGER,
  source_box         TEXT,
  UNIQUE (table_id, ordinal)
);

CREATE TABLE indicators (
  id                INTEGER PRIMARY KEY AUTOINCREMENT,  -- ids only grow: the search index catches up by id
  table_id          INTEGER NOT NULL REFERENCES tables(id) ON DELETE CASCADE,
  ordinal           INTEGER NOT NULL,
  level1            TEXT,
  level1_printed    TEXT,
  level2            TEXT,
  name              TEXT NOT NULL,
  target            TEXT,
  target_comparator TEXT,
  target_value      REAL,
  target_value_max  REAL,
  target_unit       TEXT,
  actual            TEXT,
  actual_comparator TEXT,
  actual_value      REAL,
  actual_value_max  REAL,
  actual_unit       TEXT,
  weight            REAL,
  score             REAL,
  deviation         TEXT,
  level_evidence    TEXT,
  source_line       INTEGER,
  source_column     INTEGER,
  source_page       INTEGER,
  source_box        TEXT,
  UNIQUE (table_id, ordinal)
);

CREATE TABLE goals (
  id       INTEGER PRIMARY KEY AUTOINCREMENT,
  table_id INTEGER NOT NULL REFERENCES tables(id) ON DELETE CASCADE,
  which    TEXT NOT NULL CHECK (which IN ('expected', 'actual')),
  text     TEXT NOT NULL,
  UNIQUE (table_id, which)
);

CREATE TABLE findings (
  id            INTEGER PRIMARY KEY,
  document_id   INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  table_id      INTEGER REFERENCES tables(id) ON DELETE CASCADE,  -- null: about the whole document
  code          TEXT NOT NULL,
  severity      TEXT NOT NULL CHECK (severity IN ('error', 'warning', 'info')),
  message       TEXT NOT NULL,
  source_line   INTEGER,
  source_column INTEGER,
  source_page   INTEGER,
  source_box    TEXT
);
CREATE INDEX findings_document ON findings(document_id);
CREATE INDEX findings_table ON findings(table_id);

-- files that failed (document_id null) and errors reported next to tables that were kept
CREATE TABLE import_errors (
  id          INTEGER PRIMARY KEY,
  run_id      INTEGER REFERENCES import_runs(id),
  document_id INTEGER REFERENCES documents(id) ON DELETE CASCADE,
  path        TEXT NOT NULL,
  sha256      TEXT,                    -- null when the file could not be read
  code        TEXT NOT NULL,
  message     TEXT NOT NULL,
  recorded_at TEXT NOT NULL
);
CREATE INDEX import_errors_path ON import_errors(path);
CREATE INDEX import_errors_sha256 ON import_errors(sha256);
CREATE INDEX import_errors_document ON import_errors(document_id);

-- Full-text search for Chinese: trigram tokens need no word segmentation (queries of 3+ characters).
-- The index is derived data, filled in bulk after each batch of documents (per-row triggers made
-- every document commit its own index segment, half of the write cost): rows with an id up to
-- search_progress.indexed_upto are in it; the importer catches up during and at the end of a run.
CREATE TABLE search_progress (
  source       TEXT PRIMARY KEY,       -- 'indicators' or 'goals'
  indexed_upto INTEGER NOT NULL
);
INSERT INTO search_progress VALUES ('indicators', 0), ('goals', 0);
CREATE VIRTUAL TABLE indicators_fts USING fts5(
  name, deviation, content='indicators', content_rowid='id', tokenize='trigram');
CREATE VIRTUAL TABLE goals_fts USING fts5(text, content='goals', content_rowid='id', tokenize='trigram');
-- a deleted row leaves the index only if it was in it
CREATE TRIGGER indicators_fts_delete AFTER DELETE ON indicators
WHEN old.id <= (SELECT indexed_upto FROM search_progress WHERE source = 'indicators') BEGIN
  INSERT INTO indicators_fts(indicators_fts, rowid, name, deviation) VALUES ('delete', old.id, old.name, old.deviation);
END;
CREATE TRIGGER goals_fts_delete AFTER DELETE ON goals
WHEN old.id <= (SELECT indexed_upto FROM search_progress WHERE source = 'goals') BEGIN
  INSERT INTO goals_fts(goals_fts, rowid, text) VALUES ('delete', old.id, old.text);
END;

-- Views for analysts: no joins needed.
CREATE VIEW v_tables AS
SELECT t.id AS table_id, d.path, d.sha256, t.ordinal, t.kind, t.title, t.year, t.project,
       t.department, t.implementer, t.region, t.period, t.start_date, t.end_date, t.money_unit,
       t.total_weight, t.total_score, t.project_id, p.unit_key, p.project_key,
       t.funds_count, t.indicator_count,
       (SELECT sum(i.weight) FROM indicators i WHERE i.table_id = t.id) AS indicators_weight,
       (SELECT sum(i.score) FROM indicators i WHERE i.table_id = t.id) AS indicators_score,
       -- the first funds row is the 年度资金总额 line that carries the funds weight and score
       (SELECT f.weight FROM funds f WHERE f.table_id = t.id ORDER BY f.ordinal LIMIT 1) AS funds_weight,
       (SELECT f.score FROM funds f WHERE f.table_id = t.id ORDER BY f.ordinal LIMIT 1) AS funds_score,
       (SELECT count(*) FROM findings g WHERE g.table_id = t.id AND g.severity = 'warning') AS warnings,
       t.source_line, t.source_page, d.imported_at
FROM tables t
JOIN documents d ON d.id = t.document_id
LEFT JOIN projects p ON p.id = t.project_id;

CREATE VIEW v_indicators AS
SELECT i.id AS indicator_id, t.id AS table_id, d.path, t.kind, t.year, t.title, t.project,
       t.department, t.implementer, t.region, t.project_id, p.unit_key, p.project_key,
       t.total_score AS table_total_score,
       i.ordinal, i.level1, i.level1_printed, i.level2, i.name,
       i.target, i.target_comparator, i.target_value, i.target_value_max, i.target_unit,
       i.actual, i.actual_comparator, i.actual_value, i.actual_value_max, i.actual_unit,
       i.weight, i.score, i.deviation, i.source_line, i.source_column, i.source_page
FROM indicators i
JOIN tables t ON t.id = i.table_id
JOIN documents d ON d.id = t.document_id
LEFT JOIN projects p ON p.id = t.project_id;

-- *_yuan are the exact amounts as decimal text (from the integer 分)
CREATE VIEW v_funds AS
SELECT f.id AS funds_id, t.id AS table_id, d.path, t.kind, t.year, t.project, t.department,
       t.implementer, t.money_unit, f.ordinal, f.item,
       f.initial_budget_fen, f.annual_budget_fen, f.executed_fen,
       CASE WHEN f.initial_budget_fen IS NOT NULL THEN
         (CASE WHEN f.initial_budget_fen < 0 THEN '-' ELSE '' END) || (abs(f.initial_budget_fen) / 100) || '.' || printf('%02d', abs(f.initial_budget_fen) % 100) END AS initial_budget_yuan,
       CASE WHEN f.annual_budget_fen IS NOT NULL THEN
         (CASE WHEN f.annual_budget_fen < 0 THEN '-' ELSE '' END) || (abs(f.annual_budget_fen) / 100) || '.' || printf('%02d', abs(f.annual_budget_fen) % 100) END AS annual_budget_yuan,
       CASE WHEN f.executed_fen IS NOT NULL THEN
         (CASE WHEN f.executed_fen < 0 THEN '-' ELSE '' END) || (abs(f.executed_fen) / 100) || '.' || printf('%02d', abs(f.executed_fen) % 100) END AS executed_yuan,
       f.weight, f.rate, f.score, f.source_line, f.source_column, f.source_page
FROM funds f
JOIN tables t ON t.id = f.table_id
JOIN documents d ON d.id = t.document_id;

CREATE VIEW v_goals AS
SELECT g.id AS goal_id, t.id AS table_id, d.path, t.kind, t.year, t.project, t.department,
       t.implementer, g.which, g.text
FROM goals g
JOIN tables t ON t.id = g.table_id
JOIN documents d ON d.id = t.document_id;

CREATE VIEW v_findings AS
SELECT g.id AS finding_id, g.document_id, g.table_id, d.path, t.kind, t.year, t.project,
       t.implementer, g.code, g.severity, g.message, g.source_line, g.source_column, g.source_page
FROM findings g
JOIN documents d ON d.id = g.document_id
LEFT JOIN tables t ON t.id = g.table_id;
`,
  /* 2: one searchable text per row and field (issue 12) */ `
-- Every text a person searches — indicator names, deviation texts, goals — one row per text,
-- with where it is. The trigram full-text indexes need 3 characters; this view answers any
-- length with LIKE (WHERE text LIKE '%满意%'), and is what to search for 1–2 character words.
CREATE VIEW v_search_text AS
SELECT 'indicator_name' AS found_in, i.id AS row_id, t.id AS table_id, t.year, t.project,
       coalesce(t.implementer, t.department) AS unit, i.name AS text, d.path, i.source_line
FROM indicators i JOIN tables t ON t.id = i.table_id JOIN documents d ON d.id = t.document_id
UNION ALL
SELECT 'indicator_deviation', i.id, t.id, t.year, t.project, coalesce(t.implementer, t.department),
       i.deviation, d.path, i.source_line
FROM indicators i JOIN tables t ON t.id = i.table_id JOIN documents d ON d.id = t.document_id
WHERE i.deviation IS NOT NULL
UNION ALL
SELECT 'goal_' || g.which, g.id, t.id, t.year, t.project, coalesce(t.implementer, t.department),
       g.text, d.path, t.source_line
FROM goals g JOIN tables t ON t.id = g.table_id JOIN documents d ON d.id = t.document_id;
`,
];

export const SCHEMA_VERSION = MIGRATIONS.length;
