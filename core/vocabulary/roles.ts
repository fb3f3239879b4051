/**
 * Roles. The four AI engineering profiles come from the Payscale article (seed 000, after
 * Lemon.io's split of "AI engineer"); the generic AI engineer is the role the US salary tables
 * describe (seeds 001, 003); the generalist back-end developer and Payscale's Software Engineer are
 * reference roles; the rest are the roles the pay-drivers article (seed 002) names, with no figures.
 * Seed numbers stay in comments and data records; user-facing text cites publishers.
 */
import { Term, vocabulary } from './match';
import type { AssumptionId } from '../../data/assumptions';

export interface Role extends Term {
  /** the figure id of this role's senior global contractor rate, used to derive its US band */
  readonly seniorRateFigure?: string;
  /** assumptions of ours, beyond the rate relativity itself, that reading this role's rate needs */
  readonly rateAssumptions?: readonly AssumptionId[];
  /** the figure ids of what a source does report for this role, when it reports no band or rate */
  readonly otherFigures?: readonly string[];
  readonly profile: string;
}

export const ROLES: readonly Role[] = [
  {
    id: 'ai-engineer',
    name: 'AI Engineer',
    aliases: ['AI engineering', 'Generic AI engineer', 'AI developer'],
    seniorRateFigure: 'rate-ai-engineer-senior',
    profile: 'The broad title the US salary reports describe; in practice one of the four profiles below.',
  },
  {
    id: 'ai-api-integration',
    name: 'AI API Integration',
    aliases: [
      'Software Engineer, AI API Integration',
      'API Integration',
      'LLM developer',
      'LLM engineer',
      'LLM integration',
      'AI integration',
      'RAG engineer',
      'LLM Integration Engineer',
    ],
    seniorRateFigure: 'rate-ai-api-integration-senior',
    profile:
      'Builds product features on pre-trained models through their APIs: RAG pipelines, prompt design, LLM API wiring.',
  },
  {
    id: 'llmops',
    name: 'LLMOps',
    aliases: [
      'Software Engineer, LLMOps Development',
      'LLMOps Development',
      'LLMOps engineer',
      'MLOps',
      'MLOps engineer',
      'MLOps developer',
    ],
    seniorRateFigure: 'rate-llmops-senior',
    rateAssumptions: ['mlops-label'],
    profile:
      'Runs deployed AI systems: inference tuning, cost, monitoring and scaling; often from platform or DevOps work.',
  },
  {
    id: 'machine-learning',
    name: 'Machine Learning',
    aliases: ['Software Engineer, Machine Learning', 'ML', 'ML engineer', 'Machine learning engineer', 'ML training'],
    seniorRateFigure: 'rate-machine-learning-senior',
    profile: 'Designs, trains and runs custom models; needs ML frameworks and statistical depth.',
  },
  {
    id: 'ai-assisted-coding',
    name: 'AI-assisted Coding',
    aliases: [
      'Software Developer, AI-assisted coding',
      'AI-assisted developer',
      'AI-assisted development',
      'AI coding',
    ],
    seniorRateFigure: 'rate-backend-senior',
    rateAssumptions: ['backend-stand-in'],
    profile: 'A product developer who uses AI coding tools (Copilot, Claude Code, Cursor); not an AI engineer.',
  },
  {
    id: 'backend-developer',
    name: 'Back-end Developer',
    aliases: ['Backend developer', 'Generalist back-end developer', 'Back end engineer'],
    seniorRateFigure: 'rate-backend-senior',
    profile: "Generalist back-end developer, the rate report's non-AI reference.",
  },
  {
    id: 'software-engineer',
    name: 'Software Engineer',
    aliases: ['Software Engineer V', 'SWE'],
    profile: "Payscale's generic software engineer ladder (only level V is quoted).",
    otherFigures: ['payscale-swe-v-new-hire-annual', 'payscale-swe-v-tenured-annual'],
  },
  {
    id: 'research-scientist',
    name: 'Research Scientist',
    aliases: ['AI research scientist'],
    profile: 'Core AI role (named by the pay-drivers article); no figures in our sources.',
  },
  {
    id: 'applied-scientist',
    name: 'Applied Scientist',
    aliases: [],
    profile: 'Core AI role (named by the pay-drivers article); no figures in our sources.',
  },
  {
    id: 'deep-learning-engineer',
    name: 'Deep Learning Engineer',
    aliases: ['DL engineer'],
    profile: 'Core AI role (named by the pay-drivers article); no figures in our sources.',
  },
  {
    id: 'data-scientist',
    name: 'Data Scientist',
    aliases: [],
    profile: 'Adjacent technical role (named by the pay-drivers article); no figures in our sources.',
  },
  {
    id: 'ai-solutions-architect',
    name: 'AI Solutions Architect',
    aliases: ['Solutions architect'],
    profile: 'Adjacent technical role (named by the pay-drivers article); no figures in our sources.',
  },
  {
    id: 'analytics-engineer',
    name: 'Analytics Engineer',
    aliases: [],
    profile: 'Adjacent technical role (named by the pay-drivers article); no figures in our sources.',
  },
  {
    id: 'ai-product-manager',
    name: 'AI Product Manager',
    aliases: ['AI PM'],
    profile: 'Non-technical AI role (named by the pay-drivers article); no figures in our sources.',
  },
  {
    id: 'ai-policy-lead',
    name: 'AI Policy Lead',
    aliases: [],
    profile: 'Non-technical AI role (named by the pay-drivers article); no figures in our sources.',
  },
  {
    id: 'ai-governance-manager',
    name: 'AI Governance Manager',
    aliases: ['AI governance lead'],
    profile: 'Non-technical AI role (named by the pay-drivers article); no figures in our sources.',
  },
  {
    id: 'ai-operations-specialist',
    name: 'AI Operations Specialist',
    aliases: [],
    profile: 'Non-technical AI role (named by the pay-drivers article); no figures in our sources.',
  },
];

export const roles = vocabulary('role', ROLES);
