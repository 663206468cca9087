// Post text as a network shows it, built from React elements only (never HTML from the text):
// hashtags, mentions and links coloured, and for the website a plain reading of its Markdown
// (headings, lists, paragraphs, **fet**, _kursiv_, [länk](url)) with no raw HTML.
import { memo, type ReactNode } from 'react';

const TOKENS = /(https?:\/\/[^\s]+|#[\p{L}\p{N}_]+|@[A-Za-z0-9_]+)/gu;

/** A post's text with its links, hashtags and mentions marked, line breaks kept by CSS. */
export const PostText = memo(function PostText({ text }: { text: string }) {
  return <>{tokens(text)}</>;
});

function tokens(text: string): ReactNode[] {
  return text.split(TOKENS).map((part, i) =>
    i % 2 === 1 ? (
      <span key={i} className="pv-token">
        {part}
      </span>
    ) : (
      part
    ),
  );
}

const INLINE = /(\*\*[^*]+\*\*|_[^_\s][^_]*_|\[[^\]]+\]\([^)\s]+\))/g;

/** **fet**, _kursiv_ and [text](url) as text with a look; the address shows on hover, nothing navigates. */
function inline(text: string): ReactNode[] {
  return text.split(INLINE).map((part, i) => {
    if (i % 2 === 0) return part;
    if (part.startsWith('**')) return <strong key={i}>{part.slice(2, -2)}</strong>;
    if (part.startsWith('_')) return <em key={i}>{part.slice(1, -1)}</em>;
    const match = /^\[([^\]]+)\]\(([^)]+)\)$/.exec(part);
    return (
      <span key={i} className="pv-link" title={match?.[2]}>
        {match?.[1] ?? part}
      </span>
    );
  });
}

/**
 * Blocks split at blank lines: "## rubrik", "- punkt" lists, and paragraphs. Drawn again only
 * when the text changes: a long page is not read again for a keystroke in the post's title.
 */
export const MarkdownPage = memo(function MarkdownPage({ text }: { text: string }) {
  const blocks = text
    .replace(/\r\n?/g, '\n')
    .split(/\n{2,}/)
    .map((block) => block.trim())
    .filter(Boolean);
  return (
    <>
      {blocks.map((block, i) => {
        const heading = /^(#{1,6})\s+(.*)$/s.exec(block);
        if (heading) {
          return (
            <p key={i} className={`pv-md-heading pv-md-h${Math.min(heading[1]?.length ?? 2, 3)}`}>
              {inline(heading[2] ?? '')}
            </p>
          );
        }
        const lines = block.split('\n');
        if (lines.every((line) => /^\s*[-*]\s+/.test(line))) {
          return (
            <ul key={i} className="pv-md-list">
              {lines.map((line, j) => (
                <li key={j}>{inline(line.replace(/^\s*[-*]\s+/, ''))}</li>
              ))}
            </ul>
          );
        }
        return (
          <p key={i} className="pv-md-paragraph">
            {inline(block)}
          </p>
        );
      })}
    </>
  );
});
