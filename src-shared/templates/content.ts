// A post's content apart from its place in time and what became of it: what "Spara som mall"
// keeps, what "Nytt från mall…" starts from, and what a series makes each new post of. Images go
// with it as references (the files in media/ never change), as they do with "Duplicera".
import { emptyVariant } from '../plan/variants';
import type { KnownIds } from '../plan/item-rules';
import type { ContentItem, ContentVariant, PostContent, StatusId } from '../plan/model';

export function contentOf(item: ContentItem): PostContent {
  return {
    // The images by reference: their files never change, so a template or a series shares them.
    ...(item.media && item.media.length > 0 ? { media: item.media } : {}),
    title: item.title,
    notes: item.notes,
    audiences: [...item.audiences],
    tags: [...item.tags],
    owner: item.owner,
    variants: item.variants.map(({ channel, text, lead, hashtags, link, mediaNote, altText }) => ({
      channel,
      text,
      lead,
      hashtags: [...hashtags],
      link,
      mediaNote,
      altText,
    })),
  };
}

export interface NewPost {
  id: string;
  status: StatusId;
  date: string | null;
  time: string | null;
  rank: number;
  now: string;
}

/**
 * A new post made of `content`, with no slug (its link follows its title), no publish marks and
 * the principles unticked. What the settings no longer have (a channel removed, an audience
 * gone since the content was kept) is left out, so the post is one the plan accepts.
 */
export function postFromContent(content: PostContent, post: NewPost, known: KnownIds): ContentItem {
  const media = (content.media ?? []).map((ref) =>
    ref.channels === null ? ref : { ...ref, channels: ref.channels.filter((channel) => known.channels.has(channel)) },
  );
  return {
    ...(media.length > 0 ? { media } : {}),
    id: post.id,
    title: content.title,
    notes: content.notes,
    status: post.status,
    date: post.date,
    time: post.date === null ? null : post.time,
    audiences: content.audiences.filter((audience) => known.audiences.has(audience)),
    tags: [...content.tags],
    owner: content.owner,
    principles: { openness: false, clarity: false, credibility: false },
    rank: post.rank,
    variants: content.variants.filter((variant) => known.channels.has(variant.channel)).map(variantFromContent),
    createdAt: post.now,
    updatedAt: post.now,
  };
}

function variantFromContent(content: ContentVariant) {
  return { ...emptyVariant(content.channel), ...content, hashtags: [...content.hashtags] };
}
