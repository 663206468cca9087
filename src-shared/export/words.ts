// The package's fixed words, each looked up once per package: a year's LÄS-MIG and calendar
// repeat them for thousands of posts, and looking each one up again was a tenth of the export.
import { translate } from '../i18n/messages';
import type { Language } from '../plan/model';

/** A message of the package that has no values, by its key under `exportPackage.`. */
export type Say = (key: string) => string;

export function packageSay(language: Language): Say {
  const said = new Map<string, string>();
  return (key) => {
    let words = said.get(key);
    if (words === undefined) {
      words = translate(language, `exportPackage.${key}`);
      said.set(key, words);
    }
    return words;
  };
}

/** `name` for each id, made once: a channel's label, say, which is found by a search of Settings. */
export function onceEach(name: (id: string) => string): (id: string) => string {
  const names = new Map<string, string>();
  return (id) => {
    let found = names.get(id);
    if (found === undefined) {
      found = name(id);
      names.set(id, found);
    }
    return found;
  };
}
