// Jest transform: TypeScript (and TSX) to CommonJS with esbuild. Type checking is a separate step
// of `npm test` (tsc --noEmit), so this only strips types, which keeps the suite fast.
const { createHash } = require('node:crypto');
const { readFileSync } = require('node:fs');
const { transformSync } = require('esbuild');

/** This file itself is part of every cache key: a change here compiles everything again. */
const self = readFileSync(__filename);

module.exports = {
  getCacheKey(source, filename) {
    return createHash('sha1').update(self).update('\0').update(filename).update('\0').update(source).digest('hex');
  },
  process(source, filename) {
    const result = transformSync(source, {
      loader: filename.endsWith('.tsx') ? 'tsx' : filename.endsWith('.js') ? 'js' : 'ts',
      format: 'cjs',
      target: 'node20',
      jsx: 'automatic',
      // `import()` as a `require()`: jest runs CommonJS, without VM modules (the client loads its strings' parts so).
      supported: { 'dynamic-import': false },
      sourcefile: filename,
      sourcemap: 'inline',
    });
    return { code: result.code };
  },
};
