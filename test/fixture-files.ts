import {existsSync, mkdirSync, readFileSync, writeFileSync} from 'node:fs'
import {expect} from 'vitest'

/**
 * Files built by a test and committed under `fixtures/` for people to try:
 * `UPDATE=1` rewrites them from what the test built; otherwise each must
 * exist, and its committed bytes are handed back for the test to compare.
 *
 * @param folder
 *   The fixture folder.
 * @param built
 *   File names with the bytes the test built.
 * @returns
 *   File names with the committed bytes.
 */
export function committedFixtures(folder: URL, built: Array<[string, Uint8Array]>): Array<[string, Uint8Array]> {
  if (process.env.UPDATE) {
    mkdirSync(folder, {recursive: true})
    for (const [name, bytes] of built) writeFileSync(new URL(name, folder), bytes)
  }
  return built.map(([name]) => {
    const file = new URL(name, folder)
    expect(existsSync(file), name).toBe(true)
    return [name, new Uint8Array(readFileSync(file))]
  })
}
