// What a rule returns: one finding per safeguard, with the evidence a lawyer can check.
import type { SafeguardId, SourceKey } from '../profile/vocabulary.ts';
import type { Draft, Sentence } from '../read/model.ts';

export const STATUSES = ['present', 'weak', 'missing', 'contradicted'] as const;
export type Status = (typeof STATUSES)[number];

export interface Evidence {
  section?: string;
  heading?: string;
  quote: string;
  start: number;
  end: number;
  /** Block index in the draft, and for DOCX the paragraph index (used to annotate). */
  block: number;
  paragraph?: number;
}

export interface Finding {
  safeguard: SafeguardId;
  status: Status;
  required: boolean;
  evidence: Evidence[];
  /** Plain-words reasons: which strong elements were found, which lack, what weakens or negates. */
  reasons: string[];
  found: string[];
  lacking: string[];
  sources: SourceKey[];
}

export function evidenceOf(draft: Draft, sentence: Sentence): Evidence {
  const block = draft.blocks[sentence.block];
  return {
    section: block.label ?? block.under,
    heading: block.isHeading ? undefined : block.heading,
    quote: sentence.text,
    start: sentence.start,
    end: sentence.end,
    block: block.index,
    paragraph: block.paragraph,
  };
}
