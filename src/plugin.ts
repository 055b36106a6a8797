/**
 * unified plugins: thin adapters over `parse`, `extract` and `serialize`, so
 * that `unified().use(jiyaoParse).use(jiyaoStringify).process(text)` gives
 * the same text as the CLI.
 */

import type {Plugin} from 'unified'
import type {Root} from './tree.js'
import type {Format} from './serialize/index.js'
import {parse} from './parse/index.js'
import {extract} from './extract/index.js'
import {serialize} from './serialize/index.js'

/** Options of `jiyaoStringify`. */
export interface StringifyOptions {
  /** `yaml` (default) or `json`. */
  format?: Format
}

/**
 * Parse minutes text into a minutes tree.
 */
export const jiyaoParse: Plugin<[], string, Root> = function () {
  this.parser = (document) => parse(document)
}

/**
 * Extract the record from a minutes tree and serialize it; the record is also
 * left on `file.data.record`, and content problems become file messages.
 */
export const jiyaoStringify: Plugin<[StringifyOptions?], Root, string> = function (options = {}) {
  this.compiler = (tree, file) => {
    const sink = {messages: [] as import('./message.js').Message[]}
    const record = extract(tree as Root, String(file.value), {
      sink,
      source: {path: file.path || null, format: 'text', encoding: null, positionsRefer: 'source'}
    })
    for (const message of sink.messages) {
      const vfileMessage = file.message(message.reason, {place: message.place, ruleId: message.ruleId, source: 'jiyao'})
      vfileMessage.fatal = false
    }
    file.data.record = record
    return serialize(record, options.format)
  }
}

declare module 'vfile' {
  interface DataMap {
    record: import('./record.js').MinutesRecord
  }
}
