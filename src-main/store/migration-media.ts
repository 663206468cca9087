// Schema version 3 → 4: images on posts (issue 18). A post may now carry `media`, a list of
// references to files in media/; a post without images has no such key, so every older document
// is already valid as it is and this step only raises the version. The version is what matters:
// an older Kanalplan, whose strict schema would call a post with images damaged, now refuses the
// file as "written by a newer version" and leaves it alone.
// Numbered by its place in MIGRATIONS (migrations.ts), so a renumbering is one line there.
import type { Migration } from './migrations';

export const toMediaVersion: Migration = (doc) => ({ ...doc });
