import { checkFloors, compareVersions, floorFor, FLOORS, lineOf } from '../../scripts/dependency-floors';

describe('runtime dependencies stay at patched versions', () => {
  test('version comparison', () => {
    expect(compareVersions('8.17.1', '8.17.1')).toBe(0);
    expect(compareVersions('8.9.0', '8.17.1')).toBe(-1);
    expect(compareVersions('4.8.4', '4.6.2')).toBe(1);
  });

  test('each copy is compared with the floor of its own release line', () => {
    const lines = FLOORS['path-to-regexp']!.lines;
    expect(lineOf('8.4.2')).toBe('8');
    expect(lineOf('0.1.12')).toBe('0.1');
    expect(floorFor(lines, '8.4.2')).toBe('8.4.0');
    expect(floorFor(lines, '8.3.0')).toBe('8.4.0'); // below its line's floor, however far above 0.1.12
    expect(floorFor(lines, '0.1.7')).toBe('0.1.12');
    expect(floorFor(lines, '7.1.0')).toBeNull(); // a line with no patched release
    expect(floorFor(lines, '9.0.0')).toBe('-'); // a line newer than every fix
    for (const f of checkFloors()) if (f.installed && f.min !== '-') expect(lineOf(f.min)).toBe(lineOf(f.installed));
  });

  test.each(checkFloors().map((f) => [f.name, f] as const))('%s', (_name, f) => {
    expect({ name: f.name, installed: f.installed, ok: f.ok }).toEqual({ name: f.name, installed: f.installed, ok: true });
  });
});
