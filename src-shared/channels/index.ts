// Channel text rules (DESIGN §1): counting, threads, folds, hashtags, links and the
// channel-ready text. Import from here, not from the files.
export {
  countFor,
  graphemeLength,
  graphemeSegments,
  graphemeStarts,
  joinsNoNeighbour,
  urlRanges,
  xDoubleWeightRanges,
  xWeightedLength,
} from './counting';
export type { Count, Range } from './counting';
export { splitThread } from './thread';
export { FOLDS, foldOffsets } from './folds';
export type { Fold, FoldLabel } from './folds';
export { containsLink, hashtagsOf, missingHashtags, normaliseHashtag } from './hashtags';
export { effectiveLink, hubUrl, mentionsLink, slugify } from './links';
export { channelReadyParts, channelReadyText, isEmptyText, postText, READY_PART_GAP } from './format';
export { websiteHtml } from './website-html';
export { carriesMedia } from './media';
export { contrastRatio, hasOwnColour, readableInk, relativeLuminance } from './colour';
export type { Ink } from './colour';
