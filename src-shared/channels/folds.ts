// The "se mer" fold: how much of a post shows before the reader must expand it (DESIGN §1).
// Readers see characters, so folds are counted in graphemes and reported as UTF-16 offsets,
// which is what the editor needs to draw the line.
import type { ChannelId } from '../plan/model';
import { graphemeSegments } from './counting';

export type FoldLabel = 'mobile' | 'desktop' | 'all';

export interface Fold {
  label: FoldLabel;
  /** Graphemes shown before "se mer". */
  at: number;
}

/** Approximate: the platforms cut by rendered width and lines, these are their usual counts. */
export const FOLDS: Readonly<Partial<Record<ChannelId, readonly Fold[]>>> = {
  linkedin: [{ label: 'all', at: 140 }],
  facebook: [
    { label: 'mobile', at: 125 },
    { label: 'desktop', at: 477 },
  ],
};

/** Where each fold of the channel falls in the text; only folds the text actually reaches. */
export function foldOffsets(channel: ChannelId, text: string): Array<{ label: FoldLabel; offset: number }> {
  const folds = FOLDS[channel] ?? [];
  if (folds.length === 0) return [];
  const segments = graphemeSegments(text);
  return folds.flatMap(({ label, at }) => {
    const next = segments[at];
    return next ? [{ label, offset: next.index }] : [];
  });
}
