/**
 * Find the corpus of real minutes and read its texts and gold annotations.
 *
 * The corpus lives beside the repository (`../shared/corpus` from the repo
 * root: CI clones the repo next to a copy of `shared/`); `JIYAO_CORPUS`
 * overrides the place.
 */

import fs from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {parse} from 'yaml'

/** The repository root (the folder above `bench/`). */
export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')

/**
 * The corpus folder.
 *
 * @returns {string}
 *   `$JIYAO_CORPUS`, or `../shared/corpus` from the repository root.
 */
export function corpusDir() {
  return process.env.JIYAO_CORPUS
    ? path.resolve(process.env.JIYAO_CORPUS)
    : path.resolve(repoRoot, '..', 'shared', 'corpus')
}

/**
 * Every text of the corpus, with its gold annotation where there is one.
 *
 * @param {string} [dir]
 *   The corpus folder (default `corpusDir()`).
 * @returns {import('./corpus.d.mts').CorpusDocument[]}
 *   Documents sorted by name (`dev/…`, `seed/…`).
 */
export function readCorpus(dir = corpusDir()) {
  /** @type {import('./corpus.d.mts').CorpusDocument[]} */
  const documents = []
  for (const set of fs.readdirSync(dir, {withFileTypes: true})) {
    if (!set.isDirectory()) continue
    for (const name of fs.readdirSync(path.join(dir, set.name)).sort()) {
      if (!name.endsWith('.txt')) continue
      const base = name.slice(0, -'.txt'.length)
      const textPath = path.join(dir, set.name, name)
      const goldPath = path.join(dir, set.name, base + '.gold.yaml')
      documents.push({
        id: set.name + '/' + base,
        set: set.name,
        textPath,
        text: fs.readFileSync(textPath, 'utf8'),
        gold: fs.existsSync(goldPath) ? parse(fs.readFileSync(goldPath, 'utf8')) : null
      })
    }
  }

  return documents.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
}
