// k8s.io/apimachinery/pkg/util/rand: generated name suffixes use no vowels and no look-alikes.
const ALPHABET = "bcdfghjklmnpqrstvwxz2456789";

/** `length` characters of that alphabet, taken from the bytes of a hex string. */
export function toNameAlphabet({ hex, length }: { hex: string; length: number }): string {
  let result = "";
  for (let index = 0; index < length; index += 1) {
    const start = (index * 2) % Math.max(2, hex.length);
    const value = parseInt(hex.slice(start, start + 2) || "0", 16);
    result += ALPHABET[value % ALPHABET.length];
  }
  return result;
}
