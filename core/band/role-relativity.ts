/**
 * A role's US band when no source states one: the generic AI-engineer band scaled by the role's
 * global contractor-rate relativity (the role's senior rate over the senior AI engineer rate, both
 * from Lemon.io's rate report, seed 000). DESIGN.md §5 names this method. It rests on assumptions no
 * source states (data/assumptions.ts), so every figure it makes is graded estimate.
 */
import { figure } from '../../data/figures';
import { BAND_TABLE_ROLE } from '../../data/band-tables';
import { AssumptionId } from '../../data/assumptions';
import { Role, roles } from '../vocabulary/roles';
import { figureNotes, formatUsd } from './provenance';

export interface Relativity {
  readonly factor: number;
  /** the sentence AI.SOURCE shows; empty for the role the tables describe */
  readonly explanation: string;
  /** what the factor rests on; empty for the role the tables describe */
  readonly assumptions: readonly AssumptionId[];
}

export function roleRelativity(role: Role): Relativity | undefined {
  if (role.id === BAND_TABLE_ROLE) return { factor: 1, explanation: '', assumptions: [] };
  if (!role.seniorRateFigure) return undefined;
  const reference = roles.byId(BAND_TABLE_ROLE)!;
  const roleRate = figure(role.seniorRateFigure).value;
  const referenceRate = figure(reference.seniorRateFigure!).value;
  const factor = roleRate / referenceRate;
  return {
    factor,
    assumptions: ['contractor-relativity', ...(role.rateAssumptions ?? [])],
    explanation: `scaled for ${role.name}: the AI Engineer figure x ${factor.toFixed(4)}, the ratio of the senior global contractor rates ${formatUsd(roleRate)}/h${figureNotes(role.seniorRateFigure)} to ${formatUsd(referenceRate)}/h for a senior AI engineer (Lemon.io's Software Developer Rate Benchmark Report, January 2024 to April 2026, in Payscale's article, 2026)`,
  };
}
