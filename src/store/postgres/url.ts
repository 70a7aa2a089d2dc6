/** Whether a `--db` value names PostgreSQL: apart from connect.ts so that a SQLite store's commands
 * can ask without loading the PostgreSQL driver (src/store/open.ts imports the driver only for one). */
export const isPostgresUrl = (db: string): boolean => /^postgres(ql)?:\/\//i.test(db);
