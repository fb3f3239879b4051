/**
 * The assumptions of ours that estimated figures rest on. No source states any of them; each is
 * written so a compensation analyst can judge it and defend it, or reject it (a strict source, e.g.
 * `source "strict"`, returns #N/A instead of any figure that needs one).
 *
 * Every estimate names at least one of these by id; tests/core/grades.test.ts fails on an estimate
 * without one. Sentences are ours: the articles' own wording is never copied here.
 */
export type AssumptionId =
  'contractor-relativity' | 'contiguous-levels' | 'mlops-label' | 'backend-stand-in' | 'local-curve';

export interface Assumption {
  readonly id: AssumptionId;
  /** a short name, used in #N/A messages of the strict source */
  readonly name: string;
  /** the assumption in one or two sentences */
  readonly sentence: string;
}

export const ASSUMPTIONS: Readonly<Record<AssumptionId, Assumption>> = {
  'contractor-relativity': {
    id: 'contractor-relativity',
    name: 'contractor-rate relativity carried over to US salaried pay',
    sentence:
      "We assume a specialism is paid relative to the generic AI engineer in US salaried base pay as it is in Lemon.io's global contractor hourly rates, at every level. No source states this, and the rate article itself cautions that contractor rates and salaries are not set the same way: an agency's bill rate differs from what the contractor is paid, and contractors earn more than comparable employees in some cases and less in others. The same report is evidence against carrying a ratio over at every level: it calls the AI engineer's rise with seniority the steepest of any category and the machine learning engineer's step from senior to strong senior the largest jump among AI roles, so ratios between roles differ from level to level, and we carry the senior ratio to every level.",
  },
  'contiguous-levels': {
    id: 'contiguous-levels',
    name: 'contiguous US levels',
    sentence:
      'We assume the US levels are contiguous, each range ending where the next level\'s range begins. The source gives Entry only as a floor ("and up") and Senior only as a median and a top, so the Entry top and the Senior floor are our reading, not its figures.',
  },
  'mlops-label': {
    id: 'mlops-label',
    name: "Lemon.io's MLOps developer rate read as the LLMOps rate",
    sentence:
      'We take the rate the report gives for "MLOps developers" as the rate for LLMOps engineers; the report does not use the LLMOps label, and MLOps work is broader than operating LLM systems.',
  },
  'local-curve': {
    id: 'local-curve',
    name: 'the US seniority curve carried over to a local market',
    sentence:
      "We assume a local market's pay rises from one level to another by the same ratio as the US curve we project along. AI Tech Connect says only that the rough multiples between levels hold up broadly across markets (senior roughly 1.5 to 1.8 times entry), and it declines to give local figures itself; the exact ratio we apply is ours, read off US figures that are not always the same statistic.",
  },
  'backend-stand-in': {
    id: 'backend-stand-in',
    name: 'the back-end developer rate standing in for AI-assisted coding',
    sentence:
      'The rate report has no rate for AI-assisted coding; we let the generalist senior back-end developer rate stand in, because the article describes this profile as a conventional developer who uses AI tools rather than an AI engineer.',
  },
};

export function assumption(id: AssumptionId): Assumption {
  return ASSUMPTIONS[id];
}
