// A later clause that names the safeguard's clause by number and qualifies or undoes it, with none
// of the safeguard's own words (src/check/cited-clause.ts); and the citations that must leave it alone.
import { describe, expect, it } from 'vitest';
import { checkDraft } from '../../src/check/check.ts';
import { buildDraft } from '../../src/read/build.ts';
import { readMarkdown } from '../../src/read/markdown.ts';

const statusOf = (markdown: string, id: string) =>
  checkDraft(buildDraft('draft.md', 'markdown', readMarkdown(markdown))).findings.find((f) => f.safeguard === id)!.status;

/** One test per row: the safeguard's status once the special condition is written into the draft. */
function grades(draft: (special: string) => string, cases: Array<[string, string, string]>): void {
  for (const [id, special, status] of cases) {
    it(`${id} ${status}: ${special}`, () => {
      expect(statusOf(draft(special), id)).toBe(status);
    });
  }
}

// A licence in numbered clauses, with a special-conditions clause to fill in.
const licence = (special: string) => `# Software Licence Agreement

This Agreement is made between Halberd Analytics Ltd (the "Supplier") and the National Police Directorate (the "Customer").

## 9. Oversight

9.1 The Customer shall keep complete usage logs recording each operator, the date and time, the target and the authorisation relied on, and shall not disable, alter or delete them. The Supplier or an independent auditor appointed by it may audit the Customer's compliance with the Human Rights Terms, on five days' notice, at least once a year.

9.3 The Customer shall notify the Supplier in writing within 48 hours of becoming aware of any actual or suspected Misuse of the System.

9.6 The Supplier shall maintain a secure reporting channel open to anyone, including the Customer's personnel, through which reports may be made anonymously, and neither party shall retaliate against any person who makes a report in good faith. The Customer shall make the channel known to all of its personnel.

## 11. Misuse

11.1 The Supplier may suspend or remotely disable the System immediately, without notice, upon a credible complaint or where it suspects Misuse, and the suspension shall continue until its investigation is complete.

"Misuse" means any use of the System in breach of the Human Rights Terms, including against journalists or political opponents.

## 20. Special Conditions

20.1 ${special}

## 21. Signatures`;

// A services agreement in "Sections", the kind a ministry's lawyers send back.
const services = (special: string) => `# Services Agreement

Between Corvid Systems GmbH ("Contractor") and the Ministry of the Interior ("Ministry").

Section 4. Training

4.1 The Ministry shall ensure that every operator completes the Contractor's human-rights training before being given access to the Platform, and annual refresher training thereafter.

Section 5. Notification

5.1 The Ministry shall inform the Contractor in writing within three (3) days of any suspected Misuse of the Platform.

"Misuse" means use of the Platform to target persons for exercising their rights of expression or assembly.

Section 12. Amendments agreed at signature

${special}`;

describe('a later clause that cites the safeguard\'s clause', () => {
  const cases: Array<[string, (s: string) => string, string, string]> = [
    // Consent, courts, deeming, expiry, local rules, all by the number alone.
    ['audit-and-records', licence, 'Clause 9.1 shall apply only with the prior written consent of the Customer in each case.', 'weak'],
    ['audit-and-records', licence, "The rights of the Supplier under clause 9.1 may be exercised only with the Customer's prior written approval.", 'weak'],
    ['suspension-remote-disable', licence, 'The Supplier may exercise its rights under clause 11.1 only after a final judgment of a competent court of the Republic.', 'weak'],
    ['misuse-notification', licence, 'Clause 9.3 shall expire twelve months after the Effective Date.', 'weak'],
    ['misuse-notification', licence, 'The obligations in clause 9.3 are subject to the national law of the Republic.', 'weak'],
    // The law as the subject, and the customer's consent before acting under the clause.
    ['grievance-mechanism', licence, 'Clause 9.6 applies only to the extent that the laws of the Republic provide for such a channel.', 'weak'],
    ['suspension-remote-disable', licence, "The Supplier shall obtain the Customer's prior written consent before suspending the System under clause 11.1.", 'weak'],
    ['suspension-remote-disable', licence, "The Supplier shall obtain the Customer's prior written consent before issuing any press release under clause 19.", 'present'],
    ['misuse-notification', services, "12.1 Section 5.1 shall be subject to the Ministry's internal security regulations.", 'weak'],
    ['audit-and-records', licence, "The obligations in clause 9.1 are subject to the Customer's internal data retention rules.", 'weak'],
    ['training', services, "12.1 The requirements of Section 4.1 shall be treated as met where an operator has attended the Ministry's own induction course.", 'weak'],
    ['training', services, '12.1 The obligations in Section 4 shall be deemed satisfied by the Contractor\'s delivery of an operator manual.', 'weak'],
    // Released or given up outright, or only in some cases.
    ['grievance-mechanism', licence, 'The Supplier shall not be required to maintain the channel described in clause 9.6.', 'contradicted'],
    ['grievance-mechanism', licence, 'The Supplier is hereby released from its obligations under clause 9.6.', 'contradicted'],
    ['grievance-mechanism', licence, 'The Supplier need not maintain the channel described in clause 9.6 where the Customer operates its own hotline.', 'weak'],
    ['suspension-remote-disable', licence, 'The Supplier hereby waives its rights under clause 11.1.', 'contradicted'],
    ['misuse-notification', services, '12.1 The Ministry shall not be obliged to comply with Section 5.1.', 'contradicted'],
    // The seller doing the releasing, waiving its rights "in respect of" the clause, and "all of its obligations".
    ['misuse-notification', licence, 'In consideration of the advance payment, the Supplier waives all rights and remedies in respect of, and releases the Customer from, the undertaking given in clause 9.3.', 'contradicted'],
    ['audit-and-records', licence, 'On final acceptance the Customer is released from all of its obligations under clause 9.1.', 'contradicted'],
    ['misuse-notification', licence, 'The Supplier hereby dispenses the Customer from the obligation in clause 9.3.', 'contradicted'],
    ['audit-and-records', licence, 'The Supplier releases the Customer from any obligation to pay the audit fees referred to in clause 9.1.', 'present'],
    // An amendment that names the agreement it amends: "clauses 9.1 and 9.3 of the Agreement are deleted".
    ['misuse-notification', licence, 'With effect from today, clauses 9.1 and 9.3 of the Agreement are deleted.', 'missing'],
    ['misuse-notification', licence, 'Clause 9.3 of the Supply Agreement is deleted in its entirety.', 'missing'],
    // (A paragraph that opens by citing a clause of a named document is not that clause: "Clause 9.3 of the Licence Agreement shall ...".)
    ['misuse-notification', licence, 'Clause 9.3 of the Licence Agreement shall have no force or effect.', 'missing'],
    // Citations that leave the safeguard whole.
    ['suspension-remote-disable', licence, 'The Supplier may act under clause 11.1 without first giving notice.', 'present'],
    ['audit-and-records', licence, 'The Customer shall bear the costs of any audit under clause 9.1 that reveals a breach.', 'present'],
    ['audit-and-records', licence, 'Clause 9.1 shall survive the expiry or termination of this Agreement for seven years.', 'present'],
    ['suspension-remote-disable', licence, 'The Customer waives any claim against the Supplier arising from any exercise of its rights under clause 11.1.', 'present'],
    ['suspension-remote-disable', licence, 'The Supplier shall not be required to give any notice before exercising its rights under clause 11.1.', 'present'],
    ['audit-and-records', licence, 'The Customer shall not be required to pay for any audit under clause 9.1 unless the audit reveals a breach.', 'present'],
    ['grievance-mechanism', licence, 'Clause 9.6 shall apply without the consent of the Customer.', 'present'],
    ['misuse-notification', licence, 'Notices under clause 9.3 shall be given in accordance with clause 17.', 'present'],
    ['training', services, '12.1 Section 4.1 shall continue to apply to any operator who transfers to another unit of the Ministry.', 'present'],
    // Disapplied in some cases only: cut down, not deleted; and a clause kept out of the safeguard's way.
    ['suspension-remote-disable', licence, 'Clause 11.1 shall not apply to any use authorised under the laws of the Republic.', 'weak'],
    ['misuse-notification', services, '12.1 Section 5.1 shall not apply where the Ministry certifies that disclosure would prejudice an operation.', 'weak'],
    ['suspension-remote-disable', licence, 'Clause 11.1 shall not apply to the Customer.', 'missing'],
    ['audit-and-records', licence, 'Clause 9.1 does not apply to information that is already in the public domain.', 'present'],
    // (Disapplied to sales to public bodies, it is gone: such products are sold to nothing else.)
    ['misuse-notification', licence, 'Clause 9.3 does not apply to sales to public bodies.', 'contradicted'],
    ['misuse-notification', licence, 'Clause 9.3 does not apply to sales of spare parts.', 'weak'],
    // (Disapplied for the order the draft is about: gone.)
    ['misuse-notification', licence, 'Clause 9.3 does not apply to this Order Form.', 'missing'],
    ['misuse-notification', licence, 'The clause entitled "Oversight" does not apply to deployments for public order operations.', 'weak'],
    // Efforts, practicability and phases.
    ['misuse-notification', licence, 'The Customer shall use reasonable endeavours to comply with clause 9.3.', 'weak'],
    ['misuse-notification', services, '12.1 The Ministry shall comply with Section 5.1 only to the extent operationally practicable.', 'weak'],
    ['training', services, '12.1 Section 4.1 applies only during the Warranty Period.', 'weak'],
    ['misuse-notification', licence, 'The Customer shall comply with clause 9.3 at its own cost.', 'present'],
    // The customer holding a switch to turn the clause off.
    ['audit-and-records', licence, 'The Customer may suspend the operation of clause 9.1 at any time by written notice to the Supplier.', 'contradicted'],
    ['audit-and-records', licence, 'Clause 9.1 may be amended by the Customer from time to time by written notice.', 'contradicted'],
    ['audit-and-records', licence, 'The Customer may suspend the operation of clause 9.1 during any period in which the Supplier is in breach of its confidentiality obligations.', 'weak'],
    ['suspension-remote-disable', licence, 'If you break these terms, we may suspend your access under clause 11.1.', 'present'],
    // Waived by number: outright, in some cases only, or another clause altogether; an item of a paragraph reaches it.
    ['audit-and-records', licence, 'The Supplier waives the requirements of clause 9.1.', 'contradicted'],
    ['audit-and-records', licence, 'The Supplier waives the requirements of clause 9.1(b) for any year of no more than fifty searches.', 'weak'],
    ['audit-and-records', licence, 'The Supplier waives the requirements of clause 9.3 where the Customer has already reported the matter to its Inspector General.', 'present'],
    // Denied qualifiers, and a measure's own end, are not the clause cut down.
    ['suspension-remote-disable', licence, "The Supplier's rights under clause 11.1 shall not lapse on the expiry or termination of this Agreement.", 'present'],
    ['suspension-remote-disable', licence, 'Any suspension under clause 11.1 shall end when the Supplier is satisfied that the Misuse has been remedied.', 'present'],
    ['audit-and-records', licence, "The obligations in clause 9.1 shall continue during any dispute and are not subject to the Customer's consent.", 'present'],
    // Elsewhere, "this clause" is the citing sentence's own clause, not the one it cites.
    ['misuse-notification', licence, 'This clause 20.1 is subject to the laws of the Republic, and notices under clause 9.3 shall be sent to the Supplier\'s compliance officer.', 'present'],
    // A later sentence that only mentions the clause in passing is not where the safeguard is qualified.
    ['human-rights-compliance', (s: string) => licence(s).replace('## 9. Oversight', '## 8. Human Rights\n\n8.1 The Customer shall use the System in compliance with the International Covenant on Civil and Political Rights and represents that it respects the rights it protects.\n\n## 9. Oversight'),
      'The Supplier shall use reasonable efforts to restore the System promptly after any suspension under clause 11.1 ends.', 'present'],
  ];
  for (const [id, draft, special, status] of cases) {
    it(`${id} ${status}: ${special}`, () => {
      expect(statusOf(draft(special), id)).toBe(status);
    });
  }

  it('leaves a safeguard alone when the cited clause only touches its topic', () => {
    // Clause 11.1 mentions the Human Rights Terms but is not where the customer's own compliance is promised.
    const withCovenant = (special: string) => licence(special).replace('## 9. Oversight', '## 8. Human Rights\n\n8.1 The Customer represents and undertakes that it shall use the System only in compliance with international human rights law, including the ICCPR and the Universal Declaration of Human Rights.\n\n## 9. Oversight');
    expect(statusOf(withCovenant('The Customer shall pay within 30 days.'), 'human-rights-compliance')).toBe('present');
    expect(statusOf(withCovenant('The Supplier hereby waives its rights under clause 11.1.'), 'human-rights-compliance')).toBe('present');
  });
});

describe('a counter-clause in the general terms', () => {
  const cases: Array<[string, string, string]> = [
    ['termination-for-misuse', "The Supplier's sole and exclusive remedy for any Misuse shall be a claim for damages.", 'contradicted'],
    ['suspension-remote-disable', 'The sole remedy available to the Supplier for any breach of clause 11 shall be an action for damages before the courts of the Republic.', 'contradicted'],
    ['suspension-remote-disable', "The Supplier's sole remedy for late payment shall be interest at two per cent a month.", 'present'],
    ['suspension-remote-disable', "The Customer's sole and exclusive remedy for any breach of warranty shall be repair or replacement.", 'present'],
    ['suspension-remote-disable', "The Supplier's exclusive remedies for any Misuse are suspension under clause 11.1 and termination of this Agreement.", 'present'],
  ];
  grades(licence, cases);
});

// Safeguards kept in a schedule, which a clause of the main terms names as a whole.
const supply = (special: string) => `# Master Supply Agreement

This Agreement is made between Orion Signal Systems AB (the "Supplier") and the State Security Service of the Republic of Calvera (the "Customer").

## 1. Supply

1.1 The Supplier shall supply the interception platform (the "System") described in Schedule 1, and the Customer shall pay the fees within thirty (30) days of invoice.

1.2 ${special}

# Schedule 1: System Description

The System comprises mediation servers, a warrant management module and analyst workstations.

# Schedule 2: Human Rights Terms

1. Each interception shall be authorised in advance by an independent judge on a finding that it is necessary and proportionate.

2. The Customer shall notify the Supplier in writing within 72 hours of becoming aware of any actual or suspected misuse of the System.

3. The Supplier may suspend the System immediately, without prior notice, on receiving a credible complaint of misuse, until its investigation is complete.`;

describe('a clause of the main terms that names the schedule holding the safeguards', () => {
  const cases: Array<[string, string, string]> = [
    ['suspension-remote-disable', 'The Human Rights Terms in Schedule 2 form part of this Agreement.', 'present'],
    ['suspension-remote-disable', 'Schedule 2 shall prevail over any conflicting term of this Agreement.', 'present'],
    ['suspension-remote-disable', 'Schedule 2 shall apply only with the prior written consent of the Customer.', 'weak'],
    ['misuse-notification', 'Schedule 2 shall be read subject to the laws of the Republic, which prevail in case of conflict.', 'weak'],
    ['misuse-notification', "The Customer's obligations under Schedule 2 shall end on the first anniversary of the Effective Date.", 'weak'],
    ['suspension-remote-disable', 'Schedule 2 is attached for information only and does not form part of this Agreement.', 'missing'],
    ['misuse-notification', 'Annex B and Schedule 2 shall have no force or effect.', 'missing'],
    // A paragraph of it, named before the schedule it sits in.
    ['misuse-notification', 'Paragraph 2 of Schedule 2 is deleted.', 'missing'],
    ['suspension-remote-disable', 'Paragraph 2 of Schedule 2 is deleted.', 'present'],
    ['suspension-remote-disable', 'The Supplier may exercise its rights under paragraph 3 of Schedule 2 only after a final judgment of the courts of the Republic.', 'weak'],
  ];
  grades(supply, cases);
});

describe('a later sentence of the same paragraph that refers back to the safeguard', () => {
  const SUSPENSION = 'the suspension shall continue until its investigation is complete.';
  const continued = (sentence: string) => licence('The Customer shall pay within 30 days.').replace(SUSPENSION, `${SUSPENSION} ${sentence}`);
  const cases: Array<[string, string]> = [
    ["This right may be exercised only with the prior written approval of the Customer's Minister of Interior.", 'weak'],
    ['Any such suspension shall require a prior order of a competent court of the Republic.', 'weak'],
    ['The foregoing is subject to the laws of the Republic.', 'weak'],
    ['This right may be exercised without the consent of the Customer and without any court order.', 'present'],
    ['The Customer shall cooperate with the investigation.', 'present'],
  ];
  for (const [sentence, status] of cases) {
    it(`suspension-remote-disable ${status}: ${sentence}`, () => {
      expect(statusOf(continued(sentence), 'suspension-remote-disable')).toBe(status);
    });
  }

  it('reads a clause inserted as "11.1A" that delays the clause it cites', () => {
    const inserted = (text: string) => licence('The Customer shall pay within 30 days.').replace('"Misuse" means', `11.1A ${text}\n\n"Misuse" means`);
    expect(statusOf(inserted('A suspension under clause 11.1 shall take effect only upon the expiry of a notice period of thirty days.'), 'suspension-remote-disable')).toBe('weak');
    expect(statusOf(inserted('A suspension under clause 11.1 shall be notified to the Customer within one day.'), 'suspension-remote-disable')).toBe('present');
  });
});

describe('a continuity clause kept out of the safeguard\'s way', () => {
  const withStatusQuo = (special: string) => licence(special).replace('## 20. Special Conditions', '## 19. Disputes\n\n19.1 During any dispute between the parties, each party shall continue to perform its obligations, and neither party shall suspend performance pending its settlement.\n\n## 20. Special Conditions');
  it('reads the status quo as staying suspension until a later clause disapplies it for safeguard actions', () => {
    expect(statusOf(withStatusQuo('The Customer shall pay within 30 days.'), 'suspension-remote-disable')).toBe('contradicted');
    expect(statusOf(withStatusQuo('Clause 19.1 shall not apply to any suspension or other measure taken by the Supplier under clause 11.1.'), 'suspension-remote-disable')).toBe('present');
    expect(statusOf(withStatusQuo('Section 19.1 of the Agreement does not apply to any suspension, withholding or termination by the Supplier, each of which it may exercise whether or not a dispute is pending.'), 'suspension-remote-disable')).toBe('present');
    // A list that names the kind of clause again, and an aside before "any action".
    expect(statusOf(withStatusQuo('Clause 14 (Service Levels) and clause 19.1 (Continuity) do not apply to, and shall not restrict, any action of the Supplier under clause 11.'), 'suspension-remote-disable')).toBe('present');
  });
});

describe('a register of the customer\'s requested deviations, a row per request', () => {
  const tender = (rows: string) => `# Contract

This Contract is between Orion Signal Systems AB (the "Supplier") and the Ministry of the Interior (the "Purchaser").

1. The Annexes form part of the Contract.

# Annex H: Human Rights Conditions

H6 Suspension. The Supplier may suspend the System immediately, without notice, upon a credible complaint of misuse, until its investigation is complete.

H9 Notification. The Purchaser shall notify the Supplier in writing within 48 hours of any actual or suspected misuse of the System.

# Annex D: Deviations

| No. | Clause | Purchaser's request | Agreed deviation |
| --- | --- | --- | --- |
${rows}`;
  it('strikes a clause the agreed deviation deletes, and keeps one whose deletion was refused', () => {
    expect(statusOf(tender('| D-01 | Annex H, H9 | Notice incompatible with State secrecy | Not accepted; H9 remains. |'), 'misuse-notification')).toBe('present');
    expect(statusOf(tender('| D-01 | Annex H, H9 | Notice incompatible with State secrecy | Deleted. |'), 'misuse-notification')).toBe('missing');
    expect(statusOf(tender('| D-01 | Annex H, H9 | Notice incompatible with State secrecy | Not applicable to the Purchaser. |'), 'misuse-notification')).toBe('missing');
    expect(statusOf(tender('| D-01 | Annex H, H9 | Notice incompatible with State secrecy | Deleted. |'), 'suspension-remote-disable')).toBe('present');
  });

  it('reaches the paragraphs a lettered annex paragraph numbers as its own ("H9" over "9.1", "9.2")', () => {
    const numbered = (row: string) => tender(row).replace('H9 Notification. The Purchaser shall notify', 'H9 Notification.\n\n9.1 The Purchaser shall notify')
      .replace('misuse of the System.\n\n# Annex D', 'misuse of the System.\n\n9.2 The notice shall describe the misuse.\n\n# Annex D');
    expect(statusOf(numbered('| D-01 | Annex H, H9 | Notice incompatible with State secrecy | Not accepted. |'), 'misuse-notification')).toBe('present');
    expect(statusOf(numbered('| D-01 | Annex H, H9 | Notice incompatible with State secrecy | Deleted. |'), 'misuse-notification')).toBe('missing');
  });
});

describe('a deviations table that marks a clause, by its number, as gone', () => {
  const deviations = (rows: string) => licence('The Customer has requested the deviations below, which the Supplier accepts.').replace('## 21. Signatures', `| Clause | Deviation |\n| --- | --- |\n${rows}\n\n## 21. Signatures`);
  it('strikes the clauses marked deleted or not applicable, and leaves those accepted', () => {
    expect(statusOf(deviations('| 11.1 | Accepted |\n| 9.3 | Accepted |'), 'suspension-remote-disable')).toBe('present');
    expect(statusOf(deviations('| 11.1 | Deleted |\n| 9.3 | Accepted |'), 'suspension-remote-disable')).toBe('missing');
    expect(statusOf(deviations('| 11.1 | Accepted |\n| 9.3 | Not applicable |'), 'misuse-notification')).toBe('missing');
    expect(statusOf(deviations('| 11.1 | Accepted |\n| 9.3 | Not applicable |'), 'suspension-remote-disable')).toBe('present');
  });
});

describe('a clause on the measure itself, wherever it stands', () => {
  const cases: Array<[string, string, string]> = [
    ['suspension-remote-disable', 'No suspension shall take place without a court order.', 'weak'],
    ['suspension-remote-disable', 'Any suspension shall require the prior written consent of the Customer.', 'weak'],
    ['suspension-remote-disable', 'The Supplier shall not exercise any right of suspension without first consulting the Customer and obtaining its agreement.', 'weak'],
    ['suspension-remote-disable', 'Any suspension by the Supplier shall take effect only upon the expiry of fourteen days\' written notice.', 'weak'],
    ['audit-and-records', 'No audit shall be carried out without the prior approval of the Customer\'s Director General.', 'weak'],
    // Near misses: the measure's own procedure, the seller's own decision, and the ordinary notice of an audit.
    ['suspension-remote-disable', 'Any suspension shall be notified to the Customer within one day after it takes effect.', 'present'],
    ['suspension-remote-disable', 'No suspension shall take place without a written decision of the Supplier\'s compliance officer.', 'present'],
    ['audit-and-records', 'Any audit shall be carried out on ten days\' written notice during normal working hours.', 'present'],
  ];
  grades(licence, cases);
});

describe('words replaced in the passive, or a short quotation in a named clause', () => {
  it('reads the clause with the new words', () => {
    expect(statusOf(licence('In clause 11.1, the words "immediately, without notice," are replaced with "on sixty days\' written notice".'), 'suspension-remote-disable')).toBe('weak');
    expect(statusOf(licence('In clause 11.1, "immediately" is replaced by "on sixty days\' written notice to the Customer and".'), 'suspension-remote-disable')).toBe('weak');
    // A short quotation is changed only in the clause the amendment names: elsewhere it stays.
    expect(statusOf(licence('In clause 9.3, "48 hours" is replaced by "24 hours".'), 'misuse-notification')).toBe('present');
    expect(statusOf(licence('"immediately" is replaced by "after sixty days".'), 'suspension-remote-disable')).toBe('present');
  });
});

// An amendment that only tells what the clause it deletes said ("Background. Clause 11.4 of the Master Licence Agreement,
// as originally signed, reads: ..."): the telling goes with the clause.
describe('an amendment that tells what it deletes', () => {
  const amendment = (told: string, change: string) => `# Amendment No. 1

This Amendment is made between Halvern Forensics Ltd (the "Licensor") and the Directorate of Criminal Investigation (the "Licensee").

**Background.** ${told}

**The parties agree as follows:**

1. ${change}

2. Save as amended above, the Master Licence Agreement continues in full force and effect.`;
  const suspension = 'Clause 11.4 of the Master Licence Agreement, as originally signed, reads: "The Licensor may, immediately and without notice, suspend the Licensee\'s access or remotely disable any Device upon a credible complaint or a suspicion of Misuse, until its investigation is complete."';
  const certification = 'Clause 21 of the Contract requires the Licensee to certify in writing each year, and before each renewal of the Maintenance Period, that it has complied with Schedule 7 (Human Rights Obligations).';
  grades((x) => x, [
    ['suspension-remote-disable', amendment(suspension, 'Clause 11.4 of the Master Licence Agreement is deleted in its entirety.'), 'missing'],
    ['compliance-certification', amendment(certification, 'Clause 21 is deleted with effect from the date of this Amendment.'), 'missing'],
    // (Another clause deleted leaves the telling as it was read.)
    ['suspension-remote-disable', amendment(suspension, 'Clause 14 (Fees) of the Master Licence Agreement is deleted in its entirety.'), 'present'],
    ['compliance-certification', amendment(certification, 'Clause 30 is deleted with effect from the date of this Amendment.'), 'present'],
  ]);
});

// Data protection laid out a subclause per element: 12.3 alone sets the retention limit.
const dataClause = (later: string) => `# Licence Agreement

This Agreement is made between Fenwick Voice Analytics Ltd (the "Licensor") and the Prison Intelligence Unit of the Republic of Sarn (the "Licensee").

## 12. Recorded Data

12.1 Recorded Data may be accessed only by the Licensee's vetted analysts and used solely for the investigation for which it was recorded.

12.2 Only calls of enrolled inmates shall be recorded, and the Licensee shall record no more than is necessary for that investigation.

12.3 Recorded Data shall be kept for no longer than 180 days and then destroyed.

12.4 Recorded Data shall be stored encrypted, and shall not be disclosed to any third party or foreign authority without a court order.

## 30. Variation

30.1 ${later}`;

describe('a later clause that qualifies the one subclause giving the safeguard an element', () => {
  grades(dataClause, [
    ['data-protection', 'Clause 12.3 is varied so that the Licensee shall use reasonable endeavours to keep to the period it sets.', 'weak'],
    ['data-protection', 'Clause 12.3 shall apply only with the Licensee\'s prior consent in each case.', 'weak'],
    // (A clause that cites it to keep it, or qualifies something else.)
    ['data-protection', 'Clause 12.3 continues to apply after termination for as long as any Recorded Data is held.', 'present'],
    ['data-protection', 'Invoices under clause 14 shall be paid within 30 days, and the Licensee shall use reasonable endeavours to pay earlier.', 'present'],
  ]);
});
