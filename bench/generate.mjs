// Generated maps for the benchmark, as a plain workspace (src/domain/types.ts: every table a
// record keyed by id). bench/seed.mjs checks it with the app's own rules, turns it into the
// documents Tropa stores, and writes those. The content is the same as before the move to
// documents, so figures of both versions are measured on the same map.
const LANE_KINDS = ['customerGoals', 'thoughts', 'actions', 'brandGoals', 'touchpoints', 'experience', 'barriers', 'recommendations', 'text', 'text'];
const CHANNELS = ['website', 'email', 'sms', 'phone', 'messenger', 'social', 'showroom', 'callCentre'];
const WORDS = 'customer wants price offer dealer showroom test drive call back waiting delivery warranty service option model compare budget family trunk safety credit trade-in'.split(' ');

const byId = (records) => Object.fromEntries(records.map((record) => [record.id, record]));

export function generateMap({ id, stages, lanes, cardsPerCell }) {
  const now = Date.now();
  // No segment and no persona: the map refers to nothing in the workspace document.
  const map = { id, title: `Bench ${stages}x${lanes}x${cardsPerCell}`, segmentId: null, personaId: null, createdAt: now, updatedAt: now };
  const stageRows = Array.from({ length: stages }, (_, i) => ({
    id: `${id}-s${i}`, mapId: id, name: `Stage ${i + 1}`, order: i, width: 240, goalAlignment: 'unknown',
  }));
  const laneRows = LANE_KINDS.slice(0, lanes).map((kind, i) => ({
    id: `${id}-l${i}`, mapId: id, kind, name: kind === 'text' ? `Notes ${i}` : '', order: i, hidden: false, scores: {},
  }));
  const emotions = { id: `${id}-emotions`, mapId: id, kind: 'emotions', name: '', order: lanes, hidden: false, scores: {} };
  stageRows.forEach((s, i) => (emotions.scores[s.id] = ((i * 7) % 5) - 2));
  const cards = [];
  let n = 0;
  for (const stage of stageRows) {
    for (const lane of laneRows) {
      for (let k = 0; k < cardsPerCell; k++) {
        const words = Array.from({ length: 3 + (n % 6) }, (_, w) => WORDS[(n * 7 + w * 3) % WORDS.length]).join(' ');
        cards.push({
          id: `${id}-c${n}`, mapId: id, stageId: stage.id, laneId: lane.id, text: `${n}: ${words}`, order: k, color: 'none',
          channel: lane.kind === 'touchpoints' ? CHANNELS[n % CHANNELS.length] : null,
          severity: lane.kind === 'barriers' ? ['low', 'medium', 'high'][n % 3] : null,
        });
        n++;
      }
    }
  }
  return {
    segments: {},
    personas: {},
    maps: byId([map]),
    stages: byId(stageRows),
    lanes: byId([...laneRows, emotions]),
    cards: byId(cards),
    links: {},
    hypotheses: {},
    channels: {},
  };
}
