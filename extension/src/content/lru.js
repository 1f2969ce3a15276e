// A small least-recently-used map: reports for texts seen lately (undo, redo, retyping the same
// word) come back without a round trip to the service worker.
export class Lru {
  constructor(size = 64) {
    this.size = size;
    this.map = new Map();
  }

  get(key) {
    const value = this.map.get(key);
    if (value === undefined) return undefined;
    this.map.delete(key);
    this.map.set(key, value);
    return value;
  }

  set(key, value) {
    this.map.delete(key);
    this.map.set(key, value);
    if (this.map.size > this.size) this.map.delete(this.map.keys().next().value);
  }

  clear() {
    this.map.clear();
  }
}
