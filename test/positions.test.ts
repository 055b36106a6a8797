import {readdirSync, readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {analyze} from '../src/index.js'
import type {ItemPoint, MinutesRecord, Node, Position} from '../src/index.js'

const corpus = new URL('../../shared/corpus/dev/', import.meta.url)
const texts: Array<[string, string]> = [['fixtures/sample.txt', readFileSync(new URL('../fixtures/sample.txt', import.meta.url), 'utf8')]]
for (const name of readdirSync(corpus).filter((name) => name.endsWith('.txt')).sort()) {
  texts.push([name, readFileSync(new URL(name, corpus), 'utf8')])
}

function slice(text: string, position: Position): string {
  return text.slice(position.start.offset, position.end.offset)
}

/** Line and column computed the slow way, to check the point. */
function checkPoint(text: string, point: Position['start']): void {
  const before = text.slice(0, point.offset)
  const lines = before.split(/\r\n|\r|\n/)
  expect(point.line).toBe(lines.length)
  expect(point.column).toBe(lines[lines.length - 1].length + 1)
}

/** Pairs of (value, position) that must slice back, from every part of a record. */
function recordValues(record: MinutesRecord): Array<[string, Position]> {
  const pairs: Array<[string, Position]> = []
  const points = (list: ItemPoint[]): void => {
    for (const point of list) {
      pairs.push([point.text, point.position])
      points(point.points)
    }
  }
  for (const item of record.items) {
    pairs.push([item.heading, item.positions.heading])
    item.reporters.forEach((reporter, index) => pairs.push([reporter, item.positions.reporters[index]]))
    item.documents.forEach((document, index) => pairs.push([document, item.positions.documents[index]]))
    for (const decision of item.decisions) pairs.push([decision.text, decision.position])
    for (const statement of item.statements) pairs.push([statement.text, statement.position])
    for (const instruction of item.instructions) {
      pairs.push([instruction.text, instruction.position])
      points(instruction.points)
    }
    for (const assignment of item.assignments) {
      pairs.push([assignment.owner, assignment.positions.owner], [assignment.task, assignment.positions.task])
      if (assignment.due !== null && assignment.positions.due) pairs.push([assignment.due, assignment.positions.due])
    }
    points(item.points)
  }
  return pairs
}

describe('positions', () => {
  for (const [name, text] of texts) {
    it(`should slice every value of ${name} back to its source`, () => {
      const {record} = analyze(text)
      const pairs = recordValues(record)
      expect(pairs.length).toBeGreaterThan(0)
      for (const [value, position] of pairs) {
        expect(slice(text, position)).toBe(value)
        checkPoint(text, position.start)
        checkPoint(text, position.end)
      }
    })

    it(`should nest the tree of ${name}: children inside parents, in order, values exact`, () => {
      const {tree} = analyze(text)
      const visit = (node: Node): void => {
        const {start, end} = node.position
        expect(start.offset).toBeLessThanOrEqual(end.offset)
        checkPoint(text, start)
        if ('value' in node && typeof node.value === 'string') expect(slice(text, node.position)).toBe(node.value)
        if (node.type === 'statement') expect(slice(text, node.cuePosition)).toBe(node.cue)
        if (node.type === 'item' || node.type === 'point') {
          for (const part of [node.marker, node.type === 'item' ? node.heading : null]) {
            if (!part) continue
            expect(part.position.start.offset).toBeGreaterThanOrEqual(start.offset)
            expect(part.position.end.offset).toBeLessThanOrEqual(end.offset)
            visit(part)
          }
        }
        if (!('children' in node)) return
        let previous = start.offset
        for (const child of node.children as Node[]) {
          expect(child.position.start.offset).toBeGreaterThanOrEqual(previous)
          expect(child.position.end.offset).toBeLessThanOrEqual(end.offset)
          previous = child.position.end.offset
          visit(child)
        }
      }
      visit(tree)
    })
  }
})
