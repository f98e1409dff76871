// Bundles whose documents rank one above another: a precedence clause in one document ("These
// Purchaser Terms prevail over any Vendor EULA") keeps its counter-clauses standing against a right
// a lower document states "notwithstanding" them. Each case has its near miss.
import { describe, expect, it } from 'vitest';
import { documentsOf, precedence } from '../../src/check/precedence.ts';
import { misuseDisclosure } from '../../src/check/rules/misuse-disclosure.ts';
import { sellerControl } from '../../src/check/rules/seller-control.ts';
import { suspensionRemoteDisable } from '../../src/check/rules/suspension-remote-disable.ts';
import { readDraft } from '../../src/read/index.ts';
import { gradeTable } from './grade-table.ts';

const marketplace = (precedenceClause: string) => `# Purchase Record

## Part 1 — Exchange Purchaser Terms

1. Order of precedence. Each App is licensed by its Vendor under the Vendor's end user licence agreement (the "Vendor EULA"). ${precedenceClause}

2. Purchaser information. Vendors shall not disclose any information about a Purchaser or its use of Apps to any person, including any public authority or regulator, without the Purchaser's prior written consent.

## Part 2 — Nimbrel Tracking Ltd End User Licence Agreement

1. Licence. The Licensee may use the App for its own investigations of serious crime.

2. Disclosure. Notwithstanding any obligation of confidence, the Vendor may report suspected Misuse to the competent authorities and publish anonymised annual statistics on complaints and their outcome.
`;

const framework = (precedenceClause: string) => `# Framework Agreement for Video Analytics

## Schedule 1 — General Conditions

1. Suspension. Notwithstanding clause 2 of Schedule 2, the Supplier may suspend access to the Service immediately and without notice upon a credible complaint or reasonable suspicion of Misuse, until its investigation is complete.

## Schedule 2 — Special Conditions of the Authority

1. Precedence. ${precedenceClause}

2. Continuity. The Supplier shall not suspend, interrupt or disable the Service for any reason while the Authority has paid the charges.
`;

describe('documents of a bundle and which prevails', () => {
  it('ranks the document holding "these ... prevail over" above the one it names, through a defined term', async () => {
    const draft = await readDraft(new TextEncoder().encode(marketplace('These Purchaser Terms prevail over any Vendor EULA to the extent of any conflict.')), 'bundle.md');
    const documents = documentsOf(draft.blocks);
    const starts = [...new Set(documents)];
    expect(starts).toHaveLength(3); // the opening, Part 1, Part 2
    expect([...precedence(draft.blocks, draft.definitions, documents)]).toEqual([`${starts[1]}>${starts[2]}`]);
  });

  it('ranks nothing when the clause names a document the bundle does not hold', async () => {
    const draft = await readDraft(new TextEncoder().encode(marketplace('These Purchaser Terms prevail over the Exchange Seller Handbook.')), 'bundle.md');
    expect(precedence(draft.blocks, draft.definitions, documentsOf(draft.blocks)).size).toBe(0);
  });
});

describe('misuse-disclosure: secrecy in the prevailing document stands against a lower one\'s reporting right', () => {
  gradeTable(misuseDisclosure, [
    ['contradicted', marketplace('These Purchaser Terms prevail over any Vendor EULA to the extent of any conflict.')],
    ['contradicted', marketplace('In the event of any inconsistency, this Purchaser Agreement shall take precedence over the Vendor EULA.')],
    // No precedence clause: the EULA's "notwithstanding any obligation of confidence" overrides the secrecy.
    ['present', marketplace('Each Vendor EULA is a separate contract between the Vendor and the Purchaser.')],
    // The precedence runs the other way (only "these ... prevail" ranks its own document).
    ['present', marketplace('The Vendor EULA prevails over these Purchaser Terms in any conflict.')],
  ]);
});

describe('suspension: a right that cites the counter-clause gives way when the counter\'s document prevails', () => {
  gradeTable(suspensionRemoteDisable, [
    ['contradicted', framework('These Special Conditions shall prevail over the General Conditions.')],
    // Without the precedence clause, the suspension right overrides the clause it names.
    ['present', framework('These Special Conditions are read together with the General Conditions.')],
  ]);
});

const rider = (precedence: string) => `# Licence Agreement for a Mobile Forensics Suite

This Licence Agreement is made between Kettering Forensic Software Ltd (the "Licensor") and the National Investigation Bureau of the Republic of Sarvona (the "Licensee").

## 6. Activation

6.1 The Software runs only with an activation key issued by the Licensor, and each activation key is valid for sixty days from issue.

6.2 The Licensor may refuse to renew any activation key, or renew it with fewer functions, where it suspects misuse of the Software.

## Rider No. 1

${precedence}: (a) on acceptance the Licensor shall supply non-expiring activation keys for every installation; (b) invoices are payable within forty-five days.
`;

describe('seller-control: a rider that prevails over the agreement makes its list prevail', () => {
  gradeTable(sellerControl, [
    ['contradicted', rider('This Rider forms part of the Licence Agreement and prevails over the Agreement')],
    // The other way round, the agreement's own clause keeps the rider's list from reaching it.
    ['present', rider('This Rider forms part of the Licence Agreement, which prevails over this Rider')],
  ]);
});

const securityAnnex = (s4: string) => `# Supply Contract for Network Probes

This Contract is made between Halvard Signal Works Ltd (the "Contractor") and the Telecommunications Regulatory Directorate of the Republic of Ostrel (the "Purchaser").

GCC 14. Licence Keys

14.1 The probes operate only with licence keys issued by the Contractor, each valid for ninety days; the Contractor may refuse to renew a key, or renew it with reduced functions, where it suspects misuse.

Annexure S - Purchaser's Network Rules

This Annexure prevails over the GCC.

${s4}
`;

describe('seller-control: a prevailing annex that names a counter only to say it does not require it', () => {
  gradeTable(sellerControl, [
    // (The paragraph's own number, "S.4", opens the line before "Nothing".)
    ['present', securityAnnex('S.4 Nothing in this Annexure shall require the Contractor to supply any permanent licence key or to lift the expiry of licence keys under GCC 14.')],
    ['contradicted', securityAnnex('S.4 The Contractor shall supply permanent licence keys for every probe on acceptance.')],
  ]);
});

describe("misuse-disclosure: the main agreement's secrecy, where the agreement prevails over its appendices", () => {
  const contract = (precedenceClause: string) => `CONTRACT AGREEMENT\n\nFirst Party: The Ministry of Interior of the State — General Directorate of Border Security (hereinafter "the First Party" or "the Ministry").\n\nSecond Party: Noordlicht Biometrics B.V., a private limited company (hereinafter "the Second Party" or "the Supplier").\n\n## Article (2): Contract Documents\n\n1. ${precedenceClause}\n\n## Article (15): Confidentiality\n\n1. The Second Party shall not disclose, publish or make any statement concerning the System or its use to any person, entity or authority, governmental or otherwise, under any circumstances.\n\n## Appendix (D): Conditions of Responsible Use\n\n### Article (D-14): Reporting\n\nNotwithstanding any obligation of confidentiality, the Second Party may report suspected Misuse to the competent authorities of the Netherlands, and may publish each year aggregated information on the allegations of Misuse received and how they were resolved.`;
  gradeTable(misuseDisclosure, [
    ['contradicted', contract('In the event of conflict between this Contract Agreement and any of the Appendices, the provisions of this Contract Agreement shall prevail.')],
    // No word on which prevails: the appendix's "notwithstanding" overrides the secrecy.
    ['present', contract('The Appendices form an integral part of this Contract.')],
  ]);
});

// A conformed copy carries each amended clause in its new words and marks it so; the amendment appended after it deletes
// and replaces the old clause, which the copy no longer holds: the marked clause stands.
describe('suspension: a conformed copy with its amendment appended', () => {
  const conformed = (marker: string) => `This Licence Agreement (conformed copy) is made between Arden Vale Systems Ltd (the "Licensor") and the Directorate of Criminal Intelligence (the "Licensee").\n\n9.3 ${marker}If the Licensor has reasonable grounds to suspect Misuse, it may suspend any Licence Key immediately, without notice, until its investigation is complete.\n\n---\n\nAMENDMENT AGREEMENT No. 2\n\n2.1 Clause 9.3 is deleted and replaced with the text set out in clause 9.3 of the conformed copy above.`;
  gradeTable(suspensionRemoteDisable, [
    ['present', conformed('[Replaced by Amendment Agreement No. 2] ')],
    // Unmarked, the clause is the one the amendment deletes.
    ['missing', conformed('')],
  ]);
});
