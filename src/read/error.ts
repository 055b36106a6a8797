/**
 * The one exception readers throw: an input that cannot be read at all.
 */

/** An input that cannot be read: the message starts with the file's name. */
export class ReadError extends Error {
  /**
   * @param message
   *   What is wrong, starting with the file's name (`notes.png: not a text file …`).
   */
  constructor(message: string) {
    super(message)
    this.name = 'ReadError'
  }
}
