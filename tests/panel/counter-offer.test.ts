/**
 * The counter-offer in the comparison (issue 13 item 5) and the offer bounds (item 2), in the built
 * panel: pick a rival, each other offer says "to match: base $X, or sign-on $Y" as the core's
 * counterOffer computes it, and Insert writes AI.MATCHBASE / AI.MATCHSIGNON through the exact-write
 * path; the written formulas, recomputed by HyperFormula with the catalog, give the panel's figures.
 */
import { HyperFormula } from 'hyperformula';
import { registerCatalog } from '../../hyperformula-plugin';
import { callByName } from '../../core/registry';
import { counterOffer } from '../../core/offer/counter-offer';
import { isSheetError } from '../../core/errors';
import { MAX_AMOUNT, MAX_BASE, readNumber } from '../../core/offer/fields';
import { decomposeOffer } from '../../core/offer/valuation';
import { parseOffer } from '../../core/offer/schema';
import type { WriteRequest } from '../../panel/bridge';
import { FakeHost, money, reload, typeInto, usePanelBrowser } from './panel-harness';
import { threeOffers } from '../../testkit/panel/three-offers';

registerCatalog();
const { open } = usePanelBrowser(320);

/** The three offers as the core reads them (the same terms as three-offers.ts, typed as model input). */
const OFFERS = [
  {
    base: 215000,
    bonusTarget: 0.15,
    bonusPayout: [1, 1.1],
    equityGrant: 480000,
    companyType: 'public',
    schedule: '5/15/40/40',
  },
  { base: 175000, equityGrant: { shares: 60000, strike: 1.2, price: 4.5 }, companyType: 'startup', signOn: 30000 },
  { base: 198000, bonusTarget: 0.1, equityGrant: 320000, companyType: 'growth', refresh: 60000 },
].map((input) => {
  const parsed = parseOffer(input);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
  return parsed.offer;
});
const LABELS = threeOffers().offers.map((o) => o.label);

/** The line the panel shows: every figure from the core's counterOffer, on one measure over the one horizon. */
function expectedLine(rival: number, own: number): string {
  const years = 4; // every offer's own horizon here, so the comparison's too
  const average = counterOffer(OFFERS[rival], OFFERS[own], 'average');
  if (average.own >= average.target)
    return `${LABELS[own]} is already ahead of ${LABELS[rival]} by ${money(average.own - average.target)} a year over ${years} years; nothing to match.`;
  const { base, signOn } = average;
  if (isSheetError(base) || isSheetError(signOn)) throw new Error('the test pair should have both answers');
  const year1 = counterOffer(OFFERS[rival], OFFERS[own], 'year1').signOn as number;
  const gaps = [1, 2, 3].map(
    (k) => decomposeOffer(OFFERS[rival]).years[k].total - decomposeOffer(OFFERS[own]).years[k].total,
  );
  const mean = gaps.reduce((a, b) => a + b, 0) / 3;
  const even = gaps.every((g) => Math.abs(g - mean) < 0.5);
  const later =
    mean > 0
      ? `; years 2-4 stay ${money(mean)} ${even ? '' : 'a year on average '}behind.`
      : '; years 2-4 are level or ahead.';
  return (
    `${LABELS[own]} - to match ${LABELS[rival]} over ${years} years: base ${money(base)} (+${money(base - OFFERS[own].base)}), ` +
    `or a one-time sign-on of ${money(signOn)}. Year 1 only: ${year1 === 0 ? 'no sign-on needed' : `sign-on ${money(year1)}`}${later}`
  );
}

function evaluate(formulas: WriteRequest['formulas']): unknown[][] {
  // the panel's offer blocks hold formulas, labels and numbers only (no date cells)
  const hf = HyperFormula.buildFromArray(formulas as (string | number | boolean)[][], {
    licenseKey: 'gpl-v3',
    smartRounding: false,
  });
  try {
    return hf.getSheetValues(0);
  } finally {
    hf.destroy();
  }
}

const requests = (host: FakeHost) => host.callsOf('writeCells').map((call) => call.arg as WriteRequest);

describe('the counter-offer', () => {
  test('the leader is the default rival; each other offer shows what it takes to match; another rival redraws the lines', async () => {
    const host = new FakeHost('excel');
    host.state = threeOffers();
    const page = await open(host);
    await page.waitForSelector('#comparison-match:not([hidden])');
    const averages = OFFERS.map((o) => decomposeOffer(o).riskAdjustedAverageAnnual);
    const leader = averages.indexOf(Math.max(...averages));
    expect(await page.locator('#match-rival').inputValue()).toBe(String(leader));
    for (const own of [0, 1, 2].filter((i) => i !== leader))
      expect(await page.locator(`#match-text-${own}`).textContent()).toBe(expectedLine(leader, own));
    expect(await page.locator(`#match-text-${leader}`).count()).toBe(0);
    const other = leader === 0 ? 1 : 0;
    await page.selectOption('#match-rival', String(other));
    for (const own of [0, 1, 2].filter((i) => i !== other))
      expect(await page.locator(`#match-text-${own}`).textContent()).toBe(expectedLine(other, own));
    // the slot sits in the comparison and fits the 320 px pane
    const overflow = await page.evaluate(() => {
      const n = document.getElementById('comparison-match')!;
      return n.scrollWidth - n.clientWidth;
    });
    expect(overflow).toBeLessThanOrEqual(0);
  });

  test('the chosen rival is saved with the state and survives reopening; removing it goes back to the leader', async () => {
    const host = new FakeHost('excel');
    host.state = threeOffers();
    const page = await open(host);
    await page.waitForSelector('#comparison-match:not([hidden])');
    const averages = OFFERS.map((o) => decomposeOffer(o).riskAdjustedAverageAnnual);
    const leader = averages.indexOf(Math.max(...averages));
    const other = leader === 2 ? 1 : 2;
    await page.selectOption('#match-rival', String(other));
    await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 500))); // the debounced save
    expect((host.state as { rival: unknown }).rival).toBe(other);
    await reload(page);
    await page.waitForSelector('#comparison-match:not([hidden])');
    expect(await page.locator('#match-rival').inputValue()).toBe(String(other));
    for (const own of [0, 1, 2].filter((i) => i !== other))
      expect(await page.locator(`#match-text-${own}`).textContent()).toBe(expectedLine(other, own));
    // removing the rival's offer: the leader of those left is the rival again, and that is saved
    await page.click(`#o${other}-remove`);
    await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 500)));
    expect((host.state as { rival: unknown }).rival).toBeNull();
  });

  test("Insert writes the live AI.MATCHBASE / AI.MATCHSIGNON formulas, which recompute to the panel's figures", async () => {
    const host = new FakeHost('excel');
    host.state = threeOffers();
    const page = await open(host);
    await page.waitForSelector('#comparison-match:not([hidden])');
    await page.selectOption('#match-rival', '0'); // Public RSU, against the seed offer (no refresh: every term has a parameter)
    await page.click('#match-insert-1');
    await page.waitForSelector('#match-status-1 >> text=Inserted');
    const [request] = requests(host);
    expect(request.formulas.map((row) => row[0])).toEqual([
      'Seed options to match Public RSU over 4 years: base',
      'or a one-time sign-on',
      'year 1 only: sign-on',
    ]);
    // every target is the rival's own AI.OFFER, live (over one year for year 1), never a typed figure
    expect(request.formulas[0][1]).toMatch(/^=AI\.MATCHBASE\(AI\.OFFER\(215000,.*"average"\)$/);
    expect(request.formulas[1][1]).toMatch(/^=AI\.MATCHSIGNON\(AI\.OFFER\(215000,.*"average"\)$/);
    expect(request.formulas[2][1]).toMatch(/^=AI\.MATCHSIGNON\(AI\.OFFER\(215000,[^)]*,1\),.*"year1"\)$/);
    for (const row of request.formulas) expect(row[1]).not.toMatch(/\(\d+(\.\d+)?,175000/);
    expect(host.writes.map((w) => w.address.split(':')[0])).toEqual(['Sheet1!A1']);
    const values = evaluate(request.formulas);
    const { base, signOn } = counterOffer(OFFERS[0], OFFERS[1], 'average');
    expect(values[0][1]).toBeCloseTo(base as number, 6);
    expect(values[1][1]).toBeCloseTo(signOn as number, 6);
    expect(values[2][1]).toBeCloseTo(counterOffer(OFFERS[0], OFFERS[1], 'year1').signOn as number, 6);
    // the sign-on it gives makes the seed offer worth the rival too: the two answers are alternatives
    expect(decomposeOffer({ ...OFFERS[1], signOn: values[1][1] as number }).riskAdjustedAverageAnnual).toBeCloseTo(
      decomposeOffer(OFFERS[0]).riskAdjustedAverageAnnual,
      6,
    );
    // and the base it gives makes the seed offer worth the rival, as AI.OFFER reads it
    expect(decomposeOffer({ ...OFFERS[1], base: values[0][1] as number }).riskAdjustedAverageAnnual).toBeCloseTo(
      decomposeOffer(OFFERS[0]).riskAdjustedAverageAnnual,
      6,
    );
  });

  test('in Sheets the formulas are spelled for Sheets; over a held cell it asks, and an edit withdraws the question', async () => {
    const host = new FakeHost('sheets');
    host.state = threeOffers();
    host.cells.set('1,1', 'mine');
    const page = await open(host);
    await page.waitForSelector('#comparison-match:not([hidden])');
    await page.selectOption('#match-rival', '0');
    await page.click('#match-insert-1');
    await page.waitForSelector('#match-confirm-1:not([hidden])');
    const [check] = requests(host);
    expect(check.formulas[0][1]).toMatch(/^=AIMATCHBASE\(AIOFFER\(/);
    expect(check.formulas[1][1]).toMatch(/^=AIMATCHSIGNON\(/);
    await page.click('#o1-toggle').catch(() => undefined); // open the folded form if it is folded
    await typeInto(page, '#o1-signOn', '35000');
    await page.waitForSelector('#match-status-1 >> text=nothing was written');
    expect(await page.isVisible('#match-confirm-1')).toBe(false);
    expect(host.writes).toEqual([]);
    expect(host.cells.get('1,1')).toBe('mine');
  });
});

describe('one horizon per comparison (issue 24 item 4)', () => {
  test('a 10-year offer with refreshes beside 4-year ones: every offer valued over 10 years, and the panel says so', async () => {
    const host = new FakeHost('excel');
    const state = threeOffers();
    state.offers[2].years = '10'; // Growth co., with a 60,000 refresh a year
    host.state = state;
    const page = await open(host);
    await page.waitForSelector('#comparison-match:not([hidden])');
    const note = await page.locator('#compare-horizon').textContent();
    expect(note).toContain('risk-adjusted average over 10 years');
    expect(note).toContain(
      'Compared over 10 years, the longest horizon; Public RSU was set to 4, Seed options was set to 4',
    );
    expect(await page.locator('#compare-lead').textContent()).toContain('a year over 10 years');
    // the chart shows year 10 for the 4-year offers too (their grant has vested: base and bonus remain)
    for (const i of [0, 1, 2])
      expect(await page.locator(`#compare-chart rect[data-offer="${i}"][data-year="10"]`).count()).toBeGreaterThan(0);
    // the table's "A year" is each offer's average over 10 years, not over its own horizon
    const over10 = OFFERS.map((o) => decomposeOffer({ ...o, years: 10 }).riskAdjustedAverageAnnual);
    for (const i of [0, 1])
      expect(Number(await page.getAttribute(`tr[data-offer="${i}"] td[data-col="average"]`, 'data-value'))).toBeCloseTo(
        over10[i],
        6,
      );
    // and the counter-offer is on that horizon too
    await page.selectOption('#match-rival', '2');
    expect(await page.locator('#match-text-0').textContent()).toMatch(/over 10 years/);
  });

  test('a horizon the user picks values every offer over it, says so, and is kept with the inputs', async () => {
    const host = new FakeHost('excel');
    const state = threeOffers();
    state.offers[2].years = '10';
    host.state = state;
    const page = await open(host);
    await page.waitForSelector('#comparison-match:not([hidden])');
    await page.selectOption('#compare-years', '6');
    const note = await page.locator('#compare-horizon').textContent();
    expect(note).toContain('risk-adjusted average over 6 years');
    expect(note).toContain('Compared over 6 years, the horizon you picked; Public RSU was set to 4');
    expect(note).toContain('Growth co. was set to 10');
    expect(await page.locator('#compare-lead').textContent()).toContain('a year over 6 years');
    const over6 = OFFERS.map((o) => decomposeOffer({ ...o, years: 6 }).riskAdjustedAverageAnnual);
    expect(Number(await page.getAttribute('tr[data-offer="0"] td[data-col="average"]', 'data-value'))).toBeCloseTo(
      over6[0],
      6,
    );
    await page.selectOption('#match-rival', '2');
    expect(await page.locator('#match-text-0').textContent()).toMatch(/over 6 years/);
    // the pick is saved with the inputs (after the save delay)
    const saved = (): unknown => (host.state as { compareYears?: unknown }).compareYears;
    for (let i = 0; i < 50 && saved() !== '6'; i++) await page.waitForTimeout(100);
    expect(saved()).toBe('6');
    // back to the longest
    await page.selectOption('#compare-years', '');
    expect(await page.locator('#compare-horizon').textContent()).toContain('over 10 years');
  });
});

describe('implausible amounts', () => {
  // Each bounded field, just over its bound in the one table (core/offer/fields.ts): the panel's field
  // error is the very message AI.OFFER gives for the same cell.
  const CASES: [string, string, number, number][] = [
    ['base', 'base', MAX_BASE * 1.5, 0],
    ['equityGrant', 'equityGrant', MAX_AMOUNT * 2, 3],
    ['signOn', 'signOn', MAX_AMOUNT * 2, 6],
  ];
  test.each(CASES)(
    "%s over its bound is a field error worded as the formula's",
    async (field, key, amount, argIndex) => {
      const page = await open(new FakeHost());
      if (field !== 'base') await typeInto(page, '#o0-base', '185000');
      await typeInto(page, `#o0-${field}`, String(amount));
      const shown = page.locator(`#o0-${field}-error`);
      await page.waitForSelector(`#o0-${field}-error:not([hidden])`);
      const read = readNumber(key as 'base', amount);
      expect(isSheetError(read)).toBe(true);
      expect(await shown.textContent()).toBe((read as { message: string }).message);
      const args: unknown[] = [185000, null, null, null, 'public', null, null];
      args[argIndex] = amount;
      const formula = callByName('OFFER', args);
      expect(isSheetError(formula) && formula.message).toBe((read as { message: string }).message);
      expect(await page.locator('#app').textContent()).not.toMatch(/NaN|∞/);
    },
  );

  test('a base at the bound is an offer, not an error', async () => {
    const page = await open(new FakeHost());
    await typeInto(page, '#o0-base', String(MAX_BASE));
    await page.waitForSelector('#o0-results .offer-headline, #o0-results table');
    expect(await page.isVisible('#o0-base-error')).toBe(false);
  });
});
