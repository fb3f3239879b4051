/**
 * AI.BAND: one role and level of a band source (an embedded table, or the user's own band table),
 * resolved to its figures and as-of date; AI.SOURCE explains the same lookup (./source.ts).
 */
import { defineFunction, FunctionSpec } from '../function-spec';
import { isSheetError, notAvailable, SheetError } from '../errors';
import { OWN_TABLE_HINT } from '../messages';
import {
  findUserBandRow,
  isUserBandTable,
  TableStat,
  userBandAsOf,
  userBandFigure,
  UserBandTable,
} from '../band/user-table';
import { BAND_STATS, BandResult, BandRowResult, DEFAULT_TABLE, LevelRef, lookupBandRow } from '../band/embedded-bands';
import { BandTable } from '../../data/band-tables';
import { formatUsd } from '../band/provenance';
import { Role } from '../vocabulary/roles';
import { OutputCell } from '../cells';
import { bandLevelParam, bandLookupStatParam, bandMarketParam, bandRoleParam, NameRef, sourceParam } from './params';

/** What a band lookup reads from: an embedded table (by name), a user's own table, or the default. */
export type BandSource = BandTable | UserBandTable | undefined;

/** The figures a band lookup answers one at a time (the row's grades and the as-of date aside). */
export type FigureStat = TableStat | 'avg';

/** One role and level of a source, resolved: its figures by stat, and its as-of date. */
interface BandLookup {
  figure(stat: FigureStat): BandResult;
  asOf(): number | SheetError;
}

/** What the embedded row states as its central figure, for #N/A messages of p50 and avg. */
function centralIs(row: BandRowResult): string {
  const mid = row.mid;
  if (isSheetError(mid)) return 'no central figure';
  const what = mid.statistic === 'midpoint' ? 'midpoint of its range' : (mid.statistic ?? 'figure');
  return `${/^[aeiou]/.test(what) ? 'an' : 'a'} ${what} as mid (${formatUsd(mid.value)}, ${mid.basis})`;
}

function embeddedFigure(row: BandRowResult, stat: FigureStat, table: BandTable): BandResult {
  if (stat === 'min' || stat === 'mid' || stat === 'max') return row[stat];
  // A median or an average answers only where a source reports one; a midpoint is never either.
  const mid = row.mid;
  if (stat === 'p50') {
    if (!isSheetError(mid) && mid.statistic === 'median') return mid;
    return notAvailable(
      `no source reports a median here: the ${table.name} table gives ${centralIs(row)}; use stat "mid" for that figure, or ${OWN_TABLE_HINT}`,
    );
  }
  if (stat === 'avg') {
    if (!isSheetError(mid) && mid.statistic === 'average') return mid;
    return notAvailable(
      `no source reports an average here: the ${table.name} table gives ${centralIs(row)}${table.id.startsWith('nexus') ? '' : '; source "nexus" reports averages by level'}; use stat "mid" for that figure`,
    );
  }
  return notAvailable(
    `the embedded ${table.name} table states no percentiles, only min, mid and max (and a median where a source reports one); ${OWN_TABLE_HINT}`,
  );
}

export function bandLookup(
  role: NameRef<Role>,
  level: NameRef<LevelRef>,
  market: NameRef<'US'> | undefined,
  source: BandSource,
): BandLookup | SheetError {
  if (isUserBandTable(source)) {
    const row = findUserBandRow(source, role.text, level.text, market?.text);
    if (isSheetError(row)) return row;
    return {
      figure: (stat) =>
        stat === 'avg'
          ? notAvailable('your band table has no average column: use stat "mid", or "p50" for a median column')
          : userBandFigure(source, row, stat),
      asOf: () => userBandAsOf(source, row),
    };
  }
  if (isSheetError(role.builtIn)) return role.builtIn;
  if (isSheetError(level.builtIn)) return level.builtIn;
  if (market && isSheetError(market.builtIn)) return market.builtIn;
  const table = source ?? DEFAULT_TABLE;
  const row = lookupBandRow(role.builtIn, level.builtIn, table);
  if (isSheetError(row)) return row;
  return {
    figure: (stat) => embeddedFigure(row, stat, table),
    asOf: () =>
      notAvailable(
        `the embedded ${table.name} data is dated by year only, not by day, so it has no as-of date; give AI.AGE the date you take it to be, or pass your own band table with an "as of" column as the source argument`,
      ),
  };
}

const gradeOf = (result: BandResult): OutputCell => (isSheetError(result) ? result : result.basis);

export const BAND = defineFunction({
  name: 'BAND',
  summary:
    'US annual base pay band for a role and level (or from your own band table as source): the row min, mid, max, or one figure with stat; stat "grade" gives each grade (reported, derived or estimate); source "strict" returns estimates as #N/A.',
  params: [bandRoleParam, bandLevelParam, bandLookupStatParam, bandMarketParam, sourceParam],
  result: 'row',
  columns: BAND_STATS,
  example: ['LLMOps', 'Senior'],
  run(role, level, stat, market, source) {
    const lookup = bandLookup(role, level, market, source);
    if (isSheetError(lookup)) return lookup;
    if (stat === 'asof') return lookup.asOf();
    if (stat === 'grade') return BAND_STATS.map((s) => gradeOf(lookup.figure(s)));
    if (stat) return valueOf(lookup.figure(stat));
    return [valueOf(lookup.figure('min')), valueOf(lookup.figure('mid')), valueOf(lookup.figure('max'))];
  },
});

const valueOf = (result: BandResult): OutputCell => (isSheetError(result) ? result : result.value);

export const BAND_LOOKUP_FUNCTIONS: readonly FunctionSpec[] = [BAND];
