import {existsSync, readFileSync, symlinkSync} from 'node:fs'
import {writeFile} from 'node:fs/promises'
import path from 'node:path'
import {afterEach, describe, expect, it} from 'vitest'
import {parse as parseYaml, parseAllDocuments} from 'yaml'
import {colourLevel} from '../src/cli/index.js'
import {fsError, listFiles, minutes, remove, run, tree} from './cli-io.js'

const manifest = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {version: string}

let roots: string[] = []
afterEach(() => {
  for (const root of roots) remove(root)
  roots = []
})

function dir(files: Record<string, string | Uint8Array>): string {
  const root = tree(files)
  roots.push(root)
  return root
}

describe('cli: usage and exit codes', () => {
  it('should print the version from package.json and exit 0', async () => {
    const result = await run(['--version'], {cwd: dir({})})
    expect(result).toEqual({code: 0, stdout: manifest.version + '\n', stderr: ''})
  })

  it('should print help on stdout with examples that end in commands to try', async () => {
    const result = await run(['--help'], {cwd: dir({})})
    expect(result.code).toBe(0)
    expect(result.stderr).toBe('')
    expect(result.stdout).toContain('Usage: jiyao [options] [command] [paths...]')
    const examples = result.stdout.slice(result.stdout.indexOf('Examples:'))
    // Every example block (a description line) is followed by at least one `$ jiyao …` line.
    const blocks = examples.split('\n\n').filter((block) => block.trim() && !block.trim().startsWith('Exit codes'))
    expect(blocks.length).toBeGreaterThanOrEqual(6)
    for (const block of blocks) expect(block.trim().split('\n').at(-1)).toMatch(/^\s*\$ (cat .*\| )?jiyao /)
    expect(result.stdout).toContain('Exit codes: 0 ok, 1 an input could not be processed')
  })

  it('should exit 2 and name the allowed choices for an unknown --format', async () => {
    const result = await run(['--format', 'xml', 'x.txt'], {cwd: dir({'x.txt': minutes})})
    expect(result.code).toBe(2)
    expect(result.stdout).toBe('')
    expect(result.stderr).toContain("argument 'xml' is invalid. Allowed choices are yaml, json, jsonl, pretty.")
  })

  it('should exit 2 for an unknown option', async () => {
    const result = await run(['--colour', 'x.txt'], {cwd: dir({'x.txt': minutes})})
    expect(result.code).toBe(2)
    expect(result.stderr).toContain("error: unknown option '--colour'")
  })

  it('should exit 2 and say what is missing when no path is given and stdin is a terminal', async () => {
    const result = await run([], {cwd: dir({}), stdinIsTTY: true})
    expect(result).toEqual({
      code: 2,
      stdout: '',
      stderr: 'jiyao: no input: name files or directories, or pipe minutes into stdin\n(run jiyao --help for usage)\n'
    })
  })

  it('should exit 2 when --out-dir and --output are both given', async () => {
    const result = await run(['x.txt', '--out-dir', 'out', '-o', 'y.yaml'], {cwd: dir({'x.txt': minutes})})
    expect(result.code).toBe(2)
    expect(result.stderr).toContain('--out-dir and --output cannot be used together')
  })

  it('should exit 2 when --out-dir is asked for jsonl', async () => {
    const result = await run(['x.txt', '--out-dir', 'out', '--format', 'jsonl'], {cwd: dir({'x.txt': minutes})})
    expect(result.code).toBe(2)
    expect(result.stderr).toContain('--out-dir writes yaml or json, not jsonl')
  })

  it('should exit 2 for --out-dir with stdin', async () => {
    const result = await run(['--out-dir', 'out'], {cwd: dir({}), stdin: minutes})
    expect(result.code).toBe(2)
    expect(result.stderr).toContain('stdin has no name to mirror')
  })

  it('should exit 2 for a --jobs that is not a whole number', async () => {
    const result = await run(['x.txt', '--jobs', 'two'], {cwd: dir({'x.txt': minutes})})
    expect(result.code).toBe(2)
    expect(result.stderr).toContain("option '-j, --jobs <n>' argument 'two' is invalid. want a whole number.")
  })
})

describe('cli: inputs and output formats', () => {
  it('should read stdin when no path is given and stdin is not a terminal', async () => {
    const result = await run(['--format', 'json'], {cwd: dir({}), stdin: minutes})
    expect(result.code).toBe(0)
    expect(result.stderr).toBe('')
    const record = JSON.parse(result.stdout)
    expect(record.schemaVersion).toBe(1)
    expect(record.source).toEqual({path: null, format: 'text', encoding: 'utf-8', positionsRefer: 'source'})
  })

  it('should read stdin for `-`', async () => {
    const result = await run(['-', '--format', 'jsonl'], {cwd: dir({}), stdin: minutes})
    expect(result.code).toBe(0)
    expect(result.stdout.split('\n')).toHaveLength(2)
    expect(JSON.parse(result.stdout).source.path).toBe(null)
  })

  it('should write one YAML document for one file, its path recorded as given', async () => {
    const result = await run(['x.txt'], {cwd: dir({'x.txt': minutes})})
    expect(result.code).toBe(0)
    expect(result.stderr).toBe('')
    expect(result.stdout.startsWith('schemaVersion: 1\n')).toBe(true)
    expect(parseYaml(result.stdout).source.path).toBe('x.txt')
  })

  it('should write several files as a JSON array in input order, as JSON.stringify would', async () => {
    const root = dir({'b.txt': minutes, 'a.txt': minutes})
    const result = await run(['b.txt', 'a.txt', '--format', 'json'], {cwd: root})
    expect(result.code).toBe(0)
    const records = JSON.parse(result.stdout) as Array<{source: {path: string}}>
    expect(records.map((record) => record.source.path)).toEqual(['b.txt', 'a.txt'])
    expect(result.stdout).toBe(JSON.stringify(records, null, 2) + '\n')
  })

  it('should write several files as a YAML stream of documents', async () => {
    const root = dir({'b.txt': minutes, 'a.txt': minutes})
    const result = await run(['b.txt', 'a.txt'], {cwd: root, env: {}})
    const documents = parseAllDocuments(result.stdout)
    expect(Array.isArray(documents) && documents.map((document) => document.toJS().source.path)).toEqual([
      'b.txt',
      'a.txt'
    ])
    expect(result.stdout.startsWith('---\nschemaVersion: 1\n')).toBe(true)
  })

  it('should write JSONL: one record per line, each with its source.path', async () => {
    const root = dir({'a/x.txt': minutes, 'a/y.txt': minutes, 'b.txt': minutes})
    const result = await run(['a', 'b.txt', '--format', 'jsonl', '--quiet'], {cwd: root})
    expect(result.code).toBe(0)
    expect(result.stderr).toBe('')
    const lines = result.stdout.split('\n')
    expect(lines.pop()).toBe('')
    expect(lines.map((line) => JSON.parse(line).source.path)).toEqual(['a/x.txt', 'a/y.txt', 'b.txt'])
  })

  it('should keep the array form for a directory holding one file', async () => {
    const result = await run(['a', '--format', 'json', '-q'], {cwd: dir({'a/x.txt': minutes})})
    expect(JSON.parse(result.stdout)).toHaveLength(1)
  })

  it('should walk directories recursively and sorted, taking readable extensions, skipping hidden entries', async () => {
    const root = dir({
      'm/b.txt': minutes,
      'm/a/z.md': minutes,
      'm/a/y.markdown': minutes,
      'm/c.htm': '<p>x</p>',
      'm/notes.json': '{}',
      'm/.draft/x.txt': minutes,
      'm/node_modules/x.txt': minutes
    })
    const result = await run(['m', '--format', 'jsonl', '-q', '--from', 'text'], {cwd: root})
    const paths = result.stdout.trim().split('\n').map((line) => JSON.parse(line).source.path)
    expect(paths).toEqual(['m/a/y.markdown', 'm/a/z.md', 'm/b.txt', 'm/c.htm'])
  })

  it('should survive a symbolic link loop while walking', async () => {
    const root = dir({'m/a/x.txt': minutes})
    symlinkSync('..', path.join(root, 'm/a/loop'))
    const result = await run(['m', '--format', 'jsonl', '-q'], {cwd: root})
    expect(result.code).toBe(0)
    expect(result.stdout.trim().split('\n').map((line) => JSON.parse(line).source.path)).toEqual(['m/a/x.txt'])
  })

  it('should expand a quoted glob itself', async () => {
    const root = dir({'m/a/x.txt': minutes, 'm/a/y.md': minutes, 'm/z.md': minutes, 'm/.h/w.md': minutes})
    const result = await run(['m/**/*.md', '--format', 'jsonl', '-q'], {cwd: root})
    expect(result.code).toBe(0)
    expect(result.stdout.trim().split('\n').map((line) => JSON.parse(line).source.path)).toEqual(['m/a/y.md', 'm/z.md'])
  })

  it('should take every extension a glob matches when --from names the format', async () => {
    const root = dir({'m/x.log': minutes, 'm/y.txt': minutes})
    const plain = await run(['m/*', '--format', 'jsonl', '-q'], {cwd: root})
    expect(plain.stdout.trim().split('\n').map((line) => JSON.parse(line).source.path)).toEqual(['m/y.txt'])
    const forced = await run(['m/*', '--format', 'jsonl', '-q', '--from', 'text'], {cwd: root})
    expect(forced.stdout.trim().split('\n').map((line) => JSON.parse(line).source.path)).toEqual(['m/x.log', 'm/y.txt'])
  })

  it('should fail a glob that matches nothing, and go on with the rest', async () => {
    const result = await run(['*.md', 'x.txt', '--format', 'jsonl'], {cwd: dir({'x.txt': minutes})})
    expect(result.code).toBe(1)
    expect(result.stderr).toBe('*.md  error  no files match this pattern\n2 files, 0 warnings, 1 failed\n')
    expect(JSON.parse(result.stdout).source.path).toBe('x.txt')
  })

  it('should not read a file twice when it is named twice', async () => {
    const result = await run(['x.txt', './x.txt', '.', '--format', 'jsonl', '-q'], {cwd: dir({'x.txt': minutes})})
    expect(result.stdout.trim().split('\n')).toHaveLength(1)
  })
})

describe('cli: bad inputs', () => {
  it('should report a missing file, convert the others, exit 1 and print the summary', async () => {
    const result = await run(['x.txt', 'nope.txt', '--format', 'json'], {cwd: dir({'x.txt': minutes})})
    expect(result.code).toBe(1)
    expect(result.stderr).toBe('nope.txt  error  no such file or directory\n2 files, 0 warnings, 1 failed\n')
    expect((JSON.parse(result.stdout) as unknown[]).length).toBe(1)
  })

  it('should fail an empty file with a clear message and no output', async () => {
    const result = await run(['empty.txt'], {cwd: dir({'empty.txt': ''})})
    expect(result).toEqual({code: 1, stdout: '', stderr: 'empty.txt  error  empty file, nothing to read\n'})
  })

  it('should fail a file of whitespace only', async () => {
    const result = await run(['blank.txt'], {cwd: dir({'blank.txt': ' \n\u3000\r\n\t'})})
    expect(result).toEqual({code: 1, stdout: '', stderr: 'blank.txt  error  only whitespace, nothing to read\n'})
  })

  it('should fail empty stdin', async () => {
    const result = await run([], {cwd: dir({}), stdin: ''})
    expect(result).toEqual({code: 1, stdout: '', stderr: '<stdin>  error  empty file, nothing to read\n'})
  })

  it('should fail a binary file, naming it', async () => {
    const result = await run(['x.txt'], {cwd: dir({'x.txt': new Uint8Array([0x89, 0x50, 0x00, 0x01])})})
    expect(result.code).toBe(1)
    expect(result.stdout).toBe('')
    expect(result.stderr.startsWith('x.txt  error  ')).toBe(true)
  })

  it('should fail a file it may not read (permission denied, injected: tests run as root)', async () => {
    const root = dir({'secret.txt': minutes, 'open.txt': minutes})
    const result = await run(['secret.txt', 'open.txt', '--format', 'jsonl'], {
      cwd: root,
      fs: {
        async readFile(file) {
          if (file.endsWith('secret.txt')) throw fsError('EACCES', `permission denied, open '${file}'`)
          return readFileSync(file)
        }
      }
    })
    expect(result.code).toBe(1)
    expect(result.stderr).toBe('secret.txt  error  cannot read: permission denied\n2 files, 0 warnings, 1 failed\n')
    expect(JSON.parse(result.stdout).source.path).toBe('open.txt')
  })

  it('should refuse a directory as --output before reading anything (exit 2)', async () => {
    const root = dir({'x.txt': minutes, 'out/keep': ''})
    const result = await run(['x.txt', '-o', 'out'], {cwd: root})
    expect(result.code).toBe(2)
    expect(result.stderr).toContain('--output out is a directory; name a file (or use --out-dir)')
    expect(listFiles(root)).toEqual(['out/keep', 'x.txt'])
  })

  it('should refuse an --output that is one of the inputs (exit 2)', async () => {
    const root = dir({'x.txt': minutes})
    const result = await run(['x.txt', '-o', 'x.txt'], {cwd: root})
    expect(result.code).toBe(2)
    expect(result.stderr).toContain('--output x.txt is one of the inputs')
    expect(readFileSync(path.join(root, 'x.txt'), 'utf8')).toBe(minutes)
  })

  it('should exit 1 for an --out-dir that cannot be created (a file in the way)', async () => {
    const root = dir({'x.txt': minutes, 'blocker': 'a file'})
    const result = await run(['x.txt', '--out-dir', 'blocker/out'], {cwd: root})
    expect(result.code).toBe(1)
    expect(result.stderr).toBe('jiyao: cannot create output directory blocker/out: not a directory\n')
    expect(listFiles(root)).toEqual(['blocker', 'x.txt'])
  })

  it('should exit 1 for an unwritable --out-dir (permission denied, injected)', async () => {
    const root = dir({'x.txt': minutes})
    const result = await run(['x.txt', '--out-dir', 'out'], {
      cwd: root,
      fs: {
        async mkdir() {
          throw fsError('EACCES', 'permission denied')
        }
      }
    })
    expect(result.code).toBe(1)
    expect(result.stderr).toBe('jiyao: cannot create output directory out: permission denied\n')
    expect(listFiles(root)).toEqual(['x.txt'])
  })

  it('should leave no partial file when the disk fills while writing to --out-dir', async () => {
    const root = dir({'a.txt': minutes, 'b.txt': minutes})
    const result = await run(['a.txt', 'b.txt', '--out-dir', 'out'], {
      cwd: root,
      fs: {
        async writeFile(file, text) {
          if (path.basename(file).startsWith('.a.yaml.')) {
            // Half the bytes reach the disk, then it is full.
            await writeFile(file, text.slice(0, text.length >> 1), {flag: 'wx'})
            throw fsError('ENOSPC', 'no space left on device, write')
          }
          await writeFile(file, text, {flag: 'wx'})
        }
      }
    })
    expect(result.code).toBe(1)
    expect(result.stderr).toBe(
      'a.txt  error  cannot write out/a.yaml: no space left on device\n2 files, 0 warnings, 1 failed\n'
    )
    expect(listFiles(path.join(root, 'out'))).toEqual(['b.yaml'])
  })

  it('should leave no output file when the disk fills while writing -o', async () => {
    const root = dir({'a.txt': minutes, 'b.txt': minutes})
    let writes = 0
    const result = await run(['a.txt', 'b.txt', '--format', 'jsonl', '-o', 'all.jsonl'], {
      cwd: root,
      fs: {
        async openWrite(file) {
          const {open} = await import('node:fs/promises')
          const handle = await open(file, 'wx')
          return {
            async write(text: string) {
              if (++writes === 2) throw fsError('ENOSPC', 'no space left on device, write')
              return handle.write(text)
            },
            close: () => handle.close()
          }
        }
      }
    })
    expect(result.code).toBe(1)
    expect(result.stdout).toBe('')
    expect(result.stderr).toBe('jiyao: cannot write all.jsonl: no space left on device\n')
    expect(listFiles(root)).toEqual(['a.txt', 'b.txt'])
  })

  it('should never change an input, even with --out-dir beside the inputs', async () => {
    const root = dir({'x.txt': minutes, 'sub/y.md': minutes + '补充。\n'})
    const before = listFiles(root).map((file) => readFileSync(path.join(root, file), 'utf8'))
    const result = await run(['.', '--out-dir', '.', '-q'], {cwd: root})
    expect(result.code).toBe(0)
    expect(listFiles(root)).toEqual(['sub/y.md', 'sub/y.yaml', 'x.txt', 'x.yaml'])
    expect(['sub/y.md', 'x.txt'].map((file) => readFileSync(path.join(root, file), 'utf8'))).toEqual(before)
  })

  it('should refuse an --out-dir output that would land on an input (exit 2)', async () => {
    const root = dir({'notes.yaml': minutes})
    const result = await run(['notes.yaml', '--from', 'text', '--out-dir', '.'], {cwd: root})
    expect(result.code).toBe(2)
    expect(result.stderr).toContain('notes.yaml would be written over the input notes.yaml')
    expect(readFileSync(path.join(root, 'notes.yaml'), 'utf8')).toBe(minutes)
  })
})

describe('cli: --out-dir', () => {
  it('should mirror the input tree, one file per input, with nothing else in DIR', async () => {
    const root = dir({'a/b/x.txt': minutes, 'a/y.md': minutes})
    const result = await run(['a', '--out-dir', 'out', '--format', 'json'], {cwd: root})
    expect(result).toEqual({code: 0, stdout: '', stderr: '2 files, 0 warnings, 0 failed\n'})
    expect(listFiles(path.join(root, 'out'))).toEqual(['a/b/x.json', 'a/y.json'])
    const single = await run(['a/b/x.txt', '--format', 'json'], {cwd: root})
    expect(readFileSync(path.join(root, 'out/a/b/x.json'), 'utf8')).toBe(single.stdout)
  })

  it('should name a collision before writing anything (exit 2)', async () => {
    const root = dir({'a/x.txt': minutes, 'a/x.md': minutes, 'a/w.txt': minutes})
    const result = await run(['a', '--out-dir', 'out'], {cwd: root})
    expect(result.code).toBe(2)
    expect(result.stderr).toContain('a/x.md and a/x.txt would both be written to out/a/x.yaml; nothing was written')
    expect(existsSync(path.join(root, 'out'))).toBe(false)
  })

  it('should place inputs outside the working directory relative to their common parent', async () => {
    const root = dir({'minutes/a/x.txt': minutes, 'minutes/b/y.txt': minutes, 'work/keep': ''})
    const result = await run(['../minutes', '--out-dir', 'out', '-q'], {cwd: path.join(root, 'work')})
    expect(result.code).toBe(0)
    expect(listFiles(path.join(root, 'work/out'))).toEqual(['a/x.yaml', 'b/y.yaml'])
  })
})

describe('cli: --output', () => {
  it('should write the same bytes as stdout, atomically, leaving no temporary file', async () => {
    const root = dir({'a.txt': minutes, 'b.txt': minutes})
    const toStdout = await run(['a.txt', 'b.txt', '--format', 'json', '-q'], {cwd: root})
    const toFile = await run(['a.txt', 'b.txt', '--format', 'json', '-q', '-o', 'all.json'], {cwd: root})
    expect(toFile).toEqual({code: 0, stdout: '', stderr: ''})
    expect(readFileSync(path.join(root, 'all.json'), 'utf8')).toBe(toStdout.stdout)
    expect(listFiles(root)).toEqual(['a.txt', 'all.json', 'b.txt'])
  })

  it('should create no file when the only input fails', async () => {
    const root = dir({'empty.txt': ''})
    const result = await run(['empty.txt', '-o', 'out.yaml'], {cwd: root})
    expect(result.code).toBe(1)
    expect(listFiles(root)).toEqual(['empty.txt'])
  })

  it('should replace an existing output file whole', async () => {
    const root = dir({'a.txt': minutes, 'out.json': 'old'})
    await run(['a.txt', '--format', 'json', '-o', 'out.json'], {cwd: root})
    expect(JSON.parse(readFileSync(path.join(root, 'out.json'), 'utf8')).source.path).toBe('a.txt')
  })
})

describe('cli: progress', () => {
  const many = Object.fromEntries(Array.from({length: 12}, (_, index) => [`m/${String(index).padStart(2, '0')}.txt`, minutes]))

  it('should show progress on stderr when stderr is a terminal, never on stdout', async () => {
    const result = await run(['m', '--format', 'jsonl'], {cwd: dir(many), stderrIsTTY: true, env: {}})
    expect(result.code).toBe(0)
    expect(result.stderr).toContain('12/12 files  ')
    expect(result.stderr).toContain('m/11.txt')
    expect(result.stderr.endsWith('\r\u001B[K12 files, 0 warnings, 0 failed\n')).toBe(true)
    expect(result.stdout).not.toContain('\u001B')
    expect(result.stdout.trim().split('\n')).toHaveLength(12)
  })

  it('should show no progress in CI', async () => {
    const result = await run(['m', '--format', 'jsonl'], {cwd: dir(many), stderrIsTTY: true, env: {CI: 'true'}})
    expect(result.stderr).toBe('12 files, 0 warnings, 0 failed\n')
  })

  it('should show no progress when stderr is not a terminal', async () => {
    const result = await run(['m', '--format', 'jsonl'], {cwd: dir(many), env: {}})
    expect(result.stderr).toBe('12 files, 0 warnings, 0 failed\n')
  })
})

describe('cli: colour', () => {
  it('should colour only on a terminal, honouring NO_COLOR and FORCE_COLOR', () => {
    expect(colourLevel({}, true)).toBe(1)
    expect(colourLevel({}, false)).toBe(0)
    expect(colourLevel({NO_COLOR: '1'}, true)).toBe(0)
    expect(colourLevel({NO_COLOR: ''}, true)).toBe(1)
    expect(colourLevel({FORCE_COLOR: '1'}, false)).toBe(1)
    expect(colourLevel({FORCE_COLOR: '3', NO_COLOR: '1'}, false)).toBe(3)
    expect(colourLevel({FORCE_COLOR: '0'}, true)).toBe(0)
    expect(colourLevel({TERM: 'dumb'}, true)).toBe(0)
  })

  it('should print `show` without escape codes when stdout is not a terminal', async () => {
    const root = dir({'x.txt': minutes})
    const plain = await run(['show', 'x.txt'], {cwd: root})
    expect(plain.code).toBe(0)
    expect(plain.stdout).not.toContain('\u001B[')
    expect(plain.stdout).toContain('x.txt')
    const coloured = await run(['show', 'x.txt'], {cwd: root, stdoutIsTTY: true})
    expect(coloured.stdout).toContain('\u001B[1m')
    const noColour = await run(['x.txt', '--format', 'pretty'], {cwd: root, stdoutIsTTY: true, env: {NO_COLOR: '1'}})
    expect(noColour.stdout).toBe(plain.stdout)
  })
})

describe('cli: warnings', () => {
  const skipping = '一、关于甲事项\n会议同意。\n三、关于乙事项\n会议同意。\n'

  it('should report warnings as file:line:column  warning  reason  rule-id and still exit 0', async () => {
    const result = await run(['skip.txt', '--format', 'json'], {cwd: dir({'skip.txt': skipping})})
    expect(result.code).toBe(0)
    const lines = result.stderr.trimEnd().split('\n')
    expect(lines).toContainEqual(expect.stringMatching(/^skip\.txt:3:1  warning  .+  skipped-ordinal$/))
    // Whatever other warnings there are, every rule id starts in one column.
    const ruleColumns = lines.map((line) => line.length - line.split('  ').at(-1)!.length)
    expect(new Set(ruleColumns).size).toBe(1)
    expect(JSON.parse(result.stdout).items).toHaveLength(2)
  })

  it('should exit 1 on warnings under --strict, still writing the record', async () => {
    const result = await run(['skip.txt', '--format', 'json', '--strict'], {cwd: dir({'skip.txt': skipping})})
    expect(result.code).toBe(1)
    expect(JSON.parse(result.stdout).items).toHaveLength(2)
  })

  it('should count in the summary of a batch every warning it reported', async () => {
    const result = await run(['.', '--format', 'jsonl'], {cwd: dir({'skip.txt': skipping, 'ok.txt': minutes})})
    const lines = result.stderr.trimEnd().split('\n')
    const reported = lines.filter((line) => line.includes('  warning  ')).length
    expect(reported).toBeGreaterThanOrEqual(1)
    expect(lines.at(-1)).toBe(`2 files, ${reported} ${reported === 1 ? 'warning' : 'warnings'}, 0 failed`)
  })
})
