import { describe, expect, it } from 'vitest';
import { safeHref } from './safeHref';

describe('safeHref', () => {
  it('lets web and mail links through, normalised', () => {
    expect(safeHref('https://example.com/a b')).toBe('https://example.com/a%20b');
    expect(safeHref('  http://example.com ')).toBe('http://example.com/');
    expect(safeHref('mailto:anna@example.com')).toBe('mailto:anna@example.com');
    expect(safeHref('HTTPS://EXAMPLE.COM')).toBe('https://example.com/');
  });

  it('refuses everything a browser could run or open silently', () => {
    for (const bad of [
      'javascript:alert(1)',
      'JavaScript:alert(1)',
      ' javascript:alert(1)',
      'java\tscript:alert(1)',
      'java\nscript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'vbscript:msgbox(1)',
      'file:///etc/passwd',
      'blob:https://example.com/x',
      'ftp://example.com',
      '//example.com',
      '/relative',
      'example.com',
      'http://',
      '',
    ]) {
      expect(safeHref(bad), bad).toBeNull();
    }
  });
});
