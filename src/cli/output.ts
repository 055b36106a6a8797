/**
 * Where output goes: stdout, one file (`-o`), or one file per input
 * (`--out-dir`). Files are written atomically: a temporary file beside the
 * target, renamed over it once complete, removed if anything fails.
 */

import path from 'node:path'
import type {CliFs, OutStream, WriteHandle} from './io.js'
import {writeTo} from './io.js'

let temporaryCount = 0

/**
 * Temporary files being written right now, so that an interrupted run
 * (Ctrl-C) can remove them before it exits.
 */
export const pendingTemporaries = new Set<string>()

/**
 * What an interrupted run calls, synchronously, before it removes the
 * temporary files: a worker pool stops its workers' writes here.
 */
export const haltOnInterrupt = new Set<() => void>()

/**
 * A temporary name beside a target: hidden, unique in this process.
 *
 * @param target
 *   The file to write.
 * @returns
 *   The temporary path.
 */
export function temporaryPath(target: string): string {
  return temporaryName(target, String(process.pid), ++temporaryCount)
}

/**
 * The temporary name of the `count`th file a writer makes beside `target`:
 * `.x.yaml.<writer>-<count>.tmp`. A worker thread's writer is
 * `<pid>-w<threadId>`, so that the pool can name the file a worker that
 * died was writing, and remove it.
 *
 * @param target
 *   The file to write.
 * @param writer
 *   Who writes: the process id, and the thread.
 * @param count
 *   How many temporary files this writer has made, this one included.
 * @returns
 *   The temporary path.
 */
export function temporaryName(target: string, writer: string, count: number): string {
  return path.join(path.dirname(target), `.${path.basename(target)}.${writer}-${count}.tmp`)
}

/**
 * Write a whole file atomically.
 *
 * @param fs
 *   The file system.
 * @param target
 *   The file to write.
 * @param text
 *   Its content.
 * @returns
 *   When the file is in place; rejects (leaving nothing behind) on failure.
 */
export async function writeAtomic(fs: CliFs, target: string, text: string): Promise<void> {
  const temporary = temporaryPath(target)
  pendingTemporaries.add(temporary)
  try {
    await fs.writeFile(temporary, text)
    await fs.rename(temporary, target)
  } catch (error) {
    await fs.unlink(temporary).catch(() => undefined)
    throw error
  } finally {
    pendingTemporaries.delete(temporary)
  }
}

/** A destination for a stream of text. */
export interface Sink {
  /** Write text, or UTF-8 bytes. */
  write(text: string | Uint8Array): Promise<void>
  /** Put the output in place (rename the temporary file). */
  commit(): Promise<void>
  /** Drop what was written. */
  abort(): Promise<void>
}

/**
 * A sink over stdout.
 *
 * @param stream
 *   stdout.
 * @returns
 *   The sink.
 */
export function streamSink(stream: OutStream): Sink {
  return {
    write: (text) => writeTo(stream, text),
    commit: async () => undefined,
    abort: async () => undefined
  }
}

/**
 * A sink over a file written atomically; the file is only opened at the
 * first write, so a run that writes nothing leaves nothing.
 *
 * @param fs
 *   The file system.
 * @param target
 *   The file.
 * @returns
 *   The sink.
 */
export function fileSink(fs: CliFs, target: string): Sink {
  const temporary = temporaryPath(target)
  let handle: WriteHandle | undefined
  let open = false
  let broken: unknown
  const drop = async (): Promise<void> => {
    if (!open) return
    open = false
    pendingTemporaries.delete(temporary)
    await handle?.close().catch(() => undefined)
    await fs.unlink(temporary).catch(() => undefined)
  }
  return {
    async write(text) {
      if (broken) throw broken
      if (text.length === 0) return
      if (!open) {
        open = true
        pendingTemporaries.add(temporary)
        try {
          handle = await fs.openWrite(temporary)
        } catch (error) {
          broken = error
          open = false
          pendingTemporaries.delete(temporary)
          throw error
        }
      }
      try {
        await handle?.write(text)
      } catch (error) {
        // Once a write fails, nothing more goes out: no partial file.
        broken = error
        await drop()
        throw error
      }
    },
    async commit() {
      if (!open) return
      try {
        await handle?.close()
        await fs.rename(temporary, target)
        open = false
        pendingTemporaries.delete(temporary)
      } catch (error) {
        await drop()
        throw error
      }
    },
    abort: drop
  }
}
