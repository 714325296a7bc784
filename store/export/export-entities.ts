/**
 * What `export` writes as CSV files / XLSX sheets: one entity per SQL table, one row per row of
 * that table, with the analyst views' metadata columns joined in where a view exists.
 */
export const EXPORT_ENTITIES = {
  documents: 'SELECT id AS document_id, path, sha256, format, encoding, size, imported_at, tool_version, run_id, table_count, indicator_count FROM documents ORDER BY id',
  tables: 'SELECT * FROM v_tables ORDER BY table_id',
  funds: 'SELECT * FROM v_funds ORDER BY funds_id',
  indicators: 'SELECT * FROM v_indicators ORDER BY indicator_id',
  goals: 'SELECT * FROM v_goals ORDER BY goal_id',
  findings: 'SELECT * FROM v_findings ORDER BY finding_id',
  projects: 'SELECT id AS project_id, unit_key, project_key, unit, project FROM projects ORDER BY id',
  import_errors: 'SELECT * FROM import_errors ORDER BY id',
  // reviewers' audit trail (issue 10); corrected values are in the views above
  corrections: 'SELECT * FROM corrections ORDER BY id',
} as const;

/** Entity names are the SQL table names, so `SELECT count(*) FROM <entity>` counts what was exported. */
export type ExportEntity = keyof typeof EXPORT_ENTITIES;
export const EXPORT_ENTITY_NAMES = Object.keys(EXPORT_ENTITIES) as ExportEntity[];
export const isExportEntity = (name: string): name is ExportEntity => Object.hasOwn(EXPORT_ENTITIES, name);
