import { callByName, isSheetError, SheetError } from '../../core';
import { figure } from '../../data/figures';

const call = (name: string, ...args: unknown[]) => callByName(name, args);
const err = (value: unknown) => value as SheetError;

describe('AI.BAND reproduces the seed figures', () => {
  test('AI Tech Connect table (default) for the generic AI engineer', () => {
    expect(call('BAND', 'AI Engineer', 'Entry', 'min')).toBe(143000);
    expect(call('BAND', 'AI Engineer', 'Mid', 'min')).toBe(160000);
    expect(call('BAND', 'AI Engineer', 'Mid', 'max')).toBe(200000);
    expect(call('BAND', 'AI Engineer', 'Senior', 'mid')).toBe(230625);
    expect(call('BAND', 'AI Engineer', 'Senior', 'max')).toBe(269000);
  });

  test('derived cells follow the documented method', () => {
    expect(call('BAND', 'AI Engineer', 'Mid', 'mid')).toBe(180000);
    expect(call('BAND', 'AI Engineer', 'Entry', 'max')).toBe(160000);
    expect(call('BAND', 'AI Engineer', 'Entry', 'mid')).toBe(151500);
    expect(call('BAND', 'AI Engineer', 'Senior', 'min')).toBe(200000);
  });

  test('nexus IT group averages by level through source "nexus"', () => {
    expect(call('BAND', 'AI Engineer', 'Entry', 'mid', 'US', 'nexus')).toBe(121513);
    expect(call('BAND', 'AI Engineer', 'Mid', 'mid', 'US', 'nexus')).toBe(138185);
    expect(call('BAND', 'AI Engineer', 'Senior', 'mid', 'US', 'nexus')).toBe(155008);
    expect(call('BAND', 'AI Engineer', 'Lead', 'mid', 'US', 'nexus')).toBe(172361);
    expect(call('BAND', 'AI Engineer', 'Principal', 'mid', 'US', 'nexus')).toBe(185709);
  });

  test('with no stat, a row min, mid, max', () => {
    expect(call('BAND', 'AI Engineer', 'Senior')).toEqual([[200000, 230625, 269000]]);
  });

  test('a role with no stated band is scaled by its contractor-rate relativity', () => {
    const factor = 52 / 60.3;
    const row = call('BAND', 'LLMOps', 'Senior') as number[][];
    expect(row[0][0]).toBeCloseTo(200000 * factor, 6);
    expect(row[0][1]).toBeCloseTo(230625 * factor, 6);
    expect(row[0][2]).toBeCloseTo(269000 * factor, 6);
    expect(call('BAND', 'Machine Learning', 'Mid', 'mid')).toBeCloseTo(180000 * (54 / 60.3), 6);
    expect(call('BAND', 'AI API Integration', 'Entry', 'min')).toBeCloseTo(143000 * (50 / 60.3), 6);
  });

  test('years of experience map through each table\'s own years', () => {
    expect(call('BAND', 'AI Engineer', 2, 'min')).toBe(143000);
    expect(call('BAND', 'AI Engineer', 5, 'min')).toBe(160000);
    expect(call('BAND', 'AI Engineer', '7 years', 'mid')).toBe(230625);
    expect(call('BAND', 'AI Engineer', 12, 'mid', 'US', 'nexus')).toBe(172361);
    expect(call('BAND', 'AI Engineer', 3, 'mid', 'US', 'nexus')).toBe(121513);
  });

  test('missing data is #N/A with what is missing and how to supply it', () => {
    const noRole = err(call('BAND', 'Data Scientist', 'Senior', 'mid'));
    expect(noRole.kind).toBe('NA');
    expect(noRole.message).toMatch(/no source states a US band for Data Scientist/);
    expect(noRole.message).toMatch(/band table/);
    const noLevel = err(call('BAND', 'LLMOps', 'Lead', 'mid'));
    expect(noLevel.kind).toBe('NA');
    expect(noLevel.message).toMatch(/source "nexus"/);
    const noStat = err(call('BAND', 'AI Engineer', 'Lead', 'max', 'US', 'nexus'));
    expect(noStat.kind).toBe('NA');
    expect(noStat.message).toMatch(/states only mid/);
  });

  test('a market without data is #VALUE! pointing at LOCALBAND-free choices', () => {
    const e = err(call('BAND', 'LLMOps', 'Senior', 'mid', 'India'));
    expect(isSheetError(e)).toBe(true);
    expect(e.message).toMatch(/market: expected one of "US"/);
  });
});

describe('AI.SOURCE', () => {
  test('says reported, with publisher, report and seed file', () => {
    const text = call('SOURCE', 'AI Engineer', 'Senior', 'mid') as string;
    expect(text).toMatch(/reported/);
    expect(text).toMatch(/KORE1/);
    expect(text).toMatch(/AI Tech Connect/);
    expect(text).toMatch(/001_71833305616487ce\.txt/);
  });
  test('says derived and how for a role scaled by rate relativity', () => {
    const text = call('SOURCE', 'LLMOps', 'Senior', 'mid') as string;
    expect(text).toMatch(/derived for LLMOps/);
    expect(text).toMatch(/\$52\.00\/h/);
    expect(text).toMatch(/\$60\.30\/h/);
    expect(text).toMatch(/000_6dc00317f3e2f228\.txt/);
  });
  test('names a missing cell as not available', () => {
    expect(call('SOURCE', 'AI Engineer', 'Lead', null, null, 'nexus')).toMatch(/min: not available/);
  });
});

describe('AI.RATE, AI.PREMIUM, conversions', () => {
  test('contractor rates as stated', () => {
    expect(call('RATE', 'AI Engineer', 'Senior')).toBe(60.3);
    expect(call('RATE', 'AI Engineer', 'Strong Senior')).toBe(79.2);
    expect(call('RATE', 'Machine Learning', 'Senior')).toBe(54);
    expect(call('RATE', 'ML engineer', 'strong senior')).toBe(77.2);
    expect(call('RATE', 'MLOps', 'Senior')).toBe(52);
    expect(call('RATE', 'LLM developer', 'Senior')).toBe(50);
    expect(call('RATE', 'Back-end developer', 'Senior')).toBe(42.8);
  });
  test('the derived mid-level AI engineer rate uses the chosen reading of the 84% premium', () => {
    expect(call('RATE', 'AI Engineer', 'Mid')).toBeCloseTo(79.2 / 1.84, 10);
  });
  test('the 43% ML step-up reproduces', () => {
    expect((call('RATE', 'ML', 'Strong Senior') as number) / (call('RATE', 'ML', 'Senior') as number)).toBeCloseTo(1 + figure('step-machine-learning-strong-over-senior').value, 2);
  });
  test('a missing rate is #N/A naming what exists', () => {
    const e = err(call('RATE', 'LLMOps', 'Mid'));
    expect(e.kind).toBe('NA');
    expect(e.message).toMatch(/gives LLMOps rates for Senior/);
  });
  test('premiums', () => {
    expect(call('PREMIUM', 'LLM fine-tuning', 'low')).toBe(0.25);
    expect(call('PREMIUM', 'LLM fine-tuning', 'high')).toBe(0.4);
    expect(call('PREMIUM', 'LLM fine-tuning')).toBeCloseTo(0.325, 12);
    expect(call('PREMIUM', 'Google Professional ML Engineer')).toBe(0.15);
    expect(call('PREMIUM', 'GenAI', 'low')).toBe(0.05);
    expect(call('PREMIUM', 'generative-ai', 'high')).toBe(0.08);
    expect(call('PREMIUM', 'AI plus security', 'low')).toBe(0.25);
    expect(err(call('PREMIUM', 'AI plus security', 'high')).kind).toBe('NA');
  });
  test('Payscale\'s hourly equivalents reproduce with a 2,080-hour year', () => {
    expect(call('HOURLY', 194000)).toBeCloseTo(93.27, 2);
    expect(Math.round(call('HOURLY', 230000) as number)).toBe(111);
    expect(call('ANNUAL', 60.3)).toBeCloseTo(125424, 6);
    expect(call('ANNUAL', 50, 1800)).toBe(90000);
    expect(call('HOURLY', call('ANNUAL', 42.8))).toBeCloseTo(42.8, 10);
  });
  test('vocabularies as columns', () => {
    const roles = call('ROLES') as string[][];
    expect(roles.map((r) => r[0])).toEqual(expect.arrayContaining(['AI API Integration', 'LLMOps', 'Machine Learning', 'AI-assisted Coding', 'AI Engineer', 'Research Scientist']));
    expect((call('LEVELS') as string[][]).map((r) => r[0])).toEqual(['Entry', 'Mid', 'Senior', 'Strong Senior', 'Lead', 'Principal']);
    expect((call('SKILLS') as string[][]).length).toBe(4);
  });
});

describe('names', () => {
  test.each([
    ['MLOps', 'LLMOps'], ['mlops', 'LLMOps'], ['LLM-Ops', 'LLMOps'], ['ML Engineer', 'Machine Learning'],
    ['machine learning', 'Machine Learning'], ['LLM developer', 'AI API Integration'], ['ai api integration', 'AI API Integration'],
  ])('role %s is %s', (alias, name) => {
    expect(call('BAND', alias, 'Senior')).toEqual(call('BAND', name, 'Senior'));
  });
  test.each([['Junior', 'Entry'], ['entry-level', 'Entry'], ['SENIOR', 'Senior'], ['mid level', 'Mid'], ['Staff', 'Principal']])('level %s is %s', (alias, name) => {
    expect(call('BAND', 'AI Engineer', alias, 'mid', 'US', 'nexus')).toEqual(call('BAND', 'AI Engineer', name, 'mid', 'US', 'nexus'));
  });
  test('an unknown name lists the closest valid names', () => {
    const e = err(call('BAND', 'LLMOpps', 'Senior'));
    expect(e.kind).toBe('VALUE');
    expect(e.message).toMatch(/unknown role "LLMOpps"/);
    expect(e.message).toMatch(/closest: LLMOps/);
    expect(err(call('BAND', 'LLMOps', 'Senoir')).message).toMatch(/closest: Senior/);
    expect(err(call('PREMIUM', 'fine tunning')).message).toMatch(/closest: LLM Fine-tuning/);
  });
});

describe('AI.SOURCE explains AI.RATE and AI.PREMIUM figures too', () => {
  test('a reported rate names the report and seed', () => {
    const text = call('SOURCE', 'ML engineer', 'Strong Senior', 'rate') as string;
    expect(text).toMatch(/Machine Learning, Strong Senior: \$77\.20\/h, reported: Lemon\.io/);
    expect(text).toMatch(/000_6dc00317f3e2f228\.txt/);
  });
  test('the derived mid-level AI engineer rate gives its formula and both readings of the 84%', () => {
    const text = call('SOURCE', 'AI Engineer', 'Mid', 'rate') as string;
    expect(text).toMatch(/\$43\.04\/h, derived: rate-ai-engineer-strong-senior \/ \(1 \+ premium-ai-engineer-over-mid\)/);
    expect(text).toMatch(/\$32\.77/);
  });
  test('a missing rate stays #N/A', () => {
    expect(err(call('SOURCE', 'LLMOps', 'Mid', 'rate')).kind).toBe('NA');
  });
  test('premiums: reported ends, a derived midpoint, a floor-only skill', () => {
    expect(call('SOURCE', 'LLM fine-tuning', 'high', 'premium')).toMatch(/high end: 40%, reported: US 2026 salary reports/);
    const mid = call('SOURCE', 'LLM fine-tuning', 'mid', 'premium') as string;
    expect(mid).toMatch(/mid: 32\.5%, derived: halfway between the stated low and high ends/);
    expect(mid).toMatch(/\$160,000 US median AI salary/);
    expect(call('SOURCE', 'GCP ML certification', 'mid', 'premium')).toMatch(/15%, reported: nexus IT group/);
    expect(err(call('SOURCE', 'AI + security', 'high', 'premium')).kind).toBe('NA');
    expect(err(call('SOURCE', 'fine tunning', 'mid', 'premium')).message).toMatch(/closest: LLM Fine-tuning/);
  });
});

describe('unknown names at scale', () => {
  test('text longer than any name gets no suggestion search, and says so', () => {
    const e = callByName('BAND', ['x'.repeat(50_000), 'Senior', 'mid']) as { kind: string; message: string };
    expect(e.kind).toBe('VALUE');
    expect(e.message).toMatch(/no suggestion for text over 60 characters/);
  });
  test('a misspelt name still gets the right suggestion first', () => {
    for (const [typo, first] of [['LLMOp', 'LLMOps'], ['Data Scientst', 'Data Scientist'], ['Reserch scientist', 'Research Scientist'], ['ml engneer', 'Machine Learning']]) {
      const e = callByName('BAND', [typo, 'Senior', 'mid']) as { message: string };
      expect(e.message).toContain(`closest: ${first}`);
    }
  });
});
