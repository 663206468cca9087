import type { ChannelId, Variant } from './model';

/** A channel's version of a post before anything is written in it. */
export function emptyVariant(channel: ChannelId): Variant {
  return {
    channel,
    text: '',
    lead: '',
    slug: '',
    hashtags: [],
    link: '',
    mediaNote: '',
    altText: '',
    date: null,
    time: null,
    publishedAt: null,
    publishedUrl: '',
  };
}
