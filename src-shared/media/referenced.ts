// Every media file the plan names: its posts' images, and those its templates and series keep
// for the posts they will make (issue 19 with issue 18). What the media garbage keeps and what
// the whole-plan ZIP carries.
import type { Plan } from '../plan/model';

/** The file names, each once, sorted: the same plan gives the same list. */
export function mediaFilesOf(plan: Plan): string[] {
  const files = new Set<string>();
  const add = (media: ReadonlyArray<{ file: string }> | undefined) => {
    for (const ref of media ?? []) files.add(ref.file);
  };
  for (const item of plan.items) add(item.media);
  for (const template of plan.settings.templates) add(template.content.media);
  for (const series of plan.settings.series) add(series.content.media);
  return [...files].sort();
}
