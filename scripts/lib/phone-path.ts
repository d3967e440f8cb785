/**
 * What a phone downloads from joining to the pledge form, read from Vite's build manifest
 * (`build.manifest`, `.vite/manifest.json` in the client's output folder): the entry chunk, the
 * phone page's chunk (the one dynamic import on that path) and every chunk either imports
 * statically, with their stylesheets. Everything else the client can load is off the path: the
 * other pages, the fields of the form's "More details" (loaded in an idle moment once the form
 * shows), the SDG picker (loaded when those details open), the QR code library (drawn with the
 * confirmation's follow-up link), the languages other than English.
 *
 * Used by the build (the service worker precaches exactly this) and by the bundle budget test.
 */

/** One entry of Vite's manifest (the fields read here). */
export interface ManifestChunk {
  file: string;
  name?: string;
  src?: string;
  isEntry?: boolean;
  isDynamicEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
  css?: string[];
}

export type Manifest = Record<string, ManifestChunk>;

/** The client's entry (the page every address loads). */
export const ENTRY = 'index.html';
/** The dynamic imports on the join → form path: the phone page. */
export const PATH_DYNAMIC_IMPORTS = ['views/phone/PhoneView.tsx'] as const;

export interface PhonePath {
  /** JavaScript files on the path (output-relative, e.g. `assets/index-abc.js`), entry first. */
  js: string[];
  /** Stylesheets on the path. */
  css: string[];
  /** Manifest keys of the dynamic imports taken on the path. */
  dynamicOnPath: string[];
  /** Manifest keys of the dynamic imports reachable from the path but not taken on it. */
  dynamicOffPath: string[];
  /**
   * What the phone page itself loads later (its own dynamic imports and theirs: the details'
   * fields, the SDG picker with its data, the QR code library), with their static imports, files
   * not already on the path.
   */
  later: { js: string[]; css: string[] };
}

export function phonePath(manifest: Manifest): PhonePath {
  const seen = new Set<string>();
  const chunk = (key: string) => {
    const found = manifest[key];
    if (!found) throw new Error(`the build manifest has no entry ${key}`);
    return found;
  };
  /** The chunk and its static imports not seen yet, in load order (importer first). */
  const closure = (key: string, into: string[]) => {
    if (seen.has(key)) return into;
    seen.add(key);
    into.push(key);
    for (const dep of chunk(key).imports ?? []) closure(dep, into);
    return into;
  };
  const dynamicOf = (keys: string[]) => keys.flatMap((key) => chunk(key).dynamicImports ?? []);

  const entry = closure(ENTRY, []);
  const fromEntry = new Set(dynamicOf(entry));
  const page: string[] = [];
  for (const key of PATH_DYNAMIC_IMPORTS) {
    if (!fromEntry.has(key)) throw new Error(`${key} is not a dynamic import of the entry`);
    closure(key, page);
  }
  const onPath = [...entry, ...page];
  // What the page loads later, and what that loads in turn (the details' fields, then the SDG picker).
  const later: string[] = [];
  for (let next = dynamicOf(page); next.length > 0; ) {
    const added = next.flatMap((key) => closure(key, []));
    later.push(...added);
    next = dynamicOf(added);
  }

  const files = (keys: string[]) => ({
    js: keys.map((key) => chunk(key).file).filter((f) => f.endsWith('.js')),
    css: [...new Set(keys.flatMap((key) => chunk(key).css ?? []))],
  });
  const laterFiles = files(later);
  const path = files(onPath);
  return {
    ...path,
    dynamicOnPath: [...PATH_DYNAMIC_IMPORTS],
    dynamicOffPath: [...new Set(dynamicOf([...onPath, ...later]))].filter((key) => !onPath.includes(key)).sort(),
    later: { js: laterFiles.js, css: laterFiles.css.filter((c) => !path.css.includes(c)) },
  };
}
