// Text snippets in a channel's text (issue 19, item 4): which snippets a channel offers, and the
// text after one is put in at the cursor. The counter, the thread split and Instagram's hashtag
// limit read the variant's text, so they count what was inserted like anything typed.
import type { ChannelId, Settings, Snippet } from '../plan/model';

/** The snippets for a channel (a snippet for no channel in particular is for every channel), by name. */
export function snippetsFor(settings: Settings, channel: ChannelId): Snippet[] {
  return settings.snippets
    .filter((snippet) => snippet.channels.length === 0 || snippet.channels.includes(channel))
    .sort((a, b) => a.name.localeCompare(b.name, 'sv'));
}

/** Whether the character just typed before `caret` is a `/` at the start of a line: the keyboard way in. */
export function isSlashAtLineStart(text: string, caret: number): boolean {
  return caret > 0 && text[caret - 1] === '/' && (caret === 1 || text[caret - 2] === '\n');
}

export interface Inserted {
  text: string;
  /** Where the cursor goes: just after what was inserted. */
  caret: number;
}

/**
 * `snippet` put in place of the selection `[start, end)`. A snippet that lands right after a word
 * gets a space before it, and one right before a word a space after it, so "#ssco" does not glue
 * itself to a word and stop being a tag, nor "/SSCO" run into the sentence after it.
 */
export function insertSnippet(text: string, start: number, end: number, snippet: string): Inserted {
  const before = text.slice(0, start);
  const after = text.slice(end);
  const gapBefore = before !== '' && !/\s$/.test(before) ? ' ' : '';
  const gapAfter = after !== '' && !/^\s/.test(after) && !/\s$/.test(snippet) ? ' ' : '';
  const inserted = gapBefore + snippet + gapAfter;
  return { text: before + inserted + after, caret: start + inserted.length };
}
