/** Command-line flags for the Node tools, parsed by Node's own util.parseArgs. */
import { parseArgs, type ParseArgsConfig } from 'node:util';

type Options = NonNullable<ParseArgsConfig['options']>;

/** Parse flags strictly; any problem becomes one error that ends with the tool's usage line. */
export function parseFlags<O extends Options>(argv: readonly string[], options: O, usage: string) {
  try {
    return parseArgs({ args: [...argv], options, strict: true, allowPositionals: false }).values;
  } catch (error) {
    const message = (error as Error).message.replace(/^Unknown option/, 'unknown argument');
    throw new Error(`${message}\n${usage}`);
  }
}

/** A whole number as people type it at a prompt: "100000", "100_000", "100k". */
export function wholeNumber(flag: string, text: string, usage: string): number {
  const n = Number(text.replace(/_/g, '').replace(/k$/i, '000'));
  if (!Number.isInteger(n) || n < 0) throw new Error(`${flag}: "${text}" is not a whole number\n${usage}`);
  return n;
}
