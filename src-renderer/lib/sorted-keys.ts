// A sorted list of strings, repeats allowed, that counts how many sort before a given one: the
// posts' due moments, so the header knows how many are past without looking at each post.
export class SortedKeys {
  private keys: string[] = [];

  reset(keys: readonly string[]): void {
    this.keys = [...keys].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  }

  add(key: string): void {
    this.keys.splice(this.firstAtOrAfter(key), 0, key);
  }

  remove(key: string): void {
    const at = this.firstAtOrAfter(key);
    if (this.keys[at] === key) this.keys.splice(at, 1);
  }

  /** How many keys sort before `key`. */
  countBelow(key: string): number {
    return this.firstAtOrAfter(key);
  }

  private firstAtOrAfter(key: string): number {
    let [low, high] = [0, this.keys.length];
    while (low < high) {
      const middle = (low + high) >> 1;
      if ((this.keys[middle] as string) < key) low = middle + 1;
      else high = middle;
    }
    return low;
  }
}
