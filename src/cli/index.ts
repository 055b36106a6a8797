/**
 * The jiyao command line: `cli(argv, io)` parses arguments with commander
 * and runs the conversion, `tasks` or `show`, touching nothing but `io`.
 * It resolves to the exit code: 0 ok, 1 an input could not be processed
 * (or warnings under `--strict`), 2 usage.
 */

import {readFileSync} from 'node:fs'
import path from 'node:path'
import type {Command} from 'commander'
import type {InputFormat} from '../read/index.js'
import type {Product} from './convert.js'
import type {InputEntry} from './inputs.js'
import type {CliIo} from './io.js'
import type {LedgerRow} from './ledger.js'
import type {Sink} from './output.js'
import type {BatchTally} from './run.js'
import {expandInputs} from './inputs.js'
import {describeError} from './io.js'
import {fileSink, streamSink} from './output.js'
import {formatSummary} from './report.js'
import {runBatch} from './run.js'

export type {CliIo, CliFs, OutStream} from './io.js'

/** Set by the bundler; read from package.json otherwise. */
declare const JIYAO_VERSION: string | undefined

/** The commander module, loaded when the arguments need it. */
type Commander = typeof import('commander')

/** Exit codes. */
export const exitCodes = {ok: 0, failed: 1, usage: 2} as const

/** A misuse found after commander's parsing: print, exit 2. */
class UsageError extends Error {}

const examples = `
Examples:
  Read minutes as YAML (the default):
    $ jiyao fixtures/sample.txt

  JSON for scripts, from a file or from stdin:
    $ jiyao fixtures/sample.txt --format json
    $ cat fixtures/sample.txt | jiyao --format json

  A folder as one JSON record per line, streamed into jq:
    $ jiyao minutes/ --format jsonl | jq -r .meeting.date

  A folder to a mirrored folder of YAML files (minutes/a/x.txt → records/minutes/a/x.yaml):
    $ jiyao minutes/ --out-dir records/

  Files matching a quoted glob, as one JSON array in a file:
    $ jiyao 'minutes/**/*.txt' --format json -o all.json

  Every assignment across meetings, as a CSV ledger for Excel:
    $ jiyao tasks minutes/ -o ledger.csv
    $ jiyao tasks fixtures/sample.txt --owner 财政局 --format md

  An outline to read in the terminal:
    $ jiyao show fixtures/sample.txt

Exit codes: 0 ok, 1 an input could not be processed (or warnings with --strict), 2 usage.
`

const tasksExamples = `
Examples:
  The sample's assignments as a table:
    $ jiyao tasks fixtures/sample.txt --format md

  One owner's assignments across a folder, as CSV for Excel:
    $ jiyao tasks minutes/ --owner 财政局 -o 财政局.csv
`

interface CommonOptions {
  output?: string
  encoding?: string
  from?: InputFormat
  strict?: boolean
  quiet?: boolean
  jobs?: number
}

interface ConvertOptions extends CommonOptions {
  format: 'yaml' | 'json' | 'jsonl' | 'pretty'
  outDir?: string
}

interface TasksOptions extends CommonOptions {
  format: 'csv' | 'json' | 'yaml' | 'md'
  owner?: string
}

/**
 * Run the jiyao command line.
 *
 * @param argv
 *   The arguments after the program name.
 * @param io
 *   Streams, terminal flags, environment, working directory, file system.
 * @returns
 *   The exit code.
 */
export async function cli(argv: string[], io: CliIo): Promise<number> {
  try {
    const plain = plainConversion(argv)
    return plain ? await convertCommand(plain.paths, plain.options, io) : await withCommander(argv, io)
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr.write(`jiyao: ${error.message}\n(run jiyao --help for usage)\n`)
      return exitCodes.usage
    }
    // A bug of ours: say so in one line rather than with a stack trace.
    io.stderr.write(`jiyao: internal error: ${error instanceof Error ? error.message : String(error)}\n`)
    return exitCodes.failed
  }
}

/** The values `--format` takes on the main command. */
const convertFormats = ['yaml', 'json', 'jsonl', 'pretty'] as const

/**
 * The common call — named files or stdin, at most a `--format` — read
 * without commander, whose loading and setup cost a one-file run several
 * percent of its start. Anything else (another option, a subcommand,
 * help, a bad value) returns `undefined` and goes to commander, so that
 * every message stays commander's.
 *
 * @param argv
 *   The arguments after the program name.
 * @returns
 *   The paths and options commander would give the main command, or
 *   `undefined` when commander should read the arguments.
 */
export function plainConversion(argv: string[]): {paths: string[]; options: ConvertOptions} | undefined {
  const paths: string[] = []
  let format: ConvertOptions['format'] | undefined
  for (let index = 0; index < argv.length; index++) {
    const argument = argv[index]
    let value: string | undefined
    if (argument === '-f' || argument === '--format') value = argv[++index]
    else if (argument.startsWith('--format=')) value = argument.slice('--format='.length)
    else if (argument.startsWith('-') && argument !== '-') return undefined
    else {
      paths.push(argument)
      continue
    }
    const known = convertFormats.find((name) => name === value)
    if (known === undefined || format !== undefined) return undefined
    format = known
  }
  if (['tasks', 'show', 'help'].includes(paths[0])) return undefined
  return {paths, options: {format: format ?? 'yaml'}}
}

/** Everything else: parse with commander, which also prints help, version and usage errors. */
async function withCommander(argv: string[], io: CliIo): Promise<number> {
  const commander = await import('commander')
  const {Command, CommanderError, Option} = commander
  let code: number = exitCodes.ok
  const program = new Command('jiyao')
  program
    .description('Turn Chinese meeting minutes (会议纪要) into structured, positioned YAML or JSON.')
    .version(version(), '-v, --version', 'print the version')
    .helpOption('-h, --help', 'show this help')
    .argument('[paths...]', 'files, directories or quoted globs; - or nothing for stdin')
    .addOption(new Option('-f, --format <format>', 'output format').choices(convertFormats).default('yaml'))
    .option('--out-dir <dir>', 'write one file per input into <dir>, mirroring the input paths')
    .enablePositionalOptions()
    .addHelpText('after', examples)
    .action(async (paths: string[], options: ConvertOptions) => {
      code = await convertCommand(paths, options, io)
    })
  withCommonOptions(program, commander)

  const tasks = program
    .command('tasks')
    .description('list every assignment (owner, task, deadline) across the inputs, sorted by date then owner')
    .argument('[paths...]', 'files, directories or quoted globs; - or nothing for stdin')
    .addOption(new Option('-f, --format <format>', 'ledger format').choices(['csv', 'json', 'yaml', 'md']).default('csv'))
    .option('--owner <name>', 'only assignments whose owner contains <name>, full or short (发改委 finds 市发展和改革委员会)')
    .addHelpText('after', tasksExamples)
    .action(async (paths: string[], options: TasksOptions) => {
      code = await tasksCommand(paths, options, io)
    })
  withCommonOptions(tasks, commander)

  const show = program
    .command('show')
    .description('print the minutes as an outline for people (same as --format pretty)')
    .argument('[paths...]', 'files, directories or quoted globs; - or nothing for stdin')
    .action(async (paths: string[], options: CommonOptions) => {
      code = await convertCommand(paths, {...options, format: 'pretty'}, io)
    })
  withCommonOptions(show, commander)

  for (const command of [program, tasks, show]) {
    command
      .exitOverride()
      .showHelpAfterError('(run jiyao --help for usage)')
      .configureOutput({
        writeOut: (text) => io.stdout.write(text),
        writeErr: (text) => io.stderr.write(text)
      })
  }

  try {
    await program.parseAsync(argv, {from: 'user'})
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? exitCodes.ok : exitCodes.usage
    throw error
  }
  return code
}

function withCommonOptions(command: Command, {InvalidArgumentError, Option}: Commander): void {
  command
    .option('-o, --output <file>', 'write to <file> (atomically) instead of stdout')
    .option('--encoding <name>', 'read the input in this character encoding (default: detected)')
    .addOption(
      new Option('--from <format>', 'read the input as this format (default: by extension)').choices([
        'text',
        'markdown',
        'html',
        'docx'
      ])
    )
    .option('--strict', 'exit 1 when there are warnings')
    .option('-q, --quiet', 'do not print the summary line of a batch')
    .addOption(
      new Option('-j, --jobs <n>', 'worker threads for the batch (default: by batch size; 0: none)').argParser(
        (value) => {
          const number = Number(value)
          if (!Number.isInteger(number) || number < 0) throw new InvalidArgumentError('want a whole number.')
          return number
        }
      )
    )
}

/** `jiyao [paths…]` and `jiyao show`. */
async function convertCommand(paths: string[], options: ConvertOptions, io: CliIo): Promise<number> {
  if (options.outDir !== undefined && options.output !== undefined) {
    throw new UsageError('--out-dir and --output cannot be used together')
  }
  if (options.outDir !== undefined && (options.format === 'jsonl' || options.format === 'pretty')) {
    throw new UsageError(`--out-dir writes yaml or json, not ${options.format}`)
  }
  const entries = await inputsOf(paths, options, io)
  const several = isBatch(entries)
  const product: Product = options.format === 'pretty' ? 'record' : options.format

  if (options.outDir !== undefined) {
    const outDir = path.resolve(io.cwd, options.outDir)
    const targets = planTargets(entries, outDir, options.format === 'json' ? '.json' : '.yaml', io.cwd)
    try {
      await io.fs.mkdir(outDir)
    } catch (error) {
      io.stderr.write(`jiyao: cannot create output directory ${options.outDir}: ${describeError(error)}\n`)
      return exitCodes.failed
    }
    const tally = await runBatch(entries, {...batchOptions(options, product), targets}, io, async () => undefined)
    return finish(tally, several, options, io)
  }

  const sink = await openOutput(options.output, entries, io)
  let outline: ((record: import('../record.js').MinutesRecord) => string) | undefined
  let count = 0
  try {
    const tally = await runBatch(entries, batchOptions(options, product), io, async (result) => {
      const first = count === 0
      count++
      if (options.format === 'pretty' && result.record) {
        outline ??= await outlineRenderer(io, options.output !== undefined)
        await sink.write((first ? '' : '\n') + outline(result.record))
      } else if (several && options.format === 'yaml') {
        await sink.write('---\n' + result.text)
      } else if (several && options.format === 'json') {
        await sink.write((first ? '[\n' : ',\n') + '  ' + (result.text ?? '').trimEnd().replace(/\n/g, '\n  '))
      } else {
        await sink.write(result.bytes ?? result.text ?? '')
      }
    })
    if (several && options.format === 'json') await sink.write(count === 0 ? '[]\n' : '\n]\n')
    await sink.commit()
    return finish(tally, several, options, io)
  } catch (error) {
    await sink.abort()
    io.stderr.write(`jiyao: cannot write ${options.output ?? 'stdout'}: ${describeError(error)}\n`)
    return exitCodes.failed
  }
}

/** `jiyao tasks [paths…]`. */
async function tasksCommand(paths: string[], options: TasksOptions, io: CliIo): Promise<number> {
  const entries = await inputsOf(paths, options, io)
  const sink = await openOutput(options.output, entries, io)
  const ledger = await import('./ledger.js')
  let rows: LedgerRow[] = []
  const tally = await runBatch(entries, batchOptions(options, 'tasks'), io, async (result) => {
    if (result.rows) for (const row of result.rows) rows.push(row)
  })
  if (options.owner !== undefined) rows = ledger.filterOwner(rows, options.owner)
  rows = ledger.sortRows(rows)
  let text: string
  if (options.format === 'csv') text = ledger.toCsv(rows)
  else if (options.format === 'md') text = ledger.toMarkdownTable(rows)
  else if (options.format === 'json') text = JSON.stringify(rows, null, 2) + '\n'
  else text = (await import('yaml')).stringify(rows, {lineWidth: 0})
  try {
    await sink.write(text)
    await sink.commit()
  } catch (error) {
    await sink.abort()
    io.stderr.write(`jiyao: cannot write ${options.output ?? 'stdout'}: ${describeError(error)}\n`)
    return exitCodes.failed
  }
  return finish(tally, isBatch(entries), options, io)
}

/** Several inputs, or a directory or glob (whose output keeps the batch form even for one file). */
function isBatch(entries: InputEntry[]): boolean {
  return entries.length !== 1 || entries[0].expanded === true
}

/** The inputs named, or stdin when none is (and stdin is not a terminal). */
async function inputsOf(paths: string[], options: CommonOptions, io: CliIo): Promise<InputEntry[]> {
  if (paths.length === 0) {
    if (io.stdinIsTTY) {
      throw new UsageError('no input: name files or directories, or pipe minutes into stdin')
    }
    return [{path: null, absolute: null}]
  }
  return expandInputs(paths, {fs: io.fs, cwd: io.cwd, anyExtension: options.from !== undefined})
}

function batchOptions(options: CommonOptions, product: Product) {
  return {product, encoding: options.encoding ?? null, from: options.from ?? null, jobs: options.jobs}
}

/** stdout, or `-o FILE` after checking it is neither a directory nor an input. */
async function openOutput(output: string | undefined, entries: InputEntry[], io: CliIo): Promise<Sink> {
  if (output === undefined || output === '-') return streamSink(io.stdout)
  const target = path.resolve(io.cwd, output)
  if (entries.some((entry) => entry.absolute === target)) {
    throw new UsageError(`--output ${output} is one of the inputs; jiyao never writes over an input`)
  }
  const kind = await io.fs.stat(target).catch(() => undefined)
  if (kind?.isDirectory()) throw new UsageError(`--output ${output} is a directory; name a file (or use --out-dir)`)
  return fileSink(io.fs, target)
}

/**
 * Map each input to its output under DIR: its path relative to the working
 * directory (or, for inputs outside it, to their common parent), with the
 * output extension. Two inputs on one output, an output on an input, or an
 * output outside DIR is a usage error, raised before anything is written.
 */
function planTargets(entries: InputEntry[], outDir: string, extension: string, cwd: string): Map<InputEntry, string> {
  if (entries.some((entry) => entry.path === null)) {
    throw new UsageError('--out-dir needs named files: stdin has no name to mirror')
  }
  // Inputs that already failed (missing, …) have nothing to write.
  const files = entries.filter((entry) => entry.absolute !== null)
  const absolutes = files.map((entry) => entry.absolute as string)
  const inside = absolutes.every((file) => !path.relative(cwd, file).startsWith('..'))
  const base = inside ? cwd : commonParent(absolutes)
  const inputs = new Set(absolutes)
  const targets = new Map<InputEntry, string>()
  const owners = new Map<string, InputEntry>()
  for (const entry of files) {
    const relative = path.relative(base, entry.absolute as string)
    const parsed = path.parse(relative)
    const target = path.join(outDir, parsed.dir, parsed.name + extension)
    const fromDir = path.relative(outDir, target)
    if (fromDir.startsWith('..') || path.isAbsolute(fromDir)) {
      throw new UsageError(`${entry.path} would be written outside ${outDir}`)
    }
    if (inputs.has(target)) {
      throw new UsageError(`${entry.path} would be written over the input ${path.relative(cwd, target)}`)
    }
    const other = owners.get(target)
    if (other) {
      throw new UsageError(
        `${other.path} and ${entry.path} would both be written to ${path.relative(cwd, target)}; nothing was written`
      )
    }
    owners.set(target, entry)
    targets.set(entry, target)
  }
  return targets
}

function commonParent(files: string[]): string {
  let parent = path.dirname(files[0] ?? '/')
  for (const file of files) {
    while (parent !== path.dirname(parent) && path.relative(parent, file).startsWith('..')) parent = path.dirname(parent)
  }
  return parent
}

/** Summary line and exit code. */
function finish(tally: BatchTally, several: boolean, options: CommonOptions, io: CliIo): number {
  if (several && !options.quiet) io.stderr.write(formatSummary(tally.files, tally.warnings, tally.failed))
  if (tally.failed > 0) return exitCodes.failed
  if (options.strict && tally.warnings > 0) return exitCodes.failed
  return exitCodes.ok
}

/** Load chalk and string-width for the outline, with colour decided from `io`. */
async function outlineRenderer(io: CliIo, toFile: boolean) {
  const [{Chalk}, {default: widthOf}, {renderOutline}] = await Promise.all([
    import('chalk'),
    import('string-width'),
    import('./outline.js')
  ])
  const styles = new Chalk({level: colourLevel(io.env, io.stdoutIsTTY && !toFile)})
  const columns = io.stdoutIsTTY && io.columns ? io.columns : 80
  return (record: import('../record.js').MinutesRecord) => renderOutline(record, {styles, widthOf, columns})
}

/**
 * The colour level: `FORCE_COLOR` wins, then `NO_COLOR`, then whether the
 * output is a terminal.
 *
 * @param env
 *   The environment.
 * @param isTTY
 *   Whether the output is a terminal.
 * @returns
 *   A chalk level, 0 to 3.
 */
export function colourLevel(env: Record<string, string | undefined>, isTTY: boolean): 0 | 1 | 2 | 3 {
  const force = env.FORCE_COLOR
  if (force !== undefined) {
    if (force === '' || force === 'true') return 1
    if (force === 'false') return 0
    const level = Number.parseInt(force, 10)
    return Number.isNaN(level) ? 1 : (Math.min(Math.max(level, 0), 3) as 0 | 1 | 2 | 3)
  }
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return 0
  if (!isTTY || env.TERM === 'dumb') return 0
  return 1
}

function version(): string {
  if (typeof JIYAO_VERSION === 'string') return JIYAO_VERSION
  // Unbundled (tests, `tsc` output): package.json is two levels up.
  const manifest = readFileSync(new URL('../../package.json', import.meta.url), 'utf8')
  return (JSON.parse(manifest) as {version: string}).version
}
