import { describe, expect, it } from 'vitest';
import { InputError } from '../src/errors.ts';
import { parseProfile } from '../src/profile/load.ts';
import { EXAMPLES, exampleProfile } from './helpers/fixtures.ts';

function problems(source: string): string[] {
  try {
    parseProfile(source, 'deal.yaml');
  } catch (error) {
    if (error instanceof InputError) return error.problems;
    throw error;
  }
  throw new Error('expected the profile to be refused');
}

const VALID = `seller:
  name: Acme Vision Ltd
  jurisdiction: England and Wales
customer:
  name: Ministry of Interior
  kind: government-agency
  agencyType: law-enforcement
  country: ke
product:
  name: Acme Locate
  types: [location-tracking]
deployment: cloud
licensing: subscription
`;

describe('transaction profile', () => {
  it.each(EXAMPLES)('reads the bundled example %s', (name) => {
    const profile = exampleProfile(name);
    expect(profile.seller.name.length).toBeGreaterThan(0);
    expect(profile.customer.country).toMatch(/^[A-Z]{2}$/);
  });

  it('fills defaults and normalises the country code and red flags', () => {
    const profile = parseProfile(`${VALID}redFlags:\n  - ongoing-conflict\n  - id: diversion-risk\n    note: two agencies share the premises\n`, 'deal.yaml');
    expect(profile.customer.country).toBe('KE');
    expect(profile.channel).toBe('direct');
    expect(profile.termMonths).toBe(12);
    expect(profile.services).toEqual({ updates: true, support: true, training: true });
    expect(profile.weighing.leverage).toBe('medium');
    expect(profile.redFlags).toEqual([{ id: 'ongoing-conflict' }, { id: 'diversion-risk', note: 'two agencies share the premises' }]);
  });

  it('names the field and line of a misspelt key', () => {
    const found = problems(VALID.replace('deployment: cloud', 'deploymnet: cloud'));
    expect(found).toContainEqual(expect.stringMatching(/^deal\.yaml:1: \(top level\): unknown field "deploymnet"/));
    expect(found).toContainEqual(expect.stringMatching(/deployment: .*expected one of/i));
  });

  it('refuses a country code that is not ISO 3166, naming the line', () => {
    const found = problems(VALID.replace('country: ke', 'country: Kenya'));
    expect(found).toEqual([expect.stringMatching(/^deal\.yaml:8: customer\.country: "Kenya" is not an ISO 3166-1 alpha-2 country code/)]);
    expect(problems(VALID.replace('country: ke', 'country: EU'))[0]).toMatch(/"EU" is not an ISO 3166-1/);
  });

  it('reports every problem at once, one message each', () => {
    const found = problems(VALID.replace('kind: government-agency', 'kind: ministry').replace('types: [location-tracking]', 'types: [drones]'));
    expect(found).toHaveLength(2);
    expect(found[0]).toMatch(/^deal\.yaml:6: customer\.kind:/);
    expect(found[1]).toMatch(/^deal\.yaml:11: product\.types\[0\]:/);
  });

  it('names an unknown red flag by its position', () => {
    expect(problems(`${VALID}redFlags: [ongoing-conflict, bad-vibes]\n`)[0]).toMatch(/redFlags\[1\]/);
  });

  it('requires the reseller when the channel is reseller, and the agency type for an agency', () => {
    expect(problems(`${VALID}channel: reseller\n`)).toContainEqual(expect.stringMatching(/reseller: channel is "reseller"/));
    expect(problems(VALID.replace('  agencyType: law-enforcement\n', ''))).toContainEqual(expect.stringMatching(/customer\.agencyType: a government agency needs/));
  });

  it('points to the line of a YAML syntax error', () => {
    expect(problems('seller:\n  name: [unclosed\n')[0]).toMatch(/^deal\.yaml:\d+:\d+: not valid YAML or JSON/);
  });

  it('refuses an empty file and a list', () => {
    expect(problems('')[0]).toMatch(/not an empty file/);
    expect(problems('- a\n- b\n')[0]).toMatch(/a profile is a mapping/);
  });

  it('reads JSON as well as YAML', () => {
    const json = JSON.stringify({
      seller: { name: 'S', jurisdiction: 'France' },
      customer: { name: 'C', kind: 'private', country: 'FR' },
      product: { name: 'P', types: ['sensors'] },
      deployment: 'on-premises', licensing: 'perpetual',
    });
    expect(parseProfile(json, 'deal.json').licensing).toBe('perpetual');
  });
});
