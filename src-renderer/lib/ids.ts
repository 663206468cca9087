/** A new item id. Made in the renderer so a command can be applied optimistically. */
export function newItemId(): string {
  return crypto.randomUUID();
}
