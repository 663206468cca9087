/** Tags are separated by commas, so a tag may hold spaces ("kårval 2027"). */
export function parseTags(text: string): string[] {
  return text
    .split(',')
    .map((tag) => tag.trim())
    .filter(Boolean);
}

export function formatTags(tags: string[]): string {
  return tags.join(', ');
}

/** "#a, b  #c" → ["a", "b", "c"]: hashtags as the user types them. */
export function parseHashtags(text: string): string[] {
  return text
    .split(/[\s,]+/)
    .map((part) => part.replace(/^#/, ''))
    .filter(Boolean);
}

export function formatHashtags(tags: string[]): string {
  return tags.map((tag) => `#${tag}`).join(' ');
}
