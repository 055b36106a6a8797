/**
 * Types of `corpus.mjs`: the corpus of real minutes beside the repository.
 */

import type {Gold} from './score.mjs'

/** One text of the corpus. */
export interface CorpusDocument {
  /** `set/name` without extension: `dev/gov-01-fenghua-35`. */
  id: string
  /** The subfolder: `dev` or `seed`. */
  set: string
  textPath: string
  text: string
  /** The parsed `*.gold.yaml`, or null when the text has none. */
  gold: Gold | null
}

/** The repository root. */
export const repoRoot: string

/**
 * The corpus folder: `$JIYAO_CORPUS`, or `../shared/corpus` from the repository root.
 *
 * @returns
 *   An absolute path.
 */
export function corpusDir(): string

/**
 * Every text of the corpus, with its gold annotation where there is one.
 *
 * @param dir
 *   The corpus folder (default `corpusDir()`).
 * @returns
 *   Documents sorted by id.
 */
export function readCorpus(dir?: string): CorpusDocument[]
