// Messages between the library and its search worker.
export type SearchRequest = { type: 'sync'; id: number } | { type: 'query'; id: number; query: string };

export interface SearchHit {
  policyId: string;
  /** Text around the first match; `match` gives where the matched words sit in it. */
  snippet: string;
  match: [number, number] | null;
  score: number;
}

export type SearchReply =
  | { type: 'synced'; id: number; documents: number; rebuilt: number; ms: number }
  | { type: 'results'; id: number; query: string; hits: SearchHit[]; ms: number }
  | { type: 'error'; id: number; message: string };
