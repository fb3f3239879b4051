/**
 * Issue 7, item 2 in the panel: "Blend sources" shows each source's mid for the chosen role and
 * level, each aged to one date, and their blend. The built panel in headless Chromium with the
 * recording fake host; every figure is checked against the core computed here with callByName
 * (AI.BAND, AI.AGE, AI.BLEND, AI.SOURCE), so the panel cannot drift from the sheet.
 */
import { Page } from 'playwright-core';
import { callByName } from '../../core/registry';
import { ERROR_CODES, isSheetError } from '../../core/errors';
import { FakeHost, reload, typeInto, usePanelBrowser, waitFor } from './panel-harness';

const { open } = usePanelBrowser(360);

/** A number the core returns; anything else fails the test with what came back. */
function coreNumber(name: string, args: unknown[]): number {
  const out = callByName(name, args);
  const cell = Array.isArray(out) ? out[0][0] : out;
  if (typeof cell !== 'number') throw new Error(`${name}(${JSON.stringify(args)}) gave ${JSON.stringify(cell)}`);
  return cell;
}

const shown = async (page: Page, selector: string): Promise<number> => {
  const value = await page.locator(selector).getAttribute('data-value');
  if (value === null) throw new Error(`${selector} shows no figure: ${await page.locator(selector).textContent()}`);
  return Number(value);
};

const USER_CSV =
  'role,level,min,max,as of\nLLMOps,Senior,160000,220000,2025-07-01\nLLMOps,Mid,140000,180000,2025-07-01';
const USER_GRID = USER_CSV.split('\n').map((line) => line.split(','));

describe('blend sources', () => {
  test('the embedded sources for a role and level, unaged where no day is known, blended by AI.BLEND; AI.SOURCE folded per part', async () => {
    const host = new FakeHost();
    const page = await open(host);
    expect(await page.locator('#blend-hint').textContent()).toMatch(/Choose a role and a level/);
    await page.selectOption('#bench-role', 'LLMOps');
    await page.selectOption('#bench-level', 'Senior');
    await page.waitForSelector('#blend-mid-aitechconnect[data-value]');
    const atc = coreNumber('BAND', ['LLMOps', 'Senior', 'mid', null, 'aitechconnect']);
    const nexus = coreNumber('BAND', ['LLMOps', 'Senior', 'mid', null, 'nexus']);
    expect(atc).not.toBe(nexus);
    expect(await shown(page, '#blend-mid-aitechconnect')).toBe(atc);
    expect(await shown(page, '#blend-mid-nexus')).toBe(nexus);
    // The articles are dated by year only: the year is shown, no day is made up, the part stays unaged.
    expect(await page.locator('.blend-part[data-source="aitechconnect"] .blend-part-title').textContent()).toBe(
      'AI Tech Connect 2026 (article dated 2026 (undated))',
    );
    expect(await page.locator('#blend-note-aitechconnect').textContent()).toBe(
      'Shown unaged: the article is dated 2026 (undated), with no day; type the as-of date you take it to be to age it.',
    );
    expect(await page.locator('#blend-aged-aitechconnect').getAttribute('data-value')).toBeNull();
    expect(await page.locator('#blend-aged-aitechconnect').textContent()).toBe('not aged');
    // No user table yet: its part is not shown.
    expect(await page.locator('.blend-part[data-source="user"]').isVisible()).toBe(false);
    // Equal weights when none is typed.
    expect(await shown(page, '#blend-value')).toBe(coreNumber('BLEND', [[[atc, nexus]]]));
    expect(await page.locator('#blend-note').textContent()).toBe(
      'AI.BLEND of 2 parts, equal weights, all unaged (each at its own date).',
    );
    // Each part's AI.SOURCE text, folded.
    expect(await page.locator('#blend-source-aitechconnect').isVisible()).toBe(false);
    // Each part's AI.SOURCE text, folded, without seed file names; its grade and publisher on the summary.
    const noSeed = (t: unknown) => String(t).replace(/;\s*seed \d{3}_[0-9a-f]+\.txt/g, '');
    expect(await page.locator('#blend-source-aitechconnect').textContent()).toBe(
      noSeed(callByName('SOURCE', ['LLMOps', 'Senior', 'mid', null, 'aitechconnect'])),
    );
    expect(await page.locator('#blend-source-nexus').textContent()).toBe(
      noSeed(callByName('SOURCE', ['LLMOps', 'Senior', 'mid', null, 'nexus'])),
    );
    expect(await page.locator('.blend-part[data-source="nexus"] summary').textContent()).toBe(
      `${(callByName('BAND', ['LLMOps', 'Senior', 'grade', null, 'nexus']) as string[][])[0][1]} · nexus IT group, 2026`,
    );
    expect(await page.locator('#app').textContent()).not.toMatch(/seed \d{3}_|\.txt/);
    // The two tables differ by far more than 20% here: flagged before the blend.
    const spread = Math.max(atc, nexus) / Math.min(atc, nexus) - 1;
    expect(spread).toBeGreaterThan(0.2);
    expect(Number(await page.locator('#blend-disagree').getAttribute('data-spread'))).toBeCloseTo(spread, 10);
    expect(await page.locator('#blend-disagree').textContent()).toMatch(
      /^Sources disagree: AI Tech Connect 2026 is 48\.\d% above nexus/,
    );
    // the equal-weight blend lands under the AI Tech Connect minimum shown above it: said so
    const atcMin = coreNumber('BAND', ['LLMOps', 'Senior', 'min', null, 'aitechconnect']);
    expect(coreNumber('BLEND', [[[atc, nexus]]])).toBeLessThan(atcMin);
    expect(await page.locator('#blend-disagree').textContent()).toContain(
      `is below the AI Tech Connect 2026 band minimum (${new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', maximumFractionDigits: 0 }).format(atcMin)})`,
    );
    const flagBox = await page.locator('#blend-disagree').boundingBox();
    const blendBox = await page.locator('.blend-result').boundingBox();
    expect(flagBox!.y).toBeLessThan(blendBox!.y);
    await page.click('.blend-part[data-source="nexus"] details summary');
    expect(await page.locator('#blend-source-nexus').isVisible()).toBe(true);
  });

  test("parts aged to one date with AI.AGE (typed as-of dates, and a user table's own as-of column), weighted, and blended with AI.BLEND", async () => {
    const host = new FakeHost();
    const page = await open(host);
    await page.selectOption('#bench-role', 'LLMOps');
    await page.selectOption('#bench-level', 'Senior');
    await typeInto(page, '#blend-to', '2026-07-01');
    expect(await page.locator('#blend-note-nexus').textContent()).toMatch(/^Shown unaged: the article is dated 2026/);
    await typeInto(page, '#blend-rate', '4%');
    await typeInto(page, '#blend-asof-aitechconnect', '2026-01-01');
    await page.waitForSelector('#blend-aged-aitechconnect[data-value]');
    const atc = coreNumber('BAND', ['LLMOps', 'Senior', 'mid', null, 'aitechconnect']);
    const nexus = coreNumber('BAND', ['LLMOps', 'Senior', 'mid', null, 'nexus']);
    const atcAged = coreNumber('AGE', [atc, '2026-01-01', '2026-07-01', '4%']);
    expect(atcAged).toBeGreaterThan(atc);
    expect(await shown(page, '#blend-aged-aitechconnect')).toBe(atcAged);
    expect(await page.locator('#blend-note-aitechconnect').textContent()).toBe(
      'Aged from 2026-01-01 (as you typed it) to 2026-07-01 at 4% a year (AI.AGE, compound).',
    );
    expect(await shown(page, '#blend-value')).toBe(coreNumber('BLEND', [[[atcAged, nexus]]]));
    expect(await page.locator('#blend-note').textContent()).toBe(
      'AI.BLEND of 2 parts, equal weights; mixed dates: AI Tech Connect 2026 aged to 2026-07-01, nexus IT group 2026 unaged.',
    );

    // The user's table joins, aged from its own as-of column.
    await page.fill('#band-table-text', USER_CSV);
    await page.waitForSelector('#blend-aged-user[data-value]');
    const userMid = coreNumber('BAND', ['LLMOps', 'Senior', 'mid', null, USER_GRID]);
    const userAsOf = coreNumber('BAND', ['LLMOps', 'Senior', 'asof', null, USER_GRID]);
    expect(userMid).toBe(190000);
    expect(await shown(page, '#blend-mid-user')).toBe(userMid);
    const userAged = coreNumber('AGE', [userMid, userAsOf, '2026-07-01', '4%']);
    expect(await shown(page, '#blend-aged-user')).toBe(userAged);
    expect(await page.locator('#blend-note-user').textContent()).toBe(
      "Aged from 2025-07-01 (the table's as-of date) to 2026-07-01 at 4% a year (AI.AGE, compound).",
    );
    expect(await page.locator('#blend-source-user').textContent()).toBe(
      callByName('SOURCE', ['LLMOps', 'Senior', 'mid', null, USER_GRID]),
    );

    // Weights: all typed, normalised by AI.BLEND.
    await typeInto(page, '#blend-weight-aitechconnect', '0.5');
    await typeInto(page, '#blend-weight-nexus', '20%');
    expect(await page.locator('#blend-value').getAttribute('data-value')).toBeNull();
    expect(await page.locator('#blend-value').textContent()).toBe(
      'give every source in the blend a weight (none for Your band table), or leave all weights blank for equal weights',
    );
    await typeInto(page, '#blend-weight-user', '3');
    await page.waitForSelector('#blend-value[data-value]');
    const blend = coreNumber('BLEND', [[[atcAged, nexus, userAged]], [['0.5', '20%', '3']]]);
    expect(blend).not.toBeCloseTo(coreNumber('BLEND', [[[atcAged, nexus, userAged]]]), 0);
    expect(await shown(page, '#blend-value')).toBe(blend);

    // Everything typed is kept with the document.
    await waitFor(
      () =>
        (host.state as { blend?: { sources?: { user?: { weight?: string } } } } | null)?.blend?.sources?.user
          ?.weight === '3',
      'the debounced save',
    );
    await reload(page);
    expect(await page.inputValue('#blend-to')).toBe('2026-07-01');
    expect(await page.inputValue('#blend-rate')).toBe('4%');
    expect(await page.inputValue('#blend-asof-aitechconnect')).toBe('2026-01-01');
    expect(await page.inputValue('#blend-weight-nexus')).toBe('20%');
    await page.waitForSelector('#blend-value[data-value]');
    expect(await shown(page, '#blend-value')).toBe(blend);
  });

  test("a source with no figure, a date the core refuses, or a table with problems is left out, with the core's message", async () => {
    const host = new FakeHost();
    const page = await open(host);
    // Lead: nexus states it, AI Tech Connect does not.
    await page.selectOption('#bench-role', 'LLMOps');
    await page.selectOption('#bench-level', 'Lead');
    await page.waitForSelector('#blend-mid-nexus[data-value]');
    const missing = callByName('BAND', ['LLMOps', 'Lead', 'mid', null, 'aitechconnect']);
    if (!isSheetError(missing)) throw new Error('expected AI Tech Connect to have no Lead band');
    // a short "n/a" in the narrow box; the core's message is its title and sits in the part's source details
    expect(await page.locator('#blend-mid-aitechconnect').textContent()).toBe('n/a');
    expect(await page.locator('#blend-mid-aitechconnect').getAttribute('title')).toBe(
      `${ERROR_CODES[missing.kind]}: ${missing.message}`,
    );
    expect(await page.locator('.blend-part[data-source="aitechconnect"]').getAttribute('data-included')).toBe('false');
    const nexus = coreNumber('BAND', ['LLMOps', 'Lead', 'mid', null, 'nexus']);
    expect(await shown(page, '#blend-value')).toBe(coreNumber('BLEND', [[[nexus]]]));
    expect(await page.locator('#blend-note').textContent()).toBe(
      'AI.BLEND of 1 part, equal weights, all unaged (each at its own date); left out: AI Tech Connect 2026.',
    );

    // A target date before the as-of date: AI.AGE's own message, and the part is left out.
    await typeInto(page, '#blend-to', '2025-01-01');
    await typeInto(page, '#blend-rate', '0.04');
    await typeInto(page, '#blend-asof-nexus', '2026-05-01');
    const refused = callByName('AGE', [nexus, '2026-05-01', '2025-01-01', '0.04']);
    if (!isSheetError(refused)) throw new Error('expected AI.AGE to refuse ageing backwards');
    await page.waitForSelector('#blend-aged-nexus.bench-na');
    expect(await page.locator('#blend-note-nexus').textContent()).toBe(
      `Not aged, so left out of the blend: ${ERROR_CODES[refused.kind]}: ${refused.message}`,
    );
    expect(await page.locator('#blend-value').textContent()).toMatch(/^no source has a mid for LLMOps, Lead/);

    // A pasted table with problems is not used; its part says why.
    await page.fill('#band-table-text', 'role,level,min,max\nLLMOps,Lead,200000,150000');
    await page.waitForSelector('.blend-part[data-source="user"]:visible');
    expect(await page.locator('#blend-note-user').textContent()).toMatch(/has problems/);
    expect(await page.locator('#blend-mid-user').getAttribute('data-value')).toBeNull();
  });
});
