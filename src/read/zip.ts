// Opening a DOCX (a zip) safely: bounded size, entry count and expansion, so a zip bomb is
// refused before it is inflated. Only the entries asked for are inflated.
import { strFromU8, unzipSync } from 'fflate';
import { InputError } from '../errors.ts';

export const ZIP_LIMITS = {
  maxEntries: 5000,
  /** Total bytes the entries we read may inflate to. */
  maxInflated: 200 * 1024 * 1024,
  /** Largest plausible DEFLATE ratio; beyond it the sizes in the zip directory lie. */
  maxRatio: 1100,
};

/** The entries `wanted` selects, inflated within the limits. */
export function unzipBounded(bytes: Uint8Array, wanted: (name: string) => boolean, file: string): Record<string, Uint8Array> {
  let entries = 0;
  let inflated = 0;
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, {
      filter: ({ name, size, originalSize }) => {
        entries += 1;
        if (entries > ZIP_LIMITS.maxEntries) throw new InputError(`${file}: the DOCX has more than ${ZIP_LIMITS.maxEntries} entries; refused as a possible zip bomb`);
        if (!wanted(name)) return false;
        inflated += originalSize;
        if (inflated > ZIP_LIMITS.maxInflated || originalSize > Math.max(size, 1) * ZIP_LIMITS.maxRatio) {
          throw new InputError(`${file}: "${name}" would expand to ${(originalSize / 1048576).toFixed(0)} MiB; refused as a possible zip bomb`);
        }
        return true;
      },
    });
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError(`${file}: not a readable DOCX (the zip container is damaged: ${(error as Error).message})`);
  }
  return files;
}

/** The XML entries `wanted` selects, as text; any DTD or entity declaration is refused. */
export function readZipEntries(bytes: Uint8Array, wanted: (name: string) => boolean, file: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const [name, data] of Object.entries(unzipBounded(bytes, wanted, file))) {
    const xml = strFromU8(data);
    // A DTD can declare entities that expand without bound; Word never writes one.
    if (/<!DOCTYPE|<!ENTITY/i.test(xml)) throw new InputError(`${file}: "${name}" declares a DTD or entities; refused (Word never writes them)`);
    out.set(name, xml);
  }
  return out;
}
