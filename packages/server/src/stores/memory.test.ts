import { storeContract } from './contract.js';
import { createMemoryStore } from './memory.js';

storeContract('memory', async () => createMemoryStore());
