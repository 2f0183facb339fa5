/**
 * Whether a key event is the letter shortcut `letter` ('z', 'f', 'n'...), on any keyboard layout.
 *
 * `event.key` is the letter the layout types: on a Russian layout the Z key gives 'я', so a
 * shortcut that compares `key` alone is dead there. Then, and only then, the physical key
 * (`event.code`, 'KeyZ' on every layout) decides. A Latin layout that moves letters (AZERTY,
 * Dvorak) keeps matching by the letter the user sees on the key. The approach Excalidraw uses.
 */
export function matchKey(event: { key: string; code: string }, letter: string): boolean {
  const key = event.key.toLowerCase();
  if (key === letter) return true;
  return !/^[a-z]$/.test(key) && event.code === `Key${letter.toUpperCase()}`;
}
