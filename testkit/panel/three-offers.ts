/**
 * The recruiter's three offers of issue 13, as a saved panel state: a public RSU offer on
 * 5/15/40/40, a seed-stage options offer with a sign-on, a growth-stage offer with refreshes;
 * the benchmark on LLMOps Senior, placing the seed offer's base (under the senior floor).
 */
import { blankOffer, initialState, PanelState } from '../../panel/state';

export function threeOffers(): PanelState {
  const state = initialState();
  state.offers = [
    {
      ...blankOffer(0),
      label: 'Public RSU',
      base: '215,000',
      bonusTarget: '15%',
      bonusPayout: '100%; 110%',
      equityGrant: '480000',
      companyType: 'public',
      schedule: '5/15/40/40',
    },
    {
      ...blankOffer(1),
      label: 'Seed options',
      base: '175000',
      equityMode: 'options',
      shares: '60000',
      strike: '1.20',
      price: '4.50',
      companyType: 'startup',
      signOn: '30000',
    },
    {
      ...blankOffer(2),
      label: 'Growth co.',
      base: '198000',
      bonusTarget: '10%',
      equityGrant: '320000',
      companyType: 'growth',
      refresh: '60000',
    },
  ];
  state.benchmark = { source: 'aitechconnect', role: 'LLMOps', level: 'Senior', offerIndex: 1 };
  return state;
}
