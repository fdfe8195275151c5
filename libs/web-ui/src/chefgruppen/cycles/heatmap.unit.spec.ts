import { pendingHeatmap, heatOf } from './heatmap';
import { PeopleDirectory } from './people';
import { confirmed, ORGANISATION, publishedCycle, released, roundDone } from './testing/cycle-state.fixture';

const directory = new PeopleDirectory(ORGANISATION);

describe('the heatmap of pending leaders', () => {
  it('puts every participant in the organisation in their area and level, counting the pending once each', () => {
    const heatmap = pendingHeatmap(publishedCycle(confirmed('c-1'), released('l-1')), directory);

    // Areas by name: "Social og sundhed" before "Teknik og miljø".
    expect(heatmap.rows.map((row) => row.areaId)).toEqual(['social', 'teknik']);
    const [social, teknik] = heatmap.rows;
    expect(social!.cells.direktør).toMatchObject({ participants: 1, pending: 1 });
    expect(social!.cells.chef).toMatchObject({ participants: 1, pending: 0, heat: 0 });
    // l-1 is released: a participant, no longer pending.
    expect(social!.cells.leder).toMatchObject({ participants: 1, pending: 0 });
    expect(teknik!.cells.chef).toMatchObject({ participants: 1, pending: 1 });
    // l-2 is in both groups but one person; l-3 has left and has no cell.
    expect(teknik!.cells.leder).toMatchObject({ participants: 1, pending: 1 });
    expect(teknik!.cells.direktør).toMatchObject({ participants: 0, pending: 0, heat: 0 });
  });

  it('lists everyone pending by name, the one who left too, and nobody who confirmed or was released', () => {
    const heatmap = pendingHeatmap(publishedCycle(confirmed('c-1'), released('l-1')), directory);

    // l-2's name is erased, so they are known by id, sorted as such.
    expect(heatmap.pending.map((leader) => leader.id)).toEqual(['c-2', 'd-1', 'l-2', 'l-3']);
    expect(heatmap.pending.find((leader) => leader.id === 'l-3')).toEqual({
      id: 'l-3',
      reminded: false,
      escalated: false,
    });
  });

  it('counts the pending as reminded once a reminder round went out, and as escalated after the deadline', () => {
    const before = pendingHeatmap(publishedCycle(), directory);
    expect(before.rows[1]!.cells.leder).toMatchObject({ pending: 1, reminded: 0, escalated: 0 });

    const reminded = pendingHeatmap(publishedCycle(confirmed('c-1'), roundDone('reminder-1')), directory);
    expect(reminded.rows[0]!.cells.chef).toMatchObject({ pending: 0, reminded: 0 });
    expect(reminded.rows[1]!.cells.leder).toMatchObject({ pending: 1, reminded: 1, escalated: 0 });

    const escalated = pendingHeatmap(publishedCycle(roundDone('reminder-1'), roundDone('escalation')), directory);
    expect(escalated.rows[1]!.cells.leder).toMatchObject({ pending: 1, reminded: 1, escalated: 1 });
    // A facilitator is escalated about their members, never about themselves: d-1 facilitates g-1 only.
    expect(escalated.rows[0]!.cells.direktør).toMatchObject({ pending: 1, reminded: 1, escalated: 0 });
    // c-2 facilitates g-2, but is not a member of another group, so nobody is told about them either.
    expect(escalated.rows[1]!.cells.chef).toMatchObject({ pending: 1, escalated: 0 });
  });

  it('warms a cell by the share pending, any pending at all being at least 1', () => {
    expect(heatOf(0, 10)).toBe(0);
    expect(heatOf(0, 0)).toBe(0);
    expect(heatOf(1, 100)).toBe(1);
    expect(heatOf(25, 100)).toBe(1);
    expect(heatOf(26, 100)).toBe(2);
    expect(heatOf(50, 100)).toBe(2);
    expect(heatOf(3, 4)).toBe(3);
    expect(heatOf(76, 100)).toBe(4);
    expect(heatOf(5, 5)).toBe(4);
  });
});
