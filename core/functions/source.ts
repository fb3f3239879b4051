/**
 * AI.SOURCE: where a figure comes from, grade first, for AI.BAND's figures and (by stat) the
 * figures AI.RATE, AI.PREMIUM and AI.LOCALBAND return, and the offer functions' defaults.
 */
import { defineFunction, FunctionSpec } from '../function-spec';
import { badValue, isSheetError, notAvailable, SheetError } from '../errors';
import { CATALOG_DEFAULTS, CatalogDefault } from '../../data/defaults';
import { vocabulary } from '../vocabulary/match';
import { serialToIsoDate } from '../coerce';
import { isUserBandTable, userSeniorityRatio } from '../band/user-table';
import { BAND_STATS, DEFAULT_TABLE, LevelRef } from '../band/embedded-bands';
import { explainLocalRatio } from '../band/local-band';
import { figure, FIGURES } from '../../data/figures';
import { citeFigure, explainAssumptions, figureNotes } from '../band/provenance';
import { Role } from '../vocabulary/roles';
import { OutputCell } from '../cells';
import {
  BAND_LOOKUP_STATS,
  BAND_STAT_SYNONYMS,
  bandLevelParam,
  bandMarketParam,
  bandRoleParam,
  choiceParam,
  levelParam,
  NameRef,
  skillParam,
  sourceParam,
} from './params';
import { BandSource, bandLookup } from './band-lookup';
import { rateFigureId, rateTier } from './rates';
import { premium, premiumBoundParam } from './premiums';

/**
 * AI.SOURCE also explains the figures AI.RATE, AI.PREMIUM and AI.LOCALBAND return (DESIGN.md §5:
 * every figure says where it comes from): stat "rate" for AI.RATE(role, level); "premium" for
 * AI.PREMIUM(skill, bound), given as AI.SOURCE(skill, bound, "premium"); "local" for the ratio
 * AI.LOCALBAND(anchor, anchorLevel, level, source) applies, given as AI.SOURCE(anchorLevel, level, "local",, source).
 * Every answer starts with the grade.
 */
const sourceStatParam = choiceParam(
  'stat',
  'which figure: "min", "mid", "max" (omit for all three), "median"/"p50" or "avg" where a source reports one, "p10" to "p90" or "asof" with your own table; "rate" explains AI.RATE(role, level); "premium" explains AI.PREMIUM(skill, bound), given as AI.SOURCE(skill, bound, "premium"); "local" explains AI.LOCALBAND, given as AI.SOURCE(anchorLevel, level, "local", , source); "default" says whose choice a default is, given as AI.SOURCE("vesting", , "default") (also "hours", "horizon", "bonus payout", "exit years"...)',
  [...BAND_LOOKUP_STATS.filter((s) => s !== 'grade'), 'rate', 'premium', 'local', 'default'] as const,
  {
    ...BAND_STAT_SYNONYMS,
    hourly: 'rate',
    'contractor rate': 'rate',
    skill: 'premium',
    localband: 'local',
    'local band': 'local',
  },
);

/** One passage on a data record: its grade first, its value, reported (and by whom) or derived (and how), and what qualifies it. */
function explainFigure(id: string, what: string, show: (value: number) => string): string {
  const f = figure(id);
  const basis =
    f.basis === 'reported'
      ? `reported by ${citeFigure(id)}`
      : `derived: ${f.derivation} (formula over the figures AI.FIGURE lists by these ids), from ${citeFigure(id)}`;
  return `${f.basis}: ${what}: ${show(f.value)}${figureNotes(id)}, ${basis}${f.reading ? `. Reading of the source: ${f.reading.replace(/\.$/, '')}` : ''}.`;
}

const percent = (value: number): string => `${(value * 100).toFixed((value * 100) % 1 === 0 ? 0 : 1)}%`;

function rateSource(role: Role | SheetError, level: LevelRef | SheetError): OutputCell {
  if (isSheetError(role)) return role;
  if (isSheetError(level)) return level;
  const levelId = rateTier(level);
  if (isSheetError(levelId)) return levelId;
  const id = rateFigureId(role, level);
  if (isSheetError(id)) return id;
  const ceilings = FIGURES.filter(
    (f) => f.role === role.id && f.level === levelId.id && f.measures === 'hourly-rate' && f.statistic === 'top',
  )
    .map(
      (f) =>
        ` The report also gives a ceiling for this tier, not an average: ${f.label ?? 'up to'} $${f.value.toFixed(2)}/h (=AI.FIGURE("${f.id}")).`,
    )
    .join('');
  const what = `global contractor hourly rate (Lemon.io reports global contractor rates, not US salaries), ${role.name}, ${levelId.name}`;
  const assumptions = role.rateAssumptions ?? [];
  if (assumptions.length)
    return `estimate: ${what}: $${figure(id).value.toFixed(2)}/h, the report's figure under another label. ${explainAssumptions(assumptions)} The figure: ${explainFigure(id, 'as the report states it', (v) => `$${v.toFixed(2)}/h`)}${ceilings}`;
  return explainFigure(id, what, (v) => `$${v.toFixed(2)}/h`) + ceilings;
}

function premiumSource(skillText: string, boundText: string | undefined): OutputCell {
  const skill = skillParam.parse(skillText);
  if (isSheetError(skill)) return skill;
  const bound = boundText === undefined ? premiumBoundParam.default : premiumBoundParam.parse(boundText);
  if (bound === undefined) return badValue('bound: expected "low", "mid" or "high"');
  if (isSheetError(bound)) return bound;
  const s = skill;
  const value = premium(s, bound);
  if (isSheetError(value)) return value;
  const what = `pay premium for ${s.name}, measured against ${s.against}`;
  if (s.point) return explainFigure(s.point, what, percent);
  if (bound === 'low') return explainFigure(s.low!, `${what}, low end`, percent);
  if (bound === 'high') return explainFigure(s.high!, `${what}, high end`, percent);
  return `derived: ${what}, mid (the default bound): ${percent(value)}, halfway between the stated low and high ends, (low + high) / 2. ${explainFigure(s.low!, 'Low end', percent)} ${explainFigure(s.high!, 'High end', percent)}`;
}

function localSource(anchorText: string, level: NameRef<LevelRef>, source: BandSource): OutputCell {
  if (isUserBandTable(source)) {
    const ratio = userSeniorityRatio(source, anchorText, level.text);
    return isSheetError(ratio)
      ? ratio
      : `estimate: AI.LOCALBAND multiplies the anchor by ${ratio.factor.toFixed(4)}, ${ratio.explanation}. ${explainAssumptions(['local-curve'])}`;
  }
  const anchor = levelParam.parse(anchorText);
  if (isSheetError(anchor)) return anchor;
  if (isSheetError(level.builtIn)) return level.builtIn;
  return explainLocalRatio(anchor, level.builtIn, source ?? DEFAULT_TABLE);
}

const DEFAULTS = vocabulary('default', CATALOG_DEFAULTS);

/** One default in words: whose choice it is (ours, following a source where one does), why, and where it departs from a source. */
export function describeDefault(d: CatalogDefault): string {
  const whose = d.follows ? `our choice, following ${d.follows}` : 'our choice';
  return `${whose}: the ${d.name} defaults to ${d.value}. ${d.why}${d.departs ? ` Departs from a source: ${d.departs}` : ''}`;
}

/** AI.SOURCE(name, , "default"): one default the catalog applies, whose choice it is, and why. */
function defaultSource(name: string): OutputCell {
  const found = DEFAULTS.find(name);
  if (isSheetError(found))
    return badValue(
      `${found.message.replace(/ listed by AI\.DEFAULTS\(\)/, '')} (${CATALOG_DEFAULTS.map((d) => `"${d.id}"`).join(', ')})`,
    );
  return describeDefault(found);
}

export const SOURCE = defineFunction({
  name: 'SOURCE',
  summary:
    'Where a figure comes from, grade first (reported, derived or estimate): publisher, report and date, how it was derived, the assumptions an estimate rests on; stat "rate", "premium", "local" or "default" for other figures and defaults.',
  params: [bandRoleParam, { ...bandLevelParam, optional: true }, sourceStatParam, bandMarketParam, sourceParam],
  result: 'cell',
  example: ['LLMOps', 'Senior', 'mid'],
  run(role, level, stat, market, source) {
    if (stat === 'premium') return premiumSource(role.text, level?.text);
    if (stat === 'default') return defaultSource(role.text);
    if (!level)
      return notAvailable(
        'level is required: expected a level, e.g. "Senior" (only AI.SOURCE(skill, , "premium") may leave it out, for the default bound)',
      );
    if (stat === 'rate') return rateSource(role.builtIn, level.builtIn);
    if (stat === 'local') return localSource(role.text, level, source);
    const lookup = bandLookup(role, level, market, source);
    if (isSheetError(lookup)) return lookup;
    if (stat === 'asof') {
      const asOf = lookup.asOf();
      return isSheetError(asOf)
        ? `as-of date: not available (${asOf.message})`
        : `as-of date: ${serialToIsoDate(asOf)}, as your band table states it`;
    }
    if (stat) {
      const result = lookup.figure(stat);
      return isSheetError(result) ? result : `${result.basis}: ${result.source}`;
    }
    const results = BAND_STATS.map((s) => [s, lookup.figure(s)] as const);
    const grades = results.map(([s, r]) => `${s} ${isSheetError(r) ? 'not available' : r.basis}`).join(', ');
    const parts = results.map(([s, r]) =>
      isSheetError(r) ? `${s}: not available (${r.message})` : `${s}: ${r.basis}: ${r.source}`,
    );
    return [`grades: ${grades}`, ...parts].join(' | ');
  },
});

export const SOURCE_FUNCTIONS: readonly FunctionSpec[] = [SOURCE];
