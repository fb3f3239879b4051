/**
 * A user's own band table standing in for the embedded data (issue 7; DESIGN.md §5: "the embedded
 * seed data must be the default, never the ceiling"). A company pay structure or a survey export is
 * a range whose first row is a header: role, level, and any of min, mid, max, p10, p25, p50, p75,
 * p90, currency, market, source, as-of date. Headers are matched loosely, because every survey
 * vendor spells them its own way ("Midpoint", "50th Percentile", "Job Family", "Grade").
 *
 * Reading is all or nothing: a table with any problem is an error naming each bad row and column
 * and what would be right, and none of it is used, so no lookup ever reads half a table.
 *
 * Figures in a user's table are "reported" by that table; the one derivation is a missing mid,
 * taken as the midpoint of min and max (or, with no range, the table's median), and AI.SOURCE says
 * which.
 */
export * from './user-table-columns';
export { parseUserBandTable, readBandTable, tableProblemsError } from './user-table-read';
export { findUserBandRow, formatAmount, userBandAsOf, userBandFigure } from './user-table-lookup';
export * from './user-table-curve';
