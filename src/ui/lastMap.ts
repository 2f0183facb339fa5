const KEY = 'tropa.lastMap';

/** The map opened last, so a returning user lands where they left off. */
export function rememberLastMap(mapId: string): void {
  try {
    localStorage.setItem(KEY, mapId);
  } catch {
    // Only a convenience; nothing is lost without it.
  }
}

export function lastMap(): string | null {
  try {
    return localStorage.getItem(KEY);
  } catch {
    return null;
  }
}
