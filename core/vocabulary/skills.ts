/**
 * Skills with a pay premium stated by a seed. Each bound names the figure it comes from, or a
 * derivation, or is absent (the source gives no such bound).
 */
import { Term, vocabulary } from './match';

export interface Skill extends Term {
  /** figure ids for the low and high bounds; mid is their average when both exist */
  readonly low?: string;
  readonly high?: string;
  /** a single stated premium (low = mid = high) */
  readonly point?: string;
  /** what the premium is measured against */
  readonly against: string;
}

export const SKILLS: readonly Skill[] = [
  {
    id: 'llm-fine-tuning',
    name: 'LLM Fine-tuning',
    aliases: ['Fine-tuning', 'Finetuning', 'LLM finetuning', 'Instruction tuning'],
    low: 'premium-llm-fine-tuning-low',
    high: 'premium-llm-fine-tuning-high',
    against: 'the roughly $160,000 US median AI salary',
  },
  {
    id: 'ml-engineer-certification',
    // Only Google's certification: the source gives no premium for ML certifications in general.
    name: 'Google Professional ML Engineer Certification',
    aliases: [
      'Google Professional ML Engineer',
      'Google Professional Machine Learning Engineer',
      'Google ML certification',
    ],
    point: 'premium-ml-engineer-certification',
    against: 'base pay without the certification ($143k; $165k with it)',
  },
  {
    id: 'generative-ai',
    name: 'Generative AI',
    aliases: ['GenAI', 'Gen AI', 'Generative AI skills'],
    low: 'premium-generative-ai-low',
    high: 'premium-generative-ai-high',
    against: 'pay without generative AI skills',
  },
  {
    id: 'ai-security',
    name: 'AI + Security',
    aliases: [
      'AI plus security',
      'AI security',
      'Cybersecurity AI',
      'Cybersecurity-AI',
      'Security AI',
      'AI and security',
    ],
    low: 'premium-ai-security-floor',
    against: 'total compensation without the security overlap (the article gives a floor only: "above 25%")',
  },
];

export const skills = vocabulary('skill', SKILLS);
