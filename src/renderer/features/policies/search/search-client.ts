// The library's handle on its search worker: one worker for the session, started on first use.
import type { SearchHit, SearchReply, SearchRequest } from './search-protocol';

let worker: Worker | null = null;
let nextId = 1;
const waiting = new Map<number, { resolve: (reply: SearchReply) => void; reject: (e: Error) => void }>();

function ensure(): Worker {
  if (worker) return worker;
  worker = new Worker(new URL('./search-worker.ts', import.meta.url), {
    type: 'module',
    name: 'policy-search',
  });
  worker.onmessage = (event: MessageEvent<SearchReply>) => {
    const job = waiting.get(event.data.id);
    waiting.delete(event.data.id);
    if (!job) return;
    if (event.data.type === 'error') job.reject(new Error(`Search failed: ${event.data.message}`));
    else job.resolve(event.data);
  };
  worker.onerror = (event) => {
    event.preventDefault();
    for (const job of waiting.values())
      job.reject(new Error(`Search failed: ${event.message || 'the search stopped'}`));
    waiting.clear();
    worker?.terminate();
    worker = null;
  };
  return worker;
}

function send(request: { type: 'sync' } | { type: 'query'; query: string }): Promise<SearchReply> {
  const id = nextId++;
  return new Promise((resolve, reject) => {
    waiting.set(id, { resolve, reject });
    ensure().postMessage({ ...request, id } as SearchRequest);
  });
}

/** Brings the search's copy of the texts up to date (after imports and corrections). */
export async function syncSearch(): Promise<{ documents: number; rebuilt: number; ms: number }> {
  const reply = await send({ type: 'sync' });
  if (reply.type !== 'synced') throw new Error('Search failed to prepare');
  return reply;
}

export async function searchPolicies(query: string): Promise<{ hits: SearchHit[]; ms: number }> {
  const reply = await send({ type: 'query', query });
  if (reply.type !== 'results') throw new Error('Search failed');
  return { hits: reply.hits, ms: reply.ms };
}
