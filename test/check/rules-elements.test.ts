// Strong elements a drafter may leave unsaid, and the line between strong and weak. Data protection
// is strong on its use and sharing limits with most of the protective measures (minimisation,
// retention, security): one of those may go unsaid. A judicial-authorization requirement binds each
// use whether or not it says "each". Beside them, weak versions that must stay weak: two measures
// lacking, no sharing limit, an urgency bypass, a warrant only where local law asks for one.
import { describe } from 'vitest';
import { dataProtection } from '../../src/check/rules/data-protection.ts';
import { lawfulAuthorization } from '../../src/check/rules/lawful-authorization.ts';
import { gradeTable } from './grade-table.ts';

const PARTIES = 'This Licence is made between Corrigan Sensor Systems Ltd (the "Licensor") and the Directorate of Criminal Investigation of the Republic of Valdora (the "Licensee").';

describe('data-protection: one protective measure may go unsaid', () => {
  gradeTable(dataProtection, [
    // No minimisation stated: use, sharing, retention and security are.
    ['present', `${PARTIES}\n\n9.1 Data collected through the System may be accessed only by investigating officers assigned to the case and used solely for the investigation for which it was collected.\n\n9.2 The Licensee shall hold such data on encrypted servers within Valdora and shall delete it no later than twelve (12) months after the investigation closes.\n\n9.3 The Licensee shall not disclose such data to any third party or foreign government except under an order of a court of Valdora.`],
    // No security of storage stated, in a public-sector style with the data term defined.
    ['present', `${PARTIES}\n\n1.1 "Collected Information" means any information obtained by means of the Platform.\n\n7. Collected Information shall be processed only by the Licensee's authorised analysts for the purpose of the warrant under which it was obtained; only information relevant to that warrant shall be retained, and the remainder shall be destroyed within thirty days. Collected Information shall in no case be kept longer than two years. The Licensee shall not pass Collected Information to any other agency or to any foreign authority without judicial authorisation.`],
    // Retention unsaid: minimisation and security are.
    ['present', `${PARTIES}\n\n8.1 Intercepted content shall be collected only to the extent necessary for the authorised operation and shall be available only to the officers named in the operation order.\n\n8.2 Intercepted content shall be stored in a secured environment under the Licensee's sole control, and it shall not be shared with any third party or any other state without the written authorisation of the issuing judge.`],
    // Two of the three measures unsaid: weak.
    ['weak', `${PARTIES}\n\n9.1 Data collected through the System may be accessed only by investigating officers assigned to the case and used solely for the investigation for which it was collected.\n\n9.2 The Licensee shall not disclose such data to any third party or foreign government except under an order of a court of Valdora.`],
    // Every measure, but nothing on onward sharing: weak.
    ['weak', `${PARTIES}\n\n9.1 Data collected through the System may be accessed only by investigating officers assigned to the case and used solely for the investigation for which it was collected; only data strictly necessary for that investigation shall be collected.\n\n9.2 The Licensee shall hold such data on encrypted servers within Valdora and shall delete it no later than twelve (12) months after the investigation closes.`],
  ]);
});

describe('lawful-authorization: each use is implied; the bypasses weaken it', () => {
  gradeTable(lawfulAuthorization, [
    ['present', `${PARTIES}\n\n6. The System shall be used only under a warrant issued by a judge of the High Court under the published Interception of Communications Act, and only where the judge is satisfied that the interception is necessary and proportionate to the investigation of a serious crime. The Licensee shall keep a record of every warrant relied on.`],
    ['weak', `${PARTIES}\n\n6.1 The Licensee shall not deploy the System against any device unless a judge, independent of the Licensee, has first issued a warrant authorising that deployment, being satisfied that it is necessary and proportionate.\n\n6.2 In any case which the Director of the Licensee certifies as urgent, the Director may authorise deployment without a warrant for up to seven days.`],
    ['weak', `${PARTIES}\n\n6.1 Before each operation the Licensee shall obtain an order from an independent court if, and only to the extent that, the local law applicable to the Licensee requires one for that kind of operation, and shall keep every operation necessary and proportionate to its aim.`],
    // A judge confirming an urgent authorisation keeps it strong.
    ['present', `${PARTIES}\n\n6.1 The Licensee shall not deploy the System against any device unless a judge, independent of the Licensee, has first issued a warrant authorising that deployment, being satisfied that it is necessary and proportionate.\n\n6.2 In an emergency a deployment may begin before the warrant is issued only if the judge confirms it within twenty-four hours, failing which it shall cease.`],
  ]);
});
