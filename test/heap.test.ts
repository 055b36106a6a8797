/**
 * The main thread's young generation, held small while a batch is walked and
 * released when the batch is converted on this thread (`src/cli/heap.ts`).
 */

import {spawnSync} from 'node:child_process'
import {existsSync} from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {releaseYoungGeneration, youngGenerationHeld} from '../src/cli/heap.js'
import {expandInputs} from '../src/cli/inputs.js'
import {nodeFs} from '../src/cli/io.js'
import {minutes, remove, run, tree} from './cli-io.js'

const root = fileURLToPath(new URL('..', import.meta.url))

describe('young generation', () => {
  let base: string
  beforeAll(() => {
    base = tree({'in/a.txt': minutes, 'in/b/c.txt': minutes, 'one.txt': minutes})
  })
  afterAll(() => {
    releaseYoungGeneration()
    remove(base)
  })

  it('should be held by walking a directory or expanding a glob, not by naming a file', async () => {
    releaseYoungGeneration()
    await expandInputs(['one.txt'], {fs: nodeFs, cwd: base})
    expect(youngGenerationHeld()).toBe(false)
    await expandInputs(['in'], {fs: nodeFs, cwd: base})
    expect(youngGenerationHeld()).toBe(true)
    releaseYoungGeneration()
    await expandInputs(['in/**/*.txt'], {fs: nodeFs, cwd: base})
    expect(youngGenerationHeld()).toBe(true)
    releaseYoungGeneration()
  })

  it('should be released when the walked batch is converted on this thread', async () => {
    const result = await run(['in', '--format', 'jsonl'], {cwd: base})
    expect(result.code).toBe(0)
    expect(result.stdout.trim().split('\n')).toHaveLength(2)
    expect(youngGenerationHeld()).toBe(false)
  })

  // V8 reads its growth factor each time it grows the space: a Node whose V8
  // stopped doing so would make holding a no-op, which this run shows.
  it('should stop V8 growing new space while held, and let it grow once released (a real process)', () => {
    const module = path.join(root, 'dist/cli/heap.js')
    if (!existsSync(module)) throw new Error('dist/cli/heap.js is missing: run `npm run build` first')
    const script = [
      `import v8 from 'node:v8'`,
      `import {holdYoungGeneration, releaseYoungGeneration} from ${JSON.stringify(module)}`,
      `const size = () => v8.getHeapSpaceStatistics().find((space) => space.space_name === 'new_space').space_size`,
      // Objects that all survive: what makes V8 grow new space.
      `const keep = []`,
      `const fill = () => { for (let index = 0; index < 300000; index++) keep.push({name: 'x' + index, list: [index]}) }`,
      `await holdYoungGeneration()`,
      `const start = size()`,
      `fill()`,
      `const held = size()`,
      `releaseYoungGeneration()`,
      `fill()`,
      `console.log(JSON.stringify({start, held, released: size()}))`
    ].join('\n')
    const result = spawnSync(process.execPath, ['--input-type=module', '-e', script], {encoding: 'utf8'})
    expect(result.status).toBe(0)
    const sizes = JSON.parse(result.stdout) as {start: number; held: number; released: number}
    // Held, it may reach its first size (1 MB here, from 512 kB per
    // semi-space); unheld, the same objects take it to 16 or 32 MB.
    expect(sizes.held).toBeLessThanOrEqual(2 * sizes.start)
    expect(sizes.released).toBeGreaterThanOrEqual(4 * sizes.held)
  })
})
