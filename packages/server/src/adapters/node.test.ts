import { createServer } from 'node:http';
import { describe } from 'node:test';
import { adapterContract, listenOnLoopback } from './adapter.contract.js';
import { toNodeHandler } from './node.js';

describe('Node adapter', () => {
  adapterContract({ serve: (portal) => listenOnLoopback(createServer(toNodeHandler(portal))) });
});
