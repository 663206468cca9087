// Where in the editor a post opens: at a channel's tab (a calendar chip, a channel's finding) or
// at the part of the form a finding is about (the principles, the audiences), so the officer
// lands where the fix is made and not on the first tab.
import type { Finding } from '../../src-shared/checks/checks';

export type EditorSection = 'principles' | 'audiences' | 'when' | 'media';
export type EditorPlace = { channel: string } | { section: EditorSection };

const SECTION_OF: Partial<Record<Finding['rule'], EditorSection>> = {
  'principles-unchecked': 'principles',
  'no-audience': 'audiences',
  'past-unpublished': 'when',
  'media-alt-text': 'media',
};

/** The place a finding is fixed at; null when the post as a whole is meant. */
export function placeOf(finding: Pick<Finding, 'rule' | 'channel'>): EditorPlace | null {
  if (finding.channel) return { channel: finding.channel };
  const section = SECTION_OF[finding.rule];
  return section ? { section } : null;
}

/** The attribute that marks a section of the editor, for `placeOf`'s sections to find it. */
export const sectionAttribute = (section: EditorSection) => ({ 'data-editor-section': section });
