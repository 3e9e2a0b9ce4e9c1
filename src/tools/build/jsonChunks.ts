/**
 * Large JSON written in pieces: the same text JSON.stringify would give, produced as chunks of about
 * `chunkChars` characters, so a file longer than V8's longest string (~512 MB; the whole dataset at a
 * million records) can still be written. Each list item is stringified on its own.
 */
import fs from 'node:fs';

/** `{"key":[item,…],…}` for an object of lists, in the object's key order. */
export function* objectOfListsChunks(value: Readonly<Record<string, readonly unknown[]>>, chunkChars = 1 << 20): Generator<string> {
  let buffer = '{';
  let firstKey = true;
  for (const [key, list] of Object.entries(value)) {
    buffer += `${firstKey ? '' : ','}${JSON.stringify(key)}:[`;
    firstKey = false;
    for (let i = 0; i < list.length; i += 1) {
      // As JSON.stringify does for an array: a value with no JSON form (undefined, a function) is null.
      buffer += `${i > 0 ? ',' : ''}${JSON.stringify(list[i]) ?? 'null'}`;
      if (buffer.length >= chunkChars) {
        yield buffer;
        buffer = '';
      }
    }
    buffer += ']';
  }
  yield `${buffer}}`;
}

/** JSON Lines: each value stringified on a line of its own (`\n`-terminated), batched into chunks. */
export function* jsonLineChunks(values: Iterable<unknown>, chunkChars = 1 << 20): Generator<string> {
  let buffer = '';
  for (const value of values) {
    buffer += `${JSON.stringify(value)}\n`;
    if (buffer.length >= chunkChars) {
      yield buffer;
      buffer = '';
    }
  }
  if (buffer) yield buffer;
}

/** Writes chunks to a file one after another; the whole text is never held at once. */
export function writeChunks(file: string, chunks: Iterable<string>): void {
  const fd = fs.openSync(file, 'w');
  try {
    for (const chunk of chunks) fs.writeSync(fd, chunk);
  } finally {
    fs.closeSync(fd);
  }
}
