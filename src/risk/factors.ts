// The weight of each fact in the risk score, with the plain words the memo and the web form use.
// Weights follow the spec's reading of the State Department guidance (SD): facts about the end
// user's record and the product's power to harm weigh most; the legal framework adds to them.
import type { CapabilityFactor, ProductType, RedFlagId } from '../profile/vocabulary.ts';

export interface Factor {
  label: string;
  weight: number;
  explanation: string;
}

export const PRODUCT_TYPE_FACTORS: Record<ProductType, Factor> = {
  intrusion: { label: 'Intrusion or device exploitation', weight: 4, explanation: 'reads a target\'s device covertly: the product type most often misused against journalists and dissidents' },
  'internet-surveillance': { label: 'Internet surveillance', weight: 3, explanation: 'monitors communications of many people at once' },
  'location-tracking': { label: 'Non-cooperative location tracking', weight: 3, explanation: 'follows people without their knowledge' },
  'biometric-identification': { label: 'Biometric identification', weight: 3, explanation: 'identifies people in public spaces, enabling tracking of protesters and minorities' },
  'data-analytics': { label: 'Data analytics', weight: 2, explanation: 'links personal data and derives sensitive insights at scale' },
  'recording-devices': { label: 'Recording devices', weight: 1, explanation: 'captures audio or video of individuals' },
  sensors: { label: 'Sensors', weight: 1, explanation: 'collects signals that may identify or locate people' },
};

export const CAPABILITY_FACTORS_WEIGHTS: Record<CapabilityFactor, Factor> = {
  'collects-linked-personal-data': { label: 'Collects personal data linked to individuals', weight: 1, explanation: 'the product collects data that can be tied to identified people' },
  'derives-sensitive-insights': { label: 'Derives sensitive insights', weight: 1, explanation: 'the product infers sensitive facts (beliefs, associations, health, movements)' },
  'usable-without-modification': { label: 'Usable for surveillance without modification', weight: 1, explanation: 'no further engineering stands between delivery and misuse' },
  'unique-or-custom-capability': { label: 'Unique or customised capability', weight: 1, explanation: 'the customer could not readily obtain it elsewhere, so the sale adds capability' },
  'widely-available': { label: 'Widely available elsewhere', weight: -1, explanation: 'the same capability is freely on the market, so the sale adds little' },
  'critical-component': { label: 'Critical component of a surveillance system', weight: 1, explanation: 'the product is essential to a larger system\'s surveillance function' },
  'similar-product-misused': { label: 'Similar products have been misused', weight: 2, explanation: 'products of this kind have a record of abuse' },
  'builds-known-abusive-system': { label: 'Builds or extends a known abusive system', weight: 6, explanation: 'the product would extend a system already used to abuse human rights' },
};

export const RED_FLAG_FACTORS: Record<RedFlagId, Factor> = {
  'end-user-misused-similar-products': { label: 'End user has misused similar products', weight: 4, explanation: 'the best predictor of misuse is past misuse' },
  'laws-restrict-civic-space': { label: 'Laws restricting civic space', weight: 2, explanation: 'laws that criminalise expression, assembly or association turn lawful use into abuse' },
  'ongoing-conflict': { label: 'Ongoing conflict', weight: 2, explanation: 'conflict heightens the risk of targeting civilians and opponents' },
  'abuse-or-detention-of-minorities-journalists': { label: 'Abuse or detention of minorities or journalists', weight: 3, explanation: 'the end user or state targets the groups the safeguards protect' },
  'lack-of-independent-oversight': { label: 'No independent oversight', weight: 2, explanation: 'nobody outside the agency authorises or reviews its surveillance' },
  'security-services-misuse': { label: 'Security services known for misuse', weight: 3, explanation: 'the security services of the state have used surveillance against rights holders' },
  'close-to-security-services-misuse': { label: 'End user close to abusive security services', weight: 2, explanation: 'the end user works with or for services with a record of misuse' },
  'poor-human-rights-record': { label: 'Poor human-rights record', weight: 2, explanation: 'credible reports of serious human-rights violations by the state or end user' },
  'exports-to-abusive-states': { label: 'Re-exports to abusive states', weight: 2, explanation: 'the end user passes technology on to governments with abusive records' },
  'access-without-safeguards': { label: 'Legal access to data without safeguards', weight: 2, explanation: 'the law lets authorities access data without warrant or review' },
  'laws-unduly-restrict-expression-privacy': { label: 'Laws unduly restrict expression or privacy', weight: 2, explanation: 'domestic law itself authorises rights-violating surveillance' },
  'vague-or-secret-surveillance-laws': { label: 'Vague or secret surveillance laws', weight: 2, explanation: 'no one can tell what use the law permits' },
  'malicious-cyber-activity': { label: 'State engages in malicious cyber activity', weight: 2, explanation: 'the state has used cyber tools against others' },
  'no-oversight-of-data-collection': { label: 'No oversight of data collection', weight: 1, explanation: 'collected data is kept and used without supervision' },
  'mandatory-sharing-with-abusive-governments': { label: 'Mandatory data sharing with abusive governments', weight: 2, explanation: 'collected data must be handed to governments with abusive records' },
  'data-localization': { label: 'Data localisation rules', weight: 1, explanation: 'data must stay where the authorities can reach it' },
  'state-control-of-telecoms': { label: 'State control of telecoms', weight: 1, explanation: 'the state controls the networks the product would reach' },
  'private-end-user-close-to-abusive-government': { label: 'Private end user close to an abusive government', weight: 2, explanation: 'a nominally private customer may act for the state' },
  'stated-end-user-not-only-end-user': { label: 'Stated end user may not be the only end user', weight: 3, explanation: 'the product may reach users nobody has vetted' },
  'contracting-out-to-private-entities': { label: 'Operation contracted out to private entities', weight: 2, explanation: 'non-governmental contractors would operate the product' },
  'diversion-risk': { label: 'Risk of diversion', weight: 2, explanation: 'the product may be passed to an unauthorised end user' },
};
