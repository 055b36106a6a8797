/**
 * What the CLI touches of the outside world, injected so that every path
 * through it runs in-process in tests: streams, terminal flags, environment,
 * working directory and a narrow file system.
 */

import {readFileSync, readdirSync, realpathSync, statSync} from 'node:fs'

/** A stream the CLI writes text to (a `Writable` fits). */
export interface OutStream {
  /**
   * Write text (or UTF-8 bytes); `false` asks the writer to wait for
   * `drain`. A stream that can calls `written` once done with the chunk.
   */
  write(chunk: string | Uint8Array, written?: (error?: Error | null) => void): boolean
  /** Subscribe to `drain` (only used after `write` returned `false`). */
  once(event: 'drain', listener: () => void): unknown
}

/** One entry of a directory listing. */
export interface DirEntry {
  name: string
  isFile(): boolean
  isDirectory(): boolean
  isSymbolicLink(): boolean
}

/** What a path is. */
export interface PathKind {
  isFile(): boolean
  isDirectory(): boolean
}

/** A file being written piece by piece (`-o` with a stream of records). */
export interface WriteHandle {
  write(text: string | Uint8Array): Promise<unknown>
  close(): Promise<void>
}

/**
 * The file system calls the CLI makes; `nodeFs` is the real one. Errors are
 * Node's (`code: 'ENOENT' | 'EACCES' | 'ENOSPC' …`).
 */
export interface CliFs {
  readFile(path: string): Promise<Uint8Array>
  /** Follows symbolic links. */
  stat(path: string): Promise<PathKind>
  readdir(path: string): Promise<DirEntry[]>
  realpath(path: string): Promise<string>
  /** Create a directory and its parents; fine if it exists. */
  mkdir(path: string): Promise<unknown>
  /** Create a new file (fails if it exists) holding `text`. */
  writeFile(path: string, text: string): Promise<void>
  /** Create a new file (fails if it exists) to write piece by piece. */
  openWrite(path: string): Promise<WriteHandle>
  rename(from: string, to: string): Promise<void>
  unlink(path: string): Promise<void>
}

/** Everything the CLI may touch. */
export interface CliIo {
  /** Bytes of standard input. */
  stdin: AsyncIterable<Uint8Array | string>
  stdout: OutStream
  stderr: OutStream
  stdinIsTTY: boolean
  stdoutIsTTY: boolean
  stderrIsTTY: boolean
  /** Width of the terminal on stdout, when it is one. */
  columns?: number
  env: Record<string, string | undefined>
  /** Directory relative paths are resolved against. */
  cwd: string
  fs: CliFs
  /**
   * Worker threads to use: `undefined` lets the CLI decide by batch size,
   * `0` keeps everything on the calling thread.
   */
  workers?: number
}

/**
 * The real file system. Reads and lookups are synchronous: for files of a
 * few kilobytes one blocking call is several times faster than the
 * thread-pool round trips of `fs/promises`, and a one-file run then never
 * waits for the thread pool to start. Writes stay asynchronous: creating
 * files is bound by the file system's latency, and several in flight
 * overlap it.
 */
export const nodeFs: CliFs = {
  readFile: async (path) => readFileSync(path),
  stat: async (path) => statSync(path),
  readdir: async (path) => readdirSync(path, {withFileTypes: true}),
  realpath: async (path) => realpathSync(path),
  mkdir: async (path) => (await fsp()).mkdir(path, {recursive: true}),
  writeFile: async (path, text) => (await fsp()).writeFile(path, text, {flag: 'wx'}),
  async openWrite(path) {
    const handle = await (await fsp()).open(path, 'wx')
    return {write: (text) => (typeof text === 'string' ? handle.write(text) : handle.write(text)), close: () => handle.close()}
  },
  rename: async (from, to) => (await fsp()).rename(from, to),
  unlink: async (path) => (await fsp()).unlink(path)
}

/** `node:fs/promises`, loaded by the first write: a run that only prints (one file to stdout) spares its start. */
const fsp = () => import('node:fs/promises')

/**
 * Bytes whose memory is reused once written, with what gives it back: the
 * batch workers encode JSON Lines into buffers that return to them. (Left
 * to the garbage collector, those buffers pile up by tens of megabytes: the
 * main thread of a pool allocates too little to collect them soon.)
 */
export const recyclable = new WeakMap<ArrayBufferLike, () => void>()

/**
 * Write to a stream, waiting for `drain` when its buffer is full, so that a
 * long batch runs in constant memory behind a slow reader (`| jq`).
 *
 * @param stream
 *   Where to write.
 * @param text
 *   What to write: text, or UTF-8 bytes.
 * @returns
 *   When the stream can take more.
 */
export async function writeTo(stream: OutStream, text: string | Uint8Array): Promise<void> {
  if (text.length === 0) return
  const recycle = typeof text === 'string' ? undefined : recyclable.get(text.buffer)
  const ready = recycle ? stream.write(text, (error) => error || recycle()) : stream.write(text)
  if (!ready) await new Promise<void>((resolve) => stream.once('drain', resolve))
}

/**
 * Say what went wrong with a file system call, without Node's noise.
 *
 * @param error
 *   What was thrown.
 * @returns
 *   A short reason: `no such file or directory`, `permission denied` …
 */
export function describeError(error: unknown): string {
  const code = typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : ''
  const known: Record<string, string> = {
    ENOENT: 'no such file or directory',
    EACCES: 'permission denied',
    EPERM: 'operation not permitted',
    EISDIR: 'is a directory',
    ENOTDIR: 'not a directory',
    ENOSPC: 'no space left on device',
    EDQUOT: 'disk quota exceeded',
    EROFS: 'read-only file system',
    EEXIST: 'already exists',
    ELOOP: 'too many symbolic links',
    EMFILE: 'too many open files'
  }
  if (known[code]) return known[code]
  return error instanceof Error ? error.message : String(error)
}
