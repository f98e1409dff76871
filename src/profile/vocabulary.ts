// The spec's fixed vocabulary (shared/spec/safeguards.md): safeguard ids, risk-factor ids,
// product types and source keys. Everything else in the product refers to these lists.

export const SAFEGUARD_IDS = [
  'end-use-limitation',
  'use-restrictions',
  'human-rights-compliance',
  'lawful-authorization',
  'export-control-compliance',
  'data-protection',
  'no-transfer',
  'termination-for-misuse',
  'suspension-remote-disable',
  'update-support-withholding',
  'investigation-cooperation',
  'misuse-notification',
  'audit-and-records',
  'compliance-certification',
  'seller-control',
  'renewal-reassessment',
  'reseller-due-diligence',
  'eula-flow-down',
  'grievance-mechanism',
  'training',
  'remediation',
  'misuse-disclosure',
  'safeguard-action-protection',
] as const;
export type SafeguardId = (typeof SAFEGUARD_IDS)[number];

/** Plain-words titles, used in memos, listings and the web form. */
export const SAFEGUARD_TITLES: Record<SafeguardId, string> = {
  'end-use-limitation': 'Authorized end user and purpose',
  'use-restrictions': 'How the product may not be used',
  'human-rights-compliance': 'Human-rights representations and covenant',
  'lawful-authorization': 'Legal process, necessity and proportionality',
  'export-control-compliance': 'Export-control and sanctions compliance',
  'data-protection': 'Limits on collected data',
  'no-transfer': 'No transfer, resale, sharing or modification',
  'termination-for-misuse': "Seller's right to terminate for misuse",
  'suspension-remote-disable': 'Suspension and remote disabling pending investigation',
  'update-support-withholding': 'Withholding updates, support, training and services',
  'investigation-cooperation': 'Cooperation with misuse investigations',
  'misuse-notification': 'Notice of actual or suspected misuse',
  'audit-and-records': 'Usage logs and audit',
  'compliance-certification': 'Periodic compliance certification',
  'seller-control': 'Seller custody and periodic re-authorization',
  'renewal-reassessment': 'Human-rights review before renewal',
  'reseller-due-diligence': "Reseller's end-user due diligence",
  'eula-flow-down': 'End-user licence flow-down',
  'grievance-mechanism': 'Grievance and whistle-blowing channel',
  training: 'Human-rights training of operators',
  remediation: 'Corrective action and remedy',
  'misuse-disclosure': 'Reporting misuse to authorities and the public',
  'safeguard-action-protection': 'No liability for safeguard actions',
};

export const SOURCE_KEYS = [
  'SD', 'NSO-20', 'NSO-23', 'REG', 'UNGPs', 'ECHRI', 'EU-DU', 'EO14093', 'ABA-MCC2', 'PMP', 'IL-DECA',
] as const;
export type SourceKey = (typeof SOURCE_KEYS)[number];

export const PRODUCT_TYPES = [
  'sensors',
  'biometric-identification',
  'data-analytics',
  'internet-surveillance',
  'location-tracking',
  'recording-devices',
  'intrusion',
] as const;
export type ProductType = (typeof PRODUCT_TYPES)[number];

export const CAPABILITY_FACTORS = [
  'collects-linked-personal-data',
  'derives-sensitive-insights',
  'usable-without-modification',
  'unique-or-custom-capability',
  'widely-available',
  'critical-component',
  'similar-product-misused',
  'builds-known-abusive-system',
] as const;
export type CapabilityFactor = (typeof CAPABILITY_FACTORS)[number];

export const END_USER_FLAGS = [
  'end-user-misused-similar-products',
  'laws-restrict-civic-space',
  'ongoing-conflict',
  'abuse-or-detention-of-minorities-journalists',
  'lack-of-independent-oversight',
  'security-services-misuse',
  'close-to-security-services-misuse',
  'poor-human-rights-record',
  'exports-to-abusive-states',
] as const;

export const COUNTRY_FLAGS = [
  'access-without-safeguards',
  'laws-unduly-restrict-expression-privacy',
  'vague-or-secret-surveillance-laws',
  'malicious-cyber-activity',
  'no-oversight-of-data-collection',
  'mandatory-sharing-with-abusive-governments',
  'data-localization',
  'state-control-of-telecoms',
] as const;

export const STAKEHOLDER_FLAGS = [
  'private-end-user-close-to-abusive-government',
  'stated-end-user-not-only-end-user',
  'contracting-out-to-private-entities',
  'diversion-risk',
] as const;

/** Red flags a profile may state: the spec's end-user, country and stakeholder factors. */
export const RED_FLAG_IDS = [...END_USER_FLAGS, ...COUNTRY_FLAGS, ...STAKEHOLDER_FLAGS] as const;
export type RedFlagId = (typeof RED_FLAG_IDS)[number];
