import { closeLeftovers } from './leftovers';

// Once a test file is done (after its describe blocks' own afterAll hooks): whatever connection
// it left open is closed, so nothing keeps retrying and the process can exit.
afterAll(() => closeLeftovers());
