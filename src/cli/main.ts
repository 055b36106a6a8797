/**
 * The process entry: wires the real process into `cli` and sets the exit
 * code. `bin/jiyao.js` imports the bundled build of this module.
 *
 * Nothing here is made before it is needed: Node builds `process.stdin`,
 * `process.stdout` and `process.stderr` on first access, loading its
 * stream, net and tty modules (milliseconds of a start that is tens), so
 * the streams are getters, terminal flags come from `fstat` first, and
 * stdout into a file or a device is written with `writeSync`.
 */

import {fstatSync, rmSync, writeSync} from 'node:fs'
import type {CliIo, OutStream} from './io.js'
import {nodeFs} from './io.js'
import {cli} from './index.js'
import {haltOnInterrupt, pendingTemporaries} from './output.js'

/**
 * The real process as `CliIo`; the streams are created on first use.
 *
 * @returns
 *   Streams, flags, environment, working directory and file system.
 */
export function processIo(): CliIo {
  return {
    get stdin() {
      return process.stdin
    },
    stdout: directStdout(),
    get stderr() {
      return process.stderr
    },
    get stdinIsTTY() {
      return isTerminal(0)
    },
    get stdoutIsTTY() {
      return isTerminal(1)
    },
    get stderrIsTTY() {
      return isTerminal(2)
    },
    get columns() {
      return isTerminal(1) ? process.stdout.columns : undefined
    },
    env: process.env,
    cwd: process.cwd(),
    fs: nodeFs
  }
}

/**
 * Whether a descriptor is a terminal. Only character devices can be, which
 * one `fstat` tells; only for those is Node's `tty` (and with it `net` and
 * the streams) loaded to ask.
 *
 * @param fd
 *   0, 1 or 2.
 * @returns
 *   Whether it is a terminal.
 */
function isTerminal(fd: number): boolean {
  try {
    if (!fstatSync(fd).isCharacterDevice()) return false
  } catch {
    return false
  }
  return builtin<typeof import('node:tty')>('node:tty').isatty(fd)
}

/**
 * Load a built-in module when first needed. `process.getBuiltinModule`
 * (Node 20.16 and later) does so without `node:module`, whose loading
 * pulls in Node's whole stream library, ~1.5 ms of every start; on an older
 * Node, `main` sets a `require` up first.
 */
let requireBuiltin: ((id: string) => unknown) | undefined =
  typeof process.getBuiltinModule === 'function' ? (id) => process.getBuiltinModule(id) : undefined

/**
 * A built-in module.
 *
 * @param id
 *   Its name, `node:tty`.
 * @returns
 *   The module.
 */
function builtin<Module>(id: string): Module {
  if (!requireBuiltin) throw new Error('jiyao: built-in modules are loaded only once main() has started')
  return requireBuiltin(id) as Module
}

/**
 * Standard output. Into a file or a device (a terminal, `/dev/null`) it is
 * written straight to file descriptor 1 with `writeSync`, which is what
 * Node does there too, without building `process.stdout`. Into a pipe or
 * a socket it goes through `process.stdout`, whose writes wait for a slow
 * reader (`| less`) on the event loop, where Ctrl-C still reaches us.
 * Should a direct write not go through at once (`EAGAIN`), the rest and
 * every later write go through `process.stdout` as well.
 *
 * @returns
 *   A stream for the CLI's output.
 */
function directStdout(): OutStream {
  let stream: NodeJS.WriteStream | undefined
  let direct: boolean | undefined
  return {
    write(chunk, written) {
      direct ??= writesAtOnce(1)
      if (!direct) stream ??= stdout()
      if (stream) return stream.write(chunk, written)
      // Bytes (JSON Lines from a worker) go as they are, and are done with once written.
      const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : chunk
      let done = 0
      try {
        while (done < bytes.length) done += writeSync(1, bytes, done)
        written?.()
        return true
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'EPIPE') readerGone()
        if ((error as NodeJS.ErrnoException).code !== 'EAGAIN') throw error
        stream = stdout()
        return stream.write(bytes.subarray(done), written)
      }
    },
    once(event, listener) {
      return (stream ?? stdout()).once(event, listener)
    }
  }
}

/** Whether a descriptor is a file or a device, which take a write at once, rather than a pipe or socket. */
function writesAtOnce(fd: number): boolean {
  try {
    const kind = fstatSync(fd)
    return kind.isFile() || kind.isCharacterDevice()
  } catch {
    return false
  }
}

let stdoutWatched = false

/**
 * `process.stdout`, made to exit quietly when the reader goes away. (Not
 * judged by its listener count: worker threads pipe their stdout into it,
 * and the pipe listens for errors only to pass them on.)
 */
function stdout(): NodeJS.WriteStream {
  const stream = process.stdout
  if (!stdoutWatched) {
    stdoutWatched = true
    stream.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EPIPE') readerGone()
      throw error
    })
  }
  return stream
}

/** A reader that goes away (`jiyao … | head`) is not an error of ours. */
function readerGone(): never {
  process.exit(process.exitCode ?? 0)
}

/**
 * Run the CLI on `process.argv` and set `process.exitCode`.
 *
 * @returns
 *   When done.
 */
export async function main(): Promise<void> {
  if (!requireBuiltin) {
    const {createRequire} = await import('node:module')
    requireBuiltin = createRequire(import.meta.url)
  }
  // Interrupted: remove the temporary files being written (complete
  // outputs are already in place), then exit as a shell expects.
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      for (const halt of haltOnInterrupt) halt()
      for (const temporary of pendingTemporaries) rmSync(temporary, {force: true})
      process.exit(signal === 'SIGINT' ? 130 : 143)
    })
  }
  process.exitCode = await cli(process.argv.slice(2), processIo())
}
