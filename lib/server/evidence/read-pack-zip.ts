import { crc32 } from "node:zlib";
import { inflateRawStrict } from "./inflate-raw-strict";

// Reads a zip in exactly the layout writePackZip (yazl) writes, and nothing looser: local header,
// deflated data and data descriptor per entry, back to back from byte 0; the central directory
// right after the last entry; the end record(s) right after it, ending the file. Every header field
// must be the value yazl writes, and local header, data descriptor and central directory must
// agree. So every byte of the zip is accounted for, without depending on how zlib compresses.

export interface PackZipEntry {
  path: string;
  /** DOS date and time fields, as stored in the local header and the central directory. */
  dosDate: number;
  dosTime: number;
  /** Unix mode (from the external attributes). */
  mode: number;
  content: Buffer;
}

const LOCAL_HEADER = 0x04034b50;
const DATA_DESCRIPTOR = 0x08074b50;
const CENTRAL_HEADER = 0x02014b50;
const END_RECORD = 0x06054b50;
const ZIP64_END_RECORD = 0x06064b50;
const ZIP64_END_LOCATOR = 0x07064b50;
const LOCAL_HEADER_SIZE = 30;
const DATA_DESCRIPTOR_SIZE = 16;
const CENTRAL_HEADER_SIZE = 46;
const END_RECORD_SIZE = 22;
const ZIP64_END_RECORD_SIZE = 56;
const ZIP64_END_LOCATOR_SIZE = 20;
/** Unix, spec 6.3: what yazl writes as "version made by". */
const VERSION_MADE_BY = (3 << 8) | 63;
const VERSION_NEEDED = 20;
const VERSION_NEEDED_ZIP64 = 45;
/** UTF-8 names, sizes and CRC in a data descriptor after the data. */
const FLAGS = (1 << 11) | (1 << 3);
const DEFLATE = 8;
/** Entry count from which yazl writes the zip64 end records (the pack is far too small for any other reason). */
const ZIP64_ENTRY_COUNT = 0xffff;

class ZipLayoutError extends Error {}

function expectValue(where: string, field: string, actual: number | bigint, expected: number | bigint): void {
  if (actual !== expected) throw new ZipLayoutError(`${where}: ${field} is ${actual}, expected ${expected}`);
}

function slice(zip: Buffer, offset: number, length: number, where: string): Buffer {
  if (offset + length > zip.length) throw new ZipLayoutError(`${where}: runs past the end of the file`);
  return zip.subarray(offset, offset + length);
}

interface CentralRecord {
  path: string;
  nameBytes: Buffer;
  dosTime: number;
  dosDate: number;
  crc: number;
  compressedSize: number;
  size: number;
  mode: number;
  localOffset: number;
}

function readCentralRecord(zip: Buffer, offset: number, index: number): CentralRecord {
  const where = `central directory record ${index + 1}`;
  const header = slice(zip, offset, CENTRAL_HEADER_SIZE, where);
  expectValue(where, "signature", header.readUInt32LE(0), CENTRAL_HEADER);
  expectValue(where, "version made by", header.readUInt16LE(4), VERSION_MADE_BY);
  expectValue(where, "version needed", header.readUInt16LE(6), VERSION_NEEDED);
  expectValue(where, "flags", header.readUInt16LE(8), FLAGS);
  expectValue(where, "compression method", header.readUInt16LE(10), DEFLATE);
  expectValue(where, "extra field length", header.readUInt16LE(30), 0);
  expectValue(where, "comment length", header.readUInt16LE(32), 0);
  expectValue(where, "disk number", header.readUInt16LE(34), 0);
  expectValue(where, "internal attributes", header.readUInt16LE(36), 0);
  const external = header.readUInt32LE(38);
  expectValue(where, "external attributes' low bits", external & 0xffff, 0);
  const nameBytes = slice(zip, offset + CENTRAL_HEADER_SIZE, header.readUInt16LE(28), where);
  const path = nameBytes.toString("utf8");
  if (!Buffer.from(path, "utf8").equals(nameBytes)) throw new ZipLayoutError(`${where}: the name is not valid UTF-8`);
  return {
    path,
    nameBytes,
    dosTime: header.readUInt16LE(12),
    dosDate: header.readUInt16LE(14),
    crc: header.readUInt32LE(16),
    compressedSize: header.readUInt32LE(20),
    size: header.readUInt32LE(24),
    mode: external >>> 16,
    localOffset: header.readUInt32LE(42),
  };
}

/** The local header, data and data descriptor of `record`, which must start at `offset`; returns the content and where the next entry starts. */
function readLocalEntry(zip: Buffer, offset: number, record: CentralRecord): { content: Buffer; end: number } {
  const where = `entry ${record.path}`;
  expectValue(where, "local header offset", record.localOffset, offset);
  const header = slice(zip, offset, LOCAL_HEADER_SIZE, where);
  expectValue(where, "local header signature", header.readUInt32LE(0), LOCAL_HEADER);
  expectValue(where, "local version needed", header.readUInt16LE(4), VERSION_NEEDED);
  expectValue(where, "local flags", header.readUInt16LE(6), FLAGS);
  expectValue(where, "local compression method", header.readUInt16LE(8), DEFLATE);
  expectValue(where, "local time", header.readUInt16LE(10), record.dosTime);
  expectValue(where, "local date", header.readUInt16LE(12), record.dosDate);
  // With a data descriptor, the local header leaves CRC and sizes zero.
  expectValue(where, "local CRC-32", header.readUInt32LE(14), 0);
  expectValue(where, "local compressed size", header.readUInt32LE(18), 0);
  expectValue(where, "local size", header.readUInt32LE(22), 0);
  expectValue(where, "local name length", header.readUInt16LE(26), record.nameBytes.length);
  expectValue(where, "local extra field length", header.readUInt16LE(28), 0);
  const nameStart = offset + LOCAL_HEADER_SIZE;
  if (!slice(zip, nameStart, record.nameBytes.length, where).equals(record.nameBytes)) {
    throw new ZipLayoutError(`${where}: the local header names another file`);
  }
  const dataStart = nameStart + record.nameBytes.length;
  const data = slice(zip, dataStart, record.compressedSize, where);
  const descriptorStart = dataStart + record.compressedSize;
  const descriptor = slice(zip, descriptorStart, DATA_DESCRIPTOR_SIZE, where);
  expectValue(where, "data descriptor signature", descriptor.readUInt32LE(0), DATA_DESCRIPTOR);
  expectValue(where, "data descriptor CRC-32", descriptor.readUInt32LE(4), record.crc);
  expectValue(where, "data descriptor compressed size", descriptor.readUInt32LE(8), record.compressedSize);
  expectValue(where, "data descriptor size", descriptor.readUInt32LE(12), record.size);
  let content: Buffer;
  try {
    content = inflateRawStrict(data, record.size);
  } catch (error) {
    throw new ZipLayoutError(`${where}: ${error instanceof Error ? error.message : String(error)}`);
  }
  expectValue(where, "CRC-32 of the content", crc32(content), record.crc);
  return { content, end: descriptorStart + DATA_DESCRIPTOR_SIZE };
}

/** The end of central directory record(s): where the central directory is and how many records it has. */
function readEnd(zip: Buffer): { count: number; start: number; size: number; recordsStart: number } {
  const endStart = zip.length - END_RECORD_SIZE;
  if (endStart < 0) throw new ZipLayoutError("too short for a zip file");
  const end = zip.subarray(endStart);
  const where = "end of central directory";
  expectValue(where, "signature (or bytes follow it)", end.readUInt32LE(0), END_RECORD);
  expectValue(where, "disk number", end.readUInt16LE(4), 0);
  expectValue(where, "central directory disk", end.readUInt16LE(6), 0);
  const entriesOnDisk = end.readUInt16LE(8);
  expectValue(where, "entry count", end.readUInt16LE(10), entriesOnDisk);
  expectValue(where, "comment length", end.readUInt16LE(20), 0);
  const size = end.readUInt32LE(12);
  const start = end.readUInt32LE(16);
  if (entriesOnDisk < ZIP64_ENTRY_COUNT) return { count: entriesOnDisk, start, size, recordsStart: endStart };

  const zip64Where = "zip64 end of central directory";
  const locatorStart = endStart - ZIP64_END_LOCATOR_SIZE;
  const recordStart = locatorStart - ZIP64_END_RECORD_SIZE;
  if (recordStart < 0) throw new ZipLayoutError(`${zip64Where}: missing`);
  const locator = zip.subarray(locatorStart, endStart);
  expectValue(`${zip64Where} locator`, "signature", locator.readUInt32LE(0), ZIP64_END_LOCATOR);
  expectValue(`${zip64Where} locator`, "disk", locator.readUInt32LE(4), 0);
  expectValue(`${zip64Where} locator`, "record offset", locator.readBigUInt64LE(8), BigInt(recordStart));
  expectValue(`${zip64Where} locator`, "disk count", locator.readUInt32LE(16), 1);
  const record = zip.subarray(recordStart, locatorStart);
  expectValue(zip64Where, "signature", record.readUInt32LE(0), ZIP64_END_RECORD);
  expectValue(zip64Where, "record size", record.readBigUInt64LE(4), BigInt(ZIP64_END_RECORD_SIZE - 12));
  expectValue(zip64Where, "version made by", record.readUInt16LE(12), VERSION_MADE_BY);
  expectValue(zip64Where, "version needed", record.readUInt16LE(14), VERSION_NEEDED_ZIP64);
  expectValue(zip64Where, "disk number", record.readUInt32LE(16), 0);
  expectValue(zip64Where, "central directory disk", record.readUInt32LE(20), 0);
  const count = record.readBigUInt64LE(24);
  expectValue(zip64Where, "entry count", record.readBigUInt64LE(32), count);
  expectValue(zip64Where, "central directory size", record.readBigUInt64LE(40), BigInt(size));
  expectValue(zip64Where, "central directory offset", record.readBigUInt64LE(48), BigInt(start));
  if (count < ZIP64_ENTRY_COUNT || count > BigInt(zip.length)) {
    throw new ZipLayoutError(`${zip64Where}: entry count ${count} is out of range`);
  }
  return { count: Number(count), start, size, recordsStart: recordStart };
}

/**
 * Reads every entry of a pack zip, in order, with its content inflated and checked against its
 * CRC-32 and size. Throws with the first deviation from writePackZip's layout: a header field yazl
 * would not write, local and central headers that disagree, a byte outside the entries, or
 * compressed data that does not decode exactly (see inflateRawStrict).
 */
export function readPackZip(zip: Buffer): PackZipEntry[] {
  const { count, start, size, recordsStart } = readEnd(zip);
  expectValue("central directory", "end", start + size, recordsStart);
  const records: CentralRecord[] = [];
  let offset = start;
  for (let index = 0; index < count; index++) {
    const record = readCentralRecord(zip, offset, index);
    records.push(record);
    offset += CENTRAL_HEADER_SIZE + record.nameBytes.length;
  }
  expectValue("central directory", "size", offset - start, size);

  const entries: PackZipEntry[] = [];
  let next = 0;
  for (const record of records) {
    const { content, end } = readLocalEntry(zip, next, record);
    entries.push({ path: record.path, dosDate: record.dosDate, dosTime: record.dosTime, mode: record.mode, content });
    next = end;
  }
  expectValue("central directory", "offset (bytes between the entries and it)", start, next);
  return entries;
}
