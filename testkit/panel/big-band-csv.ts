/** A large band table for the paste test and bench/panel-paste.bench.ts. */
export const LEVELS = ['Entry', 'Mid', 'Senior', 'Staff', 'Principal'];

/** `rows` data rows: LLMOps at every level first, then made-up families, five levels each. */
export function bigBandCsv(rows: number): string {
  const lines = ['role,level,min,mid,max,currency,source,as of'];
  for (let i = 0; i < rows; i++) {
    const role = i < 5 ? 'LLMOps' : `Family ${Math.floor(i / 5)}`;
    const mid = 150000 + (i % 5) * 20000;
    lines.push(`${role},${LEVELS[i % 5]},${mid - 30000},${mid},${mid + 30000},USD,Survey A,2025-07-01`);
  }
  return lines.join('\n');
}
