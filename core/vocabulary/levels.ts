/**
 * Levels, with the years of experience each source attaches to them. The sources disagree on the
 * years (AI Tech Connect: Entry 0–2, Mid 3–6, Senior 7+; nexus IT group: Entry 1–3, Mid 4–6,
 * Senior 7–9, Lead 10–14, Principal 15+), so each band table carries its own years.
 * "Strong senior" is Lemon.io's contractor tier above senior (seed 000).
 */
import { Term, vocabulary } from './match';

export type Level = Term;

export const LEVELS: readonly Level[] = [
  { id: 'entry', name: 'Entry', aliases: ['Junior', 'Entry-level', 'Entry level', 'Graduate', 'Jr'] },
  { id: 'mid', name: 'Mid', aliases: ['Mid-level', 'Mid level', 'Intermediate', 'Middle'] },
  { id: 'senior', name: 'Senior', aliases: ['Sr', 'Senior engineer'] },
  { id: 'strong-senior', name: 'Strong Senior', aliases: ['Strong', 'Senior+', 'Senior plus'] },
  { id: 'lead', name: 'Lead', aliases: ['Tech lead', 'Lead engineer'] },
  { id: 'principal', name: 'Principal', aliases: ['Staff', 'Staff/Principal', 'Principal and above', 'Distinguished'] },
];

export const levels = vocabulary('level', LEVELS);
