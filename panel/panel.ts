/**
 * The offer panel: up to three offers side by side, each taken apart year by year; a benchmark of
 * the base against the embedded band, and a blend of several sources aged to one date; fill from
 * a tracker row; insert live formulas; import the user's own band table. One UI for
 * the Excel task pane, the Sheets sidebar and a plain browser: everything host-specific goes
 * through the `HostBridge` (DESIGN.md §1).
 */
import { COMPANY_TYPES, DEFAULT_EQUITY_DISCOUNT, CompanyType } from '../core/offer/company-types';
import { DEFAULT_VESTING } from '../core/offer/vesting';
import { ROLES } from '../core/vocabulary/roles';
import { LEVELS } from '../core/vocabulary/levels';
import { HostBridge, rejectionMessage } from './bridge';
import { ActionStatus, statusLine, withBusy } from './busy';
import { benchmarkFigures, Figure } from './benchmark';
import { clear, el } from './dom';
import { formatMoney, formatPercent, formatRatio } from './format';
import { buildInsertBlock } from './insert-block';
import { InsertFlow, mountInsertFlow } from './insert-flow';
import { FieldErrors, OfferReading, readOffer } from './offer-input';
import { headline, legend, yearChart, yearTable } from './offer-view';
import { blankOffer, BLEND_SOURCE_KEYS, BlendSourceKey, initialState, MAX_OFFERS, OfferInputs, PanelState, restoreState } from './state';
import { describeFill, fillFromRow } from './tracker-row';
import { BandTableImport, mountBandTableImport } from './band-table-import';
import { BlendSourceDef, blendSources, EMBEDDED_BLEND_SOURCES, userBlendSource } from './blend-sources';

/** How long after the last keystroke the state is saved: every change is kept, without a host call per key. */
export const SAVE_DELAY_MS = 400;

export interface OfferPanel {
  /** the state as it is now (a copy) */
  state(): PanelState;
  /** saves now instead of waiting for the debounce */
  flush(): Promise<void>;
  destroy(): void;
}

type TextField = Exclude<keyof OfferInputs, 'equityMode' | 'companyType' | 'label'>;

interface FieldSpec {
  readonly field: TextField;
  readonly label: string;
  readonly placeholder: string;
  readonly mode?: 'grant' | 'options';
  readonly list?: string;
}

const FIELDS: readonly FieldSpec[] = [
  { field: 'base', label: 'Base salary', placeholder: 'e.g. 185000' },
  { field: 'bonusTarget', label: 'Bonus target', placeholder: 'e.g. 15% or 0.15' },
  { field: 'bonusPayouts', label: 'Payout history', placeholder: 'actual / target, e.g. 90%, 110%' },
  { field: 'equityGrant', label: 'Equity grant', placeholder: 'total value, e.g. 200000', mode: 'grant' },
  { field: 'shares', label: 'Shares', placeholder: 'e.g. 10000', mode: 'options' },
  { field: 'strike', label: 'Strike', placeholder: 'per share; 0 for RSUs', mode: 'options' },
  { field: 'price', label: 'Price', placeholder: 'per share, e.g. 12', mode: 'options' },
  { field: 'discount', label: 'Equity discount', placeholder: 'blank: company default', },
  { field: 'schedule', label: 'Vesting, cliff', placeholder: DEFAULT_VESTING, list: 'ai-panel-schedules' },
  { field: 'signOn', label: 'Sign-on', placeholder: 'e.g. 25000' },
  { field: 'years', label: 'Horizon (years)', placeholder: '4' },
  { field: 'refresh', label: 'Annual refresh', placeholder: 'grant a year, e.g. 50000' },
];

const SCHEDULE_EXAMPLES: readonly [string, string][] = [
  [DEFAULT_VESTING, '4 years, 1-year cliff, then monthly'],
  ['4y-6m-cliff', '4 years, 6-month cliff, monthly'],
  ['4y-1y-cliff-quarterly', '4 years, 1-year cliff, quarterly'],
  ['3y', 'even over 3 years'],
  ['4y', 'even over 4 years'],
  ['5/15/40/40', 'back-loaded, % a year'],
];

const LABELS: Record<TextField | 'label' | 'companyType', string> = {
  label: 'Offer name', companyType: 'Company type',
  ...Object.fromEntries(FIELDS.map((f) => [f.field, f.label])) as Record<TextField, string>,
};

interface OfferCard {
  root: HTMLElement;
  inputs: Partial<Record<keyof OfferInputs, HTMLInputElement | HTMLSelectElement>>;
  errors: Partial<Record<keyof OfferInputs, HTMLElement>>;
  rows: Partial<Record<keyof OfferInputs, HTMLElement>>;
  discountHint: HTMLElement;
  results: HTMLElement;
  status: ActionStatus;
}

export async function mountOfferPanel(root: HTMLElement, bridge: HostBridge): Promise<OfferPanel> {
  clear(root);
  root.classList.add('ai-panel');
  root.dataset.host = bridge.hostName;

  let state: PanelState = initialState();
  let readings: OfferReading[] = [];
  let saveTimer: ReturnType<typeof setTimeout> | undefined;
  let destroyed = false;

  const globalStatusNode = el('p', { className: 'status', id: 'panel-status' });
  const globalStatus = statusLine(globalStatusNode);
  const offersNode = el('div', { className: 'offers', id: 'offers' });
  const addButton = el('button', { type: 'button', className: 'secondary', id: 'add-offer', text: '+ Add offer' });
  const comparisonNode = el('section', { className: 'comparison', id: 'comparison', 'aria-label': 'Offers compared' });
  const benchmarkNode = el('section', { className: 'benchmark', id: 'benchmark' });
  const insertButton = el('button', { type: 'button', id: 'insert', text: 'Insert into sheet' });
  const insertStatusNode = el('p', { className: 'status', id: 'insert-status' });
  const insertStatus = statusLine(insertStatusNode);
  const confirmNode = el('div', { className: 'confirm', id: 'insert-confirm', hidden: true, role: 'alertdialog', 'aria-label': 'Overwrite cells?' });
  const datalist = el('datalist', { id: 'ai-panel-schedules' }, ...SCHEDULE_EXAMPLES.map(([value, label]) => el('option', { value, label })));

  root.append(
    el('header', { className: 'panel-header' }, el('h1', { text: 'Offers, taken apart' }), globalStatusNode),
    datalist,
    offersNode,
    el('div', { className: 'row-actions' }, addButton),
    comparisonNode,
    benchmarkNode,
    el('section', { className: 'insert', 'aria-label': 'Insert into sheet' },
      el('h2', { text: 'Into the sheet' }),
      el('p', { className: 'hint', text: 'Writes each valid offer as a live AI.OFFERTABLE formula from the selected cell down and right; asks before writing over anything.' }),
      insertButton, confirmNode, insertStatusNode),
    // The band-table import (a user's own CSV band table): mounted once the saved text is loaded.
    el('section', { id: 'band-tables', className: 'band-tables' }),
    el('footer', { className: 'panel-footer', text: 'Figures are risk-adjusted by the add-in\'s offer model: base flat, bonus at target × mean payout, equity discounted by company type unless you set a discount. Nothing leaves this document.' }),
  );
  let bandTableImport: BandTableImport | undefined;

  // ---- saving --------------------------------------------------------------------------------
  const save = async (): Promise<void> => {
    saveTimer = undefined;
    try {
      await bridge.saveState(JSON.parse(JSON.stringify(state)) as PanelState);
      if (globalStatusNode.dataset.kind === 'save-error') { globalStatus.clear(); delete globalStatusNode.dataset.kind; }
    } catch (reason) {
      globalStatus.show(`Not saved: ${rejectionMessage(reason)}`, 'error');
      globalStatusNode.dataset.kind = 'save-error';
    }
  };
  let insertFlow: InsertFlow | undefined;
  const scheduleSave = (): void => {
    if (destroyed) return;
    insertFlow?.cancel(); // an edit withdraws an open overwrite question
    if (saveTimer) clearTimeout(saveTimer);
    saveTimer = setTimeout(() => void save(), SAVE_DELAY_MS);
  };
  const flush = async (): Promise<void> => {
    if (saveTimer) { clearTimeout(saveTimer); await save(); }
  };
  const onPageHide = (): void => { void flush(); };
  window.addEventListener('pagehide', onPageHide);

  // ---- offers --------------------------------------------------------------------------------
  let cards: OfferCard[] = [];

  const scaleMax = (): number => {
    let max = 0;
    for (const reading of readings) if (reading.status === 'valid') for (const y of reading.decomposition.years) if (y.total > max) max = y.total;
    return max;
  };

  const showErrors = (card: OfferCard, errors: FieldErrors): void => {
    for (const [field, node] of Object.entries(card.errors) as [keyof OfferInputs, HTMLElement][]) {
      const message = errors[field];
      node.textContent = message ?? '';
      node.hidden = !message;
      const input = card.inputs[field];
      if (input) {
        if (message) input.setAttribute('aria-invalid', 'true');
        else input.removeAttribute('aria-invalid');
      }
    }
  };

  const renderResults = (): void => {
    readings = state.offers.map(readOffer);
    const max = scaleMax();
    cards.forEach((card, index) => {
      const reading = readings[index];
      const offer = state.offers[index];
      showErrors(card, reading.status === 'invalid' ? reading.errors : {});
      for (const spec of FIELDS) if (spec.mode) card.rows[spec.field]!.hidden = spec.mode !== offer.equityMode;
      const type = offer.companyType as CompanyType;
      const fallback = DEFAULT_EQUITY_DISCOUNT[type];
      card.discountHint.textContent = fallback ? `Blank: ${formatPercent(fallback.discount)} off for ${type} (${fallback.basis}).` : '';
      clear(card.results);
      if (reading.status === 'empty') card.results.append(el('p', { className: 'hint', text: 'Enter a base salary (or fill from the selected row) to see this offer taken apart.' }));
      else if (reading.status === 'invalid') card.results.append(el('p', { className: 'hint', text: 'Fix the fields marked above to see the figures.' }));
      else {
        const d = reading.decomposition;
        card.results.append(headline(d, index), yearChart(d, index, max), legend(), yearTable(d, index));
      }
    });
    renderComparison();
    renderBenchmarkFigures();
  };

  const renderComparison = (): void => {
    clear(comparisonNode);
    if (state.offers.length < 2) return;
    const rows: [string, string, (r: OfferReading) => number | undefined][] = [
      ['average', 'Risk-adjusted a year', (r) => (r.status === 'valid' ? r.decomposition.riskAdjustedAverageAnnual : undefined)],
      ['first-year', 'First year', (r) => (r.status === 'valid' ? r.decomposition.firstYearTotal : undefined)],
      ['annualised', 'Annualised', (r) => (r.status === 'valid' ? r.decomposition.annualisedTotal : undefined)],
      ['guaranteed', 'Guaranteed, year 1', (r) => (r.status === 'valid' ? r.decomposition.years[0].guaranteed : undefined)],
    ];
    const head = el('tr', {}, el('th', { text: '' }), ...state.offers.map((o) => el('th', { scope: 'col', text: o.label })));
    const body = rows.map(([key, label, pick]) => el('tr', { 'data-row': key }, el('th', { scope: 'row', text: label }),
      ...readings.map((reading, i) => {
        const value = pick(reading);
        return el('td', { 'data-offer': i, 'data-value': value, text: value === undefined ? '–' : formatMoney(value) });
      })));
    comparisonNode.append(el('h2', { text: 'Side by side' }), el('div', { className: 'table-scroll' }, el('table', { className: 'compare-table' }, el('thead', {}, head), el('tbody', {}, ...body))));
  };

  const updateField = (index: number, field: keyof OfferInputs, value: string): void => {
    const offer = state.offers[index];
    if (field === 'equityMode') offer.equityMode = value === 'options' ? 'options' : 'grant';
    else offer[field] = value;
    scheduleSave();
    if (field === 'label') {
      renderComparison();
      renderBenchmarkControls();
      return;
    }
    renderResults();
  };

  const buildCard = (offer: OfferInputs, index: number): OfferCard => {
    const id = (field: string) => `o${index}-${field}`;
    const inputs: OfferCard['inputs'] = {};
    const errors: OfferCard['errors'] = {};
    const rows: OfferCard['rows'] = {};
    const errorNode = (field: keyof OfferInputs) => {
      const node = el('div', { className: 'field-error', id: id(`${field}-error`), hidden: true, 'aria-live': 'polite' });
      errors[field] = node;
      return node;
    };
    const wire = (field: keyof OfferInputs, input: HTMLInputElement | HTMLSelectElement) => {
      inputs[field] = input;
      input.setAttribute('aria-describedby', id(`${field}-error`));
      input.addEventListener(input instanceof HTMLSelectElement ? 'change' : 'input', () => updateField(index, field, input.value));
      return input;
    };

    const labelInput = wire('label', el('input', { type: 'text', id: id('label'), className: 'offer-name', 'aria-label': LABELS.label, maxlength: 60 }));
    labelInput.value = offer.label;
    const removeButton = el('button', { type: 'button', className: 'icon', id: id('remove'), 'aria-label': `Remove ${offer.label}`, title: 'Remove this offer', text: '×', hidden: state.offers.length < 2 });
    removeButton.addEventListener('click', () => {
      state.offers.splice(index, 1);
      state.offers.forEach((o, i) => { if (/^Offer [A-C]$/.test(o.label)) o.label = blankOffer(i).label; });
      if (state.benchmark.offerIndex >= state.offers.length) state.benchmark.offerIndex = 0;
      scheduleSave();
      renderOffers();
    });

    const fieldRow = (field: keyof OfferInputs, label: string, control: HTMLElement, extra?: HTMLElement) => {
      const row = el('div', { className: `field field-${field}` }, el('label', { for: id(field), text: label }), control, extra, errorNode(field));
      rows[field] = row;
      return row;
    };

    const modeSelect = wire('equityMode', el('select', { id: id('equityMode') },
      el('option', { value: 'grant', text: 'a grant value' }), el('option', { value: 'options', text: 'shares, strike, price' })));
    modeSelect.value = offer.equityMode;
    const typeSelect = wire('companyType', el('select', { id: id('companyType') }, ...COMPANY_TYPES.map((t) => el('option', { value: t, text: t }))));
    // A type the core does not know (restored or filled from a row) stays visible, so its message makes sense.
    if (!(COMPANY_TYPES as readonly string[]).includes(offer.companyType)) typeSelect.append(el('option', { value: offer.companyType, text: offer.companyType }));
    typeSelect.value = offer.companyType;
    const discountHint = el('div', { className: 'field-hint', id: id('discount-hint') });

    const fieldRows: HTMLElement[] = [];
    for (const spec of FIELDS) {
      if (spec.field === 'equityGrant') fieldRows.push(fieldRow('equityMode', 'Equity as', modeSelect), fieldRow('companyType', 'Company type', typeSelect));
      const input = wire(spec.field, el('input', { type: 'text', id: id(spec.field), placeholder: spec.placeholder, autocomplete: 'off', spellcheck: 'false', list: spec.list, inputmode: spec.field === 'schedule' ? undefined : 'decimal' }));
      input.value = offer[spec.field];
      fieldRows.push(fieldRow(spec.field, spec.label, input, spec.field === 'discount' ? discountHint : undefined));
    }

    const fillButton = el('button', { type: 'button', className: 'secondary', id: id('fill'), text: 'Fill from selected row' });
    const statusNode = el('p', { className: 'status', id: id('status') });
    const status = statusLine(statusNode);
    fillButton.addEventListener('click', () => void withBusy(fillButton, status, 'Reading row…', async () => {
      const row = await bridge.readSelectedRow();
      const fill = fillFromRow(row ?? {});
      if (!fill.matched.length) throw new Error(`no column of the selected row has a header the panel knows (${Object.keys(row ?? {}).join(', ') || 'no headers'}); name columns e.g. Base, Bonus %, Payout, Equity, Company type, Vesting, Sign-on`);
      Object.assign(state.offers[index], fill.fields);
      scheduleSave();
      renderOffers();
      cards[index]?.status.show(describeFill(fill), 'info');
    }));

    const results = el('div', { className: 'offer-results', id: id('results'), 'aria-live': 'polite' });
    const root = el('article', { className: 'offer-card', id: `offer-${index}`, 'data-offer': index },
      el('div', { className: 'offer-head' }, labelInput, removeButton),
      errorNode('label'),
      el('div', { className: 'fields' }, ...fieldRows),
      el('div', { className: 'card-actions' }, fillButton),
      statusNode,
      results);
    return { root, inputs, errors, rows, discountHint, results, status };
  };

  const renderOffers = (): void => {
    clear(offersNode);
    cards = state.offers.map(buildCard);
    offersNode.dataset.count = String(cards.length);
    offersNode.append(...cards.map((c) => c.root));
    addButton.hidden = state.offers.length >= MAX_OFFERS;
    renderBenchmarkControls();
    renderResults();
  };

  addButton.addEventListener('click', () => {
    if (state.offers.length >= MAX_OFFERS) return;
    state.offers.push(blankOffer(state.offers.length));
    scheduleSave();
    renderOffers();
    cards[cards.length - 1]?.inputs.base?.focus();
  });

  // ---- benchmark -----------------------------------------------------------------------------
  const roleSelect = el('select', { id: 'bench-role' }, el('option', { value: '', text: 'Choose a role' }), ...ROLES.map((r) => el('option', { value: r.name, text: r.name })));
  const levelSelect = el('select', { id: 'bench-level' }, el('option', { value: '', text: 'Choose a level' }), ...LEVELS.map((l) => el('option', { value: l.name, text: l.name })));
  const offerSelect = el('select', { id: 'bench-offer' });
  const benchFigures = el('div', { className: 'bench-figures', id: 'bench-figures', 'aria-live': 'polite' });
  const blendNode = el('div', { className: 'blend', id: 'blend-sources' });
  benchmarkNode.append(
    el('h2', { text: 'Base against the band' }),
    el('div', { className: 'fields' },
      el('div', { className: 'field' }, el('label', { for: 'bench-role', text: 'Role' }), roleSelect),
      el('div', { className: 'field' }, el('label', { for: 'bench-level', text: 'Level' }), levelSelect),
      el('div', { className: 'field' }, el('label', { for: 'bench-offer', text: 'Base of' }), offerSelect)),
    benchFigures,
    blendNode);
  roleSelect.addEventListener('change', () => { state.benchmark.role = roleSelect.value; scheduleSave(); renderBenchmarkFigures(); renderBlend(); });
  levelSelect.addEventListener('change', () => { state.benchmark.level = levelSelect.value; scheduleSave(); renderBenchmarkFigures(); renderBlend(); });
  offerSelect.addEventListener('change', () => { state.benchmark.offerIndex = Number(offerSelect.value); scheduleSave(); renderBenchmarkFigures(); });

  function renderBenchmarkControls(): void {
    clear(offerSelect);
    state.offers.forEach((o, i) => offerSelect.append(el('option', { value: i, text: o.label })));
    offerSelect.value = String(state.benchmark.offerIndex);
    roleSelect.value = state.benchmark.role;
    levelSelect.value = state.benchmark.level;
  }

  function renderBenchmarkFigures(): void {
    clear(benchFigures);
    const { role, level, offerIndex } = state.benchmark;
    if (!role || !level) {
      benchFigures.append(el('p', { className: 'hint', text: 'Choose a role and a level to see the US base band (AI.BAND) and where the band comes from (AI.SOURCE).' }));
      return;
    }
    const reading = readings[offerIndex];
    const base = reading?.status === 'valid' ? reading.decomposition.offer.base : undefined;
    const figures = benchmarkFigures(role, level, base);
    const show = (name: string, label: string, figure: Figure | undefined, format: (n: number) => string) => {
      if (!figure) return null;
      return el('div', { className: `bench-figure bench-${name}` },
        el('span', { className: 'bench-label', text: label }),
        'value' in figure
          ? el('span', { className: 'bench-value', id: `bench-${name}`, 'data-value': figure.value, text: format(figure.value) })
          : el('span', { className: 'bench-value bench-na', id: `bench-${name}`, text: figure.error }));
    };
    // When the whole band is missing, its one message is shown once, not three times in narrow boxes.
    const sameError = 'error' in figures.min && 'error' in figures.mid && 'error' in figures.max && figures.min.error === figures.mid.error && figures.mid.error === figures.max.error;
    benchFigures.append(el('div', { className: 'bench-grid' },
      ...(sameError
        ? [el('div', { className: 'bench-figure bench-band-missing' }, el('span', { className: 'bench-label', text: 'Band (min, mid, max)' }), el('span', { className: 'bench-value bench-na', id: 'bench-mid', text: (figures.mid as { error: string }).error }))]
        : [show('min', 'Min', figures.min, formatMoney), show('mid', 'Mid', figures.mid, formatMoney), show('max', 'Max', figures.max, formatMoney)]),
      show('compa', 'Compa-ratio', figures.compa, formatRatio),
      show('penetration', 'Position in band', figures.penetration, formatPercent)));
    if (base === undefined) benchFigures.append(el('p', { className: 'hint', text: `Enter a valid base for ${state.offers[offerIndex]?.label ?? 'the offer'} to see its compa-ratio and position in the band.` }));
    if ('value' in figures.min && 'value' in figures.max && base !== undefined && figures.penetration && 'value' in figures.penetration) {
      // The marker sits at the core's penetration figure, kept inside the bar when the base is outside the band.
      const at = Math.min(Math.max(figures.penetration.value, 0), 1);
      const marker = el('span', { className: 'band-marker', title: `Base ${formatMoney(base)}` });
      marker.style.left = `${at * 100}%`;
      benchFigures.append(el('div', { className: 'band-bar', role: 'img', 'aria-label': `Base at ${formatPercent(figures.penetration.value)} of the band` }, marker));
    }
    // AI.SOURCE text is long (publisher, report, date, derivation): folded, one click away.
    const basis = 'text' in figures.source ? (/derived/.test(figures.source.text) ? 'derived' : 'reported') : 'not available';
    benchFigures.append(el('details', { className: 'source' },
      el('summary', { text: `Where this band comes from (AI.SOURCE): ${basis}` }),
      el('p', { id: 'bench-source', text: 'text' in figures.source ? figures.source.text : figures.source.error })));
  }

  // ---- blend sources -------------------------------------------------------------------------
  // The inputs are built once and only their figures re-rendered, so typing never loses focus.
  const blendInput = (id: string, label: string, placeholder: string, value: () => string, set: (v: string) => void): HTMLInputElement => {
    const input = el('input', { type: 'text', id, placeholder, autocomplete: 'off', spellcheck: 'false', 'aria-label': label });
    input.addEventListener('input', () => { set(input.value); scheduleSave(); renderBlend(); });
    blendFillers.push(() => { input.value = value(); });
    return input;
  };
  const blendFillers: (() => void)[] = [];
  const blendTo = blendInput('blend-to', 'Age every part to', 'yyyy-mm-dd', () => state.blend.toDate, (v) => { state.blend.toDate = v; });
  const blendRate = blendInput('blend-rate', 'Ageing rate a year', 'e.g. 4% or 0.04', () => state.blend.rate, (v) => { state.blend.rate = v; });
  interface BlendRow { root: HTMLElement; title: HTMLElement; mid: HTMLElement; aged: HTMLElement; note: HTMLElement; sourceSummary: HTMLElement; sourceText: HTMLElement }
  const blendRows = {} as Record<BlendSourceKey, BlendRow>;
  for (const key of BLEND_SOURCE_KEYS) {
    const sourceName = EMBEDDED_BLEND_SOURCES.find((d) => d.key === key)?.label ?? 'your band table';
    const asOf = blendInput(`blend-asof-${key}`, `As-of date of ${sourceName}`, 'yyyy-mm-dd', () => state.blend.sources[key].asOf, (v) => { state.blend.sources[key].asOf = v; });
    const weight = blendInput(`blend-weight-${key}`, `Weight of ${sourceName}`, 'equal', () => state.blend.sources[key].weight, (v) => { state.blend.sources[key].weight = v; });
    const row: BlendRow = {
      root: el('div', { className: 'blend-part', 'data-source': key }),
      title: el('div', { className: 'blend-part-title' }),
      mid: el('span', { className: 'blend-mid', id: `blend-mid-${key}` }),
      aged: el('span', { className: 'blend-aged', id: `blend-aged-${key}` }),
      note: el('p', { className: 'blend-part-note', id: `blend-note-${key}` }),
      sourceSummary: el('summary'),
      sourceText: el('p', { id: `blend-source-${key}` }),
    };
    row.root.append(
      row.title,
      el('div', { className: 'blend-figures' }, el('span', { className: 'bench-label', text: 'Mid' }), row.mid, el('span', { className: 'bench-label', text: 'Aged' }), row.aged),
      el('div', { className: 'blend-inputs' },
        el('label', { for: asOf.id, text: 'As of' }), asOf,
        el('label', { for: weight.id, text: 'Weight' }), weight),
      row.note,
      el('details', { className: 'source' }, row.sourceSummary, row.sourceText));
    blendRows[key] = row;
  }
  const blendValue = el('span', { className: 'bench-value', id: 'blend-value' });
  const blendNote = el('p', { className: 'hint', id: 'blend-note' });
  const blendHint = el('p', { className: 'hint', id: 'blend-hint' });
  const blendBody = el('div', { className: 'blend-body' },
    el('div', { className: 'fields' },
      el('div', { className: 'field' }, el('label', { for: 'blend-to', text: 'Age to' }), blendTo),
      el('div', { className: 'field' }, el('label', { for: 'blend-rate', text: 'Rate a year' }), blendRate)),
    ...BLEND_SOURCE_KEYS.map((key) => blendRows[key].root),
    el('div', { className: 'bench-figure blend-result' }, el('span', { className: 'bench-label', text: 'Blend (AI.BLEND)' }), blendValue),
    blendNote);
  blendNode.append(
    el('h3', { text: 'Blend sources' }),
    el('p', { className: 'hint', text: 'Each source\'s mid for this role and level, aged from its own as-of date to one date (AI.AGE), then blended with your weights (AI.BLEND).' }),
    blendHint, blendBody);

  const userSource = (): BlendSourceDef | { problems: true } | undefined => {
    const reading = bandTableImport?.reading();
    if (!reading) return undefined;
    return reading.table ? userBlendSource(reading.grid) : { problems: true };
  };

  function renderBlend(): void {
    const { role, level } = state.benchmark;
    if (!role || !level) {
      blendHint.textContent = 'Choose a role and a level above to blend the sources.';
      blendBody.hidden = true;
      return;
    }
    blendHint.textContent = '';
    blendBody.hidden = false;
    const user = userSource();
    const sources: BlendSourceDef[] = [...EMBEDDED_BLEND_SOURCES, ...(user && !('problems' in user) ? [user] : [])];
    const outcome = blendSources(role, level, state.blend, sources);
    for (const key of BLEND_SOURCE_KEYS) {
      const row = blendRows[key];
      const part = outcome.parts.find((p) => p.key === key);
      if (!part) {
        // The user's table row: shown only when there is a table, and then with why it is out.
        row.root.hidden = !user;
        row.title.textContent = 'Your band table';
        row.mid.textContent = '–';
        row.aged.textContent = '–';
        delete row.mid.dataset.value;
        delete row.aged.dataset.value;
        row.note.textContent = 'Your band table has problems (listed under "Your band table" below): fix them and it joins the blend.';
        row.sourceSummary.textContent = 'Where this figure comes from (AI.SOURCE)';
        row.sourceText.textContent = '';
        continue;
      }
      row.root.hidden = false;
      row.root.dataset.ageing = part.ageing;
      row.root.dataset.included = String(outcome.included.includes(key));
      const def = sources.find((d) => d.key === key);
      row.title.textContent = def?.articleDate ? `${part.label} (article dated ${def.articleDate})` : part.label;
      const figureInto = (node: HTMLElement, figure: { value: number } | { error: string } | undefined, empty: string) => {
        if (figure && 'value' in figure) { node.textContent = formatMoney(figure.value); node.dataset.value = String(figure.value); node.classList.remove('bench-na'); }
        else { node.textContent = figure ? figure.error : empty; delete node.dataset.value; node.classList.toggle('bench-na', !!figure); }
      };
      figureInto(row.mid, part.mid, '–');
      figureInto(row.aged, part.aged, 'not aged');
      row.note.textContent = part.note;
      row.sourceSummary.textContent = `Where this figure comes from (AI.SOURCE): ${'text' in part.source ? (/derived/.test(part.source.text) ? 'derived' : 'reported') : 'not available'}`;
      row.sourceText.textContent = 'text' in part.source ? part.source.text : part.source.error;
    }
    if ('value' in outcome.blend) { blendValue.textContent = formatMoney(outcome.blend.value); blendValue.dataset.value = String(outcome.blend.value); blendValue.classList.remove('bench-na'); }
    else { blendValue.textContent = outcome.blend.error; delete blendValue.dataset.value; blendValue.classList.add('bench-na'); }
    blendNote.textContent = outcome.note;
  }

  // ---- insert --------------------------------------------------------------------------------
  insertFlow = mountInsertFlow({ bridge, button: insertButton, confirmNode, status: insertStatus, build: () => {
    const valid = state.offers.map((offer, i) => ({ offer, reading: readings[i] })).filter((x) => x.reading.status === 'valid');
    if (!valid.length) throw new Error('nothing to insert: no offer is complete and valid yet (enter at least a base salary, and fix any field marked in red)');
    const block = buildInsertBlock(valid.map(({ offer, reading }) => ({ label: offer.label, input: (reading as Extract<OfferReading, { status: 'valid' }>).modelInput })), bridge.hostName);
    if ('error' in block) throw new Error(block.error);
    return { block, count: valid.length };
  } });

  // ---- start ---------------------------------------------------------------------------------
  globalStatus.show('Loading saved inputs…', 'info');
  try {
    const saved = await bridge.loadState();
    state = restoreState(saved);
    globalStatus.clear();
  } catch (reason) {
    state = initialState();
    globalStatus.show(`Could not load saved inputs: ${rejectionMessage(reason)}. Starting blank.`, 'error');
  }
  bandTableImport = mountBandTableImport(root.querySelector<HTMLElement>('#band-tables')!, bridge, {
    initialText: state.bandTableCsv,
    initialName: state.bandTableName,
    onTextChange: (text) => { state.bandTableCsv = text; scheduleSave(); renderBlend(); },
    onNameChange: (name) => { state.bandTableName = name; scheduleSave(); },
  });
  for (const fill of blendFillers) fill();
  renderOffers();
  renderBlend();
  root.dataset.ready = 'true';

  return {
    state: () => JSON.parse(JSON.stringify(state)) as PanelState,
    flush,
    destroy() {
      destroyed = true;
      if (saveTimer) clearTimeout(saveTimer);
      window.removeEventListener('pagehide', onPageHide);
      bandTableImport?.destroy();
      clear(root);
    },
  };
}
