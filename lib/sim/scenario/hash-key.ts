// A fast, non-cryptographic 128-bit hash (cyrb128) of a text key. The simulator derives every
// seed, UID and "random" choice from it, so objects depend only on the scenario, never on order
// of generation or on Math.random.

/** Four 32-bit words of the hash of `key`. */
export function hashKey({ key }: { key: string }): [number, number, number, number] {
  let h1 = 1779033703;
  let h2 = 3144134277;
  let h3 = 1013904242;
  let h4 = 2773480762;
  for (let index = 0; index < key.length; index += 1) {
    const code = key.charCodeAt(index);
    h1 = h2 ^ Math.imul(h1 ^ code, 597399067);
    h2 = h3 ^ Math.imul(h2 ^ code, 2869860233);
    h3 = h4 ^ Math.imul(h3 ^ code, 951274213);
    h4 = h1 ^ Math.imul(h4 ^ code, 2716044179);
  }
  h1 = Math.imul(h3 ^ (h1 >>> 18), 597399067);
  h2 = Math.imul(h4 ^ (h2 >>> 22), 2869860233);
  h3 = Math.imul(h1 ^ (h3 >>> 17), 951274213);
  h4 = Math.imul(h2 ^ (h4 >>> 19), 2716044179);
  h1 ^= h2 ^ h3 ^ h4;
  h2 ^= h1;
  h3 ^= h1;
  h4 ^= h1;
  return [h1 >>> 0, h2 >>> 0, h3 >>> 0, h4 >>> 0];
}

/** A uniform number in [0, 1) derived from `key`. */
export function hashFraction({ key }: { key: string }): number {
  return hashKey({ key })[0] / 4294967296;
}

/** `length` lowercase hex characters derived from `key` (up to 32). */
export function hashHex({ key, length }: { key: string; length: number }): string {
  return hashKey({ key })
    .map((word) => word.toString(16).padStart(8, "0"))
    .join("")
    .slice(0, length);
}
