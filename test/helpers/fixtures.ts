import { readFileSync } from 'node:fs';
import { parseProfile } from '../../src/profile/load.ts';
import type { Profile } from '../../src/profile/schema.ts';

export const TODAY = '2026-12-04';
export const EXAMPLES = ['high-risk-intrusion', 'low-risk-analytics-cloud', 'reseller-unknown-end-users', 'severe-biometric-registry'] as const;

export function exampleProfile(name: string): Profile {
  const file = new URL(`../../examples/${name}.yaml`, import.meta.url).pathname;
  return parseProfile(readFileSync(file, 'utf8'), `examples/${name}.yaml`);
}

/** A minimal valid profile for unit tests, with overrides. */
export function profileWith(overrides: Record<string, unknown> = {}): Profile {
  const base = {
    seller: { name: 'Acme Vision Ltd', jurisdiction: 'England and Wales' },
    customer: { name: 'Ministry of Interior', kind: 'government-agency', agencyType: 'law-enforcement', country: 'KE' },
    product: { name: 'Acme Locate', types: ['location-tracking'] },
    deployment: 'cloud',
    licensing: 'subscription',
    ...overrides,
  };
  return parseProfile(JSON.stringify(base), 'test.json');
}
