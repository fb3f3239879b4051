/**
 * Writes the README's function table from the registry (`npm run docs`), between the markers
 * `<!-- functions:start -->` and `<!-- functions:end -->`. tests/repo/readme-functions.test.ts
 * fails when the committed README disagrees, so the table cannot drift from the catalog.
 */
import * as fs from 'fs';
import * as path from 'path';
import { CATALOG } from '../core/registry';
import { FunctionSpec, excelName, sheetsName } from '../core/function-spec';
import { exampleFormula } from '../core/examples';
import { exampleLabel } from '../core/help';

export const README_PATH = path.join(__dirname, '..', 'README.md');
const START = '<!-- functions:start -->';
const END = '<!-- functions:end -->';

const cell = (text: string): string => text.replace(/\|/g, '\\|').replace(/\s+/g, ' ').trim();

function signature(spec: FunctionSpec): string {
  const params = spec.params.map((p) => (p.optional ? `[${p.name}]` : p.name)).join(', ');
  return `\`${excelName(spec)}(${params})\``;
}

/** One row a function: Excel signature and Sheets name, the registry summary, and the example. */
export function functionTable(catalog: readonly FunctionSpec[]): string {
  const rows = catalog.map(
    (spec) =>
      `| ${signature(spec)} / \`${sheetsName(spec)}\` | ${cell(spec.summary)} | \`${exampleFormula(spec, 'excel')}\`${exampleLabel(spec) === 'Example' ? '' : ` (${exampleLabel(spec).replace(/^Example \((.*)\)$/, '$1')})`} |`,
  );
  return ['| Excel / Sheets | returns | example |', '|---|---|---|', ...rows].join('\n');
}

/** The README with its table replaced; throws if the markers are missing. */
export function withFunctionTable(readme: string, catalog: readonly FunctionSpec[] = CATALOG): string {
  const start = readme.indexOf(START);
  const end = readme.indexOf(END);
  if (start < 0 || end < start) throw new Error(`README.md needs ${START} and ${END} around the function table`);
  return `${readme.slice(0, start + START.length)}\n${functionTable(catalog)}\n${readme.slice(end)}`;
}

if (require.main === module) {
  const current = fs.readFileSync(README_PATH, 'utf8');
  const next = withFunctionTable(current);
  if (next !== current) fs.writeFileSync(README_PATH, next);
  console.log(`README.md: ${CATALOG.length} functions${next === current ? ' (unchanged)' : ' written'}`);
}
