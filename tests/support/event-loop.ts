// Whether work lets main's event loop turn while it runs: a writer or a ZIP that works in one go
// stops the app answering anything (saves, the window's menus) until it is done.

/** The work's answer, and how many times the event loop turned while it was under way (none for work done in one go). */
export async function turnsDuring<T>(work: () => Promise<T>): Promise<{ value: T; turns: number }> {
  let turns = 0;
  let turning = true;
  const turn = () => {
    turns += 1;
    if (turning) setImmediate(turn);
  };
  setImmediate(turn);
  try {
    const value = await work();
    return { value, turns };
  } finally {
    turning = false;
  }
}
