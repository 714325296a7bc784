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
  /* 3: where each value was printed (issue 7): the record's `places` objects as JSON */ `
ALTER TABLE tables ADD COLUMN places TEXT;
ALTER TABLE funds ADD COLUMN places TEXT;
ALTER TABLE indicators ADD COLUMN places TEXT;
`,
  /* 4: reviewers' corrections and verified marks (issue 10) */ correctionsMigration(),
];

export const SCHEMA_VERSION = MIGRATIONS.length;

/**
 * Migration 3, written out from frozen lists (never edit them: append a migration instead).
 * Corrections are keyed by content and position — document sha256, table ordinal, the row's
 * name and its occurrence among rows of that name, the column — never by row ids, so they
 * survive re-imports and `import --force`, which delete and rewrite the rows. Every correction
 * is kept (the audit trail); the latest one per key applies. The analyst views show corrected
 * values, with a `corrected` column listing the fields a reviewer changed.
 */
function correctionsMigration(): string {
  const INDICATOR = ['level1', 'level2', 'name', 'target', 'actual', 'weight', 'score', 'deviation'];
  const FUNDS = ['item', 'initial_budget_fen', 'annual_budget_fen', 'executed_fen', 'weight', 'rate', 'score'];
  const TABLE = ['title', 'year', 'project', 'department', 'implementer', 'total_weight', 'total_score'];
  // amounts stay integer 分 whatever type the value was bound with (a JSON import binds numbers as REAL)
  const typed = (f: string) => (f.endsWith('_fen') ? 'CAST(c.new_value AS INTEGER)' : 'c.new_value');
  const pivot = (fields: string[]) => fields.map((f) =>
    `max(c.field = '${f}') AS has_${f}, max(CASE WHEN c.field = '${f}' THEN ${typed(f)} END) AS new_${f}`).join(',\n  ');
  const pick = (alias: string, fields: string[]) => (f: string) =>
    fields.includes(f) ? `CASE WHEN x.has_${f} THEN x.new_${f} ELSE ${alias}.${f} END` : `${alias}.${f}`;
  const ti = pick('i', INDICATOR);
  const tf = pick('f', FUNDS);
  const tt = pick('t', TABLE);
  const yuan = (column: string) => `CASE WHEN ${tf(column)} IS NOT NULL THEN
         (CASE WHEN ${tf(column)} < 0 THEN '-' ELSE '' END) || (abs(${tf(column)}) / 100) || '.' || printf('%02d', abs(${tf(column)}) % 100) END`;
  // the row a correction names: same document content, table position, name and occurrence.
  // CROSS JOIN keeps SQLite's join order: from the few corrections to their rows, never a scan of every row
  const rowsOf = (entity: 'indicator' | 'funds', table: string, name: string) => `
FROM v_corrections_current c
CROSS JOIN documents d ON d.sha256 = c.document_sha256
CROSS JOIN tables t ON t.document_id = d.id AND t.ordinal = c.table_ordinal
CROSS JOIN ${table} r ON r.table_id = t.id AND r.${name} = c.row_name
WHERE c.entity = '${entity}'
  AND c.row_occurrence = (SELECT count(*) FROM ${table} r2 WHERE r2.table_id = r.table_id AND r2.${name} = r.${name} AND r2.ordinal <= r.ordinal)
GROUP BY r.id`;
  return `
CREATE TABLE corrections (
  id              INTEGER PRIMARY KEY,
  document_sha256 TEXT NOT NULL,
  table_ordinal   INTEGER NOT NULL,
  entity          TEXT NOT NULL CHECK (entity IN ('table', 'funds', 'indicator')),
  row_name        TEXT NOT NULL,        -- the indicator's name / funds item as extracted; '' for the table
  row_occurrence  INTEGER NOT NULL,     -- 1: the first row of that name in the table, 2: the second …
  row_ordinal     INTEGER,              -- the row's position when it was corrected (for people; not part of the key)
  field           TEXT NOT NULL,        -- the column: target, score, executed_fen, total_score …
  old_value,                            -- typed like the column (amounts in 分)
  new_value,
  reason          TEXT NOT NULL,
  reviewer        TEXT NOT NULL,
  corrected_at    TEXT NOT NULL         -- ISO-8601 UTC
);
CREATE INDEX corrections_key ON corrections(document_sha256, table_ordinal, entity, row_name, row_occurrence, field);

CREATE TABLE verifications (
  id              INTEGER PRIMARY KEY,
  document_sha256 TEXT NOT NULL,
  table_ordinal   INTEGER NOT NULL,
  verified        INTEGER NOT NULL CHECK (verified IN (0, 1)),
  reviewer        TEXT NOT NULL,
  note            TEXT,
  verified_at     TEXT NOT NULL
);
CREATE INDEX verifications_key ON verifications(document_sha256, table_ordinal);

-- the correction that applies to each key: the latest
CREATE VIEW v_corrections_current AS
SELECT c.* FROM corrections c
WHERE c.id = (SELECT max(c2.id) FROM corrections c2
              WHERE c2.document_sha256 = c.document_sha256 AND c2.table_ordinal = c.table_ordinal
                AND c2.entity = c.entity AND c2.row_name = c.row_name
                AND c2.row_occurrence = c.row_occurrence AND c2.field = c.field);

CREATE VIEW v_indicator_corrections AS
SELECT r.id AS indicator_id, group_concat(c.field, ',') AS fields,
  ${pivot(INDICATOR)}${rowsOf('indicator', 'indicators', 'name')};

CREATE VIEW v_funds_corrections AS
SELECT r.id AS funds_id, group_concat(c.field, ',') AS fields,
  ${pivot(FUNDS)}${rowsOf('funds', 'funds', 'item')};

CREATE VIEW v_table_corrections AS
SELECT t.id AS table_id, group_concat(c.field, ',') AS fields,
  ${pivot(TABLE)}
FROM v_corrections_current c
CROSS JOIN documents d ON d.sha256 = c.document_sha256
CROSS JOIN tables t ON t.document_id = d.id AND t.ordinal = c.table_ordinal
WHERE c.entity = 'table'
GROUP BY t.id;

CREATE VIEW v_verified AS
SELECT t.id AS table_id, v.verified, v.reviewer AS verified_by, v.verified_at
FROM verifications v
CROSS JOIN documents d ON d.sha256 = v.document_sha256
CROSS JOIN tables t ON t.document_id = d.id AND t.ordinal = v.table_ordinal
WHERE v.id = (SELECT max(v2.id) FROM verifications v2 WHERE v2.document_sha256 = v.document_sha256 AND v2.table_ordinal = v.table_ordinal);

DROP VIEW v_tables;
DROP VIEW v_indicators;
DROP VIEW v_funds;

CREATE VIEW v_indicators AS
SELECT i.id AS indicator_id, t.id AS table_id, d.path, t.kind, t.year, t.title, t.project,
       t.department, t.implementer, t.region, t.project_id, p.unit_key, p.project_key,
       t.total_score AS table_total_score,
       i.ordinal, ${ti('level1')} AS level1, i.level1_printed, ${ti('level2')} AS level2, ${ti('name')} AS name,
       ${ti('target')} AS target, i.target_comparator, i.target_value, i.target_value_max, i.target_unit,
       ${ti('actual')} AS actual, i.actual_comparator, i.actual_value, i.actual_value_max, i.actual_unit,
       ${ti('weight')} AS weight, ${ti('score')} AS score, ${ti('deviation')} AS deviation,
       i.source_line, i.source_column, i.source_page,
       x.fields AS corrected
FROM indicators i
JOIN tables t ON t.id = i.table_id
JOIN documents d ON d.id = t.document_id
LEFT JOIN projects p ON p.id = t.project_id
LEFT JOIN v_indicator_corrections x ON x.indicator_id = i.id;

CREATE VIEW v_funds AS
SELECT f.id AS funds_id, t.id AS table_id, d.path, t.kind, t.year, t.project, t.department,
       t.implementer, t.money_unit, f.ordinal, ${tf('item')} AS item,
       ${tf('initial_budget_fen')} AS initial_budget_fen, ${tf('annual_budget_fen')} AS annual_budget_fen, ${tf('executed_fen')} AS executed_fen,
       ${yuan('initial_budget_fen')} AS initial_budget_yuan,
       ${yuan('annual_budget_fen')} AS annual_budget_yuan,
       ${yuan('executed_fen')} AS executed_yuan,
       ${tf('weight')} AS weight, ${tf('rate')} AS rate, ${tf('score')} AS score, f.source_line, f.source_column, f.source_page,
       x.fields AS corrected
FROM funds f
JOIN tables t ON t.id = f.table_id
JOIN documents d ON d.id = t.document_id
LEFT JOIN v_funds_corrections x ON x.funds_id = f.id;

CREATE VIEW v_tables AS
SELECT t.id AS table_id, d.path, d.sha256, t.ordinal, t.kind, ${tt('title')} AS title, ${tt('year')} AS year, ${tt('project')} AS project,
       ${tt('department')} AS department, ${tt('implementer')} AS implementer, t.region, t.period, t.start_date, t.end_date, t.money_unit,
       ${tt('total_weight')} AS total_weight, ${tt('total_score')} AS total_score, t.project_id, p.unit_key, p.project_key,
       t.funds_count, t.indicator_count,
       -- sums as printed, plus what corrections changed (joined once per statement, not per table)
       CASE WHEN ix.table_id IS NULL THEN (SELECT sum(i.weight) FROM indicators i WHERE i.table_id = t.id)
            ELSE coalesce((SELECT sum(i.weight) FROM indicators i WHERE i.table_id = t.id), 0) + ix.d_weight END AS indicators_weight,
       CASE WHEN ix.table_id IS NULL THEN (SELECT sum(i.score) FROM indicators i WHERE i.table_id = t.id)
            ELSE coalesce((SELECT sum(i.score) FROM indicators i WHERE i.table_id = t.id), 0) + ix.d_score END AS indicators_score,
       -- the first funds row is the 年度资金总额 line that carries the funds weight and score
       CASE WHEN fx.has_weight THEN fx.new_weight ELSE (SELECT f.weight FROM funds f WHERE f.table_id = t.id ORDER BY f.ordinal LIMIT 1) END AS funds_weight,
       CASE WHEN fx.has_score THEN fx.new_score ELSE (SELECT f.score FROM funds f WHERE f.table_id = t.id ORDER BY f.ordinal LIMIT 1) END AS funds_score,
       (SELECT count(*) FROM findings g WHERE g.table_id = t.id AND g.severity = 'warning') AS warnings,
       t.source_line, t.source_page, d.imported_at,
       x.fields AS corrected,
       -- values corrected in this table (each key once, however often it was corrected); by the key's index
       (SELECT count(DISTINCT c.entity || '|' || c.row_name || '|' || c.row_occurrence || '|' || c.field) FROM corrections c
        WHERE c.document_sha256 = d.sha256 AND c.table_ordinal = t.ordinal) AS corrections,
       coalesce(v.verified, 0) AS verified, v.verified_by, v.verified_at
FROM tables t
JOIN documents d ON d.id = t.document_id
LEFT JOIN projects p ON p.id = t.project_id
LEFT JOIN v_table_corrections x ON x.table_id = t.id
LEFT JOIN (SELECT i.table_id,
                  sum(CASE WHEN c.has_weight THEN coalesce(c.new_weight, 0) - coalesce(i.weight, 0) ELSE 0 END) AS d_weight,
                  sum(CASE WHEN c.has_score THEN coalesce(c.new_score, 0) - coalesce(i.score, 0) ELSE 0 END) AS d_score
           FROM v_indicator_corrections c JOIN indicators i ON i.id = c.indicator_id GROUP BY i.table_id) ix ON ix.table_id = t.id
LEFT JOIN (SELECT f.table_id, c.has_weight, c.new_weight, c.has_score, c.new_score
           FROM v_funds_corrections c JOIN funds f ON f.id = c.funds_id
           WHERE f.ordinal = (SELECT min(f2.ordinal) FROM funds f2 WHERE f2.table_id = f.table_id)) fx ON fx.table_id = t.id
LEFT JOIN v_verified v ON v.table_id = t.id;
`;
}
