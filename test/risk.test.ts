import { describe, expect, it } from 'vitest';
import { assess, TIER_THRESHOLDS } from '../src/risk/assess.ts';
import { RED_FLAG_IDS, SAFEGUARD_IDS } from '../src/profile/vocabulary.ts';
import { exampleProfile, profileWith } from './helpers/fixtures.ts';

const ids = (profile: Parameters<typeof assess>[0]) => assess(profile).required.map((r) => r.id);

describe('risk assessment', () => {
  it('grades the bundled examples as their names say', () => {
    expect(assess(exampleProfile('low-risk-analytics-cloud')).tier).toBe('low');
    expect(assess(exampleProfile('high-risk-intrusion')).tier).toBe('high');
    expect(assess(exampleProfile('reseller-unknown-end-users')).tier).toBe('high');
    expect(assess(exampleProfile('severe-biometric-registry')).tier).toBe('severe');
  });

  it('lists every contributing factor, and the score is their sum', () => {
    const a = assess(exampleProfile('high-risk-intrusion'));
    expect(a.score).toBe(a.factors.reduce((s, f) => s + f.weight, 0));
    for (const f of a.factors) expect(f.reason.length).toBeGreaterThan(10);
    expect(a.factors.map((f) => f.id)).toContain('lack-of-independent-oversight');
    expect(a.factors.find((f) => f.id === 'lack-of-independent-oversight')!.reason).toMatch(/director general/);
  });

  it('puts the score on the tier the thresholds give', () => {
    for (const name of ['low-risk-analytics-cloud', 'high-risk-intrusion']) {
      const a = assess(exampleProfile(name));
      expect(a.tier).toBe(TIER_THRESHOLDS.find(([, bound]) => a.score >= bound)![0]);
    }
  });

  it('never lowers the score when a red flag is added', () => {
    const base = profileWith();
    for (const flag of RED_FLAG_IDS) {
      const flagged = profileWith({ redFlags: [flag] });
      expect(assess(flagged).score, flag).toBeGreaterThan(assess(base).score);
    }
  });

  it('makes a product that extends a known abusive system severe whatever the score', () => {
    const a = assess(profileWith({ product: { name: 'X', types: ['sensors'], capabilities: ['builds-known-abusive-system'] } }));
    expect(a.tier).toBe('severe');
    expect(a.gate).toBe(true);
    expect(a.tierReasons.join(' ')).toMatch(/known to be used for abuse/);
  });

  it('raises high risk with little leverage to severe: mitigation cannot carry it', () => {
    const high = exampleProfile('high-risk-intrusion');
    const a = assess({ ...high, weighing: { ...high.weighing, leverage: 'low' } });
    expect(a.tier).toBe('severe');
  });

  it('requires the core safeguards at every tier and all of them when severe', () => {
    const low = ids(exampleProfile('low-risk-analytics-cloud'));
    expect(low).toEqual(expect.arrayContaining(['end-use-limitation', 'use-restrictions', 'export-control-compliance', 'termination-for-misuse']));
    expect(low).not.toContain('seller-control');
    expect(ids(exampleProfile('severe-biometric-registry'))).toEqual(SAFEGUARD_IDS.filter((id) => !['reseller-due-diligence', 'eula-flow-down'].includes(id)));
  });

  it('requires reseller due diligence and EULA flow-down whenever an intermediary sells', () => {
    const direct = ids(profileWith());
    expect(direct).not.toContain('reseller-due-diligence');
    const viaReseller = ids(profileWith({ channel: 'reseller', reseller: { name: 'R', country: 'AE' } }));
    expect(viaReseller).toEqual(expect.arrayContaining(['reseller-due-diligence', 'eula-flow-down']));
    expect(ids(profileWith({ channel: 'unknown' }))).toContain('eula-flow-down');
  });

  it('explains each required safeguard', () => {
    const a = assess(exampleProfile('high-risk-intrusion'));
    const lawful = a.required.find((r) => r.id === 'lawful-authorization')!;
    expect(lawful.why.join(' ')).toMatch(/security service/);
    expect(lawful.why.join(' ')).toMatch(/no independent check/);
  });
});
