/**
 * In-memory `CliIo` for the CLI tests: captured stdout/stderr, stdin from a
 * string, a temporary directory as cwd, and the real file system unless a
 * test swaps in failing calls.
 */

import {mkdtempSync, mkdirSync, readdirSync, rmSync, writeFileSync, statSync} from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type {CliFs, CliIo} from '../src/cli/io.js'
import type {Assignment, Meeting, MinutesRecord, Position, RecordItem} from '../src/record.js'
import {nodeFs} from '../src/cli/io.js'
import {cli} from '../src/cli/index.js'

/** What a run printed and returned. */
export interface Run {
  code: number
  stdout: string
  stderr: string
}

/** Options of `run`. */
export interface RunOptions {
  cwd: string
  stdin?: string | Uint8Array
  stdinIsTTY?: boolean
  stdoutIsTTY?: boolean
  stderrIsTTY?: boolean
  env?: Record<string, string | undefined>
  fs?: Partial<CliFs>
  columns?: number
  workers?: number
}

/**
 * Run the CLI in-process.
 *
 * @param argv
 *   Arguments.
 * @param options
 *   Where and with what.
 * @returns
 *   Exit code and captured output.
 */
export async function run(argv: string[], options: RunOptions): Promise<Run> {
  let stdout = ''
  let stderr = ''
  const stdin = options.stdin ?? ''
  const io: CliIo = {
    stdin: (async function* () {
      yield typeof stdin === 'string' ? Buffer.from(stdin) : stdin
    })(),
    stdout: {write: (chunk) => ((stdout += chunk), true), once: () => undefined},
    stderr: {write: (chunk) => ((stderr += chunk), true), once: () => undefined},
    stdinIsTTY: options.stdinIsTTY ?? false,
    stdoutIsTTY: options.stdoutIsTTY ?? false,
    stderrIsTTY: options.stderrIsTTY ?? false,
    columns: options.columns,
    env: options.env ?? {},
    cwd: options.cwd,
    fs: {...nodeFs, ...options.fs},
    workers: options.workers ?? 0
  }
  const code = await cli(argv, io)
  return {code, stdout, stderr}
}

/**
 * Make a temporary directory holding files.
 *
 * @param files
 *   Relative path → content.
 * @returns
 *   The directory.
 */
export function tree(files: Record<string, string | Uint8Array>): string {
  const root = mkdtempSync(path.join(os.tmpdir(), 'jiyao-cli-'))
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, name)), {recursive: true})
    writeFileSync(path.join(root, name), content)
  }
  return root
}

/**
 * Every file below a directory, relative, sorted (hidden ones included).
 *
 * @param root
 *   The directory.
 * @returns
 *   The paths.
 */
export function listFiles(root: string): string[] {
  const found: string[] = []
  const visit = (dir: string): void => {
    for (const name of readdirSync(dir)) {
      const full = path.join(dir, name)
      if (statSync(full).isDirectory()) visit(full)
      else found.push(path.relative(root, full))
    }
  }
  visit(root)
  return found.sort()
}

/**
 * Remove a temporary directory.
 *
 * @param root
 *   The directory.
 */
export function remove(root: string): void {
  rmSync(root, {recursive: true, force: true})
}

/** An error as Node's file system throws it. */
export function fsError(code: string, message: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`${code}: ${message}`), {code})
}

/** Minutes in the genre's forms, written for these tests. */
export const minutes = [
  '2024年3月5日下午，王明副市长主持召开市政府第12次专题会议，研究河道整治工作，现纪要如下：',
  '一、关于河道整治方案',
  '会议听取了市水务局关于河道整治方案的汇报。',
  '会议原则同意该方案。会后由市水务局进一步修改完善，4月底前报市政府。',
  '二、关于老旧小区改造',
  '会议强调，要加快推进改造进度。',
  ''
].join('\n')

// Builders of records for tests that need no parser: a place, an assignment, an item, a record.

export function at(line: number): Position {
  return {start: {line, column: 1, offset: line * 10}, end: {line, column: 5, offset: line * 10 + 4}}
}

export function assignment(owner: string, task: string, due: string | null, line: number): Assignment {
  return {
    owner,
    owners: [owner],
    role: 'responsible',
    task,
    due,
    dueDate: due ? '2024-04-30' : null,
    dueKind: due ? 'absolute' : null,
    position: at(line),
    positions: {owner: at(line), task: at(line), due: null}
  }
}

export function item(ordinal: string | null, heading: string, assignments: Assignment[]): RecordItem {
  return {
    number: 1,
    ordinal,
    heading,
    actions: [],
    documents: [],
    reporters: [],
    statements: [],
    decisions: [],
    instructions: [],
    assignments,
    points: [],
    position: at(1),
    positions: {ordinal: null, heading: at(1), documents: [], reporters: []}
  }
}

export function record(file: string, meeting: Partial<Meeting>, items: RecordItem[]): MinutesRecord {
  return {
    schemaVersion: 1,
    source: {path: file, format: 'text', encoding: 'utf-8', positionsRefer: 'source'},
    meeting: {
      title: null,
      name: null,
      session: null,
      date: null,
      timeOfDay: null,
      chair: null,
      coChairs: [],
      location: null,
      agenda: [],
      attendees: [],
      observers: [],
      absentees: [],
      recorder: null,
      positions: {title: null, name: null, date: null, timeOfDay: null, location: null, agenda: []},
      ...meeting
    },
    items
  }
}
