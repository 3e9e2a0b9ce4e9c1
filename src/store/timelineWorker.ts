/**
 * The timeline's worker: decodes the columnar index and answers queries off the main thread, so typing and
 * clicking never wait on filtering 100,000 records. One message in (a query and the site's base URL), one
 * out (the answer, its rows transferred rather than copied).
 */
import { TimelineEngine, type TimelineAnswer, type TimelineQuery } from '../domain/timelineIndex/index.ts';

export interface WorkerRequest {
  id: number;
  /** The site's base URL, absolute ("https://host/atlas/"): the worker resolves the data files against it. */
  base: string;
  query: TimelineQuery;
}

export type WorkerResponse = { id: number; answer: TimelineAnswer } | { id: number; error: string };

let engine: TimelineEngine | null = null;

async function fetchBytes(url: string): Promise<ArrayBuffer> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`Could not load ${url} (HTTP ${response.status}).`);
  return response.arrayBuffer();
}

self.onmessage = async (event: MessageEvent<WorkerRequest>) => {
  const { id, base, query } = event.data;
  engine ??= new TimelineEngine((path) => fetchBytes(new URL(path, base).href));
  try {
    const answer = await engine.answer(query);
    (self as unknown as Worker).postMessage({ id, answer } satisfies WorkerResponse, [answer.rows.buffer]);
  } catch (error) {
    (self as unknown as Worker).postMessage({ id, error: (error as Error).message } satisfies WorkerResponse);
  }
};
