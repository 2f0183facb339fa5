import { produce } from 'immer';
import { describe, expect, it } from 'vitest';
import { compareMaps } from './compare';
import * as ops from './operations';
import { mapLanes, mapStages } from './selectors';
import { emptyWorkspace } from './types';

describe('compareMaps', () => {
  it('aligns stages by name, then by position, and lists what differs', () => {
    const ws = produce(emptyWorkspace(), (d) => {
      ops.createMap(d, { id: 'a', title: 'A', stageNames: ['Choose', 'Visit', 'Buy'] });
      ops.createMap(d, { id: 'b', title: 'B', stageNames: ['Visit', 'Choose', 'Pay', 'Service'] });
      const lane = (map: string, kind: string) => mapLanes(d, map).find((l) => l.kind === kind)!.id;
      const stage = (map: string, name: string) => mapStages(d, map).find((s) => s.name === name)!.id;
      ops.addCard(d, { id: 'a1', stageId: stage('a', 'Choose'), laneId: lane('a', 'touchpoints'), text: 'site', fields: { channel: 'website' } });
      ops.addCard(d, { id: 'a2', stageId: stage('a', 'Choose'), laneId: lane('a', 'touchpoints'), text: 'mail', fields: { channel: 'email' } });
      ops.addCard(d, { id: 'b1', stageId: stage('b', 'Choose'), laneId: lane('b', 'touchpoints'), text: 'web', fields: { channel: 'website' } });
      ops.addCard(d, { id: 'b2', stageId: stage('b', 'Choose'), laneId: lane('b', 'touchpoints'), text: 'bot', fields: { channel: 'messenger' } });
      ops.addCard(d, { id: 'a3', stageId: stage('a', 'Choose'), laneId: lane('a', 'barriers'), text: 'No price' });
      ops.addCard(d, { id: 'b3', stageId: stage('b', 'Choose'), laneId: lane('b', 'barriers'), text: ' no  PRICE ' });
      ops.addCard(d, { id: 'b4', stageId: stage('b', 'Choose'), laneId: lane('b', 'barriers'), text: 'Too far' });
      ops.setEmotion(d, lane('a', 'emotions'), stage('a', 'Choose'), -1);
      ops.setEmotion(d, lane('b', 'emotions'), stage('b', 'Choose'), 2);
    });
    const pairs = compareMaps(ws, 'a', 'b');
    expect(pairs.map((p) => [p.a?.stage.name ?? null, p.b?.stage.name ?? null])).toEqual([
      ['Choose', 'Choose'],
      ['Visit', 'Visit'],
      ['Buy', 'Pay'],
      [null, 'Service'],
    ]);
    const choose = pairs[0]!;
    expect(choose.channelsOnlyA).toEqual(['email']);
    expect(choose.channelsOnlyB).toEqual(['messenger']);
    expect(choose.barriersOnlyA).toEqual([]);
    expect(choose.barriersOnlyB).toEqual(['Too far']);
    expect(choose.emotionDelta).toBe(3);
    expect(pairs[1]!.emotionDelta).toBeNull();
  });
});
