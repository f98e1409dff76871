// Everything the questionnaire needs to offer choices, taken from the engine's own lists so the
// page never offers a value the profile schema would refuse.
import { DOCUMENT_KINDS, TIERS } from '../src/library/clause-schema.ts';
import { countryName } from '../src/profile/countries.ts';
import { AGENCY_TYPES, CHANNELS, CUSTOMER_KINDS, DEPLOYMENTS, LEVELS, LICENSING_MODELS } from '../src/profile/schema.ts';
import { CAPABILITY_FACTORS, COUNTRY_FLAGS, END_USER_FLAGS, PRODUCT_TYPES, SAFEGUARD_IDS, SAFEGUARD_TITLES, STAKEHOLDER_FLAGS } from '../src/profile/vocabulary.ts';
import { OUTPUT_FORMATS } from '../src/render/pipeline.ts';
import { CAPABILITY_FACTORS_WEIGHTS, PRODUCT_TYPE_FACTORS, RED_FLAG_FACTORS, type Factor } from '../src/risk/factors.ts';
import type { z } from 'zod';
import type { Vocabulary } from './schemas.ts';

const choice = (id: string, factor: Factor) => ({ id, label: factor.label, explanation: factor.explanation, weight: factor.weight });

/** Every ISO 3166-1 alpha-2 code the profile accepts, by English name. */
function countries(): Array<{ code: string; name: string }> {
  const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
  const list = [...letters].flatMap((a) => [...letters].map((b) => a + b))
    .flatMap((code) => { const name = countryName(code); return name ? [{ code, name }] : []; });
  return list.sort((x, y) => x.name.localeCompare(y.name, 'en'));
}

export function vocabulary(): z.infer<typeof Vocabulary> {
  return {
    customerKinds: [...CUSTOMER_KINDS],
    agencyTypes: [...AGENCY_TYPES],
    channels: [...CHANNELS],
    deployments: [...DEPLOYMENTS],
    licensing: [...LICENSING_MODELS],
    levels: [...LEVELS],
    documentKinds: [...DOCUMENT_KINDS],
    outputFormats: [...OUTPUT_FORMATS],
    productTypes: PRODUCT_TYPES.map((id) => choice(id, PRODUCT_TYPE_FACTORS[id])),
    capabilityFactors: CAPABILITY_FACTORS.map((id) => choice(id, CAPABILITY_FACTORS_WEIGHTS[id])),
    redFlags: [
      ...END_USER_FLAGS.map((id) => ({ ...choice(id, RED_FLAG_FACTORS[id]), group: 'end-user' as const })),
      ...COUNTRY_FLAGS.map((id) => ({ ...choice(id, RED_FLAG_FACTORS[id]), group: 'country' as const })),
      ...STAKEHOLDER_FLAGS.map((id) => ({ ...choice(id, RED_FLAG_FACTORS[id]), group: 'stakeholder' as const })),
    ],
    safeguards: SAFEGUARD_IDS.map((id) => ({ id, title: SAFEGUARD_TITLES[id] })),
    countries: countries(),
    tiers: [...TIERS],
  };
}
