/**
 * unified plugins: thin adapters over `parse`, `extract` and `serialize`, so
 * that `unified().use(jiyaoParse).use(jiyaoStringify).process(text)` gives
 * the same text as the CLI.
 */

import type {Plugin} from 'unified'
import type {VFile} from 'vfile'
import type {Message} from './message.js'
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
 * Parse minutes text into a minutes tree; problems of numbering become file
 * messages.
 */
export const jiyaoParse: Plugin<[], string, Root> = function () {
  this.parser = (document, file) => {
    const sink = {messages: [] as Message[]}
    const tree = parse(document, {sink})
    report(file, sink.messages)
    return tree
  }
}

/**
 * Extract the record from a minutes tree and serialize it; the record is also
 * left on `file.data.record`, and content problems become file messages.
 */
export const jiyaoStringify: Plugin<[StringifyOptions?], Root, string> = function (options = {}) {
  this.compiler = (tree, file) => {
    const sink = {messages: [] as Message[]}
    const record = extract(tree as Root, String(file.value), {
      sink,
      source: {path: file.path || null, format: 'text', encoding: null, positionsRefer: 'source'}
    })
    report(file, sink.messages)
    file.data.record = record
    return serialize(record, options.format)
  }
}

/** Content problems as vfile messages: warnings, with place and rule id. */
function report(file: VFile, messages: Message[]): void {
  for (const message of messages) {
    file.message(message.reason, {place: message.place, ruleId: message.ruleId, source: 'jiyao'}).fatal = false
  }
}

declare module 'vfile' {
  interface DataMap {
    record: import('./record.js').MinutesRecord
  }
}
