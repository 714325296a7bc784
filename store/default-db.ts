/** The database the commands use when no --db is given: a file in the current folder, no server. */
export const DEFAULT_DB = 'jixiao.sqlite';
