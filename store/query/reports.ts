import { foldName } from '../project-key.js';
import type { SqlValue } from '../rows.js';

export interface ReportQuery {
  readonly sql: string;
  readonly params: Readonly<Record<string, SqlValue>>;
}

/** A named question analysts ask often, answered by one read-only SELECT. */
export interface Report {
  readonly summary: string;
  /** the argument the report needs (shown in the usage), or null */
  readonly argument: string | null;
  build(argument: string, limit: number): ReportQuery;
}

/** SQLite: LIMIT -1 means no limit */
const sqlLimit = (limit: number): number => (limit > 0 ? limit : -1);
const likePattern = (text: string): string => `%${text.replace(/[\\%_]/g, '\\$&')}%`;
/** trigram FTS needs 3 characters; a phrase in double quotes matches the text as a substring */
const ftsPhrase = (text: string): string => `"${text.replace(/"/g, '""')}"`;

const UNIT = 'coalesce(t.implementer, t.department)';

export const REPORTS = {
  scores: {
    summary: 'total scores by year, unit and table kind',
    argument: null,
    build: (_, limit) => ({
      sql: `SELECT t.year, ${UNIT} AS unit, t.kind, count(*) AS tables,
              round(avg(t.total_score), 2) AS avg_score, min(t.total_score) AS min_score, max(t.total_score) AS max_score
            FROM v_tables t
            GROUP BY t.year, unit, t.kind
            ORDER BY t.year, unit, t.kind
            LIMIT @limit`,
      params: { limit: sqlLimit(limit) },
    }),
  },
  'total-mismatch': {
    summary: 'tables whose printed 总分 (weight or score) disagrees with the sum of their rows (indicators + funds line)',
    argument: null,
    build: (_, limit) => ({
      sql: `SELECT table_id, year, project, coalesce(implementer, department) AS unit,
              total_weight, round(coalesce(indicators_weight, 0) + coalesce(funds_weight, 0), 2) AS rows_weight,
              total_score, round(coalesce(indicators_score, 0) + coalesce(funds_score, 0), 2) AS rows_score,
              round(total_score - coalesce(indicators_score, 0) - coalesce(funds_score, 0), 2) AS score_difference,
              path, source_line
            FROM v_tables
            WHERE indicators_score IS NOT NULL
              AND (abs(total_score - coalesce(indicators_score, 0) - coalesce(funds_score, 0)) > 0.005
                OR abs(total_weight - coalesce(indicators_weight, 0) - coalesce(funds_weight, 0)) > 0.005)
            ORDER BY abs(coalesce(score_difference, 0)) DESC, table_id
            LIMIT @limit`,
      params: { limit: sqlLimit(limit) },
    }),
  },
  lowest: {
    summary: 'the lowest-scoring indicators (score ÷ weight)',
    argument: null,
    build: (_, limit) => ({
      sql: `SELECT year, project, coalesce(implementer, department) AS unit, level2, name, target, actual,
              weight, score, round(score / weight, 3) AS ratio, deviation, path, source_line
            FROM v_indicators
            WHERE score IS NOT NULL AND weight > 0
            ORDER BY score / weight, score, indicator_id
            LIMIT @limit`,
      params: { limit: sqlLimit(limit) },
    }),
  },
  search: {
    summary: 'indicators (name, deviation) and goals containing TEXT (full-text, Chinese)',
    argument: 'TEXT',
    build: (text, limit): ReportQuery => {
      const long = [...text].length >= 3;
      const indicatorLike = "(i.name LIKE @like ESCAPE '\\' OR i.deviation LIKE @like ESCAPE '\\')";
      const goalLike = "g.text LIKE @like ESCAPE '\\'";
      // rows written after the index's last bulk update (an import running or killed) are scanned
      const indicatorMatch = long
        ? `(i.id IN (SELECT rowid FROM indicators_fts WHERE indicators_fts MATCH @match)
            OR (i.id > (SELECT indexed_upto FROM search_progress WHERE source = 'indicators') AND ${indicatorLike}))`
        : indicatorLike;
      const goalMatch = long
        ? `(g.id IN (SELECT rowid FROM goals_fts WHERE goals_fts MATCH @match)
            OR (g.id > (SELECT indexed_upto FROM search_progress WHERE source = 'goals') AND ${goalLike}))`
        : goalLike;
      return {
        sql: `SELECT * FROM (
                SELECT 'indicator' AS found_in, t.year, t.project, ${UNIT} AS unit, i.name AS text,
                       i.deviation AS detail, d.path, i.source_line
                FROM indicators i JOIN tables t ON t.id = i.table_id JOIN documents d ON d.id = t.document_id
                WHERE ${indicatorMatch}
                UNION ALL
                SELECT 'goal (' || g.which || ')', t.year, t.project, ${UNIT}, g.text, NULL, d.path, t.source_line
                FROM goals g JOIN tables t ON t.id = g.table_id JOIN documents d ON d.id = t.document_id
                WHERE ${goalMatch})
              ORDER BY year, unit, project
              LIMIT @limit`,
        params: { like: likePattern(text), ...(long && { match: ftsPhrase(text) }), limit: sqlLimit(limit) },
      };
    },
  },
  projects: {
    summary: 'projects (same unit + project name) with the years they appear in',
    argument: null,
    build: (_, limit) => ({
      sql: `SELECT p.id AS project_id, p.unit, p.project, min(t.year) AS first_year, max(t.year) AS last_year,
              count(DISTINCT t.year) AS years, count(*) AS tables, round(avg(t.total_score), 2) AS avg_score
            FROM projects p JOIN v_tables t ON t.project_id = p.id
            GROUP BY p.id
            ORDER BY years DESC, tables DESC, p.id
            LIMIT @limit`,
      params: { limit: sqlLimit(limit) },
    }),
  },
  project: {
    summary: "one project across years: every indicator by year (PROJECT is a project_id or part of the name)",
    argument: 'PROJECT',
    build: (project, limit) => ({
      sql: `SELECT p.id AS project_id, t.year, t.project, ${UNIT} AS unit, t.total_score,
              i.level1, i.level2, i.name, i.target, i.actual, i.weight, i.score
            FROM projects p
            JOIN v_tables t ON t.project_id = p.id
            JOIN v_indicators i ON i.table_id = t.table_id
            WHERE p.id = @id OR p.project_key LIKE @like ESCAPE '\\' OR p.project LIKE @like ESCAPE '\\'
            ORDER BY p.id, i.level1, i.level2, i.name, t.year
            LIMIT @limit`,
      params: {
        id: /^\d+$/.test(project) ? Number(project) : null,
        like: likePattern(foldName(project)),
        limit: sqlLimit(limit),
      },
    }),
  },
  findings: {
    summary: 'findings by code and severity',
    argument: null,
    build: (_, limit) => ({
      sql: `SELECT code, severity, count(*) AS findings, count(DISTINCT document_id) AS documents
            FROM findings GROUP BY code, severity
            ORDER BY CASE severity WHEN 'error' THEN 0 WHEN 'warning' THEN 1 ELSE 2 END, findings DESC
            LIMIT @limit`,
      params: { limit: sqlLimit(limit) },
    }),
  },
  failures: {
    summary: 'files that failed to import, with the error code and message',
    argument: null,
    build: (_, limit) => ({
      sql: `SELECT path, sha256, code, message, recorded_at FROM import_errors
            WHERE document_id IS NULL ORDER BY path, id LIMIT @limit`,
      params: { limit: sqlLimit(limit) },
    }),
  },
  runs: {
    summary: 'import runs: when, which tool version, counts',
    argument: null,
    build: (_, limit) => ({
      sql: `SELECT id, started_at, finished_at, tool_version, imported, skipped, failed, arguments
            FROM import_runs ORDER BY id DESC LIMIT @limit`,
      params: { limit: sqlLimit(limit) },
    }),
  },
} satisfies Record<string, Report>;

export type ReportName = keyof typeof REPORTS;
export const isReportName = (name: string): name is ReportName => Object.hasOwn(REPORTS, name);
