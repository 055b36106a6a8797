/**
 * A small ZIP reader, enough for Office documents: the central directory,
 * stored and deflated entries (`node:zlib`).
 */

import {inflateRawSync} from 'node:zlib'

/**
 * Read the entries of a ZIP archive.
 *
 * @param bytes
 *   The archive.
 * @returns
 *   A map from entry name to a function that returns its uncompressed bytes;
 *   throws an `Error` when the bytes are not a readable archive.
 */
export function unzip(bytes: Uint8Array): Map<string, () => Uint8Array> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const entries = new Map<string, () => Uint8Array>()

  // The end-of-central-directory record sits in the last 64 KiB + 22 bytes.
  let end = -1
  for (let index = bytes.length - 22; index >= Math.max(0, bytes.length - 65_557); index--) {
    if (view.getUint32(index, true) === 0x06054b50) {
      end = index
      break
    }
  }
  if (end < 0) throw new Error('not a ZIP archive (no central directory)')

  const count = view.getUint16(end + 10, true)
  let cursor = view.getUint32(end + 16, true)
  const decoder = new TextDecoder()

  for (let entry = 0; entry < count; entry++) {
    if (cursor + 46 > bytes.length || view.getUint32(cursor, true) !== 0x02014b50) throw new Error('damaged ZIP central directory')
    const method = view.getUint16(cursor + 10, true)
    const compressedSize = view.getUint32(cursor + 20, true)
    const nameLength = view.getUint16(cursor + 28, true)
    const extraLength = view.getUint16(cursor + 30, true)
    const commentLength = view.getUint16(cursor + 32, true)
    const local = view.getUint32(cursor + 42, true)
    const name = decoder.decode(bytes.subarray(cursor + 46, cursor + 46 + nameLength))
    cursor += 46 + nameLength + extraLength + commentLength

    entries.set(name, () => {
      if (view.getUint32(local, true) !== 0x04034b50) throw new Error(`damaged ZIP entry ${name}`)
      const start = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true)
      const data = bytes.subarray(start, start + compressedSize)
      if (method === 0) return data
      if (method === 8) return new Uint8Array(inflateRawSync(data))
      throw new Error(`ZIP entry ${name} uses an unsupported compression method (${method})`)
    })
  }

  return entries
}
