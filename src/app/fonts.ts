// Inter, bundled with the app (no font CDN: Tropa makes no network requests), so the editor,
// the printout and the exported pictures look the same on every machine, online or not.
// Only the Latin, Latin Extended and Cyrillic subsets of the three weights the app uses.
import '@fontsource/inter/latin-400.css';
import '@fontsource/inter/latin-ext-400.css';
import '@fontsource/inter/cyrillic-400.css';
import '@fontsource/inter/latin-600.css';
import '@fontsource/inter/latin-ext-600.css';
import '@fontsource/inter/cyrillic-600.css';
import '@fontsource/inter/latin-700.css';
import '@fontsource/inter/latin-ext-700.css';
import '@fontsource/inter/cyrillic-700.css';

// Fetch the faces now, while the workspace loads from IndexedDB, so that a big map is laid out
// once in Inter instead of a second time when the font arrives (font-display: swap).
if (typeof document !== 'undefined' && 'fonts' in document) {
  for (const weight of ['400', '600', '700']) document.fonts.load(`${weight} 16px Inter`, 'AaЯя').catch(() => {});
}
