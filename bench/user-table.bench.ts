/**
 * Issue 7: a user's band table as the source of a 10,000-row AI.BAND call, beside the same call on
 * the embedded data (the same-run baseline), and the cost of reading a table (once per call).
 */
import { callByName } from '../core';
import { lookupBand } from '../core/band/embedded-bands';
import { parseUserBandTable } from '../core/band/user-table';
import { parseBandTableCsv } from '../core/band/band-table-csv';
import { BAND_TABLES } from '../data/band-tables';
import { ROLES } from '../core/vocabulary/roles';
import { levels } from '../core/vocabulary/levels';
import { measure, printTable } from './harness';
import { bandColumns as tracker } from './trackers';

/** The embedded default table rebuilt as a user table (17 roles x 3 levels), figures as text. */
function embeddedAsTable(): unknown[][] {
  const source = BAND_TABLES[0];
  const grid: unknown[][] = [
    ['Job Family', 'Grade', 'Range Minimum', 'Midpoint', 'Range Maximum', 'Currency', 'As of'],
  ];
  for (const role of ROLES) {
    for (const row of source.rows) {
      const level = levels.byId(row.level)!;
      const cells = (['min', 'mid', 'max'] as const).map((stat) => {
        const f = lookupBand(role, { level }, stat, source);
        return 'value' in f ? String(f.value) : '';
      });
      grid.push([role.name, level.name, ...cells, 'USD', '2026-01-01']);
    }
  }
  return grid;
}

/** A larger survey export: 100 roles x 8 levels. */
function surveyTable(): unknown[][] {
  const grid: unknown[][] = [['Role', 'Level', 'P10', 'P25', 'Median', 'P75', 'P90', 'Currency', 'Source', 'As of']];
  for (let r = 0; r < 100; r++) {
    for (let l = 0; l < 8; l++) {
      const base = 80000 + r * 1000 + l * 20000;
      grid.push([
        `Role ${r}`,
        `L${l + 1}`,
        base,
        base * 1.1,
        base * 1.2,
        base * 1.3,
        base * 1.4,
        'USD',
        'Survey',
        45839,
      ]);
    }
  }
  return grid;
}

export function run(): void {
  const rows = 10_000;
  const { roles, levels: levelCol } = tracker(rows);
  const table = embeddedAsTable();
  const survey = surveyTable();
  const csv = survey.map((line) => line.join(',')).join('\n');
  const surveyRoles = roles.map((_, i) => [`Role ${i % 100}`]);
  const surveyLevels = roles.map((_, i) => [`L${(i % 8) + 1}`]);
  const embedded = measure('AI.BAND 10,000 rows, stat mid, embedded data', rows, () =>
    callByName('BAND', [roles, levelCol, 'mid']),
  );
  const own = measure(`AI.BAND 10,000 rows, stat mid, user table (${table.length - 1} rows, text figures)`, rows, () =>
    callByName('BAND', [roles, levelCol, 'mid', null, table]),
  );
  const ownRow = measure('AI.BAND 10,000 rows, row min/mid/max, user table', rows, () =>
    callByName('BAND', [roles, levelCol, null, null, table]),
  );
  const big = measure('AI.BAND 10,000 rows, stat p50, survey table (800 rows)', rows, () =>
    callByName('BAND', [surveyRoles, surveyLevels, 'p50', null, survey]),
  );
  const scalar = measure('AI.BAND one cell, user table (51 rows): a Sheets recalc per formula', 1, () =>
    callByName('BAND', ['LLMOps', 'Senior', 'mid', null, table]),
  );
  const parse51 = measure('read a 51-row table', 51, () => parseUserBandTable(table as never));
  const parse800 = measure('read an 800-row table', 800, () => parseUserBandTable(survey as never));
  const csv800 = measure('parseBandTableCsv, 800 rows', 800, () => parseBandTableCsv(csv));
  const quoted = `Role,Level,Min,Mid,Max\nx${'a"'.repeat(400_000)},Senior,1,2,3\n`;
  const csvQuotes = measure('parseBandTableCsv, an 800 KB field full of quotes', 1, () => parseBandTableCsv(quoted), {
    runs: 3,
    warmupBudgetMs: 1,
  });
  printTable('User band tables', [embedded, own, ownRow, big, scalar, parse51, parse800, csv800, csvQuotes]);
}
