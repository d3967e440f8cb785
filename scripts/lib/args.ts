/** The value after `--name` on the command line, or undefined when the option is not there. */
export function argValue(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

/** A numeric `--name` option, or `fallback` when it is not there. */
export function numberArg(name: string, fallback: number): number {
  const value = argValue(name);
  return value === undefined ? fallback : Number(value);
}
