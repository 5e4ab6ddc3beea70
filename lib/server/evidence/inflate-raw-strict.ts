// A raw DEFLATE decoder (RFC 1951) for `evidence verify`. zlib's inflate ignores the bits that pad
// a stored block's header and the stream's last byte to a byte boundary, and stops silently before
// bytes that follow the stream, so a bit flipped there would change the zip without changing what
// it unpacks to. zlib's deflate writes those padding bits as zero; this decoder requires that, and
// requires the stream to end exactly at the end of its input, so no bit of the data goes unread.

const MAX_BITS = 15;
const LENGTH_BASE = [
  3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227, 258,
];
const LENGTH_EXTRA = [0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0];
const DISTANCE_BASE = [
  1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025, 1537, 2049, 3073, 4097, 6145,
  8193, 12289, 16385, 24577,
];
const DISTANCE_EXTRA = [
  0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13,
];
/** The order in which a dynamic block lists the code lengths of the code-length alphabet. */
const CODE_LENGTH_ORDER = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15];
const END_OF_BLOCK = 256;

/** A canonical Huffman code: how many codes have each length, and the symbols in code order. */
interface HuffmanCode {
  counts: Uint16Array;
  symbols: Uint16Array;
}

/**
 * Builds a canonical code from code lengths. Like zlib, refuses an over-subscribed code and an
 * incomplete one, except a single code of length 1 or none at all (decoding a missing code fails).
 */
function huffmanCode(lengths: ArrayLike<number>, what: string): HuffmanCode {
  const counts = new Uint16Array(MAX_BITS + 1);
  for (let symbol = 0; symbol < lengths.length; symbol++) counts[lengths[symbol]!]!++;
  let left = 1;
  for (let length = 1; length <= MAX_BITS; length++) {
    left = (left << 1) - counts[length]!;
    if (left < 0) throw new Error(`${what}: over-subscribed code`);
  }
  const used = lengths.length - counts[0]!;
  if (left > 0 && used > 0 && !(used === 1 && counts[1] === 1)) throw new Error(`${what}: incomplete code`);
  const offsets = new Uint16Array(MAX_BITS + 2);
  for (let length = 1; length <= MAX_BITS; length++) offsets[length + 1] = offsets[length]! + counts[length]!;
  const symbols = new Uint16Array(used);
  for (let symbol = 0; symbol < lengths.length; symbol++) {
    const length = lengths[symbol]!;
    if (length !== 0) symbols[offsets[length]!++] = symbol;
  }
  return { counts, symbols };
}

const FIXED_LITERALS = huffmanCode(
  Array.from({ length: 288 }, (_, symbol) => (symbol < 144 ? 8 : symbol < 256 ? 9 : symbol < 280 ? 7 : 8)),
  "fixed literal/length code",
);
// 30 of the 32 five-bit codes: codes 30 and 31 are invalid, and decoding them fails.
const FIXED_DISTANCES: HuffmanCode = {
  counts: Uint16Array.from({ length: MAX_BITS + 1 }, (_, length) => (length === 5 ? 30 : 0)),
  symbols: Uint16Array.from({ length: 30 }, (_, symbol) => symbol),
};

/**
 * Decodes the raw DEFLATE stream `input` into exactly `size` bytes. Throws when the stream is
 * malformed, decodes to another size, has a non-zero padding bit, or does not end at the end of
 * `input`.
 */
export function inflateRawStrict(input: Buffer, size: number): Buffer {
  const output = Buffer.alloc(size);
  let written = 0;
  let position = 0;
  // Bits read from `input` but not used yet; always fewer than 8 between reads.
  let bitBuffer = 0;
  let bitCount = 0;

  const bits = (count: number): number => {
    while (bitCount < count) {
      if (position >= input.length) throw new Error("the deflate stream is truncated");
      bitBuffer |= input[position++]! << bitCount;
      bitCount += 8;
    }
    const value = bitBuffer & ((1 << count) - 1);
    bitBuffer >>>= count;
    bitCount -= count;
    return value;
  };
  const requireZeroPadding = (where: string) => {
    if (bitBuffer !== 0) throw new Error(`non-zero padding bits ${where}`);
    bitCount = 0;
  };
  const decode = (code: HuffmanCode): number => {
    // Canonical codes of one length are consecutive: walk the lengths, one bit at a time.
    let value = 0;
    let first = 0;
    let index = 0;
    for (let length = 1; length <= MAX_BITS; length++) {
      value |= bits(1);
      const count = code.counts[length]!;
      if (value - first < count) return code.symbols[index + value - first]!;
      index += count;
      first = (first + count) << 1;
      value <<= 1;
    }
    throw new Error("invalid Huffman code in the deflate stream");
  };
  const emit = (byte: number) => {
    if (written >= size) throw new Error(`the deflate stream holds more than ${size} bytes`);
    output[written++] = byte;
  };

  const storedBlock = () => {
    requireZeroPadding("after a stored block's header");
    if (position + 4 > input.length) throw new Error("the deflate stream is truncated");
    const length = input.readUInt16LE(position);
    if (input.readUInt16LE(position + 2) !== (~length & 0xffff)) throw new Error("a stored block's length is corrupt");
    position += 4;
    if (position + length > input.length) throw new Error("the deflate stream is truncated");
    if (written + length > size) throw new Error(`the deflate stream holds more than ${size} bytes`);
    input.copy(output, written, position, position + length);
    position += length;
    written += length;
  };

  const dynamicCodes = (): [HuffmanCode, HuffmanCode] => {
    const literalCount = bits(5) + 257;
    const distanceCount = bits(5) + 1;
    const codeLengthCount = bits(4) + 4;
    if (literalCount > 286 || distanceCount > 30) throw new Error("too many codes in a dynamic block");
    const codeLengthLengths = new Uint8Array(19);
    for (let index = 0; index < codeLengthCount; index++) codeLengthLengths[CODE_LENGTH_ORDER[index]!] = bits(3);
    const codeLengthCode = huffmanCode(codeLengthLengths, "code-length code");
    if (codeLengthCode.symbols.length === 1) throw new Error("code-length code: incomplete code");
    const lengths = new Uint8Array(literalCount + distanceCount);
    for (let index = 0; index < lengths.length;) {
      const symbol = decode(codeLengthCode);
      if (symbol < 16) {
        lengths[index++] = symbol;
        continue;
      }
      if (symbol === 16 && index === 0) throw new Error("a repeated code length has no predecessor");
      const [value, repeat] =
        symbol === 16 ? [lengths[index - 1]!, 3 + bits(2)] : symbol === 17 ? [0, 3 + bits(3)] : [0, 11 + bits(7)];
      if (index + repeat > lengths.length) throw new Error("code lengths overrun the dynamic block's header");
      lengths.fill(value, index, index + repeat);
      index += repeat;
    }
    if (lengths[END_OF_BLOCK] === 0) throw new Error("a dynamic block has no end-of-block code");
    return [
      huffmanCode(lengths.subarray(0, literalCount), "literal/length code"),
      huffmanCode(lengths.subarray(literalCount), "distance code"),
    ];
  };

  const compressedBlock = ([literals, distances]: [HuffmanCode, HuffmanCode]) => {
    for (;;) {
      const symbol = decode(literals);
      if (symbol < 256) emit(symbol);
      else if (symbol === END_OF_BLOCK) return;
      else {
        const lengthIndex = symbol - 257;
        if (lengthIndex >= LENGTH_BASE.length) throw new Error("invalid length symbol in the deflate stream");
        const length = LENGTH_BASE[lengthIndex]! + bits(LENGTH_EXTRA[lengthIndex]!);
        // At most 30 distance symbols: a dynamic header allows no more, the fixed code decodes no more.
        const distanceIndex = decode(distances);
        const distance = DISTANCE_BASE[distanceIndex]! + bits(DISTANCE_EXTRA[distanceIndex]!);
        if (distance > written) throw new Error("a distance reaches before the start of the data");
        for (let copied = 0; copied < length; copied++) emit(output[written - distance]!);
      }
    }
  };

  let isFinal = false;
  while (!isFinal) {
    isFinal = bits(1) === 1;
    const type = bits(2);
    if (type === 0) storedBlock();
    else if (type === 1) compressedBlock([FIXED_LITERALS, FIXED_DISTANCES]);
    else if (type === 2) compressedBlock(dynamicCodes());
    else throw new Error("invalid block type in the deflate stream");
  }
  requireZeroPadding("after the end of the deflate stream");
  if (position !== input.length)
    throw new Error(`${input.length - position} bytes follow the end of the deflate stream`);
  if (written !== size) throw new Error(`the deflate stream holds ${written} bytes, the header says ${size}`);
  return output;
}
