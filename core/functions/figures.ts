/**
 * Every seed figure by its id, for the figures no band, rate or premium lookup reaches (growth in
 * postings, days to fill, total compensation, startup discounts...). An analyst can cite any of
 * them in a model with its source beside it, and tests reproduce every figure through this public
 * lookup rather than by reading the data file.
 */
import { defineFunction, FunctionSpec, param, withDefault } from '../function-spec';
import { OutputCell } from '../cells';
import { badValue, isSheetError } from '../errors';
import { FIGURES } from '../../data/figures';
import type { Figure } from '../../data/figure';
import { citeArticle } from '../../data/sources';
import { citeFigure } from '../band/provenance';
import { closestHint } from '../vocabulary/match';
import { choiceParam } from './params';
import { toText } from '../coerce';
import { describeCell } from '../messages';

const BY_ID = new Map(FIGURES.map((f) => [f.id, f]));
const AS_TERMS = FIGURES.map((f) => ({ id: f.id, name: f.id, aliases: [] as string[] }));

const FIELDS = ['value', 'unit', 'measure', 'statistic', 'basis', 'source', 'note', 'label'] as const;
type Field = (typeof FIELDS)[number];

function field(f: Figure, which: Field): OutputCell {
  switch (which) {
    case 'value':
      return f.value;
    case 'unit':
      return f.unit;
    case 'measure':
      return f.measures;
    case 'statistic':
      return f.statistic;
    case 'basis':
      return f.basis === 'derived' ? `derived: ${f.derivation}` : 'reported';
    case 'source':
      return `${citeFigure(f.id)}${f.reading ? `. Reading of the source: ${f.reading}` : ''}`;
    case 'note':
      return f.note ?? citeArticle(f.article);
    // the article's own short name for the figure where it differs from ours ("MLOps developers", "can reach")
    case 'label':
      return f.label ?? f.note ?? citeArticle(f.article);
  }
}

export const FIGURE = defineFunction({
  name: 'FIGURE',
  summary:
    "A sourced figure by its id (AI.FIGURES lists them): its value, or with field its unit, measure, statistic, basis (reported or derived and how), source (publisher and date), note or label (the article's own name for it).",
  params: [
    param({
      name: 'id',
      cellType: 'string',
      zeroIsBlank: 'always',
      description: 'the figure id, e.g. "senior-time-to-fill-below-floor" (AI.FIGURES lists them)',
      parse: (cell) => {
        const text = toText(cell, 'id');
        if (isSheetError(text)) return text;
        const f = BY_ID.get(text.trim().toLowerCase());
        return (
          f ??
          badValue(
            `unknown figure id ${describeCell(cell)}: expected one of the ids AI.FIGURES() lists; ${closestHint(AS_TERMS, text)}`,
          )
        );
      },
    }),
    withDefault(
      choiceParam(
        'field',
        'what to return: "value", "unit", "measure", "statistic", "basis", "source", "note" or "label"',
        FIELDS,
      ),
      'value',
    ),
  ],
  result: 'cell',
  example: ['senior-time-to-fill-below-floor'],
  run: (f, which) => field(f, which),
});

export const FIGURES_FN = defineFunction({
  name: 'FIGURES',
  summary: 'The ids of every sourced figure, as a column (for AI.FIGURE).',
  params: [],
  result: 'column',
  example: [],
  run: () => FIGURES.map((f) => f.id),
});

export const FIGURE_FUNCTIONS: readonly FunctionSpec[] = [FIGURE, FIGURES_FN];
