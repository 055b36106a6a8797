/**
 * The process entry: wires the real process into `cli` and sets the exit
 * code. `bin/jiyao.js` imports the bundled build of this module.
 */

import {rmSync} from 'node:fs'
import process from 'node:process'
import type {CliIo} from './io.js'
import {nodeFs} from './io.js'
import {cli} from './index.js'
import {haltOnInterrupt, pendingTemporaries} from './output.js'

/**
 * The real process as `CliIo`.
 *
 * @returns
 *   Streams, flags, environment, working directory and file system.
 */
export function processIo(): CliIo {
  return {
    stdin: process.stdin,
    stdout: process.stdout,
    stderr: process.stderr,
    stdinIsTTY: process.stdin.isTTY === true,
    stdoutIsTTY: process.stdout.isTTY === true,
    stderrIsTTY: process.stderr.isTTY === true,
    columns: process.stdout.columns,
    env: process.env,
    cwd: process.cwd(),
    fs: nodeFs
  }
}

/**
 * Run the CLI on `process.argv` and set `process.exitCode`.
 *
 * @returns
 *   When done.
 */
export async function main(): Promise<void> {
  // A reader that goes away (`jiyao … | head`) is not an error of ours.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0)
    throw error
  })
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
