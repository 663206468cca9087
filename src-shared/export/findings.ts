// The checks a package speaks of: what the export dialog lists before writing and LÄS-MIG lists
// under each post. Errors and warnings, and an empty text, which is info elsewhere (work not yet
// done) but leaves the package without a file for the post; other info (a thread) is no reason to stop.
import { checkItem, type Finding } from '../checks/checks';
import type { ContentItem, Language, Settings } from '../plan/model';
import { say } from '../i18n/messages';

/** A moment before every post: what the package says must not depend on when it is exported. */
const BEFORE_EVERY_POST = '0000-01-01T00:00';

/** Whether a finding of an item concerns a package holding the item's posts on `channels`. */
export function concernsPackage(finding: Finding, channels: ReadonlySet<string>): boolean {
  if (finding.severity === 'info' && finding.rule !== 'empty-variant') return false;
  return finding.channel === null || channels.has(finding.channel);
}

/**
 * The open findings of each post (an item on one channel), the same on every run. An item is
 * checked once for all its posts: checking it again for each channel made a year's export check
 * every item two or three times.
 */
export function postFindings(settings: Settings): (item: ContentItem, channel: string) => Finding[] {
  const checked = new Map<ContentItem, Finding[]>();
  return (item, channel) => {
    let findings = checked.get(item);
    if (findings === undefined) {
      findings = checkItem(item, settings, BEFORE_EVERY_POST);
      checked.set(item, findings);
    }
    const channels = new Set([channel]);
    return findings.filter((finding) => concernsPackage(finding, channels));
  };
}

/** A finding's words in the package's language. */
export function findingText(finding: Finding, language: Language): string {
  return say(language, finding.message);
}
