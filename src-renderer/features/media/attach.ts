// Files to images on a post: each file is stored by main (`media:attach`), then the references
// are added with one undoable command. A refusal names the file and why; the others still go in.
import { useState } from 'react';
import type { Api } from '../../../src-shared/ipc/contract';
import type { Message } from '../../../src-shared/i18n/messages';
import type { ContentItem, MediaRef } from '../../../src-shared/plan/model';
import { tooLargeRefusal } from '../../../src-shared/media/refusals';
import { newItemId } from '../../lib/ids';

export interface Refusal {
  name: string;
  message: Message;
}

type Apply = (command: { type: 'media.add'; id: string; media: MediaRef[] }) => Promise<unknown>;

/** A file's bytes as base64, read by the browser (no 100 MB string built by hand). */
export function base64Of(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(typeof reader.result === 'string' ? reader.result.replace(/^data:[^,]*,/, '') : '');
    reader.onerror = () => reject(reader.error ?? new Error(file.name));
    reader.readAsDataURL(file);
  });
}

async function storeFiles(api: Api, files: readonly File[]) {
  const answers = [];
  for (const file of files) {
    // Refused here by its size, before the page reads it: the same words main would send.
    const tooLarge = tooLargeRefusal(file.name, file.size);
    if (tooLarge) answers.push({ name: file.name, ok: false as const, message: tooLarge });
    else answers.push(...(await api['media:attach']({ name: file.name, data: await base64Of(file) })));
  }
  return answers;
}

/** Attaches picked or dropped files (the page's), or asks main's OS dialog when `files` is null. */
export function useAttach(api: Api, item: ContentItem, apply: Apply) {
  const [refusals, setRefusals] = useState<Refusal[]>([]);
  const [busy, setBusy] = useState(false);
  const attach = async (files: readonly File[] | null) => {
    setBusy(true);
    try {
      const answers = files === null ? await api['media:attach'](null) : await storeFiles(api, files);
      setRefusals(answers.flatMap((answer) => (answer.ok ? [] : [{ name: answer.name, message: answer.message }])));
      const media: MediaRef[] = answers.flatMap((answer) =>
        answer.ok ? [{ ...answer.file, id: newItemId(), altText: '', channels: null }] : [],
      );
      if (media.length > 0) await apply({ type: 'media.add', id: item.id, media });
    } finally {
      setBusy(false);
    }
  };
  return { attach, refusals, busy, dismiss: () => setRefusals([]) };
}
