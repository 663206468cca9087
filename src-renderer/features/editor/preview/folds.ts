// Where a preview folds its text, in UTF-16 offsets at grapheme boundaries, so an emoji is
// never cut in two. Facebook and LinkedIn fold where src-shared/channels says; Instagram after
// its first two lines or about 125 characters, whichever comes first.
import { FOLDS, graphemeSegments } from '../../../../src-shared/channels';
import type { ChannelId } from '../../../../src-shared/plan/model';

const INSTAGRAM_LINES = 2;
const INSTAGRAM_CHARACTERS = 125;

/** The offset where "se mer" cuts the text, or null if it all shows. */
export function previewFold(channel: ChannelId, text: string): number | null {
  const at = channel === 'instagram' ? INSTAGRAM_CHARACTERS : FOLDS[channel]?.[0]?.at;
  if (at === undefined) return null;
  const segments = graphemeSegments(text);
  let cut = segments[at]?.index ?? null;
  if (channel === 'instagram') {
    let lines = 0;
    const third = segments.find((segment) => segment.segment === '\n' && (lines += 1) === INSTAGRAM_LINES);
    if (third && (cut === null || third.index < cut)) cut = third.index;
  }
  return cut === null ? null : atWordEnd(text, cut);
}

/** Networks cut between words: back to the last space before the cut, unless that is far back. */
function atWordEnd(text: string, cut: number): number {
  if (/\s/.test(text.charAt(cut))) return cut;
  const space = text.slice(0, cut).search(/\s\S*$/);
  return space > cut - 20 ? space : cut;
}
