// Every safeguard's rule, in the spec's order. The test suite checks that each spec id has one.
import type { Rule } from '../rule.ts';
import { auditAndRecords } from './audit-and-records.ts';
import { complianceCertification } from './compliance-certification.ts';
import { dataProtection } from './data-protection.ts';
import { endUseLimitation } from './end-use-limitation.ts';
import { eulaFlowDown } from './eula-flow-down.ts';
import { exportControlCompliance } from './export-control-compliance.ts';
import { grievanceMechanism } from './grievance-mechanism.ts';
import { humanRightsCompliance } from './human-rights-compliance.ts';
import { investigationCooperation } from './investigation-cooperation.ts';
import { lawfulAuthorization } from './lawful-authorization.ts';
import { misuseDisclosure } from './misuse-disclosure.ts';
import { misuseNotification } from './misuse-notification.ts';
import { noTransfer } from './no-transfer.ts';
import { remediation } from './remediation.ts';
import { renewalReassessment } from './renewal-reassessment.ts';
import { resellerDueDiligence } from './reseller-due-diligence.ts';
import { safeguardActionProtection } from './safeguard-action-protection.ts';
import { sellerControl } from './seller-control.ts';
import { suspensionRemoteDisable } from './suspension-remote-disable.ts';
import { terminationForMisuse } from './termination-for-misuse.ts';
import { training } from './training.ts';
import { updateSupportWithholding } from './update-support-withholding.ts';
import { useRestrictions } from './use-restrictions.ts';

export const RULES: Rule[] = [
  endUseLimitation, useRestrictions, humanRightsCompliance, lawfulAuthorization, exportControlCompliance,
  dataProtection, noTransfer, terminationForMisuse, suspensionRemoteDisable, updateSupportWithholding,
  investigationCooperation, misuseNotification, auditAndRecords, complianceCertification, sellerControl,
  renewalReassessment, resellerDueDiligence, eulaFlowDown, grievanceMechanism, training, remediation,
  misuseDisclosure, safeguardActionProtection,
];
