import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/** Every source file of the app. */
function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    return /\.(ts|tsx)$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

describe('user text is rendered as text only', () => {
  it('no source turns a string into HTML or code', () => {
    const offenders = sources('src').filter((file) =>
      /dangerouslySetInnerHTML|\.innerHTML\s*=|\.outerHTML\s*=|insertAdjacentHTML|document\.write|new Function\(|\beval\(/.test(readFileSync(file, 'utf8')),
    );
    expect(offenders).toEqual([]);
  });

  // Allowed: safeHref(...), app routes (MAPS_HREF, mapHref(id)) and object URLs the app made itself.
  it('every href built from data goes through safeHref or is an app route', () => {
    const offenders = sources('src').flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(/href=\{([^}]+)\}/g)]
        .map((m) => m[1]!)
        .filter((expr) => !/^\s*(safeHref\(|[A-Z_]+_HREF\s*$|\w+Href\(|objectUrl\s*$|blobUrl\s*$)/.test(expr))
        .map((expr) => `${file}: ${expr}`),
    );
    expect(offenders).toEqual([]);
  });
});
