// Who owes the safeguard: a duty the seller owes about its own people is not the customer's
// operators trained or watched; a duty the seller owes the customer is no safeguard over the
// customer's use. Each row has its near miss in the other direction.
import { describe } from 'vitest';
import { dataProtection } from '../../src/check/rules/data-protection.ts';
import { grievanceMechanism } from '../../src/check/rules/grievance-mechanism.ts';
import { training } from '../../src/check/rules/training.ts';
import { gradeTable } from './grade-table.ts';

describe("training: the seller's own personnel are not the customer's operators", () => {
  gradeTable(training, [
    // The seller's staff, with "its" alone.
    ['missing', 'The Supplier shall ensure that all of its personnel receive human rights training before accessing the System and every year thereafter.'],
    ['missing', 'The Contractor shall procure that its engineers complete a course on privacy and human rights before site access and annually.'],
    // The customer's people, named before "its": the customer's own staff.
    ['present', 'The Supplier shall provide human rights training to the Customer and its personnel before they access the System and every year thereafter.'],
    ['present', 'The Vendor shall deliver human rights training to all Authority operators before they are given access and every year thereafter, together with its personnel.'],
    // The verb, with the people it trains.
    ['present', 'The Supplier shall train each operator of the Customer in human rights and proportionality before access and every year thereafter.'],
    ['missing', 'The Supplier may train its matching models on enrolment images for human rights research before each release and every year.'],
  ]);
});

describe("grievance-mechanism: a hotline for the seller's own staff", () => {
  gradeTable(grievanceMechanism, [
    ['missing', 'The Supplier maintains a confidential hotline through which its employees may report workplace concerns anonymously.'],
    ['present', 'The Supplier maintains a secure hotline through which anyone, including the Customer and its employees, may report suspected misuse of the System anonymously; the Customer shall publicise it to its personnel and shall not retaliate against any reporter.'],
  ]);
});

describe("data-protection: limits that bind only the seller's handling of the data", () => {
  gradeTable(dataProtection, [
    // A processor's duties: the customer stays free with what the product collects.
    ['weak', 'The Supplier shall process Collected Data only on the documented instructions of the Customer and only to provide the Services, keep it encrypted, collect no more than is necessary, delete it within 30 days after the end of this Agreement, and not disclose it to any third party or foreign government.'],
    ['weak', '9.1 The Processor shall process Intercept Data only for the purpose of the support services, shall keep it secure, shall retain only what is strictly necessary and shall erase it within 14 days; it shall not transfer it to any third country without the Controller\'s authorisation.'],
    // The same limits on the customer, or on the data whoever holds it.
    ['present', 'The Customer shall analyse Collected Data only for the authorised investigation, keep it encrypted, collect no more than is necessary, delete it within 30 days after the case closes, and not disclose it to any third party or foreign government without a court order.'],
    ['present', 'Collected Data may be analysed only by authorised officers for the investigation concerned, shall be stored encrypted, limited to what is necessary, deleted within 90 days, and not shared with any third party or foreign government without judicial authorisation.'],
  ]);
});
