// SPDX-License-Identifier: MIT
// Small valid documents for tests to copy and break.
import { bundledCatalogue } from '../src/frameworks/index.js';
import type { Evaluation } from '../src/schema/evaluation.js';
import type { Framework } from '../src/schema/framework.js';

export function toolkit(): Framework {
  return structuredClone(bundledCatalogue.get('ap-quality-toolkit', '2.0.0')!);
}

export function leicestershire(): Framework {
  return structuredClone(bundledCatalogue.get('leicestershire-bp-qa', '1.0.0')!);
}

export function minimalEvaluation(overrides: Partial<Evaluation> = {}): Evaluation {
  return {
    format: 'apq-evaluation',
    formatVersion: 2,
    id: 'eval-1',
    framework: { id: 'ap-quality-toolkit', version: '2.0.0' },
    status: 'draft',
    use: 'self-evaluation',
    setting: { name: 'Riverside Learning Centre', urn: '123456', type: 'Pupil referral unit', localAuthority: 'Blackpool' },
    evaluators: [{ name: 'A. Head', role: 'Headteacher' }],
    createdAt: '2026-11-23T09:00:00Z',
    updatedAt: '2026-11-23T09:30:00Z',
    answers: { 'pupil-induction-q1': { text: 'Induction meetings with every family.' } },
    checks: {},
    areas: { 'pupil-induction': { strengths: ['Key adult for each pupil'], priorities: [{ id: 'p1', text: 'Faster referral information' }] } },
    actions: [{ id: 'a1', area: 'pupil-induction', priority: 'p1', what: 'Agree a referral form with the LA', status: 'not-started', createdAt: '2026-11-23T09:00:00Z', reviews: [] }],
    carriedOver: [],
    ...overrides,
  };
}
