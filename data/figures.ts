/**
 * Every figure the four seed articles state, as records (see data/figure.ts for the fields).
 *
 * Sources: the seed articles in ../shared/seeds/ (data/sources.ts). Figures carry over as the
 * articles state them; notes are in our own words. A record marked `derived` is computed from other
 * records by the formula it gives, and a test recomputes it.
 *
 * Updating: add or correct a record here, with its article; tests check every record against the
 * schema and every lookup against these records. Never add a number no article states.
 */
import type { Figure } from './figure';

const LEMON = "Lemon.io's Software Developer Rate Benchmark Report (contractor marketplace data, January 2024 to April 2026, 2,500+ verified engagements across 71 countries)";
const PAYSCALE_FLIGHT = "Payscale's Flight Risk Report";
const US_REPORTS = 'US 2026 salary reports compiled by AI Tech Connect (KORE1, MRJ Recruitment, Robert Half, JobsPikr)';
const LINKEDIN = "LinkedIn's 2026 Jobs on the Rise report";
const NEXUS_EXPERIENCE = 'nexus IT group 2026 experience benchmarks';
const NEXUS_COMPARISONS = 'nexus IT group, citing 2025 to 2026 compensation comparisons';
const NEXUS_SPECIALIZATION = 'nexus IT group, citing specialization and certification salary data';
const NEXUS_BENCHMARKS = 'nexus IT group, citing 2026 AI engineering salary benchmarks';
const SWE_V_LEVEL = 'Payscale calls level V "very senior"; we file it under Principal, the top of our ladder. It could as well be read as Lead: the article maps it to no years of experience.';

type Defaulted = 'statistic' | 'role' | 'level' | 'experience' | 'market' | 'basis' | 'source';
type FigureInput = Omit<Figure, 'article' | Defaulted> & Partial<Pick<Figure, Defaulted>>;

/** Record builder for one article: fills the fields most of its figures share. */
function from(article: Figure['article'], defaults: Partial<Pick<Figure, Defaulted>>) {
  return (f: FigureInput): Figure => ({
    statistic: 'point',
    role: null,
    level: null,
    experience: null,
    market: 'any',
    basis: 'reported',
    source: '',
    ...defaults,
    ...f,
    article,
  });
}

// ---- Seed 000: Payscale, "How to hire AI engineers with skills-based compensation" ----
const payscale = from('payscale-skills-based', { market: 'global contractor', source: LEMON });
const lemonRate = (id: string, role: string, level: string, value: number, note: string, label: string): Figure =>
  payscale({ id, value, unit: 'USD/hour', measures: 'hourly-rate', statistic: 'average', role, level, source: LEMON, note, label });
const lemonGrowth = (id: string, tool: string, value: number): Figure =>
  payscale({ id, value, unit: 'fraction', measures: 'growth', source: LEMON, note: `year-over-year growth in ${tool} mentions by contractors` });

const seed000: Figure[] = [
  lemonGrowth('growth-vertex-ai-mentions', 'Vertex AI', 2.38),
  lemonGrowth('growth-openai-api-mentions', 'OpenAI API', 0.51),
  lemonGrowth('growth-langgraph-mentions', 'LangGraph', 86.5),
  lemonGrowth('growth-mlflow-mentions', 'MLflow', 2.8),
  lemonGrowth('growth-hugging-face-mentions', 'Hugging Face', 1.21),
  lemonGrowth('growth-github-copilot-mentions', 'GitHub Copilot', 1.53),
  lemonGrowth('growth-claude-code-mentions', 'Claude Code', 4.83),
  lemonGrowth('growth-cursor-mentions', 'Cursor', 6.43),
  payscale({ id: 'lemon-engagements', value: 2500, unit: 'count', measures: 'count', statistic: 'floor', source: LEMON, note: 'verified engagements behind the rate report ("2,500+")' }),
  payscale({ id: 'lemon-countries', value: 71, unit: 'count', measures: 'count', source: LEMON, note: 'countries the engagements span' }),
  lemonRate('rate-backend-senior', 'backend-developer', 'senior', 42.8, 'generalist senior back-end developer, global average', 'senior back-end developer'),
  lemonRate('rate-ai-engineer-senior', 'ai-engineer', 'senior', 60.3, 'senior AI engineer, global average', 'senior AI engineer'),
  payscale({
    id: 'rate-ai-engineer-senior-ceiling', value: 79.2, unit: 'USD/hour', measures: 'hourly-rate', statistic: 'top', role: 'ai-engineer', level: 'senior', source: LEMON, label: 'can reach',
    note: 'a ceiling, not an average: the most a senior AI engineer reaches; the report names no Strong Senior tier for AI engineers (it does for machine learning engineers)',
  }),
  payscale({
    id: 'premium-ai-engineer-over-mid', value: 0.84, unit: 'fraction', measures: 'premium', role: 'ai-engineer', source: LEMON,
    note: 'rate premium over mid-level; the report calls it the steepest step up with seniority of any category', label: 'premium over mid-level',
    reading: 'Chosen: the $79.20 senior ceiling is 84% above the mid-level rate (79.20 / 60.30 is only a 31% step, so the 84% cannot be senior average over its own ceiling). Other reading: the $60.30 senior average is 84% above mid-level, which would put mid-level at $32.77.',
  }),
  payscale({
    id: 'rate-ai-engineer-mid', value: 79.2 / 1.84, unit: 'USD/hour', measures: 'hourly-rate', statistic: 'average', role: 'ai-engineer', level: 'mid', source: LEMON,
    basis: 'derived', derivation: 'rate-ai-engineer-senior-ceiling / (1 + premium-ai-engineer-over-mid)',
    reading: 'Under the other reading of the 84% premium (senior average over mid-level) this would be rate-ai-engineer-senior / 1.84 = $32.77.',
  }),
  lemonRate('rate-machine-learning-senior', 'machine-learning', 'senior', 54, 'machine learning engineer, senior level', 'Machine learning engineers'),
  lemonRate('rate-machine-learning-strong-senior', 'machine-learning', 'strong-senior', 77.2, 'machine learning engineer, strong senior tier', 'strong seniors'),
  payscale({ id: 'step-machine-learning-strong-over-senior', value: 0.43, unit: 'fraction', measures: 'premium', role: 'machine-learning', source: LEMON, note: 'step-up from senior to strong senior, the largest among AI roles (77.20 / 54 = 1.43)' }),
  lemonRate('rate-llmops-senior', 'llmops', 'senior', 52, 'senior level, global average, under the report\'s own label (reading it as the LLMOps rate is an assumption of ours)', 'MLOps developers'),
  lemonRate('rate-ai-api-integration-senior', 'ai-api-integration', 'senior', 50, 'senior level; the report describes them as specialists in RAG pipelines, prompting and AI API integration, the AI API Integration profile', 'LLM developers'),
  payscale({ id: 'payscale-swe-v-new-hire-annual', value: 230000, unit: 'USD/year', measures: 'annual-base', statistic: 'point', role: 'software-engineer', level: 'principal', market: 'US', source: PAYSCALE_FLIGHT, note: 'Software Engineer V (very senior), new hire', label: 'new hire', reading: SWE_V_LEVEL }),
  payscale({ id: 'payscale-swe-v-new-hire-hourly', value: 110, unit: 'USD/hour', measures: 'hourly-rate', statistic: 'point', role: 'software-engineer', level: 'principal', market: 'US', source: PAYSCALE_FLIGHT, note: 'the article\'s hourly equivalent of $230,000 ("about $110"); 230,000 / 2,080 hours = 110.58' }),
  payscale({ id: 'payscale-swe-v-tenured-annual', value: 194000, unit: 'USD/year', measures: 'annual-base', statistic: 'point', role: 'software-engineer', level: 'principal', market: 'US', source: PAYSCALE_FLIGHT, note: 'Software Engineer V (very senior), tenured employee', label: 'tenured', reading: SWE_V_LEVEL }),
  payscale({ id: 'payscale-swe-v-tenured-hourly', value: 93.27, unit: 'USD/hour', measures: 'hourly-rate', statistic: 'point', role: 'software-engineer', level: 'principal', market: 'US', source: PAYSCALE_FLIGHT, note: 'the article\'s hourly equivalent of $194,000; 194,000 / 2,080 hours = 93.27, which fixes the 2,080-hour year' }),
];

// ---- Seed 001: AI Tech Connect, US 2026 data for AI engineers ----
const atc = from('aitechconnect-2026', { market: 'US', role: 'ai-engineer' });
const atcBase = (id: string, value: number, statistic: Figure['statistic'], level: string | null, experience: string | null, note: string): Figure =>
  atc({ id, value, unit: 'USD/year', measures: 'annual-base', statistic, level, experience, source: US_REPORTS, note });

const seed001: Figure[] = [
  atcBase('us-ai-engineer-average-base-low', 140000, 'low', null, null, 'low end of the average US base across reports ("roughly between $140,000 and $185,000")'),
  atcBase('us-ai-engineer-average-base-high', 185000, 'high', null, null, 'high end of the average US base across reports'),
  atcBase('us-ai-engineer-widely-cited-average', 206000, 'average', null, null, 'one widely cited average ("closer to $206,000")'),
  atc({ id: 'us-ai-engineer-average-change', value: 50000, unit: 'USD', measures: 'change', source: US_REPORTS, note: 'year-over-year rise of the widely cited average ("roughly $50,000")' }),
  atc({ id: 'us-ai-engineer-senior-total-comp-floor', value: 300000, unit: 'USD/year', measures: 'total-compensation', statistic: 'floor', level: 'senior', experience: '7+ years', source: US_REPORTS, note: 'senior total compensation "regularly clears" $300,000 with equity and bonus' }),
  atcBase('us-ai-engineer-entry-base-floor', 143000, 'floor', 'entry', '0–2 years', 'entry-level US base, a floor with no top stated (level table)'),
  atcBase('us-ai-engineer-mid-base-low', 160000, 'low', 'mid', '3–6 years', 'mid-level US base range, low end (level table)'),
  atcBase('us-ai-engineer-mid-base-high', 200000, 'high', 'mid', '3–6 years', 'mid-level US base range, high end (level table)'),
  atcBase('us-ai-engineer-senior-base-median', 230625, 'median', 'senior', '7+ years', 'senior US base median (level table)'),
  atcBase('us-ai-engineer-senior-base-top', 269000, 'top', 'senior', '7+ years', 'senior US base at the top of the range, given with a plus sign (level table)'),
  atc({ id: 'premium-llm-fine-tuning-low', value: 0.25, unit: 'fraction', measures: 'premium', statistic: 'low', role: null, source: US_REPORTS, note: 'LLM fine-tuning specialists over the US median AI salary', reading: 'Measured against the "roughly $160,000 US median AI salary" the article names.' }),
  atc({ id: 'premium-llm-fine-tuning-high', value: 0.4, unit: 'fraction', measures: 'premium', statistic: 'high', role: null, source: US_REPORTS, note: 'LLM fine-tuning specialists over the US median AI salary' }),
  atcBase('us-ai-median-salary', 160000, 'median', null, null, 'the "roughly $160,000 US median AI salary" the fine-tuning premium is measured against'),
  atc({ id: 'linkedin-ai-engineer-rank', value: 1, unit: 'rank', measures: 'rank', source: LINKEDIN, note: 'AI Engineer ranked the number one fastest-growing US job title' }),
  atc({
    id: 'us-ai-engineer-postings-growth-2025', value: 1.43, unit: 'fraction', measures: 'growth', source: LINKEDIN, label: 'postings rose', note: 'AI Engineer postings year over year in 2025',
    reading: "Chosen: LinkedIn's Jobs on the Rise report, which the article names in the same sentence. Other reading: one of the US salary reports the article compiles (KORE1, MRJ Recruitment, Robert Half, JobsPikr); the article does not say.",
  }),
  atc({ id: 'seniority-ratio-senior-entry-low', value: 1.5, unit: 'fraction', measures: 'ratio', statistic: 'low', source: 'AI Tech Connect (structure of US data)', note: 'senior pay over entry-level pay in the US, low end; the article says this ratio carries over to other markets' }),
  atc({ id: 'seniority-ratio-senior-entry-high', value: 1.8, unit: 'fraction', measures: 'ratio', statistic: 'high', source: 'AI Tech Connect (structure of US data)', note: 'upper end of the senior-to-entry ratio' }),
  atc({ id: 'private-equity-discount', value: 0.5, unit: 'fraction', measures: 'discount', statistic: 'floor', role: null, source: 'AI Tech Connect (how to read an offer)', note: 'the article advises counting private-company equity at no more than half its paper value, and at nothing when the offer only works with it', label: 'by half or more' }),
  atc({ id: 'bonus-target-example', value: 0.2, unit: 'fraction', measures: 'illustrative', role: null, source: 'AI Tech Connect (how to read an offer)', note: 'a "20 per cent target bonus" used as an example of a target that is not a promise' }),
  atc({ id: 'bonus-payout-history-years', value: 2, unit: 'count', measures: 'illustrative', role: null, source: 'AI Tech Connect (how to read an offer)', note: 'ask what the bonus actually paid over the last two years' }),
  atc({ id: 'evidence-example-resolution-cut', value: 0.3, unit: 'fraction', measures: 'illustrative', role: null, source: 'AI Tech Connect', note: 'example evidence line: support-ticket resolution time cut 30%' }),
];

// ---- Seed 002: what drives AI compensation (roles and levels; no pay figures) ----
const drivers = from('ai-pay-drivers', { source: 'the article itself (illustrative examples)', market: 'any' });
const seed002: Figure[] = [
  drivers({ id: 'example-scope-model-development', value: 0.7, unit: 'fraction', measures: 'illustrative', source: 'the article itself (illustrative examples)', note: 'a data scientist whose job is 70% model development and deployment' }),
  drivers({ id: 'example-latency-cut', value: 0.38, unit: 'fraction', measures: 'illustrative', source: 'the article itself (illustrative examples)', note: 'example claim: inference latency cut by 38%' }),
  drivers({ id: 'example-cloud-spend-cut', value: 0.22, unit: 'fraction', measures: 'illustrative', source: 'the article itself (illustrative examples)', note: 'example claim: cloud spend cut by 22%' }),
];

// ---- Seed 003: nexus IT group, AI Engineer Salary in US: 2026 Compensation Guide ----
const nexus = from('nexus-2026-guide', { market: 'US', role: 'ai-engineer' });
const nexusBase = (id: string, value: number, level: string, experience: string): Figure =>
  nexus({ id, value, unit: 'USD/year', measures: 'annual-base', statistic: 'average', level, experience, source: NEXUS_EXPERIENCE, note: `average base salary, ${experience} of experience` });

const seed003: Figure[] = [
  nexus({ id: 'us-ai-engineer-national-average-base', value: 184757, unit: 'USD/year', measures: 'annual-base', statistic: 'average', source: 'nexus IT group (national average)', note: 'national average base salary' }),
  nexus({ id: 'us-ai-engineer-national-average-total', value: 211243, unit: 'USD/year', measures: 'total-compensation', statistic: 'average', source: 'nexus IT group (national average)', note: 'average total compensation including additional cash' }),
  nexusBase('nexus-entry-average-base', 121513, 'entry', '1–3 years'),
  nexusBase('nexus-mid-average-base', 138185, 'mid', '4–6 years'),
  nexusBase('nexus-senior-average-base', 155008, 'senior', '7–9 years'),
  nexusBase('nexus-lead-average-base', 172361, 'lead', '10–14 years'),
  nexusBase('nexus-principal-average-base', 185709, 'principal', '15+ years'),
  nexus({ id: 'nexus-big-tech-senior-total-floor', value: 300000, unit: 'USD/year', measures: 'total-compensation', statistic: 'floor', level: 'senior', source: NEXUS_EXPERIENCE, note: 'senior engineers in Big Tech can exceed this total compensation' }),
  nexus({ id: 'anthropic-swe-median-total', value: 600000, unit: 'USD/year', measures: 'total-compensation', statistic: 'median', role: 'software-engineer', source: NEXUS_EXPERIENCE, note: 'Anthropic software engineers, median total compensation in May 2026' }),
  nexus({ id: 'faang-ml-ai-average-total', value: 244800, unit: 'USD/year', measures: 'total-compensation', statistic: 'average', role: 'machine-learning', source: NEXUS_COMPARISONS, note: 'FAANG-level firms, ML/AI engineers' }),
  nexus({ id: 'startup-base-discount-low', value: 0.2, unit: 'fraction', measures: 'discount', statistic: 'low', source: NEXUS_COMPARISONS, note: 'startups often offer base salaries 20% to 30% lower than enterprises' }),
  nexus({ id: 'startup-base-discount-high', value: 0.3, unit: 'fraction', measures: 'discount', statistic: 'high', source: NEXUS_COMPARISONS, note: 'upper end of the startup base discount' }),
  nexus({ id: 'startup-base-low', value: 140000, unit: 'USD/year', measures: 'annual-base', statistic: 'low', source: NEXUS_COMPARISONS, note: 'startup base, low end ($140k to $160k)' }),
  nexus({ id: 'startup-base-high', value: 160000, unit: 'USD/year', measures: 'annual-base', statistic: 'high', source: NEXUS_COMPARISONS, note: 'startup base, high end' }),
  nexus({ id: 'enterprise-base-floor', value: 185000, unit: 'USD/year', measures: 'annual-base', statistic: 'floor', source: NEXUS_COMPARISONS, note: 'enterprise base ("$185k+")' }),
  nexus({ id: 'pe-backed-senior-equity-low', value: 50000, unit: 'USD/year', measures: 'equity', statistic: 'low', level: 'senior', source: NEXUS_COMPARISONS, note: 'annual equity (RSUs or options) at private equity-backed firms for senior roles, low end' }),
  nexus({ id: 'pe-backed-senior-equity-high', value: 100000, unit: 'USD/year', measures: 'equity', statistic: 'high', level: 'senior', source: NEXUS_COMPARISONS, note: 'annual equity at private equity-backed firms for senior roles, high end' }),
  nexus({ id: 'premium-ml-engineer-certification', value: 0.15, unit: 'fraction', measures: 'premium', role: null, source: NEXUS_SPECIALIZATION, note: 'Google Professional ML Engineer certification holders earn 15% more' }),
  nexus({ id: 'certified-ml-engineer-base', value: 165000, unit: 'USD/year', measures: 'annual-base', role: null, source: NEXUS_SPECIALIZATION, note: 'base with the Google Professional ML Engineer certification' }),
  nexus({ id: 'uncertified-ml-engineer-base', value: 143000, unit: 'USD/year', measures: 'annual-base', role: null, source: NEXUS_SPECIALIZATION, note: 'base without the certification (165 / 143 = 1.154, the stated 15%)' }),
  nexus({ id: 'premium-generative-ai-low', value: 0.05, unit: 'fraction', measures: 'premium', statistic: 'low', role: null, source: NEXUS_SPECIALIZATION, note: 'generative AI skills premium, low end' }),
  nexus({ id: 'premium-generative-ai-high', value: 0.08, unit: 'fraction', measures: 'premium', statistic: 'high', role: null, source: NEXUS_SPECIALIZATION, note: 'generative AI skills premium, high end' }),
  nexus({ id: 'premium-ai-security-floor', value: 0.25, unit: 'fraction', measures: 'premium', statistic: 'floor', role: null, source: NEXUS_SPECIALIZATION, note: 'engineers combining AI with cybersecurity: total compensation lifted by more than 25%', label: 'above 25%', reading: 'Chosen: a premium on total compensation of at least 25%. Other reading: total compensation 25% above a base of $165k-$168k; the article gives no reference figure.' }),
  nexus({ id: 'ai-security-total-floor', value: 210000, unit: 'USD/year', measures: 'total-compensation', statistic: 'floor', role: null, source: NEXUS_SPECIALIZATION, note: 'cybersecurity-AI overlap total compensation "$210k+"' }),
  nexus({ id: 'us-senior-base-floor-competitive', value: 200000, unit: 'USD/year', measures: 'annual-base', statistic: 'floor', level: 'senior', source: NEXUS_BENCHMARKS, note: 'a hiring threshold: senior AI engineer offers with a lower base take longer to fill; not the bottom of a pay range (the same article puts the average senior base, 7 to 9 years, at $155,008)', label: 'floor' }),
  nexus({ id: 'senior-time-to-fill-below-floor', value: 114, unit: 'days', measures: 'days-to-fill', statistic: 'average', level: 'senior', source: NEXUS_BENCHMARKS, note: 'average time-to-fill when the offer is under the $200,000 floor', label: 'time-to-fill' }),
  nexus({ id: 'senior-time-to-fill-excess-low', value: 0.4, unit: 'fraction', measures: 'ratio', statistic: 'low', level: 'senior', source: NEXUS_BENCHMARKS, note: 'that is 40% to 50% longer than competitive offers' }),
  nexus({ id: 'senior-time-to-fill-excess-high', value: 0.5, unit: 'fraction', measures: 'ratio', statistic: 'high', level: 'senior', source: NEXUS_BENCHMARKS, note: 'upper end of the longer time-to-fill' }),
  nexus({ id: 'us-remote-senior-median-base', value: 206600, unit: 'USD/year', measures: 'annual-base', statistic: 'median', level: 'senior', source: NEXUS_BENCHMARKS, note: 'remote senior roles, median, anchored to national tech-hub standards', reading: 'Chosen: base pay (the sentence follows the base-salary floor). The article does not say base or total.' }),
];

/**
 * A word or two of the article's sentence that holds a figure, by id, where the record has no
 * `label`: what npm run check:seeds looks for in the same sentence as the value, so a figure cannot silently move
 * to a number that happens to appear elsewhere in the article. Short labels, not sentences.
 */
const LABELS: Readonly<Record<string, string>> = {
  'growth-vertex-ai-mentions': 'Vertex AI', 'growth-openai-api-mentions': 'OpenAI API', 'growth-langgraph-mentions': 'LangGraph',
  'growth-mlflow-mentions': 'MLflow', 'growth-hugging-face-mentions': 'Hugging Face', 'growth-github-copilot-mentions': 'GitHub Copilot',
  'growth-claude-code-mentions': 'Claude Code', 'growth-cursor-mentions': 'Cursor',
  'lemon-engagements': 'verified engagements', 'lemon-countries': 'countries',
  'step-machine-learning-strong-over-senior': 'step-up', 'payscale-swe-v-new-hire-hourly': 'per hour', 'payscale-swe-v-tenured-hourly': 'per hour',
  'us-ai-engineer-average-base-low': 'Average US base pay', 'us-ai-engineer-average-base-high': 'Average US base pay',
  'us-ai-engineer-widely-cited-average': 'widely-cited', 'us-ai-engineer-average-change': 'year over year',
  'us-ai-engineer-senior-total-comp-floor': 'total compensation', 'us-ai-engineer-entry-base-floor': 'Entry-level',
  'us-ai-engineer-mid-base-low': 'Mid-level', 'us-ai-engineer-mid-base-high': 'Mid-level', 'us-ai-engineer-senior-base-median': 'median',
  'us-ai-engineer-senior-base-top': 'at the top', 'premium-llm-fine-tuning-low': 'fine-tuning', 'premium-llm-fine-tuning-high': 'fine-tuning',
  'us-ai-median-salary': 'median AI salary', 'linkedin-ai-engineer-rank': 'Jobs on the Rise',
  'seniority-ratio-senior-entry-low': 'entry-level', 'seniority-ratio-senior-entry-high': 'entry-level', 'bonus-target-example': 'target bonus',
  'evidence-example-resolution-cut': 'resolution time', 'example-scope-model-development': 'data scientist', 'example-latency-cut': 'latency',
  'example-cloud-spend-cut': 'cloud spend', 'us-ai-engineer-national-average-base': 'national average base salary',
  'us-ai-engineer-national-average-total': 'total compensation', 'nexus-entry-average-base': 'Entry Level', 'nexus-mid-average-base': 'Mid Level',
  'nexus-senior-average-base': 'Senior', 'nexus-lead-average-base': 'Lead', 'nexus-principal-average-base': 'Principal',
  'nexus-big-tech-senior-total-floor': 'Big Tech', 'anthropic-swe-median-total': 'Anthropic', 'faang-ml-ai-average-total': 'FAANG',
  'startup-base-discount-low': 'startups', 'startup-base-discount-high': 'startups', 'startup-base-low': 'startups', 'startup-base-high': 'startups',
  'enterprise-base-floor': 'enterprises', 'pe-backed-senior-equity-low': 'private equity-backed', 'pe-backed-senior-equity-high': 'private equity-backed',
  'premium-ml-engineer-certification': 'certification', 'certified-ml-engineer-base': 'certification', 'uncertified-ml-engineer-base': 'certification',
  'premium-generative-ai-low': 'generative AI', 'premium-generative-ai-high': 'generative AI', 'ai-security-total-floor': 'cybersecurity-AI',
  'senior-time-to-fill-excess-low': 'longer', 'senior-time-to-fill-excess-high': 'longer', 'us-remote-senior-median-base': 'remote senior',
};

export const FIGURES: readonly Figure[] = [...seed000, ...seed001, ...seed002, ...seed003].map((f) => (LABELS[f.id] ? { ...f, cue: LABELS[f.id] } : f));

const byId = new Map(FIGURES.map((f) => [f.id, f]));

/** A figure by id; throws at module load time only if the data itself is broken (tests catch it). */
export function figure(id: string): Figure {
  const found = byId.get(id);
  if (!found) throw new Error(`data/figures.ts has no figure "${id}"`);
  return found;
}
