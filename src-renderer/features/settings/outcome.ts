// What the Säkerhetskopior section last did, said in its status line. A restore or an import
// carries the snapshot that takes it back, and the words for that.
export type Outcome = {
  message: string;
  undo: { id: string; label: string; done: string } | null;
} | null;
