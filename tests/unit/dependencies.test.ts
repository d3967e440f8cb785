import { checkFloors, compareVersions } from '../../scripts/dependency-floors';

describe('runtime dependencies stay at patched versions', () => {
  test('version comparison', () => {
    expect(compareVersions('8.17.1', '8.17.1')).toBe(0);
    expect(compareVersions('8.9.0', '8.17.1')).toBe(-1);
    expect(compareVersions('4.8.4', '4.6.2')).toBe(1);
  });
  test.each(checkFloors().map((f) => [f.name, f] as const))('%s', (_name, f) => {
    expect({ name: f.name, installed: f.installed, ok: f.ok }).toEqual({ name: f.name, installed: f.installed, ok: true });
  });
});
