/**
 * Turn the paths given on the command line into the list of inputs: files
 * as named, directories walked, quoted globs expanded; in the order given,
 * each directory's files sorted.
 */

import path from 'node:path'
import type {CliFs} from './io.js'
import {describeError} from './io.js'
import {compileGlob, isGlob} from './glob.js'
import {holdYoungGeneration} from './heap.js'

/** Extensions jiyao reads when it walks a directory. */
export const readableExtensions = ['.txt', '.md', '.markdown', '.html', '.htm', '.docx']

/** One input: a file, standard input, or a named path that gave nothing. */
export interface InputEntry {
  /** The path to show and record (as given or as walked); null for stdin. */
  path: string | null
  /** The absolute path; null for stdin and for failures. */
  absolute: string | null
  /** Why this argument gave no file, or undefined. */
  error?: string
  /** Found by walking a directory or expanding a glob. */
  expanded?: boolean
}

/** Options of `expandInputs`. */
export interface ExpandOptions {
  fs: CliFs
  cwd: string
  /** Take every file a glob matches, not only readable extensions (`--from` given). */
  anyExtension?: boolean
}

/**
 * Expand command-line paths into inputs.
 *
 * @param args
 *   The paths as given; `-` is standard input.
 * @param options
 *   File system, working directory.
 * @returns
 *   The inputs, without duplicates, in order.
 */
export async function expandInputs(args: string[], options: ExpandOptions): Promise<InputEntry[]> {
  const entries: InputEntry[] = []
  const seen = new Set<string>()
  const add = (entry: InputEntry): void => {
    if (entry.absolute) {
      if (seen.has(entry.absolute)) return
      seen.add(entry.absolute)
    }
    entries.push(entry)
  }
  for (const arg of args) {
    if (arg === '-') {
      add({path: null, absolute: null})
      continue
    }
    const absolute = path.resolve(options.cwd, arg)
    let kind
    try {
      kind = await options.fs.stat(absolute)
    } catch (error) {
      if (isGlob(arg)) {
        await holdYoungGeneration()
        const matches = await expandGlob(arg, options)
        if (matches.length === 0) add({path: arg, absolute: null, error: 'no files match this pattern'})
        for (const match of matches) add({path: match, absolute: path.resolve(options.cwd, match), expanded: true})
      } else {
        add({path: arg, absolute: null, error: describeError(error)})
      }
      continue
    }
    if (kind.isDirectory()) {
      // A walk may give thousands of inputs (see `heap.ts`).
      await holdYoungGeneration()
      const files: string[] = []
      const failures: InputEntry[] = []
      await walk(arg, options.fs, options.cwd, new Set(), Number.POSITIVE_INFINITY, files, failures)
      const readable = files.filter(isReadable)
      if (readable.length === 0 && failures.length === 0) {
        add({path: arg, absolute: null, error: `no files to read in this directory (${readableExtensions.join(' ')})`, expanded: true})
      }
      for (const failure of failures) add({...failure, expanded: true})
      for (const file of readable) add({path: file, absolute: path.resolve(options.cwd, file), expanded: true})
    } else {
      add({path: arg, absolute})
    }
  }
  return entries
}

function isReadable(file: string): boolean {
  return readableExtensions.includes(path.extname(file).toLowerCase())
}

/**
 * Walk a directory depth-first in sorted order, collecting files. Hidden
 * entries and `node_modules` are skipped; a directory reached twice (a
 * symbolic link loop) is walked once.
 */
async function walk(
  dir: string,
  fs: CliFs,
  cwd: string,
  visited: Set<string>,
  depth: number,
  files: string[],
  failures: InputEntry[]
): Promise<void> {
  let entries
  try {
    const real = await fs.realpath(path.resolve(cwd, dir))
    if (visited.has(real)) return
    visited.add(real)
    entries = await fs.readdir(path.resolve(cwd, dir))
  } catch (error) {
    failures.push({path: dir, absolute: null, error: describeError(error)})
    return
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
  for (const entry of entries) {
    if (entry.name.startsWith('.') || entry.name === 'node_modules') continue
    // Joined by hand: `path.join` would drop a leading `./` that a glob names.
    const child = dir === '.' ? entry.name : dir.endsWith('/') ? dir + entry.name : dir + '/' + entry.name
    let isDirectory = entry.isDirectory()
    let isFile = entry.isFile()
    if (entry.isSymbolicLink()) {
      try {
        const target = await fs.stat(path.resolve(cwd, child))
        isDirectory = target.isDirectory()
        isFile = target.isFile()
      } catch {
        // A dangling link names nothing to read.
        continue
      }
    }
    if (isDirectory && depth > 1) await walk(child, fs, cwd, visited, depth - 1, files, failures)
    else if (isFile) files.push(child)
  }
}

/** The files a glob matches, sorted as a walk finds them. */
async function expandGlob(pattern: string, options: ExpandOptions): Promise<string[]> {
  const glob = compileGlob(pattern.split(path.sep).join('/'))
  const files: string[] = []
  await walk(glob.base, options.fs, options.cwd, new Set(), glob.depth, files, [])
  return files.filter(
    (file) => glob.test(file.split(path.sep).join('/')) && (options.anyExtension || isReadable(file))
  )
}
