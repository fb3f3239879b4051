/**
 * Issue 10 item 6: offer formulas take blanks for every field with a default, and the defaults are
 * the panel's. A table of offers with blanks, typed into the panel's reader and passed to AI.OFFER
 * by name, gives the same figure; the insert block's formula evaluates to it too.
 */
import { callByName, isSheetError } from '../../core';
import { readOffer } from '../../panel/offer-input';
import { blankOffer, OfferInputs } from '../../panel/state';
import { offerCall } from '../../panel/insert-block';

type Row = {
  base: string;
  bonusTarget?: string;
  bonusPayout?: string;
  equityGrant?: string;
  companyType: string;
  schedule?: string;
  signOn?: string;
  years?: string;
  discount?: string;
};

const OFFERS: Row[] = [
  { base: '180000', companyType: 'startup', signOn: '50000' },
  { base: '180000', companyType: 'public' },
  { base: '200000', bonusTarget: '15%', companyType: 'public' },
  { base: '200000', bonusTarget: '0.15', bonusPayout: '0.8; 1.1', companyType: 'private' },
  { base: '150000', equityGrant: '400000', companyType: 'startup' },
  { base: '150000', equityGrant: '400000', companyType: 'growth', schedule: '3y' },
  { base: '150000', equityGrant: '$400,000', companyType: 'startup', discount: '25%', years: '' },
  {
    base: '210000',
    bonusTarget: '10%',
    equityGrant: '300000',
    companyType: 'enterprise',
    schedule: '5/15/40/40',
    signOn: '25000',
    years: '5',
  },
];

const blankToNull = (text: string | undefined): string | null =>
  text === undefined || text.trim() === '' ? null : text;

function panelFigure(row: Row): number {
  const inputs: OfferInputs = { ...blankOffer(0), years: '', ...row };
  const reading = readOffer(inputs);
  if (reading.status !== 'valid') throw new Error(`panel refused ${JSON.stringify(row)}: ${JSON.stringify(reading)}`);
  return reading.decomposition.riskAdjustedAverageAnnual;
}

function formulaFigure(row: Row): number {
  const payouts = blankToNull(row.bonusPayout);
  const args = [
    row.base,
    blankToNull(row.bonusTarget),
    payouts ? [payouts.split(/;\s*/)] : null,
    blankToNull(row.equityGrant),
    row.companyType,
    blankToNull(row.schedule),
    blankToNull(row.signOn),
    blankToNull(row.years),
    blankToNull(row.discount),
  ];
  const out = callByName('OFFER', args);
  if (isSheetError(out)) throw new Error(`AI.OFFER refused ${JSON.stringify(row)}: ${out.message}`);
  return out as number;
}

describe('AI.OFFER with blanks equals the panel with the same blanks', () => {
  test.each(OFFERS)('%o', (row) => {
    const panel = panelFigure(row);
    expect(formulaFigure(row)).toBeCloseTo(panel, 9);
    // the formula the panel inserts computes the same
    const reading = readOffer({ ...blankOffer(0), years: '', ...row });
    if (reading.status !== 'valid') throw new Error('unreachable');
    expect(offerCall('OFFER', reading.modelInput)!.result).toBeCloseTo(panel, 9);
  });
  test('=AIOFFER(180000,,,,"startup",,50000) works: no bonus, no equity, sign-on spread over 4 years', () => {
    expect(callByName('OFFER', [180000, null, null, null, 'startup', null, 50000])).toBe(180000 + 50000 / 4);
  });
  test('base and company type are still needed (a row with neither is blank)', () => {
    expect((callByName('OFFER', [null, 0.1, null, 0, 'public', null, 0]) as { message: string }).message).toContain(
      'Base salary is needed',
    );
    expect((callByName('OFFER', [180000, null, null, null, null, null, 0]) as { message: string }).message).toContain(
      'Company type is needed',
    );
  });
});
