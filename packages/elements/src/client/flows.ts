import type { Transport } from './transport.js';

/** Builds one flow's part of the client (`loginClient`, `passkeysClient`, …) over a transport. */
export type FlowClient = (request: Transport) => object;

/** Every flow whose element folder was loaded; `createClient` combines them. */
export const flows = new Set<FlowClient>();

/** Called by each element folder's `index.ts`, so no shared list names the flows. */
export function registerFlow(flow: FlowClient): void {
  flows.add(flow);
}
