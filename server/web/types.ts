// The shapes the page receives from the API (server/ and src/ own them; these mirror only the
// fields the page reads, so the page stays free of Node code).

export interface Choice {
  id: string;
  label: string;
  explanation?: string;
  weight?: number;
  group?: string;
}

export interface Vocabulary {
  customerKinds: Choice[];
  agencyTypes: Choice[];
  channels: Choice[];
  deployments: Choice[];
  licensing: Choice[];
  levels: Choice[];
  productTypes: Choice[];
  capabilityFactors: Choice[];
  redFlags: Choice[];
  documents: Choice[];
  safeguards: Choice[];
  countries: { code: string; name: string }[];
}

export type Tier = 'low' | 'elevated' | 'high' | 'severe';

export interface Assessment {
  tier: Tier;
  score: number;
  gate: boolean;
  tierReasons: string[];
  factors: { id?: string; label: string; weight: number; reason: string }[];
  required: { id: string; why: string[] }[];
}

export type Status = 'present' | 'weak' | 'missing' | 'contradicted';

export interface Evidence {
  section?: string;
  heading?: string;
  quote: string;
  start: number;
  end: number;
}

export interface Finding {
  safeguard: string;
  status: Status;
  required: boolean;
  evidence: Evidence[];
  reasons: string[];
}

export interface CheckResult {
  schema: string;
  file: string;
  format?: string;
  requiredBy?: 'profile' | 'high-risk default';
  verdict?: string;
  findings: Finding[];
}

export interface Issue {
  path: string;
  message: string;
}

/** A profile as the page builds it: plain JSON, validated by the server. */
export type ProfileData = Record<string, unknown>;
