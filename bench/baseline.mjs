// The plain-DOM baseline: the same cards as absolutely positioned divs, built by a small
// script from the same data. Only the benchmark serves it.
export function baselineHtml(workspace) {
  // The generated workspace's records as lists, as the page always embedded them.
  const data = Object.fromEntries(['maps', 'stages', 'lanes', 'cards'].map((table) => [table, Object.values(workspace[table])]));
  return `<!doctype html><html><head><meta charset="utf-8"><style>
body{margin:0;font:13px system-ui,sans-serif}.c{position:absolute;width:220px;padding:6px 8px;border:1px solid #ddd;border-radius:6px;background:#fffbe6;box-sizing:border-box;white-space:pre-wrap}
</style></head><body><div id="root"></div><script>
const data = ${JSON.stringify(data).replace(/</g, '\\u003c')};
const stageX = new Map(data.stages.map((s) => [s.id, 200 + s.order * 241]));
const laneY = new Map(data.lanes.map((l) => [l.id, 40 + l.order * 300]));
const root = document.getElementById('root');
const frag = document.createDocumentFragment();
for (const c of data.cards) {
  const d = document.createElement('div');
  d.className = 'c';
  d.style.left = stageX.get(c.stageId) + 'px';
  d.style.top = laneY.get(c.laneId) + c.order * 36 + 'px';
  d.textContent = c.text;
  frag.appendChild(d);
}
const editor = document.createElement('textarea');
editor.className = 'c';
editor.style.left = '200px';
editor.style.top = '4px';
editor.setAttribute('aria-label', 'Card text');
frag.appendChild(editor);
root.appendChild(frag);
</script></body></html>`;
}
