import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'

/** The modules a plain-text read loads; markup readers and their packages must stay out of them. */
const eager = ['index.ts', 'decode.ts', 'sniff.ts', 'origin.ts', 'error.ts']

function staticImports(file: string): string[] {
  const source = readFileSync(new URL(`../src/read/${file}`, import.meta.url), 'utf8')
  return [...source.matchAll(/^(?:import|export)\s+(?!type\b)[^'"]*?from\s+'([^']+)'/gm)].map((match) => match[1])
}

describe('reader loading', () => {
  it('should load remark, rehype and the Word reader only when such a file is read', () => {
    const imports = eager.flatMap(staticImports)
    expect(imports.length).toBeGreaterThan(0)
    for (const specifier of imports) {
      expect(specifier.startsWith('.'), specifier).toBe(true)
      expect(['./markdown.js', './html.js', './docx.js'], specifier).not.toContain(specifier)
    }
    const index = readFileSync(new URL('../src/read/index.ts', import.meta.url), 'utf8')
    expect(index).toContain("await import('./markdown.js')")
    expect(index).toContain("await import('./html.js')")
    expect(index).toContain("await import('./docx.js')")
  })
})
