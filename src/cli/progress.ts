/**
 * Progress of a batch on stderr: `120/2000 files  850 files/s  a/b/x.txt`,
 * redrawn in place, only where a person watches (a terminal, not CI).
 */

import type {CliIo} from './io.js'

/** A progress line. */
export interface Progress {
  /** An input was finished. */
  tick(file: string | null): void
  /** Erase the line (before other stderr output, and at the end). */
  clear(): void
}

/** Batches smaller than this finish before progress would help. */
export const progressThreshold = 10

const none: Progress = {tick() {}, clear() {}}

/**
 * Make a progress line for a batch.
 *
 * @param io
 *   Streams, flags and environment.
 * @param total
 *   How many inputs.
 * @param now
 *   Clock in milliseconds (injected for tests).
 * @returns
 *   The progress line, or one that does nothing.
 */
export function createProgress(io: CliIo, total: number, now: () => number = Date.now): Progress {
  // The batch size first: asking whether stderr is a terminal loads Node's tty and stream modules.
  if (total < progressThreshold || !io.stderrIsTTY || isCi(io.env)) return none
  const started = now()
  let done = 0
  let drawn = false
  let last = 0
  return {
    tick(file) {
      done++
      const time = now()
      // Redraw at most ten times a second: drawing costs more than a file.
      if (time - last < 100 && done < total) return
      last = time
      const seconds = Math.max((time - started) / 1000, 0.001)
      const rate = Math.round(done / seconds)
      const line = `${done}/${total} files  ${rate} files/s  ${file ?? '<stdin>'}`
      const width = (io.columns ?? 80) - 1
      io.stderr.write('\r\u001B[K' + (line.length > width ? line.slice(0, width) : line))
      drawn = true
    },
    clear() {
      if (drawn) io.stderr.write('\r\u001B[K')
      drawn = false
    }
  }
}

/**
 * Whether we run in CI (`CI` set to anything but `false`/`0`).
 *
 * @param env
 *   The environment.
 * @returns
 *   True in CI.
 */
export function isCi(env: Record<string, string | undefined>): boolean {
  const value = env.CI
  return value !== undefined && value !== '' && value !== 'false' && value !== '0'
}
