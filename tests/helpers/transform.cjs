// Jest transform: TypeScript (and TSX) to CommonJS with esbuild. Type checking is a separate step
// of `npm test` (tsc --noEmit), so this only strips types, which keeps the suite fast.
const { transformSync } = require('esbuild');

module.exports = {
  process(source, filename) {
    const result = transformSync(source, {
      loader: filename.endsWith('.tsx') ? 'tsx' : filename.endsWith('.js') ? 'js' : 'ts',
      format: 'cjs',
      target: 'node20',
      jsx: 'automatic',
      sourcefile: filename,
      sourcemap: 'inline',
    });
    return { code: result.code };
  },
};
