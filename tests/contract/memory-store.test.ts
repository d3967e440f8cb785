import { MemoryStore } from '../../server/store/memory';
import { storeContract } from './store-contract';

storeContract('memory', async () => new MemoryStore());
