// Each post of the package with everything the files say about it: its file (none for an empty
// text), the website's HTML beside its Markdown, the text the file holds, its link and its open
// findings. LÄS-MIG, schema.csv and publicering.ics are all written from these.
import { channelReadyParts, effectiveLink, hubUrl, isEmptyText, READY_PART_GAP } from '../channels';
import type { Finding } from '../checks/checks';
import { translate } from '../i18n/messages';
import type { ContentItem, Plan, Settings } from '../plan/model';
import { postFindings } from './findings';
import { channelFolder, channelFolders, distinctPaths, postFileName, postFileStem } from './names';
import type { ExportOptions } from './options';
import { exportPosts, type ExportPost } from './select';
import { xFileText } from './thread-file';
import { mediaFor } from '../media/for-channel';
import { onceEach } from './words';

export interface PackageEntry {
  post: ExportPost;
  /** The post's file in the package; null when its text is empty, so no empty file is written. */
  path: string | null;
  /** The website page as an HTML fragment beside its Markdown; null on other channels. */
  htmlPath: string | null;
  /** What the post's file holds: the channel-ready text, an X thread as parts under their lines. */
  text: string;
  /** How many posts the text is published as: an X thread's parts, else 1. */
  parts: number;
  link: string;
  findings: Finding[];
  /** The post's images for this channel, in order, named after its text file: `…_1.jpg`, `…_2.jpg`. */
  images: Array<{ path: string; file: string; altText: string }>;
}

/** Each post with its files, text, link and findings, in publishing order. */
export function packageEntries(plan: Plan, options: ExportOptions): PackageEntry[] {
  const { settings } = plan;
  const posts = exportPosts(plan, options);
  const written = posts.filter((post) => !isEmptyText(post.variant));
  // Each channel's folder and each item's file stem made once: an item has a post per channel.
  const folders = channelFolders(settings);
  const folderOf = (channel: string) => folders.get(channel) ?? channelFolder(settings, channel);
  const stems = new Map<ContentItem, string>();
  const fileName = (post: ExportPost) => {
    let stem = stems.get(post.item);
    if (stem === undefined) {
      stem = postFileStem(post.item);
      stems.set(post.item, stem);
    }
    return postFileName(post, stem);
  };
  const filePath = (post: ExportPost) => `${folderOf(post.channel)}/${fileName(post)}`;
  const paths = new Map(distinctPaths(written.map(filePath)).map((path, i) => [written[i] as ExportPost, path]));
  const findingsOf = postFindings(settings);
  // "del 2 av 3": a year's threads ask for the same few lines thousands of times.
  const partLabel = onceEach((key) => {
    const [part, total] = key.split('/').map(Number);
    return translate(options.language, 'exportPackage.threadPart', { part: part ?? 0, total: total ?? 0 });
  });
  const label = (part: number, total: number) => partLabel(`${part}/${total}`);
  return posts.map((post) => {
    const path = paths.get(post) ?? null;
    const parts = channelReadyParts(post.item, post.variant, settings);
    return {
      post,
      path,
      // Markdown paths are distinct where case does not count, so the same stem in .html is too.
      htmlPath: path !== null && post.channel === 'website' ? path.replace(/\.md$/, '.html') : null,
      // channelReadyText is the parts joined: made once here, not a second time from the post.
      text: post.channel === 'x' ? xFileText(parts, label) : parts.join(READY_PART_GAP),
      parts: parts.length,
      link: linkOf(post, settings),
      findings: findingsOf(post.item, post.channel),
      images: imagesOf(post, path ?? filePath(post)),
    };
  });
}

/** Beside the text, by its stem: an empty text still names its images as its file would be named. */
function imagesOf(post: ExportPost, textPath: string): PackageEntry['images'] {
  const stem = textPath.replace(/\.[a-z]+$/, '');
  return mediaFor(post.item, post.channel).map((ref, index) => ({
    path: `${stem}_${index + 1}.${ref.file.slice(ref.file.lastIndexOf('.') + 1)}`,
    file: ref.file,
    altText: ref.altText,
  }));
}

/** Where the post points: the website's own address for the website, else the link it carries. */
function linkOf(post: ExportPost, settings: Settings): string {
  if (post.channel === 'website') return hubUrl(post.item, settings) ?? '';
  return effectiveLink(post.item, post.variant, settings);
}
