// Loading a profile file (YAML or JSON: JSON is YAML) and saving the form's profile as JSON.
import { parse } from 'yaml';
import { saveBlob } from './dom.ts';
import type { ProfileData } from './types.ts';

export class ProfileFileError extends Error {}

export const MAX_PROFILE_BYTES = 1_000_000;

export async function readProfileFile(file: File): Promise<ProfileData> {
  if (file.size > MAX_PROFILE_BYTES) throw new ProfileFileError(`${file.name} is ${Math.round(file.size / 1024)} KB: a profile file is a few KB. Choose the deal's profile (.yaml or .json).`);
  const source = await file.text();
  let data: unknown;
  try {
    data = parse(source, { maxAliasCount: 100 });
  } catch (error) {
    const first = error instanceof Error ? error.message.split('\n')[0] : String(error);
    throw new ProfileFileError(`${file.name} is not valid YAML or JSON: ${first}`);
  }
  if (data === null || data === undefined) throw new ProfileFileError(`${file.name} is empty.`);
  if (typeof data !== 'object' || Array.isArray(data)) {
    throw new ProfileFileError(`${file.name} is not a profile: a profile is a mapping of fields (seller, customer, product, ...).`);
  }
  return data as ProfileData;
}

/** A file name from the customer's name, e.g. "national-directorate-of-internal-security.profile.json". */
export function profileFileName(profile: ProfileData): string {
  const customer = profile.customer as { name?: unknown } | undefined;
  const stem = String(customer?.name ?? '').toLowerCase().normalize('NFKD').replace(/[^\w\s-]/g, '').trim().replace(/[\s_]+/g, '-').slice(0, 60);
  return `${stem || 'deal'}.profile.json`;
}

export function saveProfile(profile: ProfileData): string {
  const name = profileFileName(profile);
  saveBlob(new Blob([`${JSON.stringify(profile, null, 2)}\n`], { type: 'application/json' }), name);
  return name;
}
